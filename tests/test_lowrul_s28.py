"""Rulings where the readable sets scored lowest (twenty-eighth session, s28-lowrul).

Sentences of our own in the shapes news prints."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-06-01"


def legal(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.text, m.kind, m.authority) for m in mentions(text, DATE) if m.kind in ("case", "ruling")
    ]


# --- a dated Supreme Court phrase right before the caption it decided -------------------


def test_a_dated_supreme_court_ruling_in_a_caption_is_that_case() -> None:
    text = (
        "The finding came after a 2007 Supreme Court ruling in Massachusetts v. EPA that "
        "told the agency to study the gases."
    )
    assert legal(text) == [
        ("a 2007 Supreme Court ruling in Massachusetts v. EPA", "case", "cite:549:us:497")
    ]


def test_the_united_states_supreme_courts_dated_decision_in_a_caption() -> None:
    text = (
        "The agency rewrote its definition in light of the United States Supreme Court’s "
        "2023 decision in Sackett v. Environmental Protection Agency."
    )
    found = legal(text)
    assert len(found) == 1
    assert found[0][0].startswith("the United States Supreme Court’s 2023 decision in Sackett")
    assert found[0][2] == "cite:598:us:651"


def test_a_year_that_is_not_the_captions_leaves_the_caption_alone() -> None:
    text = (
        "The finding came after a 2019 Supreme Court ruling in Massachusetts v. EPA that "
        "told the agency to study the gases."
    )
    assert ("Massachusetts v. EPA", "case", "cite:549:us:497") in legal(text)
    assert not any(t.startswith("a 2019") for t, _, _ in legal(text))


# --- a ruling told by its vote right before the caption it decided -----------------------


def test_a_vote_decision_in_a_caption_is_that_case() -> None:
    text = (
        "In a 6-3 decision in United States v. Skrmetti on Wednesday, the Court upheld the "
        "state's ban on the treatments."
    )
    assert legal(text) == [
        ("a 6-3 decision in United States v. Skrmetti", "case", "cite:605:us:495")
    ]


def test_a_vote_decision_in_an_unknown_caption_keeps_the_captions_name() -> None:
    found = [
        (m.text, m.name)
        for m in mentions("The panel, in a 2-1 ruling in Doe v. Roe, upheld the ban.", DATE)
        if m.kind == "case"
    ]
    assert found == [("a 2-1 ruling in Doe v. Roe", "Doe v. Roe")]


def test_a_vote_in_no_caption_is_no_case() -> None:
    assert legal("The vote was a 6-3 decision in the Senate on Tuesday.") == []


# --- a trial court named in full, its ruling in the caption after it ---------------------


def courts(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, DATE) if m.kind == "ruling"]


def test_a_county_district_court_ruling_in_a_caption_is_that_courts_ruling() -> None:
    text = (
        "Minnesota's attorney general said he will not appeal the March 3 Hennepin County "
        "District Court ruling in Roe v. Minnesota."
    )
    assert courts(text) == [("Hennepin County District Court ruling", "minndistct")]
    assert ("Roe v. Minnesota", "case", None) in legal(text)


def test_a_state_appeals_courts_ruling_in_a_caption_is_left_to_the_caption() -> None:
    text = "The Minnesota Court of Appeals ruling in Roe v. Minnesota was reversed."
    assert courts(text) == []


# --- a ruling recalled in a clause of time long past is not what "The ruling" means -------


def test_the_ruling_after_a_dated_aside_is_the_storys_news() -> None:
    text = (
        "SALT LAKE CITY — U.S. District Judge Ann Roe has ruled that the agency broke the "
        "law, in a case sent back after the 10th Circuit upheld the tribe's claim last year.\n"
        "The highly anticipated ruling is a major setback for the agency."
    )
    assert ("The highly anticipated ruling", "utd") in courts(text)


def test_the_ruling_after_last_weeks_ruling_is_that_one() -> None:
    text = (
        "WASHINGTON — States rushed to act after the Supreme Court ruled last week. "
        "The ruling allows bans."
    )
    assert ("The ruling", "scotus") in courts(text)


# --- "The 5-4 decision in X v. Y" is still the case "the case" pages later means ----------


def test_the_case_after_a_voted_decision_in_a_caption() -> None:
    filler = "Supporters and critics traded statements all day. " * 30
    text = (
        "The 5-4 decision in Trump v. Hawaii upheld the travel ban. A dissent compared it to "
        f"Korematsu v. United States.\n\n{filler}\n\nThe justices sent the case back."
    )
    got = [(m.text, m.authority) for m in mentions(text, "2018-06-26") if m.anaphor]
    assert got == [("the case", "cite:585:us:667")]
