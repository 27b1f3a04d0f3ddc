"""A clause opened by a word that adds a point ("First,", "Second,", "Additionally,") whose
court's ruling was just told is one more holding of that ruling, not a new ruling
(``rulings.clauses``: ``_ADDING_LEAD``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import rulings

_TOLD = (
    "The Fifth Circuit on Monday ruled that the county's permit rule is unlawful. "
    "However, the Fifth Circuit limited the reach of its ruling in two ways. "
)


@pytest.mark.parametrize(
    "after",
    [
        "First, the Fifth Circuit allowed current permit holders to renew their permits.",
        "Additionally, the Fifth Circuit decided that the relief is limited to Texas.",
    ],
)
def test_one_more_holding_of_the_ruling_told_is_no_new_ruling(after: str) -> None:
    found = rulings(_TOLD + after)
    assert not any(m.text.startswith("the Fifth Circuit allowed") for m in found)
    assert not any(m.text.startswith("the Fifth Circuit decided") for m in found)
    assert found[0].text.startswith("The Fifth Circuit on Monday ruled")


def test_with_no_ruling_of_that_court_told_the_clause_stays() -> None:
    text = (
        "Several courts weighed the county's permit rule this year. "
        "First, the Fifth Circuit blocked the rule in March."
    )
    assert any(m.text.startswith("the Fifth Circuit blocked") for m in rulings(text))
