"""A popular bill named, not numbered, in an article with no date (twenty-third session):
its own title's year ("… Act of 2025") places it in the Congress sitting that year when the
bill table has a row of that name there, and a name the table has one row for takes that row
when nothing in the article points to another Congress. Made-up sentences; the rows are
``bill_numbers.csv``'s (No Rogue Rulings Act: H.R. 1526, 119th; SAFE Banking Act: H.R.
1595, 116th, and H.R. 1996, 117th)."""

from __future__ import annotations

from conftest import mentions


def _bills(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "bill"]


def test_the_title_s_year_places_the_bill() -> None:
    text = "The House passed the No Rogue Rulings Act of 2025 on Wednesday."
    assert _bills(text) == [("No Rogue Rulings Act of 2025", "bill:119:hr:1526")]


def test_the_title_s_year_wins_over_the_article_s_date() -> None:
    # the 2019 bill in a story of 2021: not the bill of the 117th Congress
    text = "Lawmakers revived the SAFE Banking Act of 2019 this week."
    assert _bills(text, "2021-05-01") == [("SAFE Banking Act of 2019", "bill:116:hr:1595")]
    # without its year the date's Congress chooses
    assert _bills(text.replace(" of 2019", ""), "2021-05-01") == [
        ("SAFE Banking Act", "bill:117:hr:1996")
    ]


def test_a_title_year_with_no_row_that_congress_links_nothing() -> None:
    text = "Lawmakers revived the SAFE Banking Act of 2023 this week."
    assert _bills(text) == [("SAFE Banking Act of 2023", None)]


def test_the_one_row_of_a_name_in_an_undated_article() -> None:
    text = "The House passed the No Rogue Rulings Act on Wednesday."
    assert _bills(text) == [("No Rogue Rulings Act", "bill:119:hr:1526")]


def test_the_one_row_yields_to_the_article_s_own_cues() -> None:
    # a dated step in another Congress
    text = "In July 2023, the House passed the No Rogue Rulings Act."
    assert _bills(text) == [("No Rogue Rulings Act", None)]
    # a sitting president of other Congresses
    text = "President Biden urged the House to pass the No Rogue Rulings Act."
    assert _bills(text) == [("No Rogue Rulings Act", None)]


def test_a_name_with_several_rows_takes_none_undated() -> None:
    text = "Lawmakers revived the SAFE Banking Act this week."
    assert _bills(text) == [("SAFE Banking Act", None)]
