"""Statutes, constitution and bills in the shapes the open sets dev9-dev12 showed linker
missing (issue 13, ninth session); every sentence is our own, in the shape news writes."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None = None) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.authority, m.anaphor) for m in mentions(text, date)]


def test_the_big_beautiful_bill_as_news_quotes_it() -> None:
    # the nickname as the President said it, lower case and with its comma, in quotes
    text = (
        'The Senate approved the package, dubbed the "big, beautiful bill," on Tuesday. '
        "The President wants to sign the bill by the holiday."
    )
    found = _found(text, "2025-07-02")
    assert ("big, beautiful bill", "bill:119:hr:1", False) in found
    assert ("the bill", "bill:119:hr:1", True) in found


def test_the_nickname_without_its_comma_in_any_case() -> None:
    for text in (
        "House leaders pushed the big beautiful bill through committee.",
        "House leaders pushed the Big Beautiful Bill through committee.",
    ):
        assert [a for _, a, _ in _found(text, "2025-05-20")] == ["bill:119:hr:1"]
    # after the signing, it is the law
    assert [a for _, a, _ in _found("The big beautiful bill cut Medicaid.", "2026-02-01")] == [
        "publ:119-21"
    ]


def test_colorado_bill_numbers_carry_the_session_year() -> None:
    found = _found("Lawmakers in Denver passed SB24-205, the first broad AI law, last year.")
    assert found == [("SB24-205", "state:co:bill:sb24-205", False)]
    text = (
        "This spring HB25-1321 moved $4 million into a legal defense fund. The act lets the "
        "governor hire outside counsel."
    )
    found = _found(text)
    assert ("HB25-1321", "state:co:bill:hb25-1321", False) in found
    assert ("The act", "state:co:bill:hb25-1321", True) in found
    # the long form, as the General Assembly prints it
    assert _found("House Bill 25-1117 regulates vehicle immobilization companies.") == [
        ("House Bill 25-1117", "state:co:bill:hb25-1117", False)
    ]
    # the number inside a web address is not a mention
    assert _found("See https://leg.colorado.gov/bills/HB25-1321 for the text.") == []


def test_an_act_quoted_as_the_name_of_a_fund_is_not_the_act() -> None:
    text = (
        'HB25-1321 moves money from the "Infrastructure Investment and Jobs Act" cash fund '
        "to the governor's office. The act also lets the office accept gifts."
    )
    found = _found(text)
    assert all(a != "publ:117-58" for _, a, _ in found)
    assert ("The act", "state:co:bill:hb25-1321", True) in found
    # the act itself, named in a sentence of its own, still is
    assert [a for _, a, _ in _found("The Infrastructure Investment and Jobs Act funds roads.")] == [
        "publ:117-58"
    ]


def test_a_compound_ordinal_past_the_twenty_seventh_is_no_amendment_of_ours() -> None:
    # India's constitutional amendment acts, as the Indian press names them
    text = "The bench struck down the Constitution (Ninety-ninth Amendment) Act, 2014 on Friday."
    assert [m for m in _found(text) if m[1] and m[1].startswith("const:")] == []
    assert _found("The Twenty-seventh Amendment limits pay raises.") == [
        ("Twenty-seventh Amendment", "const:amendment:27", False)
    ]


def _constitutions(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text) if m.kind == "constitution"]


def test_a_newspapers_state_is_not_the_state_of_the_constitution() -> None:
    text = (
        "A Florida judge blocked the abortion law on Thursday. The ruling will not take "
        "effect until he signs it, per the New York Times. The law was to start at midnight. "
        "The judge said the law violates the privacy clause in the state's constitution."
    )
    # (its privacy clause is Florida's one section of that name: state_clauses.csv)
    assert _constitutions(text) == [
        (
            "the privacy clause in the state's constitution",
            "Florida Constitution, Article 1, Section 23",
        )
    ]


def test_the_states_constitution_is_the_last_state_named_before_it() -> None:
    text = (
        "Lawmakers in Ohio passed the bill in March. Critics objected at once. Hearings "
        "went on for weeks. A judge found that it breaks the state's constitution."
    )
    assert _constitutions(text) == [("the state's constitution", "Ohio Constitution")]


def test_a_right_in_the_amendments_own_quoted_words() -> None:
    for text in (
        "The court showed little appetite for the constitutional right to “keep and bear arms.”",
        'Both cases turn on the right to "keep and bear arms."',
        "The defense invoked the right to “a speedy trial” last week.",
    ):
        found = [a for _, a, _ in _found(text)]
        assert found and found[0] is not None and found[0].startswith("const:amendment:")


def test_a_law_in_a_hypothetical_does_not_end_the_chain() -> None:
    text = (
        "In 2019, the Ohio Legislature passed HB 12, which bans the procedure. A court struck "
        "the law down. The states ask for the final word on whether a duly enacted law may be "
        "abandoned by one official. The health director had defended the law in court."
    )
    laws = [(t, a) for t, a, anaphor in _found(text) if anaphor and t == "the law"]
    assert laws == [("the law", "state:oh:bill:hb12"), ("the law", "state:oh:bill:hb12")]


def test_the_bill_of_a_signed_act_is_its_bill_number() -> None:
    # act_bills.csv: the bill each act was passed as
    text = (
        "The President signed the Great American Outdoors Act on Tuesday. The bill had passed "
        "the Senate 73-25 in June."
    )
    assert ("The bill", "bill:116:hr:1957", True) in _found(text, "2020-08-05")


def test_a_state_bills_quoted_nickname_beside_its_number() -> None:
    text = (
        "Texas lawmakers passed House Bill 17, also known as the “Main Street bill,” in May. "
        "Georgia's Senate Bill 9, dubbed the “Clean Slate law,” took effect in July."
    )
    found = _found(text)
    assert ("Main Street bill", "state:tx:bill:hb17", False) in found
    assert ("Clean Slate law", "state:ga:bill:sb9", False) in found
    # a quoted name that is no bill's or law's is left alone
    assert [t for t, _, _ in _found('Ohio passed Senate Bill 5, also known as the "reform."')] == [
        "Senate Bill 5"
    ]


def test_a_state_named_before_law_picks_that_states_described_laws() -> None:
    text = (
        "The justices upheld a Tennessee law banning some treatments, such as puberty "
        "blockers and hormone therapy, for transgender minors."
    )
    assert [a for _, a, _ in _found(text) if a and a.startswith("state:")] == ["state:tn:bill:sb1"]
    text = "Critics attacked the Tennessee law restricting gender-affirming care for minors."
    assert [a for _, a, _ in _found(text)] == ["state:tn:bill:sb1"]
    # a capitalised word that is no state's name is not a state's law, nor Congress's
    assert _found("Historians compared a Roman law restricting hormone therapy for minors.") == []
