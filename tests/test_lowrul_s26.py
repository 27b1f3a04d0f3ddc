"""Rulings of the readable sets where rulings score lowest (twenty-sixth session, branch
s26-lowrul): made-up sentences in the shapes the sets showed.

- "But the judge delayed his order for seven days": a sentence whose subject is "the judge"
  itself makes "his order" the judge's ruling, though the last person named before it was a
  party; and "for seven days" is the time the order is put off for, not what it is for.
"""

from __future__ import annotations

from conftest import rulings

JUDGE_THEN_PARTY = (
    "A federal judge in Boston ruled Monday that the count must stand, siding with "
    "challenger John Doe. {tail}"
)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


def test_the_judge_delayed_her_order_is_the_judges_ruling() -> None:
    text = JUDGE_THEN_PARTY.format(tail="But the judge delayed her order for seven days.")
    assert ("her order", "mad") in _found(text)


def test_the_judge_postponed_his_order_after_an_officials_order() -> None:
    text = (
        "A federal judge in Boston ruled Monday that the count must stand. The governor said "
        "his order to certify the count would follow. The judge postponed her order for "
        "seven days."
    )
    assert ("her order", "mad") in _found(text)


def test_an_officials_order_for_days_is_no_ruling() -> None:
    text = JUDGE_THEN_PARTY.format(tail="The mayor extended his order for seven days.")
    assert [t for t, _ in _found(text)] == ["A federal judge in Boston ruled Monday"]


def test_a_judges_order_for_equipment_is_no_ruling() -> None:
    text = JUDGE_THEN_PARTY.format(tail="But the judge defended his order for new chairs.")
    assert [t for t, _ in _found(text)] == ["A federal judge in Boston ruled Monday"]


# - An unplaced federal trial ruling given "in favor of" a party every suit of lawsuits.csv that
#   lists it was filed in (by the story's date) takes that court; a state
#   judge's, a ruling whose words name another state, or a party of suits in several courts
#   ("Texas") stays unplaced.

FAVOURED = "On May 5, {lead} in favor of Harvard University, blocking the freeze. {after}"


def test_a_ruling_in_favor_of_a_party_of_one_courts_suits_takes_that_court() -> None:
    text = FAVOURED.format(
        lead="a federal district court judge issued a decision in two related lawsuits",
        after="",
    )
    assert _found(text) == [
        (
            "a federal district court judge issued a decision in two related lawsuits in "
            "favor of Harvard University",
            "mad",
        )
    ]


def test_a_party_whose_suits_came_after_the_story_tells_no_court() -> None:
    text = FAVOURED.format(lead="a federal judge ruled", after="")
    assert [c for _, c in _found(text)] == ["mad"]
    assert [m.court for m in rulings(text, "2025-03-04")] == [None]


def test_a_state_judges_ruling_in_favor_of_the_party_stays_unplaced() -> None:
    text = FAVOURED.format(lead="a state judge ruled", after="")
    assert [c for _, c in _found(text)] == [None]


def test_a_federal_judge_of_another_state_stays_unplaced() -> None:
    text = FAVOURED.format(lead="a federal judge in Texas ruled", after="")
    assert [c for _, c in _found(text)] == [None]


def test_a_party_of_suits_in_several_courts_tells_no_court() -> None:
    text = "On March 3, a federal judge ruled in favor of Texas. The court found the cuts unlawful."
    assert {c for _, c in _found(text)} == {None}


def test_a_party_of_one_known_suit_tells_no_court() -> None:
    text = "On May 5, a federal judge ruled in favor of the Chamber of Commerce in its lawsuit."
    assert [m.court for m in rulings(text)] == [None]
