"""A law told again by its age ("the 19th-century near-total ban on abortion", "a statute that
has been on the books for more than 150 years", "the 150-year-old law") points back to the one
law named before whose year fits it (issue 13, twenty-first session). Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str = "2025-06-01") -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date)}


def test_a_century_and_a_ban() -> None:
    text = (
        "Congress passed the Comstock Act of 1873 after a long campaign. Critics call the "
        "19th-century ban on mailing obscene matter a relic."
    )
    got = found(text)
    assert got["the 19th-century ban on mailing"] == got["Comstock Act of 1873"]


def test_on_the_books_for_more_than() -> None:
    text = (
        "The Comstock Act of 1873 is back in the news. Activists want to revive a statute "
        "that has been on the books for more than 150 years."
    )
    got = found(text)
    phrase = "a statute that has been on the books for more than 150 years"
    assert got[phrase] == got["Comstock Act of 1873"]


def test_in_effect_for_over_with_the_law_s_year_in_its_name() -> None:
    text = (
        "The Posse Comitatus Act of 1878 bars troops from policing. Lawyers said a law that "
        "has been in effect for over 140 years cannot be waived."
    )
    got = found(text)
    phrase = "a law that has been in effect for over 140 years"
    assert got[phrase] == got["Posse Comitatus Act of 1878"]


def test_two_laws_of_the_century_leave_it_plain() -> None:
    text = (
        "The Posse Comitatus Act of 1878 and the Insurrection Act of 1807 were cited. The "
        "19th-century law limits troops."
    )
    assert "The 19th-century law" not in found(text)


def test_an_age_no_law_fits_is_plain() -> None:
    text = (
        "The Civil Rights Act of 1964 was cited. Lawyers said a statute that has been in "
        "effect for over 140 years cannot be waived."
    )
    assert "a statute that has been in effect for over 140 years" not in found(text)


def test_the_provision_is_a_state_s_one_section() -> None:
    text = (
        "Under Wis. Stat. § 940.04, abortion was a felony. The court said lawmakers impliedly "
        "repealed the provision."
    )
    assert found(text)["the provision"] == "state:wi:stat:940.04"
