"""Ruling phrases around clauses already read, courts carried back, ruling false alarms
(twenty-eighth session, s28-c42rul; census42 P1, P6, P10).

Sentences of our own in the shapes news prints."""

from __future__ import annotations

from conftest import mentions

DATE = "2024-10-20"


def rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, DATE) if m.kind == "ruling"]


def kinds(text: str, kind: str) -> list[str]:
    return [m.text for m in mentions(text, DATE) if m.kind == kind]


# --- P6: a verb inside a relative clause about someone else --------------------------------


def test_a_verb_in_a_whose_clause_is_not_the_justices_ruling() -> None:
    text = (
        "The Ohio Supreme Court dismissed the motion on Wednesday.\n\n"
        "Justice Ann Roe – whose brother, Governor Tom Roe, vetoed House Bill 12 before "
        "lawmakers overrode the veto – wrote separately to say the question remains open."
    )
    found = rulings(text)
    assert not any("whose" in t for t, _ in found)
    assert not any(t.startswith("Justice Ann Roe") for t, _ in found)


def test_a_judge_whose_clause_closes_before_the_verb_still_rules() -> None:
    text = (
        "U.S. District Judge Ann Roe, whose courtroom sits in Austin, blocked the state "
        "law on Monday."
    )
    found = rulings(text)
    assert len(found) == 1
    assert found[0][0].startswith("U.S. District Judge Ann Roe")


# --- P6: plurals over a set ------------------------------------------------------------------


GEORGIA = (
    "A judge has blocked a new rule that required poll workers to count ballots by hand.\n\n"
    "This decision came one day after the same judge ruled that county boards must certify "
    "election results on time.\n\n"
    "The State Election Board had passed this rule last month, requiring three poll workers "
    "to count the paper ballots after polls closed.\n\n"
    "The county board had filed a lawsuit to void this rule along with four others adopted by "
    "the state board. The lawsuit said these rules went beyond the board's power and were "
    "adopted too late.\n\n"
    "In his ruling late Tuesday, Fulton County Superior Court Judge Robert Roe wrote that the "
    "hand-count rule came too late and issued an order blocking it.\n\n"
    "Earlier, on Monday, Roe ruled in a separate case that no election superintendent may "
    "refuse to certify results.\n\n"
    "These two rulings came just as early voting began in Georgia on Tuesday."
)


def test_two_rulings_of_separate_cases_are_no_one_ruling() -> None:
    assert not any(t.startswith("These two rulings") for t, _ in rulings(GEORGIA))


def test_these_rules_after_a_rule_and_others_are_no_one_rule() -> None:
    assert "these rules" not in kinds(GEORGIA, "regulation")


def test_the_rulings_compared_are_no_one_ruling() -> None:
    text = (
        "A federal judge in Texas blocked the state law on Monday. On Friday, U.S. District "
        "Judge Ann Roe in Austin extended her order for another month. The main difference "
        "between the two rulings is the length of the order."
    )
    assert not any(t == "the two rulings" for t, _ in rulings(text))


def test_two_rulings_of_one_case_still_refer_back() -> None:
    text = (
        "A federal judge in Texas blocked the state law on Monday. On Friday, U.S. District "
        "Judge Ann Roe in Austin extended her order for another month. These two rulings "
        "keep the law on hold."
    )
    assert ("These two rulings", "txwd") in rulings(text)


# --- P10: a lead's judge named paragraphs later ----------------------------------------------


def test_a_lead_judge_takes_the_court_of_the_judge_named_later() -> None:
    found = dict(rulings(GEORGIA))
    assert found.get("A judge has blocked") == "gasuperct"
    assert found.get("the same judge ruled") == "gasuperct"
    assert found.get("This decision") == "gasuperct"


def test_a_lead_judge_with_another_court_between_stays_unplaced() -> None:
    text = (
        "A judge has blocked a new rule that required poll workers to count ballots by hand.\n\n"
        "The rule was adopted last month after a long debate among the members of the board, "
        "who said hand counts would build trust. Critics said the counts would slow results "
        "and that the board lacked the power to demand them. The board had voted 3-2 to adopt "
        "it, and its chair said the rule would survive any challenge in court. Several county "
        "officials said they would not be ready for the change in time for early voting.\n\n"
        "The U.S. Supreme Court ruled in a separate matter last year that states set their "
        "own election rules, a point the board's lawyers made in their filings. The board "
        "argued that its rules fit within the power the legislature gave it. County officials "
        "disagreed and said that only lawmakers can change how votes are counted.\n\n"
        "Fulton County Superior Court Judge Robert Roe wrote that the rule came too late."
    )
    found = dict(rulings(text))
    assert found.get("A judge has blocked") is None


# --- P6: what a statute lets Congress do, told in general ------------------------------------


CRA = (
    "Congressional Review Act resolutions introduced Thursday in the House and Senate would "
    "overturn the Consumer Financial Protection Bureau's final rule capping overdraft fees.\n\n"
    "The overdraft rule was a mistake, the senator said.\n\n"
    "The Congressional Review Act {verb} Congress to review agencies' new rules and, if "
    "lawmakers object, pass a resolution of disapproval so that the rule has no force or "
    "effect.\n\n"
    "The rule takes effect next year for banks with more than $10 billion in assets."
)


def test_a_laws_procedure_tells_no_resolution_and_no_rule() -> None:
    found = mentions(CRA.format(verb="enables"), "2025-02-14")
    assert not any(m.text == "a resolution of disapproval" for m in found)
    assert not any(m.text == "the rule" for m in found)
    # the story's own rule told after it is still the rule
    assert any(m.text == "The rule" and m.kind == "regulation" for m in found)


# --- P1: a fronted ruling phrase with words the short leads do not read ----------------------


def test_a_lead_decision_with_a_participle_is_the_courts_ruling() -> None:
    text = (
        "In a significant decision addressing the limits of presidential power, the Supreme "
        "Court struck down the tariffs on Friday."
    )
    found = rulings(text)
    assert found and found[0][1] == "scotus"
    assert found[0][0].startswith("a significant decision addressing the limits")


def test_a_lead_decision_issued_by_the_full_court_before_the_us_circuit() -> None:
    text = (
        "In a decision issued Friday from its full roster of 17 judges, the U.S. 5th Circuit "
        "Court of Appeals reversed a June decision from a three-judge panel."
    )
    found = rulings(text)
    assert ("a decision issued Friday from its full roster of 17 judges", "ca5") in found


def test_a_lead_authored_by_a_justice_is_the_courts() -> None:
    text = "In a 6-3 decision authored by Justice Lee, the Supreme Court upheld the law on Friday."
    found = rulings(text)
    assert found and found[0][0].startswith("a 6-3 decision authored by Justice Lee")
    assert found[0][1] == "scotus"


def test_a_time_before_a_decision_is_no_lead() -> None:
    text = (
        "In the weeks leading up to the decision, the Supreme Court heard arguments from both "
        "sides about the tariffs."
    )
    assert not any("weeks" in t for t, _ in rulings(text))


# --- P1: a judge's own finding, a suit's phase, a judge told by the suit -------------------------


SEARCH = (
    "U.S. District Judge Amit P. Mehta issued a 230-page ruling on remedies, following his "
    "prior finding that Acme unlawfully kept a monopoly in violation of Section 2 of the "
    "Sherman Act. Mehta said the proposed sale of the browser went beyond the scope of his "
    "liability ruling, which was focused on distribution deals."
)


def test_a_judges_prior_finding_is_that_courts_ruling() -> None:
    assert ("his prior finding", "dcd") in rulings(SEARCH)


def test_a_liability_ruling_is_a_ruling_noun() -> None:
    assert ("his liability ruling", "dcd") in rulings(SEARCH)


def test_an_agencys_finding_is_no_ruling() -> None:
    text = (
        "The agency published its prior finding that the chemical is safe, and the company "
        "said it would follow the agency's rules."
    )
    assert rulings(text) == []


def test_a_judge_told_by_the_suit_they_oversee_rules() -> None:
    text = (
        "The federal judge overseeing the SEC’s lawsuit against Acme ruled Tuesday that the "
        "case must be paused. U.S. District Judge Katherine Failla agreed with Acme’s argument."
    )
    found = rulings(text)
    assert found[0] == ("ruled Tuesday", "nysd")


def test_a_judge_overseeing_a_suit_who_only_says_is_no_ruling() -> None:
    text = (
        "The federal judge overseeing the SEC’s lawsuit against Acme said Tuesday she would "
        "rule soon. U.S. District Judge Katherine Failla set a hearing for March."
    )
    assert not any(t.startswith(("The federal judge", "said")) for t, _ in rulings(text))


# --- P10: a ruling with no court, placed by the suit the tables know -------------------------


SAVE = (
    "In the summer of 2024, a federal judge blocked the Education Department's SAVE plan for "
    "student loan repayment. {after}"
)


def test_twin_suits_decided_alike_take_the_district_of_the_circuit_named() -> None:
    text = SAVE.format(
        after="Now the 8th Circuit Court of Appeals has affirmed the block on the SAVE plan, "
        "and borrowers remain in forbearance."
    )
    assert ("a federal judge blocked", "moed") in rulings(text)


def test_twin_suits_with_no_circuit_named_place_nothing() -> None:
    text = SAVE.format(
        after="Borrowers remain in forbearance while the department weighs its next steps on "
        "the SAVE plan."
    )
    assert ("a federal judge blocked", None) in rulings(text)


def test_an_undated_storys_month_finds_the_one_ruling_of_that_month() -> None:
    text = (
        "Louisiana's House Bill 71 requires the Ten Commandments in every public classroom. A "
        "federal judge blocked the law in November as the case winds through the courts."
    )
    found = [(m.text, m.court) for m in mentions(text, None) if m.kind == "ruling"]
    assert found == [("A federal judge blocked", "lamd")]


def test_a_month_with_no_ruling_of_the_suit_places_nothing() -> None:
    text = (
        "Louisiana's House Bill 71 requires the Ten Commandments in every public classroom. A "
        "federal judge blocked the law in March as the case winds through the courts."
    )
    found = [(m.text, m.court) for m in mentions(text, None) if m.kind == "ruling"]
    assert found == [("A federal judge blocked", None)]


def test_back_references_to_a_ruling_placed_by_its_suit() -> None:
    text = (
        "In the summer of 2024, a federal judge blocked the Education Department's SAVE plan "
        "for student loan repayment. Since that ruling, borrowers have waited in forbearance.\n\n"
        "Now the 8th Circuit Court of Appeals has affirmed the block on the SAVE plan.\n\n"
        "Following the federal ruling in the summer of 2024, the department stopped canceling "
        "loans under the SAVE plan."
    )
    found = rulings(text)
    assert ("that ruling", "moed") in found
    assert ("the federal ruling in the summer of 2024", "moed") in found


def test_a_lead_with_no_article_before_a_weighty_word() -> None:
    text = (
        "In landmark 4-3 decision, the Michigan Supreme Court ruled the governor's use of the "
        "1945 law is unconstitutional."
    )
    found = rulings(text)
    assert found and found[0][0].startswith("landmark 4-3 decision")
    assert found[0][1] == "mich"


def test_a_lead_with_a_relative_clause_is_left_to_the_clause() -> None:
    text = (
        "In a ruling that reverberated across the state, a three-judge panel of the U.S. Fifth "
        "Circuit Court of Appeals issued an order allowing the law to take effect."
    )
    assert not any(t.startswith("a ruling that") for t, _ in rulings(text))
