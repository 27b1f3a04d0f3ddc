"""A state law called by an act of Congress's name, and cities that stand alone in datelines
(ninth session, issue 13, point 8, round two): shapes of real pages, sentences of my own."""

from __future__ import annotations

from conftest import mentions


def statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-04-04") if m.kind == "statute"]


def test_a_state_bill_given_a_federal_acts_name_keeps_the_name_for_the_state() -> None:
    text = (
        "ATLANTA, GA — Gov. Kemp signed Senate Bill 36, also known as the Religious Freedom "
        "Restoration Act (RFRA), on Friday. The law is modeled after the federal Religious "
        "Freedom Restoration Act."
    )
    found = statutes(text)
    assert ("Religious Freedom Restoration Act", "state:ga:bill:sb36") in found
    assert ("RFRA", "state:ga:bill:sb36") in found
    # said to be federal: the act of Congress
    assert found[-1] == ("Religious Freedom Restoration Act", "usc:42:2000bb")


def test_a_state_named_act_claims_the_federal_name_in_its_article() -> None:
    text = (
        "Georgia enacted its version of the Religious Freedom Restoration Act on Friday. Gov. "
        "Brian Kemp signed Senate Bill 36, also known as the Georgia Religious Freedom "
        "Restoration Act."
    )
    found = statutes(text)
    assert found[0] == ("Religious Freedom Restoration Act", "state:ga:bill:sb36")
    assert ("Georgia Religious Freedom Restoration Act", "state:ga:bill:sb36") in found


def test_the_federal_act_stays_federal_when_no_state_bill_takes_its_name() -> None:
    text = (
        "Texas lawmakers passed Senate Bill 4. Critics said it conflicts with the Religious "
        "Freedom Restoration Act."
    )
    assert ("Religious Freedom Restoration Act", "usc:42:2000bb") in statutes(text)


def test_a_sentence_about_congress_keeps_the_federal_act() -> None:
    text = (
        "ATLANTA, GA — Gov. Kemp signed SB 36, the Religious Freedom Restoration Act. Congress "
        "passed the Religious Freedom Restoration Act in 1993 with wide support."
    )
    found = statutes(text)
    assert found[1] == ("Religious Freedom Restoration Act", "state:ga:bill:sb36")
    assert ("Religious Freedom Restoration Act", "usc:42:2000bb") in found[2:]


def test_a_city_standing_alone_in_a_dateline_gives_its_state() -> None:
    text = "ATLANTA - Gov. Brian Kemp is talking about signing Senate Bill 36 into law."
    assert ("Senate Bill 36", "state:ga:bill:sb36") in statutes(text)


def test_washington_datelines_name_no_state() -> None:
    text = "WASHINGTON (AP) — Lawmakers debated House Bill 36 on Tuesday."
    assert [a for _, a in statutes(text) if (a or "").startswith("state:")] == []


def test_a_state_level_namesake_in_an_article_with_one_state_bill() -> None:
    text = (
        "ATLANTA – Georgia lawmakers passed the Religious Freedom Restoration Act on Wednesday, "
        "and Gov. Kemp signed Senate Bill 36. The bill mirrors a federal RFRA law Congress "
        "passed back in 1993, which has left Georgia lawmakers pushing for a state-level RFRA."
    )
    found = statutes(text)
    assert found[0] == ("Religious Freedom Restoration Act", "state:ga:bill:sb36")
    assert ("RFRA", "usc:42:2000bb") in found
    assert found[-1] == ("RFRA", "state:ga:bill:sb36")
