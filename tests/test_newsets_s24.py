"""Shapes the sets read in the twenty-fourth session still missed: title-case headlines whose
subject is "Court" or a state's judge after a kicker and a colon, and a title-case section
heading further down the article. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions, rulings

_BODY_SEATTLE = (
    "\n\nThe policy was announced in March. On Tuesday a federal judge in Seattle struck down "
    "most of the president's directive on mail ballots, siding with two states.\n"
)


def _ruling_courts(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


def test_a_court_headline_is_a_ruling_placed_by_the_court_named_below() -> None:
    text = "Federal Court Strikes Down Mail Ballot Directive" + _BODY_SEATTLE
    found = _ruling_courts(text)
    assert any(t.startswith("Federal Court Strikes Down") and c == "wawd" for t, c in found)


def test_a_states_judge_after_a_kicker_and_colon_is_a_headline_ruling() -> None:
    text = "Ballots Saved: Washington Judge Blocks Mail Ballot Directive" + _BODY_SEATTLE
    found = _ruling_courts(text)
    assert any(t.startswith("Washington Judge Blocks") and c == "wawd" for t, c in found)


def test_a_states_judge_headline_takes_no_court_of_another_state() -> None:
    text = "Ballots Saved: Oregon Judge Blocks Mail Ballot Directive" + _BODY_SEATTLE
    found = _ruling_courts(text)
    assert not any(t.startswith("Oregon Judge") and c == "wawd" for t, c in found)


def test_a_title_case_section_heading_further_down_is_a_ruling() -> None:
    lead = (
        "States Push Back on Election Rules\n\n"
        "Several states have gone to court over new voting rules this year, and more suits "
        "are expected as the midterm elections draw near. Officials in both parties have "
        "weighed in on the cases, and election clerks say the uncertainty is costly for "
        "them. Advocates expect the fights to last for months, and perhaps longer than that "
        "if the appeals courts are asked to weigh in.\n\n"
    )
    text = lead + "Federal Judge Blocks Mail Ballot Directive Nationwide" + _BODY_SEATTLE
    found = _ruling_courts(text)
    assert any(t.startswith("Federal Judge Blocks") and c == "wawd" for t, c in found)


def test_a_sentence_further_down_opening_on_judge_is_no_heading() -> None:
    lead = (
        "States Push Back on Election Rules\n\n"
        "Several states have gone to court over new voting rules this year, and more suits "
        "are expected as the midterm elections draw near. Officials in both parties have "
        "weighed in on the cases, and election clerks say the uncertainty is costly for "
        "them. Advocates expect the fights to last for months, and perhaps longer than that "
        "if the appeals courts are asked to weigh in.\n\n"
    )
    text = lead + "Federal Judge Blocks will be a common headline, one clerk said.\n"
    assert not [m for m in rulings(text) if m.text.startswith("Federal Judge Blocks")]


# --- "On DAY, in CASE, COURT VERBED": the day's ruling in the case it names ------------------


def test_a_dated_opening_before_in_case_keeps_the_courts_ruling() -> None:
    text = (
        "On March 4, 2025, in Harlow v. Ridgeway Mills, Judge Ann P. Cole of the United States "
        "District Court for the Northern District of Ohio ruled that the agency lacked power."
    )
    found = _ruling_courts(text)
    assert any("Northern District of Ohio ruled" in t and c == "ohnd" for t, c in found)


def test_a_weekday_opening_before_in_case_keeps_the_courts_ruling() -> None:
    text = "On Friday, in Harlow v. Ridgeway Mills, the Northern District of Ohio voided the rule."
    assert any(c == "ohnd" for _, c in _ruling_courts(text))


def test_in_case_without_a_day_stays_the_cases_mention_only() -> None:
    text = "In Harlow v. Ridgeway Mills, the Northern District of Ohio struck down a similar rule."
    assert _ruling_courts(text) == []


# --- "COURT announced a decision"; "the bill sponsors" ---------------------------------------


def test_a_court_that_announced_its_decision_gave_a_ruling() -> None:
    text = "The Ohio Supreme Court announced a unanimous decision on Tuesday in the water dispute."
    found = rulings(text)
    assert any(m.court == "ohio" and m.text.startswith("The Ohio Supreme Court") for m in found)


def test_a_board_that_announced_a_decision_gave_no_ruling() -> None:
    text = "The county school board announced a unanimous decision on Tuesday in the dispute."
    assert _ruling_courts(text) == []


# --- a suit's caption printed with "Dep’t" and "State of": the lawsuits table's caption -----


def test_a_caption_with_an_abbreviated_word_takes_the_suits_caption() -> None:
    text = "The ruling came in State of Texas v. United States Dep’t of Labor, a suit over pay."
    names = [m.name for m in mentions(text, "2025-03-10") if m.kind == "case"]
    assert names[:1] == ["State of Texas v. United States Department of Labor"]


def test_an_unknown_caption_with_an_abbreviated_word_stays_as_printed() -> None:
    text = "The ruling came in State of Ohio v. United States Dep’t of Energy, a suit over pay."
    names = [m.name for m in mentions(text, "2025-03-10") if m.kind == "case"]
    assert names and names[0] is not None and "Department" not in names[0]


# --- "the lawsuit" after the one landmark case decided in the article's year -----------------


_LANDMARK_NEWS = (
    "The Supreme Court ruled on Wednesday in United States v. Skrmetti, upholding a state law "
    "on medical care for minors.\nThe Justice Department joined the lawsuit in 2023."
)


def test_the_lawsuit_is_the_landmark_case_decided_in_the_articles_year() -> None:
    found = [(m.text, m.authority) for m in mentions(_LANDMARK_NEWS, "2025-06-18")]
    assert ("the lawsuit", "cite:605:us:495") in found


def test_the_lawsuit_is_no_landmark_case_decided_years_before() -> None:
    found = [(m.text, m.authority) for m in mentions(_LANDMARK_NEWS, "2029-06-18")]
    assert ("the lawsuit", "cite:605:us:495") not in found


# --- "a presidential TOPIC order" --------------------------------------------------------------


def test_a_presidential_topic_order_is_the_presidents_order_of_that_topic() -> None:
    text = "Two judges refused to enforce a presidential elections order this week."
    found = [(m.kind, m.authority) for m in mentions(text, "2026-01-10")]
    assert ("executive-action", "eo:14248") in found


def test_a_governors_topic_order_is_no_presidential_order() -> None:
    text = "Two judges refused to enforce a gubernatorial elections order this week."
    found = [(m.kind, m.authority) for m in mentions(text, "2026-01-10")]
    assert ("executive-action", "eo:14248") not in found
