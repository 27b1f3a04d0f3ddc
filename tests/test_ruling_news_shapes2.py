"""Rulings in the shapes real news pages print them, round five (issue 13, points 1 and 3,
eighth session, second rulings helper): sentencings whose defendant carries a title or an
appositive, jury verdicts told as what the jury did. The sentences are our own, in the shape of
real news; each row names the court a reader would expect (None: one the text does not
support) and a piece of the span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at

SHAPES = [
    # a sentencing whose defendant has a title or an appositive before "to <term>"
    (
        "A federal judge on Tuesday sentenced former Ohio Governor Sam Brown to two years in "
        "prison.",
        None,
        "sentenced former Ohio Governor Sam Brown to two years",
    ),
    (
        "A federal judge Thursday sentenced Tom Hale, a longtime friend and political adviser to "
        "the senator, to three years and four months in prison.",
        None,
        "sentenced Tom Hale, a longtime friend",
    ),
    (
        "A federal judge sentenced the lobbyist to three-and-a-half years in prison.",
        None,
        "to three-and-a-half years",
    ),
    # a jury's verdict told as what the jury did; "the jury" takes the trial's court
    (
        "A Florida jury hit the cigarette maker with a $4.1 million verdict on Friday.",
        "flacirct",  # a state's jury: its trial court (ninth session, round two)
        "hit the cigarette maker with a $4.1 million verdict",
    ),
    (
        "A Georgia jury reached a verdict Friday in the rollover case.",
        "gasuperct",  # a state's jury: its trial court (ninth session, round two)
        "reached a verdict Friday",
    ),
    (
        "A federal judge in Miami presided over the trial. The jury convicted him on Friday.",
        "flsd",
        "The jury convicted him",
    ),
    (
        "The jury also awarded the widow $16.8 million in compensatory damages.",
        None,
        "The jury also awarded the widow",
    ),
    # a judge named before, then what she turned down, told with a pronoun
    (
        "U.S. District Judge Amy Berman Jackson called the request excessive, although she "
        "rejected the defense's bid for probation.",
        "dcd",
        "she rejected the defense's bid for probation",
    ),
    # "They" after the justices, with a verb of turning appeals away
    (
        "The justices granted review in none of the cases. They turned down more than 1,600.",
        "scotus",
        "They turned down more than 1,600",
    ),
    # a request a court grants: "agreed to postpone" (never "agreed to hear")
    (
        "U.S. District Judge Amy Berman Jackson agreed to postpone his incarceration.",
        "dcd",
        "agreed to postpone his incarceration",
    ),
    # "New York State appeals court": the state's court of appeals, never the circuit
    (
        "A New York State appeals court has refused to throw out the murder conviction.",
        "nyappdiv",
        "A New York State appeals court has refused to throw out",
    ),
    # a headline in title case: a court opening its line, a capitalised verb after it
    (
        "Ohio Supreme Court Overturns Murder Conviction\n\nThe court ruled 5-2 on Tuesday.",
        "ohio",
        "Ohio Supreme Court Overturns Murder Conviction",
    ),
    (
        "U.S. Supreme Court Refuses to Block Execution of Inmate\n\nThe justices acted late.",
        "scotus",
        "U.S. Supreme Court Refuses to Block Execution",
    ),
    # a direction before the state: "northeastern", "southwestern" name a district too, for a
    # federal court; a jury there with no "federal" keeps no district
    (
        "A federal judge in southwestern Ohio blocked the rule on Friday.",
        "ohsd",
        "A federal judge in southwestern Ohio blocked",
    ),
    (
        "A jury in northwestern Florida awarded the widow $23 billion late Friday.",
        "flacirct",  # a state's jury: its trial court (ninth session, round two)
        "A jury in northwestern Florida awarded",
    ),
    # "decided that": a holding or a verdict
    (
        "A Florida jury decided that the tobacco company will pay $800,000 in damages.",
        "flacirct",  # a state's jury: its trial court (ninth session, round two)
        "A Florida jury decided that",
    ),
    # a district judge's ruling a circuit reviews is its own mention, never the circuit's
    (
        "The 8th Circuit overturned a federal district judge's ruling on Monday.",
        None,
        "a federal district judge's ruling",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court


NOT_RULINGS = [
    "Prosecutors asked that he be sentenced to ten years in prison.",
    "She sentenced nobody; the senator said he would not comment to reporters.",
    "The jury heard testimony from ten witnesses on Monday.",
    "U.S. District Judge Amy Berman Jackson presided. She declined to comment on the case.",
    "The courier delivered a parcel to the jury room on Monday.",
    "The storm hit the coast with a surge on Friday.",
    "The voters decided that the plan was fine on Thursday.",
    "Supreme Court Justice Speaks at Law School\n\nShe spoke about her work.",
    "Supreme Court Refuses to Comment\n\nA spokesman said nothing.",
]


@pytest.mark.parametrize("text", NOT_RULINGS)
def test_not_rulings(text: str) -> None:
    assert not rulings(text), [m.text for m in rulings(text)]
