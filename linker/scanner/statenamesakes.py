"""A state law called by the name of an act of Congress: Georgia's "Senate Bill 36, also known
as the Religious Freedom Restoration Act (RFRA)" is not the federal RFRA of 1993.

States copy federal acts and their names (RFRAs, Equal Pay Acts, CHIPS-style acts). The names
pass links the name to the act of Congress wherever it stands; this follow-up undoes that in
an article that sets the name beside a state's bill number ("Senate Bill 36 (RFRA)", "SB 36,
also known as the Religious Freedom Restoration Act") or names it as a state's law ("the
Georgia Religious Freedom Restoration Act"). There, each use of the name is the state's law
unless it is said to be federal: "the federal Religious Freedom Restoration Act", "a federal
RFRA law Congress passed back in 1993", a name with its year ("… Act of 1993"), or a sentence
that speaks of Congress or federal law and names no state. It runs before ``anaphora``, so
"the law" after the state's bill refers back to the state's law.
"""

from __future__ import annotations

import bisect

from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .sentences import sentences
from .statenames import state_names

FEDERAL_IDS = ("usc:", "publ:", "stat:")
# Between a state bill and the name it is given, or the name and its number.
APPOSED = deferred(
    r"[”\"]?\s*(?:,|\(|—|–|--)\s*(?:(?:also\s+|formally\s+|better\s+)?(?:known|called|"
    r"entitled|dubbed)\s+(?:as\s+)?|entitled\s+|or\s+)?(?:the\s+)?[“\"]?"
)
NUMBER_AFTER = deferred(r"\s*(?:\)\s*)?(?:,|\()\s*(?:or\s+)?(?:[Ss]tate\s+)?$")
# Said to be the federal act: "the federal …", "a federal RFRA law", "Congress's …".
FEDERAL_BEFORE = deferred(
    r"(?:[Ff]ederal|U\.S\.|[Nn]ational|Congress['’]s?|[Cc]ongressional)\s+(?:[\w-]+\s+)?$"
)
# Said to be a state's: "a state-level RFRA", "its version of the …", "the state's …".
STATE_BEFORE = deferred(
    r"(?:[Ss]tate-level|[Ss]tate['’]s|[Ss]tate|(?:its|[A-Z][a-z]+['’]s?)\s+(?:own\s+)?version\s+of)"
    r"\s+(?:the\s+)?(?:own\s+)?$"
)
FEDERAL_SENTENCE = deferred(
    r"\b(?:Congress|congressional|[Ff]ederal|U\.S\.|United\s+States|nationwide)\b"
)
YEAR = deferred(r"\b(?:19|20)\d\d\b")
# A formal citation ("Public Law 119-21", "42 U.S.C. 1396a", "135 Stat. 429"): it names the
# federal law itself, whatever name the article gives a state's bill.
FORMAL = deferred(r"(?:Public\s+Law|Pub\.\s*L\.|P\.\s*L\.|\d)|.*\b(?:U\.\s?S\.\s?C|Stat)\.")


def _federal(m: Mention) -> bool:
    return (
        m.kind == "statute"
        and not m.anaphor
        and (m.authority or "").startswith(FEDERAL_IDS)
        and m.matcher != "state_laws"
    )


def _apposed(text: str, state_law: Mention, m: Mention) -> bool:
    """Whether ``m`` is set beside ``state_law`` as its name ("SB 36, also known as the …",
    "Senate Bill 36 (RFRA)") or ``state_law`` beside ``m`` as its number."""
    if 0 <= m.start - state_law.end <= 40:
        return APPOSED.fullmatch(text, state_law.end, m.start) is not None
    if 0 <= state_law.start - m.end <= 12:
        return NUMBER_AFTER.fullmatch(text[m.end : state_law.start]) is not None
    return False


def _beside(text: str, bills: list[Mention], starts: list[int], m: Mention) -> Mention | None:
    """The bill set beside ``m`` (``bills`` sorted by start, ``starts`` their starts): only
    those starting from 100 characters before it to 12 after it are looked at (bisection, so
    no pass over every bill for every name)."""
    lo = bisect.bisect_left(starts, m.start - 100)
    hi = bisect.bisect_right(starts, m.end + 12)
    return next((b for b in bills[lo:hi] if _apposed(text, b, m)), None)


def _claims(text: str, mentions: list[Mention]) -> tuple[dict[str, Mention], set[int]]:
    """Federal ids the article gives to a state's law: id → the state's law (its bill); and
    where the names set beside a state's bill start (each is the state's, whatever its
    sentence says)."""
    bills = [
        m
        for m in mentions
        if m.matcher == "state_laws" and not m.anaphor and (m.authority or "").startswith("state:")
    ]
    bills.sort(key=lambda b: b.start)
    starts = [b.start for b in bills]
    named = [m for m in mentions if m.matcher == "state_laws" and not m.anaphor and m.name]
    federal = [m for m in mentions if _federal(m)]
    by_text: dict[str, Mention] = {}
    for f in federal:
        by_text.setdefault(f.text.lower(), f)
    out: dict[str, Mention] = {}
    apposed: set[int] = set()
    for f in federal:
        bill = _beside(text, bills, starts, f)
        if bill is not None and f.authority is not None:
            out.setdefault(f.authority, bill)
            apposed.add(f.start)
    # "a state-level RFRA", "its version of the …": said to be a state's, in an article with
    # one state bill (the one it is)
    if len({b.authority for b in bills}) == 1:
        for f in federal:
            if f.authority is not None and STATE_BEFORE.search(
                text[max(0, f.start - 40) : f.start]
            ):
                out.setdefault(f.authority, bills[0])
    # "the Georgia Religious Freedom Restoration Act": a state's name before the federal one
    for n in named:
        state = next((s for s in state_names() if (n.name or "").startswith(s + " ")), None)
        if state is None or (n.authority is not None and not n.authority.startswith("state:")):
            continue
        rest = (n.name or "")[len(state) + 1 :].lower()
        same = by_text.get(rest)
        if same is None or same.authority is None:
            continue
        bill = _beside(text, bills, starts, n)
        out.setdefault(same.authority, bill or n)
    return out, apposed


def _is_federal(text: str, m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether this use of the name is said to be the act of Congress."""
    before = text[max(0, m.start - 40) : m.start]
    if FEDERAL_BEFORE.search(before):
        return True
    if STATE_BEFORE.search(before):
        return False
    if YEAR.search(m.text):
        return True  # "the Religious Freedom Restoration Act of 1993"
    i = max(0, bisect.bisect_right(spans, (m.start, len(text) + 1)) - 1)
    a, b = spans[i] if spans else (0, len(text))
    return FEDERAL_SENTENCE.search(text, a, b) is not None and not any(
        s in text[a:b] for s in state_names()
    )


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    for m in mentions:
        if m.matcher == "state_laws":
            break
    else:
        return mentions  # no state law: nothing to give a federal name to
    if not any(map(_federal, mentions)):
        return mentions
    claims, apposed = _claims(text, mentions)
    if not claims:
        return mentions
    spans = sentences(text)
    out: list[Mention] = []
    for m in mentions:
        law = claims.get(m.authority or "") if _federal(m) and not FORMAL.match(m.text) else None
        if law is not None and (m.start in apposed or not _is_federal(text, m, spans)):
            m = m.with_(
                authority=law.authority,
                name=law.name,
                evidence=f"the article gives this name to a state's law ({law.text}); "
                "state laws are named, not linked",
                matcher="state_laws",
            )
        out.append(m)
    return out


PASS = Pass(name="statenamesakes", emits=("statute",), anchors=(), run=run)
