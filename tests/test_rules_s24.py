"""Agency rules told but never named, and defined short terms for agency orders and rulings
(twenty-fourth session): "a regulation by the Department of … (ABBR) that …" after a verb with
its own determiner, a rule told by the statute section it carries out, "the MONTH YEAR Rules",
and a term defined in brackets for an agency's order ("(“Labeling Order”)") or a court's
opinion ("(the “Decision”)"). Sentences of our own in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions

HHS_1557 = "fr:89:37522"


def _regs(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def test_rule_by_full_department_name_after_a_verb_and_determiner() -> None:
    # the determiner of the sentence's subject ("A judge") must not open the rule's phrase
    text = (
        "A judge paused a regulation by the Department of Health and Human Services "
        "(HHS) that aimed to bar discrimination against transgender patients in health care."
    )
    found = _regs(text, "2024-08-01")
    assert len(found) == 1
    assert found[0][0].startswith("a regulation by the Department of Health and Human Services")
    assert found[0][1] == HHS_1557


def test_rule_told_by_the_statute_section_it_carries_out() -> None:
    # no agency in the sentence: the section named after "under" is a row's alias
    text = (
        "The court blocked a rule that tried to broaden the meaning of sex discrimination "
        "under Section 1557 of the Affordable Care Act."
    )
    found = _regs(text, "2024-08-01")
    assert len(found) == 1
    assert found[0][0].startswith("a rule that tried to broaden")
    assert found[0][1] == HHS_1557


def test_described_rule_without_agency_or_section_is_not_linked() -> None:
    text = "The court blocked a rule that tried to broaden the meaning of sex discrimination."
    assert _regs(text, "2024-08-01") == []


def test_section_no_row_carries_out_gives_no_rule() -> None:
    text = "The court blocked a rule that tried to reshape hiring under Section 88 of the Tax Act."
    assert _regs(text, "2024-08-01") == []


def test_month_year_rules_is_the_article_s_rule_of_that_month() -> None:
    text = (
        "A judge paused a regulation by the Department of Health and Human Services (HHS) "
        "that aimed to bar discrimination against transgender patients in health care. "
        "The order bars the agency from applying the May 2024 Rules to clinics in the state."
    )
    found = _regs(text, "2024-08-01")
    assert ("the May 2024 Rules", HHS_1557) in found


def test_month_year_rule_with_its_agency_in_the_sentence() -> None:
    # the one rule of that agency printed that month
    text = "Lawyers for the Federal Trade Commission defended the November 2024 Rule in court."
    assert _regs(text) == [("the November 2024 Rule", "fr:89:90476")]


def test_month_year_rule_two_rules_of_that_month_is_none() -> None:
    # the agency printed two rules that month: neither is chosen
    text = "Lawyers for the Federal Trade Commission defended the May 2024 Rule in court."
    assert _regs(text) == []


def test_month_year_rule_with_nothing_to_tell_it_is_none() -> None:
    assert _regs("Lawyers defended the November 2024 Rule in court.") == []


def _all(text: str, date: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.kind, m.text, m.authority, m.court) for m in mentions(text, date)]


def test_term_defined_for_an_agency_order_binds_its_uses() -> None:
    text = (
        "The Federal Communications Commission adopted its Safeguarding and Securing the Open "
        "Internet Order (“Internet Safeguards Order”) last spring. Carriers then sued over the "
        "Internet Safeguards Order in several circuits."
    )
    found = _regs(text, "2024-09-01")
    assert ("the Internet Safeguards Order", "fr:89:45404") in found


def test_order_term_is_not_bound_to_a_rule_not_called_an_order() -> None:
    text = (
        "The Federal Trade Commission finalized its Negative Option Rule (the “Order”) in 2024. "
        "The Order took effect in January."
    )
    assert [t for t, _ in _regs(text)] == ["Negative Option Rule"]


def test_term_defined_for_a_court_opinion_is_that_ruling() -> None:
    text = (
        "On March 3, 2025, the Fourth Circuit issued an opinion (the “Opinion”) vacating the "
        "agency's rule. The Opinion may end the dispute."
    )
    rulings = [(t, c) for k, t, _, c in _all(text) if k == "ruling"]
    assert ("The Opinion", "ca4") in rulings


def test_ruling_term_defined_far_after_the_ruling_is_not_bound() -> None:
    text = (
        "On March 3, 2025, the Fourth Circuit sided with the carriers after weeks of argument "
        "over the agency's broad claims of power to regulate the market (the “Decision”). "
        "The Decision may end the dispute."
    )
    assert not any(t == "The Decision" for _, t, _, _ in _all(text))


_FILLER = (
    "Consumer groups cheered the vote, and several carriers said they would study the text "
    "closely before deciding what to do next. Analysts expected months of debate over how "
    "the agency would enforce its new powers in rural markets and in dense cities alike. "
    "Trade associations held calls with their members through the summer, and some smaller "
    "providers warned that compliance costs could slow their plans to build new networks. "
    "Others said little would change for customers in the near term, whatever the outcome. "
)


def test_the_rules_after_a_defined_order_term_is_that_order() -> None:
    text = (
        "The Federal Communications Commission adopted its Safeguarding and Securing the Open "
        "Internet Order (“Internet Safeguards Order”) last spring. "
        + _FILLER
        + "Carriers challenged the Internet Safeguards Order in several circuits. Days before "
        "the bulk of the rules took effect, a panel paused them."
    )
    found = _regs(text, "2024-09-01")
    assert ("the rules", "fr:89:45404") in found


def test_the_rules_far_after_an_undefined_order_is_not_linked() -> None:
    text = (
        "The Federal Communications Commission adopted its Safeguarding and Securing the Open "
        "Internet Order last spring. "
        + _FILLER
        + "Days before the bulk of the rules took effect, a panel paused them."
    )
    assert not any(t == "the rules" for t, _ in _regs(text, "2024-09-01"))


def test_finalized_after_the_agency_s_possessive_is_the_rule_s_status() -> None:
    text = (
        "Business groups are challenging the EPA’s finalized rule that would require stricter "
        "tailpipe emission standards for light-duty vehicles."
    )
    found = _regs(text, "2024-06-01")
    assert [a for _, a in found] == ["fr:89:27842"]
    assert found[0][0].startswith("the EPA’s finalized rule")


def test_agency_finalized_rules_is_what_it_did_not_a_status() -> None:
    # no possessive: "finalized" is the agency's verb, the rule after it is found as its own
    text = "The FTC finalized rules banning noncompete agreements."
    assert not any(t.startswith("FTC finalized") for t, _ in _regs(text, "2024-06-01"))
