"""A ruling whose court only a later pass finds ("a federal judge in Texas blocked the rule",
placed by the one suit over that rule) keeps its back-references: "That order …" opening a
sentence, and "the ruling" as the object of a verb of appeal ("may take the ruling to the 5th
Circuit", "vowed to appeal the decision"). Twenty-third session, census24 P8. Made-up
sentences."""

from __future__ import annotations

from conftest import mentions

_LEAD = (
    "On Aug. 20, 2024, a federal judge in Texas blocked the Federal Trade Commission's rule "
    "banning noncompete agreements nationwide.\n\n"
)


def rulings(text: str) -> dict[str, str | None]:
    return {m.text: m.court for m in mentions(text, "2024-08-21") if m.kind == "ruling"}


def test_that_order_and_the_appealed_ruling_take_the_placed_court() -> None:
    got = rulings(
        _LEAD + "That order frees workers across the country. The commission may take the "
        "ruling to the 5th Circuit."
    )
    assert got["That order"] == "txnd"
    assert got["the ruling"] == "txnd"


def test_appeal_the_decision() -> None:
    got = rulings(_LEAD + "Officials said they would appeal the decision quickly.")
    assert got["the decision"] == "txnd"


def test_the_order_of_a_president_in_the_ruling_sentence_is_not_taken() -> None:
    text = (
        "On March 3, 2025, a federal judge in Texas blocked Executive Order 14999, which "
        "ended a grant program.\n\nThat order had cut funds to dozens of cities."
    )
    assert "That order" not in rulings(text)


def test_appeal_the_decision_in_another_case_is_left_alone() -> None:
    got = rulings(_LEAD + "Lawyers hope to challenge the decision in a similar suit.")
    assert "the decision" not in got


def test_no_placed_ruling_no_back_reference() -> None:
    got = rulings("Lawmakers debated the bill for hours. That order of business ran late.")
    assert "That order" not in got


_APPEAL = (
    "Ranchers sued Montana over a water law in 2021. State district court judge Ann Roe ruled "
    "for the ranchers in 2023. The state appealed the decision to the Montana Supreme Court, "
    "only to see the justices affirm the judgment in March.\n\n"
)


def test_only_to_see_the_justices_affirm_is_the_high_courts_ruling() -> None:
    got = rulings(_APPEAL + "The decision angered legislators.")
    assert got["the justices affirm the judgment"] == "mont"
    assert got["The decision"] == "mont"
    assert got["the decision"] == "mtjdct"  # (the ruling appealed)


def test_a_lower_court_ruling_told_anew_keeps_its_own_anaphors() -> None:
    got = rulings(
        _APPEAL + "Months later, state district court judge Ann Roe ruled against the "
        "ranchers again. The decision angered them."
    )
    assert got.get("The decision") != "mont"
