"""The last check before a ruling is linked: its own words must agree with its court
(issue 13, point 7: a wrong link is worse than none).

The ruling passes resolve a court through the discourse ("the Court of Appeals" after a
district judge's order, "a lower court decision" beside two circuits), and now and then take
the wrong one. Two shapes are wrong whatever the article says, and this follow-up drops them:

- a ruling whose words name one level of court and whose court is of another: "The Court of
  Appeals therefore rejected …" linked to a district court, "the district judge's order"
  linked to a circuit or the Supreme Court;
- "a lower court ruling" linked to a court of appeals in a sentence that names a court of
  appeals as the court above it ("The 8th Circuit overturned a lower court decision"): the
  court below a circuit is never a circuit.

Only the words of the mention and of its sentence are read; a ruling whose court agrees, or
whose words name no level, is left as it is.
"""

from __future__ import annotations

import re

from .. import courts as C
from ..models import Mention
from .doc import Doc
from .registry import Pass
from .rulings.courtrefs import court_phrases

_APPEALS_WORDS = re.compile(
    r"\b(?:Court\s+of\s+Appeals|[Aa]ppeals\s+[Cc]ourt|[Aa]ppellate\s+[Cc]ourt|[Cc]ircuit\s+"
    r"[Cc]ourt\s+of\s+[Aa]ppeals|[Aa]ppeals\s+panel|Circuit)\b"
)
_TRIAL_WORDS = re.compile(
    r"\b(?:[Dd]istrict\s+(?:[Cc]ourt|[Jj]udge)|[Tt]rial\s+(?:[Cc]ourt|[Jj]udge)|[Ll]ower[\s-]+"
    r"[Cc]ourts?|[Mm]agistrate)\b"
)
_LOWER = re.compile(r"\b[Ll]ower[\s-]+[Cc]ourts?\b")


def _level(court: str | None) -> str | None:
    return C.level_of(court) if court else None


def _words_disagree(m: Mention) -> bool:
    """Whether the mention's own words name a level of federal court its court is not of."""
    level = _level(m.court)
    appeals = _APPEALS_WORDS.search(m.text) is not None
    trial = _TRIAL_WORDS.search(m.text) is not None
    if appeals and not trial:
        return level == C.LEVEL_DISTRICT
    if trial and not appeals and "Supreme" not in m.text and "justices" not in m.text:
        return level in (C.LEVEL_APPEALS, C.LEVEL_SUPREME) and not _LOWER.search(m.text)
    return False


def _lower_below_a_circuit(doc: Doc, m: Mention) -> bool:
    """Whether "a lower court ruling" is linked to a circuit while its sentence names a court
    of appeals above it (and no Supreme Court, whose lower court a circuit can be)."""
    if _level(m.court) != C.LEVEL_APPEALS or not _LOWER.search(m.text):
        return False
    s, e = doc.sentence_at(m.start)
    above = False
    for ref in court_phrases(doc):
        if ref.start >= e or ref.end <= s or (m.start <= ref.start < m.end):
            continue
        level = _level(ref.court) or ref.level
        if level == C.LEVEL_SUPREME:
            return False
        if level == C.LEVEL_APPEALS and not ref.lower:
            above = True
    return above


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not any(m.kind == "ruling" and m.court for m in mentions):
        return mentions
    return [
        m
        for m in mentions
        if m.kind != "ruling"
        or not m.court
        or m.authority
        or not (_words_disagree(m) or _lower_below_a_circuit(doc, m))
    ]


PASS = Pass(name="consistency", emits=(), anchors=(), run=run)
