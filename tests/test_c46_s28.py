"""Twenty-eighth session (census46): a judge titled by the court's name and a lower-case
"judge", ruling verb phrases, state bill lists, plural round-up headlines. Made-up sentences
of the shapes the census showed."""

from __future__ import annotations

from conftest import mentions, rulings


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


def test_a_judge_titled_by_the_courts_name_and_a_lower_case_judge_is_placed() -> None:
    text = (
        "A consumer rule was struck down by a judge in Texas. U.S. District Court judge "
        "Sean Jordan ruled on Tuesday that the bureau went beyond its powers."
    )
    found = _found(text)
    assert ("U.S. District Court judge Sean Jordan ruled on Tuesday", "txed") in found
    assert ("was struck down by a judge in Texas", "txed") in found


def test_a_lower_case_judge_after_no_courts_name_is_no_title() -> None:
    text = "The district judge Sean Jordan ruled on Tuesday that the bureau went too far."
    assert ("The district judge Sean Jordan ruled on Tuesday", "txed") not in _found(text)


def test_ruling_verb_phrases_of_a_settlement_judge_are_rulings() -> None:
    cases = [
        ("A federal judge is forcing the league to rewrite its accord with former players.",
         "A federal judge is forcing the league to rewrite"),
        ("Judge Claudia Wilken in an order last week said she would reject the accord.",
         "said she would reject"),
        ("Judge Claudia Wilken gave preliminary approval to the accord last year.",
         "gave preliminary approval to"),
        ("A federal judge in Maine has delivered a sweeping ruling on the fishing rule.",
         "has delivered a sweeping ruling"),
        ("A federal judge in Minnesota has signed off on the city's request to end the decree.",
         "signed off on"),
        ("Judge William Alsup drew a firm line against the use of stolen books.",
         "drew a firm line against"),
    ]  # fmt: skip
    for text, piece in cases:
        assert any(piece in m.text for m in rulings(text)), text


def test_the_same_verb_phrases_outside_a_court_are_no_rulings() -> None:
    for text in (
        "The coach is forcing the players to change their training schedule.",
        "The governor said she would reject the budget unless lawmakers changed it.",
        "The board gave preliminary approval to the budget last year.",
        "The professor delivered a landmark lecture on fishing rules.",
        "The city council has signed off on the mayor's request to end the contract.",
        "The coach drew a firm line against the use of phones.",
    ):
        assert not rulings(text), text


def test_a_justices_concurring_opinion_delivered_is_no_ruling() -> None:
    text = "Justice Ann Roe delivered a concurring opinion on the point."
    assert not [m for m in rulings(text) if "delivered" in m.text]


def _linked(text: str, date: str = "2025-07-14") -> list[tuple[str, str, str | None, str | None]]:
    return [(m.kind, m.text, m.authority, m.name) for m in mentions(text, date)]


def test_californias_junk_fee_law_is_the_honest_pricing_law() -> None:
    found = _linked(
        "Sellers must also follow California's junk fee law, which took effect last July."
    )
    assert any(a == "state:ca:bill:sb478" for _, _, a, _ in found)
    assert not any(a == "state:ca:bill:ab2202" for _, _, a, _ in found)


def test_a_suit_against_the_medical_debt_rule_is_the_trade_groups_suit() -> None:
    text = (
        "Credit groups sued the Consumer Financial Protection Bureau over the Medical Debt "
        "Rule. U.S. District Judge Sean Jordan vacated the rule on Friday."
    )
    names = {n for k, _, _, n in _linked(text) if k == "case"}
    assert "Cornerstone Credit Union League v. Consumer Financial Protection Bureau" in names


def test_a_state_constitution_takes_the_one_clause_its_sentence_names() -> None:
    text = "The bill was not open to a partial veto under the Wisconsin Constitution, she wrote."
    assert ("constitution", "the Wisconsin Constitution", "state:wi:const:5-10") in {
        (k, t, a) for k, t, a, _ in _linked(text)
    }


def test_a_clause_in_another_sentence_gives_no_section() -> None:
    text = "The Wisconsin Constitution was amended in 1930. A partial veto came later."
    found = [(t, a) for k, t, a, _ in _linked(text) if k == "constitution"]
    assert found == [("The Wisconsin Constitution", None)]


def test_a_title_line_above_a_state_bill_number_is_that_bill() -> None:
    text = (
        "North Carolina lawmakers voted on a stack of vetoed bills this week.\n"
        "Safe Streets Now: OVERRIDDEN BY SENATE\n"
        "SB 77 requires cities to hire more officers.\n"
        "Lakeside Water Protection Act: OVERRIDDEN BY BOTH CHAMBERS\n"
        "SB 40 protects the lake.\n"
    )
    found = {(k, t, a) for k, t, a, _ in _linked(text, "2025-07-30")}
    assert ("bill", "Safe Streets Now", "state:nc:bill:sb77") in found
    assert ("bill", "Lakeside Water Protection Act", "state:nc:bill:sb40") in found


def test_a_title_line_without_a_status_in_capitals_is_no_bill() -> None:
    text = (
        "North Carolina lawmakers voted on a stack of vetoed bills this week.\n"
        "Safe Streets Now: what the vote means\n"
        "SB 77 requires cities to hire more officers.\n"
    )
    assert not [t for _, t, _, _ in _linked(text, "2025-07-30") if t == "Safe Streets Now"]


def test_a_headline_of_rulings_in_several_cases_is_no_one_ruling() -> None:
    text = (
        "State high court digest\n\nSupreme Court Issues Rulings on Several Cases\n\n"
        "The Wisconsin Supreme Court on Friday decided a tax case."
    )
    found = [t for t, _ in _found(text)]
    assert "Supreme Court Issues Rulings on Several Cases" not in found
    assert any(t.startswith("The Wisconsin Supreme Court on Friday decided") for t in found)


def test_one_ruling_issued_on_a_case_is_still_a_ruling() -> None:
    text = "The Wisconsin Supreme Court issued a ruling on the tax case Friday."
    assert _found(text)


def test_the_final_agency_initials_rule_refers_back_to_the_rule_named() -> None:
    text = (
        "The Federal Trade Commission issued its final Rule on Unfair or Deceptive Fees (the "
        "Rule) in January. The final FTC Rule, however, covers only ticket sellers."
    )
    found = {(t, a) for k, t, a, _ in _linked(text, "2025-02-01") if k == "regulation"}
    assert ("The final FTC Rule", "fr:90:2066") in found


def test_the_final_initials_rule_with_no_rule_named_before_links_nothing() -> None:
    text = "Officials said the final FTC Rule would come later in the year."
    assert not [a for k, _, a, _ in _linked(text, "2025-02-01") if k == "regulation" and a]
