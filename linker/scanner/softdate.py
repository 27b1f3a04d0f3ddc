"""A soft date for an article that has none: the latest "now" its own text makes plausible.

Most pages reach linker without a date the loader can read. A story is written after the
events it tells in the past tense, so the newest of them bounds when it was written from
below: "On March 3, 2025, the agency finalized …", "in April 2025", "In 2025, the
legislature …". That bound is the soft date. It is never the article's date (``Doc.date``
stays None, and so do the passes that count days from it); only a few choices that would
otherwise fall back to the newest row of a table, or to nothing, ask it (which version of a
rule an undated article means; see ``namedrules._choose``), and they say so in their
evidence ("inferred date").

What counts: a full date, a month with its year, a year after "in"/"during" (the
``billdates`` date shapes) and a date in figures ("7/14/2025", "2025-07-14"); never a date set
ahead of the story ("takes effect Jan. 1, 2027", "the rule will apply in 2028"), never one
later than the real today (a typo, a plan), never the year in a law's name ("the … Act of
1964") or a precedent's "(2022)", which the date shapes do not read. A month or a bare year
counts as its last day: the story was written no earlier than the period it tells.
"""

from __future__ import annotations

import calendar
import datetime as dt

from .billdates import _dates, _numeric_dates
from .doc import Doc
from .lazyre import deferred

# Before a date that lies ahead of the story ("takes effect Jan. 1, 2027", "by June 2030",
# "would expire in 2031"): no bound on when it was written (``billdates``' words, kept here:
# a deferred pattern is never imported from another module)
_AHEAD = deferred(
    r"\b(?:will|would|could|shall|by|until|through|starting|beginning|effective|effect|"
    r"expir\w*|deadline|due|scheduled|set\s+to|planned|plans?|begins?|starts?|before|next)\b"
    r"[^.;,]{0,30}$"
)
# A date a plan or a forecast holds, told by the verb after it: "In 2030, the standard will
# tighten", "by March 2027 the agency is expected to …"
_AHEAD_AFTER = deferred(
    r"[^.;!?]{0,40}?\b(?:will|would|shall|is\s+(?:set|expected|scheduled|due)|are\s+"
    r"(?:set|expected|scheduled|due)|is\s+slated|are\s+slated)\b"
)


def _today() -> dt.date:
    return dt.date.today()


def _last_day(year: int, month: int, day: int) -> dt.date | None:
    """The last day of the period a date names: the day itself, its month's last day, or
    Dec. 31 of a bare year; for a day no calendar has ("February 29, 2025", a typo) its
    month's last day, the month and year still told; None for no month a calendar has."""
    try:
        if not month:
            return dt.date(year, 12, 31)
        last = calendar.monthrange(year, month)[1]
        if not day or day > last:
            return dt.date(year, month, last)
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer(text: str, today: dt.date | None = None) -> tuple[str, str] | None:
    """(the soft date as ISO, the words that gave it) for ``text``; None when it gives no
    past date. Never later than ``today`` (the real today by default)."""
    now = today or _today()
    best: tuple[dt.date, str] | None = None
    for d in [*_dates(text, 0, len(text)), *_numeric_dates(text)]:
        if _AHEAD.search(text, max(0, d.start - 40), d.start):
            continue
        if _AHEAD_AFTER.match(text, d.end):
            continue
        day = _last_day(d.year, d.month, d.day)
        if day is None or d.year < 1900:
            continue
        if dt.date(d.year, d.month or 1, min(d.day or 1, day.day)) > now:
            continue  # a date still to come: a plan, a deadline, a typo
        day = min(day, now)
        if best is None or day > best[0]:
            best = (day, d.said)
    return (best[0].isoformat(), best[1]) if best else None


# "this year" in a sentence that names the year: "This year, 2025, has seen …", "the 2025
# session this year", "in March of this year (2025)"
_THIS_YEAR = deferred(r"\b[Tt]his\s+year\b")
_SENTENCE_END = deferred(r"[.!?](?:\s|$)")
# a year that is no law's title year ("the … Act of 2025") nor a precedent's "(2022)"
_PLAIN_YEAR = deferred(r"(?<![\d(])(?<!\bof\s)((?:19|20)\d\d)(?![\d)])")


def this_year(text: str, today: dt.date | None = None) -> int | None:
    """The year an article calls "this year", when a sentence saying "this year" names one
    year and no other (never a year after today's): an anchor of when it was written."""
    now = today or _today()
    said: set[int] = set()
    for m in _THIS_YEAR.finditer(text):
        ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 300), m.start())]
        a = ends[-1] if ends else max(0, m.start() - 300)
        stop = _SENTENCE_END.search(text, m.end(), m.end() + 300)
        b = stop.start() if stop else min(len(text), m.end() + 300)
        years = {int(y) for y in _PLAIN_YEAR.findall(text, a, b)}
        if len(years) == 1 and (year := years.pop()) <= now.year:
            said.add(year)
    return said.pop() if len(said) == 1 else None


def soft_date(doc: Doc) -> tuple[str, str] | None:
    """``infer`` for an article with no date (None for one that has a date), read once an
    article."""
    if doc.date:
        return None
    return doc.memo("softdate", lambda: infer(doc.text))


# How long after the newest date it tells a story may still have been written: a page of
# 2025 that tells only of "the April 2024 final rule" (and of "last year") is common; two
# years is far more than most stories leave untold
SLACK = dt.timedelta(days=730)


def or_soft(doc: Doc) -> str | None:
    """The article's date, else its soft date with ``SLACK`` (never past today): the latest
    day the story can plausibly have been written."""
    if doc.date:
        return doc.date
    return doc.memo("softdate-bound", lambda: bound(soft_date(doc), this_year(doc.text)))


def bound(soft: tuple[str, str] | None, anchor: int | None) -> str | None:
    """The latest plausible day of writing: the soft date plus ``SLACK``, never past the end
    of the year the article calls "this year" (``anchor``, when no date it tells is later)
    nor past today."""
    now = _today()
    if anchor is not None:
        end = dt.date(anchor, 12, 31)
        if soft is None or dt.date.fromisoformat(soft[0]) <= end:
            late = dt.date.fromisoformat(soft[0]) + SLACK if soft else end
            return min(late, end, now).isoformat()
    if soft is None:
        return None
    return min(dt.date.fromisoformat(soft[0]) + SLACK, now).isoformat()


def said(doc: Doc) -> str:
    """The words the bound of an undated article came from, for a mention's evidence."""
    soft = soft_date(doc)
    if soft is not None:
        return soft[1]
    anchor = this_year(doc.text)
    return f"this year ({anchor})" if anchor is not None else ""
