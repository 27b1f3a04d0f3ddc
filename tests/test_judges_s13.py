"""Judges who give the court, round two (issue 13, point 3, thirteenth session): a judge's
past appointments read against the article's date (``former_federal_judges.csv``), the middle
name a judge goes by, a judge who sits on two districts at once, and a judge visiting from
another court. Sentences of our own in the shapes real pages print (short quotes marked)."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

from conftest import rulings
from linker import courts as C

ROOT = Path(__file__).resolve().parent.parent


def courts(text: str, date: str) -> dict[str, str | None]:
    return {m.text: m.court for m in rulings(text, date)}


def only_court(text: str, date: str) -> set[str | None]:
    return set(courts(text, date).values())


# --- the table of past appointments ---------------------------------------------------------


def test_the_past_appointments_table_has_dates_and_known_courts() -> None:
    with (ROOT / "linker" / "data" / "former_federal_judges.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 1000
    known = C.courts_table().courts
    for r in rows:
        assert r["court"] in known, r
        assert r["commissioned"] <= r["ended"], r
        assert r["ended"] >= "1990-01-01", r
        assert r["name"].split(",")[0].endswith(r["surname"]), r
        assert r["jid"].isdigit(), r


def test_the_generator_writes_past_appointments_beside_the_table(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "gen_federal_judges", ROOT / "scripts" / "gen_federal_judges.py"
    )
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    sys.modules["gen_federal_judges"] = gen
    spec.loader.exec_module(gen)
    head = ["jid", "Last Name", "First Name", "Middle Name", "Suffix", "Death Year"]
    for n in (1, 2):
        head += [f"Court Name ({n})", f"Commission Date ({n})", f"Senior Status Date ({n})",
                 f"Termination Date ({n})"]  # fmt: skip
    export = tmp_path / "judges.csv"
    with export.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(head)
        w.writerow(["1", "Doe", "Jane", "Q.", "", "",
                    "U.S. District Court for the District of South Carolina", "8/20/2010", "",
                    "8/2/2022", "U.S. Court of Appeals for the District of Columbia Circuit",
                    "2022-07-25", "", ""])  # fmt: skip
        w.writerow(["2", "Roe", "Old", "", "", "1990",
                    "U.S. District Court for the Southern District of New York", "1/2/1960", "",
                    "3/4/1985", "", "", "", ""])  # fmt: skip
    out = tmp_path / "federal_judges.csv"
    hand = tmp_path / "hand.csv"
    hand.write_text("name,court,source\n", encoding="utf-8")
    assert gen.main([str(export), "--out", str(out), "--hand", str(hand)]) == 0
    with (tmp_path / "former_federal_judges.csv").open(encoding="utf-8") as f:
        former = [(r["name"], r["court"], r["commissioned"], r["ended"]) for r in csv.DictReader(f)]
    # (an appointment that ended before 1990 is left out: news names such rulings by case)
    assert former == [("Jane Q. Doe", "scd", "2010-08-20", "2022-08-02")]


# --- a judge who has since left the court: the court they sat on then -------------------------


def test_former_judges_by_the_articles_date() -> None:
    assert C.judge_court("Samuel Kent", date="2008-09-01") == "txsd"  # resigned 2009
    assert C.judge_court("Sam Kent", date="2008-09-01") == "txsd"  # a nickname of his name
    assert C.judge_court("Stephen Reinhardt", date="2016-01-01") == "ca9"  # died 2018
    assert C.judge_court("Harold Baer", date="2012-03-01") == "nysd"
    assert C.judge_court("Harold Baer") == "nysd"  # one court: no date needed
    # a common surname reads the past only on a date the judge sat
    assert C.judge_court("Vaughn Walker", date="2010-08-04") == "cand"
    assert C.judge_court("Vaughn Walker") is None
    assert C.judge_court("Vaughn Walker", date="2013-03-26") is None  # retired 2011
    assert C.judge_court("John Smith") is None  # John Lewis Smith, D.D.C. until 1992
    assert C.judge_court("Kent") is None  # a surname alone never reads the past


def test_a_judge_since_elevated_has_the_court_of_the_date() -> None:
    # Ketanji Brown Jackson: D.D.C. 2013-2021, D.C. Cir. 2021-2022, then the Supreme Court
    assert C.judge_court("Ketanji Brown Jackson", date="2019-11-25") == "dcd"
    assert C.judge_court("Ketanji Brown Jackson", date="2021-09-01") == "cadc"
    assert C.judge_court("Ketanji Brown Jackson", date="2023-01-01", justice=True) == "scotus"
    # J. Michelle Childs: D.S.C. until August 2022, then the D.C. Circuit
    assert C.judge_court("J. Michelle Childs", date="2020-10-01") == "scd"
    assert C.judge_court("J. Michelle Childs", date="2024-01-01") == "cadc"
    assert C.judge_court("J. Michelle Childs") == "cadc"  # undated: today's court, as before
    # Neil Gorsuch: the Tenth Circuit in a story of 2016
    assert C.judge_court("Neil Gorsuch", date="2016-05-01") == "ca10"


def test_rulings_of_judges_who_have_left() -> None:
    # "U.S. District Judge Samuel Kent" (6abc.com, 2009), our own sentence
    assert only_court(
        "U.S. District Judge Samuel Kent ruled that the company's contract was void.", "2008-06-01"
    ) == {"txsd"}
    # "Judge Stephen Reinhardt" (dailyjournal.com, 2019), our own sentence
    assert only_court(
        "Judge Stephen Reinhardt wrote for the panel that the law was unconstitutional.",
        "2012-02-07",
    ) == {"ca9"}
    # "Chief U.S. District Judge Vaughn Walker" (AP, 2010), our own sentence
    assert only_court(
        "Chief U.S. District Judge Vaughn Walker struck down the ballot measure on Wednesday.",
        "2010-08-04",
    ) == {"cand"}


def test_a_headline_surname_takes_the_dated_court_of_the_full_name() -> None:
    found = courts(
        "In one of her best-known cases, Judge Childs struck down a rule on absentee ballots.\n\n"
        "U.S. District Court Judge J. Michelle Childs ordered the state to inform voters.",
        "2022-01-31",
    )
    assert set(found.values()) == {"scd"}


# --- the middle name a judge goes by ------------------------------------------------------------


def test_a_middle_name_alone_finds_the_judge_only_for_a_caller_that_places_it() -> None:
    assert C.judge_court("Michelle Childs", middle=True, date="2016-01-01") == "scd"
    assert C.judge_court("Paul Oetken", middle=True) == "nysd"
    assert C.judge_court("Brooke Jackson", middle=True) == "cod"
    assert C.by_middle_name("Paul Oetken") and C.by_middle_name("Brooke Jackson")
    # kept from the twelfth session: a middle name alone is no first name for other callers
    assert C.judge_court("Daniel Moss") is None
    assert C.judge_court("Paul Oetken") is None
    # a first name is never a middle-name match
    assert not C.by_middle_name("Randolph Moss") and not C.by_middle_name("Charles Breyer")


def test_a_middle_name_keeps_the_court_where_the_article_places_it() -> None:
    assert only_court(
        "U.S. District Judge Paul Oetken in Manhattan dismissed the lawsuit on Friday.",
        "2019-03-01",
    ) == {"nysd"}
    assert only_court(
        "DENVER — U.S. District Judge Brooke Jackson blocked the rule on Tuesday.", "2015-06-01"
    ) == {"cod"}
    assert only_court(
        "COLUMBIA, S.C. — U.S. District Judge Michelle Childs ruled that the law violates the "
        "First Amendment.",
        "2016-03-01",
    ) == {"scd"}


def test_a_middle_name_with_no_place_gives_no_court() -> None:
    # a state judge named Daniel Moss is as likely as Randolph Daniel Moss of D.D.C.
    assert only_court(
        "Judge Daniel Moss dismissed the lawsuit on Friday, the clerk said.", "2019-03-01"
    ) == {None}
    assert only_court(
        "U.S. District Judge Paul Oetken dismissed the lawsuit on Friday.", "2019-03-01"
    ) == {None}


def test_several_given_names_are_not_a_middle_name() -> None:
    # "Ketanji Brown Jackson": "Brown" is no lone given name, so no placing is asked
    assert only_court(
        "U.S. District Judge Ketanji Brown Jackson ruled that the former counsel must testify.",
        "2019-11-25",
    ) == {"dcd"}


# --- a judge of two districts at once ----------------------------------------------------------


def test_a_joint_judgeship_follows_the_district_or_city_named() -> None:
    assert C.joint_judge("Brian Wimes") == frozenset({"moed", "mowd"})
    assert C.joint_judge("Charles Breyer") == frozenset()
    assert only_court(
        "KANSAS CITY, Mo. — U.S. District Judge Brian Wimes dismissed the lawsuit on Friday.",
        "2019-03-01",
    ) == {"mowd"}
    assert only_court(
        "U.S. District Judge Brian Wimes of the Eastern District of Missouri dismissed the "
        "lawsuit on Friday.",
        "2019-03-01",
    ) == {"moed"}
    assert only_court(
        "U.S. District Judge Brian Wimes dismissed the lawsuit on Friday.", "2019-03-01"
    ) == {None}


# --- a visiting judge ---------------------------------------------------------------------------


def test_a_visiting_judge_gives_no_court_of_their_own() -> None:
    # "a senior judge called in from Pensacola, Fla." (AP, 2009): the ruling is Houston's
    found = courts(
        "HOUSTON — The former clerk was sentenced Monday to three years in prison. "
        '"This is a stain on the courts," said U.S. District Judge Roger Vinson, a senior judge '
        "called in from Pensacola, Fla.\n\nVinson ordered him to pay restitution.",
        "2009-05-12",
    )
    assert "flnd" not in found.values()
    found = courts(
        "Senior U.S. District Judge Roger Vinson, who was sitting by designation, denied the "
        "motion on Monday.",
        "2009-05-12",
    )
    assert "flnd" not in found.values()


def test_a_judge_at_home_keeps_the_court() -> None:
    # "visiting" elsewhere in the article, not about the judge
    found = courts(
        "PENSACOLA, Fla. — Senior U.S. District Judge Roger Vinson struck down the law on "
        "Monday.\n\nVisiting hours at the jail were also changed.",
        "2011-01-31",
    )
    assert "flnd" in found.values()
