"""The rule a court acted on, told by a description at the end of the ruling's clause ("has
blocked a major consumer protection measure"), is the article's one rule; the ruling ends
before it (issue 13, twenty-first session). Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def found(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.kind, m.authority) for m in mentions(text, "2025-08-01")}


def test_blocked_a_measure_before_the_rule_is_named() -> None:
    text = (
        "A federal appeals court has blocked a major consumer protection measure. The FTC's "
        "click-to-cancel rule was set to take effect in July."
    )
    got = found(text)
    assert got["a major consumer protection measure"] == ("regulation", "fr:89:90476")
    assert got["A federal appeals court has blocked"][0] == "ruling"


def test_struck_down_a_standard_with_the_day_after() -> None:
    text = (
        "A federal judge in Texas struck down a key worker-safety standard on Friday. The OSHA "
        "silica rule limits exposure to dust."
    )
    assert found(text)["a key worker-safety standard"] == ("regulation", "fr:81:16286")


def test_two_rules_leave_the_clause_whole() -> None:
    text = (
        "A federal appeals court has blocked a major consumer protection measure. The FTC's "
        "click-to-cancel rule and its noncompete rule were both challenged."
    )
    assert "a major consumer protection measure" not in found(text)
