"""A rule's Federal Register title as news retypes its punctuation: the quotes around a
defined word left out, the em dash printed spaced, as an en dash or as a hyphen (issue 13,
twenty-first session). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.scanner.namedrules import punctuation_variants

AHP = "fr:83:28912"


@pytest.mark.parametrize(
    "text",
    [
        "Officials withdrew the 2018 rule titled Definition of Employer Under Section 3(5) of "
        "ERISA – Association Health Plans this spring.",
        "Definition of Employer Under Section 3(5) of ERISA - Association Health Plans, a "
        "2018 rule, let small firms band together.",
        "Critics long opposed Definition of “Employer” Under Section 3(5) of ERISA — "
        "Association Health Plans, the department said.",
    ],
)
def test_retyped_title_names_its_rule(text: str) -> None:
    regs = [m for m in mentions(text, "2024-06-01") if m.kind == "regulation"]
    assert AHP in [m.authority for m in regs]
    assert not [m for m in mentions(text, "2024-06-01") if m.kind == "statute"]


def test_a_heavy_truck_title_with_an_en_dash() -> None:
    text = "A court weighed Greenhouse Gas Emissions Standards for Heavy-Duty Vehicles – Phase 3."
    regs = [m for m in mentions(text, "2025-06-01") if m.kind == "regulation"]
    assert [m.authority for m in regs] == ["fr:89:29440"]


def test_a_retyped_title_that_is_another_rows_title_stays_that_rows() -> None:
    # the unquoted 2023 title is the 2023 rule's own, not its conforming rule's
    text = "The Revised Definition of Waters of the United States rule took effect."
    regs = [m for m in mentions(text, "2023-06-01") if m.kind == "regulation"]
    assert [m.authority for m in regs] == ["fr:88:3004"]


def test_a_title_without_quotes_or_dashes_has_no_variants() -> None:
    assert punctuation_variants("Restoring Internet Freedom") == ()
    assert "Definition of Employer—Association Health Plans" in punctuation_variants(
        "Definition of “Employer”—Association Health Plans"
    )
