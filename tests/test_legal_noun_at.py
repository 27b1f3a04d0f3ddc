"""legal_noun_at finds what LEGAL_NOUN's search finds, at the same place."""

from __future__ import annotations

import random

import pytest

from linker.scanner.rulings.words import LEGAL_NOUN, legal_noun_at

_WORDS = [
    "the",
    "a",
    "Act",
    "Acts",
    "law",
    "laws",
    "statute",
    "rule",
    "rules",
    "regulation",
    "Amendment",
    "Constitution",
    "Clause",
    "proclamation",
    "Proclamation",
    "policy",
    "policies",
    "plan",
    "plans",
    "ban",
    "bans",
    "order",
    "orders",
    "restraining",
    "protective",
    "gag",
    "court",
    "judge's",
    "judge’s",
    "her",
    "his",
    "its",
    "earlier",
    "own",
    "Trump's",
    "agency’s",
    "§",
    "U.S.C.",
    "C.F.R.",
    "v.",
    "vs.",
    "outlaw",
    "orderly",
    "A.",
    "new",
    "constitutional",
    "amendment",
    "amendments",
    "guidance",
    "moratorium",
    "moratoria",
    "unconstitutional",
    "pause",
    "eviction",
    "(FHA)",
    "(“Order”)",
    "Agency’s",
]


def _search(text: str, a: int, b: int) -> int | None:
    m = LEGAL_NOUN().search(text, a, b)
    return m.start() if m else None


@pytest.mark.parametrize(
    "text",
    [
        "blocked the administration's new ban on gender-affirming care for minors",
        "struck down the agency’s plan, finding the rule unlawful",
        "lifted the restraining order and the gag order against the lawyers",
        "ruled that 8 U.S.C. 1182(f) and the First Amendment allow it",
        "upheld the state's abortion ban and the Clause",
        "sided with Smith vs. Jones in the orderly dispute",
        "kept a state constitutional amendment and the agency's guidance on the moratorium",
        "an unconstitutional amendment, the moratoria",
        "vacated the Housing Agency’s (HA) eviction pause and the agency's pauses",
    ],
)
def test_on_sentences(text: str) -> None:
    for a in range(len(text)):
        assert legal_noun_at(text, a, len(text)) == _search(text, a, len(text))


def test_on_random_word_strings() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 8)))
        for a in (0, 1, 3):
            assert legal_noun_at(text, a, len(text)) == _search(text, a, len(text)), text
