"""Fourteenth session (issue 13): what refers back to a ruling told before.

Made-up sentences of the shapes news uses: a bare "the court found that …" / "the panel
concluded that …" after the ruling it restates (an anaphor of that ruling), a precedent a
participle opening the sentence cites ("Citing the Supreme Court's decision in X v. Y, the
court found"), and "the decision" right after "the ruling" in one sentence although an
official's "decision to …" came before.
"""

from __future__ import annotations

from linker.models import Mention
from linker.scanner import rulings
from linker.scanner.doc import Doc


def find(text: str) -> list[Mention]:
    return rulings.find(Doc.of(text, "2025-06-01"))


def covering(found: list[Mention], words: str) -> Mention | None:
    return next((m for m in found if words in m.text), None)


def test_the_court_found_after_its_ruling_points_back_to_it() -> None:
    found = find(
        "The U.S. Court of Appeals for the Sixth Circuit on Monday vacated an injunction that "
        "had blocked a Kentucky law on drone flights. The court found that the pilots lacked "
        "standing to sue."
    )
    m = covering(found, "The court found")
    assert m is not None and m.court == "ca6" and m.anaphor


def test_the_three_judge_panel_concluded_points_back_too() -> None:
    found = find(
        "A federal appeals court in Denver on Tuesday upheld a Utah rule on river permits. "
        "The three-judge panel concluded that the state acted within its powers."
    )
    m = covering(found, "The three-judge panel concluded")
    assert m is not None and m.court == "ca10" and m.anaphor


def test_a_judge_named_by_surname_restating_still_is_not_reported() -> None:
    # a named judge restating the finding: the ruling already told
    found = find(
        "U.S. District Judge Amos Mazzant in Sherman, Texas, blocked the fee rule on Tuesday. "
        "Judge Mazzant found that the agency exceeded its authority."
    )
    assert covering(found, "Mazzant found") is None
    # (a court named in full in its ruling's paragraph tells it again: s14-rulverbs's rule)


def test_the_present_tense_of_a_quoted_order_is_not_reported() -> None:
    found = find(
        "A federal judge in Boston on Monday blocked the grant cuts. The court finds that the "
        "cuts were arbitrary, the order reads."
    )
    assert covering(found, "The court finds") is None


def test_a_precedent_named_in_a_sentence_between_is_its_own_court() -> None:
    # "The court found" after a sentence that tells another case is that case's court
    found = find(
        "The Supreme Court on Friday sided with a baker in Oregon. The opinion leans on "
        "Smith v. Jones, in which a printer was told to print signs. The court found that "
        "the printer could not be compelled."
    )
    assert covering(found, "The court found") is None


def test_a_case_cited_by_an_opening_participle_does_not_hide_the_court() -> None:
    found = find(
        "Judge Ann Carter of the U.S. District Court for the Eastern District of Texas issued "
        "an opinion vacating the labeling rule. Citing the Supreme Court's decision in Brown "
        "Farms v. Smith, the court found that the agency lacked authority."
    )
    m = covering(found, "the court found")
    assert m is not None and m.court == "txed" and m.anaphor


def test_in_a_case_opening_the_sentence_still_names_the_ruling() -> None:
    # "In Brown Farms v. Smith, the court found …": the case's name is the mention
    found = find(
        "Judge Ann Carter of the U.S. District Court for the Eastern District of Texas issued "
        "an opinion vacating the labeling rule. In Brown Farms v. Smith, the court found that "
        "the agency lacked authority."
    )
    assert covering(found, "the court found") is None


def test_the_decision_after_the_ruling_in_its_sentence_is_the_courts() -> None:
    found = find(
        "A federal judge in Washington on Tuesday blocked the closure of the agency. The judge "
        "said the decision to close it ignored the law.\nIn response to the ruling, the "
        "agency's director said the decision restored the newsroom."
    )
    m = covering(found, "the decision restored")
    m = m or next((x for x in found if x.text == "the decision" and x.start > 150), None)
    assert m is not None and m.court == "dcd" and m.anaphor


def test_an_officials_decision_to_act_still_is_not_a_ruling() -> None:
    found = find(
        "A federal judge in Washington on Tuesday blocked the closure of the agency. The "
        "director's decision to close it was announced in March, and critics said the "
        "decision ignored the law."
    )
    assert not any(m.text == "the decision" for m in found)


def test_a_judges_decision_to_act_is_a_ruling_the_decision_may_follow() -> None:
    # "a lower-court judge's decision to bar …" is the judge's ruling, not an official's act:
    # "The decision" opening the next paragraph is the appeals court's, told before
    found = find(
        "A federal appeals court on Monday ruled against Kansas in a fight over a state gun "
        "law. A three-judge panel of the 10th U.S. Circuit Court of Appeals rejected Kansas's "
        "bid to reverse a lower-court judge's decision to bar the state from enforcing the "
        "law.\n\nThe decision came in response to a lawsuit filed by the Justice Department."
    )
    m = next((x for x in found if x.text == "The decision"), None)
    assert m is not None and m.court == "ca10" and m.anaphor


def test_the_opinion_after_a_judge_wrote_in_a_case_is_that_judges_courts() -> None:
    # a judge of the court that ruled, quoted as writing "in" the case, names the ruling the
    # article follows: "The opinion" after it is that court's, not the Supreme Court's told
    # in between (Tymkovich sits on the 10th Circuit: federal_judges.csv)
    found = find(
        "The 10th U.S. Circuit Court of Appeals on Monday ruled that a Kansas man can own "
        "firearms. The court's opinion came after the Supreme Court vacated its prior "
        'decision in light of Jones v. Ohio.\n"We agree with Smith that he remains among the '
        'people," Circuit Judge Timothy Tymkovich wrote in Smith v. Garland. "We will '
        'reverse."\nThe opinion reinstates the earlier decision.'
    )
    m = next((x for x in found if x.text == "The opinion"), None)
    assert m is not None and m.court == "ca10" and m.anaphor


def test_a_precedent_a_justice_wrote_in_still_stops_the_opinion() -> None:
    # "As Justice Scalia wrote in Heller": no ruling of his court told, so the case named
    # since still stands between the circuit's ruling and "The opinion"
    found = find(
        "The 10th U.S. Circuit Court of Appeals on Monday ruled that a Kansas man can own "
        "firearms. As Justice Antonin Scalia wrote in District of Columbia v. Heller, the "
        "right is not unlimited.\nThe opinion in that case was narrow."
    )
    assert not any(x.text == "The opinion" and x.court == "scotus" for x in found)


def test_a_finding_after_another_court_is_named_is_not_pointed_back() -> None:
    # the court the case was appealed to, named in the sentence between, may be the one that
    # "found": not the trial court's ruling restated
    found = find(
        "A state judge in Helena on Monday struck down the law on river permits. The state "
        "appealed the decision to the Montana Supreme Court, which heard arguments in July. "
        "The court found that the law was void."
    )
    assert not any(m.text.startswith("The court found") and m.court == "mtjdct" for m in found)
