"""What refers back, eighth session (issue 13, point 1): shapes found on real pages
(``README.md``, "What refers back: bills that act on a law, plural rules, numbers"). Each
test is a sentence of that shape, made up or a short quote of a real one."""

from __future__ import annotations

from conftest import mentions


def _refs(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.anaphor]


def test_a_number_made_an_adjective_asks_nothing() -> None:
    text = (
        "The Affordable Care Act passed in March. The 10-year legislation expanded Medicaid, "
        "and the 2,000-page law created the exchanges."
    )
    assert _refs(text, "2010-04-01") == [
        ("The 10-year legislation", "publ:111-148"),
        ("the 2,000-page law", "publ:111-148"),
    ]


def test_the_bill_after_the_affordable_care_act_is_hr_3590() -> None:
    # "Obama signed the $940 billion health care reform bill, also known as the Patient
    # Protection and Affordable Care Act, into law. … After the bill was passed, …"
    text = (
        "Obama signed the health care reform bill, also known as the Patient Protection and "
        "Affordable Care Act, into law. After the bill was passed, Republicans filed a motion."
    )
    assert _refs(text, "2010-03-24") == [
        ("the health care reform bill", "bill:111:hr:3590"),
        ("the bill", "bill:111:hr:3590"),
    ]


def test_years_after_the_signing_the_bill_is_a_new_one() -> None:
    text = "The Tax Cuts and Jobs Act cut the corporate rate. Democrats said the bill helped few."
    assert _refs(text, "2017-12-28") == [("the bill", "bill:115:hr:1")]
    assert _refs(text, "2024-03-01") == []


def test_the_statute_of_limitations_is_no_back_reference() -> None:
    # "… this Act eliminates the statute of limitations for civil lawsuits …"
    text = (
        "The Eliminating Limits to Justice for Child Sex Abuse Victims Act was signed in "
        "September. The law eliminates the statute of limitations for civil lawsuits."
    )
    refs = _refs(text, "2022-10-01")
    assert [t for t, _ in refs] == ["The law"]


def test_the_measure_after_a_bill_that_reauthorizes_an_act_is_that_bill() -> None:
    # "A bill that reauthorizes Section 702 of the Foreign Intelligence Surveillance Act is
    # now moving … The measure had actually already cleared the lower chamber …"
    text = (
        "A bill that reauthorizes Section 702 of the Foreign Intelligence Surveillance Act is "
        "now moving to the Senate. The measure cleared the House on April 12."
    )
    assert _refs(text, "2024-04-16") == []


def test_the_legislation_after_this_bill_amends_an_act_is_not_the_act() -> None:
    text = (
        "The TRANSPLANT Act was introduced in February. This bill reauthorizes the Stem Cell "
        "Therapeutic and Research Act of 2005. The legislation passed the House in April."
    )
    assert ("The legislation", None) not in _refs(text)
    assert all("Stem Cell" not in (m.evidence or "") for m in mentions(text, None))


def test_a_bill_that_acts_on_something_else_changes_nothing() -> None:
    # "This bill expands the definition of major food allergens …": no law acted on
    text = (
        "This bill expands the definition of major food allergens. The Advancing Education on "
        "Biosimilars Act of 2021 was introduced in February. The legislation requires the FDA "
        "to educate providers."
    )
    assert [t for t, _ in _refs(text)] == ["The legislation"]


def test_the_law_known_as_after_a_dash_names_itself() -> None:
    # "… the law—known as Senate Bill 4—also gives judges the authority …"
    text = (
        "The Justice Department sued Texas over a new law that would allow police to arrest "
        "migrants, taking Gov. Greg Abbott to court again. In addition to allowing police "
        "anywhere in Texas to arrest migrants, the law—known as Senate Bill 4—also gives judges "
        "the authority to order migrants to leave. The lawsuit asks a court to declare the "
        "Texas law unconstitutional."
    )
    # (the suit is the government's against Texas, "United States v. Texas": twenty-fourth
    # session, ``sued``; it is referred back to, with no authority of its own)
    assert _refs(text, "2024-01-04") == [
        ("the law", "state:tx:bill:sb4"),
        ("The lawsuit", None),
        ("the Texas law", "state:tx:bill:sb4"),
    ]
    suits = [(m.text, m.name) for m in mentions(text, "2024-01-04") if m.kind == "case"]
    assert ("sued Texas", "United States v. Texas") in suits


def test_a_part_set_off_by_dashes_is_no_name_of_the_act() -> None:
    # "One portion of the act – 18 U.S.C. section 794 – does relate to spying …"
    text = (
        "Trump was charged under the Espionage Act of 1917. One portion of the act – 18 U.S.C. "
        "section 794 – does relate to spying."
    )
    assert ("the act", "publ:65-24") in _refs(text, "2023-06-10")


def test_the_rules_alone_after_a_rule_named_shortly_before() -> None:
    # "… part of the administration's so-called Clean Power Plan … The rules call for …"
    text = (
        "The rules are part of the administration's so-called Clean Power Plan. The rules call "
        "for reducing the fleet of inefficient coal plants."
    )
    assert _refs(text, "2015-10-26") == [("The rules", "fr:80:64662")]


def test_the_rules_far_from_any_rule_or_of_something_stay_unlinked() -> None:
    far = " ".join(["The senators argued about many other things that week."] * 14)
    text = (
        f"The EPA published the Clean Power Plan in October. {far} Under the rules of the "
        "Senate, the rules committee met. Then the rules changed."
    )
    assert _refs(text, "2015-10-26") == []


def test_the_policy_after_a_rule_or_an_order_named_shortly_before() -> None:
    order = (
        "President Trump signed Executive Order 14160 on birthright citizenship on Jan. 20. "
        "States sued to block the policy."
    )
    assert _refs(order, "2025-03-01") == [("the policy", "eo:14160")]
    rule = (
        "The Department of Homeland Security published its public charge rule in August. "
        "Advocates said the policy would scare families."
    )
    assert _refs(rule, "2019-09-01") == [("the policy", "fr:84:41292")]


def test_the_policy_as_a_compound_or_of_something_stays_unlinked() -> None:
    # "He further noted that the revocation of these orders is in line with restoring this
    # policy direction."
    text = (
        "Trump rescinded Executive Order 13994 on Jan. 20. He said the revocation restores "
        "this policy direction. It is the policy of the United States to cut costs. Aides "
        "debated the policy changes."
    )
    assert _refs(text, "2025-03-01") == []


def test_a_policy_introduced_since_is_not_the_order() -> None:
    text = (
        "President Trump signed Executive Order 14160 on Jan. 20. The State Department then "
        "announced a new visa policy for students. The policy takes effect in May."
    )
    assert _refs(text, "2025-03-01") == []


def test_a_law_named_in_the_headline_stays_the_antecedent_pages_later() -> None:
    filler = " ".join(["Residents spent the week buying supplies at local stores."] * 50)
    text = (
        "Judge blocks the CHIPS and Science Act grant rules\n\nA federal judge on Friday "
        f"paused grants under the CHIPS and Science Act.\n\n{filler}\n\nSupporters of the law "
        "said they would appeal."
    )
    assert _refs(text, "2024-06-01") == [("the law", "publ:117-167")]


def test_a_law_named_once_in_passing_mid_article_is_no_antecedent_pages_later() -> None:
    filler = " ".join(["Residents spent the week buying supplies at local stores."] * 50)
    text = (
        f"{filler}\n\nThe CHIPS and Science Act came up once.\n\n{filler}\n\nSupporters of "
        "the law said they would appeal."
    )
    assert _refs(text, "2024-06-01") == []


def test_a_year_before_act_keeps_the_act_of_that_year() -> None:
    # "… in accordance with the Gun Control Act of 1968. Two individuals … challenged the rule
    # by claiming that the 1968 act did not encompass ghost-gun kits"
    text = (
        "Buyers must undergo background checks under the Gun Control Act of 1968. The "
        "challengers claim that the 1968 act did not encompass gun kits, and that the 1934 act "
        "says nothing of them either."
    )
    assert _refs(text, "2024-10-08") == [("the 1968 act", "publ:90-618")]


def test_the_agency_named_before_rule_agrees_with_the_rule_it_issued() -> None:
    text = (
        "The Biden administration announced the ghost gun rule in 2022. Challengers argue that "
        "the new ATF rule expanded the definition of a firearm. The EPA rule, by contrast, was "
        "not challenged."
    )
    assert _refs(text, "2024-10-08") == [("the new ATF rule", "fr:87:24652")]


def test_the_act_after_a_states_bill_by_number() -> None:
    text = (
        "Mississippi's House Bill 1126 requires age verification on social media. NetChoice "
        "says the Act violates the First Amendment."
    )
    assert _refs(text, "2025-07-01") == [("the Act", "state:ms:bill:hb1126")]


def test_four_words_may_stand_between_the_determiner_and_the_head() -> None:
    # "… praised the judge's decision suspending what he called 'the Biden Administration's
    # radical new rule that attempts to unravel …'"
    text = (
        "The Biden administration's final Title IX rule takes effect Aug. 1. Critics called it "
        "the Biden Administration's radical new rule."
    )
    assert ("the Biden Administration's radical new rule", "fr:89:33474") in _refs(
        text, "2024-07-31"
    )


def test_a_superlative_ranks_a_law_and_refers_back_to_none() -> None:
    # "In short, the IIJA represents the most significant federal infrastructure legislation
    # that has been enacted into law in decades."
    text = (
        "Congress passed the Infrastructure Investment and Jobs Act in 2021. It is the most "
        "significant federal infrastructure legislation in decades, and the toughest law of "
        "its kind."
    )
    assert _refs(text, "2022-01-10") == []


def test_a_ban_described_in_passing_is_the_law_not_a_new_one() -> None:
    # "Gov. Laura Kelly had vetoed HB 2238 … she had rejected a transgender sports ban passed
    # by the legislature. … 'Here's what this bill would actually do …'"
    text = (
        "Kansas Gov. Laura Kelly had vetoed HB 2238 last month, the third time she had rejected "
        "a transgender sports ban passed by the legislature. She said this bill is about "
        "politics."
    )
    assert _refs(text, "2023-04-05") == [("this bill", "state:ks:bill:hb2238")]


def test_the_ban_still_takes_a_ban_introduced_since() -> None:
    text = (
        "Texas passed Senate Bill 8 in 2021. Florida then enacted a statewide smoking ban in "
        "parks. The ban takes effect in July."
    )
    assert _refs(text, "2022-06-01") == []


def test_the_law_in_the_opening_refers_ahead_to_the_one_law_named_next() -> None:
    # a page whose headline was lost: "… the law was blocked after lawsuits were filed … The
    # law went into effect on July 1. House Bill 1182 requires …"
    text = (
        "According to the statement, the law was blocked after lawsuits were filed by two "
        "business owners. The law went into effect on July 1.\n\nTennessee's House Bill 1182 "
        "requires businesses to post a notice at the entrance of each public restroom."
    )
    assert _refs(text, "2023-07-15") == [
        ("the law", "state:tn:bill:hb1182"),
        ("The law", "state:tn:bill:hb1182"),
    ]


def test_no_reference_ahead_after_a_law_of_its_kind_or_to_two_laws() -> None:
    # a law of its kind named before (whatever its id): "the bill" is that one, not the next
    before = (
        "The Eliminating Limits to Justice for Child Sex Abuse Victims Act was introduced in "
        "2021. The bill passed in March. The House passed H.R. 884 in September."
    )
    assert ("The bill", "bill:117:hr:884") not in _refs(before, "2022-10-01")
    two = (
        "The law takes effect on July 1. Kansas lawmakers overrode the veto of HB 2238, and "
        "Missouri passed Senate Bill 39 the same week."
    )
    assert _refs(two, "2023-04-05") == []


def test_the_rule_is_not_an_order_named_in_between() -> None:
    # "… the Biden administration's proposed "Circumvention of Lawful Pathways" rule … due to
    # the expiration of the Centers for Disease Control and Prevention's Title 42 public health
    # order … The new rule, however, tries to define the problem away …"
    text = (
        "The lawsuit is challenging the Biden administration's \u201cCircumvention of Lawful "
        "Pathways\u201d rule. Officials rolled it out due to the expiration of the Title 42 public "
        "health order. The new rule, however, tries to define the problem away."
    )
    assert ("The new rule", "fr:88:31314") in _refs(text, "2023-06-02")
