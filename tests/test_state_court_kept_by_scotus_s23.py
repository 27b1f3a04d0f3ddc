"""A state court's decision that the U.S. Supreme Court kept in place, overturned or upheld is
that state's court of last resort's (twenty-third session, s23-openlow).

"The Supreme Court divided 4-4 … The outcome keeps in place an Oklahoma court decision": the
Supreme Court reviews a state's highest court, so "a <State> court decision" told as what the
Supreme Court did to it is a ruling of that state's court of last resort, and "the court"
after it is still the Supreme Court. Made-up sentences of that shape.
"""

from __future__ import annotations

from conftest import mentions


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2025-05-23") if m.kind == "ruling"]


KEPT = (
    "The Supreme Court on Thursday divided 4-4 over a publicly funded religious school in "
    "Nevada. The outcome leaves in place a Nevada court decision that blocked the school "
    "from opening. The brief notice from the court gave no reasons."
)


def test_a_state_court_decision_the_supreme_court_left_in_place_is_the_high_courts() -> None:
    found = _rulings(KEPT)
    assert ("a Nevada court decision that blocked", "nev") in [
        (t[: len("a Nevada court decision that blocked")], c) for t, c in found
    ]


def test_the_court_after_it_is_still_the_supreme_court() -> None:
    found = dict(_rulings(KEPT))
    notice = next(t for t in found if t.startswith("The brief notice"))
    assert found[notice] == "scotus"


def test_without_the_supreme_courts_review_the_state_court_stays_unplaced() -> None:
    text = KEPT.replace("The outcome leaves in place", "Separately, lawyers discussed")
    assert all(c != "nev" for _, c in _rulings(text))
