"""Ruling shapes from the open sets dev9–dev12, round two: each in sentences of our own."""

from __future__ import annotations

from conftest import mentions


def _rulings(text: str) -> list[str]:
    return [m.text for m in mentions(text, "2025-06-02") if m.kind == "ruling"]


def test_a_court_saying_on_a_day_what_is_unconstitutional_is_its_ruling() -> None:
    found = _rulings("The Ohio Supreme Court said Monday the county's bail plan is unlawful.")
    assert found and found[0].startswith("The Ohio Supreme Court said Monday")
    said = "The Ohio attorney general said Monday the county's bail plan is unconstitutional."
    assert _rulings(said) == []


def test_a_court_effectively_ending_a_plan() -> None:
    assert _rulings("The Supreme Court on Friday effectively killed the board's proposal.")
    assert _rulings("The mayor on Friday effectively killed the board's proposal.") == []


def test_a_judge_rebuking_the_government() -> None:
    assert _rulings("A federal judge in Seattle rebuked the agency over the layoffs.")
    assert _rulings("A Republican senator rebuked the agency over the layoffs.") == []


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.kind, m.text, m.court) for m in mentions(text, "2025-06-02")]


def test_the_lower_courts_ruling_a_higher_court_reviewed_before_a_caption() -> None:
    found = _found("The justices reversed the 9th Circuit’s ruling in Smith v. Jones on Monday.")
    assert ("ruling", "the 9th Circuit’s ruling", "ca9") in found
    assert any(k == "case" and t == "Smith v. Jones" for k, t, _ in found)


def test_a_court_decision_in_a_caption_without_review_stays_the_case() -> None:
    found = _found("The 9th Circuit’s decision in Smith v. Jones was praised by advocates.")
    assert [k for k, _, _ in found] == ["case"]
