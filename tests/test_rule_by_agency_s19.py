"""A rule told by its agency and what it does, dated by the time its sentence gives
(nineteenth session, issue 13): "a rule finalized last month by the bureau" (a time between the
verb and "by" dates it as one after "by" does), and a topic written in the plural matching its
singular ("workplace injuries" in "workplace injury data"). Sentences of our own in the shapes
news prints; the rules are rows of ``linker/data/rules.csv``."""

from __future__ import annotations

from conftest import regs

INJURY_2016 = "fr:81:29624"
INJURY_2023 = "fr:88:47254"
MSHA_SILICA_PROPOSED = "fr:88:44852"
MSHA_SILICA_FINAL = "fr:89:28218"
INJURY = "A rule finalized {} requires employers to send workplace injury data electronically."


def test_the_row_printed_in_the_month_the_sentence_tells() -> None:
    for told in ("by OSHA last month", "last month by OSHA"):
        text = INJURY.format(told)
        assert {t for _, t in regs(text, "2016-06-20")} == {INJURY_2016}, told
        assert {t for _, t in regs(text, "2023-08-20")} == {INJURY_2023}, told


def test_a_time_between_the_verb_and_by() -> None:
    text = (
        "A rule proposed last month by the Mine Safety and Health Administration aims to shield "
        "miners from silica dust."
    )
    got = regs(text, "2023-08-20")
    assert (
        "A rule proposed last month by the Mine Safety and Health Administration",
        MSHA_SILICA_PROPOSED,
    ) in got
    text = text.replace("proposed", "finalized")
    # no final rule of the agency was printed that month: none, not an older or a later one
    assert all(t != MSHA_SILICA_FINAL for _, t in regs(text, "2023-08-20"))
    assert {t for _, t in regs(text, "2024-05-20")} == {MSHA_SILICA_FINAL}


def test_the_singular_of_a_topic_in_ies() -> None:
    text = "OSHA finalized a rule in July on workplace injury records."
    assert INJURY_2023 in {t for _, t in regs(text, "2023-08-20")}


NONCOMPETE = "fr:89:38342"
OSHA_SILICA = "fr:81:16286"


def test_a_rule_the_agency_made() -> None:
    text = (
        "Under a rule the Mine Safety and Health Administration finalized last month, mine "
        "operators must cut silica dust."
    )
    got = regs(text, "2024-05-20")
    assert (
        "a rule the Mine Safety and Health Administration finalized last month",
        MSHA_SILICA_FINAL,
    ) in got
    # printed long after that month: nothing
    assert all(t != MSHA_SILICA_FINAL for _, t in regs(text, "2023-08-20"))
    text = text.replace("finalized last month", "proposed in July").replace("must", "would")
    assert MSHA_SILICA_PROPOSED in {t for _, t in regs(text, "2023-08-20")}
    text = "The rule the FTC adopted would ban noncompete clauses for most workers."
    assert ("The rule the FTC adopted", NONCOMPETE) in regs(text, "2024-06-20")


def test_a_rule_the_agency_made_needs_the_agency_and_its_verb() -> None:
    text = "The rule the court struck down would have banned noncompete clauses."
    assert all("court" not in w for w, _ in regs(text, "2024-06-20"))
    text = "A rule the FTC finalized a decade ago on noncompete clauses is not at issue."
    assert all(t != NONCOMPETE for _, t in regs(text, "2024-06-20"))


def test_the_rule_first_in_a_sentence_naming_another_agency() -> None:
    # "silica dust" is an alias of OSHA's silica rule; the sentence names the mine agency
    text = (
        "The rule, released by the Mine Safety and Health Administration on Tuesday, aims to "
        "shield miners from silica dust."
    )
    got = regs(text, "2024-04-20")
    assert ("The rule", MSHA_SILICA_FINAL) in got
    assert all(t != OSHA_SILICA for _, t in got)


CLICK_TO_CANCEL = "fr:89:90476"


def test_the_singular_of_a_topic_in_s() -> None:
    text = (
        "The Federal Trade Commission last month finalized a rule that makes it as easy to "
        "cancel a subscription as to start one."
    )
    assert CLICK_TO_CANCEL in {t for _, t in regs(text, "2024-11-20")}


SOOT_2024 = "fr:89:16202"


def test_a_rule_made_then_setting_a_named_standard_is_dated_by_its_time() -> None:
    text = "The EPA finalized a rule this week tightening soot standards."
    # in 2026 the soot standards of 2024 are no rule finalized "this week"
    assert all(t != SOOT_2024 for _, t in regs(text, "2026-05-10"))
    assert SOOT_2024 in {t for _, t in regs(text, "2024-02-10")}
    text = "The EPA in February finalized a rule that strengthens the national soot standards."
    assert SOOT_2024 in {t for _, t in regs(text, "2024-03-10")}


def test_a_rule_made_that_undoes_a_named_one_keeps_the_older_rule() -> None:
    text = "The EPA finalized a rule this week repealing the 2024 soot standards."
    assert ("2024 soot standards", SOOT_2024) in regs(text, "2026-05-10")
    # no time told: the name keeps its rule
    text = "The EPA finalized a rule tightening soot standards."
    assert SOOT_2024 in {t for _, t in regs(text, "2026-05-10")}


def test_an_agencys_standard_in_the_singular_needs_a_row_its_words_fit() -> None:
    text = "MSHA's new silica standard halves the exposure limit for miners."
    assert ("MSHA's new silica standard", MSHA_SILICA_FINAL) in regs(text, "2024-05-01")
    for text in (
        "The EPA's standard for lead in pipes dates to 1991.",
        "OSHA's standard for ladders is decades old.",
    ):
        assert all("standard" not in t for t, _ in regs(text, "2024-05-01")), text


def test_a_time_opening_the_sentence_dates_the_agencys_rule() -> None:
    text = (
        "Last month, OSHA finalized a rule requiring employers to send workplace injury data "
        "electronically."
    )
    assert INJURY_2023 in {t for _, t in regs(text, "2023-08-20")}
    # no injury rule of the agency was printed in July 2019: not the 2016 one
    assert all(t not in (INJURY_2016, INJURY_2023) for _, t in regs(text, "2019-08-20"))
