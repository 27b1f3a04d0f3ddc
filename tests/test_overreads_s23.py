"""Suit and ruling words over-read: a habit of suing ("have been suing state and federal
agencies"), a gerund that only tells how a suit noun was brought ("started the court action
by suing the state"), "case" modifying the noun after it ("the case outcomes"), and plural
judges of a kind ("the district court judges who issued these injunctions") are no mention;
"the court action" refers back to the suit (``sued``, ``families``, ``rulings.clauses``,
``rulings.nouns``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_CAPTION = "Kim v. State of Oregon went to trial in Salem last year. "


@pytest.mark.parametrize(
    "habit",
    [
        "Since 2012, groups of students have been suing state and federal agencies over smog.",
        "For years, students had been suing state and local agencies over smog.",
    ],
)
def test_a_habit_of_suing_is_no_suit(habit: str) -> None:
    found = mentions(_CAPTION + habit, "2025-01-01")
    assert not any("suing" in m.text for m in found)


def test_a_gerund_after_the_suit_noun_leaves_the_noun_the_mention() -> None:
    text = _CAPTION + "The students started the court action by suing the state in 2019."
    found = mentions(text, "2025-01-01")
    assert not any("suing" in m.text for m in found)
    back = [m for m in found if m.text == "the court action"]
    assert back and back[0].kind == "case" and back[0].anaphor and back[0].name == "Kim v. Oregon"


def test_a_plain_suing_clause_still_tells_the_suit() -> None:
    text = _CAPTION + "The students then sued the state again in 2021."
    assert any(m.text.startswith("sued the state") for m in mentions(text, "2025-01-01"))


@pytest.mark.parametrize("noun", ["outcomes", "law", "file"])
def test_case_modifying_a_noun_is_no_suit(noun: str) -> None:
    text = f"In Doe v. Smith, the court ruled for the county. Scholars read the case {noun} now."
    found = mentions(text, "2025-01-01")
    assert not any(m.text == "the case" for m in found)


def test_the_case_alone_still_refers_back() -> None:
    text = "In Doe v. Smith, the court ruled for the county. Scholars study the case closely."
    assert any(m.text == "the case" and m.anaphor for m in mentions(text, "2025-01-01"))


def test_plural_judges_who_issued_these_orders_are_no_ruling() -> None:
    text = (
        "A federal judge in Washington, D.C., blocked the order in March. This post looks at "
        "the district court judges who issued these injunctions and helps explain the role "
        "politics may play not only in creating the policies behind these suits."
    )
    found = [m for m in mentions(text, "2025-05-01") if m.kind == "ruling"]
    assert [m.text for m in found] == ["A federal judge in Washington, D.C., blocked"]


@pytest.mark.parametrize(("after", "found"), [("outcomes", False), ("is pending", True)])
def test_a_known_suits_case_modifying_a_noun_is_no_suit(after: str, found: bool) -> None:
    text = (
        "U.S. District Judge Ana C. Reyes blocked the military ban in the suit Talbott brought. "
        f"Lawyers watch the case {after} closely."
    )
    assert any(m.text == "the case" for m in mentions(text, "2025-04-01")) is found
