"""Eighteenth session (branch s18-suitslaw): a story's date from what the page gives, suits
told only by description, state laws told by description. Sentences are made up."""

from __future__ import annotations

import pytest

from linker.load import date_in_text, from_text, labelled_date

_BODY = "A county judge ruled on the suit brought by the water district this week. " * 8


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Judge halts rule\nPublished 3:04 p.m. ET March 3, 2026\n\n", "2026-03-03"),
        ("Judge halts rule\n date 2026-01-19 Pat Writer\n\n", "2026-01-19"),
        ("By Pat Writer | Updated: 3/9/2026 | Published 3/4/2026 at 4 pm\n\n", "2026-03-04"),
        ("Posted on Tuesday, 4 March 2026\n\n", "2026-03-04"),
        ("Updated 11:02 AM EST, Mon March 2, 2026\n\n", "2026-03-02"),
        ("Last updated on Feb. 27, 2026\n\n", "2026-02-27"),
        ("Updated 5 pm, 3/4/26\n\n", "2026-03-04"),
    ],
)
def test_a_labelled_date_line_dates_the_story(head: str, iso: str) -> None:
    assert labelled_date(head + _BODY) == iso
    assert from_text(head + _BODY, "story.txt").date == iso


def test_a_labelled_date_line_below_a_long_opening() -> None:
    # (past the 400 characters the first-date reader looks at)
    head = "A very long headline about the county's suit over the water plant. " * 7
    text = head + "\nPublished 9:15 a.m. CT Jan. 12, 2026\n\n" + _BODY
    assert date_in_text(text) == "2026-01-12"


@pytest.mark.parametrize(
    "text",
    [
        "The rule, published in the Federal Register on April 23, 2025, set a fee.\n",
        "The notice was posted to the agency's site. The hearing is 3/4/2026.\n",
        "Published by the Example Institute\n\nThe 2026 law was signed in May.\n",
        "Updated 2/30/2026\n",
    ],
)
def test_no_labelled_date_in_a_sentence(text: str) -> None:
    assert labelled_date(text + _BODY) is None


def _page(head: str, body: str = "") -> str:
    return (
        f"<html><head><title>T</title>{head}</head><body><article><h1>Judge rules</h1>"
        f"{body}<p>{_BODY}</p></article></body></html>"
    )


def test_a_page_dated_by_microdata() -> None:
    page = _page('<meta itemprop="datePublished" content="2026-02-01T10:00:00Z">')
    assert from_text(page, "p.html", is_html=True).date == "2026-02-01"


def test_a_page_dated_by_the_text_of_its_time_tag() -> None:
    page = _page("", "<p>By Pat Writer <time>Published 3:04 p.m. ET March 3, 2026</time></p>")
    assert from_text(page, "p.html", is_html=True).date == "2026-03-03"


def test_a_page_without_a_date_in_its_markup_takes_its_address() -> None:
    page = _page("")
    got = from_text(page, "p.html", is_html=True, url="https://news.example/2026/03/04/suit")
    assert got.date == "2026-03-04"
