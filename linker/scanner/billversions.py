"""One bill name, two Congresses' bills: the sentences that tell the older one (twenty-third
session). A follow-up pass.

A popular bill's name is often given to a bill in each Congress ("the FAIR Act" of the 118th
and of the 119th, both rows of ``bill_numbers.csv``), and ``bill_names`` links every use of
the name, and the back-references after it, to the bill of the Congress the article is
written in. A story of the new bill often tells the old one's fate in passing: "The FAIR Act
cleared the House in the last Congress … the bill died when the then-Senate leader refused a
vote … the then-President threatened a veto over the FAIR Act. This time around, the bill
…". Those sentences speak of the older Congress's bill.

This pass walks the sentences in order with an era: the Congress of the article (none) or an
older one. A sentence that names the bill (or refers back to it) and tells an older Congress
starts the older era:

- "in the previous / last / prior Congress", "in the 118th Congress" (a Congress the table
  has a bill of that name for);
- a title of the past, "then-Senate Majority Leader …", "then-President …";
- "former President X" who vetoes or signs (only a sitting president does);
- a date of an older Congress ("in July 2024"), and with the article's date, "last year",
  "last fall", a month before the one the article was written in that falls before its
  Congress began.

The era holds for the next sentences that speak of the bill in the past tense, in its
paragraph, and in the next paragraphs while each goes on telling the past ("previously",
"earlier", "at the time", a month); it ends at "this time", "this year", "this Congress",
"now", "current", a weekday (the story's week), a reintroduction, a sentence that tells the
article's own Congress, or the next sentence about the bill in the present tense. A sentence
that tells an older Congress and also the present ("is now", "this year", the article's own
Congress, another Congress no bill of the name is of) is left as it was.
Only the uses of the name and the back-references linked to its current bill change; a
bill number the article prints is never changed, and a name the table gives one bill only
is left alone.
"""

from __future__ import annotations

import bisect

from ..datafiles import bill_key, bill_numbers
from ..ids import congress_for_date
from ..models import Mention
from .billdates import _congress_of, _dates, set_ahead
from .bills import BILL
from .doc import Doc
from .lazyre import deferred
from .registry import Pass

# "in the previous Congress", "during the last session of Congress", "in the 118th Congress"
_OLD_CONGRESS = deferred(
    r"\b(?:(?:previous|last|prior|preceding|past)\s+(?:session\s+of\s+)?Congress|"
    r"(?P<ord>1\d\d)(?:th|st|nd|rd)\s+Congress)\b"
)
# "then-Senate Majority Leader …", "then-President …", "then-Speaker …"
_THEN_TITLE = deferred(r"\b[Tt]hen-[A-Z]")
_FORMER_PRESIDENT = deferred(r"\b[Ff]ormer\s+President\b")
# what only a sitting president does to a bill
_PRESIDENT_ACTS = deferred(r"\b(?:veto\w*|sign(?:s|ed|ing)?)\b")
# (with the article's date) "last year", "last fall"; "in September"
_LAST = deferred(r"\blast\s+(?P<when>year|spring|summer|fall|autumn|winter)\b")
_MONTH = deferred(
    r"\b(?:in|by|during|since|until|through|of)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\s+\d)"
)
_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
# the month a season ends in (for "last spring" told after it: this year's)
_SEASON_END = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}
# The story is back in its own time (a weekday alone is the story's week: "passed the House
# on Tuesday").
_BACK = deferred(
    r"\b(?:[Tt]his\s+(?:time|year|Congress|session|month|week|spring|summer|fall|winter)|"
    r"[Nn]ow\b(?!-)|[Cc]urrent(?:ly)?\b|[Tt]oday\b|new\s+Congress|[Rr]eintroduc\w*|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
# the present or the future of the bill, in a sentence that does not tell the past
_PRESENT = deferred(r"\b(?:is|are|will|has|have|isn['’]t|aren['’]t|won['’]t|faces|heads|remains)\b")
# a sentence of a new paragraph that goes on telling the past
_STILL_PAST = deferred(
    r"\b(?:previously|earlier|at\s+the\s+time|back\s+then|back\s+in|then-[A-Z]|"
    r"[Ff]ormer\s+President)\b"
)


def _relative_congress(doc: Doc, sentence: str) -> int | None:
    """The Congress of a time the sentence tells relative to the article's date ("last
    year", "last fall", "in September"): the oldest it tells, or none without a date."""
    date = doc.date
    if not date or len(date) < 7:
        return None
    year, month = int(date[:4]), int(date[5:7])
    found: list[int] = []
    for m in _LAST.finditer(sentence):
        when = m.group("when")
        y = year - 1 if when == "year" or _SEASON_END[when] >= month else year
        mid = 6 if when == "year" else max(_SEASON_END[when] - 1, 1)
        c = congress_for_date(f"{y}-{mid:02d}-15")
        if c is not None:
            found.append(c)
    for m in _MONTH.finditer(sentence):
        mo = _MONTHS.index(m.group("month")) + 1
        if set_ahead(sentence, m.start()):
            continue
        y = year if mo < month else year - 1 if mo > month else 0
        c = congress_for_date(f"{y}-{mo:02d}-15") if y else None
        if c is not None:
            found.append(c)
    return min(found) if found else None


# What a sentence tells when it tells the article's own Congress, or two older ones
_NOT_OLDER = 0


def _older_told(doc: Doc, a: int, e: int, base: int, rows: dict[int, str]) -> int | None:
    """The older Congress (one the table has a bill of the name for) the sentence
    ``[a, e)`` tells, if it tells one and no time of the article's own Congress; None if it
    tells no time; ``_NOT_OLDER`` if it tells the article's own Congress ("in the 119th
    Congress", a date since it began) or two older ones."""
    text = doc.text
    sentence = text[a:e]
    older = [c for c in rows if c < base]
    if not older:
        return None
    latest = max(older)
    told: set[int] = set()
    for m in _OLD_CONGRESS.finditer(sentence):
        if m.group("ord"):
            told.add(int(m.group("ord")))
        else:
            told.add(base - 1)
    if _THEN_TITLE.search(sentence):
        told.add(latest)
    if _FORMER_PRESIDENT.search(sentence) and _PRESIDENT_ACTS.search(sentence):
        told.add(latest)
    for d in _dates(text, a, e):
        if not set_ahead(text, d.start, a):
            c = _congress_of(d)
            if c is not None:
                told.add(c)
    rel = _relative_congress(doc, sentence)
    if rel is not None:
        told.add(rel)
    if not told:
        return None
    if base in told:
        return _NOT_OLDER  # the article's own Congress told (too: which is which is unknown)
    if _PRESENT.search(sentence):
        return _NOT_OLDER  # ("The FAIR Act, which then-Speaker … blocked, is back")
    # (a Congress of no bill of that name is another thing's time: "… rules then-President
    # … issued in 2018")
    fits = {latest if c == base - 1 and c not in rows else c for c in told}
    return fits.pop() if len(fits) == 1 and fits <= rows.keys() else _NOT_OLDER


def _versions(mentions: list[Mention]) -> dict[str, tuple[str, int, dict[int, str]]]:
    """Each bill the article links by a name the table gives bills of two Congresses or
    more (its id → (the name's key, its Congress, the name's bills by Congress)), when
    every use of the name is linked to that one bill."""
    table = bill_numbers()
    by_name: dict[str, set[str | None]] = {}
    for m in mentions:
        if m.kind == "bill" and not m.anaphor and m.name and not BILL.fullmatch(m.text.strip()):
            key = bill_key(m.name)
            if len(table.get(key, {})) > 1:
                by_name.setdefault(key, set()).add(m.authority)
    out: dict[str, tuple[str, int, dict[int, str]]] = {}
    for key, authorities in by_name.items():
        rows = {c: b for c, (b, _d) in table[key].items()}
        if len(authorities) != 1:
            continue
        (current,) = authorities
        if current is None or current not in rows.values():
            continue
        base = int(current.split(":")[1])
        if any(c < base for c in rows):
            out[current] = (key, base, rows)
    return out


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not any(m.kind == "bill" and m.name for m in mentions):
        return mentions
    versions = _versions(mentions)
    if not versions or not doc.sentences:
        return mentions
    text = doc.text
    out = list(mentions)
    breaks = [i for i, c in enumerate(text) if c == "\n"]
    for current, (key, base, rows) in versions.items():
        by_sentence: dict[int, list[int]] = {}
        for i, m in enumerate(out):
            if (
                m.kind == "bill"
                and m.authority == current
                and bill_key(m.name or "") == key  # (a back-reference: its antecedent's name)
                and not BILL.fullmatch(m.text.strip())
            ):
                by_sentence.setdefault(doc.sentence_index(m.start), []).append(i)
        era: int | None = None
        last_para = -1
        for k, (a, e) in enumerate(doc.sentences):
            sentence = text[a:e]
            held = by_sentence.get(k)
            if _BACK.search(sentence):
                era = None
                continue
            if not held:
                continue
            para = bisect.bisect_right(breaks, a)
            told = _older_told(doc, a, e, base, rows)
            if told is not None:
                era = told or None
            elif era is not None and (
                _PRESENT.search(sentence)
                or (
                    para != last_para
                    and not _STILL_PAST.search(sentence)
                    and not _MONTH.search(sentence)
                )
            ):
                era = None
            last_para = para
            if era is None:
                continue
            bill = rows[era]
            why = "told of the older Congress" if told is not None else "the story still of then"
            for i in held:
                m = out[i]
                said = f"the bill of that name in the {era}th Congress ({why})"
                out[i] = m.with_(
                    authority=bill,
                    url=None,
                    evidence=f"{m.evidence}; {said}" if m.anaphor else f"{m.name}: {said}",
                )
    return out


PASS = Pass(name="billversions", emits=("bill",), anchors=(), run=run)
