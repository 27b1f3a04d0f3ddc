"""Fourteenth session (branch s14-rules): rules news tells by agency and topic whose rows the
table lacked (each row's Federal Register citation checked on a printing of it), agencies whose
names alone did not tell a rule of theirs, and a plain "the rule" after a proposed rule.
Every sentence here is made up, in the shapes news writes."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str | None) -> set[tuple[str, str | None]]:
    return {(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"}


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # two versions of one rule: the article's date picks the later, the year the earlier
        (
            "The Environmental Protection Agency last fall finalized a rule on water quality "
            "certification that gives states more say over pipelines. The 2020 rule had "
            "narrowed what states could review.",
            "2024-03-01",
            {
                ("a rule on water quality certification", "fr:88:66558"),
                ("The 2020 rule", "fr:85:42210"),
            },
        ),
        (
            "Oil companies cheered when the EPA's water quality certification rule took "
            "effect, saying it would speed up pipeline projects.",
            "2021-02-01",
            {("water quality certification rule", "fr:85:42210")},
        ),
        # a proposal told by its agency and topic
        (
            "In 2023 the Energy Department proposed a rule setting efficiency standards for "
            "gas stoves. Critics called it a gas stove ban.",
            "2023-03-01",
            {("a rule", "fr:88:6818")},
        ),
        # the agency's year and topic words: the 2016 version, not the 2024 one
        (
            "The Bureau of Land Management's 2016 methane rule limited venting and flaring "
            "on federal lands.",
            "2025-01-10",
            {("The Bureau of Land Management's 2016 methane rule", "fr:81:83008")},
        ),
        (
            "The IRS finalized a rule fixing the family glitch, letting more relatives of "
            "workers qualify for subsidies.",
            "2022-10-20",
            {("a rule", "fr:87:61979")},
        ),
    ],
)
def test_new_rows_by_agency_and_topic(text: str, date: str, want: set[tuple[str, str]]) -> None:
    assert want <= regs(text, date)


def test_payday_revocation_is_not_the_2017_rule() -> None:
    # the rule that undoes the 2017 rule's underwriting provisions
    text = (
        "The CFPB in 2020 issued a rule rescinding the ability-to-repay requirements of its "
        "payday lending rule."
    )
    got = regs(text, "2020-08-01")
    assert not any(a == "fr:85:44382" and "payday lending rule" in t for t, a in got)


def test_noaa_named_tells_its_rule() -> None:
    text = (
        "NOAA's proposed vessel speed rule would widen the zones where large boats must slow "
        "down to protect right whales."
    )
    assert ("proposed vessel speed rule", "fr:87:46921") in regs(text, "2023-01-15")


def test_plain_the_rule_after_a_proposed_rule() -> None:
    # "the rule" in the next sentence is the proposal, not the final rule of another
    # paragraph the article named more often
    text = (
        "The EPA last fall finalized a rule on water quality certification. The rule "
        "restores state authority. The regulation took effect in November.\n\n"
        "Separately, NOAA's proposed vessel speed rule would widen the zones where boats "
        "must slow down to protect right whales. Fishing groups have fought the rule."
    )
    got = regs(text, "2024-03-01")
    assert ("the rule", "fr:87:46921") in got
    assert ("the rule", "fr:88:66558") not in got


def test_final_rule_never_refers_to_a_proposal() -> None:
    text = (
        "NOAA's proposed vessel speed rule would widen the zones where boats must slow "
        "down to protect right whales. The final rule is expected next year."
    )
    got = regs(text, "2023-01-15")
    assert ("The final rule", "fr:87:46921") not in got
