"""Ruling predicates no pass read, and over-read figures, twenty-fourth session: several
predicates of one court subject ("the justices sided with A, revived B, and struck down C";
"paused the rule … and then on DATE, citing X, vacated it"), "is/became the Nth court to
uphold", a hyphenated word inside "dealt … a blow", "an order of the COURT"; a court's term
told in figures, a bill wished for, an agency's initials after "X v. AGENCY". Sentences of our
own in the shapes of news."""

from __future__ import annotations

from conftest import mentions, rulings

DATE = "2025-09-01"


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text, DATE)]


def _kind(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == kind]


# --- several predicates of one court subject ------------------------------------------

_LIST = (
    "In a busy final week the justices sided with a teachers' union over its dues, revived "
    "a rancher's takings claim against the county, struck down a city's parking surcharge, "
    "and upheld a levy funding rural clinics."
)


def test_each_item_of_a_list_of_predicates_is_a_ruling_of_the_court() -> None:
    found = _rulings(_LIST)
    assert ("the justices sided with a teachers' union over its dues", "scotus") in found
    assert ("revived a rancher's takings claim against the county", "scotus") in found
    assert ("struck down a city's parking surcharge", "scotus") in found
    assert any(t.startswith("upheld a levy") and c == "scotus" for t, c in found)


def test_the_first_clause_ends_where_the_list_goes_on() -> None:
    first = [t for t, _ in _rulings(_LIST) if t.startswith("the justices")]
    assert first == ["the justices sided with a teachers' union over its dues"]


def test_a_list_after_a_relative_clause_is_not_read_as_the_courts() -> None:
    # the verbs after "who …" may be the parents', not the court's
    text = (
        "The Supreme Court sided with parents who sued the district, revived their claim, "
        "and struck down the policy."
    )
    assert not any(t.startswith("revived") for t, _ in _rulings(text))


def test_a_second_ruling_after_and_then_with_a_date_and_a_participle() -> None:
    text = (
        "On June 3, 2024, a Ninth Circuit panel paused the rule to weigh the agency's new "
        "arguments and then on July 9, 2024, citing a new precedent, vacated the guidance "
        "in full."
    )
    found = _rulings(text)
    # (twenty-fifth session: "the guidance" is a law's noun, its own mention, census30 P8)
    assert ("vacated", "ca9") in found
    assert any(t.endswith("panel paused") or "paused the rule" in t for t, _ in found)


def test_a_bare_and_between_two_verbs_stays_one_ruling() -> None:
    # "blocked the rule and ordered …" is one ruling told with two verbs
    text = "A Ninth Circuit panel blocked the rule and ordered the agency to restore the grants."
    assert not any(t.startswith("ordered") for t, _ in _rulings(text))


# --- "is/became the Nth court to VERB" -------------------------------------------------


def test_the_latest_court_to_uphold() -> None:
    text = "The Denver-based Tenth Circuit is the latest appeals court to uphold a county's ban."
    assert any(
        "is the latest appeals court to uphold" in t and c == "ca10" for t, c in _rulings(text)
    )


def test_became_the_third_court_to_strike_down() -> None:
    text = "The Tenth Circuit became the third appeals court to strike down a similar ordinance."
    assert any("became the third appeals court to strike down" in t for t, _ in _rulings(text))


def test_the_first_court_to_hear_is_no_ruling() -> None:
    text = "The Tenth Circuit is the first appeals court to hear a challenge to the ordinance."
    assert _rulings(text) == []


def test_a_short_head_inside_a_longer_verb_does_not_hide_it() -> None:
    # ("is", a head of the frame above, stands inside "dismissed")
    assert _rulings("A federal judge in Oregon dismissed the lawsuit on Monday.") == [
        ("A federal judge in Oregon dismissed the lawsuit on Monday", "ord")
    ]


# --- a hyphenated word inside a phrase pattern; "maintained a fee" ----------------------


def test_dealt_a_hyphenated_object_a_blow() -> None:
    text = "The Fourth Circuit on Monday dealt rent-stabilized tenants another blow."
    assert any(t.endswith("dealt rent-stabilized tenants another blow") for t, _ in _rulings(text))


def test_maintained_a_fee_is_a_ruling_but_not_maintained_its_majority() -> None:
    assert _rulings("The Supreme Court maintained a fee that funds rural broadband.")
    assert _rulings("The Ohio Supreme Court maintained its conservative majority.") == []


# --- "an order of the COURT" ------------------------------------------------------------


def test_an_order_of_the_court_after_by_names_its_court() -> None:
    text = (
        "The rule never took effect: it was paused, first by an order of the Eleventh Circuit "
        "entered over the agency's objection, and then by the agency itself."
    )
    assert ("an order of the Eleventh Circuit", "ca11") in _rulings(text)


def test_a_stay_of_the_courts_order_is_not_an_order_of_the_court() -> None:
    text = "The agency asked for a stay of the Eleventh Circuit's order."
    assert not any(t.startswith("a stay of") for t, _ in _rulings(text))


# --- a court's term in figures ----------------------------------------------------------

_TERM = (
    "The state's highest court wrapped up its term with a series of decisions. The court "
    "issued a total of 31 opinions this term, up from last year. The court split 5-2 only "
    "four times. Over the past decade the court has split 5-2 in an average of 40% of cases "
    "each term. The justices ruled unanimously in 55 percent of cases."
)


def test_a_courts_term_in_figures_is_no_ruling() -> None:
    assert _rulings(_TERM) == []


def test_a_split_vote_in_one_case_stays_a_ruling() -> None:
    text = "The Wisconsin Supreme Court split 4-3 on Friday in the abortion case."
    assert _rulings(text)


# --- a bill wished for; an agency's initials --------------------------------------------


def test_a_bill_wished_for_is_not_the_named_bill() -> None:
    text = (
        "Gov. Dan Pike vetoed Senate Bill 12, which would ban hemp-derived products. "
        '"Ohio needs a bill that is workable and protects farmers," Pike said.'
    )
    statutes = _kind(text, "statute")
    assert ("Senate Bill 12", "state:oh:bill:sb12") in statutes
    assert not any(t.startswith("a bill") for t, _ in statutes)


def test_the_same_description_not_wished_for_still_links() -> None:
    text = (
        "Gov. Dan Pike vetoed Senate Bill 12, which would ban hemp-derived products. "
        '"Ohio passed a bill that is workable and protects farmers," Pike said.'
    )
    assert ("a bill that is", "state:oh:bill:sb12") in _kind(text, "statute")


_AGENCY_CASE = "In Liberty Energy Inc. v. SEC, the Fifth Circuit paused the climate rule. "


def test_an_agencys_initials_are_the_agency_not_the_case() -> None:
    text = _AGENCY_CASE + "Critics said the rule broke with decades of SEC policy."
    assert not any(t == "SEC" for t, _ in _kind(text, "case"))


def test_an_agencys_initials_beside_a_case_word_are_the_case() -> None:
    text = _AGENCY_CASE + "Lawyers cited the SEC case often."
    assert any(t == "the SEC case" for t, _ in _kind(text, "case"))
