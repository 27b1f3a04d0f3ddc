"""Rulings of the open set dev30 (twenty-fifth session, branch s25-dev30): made-up sentences in
the shapes the set showed.

- A sentence opening on a ruling verb's participle whose subject is the court after the comma
  ("Denying the request to stay the order, …, the Ninth Circuit stated:") is that court's ruling.
- "a <city> federal judge delayed a deadline for <a program>" is a ruling; a deadline for the
  parties' filings is no ruling.
- A ruling told by its verb alone takes the court of the one suit over the rule its sentence
  links, when the story was written after the suit was filed: a story dated by its opening's
  "On April 26, 2024, the agency issued …" that goes on "On July 3, 2024, judges blocked …" was
  written after July 3. Several judges are several rulings: no one suit's court.
"""

from __future__ import annotations

from conftest import mentions, rulings

RULE_STORY = (
    "On April 26, 2024, the Department of Health and Human Services issued a final rule under "
    "Section 1557 of the Affordable Care Act on sex discrimination in health programs.\n"
    "On July 3, 2024, {lead} blocked enforcement of certain provisions of the final rule.\n"
    "Other provisions were left in place."
)


def _rulings_of(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def test_participle_lead_then_court_stated_is_its_ruling() -> None:
    text = (
        "The government moved to stay the restraining order pending appeal. Denying the "
        "request to stay the order, except on one narrow point, the Ninth Circuit stated: "
        "\u201cThe government has not shown it is likely to prevail.\u201d"
    )
    found = rulings(text)
    assert [(m.text, m.court) for m in found] == [
        (
            "Denying the request to stay the order, except on one narrow point, the Ninth "
            "Circuit stated",
            "ca9",
        )
    ]


def test_participle_lead_then_court_wrote_that() -> None:
    found = rulings("Affirming the injunction, the 4th Circuit wrote that the policy was unlawful.")
    assert [(m.text[:30], m.court) for m in found] == [("Affirming the injunction, the ", "ca4")]


def test_participle_lead_of_no_court_is_no_ruling() -> None:
    assert rulings("Rejecting the offer, the union said it would strike on Monday.") == []


def test_city_federal_judge_delayed_a_program_deadline() -> None:
    found = rulings(
        "A day earlier, a Boston federal judge delayed a deadline for a federal worker "
        "resignation program to allow more review."
    )
    assert len(found) == 1
    assert found[0].court == "mad"
    assert found[0].text.startswith("a Boston federal judge delayed a deadline")


def test_deadline_for_filings_is_no_ruling() -> None:
    assert rulings("The judge delayed the deadline for filing briefs until May.") == []


def test_state_judge_of_the_one_suit_over_the_rule_told_later_than_the_opening_date() -> None:
    text = RULE_STORY.format(lead="a federal district court judge in Mississippi")
    # (the span ends before the share of the rule it blocked: s25-oldrul's object rule)
    assert _rulings_of(text) == [
        ("a federal district court judge in Mississippi blocked enforcement", "mssd")
    ]


def test_another_state_judge_takes_that_states_suit() -> None:
    text = RULE_STORY.format(lead="a Florida federal district court judge")
    assert [c for _, c in _rulings_of(text)] == ["flmd"]


def test_story_telling_no_later_day_keeps_the_suit_out_of_time() -> None:
    # (no state named: a state with one suit over the rule places it, s25-rulrefs)
    text = RULE_STORY.replace("On July 3, 2024, ", "Since then, ").format(
        lead="a federal district court judge"
    )
    assert [c for _, c in _rulings_of(text)] == [None]


def test_several_judges_take_no_one_suits_court() -> None:
    text = RULE_STORY.format(lead="three federal district court judges")
    assert [c for _, c in _rulings_of(text)] == [None]


def test_capital_court_after_supreme_court_as_modifier_is_the_circuit() -> None:
    text = (
        "On May 2, the Fourth Circuit Court of Appeals issued a decision on the rifle ban that "
        "shows why Supreme Court intervention is overdue.\nIn the joined appeals of Doe v. "
        "Marlow, the Court issued a 40-page decision affirming the district court's denial of "
        "the injunction."
    )
    found = rulings(text)
    assert [m.court for m in found if m.text.startswith("the Court issued")] == ["ca4"]


def test_capital_court_after_supreme_court_that_ruled_is_still_it() -> None:
    text = (
        "The Fourth Circuit upheld the rifle ban last year, and the Supreme Court agreed to "
        "hear the appeal.\nIn a 6-3 ruling on Friday, the Court reversed the judgment."
    )
    found = rulings(text)
    assert [m.court for m in found if "the Court reversed" in m.text] == ["scotus"]


JOINT_STORY = (
    "Judge Ada E. Brown of the United States District Court for the Northern District of Texas "
    "set aside the agency's noncompete rule in August.\n"
    "Separately, last week the United States Court of Appeals for the Fifth Circuit dismissed "
    "an appeal by the National Labor Relations Board of {lead} decision to vacate the "
    "Board's new joint employer rule."
)


def test_indefinite_district_court_takes_the_one_suit_over_its_sentences_rule() -> None:
    found = _rulings_of(JOINT_STORY.format(lead="a federal district court\u2019s"), "2024-10-01")
    assert ("a federal district court\u2019s decision", "txed") in found


def test_district_court_named_by_its_place_keeps_its_court() -> None:
    found = _rulings_of(JOINT_STORY.format(lead="a Dallas federal court\u2019s"), "2024-10-01")
    assert all(c != "txed" for _, c in found)


def test_lower_courts_decision_in_a_landmarks_case_is_its_own_ruling() -> None:
    found = rulings("Judge Ho wrote the Fifth Circuit\u2019s decision in Rahimi two years ago.")
    assert [(m.text, m.court) for m in found] == [("the Fifth Circuit\u2019s decision", "ca5")]


def test_supreme_courts_decision_in_a_landmark_stays_the_case() -> None:
    found = rulings("Lawyers still argue over the Supreme Court\u2019s decision in Bruen.")
    assert found == []


def test_federal_court_in_a_state_takes_the_one_suit_over_the_rule() -> None:
    text = RULE_STORY.format(lead="a federal court in Mississippi")
    assert [c for _, c in _rulings_of(text)] == ["mssd"]


def test_undated_story_is_as_late_as_the_last_past_day_it_tells() -> None:
    text = (
        "In May 2024, HHS issued a final rule under Section 1557 of the Affordable Care Act on "
        "sex discrimination in health programs.\nIn July 2024, a federal district court judge "
        "in Mississippi blocked enforcement of certain provisions of the final rule."
    )
    assert "fr:89:37522" in {m.authority for m in mentions(text)}  # (the 2024 rule)
    assert [c for _, c in _rulings_of(text)] == ["mssd"]


def test_undated_story_telling_no_past_day_places_no_suit() -> None:
    text = (
        "HHS published its 2024 final rule under Section 1557 of the Affordable Care Act on sex "
        "discrimination in health programs.\nA federal district court judge "
        "blocked enforcement of certain provisions of the final rule."
    )
    assert "fr:89:37522" in {m.authority for m in mentions(text)}
    assert [c for _, c in _rulings_of(text)] == [None]


STATE_STORY = (
    "A federal judge in Mississippi on Wednesday blocked enforcement of the 2024 Section 1557 "
    "rule.\n{later}"
)


def _backrefs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, "2024-07-05") if m.kind == "ruling"][1:]


def test_the_states_decision_refers_back_to_the_ruling_of_its_court() -> None:
    found = _backrefs(STATE_STORY.format(later="The Mississippi decision applies nationwide."))
    assert found == [("The Mississippi decision", "mssd")]


def test_the_states_court_said_refers_back_too() -> None:
    found = _backrefs(STATE_STORY.format(later="The Mississippi court said the rule went too far."))
    assert found == [("The Mississippi court", "mssd")]


def test_the_states_decision_to_act_is_the_states_own() -> None:
    found = _backrefs(STATE_STORY.format(later="The Mississippi decision to sue drew praise."))
    assert found == []


def test_another_states_decision_refers_to_nothing() -> None:
    found = _backrefs(STATE_STORY.format(later="The Texas decision applies only there."))
    assert found == []
