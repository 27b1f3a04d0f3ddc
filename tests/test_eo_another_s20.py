"""Executive orders told by "another" (the latest of the orders that fit, as "a new" or "a
recent" one), and "His order" after a sentence that tells both a judge's ruling and a
president's order: either man's, so no link (issue 13, twentieth session). Made-up
sentences."""

from __future__ import annotations

from conftest import mentions


def eos(text: str, date: str | None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind == "executive-action"}


def test_another_order_is_the_latest_that_fits() -> None:
    text = "The mayor said President Trump then signed another executive order on sanctuary cities."
    assert set(eos(text, "2025-05-10").values()) == {"eo:14287"}
    # before the later order was signed, "another" is the earlier one
    assert set(eos(text, "2025-03-01").values()) == {"eo:14159"}


def test_another_order_directing_is_the_latest() -> None:
    text = (
        "Weeks later the White House issued another executive order directing agencies to "
        "review grants to sanctuary jurisdictions."
    )
    assert "eo:14287" in eos(text, "2025-06-01").values()


def test_his_order_after_a_judge_and_a_president_is_left_alone() -> None:
    text = (
        "A federal judge in San Francisco blocked two executive orders on sanctuary cities in "
        "April. After U.S. District Judge Jane Roe blocked those orders, President Trump signed "
        "another executive order on sanctuary jurisdictions. His order was challenged again in May."
    )
    got = eos(text, "2025-05-20")
    assert "His order" not in got
    assert "eo:14287" in got.values()


def test_his_order_after_the_president_alone_still_refers_back() -> None:
    text = (
        "President Trump signed a new executive order on sanctuary jurisdictions in April. "
        "His order told agencies to review federal grants."
    )
    assert eos(text, "2025-05-20").get("His order") == "eo:14287"
