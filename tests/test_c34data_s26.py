"""census34 (held-back sets blind6, blind8, blind10 read by a census), twenty-sixth session
(s26-c34data): agency stays and delay rules, a tariff proclamation that widened an earlier
one, rights named in prose, the Bankruptcy Code in lower case, bill numbers of an undated note
on a law just signed, and an order's number printed short. Sentences of our own in the shapes
of news."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.kind, m.text, m.authority) for m in mentions(text, date)]


def test_a_stay_named_by_its_statute_section_is_the_agency_stay() -> None:
    text = (
        "A judge set aside the Education Department's 'Section 705 Stay' of the borrower "
        "defense regulations, along with the later Final Delay Rule."
    )
    found = _found(text, "2018-10-01")
    assert ("regulation", "Section 705 Stay", "fr:82:27621") in found
    assert ("regulation", "Final Delay Rule", "fr:83:6458") in found
    assert not any(a == "usc:5:705" for _, _, a in found)


def test_a_bare_section_705_stays_the_statute() -> None:
    found = _found("The agency relied on APA Section 705 to postpone the deadline.", "2018-10-01")
    assert ("statute", "APA Section 705", "usc:5:705") in found


def test_one_to_one_consent_rule_links_its_order() -> None:
    text = "Marketers welcomed the ruling that vacated the FCC's one-to-one consent rule."
    assert ("regulation", "one-to-one consent rule", "fr:89:5098") in _found(text, "2025-02-01")


def test_an_agency_s_regulations_under_an_act_are_no_one_rule() -> None:
    text = (
        "The FCC's one-to-one consent rule was to take effect under its Telephone Consumer "
        "Protection Act regulations this week."
    )
    found = _found(text, "2025-02-01")
    assert ("statute", "Telephone Consumer Protection Act", "usc:47:227") in found
    assert not any(k == "regulation" and "regulations" in t for k, t, _ in found)


def test_a_president_expanding_duties_to_derivatives_is_the_later_proclamation() -> None:
    text = (
        "A court held that President Trump lawfully expanded the Section 232 tariffs onto "
        "steel and aluminum derivative products in 2020."
    )
    found = _found(text, "2023-03-01")
    assert any(k == "executive-action" and a == "proc:9980" for k, _, a in found)


def test_rights_named_in_prose_are_their_clauses() -> None:
    text = (
        "Lawyers said the interrogation trampled his right against self-incrimination. "
        "A second suit says the policy denies them the right to equal protection of the laws."
    )
    found = _found(text, "2024-05-01")
    assert ("constitution", "right against self-incrimination", "const:amendment:5") in found
    assert (
        "constitution",
        "the right to equal protection of the laws",
        "const:amendment:14:section:1",
    ) in found


def test_the_bankruptcy_code_in_lower_case_is_title_11() -> None:
    text = "The justices said the bankruptcy code gives no such power to release claims."
    assert ("statute", "bankruptcy code", "usc:11:101-1532") in _found(text, "2024-07-01")


def test_wrong_on_the_law_is_no_back_reference() -> None:
    text = (
        "The Bankruptcy Code governs the plan. A dissent called the decision wrong on the law "
        "and harmful to families."
    )
    assert not any(t == "the law" for _, t, _ in _found(text, "2024-07-01"))


def test_bill_numbers_of_an_undated_note_on_a_law_just_signed() -> None:
    text = (
        "Lawmakers praised the signing of the First Step Act of 2018, a new law. The Senate "
        "agreed to the House changes to S. 756 on Dec. 18. Earlier, on May 7, two members "
        "introduced H.R. 5682."
    )
    found = _found(text)
    assert ("bill", "S. 756", "bill:115:s:756") in found
    assert ("bill", "H.R. 5682", "bill:115:hr:5682") in found


def test_an_old_act_named_in_passing_gives_no_congress() -> None:
    text = "The Affordable Care Act changed coverage. A senator introduced S. 44 to amend it."
    assert ("bill", "S. 44", None) in _found(text)


def test_an_order_number_printed_short_is_the_order_the_article_links() -> None:
    text = (
        "A judge struck down the executive order targeting Perkins Coie. The firm said the "
        "sanctions, like those ordered in EO 1423, were unlawful."
    )
    found = _found(text, "2025-05-05")
    assert any(t == "EO 1423" and a == "eo:14230" for _, t, a in found)


def test_a_short_order_number_alone_is_left_as_printed() -> None:
    found = _found("Historians recalled EO 1423 of the Taft years.", "2025-05-05")
    assert not any(a == "eo:14230" for _, _, a in found)


def test_a_right_to_caption_keeps_its_first_party() -> None:
    found = _found("The justices turned away Ohio Right to Life v. Marsh on Monday.", "2024-05-01")
    assert any(k == "case" and t == "Ohio Right to Life v. Marsh" for k, t, _ in found)


def test_a_ruling_described_in_apposition_to_its_case_is_the_case() -> None:
    text = (
        "Critics noted the court overturned Roe v. Wade — the ruling that legalized abortion — "
        "two years earlier."
    )
    found = _found(text, "2024-05-01")
    assert ("case", "the ruling that legalized abortion", "cite:410:us:113") in found


def test_a_rule_told_by_the_day_it_was_made() -> None:
    text = (
        "A coalition challenged the 2016 borrower defense rule. The Education Department then "
        "issued an interim final rule on October 24, 2017, delaying it again."
    )
    found = _found(text, "2018-10-01")
    assert ("regulation", "an interim final rule on October 24, 2017", "fr:82:49114") in found


def test_a_policy_enacted_on_a_day_with_its_topic_in_the_sentence() -> None:
    text = (
        "A Trump administration policy enacted July 16 bars asylum seekers who crossed a third "
        "country from protection. Advocates say the rule is unlawful."
    )
    found = _found(text)
    assert ("regulation", "A Trump administration policy enacted July 16", "fr:84:33829") in found


def test_a_day_with_no_topic_and_no_agency_named_is_no_rule() -> None:
    text = "A city policy enacted July 16 limits parking downtown."
    assert not any(k == "regulation" for k, _, _ in _found(text))


def test_a_stay_under_the_section_of_the_named_stay() -> None:
    text = (
        "The court vacated the 'Section 705 Stay'. Months earlier the Department had issued a "
        "stay under APA Section 705, delaying the borrower defense regulations."
    )
    found = _found(text, "2018-10-01")
    assert ("regulation", "a stay", "fr:82:27621") in found
    assert ("statute", "APA Section 705", "usc:5:705") in found


def test_a_stay_under_a_section_with_no_stay_named_is_nothing() -> None:
    text = "The agency issued a stay under APA Section 705 pending review of its methane rule."
    assert not any(t == "a stay" for _, t, _ in _found(text, "2018-10-01"))


def test_a_long_title_with_its_initials_in_parentheses_is_the_act() -> None:
    text = (
        "The First Step Act passed in December. Months before, two members introduced the "
        "Formerly Incarcerated Reenter Society Transformed Safely Transitioning Every Person "
        "(FIRST STEP) Act in the House."
    )
    found = _found(text)
    assert any(
        t.startswith("Formerly")
        and t.endswith("(FIRST STEP) Act")
        and a in ("publ:115-391", "bill:115:s:756")
        for _, t, a in found
    )


def test_an_unknown_long_title_with_initials_takes_no_other_act() -> None:
    text = (
        "The First Step Act passed in December. Then a member introduced the Helping Offenders "
        "Prepare Early (HOPE) Act."
    )
    found = _found(text)
    assert not any(t.endswith("(HOPE) Act") and a for _, t, a in found)
