"""Twenty-sixth session (s26-rul2): ruling shapes of the readable sets where rulings scored
lowest. Made-up sentences of the shapes the sets showed."""

from __future__ import annotations

from conftest import rulings

DATE = "2024-10-20"


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text, DATE)]


def test_a_hyphenated_leaning_belongs_to_the_circuit_the_justices_let_stand() -> None:
    found = _found(
        "The justices let stand a ruling by the ultra-liberal Ninth Circuit Court of appeals, "
        "which said the county may not ban the signs."
    )
    assert ("The justices let stand", "scotus") in found
    assert ("a ruling by the ultra-liberal Ninth Circuit", "ca9") in found


def test_a_state_high_courts_holding_in_a_case_recalled_as_an_object() -> None:
    found = _found(
        "Lawmakers passed the measure in March to answer last year’s Ohio Supreme Court’s "
        "holding in Doe v. Acme Widgets Inc., which allowed huge awards."
    )
    assert found == [("Ohio Supreme Court’s holding", "ohio")]


def test_a_court_the_discourse_cannot_place_takes_the_suit_the_story_tells() -> None:
    found = _found(
        "North Carolina's Property Protection Act, the state's ag-gag law, was challenged by "
        "PETA and the Animal Legal Defense Fund.\n\nThe state lost in U.S. District Court, "
        "which ruled the law violated the First Amendment.\n\nIt lost again at the Fourth "
        "Circuit Court of Appeals, which upheld the lower court.\n\nThe state asked the U.S. "
        "Supreme Court to hear the case, which declined."
    )
    assert ("U.S. District Court, which ruled", "ncmd") in found


def test_an_unknown_court_in_a_relative_clause_keeps_its_words_and_stays_unplaced() -> None:
    found = _found(
        "The company lost in U.S. District Court, which ruled the contract was void, and it "
        "did not appeal."
    )
    assert found == [("U.S. District Court, which ruled the contract was void", None)]


def test_the_unsigned_opinion_is_the_reviewing_courts_not_the_trial_judges() -> None:
    found = _found(
        "The Supreme Court on Thursday upheld a district court’s order requiring officials to "
        "bring the man back.\n\nThe unsigned opinion for the court said the word “return” in "
        "U.S. District Judge Paula Xinis’s first order needed clarifying."
    )
    assert ("The unsigned opinion", "scotus") in found
    assert ("U.S. District Judge Paula Xinis’s first order", "mdd") in found


def test_a_capitalised_stay_of_the_order_issued_by_a_circuit() -> None:
    found = _found(
        "The Order drew wide opposition, culminating in a Stay of the Order being issued by the "
        "U.S. Court of Appeals for the 6th Circuit."
    )
    assert found == [("a Stay of the Order", "ca6")]


def test_a_capitalised_stay_without_its_article_is_no_ruling() -> None:
    assert _found("Stay of the Order is what the carriers asked the 6th Circuit for.") == []


def test_the_court_after_a_stay_of_a_district_courts_order_is_the_reviewing_court() -> None:
    found = _found(
        "The Fifth Circuit granted a stay pending appeal of a district court’s order compelling "
        "the charity to disclose its donors.\n\nThe Court emphasized that the loss of First "
        "Amendment freedoms is an irreparable injury."
    )
    assert ("The Fifth Circuit granted a stay", "ca5") in found
    assert ("The Court emphasized", "ca5") in found
