"""A rule introduced as new and without a name ("a proposed rule", "a new regulation") after
the rule the article named is what a later "the rule" means: no link to the named one
(``anaphora``: ``_new_rule``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_NAMED = "In April 2024 the EPA issued the PFAS National Primary Drinking Water Regulation. "


def _rule_links(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.text, m.authority)
        for m in mentions(text, "2025-06-01")
        if m.kind == "regulation" and m.text.lower() == "the rule"
    ]


@pytest.mark.parametrize(
    "after",
    [
        "The agency plans to issue a proposed rule this fall and finalize the rule next year.",
        "The agency plans to issue a new rule next year. Critics said the rule goes too far.",
    ],
)
def test_the_rule_after_a_new_unnamed_rule_is_not_the_named_one(after: str) -> None:
    assert _rule_links(_NAMED + after) == []


def test_with_no_new_rule_between_the_rule_is_the_named_one() -> None:
    text = _NAMED + "Water utilities sued, and critics said the rule goes too far."
    assert _rule_links(text) == [("the rule", "fr:89:32532")]
