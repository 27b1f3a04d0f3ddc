"""An agency's action told back by its year and a word for a decision (twentieth session):
"the 2009 decision", "the 2011 determination", "the 2016 finding".

"Made under the last administration, the 2009 decision found that …": a reference back to the
rule the article named before (the endangerment finding, published in volume 74 of the
Federal Register, 2009), not to a court's ruling. Linked only where:

- the phrase is "the YYYY decision|determination|finding" (no other word between), outside
  any mention already found;
- exactly one rule the article named before it (a ``regulation`` mention with an FR citation)
  was published that year (an FR volume's year: volume 74 is 2009);
- no court, judge or justice is named in its sentence, and no ruling or case the article
  mentions is dated that year (a court's "2009 decision" is a ruling: the rulings pass's).
"""

from __future__ import annotations

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span

ANCHOR = Anchor("dated_backs", ("decision", "determination", "finding"), 10, 0, "word", "word")
_PHRASE = deferred(r"\b[Tt]he\s+((?:19|20)\d\d)\s+(?:decision|determination|finding)\b")
_COURTISH = deferred(r"\b(?:[Cc]ourt|[Jj]udge|[Jj]ustices?|[Cc]ircuit|[Pp]anel)\b")
_FR = deferred(r"fr:(\d+):\d+$")
# the first volume of the Federal Register is 1936's
_FR_FIRST_YEAR = 1935


def _fr_year(authority: str | None) -> int | None:
    m = _FR.match(authority or "")
    return _FR_FIRST_YEAR + int(m.group(1)) if m else None


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    rules = [
        m
        for m in mentions
        if m.kind == "regulation" and not m.anaphor and _fr_year(m.authority) is not None
    ]
    if not rules:
        return mentions
    text = doc.text
    taken = SpanSet([(m.start, m.end) for m in mentions])
    dated_rulings = {
        (m.name or "") + " " + (m.text or "") for m in mentions if m.kind in ("ruling", "case")
    }
    added: list[Mention] = []
    for ws, we in doc.windows("dated_backs"):
        for hit in _PHRASE.finditer(text, ws, we):
            s, e = hit.span()
            if taken.overlaps(s, e):
                continue
            year = int(hit.group(1))
            before = {m.authority: m for m in rules if m.end <= s and _fr_year(m.authority) == year}
            if len(before) != 1:
                continue
            a, b = doc.sentence_at(s)
            if _COURTISH.search(text, a, b):
                continue
            if any(str(year) in t for t in dated_rulings):
                continue
            (rule,) = before.values()
            added.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    "regulation",
                    rule.authority,
                    name=rule.name,
                    confidence=0.6,
                    anaphor=True,
                    url=rule.url,
                    evidence=f"refers back to “{rule.text}”, the one rule named before "
                    f"that was published in {year}",
                    matcher="datedbacks",
                )
            )
            taken.add(s, e)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


PASS = Pass(
    name="datedbacks",
    emits=("regulation",),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
    needs_anaphora=True,
)
