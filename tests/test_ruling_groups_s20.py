"""Judges at large and a court's tally of rulings are no ruling of their own (twentieth
session): "blocked by lower court judges and appellate panels", "has issued orders in 11
such cases". Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2026-03-10") if m.kind == "ruling"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor has asked the justices to step in wherever his plans have been halted "
        "by lower court judges and appellate panels.",
        "Many of the agency's policies were frozen by federal district court judges across "
        "the country.",
        "District court judges have blocked dozens of the president's orders since January.",
        "Appeals court panels have sided with the states in most of the disputes.",
        "So far, the Supreme Court has issued orders in 11 such cases.",
        "The high court handed down rulings in dozens of emergency cases this term.",
        "Since March, the Ninth Circuit has issued decisions in several of these lawsuits.",
    ],
)
def test_judges_at_large_and_a_tally_of_rulings_are_no_ruling(text: str) -> None:
    assert _rulings(text) == []


@pytest.mark.parametrize(
    ("text", "court", "part"),
    [
        (
            "The state was sued, and two Sixth Circuit judges upheld the injunction last June.",
            "ca6",
            "Sixth Circuit judges upheld",
        ),
        (
            "Kentucky stopped defending the law after the 6th Circuit judges struck it down.",
            "ca6",
            "the 6th Circuit judges struck it down",
        ),
        (
            "On Monday the Supreme Court issued an order allowing the ban to take effect.",
            "scotus",
            "the Supreme Court issued",
        ),
        (
            "A federal judge in Boston blocked the rule on Friday, the first of several "
            "rulings in the dispute.",
            "mad",
            "A federal judge in Boston blocked",
        ),
    ],
)
def test_a_counted_panel_and_a_single_order_still_rule(text: str, court: str, part: str) -> None:
    found = _rulings(text)
    assert any(part in t and c == court for t, c in found), found
