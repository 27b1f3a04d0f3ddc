"""The eleventh session's second speed branch (s11-speed2): each cheaper form gives what the
plain one it stands for gives, on the open corpora and on sentences of our own."""

from __future__ import annotations

import random
import re

import pytest

from conftest import OPEN_CORPORA
from linker.bench import news_texts
from linker.scanner.actnames import GENERIC_ACT, generic_act_matches

_OWN = [
    "Trump signed the Protecting Americans from Foreign Adversary Controlled Applications Act.",
    "the Clean Air Act Amendments Act of 1990, the “Clean Water Act” and (the SAVE Act)",
    "violated the Constitution and the Martial Law Act; a non-Federal Act; O'Brien's Law Act",
    "the Safeguard American Voter Eligibility (SAVE) Act, the U.S.\u00a0Innovation Act,\tthe\tAct",
    "Sen. Duckworth Introduces HOPE Act\n\nThe Act would fund the Acts of Congress Act of 2024",
    "Act Act of 1999 — an Act, Acts, Actually the Jones-Smith Act's reach",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*news_texts(OPEN_CORPORA), *_OWN] if OPEN_CORPORA else list(_OWN)


def _key(ms: object) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in ms]  # type: ignore[attr-defined]


def test_generic_acts_walked_back_are_finditers(texts: list[str]) -> None:
    seen = 0
    for text in texts:
        # windows of every size, opening anywhere (inside a word, on white space)
        for ws in range(0, len(text), 89):
            for we in (ws + 40, ws + 320, len(text)):
                plain = _key(GENERIC_ACT.finditer(text, ws, we))
                assert _key(generic_act_matches(text, ws, we)) == plain, text[ws:we]
                seen += len(plain)
    assert seen > 5


_PIECES = (
    *("Act", "Acts", "Act,", "Act's", "ActX", "-Act", "(Act", "the", "of", "an", "a", "&"),
    *("and", "was", "Clean", "Air", "“Clean", "(SAVE)", "U.S.", "non-Federal", "O'Brien"),
    *("'Brien", "Jones-Smith", "Law", "2019", "of 2019", "\n", "\n\n", "\u00a0"),
)


def test_generic_acts_walked_back_on_made_up_runs() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(
            rng.choice(_PIECES) + rng.choice((" ", " ", "  ", "\n", "\t", "\u00a0", ""))
            for _ in range(rng.randint(1, 14))
        )
        for ws in range(min(len(text), 5)):
            for we in (len(text), len(text) - 2):
                if we >= ws:
                    plain = _key(GENERIC_ACT.finditer(text, ws, we))
                    assert _key(generic_act_matches(text, ws, we)) == plain, (text, ws, we)


def test_the_walk_back_reads_the_patterns_own_joining_words() -> None:
    from linker.scanner import actnames

    assert frozenset(re.findall(r"[\w&]+", actnames._LINK)) == actnames._LINK_WORDS


def test_a_search_links_quoting_is_quote_plus() -> None:
    from urllib.parse import quote_plus

    from linker.links import quote_plus_fast

    for c in range(0x300):
        assert quote_plus_fast(chr(c)) == quote_plus(chr(c)), c
    rng = random.Random(11)
    alphabet = [chr(i) for i in range(128)] + ["é", "’", "“", "\u00a0"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert quote_plus_fast(text) == quote_plus(text), text
    assert quote_plus_fast("deploy troops Portland") == "deploy+troops+Portland"


def test_an_introduced_rules_verbs_open_on_their_letters(texts: list[str]) -> None:
    from linker.scanner import agencyrules as AR

    fast = AR.INTRODUCED()
    head = AR.INTRODUCING_START
    assert fast.pattern.startswith(head)
    # the pattern before this branch: the same verbs after a plain word boundary
    plain = re.compile(r"\b(?:" + "|".join(AR._INTRODUCING) + ")" + fast.pattern[len(head) :])
    own = [
        "The FTC on Tuesday finalized a rule banning noncompetes; EPA issued new regulations",
        "the agency reissued the rule, unfiled final rule, it rolled  out an interim final rule",
        "FinCEN proposed final rules; announces its regulation; put forward a rule",
    ]
    seen = 0
    for text in [*texts, *own]:
        for m in re.finditer(r"[Rr]ules?|[Rr]egulations?", text):
            for lo in (max(0, m.start() - 70), max(0, m.start() - 9), m.start()):
                a, b = fast.search(text, lo, m.end()), plain.search(text, lo, m.end())
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
                seen += a is not None
    assert seen > 5
