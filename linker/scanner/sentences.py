"""Sentence boundaries in news prose, shared by the passes that reason within a sentence."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

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
SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=\n)|"
    + "".join(rf"(?<!\b(?:{'|'.join(ws)})\.)" for _, ws in sorted(_NO_END.items()))
    + r"[”\"']?\s+(?=[“\"A-Z]))"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (also split at line breaks): the project's one sentence splitter."""
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    ends.append(len(text))
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
