"""census33 P1 and census32 P1, twenty-sixth session (s26-c33rules): an agency rule told by its
year, its era or its owner and a head noun, before or after the article names it
(``scanner/ruledescribed.py``). Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

ENDANGERMENT = "fr:74:66496"
SOOT = "fr:89:16202"
OVERTIME_2019 = "fr:84:51230"
OVERTIME_2024 = "fr:89:32842"
TITLE_IX_2020 = "fr:85:30026"


def _rules(text: str, date: str = "2025-04-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def test_a_finding_told_by_owner_and_year_before_its_name() -> None:
    text = (
        "The administrator wants to revisit the EPA's 2009 finding that heat-trapping gases "
        "threaten people's health. Researchers see the endangerment finding as settled."
    )
    found = _rules(text)
    assert ("the EPA's 2009 finding", ENDANGERMENT) in found
    assert ("endangerment finding", ENDANGERMENT) in found


def test_a_determination_told_by_era() -> None:
    text = (
        "The Obama-era finding is the legal basis of many climate rules. Critics of the "
        "endangerment finding have tried to undo it for years."
    )
    assert ("The Obama-era finding", ENDANGERMENT) in _rules(text)


def test_an_era_the_rule_was_not_made_in_links_nothing() -> None:
    text = (
        "The Trump-era determination is the legal basis of many climate rules. Critics of the "
        "endangerment finding have tried to undo it for years."
    )
    assert all(t != "The Trump-era determination" for t, _ in _rules(text))


def test_an_act_inside_the_phrase_gives_way_to_the_finding() -> None:
    text = (
        "The agency will reconsider the EPA's 2009 Clean Air Act determination on greenhouse "
        "gases, among other actions. The endangerment finding underpins vehicle rules."
    )
    found = _rules(text)
    assert ("the EPA's 2009 Clean Air Act determination on greenhouse gases", ENDANGERMENT) in found
    assert all(m.text != "Clean Air Act" for m in mentions(text, "2025-04-01"))


def test_a_court_finding_of_that_year_is_not_the_rule() -> None:
    text = (
        "The judge weighed the EPA's 2009 finding on emissions. Researchers see the "
        "endangerment finding as settled."
    )
    assert all("2009 finding" not in t for t, _ in _rules(text))


def test_a_finding_told_by_what_it_found() -> None:
    text = (
        "The agency is undoing dozens of rules, among them a landmark finding that long "
        "justified federal action on climate change. Researchers see the endangerment finding "
        "as settled."
    )
    found = _rules(text)
    assert (
        "a landmark finding that long justified federal action on climate change",
        ENDANGERMENT,
    ) in found


def test_a_finding_whose_clause_holds_no_topic_of_the_rule_is_nothing() -> None:
    text = (
        "The agency is undoing dozens of rules, among them a landmark finding that long "
        "justified limits on fishing. Researchers see the endangerment finding as settled."
    )
    assert all(not t.startswith("a landmark finding") for t, _ in _rules(text))


def test_a_standard_told_by_year_and_topic_before_its_name() -> None:
    text = (
        "The review covers the 2024 fine particulate standard for soot and several "
        "other actions. The agency had cut the National Ambient Air Quality Standards "
        "(NAAQS) for PM2.5 that year."
    )
    assert ("the 2024 fine particulate standard for soot", SOOT) in _rules(text)


def test_a_standard_told_by_a_year_it_was_not_made_is_nothing() -> None:
    text = (
        "The review covers the 2019 fine particulate standard for soot and several "
        "other actions. The agency had cut the National Ambient Air Quality Standards "
        "(NAAQS) for PM2.5 in 2024."
    )
    assert all("2019 fine" not in t for t, _ in _rules(text))


def test_a_predecessor_rule_told_by_year_and_agency() -> None:
    text = (
        "A judge vacated the Labor Department's 2024 overtime rule on Friday. Salary floors go "
        "back to the level set by the 2019 Labor Department rule."
    )
    found = _rules(text)
    assert ("the 2019 Labor Department rule", OVERTIME_2019) in found


def test_a_predecessor_rule_told_by_another_agency_is_nothing() -> None:
    text = (
        "A judge vacated the Labor Department's 2024 overtime rule on Friday. Salary floors go "
        "back to the level set by the 2019 EPA rule."
    )
    assert all("2019 EPA rule" not in t for t, _ in _rules(text))


def test_a_predecessor_rule_told_by_year_and_administration() -> None:
    text = (
        "The 2024 Title IX Rule drew suits at once. Some colleges apply the 2020 (Trump "
        "Administration) regulation while others apply the new one."
    )
    assert ("the 2020 (Trump Administration) regulation", TITLE_IX_2020) in _rules(text)


def test_a_year_outside_the_administration_is_nothing() -> None:
    text = (
        "The 2024 Title IX Rule drew suits at once. Some colleges follow the 2020 (Biden "
        "Administration) rule while others follow the new one."
    )
    assert all("(Biden" not in t for t, _ in _rules(text))


def test_a_slogan_of_regulation_cuts_is_no_rule() -> None:
    text = (
        "Senators approved the Border Act on Friday. In a post, Trump wrote, “This will be "
        "the Greatest Tax and Regulation Relief we have seen.”"
    )
    assert all("Regulation" not in t for t, _ in _rules(text))


CEQ_IFR = "fr:90:10610"


def test_an_interim_final_rule_told_by_the_regulations_it_repeals() -> None:
    text = (
        "The administration is making big changes, among them an interim final rule meant to "
        "repeal the Council on Environmental Quality's (CEQ) NEPA regulations in full."
    )
    assert ("an interim final rule", CEQ_IFR) in _rules(text, "2025-03-05")


def test_a_repeal_rule_before_the_repeal_was_printed_is_nothing() -> None:
    text = (
        "The administration is making big changes, among them an interim final rule meant to "
        "repeal the Council on Environmental Quality's (CEQ) NEPA regulations in full."
    )
    assert all(t != "an interim final rule" for t, _ in _rules(text, "2024-06-01"))


JOINT_EMPLOYER_NLRB_2020 = "fr:85:11184"


def test_an_earlier_test_told_by_year_and_topic_of_the_same_agency() -> None:
    text = (
        "A court struck down the Standard for Determining Joint Employer Status last week, "
        "which keeps the earlier 2020 test for joint-employer cases in force for now."
    )
    found = _rules(text, "2024-04-01")
    assert ("the earlier 2020 test for joint-employer", JOINT_EMPLOYER_NLRB_2020) in found


def test_a_test_told_by_year_alone_is_nothing() -> None:
    text = (
        "A court struck down the Standard for Determining Joint Employer Status last week, "
        "which keeps the earlier 2020 test in force for now."
    )
    assert all("2020 test" not in t for t, _ in _rules(text, "2024-04-01"))


def test_a_finding_a_repeal_undoes_is_not_the_repeal() -> None:
    text = (
        "Groups sued over the agency's move to rescind a finding that long justified federal "
        "action on climate change. The EPA's rescission of the endangerment finding took "
        "effect in February."
    )
    found = _rules(text, "2026-03-01")
    assert all(not t.startswith("a finding") for t, _ in found)


def test_a_finding_an_agency_will_issue_is_a_new_one() -> None:
    text = (
        "Officials said they would issue a scientific finding that aircraft pollution worsens "
        "climate change. Researchers see the endangerment finding as settled."
    )
    assert all(not t.startswith("a scientific finding") for t, _ in _rules(text))
