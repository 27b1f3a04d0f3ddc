"""A court's act told as a noun with the court after "by" ("Tuesday's denial by the 4th
Circuit") is that court's ruling (``rulings.nouns._denials_by``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import rulings


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("Tuesday's denial by the 4th Circuit keeps the order in force.", "ca4"),
        ("The refusal by the Supreme Court to take up the appeal ends the fight.", "scotus"),
        ("Lawyers for the city said the rejection by the Second Circuit was expected.", "ca2"),
        (
            "Yesterday's dismissal by the U.S. Court of Appeals for the Tenth Circuit surprised "
            "the plaintiffs.",
            "ca10",
        ),
    ],
)
def test_the_court_after_by_gives_the_ruling(text: str, court: str) -> None:
    found = [(m.text, m.court) for m in rulings(text)]
    assert (
        found
        and found[0][1] == court
        and found[0][0].split()[1]
        in (
            "denial",
            "refusal",
            "rejection",
            "dismissal",
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "The denial by the agency of the permit angered the tribe.",
        "A denial by the county board is still possible.",
        "The rejection by voters of the measure was lopsided.",
    ],
)
def test_no_court_after_by_is_no_ruling(text: str) -> None:
    assert rulings(text) == []
