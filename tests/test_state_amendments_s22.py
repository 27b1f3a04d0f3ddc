"""A state's constitutional amendment told without its ballot label (``ballots.unlabeled``):
one dated in the phrase ("a 2012 state constitutional amendment") by its year and the topic
its sentence tells, no voters needed; one the state's voters approved, even when lawmakers are
named after it ("… leaving the details to lawmakers"); and "the constitutional amendment"
referring back to it. Made-up sentences on the rows of ``ballot_measures.csv``."""

from __future__ import annotations

import pytest

from conftest import mentions

DATE = "2024-11-20"


def _sections(text: str) -> list[tuple[str, str | None, bool]]:
    return [
        (m.text, m.authority, m.anaphor) for m in mentions(text, DATE) if m.kind == "constitution"
    ]


def test_dated_amendment_by_its_year_and_topic() -> None:
    text = (
        "Wyoming's abortion bans were challenged in court. The women argued the bans violated a "
        "2012 state constitutional amendment guaranteeing Wyoming adults the right to make "
        "their own health care decisions."
    )
    assert _sections(text) == [
        ("a 2012 state constitutional amendment", "state:wy:const:1-38", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another year: no measure of the table
        "Wyoming's abortion bans were challenged in court. The women argued the bans violated a "
        "2016 state constitutional amendment guaranteeing Wyoming adults the right to make "
        "their own health care decisions.",
        # something to come in its sentence
        "Wyoming lawmakers say a 2012 state constitutional amendment on health care decisions "
        "would be repealed next year.",
    ],
)
def test_dated_amendment_left_alone(text: str) -> None:
    assert _sections(text) == []


def test_voters_approved_and_referred_back_to() -> None:
    text = (
        "In 2018, North Carolina voters approved a constitutional amendment requiring photo ID "
        "at the polls, leaving the details to lawmakers. Critics later questioned whether the "
        "legislature could put the constitutional amendment before voters."
    )
    assert _sections(text) == [
        ("a constitutional amendment", "state:nc:const:6-2", False),
        ("the constitutional amendment", "state:nc:const:6-2", True),
    ]


def test_lawmakers_who_passed_it_leave_it_alone() -> None:
    text = (
        "North Carolina lawmakers approved a constitutional amendment requiring photo ID in 2018."
    )
    assert _sections(text) == []
