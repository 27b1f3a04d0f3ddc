"""Formal citation forms other tools test (eyecite, the U.S. Code's and C.F.R.'s own citation
forms) that news also prints, each in a news-style sentence (issue 13, point 8)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import mentions

ROOT = Path(__file__).resolve().parent.parent

FORMS = [
    # (sentence, the mention's text, its id)
    # C.F.R. sections with letters and dashes, "CFR" without periods, parts.
    (
        "The SEC brought claims under 17 C.F.R. § 240.10b-5, the agency said.",
        "17 C.F.R. § 240.10b-5",
        "cfr:17:240.10b-5",
    ),
    ("The rule at 17 CFR 240.10b-5 bars fraud in trading.", "17 CFR 240.10b-5", "cfr:17:240.10b-5"),
    ("The EPA relied on 40 CFR Part 60 for the standards.", "40 CFR Part 60", "cfr:40:60"),
    ("agents rely on 8 C.F.R. § 287.8 for arrests", "8 C.F.R. § 287.8", "cfr:8:287.8"),
    ("The rules at 29 C.F.R. §§ 778.217(a), 778.22 cover overtime.", "778.22", "cfr:29:778.22"),
    ("the asylum rule (8 CFR §§ 208.13, 208.30) took effect", "8 CFR §§ 208.13", "cfr:8:208.13"),
    ("The regulation, 34 C.F.R. § 106.45(b)(6)(i), requires hearings.",
     "34 C.F.R. § 106.45(b)(6)(i)", "cfr:34:106.45"),
    # Public laws in every spelling.
    ("The spending law, PL 111-83, funded the department.", "PL 111-83", "publ:111-83"),
    ("Congress passed Pub L 96-164 in 1979.", "Pub L 96-164", "publ:96-164"),
    (
        "The Inflation Reduction Act, Pub. L. No. 117-169, was signed in August.",
        "Pub. L. No. 117-169",
        "publ:117-169",
    ),
    # The Constitution's abbreviation in any case.
    ("The power in U.S. Const. Art. I gives Congress the purse.", "U.S. Const. Art. I",
     "const:article:1"),
    ("as u.s. const. art. ii provides, the president", "u.s. const. art. ii", "const:article:2"),
    ("see U.S. CONST. ART. III, § 2, which limits the courts", "U.S. CONST. ART. III, § 2",
     "const:article:3:section:2"),
    # The U.S. Code lowercased, by "section, title", with an en dash inside a section.
    ("Her requests under 5 usc 552 were denied.", "5 usc 552", "usc:5:552"),
    ("The Coast Guard relied on section 89, title 14, to board the ship.",
     "section 89, title 14", "usc:14:89"),
    ("The Coast Guard relied on title 14, section 89, to board the ship.",
     "title 14, section 89", "usc:14:89"),
    ("The institute is authorized by 42 U.S.C. 288–1 and other laws.", "42 U.S.C. 288–1",
     "usc:42:288-1"),
    # How Justice Department releases and the LII print the Code.
    ("He was charged with violating Title 18, United States Code, Section 1001.",
     "Title 18, United States Code, Section 1001", "usc:18:1001"),
    ("a violation of Title 8, United States Code, Sections 1325 and 1326", "1326",
     "usc:8:1326"),
    ("The text of 18 U.S. Code § 1001 is short.", "18 U.S. Code § 1001", "usc:18:1001"),
    # An act's abbreviation with its section, where acts.csv gives the Code section.
    ("He was held under INA § 101(a) of the law.", "INA § 101(a)", "usc:8:1101"),
    (
        "The Federal Arbitration Act (FAA) governs. The judge applied FAA § 2 to the clause.",
        "FAA § 2",
        "usc:9:2",
    ),
    # State codes eyecite does not know, spelled out or abbreviated.
    ("He was charged under California Penal Code Section 187 for murder.",
     "California Penal Code Section 187", "state:ca:pen:187"),
    ("He was charged under Section 187 of the California Penal Code, prosecutors said.",
     "Section 187 of the California Penal Code", "state:ca:pen:187"),
    ("The case falls under Conn. Gen. Stat. § 46b-137, the judge said.",
     "Conn. Gen. Stat. § 46b-137", "state:ct:cgs:46b-137"),
    ("Lawyers cited Connecticut General Statutes section 46b-137 in the appeal.",
     "Connecticut General Statutes section 46b-137", "state:ct:cgs:46b-137"),
    ("The clinic sued over Texas Health and Safety Code § 171.204.",
     "Texas Health and Safety Code § 171.204", "state:tx:health-safety:171.204"),
    ("It is Tex. Health & Safety Code § 171.204 that bans it.",
     "Tex. Health & Safety Code § 171.204", "state:tx:health-safety:171.204"),
    ("The charge, Tex. Penal Code Ann. § 22.01, is assault.", "Tex. Penal Code Ann. § 22.01",
     "state:tx:penal:22.01"),
    # Neutral citations and reporters with "&" or parentheses reach eyecite.
    ("The court in State v. Doe, 2017-Ohio-1234, held that the stop was lawful.",
     "State v. Doe, 2017-Ohio-1234", "cite:2017:ohio:1234"),
    ("An older case, Foo v. Bar, 12 Serg. & Rawle 45 (Pa. 1824), said so.",
     "Foo v. Bar, 12 Serg. & Rawle 45 (Pa. 1824)", "cite:12:sergrawle:45"),
    ("The panel relied on Doe v. Roe, 2015-NMSC-001, to reverse.", "Doe v. Roe, 2015-NMSC-001",
     "cite:2015:nmsc:001"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "surface", "authority"), FORMS)
def test_formal_form(sentence: str, surface: str, authority: str) -> None:
    found = {(m.text, m.authority) for m in mentions(sentence)}
    assert (surface, authority) in found, found


def test_a_section_the_acts_data_does_not_give_is_not_guessed() -> None:
    found = [(m.text, m.authority) for m in mentions("Under INA § 999 the agency acted.")]
    assert found == [("INA", "usc:8:1101")]


def test_title_and_section_of_the_cfr_or_a_state_code_are_not_the_us_code() -> None:
    text = "Pilots must follow title 14, section 91.3 of the Code of Federal Regulations."
    assert not any(m.authority and m.authority.startswith("usc:") for m in mentions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors cited 18 U.S.C. § 1001. Id. § 1002 also applies, they said.",
            [("18 U.S.C. § 1001", "usc:18:1001"), ("Id. § 1002", "usc:18:1002")],
        ),
        (
            "The court cited 18 U.S.C. § 1001 in its order. See id.",
            [("18 U.S.C. § 1001", "usc:18:1001"), ("id.", "usc:18:1001")],
        ),
        (
            "The agency relied on 17 CFR 240.10b-5. Id. It is old.",
            [("17 CFR 240.10b-5", "cfr:17:240.10b-5"), ("Id.", "cfr:17:240.10b-5")],
        ),
    ],
)
def test_id_after_a_statute_is_that_statute(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.authority) for m in mentions(text)] == expected


def test_the_word_id_is_no_citation() -> None:
    text = "He cited 18 U.S.C. § 1001 in a talk about the id. It was odd."
    assert [m.text for m in mentions(text)] == ["18 U.S.C. § 1001"]


def test_id_after_a_case_stays_the_case() -> None:
    text = "See 42 U.S.C. § 1983; Monroe v. Pape, 365 U.S. 167 (1961). Id. at 171."
    found = [(m.text, m.authority) for m in mentions(text)]
    assert found[-1] == ("Id. at 171", "cite:365:us:167"), found


def test_parallel_citations_are_one_case() -> None:
    text = (
        "The ruling in Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973), "
        "was overturned."
    )
    cases = [(m.text, m.authority) for m in mentions(text) if m.kind == "case"]
    assert cases == [
        ("Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973)", "cite:410:us:113")
    ]


def test_one_case_name_never_swallows_its_neighbour() -> None:
    found = [
        (m.text, m.kind)
        for m in mentions(
            "Under the First Amendment and Heller, the court said guns are protected."
        )
    ]
    assert found == [("First Amendment", "constitution"), ("Heller", "case")]


def test_ids_are_always_lowercase() -> None:
    """SPEC §2: in every form above, in every frozen scan of the corpora, in the data files."""
    seen = [m.authority for s, _, _ in FORMS for m in mentions(s) if m.authority]
    for snap in (ROOT / "tests" / "snapshots").rglob("*.json"):
        seen += [m["authority"] for m in json.loads(snap.read_text()) if m["authority"]]
    for f in (ROOT / "linker" / "data").glob("*.csv"):
        with f.open(encoding="utf-8", newline="") as fh:
            seen += [r["authority"] for r in csv.DictReader(fh) if r.get("authority")]
    assert seen and [a for a in seen if a != a.lower()] == []


@pytest.mark.parametrize(
    ("sentence", "surface", "authority"),
    [
        (
            "Under Ohio Revised Code 2907.02, rape is a felony.",
            "Ohio Revised Code 2907.02",
            "state:oh:orc:2907.02",
        ),
        (
            "Texas Penal Code 42.01 defines disorderly conduct.",
            "Texas Penal Code 42.01",
            "state:tx:penal:42.01",
        ),
        (
            "He was charged under California Penal Code 187.",
            "California Penal Code 187",
            "state:ca:pen:187",
        ),
    ],
)
def test_state_code_numbers_without_a_section_word(
    sentence: str, surface: str, authority: str
) -> None:
    assert (surface, authority) in {(m.text, m.authority) for m in mentions(sentence)}


def test_a_year_after_a_code_name_is_no_section() -> None:
    assert mentions("The Texas Election Code 2023 changes took effect.") == []
