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
]


@pytest.mark.parametrize("text", NOT_RULINGS)
def test_not_rulings(text: str) -> None:
    assert rulings(text) == []
