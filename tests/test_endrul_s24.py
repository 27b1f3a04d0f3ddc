"""Rulings, twenty-fourth session (last round): a roundup of many rulings is no one ruling —
"a wave of federal court rulings blocked …", the bare "The rulings" that points back to it,
and a court's release of the last orders of its term. Sentences of our own in the shapes of
news; the single ruling told beside them is still found."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-03-10"


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, DATE) if m.kind == "ruling"]


_ROUNDUP = (
    "The White House faces new setbacks after a string of federal court rulings halted "
    "several of its housing and grant programs. "
    "A federal judge in Rhode Island blocked the grant freeze on Tuesday. "
    "The rulings arrive a week before a funding deadline set by the agency."
)


def test_a_string_of_rulings_is_no_one_ruling() -> None:
    found = _rulings(_ROUNDUP)
    assert not any("court rulings halted" in t for t, _ in found)


def test_the_bare_plural_after_a_roundup_is_no_ruling() -> None:
    found = _rulings(_ROUNDUP)
    assert not any(t == "The rulings" for t, _ in found)


def test_the_single_ruling_beside_the_roundup_is_still_found() -> None:
    found = _rulings(_ROUNDUP)
    assert any(t.startswith("A federal judge in Rhode Island blocked") for t, _ in found)


def test_a_spate_of_decisions_is_no_ruling() -> None:
    text = (
        "Farm groups cheered last year after a spate of federal court decisions vacated the "
        "water rule in several states."
    )
    assert not any("decisions vacated" in t for t, _ in _rulings(text))


def test_the_term_release_is_no_ruling() -> None:
    text = (
        "The Supreme Court released the last opinions of its 2024 term on Friday, including "
        "rulings on tariffs and school funding."
    )
    assert not any(t.startswith("The Supreme Court released") for t, _ in _rulings(text))


def test_the_bare_plural_after_two_told_rulings_is_kept() -> None:
    text = (
        "A federal judge in Maryland blocked the order on Monday, and a federal judge in "
        "Oregon blocked it on Tuesday. The rulings apply nationwide."
    )
    found = _rulings(text)
    assert any(t.startswith("A federal judge in Maryland blocked") for t, _ in found)
    assert any(t == "The rulings" for t, _ in found)


# --- a stay asked of an earlier ruling whose judge is named ---------------------------


def test_an_earlier_order_by_a_named_judge_is_that_judges_ruling() -> None:
    text = (
        "The 5th U.S. Circuit Court of Appeals on Monday denied the state's request to "
        "stay an earlier order by U.S. District Judge John Miller in Baton Rouge."
    )
    found = _rulings(text)
    assert ("an earlier order by U.S. District Judge John Miller in Baton Rouge", "lamd") in found
    assert any(t.startswith("The 5th U.S. Circuit") and c == "ca5" for t, c in found)


def test_a_stay_sought_from_a_court_is_still_not_that_courts_ruling() -> None:
    text = (
        "A federal judge in Texas blocked the rule in May. The agency sought a stay of that "
        "order from the 5th Circuit."
    )
    assert not any(c == "ca5" for _, c in _rulings(text))


# --- "a lower court ruling that …" marks only its own phrase ---------------------------


_AFFIRMED = (
    "The Oregon Supreme Court sided with the fishing groups on Thursday in a suit first "
    "heard in Multnomah County Circuit Court. "
    "The decision upholds a lower court ruling that struck down a permit law. "
    "Three justices joined the majority, according to the opinion. "
    "The state attorney general called the decision a setback."
)


def test_a_later_bare_noun_goes_to_the_ruling_that_affirmed() -> None:
    found = _rulings(_AFFIRMED)
    assert ("the opinion", "or") in found
    assert ("the decision", "or") in found


def test_the_lower_court_ruling_keeps_its_own_phrase() -> None:
    found = _rulings(_AFFIRMED)
    assert any(t.startswith("a lower court ruling that struck down") for t, _ in found)
