"""A ruling's CourtListener search asks for what the ruling is about, not the court's name nor
the day it came (twentieth session, lead)."""

from urllib.parse import parse_qs, urlparse

from linker.load import from_text
from linker.pipeline import scan_article


def _query(text: str) -> list[str]:
    rulings = [
        m
        for m in scan_article(from_text(text, "x.txt", date="2026-03-02")).mentions
        if m.kind == "ruling"
    ]
    assert rulings, "the ruling is found"
    q = parse_qs(urlparse(rulings[0].url or "").query).get("q", [""])[0]
    return q.split()


def test_court_named_after_the_judge_gives_no_search_words() -> None:
    words = _query(
        "Judge Jane Roe of the United States District Court for the District of Vermont, who "
        "was appointed in 2019, ordered the agency to restore the canal grants it had cut."
    )
    assert "District" not in words and "Vermont" not in words
    assert "canal" in words or "grants" in words or "restore" in words


def test_weekday_and_month_are_no_search_words() -> None:
    words = _query(
        "A federal judge in Vermont on Monday blocked the canal permit rule "
        "from taking effect in March."
    )
    assert "Monday" not in words and "March" not in words
