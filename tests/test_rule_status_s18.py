"""Agency rules told by their status or by "the agency's", the agency named only before
(eighteenth session, issue 13): "the department's proposed rule would rescind …", "The
proposed rule published in June would rescind …", "the proposed rule the department issued
in June …", "its proposed rule would rescind …", "CMS's interim final rule, issued in
December, repeals …". Sentences of our own in the shapes news prints; the rules are rows of
``linker/data/rules.csv``."""

from __future__ import annotations

from conftest import mentions


def regs(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


FARMWORKER_2024 = "fr:89:33898"
FARMWORKER_RESCISSION_PROPOSED = "fr:90:28919"
HOME_CARE_2013 = "fr:78:60454"
HOME_CARE_RESCISSION_PROPOSED = "fr:90:28976"
STAFFING_2024 = "fr:89:40876"
STAFFING_REPEAL = "fr:90:55687"
PUBLIC_LANDS_RESCISSION = "fr:91:25787"
MATS_REPEAL = "fr:91:9088"
DOL = "The Department of Labor oversees farm wages. "


def test_a_possessive_agency_s_proposed_rule() -> None:
    text = "The Labor Department's proposed rule would rescind the 2024 farmworker protection rule."
    got = regs(text, "2025-09-01")
    assert ("The Labor Department's proposed rule", FARMWORKER_RESCISSION_PROPOSED) in got
    assert ("2024 farmworker protection rule", FARMWORKER_2024) in got
    # the acronym, with a time between the rule word and what it does
    text = (
        "The Department of Labor (DOL) oversees wage law. DOL's proposed rule, issued in July, "
        "that would rescind the 2013 home care rule drew comments."
    )
    assert ("DOL's proposed rule", HOME_CARE_RESCISSION_PROPOSED) in regs(text, "2025-12-01")


def test_a_proposal_undoes_a_final_rule() -> None:
    # the rule undone is a final rule, the proposal's pool has none: still the proposal
    text = (
        "The Labor Department's proposed rule published in July would rescind the 2013 home "
        "care rule. The proposed rule drew thousands of comments."
    )
    got = regs(text, "2025-12-01")
    assert ("The Labor Department's proposed rule", HOME_CARE_RESCISSION_PROPOSED) in got
    assert ("2013 home care rule", HOME_CARE_2013) in got


def test_its_proposed_rule_takes_its_sentence_s_agency() -> None:
    text = (
        "The Department of Labor on Tuesday said its proposed rule would rescind the 2024 "
        "farmworker protection rule."
    )
    assert ("its proposed rule", FARMWORKER_RESCISSION_PROPOSED) in regs(text, "2025-09-01")


def test_the_status_told_rule_of_the_agency_named_before() -> None:
    for middle in (
        "The proposed rule published in June would rescind",
        "The proposed rule the department issued in June would rescind",
        "The department's proposed rule would rescind",
        "The agency's rule, proposed in June, would rescind",
    ):
        text = DOL + middle + " the 2024 farmworker protection rule."
        got = regs(text, "2025-09-01")
        assert (
            middle.split(" would")[0]
            .split(" published")[0]
            .split(" the department")[0]
            .split(",")[0],
            FARMWORKER_RESCISSION_PROPOSED,
        ) in got, middle
        assert ("2024 farmworker protection rule", FARMWORKER_2024) in got


def test_the_final_rule_with_its_printing_month() -> None:
    text = (
        "The Environmental Protection Agency (EPA) regulates power plants. The final rule, "
        "published in February, repeals the 2024 mercury and air toxics amendments."
    )
    assert ("The final rule", MATS_REPEAL) in regs(text, "2026-04-01")
    text = (
        "The Bureau of Land Management manages public lands. Ranchers praised the bureau's "
        "final rule rescinding the Public Lands Rule."
    )
    assert ("the bureau's final rule", PUBLIC_LANDS_RESCISSION) in regs(text, "2026-06-10")


def test_an_interim_final_rule_is_one_of_the_agency_s_interim_rules() -> None:
    text = (
        "CMS's interim final rule, issued in December, repeals the minimum staffing standards "
        "for nursing homes."
    )
    got = regs(text, "2026-01-15")
    assert ("CMS's interim final rule", STAFFING_REPEAL) in got
    assert ("minimum staffing standards", STAFFING_2024) in got


def test_no_link_without_an_agency_or_a_fitting_row() -> None:
    # two agencies named before: which one's proposal is not told
    text = (
        "The Department of Labor and the Environmental Protection Agency testified. The "
        "proposed rule published in June would rescind the 2024 farmworker protection rule."
    )
    assert ("The proposed rule", FARMWORKER_RESCISSION_PROPOSED) not in regs(text, "2025-09-01")
    # the agency's proposal that no row fits: nothing, not a search
    text = DOL + "The proposed rule published in June would expand apprenticeship grants."
    assert [a for t, a in regs(text, "2025-09-01") if t == "The proposed rule"] in ([], [None])
    # "the EPA proposed rules …" is what the agency did, not its proposed rule
    text = "The EPA proposed rules on Tuesday that would cut soot."
    assert not any(t.startswith("The EPA proposed") for t, _ in regs(text, "2025-09-01"))
    # a plain "the rule would …" stays a back-reference
    text = DOL + "The rule would rescind the 2024 farmworker protection rule."
    assert ("The rule", FARMWORKER_RESCISSION_PROPOSED) not in regs(text, "2025-09-01")


def test_a_season_dates_the_rule() -> None:
    text = (
        DOL + "The proposed rule the department issued last summer would rescind the 2024 "
        "farmworker protection rule."
    )
    assert ("The proposed rule", FARMWORKER_RESCISSION_PROPOSED) in regs(text, "2025-12-01")
    # printed in July 2025: not "last spring" of a story of June 2026 (spring 2026)
    text = (
        DOL + "The proposed rule the department issued last spring would rescind the 2024 "
        "farmworker protection rule."
    )
    got = regs(text, "2026-06-10")
    assert ("The proposed rule", FARMWORKER_RESCISSION_PROPOSED) not in got


def test_season_windows() -> None:
    from datetime import date

    from linker.scanner import ruledates

    def told(words: str, written: str) -> tuple[date, date] | None:
        m = ruledates.TIME.match(words)
        assert m is not None
        return ruledates.window(m, written)

    assert told("last spring", "2025-12-01") == (date(2025, 3, 1), date(2025, 7, 31))
    assert told("last spring", "2026-04-10") == (date(2025, 3, 1), date(2025, 7, 31))
    assert told("last winter", "2026-03-15") == (date(2025, 12, 1), date(2026, 4, 30))
    assert told("last fall", "2025-12-01") == (date(2025, 9, 1), date(2026, 1, 31))


def test_the_agency_after_it_and_which_rescinds() -> None:
    text = (
        "The proposed rule the department issued last month would rescind the 2022 public "
        "charge rule, the Department of Homeland Security said."
    )
    assert ("The proposed rule", "fr:90:52168") in regs(text, "2025-12-20")
    text = (
        "The Bureau of Land Management manages public lands. Ranchers praised the final rule, "
        "which rescinds the conservation and landscape health rule."
    )
    assert ("the final rule", PUBLIC_LANDS_RESCISSION) in regs(text, "2026-06-10")


def test_an_indefinite_undoing_rule_and_a_late_status() -> None:
    text = (
        "The Bureau of Land Management (BLM) manages public lands. Ranchers praised the "
        "agency's latest action, a rule rescinding the Public Lands Rule."
    )
    got = regs(text, "2026-06-10")
    assert ("a rule", PUBLIC_LANDS_RESCISSION) in got
    assert ("Public Lands Rule", "fr:89:40308") in got
    # "proposed in July" after what the rule is about: the proposal, not the 2013 rule
    text = (
        "The Department of Labor (DOL) oversees wage law. Home care agencies backed the "
        "department's rule on third-party employers, proposed in July."
    )
    got = regs(text, "2025-12-01")
    assert ("the department's rule", HOME_CARE_RESCISSION_PROPOSED) in got
    assert HOME_CARE_2013 not in {a for _, a in got}


def test_the_wage_and_hour_division_by_its_initials() -> None:
    text = (
        "The Wage and Hour Division (WHD) enforces wage law. WHD's proposed rule would rescind "
        "the 2013 home care rule."
    )
    assert ("WHD's proposed rule", HOME_CARE_RESCISSION_PROPOSED) in regs(text, "2025-12-01")


PUBLIC_LANDS_RESCISSION_PROPOSED = "fr:90:43990"


def test_the_proposed_rule_after_the_final_one_is_its_proposal() -> None:
    text = (
        "The Bureau of Land Management finalized the rescission of the Public Lands Rule. The "
        "proposed rule published in September drew 200,000 comments. The final rule takes "
        "effect in July."
    )
    got = regs(text, "2026-06-10")
    assert ("The proposed rule", PUBLIC_LANDS_RESCISSION_PROPOSED) in got
    assert ("The final rule", PUBLIC_LANDS_RESCISSION) in got
    # printed in September 2025: not a proposal "published in March"
    text = text.replace("in September", "in March")
    assert ("The proposed rule", PUBLIC_LANDS_RESCISSION_PROPOSED) not in regs(text, "2026-06-10")


def test_a_quoted_whole_federal_register_title_names_its_rule() -> None:
    text = (
        "The Environmental Protection Agency published “National Emission Standards for "
        "Hazardous Air Pollutants: Coal- and Oil-Fired Electric Utility Steam Generating Units: "
        "Final Repeal” on Feb. 24. The Rule reverses the 2024 amendments. The final rule takes "
        "effect in April."
    )
    got = regs(text, "2026-03-01")
    assert (got[0][1], got[0][0].endswith("Final Repeal")) == (MATS_REPEAL, True)
    assert ("The Rule", MATS_REPEAL) in got
    assert ("The final rule", MATS_REPEAL) in got
    # a title not quoted whole, or printed after the article, names nothing by this way
    assert MATS_REPEAL not in {a for _, a in regs(text, "2025-06-01")}


def test_a_proposal_told_before_keeps_the_proposed_rule() -> None:
    # the article told the 2025 proposal first: "The proposed rule" is it, not the proposal
    # of the final rule named since
    text = (
        "The Bureau of Land Management's proposed rule would rescind the Public Lands Rule. "
        "Ranchers had opposed the 2024 Public Lands Rule. The proposed rule drew comments."
    )
    got = regs(text, "2025-10-01")
    assert (
        "The Bureau of Land Management's proposed rule",
        PUBLIC_LANDS_RESCISSION_PROPOSED,
    ) in got
    assert ("The proposed rule", PUBLIC_LANDS_RESCISSION_PROPOSED) in got


def test_a_rule_with_its_making_between_commas_of_the_agency_defined_before() -> None:
    # the agency named with its initials in the sentence before, the rule's words after a
    # time between commas
    for subject in ("A rule", "The commission's rule"):
        text = (
            "The Federal Trade Commission (FTC) polices competition. "
            + subject
            + ", finalized in April, that bans noncompetes was struck down."
        )
        assert (subject, "fr:89:38342") in regs(text, "2024-09-01"), subject
    text = (
        "The Department of Homeland Security (DHS) enforces immigration law. The proposed rule "
        "published in November would rescind the 2022 public charge rule."
    )
    got = regs(text, "2025-12-20")
    assert ("The proposed rule", "fr:90:52168") in got
    assert ("2022 public charge rule", "fr:87:55472") in got
