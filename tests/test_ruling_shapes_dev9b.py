"""Ruling shapes from the open sets dev9–dev12, round two: each in sentences of our own."""

from __future__ import annotations

from conftest import mentions


def _rulings(text: str) -> list[str]:
    return [m.text for m in mentions(text, "2025-06-02") if m.kind == "ruling"]


def test_a_court_saying_on_a_day_what_is_unconstitutional_is_its_ruling() -> None:
    found = _rulings("The Ohio Supreme Court said Monday the county's bail schedule is unconstitutional.")
    assert found and found[0].startswith("The Ohio Supreme Court said Monday")
    assert _rulings("The Ohio attorney general said Monday the county's bail schedule is unconstitutional.") == []


def test_a_court_effectively_ending_a_plan() -> None:
    assert _rulings("The Supreme Court on Friday effectively killed the board's proposal.")
    assert _rulings("The mayor on Friday effectively killed the board's proposal.") == []


def test_a_judge_rebuking_the_government() -> None:
    assert _rulings("A federal judge in Seattle rebuked the agency over the layoffs.")
    assert _rulings("A Republican senator rebuked the agency over the layoffs.") == []
