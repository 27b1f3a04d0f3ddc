"""Laws and bills of the 119th Congress (2025–2026) by name (fifteenth session, issue 13):
the rows added to ``acts.csv``, ``act_bills.csv``, ``bill_numbers.csv``, ``ndaa.csv`` and
``cra_resolutions.csv``, and the Congress an undated or late-2026 story's bills belong to
(the 119th Congress sits from Jan. 3, 2025 to Jan. 3, 2027). Sentences of our own in the
shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.ids import congress_for_date


def linked(text: str, date: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind in ("statute", "bill")]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # after the signing, the law; before, the bill it was
        ("The Secure America Act sends billions to ICE through 2029.", "2026-07-01",
         ("Secure America Act", "publ:119-98")),
        ("Senators opened debate on the Secure America Act.", "2026-06-04",
         ("Secure America Act", "bill:119:s:2")),
        ("The Whole Milk for Healthy Kids Act lets cafeterias serve 2% milk again.",
         "2026-02-01", ("Whole Milk for Healthy Kids Act", "publ:119-69")),
        ("The Senate cleared the Whole Milk for Healthy Kids Act by voice vote.", "2025-11-22",
         ("Whole Milk for Healthy Kids Act", "bill:119:s:222")),
        # the same name two years earlier: the House's bill of the 118th Congress
        ("The House approved the Whole Milk for Healthy Kids Act on Wednesday.", "2023-12-14",
         ("Whole Milk for Healthy Kids Act", "bill:118:hr:1147")),
        # the stopgap that ended the 2025 shutdown, by its long name and its division's
        ("The Continuing Appropriations, Agriculture, Legislative Branch, Military "
         "Construction and Veterans Affairs, and Extensions Act, 2026 reopened agencies.",
         "2025-12-01",
         ("Continuing Appropriations, Agriculture, Legislative Branch, Military Construction "
          "and Veterans Affairs, and Extensions Act, 2026", "publ:119-37")),
        ("The Continuing Appropriations Act, 2026 funds most agencies through Jan. 30.",
         "2025-12-01", ("Continuing Appropriations Act, 2026", "publ:119-37")),
        ("The Continuing Appropriations Act, 2026 faces a Senate vote tonight.", "2025-11-10",
         ("Continuing Appropriations Act, 2026", "bill:119:hr:5371")),
        ("The American Relief Act, 2025 kept agencies open into March.", "2025-01-10",
         ("American Relief Act, 2025", "publ:118-158")),
    ],
)  # fmt: skip
def test_a_law_of_2025_26_by_its_name(text: str, date: str, expected: tuple[str, str]) -> None:
    assert expected in linked(text, date)


def test_a_further_stopgap_is_not_the_november_one() -> None:
    got = linked("The Further Continuing Appropriations Act, 2026 runs to Feb. 13.", "2026-02-05")
    assert not [a for _, a in got if a in ("publ:119-37", "bill:119:hr:5371")]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("The House passed the Consolidated Appropriations Act, 2026 on Thursday.",
         "2026-01-23", ("Consolidated Appropriations Act, 2026", "bill:119:hr:7148")),
        ("The Born-Alive Abortion Survivors Protection Act passed the House again.",
         "2025-01-24", ("Born-Alive Abortion Survivors Protection Act", "bill:119:hr:21")),
        ("The House passed the DC CRIMES Act on Tuesday.", "2025-09-17",
         ("DC CRIMES Act", "bill:119:hr:4922")),
        ("The D.C. CRIMES Act cleared the House last week.", "2024-05-20",
         ("D.C. CRIMES Act", "bill:118:hr:7530")),
        ("Senators unveiled the ROTOR Act after the midair collision.", "2025-07-30",
         ("ROTOR Act", "bill:119:s:2503")),
        ("The Kids Internet and Digital Safety Act now goes to the Senate.", "2026-07-01",
         ("Kids Internet and Digital Safety Act", "bill:119:hr:7757")),
    ],
)  # fmt: skip
def test_a_bill_of_2025_26_by_its_name(text: str, date: str, expected: tuple[str, str]) -> None:
    assert expected in linked(text, date)


def test_the_permitting_bill_by_its_long_name_only() -> None:
    text = "The Standardizing Permitting and Expediting Economic Development Act would cut delays."
    assert (
        "Standardizing Permitting and Expediting Economic Development Act",
        "bill:119:hr:4776",
    ) in linked(text, "2026-01-10")
    # "the SPEED Act" alone is also a defense procurement bill of the same Congress
    assert not [a for _, a in linked("The SPEED Act would cut delays.", "2026-01-10") if a]


def test_a_bill_named_before_it_was_introduced_is_none() -> None:
    # the SAVE America Act was introduced Jan. 30, 2026
    assert ("SAVE America Act", "bill:119:hr:7296") in linked(
        "The SAVE America Act would require proof of citizenship.", "2026-12-01"
    )
    assert not [a for _, a in linked("The SAVE America Act would require proof.", "2025-12-01")
                if a]  # fmt: skip


def test_the_ndaa_of_fiscal_2025_and_2026_after_their_signing() -> None:
    assert ("NDAA", "publ:118-159") in linked("The NDAA was signed in December.", "2025-01-15")
    assert ("NDAA for fiscal year 2026", "publ:119-60") in linked(
        "The NDAA for fiscal year 2026 expands the acquisition workforce.", "2026-02-10"
    )
    # mid-2026 "the NDAA" is the fiscal 2027 act, which the table does not have: no link
    assert not [a for _, a in linked("Lawmakers will soon take up the NDAA.", "2026-07-15") if a]


def test_the_resolution_that_undid_the_defi_broker_rule() -> None:
    text = (
        "Congress passed a resolution of disapproval under the Congressional Review Act "
        "against the DeFi broker rule."
    )
    assert ("a resolution of disapproval", "bill:119:hjres:25") in linked(text, "2025-04-01")


@pytest.mark.parametrize(
    ("date", "congress"),
    [("2025-01-03", 119), ("2026-12-05", 119), ("2027-01-02", 119), ("2027-01-03", 120),
     ("2025-01-02", 118)],
)  # fmt: skip
def test_the_congress_of_a_day_of_2025_to_2027(date: str, congress: int) -> None:
    assert congress_for_date(date) == congress


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated step late in 2026 is still the 119th Congress; early January 2027 the 120th
        ("On December 2, 2026, the House passed H.R. 9001, a bill on rural broadband.",
         ("H.R. 9001", "bill:119:hr:9001")),
        ("On January 6, 2027, Rep. Smith introduced H.R. 12, a bill on rural broadband.",
         ("H.R. 12", "bill:120:hr:12")),
        # the leaders of 2025-26 by office: the one Congress they share
        ("Senate Majority Leader John Thune said the SAVE America Act would get a vote.",
         ("SAVE America Act", "bill:119:hr:7296")),
        ("President Trump and Speaker Mike Johnson urged the House to take up the ROTOR Act.",
         ("ROTOR Act", "bill:119:s:2503")),
        # fiscal 2026's bills are the 119th Congress's
        ("The House passed H.R. 7148, the fiscal 2026 spending bill, on Thursday.",
         ("H.R. 7148", "bill:119:hr:7148")),
    ],
)  # fmt: skip
def test_the_congress_of_an_undated_story_of_2025_26(text: str, expected: tuple[str, str]) -> None:
    assert expected in linked(text, None)
