"""Federal provisions and regulations told by what they do (thirteenth session, issue 13,
points 1 and 2): a section by the offence or test it holds ("the federal felon-in-possession
statute", "the first fair-use factor"), provisions with names of their own ("the Windfall
Elimination Provision (WEP)"), an abbreviation's own definition, "that provision" after an
act's provision, and lettered regulations in the plural ("Regulations E and Z").

Sentences are our own, in the shapes of real pages (sources in the data rows)."""

from __future__ import annotations

import csv
import re

import pytest

from conftest import mentions
from linker.datafiles import DATA


def linked(text: str, kinds: tuple[str, ...] = ("statute",)) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-01-10") if m.kind in kinds]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # offence nicknames of a section
        (
            "He was convicted under the federal felon-in-possession statute after police found "
            "a pistol in his car.",
            [("the federal felon-in-possession statute", "usc:18:922")],
        ),
        # a later use without "federal" is the same statute
        (
            "He was convicted under the federal felon-in-possession statute. The appeals court "
            'noted that the "felon-in-possession" statute never uses the word felon.',
            [
                ("the federal felon-in-possession statute", "usc:18:922"),
                ('the "felon-in-possession" statute', "usc:18:922"),
            ],
        ),
        (
            "The en banc court held the federal gun ban for felons unconstitutional as applied "
            "to him.",
            [("the federal gun ban for felons", "usc:18:922")],
        ),
        (
            "The justices upheld the federal gun ban for those subject to domestic violence "
            "restraining orders.",
            [
                (
                    "the federal gun ban for those subject to domestic violence restraining orders",
                    "usc:18:922",
                )
            ],
        ),
        (
            "Her lawyer disputes the government's reading of the federal wire fraud statute.",
            [("the federal wire fraud statute", "usc:18:1343")],
        ),
        (
            "Prosecutors relied on the mail fraud statute for the scheme's letters.",
            [("the mail fraud statute", "usc:18:1341")],
        ),
        (
            "The Supreme Court narrowed a federal obstruction statute used against hundreds of "
            "Jan. 6 defendants.",
            [("a federal obstruction statute", "usc:18:1512")],
        ),
        (
            "Capitol rioters were charged under the Sarbanes-Oxley Act's \"obstruction of an "
            'official proceeding" provision.',
            [
                ("Sarbanes-Oxley Act", "publ:107-204"),
                ('"obstruction of an official proceeding" provision', "usc:18:1512"),
            ],
        ),
        (
            "The Court held that the first fair-use factor favored the photographer.",
            [("the first fair-use factor", "usc:17:107")],
        ),
        (
            "He pleaded guilty under the material support statute to helping a designated "
            "foreign terrorist organization.",
            [("the material support statute", "usc:18:2339b")],
        ),
        # the ACA's individual mandate, in an article of the ACA
        (
            "The judge held that the individual mandate is unconstitutional and that the "
            "entire Affordable Care Act must fall.",
            [
                ("the individual mandate", "usc:26:5000a"),
                ("Affordable Care Act", "publ:111-148"),
            ],
        ),
        # provisions with a name of their own, and the abbreviation the page defines
        (
            "The bill repeals the Windfall Elimination Provision (WEP) and the Government "
            "Pension Offset (GPO). The WEP cut benefits for teachers.",
            [
                ("Windfall Elimination Provision", "usc:42:415"),
                ("WEP", "usc:42:415"),
                ("Government Pension Offset", "usc:42:402"),
                ("GPO", "usc:42:402"),
                ("WEP", "usc:42:415"),
            ],
        ),
        # the bracketed definition is read with the section it follows
        (
            "Texas violated Section 10 of the Rivers and Harbors Appropriation Act (RHA), the "
            "government argued. Texas said Section 10 of the RHA did not apply.",
            [
                ("Section 10 of the Rivers and Harbors Appropriation Act", "usc:33:403"),
                ("RHA", "usc:33:403"),
                ("Section 10 of the RHA", "usc:33:403"),
            ],
        ),
        # "that provision" after the act's provision, told with words between
        (
            "The firing teed up a challenge to the FTC Act's for-cause removal provision. That "
            "provision allows removal only for neglect of duty.",
            [("FTC Act", "usc:15:41"), ("That provision", "usc:15:41")],
        ),
    ],
)
def test_described_and_named_provisions(text: str, expected: list[tuple[str, str]]) -> None:
    assert linked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a state's felon-in-possession law, no federal word and no federal citation
        "Under the state felon-in-possession statute, he faces five years in a Texas prison.",
        # an obstruction law outside the Jan. 6 prosecutions: which section is unknown
        "The mayor was charged under an obstruction law after deleting city emails.",
        # two sections at once: never guessed
        "Federal mail and wire fraud statutes target schemes that use the mails or wires.",
        # material support without a designated organization: § 2339A or § 2339B
        "Legal scholars have long criticised the material support statute.",
        # a mandate in no story of the ACA
        "Employers face an individual mandate to report wages, the memo said.",
        # an abbreviation that is some other thing, never defined
        "The GPO printed the volume, and the router still used WEP encryption.",
    ],
)
def test_left_unlinked(text: str) -> None:
    assert linked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CFPB amends Regulations E and Z to update the overdraft exceptions.",
            [("Regulations E", "cfr:12:1005"), ("Z", "cfr:12:1026")],
        ),
        (
            "The final rule amends Regulations B, C, and Z.",
            [("Regulations B", "cfr:12:1002"), ("C", "cfr:12:1003"), ("Z", "cfr:12:1026")],
        ),
        # a capital that opens a word is no designation
        ("Regulations In force stay as they are.", []),
    ],
)
def test_lettered_regulations_in_the_plural(text: str, expected: list[tuple[str, str]]) -> None:
    assert linked(text, ("regulation",)) == expected


def test_every_row_has_its_example_and_source() -> None:
    with (DATA / "described_sections.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for r in rows:
        assert r["source"] and r["example"], r["words"]
        # (a federal section, or since the twenty-eighth session a state's: SPEC §2's form)
        assert re.fullmatch(
            r"usc:\d+:[0-9a-z]+|state:[a-z]{2}:[a-z-]+:[0-9a-z.-]+", r["authority"]
        ), r["authority"]
        # the example is found, and linked to the row's section
        got = linked(r["example"])
        assert any(a == r["authority"] for _, a in got), (r["example"], got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The House voted to overturn the waiver for the Advanced Clean Cars II rule.",
            [("Advanced Clean Cars II rule", "fr:90:642")],
        ),
        (
            "The resolution disapproves the waiver for the Advanced Clean Trucks (ACT) regulation.",
            [("Advanced Clean Trucks (ACT) regulation", "fr:88:20688")],
        ),
        # the program said alone is California's, not the EPA's waiver
        ("California adopted Advanced Clean Cars II in 2022.", []),
    ],
)
def test_waivers_named_by_their_program(text: str, expected: list[tuple[str, str]]) -> None:
    assert linked(text, ("regulation",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a press release's "Federal law prohibits …": federal law with no article
        (
            "Federal law prohibits possession of a firearm or ammunition by a convicted felon.",
            [
                (
                    "Federal law prohibits possession of a firearm or ammunition by a "
                    "convicted felon",
                    "usc:18:922",
                )
            ],
        ),
        # what federal law bars must be a topic of one law: else nothing
        ("Federal law prohibits many things, the judge said.", []),
    ],
)
def test_federal_law_in_the_present_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert linked(text) == expected


def test_a_rule_by_its_federal_register_title_with_a_colon() -> None:
    text = "Overdraft Lending: Very Large Financial Institutions Final Rule. The CFPB acted."
    assert linked(text, ("regulation",)) == [
        ("Overdraft Lending: Very Large Financial Institutions Final Rule", "fr:89:106768")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Beyond the Affordable Care Act, California created its own individual mandate.",
        "Beyond the Affordable Care Act, the governor praised the state's individual mandate.",
        "Beyond the Affordable Care Act, New Jersey's individual mandate still applies.",
    ],
)
def test_a_states_own_mandate_is_not_the_federal_one(text: str) -> None:
    assert "usc:26:5000a" not in [a for _, a in linked(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number alone after the full citation
        (
            "The case turns on 18 U.S.C. § 1028A. Section 1028A was enacted in 2004, and "
            "§1028A(a)(1) sets a two-year term.",
            [
                ("18 U.S.C. § 1028A", "usc:18:1028a"),
                ("Section 1028A", "usc:18:1028a"),
                ("§1028A(a)(1)", "usc:18:1028a"),
            ],
        ),
        # before the citation, or a section of another law: not this one
        (
            "Section 1028A was enacted in 2004. He was charged under 18 U.S.C. § 1028A.",
            [("18 U.S.C. § 1028A", "usc:18:1028a")],
        ),
        # two titles' sections of one number: left alone
        (
            "He cited 18 U.S.C. § 1001 and 42 U.S.C. § 1001. Section 1001 applies.",
            [("18 U.S.C. § 1001", "usc:18:1001"), ("42 U.S.C. § 1001", "usc:42:1001")],
        ),
    ],
)
def test_a_section_number_after_its_citation(text: str, expected: list[tuple[str, str]]) -> None:
    assert linked(text) == expected


def test_an_act_named_with_an_en_dash() -> None:
    text = "The Sarbanes–Oxley Act of 2002 was passed after Enron. Dodd–Frank came later."
    assert linked(text) == [
        ("Sarbanes–Oxley Act of 2002", "publ:107-204"),
        ("Dodd–Frank", "publ:111-203"),
    ]
