"""A list of two laws whose items carry a short parenthetical ("Executive Order 14151 (aimed at
agencies) and Executive Order 14173 (aimed at companies)") is a list "Both orders" refers back
to (``anaphora.LIST_GAP``); a plural phrase after that one, in the next paragraph, refers back
to the same list (``anaphora._plural_before``). Made-up sentences."""

from __future__ import annotations

from conftest import mentions

_LIST = (
    "Executive Order 14151 (aimed at federal agencies) and Executive Order 14173 (aimed at "
    "private companies): Diversity programs\n\n"
)


def _orders(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text) if m.kind == "executive-action"]


def test_both_orders_after_a_list_with_parentheticals() -> None:
    found = _orders(_LIST + "Both orders seek to end diversity programs.\n")
    assert ("Both orders", "eo:14151") in found


def test_the_orders_in_the_next_paragraph_follow_both_orders() -> None:
    found = _orders(
        _LIST + "Both orders seek to end diversity programs.\n\n"
        "A lawsuit says the orders are unconstitutional.\n"
    )
    assert ("the orders", "eo:14151") in found


def test_without_a_list_before_no_plural_chain() -> None:
    found = _orders(
        "Executive Order 14151 ends diversity programs in agencies.\n\n"
        "Critics fear more.\n\nA lawsuit says the orders are unconstitutional.\n"
    )
    assert [t for t, _ in found] == ["Executive Order 14151"]
