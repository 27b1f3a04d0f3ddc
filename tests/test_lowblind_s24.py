"""Shapes behind the misses of the lowest readable sets (twenty-fourth session; blind27,
blind14, blind32): a rule referred back to by its year after the rule passes that run late, a
bill's full title given after its number, a suit phrase among suits of one order.

The sentences are our own, in the shapes news uses; each test states what a reader sees: the
id or caption a phrase links to, or no link at all.
"""

from __future__ import annotations

from conftest import mentions
from linker.load import article_date


def found(text: str, date: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.authority) for m in mentions(text, date)]


# --- a rule told in words, then "the YEAR finding" ------------------------------------------

_FINDING = (
    "A coalition of health and environmental groups sued the Environmental Protection Agency "
    "on Wednesday, challenging the reversal of a scientific finding that has long been the "
    "basis for U.S. rules on greenhouse gas emissions. A rule finalized by the EPA last week "
    "revokes a 2009 government statement on those gases. The legal challenge, filed in the "
    "U.S. Court of Appeals for the District of Columbia Circuit, calls the rule unlawful. "
    "The 2009 finding, the groups said, rests on decades of research, said a lawyer at the "
    "Environmental Law & Policy Center."
)


def test_the_year_of_a_rule_told_in_words_refers_back_to_it() -> None:
    assert ("The 2009 finding", "regulation", "fr:74:66496") in found(_FINDING, "2026-02-20")


def test_a_year_no_rule_named_before_was_published_in_links_nothing() -> None:
    text = _FINDING.replace("The 2009 finding", "The 2011 finding")
    assert [f for f in found(text, "2026-02-20") if f[0] == "The 2011 finding"] == []


def test_a_courts_dated_finding_is_no_rule() -> None:
    text = _FINDING.replace(
        "The 2009 finding, the groups said,", "The 2009 finding of the appeals court"
    )
    assert [f for f in found(text, "2026-02-20") if f[0] == "The 2009 finding"] == []


# --- a bill's full title after its number --------------------------------------------------

_BILLS = (
    "Bills signed into law this fall\n\n"
    "Harbor Safety Act of 2024 (HR 9106) – This bipartisan bill tells the Coast Guard to "
    "inspect small ports. It was signed into law on Oct. 1.\n\n"
    "COCOA Act of 2024 (HR 6513) – This bipartisan Act, titled the Confirmation of "
    "Congressional Observer Access Act, was introduced in November. The bill requires states "
    "to name election observers. Officials may remove an observer who breaks the rules of "
    "the bill."
)


def test_a_full_title_given_after_the_number_is_that_bill() -> None:
    got = found(_BILLS, "2024-12-01")
    assert (
        "Confirmation of Congressional Observer Access Act",
        "bill",
        "bill:118:hr:6513",
    ) in got
    assert ("This bipartisan Act", "bill", "bill:118:hr:6513") in got


def test_the_bill_after_the_full_title_is_that_bill_not_the_first() -> None:
    got = [f for f in found(_BILLS, "2024-12-01") if f[0] == "the bill"]
    assert got == [("the bill", "bill", "bill:118:hr:6513")]


def test_a_title_told_of_another_thing_is_no_name_of_the_bill() -> None:
    text = _BILLS.replace(
        "This bipartisan Act, titled the Confirmation of Congressional Observer Access Act,",
        "This bipartisan Act, unlike the Confirmation of Congressional Observer Access Act,",
    )
    got = [f for f in found(text, "2024-12-01") if f[0].startswith("Confirmation of Congressional")]
    assert all(f[2] != "bill:118:hr:6513" for f in got)


# --- a suit phrase among suits of one order: who its own sentence names --------------------


def suits(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "case"]


_BRIEF = (
    "A college radio station said it had joined the court filing.\n\n"
    "Twenty NPR member stations signed a friend-of-the-court brief in the lawsuit that seeks "
    "to stop the Trump administration’s executive order to defund public media.\n\n"
    "The order would cut money for NPR and PBS stations across the country, the brief says."
)


def test_the_suit_whose_party_its_own_sentence_names_wins_a_tie() -> None:
    assert ("the lawsuit", "National Public Radio, Inc. v. Trump") in suits(_BRIEF, "2025-06-23")


def test_two_suits_whose_parties_one_sentence_names_link_no_caption() -> None:
    text = _BRIEF.replace("Twenty NPR member stations", "Twenty NPR and PBS member stations")
    got = [s for s in suits(text, "2025-06-23") if s[0] == "the lawsuit"]
    assert all(name is None for _t, name in got)


def test_a_suit_of_the_order_with_no_party_named_beside_it_links_no_caption() -> None:
    text = _BRIEF.replace("Twenty NPR member stations", "Twenty member stations").replace(
        "for NPR and PBS stations", "for stations"
    )
    got = [s for s in suits(text, "2025-06-23") if s[0] == "the lawsuit"]
    assert all(name is None for _t, name in got)


# --- "Since … on DATE": the start of a period, not the story's date ------------------------


def test_a_date_after_since_does_not_date_the_story() -> None:
    text = (
        "Update on challenges to the new orders\n\n"
        "Since the governor took office on March 4, 2025, she has signed forty orders.\n"
    )
    assert article_date(text) is None


def test_a_later_date_of_the_opening_still_dates_it_after_a_since() -> None:
    text = (
        "Since the governor took office on March 4, 2025, she has signed forty orders. "
        "On June 9, 2025, a court blocked two of them.\n"
    )
    assert article_date(text) == "2025-06-09"


def test_a_sentence_date_with_no_since_still_dates_it() -> None:
    text = "On March 4, 2025, the governor took office and signed forty orders.\n"
    assert article_date(text) == "2025-03-04"


# --- two suits of one court tied: the one over the law its own sentence names ---------------

_ORDERS = (
    "Legal challenges to the new orders\n\n"
    "Executive Order 14151 and Executive Order 14173 aim to end DEI programs in agencies "
    "and among contractors.\n\n"
    "A lawsuit was filed in federal district court in Maryland alleging that the executive "
    "orders are unconstitutional and chill speech.\n\n"
    "Executive Order 14160 would end birthright citizenship for some children born in the "
    "United States."
)


def test_a_tie_of_one_courts_suits_goes_to_the_one_over_the_law_its_sentence_names() -> None:
    got = [s for s in suits(_ORDERS) if s[0] == "A lawsuit"]
    assert got == [
        ("A lawsuit", "National Association of Diversity Officers in Higher Education v. Trump")
    ]


def test_no_law_named_in_the_suits_sentence_leaves_the_tie_unlinked() -> None:
    text = _ORDERS.replace(
        "alleging that the executive orders are unconstitutional and chill speech",
        "alleging harm to many people",
    )
    got = [s for s in suits(text) if s[0] == "A lawsuit"]
    assert all(name is None for _t, name in got)


# --- "this standard" after the rule's own back-reference -------------------------------------

_HEAT = (
    "On August 30, 2024, OSHA released a proposed rule aimed at protecting workers from "
    "heat-related injuries and illnesses. This new standard would apply to employers with "
    "indoor and outdoor work. If adopted, this standard would require employers to write a "
    "plan for heat hazards."
)


def test_this_standard_after_the_rules_new_standard_is_that_rule() -> None:
    got = [f for f in found(_HEAT, "2024-09-10") if f[0] == "this standard"]
    assert got == [("this standard", "regulation", "fr:89:70698")]


def test_the_standard_alone_is_still_too_often_anothers() -> None:
    text = _HEAT.replace("this standard would require", "the standard would require")
    assert [f for f in found(text, "2024-09-10") if f[0] == "the standard"] == []


# --- a section news calls an exemption, and "this exemption" ---------------------------------

_EXEMPT = (
    "The Labor Department raised the salary level under the Fair Labor Standards Act (FLSA). "
    "The FLSA white-collar exemptions apply to executive and professional staff. To qualify "
    "for this exemption, a worker must earn at least the standard salary level, and the "
    "exemption then bars overtime claims."
)


def test_the_white_collar_exemptions_of_the_flsa_are_its_section_213() -> None:
    got = found(_EXEMPT, "2024-05-01")
    assert ("white-collar exemptions", "statute", "usc:29:213") in got
    assert ("this exemption", "statute", "usc:29:213") in got


def test_white_collar_exemptions_with_no_flsa_in_the_article_are_nothing() -> None:
    text = (
        "The state's new rules narrow the white-collar exemptions for managers. To qualify "
        "for this exemption, a manager must supervise two workers."
    )
    assert [f for f in found(text, "2024-05-01") if "exemption" in f[0]] == []


def test_an_exemption_from_something_names_its_own() -> None:
    text = _EXEMPT.replace("To qualify for this exemption,", "To win the exemption from taxes,")
    text = text.replace("and the exemption then bars overtime claims", "and claims end")
    assert [f for f in found(text, "2024-05-01") if f[0] == "the exemption"] == []


# --- two captions of one case heard together ------------------------------------------------


def cases(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, "2025-06-27") if m.kind == "case"]


def test_this_case_after_two_captions_of_one_case_is_the_lead_case() -> None:
    text = (
        "Case name: Ohio v. Brandt; Miller v. Brandt\n\n"
        "This case began with a map the state drew after the census."
    )
    assert ("This case", "Ohio v. Brandt") in cases(text)


def test_this_case_after_two_different_cases_is_not_the_first() -> None:
    text = (
        "Case name: Ohio v. Brandt; Miller v. Carter\n\n"
        "This case began with a map the state drew after the census."
    )
    assert ("This case", "Ohio v. Brandt") not in cases(text)


def test_a_filing_in_the_case_after_the_suit_is_that_suit() -> None:
    text = _BRIEF + "\n\nA separate court filing in the case cites the station's reporting."
    assert ("the case", "National Public Radio, Inc. v. Trump") in suits(text, "2025-06-23")


def test_in_this_case_stays_an_idiom() -> None:
    text = _BRIEF + "\n\nIn this case, the station said, the stakes are high."
    assert [s for s in suits(text, "2025-06-23") if s[0] == "this case"] == []


# --- rights the U.S. Constitution gives, told by name ----------------------------------------


def test_equal_protection_rights_after_the_us_constitution_are_the_clause() -> None:
    text = (
        "A federal judge agreed that it would violate the U.S. Constitution to discard the "
        "ballots. Removing votes months later would damage the equal protection rights of "
        "the voters, he wrote."
    )
    got = [f for f in found(text, "2025-05-05") if f[1] == "constitution"]
    assert got == [("the equal protection rights", "constitution", "const:amendment:14:section:1")]


def test_equal_protection_rights_with_no_us_constitution_named_stay_unlinked() -> None:
    text = (
        "The state supreme court said the map may harm the equal protection rights of voters "
        "under the state charter."
    )
    assert [f for f in found(text, "2025-05-05") if f[1] == "constitution"] == []


# --- "a lower court decision" the Supreme Court and the appeals court both left in place ------

_KEPT = (
    "The Supreme Court on Wednesday left in place a block on a new Florida immigration law, "
    "with the justices declining to pause a lower court decision that stopped it from taking "
    "effect. The law, SB 4-C, was challenged in a lawsuit brought by the Florida Immigrant "
    "Coalition and the Farmworker Association of Florida. After the ruling, the preliminary "
    "injunction issued by U.S. District Judge Kathleen Williams will remain in place. In "
    "June, a federal appeals court in Atlanta declined to pause that decision."
)


def test_a_lower_court_decision_both_higher_courts_left_in_place_is_the_trial_courts() -> None:
    got = [m.court for m in mentions(_KEPT, "2025-07-09") if m.text.startswith("a lower court")]
    assert got == ["flsd"]


def test_a_lower_court_decision_the_appeals_court_upheld_stays_unplaced() -> None:
    text = _KEPT.replace("declined to pause that decision", "upheld that decision")
    got = [m.court for m in mentions(text, "2025-07-09") if m.text.startswith("a lower court")]
    assert got in ([None], [])
