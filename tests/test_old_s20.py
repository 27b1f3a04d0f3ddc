"""Twentieth session (s20-old): what earlier held-back sets still missed, as general forms.
Every sentence here is made up."""

from __future__ import annotations

import pytest

from conftest import rulings


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Today, the governor announced the District Court for the District of Oregon "
            "has granted a preliminary injunction blocking the policy.",
            "ord",
        ),
        (
            "The District Court for the District of Massachusetts on Friday blocked the "
            "agency's plan.",
            "mad",
        ),
        (
            "A judge of the United States District Court for the District of Idaho struck "
            "down the statute.",
            "idd",
        ),
        (
            "The coalition said the district court for the District of Maryland had ruled "
            "against the agency.",
            "mdd",
        ),
    ],
)
def test_a_district_court_for_the_district_of_a_state_is_federal(text: str, court: str) -> None:
    assert court in {m.court for m in rulings(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a state's district court is "in" a city or a numbered district
        "The state District Court in Denver ruled for the city.",
        "The Fourth Judicial District Court ruled for the county on Monday.",
    ],
)
def test_a_state_district_court_gets_no_federal_court(text: str) -> None:
    assert not {m.court for m in rulings(text)} & {"cod", "mnd"}
