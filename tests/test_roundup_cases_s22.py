"""In a roundup of Supreme Court decisions, "The case" after a second decision told afresh
("The Supreme Court ruled that …" again, in a later paragraph) is that decision's case, not
the one named before the first (``anaphora._second_decision``). Made-up sentences."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-06-27"
FIRST = (
    "Here are today's opinions.\n"
    "Harlow Farms v. Pruitt (Water rights)\n"
    "The Supreme Court ruled that the state must release water to downstream farms.\n"
    "This decision is a win for growers in the valley.\n"
)


def _case_refs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, DATE) if m.kind == "case" and m.anaphor]


def test_the_case_after_the_next_decision_is_not_the_first() -> None:
    text = FIRST + (
        "The Supreme Court ruled that a city may not ban leafleting on public sidewalks.\n"
        "The case centered on a church group's flyers.\n"
    )
    assert not any(t == "The case" for t, _ in _case_refs(text))


def test_the_case_after_its_own_decision_is_that_case() -> None:
    text = FIRST + "The case centered on a dam built in 1952.\n"
    assert ("The case", "Harlow Farms v. Pruitt") in _case_refs(text)
