"""Case captions as news prints them (issue 13, point 4): initialisms and corporate suffixes in
a party's name, "et al.", "ex rel.", "In re"."""

from __future__ import annotations

import pytest

from conftest import mentions


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "In A.B.C. Holdings, Inc. v. Smith, the court held that the contract was void.",
            "A.B.C. Holdings, Inc. v. Smith",
        ),
        ("Smith et al. v. Jones is pending before the court.", "Smith v. Jones"),
        (
            "The court decided United States ex rel. Polansky v. Executive Health Resources.",
            "United States ex rel. Polansky v. Executive Health Resources",
        ),
        ("In re Grand Jury Subpoena was decided in 2019.", "In re Grand Jury Subpoena"),
        ("The court cited In re Winship, the 1970 ruling.", "In re Winship"),
    ],
)
def test_a_caption_keeps_every_party(sentence: str, name: str) -> None:
    cases = [m for m in mentions(sentence) if m.kind == "case"]
    assert [m.name for m in cases] == [name]


def test_in_re_needs_a_capitalised_subject() -> None:
    assert mentions("The judge ruled in re the matter of the estate.") == []


@pytest.mark.parametrize(
    ("sentence", "law", "case"),
    [
        ("Advocates cited Title IX and Doe v. Snyder in the brief.", "Title IX", "Doe v. Snyder"),
        (
            "The ruling relied on Section 230 and Doe v. MySpace.",
            "Section 230",
            "Doe v. MySpace",
        ),
    ],
)
def test_a_caption_never_swallows_the_law_before_and(sentence: str, law: str, case: str) -> None:
    found = [(m.text, m.kind) for m in mentions(sentence, "2024-07-01")]
    assert (law, "statute") in found
    assert (case, "case") in found


def test_a_judge_before_and_is_no_party() -> None:
    cases = [m.text for m in mentions("Judge Smith and Doe v. Roe were both mentioned.")]
    assert cases == ["Doe v. Roe"]
    assert [m.text for m in mentions("Smith and Wesson v. Jones was decided.")] == [
        "Smith and Wesson v. Jones"
    ]
