"""Twenty-first session's speed round: each cheaper form gives exactly what the plain one gave."""

from __future__ import annotations

import random

from linker.scanner import regulations

_PIECES = [
    "BDR",
    "BD",
    "ABAB",
    " ",
    "  ",
    "\n",
    "\u2003",
    "the ",
    "The ",
    "its",
    "an",
    "A",
    "2022",
    "1999",
    "20",
    " rule",
    " final rule",
    " Final Rules",
    " regulations",
    "-",
    "x",
    ",",
    "bathe",
    "2022 ",
]


def test_initials_in_finds_what_finditer_found() -> None:
    rnd = random.Random(21)
    for abbr in ("BDR", "ABA", "ABAB"):
        pattern = regulations._initials_pattern(abbr)
        for _ in range(3000):
            text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30)))
            got = [(m.span(), m.groupdict()) for m in regulations._initials_in(text, abbr)]
            want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert got == want, text
