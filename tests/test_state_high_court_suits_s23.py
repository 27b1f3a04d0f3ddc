"""A suit begun in a state's trial court, told by its parties under a ruling of the state's
court of last resort (twenty-third session, s23-openlow).

A court of appeals' ruling was already evidence for the suits of its districts; a state supreme
court's ruling now is evidence, the same way, for the suits of that state's trial court
(``lawsuits.csv`` rows of ``wisccirct``, ``nhsuperct``). The sentences are made up in the
shape local reports use: the high court rules, and a later sentence says who brought the case.
"""

from __future__ import annotations

from conftest import mentions


def _suits(text: str, date: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.court) for m in mentions(text, date) if m.kind == "case"]


HIGH_COURT = (
    "The Wisconsin Supreme Court on Tuesday sided with lawmakers and upheld the laws that "
    "limit the governor's powers. The decision ends months of uncertainty at the Capitol. "
    "The lawsuit was brought by the League of Women Voters of Wisconsin and Disability Rights "
    "Wisconsin, who argued the session that passed the laws was unlawful."
)


def test_the_lawsuit_under_a_state_high_court_ruling_is_the_suit_of_its_trial_court() -> None:
    assert _suits(HIGH_COURT, "2019-06-25") == [
        ("The lawsuit", "League of Women Voters of Wisconsin v. Evers", "wisccirct")
    ]


def test_without_the_state_high_court_ruling_the_case_stays_unlinked() -> None:
    text = HIGH_COURT.replace(
        "The Wisconsin Supreme Court on Tuesday sided with lawmakers and upheld",
        "Lawmakers on Tuesday defended",
    )
    assert _suits(text, "2019-06-25") == []


def test_another_states_high_court_tells_no_wisconsin_suit() -> None:
    text = HIGH_COURT.replace("The Wisconsin Supreme Court", "The Minnesota Supreme Court")
    assert _suits(text, "2019-06-25") == []


def test_a_suit_filed_after_the_article_is_not_linked() -> None:
    assert _suits(HIGH_COURT, "2018-06-25") == []
