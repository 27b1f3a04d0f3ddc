"""Executive orders told without their number (eighteenth session): an order named by its
signing day whose sentence, or the next, says what it does when the president signed several
that day; "the president signed" or a president named later in the sentence as its signer; an
order whose short form "(EO)" the article defines before it gives the number. The sentences
are our own, in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions


def found(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


def ids(text: str, date: str) -> list[str | None]:
    return [a for _, a in found(text, date)]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # four orders of March 13, 2026: the sentence's own words pick one
        (
            "The executive order Trump signed on March 13 tells lenders' regulators to widen "
            "mortgage credit.",
            "2026-04-01",
            "eo:14393",
        ),
        # the subject in the next sentence, the signer "the president"
        (
            "Developers cheered the executive order the president signed on March 13. It "
            "orders agencies to clear barriers to building homes.",
            "2026-04-01",
            "eo:14394",
        ),
        # the president named after the order, later in the sentence
        (
            "In an executive order signed on April 23, Trump told the department to overhaul "
            "how colleges win accreditation.",
            "2025-05-15",
            "eo:14279",
        ),
        (
            "Under an executive order issued March 13, President Trump pressed the FTC on "
            "goods falsely labeled Made in America.",
            "2026-04-01",
            "eo:14392",
        ),
    ],
)
def test_a_day_with_several_orders_is_told_apart_by_the_words_around(
    text: str, date: str, want: str
) -> None:
    assert want in ids(text, date)


def test_the_order_then_refers_back_to_it() -> None:
    text = (
        "Bankers studied the executive order the president signed on March 13, which aims "
        "at mortgage credit for first-time buyers. The order gives regulators 90 days."
    )
    got = found(text, "2026-04-01")
    assert got[0][1] == "eo:14393"
    assert ("The order", "eo:14393") in got


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the day's orders, and no word that picks one of them
        ("The executive order the president signed on March 13 drew praise.", "2026-04-01"),
        # two of the day's orders told in one sentence
        (
            "The executive order Trump signed on March 13 deals with mortgage credit and "
            "home construction.",
            "2026-04-01",
        ),
        # a governor's order of the day
        (
            "The executive order Gov. Kathy Hochul signed on March 13 deals with mortgage credit.",
            "2026-04-01",
        ),
    ],
)
def test_no_id_when_the_words_do_not_pick_one(text: str, date: str) -> None:
    assert not [a for a in ids(text, date) if a]


def test_a_short_form_takes_the_number_given_later() -> None:
    text = (
        "The White House issued an executive order (EO) telling agencies to audit grants. "
        "Under the EO, agencies get 30 days. Officials said Executive Order 14332 also "
        "creates a review board. Critics said the EO reaches too far."
    )
    got = found(text, "2025-09-01")
    assert ("an executive order (EO)", "eo:14332") in got
    assert ("the EO", "eo:14332") in got
    assert ("Executive Order 14332", "eo:14332") in got
    assert all(a == "eo:14332" for _, a in got)


@pytest.mark.parametrize(
    "text",
    [
        "The president's new executive order (“EO”) tells agencies to end some grants. "
        "EO 14332 takes effect at once.",
        "Trump's executive order (EO) sets new grant rules; Executive Order 14332 also asks "
        "for a review.",
    ],
)
def test_a_short_form_in_other_shapes(text: str) -> None:
    got = found(text, "2025-09-01")
    assert got[0][1] == "eo:14332" and "(" in got[0][0]


@pytest.mark.parametrize(
    "text",
    [
        # the number is of an order signed besides it
        "Trump signed an executive order (EO) on grants. He also signed Executive Order "
        "14330 on ports.",
        # the number comes too late
        "Trump signed an executive order (EO) on grants. It was long. Then more came. Still "
        "more came. And more. Executive Order 14332 also sets up a review.",
    ],
)
def test_a_short_form_keeps_no_number_it_is_not_given(text: str) -> None:
    got = found(text, "2025-09-01")
    assert not [a for t, a in got if "(EO)" in t]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # a count, the month, and each order's own words
        (
            "Trump signed two executive orders on home construction and mortgage credit in March.",
            "2026-04-01",
            "eo:14393",
        ),
        (
            "In March, the president signed two executive orders, on mortgage credit and on "
            "home construction.",
            "2026-06-01",
            "eo:14393",
        ),
        (
            "Both executive orders on accreditation and on foreign influence at universities, "
            "signed in April, drew suits.",
            "2025-05-10",
            "eo:14279",
        ),
        # no count: what the orders aim at, all of one day
        (
            "The executive orders aimed at college accreditation and foreign influence at "
            "universities drew lawsuits.",
            "2025-05-01",
            "eo:14279",
        ),
    ],
)
def test_plural_orders_told_by_their_subjects_link_the_first(
    text: str, date: str, want: str
) -> None:
    assert ids(text, date)[:1] == [want]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # one subject for a count of two: which two is not said
        ("Trump signed two executive orders on housing in March.", "2026-04-01"),
        # three words picking two orders
        (
            "Trump signed three executive orders on home construction and mortgage credit in "
            "March.",
            "2026-04-01",
        ),
    ],
)
def test_plural_orders_the_words_do_not_count_out_stay_unlinked(text: str, date: str) -> None:
    assert not [a for a in ids(text, date) if a]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # the memorandum's title words after it, in another order than its title
        (
            "Trump signed a presidential memo barring transgender individuals from military "
            "service.",
            "2017-09-01",
            "fr:82:41319",
        ),
        (
            "In 2017 the president issued a memorandum on military service by transgender people.",
            "2018-01-01",
            "fr:82:41319",
        ),
        (
            "President Trump signed a memorandum freezing federal hiring across agencies.",
            "2025-02-01",
            "fr:90:8247",
        ),
        (
            "Trump's presidential memorandum on wind leasing on the outer continental shelf "
            "drew suits.",
            "2025-06-01",
            "fr:90:8363",
        ),
    ],
)
def test_a_memorandum_told_by_its_title_words(text: str, date: str, want: str) -> None:
    assert want in ids(text, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # no row's words
        ("Trump signed a memo directing the Pentagon to send troops to Portland.", "2025-10-01"),
        # the 2017 hiring freeze's words in 2020: past its end, no row
        ("President Trump signed a memorandum freezing federal hiring.", "2020-02-01"),
        # one word of a row is not enough
        ("Trump signed a memorandum on military readiness.", "2025-03-01"),
    ],
)
def test_a_memorandum_no_row_fits_keeps_no_id(text: str, date: str) -> None:
    assert not [a for a in ids(text, date) if a]


def test_memo_inside_memorandum_is_one_mention() -> None:
    got = found(
        "Trump issued a memorandum on military service by transgender people.", "2018-01-01"
    )
    assert [t for t, _ in got] == ["a memorandum"]


def test_a_dated_order_in_a_story_of_the_president_named_before() -> None:
    text = (
        "President Trump has turned to housing. An executive order signed on March 13 directs "
        "agencies to widen mortgage credit."
    )
    assert ids(text, "2026-04-01") == ["eo:14393"]
    # the day alone, with no words of its own, is not enough for a president not named in
    # the sentence
    text = (
        "President Trump has turned to housing. An executive order signed on March 13 drew praise."
    )
    assert not [a for a in ids(text, "2026-04-01") if a]


def test_he_signed_is_the_president_named_before() -> None:
    text = (
        "President Trump spoke at noon. The executive order he signed on March 13 clears "
        "barriers to home construction."
    )
    assert ids(text, "2026-04-01")[:1] == ["eo:14394"]


def test_a_sentence_opening_on_the_day_uses_its_own_words() -> None:
    text = (
        "On April 23, 2025, President Trump signed an executive order overhauling how "
        "colleges win accreditation."
    )
    assert ids(text, "2025-06-01") == ["eo:14279"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump signed an executive order telling agencies to audit their grants. The order, "
        "Executive Order 14332, creates a review board.",
        "The president issued an executive order last week telling agencies to audit grants. "
        "Executive Order 14332, signed Aug. 7, also creates a review board.",
        "President Trump signed a new executive order on grant oversight. Executive Order "
        "14332 also asks for a review board.",
    ],
)
def test_a_signed_order_takes_the_number_the_next_sentences_give_it(text: str) -> None:
    got = found(text, "2025-08-12")
    assert got[0][0].endswith("executive order") and got[0][1] == "eo:14332"


@pytest.mark.parametrize(
    "text",
    [
        # another president's order
        "Trump signed an executive order on grants. Executive Order 14008 also covered climate.",
        "Trump signed an executive order on grants. Biden's Executive Order 14008 also "
        "covered climate.",
        # a number not told as the same order
        "Trump signed an executive order on grants. Executive Order 14330 came a day earlier.",
        "Trump signed an executive order on grants. He also signed Executive Order 14330, "
        "which also covers ports.",
    ],
)
def test_a_signed_order_keeps_no_number_of_another(text: str) -> None:
    got = found(text, "2025-09-01")
    assert not [a for t, a in got if t.endswith("executive order") and a]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # three orders of Aug. 7, 2025, told by words their titles hold in another form
        (
            "The executive order Trump signed on Aug. 7 tells agencies to stop grants that "
            "fund ideology.",
            "eo:14332",
        ),
        (
            "The executive order Trump signed on Aug. 7 bars banks from debanking customers "
            "over politics.",
            "eo:14331",
        ),
    ],
)
def test_a_days_order_told_by_another_form_of_its_title_words(text: str, want: str) -> None:
    assert ids(text, "2025-09-01") == [want]


def test_a_word_every_title_of_the_day_shares_picks_none() -> None:
    text = "The executive order Trump signed on Aug. 7 drew praise from Americans."
    assert ids(text, "2025-09-01") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Trump signed a memorandum requiring federal employees to return to in-person work.",
        "The president issued a memo ordering agencies to terminate remote work arrangements.",
        "Unions sued over the return-to-office mandate for federal workers.",
    ],
)
def test_the_return_to_in_person_work_memorandum(text: str) -> None:
    assert "fr:90:8251" in ids(text, "2025-03-01")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a company's mandate
        ("Amazon's return-to-office mandate angered staff at the company's offices.", "2025-03-01"),
        # before the memorandum was signed
        ("The return-to-office mandate for federal workers is coming, Trump said.", "2024-12-01"),
    ],
)
def test_a_return_to_office_mandate_that_is_not_the_memorandum(text: str, date: str) -> None:
    assert "fr:90:8251" not in ids(text, date)
