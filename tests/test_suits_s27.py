"""Twenty-seventh session (census36 P1, P11): bare "the order" after both a president's order
and a court's ruling, decided by what the order is said to do; a suit with no table row told
as "X filed a lawsuit … asked the Y Court …" and what refers back to it. Sentences of our own
in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-04-28"

# a judge's injunction told between the president's order and "the order"
_UNIONS = (
    "A federal judge on Friday blocked an executive order from President Donald Trump that "
    "aimed to end collective bargaining for most federal workers. U.S. District Judge Paul "
    "Friedman issued a preliminary injunction in a lawsuit filed by the National Treasury "
    "Employees Union. "
)


def _orders(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (m.text, m.kind, m.authority, m.court)
        for m in mentions(text, DATE)
        if m.text.lower() == "the order"
    ]


def test_the_order_that_would_violate_rights_is_the_presidents() -> None:
    text = _UNIONS + "The union said the order would not only violate workers' rights."
    assert _orders(text) == [("the order", "executive-action", "eo:14251", None)]


def test_the_order_to_be_implemented_is_the_presidents() -> None:
    text = _UNIONS + "Should the order be implemented, the union would lose most of its dues."
    assert _orders(text) == [("the order", "executive-action", "eo:14251", None)]


def test_the_order_that_exempts_agencies_is_the_presidents() -> None:
    text = _UNIONS + "The judge noted that the order exempts a dozen agencies from bargaining."
    assert _orders(text) == [("the order", "executive-action", "eo:14251", None)]


def test_the_order_that_remains_in_effect_pending_the_suit_is_the_courts() -> None:
    text = _UNIONS + "The order will remain in effect while the case proceeds."
    assert _orders(text) == [("The order", "ruling", None, "dcd")]
