"""A president's signature law: "Trump's signature tax-and-spending bill", "the president's
signature domestic policy bill", "Obama's signature health care law".

News names a president's defining legislation this way for years, often before and instead of
its title. ``signature_laws.csv`` lists, for each president's term, the one law news means,
with the words it is told by. The president is the one named, or for "the president" the one
in office on the article's date; a phrase whose words between "signature" and its noun are
none of the row's topics ("Biden's signature climate bill" when the table has no such row)
links nothing. Before the law was signed (``act_bills.csv``) the phrase is its bill.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as _date
from functools import cache

from ..datafiles import bill_of_act, read_rows
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

SIGNATURE_ANCHOR = Anchor("signature", ("signature",), 40, 80, "word", "word")
# (twenty-eighth session, census42 P4) a party's law: "the GOP's tax-and-spending law"
PARTY_ANCHOR = Anchor(
    "signature_party",
    ("GOP", "Republicans", "Democrats", "Republican Party", "Democratic Party"),
    8,
    80,
    "word",
    "",
)

# "<who>'s signature <up to four words> <noun>"
SIGNATURE = deferred(
    r"(?P<who>(?:(?:former\s+)?President\s+)?(?:Donald\s+)?Trump|(?:President\s+)?(?:Barack\s+)?"
    r"Obama|[Tt]he\s+president|[Tt]he\s+President)['’]s?\s+signature\s+"
    r"(?P<mods>(?:[\w-]+,?\s+){0,4}?)(?P<head>bill|law|legislation|package|measure|act)\b"
)


# "the signature <up to four words> <noun> of <who>['s first|second term]": the same phrase told
# the other way round ("the signature piece of legislation of President Trump's second term",
# "the signature domestic bill of the president's term")
_WHO = (
    r"(?:(?:former\s+)?President\s+)?(?:Donald\s+)?Trump|(?:(?:former\s+)?President\s+)?"
    r"(?:Barack\s+)?Obama|[Tt]he\s+(?:president|President)"
)
SIGNATURE_OF = deferred(
    r"[Tt]he\s+signature\s+(?P<mods>(?:[\w-]+,?\s+){0,4}?)"
    r"(?P<head>bill|law|legislation|package|measure|act|piece\s+of\s+legislation"
    r"|legislative\s+achievement)\s+of\s+(?P<who>" + _WHO + r")"
    r"(?:['’]s?\s+(?P<term>first|second)(?:\s+|-)(?:term|administration|presidency)\b)?"
)


# "the GOP's <up to four words> <noun>", "Democrats' <…> law": the law of the party's president
# that the words between tell (a topic word of the row is needed); not a chamber's or a
# state's party ("House Democrats' bill", "Texas Republicans' bill": a bill of their own)
PARTY = deferred(
    r"(?<![\w’'-])(?:[Tt]he\s+)?(?P<party>GOP|Republicans|Democrats|Republican\s+Party|"
    r"Democratic\s+Party)(?:['’]s|['’])\s+"
    r"(?P<mods>(?:[\w-]+,?\s+){1,4}?)(?P<head>bill|law|legislation|package|measure)\b"
)
# a word before the party that makes it a chamber's, a state's or a group's ("House
# Democrats'", "Texas Republicans'", "state Democrats'", "moderate Republicans'")
_OWN_PARTY_BEFORE = deferred(r"(?:\b[A-Z][\w.]*|\b(?:state|local|county|city|moderate|some))\s+$")
# the president of each party whose rows the table holds
_PARTY_PRESIDENTS = {"r": "Trump", "d": "Obama"}


def _party_row(
    party: str, mods: str, head: str, date: str | None, years: list[int]
) -> Signature | None:
    """The law "the GOP's tax-and-spending law" means: a row of the party's president whose
    topics the words between tell; dated, the row of the term in office on the article's
    date, else (a "law" only: a party's "bill" after its president's term is a new bill) the
    one row of an earlier term; told by a year, the row of that year's term; undated, the one
    row the words fit."""
    name = _PARTY_PRESIDENTS["d" if party.startswith("Democrat") else "r"]
    words = {w.strip(",").lower() for w in mods.split()}
    rows = [
        r
        for r in signatures()
        if r.president == name and words & r.topics and (not date or r.start <= date[:10])
    ]
    if years:
        rows = [r for r in rows if any(int(r.start[:4]) <= y <= int(r.end[:4]) for y in years)]
    elif date:
        current = [r for r in rows if r.start <= date[:10] < r.end]
        rows = current if current or head != "law" else rows
    return rows[0] if len(rows) == 1 else None


_YEAR = deferred(r"\b(?:19|20)\d\d\b")

# a term told by its ordinal: the president's n-th row of the table, when each of his rows
# is one term (no more than four years and a day); a row that spans two terms (Obama's)
# answers to no ordinal
_TERM = {"first": 1, "second": 2}
_ONE_TERM_DAYS = 4 * 366 + 1


@dataclass(frozen=True)
class Signature:
    president: str
    start: str  # the term's first day, YYYY-MM-DD
    end: str  # the day after its last
    topics: frozenset[str]
    authority: str


@cache
def signatures() -> tuple[Signature, ...]:
    return tuple(
        Signature(
            r["president"],
            r["from"],
            r["to"],
            frozenset(t.lower() for t in r["topics"].split("|") if t),
            r["authority"],
        )
        for r in read_rows("signature_laws.csv")
    )


def _president(who: str) -> str:
    """The president a phrase names, or "" for "the president"."""
    low = who.lower()
    return "Trump" if "trump" in low else "Obama" if "obama" in low else ""


def _row(who: str, mods: str, date: str | None, years: list[int]) -> Signature | None:
    """The law a phrase means: "the president" is the one in office on the article's date; a
    president named is any term begun by then, the term in office first ("Trump's signature
    tax bill" in 2025 is the 2025 law, not the 2017 one; "Obama's signature health care law"
    in 2025 is still his)."""
    name, day = _president(who), date
    if not day and not name:
        return None  # "the president" in an undated article: no one
    words = {w.strip(",").lower() for w in mods.split()}
    rows = [
        s
        for s in signatures()
        if (not name or s.president == name)
        and (not day or s.start <= day[:10])
        and ((words & s.topics) or not words)
    ]
    if years:
        # "Trump's signature tax law of 2017": the term the sentence's years fall in
        rows = [s for s in rows if any(int(s.start[:4]) <= y <= int(s.end[:4]) for y in years)]
        return rows[0] if len(rows) == 1 else None
    current = [s for s in rows if day and s.start <= day[:10] < s.end]
    if not name or current:
        rows = current
    elif not day and len(rows) > 1:
        return None  # "Trump's signature bill" with no date: his first term's or his second's
    return rows[0] if len(rows) == 1 else None


def _term_row(who: str, mods: str, ordinal: str) -> Signature | None:
    """The row of "the signature bill of President Trump's second term": the president's
    n-th row, when each of his rows is a single term and its topics fit the words."""
    name = _president(who)
    if not name:
        return None
    rows = sorted((s for s in signatures() if s.president == name), key=lambda s: s.start)
    n = _TERM[ordinal.lower()]
    if len(rows) < n or any(
        (_date.fromisoformat(s.end) - _date.fromisoformat(s.start)).days > _ONE_TERM_DAYS
        for s in rows
    ):
        return None
    row = rows[n - 1]
    words = {w.strip(",").lower() for w in mods.split()}
    return row if (words & row.topics) or not words else None


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    for s, _e in doc.hits("signature"):
        lo = max(0, s - 40)
        matches = [
            *SIGNATURE.finditer(text, lo, min(len(text), s + 80)),
            *SIGNATURE_OF.finditer(text, lo, min(len(text), s + 160)),
        ]
        for m in matches:
            if not (m.start() <= s < m.end()) or any(
                o is not m and o.start() <= m.start() < o.end() for o in matches[: matches.index(m)]
            ):
                continue
            a, b = doc.sentence_at(m.start())
            years = [int(y) for y in _YEAR.findall(text, a, b)]
            term = m.groupdict().get("term")
            if term:
                row = _term_row(m.group("who"), m.group("mods"), term)
                if row is not None and doc.date and doc.date[:10] < row.start:
                    row = None  # a term not yet begun on the article's date
            else:
                row = _row(m.group("who"), m.group("mods"), doc.date, years)
            if row is None:
                continue
            bill = bill_of_act(row.authority)
            before = bool(bill and doc.date and doc.date[:10] < bill[1])
            kind, authority = ("bill", bill[0]) if before and bill else ("statute", row.authority)
            start = m.start()
            out.append(
                Mention(
                    start,
                    m.end(),
                    text[start : m.end()],
                    kind,
                    authority,
                    confidence=0.8,
                    evidence=f"{row.president}'s signature law ({row.authority})",
                    matcher="signatures",
                )
            )
    seen: set[int] = set()
    for s, _e in doc.hits("signature_party"):
        for m in PARTY.finditer(text, max(0, s - 8), min(len(text), s + 80)):
            if m.start() in seen or not m.start() <= s < m.end("party"):
                continue
            if m.start() == m.start("party") and _OWN_PARTY_BEFORE.search(
                text, max(0, m.start() - 30), m.start()
            ):
                continue  # ("House Democrats' bill": a bill of their own)
            seen.add(m.start())
            a, b = doc.sentence_at(m.start())
            years = [int(y) for y in _YEAR.findall(text, a, b)]
            row = _party_row(m.group("party"), m.group("mods"), m.group("head"), doc.date, years)
            if row is None:
                continue
            bill = bill_of_act(row.authority)
            before = bool(bill and doc.date and doc.date[:10] < bill[1])
            kind, authority = ("bill", bill[0]) if before and bill else ("statute", row.authority)
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    kind,
                    authority,
                    confidence=0.75,
                    evidence=f"the {m.group('party')}'s law of {row.president}'s term "
                    f"({row.authority}), told by its topic",
                    matcher="signatures",
                )
            )
    return out


PASS = Pass(
    name="signatures",
    emits=("bill", "statute"),
    anchors=(SIGNATURE_ANCHOR, PARTY_ANCHOR),
    run=find,
    gated=True,
)
