"""The tenth session's third speed branch (s10-speed3): each cheaper form gives what the
plain one it stands for gives, on the open corpora and on sentences of our own."""

from __future__ import annotations

import re

import pytest

from conftest import OPEN_CORPORA
from linker.bench import news_texts
from linker.scanner.rulings import courtpatterns as CP
from linker.scanner.rulings import nouns
from linker.scanner.rulings.words import RN
from linker.scanner.trie import head_matches

_OPEN = OPEN_CORPORA

_OWN = [
    "The ruling came Tuesday. That decision, his order and its 6-3 opinion stood; the TRO too.",
    "Wednesday's ruling and last week's sweeping injunction; an order. A decision. The\tverdict",
    "Judge Smith's order: their judgment, my sentence, her dissent, this stay. Theorder the ruling",
    "The Colorado Supreme Court and the U.S. Supreme Court; Supreme Court of Ohio; WA Supreme",
    "today's ruling, Yesterday's order, Monday’s decision, anorder, the\nruling",
]

# what the ruling nouns' starts were before this branch: every word start on a letter
_PLAIN_DET_START = re.compile(r"[TtHhIiMmSWFYyLlAa](?<!\w.)")
_HEAD = re.compile(
    r"\b(?:ruling|decision|opinion|order|injunction|TRO|judgment|sentence|stay|dissent|verdict)\b"
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*news_texts(_OPEN), *_OWN] if _OPEN else list(_OWN)


def test_ruling_noun_starts_find_what_every_word_start_found(texts: list[str]) -> None:
    for text in texts:
        heads = [m.span() for m in _HEAD.finditer(text)]
        plain = [m.span() for m in head_matches(text, RN, heads, 70, _PLAIN_DET_START)]
        fast = [m.span() for m in head_matches(text, RN, heads, 70, nouns._DET_START)]
        assert fast == plain


def test_ruling_noun_starts_are_determiners() -> None:
    # (a determiner only before white space: "a," and a last "an" open no phrase)
    text = "The ruling, this order and Wednesday's decision; Theory, Hisses, a, a stay, an"
    starts = [m.start() for m in nouns._DET_START.finditer(text)]
    assert [text[s : s + 4] for s in starts] == ["The ", "this", "Wedn", "a st"]


def test_state_high_court_starts_as_a_pattern_find_what_the_callable_found(
    texts: list[str],
) -> None:
    pat = CP._compiled("state_supreme")
    reach = CP._HEADED["state_supreme"][1]
    called = CP._HEADED["state_supreme"][2]
    direct = CP.head_starts(called)
    assert isinstance(direct, re.Pattern) and CP.head_starts(_HEAD) is _HEAD
    word = re.compile(r"Supreme|supreme|highest|top|high court|Court of")
    for text in texts:
        heads = [m.span() for m in word.finditer(text)]
        before = [m.span() for m in head_matches(text, pat, heads, reach, called)]
        assert [m.span() for m in head_matches(text, pat, heads, reach, direct)] == before


def test_titled_judge_starts_find_what_every_word_start_found(texts: list[str]) -> None:
    every = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z0-9]")  # (the starts before this branch)
    pat = CP._compiled("titled_judge")
    judge = re.compile("Judge")
    own = [
        "3rd District Court Judge Adam Mow; First Judicial District Judge Ann Lee; Senior U.S. "
        "District Judge Ed Roe, Chief Judge Sri Srinivasan, Presiding Judge Al Fox",
        "Acting Judge Bo Wu; US Magistrate Judge Zia Faruqui; federal Bankruptcy Judge Kay Ho; "
        "state Appeals Judge Di Ma, county Superior Court Judge Lo Pi, Immigration Judge Jo Li",
        "Trial Judge Max Ray of Ohio; State Circuit Court Judge Ty Cobb in Reno; the Judge. "
        "xJudge Ann Oak, 10th Judge Kim, said Judge Tom Hu",
    ]
    for text in [*texts, *own]:
        heads = [m.span() for m in judge.finditer(text)]
        plain = [m.span() for m in head_matches(text, pat, heads, 70, every)]
        fast = [m.span() for m in head_matches(text, pat, heads, 70, CP._TITLED_JUDGE_START)]
        assert fast == plain
