"""Generic words read as law names, twenty-fourth session: a case's short name that is its
town ("City of Grants Pass v. Johnson" → "Grants Pass") standing as the town, which a later
"the case" still refers back to; an indefinite
article before a rule's lowercase name ("an asylum ban"); a generic plural after a modal
("the agency cannot issue arbitrary rules"). Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-03-10"
GRANTS_PASS = "City of Grants Pass v. Johnson"
ASYLUM_BAN_2018 = "fr:83:55934"  # the 2018 asylum ban (rules.csv alias "asylum ban")
NONCOMPETE = "fr:89:38342"  # the FTC's 2024 non-compete rule


def _cases(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, DATE) if m.kind == "case"]


def _regs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "regulation"]


# --- a case's short name that is its town --------------------------------------------------


def test_the_town_told_as_a_city_is_no_case() -> None:
    text = (
        "The justices decided City of Grants Pass v. Johnson in June. "
        "Grants Pass is a city of 38,000 residents in the Rogue Valley."
    )
    found = _cases(text)
    assert ("City of Grants Pass v. Johnson", GRANTS_PASS) in found
    assert ("Grants Pass", GRANTS_PASS) not in found


def test_residents_in_the_town_are_no_case() -> None:
    text = (
        "The high court's ruling came in a case from Oregon. Shelters in Grants Pass are full, "
        "and homeless residents in Grants Pass say little has changed."
    )
    assert not [t for t, n in _cases(text) if n == GRANTS_PASS]


def test_the_case_after_the_town_is_the_towns_case() -> None:
    text = (
        "The Supreme Court on Friday upheld a ban on camping in public parks. Grants Pass is "
        "a city of 38,000 people in Oregon. The mayor said the town could not enforce its "
        "ordinances while the case was pending."
    )
    found = _cases(text)
    assert ("the case", GRANTS_PASS) in found
    assert ("Grants Pass", GRANTS_PASS) not in found


def test_the_case_after_another_town_is_no_case() -> None:
    text = (
        "The Supreme Court on Friday upheld a ban on camping in public parks. Medford is "
        "a city of 38,000 people in Oregon. The mayor said the town could not enforce its "
        "ordinances while the case was pending."
    )
    assert not _cases(text)


def test_the_town_short_name_with_a_case_word_is_still_the_case() -> None:
    text = "Cities have cleared camps since the Grants Pass ruling last summer."
    assert any(n == GRANTS_PASS and "Grants Pass" in t for t, n in _cases(text))


def test_a_short_name_after_since_stays_the_case() -> None:
    text = (
        "The justices decided City of Grants Pass v. Johnson in June. Since Grants Pass, "
        "cities have cleared camps."
    )
    assert ("Grants Pass", GRANTS_PASS) in _cases(text)


# --- an indefinite article before a rule's lowercase name ---------------------------------


def test_an_asylum_ban_in_a_quote_is_no_rule() -> None:
    text = 'The lawyer said: "An asylum ban is plainly illegal, whoever issues it."'
    assert not [a for t, a in _regs(text) if a == ASYLUM_BAN_2018]


def test_the_administrations_asylum_ban_is_still_the_rule() -> None:
    text = "In 2018 a judge blocked the Trump administration's asylum ban at the southern border."
    assert any(a == ASYLUM_BAN_2018 for t, a in _regs(text))


# --- a generic plural after a modal is not the agency's rule ------------------------------

_FTC_LEAD = (
    "A federal judge in Texas set aside the Federal Trade Commission's rule to ban "
    "noncompete agreements in employment. "
)


def test_a_modal_before_a_plural_rules_is_no_rule() -> None:
    text = _FTC_LEAD + "Put simply, the FTC cannot issue arbitrary and capricious rules."
    regs = _regs(text)
    assert any(a == NONCOMPETE for t, a in regs)
    assert not [t for t, a in regs if "capricious" in t]


def test_the_agencys_rule_still_found_after_the_fix() -> None:
    text = _FTC_LEAD + "Employers had prepared for the FTC's noncompete rule for months."
    assert any(a == NONCOMPETE and t.endswith("noncompete rule") for t, a in _regs(text))


def test_an_agency_issuing_a_named_rule_is_still_the_rule() -> None:
    text = "In 2018 the administration issued an asylum ban for migrants crossing between ports."
    assert any(a == ASYLUM_BAN_2018 for t, a in _regs(text))
