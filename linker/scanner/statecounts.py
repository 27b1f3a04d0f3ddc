"""A state's laws told by their count (twenty-seventh session, census40 P6): "the court struck
down two Norland statutes", "two laws passed by the 2021 legislature". A follow-up pass.

A counted plural of laws ("two", "three", "both") with the state's name before its noun, or
with "passed / enacted by the <year> legislature" after it (the article's state, told by its
text), is the state's laws the article names elsewhere (by number, name, code section or
described), when it names exactly that many laws of that state (of that year, where the
phrase gives one): the first of them named is the link (a mention carries one id). A count
that differs from the laws named, a state no law of which is named, and a phrase that
overlaps a mention stay unlinked.
"""

from __future__ import annotations

from functools import cache

from ..courts import states
from ..datafiles import read_rows
from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span
from .statenames import OUTLET_HOW, state_names, state_of_article

_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
# "two Norland statutes", "two laws enacted by the 2021 legislature"
_COUNTED = deferred(
    r"\b(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth)\s+(?:(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\s+)?(?:state\s+)?(?P<noun>laws|statutes)\b(?!\s+of\b)"
    r"(?P<by>\s+(?:enacted|passed|approved|adopted)\s+by\s+the\s+(?P<year>(?:19|20)\d\d)\s+"
    r"(?:[Ll]egislature|[Ll]egislative\s+session))?"
)


@cache
def _years() -> dict[str, int]:
    """A state law's id → the year ``state_acts.csv`` gives it."""
    return {
        r["authority"]: int(r["year"])
        for r in read_rows("state_acts.csv")
        if r.get("authority") and (r.get("year") or "").isdigit()
    }


def _named_laws(mentions: list[Mention], postal: str) -> list[str]:
    """The ids of the state's laws the article names (not a reference back, not its
    constitution), each once, in the order first named."""
    out: list[str] = []
    for m in mentions:
        a = m.authority
        if (
            m.kind in ("statute", "bill")
            and not m.anaphor
            and a is not None
            and a.startswith(f"state:{postal}:")
            and ":const:" not in a
            and a not in out
        ):
            out.append(a)
    return out


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    if "laws" not in text and "statutes" not in text:
        return mentions
    if not any(m.authority and m.authority.startswith("state:") for m in mentions):
        return mentions
    taken = SpanSet([(m.start, m.end) for m in mentions])
    postals = {s.name: p for p, s in states().items()}
    added: list[Mention] = []
    for c in _COUNTED.finditer(text):
        state = c.group("state")
        if state is not None and state not in state_names():
            continue  # ("two Roman laws", "two Supreme Court statutes")
        if state is None and c.group("by"):
            state, how = state_of_article(text)
            if state is None or how == OUTLET_HOW:
                continue
        if state is None or state not in postals:
            continue
        end = c.end() if c.group("by") else c.end("noun")
        if taken.overlaps(c.start(), end):
            continue
        named = _named_laws(mentions, postals[state].lower())
        if c.group("year"):
            year = int(c.group("year"))
            named = [a for a in named if _years().get(a) == year]
        if len(named) != _COUNTS[c.group("count").lower()]:
            continue
        phrase = text[c.start() : end]
        added.append(
            Mention(
                c.start(),
                end,
                phrase,
                "statute",
                named[0],
                confidence=0.7,
                matcher="statecounts",
                evidence=f"{phrase}: the {len(named)} laws of {state} the article names "
                f"({', '.join(named)}); the first named",
            )
        )
        taken.add(c.start(), end)
    return sorted([*mentions, *added], key=by_span) if added else mentions


PASS = Pass(name="statecounts", emits=("statute",), anchors=(), run=run)
