"""Rulings told in shapes the sixth session's development set showed (issue 13, points 1
and 3): a court with a verb that is no plain ruling verb, a long formal court name with a
panel before it, a judge with his court in commas, a holding told first and its court after
("…, the panel said."), and decisions described by their shape ("a short per curiam order",
"the majority opinion", "the current injunction"). The sentences are our own, in the shape of
real news; each row names the court a reader would expect and a piece of the span."""

from __future__ import annotations

import pytest

from conftest import rulings

CLAUSES = [
    # court phrases news prints that were not read as courts
    (
        "Ohio's high court has struck down the new district map.",
        "ohio",
        "Ohio's high court has struck down",
    ),
    (
        "Justices released their unanimous opinion Thursday in the school funding lawsuit.",
        "scotus",
        "Justices released their unanimous opinion Thursday",
    ),
    (
        "A divided three-judge panel of the U.S. Court of Appeals for the Ninth Circuit struck "
        "down the rule on Monday.",
        "ca9",
        "A divided three-judge panel of the U.S. Court",
    ),
    (
        "Federal District Court Judge Jane Roe, U.S. District Court for the District of Oregon, "
        "blocked the policy on Monday.",
        "ord",
        "Federal District Court Judge Jane Roe, U.S. District Court for the District of Oregon, "
        "blocked",
    ),
    (
        "The New Orleans-based 5th Circuit blocked the rule on Friday.",
        "ca5",
        "The New Orleans-based 5th Circuit blocked",
    ),
    (
        "The conservative-leaning 5th U.S. Circuit Court of Appeals blocked the rule.",
        "ca5",
        "The conservative-leaning 5th U.S. Circuit Court of Appeals blocked",
    ),
    (
        "U. S. District Judge Jane Roe of Oregon granted a restraining order on Friday.",
        "ord",
        "U. S. District Judge Jane Roe of Oregon granted",
    ),
    # verbs that are no plain ruling verb (rows of ruling_verbs.csv)
    (
        "The 4th Circuit was not persuaded that the state had shown harm and denied the stay.",
        "ca4",
        "The 4th Circuit was not persuaded",
    ),
    (
        "The 9th Circuit on Tuesday took the side of the tribes in their lawsuit.",
        "ca9",
        "took the side of the tribes",
    ),
    (
        "The Montana Supreme Court voided the statute on Friday.",
        "mont",
        "The Montana Supreme Court voided",
    ),
    (
        "The 2nd Circuit concluded that the agency had exceeded its authority.",
        "ca2",
        "The 2nd Circuit concluded",
    ),
    (
        "A three-judge panel of the U.S. Court of Appeals for the Tenth Circuit has handed the "
        "state a major victory.",
        "ca10",
        "has handed the state a major victory",
    ),
    (
        "By the last day of the term, the justices finally issued their own verdict.",
        "scotus",
        "the justices finally issued their own verdict",
    ),
    (
        "U.S. District Judge Jane Roe of Oregon issued two lengthy decisions on Monday.",
        "ord",
        "issued two lengthy decisions",
    ),
    (
        "The 9th Circuit on Friday put on hold a judge's order.",
        "ca9",
        "The 9th Circuit on Friday put on hold",
    ),
    (
        "The 4th Circuit agreed with the states that the rule was unlawful.",
        "ca4",
        "The 4th Circuit agreed with the states",
    ),
    (
        "Judge Jane Roe of Oregon concluded the policy was arbitrary.",
        "ord",
        "Judge Jane Roe of Oregon concluded",
    ),
    (
        "Judge Jane Roe of Oregon declined the government's request on Friday.",
        "ord",
        "declined the government's request",
    ),
    (
        "The Supreme Court's conservative majority ruled 6-3 that the law was valid.",
        "scotus",
        "The Supreme Court's conservative majority ruled 6-3",
    ),
    # the holding first, the court named in full after it
    (
        "The searches violate the Fourth Amendment, a unanimous three-judge panel of the U.S. "
        "Court of Appeals for the Fourth Circuit said.",
        "ca4",
        "a unanimous three-judge panel of the U.S. Court of Appeals for the Fourth Circuit said",
    ),
    (
        "The tariffs are unlawful, the 9th Circuit said on Friday.",
        "ca9",
        "the 9th Circuit said on Friday",
    ),
]


@pytest.mark.parametrize(("sentence", "court", "span_part"), CLAUSES)
def test_ruling_clauses_of_new_shapes(sentence: str, court: str, span_part: str) -> None:
    found = rulings(sentence)
    assert any(span_part in m.text and m.court == court for m in found), found


NOT_RULINGS = [
    "The senator was not persuaded that the bill would pass.",
    "The tariffs are unlawful, the governor said on Friday.",
    # an anaphoric court after a holding restates the ruling told before; not a new one
    "The tariffs are unlawful, the court said.",
    "The company released its quarterly report on Thursday.",
    "The researchers concluded that the drug worked.",
    "The committee concluded its hearing on the court's budget on Friday.",
    "The mayor took the side of the tenants on Friday.",
    "The Supreme Court declined to comment on the report.",
    "Justice Elena Kagan agreed with the majority that the law was valid.",
    "The network put the show on hold on Friday.",
]


@pytest.mark.parametrize("sentence", NOT_RULINGS)
def test_the_same_words_elsewhere_are_no_ruling(sentence: str) -> None:
    assert rulings(sentence) == []


NOUNS = [
    (
        "The 6th Circuit denied the motion on Friday. In a short per curiam order, the panel "
        "said the merits were not clear.",
        "a short per curiam order",
        "ca6",
    ),
    (
        "The 6th Circuit struck down the rule on Friday. Judge Amy Park wrote the majority "
        "opinion.",
        "the majority opinion",
        "ca6",
    ),
    (
        "The 9th Circuit blocked the rule on Friday. The appellate ruling was criticized.",
        "The appellate ruling",
        "ca9",
    ),
    (
        "A federal judge in Oregon blocked the policy on Monday. Other parts of the order remain "
        "under review, but the current injunction halts the policy.",
        "the current injunction",
        "ord",
    ),
    (
        "U.S. District Judge Jane Roe of Oregon blocked two rules on Monday. In her detailed "
        "decision in the Portland case, Judge Roe wrote that the agency erred.",
        "her detailed decision",
        "ord",
    ),
]


@pytest.mark.parametrize(("text", "noun", "court"), NOUNS)
def test_decisions_described_by_their_shape_refer_back(text: str, noun: str, court: str) -> None:
    found = [m for m in rulings(text) if m.text.startswith(noun)]
    assert found and found[0].court == court and found[0].anaphor, rulings(text)


def test_the_district_court_below_the_dc_circuit_is_the_district_of_columbias() -> None:
    text = (
        "The D.C. Circuit on Friday sided with the administration. The panel vacated part of "
        "the district court's preliminary injunction."
    )
    found = [m for m in rulings(text) if "district court" in m.text]
    assert found and found[0].court == "dcd", rulings(text)


def test_the_district_court_below_a_circuit_of_many_districts_is_not_guessed() -> None:
    text = (
        "The 9th Circuit on Friday sided with the administration. The panel vacated part of "
        "the district court's preliminary injunction."
    )
    assert all(m.court != "dcd" for m in rulings(text))
    assert not any(m.court and m.court.endswith("d") and m.court != "ca9" for m in rulings(text))


def test_justices_are_the_state_high_court_named_before() -> None:
    text = (
        "Arizona's high court has voided parts of the state budget. Justices released their "
        "unanimous opinion Thursday. The opinion nullifies several laws."
    )
    found = rulings(text)
    assert [m.court for m in found] == ["ariz", "ariz", "ariz"], found


def test_the_case_identified_after_a_ruling_is_its_own_not_a_new_one() -> None:
    text = (
        "On May 2, U.S. District Judge Jane Roe of Oregon issued two decisions blocking the "
        "rules. The cases are Smith v. Azar, No. 18-1 (May 2, 2019) for the first rule and "
        "Jones v. Azar, No. 18-2 for the second.\n\nIn her detailed decision in the first "
        "case, Judge Roe wrote that the agency erred."
    )
    found = [m for m in rulings(text) if m.text.startswith("her detailed decision")]
    assert found and found[0].court == "ord", rulings(text)


def test_an_opinion_of_a_ruling_is_one_only_when_it_names_its_court() -> None:
    said = "“This is a badly wrong decision by Judge Jane Roe of Oregon,” the director said."
    assert [m.court for m in rulings(said)] == ["ord"]
    text = "The Supreme Court ruled on Friday. Critics said the mayor made the wrong decision."
    assert [m.text for m in rulings(text)] == ["The Supreme Court ruled on Friday"]


def test_a_court_named_with_its_case_caption_is_the_ruling_told_before() -> None:
    text = (
        "The 4th Circuit on Friday upheld the ruling. The appeals court in Smith v. Jones, "
        "No. 24-1234 (4th Cir. 2025), held that the law was void."
    )
    found = rulings(text)
    assert [(m.text, m.court, m.anaphor) for m in found][1:] == [
        ("The appeals court", "ca4", True)
    ], found


SAID_IN = [
    (
        "U.S. District Judge Jane Roe said in a ruling on Friday that the cuts were illegal.",
        "U.S. District Judge Jane Roe said in a ruling",
        False,
    ),
    (
        "The 9th Circuit said in an unsigned order that the state could enforce the law.",
        "The 9th Circuit said in an unsigned order",
        False,
    ),
    (
        "A federal judge in Boston wrote in a 40-page decision that the policy was unlawful.",
        "A federal judge in Boston wrote in a 40-page decision",
        False,
    ),
    (
        "A federal judge in Boston blocked the policy. The judge wrote in her opinion that it "
        "was unlawful.",
        "her opinion",
        True,
    ),
    (
        "A federal judge in Kansas blocked the rule on Monday. The Kansas judge wrote in a "
        "47-page order that it was unlawful.",
        "The Kansas judge wrote in a 47-page order",
        True,
    ),
    (
        "Judge Jane Roe of Oregon wrote in her opinion that the cuts were illegal.",
        "her opinion",
        True,
    ),
]


@pytest.mark.parametrize(("text", "span", "back"), SAID_IN)
def test_a_court_saying_in_its_ruling_is_that_ruling(text: str, span: str, back: bool) -> None:
    found = [m for m in rulings(text) if m.text == span]
    assert found and found[0].anaphor is back, rulings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The judge said in a hearing on Friday that she would rule soon.",
        "The judge said in a statement that the court was closed.",
        "The senator said in a ruling that nobody read.",
        "Judge Jane Roe said in the order of the day that lunch was at noon.",
    ],
)
def test_saying_elsewhere_is_no_ruling(text: str) -> None:
    assert rulings(text) == []


OPENINGS = [
    # the sentence opens on the ruling; its court is the subject of a verb of saying: the
    # noun, the court and its verb are one ruling (the open sets' gold marks the noun and the
    # clause "the US Court of Appeals for the Fourth Circuit said" both)
    (
        "In an order issued late Friday, U.S. District Judge Jane Roe of Oregon wrote that the "
        "policy was unlawful.",
        "an order issued late Friday, U.S. District Judge Jane Roe of Oregon wrote",
        "ord",
    ),
    (
        "In a decision released Monday, the 4th Circuit said the state could enforce the law.",
        "a decision released Monday, the 4th Circuit said",
        "ca4",
    ),
    (
        "In a 2-1 decision, the 9th Circuit panel said the law was unconstitutional.",
        "a 2-1 decision, the 9th Circuit panel said",
        "ca9",
    ),
]


@pytest.mark.parametrize(("text", "span", "court"), OPENINGS)
def test_a_sentence_opening_on_its_ruling(text: str, span: str, court: str) -> None:
    assert [(m.text, m.court) for m in rulings(text)] == [(span, court)]


def test_an_opening_that_is_no_ruling() -> None:
    assert rulings("In a statement, the judge said she would rule soon.") == []
    assert rulings("In a bid to calm markets, the senator said the bill would pass.") == []


def test_the_three_judges_and_jurors_are_courts() -> None:
    text = (
        "The 9th Circuit heard arguments in the lawsuit in May. The three judges ruled Friday "
        "that the ban was unlawful."
    )
    assert [(m.text, m.court) for m in rulings(text)][-1] == (
        "The three judges ruled Friday",
        "ca9",
    )
    jury = rulings("Jurors in Manhattan convicted the former official on 34 counts.")
    assert [m.court for m in jury] == ["nysd"]
    assert rulings("Judges across the country have blocked the policy.") == []
    assert rulings("Jurors deliberated for two days.") == []


def test_it_after_a_court_subject_is_that_court() -> None:
    text = (
        "On Monday, the 9th Circuit heard arguments in the lawsuit. It ruled Friday that the "
        "ban was unlawful."
    )
    assert [(m.text, m.court, m.anaphor) for m in rulings(text)] == [
        ("It ruled Friday", "ca9", True)
    ]
    # the court was not the subject: "It" is not the court's
    assert rulings("Critics said the 9th Circuit was wrong. It ruled the law valid.") == []
    assert rulings("The agency issued the rule in May. It blocked the imports.") == []


def test_a_county_trial_court_takes_the_state_the_article_names() -> None:
    text = (
        "Illinois lawmakers passed the ban last year. The Cook County Circuit Court struck "
        "down the ordinance on Monday."
    )
    assert [m.court for m in rulings(text)] == ["illcirct"]
    # a county alone names no state: no court is guessed
    alone = rulings("A Fulton County Superior Court judge dismissed the indictment on Monday.")
    assert [m.court for m in alone] == [None]


def test_the_decision_a_higher_court_reviews_is_the_lower_courts() -> None:
    text = (
        "A federal judge in Oregon blocked the rule in 2021. In 2022, the 9th Circuit affirmed "
        "the decision in part."
    )
    got = [(m.text, m.court, m.anaphor) for m in rulings(text)]
    assert got[1:] == [("the 9th Circuit affirmed", "ca9", False), ("the decision", "ord", True)]
    # no lower court's ruling told before it: the clause stays whole
    alone = rulings("The 5th Circuit upheld the ruling on Friday.")
    assert [m.text for m in alone] == ["The 5th Circuit upheld the ruling on Friday"]


# federal courts named in full that were read as no court, or as the wrong one
SPECIAL_COURTS = [
    ("The U.S. Tax Court ruled that the deduction was improper.", "tax"),
    (
        "The U.S. Court of Appeals for the District of Columbia recently enjoined the state "
        "attorney general from enforcing the subpoena.",
        "cadc",
    ),
    ("A U.S. bankruptcy judge in Delaware approved the sale on Tuesday.", "deb"),
    ("U.S. Bankruptcy Judge Christopher Lopez in Houston approved the plan.", "txsb"),
]


@pytest.mark.parametrize(("sentence", "court"), SPECIAL_COURTS)
def test_special_federal_courts(sentence: str, court: str) -> None:
    assert [m.court for m in rulings(sentence)] == [court]


def test_a_bankruptcy_court_is_not_its_district_court_and_back() -> None:
    assert [m.court for m in rulings("A federal judge in Houston approved the plan.")] == ["txsd"]
    assert [m.court for m in rulings("The District of Columbia Court of Appeals ruled.")] == ["dc"]


def test_dc_circuit_without_periods() -> None:
    assert [m.court for m in rulings("“The DC Circuit ruling is a major victory,” he said.")] == [
        "cadc"
    ]
