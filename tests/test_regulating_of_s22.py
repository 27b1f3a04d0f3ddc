""" "Regulation of …" after a rule is the act of regulating, not a back-reference to the rule
("said that government regulation of non-competes can continue", "said the regulation of
such contracts belongs to the states"); "The regulation" alone, or "a regulation of …",
still may be one (``anaphora``: ``PROVIDING_OF`` for the head "regulation"). Made-up
sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_RULE = "The FTC adopted a rule banning noncompete agreements in April. "


@pytest.mark.parametrize(
    "after",
    [
        "Two commissioners said that government regulation of non-competes can and should "
        "continue.",
        "Critics argued that federal regulation of such contracts would hurt small firms.",
        "The agency said the regulation of such contracts belongs to the states.",
    ],
)
def test_regulating_is_no_back_reference(after: str) -> None:
    found = mentions(_RULE + after)
    assert [m.text for m in found if m.kind == "regulation"] == ["a rule banning noncompete"]


def test_the_regulation_alone_refers_back() -> None:
    found = [m for m in mentions(_RULE + "The regulation takes effect in September.")]
    regs = [(m.text, m.authority) for m in found if m.kind == "regulation"]
    assert regs[1:] == [("The regulation", "fr:89:38342")]
