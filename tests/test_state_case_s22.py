"""A Supreme Court case told as "a <State> case" in a sentence about the Supreme Court: the
one ``case_topics.csv`` row of that state whose topic words the article holds
(``precedents._state_cases``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

DATE = "2025-06-01"


def _cases(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, DATE) if m.kind == "case"]


def test_the_states_case_on_the_articles_topic() -> None:
    text = (
        "A federal judge upheld Ohio's ban on conversion therapy for minors on Monday. The "
        "U.S. Supreme Court heard arguments last fall in a Colorado case that could settle the "
        "question for every state."
    )
    assert ("a Colorado case", "Chiles v. Salazar") in _cases(text)


@pytest.mark.parametrize(
    "text",
    [
        # no Supreme Court in its sentence
        "A federal judge upheld Ohio's ban on conversion therapy for minors. Lawyers compared "
        "it to a Colorado case decided by a state court.",
        # the state's row, but not the article's topic
        "The U.S. Supreme Court heard arguments in a Colorado case about water rights on Monday.",
        # a state with no row
        "The U.S. Supreme Court heard arguments in a Nevada case about conversion therapy.",
    ],
)
def test_left_alone(text: str) -> None:
    assert not any(t.endswith(" case") for t, _ in _cases(text))
