"""Back-references that agree with their antecedent (issue 13, point 1): an owner for the
determiner ("Congress's law"), "this"/"these", modifiers the antecedent must agree with
(state or federal, a name, a subject, a year, the stage of a rule), a bill that became an act,
a ban the article says is one — and the idioms that stay unlinked."""

from __future__ import annotations

from conftest import mentions


def _refs(text: str, date: str | None = "2024-06-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.anaphor]


def test_an_owner_stands_for_the_determiner() -> None:
    text = (
        "President Biden issued Proclamation 10043 in 2020. Biden's proclamation was challenged "
        "in court."
    )
    assert _refs(text) == [("Biden's proclamation", "proc:10043")]


def test_a_party_name_between_determiner_and_head() -> None:
    text = (
        "The House passed H.R. 2, the Secure the Border Act of 2023, in May. The Republican "
        "bill would restart wall construction."
    )
    assert ("The Republican bill", "bill:118:hr:2") in _refs(text)


def test_a_bill_that_became_an_act_is_the_law() -> None:
    text = (
        "Congress passed the CHIPS and Science Act in 2022. Congress's law gave $52 billion to "
        "chipmakers. This law is the largest industrial policy in decades."
    )
    assert _refs(text) == [("Congress's law", "publ:117-167"), ("This law", "publ:117-167")]


def test_a_bill_not_yet_signed_is_not_the_law() -> None:
    text = "The House passed the CHIPS and Science Act. This law would fund chipmakers."
    assert _refs(text, "2022-07-01") == []


def test_a_name_the_antecedent_does_not_hold_is_another_law() -> None:
    # the act is no Texas law: "the Texas law" is one the article has not named
    text = "The Affordable Care Act expanded Medicaid. The Texas law takes another path."
    assert _refs(text) == []


def test_a_subject_the_antecedent_is_not_about_is_another_law() -> None:
    text = (
        "The Affordable Care Act expanded Medicaid. The health care law survived three "
        "challenges. Republicans also attacked the abortion law."
    )
    assert _refs(text) == [("The health care law", "publ:111-148")]


def test_the_state_law_is_a_states_law() -> None:
    text = (
        "Idaho's House Bill 242 makes it a crime to help minors obtain abortions. Critics said "
        "the federal law protects travel. A judge blocked the state law in November."
    )
    assert _refs(text) == [("the state law", "state:id:bill:hb242")]


def test_a_year_found_in_the_antecedents_sentence() -> None:
    text = (
        "The Environmental Protection Agency finalized its power plant rule in April 2024. "
        "The 2024 rule requires coal plants to capture emissions."
    )
    assert [t for t, _ in _refs(text)] == ["The 2024 rule"]


def test_the_interim_final_rule_is_not_the_final_rule() -> None:
    text = (
        'HHS published a final rule titled "Nondiscrimination in Health Programs and '
        'Activities." The Final Rule reinterprets the law. The interim final rule issued in '
        "2021 was different."
    )
    assert [t for t, _ in _refs(text)] == ["The Final Rule"]


def test_these_rules_after_a_rule() -> None:
    text = (
        "The Department of Labor issued its overtime rule in April 2024. A judge in Texas "
        "vacated the final rule. These rules had been challenged by business groups."
    )
    refs = _refs(text)
    assert [t for t, _ in refs] == ["the final rule", "These rules"]
    assert refs[0][1] == refs[1][1]


def test_the_ban_is_a_rule_a_later_sentence_says_bans() -> None:
    text = (
        "The FTC issued the Non-Compete Clause Rule in April 2024. The Final Rule bans most "
        "noncompetes. The ban was set aside by a judge in August."
    )
    assert ("The ban", "fr:89:38342") in _refs(text)


def test_the_presidents_directive_is_his_order() -> None:
    text = (
        "President Biden signed Executive Order 14028 on improving cybersecurity. Biden's "
        "directive also created a review board."
    )
    assert _refs(text) == [("Biden's directive", "eo:14028")]


def test_the_complaint_and_the_states_lawsuit_are_the_case() -> None:
    text = (
        "Texas sued the Biden administration in Texas v. Becerra. The Texas lawsuit argues "
        "EMTALA does not require abortions. The complaint was filed in Lubbock."
    )
    got = [t for t, _ in _refs(text)]
    assert got == ["The Texas lawsuit", "The complaint"]


def test_the_law_as_such_stays_unlinked() -> None:
    text = (
        "The Laken Riley Act was signed in January. Everyone is equal under the law. The "
        "letter of the law is clear. The bill of rights protects speech. The order of "
        "protection was served."
    )
    assert _refs(text) == []


def test_a_verb_after_a_name_is_no_rule() -> None:
    text = (
        "The Department of Labor issued its overtime rule in April 2024. Lawyers expect the "
        "Court will eventually rule on it, and that Congress could ban such rules."
    )
    assert _refs(text) == []


def test_a_plural_head_refers_back_to_the_list_before_it() -> None:
    text = (
        "President Trump signed Executive Order 14151 and Executive Order 14173 on his first "
        "day. The orders ended diversity programs, and both orders were challenged."
    )
    assert _refs(text) == [("The orders", "eo:14151"), ("both orders", "eo:14151")]


def test_a_plural_head_without_a_list_stays_unlinked() -> None:
    text = (
        "President Biden signed Executive Order 14028 in May. The orders of the day were read. "
        "Agencies said the orders would take time."
    )
    assert [t for t, _ in _refs(text)] == []


def test_the_act_before_the_signing_is_the_bill() -> None:
    text = (
        "The House passed the Laken Riley Act on Tuesday. The Act would require ICE to detain "
        "migrants charged with theft."
    )
    assert _refs(text, "2025-01-08") == [("The Act", "bill:119:s:5")]


def test_the_bill_after_a_states_bill_by_number() -> None:
    text = (
        "Bonta urged the Supreme Court to affirm the dismissal of a lawsuit challenging "
        "California's Senate Bill 27. This bill, signed into law in 2019, bars state-funded "
        "travel. The plaintiffs argued that the bill violated their First Amendment rights."
    )
    assert _refs(text) == [
        ("This bill", "state:ca:bill:sb27"),
        ("the bill", "state:ca:bill:sb27"),
    ]


def test_a_ban_introduced_without_a_name_is_not_the_bill_before_it() -> None:
    text = (
        "In California, SB 54 requires the state to recognize same-sex marriages performed in "
        "other states.\nA statewide smoking ban in bars will take effect in North Carolina. "
        "The ban was passed in May."
    )
    assert _refs(text) == []


def test_the_entire_law_is_the_law() -> None:
    text = (
        "The Supreme Court rejected a challenge to the Affordable Care Act. The justices left "
        "the entire law intact, and Republicans pressed to invalidate the whole law."
    )
    assert _refs(text) == [("the entire law", "publ:111-148"), ("the whole law", "publ:111-148")]


def test_the_executive_order_capitalised_and_the_eo_ending_a_sentence() -> None:
    text = (
        "A federal judge in Maryland blocked provisions of President Trump's March 6th "
        "Executive Order. The Executive Order (EO) was a revision. Critics said they would "
        "keep fighting the EO."
    )
    refs = _refs(text, "2017-03-20")
    assert [t for t, _ in refs] == ["The Executive Order", "the EO"]
    assert refs[0][1] == refs[1][1] == "eo:13780"


def test_a_plural_head_after_a_mention_naming_several() -> None:
    text = (
        "A federal appeals court has blocked a ruling that halted key provisions in two "
        "anti-DEI executive orders issued by President Trump shortly after he took office. "
        "Those orders declared war on DEI initiatives."
    )
    refs = _refs(text, "2025-03-15")
    assert [t for t, _ in refs] == ["Those orders"]
    assert refs[0][1] == "eo:14151"


def test_the_proposal_is_the_bill_in_its_paragraph() -> None:
    text = (
        "The House passed H.R. 2, the Secure the Border Act of 2023, in May. Democrats said the "
        "proposal would gut asylum. The proposal to raise wages failed.\n"
        "The FDA proposed banning menthol cigarettes in 2022. The proposal drew 175,000 comments."
    )
    assert _refs(text) == [("the proposal", "bill:118:hr:2")]


def test_a_description_is_the_law_named_in_apposition_after_it() -> None:
    """ "…, formally the X Act" names the description: not the act the article named before."""
    text = (
        "President Biden signed the Inflation Reduction Act in 2022; the law's drug-pricing "
        "provisions are being challenged. The Senate passed the bipartisan infrastructure "
        "bill, formally the Infrastructure Investment and Jobs Act, in August 2021."
    )
    refs = dict(_refs(text, "2021-08-15"))
    assert refs["the bipartisan infrastructure bill"] == "bill:117:hr:3684"


def test_the_law_an_article_is_about_stays_its_antecedent_across_a_long_feature() -> None:
    filler = "Families in the county described long waits at clinics and pharmacies. " * 150
    text = (
        "The Affordable Care Act expanded coverage. The Affordable Care Act also set up "
        "marketplaces, and the Affordable Care Act survived three challenges.\n\n"
        f"{filler}\n\nCritics say the law still leaves gaps."
    )
    assert len(filler) > 10_000
    assert ("the law", "publ:111-148") in _refs(text)


def test_a_back_reference_takes_the_name_set_after_it_with_the() -> None:
    # a real signing story: earlier bills are named first, then the law in apposition
    text = (
        "The bill has gone through many names: The Endless Frontier Act. The U.S. Innovation "
        "and Competition Act. The America COMPETES Act. CHIPS. CHIPS-plus. On Tuesday, "
        "President Biden signed the final version of this long-awaited legislation, the CHIPS "
        "and Science Act, into law."
    )
    refs = dict(_refs(text, "2022-08-09"))
    assert refs["this long-awaited legislation"] == "publ:117-167"
    # a list is no apposition: "the law" is not the first item named after it
    listed = (
        "The Endless Frontier Act passed the Senate. Critics said the legislation, the Clean "
        "Air Act and the Clean Water Act would clash."
    )
    assert dict(_refs(listed, "2022-08-09")).get("the legislation") != "usc:42:7401"
