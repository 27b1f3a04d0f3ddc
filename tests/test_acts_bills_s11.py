"""Federal acts and bills by name, eleventh session (issue 13, points 5 and 6): acts named
with their words in another order or another year, appropriations acts by year in a
headline's form, bills by their short title alone, reintroduced bills, acts named before
the bill that enacted them. Sentences of our own in the shapes real pages print."""

from __future__ import annotations

import pytest

from conftest import mentions


def linked(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind in ("statute", "bill")]


def test_a_year_on_the_line_above_is_not_the_name_s() -> None:
    # a dateline's year over a paragraph that opens on the act's name
    text = "March 15, 2022\n\nVAWA Reauthorization Act of 2022 Signed into Law"
    assert ("VAWA Reauthorization Act of 2022", "publ:117-103") in linked(text, "2022-03-15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words of a known act in another order, with its own year
        ("The passage of the Violence Against Women Reauthorization Act of 2022 is a step "
         "forward, advocates said.",
         ("Violence Against Women Reauthorization Act of 2022", "publ:117-103")),
        # the same words with another year are not that act (nor the 2013 one): the bill
        # of the Congress sitting in the year of its title (s23: H.R. 1585, 116th Congress)
        ("The House passed the Violence Against Women Reauthorization Act of 2019 in April.",
         ("Violence Against Women Reauthorization Act of 2019", "bill:116:hr:1585")),
        # a known act's name followed by another year is another law, not the act
        ("The House passed the Juvenile Justice Reform Act of 2017 by voice vote.",
         ("Juvenile Justice Reform Act of 2017", None)),
    ],
)  # fmt: skip
def test_acts_named_in_another_order_or_year(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in linked(text, "2024-06-01")


def test_an_appropriations_act_with_its_year_and_no_comma() -> None:
    text = "The Consolidated Appropriations Act 2019 funds the seven remaining bills."
    assert linked(text, "2019-03-01") == [("Consolidated Appropriations Act 2019", "publ:116-6")]
    # the day before it was signed, the act is its joint resolution
    assert linked(text, "2019-02-14") == [
        ("Consolidated Appropriations Act 2019", "bill:116:hjres:31")
    ]


def test_a_farm_bill_by_its_year() -> None:
    text = "The House easily passed the 2018 farm bill on Wednesday."
    assert ("2018 farm bill", "bill:115:hr:2") in linked(text, "2018-12-12")
    later = "The 2018 farm bill legalized industrial hemp."
    assert linked(later, "2019-06-01") == [("2018 farm bill", "publ:115-334")]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a bill's short title, too short to pass for an act's name, in its Congress
        ("A rival stablecoin bill, the STABLE Act, is pending in the House.", "2025-05-01",
         ("STABLE Act", "bill:119:hr:2392")),
        # the same name in a Congress the table lacks: a bill, no number
        ("A rival stablecoin bill, the STABLE Act, is pending in the House.", "2019-05-01",
         ("STABLE Act", None)),
        # a bill named by a short name of its own that no act uses
        ("The Senate passed KOSA and COPPA 2.0 on Tuesday.", "2024-07-30",
         ("COPPA 2.0", "bill:118:s:1418")),
        ("The House passed the PRESS Act by voice vote.", "2024-01-18",
         ("PRESS Act", "bill:118:hr:4250")),
        ("The House passed the PRESS Act by voice vote.", "2022-09-20",
         ("PRESS Act", "bill:117:hr:4330")),
        ("The Senate passed the U.S. Innovation and Competition Act, 68-32.", "2021-06-09",
         ("U.S. Innovation and Competition Act", "bill:117:s:1260")),
        ("The House voted to decriminalize marijuana by passing the MORE Act.", "2022-04-02",
         ("MORE Act", "bill:117:hr:3617")),
        # a bill's name with its year: the year is the name's, the Congress the article's
        ("The House passed the Violence Against Women Reauthorization Act of 2019 on Thursday.",
         "2019-04-05",
         ("Violence Against Women Reauthorization Act of 2019", "bill:116:hr:1585")),
    ],
)  # fmt: skip
def test_bills_by_short_title(text: str, date: str, expected: tuple[str, str | None]) -> None:
    assert expected in linked(text, date)


def test_coppa_two_is_not_coppa() -> None:
    found = linked("The Senate passed KOSA and COPPA 2.0 on Tuesday.", "2024-07-30")
    assert all(a != "usc:15:6501-6506" for _t, a in found)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2024-03-08", "bill:118:hr:7511"),  # the 118th Congress's bill, passed by the House
        ("2025-01-23", "bill:119:s:5"),  # the 119th's, before it was signed
        ("2025-02-10", "publ:119-1"),  # the law
    ],
)
def test_a_bill_reintroduced_in_a_later_congress(date: str, expected: str) -> None:
    text = "The Laken Riley Act requires ICE to detain migrants charged with theft."
    assert linked(text, date) == [("Laken Riley Act", expected)]


def test_an_act_named_before_the_bill_that_enacted_it() -> None:
    # the TikTok act passed the House as H.R. 7521; H.R. 815 enacted it on Apr. 24, 2024
    text = (
        "The Protecting Americans from Foreign Adversary Controlled Applications Act will now "
        "move to the Senate."
    )
    name = "Protecting Americans from Foreign Adversary Controlled Applications Act"
    assert linked(text, "2024-03-13") == [(name, "bill:118:hr:7521")]
    assert linked(text, "2024-06-01") == [(name, "publ:118-50")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Senate bill's number without its period, in brackets after an act's name
        ("Congressional Budget Office Data Access Act (S 1549) – the bill lets the CBO see "
         "agency records.", ("S 1549", "bill:118:s:1549")),
        # a one-word acronym name is a bill's when its number follows in brackets
        ("COCOA Act of 2024 (HR 6513) – this bill lets states name election observers.",
         ("COCOA Act of 2024", "bill:118:hr:6513")),
    ],
)  # fmt: skip
def test_a_bill_numbered_in_brackets_after_its_name(text: str, expected: tuple[str, str]) -> None:
    assert expected in linked(text, "2024-10-10")


def test_an_acronym_alone_is_not_an_act() -> None:
    # without its number in brackets a one-word name stays nothing
    assert linked("The COCOA Act of 2024 was praised by observers.", "2024-10-10") == []
