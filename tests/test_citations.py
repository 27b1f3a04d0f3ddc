"""Formal citations as opinions and news print them."""

from __future__ import annotations

import pytest

from conftest import mentions

CASES = [
    # (sentence, the mention's text, its id)
    (
        "See Brandenburg v. Ohio, 395 U.S. 444 (1969).",
        "Brandenburg v. Ohio, 395 U.S. 444 (1969)",
        "cite:395:us:444",
    ),
    (
        "Roe v. Wade, 410 U.S. 113 (1973), was overruled.",
        "Roe v. Wade, 410 U.S. 113 (1973)",
        "cite:410:us:113",
    ),
    ("Dobbs, 142 S. Ct. 2228, overruled it.", "Dobbs, 142 S. Ct. 2228", "cite:142:sct:2228"),
    ("under 10 U.S.C. § 12406, the president may call", "10 U.S.C. § 12406", "usc:10:12406"),
    ("determination under 10 U.S.C. § 12406(3) was", "10 U.S.C. § 12406(3)", "usc:10:12406"),
    ("suits under 42 U.S.C. 1983 are common", "42 U.S.C. 1983", "usc:42:1983"),
    ("invoked 10 U.S.C. 252 without a section sign", "10 U.S.C. 252", "usc:10:252"),
    ("the Insurrection Act, 10 U.S.C. §§ 251–255, lets", "10 U.S.C. §§ 251–255", "usc:10:251-255"),
    ("charged under 18 U.S.C. § 2339B for support", "18 U.S.C. § 2339B", "usc:18:2339B".lower()),
    (
        "One portion of the act – 18 U.S.C. section 794 – does",
        "18 U.S.C. section 794",
        "usc:18:794",
    ),
    (
        "a claim under section 1983 of title 42 of the U.S. Code",
        "section 1983 of title 42 of the U.S. Code",
        "usc:42:1983",
    ),
    ("Section 1385 of Title 18 bars it", "Section 1385 of Title 18", "usc:18:1385"),
    ("The law (P.L. 117-58) took effect.", "P.L. 117-58", "publ:117-58"),
    ("enacted as Pub. L. 119-21, it cut taxes", "Pub. L. 119-21", "publ:119-21"),
    ("Public Law 114-328 renumbered the sections", "Public Law 114-328", "publ:114-328"),
    ("June 18, 1878, ch. 263, § 15, 20 Stat. 152", "20 Stat. 152", "stat:20:152"),
    ("agents rely on 8 C.F.R. § 287.8 for", "8 C.F.R. § 287.8", "cfr:8:287.8"),
    (
        "as U.S. Const. amend. XIV, § 1 guarantees",
        "U.S. Const. amend. XIV, § 1",
        "const:amendment:14:section:1",
    ),
    (
        "the power in U.S. Const. art. I, § 8 to",
        "U.S. Const. art. I, § 8",
        "const:article:1:section:8",
    ),
    ("vested by art. II in the president", "art. II", "const:article:2"),
    (
        "charged under Cal. Penal Code § 187 in Los Angeles",
        "Cal. Penal Code § 187",
        "state:ca:pen:187",
    ),
    (
        "a violation of N.Y. Penal Law § 125.25, prosecutors said",
        "N.Y. Penal Law § 125.25",
        "state:ny:penal:125.25",
    ),
    (
        "Florida's stand-your-ground law, Fla. Stat. § 776.012, applies",
        "Fla. Stat. § 776.012",
        "state:fl:stat:776.012",
    ),
    ("under 735 ILCS 5/2-805 the court", "735 ILCS 5/2-805", "state:il:ilcs:735-5-2-805"),
    (  # Florida's own citation style, the section first
        "the ballot summary complies with section 101.161(1), Florida Statutes, the court said",
        "section 101.161(1), Florida Statutes",
        "state:fl:stat:101.161",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "authority"), CASES)
def test_formal_citation(sentence: str, surface: str, authority: str) -> None:
    found = {(m.text, m.authority) for m in mentions(sentence)}
    assert (surface, authority) in found, found


def test_short_forms_and_id_join_their_antecedent() -> None:
    text = (
        "The Court relied on Brandenburg v. Ohio, 395 U.S. 444, 447 (1969). Speech is protected "
        "unless it incites imminent lawless action. Brandenburg, 395 U.S. at 448. Id. at 449."
    )
    ids = [m.authority for m in mentions(text)]
    assert ids.count("cite:395:us:444") >= 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote was 6-3 on June 24, with 15 weeks as the limit.",
        "He scored 24 points in 32 minutes.",
        "Interstate 5 was closed near exit 252.",
        "The U.S. has 50 states and 435 districts.",
    ],
)
def test_numbers_in_news_are_not_citations(sentence: str) -> None:
    assert mentions(sentence) == []


def test_offsets_index_the_text_exactly() -> None:
    text = "“Quoted” — and then 10 U.S.C. § 252 — é 42 U.S.C. 1983."
    for m in mentions(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He is charged under 18 U.S.C. §§ 1512(c)(2) and 1512(k), obstruction counts.",
            [("18 U.S.C. §§ 1512(c)(2)", "usc:18:1512"), ("1512(k)", "usc:18:1512")],
        ),
        (
            "See 42 U.S.C. §§ 1981, 1983 and 1985 for the civil-rights claims.",
            [("42 U.S.C. §§ 1981", "usc:42:1981"), ("1983", "usc:42:1983"),
             ("1985", "usc:42:1985")],
        ),
        ("It cites 10 U.S.C. §§ 251–255, an old law.", [("10 U.S.C. §§ 251–255",
                                                                 "usc:10:251-255")]),
    ],
)  # fmt: skip
def test_lists_and_ranges_of_sections(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.authority) for m in mentions(sentence) if m.kind == "statute"]
    assert found == expected


def test_short_form_section_takes_the_last_titles_number() -> None:
    text = (
        "Prosecutors cited 18 U.S.C. § 1512(c)(2). Defense lawyers said § 1512(c) was "
        "never meant for protests."
    )
    assert ("§ 1512(c)", "usc:18:1512") in {(m.text, m.authority) for m in mentions(text)}


def test_a_bare_section_sign_after_a_cfr_cite_is_not_given_a_code_title() -> None:
    text = "Under 18 U.S.C. § 1001 and 8 C.F.R. § 287.8, agents may act; § 287.10 adds more."
    assert not any(m.text == "§ 287.10" for m in mentions(text))
