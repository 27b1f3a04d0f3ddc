"""A law told as what the mention just before it is ("Ohio HB 12 is a 2024 law that bans …",
"ruled that Measure 7 is the law on redistricting") is the subject's predicate, not a
mention of its own (``scanner.predicates``). Made-up sentences."""

from __future__ import annotations

from conftest import mentions

_DATE = "2025-11-20"


def _laws(text: str) -> list[str]:
    return [
        m.text
        for m in mentions(text, _DATE)
        if m.kind in ("statute", "bill", "regulation", "executive-action")
    ]


def test_a_described_predicate_is_dropped() -> None:
    text = (
        "A federal judge in San Antonio blocked the Texas law on Tuesday. "
        "Texas SB 10 is a 2025 law that requires public schools to post the Ten Commandments "
        "in every classroom."
    )
    found = _laws(text)
    assert any(t.endswith("SB 10") for t in found)
    assert not any(t.startswith("a 2025 law") for t in found)


def test_the_law_as_predicate_is_dropped() -> None:
    text = (
        "Utah voters passed Proposition 4 in 2018. The judge ruled that Proposition 4 is the "
        "law on redistricting in Utah, and the maps cannot be used."
    )
    found = _laws(text)
    assert found.count("Proposition 4") == 2
    assert "the law" not in found


def test_the_law_after_its_subject_alone_still_counts() -> None:
    text = (
        "Texas SB 10 took effect in September. "
        "The law requires public schools to post the Ten Commandments in every classroom."
    )
    assert "The law" in _laws(text)
