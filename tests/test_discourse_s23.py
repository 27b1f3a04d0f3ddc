"""Twenty-third session (s23-discourse): what refers back and how a law is first told.

An abbreviation offered as another name ("(or CDA)", "— CDA —"); a state's law first told by
its age; a state constitution's amendment told by its year and what it protects; a case
named in an aside is no antecedent while the article's own case is in play; "the gun ban"
between two states' bans is the one of the state its clause names; "this burdensome federal
mandate" in a critic's quotation is the one rule the article names. Made-up sentences.
"""

from __future__ import annotations

import pytest

from conftest import mentions


def _found(text: str, date: str | None = "2025-03-01") -> dict[str, str | None]:
    """Each mention's words and its id (a case's: its name)."""
    return {m.text: (m.authority or m.name) for m in mentions(text, date)}


# --- P6: an abbreviation offered as another name ---------------------------------------


@pytest.mark.parametrize(
    "defined",
    ["(or CDAV)", "(or simply CDAV)", "(also known as CDAV)", "(a.k.a. CDAV)"],
)
def test_an_abbreviation_offered_with_or_is_read(defined: str) -> None:
    text = (
        f"The Vermont Clean Dockets Act {defined} passed in 2019. "
        "Under CDAV, county courts must post their dockets online."
    )
    found = [m for m in mentions(text, "2024-01-01") if m.text == "CDAV"]
    assert len(found) == 2
    assert all(m.name == "Vermont Clean Dockets Act" for m in found)


def test_an_abbreviation_between_dashes_is_read_when_it_is_the_names_initials() -> None:
    text = (
        "The Vermont Clean Dockets Act — VCDA — passed in 2019. "
        "Under VCDA, county courts must post their dockets online."
    )
    found = [m for m in mentions(text, "2024-01-01") if m.text == "VCDA"]
    assert len(found) == 2


def test_letters_between_dashes_that_are_not_the_names_initials_define_nothing() -> None:
    text = "The Clean Air Act — EPA — governs the permits. EPA officials said so."
    assert not any(m.text == "EPA" and m.kind == "statute" for m in mentions(text, "2024-01-01"))


# --- P9: a state's law first told by its age ---------------------------------------------

_AGED = (
    "Doctors in Wisconsin stopped providing abortions last summer. Planned Parenthood now "
    "asks the state Supreme Court to decide whether a 175-year-old law bans the practice."
)


def test_an_aged_first_mention_links_to_the_one_row_of_its_age_and_topic() -> None:
    assert _found(_AGED, "2024-03-01").get("a 175-year-old law") == "state:wi:stat:940.04"


def test_an_undated_article_reads_an_old_age_from_the_years_2000_to_2026() -> None:
    assert _found(_AGED, None).get("a 175-year-old law") == "state:wi:stat:940.04"


def test_an_aged_law_on_another_topic_stays_unlinked() -> None:
    text = (
        "Lawmakers in Michigan debated the penal code this spring. Prosecutors said a "
        "93-year-old law bans adultery, though no one has been charged under it for decades."
    )
    assert "a 93-year-old law" not in _found(text, "2024-03-01")


def test_an_age_the_row_is_too_young_for_stays_unlinked() -> None:
    text = (
        "Doctors in Wisconsin stopped providing abortions last summer. Planned Parenthood "
        "asks the state Supreme Court whether a 60-year-old law bans the practice."
    )
    assert "a 60-year-old law" not in _found(text, "2024-03-01")


# --- P10: a state constitution's amendment told by its year --------------------------------


def test_a_voter_backed_amendment_of_a_year_is_the_section_it_made() -> None:
    text = (
        "Two women in Wyoming argue the ban violates a 2012 voter-backed amendment protecting "
        "the right to make one's own health care decisions."
    )
    assert _found(text).get("a 2012 voter-backed amendment") == "state:wy:const:1-38"


def test_a_health_care_freedom_amendment_of_another_state() -> None:
    text = (
        "The clinic's lawsuit invokes a 2010 voter-approved amendment to the Oklahoma "
        "Constitution that bars forcing anyone into a health care system."
    )
    assert _found(text).get("a 2010 voter-approved amendment") == "state:ok:const:2-37"


def test_a_year_no_measure_of_the_state_fits_links_nothing() -> None:
    text = (
        "Two women in Wyoming argue the ban violates a 2016 voter-backed amendment protecting "
        "the right to make one's own health care decisions."
    )
    assert "a 2016 voter-backed amendment" not in _found(text)


def test_reproductive_health_care_is_still_the_reproductive_freedom_section() -> None:
    text = (
        "Ohio voters approved a constitutional amendment in 2023 guaranteeing access to "
        "abortion and other reproductive health care."
    )
    assert _found(text).get("a constitutional amendment") == "state:oh:const:1-22"


@pytest.mark.parametrize(
    ("text", "words", "target"),
    [
        (
            "The plaintiffs cite the health care freedom amendment in the Arizona Constitution.",
            "the health care freedom amendment in the Arizona Constitution",
            "state:az:const:27-2",
        ),
        (
            "The plaintiffs cite the right to make health care decisions under the Wyoming "
            "Constitution.",
            "the right to make health care decisions under the Wyoming Constitution",
            "state:wy:const:1-38",
        ),
    ],
)
def test_a_health_care_clause_named_with_its_constitution(
    text: str, words: str, target: str
) -> None:
    assert _found(text).get(words) == target


# --- P3: a case in an aside ----------------------------------------------------------------

_WATCH = (
    "Lenders are watching the courts closely this year. A case to watch is Harbor Lending "
    "Corp. v. Pruitt, in which the Ohio Supreme Court must decide whether a payday lender "
    "can enforce arbitration clauses against borrowers. (A second suit, Dalton v. Pruitt, "
    "turns on the same clause and would be mooted if the court rules for the lender.) "
)


def test_the_case_after_an_aside_is_the_articles_own_case() -> None:
    text = _WATCH + "The case may mirror a federal dispute from last year."
    found = [m for m in mentions(text, "2025-03-01") if m.text == "The case"]
    assert [m.name for m in found] == ["Harbor Lending Corp. v. Pruitt"]


def test_a_case_between_dashes_is_an_aside_too() -> None:
    text = (
        "A case to watch is Harbor Lending Corp. v. Pruitt, in which the Ohio Supreme Court "
        "must decide whether a payday lender can enforce arbitration clauses — another "
        "case, Dalton v. Pruitt, raises the same question — and lenders are nervous. "
        "The case may mirror a federal dispute from last year."
    )
    found = [m for m in mentions(text, "2025-03-01") if m.text == "The case"]
    assert [m.name for m in found] == ["Harbor Lending Corp. v. Pruitt"]


def test_a_suit_told_inside_the_aside_is_not_given_the_main_case() -> None:
    text = (
        "The dispute began when Harbor Lending Corp. v. Pruitt reached the Ohio Supreme Court "
        "last spring; the lender says the state cannot void its contracts (like Dalton v. "
        "Pruitt in 2019, a suit the lender lost). The case is set for argument in June."
    )
    found = {m.text: m.name for m in mentions(text, "2025-03-01") if m.kind == "case"}
    assert found.get("The case") == "Harbor Lending Corp. v. Pruitt"
    assert "a suit" not in found


def test_without_an_aside_two_cases_stay_ambiguous() -> None:
    text = (
        "A case to watch is Harbor Lending Corp. v. Pruitt, in which the Ohio Supreme Court "
        "must decide whether a payday lender can enforce arbitration clauses against "
        "borrowers. Dalton v. Pruitt turns on the same clause and would be mooted if the court "
        "rules for the lender. The case may mirror a federal dispute from last year."
    )
    assert not any(m.text == "The case" for m in mentions(text, "2025-03-01"))


# --- P3: a ban between two states' bans -------------------------------------------------

_TWO_BANS = (
    "Gun rights groups have spent the year in court. Illinois's assault weapons ban, signed "
    "in January 2023, has drawn several lawsuits from gun shops. Meanwhile, gun owners in "
    "Maryland say a ban on assault weapons there violates the Second Amendment. "
)


def test_the_ban_is_the_one_of_the_state_its_clause_names() -> None:
    text = _TWO_BANS + "On Friday, a county judge in Illinois blocked the gun ban."
    assert _found(text).get("the gun ban") == "state:il:bill:pa102-1116"


def test_a_clause_naming_no_state_leaves_the_two_bans_ambiguous() -> None:
    text = _TWO_BANS + "On Friday, a county judge blocked the gun ban."
    assert "the gun ban" not in _found(text)


# --- P3: "this burdensome federal mandate" -------------------------------------------------

_ONE_RULE = "The Department of Education finalized its gainful employment regulation in 2023. "


def test_a_critics_evaluative_federal_mandate_is_the_one_rule_named() -> None:
    text = _ONE_RULE + '"This costly federal mandate will hurt small schools," said one critic.'
    assert _found(text).get("This costly federal mandate") == "fr:88:70004"


def test_not_in_a_quotation_it_stays_unlinked() -> None:
    text = _ONE_RULE + "Critics called it this costly federal mandate in a letter."
    assert "this costly federal mandate" not in _found(text)


def test_with_two_rules_named_it_stays_unlinked() -> None:
    text = (
        "The Department of Education finalized its gainful employment regulation in 2023, and "
        "the Labor Department issued its overtime rule in 2024. "
        '"This costly federal mandate will hurt small schools," said one critic.'
    )
    assert "This costly federal mandate" not in _found(text)


def test_a_case_introduced_unnamed_in_brackets_is_no_rival() -> None:
    text = (
        "A case to watch is Harbor Lending Corp. v. Pruitt, in which the Ohio Supreme Court "
        "must decide whether a lender can enforce arbitration clauses. (Another lawsuit, "
        "filed by a group of borrowers, turns on the same clause.) The case may mirror a "
        "federal dispute from last year."
    )
    found = [m for m in mentions(text, "2025-03-01") if m.text == "The case"]
    assert [m.name for m in found] == ["Harbor Lending Corp. v. Pruitt"]
