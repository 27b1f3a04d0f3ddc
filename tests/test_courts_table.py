"""linker/data/courts_db.json answers every courts-db lookup linker makes, from the courts-db
version it records (scripts/gen_courts_table.py writes it; ``make data-courts``)."""

from __future__ import annotations

from importlib import metadata

import pytest

from linker import courts


def test_table_answers_every_name_linker_asks() -> None:
    missing = [q for q in courts.courts_db_queries() if q not in courts.courts_table().queries]
    assert missing == [], "run `make data-courts`: federal_districts.csv has new names"


def test_table_comes_from_the_installed_courts_db() -> None:
    try:
        installed = metadata.version("courts-db")
    except metadata.PackageNotFoundError:
        pytest.skip("courts-db is a generation dependency only")
    assert courts.courts_table().courts_db_version == installed, "run `make data-courts`"


def test_state_courts_from_the_table() -> None:
    assert courts._courts_db_find("Colorado Supreme Court") == ("colo",)
    assert courts._courts_db_find("New York Court of Appeals") == ("ny",)
    assert courts._courts_db_find("Colorado Circuit Court") == ()
    assert courts._courts_db_find("a name nobody asks") == ()
    assert courts.state_trial_court("NY") == "nysupct"
    assert courts.state_trial_court("CA") == "calsuperct"
    assert courts.state_trial_court("LA") is None  # courts-db's lasuperct is defunct
    # Colorado's district courts, filed under the singular "Colorado District Court"
    assert courts.state_trial_court("CO") == "coldistct"


def test_court_labels_from_the_table() -> None:
    assert courts.court_label("ord") == "D. Or."
    assert courts.court_label("colo") == "Colo."
    assert courts.court_label("scotus") == "U.S. Supreme Court"
    assert courts.court_label("zz-unknown") == "zz-unknown"


@pytest.mark.skipif(
    not any(d.metadata["Name"] == "courts-db" for d in metadata.distributions()),
    reason="courts-db is a generation dependency only",
)
def test_table_matches_courts_db_for_a_sample() -> None:
    import courts_db

    for q in ("Colorado Supreme Court", "Texas Court of Appeals", "Superior Court of Arizona"):
        assert courts._courts_db_find(q) == tuple(sorted(courts_db.find_court(q)))
    for court in ("colo", "nysupct", "lasuperct", "ord", "ca9"):
        (row,) = courts_db.find_court_by_id(court)
        assert courts.court_label(court) == (row.get("citation_string") or row["name"])
