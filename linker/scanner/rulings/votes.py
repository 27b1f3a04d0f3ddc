"""A bench's vote told as its ruling: "The tied vote affirmed the state court's decision",
"The 5-4 vote left the law in place" (twenty-eighth session, census45 P3).

The noun "vote" is a legislature's or a board's far more often than a court's, so only this
shape is read: "the" + a count or a word of a split ("tied", "split", "deadlocked", "N-N") +
"vote" + a verb of review ("affirmed", "upheld", "reversed", "left … in place"), after a ruling
of a court of last resort in the same paragraph or the one before it. The vote points back to
that ruling (an anaphor of its court); with no such ruling, or a council's vote ("The council's
5-4 vote upheld the permit"), nothing is read.
"""

from __future__ import annotations

from ... import courts as C
from ..lazyre import deferred
from .common import Found

# "The tied vote affirmed", "the 4-4 vote left …": a split bench's disposition
VOTE = deferred(
    r"\b[Tt]he\s+(?:tied|split|deadlocked|(?:evenly\s+)?divided|\d{1,2}\s*[-–]\s*\d{1,2})\s+"
    r"vote\s+(?:(?:effectively|automatically)\s+)?"
    r"(?:affirmed|upheld|reversed|overturned|vacated|left|let)\b"
)
# a body that votes, told between the ruling and the vote: its vote, not the bench's
BODY = deferred(
    r"\b(?:[Cc]ouncil|[Bb]oard|[Cc]ommission|[Cc]ommittee|Senate|House|[Ll]egislature|"
    r"[Aa]ssembly|lawmakers|legislators|voters|shareholders|delegates|members)\b"
)
# how far back (characters) the court's ruling may stand: its paragraph or the one before
REACH = 1500


def _top(court: str | None) -> bool:
    return bool(court) and (
        C.level_of(court or "") == C.LEVEL_SUPREME or C.is_state_high_court(court or "")
    )


def vote_nouns(text: str, clauses: list[Found]) -> list[Found]:
    """Each split vote told as a ruling, pointing back to the last top court's ruling before
    it in its paragraph or the one before."""
    out: list[Found] = []
    if "vote" not in text:
        return out
    for m in VOTE.finditer(text):
        s = m.start()
        para = text.rfind("\n\n", 0, s)
        prev = text.rfind("\n\n", 0, para) if para > 0 else -1
        lo = max(prev, s - REACH, 0)
        before = [f for f in clauses if lo <= f.start < s and f.confidence >= 0.5 and f.court]
        if not before:
            continue
        last = max(before, key=lambda f: f.start)
        if not _top(last.court):
            continue  # a trial court has no vote; an appeals panel's is rare in this shape
        if BODY.search(text, last.end, s):
            continue  # "… The board met Tuesday. The 5-4 vote upheld the permit": the board's
        out.append(Found(s, m.end(), last.court, True, 0.7, "", last.ref))
    return out
