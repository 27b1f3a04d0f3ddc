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


# ----------------------------------------------------------------- plural order mentions


def test_two_orders_after_two_numbered_orders_link_the_first() -> None:
    text = (
        "President Trump signed Executive Order 14151 and Executive Order 14173 in January, "
        "telling agencies to end their diversity programs.\n\nThree groups sued over parts of "
        "two executive orders Trump signed that month."
    )
    assert ("executive-action", "eo:14151", None) in _at(text, "two executive orders")


def test_two_orders_repeat_an_earlier_plural_of_two() -> None:
    text = (
        "A judge blocked parts of two anti-DEI executive orders issued by President Trump.\n\n"
        "The groups challenged key provisions of two executive orders Trump signed right after "
        "taking office."
    )
    first = _at(text, "two anti-DEI executive orders")
    assert first and first[0][1], first
    assert ("executive-action", first[0][1], None) in _at(text, "two executive orders", 0)


def test_two_orders_after_three_numbered_orders_stay_unlinked() -> None:
    text = (
        "President Trump signed Executive Order 14151, Executive Order 14168 and Executive "
        "Order 14173 in January.\n\nThree groups sued over parts of two executive orders "
        "Trump signed that month."
    )
    assert all(auth is None for _, auth, _ in _at(text, "two executive orders"))


def test_three_orders_after_a_plural_of_two_stay_unlinked() -> None:
    text = (
        "A judge blocked parts of two anti-DEI executive orders issued by President Trump.\n\n"
        "The groups say three executive orders Trump signed that week overlap."
    )
    assert all(auth is None for _, auth, _ in _at(text, "three executive orders"))


def test_those_three_orders_after_a_plural_of_two_stay_unlinked() -> None:
    text = (
        "A judge blocked parts of two anti-DEI executive orders issued by President Trump.\n\n"
        "Those three orders were signed within a week."
    )
    assert all(auth is None for _, auth, _ in _at(text, "Those three orders"))


def test_both_orders_after_a_plural_of_two_still_link() -> None:
    text = (
        "A judge blocked parts of two anti-DEI executive orders issued by President Trump.\n\n"
        "Both orders were signed within a week."
    )
    first = _at(text, "two anti-DEI executive orders")
    assert ("executive-action", first[0][1], None) in _at(text, "Both orders")


_FILL = (
    "Residents packed the town hall on Tuesday night to voice their concerns about rising "
    "rents, crowded schools and the price of groceries. Several speakers said they had lived "
    "in the neighborhood for decades."
)


def test_the_order_paragraphs_later_after_a_restraining_order_is_the_courts() -> None:
    middle = "\n\n".join([_FILL] * 6)
    text = (
        f"{_EO}\n\n{middle}\n\nThe order covers about two-thirds of the federal workforce."
        f"\n\n{_FILL}\n\n{_FILL}\n\nOn Tuesday, U.S. District Judge Paul Friedman issued a "
        "temporary restraining order in a lawsuit the unions brought. The order bars the "
        "agencies from ending the contracts."
    )
    assert ("executive-action", "eo:14251", None) in _at(text, "The order", 0)
    assert all(auth != "eo:14251" for _, auth, _ in _at(text, "The order", 1))
