"""Ruling clauses linker did not detect at all, ninth session (issue 13, point 3): passives
with words before "by <court>", juries told as "a jury", verbs of sentences and pleas, "the
U.S. high court", "New York state's highest court", a judge "wrote in issuing" a ruling, "became
the second judge to block", title-case headlines on a bare "Judge"; and two shapes of what may
happen that are no ruling. The sentences are our own, in the shape of real news pages; each row
names the court a reader would expect (None: one the text does not support) and a piece of the
span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at

SHAPES = [
    # a passive whose object or date stands before "by <court>"
    (
        "A Texas inmate was granted a temporary stay of execution by the U.S. Supreme Court on "
        "Tuesday evening.",
        "scotus",
        "was granted a temporary stay of execution by the U.S. Supreme Court",
    ),
    (
        "The asylum rule was blocked in 2019 by a federal judge in San Francisco.",
        "cand",
        "was blocked in 2019 by a federal judge",
    ),
    (
        "The ban was first blocked by a federal judge in Salt Lake City with a temporary "
        "restraining order.",
        "utd",
        "was first blocked by a federal judge",
    ),
    (
        "The appeal was rejected last week by the Supreme Court without comment.",
        "scotus",
        "was rejected last week by the Supreme Court",
    ),
    # verbs the table lacked, active and passive
    (
        "The baker's case was declined by the Supreme Court for review on Monday.",
        "scotus",
        "was declined by the Supreme Court",
    ),
    (
        "The case was deflected by the United States high court without any comment.",
        "scotus",
        "was deflected by the United States high court",
    ),
    (
        "A federal judge in Richmond, Virginia, reduced the former mayor's potential sentence "
        "during a hearing on Tuesday.",
        "vaed",
        "reduced the former mayor's potential sentence",
    ),
    (
        "U.S. District Judge James R. Spencer, who imposed the sentence in Richmond, said he was "
        "moved by the letters.",
        "vaed",
        "who imposed the sentence",
    ),
    (
        "In May, U.S. District Judge Edwin M. Kosik accepted a plea agreement with the former "
        "county judge.",
        "pamd",  # (M.D. Pa., 1986 to 2019: his past appointment places him since the 13th session)
        "accepted a plea agreement",
    ),
    (
        "U.S. District Judge Benjamin Settle became the second federal judge to block the policy "
        "on Thursday.",
        "wawd",
        "became the second federal judge to block",
    ),
    # "the U.S. high court", a state's highest court named as "<State> state's"
    (
        "The U.S. high court rejected the company's appeal on Monday.",
        "scotus",
        "The U.S. high court rejected the company's appeal",
    ),
    (
        "New York state's highest court has upheld the conviction of a former bank programmer.",
        "ny",
        "New York state's highest court has upheld",
    ),
    # a jury told as "a jury"; "found unanimously that"
    (
        "The investigation stalled for years. A jury found him guilty last year in the death "
        "of a neighbor, and his lawyers appealed.",
        None,
        "A jury found him guilty",
    ),
    (
        "A jury in Richmond federal court found unanimously that the couple sold the office, "
        "prosecutors said.",
        "vaed",
        "found unanimously",
    ),
    (
        "A jury in the U.S. District Court for the Middle District of Pennsylvania reached a "
        "split decision on Friday in the corruption trial.",
        "pamd",
        "reached a split decision",
    ),
    # the ruling named as where the judge wrote
    (
        "The ban would purge thousands of service members, a federal judge in Seattle wrote "
        "Thursday in issuing a preliminary injunction against the policy.",
        "wawd",
        "wrote Thursday in issuing a preliminary injunction",
    ),
    # a title-case headline whose subject is a bare "Judge"
    (
        "Judge Sentences Ex-Governor to Two Years in Prison for Bribery\n\nU.S. District Judge "
        "James R. Spencer imposed the term in Richmond on Tuesday.",
        "vaed",
        "Judge Sentences Ex-Governor to Two Years",
    ),
    (
        "Federal Judge Halts Asylum Restrictions\n\nU.S. District Judge Jon Tigar ruled on "
        "Tuesday that the rule was unlawful.",
        "cand",
        "Federal Judge Halts",
    ),
    # a headline's "Judge Follows …" is no judge named "Follows …" who would stand between
    # the next judge and the verb
    (
        "Queens Judge Follows Other Courts, Denies Motion\n\nJudge Trager in Brooklyn federal "
        "court has followed the decisions of the courts in Ohio and Texas, and denied the "
        "defendant's motion to dismiss the complaint.",
        "nyed",
        "and denied the defendant's motion",
    ),
    # contempt: "held … in contempt", "found … in contempt"; a court's papers in title case
    (
        "In unusual contempt proceedings, an Iowa judge fined the school board members and the "
        "judge later held the members in contempt of court.",
        # (an Iowa judge with no "federal": Iowa's district court, courts-db iadistct)
        "iadistct",
        "the judge later held the members in contempt",
    ),
    (
        "U.S. District Judge James Boasberg found the officials in criminal contempt on Wednesday.",
        "dcd",
        "found the officials in criminal contempt",
    ),
    (
        "The principal was later ordered by the court to be reinstated, and the school board "
        "was sued again.",
        None,
        "was later ordered by the court",
    ),
    (
        "On July 20, Judge Emil Giordano of the Court of Common Pleas of Northampton County "
        "issued an Opinion and Order granting summary judgment to the newspaper in the lawsuit.",
        None,
        "issued an Opinion and Order",
    ),
    (
        "A Cook County Circuit Court judge found earlier this year that exemptions to the law "
        "violated the state constitution.",
        None,  # (the county's state is not named)
        "found earlier this year",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court


NOT_RULINGS = [
    # what may happen: a second thing after "until … or", a counterfactual's "until"
    "The injunction remains in place until the lawsuit is resolved or a judge lifts it.",
    "If the appeals court extends the stay, the policy would remain in effect for weeks until "
    "the panel issued a decision.",
    # the same words with no court as their agent
    "The bill was blocked in 2019 by Senate Republicans.",
    "The visa was granted a second time by the consulate on Monday.",
    "The company accepted a settlement offer from the union on Friday.",
    "Judge Judy Returns to Television\n\nThe show's host is a former judge.",
    "Judge Rules Matter, Says Professor\n\nThe professor teaches law students.",
    "He asked for a jury trial. A jury could convict him of the charge.",
]


@pytest.mark.parametrize("text", NOT_RULINGS)
def test_not_rulings(text: str) -> None:
    assert not rulings(text), [m.text for m in rulings(text)]


def test_reviewed_that_decision_is_never_the_supreme_courts() -> None:
    # "An appeals court reversed that decision": the object is a lower court's ruling, never
    # the Supreme Court's told before it
    text = (
        "The case was declined by the Supreme Court on Monday. A trial court had agreed with the "
        "hospital. An appeals court reversed that decision."
    )
    assert not [m for m in rulings(text) if m.text == "that decision" and m.court == "scotus"]


def test_a_headline_judge_who_speaks_makes_no_judge_of_the_president() -> None:
    """ "Judge Warns Trump's Order May Violate Ruling": a headline's judge who warns, tells or
    rebukes names nobody; the president's order later is no judge's ruling."""
    text = (
        "Judge Warns Trump’s Order May Violate Earlier Ruling\n\nU.S. District Judge Ann Lee "
        "blocked the policy in April. The cities said that Trump’s new order repeats it, and "
        "Trump’s order calls for a review."
    )
    assert not [m for m in rulings(text) if "Trump" in m.text]
    assert rulings_at(text, "Judge Ann Lee blocked")


@pytest.mark.parametrize(
    ("text", "court"),
    [
        # the court again, as "it", after a first verb that is no ruling
        (
            "The Vermont Supreme Court gave towns a reprieve on Friday when it decided, in a "
            "fight over school taxes, that the levy was lawful.",
            "vt",
        ),
        (
            "The Oregon Supreme Court surprised lawyers to no end in March, as it ruled that "
            "the county map was void.",
            "or",
        ),
        # a bare weekday before "that"
        ("The Vermont Supreme Court decided Thursday that the levy was lawful.", "vt"),
    ],
)
def test_the_court_again_as_it_and_decided_on_a_weekday(text: str, court: str) -> None:
    found = rulings(text)
    assert [m.court for m in found] == [court]


@pytest.mark.parametrize(
    "text",
    [
        "The Vermont Supreme Court will take up the levy next month when it rules on the appeal.",
        "The town council decided Thursday that the levy was lawful.",
    ],
)
def test_what_is_still_to_come_or_no_court_is_no_ruling(text: str) -> None:
    assert not rulings(text)
