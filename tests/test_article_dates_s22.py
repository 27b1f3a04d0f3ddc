"""Twenty-second session: the article's date is not a file photo's, and a sentence's date
gives way to the date in the article's address."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Wednesday, 08 November 2023 | A. Writer", "2023-11-08"),
        ("29 Sept 2024 10:47 AM IST", "2024-09-29"),
        ("1 August 2025 at 21:04", "2025-08-01"),
        ("Friday 20 January 2012", "2012-01-20"),
        ("2024-10-25 03:36 Last Updated At:03:40", "2024-10-25"),
        ("By Jane Roe | 06/09/2015 01:16 PM EDT", "2015-06-09"),
        ("By Jane Roe, John Doe | 08/22/2025 01:44 PM EDT", "2025-08-22"),
    ],
)
def test_a_line_a_dateline_opens_dates_the_story(head: str, iso: str) -> None:
    text = (
        f"Court rejects a bid to block the rule\n\n{head}\n\nOn May 1, 2020, the rule took effect."
    )
    assert article_date(text, "https://example.com/2019/01/01/story") == iso


@pytest.mark.parametrize(
    "line",
    [
        "April 29, 2024 - The agency released updated guidance on harassment.",
        "3/4/2024 was the day the rule took effect, the agency said.",
        "12 March 2020 marked the start of the pandemic rules.",
    ],
)
def test_no_dateline_in_a_timeline_item_or_sentence(line: str) -> None:
    text = f"Updates for employers\n\n{line}\n\nMore text follows here."
    assert article_date(text, "https://example.com/2025/06/02/story") == "2025-06-02"


def _regulations(text: str, date: str | None) -> list[tuple[str, str | None]]:
    from linker.models import Article
    from linker.pipeline import scan_article

    art = Article(source="t.txt", text=text, title=None, date=date)
    return [(m.text, m.authority) for m in scan_article(art).mentions if m.kind == "regulation"]


def test_a_rule_named_before_its_final_version_is_its_proposal() -> None:
    text = (
        "Judges weigh the power plan\n\nA federal appeals court on Tuesday heard arguments "
        "over the Clean Power Plan, which the agency expects to finish this summer.\n"
    )
    assert ("Clean Power Plan", "fr:79:34830") in _regulations(text, "2015-04-14")
    assert ("Clean Power Plan", "fr:80:64662") in _regulations(text, "2016-02-10")
