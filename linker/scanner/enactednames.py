"""The name of the act a state bill enacts, told beside the bill's number: "House Bill 531:
Enacts “Kayla's Law,” which …", "Senate Bill 58 … bans the fees and enacts the Second
Amendment Data Privacy Act", "House Bill 8: Introduces the Teachers' Bill of Rights" —
the way a governor's office or a local paper lists the bills signed at the end of a session
(twenty-seventh session, census36 P7).

A name like these is no row of linker's tables (one state's session gives dozens), and alone it
would be a search link or nothing. Beside the number, after a verb that says the bill makes it
(enacts, introduces, creates, establishes) or a word that names it (known as, called, dubbed,
titled), it is that bill: the name takes the number's id and kind.

The bill must be the nearest state bill number before the name in the same sentence or list
item, with no other number between. A name the tables already give a federal home
("… creates the Fair Housing Act's state twin") is left alone, and so is a name followed by
"amendments", "section", "provisions" or a possessive (a part of the act, not the act).
"""

from __future__ import annotations

import re

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

ANCHOR = Anchor(
    "enactednames",
    (
        "enacts",
        "Enacts",
        "enacting",
        "introduces",
        "Introduces",
        "creates",
        "Creates",
        "establishes",
        "Establishes",
        "known as",
        "called",
        "dubbed",
        "titled",
    ),
    0,
    0,
    "word",
    "word",
)
_VERB = (
    r"(?:[Ee]nact(?:s|ing)|[Ii]ntroduces|[Cc]reat(?:es|ing)|[Ee]stablish(?:es|ing)|"
    r"(?:also\s+)?known\s+as|called|dubbed|titled)\s+(?:the\s+)?"
)
# a name in quotation marks ("Enacts “Kayla's Law,” which …"): its words end on Act, Law or
# Rights, a comma or full stop inside the closing mark allowed
_QUOTED = deferred(_VERB + r"[“\"](?P<name>[A-Z][^”\"\n]{1,80}?(?:Act|Law|Rights))[,.]?[”\"]")
# an unquoted name: capitalised words (small words inside) ending on Act, Law or Bill of Rights
_BARE = deferred(
    _VERB + r"(?P<name>[A-Z0-9][\w'’.&-]*"
    r"(?:\s+(?:[A-Z0-9][\w'’.&-]*|of|and|for|the|to|on|in)){0,8}?"
    r"\s+(?:Act|Law|Bill\s+of\s+Rights))\b"
    r"(?!['’]s|\s+(?:[Aa]mendments?|[Ss]ection|[Pp]rovisions?|[Rr]equirements?)\b)"
)
_STATE_BILL = deferred(r"state:[a-z]{2}:bill:")
# words that name no act by themselves: "also called The New Law" is a description
_GENERIC = frozenset(
    {"the", "a", "an", "new", "old", "this", "that", "our", "its", "their", "state", "proposed"}
)
_HEADS = frozenset({"act", "law", "bill", "of", "rights"})


def _names_an_act(name: str) -> bool:
    """Whether the name has a word of its own besides its head and words any law has."""
    words = re.sub(r"[^\w\s'’]", " ", name).lower().split()
    return any(w not in _GENERIC and w not in _HEADS for w in words)


_FEDERAL_HOMES = ("usc:", "publ:", "stat:", "bill:")


def _bill_number(m: Mention) -> bool:
    """A state bill by its number ("House Bill 8", "SB 58"), not a back-reference to one."""
    return (
        not m.anaphor
        and bool(m.authority)
        and bool(_STATE_BILL.match(m.authority or ""))
        and any(c.isdigit() for c in m.text)
    )


def _item_end(text: str, doc: Doc, pos: int) -> int:
    """The end of the sentence or list item (a line) holding ``pos``."""
    _s, e = doc.sentence_at(pos)
    nl = text.find("\n", pos, e)
    return e if nl < 0 else nl


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not doc.hits("enactednames"):
        return mentions
    numbers = [m for m in mentions if _bill_number(m)]
    if not numbers:
        return mentions
    text = doc.text
    out = list(mentions)
    for k, bill in enumerate(numbers):
        end = _item_end(text, doc, bill.end)
        nxt = numbers[k + 1].start if k + 1 < len(numbers) else len(text)
        end = min(end, nxt)
        found = [*_QUOTED.finditer(text, bill.end, end), *_BARE.finditer(text, bill.end, end)]
        for hit in sorted(found, key=lambda h: h.start("name")):
            a, b = hit.span("name")
            if not _names_an_act(text[a:b]):
                continue
            inside = [m for m in out if m.start < b and a < m.end]
            if any(m is bill for m in inside):
                continue
            if any((m.authority or "").startswith(_FEDERAL_HOMES) for m in inside):
                continue  # a federal act the tables know: not the state bill's own name
            if any(m.authority == bill.authority and m.start <= a and b <= m.end for m in inside):
                continue  # (already this bill's)
            out = [m for m in out if not any(m is n for n in inside)]
            out.append(
                Mention(
                    a,
                    b,
                    text[a:b],
                    bill.kind,
                    bill.authority,
                    name=text[a:b],
                    confidence=min(bill.confidence, 0.85),
                    evidence=f"the act {bill.text} enacts, named beside it",
                    matcher="enactednames",
                )
            )
            break  # (one name a bill)
    return sorted(out, key=lambda m: (m.start, m.end))


PASS = Pass(name="enactednames", emits=("statute", "bill"), anchors=(ANCHOR,), run=run, gated=True)
