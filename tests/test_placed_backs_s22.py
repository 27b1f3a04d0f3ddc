"""A back-reference ("The ruling", "The decision") right after a ruling whose judge's own
words place it in another state than the dateline's does not take the dateline's court
(``rulings._moved_backs``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import rulings

_LEAD = (
    "DENVER — A new decision by a federal judge in California could free hundreds of "
    "people held by immigration agents this fall. "
)


@pytest.mark.parametrize(
    "back",
    [
        "The ruling concerns a detention policy the agency adopted in the spring.",
        "The decision concerns a detention policy the agency adopted in the spring.",
    ],
)
def test_the_back_reference_keeps_no_court(back: str) -> None:
    found = rulings(_LEAD + back)
    assert len(found) == 2
    assert found[1].anaphor
    assert [m.court for m in found] == [None, None]


def test_a_one_district_state_moves_the_back_reference_too() -> None:
    found = rulings(
        "DENVER — A new decision by a federal judge in Oregon could free hundreds of people "
        "held by immigration agents this fall. "
        "The ruling concerns a detention policy the agency adopted in the spring."
    )
    assert [m.court for m in found] == ["ord", "ord"]


def test_without_another_state_the_dateline_places_both() -> None:
    found = rulings(
        "DENVER — A new decision by a federal judge could free hundreds of people held by "
        "immigration agents this fall. "
        "The ruling concerns a detention policy the agency adopted in the spring."
    )
    assert [m.court for m in found] == ["cod", "cod"]


def test_a_later_ruling_of_the_dateline_keeps_its_court() -> None:
    found = rulings(
        _LEAD + "The ruling concerns a detention policy the agency adopted in the spring. "
        "Last week a federal judge ordered the release of a local man held since June. "
        "The order came after a two-day hearing."
    )
    assert [m.court for m in found] == [None, None, "cod", "cod"]
