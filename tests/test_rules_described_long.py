"""Rules told by their agency and a long description: an abbreviation in brackets after the
agency, a list of modifiers with commas and "and" — and what must not change: a phrase that
would hold a verb or a determiner is no phrase, and a term the text defines after the
description is not the rule's. Sentences of our own in the shapes real pages print."""

from __future__ import annotations

from conftest import mentions


def regs(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def test_agency_abbreviation_and_a_list_of_modifiers() -> None:
    text = (
        "The appeals court sent back a challenge to the Department of Labor’s (DOL) 2022 "
        "environmental, social, and corporate governance (ESG) investing rule."
    )
    assert regs(text, "2024-08-01") == [
        (
            "the Department of Labor’s (DOL) 2022 environmental, social, and corporate "
            "governance (ESG) investing rule",
            "fr:87:73822",
        )
    ]


def test_two_topics_joined_by_and() -> None:
    text = (
        "The Fifth Circuit paused the Department of Transportation’s (DOT) price transparency "
        "and “junk fee” rule, which requires airlines to disclose baggage and change fees up "
        "front."
    )
    found = regs(text, "2024-07-30")
    assert found and found[0][1] == "fr:89:34620"
    assert found[0][0].endswith("“junk fee” rule")


def test_a_verb_inside_is_no_phrase_and_hides_nothing() -> None:
    text = (
        "Consumer Financial Protection Bureau asks court to toss its rule barring medical "
        "debt from credit reports"
    )
    found = regs(text, "2025-05-01")
    assert found and found[0][0].startswith("its rule")
    assert found[0][1] == "fr:90:3276"


def test_and_never_opens_or_closes_the_modifiers() -> None:
    text = "The agency and rule makers met on Tuesday. The EPA and rule critics disagreed."
    assert regs(text, "2024-05-01") == []


def test_a_term_defined_after_the_description_is_not_the_rules() -> None:
    text = (
        "On June 7, 2024, the National Highway Traffic Safety Administration (NHTSA) finalized "
        "its corporate average fuel economy (CAFE) standards for model years (MY) 2027 through "
        "2032. The standards will bring a 10% improvement for MY 2030 through 2032."
    )
    found = regs(text, "2024-06-10")
    assert ("its corporate average fuel economy (CAFE) standards", "fr:89:52540") in found
    assert all(t != "MY" for t, _ in found)


def test_the_dots_junk_fee_rule_is_the_airline_fee_rule() -> None:
    """News calls DOT's 2024 airline fee disclosure rule its "junk fee" rule; the FTC's junk
    fees rule is another agency's."""
    dot = regs("The court stayed the Transportation Department’s “junk fee” rule on Monday.")
    assert dot and dot[0][1] == "fr:89:34620"
    ftc = regs("The Federal Trade Commission’s junk fees rule took effect in May 2025.")
    assert all(a != "fr:89:34620" for _, a in ftc)
