"""Rulings named outright and the court each gets (issue 13, point 3, tenth session): shapes
from the open sets dev13/dev14 and from real news pages — a sentence that opens on its ruling
("In a 2-to-1 decision last August, the US Court of Appeals for the Fourth Circuit said …",
"In a 153-page order issued today, a federal judge in New Orleans ruled …"), a ruling told by
a contact clause ("a temporary injunction a lower court judge in East St. Louis issued April
28"), "the court" after a precedent cited by its case, and the circuit named in full without
"U.S.". The sentences are our own, in the shape of real ones; each row names the court a
reader would expect (None: one the text does not support) and a piece of the span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at

SHAPES = [
    # the ruling a sentence opens on is the subject's, a month without its day before the
    # comma (not the Supreme Court's ruling told before it)
    (
        "The Supreme Court declined to hear the appeal on Monday. In a 2-to-1 decision last "
        "August, the US Court of Appeals for the Fourth Circuit said the policy discriminated.",
        "ca4",
        "a 2-to-1 decision last August",
    ),
    (
        "The justices turned the case away. In a 2-1 ruling last year, the 9th Circuit held "
        "that the county had violated the law.",
        "ca9",
        "a 2-1 ruling last year",
    ),
    # … and when the subject is a judge whose court the city names
    (
        "Last week, the Fifth Circuit reversed the ruling.\n\nIn a 153-page order issued today, "
        "a federal judge in New Orleans ruled that the explosion was the result of recklessness.",
        "laed",
        "a 153-page order",
    ),
    # … or no court at all: a state with several districts and no judge named (never the
    # court of the ruling told before)
    (
        "Last week, the Fifth Circuit reversed the ruling.\n\nIn a 153-page order issued today, "
        "a federal district judge in Louisiana ruled that the spill was the result of "
        "recklessness.",
        None,
        "a 153-page order",
    ),
    # the circuit named in full with "US", "United States" or nothing before "Court"
    (
        "The United States Court of Appeals for the Second Circuit ruled on Friday that the "
        "subpoena was valid.",
        "ca2",
        "The United States Court of Appeals for the Second Circuit ruled",
    ),
    (
        "The Court of Appeals for the Ninth Circuit upheld the injunction on Tuesday.",
        "ca9",
        "The Court of Appeals for the Ninth Circuit upheld",
    ),
    # a ruling noun told by a contact clause that names its court: that court's, a mention
    # of its own after the reviewing court's verb
    (
        "A federal appeals court on Thursday blocked a temporary injunction a lower court judge "
        "in East St. Louis issued April 28.",
        "ilsd",
        "a temporary injunction a lower court judge in East St. Louis issued April 28",
    ),
    (
        "The 7th Circuit on Thursday blocked a temporary injunction a lower court judge in East "
        "St. Louis issued April 28.",
        "ca7",
        "The 7th Circuit on Thursday blocked",
    ),
    (
        "The appeals court paused the order Judge James Boasberg signed Saturday.",
        "dcd",
        "the order Judge James Boasberg signed Saturday",
    ),
    # … or by a relative clause opening on "that"
    (
        "Here is a report on a ruling that a divided three-judge panel of the U.S. Court of "
        "Appeals for the Seventh Circuit issued on Wednesday.",
        "ca7",
        "a ruling that a divided three-judge panel",
    ),
    # a state trial judge whose state only the article's cities say (all in one state)
    (
        "The city can enforce the injunction, a judge ruled Friday in downtown Oakland. "
        "Alameda Superior Court Judge Robert Freedman wrote that the city had met its burden.",
        "calsuperct",
        "a judge ruled Friday",
    ),
    # "held unconstitutional" with its object after the holding
    (
        "In August, a federal judge in Austin held unconstitutional a part of the law that "
        "required clinics to meet surgical standards.",
        "txwd",
        "a federal judge in Austin held unconstitutional",
    ),
    # "9th US Circuit" without periods; "U.S. Appeals Court" in title case with its state
    (
        "The 9th US Circuit Court of Appeals dissolved an order on Saturday.",
        "ca9",
        "The 9th US Circuit Court of Appeals dissolved",
    ),
    (
        "A U.S. Appeals Court in Florida has reinstated the state's election law.",
        "ca11",
        "A U.S. Appeals Court in Florida has reinstated",
    ),
    # "a different panel" is another panel of the same court of appeals
    (
        "The 9th Circuit stayed the injunction last week. On Saturday a different panel of "
        "judges dissolved the order.",
        "ca9",
        "a different panel of judges dissolved",
    ),
    # "the court" after an appeals court's sentence that speaks of "a judge's order" below
    (
        "The U.S. Court of Appeals for the 5th Circuit said Thursday it will allow the law to "
        "remain in effect while it considers an appeal of a judge's order blocking it.\n\n"
        "The court issued a 2-1 order siding with the state. A federal judge in Austin had "
        "halted the ban.",
        "ca5",
        "The court issued a 2-1 order",
    ),
    # a ruling noun dated by its weekday: "a Thursday ruling by …"
    (
        "A U.S. district judge had ruled that the law discriminated. But a Thursday ruling by "
        "the 11th U.S. Circuit Court of Appeals said the analysis was flawed.",
        "ca11",
        "a Thursday ruling by the 11th U.S. Circuit Court of Appeals",
    ),
    # a county's trial judge is the state's trial court, never its court of last resort
    # named before
    (
        "The Alabama Supreme Court ruled in February. However, the Mobile County trial judge "
        "had dismissed both suits in their entirety.",
        "alacirct",
        "the Mobile County trial judge had dismissed",
    ),
    # rulings in the plural with the court that gave them after "by"
    (
        "The justices lifted orders by a federal judge in Oakland and the 9th Circuit that had "
        "barred the spending.",
        "cand",
        "orders by a federal judge in Oakland",
    ),
    (
        "The Supreme Court on Monday paused rulings from U.S. District Judge William Alsup.",
        "cand",
        "rulings from U.S. District Judge William Alsup",
    ),
    # what a court said in giving its ruling is that ruling; its object, a ruling below, is
    # the trial judge's
    (
        "“Congress holds the purse,” the 9th Circuit said on July 3 in upholding the injunction "
        "issued by U.S. District Judge Haywood Gilliam Jr.",
        "ca9",
        "the 9th Circuit said on July 3 in upholding",
    ),
    (
        "“Congress holds the purse,” the 9th Circuit said on July 3 in upholding the injunction "
        "issued by U.S. District Judge Haywood Gilliam Jr.",
        "cand",
        "the injunction issued by U.S. District Judge Haywood Gilliam",
    ),
    # a surname opening on a particle in lower case: the judges' table knows the judge
    (
        "U.S. District Judge John W. deGravelles ruled Tuesday that the law violates the First "
        "Amendment.",
        "lamd",
        "U.S. District Judge John W. deGravelles ruled",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court, [(m.text, m.court) for m in rulings(text)]


def test_the_court_after_a_cited_precedent_is_the_story_court() -> None:
    # "Citing the Supreme Court's decision in Loper Bright …, the court found": the precedent
    # cited by its case is not the court the story follows
    text = (
        "On March 31, Judge Sean D. Jordan of the U.S. District Court for the Eastern District "
        "of Texas issued an opinion. Citing the Supreme Court's decision in Loper Bright "
        "Enterprises v. Raimondo, the court found that the agency lacked authority.\n"
        "The court ruled for the plaintiffs on the first count. The court denied all other "
        "relief."
    )
    courts = {m.text: m.court for m in rulings(text)}
    assert courts.get("The court ruled for the plaintiffs on the first count") == "txed", courts
    assert courts.get("The court denied all other relief") == "txed", courts


def test_the_court_after_a_precedent_cited_by_its_short_name_is_the_story_court() -> None:
    text = (
        "Judge Sean D. Jordan of the U.S. District Court for the Eastern District of Texas "
        "issued an opinion. Applying the Supreme Court's 2024 Loper Bright decision, the court "
        "ruled that the agency lacked authority."
    )
    assert [m.court for m in rulings_at(text, "the court ruled")] == ["txed"]


def test_the_court_after_its_own_cited_ruling_stays_that_court() -> None:
    # no other court before: the court of the cited ruling is still the one meant
    text = (
        "The Supreme Court's decision in Dobbs v. Jackson Women's Health Organization ended "
        "the right. The court ruled that the Constitution makes no reference to abortion."
    )
    found = rulings_at(text, "The court ruled")
    assert [m.court for m in found] == ["scotus"]


def test_executive_orders_by_a_president_are_no_ruling() -> None:
    text = "The judge weighed executive orders by President Trump that cut the funding."
    assert not rulings_at(text, "executive orders by")


def test_a_politician_said_in_upholding_is_no_ruling() -> None:
    text = "The governor said on Monday in rejecting the bill that it cost too much."
    assert not rulings(text)


def test_a_ruling_that_a_court_reached_is_no_contact_clause() -> None:
    # "a ruling that the court lacked jurisdiction" says what was held, not who issued it
    text = "The company welcomed a ruling that the court lacked jurisdiction."
    assert not rulings_at(text, "a ruling that the court")


def test_cities_of_two_states_give_a_superior_court_judge_no_state() -> None:
    text = (
        "A judge ruled Friday in Oakland. The company is based in Phoenix. Superior Court "
        "Judge Robert Freedman wrote that the city had met its burden."
    )
    assert all(m.court is None for m in rulings_at(text, "A judge ruled"))


def test_half_of_a_compound_adjective_is_no_ruling_verb() -> None:
    # "voter-approved", "court-ordered": no verb of the court before them
    text = (
        "Arizona Supreme Court considers arguments that voter-approved dark money law is "
        "unconstitutional\nThe institute challenged the law."
    )
    assert not rulings(text)


def test_a_ruling_a_party_announces_does_not_take_the_dateline_district() -> None:
    # a press release's dateline is the party's city, not the court's
    text = (
        "Houston, TX – The county attorney announced today that a federal judge has "
        "temporarily blocked the administration from carrying out the order."
    )
    assert [m.court for m in rulings_at(text, "a federal judge has")] == [None]


def test_a_ruling_told_under_a_wire_dateline_keeps_its_district() -> None:
    text = "HOUSTON — A federal judge has temporarily blocked the administration's order."
    assert [m.court for m in rulings_at(text, "A federal judge has")] == ["txsd"]


def test_a_circuit_judge_the_table_lacks_takes_no_state_appeals_court() -> None:
    # "Circuit Judge" is also Florida's trial judges' title: never the state's court of
    # appeals named before
    text = (
        "The 1st District Court of Appeal announced Thursday that Circuit Judge Terry Lewis "
        "made an error when he declared in 2018 that the waiting period was unconstitutional."
    )
    assert all(m.court != "fladistctapp" for m in rulings_at(text, "Circuit Judge Terry Lewis"))


def test_a_trial_judge_takes_no_court_of_last_resort() -> None:
    text = (
        "The Alabama Supreme Court reversed the ruling on Friday, finding that the trial judge "
        "dismissed the suits in error. The trial judge dismissed both suits in 2022."
    )
    assert all(m.court != "ala" for m in rulings_at(text, "The trial judge dismissed"))


def test_a_lower_court_judge_in_a_state_gets_no_district() -> None:
    # a state with several districts names none; the discourse decides (here: nothing)
    text = "A federal appeals court blocked an injunction a lower court judge in Texas issued."
    assert all(m.court not in ("txnd", "txsd", "txed", "txwd") for m in rulings(text))
