"""A state's own laws, by name and by bill number, named with their state and never linked to
a federal act."""

from __future__ import annotations

import pytest

from conftest import article, mentions
from linker.pipeline import scan_article


def state_laws(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, "2024-03-20") if m.kind == "statute"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A federal appeals court again blocked Texas’ controversial immigration law, Senate "
         "Bill 4, on Tuesday.", [("Senate Bill 4", "Texas Senate Bill 4")]),
        ("Florida's HB 1557 took effect in July.", [("HB 1557", "Florida House Bill 1557")]),
        ("Arizona Gov. Katie Hobbs vetoed SB 1231 on Friday.",
         [("SB 1231", "Arizona Senate Bill 1231")]),
        ("The governor of California signed AB 5 into law.",
         [("AB 5", "California Assembly Bill 5")]),
        ("Iowa lawmakers passed Senate File 2340 in March.",
         [("Senate File 2340", "Iowa Senate File 2340")]),
        ("Mississippi’s Gestational Age Act banned most abortions after 15 weeks.",
         [("Mississippi’s Gestational Age Act", "Mississippi Gestational Age Act")]),
        ("The Clean Energy Act, a Minnesota law, requires carbon-free power by 2040.",
         [("Clean Energy Act", "Minnesota Clean Energy Act")]),
    ],
)  # fmt: skip
def test_state_laws_are_named_with_their_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert state_laws(text) == expected


def test_a_bill_number_keeps_its_state_and_the_law_refers_back() -> None:
    text = (
        "Texas lawmakers passed S.B. 4 in a special session. The measure drew protests.\n"
        "Critics said S.B. 4 invites racial profiling. A judge said the law is preempted."
    )
    found = [(m.text, m.name, m.anaphor) for m in mentions(text, "2024-03-20")]
    assert ("S.B. 4", "Texas Senate Bill 4", False) in found
    assert found.count(("S.B. 4", "Texas Senate Bill 4", False)) == 2
    assert ("the law", "Texas Senate Bill 4", True) in found


@pytest.mark.parametrize(
    "text",
    [
        # No state named as the law's maker: a bill number alone is not a law we can name.
        "The House passed House Bill 1 on a party-line vote.",
        "Lawmakers in Washington debated House Bill 1 while Texas watched.",
        # Federal bills keep their congress.gov ids.
        "The Senate passed S. 2296 and the House passed H.R. 1.",
    ],
)
def test_bill_numbers_without_a_state_are_not_state_laws(text: str) -> None:
    assert not [m for m in mentions(text, "2024-03-20") if m.matcher == "state_laws"]


def test_state_laws_carry_no_federal_search_and_bills_their_state_id() -> None:
    text = (
        "The Texas Heartbeat Act lets private citizens sue. Texas’ Senate Bill 4 makes "
        "illegal entry a state crime."
    )
    linked = scan_article(article(text, "2024-03-20")).mentions
    assert [(m.text, m.name, m.authority, m.url) for m in linked] == [
        # (the act's bill from ``state_acts.csv``: issue 13, tenth session)
        ("Texas Heartbeat Act", "Texas Heartbeat Act", "state:tx:bill:sb8", None),
        ("Senate Bill 4", "Texas Senate Bill 4", "state:tx:bill:sb4", None),
    ]
    assert "Texas" in (linked[0].evidence or "")


def test_an_abbreviation_the_article_defines_is_the_same_law() -> None:
    text = (
        "The designer sued despite the Colorado Anti-Discrimination Act (CADA), which protects "
        "gay people. Forcing her to comply with CADA would violate her rights, she said."
    )
    found = [(m.text, m.name) for m in mentions(text, "2023-06-30")]
    # the bracketed definition and the later use
    assert found.count(("CADA", "Colorado Anti-Discrimination Act")) == 2


def test_a_headline_uses_the_abbreviation_the_text_defines_later() -> None:
    text = (
        "Appeals Court Revives Challenge to IRA\n\nThe Inflation Reduction Act (IRA) caps "
        "drug prices. PhRMA says the IRA is unconstitutional."
    )
    found = [(m.start, m.authority) for m in mentions(text, "2024-09-20") if m.text == "IRA"]
    # (the definition "(IRA)" itself is a use of the act's initials too, as the annotators of
    # tests/corpus-dev6 mark it: ``scanner/initials.py``)
    starts = [i for i in range(len(text)) if text.startswith("IRA", i)]
    assert found == [(i, "publ:117-169") for i in starts]


def test_a_known_abbreviation_keeps_the_act_matchers_rules() -> None:
    text = (
        "Section 702 of the Foreign Intelligence Surveillance Act (FISA) expires in April. "
        "The bill would reform the process for FISA court orders."
    )
    assert not [m for m in mentions(text, "2024-03-20") if m.matcher == "abbreviations"]


def test_a_state_that_enacts_a_bill_is_its_maker() -> None:
    text = "Texas, meanwhile, enacted House Bill 2 to cut property taxes."
    assert state_laws(text) == [("House Bill 2", "Texas House Bill 2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Texas' Senate Bill 8 bans abortions after six weeks.", "state:tx:bill:sb8"),
        ("Florida's HB 1557 took effect in July.", "state:fl:bill:hb1557"),
        ("The governor of California signed AB 5 into law.", "state:ca:bill:ab5"),
        ("Iowa lawmakers passed Senate File 2340 in March.", "state:ia:bill:sf2340"),
        ("Georgia's H.B. 481 was blocked.", "state:ga:bill:hb481"),
    ],
)
def test_a_state_bill_by_number_carries_its_spec_id(text: str, expected: str) -> None:
    assert [m.authority for m in mentions(text, "2024-03-20") if m.kind == "statute"] == [expected]


def test_a_state_act_named_beside_its_number_is_that_bill() -> None:
    text = (
        "The law that most represents 2021 is the Texas Heartbeat Act, or Senate Bill No. 8 "
        "(“S.B. 8”), which was passed in May 2021. S.B. 8 describes itself as an act "
        "relating to abortion."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2021-12-10")]
    assert ("Texas Heartbeat Act", "state:tx:bill:sb8") in found
    assert ("Senate Bill No. 8", "state:tx:bill:sb8") in found
    assert found.count(("S.B. 8", "state:tx:bill:sb8")) == 2


def test_a_number_before_the_state_is_named_takes_the_state_named_later() -> None:
    text = (
        "The state's Senate Bill 8, one of the most restrictive abortion bans to be signed into "
        "law, bans abortions after six weeks. The law went into effect on Sept. 1. What is "
        "Texas Senate Bill 8?"
    )
    found = [(m.text, m.authority) for m in mentions(text, "2021-12-10")]
    assert found[:2] == [("Senate Bill 8", "state:tx:bill:sb8"), ("The law", "state:tx:bill:sb8")]


def test_the_one_state_the_article_names_as_a_lawmaker() -> None:
    text = (
        "The Supreme Court declined to block a Texas law restricting abortion. The law bans "
        "abortions upon the detection of cardiac activity. Opponents say it is cruel. Senate "
        "Bill 8 implements some of the broadest restrictions on abortion."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2021-12-10")]
    assert ("Senate Bill 8", "state:tx:bill:sb8") in found


def test_two_lawmaker_states_leave_a_bare_number_alone() -> None:
    text = (
        "A Texas law and a Florida law restrict abortion. Opponents say both are cruel. "
        "Critics cite Senate Bill 8 most often."
    )
    assert [m for m in mentions(text) if m.text == "Senate Bill 8"] == []


def test_a_state_act_whose_sentence_names_the_state_as_its_maker() -> None:
    text = (
        "The Parental Rights in Education Act, which Florida lawmakers passed in 2022, bars "
        "instruction on gender identity. The law was challenged in federal court."
    )
    found = [(m.text, m.name, m.anaphor) for m in mentions(text, "2023-05-01")]
    assert found == [
        ("Parental Rights in Education Act", "Florida Parental Rights in Education Act", False),
        ("The law", "Florida Parental Rights in Education Act", True),
    ]


def test_an_act_of_congress_beside_a_state_is_no_state_law() -> None:
    text = (
        "Sen. Marsha Blackburn of Tennessee said the Kids Online Safety Protection Act would "
        "pass Congress this year."
    )
    assert [m.name for m in mentions(text, "2024-05-01")] == ["Kids Online Safety Protection Act"]


def test_what_refers_back_to_a_state_law_by_its_state() -> None:
    text = (
        "Texas' Senate Bill 4 makes illegal entry a state crime. The Supreme Court let the Texas "
        "law take effect on Tuesday. Hours later, the 5th Circuit blocked Texas's law again. "
        "The state law conflicts with federal immigration law, the Justice Department says."
    )
    refs = [(m.text, m.authority) for m in mentions(text, "2024-03-20") if m.anaphor]
    assert refs == [
        ("the Texas law", "state:tx:bill:sb4"),
        ("Texas's law", "state:tx:bill:sb4"),
        ("The state law", "state:tx:bill:sb4"),
    ]


def test_state_law_in_general_is_no_back_reference() -> None:
    text = (
        "Florida's Parental Rights in Education Act bars instruction on gender identity. Under "
        "Florida law, parents may sue. The Georgia law is different."
    )
    assert [m.text for m in mentions(text, "2024-03-20") if m.anaphor] == []


def test_the_state_law_after_two_states_laws_is_neither() -> None:
    text = (
        "Texas' Senate Bill 4 and Oklahoma's House Bill 4156 make illegal entry a state crime. "
        "The state law is unconstitutional, the Justice Department says."
    )
    assert [m.text for m in mentions(text, "2024-05-01") if m.anaphor] == []


def state_bill_ids(text: str) -> list[tuple[str, str | None]]:
    """The laws the text names (not what refers back or ahead to them)."""
    return [
        (m.text, m.authority)
        for m in mentions(text, "2024-03-20")
        if m.kind == "statute" and not m.anaphor
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire dateline names the state the article's bills belong to
        ("Chattanooga, TN – Governor Lee signed the bill into law on May 17.\n\nHouse Bill 1182 "
         "requires a business to post a notice at each public restroom.",
         [("House Bill 1182", "state:tn:bill:hb1182")]),
        ("JACKSON, Miss. (WLBT) - Lawmakers sent SB 2001 to the governor on Tuesday.",
         [("SB 2001", "state:ms:bill:sb2001")]),
        # Iowa's bills are Files, abbreviated too
        ("DES MOINES, Iowa (AP) — Gov. Kim Reynolds signed HF 732 on Friday. Opponents say "
         "federal courts will hear a challenge to HF 732.",
         [("HF 732", "state:ia:bill:hf732"), ("HF 732", "state:ia:bill:hf732")]),
        # only Nebraska's one-house Legislature numbers Legislative Bills
        ("The groups asked a Lancaster County judge to block LB 574, which Nebraska lawmakers "
         "passed 33-15.", [("LB 574", "state:ne:bill:lb574")]),
    ],
)  # fmt: skip
def test_a_bill_takes_the_state_of_the_dateline_or_of_its_numbering(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert state_bill_ids(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the capital's dateline is no state's lawmaker; a bill of Congress is no state's
        "WASHINGTON, D.C. – The House passed House Bill 1182 on Tuesday.",
        "Austin, Texas — Congress took up House Bill 1182 on Tuesday, a federal measure.",
        # "LB" with a number in an article that never names Nebraska: a linebacker, a weight
        "The Bears' LB 54 made the tackle.",
    ],
)
def test_a_bill_number_without_a_state_of_its_own_is_no_state_law(text: str) -> None:
    assert [m for m in state_bill_ids(text) if (m[1] or "").startswith("state:")] == []


def test_a_bill_takes_the_state_its_sentence_opens_on() -> None:
    text = (
        "MADISON, Wis. (AP) — Wisconsin's Supreme Court agreed to hear a case.\n\nIn Ohio, a "
        "Franklin County judge blocked the state's ban on gender-affirming care for minors, "
        "House Bill 68."
    )
    assert ("House Bill 68", "state:oh:bill:hb68") in state_bill_ids(text)
