"""Twenty-seventh session (census40 P3, P4, P5, P9, P10): rulings told by a party's result,
short sentences that leave their object out, over-reads. Made-up sentences of the shapes the
census showed."""

from __future__ import annotations

from conftest import mentions, rulings


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


def test_a_bare_refusal_after_a_request_for_rehearing_is_a_ruling() -> None:
    text = (
        "After a Fourth Circuit panel ruled against it in 2020, the county asked the full "
        "court to rehear the case. The majority declined. The county then petitioned the "
        "Supreme Court, asking the justices to take up the dispute. The Supreme Court also "
        "declined."
    )
    found = _found(text)
    assert ("The majority declined", "ca4") in found
    assert ("The Supreme Court also declined", "scotus") in found


def test_a_bare_refusal_with_no_request_before_it_is_no_ruling() -> None:
    text = (
        "A Fourth Circuit panel ruled against the county in 2020. Reporters called the "
        "court's clerk for comment. The clerk declined."
    )
    assert not [f for f in _found(text) if "declined" in f[0]]


def test_a_loss_before_a_panel_with_a_time_between_is_that_courts_ruling() -> None:
    text = (
        "The town asked the justices to hear its appeal, having lost last spring before a "
        "three-judge Fourth Circuit panel."
    )
    assert ("lost last spring before a three-judge Fourth Circuit panel", "ca4") in _found(text)


def test_after_losing_before_a_court_is_a_ruling_but_a_feared_loss_is_not() -> None:
    text = "After losing before the Sixth Circuit in 2015, the county sought rehearing."
    assert ("losing before the Sixth Circuit", "ca6") in _found(text)
    text = "Officials fear losing before the Sixth Circuit next year."
    assert not _found(text)


def test_a_clause_told_inside_the_ruling_its_sentence_opens_with_is_that_ruling() -> None:
    text = (
        "MADISON, Wis. — Dane County Circuit Judge Ada Moss ruled Monday that the levy was "
        "unconstitutional. In her ruling Monday, Moss rejected the county's effort to keep "
        "part of the levy."
    )
    found = _found(text)
    assert ("her ruling", "wisccirct") in found
    assert not any(t.startswith("Moss rejected") for t, _ in found)


def test_the_latest_ruling_is_the_circuits_when_its_ruling_is_the_news() -> None:
    text = (
        "The 4th U.S. Circuit Court of Appeals refused to restore the rule on Tuesday. "
        "U.S. District Judge Ann Cole of Maryland had issued a temporary restraining order "
        "against it last month. Cole's order stays in force. The governor vowed to appeal the "
        "latest ruling."
    )
    assert ("the latest ruling", "ca4") in _found(text)


def test_the_latest_ruling_stays_the_trial_courts_when_it_is_the_news() -> None:
    text = (
        "U.S. District Judge Ann Cole of Maryland blocked the rule on Tuesday. In 2019 the "
        "4th U.S. Circuit Court of Appeals had upheld a similar rule. The governor vowed to "
        "appeal the latest ruling."
    )
    assert ("the latest ruling", "ca4") not in _found(text)


def test_a_decision_released_on_a_day_after_a_clause_is_that_clauses_ruling() -> None:
    text = "The 4th Circuit refused to revive the policy, in a decision released on Friday evening."
    found = _found(text)
    assert ("The 4th Circuit refused to revive", "ca4") in found
    assert ("a decision released on Friday evening", "ca4") in found


def test_justices_listed_after_a_circuit_and_a_comma_are_the_supreme_courts() -> None:
    text = (
        "The states then went to the U.S. Supreme Court. While their plea was rejected by the "
        "Tenth Circuit, Justices Lee, Moss, Park, and Reyes disagreed and granted a stay."
    )
    found = _found(text)
    assert ("Justices Lee, Moss, Park, and Reyes disagreed and granted a stay", "scotus") in found
    assert not [t for t, c in found if c == "ca10" and "granted" in t]


def test_a_stay_whose_denial_would_do_harm_is_no_ruling() -> None:
    text = (
        "The U.S. Supreme Court paused the rule on Tuesday. The states had argued that harm "
        "would have followed from the denial of the stay."
    )
    assert not [t for t, _ in _found(text) if t.endswith("stay")]


def test_a_majority_told_by_its_number_of_justices_is_the_high_courts() -> None:
    text = (
        "The Idaho Supreme Court on Monday upheld a ruling of the trial court.\n\n"
        "The lawyers for the state had argued at length that the statute served a real "
        "purpose, that the earlier cases were wrongly read, that the trial judge overstepped, "
        "and that any remedy had to be narrow. The plaintiffs, in turn, said the harm to them "
        "was plain and the law's aim was never shown, and they asked for a broad remedy.\n\n"
        "The five-justice majority found that the statute was void."
    )
    assert ("The five-justice majority found", "idaho") in _found(text)


def test_but_the_court_found_after_a_named_circuits_ruling_is_that_ruling() -> None:
    text = (
        "The Eighth Circuit vacated the rule on Tuesday. The rule was due to start in July, "
        "but the Court found that the agency had skipped a step."
    )
    assert ("the Court found", "ca8") in _found(text)


def test_a_precedent_with_its_year_in_brackets_then_the_supreme_court_is_its_ruling() -> None:
    text = (
        "The Supreme Court ruled for the coach on Monday. In Doe v. Roe (1962), the Supreme "
        "Court barred public funds from paying teachers at church schools, creating a test."
    )
    assert any(t.startswith("the Supreme Court barred") and c == "scotus" for t, c in _found(text))


def test_a_caption_with_no_year_still_holds_the_clause_back() -> None:
    text = (
        "The Supreme Court ruled for the coach on Monday. In Doe v. Roe, the Supreme "
        "Court barred public funds from paying teachers at church schools."
    )
    assert not any(t.startswith("the Supreme Court barred") for t, _ in _found(text))


def test_a_party_reacting_to_the_judgment_points_back_to_the_ruling() -> None:
    text = (
        "Judge Amy Poe of the U.S. District Court in Boston ruled on Monday that the firm "
        "broke the law. The ruling was long. The attorney general responded to the judgment "
        "in a statement."
    )
    assert ("the judgment", "mad") in _found(text)


def _cases(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text) if m.kind == "case"]


def test_a_landmark_short_name_alone_in_brackets_as_an_example_is_the_case() -> None:
    text = (
        "Some religious liberty wins were narrow (Masterpiece Cakeshop, for instance), but "
        "the new decision sets a broad precedent."
    )
    assert any(t == "Masterpiece Cakeshop" for t, _ in _cases(text))


def test_a_bracketed_short_name_with_no_law_talk_is_left_alone() -> None:
    text = "We had lunch at a bakery downtown (Masterpiece Cakeshop, for instance) on Monday."
    assert not _cases(text)


def test_the_first_partys_whole_name_opening_a_sentence_with_a_court_is_the_case() -> None:
    text = (
        "The Sixth Circuit vacated the rule in Harbor Alliance et al. v. Department of Energy, "
        "No. 19-200. In Harbor Alliance, the Sixth Circuit held that the agency overstepped."
    )
    found = _cases(text)
    assert ("Harbor Alliance", "Harbor Alliance v. Department of Energy") in found


def test_a_decision_still_to_be_made_is_no_ruling() -> None:
    text = (
        "The Ninth Circuit upheld the injunction in April. The justices may grant the "
        "petition, deny it, or postpone the decision on what to do next."
    )
    assert not [t for t, _ in _found(text) if t.endswith("decision")]


def test_an_order_whose_effect_a_judge_delayed_is_still_a_ruling() -> None:
    text = (
        "U.S. District Judge James Boasberg ruled Monday that the board must certify the count. "
        "But the judge delayed his order for a week."
    )
    assert any(t == "his order" for t, _ in _found(text))


def test_relief_a_named_judge_entered_is_that_judges_ruling() -> None:
    text = (
        "U.S. District Judge James Boasberg set the rule aside on Friday. Unlike the "
        "temporary relief that Judge Boasberg entered in May, the final order applies to all."
    )
    assert any(t.startswith("the temporary relief that Judge Boasberg entered") and c == "dcd"
               for t, c in _found(text))  # fmt: skip


def test_relief_with_no_judge_in_its_clause_is_no_ruling() -> None:
    text = "The tenants asked for the relief that the statute promised them."
    assert not _found(text)


def test_the_judgment_following_a_decision_is_that_courts() -> None:
    text = (
        "Judge James Boasberg of the U.S. District Court in Washington ruled on Monday that "
        "the fees were unlawful. In the judgment following the decision, the court barred "
        "their collection."
    )
    assert ("the judgment", "dcd") in _found(text)


def test_a_party_that_lost_on_claims_after_a_trial_of_a_known_suit_is_that_courts() -> None:
    text = (
        "The game maker lost most of the case. Epic lost on 9 of its 10 claims after the "
        "2021 Apple trial, winning only one narrow order."
    )
    assert ("Epic lost on 9 of its 10 claims", "cand") in _found(text)


def test_a_party_no_known_suit_has_is_left_alone() -> None:
    text = "Zorblax lost on 9 of its 10 claims after the 2021 Quibble trial."
    assert not _found(text)
