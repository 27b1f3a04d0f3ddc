"""Several known suits over one rule, told apart by the day a ruling was given (census 25 P7,
census 24 P8): "a federal judge in Texas struck down the overtime rule" fits two Texas suits;
the date in the ruling's sentence, or the article's own date, picks the one whose known ruling
(``lawsuit_rulings.csv``) fell then, and a tie places nothing. "Another federal judge" is never
the judge of the one suit the article tells.

The sentences are our own, in the shapes news uses; each test states what a reader sees: the
court a ruling is placed in, or none.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from conftest import mentions

DATA = Path(__file__).resolve().parent.parent / "linker" / "data"

OVERTIME = (
    "{when}a federal judge in Texas struck down the Labor Department's 2024 overtime rule. "
    "The ruling restores the old salary threshold."
)


def rulings(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def test_a_date_in_the_sentence_picks_the_suit_that_ruled_that_day() -> None:
    found = rulings(OVERTIME.format(when="On Nov. 15, 2024, "), "2024-11-19")
    assert ("a federal judge in Texas struck down", "txed") in found
    assert ("The ruling", "txed") in found  # (its back-reference takes the same court)


def test_the_other_suit_over_the_same_rule_when_the_date_is_its_ruling_day() -> None:
    found = rulings(OVERTIME.format(when="On Dec. 30, 2024, "), "2025-01-03")
    assert ("a federal judge in Texas struck down", "txnd") in found
    assert all(court != "txed" for _, court in found)


def test_the_articles_date_dates_a_ruling_told_with_no_date() -> None:
    text = OVERTIME.format(when="").replace("a federal judge", "A federal judge", 1)
    text = text.replace("struck down", "has struck down", 1)
    assert ("A federal judge in Texas has struck down", "txnd") in rulings(text, "2025-01-02")


def test_a_ruling_with_no_state_among_four_suits_by_its_weekday() -> None:
    text = "A federal judge on Tuesday blocked the Education Department's 2024 Title IX rule."
    assert ("A federal judge on Tuesday blocked", "ksd") in rulings(text, "2024-07-03")


def test_last_week_against_the_articles_date() -> None:
    text = (
        "A school board in Ohio met on Thursday. Its lawyers pointed to last week, when "
        "another federal judge blocked the Education Department's 2024 Title IX rule."
    )
    assert ("another federal judge blocked", "ksd") in rulings(text, "2024-07-05")


def test_no_known_ruling_that_day_places_nothing() -> None:
    text = "A federal judge on Monday blocked the Education Department's 2024 Title IX rule."
    assert rulings(text, "2024-07-20") == [("A federal judge on Monday blocked", None)]


def test_two_suits_that_ruled_the_same_day_place_nothing() -> None:
    text = (
        "A federal judge on Monday blocked the SAVE plan, the Education Department's "
        "income-driven repayment rule."
    )
    assert rulings(text, "2024-06-25") == [("A federal judge on Monday blocked", None)]


def test_another_federal_judge_is_not_the_judge_of_the_suit_told() -> None:
    text = (
        "A federal judge in Mississippi on Wednesday paused the Health and Human Services "
        "Department's 2024 Section 1557 rule. U.S. District Judge Louis Guirola Jr. issued the "
        "order in a federal lawsuit that fifteen Republican-led states filed in June. The order "
        "comes days after another federal judge rejected a separate bid by the administration "
        "to redefine sex discrimination in schools."
    )
    found = dict(rulings(text, "2024-07-04"))
    assert found["U.S. District Judge Louis Guirola Jr. issued the order"] == "mssd"
    other = next(k for k in found if k.startswith("another federal judge"))
    assert found[other] is None


def test_every_ruling_row_names_one_suit_and_a_real_day() -> None:
    with (DATA / "lawsuits.csv").open(encoding="utf-8", newline="") as f:
        suits = [(r["name"], r["court"], r["docket"]) for r in csv.DictReader(f)]
    with (DATA / "lawsuit_rulings.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for r in rows:
        assert suits.count((r["name"], r["court"], r["docket"])) == 1, r["name"]
        assert re.fullmatch(r"(?:19|20)\d\d-[01]\d-[0-3]\d", r["ruled"]), r
        assert r["source"].strip(), r


TEN = (
    "A federal judge in San Antonio on {day} blocked Senate Bill 10, the Texas Ten Commandments "
    "law, in more school districts. The ruling came in a lawsuit brought by families."
)


def suits(text: str, date: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.court) for m in mentions(text, date) if m.kind == "case"]


def test_two_suits_of_one_court_told_apart_by_the_rulings_day() -> None:
    later = suits(TEN.format(day="Tuesday"), "2025-11-19")
    assert later == [("a lawsuit", "Cribbs Ringer v. Comal Independent School District", "txwd")]


def test_a_suit_tie_with_no_ruling_that_day_stays_at_the_court() -> None:
    found = suits(TEN.format(day="Friday"), "2025-10-04")
    assert found == [("a lawsuit", None, "txwd")]


def test_a_guard_ruling_with_no_state_by_its_weekday() -> None:
    text = "A federal judge on Thursday blocked the Guard deployment ordered under 10 U.S.C. 12406."
    found = rulings(text, "2025-10-10")
    assert found and found[0][1] == "ilnd"
    # (two days before, the Oregon and Illinois rulings of that week are both in reach: none)
    assert rulings(text.replace("Thursday", "Monday"), "2025-10-07")[0][1] is None
