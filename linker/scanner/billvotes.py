"""A bill told without its number or name, by its roll call: "The president signed a
government funding bill Thursday night … hours after the House passed the measure 231-198"
is the bill whose final House vote was 231-198 (``linker/data/bill_votes.csv``: each row a
bill's final vote in one chamber, with its source). A follow-up pass, before the anaphora
pass (so that "the measure" after it refers back to the bill).

Only a tally in a sentence that tells a vote (a verb of passing or voting, or "vote" itself)
and of a House's size (the yeas and nays make 300 or more: a Senate's "60-40" is too common
to tell one bill); every such tally of the article must point to the same bill, and the
article must name no other bill by number. Then each indefinite or definite "… bill",
"… measure", "… package" or "… legislation" (at most three words before its head) in a
sentence that tells the bill signed, passed or approved, within ``_REACH`` of a tally, takes
the bill's id; one the article already links stays as it is.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..datafiles import read_rows
from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .spans import by_span


class Vote(NamedTuple):
    bill: str
    chamber: str
    yeas: int
    nays: int
    date: str


@cache
def votes() -> dict[tuple[int, int], tuple[Vote, ...]]:
    """``bill_votes.csv`` by (yeas, nays)."""
    out: dict[tuple[int, int], list[Vote]] = {}
    for r in read_rows("bill_votes.csv"):
        if not (r.get("yeas", "").isdigit() and r.get("nays", "").isdigit()):
            continue
        v = Vote(r["bill"], r["chamber"], int(r["yeas"]), int(r["nays"]), r["date"])
        out.setdefault((v.yeas, v.nays), []).append(v)
    return {k: tuple(v) for k, v in out.items()}


# "222-209", "222 to 209" (never a score's "3-1", a range's "2020-2024": ``_HOUSE_SIZE``)
# (the look behind written after the first digit, so that a search skips to the digits: a
# pattern opening on a look behind is tried at every position of the text)
TALLY = deferred(r"(?P<y>\d(?<![\d$.,-]\d)\d\d)\s*(?:-|–|to)\s*(?P<n>\d{2,3})(?![\d%-])")
_VOTED = deferred(
    r"\b(?:vot(?:e|es|ed|ing)|pass(?:es|ed|ing)?|approv(?:e|es|ed|ing)|clear(?:s|ed)|"
    r"adopt(?:s|ed)|concurr?(?:s|ed))\b"
)
# "a government funding bill", "the stopgap measure", "a short-term spending package"
PHRASE = deferred(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,3}?(?:bill|measure|package|legislation)\b"
    r"(?![-–])"
)
_TOLD_DONE = deferred(
    r"\b(?:sign(?:s|ed)|pass(?:es|ed)|approv(?:es|ed)|clear(?:s|ed)|enact(?:s|ed)|"
    r"sent|send(?:s|ing)?)\b"
)
_HOUSE_SIZE = 300
_REACH = 1500


def _bill_of_tallies(doc: Doc) -> tuple[str, list[int]] | None:
    """The one bill the article's House-size tallies point to, and where they stand."""
    text = doc.text
    table = votes()
    bills: set[str] = set()
    at: list[int] = []
    for t in TALLY.finditer(text):
        y, n = int(t.group("y")), int(t.group("n"))
        if y + n < _HOUSE_SIZE or y + n > 435:
            continue
        a, b = doc.sentence_at(t.start())
        if _VOTED.search(text, a, b) is None:
            continue
        rows = [v for v in table.get((y, n), ()) if not (doc.date and v.date > doc.date[:10])]
        if not rows:
            return None  # a vote the table does not hold: another bill may be told
        bills.update(v.bill for v in rows)
        at.append(t.start())
    if len(bills) != 1:
        return None
    return bills.pop(), at


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    if not votes() or TALLY.search(text) is None:
        return mentions
    found = _bill_of_tallies(doc)
    if found is None:
        return mentions
    bill, at = found
    if any(m.kind == "bill" and m.authority and m.authority != bill for m in mentions):
        return mentions  # another bill named by number: "the measure" may be either
    added: list[Mention] = []
    for p in PHRASE.finditer(text):
        s, e = p.span()
        if not any(abs(s - t) <= _REACH for t in at):
            continue
        if any(m.start < e and s < m.end for m in mentions):
            continue
        a, b = doc.sentence_at(s)
        if _TOLD_DONE.search(text, a, b) is None:
            continue  # ("Democrats refused a short-term spending bill": another bill)
        if added or (s > at[0] and doc.sentence_at(at[0])[1] <= s):
            # the first phrase only, told before the first tally or in its sentence: later
            # ones refer back to it
            break
        added.append(
            Mention(
                s,
                e,
                text[s:e],
                "bill",
                bill,
                confidence=0.6,
                evidence=f"a bill told by its roll call: the article's vote tally is {bill}'s",
                matcher="billvotes",
            )
        )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


PASS = Pass(name="billvotes", emits=("bill",), anchors=(), run=run)
