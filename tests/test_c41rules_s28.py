"""Twenty-eighth session (s28-c41rules): rule versions and rules told by year (census41 P4,
P6). Made-up sentences of the shapes the sets showed."""

from __future__ import annotations

from conftest import mentions

DATE = "2024-11-20"


def _regs(text: str, date: str = DATE) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


# P4: the president who appointed the judge is not the rule's administration

PAY = (
    "A federal judge on Thursday halted a Biden administration rule that would have widened "
    "overtime pay for millions of salaried staff. The judge, {who}, held that the U.S. "
    "Department of Labor's regulation wrongly sets who gets overtime by pay instead of duties. "
    "The rule, finalized in April, would have raised the threshold to $1,128 a week, up from "
    "about $35,500 set in 2019.\n"
)


def test_a_judge_appointed_by_a_president_does_not_re_version_the_agencys_rule() -> None:
    found = _regs(PAY.format(who="who was appointed by former President Donald Trump"))
    assert ("the U.S. Department of Labor's regulation", "fr:89:32842") in found
    assert ("the U.S. Department of Labor's regulation", "fr:84:51230") not in found


def test_a_presidents_appointee_does_not_re_version_the_agencys_rule() -> None:
    found = _regs(PAY.format(who="a Trump appointee"))
    assert ("the U.S. Department of Labor's regulation", "fr:89:32842") in found


def test_the_rule_that_follows_keeps_the_version_told_first() -> None:
    found = _regs(PAY.format(who="who was appointed by former President Donald Trump"))
    assert ("The rule", "fr:89:32842") in found


# P6: "In YEAR, [agency] … adopting rules to …" is that agency's rule of that year

NET = (
    "An appeals court on Thursday struck down the FCC's net neutrality rules adopted last "
    "year.\n\nNet neutrality means providers must carry all traffic alike. In 2015, under "
    "the Obama administration, the FCC classified broadband as a common carrier service, "
    "{verb} regulations to enforce net neutrality. {these} were repealed in 2017.\n"
)


def test_a_rule_told_by_its_year_agency_and_purpose_and_these_rules_after_it() -> None:
    found = _regs(NET.format(verb="establishing", these="These rules"), "2025-01-03")
    assert ("regulations to enforce net neutrality", "fr:80:19737") in found
    assert ("These rules", "fr:80:19737") in found


def test_no_verb_of_making_before_the_rule_word_no_rule_of_that_year() -> None:
    found = _regs(NET.format(verb="discussing", these="Those rules"), "2025-01-03")
    assert not any(t == "regulations to enforce net neutrality" for t, _ in found)
    assert not any(t == "Those rules" for t, _ in found)


def test_a_year_no_rule_of_the_agency_has_links_nothing() -> None:
    text = NET.format(verb="establishing", these="These rules").replace("In 2015", "In 2013")
    found = _regs(text, "2025-01-03")
    assert not any(t == "regulations to enforce net neutrality" for t, _ in found)


# P4: a quoted defined term several versions share is the version in force at the date

TERM = (
    "The agency listed a dozen rollbacks on Tuesday. It also plans to revisit its definition "
    "of the Clean Water Act jurisdictional term “waters of the United States” (WOTUS). "
    "Environmental groups objected.\n"
)


def test_a_defined_term_shared_by_versions_is_the_one_in_force_at_the_date() -> None:
    found = _regs(TERM, "2021-06-01")
    assert ("“waters of the United States” (WOTUS)", "fr:85:22250") in found


def test_a_defined_term_in_an_undated_article_links_no_version() -> None:
    found = [(m.text, m.authority) for m in mentions(TERM) if m.kind == "regulation"]
    assert not any("waters" in t for t, _ in found)


def test_the_definition_of_a_quoted_word_with_no_owner_is_no_rule() -> None:
    text = TERM.replace("its definition", "the definition")
    assert not any("waters" in t for t, _ in _regs(text, "2021-06-01"))
