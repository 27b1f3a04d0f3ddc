"""Twenty-third session: more date lines a page prints above its story are read as its date
(numeric day-month-year and month-day-year with dashes, slashes or dots when only one reading
is possible, ordinal days, "Posted on"/"Last updated" labels, a date after a byline), so the
first date of the story's body (a ruling's, a law's) is no longer taken for the story's own.
Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from linker.load import article_date, from_text, load_article

# a body whose first date is an older event's: read only when no date line is
_BODY = "\n\nThe court ruled on March 3, 2019, that the old statute no longer applies.\n"


_APRIL = "2025-04-24"
_JUNE = "2025-06-05"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("24-04-2025", _APRIL),
        ("24.04.2025", _APRIL),
        ("04-24-2025", _APRIL),
        ("24/04/2025", _APRIL),
        ("2025/04/24", _APRIL),
        ("Jun 5th, 2025", _JUNE),
        ("June 5th 2025", _JUNE),
        ("5th June 2025", _JUNE),
        ("Thursday, June 5th, 2025", _JUNE),
        ("5th of June, 2025", _JUNE),
        ("Last updated: 5th June 2025", _JUNE),
        ("Last updated 24-04-2025 10:30", _APRIL),
        ("By Jane Roe - Jun 5th, 2025", _JUNE),
        ("By Jane Roe | 24.04.2025", _APRIL),
        ("Published: 2025/04/24", _APRIL),
    ],
)
def test_a_date_line_is_the_story_s_date(line: str, want: str) -> None:
    text = "Local News\n" + line + "\n" + _BODY
    assert article_date(text) == want
    assert from_text(text, "story.txt").date == want


def test_a_numeric_date_that_reads_either_way_is_not_a_date_line() -> None:
    # 03-04-2025 may be March 4 or April 3: the loader falls back as before (the body's date)
    assert article_date("Local News\n03-04-2025\n" + _BODY) == "2019-03-03"
    # the same day both ways is no doubt
    assert article_date("Local News\n04-04-2025\n" + _BODY) == "2025-04-04"


def test_no_such_day_is_no_date() -> None:
    assert article_date("Local News\n31-02-2025\n" + _BODY) == "2019-03-03"


def test_a_numeric_date_in_a_sentence_is_not_a_date_line() -> None:
    text = "Local News\n\nThe filing of 24-04-2025 was late, the clerk said.\n" + _BODY
    assert article_date(text) == "2019-03-03"


def test_a_source_line_on_top_does_not_move_the_date(tmp_path: Path) -> None:
    # the CLI reads the corpus file with its "source:" line; the eval reads the text after
    # it: both get the same date, though the URL pushes a date past the first 400 characters

    url = "https://example.com/news/" + "a-very-long-slug-" * 20
    body = "Judge blocks the order\n\nA caption of the page, taken on May 5, 2025.\nThe rest.\n"
    path = tmp_path / "story.txt"
    path.write_text(f"source: {url}\n\n{body}", encoding="utf-8")
    assert article_date(body, url) == "2025-05-05"
    assert load_article(str(path)).date == "2025-05-05"
