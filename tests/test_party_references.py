"""A case called by a party after the article named it in full (issue 13, point 4): "the
Held plaintiffs", "the Smith challenge", "Jones' case", "the NetChoice lawsuit"."""

from __future__ import annotations

import pytest

from conftest import mentions


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "In Held v. Montana, 16 young people sued the state over climate change. The Held "
            "plaintiffs argued that the law violated their right to a clean environment.",
            "The Held plaintiffs",
            # (the lawsuits row's caption: s23-captions)
            "Held v. State of Montana",
        ),
        (
            "The plaintiffs in Smith v. Jones say the ordinance is unconstitutional. The Smith "
            "challenge was filed in 2022, and Jones' case is pending.",
            "The Smith challenge",
            "Smith v. Jones",
        ),
        (
            "The plaintiffs in Smith v. Jones say the ordinance is unconstitutional. The Smith "
            "challenge was filed in 2022, and Jones' case is pending.",
            "Jones' case",
            "Smith v. Jones",
        ),
        (
            "Juliana v. United States was filed in 2015 by 21 young people. Juliana's case was "
            "dismissed by the Ninth Circuit in 2020.",
            "Juliana's case",
            "Juliana v. United States",
        ),
    ],
)
def test_a_party_stands_for_the_case_named_in_full(text: str, phrase: str, name: str) -> None:
    found = {m.text: m for m in mentions(text, "2024-05-01") if m.kind == "case"}
    assert phrase in found
    assert found[phrase].name == name


def test_a_common_surname_alone_is_a_person() -> None:
    text = (
        "The plaintiffs in Smith v. Jones say the ordinance is unconstitutional. Smith said "
        "he was pleased, and in Jones' view the city will win."
    )
    assert [m.text for m in mentions(text) if m.kind == "case"] == ["Smith v. Jones"]


def test_two_cases_named_by_their_parties_together() -> None:
    text = (
        "The Court released its opinions in Gonzalez v. Google LLC and Twitter, Inc. v. "
        "Taamneh on May 18. Gonzalez and Taamneh are a story about how the Court saved the "
        "Internet."
    )
    found = {m.text: m.name for m in mentions(text) if m.kind == "case"}
    assert found["Gonzalez"] and "Gonzalez" in found["Gonzalez"]
    assert found["Taamneh"] and "Taamneh" in found["Taamneh"]


def test_a_name_paired_with_a_person_is_no_case() -> None:
    text = "The plaintiffs in Held v. Montana won. Held and Smith met reporters afterwards."
    assert [m.text for m in mentions(text) if m.kind == "case"] == ["Held v. Montana"]


def test_an_indictment_that_charges_a_named_person_in_a_federal_story() -> None:
    text = (
        "The indictment released today by the Jan. 6 grand jury in Washington, D.C., charges "
        "former President Donald J. Trump with four felony counts under 18 U.S.C. § 1512. "
        "The indictment tightly hews to the elements of the statutes."
    )
    found = [(m.text, m.name) for m in mentions(text, "2023-08-01") if m.kind == "case"]
    assert found == [
        (
            "The indictment released today by the Jan. 6 grand jury in Washington, D.C.",
            "United States v. Trump",
        ),
        ("The indictment", "United States v. Trump"),
    ]


def test_a_state_indictment_is_not_the_united_states_case() -> None:
    text = (
        "The indictment returned by a Fulton County grand jury charges Donald Trump with "
        "racketeering under Georgia law."
    )
    assert [m for m in mentions(text, "2023-08-15") if m.kind == "case"] == []


def test_a_party_of_several_words_called_the_case() -> None:
    text = (
        "The Supreme Court ruled in Braidwood Management v. Becerra on Friday. The Braidwood "
        "Management case began in Texas, and the Becerra plaintiffs lost."
    )
    found = {m.text: m.name for m in mentions(text, "2025-06-27") if m.kind == "case"}
    assert found["The Braidwood Management case"] == "Braidwood Management v. Becerra"
