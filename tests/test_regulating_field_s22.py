"""A rule's words with a bare singular "regulation" after a preposition ("next in LDT
regulation") name the regulating, a field of policy, not the rule (``namedrules``,
``regulations``: ``ACTIVITY_BEFORE``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_RULE = "The FDA issued its final rule on laboratory developed tests in May 2024. "


def _regs(text: str) -> list[str]:
    return [m.text for m in mentions(text, "2025-06-01") if m.kind == "regulation"]


@pytest.mark.parametrize(
    "after",
    [
        "The report looks at what might happen next in LDT regulation, and why.",
        "Lawyers debated the future of LDT regulation at a forum on Monday.",
        "The report looks at what might happen next in laboratory developed test regulation.",
    ],
)
def test_the_field_of_regulation_is_no_rule(after: str) -> None:
    assert [t for t in _regs(_RULE + after) if "regulation" in t] == []


def test_the_rule_by_its_words_and_a_determiner_stays() -> None:
    text = _RULE + "Labs sued over the LDT regulation in a Texas court."
    assert any(t.endswith("LDT regulation") for t in _regs(text))
