"""A ruling told with no court, placed by the suit the tables know it was given in (twenty-eighth
session, census42 P10).

"In the spring of 2024, a federal court issued an injunction preventing the Department from
implementing the SAVE plan", "A federal judge temporarily blocked the law in November": news
often tells a trial court's ruling by its kind alone, and names the law or rule it acted on.
``lawsuits.csv`` lists the suits that challenge that law or rule and ``lawsuit_rulings.csv``
when each court ruled. The ruling is placed in a court when

- it has no court, and its sentence tells its time (a year, a season or a month of a year, or
  a month alone: the last such month up to the article's date, any year's in an undated
  story);
- its sentence names a law or rule the article links (else the article links one only), and
  the suits challenging it list rulings in that time by a court of the ruling's level (a
  trial court for "a federal judge", "a district court", "a lower court"; an appeals court
  for "an appeals court");
- those rulings name one court; with several (twin suits decided the same day), the one
  district whose circuit is the only circuit the article names.

The back-references after it that were left without a court ("The ruling"), up to the next
ruling with a court, take it too, and those the rulings pass left unread for want of a court
("Since that ruling …", before the next ruling told; "the federal ruling in the spring of
2024", dated by the same time, further on) are its mentions. Two courts left, or none:
nothing (a wrong court is worse than none).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from .. import courts as C
from ..datafiles import lawsuits, rulings_of
from ..links import courtlistener_search
from ..models import Mention
from ..models import quick_replace as replace
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span

ANCHOR = Anchor(
    "suit_court",
    ("judge", "court", "ruling", "decision", "injunction", "order"),
    0,
    0,
    "word",
    "word",
)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SEASONS = {
    "spring": (3, 6),
    "summer": (6, 9),
    "fall": (9, 12),
    "autumn": (9, 12),
    "winter": (12, 14),  # (December and the first months of the next year)
}
_TIME = deferred(
    rf"\b(?:(?P<season>spring|summer|fall|autumn|winter)\s+of\s+(?P<syear>(?:19|20)\d\d)"
    rf"|(?P<month>{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+(?P<myear>(?:19|20)\d\d))?"
    r"|\bin\s+(?P<year>(?:19|20)\d\d))\b"
)
# the kind of court a ruling told with no court names
_APPEALS_WORDS = deferred(r"\b(?:appeals|appellate|circuit)\b", re.I)
_TRIAL_WORDS = deferred(r"\b(?:judge|district|lower|trial)\b|\bfederal\s+court\b", re.I)
_LAW_KINDS = ("statute", "regulation", "bill", "executive-action")
_BACK_REACH = 1500  # how far after the placed ruling a back-reference may take its court


def _window(m: re.Match[str], today: str | None) -> Callable[[str], bool] | None:
    """A test of the days (ISO) the time ``m`` tells (a month alone, in an undated story: that
    month of any year, as ``statedecisions`` reads "last year's" in one)."""
    span = _span(m, today)
    if span is not None:
        lo, hi = span
        return lambda day: lo <= day <= hi
    if m.group("month") and not m.group("myear") and not today:
        month = f"-{_MONTHS.split('|').index(m.group('month')) + 1:02d}-"
        return lambda day: day[4:8] == month
    return None


def _span(m: re.Match[str], today: str | None) -> tuple[str, str] | None:
    """The days (ISO, inclusive) the time ``m`` tells."""
    if m.group("season"):
        year = int(m.group("syear"))
        a, b = _SEASONS[m.group("season").lower()]
        lo = f"{year}-{a:02d}-01"
        hi = f"{year + (b - 1) // 12}-{(b - 1) % 12 + 1:02d}-31"
        return lo, hi
    if m.group("year"):
        return f"{m.group('year')}-01-01", f"{m.group('year')}-12-31"
    month = _MONTHS.split("|").index(m.group("month")) + 1
    if m.group("myear"):
        year = int(m.group("myear"))
    elif today and today[:4].isdigit():
        year = int(today[:4]) - (1 if month > int(today[5:7] or 0) else 0)
    else:
        return None
    last = calendar.monthrange(year, month)[1]
    return f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}"


def _level_fits(text: str, m: Mention, court: str) -> bool:
    level = C.level_of(court)
    words = m.text
    if _APPEALS_WORDS.search(words):
        return level == C.LEVEL_APPEALS
    if _TRIAL_WORDS.search(words):
        return level == C.LEVEL_DISTRICT
    return False


def _circuit(court: str) -> str | None:
    postal = C.postal_of_court(court)
    state = C.states().get(postal) if postal else None
    return state.circuit if state else None


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not any(m.kind == "ruling" and m.court is None for m in mentions):
        return mentions
    text = doc.text
    laws = [m for m in mentions if m.kind in _LAW_KINDS and m.authority]
    if not laws:
        return mentions
    circuits = {
        m.court
        for m in mentions
        if m.kind == "ruling" and m.court and C.level_of(m.court) == C.LEVEL_APPEALS
    }
    article_ids = {x.authority for x in laws}
    out = list(mentions)
    added: list[Mention] = []
    for i, m in enumerate(out):
        if m.kind != "ruling" or m.court is not None or m.anaphor:
            continue
        s0, s1 = doc.sentence_at(m.start)
        times = list(_TIME.finditer(text, s0, s1))
        if len(times) != 1:
            continue  # (no time, or two: which is the ruling's is not told)
        window = _window(times[0], doc.date)
        if window is None:
            continue
        # (else the one law or rule the article links: its subject, whatever the sentence
        # calls it)
        ids = {x.authority for x in laws if s0 <= x.start < s1} or article_ids
        if len(ids) != 1 and not any(s0 <= x.start < s1 for x in laws):
            continue
        courts: dict[str, str] = {}
        for row in lawsuits():
            if row.generated or ids.isdisjoint(row.challenges):
                continue
            for r in rulings_of(row):
                if window(r.ruled) and _level_fits(text, m, r.court):
                    courts.setdefault(r.court, row.name)
        if len(courts) > 1 and len(circuits) == 1:
            # twin suits decided alike: the district whose appeal the article tells
            courts = {c: n for c, n in courts.items() if _circuit(c) in circuits}
        if len(courts) != 1:
            continue
        ((court, name),) = courts.items()
        out[i] = replace(
            m,
            court=court,
            confidence=max(m.confidence, 0.65),
            evidence=f"court: {C.court_label(court)}; the one ruling of that time in a suit "
            f"against what its sentence names ({name})",
        )
        # the back-references left without a court after it, up to the next placed ruling
        for k in range(i + 1, len(out)):
            o = out[k]
            if o.kind != "ruling":
                continue
            if o.court is not None or o.start - m.end > _BACK_REACH:
                break
            if o.anaphor:
                out[k] = replace(o, court=court)
        added.extend(_back_references(text, out, i, court, name, times[0].group(0)))
    if not added:
        return out
    return sorted([*out, *added], key=by_span)


# "Since that ruling …", "Following the federal ruling in the spring of 2024, …": what the
# rulings pass left unread, its antecedent having had no court then
_BACK_NOUN = deferred(
    r"\b(?P<det>[Tt]hat|[Tt]his|[Tt]he)\s+(?:federal\s+)?(?P<head>ruling|decision|injunction)\b"
)


def _back_references(
    text: str, out: list[Mention], i: int, court: str, name: str, when: str
) -> list[Mention]:
    """The back-references to the ruling ``out[i]`` just placed that no mention holds: "that
    ruling", "this decision", "the injunction" before the next ruling told; after it, only
    one dated by the placed ruling's own time ("the federal ruling in the spring of 2024")."""
    m = out[i]
    stop = min(len(text), m.end + _BACK_REACH)
    nxt = next((o.start for o in out[i + 1 :] if o.kind == "ruling"), stop)
    taken = SpanSet([(o.start, o.end) for o in out])
    same_time = re.compile(r"\s+(?:in|from|of)\s+(?:the\s+)?" + re.escape(when) + r"\b")
    found: list[Mention] = []
    for hit in _BACK_NOUN.finditer(text, m.end, stop):
        s, e = hit.span()
        if taken.overlaps(s, e):
            continue
        dated = same_time.match(text, e)
        if dated is not None:
            e = dated.end()
        elif s > nxt or (hit["det"].lower() == "the" and hit["head"] == "decision"):
            continue  # ("the decision" may be anyone's)
        found.append(
            Mention(
                s,
                e,
                text[s:e],
                "ruling",
                None,
                court=court,
                confidence=0.6,
                anaphor=True,
                url=courtlistener_search(name, court, "r"),
                evidence=f"court: {C.court_label(court)}; refers back to the ruling before it",
                matcher="suitcourts",
            )
        )
        taken.add(s, e)
    return found


PASS = Pass(
    name="suitcourts",
    emits=("ruling",),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
)
