"""A state court's decision told only by its state and its time, with the law it upheld or
struck (twenty-fifth session): "last year's Arizona decision upholding an 1864 law banning
abortion", "the 2023 Montana ruling that struck down the law".

News that surveys several states names such a ruling by the state alone. The state does not
tell which of its courts ruled (a trial court, its supreme court, a federal court sitting
there), so the court comes from the tables only: the phrase is linked where

- it is "last year's / this year's / the YYYY / a YYYY <State> [Supreme Court] decision|ruling",
  outside any mention already found;
- a verb of judgment follows it ("upholding", "that struck down", "reviving", "blocking") and
  then, right after, a mention of that state's law the article already links;
- the suits of ``lawsuits.csv`` that challenge that law list exactly one ruling
  (``lawsuit_rulings.csv``) in that year (any year in a story with no date): its court is the
  ruling's.
"""

from __future__ import annotations

from .. import courts as C
from ..datafiles import lawsuits, rulings_of
from ..links import courtlistener_search
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span

ANCHOR = Anchor("state_decision", ("decision", "ruling"), 60, 0, "word", "word")
_PHRASE = deferred(
    r"\b(?:(?P<rel>[Ll]ast|[Tt]his)\s+year['’]s|(?:[Tt]he|[Aa])\s+(?P<year>(?:19|20)\d\d))\s+"
    r"(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[Ss]upreme\s+[Cc]ourt\s+)?"
    r"(?:decision|ruling)\b"
)
_JUDGED = deferred(
    r"\s+(?:(?:that|which)\s+)?(?:upholding|upheld|striking\s+down|struck\s+down|reviving|"
    r"revived|blocking|blocked|reinstating|reinstated)\s+"
)


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    laws = [m for m in mentions if (m.authority or "").startswith("state:") and m.kind != "ruling"]
    if not laws:
        return mentions
    text = doc.text
    taken = SpanSet([(m.start, m.end) for m in mentions])
    added: list[Mention] = []
    for ws, we in doc.windows("state_decision"):
        for hit in _PHRASE.finditer(text, ws, we):
            s, e = hit.span()
            if taken.overlaps(s, e):
                continue
            state = next((x for x in C.states().values() if x.name == hit.group("state")), None)
            judged = _JUDGED.match(text, e)
            if state is None or judged is None:
                continue
            law = next((m for m in laws if m.start == judged.end()), None)
            own = f"state:{state.postal.lower()}:"
            if law is None or not (law.authority or "").startswith(own):
                continue  # (another state's law: "the Ohio decision upholding Kentucky's …")
            # (an undated story's "last year's": any year, the one ruling the tables list)
            year = hit.group("year") or ""
            if not year and doc.date:
                year = str(int(doc.date[:4]) - (1 if hit.group("rel").lower() == "last" else 0))
            ruled = {
                (r.court, r.ruled, row.name)
                for row in lawsuits()
                if law.authority in row.challenges
                for r in rulings_of(row)
                if r.ruled.startswith(year)
            }
            if len(ruled) != 1:
                continue
            ((court, day, name),) = ruled
            added.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    "ruling",
                    None,
                    court=court,
                    name=name,
                    confidence=0.7,
                    url=courtlistener_search(name, court, "o"),
                    evidence=f"court: {C.court_label(court)}; the one ruling "
                    + (f"of {year} " if year else "")
                    + f"in a suit against {law.text!r} ({name}, {day})",
                    matcher="statedecisions",
                )
            )
            taken.add(s, e)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


PASS = Pass(
    name="statedecisions",
    emits=("ruling",),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
)
