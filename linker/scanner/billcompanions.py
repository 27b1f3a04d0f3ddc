"""A bill's number set beside "the Senate version of" another bill: that bill's Congress
(twenty-seventh session, census40 P7). A follow-up pass.

"Sen. Lee filed the Senate version of the SAVE America Act, S. 3000, a week later": the
number's Congress is unknown in an undated article (``bills`` finds none), but the version of
a bill is a bill of the same Congress. A number whose Congress is unknown, set in apposition
(a comma or a bracket) right after a bill the article links, which "the Senate / House /
companion version of", "the Senate / House companion to" or "the Senate / House counterpart
of" stands right before, takes that bill's Congress. A number the article dates itself is
left as it was.
"""

from __future__ import annotations

from .. import ids
from ..models import Mention
from .bills import BILL, _type_of
from .doc import Doc
from .lazyre import deferred
from .registry import Pass

# what stands right before the bill the number is a version of
_VERSION_OF = deferred(
    r"\b(?:[Tt]he|[Aa]|[Ii]ts)\s+(?:(?:Senate|House|companion)\s+(?:version|counterpart)\s+of|"
    r"(?:Senate|House)\s+(?:companion|counterpart)(?:\s+bill)?\s+(?:to|of))\s+(?:the\s+)?\Z"
)
# what stands between that bill and the number: a comma or a bracket
_APPOSED = deferred(r"\s*(?:,|\(|—|–)\s*\Z")


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    out = list(mentions)
    for i, m in enumerate(out):
        if m.kind != "bill" or m.authority is not None or i == 0:
            continue
        number = BILL.fullmatch(m.text.strip())
        if number is None:
            continue
        prior = out[i - 1]
        if (
            prior.kind != "bill"
            or prior.authority is None
            or not prior.authority.startswith("bill:")
            or prior.end > m.start
            or not _APPOSED.search(text, prior.end, m.start)
            or not _VERSION_OF.search(text, max(0, prior.start - 60), prior.start)
        ):
            continue
        congress = int(prior.authority.split(":")[1])
        out[i] = m.with_(
            authority=ids.bill(congress, _type_of(number), number.group("num")),
            url=None,
            confidence=0.8,
            evidence=f"the version of {prior.text} (a bill of the {congress}th Congress) beside it",
        )
    return out


PASS = Pass(name="billcompanions", emits=("bill",), anchors=(), run=run)
