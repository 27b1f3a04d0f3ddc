"""A state's bills numbered by a chamber's letter alone: South Carolina's "H. 3974" and
"S. 77", New York's "S3006" and "A3006", Massachusetts's "H.4800", North Carolina's "H 392".

Most legislatures print two letters ("HB 1557", "SB 8": ``statebills``); a few number their
bills with one, the chamber's initial (``state_bill_letters.csv``, each row from the
legislature's own site). "S. 77" is also how Congress numbers a Senate bill, so a number is a
state's only when all of these hold: the article speaks of a state legislature (or names a
state as a lawmaker, "the Ohio House"), the state the number belongs to (its sentence's
lawmaker, else the article's state, as ``statenames.state_finder`` reads them) numbers its
bills with that letter, and the sentence names nothing federal. The id keeps the letter as
the legislature prints it (``state:sc:bill:s77``, SPEC §2), and an amendment's letter
("S3006-B") is dropped, since it is the same bill.
"""

from __future__ import annotations

from functools import cache

from .. import courts
from ..datafiles import read_rows
from ..models import Mention
from .billstarts import state_starts
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .statenames import LAWMAKER_HOW, state_finder, state_of_article

# "H. 3974", "H.3974", "H 392", "S3006", "S3006-B", "A.3006"; not "H.R. 1", "S. Res. 5",
# a range ("S 12-14"), a share ("A 5%") nor a figure ("S 1,200"). An Assembly's "A" takes
# no space ("A 12 percent" is an article and a number).
LETTER_BILL = deferred(
    r"(?:(?P<hs>[HS])(?:\.\s?|\s)?|(?P<a>A)\.?)(?P<n>\d{1,5})(?:-?[A-F])?"
    r"(?![\w%/]|[-–.,]\d)"
)
# a state legislature the article speaks of: without one, "S. 77" is Congress's
LEGISLATURE = deferred(
    r"\b(?:[Ll]egislature|General\s+Assembly|General\s+Court|[Ss]tatehouse|State\s+House|"
    r"[Ss]tate\s+[Ss]enate|[Ss]tate\s+[Hh]ouse|Assembly(?:man|woman|member)?|"
    r"[Ss]tate\s+(?:lawmakers|legislators|representatives?|senators?)|House\s+of\s+Delegates)\b"
)


@cache
def letters() -> dict[str, dict[str, str]]:
    """State name → {letter → chamber} for the legislatures that number bills by one letter."""
    out: dict[str, dict[str, str]] = {}
    for r in read_rows("state_bill_letters.csv"):
        st = courts.states().get(r["state"])
        if st is not None:
            out.setdefault(st.name, {})[r["letter"]] = r["chamber"]
    return out


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    found = []
    for p in state_starts(doc):
        if text[p] not in "HSA" or (p and (text[p - 1].isalnum() or text[p - 1] in ".-/")):
            continue
        m = LETTER_BILL.match(text, p)
        if m is not None:
            found.append(m)
    if not found:
        return []
    if not LEGISLATURE.search(text) and state_of_article(text)[1] != LAWMAKER_HOW:
        return []  # neither a legislature nor a state as lawmaker ("the Ohio House")
    state_at = state_finder(text)
    out: list[Mention] = []
    for m in found:
        state = state_at(m.start())
        letter = m.group("hs") or m.group("a")
        chamber = letters().get(state or "", {}).get(letter)
        if state is None or chamber is None:
            continue
        st = courts.state_by_name()[state.lower()]
        number = m.group("n").lstrip("0") or "0"
        out.append(
            Mention.statute_at(
                m,
                f"state:{st.postal.lower()}:bill:{letter.lower()}{number}",
                name=f"{state} {chamber} bill {letter}{number}",
                # (above a federal "S. 77" the number would also be read as)
                confidence=0.95,
                evidence=f"bill number of {state}, whose {chamber} numbers its bills {letter} "
                "(state laws are named, not linked)",
                matcher="state_laws",
            )
        )
    return out


PASS = Pass(name="letterbills", emits=("statute",), anchors=(), run=find)
