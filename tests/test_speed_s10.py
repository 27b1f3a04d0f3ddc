"""The tenth session's cheaper forms find what the plainer ones they replace find (speed,
output-identical): checked on the open corpora and on sentences of our own."""

from __future__ import annotations

import re

import pytest

from conftest import OPEN_CORPORA
from linker.bench import news_texts
from linker.scanner import Doc
from linker.scanner.rulings.courtpatterns import APOS, PATTERN_WORDS, _compiled

_OPEN = OPEN_CORPORA

_OWN = [
    "The Supreme Court ruled. the U.S. Supreme Court; US Supreme Court and United States "
    "Supreme Court. Supreme Courts. TheSupreme Court. éThe Supreme Court.",
    "the nation's highest court, the country’s top court, the highest court in the land, "
    "the top court of the nation, The U.S. high court, the high court, the nine justices.",
    "Justices released their opinion. Justices Alito and Thomas. xJustices. The justices.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*news_texts(_OPEN), *_OWN] if _OPEN else list(_OWN)


_PLAIN_SCOTUS = re.compile(
    r"\b(?:[Tt]he\s+)?(?:U\.S\.\s+|US\s+|United\s+States\s+)?Supreme\s+Court\b"
    rf"|\b[Tt]he\s+(?:nation|country){APOS}s\s+(?:highest|top)\s+court\b"
    r"|\b[Tt]he\s+(?:highest|top)\s+court\s+(?:of|in)\s+the\s+(?:land|nation|country)\b"
    r"|\b[Tt]he\s+(?:U\.S\.\s+|US\s+|United\s+States\s+)?high\s+court\b"
    r"|\b[Tt]he\s+(?:nine\s+)?justices\b"
    # (eleventh session: "All nine justices"; twenty-first: "All justices", "all of the")
    r"|\b[Aa]ll\s+(?:nine\s+|the\s+|of\s+the\s+)?justices\b"
    r"|\bJustices\b(?!\s+[A-Z])"
    # (twenty-third session: the press's initials, never "SCOTUSblog")
    r"|\bSCOTUS\b"
)


def test_the_supreme_court_pattern_opening_on_letters_is_the_plain_one(texts: list[str]) -> None:
    fast = _compiled("scotus")
    for t in texts:
        for lo in (0, 1, 3):
            assert [m.span() for m in fast.finditer(t, lo)] == [
                m.span() for m in _PLAIN_SCOTUS.finditer(t, lo)
            ]
        for ws, we in Doc.of(t).windows(PATTERN_WORDS["scotus"].name):
            assert [m.span() for m in fast.finditer(t, ws, we)] == [
                m.span() for m in _PLAIN_SCOTUS.finditer(t, ws, we)
            ]


_OWN_HELD = (
    "The Code and Stat. Law; Id. id. ONST onstx clause provision No. Number Title Article "
    "Art. art. Court of Appeals orders actions (X) Act Federal Regulations. Lawlaw CodeCode "
    "Idd. xid. ConstConstitution"
)


def test_what_a_doc_holds_is_what_the_text_holds(texts: list[str]) -> None:
    from linker.scanner.doc import HELD_WORDS
    from linker.scanner.trie import find_all

    for t in [*texts, _OWN_HELD, ""]:
        doc = Doc.of(t)
        for w in (*HELD_WORDS, "ection", "no such words"):
            assert doc.holds(w) == (w in t)
            for start in (0, 1, 7):
                assert doc.places(w, start) == find_all(t, w, start)


def test_a_text_with_a_live_doc_holds_what_it_holds_without(texts: list[str]) -> None:
    import gc

    from linker.scanner.doc import HELD_WORDS, held_in, places_in
    from linker.scanner.trie import find_all

    for t in [*texts[:40], _OWN_HELD]:
        plain = {w: (w in t, find_all(t, w, 1)) for w in (*HELD_WORDS, "ection", "absent here")}
        assert {w: (held_in(t, w), places_in(t, w, 1)) for w in plain} == plain  # no Doc
        doc = Doc.of(t)
        assert {w: (held_in(t, w), places_in(t, w, 1)) for w in plain} == plain  # its Doc's
        assert held_in(t[:], "case") == ("case" in t)  # (an equal text that is no Doc's)
        del doc
        gc.collect()
        assert {w: (held_in(t, w), places_in(t, w, 1)) for w in plain} == plain
