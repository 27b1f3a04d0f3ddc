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


# --- bare "the order" where a president's order and a court's are told ------------------

_BIRTHRIGHT = (
    "A federal judge in Boston on Friday blocked President Donald Trump’s executive order "
    "ending birthright citizenship, granting a nationwide preliminary injunction. "
)


def _orders(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (m.text, m.kind, m.authority, m.court)
        for m in mentions(text, "2025-07-12")
        if m.text.lower() == "the order"
    ]


def test_the_order_that_violates_an_amendment_is_the_presidents() -> None:
    text = _BIRTHRIGHT + "The families argued the order violated the 14th Amendment."
    assert _orders(text) == [("the order", "executive-action", "eo:14160", None)]


def test_the_order_that_will_block_something_is_the_courts() -> None:
    text = (
        _BIRTHRIGHT + "The judge paused her ruling for a week. Even so, the order will block "
        "the policy before it takes effect."
    )
    assert _orders(text) == [("the order", "ruling", None, "mad")]


def test_the_order_appealed_is_the_courts_without_an_executive_order() -> None:
    # (no ruling told as news before it: only the judge's injunction, told by "her")
    text = (
        "The state's top lawyer on Monday asked an appeals court to revive a new Florida "
        "immigration law. He also asked U.S. District Judge Ana Ruiz in Miami to suspend her "
        "injunction while the order is appealed."
    )
    assert ("the order", "ruling", None, "flsd") in _orders(text)


def test_the_order_with_no_cue_and_two_courts_is_nothing_new() -> None:
    # two courts' rulings told: "the order will block" says a court's, not which one
    text = (
        "A federal judge in Boston on Friday blocked President Donald Trump’s executive order "
        "ending birthright citizenship. A federal judge in Seattle ruled the same way on "
        "Monday. Even so, the order will block the policy before it takes effect."
    )
    assert not [o for o in _orders(text) if o[1] == "ruling"]


# --- a weekday's ruling after a long digression ----------------------------------------

_DIGRESSION = (
    "The court kept its majority after a costly election last fall, in which a former "
    "prosecutor won an open seat.\n"
    "The suit began soon after the U.S. Supreme Court decided Murphy v. NCAA in 2018.\n"
)


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, None) if m.kind == "ruling"]


def test_the_weekdays_decision_is_the_ruling_told_on_that_day() -> None:
    text = (
        "Ohio's highest court ruled on Thursday that a 1920 ban on sports betting cannot be "
        "enforced. The 5-2 decision by the Ohio Supreme Court upholds a lower court.\n"
        + _DIGRESSION
        + "The new justice will succeed Justice Mary Cole, who joined the majority in "
        "Thursday's ruling."
    )
    assert ("Thursday's ruling", "ohio") in _rulings(text)


def test_another_weekdays_decision_is_not_bound_so() -> None:
    text = (
        "Ohio's highest court ruled on Thursday that a 1920 ban on sports betting cannot be "
        "enforced. The 5-2 decision by the Ohio Supreme Court upholds a lower court.\n"
        + _DIGRESSION
        + "The new justice will succeed Justice Mary Cole, who joined the majority in "
        "Monday's ruling."
    )
    assert ("Monday's ruling", "ohio") not in _rulings(text)


def test_the_weekday_said_right_before_the_ruling_dates_it() -> None:
    text = (
        "On Thursday, Ohio's highest court struck down a 1920 ban on sports betting. The 5-2 "
        "decision by the Ohio Supreme Court upholds a lower court.\n"
        + _DIGRESSION
        + "The new justice will succeed Justice Mary Cole, who joined the majority in "
        "Thursday's ruling."
    )
    assert ("Thursday's ruling", "ohio") in _rulings(text)


def test_two_courts_ruling_that_day_bind_no_weekdays_decision() -> None:
    text = (
        "On Thursday, Ohio's highest court struck down a 1920 ban on sports betting. On "
        "Thursday, a federal judge in Cleveland blocked a new casino tax.\n"
        + _DIGRESSION
        + "The new justice will succeed Justice Mary Cole, who joined the majority in "
        "Thursday's ruling."
    )
    assert not [r for r in _rulings(text) if r[0] == "Thursday's ruling"]


# --- with two rules of one agency, the year decides ------------------------------------


def test_the_year_picks_one_of_the_agencys_two_final_rules() -> None:
    text = (
        "The Department of Labor's 2019 overtime rule raised the salary threshold to $35,568. "
        "The 2024 overtime rule raised it to $58,656. A judge struck down the 2024 DOL Final "
        "Rule in November, so the 2019 DOL Final Rule governs. The agency's 2019 Final Rule "
        "stays."
    )
    regs = _found(text, "regulation")
    assert ("the 2024 DOL Final Rule", OVERTIME) in regs
    assert ("the 2019 DOL Final Rule", "fr:84:51230") in regs
    assert ("The agency's 2019 Final Rule", "fr:84:51230") in regs


def test_the_current_agencys_action_is_its_one_rule() -> None:
    text = (
        "In December 2023 the Department of Energy (DOE) finalized its gas furnace standards, "
        "which require new furnaces to reach 95 percent efficiency. The 2023 DOE Final Rule "
        "takes effect in 2028. Critics said the current DOE's action ignores rural homeowners."
    )
    regs = _found(text, "regulation")
    assert ("The 2023 DOE Final Rule", "fr:88:87502") in regs
    assert ("the current DOE's action", "fr:88:87502") in regs


def test_two_rules_of_the_agency_leave_its_action_unlinked() -> None:
    text = (
        "In December 2023 the Department of Energy (DOE) finalized its gas furnace standards. "
        "In January 2024 it also finalized gas stove standards. Critics said the current "
        "DOE's action ignores rural homeowners."
    )
    assert not [t for t, _ in _found(text, "regulation") if "action" in t]


def test_a_courts_action_is_no_rule() -> None:
    text = (
        "In December 2023 the Department of Energy (DOE) finalized its gas furnace standards. "
        "Manufacturers sued, and the Court's action froze the deadline."
    )
    assert not [t for t, _ in _found(text, "regulation") if "action" in t]
