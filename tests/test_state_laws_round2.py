"""State laws, round two (issue 13, point 5, eleventh session): quoted nicknames a table row
lists, a bill and its act as one law, a nickname of another year, abbreviations the table
lists, table acts printed with "law", and the new rows. Our own sentences, in the shapes of
real news pages."""

from __future__ import annotations

import pytest

from conftest import mentions


def found(text: str, date: str = "2024-06-21") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        # a quoted nickname one row of the state before it lists, no law named by number
        ("Doctors say Florida's 'heartbeat law' leaves women without care.",
         "Florida's 'heartbeat law'", "state:fl:bill:sb300"),
        ("Clinics in Georgia fear the “heartbeat” law, activists said.",
         "the “heartbeat” law", "state:ga:bill:hb481"),
        # a table act printed with "law"
        ("Under the new Arkansas LEARNS law, families can get vouchers.",
         "Arkansas LEARNS law", "state:ar:bill:sb294"),
        ("Florida's Stop WOKE law limits workplace training.", "Florida's Stop WOKE law",
         "state:fl:bill:hb7"),
        # a titled "Law" without its state before it, in a story naming its state
        ("Counselors in Colorado challenged the Minor Conversion Therapy Law last year.",
         "Minor Conversion Therapy Law", "state:co:crs:12-245-224"),
        # an abbreviation the table lists, never defined in the story
        ("A judge struck down the Protect Illinois Communities Act. The provisions of PICA "
         "are unconstitutional, he wrote.", "PICA", "state:il:bill:pa102-1116"),
        # new rows: names and descriptions
        ("Illinois ended cash bail through the SAFE-T Act.", "SAFE-T Act",
         "state:il:bill:pa101-652"),
        ("Governor Northam signed the Virginia Consumer Data Protection Act.",
         "Virginia Consumer Data Protection Act", "state:va:bill:hb2307"),
        ("Tennessee's ELVIS Act protects voices from AI cloning.", "Tennessee's ELVIS Act",
         "state:tn:tca:47-25-1101"),
        ("A court blocked Indiana's law that bans gender-affirming care for minors.",
         "Indiana's law that bans gender-affirming care for minors", "state:in:bill:sb480"),
        ("Idaho's Fairness in Women's Sports Act was challenged by a runner.",
         "Idaho's Fairness in Women's Sports Act", "state:id:bill:hb500"),
    ],
)  # fmt: skip
def test_a_state_law_by_nickname_abbreviation_or_table_name(
    text: str, surface: str, authority: str
) -> None:
    assert (surface, authority) in found(text)


def test_a_bill_and_the_act_it_enacted_are_one_law_for_a_nickname() -> None:
    text = (
        "Gov. DeSantis signed House Bill 1, the Combating Public Disorder Act, in Florida. "
        'Critics call it the "anti-riot" bill.'
    )
    assert ('the "anti-riot" bill', "state:fl:bill:hb1") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a nickname of another year than the one law the article names
        'The court left an injunction in place against a 2018 "heartbeat" law. Lawmakers '
        "passed HF 732 in Iowa, and Gov. Reynolds signed it in 2023.",
        # two states whose rows list the nickname, neither before it
        "Georgia and Florida defend the 'heartbeat law' in court.",
        # a one-word stem that is no acronym: "the Heartbeat law" is no name
        "Texas passed the Heartbeat law.",
        # a quotation's closing mark and a possessive are no nickname
        'Iowa passed HF 68, the Students First Act. "It pays tuition," explains the bill\'s '
        "fiscal note.",
    ],
)
def test_no_nickname_link_for_another_year_two_states_or_no_quote(text: str) -> None:
    got = found(text)
    assert not [s for s, a in got if "heartbeat" in s.lower() or "explains" in s]


def test_an_abbreviation_needs_its_act_named() -> None:
    assert not found("The provisions of PICA are unconstitutional, the judge wrote.")
