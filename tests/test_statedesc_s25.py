"""Laws, proclamations, bills and state-constitution amendments told by description (twenty-fifth
session): "…, including one that would have barred …", "passed its own law, placing limits on
…", "an executive order from President X, which limits access to …", "the <topic>
divestment-or-ban bill", "a federal budget reconciliation bill" by the article's date, "a 2011
GOP-backed amendment … protecting the right to …". The sentences are our own, made up in the
shapes of news pages."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.kind, m.text, m.authority) for m in mentions(text, date)]


def linked(text: str, surface: str, date: str | None = None) -> str | None:
    """The id of the mention that opens on ``surface`` (None when there is none)."""
    at = text.index(surface)
    return next((m.authority for m in mentions(text, date) if m.start == at), None)


# --- "including one that …" after a plural law head ---------------------------------------


def test_one_of_several_laws_by_its_clause() -> None:
    text = (
        "Montana's justices on Wednesday sided with the young plaintiffs. The ruling affirms a "
        "trial judgment that voided two statutes, including one that would have barred "
        "analyzing greenhouse gas emissions in permitting decisions for big projects."
    )
    assert linked(text, "one that would have barred", "2024-12-20") == "state:mt:bill:hb971"


def test_one_of_several_with_no_fitting_row_stays_unlinked() -> None:
    text = (
        "Montana's justices on Wednesday sided with the plaintiffs. The ruling affirms a "
        "judgment that voided two statutes, including one that would have changed how "
        "libraries lend books to schools."
    )
    assert linked(text, "one that would have changed", "2024-12-20") is None


def test_including_one_after_no_law_head_is_nothing() -> None:
    text = (
        "Montana officials met several ranchers, including one that would have preferred "
        "analyzing greenhouse gas emissions in permitting decisions."
    )
    assert linked(text, "one that would have preferred", "2024-12-20") is None


# --- "<State> passed its own law, <participle> …" -----------------------------------------


def test_its_own_law_with_a_participle_after_a_comma() -> None:
    text = (
        "The justices sided with the small city on Friday. In 2021, Oregon passed its own law, "
        "placing limits on how cities regulate homelessness, though the limits are vague."
    )
    assert linked(text, "its own law", "2024-06-29") == "state:or:bill:hb3115"


def test_reporting_participle_after_a_comma_adds_no_words() -> None:
    text = "In 2021, Oregon passed its own law, citing limits on how cities regulate homelessness."
    assert linked(text, "its own law", "2024-06-29") is None


# --- a proclamation told as an executive order, by its president and effect ----------------


def test_executive_order_from_president_which_limits_access() -> None:
    text = (
        "Advocates sued on Wednesday over a recent executive order from President Joe Biden, "
        "which limits access to asylum for people crossing between ports."
    )
    got = [(k, a) for k, t, a in found(text, "2024-06-12") if k == "executive-action" and a]
    assert got == [("executive-action", "proc:10773")]


def test_same_words_from_another_president_stay_unlinked() -> None:
    text = (
        "Advocates sued on Wednesday over a recent executive order from President Trump, "
        "which limits access to asylum for people crossing between ports."
    )
    assert not [a for k, _, a in found(text, "2024-06-12") if k == "executive-action" and a]


# --- topic nicknames of acts ------------------------------------------------------------------


def test_hyphenated_topic_nickname_of_an_act() -> None:
    text = (
        "On Monday the app maker asked an appeals court to strike down the TikTok "
        "divestment-or-ban bill that Congress passed in April."
    )
    assert linked(text, "the TikTok divestment-or-ban bill", "2024-05-08") == "publ:118-50"


def test_headline_nickname_reads_the_article_for_its_topic() -> None:
    text = (
        "App Maker Sues Over Divestment Bill\n\n"
        "TikTok and its owner ByteDance asked the appeals court on Tuesday to block the law.\n"
    )
    assert linked(text, "Divestment Bill", "2024-05-08") == "publ:118-50"


def test_nickname_of_no_known_topic_stays_unlinked() -> None:
    text = "Lawmakers debated the widget divestment bill on Monday, and a vote is expected soon."
    assert linked(text, "the widget divestment bill", "2024-05-08") is None


def test_nickname_before_the_law_was_enacted_stays_unlinked() -> None:
    text = "The app maker lobbied against the TikTok divestment-or-ban bill in the Senate."
    assert linked(text, "the TikTok divestment-or-ban bill", "2023-03-01") is None


# --- dated nicknames of bills -------------------------------------------------------------------


def test_reconciliation_bill_in_mid_2025_is_hr_1() -> None:
    text = (
        "Forty attorneys general wrote to oppose a clause in a federal budget reconciliation "
        "bill that would stop states from enforcing their own AI laws."
    )
    assert linked(text, "a federal budget reconciliation bill", "2025-05-21") == "bill:119:hr:1"


def test_reconciliation_bill_in_late_2021_is_build_back_better() -> None:
    text = "Senators kept haggling over the reconciliation bill this week."
    assert linked(text, "the reconciliation bill", "2021-12-01") == "bill:117:hr:5376"


def test_reconciliation_bill_outside_the_dates_stays_unlinked() -> None:
    text = "Senators kept haggling over the reconciliation bill this week."
    assert linked(text, "the reconciliation bill", "2023-06-01") is None


# --- a state-constitution amendment told by the right it protects ------------------------------


def test_amendment_by_year_backers_and_right() -> None:
    text = (
        "Women in Wyoming argue that the ban violates a 2011 GOP-backed amendment, passed to "
        "push back on a federal health law, protecting the right to make one’s “own health "
        "care decisions.”"
    )
    assert linked(text, "a 2011 GOP-backed amendment", "2025-01-10") == "state:wy:const:1-38"


def test_amendment_to_a_bill_is_no_constitution() -> None:
    text = (
        "In Wyoming, a senator offered an amendment to the bill protecting health care "
        "decisions of patients."
    )
    assert linked(text, "an amendment", "2025-01-10") is None


def test_amendment_naming_no_section_right_stays_unlinked() -> None:
    text = "Wyoming voters approved a 2012 amendment protecting the right to a speedy audit."
    assert linked(text, "a 2012 amendment", "2025-01-10") is None


# --- a state's "Top Court" in a headline ---------------------------------------------------------


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2024-12-20") if m.kind == "ruling"]


def test_a_states_top_court_in_a_headline_takes_the_bodys_high_court() -> None:
    text = (
        "Nevada Top Court Upholds Landmark Water Case Decision\n\n"
        "The Nevada Supreme Court handed a win to ranchers on Wednesday, upholding a trial "
        "judge's reading of the state's water code."
    )
    assert ("Nevada Top Court Upholds", "nev") in _rulings(text)


def test_a_top_court_headline_the_body_tells_of_another_court_gives_no_court() -> None:
    text = (
        "Nevada Top Court Upholds Landmark Water Case Decision\n\n"
        "A federal judge in Reno on Wednesday upheld the state's water code."
    )
    assert not any(t.startswith("Nevada Top Court") and c for t, c in _rulings(text))


# --- "an order <weekday> by a federal appeals court in <city>" ------------------------------------


def test_an_order_on_a_weekday_by_an_appeals_court_in_a_city() -> None:
    text = (
        "The state's display plan remains on hold under an order Wednesday by a federal "
        "appeals court in New Orleans."
    )
    got = [(m.text, m.court) for m in mentions(text, "2024-11-21") if m.kind == "ruling"]
    assert got == [("an order Wednesday by a federal appeals court in New Orleans", "ca5")]


def test_an_order_on_a_weekday_with_no_court_after_it_is_no_ruling_of_a_court() -> None:
    text = "The plan remains on hold under an order Wednesday by the governor's office."
    assert not [m.court for m in mentions(text, "2024-11-21") if m.kind == "ruling" and m.court]


# --- state bills by number in an article that names only the state's counties ------------------


def _bills(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.text, m.authority) for m in mentions(text, "2024-11-20") if m.kind in ("bill", "statute")
    ]


def test_state_of_bills_told_by_its_counties() -> None:
    text = (
        "Local lawmakers filed bills ahead of the session.\n\n"
        "Two bills, Senate Bill 401 and Senate Bill 402, would create new courts in Fort Bend "
        "and Brazoria counties, respectively."
    )
    assert ("Senate Bill 401", "state:tx:bill:sb401") in _bills(text)


def test_counties_of_two_states_tell_no_state() -> None:
    text = (
        "Local lawmakers filed bills ahead of the session.\n\n"
        "Senate Bill 401 would create new courts in Fort Bend County and in Maricopa County."
    )
    assert not any(a for t, a in _bills(text) if t == "Senate Bill 401")


def test_a_county_name_several_states_share_tells_no_state() -> None:
    text = (
        "Local lawmakers filed bills ahead of the session.\n\n"
        "Senate Bill 401 would create a new court in Dallas County."
    )
    assert not any(a for t, a in _bills(text) if t == "Senate Bill 401")


# --- "in the same legislation" --------------------------------------------------------------------


def test_in_the_same_legislation_is_the_law_its_sentence_tells_of() -> None:
    text = (
        "Missouri lawmakers last year changed how challenges to ballot language work and, in "
        "the same legislation, gave the attorney general power to appeal preliminary "
        "injunctions that block state laws."
    )
    assert linked(text, "the same legislation", "2025-09-01") == "state:mo:bill:sb22"


def test_in_the_same_legislation_of_no_known_law_stays_unlinked() -> None:
    text = (
        "Missouri lawmakers last year renamed two highways and, in the same legislation, "
        "honored a retired trooper."
    )
    assert linked(text, "the same legislation", "2025-09-01") is None


def test_amendment_of_a_year_no_measure_of_the_section_fits_stays_unlinked() -> None:
    text = (
        "Women in Wyoming argue that the ban violates a 2016 GOP-backed amendment protecting "
        "the right to make one’s own health care decisions."
    )
    assert linked(text, "a 2016 GOP-backed amendment", "2025-01-10") is None
