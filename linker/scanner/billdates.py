"""The Congress of a bill number from the dates an undated article gives for the bill's own
events ("S. 96, introduced … on January 15, 2025", "On Jan. 22, 2025, the House passed
H.R. 29"), and, failing that, from the one Congress every dated event of the article falls in.

Bill numbers restart every Congress, and a corpus ``.txt`` has no date, so without this a
number the article never places is left without an id. Only a date tied to a step of a bill
counts: a verb of the legislative process (introduced, passed, signed …) within a short reach
of the number, and the date within a short reach of the verb, with no relative clause
("…, which Congress passed in July 2010") between the number and the verb — that verb is about
something else. The year in a law's name ("the … Act of 2025") and a cited precedent's year
("(2022)") are never dates here: a date is a month with a year, or "in"/"on"/"during" before
a year.
"""

from __future__ import annotations

import re

from ..ids import congress_for_date
from .doc import Doc

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# "January 15, 2025", "Jan. 22, 2025", "March 2025", "Sept. 2024", "in 2025", "on 2025"? no:
# a bare year only after "in"/"during" ("introduced in 2025"). Opens on a literal or a
# capital (no look-behind) so that it is cheap to search a sentence with.
DATE = re.compile(
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+"
    r"(?:(?P<day>[0-3]?\d),?\s+)?(?P<year>(?:19|20)\d\d)(?![\d-])"
    r"|(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?P<bare>(?:19|20)\d\d)(?![\d-])"
)
# A step of a bill in Congress.
EVENT = re.compile(
    r"(?:re)?introduc(?:ed|es|ing)|unveil(?:ed|s)|filed|sponsor(?:ed|s)|pass(?:ed|es)|"
    r"approv(?:ed|es)|clear(?:ed|s)|adopt(?:ed|s)|vot(?:ed|es)\s+(?:on|for|to)|advanc(?:ed|es)|"
    r"signed|enacted|vetoed"
)
# A relative clause or a second subject between the number and the verb: the verb is another
# law's ("…, which Congress passed in 2010", "a bill that mirrors one the House passed …").
_DETACHED = re.compile(r"\b(?:which|that|who|whom|whose|when|while|after|before|like)\b|;")
REACH = 80  # characters between the number and the verb, and between the verb and the date


def _congress_of(m: re.Match[str]) -> int | None:
    if m.group("bare"):
        return congress_for_date(f"{m.group('bare')}-06-30")
    month = _MONTHS[m.group("month").lower()]
    day = int(m.group("day")) if m.group("day") else 15
    return congress_for_date(f"{m.group('year')}-{month:02d}-{min(max(day, 1), 28):02d}")


def _dated_events(text: str, a: int, e: int) -> list[tuple[re.Match[str], re.Match[str]]]:
    """Pairs of an event verb and a date in ``text[a:e]`` that stand within ``REACH`` of
    each other, with nothing detached between them."""
    verbs = [v for v in EVENT.finditer(text, a, e) if _word_bounds(text, v.start(), v.end())]
    if not verbs:
        return []
    dates = list(DATE.finditer(text, a, e))
    out = []
    for d in dates:
        if d.group("bare") is None and not _word_bounds(text, d.start(), d.end()):
            continue
        for v in verbs:
            gap = text[v.end() : d.start()] if v.end() <= d.start() else text[d.end() : v.start()]
            if len(gap) <= REACH and not _DETACHED.search(gap):
                out.append((v, d))
                break
    return out


def _word_bounds(text: str, s: int, e: int) -> bool:
    return (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not text[e].isalnum())


def own_event_congress(doc: Doc, start: int, end: int) -> tuple[int | None, str]:
    """The Congress of the dated steps the bill number's own sentence gives for it: the verb
    within ``REACH`` of the number, nothing detached between them, all dates in one Congress.
    """
    text = doc.text
    a, e = doc.sentence_at(start)
    found: set[int] = set()
    said = ""
    for v, d in _dated_events(text, a, e):
        gap = text[end : v.start()] if end <= v.start() else text[v.end() : start]
        if len(gap) > REACH or _DETACHED.search(gap):
            continue
        c = _congress_of(d)
        if c is not None:
            found.add(c)
            said = said or f"{v.group(0)} … {d.group(0)}"
    if len(found) == 1:
        return next(iter(found)), f"Congress of the bill's own dated step ({said})"
    return None, ""


def article_event_congress(doc: Doc) -> tuple[int | None, str]:
    """The one Congress every dated legislative step of the article falls in (its latest
    date's), or none when they span two Congresses or there are none. Searched once per
    article, only when a bill number is left without a Congress."""
    text = doc.text
    found: dict[int, str] = {}
    for a, e in doc.sentences:
        if EVENT.search(text, a, e) is None:
            continue
        for v, d in _dated_events(text, a, e):
            if _DETACHED.search(text, max(a, v.start() - 40), v.start()):
                continue  # "…, which Congress passed in July 2010": another law's step
            c = _congress_of(d)
            if c is not None:
                found.setdefault(c, d.group(0))
    if len(found) == 1:
        c, said = next(iter(found.items()))
        return c, f"Congress of every dated step the article gives ({said})"
    return None, ""
