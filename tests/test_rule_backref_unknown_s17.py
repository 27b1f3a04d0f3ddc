"""'The rule' after a rule linker could not identify is that rule, never an older one."""

from __future__ import annotations

from conftest import mentions


def test_the_rule_after_an_unknown_rule_does_not_jump_back_to_a_known_one() -> None:
    text = (
        "On April 15, 2024, the Equal Employment Opportunity Commission announced its final "
        "rule implementing the Pregnant Workers Fairness Act. On April 23, the Securities and "
        "Exchange Commission issued its final rule banning nearly all dockside welding torches, "
        "with the rule scheduled to take effect in September."
    )
    found = [(m.text, m.authority) for m in mentions(text) if m.kind == "regulation"]
    # the EEOC's rule is known; the commission's is not, so "the rule" stays unlinked
    assert ("its final rule", "fr:89:29096") in found
    assert ("the rule", "fr:89:29096") not in found


def test_the_rule_still_refers_back_when_nothing_comes_between() -> None:
    text = (
        "On April 15, 2024, the Equal Employment Opportunity Commission announced its final "
        "rule implementing the Pregnant Workers Fairness Act, with the rule scheduled to take "
        "effect on June 18."
    )
    found = [(m.text, m.authority) for m in mentions(text) if m.kind == "regulation"]
    assert ("the rule", "fr:89:29096") in found
