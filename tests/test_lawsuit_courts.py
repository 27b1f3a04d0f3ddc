"""'The district court', 'the lower court', 'the judge' in a story whose lawsuit linker knows
without a caption, and a court of appeals' ruling as evidence for its district's suit
(issue 13, point 4, eleventh session). Own sentences in the shape of wire copy."""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention
from linker.scanner.lawsuits import place_rulings


def rulings(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def suits(text: str, date: str | None = None) -> list[Mention]:
    return [m for m in mentions(text, date) if m.matcher == "lawsuits"]


APPEAL = (
    "A federal appeals court on Friday upheld a block on the administration's freeze of "
    "Harvard's research grants. The 1st U.S. Circuit Court of Appeals said Harvard was likely "
    "to win its lawsuit against the Department of Health and Human Services. The district "
    "court had found the freeze unlawful in September. The lower court's ruling will stand "
    "while the case goes on, the panel said. The case is before Judge Allison Burroughs."
)


def test_a_court_of_appeals_ruling_and_the_judge_below_identify_the_suit() -> None:
    found = suits(APPEAL, "2025-12-01")
    assert found and {(m.name, m.court) for m in found} == {
        (
            "President and Fellows of Harvard College v. United States Department of Health "
            "and Human Services",
            "mad",
        )
    }


def test_a_court_of_appeals_ruling_is_evidence_for_its_districts_suit() -> None:
    text = (
        "The 5th U.S. Circuit Court of Appeals ruled Wednesday that the Affordable Care Act's "
        "individual mandate is unconstitutional. The lawsuit was brought by Texas and other "
        "Republican attorneys general."
    )
    found = suits(text, "2019-12-18")
    assert [(m.text, m.name, m.court) for m in found] == [
        ("The lawsuit", "Texas v. United States", "txnd")
    ]
    assert "on appeal" in (found[0].evidence or "")


def test_the_district_court_of_a_court_of_appeals_story_is_the_suits_court() -> None:
    placed = dict(rulings(APPEAL, "2025-12-01"))
    assert placed["The district court had found the freeze unlawful in September"] == "mad"
    assert placed["The lower court's ruling"] == "mad"


def test_a_court_of_appeals_ruling_alone_with_a_law_is_not_enough() -> None:
    # no party of the suit named: a circuit hears every district's suits
    text = (
        "The 1st U.S. Circuit Court of Appeals ruled Friday against the administration. "
        "The lawsuit challenged the freeze."
    )
    assert suits(text, "2025-12-01") == []


TEXAS = (
    "U.S. District Judge Reed O'Connor in Texas ruled Friday that the Affordable Care Act is "
    "unconstitutional, in a lawsuit brought by Texas and other Republican-led states. The "
    "5th U.S. Circuit Court of Appeals later heard the case. The lower court ruling was "
    "partly upheld."
)


def test_the_lower_court_below_the_suits_circuit_is_the_suits_court() -> None:
    assert dict(rulings(TEXAS, "2019-12-20"))["The lower court ruling"] == "txnd"


def test_two_suits_told_leave_the_district_court_unplaced() -> None:
    def suit(s: int, name: str) -> Mention:
        return Mention(
            s, s + 9, "a lawsuit", "case", None, court="mad", name=name, matcher="lawsuits"
        )

    unplaced = Mention(40, 58, "The district court", "ruling", None)
    one = place_rulings([suit(0, "A v. B"), unplaced])
    assert [m.court for m in one if m.kind == "ruling"] == ["mad"]
    two = place_rulings([suit(0, "A v. B"), suit(20, "C v. D"), unplaced])
    assert [m.court for m in two if m.kind == "ruling"] == [None]
    # another trial court's ruling in the story: its "the district court" may be that one
    other = Mention(60, 80, "A judge in Texas ruled", "ruling", None, court="txnd")
    three = place_rulings([suit(0, "A v. B"), unplaced, other])
    assert [m.court for m in three if m.kind == "ruling"] == [None, "txnd"]


def test_the_circuits_own_ruling_over_the_district_court_keeps_its_court() -> None:
    text = (
        "The 1st U.S. Circuit Court of Appeals upheld the district court's injunction on "
        "Friday, saying Harvard was likely to win its lawsuit against the Department of "
        "Health and Human Services before Judge Allison Burroughs."
    )
    placed = rulings(text, "2025-12-01")
    assert placed and placed[0][1] == "ca1"


DAKOTA = (
    "U.S. District Judge James Boasberg on Friday dismissed the Standing Rock Sioux Tribe's "
    "challenge to the Army Corps of Engineers over the Dakota Access Pipeline. One of the "
    "main arguments the tribe made in its 2024 lawsuit is that the Corps' inaction broke "
    "the law. A 2019 lawsuit was something else."
)


def test_a_year_before_lawsuit_keeps_only_a_suit_filed_that_year() -> None:
    found = {m.text: m.name for m in suits(DAKOTA, "2025-03-10")}
    assert found.get("its 2024 lawsuit") == (
        "Standing Rock Sioux Tribe v. United States Army Corps of Engineers"
    )
    assert "A 2019 lawsuit" not in found  # no suit of the table filed in 2019 fits


def test_a_hyphenated_word_for_the_kind_of_suit() -> None:
    text = (
        "U.S. District Judge G. Murray Snow ruled Friday in a racial-profiling lawsuit "
        "against Sheriff Joe Arpaio's office."
    )
    found = suits(text, "2013-05-24")
    assert [(m.text, m.name) for m in found] == [
        ("a racial-profiling lawsuit", "Melendres v. Arpaio")
    ]


def test_below_the_supreme_court_an_unplaced_lower_court_stays_unplaced() -> None:
    suit = Mention(0, 9, "a lawsuit", "case", None, court="mad", name="A v. B", matcher="lawsuits")
    top = Mention(20, 40, "The Supreme Court ruled", "ruling", None, court="scotus")
    lower = Mention(50, 70, "the lower court's ruling", "ruling", None)
    district = Mention(80, 100, "the district court's order", "ruling", None)
    out = place_rulings([suit, top, lower, district])
    assert [m.court for m in out if m.kind == "ruling"] == ["scotus", None, "mad"]


def test_suits_that_tie_on_one_court_still_place_the_lower_court() -> None:
    # four Keystone XL suits before one judge: no phrase can tell which, but all are D. Mont.
    appeal = Mention(0, 20, "The 9th Circuit ruled", "ruling", None, court="ca9")
    lower = Mention(30, 50, "the lower court's ruling", "ruling", None, court="ca9")
    out = place_rulings([appeal, lower], frozenset({"mtd"}))
    assert [m.court for m in out] == ["ca9", "mtd"]
    two = place_rulings([appeal, lower], frozenset({"mtd", "ord"}))
    assert [m.court for m in two] == ["ca9", "ca9"]


KEYSTONE_APPEAL = (
    "The U.S. 9th Circuit Court of Appeals threw out a Montana federal judge's injunction "
    "blocking construction of the Keystone XL oil pipeline. In November 2018, U.S. District "
    "Court Judge Brian Morris of Great Falls granted an injunction. Morris also previously "
    "ruled in 2017 against attempts by the State Department to throw out the lawsuit. In "
    "such a case, the established practice is to throw out the lower court's ruling."
)


def test_a_court_of_appeals_story_of_tied_suits_gives_the_lower_court_their_court() -> None:
    placed = dict(rulings(KEYSTONE_APPEAL, "2019-06-14"))
    assert placed["the lower court's ruling"] == "mtd"
    # which Keystone suit: a tie, so no caption, only the court both were filed in
    assert [(m.name, m.court) for m in suits(KEYSTONE_APPEAL, "2019-06-14")] == [(None, "mtd")]


def test_a_judges_sibling_suits_are_told_apart_by_their_own_parties_or_not_at_all() -> None:
    # three 2015 suits against Kim Davis before Judge Bunning: the plaintiffs named pick one
    ermold = (
        "U.S. District Judge David Bunning of the Eastern District of Kentucky ruled that Kim "
        "Davis must pay damages. The lawsuit was brought by David Ermold and David Moore."
    )
    assert [m.name for m in suits(ermold, "2023-12-05")] == ["Ermold v. Davis"]
    neither = (
        "U.S. District Judge David Bunning of the Eastern District of Kentucky ruled against "
        "Kim Davis. The lawsuit was over marriage licenses."
    )
    assert [(m.name, m.court) for m in suits(neither, "2023-12-05")] == [(None, "kyed")]
