"""A law told as what another mention is: "Texas SB 10 is a 2025 law that requires …",
"Title VI is a federal law", "the judge ruled that Proposition 4 is the law on redistricting".

The words after the copula say what the law named just before it is; they are no mention of
their own (the gold of every readable set leaves such predicates out, and a description or a
back-reference found there only repeats, or worse mislinks, the subject). This follow-up
drops a law's description or back-reference ("a …, the … law/act/bill/rule/order …", in
lowercase words) that stands right after "is", "was", "remains" or "became" when a mention
of a law, a case or a rule ends right before that verb. A name there ("… is the Clean Air
Act") is kept.
"""

from __future__ import annotations

import bisect

from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass

# The kinds a predicate is dropped from, and the kinds its subject may be.
_PREDICATE_KINDS = frozenset({"statute", "bill", "regulation", "executive-action"})
_SUBJECT_KINDS = _PREDICATE_KINDS | {"case", "constitution"}
# The copula between the subject's end and the predicate's start
_COPULA = deferred(r"\s+(?:is|was|remains|remained|became|becomes)\s+")
# A described law: a determiner, lowercase words (a year, "federal", "new"), then its head
_DESCRIBED = deferred(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z0-9][\w'’-]*\s+){0,4}?"
    r"(?:law|statute|act|bill|measure|rule|regulation|order|ban|policy|legislation)\b"
)


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    ends = sorted(m.end for m in mentions if m.kind in _SUBJECT_KINDS)
    if not ends:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.kind in _PREDICATE_KINDS and _DESCRIBED.match(text, m.start):
            k = bisect.bisect_right(ends, m.start) - 1
            if k >= 0 and m.start - ends[k] <= 10:
                cop = _COPULA.fullmatch(text, ends[k], m.start)
                if cop is not None:
                    continue  # "Texas SB 10 is a 2025 law that requires …": its predicate
        out.append(m)
    return out


PASS = Pass(name="predicates", emits=(), anchors=(), run=run)
