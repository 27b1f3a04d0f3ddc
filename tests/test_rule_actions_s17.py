"""Rules told only by their agency's action (seventeenth session, issue 13): "the bureau last
month finalized a rule that rescinds …", "a final rule in December repealing …", the action
nouns after them ("the rescission", "the rollback", "the reversal"), the month or year told
with the action, and a term defined for an undoing rule ("the “Rescission Rule”"). Sentences
of our own in the shapes news and law-firm alerts print; the rules are rows of
``linker/data/rules.csv``."""

from __future__ import annotations

from conftest import mentions
from linker.scanner import ruledates


def regs(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


AHP_2018 = "fr:83:28912"
AHP_RESCISSION = "fr:89:34106"
STAFFING_2024 = "fr:89:40876"
STAFFING_REPEAL = "fr:90:55687"
PUBLIC_LANDS = "fr:89:40308"
PUBLIC_LANDS_RESCISSION = "fr:91:25787"


def test_a_rule_that_rescinds_is_the_rescinding_rule_and_its_nouns_refer_back() -> None:
    text = (
        "The Labor Department last month finalized a rule that rescinds the framework for "
        "association health plans. The rescission was welcomed by insurers. Small-business "
        "groups said the repeal would raise their premiums."
    )
    got = regs(text, "2024-05-20")
    assert ("a rule", AHP_RESCISSION) in got
    assert ("The rescission", AHP_RESCISSION) in got
    assert ("the repeal", AHP_RESCISSION) in got
    assert AHP_2018 not in {a for _, a in got}


def test_a_time_between_the_rule_word_and_its_repeal_verb() -> None:
    text = (
        "The Centers for Medicare & Medicaid Services issued a final rule in December "
        "repealing minimum staffing standards for nursing homes. The repeal was cheered by "
        "operators."
    )
    got = regs(text, "2026-01-15")
    assert ("a final rule", STAFFING_REPEAL) in got
    assert ("The repeal", STAFFING_REPEAL) in got
    # the standards it repealed stay the 2024 rule
    assert ("minimum staffing standards", STAFFING_2024) in got


def test_the_month_told_must_fit_the_rule_printed() -> None:
    # no noncompete rule of the FTC was printed in early 2021: not the 2024 rule
    text = "The Federal Trade Commission in January 2021 finalized a rule banning noncompetes."
    assert "fr:89:38342" not in {a for _, a in regs(text, "2024-09-01")}
    text = "The Federal Trade Commission in April finalized a rule banning noncompetes."
    assert "fr:89:38342" in {a for _, a in regs(text, "2024-09-01")}


def test_the_year_told_picks_the_version() -> None:
    text = (
        "The Labor Department in 2019 finalized a rule raising the salary threshold for overtime."
    )
    assert {a for _, a in regs(text, "2024-09-01")} == {"fr:84:51230"}
    text = (
        "The Labor Department in April finalized a rule raising the salary threshold for overtime."
    )
    assert {a for _, a in regs(text, "2024-09-01")} == {"fr:89:32842"}


def test_the_bureau_is_the_agency_named_before() -> None:
    text = (
        "The Bureau of Land Management oversees grazing permits. On Thursday the bureau "
        "finalized a rule that rescinds the conservation framework for public lands. The "
        "rollback pleased ranchers."
    )
    got = regs(text, "2026-05-20")
    assert ("a rule", PUBLIC_LANDS_RESCISSION) in got
    assert ("The rollback", PUBLIC_LANDS_RESCISSION) in got


def test_a_rescission_told_by_a_verb_then_the_noun() -> None:
    # the sentence rescinds the old rule (its mention); "The rescission" is the new rule
    text = (
        "The Department of Labor in April rescinded the 2018 rule that let small businesses "
        "band together in association health plans. The rescission takes effect in July."
    )
    got = regs(text, "2024-05-20")
    assert got[0][1] == AHP_2018
    assert ("The rescission", AHP_RESCISSION) in got


def test_the_rescission_of_the_rule_the_article_told_of_by_its_part() -> None:
    text = (
        "The Bureau of Land Management finalized a rule in 2024 that put conservation on an "
        "equal footing with grazing on public lands. Last week, the bureau rescinded the 2024 "
        "rule. The rescission takes effect in 30 days. The reversal drew fire from "
        "conservation groups."
    )
    got = regs(text, "2026-06-01")
    assert got[0][1] == PUBLIC_LANDS
    assert ("the 2024 rule", PUBLIC_LANDS) in got
    assert ("The rescission", PUBLIC_LANDS_RESCISSION) in got
    assert ("The reversal", PUBLIC_LANDS_RESCISSION) in got


def test_a_laws_repeal_is_no_rule() -> None:
    text = "Congress voted to repeal the health law. The repeal failed in the Senate."
    assert regs(text, "2017-08-01") == []


def test_a_term_defined_for_the_undoing_rule_is_never_the_rule_undone() -> None:
    text = (
        "On April 30, the Department of Labor issued a final rule rescinding the 2018 "
        "association health plan rule (the “Rescission Rule”). The Rescission Rule takes "
        "effect in July."
    )
    got = regs(text, "2024-05-20")
    assert ("a final rule", AHP_RESCISSION) in got
    assert ("The Rescission Rule", AHP_RESCISSION) in got
    assert ("The Rescission Rule", AHP_2018) not in got


def test_a_short_form_in_brackets_carries_the_orders_id() -> None:
    text = (
        "Executive Order 14173, Ending Illegal Discrimination and Restoring Merit-Based "
        "Opportunity (the 2025 Order), revoked older orders. The 2025 Order directs agencies "
        "to act."
    )
    got = [(m.text, m.authority) for m in mentions(text, "2025-03-01")]
    assert ("The 2025 Order", "eo:14173") in got


def test_windows() -> None:
    w = ruledates.told("The agency in May finalized", 0, 27, "2026-06-01")
    assert w is not None and str(w[0]) == "2026-05-01" and str(w[1]) == "2026-07-31"
    w = ruledates.told("The agency in May finalized", 0, 27, "2026-03-01")
    assert w is not None and str(w[0]) == "2025-05-01"
    w = ruledates.told("The agency last month finalized", 0, 31, "2026-01-10")
    assert w is not None and str(w[0]) == "2025-12-01"
    assert ruledates.told("The agency in May finalized", 0, 27, None) is None
    w = ruledates.told("The agency in 2019 finalized", 0, 28, None)
    assert w is not None and w[0].year == 2019


def test_a_rule_the_agency_rescinded_is_the_rule_undone() -> None:
    text = (
        "The Bureau of Land Management in May rescinded a 2024 rule that put conservation on "
        "par with grazing. The rescission takes effect in July."
    )
    got = regs(text, "2026-06-01")
    assert got[0] == ("a 2024 rule that put conservation on par with grazing", PUBLIC_LANDS)
    assert ("The rescission", PUBLIC_LANDS_RESCISSION) in got


def test_a_rule_finalized_by_the_agency_in_a_month_that_repealed() -> None:
    text = (
        "Nursing home operators cheered a rule finalized by CMS in December that repealed "
        "minimum staffing standards."
    )
    got = regs(text, "2026-01-15")
    assert ("a rule finalized by CMS", STAFFING_REPEAL) in got
    assert ("minimum staffing standards", STAFFING_2024) in got


def test_the_agencys_repeal_of_a_rule_the_article_links() -> None:
    text = (
        "The Labor Department's repeal of its 2018 association health plan rule drew praise. "
        "The rescission took effect in June."
    )
    got = regs(text, "2024-06-01")
    assert ("The Labor Department's repeal", AHP_RESCISSION) in got
    assert ("The rescission", AHP_RESCISSION) in got
    assert any(a == AHP_2018 for _, a in got)
    # before the repeal was printed, no repeal is linked
    assert AHP_RESCISSION not in {a for _, a in regs(text, "2023-06-01")}


def test_congress_repeal_of_a_rule_is_no_agency_action() -> None:
    text = "Congress's repeal of the 2018 association health plan rule failed."
    assert AHP_RESCISSION not in {a for _, a in regs(text, "2024-06-01")}


def test_a_described_rule_that_rescinds_is_the_rescinding_rule() -> None:
    text = (
        "Groups sued to block a rule that rescinds protections for association health plans, "
        "which the Labor Department adopted."
    )
    got = regs(text, "2024-06-01")
    assert AHP_RESCISSION in {a for _, a in got}
    assert AHP_2018 not in {a for _, a in got}


def test_a_rule_finalized_by_the_bureau_named_before() -> None:
    text = (
        "The Bureau of Land Management oversees grazing permits. Ranchers praised a rule "
        "finalized by the bureau in May that rescinds the conservation framework for public "
        "lands."
    )
    assert ("a rule finalized by the bureau", PUBLIC_LANDS_RESCISSION) in regs(text, "2026-06-01")


def test_the_department_of_another_name_is_not_the_department_named_before() -> None:
    # "the Department of Energy" is no "the department" standing for the Labor Department
    text = (
        "The Labor Department raised the salary threshold. Separately, a rule issued by the "
        "Department of Energy on gas stoves drew fire."
    )
    got = regs(text, "2024-06-01")
    assert all(a != "fr:89:32842" for t, a in got if "Energy" in t)


def test_the_new_final_rule_is_the_rule_printed_last() -> None:
    text = (
        "The Bureau of Land Management on Thursday finalized a rule rescinding the Public "
        "Lands Rule, which the Biden administration adopted in 2024. The 2024 rule put "
        "conservation on par with drilling. The new final rule takes effect in 30 days."
    )
    got = regs(text, "2026-05-15")
    assert ("The 2024 rule", PUBLIC_LANDS) in got
    assert ("The new final rule", PUBLIC_LANDS_RESCISSION) in got


def test_a_year_in_a_repeals_sentence_does_not_make_it_that_years_rule() -> None:
    # the repeal (printed 2026) is no "2024 rule" because its sentence says 2024
    text = (
        "The EPA on Thursday finalized a rule repealing the 2024 limits on mercury from coal "
        "plants. The agency said the rollback would save money. The 2024 rule had tightened "
        "limits on filterable particulate matter."
    )
    got = regs(text, "2026-02-28")
    assert ("a rule", "fr:91:9088") in got
    assert ("the rollback", "fr:91:9088") in got
    assert ("The 2024 rule", "fr:91:9088") not in got


def test_a_regulation_that_would_roll_back_protections_stays_the_rule_its_words_fit() -> None:
    text = (
        "A federal judge blocked the Trump administration from enforcing a new regulation "
        "that would roll back health care protections for transgender people."
    )
    assert "fr:85:37160" in {a for _, a in regs(text, "2020-08-18")}


def test_a_rule_finalized_last_month_that_rescinds() -> None:
    text = (
        "Insurers sued over a rule finalized last month that rescinds protections for "
        "association health plans, which the Labor Department adopted."
    )
    assert ("a rule", AHP_RESCISSION) in regs(text, "2024-05-20")


def test_the_making_told_after_the_rule_dates_it() -> None:
    text = (
        "The Labor Department's rule, which was issued in 2019, raises the salary threshold "
        "for overtime."
    )
    assert {a for _, a in regs(text, "2024-06-01")} == {"fr:84:51230"}
    text = "The Labor Department's new rule, finalized in April, raises the overtime threshold."
    assert {a for _, a in regs(text, "2024-06-01")} == {"fr:89:32842"}
    # no overtime rule was printed in early 2021: none linked
    text = (
        "The Labor Department's new rule, finalized in January 2021, raises the salary "
        "threshold for overtime."
    )
    assert not {a for _, a in regs(text, "2024-06-01")} & {"fr:89:32842", "fr:84:51230"}


def test_in_a_rule_the_agency_did() -> None:
    text = (
        "In a final rule published Tuesday, the Bureau of Land Management rescinded the "
        "conservation framework for public lands."
    )
    assert ("a final rule", PUBLIC_LANDS_RESCISSION) in regs(text, "2026-05-20")
    text = (
        "In a rule issued in April, the Labor Department raised the salary threshold for overtime."
    )
    assert ("a rule", "fr:89:32842") in regs(text, "2024-06-01")
    text = "In a new rule, the Labor Department rescinded the 2018 association health plan rule."
    assert ("a new rule", AHP_RESCISSION) in regs(text, "2024-05-20")


def test_in_a_rule_of_another_time_links_nothing() -> None:
    text = (
        "In a rule issued in January 2021, the Labor Department raised the salary threshold "
        "for overtime."
    )
    assert regs(text, "2024-06-01") == []


def test_a_courts_reversal_is_no_rules() -> None:
    text = (
        "The Bureau of Land Management finalized a rule in 2024 that put conservation on par "
        "with grazing on public lands. An appeals court on Friday reversed a lower court's "
        "ruling on the rule. The reversal sends the case back to Wyoming."
    )
    got = regs(text, "2026-06-01")
    assert all(t != "The reversal" for t, _ in got)


def test_in_a_rule_the_agency_argued_is_no_description() -> None:
    text = "In a rule issued Friday, the EPA argued that power plants must cut carbon emissions."
    assert regs(text, "2024-05-01") == []


def test_the_sentence_after_tells_what_the_rule_does() -> None:
    text = (
        "The Labor Department finalized a rule in April. The rule raises the salary threshold "
        "for overtime pay."
    )
    got = regs(text, "2024-05-01")
    assert got == [("a rule", "fr:89:32842"), ("The rule", "fr:89:32842")]
    text = "The Federal Trade Commission on Tuesday finalized a rule. Separately, it sued a firm."
    assert regs(text, "2024-04-25") == []
