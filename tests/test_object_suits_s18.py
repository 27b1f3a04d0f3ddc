"""A ruling told by its verb, with no court named, takes the court of the one known suit over
what it acts on (``linker.scanner.objectsuits``). Made-up sentences; the suits are rows of
``lawsuits.csv`` and ``lawsuits_tracker.csv``."""

from __future__ import annotations

import pytest

from conftest import mentions


def _rulings(text: str, date: str) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.court, m.anaphor) for m in mentions(text, date) if m.kind == "ruling"]


@pytest.mark.parametrize(
    "text",
    [
        # active, the date between subject and verb
        "A federal judge on Tuesday halted Executive Order 14250, the order aimed at the "
        "law firm, saying it punished speech.",
        # passive, the date before the agent
        "Executive Order 14250 was blocked on Friday by a federal judge who called it retaliation.",
        # an adverb between subject and verb, the date first
        "On Friday, a federal judge temporarily blocked Executive Order 14250.",
    ],
)
def test_the_one_suit_over_the_order_gives_the_court(text: str) -> None:
    found = _rulings(text, "2025-05-02")
    assert found and found[0][1] == "dcd"


def test_a_back_reference_takes_the_same_court() -> None:
    text = (
        "On Friday, a federal judge temporarily blocked Executive Order 14250. The judge's "
        "order bars the agencies from acting on it."
    )
    assert [c for _, c, _ in _rulings(text, "2025-05-02")] == ["dcd", "dcd"]


def test_a_rule_pointed_back_to_in_the_ruling_sentence() -> None:
    text = (
        "Gun owners challenged the ATF's ghost gun rule. A federal judge agreed with them and "
        "vacated the rule nationwide."
    )
    assert [c for _, c, _ in _rulings(text, "2023-07-02")] == ["txnd"]


def test_a_party_the_article_names_picks_among_courts() -> None:
    # the order was challenged in several districts; only one suit's parties are named
    named = (
        "A federal judge has temporarily halted Executive Order 14210, the order directing "
        "mass layoffs. Labor unions and cities had sued in April."
    )
    assert [c for _, c, _ in _rulings(named, "2025-05-10")] == ["cand"]
    bare = "A federal judge has temporarily halted Executive Order 14210, the order on layoffs."
    assert [c for _, c, _ in _rulings(bare, "2025-05-10")] == [None]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the words name another state than the suit's district
        ("A federal judge in Texas blocked Executive Order 14250 on Friday.", "2025-05-02"),
        # the suit was filed after the article's date
        (
            "A federal judge on Friday blocked Executive Order 14250, which targets the firm.",
            "2024-05-02",
        ),
    ],
)
def test_no_court_when_the_suit_does_not_fit(text: str, date: str) -> None:
    found = _rulings(text, date)
    assert found and found[0][1] != "dcd"


@pytest.mark.parametrize(
    ("text", "date", "court"),
    [
        ("A federal appeals court blocked Executive Order 14250 on Friday.", "2025-05-02", "cadc"),
        ("A federal appeals court on Friday paused the ghost gun rule.", "2023-07-02", "ca5"),
        # the suits' districts lie in different circuits, no party named: no circuit
        (
            "An appeals court on Friday paused Executive Order 14210, the order on layoffs.",
            "2025-05-10",
            None,
        ),
    ],
)
def test_an_appeals_court_takes_the_circuit_of_the_suits_district(
    text: str, date: str, court: str | None
) -> None:
    found = _rulings(text, date)
    assert found and found[0][1] == court


@pytest.mark.parametrize(
    "text",
    [
        "A state judge on Tuesday halted Executive Order 14250, the order aimed at the firm.",
        "Judge Ada Roe on Tuesday halted Executive Order 14250, the order aimed at the firm.",
    ],
)
def test_a_judge_who_may_sit_on_a_state_court_takes_no_federal_suit(text: str) -> None:
    assert all(c != "dcd" for _, c, _ in _rulings(text, "2025-05-02"))


def test_a_named_judge_with_a_federal_title_takes_the_suit() -> None:
    text = "U.S. District Judge Ada Roe on Tuesday halted Executive Order 14250."
    assert _rulings(text, "2025-05-02")[0][1] == "dcd"


def test_the_search_link_is_narrowed_to_the_court() -> None:
    text = "On Friday, a federal judge temporarily blocked Executive Order 14250."
    (m,) = [m for m in mentions(text, "2025-05-02") if m.kind == "ruling"]
    assert m.url is not None and m.url.endswith("&court=dcd")


def test_a_caption_placed_ruling_searches_its_court() -> None:
    # (the court comes from the caption's known suit, after the rulings pass built the link)
    text = (
        "One federal district court in Texas (Ryan LLC v. Federal Trade Commission) "
        "temporarily enjoined the rule."
    )
    found = [m for m in mentions(text, "2024-07-05") if m.kind == "ruling"]
    assert found and found[0].court == "txnd"
    assert found[0].url is not None and found[0].url.endswith("&court=txnd")
