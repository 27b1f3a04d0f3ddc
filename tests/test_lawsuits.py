"""'A lawsuit' / 'the lawsuit' that a report never names, linked to a known lawsuit.

The sentences are written the way wire copy describes these suits; each test states what a
reader would see: the caption the phrase links to, or no link at all.
"""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.models import Mention
from linker.scanner.doc import Doc
from linker.scanner.lawsuits import attach


def lawsuits(text: str, date: str | None = None) -> list[Mention]:
    return [m for m in mentions(text, date) if m.matcher == "lawsuits"]


def captions(text: str, date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.court) for m in lawsuits(text, date)]


PORTLAND = (
    "A federal judge in Oregon on Saturday blocked President Trump from deploying the National "
    "Guard to Portland. U.S. District Judge Karin Immergut said the president had not shown "
    "the conditions that 10 U.S.C. 12406 requires. The ruling came in a lawsuit filed by the "
    "state of Oregon and the city of Portland. The lawsuit argues the deployment violates "
    "the 10th Amendment."
)


def test_the_lawsuit_behind_a_reported_ruling_gets_its_caption() -> None:
    found = lawsuits(PORTLAND, "2025-10-05")
    assert [(m.text, m.name, m.court, m.anaphor) for m in found] == [
        ("a lawsuit", "Oregon v. Trump", "ord", False),
        ("The lawsuit", "Oregon v. Trump", "ord", True),
    ]
    assert "12406" in (found[0].evidence or "") and "Immergut" in (found[0].evidence or "")
    assert found[0].url and "courtlistener.com" in found[0].url and "court=ord" in found[0].url


def test_a_suit_filed_after_the_article_cannot_be_its_lawsuit() -> None:
    # The same words in an article dated before the suit was filed: nothing to link.
    assert lawsuits(PORTLAND, "2025-06-01") == []


def test_a_lawsuit_with_only_one_piece_of_evidence_stays_plain() -> None:
    # A judge's name alone, with no ruling in the article and no challenged law.
    text = (
        "Judge Karin Immergut spoke at a bar association lunch on Tuesday. She did not "
        "discuss a lawsuit pending before her."
    )
    assert lawsuits(text, "2025-11-01") == []


def test_two_suits_against_the_same_order_leave_an_unplaced_lawsuit_alone() -> None:
    text = (
        "Trump's executive order on birthright citizenship has been blocked twice. A judge "
        "in Seattle blocked the order on Jan. 23, and a judge in Maryland issued a nationwide "
        "injunction against it on Feb. 5.\n"
        "Advocates said a lawsuit would not be the last word."
    )
    assert lawsuits(text, "2025-02-10") == []


def test_the_ruling_in_the_same_sentence_picks_the_suit() -> None:
    text = (
        "Trump's executive order on birthright citizenship has been blocked twice. A judge "
        "in Maryland issued a nationwide injunction against the order on Feb. 5 in a lawsuit "
        "that went first. A judge in Seattle blocked the order on Jan. 23."
    )
    assert captions(text, "2025-02-10") == [("a lawsuit", "CASA, Inc. v. Trump", "mdd")]


def test_the_parties_named_in_the_sentence_settle_a_tie() -> None:
    text = (
        "The Court of International Trade ruled Wednesday that tariffs Trump imposed under "
        "the International Emergency Economic Powers Act were unlawful. "
        "The lawsuit was brought by the Liberty Justice Center for five small businesses, "
        "among them a wine importer."
    )
    assert captions(text, "2025-05-29") == [
        ("The lawsuit", "V.O.S. Selections, Inc. v. United States", "cit")
    ]


def test_without_a_date_a_later_suit_of_the_same_judge_makes_a_tie() -> None:
    text = (
        "A federal judge in Texas ruled Friday that the Affordable Care Act is "
        "unconstitutional. U.S. District Judge Reed O'Connor wrote that the law cannot stand. "
        "Health advocates said a lawsuit like this one threatens coverage for millions."
    )
    # Dated 2018: only Texas v. United States had been filed before O'Connor's ruling.
    assert captions(text, "2018-12-15") == [("a lawsuit", "Texas v. United States", "txnd")]
    # Undated: Braidwood (also O'Connor, also the ACA) cannot be ruled out, so no caption,
    # only the court the two share.
    assert captions(text) == [("a lawsuit", None, "txnd")]


def test_a_suit_that_is_only_threatened_is_not_a_case() -> None:
    text = (
        "A federal judge in Oregon blocked the Guard deployment to Portland under 10 U.S.C. "
        "12406. The governor of Washington said her state could file a lawsuit of its own."
    )
    assert lawsuits(text, "2025-10-05") == []


def test_the_lawsuit_goes_on_with_the_suit_just_introduced() -> None:
    text = (
        "A federal judge in Texas ruled Friday that the Affordable Care Act is "
        "unconstitutional. U.S. District Judge Reed O'Connor wrote that the law cannot stand. "
        "The ruling comes in a lawsuit brought by Texas and 19 other states. "
        "Democrats called it reckless. Insurers said little. "
        "The lawsuit argued that the rest of the law fell with the mandate."
    )
    assert captions(text) == [
        ("a lawsuit", "Texas v. United States", "txnd"),
        ("The lawsuit", "Texas v. United States", "txnd"),
    ]


def test_two_named_cases_leave_the_lawsuit_alone() -> None:
    text = (
        "A federal judge in Oregon blocked the Guard deployment to Portland under 10 U.S.C. "
        "12406 in Smith v. Jones and Brown v. Green, cases brought by veterans. "
        "The lawsuit is the third of its kind."
    )
    assert lawsuits(text, "2025-10-05") == []
    assert not [m for m in mentions(text, "2025-10-05") if m.text == "The lawsuit"]


def test_a_named_case_is_left_to_the_anaphora_pass() -> None:
    text = (
        "A federal judge in Oregon blocked the Guard deployment to Portland under 10 U.S.C. "
        "12406, ruling in Smith v. Jones, a case brought by two veterans. "
        "The lawsuit is the third of its kind."
    )
    assert lawsuits(text, "2025-10-05") == []
    joined = [m for m in mentions(text, "2025-10-05") if m.text == "The lawsuit"]
    assert [m.name for m in joined] == ["Smith v. Jones"]


def test_attach_keeps_every_mention_it_was_given() -> None:
    given = [Mention(0, 5, "Judge", "ruling", None, court="ord", matcher="rulings")]
    out = attach(Doc.of("Judge rules. No lawsuit here."), given)
    assert out == given


def test_the_lawsuit_of_a_ruling_linker_cannot_place_stays_plain() -> None:
    # Two O'Connor suits against the ACA are in reach, and "Texas" is in the next sentence,
    # but "a lawsuit" belongs to the ruling before it, which no court could be found for.
    text = (
        "U.S. District Judge David Ezra blocked the immigration law last month. The ruling "
        "came in a lawsuit brought by the Justice Department.\n"
        "Separately, a federal judge in Texas ruled the Affordable Care Act's mandate "
        "unconstitutional. U.S. District Judge Reed O'Connor sided with Braidwood Management, "
        "a Christian employer, in the lawsuit."
    )
    assert captions(text, "2024-03-20") == [
        ("the lawsuit", "Braidwood Management Inc. v. Becerra", "txnd")
    ]


def test_a_ruling_placed_only_by_level_takes_the_court_of_the_suit_the_article_names() -> None:
    text = (
        "The Supreme Court upheld the preventive-care mandate in Kennedy v. Braidwood "
        "Management on Friday. Braidwood, a Christian-owned company, had challenged the "
        "mandate before a federal district court in Texas. The government did not appeal "
        "one part of the district court's judgment. The mandate was blocked by an appeals "
        "court in 2024. The justices reversed a lower court ruling in part."
    )
    rulings = {m.text: m.court for m in mentions(text, "2025-06-28") if m.kind == "ruling"}
    assert rulings["the district court's judgment"] == "txnd"
    assert rulings["was blocked by an appeals court"] == "ca5"
    assert rulings["a lower court ruling"] == "txnd"


def test_a_ruling_placed_by_its_own_words_is_not_the_named_suits() -> None:
    # Dobbs is named in passing; the ruling in Washington state is not its Mississippi suit's
    text = (
        "On the same day, a federal judge in Washington state issued a conflicting order in a "
        "separate lawsuit. It was the court's first abortion decision since Dobbs v. Jackson "
        "Women's Health Organization."
    )
    rulings = {m.text: m.court for m in mentions(text, "2024-06-13") if m.kind == "ruling"}
    assert rulings["a federal judge in Washington state issued"] is None


def test_a_ruling_placed_only_by_level_stays_unplaced_without_one_named_suit() -> None:
    text = (
        "The Supreme Court upheld the preventive-care mandate on Friday. A Christian-owned "
        "company had challenged the mandate before a federal district court in Texas. The "
        "government did not appeal one part of the district court's judgment."
    )
    rulings = {m.text: m.court for m in mentions(text, "2025-06-28") if m.kind == "ruling"}
    assert rulings["the district court's judgment"] is None


def test_a_judge_named_with_a_middle_initial_counts_as_named() -> None:
    text = (
        "James E. Boasberg, chief judge of the federal court in Washington, blocked the "
        "deportation flights under the Alien Enemies Act on Saturday. Venezuelan men had "
        "filed a legal challenge hours earlier."
    )
    (m,) = lawsuits(text, "2025-03-16")
    assert m.name == "J.G.G. v. Trump" and "Boasberg" in (m.evidence or "")


def test_the_owner_of_a_lawsuit_must_be_one_of_its_parties() -> None:
    ruling = (
        "A federal judge in Oregon blocked the Guard deployment to Portland under 10 U.S.C. "
        "12406 on Saturday. "
    )
    assert captions(
        ruling + "Oregon’s lawsuit argues the deployment is illegal.", "2025-10-05"
    ) == [("Oregon’s lawsuit", "Oregon v. Trump", "ord")]
    assert captions(ruling + "Harvard’s lawsuit argues otherwise.", "2025-10-05") == []


def test_the_parties_words_tell_two_suits_before_the_same_judge_apart() -> None:
    text = (
        "U.S. District Judge Allison Burroughs ruled for Harvard on Wednesday. Harvard’s "
        "lawsuit challenged the termination of $2.2 billion in research grants."
    )
    assert [c[1] for c in captions(text, "2025-09-04")] == [
        "President and Fellows of Harvard College v. United States Department of Health and "
        "Human Services"
    ]
    vague = text.replace("the termination of $2.2 billion in research grants", "the government")
    # (Harvard's two suits before her tie: no caption, only their court)
    assert captions(vague, "2025-09-04") == [("Harvard’s lawsuit", None, "mad")]


def test_her_lawsuit_is_a_lawsuit_phrase_too() -> None:
    text = (
        "A federal judge in Washington ruled that Trump could not fire Rebecca Kelly "
        "Slaughter from the Federal Trade Commission. U.S. District Judge Loren AliKhan "
        "said her lawsuit was likely to succeed."
    )
    assert captions(text, "2025-07-18") == [("her lawsuit", "Slaughter v. Trump", "dcd")]


def test_a_lawsuit_filed_by_someone_else_is_not_the_case_named_before() -> None:
    text = (
        "The justices will decide Chiles v. Salazar in the fall. The Federal Election "
        "Commission's limits were challenged in a lawsuit filed by the National Republican "
        "Senatorial Committee."
    )
    assert not [m for m in mentions(text, "2025-07-02") if m.text == "a lawsuit"]
    party = (
        "Newsom v. Trump was argued in June. The governor said the Guard had been taken from "
        "him, a lawsuit filed by Newsom claimed."
    )
    assert [m.name for m in mentions(party, "2025-07-02") if m.text == "a lawsuit"] == [
        "Newsom v. Trump"
    ]


def test_a_known_suit_is_not_taken_for_one_filed_by_another_party() -> None:
    text = (
        "A federal judge in Oregon blocked the Guard deployment to Portland under 10 U.S.C. "
        "12406 on Saturday. The ruling came in a lawsuit filed by the American Civil "
        "Liberties Union."
    )
    assert captions(text, "2025-10-05") == []


def test_the_states_lawsuit_is_a_suit_a_state_brought() -> None:
    text = (
        "A federal judge in Seattle on Friday blocked the Trump administration from cutting off "
        "funding to hospitals. U.S. District Judge Lauren King granted a preliminary injunction. "
        "The states' lawsuit argues that Trump's executive order on gender-affirming care for "
        "minors oversteps his authority."
    )
    assert captions(text, "2025-02-28") == [("The states' lawsuit", "Washington v. Trump", "wawd")]


def test_a_judges_other_case_is_not_the_known_suit_before_that_judge() -> None:
    text = (
        "A federal judge in San Francisco on Tuesday blocked the automaker's bid to end the "
        "emissions case. U.S. District Judge Charles Breyer said the lawsuit had dragged on "
        "for years."
    )
    assert captions(text, "2025-08-01") == []
    named = text.replace("the automaker's bid", "Gov. Gavin Newsom's bid")
    assert captions(named, "2025-08-01") == [("the lawsuit", "Newsom v. Trump", "cand")]


def test_a_precedent_the_supreme_court_decided_places_no_new_ruling() -> None:
    """Loper Bright is a known suit (its trial court: D.D.C.), but named as a precedent it says
    nothing of where today's "federal judge" sits."""
    text = (
        "A federal judge on Friday blocked Trump's executive order ending birthright "
        "citizenship.\n\nIn Loper Bright Enterprises v. Raimondo, the justices overruled "
        "Chevron."
    )
    rulings = [m for m in mentions(text, "2025-03-10") if m.kind == "ruling"]
    assert rulings and rulings[0].court is None


# A ruling of the suit's court and the words a report uses for its parties: enough for a
# suit whose parties the article names twice over (one of the words no other suit's), when
# the phrase stands next to one of them.
TRADE_COURT = (
    "The U.S. Court of International Trade ruled on Friday that the tariffs can stay in "
    "place for now. The small businesses bringing the suit said the import taxes threaten "
    "their shops."
)


def test_a_courts_ruling_and_its_parties_words_name_the_suit() -> None:
    (m,) = lawsuits(TRADE_COURT, "2025-04-25")
    assert (m.text, m.court) == ("the suit", "cit")
    assert m.name == "V.O.S. Selections, Inc. v. United States"
    assert m.confidence < 0.65 and "small businesses" in (m.evidence or "")


def test_a_parties_word_many_suits_share_is_no_evidence() -> None:
    # "tariffs" alone: the states' suit in the same court is about tariffs too.
    text = (
        "The U.S. Court of International Trade ruled on Friday that the tariffs can stay in "
        "place for now. The suit will go on through the summer."
    )
    assert lawsuits(text, "2025-04-25") == []


def test_the_parties_words_must_stand_near_the_phrase() -> None:
    text = (
        TRADE_COURT + "\n\nImporters said prices would rise. Retailers agreed. Economists "
        "warned of slower growth. Shipping firms cut routes.\n\nA lawsuit over fishing rules "
        "was also heard this week."
    )
    assert [m.text for m in lawsuits(text, "2025-04-25")] == ["the suit"]


def test_a_lone_topic_word_of_several_suits_before_one_judge_leaves_them_alone() -> None:
    # Four DACA suits were related before one judge in San Francisco: the program's name
    # alone tells none of them from the others.
    text = (
        "A federal judge in San Francisco ruled on Tuesday that DACA must stay in place "
        "while the lawsuit proceeds."
    )
    assert lawsuits(text, "2018-01-10") == []


def test_the_suitors_the_sentence_names_pick_one_of_related_suits() -> None:
    text = (
        "A federal judge in San Francisco ruled on Tuesday that the Deferred Action for "
        "Childhood Arrivals program must stay in place. California Attorney General Xavier "
        "Becerra, who filed the lawsuit with three other states, called DACA a promise kept."
    )
    assert captions(text, "2018-01-10") == [
        ("the lawsuit", "California v. United States Department of Homeland Security", "cand")
    ]


def test_a_state_trial_courts_suit_is_found_by_its_judge_and_parties() -> None:
    text = (
        "Delaware Superior Court Judge Eric Davis told jurors on Tuesday that the parties had "
        "settled. Dominion had sought $1.6 billion from Fox News, and the lawsuit ended "
        "before opening statements."
    )
    assert captions(text, "2023-04-18") == [
        ("the lawsuit", "US Dominion, Inc. v. Fox News Network, LLC", "delsuperct")
    ]


def test_a_state_courts_ruling_places_a_suit_in_that_court() -> None:
    text = (
        "A Fulton County judge struck down Georgia's six-week abortion ban on Monday. "
        "Superior Court Judge Robert McBurney ruled in a lawsuit that abortion providers "
        "filed in 2022."
    )
    assert captions(text, "2024-09-30") == [
        (
            "a lawsuit",
            "SisterSong Women of Color Reproductive Justice Collective v. Georgia",
            "gasuperct",
        )
    ]


def test_two_suits_before_one_judge_on_one_law_are_told_apart_by_who_sued() -> None:
    text = (
        "A federal judge on Wednesday declined to block parts of Georgia's new voting law "
        "before the runoffs. U.S. District Judge J. P. Boulee declined to block parts of "
        "SB 202, saying it was too late. The Justice Department has filed a lawsuit against "
        "the law as well. The Coalition for Good Governance says its lawsuit will go on."
    )
    assert captions(text, "2021-07-08") == [
        ("a lawsuit", "United States v. Georgia", "gand"),
        ("its lawsuit", "Coalition for Good Governance v. Kemp", "gand"),
    ]
    # Both suitors in the phrase's own sentence: who filed it still tells which suit it is
    both = text.replace("as well. The Coalition", "as well, and the Coalition")
    assert [c for c in captions(both, "2021-07-08") if c[0] == "a lawsuit"] == [
        ("a lawsuit", "United States v. Georgia", "gand")
    ]


BUOYS = (
    "A federal judge ruled against Texas on Wednesday in {phrase} over the buoys in the Rio "
    "Grande. U.S. District Judge David Ezra ordered the state to move the floating barrier."
)


@pytest.mark.parametrize(
    "phrase",
    ["an ongoing lawsuit", "an on-going lawsuit", "a civil suit", "the federal lawsuit"],
)
def test_an_and_the_kind_of_suit_may_stand_before_the_word(phrase: str) -> None:
    assert captions(BUOYS.format(phrase=phrase), "2023-09-07") == [
        (phrase, "United States v. Abbott", "txwd")
    ]


def test_the_states_challenge_is_their_lawsuit() -> None:
    text = (
        "A federal judge in Boston blocked the birthright citizenship order on Friday. Judge "
        "Leo Sorokin wrote that the states’ challenge was likely to succeed."
    )
    assert captions(text, "2025-07-26") == [("the states’ challenge", "New Jersey v. Trump", "mad")]


def test_who_filed_the_lawsuit_picks_it_among_a_judges_suits_on_one_order() -> None:
    # Two suits against the birthright order before Judge Sorokin: the states' and an
    # immigrant mother's; "filed by the states" says which.
    text = (
        "A federal judge in Boston blocked the birthright citizenship order on Friday. Judge "
        "Leo Sorokin ruled in a lawsuit filed by New Jersey and 17 other states."
    )
    assert captions(text, "2025-07-26") == [("a lawsuit", "New Jersey v. Trump", "mad")]


def test_the_courts_state_is_no_party_word_for_a_judges_other_case() -> None:
    # Judge Wetherell's parole suit was brought by Florida, but "Florida" is in every story of
    # a judge in Florida: a school-library suit before him is not that suit.
    text = (
        "A Florida federal court held that the First Amendment bars removing library books for "
        "their ideas. Judge T. Kent Wetherell, II of the Northern District of Florida rejected "
        "a bid to dismiss a lawsuit against the Escambia County school board. The lawsuit, "
        "filed in May 2023, challenges the removal of over 160 books."
    )
    assert lawsuits(text, "2024-01-12") == []


def test_the_governments_lawyers_are_no_party_word_for_a_judges_other_case() -> None:
    # The Justice Department defends nearly every suit of the table: naming it beside a judge
    # who has one known suit (the January 6 prosecution) does not make a new suit that one.
    text = (
        "U.S. District Judge Tanya Chutkan said on Tuesday that the 14 states had not shown "
        "harm from the agency's access to federal data. The Justice Department argued the "
        "lawsuit should be dismissed."
    )
    assert lawsuits(text, "2025-02-18") == []


# A judge's third suit by a state the table knows two suits of: the state's attorney general
# sues in several courts, so naming him tells none of them apart (audit of real pages on
# Judge Tipton's 2024 ruling on the parole programs, a Texas suit the table does not list).
TIPTON_PAROLE = (
    "A federal judge in Victoria dismissed a lawsuit on Friday that Texas and 20 other states "
    "brought against the parole program for Cubans and Haitians. U.S. District Judge Drew "
    "Tipton ruled that the states lacked standing. Texas Attorney General Ken Paxton filed "
    "the lawsuit in January 2023."
)


def test_a_repeat_litigant_does_not_pick_one_of_a_judges_suits() -> None:
    assert captions(TIPTON_PAROLE, "2024-03-09") == []


def test_a_party_of_the_suit_itself_still_picks_it() -> None:
    text = TIPTON_PAROLE.replace(
        "the parole program for Cubans and Haitians", "the 100-day pause on deportations"
    )
    assert ("the lawsuit", "Texas v. United States", "txsd") in captions(text, "2021-02-24")


def test_common_nouns_alone_do_not_pick_a_suit_in_a_busy_court() -> None:
    # the D.C. court hears far more suits than the table lists: "nonprofits" and "the funding
    # freeze" are words of many of them (audit of the session's new links, our own sentence)
    text = (
        "A federal judge in Washington on Tuesday blocked the Trump administration from "
        "cutting grants to Head Start programs. The lawsuit was brought by nonprofits over "
        "the funding freeze."
    )
    assert captions(text, "2025-05-01") == []


def test_common_nouns_still_pick_a_suit_in_a_court_with_few_known_suits() -> None:
    text = (
        "The Court of International Trade blocked Trump's tariffs on Wednesday. The lawsuit "
        "was brought by a group of small businesses."
    )
    assert captions(text, "2025-05-29") == [
        ("The lawsuit", "V.O.S. Selections, Inc. v. United States", "cit")
    ]


# Eleventh session (s11-rows-suits): rows added to lawsuits.csv, each linked from sentences of
# our own in the shape wire copy uses (no article's text).


def test_a_2025_removal_suit_is_found_by_its_judge_and_plaintiff() -> None:
    text = (
        "U.S. District Judge Matthew Maddox on Friday ordered the administration to reinstate "
        "three members of the Consumer Product Safety Commission. Mary Boyle and two "
        "colleagues brought the lawsuit after they were fired in May."
    )
    assert captions(text, "2025-06-14") == [("the lawsuit", "Boyle v. Trump", "mdd")]


def test_a_big_civil_suit_is_found_by_its_judge_and_defendant() -> None:
    text = (
        "U.S. District Judge Stephen Bough presided over the trial in Kansas City. The lawsuit, "
        "brought by home sellers, accused the National Association of Realtors of inflating "
        "commissions."
    )
    assert captions(text, "2023-11-01") == [
        ("The lawsuit", "Burnett v. National Association of Realtors", "mowd")
    ]


def test_a_defamation_suit_is_told_from_the_judges_other_suit_by_its_parties() -> None:
    # Judge Vargas also hears the states' DOGE-Treasury suit: Drake and UMG pick this one
    text = (
        "A federal judge in Manhattan on Thursday threw out Drake's defamation claims against "
        "Universal Music Group. U.S. District Judge Jeannette Vargas said the lawsuit over "
        "Not Like Us targeted opinion."
    )
    assert captions(text, "2025-10-10") == [
        ("the lawsuit", "Graham v. UMG Recordings, Inc.", "nysd")
    ]


def test_the_agency_closure_suit_of_the_court_that_ruled_is_picked() -> None:
    # two suits over the IMLS closure (EO 14238): the states' in Rhode Island, the library
    # association's in Washington; the court of the ruling picks one
    rhode_island = (
        "A federal judge in Rhode Island on Tuesday blocked the dismantling of the Institute "
        "of Museum and Library Services. U.S. District Judge John McConnell said the lawsuit "
        "brought by the 21 states was likely to succeed."
    )
    assert captions(rhode_island, "2025-05-14") == [("the lawsuit", "Rhode Island v. Trump", "rid")]
    washington = (
        "A federal judge in Washington on Friday ruled against the executive order that would "
        "shut the Institute of Museum and Library Services. The lawsuit says Congress created "
        "the agency."
    )
    assert captions(washington, "2025-06-07") == [
        ("The lawsuit", "American Library Association v. Sonderling", "dcd")
    ]


def test_the_alien_enemies_act_class_suit_in_texas() -> None:
    text = (
        "A federal judge in Texas, James Wesley Hendrix, on Friday refused to let the "
        "Venezuelan men held at the Bluebonnet Detention Center proceed as a class. The "
        "lawsuit challenges the Alien Enemies Act removals."
    )
    assert captions(text, "2025-05-10") == [("The lawsuit", "A.A.R.P. v. Trump", "txnd")]


def test_a_states_suit_and_a_state_law_suit_in_texas_courts() -> None:
    wire = (
        "U.S. District Judge Alia Moses in Del Rio on Wednesday refused to stop Border Patrol "
        "agents from cutting the concertina wire in Eagle Pass. The lawsuit was filed by Texas "
        "in October."
    )
    assert captions(wire, "2023-11-30") == [
        ("The lawsuit", "Texas v. United States Department of Homeland Security", "txwd")
    ]
    drag = (
        "A federal judge in Houston struck down the Texas drag ban on Tuesday. U.S. District "
        "Judge David Hittner said the lawsuit brought by the Woodlands Pride and other groups "
        "showed the law was unconstitutional."
    )
    assert captions(drag, "2023-09-27") == [
        ("the lawsuit", "The Woodlands Pride, Inc. v. Paxton", "txsd")
    ]


def test_the_named_subject_that_filed_a_lawsuit_owns_it() -> None:
    ruling = (
        "A federal judge in Oregon blocked the Guard deployment to Portland under 10 U.S.C. "
        "12406 on Saturday. "
    )
    # the filer is one of the suit's parties: the caption
    for filer in (
        "Oregon filed a lawsuit",
        "Meanwhile, Oregon last month had filed a lawsuit",
        "The state of Portland aside, Oregon also filed a lawsuit",
    ):
        text = ruling + filer + " to stop the deployment."
        assert captions(text, "2025-10-05") == [("a lawsuit", "Oregon v. Trump", "ord")], filer
    # someone else filed it: another suit, not this one
    for filer in (
        "Separately, the Sierra Club in late September had filed a lawsuit",
        "Greenpeace filed a lawsuit",
        "Meanwhile, Greenpeace has also filed a lawsuit",
    ):
        text = ruling + filer + " to stop the deployment."
        assert captions(text, "2025-10-05") == [], filer


def test_a_pronoun_or_a_long_subject_filing_a_lawsuit_leaves_the_suit_to_the_evidence() -> None:
    ruling = (
        "A federal judge in Oregon blocked the Guard deployment to Portland under 10 U.S.C. "
        "12406 on Saturday. "
    )
    for filer in (
        "They filed a lawsuit",
        "The governor and the mayor filed a lawsuit",
    ):
        text = ruling + filer + " to stop the deployment."
        assert captions(text, "2025-10-05") == [("a lawsuit", "Oregon v. Trump", "ord")], filer


def test_a_lawsuit_against_a_similar_law_is_not_the_case_named_before() -> None:
    named = (
        "A federal appeals court upheld the injunction in Doe v. Harlan, the challenge to "
        "Ohio's school prayer law. "
    )
    for other in (
        "Kansas passed a similar law in March, and it was challenged this month in a lawsuit.",
        "A similar measure in Kansas drew a lawsuit this month.",
        "Kansas adopted another similar school law; a suit followed in May.",
    ):
        got = [m.name for m in mentions(named + other, "2025-10-05") if "suit" in m.text]
        assert "Doe v. Harlan" not in got, other
    # with no other law told, the suit is the case named before
    same = named + "The ruling came in a lawsuit brought by parents."
    assert [m.name for m in mentions(same, "2025-10-05") if m.text == "a lawsuit"] == [
        "Doe v. Harlan"
    ]
