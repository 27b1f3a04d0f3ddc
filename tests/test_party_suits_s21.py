"""A trial judge's ruling with no court and no linked law in its sentence takes the court of the
one hand-curated suit of ``lawsuits.csv`` two of whose parties (one its own) that sentence names
(``linker.scanner.objectsuits._court_by_parties``). Made-up sentences; the suits are rows of
``lawsuits.csv`` (Oregon v. Trump in D. Or., Newsom v. Trump in N.D. Cal.)."""

from __future__ import annotations

import pytest

from conftest import mentions


def _rulings(text: str, date: str | None) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.court, m.anaphor) for m in mentions(text, date) if m.kind == "ruling"]


@pytest.mark.parametrize(
    "text",
    [
        # active, the parties after the verb
        "A federal judge on Saturday blocked the administration from sending National Guard "
        "soldiers to Portland.",
        # the place first, then the judge
        "In Portland, a federal judge temporarily barred the National Guard deployment the "
        "president had announced.",
        # passive
        "The plan to send the National Guard into Portland was halted by a federal judge late "
        "on Saturday.",
    ],
)
def test_two_parties_of_one_suit_give_its_court(text: str) -> None:
    found = _rulings(text, "2025-10-06")
    assert found and found[0][1] == "ord"


def test_a_back_reference_takes_the_same_court() -> None:
    text = (
        "A federal judge on Saturday blocked the administration from sending National Guard "
        "soldiers to Portland. The ruling came after a hearing."
    )
    assert [c for _, c, _ in _rulings(text, "2025-10-06")] == ["ord", "ord"]


def test_only_parties_many_suits_share_give_nothing() -> None:
    # "National Guard" is a party word of several suits, and no word is one suit's own
    text = (
        "A federal judge on Saturday blocked the administration from deploying the National Guard."
    )
    assert [c for _, c, _ in _rulings(text, "2025-10-06")] == [None]


def test_one_own_party_alone_gives_nothing() -> None:
    text = "A federal judge on Saturday blocked the administration's plans for Portland."
    assert [c for _, c, _ in _rulings(text, "2025-10-06")] == [None]


def test_a_suit_filed_after_the_article_gives_nothing() -> None:
    text = (
        "A federal judge on Saturday blocked the administration from sending National Guard "
        "soldiers to Portland."
    )
    assert [c for _, c, _ in _rulings(text, "2025-06-01")] == [None]


def test_an_undated_article_gives_nothing() -> None:
    text = (
        "A federal judge on Saturday blocked the administration from sending National Guard "
        "soldiers to Portland."
    )
    assert [c for _, c, _ in _rulings(text, None)] == [None]


def test_a_state_judge_or_another_state_gives_nothing() -> None:
    state = (
        "A state judge on Saturday blocked the administration from sending National Guard "
        "soldiers to Portland."
    )
    assert [c for _, c, _ in _rulings(state, "2025-10-06")] == [None]
    elsewhere = (
        "A federal judge in Texas on Saturday blocked the administration from sending "
        "National Guard soldiers to Portland."
    )
    assert all(c != "ord" for _, c, _ in _rulings(elsewhere, "2025-10-06"))


def test_a_ruling_before_the_suit_and_after_another_case_is_not_the_suits() -> None:
    # a roundup of decided cases: the trial ruling told under the first case is not the ruling
    # of the suit a later section names
    text = (
        "Trump v. CASA\n"
        "The president signed an order on his first day that would narrow citizenship at birth. "
        "A federal district court judge blocked the order nationwide. The justices said no "
        "single judge may do so.\n"
        "Kennedy v. Braidwood Management\n"
        "Employers objected to the preventive-care panel."
    )
    placed = [c for _, c, _ in _rulings(text, "2025-06-30")]
    assert "txnd" not in placed


@pytest.mark.parametrize(
    "text",
    [
        # the suit named first: the trial ruling after it is its own
        "In Kennedy v. Braidwood Management, employers objected to the preventive-care panel. "
        "A federal district court judge agreed with them.",
        # no other case named before the ruling: the suit named after it still places it
        "A federal district court judge agreed with the employers. The case, Kennedy v. "
        "Braidwood Management, reached the justices.",
    ],
)
def test_the_named_suit_still_places_the_trial_ruling(text: str) -> None:
    placed = [c for _, c, _ in _rulings(text, "2025-06-30")]
    assert "txnd" in placed
