"""Federal bills and acts by name, round two (issue 13, point 6, eleventh session): bill
numbers written with a dash, a known name set beside another bill's number, nicknames, the
deal or stopgap of the one spending measure an article names, and the rows added to
``bill_numbers.csv``. Sentences of our own in the shapes real pages print."""

from __future__ import annotations

import pytest

from conftest import mentions


def linked(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind in ("statute", "bill")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Blumenthal's bill, S-1409, passed the Senate 91-3 on Tuesday.",
         ("S-1409", "bill:118:s:1409")),
        ("The House voted 352-65 for HR-7521, the measure aimed at TikTok.",
         ("HR-7521", "bill:118:hr:7521")),
        ("Lawmakers sent H.R.-815 to the president.", ("H.R.-815", "bill:118:hr:815")),
    ],
)  # fmt: skip
def test_a_bill_number_with_a_dash_in_a_sentence_about_congress(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in linked(text, "2024-07-30")


@pytest.mark.parametrize(
    "text",
    [
        # an SEC registration form, a visa, a missile system: never a bill
        "The company filed an S-1 with the SEC before the Senate hearing.",
        "Its Form S-1 was public when the House committee met.",
        "Senators asked about the S-1 registration statement.",
        "Congress may change the H-1B visa program.",
        "Senators criticized Turkey over its S-400 missile purchase.",
        # no word of Congress in the sentence
        "The startup's S-1409 sensor shipped in March.",
    ],
)
def test_a_dash_number_that_is_no_bill(text: str) -> None:
    assert not [t for t, _ in linked(text, "2024-07-30") if "-" in t]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the House's bill of the year's defense act, not the Senate's bill that became law
        ("H.R. 4909, National Defense Authorization Act for Fiscal Year 2017, comes to the "
         "floor under a rule.", "2016-05-17",
         ("National Defense Authorization Act for Fiscal Year 2017", "bill:114:hr:4909")),
        # a heading's colon: the House Democrats' January bill, not the law of that name
        ("H.R. 648: Consolidated Appropriations Act, 2019", "2019-01-03",
         ("Consolidated Appropriations Act, 2019", "bill:116:hr:648")),
        # the law of that name was its bill's: it stays the law
        ("H.R. 4346, the CHIPS and Science Act, was signed on Tuesday.", "2022-08-11",
         ("CHIPS and Science Act", "publ:117-167")),
    ],
)  # fmt: skip
def test_a_known_name_beside_another_bills_number_is_that_bill(
    text: str, date: str, expected: tuple[str, str]
) -> None:
    assert expected in linked(text, date)


def test_nicknames_of_two_laws() -> None:
    text = (
        "President Clinton signed the Brady Bill in 1993. Lawmakers waived the 2010 "
        "pay-as-you-go law, which would have triggered automatic cuts."
    )
    got = linked(text, "2019-04-02")
    assert ("Brady Bill", "publ:103-159") in got
    assert ("2010 pay-as-you-go law", "publ:111-139") in got


def test_the_deal_and_the_stopgap_of_the_one_spending_measure_named() -> None:
    text = (
        "The Consolidated Appropriations Act, 2019 funds seven departments. The deal passed "
        "83-16. The trade deal with China stalled."
    )
    got = linked(text, "2019-03-01")
    assert ("The deal", "publ:116-6") in got
    assert not [t for t, _ in got if "trade" in t]  # another kind of deal
    # "the stopgap" is a continuing resolution: never a full-year act
    assert not [t for t, _ in linked("The Consolidated Appropriations Act, 2019 funds seven "
                                     "departments. The stopgap expired.", "2019-03-01")
                if "stopgap" in t]  # fmt: skip


def test_the_deal_when_two_spending_measures_are_named_is_none() -> None:
    text = (
        "The Consolidated Appropriations Act, 2019 and the Bipartisan Budget Act of 2018 "
        "differ. The deal passed."
    )
    assert not [t for t, _ in linked(text, "2019-03-01") if "deal" in t]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # an act's other short title names the bill it was before another bill enacted it
        ("The SECURE Act would let small firms pool their plans.", "2019-06-01",
         ("SECURE Act", "bill:116:hr:1994")),
        ("The SECURE Act let small firms pool their plans.", "2020-03-01",
         ("SECURE Act", "publ:116-94")),
        # bill rows added this round, each in its own Congress
        ("The House passed the PRO Act on Thursday.", "2020-02-07",
         ("PRO Act", "bill:116:hr:2474")),
        ("Democrats unveiled the JUSTICE Act's rival.", "2020-06-20",
         ("JUSTICE Act", "bill:116:s:3985")),
        ("The American Innovation and Choice Online Act cleared the committee.", "2022-01-21",
         ("American Innovation and Choice Online Act", "bill:117:s:2992")),
        ("The Senate rejected the Better Care Reconciliation Act.", "2017-07-26",
         ("Better Care Reconciliation Act", "bill:115:hr:1628")),
        ("The House passed the Emmett Till Antilynching Act on Wednesday.", "2020-02-27",
         ("Emmett Till Antilynching Act", "bill:116:hr:35")),
        ("The Consolidated Appropriations Act, 2023 funds the government.", "2022-12-21",
         ("Consolidated Appropriations Act, 2023", "bill:117:hr:2617")),
        ("The Rescissions Act of 2025 cuts $9 billion.", "2025-07-20",
         ("Rescissions Act of 2025", "bill:119:hr:4")),
        ("The House passed the Assault Weapons Ban of 2022 on Friday.", "2022-07-30",
         ("Assault Weapons Ban of 2022", "bill:117:hr:1808")),
    ],
)  # fmt: skip
def test_bill_rows_of_this_round(text: str, date: str, expected: tuple[str, str]) -> None:
    assert expected in linked(text, date)


def test_the_1994_ban_is_not_the_2022_bill() -> None:
    text = "The 1994 assault weapons ban expired in 2004, and an Assault Weapons Ban passed then."
    assert not [a for _, a in linked(text, "2022-07-30") if a == "bill:117:hr:1808"]


def test_the_passage_of_an_act_whose_bill_is_now_known_is_that_bills_step() -> None:
    # act_bills.csv now knows H.R. 5860 (the FY2024 stopgap) and H.R. 266 (the April 2020 PPP act)
    got = linked("Congress passed the Continuing Appropriations Act, 2024 hours before the "
                 "deadline.", None)  # fmt: skip
    assert ("Continuing Appropriations Act, 2024", "bill:118:hr:5860") in got
    got = linked("Trump signed the Paycheck Protection Program and Health Care Enhancement Act.",
                 "2020-04-25")  # fmt: skip
    assert ("Paycheck Protection Program and Health Care Enhancement Act", "publ:116-139") in got


def test_the_deal_of_a_budget_act() -> None:
    text = (
        "The House passed the Bipartisan Budget Act of 2019 on Thursday. The deal suspends the "
        "debt limit."
    )
    got = linked(text, "2019-07-26")
    assert ("Bipartisan Budget Act of 2019", "bill:116:hr:3877") in got
    assert ("The deal", "bill:116:hr:3877") in got
