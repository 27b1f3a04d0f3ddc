"""A judge the article named before, who "wrote that …" after the ruling was told, sets out
its reasons: no second ruling mention (``rulings.clauses``: ``_judge_named_before``). The
author a court's ruling names first still continues it. Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import rulings

_TOLD = (
    "U.S. District Judge Marta Quillon of the District of Oregon on Monday blocked the state's "
    "new fishing rule. "
)


@pytest.mark.parametrize(
    "after",
    [
        "Quillon wrote that the agency skipped its own notice period.",
        "The rule skipped its own notice period, Quillon wrote.",
        "Judge Quillon wrote that the agency skipped its own notice period.",
    ],
)
def test_the_named_judge_restating_is_no_new_ruling(after: str) -> None:
    found = rulings(_TOLD + after)
    assert [m.text for m in found if "wrote" in m.text] == []
    assert found[0].court == "ord"


def test_the_author_named_first_continues_the_courts_ruling() -> None:
    text = (
        "In a 2-1 decision last week, the U.S. Court of Appeals for the Ninth Circuit said the "
        "county had violated the Fourth Amendment. "
        "Judge Lena Marcovich wrote that the search went far beyond the warrant."
    )
    found = rulings(text)
    assert any(m.text == "Judge Lena Marcovich wrote" and m.court == "ca9" for m in found)


def test_the_named_judge_telling_where_still_continues() -> None:
    text = _TOLD + "Quillon wrote in both opinions that the agency skipped its own notice period."
    found = rulings(text)
    assert any(m.text.startswith("Quillon wrote") for m in found)


_STRUCK = "The Supreme Court on Friday struck down the state ban on pipe imports. "


def test_a_justice_given_as_the_author_of_quoted_words_is_no_new_ruling() -> None:
    text = _STRUCK + "“The ban cannot stand,” Justice Elena Kagan wrote for the majority."
    assert [m.text for m in rulings(text)] == ["The Supreme Court on Friday struck down"]


@pytest.mark.parametrize(
    "text",
    [
        # the lead: no ruling told before the quotation
        "“The ban cannot stand,” Justice Elena Kagan wrote for the majority on Friday.",
        # no quotation before the author: the author tells the holding
        _STRUCK + "Justice Elena Kagan wrote for the majority that the ban burdens commerce.",
    ],
)
def test_the_author_in_the_lead_or_before_the_holding_stays(text: str) -> None:
    assert any("wrote for the majority" in m.text for m in rulings(text))


_CIRCUIT = (
    "The U.S. Court of Appeals for the Eighth Circuit on Tuesday struck down the agency rule. "
)


@pytest.mark.parametrize(
    "after",
    [
        "The agency skipped a required step, the court said.",
        "“We do not doubt the goal,” the court said that the flaws were fatal.",
    ],
)
def test_a_bare_court_given_as_the_source_of_words_is_no_new_ruling(after: str) -> None:
    found = rulings(_CIRCUIT + after)
    assert [m.text for m in found if "said" in m.text] == []


def test_the_bare_court_telling_the_holding_continues_the_ruling() -> None:
    found = rulings(_CIRCUIT + "The court said the agency skipped a required step.")
    assert any(m.text == "The court said" and m.court == "ca8" for m in found)
