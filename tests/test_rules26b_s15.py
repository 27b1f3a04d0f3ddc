"""Fifteenth session (branch s15-rules26b): more rows for agency rules of 2025-2026 that news
covered and the table lacked, each Federal Register first page read on a printing of it or a
page quoting it (the row's source). Every sentence here is made up, in the shapes news writes."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str, date: str | None) -> set[tuple[str, str | None]]:
    return {(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"}


def authorities(text: str, date: str | None) -> set[str | None]:
    return {a for _, a in regs(text, date)}


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # EPA's 2025 proposal ending most of the Greenhouse Gas Reporting Program
        (
            "The EPA proposed a rule that would scrap the Greenhouse Gas Reporting Program for "
            "most industries.",
            "2025-09-20",
            "fr:90:44591",
        ),
        (
            "Utilities welcomed the agency's proposed greenhouse gas reporting rule.",
            "2025-10-20",
            "fr:90:44591",
        ),
        # DHS's 2025 biometrics proposal
        (
            "DHS's proposed biometrics rule would require DNA samples from some children.",
            "2025-11-10",
            "fr:90:49062",
        ),
        (
            "The Department of Homeland Security proposed a rule that would expand DNA testing "
            "of immigrants who apply for benefits.",
            "2025-11-05",
            "fr:90:49062",
        ),
        # HUD's 2026 mixed-status families proposal, a proposed version of the 2019 one
        (
            "Tenant groups fought HUD's proposed mixed-status families rule at hearings.",
            "2026-03-15",
            "fr:91:8151",
        ),
        (
            "HUD proposed a rule that would require citizenship verification for every tenant "
            "regardless of age.",
            "2026-02-25",
            "fr:91:8151",
        ),
    ],
)
def test_new_rows_are_linked(text: str, date: str, want: str) -> None:
    assert want in authorities(text, date)


def test_older_versions_and_finals_keep_their_mentions() -> None:
    # the 2019 mixed-status proposal stays itself in an article of its own years
    got = authorities(
        "Tenant groups fought HUD's proposed mixed-status families rule at hearings.",
        "2019-07-01",
    )
    assert got == {"fr:84:20589"}
    # a year names the 2019 version in a 2026 article
    got = authorities(
        "The 2019 proposed mixed-status families rule was never finalized.", "2026-03-15"
    )
    assert got == {"fr:84:20589"}
    # a biometrics rule that is no proposal is not the proposal
    assert "fr:90:49062" not in authorities(
        "DHS's new biometrics rule took effect in December for departing travelers.",
        "2025-12-26",
    )
    # the reporting rule itself, not the proposal to end it
    assert "fr:90:44591" not in authorities(
        "The greenhouse gas reporting rule has required large emitters to report since 2010.",
        "2025-10-20",
    )
    # a proposal is not linked in an article written before it was
    assert "fr:90:49062" not in authorities(
        "DHS's proposed biometrics rule would require DNA samples from some children.",
        "2020-09-20",
    )
