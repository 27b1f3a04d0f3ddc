"""A law's head word used as a noun modifier is no reference to the law: "one of the bill
sponsors", "The full bill text is available at …" (twenty-sixth session).

The back-reference pass reads "the bill" and "the law" as the measure the story names before.
Where the head word stands before another noun, as in "the bill sponsors" or "the bill text",
the phrase's head is that noun: the sponsors or the text, not the measure (the gold never marks
them). This follow-up drops a referring-back mention whose last word is a law's head word when
a noun of that kind follows it directly.
"""

from __future__ import annotations

import re

from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass

_HEAD = deferred(r"\b(?:bill|law|act|measure|statute|legislation|rule|order)\Z", re.IGNORECASE)
# the nouns a bill's or law's word modifies: its text, its sponsors and authors, its number
_NOUN_AFTER = deferred(
    r"[ \t]+(?:text|texts|sponsors?|co-?sponsors?|authors?|number|summary|summaries|language)"
    r"\b(?!['’])"
)


def _modifier(text: str, m: Mention) -> bool:
    return (
        m.anaphor
        and m.kind in ("statute", "bill", "regulation", "executive-action")
        and _HEAD.search(m.text) is not None
        and _NOUN_AFTER.match(text, m.end) is not None
    )


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    keep = [m for m in mentions if not _modifier(text, m)]
    return keep if len(keep) < len(mentions) else mentions


PASS = Pass(name="modifiers", emits=(), anchors=(), run=run)
