"""Rules spoken of in general, not one rule (twenty-sixth session, s26-regs): "the status of a
rule, causing the rule to lose …", "used to address regulations issued late in a term. Once
the regulation is disapproved, …". A plain "the rule" after such words is that general rule:
neither a back-reference (``anaphora``) nor the article's one rule (``rulechain``) links it."""

from __future__ import annotations

from ..models import Mention
from .lazyre import deferred
from .sentences import sentence_start

# A rule spoken of in general: "a rule", "a regulation" (any rule, not one named).
_A_RULE = deferred(r"(?<![\w-])[Aa]n?\s+(?P<head>rule|regulation)\b(?![-\w])")


def generic_rule_between(text: str, explicit: list[Mention], a: int, b: int, head: str) -> bool:
    """Whether "a rule" (``head`` after "a") outside every mention of ``explicit`` stands
    between ``a`` and ``b``, in the sentence of ``b`` or the one before it."""
    lo = max(a, sentence_start(text, max(0, sentence_start(text, b) - 2)))
    for hit in _A_RULE.finditer(text, lo, b):
        if hit["head"] == head and not any(m.start <= hit.start() < m.end for m in explicit):
            return True
    return False


# Rules spoken of in general: a bare plural after a verb or a preposition ("used to address
# regulations issued …", "applies to rules that …"), no determiner, possessive or name before.
_BARE_RULES = deferred(
    r"\b(?:address|addresses|addressed|against|to|for|on|overturn|overturns|overturned|"
    r"disapprove|disapproves|disapproved|review|reviews|reviewed|of)\s+(?:rules|regulations)\b"
)


def bare_rules_between(text: str, explicit: list[Mention], a: int, b: int) -> bool:
    """Whether rules in general (``_BARE_RULES``) outside every mention of ``explicit`` are
    spoken of between ``a`` and ``b``, in the sentence of ``b`` or the one before it."""
    lo = max(a, sentence_start(text, max(0, sentence_start(text, b) - 2)))
    for hit in _BARE_RULES.finditer(text, lo, b):
        at = hit.end() - 1
        if not any(m.start <= at < m.end for m in explicit):
            return True
    return False


# (twenty-eighth session, census42 P6) What a statute lets a body do, told in general: "The
# Congressional Review Act enables Congress to review agencies' new rules and enact a
# resolution of disapproval that means the rule has no force": that resolution and that
# rule are any, not the story's.
_LETS_BODY = deferred(
    r"\b(?:enables?|allows?|lets|permits?|authorizes?|empowers?|gives)\s+"
    r"(?:Congress|lawmakers|legislators|the\s+(?:House|Senate|legislature))\s+"
    r"(?:(?:the\s+)?(?:power|authority|right|ability)\s+)?to\b"
)


def tells_what_a_law_lets(text: str, at: int) -> bool:
    """Whether the sentence of ``at``, before it, tells what a law lets a legislature do."""
    return _LETS_BODY.search(text, sentence_start(text, at), at) is not None
