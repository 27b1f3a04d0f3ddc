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


def orders(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


def test_a_presidents_ban_is_his_order_by_its_topic() -> None:
    assert orders(
        "The justices let Trump's ban on transgender troops take effect.", "2025-05-10"
    ) == [("Trump's ban on transgender troops", "eo:14183")]
    assert orders("Trump's ban on TikTok was blocked by a judge.", "2020-10-01") == [
        ("Trump's ban on TikTok", "eo:13942")
    ]
    # no president's possessive: no order
    assert orders("The judge's ban on protests ended. A ban on TikTok is near.", "2020-10-01") == []
