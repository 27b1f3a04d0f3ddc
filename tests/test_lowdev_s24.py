"""Low-scoring open sets, twenty-fourth session: a state's long school-finance suit that news
tells as "the lawsuit" after a ruling of the state's high court, without its caption
(``lawsuits.csv``: Gannon v. State). Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2015-06-20"


def _cases(text: str, date: str | None = DATE) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


_KANSAS = (
    "The Kansas Supreme Court ruled Tuesday that the state still spends too little on its "
    "public schools. The justices ordered lawmakers to fix school funding by the fall. "
)


def test_the_lawsuit_after_the_kansas_high_courts_school_funding_ruling() -> None:
    text = _KANSAS + (
        "The lawsuit was brought in 2010 by parents and several school districts, and a "
        "panel of judges in Shawnee County heard it first."
    )
    assert ("The lawsuit", "Gannon v. State") in _cases(text)


def test_the_lawsuit_without_the_kansas_high_court_is_not_gannon() -> None:
    text = (
        "A federal judge in Texas ruled Tuesday that the state still spends too little on "
        "its public schools. The lawsuit was brought in 2010 by parents and several school "
        "districts, and a panel of judges in Shawnee County heard it first."
    )
    assert not any(name == "Gannon v. State" for _t, name in _cases(text))


def test_the_lawsuit_on_another_subject_before_the_kansas_court_is_not_gannon() -> None:
    text = (
        "The Kansas Supreme Court ruled Tuesday that a county may not annex the farmland. "
        "The lawsuit was brought in 2019 by a group of landowners."
    )
    assert not any(name == "Gannon v. State" for _t, name in _cases(text))
