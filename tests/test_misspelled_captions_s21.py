"""A landmark case's caption news misprints by one letter in one word still finds its row
in cases.csv (issue 13, twenty-first session). Made-up sentences; the slips are invented."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.scanner.casenames import _one_slip, known_caption


def _case_ids(text: str) -> list[str | None]:
    return [m.authority for m in mentions(text, "2025-06-01") if m.kind == "case"]


@pytest.mark.parametrize(
    ("text", "cite"),
    [
        (
            "The panel leaned on New York State Rifel & Pistol Association v. Bruen.",
            "cite:597:us:1",
        ),
        (
            "In Loper Bright Enterprise v. Raimondo, the justices ended deference.",
            "cite:603:us:369",
        ),
        ("Kennedy v. Bremerton Shcool District came up at oral argument.", "cite:597:us:507"),
        ("Lawyers cited Students for Fair Admisions v. Harvard in the brief.", "cite:600:us:181"),
    ],
)
def test_a_one_letter_slip_keeps_the_cite(text: str, cite: str) -> None:
    assert cite in _case_ids(text)


@pytest.mark.parametrize(
    "caption",
    [
        "Loper Bright Enterprises v. Rainbow",  # another word, not a slip
        "Loper Bright Entrprse v. Raimondo",  # two slips
        "Kennedy v. Bremerton Schools Districts",  # two words slipped
        "Dobbs v. Jackzon",  # too short a caption to guess
    ],
)
def test_more_than_a_slip_finds_no_row(caption: str) -> None:
    assert known_caption(caption) is None


def test_one_slip() -> None:
    assert _one_slip("rife", "rifle")
    assert _one_slip("cat", "cart") is False  # the row's word must have five letters or more
    assert _one_slip("bremrton", "bremerton")
    assert _one_slip("bremretton", "bremerton") is False
    assert _one_slip("sthool", "school")
    assert _one_slip("shcool", "school")
    assert _one_slip("schools", "school")
    assert _one_slip("sheool", "school") is False
