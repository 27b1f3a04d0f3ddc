"""Bills numbered by a chamber's letter alone, as South Carolina, New York, Massachusetts,
Vermont, New Jersey, North Carolina and Rhode Island print them ("H. 3974", "S3006", "H.4800"),
never taken for Congress's "S. 77" when the article is about a state legislature — and
Congress's bills left alone."""

from __future__ import annotations

import pytest

from conftest import mentions


def ids(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, "2025-04-01")}


@pytest.mark.parametrize(
    ("text", "number", "want"),
    [
        (
            "COLUMBIA, S.C. — The South Carolina House gave final approval to H.4102 on "
            "Wednesday, sending the school bus bill to the Senate.",
            "H.4102",
            "state:sc:bill:h4102",
        ),
        (
            "State lawmakers in Columbia also took up S. 118, which would let South Carolina "
            "counties set their own speed limits.",
            "S. 118",
            "state:sc:bill:s118",
        ),
        (
            "ALBANY, N.Y. — The state Senate passed S4120-A on Tuesday; the Assembly's "
            "version, A5512, waits in committee. Gov. Kathy Hochul has not said if she will sign.",
            "S4120-A",
            "state:ny:bill:s4120",
        ),
        (
            "ALBANY, N.Y. — The state Senate passed S4120-A on Tuesday; the Assembly's "
            "version, A5512, waits in committee. Gov. Kathy Hochul has not said if she will sign.",
            "A5512",
            "state:ny:bill:a5512",
        ),
        (
            "The Massachusetts House voted 140-15 for H.4871, and the Legislature's "
            "conference committee will take it up next.",
            "H.4871",
            "state:ma:bill:h4871",
        ),
        (
            "North Carolina's General Assembly sent H 212 to the governor on Thursday.",
            "H 212",
            "state:nc:bill:h212",
        ),
    ],
)
def test_a_chamber_letter_and_number_is_the_states_bill(text: str, number: str, want: str) -> None:
    assert ids(text)[number] == want


def test_congress_keeps_its_senate_bills() -> None:
    # no state legislature in the article: Congress's S. 118
    found = ids("Sen. Ann Lee of South Carolina introduced S. 118 in Washington on Tuesday.")
    assert not (found.get("S. 118") or "").startswith("state:")
    # a state legislature elsewhere, but the sentence is about Congress
    found = ids(
        "The South Carolina Legislature adjourned. In Congress, the Senate passed S. 118 on a "
        "party-line vote."
    )
    assert not (found.get("S. 118") or "").startswith("state:")


def test_a_state_that_prints_two_letters_takes_no_lone_letter() -> None:
    # Texas numbers "HB"/"SB": "S. 12" there is nobody's state bill
    found = ids("AUSTIN, Texas — The Texas Legislature met on Monday; S. 12 was read in.")
    assert not (found.get("S. 12") or "").startswith("state:tx")


@pytest.mark.parametrize(
    "text",
    [
        "The South Carolina Legislature met as A 5-4 majority formed; S 12-14 were read.",
        "In Columbia, the state Senate's H.R. 12 resolution honored a coach.",
        "Lawmakers at the South Carolina Statehouse saw S 1,200 people rally.",
    ],
)
def test_what_is_no_lettered_bill(text: str) -> None:
    assert not [a for a in ids(text).values() if a and a.startswith("state:sc:bill:")]
