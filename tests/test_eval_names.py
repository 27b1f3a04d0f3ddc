"""The scorer's case-name agreement (SPEC §4): one party's Bluebook forms agree."""

from __future__ import annotations

import pytest

from linker.eval import names_agree


@pytest.mark.parametrize(
    ("ours", "gold"),
    [
        ("State of Texas v. United States", "Texas v. United States"),
        (
            "Arizona School Boards Association v. State of Arizona",
            "Arizona School Boards Association v. State",
        ),
        ("Texas v. U.S.A.", "Texas v. United States"),
        (
            "American Water Works Association v. U.S. Environmental Protection Agency",
            "American Water Works Association v. EPA",
        ),
        ("Smith et al. v. Jones", "Smith v. Jones"),
    ],
)
def test_forms_of_one_party_agree(ours: str, gold: str) -> None:
    assert names_agree(ours, gold)


@pytest.mark.parametrize(
    ("ours", "gold"),
    [
        ("Texas v. United States", "Ohio v. United States"),
        ("State of Texas v. EPA", "State of Ohio v. EPA"),
        ("Smith v. EPA", "Smith v. FTC"),
    ],
)
def test_other_parties_do_not(ours: str, gold: str) -> None:
    assert not names_agree(ours, gold)
