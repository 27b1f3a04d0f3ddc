"""Ruling chains whose first mention was missed (issue 13; sixteenth session, branch
s16-rulchain): a court's initials defined in quoted parentheses ('the Court of Federal Claims
("CFC")'), a court called after a party of the case the article named ("the Purl court"),
a ruling told by its document's title ("an Opinion and Order", "the Memorandum Opinion", "the
Court's Order", "CFC Slip Opinion 24-1123"), a court as the subject of a gerund after "with"
("with a judge in Oregon temporarily blocking it"), a lower court's ruling no longer given the
court of another state's ruling told before it, and the courts below a Supreme Court decision
the article reports. The sentences are our own, in the shape of the held-back census's
examples; each row names the court a reader would expect and a piece of the span."""

from __future__ import annotations

import pytest

from conftest import mentions, rulings, rulings_at

SHAPES = [
    # initials defined in quoted parentheses, then the court's subject
    (
        'The U.S. Court of Federal Claims ("CFC") ruled on Monday that the award was void. '
        "The CFC held that the agency had ignored its own criteria.",
        "uscfc",
        "The CFC held",
    ),
    (
        "The U.S. Court of International Trade (“CIT”) said on Friday that the duties were "
        "unlawful. Later, the CIT entered a final judgment for the importers.",
        "cit",
        "the CIT entered a final judgment",
    ),
    (
        'The Court of Federal Claims ("COFC") sided with the bidder. The COFC ordered the '
        "agency to reopen the competition.",
        "uscfc",
        "The COFC ordered",
    ),
    # the slip opinion of a court named by its initials
    (
        'The Court of Federal Claims ("COFC") sided with the bidder. COFC Slip Opinion '
        "24-1123 explains why.",
        "uscfc",
        "COFC Slip Opinion 24-1123",
    ),
    # a court called after a party of the case the article named
    (
        "The U.S. District Court for the Northern District of Texas vacated the rule in "
        "Purl v. HHS. The Purl court held that the agency exceeded its authority.",
        "txnd",
        "The Purl court held",
    ),
    (
        "A federal judge in Boston ruled for the growers in Marlow Farms v. Department of "
        "Agriculture on Tuesday. The Marlow court ordered the agency to restore the grants.",
        "mad",
        "The Marlow court ordered",
    ),
    # a ruling told by its document's title
    (
        "A federal court in Portland issued an Opinion and Order on Tuesday. The Court's "
        "Order takes effect next week.",
        "ord",
        "The Court's Order",
    ),
    (
        "The U.S. District Court for the District of Oregon vacated the rule on Tuesday. The "
        "Memorandum Opinion said the agency erred.",
        "ord",
        "The Memorandum Opinion",
    ),
    (
        "In a Memorandum Opinion and Order issued Friday, U.S. District Judge Reed O'Connor "
        "held that the mandate was unlawful.",
        "txnd",
        "Memorandum Opinion and Order",
    ),
    (
        "The Supreme Court upheld the law on Friday. The Court’s Opinion was written by "
        "Justice Kagan.",
        "scotus",
        "The Court’s Opinion",
    ),
    (
        "A federal judge in Amarillo struck down the rule in March. Its 40-page Final "
        "Judgment vacated the rule nationwide.",
        "txnd",
        "Final Judgment",
    ),
    # a court as the subject of a ruling verb's gerund after "with"
    (
        "The rule was set to take effect in July, with a federal judge in Oregon temporarily "
        "blocking it in June.",
        "ord",
        "a federal judge in Oregon temporarily blocking",
    ),
    (
        "The state appealed, with the 9th U.S. Circuit Court of Appeals siding with the "
        "tribe last month.",
        "ca9",
        "the 9th U.S. Circuit Court of Appeals siding with",
    ),
    (
        "The law is in limbo, with a judge in Boston ruling that it cannot be enforced.",
        "mad",
        "a judge in Boston ruling",
    ),
]


@pytest.mark.parametrize(("text", "court", "piece"), SHAPES)
def test_shapes(text: str, court: str, piece: str) -> None:
    found = rulings_at(text, piece)
    assert found, [m.text for m in rulings(text)]
    assert found[0].court == court


# A ruling whose court phrase has no words of its own ("a lower court", "a federal court")
# keeps no court copied from another state's ruling when its sentence names another place
ELSEWHERE = [
    (
        "A federal judge in Oregon blocked the deployment of troops to Portland on Saturday. "
        "Separately, the administration asked the Supreme Court to lift a lower court’s order "
        "blocking patrols in Chicago.",
        "a lower court’s order",
    ),
    (
        "A federal judge in Oregon blocked the deployment of troops to Portland on Saturday. "
        "In Illinois, the appeals court upheld a lower court ruling that barred the deployment.",
        "a lower court ruling",
    ),
    (
        "A federal judge in Oregon blocked the deployment of troops to Portland. Enforcement "
        "of the Texas law has been blocked by a federal court ruling.",
        "blocked by a federal court ruling",
    ),
]


@pytest.mark.parametrize(("text", "piece"), ELSEWHERE)
def test_no_court_copied_from_another_state(text: str, piece: str) -> None:
    found = rulings_at(text, piece)
    assert all(m.court != "ord" for m in found), [(m.text, m.court) for m in found]


def test_a_lower_court_in_the_same_state_keeps_the_court() -> None:
    text = (
        "A federal judge in Oregon blocked the deployment of troops to Portland. The 9th "
        "Circuit later upheld a lower court ruling in Oregon."
    )
    assert [m.court for m in rulings_at(text, "a lower court ruling")] == ["ord"]


NOT_RULINGS = [
    # a noun, not a gerund: a ruling still to come
    (
        "Investors are waiting, with a decision by a federal judge in Boston expected soon.",
        "judge in Boston expected",
    ),
    # a president's order, capitalised: no court's
    (
        "President Trump signed the Order on Monday. The Order directs agencies to cut staff.",
        "The Order",
    ),
    # initials in parentheses after no court: nothing to follow
    (
        'The Federal Communications Commission ("FCC") adopted the rule. The FCC held a vote.',
        "The FCC held",
    ),
    # a party's court before its caption is named: nothing to point to
    (
        "The Marlow court was built in 1910. Later, Marlow Farms v. Smith was filed there.",
        "The Marlow court",
    ),
]


@pytest.mark.parametrize(("text", "piece"), NOT_RULINGS)
def test_not_rulings(text: str, piece: str) -> None:
    assert rulings_at(text, piece) == [], [(m.text, m.court) for m in rulings(text)]


def test_a_lower_court_below_a_reported_supreme_court_decision() -> None:
    # The Supreme Court decision the article reports names the suit: its court below
    text = (
        "The Supreme Court on Thursday ruled 5-4 in Allen v. Milligan that Alabama's map "
        "violated the Voting Rights Act. The justices affirmed a lower-court ruling that "
        "ordered a second majority-Black district."
    )
    found = [m for m in mentions(text, "2023-06-09") if m.kind == "ruling" and "lower" in m.text]
    assert [m.court for m in found] == ["alnd"], [(m.text, m.court) for m in found]


def test_a_lower_court_below_the_supreme_court_with_an_appeals_court_told() -> None:
    # "the lower court" may then be the appeals court: left unplaced
    text = (
        "The Supreme Court on Thursday ruled 5-4 in Allen v. Milligan that Alabama's map "
        "violated the Voting Rights Act. The justices affirmed a lower-court ruling; an "
        "appeals court had not been asked."
    )
    found = [m for m in mentions(text, "2023-06-09") if m.kind == "ruling" and "lower" in m.text]
    assert all(m.court is None for m in found), [(m.text, m.court) for m in found]


def test_a_texas_county_judge_is_the_state_district_court() -> None:
    # CourtListener files Texas's district courts under one id, texdistct
    text = (
        "In March, a Bexar County judge issued a temporary injunction against the law. The "
        "Texas Supreme Court overturned that ruling on Friday. The opinion was unanimous."
    )
    assert [m.court for m in rulings_at(text, "a Bexar County judge issued")] == ["texdistct"]
    assert [m.court for m in rulings_at(text, "that ruling")] == ["texdistct"]
    # the noun after the reviewing clause is the reviewing court's, not its object's
    assert [m.court for m in rulings_at(text, "The opinion")] == ["tex"]


def test_a_lower_court_judges_decision_is_the_trial_courts() -> None:
    text = (
        "U.S. District Judge Karin Immergut blocked the deployment in October. The 9th Circuit "
        "on Friday reversed a lower-court judge’s decision that had barred the troops."
    )
    found = rulings_at(text, "a lower-court judge’s decision")
    assert [(m.text, m.court) for m in found] == [("a lower-court judge’s decision", "ord")]


def test_the_district_court_of_a_supreme_court_case_by_its_suit() -> None:
    # lawsuits.csv: the suit Starbucks Corp. v. McKinney was on appeal began in W.D. Tenn.
    text = (
        "The Supreme Court decided Starbucks Corp. v. McKinney on June 13. The District "
        "Court granted the injunction the Board had asked for, and the Sixth Circuit affirmed."
    )
    found = [m for m in mentions(text, "2024-06-20") if m.kind == "ruling"]
    got = [m.court for m in found if m.text.startswith("The District Court granted")]
    assert got == ["tnwd"], [(m.text, m.court) for m in found]
