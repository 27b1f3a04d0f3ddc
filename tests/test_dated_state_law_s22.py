"""A law the phrase dates by its own year ("an 1849 law that had been read as banning …")
that no act of Congress, and no state law the article names, fits is the article's state's
law of that year whose topic words it shares (``described_laws``: the table row's year must
be the printed one). Made-up sentences in an article about Wisconsin."""

from __future__ import annotations

import pytest

from conftest import mentions

DATE = "2025-07-03"
TAIL = "\n\nThe ruling rested on the Wisconsin Constitution, the justices said."


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text + TAIL, DATE) if m.kind == "statute"]


def test_the_states_law_of_the_printed_year() -> None:
    text = (
        "A divided state Supreme Court on Tuesday struck down an 1849 law that had been read "
        "as banning nearly all abortions.\n\nThe justices said the 1849 law was replaced by "
        "later statutes."
    )
    assert _laws(text) == [
        (
            "an 1849 law that had been read as banning nearly all abortions",
            "state:wi:stat:940.04",
        ),
        ("the 1849 law", "state:wi:stat:940.04"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no law of the state of that year
        "A divided state Supreme Court on Tuesday struck down an 1851 law that had been read "
        "as banning nearly all abortions.",
        # the year's law, but not on this topic
        "A divided state Supreme Court on Tuesday struck down an 1849 law that had been read "
        "as limiting fishing on lakes.",
    ],
)
def test_no_row_of_that_year_and_topic(text: str) -> None:
    assert _laws(text) == []


def test_an_act_of_congress_of_that_year_comes_first() -> None:
    text = "Activists cited an 1873 law that bans mailing abortion pills, the Comstock Act."
    assert {a for _, a in _laws(text)} == {"usc:18:1461-1462"}
