"""State laws of 2025-2026 news names (twenty-seventh session, s27-states2526): the rows
``state_acts.csv`` gained (phones in schools, data privacy laws taking effect in 2025 and 2026,
guns, immigration at schools and hospitals, DEI, sex and bathrooms, strikers' unemployment
benefits, taxes), each told by its name or by the words news describes it with, and the rule
that a law enacted after a dated article's year is none the article describes.
The sentences are our own, made up in the shapes of real news pages."""

from __future__ import annotations

import pytest

from conftest import mentions


def found(text: str, date: str = "2026-03-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


def ids(text: str, date: str = "2026-03-01") -> set[str | None]:
    return {m.authority for m in mentions(text, date) if m.kind == "statute"}


# a state and what its law does, as a description news prints
@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Gun shops braced for Rhode Island's ban on the sale of assault weapons.",
            "state:ri:bill:h5436",
        ),
        (
            "Unions praised Oregon's law giving striking workers unemployment benefits.",
            "state:or:bill:sb916",
        ),
        (
            "Washington's law giving striking workers unemployment benefits took effect Jan. 1.",
            "state:wa:bill:sb5041",
        ),
        (
            "Teachers welcomed Kentucky's law restricting cell phones during instructional time.",
            "state:ky:bill:hb208",
        ),
        (
            "Districts wrote rules under Ohio's law requiring school cellphone policies.",
            "state:oh:bill:hb250",
        ),
        (
            "Tech groups sued over New York's new law requiring warning labels on social media.",
            "state:ny:bill:s4505",
        ),
        (
            "Principals prepared for California's law requiring schools to notify parents when "
            "immigration agents are on campus.",
            "state:ca:bill:sb98",
        ),
        (
            "Clinics trained staff under California's law keeping immigration agents out of "
            "hospitals without a judicial warrant.",
            "state:ca:bill:sb81",
        ),
        (
            "Cafeterias changed menus under California's ban on ultra-processed foods in school "
            "meals.",
            "state:ca:bill:ab1264",
        ),
        (
            "Advocates criticized North Carolina's law that recognizes only two sexes in state "
            "law.",
            "state:nc:bill:hb805",
        ),
        (
            "Gyms posted signs about Idaho's ban on vaccine mandates by businesses and schools.",
            "state:id:bill:sb1210",
        ),
        (
            "Colleges closed offices under Indiana's law banning DEI training in public schools "
            "and state agencies.",
            "state:in:bill:sb289",
        ),
        (
            "Universities shut offices under West Virginia's law ending diversity equity and "
            "inclusion programs.",
            "state:wv:bill:sb474",
        ),
        ("Advertisers adjusted to Iowa's consumer data privacy law.", "state:ia:bill:sf262"),
        ("Professors protested Texas's law limiting faculty senates.", "state:tx:bill:sb37"),
        (
            "Patients enrolled under Texas's law expanding cannabis for chronic pain.",
            "state:tx:bill:hb46",
        ),
        (
            "Austin ended its fund after Texas's law barring taxpayer money for abortion travel.",
            "state:tx:bill:sb33",
        ),
        (
            "Investors cheered Missouri's law eliminating the state tax on capital gains.",
            "state:mo:bill:hb594",
        ),
        (
            "Economists doubted Mississippi's law eliminating the individual income tax.",
            "state:ms:bill:hb1",
        ),
        (
            "Transgender Kansans sued over Kansas's law requiring sex at birth on driver's "
            "licenses and birth certificates.",
            "state:ks:bill:sb244",
        ),
        (
            "Parents welcomed Florida's law extending the cell phone ban to the entire school day.",
            "state:fl:bill:hb1105",
        ),
        (
            "Indiana's law banning cell phones during instructional time took effect in July.",
            "state:in:bill:sb185",
        ),
        (
            "Shop owners backed Texas's law raising the business personal property tax exemption.",
            "state:tx:bill:hb9",
        ),
        (
            "The labor board sued over California's law letting the state labor board act when the "
            "NLRB fails to act.",
            "state:ca:bill:ab288",
        ),
    ],
)
def test_described_2025_2026_state_laws(text: str, authority: str) -> None:
    assert authority in ids(text)


# a name, with its state where another state's law shares it
@pytest.mark.parametrize(
    ("text", "span", "authority"),
    [
        (
            "The Rhode Island Assault Weapons Ban Act of 2025 takes effect in July.",
            "Rhode Island Assault Weapons Ban Act of 2025",
            "state:ri:bill:h5436",
        ),
        (
            "Gov. Greg Abbott signed the Life of the Mother Act in Texas.",
            "Life of the Mother Act",
            "state:tx:bill:sb31",
        ),
        (
            "Gun owners must follow the Illinois Safe Gun Storage Act starting Jan. 1.",
            "Illinois Safe Gun Storage Act",
            "state:il:bill:sb8",
        ),
        (
            "Sheriffs in North Carolina began following the Criminal Illegal Alien Enforcement "
            "Act.",
            "Criminal Illegal Alien Enforcement Act",
            "state:nc:bill:hb318",
        ),
        (
            "North Carolina's Power Bill Reduction Act dropped the 2030 carbon goal.",
            "North Carolina's Power Bill Reduction Act",
            "state:nc:bill:sb266",
        ),
        (
            "Businesses must comply with the Idaho Medical Freedom Act.",
            "Idaho Medical Freedom Act",
            "state:id:bill:sb1210",
        ),
        (
            "California's Family Preparedness Plan Act lets relatives care for children.",
            "California's Family Preparedness Plan Act",
            "state:ca:bill:ab495",
        ),
        (
            "Companies prepared for the Kentucky Consumer Data Protection Act.",
            "Kentucky Consumer Data Protection Act",
            "state:ky:bill:hb15",
        ),
        (
            "Companies prepared for the Indiana Consumer Data Protection Act.",
            "Indiana Consumer Data Protection Act",
            "state:in:bill:sb5",
        ),
        (
            "The Minnesota Consumer Data Privacy Act took effect July 31.",
            "Minnesota Consumer Data Privacy Act",
            "state:mn:bill:hf4757",
        ),
        (
            "The New Jersey Data Privacy Act took effect in January.",
            "New Jersey Data Privacy Act",
            "state:nj:bill:s332",
        ),
        (
            "The Nebraska Data Privacy Act took effect in January.",
            "Nebraska Data Privacy Act",
            "state:ne:bill:lb1074",
        ),
        (
            "The Delaware Personal Data Privacy Act took effect in January.",
            "Delaware Personal Data Privacy Act",
            "state:de:bill:hb154",
        ),
        (
            "The Rhode Island Data Transparency and Privacy Protection Act takes effect Jan. 1.",
            "Rhode Island Data Transparency and Privacy Protection Act",
            "state:ri:bill:h7787",
        ),
        (
            "Mississippi's Build Up Mississippi Act cut the grocery tax.",
            "Build Up Mississippi Act",
            "state:ms:bill:hb1",
        ),
    ],
)
def test_named_2025_2026_state_laws(text: str, span: str, authority: str) -> None:
    assert any(span in t and a == authority for t, a in found(text)), found(text)


def test_virginia_keeps_the_bare_consumer_data_protection_act() -> None:
    # Kentucky's and Indiana's acts of that name are theirs only with their state printed
    assert ids("The Consumer Data Protection Act took effect in Virginia in 2023.") == {
        "state:va:bill:hb2307"
    }


def test_older_laws_keep_their_descriptions() -> None:
    # the 2025 row of the state's magazine-ban neighbor does not take the 2022 ban
    assert ids("Gun owners sued over Rhode Island's magazine ban.") == {
        "state:ri:gen-laws:11-47.1-3"
    }
    # North Carolina's 2024 detainer law keeps its words beside the 2025 law
    assert "state:nc:bill:hb10" in ids(
        "North Carolina's law requiring sheriffs to cooperate with ICE was passed in 2024."
    )
    # a story of Texas's abortion bans telling their medical exceptions is no 2025 row's
    assert "state:tx:bill:sb31" not in ids(
        "The Texas Supreme Court said the medical exceptions in the law were broad enough.",
        "2024-05-31",
    )


def test_florida_phone_laws_by_year() -> None:
    # the 2023 law is told by instructional time; the 2025 law, dated before it, is none
    text = "Florida's law banning cell phones during instructional time took effect in July."
    assert ids(text, "2023-09-01") == {"state:fl:bill:hb379"}


def test_a_law_enacted_after_the_article_is_none_it_describes() -> None:
    text = "Workers rallied for Oregon's law giving striking workers unemployment benefits."
    assert "state:or:bill:sb916" in ids(text, "2025-07-01")
    assert "state:or:bill:sb916" not in ids(text, "2024-07-01")
