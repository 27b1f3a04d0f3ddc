"""Twenty-third session, readable sets still low (made-up sentences of the shapes those sets
showed)."""

from __future__ import annotations

from conftest import mentions

# An undated article: the rule an agency's undoing rule repealed, told by a description whose
# first ninety characters three undoing rows fit alike and the rest of its clause tells apart.
_UNDOING = (
    "Several states have asked a federal appeals court to review the Environmental Protection "
    "Agency's final rule that repealed the legal foundation for federal limits on greenhouse "
    "gas emissions and eliminated vehicle emissions standards. More suits are expected."
)


def test_an_undoing_rule_is_told_by_the_rest_of_its_clause() -> None:
    found = [m for m in mentions(_UNDOING) if m.kind == "regulation"]
    rule = next(m for m in found if m.text.endswith("final rule"))
    assert rule.authority == "fr:91:7686"


def test_without_the_telling_words_the_tie_stays_unlinked_to_the_newer_rule() -> None:
    text = _UNDOING.replace(" and eliminated vehicle emissions standards", "")
    found = [m for m in mentions(text) if m.kind == "regulation"]
    assert not any(m.authority == "fr:91:7686" for m in found)


# A known suit that challenges one rule, and an agency rule its words do not tell.
_SUIT = (
    "The American Lung Association and the Sierra Club sued the Environmental Protection "
    "Agency in the U.S. Court of Appeals for the District of Columbia Circuit on Wednesday. "
)
_RULE = "A rule finalized by the EPA last week revokes a 2009 agency statement about pollution. "


def test_an_agency_rule_unknown_by_its_words_is_the_one_the_known_suit_challenges() -> None:
    found = mentions(_SUIT + _RULE, "2026-02-20")
    rule = next(m for m in found if m.text.startswith("A rule finalized by the EPA"))
    assert rule.authority == "fr:91:7686"


def test_without_the_suit_the_agency_rule_stays_unlinked() -> None:
    found = mentions("Several groups criticised the plan. " + _RULE, "2026-02-20")
    assert not any(m.authority == "fr:91:7686" for m in found)


def test_a_rule_of_another_agency_is_not_the_suit_s_rule() -> None:
    text = _SUIT + _RULE.replace("the EPA", "the Labor Department")
    assert not any(m.authority == "fr:91:7686" for m in mentions(text, "2026-02-20"))


def test_scotus_is_the_supreme_court_as_a_ruling_s_subject() -> None:
    text = "SCOTUS ruled 7-2 on Monday to narrow the reach of federal wiretap warrants."
    found = [m for m in mentions(text, "2025-03-04") if m.kind == "ruling"]
    assert [(m.text.split()[0], m.court) for m in found] == [("SCOTUS", "scotus")]


def test_the_scotusblog_site_is_no_court() -> None:
    text = "SCOTUSblog ruled out a decision before June, its editor wrote."
    assert not [m for m in mentions(text, "2025-03-04") if m.kind == "ruling"]


def test_what_a_court_named_in_full_emphasized_that_is_its_ruling() -> None:
    text = (
        "Smith v. Jones concerned a town's ban on yard signs. The Sixth Circuit emphasized "
        "that the ban reaches far more speech than it needs to."
    )
    found = [m for m in mentions(text, "2024-12-01") if m.kind == "ruling"]
    assert [(m.text, m.court) for m in found] == [("The Sixth Circuit emphasized that", "ca6")]


def test_what_a_court_emphasized_with_no_that_is_no_ruling() -> None:
    text = "The Sixth Circuit emphasized the stakes of the dispute at a hearing on Monday."
    assert not [m for m in mentions(text, "2024-12-01") if m.kind == "ruling"]


def test_a_court_that_has_overridden_an_order_rules() -> None:
    text = "A federal appeals court in San Francisco has overridden a lower court's stay on Friday."
    found = [m for m in mentions(text, "2024-01-08") if m.kind == "ruling"]
    want = "A federal appeals court in San Francisco has overridden"
    assert [m.text for m in found][:1] == [want]


def test_lawmakers_who_override_a_veto_give_no_ruling() -> None:
    text = "Lawmakers overrode the governor's veto of the budget bill on Monday."
    assert not [m for m in mentions(text, "2024-01-08") if m.kind == "ruling"]


def test_a_proposed_heat_rule_told_by_heat_related_injuries() -> None:
    text = (
        "In July 2024, OSHA published a proposed rule meant to protect employees from "
        "heat-related injuries and illnesses on the job."
    )
    found = [m for m in mentions(text, "2024-09-01") if m.kind == "regulation"]
    assert [m.authority for m in found] == ["fr:89:70698"]


_VERDICT = "A federal jury in Milwaukee convicted the county treasurer on a felony theft charge. "


def test_the_verdict_a_party_seeks_to_have_set_aside_refers_back() -> None:
    text = _VERDICT + "Her lawyers want to have the felony verdict set aside before sentencing."
    found = [m for m in mentions(text, "2025-12-20") if m.kind == "ruling"]
    assert any(m.text == "the felony verdict" and m.anaphor for m in found)


def test_the_verdict_a_judge_is_asked_to_set_aside_refers_back() -> None:
    text = _VERDICT + "They will ask Judge Roe to set aside the felony verdict."
    found = [m for m in mentions(text, "2025-12-20") if m.kind == "ruling"]
    assert any(m.text == "the felony verdict" and m.anaphor for m in found)


def test_a_court_that_halted_the_verdict_still_reads_it_as_its_object() -> None:
    text = _VERDICT + "An appeals court halted the felony verdict on Monday."
    found = [m for m in mentions(text, "2025-12-20") if m.kind == "ruling"]
    assert not any(m.text == "the felony verdict" for m in found)


def test_the_thing_an_undoing_undoes_is_the_rule_it_repeals() -> None:
    text = (
        "Several cities sued the EPA on Monday over the reversal of a key scientific "
        "determination behind federal climate policy. A rule finalized by the EPA this month "
        "rescinded the 2009 endangerment finding."
    )
    regs = [(m.text, m.authority) for m in mentions(text, "2026-02-25") if m.kind == "regulation"]
    assert ("the reversal", "fr:91:7686") in regs
    assert ("a key scientific determination", "fr:74:66496") in regs


def test_an_undoing_of_a_kind_the_repealed_rule_is_not_stays_whole() -> None:
    text = (
        "Several cities sued the EPA on Monday over the reversal of a key vehicle standard. "
        "A rule finalized by the EPA this month rescinded the 2009 endangerment finding."
    )
    regs = [(m.text, m.authority) for m in mentions(text, "2026-02-25") if m.kind == "regulation"]
    assert not any(a == "fr:74:66496" and "standard" in t for t, a in regs)
