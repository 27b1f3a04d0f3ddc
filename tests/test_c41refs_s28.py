"""Back-references told by description, an executive order told before it is identified, and
act names with a function word in another case (twenty-eighth session, branch s28-c41refs;
census41 P3, P10, P15): sentences of our own in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions


def _found(text: str, date: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.kind, m.text, m.authority) for m in mentions(text, date)]


# --- P15: an act's name with a function word in another case ------------------------------


def test_act_name_with_a_lower_case_function_word_is_the_act() -> None:
    text = (
        "The Senate passed the Take It Down Act last week. Speaking at the White House, the "
        "first lady said that by passing the Take it Down Act, Congress would protect teens."
    )
    found = [(t, a) for k, t, a in _found(text, "2025-04-28") if k in ("bill", "statute")]
    assert ("Take it Down Act", "bill:119:s:146") in found


def test_act_name_with_a_content_word_in_lower_case_is_not_the_act() -> None:
    text = (
        "The Senate passed the Take It Down Act last week. Activists said the take it down "
        "act of the platforms was too slow, and the Take it down Act had nothing to say."
    )
    texts = [t for k, t, a in _found(text, "2025-04-28") if k in ("bill", "statute")]
    assert "take it down act" not in [t.lower() for t in texts if t != "Take It Down Act"]


# --- P3: ruling nouns told by how they are written, where they were given ------------------


def _ruling_courts(text: str, date: str = "2025-06-02") -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def test_opinion_in_a_named_district_court_is_the_judges_ruling_told_again() -> None:
    text = (
        "A federal judge in Boston on Friday struck down the agency's grant cuts as unlawful. "
        "“The record here is plain!” wrote Judge William Young in the blistering, "
        "footnote-heavy opinion in U.S. District Court in Boston."
    )
    found = _ruling_courts(text)
    assert ("the blistering, footnote-heavy opinion", "mad") in found, found


def test_judge_with_an_appositive_writes_in_an_opinion_of_the_judges_court() -> None:
    text = (
        "Hospitals had sued over the new reimbursement formula in March. “This case turns on "
        "the statute's plain words,” U.S. District Judge William Young, a Reagan appointee, "
        "wrote in a 41-page opinion."
    )
    found = _ruling_courts(text)
    assert ("a 41-page opinion", "mad") in found, found


def test_a_party_with_an_appositive_writing_in_an_opinion_piece_is_no_ruling() -> None:
    text = (
        "Hospitals had sued over the new reimbursement formula in March. Jane Roe, a hospital "
        "lobbyist, wrote in a 900-word opinion column that the formula was unfair."
    )
    assert _ruling_courts(text) == []


# --- P3: "a law that VERBed …" after the law it tells again --------------------------------


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text) if m.kind == "statute"]


_AZ = (
    "In Arizona, the state's highest court on Tuesday revived a territorial-era abortion ban "
    "first written in 1864. "
)


def test_a_law_that_did_what_the_law_before_it_does_is_that_law() -> None:
    text = _AZ + (
        "The justices thereby reinstated a law that outlawed nearly every abortion in the "
        "state, and doctors said they would stop providing care. Lawmakers later repealed the "
        "outdated ban."
    )
    found = _statutes(text)
    told = "a law that outlawed nearly every abortion in the state"
    assert (told, "state:az:ars:13-3603") in found, found
    assert ("the outdated ban", "state:az:ars:13-3603") in found, found


def test_a_similar_law_is_another_law() -> None:
    text = _AZ + "Days later a judge in another state blocked a similar law that outlawed abortion."
    assert not any(t.startswith("a similar law") for t, _ in _statutes(text))


def test_a_law_told_in_a_sentence_of_another_year_is_another() -> None:
    text = _AZ + "In 2016 the justices had struck down a law that outlawed most abortions."
    assert not any(t.startswith("a law that") for t, _ in _statutes(text))


def test_a_law_whose_clause_shares_no_word_with_the_law_before_is_another() -> None:
    text = _AZ + "Separately, the court upheld a law that required hunters to wear orange vests."
    assert not any(t.startswith("a law that") for t, _ in _statutes(text))


def test_a_law_that_did_something_after_two_laws_is_neither() -> None:
    text = (
        "In Arizona, the state's highest court on Tuesday revived a territorial-era abortion ban "
        "first written in 1864, and lawmakers cited the Fifteen Weeks' Gestational Age Act. "
        "The ruling reinstated a law that outlawed abortions in most cases."
    )
    assert not any(t.startswith("a law that") for t, _ in _statutes(text))


# --- P10: a president's order told by its owner before the article identifies it ----------


def _orders(text: str, date: str = "2025-07-10") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


_LATER = (
    "Several states filed briefs in support of the families on Monday, and the judge set a "
    "hearing for the following week. The justices have not yet ruled on whether Trump’s Jan. 20 "
    "executive order on birthright citizenship is constitutional."
)


def test_presidents_order_before_the_one_order_identified_refers_ahead_to_it() -> None:
    text = (
        "Advocates asked a judge in Maryland to block Trump’s executive order again after the "
        "justices narrowed nationwide injunctions. " + _LATER
    )
    found = _orders(text)
    assert ("Trump’s executive order", "eo:14160") in found, found


def test_presidents_order_refers_ahead_to_the_order_numbered_later() -> None:
    text = (
        "Advocates asked a judge in Maryland to block Trump’s executive order again after the "
        "justices narrowed nationwide injunctions. Several states filed briefs on Monday, and "
        "the judge set a hearing for the following week. The directive at issue, Executive "
        "Order 14160, was signed on the first day of his second term."
    )
    found = _orders(text)
    assert ("Trump’s executive order", "eo:14160") in found, found


def test_another_presidents_order_before_it_is_not_that_order() -> None:
    text = (
        "Advocates recalled how courts had handled Biden’s executive order years before. " + _LATER
    )
    assert not any(t == "Biden’s executive order" for t, _ in _orders(text))


def test_presidents_order_before_two_orders_takes_neither() -> None:
    text = (
        "Advocates asked a judge in Maryland to block Trump’s executive order again. "
        + _LATER
        + " Lawyers also cited Executive Order 14159, signed the same day."
    )
    # (its topic may still name it; told ahead of an order, it is not)
    assert not any(
        m.text == "Trump’s executive order" and m.anaphor
        for m in mentions(text, "2025-07-10")
        if m.kind == "executive-action"
    )


# --- P3: qualities side by side with a comma ----------------------------------------------


def test_two_qualities_with_a_comma_before_the_ban_refer_back() -> None:
    text = _AZ + "Doctors argued that later statutes had displaced the harsh, outdated ban."
    assert ("the harsh, outdated ban", "state:az:ars:13-3603") in _statutes(text)


def test_a_comma_between_a_state_word_and_a_federal_word_makes_two_laws() -> None:
    text = _AZ + "Doctors argued that the state, federal law on clinics was unsettled."
    assert not any("," in t for t, _ in _statutes(text))
