"""Rulings referred back to in articles with several rulings (twenty-fifth session). A
follow-up pass, after the lawsuits pass has placed the article's rulings.

By its state: "the Texas decision is not controlling outside Texas", "The Texas court said
the agency lacked the power" (the phrase ends at its noun), "the Texas judge's order", "the
Louisiana ruling".
The phrase is a back-reference to the ruling the article told before it at a court of that
state (a federal district court of the state, or the state's own court of last resort), when
exactly one such court has a ruling before the phrase; with two (the district court and the
state supreme court, or two districts) it stays unlinked, as it does with none. A state
adjective that opens a longer court name ("the Texas Supreme Court said") is not this shape:
the court finders read those.

By its remedy: "the preliminary injunction" left unplaced (the court of appeals that paused it
is told between) is the injunction a ruling before it introduced ("a federal district judge
granted a preliminary injunction"), when the rulings that introduced one are of one court.

By its level: "The judge's ruling", "the district court's order" left unplaced (a court of
appeals named between, as where an appeal may go) is the trial court's ruling told before it,
when the federal district court rulings before it are all of one court.

Never one ruling: the rulings of several courts told together ("These rulings" after "In
separate rulings, judges …"; two rulings of one court stay that court's) and a court's release
of several opinions or orders at once ("the Court released its opinions in …", "released the
last orders of its term").
"""

from __future__ import annotations

import re
from functools import cache

from .. import courts
from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span
from .state_laws import state_names

# what a court said, held or ruled, right after "the <State> court"
_SAID = (
    r"said|ruled|held|found|concluded|determined|wrote|reasoned|agreed|rejected|"
    r"explained|noted|struck|blocked|vacated|enjoined|set\s+aside"
)
# the phrase may not go on into a caption or a longer court's name ("the Texas decision in
# Ryan v. FTC" is still this shape; "the Texas Supreme Court" never reaches here)
# nor into an infinitive: "the Texas decision to sue" is the state's own choice (s25-dev30)
_NOT_AFTER = deferred(r"\s*(?:of\s+appeals|v\.|vs\.|to\s+[a-z])")


# the courts of the capital, whose rulings news also calls Washington's
_CAPITAL = frozenset({"dcd", "cadc", "dc"})


@cache
def _pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(state_names(), key=len, reverse=True))
    return re.compile(
        rf"\b[Tt]he\s+(?P<state>{names})\s+(?:federal\s+)?"
        rf"(?:(?:decision|ruling|judgment|opinion|injunction)\b"
        rf"|judge['’]s\s+(?:ruling|decision|order)\b"
        rf"|(?:court|judge)(?=\s+(?:(?:also|then|further)\s+)?(?:{_SAID})\b))"
    )


def _state_of(court: str) -> str | None:
    """The state of a federal district court or of a state's court of last resort."""
    return courts.postal_of_court(court) or courts.state_of_high_court(court)


# a remedy referred back to, at the start of an unplaced ruling's phrase
_REMEDY_BACK = deferred(
    r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?P<r>preliminary\s+injunction|temporary\s+restraining\s+"
    r"order|TRO|permanent\s+injunction)\b"
)


@cache
def _introduced(remedy: str) -> re.Pattern[str]:
    """ "granted a preliminary injunction", "issued a sweeping preliminary injunction": the
    remedy introduced by a ruling's own words."""
    words = r"\s+".join(re.escape(w) for w in remedy.split())
    return re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+)?{words}\b", re.IGNORECASE)


# a trial judge's or court's ruling referred back to, the whole of an unplaced ruling's phrase
_TRIAL_BACK = deferred(
    r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:(?:federal|trial|district)\s+)?(?:judge|court)['’]s\s+"
    r"(?:[\w-]+\s+)?(?:ruling|order|decision|opinion|injunction)"
)


def _placed(m: Mention, before: list[Mention], why: str) -> Mention:
    """``m`` given the court of the rulings ``before`` it when they are all of one court (the
    last one's name if ``m`` has none), ``why`` (with ``{court}``) added to its evidence."""
    if len({p.court for p in before}) != 1:
        return m
    ante = before[-1]
    return m.with_(
        court=ante.court,
        name=m.name or ante.name,
        confidence=min(m.confidence, 0.7),
        evidence=f"{m.evidence + '; ' if m.evidence else ''}{why.format(court=ante.court)}",
    )


def _trial_level_placed(mentions: list[Mention]) -> list[Mention]:
    """An unplaced "the judge's ruling" given the court of the trial court rulings before it,
    when those are of one federal district court."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.kind == "ruling"
            and not m.court
            and m.anaphor
            and _TRIAL_BACK.fullmatch(m.text) is not None
            and ("judge" in m.text or "district" in m.text or "trial" in m.text)
        ):
            before = [
                p
                for p in mentions
                if p.kind == "ruling"
                and p.court
                and p.end <= m.start
                and courts.level_of(p.court) == courts.LEVEL_DISTRICT
            ]
            m = _placed(m, before, "the trial court's ruling before it ({court})")
        out.append(m)
    return out


def _remedies_placed(mentions: list[Mention]) -> list[Mention]:
    """An unplaced "the preliminary injunction" given the court of the ruling that granted
    it, when the rulings before it that introduced that remedy are all of one court."""
    out: list[Mention] = []
    for m in mentions:
        hit = _REMEDY_BACK.match(m.text) if m.kind == "ruling" and not m.court else None
        if hit is not None:
            remedy = " ".join(hit.group("r").split())
            intro = _introduced(remedy.lower())
            before = [
                p
                for p in mentions
                if p.kind == "ruling" and p.court and p.end <= m.start and intro.search(p.text)
            ]
            m = _placed(m, before, f"the {remedy} the {{court}} ruling before it granted")
        out.append(m)
    return out


# several rulings told as one phrase: counted, or "these" after "separate rulings"
_PLURAL_BACK = deferred(
    r"(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:court\s+)?(?:rulings|decisions|orders|opinions|injunctions)"
)
# rulings of several courts told together: "In separate rulings, judges …" (two rulings of one
# court, "the two separate rulings" of a judge, stay that court's: tenth session)
_SEPARATE = deferred(
    r"\b(?:separate|several|multiple)\s+(?:rulings|decisions|orders),?\s+(?:federal\s+)?"
    r"(?:judges|courts)\b"
)
_RELEASED_MANY = deferred(
    r"\breleased\s+(?:its|the|their|two|three|several)\s+(?:(?:last|final|remaining|[\w-]+)\s+)?"
    r"(?:opinions|orders|decisions|rulings)\b"
)
# a court's tally over a term (census32 P5: "issued 58 opinions during its 2022-2023 term"):
# a count of two digits, or any count over a term or session, is no one ruling
_TALLY = deferred(
    r"\b(?:issued|released|handed\s+down|delivered|decided)\s+(?:(?:a\s+total\s+of|more\s+than|"
    r"nearly|about|just|only)\s+)?(?:\d{2,}\s+(?:[\w-]+\s+)?(?:opinions|decisions|rulings|cases)\b|"
    r"\d+\s+(?:[\w-]+\s+)?(?:opinions|decisions|rulings|cases)\s+(?:during|over|in|for)\s+"
    r"(?:its|the|this|that|last)\s+(?:[\w-]+\s+){0,2}(?:term|session)\b)"
)


def _several(text: str, m: Mention) -> bool:
    """Whether the ruling ``m`` is several rulings told together (see the module's note)."""
    if _RELEASED_MANY.search(m.text) or _TALLY.search(m.text):
        return True
    if _PLURAL_BACK.fullmatch(m.text) is None:
        return False
    return _SEPARATE.search(text, max(0, m.start - 300), m.start) is not None


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if any(m.kind == "ruling" and _several(doc.text, m) for m in mentions):
        mentions = [m for m in mentions if not (m.kind == "ruling" and _several(doc.text, m))]
    if any(m.kind == "ruling" and not m.court for m in mentions):
        mentions = _trial_level_placed(_remedies_placed(mentions))
    rulings = [m for m in mentions if m.kind == "ruling" and m.court]
    if not rulings:
        return mentions
    text = doc.text
    if not any(n in text for n in ("decision", "ruling", "judgment", "opinion", "injunction",
                                    "court", "judge")):  # fmt: skip
        return mentions
    by_state = courts.state_by_name()
    taken = SpanSet([(m.start, m.end) for m in mentions])
    added: list[Mention] = []
    for hit in _pattern().finditer(text):
        s, e = hit.span()
        if taken.overlaps(s, e) or _NOT_AFTER.match(text, e):
            continue
        state = by_state.get(hit.group("state").lower())
        if state is None:
            continue
        if state.postal == "WA" and any(m.court in _CAPITAL for m in rulings):
            continue  # "the Washington ruling" of a story with a D.C. court's: the capital's
        before = [m for m in rulings if m.end <= s and _state_of(m.court or "") == state.postal]
        if len({m.court for m in before}) != 1:
            continue  # none, or two courts of that state: which one is unsaid
        ante = before[-1]
        added.append(
            Mention(
                s,
                e,
                hit.group(0),
                "ruling",
                ante.authority,
                court=ante.court,
                name=ante.name,
                confidence=min(ante.confidence, 0.7),
                anaphor=True,
                url=ante.url,
                evidence=f"court: {ante.court}; refers back to the ruling of the "
                f"{state.name} court the article told before it",
                matcher="rulingrefs",
            )
        )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


PASS = Pass(name="rulingrefs", emits=("ruling",), anchors=(), run=run, needs_anaphora=True)
