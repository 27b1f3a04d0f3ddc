"""Executive actions news tells without their number (issue 13, points 4 and 8, eighth
session): national emergencies a president declared (``eoemergency.py`` and
``data/national_emergencies.csv``), orders told by the first day of a term and their topic
(``eodated._first_day``), a policy named for its orders ("the original Schedule F proposal",
``eonamed.py``) and "the executive order" before the number it means. The sentences are our
own, in the shapes real pages print."""

from __future__ import annotations

import csv

import pytest

from conftest import mentions
from linker.datafiles import DATA
from linker.models import Mention


def orders(text: str, date: str | None) -> list[Mention]:
    return [m for m in mentions(text, date) if m.kind == "executive-action"]


DECLARED = [
    (
        "President Trump declared a national emergency on March 13 because of the coronavirus.",
        "2020-10-20",
        "President Trump declared a national emergency",
        "proc:9994",
    ),
    (
        "Last Friday, President Donald Trump declared a national emergency at the border with "
        "Mexico to pay for the wall.",
        "2019-02-20",
        "President Donald Trump declared a national emergency",
        "proc:9844",
    ),
    (
        "President Trump declared a national emergency at the southern border on Inauguration Day.",
        "2025-03-01",
        "President Trump declared a national emergency",
        "proc:10886",
    ),
    (
        "In 2019, Trump declared a national emergency to move military money to the border wall.",
        "2025-03-01",
        "Trump declared a national emergency",
        "proc:9844",
    ),
    (
        "Declaring a national energy emergency, Trump ordered agencies to speed up drilling.",
        "2025-02-15",
        "Declaring a national energy emergency",
        "eo:14156",
    ),
    (
        "Trump took office on Monday. Declaring a national energy emergency, he told agencies "
        "to speed up drilling.",
        "2025-02-15",
        "Declaring a national energy emergency",
        "eo:14156",
    ),
    (
        "Hours after the inauguration, President Donald Trump signed a national energy emergency "
        "declaration.",
        "2025-01-21",
        "President Donald Trump signed a national energy emergency declaration",
        "eo:14156",
    ),
    (
        "The court held that Trump's declaration of a national emergency over trade deficits "
        "did not fit the statute.",
        "2025-06-01",
        "Trump's declaration of a national emergency",
        "eo:14257",
    ),
    (
        "Trump justified the levies by declaring chronic trade deficits “a national emergency.”",
        "2025-06-01",
        "declaring chronic trade deficits “a national emergency",
        "eo:14257",
    ),
    (
        "President Trump spoke Monday. The national emergency he declared at the southern "
        "border lets troops patrol it.",
        "2025-04-01",
        "The national emergency he declared",
        "proc:10886",
    ),
    (
        "President George W. Bush declared a national emergency after the Sept. 11 attacks.",
        "2021-09-11",
        "President George W. Bush declared a national emergency",
        "proc:7463",
    ),
]


@pytest.mark.parametrize(("text", "date", "surface", "authority"), DECLARED)
def test_a_declared_national_emergency(text: str, date: str, surface: str, authority: str) -> None:
    assert (surface, authority) in [(m.text, m.authority) for m in orders(text, date)]


NOT_DECLARED = [
    # a declaration still to come, a governor's, or none the table can tell apart
    (
        "Trump said he may declare a national emergency if Congress does not fund the wall.",
        "2019-01-10",
    ),
    ("Trump threatened to declare a national emergency over the wall.", "2019-01-10"),
    ("Trump will be declaring a national emergency at the border, aides said.", "2019-02-14"),
    ("Gov. Parson declared a state of emergency because of the coronavirus.", "2020-03-13"),
    ("Governor Newsom declared a state of emergency over the wildfires.", "2025-01-10"),
    # two border emergencies and no year or term to choose: an undated article
    ("Trump declared a national emergency at the border.", None),
    # no topic word and no day: which of his emergencies?
    ("President Trump declared a national emergency, his aides said.", "2025-06-01"),
    # someone else declared it
    (
        "President Trump spoke Monday. The governor declared a national emergency over the "
        "coronavirus.",
        "2020-03-20",
    ),
    (
        "President Trump spoke Monday. Mexico's president declared a national emergency at "
        "the border.",
        "2019-03-01",
    ),
    # the president named is not the one who declared any row
    ("President Biden declared a national emergency over the coronavirus.", "2021-06-01"),
]


@pytest.mark.parametrize(("text", "date"), NOT_DECLARED)
def test_no_declared_emergency_is_guessed(text: str, date: str | None) -> None:
    assert not [m for m in orders(text, date) if m.authority]


FIRST_DAY = [
    (
        "President Donald Trump issued an executive order on his first day in office, stating "
        "his intention to review California’s emissions waivers under the Clean Air Act.",
        "2025-05-01",
        "President Donald Trump issued an executive order on his first day in office",
        "eo:14154",
    ),
    (
        "On the first day of his second term, President Trump issued an executive order "
        "reinstating the job category once called Schedule F.",
        "2025-01-22",
        "President Trump issued an executive order",
        "eo:14171",
    ),
    (
        "On his first day back in office, Trump signed an executive order withdrawing the "
        "country from the Paris climate agreement.",
        "2025-02-01",
        "Trump signed an executive order",
        "eo:14162",
    ),
    (
        "Within hours of taking office, Trump also signed an executive order pausing foreign "
        "aid for 90 days.",
        "2025-02-10",
        "Trump also signed an executive order",
        "eo:14169",
    ),
    # an undated article: one curated order over all his terms' first days fits
    (
        "President Donald Trump issued an executive order on his first day in office, stating "
        "his intention to review California’s emissions waivers.",
        None,
        "President Donald Trump issued an executive order on his first day in office",
        "eo:14154",
    ),
]


@pytest.mark.parametrize(("text", "date", "surface", "authority"), FIRST_DAY)
def test_an_order_of_the_first_day_by_its_topic(
    text: str, date: str | None, surface: str, authority: str
) -> None:
    assert (surface, authority) in [(m.text, m.authority) for m in orders(text, date)]


def test_a_first_day_order_whose_topic_the_sentence_does_not_name_is_not_guessed() -> None:
    text = "President Trump signed an executive order on his first day in office, aides said."
    assert not [m for m in orders(text, "2025-03-01") if m.authority]


def test_the_original_of_a_reissued_policy_is_its_first_order() -> None:
    text = (
        "The proposed rule adopts changes from the original Schedule F proposal, which "
        "President Trump signed before the 2020 election."
    )
    found = [(m.text, m.authority) for m in orders(text, "2025-04-20")]
    assert ("the original Schedule F proposal", "eo:13957") in found


def test_a_reissued_policy_without_original_or_date_is_not_guessed() -> None:
    text = "Federal workers fear Schedule F, which President Trump backs."
    assert not [m for m in orders(text, "2025-04-20") if m.authority]


def test_before_the_second_order_only_one_carries_the_name() -> None:
    text = "Federal workers fear Schedule F, which President Trump created in October."
    assert [m.authority for m in orders(text, "2024-11-10") if m.authority] == ["eo:13957"]


def test_the_executive_order_after_the_original_is_the_numbered_one_that_follows() -> None:
    text = (
        "The proposed rule adopts changes from the original Schedule F proposal to make it "
        "sturdier in court. It repeats guidance the agency gave on the executive order. "
        "Executive Order 14171 also overrode parts of the 2024 rule, the agency wrote."
    )
    found = {m.text: m.authority for m in orders(text, "2025-04-20")}
    assert found["the original Schedule F proposal"] == "eo:13957"
    assert found["the executive order"] == "eo:14171"


def test_the_national_emergencies_table() -> None:
    """Every row: an ``eo:``/``proc:`` id, a signing day, a president the lexicon knows,
    topic words and a source; no id twice."""
    from linker.lexicon import presidents

    with (DATA / "national_emergencies.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == [
            "authority",
            "title",
            "president",
            "declared",
            "topics",
            "source",
        ]
        rows = list(reader)
    assert len({r["authority"] for r in rows}) == len(rows) >= 10
    for r in rows:
        assert r["authority"].split(":")[0] in ("eo", "proc"), r
        assert r["authority"].split(":")[1].isdigit(), r
        assert len(r["declared"]) == 10 and r["declared"][4] == "-", r
        assert r["president"] in presidents(), r
        assert r["topics"] and r["source"] and r["title"], r


@pytest.mark.parametrize(
    ("text", "date", "authority"),
    [
        (
            "President Trump signed an executive order Monday ending birthright citizenship "
            "for children of undocumented immigrants.",
            "2025-01-22",
            "eo:14160",
        ),
        (
            "Trump signed an executive order on Saturday designating English as the official "
            "language of the country.",
            "2025-03-03",
            "eo:14224",
        ),
    ],
)
def test_a_weekday_between_the_order_and_what_it_does(text: str, date: str, authority: str) -> None:
    assert authority in [m.authority for m in orders(text, date)]


def test_another_presidents_first_day_order_is_not_his_predecessors() -> None:
    text = (
        "Biden signed an executive order on his first day in office rejoining the Paris "
        "climate agreement."
    )
    assert not [m for m in orders(text, "2021-03-01") if m.authority]
