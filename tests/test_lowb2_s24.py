"""Low readable sets, twenty-fourth session (s24-lowb2): a landmark's short name told by what
it did to an earlier doctrine ("CASE's burial of DOCTRINE"); an order that curbs a right its
own topics name ("an order that would restrict the right to birthright citizenship") told by
that right; the Citizenship Clause named by the right it guarantees. Sentences of our own in
the shapes of news."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-06-01"
LOPER = "cite:603:us:369"


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.authority) for m in mentions(text, DATE)]


# --- short names told by what the case did ----------------------------------------------


def test_a_short_name_with_its_burial_of_a_doctrine_is_the_case() -> None:
    text = "Agency lawyers worry.\n\nSince Loper Bright's burial of Chevron deference, rules fall."
    assert ("Loper Bright", "case", LOPER) in _found(text)


def test_a_persons_rejection_of_something_is_no_case() -> None:
    text = "Talks stalled.\n\nAfter Henderson's rejection of the offer, the union walked out."
    assert [f for f in _found(text) if f[1] == "case"] == []


# --- an order that curbs a right it is about ----------------------------------------------


def test_an_order_restricting_the_right_its_topics_end_is_that_order() -> None:
    text = (
        "Justices weigh nationwide injunctions.\n\n"
        "Lower courts halted an executive order that would restrict the constitutional right "
        "to birthright citizenship, and the government appealed."
    )
    found = _found(text)
    assert any(k == "executive-action" and a == "eo:14160" for _t, k, a in found)
    assert (
        "the constitutional right to birthright citizenship",
        "constitution",
        "const:amendment:14:section:1",
    ) in found


def test_an_order_said_to_curb_free_speech_is_not_the_free_speech_order() -> None:
    text = (
        "Critics speak out.\n\n"
        "Critics said President Trump's executive order would curb the right to free speech "
        "and religious liberty on campuses."
    )
    assert not any(a == "eo:13798" for _t, _k, a in _found(text))


# --- a court's ruling overturning an agency's act -------------------------------------------


def _rulings(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, DATE) if m.kind == "ruling"]


def test_a_circuit_ruling_overturning_an_agencys_order_is_that_circuits_ruling() -> None:
    text = (
        "Broadband fight ends.\n\n"
        "After the 4th U.S. Circuit Court of Appeals ruling overturning the FTC’s newest "
        "order, the agency said it would not appeal."
    )
    assert ("the 4th U.S. Circuit Court of Appeals ruling", "ca4") in _rulings(text)


def test_a_circuit_ruling_overturning_an_agency_rule_by_initials_is_a_ruling() -> None:
    text = (
        "Utilities cheer.\n\nSince the 8th Circuit ruling overturning the EPA rule, plants "
        "reopened."
    )
    assert ("the 8th Circuit ruling", "ca8") in _rulings(text)


def test_a_decision_overturning_a_landmark_is_still_read_as_the_landmark() -> None:
    text = "Abortion politics.\n\nThe 2022 decision overturning Roe v. Wade reshaped elections."
    found = [(m.text, m.kind) for m in mentions(text, DATE)]
    assert ("Roe v. Wade", "case") in found
    assert not any(kind == "ruling" and "overturning" in t for t, kind in found)


# --- a president's restrictions on a topic ---------------------------------------------------


def _orders(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "executive-action"]


def test_the_presidents_restrictions_on_birthright_citizenship_are_his_order() -> None:
    text = (
        "Court watch.\n\n"
        "A judge in Seattle froze the president’s sweeping restrictions on birthright "
        "citizenship last winter."
    )
    assert (
        "the president’s sweeping restrictions on birthright citizenship",
        "eo:14160",
    ) in _orders(text)


def test_a_policy_description_starts_at_its_owner_not_at_the_sentence_subject() -> None:
    text = "Court watch.\n\nA judge in Boston halted Trump's birthright citizenship restrictions."
    assert ("Trump's birthright citizenship restrictions", "eo:14160") in _orders(text)


def test_restrictions_with_no_owner_tell_no_order() -> None:
    text = (
        "Court watch.\n\n"
        "Advocates expect lawmakers to debate restrictions on birthright citizenship again."
    )
    assert _orders(text) == []


# --- a law described before it is named ------------------------------------------------------


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "statute"]


_LEDE = (
    "Appeals court rules on carry limits\n\n"
    "In a fight over Californian knife rules, an appeals court let stand an order blocking a "
    "disputed law banning the carrying of knives in most city parks.\n\n"
    "Gun owners cheered the order, and a spokesman for the governor said California would keep "
    "defending its rules in court. Lawyers on both sides expect a long fight over where "
    "licensed owners may carry, and several counties have asked for guidance.\n\n"
    "The appeal is set for argument in the spring, and both sides have filed briefs.\n\n"
)


def test_a_law_described_in_the_lede_is_the_law_named_later() -> None:
    text = _LEDE + "The disputed law, Senate Bill 2, took effect in January."
    assert (
        "a disputed law banning the carrying of knives in most city parks",
        "state:ca:bill:sb2",
    ) in _laws(text)


def test_a_law_described_before_another_law_is_named_is_not_tied_past_it() -> None:
    text = (
        _LEDE + "The case also turns on the Gun Control Act of 1968. The disputed law, Senate "
        "Bill 2, took effect in January."
    )
    assert not any(t.startswith("a disputed law") for t, _a in _laws(text))


# --- a ruling told as coming in a case named after it ------------------------------------------


def test_the_next_decision_that_came_in_a_landmark_is_that_courts_ruling() -> None:
    text = (
        "Term in review\n\n"
        "The justices ruled in Trump v. CASA on the last day of the term. The next 6-3 ruling "
        "came in Kennedy v. Braidwood Management, on preventive care."
    )
    found = [(m.text, m.kind, m.court) for m in mentions(text, "2025-07-02")]
    assert ("The next 6-3 ruling", "ruling", "scotus") in found


def test_a_decision_that_came_in_response_to_a_case_is_no_ruling_of_it() -> None:
    text = (
        "Term in review\n\n"
        "The decision came in response to Kennedy v. Braidwood Management, lawyers said."
    )
    found = [(m.text, m.kind) for m in mentions(text, "2025-07-02")]
    assert not any(kind == "ruling" and t.startswith("The decision") for t, kind in found)


# --- an order family's topic after one of its orders is named -------------------------------


def test_a_family_topic_after_the_named_order_is_that_order() -> None:
    text = (
        "Judge pauses layoffs\n\n"
        "A federal judge on Friday blocked President Trump's executive order on agency "
        "reorganization plans and large-scale reductions in force.\n\n"
        "DOGE executive order in court\n"
        "Unions said DOGE had pushed agencies to carry out the executive order in secret."
    )
    found = _orders(text)
    assert found, found
    assert all(a == "eo:14210" for _t, a in found), found


# --- whose freeze a heading means -------------------------------------------------------------


def test_a_heading_freeze_over_a_universitys_story_is_not_the_omb_memo() -> None:
    text = (
        "University wins grant case\n\n"
        "A judge ruled for the school last week.\n"
        "How It Started – From Audit to Funding Freeze\n"
        "Harvard University says its research grants were cut without notice. The school sued."
    )
    assert [t for t, _a in _orders(text) if "Freeze" in t] == []


def test_a_heading_freeze_over_the_memos_story_is_still_the_memo() -> None:
    text = (
        "Agencies react\n\n"
        "Grant recipients scrambled last week.\n"
        "From Memo to Funding Freeze\n"
        "The Office of Management and Budget told agencies to pause grants. States sued."
    )
    assert any("Funding Freeze" in t for t, _a in _orders(text))
