"""A policy reissued under one name ("travel ban") told with the month it was signed in:
"a similar travel ban announced in January 2017" is the order signed that month, even with
"a" before it and in an undated story; "a travel ban on visitors" with no such words is any
ban, and a month none of the orders was signed in picks none (``scanner/eonamed.py``). The
sentences are our own, in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions


def ids(text: str, date: str | None) -> list[str | None]:
    return [m.authority for m in mentions(text, date) if m.kind == "executive-action"]


@pytest.mark.parametrize("date", ["2025-06-10", None])
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The new order echoes a similar travel ban announced in January 2017, days into "
            "Trump's first term, which courts later weighed in 2018.",
            "eo:13769",
        ),
        ("Lawyers compared it with a travel ban issued in March 2017 by Trump.", "eo:13780"),
        ("Trump's travel ban signed in September 2017 covered eight countries.", "proc:9645"),
    ],
)
def test_a_named_order_told_with_its_month(text: str, date: str | None, want: str) -> None:
    assert ids(text, date) == [want]


def test_no_month_or_a_month_without_an_order_picks_none() -> None:
    assert ids("Lawyers compared it with a travel ban on visitors from Iran.", "2025-06-10") == []
    said = "Lawyers compared it with a travel ban announced in July 2019 by Trump."
    assert ids(said, "2025-06-10") == []
