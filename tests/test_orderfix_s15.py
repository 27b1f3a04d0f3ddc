""" "The order" after a court's order was told, and plural order mentions (issue 13, fifteenth
session; branch s15-orderfix). Sentences made up in the shape of news articles."""

from __future__ import annotations

from conftest import mentions

_EO = (
    "President Trump signed Executive Order 14251 in March, ending collective bargaining for "
    "workers at dozens of federal agencies."
)


def _at(text: str, phrase: str, nth: int = 0) -> list[tuple[str, str | None, str | None]]:
    """(kind, id, court) of the mentions that overlap the ``nth`` place of ``phrase``."""
    a = -1
    for _ in range(nth + 1):
        a = text.index(phrase, a + 1)
    b = a + len(phrase)
    return [
        (m.kind, m.authority, m.court)
        for m in mentions(text, "2026-06-10")
        if m.start < b and a < m.end
    ]


def test_the_order_after_a_restraining_order_is_the_courts() -> None:
    text = (
        f"{_EO}\n\nOn Tuesday, U.S. District Judge Paul Friedman issued a temporary "
        "restraining order in a lawsuit the unions brought. The order bars the agencies from "
        "ending the contracts while the case goes on."
    )
    found = _at(text, "The order")
    assert found, found
    assert all(kind == "ruling" and court == "dcd" for kind, _, court in found), found


def test_the_order_after_a_judge_ordered_is_the_courts() -> None:
    text = (
        f"{_EO}\n\nOn Tuesday, U.S. District Judge Paul Friedman ordered the agencies to keep "
        "honoring the contracts. The order applies to every agency the unions named."
    )
    assert all(auth != "eo:14251" for _, auth, _ in _at(text, "The order"))


def test_the_order_after_an_injunction_stays_unlinked_without_its_court() -> None:
    text = (
        f"{_EO}\n\nA preliminary injunction was entered on Tuesday at the unions' request. "
        "The order keeps the contracts in force for now."
    )
    assert all(auth != "eo:14251" for _, auth, _ in _at(text, "The order"))


def test_the_order_trump_signed_is_still_the_presidents() -> None:
    text = (
        f"{_EO}\n\nOn Tuesday, U.S. District Judge Paul Friedman issued a temporary "
        "restraining order in a lawsuit the unions brought. The order, which Trump signed in "
        "March, covers about two-thirds of the federal workforce."
    )
    assert ("executive-action", "eo:14251", None) in _at(text, "The order")


def test_an_injunction_against_the_order_keeps_the_presidents() -> None:
    text = (
        f"{_EO}\n\nA federal judge in Washington issued an injunction in May. The agencies "
        "asked the appeals court to let them enforce the order."
    )
    assert ("executive-action", "eo:14251", None) in _at(text, "the order")


def test_the_order_with_no_court_told_is_the_presidents() -> None:
    text = f"{_EO}\n\nThe order covers about two-thirds of the federal workforce."
    assert ("executive-action", "eo:14251", None) in _at(text, "The order")
