"""Rulings referred to back and placed in articles with several rulings, twenty-fifth session
(s25-rulrefs): a trial court told by its state alone, placed by the known suit the article
names. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention
from linker.scanner.rulingrefs import _remedies_placed, _trial_level_placed


def _rulings(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.court) for m in mentions(text, date) if m.kind == "ruling"]


def test_a_federal_court_in_a_state_is_the_named_suits_court() -> None:
    text = (
        "Last week a federal court in Texas issued an order stopping the Federal Trade "
        "Commission from enforcing its noncompete rule. The case, Ryan LLC v. FTC, was brought "
        "by a tax firm."
    )
    got = _rulings(text, "2024-08-27")
    assert [c for t, c in got if t.startswith("a federal court in Texas")] == ["txnd"]


def test_a_federal_court_in_another_state_stays_unplaced() -> None:
    text = (
        "Last week a federal court in Florida issued an order stopping the Federal Trade "
        "Commission from enforcing its noncompete rule. The case, Ryan LLC v. FTC, was brought "
        "by a tax firm in Dallas."
    )
    got = _rulings(text, "2024-08-27")
    assert [c for t, c in got if t.startswith("a federal court in Florida")] == [None]


def test_the_state_decision_refers_back_to_that_states_ruling() -> None:
    text = (
        "U.S. District Judge John deGravelles in Baton Rouge blocked the classroom display law "
        "on Tuesday. Supporters of the law say the Louisiana ruling will not stand, and "
        "critics say the Louisiana judge agreed with every point they made."
    )
    got = _rulings(text, "2024-11-14")
    assert ("the Louisiana ruling", "lamd") in got
    # (s25-dev30's state back-reference reads the same words, ending at the noun)
    assert any(t.startswith("the Louisiana judge") and c == "lamd" for t, c in got)


def test_the_state_decision_with_two_courts_of_that_state_is_not_linked() -> None:
    text = (
        "U.S. District Judge Reed O'Connor in Fort Worth blocked the rule on Tuesday. A day "
        "earlier, U.S. District Judge Jeremy Kernodle in Tyler had blocked a related rule. "
        "Lawyers said the Texas ruling will be appealed."
    )
    got = _rulings(text, "2024-11-14")
    assert {c for _, c in got} >= {"txnd", "txed"}
    assert not [t for t, _ in got if "Texas ruling" in t]


BATON_ROUGE = (
    "The 5th U.S. Circuit Court of Appeals on Friday refused to pause an earlier order by U.S. "
    "District Judge John deGravelles in Baton Rouge while the appeal goes on. "
)


def test_a_quoted_level_reference_binds_to_the_ruling_of_that_level() -> None:
    text = (
        BATON_ROUGE + "\"We are glad the appeals court left the district court's order fully "
        'intact," a lawyer for the parents said. "As the district court ruled, the policy '
        'cannot stand."'
    )
    got = _rulings(text, "2024-11-22")
    assert ("the appeals court left", "ca5") in got
    assert ("the district court ruled", "lamd") in got


def test_a_quoted_supreme_court_is_still_a_speakers_words() -> None:
    text = BATON_ROUGE + '"The Supreme Court has upheld the rule of law," a lawyer said.'
    assert not [t for t, _ in _rulings(text, "2024-11-22") if "Supreme" in t]


def test_a_particle_surname_capitalised_at_a_sentence_start() -> None:
    text = BATON_ROUGE + "DeGravelles ruled that the policy was coercive."
    assert ("DeGravelles ruled", "lamd") in _rulings(text, "2024-11-22")


def test_the_decision_to_vacate_is_the_courts_ruling() -> None:
    text = (
        "On May 3, U.S. District Judge Reed O'Connor in Fort Worth set aside the agency's new "
        "pay rule. The decision to vacate the rule applies to every employer in the country."
    )
    got = _rulings(text, "2025-05-06")
    assert ("The decision", "txnd") in got


def test_an_officials_decision_to_dismiss_is_no_ruling() -> None:
    text = (
        "On May 3, U.S. District Judge Reed O'Connor in Fort Worth set aside the agency's new "
        "pay rule. Separately, the prosecutor's decision to dismiss the charges drew protests."
    )
    got = _rulings(text, "2025-05-06")
    assert not [t for t, _ in got if "decision" in t]


def test_a_remand_told_as_returning_the_rule_to_the_agency() -> None:
    text = (
        "The U.S. Court of Appeals for the Eighth Circuit has returned the rule on bank "
        "overdraft fees to the Consumer Financial Protection Bureau after a challenge by "
        "lenders."
    )
    got = _rulings(text, "2025-03-04")
    assert [c for t, c in got if "has returned" in t] == ["ca8"]


def test_a_returned_book_is_no_ruling() -> None:
    text = "The court clerk returned the rule book to the library on Monday."
    assert _rulings(text, "2025-03-04") == []


def test_the_preliminary_injunction_is_the_one_the_trial_court_granted() -> None:
    text = (
        "In June, U.S. District Judge Mark Walker in Tallahassee granted a preliminary "
        "injunction against the state's app-store law. On Tuesday the U.S. Court of Appeals for "
        "the Eleventh Circuit halted that order, saying the state may enforce the law. Lawyers "
        "for the trade groups said the preliminary injunction had protected millions of users."
    )
    got = _rulings(text, "2025-11-26")
    assert ("the preliminary injunction", "flnd") in got


def test_the_preliminary_injunction_granted_by_two_courts_stays_unplaced() -> None:
    def ruling(start: int, text: str, court: str | None) -> Mention:
        return Mention(start, start + len(text), text, "ruling", court=court)

    found = _remedies_placed(
        [
            ruling(0, "Judge Walker granted a preliminary injunction", "flnd"),
            ruling(100, "Judge O'Connor issued a preliminary injunction", "txnd"),
            ruling(200, "the preliminary injunction", None),
        ]
    )
    assert found[-1].court is None
    one = _remedies_placed(
        [
            ruling(0, "Judge Walker granted a preliminary injunction", "flnd"),
            ruling(100, "the Eleventh Circuit stayed the preliminary injunction", "ca11"),
            ruling(200, "the preliminary injunction", None),
        ]
    )
    assert one[-1].court == "flnd"


def test_these_rulings_after_separate_rulings_are_no_ruling() -> None:
    text = (
        "U.S. District Judge Reed O'Connor in Fort Worth blocked the order on Monday. In separate "
        "rulings, judges also blocked a funding freeze. These rulings mark a check on the "
        "administration."
    )
    assert not [t for t, _ in _rulings(text, "2025-05-06") if "These rulings" in t]


def test_a_release_of_several_opinions_is_no_ruling() -> None:
    text = "On Thursday the Supreme Court released its opinions in two cases about online speech."
    assert not [t for t, _ in _rulings(text, "2025-05-06") if "released" in t]


def test_a_judge_of_two_districts_takes_the_court_of_the_known_suit() -> None:
    text = (
        "The 8th U.S. Circuit Court of Appeals on Monday upheld a lower-court judge's decision "
        "against Missouri's Second Amendment Preservation Act. U.S. District Judge Brian Wimes "
        "in 2023 declared the law invalid. The Justice Department had filed a lawsuit against "
        "the law in 2022."
    )
    got = _rulings(text, "2024-08-27")
    assert [c for t, c in got if t.startswith("U.S. District Judge Brian Wimes")] == ["mowd"]


def test_the_judges_ruling_after_an_appeal_destination_is_the_trial_courts() -> None:
    def ruling(start: int, text: str, court: str | None, anaphor: bool = False) -> Mention:
        return Mention(start, start + len(text), text, "ruling", court=court, anaphor=anaphor)

    found = _trial_level_placed(
        [
            ruling(0, "Judge Donato sided with the unions", "cand"),
            ruling(100, "the Tuesday decision", "cand", True),
            ruling(200, "The judge’s ruling", None, True),
        ]
    )
    assert found[-1].court == "cand"
    two = _trial_level_placed(
        [
            ruling(0, "Judge Donato sided with the unions", "cand"),
            ruling(100, "a district judge in Washington blocked", "dcd"),
            ruling(200, "The judge’s ruling", None, True),
        ]
    )
    assert two[-1].court is None
    court = _trial_level_placed(
        [
            ruling(0, "Judge Donato sided with the unions", "cand"),
            ruling(200, "The court’s ruling", None, True),
        ]
    )
    assert court[-1].court is None


def test_left_the_order_standing_is_the_appeals_courts_ruling() -> None:
    text = (
        "U.S. District Judge Reed O'Connor in Fort Worth blocked the rule in March. On Monday "
        "the appeals panel of the 5th Circuit left the trial judge's order standing."
    )
    got = _rulings(text, "2025-05-06")
    assert [c for t, c in got if "left" in t] == ["ca5"]


def test_a_barn_left_standing_is_no_ruling() -> None:
    text = "The storm left the old barn standing on Monday, the county court clerk said."
    assert _rulings(text, "2025-05-06") == []
