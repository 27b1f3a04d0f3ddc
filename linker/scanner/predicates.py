"""A law told as what another mention is: "Texas SB 10 is a 2025 law that requires …",
"Title VI is a federal law", "the judge ruled that Proposition 4 is the law on redistricting".

The words after the copula say what the law named just before it is; they are no mention of
their own (the gold of every readable set leaves such predicates out, and a description or a
back-reference found there only repeats, or worse mislinks, the subject). This follow-up
drops a law's description or back-reference ("a …, the … law/act/bill/rule/order …", in
lowercase words) that stands right after "is", "was", "remains" or "became" when a mention
of a law, a case or a rule ends right before that verb. A name there ("… is the Clean Air
Act") is kept.

The same follow-up drops a back-reference set against the very law it would refer to, later
in its own sentence: "That comprehensive legislation … was clearly meant as a substitute for
the 19th century near-total ban", "The new law repealed the 1849 statute": a law that
replaces, repeals or stands in place of a law is another law.
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
    for i, m in enumerate(mentions):
        if m.kind in _PREDICATE_KINDS and _DESCRIBED.match(text, m.start):
            k = bisect.bisect_right(ends, m.start) - 1
            if k >= 0 and m.start - ends[k] <= 10:
                cop = _COPULA.fullmatch(text, ends[k], m.start)
                if cop is not None:
                    continue  # "Texas SB 10 is a 2025 law that requires …": its predicate
        if (
            m.anaphor
            and m.kind in _PREDICATE_KINDS
            and m.authority
            and _set_against(doc, mentions, i)
        ):
            continue  # "That comprehensive legislation … a substitute for the 1849 ban"
        if m.anaphor and m.kind in _PREDICATE_KINDS and _of_a_list(doc, mentions, i):
            continue  # "… more recent laws, including the 20-week ban. That legislation …"
        out.append(m)
    return out


# A law set against another: what replaces, repeals or stands in place of it
_AGAINST = deferred(
    r"\b(?:substitute|replacement|successor)\s+(?:for|to)\b|"
    # (not a course taken instead of another: "a broad ban instead of targeting …")
    r"\b(?:in\s+place|instead)\s+of\b(?!\s+[a-z]+ing\b)|"
    r"\b(?:replac|supersed|repeal)\w*\b"
)


def _set_against(doc: Doc, mentions: list[Mention], i: int) -> bool:
    """Whether the back-reference ``mentions[i]`` stands before a mention of the same law in
    its own sentence, with words that set one law against the other between them."""
    m = mentions[i]
    b = doc.sentence_at(m.start)[1]
    for n in mentions[i + 1 :]:
        if n.start >= b:
            return False
        if n.authority == m.authority and n.kind == m.kind:
            return _AGAINST.search(doc.text, m.end, n.start) is not None
    return False


PASS = Pass(name="predicates", emits=(), anchors=(), run=run)


# A mass noun that may stand for many laws: "That legislation", "this comprehensive legislation"
_MASS_HEAD = deferred(r"(?:legislation|laws)\Z")
# A law named as one of a plural's members: "… by more recent laws and regulations including
# the 20-week ban", "state laws such as the ban"
_MEMBER_OF = deferred(
    r"\b(?:laws|statutes|regulations|measures)\b[^.;:!?]{0,40}?\b(?:including|such\s+as|like)\s+\Z"
)


def _of_a_list(doc: Doc, mentions: list[Mention], i: int) -> bool:
    """Whether the back-reference ``mentions[i]`` ("That comprehensive legislation"), a
    mass noun, follows its law named last as a member of a plural ("more recent laws and
    regulations including the 20-week ban"): it means them all, not that one law
    (twenty-third session)."""
    m = mentions[i]
    if not _MASS_HEAD.search(m.text):
        return False
    last = next(
        (n for n in reversed(mentions[:i]) if n.authority == m.authority and n.kind == m.kind),
        None,
    )
    if last is None:
        return False
    return _MEMBER_OF.search(doc.text, max(0, last.start - 80), last.start) is not None
