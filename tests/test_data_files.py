"""Checks on the curated data files linker/data/acts.csv and linker/data/cases.csv.

The scanner trusts these tables: a malformed id, an alias claimed by two acts or a row without
a source would turn into wrong links in every article that mentions it. These tests read the
files with the csv module only (no linker imports), so they state the file format itself.
"""

from __future__ import annotations

import csv
import datetime
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "linker" / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"

ACTS_HEADER = ["authority", "name", "aliases", "sections", "source", "kind", "year"]
CASES_HEADER = ["authority", "name", "short_names", "aliases", "year", "court", "source"]

# SPEC §2 id forms that may appear in the two tables.
SECTION = r"[0-9][0-9a-z.]*(?:-[0-9a-z.]+)?"
USC_RE = re.compile(rf"usc:[1-9][0-9]*:{SECTION}")
PUBL_RE = re.compile(r"publ:[1-9][0-9]*-[1-9][0-9]*")
STAT_RE = re.compile(r"stat:[1-9][0-9]*:[1-9][0-9]*")
BILL_RE = re.compile(r"bill:[1-9][0-9]*:(?:hr|s|hjres|sjres|hres|sres|hconres|sconres):[1-9][0-9]*")
CITE_RE = re.compile(r"cite:\d+:[a-z0-9]+:\d+")
COURT_RE = re.compile(r"[a-z][a-z0-9]*")
SECTION_KEY_RE = re.compile(r"[0-9]+[A-Za-z]?")  # "4o" of the Commodity Exchange Act


def _read(name: str, header: list[str]) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == header, f"{name} header is {reader.fieldnames}"
        rows = list(reader)
    for i, row in enumerate(rows, start=2):
        assert None not in row, f"{name} line {i} has extra fields"
        assert all(v is not None for v in row.values()), f"{name} line {i} is short"
    return rows


@pytest.fixture(scope="module")
def acts() -> list[dict[str, str]]:
    return _read("acts.csv", ACTS_HEADER)


@pytest.fixture(scope="module")
def cases() -> list[dict[str, str]]:
    return _read("cases.csv", CASES_HEADER)


def norm(s: str) -> str:
    """The key under which the scanner would confuse two surface forms."""
    s = unicodedata.normalize("NFKC", s).replace("\u2013", "-").replace("\u2014", "-")
    s = s.replace("\u2019", "'").replace(" vs. ", " v. ").replace(" vs ", " v. ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def split(field: str, sep: str = "|") -> list[str]:
    return [p for p in field.split(sep)] if field else []


def usc_is_valid(authority: str) -> bool:
    """usc:TITLE:SECTION or usc:TITLE:FIRST-LAST, never an ambiguous double hyphen."""
    if not USC_RE.fullmatch(authority):
        return False
    section = authority.split(":", 2)[2]
    if section.count("-") > 1:
        return False
    if "-" in section:
        left, right = section.split("-")
        a, b = re.match(r"\d+", left), re.match(r"\d+", right)
        # A hyphen is a range when the right side starts with a larger number (10:251-255);
        # otherwise it is part of the section number (42:300gg-13, 42:1320a-7b).
        if a and b and int(b.group()) > int(a.group()):
            return True
        if a and b and int(b.group()) == int(a.group()):
            return left < right  # 15:1691-1691f, 16:668-668d
    return True


def act_id_is_valid(authority: str) -> bool:
    if authority.startswith("usc:"):
        return usc_is_valid(authority)
    return bool(
        PUBL_RE.fullmatch(authority) or STAT_RE.fullmatch(authority) or BILL_RE.fullmatch(authority)
    )


def identity(row: dict[str, str]) -> str:
    """Rows without an id are told apart by their name."""
    return row["authority"] or "name:" + norm(row["name"])


# --- acts.csv -------------------------------------------------------------------------------


def test_acts_cover_several_hundred_rows(acts: list[dict[str, str]]) -> None:
    assert len(acts) >= 300


def test_every_act_row_has_a_source_and_a_name(acts: list[dict[str, str]]) -> None:
    for row in acts:
        assert row["source"].strip(), row
        assert row["name"].strip() == row["name"] and row["name"], row


def test_act_authorities_are_spec_ids(acts: list[dict[str, str]]) -> None:
    bad = [r["authority"] for r in acts if r["authority"] and not act_id_is_valid(r["authority"])]
    assert bad == []


def test_usc_validator_rejects_ambiguous_ranges() -> None:
    assert usc_is_valid("usc:10:251-255")
    assert usc_is_valid("usc:42:300gg-13")
    assert usc_is_valid("usc:15:1691-1691f")
    assert not usc_is_valid("usc:42:2000e-2000e-17")
    assert not usc_is_valid("usc:42:")
    assert not act_id_is_valid("publ:117-")
    assert not act_id_is_valid("bill:117:bill:1")


def test_act_kinds_match_their_ids(acts: list[dict[str, str]]) -> None:
    for row in acts:
        assert row["kind"] in {"statute", "bill"}, row
        if row["kind"] == "bill":
            assert row["authority"] == "" or row["authority"].startswith("bill:"), row
            assert row["year"] == "", f"a bill that was never enacted has no enactment year: {row}"
        else:
            assert not row["authority"].startswith("bill:"), row


def test_act_names_are_unique(acts: list[dict[str, str]]) -> None:
    seen: dict[str, str] = {}
    for row in acts:
        key = norm(row["name"])
        assert key not in seen, f"duplicate name {row['name']!r}"
        seen[key] = row["name"]


def test_no_act_alias_points_to_two_authorities(acts: list[dict[str, str]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in acts:
        for alias in [row["name"], *split(row["aliases"])]:
            owners[norm(alias)].add(identity(row))
    clashes = {alias: ids for alias, ids in owners.items() if len(ids) > 1}
    assert clashes == {}


def test_act_aliases_are_clean_surface_forms(acts: list[dict[str, str]]) -> None:
    for row in acts:
        aliases = split(row["aliases"])
        assert aliases, f"{row['name']} has no aliases"
        for alias in aliases:
            assert alias and alias == alias.strip(), row
            assert not alias.lower().startswith("the "), alias
            assert len(alias) >= 3, alias
        # Dash variants (Dodd-Frank / Dodd–Frank) are deliberate; case variants are not, because
        # the scanner already matches mixed-case aliases without regard to case.
        folded = {a.casefold() for a in aliases}
        assert len(folded) == len(aliases), f"repeated alias in {row['name']}"


def test_act_years_are_plausible_ints(acts: list[dict[str, str]]) -> None:
    for row in acts:
        if row["year"]:
            assert row["year"].isdigit(), row
            assert 1789 <= int(row["year"]) <= 2030, row


def test_act_sections_map_to_spec_ids(acts: list[dict[str, str]]) -> None:
    for row in acts:
        keys = []
        for pair in split(row["sections"], ";"):
            key, _, target = pair.partition("=")
            assert SECTION_KEY_RE.fullmatch(key), f"{row['name']}: bad section number {key!r}"
            keys.append(key)
            if target.startswith("publ:"):
                # a session law's section with no Code home is the act itself (its own id;
                # twenty-seventh session)
                assert target == row["authority"], f"{row['name']}: {target!r}"
                continue
            assert usc_is_valid(target), f"{row['name']}: bad target {target!r}"
            # ("5=usc:15:45|6=usc:15:46" would read as one section: pairs are split by ";")
            assert re.fullmatch(r"usc:[0-9a-z]+:[0-9a-z.-]+", target), f"{row['name']}: {target!r}"
        assert len(keys) == len(set(keys)), f"{row['name']}: a section is listed twice"


def test_section_targets_stay_in_the_acts_title(acts: list[dict[str, str]]) -> None:
    """An act codified in one title keeps its numbered sections in that title."""
    for row in acts:
        if not row["authority"].startswith("usc:") or not row["sections"]:
            continue
        title = row["authority"].split(":")[1]
        for pair in split(row["sections"], ";"):
            target = pair.partition("=")[2]
            assert target.split(":")[1] == title, f"{row['name']}: {pair}"


def test_anchor_acts_from_the_brief(acts: list[dict[str, str]]) -> None:
    by_alias = {norm(a): r for r in acts for a in [r["name"], *split(r["aliases"])]}
    assert by_alias[norm("Posse Comitatus Act")]["authority"] == "usc:18:1385"
    assert by_alias[norm("Alien Enemies Act of 1798")]["authority"] == "usc:50:21-24"
    assert by_alias[norm("Obamacare")]["authority"] == "publ:111-148"
    assert by_alias[norm("Title IX")]["authority"] == "usc:20:1681-1688"
    assert by_alias[norm("Build Back Better Act")]["kind"] == "bill"
    assert "702=usc:50:1881a" in by_alias[norm("FISA")]["sections"]
    assert by_alias[norm("Alien and Sedition Acts")]["authority"] == ""


@pytest.mark.corpus
def test_acts_agree_with_popular_name_table_fixture(acts: list[dict[str, str]]) -> None:
    """Where the OLRC Popular Name Table gives a usckey, our usc id starts at that section."""
    fixture = SHARED / "fixtures" / "uscode" / "popularnames_rows_rp119-102.html"
    if not fixture.exists():
        pytest.skip("../shared fixtures are absent")
    html = fixture.read_text(encoding="utf-8")
    entries = re.findall(
        r"<p class='popular-name'>([^<]+)</p>\s*<p class='popular-name-information' "
        r"content-type='cite'[^>]*usckey='(\d+):([0-9A-Za-z-]+)",
        html,
    )
    assert entries
    by_alias = {norm(a): r for r in acts for a in [r["name"], *split(r["aliases"])]}
    checked = 0
    for name, title, section in entries:
        row = by_alias.get(norm(name))
        if row is None or not row["authority"].startswith("usc:"):
            continue
        checked += 1
        assert row["authority"].startswith(f"usc:{title}:{section.lower()}"), (name, row)
    assert checked >= 2


# --- cases.csv ------------------------------------------------------------------------------


def test_cases_cover_well_known_rulings(cases: list[dict[str, str]]) -> None:
    assert len(cases) >= 150


def test_every_case_row_has_a_source_name_and_court(cases: list[dict[str, str]]) -> None:
    for row in cases:
        assert row["source"].strip(), row
        assert row["name"].strip() == row["name"] and row["name"], row
        assert COURT_RE.fullmatch(row["court"]), row


def test_case_citations_are_cite_ids(cases: list[dict[str, str]]) -> None:
    for row in cases:
        if row["authority"]:
            assert CITE_RE.fullmatch(row["authority"]), row


def test_cite_ids_are_unique(cases: list[dict[str, str]]) -> None:
    cites = [r["authority"] for r in cases if r["authority"]]
    assert len(cites) == len(set(cites))


def test_case_names_are_unique(cases: list[dict[str, str]]) -> None:
    names = [norm(r["name"]) for r in cases]
    assert len(names) == len(set(names))


def test_no_case_name_form_points_to_two_cases(cases: list[dict[str, str]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in cases:
        for form in [row["name"], *split(row["aliases"]), *split(row["short_names"])]:
            owners[norm(form)].add(identity(row))
    clashes = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert clashes == {}


def test_case_forms_are_clean(cases: list[dict[str, str]]) -> None:
    for row in cases:
        for form in [*split(row["aliases"]), *split(row["short_names"])]:
            assert form and form == form.strip(), row
            assert not form.lower().startswith("the "), form


def test_case_years_are_plausible_ints(cases: list[dict[str, str]]) -> None:
    for row in cases:
        if row["year"]:
            assert row["year"].isdigit(), row
            assert 1789 <= int(row["year"]) <= 2030, row


def test_us_reports_volume_matches_year(cases: list[dict[str, str]]) -> None:
    """U.S. Reports volumes grow with time: a cite far off its year is a typo.

    Volume 100 is October Term 1879, 300 is 1937, 400 is 1971, 500 is 1991, 600 is 2023.
    """
    anchors = [
        (5, 1803),
        (100, 1879),
        (200, 1905),
        (300, 1937),
        (400, 1971),
        (500, 1991),
        (600, 2023),
    ]
    for row in cases:
        m = re.fullmatch(r"cite:(\d+):us:\d+", row["authority"])
        if not m or not row["year"]:
            continue
        vol, year = int(m.group(1)), int(row["year"])
        lo = max(y for v, y in anchors if v <= vol) if vol >= 5 else 1790
        hi = min((y for v, y in anchors if v >= vol), default=2030)
        assert lo - 2 <= year <= hi + 2, f"{row['name']}: volume {vol} vs year {year}"


def test_anchor_cases_from_the_brief(cases: list[dict[str, str]]) -> None:
    by_name = {norm(r["name"]): r for r in cases}
    assert by_name[norm("Roe v. Wade")]["authority"] == "cite:410:us:113"
    assert by_name[norm("Brandenburg v. Ohio")]["authority"] == "cite:395:us:444"
    assert by_name[norm("Trump v. United States")]["authority"] == "cite:603:us:593"
    assert "Dobbs" in split(
        by_name[norm("Dobbs v. Jackson Women's Health Organization")]["short_names"]
    )


LAWSUITS_HEADER = [
    "name", "court", "docket", "judges", "challenges", "parties", "filed", "reviewed_as", "source",
]  # fmt: skip
CHALLENGE_RE = re.compile(
    rf"(?:{USC_RE.pattern}|{PUBL_RE.pattern}|eo:1[0-9]{{4}}|proc:[0-9]{{4,5}}|fr:[0-9]{{2}}:[0-9]+"
    # (a state's law a suit challenges: a ``state_acts.csv`` row's id)
    r"|state:[a-z]{2}:[a-z-]+:[a-z0-9.-]+)"
)
DOCKET_RE = re.compile(r"[0-9]:[0-9]{2}-(?:cv|cr)-[0-9]{5}")
STATE_DOCKET_RE = re.compile(r"[0-9A-Z][0-9A-Z/-]{5,20}")
# (a court of appeals' own number: "26-1037" in the D.C. Circuit, "24-60231" in the Fifth)
PETITION_RE = re.compile(r"[0-9]{2}-[0-9]{4,5}")
APPEALS = frozenset({*(f"ca{n}" for n in range(1, 12)), "cadc", "cafc"})
FILED_RE = re.compile(r"(?:19|20)[0-9]{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?")


@pytest.fixture(scope="module")
def lawsuits() -> list[dict[str, str]]:
    return _read("lawsuits.csv", LAWSUITS_HEADER)


def _federal_trial_courts() -> set[str]:
    with (DATA / "federal_districts.csv").open(encoding="utf-8", newline="") as fh:
        return {d for row in csv.DictReader(fh) for d in row["districts"].split()} | {"cit"}


def _state_trial_courts() -> set[str]:
    """courts-db's state trial courts (``nysupct``, ``gasuperct``, ``delsuperct``)."""
    data = json.loads((DATA / "courts_db.json").read_text(encoding="utf-8"))
    rows = (dict(zip(data["columns"], r, strict=True)) for r in data["courts"])
    trial = {r["id"] for r in rows if r["system"] == "state" and r["type"].startswith("trial")}
    # courts-db files these under "appellate", but suits begin in them too: the Pennsylvania
    # Commonwealth Court in its original jurisdiction ("587 M.D. 2014"), the Court of Chancery
    return trial | {"pacommwct", "delch"}


# State high courts standing in for a trial court courts-db gives no trial type ("indcirct")
HIGH_COURT_STAND_INS = {"ind"}


def test_lawsuit_rows_are_well_formed(lawsuits: list[dict[str, str]]) -> None:
    from linker import courts

    federal, state = _federal_trial_courts(), _state_trial_courts()
    for row in lawsuits:
        where = row["name"]
        assert " v. " in row["name"], where
        # (a petition for review of a rule begins in a court of appeals: "26-1037" in the D.C.
        # Circuit, with no judge until a panel hears it, and what it challenges named)
        petition = row["court"] in APPEALS and bool(row["challenges"])
        # (a state whose trial courts courts-db has no id for: the high court that reviewed
        # the suit stands in, twenty-fourth session: Gannon v. State at ``kan``)
        high = courts.state_of_high_court(row["court"])
        stand_in = high is not None and courts.state_trial_court(high) is None
        # (or whose trial court courts-db files without a type: Indiana's circuit courts,
        # ``indcirct``, twenty-seventh session — the suit its Supreme Court decided at ``ind``)
        stand_in = stand_in or row["court"] in HIGH_COURT_STAND_INS
        assert row["court"] in federal | state or petition or stand_in, (
            f"{where}: {row['court']} is no trial court"
        )
        if petition:
            assert PETITION_RE.fullmatch(row["docket"]), where
        elif row["court"] in federal:
            assert not row["docket"] or DOCKET_RE.fullmatch(row["docket"]), where
        else:  # a state court's own number: "452564/2022", "N21C-03-257", "2022CV367796"
            assert not row["docket"] or STATE_DOCKET_RE.fullmatch(row["docket"]), where
        # (a suit news tells the week it was filed, before any order names its judge, gives
        # its full filing day and what it challenges instead: census35 P4)
        just_filed = len(row["filed"]) == 10 and bool(row["challenges"])
        assert row["judges"].strip() or petition or just_filed, (
            f"{where}: a lawsuit row names its judge"
        )
        assert row["parties"].strip(), where
        for c in filter(None, row["challenges"].split("|")):
            assert CHALLENGE_RE.fullmatch(c), f"{where}: {c} is not a SPEC id"
        assert FILED_RE.fullmatch(row["filed"]), f"{where}: filed {row['filed']!r}"
        filed = row["filed"] + "-01-01"[len(row["filed"]) - 4 :]
        assert datetime.date.fromisoformat(filed) <= datetime.date(2026, 12, 31), where
        for caption in filter(None, row["reviewed_as"].split("|")):
            assert " v. " in caption, f"{where}: reviewed as {caption!r}"
        assert len(row["source"]) > 20, f"{where}: no source"


def test_each_lawsuit_is_listed_once(lawsuits: list[dict[str, str]]) -> None:
    keys = [(norm(r["name"]), r["court"], r["docket"] or r["filed"]) for r in lawsuits]
    assert len(keys) == len(set(keys))


LAWSUIT_RULINGS_HEADER = ["name", "court", "docket", "ruled", "ruling_court", "ruling", "source"]


def test_lawsuit_rulings_are_dated_rulings_of_one_suit(lawsuits: list[dict[str, str]]) -> None:
    """``lawsuit_rulings.csv``: each row a known ruling of one ``lawsuits.csv`` row (by its
    name, court and docket), on a real day after the suit was filed, by its court or the court
    of appeals above it (a state trial court's: its state's court of last resort), with a
    source (twenty-fourth session)."""
    from linker import courts

    suits = {(r["name"], r["court"], r["docket"]): r for r in lawsuits}
    rows = _read("lawsuit_rulings.csv", LAWSUIT_RULINGS_HEADER)
    assert rows
    seen = set()
    for row in rows:
        where = f"{row['name']} {row['ruled']}"
        suit = suits.get((row["name"], row["court"], row["docket"]))
        assert suit is not None, f"{where}: no lawsuits.csv row of that name, court and docket"
        day = datetime.date.fromisoformat(row["ruled"])
        assert day.isoformat() == row["ruled"], where
        assert row["ruled"][: len(suit["filed"])] >= suit["filed"], f"{where}: before filing"
        postal = courts.postal_of_court(suit["court"])
        above = courts.states()[postal].circuit if postal in courts.states() else None
        # (a state trial court's suit: its state's court of last resort reviews it, not the
        # circuit — twenty-fifth session, the Arizona Supreme Court's 2024 opinion)
        high = courts.state_of_high_court(row["ruling_court"])
        reviewed = high is not None and courts.state_trial_court(high) == suit["court"]
        assert reviewed or row["ruling_court"] in (suit["court"], above), where
        assert len(row["source"]) > 20, f"{where}: no source"
        key = (row["name"], row["court"], row["docket"], row["ruled"], row["ruling_court"])
        assert key not in seen, f"{where}: listed twice"
        seen.add(key)


def test_lawsuit_challenges_are_ids_the_scanner_can_produce(
    lawsuits: list[dict[str, str]],
) -> None:
    """An order, proclamation or rule a suit challenges is one the curated tables know, so
    a report that names it yields the same id."""
    known = set()
    for name, col in (("executive_orders.csv", "authority"), ("rules.csv", "authority")):
        with (DATA / name).open(encoding="utf-8", newline="") as fh:
            known |= {r[col] for r in csv.DictReader(fh)}
    for name in ("state_acts.csv", "state_rules.csv"):
        with (DATA / name).open(encoding="utf-8", newline="") as fh:
            known |= {r["authority"] for r in csv.DictReader(fh)}
    for row in lawsuits:
        for c in filter(None, row["challenges"].split("|")):
            if c.startswith(("eo:", "proc:", "fr:", "state:")):
                assert c in known, f"{row['name']}: {c} is in no curated table"


@pytest.mark.parametrize("name", ["rules.csv", "executive_orders.csv"])
def test_each_rule_and_order_has_one_row(name: str) -> None:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        ids = [r["authority"] for r in csv.DictReader(fh) if r["authority"]]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_described_law_rows_use_the_ids_of_the_acts_table(acts: list[dict[str, str]]) -> None:
    with (DATA / "act_topics.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["authority", "name", "topics", "source", "year"]
        rows = list(reader)
    acts_year = {a["authority"]: a.get("year", "") for a in acts}
    act_ids = {a["authority"] for a in acts if a["authority"]}
    for r in rows:
        assert (
            USC_RE.fullmatch(r["authority"])
            or PUBL_RE.fullmatch(r["authority"])
            # a state's law described in a story naming the state (SPEC §2's state bill id)
            or re.fullmatch(r"state:[a-z]{2}:bill:[a-z]+\d+", r["authority"])
        ), r
        assert r["source"].strip() and r["topics"].strip(), r["name"]
        # an act the curated table knows keeps the same id here, so "the law" agrees with it
        if r["name"] in {a["name"] for a in acts}:
            assert r["authority"] in act_ids, r["name"]
        for t in r["topics"].split("|"):
            assert len(t.split()) >= 2, f"{r['name']}: a one-word topic cannot reach two words"
        # a year is the one the acts table gives the same act (its enactment, not an amendment's)
        assert not r["year"] or re.fullmatch(r"1[7-9]\d\d|20\d\d", r["year"]), r
        if r["year"] and acts_year.get(r["authority"]):
            assert r["year"] == acts_year[r["authority"]], r["name"]


def test_act_bills_name_acts_of_the_acts_table(acts: list[dict[str, str]]) -> None:
    with (DATA / "act_bills.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["authority", "bill", "enacted", "source"]
        rows = list(reader)
    act_ids = {a["authority"] for a in acts}
    for r in rows:
        assert r["authority"] in act_ids, r["authority"]
        assert BILL_RE.fullmatch(r["bill"]), r["bill"]
        assert re.fullmatch(r"(?:19|20)\d\d-\d\d-\d\d", r["enacted"]), r["enacted"]
        congress = int(r["bill"].split(":")[1])
        assert r["authority"].startswith(f"publ:{congress}-"), "a law is its own Congress's bill"
        assert r["source"].strip()


def test_section_nicknames_name_a_mapped_section_of_a_listed_act(
    acts: list[dict[str, str]],
) -> None:
    with (DATA / "section_nicknames.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["phrase", "act", "context", "bare", "after", "source"]
        rows = list(reader)
    sections = {a["name"]: dict(p.split("=") for p in a["sections"].split(";") if p) for a in acts}
    for r in rows:
        number = r["phrase"].removeprefix("Section ")
        # (10 U.S.C. 12406; a section with a letter: PHSA § 340B)
        assert re.fullmatch(r"\d{1,5}[A-Z]?", number), r["phrase"]
        if re.fullmatch(r"\d{1,2} U\.S\.C\.", r["act"]):
            continue  # a title's own section: "Section 1512" of title 18
        assert number in sections[r["act"]], f"{r['act']} has no mapped section {number}"
        assert len(r["context"].split("|")) >= 3 and r["source"].strip()
        # a number printed alone is the row's own section, and needs its nouns after it
        # (with its subsection letter, and a paragraph number after it: "501(c)(3)")
        assert not r["bare"] or re.fullmatch(
            rf"{number}(?:\([a-z]\)(?:\(\d{{1,2}}\))?)?", r["bare"]
        ), r["bare"]
        assert bool(r["bare"]) == bool(r["after"]), r["phrase"]
    assert len({r["phrase"] for r in rows}) == len(rows)


def test_each_rule_row_cites_its_own_federal_register_page() -> None:
    """The source column gives the evidence for the id: "89 FR 33474" for fr:89:33474."""
    with (DATA / "rules.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["authority"].startswith("fr:"):
                _, vol, page = r["authority"].split(":")
                assert f"{vol} FR {page}" in r["source"], r["name"]


RULE_COLUMNS = [
    "authority",
    "name",
    "aliases",
    "topics",
    "cfr",
    "agency",
    "year",
    "stage",
    "source",
    "program",
]


def test_each_rule_row_has_the_shape_the_scanner_reads() -> None:
    """rules.csv: a Federal Register id whose volume is its year's (volume 74 is 2009), a
    C.F.R. part, the agency, aliases and topic words, a stage, and a source that starts with
    the citation and its printing date."""
    with (DATA / "rules.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == RULE_COLUMNS
        rows = list(reader)
    assert len(rows) >= 80
    for r in rows:
        assert None not in r and all(r[c] is not None for c in RULE_COLUMNS), r["name"]
        m = re.fullmatch(r"fr:(\d{2,3}):(\d{1,6})", r["authority"])
        assert m, r["authority"]
        assert re.fullmatch(r"(?:19|20)\d\d", r["year"]), r["name"]
        assert int(m.group(1)) == int(r["year"]) - 1935, f"{r['name']}: volume and year differ"
        assert r["cfr"] == "" or re.fullmatch(r"cfr:\d{1,2}:\d{1,4}", r["cfr"]), r["cfr"]
        assert r["agency"].strip() and r["name"].strip()
        assert r["stage"] in ("final", "interim final", "proposed", "notice"), r["stage"]
        aliases, topics = r["aliases"].split("|"), r["topics"].split("|")
        assert all(a.strip() == a and len(a) >= 3 for a in aliases), r["aliases"]
        assert all(t.strip() == t and len(t) >= 3 for t in topics), r["topics"]
        assert re.match(
            rf"{m.group(1)} FR {m.group(2)} \([A-Z][a-z]+\.? \d{{1,2}}, {r['year']}\)", r["source"]
        ), f"{r['name']}: the source starts with its citation and printing date"


def test_each_regulation_provision_row_has_its_section_phrases_topics_and_source() -> None:
    with (DATA / "regulation_provisions.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["cfr", "name", "phrases", "topics", "source"]
        rows = list(reader)
    assert rows
    for r in rows:
        assert re.fullmatch(r"cfr:\d{1,2}:\d{1,4}\.\d+", r["cfr"]), r["cfr"]
        _, title, section = r["cfr"].split(":")
        assert f"{title} CFR {section}" in r["source"] and "http" in r["source"], r["name"]
        assert len(r["topics"].split("|")) >= 3 and r["phrases"].strip(), r["name"]


# Rows of the first sessions whose source gives the citation but not the address it was
# checked at; every other row, and every new one, gives the address.
RULES_WITHOUT_ADDRESS = {
    "fr:84:7714", "fr:89:32842", "fr:87:24652", "fr:88:6478", "fr:89:21668",
    "fr:88:36654", "fr:80:64662", "fr:84:32520", "fr:88:43820", "fr:89:40876",
}  # fmt: skip


def test_each_rule_row_gives_the_address_its_citation_was_checked_at() -> None:
    with (DATA / "rules.csv").open(encoding="utf-8", newline="") as fh:
        missing = {r["authority"] for r in csv.DictReader(fh) if "http" not in r["source"]}
    assert missing <= RULES_WITHOUT_ADDRESS, sorted(missing - RULES_WITHOUT_ADDRESS)


def test_register_orders_are_well_formed() -> None:
    """executive_orders_fr.csv (scripts/gen_executive_orders.py): one row per number, each with
    its signing day, the president then in office, a title and a source; the Federal Register
    volume fits the signing year."""
    with (DATA / "executive_orders_fr.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 3000
    numbers = [int(r["number"]) for r in rows]
    assert len(set(numbers)) == len(numbers)
    for r in rows:
        assert r["authority"] == f"eo:{r['number']}"
        assert re.fullmatch(r"(?:19[6-9]\d|20\d\d)-\d\d-\d\d", r["signing_date"]), r
        assert r["president"] and r["title"] and r["source"], r
        vol = re.match(r"(\d+) FR ", r["citation"])
        if vol:
            assert 1935 + int(vol.group(1)) in (
                int(r["signing_date"][:4]),
                int(r["signing_date"][:4]) + 1,
            )
    by_number = {int(r["number"]): r for r in rows}
    assert by_number[14248]["signing_date"] == "2025-03-25"
    assert by_number[14110]["president"] == "Biden"


def test_hand_made_register_rows_are_well_formed_and_new() -> None:
    """executive_orders_fr_2025.csv and executive_orders_fr_2026.csv (by hand): the orders the
    generated table lacks, each once, signed in its file's year, numbered in signing order
    with the rest of the table, and sourced at an address (a listing read) or a citation."""
    from linker.scanner.orderdata import REGISTER_FILES

    assert REGISTER_FILES[1:] == ("executive_orders_fr_2025.csv", "executive_orders_fr_2026.csv")
    seen: dict[int, str] = {}
    for name in REGISTER_FILES:
        with (DATA / name).open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                n = int(r["number"])
                assert n not in seen, (name, n)
                seen[n] = r["signing_date"]
                if name == REGISTER_FILES[0]:
                    continue
                assert r["authority"] == f"eo:{n}" and r["president"] == "Trump", r
                assert r["signing_date"][:4] == name[-8:-4], (name, r)
                assert r["title"] and ("http" in r["source"] or " FR " in r["source"]), r
                cite = r["citation"]
                assert not cite or re.fullmatch(r"(?:9[01] FR \d+|FR doc 20\d\d-\d{5})", cite), r
                if " FR " in cite:
                    assert cite in r["source"], r
                    assert int(cite.split()[0]) + 1935 == int(r["signing_date"][:4]), r
    later = sorted(n for n in seen if n >= 14147)
    days = [seen[n] for n in later]
    assert days == sorted(days), "numbers are given in signing order"
    assert seen[14333] == "2025-08-11" and seen[14399] == "2026-03-31"


def test_bill_numbers_are_one_bill_of_their_congress() -> None:
    """bill_numbers.csv: a popular bill's name, a Congress, that Congress's bill, a source."""
    with (DATA / "bill_numbers.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    seen: set[tuple[str, str]] = set()
    for r in rows:
        assert re.fullmatch(rf"bill:{r['congress']}:(?:hr|s|hjres|sjres):[1-9]\d*", r["bill"]), r
        assert (r["name"], r["congress"]) not in seen, r
        seen.add((r["name"], r["congress"]))
        assert r["source"], r
        assert not r["introduced"] or re.fullmatch(r"20\d\d-\d\d-\d\d", r["introduced"]), r


def test_order_names_hold_the_words_the_named_pass_anchors_on() -> None:
    from linker.scanner.eonamed import NAME_WORDS

    with (DATA / "executive_orders.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        for n in filter(None, r["names"].split("|")):
            assert any(w.lower() in n.lower() for w in NAME_WORDS), f"{r['authority']}: {n}"


def _congress_of(date: str) -> int:
    """The Congress sitting on ``date`` (YYYY-MM-DD): each begins on January 3 of an odd year."""
    year = int(date[:4]) - (1 if date[5:] < "01-03" else 0)
    return (year - 1789) // 2 + 1


def test_ndaa_rows_are_sourced_and_their_ids_well_formed(acts: list[dict[str, str]]) -> None:
    """ndaa.csv: one row a fiscal year (2012–2026), every id of the row's Congress, the
    signing day in the fiscal year or the calendar year before it, and a source; the enacted
    NDAAs acts.csv names carry the same Public Law."""
    with (DATA / "ndaa.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    years = [int(r["fiscal_year"]) for r in rows]
    assert len(years) == len(set(years)) and min(years) >= 2012 and max(years) <= 2026
    for r in rows:
        fy, congress = int(r["fiscal_year"]), r["congress"]
        assert r["source"] and f"Fiscal Year {fy}" in r["name"], r
        assert _congress_of(f"{fy - 1}-06-30") == int(congress), r
        for col, kind in (("house_bill", "hr"), ("senate_bill", "s")):
            assert not r[col] or re.fullmatch(rf"bill:{congress}:{kind}:[1-9]\d*", r[col]), r
        law_bill = rf"bill:{congress}:(?:hr|s):[1-9]\d*"
        assert not r["law_bill"] or re.fullmatch(law_bill, r["law_bill"]), r
        assert not r["law"] or re.fullmatch(rf"publ:{congress}-[1-9]\d*", r["law"]), r
        assert not r["law"] or r["enacted"], r  # a law has its signing day
        if r["enacted"]:
            assert re.fullmatch(r"20\d\d-\d\d-\d\d", r["enacted"]), r
            assert int(r["enacted"][:4]) in (fy - 1, fy), r
            assert _congress_of(r["enacted"]) == int(congress), r
    by_law = {r["law"]: r for r in rows if r["law"]}
    for a in acts:
        if "National Defense Authorization Act for Fiscal Year" in a["name"]:
            assert a["authority"] in by_law, a
            assert by_law[a["authority"]]["name"] == a["name"], a


def test_a_rescission_row_shares_no_alias_with_another_rule() -> None:
    """A rule that rescinds or repeals another keeps aliases of its own: shared aliases are
    versions chosen by date, and a later article's "the persuader rule" means the rule, not
    the rescission printed after it."""
    with (DATA / "rules.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    owners: dict[str, set[str]] = {}
    for r in rows:
        for a in r["aliases"].split("|"):
            owners.setdefault(a.lower(), set()).add(r["authority"])
    for r in rows:
        note = re.search(r"\(([^()]*)\)\s*$", r["name"])
        if not note or not re.search(r"\b(?:rescission|revocation)\b", note.group(1)):
            continue  # a replacement (the ACE rule, the 2019 WOTUS repeal) is a version
        for a in r["aliases"].split("|"):
            assert owners[a.lower()] == {r["authority"]}, f"{r['name']}: {a} is shared"


def test_sponsored_bills_are_sourced_and_of_their_congress() -> None:
    """sponsored_bills.csv: a bill id, its sponsors' surnames, its topic words, the day it was
    introduced in the bill's Congress, and a source."""
    with (DATA / "sponsored_bills.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows
    seen: set[str] = set()
    for r in rows:
        m = re.fullmatch(r"bill:(\d+):(?:hr|s):[1-9]\d*", r["bill"])
        assert m, r
        assert r["bill"] not in seen, r
        seen.add(r["bill"])
        assert r["source"], r
        assert re.fullmatch(r"20\d\d-\d\d-\d\d", r["introduced"]), r
        assert _congress_of(r["introduced"]) == int(m.group(1)), r
        sponsors = r["sponsors"].split("|")
        assert all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", s) for s in sponsors), r
        topics = r["topics"].split("|")
        assert all(t and t == t.strip() and len(t) >= 2 for t in topics), r
        assert len(set(topics)) == len(topics), r


def test_signature_laws_are_acts_of_the_acts_table(acts: list[dict[str, str]]) -> None:
    with (DATA / "signature_laws.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["president", "from", "to", "topics", "authority", "source"]
        rows = list(reader)
    act_ids = {a["authority"] for a in acts}
    for r in rows:
        assert r["authority"] in act_ids, r
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["from"]) and re.fullmatch(
            r"\d{4}-\d\d-\d\d", r["to"]
        ), r
        assert r["from"] < r["to"] and r["source"].strip(), r
        assert all(t and " " not in t for t in r["topics"].split("|")), r
