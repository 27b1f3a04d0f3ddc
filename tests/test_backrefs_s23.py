"""Back-references, twenty-third session: a rule referred back to with a year, an agency's
initials or a possessive ("the 2024 DOL Final Rule", "its Final Rule", "the Trump EPA's
action"); "law" that is no law told before ("law enforcement", "the enforcement of federal
immigration law", "judges interpret the law"). Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-03-10"

OVERTIME = "fr:89:32842"  # the 2024 overtime rule (rules.csv)
FINDING = "fr:74:66496"  # the 2009 endangerment finding
RESCISSION = "fr:91:7686"  # its 2026 rescission


def _found(text: str, kind: str, date: str | None = DATE) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == kind]


# --- rules referred back to with a year, an agency's initials, a possessive ------------

_OVERTIME_LEAD = (
    "Last week a federal judge in Texas vacated the U.S. Department of Labor (“DOL”) "
    "overtime final rule that raised the salary threshold for exempt workers. "
)


def test_a_year_and_an_agencys_initials_before_final_rule() -> None:
    text = _OVERTIME_LEAD + "Employers had prepared for the 2024 DOL Final Rule for months."
    assert ("the 2024 DOL Final Rule", OVERTIME) in _found(text, "regulation")


def test_another_year_before_the_agencys_final_rule_is_not_it() -> None:
    text = _OVERTIME_LEAD + "Employers still follow the 2019 DOL Final Rule for now."
    regs = _found(text, "regulation")
    assert not any(t.startswith("the 2019 DOL") and a == OVERTIME for t, a in regs)


def test_another_agencys_initials_before_final_rule_is_not_it() -> None:
    text = _OVERTIME_LEAD + "The FTC Final Rule on noncompetes met the same end."
    regs = _found(text, "regulation")
    assert not any(t.startswith("The FTC Final") and a == OVERTIME for t, a in regs)


def test_its_final_rule_is_the_agencys_rule() -> None:
    text = _OVERTIME_LEAD + "In April the agency published its Final Rule after two years."
    assert ("its Final Rule", OVERTIME) in _found(text, "regulation")


_RESCINDED = (
    "Health groups sued the Environmental Protection Agency on Monday for rescinding the "
    "Obama-era endangerment finding. The EPA’s rollback, finalized in February, also wiped "
    "out limits on tailpipe pollution. "
)


def test_the_presidents_agencys_action_is_the_rule_that_undid_the_other() -> None:
    text = _RESCINDED + "“The Trump EPA’s action ignores decades of science,” a lawyer said."
    regs = _found(text, "regulation", None)
    assert ("The Trump EPA’s action", RESCISSION) in regs
    assert ("The Trump EPA’s action", FINDING) not in regs


def test_the_administrations_action_is_the_rule_that_undid_the_other() -> None:
    text = _RESCINDED + "A doctor said the administration’s action puts children at risk."
    assert ("the administration’s action", RESCISSION) in _found(text, "regulation", None)


def test_an_action_on_something_is_no_rule() -> None:
    text = _RESCINDED + "Critics urged the administration’s action on wildfires instead."
    regs = _found(text, "regulation", None)
    assert not any("action" in t for t, _ in regs)


def test_the_action_of_a_rule_told_as_undone_is_never_that_rule() -> None:
    # the finding named only as what is rescinded: no rule found that acts, so nothing
    text = (
        "Health groups sued the Environmental Protection Agency on Monday for rescinding the "
        "Obama-era endangerment finding. A doctor said the administration’s action puts "
        "children at risk."
    )
    regs = _found(text, "regulation", None)
    assert ("the administration’s action", FINDING) not in regs


# --- "law" that is no law told before ---------------------------------------------------

_FLORIDA = (
    "A federal judge in Miami on Tuesday blocked Florida’s new immigration law, SB 4-C, "
    "which makes it a crime for undocumented immigrants to enter the state. "
)


def test_local_law_enforcement_is_no_state_law() -> None:
    text = _FLORIDA + "Her order applies to all of the state’s local law enforcement agencies."
    statutes = _found(text, "statute")
    assert not any("local law" in t for t, _ in statutes)


def test_the_enforcement_of_federal_law_is_no_state_law() -> None:
    text = (
        _FLORIDA + "The attorney general said the measure only aids the enforcement of "
        "federal immigration law."
    )
    statutes = _found(text, "statute")
    assert not any("federal immigration law" in t for t, _ in statutes)


def test_judges_interpreting_the_law_is_the_law_as_such() -> None:
    text = (
        "The agency relied on the Administrative Procedure Act. Courts once deferred to "
        "agency readings of statutes even when judges might interpret the law differently."
    )
    statutes = _found(text, "statute")
    assert ("the law", "usc:5:551") not in statutes
    # the law told before is still "the law" where nothing makes it the law as such
    text2 = (
        "The agency relied on the Administrative Procedure Act. Critics said the law leaves "
        "the courts too little room."
    )
    assert ("the law", "usc:5:551") in _found(text2, "statute")
