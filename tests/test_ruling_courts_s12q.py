"""Which court, twelfth session (issue 13, point 3): rulings of a case told through several
courts, on 33 real pages (state trial court → state supreme court, district → circuit →
Supreme Court, stays and remands). A bare "the Supreme Court" in a story about one state's
court of last resort stays that court after its justices or "the state's highest court" are
told of; the court below a federal court of appeals is a trial court, never that circuit; a
judge titled "Judge" sits on no court of last resort of justices told of sentences before
her; what a court of review blocks, stays or overturns is a ruling of the court below. The
sentences are our own, in the shape of the real ones; each row names the court a reader
would expect (None: one the text does not support) and a piece of the span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at

SHAPES = [
    # a bare "Supreme Court" after the state's court, its justices and a lower state court
    (
        "The Ohio Supreme Court has thrown out a county judge's order on the new maps, a "
        "blow to the voters who had sued the redistricting commission in the spring and asked "
        "for the old lines to be kept for one more election. The commission's lawyers had "
        "argued for weeks that the voters waited far too long, that ballots were already "
        "printed in most counties, and that any change now would confuse voters and election "
        "workers alike. The voters' lawyers answered that the maps split cities and counties "
        "for no reason but party advantage, and that the constitution gives no deadline for "
        "a challenge of that kind. Both sides filed more than a dozen briefs, and several "
        "county election boards told the court they would need at least six weeks to redraw "
        "precincts, print new ballots and mail them to voters overseas and in the military, "
        "as federal law requires of every state before a general election. "
        "The justices unanimously ruled the challenge came too late. A Franklin County judge had "
        "ordered officials last week to stop the count, saying the plaintiffs would likely "
        "win on the merits. The judge's order was issued on Wednesday after a two-day "
        "hearing. The Supreme Court's decision sets that order aside.",
        "ohio",
        "The Supreme Court's decision",
    ),
    # … and after "the state's highest court" told of again
    (
        "On Friday, the Oregon Supreme Court struck down a ruling by a county judge on the "
        "ballot measure. According to the Oregonian, the state's highest court determined "
        "that the suit had named the wrong officials. A county circuit court had ruled "
        "against the measure in March, finding that its summary misled voters and that the "
        "secretary of state should rewrite it before the election. In a 4-3 vote, the "
        "Supreme Court ruled that the lower court had no power to hear the case.",
        "or",
        "the Supreme Court ruled",
    ),
    # the court below a federal court of appeals is a trial court: none where the page
    # names none, never the circuit
    (
        "The challengers will ask the full U.S. Court of Appeals for the Eleventh Circuit to "
        "rehear the case. That means the lower court's injunction against the ban will stay "
        "in effect for now.",
        None,
        "the lower court's injunction",
    ),
    (
        "The full 9th Circuit declined on Wednesday to rehear the case. In June, a panel had "
        "granted a stay pending appeal of a lower court's injunction that favored the state.",
        None,
        "a lower court's injunction",
    ),
    # … and the district court the page names when it names one
    (
        "U.S. District Judge Ana Reyes issued a preliminary injunction in March. The 9th "
        "Circuit on Friday said the lower court's injunction went too far.",
        "dcd",
        "the lower court's injunction",
    ),
    # a judge titled "Judge" far after the state's high court is a trial judge (Texas's trial
    # courts have no single id: none), never a justice of it
    (
        "The Texas Supreme Court on Friday granted the attorney general's emergency motion. "
        "The clinics had sued the state days after the ruling on Roe. On Tuesday, Judge Maria "
        "Delgado ruled that the old ban could not be enforced for two weeks.",
        None,
        "Judge Maria Delgado ruled",
    ),
    # … but a justice the paper titles judge, told of in the sentence after the court's own
    (
        "The Montana Supreme Court on Wednesday upheld a Billings judge's decision to block "
        "the law. In a nearly unanimous ruling penned by Judge Laurie McKinnon, the court "
        "held that the law likely violates the right to privacy.",
        "mont",
        "penned by Judge Laurie McKinnon",
    ),
    # "the U.S. Court of Appeals" after a circuit's name is that circuit's, not a bare court
    (
        "A three-judge panel of the 11th Circuit U.S. Court of Appeals issued an order on "
        "Monday vacating the injunction. Circuit Judge Barbara Lagoa wrote the opinion, joined "
        "by District Judge Jean-Paul Boulee of the Northern District of Georgia.",
        "ca11",
        "Court of Appeals issued an order",
    ),
    # a judge named by name takes no court named at or after another judge's name: Burke's
    # own district from the judges table (N.D. Ala.), never Boulee's N.D. Ga. (a judge sitting
    # by designation elsewhere, as Burke did in M.D. Ala., is the table's known limit)
    (
        "District Judge Liles Burke issued the injunction in May 2022. The panel's opinion was "
        "joined by District Judge Jean-Paul Boulee of the Northern District of Georgia, "
        "sitting by designation. Judge Burke's preliminary injunction had blocked the law.",
        "alnd",
        "Judge Burke's preliminary injunction",
    ),
    # a court asked to review ("seek review … by the Supreme Court") has not ruled: "the
    # divided court" after it is the court of appeals told of before
    (
        "A full sitting of the 4th Circuit upheld the injunction on Thursday. The attorney "
        "general said the department would seek review of the appeals court's decision by the "
        'Supreme Court. "We strongly disagree with the decision of the divided court, which '
        'blocks the order," he said.',
        "ca4",
        "the decision of the divided court",
    ),
    # the court whose ruling a court of review stays is not "the court" after it
    (
        "Judge Charles Breyer of the Northern District of California issued a restraining "
        "order on Thursday. Within hours, the 9th Circuit paused it. On Friday the 9th Circuit "
        "heard arguments. Now the appeals judges have stayed the district court's order "
        "pending appeal. In doing so, the court observed that the president is owed deference.",
        "ca9",
        "the court observed",
    ),
    # "the Court" capitalised mid-sentence after the U.S. Supreme Court is that Court, not
    # the circuit the story follows
    (
        "The Third Circuit ruled again for Range on Monday. It also highlights the "
        "uncertainty over what the Supreme Court's Rahimi ruling means. In an 8-1 ruling, the "
        "Court upheld the federal gun ban for people under restraining orders.",
        "scotus",
        "the Court upheld",
    ),
    # "That court initially entered a temporary stay": what the court of the sentence before
    # enters is its own ruling, however strong its words, not the ruling told before it
    (
        "Yet the district court rebuffed that argument and ordered that the commissioner be "
        "reinstated.\nAnd now so has the D.C. Circuit. That court initially entered a "
        "temporary, administrative stay pending its consideration of the motion, but it "
        "dissolved that stay in Tuesday's 2-1 decision.",
        "cadc",
        "a temporary, administrative stay",
    ),
    # the object of a reviewing clause is the ruling below it, never the reviewing court's
    (
        "In August, a Travis County judge issued a temporary injunction that let doctors use "
        "their judgment. The state appealed.\n\nThe Texas Supreme Court overturned that ruling "
        "Friday, saying it departed from the law as written.",
        "texdistct",  # (Texas's district courts: CourtListener's one id, sixteenth session)
        "that ruling",
    ),
    (
        "Commonwealth Court Judge Patricia Grant last week ordered state officials to halt the "
        "certification, ruling that the challengers would likely prevail. The Pennsylvania "
        "Supreme Court threw out the suit on Saturday. The state Supreme Court's decision "
        "overturns that ruling.",
        "pacommwct",
        "that ruling",
    ),
    # what a court of review blocks or stays is the ruling below, a mention of its own
    (
        "U.S. District Judge Sul Ozerden of the Southern District of Mississippi issued a "
        "preliminary injunction in June. The 5th Circuit blocked the injunction in July.",
        "mssd",
        "the injunction",
    ),
    (
        "The judge issued a preliminary injunction barring the state from enforcing the "
        "law. However, the Fifth Circuit Court of Appeals blocked the preliminary injunction, "
        "letting the law take effect.",
        None,
        "the preliminary injunction",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    if court is None:
        # no court: the mention may be left out, but never given a court
        assert all(m.court is None for m in found), [(m.text, m.court) for m in found]
    else:
        assert [m.court for m in found] == [court], [(m.text, m.court) for m in rulings(text)]


def test_the_reviewing_court_keeps_its_own_clause() -> None:
    text = (
        "U.S. District Judge Sul Ozerden of the Southern District of Mississippi issued a "
        "preliminary injunction in June. The 5th Circuit blocked the injunction in July."
    )
    assert [m.court for m in rulings_at(text, "The 5th Circuit blocked")] == ["ca5"]


def test_an_officials_decision_blocked_is_no_ruling() -> None:
    # "blocked the decision to end …": an official's decision, not a ruling below
    text = (
        "U.S. District Judge Edward Chen ruled in March. On Monday, the 9th Circuit blocked "
        "the decision to end the program for 600,000 people."
    )
    assert not [m for m in rulings(text) if m.text.startswith("the decision")]


def test_a_bare_supreme_court_of_a_federal_matter_stays_the_us_court() -> None:
    # the state's court is named, but the sentence is about Roe: the U.S. Supreme Court's
    text = (
        "The Texas Supreme Court in Austin granted the motion on Friday. The justices set a "
        "hearing for later this month. The clinics had sued days after the Supreme Court "
        "reversed Roe v. Wade."
    )
    found = rulings_at(text, "the Supreme Court reversed")
    assert [m.court for m in found] == ["scotus"], [(m.text, m.court) for m in rulings(text)]
