"""census45 (twenty-eighth session, branch s28-c45): an agency's rule whose own words tie
between several of its rows (P1), "its Title N regulations" as the C.F.R. part that carries the
title out (P2), a bench's split vote told as its ruling (P3). Sentences of our own in the
shapes of real pages."""

from __future__ import annotations

from conftest import mentions


def _regs(text: str, date: str | None = "2025-06-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "regulation"]


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2024-05-01") if m.kind == "statute"]


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2025-05-23") if m.kind == "ruling"]


# --- P1: a tie on the rule's own words, broken by its sentence -------------------------------


def test_a_shared_industry_word_ties_and_the_sentence_tells_the_rule() -> None:
    text = (
        "The U.S. Department of Transportation has released a final rule that will require "
        "airlines to meet stricter standards for the handling of passengers' wheelchairs. "
        "The new rule takes effect next month."
    )
    got = _regs(text)
    assert any(a == "fr:89:102398" and t.startswith("a final rule") for t, a in got), got
    assert ("The new rule", "fr:89:102398") in got, got


def test_a_tie_the_sentence_does_not_break_stays_unlinked() -> None:
    text = (
        "The U.S. Department of Transportation has released a final rule that will require "
        "airlines to change how they operate."
    )
    got = _regs(text)
    assert all(a is None for _, a in got), got


# --- P2: "its Title II implementing regulations" ----------------------------------------------

_ADA = (
    "The Justice Department has long said that Title II of the Americans with Disabilities "
    "Act covers the websites of cities and counties. "
)


def test_title_ii_implementing_regulations_are_the_cfr_part() -> None:
    text = _ADA + "In 2016 the agency said it would revise its Title II implementing regulations."
    got = _regs(text, "2024-05-01")
    assert ("its Title II implementing regulations", "cfr:28:35") in got, got
    assert all(t != "Title II" for t, _ in _statutes(text))


def test_title_iii_regulations_after_title_ii_are_the_same_laws() -> None:
    text = (
        _ADA + "The agency said it would revise its Title II implementing regulations for "
        "public entities as well as its Title III regulations for private businesses."
    )
    got = _regs(text, "2024-05-01")
    assert ("its Title III regulations", "cfr:28:36") in got, got


def test_a_bare_title_without_regulations_is_still_the_statute() -> None:
    text = _ADA + "Advocates say Title II reaches every county clerk's office."
    assert ("Title II", "usc:42:12131-12165") in _statutes(text)


def test_a_title_with_no_regulations_part_stays_a_statute() -> None:
    text = (
        "The FCC voted to reclassify broadband as a telecommunications service, and the "
        "agency's Title II rules were challenged in court by internet service providers."
    )
    assert not any(a and a.startswith("cfr:") for _, a in _regs(text, "2024-05-01"))


# --- P3: a split vote told as the ruling -----------------------------------------------------

_TOP = (
    "The U.S. Supreme Court on Thursday upheld a Utah ruling that blocked a state voucher plan.\n\n"
)


def test_the_court_announced_it_voted_is_its_ruling() -> None:
    text = _TOP + "The Court announced Thursday it voted 4-4 with one justice recused."
    got = _rulings(text)
    assert any(t.startswith("The Court announced Thursday it voted 4-4") for t, _ in got), got


def test_a_council_that_announced_it_voted_is_no_ruling() -> None:
    text = "The city council announced Thursday it voted 5-4 to approve the new budget."
    assert _rulings(text) == []


def test_the_tied_vote_affirmed_points_back_to_the_top_court() -> None:
    text = _TOP + "The tied vote affirmed a decision of the state's courts from last year."
    got = _rulings(text)
    assert ("The tied vote affirmed", "scotus") in got, got


def test_a_boards_vote_after_a_ruling_is_no_ruling() -> None:
    text = _TOP + "The school board met Friday. The 5-4 vote upheld the district's plan."
    assert not any("vote" in t for t, _ in _rulings(text))


def test_a_vote_with_no_court_ruling_before_is_no_ruling() -> None:
    text = "Lawmakers debated for hours.\n\nThe split vote reversed last year's budget cut."
    assert _rulings(text) == []


# --- P4: "[higher court] upheld a [State] ruling that …" -------------------------------------

_UPHELD = (
    "A divided U.S. Supreme Court has upheld a Nebraska ruling that struck down the state's "
    "new tutoring voucher program.\n\n"
)


def test_the_reviewers_span_ends_at_its_verb_and_the_state_ruling_is_its_own() -> None:
    text = _UPHELD + "Last year's Nebraska Supreme Court decision had sided with the teachers."
    got = _rulings(text)
    assert ("U.S. Supreme Court has upheld", "scotus") in got, got
    assert (
        "a Nebraska ruling that struck down the state's new tutoring voucher program",
        "neb",
    ) in got, got


def test_a_state_ruling_with_no_court_of_that_state_named_is_not_placed() -> None:
    got = _rulings(_UPHELD + "Teachers had sued over the plan.")
    assert ("U.S. Supreme Court has upheld", "scotus") in got, got
    assert not any(t.startswith("a Nebraska ruling") for t, _ in got), got
