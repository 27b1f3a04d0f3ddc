"""The tenth session's second speed branch (s10-speed2): each cheaper form gives what the
plain one it stands for gives, on the open corpora and on sentences of our own."""

from __future__ import annotations

import dataclasses

import pytest

from conftest import OPEN_CORPORA
from linker.bench import news_texts
from linker.models import Mention, quick_replace
from linker.scanner import described_laws
from linker.scanner.phrases import bank_walk
from linker.scanner.registry import anchor_index
from linker.scanner.rulings.common import Found
from linker.scanner.rulings.courtpatterns import CourtRef

_OPEN = OPEN_CORPORA

_OWN = [
    "Court ruled; the court, COURT and court’s v. Smith v Jones vs. Law law. lawful",
    "A federal judge blocked a Tennessee law banning drag shows. The state passed a law "
    "that bans it, and a 1990 statute in 1990 requiring it; the law of 1871 that allows it.",
    "the lawsuit, v.v, xv, _law, law_ and ‘the act’ — Supreme Court's ruling",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*news_texts(_OPEN), *_OWN] if _OPEN else list(_OWN)


def test_quick_replace_makes_what_dataclasses_replace_makes() -> None:
    m = Mention(3, 9, "the Act", "statute", "usc:10:252", confidence=0.7)
    r = CourtRef(1, 5, "judge", judge="Smith")
    f = Found(2, 8, None, False, 0.6, "blocked", r)
    for obj, changes in (
        (m, {"kind": "bill", "authority": "bill:119:hr:1"}),
        (m, {}),
        (r, {"court": "ca9", "postal": "CA"}),
        (r, {"trial": True}),
        (f, {"court": "dcd", "background": True}),
    ):
        fast = quick_replace(obj, **changes)
        assert fast == dataclasses.replace(obj, **changes)  # type: ignore[type-var]
        assert type(fast) is type(obj) and fast is not obj
    assert m.with_(end=12) == dataclasses.replace(m, end=12)
    with pytest.raises(TypeError):
        quick_replace(r, nope=1)


def test_the_walked_anchor_hits_are_the_checked_ones(texts: list[str]) -> None:
    index = anchor_index()
    assert index.walked  # (most anchor words are settled by the walk)
    for t in texts:
        _, maybe = bank_walk(t, index.words, index.edges)
        fast = index.collect(t, maybe, walked=True)
        plain = index.collect(t, maybe)
        assert fast == plain
        assert [list(x) for x in fast.items()] == [list(x) for x in plain.items()]  # order too
        assert plain == index.hits(t)  # and the automaton of the anchor words alone


def test_every_described_law_match_has_its_tail_after_a_law_hit(texts: list[str]) -> None:
    """The gate is sound: each ``ANCHOR`` match ends in a hit of "law"/"statute" followed by
    ``TAIL``, so an article none of whose hits is so followed has no match to search for."""
    from linker.scanner.doc import Doc

    seen = 0
    for t in texts:
        doc = Doc.of(t)
        ends = {e for _, e in doc.hits("law")}
        gate = any(described_laws.TAIL.match(t, e) for e in ends)
        for m in described_laws.ANCHOR.finditer(t):
            seen += 1
            assert gate
            assert any(m.start() < e <= m.end() and described_laws.TAIL.match(t, e) for e in ends)
    assert seen  # (the corpora and our own sentences hold some)
