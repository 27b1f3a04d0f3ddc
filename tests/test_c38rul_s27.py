"""Twenty-seventh session (s27-c38rul): ruling nouns, clause shapes and courts census38 found
missing (patterns P1, P2, P5, P10, P12). Made-up sentences of the shapes the sets showed."""

from __future__ import annotations

from conftest import mentions, rulings

DATE = "2025-12-30"


def _found(text: str, date: str = DATE) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text, date)]


# P10: a ruling clause ends before the numbered bill it acts on


def test_a_ruling_clause_ends_before_a_chambers_numbered_bill_and_both_are_found() -> None:
    text = (
        "Schools wait.\n\nA federal judge in Austin on Monday granted a preliminary injunction "
        "halting Senate Bill 10 for the plaintiffs' districts in Texas.\n"
    )
    found = {(m.text, m.kind, m.authority, m.court) for m in mentions(text, "2025-08-26")}
    assert (
        "A federal judge in Austin on Monday granted a preliminary injunction",
        "ruling",
        None,
        "txwd",
    ) in found
    assert ("Senate Bill 10", "statute", "state:tx:bill:sb10", None) in found


def test_a_bill_number_beside_congress_is_still_no_states() -> None:
    text = (
        "Lawmakers act.\n\nCongress took up Senate Bill 10 on Friday in a debate over Texas "
        "school districts.\n"
    )
    assert not [m for m in mentions(text, "2025-08-26") if m.authority == "state:tx:bill:sb10"]


# P2: clause shapes


def test_a_state_appellate_court_by_its_name_or_as_the_states() -> None:
    lead = "Verdict stands in Connecticut\n\nThe Connecticut Supreme Court declined to hear it.\n\n"
    assert ("the state Appellate Court upheld most of the award", "connappct") in _found(
        lead + "In June, the state Appellate Court upheld most of the award.\n"
    )
    assert ("the Illinois Appellate Court upheld most of the award", "illappct") in _found(
        lead + "Later, the Illinois Appellate Court upheld most of the award.\n"
    )


def test_a_jury_and_judge_award_is_the_states_trial_courts() -> None:
    found = _found(
        "Verdict stands in Vermont\n\nA Vermont jury and judge awarded the two families $40 "
        "million.\n"
    )
    assert found == [("A Vermont jury and judge awarded the two families $40 million", "vtsuperct")]


def test_a_passive_certiorari_denial_is_the_supreme_courts() -> None:
    found = _found(
        "A blog post.\n\nIn Lowe v. Brandt (2019) a petition for a writ of certiorari was "
        "denied, though two justices would have heard it.\n"
    )
    assert ("a petition for a writ of certiorari was denied", "scotus") in found


def test_a_passive_certiorari_of_a_state_high_court_is_not_the_supreme_courts() -> None:
    found = _found(
        "A blog post.\n\nIn the Colorado Supreme Court case, a petition for certiorari was "
        "denied last year.\n"
    )
    assert not [f for f in found if f[1] == "scotus"]


def test_they_after_a_courts_sentence_with_a_verb_of_review() -> None:
    found = _found(
        "Gun case.\n\nThe Sixth Circuit first upheld the ban. Later, in 2021, they overturned "
        "their own ruling after rehearing.\n"
    )
    assert ("they overturned their own ruling", "ca6") in found


def test_they_with_a_verb_of_no_court_is_no_ruling() -> None:
    found = _found(
        "Gun case.\n\nThe Sixth Circuit first upheld the ban. Later, in 2021, they appealed "
        "the decision.\n"
    )
    assert not [f for f in found if f[0].startswith("they")]


def test_capital_they_ruled_after_a_state_high_courts_sentence() -> None:
    found = _found(
        "Suit goes on.\n\nThe Supreme Court of Ohio decided in March that the suit could go "
        "forward. They ruled that the claim was actionable.\n"
    )
    assert ("They ruled", "ohio") in found


def test_an_indefinite_ruling_told_by_its_act_takes_the_next_sentences_court() -> None:
    found = _found(
        "Groups drop appeal.\n\nThe groups said Friday they will not seek Supreme Court "
        "review of a ruling that gutted part of the statute. In May, the 4th U.S. Circuit "
        "Court of Appeals held that private groups cannot sue.\n"
    )
    assert ("a ruling that gutted", "ca4") in found


def test_an_indefinite_ruling_with_no_court_after_it_stays_unfound() -> None:
    found = _found(
        "Groups drop appeal.\n\nThe groups said Friday they will not fight a ruling that "
        "gutted part of the statute. Lawmakers said they would write a new one.\n"
    )
    assert not [f for f in found if f[0].startswith("a ruling that")]


# P1: ruling nouns


def test_a_named_judges_rulings_in_the_plural() -> None:
    found = _found(
        "Funding fight.\n\nJudge Ann Arden of the U.S. District Court in Boston blocked the "
        "law in July. The appeals court later reviewed Arden's rulings in the case.\n"
    )
    assert ("Arden's rulings", "mad") in found


def test_a_plural_is_no_antecedent_of_this_ruling() -> None:
    found = _found(
        "Funding fight.\n\nJudge Ann Roe of the U.S. District Court in Boston blocked the "
        "law in July. We wrote about a 1st Circuit decision correcting Roe's rulings in the "
        "first case. This ruling concerns other plaintiffs.\n"
    )
    assert ("Roe's rulings", "mad") in found
    assert ("This ruling", "ca1") in found


def test_a_ruling_noun_whose_relative_clause_names_its_judge() -> None:
    lead = (
        "Funding fight.\n\nJudge Ann Roe of the U.S. District Court in Boston blocked the law "
        "in July. "
    )
    assert ("the injunctions she had issued", "mad") in _found(
        lead + "The appeals court later reviewed the injunctions she had issued in July.\n"
    )
    assert ("a later preliminary injunction Roe issued", "mad") in _found(
        lead + "The appeal concerns a later preliminary injunction Roe issued in December.\n"
    )


def test_she_issued_with_two_courts_judges_before_is_left_alone() -> None:
    found = _found(
        "Two judges.\n\nJudge Ann Roe of the U.S. District Court in Boston blocked the law. "
        "Judge Bea Poe of the U.S. District Court in Seattle blocked it too. The appeals court "
        "later reviewed the injunctions she had issued.\n"
    )
    assert not [f for f in found if "she had issued" in f[0]]


# P5: courts


def test_a_states_trial_court_is_never_its_federal_district() -> None:
    assert _found("Headline here\n\nAn Iowa trial court granted the clinic's motion.\n") == [
        ("An Iowa trial court granted the clinic's motion", "iadistct")
    ]
    nebraska = _found("Headline here\n\nA Nebraska trial court granted the clinic's motion.\n")
    assert [c for _, c in nebraska] == [None]  # (no one id for it: unplaced, never D. Neb.)


def test_a_federal_trial_court_of_a_state_stays_federal() -> None:
    found = _found("Headline here\n\nA federal trial court in Nebraska granted the motion.\n")
    assert [c for _, c in found] == ["ned"]


# P12: "The case"


def test_the_case_takes_the_case_whose_party_its_sentence_names() -> None:
    text = (
        "Ruling.\n\nThe ruling builds on Holloway v. Grant County.\n\nIn the case of State v. "
        "Okafor, the court applied the test set by the Holloway decision. The case involved "
        "Dana Okafor, a farmer from Ames.\n"
    )
    backs = [m for m in mentions(text, "2024-07-01") if m.text == "The case"]
    assert [m.name for m in backs] == ["State v. Okafor"]


def test_the_case_with_only_a_precedents_name_after_it_keeps_the_nearest() -> None:
    text = (
        "Ruling.\n\nThe ruling builds on Holloway v. Grant County.\n\nIn the case of State v. "
        "Okafor, the court applied the test set by the Holloway decision. The case turned on "
        "Holloway, the court said.\n"
    )
    backs = [m for m in mentions(text, "2024-07-01") if m.text == "The case"]
    assert [m.name for m in backs] != ["State v. Okafor"]


def test_an_appeals_court_had_to_rein_in_a_judge_after_a_dashed_interrupter() -> None:
    found = _found(
        "Funding fight.\n\nThe 2nd Circuit has — once again — had to place District Judge "
        "Ann Arden in check over the grant rule.\n"
    )
    assert [c for _, c in found] == ["ca2"]
    assert found[0][0].startswith("The 2nd Circuit has — once again — had to place")


def test_reining_in_a_player_is_no_ruling() -> None:
    assert _found("Sports.\n\nThe coach has had to rein in the star player again.\n") == []
