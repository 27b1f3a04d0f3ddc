"""Twenty-seventh session (census36 P1, P11): bare "the order" after both a president's order
and a court's ruling, decided by what the order is said to do; a suit with no table row told
as "X filed a lawsuit … asked the Y Court …" and what refers back to it. Sentences of our own
in the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-04-28"

# a judge's injunction told between the president's order and "the order"
_UNIONS = (
    "On Friday a judge in Washington halted President Donald Trump's executive order that "
    "strips most federal employees of collective bargaining. U.S. District Judge Paul "
    "Friedman granted a preliminary injunction in a lawsuit filed by the National Treasury "
    "Employees Union. "
)


def _orders(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (m.text, m.kind, m.authority, m.court)
        for m in mentions(text, DATE)
        if m.text.lower() == "the order"
    ]


def test_the_order_that_would_violate_rights_is_the_presidents() -> None:
    text = _UNIONS + "Union leaders warned the order would also violate the staff's rights."
    assert _orders(text) == [("the order", "executive-action", "eo:14251", None)]


def test_the_order_to_be_implemented_is_the_presidents() -> None:
    text = _UNIONS + "If the order is implemented, thousands of workers lose their contracts."
    assert _orders(text) == [("the order", "executive-action", "eo:14251", None)]


def test_the_order_that_exempts_agencies_is_the_presidents() -> None:
    text = _UNIONS + "Critics noted that the order exempts several departments from talks."
    assert _orders(text) == [("the order", "executive-action", "eo:14251", None)]


def test_the_order_that_remains_in_effect_pending_the_suit_is_the_courts() -> None:
    text = _UNIONS + "The order will remain in effect while the case proceeds."
    assert _orders(text) == [("The order", "ruling", None, "dcd")]


# --- suits of lawsuits.csv told by a noun phrase -------------------------------------------


def _suits(text: str, date: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.court) for m in mentions(text, date) if m.kind == "case"]


_TREASURY = (
    "United States Department of the Treasury v. National Treasury Employees Union Chapter 73"
)


def test_its_own_lawsuit_against_the_union_is_not_the_unions_suit() -> None:
    text = (
        _UNIONS + "In Kentucky, the Treasury Department brought its own lawsuit against the "
        "NTEU over a contract for tax agency staff."
    )
    found = _suits(text, DATE)
    assert ("its own lawsuit", _TREASURY, "kyed") in found
    assert ("a lawsuit", "National Treasury Employees Union v. Trump", "dcd") in found


def test_a_suit_against_the_plaintiff_of_the_only_fitting_row_is_left_unlinked() -> None:
    # the union's own suit is the only row told; a suit against the union is another one
    text = (
        _UNIONS + "A business group then filed its own lawsuit against the National Treasury "
        "Employees Union over the same order."
    )
    assert not [f for f in _suits(text, DATE) if f[0] == "its own lawsuit"]


_SECTION_122 = (
    "On Thursday two dozen states brought a lawsuit over the president's new 10% global "
    "tariffs. In the U.S. Court of International Trade, the states say the duties, imposed "
    "under Section 122 of the Trade Act of 1974, exceed his power. The legal challenge comes "
    "two weeks after the justices struck down his earlier tariffs."
)


def test_the_states_section_122_suit_and_what_refers_back_to_it() -> None:
    found = _suits(_SECTION_122, "2026-03-05")
    assert [(t, c) for t, _n, c in found] == [("a lawsuit", "cit"), ("The legal challenge", "cit")]
    assert {n for _t, n, _c in found} == {"Oregon v. Trump"}


def test_the_section_122_suit_is_not_told_before_it_was_filed() -> None:
    # an article of 2025 cannot tell the suit filed in March 2026
    assert not [f for f in _suits(_SECTION_122, "2025-06-01") if f[2] == "cit"]


# --- a suit no row holds, told with its court: the phrases after it mean it ----------------

_PORT_FEES = (
    "In a separate matter, a coalition of shipping firms filed a lawsuit on Monday seeking to "
    "block new port fees. The firms asked the Court of International Trade to declare the fees "
    "unlawful. Officials said they expected a hearing soon. The lawsuit names the agency's "
    "chairman."
)


def test_a_suit_brought_in_another_court_is_not_the_suit_told_before() -> None:
    found = _suits(_UNIONS + _PORT_FEES, DATE)
    # the union's suit keeps its own phrase; the firms' suit, which no row holds, and "The
    # lawsuit" after it are no mention of the union's suit
    assert found == [("a lawsuit", "National Treasury Employees Union v. Trump", "dcd")]


def test_a_judge_in_another_city_does_not_place_the_suit() -> None:
    # "a district judge in Seattle" after the suit is a ruling's judge, not where it was filed:
    # the union's suit stays linked
    text = (
        "President Donald Trump signed an executive order to end collective bargaining for "
        "most federal workers. The National Treasury Employees Union filed a lawsuit to "
        "challenge the order. On April 25, a district judge in Seattle said he had doubts "
        "about the order."
    )
    assert ("a lawsuit", "National Treasury Employees Union v. Trump", "dcd") in _suits(text, DATE)


# --- rows of lawsuits.csv told without their caption ---------------------------------------


def test_the_trial_court_is_no_trial() -> None:
    text = (
        "The Missouri Supreme Court heard arguments on Wednesday. The ACLU of Missouri, which "
        "represents the plaintiffs in the lawsuit against HB1878, said voters face hurdles. "
        "The state said the plaintiffs could not show the trial court a single voter who was "
        "turned away."
    )
    found = _suits(text, "2025-11-20")
    assert ("the lawsuit", "Missouri State Conference of the NAACP v. State of Missouri", "mo") in (
        found
    )
    assert not [f for f in found if f[0] == "the trial"]


def test_the_order_that_will_block_is_the_court_that_just_ruled() -> None:
    # two courts' rulings told (a judge's and the Supreme Court's): the one told in the
    # sentence before "the order will block" is the court's order meant
    text = (
        "A federal judge in New Hampshire on Thursday blocked President Donald Trump's "
        "executive order ending birthright citizenship. The Supreme Court's decision last "
        "month had limited universal injunctions. Parents of newborns may sue as a class, the "
        "judge said. The court certified the class and entered the injunction at once. Once "
        "in force, the order will block the policy in every state."
    )
    assert ("the order", "ruling", None, "nhd") in [
        (m.text, m.kind, m.authority, m.court) for m in mentions(text, "2025-07-11")
    ]
