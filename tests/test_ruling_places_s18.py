"""Rulings whose court the places say, not a court's name (eighteenth session): judges in two
cities ("federal judges in Boise and Tucson paused the policy"), and a federal judge the
article places after the ruling ("Roe, who sits in Reno, wrote …"). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions


def _courts(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2026-03-10") if m.kind == "ruling"]


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("The policy was paused by federal judges in Boise and Tucson.", "idd"),
        ("Federal judges in Boise and Tucson paused the policy last week.", "idd"),
        ("Judges in Seattle and in Boston have blocked the order.", "wawd"),
        ("The order was blocked on Monday by federal judges in Seattle and Boston.", "wawd"),
    ],
)
def test_judges_in_two_cities_take_the_first_citys_district(text: str, court: str) -> None:
    found = _courts(text)
    assert found and found[0][1] == court


@pytest.mark.parametrize(
    "text",
    [
        # two states with several districts each: no district
        "Judges in Texas and Ohio have blocked similar rules.",
        # one district twice: not two rulings the places tell apart
        "Federal judges in Boston and Cambridge blocked the policy.",
        # state judges: no federal district
        "State judges in Boise and Tucson have upheld such laws.",
    ],
)
def test_judges_in_places_that_name_no_two_districts(text: str) -> None:
    assert all(c in (None, "") for _, c in _courts(text))


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "U.S. District Judge Ada Roe blocked the rule on Friday. Roe, who sits in Reno, "
            "wrote that the agency had overstepped the statute.",
            "nvd",
        ),
        (
            "U.S. District Judge Ada Roe, an appointee of President Biden, blocked the rule "
            "on Friday. Roe, who is based in Reno, wrote that the agency had overstepped.",
            "nvd",
        ),
        (
            "Federal Judge Ada Roe on Friday blocked the rule. Roe, who hears cases in Boise, "
            "said the agency had overstepped.",
            "idd",
        ),
        (
            "U.S. District Judge Ada Roe blocked the rule on Friday. The Reno-based judge "
            "wrote that the agency had overstepped.",
            "nvd",
        ),
        (
            "U.S. District Judge Ada Roe blocked the rule on Friday. Roe, who was appointed by "
            "President Biden and sits in Reno, wrote that the agency erred.",
            "nvd",
        ),
        (
            "U.S. District Judge Ada Roe blocked the rule on Friday. Roe, a Biden appointee "
            "based in Reno, wrote that the agency erred.",
            "nvd",
        ),
        (
            "U.S. District Judge Ada Roe blocked the rule on Friday. Roe, a judge in Boise, "
            "wrote that the agency erred.",
            "idd",
        ),
    ],
)
def test_a_federal_judge_placed_after_the_ruling(text: str, court: str) -> None:
    found = _courts(text)
    assert found and found[0][1] == court


@pytest.mark.parametrize(
    "text",
    [
        # a state with four districts
        "U.S. District Judge Ada Roe blocked the rule on Friday. Roe, who sits in Texas, "
        "wrote that it failed.",
        # no federal title: a judge of the city's state court may be meant
        "Judge Ada Roe blocked the rule on Friday. Roe, who sits in Reno, wrote that it failed.",
    ],
)
def test_a_placement_that_names_no_one_federal_district(text: str) -> None:
    found = _courts(text)
    assert found and found[0][1] is None


@pytest.mark.parametrize(
    ("text", "court"),
    [
        # the state the ruling's own sentence names
        ("A federal judge in Columbus blocked Ohio's new social media law on Tuesday.", "ohsd"),
        # the one state the article names, in a sentence before
        (
            "Ohio lawmakers passed House Bill 68 last year. A federal judge in Columbus on "
            "Friday blocked it.",
            "ohsd",
        ),
        (
            "Georgia officials appealed. A federal judge in Columbus ruled the jail conditions "
            "unconstitutional.",
            "gamd",
        ),
        ("Illinois gun owners sued. A federal judge in Springfield struck down the ban.", "ilcd"),
        ("A federal judge in Springfield, Missouri, blocked the ordinance.", "mowd"),
    ],
)
def test_a_city_of_two_states_takes_the_state_the_text_names(text: str, court: str) -> None:
    found = _courts(text)
    assert found and found[0][1] == court


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge in Columbus blocked the law on Tuesday.",
        "Officials in Ohio and Georgia were sued. A federal judge in Columbus ruled.",
    ],
)
def test_a_city_of_two_states_with_no_one_state_named(text: str) -> None:
    found = _courts(text)
    assert found and found[0][1] is None


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Texas voters sued over the map. The suit was filed in Travis County district court "
            "in May. A judge ruled last week that the map is unlawful.",
            "texdistct",
        ),
        (
            "Voters sued in Dane County circuit court in May. A judge ruled last week that the "
            "map is unlawful. Wisconsin officials will appeal.",
            "wisccirct",
        ),
    ],
)
def test_a_county_court_in_lower_case_named_before_a_judges_ruling(text: str, court: str) -> None:
    found = _courts(text)
    assert found and found[0][1] == court


def test_a_federal_judges_ruling_keeps_its_district_beside_a_county_court() -> None:
    text = (
        "A federal judge in Austin ruled the map unlawful. The state had asked a Travis County "
        "district court to intervene."
    )
    assert _courts(text)[0][1] == "txwd"


def test_judges_in_a_district_and_a_state_of_several() -> None:
    text = "Judges in Maryland and Washington state blocked the order last month."
    assert _courts(text)[0][1] == "mdd"


def test_his_ruling_is_the_judge_named_after_it_then_the_ruling_follows() -> None:
    """ "In his ruling, U.S. District Judge X wrote …" after rulings of two places: the
    ruling is the judge named beside it (his court from the judges table), and a later "the
    ruling" takes it too — not the first place's court."""
    from conftest import rulings

    text = (
        "A rule on rural clinics has been halted twice this month by judges in Nevada and "
        'Boise.\nIn his ruling, U.S. District Judge David Nye wrote, "The plan cannot '
        'stand."\nThe Department of Justice has already appealed the ruling.'
    )
    got = {m.text: m.court for m in rulings(text, "2025-03-14")}
    assert got["his ruling"] == "idd"
    assert got["the ruling"] == "idd"
