"""Rulings, twenty-first session (rul2): the courts and histories behind the sets whose
ruling F1 was under 0.75. Made-up sentences only."""

from __future__ import annotations

import pytest

from linker.courts import state_trial_court
from linker.models import Mention
from linker.scanner import rulings
from linker.scanner.doc import Doc

CTX = "2025-10-10"


def find(text: str) -> list[Mention]:
    return rulings.find(Doc.of(text, CTX))


# --- a state whose district courts are its trial courts, filed under a singular label ---


def test_colorado_district_court_is_its_trial_court() -> None:
    # courts-db files Colorado's district courts as "Colorado District Court" (coldistct)
    assert state_trial_court("CO") == "coldistct"


def test_limited_district_courts_are_not_the_trial_court() -> None:
    # Massachusetts's and Alaska's district courts are courts of limited jurisdiction
    assert state_trial_court("MA") != "massdistct"
    assert state_trial_court("AK") != "akdistct"


@pytest.mark.parametrize(
    "text",
    [
        "A Denver District Court judge on Friday blocked the county's new zoning rule.",
        "A state judge in Colorado struck down the ordinance on Monday.",
        "The ordinance was struck down on Monday by a state judge in Colorado.",
    ],
)
def test_a_colorado_state_judge_has_the_colorado_trial_court(text: str) -> None:
    assert [m.court for m in find(text)] == ["coldistct"]


# --- "pause", news's word for a stay: what is paused is the ruling below ---


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge in Miami blocked the law in April. The 11th Circuit declined to "
        "pause that decision.",
        "A federal judge in Miami blocked the law in April. Weeks later, a federal appeals "
        "court in Atlanta refused to pause that ruling, and the state went to the justices.",
        "A federal judge in Miami blocked the law in April. On Friday the 11th Circuit paused "
        "that order while the appeal goes on.",
    ],
)
def test_what_a_court_of_review_pauses_is_the_ruling_below(text: str) -> None:
    got = [(m.court, m.anaphor) for m in find(text)]
    assert got == [("flsd", False), ("ca11", False), ("flsd", True)]


def test_a_pause_with_no_ruling_below_is_one_mention() -> None:
    got = [m.court for m in find("The 11th Circuit on Friday paused that order pending appeal.")]
    assert got == ["ca11"]


# --- a state's name in an official's title places no court ---


@pytest.mark.parametrize(
    "first",
    [
        "A federal judge on Monday dismissed the charges against a former mayor and Ohio "
        "Attorney General Jane Roe.",
        "A federal judge on Monday threw out the suit brought against Ohio Secretary of State "
        "Jane Roe.",
        "A federal judge dismissed on Monday the indictment of Ohio Sen. Jane Roe, a Democrat.",
    ],
)
def test_a_state_in_an_officials_title_does_not_unplace_the_judge(first: str) -> None:
    text = (
        first + " Judge William Alsup of the U.S. District Court for the Northern District "
        "of California found that the prosecutor was not lawfully appointed."
    )
    got = [m.court for m in find(text)]
    assert got[0] == "cand"


def test_a_state_the_sentence_names_as_a_place_still_places_it() -> None:
    # the one state a ruling's sentence names beats the dateline (its only district)
    assert [m.court for m in find("DENVER (AP) — A federal judge blocked Utah's law.")] == ["utd"]
    got = find("DENVER (AP) — A federal judge blocked the Utah Attorney General's rule.")
    assert [m.court for m in got] == ["utd"]


# --- a bench's holding told without "that"; "all justices" is the whole bench ---


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court decided a zoning case on Monday. The justices all agreed the "
        "county's permit rule was unlawful.",
        "In a zoning case decided Monday, all nine justices agreed the county had exceeded "
        "its powers.",
        "The 9th Circuit agreed the ordinance is likely unconstitutional.",
    ],
)
def test_agreed_with_a_clause_after_it_is_a_holding(text: str) -> None:
    assert any("agreed" in m.text for m in find(text))


@pytest.mark.parametrize(
    "text",
    [
        "Justice Elena Kagan agreed the county's rule was unlawful.",
        "The senators agreed the county's rule was unlawful.",
        "The judge agreed the terms of the settlement on Monday.",
    ],
)
def test_agreed_is_no_holding_for_a_justice_or_a_bare_object(text: str) -> None:
    assert not any("agreed" in m.text for m in find(text))


@pytest.mark.parametrize(
    "text",
    [
        "All justices agreed to throw out the city's lawsuit against the gun maker.",
        "All of the justices agreed that the tax was lawful.",
    ],
)
def test_all_justices_is_the_supreme_court(text: str) -> None:
    assert [m.court for m in find(text)] == ["scotus"]
