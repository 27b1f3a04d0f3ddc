"""Bills named by short title in news without a date (issue 13, point 6; thirteenth
session): the year the printed title ends in, the leaders the story calls by office, the
Congress of the article's other bills, and an act told as its bill throughout a story that
never has it signed.

Sentences in the shape of real pages (wtrf.com, foxbusiness.com, ble-t.org,
grip.globalrelay.com, ceoinsightsasia.com on the Railway Safety Act and the GENIUS Act);
short quotes only, the rest our own words.
"""

from __future__ import annotations

from conftest import mentions
from linker.scanner.billdates import president_congresses
from linker.scanner.doc import Doc


def links(text: str, date: str | None = None) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for m in mentions(text, date):
        out.setdefault(m.text, []).append(m.authority)
    return out


def test_the_year_of_the_title_picks_the_bill_of_that_year() -> None:
    text = (
        "Senators JD Vance and Sherrod Brown will introduce legislation, the Railway Safety "
        "Act of 2023, today to prevent future train disasters."
    )
    assert links(text)["Railway Safety Act of 2023"] == ["bill:118:s:576"]
    # the same in an article of 2025: the title says which bill, not the article's Congress
    assert links(text, "2025-03-01")["Railway Safety Act of 2023"] == ["bill:118:s:576"]


def test_a_title_year_no_bill_of_the_table_has_gives_nothing() -> None:
    text = "Lawmakers introduced the Railway Safety Act of 2021 to tighten hazmat rules."
    assert links(text)["Railway Safety Act of 2021"] == [None]


def test_the_senate_majority_leader_places_an_undated_story() -> None:
    text = (
        "Senate Majority Leader Chuck Schumer (D-NY) has said he will schedule a vote this "
        "year for the bipartisan Railway Safety Act. Ohio Senators Sherrod Brown and J.D. "
        "Vance are the lead sponsors."
    )
    assert links(text)["Railway Safety Act"] == ["bill:118:s:576"]


def test_no_leader_no_date_no_congress() -> None:
    text = "The Railway Safety Act was spurred by the February derailment in East Palestine."
    assert links(text)["Railway Safety Act"] == [None]


def test_leaders_and_presidents_narrow_each_other() -> None:
    congresses, said = president_congresses(
        Doc.of("House Speaker Mike Johnson and President Trump met on Tuesday.")
    )
    assert congresses == frozenset({119})
    assert "Speaker Johnson" in said
    # a former leader is no evidence
    assert president_congresses(Doc.of("Former Speaker Nancy Pelosi spoke."))[0] == frozenset()
    # two presidents in office: nothing
    assert president_congresses(Doc.of("President Biden and President Trump."))[0] == frozenset()


def test_a_companion_takes_the_congress_of_the_articles_other_bill() -> None:
    text = (
        "The US Senate has passed the GENIUS Act in a Tuesday vote of 68-30. The bill's "
        "companion, the STABLE Act, may be considered in the House of Representatives next."
    )
    got = links(text)
    assert got["GENIUS Act"] == ["bill:119:s:1582"]
    assert got["STABLE Act"] == ["bill:119:hr:2392"]


def test_a_bill_of_another_senate_bill_story() -> None:
    text = (
        "Sens. Casey, Fetterman and Brown introduced the Railway Accountability Act, which "
        "builds on the bipartisan Railway Safety Act of 2023 filed earlier this month."
    )
    got = links(text)
    assert got["Railway Safety Act of 2023"] == ["bill:118:s:576"]
    assert got["Railway Accountability Act"] == ["bill:118:s:1044"]


def test_an_act_told_as_its_bill_is_the_bill_throughout() -> None:
    text = (
        "The Senate voted to approve the GENIUS Act, which sets rules for stablecoins. "
        "“The GENIUS Act will serve to protect consumers,” a sponsor said. Once the GENIUS "
        "Act is law, payments will settle faster."
    )
    assert links(text)["GENIUS Act"] == ["bill:119:s:1582"] * 3


def test_an_act_signed_in_the_story_stays_the_law_after_it() -> None:
    text = (
        "The Senate voted to approve the GENIUS Act on a Tuesday. President Trump signed the "
        "GENIUS Act into law, and the GENIUS Act now governs stablecoins."
    )
    got = links(text)["GENIUS Act"]
    assert got[0] == "bill:119:s:1582"
    assert got[2] == "publ:119-27"


def test_a_step_with_a_year_tells_history_not_news() -> None:
    text = (
        "The Senate passed the GENIUS Act in June 2025. Today the GENIUS Act requires "
        "issuers to hold full reserves."
    )
    assert links(text)["GENIUS Act"][1] == "publ:119-27"


def test_a_bill_told_by_who_introduced_it_before_its_name() -> None:
    # spectrumnews1.com's shape (dev18): the description comes first, the name after
    text = (
        "WASHINGTON – A federal rail safety bill introduced by Ohio’s U.S. senators after the "
        "East Palestine train derailment was voted out of a key committee on Wednesday. The "
        "Railway Safety Act will be voted on by the full Senate in the coming weeks."
    )
    got = {m.text: m.authority for m in mentions(text, "2023-05-10")}
    described = next(t for t in got if t.startswith("A federal rail safety bill"))
    assert described.endswith("train derailment")  # the noun phrase, not the main clause
    assert got[described] == "bill:118:s:576"
    assert got["Railway Safety Act"] == "bill:118:s:576"


def test_a_story_that_calls_the_act_a_law_keeps_the_law() -> None:
    text = (
        "The Senate voted to approve the GENIUS Act last summer. Banks now say the new law "
        "is reshaping payments, and the GENIUS Act requires full reserves."
    )
    assert links(text)["GENIUS Act"][1] == "publ:119-27"


def test_the_save_america_act_is_not_the_save_act() -> None:
    text = "Dubbed the SAVE America Act, the bill passed the House on Wednesday, 218-213."
    got = links(text, "2026-02-12")
    assert got["SAVE America Act"] == ["bill:119:hr:7296"]
    assert links("The House passed the SAVE Act.", "2025-05-01")["SAVE Act"] == ["bill:119:hr:22"]
