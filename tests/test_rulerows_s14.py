"""Fourteenth session (branch s14-rulerows): rows for 2025-2026 rules news covered that the
table lacked, each Federal Register first page read on a printing of it (the row's source).
Every sentence here is made up, in the shapes news writes."""

from __future__ import annotations

import pytest

from conftest import authorities, regs


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # an agency's proposal told by the words after it
        (
            "The Food and Drug Administration proposed a rule requiring front-of-package "
            "nutrition labels on most packaged foods.",
            "2025-02-01",
            "fr:90:5426",
        ),
        # the proposal by its name, "proposed" before it
        (
            "Grocers lobbied against the FDA's proposed front-of-package labeling rule.",
            "2025-04-01",
            "fr:90:5426",
        ),
        # CEQ's interim final rule, then its final rule a year on: the version by the date
        (
            "The Council on Environmental Quality's interim final rule removing its NEPA "
            "regulations took effect in April.",
            "2025-06-01",
            "fr:90:10610",
        ),
        (
            "The Council on Environmental Quality's final rule removing its NEPA regulations "
            "took effect this month.",
            "2026-02-01",
            "fr:91:618",
        ),
        # the proposed WOTUS rule of 2025, "proposed" before the shared alias
        (
            "Farm groups praised the proposed WOTUS rule, which would drop federal protection "
            "for many wetlands.",
            "2025-12-15",
            "fr:90:52498",
        ),
        # the Services' 2025 listing proposal, told by what it revives
        (
            "The Fish and Wildlife Service proposed a rule that would revive the foreseeable "
            "future standard for listing species.",
            "2025-12-01",
            "fr:90:52607",
        ),
        # the 2025 proposal to remove the blanket 4(d) rule (before its row, "a rule" went to
        # the 2018 listing proposal, a wrong link)
        (
            "The Fish and Wildlife Service proposed a rule to eliminate the blanket rule that "
            "gives threatened species the protections of endangered ones.",
            "2025-11-25",
            "fr:90:52587",
        ),
        # two CMS proposals of one day, told apart by hospitals and by Medicaid funding
        (
            "The Centers for Medicare & Medicaid Services proposed a rule that would bar "
            "hospitals from providing gender-affirming care to minors.",
            "2025-12-20",
            "fr:90:59463",
        ),
        (
            "CMS also proposed a rule cutting off federal Medicaid dollars for sex-rejecting "
            "procedures for children.",
            "2025-12-20",
            "fr:90:59441",
        ),
        # the CFPB's Regulation B proposal by its topic
        (
            "The Consumer Financial Protection Bureau proposed a rule that would eliminate "
            "disparate impact liability under the Equal Credit Opportunity Act.",
            "2025-11-20",
            "fr:90:50901",
        ),
        # the 2025 duration of status proposal, a version of the 2020 one, by the date
        (
            "The proposed duration of status rule would cap student visas at four years.",
            "2025-09-01",
            "fr:90:42070",
        ),
        (
            "The proposed duration of status rule would cap student visas at four years.",
            "2020-10-01",
            "fr:85:60526",
        ),
        # the tips regulations: the proposal, then the final rule, by "proposed"/"final"
        (
            "The IRS's proposed no tax on tips regulations list dozens of occupations.",
            "2025-10-01",
            "fr:90:45340",
        ),
        (
            "The final no tax on tips regulations took effect in June.",
            "2026-07-01",
            "fr:91:19026",
        ),
        # the State Department's 2025 pilot, by its agency and topic
        (
            "The State Department's visa bond rule applies to tourist visas.",
            "2025-09-01",
            "fr:90:37378",
        ),
        # HUD's 2026 proposal is a proposed version of its disparate impact rules
        (
            "Housing advocates criticized HUD's proposed disparate impact rule.",
            "2026-02-20",
            "fr:91:1475",
        ),
    ],
)
def test_new_rows_are_linked(text: str, date: str, want: str) -> None:
    assert want in authorities(text, date)


def test_a_proposal_is_not_the_final_rule_its_alias_names() -> None:
    # made up: the 2023 WOTUS rules keep "the WOTUS rule" after the 2025 proposal
    got = authorities("The EPA's WOTUS rule narrowed protection for wetlands.", "2026-03-01")
    assert "fr:90:52498" not in got
    # and HUD's 2013 rule keeps its year
    got = authorities(
        "HUD's disparate impact rule, first issued in 2013, lets tenants challenge policies.",
        "2026-01-20",
    )
    assert got == {"fr:78:11460"}


def test_no_row_before_its_printing() -> None:
    # made up: a proposal is no rule of an article written before it was printed
    assert "fr:90:59463" not in authorities(
        "The Centers for Medicare & Medicaid Services proposed a rule that would bar "
        "hospitals from providing gender-affirming care to minors.",
        "2025-06-01",
    )
    assert "fr:91:618" not in authorities(
        "The Council on Environmental Quality's final rule removing its NEPA regulations "
        "took effect.",
        "2025-06-01",
    )


def test_the_removal_rule_does_not_take_the_nepa_rules() -> None:
    # made up: "NEPA rules" alone are the 2024 revisions, not their removal
    got = authorities(
        "The Council on Environmental Quality's NEPA rules were revised in 2024 to speed up "
        "environmental reviews.",
        "2025-03-01",
    )
    assert "fr:90:10610" not in got and "fr:91:618" not in got


def test_the_law_is_not_its_regulations() -> None:
    # made up: the statute's provision, no rule word, is no rule
    assert not regs("No tax on tips was a campaign promise.", "2025-08-01")
