"""A law's description set beside its name is no mention of its own: "… from enforcing SB4,
a Republican-backed law allowing police to arrest …", "Senate Bill 2972 (SB 2972), a law
limiting protests on campuses" (twenty-sixth session).

The passes that read a law by what it does ("a law allowing …", "a law limiting …") find the
description after the comma and link it to the law the name just before it links: one law
told twice in one noun phrase, where the gold has one mention (the name) and leaves the
description out or marks it optional. This follow-up, run after every pass that adds
descriptions, drops a mention that

- opens on "a" or "an" (an indefinite description, never "the law", which refers back),
- comes right after a named (not referring-back) mention, with only a comma between them
  (after the name's closing parenthesis: "Senate Bill 2972 (SB 2972), a law …"), and
- links the same id as that name.

A description of another law ("SB 4, a law like Arizona's 2010 statute") links another id
and stays; so does one with no id.
"""

from __future__ import annotations

from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass

# between the name and its description: a comma, after the name's closing parenthesis
_GAP = deferred(r"\)?,[ \t]*")
_INDEFINITE = deferred(r"an?\s")


def _described_beside(text: str, named: Mention, m: Mention) -> bool:
    """Whether ``m`` is the appositive description of ``named``, the mention just before it."""
    return (
        m.authority is not None
        and named.authority == m.authority
        and not named.anaphor
        and not m.anaphor
        and _INDEFINITE.match(m.text) is not None
        and _GAP.fullmatch(text, named.end, m.start) is not None
    )


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    keep = [
        m for k, m in enumerate(mentions) if not (k and _described_beside(text, mentions[k - 1], m))
    ]
    return keep if len(keep) < len(mentions) else mentions


PASS = Pass(name="appositives", emits=(), anchors=(), run=run)
