"""A ruling told without its court takes the court of a known suit whose caption its sentence
prints; never a court of another state than the ruling's words name."""

from __future__ import annotations

from conftest import mentions


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2024-09-01") if m.kind == "ruling"]


def test_a_ruling_in_a_state_of_several_districts_takes_the_captions_court() -> None:
    text = "A federal judge in Texas blocked the rule in Ryan, LLC v. Federal Trade Commission."
    assert _rulings(text) == [("A federal judge in Texas blocked", "txnd")]


def test_the_caption_itself_keeps_no_court() -> None:
    # the same caption goes up on appeal: a search narrowed to the trial court would miss it
    text = "A federal judge in Texas blocked the rule in Ryan LLC v. Federal Trade Commission."
    (case,) = [m for m in mentions(text, "2024-09-01") if m.kind == "case"]
    assert case.court is None


def test_a_ruling_placed_in_another_state_keeps_its_own_court() -> None:
    text = "A federal judge in Maine blocked the rule in Ryan, LLC v. Federal Trade Commission."
    assert _rulings(text) == [("A federal judge in Maine blocked", "med")]


def test_an_unknown_caption_settles_nothing() -> None:
    text = (
        "A federal judge in Texas blocked the rule in Harbor Tugs, LLC v. Federal Trade Commission."
    )
    assert _rulings(text) == [("A federal judge in Texas blocked", None)]


def test_a_captions_own_parenthetical_court_settles_the_ruling_and_what_refers_back() -> None:
    text = (
        "In Harbor Clinic, Inc. v. Bonta, (SD CA, June 13, 2025), a California federal district "
        "court refused to enter a preliminary injunction against the state. The court "
        "concluded that the clinic's statements were commercial speech."
    )
    courts = [m.court for m in mentions(text, "2025-07-01") if m.kind == "ruling"]
    assert courts and set(courts) == {"casd"}


def test_two_captions_of_different_courts_settle_nothing() -> None:
    text = (
        "A federal judge in Pennsylvania disagreed with Ryan, LLC v. Federal Trade Commission "
        "in ATS Tree Services, LLC v. Federal Trade Commission."
    )
    found = [m for m in mentions(text, "2024-09-01") if m.kind == "ruling"]
    # the ruling's own words name Pennsylvania (one of three districts): no caption decides
    assert all(m.court in (None, "paed") for m in found)
