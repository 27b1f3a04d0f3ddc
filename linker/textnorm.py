"""Text as the scanner should read it, with every offset still pointing into the original.

Articles arrive with characters a reader never sees but a pattern trips over: zero-width
spaces and joiners, soft hyphens, byte-order marks, and the bidirectional controls that
copy-and-paste leaves behind ("Insurrection\u200b Act"), and old Mac files end their lines
with a bare carriage return. ``normalise`` drops the invisible characters and turns a bare
CR into a newline; ``Normalised.span`` maps a span of the normalised text back to the
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


def normalise(text: str) -> Normalised:
    """``text`` with bare CRs as newlines and invisible characters dropped (see the module)."""
    if "\r" in text:
        text = _BARE_CR.sub("\n", text)  # same length: offsets unchanged
    if not _INVISIBLE.search(text):
        return Normalised(text)
    kept: list[int] = []
    chars: list[str] = []
    for i, ch in enumerate(text):
        if ch not in INVISIBLE:
            kept.append(i)
            chars.append(ch)
    return Normalised("".join(chars), tuple(kept))
