"""A president's signature law, told instead of its title."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind in ("bill", "statute")]


def test_the_presidents_signature_bill_before_it_is_signed_is_its_bill() -> None:
    text = (
        "Senate Republicans passed the president's signature tax-and-spending bill on "
        "Tuesday. The bill now heads to the House."
    )
    assert _found(text, "2025-07-01") == [
        ("the president's signature tax-and-spending bill", "bill:119:hr:1"),
        ("The bill", "bill:119:hr:1"),
    ]


def test_after_signing_it_is_the_law() -> None:
    text = "Hospitals say Trump's signature domestic policy law will cut Medicaid."
    assert _found(text, "2025-09-01") == [("Trump's signature domestic policy law", "publ:119-21")]


def test_a_named_presidents_law_outlives_his_term_and_a_year_picks_the_term() -> None:
    assert _found("The court upheld Obama's signature health care law.", "2025-07-01") == [
        ("Obama's signature health care law", "publ:111-148")
    ]
    assert _found("Trump's signature tax law cut rates in 2017.", "2025-07-01") == [
        ("Trump's signature tax law", "publ:115-97")
    ]


def test_no_row_no_link() -> None:
    # the table knows no such law of his, or the article gives no date for "the president"
    assert _found("Biden's signature climate bill passed.", "2022-08-10") == []
    assert _found("Trump's signature border wall plan stalled.", "2025-07-01") == []
    assert _found("The president's signature bill passed the House.", None) == []


def test_the_signature_law_of_a_presidents_term_told_the_other_way_round() -> None:
    # "the signature <noun> of <president>['s second term]", in several word orders
    assert _found(
        "Lawmakers on Friday approved the signature piece of legislation of President "
        "Trump's second term after a long night.",
        "2025-07-04",
    ) == [
        (
            "the signature piece of legislation of President Trump's second term",
            "publ:119-21",
        )
    ]
    assert _found(
        "Senators debated the signature tax bill of Trump's first term for weeks.", "2025-07-01"
    ) == [("the signature tax bill of Trump's first term", "publ:115-97")]
    assert _found(
        "The signature bill of the president cleared the Senate on Tuesday.", "2025-07-01"
    ) == [("The signature bill of the president", "bill:119:hr:1")]


def test_a_term_the_table_cannot_tell_links_nothing() -> None:
    # Obama's one row spans both his terms; a second term not begun by the article's date
    assert _found("The signature law of Obama's second term was an education act.", None) == []
    assert (
        _found(
            "Critics attacked the signature bill of Trump's second term in advance.", "2020-05-01"
        )
        == []
    )
    assert (
        _found("The signature climate law of Trump's second term is unknown.", "2025-07-01") == []
    )
