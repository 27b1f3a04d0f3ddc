"""The twelfth session's rulings speed branch (s12-speed-rulings): each cheaper form gives what
the plain one it stands for gives, on the open corpora and on sentences of our own."""

from __future__ import annotations

import random

import pytest

from conftest import OPEN_CORPORA
from linker.bench import news_texts
from linker.scanner.rulings.words import HYPO_ALWAYS, HYPO_PRESENT, hypo_always, hypo_present

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
