"""Audit of the twenty-eighth session's new shapes (branch s28-audit): made-up news paragraphs
that use those shapes where they must NOT link — a foreign "Supreme Court", "a law that …"
about another law, "put a hold on" in business news, another state's old law, "the outdated
ban" with two candidates, numbers that look like a RIN, plural words over rulings, a month
before "lawsuit" that two suits share, a rule some other body adopted. Each asserts what a
reader would see: nothing linked (or only the right thing)."""

from __future__ import annotations

from conftest import mentions


def _linked(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority or m.court) for m in mentions(text, date)]


def test_a_foreign_supreme_court_order_is_no_ruling() -> None:
    text = (
        "India's Supreme Court on Tuesday ordered the government to halt the demolitions, "
        "saying officials had ignored due process. The Supreme Court's order applies across "
        "the country, and the court will hear the matter again in March."
    )
    assert _linked(text, "2025-03-04") == []


def test_a_city_law_that_requires_them_is_no_state_law() -> None:
    text = (
        "Texas lawmakers debated a new budget on Monday. Tenants in Austin said landlords must "
        "now install smoke detectors in every unit. The city passed a law that requires them "
        "in 2019, long before the state acted."
    )
    assert [m for m in mentions(text, "2025-05-06") if m.kind == "statute"] == []


def test_put_a_hold_on_a_merger_is_no_ruling() -> None:
    text = (
        "Shares of the retailer fell after its board put a hold on the merger with a rival "
        "chain. Analysts said the pause could last until the spring."
    )
    assert [m for m in mentions(text, "2025-02-11") if m.kind == "ruling"] == []


def test_another_states_old_law_by_its_year_is_not_linked() -> None:
    text = (
        "Lawmakers in Michigan repealed the 1931 law last year, and advocates in Wisconsin "
        "pointed to the 1849 law still on their books."
    )
    assert [m for m in mentions(text, "2024-04-10") if m.kind == "statute"] == []


def test_the_outdated_ban_between_two_old_laws_links_nothing() -> None:
    text = (
        "Wisconsin still has two old laws on the books: an 1849 statute on abortion and a "
        "1921 statute on margarine. Lawmakers called the outdated ban an embarrassment."
    )
    assert [m for m in mentions(text, "2024-04-10") if m.text == "the outdated ban"] == []


def test_a_form_or_control_number_after_the_rule_word_is_no_rin() -> None:
    text = (
        "The rule (OMB Control No. 0938-1234) takes effect in January. The agency said the "
        "rule (form CMS-10123) would cut paperwork for hospitals."
    )
    assert [m for m in mentions(text, "2025-01-10") if m.authority] == []


def test_a_rin_no_row_cites_links_nothing() -> None:
    text = "The rule (RIN 9999-AZ99) was sent to the White House budget office last week."
    assert [m for m in mentions(text, "2025-01-10") if m.authority] == []


def test_plural_words_over_two_unnamed_rulings_link_nothing() -> None:
    text = (
        "Two federal judges ruled against the administration this week. Both rulings came in "
        "suits brought by teachers' unions, and the department said it would appeal the "
        "decisions."
    )
    assert [m for m in mentions(text, "2025-03-12") if m.authority] == []


def test_their_july_lawsuit_with_two_july_suits_links_nothing() -> None:
    text = (
        "Two groups went to federal court in Boston in July over the new spending law's "
        "Medicaid cut, which bars payments to some health providers for a year. Their July "
        "lawsuit asks a judge to block the provision."
    )
    assert [m for m in mentions(text, "2025-08-20") if m.kind == "case"] == []


def test_a_company_that_filed_suit_to_block_a_merger_is_no_known_suit() -> None:
    text = (
        "The video game maker filed suit to block the merger of two rival publishers, saying "
        "the deal would raise prices for players."
    )
    assert _linked(text, "2025-06-01") == []


def test_a_recent_rule_another_body_adopted_is_not_the_state_boards() -> None:
    text = (
        "The Georgia State Election Board met on Friday. Separately, the high school athletic "
        "association adopted a recent rule that mandated players be counted by hand at the "
        "start of every game."
    )
    assert [m for m in mentions(text, "2024-09-21") if m.kind == "regulation"] == []


def test_a_recent_rule_it_adopted_still_links() -> None:
    text = (
        "The Georgia State Election Board met on Friday. It adopted a recent rule that "
        "mandated ballots to be counted by hand at every polling place."
    )
    regs = [(m.text, m.authority) for m in mentions(text, "2024-09-21") if m.kind == "regulation"]
    assert regs and all(a == "state:ga:rule:183-1-12-.12" for _t, a in regs)


def test_another_states_statutes_preventing_are_not_linked() -> None:
    text = (
        "Lawmakers in Ohio compared their bill with Vermont statutes preventing landlords "
        "from charging pet fees."
    )
    assert [m for m in mentions(text, "2024-05-01") if m.kind == "statute"] == []


def test_a_federal_bill_in_the_wake_of_deaths_is_no_state_law() -> None:
    text = (
        "Congress passed a bill in the wake of the deaths of two hikers, Jane Roe and John "
        "Doe, in a national park last summer."
    )
    assert [m for m in mentions(text, "2024-05-01") if m.authority] == []


def test_the_march_suit_of_a_former_employee_is_no_known_suit() -> None:
    text = (
        "The company said the March 2024 suit, brought by a former employee over unpaid "
        "wages, had been settled."
    )
    assert _linked(text, "2024-08-01") == []


def _suit_story(question: str) -> str:
    return (
        "Franklin County Common Pleas Judge Michael J. Holbrook on Tuesday blocked Ohio's "
        "House Bill 68 in a lawsuit brought by two families. The case will go to trial in "
        "July. " + question
    )


def test_the_case_in_an_impersonal_question_is_no_suit() -> None:
    question = (
        "A law professor wrote, “Yet a hard question remains: Is it wise for one judge to "
        "bind a whole state before the parties in the case are heard?”"
    )
    text = _suit_story(question)
    cases = [(m.start, m.name) for m in mentions(text, "2024-04-20") if m.kind == "case"]
    assert (text.index("The case"), "Moe v. Yost") in cases
    assert all(s < text.index(question) for s, _n in cases)


def _two_filers(second: str) -> str:
    return (
        "Planned Parenthood sued the Department of Health and Human Services in federal "
        "court in Boston over the One Big Beautiful Bill Act, which bars Medicaid payments to "
        "some abortion providers for a year. " + second + " Their July lawsuit asks the "
        "court to block the provision."
    )


def _suits(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, "2025-08-20") if m.kind == "case"]


def test_their_july_lawsuit_after_another_filer_is_not_the_first_suit() -> None:
    text = _two_filers("California and twenty other states also went to court.")
    assert [t for t, _n in _suits(text) if t == "Their July lawsuit"] == []


def test_their_own_suit_of_another_filer_is_not_the_first_suit() -> None:
    text = _two_filers("Oregon and twenty other states filed their own suit later that month.")
    assert [t for t, _n in _suits(text) if t.startswith(("their own", "Their"))] == []
