"""Fifteenth session (branch s15-rules26b): more rows for agency rules of 2025-2026 that news
covered and the table lacked, each Federal Register first page read on a printing of it or a
page quoting it (the row's source). Every sentence here is made up, in the shapes news writes."""

from __future__ import annotations

import pytest

from conftest import authorities


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
        # the Justice Department's 2025 rule removing disparate-impact liability under Title VI
        (
            "The Justice Department's new rule eliminating disparate-impact liability took "
            "effect the day it was printed.",
            "2025-12-12",
            "fr:90:57141",
        ),
        (
            "Civil rights groups sued over the Justice Department's rule rescinding the "
            "disparate-impact provisions.",
            "2026-01-10",
            "fr:90:57141",
        ),
        # CBP's 2025 biometric entry-exit rule
        (
            "DHS's new rule requires noncitizens leaving the country to be photographed.",
            "2025-12-26",
            "fr:90:48604",
        ),
        (
            "The Homeland Security Department's biometric entry-exit rule takes effect Dec. 26.",
            "2025-11-01",
            "fr:90:48604",
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
    # a biometrics rule that is no proposal is not the proposal: the entry-exit rule
    got = authorities(
        "DHS's new biometrics rule took effect in December for departing travelers.",
        "2025-12-26",
    )
    assert got == {"fr:90:48604"}
    # and the proposal's words do not make the entry-exit rule of it
    assert "fr:90:48604" not in authorities(
        "Critics attacked DHS's biometrics rule, which would require DNA samples from children.",
        "2025-11-10",
    )
    # the reporting rule itself, not the proposal to end it
    assert "fr:90:44591" not in authorities(
        "The greenhouse gas reporting rule has required large emitters to report since 2010.",
        "2025-10-20",
    )
    # the Title VI regulations the 2025 rule cut are not that rule
    assert "fr:90:57141" not in authorities(
        "The Justice Department's Title VI regulations long barred policies with a disparate "
        "impact on minority students.",
        "2025-12-12",
    )
    # a proposal is not linked in an article written before it was
    assert "fr:90:49062" not in authorities(
        "DHS's proposed biometrics rule would require DNA samples from some children.",
        "2020-09-20",
    )


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # "notice" is the rule word of the table's Federal Register notices (stage ``notice``)
        (
            "DHS's notice ending the CHNV parole programs drew a lawsuit within days.",
            "2025-04-01",
            "fr:90:13611",
        ),
        (
            "The Homeland Security Department published a notice terminating the parole "
            "programs for four countries.",
            "2025-03-26",
            "fr:90:13611",
        ),
        (
            "The DHS notice expanding expedited removal to the whole country drew lawsuits.",
            "2025-02-01",
            "fr:90:8139",
        ),
        (
            "The DHS notice expanding expedited removal drew lawsuits from immigrant groups.",
            "2019-08-01",
            "fr:84:35409",
        ),
        (
            "HHS's notice reinterpreting “federal public benefit” drew a lawsuit from states.",
            "2025-08-01",
            "fr:90:31232",
        ),
    ],
)
def test_an_agencys_notice_is_its_notice_row(text: str, date: str, want: str) -> None:
    assert authorities(text, date) == {want}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # notices of another kind, and an agency with no notice row
        ("DHS's notice to appear charged him with overstaying his visa.", "2025-05-01"),
        ("The EPA's notice of proposed rulemaking on soot drew comments.", "2025-05-01"),
        ("DHS issued a notice to the parolee telling her to leave.", "2025-05-01"),
        ("DHS sent notices ending the parole of thousands of migrants.", "2025-05-01"),
        ("The Labor Department published a notice on overtime pay.", "2025-05-01"),
        # "notice" as the first word of another noun
        (
            "DHS's notice-and-comment process for ending the CHNV parole programs was skipped.",
            "2025-05-01",
        ),
        (
            "DHS's notice requirements for parolees ending the CHNV parole programs were strict.",
            "2025-05-01",
        ),
        # a notice that undoes another is never the one it undoes
        ("DHS's notice rescinding the 2019 expedited removal expansion drew praise.", "2022-04-01"),
        # nor one the words do not tell
        ("DHS's notice said the migrants must leave within 30 days.", "2025-05-01"),
    ],
)
def test_other_notices_stay_unlinked(text: str, date: str) -> None:
    assert not {a for a in authorities(text, date) if a and a.startswith("fr:")}


def test_the_rule_words_still_find_notice_rows() -> None:
    # what linked before "notice" was a rule word still links
    got = authorities(
        "DHS's rule ending the CHNV parole programs took effect in April.", "2025-05-01"
    )
    assert got == {"fr:90:13611"}
