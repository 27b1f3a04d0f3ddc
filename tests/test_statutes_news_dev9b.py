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
