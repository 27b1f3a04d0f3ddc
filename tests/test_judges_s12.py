"""Judge names give the ruling's court (issue 13, point 3, twelfth session): the judges' table
generated from the FJC's export (every sitting Article III judge), nicknames, a name before its
description, a bare surname only where the article places the court, and state judges who
share a federal judge's name. Sentences of our own in the shapes real pages print."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from conftest import rulings
from linker import courts as C

ROOT = Path(__file__).resolve().parent.parent


def courts(text: str) -> dict[str, str | None]:
    return {m.text: m.court for m in rulings(text, "2025-06-01")}


def court_of(text: str, piece: str) -> list[str | None]:
    return [c for t, c in courts(text).items() if piece in t]


# --- the table ------------------------------------------------------------------------------


def test_the_table_holds_every_sitting_judge_each_with_a_known_court_and_a_source() -> None:
    with (ROOT / "linker" / "data" / "federal_judges.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 1400
    known = C.courts_table().courts
    for r in rows:
        assert r["court"] in known, r
        assert r["source"], r
        assert r["name"].split(",")[0].endswith(r["surname"]), r


def test_full_names_middle_initials_nicknames_and_suffixes() -> None:
    assert C.judge_court("William G. Young") == "mad"
    assert C.judge_court("William Young") == "mad"
    assert C.judge_court("Bill Young") == "mad"  # a nickname of his given name
    assert C.judge_court("James E. Boasberg") == "dcd"
    assert C.judge_court("Jim Boasberg") == "dcd"
    assert C.judge_court("Fernando Rodriguez Jr.") == "txsd"
    assert C.judge_court("Amy St. Eve") == "ca7"  # a two-word surname
    assert C.judge_court("Young") is None  # a common surname alone


def test_a_senior_judge_is_in_the_table() -> None:
    found = courts(
        "SEATTLE — Senior U.S. District Judge John Coughenour blocked the order on Thursday."
    )
    assert list(found.values()) == ["wawd"]


# --- a judge named with a unique or a shared surname -----------------------------------------


def test_a_unique_surname_alone_needs_the_article_to_place_the_court() -> None:
    # no state, city or circuit named: a state judge may bear the name
    assert court_of("Judge Talwani ruled on Monday that the policy was unlawful.", "Talwani") == [
        None
    ]
    # the dateline's city is the district's
    assert court_of(
        "BOSTON — Judge Talwani ruled on Monday that the policy was unlawful.", "Tal"
    ) == ["mad"]
    # the state named anywhere
    text = "Judge Talwani ruled on Monday that the Massachusetts policy was unlawful."
    assert court_of(text, "Talwani") == ["mad"]


def test_a_surname_two_sitting_judges_share_gives_no_court() -> None:
    # T. S. Ellis III (E.D. Va.) and Sara Ellis (N.D. Ill.)
    text = "Judge Ellis ruled in Chicago on Tuesday that the agents had used excessive force."
    assert court_of(text, "Ellis") == [None]
    # named in full, the one judge
    text = "U.S. District Judge Sara Ellis ruled on Tuesday that the agents had used force."
    assert court_of(text, "Ellis") == ["ilnd"]


def test_a_name_before_its_description_is_the_judge() -> None:
    text = (
        "Robert Pitman, an Obama-appointed federal judge has blocked the state's new abortion "
        "law. Pitman said in his ruling that the right was well established."
    )
    found = courts(text)
    assert set(found.values()) == {"txwd"}
    assert any("his ruling" in t for t in found)


def test_a_name_before_a_state_courts_description_is_no_federal_judge() -> None:
    text = "Robert Pitman, a Travis County judge, blocked the ordinance on Monday."
    assert "txwd" not in courts(text).values()


# --- state judges who share a federal judge's name -------------------------------------------


def test_a_state_judge_named_like_a_federal_one_keeps_the_state_court() -> None:
    text = (
        "Dane County Circuit Judge William Young ruled on Friday that the state law was "
        "unconstitutional."
    )
    assert "mad" not in courts(text).values()


def test_a_state_judges_surname_after_his_full_name_is_not_the_federal_namesake() -> None:
    # Andrew L. Brasher sits on the 11th Circuit; this Brasher is Fulton County's
    text = (
        "ATLANTA — Fulton County Superior Court Chief Judge Christopher Brasher ruled on "
        "Monday that the county must reopen the polls. Brasher said in his order that voters "
        "had waited for hours in Georgia's heat."
    )
    assert "ca11" not in courts(text).values()


def test_a_judge_the_table_lacks_takes_no_federal_court_named_near_him() -> None:
    """A digest page: a county story, then a federal one."""
    text = (
        "A judge today allowed a lawsuit over pay raises for county officials to move "
        "forward. At a hearing, Judge Spencer Ludington denied motions to dismiss it.\n\n"
        "In an order issued this week, Judge James Carr of the U.S. District Court in Toledo "
        "approved the settlement."
    )
    found = courts(text)
    assert court_of(text, "Ludington") == [None]
    assert court_of(text, "A judge today") == [None]
    assert court_of(text, "Carr") == ["ohnd"]
    assert len(found) == 3


def test_a_judge_who_goes_by_a_middle_name_is_still_a_judge_of_the_table() -> None:
    # William Duane Benton (8th Cir.): not "unlisted", so the panel's court still reaches him
    assert not C.unlisted_judge("Duane Benton")
    assert C.unlisted_judge("Spencer Ludington")
    assert not C.unlisted_judge("Ludington")  # a surname alone is never unlisted


# --- the generator ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gen():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "gen_federal_judges", ROOT / "scripts" / "gen_federal_judges.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_federal_judges"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_the_generator_maps_fjc_court_names_to_checked_ids(gen) -> None:  # type: ignore[no-untyped-def]
    states, cdb = gen._states(), gen._courts_db()
    names = {
        "U.S. District Court for the Southern District of New York": "nysd",
        "U.S. District Court for the District of Columbia": "dcd",
        "U.S. District Court for the District of Massachusetts": "mad",
        "U.S. Court of Appeals for the Ninth Circuit": "ca9",
        "U.S. Court of Appeals for the District of Columbia Circuit": "cadc",
        "U.S. Court of Appeals for the Federal Circuit": "cafc",
        "U.S. Court of International Trade": "cit",
        "Supreme Court of the United States": "scotus",
    }
    for name, court in names.items():
        assert gen.court_id(name, states, cdb) == court
    assert gen.court_id("U.S. Court of Federal Claims", states, cdb) is None
    with pytest.raises(ValueError):
        gen.court_id("U.S. District Court for the Eastern District of Oregon", states, cdb)


def test_the_generator_reads_an_export_and_keeps_hand_rows(gen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cols = ["jid", "Last Name", "First Name", "Middle Name", "Suffix", "Death Year"]
    for n in (1, 2):
        cols += [f"Court Name ({n})", f"Senior Status Date ({n})", f"Termination Date ({n})"]
    export = tmp_path / "judges.csv"
    with export.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerow({"jid": "1", "Last Name": "Doe", "First Name": "Jane", "Middle Name": "Q.",
                    "Court Name (1)": "U.S. District Court for the District of Oregon",
                    "Termination Date (1)": "1/2/2019",
                    "Court Name (2)": "U.S. Court of Appeals for the Ninth Circuit"})  # fmt: skip
        w.writerow({"jid": "2", "Last Name": "Roe", "First Name": "Richard", "Suffix": "Jr.",
                    "Court Name (1)": "U.S. District Court for the District of Oregon",
                    "Senior Status Date (1)": "3/4/2020"})  # fmt: skip
        w.writerow({"jid": "3", "Last Name": "Old", "First Name": "Ann", "Death Year": "1900",
                    "Court Name (1)": "U.S. District Court for the District of Ohio"})  # fmt: skip
    hand = tmp_path / "hand.csv"
    hand.write_text(
        "name,court,source\n"
        "Jane Doe,ca9,a page\n"  # the export has her there: dropped
        "Newly Confirmed,ord,a page naming the judge and the court\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert gen.main([str(export), "--out", str(out), "--hand", str(hand)]) == 0
    with out.open(encoding="utf-8") as f:
        rows = {(r["name"], r["court"], r["status"]) for r in csv.DictReader(f)}
    assert rows == {
        ("Jane Q. Doe", "ca9", "active"),
        ("Richard Roe, Jr.", "ord", "senior"),
        ("Newly Confirmed", "ord", ""),
    }


def test_a_judge_who_goes_by_his_middle_name_keeps_his_court() -> None:
    """The FJC export spells "Walter David Counts, III"; news prints "David Counts". The hand
    rows of the name news prints stay beside the export's rows."""
    from linker import courts as C

    assert C.judge_court("David Counts") == "txwd"
    assert C.judge_court("Rodney Gilstrap") == "txed"
    assert C.judge_court("Daniel Moss") is None  # a middle name the table does not print
