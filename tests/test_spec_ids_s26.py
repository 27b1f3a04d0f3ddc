"""Twenty-sixth session (s26-spec): every id the scanner emits has a SPEC §2 form.

SPEC §2's Constitution ids are ``const:amendment:N``, ``const:article:N`` and
``const:article:N:section:M``, and §4 scores them by equality: an amendment's section or clause
("Section 3 of the 14th Amendment", "the Equal Protection Clause") is the amendment's id, the
section kept in the mention's link (``#14_S1``), which the reader follows and the preview shows.
Every sentence here is made up.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from linker.ids import amendment, is_spec_id
from linker.links import amendment_section, amendment_section_url
from linker.load import from_text
from linker.models import Authority, LinkedArticle, Mention, Source
from linker.pipeline import scan_article
from linker.preview import preview, table_of_authorities, title_of
from linker.resolve import authorities_for, link_mention
from linker.scanner.anaphora import _referring

DATA = Path(__file__).resolve().parents[1] / "linker" / "data"
S1 = "https://constitution.congress.gov/browse/amendment-14/#14_S1"


def _scan(text: str) -> list[Mention]:
    return list(scan_article(from_text(text, "made-up.txt")).mentions)


def _const(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.authority, m.url) for m in _scan(text) if m.kind == "constitution"]


# --- the id check itself ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "authority",
    [
        "usc:10:12406",
        "usc:10:251-255",
        "usc:42:2000e-2",
        "usc:26:4980h",
        "publ:119-21",
        "stat:20:152",
        "const:amendment:1",
        "const:article:2",
        "const:article:1:section:8",
        "cite:410:us:113",
        "cite:142:sct:2228",
        "cl:docket:71554350",
        "cl:cluster:123",
        "eo:14159",
        "proc:10949",
        "fr:89:33474",
        "bill:119:hr:1",
        "bill:118:sconres:7",
        "cfr:8:287.8",
        "cfr:8:287",
        "cfr:17:240.10b-5",
        "state:il:ilcs:5-805-15",
        "state:tx:bill:sb8",
        "state:co:bill:hb24-1174",
        "state:wi:const:4-4",
        "state:wy:const:1",
    ],
)
def test_spec_forms_pass_the_check(authority: str) -> None:
    assert is_spec_id(authority)


@pytest.mark.parametrize(
    "authority",
    [
        "const:amendment:14:section:1",  # no amendment-section id in SPEC §2
        "const:article:1:section:8:clause:3",  # nor a clause id
        "const:Amendment:14",  # ids are lowercase
        "cite:410:U.S.:113",  # the reporter without dots, lowercase
        "bill:119:hb:1",  # a federal bill type SPEC does not list
        "usc:10:§12406",
        "cfr:8:part-287",
        "state:TX:bill:sb8",
        "eo:14159a",
    ],
)
def test_off_spec_forms_fail_the_check(authority: str) -> None:
    assert not is_spec_id(authority)


# --- amendments: one id, the section in the link ---------------------------------------------


def test_amendment_takes_no_section() -> None:
    assert amendment(14) == "const:amendment:14"


@pytest.mark.parametrize(
    ("sentence", "surface", "section"),
    [
        (
            "Lawyers cited Section 2 of the Fourteenth Amendment in the filing.",
            "Section 2 of the Fourteenth Amendment",
            2,
        ),
        ("The brief leans on the 14th Amendment, Section 5, for that power.", None, 5),
        ("Critics invoked the 22nd Amendment's Section 1 again on Monday.", None, 1),
    ],
)
def test_an_amendments_section_links_the_amendment_with_the_sections_anchor(
    sentence: str, surface: str | None, section: int
) -> None:
    found = [m for m in _scan(sentence) if m.kind == "constitution"]
    assert len(found) == 1
    m = found[0]
    if surface:
        assert m.text == surface
    n = int(m.authority.split(":")[2]) if m.authority else 0
    assert m.authority == f"const:amendment:{n}"
    assert m.url == amendment_section_url(n, section)
    assert amendment_section(m.authority, m.url) == section


def test_a_bare_section_again_keeps_the_amendment_and_its_section() -> None:
    text = (
        "Section 3 of the 14th Amendment bars some officials from office. "
        "Courts have rarely applied Section 3 since then."
    )
    got = _const(text)
    assert ("Section 3", "const:amendment:14", S1.replace("S1", "S3")) in got


def test_a_formal_amendment_citation_with_its_section() -> None:
    got = _const("The complaint rests on U.S. Const. amend. XIV, § 1 and nothing else.")
    assert got == [("U.S. Const. amend. XIV, § 1", "const:amendment:14", S1)]


@pytest.mark.parametrize(
    ("sentence", "surface", "anchor"),
    [
        ("The suit invokes the Citizenship Clause of the Fourteenth Amendment.", "Citizenship", S1),
        ("Voters pressed the insurrection clause against the candidate.", "insurrection", "S3"),
        ("It relied on the 14th Amendment's equal protection clause alone.", "equal", S1),
    ],
)
def test_a_clause_of_the_fourteenth_is_the_amendment_linked_to_its_section(
    sentence: str, surface: str, anchor: str
) -> None:
    got = [(t, a, u) for t, a, u in _const(sentence) if surface in t]
    assert len(got) == 1
    _t, authority, url = got[0]
    assert authority == "const:amendment:14"
    assert url is not None and url.endswith(anchor if anchor.startswith("S") else "#14_S1")


def test_a_clause_of_an_amendment_without_sections_links_the_whole_amendment() -> None:
    got = _const("The group says the rule offends the Establishment Clause.")
    assert got == [
        (
            "the Establishment Clause",
            "const:amendment:1",
            "https://constitution.congress.gov/browse/amendment-1/",
        )
    ]


def test_an_article_section_keeps_its_spec_id() -> None:
    got = _const("The power comes from Article I, Section 8 of the Constitution, lawyers said.")
    assert got[0][1] == "const:article:1:section:8"


def test_the_amendment_refers_back_to_the_whole_amendment_not_its_clause() -> None:
    text = (
        "The suit says the rule breaks the Equal Protection Clause of the 14th Amendment. "
        "The amendment was ratified long ago."
    )
    found = {m.text: m for m in _scan(text) if m.kind == "constitution"}
    back = found["The amendment"]
    assert back.anaphor and back.authority == "const:amendment:14"
    assert amendment_section(back.authority, link_mention(back).url) is None


def test_a_back_reference_other_than_the_amendment_keeps_the_section_link() -> None:
    ante = Mention(0, 9, "Section 3", "constitution", "const:amendment:14", url=S1[:-1] + "3")
    back = _referring(20, 31, "the section", ante, "refers back")
    assert (back.authority, back.url) == ("const:amendment:14", ante.url)
    whole = _referring(20, 33, "the amendment", ante, "refers back")
    assert (whole.authority, whole.url) == ("const:amendment:14", None)


def test_a_link_to_another_amendments_page_is_replaced_by_the_ids_own() -> None:
    m = Mention(0, 3, "xyz", "constitution", "const:amendment:5", url=S1)
    assert link_mention(m).url == "https://constitution.congress.gov/browse/amendment-5/"


# --- what the reader sees ----------------------------------------------------------------------


def _linked(text: str) -> LinkedArticle:
    return scan_article(from_text(text, "made-up.txt"))


def test_the_authority_is_titled_by_the_whole_amendment_not_the_clause() -> None:
    linked = _linked(
        "The Equal Protection Clause of the 14th Amendment was argued. "
        "Others cited the 14th Amendment itself."
    )
    auth = linked.authorities["const:amendment:14"]
    assert "Clause" not in auth.title
    assert auth.url == "https://constitution.congress.gov/browse/amendment-14/"


def test_the_preview_of_a_clause_shows_its_section() -> None:
    linked = _linked("The Equal Protection Clause of the 14th Amendment was argued in court.")
    i, m = next((i, m) for i, m in enumerate(linked.mentions) if m.kind == "constitution")
    assert title_of(linked, m) == (
        "U.S. Constitution, Amendment XIV, Section 1 — Equal Protection Clause"
    )
    src = Source(
        authority="const:amendment:14",
        title="U.S. Constitution, Amendment XIV",
        url="https://constitution.congress.gov/browse/amendment-14/",
        source="the U.S. Constitution",
        fetched_at="1992-05-07T00:00:00Z",
        snippet="Section 1. All persons born …",
    )
    auth = linked.authorities["const:amendment:14"]
    with_src = LinkedArticle(
        article=linked.article,
        mentions=linked.mentions,
        authorities={"const:amendment:14": Authority(**{**auth.__dict__, "source": src})},
    )
    p = preview(with_src, i, m, "toa-1")
    assert p.url == S1
    assert p.snippet is not None and p.snippet.startswith("All persons born")
    groups, _of = table_of_authorities(with_src, set())
    entry = groups[0].entries[0]
    assert entry.url == "https://constitution.congress.gov/browse/amendment-14/"
    assert "Section" not in entry.title


def test_insurrection_clause_preview_shows_section_three() -> None:
    linked = _linked("Challengers cited the Insurrection Clause of the Fourteenth Amendment.")
    i, m = next((i, m) for i, m in enumerate(linked.mentions) if m.kind == "constitution")
    assert title_of(linked, m).startswith("U.S. Constitution, Amendment XIV, Section 3")
    src = Source(
        authority="const:amendment:14",
        title="U.S. Constitution, Amendment XIV",
        url="https://constitution.congress.gov/browse/amendment-14/",
        source="the U.S. Constitution",
        fetched_at="1992-05-07T00:00:00Z",
        snippet="Section 1. All persons born …",
    )
    auth = linked.authorities["const:amendment:14"]
    with_src = LinkedArticle(
        article=linked.article,
        mentions=linked.mentions,
        authorities={"const:amendment:14": Authority(**{**auth.__dict__, "source": src})},
    )
    p = preview(with_src, i, m, "toa-1")
    assert p.snippet is not None and p.snippet.startswith("No person shall be a Senator")


# --- the data tables ----------------------------------------------------------------------------

_ID_HEAD = re.compile(r"^(?:usc|publ|stat|const|cite|cl|eo|proc|fr|bill|cfr|state):")


def test_every_id_in_the_data_tables_has_a_spec_form() -> None:
    bad = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for col, value in row.items():
                    if col in (None, "source") or not isinstance(value, str):
                        continue
                    for part in re.split(r"[|;,]", value):
                        part = part.strip()
                        if _ID_HEAD.match(part) and " " not in part and not is_spec_id(part):
                            bad.append((path.name, col, part))
    assert bad == []


def test_clauses_table_gives_the_fourteenths_clauses_their_sections() -> None:
    with (DATA / "clauses.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert all(":section:" not in r["authority"] or "article" in r["authority"] for r in rows)
    sections = {r["name"]: r["section"] for r in rows if r["authority"] == "const:amendment:14"}
    assert sections["Equal Protection Clause"] == "1"
    assert sections["Insurrection Clause"] == "3"
    assert all(r["section"] == "" for r in rows if not r["authority"].startswith("const:amend"))


# --- the SPEC's own examples and the citation forms news prints ---------------------------------

EXAMPLES = [
    "Troops went in under 10 U.S.C. § 12406, and a 42 U.S.C. 1983 claim followed.",
    "Pub. L. 119-21 and Public Law 117-58 were cited, and so was 20 Stat. 152.",
    "It relied on 10 U.S.C. §§ 251-255 and 8 U.S.C. § 1182(f).",
    "See Brandenburg v. Ohio, 395 U.S. 444 (1969), and 142 S. Ct. 2228 and 89 F.4th 1034.",
    "The court cited 123 F. Supp. 3d 456, 45 F. App'x 789 and 372 NLRB No. 130.",
    "Executive Order 14159 and Proclamation 10949 were signed; see 89 FR 33474.",
    "The House passed H.R. 1 and H.J.Res. 25 and S.Con.Res. 7 in 2025.",
    "Agents rely on 8 C.F.R. § 287.8, 8 CFR part 287 and 17 CFR 240.10b-5.",
    "U.S. Const. art. I, § 8 and U.S. Const. amend. XIV, § 1 and Art. I, § 9, cl. 7 apply.",
    "Article IV, Section 4 of the Wisconsin Constitution and Texas's SB 8 were at issue.",
    "Tex. Educ. Code § 51.9315 and 720 ILCS 5/12-3 and Fla. Stat. § 790.065 were cited.",
    "Section 3 of the Fourteenth Amendment and the Twenty-Fifth Amendment's Section 4 came up.",
    "The Supremacy Clause, the Commerce Clause and the Citizenship Clause were argued.",
]


@pytest.mark.parametrize("sentence", EXAMPLES)
def test_every_id_the_scanner_emits_has_a_spec_form(sentence: str) -> None:
    ids = [m.authority for m in _scan(sentence) if m.authority]
    assert ids, sentence
    assert [a for a in ids if not is_spec_id(a)] == []


def test_authorities_for_keeps_one_entry_per_amendment() -> None:
    ms = [
        Mention(0, 5, "x", "constitution", "const:amendment:14", name="Equal Protection Clause",
                url=S1),
        Mention(10, 20, "y", "constitution", "const:amendment:14", name="Fourteenth Amendment"),
    ]  # fmt: skip
    out = authorities_for(ms)
    assert list(out) == ["const:amendment:14"]
    assert out["const:amendment:14"].title.endswith("Fourteenth Amendment")
