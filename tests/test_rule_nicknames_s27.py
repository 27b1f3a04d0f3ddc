"""A rule's nickname in news, said alone (twenty-seventh session): the 2019 public charge
rule as "the 'wealth test' for green cards", only where its subject is near. Sentences of
our own in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions


def rules(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


@pytest.mark.parametrize(
    "text",
    [
        "The justices also let the administration enforce the “wealth test” for people "
        "applying for green cards.",
        "Advocates say the wealth test will keep poorer immigrants from getting green cards.",
        "Among the policies the court allowed were the border wall and the 'wealth test' "
        "for green card applicants.",
    ],
)
def test_wealth_test_is_the_public_charge_rule(text: str) -> None:
    assert ("wealth test", "fr:84:41292") in rules(text, "2020-03-12")


@pytest.mark.parametrize(
    "text",
    [
        "The club imposes a wealth test on anyone who wants to join.",
        "Some states once kept a wealth test for voters, the historian said.",
    ],
)
def test_wealth_test_without_its_subject_is_nothing(text: str) -> None:
    assert rules(text, "2020-03-12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule that revises another, named in title case with "Rule" inside its name
        ("Utilities spent years preparing inventories under the Lead and Copper Rule "
         "Revisions.", ("Lead and Copper Rule Revisions", "fr:86:4198")),
        ("Cities must replace lead pipes within a decade under the Lead and Copper Rule "
         "Improvements, EPA says.", ("Lead and Copper Rule Improvements", "fr:89:86418")),
    ],
)  # fmt: skip
def test_capitalised_name_with_rule_inside(text: str, expected: tuple[str, str]) -> None:
    assert expected in rules(text, "2025-03-01")


def test_improvements_not_before_they_were_printed() -> None:
    # the 2024 rule cannot be what a 2022 story means
    text = "Cities must replace lead pipes under the Lead and Copper Rule Improvements."
    assert all(a != "fr:89:86418" for _, a in rules(text, "2022-03-01"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alias "CDC's eviction pause" with the agency's name spelled out, initials bracketed
        ("Last spring a judge set aside the Centers for Disease Control and Prevention’s "
         "(CDC) eviction pause, saying the agency overstepped.",
         "Centers for Disease Control and Prevention’s (CDC) eviction pause"),
        ("Landlord groups challenged the Centers for Disease Control and Prevention's "
         "eviction moratorium in several courts.",
         "Centers for Disease Control and Prevention's eviction moratorium"),
    ],
)  # fmt: skip
def test_agency_spelled_out_before_an_initials_alias(text: str, expected: str) -> None:
    assert (expected, "fr:85:55292") in rules(text, "2021-08-14")


def test_agency_spelled_out_before_other_words_is_nothing() -> None:
    text = "The Centers for Disease Control and Prevention's (CDC) guidance on masks changed."
    assert rules(text, "2021-08-14") == []
