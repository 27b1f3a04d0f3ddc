"""blind48's census, twenty-fifth session (s25-b48): an agency's rule whose words tie with an
unrelated row of the agency only through a topic word in the sentence after it, a rule told as
"the agency's <descriptive name>" with the agency named just before, and a standard's acronym
alias. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

SOOT = "fr:89:16202"


def _rules(text: str, date: str = "2024-06-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def test_topic_word_in_the_next_sentence_does_not_tie() -> None:
    text = (
        "Industry groups asked a court to block the standard. They said EPA's rule lowers the "
        "annual limit for PM2.5 by a quarter. Counties would then face stricter permitting for "
        "new factories."
    )
    assert ("EPA's rule", SOOT) in _rules(text)


def test_topic_word_in_the_same_sentence_still_ties() -> None:
    text = (
        "Industry groups asked a court to block the standard. They said EPA's rule lowers the "
        "annual limit for PM2.5 and changes permitting for new factories."
    )
    assert ("EPA's rule", SOOT) not in _rules(text)


def test_the_agencys_descriptive_name_is_the_agencys_rule() -> None:
    text = (
        "Nine states sued the Environmental Protection Agency to overturn the agency's newly "
        "tightened air quality standard for fine particulate matter (PM2.5)."
    )
    found = _rules(text)
    assert (
        "the agency's newly tightened air quality standard for fine particulate matter (PM2.5)",
        SOOT,
    ) in found


def test_the_agencys_plain_rule_is_not_read_as_a_name() -> None:
    text = (
        "Nine states sued the Environmental Protection Agency on Monday. Lawyers said the "
        "agency's final rule was rushed."
    )
    assert all(not t.startswith("the agency's final rule") or a is None for t, a in _rules(text))


def test_the_agencys_name_needs_an_agency_named_before() -> None:
    text = (
        "Critics said the agency's tightened air quality standard for fine particulate matter "
        "hurts farms."
    )
    assert _rules(text) == []


def test_pm_naaqs_is_the_soot_standard() -> None:
    text = "States Challenge Tougher PM NAAQS\n\nNine states went to court on Monday."
    assert ("PM NAAQS", SOOT) in _rules(text)


def test_a_section_heading_is_no_unknown_rule() -> None:
    text = (
        "Several new state laws take effect this week after the Legislature passed them; a "
        "federal judge blocked one of them last month.\n\n"
        "Drone Privacy Regulations\n\n"
        "  • House Bill 12: Limits camera drones over private homes, the statute says.\n"
    )
    assert _rules(text, "2026-01-02") == []


def test_a_rule_name_in_prose_is_still_read() -> None:
    text = (
        "The federal agency said its Drone Privacy Regulations would take effect in March, "
        "the governor's office said.\n"
    )
    assert ("Drone Privacy Regulations", None) in _rules(text, "2026-01-02")


def test_a_heading_naming_one_rule_is_still_read() -> None:
    text = (
        "Congress voted on Tuesday to repeal a federal banking rule.\n\n"
        "Penalty Fees Rule\n\n"
        "The rule capped what banks may charge, the federal agency said.\n"
    )
    assert ("Penalty Fees Rule", None) in _rules(text, "2026-01-02")


def _laws(text: str, date: str = "2025-10-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


def test_prior_law_is_not_the_bill() -> None:
    text = (
        "Ohio enacted House Bill 77 in 2025. Critics say it sets limits that reach well past "
        "prior law."
    )
    assert all("prior law" not in t for t, _ in _laws(text))


def test_the_new_law_still_refers_back() -> None:
    text = "Ohio enacted House Bill 77 in 2025. Critics say the new law sets tight limits."
    assert any(t == "the new law" for t, _ in _laws(text))


SUIT_STORY = (
    "A federal judge in Seattle on Thursday blocked President Trump's executive order ending "
    "birthright citizenship, in a lawsuit brought by Washington and three other states. More "
    "than 20 suits over the order were filed in January, "
)


def _cases(text: str) -> list[str]:
    return [m.text for m in mentions(text, "2025-02-10") if m.kind == "case"]


def test_the_litigation_tracker_is_no_suit() -> None:
    text = SUIT_STORY + "according to the litigation tracker kept by a law school."
    assert "the litigation" not in _cases(text)


def test_the_litigation_alone_is_still_a_suit() -> None:
    text = SUIT_STORY + "and the litigation will go on for months, a law school said."
    assert "the litigation" in _cases(text)


def test_the_state_plan_rule_by_its_whole_title() -> None:
    text = (
        "Twenty states sued the EPA on Friday over a final rule entitled “Adoption and "
        "Submittal of State Plans for Designated Facilities: Implementing Regulations Under "
        "Clean Air Act Section 111(d).” They say the new rule sets deadlines states cannot meet."
    )
    found = _rules(text, "2024-01-20")
    assert (
        "Adoption and Submittal of State Plans for Designated Facilities: Implementing "
        "Regulations Under Clean Air Act Section 111(d)",
        "fr:88:80480",
    ) in found
    assert ("the new rule", "fr:88:80480") in found
