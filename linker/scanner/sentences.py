"""Sentence boundaries in news prose, shared by the passes that reason within a sentence."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from .lazyre import deferred

# A full stop that ends a sentence: not that of "U.S.", an initial, "No.", "v.", nor of a
# title or place abbreviation that comes before a name ("Sen. Cruz", "St. Louis").
_ABBREVS = ("St", "Ft", "Mt", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj",
            "Adm", "Dr", "Mr", "Mrs", "Ms", "Rev", "Prof", "Atty", "Supt", "Pres")  # fmt: skip
# (One character set first, the line break among them, so that the regex engine skips ahead
# to the next candidate instead of trying both branches at every character.)
# The words whose full stop ends no sentence, grouped by length: one look-behind for each
# length (a look-behind's branches must be as long as each other) instead of one per word.
_NO_END = {2: ["[A-Z]", "v"], 3: ["No", "vs"], 4: ["U\\.S"]}
for _a in _ABBREVS:
    _NO_END.setdefault(len(_a) + 1, []).append(_a)
# what follows the sentence's last character: nothing after a line break, else white space
# before a capital or a quotation mark
_END_THEN = (
    r"(?:(?<=\n)|"
    + "".join(rf"(?<!\b(?:{'|'.join(ws)})\.)" for _, ws in sorted(_NO_END.items()))
    # ("Fed. Circ.", trade press's Federal Circuit, "85 Fed. Reg. 63,872", the Federal
    # Register: no sentence opens on "Circ." or "Reg.")
    # (a quotation inside a quotation closes on two marks: "… made.’” The judge …")
    + r"(?!\s+(?:Circ|Reg)\.)(?:['’]?[”\"]|[”\"'])?\s+(?=[“\"A-Z]))"
)
SENTENCE_END = re.compile(r"[.!?\n]" + _END_THEN)

# Two other places every article is searched for, found in the same scan as the sentence ends
# (``marks``): a number before a capital, where eyecite may find a citation ("143 S. Ct.",
# "2017-Ohio-1234"; ``eyecites._regions``), and a state bill number's first letter ("SB 8",
# "Senate Bill 8", "LB 574": a digit at most 20 letters, dots, spaces or brackets on;
# ``billstarts``). (Possessive: the run has no digit in it, so only the place right after
# it can hold one; nothing to backtrack into, as a lazy run would try each.)
_NUMBER_THEN = r"(?:\s+|-)[A-Z]"
_BILL_LETTER_THEN = r"(?=[A-Za-z.\s()]{0,20}+\d)"
NUMBER_BEFORE_CAPITAL = re.compile(r"[0-9]" + _NUMBER_THEN)
STATE_BILL_START = re.compile(r"[SHAL]" + _BILL_LETTER_THEN)
# The three in one pattern opening on one character set: a full scan of a text costs the
# regex engine about as much for a set of twelve characters as for one of four, and three
# scans were three times one. Each branch opens on characters of its own, and a match of one
# never holds where another opens (a sentence end takes only punctuation, quotation marks and
# white space; a number only its digit, the rest looked at ahead), so each finds what its own
# pattern's ``finditer`` finds.
_MARKS = deferred(
    r"[.!?\n0-9SHAL](?:"
    rf"(?<=[.!?\n]){_END_THEN}"
    rf"|(?<=[0-9])(?={_NUMBER_THEN})"
    rf"|(?<=[SHAL]){_BILL_LETTER_THEN})"
)


class Marks(NamedTuple):
    """Where ``SENTENCE_END`` matches end, where ``NUMBER_BEFORE_CAPITAL`` and
    ``STATE_BILL_START`` matches start: each in order."""

    sentence_ends: list[int]
    numbers_before_capitals: list[int]
    state_bill_starts: list[int]


@lru_cache(maxsize=4)
def marks(text: str) -> Marks:
    """The three kinds of places in ``text``, from one scan (the lists must not be changed)."""
    ends: list[int] = []
    numbers: list[int] = []
    bills: list[int] = []
    for m in _MARKS.finditer(text):
        s, e = m.span()
        c = text[s]
        if c in "SHAL":
            bills.append(s)
        elif c in ".!?\n":
            ends.append(e)
        else:
            numbers.append(s)
    return Marks(ends, numbers, bills)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (also split at line breaks): the project's one sentence splitter."""
    ends = [*marks(text).sentence_ends, len(text)]
    return [(a, b) for a, b in zip([0, *ends[:-1]], ends, strict=True) if b > a]


@lru_cache(maxsize=4)
def sentences(text: str) -> list[tuple[int, int]]:
    """``split_sentences``, cached for code that holds the text but not its ``Doc``.
    Callers must not modify the list."""
    return split_sentences(text)


@lru_cache(maxsize=4)
def _starts(text: str) -> list[int]:
    return [a for a, _ in sentences(text)]


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence that holds ``pos`` begins."""
    starts = _starts(text)
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0


@lru_cache(maxsize=4)
def _ends(text: str) -> list[int]:
    return [b for _, b in sentences(text)]


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence that holds ``pos`` ends (the text's end after the last one)."""
    ends = _ends(text)
    i = bisect.bisect_right(ends, pos)
    return ends[i] if i < len(ends) else len(text)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The quotations: a curly pair “…” or a straight pair "…", each within one line, leftmost
    first and none inside another, as ``re.finditer(r'“[^”\n]*”|"[^"\n]*"', text)`` finds
    them, found with ``str.find`` (about six times faster than that pattern)."""
    out: list[tuple[int, int]] = []
    i = 0
    while True:
        a, b = text.find("“", i), text.find('"', i)
        if a < 0 and b < 0:
            return out
        if b < 0 or 0 <= a < b:
            start, close = a, "”"
        else:
            start, close = b, '"'
        end, nl = text.find(close, start + 1), text.find("\n", start + 1)
        if end >= 0 and (nl < 0 or end < nl):
            out.append((start, end + 1))
            i = end + 1
        else:
            i = start + 1
