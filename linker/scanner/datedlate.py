"""``datedbacks`` again, after the rule passes that run late (twenty-fourth session).

"The 2009 finding", "the 2016 determination" refer back to the one rule the article named
before that was published that year. ``datedbacks`` runs right after ``anaphora``; a rule the
article tells only in words ("a scientific finding that has been the central basis for …",
linked by ``namesync`` or ``ruleobjects``) is not found yet then, so its dated
back-references went unlinked. This pass reads the same phrases, with the same checks (one
rule of that year before the phrase, no court in its sentence, no ruling dated that year),
once every rule is found; a phrase ``datedbacks`` already linked is a mention and is skipped.
"""

from __future__ import annotations

from .datedbacks import ANCHOR, run
from .registry import Pass

PASS = Pass(
    name="datedlate",
    emits=("regulation",),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
    needs_anaphora=True,
)
