"""Fifteenth session (branch s15-rules26): rows for agency actions of 2025 that news covered
and the table lacked, each Federal Register first page read on a printing of it (the row's
source). Every sentence here is made up, in the shapes news writes."""

from __future__ import annotations

import pytest

from conftest import authorities, regs


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # the Labor Department's 2025 proposal to return to the 1975 home care regulations,
        # told by what it would allow
        (
            "The Labor Department proposed a rule that would let third-party employers such as "
            "staffing firms claim the exemption for companions again.",
            "2025-07-20",
            "fr:90:28976",
        ),
        # DHS's notice ending the CHNV parole programs, by its agency and topic, and by title
        (
            "The Homeland Security Department's rule ending the CHNV parole programs took "
            "effect in April.",
            "2025-05-01",
            "fr:90:13611",
        ),
        (
            "Lawyers challenged the notice, Termination of Parole Processes for Cubans, "
            "Haitians, Nicaraguans, and Venezuelans, in federal court.",
            "2025-05-01",
            "fr:90:13611",
        ),
        # the Transportation Department's DBE interim final rule
        (
            "The Transportation Department issued an interim final rule that drops the "
            "presumptions of disadvantage for women- and minority-owned firms.",
            "2025-10-10",
            "fr:90:47969",
        ),
        (
            "Builders said the DOT's new rule on the Disadvantaged Business Enterprise program "
            "left state goals in limbo.",
            "2025-11-01",
            "fr:90:47969",
        ),
        # USCIS's interim final rule ending automatic extensions of work permits
        (
            "The Department of Homeland Security's new rule scraps the 540-day automatic "
            "extension for renewal filers.",
            "2025-11-05",
            "fr:90:48799",
        ),
        (
            "Employers sued over the Removal of the Automatic Extension of Employment "
            "Authorization Documents rule.",
            "2025-12-01",
            "fr:90:48799",
        ),
        # HHS's notice reading "Federal public benefit" anew
        (
            "Twenty states sued over HHS's new rule keeping undocumented immigrants out of "
            "Head Start classrooms.",
            "2025-07-25",
            "fr:90:31232",
        ),
        # EPA's interim final rule extending the 2024 methane rule's deadlines
        (
            "The EPA issued an interim final rule extending several deadlines for oil and gas "
            "producers.",
            "2025-08-05",
            "fr:90:35966",
        ),
    ],
)
def test_new_rows_are_linked(text: str, date: str, want: str) -> None:
    assert want in authorities(text, date)


def test_older_rules_of_the_same_agencies_keep_their_mentions() -> None:
    # made up: the 2013 home care rule keeps its year and its description after the proposal
    got = authorities(
        "The Labor Department's 2013 rule barred home care agencies from claiming the exemption.",
        "2025-08-01",
    )
    assert got == {"fr:78:60454"}
    got = authorities(
        "The Labor Department's rule barring third-party employers from claiming the "
        "exemption took effect in 2015.",
        "2025-08-01",
    )
    assert got == {"fr:78:60454"}
    # the 2024 methane rule stays itself beside the interim final rule that delays it
    got = authorities(
        "The EPA's 2024 methane rule requires oil and gas operators to find and fix leaks.",
        "2025-09-01",
    )
    assert got == {"fr:89:16820"}
    # the 2024 Head Start rule stays HHS's rule on Head Start staff pay
    got = authorities(
        "The Department of Health and Human Services' rule on Head Start staff wages takes "
        "effect later.",
        "2025-09-01",
    )
    assert got == {"fr:89:67720"}


def test_the_statute_is_not_the_notice() -> None:
    # made up: the act's own name, which the notice's title holds, stays the act
    assert not regs(
        "Congress passed the Personal Responsibility and Work Opportunity Reconciliation Act "
        "in 1996.",
        "2025-09-01",
    )


def test_no_row_before_its_printing() -> None:
    # made up: the 2024 rule that made the 540-day extension permanent is not the 2025 IFR
    assert "fr:90:48799" not in authorities(
        "The Department of Homeland Security's new rule makes the 540-day automatic "
        "extension permanent.",
        "2024-12-20",
    )
    assert "fr:90:47969" not in authorities(
        "The Transportation Department's rule on the DBE program raised the net worth cap.",
        "2024-05-01",
    )
