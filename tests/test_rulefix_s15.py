"""Fifteenth session (branch s15-rulefix): three wrong rule links. A "proposed rule" told by
its agency and topic took the final rule of that topic; a rule told with one agency took
another agency's row ("the DOJ rule on disparate impact" → HUD's); words that several
agencies' rows share picked one of them with no agency told. Every sentence here is made up,
in the shapes news writes."""

from __future__ import annotations

import pytest

from conftest import mentions

HOME_CARE_2013 = "fr:78:60454"
HOME_CARE_PROPOSAL_2025 = "fr:90:28976"
PUBLIC_CHARGE_2022 = "fr:87:55472"
PUBLIC_CHARGE_PROPOSAL_2025 = "fr:90:52168"
HUD_DISPARATE_IMPACT_2020 = "fr:85:60288"
HUD_DISPARATE_IMPACT_PROPOSAL_2026 = "fr:91:1475"
FINALS = {HOME_CARE_2013, PUBLIC_CHARGE_2022, HUD_DISPARATE_IMPACT_2020}


def regs(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def authorities(text: str, date: str | None) -> set[str | None]:
    return {a for _, a in regs(text, date)}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Labor Department's proposed rule on home care drew many comments.", "2024-03-01"),
        ("The DHS proposed rule on public charge alarmed immigrant groups.", "2024-03-01"),
        ("DHS's proposed rule on public charge alarmed immigrant groups.", "2024-03-01"),
        ("DHS proposed a rule on public charge that alarmed immigrant groups.", "2024-03-01"),
        (
            "DHS proposed a rule that would make it harder for green card applicants who use "
            "benefits.",
            "2024-03-01",
        ),
        (
            "The Labor Department proposed a rule on home care that would change overtime.",
            "2024-03-01",
        ),
    ],
)
def test_a_proposal_never_takes_the_final_rule(text: str, date: str) -> None:
    assert not authorities(text, date) & FINALS


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        (
            "The Labor Department's proposed rule on home care drew many comments.",
            "2025-09-01",
            HOME_CARE_PROPOSAL_2025,
        ),
        (
            "The Labor Department proposed a rule on home care that would change overtime.",
            "2025-09-01",
            HOME_CARE_PROPOSAL_2025,
        ),
        (
            "The DHS proposed rule on public charge alarmed immigrant groups.",
            "2026-01-01",
            PUBLIC_CHARGE_PROPOSAL_2025,
        ),
        (
            "DHS proposed a rule on public charge that alarmed immigrant groups.",
            "2026-01-01",
            PUBLIC_CHARGE_PROPOSAL_2025,
        ),
        (
            "HUD's proposed rule on disparate impact would drop the standard.",
            "2026-03-01",
            HUD_DISPARATE_IMPACT_PROPOSAL_2026,
        ),
    ],
)
def test_a_proposal_takes_the_agencys_proposal_of_that_topic(
    text: str, date: str, want: str
) -> None:
    assert want in authorities(text, date)


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        (
            "The Labor Department's 2013 home care rule extended overtime to aides.",
            "2024-03-01",
            HOME_CARE_2013,
        ),
        (
            "The Labor Department's final rule on home care took effect that fall.",
            "2016-09-01",
            HOME_CARE_2013,
        ),
        ("The DHS final rule on public charge took effect.", "2026-01-01", PUBLIC_CHARGE_2022),
        (
            "HUD's disparate impact rule was challenged again.",
            "2024-03-01",
            HUD_DISPARATE_IMPACT_2020,
        ),
        (
            "HUD changed course. Lawyers said the disparate impact rule had long shaped housing.",
            "2024-03-01",
            HUD_DISPARATE_IMPACT_2020,
        ),
        ("The public charge rule took effect that week.", "2020-03-01", "fr:84:41292"),
        ("The home care rule extended overtime to aides.", "2020-03-01", HOME_CARE_2013),
    ],
)
def test_the_right_uses_still_link(text: str, date: str, want: str) -> None:
    assert want in authorities(text, date)


@pytest.mark.parametrize(
    "date",
    ["2024-03-01", "2026-03-01"],
)
def test_another_agencys_rule_never_takes_huds(date: str) -> None:
    for text in (
        "The DOJ rule on disparate impact was challenged in court.",
        "The Justice Department rule on disparate impact was challenged in court.",
        "The Justice Department's rule on disparate impact was challenged in court.",
    ):
        assert HUD_DISPARATE_IMPACT_2020 not in authorities(text, date), text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Lawyers said disparate impact regulations had long shaped lending.", "2024-03-01"),
        ("Lawyers said disparate impact regulations had long shaped lending.", "2026-03-01"),
        ("Lawyers said the disparate impact rule had long shaped lending.", "2026-03-01"),
        # the NLRB's and the Labor Department's rules share the name
        ("The joint employer rule was struck down by a court.", "2024-03-01"),
    ],
)
def test_words_several_agencies_rules_share_pick_none(text: str, date: str) -> None:
    found = regs(text, date)
    assert found and all(a is None for _, a in found)


def test_a_shared_name_with_its_agency_named_around_it_links() -> None:
    text = "The labor board rewrote its standard. The joint employer rule was struck down."
    assert "fr:88:73946" in authorities(text, "2024-03-01")


def test_a_proposals_own_name_never_takes_the_final_rule() -> None:
    proposal = (
        "The Labor Department's proposed Companionship Services Rule would exempt third-party "
        "employers of home care workers."
    )
    assert HOME_CARE_2013 not in authorities(proposal, "2024-03-01")
    final = proposal.replace(" proposed", "")
    assert HOME_CARE_2013 in authorities(final, "2024-03-01")
