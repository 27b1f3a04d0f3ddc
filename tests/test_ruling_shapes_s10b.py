"""Rulings in unseen news, round two of the tenth session (issue 13, points 1 and 3): shapes
from real pages (trade press headlines, wire copy, a page of short stories) — the circuit
as trade press abbreviates it ("9th Circ.", "Fed. Circ."), a headline that closes on its
court ("…, 9th Circ. Says"), "the Supreme Court" of a state's story with another state's
court only further down, a state top court's "lower court ruling" that is never a federal
circuit, a judge named with a middle name the table has as an initial, "Supreme Judicial
Court", and the verbs "approve" and "permit". The sentences are our own, in the shape of
real ones; each row names the court a reader would expect (None: one the text does not
support) and a piece of the span."""

from __future__ import annotations

import pytest

from conftest import rulings, rulings_at
from linker import courts as C

SHAPES = [
    # the circuit abbreviated as trade press writes it
    ("The 9th Circ. on Thursday upheld the denial of the motion.", "ca9", "9th Circ. on Thursday"),
    (
        "Immigrant Loses Bid For Asylum\n4th Circ. Upholds Denial Over Missed Hearing\n",
        "ca4",
        "4th Circ. Upholds",
    ),
    (
        "Fed. Circ. Upholds Patent Board On Camera Claims\nThe Federal Circuit affirmed the board.",
        "cafc",
        "Fed. Circ. Upholds",
    ),
    (
        "Investors Can't Revive Suit Over Merger, 9th Circ. Says\nThe Ninth Circuit on Monday "
        "refused to revive the class action.",
        "ca9",
        "9th Circ. Says",
    ),
    ("Airline Must Face Fee Suit, DC Circ. Rules\n", "cadc", "DC Circ. Rules"),
    # a headline closing on "…, <court> Says/Rules" (title case or not)
    (
        "Town's ban on tents is lawful, 2nd Circuit says\nA federal appeals court upheld the ban.",
        "ca2",
        "2nd Circuit says",
    ),
    (
        "Ex-mayor can be sued over raid, federal judge rules\nU.S. District Judge Jia M. Cobb "
        "ruled on Tuesday.",
        "dcd",
        "federal judge rules",
    ),
    # a state's story: "the Supreme Court" is its court, another state's named only later
    (
        "A ruling by the Ohio Supreme Court on Friday sided with the auditor. In a 4-3 "
        "decision, the Supreme Court restored the order. The Supreme Court had upheld the "
        "transfer in May.\n\nIowa Supreme Court strikes down county tax\nThe Iowa Supreme "
        "Court struck down the levy on Thursday.",
        "ohio",
        "the Supreme Court restored",
    ),
    # "Supreme Judicial Court" (Massachusetts, Maine)
    (
        "The Massachusetts Supreme Judicial Court ruled Friday that the search was unlawful.",
        "mass",
        "Massachusetts Supreme Judicial Court ruled",
    ),
    (
        "Maine's Supreme Judicial Court upheld the conviction on Tuesday.",
        "me",
        "Supreme Judicial Court upheld",
    ),
    # "The Supreme Judicial Court" alone: its state from the story (Massachusetts, Maine)
    (
        "A Boston woman sued her landlord. The Supreme Judicial Court ruled today that the "
        "landlord is not liable under Massachusetts law.",
        "mass",
        "Supreme Judicial Court ruled",
    ),
    (
        "The Maine Supreme Judicial Court heard the case in May. The Supreme Judicial Court "
        "ruled Friday that the law stands.",
        "me",
        "Court ruled Friday",
    ),
    # "the highest court in <state>"
    (
        "The highest court in Massachusetts on Tuesday struck down the panhandling law. The "
        "governor later named an Appeals Court Associate Justice to the bench.",
        "mass",
        "highest court in Massachusetts",
    ),
    # a judge named with a middle name the judges' table gives as an initial
    (
        "U.S. District Judge Randolph Daniel Moss blocked the proclamation on Wednesday.",
        "dcd",
        "Randolph Daniel Moss blocked",
    ),
    # a title-case headline opening on its court and "Says" (what the court held)
    (
        "7th Circ. Says Diner Couldn't Foresee Shooting\nThe Seventh Circuit on Tuesday affirmed "
        "the win.",
        "ca7",
        "7th Circ. Says",
    ),
    # a court's refusal in the present: "won't rehear", "won't undo"
    (
        "Fed. Circ. Won't Rehear Tribe's Water Dispute\nA Federal Circuit panel refused to "
        "rehear the challenge.",
        "cafc",
        "Fed. Circ. Won't Rehear",
    ),
    (
        "The Michigan Supreme Court won't undo the disqualification, it said on Wednesday.",
        "mich",
        "won't undo",
    ),
    # a day between "concluded" and its "that"
    (
        "The Massachusetts Supreme Judicial Court concluded today that the retailer has no "
        "physical presence in the state.",
        "mass",
        "concluded today",
    ),
    ("The Ninth Circuit concluded on Monday that the law is valid.", "ca9", "concluded on Monday"),
    # the left shapes: "made a 5-4 decision", "decided on <day> to deny"
    ("The Supreme Court made a 5-4 decision on Monday in the case.", "scotus", "made a 5-4"),
    (
        "The Ohio Supreme Court decided on Tuesday to deny an appeal from the city.",
        "ohio",
        "decided on Tuesday to deny",
    ),
    # new verbs
    (
        "Arizona Supreme Court permits restitution for a child's lost wages\n",
        "ariz",
        "Arizona Supreme Court permits",
    ),
    (
        "A federal judge in Oregon approved the settlement on Monday.",
        "ord",
        "approved the settlement",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str | None, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court


def test_a_state_top_courts_lower_court_is_never_a_federal_circuit() -> None:
    """ "The justices upheld a lower court ruling" of a state's supreme court, the page's
    only other court a federal appeals court in another story: no court."""
    text = (
        "Kentucky's Supreme Court on Thursday struck down the tax credit. The justices upheld "
        "a lower court ruling against the program.\n\nCourt urged to keep blocking Florida "
        "law\nProfessors are urging the 11th U.S. Circuit Court of Appeals to keep an "
        "injunction in place."
    )
    found = rulings_at(text, "a lower court ruling")
    assert found and found[0].court is None


def test_two_states_named_before_keep_the_us_supreme_court() -> None:
    """Two states' high courts named before "the Supreme Court" still leave it the U.S.
    one (the reviewing court of both)."""
    text = (
        "The Ohio Supreme Court ruled on Monday. The Iowa Supreme Court ruled on Tuesday. "
        "The Supreme Court reversed both rulings in March."
    )
    found = rulings_at(text, "The Supreme Court reversed")
    assert found and found[0].court == "scotus"


@pytest.mark.parametrize(
    "text",
    [
        "The law is lawful, the senator says\n",  # no court
        'Trump lied, judge says "in his view"\n',  # a quotation in the line
        "The company will appeal, a lawyer said. The claim fails, Judge Smith Says\n",
        "The city council approved the budget on Thursday.",
        "The city permitted the march on Tuesday.",
        "Supreme Court Says It Will Hear Gun Case\n",  # what it will do
        "The senators won't block the nominee, they said on Wednesday.",
        "The Ninth Circuit concluded its hearing on Monday.",
    ],
)
def test_no_ruling(text: str) -> None:
    assert not rulings(text), [m.text for m in rulings(text)]


def test_a_supreme_judicial_court_of_no_named_state_takes_none() -> None:
    found = rulings_at("The Supreme Judicial Court ruled today that police need no warrant.",
                       "Supreme Judicial Court ruled")  # fmt: skip
    assert all(m.court is None for m in found)


def test_the_top_court_in_a_city_is_no_states() -> None:
    assert not rulings("The top court in Chicago ruled on Monday.")


def test_a_judge_who_says_in_a_headline_is_no_ruling() -> None:
    """A judge "says" at hearings too: "…, Judge Says" is not read, "…, Judge Rules" is."""
    assert not rulings("Trial Will Be Long, Federal Judge Says\n")


def test_middle_names_and_initials() -> None:
    assert C.judge_court("Randolph Daniel Moss") == "dcd"
    assert C.judge_court("Daniel Moss") is None  # a middle name alone is no first name
    assert C.judge_court("Victoria M. Calvert") == "gand"


def test_a_list_of_places_each_with_the_court_never_takes_the_court_before() -> None:
    """ "Tennessee, where the court held …; New York, where the court held …": each place's
    own court, which the list does not name — never the Delaware Supreme Court named
    before."""
    text = (
        "State supreme courts issued 89 opinions. The Delaware Supreme Court led the field.\n"
        "Tennessee, where the court held that a provider cannot be compelled to testify;\n"
        "New York, where the court held that the claims should advance;"
    )
    assert all(m.court is None for m in rulings_at(text, "the court held"))
