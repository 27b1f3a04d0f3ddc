"""Rows the twenty-first session's census of older sets found missing (issue 13, branch
s21-oldc): the ACA's employer mandate told by its nicknames (26 U.S.C. § 4980H) and the
Nationality Act of 1940 (54 Stat. 1137). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions


def _ids(text: str, date: str = "2025-06-01") -> list[str | None]:
    return [m.authority for m in mentions(text, date) if m.kind == "statute"]


@pytest.mark.parametrize(
    "text",
    [
        "Under the ACA, the pay-or-play rules reach firms with 50 or more workers.",
        "Firms that skip coverage owe a play-or-pay penalty under the Affordable Care Act.",
        "The Affordable Care Act's employer mandate fines large firms that offer no plan.",
        "The IRS mailed notices of employer shared responsibility payments under the ACA.",
    ],
)
def test_the_employer_mandate_by_its_nicknames(text: str) -> None:
    assert "usc:26:4980h" in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The club's pay-or-play rules kept members paying dues.",
        "The city's employer mandate on paid leave took effect in May.",
    ],
)
def test_no_health_law_no_employer_mandate(text: str) -> None:
    assert "usc:26:4980h" not in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers traced the rule to the Nationality Act of 1940, which Congress later revised.",
        "The 1940 Nationality Act first codified citizenship at birth, the brief said.",
    ],
)
def test_the_nationality_act_of_1940(text: str) -> None:
    assert _ids(text) == ["stat:54:1137"]


def test_the_1952_act_stays_its_own() -> None:
    assert _ids("The Immigration and Nationality Act of 1952 replaced older laws.") == [
        "usc:8:1101"
    ]
