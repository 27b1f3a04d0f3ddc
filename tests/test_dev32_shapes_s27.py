"""Shapes the open set dev32 showed (twenty-seventh session): a proposal told by its own
alias and "the proposal" paragraphs on; the bare "Carbon Pollution Standards" by era or date;
an agency's "final rule" that a rule named before it stands in, or that its month tells.
Sentences of our own in the shapes of real pages (a law school's note on EPA's 2025 repeal
proposal, an elder-law note on the nursing home staffing ruling)."""

from __future__ import annotations

from conftest import mentions

PROPOSED_REPEAL = "fr:90:25752"
CARBON_2024 = "fr:89:39798"
CARBON_2015 = "fr:80:64510"
STAFFING = "fr:89:40876"


def regs(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def test_alias_saying_proposed_is_the_proposal_and_the_proposal_follows() -> None:
    text = (
        "The agency's proposed repeal of greenhouse gas standards rests on a new reading of "
        "the statute.\n"
        "Critics say the proposal ignores the record.\n"
        "If the agency finalizes the proposal, states will sue over the proposal.\n"
    )
    got = regs(text, "2025-07-01")
    assert ("proposed repeal of greenhouse gas standards", PROPOSED_REPEAL) in got
    assert [a for t, a in got if t == "the proposal"] == [PROPOSED_REPEAL] * 3


def test_the_proposal_far_off_stays_alone_beside_a_bill() -> None:
    text = (
        "The agency's proposed repeal of greenhouse gas standards rests on a new reading of "
        "the statute.\n"
        "Separately, H.R. 1 passed the House on Thursday.\n"
        "Critics say the proposal ignores the record.\n"
        "If the agency finalizes the proposal, states will sue over the proposal.\n"
    )
    got = regs(text, "2025-07-01")
    assert all(t != "the proposal" for t, _ in got)


def test_carbon_pollution_standards_by_era_and_by_date() -> None:
    biden = (
        "The EPA proposed to undo rules finalized by the Biden administration, among them "
        "the Carbon Pollution Standards for power plants."
    )
    assert ("Carbon Pollution Standards", CARBON_2024) in regs(biden, "2025-06-20")
    old = "Utilities must meet the Carbon Pollution Standards for new power plants."
    assert ("Carbon Pollution Standards", CARBON_2015) in regs(old, "2016-03-01")


def test_final_rule_the_named_standards_stand_in() -> None:
    text = (
        "A federal judge vacated the minimum staffing standards for nursing homes in a final "
        "rule that had been issued by the Centers for Medicare and Medicaid (CMS)."
    )
    got = regs(text, None)
    assert ("a final rule that had been issued", STAFFING) in got
    assert all(a == STAFFING for _, a in got)


def test_final_rule_without_in_is_not_the_named_one() -> None:
    # a final rule after the named standards, with no "in": nothing says it holds them
    text = (
        "A federal judge vacated the minimum staffing standards for nursing homes, and CMS "
        "issued a final rule that had been drafted on Medicaid payments."
    )
    got = dict(regs(text, None))
    assert got.get("a final rule that had been drafted on Medicaid payments") != STAFFING


def test_final_rule_of_the_month_the_named_rule_was_printed() -> None:
    text = (
        "Nursing homes challenged the minimum staffing rule in court. "
        "In May 2024, CMS released a final rule requiring an on-site registered nurse "
        "around the clock."
    )
    got = regs(text, None)
    assert [a for _, a in got] == [STAFFING, STAFFING]


def test_final_rule_of_another_month_is_not_the_named_rule() -> None:
    text = (
        "Nursing homes challenged the minimum staffing rule in court. "
        "In March 2019, CMS released a final rule requiring an on-site registered nurse "
        "around the clock."
    )
    got = regs(text, None)
    assert got[0][1] == STAFFING
    assert all(a != STAFFING for _, a in got[1:])


def statutes(text: str, date: str | None = "2025-03-10") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


def test_initials_offered_for_a_state_act_are_that_act() -> None:
    text = (
        "The Senate passed SB 21, which rewrites Ohio's Administrative Procedure Act, or the "
        "APA, to make agencies review their rules every five years."
    )
    got = statutes(text)
    assert ("APA", None) in got  # the state's act, named, not linked
    assert all(a != "usc:5:551" for _, a in got)


def test_initials_of_the_federal_act_stay_federal() -> None:
    text = (
        "The court held that the agency broke the Administrative Procedure Act (APA). "
        "The APA requires notice and comment."
    )
    got = statutes(text)
    assert [a for t, a in got if t == "APA"] == ["usc:5:551", "usc:5:551"]


def test_or_the_agency_after_a_state_act_defines_nothing() -> None:
    text = (
        "Lawmakers passed SB 21 amending Ohio's Clean Water Act, or the EPA would step in, "
        "the sponsor said."
    )
    got = statutes(text)
    assert all(t != "EPA" for t, _ in got)


def test_year_and_state_tell_the_states_one_law_of_that_year() -> None:
    text = (
        "After the high court's reversal, the reach of an 1849 Wisconsin statute became a "
        "live question. Did the statute ban abortion outright?"
    )
    got = statutes(text, "2025-07-02")
    assert ("an 1849 Wisconsin statute", "state:wi:stat:940.04") in got
    assert ("the statute", "state:wi:stat:940.04") in got


def test_year_and_state_without_a_topic_word_stay_alone() -> None:
    text = "Historians say an 1849 Wisconsin statute governed ferry tolls on the river."
    got = statutes(text, "2025-07-02")
    assert all(a != "state:wi:stat:940.04" for _, a in got)


def test_year_of_no_row_is_no_law() -> None:
    text = "An 1851 Wisconsin statute on abortion was debated in the legislature."
    got = statutes(text, "2025-07-02")
    assert all(a != "state:wi:stat:940.04" for _, a in got)


def test_todays_opinion_is_the_ruling_told_today() -> None:
    text = (
        "In 2023, a Dane County Circuit Court ruled that the old law was limited in scope.\n\n"
        "Today, the Wisconsin Supreme Court, in a 4-3 decision, ruled that the law had been "
        "repealed.\n\n"
        "Today’s opinion, with concurrences and dissents, appears below."
    )
    got = [m for m in mentions(text, None) if m.kind == "ruling" and m.text.startswith("Today")]
    assert got and got[-1].court == "wis"


def test_multicircuit_petition_number_is_a_case() -> None:
    text = (
        "The Fourth Circuit ruled on Monday in MCP No. 172, the consolidated challenges to the "
        "agency's order. Its decision in MCP No. 172 was unanimous."
    )
    got = [(m.text, m.name) for m in mentions(text, "2025-03-10") if m.kind == "case"]
    assert got == [("MCP No. 172", "In re MCP No. 172")] * 2


def test_mcp_without_a_number_is_nothing() -> None:
    text = "The MCP program offered members a discount."
    assert [m for m in mentions(text, "2025-03-10") if m.kind == "case"] == []


def test_updates_to_the_mats_rule_are_the_2024_update() -> None:
    text = (
        "The agency proposed to repeal updates to the Mercury and Air Toxics Standards that "
        "the previous administration finalized."
    )
    got = regs(text, "2025-06-20")
    assert ("updates to the Mercury and Air Toxics Standards", "fr:89:38508") in got
    plain = "Coal plants have complied with the Mercury and Air Toxics Standards since 2016."
    assert [a for _, a in regs(plain, "2025-06-20")] == ["fr:77:9304"]


def test_headline_of_a_columns_kicker_and_a_courts_majority() -> None:
    text = (
        "Morning Notes for 3.4.25: Ohio Supreme Court Majority Rules That Old Map Stands\n\n"
        "The Ohio Supreme Court ruled on Tuesday that the map stands.\n"
    )
    got = [m for m in mentions(text, "2025-03-04") if m.kind == "ruling"]
    assert got[0].text == "Ohio Supreme Court Majority Rules"


def test_headline_kicker_before_a_sentence_is_no_headline() -> None:
    text = "Morning notes for today: the Ohio Supreme Court majority rules in many cases.\n"
    got = [m for m in mentions(text, "2025-03-04") if m.kind == "ruling"]
    assert all(not m.text.startswith("Ohio Supreme Court Majority") for m in got)


def test_year_topic_ban_in_a_line_naming_one_state() -> None:
    text = (
        "Wisconsin Justices Weigh Whether Later Laws Repealed 1849 Abortion Ban\n\n"
        "The justices heard arguments on the law on Monday.\n"
    )
    got = statutes(text, "2025-07-02")
    assert ("1849 Abortion Ban", "state:wi:stat:940.04") in got


def test_year_ban_with_two_states_named_stays_alone() -> None:
    text = (
        "Wisconsin and Michigan Debate 1849 Abortion Ban Echoes\n\n"
        "The justices heard arguments on the law on Monday.\n"
    )
    got = statutes(text, "2025-07-02")
    assert all(a != "state:wi:stat:940.04" for _, a in got)
