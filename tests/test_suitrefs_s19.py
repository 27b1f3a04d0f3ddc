"""Nineteenth session (branch s19-suits): what refers back to a suit told without its caption,
and prosecutions told by who charged whom. Sentences are made up."""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention

_DATE = "2025-05-02"
_NY = "New York v. Department of Education"


def _cases(text: str, date: str = _DATE) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.name, m.anaphor) for m in mentions(text, date) if m.kind == "case"]


def _case_of(text: str, piece: str, date: str = _DATE) -> list[Mention]:
    return [m for m in mentions(text, date) if m.kind == "case" and m.text == piece]


_SUED = (
    "Nineteen states sued the Education Department on Monday in federal court in Boston "
    "over the layoffs. "
)


def test_back_references_to_a_suit_told_by_who_sued_whom() -> None:
    text = (
        _SUED + "The April suit says the layoffs gut the agency. The legal challenge argues "
        "that Congress created the offices. Their suit asks for an injunction."
    )
    refs = [(t, n) for t, n, a in _cases(text) if a]
    assert refs == [
        ("The April suit", _NY),
        ("The legal challenge", _NY),
        ("Their suit", _NY),
    ]


def test_the_suit_never_refers_back_to_a_prosecution() -> None:
    text = (
        "A federal grand jury in Miami indicted Marcus Okafor on Tuesday on fraud charges. "
        + _SUED
        + "The April suit says the layoffs gut the agency."
    )
    (suit,) = _case_of(text, "The April suit")
    assert suit.name == _NY


def test_a_reference_after_two_suits_is_left_alone() -> None:
    # a prosecution and a suit told before "the complaint", which either may own
    text = (
        "Federal prosecutors charged Dana Whitfield with bank fraud in a complaint unsealed in "
        "Boston. " + _SUED + "The complaint names the secretary."
    )
    assert not _case_of(text, "The complaint")


def test_federal_prosecutors_charged_a_named_defendant() -> None:
    text = (
        "Federal prosecutors charged Dana Whitfield with bank fraud on Monday. The case against "
        "Whitfield follows an audit of the credit union."
    )
    assert _cases(text) == [
        ("Federal prosecutors charged Dana Whitfield", "United States v. Whitfield", False),
        ("The case against Whitfield", "United States v. Whitfield", True),
    ]


def test_the_justice_department_indicted_a_named_defendant() -> None:
    text = "The Justice Department on Thursday indicted Lena Marsh on perjury charges."
    assert _cases(text) == [
        ("The Justice Department on Thursday indicted Lena Marsh", "United States v. Marsh", False)
    ]


def test_charged_in_federal_court() -> None:
    text = "Omar Pryce was charged in federal court in Newark with smuggling, records show."
    assert _cases(text) == [
        ("was charged in federal court in Newark", "United States v. Pryce", False)
    ]


def test_the_prosecution_referred_back_to_by_the_defendant() -> None:
    text = (
        "A federal grand jury in Miami indicted Marcus Okafor on Tuesday on wire fraud charges. "
        "His lawyer said the case against Okafor is weak. Okafor's trial is set for June."
    )
    refs = [(t, n) for t, n, a in _cases(text) if a]
    assert refs == [
        ("the case against Okafor", "United States v. Okafor"),
        ("Okafor's trial", "United States v. Okafor"),
    ]


def test_the_trial_of_someone_else_is_not_the_prosecution() -> None:
    text = (
        "A federal grand jury in Miami indicted Marcus Okafor on Tuesday on wire fraud charges. "
        "Meanwhile, Reyes's trial in a state court begins next week."
    )
    assert not _case_of(text, "Reyes's trial")


def test_state_charges_get_no_federal_caption() -> None:
    text = "County prosecutors charged Dana Whitfield with theft on Monday."
    assert not _cases(text)


def test_a_clinical_trial_is_no_prosecution() -> None:
    text = (
        "A federal grand jury indicted Marcus Okafor on Tuesday on fraud charges. The drug "
        "company said the trial enrolled 400 patients."
    )
    assert not _case_of(text, "the trial")


def test_a_suit_told_since_a_named_case_takes_its_back_reference() -> None:
    # the anaphora pass, which runs before the suit is found, gave "the lawsuit" the older case
    text = (
        "Lawyers cited Garland v. Cargill in a brief last year. " + _SUED + "The lawsuit "
        "says the cuts were unlawful."
    )
    (ref,) = _case_of(text, "The lawsuit")
    assert ref.name == _NY
