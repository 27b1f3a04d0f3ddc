"""Initials of an act the article names in full (``scanner/initials.py``)."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.scanner.initials import initials


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2024-08-01") if not m.anaphor]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Inflation Reduction Act", "IRA"),
        ("Inflation Reduction Act of 2022", "IRA"),
        ("Infrastructure Investment and Jobs Act", "IIJA"),
        ("Clean Air Act", "CAA"),
        ("Patriot Act", None),  # two letters
        ("the act", None),
    ],
)
def test_initials_of_a_name(name: str, want: str | None) -> None:
    assert initials(name) == want


def test_dotted_initials_after_the_act_named_in_full() -> None:
    # "It's been nearly two years since President Biden signed the Inflation Reduction Act
    # into law. … the I.R.A. was designed to turbocharge …"
    text = (
        "President Biden signed the Inflation Reduction Act into law. With a mix of tax "
        "incentives, the I.R.A. was designed to turbocharge clean energy."
    )
    assert ("I.R.A.", "publ:117-169") in _found(text)


def test_a_headline_prints_the_initials_before_the_name() -> None:
    text = (
        "The IRA has benefitted 3.4 million American families. Will it survive?\n\n"
        "President Joe Biden signed the Inflation Reduction Act into law on August 16, 2022."
    )
    assert _found(text)[0] == ("IRA", "publ:117-169")


@pytest.mark.parametrize(
    "text",
    [
        # never without the act named in full
        "Savers moved money into an IRA last year.",
        # a plural is something else
        "The Inflation Reduction Act passed. Savers hold IRAs and 401(k) plans.",
        # initials the article defines for something else
        "The Inflation Reduction Act passed. Individual retirement accounts (IRA) grew.",
    ],
)
def test_initials_that_are_something_else_stay_unlinked(text: str) -> None:
    assert [t for t, _ in _found(text) if t.replace(".", "") == "IRA"] == []


def test_an_agencys_initials_are_never_an_acts() -> None:
    # "the Equal Pay Act" spells EPA, the Environmental Protection Agency's initials
    text = "Congress passed the Equal Pay Act in 1963. The EPA issued a rule on soot."
    assert [t for t, _ in _found(text) if t == "EPA"] == []
