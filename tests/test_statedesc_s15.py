"""A state law told first by description and named later (issue 13, fifteenth session): the
description, and "the law" between it and the number, link to the law the article names.
The sentences are our own, made up in the shapes of real news pages."""

from __future__ import annotations

from conftest import mentions


def statutes(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


def linked(text: str, surface: str) -> str | None:
    """The id the mention opening on ``surface`` links to (None when there is none)."""
    at = text.index(surface)
    for m in mentions(text):
        if m.kind == "statute" and m.start == at:
            return m.authority
    return None


FILLER = (
    " City officials said they were reviewing their options and would meet again next month."
    " Several residents spoke at a packed hearing on Tuesday evening, some of them for hours."
    " The council chair said she expected a long fight, and a spokesman declined to comment."
)


def test_zoning_law_described_far_before_its_number() -> None:
    text = (
        "A Nevada zoning law passed after the flood limits new homes near the river."
        + FILLER
        + " The law requires builders to raise every new home above the flood line."
        + FILLER
        + " Opponents said Assembly Bill 7 would stop new homes near the river for years."
    )
    assert linked(text, "A Nevada zoning law") == "state:nv:bill:ab7"
    # and the back-reference between the description and the number
    assert linked(text, "The law requires") == "state:nv:bill:ab7"


def test_ban_described_by_its_topic_then_named_with_a_nickname() -> None:
    text = (
        "Park rangers criticized a controversial law banning drones over state parks on Monday."
        + FILLER
        + FILLER
        + FILLER
        + " Idaho’s Senate Bill 12, the drone law, bans drones over state parks from March."
    )
    assert linked(text, "a controversial law banning") == "state:id:bill:sb12"


def test_the_states_ban_in_the_opening() -> None:
    text = (
        "An appeals court let the state’s vape flavor ban on teenagers stand this week. "
        "Utah’s House Bill 48 bars stores from selling flavored vape pods to teenagers."
    )
    assert linked(text, "the state’s vape flavor ban") == "state:ut:bill:hb48"


def test_new_law_blocked_then_the_law_then_its_number() -> None:
    text = (
        "A federal judge blocked Oregon from enforcing a new law that requires gun buyers to "
        "get a permit."
        + FILLER
        + " The law was set to take effect on Thursday."
        + FILLER
        + FILLER
        + " Oregon’s House Bill 2005 requires a permit for gun buyers and a safety class."
    )
    assert linked(text, "a new law that requires") == "state:or:bill:hb2005"
    assert linked(text, "The law was") == "state:or:bill:hb2005"


def test_possessive_ban_named_later_by_number() -> None:
    text = (
        "A judge has struck down Vermont’s trapping ban for a second time."
        + FILLER
        + FILLER
        + " The judge wrote that House Bill 411, which set the trapping ban, went too far."
    )
    assert linked(text, "Vermont’s trapping ban") == "state:vt:bill:hb411"


def test_law_passed_by_the_legislature_before_its_number() -> None:
    text = (
        "A judge on Friday struck a provision of a law passed by the Legislature in May. "
        "Senate Bill 88 changed how county clerks report absentee ballots in Wyoming."
    )
    assert linked(text, "a law passed by") == "state:wy:bill:sb88"


def test_two_state_laws_equally_good_leave_it_unlinked() -> None:
    text = (
        "A new law that limits ballot drop boxes drew two lawsuits in Georgia on Monday."
        + FILLER
        + FILLER
        + " Senate Bill 202 limits ballot drop boxes, and House Bill 1207 limits ballot drop "
        "boxes too, lawmakers said in Georgia."
    )
    assert linked(text, "A new law that limits") is None


def test_the_law_whose_topic_fits_is_chosen_of_two() -> None:
    text = (
        "A new law that limits ballot drop boxes drew two lawsuits in Georgia on Monday."
        + FILLER
        + FILLER
        + " Senate Bill 202 limits ballot drop boxes in Georgia. House Bill 1207 changed "
        "how nurses are licensed in Georgia."
    )
    assert linked(text, "A new law that limits") == "state:ga:bill:sb202"


def test_a_law_of_another_state_is_not_the_article_law() -> None:
    text = (
        "A Kansas zoning law passed after the flood limits new homes near the river."
        + FILLER
        + FILLER
        + " Opponents said Nevada’s Assembly Bill 7 would stop new homes near the river too."
    )
    assert linked(text, "A Kansas zoning law") is None


def test_another_state_in_the_sentence_keeps_it_unlinked() -> None:
    text = (
        "Florida’s Senate Bill 7050 limits voter registration groups."
        + FILLER
        + FILLER
        + " In Kentucky, a judge blocked a law that limits voter registration groups."
    )
    assert linked(text, "a law that limits") is None


def test_a_federal_statute_described_nearby_stays_federal() -> None:
    text = (
        "Ohio’s House Bill 68 bans gender-affirming care for minors."
        + FILLER
        + FILLER
        + " Congress passed a law that bans gender-affirming care for minors in the military."
    )
    assert linked(text, "a law that bans") is None
    text = (
        "Ohio’s House Bill 68 bans gender-affirming care for minors."
        + FILLER
        + FILLER
        + " A federal law that bans gender-affirming care for minors was proposed."
    )
    assert linked(text, "A federal law that bans") is None


def test_a_description_without_shared_words_far_away_stays_unlinked() -> None:
    text = (
        "Texas’ Senate Bill 17 bans diversity offices at public universities."
        + FILLER
        + FILLER
        + " Separately, a law requiring rabies shots for ferrets took effect."
    )
    assert linked(text, "a law requiring") is None


def test_a_law_described_after_its_number_by_its_topic() -> None:
    text = (
        "Louisiana’s House Bill 71 requires the Ten Commandments in public classrooms."
        + FILLER
        + FILLER
        + FILLER
        + " Parents who sued over the law requiring the Ten Commandments in every classroom "
        "spoke on Friday."
    )
    assert linked(text, "the law requiring") == "state:la:bill:hb71"


def test_the_states_legislation_by_its_topic() -> None:
    text = (
        "Critics again attacked the state’s legislation on payday lenders this week."
        + FILLER
        + FILLER
        + FILLER
        + " Missouri’s Senate Bill 30 caps the interest payday lenders may charge."
    )
    assert linked(text, "the state’s legislation") == "state:mo:bill:sb30"


def test_another_topic_of_the_same_state_just_before_stays_unlinked() -> None:
    # "Texas’ abortion ban" right before SB 4 (an immigration law) is another law of Texas
    text = (
        "Texas’ abortion ban drew protests again. "
        "Texas’ Senate Bill 4 lets state police arrest migrants who cross the border."
    )
    assert linked(text, "Texas’ abortion ban") is None


def test_legislation_in_a_senators_sentence_is_not_the_states_law() -> None:
    text = (
        "Utah’s Senate Bill 152 requires age checks for social media accounts of teenagers."
        + FILLER
        + FILLER
        + FILLER
        + " Sen. Jane Doe introduced legislation that would require age checks for social "
        "media accounts nationwide."
    )
    assert linked(text, "legislation that would") is None


def test_a_federal_act_in_the_sentence_keeps_the_description_its_own() -> None:
    text = (
        "Alabama’s House Bill 1 bans ballot harvesting by paid helpers."
        + FILLER
        + FILLER
        + FILLER
        + " The Voting Rights Act is a law that bans ballot rules that discriminate, and "
        "paid helpers cited it."
    )
    assert linked(text, "a law that bans") is None


def test_a_backed_state_law_with_words_before_the_state() -> None:
    text = (
        "A Republican-backed Kansas law that limits ballot drop boxes was struck down."
        + FILLER
        + FILLER
        + FILLER
        + " Kansas House Bill 2183 limits ballot drop boxes in every county."
    )
    assert linked(text, "A Republican-backed Kansas law") == "state:ks:bill:hb2183"


SHORT = (
    " City officials said they were reviewing their options and would meet again next month."
    " Several residents spoke at a packed hearing on Tuesday evening, some of them for hours."
)


def test_state_in_the_descriptions_sentence_and_the_chain_before_the_number() -> None:
    text = (
        "A controversial law banning drones over state parks took effect in Idaho on Monday."
        + SHORT
        + " The ban covers every park."
        + SHORT
        + " The measure was challenged by hobbyists."
        + SHORT
        + " Critics said the state’s legislation went too far."
        + SHORT
        + SHORT
        + " Senate Bill 12, the drone law, passed in March."
    )
    assert linked(text, "A controversial law banning") == "state:id:bill:sb12"
    for phrase in ("The ban", "The measure", "the state’s legislation"):
        assert linked(text, phrase) == "state:id:bill:sb12", phrase


def test_state_in_the_sentence_of_another_law_keeps_it_unlinked() -> None:
    text = (
        "A controversial law banning drones over state parks took effect in Montana on Monday."
        + SHORT
        + SHORT
        + SHORT
        + " Idaho’s Senate Bill 12, the drone law, passed in March."
    )
    assert linked(text, "A controversial law banning") is None


def test_the_law_of_the_state_is_the_law_as_such() -> None:
    text = (
        "Utah’s House Bill 48 bars vape sales to teens. “HB48 is now the law of the state,” "
        "the governor said. The law took effect in May."
    )
    assert [t for t, _ in statutes(text)] == ["House Bill 48", "HB48", "The law"]


def test_a_bill_described_in_a_sentence_naming_its_state() -> None:
    text = (
        "Georgia lawmakers advanced a bill that would ban cellphones in public school classrooms."
        + FILLER
        + FILLER
        + FILLER
        + " House Bill 340 would ban cellphones in classrooms from kindergarten on."
    )
    assert linked(text, "a bill that would ban") == "state:ga:bill:hb340"


def test_a_bill_in_congress_stays_unlinked() -> None:
    text = (
        "Sen. Jane Doe introduced a bill that would ban cellphones in classrooms nationwide."
        + FILLER
        + FILLER
        + " Georgia’s House Bill 340 would ban cellphones in classrooms."
    )
    assert linked(text, "a bill that would ban") is None
    text = (
        "A bill that would ban cellphones in classrooms was introduced in Congress."
        + FILLER
        + FILLER
        + FILLER
        + " Georgia’s House Bill 340 would ban cellphones in classrooms."
    )
    assert linked(text, "A bill that would ban") is None
