"""Strings of case citations, as law-firm alerts and opinions quoted in news print them: each
case keeps its own name and citation, and none swallows its neighbour."""

from __future__ import annotations

import pytest

from linker.load import from_text
from linker.pipeline import scan_article


def cases(text: str) -> list[tuple[str, str | None, str | None]]:
    ms = scan_article(from_text(text, "a.txt")).mentions
    return [(m.text, m.authority, m.name) for m in ms if m.kind == "case"]


@pytest.mark.parametrize(
    "joiner", [", and ", "; see also ", "; ", ", and see "], ids=["and", "see-also", "semi", "see"]
)
def test_two_cases_in_a_string_stay_two(joiner: str) -> None:
    text = f"The court cited Smith v. Jones, 500 U.S. 12 (1990){joiner}Brown v. Doe, 501 U.S. 45."
    assert cases(text) == [
        ("Smith v. Jones, 500 U.S. 12 (1990)", "cite:500:us:12", "Smith v. Jones"),
        ("Brown v. Doe, 501 U.S. 45", "cite:501:us:45", "Brown v. Doe"),
    ]


def test_the_court_and_year_of_the_second_stay_with_it() -> None:
    # eyecite reads "(D. Mass. 2014)" as the first's too, and stops "Brown & Co." at "&"
    text = (
        "The court cited Smith v. Jones, 2019 WI 12, and Brown & Co. v. Doe, "
        "12 F. Supp. 3d 45 (D. Mass. 2014)."
    )
    assert cases(text) == [
        ("Smith v. Jones, 2019 WI 12", "cite:2019:wi:12", "Smith v. Jones"),
        (
            "Brown & Co. v. Doe, 12 F. Supp. 3d 45 (D. Mass. 2014)",
            "cite:12:fsupp3d:45",
            "Brown & Co. v. Doe",
        ),
    ]


def test_long_captions_in_a_string() -> None:
    text = (
        "It relied on Board of Education of Topeka v. Doe, 500 U.S. 12, and Mahanoy Area "
        "School District v. B.L., 594 U.S. 180 (2021)."
    )
    names = [n for _, _, n in cases(text)]
    assert names == ["Board of Education of Topeka v. Doe", "Mahanoy Area School District v. B.L."]


def test_prose_between_citations_is_no_name() -> None:
    text = (
        "Smith v. Jones, 500 U.S. 12 (1990), which was later applied in Brown v. Doe, "
        "501 U.S. 45 (1991), still governs."
    )
    names = [n for _, _, n in cases(text)]
    assert names == ["Smith v. Jones", "Brown v. Doe"]


def test_parallel_citations_stay_one_case_and_a_leading_in_is_not_the_name() -> None:
    text = "In Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705 (1973), the Court held so."
    assert cases(text) == [
        ("Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705 (1973)", "cite:410:us:113", "Roe v. Wade")
    ]


def statutes(text: str) -> list[tuple[str, str | None]]:
    ms = scan_article(from_text(text, "a.txt")).mentions
    return [(m.text, m.authority) for m in ms if m.kind == "statute"]


def test_sections_of_a_title_in_a_list_are_each_linked() -> None:
    # "Title 42" here is the Code's title, not the public-health expulsion policy
    assert statutes("Sections 1981 and 1982 of Title 42 apply.") == [
        ("Sections 1981", "usc:42:1981"),
        ("1982 of Title 42", "usc:42:1982"),
    ]
    assert [a for _, a in statutes("They cite sections 1324, 1325 and 1326 of title 8.")] == [
        "usc:8:1324",
        "usc:8:1325",
        "usc:8:1326",
    ]


def test_sections_of_a_named_act_in_a_list_are_each_linked() -> None:
    assert statutes("Sections 2 and 5 of the Voting Rights Act were at issue.") == [
        ("Sections 2", "usc:52:10301"),
        ("5 of the Voting Rights Act", "usc:52:10304"),
    ]
    # a section the act's row does not map: the act alone, never a guessed section
    assert statutes("Sections 2 and 99 of the Voting Rights Act were cited.") == [
        ("Voting Rights Act", "publ:89-110")
    ]
