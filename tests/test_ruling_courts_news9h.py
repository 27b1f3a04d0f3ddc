"""Rulings, round two (issue 13, points 1 and 3, ninth session): courts and juries the first
round left unread on real pages — Massachusetts' "Appeals Court", a state named with a
possessive apostrophe alone ("Massachusetts' Supreme Court") or spelt with its ʻokina
("Hawai'i"), a jury named by its state (a state court's, never the state's federal district),
a bare jury under a dateline. The sentences are our own, in the shape of real news pages; each
row names the court a reader would expect (None: one the text does not support) and a piece of
the span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at

SHAPES = [
    # Massachusetts' intermediate court goes by "Appeals Court"
    (
        "The Massachusetts Appeals Court today upheld a Dorchester man's conviction for armed "
        "robbery.",
        "massappct",
        "The Massachusetts Appeals Court today upheld",
    ),
    (
        "A divided Massachusetts Appeals Court ruled Friday that the officer had probable cause.",
        "massappct",
        "A divided Massachusetts Appeals Court ruled",
    ),
    (
        "The case began in Springfield, Massachusetts. The Appeals Court reversed the conviction "
        "on Tuesday.",
        "massappct",
        "The Appeals Court reversed",
    ),
    # "the Massachusetts Court of Appeals": courts-db files nothing under that name, but the
    # state has one intermediate court
    (
        "The Massachusetts Court of Appeals ruled today that the town must issue the permit.",
        "massappct",
        "The Massachusetts Court of Appeals ruled",
    ),
    # a state's name with a possessive apostrophe alone, or spelt with its ʻokina
    (
        "Massachusetts' Supreme Court recently upheld a town bylaw on tobacco sales.",
        "mass",
        "Massachusetts' Supreme Court recently upheld",
    ),
    (
        "The Hawai'i Supreme Court struck down a constitutional amendment approved by voters.",
        "haw",
        "Hawai'i Supreme Court struck down",
    ),
    (
        "The Hawaiʻi Supreme Court struck down a constitutional amendment approved by voters.",
        "haw",
        "Hawaiʻi Supreme Court struck down",
    ),
    # a jury named by its state is a state court's jury
    (
        "On Thursday a South Carolina jury convicted the lawyer of murdering his wife and son.",
        "superctsc",
        "a South Carolina jury convicted",
    ),
    # juries: title case, by their size, "of 12"
    (
        "A Hinds County Jury convicted a 20-year-old man of murder on Thursday.",
        None,
        "A Hinds County Jury convicted",
    ),
    ("The 12-person jury convicted him on all counts.", None, "The 12-person jury convicted"),
    ("A six-member jury convicted the officer on Friday.", None, "A six-member jury convicted"),
    ("A jury of 12 convicted him on Thursday.", None, "A jury of 12 convicted"),
    # a court's opinion told through its author (a justice the table knows)
    (
        "Justice Elena Kagan wrote for the majority that the agency had exceeded its power.",
        "scotus",
        "Justice Elena Kagan wrote for the majority",
    ),
    # a state's postal code before its high court
    ("PA Supreme Court rules city's soda tax is legal", "pa", "PA Supreme Court rules"),
    ("The NJ Supreme Court ruled on Friday that the law stands.", "nj", "NJ Supreme Court ruled"),
    # "the COA": a state's court of appeals by its initials (which state's, unsaid here)
    ("The COA held that the gag order was a prior restraint.", None, "The COA held"),
    # New York's trial court is its Supreme Court, in a story naming the Appellate Division
    (
        "Supreme Court dismissed the officer's Article 78 petition. He appealed, but the "
        "Appellate Division unanimously affirmed the Supreme Court's ruling.",
        "nysupct",
        "Supreme Court dismissed the officer's Article 78 petition",
    ),
    # an appeals court in a city where no federal court of appeals sits is a state's
    (
        "The appellate court in Austin reversed the injunction on Friday.",
        "texapp",
        "The appellate court in Austin reversed",
    ),
    (
        "An appeals court in San Francisco reversed the injunction on Friday.",
        "ca9",
        "An appeals court in San Francisco reversed",
    ),
    (
        "A federal appeals court in Austin reversed the injunction on Friday.",
        "ca5",
        "A federal appeals court in Austin reversed",
    ),
    # a county named like another state's city: the dateline's state wins
    (
        "DECATUR, Ill. — A Macon County judge ruled Friday that the ordinance was void.",
        "illcirct",
        "A Macon County judge ruled",
    ),
    (
        "MACON, Ga. — A Macon County judge ruled Friday that the ordinance was void.",
        "gasuperct",
        "A Macon County judge ruled",
    ),
    # a state's numbered judicial district before "District Court Judge", even after "by"
    (
        "The suit was dismissed Friday by 3rd District Court Judge Adam Mow.",
        None,
        "was dismissed Friday by 3rd District Court Judge Adam Mow",
    ),
    # a court's saying what violated the law is its holding; "the state Supreme Court"
    # under a dateline is the dateline state's
    (
        "HARRISBURG – The state Supreme Court on Oct. 18 said that taxes figured in a "
        "carrier's case violated the constitution.",
        "pa",
        "The state Supreme Court on Oct. 18 said that",
    ),
    # the emphatic past: "did dismiss"
    (
        "A federal judge in Boston did dismiss the lawsuit on Friday.",
        "mad",
        "A federal judge in Boston did dismiss the lawsuit",
    ),
    # a bare jury under a dateline: the state's or the federal court's, the text does not say
    (
        "TALLAHASSEE, Fla. (AP) — A jury has found a Miami man guilty of first-degree murder in "
        "the killing of a professor.",
        None,
        "A jury has found a Miami man guilty",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court


def test_a_federal_jury_keeps_its_district() -> None:
    text = (
        "ATLANTA (AP) — A federal jury has found a former county official guilty of taking bribes."
    )
    found = [m for m in rulings(text) if "jury" in m.text]
    assert found and found[0].court == "gand"


def test_appeals_court_without_massachusetts_is_no_massachusetts_court() -> None:
    text = "The Appeals Court reversed the conviction of the Denver man on Tuesday."
    assert all(m.court != "massappct" for m in rulings(text))


def test_a_state_justice_writing_for_the_majority_is_never_the_supreme_court() -> None:
    # "Justice Brown wrote for the majority" in a Texas story: a justice the judges' table does
    # not know is no court at all, never the U.S. Supreme Court
    text = "Justice Brown wrote for the majority that the statute was valid."
    assert all(m.court != "scotus" for m in rulings(text))


def test_the_us_supreme_court_in_a_new_york_story_stays_scotus() -> None:
    text = (
        "The Appellate Division affirmed the order. The U.S. Supreme Court declined to hear the "
        "case, and the Supreme Court ruled for the city in another case on Friday."
    )
    found = [m for m in rulings(text) if "Supreme Court ruled" in m.text]
    assert found and found[0].court == "scotus"


@pytest.mark.parametrize(
    "text",
    [
        "The court granted the COA on two claims.",
        "AP Supreme Court reporter Mark Sherman covered the arguments.",
        "A grand jury indicted him on Monday.",
        "A Grand Jury indicted him on Monday.",
        "The judge did not dismiss the lawsuit.",
        "The 9th Circuit Judge Ryan Nelson spoke at the law school.",
    ],
)
def test_not_rulings(text: str) -> None:
    words = ("COA", "AP", "ury", "did", "Nelson")
    assert not [m for m in rulings(text) if any(w in m.text for w in words)]


def test_the_high_court_after_an_unnamed_states_supreme_court_is_no_us_court() -> None:
    # "… struck down by the state Supreme Court Thursday. … The high court ruled …" in a story
    # that never names the state: that state's court, unknown — never the U.S. Supreme Court
    text = (
        "The amendment was struck down by the state Supreme Court Thursday. The high court "
        "ruled the Constitution was violated."
    )
    found = [m for m in rulings(text) if m.text.startswith("The high court")]
    assert found and found[0].court is None
