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
from dataclasses import dataclass

from ..ids import congress_for_date
from .doc import Doc
from .lazyre import deferred

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# "January 15, 2025", "Jan. 22, 2025", "March 2025", "Sept. 2024", "in 2025", "during 2021".
# Found from the year back: a four-digit year opens on a digit, so the search skips along the
# text quickly, and only the few years there are look back for their month or preposition.
YEAR = deferred(r"[12][09]\d\d")
BEFORE_YEAR = deferred(
    r"(?:(?<![A-Za-z])(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
    r"July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+"
    r"(?:(?P<day>[0-3]?\d),?\s+)?|(?<![\w])(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?)$"
)


@dataclass(frozen=True, slots=True)
class _Date:
    """A date the text gives: its span, its year, month and day (month 0: a bare year)."""

    start: int
    end: int
    year: int
    month: int
    day: int
    said: str


def _dates(text: str, a: int, e: int) -> list[_Date]:
    out = []
    for y in YEAR.finditer(text, a, e):
        ys, ye = y.span()
        if (ys and text[ys - 1].isalnum()) or (
            ye < len(text) and (text[ye].isalnum() or text[ye] == "-")
        ):
            continue
        if not 1789 <= int(y.group(0)) <= 2099:
            continue
        b = BEFORE_YEAR.search(text, max(a, ys - 22), ys)
        if b is None:
            continue
        month = _MONTHS[b.group("month")[:3].lower()] if b.group("month") else 0
        day = int(b.group("day")) if b.group("day") else 0
        out.append(_Date(b.start(), ye, int(y.group(0)), month, day, text[b.start() : ye]))
    return out


# A step of a bill in Congress.
EVENT = deferred(
    r"(?:re)?introduc(?:ed|es|ing)|unveil(?:ed|s)|filed|sponsor(?:ed|s)|pass(?:ed|es)|"
    r"approv(?:ed|es)|clear(?:ed|s)|adopt(?:ed|s)|vot(?:ed|es)\s+(?:on|for|to)|advanc(?:ed|es)|"
    r"signed|enacted|vetoed"
)
# A relative clause or a second subject between the number and the verb: the verb is another
# law's ("…, which Congress passed in 2010", "a bill that mirrors one the House passed …").
_DETACHED = deferred(r"\b(?:which|that|who|whom|whose|when|while|after|before|like)\b|;")
REACH = 80  # characters between the number and the verb, and between the verb and the date


def _congress_of(d: _Date) -> int | None:
    if not d.month:
        return congress_for_date(f"{d.year}-06-30")
    day = min(max(d.day or 15, 1), 28)
    return congress_for_date(f"{d.year}-{d.month:02d}-{day:02d}")


def _dated_events(
    text: str, a: int, e: int, dates: list[_Date] | None = None
) -> list[tuple[re.Match[str], _Date]]:
    """Pairs of an event verb and a date in ``text[a:e]`` that stand within ``REACH`` of
    each other, with nothing detached between them."""
    dates = _dates(text, a, e) if dates is None else dates
    out: list[tuple[re.Match[str], _Date]] = []
    for d in dates:
        # the verbs within reach of the date only, not the whole sentence
        lo, hi = max(a, d.start - REACH - 14), min(e, d.end + REACH + 14)
        verbs = [v for v in EVENT.finditer(text, lo, hi) if _word_bounds(text, *v.span())]
        for v in verbs:
            gap = text[v.end() : d.start] if v.end() <= d.start else text[d.end : v.start()]
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
            said = said or f"{v.group(0)} … {d.said}"
    if len(found) == 1:
        return next(iter(found)), f"Congress of the bill's own dated step ({said})"
    return None, ""


def article_event_congress(doc: Doc) -> tuple[int | None, str]:
    """The one Congress every dated legislative step of the article falls in (its latest
    date's), or none when they span two Congresses or there are none. Searched once per
    article, only when a bill number is left without a Congress."""
    found = _event_congresses(doc)
    if len(found) == 1:
        c, said = next(iter(found.items()))
        return c, f"Congress of every dated step the article gives ({said})"
    return None, ""


def _event_congresses(doc: Doc) -> dict[int, str]:
    """The Congresses of the article's dated legislative steps, each with the first date
    said for it."""
    text = doc.text
    found: dict[int, str] = {}
    by_sentence: dict[int, list[_Date]] = {}
    for d in _dates(text, 0, len(text)):  # the few dates first, then their sentences' verbs
        by_sentence.setdefault(doc.sentence_index(d.start), []).append(d)
    for k, dates in by_sentence.items():
        a, e = doc.sentences[k] if doc.sentences else (0, len(text))
        for v, d in _dated_events(text, a, e, dates):
            if _DETACHED.search(text, max(a, v.start() - 40), v.start()):
                continue  # "…, which Congress passed in July 2010": another law's step
            c = _congress_of(d)
            if c is not None:
                found.setdefault(c, d.said)
    return found


# Before a date that lies ahead of the story ("takes effect Jan. 1, 2027", "by June 2030",
# "would expire in 2031"): no bound on when it was written.
_AHEAD = deferred(
    r"\b(?:will|would|could|shall|by|until|through|starting|beginning|effective|effect|"
    r"expir\w*|deadline|due|scheduled|set\s+to|planned|plans?|begins?|starts?|before|next)\b"
    r"[^.;,]{0,30}$"
)


def set_ahead(text: str, at: int, lo: int = 0) -> bool:
    """Whether the date at ``at`` is set ahead of the story ("takes effect Jan. 1, 2027"),
    reading no further back than ``lo`` (``_AHEAD``, for another module: a deferred pattern
    is read in its own)."""
    return _AHEAD.search(text, max(lo, at - 40), at) is not None


# A date in a relative clause ("the Dodd-Frank Act, which Congress passed in July 2010"):
# another thing's history, told aside, not the story's own time.
_TOLD_ASIDE = deferred(r"\b(?:which|that|who|whom|whose)\b[^.;,]*$")


# A date in figures, as bylines and datelines print it: "7/14/2024", "2024-07-14"
_NUMERIC_DATE = deferred(
    r"(?<![\w/.-])(?:(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d)|"
    r"(?P<y2>(?:19|20)\d\d)-(?P<m2>1[0-2]|0[1-9])-(?P<d2>3[01]|[12]\d|0[1-9]))(?![\w/.-]|:\d)"
)


def _numeric_dates(text: str) -> list[_Date]:
    out = []
    for n in _NUMERIC_DATE.finditer(text) if "/" in text or "-" in text else ():
        y, mo, d = (n.group("y"), n.group("m"), n.group("d")) if n.group("y") else (
            n.group("y2"), n.group("m2"), n.group("d2"))  # fmt: skip
        out.append(_Date(n.start(), n.end(), int(y), int(mo), int(d), n.group(0)))
    return out


def article_time_congress(doc: Doc) -> tuple[int | None, str]:
    """The Congress of an undated article that dates no step of a bill, from when it was
    written: no earlier than the latest date it gives anywhere ("on July 14, 2024", a
    dateline, a byline's date, "7/14/2024" or "2024-07-14" in figures; bare years "in 2023"
    only when no date has a month and all of them fall in one Congress), narrowed by the
    sitting president and leaders it names (``president_congresses``): the latest date's
    Congress must be one of theirs, and with no date their Congresses must be one.

    A date set ahead ("takes effect Jan. 1, 2027") bounds nothing. When the latest date is
    told aside in a relative clause ("…, which Congress passed in July 2010"), or a bare year
    comes after it, the story's own time is not known: none. None too when the article dates
    a bill's steps in two Congresses (which one a number is, is not known)."""
    if _event_congresses(doc):
        return None, ""  # (one Congress there is ``article_event_congress``'s; two: unknown)
    text = doc.text
    dated: list[_Date] = []
    years: list[_Date] = []
    for d in [*_dates(text, 0, len(text)), *_numeric_dates(text)]:
        if not _AHEAD.search(text, max(0, d.start - 40), d.start):
            (dated if d.month else years).append(d)
    pool = dated or years
    latest = max(pool, key=lambda d: (d.year, d.month, d.day)) if pool else None
    if latest is not None and (
        _TOLD_ASIDE.search(text, max(0, latest.start - 60), latest.start)
        or any(y.year > latest.year for y in years)
        or (not dated and len({_congress_of(d) for d in years}) > 1)
    ):
        return None, ""
    sitting, said = president_congresses(doc)
    if latest is not None:
        c = _congress_of(latest)
        if c is None or (sitting and c not in sitting):
            return None, ""
        why = f"the article's latest date ({latest.said})" + (f", {said}" if sitting else "")
        return c, f"Congress of {why}"
    if len(sitting) == 1:
        return next(iter(sitting)), f"the one Congress of {said}"
    return None, ""


# The Congresses that begin during each term of a president news names by surname: an
# undated story that calls someone "President Biden" (not "former President Biden") was
# written while he was in office. Trump's two terms are both listed: "President Trump" alone
# leaves four Congresses.
PRESIDENT_CONGRESSES: dict[str, frozenset[int]] = {
    "Bush": frozenset({101, 102, 107, 108, 109, 110}),
    "Clinton": frozenset({103, 104, 105, 106}),
    "Obama": frozenset({111, 112, 113, 114}),
    "Trump": frozenset({115, 116, 119, 120}),
    "Biden": frozenset({117, 118}),
}
# "President Biden", "President Joe Biden", "President Donald J. Trump": the surname after at
# most two given names or initials.
_PRESIDENT = deferred(
    r"President\s+(?:[A-Z][a-z]+\.?\s+|[A-Z]\.\s+){0,2}(?P<name>Bush|Clinton|Obama|Trump|Biden)\b"
)
# "former President", "then-President", "ex-President", "the late President": not in office.
_NOT_SITTING = deferred(r"(?:former|then|ex|late|[Ff]ormer|[Tt]hen|[Ee]x|[Ll]ate)[\s-]+$")


def president_congresses(doc: Doc) -> tuple[frozenset[int], str]:
    """The Congresses the article's sitting president served with: every "President X" the
    article prints (none "former") must name the same president, else nothing. Read only
    when a bill named without a number has no other Congress. The Congresses of the leaders
    the article calls by their office ("Senate Majority Leader Chuck Schumer", "Speaker Mike
    Johnson") narrow them, or stand alone when no president is named."""
    text = doc.text
    names: set[str] = set()
    i = text.find("President ")
    while i >= 0:
        m = _PRESIDENT.match(text, i)
        if m and not _NOT_SITTING.search(text, max(0, i - 8), i):
            names.add(m.group("name"))
        i = text.find("President ", i + 10)
    if len(names) > 1:
        return frozenset(), ""
    found = PRESIDENT_CONGRESSES[next(iter(names))] if names else None
    said = [f"President {n} is in office" for n in names]
    for office, name in sorted(_leaders(text)):
        congresses = LEADER_CONGRESSES[(office, name)]
        found = congresses if found is None else found & congresses
        said.append(f"{office} {name}")
    if not found:
        return frozenset(), ""
    return found, ", ".join(said)


# The Congresses in which a leader news calls by office held it (the Senate's majority and
# minority leaders and the House's speakers, majority and minority leaders since 2007, and the
# minority leaders before them who are still named), from the Senate's and the
# House's own lists of their leaders: "Majority Leader Chuck Schumer" was written in the 117th
# or 118th Congress. A leader who held the office for part of a Congress counts for it.
LEADER_CONGRESSES: dict[tuple[str, str], frozenset[int]] = {
    ("Majority Leader", "Reid"): frozenset({110, 111, 112, 113}),
    ("Majority Leader", "McConnell"): frozenset({114, 115, 116, 117}),
    ("Majority Leader", "Schumer"): frozenset({117, 118}),
    ("Majority Leader", "Thune"): frozenset({119}),
    ("Majority Leader", "Hoyer"): frozenset({110, 111, 116, 117}),
    ("Majority Leader", "Cantor"): frozenset({112, 113}),
    ("Majority Leader", "McCarthy"): frozenset({113, 114, 115}),
    ("Majority Leader", "Scalise"): frozenset({118, 119}),
    ("Speaker", "Pelosi"): frozenset({110, 111, 116, 117}),
    ("Speaker", "Boehner"): frozenset({112, 113, 114}),
    ("Speaker", "Ryan"): frozenset({114, 115}),
    ("Speaker", "McCarthy"): frozenset({118}),
    ("Speaker", "Johnson"): frozenset({118, 119}),
    # the minority leaders (fourteenth session), from the same lists
    ("Minority Leader", "McConnell"): frozenset({110, 111, 112, 113, 117, 118}),
    ("Minority Leader", "Reid"): frozenset({109, 114}),
    ("Minority Leader", "Schumer"): frozenset({115, 116, 117, 119}),
    ("Minority Leader", "Boehner"): frozenset({110, 111}),
    ("Minority Leader", "Pelosi"): frozenset({108, 109, 112, 113, 114, 115}),
    ("Minority Leader", "McCarthy"): frozenset({116, 117}),
    ("Minority Leader", "Jeffries"): frozenset({118, 119}),
}
_LEADER_NAMES = "|".join(sorted({n for _o, n in LEADER_CONGRESSES}))
# "Senate Majority Leader Chuck Schumer (D-NY)", "House Speaker Mike Johnson", "Speaker
# Pelosi": the surname after at most two given names or initials
_LEADER = deferred(
    r"(?P<office>(?:Majority|Minority)\s+Leader|Speaker)\s+(?:[A-Z][a-z]+\.?\s+|[A-Z]\.\s+){0,2}"
    rf"(?P<name>{_LEADER_NAMES})\b"
)


_NOT_SITTING_LEADER = deferred(
    r"(?:former|then|ex|[Ff]ormer|[Tt]hen|[Ee]x)[\s-]+(?:(?:Senate|House|U\.S\.)\s+)?$"
)


def _leaders(text: str) -> set[tuple[str, str]]:
    """(office, surname) of each sitting leader the text names by office (not "former",
    "then-")."""
    out: set[tuple[str, str]] = set()
    for word in ("Majority Leader ", "Minority Leader ", "Speaker "):
        i = text.find(word)
        while i >= 0:
            m = _LEADER.match(text, i)
            if m and not _NOT_SITTING_LEADER.search(text, max(0, i - 24), i):
                office = " ".join(m.group("office").split())
                if (office, m.group("name")) in LEADER_CONGRESSES:
                    out.add((office, m.group("name")))
            i = text.find(word, i + len(word))
    return out
