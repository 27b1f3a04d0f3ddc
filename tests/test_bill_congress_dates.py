"""The Congress of a bill number in an article with no date (issue 13, point 6 (c)): the dates
the article gives for the bill's own steps, else the one Congress all its dated legislative
steps fall in — never the year in a law's name, a precedent's year, or a step of another law.

Sentences are in the shape of real pages (targetednews.com's bill reports, wcpinst.org's
legislative notes); none of them is copied whole.
"""

from __future__ import annotations

import pytest

from conftest import doc
from linker.scanner import bills


def found(text: str) -> dict[str, tuple[str | None, float, str]]:
    return {
        m.text: (m.authority, m.confidence, m.evidence or "") for m in bills.find(doc(text, None))
    }


RIGHT = [
    # the number's own sentence dates the bill's introduction
    (
        "The Fostering Autonomy in Independent Returns Act of 2025 (S. 96), introduced by "
        "Sen. Marsha Blackburn, R-TN, on January 15, 2025, has been analyzed by the "
        "Congressional Research Service.",
        "S. 96",
        "bill:119:s:96",
    ),
    # a date before the step: "On Jan. 22, 2025, the House passed H.R. 29"
    (
        "On Jan. 22, 2025, the House passed H.R. 29 by a vote of 263-156.",
        "H.R. 29",
        "bill:119:hr:29",
    ),
    # a month and year with "in"
    (
        "Rep. Smith introduced H.R. 4410 in March 2023 with five cosponsors.",
        "H.R. 4410",
        "bill:118:hr:4410",
    ),
    # "introduced in 2021": a bare year after "in" is a date
    ("H.R. 55 was introduced in 2021 and never got a vote.", "H.R. 55", "bill:117:hr:55"),
]


@pytest.mark.parametrize(("text", "surface", "want"), RIGHT)
def test_the_bills_own_dated_step_gives_its_congress(text: str, surface: str, want: str) -> None:
    authority, confidence, evidence = found(text)[surface]
    assert authority == want
    assert confidence < 0.93  # below a Congress the article's date gives
    assert "Congress of" in evidence


WRONG_IF_GUESSED = [
    # another law's step: the verb sits in a relative clause about the Dodd-Frank Act
    "S. 310 would amend the Dodd-Frank Act, which Congress passed in July 2010.",
    # the year in the bill's own name is no date
    "The Stop Arming Cartels Act of 2025, H.R. 2110, would ban .50 caliber rifles.",
    # a precedent's year in parentheses is no date
    "H.R. 12 answers Dobbs v. Jackson Women's Health Organization (2022).",
    # two steps in two Congresses: first introduced in 2019, passed again in March 2021
    "H.R. 1 was first introduced in January 2019 and passed the House again in March 2021.",
]


@pytest.mark.parametrize("text", WRONG_IF_GUESSED)
def test_no_congress_from_a_date_that_is_not_the_bills_own_step(text: str) -> None:
    assert all(a is None for a, _, _ in found(text).values())


def test_every_dated_step_of_the_article_in_one_congress() -> None:
    text = (
        "The House approved the measure on Dec. 12, 2013. On December 18, the Senate "
        "approved it, 64-36.\n\nThe resolution, H.J. Res. 59, now goes to the president."
    )
    authority, confidence, evidence = found(text)["H.J. Res. 59"]
    assert authority == "bill:113:hjres:59"
    assert confidence <= 0.7
    assert "every dated step" in evidence


def test_steps_in_two_congresses_give_none() -> None:
    text = (
        "A similar bill passed the House in May 2022. Lawmakers reintroduced it in "
        "February 2025.\n\nThe new version, H.R. 812, has 40 cosponsors."
    )
    assert found(text)["H.R. 812"][0] is None


def test_a_congress_the_article_names_still_wins() -> None:
    text = "S. 40 was introduced on Jan. 9, 2025, in the 119th Congress."
    assert found(text)["S. 40"][0] == "bill:119:s:40"
