"""Which of several suits over one rule a ruling was given in, by the day it was given.

Several rows of ``lawsuits.csv`` often challenge one rule or law (the 2024 overtime rule in two
Texas districts, the 2024 Title IX rule in four states), so "a federal judge in Texas vacated
the overtime rule" fits them all by court and by what it acts on. What tells them apart is
when each court ruled: ``lawsuit_rulings.csv`` lists the known rulings of a suit (day and
court, each with its source). A story's ruling is dated by a date in its own sentence ("On
November 15, 2024, a federal judge …", "on Friday", "last week", read against the article's
date by ``evidence.date_window``), else by the article's date (news tells a ruling within days:
``_DATELINE_DAYS``). The one candidate with a known ruling in that window is the suit; none
when two are, when none is, or when a candidate's rulings are not listed at all (its ruling
might be the one told): a wrong suit is worse than none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from ..datafiles import Lawsuit, rulings_of
from ..evidence import date_window
from .doc import Doc

# How far a date the sentence gives may be from the ruling's day ("on Friday" read against a
# story dated the Monday after, a ruling entered late at night and reported the next day).
_SLACK_DAYS = 3
# How many days before the article's date a ruling told with no date of its own may be.
_DATELINE_DAYS = 6

Window = tuple[dt.date, dt.date]


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def ruling_window(doc: Doc, start: int, end: int) -> Window | None:
    """The days a ruling told at ``doc.text[start:end]`` may have been given: a date of its
    sentence up to the ruling's end (else of the whole sentence), with ``_SLACK_DAYS`` either
    side, or the window a relative time gives ("last week", "last month"); with no time words,
    the ``_DATELINE_DAYS`` before the article's date. None with neither."""
    a, b = doc.sentence_at(start)
    today = _day(doc.date)
    for piece in (doc.text[a : max(end, a)], doc.text[a:b]):
        est, lo, hi = date_window(piece, doc.date)
        if est:
            d = _day(est)
            if d is not None:
                slack = dt.timedelta(days=_SLACK_DAYS)
                return d - slack, d + slack
        if today is not None and lo and hi:
            default = ((today - dt.timedelta(days=14)).isoformat(), today.isoformat())
            if (lo, hi) != default:
                low, high = _day(lo), _day(hi)
                if low and high:
                    return low, high
    if today is None:
        return None
    return today - dt.timedelta(days=_DATELINE_DAYS), today


def ruled_in(row: Lawsuit, window: Window, court: str | None = None) -> bool | None:
    """Whether a known ruling of ``row`` (of ``court``, when given) falls in ``window``; None
    when the table lists none of its rulings."""
    known = rulings_of(row)
    if not known:
        return None
    return any(
        (court is None or r.court == court)
        and (d := _day(r.ruled)) is not None
        and window[0] <= d <= window[1]
        for r in known
    )


def by_ruling_day(
    doc: Doc,
    start: int,
    end: int,
    rows: Iterable[Lawsuit],
    court_of: Callable[[Lawsuit], str | None] | str | None = None,
) -> Lawsuit | None:
    """Of ``rows`` (the suits a ruling at ``doc.text[start:end]`` may be in), the one with a
    known ruling of its court in the ruling's window (the court ``court_of`` gives for the
    row, or names; else the row's own); None when none or several are, or when one of them has
    no known ruling."""
    rows = list(dict.fromkeys(rows))
    if len(rows) < 2:
        return None
    window = ruling_window(doc, start, end)
    if window is None:
        return None
    fits = []
    for row in rows:
        court: str | None
        if court_of is None or isinstance(court_of, str):
            court = court_of or row.court
        else:
            court = court_of(row)
        told = ruled_in(row, window, court)
        if told is None:
            return None  # (a suit whose rulings are unknown may be the one)
        if told:
            fits.append(row)
    return fits[0] if len(fits) == 1 else None
