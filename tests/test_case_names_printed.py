"""Supreme Court cases as news prints their captions (issue 13, point 4): Bluebook
abbreviations and agency initials in a party ("Federal Election Comm'n", "Alabama Ass'n of
Realtors", "U.S. v. Rahimi"), a corporate suffix after a comma ("Boechler, P.C.",
"TransUnion, LLC"), a town with its state ("City of Grants Pass, Oregon"), a docket number
after a landmark's name, recent merits decisions in lists, and "This case" after a case named
just before. Sentences are in the shape of real pages (jdsupra.com case digests, a progressive
caucus newsletter's list of the term's cases, AP and Hawaii Tribune-Herald reports).
"""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.scanner.casenames import caption_key


def cases(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.authority, m.name) for m in mentions(text) if m.kind == "case"}


PRINTED = [
    (
        "On May 16, 2022, the U.S. Supreme Court decided Federal Election Comm'n v. Ted Cruz "
        "for Senate, No. 21-12, holding that the statute violates the First Amendment.",
        "Federal Election Comm'n v. Ted Cruz for Senate, No. 21-12",
        "cite:596:us:289",
    ),
    (
        "The U.S. Supreme Court decided Alabama Ass'n of Realtors v. Department of Health and "
        "Human Services, holding that the moratorium was unlawful.",
        "Alabama Ass'n of Realtors v. Department of Health and Human Services",
        "cite:594:us:758",
    ),
    (
        "The court decided TransUnion, LLC v. Ramirez, holding that class members lacked standing.",
        "TransUnion, LLC v. Ramirez",
        "cite:594:us:413",
    ),
    (
        "For instance, in U.S. v. Rahimi, the 5th Circuit struck down a federal ban.",
        "U.S. v. Rahimi",
        "cite:602:us:680",
    ),
    (
        "The U.S. Supreme Court's New York State Rifle & Pistol Assn., Inc. v. Bruen decision "
        "was a pivotal ruling.",
        "New York State Rifle & Pistol Assn., Inc. v. Bruen",
        "cite:597:us:1",
    ),
    (
        "The Court decided Boechler, P.C. v. Commissioner of Internal Revenue, No. 20-1472, "
        "holding that the deadline is not jurisdictional.",
        "Boechler, P.C. v. Commissioner of Internal Revenue, No. 20-1472",
        "cite:596:us:199",
    ),
    (
        "Undecided Cases:\nCity of Grants Pass, Oregon v. Johnson\nLoper Bright Enterprises v. "
        "Raimondo",
        "City of Grants Pass, Oregon v. Johnson",
        None,  # name only: its U.S. Reports page was not checked
    ),
    (
        # a page's lost space after "&" (Hawaii Tribune-Herald, 2023)
        "The Supreme Court did in a 2021 decision, New York State Rifle &Pistol Association "
        "v. Bruen.",
        "New York State Rifle &Pistol Association v. Bruen",
        "cite:597:us:1",
    ),
    (
        "The justices decided Patel v. Garland, No. 20-979, on May 16, 2022.",
        "Patel v. Garland, No. 20-979",
        "cite:596:us:328",
    ),
]


@pytest.mark.parametrize(("text", "surface", "want"), PRINTED)
def test_a_caption_as_printed_finds_its_case(text: str, surface: str, want: str | None) -> None:
    found = cases(text)
    assert surface in found, found
    assert found[surface][0] == want


def test_grants_pass_keeps_its_city_and_takes_the_tables_name() -> None:
    text = "Undecided Cases:\nCity of Grants Pass, Oregon v. Johnson\nMoyle v. United States"
    assert cases(text)["City of Grants Pass, Oregon v. Johnson"][1] == (
        "City of Grants Pass v. Johnson"
    )


def test_recent_merits_decisions_in_a_list() -> None:
    text = (
        "Decided Cases:\nAcheson Hotels, LLC v. Laufer\nGarland v. Cargill\n"
        "Murray v. UBS Securities, LLC\nLindke v. Freed\nUnited States v. Rahimi"
    )
    found = cases(text)
    assert found["Acheson Hotels, LLC v. Laufer"][0] == "cite:601:us:1"
    assert found["Garland v. Cargill"][0] == "cite:602:us:406"
    assert found["Murray v. UBS Securities, LLC"][0] == "cite:601:us:23"
    assert found["Lindke v. Freed"][0] == "cite:601:us:187"
    assert found["United States v. Rahimi"][0] == "cite:602:us:680"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Federal Election Comm'n v. Ted Cruz for Senate", "FEC v. Ted Cruz for Senate"),
        ("SEC v. Jarkesy", "Securities and Exchange Commission v. Jarkesy"),
        ("Smith et al. v. Dep't of Educ.", "Smith v. Department of Education"),
        ("TransUnion, LLC v. Ramirez", "TransUnion LLC vs. Ramirez"),
    ],
)
def test_caption_key_reads_abbreviations(a: str, b: str) -> None:
    assert caption_key(a) == caption_key(b)


def test_caption_key_keeps_different_parties_apart() -> None:
    assert caption_key("Ohio v. EPA") != caption_key("Texas v. EPA")


def test_this_case_points_to_the_case_just_named() -> None:
    text = (
        "The Supreme Court's New York State Rifle & Pistol Assn., Inc. v. Bruen decision was "
        "a pivotal ruling. After Bruen, courts struck down gun laws.\n\nJust days after the "
        "Bruen decision was handed down, the Supreme Court also issued a decision in the "
        "West Virginia v. EPA case. This case will have a profound effect on agency rulemaking."
    )
    found = cases(text)
    assert found["This case"][0] == "cite:597:us:697"


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        (
            "The Supreme Court's 2021 decision in AMG Capital Mgmt., LLC v. FTC ended monetary "
            "relief under Section 13(b).",
            # (the dated phrase before the caption is its decision, one mention with it:
            # twenty-eighth session)
            "The Supreme Court's 2021 decision in AMG Capital Mgmt., LLC v. FTC",
            "cite:593:us:67",
        ),
        (
            "Since Facebook v. Duguid, texts sent from a list are rarely autodialed.",
            "Facebook v. Duguid",
            "cite:592:us:395",
        ),
        (
            "After Viking River Cruises v. Moriana, individual PAGA claims go to arbitration.",
            "Viking River Cruises v. Moriana",
            "cite:596:us:639",
        ),
        (
            "The court cited Liu v. SEC on disgorgement.",
            "Liu v. SEC",
            "cite:591:us:71",
        ),
    ],
)
def test_more_recent_decisions_law_firms_name(text: str, surface: str, want: str) -> None:
    assert cases(text)[surface][0] == want
