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


@pytest.mark.parametrize(
    ("sentence", "text", "name"),
    [
        (
            "The petition is Acme Water Council, et al. v. U.S. Department of Energy, No. 24-1234, "
            "filed in May.",
            "Acme Water Council, et al. v. U.S. Department of Energy, No. 24-1234",
            "Acme Water Council v. U.S. Department of Energy",
        ),
        (
            "The opinion in State of Nevada, et al. v. U.S.A, et al., 23-40111 (5th Cir. 2025) "
            "came out.",
            "State of Nevada, et al. v. U.S.A, et al., 23-40111 (5th Cir. 2025)",
            "Nevada v. United States",
        ),
        (
            "The cases are Brown, et al v. Kemp, Civil Action No. 19-2200 (ABC) (April 2, 2020) "
            "and others.",
            "Brown, et al v. Kemp, Civil Action No. 19-2200 (ABC) (April 2, 2020)",
            "Brown v. Kemp",
        ),
        (
            "Opinions came in Brown v. Kemp for Georgia and Lane v. Kemp, No. 19-155 for Ohio.",
            "Lane v. Kemp, No. 19-155",
            "Lane v. Kemp",
        ),
        (
            "Teachers Union et al. v. State of Ohio was argued today.",
            "Teachers Union et al. v. State of Ohio",
            "Teachers Union v. Ohio",
        ),
    ],
)
def test_et_al_and_dockets_stay_in_the_caption(sentence: str, text: str, name: str) -> None:
    cases = [(m.text, m.name) for m in mentions(sentence, "2025-06-01") if m.kind == "case"]
    assert (text, name) in cases


def test_a_state_after_a_preposition_is_no_co_plaintiff() -> None:
    found = [m.name for m in mentions("The ruling for Ohio and Lane v. Kemp came later.")]
    assert found == ["Lane v. Kemp"]
    # two states that sue together stay one party
    found = [m.name for m in mentions("Ohio and Texas v. Kemp was filed in June.")]
    assert found == ["Ohio and Texas v. Kemp"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The case is Acme Water Council v. U.S. Environmental Protection Agency, No. 24-1.",
            "Acme Water Council v. U.S. Environmental Protection Agency",
        ),
        ("The case Meta Platforms, Inc. v. Federal Trade Commission was decided.", None),
        ("The ruling in Commonwealth of Kentucky v. Smith came Monday.", "Kentucky v. Smith"),
        ("The ruling in State of Franklin v. Smith came Monday.", "State of Franklin v. Smith"),
        (
            "Acme Corp. v. U.S. Department of Energy was argued.",
            "Acme Corp. v. U.S. Department of Energy",
        ),
    ],
)
def test_a_caption_names_a_state_as_the_bluebook_does_and_an_agency_as_printed(
    sentence: str, name: str | None
) -> None:
    names = [m.name for m in mentions(sentence, "2025-06-01") if m.kind == "case"]
    if name is None:
        assert any(n and n.endswith("v. Federal Trade Commission") for n in names)
    else:
        assert name in names
