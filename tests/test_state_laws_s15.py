"""States' laws and ballot measures of 2024–2026 (issue 13, fifteenth session, branch
s15-states26): the rows ``state_acts.csv`` and ``propositions.csv`` gained, by name, number and
description, and Colorado's extraordinary-session bill numbers. The sentences are our own, made
up in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions


def found(text: str, date: str = "2026-03-02") -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.authority, m.anaphor) for m in mentions(text, date) if m.kind == "statute"]


def names(text: str, date: str | None = "2026-03-02") -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.authority, m.name) for m in mentions(text, date) if m.kind == "statute"]


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        # an act by the name the table lists, its state printed or named in the sentence
        ("Governor Hochul put her name to the RAISE Act after months of talks in New York.",
         "RAISE Act", "state:ny:bill:s6953"),
        ("Opponents filed suit over Texas's Woman and Child Protection Act last week.",
         "Texas's Woman and Child Protection Act", "state:tx:bill:hb7"),
        ("Apple sued to stop the Texas App Store Accountability Act from taking effect.",
         "Texas App Store Accountability Act", "state:tx:bill:sb2420"),
        ("Kansas legislators voted to override the veto of the Help Not Harm Act.",
         "Help Not Harm Act", "state:ks:bill:sb63"),
        ("Georgia's governor signed the Riley Gaines Act at the Capitol.",
         "Riley Gaines Act", "state:ga:bill:sb1"),
        ("California's No Secret Police Act drew a lawsuit from federal prosecutors.",
         "California's No Secret Police Act", "state:ca:bill:sb627"),
        ("Device makers must comply with California's Digital Age Assurance Act by 2027.",
         "California's Digital Age Assurance Act", "state:ca:bill:ab1043"),
        ("Illinois regulators enforce the Wellness and Oversight for Psychological Resources "
         "Act against chatbot apps.",
         "Wellness and Oversight for Psychological Resources Act", "state:il:bill:hb1806"),
        ("Louisiana's Justice for Victims of Abortion Drug Dealers Act lets relatives sue.",
         "Louisiana's Justice for Victims of Abortion Drug Dealers Act", "state:la:bill:hb575"),
        # a law by its number, the state named before it or in its sentence
        ("North Carolina legislators gave final approval to Senate Bill 249 on Wednesday.",
         "Senate Bill 249", "state:nc:bill:sb249"),
        ("Florida's SB 4-C made entering the state without papers a misdemeanor.",
         "SB 4-C", "state:fl:bill:sb4c"),
        ("Virginia's SB 854 caps social media use for younger teens.", "SB 854",
         "state:va:bill:sb854"),
        ("Utah's HB 77 took effect in May, and city halls took their flags down.", "HB 77",
         "state:ut:bill:hb77"),
        ("Texas lawmakers sent House Bill 229 to the governor late Wednesday.",
         "House Bill 229", "state:tx:bill:hb229"),
        # a law by what it does: the one row of its state (and year) whose topics fit
        ("A 2025 Texas law that allows lawsuits against abortion pill providers took effect "
         "in December.",
         "A 2025 Texas law that allows lawsuits against abortion pill providers took effect "
         "in December", "state:tx:bill:hb7"),
        ("A New York law that requires frontier AI developers to report safety incidents "
         "drew praise.",
         "A New York law that requires frontier AI developers to report safety incidents "
         "drew praise", "state:ny:bill:s6953"),
        ("North Carolina's law that redraws congressional districts faces a lawsuit.",
         "North Carolina's law that redraws congressional districts", "state:nc:bill:sb249"),
        ("Kansas's ban on gender-affirming care for minors took effect in July.",
         "Kansas's ban on gender-affirming care for minors", "state:ks:bill:sb63"),
        ("California's law banning masks for law enforcement officers was paused by a judge.",
         "California's law banning masks for law enforcement officers", "state:ca:bill:sb627"),
        ("Virginia's law limiting social media time for minors was challenged in court.",
         "Virginia's law limiting social media time for minors", "state:va:bill:sb854"),
        # the second round: school choice, immigration, guns, cannabis, online safety, privacy
        ("Nebraska's Age-Appropriate Online Design Code Act takes effect in January.",
         "Nebraska's Age-Appropriate Online Design Code Act", "state:ne:bill:lb504"),
        ("Lawmakers in Nebraska passed the Parental Rights in Social Media Act in May.",
         "Parental Rights in Social Media Act", "state:ne:bill:lb383"),
        ("Regulators began enforcing Maryland's Online Data Privacy Act this fall.",
         "Maryland's Online Data Privacy Act", "state:md:bill:sb541"),
        ("Idaho's governor signed House Bill 83 hours before the lawsuit was filed.",
         "House Bill 83", "state:id:bill:hb83"),
        ("Idaho's House Bill 93 pays families back for private school costs.", "House Bill 93",
         "state:id:bill:hb93"),
        ("Ohio's Senate Bill 56 moved hemp drinks and gummies into dispensaries.",
         "Senate Bill 56", "state:oh:bill:sb56"),
        ("Washington's law requiring a permit to purchase firearms drew a lawsuit.",
         "Washington's law requiring a permit to purchase firearms", "state:wa:bill:hb1163"),
        # the third round: ballot access, aid in dying, housing, sex definitions
        ("Florida's law restricting citizen ballot initiatives was challenged in court.",
         "Florida's law restricting citizen ballot initiatives", "state:fl:bill:hb1205"),
        ("Delaware's End-of-Life Options Act took effect in the new year.",
         "Delaware's End-of-Life Options Act", "state:de:bill:hb140"),
        ("California's SB 79 lets builders go higher near rail stations.", "SB 79",
         "state:ca:bill:sb79"),
        ("West Virginia's Riley Gaines Act writes sex definitions into state code.",
         "West Virginia's Riley Gaines Act", "state:wv:bill:sb456"),
    ],
)  # fmt: skip
def test_a_2025_state_law_by_name_number_or_description(
    text: str, surface: str, authority: str
) -> None:
    assert (surface, authority, False) in found(text)


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        # Colorado's extraordinary sessions put a letter after the year: "25B"
        ("Colorado Gov. Jared Polis signed SB 25B-004 to push back the start date.",
         "SB 25B-004", "state:co:bill:sb25b-004"),
        ("Colorado lawmakers passed Senate Bill 25B-004 in the August session.",
         "Senate Bill 25B-004", "state:co:bill:sb25b-004"),
        ("A House bill, HB25B-1006, cleared the Colorado House that week.", "HB25B-1006",
         "state:co:bill:hb25b-1006"),
        # the regular session's form is unchanged
        ("Colorado Gov. Jared Polis signed HB24-1005 on Friday.", "HB24-1005",
         "state:co:bill:hb24-1005"),
    ],
)  # fmt: skip
def test_a_colorado_extraordinary_session_bill(text: str, surface: str, authority: str) -> None:
    assert (surface, authority, False) in found(text, "2025-09-01")


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        # 2026: Virginia's budget bill that carries the new congressional map
        ("Virginia's HB 29 carries the new districts into the fall election.", "HB 29",
         "state:va:bill:hb29"),
        ("A Virginia law that redraws congressional districts was challenged in court.",
         "A Virginia law that redraws congressional districts was challenged in court",
         "state:va:bill:hb29"),
        ("A Florida law that makes it a crime for undocumented immigrants to enter the state "
         "was blocked.",
         "A Florida law that makes it a crime for undocumented immigrants to enter the state "
         "was blocked", "state:fl:bill:sb4c"),
    ],
)  # fmt: skip
def test_a_2026_law_and_an_immigration_law_by_description(
    text: str, surface: str, authority: str
) -> None:
    assert (surface, authority, False) in found(text)


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        # the 2025 pill-lawsuit law does not take the words of the 2021 Heartbeat Act
        ("Texas's law that lets private citizens sue abortion providers took effect in 2021.",
         "state:tx:bill:sb8"),
        ("A Texas law that allows private citizens to sue anyone who aids an abortion was "
         "upheld.", "state:tx:bill:sb8"),
        ("A Texas law on the six-week abortion ban was challenged in court.",
         "state:tx:bill:sb8"),
    ],
)  # fmt: skip
def test_an_older_law_of_the_state_keeps_its_description(text: str, authority: str) -> None:
    assert {a for _, a, _ in found(text)} == {authority}


def test_a_number_of_another_state_is_not_the_rows_law() -> None:
    # Kansas's S.B. 63 is the Help Not Harm Act; Missouri's S.B. 63 is another bill
    assert names("Missouri senators debated SB 63 this spring.") == [
        ("SB 63", "state:mo:bill:sb63", "Missouri Senate Bill 63")
    ]
    # Florida's special-session S.B. 4-C is not its regular session's S.B. 4
    got = found("Florida lawmakers passed SB 4 in the regular session.")
    assert ("SB 4", "state:fl:bill:sb4", False) in got


def test_a_description_of_another_year_or_state_takes_no_row() -> None:
    # the Texas row is of 2025: "a 2019 Texas law" is another law
    text = (
        "The case concerns a 2019 Texas law that allows lawsuits against abortion pill providers."
    )
    assert not [m for m in mentions(text, "2026-03-02") if m.matcher == "described_laws"]
    # no Oklahoma row bans masks for officers
    text = "Oklahoma's law banning masks for law enforcement officers was debated."
    assert not [m for m in mentions(text, "2026-03-02") if m.matcher == "described_laws"]


def test_a_name_two_states_share_needs_its_state() -> None:
    # Utah (2025, S.B. 142) and Texas (2025, S.B. 2420) each have an App Store Accountability Act
    assert ("App Store Accountability Act", "state:ut:bill:sb142", False) in found(
        "Utah lawmakers passed the App Store Accountability Act in March."
    )
    assert ("App Store Accountability Act", "state:tx:bill:sb2420", False) in found(
        "Texas lawmakers passed the App Store Accountability Act in May."
    )
    got = found("The App Store Accountability Act requires app stores to check ages.")
    assert all(a is None for _, a, _ in got)


def test_a_name_two_states_gave_their_laws_takes_the_state_printed() -> None:
    # Georgia's S.B. 1 and West Virginia's S.B. 456 are each a "Riley Gaines Act"
    assert ("Georgia's Riley Gaines Act", "state:ga:bill:sb1", False) in found(
        "Georgia's Riley Gaines Act covers college teams too."
    )
    assert ("West Virginia's Riley Gaines Act", "state:wv:bill:sb456", False) in found(
        "West Virginia's Riley Gaines Act covers shelters too."
    )
    got = found("Supporters of the Riley Gaines Act rallied outside.")
    assert all(a is None for _, a, _ in got)


def test_the_federal_raise_act_is_not_new_yorks() -> None:
    # a senator's immigration bill of the same short name, no state in sight
    got = found("A senator reintroduced the RAISE Act to cut legal immigration in half.")
    assert all(a != "state:ny:bill:s6953" for _, a, _ in got)


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("California voters approved Proposition 50 by a wide margin.", "2025-11-05",
         "Election Rigging Response Act"),
        ("Prosecutors say Prop 36 has filled county jails in California.", "2025-06-10",
         "Homelessness, Drug Addiction, and Theft Reduction Act"),
        ("Arizona's Proposition 314 lets state judges order deportations.", "2025-02-01",
         "Secure the Border Act"),
        # before its vote, the number is another measure: California's name stays generic
        ("California voters approved Proposition 50 by a wide margin.", "2020-03-01",
         "California Proposition 50"),
        ("Arizona's Proposition 314 lets state judges order deportations.", "2023-02-01",
         "Arizona Proposition 314"),
    ],
)  # fmt: skip
def test_a_measure_of_2024_or_2025_by_its_number(text: str, date: str, name: str) -> None:
    got = [(a, n) for _, a, n in names(text, date)]
    assert len(got) == 1
    assert got[0][1] == name
