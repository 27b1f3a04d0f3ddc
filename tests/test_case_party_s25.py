"""Twenty-fifth session (census30 P14): a case's short name that is the person the article
named in full, on a side of a dispute ("a penalty against Roe", "a brief in support of Roe"),
is the person, not the case."""

from __future__ import annotations

from conftest import mentions


def _cases(text: str) -> list[str]:
    return [m.text for m in mentions(text, "2024-07-01") if m.kind == "case"]


_STORY = (
    "In SEC v. Jarkesy, the Supreme Court held that the Seventh Amendment applies. In 2013 the "
    "SEC charged George Jarkesy, Jr., with fraud. "
)


def test_the_person_against_whom_a_penalty_was_levied() -> None:
    text = _STORY + "The agency levied a penalty against Jarkesy and his firm."
    assert _cases(text) == ["SEC v. Jarkesy"]


def test_the_person_a_brief_supported() -> None:
    text = _STORY + "A law firm filed a brief in support of Jarkesy."
    assert _cases(text) == ["SEC v. Jarkesy"]


def test_the_case_as_a_subject_is_still_the_case() -> None:
    text = _STORY + "Jarkesy changed the law of agency penalties."
    assert _cases(text) == ["SEC v. Jarkesy", "Jarkesy"]


def test_arguments_against_a_landmark_stay_the_case() -> None:
    text = (
        "Critics argued against Dobbs for years. In Dobbs v. Jackson Women's Health "
        "Organization, the Court overruled Roe."
    )
    assert "Dobbs" in _cases(text)
