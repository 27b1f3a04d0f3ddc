"""Executive orders of mid-2025 to June 2026 added by hand in the fifteenth session: the numbers
the Federal Register table lacked (``data/executive_orders_fr_2025.csv``) and the orders of 2026
(``data/executive_orders_fr_2026.csv``), each number, day and title read on a listing page, and
rows of ``data/executive_orders.csv`` with the words news uses for the orders it talks about
most. A story that names such an order by its signing day or by its subject now gets its id;
one dated before the signing never does. The sentences are our own, in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions


def ids(text: str, date: str) -> list[str | None]:
    return [m.authority for m in mentions(text, date) if m.kind == "executive-action"]


def test_the_register_holds_the_orders_of_2026() -> None:
    from linker.scanner.orderdata import register

    reg = register()
    assert reg.by_number[14399].signing_date == "2026-03-31"
    assert reg.by_number[14399].citation == "91 FR 17125"
    assert reg.by_number[14372].title == "Prioritizing the Warfighter in Defense Contracting"
    assert sorted(o.number for o in reg.by_day["2026-06-03"]) == [14410, 14411]
    # Aug. 25, 2025: 14339-14342 all signed that day, 14338 and 14343 on the days around it
    assert sorted(o.number for o in reg.by_day["2025-08-25"]) == [14339, 14340, 14341, 14342]
    assert reg.complete("2025-08-25")


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # the only order of its day the table knows, its subject in the sentence
        (
            "Contractors studied a Jan. 7 executive order signed by President Trump on defense "
            "contracting.",
            "2026-03-01",
            "eo:14372",
        ),
        # two orders that day: the title word the sentence echoes picks one
        (
            "Shippers read a June 3 executive order signed by President Trump on customs "
            "enforcement.",
            "2026-07-01",
            "eo:14411",
        ),
        (
            "Election officials sued over a March 31 executive order signed by President Trump.",
            "2026-05-01",
            "eo:14399",
        ),
        # a day the new rows made whole (14321 and 14322): the title word picks one
        (
            "Athletic directors reacted to a July 24 executive order signed by President Trump "
            "on college sports.",
            "2025-09-01",
            "eo:14322",
        ),
    ],
)
def test_an_order_of_2025_26_is_linked_by_its_day(text: str, date: str, want: str) -> None:
    assert ids(text, date) == [want]


def test_an_order_is_not_linked_before_it_was_signed() -> None:
    said = (
        "Shippers read a June 3 executive order signed by President Trump on customs enforcement."
    )
    assert "eo:14411" not in ids(said, "2026-05-01")
    told = "Governors vowed to fight Trump's executive order targeting state AI laws."
    assert ids(told, "2025-11-15") == [None]
    assert ids(told, "2026-01-15") == ["eo:14365"]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        (
            "Dispensary owners cheered President Trump's executive order on rescheduling "
            "marijuana.",
            "2026-01-05",
            "eo:14370",
        ),
        (
            "County clerks said the executive order restricting mail-in ballots signed by "
            "President Trump would be hard to carry out.",
            "2026-04-10",
            "eo:14399",
        ),
        (
            "Trump signed an executive order declaring a crime emergency in the District of "
            "Columbia, the mayor said.",
            "2025-09-20",
            "eo:14333",
        ),
        (
            "Trump signed an executive order threatening tariffs on countries that supply oil "
            "to Cuba.",
            "2026-02-05",
            "eo:14380",
        ),
        (
            "Trump signed an executive order threatening tariffs on countries that trade "
            "with Iran.",
            "2026-02-10",
            "eo:14382",
        ),
        (
            "Home builders weighed Trump's executive order barring large institutional investors "
            "from buying single-family homes.",
            "2026-02-10",
            "eo:14376",
        ),
        (
            "Architects criticized Trump's executive order on classical architecture.",
            "2025-10-10",
            "eo:14344",
        ),
        (
            "Defense stocks slid after Trump's executive order limiting stock buybacks.",
            "2026-01-20",
            "eo:14372",
        ),
        (
            "President Trump's executive order renaming the Department of Defense took effect.",
            "2025-10-01",
            "eo:14347",
        ),
        (
            "Pediatricians sued over Trump's executive order on the childhood vaccine schedule.",
            "2026-06-20",
            "eo:14407",
        ),
    ],
)
def test_an_order_of_2025_26_is_linked_by_its_subject(text: str, date: str, want: str) -> None:
    assert ids(text, date) == [want]


def test_the_department_s_new_name_alone_is_not_the_renaming_order() -> None:
    said = (
        "An executive order signed by President Trump directs the Department of War to buy "
        "more drones."
    )
    assert "eo:14347" not in ids(said, "2026-01-20")


def test_older_orders_keep_their_subjects() -> None:
    # the 2026 rows share no words with the orders of early 2025
    assert ids("Trump's executive order on artificial intelligence was signed.", "2026-03-01") == [
        "eo:14179"
    ]
    said = "Unions sued over Trump's executive order creating Schedule Policy/Career."
    assert ids(said, "2026-08-01") == ["eo:14171"]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        (
            "Wire makers cut output after Trump's proclamation imposing copper tariffs.",
            "2025-08-10",
            "proc:10962",
        ),
        (
            "Home builders fear the proclamation imposing tariffs on lumber signed by President "
            "Trump.",
            "2025-10-10",
            "proc:10976",
        ),
        (
            "Fleet owners studied Trump's proclamation imposing tariffs on heavy-duty trucks.",
            "2025-11-10",
            "proc:10984",
        ),
        (
            "Trump signed a proclamation expanding the travel ban to 39 countries.",
            "2025-12-20",
            "proc:10998",
        ),
    ],
)
def test_a_proclamation_of_2025_is_linked_by_its_subject(text: str, date: str, want: str) -> None:
    assert ids(text, date) == [want]


def test_a_proclamation_is_not_linked_before_it_was_signed() -> None:
    said = "Wire makers cut output after Trump's proclamation imposing copper tariffs."
    assert ids(said, "2025-07-01") == [None]


def test_the_travel_ban_is_the_december_2025_one_once_it_has_settled() -> None:
    # a reissued policy's name: the version in force months after the last reissue, the
    # newest when "new", the earliest when "first"
    assert ids("Trump's travel ban kept students from Nigeria out.", "2026-09-01") == ["proc:10998"]
    assert ids("Trump's new travel ban takes effect Jan. 1.", "2025-12-20") == ["proc:10998"]
    assert ids("Trump's first travel ban was signed in 2017.", "2026-09-01") == ["eo:13769"]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        (
            "President Trump declared a national emergency with respect to Cuba and threatened "
            "tariffs.",
            "2026-02-02",
            "eo:14380",
        ),
        (
            "President Trump declared a national emergency over Brazil's prosecution of its "
            "former president.",
            "2025-08-10",
            "eo:14323",
        ),
    ],
)
def test_a_national_emergency_of_2025_26_is_linked(text: str, date: str, want: str) -> None:
    assert ids(text, date) == [want]


def test_a_national_emergency_is_not_linked_before_it_was_declared() -> None:
    said = "President Trump declared a national emergency with respect to Cuba."
    assert ids(said, "2026-01-10") == []


def test_january_2026_orders_and_the_older_ones_they_share_words_with() -> None:
    # a longer phrase of the newer order outscores the older order's shorter one
    said = "Creditors objected to Trump's executive order shielding Venezuelan oil revenue."
    assert ids(said, "2026-02-01") == ["eo:14373"]
    older = (
        "Trump signed an executive order imposing tariffs on countries importing Venezuelan oil."
    )
    assert ids(older, "2026-02-01") == ["eo:14245"]
    rebuild = "Homeowners welcomed Trump's executive order on rebuilding Los Angeles."
    assert ids(rebuild, "2026-02-01") == ["eo:14377"]
    declared = "President Trump declared a national emergency to protect Venezuelan oil revenue."
    assert ids(declared, "2026-02-01") == ["eo:14373"]


def test_a_whole_day_of_2026_is_told_by_its_titles() -> None:
    # Jan. 23, 2026: EO 14377 and 14378, with 14376 and 14379 on the days around them
    from linker.scanner.orderdata import register

    assert register().complete("2026-01-23")
    said = (
        "Residents read a Jan. 23 executive order signed by President Trump on rebuilding "
        "Los Angeles after the wildfires."
    )
    assert ids(said, "2026-03-01") == ["eo:14377"]


def test_the_glyphosate_order_waits_for_its_day() -> None:
    said = "Farm groups praised Trump's executive order protecting the supply of glyphosate."
    assert ids(said, "2026-03-01") == ["eo:14387"]
    assert ids(said, "2026-02-01") == [None]
