"""Wrong links a census found (nineteenth session, issue 13): a federal act's quoted nickname
is not the one state bill the article names; a year before a rule's name picks the row of that
year; a Commonwealth caption (its neutral citation, "Minister for …" parties, judges styled
"Smith J") is no U.S. case, nor "The decision" after it; a ruling a court "issued" ends at its
noun. Made-up sentences in the shapes news prints."""

from __future__ import annotations

from conftest import mentions, rulings


def by_text(text: str, date: str | None = None) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date)}


# --- P1: a federal act's quoted nickname beside the one state bill

STATE_BILL = (
    ' In its 2025 session, the legislature passed Montana\'s Senate Bill 44 ("SB 44"), which '
    "also targeted Medicaid. The differences between the OBBBA and SB 44 are small."
)


def test_a_quoted_federal_act_name_is_the_act_not_the_state_bill() -> None:
    got = by_text(
        'On July 4, 2025, Public Law 119-21, commonly called the "One Big Beautiful Bill" '
        '("OBBBA") became law. The OBBBA cuts Medicaid.' + STATE_BILL
    )
    assert got["Public Law 119-21"] == "publ:119-21"
    assert got["One Big Beautiful Bill"] == "publ:119-21"
    assert got["OBBBA"] == "publ:119-21"
    assert got["SB 44"] == "state:mt:bill:sb44"


def test_a_formal_citation_is_never_given_to_the_state_bill() -> None:
    got = by_text(
        'Public Law 119-21, the "Big Beautiful Bill" ("OBBBA"), passed in July.' + STATE_BILL
    )
    assert got["Public Law 119-21"] == "publ:119-21"
    assert got["OBBBA"] == "publ:119-21"


def test_an_unknown_nickname_right_after_a_public_law_is_that_law() -> None:
    got = by_text(
        'On March 3, 2031, Public Law 121-45, often referred to as the "Harbor Cleanup Bill" '
        '("HCB") was signed into law. The HCB is broad. In the 2030 session, the legislature '
        'passed Vermont\'s House Bill 212 ("HB 212"), which targeted dredging.'
    )
    assert got["Harbor Cleanup Bill"] == "publ:121-45"
    assert got["HCB"] == "publ:121-45"
    assert got["House Bill 212"] == "state:vt:bill:hb212"


def test_a_state_bills_own_quoted_nickname_is_still_the_state_bill() -> None:
    got = by_text(
        "Texas Gov. Greg Abbott signed Senate Bill 8 on Friday. Critics call the so-called "
        '"bathroom bill" cruel.'
    )
    assert got['the so-called "bathroom bill"'] == "state:tx:bill:sb8"


def test_a_federal_name_a_state_owns_in_quotes_stays_the_states() -> None:
    got = by_text(
        'Oregon Gov. Kate Brown signed House Bill 2177 in 2015. Oregon\'s "motor voter law" '
        "has registered thousands."
    )
    assert got['Oregon\'s "motor voter law"'] == "state:or:bill:hb2177"


def test_an_act_name_after_a_public_law_often_referred_to_as() -> None:
    got = by_text(
        "On March 3, 2031, Public Law 121-45, often referred to as the Clean Harbors Renewal "
        "Act (CHRA), was signed into law. The CHRA is broad."
    )
    assert got["Clean Harbors Renewal Act"] == "publ:121-45"
    assert got["CHRA"] == "publ:121-45"


# --- P2: the year before a rule's name picks the row of that year


def test_the_year_before_a_rules_short_name_picks_that_years_row() -> None:
    text = (
        "The agency's 2024 Open Internet Order (Order) was challenged in court. This Order, "
        "adopted in April, reclassified broadband."
    )
    got = {m.text: m.authority for m in mentions(text, "2025-06-01") if m.kind == "regulation"}
    assert got["2024 Open Internet Order"] == "fr:89:45404"
    assert got["This Order"] == "fr:89:45404"


def test_the_short_name_alone_keeps_its_own_row() -> None:
    text = "The 2015 Open Internet Order reclassified broadband as a telecommunications service."
    got = {m.text: m.authority for m in mentions(text, "2016-06-01") if m.kind == "regulation"}
    assert got["2015 Open Internet Order"] == "fr:80:19737"


# --- P11: a Commonwealth caption and what refers back to it


def test_a_caption_with_a_bracketed_neutral_citation_is_foreign() -> None:
    text = (
        "The background is the decision in QRT5 v Minister for Ports, Fisheries and Coastal "
        "Affairs [2029] XYCA 12 late that year. The decision limited detention."
    )
    assert not [m for m in mentions(text) if m.kind in ("case", "ruling")]


def test_a_caption_against_a_foreign_commonwealth_with_a_judge_styled_j() -> None:
    text = (
        "Later, in LMN22 v Commonwealth of Freedonia [2030] XFC 9, Smith J held that the "
        "refusal did not matter.\n\nPQR v Minister for Harbours, Roads and Transport "
        "[2030] XFC 88 (Jones J)\n\nThe court agreed."
    )
    assert not [m for m in mentions(text) if m.kind == "case"]


def test_a_us_commonwealth_caption_is_still_a_case() -> None:
    text = "In Smith v. Commonwealth of Kentucky, the state's high court ruled for the defendant."
    assert any(m.kind == "case" for m in mentions(text))


# --- P3: a ruling a court issued ends at its noun


def test_an_issued_ruling_ends_before_the_lawsuit_it_was_given_in() -> None:
    text = (
        "A judge has issued her ruling in a lawsuit accusing the county board of illegally "
        "closing its meetings."
    )
    got = rulings(text)
    assert [m.text for m in got] == ["A judge has issued her ruling"]


def test_an_issued_ruling_ends_before_the_rule_it_vacated() -> None:
    text = (
        "The Federal Communications Commission's 2024 Open Internet Order was stayed. On "
        "January 2, the 6th Circuit issued a ruling setting aside the Order, finding that "
        "broadband was an information service."
    )
    got = mentions(text, "2025-03-01")
    assert any(m.kind == "ruling" and m.text == "the 6th Circuit issued a ruling" for m in got)
    assert any(m.kind == "regulation" and m.text == "the Order" for m in got)


def test_a_stay_of_a_rule_being_issued_by_a_court_is_that_courts_ruling() -> None:
    text = (
        "The agency's 2024 Open Internet Order drew opposition, culminating in a stay of the "
        "Order being issued by the U.S. Court of Appeals for the 6th Circuit."
    )
    got = rulings(text, "2025-03-01")
    assert [(m.text, m.court) for m in got] == [("a stay of the Order", "ca6")]


def test_a_stay_that_was_granted_by_a_court_keeps_its_clause() -> None:
    text = "Later, a stay of the rule was granted by the 5th Circuit."
    got = rulings(text, "2025-03-01")
    assert [m.court for m in got] == ["ca5"]
    assert not any(m.text.endswith(" of") for m in got)
