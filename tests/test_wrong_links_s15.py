"""Wrong links (fifteenth session, issue 13): a ruling's object that is another mention, and a
ruling noun that is appealed or stayed. Every sentence here is made up."""

from __future__ import annotations

from conftest import mentions, rulings, rulings_at

# --- a reviewing court's clause does not claim the rules it struck down --------------------


def test_a_bare_plural_rules_object_is_not_the_rulings_span() -> None:
    text = (
        "On Tuesday, Marlow County Judge Edna Pike ruled five newly adopted state lottery "
        "rules were unlawful."
    )
    got = rulings_at(text, "Judge Edna Pike")
    assert got and all("lottery" not in m.text for m in got)
    assert all(m.text.rstrip().endswith("ruled") for m in got)


def test_the_entire_set_of_regulations_is_not_the_rulings_span() -> None:
    text = (
        "The U.S. Court of Appeals for the Eighth Circuit vacated the entire set of "
        "regulations, including changes to older reporting rules."
    )
    got = rulings(text)
    assert got and got[0].court == "ca8"
    assert "set" not in got[0].text and got[0].text.endswith("vacated")


def test_new_and_amended_regulations_are_not_the_rulings_span() -> None:
    text = (
        "In May, a federal judge in Sacramento ordered the board to pause the enforcement "
        "of new and amended regulations that took effect in March."
    )
    got = [m for m in rulings(text) if "ordered" in m.text]
    assert got and "new and amended" not in got[0].text


def test_a_determiner_object_still_ends_where_it_did() -> None:
    # (a law's phrase with its determiner was already cut before; not changed)
    text = "A federal judge in Vermont blocked the state's new pesticide rules on Monday."
    got = rulings(text)
    assert got and got[0].text.endswith("blocked")


def test_an_object_that_is_no_law_keeps_its_words() -> None:
    # no law word after the verb: the clause's span is as long as it was
    text = "A federal judge in Vermont blocked three planned pipeline routes on Monday."
    got = rulings(text)
    assert got and "pipeline routes" in got[0].text


def test_a_verb_before_new_rules_is_not_read_as_a_modifier() -> None:
    # "to enforce new rules": the words after "to" are the clause's, kept
    text = "A federal judge in Vermont ordered the agency to enforce new rules on Monday."
    got = rulings(text)
    assert got and "ordered the agency" in got[0].text


# --- a ruling a court stays is the ruling below, a mention of its own -----------------------


def test_the_injunction_a_court_of_appeals_stays_is_the_trial_courts() -> None:
    text = (
        "U.S. District Judge Ada Lim in Chicago issued a preliminary injunction against the "
        "ammunition law on May 2. On Friday, Judge Omar Reyes of the 7th U.S. Circuit Court "
        "of Appeals granted a motion from the state to stay the injunction pending appeal."
    )
    stayed = [m for m in rulings(text) if m.text == "the injunction"]
    assert [(m.court, m.anaphor) for m in stayed] == [("ilnd", True)]
    (granted,) = [m for m in rulings(text) if "granted" in m.text]
    assert granted.court == "ca7" and "injunction" not in granted.text


def test_a_stay_with_no_ruling_noun_after_it_keeps_the_clause() -> None:
    text = (
        "On Friday, Judge Ada Lim of the 7th U.S. Circuit Court of Appeals granted a motion "
        "from the state to stay enforcement pending appeal."
    )
    got = [m for m in rulings(text) if "granted" in m.text]
    assert got and got[0].court == "ca7" and "stay enforcement" in got[0].text


# --- what is appealed or stayed after an unplaced trial ruling is that ruling ---------------


def test_the_decision_appealed_after_an_unplaced_district_court_ruling_is_not_the_circuits() -> (
    None
):
    text = (
        "The full 5th U.S. Circuit Court of Appeals ruled Tuesday that the fence may stay. "
        "The Justice Department had sued the state under the Clean Water Act, and the "
        "district court ordered the state to take the fence down. The state appealed the "
        "decision."
    )
    assert any("district court ordered" in m.text for m in rulings(text))
    got = rulings_at(text, "the decision")
    assert all(m.court != "ca5" for m in got)


def test_a_stay_of_the_judges_order_is_not_the_appeals_courts() -> None:
    text = (
        "A federal appeals court in Boston on Sunday rejected the agency's request to block a "
        "lower court judge's order to pay the benefits. Under an earlier Supreme Court "
        "ruling, the judge's order stays on hold until Tuesday, giving the agency time to "
        "seek a stay of the order from the justices."
    )
    got = rulings_at(text, "the order from")
    assert all(m.court != "ca1" for m in got)


def test_the_decision_appealed_with_no_trial_ruling_between_is_unchanged() -> None:
    # the appeals court's ruling is the last one told: "appealed the decision" (to the
    # Supreme Court) still means it
    text = (
        "The 5th U.S. Circuit Court of Appeals on Tuesday upheld the fence law. "
        "The state's opponents appealed the decision on Friday."
    )
    got = rulings_at(text, "the decision")
    assert [m.court for m in got] == ["ca5"]


def test_a_named_trial_court_before_the_appeal_still_links() -> None:
    text = (
        "U.S. District Judge Ada Lim in Austin ordered the state to take the fence down in "
        "June. The 5th U.S. Circuit Court of Appeals on Tuesday stayed the order."
    )
    got = rulings_at(text, "the order")
    assert [m.court for m in got] == ["txwd"]


def test_mentions_helper_still_finds_the_law_next_to_the_cut() -> None:
    text = "A federal judge in Vermont blocked the Clean Water Act permit rule on Monday."
    assert any(m.kind == "ruling" for m in mentions(text))


# --- a ruling's court is the court of its own clause ----------------------------------------


def test_a_lead_noun_before_another_rulings_agent_is_not_that_courts() -> None:
    text = (
        "The 5th U.S. Circuit Court of Appeals on Monday upheld the state's theater law. "
        "The ruling is a sharp break from a 2023 decision by U.S. District Judge Ada Lim "
        "of Houston, who struck down the law as too broad."
    )
    lead = rulings_at(text, "The ruling is")
    assert [(m.text, m.court) for m in lead] == [("The ruling", "ca5")]
    below = rulings_at(text, "Ada Lim")
    assert below and all(m.court == "txsd" and "The ruling" not in m.text for m in below)


def test_a_decision_written_by_a_justice_still_leads_its_clause() -> None:
    # "The decision, written by Justice X, rejects …": the lead noun is the subject
    text = (
        "The decision written by Justice Ada Lim of the Montana Supreme Court rejected the "
        "state's appeal on Friday."
    )
    got = rulings(text)
    assert got and got[0].text.startswith("The decision") and got[0].court == "mont"


# --- what a court of review overturns, pointed back to, is the ruling below -----------------


def test_its_prior_decision_a_high_court_vacates_is_the_court_belows() -> None:
    text = (
        "The 3rd U.S. Circuit Court of Appeals ruled in June that the farmer may keep his "
        "rifles. The Supreme Court later vacated and remanded its prior decision for another "
        "look."
    )
    got = rulings_at(text, "its prior decision")
    assert [(m.text, m.court) for m in got] == [("its prior decision", "ca3")]
    (clause,) = rulings_at(text, "Supreme Court later")
    assert clause.court == "scotus" and "prior" not in clause.text


def test_those_decisions_a_court_overturned_are_not_its_own() -> None:
    text = (
        "The clerk lost before two lower courts, but the Supreme Court overturned those "
        "decisions on Thursday. The justices said the law protects every worker."
    )
    (clause,) = rulings_at(text, "Supreme Court overturned")
    assert clause.court == "scotus" and "decisions" not in clause.text
    got = rulings_at(text, "those decisions")
    assert all(m.court != "scotus" for m in got)


def test_a_ruling_by_a_trial_judge_a_high_court_overturned_is_not_the_high_courts() -> None:
    text = (
        "The Texas Supreme Court ruled Friday for the state. The court overturned a July 2024 "
        "ruling by 210th District Judge Ada Lim of Tyler, who ruled that the office lacked "
        "power."
    )
    (clause,) = rulings_at(text, "The court overturned")
    assert clause.court == "tex" and "July" not in clause.text
    below = rulings_at(text, "210th District Judge")
    assert below and all(m.court != "tex" for m in below)


def test_a_ruling_by_a_county_judge_keeps_its_own_court() -> None:
    text = (
        "The Ohio Supreme Court on Friday sided with the state. The court overturned a March "
        "2024 ruling by Franklin County Judge Ada Lim, who said the tax was void."
    )
    (clause,) = rulings_at(text, "The court overturned")
    assert clause.court == "ohio"
    assert [m.court for m in rulings_at(text, "Franklin County Judge")] == ["ohiodistct"]


# --- an unnamed judge takes the next judge's court only in that judge's state ---------------


def test_an_unnamed_judge_in_another_states_sentence_is_not_the_next_judges() -> None:
    text = (
        "Oregon lawmakers have spent the year on the fallout from a judge's March 3 ruling "
        "that the state underfunds rural schools. Now it is Vermont's turn after a judge "
        "declared Nov. 2 that the state's funding formula is void. David Pell, a Windham "
        "County Superior Court judge, said in a ruling that the formula fails students."
    )
    first = rulings_at(text, "March 3 ruling")
    assert all(m.court is None or not m.court.startswith("vt") for m in first)
    second = rulings_at(text, "declared Nov. 2")
    assert second and second[0].court is not None
