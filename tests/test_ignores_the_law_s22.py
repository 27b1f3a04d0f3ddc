""" "Ignores the law" is the law as such, not a back-reference to the law named before
(``families.BLOCK_BEFORE``, as "follow the law", "above the law"). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_NAMED = "The groups say the repeal breaks the Clean Air Act and will not survive review. "


@pytest.mark.parametrize(
    "after",
    [
        "One lawyer said the agency's move ignores the law and the science.",
        "Critics said the agency ignored the law for years.",
        "The lawsuit accuses the agency of ignoring the law.",
    ],
)
def test_ignoring_the_law_is_no_back_reference(after: str) -> None:
    found = [m.text for m in mentions(_NAMED + after) if m.kind == "statute"]
    assert found == ["Clean Air Act"]


def test_the_law_as_subject_still_refers_back() -> None:
    found = [m.text for m in mentions(_NAMED + "The law requires the agency to act.")]
    assert "The law" in found
