"""Short forms an article defines in brackets after an authority (seventeenth session, issue
13): two terms in one parenthesis ("(the “Citizenship Order” or “EO”)"), a rule's action or
initials as the term ("(the “Rescission”)", "(the “IFR”)"). Sentences of our own in the shapes
of law-firm alerts."""

from __future__ import annotations

from conftest import mentions


def _ids(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date)]


def test_two_terms_in_one_parenthesis_both_carry_the_orders_id() -> None:
    text = (
        "On January 20, 2025, the President signed Executive Order 14160, Protecting the "
        "Meaning and Value of American Citizenship (the “Citizenship Order” or “EO”). The EO "
        "reaches children born after February 19. Courts soon blocked the Citizenship Order."
    )
    got = _ids(text, "2025-03-01")
    assert ("The EO", "eo:14160") in got
    assert ("the Citizenship Order", "eo:14160") in got


def test_a_number_then_a_term_in_one_parenthesis() -> None:
    text = (
        "Executive Order 14151 (“EO 14151” or the “DEI Order”) ended federal DEI programs. "
        "Unions say the DEI Order is unlawful."
    )
    got = _ids(text, "2025-03-01")
    assert ("the DEI Order", "eo:14151") in got


def test_a_rescission_defined_by_its_action_is_the_rescinding_rule() -> None:
    text = (
        "On April 30, 2024, the Department of Labor issued a final rule rescinding the 2018 "
        "association health plan rule (the “Rescission”). The Rescission takes effect in July."
    )
    got = _ids(text, "2024-05-20")
    assert ("The Rescission", "fr:89:34106") in got


def test_a_rescission_term_after_a_rule_that_undoes_nothing_links_nothing() -> None:
    text = (
        "The Department of Labor adopted the 2018 association health plan rule (the "
        "“Rescission”). The Rescission is discussed below."
    )
    got = _ids(text, "2019-05-20")
    assert all(t != "The Rescission" for t, _ in got)


def test_an_interim_final_rule_by_its_initials() -> None:
    text = (
        "CMS issued an interim final rule on vaccination of health care staff (the “IFR”) in "
        "November. The IFR requires staff to be vaccinated."
    )
    after = text.index(". The")
    later = [m.authority for m in mentions(text, "2021-12-01") if m.start > after]
    assert later == ["fr:86:61555"]


def test_an_order_defined_bare_with_its_year_and_eo() -> None:
    # "(the 2025 EO)" with no quotes, after an order told by number and title or by title alone
    for text in (
        "On Jan. 20, 2025, the President issued Executive Order 14160, Protecting the Meaning "
        "and Value of American Citizenship (the 2025 EO). The 2025 EO directs agencies to deny "
        "documents.",
        'On Jan. 20, 2025, the President issued the executive order "Protecting the Meaning and '
        'Value of American Citizenship" (the 2025 EO). Later, the 2025 EO was blocked.',
    ):
        found = [(m.text, m.authority) for m in mentions(text, "2025-03-01")]
        assert [a for t, a in found if t.lower() == "the 2025 eo"] == ["eo:14160"]
