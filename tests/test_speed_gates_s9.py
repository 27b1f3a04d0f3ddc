"""Gates added for speed (ninth session) must not change what the passes find: each shape
the gated regex accepts is still tried."""

from __future__ import annotations

import pytest

from conftest import mentions


@pytest.mark.parametrize(
    "gap",
    ["(", " (", "  (", "\n(", " \u00a0(", "\t("],
)
def test_an_abbreviation_defined_after_any_white_space_is_still_found(gap: str) -> None:
    text = (
        f"The designer sued despite the Colorado Anti-Discrimination Act{gap}CADA), which "
        "protects gay people. Forcing her to comply with CADA would violate her rights."
    )
    found = [(m.text, m.name) for m in mentions(text, "2023-06-30")]
    assert found.count(("CADA", "Colorado Anti-Discrimination Act")) == 1


def test_no_bracket_no_abbreviation() -> None:
    text = (
        "The designer sued despite the Colorado Anti-Discrimination Act, CADA, which "
        "protects gay people. Forcing her to comply with CADA would violate her rights."
    )
    found = [(m.text, m.name) for m in mentions(text, "2023-06-30")]
    assert ("CADA", "Colorado Anti-Discrimination Act") not in found
