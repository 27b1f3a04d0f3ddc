"""Cases as unseen news prints them, round two (issue 13, point 4, ninth session): a
landmark printed with abbreviations lets its bare short name stand for it, a litigation
tracker's date column is no party, wire parentheticals name the suit before its database
cite. Sentences are our own, in the shape of real pages (a Law360 column, a newspaper's
lawsuit tracker, Mealey's class-action digests, law-firm alerts).
"""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention


def cases(text: str) -> list[Mention]:
    return [m for m in mentions(text) if m.kind == "case"]


def test_a_short_name_after_a_caption_printed_with_abbreviations() -> None:
    text = (
        "On Friday the Supreme Court issued its ruling in U.S. v. Rahimi, a closely watched "
        "gun case. Yet, in Rahimi, an 8-1 court upheld the federal law."
    )
    found = [m for m in cases(text) if m.authority == "cite:602:us:680"]
    assert [m.text for m in found] == ["U.S. v. Rahimi", "Rahimi"]


def test_a_person_after_a_printed_caption_stays_a_person() -> None:
    text = (
        "The justices decided U.S. v. Rahimi in June. Zackey Rahimi, who was charged in "
        "Texas, did not comment."
    )
    assert [m.text for m in cases(text)] == ["U.S. v. Rahimi"]


def test_a_tracker_date_is_no_party() -> None:
    text = (
        "Appeal · Feb. 11 Dellinger v. Bessent\n\nThe head of a watchdog agency is suing "
        "over his firing.\n\nTemporary restraining order · March 3 Doe v. Noem\n\nA judge "
        "paused the policy."
    )
    assert [(m.text, m.name) for m in cases(text)] == [
        ("Dellinger v. Bessent", "Dellinger v. Bessent"),
        ("Doe v. Noem", "Doe v. Noem"),
    ]


def test_a_docket_heading_ends_before_its_line_break() -> None:
    text = (
        "Mallory v. Norfolk Southern Railway Co., No. 21-1168\n\nOral argument was held "
        "in the fall."
    )
    (m,) = cases(text)
    assert m.text == "Mallory v. Norfolk Southern Railway Co., No. 21-1168"


def test_a_citation_keeps_the_small_words_of_its_caption() -> None:
    text = (
        "Citing the appeals court's ruling in Bais Yaakov of Spring Valley v. FCC, 852 F.3d "
        "1078, 1083 (D.C. Cir. 2017), a federal judge denied certification."
    )
    (m,) = cases(text)
    assert m.name == "Bais Yaakov of Spring Valley v. FCC"


def test_a_wire_parenthetical_names_the_suit_before_its_database_cite() -> None:
    text = (
        "A federal judge on Nov. 3 denied certification to a class of fax recipients "
        "(Acme Pet Inc., et al. v. Lagrange, LLC, et al., No. 16-513, N.D. Ill., 2017 U.S. "
        "Dist. LEXIS 182499)."
    )
    (m,) = cases(text)
    assert m.name == "Acme Pet Inc. v. Lagrange, LLC"
    assert m.text.startswith("Acme Pet Inc., et al. v. Lagrange")
    assert m.authority == "cite:2017:usdistlexis:182499"


def test_a_short_name_with_the_rest_of_its_caption_in_parentheses() -> None:
    text = (
        "Her name may one day stand beside Miranda (v. Arizona) and Obergefell (v. Hodges) "
        "in the history of the Supreme Court."
    )
    found = {m.authority: m.text for m in cases(text)}
    assert found["cite:384:us:436"] == "Miranda (v. Arizona)"
    assert found["cite:576:us:644"] == "Obergefell (v. Hodges)"


def test_a_parenthesised_rest_naming_another_party_is_another_case() -> None:
    text = "The state court decided Miranda (v. Texas) on appeal last year."
    assert not [m for m in cases(text) if m.authority == "cite:384:us:436"]


def test_a_caption_with_a_trade_name_and_a_local_number() -> None:
    text = (
        "The Supreme Court decided Glacier Northwest, Inc., d/b/a Calportland v. "
        "International Brotherhood of Teamsters Local Union No. 174 and held that the "
        "labor law did not preempt the claim."
    )
    (m,) = cases(text)
    assert m.text.startswith("Glacier Northwest, Inc., d/b/a Calportland v.")
    assert m.text.endswith("Local Union No. 174")
    assert m.name == (
        "Glacier Northwest, Inc. v. International Brotherhood of Teamsters Local Union No. 174"
    )


def test_an_in_re_caption_past_its_corporate_suffix_before_a_database_cite() -> None:
    text = (
        "In In re Acme Freight Sys., Inc. Employment Practices Litig., No. 3:05-CV-595 RLM, "
        "2017 WL 632119 (N.D. Ind. Feb. 14, 2017), one of seven class representatives "
        "signed off."
    )
    (m,) = cases(text)
    assert m.name == "In re Acme Freight Sys., Inc. Employment Practices Litig."
    assert m.authority == "cite:2017:wl:632119"


def test_a_short_name_that_sued_is_the_party() -> None:
    text = (
        "Marbury v. Madison (1803)\n\nThe case: a new administration would not deliver "
        "his commission. So Marbury sued.\n\nThe justices ruled that the law Marbury had "
        "sued under was unconstitutional."
    )
    assert [m.text for m in cases(text) if not m.anaphor] == ["Marbury v. Madison"]


def test_campbell_ewald_by_its_short_name() -> None:
    text = (
        "The offer here, unlike those in cases culminating in the Supreme Court's 2016 "
        "Campbell-Ewald decision, was no attempt to moot the class."
    )
    assert [m.authority for m in cases(text)] == ["cite:577:us:153"]


def test_a_possessive_short_name_before_a_word_and_its_holding() -> None:
    text = (
        "The Supreme Court decided New York State Rifle & Pistol Association v. Bruen in "
        "2022. Bruen's second holding was about sensitive places. The law fails under "
        "Bruen's history and tradition-focused test."
    )
    found = [m for m in cases(text) if m.authority == "cite:597:us:1"]
    assert len(found) == 3


def test_a_possessive_of_the_party_stays_the_party() -> None:
    text = (
        "The court decided United States v. Rahimi. Rahimi's guilty plea was thrown out. "
        "Rahimi's lawyers said the test was wrong."
    )
    assert [m.text for m in cases(text)] == ["United States v. Rahimi"]


def test_a_short_name_ending_a_headline() -> None:
    text = "The Limits of Bruen\n\nLast week the Supreme Court decided the gun case."
    assert [m.authority for m in cases(text)] == ["cite:597:us:1"]


def test_two_captions_named_by_one_party_joined_by_and() -> None:
    text = "The court cited Ex parte Milligan and Ex parte Young in its opinion."
    assert [m.text for m in cases(text)] == ["Ex parte Milligan", "Ex parte Young"]
    text = "In re Gault and In re Winship set the standard for juveniles."
    assert [m.authority for m in cases(text)] == ["cite:387:us:1", "cite:397:us:358"]


# --- a precedent named by what it decided (holdings.py, case_holdings.csv) -----------------


def test_a_decision_named_by_its_one_of_a_kind_holding() -> None:
    text = (
        "The Supreme Court's blockbuster decisions last term dominated the headlines. "
        "Additionally, the Court's affirmative action decision will raise workplace "
        "questions.\n\n1. Affirmative Action Ruling May Have Ripple Effects on Employers"
    )
    found = cases(text)
    assert [m.text for m in found] == [
        "the Court's affirmative action decision",
        "Affirmative Action Ruling",
    ]
    assert {m.authority for m in found} == {"cite:600:us:181"}


def test_a_holding_compound_of_no_court_is_no_case() -> None:
    assert not cases("The company's affirmative action decision was criticized by staff.")


def test_another_case_on_the_subject_leaves_the_compound_alone() -> None:
    text = (
        "In Grutter v. Bollinger the justices upheld the program. Critics said the "
        "Supreme Court's affirmative action ruling was narrow."
    )
    assert [m.name for m in cases(text)] == ["Grutter v. Bollinger"]


def test_the_student_loan_ruling() -> None:
    text = "The Supreme Court's student loan ruling came in June, and borrowers waited."
    (m,) = cases(text)
    assert m.authority == "cite:600:us:477"
    assert m.text == "The Supreme Court's student loan ruling"


def test_a_landmark_told_by_its_holding_with_the_year_after() -> None:
    text = (
        "Here are the cases the Supreme Court decided that changed the country. Not every "
        "decision aged well. Last year, the court overturned a landmark case that legalized "
        "abortion in 1973."
    )
    (m,) = cases(text)
    assert m.text == "a landmark case"
    assert m.authority == "cite:410:us:113"


def test_a_landmark_clause_no_row_fits_is_left_alone() -> None:
    text = (
        "The Supreme Court met today. The court cited a landmark case that struck down a "
        "Texas law in 1973."
    )
    assert not cases(text)


def test_the_companion_student_loan_case_leaves_the_compound_alone() -> None:
    text = (
        "The Supreme Court decided Department of Education v. Brown the same day. The "
        "Supreme Court's student loan ruling disappointed borrowers."
    )
    assert [m.name for m in cases(text)] == ["Department of Education v. Brown"]


def test_one_of_a_kind_gun_and_speech_holdings() -> None:
    text = "The Supreme Court's bump stock ruling came in June; gun groups cheered."
    assert [m.authority for m in cases(text)] == ["cite:602:us:406"]
    text = "The justices heard the case. The Supreme Court's Colorado ballot ruling came fast."
    assert [m.authority for m in cases(text)] == ["cite:601:us:100"]


def test_a_state_high_courts_ruling_on_the_subject_is_not_the_supreme_courts() -> None:
    assert not cases("The Colorado Supreme Court's ballot disqualification ruling was appealed.")
    text = (
        "The Tennessee Supreme Court heard the challenge. Its gender-affirming care ruling "
        "came in May."
    )
    assert not cases(text)
