"""What is never a U.S. law or ruling: games and titles written "X vs. Y", "IRC" the chat
protocol, and (below) the courts and acts of other countries (issue 13, point 7)."""

from __future__ import annotations

import pytest

from conftest import mentions


@pytest.mark.parametrize(
    "text",
    [
        "The Steelers vs. Bills game was postponed because of snow in Buffalo.",
        "Kramer vs. Kramer won best picture, and Meryl Streep won an Oscar.",
        "It was Ali vs. Frazier all over again as the two champions met in Manila.",
        "Tickets for the Yankees vs. Red Sox series sold out in an hour.",
        # A legal article may mention a game: the words after the caption say it is one.
        "The judge said the Steelers vs. Bills game had nothing to do with the lawsuit.",
        "Developers chatting on IRC said the release was late.",
        "The IRC channel was busy all night as the release went out.",
    ],
)
def test_games_titles_and_chat_are_not_laws_or_cases(text: str) -> None:
    assert mentions(text, "2024-05-01") == []


def test_a_caption_in_a_legal_story_is_still_a_case() -> None:
    text = "The lawsuit, Smith vs. Jones, was filed in federal court by the tenants' lawyers."
    assert ("Smith vs. Jones", "Smith v. Jones") in {
        (m.text, m.name) for m in mentions(text, "2024-05-01")
    }


def test_the_internal_revenue_code_in_a_tax_story_is_still_the_code() -> None:
    text = "The IRS said the IRC allows the deduction under the tax law."
    assert "IRC" in [m.text for m in mentions(text, "2024-05-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The justices cited the First Amendment and Heller v. District of Columbia.",
            [("First Amendment", "constitution"), ("Heller v. District of Columbia", "case")],
        ),
        (
            "The Clean Air Act and Sierra Club v. EPA shaped the rule, the court said.",
            [("Clean Air Act", "statute"), ("Sierra Club v. EPA", "case")],
        ),
    ],
)
def test_a_law_before_and_is_never_part_of_the_next_caption(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.kind) for m in mentions(text, "2024-05-01")] == expected
