"""Thirteenth session's speed round: each cheaper form gives exactly what the plain one gave."""

from __future__ import annotations

import re

import pytest

from conftest import OPEN_CORPORA
from linker import load
from linker.bench import news_texts
from linker.textnorm import normalise

_DATES = [
    "WASHINGTON\nAug. 6, 2025\n\nA federal judge ruled …",
    "Tuesday, April 16, 2024, 12:59 PM\nThe court said",
    "Posted  \n  March 3,   2021  \nbody",
    "The bill passed on June 12, 2019, and the law took effect on Jan. 1, 2020.",
    "Filed Sept. 30, 2024-2025 term; then October 1, 2024 at noon",
    "no date here, 2024 but a year after a comma",
    "\n\nmonday, MAY 5, 2025\n",
    "source: https://example.com/2023/04/05/story\n\nText, 1999 things",
    "Dec 25, 1999",
    "A line\nJuly 4, 1776 and more\nFriday, July 4, 1776",
]


def _date_plain(text: str) -> str | None:
    """``date_in_text`` as it was: both patterns searched over the whole opening."""
    m = load._DATE_LINE.search(text[:600]) or load._DATE_ANY.search(text[:400])
    if not m:
        src = re.match(r"\s*source:\s*(\S+)", text)
        return load.date_from_url(src.group(1)) if src else None
    month = load._MONTH_NUM[m.group(1).lower()]
    return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    raw = [p.read_text(encoding="utf-8") for d in OPEN_CORPORA for p in sorted(d.glob("*.txt"))]
    return [*news_texts(OPEN_CORPORA), *raw, *_DATES] if OPEN_CORPORA else list(_DATES)


def test_date_in_text_is_the_plain_search(texts: list[str]) -> None:
    for text in texts:
        for cut in (0, 1, 30):  # (the opening cut, so that other lines come first)
            t = text[cut:]
            assert load.date_in_text(t) == _date_plain(t), t[:80]


def test_own_dates_are_found() -> None:
    assert load.date_in_text(_DATES[0]) == "2025-08-06"
    assert load.date_in_text(_DATES[2]) == "2021-03-03"
    assert load.date_in_text(_DATES[3]) == "2019-06-12"
    assert load.date_in_text(_DATES[5]) is None


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t", "\u200b", " \u200b\u00ad \n", "\u200bA", "  \ufeffx", "a", " \r\n b", "\u2028"],
)
def test_visible_is_the_normalised_test(text: str) -> None:
    assert load._visible(text) == bool(normalise(text).text.strip())


def _first_plain(text: str) -> str | None:
    lines = (ln.strip() for ln in text.splitlines())
    return next((ln for ln in lines if ln and not ln.lower().startswith("source:")), None)


def test_first_line_is_the_plain_one(texts: list[str]) -> None:
    own = [
        "",
        "\n\n",
        "source: x\n\nTitle\nbody",
        "\r\n" * 1500 + "Late title\r\nmore",
        " " * 1999 + "\r\nTitle after a cut pair",
        "SOURCE: a\u2028b\x85c",
        "a" * 5000,
        "\n" * 1999 + "x" * 10 + "\nnext",
        "source: only",
    ]
    for text in [*texts, *own]:
        assert load._first_line(text) == _first_plain(text), text[:80]


@pytest.mark.parametrize("date", [None, "2016-05-01", "2021-01-20", "2025-06-30"])
def test_proposals_by_group_are_the_table_scan(date: str | None) -> None:
    from linker.scanner import agencyrules, rulecontext
    from linker.scanner.namedrules import _after_article
    from linker.scanner.orderdata import rules

    by_group = rulecontext._proposed_by_group()
    for g in {agencyrules.group_of(r.name) for r in rules()}:
        plain = [
            r
            for r in rules()
            if r.proposed and agencyrules.group_of(r.name) == g and not _after_article(r, date)
        ]
        fast = [r for r in by_group.get(g, ()) if not _after_article(r, date)]
        assert fast == plain


def test_add_lower_court_is_lower_courts_of() -> None:
    from linker import courts as C
    from linker.scanner.rulings.courtpatterns import CourtRef
    from linker.scanner.rulings.discourse import add_lower_court, lower_courts_of

    ids = ["scotus", "ca9", "cadc", "txnd", "dcd", "cal", "calctapp", "nysupct", "texapp"]
    for court in [*ids, C.FOREIGN, None]:
        for lower in (False, True):
            ref = CourtRef(0, 5, "court", court, C.LEVEL_DISTRICT, lower=lower)
            below: dict[bool, set[str | None]] = {True: set(), False: set()}
            add_lower_court(below, ref)
            for trial in (True, False):
                assert below[trial] == set(lower_courts_of([ref], trial)), (court, lower)


def test_walk_with_anchors_is_walk_then_collect(texts: list[str]) -> None:
    from linker.scanner.phrases import bank_walk, bank_walk_anchors
    from linker.scanner.registry import anchor_index

    index = anchor_index()
    own = ["Roe v. Wade; v; (v. Smith) law-law Law lawful the Court's ruling, the court"]
    for text in [*texts, *own]:
        bank, maybe = bank_walk(text, index.words, index.edges)
        plain = index.collect(text, maybe, walked=True)
        fast_bank, fast = bank_walk_anchors(
            text, index.words, index.edges, index.walked, index.add_groups
        )
        assert fast_bank == bank
        assert fast == plain
        assert list(fast) == list(plain)  # (the anchors in the same order too)
