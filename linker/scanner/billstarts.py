"""Where a bill number can start, found once per article for the two passes that read bill
numbers: federal ones ("H.R. 1", "S. 5", ``bills``) and state ones ("Senate Bill 8", "SB 8",
``state_laws``).

A state bill's start is an "S", "H", "A" or "L" (Nebraska's "LB 574") with a digit at most 20
characters on ("Assembly Bill No. 12"); a federal bill's an "H" or "S" with a digit other than
0 at most 14 characters on ("H. Con. Res. 12"). Every federal start is a state start too, so
the text is searched once, and the federal starts are picked from the state ones. (Each
pattern opens on a character set, which the regex engine skips ahead to; the full patterns,
opening on look-behinds or word boundaries, are tried only at these places.)
"""

from __future__ import annotations

import re

from .doc import Doc
from .sentences import STATE_BILL_START, marks

STATE_START = STATE_BILL_START  # its places come from ``sentences.marks``
# (Possessive, as ``STATE_START``: the run of letters, dots and spaces has no digit in it.)
FEDERAL_START = re.compile(r"[HS](?=[A-Za-z.\s]{0,14}+[1-9])")


def state_starts(doc: Doc) -> list[int]:
    """Every place ``STATE_START`` matches, in order (found with the sentence ends: see
    ``sentences.marks``)."""
    return marks(doc.text).state_bill_starts


def federal_starts(doc: Doc) -> list[int]:
    """Every place ``FEDERAL_START`` matches, in order: among the state starts (a run of at
    most 14 characters before a digit is one of at most 20)."""
    text = doc.text
    return [p for p in state_starts(doc) if text[p] in "HS" and FEDERAL_START.match(text, p)]
