"""A party's name after what befalls a person ("the removal of Wilcox") is the person, not
the case the article named in full (``casenames._party_short_names``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_CASE = "The justices heard Trump v. Slaughter last week. "


@pytest.mark.parametrize(
    "text",
    [
        "Lower courts had blocked the removal of Slaughter from the commission.",
        "The firing of Slaughter came in March, and she sued.",
        "Democrats protested the president's dismissal of Slaughter in the spring.",
        "Her lawyers sought the reinstatement of Slaughter while the appeal went on.",
    ],
)
def test_the_person_is_no_case(text: str) -> None:
    found = [m for m in mentions(_CASE + text, "2025-12-10") if m.kind == "case"]
    assert [m.text for m in found] == ["Trump v. Slaughter"]


def test_the_short_name_as_a_case_still_links() -> None:
    found = [
        m
        for m in mentions(_CASE + "A ruling in Slaughter is due by June.", "2025-12-10")
        if m.kind == "case"
    ]
    assert [m.text for m in found] == ["Trump v. Slaughter", "Slaughter"]
