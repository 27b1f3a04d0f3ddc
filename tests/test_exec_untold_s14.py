"""Executive orders and proclamations told without their number (issue 13, fourteenth
session): the words news uses for a title's words (``eodescribed._CONCEPT_GROUPS``), the days
the words next to an anchor give (``eodescribed._when_window``), the president's run of orders
an article is written in, "the President's March 6 executive order", "The Order" after a
numbered order, and proclamations told by the president's verb (``eoacted.py``). The sentences
are our own, in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions


def ids(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # "unions" and "workers" for the title's "Labor-Management" and its topics' "employee"
        (
            "The president on Friday signed an executive order targeting the unions that "
            "represent federal workers at a dozen agencies.",
            "2025-04-02",
            "eo:14251",
        ),
        # the days the words by the anchor give: of the two orders on sanctuary cities, the
        # one signed last month
        (
            "Trump signed an executive order last month targeting sanctuary cities.",
            "2025-05-12",
            "eo:14287",
        ),
        # "the president" in an article of Trump's second term is Trump
        (
            "The president signed an executive order earlier this year that bars transgender "
            "troops from serving.",
            "2025-07-01",
            "eo:14183",
        ),
    ],
)
def test_order_told_by_topic_and_day(text: str, date: str, want: str) -> None:
    assert want in [a for _t, a in ids(text, date)]


def test_a_judge_last_week_does_not_date_the_order() -> None:
    # "last week" is when the judge acted: the order stays the one its topic names
    got = ids("A judge last week blocked the executive order on federal unions.", "2025-04-05")
    assert [a for _t, a in got] == ["eo:14251"]


def test_the_presidents_dated_order() -> None:
    got = ids(
        "Perkins Coie sued over the President's March 6 executive order on Monday.",
        "2025-04-20",
    )
    assert ("the President's March 6 executive order", "eo:14230") in got


def test_capitalised_order_refers_back() -> None:
    got = ids(
        "Executive Order 14160 denies citizenship to some children born here. Agencies must "
        "carry out the Order. This Order has never taken effect.",
        "2025-04-20",
    )
    assert got == [
        ("Executive Order 14160", "eo:14160"),
        ("the Order", "eo:14160"),
        ("This Order", "eo:14160"),
    ]


def test_a_courts_order_is_not_the_presidents() -> None:
    got = ids(
        "A judge blocked Executive Order 14160 on Monday. The Court's Order is on appeal.",
        "2025-04-20",
    )
    assert got == [("Executive Order 14160", "eo:14160")]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        ("In February Trump raised tariffs on aluminum to 25 percent.", "2025-06-20",
         ("raised tariffs on aluminum", "proc:10895")),
        # the year the sentence names picks the first term's proclamation
        ("Trump imposed tariffs on steel in 2018, citing national security.", "2025-06-20",
         ("imposed tariffs on steel", "proc:9705")),
        # topic words that open on the verb
        ("President Trump doubled tariffs on steel to 50 percent this month.", "2025-06-20",
         ("doubled tariffs on steel", "proc:10947")),
        ("President Biden restored Bears Ears after a long fight.", "2022-01-05",
         ("restored Bears Ears", "proc:10285")),
    ],
)  # fmt: skip
def test_proclamation_told_by_the_presidents_verb(
    text: str, date: str, want: tuple[str, str]
) -> None:
    assert want in ids(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "Trump threatened to impose tariffs on steel.",
        "Trump invoked the Alien Enemies Act against a gang.",
    ],
)
def test_no_act_without_its_verb(text: str) -> None:
    assert not [m for m in mentions(text, "2025-06-20") if m.matcher == "executive" and
                m.text.startswith(("threatened", "invoked"))]  # fmt: skip


def test_a_described_order_does_not_swallow_the_law_inside_it() -> None:
    got = [
        (m.kind, m.text)
        for m in mentions(
            "The president signed an executive order directing agencies to enforce Title IX "
            "against transgender athletes.",
            "2025-07-01",
        )
    ]
    assert ("statute", "Title IX") in got
    assert ("executive-action", "executive order directing agencies to enforce") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the commas of a list do not end the words describing the order, and of two orders
        # the phrase fits, the one whose title shares more of the clause's words
        (
            "Trump's executive order eliminating diversity, equity and inclusion programs in "
            "the federal government was challenged.",
            "eo:14151",
        ),
        # no president named in the text: the one in office
        (
            "The executive order denying citizenship to babies born to parents in the country "
            "illegally was blocked.",
            "eo:14160",
        ),
        # the words news uses for an order's content (topic rows)
        (
            "Trump's executive order reclassifying thousands of federal workers was challenged.",
            "eo:14171",
        ),
        (
            "Trump's executive order ending federal recognition of transgender identities was "
            "challenged.",
            "eo:14168",
        ),
    ],
)
def test_more_news_words_for_orders(text: str, want: str) -> None:
    assert want in [a for _t, a in ids(text, "2025-06-15")]


def test_a_governors_order_stays_unlinked_without_a_president() -> None:
    got = ids(
        "Gov. Smith signed an executive order denying benefits to workers born abroad.",
        "2025-06-15",
    )
    assert not [a for _t, a in got if a]


def test_an_order_told_by_its_day_and_the_articles_topic() -> None:
    text = (
        "Researchers worry about gold standard science. The executive order signed in late May "
        "requires agencies to follow it."
    )
    # the one order signed then whose topic the article names; what it requires is not its name
    assert ids(text, "2025-06-10") == [("executive order signed in late May", "eo:14303")]


def test_the_verb_of_a_relative_clause_still_describes_the_order() -> None:
    text = "Trump signed an executive order that seeks to end birthright citizenship."
    assert ids(text, "2025-06-10") == [
        ("executive order that seeks to end birthright citizenship", "eo:14160")
    ]
