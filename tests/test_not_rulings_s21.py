"""What a court's words are not: a jury's verdict told with no court, a conviction by another
country's "Supreme Court", and a relative clause naming what a judge did ("the charges the
judge dismissed are …") (issue 13, twenty-first session). Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def rulings(text: str) -> list[str]:
    return [m.text for m in mentions(text, "2025-03-01") if m.kind == "ruling"]


def test_a_jury_verdict_over_its_charge_is_no_ruling() -> None:
    text = "A jury has found Mayor Dale Ortiz guilty on a felony charge of bribery on Friday."
    assert rulings(text) == []


def test_jurors_acquitted_on_counts_of() -> None:
    text = "Jurors acquitted the former sheriff on two counts of perjury after a week of trial."
    assert rulings(text) == []


def test_a_verdict_without_its_charge_is_still_the_trial_s_ruling() -> None:
    assert rulings("A jury has found a Tulsa man guilty on Thursday.")


def test_a_supreme_court_that_convicts_is_not_ours() -> None:
    text = (
        "A Supreme Court panel convicted the former leader of plotting a coup.\n\n"
        "The verdict drew protests in the capital."
    )
    assert rulings(text) == []


def test_the_charges_the_judge_dismissed_are() -> None:
    text = (
        "Prosecutors brought five counts against the teacher. The three counts the judge "
        "dismissed are: fraud, theft and perjury."
    )
    assert all("dismissed are" not in r for r in rulings(text))


def test_a_judge_who_dismissed_counts_still_ruled() -> None:
    text = "A federal judge in Boston dismissed three counts against the teacher on Monday."
    assert rulings(text)
