"""Orders described by topic (rows checked on the Federal Register printing), the signer named
after the order ("… was signed by President Biden"), and a topic phrase inside a longer one of
another order. Sentences of our own in the shapes of real pages (Newsweek/Reuters copy of Jan.
27, 2025; CBS copy of Feb. 28, 2017)."""

from __future__ import annotations

import pytest

from conftest import mentions


def orders(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "executive-action"}


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        (
            "President Trump signed an executive order Monday reinstating service members "
            "who were discharged for refusing the COVID-19 vaccine.",
            "2025-01-28",
            "eo:14184",
        ),
        (
            "Trump also signed an executive order directing the Pentagon to build an Iron "
            "Dome missile defense shield.",
            "2025-01-28",
            "eo:14186",
        ),
        (
            "Trump signed an executive order abolishing DEI offices in the military.",
            "2025-02-03",
            "eo:14185",
        ),
        (
            "Trump signed an executive order ending DEI programs across federal agencies.",
            "2025-02-03",
            "eo:14151",
        ),
        (
            "President Trump signed an executive order meant to bolster historically black "
            "colleges and universities.",
            "2017-03-01",
            "eo:13779",
        ),
        (
            "President Trump signed an executive order ordering a review of the Waters of the "
            "United States rule.",
            "2017-03-01",
            "eo:13778",
        ),
    ],
)
def test_order_described_by_topic(text: str, date: str, want: str) -> None:
    assert want in orders(text, date).values()


def test_signer_named_after_the_order_rules_out_another_presidents_row() -> None:
    text = "An executive order on historically black colleges was signed by President Biden."
    assert "eo:13779" not in orders(text, "2024-01-01").values()
    text = "An executive order on historically black colleges was signed by President Trump."
    assert "eo:13779" in orders(text, "2024-01-01").values()


def test_order_not_signed_yet_is_not_linked() -> None:
    text = "President Trump signed an executive order on the Iron Dome missile defense shield."
    assert "eo:14186" not in orders(text, "2024-06-01").values()


def test_sentence_initial_the_topic_order() -> None:
    # "The HBCU order will move …" (CBS copy, Feb. 28, 2017): "The" opening the sentence
    text = "The HBCU order will move the initiative to the White House."
    assert orders(text, "2017-03-01") == {"HBCU order": "eo:13779"}
    text = "The birthright citizenship order was blocked by a judge."
    assert "eo:14160" in orders(text, "2025-03-01").values()
