"""Twenty-fifth session: the dates news sites write into their article paths in other shapes
than "/2021/11/15/" — the month by name ("/2023/mar/14/"), unpadded ("/2023/3/14/"), month and
day in one folder ("/2023/0314/"), the day as the path's last folder ("/2023/03/14.html") —
so that a story with no dateline still gives its bill numbers a Congress."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.load import article_date, date_from_url, from_text


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://www.example.com/news/2023/mar/14/weekly-votes/", "2023-03-14"),
        ("https://example.org/us-news/2019/sep/03/story-slug", "2019-09-03"),
        ("https://archive.example.net/2025/Jun/25/NEWS/story_a.shtml", "2025-06-25"),
        ("https://example.com/stories/2004/june/26/a-story", "2004-06-26"),
        ("https://example.com/article/2025/9/4/some-story", "2025-09-04"),
        ("https://example.com/2023/3/14/23638011/some-story", "2023-03-14"),
        ("https://example.com/USA/Politics/2023/0314/some-story", "2023-03-14"),
        ("https://example.com/news/2021/11/15.html", "2021-11-15"),
        # the year and the month only: the first of the month
        ("https://example.com/insights/2024/6/some-story", "2024-06-01"),
        ("https://example.com/policy/some-story/2023/11", "2023-11-01"),
        # the shapes read before stay read
        ("https://example.com/2021/11/15/story", "2021-11-15"),
        ("https://example.com/story-2013-mar-07-more-words", "2013-03-07"),
        ("https://example.com/story-mar-07-2013", "2013-03-07"),
    ],
)
def test_a_date_in_the_path_is_read(url: str, iso: str) -> None:
    assert date_from_url(url) == iso


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/2023/13/4/story",  # no thirteenth month
        "https://example.com/news/2023/1234/story",  # a story number, no month and day
        "https://example.com/story-2013-may",
        "https://example.com/2023/mar-madness/story",  # a word that opens on a month's name
        # a title's year before a date with no year of its own
        "https://example.com/news/more-filings-than-all-2025-jan-21.amp",
    ],
)
def test_no_date_is_made_up(url: str) -> None:
    assert date_from_url(url) is None


def test_a_month_only_path_by_name_keeps_a_sentence_date_of_that_month() -> None:
    text = "On May 9, 2023, the board adopted the plan.\n\nThe vote was close.\n"
    assert article_date(text, "https://example.com/2023/may/story") == "2023-05-09"
    assert article_date(text, "https://example.com/2023/may/12/story") == "2023-05-12"


_ROLL_CALL = (
    "source: https://www.example.com/news/2024/dec/28/weekly-roll-call/\n\n"
    "Here is how the members voted this week.\n\n"
    "The House also passed the Rural Clinics Access Act (H.R. 9999), to expand grants.\n"
)


def test_a_story_dated_only_by_its_path_gives_bills_their_congress() -> None:
    art = from_text(_ROLL_CALL, "roll-call.txt")
    assert art.date == "2024-12-28"
    bills = [m.authority for m in mentions(_ROLL_CALL, art.date) if m.kind == "bill"]
    assert "bill:118:hr:9999" in bills
