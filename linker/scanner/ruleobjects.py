"""The rule a court acted on, told by a description at the end of the ruling's clause: "A
federal appeals court has blocked a major consumer protection measure", "the judge struck down
a key worker-safety standard". A follow-up pass.

The rulings pass reads the whole clause as the ruling, so the description is inside its span.
Where the article names exactly one agency rule (every ``regulation`` mention it has, named or
referring back, links one ``fr:`` id) and no executive order, the description is that rule:
the ruling ends before it and the description becomes a mention of the rule. With two rules,
or an order the court might have acted on, the clause stays whole.
"""

from __future__ import annotations

from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass

# the ruling's verb and its object, at the end of the clause
_OBJECT = deferred(
    r"\b(?:blocked|blocks|block|struck\s+down|strikes\s+down|strike\s+down|vacated|vacates|"
    r"vacate|halted|halts|halt|invalidated|invalidates|set\s+aside|paused|pauses|upheld|"
    r"upholds|uphold)\s+(?P<obj>(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:measure|rule|regulation|standard|safeguard))(?P<tail>\s+(?:on\s+)?(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))?$"
)


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    regs = {m.authority for m in mentions if m.kind == "regulation"}
    if len(regs) != 1 or None in regs:
        return mentions
    if any(m.kind == "executive-action" for m in mentions):
        return mentions
    (authority,) = regs
    named = next(m for m in mentions if m.kind == "regulation")
    text = doc.text
    out: list[Mention] = []
    changed = False
    for m in mentions:
        if m.kind != "ruling":
            out.append(m)
            continue
        hit = _OBJECT.search(m.text)
        if hit is None or hit.start() == 0:
            out.append(m)
            continue
        a, b = m.start + hit.start("obj"), m.start + hit.end("obj")
        cut = len(text[m.start : a].rstrip())
        out.append(m.with_(end=m.start + cut, text=text[m.start : m.start + cut]))
        out.append(
            Mention(
                a,
                b,
                text[a:b],
                "regulation",
                authority,
                name=named.name,
                confidence=0.65,
                anaphor=True,
                matcher="regulations",
                evidence=f"the rule the court acted on: the article's one rule, {named.name}",
            )
        )
        changed = True
    if not changed:
        return mentions
    return sorted(out, key=lambda m: (m.start, m.end))


PASS = Pass(name="ruleobjects", emits=("regulation",), anchors=(), run=run, needs_anaphora=True)
