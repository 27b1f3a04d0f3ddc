"""census30 (three old held-back sets read once), twenty-fifth session (s25-oldstate): state
laws in shapes not read before (a constitution's article and section set off by commas, an
ILCS cite "et seq.", a state's possessive after "following"), rows for a state session law by
number and a state act known by a nickname, a rule cited beside its C.F.R. part, and bare
section signs after a cited part or a named act. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2024-06-01"


def _found(text: str, kind: str, date: str | None = DATE) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == kind]


def test_ilcs_one_character_section_et_seq_is_the_whole_act() -> None:
    text = (
        "The governor signed a bill changing the Illinois Widget Safety Act, 815 ILCS 77/1, "
        "et seq., on Friday."
    )
    assert ("815 ILCS 77/1, et seq.", "state:il:ilcs:815-77") in _found(text, "statute")


def test_ilcs_one_character_section_alone_is_that_section() -> None:
    text = "The claim arises under 815 ILCS 77/5 and nothing else."
    assert ("815 ILCS 77/5", "state:il:ilcs:815-77-5") in _found(text, "statute")


def test_state_constitution_article_and_section_set_off_by_commas() -> None:
    text = (
        "The fight is over Article 4, Section 2, of the Kansas Constitution, which sets the "
        "legislature's voting rules. Lawmakers ignored the procedure set out in the "
        "constitution, the plaintiffs said."
    )
    found = _found(text, "constitution")
    assert ("Article 4, Section 2, of the Kansas Constitution", "state:ks:const:4-2") in found
    assert ("the constitution", "state:ks:const:4-2") in found


def test_lowercase_constitution_without_a_state_section_is_not_linked() -> None:
    text = "The senator said the bill honors the constitution and the will of the voters."
    assert _found(text, "constitution") == []


def test_a_states_law_after_following_is_that_states_law() -> None:
    text = (
        "LITTLE ROCK, Ark. — A federal judge struck down Arkansas’ first-in-the-nation ban on "
        "gender-affirming care for minors on Tuesday.\n\n"
        "Several states passed bans of their own, many following Arkansas’ law.\n\n"
        "The judge ruled that the prohibition violated the rights of families."
    )
    found = _found(text, "statute")
    assert ("Arkansas’ law", "state:ar:bill:hb1570") in found
    assert ("the prohibition", "state:ar:bill:hb1570") in found


def test_following_the_law_is_still_the_law_as_such() -> None:
    text = (
        "The Widget Safety Act passed in 2019. Officials said they were simply following the "
        "law as written."
    )
    assert [t for t, _ in _found(text, "statute") if t == "the law"] == []


def test_pennsylvania_act_77_and_its_description() -> None:
    text = (
        "HARRISBURG — The Pennsylvania Supreme Court on Tuesday upheld the state’s no-excuse "
        "mail-in voting law, Act 77, reversing a lower court."
    )
    found = _found(text, "statute", "2022-08-02")
    assert ("Act 77", "state:pa:bill:act77") in found


def test_north_carolina_property_protection_act_and_ag_gag_back_reference() -> None:
    text = (
        "RALEIGH — North Carolina will pay the legal fees of the groups that challenged the "
        "Property Protection Act. The groups argued that the ag-gag law chilled speech."
    )
    found = _found(text, "statute", "2024-01-10")
    assert ("Property Protection Act", "state:nc:gs:99a-2") in found
    assert ("the ag-gag law", "state:nc:gs:99a-2") in found


def test_a_cited_cfr_part_picks_the_rule_of_that_part() -> None:
    text = (
        "The Department of Justice’s implementing regulations at 28 CFR Part 202 set out "
        "which data deals are barred. As noted in § 202.101, the rule reaches brokers too."
    )
    found = _found(text, "regulation", "2025-05-01")
    assert ("The Department of Justice’s implementing regulations", "fr:90:1636") in found
    assert ("§ 202.101", "cfr:28:202.101") in found
    assert ("the rule", "fr:90:1636") in found


def test_a_cited_cfr_part_no_rule_holds_links_no_rule_of_the_department() -> None:
    text = (
        "The Department of Justice’s implementing regulations at 28 CFR Part 999 set out "
        "the new procedure for asylum claims at the border."
    )
    found = _found(text, "regulation", "2025-05-01")
    assert all(a is None or not a.startswith("fr:") for _, a in found)


def test_bare_section_of_another_part_is_not_taken() -> None:
    text = "The rule at 28 CFR Part 202 applies. See also § 17.4 of the agency's manual."
    found = _found(text, "regulation", "2025-05-01")
    assert not any(t.startswith("§") for t, _ in found)


def test_agency_possessive_with_bracketed_initials_refers_back_to_its_rule() -> None:
    text = (
        "A judge vacated a rule from the Biden administration that required states to track "
        "greenhouse gas emissions from highways.\n\n"
        "The Federal Highway Administration’s (FHA) rule drew criticism from governors."
    )
    found = _found(text, "regulation", "2024-04-01")
    assert ("The Federal Highway Administration’s (FHA) rule", "fr:88:85364") in found


def test_bare_section_sign_in_a_named_acts_code_range() -> None:
    text = (
        "Gun makers invoked the Protection of Lawful Commerce in Arms Act. The families relied "
        "on the exception in § 7903(5)(A)(iii)."
    )
    found = _found(text, "statute", "2022-02-15")
    assert ("§ 7903(5)(A)(iii)", "usc:15:7903") in found


def test_bare_section_sign_outside_the_acts_range_is_not_taken() -> None:
    text = (
        "Gun makers invoked the Protection of Lawful Commerce in Arms Act. The families relied "
        "on § 1234(b) of a state code."
    )
    found = _found(text, "statute", "2022-02-15")
    assert not any(t.startswith("§") for t, _ in found)


def test_a_tax_relief_deal_is_the_tax_bill_named_before() -> None:
    text = (
        "Vote explainer: the Family Tax Fairness Act of 2024 (H.R. 6123)\n\n"
        "On Tuesday, I voted for the bipartisan tax relief deal that passed the House."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2024-02-01") if m.kind == "bill"]
    assert ("the bipartisan tax relief deal", "bill:118:hr:6123") in found


def test_a_tax_deal_is_not_a_spending_bill() -> None:
    text = (
        "Congress passed the Consolidated Appropriations Act, 2024 on Friday. Separately, the "
        "senators said the tax deal would wait."
    )
    found = [m.text for m in mentions(text, "2024-03-25") if m.text == "the tax deal"]
    assert found == []


def test_agency_adopted_rules_in_a_year_is_its_rule_of_that_year() -> None:
    text = (
        "Under the Obama administration, the Department of Health and Human Services adopted "
        "rules in 2016 that barred discrimination based on gender identity in health care."
    )
    found = _found(text, "regulation", "2020-08-20")
    assert found == [("rules in 2016", "fr:81:31376")]


def test_agency_adopted_rules_in_a_year_with_no_rule_that_year_is_nothing() -> None:
    text = (
        "Under the Obama administration, the Department of Health and Human Services adopted "
        "rules in 2011 that barred discrimination based on gender identity in health care."
    )
    assert _found(text, "regulation", "2020-08-20") == []
