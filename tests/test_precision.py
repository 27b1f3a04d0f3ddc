"""No wrong links on U.S. legal news (issue 13, point 7): a court named as where a case goes
or belongs is not the court that ruled, so "the court" after it is the one that did."""

from __future__ import annotations

import pytest

from conftest import mentions

COURT_AFTER_A_DESTINATION = [
    (
        # https://law.justia.com/cases/federal/appellate-courts/ca10/23-9509/23-9509-2024-02-27.html
        "The Tenth Circuit agreed that the rule is nationally applicable, hence, any challenge "
        "to that rule belongs in the D.C. Circuit. Therefore, the court granted the EPA's "
        "motion to transfer the petitions.",
        "ca10",
    ),
    (
        # made up in the same shape: "take the case to" the Supreme Court
        "The 5th Circuit ruled for Texas on Monday. The challengers said they would take the "
        "case to the Supreme Court. The court's decision leaves the law in effect.",
        "ca5",
    ),
    (
        "The 9th Circuit upheld the injunction on Friday. The government said the case should "
        "be heard in the Supreme Court. The court's ruling keeps the policy on hold.",
        "ca9",
    ),
    (
        "The 4th Circuit reversed on Tuesday and sent the case back to the district court. The "
        "court's opinion was written by Judge Harvie Wilkinson.",
        "ca4",
    ),
]


@pytest.mark.parametrize(("text", "court"), COURT_AFTER_A_DESTINATION, ids=lambda v: v[:30])
def test_the_court_after_a_destination_is_the_court_that_ruled(text: str, court: str) -> None:
    found = [m for m in mentions(text, "2025-04-04") if m.kind == "ruling"]
    assert [m.court for m in found if m.text.lower().startswith("the court")] == [court]


def test_a_caption_never_runs_across_a_blank_line() -> None:
    # https://statecourtreport.org/our-work/analysis-opinion/state-court-oral-arguments-watch-april
    text = (
        "New York City’s Caps on Greenhouse Gas Emissions — April 8\n\nGlen Oaks Village "
        "Owners v. City of New York, New York Court of Appeals\n\nThe court will consider it."
    )
    cases = [m.text for m in mentions(text, "2025-04-04") if m.kind == "case"]
    assert cases == ["Glen Oaks Village Owners v. City of New York"]


def test_a_lower_court_ruling_is_never_the_supreme_courts() -> None:
    # https://www.scotusblog.com/2017/09/travel-ban-case-justices-block-lower-court-ruling-refugee-admissions/
    text = (
        "In late June, the Supreme Court allowed most of the order to go into effect. But it "
        "did not disturb the part of the lower-court rulings that prohibited the government "
        "from enforcing the ban with regard to the named plaintiffs."
    )
    found = {m.text: m.court for m in mentions(text, "2017-09-12") if m.kind == "ruling"}
    assert found.get("the lower-court rulings") != "scotus"
    # (twenty-fifth session: "most of the order" is the order's share, its own mention)
    assert found.get("the Supreme Court allowed") == "scotus"
    # https://theupdatedesk.com/?p=69775: a Supreme Court ruling that speaks of lower courts
    text = (
        "In a landmark decision, the U.S. Supreme Court has upheld lower court findings "
        "regarding President Donald Trump's application of the law."
    )
    assert any(m.court == "scotus" for m in mentions(text, "2026-02-21") if m.kind == "ruling")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # https://www.mayerbrown.com/en/perspectives-events/publications/2017/06/supreme-court-to-mull-review-of-travel-ban-and-adm
        (
            "In the wake of the May 25, 2017, decision of the Fourth Circuit US Court of "
            "Appeals to uphold a lower court’s injunction barring implementation of the order, "
            "the Trump administration is seeking Supreme Court review.",
            ("a lower court’s injunction", "ca4"),
        ),
        # made up in the same shapes
        (
            "The administration asked the Supreme Court to lift a lower court's injunction that "
            "the 9th Circuit upheld.",
            ("a lower court's injunction", "ca9"),
        ),
        (
            "The 4th Circuit upheld a lower court's injunction blocking the order.",
            ("the order", "ca4"),
        ),
        (
            "A federal judge in Seattle issued an injunction barring the order nationwide.",
            ("the order", "wawd"),
        ),
    ],
)
def test_no_ruling_is_linked_to_the_court_above_or_to_what_it_blocks(
    text: str, wrong: tuple[str, str]
) -> None:
    found = {(m.text, m.court) for m in mentions(text, "2017-06-01") if m.kind == "ruling"}
    assert wrong not in found


@pytest.mark.parametrize(
    "text",
    [
        # https://www.vulture.com/article/best-patriot-act-episodes-hasan-minhaj-netflix.html
        "And with two seasons of his Netflix political-satire show Patriot Act in the books, he "
        "hosts the funniest show. The first episode of Patriot Act is also its best.",
        # https://www.cinemablend.com/television/2468347/hulus-the-act-review-patricia-arquette-and-joey-king-are-perfectly-cast-in-disturbing-true-crime-drama
        "Hulu's The Act Review: Patricia Arquette And Joey King Are Perfectly Cast. The Act is a "
        "pill bottle filled with pure and unfettered anxiety.",
        # https://www.npr.org/2020/06/04/869282829/after-retooling-because-of-covid-19-patriot-act-returns-to-netflix
        "Comedian Hasan Minhaj recently returned to Netflix with his award-winning show, Patriot "
        'Act. His weekly news commentary show on Netflix called "Patriot Act" is recorded '
        "before an audience.",
        # made up in the same shape
        "The Patriot Act is Hasan Minhaj's Netflix comedy show.",
    ],
)
def test_a_work_named_after_a_law_is_no_law(text: str) -> None:
    assert [m.text for m in mentions(text, "2020-06-04")] == []


def test_the_law_a_show_is_named_after_keeps_its_link() -> None:
    # https://pmhsredandblack.com/6303/uncategorized/patriot-act-with-hasan-minhaj-is-a-revolutionary-comedic-talk-show
    text = (
        "You're going to enjoy Netflix's 'Patriot Act' hosted by Hasan Minhaj. The show is "
        "named after the controversial act passed by George W. Bush in 2001. The act was "
        "created to help the government combat terrorism."
    )
    found = [(m.text, m.authority) for m in mentions(text, "2020-06-04")]
    assert ("Patriot Act", "publ:107-56") not in found
    # and a documentary about a law leaves the law linked
    text = "A new documentary about the Voting Rights Act premiered at Sundance."
    assert [m.authority for m in mentions(text, "2020-06-04")] == ["publ:89-110"]


def test_a_rulebook_in_an_article_naming_nothing_federal_gets_no_register_search() -> None:
    # a football-law roundup: a league's rules are no Federal Register rule
    text = (
        "The tackle carries a standard three-match ban under the FA Disciplinary Regulations "
        "(“FADR”), and the association may seek more under the Fast Track Regulations."
    )
    assert [m for m in mentions(text) if m.kind == "regulation"] == []


def test_an_unknown_federal_rule_name_still_gets_its_search() -> None:
    text = (
        "The Treasury Department said the final Widget Safety Disclosure Reporting Rule would "
        "take effect in January."
    )
    found = [m for m in mentions(text) if m.kind == "regulation"]
    assert found and found[0].authority is None
    assert found[0].url and "federalregister" in found[0].url
