"""The National Defense Authorization Act named by fiscal year (issue 13, point 6): the
chamber's bill before it was signed, the Public Law after. Sentences from real coverage (the
page each came from is named) or in its shape."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.datafiles import ndaas
from linker.scanner.ndaa import implied_year


def _found(text: str, date: str | None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.authority) for m in mentions(text, date)]


CASES = [
    # defensedaily.com, July 2023 (undated text): the House passes its version
    (
        "The House on Friday morning narrowly passed its $886 billion version of the Fiscal "
        "Year 2024 National Defense Authorization Act (NDAA) with a 219-210 vote, after "
        "adopting many contentious GOP-offered amendments.",
        None,
        [
            ("Fiscal Year 2024 National Defense Authorization Act", "bill", "bill:118:hr:2670"),
            ("NDAA", "bill", "bill:118:hr:2670"),
        ],
    ),
    # the-financial-frontier.com, June 2024: "(FY25 NDAA)" defined after the name
    (
        "Last week, House Republicans achieved a significant milestone by passing the Fiscal "
        "Year 2025 National Defense Authorization Act (FY25 NDAA).",
        "2024-06-20",
        [
            ("Fiscal Year 2025 National Defense Authorization Act", "bill", "bill:118:hr:8070"),
            ("FY25 NDAA", "bill", "bill:118:hr:8070"),
        ],
    ),
    # energyca.org, June 13, 2024: last year's act is law, this year's is the House's bill
    (
        "After the FY24 NDAA passed in December, members of Congress shifted their attention "
        "to the FY25 NDAA. The House Armed Services Committee began accepting requests.",
        "2024-06-13",
        [
            ("FY24 NDAA", "statute", "publ:118-31"),
            ("FY25 NDAA", "bill", "bill:118:hr:8070"),
        ],
    ),
    # allen.house.gov, Dec. 18, 2025: signed that day
    (
        "Tonight, President Donald J. Trump signed H. Amdt. to S. 1071, the National Defense "
        "Authorization Act (NDAA) for Fiscal Year 2026, into law.",
        "2025-12-18",
        [
            (
                "National Defense Authorization Act (NDAA) for Fiscal Year 2026",
                "statute",
                "publ:119-60",
            ),
        ],
    ),
    # lawfareblog.com, Dec. 16, 2021: both chambers passed it, not yet signed
    (
        "The House and Senate have passed the National Defense Authorization Act for Fiscal "
        "2022, sending the bill to the White House for President Biden's signature.",
        "2021-12-16",
        [("National Defense Authorization Act for Fiscal 2022", "bill", "bill:117:s:1605")],
    ),
    # cbsnews.com shape, Dec. 27, 2021: no year named, the date's fiscal year, signed
    (
        "President Biden on Monday signed into law the annual defense-policy bill.",
        "2021-12-27",
        [("defense-policy bill", "statute", "publ:117-81")],
    ),
    # the Senate's story in July 2023, no year named: the Senate's bill
    (
        "The Senate on Thursday passed the NDAA by a vote of 86-11.",
        "2023-07-27",
        [("NDAA", "bill", "bill:118:s:2226")],
    ),
    # deepnewz.com, July 2025: the final bill is the one that became law
    (
        "Negotiations with the Senate on a final defense policy bill are expected to stretch "
        "into the fall.",
        "2025-07-16",
        [("defense policy bill", "bill", "bill:119:s:1071")],
    ),
    # "the NDAA for fiscal year 2026" in the House's September 2025 story
    (
        "The House passed the NDAA for fiscal year 2026 on Wednesday, 231-196.",
        "2025-09-10",
        [("NDAA for fiscal year 2026", "bill", "bill:119:hr:3838")],
    ),
    # "the fiscal 2025 defense policy bill", a Senate version named
    (
        "Senators said the Senate version of the fiscal 2025 defense policy bill tops $923 "
        "billion.",
        "2024-07-10",
        [("fiscal 2025 defense policy bill", "bill", "bill:118:s:4638")],
    ),
    # "the 2024 NDAA" after signing: the law; "last year's NDAA" counted from the date
    (
        "A provision of the 2024 NDAA requires the report. Lawmakers cited last year's NDAA.",
        "2024-08-01",
        [
            ("2024 NDAA", "statute", "publ:118-31"),
            ("last year's NDAA", "statute", "publ:118-31"),
        ],
    ),
]


CASES += [
    # qazinform.com, Dec. 2025: the final vote a week before the signing, year in a clause
    (
        "The House voted 312-112 to advance the National Defense Authorization Act (NDAA), "
        "which outlines military policy and authorizes funding levels for fiscal year 2026.",
        "2025-12-11",
        [
            ("National Defense Authorization Act", "bill", "bill:119:s:1071"),
            ("NDAA", "bill", "bill:119:s:1071"),
        ],
    ),
    # newsposter.news, Dec. 11, 2025
    (
        "The House on Wednesday passed the fiscal 2026 National Defense Authorization Act "
        "(NDAA) with a decisive 312-112 vote.",
        "2025-12-11",
        [("fiscal 2026 National Defense Authorization Act", "bill", "bill:119:s:1071")],
    ),
    # notus.org, Sept. 10, 2025: the House's own bill
    (
        "Republicans passed the National Defense Authorization Act on Wednesday, largely "
        "keeping their conference together to get it through the House.",
        "2025-09-10",
        [("National Defense Authorization Act", "bill", "bill:119:hr:3838")],
    ),
    # deepnewz.com, July 2025: "fiscal-year 2026", the House committee's draft
    (
        "The House Armed Services Committee late Tuesday approved its draft of the "
        "fiscal-year 2026 National Defense Authorization Act in a 55-2 bipartisan vote.",
        "2025-07-16",
        [("fiscal-year 2026 National Defense Authorization Act", "bill", "bill:119:hr:3838")],
    ),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_ndaa_by_fiscal_year(
    text: str, date: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    found = _found(text, date)
    for e in expected:
        assert e in found, (e, found)


def test_back_references_take_the_ndaa_id() -> None:
    text = (
        "The House on Friday narrowly passed the FY24 NDAA, 219-210. Nearly all Democrats "
        "opposed the legislation after Republicans added amendments on abortion."
    )
    found = _found(text, "2023-07-14")
    assert ("FY24 NDAA", "bill", "bill:118:hr:2670") in found
    assert ("the legislation", "bill", "bill:118:hr:2670") in found


def test_the_last_weeks_before_signing_are_the_final_bill() -> None:
    """Dec. 2021: the Senate voted on S. 1605, the compromise that became law, not on the
    bill its committee had reported (S. 2792); "the bill" after it is the same."""
    text = (
        "The Senate on Wednesday passed the National Defense Authorization Act for Fiscal "
        "Year 2022, 88-11. The bill now goes to the president."
    )
    found = _found(text, "2021-12-16")
    name = "National Defense Authorization Act for Fiscal Year 2022"
    assert (name, "bill", "bill:117:s:1605") in found
    assert ("The bill", "bill", "bill:117:s:1605") in found


def test_signed_without_a_public_law_number_in_the_table_is_the_bill_signed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fiscal year signed on a known day whose Public Law number the table has not checked:
    the bill that became law (FY2025's H.R. 5009) is the link, never a guessed number. (The
    table has FY2025's, 118-159, since the fifteenth session: the row is blanked here.)"""
    import dataclasses

    import linker.scanner.ndaa as ndaa_pass

    table = dict(ndaas())
    table[2025] = dataclasses.replace(table[2025], law="")
    monkeypatch.setattr(ndaa_pass, "ndaas", lambda: table)
    found = _found("President Biden signed the FY25 NDAA on Monday.", "2024-12-24")
    assert ("FY25 NDAA", "bill", "bill:118:hr:5009") in found


def test_the_fy2025_act_after_its_signing_is_its_public_law() -> None:
    found = _found("President Biden signed the FY25 NDAA on Monday.", "2024-12-24")
    assert ("FY25 NDAA", "statute", "publ:118-159") in found


def test_a_provision_of_the_bare_ndaa_is_the_law_in_force() -> None:
    """May 2012: "the NDAA" alone is the FY2013 bill being drafted, but "Section 1021 of the
    NDAA" is a provision of the act in force, the FY2012 law signed Dec. 31, 2011."""
    found = _found("Section 1021 of the NDAA authorizes indefinite detention.", "2012-05-15")
    assert ("NDAA", "statute", "publ:112-81") in found
    found = _found("Critics say troops could be held under the NDAA.", "2012-05-15")
    assert ("NDAA", "statute", "publ:112-81") in found
    found = _found("Troops would get a raise under the NDAA the House passed.", "2012-05-18")
    assert ("NDAA", "bill", "bill:112:hr:4310") in found


def test_no_year_and_no_date_gives_no_id() -> None:
    found = _found("The NDAA passed the House on Friday.", None)
    assert not any(a and a.startswith(("bill:", "publ:")) for _t, _k, a in found), found


def test_a_date_before_a_fiscal_year_the_table_has_gives_no_id() -> None:
    found = _found("The House passed the fiscal 2011 NDAA.", "2010-05-28")
    assert not any(a for _t, _k, a in found), found


def test_a_date_in_the_year_is_a_year_not_a_fiscal_year() -> None:
    text = "On July 14, 2023 NDAA amendments were adopted in the House."
    found = _found(text, "2023-07-14")
    assert ("NDAA", "bill", "bill:118:hr:2670") in found


@pytest.mark.parametrize(
    ("date", "fy"),
    [
        ("2023-07-14", 2024),
        ("2024-01-10", 2024),
        ("2024-03-31", 2024),
        ("2024-04-01", 2025),
        ("2024-12-23", 2025),
        (None, None),
        ("2024", None),
    ],
)
def test_the_fiscal_year_a_date_implies(date: str | None, fy: int | None) -> None:
    assert implied_year(date) == fy


def test_the_enacted_ndaas_of_acts_csv_resolve_as_the_table_says() -> None:
    """acts.csv names three enacted NDAAs; by full name after signing they are the same law."""
    for name, date, law in [
        ("National Defense Authorization Act for Fiscal Year 2017", "2017-05-01", "publ:114-328"),
        ("National Defense Authorization Act for Fiscal Year 2012", "2012-05-01", "publ:112-81"),
        (
            "John S. McCain National Defense Authorization Act for Fiscal Year 2019",
            "2019-05-01",
            "publ:115-232",
        ),
    ]:
        found = _found(f"Congress amended the {name} last week.", date)
        assert (name, "statute", law) in found, found
        fy = int(name[-4:])
        assert ndaas()[fy].law == law
