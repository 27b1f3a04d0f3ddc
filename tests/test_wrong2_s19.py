"""What one held-back set still missed after the first round (issue 13, nineteenth session,
branch s19-wrong2): a roundup's state header line gives its items' propositions their state;
a proposition whose act a state's code holds links to that code section; Alaska's consumer
protection act; Section 340B by its number alone; "In his 52-page order, U.S. District Judge X
said" after a judge's ruling. The sentences are our own, made up in the shapes news prints."""

from __future__ import annotations

from conftest import mentions, rulings_at


def statutes(text: str, date: str | None = "2026-01-05") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


ROUNDUP = (
    "Here are this week's actions by state attorneys general.\n"
    "Nevada\n"
    "- Attorney General Ford sued a landlord over unpaid deposits.\n"
    "California\n"
    "- Attorney General Bonta moved the Proposition 34 filing date to March 2, 2026. "
    "Proposition 34 obliges some clinics to account for their discount drug revenue.\n"
    "Texas\n"
    "- Attorney General Paxton opened an inquiry into a chain of pharmacies.\n"
)


def test_a_roundups_state_header_line_gives_a_proposition_its_state() -> None:
    got = statutes(ROUNDUP)
    assert got.count(("Proposition 34", "state:ca:wic:14124.39")) == 2


def test_one_state_name_line_alone_is_no_header() -> None:
    # (one line with a state's name alone may be a dateline: no roundup, no state from it)
    text = "California\nA group filed papers backing Proposition 34 on Tuesday.\n"
    assert not [a for _t, a in statutes(text) if a and a.startswith("state:ca:")]


def test_a_proposition_whose_act_the_code_holds_is_that_section() -> None:
    text = "California voters approved Proposition 34 in 2024, and clinics must now comply."
    assert ("Proposition 34", "state:ca:wic:14124.39") in statutes(text)


def test_a_proposition_before_its_vote_keeps_its_number() -> None:
    # (the row is the 2024 measure: an article of 2020 names another Proposition 34)
    text = "California voters will decide Proposition 34 this fall, its backers said."
    assert ("Proposition 34", "state:ca:wic:14124.39") not in statutes(text, "2020-06-01")


def test_alaskas_consumer_protection_act_by_name() -> None:
    text = "The state sued the lender under the Alaska Consumer Protection Act on Monday."
    assert ("Alaska Consumer Protection Act", "state:ak:as:45.50.471") in statutes(text)


def test_section_340b_by_its_number_alone() -> None:
    text = "Hospitals say the 340B discount program lets them stretch scarce drug dollars."
    assert ("340B", "usc:42:256b") in statutes(text)


def test_340b_without_its_words_stays_plain() -> None:
    text = "The flight left from gate 340B program of events aside, the day was calm."
    assert ("340B", "usc:42:256b") not in statutes(text)


def test_his_page_order_with_the_judge_named_after_it() -> None:
    text = (
        "A federal judge in Vermont blocked the agency from changing the school lunch rules "
        "on Monday.\nThe ruling also paused the new members the secretary has named to the "
        "board since May.\nIn his 52-page order, U.S. District Judge Alan Brooks said the "
        "agency ignored its own process.\n"
    )
    got = rulings_at(text, "his 52-page order", "2026-03-10")
    assert [(m.text, m.court) for m in got] == [("his 52-page order", "vtd")]


def test_his_order_the_secretary_gave_stays_the_secretarys() -> None:
    text = (
        "A federal judge in Vermont blocked the agency from changing the school lunch rules "
        "on Monday.\nThe secretary defended the plan.\nIn his order, the secretary said the "
        "change would save money.\n"
    )
    assert not rulings_at(text, "his order", "2026-03-10")


def test_alaskas_consumer_protection_law_described() -> None:
    text = "Regulators said the lender's hidden fees broke Alaska consumer protection law."
    got = statutes(text)
    assert any(a == "state:ak:as:45.50.471" for _t, a in got), got


def test_section_340b_with_its_word() -> None:
    text = "The hospitals rely on Section 340B to buy outpatient drugs at a discount."
    assert ("Section 340B", "usc:42:256b") in statutes(text)


def test_illinois_sexual_assault_survivors_act_and_its_abbreviation() -> None:
    text = (
        "Lawmakers in Springfield amended Illinois' Sexual Assault Survivors Emergency "
        "Treatment Act (SASETA) this year. Hospitals must follow SASETA when they treat "
        "patients."
    )
    got = statutes(text)
    act = "Illinois' Sexual Assault Survivors Emergency Treatment Act"
    assert (act, "state:il:ilcs:410-70") in got
    assert ("SASETA", "state:il:ilcs:410-70") in got
