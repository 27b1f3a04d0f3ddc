"""A president's plural of orders with no count, told by what it aims at, that one order alone
fits is that order (``eoplural``: "Trump's executive orders aimed at ending birthright
citizenship"). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions


def _orders(text: str, date: str = "2025-02-07") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


@pytest.mark.parametrize(
    "text",
    [
        "Federal judges paused Trump's executive orders aimed at ending birthright citizenship.",
        "Critics say Trump's new executive orders targeting birthright citizenship defy the "
        "14th Amendment.",
        "Trump's executive orders intended to end birthright citizenship were challenged at once.",
    ],
)
def test_the_one_order_the_aim_fits(text: str) -> None:
    assert [a for _, a in _orders(text)] == ["eo:14160"]


@pytest.mark.parametrize(
    "text",
    [
        # no president's possessive: whose orders is unsaid
        "The executive orders aimed at ending birthright citizenship drew suits.",
        # another president's: no order of his fits
        "Biden's executive orders aimed at ending birthright citizenship drew suits.",
        # before the order was signed
        "Trump's executive orders aimed at ending birthright citizenship are expected soon.",
    ],
)
def test_no_fit_no_link(text: str) -> None:
    date = "2025-01-10" if "expected" in text else "2025-02-07"
    assert _orders(text, date) == []
