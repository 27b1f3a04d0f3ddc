"""Rulings told by a noun phrase (issue 13; fourteenth session, branch s14-rulnouns): a
ruling dated by its modifiers ("an August 1 ruling"), a day's possessive ("tonight's
order"), a court's or judge's possessive with free words before the noun ("Judge X's
renewed injunction"), what a court's possessive owns besides a ruling noun ("the Court's
holding", "the court's move"), a judge named "of" a court the discourse resolves later.
The sentences are our own, in the shape of the held-back census's examples; each row names
the court a reader would expect and a piece of the span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at

SHAPES = [
    # a dated indefinite noun opening its sentence: the court named after it (a case may
    # stand in apposition between)
    (
        "The U.S. Court of Appeals for the 5th Circuit revived the lawsuit. In an August 1 "
        "ruling, Smith v. Jones, the appeals court rejected the state's argument.",
        "ca5",
        "an August 1 ruling",
    ),
    (
        "Judge Adam Abelson held a hearing on the rule. In an initial 2023 decision, "
        "Abelson had called the rule unlawful.",
        "mdd",
        "an initial 2023 decision",
    ),
    # a day's possessive: the article's own day is its lead ruling
    (
        "U.S. District Judge James Boasberg blocked the deportations on Saturday. Tonight's "
        "order applies to every detainee on the flights.",
        "dcd",
        "Tonight's order",
    ),
    (
        "U.S. District Judge James Boasberg blocked the deportations on Saturday. Sunday's "
        "order applies to every detainee on the flights.",
        "dcd",
        "Sunday's order",
    ),
    # a day's ruling with no ruling told before it: the court its sentence tells of that day
    (
        "The North Dakota Supreme Court failed on Friday to reach the majority needed. "
        "Friday's ruling means the ban is back in force.",
        "nd",
        "Friday's ruling",
    ),
    # (and with rulings told before it: the ruling of the court whose sentence names the day)
    (
        "On Monday, U.S. District Judge James Boasberg blocked the flights. The 9th Circuit "
        "upheld the state's map on Tuesday. Monday's ruling is the first of its kind.",
        "dcd",
        "Monday's ruling",
    ),
    (
        "The Iowa Supreme Court heard arguments in May. Today's decision ends the case.",
        "iowa",
        "Today's decision",
    ),
    # a split vote told first: the bench it fits, named in its sentence or the one before
    (
        "The justices heard the case in October. The 7-2 decision today limits the agency's reach.",
        "scotus",
        "The 7-2 decision",
    ),
    # "Its" opening a sentence: the one court the sentence before names
    (
        "Critics blasted the Supreme Court. Its 6-3 decision in June gutted the law.",
        "scotus",
        "Its 6-3 decision",
    ),
    # free words after a judge's possessive
    (
        "U.S. District Judge James Boasberg held the hearing on the flights. Judge "
        "Boasberg's renewed injunction covers the second flight as well.",
        "dcd",
        "Boasberg's renewed injunction",
    ),
    # a court's possessive and what it owns
    (
        "The Supreme Court ruled 6-3 for the state. The Court's holding was narrow.",
        "scotus",
        "The Court's holding",
    ),
    (
        "The Supreme Court's move came after the 7th Circuit refused to pause the ruling.",
        "scotus",
        "The Supreme Court's move",
    ),
    (
        "U.S. District Judge James Boasberg held a hearing. The judge's order to return the "
        "men came hours later.",
        "dcd",
        "The judge's order",
    ),
    # what a ruling lifts is a ruling below, of the court the next sentence names
    (
        "The 4th Circuit's ruling on Friday lifts an injunction that required the agency to "
        "keep paying the grants. U.S. District Judge Adam Abelson had issued it in March.",
        "mdd",
        "an injunction",
    ),
    # a party's win or loss at a court named in full
    (
        "The county lost at the 6th Circuit last year and has asked the Supreme Court to step in.",
        "ca6",
        "lost at the 6th Circuit",
    ),
    (
        "The group had won in the 9th Circuit before the justices took up the case.",
        "ca9",
        "won in the 9th Circuit",
    ),
    (
        "The Michigan attorney general won a court order from the Michigan Supreme Court "
        "barring the sale.",
        "mich",
        "won a court order",
    ),
    # the judges' decision: a bench's
    (
        "A three-judge panel of the 2nd Circuit upheld the map on Friday. The judges' "
        "decision came after months of arguments.",
        "ca2",
        "The judges' decision",
    ),
    # a word of topic between a court named in full and its ruling noun
    (
        "The company now relies on a controversial May 29 Supreme Court environmental "
        "decision to fight the fine.",
        "scotus",
        "Supreme Court environmental decision",
    ),
    # a court's notice, told as what its justices stated in it
    (
        "The Wyoming Supreme Court took up the questions in May. Justices stated in a brief "
        "notice filed Tuesday that the record was too thin.",
        "wyo",
        "Justices stated in a brief notice",
    ),
    # a judge "of" a county court: that court, and the judge's later surname too
    (
        "The high court of Georgia reinstated the ban that was struck down by Judge Robert "
        "Hale of Fulton County Superior Court a week before. Hale's ruling had found the "
        "law void.",
        "gasuperct",
        "Hale's ruling",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court


NOT_RULINGS = [
    # a possessive's free words never make a view or a president's order a ruling
    (
        "Justice Neil Gorsuch spoke at the law school. The justice's personal opinion of the "
        "statute was not the point.",
        "personal opinion",
    ),
    # a dated "order" may be a president's: not made specific by its date
    (
        "President Trump signed a proclamation on tariffs. Importers sued over a March 3 "
        "order that raised the duties.",
        "March 3 order",
    ),
    # a court phrase holding its own ruling word is no ruling noun: "the state's top court"
    # stays a court ("the nominee" stands for no topic either)
    (
        "Senators met the Supreme Court nominee Tuesday; the Supreme Court nominee decision "
        "is expected next week.",
        "nominee decision",
    ),
    # a party's notice is no ruling
    (
        "In a brief notice Monday, the defendants said they would appeal to the 5th U.S. "
        "Circuit Court of Appeals.",
        "brief notice",
    ),
    # a day's ruling no court's sentence tells of
    (
        "Voters went to the polls on Friday. Friday's ruling is the talk of the town.",
        "Friday's ruling",
    ),
    # a vote still to come
    (
        "The Supreme Court heard arguments in the case, and a 6-3 decision is expected in June.",
        "6-3 decision",
    ),
    # "Its" after a sentence that names no court
    (
        "The league's council met on Monday. Its decision on the penalty came Friday.",
        "Its decision",
    ),
    # what may yet happen at a court
    (
        "The company could lose at the Supreme Court next year, its lawyers warned.",
        "lose at",
    ),
    # a won court order with no court the story names: nothing to link
    (
        "The tenants won a court order last spring, their lawyer said.",
        "court order",
    ),
    # the judges' ruling after a trial judge's: no bench's ruling to point to
    (
        "U.S. District Judge James Boasberg blocked the deportations. The judges' ruling in "
        "the other case came later.",
        "The judges' ruling",
    ),
    # what a ruling lifts when no court below is named
    (
        "The ruling lifts an injunction on the grants, the agency said.",
        "an injunction",
    ),
    # a justice's concurrence is no ruling of the Court's; "the revised order" is as often
    # a president's (such words are read only after a court's or judge's possessive)
    (
        "The Supreme Court upheld the law in March. Justice Neil Gorsuch agreed with the "
        "result. In his concurring opinion, Gorsuch warned against broad readings.",
        "concurring opinion",
    ),
    (
        "A federal judge in Hawaii blocked the travel ban in March. The White House then "
        "issued the revised order on travel.",
        "revised order",
    ),
    # the court's move to the right is no ruling
    (
        "The Supreme Court's move to the right has reshaped the law of guns.",
        "move",
    ),
]


@pytest.mark.parametrize(("text", "piece"), NOT_RULINGS)
def test_not_rulings(text: str, piece: str) -> None:
    assert not rulings_at(text, piece), [m.text for m in rulings(text)]
