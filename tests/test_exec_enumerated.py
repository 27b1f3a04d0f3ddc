"""Orders told one by one after a signing ("Trump signed four new executive orders Monday.
… Another requires the development of an American Iron Dome …"): sentences of our own in the
shape of a real page (Newsweek/Reuters copy of Jan. 27, 2025)."""

from __future__ import annotations

from conftest import mentions


def orders(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


SIGNING = "President Donald Trump signed four new executive orders Monday. "


def test_each_order_of_the_signing_by_its_topic() -> None:
    text = SIGNING + (
        "As Reuters reported, one of the executive actions orders reinstatement of service "
        "members discharged for refusing the COVID-19 vaccine. Another requires an Iron Dome "
        "missile defense shield. A third bars transgender troops, while a fourth order "
        "eradicates DEI military initiatives."
    )
    got = dict((a, t) for t, a in orders(text, "2025-01-28"))
    assert set(got) == {"eo:14184", "eo:14186", "eo:14183", "eo:14185"}
    assert got["eo:14184"].startswith("one of the executive actions")
    assert got["eo:14185"].startswith("a fourth order")


def test_not_an_order() -> None:
    text = SIGNING + (
        "One lawmaker said the COVID-19 vaccine mandate was wrong. Another lawmaker praised "
        "the Iron Dome. A judge later blocked the first. Another order was blocked by a court "
        "over the Iron Dome."
    )
    assert orders(text, "2025-01-28") == []


def test_without_a_signing_before_or_long_after_it() -> None:
    assert orders("Another requires an Iron Dome missile defense shield.", "2025-01-28") == []
    text = SIGNING + "Another requires an Iron Dome missile defense shield."
    assert orders(text, "2025-09-01") == []  # not the signing the article reports
