"""What was still wrong on the sets read at the end of the twenty-third session, each fixed as
a general shape (``rulings.documents``). Made-up sentences."""

from __future__ import annotations

from conftest import mentions

_DATE = "2024-06-01"


def _rulings(text: str) -> dict[str, str | None]:
    return {m.text: m.court for m in mentions(text, _DATE) if m.kind == "ruling"}


_SLIP_BODY = (
    "In Harrow Tool, Inc. v. United States, No. 24-0417, the Court held that the agency "
    "erred.\n\nThe Court granted the importer's Motion for Summary Judgment and denied its "
    "Motion for Preliminary Injunction as moot."
)


def test_a_heading_court_above_a_slip_opinion_line_is_no_ruling() -> None:
    # a court's name in capitals on a line of its own, then the slip opinion's number: the
    # heading only tells which court "the Court" below is
    text = "Trade Law Notes\n\nUNITED STATES COURT OF INTERNATIONAL TRADE\n\nSlip Op. 24-31\n\n"
    found = _rulings(text + _SLIP_BODY)
    assert not any("TRADE" in t for t in found)
    assert found["the Court held"] == "cit"


def test_a_court_named_in_a_sentence_before_its_slip_opinion_is_still_one() -> None:
    text = "The Court of Federal Claims Slip Opinion 24-1123 held that the contract was void."
    found = _rulings(text)
    assert any("Slip Opinion 24-1123" in t for t in found)


_PRECEDENT_CASE = (
    "On March 3, the U.S. Court of Appeals for the Fourth Circuit struck down the agency's "
    "reporting rule. The Fourth Circuit's decision is notable for citing the 2023 Supreme "
    "Court case Harlow Mills v. Brandt, which overturned a long-standing doctrine. "
    "Without that doctrine, the court ruled that the agency exceeded its authority."
)


def test_a_court_told_of_a_precedents_case_is_not_the_court_that_ruled() -> None:
    # "the YEAR Supreme Court case X v. Y, which …": a precedent; "the court ruled" after it
    # is the court whose decision the article reports
    found = _rulings(_PRECEDENT_CASE)
    court = next(c for t, c in found.items() if t.startswith("the court ruled"))
    assert court == "ca4"


def test_without_another_court_before_it_the_precedents_court_still_rules() -> None:
    text = (
        "The 2023 Supreme Court case Harlow Mills v. Brandt changed the doctrine. Later, "
        "the court ruled that the agency exceeded its authority."
    )
    found = _rulings(text)
    court = next(c for t, c in found.items() if t.startswith("the court ruled"))
    assert court == "scotus"


_PARTY_BACKED = (
    "Women in Wyoming argue that the near-total ban violates a 2011 GOP-backed amendment, "
    "passed to blunt a federal health law, protecting the right to make one's own health "
    "care decisions."
)


def _constitution(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-01-10") if m.kind == "constitution"]


def test_a_party_backed_amendment_is_the_measure_voted_on_the_year_after() -> None:
    # lawmakers sent it to the ballot in 2011; the voters adopted it in 2012
    assert ("a 2011 GOP-backed amendment", "state:wy:const:1-38") in _constitution(_PARTY_BACKED)


def test_a_party_backed_amendment_two_years_off_is_no_measure() -> None:
    text = _PARTY_BACKED.replace("2011", "2009")
    assert not any(t.startswith("a 2009") for t, _ in _constitution(text))
