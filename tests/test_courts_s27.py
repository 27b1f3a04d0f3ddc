"""Which court a ruling is placed in (twenty-seventh session, census36 P3, P4, P15).

Sentences of our own in the shapes news prints: a county's own trial court where courts-db
files it county by county; the court written inside a ruling's own words; "the high court"
after an aside about the U.S. Supreme Court."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at
from linker import courts as C


def courts_of(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


# --- P3: a county's court of common pleas / circuit court ------------------------------


@pytest.mark.parametrize(
    ("postal", "county", "court"),
    [
        ("OH", "Franklin", "ohctcomplfrankl"),  # ("Franklin  Civil Division" in courts-db)
        ("OH", "Van Wert", "ohctcomplvanwe"),
        ("PA", "Franklin", "pactcomplfrankl"),
        ("PA", "Allegheny", "pactcomplallegh"),  # (courts-db spells it "Alleghany")
        ("OR", "Hood River", "orcchoodriver"),
        ("VA", "Roanoke", "vaccroanokecty"),  # (the county's court, not Roanoke City's)
        ("TX", "Travis", None),  # (Texas: one id for the state's district courts)
        ("OH", "Nowhere", None),
    ],
)
def test_county_trial_court_ids(postal: str, county: str, court: str | None) -> None:
    assert C.county_trial_court(postal, county) == court


def test_ohio_county_common_pleas_judge_and_back_references() -> None:
    text = (
        "COLUMBUS, Ohio — Erie County Court of Common Pleas Judge Mary Stone ruled on Monday "
        "that the state's new licensing law may take effect. This decision lets the state "
        "begin enforcing it. The attorney general praised the court's decision and said the "
        "trial court's reasoning was sound."
    )
    got = courts_of(text)
    assert got and all(c == "ohctcomplerie" for _, c in got), got
    assert any(t.startswith("Erie County Court of Common Pleas Judge") for t, _ in got)
    assert any(t == "This decision" for t, _ in got)


def test_common_pleas_judge_title_without_court_of() -> None:
    text = (
        "COLUMBUS, Ohio — Hamilton County Common Pleas Judge Mark Reed blocked the city's "
        "new parking ordinance on Tuesday."
    )
    assert [c for _, c in courts_of(text)] == ["ohctcomplhamilt"]


def test_pennsylvania_county_common_pleas() -> None:
    text = (
        "PITTSBURGH, Pa. — An Allegheny County Court of Common Pleas judge on Friday "
        "blocked the county's new rental registry."
    )
    assert [c for _, c in courts_of(text)] == ["pactcomplallegh"]


def test_oregon_county_circuit_court() -> None:
    text = (
        "SALEM, Ore. — A Lane County Circuit Court judge on Friday struck down the "
        "county's ban on short-term rentals."
    )
    assert [c for _, c in courts_of(text)] == ["orcclane"]


def test_a_county_judge_without_the_courts_kind_keeps_the_states_id() -> None:
    # "a Franklin County judge" says no common pleas court (Ohio has county and municipal
    # courts too): the state-level id stays
    text = (
        "COLUMBUS, Ohio — A Franklin County judge on Friday blocked the state's new licensing law."
    )
    got = courts_of(text)
    assert got and all(c != "ohctcomplfrankl" for _, c in got), got


def test_a_county_of_two_states_with_no_state_gets_no_county_id() -> None:
    # Franklin County has a court of common pleas in Ohio and in Pennsylvania: with no
    # state named, neither
    text = "A Franklin County Court of Common Pleas judge on Friday blocked the new ordinance."
    assert all(c not in ("ohctcomplfrankl", "pactcomplfrankl") for _, c in courts_of(text))


def test_kentucky_county_circuit_court_is_not_given_a_county_id() -> None:
    # Kentucky's circuit courts: courts-db files them by numbered circuit, not by county
    text = (
        "FRANKFORT, Ky. — A Franklin County Circuit Court judge on Friday blocked the new "
        "pension law."
    )
    got = courts_of(text)
    assert all(c is None or not c.startswith(("ohctcompl", "orcc", "vacc")) for _, c in got)


# --- a city's name that is a statute's: the place words of a ruling's sentence ----------


def test_a_statutes_city_name_places_no_ruling() -> None:
    # "the Sherman Act" names no city of Texas: the federal court the article names next
    # (in Washington) is kept
    text = (
        "WASHINGTON — A federal court has found that the company violated the Sherman Act by "
        "keeping its monopoly. Lawyers are studying Judge Amit Mehta's decision in the U.S. "
        "District Court for the District of Columbia."
    )
    got = rulings_at(text, "A federal court has found")
    assert got and got[0].court == "dcd", got


# --- P4: the court written inside a ruling's own words ----------------------------------


def test_a_preliminary_injunction_ruling_by_a_court_is_that_courts() -> None:
    # the court after "by" is the ruling's own, not the court of the ruling told before
    text = (
        "The agency appealed the May ruling by the U.S. District Court for the Northern "
        "District of Texas that blocked its rule. The agency has also appealed a preliminary "
        "injunction ruling by the U.S. District Court for the Middle District of Florida in "
        "a separate case."
    )
    got = rulings_at(text, "a preliminary injunction ruling by")
    assert got and got[0].court == "flmd", got
    assert got[0].text.startswith("a preliminary injunction ruling by the U.S. District")


def test_a_similar_ruling_by_a_federal_court_in_a_state_takes_the_district_named_later() -> None:
    text = (
        "The agency appealed a similar ruling by a federal court in Florida. That case, "
        "decided by the U.S. District Court for the Middle District of Florida, concerned "
        "the same rule."
    )
    got = rulings_at(text, "a similar ruling by a federal court in Florida")
    assert got and got[0].court == "flmd", got


def test_a_similar_ruling_by_a_federal_court_of_a_divided_state_stays_unplaced() -> None:
    # Florida has three districts and none is named: no district is guessed
    text = "The agency appealed a similar ruling by a federal court in Florida on Monday."
    got = rulings_at(text, "a similar ruling by a federal court in Florida")
    assert got and got[0].court is None, got


def test_a_similar_ruling_beside_the_story_is_not_what_the_ruling_after_means() -> None:
    text = (
        "The agency appealed a similar ruling by a federal court in Florida. On Oct. 3, the "
        "agency appealed the August ruling by the U.S. District Court for the Northern "
        "District of Texas in Acme Corp. v. Federal Trade Commission that set aside the rule."
        "\n\nIn that ruling, U.S. District Judge Ada Brown found the agency exceeded its "
        "authority. The ruling expanded an earlier preliminary injunction.\n\nLater, the U.S. "
        "District Court for the Middle District of Florida was asked to revisit its order."
    )
    got = rulings_at(text, "The ruling")
    assert got and got[0].court == "txnd", got


# --- P15: "the high court" after an aside about the U.S. Supreme Court -------------------

_STATE_STORY = (
    "The Iowa Supreme Court struck down the state's 1902 ban on public camping, ruling 4-3 "
    "that later statutes had replaced it. Writing for the majority, Justice Jane Roe said "
    "the legislature had changed course. The county attorney had tried to enforce the old "
    "ban again after the U.S. Supreme Court upheld a similar ordinance in 2024. Advocates "
    "for the homeless held a rally outside the capitol on Friday, while the city council "
    "said it would ask lawmakers to write a new camping ordinance before the winter. "
)


def test_the_high_court_after_an_aside_about_the_us_supreme_court_is_the_states() -> None:
    text = _STATE_STORY + "The high court separately dismissed a parallel challenge as moot."
    got = rulings_at(text, "The high court separately dismissed")
    assert got and got[0].court == "iowa", got


def test_the_us_high_court_named_so_stays_the_us_supreme_court() -> None:
    text = _STATE_STORY + "The U.S. high court separately declined to hear a parallel challenge."
    got = rulings_at(text, "high court separately declined")
    assert not got or got[0].court == "scotus", got


def test_the_high_court_after_the_us_supreme_courts_own_news_stays_the_us_court() -> None:
    # the U.S. Supreme Court as the subject of its own news (no aside): "the high court"
    # after it is that court
    text = (
        "The Iowa Supreme Court struck down the state's 1902 ban on public camping last "
        "year. On Monday, the U.S. Supreme Court agreed to review a similar ordinance from "
        "Oregon, and lawyers for the city filed their briefs. The high court will hear "
        "arguments in April, and the high court ruled on a related question in 2019."
    )
    got = rulings_at(text, "the high court ruled")
    assert not got or got[0].court == "scotus", got


# --- P4: a ruling with no court, named with its court later in the article ---------------


def test_a_months_ruling_takes_the_court_named_later_for_that_months_ruling() -> None:
    text = (
        "Key points:\n\n  • The agency appealed an August ruling that set aside its rule.\n\n"
        "On Oct. 2, the agency filed its notice of appeal from the August 2025 ruling by the "
        "U.S. District Court for the Northern District of Texas that blocked the rule."
    )
    got = rulings_at(text, "an August ruling")
    assert got and got[0].court == "txnd", got


def test_a_months_ruling_with_two_courts_named_later_for_that_month_stays_out() -> None:
    text = (
        "The agency appealed an August ruling that set aside its rule. The August ruling by "
        "the U.S. District Court for the Northern District of Texas came first; the August "
        "decision by the U.S. District Court for the Middle District of Florida followed."
    )
    assert not any(m.court for m in rulings_at(text, "an August ruling"))


def test_a_months_ruling_with_no_later_ruling_of_that_month_stays_out() -> None:
    text = (
        "The agency appealed an August ruling that set aside its rule. The June ruling by the "
        "U.S. District Court for the Northern District of Texas had blocked it first."
    )
    assert not any(m.court for m in rulings_at(text, "an August ruling"))


# --- P4: a judge titled in lower case, named in the ruling's own words --------------------


def test_a_federal_judge_in_lower_case_named_before_in_an_opinion() -> None:
    # the judges' table holds Charles R. Breyer (N.D. Cal.): his opinion is his court's,
    # not the appeals court's told before it
    text = (
        "The 9th U.S. Circuit Court of Appeals on Thursday paused a lower court's ruling. "
        "How did the governor react to the appeals ruling? He called it a setback.\n\n"
        "What did the paused ruling say? Federal judge Charles R. Breyer in a Thursday "
        "opinion said the deployment was illegal."
    )
    got = rulings_at(text, "a Thursday opinion")
    assert got and got[0].court == "cand", got
    appeals = rulings_at(text, "the appeals ruling")
    assert appeals and appeals[0].court == "ca9", appeals


def test_a_federal_judge_in_lower_case_the_table_does_not_know_gives_no_court() -> None:
    text = "Federal judge Jane Nobody in a Thursday opinion said the deployment was illegal."
    assert all(m.court is None for m in rulings(text))


def test_minnesotas_district_courts_are_the_states_trial_court() -> None:
    # courts-db files "Minnesota District Courts" with no type: still the state's trial court
    assert C.state_trial_court("MN") == "minndistct"
    text = (
        "ST. PAUL, Minn. — A Hennepin County District Court judge on Friday blocked the "
        "state's new licensing law."
    )
    assert [c for _, c in courts_of(text)] == ["minndistct"]


def test_a_wire_leads_judge_takes_the_county_court_of_the_judge_named_next() -> None:
    text = (
        "EUGENE, Ore. (AP) — A judge has ruled that the city cannot ban camping in its parks. "
        "Lane County Circuit Court Judge Mary Stone said the ban conflicts with state law."
    )
    got = rulings_at(text, "A judge has ruled")
    assert got and got[0].court == "orcclane", got
