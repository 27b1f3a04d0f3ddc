"""Low-scoring readable sets, twenty-fourth session (s24-lowb3): "the program" an article keeps
using for a program it named once, each use within reach of the one before. Sentences of our
own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2023-01-15"

RELIEF = "fr:87:61512"  # the 2022 student debt relief plan (executive_actions.csv)

_FILLER = (
    "Borrowers across the country had waited for months for word from the department, and "
    "many had already planned their budgets around the promised cancellation of their debts. "
    "Advocates held rallies in several cities and urged lawmakers to weigh in on the dispute. "
)


_LEAD = (
    "A federal judge blocked the Biden administration’s student debt relief program on "
    "Thursday, the Education Department said. "
)


def _found(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == kind]


def test_the_program_goes_on_referring_back_step_by_step() -> None:
    text = (
        _LEAD
        + _FILLER
        + "Officials said the program would resume if an appeals court agreed. "
        + _FILLER
        + "Critics said the program exceeded the department's power. "
        + _FILLER
        + "Supporters said the program was lawful all along."
    )
    found = [t for t, a in _found(text, "executive-action") if a == RELIEF]
    assert found.count("the program") == 3


def test_the_program_far_from_any_mention_stays_unlinked() -> None:
    text = _LEAD + _FILLER * 4 + "Supporters said the program was lawful all along."
    assert ("the program", RELIEF) not in _found(text, "executive-action")


def test_a_new_program_introduced_in_between_stops_the_chain() -> None:
    text = (
        _LEAD
        + _FILLER
        + "Officials said the program would resume if an appeals court agreed. "
        + "Meanwhile the state announced a new tuition program for nurses. "
        + _FILLER
        + "Supporters said the program was popular."
    )
    found = [t for t, a in _found(text, "executive-action") if a == RELIEF]
    assert found.count("the program") == 1


# --- "the act to be …": the law, with a passive infinitive after it ----------------------

CAA = "usc:42:7401"  # the Clean Air Act (acts.csv)


def test_the_act_before_a_passive_infinitive_refers_back() -> None:
    text = (
        "The Clean Air Act requires petitions challenging rules under the act to be filed "
        "in one appeals court."
    )
    assert ("the act", CAA) in _found(text, "statute")


def test_a_tough_act_to_follow_stays_an_idiom() -> None:
    text = (
        "The Clean Air Act was passed in 1970. The new governor said it was a tough act to follow."
    )
    assert not any(t.endswith("act to follow") or t == "act" for t, _ in _found(text, "statute"))
    assert [t for t, _ in _found(text, "statute")] == ["Clean Air Act"]


# --- a law "upheld in" an appeals court ------------------------------------------------


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, DATE) if m.kind == "ruling"]


def test_a_law_upheld_in_an_appeals_court_is_that_courts_ruling() -> None:
    text = (
        "Oregon's 2019 gun storage law was upheld in the U.S. Court of Appeals for the Ninth "
        "Circuit on Monday."
    )
    found = _rulings(text)
    assert any(
        t.startswith("was upheld in the U.S. Court of Appeals") and c == "ca9" for t, c in found
    )


def test_a_law_upheld_in_a_vote_is_no_ruling() -> None:
    text = "The ban was upheld in a vote in the state Senate on Monday."
    assert _rulings(text) == []


# --- "the federal injunction" ------------------------------------------------------------


def test_the_federal_injunction_refers_back_to_the_judges_injunction() -> None:
    text = (
        "A federal judge in Austin issued a preliminary injunction on Friday blocking the "
        "state's new library rule. Libraries may keep the books on their shelves, according "
        "to the federal injunction."
    )
    assert ("the federal injunction", "txwd") in _rulings(text)


def test_a_federal_order_of_an_agency_is_no_ruling() -> None:
    text = "Hospitals must follow the federal order on masks, the agency said on Friday."
    assert _rulings(text) == []


# --- "react to the appeals ruling" ------------------------------------------------------


def test_the_appeals_ruling_after_to_refers_back_to_the_appeals_court() -> None:
    text = (
        "The 4th U.S. Circuit Court of Appeals on Friday paused the judge's order. "
        "How did the mayor respond to the appeals ruling?"
    )
    assert ("the appeals ruling", "ca4") in _rulings(text)


def test_the_appeals_ruling_with_no_appeals_court_stays_unlinked() -> None:
    text = (
        "A federal judge in Boston blocked the order on Friday. "
        "How did the mayor respond to the appeals ruling?"
    )
    assert not any(t == "the appeals ruling" and c == "mad" for t, c in _rulings(text))


# --- "upheld a lower court's injunction—a decision that …" -------------------------------


def test_a_decision_right_after_a_dash_is_the_clauses_ruling() -> None:
    text = (
        "A federal appeals court in San Francisco on Monday upheld a lower court’s injunction "
        "against the state’s new voting law—a decision that could shape similar fights."
    )
    assert ("a decision", "ca9") in _rulings(text)


def test_a_decision_after_another_named_court_is_not_the_clauses() -> None:
    text = (
        "A federal appeals court in San Francisco on Monday cited the Supreme Court’s view, "
        "a decision that could shape similar fights."
    )
    assert ("a decision", "ca9") not in _rulings(text)


# --- "In a 4-3 ruling, liberal Justice X found …": one ruling ---------------------------


def test_a_judges_leaning_between_noun_and_clause_keeps_one_ruling() -> None:
    text = (
        "The Ohio Supreme Court on Tuesday struck down the 1905 statute.\n\n"
        "Writing for the majority in a 4-3 ruling, conservative Justice Jane Roe found the "
        "later laws had replaced the old statute."
    )
    second = [t for t, _ in _rulings(text) if "Roe" in t or "4-3" in t]
    assert len(second) == 1 and second[0].startswith("a 4-3 ruling")


# --- the June 7, 2025 National Guard memorandum (executive_actions.csv) ------------------

GUARD_MEMO = (
    "Presidential Memorandum of June 7, 2025, Department of Defense Security for the "
    "Protection of Department of Homeland Security Functions"
)
_GUARD = (
    "A federal judge said the president's use of the National Guard in Los Angeles was "
    "illegal. {memo} told the defense secretary to work with the governor."
)


def _actions(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "executive-action"]


def test_trumps_original_memo_on_the_guard_is_the_june_7_memorandum() -> None:
    text = _GUARD.format(memo="Trump’s original memo")
    assert ("Trump’s original memo", GUARD_MEMO) in _actions(text, "2025-06-20")


def test_the_memo_before_it_was_signed_is_not_it() -> None:
    text = _GUARD.format(memo="Trump’s original memo")
    assert _actions(text, "2024-06-20") == []


def test_a_memo_on_another_citys_deployment_is_not_it() -> None:
    text = (
        "A federal judge said the use of the National Guard in Portland, Oregon, was illegal. "
        "Trump’s original memo told the defense secretary to work with the governor."
    )
    assert ("Trump’s original memo", GUARD_MEMO) not in _actions(text, "2025-10-05")
