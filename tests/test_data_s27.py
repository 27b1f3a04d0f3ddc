"""Rows and shapes of the twenty-seventh session's data branch (s27-data, census36–38): the
proposals and delay rules of final rules in ``rules.csv``, the Congress of an undated list of
titled bills, suits of ``lawsuits.csv`` told without a caption, and state constitution
clauses joined by "and". Sentences of our own in the shapes news prints."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str | None = None, kinds: tuple[str, ...] = ()) -> list[tuple]:
    return [
        (m.text, m.authority or m.name)
        for m in mentions(text, date)
        if not kinds or m.kind in kinds
    ]


# --- rules: a final rule's proposal and its delay rule ---------------------------------


def test_an_owners_notice_of_proposed_rulemaking_is_the_proposal() -> None:
    text = (
        "A judge blocked the public charge rule on Friday. In his order he quoted the "
        "agency's notice of proposed rulemaking, which conceded the rule could harm health."
    )
    got = found(text, "2019-10-12", ("regulation",))
    assert ("public charge rule", "fr:84:41292") in got
    assert ("the agency's notice of proposed rulemaking", "fr:83:51114") in got


def test_the_text_the_agency_first_proposed_is_the_proposal() -> None:
    text = (
        "The Labor Department issued its long-awaited final rule on the “joint employer” "
        "question under the Fair Labor Standards Act on Sunday. The final rule barely "
        "departs from the text that DOL first proposed last spring."
    )
    got = found(text, "2020-01-13", ("regulation",))
    assert ("the text that DOL first proposed", "fr:84:14043") in got


def test_a_proposal_of_another_subject_is_not_the_joint_employer_proposal() -> None:
    # a Labor Department proposal on contractors: the joint-employer proposal's topics are
    # its own words only
    text = (
        "The Labor Department announced a proposed rule on independent contractors under "
        "the Fair Labor Standards Act on Thursday."
    )
    got = found(text, "2026-02-27", ("regulation",))
    assert not any(a == "fr:84:14043" for _t, a in got)


def test_a_delay_rule_after_the_rule_it_delays() -> None:
    text = (
        "A court on Friday shut down EPA's bid to keep delaying an Obama-era chemical "
        "disaster rule. The judges struck down a “delay rule” the agency adopted last year "
        "to freeze the Obama administration provisions."
    )
    got = found(text, "2018-08-20", ("regulation",))
    assert any(a == "fr:82:4594" and "chemical" in t for t, a in got)
    assert ("a “delay rule”", "fr:82:27133") in got


def test_a_delay_rule_without_a_rule_it_delays_is_nothing() -> None:
    text = "The agency adopted a delay rule last year, critics said."
    got = found(text, "2018-08-20", ("regulation",))
    assert not any(a == "fr:82:27133" for _t, a in got)


def test_a_rule_delayed_twice_leaves_the_delay_rule_unlinked() -> None:
    # the 2016 borrower defense rule has three delaying documents in the table: which one
    # "a delay rule" is, is not known
    text = (
        "The Education Department's 2016 borrower defense rule was to take effect in July. "
        "The department then issued a delay rule, which a judge threw out."
    )
    got = found(text, "2018-10-01", ("regulation",))
    assert not any(
        a in ("fr:82:27621", "fr:82:49114", "fr:83:6458") and t.endswith("delay rule")
        for t, a in got
    )


# --- bills: the Congress of an undated list of titled bills ----------------------------


def test_a_list_of_titled_bills_takes_the_congress_a_title_prints() -> None:
    text = (
        "The House passed these bills this week:\n"
        "- The Rural Towers Act, H.R. 1345, sets up a grants office.\n"
        "- The Safer Chips Act of 2023, H.R. 752, asks Commerce to draw investment.\n"
    )
    got = dict(found(text, None, ("bill",)))
    assert got["H.R. 1345"] == "bill:118:hr:1345"
    assert got["H.R. 752"] == "bill:118:hr:752"


def test_a_list_without_a_titled_year_gives_no_congress() -> None:
    text = (
        "The House passed these bills this week:\n"
        "- The Rural Towers Act, H.R. 1345, sets up a grants office.\n"
        "- The Safer Chips Act, H.R. 752, asks Commerce to draw investment.\n"
    )
    got = [(t, a) for t, a in found(text, None, ("bill",)) if t.startswith("H.R.")]
    assert got and all(a is None or not a.startswith("bill:") for _t, a in got)


def test_titles_of_two_congresses_give_none() -> None:
    text = (
        "Bills on the calendar:\n"
        "- The Safer Chips Act of 2023, H.R. 752, asks Commerce to draw investment.\n"
        "- The Clean Ports Act of 2025, H.R. 900, funds port equipment.\n"
    )
    got = [(t, a) for t, a in found(text, None, ("bill",)) if t.startswith("H.R.")]
    assert got and all(a is None or not a.startswith("bill:") for _t, a in got)


# --- suits told without their caption --------------------------------------------------


def test_a_court_challenge_by_its_plaintiff() -> None:
    text = (
        "A federal judge in San Jose blocked Executive Order 13950 on Tuesday. The Santa Cruz "
        "Lesbian and Gay Community Center and other LGBT groups had filed a court challenge "
        "to the order in the fall."
    )
    got = found(text, "2020-12-23", ("case",))
    assert ("a court challenge", "Santa Cruz Lesbian and Gay Community Center v. Trump") in got


def test_a_court_challenge_no_row_fits_is_no_suit_of_the_table() -> None:
    text = "Neighbors filed a court challenge to the zoning board's decision last week."
    got = found(text, "2020-12-23", ("case",))
    assert not any(n and " v. " in n for _t, n in got)


def test_the_instant_suit_of_a_state_court() -> None:
    text = (
        "On July 11, 2023, the Iowa legislature passed H.F. 732. Planned Parenthood of the "
        "Heartland and the Emma Goldman Clinic filed the instant suit the next day, arguing "
        "that H.F. 732 violates the Iowa Constitution."
    )
    got = found(text, "2023-07-21", ("case",))
    assert ("the instant suit", "Planned Parenthood of the Heartland, Inc. v. Reynolds") in got


def test_a_state_possession_statute_by_its_topic() -> None:
    text = (
        "The Washington Supreme Court struck down the state’s drug possession law on "
        "Thursday. Lawmakers will now have to rewrite the drug possession law."
    )
    got = found(text, "2021-02-25", ("statute",))
    assert ("the state’s drug possession law", "state:wa:rcw:69.50.4013") in got
    assert ("the drug possession law", "state:wa:rcw:69.50.4013") in got


# --- a state constitution's second clause -----------------------------------------------


def test_a_second_clause_joined_by_and() -> None:
    text = (
        "The clinics argue that the Iowa law violates the Iowa Constitution’s due process "
        "and equal protection guarantees."
    )
    got = found(text, "2023-07-21", ("constitution",))
    assert ("the Iowa Constitution’s due process", "state:ia:const:1-9") in got
    assert any(t.startswith("equal protection") and a == "state:ia:const:1-6" for t, a in got)


def test_no_second_clause_when_the_words_after_and_are_no_clause() -> None:
    text = (
        "The clinics argue that the Iowa law violates the Iowa Constitution’s due process "
        "and harms patients."
    )
    got = found(text, "2023-07-21", ("constitution",))
    assert ("the Iowa Constitution’s due process", "state:ia:const:1-9") in got
    assert len(got) == 1


def test_one_titled_bill_alone_is_no_list() -> None:
    text = "The Safer Chips Act of 2023, H.R. 752, asks Commerce to draw investment."
    got = [(t, a) for t, a in found(text, None, ("bill",)) if t.startswith("H.R.")]
    assert got and all(a is None or not a.startswith("bill:") for _t, a in got)


def test_a_delay_rule_told_with_what_it_postpones_is_the_delay_rule() -> None:
    # the agency's-rule pass reads "a delay rule to postpone the chemical disaster rule" as the
    # rule postponed; the delay rule of the table is the document meant
    text = (
        "A court struck down EPA's delay of an Obama-era chemical disaster rule on Friday. "
        "The agency had adopted a “delay rule” to postpone the chemical disaster rule "
        "until 2019."
    )
    got = found(text, "2018-08-20", ("regulation",))
    assert ("a “delay rule”", "fr:82:27133") in got
    assert not any(t.startswith("a “delay rule") and a == "fr:82:4594" for t, a in got)


def test_a_proposal_made_final_is_no_later_proposed_rule() -> None:
    # the 2018 public charge proposal became the 2019 rule: a 2026 "proposed rule on public
    # charge" is the 2025 proposal
    got = found("The DHS proposed rule on public charge alarmed groups.", "2026-01-01")
    assert not any(a == "fr:83:51114" for _t, a in got)


def test_the_proposed_rule_of_an_article_on_the_independent_contractor_rules() -> None:
    text = (
        "The Labor Department wants to replace its 2024 independent contractor rule. Comments "
        "on the proposed rule are due in April."
    )
    got = found(text, "2026-03-02", ("regulation",))
    assert ("the proposed rule", "fr:91:9932") in got
