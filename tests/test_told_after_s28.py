"""State laws, rules and suits told by words after their noun or by a month before it
(twenty-eighth session, branch s28-c44; census44 Q1, Q2, P8 and the P2/P4 remainder):
sentences of our own in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.kind, m.text, m.authority) for m in mentions(text, date)]


# --- Q1a: a state body's rule told by a clause after "rule" ------------------------------

_RULE = (
    "A Fulton County judge on Wednesday halted a new rule that required {what} once the "
    "polls close in Georgia. The State Election Board adopted it in a 3-2 vote in September."
)


def test_rule_told_by_a_trailing_clause_takes_the_table_row() -> None:
    text = _RULE.format(what="poll workers to count ballots by hand")
    found = [(t, a) for k, t, a in _found(text, "2024-10-20") if k == "regulation"]
    assert (
        "a new rule that required poll workers to count ballots by hand",
        "state:ga:rule:183-1-12-.12",
    ) in found


def test_rule_whose_trailing_clause_tells_another_topic_takes_no_row() -> None:
    text = _RULE.format(what="drop boxes to be locked")
    found = [a for k, _t, a in _found(text, "2024-10-20") if k == "regulation"]
    assert "state:ga:rule:183-1-12-.12" not in found


# --- Q1b: a bare plural after the state's name, a quotation mark opening the clause -------


def test_state_statutes_told_by_a_quoted_clause_are_the_row() -> None:
    text = (
        "A federal appeals court held that Pennsylvania statutes barring “young adults from "
        "carrying firearms on public streets during a state of emergency” cannot stand."
    )
    found = [(t, a) for k, t, a in _found(text, "2025-01-20") if k == "statute"]
    assert ("Pennsylvania statutes", "state:pa:pacs:18-6107") in found


def test_state_statutes_told_by_another_topic_stay_unlinked() -> None:
    text = (
        "A federal appeals court held that Pennsylvania statutes barring “teachers from "
        "assigning homework over the holidays” cannot stand."
    )
    found = [a for k, _t, a in _found(text, "2025-01-20") if k == "statute"]
    assert "state:pa:pacs:18-6107" not in found


def test_state_statutes_by_bare_numbers_take_the_one_row_among_them() -> None:
    text = (
        "Taken together, Pennsylvania statutes 6105, 6107 and 6108 keep most young adults "
        "from carrying a gun, the court said."
    )
    found = [(t, a) for k, t, a in _found(text, "2025-01-20") if k == "statute"]
    assert ("Pennsylvania statutes 6105, 6107 and 6108", "state:pa:pacs:18-6107") in found


def test_state_statutes_by_numbers_no_row_has_stay_unlinked() -> None:
    text = "Taken together, Pennsylvania statutes 6101 and 6102 define the terms, the court said."
    assert [a for k, _t, a in _found(text, "2025-01-20") if k == "statute"] == []


# --- Q1c: a law told by the deaths that prompted it ---------------------------------------


def test_bill_told_by_the_deaths_of_people_its_row_names() -> None:
    text = (
        "New York will put more body cameras on guards in its prisons. The change is part of an "
        "omnibus bill written after the deaths in custody of two men: Robert Brooks and Messiah "
        "Nantwi. Gov. Kathy Hochul signed it into law on Friday."
    )
    found = [a for k, _t, a in _found(text, "2025-12-20") if k in ("bill", "statute")]
    assert "state:ny:bill:s8415" in found


def test_bill_told_by_the_deaths_of_people_no_row_names_stays_unlinked() -> None:
    text = (
        "New York will put more body cameras on guards in its prisons. The change is part of an "
        "omnibus bill written after the deaths in custody of two men: Jonah Pell and Walter "
        "Crumb. Gov. Kathy Hochul signed it into law on Friday."
    )
    found = [a for k, _t, a in _found(text, "2025-12-20") if k in ("bill", "statute")]
    assert "state:ny:bill:s8415" not in found


# --- Q2: a suit's first mention with its filing month before the noun ---------------------

_SUIT = (
    "A judge in Boston blocked part of the One Big Beautiful Bill Act on Tuesday. Attorneys "
    "general for California, Connecticut and 20 other states said in their {month} lawsuit "
    "that the Medicaid cuts would close clinics."
)
_SUIT_NAME = "California v. United States Department of Health and Human Services"


def _suits(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, "2025-12-03") if m.kind == "case"]


def test_suit_told_by_its_filing_month_is_the_row_filed_then() -> None:
    assert ("their July lawsuit", _SUIT_NAME) in _suits(_SUIT.format(month="July"))


def test_suit_told_by_another_month_is_not_that_row() -> None:
    assert _SUIT_NAME not in [n for _t, n in _suits(_SUIT.format(month="March"))]


# --- P8: Georgia's certification statute told by what it requires -------------------------


def test_georgia_law_on_certification_is_its_section() -> None:
    text = (
        "Georgia law requires county election superintendents to certify the returns by the "
        "Monday after the vote, the judge wrote."
    )
    found = [(t, a) for k, t, a in _found(text, "2024-10-15") if k == "statute"]
    assert (
        "Georgia law requires county election superintendents",
        "state:ga:ocga:21-2-493",
    ) in found


def test_georgia_law_on_something_else_is_not_that_section() -> None:
    text = (
        "Georgia law requires county election superintendents to keep voter lists open to "
        "the public, the judge wrote."
    )
    found = [a for k, _t, a in _found(text, "2024-10-15") if k == "statute"]
    assert "state:ga:ocga:21-2-493" not in found


# --- P2 remainder: a law whose clause ends on a pronoun -----------------------------------


def test_law_that_requires_them_takes_the_row_the_sentence_tells() -> None:
    text = (
        "An appeals court on Friday cleared the way for posters of the Ten Commandments in "
        "every Louisiana public school classroom, lifting an order that kept officials from "
        "enforcing a law that requires them."
    )
    found = [(t, a) for k, t, a in _found(text, "2026-02-21") if k == "statute"]
    assert ("a law that requires them", "state:la:bill:hb71") in found


def test_law_that_requires_them_with_nothing_told_stays_unlinked() -> None:
    text = (
        "An appeals court on Friday cleared the way for new bus routes in every Louisiana "
        "public school district, lifting an order that kept officials from enforcing a law "
        "that requires them."
    )
    found = [a for k, _t, a in _found(text, "2026-02-21") if k == "statute"]
    assert "state:la:bill:hb71" not in found
