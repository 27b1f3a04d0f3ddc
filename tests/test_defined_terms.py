"""Terms an article defines for a law, bill, order or rule ("(the “Order”)", "(“IRA” or the
“Act”)"), then uses ("The Order directs …"): ``linker/scanner/defined_terms.py``."""

from __future__ import annotations

from conftest import mentions
from linker.scanner.defined_terms import DEFINITION


def _refs(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority or m.name) for m in mentions(text, date) if m.anaphor]


def test_a_defined_order_is_the_order_it_was_defined_for() -> None:
    text = (
        "On January 24, 2025, President Trump signed Executive Order 14181, “Emergency "
        "Measures to Provide Water Resources in California and Improve Disaster Response in "
        "Certain Areas” (the “Order”). The Order directs the Secretary of the Interior to act. "
        "Under Executive Order 14154, agencies review rules, but this Order's deadlines are "
        "shorter."
    )
    assert _refs(text, "2025-01-30") == [("The Order", "eo:14181"), ("this Order", "eo:14181")]


def test_a_defined_bill_and_a_defined_act() -> None:
    text = (
        "The House passed H.R. 1620, a bill to reauthorize the Violence Against Women Act (the "
        "“Bill”), on Wednesday. The Bill would extend grants."
    )
    assert ("The Bill", "bill:117:hr:1620") in _refs(text, "2021-03-18")
    text = (
        "Congress enacted the Inflation Reduction Act of 2022 (“IRA” or the “Act”) in August. "
        "The Act creates new tax credits."
    )
    assert _refs(text, "2023-01-10")[-1] == ("The Act", "publ:117-169")


def test_a_defined_term_with_nothing_of_its_kind_in_its_sentence_links_nothing() -> None:
    text = (
        "Governor Smith issued a statewide emergency declaration (the “Order”). The Order "
        "directs residents to stay home."
    )
    assert _refs(text, "2020-03-20") == []


def test_definition_shapes() -> None:
    ok = ["(the “Order”)", "(“Act”)", '(the "Final Rule")', "(“IRA” or the “Act”)"]
    assert all(DEFINITION.match(s) for s in ok)
    assert not DEFINITION.match("(the “Plaintiffs”)")
    assert not DEFINITION.match("(“IRA”)")  # initials: the initials pass's


def test_a_court_paper_between_keeps_the_term_from_the_order() -> None:
    text = (
        "Judge Reyes enjoined Executive Order 14183 in a memorandum opinion and order (the "
        "“Order”). The Order is stayed for 48 hours."
    )
    assert ("The Order", "eo:14183") not in _refs(text, "2025-03-18")


def test_a_second_term_after_a_first_one_with_its_article() -> None:
    # "… signed into law the Pennsylvania Clean Indoor Air Act (S.B. 246) (the “Clean Indoor
    # Air Act” or the “Act”). … The Act also requires employers to post signs."
    text = (
        "On June 13, 2008, Gov. Ed Rendell signed into law the Pennsylvania Clean Indoor Air "
        "Act (S.B. 246) (the “Clean Indoor Air Act” or the “Act”). The Act also requires "
        "employers to post signs."
    )
    assert ("The Act", "state:pa:bill:sb246") in _refs(text, "2008-06-13")
