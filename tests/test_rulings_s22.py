"""Rulings told in unusual words, and back-references after a named ruling (twenty-second
session, the census of blind37 and blind38). Made-up sentences of the same shapes."""

from __future__ import annotations

from conftest import mentions


def rulings(text: str, date: str = "2025-07-10") -> dict[str, str | None]:
    return {m.text: m.court for m in mentions(text, date) if m.kind == "ruling"}


def test_caption_opening_a_line_after_the_ruling_is_its_case() -> None:
    # a line opening on "In <caption>," after a ruling told without one names that ruling's
    # case: "the court" is the court told before (not a roundup's next case)
    text = (
        "On June 3, 2025, the U.S. Court of Appeals for the Sixth Circuit vacated the agency's "
        "new labeling rule.\n"
        "In Acme Widgets, Inc. v. FDA, the court held that the agency skipped a required "
        "analysis. The full opinion is available online."
    )
    got = rulings(text)
    assert got["the court held"] == "ca6"
    assert got["The full opinion"] == "ca6"


def test_a_roundup_caption_after_another_caption_still_opens_a_new_case() -> None:
    text = (
        "Doe v. Roe, No. 24-1234 (6th Cir. 2025).\n\n"
        "The Sixth Circuit affirmed the dismissal of the claims.\n"
        "In Smith v. Jones, the court granted partial summary judgment to the tenants."
    )
    got = rulings(text)
    assert got.get("the court granted partial summary judgment") is None


def test_their_ruling_before_the_court_that_gave_it() -> None:
    text = (
        "A federal appeals court has struck down the agency's rule. In their ruling, the U.S. "
        "Court of Appeals for the Eighth Circuit found that the agency skipped a step."
    )
    got = rulings(text)
    span = next(k for k in got if k.startswith("their ruling"))
    assert got[span] == "ca8"


def test_their_ruling_of_no_court_is_nothing() -> None:
    text = (
        "The senators met on Monday. In their ruling, the league's officials found that the "
        "player broke the rules."
    )
    assert rulings(text) == {}


def test_agreed_on_a_day_to_temporarily_block() -> None:
    text = (
        "A federal judge in Boston agreed on Friday to temporarily block the administration's "
        "plan to end the program."
    )
    got = rulings(text)
    span = next(k for k in got if k.startswith("A federal judge in Boston agreed on Friday"))
    assert got[span] == "mad"


def test_lawmakers_agreeing_to_block_is_no_ruling() -> None:
    text = "Senate leaders agreed on Friday to temporarily block the nominee's confirmation vote."
    assert rulings(text) == {}


def test_has_thrown_out_and_has_frozen() -> None:
    got = rulings("A federal judge in Maine has thrown out much of the reporter's lawsuit.")
    assert any(k.startswith("A federal judge in Maine has thrown out") for k in got)
    got = rulings("A federal judge in Maine has frozen the agency's grant cuts.")
    assert any(k.startswith("A federal judge in Maine has frozen") for k in got)


def test_a_pitcher_thrown_out_is_no_ruling() -> None:
    assert rulings("The runner was thrown out at second base on Monday.") == {}


def test_strongly_worded_ruling_opening_its_sentence() -> None:
    text = (
        "A federal judge has ruled that the city violated a critic's rights. In a strongly "
        "worded ruling issued Monday, Chief Judge Ann Roe of the U.S. District Court for the "
        "Southern District of Iowa concluded the rule was unlawful."
    )
    got = rulings(text)
    span = next(k for k in got if k.startswith("a strongly worded ruling issued Monday"))
    assert got[span] == "iasd"


def test_his_decision_after_a_judge_set_off_by_who_appointed_him() -> None:
    # the sentence before opens on the judge, an appositive naming the president who
    # appointed him between it and its verb: "His" is the judge's
    text = (
        "A federal judge in Houston blocked the state law on Monday. Judge John Roe, "
        "appointed by former President Barack Obama in 2014, handed down the ruling after a "
        "hearing. His decision bars the state from enforcing the law."
    )
    got = rulings(text)
    assert got["His decision"] == "txsd"


def test_his_decision_after_a_president_subject_is_no_ruling() -> None:
    text = (
        "A federal judge in Houston blocked the state law on Monday. President John Roe, "
        "speaking in Dallas, said he would appeal. His decision angered his allies."
    )
    assert "His decision" not in rulings(text)


def test_appositive_ruling_after_its_clause() -> None:
    text = (
        "A federal judge in Boston blocked the administration's plan on Friday — a ruling "
        "that could benefit thousands of people."
    )
    got = rulings(text)
    assert got["a ruling"] == "mad"


def test_appositive_decision_of_no_court_is_nothing() -> None:
    text = "The governor vetoed the bill on Friday, a decision that drew praise from advocates."
    assert rulings(text) == {}


def test_another_judge_in_the_same_state_of_one_district() -> None:
    text = (
        "A federal judge in Minneapolis found that the teen had been detained unlawfully. "
        "Another judge in the same state ruled that his father was entitled to a bond hearing."
    )
    assert rulings(text)["Another judge in the same state ruled"] == "mnd"


def test_another_judge_in_the_same_state_of_several_districts_is_unplaced() -> None:
    text = (
        "A federal judge in Houston found that the teen had been detained unlawfully. "
        "Another judge in the same state ruled that his father was entitled to a bond hearing."
    )
    assert "txsd" not in [c for k, c in rulings(text).items() if k.startswith("Another judge")]


def test_lower_court_below_a_circuit_in_the_city_of_its_state() -> None:
    # the dateline's court is another circuit's: the lower court below the Ninth Circuit is
    # the one district of the circuit's state the sentence's city names
    text = (
        "CHICAGO (AP) — A federal judge in Chicago blocked the deployment on Thursday. "
        "Meanwhile, the Ninth Circuit Court of Appeals heard arguments on whether to lift a "
        "lower court's order blocking the deployment of troops into Portland."
    )
    assert rulings(text)["a lower court's order"] == "ord"


def test_lower_court_below_a_circuit_of_a_state_of_several_districts_is_unplaced() -> None:
    text = (
        "CHICAGO (AP) — A federal judge in Chicago blocked the deployment on Thursday. "
        "Meanwhile, the Fifth Circuit Court of Appeals heard arguments on whether to lift a "
        "lower court's order blocking the deployment of troops into Texas."
    )
    assert rulings(text).get("a lower court's order") is None


def test_state_name_before_judge_in_a_title_case_headline() -> None:
    text = (
        "Ohio Judge Tosses Biden Overtime Expansion for Millions (2)\n\n"
        "Judge Ann Roe of the US District Court for the Southern District of Ohio granted "
        "summary judgment against the rule on Friday."
    )
    got = rulings(text)
    assert got["Ohio Judge Tosses Biden Overtime Expansion for Millions"] == "ohsd"


def test_a_word_not_a_state_before_judge_opens_no_headline_ruling() -> None:
    text = (
        "Chief Judge Blocks Trump Funding Cuts\n\n"
        "Judge Ann Roe of the US District Court for the Southern District of Ohio blocked the "
        "cuts on Friday."
    )
    assert not any(k.startswith("Chief Judge Blocks") for k in rulings(text))


def test_title_case_passive_headline_with_its_court() -> None:
    text = (
        "FCC's Net Neutrality Rules Struck Down by Sixth Circuit (3)\n\n"
        "Net neutrality rules were struck down Thursday by the Sixth Circuit."
    )
    assert rulings(text)["Struck Down by Sixth Circuit"] == "ca6"


def test_a_sentence_with_a_passive_of_no_ruling_verb_is_nothing() -> None:
    text = "Senate Plan Mocked by Sixth Circuit Judges\n\nThe plan stalled on Monday."
    assert rulings(text) == {}


def test_called_a_long_object_into_question() -> None:
    text = (
        "A federal judge in Dallas called the legality of the agency's new rule aimed at "
        "forcing private gun sellers to obtain federal licenses into question on Monday."
    )
    got = rulings(text)
    assert any(
        k.startswith("A federal judge in Dallas called") and c == "txnd" for k, c in got.items()
    )


def test_adverb_before_the_verb_of_a_judge_headline() -> None:
    text = (
        "Federal Judge Partially Blocks Gun Dealer Rule\n\n"
        "US District Judge Ann Roe of the Northern District of Texas issued a temporary "
        "restraining order."
    )
    assert rulings(text)["Federal Judge Partially Blocks"] == "txnd"


def test_adverb_before_another_verb_is_no_headline_ruling() -> None:
    text = (
        "Federal Judge Partially Recovers From Illness\n\n"
        "US District Judge Ann Roe of the Northern District of Texas issued a temporary "
        "restraining order."
    )
    assert not any(k.startswith("Federal Judge Partially") for k in rulings(text))


def test_a_suit_filed_in_a_court_arguing_is_no_ruling_of_that_court() -> None:
    text = (
        "On Wednesday, a coalition of groups filed suit in the D.C. Circuit, arguing the "
        "agency is rehashing legal arguments already rejected by the justices years ago."
    )
    assert "cadc" not in rulings(text).values()


def test_a_court_citing_a_precedent_still_rules() -> None:
    text = "The D.C. Circuit, citing a 2019 precedent, rejected the agency's appeal on Monday."
    assert "cadc" in rulings(text).values()


def test_court_in_a_caption_s_first_party_is_no_court_of_that_place() -> None:
    text = "The Supreme Court in Massachusetts v. EPA held that greenhouse gases are pollutants."
    got = rulings(text)
    assert not any(k.startswith("Court in Massachusetts") for k in got)
    assert set(got.values()) <= {"scotus"}


def test_a_court_in_a_place_still_sits_there() -> None:
    assert "mad" in rulings("A federal court in Massachusetts ruled on Monday.").values()


def test_that_vote_ruling_after_a_cited_precedent_is_the_precedent() -> None:
    text = (
        "The groups say the agency is rehashing arguments already rejected by the Supreme "
        "Court in Massachusetts v. EPA (2007). That 5-4 ruling held greenhouse gases are air "
        "pollutants."
    )
    got = {m.text: (m.kind, m.authority) for m in mentions(text, "2026-02-20")}
    assert got["That 5-4 ruling"] == ("case", "cite:549:us:497")


def test_that_vote_ruling_of_the_story_stays_a_ruling() -> None:
    text = "The Supreme Court struck down the law on Friday. That 5-4 ruling drew sharp dissents."
    got = {m.text: (m.kind, m.court) for m in mentions(text, "2026-02-20")}
    assert got.get("That 5-4 ruling", ("ruling", "scotus"))[0] == "ruling"


def test_the_2022_decision_to_overturn_roe_is_dobbs() -> None:
    text = (
        "Lawmakers never repealed the old ban, and critics argued that the U.S. Supreme "
        "Court's 2022 decision to overturn Roe brought it back."
    )
    got = {m.text: (m.kind, m.authority) for m in mentions(text, "2026-02-20")}
    assert got["the U.S. Supreme Court's 2022 decision"] == ("case", "cite:597:us:215")


def test_a_place_ending_a_headline_is_not_the_next_line_s_judge_s() -> None:
    head = "Judge denies councilwoman's restraining order request against station, city of Corpus"
    text = (
        f"{head} Christi\n\n{head} Christi\n\n"
        "A judge has rejected a temporary restraining order requested by a councilwoman."
    )
    assert "txsd" not in rulings(text).values()


def test_a_place_before_its_judge_on_one_line_still_places_it() -> None:
    text = "A Corpus Christi federal judge blocked the city's ordinance on Tuesday."
    assert "txsd" in rulings(text).values()


def test_the_first_of_two_courts_with_one_verb_ruled_too() -> None:
    text = (
        "Parents sued over the policy. A Maryland district court and the U.S. Court of "
        "Appeals for the 4th Circuit ruled against them, but the Supreme Court reversed."
    )
    got = rulings(text)
    assert got["A Maryland district court"] == "mdd"
    assert got["the U.S. Court of Appeals for the 4th Circuit ruled against them"] == "ca4"


def test_a_court_sued_in_before_and_is_a_venue() -> None:
    text = (
        "The groups sued in a Maryland district court and the U.S. Court of Appeals for the "
        "4th Circuit ruled against them."
    )
    assert "a Maryland district court" not in rulings(text)


def test_with_the_justices_declining_to_pause() -> None:
    text = (
        "The Supreme Court on Wednesday left in place a block on the state's new law, with "
        "the justices declining to pause a lower court decision that stopped it."
    )
    assert rulings(text)["the justices declining to pause"] == "scotus"


def test_with_senators_declining_to_pause_is_nothing() -> None:
    text = "The bill stalled on Wednesday, with the senators declining to pause their recess."
    assert rulings(text) == {}
