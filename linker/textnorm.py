"""Text as the scanner should read it, with every offset still pointing into the original.

Articles arrive with characters a reader never sees but a pattern trips over: zero-width
spaces and joiners, soft hyphens, byte-order marks, and the bidirectional controls that
copy-and-paste leaves behind ("Insurrection\u200b Act"), and old Mac files end their lines
with a bare carriage return. Text copied from print or e-mail is often wrapped by hand, and a
line break inside a name ("the U.S. Court of\nAppeals") ends a sentence for the scanner.
``normalise`` drops the invisible characters, turns a bare CR into a newline and a wrapped
line's break into a space; ``Normalised.span`` maps a span of the normalised text back to the
original, so mentions, the page and the JSON keep pointing at what the article really says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: invisible characters dropped before scanning: zero-width space/non-joiner/joiner, word
#: joiner, BOM/zero-width no-break space, soft hyphen, Arabic letter mark, LRM/RLM, the
#: embedding and override controls (LRE…RLO, PDF) and the isolates (LRI…PDI)
INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_BARE_CR = re.compile(r"\r(?!\n)")
# The words a line of prose cannot end on: "Court of / Appeals", "Smith v. / Jones".
_OPEN_WORDS = frozenset(
    [
        "of",
        "the",
        "for",
        "and",
        "or",
        "v.",
        "vs.",
        "in",
        "on",
        "to",
        "a",
        "an",
        "by",
        "at",
        "with",
        "from",
        "under",
        "its",
        "his",
        "her",
        "their",
        "that",
        "which",
        "who",
        "whose",
        "said",
    ]
)
# What ends a line that is not wrapped: a sentence's end, a colon, a closing quotation mark.
_LINE_ENDS = tuple('.!?:;"”’)]*')
#: how many certainly wrapped lines (above) make the whole text count as wrapped by hand, so
#: that every long line ending mid-sentence joins the next
WRAPPED_TEXT = 3
#: how long a line must be to count as wrapped in a text wrapped by hand (a headline or a
#: byline is shorter than the lines a mail program or a print layout fills)
WRAPPED_LINE = 50


@dataclass(frozen=True)
class Normalised:
    """The normalised ``text`` and, when characters were dropped, the original offset of each
    of its characters (``None``: same length, offsets are the same)."""

    text: str
    offsets: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span ``start:end``."""
        if self.offsets is None:
            return start, end
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else self._end()
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def _end(self) -> int:
        return self.offsets[-1] + 1 if self.offsets else 0


def _wrapped(text: str) -> str:
    """``text`` with the line breaks of wrapped lines as spaces (same length).

    A break joins when the line before it ends on a word no line of prose ends on, or the line
    after it goes on in lower case; when at least ``WRAPPED_TEXT`` breaks are such, the text
    was wrapped by hand, and every break after a long line that ends mid-sentence joins too.
    A blank line (a paragraph) never joins.
    """
    sure: list[int] = []
    maybe: list[int] = []
    i = text.find("\n")
    last = len(text) - 1
    while i >= 0:
        # (each break by ``str.find``: a pattern tried at every character cost more than
        # the rest of the normalising)
        # (a line may end on spaces and the next open on tabs, as a page laid out in a
        # table prints it: "upheld Tennessee's ban \n\t\ton gender-affirming care"; the
        # words either side decide, and a line of spaces alone is a blank line)
        a = i
        while a > 0 and text[a - 1] in " \t":
            a -= 1
        b = i + 1
        while b <= last and text[b] in " \t":
            b += 1
        if a > 0 and b <= last and not text[a - 1].isspace() and not text[b].isspace():
            k = a - 1
            while k > 0 and not text[k - 1].isspace():
                k -= 1
            _one_break(text, i, text[k:a], sure, maybe, b)
        i = text.find("\n", i + 1)
    if len(sure) >= WRAPPED_TEXT:
        sure += maybe
    if not sure:
        return text
    chars = list(text)
    for i in sure:
        chars[i] = " "
    return "".join(chars)


def _one_break(
    text: str, i: int, word: str, sure: list[int], maybe: list[int], nxt: int | None = None
) -> None:
    """Sort the break at ``i`` after ``word``: sure to join, joined in a wrapped text, or
    neither (see ``_wrapped``); ``nxt`` is where the next line's text opens (after its
    indent)."""
    if word.lower() in _OPEN_WORDS:
        sure.append(i)
    elif word.endswith(_LINE_ENDS):
        return
    elif text[i + 1 if nxt is None else nxt].islower():
        sure.append(i)
    elif i - (text.rfind("\n", 0, i) + 1) >= WRAPPED_LINE:
        maybe.append(i)


def normalise(text: str) -> Normalised:
    """``text`` with bare CRs as newlines, wrapped lines joined and invisible characters
    dropped (see the module)."""
    if "\r" in text:
        text = _BARE_CR.sub("\n", text)  # same length: offsets unchanged
    if "\n" in text:
        text = _wrapped(text)  # same length too
    if not _INVISIBLE.search(text):
        return Normalised(text)
    kept: list[int] = []
    chars: list[str] = []
    for i, ch in enumerate(text):
        if ch not in INVISIBLE:
            kept.append(i)
            chars.append(ch)
    return Normalised("".join(chars), tuple(kept))
