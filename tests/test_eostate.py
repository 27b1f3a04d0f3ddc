"""California governors' orders by their lettered number link ``state:ca:eo:…``; a plain
number stays the president's (or nobody's)."""

from __future__ import annotations

import pytest

from conftest import mentions


def orders(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.text, m.authority) for m in mentions(text, "2020-06-01") if m.kind == "executive-action"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Employers must heed Governor Gavin Newsom's Executive Order N-62-20 on infections.",
            ("Executive Order N-62-20", "state:ca:eo:n-62-20"),
        ),
        (
            "Gov. Jerry Brown issued executive order B-30-15 on emissions targets.",
            ("executive order B-30-15", "state:ca:eo:b-30-15"),
        ),
        (
            "Residents stayed home under EO N-33-20 for weeks.",
            ("EO N-33-20", "state:ca:eo:n-33-20"),
        ),
        (
            "The state relied on Executive Order No. N-25-20 for the waiver.",
            ("Executive Order No. N-25-20", "state:ca:eo:n-25-20"),
        ),
    ],
)
def test_a_california_order_by_its_number(text: str, want: tuple[str, str]) -> None:
    assert want in orders(text)


def test_other_numbers_are_not_californias() -> None:
    assert orders("Executive Order N-62-200 and Executive Order X-1-20 are typos.") == []
    assert ("Executive Order 14183", "eo:14183") in [
        (m.text, m.authority) for m in mentions("Executive Order 14183 was signed.", "2025-03-01")
    ]
