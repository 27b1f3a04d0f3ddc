"""A ruling noun after a day's or last month's possessive with "court" between them
("Friday's court decision", "last month's decision"): the ruling of that day, as "Friday's
decision" is (``rulings.words``: ``RN_DET``, ``_RN_MOD_FORMS``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import rulings

_TOLD = "A federal judge in Nevada on Friday blocked the state's new ballot rule. "


@pytest.mark.parametrize(
    "noun",
    ["Friday's court decision", "Friday's court order", "last month's decision"],
)
def test_a_possessive_ruling_noun_refers_back(noun: str) -> None:
    text = _TOLD + f'"We regret {noun} that keeps Nevada from enforcing the rule," an aide said.'
    found = {m.text: m.court for m in rulings(text, "2025-06-10")}
    assert found.get(noun) == "nvd"


def test_a_court_word_with_no_possessive_is_not_a_modifier() -> None:
    text = _TOLD + "The team's court schedule was unaffected by the decision of the league."
    assert not [m for m in rulings(text, "2025-06-10") if "court" in m.text]
