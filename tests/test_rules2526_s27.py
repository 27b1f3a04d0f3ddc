"""Agency rules of 2025-2026 news names (twenty-seventh session, s27-rules2526): rows added to
``linker/data/rules.csv``, each first page read on a printing with the search tool. Sentences
of our own in the shapes news uses: a rule named by its alias, told by its agency and what it
does, and versions (a proposal and its final rule, a rule and its successor) told apart by
the stage said or the article's date."""

from __future__ import annotations

from conftest import mentions

BVLOS_2025 = "fr:90:38212"
REMOTE_ID_2021 = "fr:86:4390"
GUN_RIGHTS_2025 = "fr:90:34394"
EO11246_RESCISSION_2025 = "fr:90:28472"
SHOWERHEAD_2020 = "fr:85:81341"
SHOWERHEAD_2021 = "fr:86:71797"
APPRAISAL_2026 = "fr:91:8780"
PFAS_REPORTING_2023 = "fr:88:70516"
PFAS_EXEMPTIONS_2025 = "fr:90:50923"
STEAM_2024 = "fr:89:40198"
STEAM_DEADLINES_PROPOSED = "fr:90:47693"
STEAM_DEADLINES_FINAL = "fr:90:61328"
RICHARDSON_2025 = "fr:90:11029"


def _rules(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def _ids(text: str, date: str | None) -> set[str | None]:
    return {a for _, a in _rules(text, date)}


# --- a proposal named by its alias or told by its agency -------------------------------------


def test_the_proposed_drone_rule_named_by_its_short_name() -> None:
    found = _rules("The FAA's proposed BVLOS rule would end case-by-case waivers.", "2025-09-01")
    assert ("proposed BVLOS rule", BVLOS_2025) in found


def test_the_faas_proposal_told_by_what_it_allows_is_not_the_remote_id_rule() -> None:
    text = "The FAA's proposed rule would allow drones to fly beyond visual line of sight."
    ids = _ids(text, "2025-08-08")
    assert BVLOS_2025 in ids
    assert REMOTE_ID_2021 not in ids


def test_the_justice_departments_gun_rights_proposal() -> None:
    text = "The Justice Department proposed a rule to restore gun rights to some people."
    assert ("a rule", GUN_RIGHTS_2025) in _rules(text, "2025-07-23")
    named = "The Justice Department's proposed gun rights restoration rule drew comments."
    assert ("proposed gun rights restoration rule", GUN_RIGHTS_2025) in _rules(named, "2025-07-25")


def test_the_labor_departments_proposal_ending_contractor_affirmative_action() -> None:
    text = (
        "The Labor Department's proposed rule would end affirmative action programs "
        "for federal contractors."
    )
    assert ("The Labor Department's proposed rule", EO11246_RESCISSION_2025) in _rules(
        text, "2025-07-02"
    )


def test_opms_proposal_told_by_forced_distribution() -> None:
    text = (
        "The Office of Personnel Management's proposed rule would allow forced distribution "
        "of ratings."
    )
    assert APPRAISAL_2026 in _ids(text, "2026-02-25")
    assert ("proposed performance appraisal rule", APPRAISAL_2026) in _rules(
        "OPM's proposed performance appraisal rule was published on Tuesday.", "2026-02-25"
    )


def test_the_richardson_waiver_rescission_named_with_a_rule_word() -> None:
    text = "Critics called the Richardson Waiver rescission rule a power grab."
    found = _rules(text, "2025-03-10")
    assert ("Richardson Waiver rescission rule", RICHARDSON_2025) in found


def test_a_proposal_named_without_proposed_is_no_final_rule_of_the_table() -> None:
    # a proposal's alias said as a final rule's ("the BVLOS rule") links no other rule
    assert BVLOS_2025 not in _ids("The BVLOS rule would let companies fly drones.", "2025-12-01")


# --- versions told apart ----------------------------------------------------------------------


def test_the_showerhead_rule_of_an_article_of_2022_is_the_2021_definition() -> None:
    text = "The showerhead rule adopted last month restores the 2013 definition, DOE said."
    assert ("showerhead rule", SHOWERHEAD_2021) in _rules(text, "2022-01-10")


def test_the_2020_showerhead_rule_by_its_year() -> None:
    text = "The Trump administration's 2020 showerhead rule was reversed a year later."
    assert ("2020 showerhead rule", SHOWERHEAD_2020) in _rules(text, "2022-03-10")


def test_the_showerhead_rule_before_december_2021_is_the_2020_rule() -> None:
    text = "The showerhead rule lets each nozzle count on its own, DOE says."
    assert ("showerhead rule", SHOWERHEAD_2020) in _rules(text, "2021-06-01")


def test_the_pfas_reporting_rule_keeps_its_name_beside_the_2025_proposal() -> None:
    text = (
        "EPA proposed a de minimis exemption to its PFAS reporting rule and an exemption "
        "for imported articles."
    )
    found = _rules(text, "2025-11-14")
    assert ("PFAS reporting rule", PFAS_REPORTING_2023) in found
    assert all(a != PFAS_EXEMPTIONS_2025 for t, a in found if t == "PFAS reporting rule")


def test_the_pfas_reporting_exemptions_proposal_by_its_name() -> None:
    text = "EPA's proposed PFAS reporting exemptions rule would exempt imported articles."
    assert ("proposed PFAS reporting exemptions rule", PFAS_EXEMPTIONS_2025) in _rules(
        text, "2025-11-14"
    )


def test_steam_electric_deadline_extensions_proposal_and_final_by_stage() -> None:
    proposed = "EPA's proposed steam electric deadline extension rule would push compliance back."
    assert ("proposed steam electric deadline extension rule", STEAM_DEADLINES_PROPOSED) in (
        _rules(proposed, "2025-10-10")
    )
    final = "EPA's Steam Electric Deadline Extensions Rule gives coal plants until 2034."
    assert ("Steam Electric Deadline Extensions Rule", STEAM_DEADLINES_FINAL) in _rules(
        final, "2026-02-10"
    )


def test_the_2024_steam_electric_rule_is_not_taken_by_its_deadline_extension() -> None:
    text = "The 2024 steam electric rule set limits on wastewater from coal-fired power plants."
    assert ("2024 steam electric rule", STEAM_2024) in _rules(text, "2026-03-01")


RMP_2024 = "fr:89:17622"
RMP_PROPOSED_2026 = "fr:91:8970"
TCE_2024 = "fr:89:102568"
TCE_EXTENSION_2025 = "fr:90:44772"


def test_the_proposed_rmp_rule_of_2026_and_the_2024_rule_by_stage() -> None:
    proposed = "EPA's proposed RMP rule would roll back the 2024 rule's third-party audits."
    assert ("proposed RMP rule", RMP_PROPOSED_2026) in _rules(proposed, "2026-03-01")
    final = "The Risk Management Program rule was finalized in March 2024."
    assert ("Risk Management Program rule", RMP_2024) in _rules(final, "2026-03-01")


def test_epas_interim_final_rule_on_tce_is_the_extension_and_the_ban_keeps_its_name() -> None:
    text = "EPA's interim final rule extends compliance dates for TCE used in nuclear fuel."
    assert ("EPA's interim final rule", TCE_EXTENSION_2025) in _rules(text, "2025-09-20")
    ban = "EPA's TCE rule bans most uses; the compliance dates for TCE were pushed back."
    assert ("TCE rule", TCE_2024) in _rules(ban, "2025-09-20")


EARNINGS_2026 = "fr:91:21088"
GAINFUL_2023 = "fr:88:70004"


def test_the_education_departments_earnings_test_proposal() -> None:
    text = (
        "The Education Department's proposed rule would end loans for programs that fail "
        "an earnings test."
    )
    assert ("The Education Department's proposed rule", EARNINGS_2026) in _rules(text, "2026-04-21")


def test_the_gainful_employment_rule_keeps_its_name_beside_the_earnings_proposal() -> None:
    text = "The Biden-era gainful employment rule relied on a debt-to-earnings test."
    assert ("gainful employment rule", GAINFUL_2023) in _rules(text, "2026-04-21")


SES_2025 = "fr:90:44291"


def test_opms_ses_rule_and_its_2026_appraisal_proposal_told_apart() -> None:
    ses = "OPM's final rule allows a forced distribution of ratings for senior executives."
    assert ("OPM's final rule", SES_2025) in _rules(ses, "2025-09-20")
    gs = "The Office of Personnel Management's proposed rule would allow forced distribution."
    found = _rules(gs, "2026-02-25")
    assert ("The Office of Personnel Management's proposed rule", APPRAISAL_2026) in found
