"""Cases and bills as unseen news prints them (issue 13, points 4 and 6, ninth session): a
citation's case name never reaching back into the sentence before, "In Re:" captions of legal
news services, a landmark's short name once the article calls it a case, and the Congress of
a bill named without a number from the president the story calls in office. Sentences are
our own, in the shape of real pages (a New York Law Journal column, Mealey's bankruptcy
headlines, a Volokh Conspiracy post, gun-rights trade press, SAVE Act wire copy).
"""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention


def cases(text: str) -> list[Mention]:
    return [m for m in mentions(text) if m.kind == "case"]


def bills(text: str) -> list[Mention]:
    return [m for m in mentions(text) if m.kind == "bill"]


# --- a citation's case name stays in its own sentence --------------------------------------


def test_a_citation_never_takes_the_sentence_before_as_its_case_name() -> None:
    text = (
        "See Acme, 101 U.S. 200 (1879). The Acme standard was applied for decades. In 2024 "
        "the justices overruled Acme in the consolidated cases and held that it was "
        "inconsistent with the statute. Loper Bright Enterprises v Raimondo, 144 S Ct 2244 "
        "[2024]."
    )
    found = {m.authority: m for m in cases(text)}
    assert found["cite:101:us:200"].text == "Acme, 101 U.S. 200 (1879)"
    late = found["cite:144:sct:2244"]
    assert late.text == "Loper Bright Enterprises v Raimondo, 144 S Ct 2244 [2024]"
    assert late.name == "Loper Bright Enterprises v. Raimondo"


def test_a_citation_in_one_sentence_keeps_its_whole_caption() -> None:
    text = "The court cited Gonzalez v. Google LLC, 143 S. Ct. 1191 (2023), in its opinion."
    (m,) = [m for m in cases(text) if m.authority == "cite:143:sct:1191"]
    assert m.text.startswith("Gonzalez v. Google LLC, 143 S. Ct. 1191")


# --- "In Re:" as legal news services print it ----------------------------------------------


def test_in_re_with_a_capital_and_a_colon() -> None:
    text = (
        "The bankruptcy judge on Feb. 26 approved a settlement in which the bank will pay "
        "$41 million (In Re: Harbor Point Partners, No. 09-34791, S.D. Fla. Bkcy.)."
    )
    (m,) = cases(text)
    assert m.text == "In Re: Harbor Point Partners"
    assert m.name == "In re Harbor Point Partners"


def test_in_re_in_capitals_and_the_usual_form() -> None:
    assert [m.text for m in cases("The ruling in IN RE: Grand Jury Subpoena was sealed.")] == [
        "IN RE: Grand Jury Subpoena"
    ]
    assert [m.text for m in cases("The panel decided In re Meridian Holdings last week.")] == [
        "In re Meridian Holdings"
    ]


def test_in_reality_is_no_case() -> None:
    assert cases("In Reality, the Senate never voted on it. In Recent years courts agreed.") == []


# --- a landmark's short name once the article calls it a case ------------------------------


def test_a_short_name_called_a_case_once_is_that_case_when_bare() -> None:
    text = (
        "The Constitutionality of Carry Permits After Bruen.\n"
        "Bruen was a resounding triumph for originalism. But unlike Dobbs, Bruen will not "
        "lead to sweeping changes in gun laws. Only 6 or 7 states will have to modify their "
        "regimes in the wake of Bruen."
    )
    found = [(m.text, m.authority) for m in cases(text)]
    assert found.count(("Bruen", "cite:597:us:1")) == 4
    assert ("Dobbs", "cite:597:us:215") in found


def test_heller_and_mcdonald_by_one_party() -> None:
    text = (
        "Bruen builds on the 2008 Heller ruling and the 2010 McDonald decision. Heller "
        "established an individual right. McDonald affirmed that cities cannot ban handguns. "
        "Then, 12 years after McDonald, along comes Bruen."
    )
    found = [(m.text, m.authority) for m in cases(text)]
    assert found.count(("McDonald", "cite:561:us:742")) == 3
    assert found.count(("Heller", "cite:554:us:570")) == 2


def test_a_bare_short_name_never_called_a_case_stays_a_person() -> None:
    # "McDonald" is a surname first: no case word anywhere, no case
    text = "Mayor Jim McDonald said the budget passed. McDonald thanked the council."
    assert cases(text) == []


def test_a_person_of_that_name_is_still_a_person_after_the_case() -> None:
    text = (
        "The 2010 McDonald decision applied the right to the states. Otis McDonald, the "
        "plaintiff, said he was relieved."
    )
    assert [m.text for m in cases(text)] == ["McDonald"]


# --- the Congress of a bill named without a number ----------------------------------------


def test_the_sitting_president_gives_the_congress_of_a_named_bill() -> None:
    text = (
        "The House passed the Safeguard American Voter Eligibility (SAVE) Act on Wednesday. "
        "President Biden has vowed to veto the measure, and former President Trump "
        "championed it."
    )
    ids = {m.authority for m in bills(text)}
    assert ids == {"bill:118:hr:8281"}


def test_the_other_president_gives_the_other_congress() -> None:
    text = (
        "On April 10, the House passed the SAVE Act. If the Senate passes it, it will go to "
        "President Donald Trump to be signed into law."
    )
    assert {m.authority for m in bills(text) if not m.anaphor} == {"bill:119:hr:22"}


def test_two_sitting_presidents_or_none_leave_no_congress() -> None:
    both = "President Biden opposed the SAVE Act; President Trump backed it."
    assert {m.authority for m in bills(both)} == {None}
    former = "The SAVE Act passed the House. Former President Biden opposed it."
    assert {m.authority for m in bills(former)} == {None}
    none = "Senate Democrats blocked the SAVE Act a day after the House passed it."
    assert {m.authority for m in bills(none)} == {None}


def test_a_dated_article_keeps_its_own_congress() -> None:
    text = "The House passed the SAVE Act. President Biden vowed to veto it."
    found = [m for m in mentions(text, "2025-04-11") if m.kind == "bill"]
    assert {m.authority for m in found if not m.anaphor} == {"bill:119:hr:22"}


# --- a precedent cited in passing by its year ----------------------------------------------

PRECEDENTS = [
    (
        # corpus-final 74 (a Reuters-shaped report), quoted
        "Plaintiffs argued that the order was illegal, pointing to a 2020 U.S. Supreme Court "
        "ruling that employment discrimination against transgender people is a form of illegal "
        "sex discrimination.",
        "a 2020 U.S. Supreme Court ruling",
        "cite:590:us:644",
    ),
    (
        "The Supreme Court rejected the Chevron doctrine on Friday. In its 1984 ruling, the "
        "court had told judges to defer.",
        "its 1984 ruling",
        "cite:467:us:837",
    ),
    (
        "Abortion-rights groups marked the anniversary of the court's landmark 1973 decision "
        "legalizing abortion, which the justices overturned.",
        "the court's landmark 1973 decision",
        "cite:410:us:113",
    ),
    (
        "The high court's 2022 decision expanding the right to carry a gun outside the home "
        "set off a wave of lawsuits.",
        "The high court's 2022 decision",
        "cite:597:us:1",
    ),
]


def test_a_precedent_by_its_year_and_holding() -> None:
    for text, phrase, cite in PRECEDENTS:
        found = {m.text: m.authority for m in cases(text)}
        assert found.get(phrase) == cite, (text, found)


def test_a_year_two_cases_fit_or_none_fits_is_left_alone() -> None:
    # 2022: both Dobbs (abortion) and Bruen (guns) fit this sentence
    both = "The Supreme Court's 2022 decisions on abortion and guns, and its 2022 ruling, loom."
    assert [m for m in cases(both) if m.text.endswith("2022 ruling")] == []
    # no topic of that year and no case of that year named
    none = "The Supreme Court's 2019 ruling on the census question was narrow."
    assert cases(none) == []


def test_a_year_of_another_court_is_no_precedent() -> None:
    text = "The Ninth Circuit's 1984 ruling told agencies that judges defer to them."
    assert cases(text) == []


def test_a_year_phrase_before_the_caption_it_names_is_not_a_second_mention() -> None:
    text = (
        "The new decision follows the Supreme Court's landmark 2022 ruling in New York State "
        "Rifle & Pistol Association v. Bruen."
    )
    # (twenty-eighth session: one mention still, the dated phrase and the caption it decided)
    assert [m.text for m in cases(text)] == [
        "the Supreme Court's landmark 2022 ruling in New York State Rifle & Pistol Association "
        "v. Bruen"
    ]


def test_a_short_name_opening_a_caption_leaves_the_caption_whole() -> None:
    text = (
        "Since 1984, when the Supreme Court decided the Chevron U.S.A., v. Natural Resources "
        "Defense Council case, courts deferred. The Chevron standard was applied for decades."
    )
    found = [m.text for m in cases(text)]
    assert found[0] == "Chevron U.S.A., v. Natural Resources Defense Council"


# --- a suit told by who brought it ----------------------------------------------------------


def test_a_separate_suit_is_the_known_suit_the_evidence_points_to() -> None:
    text = (
        "On February 5, 2025, Judge Deborah Boardman of the United States District Court for "
        "the District of Maryland blocked the executive order on birthright citizenship. The "
        "injunction came in a separate suit brought by immigrant rights groups."
    )
    (m,) = [m for m in mentions(text) if m.kind == "case"]
    assert (m.text, m.name, m.court) == ("a separate suit", "CASA, Inc. v. Trump", "mdd")


def test_a_new_suit_is_not_read_as_the_known_one() -> None:
    text = (
        "On February 5, 2025, Judge Deborah Boardman of the United States District Court for "
        "the District of Maryland blocked the executive order on birthright citizenship. "
        "Advocates filed a new suit on Monday."
    )
    assert [m for m in mentions(text) if m.kind == "case"] == []


def test_a_separate_challenge_with_no_ruling_of_its_own_is_left_alone() -> None:
    text = (
        "On April 24, 2025, Judge Colleen Kollar-Kotelly of the U.S. District Court for the "
        "District of Columbia blocked parts of the March 25 executive order on elections. A "
        "separate legal challenge brought by attorneys general from multiple states is also "
        "moving forward in a different federal court."
    )
    assert [m.text for m in mentions(text) if m.kind == "case"] == []


def test_a_number_takes_the_congress_of_the_bill_the_article_names_with_it() -> None:
    text = (
        "The House on 3 July passed the Senate's amendment to H.R. 1, sending the sweeping "
        "budget-reconciliation package, dubbed the One Big Beautiful Bill Act by its authors, "
        "to the president's desk."
    )
    found = {m.text: m.authority for m in bills(text)}
    assert found["H.R. 1"] == found["One Big Beautiful Bill Act"] == "bill:119:hr:1"


def test_a_number_unlike_the_named_bill_keeps_no_congress() -> None:
    text = (
        "The House passed H.R. 2 and the One Big Beautiful Bill Act on the same week, "
        "lawmakers said."
    )
    found = {m.text: m.authority for m in bills(text)}
    assert found.get("H.R. 2") is None


def test_a_year_phrase_takes_the_name_printed_after_it() -> None:
    text = (
        "Under the Supreme Court's 2023 decision in Students for Fair Admissions, race cannot "
        "be a factor in admissions."
    )
    (m,) = cases(text)
    assert m.text == "the Supreme Court's 2023 decision in Students for Fair Admissions"
    assert m.authority == "cite:600:us:181"


def test_ex_parte_is_a_caption_by_one_party() -> None:
    assert [m.name for m in cases("Ex parte Young allows suits against state officials.")] == [
        "Ex parte Young"
    ]


def test_a_year_phrase_before_another_name_is_left_alone() -> None:
    text = "The Supreme Court's 2022 decision in Kennedy expanded prayer rights; guns were next."
    assert [m for m in cases(text) if "2022" in m.text] == []


def test_an_act_a_member_introduced_is_its_bill_then_the_law() -> None:
    text = (
        "Sen. Cruz introduced S. 146, the TAKE IT DOWN Act, in January 2025. President Trump "
        "signed the bill into law in May 2025. The law requires platforms to remove images."
    )
    found = {m.text: m.authority for m in mentions(text) if m.kind in ("bill", "statute")}
    assert found["TAKE IT DOWN Act"] == found["S. 146"] == "bill:119:s:146"
    assert found["The law"] == "publ:119-12"


def test_an_agencys_own_decision_is_not_the_case_it_is_party_to() -> None:
    text = (
        "In Oklahoma v. EPA, the Court will consider whether to pause the methane rule. The "
        "Fifth Circuit vacated the EPA's decision on the refinery exemptions."
    )
    assert [m.text for m in cases(text)] == ["Oklahoma v. EPA"]


def test_the_case_after_a_case_introduced_without_its_name_is_not_the_named_one() -> None:
    text = (
        "In Oklahoma v. EPA, the Court will consider whether to pause the rule. The EPA is "
        "also the plaintiff in a case that has been granted certiorari. The defendant is "
        "Calumet. The case centers around the Renewable Fuel Standard."
    )
    assert [m.text for m in cases(text)] == ["Oklahoma v. EPA"]


def test_the_case_after_its_own_description_is_the_named_one() -> None:
    text = (
        "Smith v. Jones, a lawsuit filed in 2023 in Ohio, challenges the statute. The lawsuit "
        "names the governor."
    )
    assert [m.text for m in cases(text)][-1] == "The lawsuit"


def test_a_case_in_general_does_not_end_the_reach_of_the_case() -> None:
    text = (
        "The legal question in the case, called United States v. Skrmetti, is whether the law "
        "is valid.\nIt is not unprecedented for three parties to argue in a case.\nThe "
        "justices will decide the case by summer."
    )
    assert [m.text for m in cases(text)][-1] == "the case"


def test_a_school_district_abbreviated_stays_in_its_party() -> None:
    text = (
        "- Davoodi v. Austin Ind. Sch. Dist., No. 13-50824 (June 16, 2014) (in suit brought by …)"
    )
    (m,) = cases(text)
    assert m.name.startswith("Davoodi v. Austin Ind. Sch. Dist")


def test_a_caption_ending_a_sentence_on_a_state_abbreviation_still_ends() -> None:
    text = "The case is Smith v. City of Gary, Ind. The judge ruled on Monday."
    assert "The judge" not in next(m.text for m in cases(text))
