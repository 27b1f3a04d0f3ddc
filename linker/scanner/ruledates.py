"""When an article says a rule was made: "The Labor Department last month finalized a rule …",
"a final rule in December repealing …", "a rule finalized by the bureau in May 2024" (a part
of the ``regulations`` pass, for ``agencyrules``).

A time told with an agency's action is a window of Federal Register printing dates: a month
is that month and the two after it (a rule announced is printed days or weeks later), a year
that year and the January after it, "on Tuesday", "this week" or "last week" the month around
the article's date. Months and relative words are read against the article's date ("in May"
in a June 2026 story is May 2026, in a March 2026 story May 2025); without a date only a
stated year counts. A row whose printing date (else year) falls outside the window is not
the rule the article tells of.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lazyre import deferred
from .orderdata import Rule

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)"
)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# One time phrase: "in May", "on Dec. 4", "in April 2024", "in 2024", "last month", "on
# Tuesday", "earlier this year"
# (a sentence may open on the time: "Last month, OSHA finalized …", "In April, the FTC …")
_TIME = (
    rf"(?:(?:[Ii]n|[Dd]uring)\s+(?:early|late|mid-?)?\s*(?P<month>{MONTH})(?:\s+[1-3]?\d(?!\d))?"
    r"(?:,?\s+(?P<myear>(?:19|20)\d\d))?"
    rf"|[Oo]n\s+(?P<month2>{MONTH})\s+[1-3]?\d(?!\d)(?:,?\s+(?P<myear2>(?:19|20)\d\d))?"
    # (a year opening a sentence is not read: "In 2022, the DOL issued regulations …" is
    # loose with the date, a rule printed in November 2021 and in effect in 2022)
    r"|in\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<rel>[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ate\s+last|[Ee]arly\s+last)\s+"
    r"(?P<unit>week|month|year)"
    r"|(?P<srel>[Ll]ast|[Tt]his|[Ee]arlier\s+this)\s+(?P<season>spring|summer|fall|autumn|winter)"
    rf"|[Oo]n\s+(?P<weekday>{WEEKDAY})|(?P<day>[Yy]esterday|[Tt]oday))(?![\w-])"
)
TIME = deferred(_TIME)
# A time right after a rule word, before what the rule does: "a final rule in December
# repealing …", "a rule last month that rescinds …", "a rule finalized last month that …",
# "the agency's rule, issued in May, …" (its comma too: "a rule, in May, …")
TIME_AFTER = deferred(
    r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?"
    r"(?:(?:finalized|finalised|issued|adopted|published|announced|unveiled|released)\s+)?"
    rf"{_TIME},?"
)

Window = tuple[date, date]


def _iso(d: str | None) -> date | None:
    if not d:
        return None
    try:
        return date.fromisoformat(d[:10])
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y`` (``m`` may run past 12)."""
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return nxt - timedelta(days=1)


def _month_window(y: int, m: int) -> Window:
    return date(y, m, 1), _month_end(y, m + 2)


def _year_window(y: int) -> Window:
    return date(y, 1, 1), date(y + 1, 1, 31)


# a season's first month (winter's is the December before its year's January)
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _season_window(season: str, last: bool, today: date) -> Window:
    """ "last spring", "this summer": the season's three months and the two after them; "last"
    is the latest one ended before the article's month ("last spring" in December 2025 or
    in April 2026 is March–May 2025), "this" the one of the article's year."""
    first = _SEASONS[season]
    y = today.year - 1 if first == 12 else today.year  # (this winter: the one begun last Dec.)
    if last:
        # the season ended before the article's month: its last month is before it
        while (y + (first + 2 - 1) // 12, (first + 2 - 1) % 12 + 1) >= (today.year, today.month):
            y -= 1
    return date(y, first, 1), _month_end(y, first + 4)


def window(t: re.Match[str], written: str | None) -> Window | None:
    """The printing dates a ``TIME`` match tells of, read against the article's date."""
    today = _iso(written)
    name = t.group("month") or t.group("month2")
    if name:
        m = _MONTHS[name[:3].lower()]
        said = t.group("myear") or t.group("myear2")
        if said:
            return _month_window(int(said), m)
        if today is None:
            return None
        y = today.year if m <= today.month else today.year - 1
        return _month_window(y, m)
    if t.group("year"):
        return _year_window(int(t.group("year")))
    if today is None:
        return None
    if t.group("season"):
        return _season_window(t.group("season"), "last" in t.group("srel").lower(), today)
    if t.group("unit"):
        unit, last = t.group("unit"), "last" in t.group("rel").lower()
        if unit == "year":
            return _year_window(today.year - 1 if last else today.year)
        if unit == "month":
            y, m = (today.year, today.month - 1) if last else (today.year, today.month)
            if m == 0:
                y, m = y - 1, 12
            return _month_window(y, m)
    # a weekday, "this week", "last week", "yesterday": around the article's date
    return today - timedelta(days=30), today + timedelta(days=90)


def told(text: str, a: int, b: int, written: str | None) -> Window | None:
    """The window of the last time phrase in ``text[a:b]``, if one stands there."""
    found = list(TIME.finditer(text, a, b))
    return window(found[-1], written) if found else None


def in_window(rule: Rule, w: Window) -> bool:
    """Whether the row was printed within ``w`` (by its printing date, else its year)."""
    printed = _iso(rule.published)
    if printed is not None:
        return w[0] <= printed <= w[1]
    if rule.year is not None:
        return w[0].year <= rule.year <= w[1].year
    return True


def of_window(cands: list[Rule], w: Window | None) -> list[Rule]:
    """``cands`` printed within ``w`` (all of them without a window)."""
    if w is None:
        return cands
    return [r for r in cands if in_window(r, w)]


# The verb of an agency's making a rule, right before the rule's words ("finalized a rule
# banning …", "issued its 2024 rule on …"): the time told with it dates the rule.
MADE = deferred(
    r"\b(?:finalized|finalised|issued|adopted|published|announced|unveiled|released|"
    r"promulgated|approved|finalizes|issues|adopts|publishes)\s+"
    r"(?:(?:an?|its|the|new)\s+)?(?:(?:new|final|interim\s+final)\s+)?$"
)


# A rule made, then what it does to the rule's subject named after it ("The EPA finalized a
# rule this week tightening soot standards", "issued new regulations that strengthen the
# walkaround rule"): the name is the rule's subject, and the time told with the making dates
# the rule named (nineteenth session). Only verbs that set a standard, never one that undoes
# or names another ("repealing the 2024 soot standards" is the old rule, rightly older).
MADE_SETTING = deferred(
    r"\b(?:finalized|finalised|issued|adopted|published|announced|unveiled|released|"
    r"promulgated|proposed)\s+(?:an?|its|the|new)\s+(?:(?:new|final|proposed)\s+)?"
    r"(?:rule|regulation)s?\b(?P<mid>[^.;:!?]{0,60}?)\s+(?:(?:that|which)\s+)?"
    r"(?:(?:would|will)\s+)?(?:tighten|strengthen|toughen|set|establish|impose)(?:s|ed|ing)?\s+"
    r"(?:(?:the|new|stricter|tougher|federal|national)\s+)*$"
)


def made_when(
    text: str, start: int, end: int, sentence_start: int, written: str | None
) -> Window | None:
    """When a rule named at ``text[start:end]`` was made, as its sentence tells it: the rule
    introduced by a verb of making ("The FTC in January 2021 finalized a rule banning …")
    with a time between the subject and the verb or right after the rule's words; else
    None (a time elsewhere in the sentence may be a court's, a law's, a lawsuit's)."""
    verb = MADE.search(text, max(sentence_start, start - 40), start)
    if verb is None:
        setting = MADE_SETTING.search(text, max(sentence_start, start - 140), start)
        if setting is None:
            return None
        # the time before the verb, or between the rule word and what it does
        w = told(text, max(sentence_start, setting.start() - 60), setting.start(), written)
        return w or told(text, setting.start("mid"), setting.end("mid"), written)
    w = told(text, max(sentence_start, verb.start() - 60), verb.start(), written)
    if w is None:
        after = TIME_AFTER.match(text, end)
        w = window(after, written) if after is not None else None
    return w
