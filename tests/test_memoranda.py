"""Presidential memoranda are executive actions without an id (SPEC §2 has none short of a
Federal Register page, never guessed). Sentences of our own in the shapes of real pages (a
benefits blog, March 2017; FAS, March 2021; AP, Dec. 2024)."""

from __future__ import annotations

import pytest

from conftest import mentions


def actions(text: str, date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.text, m.authority, m.name) for m in mentions(text, date) if m.kind == "executive-action"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On Feb. 3, President Trump issued a Presidential Memorandum ordering the DOL to "
            "examine the rule.",
            ("a Presidential Memorandum", None, None),
        ),
        (
            "Comments are due on the questions in President Trump's February 3, 2017 executive "
            "memorandum.",
            ("President Trump's February 3, 2017 executive memorandum", None, None),
        ),
        (
            "President Joe Biden has approved a new national security memorandum on China.",
            ("a new national security memorandum", None, None),
        ),
        (
            "The memo was later designated National Security Memorandum/NSM-4.",
            ("National Security Memorandum/NSM-4", None, "National Security Memorandum 4"),
        ),
        (
            "An unnumbered memo on the workforce is apparently NSM-3.",
            ("NSM-3", None, "National Security Memorandum 3"),
        ),
        (
            "On February 4, President Biden issued a memorandum to agency heads on human rights.",
            ("a memorandum", None, None),
        ),
    ],
)
def test_presidential_memorandum_found_without_an_id(
    text: str, want: tuple[str, None, str | None]
) -> None:
    assert want in actions(text, "2025-01-01")


@pytest.mark.parametrize(
    "text",
    [
        "The judge issued a memorandum opinion on Friday.",
        "The agency signed a memorandum of understanding with the state.",
        "A Justice Department memorandum told prosecutors to drop the cases.",
        "Presidential memoranda are written directives issued by the President.",
        "The governor issued a memorandum to state agencies.",
    ],
)
def test_other_memoranda_are_not_presidential(text: str) -> None:
    assert actions(text) == []
