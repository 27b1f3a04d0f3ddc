"""Patterns tried only near their head words find what a scan of every position finds.

The scanner looks for a court phrase only at the words that may open one before its head word
("judge", "court", "panel"), for a ruling verb only near a verb, for a ruling noun only near
its noun. These sentences are shaped like real news; each phrase must come out whole, as a
scan of every position would give it.
"""

from __future__ import annotations

import re

import pytest

from linker.scanner.doc import Doc
from linker.scanner.rulings import courtrefs
from linker.scanner.trie import WORD_START, find_all, head_matches, matches_at


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "The three-judge panel ruled in favor of a permanent injunction.",
            "The three-judge panel",
        ),
        ("Lawyers went (a federal judge in Oregon agreed) to court.", "a federal judge in Oregon"),
        ("“A Trump-appointed judge blocked it,” she said.", "A Trump-appointed judge"),
        ("On Friday, a Texas-based federal judge halted the rule.", "a Texas-based federal judge"),
        ("He said another federal appeals court would rule.", "another federal appeals court"),
        ("In Memphis, the federal jury found him guilty.", "the federal jury"),
    ],
)
def test_a_generic_court_phrase_comes_out_whole(sentence: str, phrase: str) -> None:
    refs = courtrefs.court_phrases(Doc.of(sentence))
    assert phrase in [sentence[r.start : r.end].split(",")[0] for r in refs]


def test_head_matches_finds_what_finditer_finds() -> None:
    # a pattern whose matches end in a head word: every match, in order, as finditer gives
    pat = re.compile(r"(?:(?:the|a)\s+)?(?:(?:big|red)\s+)*(?:dog|cat)\b")
    text = "the big red dog saw a cat; big dog and red cat met the dog a cat"
    heads = [m.span() for m in re.finditer(r"dog|cat", text)]
    got = [m.span() for m in head_matches(text, pat, heads, 20, WORD_START)]
    assert got == [m.span() for m in pat.finditer(text)]


def test_matches_at_finds_what_finditer_finds() -> None:
    # "Section N" tried only at each "ection" (one character after the S), as names.py does
    pat = re.compile(r"\b[Ss]ection\s+\d+")
    text = "Section 230 and section 702; Sections 5; intersection 9; Section 8"
    got = [m.span() for m in matches_at(pat, text, (i - 1 for i in find_all(text, "ection", 1)))]
    assert got == [m.span() for m in pat.finditer(text)]
