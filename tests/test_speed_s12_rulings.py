"""The twelfth session's rulings speed branch (s12-speed-rulings): each cheaper form gives what
the plain one it stands for gives, on the open corpora and on sentences of our own."""

from __future__ import annotations

import random
import re

import pytest

from conftest import OPEN_CORPORA
from linker import courts as C
from linker.bench import news_texts
from linker.scanner.rulings import courtpatterns as CP
from linker.scanner.rulings import unrepeat
from linker.scanner.rulings.words import HYPO_ALWAYS, HYPO_PRESENT, hypo_always, hypo_present
from linker.scanner.trie import WORD_START, trie_regex

_OWN = [
    "Even if the court rules, unless the judge acts, should the panel decide, in case the court",
    "IF THE COURT RULES; Unless\tthe judge; whenever  the court; WHETHER the court; till the",
    "until\nthe court; once the panel; before the judge; after the court; when the justices",
    "Ifs and buts: the motif judge; the Elf court; 'til the court; ſhould the court; İf",
    "the ſelf-ſame court; a K\u212aelvin judge; in\u00a0case the court; even\u2003if the judge",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*news_texts(OPEN_CORPORA), *_OWN] if OPEN_CORPORA else list(_OWN)


def _leads(text: str) -> list[str]:
    """Every lead a clause's subject may have: the 40 characters before each word start, and
    before each white space and each position of a run of our own made-up pieces."""
    out = []
    for i in range(1, len(text)):
        if text[i - 1].isspace() or text[i].isspace() or i % 7 == 0:
            out.append(text[max(0, i - 40) : i])
    return out


def test_hypothetical_leads_are_their_searches(texts: list[str]) -> None:
    hits = 0
    for text in texts:
        for lead in _leads(text):
            always = HYPO_ALWAYS.search(lead) is not None
            assert hypo_always(lead) == always, lead
            assert hypo_present(lead) == (HYPO_PRESENT.search(lead) is not None), lead
            hits += always
    assert hits > 10


_PIECES = (
    *("if", "If", "IF", "unless", "should", "even", "in", "case", "until", "till", "once"),
    *("when", "whenever", "before", "after", "whether", "ſhould", "İf", "ıf", "the", "motif"),
    *("cases", "Unless", "ONCE", "whethe", "\u212aase", "“", "(", "—"),
)


def test_hypothetical_leads_on_made_up_runs() -> None:
    rng = random.Random(12)
    for _ in range(4000):
        lead = "".join(
            rng.choice(_PIECES) + rng.choice((" ", "  ", "\n", "\t", "\u00a0", "\u2003", ""))
            for _ in range(rng.randint(0, 6))
        )
        assert hypo_always(lead) == (HYPO_ALWAYS.search(lead) is not None), lead
        assert hypo_present(lead) == (HYPO_PRESENT.search(lead) is not None), lead


def _plain_generic_starts(text: str, lo: int, h: int) -> list[int]:
    """``courtpatterns._generic_starts`` as it was written before: a character at a time."""
    words = CP._generic_words()
    out: list[int] = []
    j = h
    if h > lo and not text[h - 1].isspace():
        i = h
        while i > lo and not text[i - 1].isspace():
            i -= 1
        e = h
        while e < len(text) and not text[e].isspace():
            e += 1
        at = CP._opening(text[i:e], words) if i > lo or i == 0 or text[i - 1].isspace() else None
        if at is None:
            return out
        out.append(i + at)
        if at:
            return out
        j = i
    while True:
        k = j
        while k > lo and text[k - 1].isspace():
            k -= 1
        if k == j or k <= lo:
            break
        i = k
        while i > lo and not text[i - 1].isspace():
            i -= 1
        if i == lo and i > 0 and not text[i - 1].isspace():
            break
        at = CP._opening(text[i:k], words)
        if at is None:
            break
        out.append(i + at)
        if at:
            break
        j = i
    out.reverse()
    return out


def test_generic_starts_read_by_words_are_the_character_walk(texts: list[str]) -> None:
    seen = 0
    for text in texts:
        heads = [m.start() for m in re.finditer(r"[Jj]udge|[Cc]ourt|panel|jury|justices", text)]
        for h in heads:
            for reach in (0, 1, 7, 23, 60):
                lo = max(0, h - reach)
                want = _plain_generic_starts(text, lo, h)
                assert CP._generic_starts(text, lo, h) == want, text[lo : h + 10]
                seen += len(want)
    assert seen > 100


_COURT_PIECES = (
    *("a", "the", "A", "The", "federal", "U.S.", "district", "Oregon", "San", "Francisco"),
    *("Trump-appointed", "12-person", "“the", "(a", "—a", "judge", "court", "Court", "jury"),
    *("three-judge", "panel", "Supreme", "x", "-based", "Boston-based", "\u2003", ","),
)


def test_generic_starts_on_made_up_runs() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(
            rng.choice(_COURT_PIECES) + rng.choice((" ", "  ", "\n", "\t", "\u00a0", ""))
            for _ in range(rng.randint(1, 9))
        )
        for h in range(len(text) + 1):
            for lo in {0, max(0, h - 1), max(0, h - 9), max(0, h - 20)}:
                assert CP._generic_starts(text, lo, h) == _plain_generic_starts(text, lo, h)


def _all(m: re.Match[str] | None) -> object:
    return None if m is None else (m.regs, m.lastindex)


def test_unrepeated_court_patterns_match_as_compiled(texts: list[str]) -> None:
    """Each court pattern, its optional groups rewritten as alternations, matches what the
    pattern compiled by ``re`` matches: every span, every group, at every word start."""
    for kind, source in CP._sources():
        plain, fast = re.compile(source), CP._compiled(kind)
        assert fast.pattern == plain.pattern and fast.groupindex == plain.groupindex
        for text in texts:
            assert [_all(m) for m in fast.finditer(text)] == [_all(m) for m in plain.finditer(text)]
            for w in WORD_START.finditer(text):
                assert _all(fast.match(text, w.start())) == _all(plain.match(text, w.start()))


def test_unrepeat_keeps_what_each_shape_matches() -> None:
    shapes = (
        r"(?:the\s+)?(?P<a>ab|c\w+)?d{0,2}(?:e\s)??x",
        r"(?P<x>(?:a|b)+)?(?P<y>a)?b",
        r"(?:(?:the|a)\s+(?:big\s+)?)?court(?:\s+of\s+(?P<p>\w+))?",
        r"(?=(?:ab)?c)(?<!(?:x)y)\w+",
        r"(a(b)?)?(?(2)x|y)?",
    )
    rng = random.Random(3)
    for source in shapes:
        plain, fast = re.compile(source), unrepeat.compile(source)
        for _ in range(400):
            text = "".join(rng.choice(("a", "b", "c", "d", "e", " ", "the ", "x", "y", "big "))
                           for _ in range(rng.randint(0, 12)))  # fmt: skip
            for at in range(len(text) + 1):
                assert _all(fast.match(text, at)) == _all(plain.match(text, at)), (source, text)


def test_state_supreme_starts_open_on_their_letters(texts: list[str]) -> None:
    words = {"the", "The", "Supreme", "split", "divided", "unanimous", "state",
             *(p.split()[0] for p in C.place_names()), *C.states()}  # fmt: skip
    plain = re.compile(rf"(?<![A-Za-z0-9_])(?:{trie_regex(words)})")
    fast = CP._state_supreme_starts()
    own = ["xThe Texas TX; (Supreme) _New New York NY's éTexas 9Ohio O Ohio\nTexas—Texas"]
    for text in [*texts, *own]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for lo in range(0, len(text), 37):
            got = [m.span() for m in fast.finditer(text, lo, lo + 51)]
            assert got == [m.span() for m in plain.finditer(text, lo, lo + 51)]


def test_letter_first_tries_keep_each_word() -> None:
    rng = random.Random(7)
    for _ in range(300):
        words = {"".join(rng.choice("abAB") for _ in range(rng.randint(1, 4))) for _ in range(6)}
        plain = re.compile(rf"(?<![A-Za-z0-9_])(?:{trie_regex(words)})")
        fast = re.compile(CP._letter_first_trie(words))
        text = "".join(rng.choice(("a", "b", "A", "B", " ", "_", "é", "\n")) for _ in range(40))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
