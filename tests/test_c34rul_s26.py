"""Twenty-sixth session (census34 P2, P3, P5, P15): ruling shapes, back-references that
abstained, courts. Made-up sentences of the shapes the census showed."""

from __future__ import annotations

from conftest import rulings


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in rulings(text)]


def test_a_precedent_told_as_history_leaves_the_news_rulings_nouns_alone() -> None:
    text = (
        "The Nevada Supreme Court ruled to make abortion largely illegal in the state, "
        "reinstating a 150-year-old law.\n\n"
        "Justice Mary Holt, writing for the court in a 4-3 split decision, said that a newer law "
        "depended on a federal right. And since the U.S. Supreme Court erased that right in the "
        "Dobbs v. Jackson Women's Health Organization ruling two years ago, that law can't "
        "overrule the old one.\n\n"
        '"In light of this Opinion, doctors are now on notice," Holt wrote.\n\n'
        'Attorney General Sam Reyes called the ruling "cruel".\n\n'
        '"Today\'s decision to revive a law from another age will go down in history," Reyes said.'
    )
    found = _found(text)
    assert ("the U.S. Supreme Court erased that right", "scotus") in found
    assert ("this Opinion", "nev") in found
    assert ("the ruling", "nev") in found
    assert ("Today's decision", "nev") in found


def test_a_case_named_in_the_sentence_just_before_still_holds_the_noun_back() -> None:
    # (a precedent told in the sentence right before "The ruling" may be what it means)
    text = (
        "The Nevada Supreme Court ruled to make abortion largely illegal in the state. In 2019, "
        "the justices decided Smith v. Jones on a related question. The ruling said little."
    )
    assert ("The ruling", "nev") not in _found(text)


def test_a_relative_clause_with_a_list_of_states_before_the_verb() -> None:
    text = (
        "The 4th Circuit Court of Appeals, which covers Virginia, Maryland, and the Carolinas, "
        "granted the injunction on May 3 in response to a lawsuit by gun owners.\n\n"
        "The court did not say whether the injunction also applies to members of the group."
    )
    found = _found(text)
    assert found[0][0].startswith("The 4th Circuit Court of Appeals, which covers Virginia")
    assert found[0][0].endswith("granted the injunction on May 3")
    assert found[0][1] == "ca4"
    assert ("the injunction", "ca4") in found


def test_an_injunction_of_a_trial_court_stays_the_trial_courts() -> None:
    # (an appeals court that only upheld it does not own "the injunction")
    text = (
        "A federal judge in Maryland issued an injunction against the policy in March. The 4th "
        "Circuit upheld it on Friday. The injunction stays in place."
    )
    assert ("The injunction", "ca4") not in _found(text)


def test_prevailing_and_plus_page_opinions() -> None:
    text = (
        "The Utah Supreme Court on Thursday upheld an order blocking the state's ban.\n\n"
        '"The lower court did not err," Justice Ann Pearce wrote in the prevailing opinion.'
    )
    assert ("the prevailing opinion", "utah") in _found(text)
    text = (
        "U.S. District Judge Beryl Howell ruled on Friday that the order was unlawful. "
        '"Officials may not punish speech," Howell wrote in her 90-plus page opinion.'
    )
    assert ("her 90-plus page opinion", "dcd") in _found(text)


def test_a_judge_by_title_then_the_name_in_commas() -> None:
    text = (
        "The United States District Judge, Randolph D. Moss, determined that the delay was "
        "unlawful. The Court decided to give the agency time."
    )
    found = _found(text)
    assert found[0][0].endswith("Randolph D. Moss, determined")
    assert found[0][1] == "dcd"
    assert ("The Court decided", "dcd") in found


def test_determined_a_quoted_answer_and_found_deficiencies() -> None:
    text = (
        'On October 11, Judge James Boasberg determined "no," the court would not shut the '
        "pipeline down. In June, Judge James Boasberg found three deficiencies in the agency's "
        "review."
    )
    found = _found(text)
    assert ("Judge James Boasberg determined", "dcd") in found
    assert any(t.startswith("Judge James Boasberg found three deficiencies") for t, _ in found)


def test_the_researchers_found_deficiencies_is_no_ruling() -> None:
    assert rulings("The researchers found three deficiencies in the agency's review.") == []


def test_a_lower_case_us_supreme_court_and_its_back_references() -> None:
    text = (
        "The US supreme court has rejected a settlement that would have shielded the family. "
        "The 5-4 decision said the law does not allow it."
    )
    found = _found(text)
    assert found[0] == ("The US supreme court has rejected a settlement", "scotus")
    assert ("The 5-4 decision", "scotus") in found


def test_a_state_supreme_court_in_lower_case_is_no_us_supreme_court() -> None:
    text = "The Vermont supreme court has rejected the town's appeal."
    assert [c for _, c in _found(text)] != ["scotus"]


def test_a_chain_of_participles_with_their_own_courts() -> None:
    text = (
        "The Supreme Court granted the request to stay a federal district court's injunction. "
        "The injunction, issued by the lower court in June and upheld by a First Circuit panel "
        "in September, blocked the policy."
    )
    found = _found(text)
    assert ("upheld by a First Circuit panel", "ca1") in found
    assert not any(t.startswith("The injunction") and c == "ca1" for t, c in found)


def test_divided_six_to_three_to_grant() -> None:
    text = "The Supreme Court divided 6 to 3 along party lines to grant the request on Friday."
    assert _found(text)[0][1] == "scotus"


def test_its_year_opinion_in_a_case_is_the_courts_own_precedent() -> None:
    text = (
        "The tariffs were lawful, the Court of Appeals for the Federal Circuit ruled on Friday. "
        "Relying on its 2019 opinion in Kessel Corp. v. United States, the court said the "
        "deadlines did not bind the president."
    )
    found = _found(text)
    assert ("its 2019 opinion", "cafc") in found


def test_by_declining_to_take_up_the_justices() -> None:
    text = (
        "The Supreme Court turned away the clerk's appeal on Monday. However, by declining to "
        "take up her case, the justices have left the precedent untouched."
    )
    assert ("declining to take up", "scotus") in _found(text)


def test_a_hypothetical_that_ruling_in_a_judges_quote() -> None:
    text = (
        "A federal judge in San Francisco blocked the rule in July. "
        '"I may make a clear ruling for the plaintiffs if the record supports that ruling," '
        "the judge said at the hearing."
    )
    assert not any(t == "that ruling" for t, _ in _found(text))


def test_a_link_label_between_the_verb_and_its_object() -> None:
    text = (
        "U.S. District Judge Ona Pell sentenced the former aide to 14 days in prison on Friday. "
        "Judge Ona Pell also sentenced [court filing] the aide to a year of probation."
    )
    found = [t for t, _ in _found(text)]
    assert any(t.startswith("Judge Ona Pell also sentenced [court filing] the aide") for t in found)


def test_a_decision_told_by_its_time_and_act_its_court_in_the_next_sentence() -> None:
    text = (
        "Today was the deadline for the agency's new consent rule, but a decision late last week "
        "has put that rule on hold. Specifically, on Friday, the Eleventh Circuit issued its "
        "decision vacating the rule."
    )
    assert ("a decision", "ca11") in _found(text)


def test_a_decision_with_no_court_after_it_stays_unlinked() -> None:
    text = "A decision last week has put the plan on hold. The mayor said she would appeal."
    assert all(c is None for _, c in _found(text))


def test_a_unanimous_ruling_issued_by_a_panel_still_points_back() -> None:
    text = (
        "The Court of International Trade ruled Wednesday that the tariffs were unlawful. The "
        "unanimous ruling, issued by a three-judge panel, said the statute does not permit them."
    )
    assert ("The unanimous ruling", "cit") in _found(text)


def test_what_the_justices_stay_is_no_circuit_that_only_declined_to() -> None:
    text = (
        "The Supreme Court on Friday granted the administration's request to delay "
        "implementation of a lower court decision on passports. The 1st Circuit had declined "
        "to stay the injunction in September."
    )
    assert ("a lower court decision", "ca1") not in _found(text)


def test_the_court_will_vacate_in_an_opinions_own_voice() -> None:
    text = (
        "The United States District Judge, Randolph D. Moss, determined that the delay was "
        "unlawful. Consequently, the Court will vacate both rules."
    )
    assert any(t.startswith("the Court will vacate") for t, _ in _found(text))


def test_the_supreme_court_will_vacate_is_still_to_come() -> None:
    text = "Lawyers expect that the Supreme Court will vacate the rule next year."
    assert rulings(text) == []


def test_the_denial_after_a_denial_of_review() -> None:
    text = (
        "The Supreme Court refused on Monday to hear the photographer's appeal. In another "
        "significant denial, the Court left intact a lower court ruling on campaign gifts. The "
        "denial suggested that the Justices were not ready to reach the issue."
    )
    assert ("The denial", "scotus") in _found(text)


def test_the_denial_of_benefits_is_no_ruling() -> None:
    text = (
        "The Supreme Court refused on Monday to hear the appeal. The denial of benefits "
        "followed months later."
    )
    assert ("The denial", "scotus") not in _found(text)


def test_the_procedural_action_after_a_stay() -> None:
    text = (
        "The U.S. Supreme Court on Thursday granted the government's request to pause a lower "
        "court order on visas. The procedural action comes two weeks after the justices heard "
        "arguments in a related case."
    )
    assert ("The procedural action", "scotus") in _found(text)


def test_the_procedural_step_with_no_ruling_before_is_nothing() -> None:
    text = "The procedural step comes as the agency weighs new rules for visas."
    assert rulings(text) == []


def test_the_ruling_in_the_news_cases_first_party() -> None:
    text = (
        "In a surprising 7-to-2 decision on Thursday, the Supreme Court upheld the Indian Child "
        "Welfare Act. Quillon v. Morrow, as the consolidated cases are known, mattered to many "
        "tribes. One way to see why the ruling in Quillon matters is to ask the tribes."
    )
    assert ("the ruling", "scotus") in _found(text)


def test_the_ruling_in_a_landmark_named_nowhere_else_stays_the_landmarks() -> None:
    text = (
        "The Nevada Supreme Court on Thursday upheld the state's ban. Critics say the ruling in "
        "Dobbs changed everything."
    )
    assert ("the ruling", "nev") not in _found(text)
