"""The 2022 student debt relief plan told by what news calls it ("the Biden administration's
student loan forgiveness program") in its window, and "the program" after it
(``executive_actions.csv``, fr:87:61512). Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def _actions(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


def test_the_plan_and_the_program_in_its_window() -> None:
    text = (
        "A federal judge in Texas on Thursday blocked the Biden administration's student loan "
        "forgiveness program, which relied on the HEROES Act. The Education Department said "
        "it would appeal, and borrowers who applied to the program were told to wait."
    )
    got = _actions(text, "2022-11-12")
    assert {a for _, a in got} == {"fr:87:61512"}
    assert any(t == "the program" for t, _ in got)


def test_out_of_its_window_or_another_program() -> None:
    later = (
        "The Education Department said its student loan forgiveness program for teachers "
        "would open in the fall, Secretary Cardona said."
    )
    assert _actions(later, "2025-03-01") == []
    pslf = (
        "The Education Department under Biden expanded the Public Service Loan Forgiveness "
        "program, a student loan forgiveness program for public workers."
    )
    assert _actions(pslf, "2022-11-12") == []
