"""A wrong court is worse than none (issue 13, tenth session, precision audit): shapes where the
discourse lent a court to a ruling it did not issue, on digest pages and news briefs that tell
several stories in a row. The sentences are our own, in the shape of real news pages; each row
names the court a reader would expect (None: one the text does not support) and a piece of the
span."""

from __future__ import annotations

import pytest

from conftest import rulings_at

SHAPES = [
    # each indefinite "a federal appeals court" is a new court: never the circuit an earlier
    # brief's sentence gave another indefinite appeals court
    (
        "Federal appeals court judges questioned the legality of the appointment of New "
        "Jersey's top federal prosecutor.\n"
        "A divided federal appeals court ruled that the president unlawfully invoked the Alien "
        "Enemies Act against the men.",
        None,
        "A divided federal appeals court ruled",
    ),
    # ... but the states its own sentence names decide its circuit
    (
        "A federal appeals court heard arguments on whether the acting U.S. attorney for New "
        "Jersey was lawfully appointed.\n"
        "Guard troops in Illinois stay off the streets after a federal appeals court partly "
        "halted the order.",
        "ca7",
        "a federal appeals court partly halted",
    ),
    # a court someone is confirmed to has ruled on nothing the story tells of
    (
        "A federal appeals court has allowed the agency to proceed with its layoffs.\n"
        "The Senate confirmed Jane Roe, a former prosecutor, as a judge on the U.S. Court of "
        "Appeals for the 3rd Circuit.",
        None,
        "A federal appeals court has allowed",
    ),
    # "A federal judge ordered …" after another judge's story is another judge
    (
        "Judge Allison Burroughs issued a preliminary injunction that keeps the visa program in "
        "place.\nRead More\n"
        "A federal judge ordered the White House to restore the news agency's access to the "
        "Oval Office.",
        None,
        "A federal judge ordered the White House",
    ),
    # ... and "the judge" after it is that judge, whose court is unknown
    (
        "Judge Allison Burroughs issued a preliminary injunction that keeps the visa program in "
        "place.\nRead More\n"
        "A federal judge ordered the White House to restore the news agency's access. The judge "
        "ruled that the government cannot punish the agency for its speech.",
        None,
        "The judge ruled",
    ),
    # "The court's decision" after an appeals court whose circuit is unknown: that court, never
    # the Supreme Court named sentences before it
    (
        "Lawyers expect the Supreme Court to review the question next year.\n"
        "A federal appeals court ruled that the president exceeded his authority over tariffs. "
        "The court's decision could lead to the duties being struck down.",
        None,
        "The court's decision",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_court_of_the_shape(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found and all(m.court == court for m in found), [(m.text, m.court) for m in found]


# what the discourse still gives: a court named as such before the indefinite judge, and the
# judge the next sentence names after it
KEPT = [
    (
        "The suit was filed in the U.S. District Court in Boston last month. A federal judge on "
        "Friday blocked the rule.",
        "mad",
        "A federal judge on Friday blocked",
    ),
    (
        "A federal judge on Friday blocked the rule. U.S. District Judge Leo Sorokin, based in "
        "Boston, wrote that the rule was likely unlawful.",
        "mad",
        "A federal judge on Friday blocked",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), KEPT)
def test_courts_the_discourse_still_gives(text: str, court: str, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found and all(m.court == court for m in found), [(m.text, m.court) for m in found]


@pytest.mark.parametrize("piece", ["This preliminary injunction", "the ruling doesn't guarantee"])
def test_a_noun_after_an_unnamed_judges_ruling_is_not_the_named_judges_before(piece: str) -> None:
    # "This preliminary injunction" after "A federal judge ordered …" is that judge's, whose
    # court the page does not give: never Judge Burroughs's, told in the brief before it
    text = (
        "Judge Allison Burroughs issued a preliminary injunction that keeps the visa program "
        "in place.\nRead More\n"
        "A federal judge ordered the White House to restore the news agency's access. This "
        "preliminary injunction is a win for the agency, though the ruling doesn't guarantee "
        "it a seat."
    )
    assert all(m.court != "mad" for m in rulings_at(text, piece))


def test_a_split_decision_after_a_ruling_by_an_appeals_court_stays_the_justices() -> None:
    text = (
        "The Supreme Court on Friday struck down the plan.\n\n"
        "It was blocked by an appeals court in October.\n\n"
        "The justices split the decision 6-3."
    )
    found = rulings_at(text, "the decision")
    assert found and all(m.court == "scotus" for m in found)


def test_plural_decisions_of_courts_in_general_are_no_ruling() -> None:
    text = (
        "The Supreme Court of Pennsylvania ruled for the consumer. This decision places the "
        "state in the minority.\n"
        "State high courts issue thousands of opinions each year, and these court decisions "
        "shape public policy."
    )
    assert not rulings_at(text, "these court decisions")


def test_plural_decisions_after_two_rulings_stay_theirs() -> None:
    text = (
        "A federal judge in Seattle blocked the order on Monday. U.S. District Judge John "
        "Coughenour in Seattle blocked a second order on Tuesday. The administration said it "
        "would appeal these court decisions."
    )
    assert rulings_at(text, "these court decisions")


def test_the_court_below_an_appeal_is_not_the_press_releases_dateline() -> None:
    # an attorney general's statement datelined in Chicago: the district court the 7th
    # Circuit reviewed may be any of Illinois's three
    text = (
        "CHICAGO – Attorney General Jane Doe today issued a statement after the U.S. Court of "
        "Appeals for the 7th Circuit stayed an injunction a district court entered against "
        "the state's gun law."
    )
    found = rulings_at(text, "a district court entered")
    assert found and all(m.court is None for m in found)


def test_a_federal_judge_under_a_dateline_still_sits_there() -> None:
    text = "ATLANTA — A federal judge on Wednesday blocked the state's new election rule."
    found = rulings_at(text, "A federal judge on Wednesday blocked")
    assert found and all(m.court == "gand" for m in found)


def test_a_caption_ending_in_us_stops_at_the_sentence_end() -> None:
    # "… Idaho v. U.S. and Moyle v. U.S. The court allowed …": the caption ends at "U.S."
    from conftest import mentions

    text = (
        "The attorney general spoke after the Court dismissed Idaho v. U.S. and Moyle v. U.S. "
        "The court allowed the injunction to remain."
    )
    found = [m for m in mentions(text) if m.kind == "case" and m.text.startswith("Moyle")]
    assert [m.text for m in found] == ["Moyle v. U.S."]
    assert found[0].authority == "cite:603:us:324"
