"""Rulings referred to back and placed in articles with several rulings, twenty-fifth session
(s25-rulrefs): a trial court told by its state alone, placed by the known suit the article
names. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions


def _rulings(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def test_a_federal_court_in_a_state_is_the_named_suits_court() -> None:
    text = (
        "Last week a federal court in Texas issued an order stopping the Federal Trade "
        "Commission from enforcing its noncompete rule. The case, Ryan LLC v. FTC, was brought "
        "by a tax firm."
    )
    got = _rulings(text, "2024-08-27")
    assert [c for t, c in got if t.startswith("a federal court in Texas")] == ["txnd"]


def test_a_federal_court_in_another_state_stays_unplaced() -> None:
    text = (
        "Last week a federal court in Florida issued an order stopping the Federal Trade "
        "Commission from enforcing its noncompete rule. The case, Ryan LLC v. FTC, was brought "
        "by a tax firm in Dallas."
    )
    got = _rulings(text, "2024-08-27")
    assert [c for t, c in got if t.startswith("a federal court in Florida")] == [None]


def test_the_state_decision_refers_back_to_that_states_ruling() -> None:
    text = (
        "U.S. District Judge John deGravelles in Baton Rouge blocked the classroom display law "
        "on Tuesday. Supporters of the law say the Louisiana ruling will not stand, and "
        "critics say the Louisiana judge agreed with every point they made."
    )
    got = _rulings(text, "2024-11-14")
    assert ("the Louisiana ruling", "lamd") in got
    assert ("the Louisiana judge agreed", "lamd") in got


def test_the_state_decision_with_two_courts_of_that_state_is_not_linked() -> None:
    text = (
        "U.S. District Judge Reed O'Connor in Fort Worth blocked the rule on Tuesday. A day "
        "earlier, U.S. District Judge Jeremy Kernodle in Tyler had blocked a related rule. "
        "Lawyers said the Texas ruling will be appealed."
    )
    got = _rulings(text, "2024-11-14")
    assert {c for _, c in got} >= {"txnd", "txed"}
    assert not [t for t, _ in got if "Texas ruling" in t]
