"""A ruling noun after a named judge's own ruling whose court the article leaves unknown does
not take the court of a higher court's ruling told before that judge's (``rulings.nouns``:
``_unplaced_judge_between``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import rulings

_HIGH = "Two years ago the Utah Supreme Court upheld the voters' power to change the map. "


@pytest.mark.parametrize(
    "later",
    [
        "On Monday, Fifth District Judge Marta Quill ruled that the new map must go. "
        "Her decision angered lawmakers.",
        "Fifth District Judge Marta Quill ruled Monday that the new map must go. "
        "Lawmakers said the ruling went too far.",
        "Lawmakers lost again when Fifth District Judge Marta Quill ruled for the voters. "
        "This ruling is final for now.",
    ],
)
def test_the_noun_is_the_judges_not_the_high_courts(later: str) -> None:
    found = rulings(_HIGH + later)
    assert found[0].court == "utah"
    assert all(m.court != "utah" for m in found[1:])


def test_with_no_judge_between_the_noun_keeps_the_high_court() -> None:
    found = rulings(_HIGH + "Her critics said the ruling went too far.")
    assert [m.court for m in found] == ["utah", "utah"]


def test_a_judges_ruling_dated_to_a_year_is_recalled() -> None:
    text = (
        "The 10th Circuit on Monday struck down the Utah gun law. "
        "Fifth District Judge Marta Quill in 2023 declared the law void. "
        "The decision came in a suit the state had lost twice."
    )
    found = rulings(text, "2024-08-27")
    assert found[0].court is not None and found[-1].court == found[0].court
