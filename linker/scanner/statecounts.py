"""A state's laws told by their count (twenty-seventh session, census40 P6): "the court struck
down two Norland statutes", "two laws passed by the 2021 legislature". A follow-up pass.

A counted plural of laws ("two", "three", "both") with the state's name before its noun, or
with "passed / enacted by the <year> legislature" after it (the article's state, told by its
text), is the state's laws the article names elsewhere (by number, name, code section or
described), when it names exactly that many laws of that state (of that year, where the
phrase gives one): the first of them named is the link (a mention carries one id). Failing
that, the one known suit the article names by its caption (``lawsuits.csv``), when it
challenges exactly that many laws of the state (of that year): the first it lists. A count
that differs from the laws named and the suit's, and a phrase that overlaps a mention, stay
unlinked.
"""

from __future__ import annotations

from functools import cache

from ..courts import states
from ..datafiles import _SESSION_BILL, Lawsuit, _caption_words, lawsuits
from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span
from .statenames import OUTLET_HOW, state_names, state_of_article
from .staterefs import enacted_years

_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
# "two Norland statutes", "two laws enacted by the 2021 legislature"
_COUNTED = deferred(
    r"\b(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth)\s+(?:(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\s+)?(?:state\s+)?(?P<noun>laws|statutes)\b(?!\s+of\b)"
    r"(?P<by>\s+(?:enacted|passed|approved|adopted)\s+by\s+the\s+(?P<year>(?:19|20)\d\d)\s+"
    r"(?:[Ll]egislature|[Ll]egislative\s+session))?"
)


def _of_year(ids: list[str], year: int | None) -> list[str]:
    """``ids``, only those of ``year`` (as ``state_acts.csv`` dates them) when one is given."""
    return ids if year is None else [a for a in ids if enacted_years().get(a) == year]


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


def _caption(name: str) -> str:
    """A caption compared with a suit's: "Doe v. State of Norland" is "Doe v. Norland"."""
    return " ".join(w for w in _caption_words(name).split() if w != "state")


@cache
def _suits_by_caption() -> dict[str, tuple[Lawsuit, ...]]:
    """The hand-checked suits that challenge a state's law, by each caption they carried."""
    out: dict[str, list[Lawsuit]] = {}
    for suit in lawsuits():
        if suit.generated or not any(c.startswith("state:") for c in suit.challenges):
            continue
        for name in (suit.name, *suit.reviewed_as):
            out.setdefault(_caption(name), []).append(suit)
    return {k: tuple(v) for k, v in out.items()}


def _challenged(mentions: list[Mention], postal: str) -> list[str]:
    """The state's laws the one known suit the article names by its caption challenges (as
    its row lists them, not the session-less forms read beside them), or none."""
    suits = {
        id(suit): suit
        for m in mentions
        if m.kind == "case" and " v. " in m.text
        for suit in _suits_by_caption().get(_caption(m.text), ())
    }
    if len(suits) != 1:
        return []
    (suit,) = suits.values()
    derived = {
        f"{b.group(1)}{b.group(2)}" for c in suit.challenges if (b := _SESSION_BILL.fullmatch(c))
    }
    return [
        c
        for c in suit.challenges
        if c.startswith(f"state:{postal}:") and ":const:" not in c and c not in derived
    ]


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    if "laws" not in text and "statutes" not in text:
        return mentions
    if not any(m.kind == "case" or (m.authority or "").startswith("state:") for m in mentions):
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
        count = _COUNTS[c.group("count").lower()]
        year = int(c.group("year")) if c.group("year") else None
        how = "the article names"
        named = _of_year(_named_laws(mentions, postals[state].lower()), year)
        if len(named) != count:
            how = "the suit the article names challenges"
            named = _of_year(_challenged(mentions, postals[state].lower()), year)
        if len(named) != count:
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
                evidence=f"{phrase}: the {count} laws of {state} {how} "
                f"({', '.join(named)}); the first",
            )
        )
        taken.add(c.start(), end)
    return sorted([*mentions, *added], key=by_span) if added else mentions


PASS = Pass(name="statecounts", emits=("statute",), anchors=(), run=run)
