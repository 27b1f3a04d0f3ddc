"""blind48's census, twenty-fifth session (s25-b48): executive orders described in a round-up
article: the day its sentence opens on with "the (Trump) administration issued", an old order
told by a short title and the year it dates from, and "the first order"/"the second order" for
the orders just told. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DEI_PROGRAMS = "eo:14151"  # signed 2025-01-20
MERIT = "eo:14173"  # signed 2025-01-21
EEO_1965 = "eo:11246"


def _orders(text: str, date: str = "2025-02-20") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


ROUNDUP = (
    "Groups have sued over several of the new president's orders. On January 20, 2025, the "
    "Trump administration issued an executive order telling agencies to close DEI offices and "
    "end equity-related grants. On January 21, 2025, the administration issued another "
    "executive order requiring contractors to certify that they run no illegal DEI programs. "
    "Unions say the first order is vague. They say the second order chills speech."
)


def test_the_day_a_sentence_opens_on_chooses_among_orders_of_one_topic() -> None:
    found = _orders(ROUNDUP)
    assert ("an executive order", DEI_PROGRAMS) in found
    assert ("another executive order", MERIT) in found


def test_first_and_second_order_refer_to_the_orders_just_told() -> None:
    found = _orders(ROUNDUP)
    assert ("the first order", DEI_PROGRAMS) in found
    assert ("the second order", MERIT) in found


def test_an_ordinal_with_one_order_told_is_nothing() -> None:
    text = (
        "On January 20, 2025, the Trump administration issued an executive order telling "
        "agencies to close DEI offices. Unions say the first order is vague."
    )
    assert [t for t, _ in _orders(text) if t == "the first order"] == []


def test_a_short_title_with_the_year_it_dates_from() -> None:
    text = (
        "The new order also revoked an Equal Employment Opportunity executive order in force "
        "since 1965."
    )
    assert ("Equal Employment Opportunity executive order in force since 1965", EEO_1965) in (
        _orders(text)
    )


def test_a_short_title_without_its_year_is_no_title() -> None:
    text = "Lawyers discussed an Equal Employment Opportunity executive order at the meeting."
    assert all(a != EEO_1965 for _, a in _orders(text))


def test_a_participle_set_off_by_commas_does_not_end_the_description() -> None:
    text = (
        "Unions sued in February. The White House issued an executive order directing the "
        "budget chief, helped by the attorney general, to terminate DEI programs and offices."
    )
    found = _orders(text)
    assert any(a == DEI_PROGRAMS and t.startswith("executive order directing") for t, a in found)
