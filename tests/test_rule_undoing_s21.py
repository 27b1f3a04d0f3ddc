"""Rules that undo another, told by their agency's action (twenty-first session, issue 13):
the undoing verb in the past after a rule "finalized by" its agency ("A rule the agency
finalized last week revoked …"), the undone rule's name past the sixth word of what follows
the verb, the agency's one undoing rule printed when the article says when no words fit the
rule undone, and "the final rule" whose taking effect the article dates. Sentences of our own
in the shapes news and law-firm alerts print; the rules are rows of ``linker/data/rules.csv``."""

from __future__ import annotations

from conftest import mentions


def regs(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


FINDING_2009 = "fr:74:66496"
FINDING_RESCISSION = "fr:91:7686"
AHP_2018 = "fr:83:28912"
AHP_RESCISSION = "fr:89:34106"
WATER_HEATERS = "fr:89:105188"


def _linked(got: list[tuple[str, str | None]], start: str) -> set[str | None]:
    return {a for t, a in got if t.startswith(start)}


def test_a_rule_finalized_by_its_agency_that_revoked_a_finding_is_the_rescission() -> None:
    for verb in ("revoked", "repealed", "rescinded"):
        text = (
            f"A rule finalized by the EPA last month {verb} a 2009 scientific determination "
            "widely known as the endangerment finding, which underpins vehicle limits on "
            "greenhouse gases."
        )
        got = regs(text, "2026-03-01")
        assert _linked(got, "A rule finalized by the EPA") == {FINDING_RESCISSION}, (verb, got)


def test_the_rescission_told_without_a_date_and_in_another_word_order() -> None:
    text = (
        "Environmental groups sued on Monday. A regulation issued by the Environmental "
        "Protection Agency in February repealed the agency's long-standing endangerment "
        "finding for greenhouse gases."
    )
    got = regs(text, None)
    assert _linked(got, "A regulation issued by") == {FINDING_RESCISSION}, got


def test_a_passive_past_is_the_rule_undone_not_an_undoing() -> None:
    # "a rule rescinded in …" is the rescinded rule itself: no undoing row for it
    text = "The endangerment finding, a rule rescinded by the EPA in 2026, had stood since 2009."
    got = regs(text, "2026-04-01")
    assert FINDING_RESCISSION not in _linked(got, "a rule rescinded"), got


def test_the_agencys_one_undoing_rule_printed_when_told() -> None:
    text = (
        "On April 29, 2024, the Department of Labor released a final rule rescinding the "
        "2018 rule entitled Definition of Employer Under Section 3(5) of ERISA. Employers "
        "had relied on it."
    )
    got = regs(text, "2024-05-10")
    assert ("a final rule", AHP_RESCISSION) in got, got


def test_no_undoing_rule_is_guessed_without_a_time() -> None:
    text = (
        "The Department of Labor released a final rule rescinding an earlier rule entitled "
        "Definition of Employer Under Section 3(5) of ERISA."
    )
    got = regs(text, None)
    assert AHP_RESCISSION not in _linked(got, "a final rule"), got


def test_the_final_rule_taking_effect_is_the_rule_printed_then() -> None:
    for effect in ("becomes effective on July 1, 2024", "takes effect in July 2024"):
        text = (
            "The 2018 AHP Rule let small employers band together. In April 2024 the "
            "Department of Labor issued a final rule rescinding the 2018 AHP Rule. The 2018 "
            f"AHP Rule had been partly vacated by a court. The final rule {effect}."
        )
        got = regs(text, "2024-05-10")
        assert _linked(got, "The final rule") == {AHP_RESCISSION}, (effect, got)


def test_the_rule_taking_effect_without_a_year_keeps_the_nearest() -> None:
    text = (
        "The 2018 AHP Rule let small employers band together. In April 2024 the "
        "Department of Labor issued a final rule rescinding the 2018 AHP Rule. The 2018 "
        "AHP Rule had been partly vacated by a court. The final rule takes effect soon."
    )
    got = regs(text, "2024-05-10")
    assert _linked(got, "The final rule") <= {AHP_2018, AHP_RESCISSION}, got


def test_gas_fired_instantaneous_water_heater_standards_by_agency_and_topic() -> None:
    for text in (
        "House Republicans voted to overturn a Department of Energy rule setting efficiency "
        "standards for gas-fired instantaneous water heaters.",
        "The Energy Department's rule on tankless water heaters was nullified by Congress.",
        "Congress struck down a Department of Energy rule regarding energy conservation "
        "standards for consumer gas-fired instantaneous water heaters.",
    ):
        got = regs(text, "2025-05-20")
        assert WATER_HEATERS in {a for _, a in got}, (text, got)


METHANE_FEE = "fr:89:91094"


def test_these_rules_after_other_rules_just_named_are_not_the_earlier_rule() -> None:
    for middle in (
        "Other rules, such as the agency's soot limits and its revised reporting rules, are "
        "untouched.",
        "The resolution leaves in place the older leak detection standards and the "
        "companion reporting regulations.",
    ):
        text = (
            "Congress voted to repeal the EPA's methane fee rule last month. "
            f"{middle} Industry groups expect these rules to be reconsidered as well."
        )
        got = regs(text, "2025-04-01")
        assert METHANE_FEE in {a for _, a in got}, got
        assert "these rules" not in {t for t, _ in got}, (middle, got)


def test_these_rules_right_after_the_rule_named_still_refer_back() -> None:
    text = (
        "Congress voted to repeal the EPA's methane fee rules last month. Industry groups "
        "had long opposed these rules."
    )
    got = regs(text, "2025-04-01")
    assert ("these rules", METHANE_FEE) in got, got
