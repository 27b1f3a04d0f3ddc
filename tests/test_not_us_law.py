"""What is never a U.S. law or ruling: games and titles written "X vs. Y", "IRC" the chat
protocol, and (below) the courts and acts of other countries (issue 13, point 7)."""

from __future__ import annotations

import pytest

from conftest import mentions


@pytest.mark.parametrize(
    "text",
    [
        "The Steelers vs. Bills game was postponed because of snow in Buffalo.",
        "Kramer vs. Kramer won best picture, and Meryl Streep won an Oscar.",
        "It was Ali vs. Frazier all over again as the two champions met in Manila.",
        "Tickets for the Yankees vs. Red Sox series sold out in an hour.",
        # A legal article may mention a game: the words after the caption say it is one.
        "The judge said the Steelers vs. Bills game had nothing to do with the lawsuit.",
        "Developers chatting on IRC said the release was late.",
        "The IRC channel was busy all night as the release went out.",
    ],
)
def test_games_titles_and_chat_are_not_laws_or_cases(text: str) -> None:
    assert mentions(text, "2024-05-01") == []


def test_a_caption_in_a_legal_story_is_still_a_case() -> None:
    text = "The lawsuit, Smith vs. Jones, was filed in federal court by the tenants' lawyers."
    assert ("Smith vs. Jones", "Smith v. Jones") in {
        (m.text, m.name) for m in mentions(text, "2024-05-01")
    }


def test_the_internal_revenue_code_in_a_tax_story_is_still_the_code() -> None:
    text = "The IRS said the IRC allows the deduction under the tax law."
    assert "IRC" in [m.text for m in mentions(text, "2024-05-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The justices cited the First Amendment and Heller v. District of Columbia.",
            [("First Amendment", "constitution"), ("Heller v. District of Columbia", "case")],
        ),
        (
            "The Clean Air Act and Sierra Club v. EPA shaped the rule, the court said.",
            [("Clean Air Act", "statute"), ("Sierra Club v. EPA", "case")],
        ),
    ],
)
def test_a_law_before_and_is_never_part_of_the_next_caption(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.kind) for m in mentions(text, "2024-05-01")] == expected


# Made-up articles in the shape of real ones: another country's court named once, then "the
# Supreme Court", "the court" and "the Act" throughout.
INDIA = (
    "India's Supreme Court on Thursday struck down the electoral bonds scheme, ruling that "
    "anonymous political donations violate voters' right to information.\n\n"
    "The five-judge bench said the scheme, introduced in 2018, was unconstitutional. Chief "
    "Justice D.Y. Chandrachud wrote the main opinion.\n\n"
    "The Supreme Court ordered the State Bank to stop issuing the bonds immediately. The court "
    "said the Act that allowed the bonds had to be amended.\n\n"
    "Opposition leaders welcomed the ruling. The government said it would study the judgment.\n\n"
    "Lawyers said the Supreme Court's decision would change how parties raise money. The court "
    "also ordered the disclosure of all donors by March."
)
BRITAIN = (
    "The UK Supreme Court ruled on Wednesday that the government's plan to send asylum seekers "
    "to Rwanda was unlawful.\n\n"
    "The judges unanimously upheld an earlier Court of Appeal ruling.\n\n"
    "Prime Minister Rishi Sunak said he would introduce emergency legislation. The Supreme "
    "Court's ruling is a major blow to his government.\n\n"
    "The Illegal Migration Act, passed this year, requires the home secretary to remove people "
    "who arrive in small boats. The Act has been criticized by human rights groups, and the "
    "Supreme Court did not rule on it directly.\n\n"
    "Lawyers for the charities said the Supreme Court had made the right decision."
)
AUSTRALIA = (
    "Australia's Online Safety Act gives the eSafety Commissioner power to order platforms to "
    "remove violent material.\n\nThe commissioner used the Act last month against X. The "
    "company said the law was too broad and that the Federal Court should limit it."
)

EUROPE = (
    "The European Court of Justice on Tuesday ordered Apple to pay 13 billion euros in "
    "back taxes to Ireland, ending a decade-long fight.\n\n"
    "The court said Ireland had granted Apple illegal state aid. The ruling overturned a "
    "2020 decision by the General Court.\n\n"
    "Separately, regulators are enforcing the Digital Markets Act against Apple and "
    "Google. The Act requires gatekeepers to open their app stores. The court's judgment "
    "is final and cannot be appealed."
)
# The country is named only in the last paragraph: the opening's "Supreme Court" is still its.
CANADA = (
    "The Supreme Court on Friday struck down a law that imposed mandatory minimum "
    "sentences for child luring, saying the penalties were cruel and unusual.\n\n"
    "In a 5-4 decision, the justices said the Criminal Code provision violated the "
    "Charter of Rights and Freedoms. Justice Sheilah Martin wrote for the majority.\n\n"
    "The ruling is the latest in a series of decisions by Canada's top court striking "
    "down mandatory minimums. Ottawa said it would review the judgment."
)


@pytest.mark.parametrize(
    "text",
    [INDIA, BRITAIN, AUSTRALIA, EUROPE, CANADA],
    ids=["india", "uk", "australia", "eu", "canada"],
)
def test_an_article_about_another_countrys_court_or_law_links_nothing(text: str) -> None:
    assert mentions(text, "2024-02-15") == []


def test_a_us_article_that_cites_a_foreign_court_keeps_its_us_rulings() -> None:
    text = (
        "The U.S. Supreme Court on Friday upheld a Tennessee law banning gender-affirming care "
        "for minors. The 6-3 decision was written by Chief Justice John Roberts.\n\n"
        "Several European countries, including Britain and Sweden, have restricted such care. "
        "Britain's High Court ruled in 2020 that children under 16 were unlikely to be able to "
        "consent.\n\nThe Supreme Court's ruling leaves the Tennessee law in place."
    )
    found = [(m.text, m.court) for m in mentions(text, "2025-06-20") if m.kind == "ruling"]
    assert ("The Supreme Court's ruling", "scotus") in found
    assert ("The U.S. Supreme Court on Friday upheld", "scotus") in found


def test_a_foreign_article_keeps_the_us_law_it_compares() -> None:
    text = (
        "The Supreme Court of Canada ruled on Friday that the federal government's greenhouse "
        "gas pricing law is constitutional. The ruling ends a challenge by Alberta, Ontario and "
        "Saskatchewan to the Greenhouse Gas Pollution Pricing Act.\n\n"
        "The decision comes as the U.S. Supreme Court weighs limits on the Environmental "
        "Protection Agency's authority under the Clean Air Act in West Virginia v. EPA.\n\n"
        "Chief Justice Richard Wagner wrote for the majority. The Act will remain in force."
    )
    found = {(m.text, m.authority) for m in mentions(text, "2021-03-25")}
    assert ("Clean Air Act", "usc:42:7401") in found
    assert ("West Virginia v. EPA", "cite:597:us:697") in found
    assert not any("Pricing Act" in t or t == "The Act" for t, _ in found)


SPORTS = (
    "The Lakers beat the Celtics 112-104 on Sunday night, and LeBron James owned the "
    "court in the fourth quarter.\n\n"
    "The league's ruling on a disputed foul drew boos. The referees' decision stood after"
    " a review, and coach JJ Redick said he would appeal to the league office.\n\n"
    'It was Lakers vs. Celtics at its best, a rivalry that dates to the 1960s. "That was '
    'a playoff atmosphere," James said.\n\n'
    "Boston will host the rematch on Friday. The Act of Faith tour by the band Steelers "
    "vs. Bills opens in June."
)
SOFTWARE = (
    "Developers on IRC said the new release of the kernel fixes a long-standing bug. The "
    "IRC channel was busy all night.\n\n"
    'The maintainers issued an order to freeze new features. "The ruling from Linus is '
    "final,\" one contributor wrote. The project's Code of Conduct committee said it would"
    " review the decision.\n\n"
    "Kramer vs. Kramer, the 1979 film, was screened at the conference after-party."
)


@pytest.mark.parametrize("text", [SPORTS, SOFTWARE], ids=["sports", "software"])
def test_a_story_that_never_speaks_of_law_links_nothing(text: str) -> None:
    """'the court', 'the league's ruling', 'appeal' and 'decision' are a game's words here."""
    assert mentions(text, "2024-02-15") == []


def test_a_us_law_named_before_the_article_goes_abroad_stays() -> None:
    text = (
        "The Communications Decency Act shields platforms. Britain's Online Safety Act took "
        "effect on Friday, and the UK Supreme Court has yet to rule on it. The Act requires "
        "age checks."
    )
    assert [m.text for m in mentions(text, "2025-03-01")] == ["Communications Decency Act"]


TRADE = (
    "Canada and Mexico vowed to retaliate on Tuesday after President Trump's new tariffs "
    "took effect. China said it would respond in kind.\n\n"
    "Canada's Parliament met in an emergency session, and Mexico's Senate debated a "
    "response.\n\n"
    "The Supreme Court heard arguments in November over whether the International "
    "Emergency Economic Powers Act allows the tariffs. The court's ruling could come by "
    "June, and the justices seemed skeptical.\n\n"
    "Canadian officials said the Supreme Court's decision would shape their response."
)


def test_a_us_trade_story_full_of_other_countries_keeps_its_us_court_and_law() -> None:
    """Country names alone never make an article foreign, nor one foreign parliament against
    the U.S. markers of a story that starts at home."""
    found = {(m.text, m.authority or m.court) for m in mentions(TRADE, "2025-11-10")}
    assert ("International Emergency Economic Powers Act", "usc:50:1701-1707") in found
    assert ("the Supreme Court's decision", "scotus") in found
