"""A party's short name right before its legal form ("Ryan, LLC", "Acme Inc.") is the firm
itself, not the case the article named in full (``casenames``: ``_FIRM_SUFFIX``). Made-up
sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_NAMED = "In Harlow v. FTC, a federal judge in Texas set aside the agency's new rule. "


def _cases(text: str) -> list[tuple[str, int]]:
    return [(m.text, m.start) for m in mentions(text, "2025-06-01") if m.kind == "case"]


@pytest.mark.parametrize("firm", ["Harlow, LLC", "Harlow, Inc.", "Harlow, Corp."])
def test_the_firm_by_its_legal_form_is_no_case(firm: str) -> None:
    text = _NAMED + f"The Chamber of Commerce and {firm}, a tax firm, filed suit in May."
    assert [t for t, _ in _cases(text)] == ["Harlow v. FTC"]


def test_the_short_name_of_the_case_still_stands() -> None:
    text = _NAMED + "In Harlow, the court found the agency lacked the power to act."
    assert [t for t, _ in _cases(text)] == ["Harlow v. FTC", "Harlow"]
