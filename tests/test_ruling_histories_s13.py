"""Rulings told as a history that linker did not find at all (issue 13, points 1 and 3,
thirteenth session): panels as subjects, votes and dates on ruling nouns, the particle of "sent
… back", grants of review, passives with a judge's appointer, rulings told by what they did.
The sentences are our own in the shapes of real pages (the session's probe pages, listed in
the README), or short quotes of them; each row gives the span a reader marks (a piece of it)
and the court."""

from __future__ import annotations

import pytest

from conftest import rulings

FOUND = [
    # a panel told by its size in digits ("The 3-judge panel upheld", gunmagwarehouse.com)
    (
        "The Ninth Circuit heard the appeal. The 3-judge panel upheld the ban.",
        "The 3-judge panel upheld",
        "ca9",
    ),
    # a vote with an en dash ("the 3–0 ruling", Epoch Times 2024)
    (
        "The 8th Circuit struck down the law on Monday. Chief Judge Steven Colloton wrote in "
        "the 3–0 ruling that the state erred.",
        "the 3–0 ruling",
        "ca8",
    ),
    # how the court ruled, told after the law it acted on
    ("The Ninth Circuit upheld the ban in a 2-1 decision.", "a 2-1 decision", "ca9"),
    # … and after the ruling below it reviewed
    (
        "U.S. District Judge Roger Benitez struck down the ban. The 3-judge panel of the Ninth "
        "Circuit upheld Judge Benitez’s ruling in a 2-1 decision.",
        "a 2-1 decision",
        "ca9",
    ),
    # a panel's ruling told in a relative clause
    (
        "The Ninth Circuit panel upheld the ban. California appealed to the en banc panel, "
        "which reversed both the judge and the panel.",
        "which reversed",
        "ca9",
    ),
    # the particle after a named object ("sent Duncan v. Bonta back to the Ninth Circuit")
    (
        "The Supreme Court sent Smith v. Jones back to the Ninth Circuit last year.",
        "The Supreme Court sent",
        "scotus",
    ),
    # a grant of rehearing ("has decided to rehear the case", ridesharehouston.org 2023)
    (
        "The United States Court of Appeals for the Eleventh Circuit has decided to rehear the "
        "case.",
        "has decided to rehear",
        "ca11",
    ),
    # a ruling made by a panel named with its court ("made that ruling yesterday", AP 2006)
    (
        "A three-judge panel of the Eighth Circuit Court of Appeals made that ruling yesterday.",
        "made that ruling",
        "ca8",
    ),
    # a passive whose agent is a judge with who appointed her (Raw Story, 2013)
    (
        "The ban was struck down Tuesday with extreme prejudice by Obama-appointed Judge Beryl "
        "A. Howell.",
        "was struck down Tuesday",
        "dcd",
    ),
    # the holding first, its court after it with a holding verb (Orlando Weekly, 2025)
    (
        "The injunction against the state's ban won't last, an appeals court concluded this "
        "week. The 11th U.S. Circuit Court of Appeals stayed it on Tuesday.",
        "an appeals court concluded this week",
        "ca11",
    ),
    (
        "Injunctions from one court do not preclude review in others, a split 9th U.S. Circuit "
        "Court of Appeals panel decided Tuesday, adding gloss to the doctrine.",
        "panel decided Tuesday",
        "ca9",
    ),
    # what a court told a party it may do
    (
        "The 11th U.S. Circuit Court of Appeals heard the appeal. Two judges on a three-judge "
        "panel told the state Tuesday it may begin enforcing the law.",
        "told the state Tuesday it may",
        "ca11",
    ),
    # a party's win is the ruling of the court the next sentence names
    (
        "After a year of litigation, Texas secured a final judgment against the rule. U.S. "
        "District Judge Drew Tipton agreed with Texas.",
        "a final judgment",
        "txsd",
    ),
    (
        "A coalition of attorneys general today won a preliminary injunction against the "
        "freeze. Judge John J. McConnell of the U.S. District Court for the District of Rhode "
        "Island granted it.",
        "a preliminary injunction",
        "rid",
    ),
    # denials of certiorari told as a noun, and a clause whose object is a cert petition
    (
        "The Supreme Court declined to hear the case. The denial of the petition for "
        "certiorari keeps a circuit split intact.",
        "The denial of the petition for certiorari",
        "scotus",
    ),
    (
        "The denial of certiorari review left intact a Second Circuit ruling.",
        "The denial of certiorari review",
        "scotus",
    ),
    (
        "On January 10, the Court denied a certiorari petition filed by 49 travel agencies.",
        "the Court denied a certiorari petition",
        "scotus",
    ),
    # a court's possessive act: a panel's finding; a court's majority
    (
        "A three-judge panel of the Fifth Circuit ruled in April. All 17 judges will decide "
        "whether to uphold or reverse the panel’s finding.",
        "the panel’s finding",
        "ca5",
    ),
    (
        "The U.S. Court of Appeals for the Eleventh Circuit halted the injunction. The appeals "
        "court majority, comprising Judges Elizabeth Branch and Barbara Lagoa, said the state "
        "made a strong showing.",
        "The appeals court majority",
        "ca11",
    ),
    # how the reviewing court ruled, after the ruling below it affirmed and that ruling's law
    (
        "The 8th U.S. Circuit Court of Appeals affirmed a preliminary injunction preventing the "
        "law from taking effect in a Jan. 24 opinion.",
        "a Jan. 24 opinion",
        "ca8",
    ),
    # a court that left a ruling undisturbed
    (
        "The Supreme Court left undisturbed the decision of the appeals court on Monday.",
        "The Supreme Court left undisturbed",
        "scotus",
    ),
]


@pytest.mark.parametrize(("text", "piece", "court"), FOUND)
def test_found_with_its_court(text: str, piece: str, court: str) -> None:
    got = [(m.text, m.court) for m in rulings(text)]
    assert any(piece in t and c == court for t, c in got), got


FOUND_NO_COURT = [
    # a holding as a reduced relative clause (Topeka Capital-Journal, 2009): Missouri has two
    # federal districts, so no court is given
    (
        "The law was identical to a Missouri statute ruled constitutional by a Missouri federal "
        "district court.",
        "ruled constitutional by a Missouri federal district court",
    ),
    # a judge who called a rule's legality into question
    (
        "In May, a federal judge called the legality of the rule into question.",
        "a federal judge called the legality",
    ),
]


def test_what_a_court_told_a_party_ends_before_the_rule_it_may_not_enforce() -> None:
    from conftest import mentions

    text = (
        "Judge Mazzant granted a preliminary injunction against the Final Overtime Rule. The "
        "Court has told the USDOL that it may not enforce the Rule."
    )
    found = mentions(text)
    assert any(m.kind == "ruling" and m.text.endswith("it may not") for m in found), found
    assert any(m.kind == "regulation" and m.text == "the Rule" for m in found), found


@pytest.mark.parametrize(("text", "piece"), FOUND_NO_COURT)
def test_found(text: str, piece: str) -> None:
    assert any(piece in m.text for m in rulings(text)), rulings(text)


NOT_RULINGS = [
    "The panel discussion upheld the tradition of a lively debate.",
    "The restaurant sent the order back to the kitchen on Monday.",
    "The committee has decided to review the budget.",
    "The senator called the legality of the rule into question on Monday.",
    "The team was beaten on Tuesday with ease by Obama-appointed coaches.",
    "The judges of the contest made that ruling on Friday about the pie.",
    "The plan will cost too much, a state auditor concluded this week.",
    "The governor told the state Tuesday it may begin enforcing the law.",
    "The team won a decision on the trade, the league office said.",
    "A denial of certiorari is not a ruling on the merits, lawyers say.",
    "The Senate majority leader said the company's action was wrong.",
    "The storm left undisturbed the old barn on Monday.",
    # the manner noun of another clause, after a comma, is not the reviewing court's
    "The board affirmed a plan preventing the sale, as the mayor said in a Jan. 24 memo.",
]


@pytest.mark.parametrize("text", NOT_RULINGS)
def test_not_rulings(text: str) -> None:
    assert rulings(text) == []
