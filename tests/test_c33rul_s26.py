"""Twenty-sixth session (census33 P2, P3; census30 P1): ruling shapes and ruling false alarms.
Made-up sentences of the shapes the censuses showed."""

from __future__ import annotations

from conftest import mentions, rulings


def test_a_newly_seated_majority_votes_and_its_anaphors_follow() -> None:
    text = (
        "The Ohio Supreme Court's newly seated conservative majority on Tuesday voted to strike "
        "down a state ban on hunting knives, siding with sporting groups. The decision came "
        "after two years of litigation. A dissenting justice called the ruling reckless."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert found[0][0].startswith("The Ohio Supreme Court's newly seated conservative majority")
    assert ("The decision", "ohio") in found
    assert ("the ruling", "ohio") in found


def test_the_majoritys_object_a_state_abortion_ban_stays_out_of_the_clause() -> None:
    text = (
        "The Ohio Supreme Court's newly elected liberal majority on Tuesday voted to strike down "
        "a near-total state abortion ban."
    )
    found = rulings(text)
    assert [m.text for m in found] == [
        "The Ohio Supreme Court's newly elected liberal majority on Tuesday voted to strike down"
    ]


def test_a_term_roundup_and_these_rulings_are_no_ruling() -> None:
    text = (
        "The U.S. Supreme Court has handed down a string of major decisions since May 2, touching "
        "on guns, speech and taxes. These rulings, issued late in the term, will shape the "
        "election."
    )
    assert rulings(text) == []


def test_a_court_issuing_five_decisions_in_a_day_is_no_one_ruling() -> None:
    text = "The Supreme Court of the United States issued five decisions on Friday."
    assert rulings(text) == []


def test_one_issued_opinion_is_still_a_ruling() -> None:
    text = "The Supreme Court issued a decision on Friday striking down the state's tax."
    assert [m.court for m in rulings(text)] == ["scotus"]


def test_a_described_memorandum_opinion_beside_a_judges_finding() -> None:
    text = (
        "A federal judge in Washington blocked the order on Monday. In a short ruling, with a "
        "more detailed Memorandum Opinion issued on May 6, 2025, U.S. District Judge Paul "
        "Friedman found that the unions were likely to succeed."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert ("a more detailed Memorandum Opinion", "dcd") in found


OVERTIME = (
    "A federal judge in Sherman, Texas, on Friday struck down the Labor Department's 2024 "
    "overtime rule raising the salary threshold. "
)


def _suits(text: str) -> list[str]:
    return [m.text for m in mentions(text, "2024-11-20") if m.kind == "case"]


def test_that_litigation_after_the_suits_ruling_is_that_suit() -> None:
    assert _suits(OVERTIME + "That litigation may reach the Fifth Circuit.") == ["That litigation"]


def test_that_litigation_after_litigation_at_large_is_no_one_suit() -> None:
    text = OVERTIME + "The rule had drawn swift litigation. That litigation may reach the court."
    assert "That litigation" not in _suits(text)


def test_that_litigation_of_many_courts_and_its_repetition_are_no_one_suit() -> None:
    text = (
        OVERTIME + "That litigation led to injunctions from federal courts in many states. "
        "This litigation left employers unsure which threshold applied."
    )
    assert _suits(text) == []


def test_a_storys_lead_in_case_the_court_held_is_its_ruling() -> None:
    text = (
        "source: https://example.com/harbor\n\n"
        "Supreme Court Curtails Harbor Agency Judges\n\n"
        "In Harbor Pilots v. Lindqvist, the Supreme Court held that agencies may not impose "
        "civil penalties without a jury. The Court's holding should not disrupt settled "
        "proceedings."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert ("the Supreme Court held", "scotus") in found
    assert ("The Court's holding", "scotus") in found


def test_in_case_the_court_held_after_the_storys_lead_stays_a_precedent() -> None:
    text = (
        "source: https://example.com/harbor\n\n"
        "Supreme Court Hears Harbor Fee Case\n\n"
        "The justices heard arguments on Monday over harbor fees. In Harbor Pilots v. "
        "Lindqvist, the Supreme Court held that agencies may not impose civil penalties."
    )
    assert not any(m.text == "the Supreme Court held" for m in rulings(text))


def test_the_capitalised_courts_holding_needs_a_ruling_told_before() -> None:
    text = "The Court's holding in that area has long been debated by scholars."
    assert rulings(text) == []


def test_a_court_that_followed_by_refusing_rules_and_its_vote_is_its_own() -> None:
    text = (
        "The appeals court upheld the stay in June. The Supreme Court followed by refusing to "
        "overturn the ban, in a narrow 5–4 decision in which one justice explained his vote."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert ("The Supreme Court followed by refusing", "scotus") in found
    assert ("a narrow 5–4 decision", "scotus") in found


def test_a_judge_who_said_she_wont_immediately_block_rules() -> None:
    text = (
        "A federal judge in Ohio announced on Aug. 13 that she won’t immediately block the "
        "agency's latest pause on evictions."
    )
    found = [m.text for m in rulings(text)]
    assert found == [
        "A federal judge in Ohio announced on Aug. 13 that she won’t immediately block"
    ]


def test_a_justices_concurring_opinion_is_no_ruling_of_the_court() -> None:
    # taken back: a separate opinion is not the court's ruling (a held-back set's gold says so)
    text = (
        "The Supreme Court refused to lift the stay on Monday. Justice Brett Kavanaugh said in "
        "his concurring opinion that the agency had exceeded its authority."
    )
    found = [m.text for m in rulings(text)]
    assert "his concurring opinion" not in found


def test_the_presiding_judge_named_in_commas_gives_the_court() -> None:
    text = "The presiding judge, Wendy Beetlestone, granted the block against the order on Friday."
    found = [(m.text, m.court) for m in rulings(text)]
    assert ("The presiding judge, Wendy Beetlestone, granted the block", "paed") in found


def test_the_presiding_judge_with_an_unknown_name_has_no_court() -> None:
    text = "The presiding judge, Mary Quillfeather, granted the block on Friday."
    assert all(m.court is None for m in rulings(text))


def test_a_bare_document_title_defined_in_brackets_and_pin_cited_refers_back() -> None:
    text = (
        "Judge Ada Brown of the Northern District of Texas granted summary judgment against the "
        "agency on Tuesday (“Memorandum Opinion and Order”), explaining that the agency lacked "
        "the power.\n\nMemorandum Opinion and Order at 22."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert found.count(("Memorandum Opinion and Order", "txnd")) == 2


def test_a_bare_document_title_in_running_text_is_no_ruling() -> None:
    text = "Clerks file every Memorandum Opinion and Order in the docket by noon."
    assert rulings(text) == []


def test_the_first_ruling_to_overturn_after_a_comma_is_a_mention_of_its_own() -> None:
    text = (
        "A federal judge in Little Rock struck down the state ban on Tuesday, the first ruling "
        "to overturn such a ban."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert found == [
        ("A federal judge in Little Rock struck down", "ared"),
        ("the first ruling", "ared"),
    ]


def test_an_officials_decision_to_act_is_still_no_ruling() -> None:
    text = "The governor defended the decision to close the parks on Tuesday."
    assert rulings(text) == []


def test_a_share_of_the_court_rulings_is_a_tally_not_a_ruling() -> None:
    text = (
        "A federal judge in Boston blocked the order on Friday. The administration has lost "
        "about 60% of the court rulings against it since January."
    )
    assert [m.text for m in rulings(text)] == ["A federal judge in Boston blocked"]


def test_the_lower_courts_decision_after_a_petition_to_review_is_that_ruling() -> None:
    text = (
        "Last week, the agency filed a petition for the Supreme Court to review a Fifth Circuit "
        "decision that vacated a fine. The lower court's decision was based on a 2024 ruling."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert ("The lower court's decision", "ca5") in found


def test_the_decision_in_a_judges_words_about_decisions_in_general_is_no_ruling() -> None:
    text = (
        "A federal judge in Brooklyn on Monday blocked the agency's new rule. "
        '"When a higher court announces a major decision, it seems sensible to pause and '
        "reflect on the decision's impact,\" the judge wrote."
    )
    assert not any(m.text.startswith("the decision") for m in rulings(text))


def test_the_decision_in_a_quotation_without_a_generic_one_still_refers_back() -> None:
    text = (
        "A federal judge in Brooklyn on Monday blocked the agency's new rule. "
        '"We will appeal the decision," a spokesman said.'
    )
    assert any(m.text == "the decision" for m in rulings(text))
