"""State session laws by number and states' namesake counties (ninth session, issue 13,
point 8, round two): shapes of real pages, in sentences of my own."""

from __future__ import annotations

import pytest

from conftest import mentions


def state_laws(text: str, date: str = "2024-03-22") -> list[tuple[str, str | None, str | None]]:
    return [
        (m.text, m.authority, m.name) for m in mentions(text, date) if m.matcher == "state_laws"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Wisconsin act with its session's year before it
        (
            "MADISON — The governor signed Senate Bill 173, now 2023 Wisconsin Act 171.",
            ("2023 Wisconsin Act 171", "state:wi:bill:act171", "2023 Wisconsin Act 171"),
        ),
        # Pennsylvania's "Act No. N of YEAR", the state its sentence names as a lawmaker
        (
            "PENNSYLVANIA — Pennsylvania Governor Josh Shapiro signed HB 1407, now Act No. 9 "
            "of 2023.",
            ("Act No. 9 of 2023", "state:pa:bill:act9", "Pennsylvania Act 9 of 2023"),
        ),
        (
            "Ohio lawmakers passed House Bill 6, which became Act 12 of 2019.",
            ("Act 12 of 2019", "state:oh:bill:act12", "Ohio Act 12 of 2019"),
        ),
        # a hyphenated public act carries its session in its number
        (
            "Illinois Gov. JB Pritzker signed the measure, Public Act 103-0004, in May.",
            ("Public Act 103-0004", "state:il:bill:pa103-4", "Illinois Public Act 103-0004"),
        ),
    ],
)
def test_session_laws_take_their_state_and_year(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in state_laws(text)


def test_a_bare_act_number_after_a_session_law_is_the_same_session() -> None:
    text = (
        "Gov. Evers signed a pair of bills. Those bills are now 2023 Wisconsin Act 40 and "
        "Act 41, respectively. He also signed Act 42, relating to farmland preservation."
    )
    assert [(t, a) for t, a, _ in state_laws(text) if "Act" in t] == [
        ("2023 Wisconsin Act 40", "state:wi:bill:act40"),
        ("Act 41", "state:wi:bill:act41"),
        ("Act 42", "state:wi:bill:act42"),
    ]


def test_a_session_law_without_its_year_has_the_id_of_its_number() -> None:
    # SPEC §2's bill slug carries no session ("state:ga:bill:hb481"), so neither does an act's
    text = "Gov. Tony Evers today signed Senate Bill 50, now Wisconsin Act 26."
    assert ("Wisconsin Act 26", "state:wi:bill:act26", "Wisconsin Act 26") in state_laws(text)


@pytest.mark.parametrize(
    "text",
    [
        # no state in the text: no session law
        "The governor signed it as Act 68 of 2024 on Thursday.",
        # a bare number with no session law before it
        "Act 41 allows boards to meet online.",
        # a year after an act's name, not a number
        "Britain's Education Act 2002 changed school governance in Wisconsin.",
        # Congress's sentence
        "Congress passed it as Act 5 of 2020, Ohio officials said.",
    ],
)
def test_no_session_law_without_its_state_or_number(text: str) -> None:
    assert not [m for m in state_laws(text) if "Act" in m[0]]


def test_a_county_named_for_a_state_is_not_the_state() -> None:
    text = (
        "Gov. Tom Wolf signed House Bill 2209, authored by state Rep. Abby Major, whose "
        "district includes towns on the Indiana County line."
    )
    assert state_laws(text) == []


def test_each_number_of_a_plural_bill_list_is_a_bill() -> None:
    text = (
        "MADISON — Gov. Evers took action on bills in addition to Assembly Bills 465, 133, and "
        "394. Wisconsin lawmakers also sent him Assembly Bills 438 and 439."
    )
    assert [(t, a) for t, a, _ in state_laws(text)] == [
        ("Assembly Bills 465", "state:wi:bill:ab465"),
        ("133", "state:wi:bill:ab133"),
        ("394", "state:wi:bill:ab394"),
        ("Assembly Bills 438", "state:wi:bill:ab438"),
        ("439", "state:wi:bill:ab439"),
    ]


def test_a_plural_list_in_a_sentence_about_congress_is_no_states() -> None:
    text = "In Ohio news, Congress weighed House Bills 12 and 13 this week."
    assert state_laws(text) == []
