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
