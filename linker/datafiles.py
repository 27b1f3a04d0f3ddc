"""Load the curated data files in ``linker/data`` (acts, cases, …) once per process.

Each file is a CSV whose rows carry their own source; see ``linker/data/README.md``.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of ``linker/data/NAME`` (a CSV with a header), stripped; none if absent."""
    path = DATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [
            {k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(f)
        ]


def write_rows(
    path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, object] | Sequence[object]]
) -> int:
    """Write a data table (a header of ``columns``, then ``rows``: mappings or sequences) the
    way ``read_rows`` reads it, atomically (``output.write_atomic``): the generators in
    ``scripts/`` never leave half a table. Returns the number of rows written."""
    from .output import write_atomic

    buf = io.StringIO()
    n = 0
    dict_writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    plain_writer = csv.writer(buf, lineterminator="\n")
    dict_writer.writeheader()
    for row in rows:
        if isinstance(row, Mapping):
            dict_writer.writerow(row)
        else:
            plain_writer.writerow(row)
        n += 1
    write_atomic(path, buf.getvalue())
    return n


def split_field(value: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(sep) if p.strip())


@dataclass(frozen=True)
class Act:
    """A federal act known by name (``acts.csv``)."""

    authority: str | None
    name: str
    aliases: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]  # ("2", "usc:52:10301")
    kind: str
    year: int | None
    source: str


@dataclass(frozen=True)
class Case:
    """A landmark case known by name (``cases.csv``)."""

    authority: str | None
    name: str
    short_names: tuple[str, ...]
    aliases: tuple[str, ...]
    year: int | None
    court: str | None
    source: str


def _year(value: str) -> int | None:
    return int(value) if value.isdigit() else None


@cache
def acts() -> tuple[Act, ...]:
    out = []
    for r in read_rows("acts.csv"):
        if not r.get("name"):
            continue
        sections = tuple(
            (k.strip(), v.strip())
            for k, _, v in (p.partition("=") for p in split_field(r.get("sections", ""), ";"))
            if v
        )
        aliases = split_field(r.get("aliases", ""))
        out.append(
            Act(
                authority=r.get("authority") or None,
                name=r["name"],
                aliases=aliases or (r["name"],),
                sections=sections,
                kind=r.get("kind") or "statute",
                year=_year(r.get("year", "")),
                source=r.get("source", ""),
            )
        )
    return tuple(out)


@cache
def cases() -> tuple[Case, ...]:
    out = []
    for r in read_rows("cases.csv"):
        if not r.get("name"):
            continue
        out.append(
            Case(
                authority=r.get("authority") or None,
                name=r["name"],
                short_names=split_field(r.get("short_names", "")),
                aliases=split_field(r.get("aliases", "")),
                year=_year(r.get("year", "")),
                court=r.get("court") or None,
                source=r.get("source", ""),
            )
        )
    return tuple(out)


@dataclass(frozen=True)
class Lawsuit:
    """A lawsuit news often describes without its caption (``lawsuits.csv``)."""

    name: str
    court: str
    docket: str | None
    judges: tuple[str, ...]
    challenges: tuple[str, ...]  # ids of what the suit challenges
    parties: tuple[str, ...]  # words a report uses for the parties
    filed: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    reviewed_as: tuple[str, ...]  # captions of the same suit on appeal or in the Supreme Court
    source: str
    # (rows generated from the litigation tracker, ``lawsuits_tracker.csv``)
    cl_docket: str | None = None  # the CourtListener docket id
    topics: tuple[str, ...] = ()  # what the suit is about, in the tracker's words
    generated: bool = False


# A state bill's id that holds its session: Colorado's H.B. 25-1312 is "state:co:bill:hb25-1312"
_SESSION_BILL = re.compile(r"(state:[a-z]{2}:bill:[a-z]+)\d\d-(\d+[a-z]?)")


def _with_session_less(ids: tuple[str, ...]) -> tuple[str, ...]:
    """``ids`` and, after a bill whose id holds its session, the id a story's "House Bill
    1312" gets without it ("state:co:bill:hb1312"): the suit's bill told without its year
    (census35 P4)."""
    extra = tuple(f"{m.group(1)}{m.group(2)}" for c in ids if (m := _SESSION_BILL.fullmatch(c)))
    return ids + tuple(e for e in extra if e not in ids)


def _lawsuit(r: dict[str, str], generated: bool = False) -> Lawsuit:
    return Lawsuit(
        name=r["name"],
        court=r["court"],
        docket=r.get("docket") or None,
        judges=split_field(r.get("judges", "")),
        challenges=_with_session_less(split_field(r.get("challenges", ""))),
        parties=split_field(r.get("parties", "")),
        filed=r.get("filed") or None,
        reviewed_as=split_field(r.get("reviewed_as", "")),
        source=r.get("source", ""),
        cl_docket=r.get("cl_docket") or None,
        topics=split_field(r.get("topics", "")),
        generated=generated,
    )


# How a caption names its parties in the text of an opinion or a report (The Bluebook, rule
# 10.2.1): a state without "State of" in a federal court's case ("Oregon v. Trump"), a person
# by surname ("Donald J. Trump", "Robert F. Kennedy Jr."), words in full ("Nat’l"). The
# tracker keeps the docket's form, which stays one of the row's captions (``reviewed_as``).
_STATE_OF = re.compile(r"^(?:The\s+)?(?:State|Commonwealth)\s+of\s+(?=[A-Z])")
_PERSON = re.compile(
    r"^[A-Z][a-z]+(?:\s+[A-Z]\.)+\s+(?P<surname>[A-Z][\w'’-]+)(?:,?\s+(?:Jr|Sr)\.?|\s+I{2,3})?$"
)
_SPELLED_OUT = (
    (re.compile(r"\bNat['’]l\b"), "National"),
    (re.compile(r"\bAss['’]n\b"), "Association"),
    (re.compile(r"\bDep['’]t\b"), "Department"),
    (re.compile(r"\bInt['’]l\b"), "International"),
    (re.compile(r"\bGov['’]t\b"), "Government"),
    (re.compile(r"\bComm['’]n\b"), "Commission"),
    (re.compile(r"\bHigher\s+Ed\.(?=\s|$)"), "Higher Education"),
)


def caption_in_text(name: str) -> str:
    """``name`` (a docket's caption, "State of New Jersey v. Donald J. Trump") as an opinion or a
    report names the case: "New Jersey v. Trump"."""
    if " v. " not in name:
        return name
    sides = []
    for side in name.split(" v. ", 1):
        side = _STATE_OF.sub("", side.strip())
        person = _PERSON.match(side)
        if person:
            side = person.group("surname")
        for rx, full in _SPELLED_OUT:
            side = rx.sub(full, side)
        sides.append(side)
    return " v. ".join(sides)


def _docket_key(docket: str | None) -> str:
    """ "1:25-cv-01683-JMC" and "1:25-cv-01683" are one docket."""
    m = re.match(r"(?:\d+:)?(\d\d-[a-z]{2}-\d+)", (docket or "").lower())
    return m.group(1) if m else ""


_CAPTION_NOISE = re.compile(r"\b(?:the|inc|llc|llp|et|al|of)\b")


@cache
def suits_challenging(prefix: str) -> dict[str, Lawsuit]:
    """The known suits, by name, that challenge an authority whose id starts with ``prefix``
    (``"eo:"``, ``"fr:"``)."""
    return {
        row.name: row for row in lawsuits() if any(c.startswith(prefix) for c in row.challenges)
    }


def one_challenged(names: Iterable[str], prefix: str) -> str | None:
    """The one id starting with ``prefix`` that the known suits of ``names`` challenge
    (None with none or two)."""
    table = suits_challenging(prefix)
    found = {c for n in names if n in table for c in table[n].challenges if c.startswith(prefix)}
    return next(iter(found)) if len(found) == 1 else None


def _caption_words(name: str) -> str:
    """A caption compared across the two tables: "U.S." and "United States", "Dept." and
    "Department", "&" and "and", "Inc." or "et al." or not, are the same."""
    s = name.lower().replace("vs.", "v.").replace("&", " and ").replace("dept.", "department")
    s = re.sub(r"\bu\.?\s?s\.?(?=\s)", "united states", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(_CAPTION_NOISE.sub(" ", s).split())


@cache
def lawsuits() -> tuple[Lawsuit, ...]:
    """The hand-checked rows of ``lawsuits.csv``, then the rows generated from the litigation
    tracker (``lawsuits_tracker.csv``) for suits no hand row has (same court and docket, or
    same court and caption): a hand row wins for its suit."""
    hand = [_lawsuit(r) for r in read_rows("lawsuits.csv") if r.get("name") and r.get("court")]
    dockets = {(r.court, _docket_key(r.docket)) for r in hand if _docket_key(r.docket)}
    captions = {(r.court, _caption_words(c)) for r in hand for c in (r.name, *r.reviewed_as)}
    # a hand row with no docket: the same plaintiff in the same court in the same month is it
    # ("United States Conference of Catholic Bishops v. [United States] Department of State")
    undocketed = {
        (r.court, _plaintiff(r.name), (r.filed or "")[:7])
        for r in hand
        if not _docket_key(r.docket) and len(r.filed or "") >= 7
    }
    generated = [
        _in_text(row)
        for r in read_rows("lawsuits_tracker.csv")
        if r.get("name") and r.get("court")
        for row in (_lawsuit(r, generated=True),)
        if (row.court, _docket_key(row.docket)) not in dockets
        and (row.court, _caption_words(row.name)) not in captions
        and (row.court, _caption_words(caption_in_text(row.name))) not in captions
        and (row.court, _plaintiff(row.name), (row.filed or "")[:7]) not in undocketed
    ]
    return (*hand, *generated)


@dataclass(frozen=True)
class SuitRuling:
    """A known ruling in a suit of ``lawsuits.csv`` (``lawsuit_rulings.csv``): its day and the
    court that gave it."""

    ruled: str  # YYYY-MM-DD
    court: str
    what: str


def _suit_key(name: str, court: str, docket: str | None) -> tuple[str, str, str]:
    return (name, court, docket or "")


@cache
def suit_rulings() -> dict[tuple[str, str, str], tuple[SuitRuling, ...]]:
    """The known rulings of each hand row of ``lawsuits.csv`` (by its name, court and docket),
    from ``lawsuit_rulings.csv``, oldest first."""
    out: dict[tuple[str, str, str], list[SuitRuling]] = {}
    for r in read_rows("lawsuit_rulings.csv"):
        if not (r.get("name") and r.get("court") and r.get("ruled")):
            continue
        key = _suit_key(r["name"], r["court"], r.get("docket"))
        ruling = SuitRuling(r["ruled"], r.get("ruling_court") or r["court"], r.get("ruling", ""))
        out.setdefault(key, []).append(ruling)
    return {k: tuple(sorted(v, key=lambda x: x.ruled)) for k, v in out.items()}


def rulings_of(row: Lawsuit) -> tuple[SuitRuling, ...]:
    """The known rulings of ``row`` (none for a tracker's row or a suit none are listed of)."""
    if row.generated:
        return ()
    return suit_rulings().get(_suit_key(row.name, row.court, row.docket), ())


def _in_text(row: Lawsuit) -> Lawsuit:
    """A tracker's row named as the case is named in text, its docket's caption kept as
    another caption of the suit."""
    name = caption_in_text(row.name)
    if name == row.name:
        return row
    return dataclasses.replace(row, name=name, reviewed_as=(*row.reviewed_as, row.name))


def _plaintiff(name: str) -> str:
    return _caption_words(name.split(" v. ")[0])


@cache
def _bills_of_acts() -> dict[str, tuple[str, str]]:
    """Act id → (the bill it was, enactment date), from ``act_bills.csv`` and the enacted
    NDAAs of ``ndaa.csv``."""
    out = {r.law: (r.law_bill, r.enacted) for r in ndaas().values() if r.law and r.law_bill}
    path = DATA / "act_bills.csv"
    if not path.exists():
        return out
    with path.open(encoding="utf-8", newline="") as f:
        out.update({r["authority"]: (r["bill"], r["enacted"]) for r in csv.DictReader(f)})
    return out


_BILL_KEY_TRIM = cache(lambda: re.compile(r"^the\s+|\s+of\s+(?:19|20)\d\d$"))


def bill_key(name: str) -> str:
    """A bill's name as ``bill_numbers.csv`` is looked up: lower case, no "the", no year."""
    key = _BILL_KEY_TRIM().sub("", " ".join(name.split()).lower())
    return key.replace("’", "'")


@cache
def bill_numbers() -> dict[str, dict[int, tuple[str, str]]]:
    """A popular bill's name → {Congress: (its bill id, the day it was introduced or "")},
    from ``bill_numbers.csv`` (one bill a Congress: the one of that name that moved, or the
    only one introduced)."""
    out: dict[str, dict[int, tuple[str, str]]] = {}
    for r in read_rows("bill_numbers.csv"):
        congress, bill = r.get("congress", ""), r.get("bill", "")
        if not congress.isdigit() or not bill.startswith(f"bill:{congress}:") or not r.get("name"):
            continue
        out.setdefault(bill_key(r["name"]), {})[int(congress)] = (bill, r.get("introduced", ""))
    return out


@cache
def bill_names() -> tuple[str, ...]:
    """The popular bills' names ``bill_numbers.csv`` gives, as printed (one each), for the
    act names' automaton: a bill named by its short title alone ("the STABLE Act") is found
    even when its name is too short to pass for an act's."""
    seen: dict[str, str] = {}
    for r in read_rows("bill_numbers.csv"):
        name = " ".join(r.get("name", "").split())
        if name:
            seen.setdefault(bill_key(name), name)
    return tuple(seen.values())


@cache
def cra_resolutions() -> dict[str, str]:
    """A rule's id → the joint resolution of disapproval that moved against it, from
    ``cra_resolutions.csv`` (a rule's first row: the one that passed, of the Congress that
    undid it; a later row of the same rule is the other chamber's, ``cra_resolutions_of``)."""
    out: dict[str, str] = {}
    for r in read_rows("cra_resolutions.csv"):
        if r.get("rule", "").startswith("fr:") and r.get("bill", "").startswith("bill:"):
            out.setdefault(r["rule"], r["bill"])
    return out


@cache
def cra_resolutions_of() -> dict[str, tuple[str, ...]]:
    """A rule's id → every joint resolution of disapproval ``cra_resolutions.csv`` lists for
    it (the one that passed first, then the other chamber's companion, twenty-eighth session:
    "Hill introduced a CRA resolution in the House" is the House's)."""
    out: dict[str, tuple[str, ...]] = {}
    for r in read_rows("cra_resolutions.csv"):
        if r.get("rule", "").startswith("fr:") and r.get("bill", "").startswith("bill:"):
            out[r["rule"]] = (*out.get(r["rule"], ()), r["bill"])
    return out


def bill_of_act(authority: str | None) -> tuple[str, str] | None:
    """(the bill an act was, its enactment date) for an act's id, from ``act_bills.csv``."""
    return _bills_of_acts().get(authority) if authority else None


@cache
def _acts_of_bills() -> dict[str, tuple[str, str]]:
    return {bill: (act, enacted) for act, (bill, enacted) in _bills_of_acts().items()}


def act_of_bill(authority: str | None) -> tuple[str, str] | None:
    """(the act a bill became, its enactment date) for a bill's id, from ``act_bills.csv``."""
    return _acts_of_bills().get(authority) if authority else None


@dataclass(frozen=True)
class Ndaa:
    """One fiscal year's National Defense Authorization Act (``ndaa.csv``): the bill each
    chamber moved, the bill that became law and its Public Law id and signing day. A field
    the row's source did not confirm is empty ("")."""

    fiscal_year: int
    congress: int
    house_bill: str
    senate_bill: str
    law_bill: str
    law: str
    enacted: str
    name: str
    source: str


@cache
def ndaas() -> dict[int, Ndaa]:
    """Fiscal year → its NDAA, from ``ndaa.csv``."""
    out: dict[int, Ndaa] = {}
    for r in read_rows("ndaa.csv"):
        if not (r.get("fiscal_year", "").isdigit() and r.get("congress", "").isdigit()):
            continue
        fy = int(r["fiscal_year"])
        out[fy] = Ndaa(
            fy,
            int(r["congress"]),
            r.get("house_bill", ""),
            r.get("senate_bill", ""),
            r.get("law_bill", ""),
            r.get("law", ""),
            r.get("enacted", ""),
            r.get("name", ""),
            r.get("source", ""),
        )
    return out


@dataclass(frozen=True)
class SponsoredBill:
    """A bill of ``sponsored_bills.csv``: its id, the surnames news gives its sponsors, the
    words its description holds (lower case), and the day it was introduced."""

    bill: str
    congress: int
    sponsors: frozenset[str]
    topics: tuple[str, ...]
    introduced: str


@cache
def sponsored_bills() -> dict[str, tuple[SponsoredBill, ...]]:
    """A sponsor's surname → the bills of ``sponsored_bills.csv`` that name them (a bill told
    by who brought it and what it does: "Sen. Hawley introduced legislation that would bar
    members of Congress from trading stocks")."""
    out: dict[str, list[SponsoredBill]] = {}
    for r in read_rows("sponsored_bills.csv"):
        bill = r.get("bill", "")
        parts = bill.split(":")
        if len(parts) != 4 or parts[0] != "bill" or not parts[1].isdigit():
            continue
        row = SponsoredBill(
            bill=bill,
            congress=int(parts[1]),
            sponsors=frozenset(s for s in r.get("sponsors", "").split("|") if s),
            topics=tuple(t.lower() for t in r.get("topics", "").split("|") if t),
            introduced=r.get("introduced", ""),
        )
        for s in row.sponsors:
            out.setdefault(s, []).append(row)
    return {s: tuple(rows) for s, rows in out.items()}
