"""The National Defense Authorization Act named by fiscal year, never by number.

News covers the NDAA every year and calls it "the Fiscal Year 2024 National Defense
Authorization Act (NDAA)", "the FY24 NDAA", "the fiscal 2025 defense policy bill", "the NDAA
for fiscal year 2026", or just "the NDAA" in a story of July 2023 (then the FY2024 one:
Congress takes up each fiscal year's act in the calendar year before it). ``ndaa.csv`` gives
each fiscal year's bills and law; this pass finds the mentions and picks one:

- the fiscal year is the one the mention gives, else the one the nearest earlier mention gave
  (else the only one the article gives later), else the one the article's date implies: from
  April on, the next fiscal year's act; before, the current one's ("Section 1021 of the
  NDAA", "under the NDAA": the last one signed by that date);
- after the act was signed (the article's date on or after the signing day; in an undated
  article, no vote, amendment or version is told), the Public Law (kind ``statute``, as the
  ``acts.csv`` rows of enacted NDAAs);
- in the last month before the signing, or in a sentence about the "final" or "compromise"
  bill, the bill that became law: both chambers vote on the final compromise then (unless
  the sentence names a chamber's version);
- before, the bill of the chamber the sentence tells of ("the House passed its version of
  the …": the House bill), else of the chamber the article names first; the bill that became
  law when the sentence names both chambers or the article neither; a sentence that names
  "the Senate version" gets the Senate's bill even after.

A fiscal year ``ndaa.csv`` lacks, or a field it leaves empty, gives no mention here: the name
is then found as an act name without an id, as before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..datafiles import Ndaa, ndaas
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

ANCHOR = Anchor(
    "ndaa",
    (
        "NDAA",
        "National Defense Authorization Act",
        "defense policy bill",
        "defense-policy bill",
        "defense authorization bill",
    ),
    40,
    50,
    "word",
    "word",
)

# "Fiscal Year 2024 ", "FY24 ", "FY 2024 ", "FY-24 ", "fiscal 2025 ", "2024 " before the name.
PREFIX = re.compile(
    r"(?:(?:[Ff]iscal(?:[\s-]+[Yy]ear)?|FY|F\.Y\.)[\s-]*['’]?(?P<y>(?:19|20)?\d\d)"
    r"|(?P<cal>20\d\d))(?:['’]s)?[\s-]+$"
)
# "this year's ", "last year's " before the name: relative to the year the date implies.
RELATIVE = re.compile(r"(?P<rel>[Tt]his|[Ll]ast|[Nn]ext)\s+year['’]s\s+(?:annual\s+)?$")
# " for Fiscal Year 2024", " (NDAA) for fiscal 2026", " for FY2026" after the name.
SUFFIX = deferred(
    r"(?:\s*\(\s*NDAA\s*\))?\s+for\s+(?:[Ff]iscal(?:\s+[Yy]ear)?|FY)[\s-]*['’]?"
    r"(?P<y>(?:19|20)?\d\d)\b(?!\s+and\b)"
)
# A bare name read as a law in force: "Section 1021 of the NDAA", "under the NDAA".
OF_A_LAW = deferred(
    r"(?:(?:[Ss]ections?|[Ss]ec\.|§)\s*\d+[A-Za-z]?(?:\([a-z0-9]+\))*\s+of|\b[Uu]nder)"
    r"\s+the\s+$"
)
DATE_BEFORE = re.compile(r"\d,\s*$")  # "July 14, 2023 NDAA": a date's year, not a fiscal year

# What the sentence says about the chambers.
HOUSE = deferred(r"(?<!White )\bHouse\b(?!\s+(?:of\s+Lords|of\s+Commons))")
SENATE = deferred(r"\bSenate\b")
HOUSE_VERSION = deferred(
    r"\bHouse(?:['’]s|-passed)?\s+(?:version|bill|NDAA|draft)\b|\bHouse-passed\b"
)
SENATE_VERSION = deferred(
    r"\bSenate(?:['’]s|-passed)?\s+(?:version|bill|NDAA|draft)\b|\bSenate-passed\b"
)
# An undated story of the bill on its way: a vote, an amendment, a chamber's version.
IN_CONGRESS = deferred(
    r"\b(?:passed|passes|voted?|votes|amendments?|amended|markup|marked\s+up|version|"
    r"floor|conference|introduced|approved|advanced)\b"
)
# The compromise both chambers vote on last: the bill that became law.
FINAL = deferred(
    r"\b(?:final|compromise|conference\s+(?:report|committee|agreement)|conferees|bicameral)\b"
)
BILL_TALK = deferred(rf"{IN_CONGRESS.pattern}|\bwould\b")  # "under the NDAA … would"
SIGNED = deferred(r"\b(?:signed|signs|into\s+law|became\s+law|enacted)\b")


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    fy: int | None  # the fiscal year the mention itself gives
    shift: int | None  # "last year's": -1 from the year the date implies
    law: bool = False  # "Section 1021 of the NDAA", "under the NDAA": a law's provision


def _year(y: str) -> int:
    n = int(y)
    return 2000 + n if n < 100 else n


def _found(doc: Doc) -> list[_Found]:
    text = doc.text
    out: list[_Found] = []
    for s, e in doc.hits("ndaa"):
        start, end, fy, shift = s, e, None, None
        head = text[max(0, s - 40) : s]
        p = PREFIX.search(head)
        if p and (p.start() == 0 or not head[p.start() - 1].isalnum()):
            if not (p.group("cal") and DATE_BEFORE.search(head, 0, p.start())):
                start, fy = s - len(head) + p.start(), _year(p.group("y") or p.group("cal"))
        elif r := RELATIVE.search(head):
            start = s - len(head) + r.start()
            shift = {"this": 0, "last": -1, "next": 1}[r.group("rel").lower()]
        x = SUFFIX.match(text, e, min(len(text), e + 50))
        if x is not None and fy is None:
            end, fy = x.end(), _year(x.group("y"))
        law = fy is None and shift is None and bool(OF_A_LAW.search(head))
        out.append(_Found(start, end, fy, shift, law))
    return out


def _latest_law(table: dict[int, Ndaa], date: str | None) -> int | None:
    """The fiscal year of the last NDAA signed by ``date``."""
    if not date:
        return None
    signed = [fy for fy, r in table.items() if r.enacted and r.enacted <= date]
    return max(signed) if signed else None


def implied_year(date: str | None) -> int | None:
    """The fiscal year whose NDAA a story of ``date`` (YYYY-MM-DD) is about when it names
    none: from April on Congress works on the next fiscal year's act; before, the act just
    signed (or still pending) is the current fiscal year's."""
    if not date or len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
        return None
    year, month = int(date[:4]), int(date[5:7])
    return year + 1 if month >= 4 else year


def _sentence(doc: Doc, pos: int) -> str:
    a, b = doc.sentence_at(pos)
    return doc.text[a:b]


def _chamber(sentence: str) -> str | None:
    """Which chamber the sentence names: "house", "senate", "both" ("The House and Senate
    have passed …": the bill both passed) or None."""
    house, senate = bool(HOUSE.search(sentence)), bool(SENATE.search(sentence))
    if house != senate:
        return "house" if house else "senate"
    return "both" if house else None


def _version(sentence: str) -> str | None:
    if SENATE_VERSION.search(sentence):
        return "senate"
    if HOUSE_VERSION.search(sentence):
        return "house"
    return None


def _pending(doc: Doc, row: Ndaa, sentences: list[str]) -> bool:
    """Whether the act was not yet law when the story was told."""
    if not row.enacted:
        return True
    if doc.date:
        return doc.date < row.enacted
    told = " ".join(sentences)
    return bool(IN_CONGRESS.search(told)) and not SIGNED.search(told)


FINAL_DAYS = 31  # how long before the signing the chambers vote on the final bill


def _weeks_before(date: str | None, enacted: str) -> bool:
    """Whether ``date`` falls in the last weeks before the signing, when both chambers vote
    on the final compromise (the bill that became law), not on their own versions."""
    if not date or not enacted:
        return False
    try:
        days = (dt.date.fromisoformat(enacted) - dt.date.fromisoformat(date[:10])).days
    except ValueError:
        return False
    return 0 < days <= FINAL_DAYS


def _first_chamber(text: str) -> str | None:
    h, s = HOUSE.search(text), SENATE.search(text)
    if h and (not s or h.start() < s.start()):
        return "house"
    return "senate" if s else None


def find(doc: Doc) -> list[Mention]:
    found = _found(doc)
    if not found:
        return []
    table = ndaas()
    text = doc.text
    named = [f.fy for f in found if f.fy is not None]
    implied = implied_year(doc.date)
    years: list[int | None] = []
    whence: list[str] = []
    last: int | None = None
    for f in found:
        if f.fy is not None:
            last = f.fy
            years.append(f.fy)
            whence.append("the fiscal year it names")
        elif f.shift is not None:
            years.append(implied + f.shift if implied else None)
            whence.append("counted from the article's date")
        elif last is not None:
            years.append(last)
            whence.append("the fiscal year named before")
        elif len(set(named)) == 1:
            years.append(named[0])
            whence.append("the fiscal year the article names")
        elif (
            f.law
            and not BILL_TALK.search(_sentence(doc, f.start))
            and (enacted := _latest_law(table, doc.date))
        ):
            years.append(enacted)
            whence.append("the act in force on the article's date")
        else:
            years.append(implied)
            whence.append("the fiscal year the article's date implies")
    sentences = {f.start: _sentence(doc, f.start) for f in found}
    first = _first_chamber(text)
    told_of: dict[int, list[str]] = {}
    for f, fy in zip(found, years, strict=True):
        if fy is not None:
            told_of.setdefault(fy, []).append(sentences[f.start])
    pending: dict[int, bool] = {}
    out: list[Mention] = []
    for f, fy, given in zip(found, years, whence, strict=True):
        row = table.get(fy) if fy else None
        if row is None:
            continue
        sentence = sentences[f.start]
        if row.fiscal_year not in pending:
            told = told_of.get(row.fiscal_year, [])
            pending[row.fiscal_year] = _pending(doc, row, told)
        version = _version(sentence)
        authority, why = None, ""
        final = FINAL.search(sentence) or _weeks_before(doc.date, row.enacted)
        if not version and pending[row.fiscal_year] and final:
            authority, why = row.law_bill or None, f"the final bill, signed {row.enacted}"
        elif version or pending[row.fiscal_year]:
            chamber = version or _chamber(sentence) or first
            bill = {"house": row.house_bill, "senate": row.senate_bill}.get(chamber or "", "")
            if bill and chamber:
                authority, why = bill, f"the {chamber.title()}'s bill"
            elif chamber in (None, "both") and row.law_bill:
                authority, why = row.law_bill, "the bill that became law"
        elif row.law:
            authority, why = row.law, f"signed {row.enacted}"
        elif row.law_bill:  # signed, but its Public Law number is not in the table
            authority, why = row.law_bill, f"the bill signed {row.enacted}"
        if authority is None:
            continue
        out.append(
            Mention(
                f.start,
                f.end,
                text[f.start : f.end],
                "statute" if authority.startswith("publ:") else "bill",
                authority,
                name=row.name,
                confidence=0.9 if f.fy else 0.8,
                evidence=f"the FY{fy} NDAA ({given}): {why}",
                matcher="ndaa",
            )
        )
    return out


PASS = Pass(name="ndaa", emits=("bill", "statute"), anchors=(ANCHOR,), run=find, gated=True)
