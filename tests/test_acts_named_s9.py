"""Federal acts by name and sections by number alone, in the shapes of real pages (ninth
session, issue 13, point 5): acts.csv rows news names, and a section news calls by its
number wherever the article says it."""

from __future__ import annotations

import pytest

from conftest import mentions


def statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2023-12-01") if m.kind == "statute"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the complaint, these actions allegedly violated the FTC Act and the "
         "Credit Repair Organizations Act.",
         [("FTC Act", "usc:15:41"), ("Credit Repair Organizations Act", "usc:15:1679-1679j")]),
        ("APHIS proposed a new rule under the Horse Protection Act to end soring.",
         [("Horse Protection Act", "usc:15:1821-1831")]),
        ("The zoo was cited for violating the Animal Welfare Act.",
         [("Animal Welfare Act", "usc:7:2131-2159")]),
        ("Congress passed the Puerto Rico Oversight, Management, and Economic Stability Act "
         "in 2016. The oversight board PROMESA created approved the island's fiscal plan.",
         [("Puerto Rico Oversight, Management, and Economic Stability Act", "usc:48:2101-2241"),
          ("PROMESA", "usc:48:2101-2241")]),
        ("The subcontractor sued on the payment bond under the Miller Act.",
         [("Miller Act", "usc:40:3131-3134")]),
        ("The company sued its former engineer under the Defend Trade Secrets Act.",
         [("Defend Trade Secrets Act", "usc:18:1836")]),
        ("Patients may seek unapproved drugs under the federal Right to Try Act.",
         [("Right to Try Act", "usc:21:360bbb-0a")]),
        ("Supplements are regulated under the Dietary Supplement Health and Education Act.",
         [("Dietary Supplement Health and Education Act", "publ:103-417")]),
        # the longer name wins over the act it reauthorizes (which has no id)
        ("The section enforces the Violence Against Women Act Reauthorization Act of 2022 "
         "(VAWA 2022).",
         [("Violence Against Women Act Reauthorization Act of 2022", "publ:117-103"),
          ("VAWA 2022", "publ:117-103")]),
    ],
)  # fmt: skip
def test_acts_news_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert statutes(text) == expected


def test_a_nickname_section_counts_wherever_the_article_confirms_it() -> None:
    # one "Section 702" has a surveillance word in its sentence; the heading and the
    # apposition do not, and are the same section
    text = (
        "Congress may not renew the law, known as Section 702, before the deadline.\n"
        "What is Section 702?\n"
        "Section 702 lets the government collect the communications of foreigners abroad."
    )
    found = statutes(text)
    assert [t for t, a in found if a == "usc:50:1881a" and t == "Section 702"] == [
        "Section 702",
        "Section 702",
        "Section 702",
    ]


def test_a_section_number_alone_stays_unlinked_without_its_words() -> None:
    # no sentence of the article has a word of the row: a "Section 702" of something else
    text = "Section 702 of the bylaws sets the quorum. What is Section 702? Members vote on it."
    assert [a for _t, a in statutes(text) if a == "usc:50:1881a"] == []


def test_section_702_by_the_words_news_uses_for_it() -> None:
    text = (
        "Section 702 lets agencies collect communications of foreign targets overseas, and "
        "the FBI has queried that data without warrants."
    )
    assert ("Section 702", "usc:50:1881a") in statutes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shape of a CNN story on Allen v. Milligan
        ("The court gutted a key provision of the Voting Rights Act in 2013. At issue now is "
         "Section 2 of the historic law, which bars voting rules that discriminate.",
         ("Section 2 of the historic law", "usc:52:10301")),
        ("Congress passed the Clean Air Act in 1970. Section 111 of the act covers power "
         "plants.", ("Section 111 of the act", "usc:42:7411")),
        ("The Voting Rights Act was renewed in 2006. Critics attacked the law's Section 5.",
         ("Section 5", "usc:52:10304")),
    ],
)  # fmt: skip
def test_a_section_of_the_law_named_before(text: str, expected: tuple[str, str]) -> None:
    assert expected in statutes(text)


@pytest.mark.parametrize(
    "text",
    [
        # no act with that section named before: nothing to resolve "the law" to
        "Section 2 of the law bars voting rules that discriminate.",
        # another law's name follows "the Act"
        "The Clean Air Act is old. Section 111 of the Act of 1990 changed it.",
    ],
)
def test_a_section_of_the_law_needs_its_law(text: str) -> None:
    assert [a for t, a in statutes(text) if t.startswith("Section")] == []


def test_an_abbreviation_defined_after_a_section_is_the_whole_acts() -> None:
    # an EPA page: "section 304 of the Clean Air Act (CAA)", later "CAA, American Fuel …"
    text = (
        "These citizen suit provisions include: section 304 of the Clean Air Act (CAA) and "
        "section 310(a)(2) of the Comprehensive Environmental Response, Compensation and "
        "Liability Act (CERCLA).\n12/01/2014 CAA, American Petroleum Institute"
    )
    found = statutes(text)
    assert ("section 304 of the Clean Air Act", "usc:42:7604") in found
    assert ("CAA", "usc:42:7401") in found
    # (section 310 is at 42 U.S.C. 9659, not at the act's first section: issue 13, tenth
    # session)
    assert [a for t, a in found if t.startswith("section 310")] == ["usc:42:9659"]


def test_a_nickname_section_before_its_act_is_named() -> None:
    # a lead sentence says "Section 702" before the article names the act's section 702
    text = (
        "Section 702 allows agencies to compel technology companies to turn over data.\n"
        "Lawmakers are debating Section 702 of the Foreign Intelligence Surveillance Act."
    )
    assert statutes(text)[0] == ("Section 702", "usc:50:1881a")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KFF's and Ballotpedia's shape: the Medicaid waivers by the section number alone
        ("CMS approved Section 1115 waivers for 13 states that imposed work requirements on "
         "Medicaid recipients.", ("Section 1115", "usc:42:1315")),
        ("The NSA collected phone records in bulk. Section 215 expired in March 2020 after "
         "the NSA program ended.", ("Section 215", "usc:50:1861")),
        ("Prosecutors charged him under Section 1030 with computer hacking.",
         ("Section 1030", "usc:18:1030")),
    ],
)  # fmt: skip
def test_sections_news_calls_by_number(text: str, expected: tuple[str, str]) -> None:
    assert expected in statutes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city violated Title II of the Americans with Disabilities Act, the suit says.",
         ("Title II of the Americans with Disabilities Act", "usc:42:12131-12165")),
        ("The website is a place of public accommodation under Title III of the ADA.",
         ("Title III of the ADA", "usc:42:12181-12189")),
        ("Students lose federal aid under Title IV of the Higher Education Act.",
         ("Title IV of the Higher Education Act", "usc:20:1070")),
        ("Title I of the Elementary and Secondary Education Act funds high-poverty schools.",
         ("Title I of the Elementary and Secondary Education Act", "usc:20:6301")),
        ("Title III of the Civil Rights Act covers public facilities.",
         ("Title III of the Civil Rights Act", "usc:42:2000b")),
    ],
)  # fmt: skip
def test_titles_of_acts_have_their_own_code_homes(text: str, expected: tuple[str, str]) -> None:
    assert expected in statutes(text)


def test_the_tiktok_law_by_its_name_without_protecting_americans() -> None:
    text = (
        "The justices ruled today that the Foreign Adversary Controlled Applications Act is "
        "constitutional."
    )
    # (dated the day of that ruling: before Apr. 24, 2024 the act was still a bill)
    found = [(m.text, m.authority) for m in mentions(text, "2025-01-17") if m.kind == "statute"]
    assert found == [("Foreign Adversary Controlled Applications Act", "publ:118-50")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president cited Section 212(f) to suspend the entry of students, lawyers said.",
            [("Section 212(f)", "usc:8:1182")],
        ),
        # another law's section 212: no immigration word in its sentence
        ("Section 212 lets investors deduct their expenses, lawyers said.", []),
    ],
)
def test_section_212f_is_the_ina_entry_power_in_its_sentence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert statutes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # printed before its act is named, the act right after it
        (
            "Section 2 bars any voting practice that discriminates by race. The Voting Rights "
            "Act was passed in 1965, lawmakers said.",
            [("Section 2", "usc:52:10301"), ("Voting Rights Act", "publ:89-110")],
        ),
        # a bill's own section, the act named after it
        (
            "The bill has two parts. Section 2 bars fees at polling places. Critics say it "
            "conflicts with the Voting Rights Act, lawmakers said.",
            [("Voting Rights Act", "publ:89-110")],
        ),
    ],
)
def test_a_section_printed_before_its_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert statutes(text) == expected


def test_a_section_number_spelled_out() -> None:
    text = (
        "Black voters sued under Section Two of the Voting Rights Act. Lawyers have long "
        "relied on Section Two to challenge district lines."
    )
    assert statutes(text) == [
        ("Section Two of the Voting Rights Act", "usc:52:10301"),
        ("Section Two", "usc:52:10301"),
    ]
