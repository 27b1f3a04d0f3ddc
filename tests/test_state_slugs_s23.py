"""Twenty-third session (s23-slugs): one id per state code, its slug the code's customary
abbreviation (SPEC §2's ``state:il:ilcs:5-805-15``), however the article prints the code.
Made-up sentences of the shapes news and law-firm alerts print."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.datafiles import read_rows
from linker.scanner.stateslugs import canonical_id, canonical_slug, code_id


def _ids(text: str, piece: str) -> set[str | None]:
    return {m.authority for m in mentions(text) if m.text == piece}


@pytest.mark.parametrize(
    "text,piece,want",
    [
        # a state's general code: by its name, its Bluebook form, its initials
        (
            "Doctors face charges under A.R.S. § 13-3605, the filing says.",
            "A.R.S. § 13-3605",
            "state:az:ars:13-3605",
        ),
        (
            "The filing cites Ariz. Rev. Stat. § 13-3605 twice.",
            "Ariz. Rev. Stat. § 13-3605",
            "state:az:ars:13-3605",
        ),
        (
            "The filing cites Arizona Revised Statutes section 13-3605 twice.",
            "Arizona Revised Statutes section 13-3605",
            "state:az:ars:13-3605",
        ),
        (
            "The store was fined under Colo. Rev. Stat. § 6-1-105 on Monday.",
            "Colo. Rev. Stat. § 6-1-105",
            "state:co:crs:6-1-105",
        ),
        (
            "Deputies relied on Mo. Rev. Stat. § 571.030 in the arrest.",
            "Mo. Rev. Stat. § 571.030",
            "state:mo:rsmo:571.030",
        ),
        ("The county pointed to NRS 293.269 in its reply.", "NRS 293.269", "state:nv:nrs:293.269"),
        ("Police cited RCW 46.61.502 in the report.", "RCW 46.61.502", "state:wa:rcw:46.61.502"),
        (
            "The charge rests on Tenn. Code Ann. § 40-35-114, the judge said.",
            "Tenn. Code Ann. § 40-35-114",
            "state:tn:tca:40-35-114",
        ),
        (
            "Prosecutors cited Ohio Rev. Code § 2923.12 on Friday.",
            "Ohio Rev. Code § 2923.12",
            "state:oh:orc:2923.12",
        ),
        (
            "The clerk applied Conn. Gen. Stat. § 9-140 to the ballots.",
            "Conn. Gen. Stat. § 9-140",
            "state:ct:cgs:9-140",
        ),
        (
            "The board applied N.C. Gen. Stat. § 163-82.4 to the voters.",
            "N.C. Gen. Stat. § 163-82.4",
            "state:nc:gs:163-82.4",
        ),
        (
            "The paper cited Wyo. Stat. § 18-3-516 in its petition.",
            "Wyo. Stat. § 18-3-516",
            "state:wy:ws:18-3-516",
        ),
        (
            "The rule follows MCL 168.759 on absentee ballots.",
            "MCL 168.759",
            "state:mi:mcl:168.759",
        ),
        # a five-part North Dakota section is read whole
        (
            "The ban is N.D. Cent. Code § 12.1-20-03.1, officials said.",
            "N.D. Cent. Code § 12.1-20-03.1",
            "state:nd:ndcc:12.1-20-03.1",
        ),
        # codes cited just "Stat." keep "stat"; Minnesota's is minn-stat
        (
            "Deputies acted under Fla. Stat. § 316.193 that night.",
            "Fla. Stat. § 316.193",
            "state:fl:stat:316.193",
        ),
        (
            "The suit invokes Minn. Stat. § 181.960 on records.",
            "Minn. Stat. § 181.960",
            "state:mn:minn-stat:181.960",
        ),
        # California's codes as its Legislature's site abbreviates them
        (
            "He was charged under California Penal Code Section 459 last week.",
            "California Penal Code Section 459",
            "state:ca:pen:459",
        ),
        (
            "The suit claims a breach of Cal. Bus. & Prof. Code § 17500 in the ads.",
            "Cal. Bus. & Prof. Code § 17500",
            "state:ca:bpc:17500",
        ),
        (
            "Workers sued under California Labor Code section 226 this spring.",
            "California Labor Code section 226",
            "state:ca:lab:226",
        ),
        # Texas's codes as the Bluebook abbreviates them, without the state and "Code"
        (
            "The district followed Texas Education Code § 25.092 on attendance.",
            "Texas Education Code § 25.092",
            "state:tx:educ:25.092",
        ),
        (
            "The bill adds Section 21.0045 to the Texas Education Code next year.",
            "Section 21.0045 to the Texas Education Code",
            "state:tx:educ:21.0045",
        ),
        (
            "The clinic cited Texas Health and Safety Code § 481.115 in court.",
            "Texas Health and Safety Code § 481.115",
            "state:tx:health-safety:481.115",
        ),
        # New York's laws likewise
        (
            "The count was under New York Penal Law § 265.03, the DA said.",
            "New York Penal Law § 265.03",
            "state:ny:penal:265.03",
        ),
    ],
)
def test_a_state_code_citation_gets_the_codes_customary_abbreviation(
    text: str, piece: str, want: str
) -> None:
    assert want in _ids(text, piece)


def test_a_california_code_named_without_its_state_gets_the_same_id() -> None:
    text = (
        "A Los Angeles judge in California ruled on the case. The teen was charged under "
        "Penal Code section 459, and the court applied Welf. & Inst. Code § 707."
    )
    assert "state:ca:pen:459" in _ids(text, "Penal Code section 459")
    assert "state:ca:wic:707" in _ids(text, "Welf. & Inst. Code § 707")


def test_a_section_of_the_state_code_gets_the_codes_slug() -> None:
    text = (
        "Tennessee lawmakers passed the bill in April. It amends Section 49-6-3401 of the "
        "state code, which sets discipline rules."
    )
    assert "state:tn:tca:49-6-3401" in _ids(text, "Section 49-6-3401 of the state code")


def test_every_printed_form_gives_one_slug() -> None:
    for printed in ("Revised Statutes", "Rev. Stat.", "Rev. Stat. Ann.", "A.R.S.", "ARS", "ars"):
        assert canonical_slug("az", printed) == "ars"
    assert canonical_slug("ca", "Health & Saf. Code") == "hsc"
    assert canonical_slug("ca", "Code of Civil Procedure") == "ccp"
    assert canonical_slug("tx", "Loc. Gov't Code") == "loc-gov"
    assert code_id("TN", "Code Ann.", "39-17-1307") == "state:tn:tca:39-17-1307"


def test_a_code_the_table_lacks_keeps_its_printed_names_slug() -> None:
    assert canonical_slug("wi", "Administrative Code") == "administrative-code"
    assert canonical_slug("ca", "Code") == "code"  # (which of California's codes: none)


def test_old_ids_map_to_the_new_and_other_ids_stay() -> None:
    assert canonical_id("state:tn:code:39-15-213") == "state:tn:tca:39-15-213"
    assert canonical_id("state:az:rev-stat:13-3603") == "state:az:ars:13-3603"
    assert canonical_id("state:tx:bill:sb8") == "state:tx:bill:sb8"
    assert canonical_id("state:ca:const:1-1") == "state:ca:const:1-1"
    assert canonical_id("usc:18:1001") == "usc:18:1001"


def test_every_state_code_id_in_the_data_tables_is_canonical() -> None:
    names = ("state_acts.csv", "lawsuits.csv", "state_laws_replaced.csv", "act_topics.csv")
    for name in names:
        for row in read_rows(name):
            for value in row.values():
                for part in value.replace(",", "|").split("|"):
                    part = part.strip()
                    if part.startswith("state:"):
                        assert canonical_id(part) == part, (name, part)
    for row in read_rows("state_general_codes.csv"):
        assert canonical_slug(row["state"], row["slug"]) == row["slug"]


def test_every_slug_row_has_a_source_and_no_printed_name_is_two_codes() -> None:
    seen: dict[tuple[str, str], str] = {}
    from linker.scanner.stateslugs import code_slug

    for row in read_rows("state_code_slugs.csv"):
        assert row["source"].startswith("http"), row
        for name in row["names"].split("|"):
            key = (row["state"], code_slug(name))
            assert seen.setdefault(key, row["slug"]) == row["slug"], (key, row["slug"])


@pytest.mark.parametrize(
    "text,piece,want",
    [
        (
            "The charge rests on T.C.A. § 39-13-202, prosecutors said.",
            "T.C.A. § 39-13-202",
            "state:tn:tca:39-13-202",
        ),
        ("Under K.S.A. 8-1567, the driver faces a fine.", "K.S.A. 8-1567", "state:ks:ksa:8-1567"),
        (
            "The trigger law, SDCL 22-17-5.1, took effect.",
            "SDCL 22-17-5.1",
            "state:sd:sdcl:22-17-5.1",
        ),
        (
            "The statute, N.D.C.C. § 12.1-32-01, sets the penalty.",
            "N.D.C.C. § 12.1-32-01",
            "state:nd:ndcc:12.1-32-01",
        ),
        ("Officers cited HRS § 291E-61 in the arrest.", "HRS § 291E-61", "state:hi:hrs:291e-61"),
        (
            "He was charged under C.G.S. § 53a-54a last year.",
            "C.G.S. § 53a-54a",
            "state:ct:cgs:53a-54a",
        ),
        (
            "He could not carry a gun under RSMo 571.070, police said.",
            "RSMo 571.070",
            "state:mo:rsmo:571.070",
        ),
        # Missouri's own order: the section, then the initials
        (
            "The wait is set by section 188.027, RSMo, the clinic said.",
            "section 188.027, RSMo",
            "state:mo:rsmo:188.027",
        ),
    ],
)
def test_a_code_cited_by_its_initials(text: str, piece: str, want: str) -> None:
    assert want in _ids(text, piece)


@pytest.mark.parametrize(
    "text",
    [
        "The crew worked 24 HRS 7 days a week.",  # no two-part section
        "The rsmo 1.234 file was attached.",  # initials in the wrong case
        "Section 12.5 of the report cites RSMo as a source.",  # no section before the initials
    ],
)
def test_no_state_code_without_initials_and_a_section(text: str) -> None:
    assert not [m for m in mentions(text) if (m.authority or "").startswith("state:")]
