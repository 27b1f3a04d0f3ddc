"""Due process and equal protection told by the rights they give, in a federal court's ruling
on a state's law: "Judge X ruled that the ban violated the due process and equal protection
rights of …" (twenty-sixth session, census30 P10).

The clauses pass links "equal protection rights" only after the U.S. Constitution is named:
states' constitutions give such rights too. A federal court that holds a state's law violates
them has one home for them, though: a federal court reads the U.S. Constitution, and what binds
a state there is the Fourteenth Amendment, § 1 (the Due Process and Equal Protection Clauses).
The Fifth Amendment's due process (and the equal protection read into it) binds the federal
government instead, so a federal law, order or rule in the sentence leaves the words unlinked.

This follow-up links the rights' words (both clauses coordinated, "due process and equal
protection rights", or "equal protection" alone, "equal protection guarantees") to
``const:amendment:14:section:1`` (the clauses table's form) where their sentence also holds

- a ruling by a federal court (the Supreme Court, a court of appeals, a district court), and
- before the words, a mention of a state's own law (a ``state:`` statute id, not a state
  constitution's article), and no federal statute, order, rule or bill;

and no state constitution is named in the sentence or just before it ("… under the state
constitution's equal protection guarantee"), nor an amendment right after the words ("… of the
14th Amendment": that amendment is the mention).
"""

from __future__ import annotations

import re

from .. import courts as C
from .. import ids
from ..models import Mention
from . import constitution
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

ANCHOR = Anchor("rightsclauses", ("equal protection", "Equal Protection"), 0, 0, "word", "word")
# the rights' words: both clauses coordinated (either order), or equal protection alone, then
# what they give ("rights", "guarantees", "protections")
_RIGHTS = deferred(
    r"(?<![\w-])(?:(?:due\s+process|equal\s+protection)(?:\s+clause)?,?\s+(?:and|or)\s+"
    r"(?:the\s+)?(?:due\s+process|equal\s+protection)|equal\s+protection)"
    r"\s+(?:rights|guarantees?|protections)\b",
    re.IGNORECASE,
)
# "… of the 14th Amendment", "… under the U.S. Constitution": the words after them say whose
_OWNER_AFTER = deferred(
    r"\s+(?:of|under|in)\s+(?:the\s+)?(?:[\w.’']+\s+){0,3}?(?:Amendment|[Cc]onstitution)\b"
)
# a state's constitution named near them: "the state constitution", "Ohio's Constitution" (the
# clauses pass's spelling), "the Constitution of Ohio"
_STATE_CONSTITUTION_OF = deferred(r"\b[Cc]onstitution\s+of\s+(?:the\s+[Ss]tate|[A-Z][a-z]+)\b")
# how far before the words a state constitution named counts
_REACH = 300
_FEDERAL_LAW_KINDS = frozenset({"executive-action", "regulation", "bill"})
_FEDERAL_LAW_HEADS = ("usc:", "publ:", "stat:", "eo:", "proc:", "fr:", "cfr:", "bill:")
_LEVELS = frozenset({C.LEVEL_SUPREME, C.LEVEL_APPEALS, C.LEVEL_DISTRICT})
_NAME = "Due Process and Equal Protection Clauses (Fourteenth Amendment)"
_EVIDENCE = (
    "a federal court's ruling that a state's law violated these rights: the Fourteenth "
    "Amendment's (§ 1) binds the states"
)


def _federal_law(m: Mention) -> bool:
    a = m.authority or ""
    if a.startswith(_FEDERAL_LAW_HEADS):
        return True
    return m.kind in _FEDERAL_LAW_KINDS and not a.startswith("state:")


def _state_law(m: Mention) -> bool:
    a = m.authority or ""
    return m.kind == "statute" and a.startswith("state:") and ":const:" not in a


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    added: list[Mention] = []
    seen: set[int] = set()
    for h, _e in doc.hits("rightsclauses"):
        s0, e0 = doc.sentence_at(h)
        if s0 in seen:
            continue
        seen.add(s0)
        for r in _RIGHTS.finditer(text, s0, e0):
            a, b = r.span()
            if any(m.start < b and a < m.end for m in mentions):
                continue  # (the clauses pass's own, or another's)
            if _OWNER_AFTER.match(text, b):
                continue  # "… of the 14th Amendment", "… under the state constitution"
            lo = max(0, min(s0, a - _REACH))
            near = constitution.STATE_CONSTITUTION_NEAR.search(text, lo, e0)
            if near or _STATE_CONSTITUTION_OF.search(text, lo, e0):
                continue  # a state constitution's rights
            inside = [m for m in mentions if s0 <= m.start < e0]
            if any(_federal_law(m) for m in inside):
                continue  # a federal law's: the Fifth Amendment's, or no constitution's
            if not any(_state_law(m) and m.start < a for m in inside):
                continue
            if not any(
                m.kind == "ruling" and m.court and C.level_of(m.court) in _LEVELS for m in inside
            ):
                continue
            added.append(
                Mention(
                    a,
                    b,
                    text[a:b],
                    "constitution",
                    ids.amendment(14, 1),
                    name=_NAME,
                    confidence=0.75,
                    evidence=_EVIDENCE,
                    matcher="constitution",
                )
            )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


PASS = Pass(name="rightsclauses", emits=("constitution",), anchors=(ANCHOR,), run=run, gated=True)
