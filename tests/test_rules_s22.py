"""Agency rules and precedents told in words, twenty-second session: a decision told by the
case it overturned, a case the Supreme Court took up told by its subject, an agency's undoing
of a rule told as a noun before the rule is named, an era in apposition. Sentences of our own
in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-09-10"


def _found(text: str, kind: str, date: str = DATE) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.authority, m.name) for m in mentions(text, date) if m.kind == kind]


# --- precedents told by the case they overturned ---------------------------------------


def test_the_decision_to_overturn_a_case_is_the_case_that_overruled_it() -> None:
    text = (
        "Opponents of the old statute said the U.S. Supreme Court’s 2022 decision to "
        "overturn Roe brought it back to life."
    )
    cases = _found(text, "case")
    assert ("the U.S. Supreme Court’s 2022 decision", "cite:597:us:215") in [
        (t, a) for t, a, _ in cases
    ]
    assert ("Roe", "cite:410:us:113") in [(t, a) for t, a, _ in cases]
    assert not _found(text, "ruling")


def test_the_overturning_decision_without_a_year() -> None:
    text = (
        "Federal agencies lost many suits after the high court's ruling overturning Chevron "
        "in a fishing case."
    )
    cases = [(t, a) for t, a, _ in _found(text, "case")]
    assert ("the high court's ruling", "cite:603:us:369") in cases


def test_a_year_that_is_not_the_overruling_case_s_links_nothing() -> None:
    text = "Critics said the Supreme Court's 2019 decision to overturn Roe v. Wade never came."
    assert all(a != "cite:597:us:215" for _, a, _ in _found(text, "case"))


def test_a_decision_to_overturn_that_is_no_court_s_is_not_a_precedent() -> None:
    text = "The legislature's decision to overturn Roe v. Wade's protections drew protests."
    assert all(a != "cite:597:us:215" for _, a, _ in _found(text, "case"))


# --- a case the Supreme Court took up, told by its subject -------------------------------


def test_a_case_the_supreme_court_agreed_to_hear_is_the_case() -> None:
    text = (
        "The U.S. Supreme Court agreed in March to hear a Colorado case about whether states "
        "may enforce laws banning conversion therapy for minors."
    )
    cases = _found(text, "case")
    assert ("a Colorado case", None, "Chiles v. Salazar") in cases


def test_a_state_court_s_case_or_another_state_s_case_is_not_it() -> None:
    for text in (
        "The Kansas Supreme Court agreed to hear a Wichita case about conversion therapy.",
        "The U.S. Supreme Court agreed to hear an Oregon case about conversion therapy rules.",
    ):
        assert all(n != "Chiles v. Salazar" for _, _, n in _found(text, "case")), text


def test_a_back_reference_with_the_justices_vote_is_the_precedent() -> None:
    text = (
        "The groups say the agency repeats arguments the justices rejected in "
        "Massachusetts v. EPA (2007). That 5-4 ruling held that greenhouse gases are air "
        "pollutants."
    )
    cases = [(t, a) for t, a, _ in _found(text, "case", "2026-02-20")]
    assert ("That 5-4 ruling", "cite:549:us:497") in cases


def test_a_vote_back_reference_after_a_lower_court_s_ruling_is_not_the_precedent() -> None:
    text = (
        "A federal judge in Boston ruled on Monday that the agency had to act, citing "
        "Massachusetts v. EPA (2007). That 2-1 ruling will be appealed."
    )
    assert all(a != "cite:549:us:497" or t != "That 2-1 ruling" for t, a, _ in _found(text, "case"))
