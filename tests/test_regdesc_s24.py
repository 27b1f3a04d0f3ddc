"""SEC rules by number under the act they were made under (twenty-fourth session, census of
blind45 P3/P9): "Rule 35d-1 under the Investment Company Act" is 17 CFR 270.35d-1, the
act telling the part; a rule's short name in parentheses after the number is that rule."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-07-01"


def _refs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "regulation"]


def test_rule_under_the_investment_company_act_is_its_part_270_section() -> None:
    text = "The agency changed Rule 12d-3 under the Investment Company Act of 1940, as amended."
    assert ("Rule 12d-3", "cfr:17:270.12d-3") in _refs(text)


def test_rule_of_the_exchange_act_and_act_before_the_rule() -> None:
    refs = _refs("Investors sued under Rule 10b-5 of the Securities Exchange Act of 1934.")
    assert ("Rule 10b-5", "cfr:17:240.10b-5") in refs
    refs = _refs("Executives relied on Exchange Act Rule 10b5-1 trading plans last year.")
    assert ("Exchange Act Rule 10b5-1", "cfr:17:240.10b5-1") in refs
    refs = _refs("Resales rely on Rule 144 under the Securities Act.")
    assert ("Rule 144", "cfr:17:230.144") in refs


def test_short_name_in_parentheses_after_the_number_is_the_same_rule() -> None:
    text = "Funds must follow Rule 22e-4 (Liquidity Rule) under the Investment Company Act."
    refs = _refs(text)
    assert ("Rule 22e-4", "cfr:17:270.22e-4") in refs
    assert ("Liquidity Rule", "cfr:17:270.22e-4") in refs


def test_bare_rule_number_without_an_act_links_nothing() -> None:
    assert [r for r in _refs("Rule 10b-5 was cited by the court.") if r[0] == "Rule 10b-5"] == []
    refs = _refs("Under Rule 11 of the Federal Rules of Civil Procedure, sanctions apply.")
    assert not [a for _, a in refs if (a or "").startswith("cfr:17:")]


def test_amendments_with_a_defined_term_are_the_release_the_short_name_names() -> None:
    text = (
        "Fund boards reviewed the final amendments (the “Amendments”) to Rule 35d-1 (Names "
        "Rule) under the Investment Company Act. The Amendments take effect next year, and "
        "advisers said the Amendments would cost money."
    )
    refs = _refs(text)
    assert ("the final amendments (the “Amendments”)", "fr:88:70436") in refs
    assert ("The Amendments", "fr:88:70436") in refs
    assert ("the Amendments", "fr:88:70436") in refs


def test_amendments_to_a_rule_whose_short_name_no_row_holds_link_nothing() -> None:
    text = (
        "The agency adopted amendments (Amendments) to Rule 22e-4 (Liquidity Rule) under the "
        "Investment Company Act. The Amendments were delayed."
    )
    refs = _refs(text)
    assert ("Rule 22e-4", "cfr:17:270.22e-4") in refs
    assert not [r for r in refs if "Amendments" in r[0]]


def test_the_agencys_dated_final_rule_that_amended_a_program_is_that_programs_rule() -> None:
    text = (
        "Several states sued the U.S. Department of Education on Monday. They ask a judge to "
        "halt the department’s October 30 final rule that amended the Public Service Loan "
        "Forgiveness program to bar some employers."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2025-11-20") if m.kind == "regulation"]
    assert ("the department’s October 30 final rule", "fr:90:48966") in refs


def test_a_date_without_a_status_is_not_read_as_the_rule() -> None:
    text = (
        "Several states sued the U.S. Department of Education on Monday. They ask a judge to "
        "halt the department’s October 30 rule change."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2025-11-20") if m.kind == "regulation"]
    assert not [r for r in refs if "October 30" in r[0]]


def test_an_administrations_rulemaking_addressing_a_topic_is_its_rule() -> None:
    text = (
        "Courts have fought over the definition of waters of the United States for decades. "
        "The new administration wants to narrow the Biden-era rulemaking addressing that "
        "definition for wetlands."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2025-11-20") if m.kind == "regulation"]
    assert ("the Biden-era rulemaking", "cfr:40:120") in refs


def test_rulemaking_as_the_agencys_power_or_procedure_is_no_rule() -> None:
    text = (
        "The FTC said its Negative Option Rule stands. Critics said the FTC exceeded its "
        "rulemaking authority and skipped its own internal rulemaking procedures."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2025-07-20") if m.kind == "regulation"]
    assert not [r for r in refs if "rulemaking" in r[0]]


def test_a_notice_proposing_a_rule_is_the_proposal_it_describes() -> None:
    text = (
        "The Environmental Protection Agency has published a Pre-Publication Notice proposing "
        "a rule that would revise the regulations defining the scope of waters of the United "
        "States."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2025-11-20") if m.kind == "regulation"]
    assert [a for t, a in refs if t.startswith("a Pre-Publication Notice proposing a rule")] == [
        "fr:90:52498"
    ]
