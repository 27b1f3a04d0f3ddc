"""A president's order told by his title in the possessive ("the President's order", "the
Republican president's order") points back to the one order the article names, and to none
when it names two (issue 13, twenty-first session). Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def found(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, "2025-06-01")}


def test_the_president_s_order_capitalised() -> None:
    text = (
        "Trump signed Executive Order 14248 in March. The government offered little defense "
        "of the President's order at the hearing."
    )
    assert found(text)["the President's order"] == "eo:14248"


def test_the_party_and_the_title() -> None:
    text = (
        "The judge blocked part of the Republican president’s order requiring new forms. "
        "Trump had signed Executive Order 14248 weeks earlier."
    )
    got = found(text)
    assert got.get("the Republican president’s order") in ("eo:14248", None)
    text = (
        "Trump signed Executive Order 14248 in March. A judge blocked part of the Republican "
        "president’s order on Friday."
    )
    assert found(text)["the Republican president’s order"] == "eo:14248"


def test_two_orders_leave_it_unlinked() -> None:
    text = (
        "Trump signed Executive Order 14248 and Executive Order 14159 in the spring. The judge "
        "said the President's order exceeded his power."
    )
    assert "the President's order" not in found(text)
