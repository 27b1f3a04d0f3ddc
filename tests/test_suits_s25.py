"""Suits news tells by a petition to a court of appeals or by a long caption (twenty-fifth
session, s25-suits): own sentences in the shapes reports use, each asserting what a reader
would see linked (the words and the caption), or nothing."""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention


def cases(text: str, date: str | None = None) -> list[Mention]:
    return [m for m in mentions(text, date) if m.kind == "case"]


def named(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in cases(text, date)]


def test_a_caption_cut_at_in_reads_the_whole_name_a_known_suit_has() -> None:
    text = (
        "Eighteen attorneys general joined a brief in National Association of Diversity "
        "Officers in Higher Education v. Trump on Tuesday, backing the challenge."
    )
    assert named(text, "2025-03-20") == [
        (
            "National Association of Diversity Officers in Higher Education v. Trump",
            "National Association of Diversity Officers in Higher Education v. Trump",
        )
    ]


def test_a_caption_no_table_knows_stays_cut_at_in() -> None:
    text = (
        "The group filed a brief in Friends of Quiet Meadows in Upper Vale v. Hartwell, "
        "a lawsuit over zoning, the court said."
    )
    found = named(text, "2025-03-20")
    assert ("Upper Vale v. Hartwell", "Upper Vale v. Hartwell") in found
    assert not any(n and n.startswith("Friends of Quiet") for _t, n in found)


def test_initials_after_the_first_party_and_a_second_defendant_keep_the_known_caption() -> None:
    text = (
        "The petition, American Water Works Association (AWWA) v. EPA and Lee M. Zeldin, "
        "administrator, No. 24-1188, asks the appeals court to send the drinking-water "
        "standard back to the agency."
    )
    found = named(text, "2025-08-01")
    assert (
        "American Water Works Association (AWWA) v. EPA",
        "American Water Works Association v. EPA",
    ) in found


def test_initials_after_an_unknown_party_are_dropped_from_its_name() -> None:
    text = "The case, Harbor Pilots Guild (HPG) v. Coastal Board, was argued in the state court."
    assert (
        "Harbor Pilots Guild (HPG) v. Coastal Board",
        "Harbor Pilots Guild v. Coastal Board",
    ) in named(text, "2025-08-01")


def test_a_petition_in_a_court_of_appeals_is_the_known_suit_and_the_verb_no_second_one() -> None:
    text = (
        "On Tuesday, TikTok Inc. lodged a petition in the U.S. Court of Appeals for the D.C. "
        "Circuit suing the federal government over the new law. The company asks the court to "
        "bar Attorney General Merrick Garland from enforcing it."
    )
    found = cases(text, "2024-05-08")
    assert [(m.text, m.name, m.court) for m in found] == [
        ("a petition", "TikTok Inc. v. Garland", "cadc")
    ]


def test_a_petition_to_a_council_or_for_certiorari_is_no_suit() -> None:
    text = (
        "On Tuesday, TikTok Inc. users delivered a petition to the city council, and a "
        "petition for certiorari is pending in another matter. Attorney General Merrick "
        "Garland did not comment."
    )
    assert cases(text, "2024-05-08") == []


def test_a_landmark_short_name_in_parentheses_after_a_case_noun() -> None:
    text = (
        "The justices handed down a sweeping decision (Loper Bright) that ended decades of "
        "deference to agencies."
    )
    found = [(m.text, m.authority) for m in cases(text, "2024-12-01")]
    assert ("Loper Bright", "cite:603:us:369") in found


def test_a_name_in_parentheses_after_a_plain_word_is_no_case() -> None:
    text = "The company hired a new adviser (Loper Bright) to run its marketing team."
    assert cases(text, "2024-12-01") == []


def state_rulings(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def test_a_state_decision_told_by_state_and_year_takes_the_court_of_its_one_known_ruling() -> None:
    text = (
        "Lawmakers in Phoenix still argue over last year's Arizona decision upholding an 1864 "
        "law banning abortion, which voters later answered at the ballot box."
    )
    assert ("last year's Arizona decision", "ariz") in state_rulings(text, "2025-02-01")


def test_a_state_decision_of_a_year_with_no_known_ruling_stays_unlinked() -> None:
    text = (
        "Lawmakers in Phoenix still argue over the 2019 Arizona decision upholding an 1864 "
        "law banning abortion, which voters later answered at the ballot box."
    )
    assert not any(t.startswith("the 2019 Arizona decision") for t, _c in state_rulings(text))


def test_another_states_law_after_the_decision_is_no_evidence() -> None:
    text = (
        "Lawmakers in Reno still argue over last year's Nevada decision upholding an 1864 "
        "Arizona law banning abortion, which voters later answered at the ballot box."
    )
    assert not any("Nevada decision" in t for t, _c in state_rulings(text, "2025-02-01"))


def test_a_complaint_told_by_a_party_and_the_order_it_challenges_is_that_suit() -> None:
    text = (
        "The American Civil Liberties Union and two other groups filed a federal complaint "
        "challenging Proclamation 10773, which limits asylum at the southern border. The "
        "complaint says the rule breaks the law."
    )
    found = [(m.text, m.name, m.court) for m in cases(text, "2024-06-12")]
    suit = "Las Americas Immigrant Advocacy Center v. U.S. Department of Homeland Security"
    assert ("a federal complaint", suit, "dcd") in found
    assert ("The complaint", suit, "dcd") in found


def test_a_complaint_challenging_the_order_by_no_party_of_the_suit_stays_unlinked() -> None:
    text = (
        "Two immigrant groups filed a federal complaint challenging Proclamation 10773, which "
        "limits asylum at the southern border. The complaint says the rule breaks the law."
    )
    assert cases(text, "2024-06-12") == []
