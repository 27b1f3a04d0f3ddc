"""Rulings the twenty-first session's census found unread (issue 13): a judge named with a
middle initial the judges' table lacks, a place word that names two courts ("Washington"),
and the follow-ups that then inherit the judge's court. Sentences of our own, in the shapes
news prints."""

from __future__ import annotations

from conftest import rulings
from linker import courts as C


def courts(text: str, date: str = "2025-07-20") -> dict[str, str | None]:
    return {m.text: m.court for m in rulings(text, date)}


def court_at(text: str, piece: str, date: str = "2025-07-20") -> str | None:
    """The court of the one ruling mention that holds ``piece`` or lies inside it."""
    found = [m for m in rulings(text, date) if piece in m.text or m.text in piece]
    assert len(found) == 1, [m.text for m in rulings(text, date)]
    return found[0].court


# --- a middle initial the table's row lacks -------------------------------------------------


def test_a_middle_initial_after_a_first_name_only_row_finds_the_judge() -> None:
    # the row is "Wendy Beetlestone": the initial the article prints is the middle name's
    assert C.judge_court("Wendy R. Beetlestone") == "paed"
    assert C.judge_court("Wendy R. T. Beetlestone") == "paed"
    # a different first name is still another judge
    assert C.judge_court("Wanda R. Beetlestone") is None


def test_a_chief_judge_named_with_a_middle_initial_gives_the_court() -> None:
    text = (
        "Chief Judge Wendy R. Beetlestone granted a preliminary injunction on Tuesday. "
        "Beetlestone ruled that the rule could not be enforced."
    )
    assert (
        court_at(text, "Chief Judge Wendy R. Beetlestone granted a preliminary injunction")
        == "paed"
    )
    assert court_at(text, "Beetlestone ruled") == "paed"


def test_the_judges_court_carries_to_later_surnames_and_the_ruling() -> None:
    text = (
        "Teachers in Philadelphia cannot be made to sign the pledge, a federal judge ruled "
        "Monday.\n\nU.S. District Judge Wendy R. Beetlestone blocked the policy. The ruling "
        "applies to every school, and Beetlestone wrote that the district may appeal."
    )
    assert court_at(text, "a federal judge ruled Monday") == "paed"
    assert court_at(text, "The ruling") == "paed"


# --- a place word that names two courts ---------------------------------------------------


def test_washington_in_the_sentence_does_not_move_a_federal_judge_to_the_capital() -> None:
    # "Washington" is the state as well as the capital: the judge named after keeps the court
    text = (
        "Pharmacists in Washington cannot be required to stock the drug, a federal judge "
        "ruled Friday.\n\nU.S. District Judge Tana Lin granted a preliminary injunction."
    )
    assert court_at(text, "a federal judge ruled Friday") == "wawd"
    text2 = (
        "A federal judge ruled Friday that dairies in Washington need not post the notice. "
        "U.S. District Judge Tana Lin wrote that the rule was vague."
    )
    assert court_at(text2, "A federal judge ruled Friday") == "wawd"


# --- a state high court in "said" frames ------------------------------------------------------


def test_the_states_top_court_said_after_the_holding() -> None:
    text = (
        "Ohio counties may not charge the new fee on ballots, the state's top court said. "
        "The ruling ends a two-year fight."
    )
    assert court_at(text, "the state's top court said") == "ohio"
    text2 = (
        "Ohio counties may not charge the new fee, the state’s highest court said Monday, "
        "siding with voters."
    )
    assert court_at(text2, "the state’s highest court said Monday") == "ohio"


def test_a_divided_high_court_said_after_a_closing_quote() -> None:
    text = (
        "“The statute cannot bear the reading the county gives it,” a sharply split Ohio "
        "Supreme Court said Tuesday.\n\nA four-justice majority said the fee was a tax. "
        "The decision sends the case back."
    )
    got = courts(text)
    assert court_at(text, "a sharply split Ohio Supreme Court said Tuesday") == "ohio"
    assert court_at(text, "A four-justice majority said") == "ohio"
    assert court_at(text, "The decision") == "ohio"
    assert "a sharply split Ohio Supreme Court said Tuesday" in got
    text2 = "The fee is a tax, a unanimous Ohio Supreme Court said."
    assert court_at(text2, "a unanimous Ohio Supreme Court said") == "ohio"


def test_a_majority_that_is_no_courts_is_no_ruling() -> None:
    # a chamber's or a poll's majority, with no court named before it
    assert rulings("A two-thirds majority said the levy should pass, the poll found.") == []
    assert rulings("A majority of voters said the fee was too high.") == []


# --- ruling frames: "made another finding", "In doing so", "this finding" -----------------------


def test_a_court_that_made_a_finding_by_reversing_rules() -> None:
    text = (
        "Elsewhere, the Ninth Circuit made another employer-friendly finding by reversing a "
        "board decision on a warehouse case. In doing so, the Ninth Circuit found that the "
        "company did not break the law."
    )
    assert court_at(text, "the Ninth Circuit made another employer-friendly finding") == "ca9"
    found = [m for m in rulings(text) if m.text.startswith("the Ninth Circuit found")]
    assert [(m.court, m.anaphor) for m in found] == [("ca9", True)]
    text2 = "On Friday the 3rd Circuit made a key ruling in the union's favor."
    assert court_at(text2, "the 3rd Circuit made a key ruling") == "ca3"


def test_in_upholding_still_restates_but_in_doing_so_tells_again() -> None:
    text = (
        "The Tenth Circuit upheld the ban on Monday. In upholding the ban, the Tenth Circuit "
        "found that the state had a strong interest."
    )
    assert not [m for m in rulings(text) if m.text.startswith("the Tenth Circuit found")]


def test_this_finding_after_a_courts_finding_refers_back() -> None:
    text = (
        "This week the Sixth Circuit sided with the miners. The court found that the agency "
        "lacked the power. The agency will likely appeal this finding, lawyers said."
    )
    got = [m for m in rulings(text) if m.text == "this finding"]
    assert [(m.court, m.anaphor) for m in got] == [("ca6", True)]
    # no court's finding before it: a study's finding is no ruling
    text2 = "The survey found that rents rose. Landlords dispute this finding."
    assert rulings(text2) == []
    text3 = (
        "The Sixth Circuit blocked the rule on Monday. Months later, auditors questioned "
        "that finding in a report on mine safety."
    )
    assert not [m for m in rulings(text3) if m.text == "that finding"]


# --- a state trial judge with no county; an appeals court above it ---------------------------


def test_a_superior_court_judge_prompted_to_issue_a_restraining_order() -> None:
    text = (
        "The county declined to defend the charter change in Arizona courts, prompting a "
        "Superior Court judge to issue a temporary restraining order that kept it off the "
        "ballot."
    )
    assert court_at(text, "a Superior Court judge to issue a temporary restraining order") == (
        "azsuperct"
    )
    text2 = (
        "Lawmakers in Georgia missed the deadline, leading a Superior Court judge to block "
        "the new map on Friday."
    )
    assert court_at(text2, "a Superior Court judge to block the new map") == "gasuperct"


def test_asked_a_judge_to_issue_is_no_ruling() -> None:
    text = (
        "Voters in Arizona asked a Superior Court judge to issue a restraining order against "
        "the county."
    )
    assert rulings(text) == []


def test_an_appeals_court_above_the_only_state_trial_court_is_the_states() -> None:
    text = (
        "An appeals court ruling could put the measure back on the ballot in Pima County.\n\n"
        "The county refused to defend it in Arizona's courts, prompting a Superior Court "
        "judge to issue a temporary restraining order."
    )
    assert court_at(text, "An appeals court ruling") == C.state_appeals_court("AZ")
    # a federal court named in the story: the appeals court may be federal, so no guess
    text2 = (
        "An appeals court ruling could put the measure back on the ballot in Pima County.\n\n"
        "A federal judge in Phoenix had declined to act, prompting a Superior Court judge "
        "to issue a temporary restraining order."
    )
    assert all(
        m.court != C.state_appeals_court("AZ") for m in rulings(text2) if "appeals" in m.text
    )


# --- "The judge found <Party> had failed": a holding with no "that" --------------------------


def test_the_judge_found_a_named_party_had_failed() -> None:
    text = (
        "The judge found Oregon and the federal government had failed to study the plan.\n\n"
        "U.S. District Judge Michael Simon on Thursday issued a preliminary injunction."
    )
    got = [m for m in rulings(text) if m.text.startswith("The judge found")]
    assert [m.court for m in got] == ["ord"]
    text2 = "Judge Michael Simon found Portland was entitled to relief, his order says."
    assert court_at(text2, "Judge Michael Simon found Portland was") == "ord"


def test_a_judge_who_found_a_person_is_no_holding() -> None:
    # a judge who found someone somewhere: no holding about a party
    text = "U.S. District Judge Michael Simon found Portland a welcoming city when he moved."
    assert not [m for m in rulings(text) if "found" in m.text]


# --- a state trial judge the federal table lacks ----------------------------------------------


def test_an_unlisted_judge_of_a_state_case_is_the_states_trial_judge() -> None:
    text = (
        "In a ruling issued Monday, Oct. 6, Judge Marla Quenby deemed the evidence too thin "
        "to support the weapons counts under state law.\n\n"
        "The defendant, a Vermont native, is held in Brooklyn.\n\n"
        "The shooting happened in Manhattan last year.\n\n"
        "The judge concluded that prosecutors had not shown intent."
    )
    got = {m.text: (m.court, m.anaphor) for m in rulings(text)}
    first = [k for k in got if "Judge Marla Quenby deemed" in k]
    assert first and got[first[0]] == (C.state_trial_court("NY"), False)
    assert got.get("The judge concluded") == (C.state_trial_court("NY"), True)


def test_an_unlisted_judge_with_no_state_law_or_no_clear_state_gets_no_court() -> None:
    # one place only: the state is not told clearly enough
    text = "Judge Marla Quenby deemed the evidence too thin under state law on Monday, in Tyler."
    assert all(m.court is None for m in rulings(text))
    # no word of state law: the judge may be a magistrate or a federal judge the table lacks
    text2 = (
        "Judge Marla Quenby deemed the evidence too thin on Monday. The trial was moved from "
        "Brooklyn to Manhattan."
    )
    assert all(m.court is None for m in rulings(text2))


def test_counts_the_judge_dismissed_are_no_ruling_clause() -> None:
    text = (
        "A federal judge in Boston dismissed two counts on Monday. The counts the judge "
        "dismissed are wire fraud and conspiracy."
    )
    assert not [m for m in rulings(text) if m.text.startswith("the judge dismissed")]


# --- "The <State> ruling by Judge X"; "As the district court recognized," ---------------------


def test_a_states_ruling_by_a_judge_of_that_state() -> None:
    text = (
        "The U.S. District Court for the Western District of Texas granted summary judgment "
        "on Monday. The Texas ruling by Judge Alan D Albright says that the law is void."
    )
    got = [m for m in rulings(text) if m.text.startswith("The Texas ruling")]
    assert [m.court for m in got] == ["txwd"]
    # a judge of another state's court: not that state's ruling
    text2 = "The Texas ruling by Judge Tana Lin says that the law is void."
    assert not [m for m in rulings(text2) if m.court == "wawd" and "Texas ruling" in m.text]


def test_as_the_court_recognized_refers_back_to_its_ruling() -> None:
    text = (
        "A federal judge in Boston blocked the law on Monday.\n\n"
        "“As the district court recognized, the state cannot check IDs at the library door,” "
        "the group's lawyer said."
    )
    got = [m for m in rulings(text) if m.text == "the district court recognized"]
    assert [(m.court, m.anaphor) for m in got] == [("mad", True)]
    text2 = (
        "A federal judge in Boston blocked the law on Monday. As the court correctly held, "
        "the rule was never lawful."
    )
    got2 = [m for m in rulings(text2) if m.text.startswith("the court correctly held")]
    assert [(m.court, m.anaphor) for m in got2] == [("mad", True)]


def test_as_the_court_recognized_with_no_ruling_told_is_nothing() -> None:
    text = "As the court recognized, the parties agree on the facts of the dispute."
    assert rulings(text) == []


# --- pronouns: "she wrote in her order", a chain of "she" back to the judge ------------------


def test_she_wrote_in_her_order_is_the_judges_order() -> None:
    text = (
        "A federal judge in Boston struck down the freeze on Wednesday.\n\n"
        "Judge Allison D. Burroughs vacated the termination notices the agencies had sent "
        "after the university refused the demands of the Trump administration, which the "
        "administration's lawyers defended at length in a brief filed over the summer.\n\n"
        "“The record shows the cuts were retaliation,” she wrote in her order."
    )
    got = [m for m in rulings(text) if m.text == "her order"]
    assert [(m.court, m.anaphor) for m in got] == [("mad", True)]


def test_a_chain_of_she_goes_back_to_the_judge() -> None:
    text = (
        "U.S. District Judge Colleen Kollar-Kotelly sided with the voting groups on Thursday. "
        "She noted that lawmakers are weighing a bill of their own. In a long decision, she "
        "said the groups had shown harm while the government offered little defense of the "
        "President's order. Accordingly, she granted a preliminary injunction to stop the rule."
    )
    got = [m for m in rulings(text) if m.text.startswith("she granted a preliminary injunction")]
    assert [(m.court, m.anaphor) for m in got] == [("dcd", True)]


def test_a_chain_that_names_an_official_first_is_not_the_judges() -> None:
    text = (
        "U.S. District Judge Colleen Kollar-Kotelly sided with the voting groups on Thursday. "
        "Governor Ada Roe said the ruling was wrong and promised to fight it in every court. "
        "She noted that lawmakers are weighing a bill of their own. Later, she issued an "
        "order closing the state offices."
    )
    assert not [m for m in rulings(text) if m.text.startswith("she issued")]


# --- a deck line above the story -----------------------------------------------------------


def test_deck_lines_that_open_on_a_ruling_noun_are_the_storys_ruling() -> None:
    text = (
        "- Decision keeps the levy in place for another year\n"
        "- Majority decision, dissent show a divided bench\n"
        "Counties may keep collecting the levy, a divided Ohio Supreme Court said Tuesday.\n"
    )
    got = {m.text: m.court for m in rulings(text)}
    assert got.get("Decision") == "ohio"
    assert got.get("Majority decision") == "ohio"
    text2 = (
        "• Ruling sends the map back to lawmakers\n\n"
        "The Ohio Supreme Court on Tuesday struck down the map.\n"
    )
    assert {m.text: m.court for m in rulings(text2)}.get("Ruling") == "ohio"


def test_a_deck_noun_with_no_ruling_below_is_nothing() -> None:
    text = "- Decision looms for the council on the levy\nThe council meets Tuesday.\n"
    assert rulings(text) == []
    # a line after the story's ruling is no deck
    text2 = (
        "The Ohio Supreme Court on Tuesday struck down the map.\n"
        "Decision makes lawmakers start over.\n"
    )
    assert [m.text for m in rulings(text2) if m.text == "Decision"] == []
