"""Sixteenth session (branch s16-rules): rows for agency rules news still names that the table
lacked, each Federal Register first page read on a printing of it or a page quoting it (the
row's source). Every sentence here is made up, in the shapes news writes."""

from __future__ import annotations

import pytest

from conftest import authorities


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # EPA and NHTSA's 2019 SAFE I rule (the withdrawal of California's waiver)
        (
            "Automakers were split over the One National Program Rule.",
            "2019-10-10",
            "fr:84:51310",
        ),
        (
            "The Trump administration's 2019 rule, which withdrew California's waiver, drew "
            "suits from two dozen states.",
            "2020-06-01",
            "fr:84:51310",
        ),
        # the 2019 individual coverage HRA rule
        (
            "The 2019 health reimbursement arrangement rule lets employers pay for workers' "
            "individual plans.",
            "2020-01-10",
            "fr:84:28888",
        ),
        (
            "The Trump administration finalized a rule expanding health reimbursement "
            "arrangements.",
            "2019-06-21",
            "fr:84:28888",
        ),
        # HUD's 2016 Equal Access Rule for shelters
        (
            "HUD's Equal Access Rule requires shelters to serve people according to their "
            "gender identity.",
            "2017-05-01",
            "fr:81:64763",
        ),
        (
            "Advocates said HUD's rule on transgender people in homeless shelters saves lives.",
            "2019-06-01",
            "fr:81:64763",
        ),
        # the IRS's 2026 proposed car loan interest regulations
        (
            "The IRS issued proposed regulations on the car loan interest deduction.",
            "2026-01-05",
            "fr:91:67",
        ),
        # CMS's 2016 Medicaid managed care rule, a version of the 2024 one
        (
            "The Medicaid managed care rule set a medical loss ratio for plans.",
            "2018-01-01",
            "fr:81:27498",
        ),
        # CMS's 2026 rule closing the provider tax loophole
        (
            "The CMS rule on provider taxes will cost the state billions.",
            "2026-03-01",
            "fr:91:4794",
        ),
        (
            "States lean on taxes on managed care organizations, which the CMS final rule curbs.",
            "2026-02-10",
            "fr:91:4794",
        ),
        # HHS's 2025 proposal on gender dysphoria under section 504, a version of the 2024 rule
        (
            "HHS proposed a rule that would exclude gender dysphoria from disability "
            "protections under Section 504.",
            "2025-12-20",
            "fr:90:59478",
        ),
        (
            "HHS's proposed Section 504 rule drew thousands of comments.",
            "2026-02-01",
            "fr:90:59478",
        ),
        # the CFPB's 2025 proposal revising the section 1071 rule, a version of the 2023 one
        (
            "The CFPB's proposed section 1071 rule would exempt merchant cash advances.",
            "2025-11-20",
            "fr:90:50952",
        ),
        # DHS's 2026 asylum work permit proposal, a version of the 2020 rule
        (
            "DHS's proposed asylum work permit rule would make applicants wait 365 days.",
            "2026-03-01",
            "fr:91:8616",
        ),
        (
            "The Homeland Security Department proposed a rule that would pause work permits "
            "for asylum seekers.",
            "2026-02-24",
            "fr:91:8616",
        ),
        # the Education Department's 2026 student loan rule (loan limits, RAP)
        (
            "The Education Department's final rule capping graduate loans takes effect in July.",
            "2026-05-10",
            "fr:91:23768",
        ),
        (
            "Colleges must now follow the Reimagining and Improving Student Education rule.",
            "2026-07-01",
            "fr:91:23768",
        ),
    ],
)
def test_new_rows_are_linked(text: str, date: str, want: str) -> None:
    assert want in authorities(text, date)


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # an older rule of the same agency keeps its mentions
        ("The Education Department's SAVE plan rule was blocked in court.", "2026-06-01",
         "fr:88:43820"),
        ("HUD's AFFH rule requires cities to study segregation.", "2017-01-10", "fr:80:42272"),
        ("NHTSA's final rule repealing the SAFE I rule took effect in January.", "2022-02-01",
         "fr:86:74236"),
        ("The 2018 short-term plan rule let insurers sell year-long plans.", "2019-06-01",
         "fr:83:38212"),
        ("CMS's managed care rule sets wait time standards.", "2024-06-01", "fr:89:41002"),
        ("The section 1071 rule requires lenders to collect demographic data.", "2026-02-01",
         "fr:88:35150"),
        ("The asylum EAD rule was vacated in 2022.", "2023-03-01", "fr:85:38532"),
        ("The asylum work permit rule was challenged.", "2026-05-01", "fr:85:38532"),
        ("The Section 504 rule requires accessible medical equipment.", "2026-03-01",
         "fr:89:40066"),
        ("The IRS issued proposed regulations on the deduction for qualified tips.",
         "2026-01-10", "fr:90:45340"),
    ],
)  # fmt: skip
def test_older_rules_keep_their_mentions(text: str, date: str, want: str) -> None:
    assert want in authorities(text, date)


@pytest.mark.parametrize(
    ("text", "date", "unwanted"),
    [
        # a rule is not linked in an article dated before it was printed
        ("The Education Department's rule on loan limits drew criticism.", "2025-12-01",
         "fr:91:23768"),
        ("HUD's Equal Access Rule covers public housing.", "2015-06-01", "fr:81:64763"),
        ("Automakers backed the One National Program Rule.", "2019-01-15", "fr:84:51310"),
        ("CMS's provider tax rule drew comments.", "2025-06-01", "fr:91:4794"),
        ("The managed care rule took effect.", "2015-01-01", "fr:81:27498"),
        # granting a waiver is not the 2019 rule that withdrew one
        ("EPA's rule granting California's waiver for trucks was challenged.", "2024-06-01",
         "fr:84:51310"),
    ],
)  # fmt: skip
def test_not_linked(text: str, date: str, unwanted: str) -> None:
    assert unwanted not in authorities(text, date)
