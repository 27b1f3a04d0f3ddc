"""A scenario is no ruling: an indefinite judge ("a lone judge", "a single district judge",
"a federal judge" after "every time") acting in the present tense tells what may happen, not
what a court did (``rulings._hypothetical_judge``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import rulings

_CTX = (
    "The Supreme Court heard arguments on Tuesday over nationwide injunctions issued by "
    "district courts against the administration. "
)


@pytest.mark.parametrize(
    "scenario",
    [
        "A president signs a sweeping order, and within hours a single district judge in "
        "some faraway corner of the country halts it for the whole nation.",
        "The complaint is simple: a lone federal judge stops the whole program for everyone.",
        "Every time the agency acts, a federal judge blocks the rule.",
    ],
)
def test_an_indefinite_judge_in_a_scenario_is_no_ruling(scenario: str) -> None:
    found = rulings(_CTX + scenario)
    assert not [m for m in found if m.start >= len(_CTX)]


@pytest.mark.parametrize(
    ("told", "court"),
    [
        ("Then a judge in Maryland blocks the rule.", "mdd"),
        ("A single federal judge blocked the policy nationwide on Friday.", None),
    ],
)
def test_a_judge_placed_or_a_past_ruling_stays(told: str, court: str | None) -> None:
    found = [m for m in rulings(_CTX + told) if m.start >= len(_CTX)]
    assert len(found) == 1
    assert found[0].court == court
