"""Gates added for speed (ninth session) must not change what the passes find: each shape
the gated regex accepts is still tried."""

from __future__ import annotations

import re

import pytest

from conftest import mentions
from linker.scanner.families import FAMILIES


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
    # the bracketed definition and the later use (the definition is a mention since the
    # thirteenth session: 19 of 21 open gold definitions are annotated)
    assert found.count(("CADA", "Colorado Anti-Discrimination Act")) == 2


def test_no_bracket_no_abbreviation() -> None:
    text = (
        "The designer sued despite the Colorado Anti-Discrimination Act, CADA, which "
        "protects gay people. Forcing her to comply with CADA would violate her rights."
    )
    found = [(m.text, m.name) for m in mentions(text, "2023-06-30")]
    assert ("CADA", "Colorado Anti-Discrimination Act") not in found


def _rules_family() -> re.Pattern[str]:
    (fam,) = [f for f in FAMILIES if "ifr" in f.heads]
    return re.compile(fam.pattern)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The agency said its new regulations took effect.", ["its new regulations"]),
        ("Its rule was struck down.", ["Its rule"]),
        ("The IFR limits asylum, and this IFR is new.", ["The IFR", "this IFR"]),
        ("the new standards apply, not the standards of review", ["the new standards"]),
        (
            "The Department’s Final Rule and these rules",
            ["The Department’s Final Rule", "these rules"],
        ),
        ("its rule of thumb", []),
    ],
)
def test_the_rules_family_finds_each_shape_after_its_branches_were_regrouped(
    text: str, found: list[str]
) -> None:
    assert [m.group(0) for m in _rules_family().finditer(text)] == found
