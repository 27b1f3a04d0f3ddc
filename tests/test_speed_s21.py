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


def test_overlapping_asks_what_the_plain_list_asked() -> None:
    from linker.models import Mention
    from linker.scanner import suitrefs

    rnd = random.Random(7)
    for _ in range(500):
        spans = []
        for _ in range(rnd.randint(0, 25)):
            a = rnd.randint(0, 300)
            spans.append((a, a + rnd.randint(0, 40)))
        if rnd.random() < 0.8:
            spans.sort()
        mentions = [Mention(a, b, "x" * (b - a), "case", None) for a, b in spans]
        out: list[Mention | None] = [None if rnd.random() < 0.2 else m for m in mentions]
        reach = suitrefs._reach(mentions)
        for _ in range(20):
            s = rnd.randint(0, 340)
            e = s + rnd.randint(0, 30)
            want = [m for m in out if m is not None and m.start < e and s < m.end]
            assert suitrefs._overlapping(out, reach, s, e) == want


_SUITOR_PIECES = [
    "Texas",
    "New York",
    " ",
    "  ",
    "\n",
    "brought",
    "filed",
    "led",
    " by ",
    "the ",
    "State of ",
    "Commonwealth",
    " of ",
    "'s",
    "’s",
    " lawsuit",
    " 2024 ",
    " sued",
    " filed a suit",
    " and 19 other states",
    " and Utah",
    ",",
    "(",
    "x",
    "the state of",
]


def test_suitor_at_answers_what_the_search_answered() -> None:
    from linker.scanner import lawsuits

    rnd = random.Random(5)
    seen = 0
    for state in ("Texas", "New York"):
        pattern = lawsuits._suitor_pattern(state)
        for _ in range(4000):
            text = "".join(rnd.choice(_SUITOR_PIECES) for _ in range(rnd.randint(0, 30)))
            want = pattern.search(text) is not None
            seen += want
            assert lawsuits._suitor_at(text, state) == want, text
    assert seen > 100


def test_taken_overlaps_answers_what_any_answered() -> None:
    from linker.scanner.agencyrules import _Taken

    rnd = random.Random(11)
    for _ in range(400):
        spans = [(a, a + rnd.randint(-3, 30)) for a in (rnd.randint(0, 200) for _ in range(8))]
        taken = _Taken(spans[: rnd.randint(0, 8)])
        for _ in range(30):
            if rnd.random() < 0.2:
                a = rnd.randint(0, 200)
                taken.append((a, a + rnd.randint(-3, 30)))
            s = rnd.randint(0, 230)
            e = s + rnd.randint(0, 30)
            assert taken.overlaps(s, e) == any(a < e and s < b for a, b in taken)
