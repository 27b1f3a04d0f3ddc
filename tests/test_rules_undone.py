"""A rule that undoes another ("its rule rescinding the 2009 Endangerment Finding") is the
repealing rule or nothing, never the rule it undoes; "the final rule" never refers back to a
finding; rule names a presidential memorandum used. Sentences of our own in the shapes of
real pages (law-firm alerts of February 2026, a benefits blog of March 2017)."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "regulation"}


@pytest.mark.parametrize("date", ["2026-02-25", None])
def test_rule_rescinding_a_named_rule_is_the_rescission(date: str | None) -> None:
    text = (
        "The Environmental Protection Agency has finalized its rule rescinding the 2009 "
        "Endangerment Finding and repealing the vehicle standards. The final rule also ends "
        "the credit trading program."
    )
    got = regs(text, date)
    assert got["its rule"] == "fr:91:7686"
    assert got["2009 Endangerment Finding"] == "fr:74:66496"
    assert got["The final rule"] == "fr:91:7686"


def test_final_rule_to_rescind_then_the_finding_then_the_final_rule() -> None:
    text = (
        "On Feb. 12, the EPA announced a final rule to rescind the Obama-era Endangerment "
        "Finding. The Endangerment Finding had been the basis for vehicle standards. In "
        "rescinding the Endangerment Finding, the EPA also repealed every standard since "
        "2012. The final rule was published Feb. 18."
    )
    got = regs(text, "2026-02-20")
    assert got["a final rule"] == "fr:91:7686"
    assert got["Endangerment Finding"] == "fr:74:66496"
    assert got["The final rule"] == "fr:91:7686"


def test_rule_undoing_a_rule_no_repeal_row_is_never_the_undone_rule() -> None:
    # no row of the Labor Department repeals the 2016 overtime rule: not the rule undone
    text = (
        "The Labor Department's 2016 overtime rule raised the salary threshold. In 2017 the "
        "Labor Department proposed a rule rescinding the 2016 overtime rule."
    )
    got = regs(text, "2017-08-01")
    assert got.get("a rule") != "fr:81:32391"


def test_rule_with_a_plain_description_unchanged() -> None:
    text = "The Labor Department finalized a rule raising the salary threshold for overtime."
    assert "fr:89:32842" in regs(text, "2024-04-30").values()


def test_fiduciary_duty_rule_the_memorandum_name() -> None:
    text = (
        "The president's memorandum ordered the DOL to examine the Fiduciary Duty Rule to "
        "determine whether it may hurt savers."
    )
    assert regs(text, "2017-03-16")["Fiduciary Duty Rule"] == "fr:81:20946"


def test_the_proposed_rule_named_with_words_between_is_not_the_final_rule() -> None:
    # a benefits-law alert, May 2024: the 2023 proposal is not the 2024 rule (the table has
    # had the proposal, 88 FR 75890, since the twentieth session)
    text = (
        "The DOL released its final investment advice fiduciary rule. The Final Rule "
        "finalizes the proposed investment advice fiduciary rule issued in October 2023."
    )
    got = [(m.text, m.authority) for m in mentions(text, "2024-05-01") if m.kind == "regulation"]
    assert ("fiduciary rule", "fr:89:32122") in got
    assert got[-1] == ("fiduciary rule", "fr:88:75890")


def test_proposed_changes_to_a_rule_is_the_rule() -> None:
    text = "The DOL proposed changes to the fiduciary rule in 2023."
    assert regs(text, "2024-05-01")["fiduciary rule"] == "fr:89:32122"


def test_the_save_plan_lower_case() -> None:
    # AP copy, Oct. 2024: "the SAVE plan" as news writes it
    assert regs("A court blocked the SAVE plan in July.", "2024-10-05") == {
        "SAVE plan": "fr:88:43820"
    }
