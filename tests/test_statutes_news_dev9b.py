"""Statutes, constitution and bills, second round on the open sets dev9-dev12 (issue 13,
ninth session, branch s9-dev2-statutes); every sentence is our own, in the shape news and
law-firm alerts write."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None = None) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.authority, m.anaphor) for m in mentions(text, date)]


def test_an_act_short_name_in_an_editors_brackets() -> None:
    # a quoted opinion, its act's short name completed by the alert's editor
    text = (
        'The panel wrote that "the [Exchange] Act was meant to curb manipulative trading, '
        'and a listing rule must serve the purposes of the Act."'
    )
    found = _found(text)
    assert ("[Exchange] Act", "usc:15:78a", False) in found
    assert ("the Act", "usc:15:78a", True) in found


def test_brackets_around_something_else_are_left_alone() -> None:
    # a bracketed word that is no act's short name, and a plain bracket before "Act"
    assert _found('He said "the [new] Act is a mess" at the meeting.') == []
    assert _found("See the table [Act] for details.") == []


def test_a_state_constitutions_privacy_clause_by_its_nickname() -> None:
    text = (
        "A Tallahassee judge blocked Florida's new abortion limit. He found that it breaks "
        "the privacy provision in the state's constitution."
    )
    found = _found(text)
    assert ("the privacy provision in the state's constitution", "state:fl:const:1-23", False) in (
        found
    )
    text = "Montana's high court read the privacy clause of the Montana Constitution broadly."
    assert ("the privacy clause of the Montana Constitution", "state:mt:const:2-10", False) in (
        _found(text)
    )


def test_a_clause_nickname_with_no_row_stays_the_whole_constitution() -> None:
    # Ohio has no row for a privacy clause; a clause word with no row is not guessed
    found = _found("The suit cites the privacy provision in the Ohio Constitution.")
    assert [(t, a) for t, a, _ in found] == [("the Ohio Constitution", None)]
    found = _found("Critics cite the speech clause of the Florida Constitution.")
    assert [(t, a) for t, a, _ in found] == [("the Florida Constitution", None)]
