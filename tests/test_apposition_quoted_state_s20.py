"""A quoted name set beside a state's bill number is that bill's ("House Bill 8, the
“Parents’ Bill of Rights,” passed"), though the name alone is shared by states and not linked
(issue 13, twentieth session). Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def found(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, "2025-03-01")}


def test_comma_the_quoted_name() -> None:
    text = "The Ohio House passed House Bill 12, the “Parents’ Bill of Rights,” on Wednesday."
    got = found(text)
    assert got["House Bill 12"] == "state:oh:bill:hb12"
    assert got["Parents’ Bill of Rights"] == "state:oh:bill:hb12"


def test_known_as_and_straight_quotes() -> None:
    text = 'Ohio lawmakers sent Senate Bill 40, known as "Fair Play for Girls," to the governor.'
    assert found(text)["Fair Play for Girls"] == "state:oh:bill:sb40"


def test_a_dash_before_the_name() -> None:
    text = "In the Ohio Senate, Senate Bill 40 — “Honest Ballots for Ohio” — cleared committee."
    assert found(text)["Honest Ballots for Ohio"] == "state:oh:bill:sb40"


def test_a_lower_case_quote_is_no_name() -> None:
    text = "The Ohio House passed House Bill 12, the “fix the formula” bill, on Wednesday."
    assert "fix the formula" not in found(text)


def test_a_federal_bill_is_left_to_the_acts_table() -> None:
    text = "The House passed H.R. 12, the “Neighbors Helping Neighbors Act,” on Wednesday."
    assert "state:" not in str(found(text).get("Neighbors Helping Neighbors Act"))
