"""Twenty-second session: the article's date is not a file photo's, and a sentence's date
gives way to the date in the article's address."""

from __future__ import annotations

from linker.load import article_date, from_text

_BODY = "\n\nThe court ruled on Wednesday that the old statute no longer applies.\n"


def test_a_file_photo_caption_does_not_date_the_story() -> None:
    text = (
        "Court strikes down old ban\n\n"
        "FILE - A lawyer speaks to reporters outside a courthouse in Springfield, Ill., "
        "March 3, 2019. (Jane Roe/Local Paper via AP, File)" + _BODY
    )
    assert article_date(text) is None
    assert from_text(text, "story.txt").date is None


def test_a_dated_sentence_after_a_file_caption_still_dates_it() -> None:
    text = (
        "FILE - Protesters gather outside the capitol, June 1, 2018. (AP Photo/A. B., File)\n\n"
        "The justices ruled on Oct. 2, 2025, that the law stands." + _BODY
    )
    assert article_date(text) == "2025-10-02"


def test_an_other_caption_still_dates_the_story() -> None:
    text = "The capitol on Jan. 6, 2025. (Photo by A. Writer/Newsroom)" + _BODY
    assert article_date(text) == "2025-01-06"


def test_a_dated_address_wins_over_a_sentence_date() -> None:
    text = "On April 2, 2021, the agency announced a final rule on overtime pay." + _BODY
    assert article_date(text, "https://example.com/2024/07/01/story") == "2024-07-01"
    assert from_text(text, "https://example.com/2024/07/01/story").date == "2024-07-01"


def test_a_month_only_address_keeps_a_sentence_date_of_that_month() -> None:
    text = "On July 18, 2024, the judge blocked the rule." + _BODY
    assert article_date(text, "https://example.com/2024/07/story") == "2024-07-18"
    assert article_date(text, "https://example.com/2024/09/story") == "2024-09-01"


def test_a_dateline_alone_on_its_line_wins_over_the_address() -> None:
    text = "WASHINGTON\nAug. 6, 2025\n\nOn May 1, 2020, the rule took effect." + _BODY
    assert article_date(text, "https://example.com/2024/07/01/story") == "2025-08-06"


def test_a_sentence_date_stands_without_an_address() -> None:
    text = "On April 2, 2021, the agency announced a final rule." + _BODY
    assert article_date(text) == "2021-04-02"
