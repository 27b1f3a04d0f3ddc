"""A court that adopts a new standard or test decides a question in a ruling ("the court
adopted a new standard for …"), a row of ``ruling_verbs.csv`` (issue 13, twentieth session).
Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions


def rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2025-06-02") if m.kind == "ruling"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ohio Supreme Court adopted a new standard for school funding on Tuesday.",
        "On Tuesday the Ohio Supreme Court adopted a two-part test for public notices.",
        "In its ruling, the Ohio Supreme Court adopted a new test for deciding when a paper "
        "counts as local.",
    ],
)
def test_a_court_adopting_a_standard_is_a_ruling(text: str) -> None:
    got = rulings(text)
    assert got and got[0][1] == "ohio"
    assert "adopted" in got[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "The school board adopted a new standard for grading on Tuesday.",
        "The agency adopted a new test for lead in drinking water.",
        "The league adopted a new standard for transfers last year.",
    ],
)
def test_others_adopting_a_standard_are_no_ruling(text: str) -> None:
    assert rulings(text) == []
