"""What an article says about a ruling it tells, for finding the ruling's record: the parties
and terms of its sentence, the judge of its court, the window of dates it may bear, and a
docket number."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import courts as C
from .models import Mention
from .scanner.sentences import sentences

# ------------------------------------------------------------------------------- evidence


@dataclass(frozen=True)
class Evidence:
    """What the article says about one ruling."""

    court: str | None
    parties: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    judge: str | None = None  # surname
    date: str | None = None  # best estimate of the ruling's date (ISO)
    date_from: str | None = None  # window for the ruling's date
    date_to: str | None = None
    docket_number: str | None = None
    notes: tuple[str, ...] = field(default=())


_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"  # noqa: E501


def _iso(d: dt.date) -> str:
    return d.isoformat()


def date_window(
    sentence: str, article_date: str | None
) -> tuple[str | None, str | None, str | None]:
    """The ruling's likely date and a window ``(estimate, from, to)`` from the words around it.

    "on June 12" → that day (of the article's year, or the year before if that day is later
    than the article); "on Saturday" → the last Saturday on or before the article's date;
    "yesterday"/"today"; "last week"; "in June"/"last month" → that month. With no date words,
    the two weeks before the article. Without an article date only an explicit full date
    ("June 12, 2025") gives anything.
    """
    full = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),\s+(\d{{4}})\b", sentence)
    if full:
        try:
            d = dt.date(int(full.group(3)), _MONTHS[full.group(1).lower()], int(full.group(2)))
            return _iso(d), _iso(d - dt.timedelta(days=1)), _iso(d + dt.timedelta(days=1))
        except ValueError:
            pass
    if not article_date:
        return None, None, None
    try:
        today = dt.date.fromisoformat(article_date[:10])
    except ValueError:
        return None, None, None
    md = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})\b", sentence)
    if md:
        try:
            d = dt.date(today.year, _MONTHS[md.group(1).lower()], int(md.group(2)))
            if d > today:
                d = d.replace(year=today.year - 1)
            return _iso(d), _iso(d - dt.timedelta(days=1)), _iso(d + dt.timedelta(days=1))
        except ValueError:
            pass
    low = sentence.lower()
    wd = re.search(r"\b(?:on\s+|late\s+|early\s+)?(" + "|".join(_WEEKDAYS) + r")\b", low)
    if wd:
        back = (today.weekday() - _WEEKDAYS.index(wd.group(1))) % 7
        d = today - dt.timedelta(days=back)
        return _iso(d), _iso(d - dt.timedelta(days=1)), _iso(d + dt.timedelta(days=1))
    if re.search(r"\byesterday\b", low):
        d = today - dt.timedelta(days=1)
        return _iso(d), _iso(d - dt.timedelta(days=1)), _iso(today)
    if re.search(r"\btoday(?:['’]s)?\b|\bthis morning\b|\bearlier today\b", low):
        return _iso(today), _iso(today - dt.timedelta(days=1)), _iso(today)
    if re.search(r"\blast week\b", low):
        return None, _iso(today - dt.timedelta(days=14)), _iso(today - dt.timedelta(days=3))
    mo = re.search(rf"\b(?:in|on|since)\s+({_MONTH_RE})\b(?!\s+\d)", sentence)
    if mo or re.search(r"\blast month\b", low):
        month = _MONTHS[mo.group(1).lower()] if mo else (today.month - 2) % 12 + 1
        year = today.year if month <= today.month else today.year - 1
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return None, _iso(first), _iso(min(today, nxt - dt.timedelta(days=1)))
    return None, _iso(today - dt.timedelta(days=14)), _iso(today)


_PRESIDENTS = ("Trump", "Biden", "Obama")
_STOP = frozenset(
    """the a an and or of to in on at by for with from as that this is was were be been has
    have had it its his her their they he she not no but if than so into over under about
    after before against judge federal court ruling order decision said says wrote also
    would could will may might can which who what when where while temporarily district
    saying descriptions there false president administration’s administration's bid trump’s
    trump's blocked blocks halted ruled struck upheld granted denied""".split()  # noqa: SIM905
)


def _sentences_around(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The span of the sentences that hold ``[start, end)``, and of the sentence after them
    (empty at the end of the text), by the project's one sentence splitter."""
    spans = sentences(text)
    starts = [a for a, _ in spans]
    i = max(0, bisect.bisect_right(starts, start) - 1)
    j = max(i, bisect.bisect_right(starts, max(start, end - 1)) - 1)
    here = (spans[i][0], spans[j][1]) if spans else (0, len(text))
    after = spans[j + 1] if j + 1 < len(spans) else (len(text), len(text))
    return here, after


@lru_cache(maxsize=4)
def _judges_by_court(text: str) -> dict[str, str]:
    """The first judge the article names for each court: found once per article, not once per
    ruling (every ruling of an article asks)."""
    from .scanner.rulings import court_phrases

    out: dict[str, str] = {}
    for ref in court_phrases(text):
        if ref.judge and ref.court:
            out.setdefault(ref.court, ref.judge)
    return out


@lru_cache(maxsize=4)
def _docket_number(text: str) -> str | None:
    """The first federal docket number the article prints ("1:25-cv-01234" → 25-cv-01234)."""
    dn = re.search(r"\b(?:\d:)?(\d{2})-(cv|cr|mc)-(\d{3,5})\b", text)
    return f"{dn.group(1)}-{dn.group(2)}-{dn.group(3)}" if dn else None


@lru_cache(maxsize=1)
def _place_automaton() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in C.place_names():
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


def _places_in(near: str) -> set[str]:
    """Every place name that stands as a whole word in ``near``, nested ones included
    ("Virginia" in "West Virginia"), in one pass."""
    out = set()
    for last, name in _place_automaton().iter(near):
        start = last - len(name) + 1
        before = near[start - 1] if start > 0 else " "
        after = near[last + 1] if last + 1 < len(near) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            out.add(name)
    return out


def build_evidence(mention: Mention, text: str, article_date: str | None) -> Evidence:
    """Parties, terms, judge, date window and docket number for ``mention`` from its article.

    Parties are states and cities (from linker's court data) and presidents named in the
    mention's sentence and the one after it, and "the city of X"/"X County" phrases; terms are
    the sentence's content words; the judge is a titled judge of the same court named anywhere
    in the article.
    """
    (a, b), (a2, b2) = _sentences_around(text, mention.start, mention.end)
    sent = text[a:b]
    after = text[a2:b2]
    near = sent + " " + after if len(after) < 400 else sent
    parties: list[str] = []
    present = _places_in(near)
    for name in C.place_names():
        if len(name) > 3 and name in present and not any(name in p for p in parties):
            parties.append(name)
    for p in _PRESIDENTS:
        if re.search(rf"\b{p}\b", near):
            parties.append(p)
    for m in re.finditer(r"\b(?:[Cc]ity|[Ss]tate) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", near):
        if m.group(1) not in parties:
            parties.append(m.group(1))
    words = re.findall(r"[A-Za-z][A-Za-z’'-]{3,}", text[mention.start : b])
    terms: list[str] = []
    for w in words:
        lw = w.lower()
        if lw in _STOP or w in parties or lw in (t.lower() for t in terms):
            continue
        terms.append(w)
    judge = _judges_by_court(text).get(mention.court) if mention.court else None
    est, lo, hi = date_window(sent, article_date)
    docket = _docket_number(text)
    return Evidence(
        court=mention.court,
        parties=tuple(parties[:6]),
        terms=tuple(terms[:8]),
        judge=judge,
        date=est,
        date_from=lo,
        date_to=hi,
        docket_number=docket,
    )
