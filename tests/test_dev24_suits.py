"""Nineteenth session (s19-dev24): suits told by who sued whom, and what refers back to them."""

from __future__ import annotations

from conftest import mentions


def _cases(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


def test_sued_the_city_of_names_the_caption() -> None:
    # made-up sentences: "the city of New York" is the caption's "City of New York"
    text = (
        "David Floyd sued the city of New York in January over "
        "stop-and-frisk.\n\nThe lawsuit says the stops single out young men."
    )
    got = _cases(text, "2008-02-20")
    assert any(t == "Floyd v. City of New York" for _x, t in got), got


def test_sued_the_city_alone_names_no_one() -> None:
    text = (
        "David Floyd sued the city in January over its "
        "policing.\n\nThe lawsuit says the stops single out young men."
    )
    assert not any(t == "Floyd v. City of New York" for _x, t in _cases(text, "2008-02-20"))


def test_montana_bathroom_bill_suit_links() -> None:
    text = (
        "A Missoula County District Court judge paused Montana House Bill 121 on Wednesday. Judge "
        "Vannatta ruled after transgender plaintiffs filed a lawsuit over the law.\n\n"
        "The case goes to a hearing this month."
    )
    got = _cases(text, "2025-04-03")
    assert any(t == "Perkins v. State of Montana" for _x, t in got), got


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-06-01") if m.kind == "statute"]


def test_a_decade_era_law_refers_back_to_an_act_of_that_decade() -> None:
    text = (
        "The importers say the International Emergency Economic Powers Act does not allow "
        "tariffs. They argue the 1970s-era law was written for sanctions."
    )
    assert ("the 1970s-era law", "usc:50:1701-1707") in _laws(text)


def test_a_decade_keeps_no_act_of_another_decade() -> None:
    text = (
        "The importers say the International Emergency Economic Powers Act does not allow "
        "tariffs. They argue the 1990s-era law was written for sanctions."
    )
    assert not any(t == "the 1990s-era law" for t, _a in _laws(text))


def test_the_stationery_company_tariff_suit_links() -> None:
    text = (
        "A federal judge turned down a stationery company's lawsuit over the tariffs on "
        "Tuesday. U.S. District Judge T. Kent Wetherell II denied the motion, saying the "
        "International Emergency Economic Powers Act lets the president set tariffs.\n\n"
        "He sent the case to the trade court."
    )
    got = [(m.text, m.name) for m in mentions(text, "2025-05-21") if m.kind == "case"]
    assert any(n == "Emily Ley Paper, Inc. v. Trump" for _t, n in got), got


def test_a_state_ban_told_by_its_topic_links() -> None:
    text = (
        "Lawmakers pointed to Tennessee's ban on gender-change treatments for minors, which "
        "the justices upheld. Tennessee's law took effect in 2023."
    )
    got = [(m.text, m.authority) for m in mentions(text, "2025-07-01") if m.kind == "statute"]
    assert any(a == "state:tn:bill:sb1" and "gender-change" in t for t, a in got), got


def test_a_bill_commonly_known_by_a_quoted_nickname() -> None:
    text = (
        "Montana Gov. Greg Gianforte signed House Bill 121, commonly known as the "
        "“bathroom bill.” It took effect at once."
    )
    got = [(m.text, m.authority) for m in mentions(text, "2025-04-02") if m.kind == "statute"]
    assert ("bathroom bill", "state:mt:bill:hb121") in got, got


def test_california_laws_told_by_what_they_do() -> None:
    subs = "A California law that makes it easier for subscribers to cancel took effect in July."
    ivf = (
        "A California law now requires large employers to offer health insurance that covers "
        "infertility diagnosis and fertility treatments."
    )
    got = [m.authority for m in mentions(subs, "2025-07-02") if m.kind == "statute"]
    assert "state:ca:bill:ab2863" in got, got
    got = [m.authority for m in mentions(ivf, "2025-07-02") if m.kind == "statute"]
    assert "state:ca:bill:sb729" in got, got
