"""A president's own ban ("Trump's ban on transgender troops") is an order of his, never an
agency rule his administration's years and the topic happen to fit; "the Trump
administration's ban on bump stocks" stays the rule."""

from __future__ import annotations

from conftest import mentions


def regs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-05-10") if m.kind == "regulation"]


def test_a_presidents_ban_is_no_agency_rule() -> None:
    assert regs("The justices let President Trump's ban on transgender troops take effect.") == []
    assert regs("Critics said Biden's mandate on vaccines for big employers went too far.") == []


def test_an_administrations_ban_is_still_its_rule() -> None:
    found = regs("The Trump administration's ban on bump stocks was struck down.")
    assert found == [("The Trump administration's ban on bump stocks", "fr:83:66514")]
    assert regs("Biden's rule on overtime pay was vacated.")[0][1] == "fr:89:32842"
