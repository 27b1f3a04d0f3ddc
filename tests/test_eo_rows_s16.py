"""Executive orders and proclamations of late 2025 and 2026 added in the sixteenth session: the
numbers the register tables still lacked (``data/executive_orders_fr_2025.csv``,
``data/executive_orders_fr_2026.csv``: 14311, 14350, 14367-14369, 14371, the gaps of early 2026
and 14412-14435), rows of ``data/executive_orders.csv`` with the words news uses for the orders
it describes by subject, the Section 232 tariffs on semiconductors (Proclamation 11002) and
pharmaceuticals (Proclamation 11020), the Section 122 surcharge (Proclamation 11012), and the
bulk-power emergency of August 2026 (``data/national_emergencies.csv``). A story that names
such an order by its signing day or by its subject now gets its id; one dated before the
signing never does. The sentences are our own, in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions


def ids(text: str, date: str) -> list[str | None]:
    return [m.authority for m in mentions(text, date) if m.kind == "executive-action"]


def test_the_register_has_no_gap_from_2025_to_october_2026() -> None:
    from linker.scanner.orderdata import register

    reg = register()
    assert all(n in reg.by_number for n in range(14147, 14436))
    assert reg.by_number[14389].title == "Ending Certain Tariff Actions"
    assert reg.by_number[14389].citation == "91 FR 9437"
    assert reg.by_number[14311].signing_date == "2025-06-30"
    # Dec. 18, 2025: four orders, 14367 (Dec. 15) before and 14372 (2026) after
    assert sorted(o.number for o in reg.by_day["2025-12-18"]) == [14368, 14369, 14370, 14371]
    assert reg.complete("2025-12-18")
    assert sorted(o.number for o in reg.by_day["2026-03-13"]) == [14391, 14392, 14393, 14394]
    assert reg.complete("2026-03-13")
    assert reg.complete("2026-02-20") and reg.complete("2026-02-11")


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # the one order of its day
        (
            "Miners cheered a Feb. 11 executive order signed by President Trump.",
            "2026-03-01",
            "eo:14386",
        ),
        (
            "Race organizers pointed to a Jan. 30 executive order signed by President Trump.",
            "2026-02-15",
            "eo:14381",
        ),
        (
            "Prosecutors cited a Dec. 15 executive order signed by President Trump.",
            "2026-01-05",
            "eo:14367",
        ),
        # two orders that day: the title word the sentence echoes picks one
        (
            "Importers parsed a Feb. 20 executive order signed by President Trump on tariffs.",
            "2026-03-01",
            "eo:14389",
        ),
        # four that day: the subject picks one
        (
            "Lenders welcomed a March 13 executive order signed by President Trump on mortgage "
            "credit.",
            "2026-04-01",
            "eo:14393",
        ),
    ],
)
def test_an_order_is_linked_by_its_day(text: str, date: str, want: str) -> None:
    assert ids(text, date) == [want]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        (
            "The president signed an executive order designating fentanyl as a weapon of mass "
            "destruction on Monday.",
            "2025-12-20",
            "eo:14367",
        ),
        (
            "Donors balked at Trump's executive order creating the Board of Peace.",
            "2026-02-01",
            "eo:14375",
        ),
        (
            "Utilities studied Trump's executive order telling the military to buy electricity "
            "from coal plants.",
            "2026-03-01",
            "eo:14386",
        ),
        (
            "Within hours Trump issued an executive order ending the IEEPA tariffs.",
            "2026-03-01",
            "eo:14389",
        ),
        # ending tariffs on foods is the November 2025 order, not the title words of 14389
        (
            "Grocers cheered Trump's executive order ending tariffs on coffee and beef.",
            "2026-03-01",
            "eo:14360",
        ),
        (
            "Veterans groups praised an executive order to speed research on psychedelic drugs.",
            "2026-05-01",
            "eo:14401",
        ),
        (
            "Advisers compared the executive order establishing TrumpIRA.gov with state plans.",
            "2026-05-20",
            "eo:14403",
        ),
        (
            "Ottawa protested the executive order renaming Lake Ontario as Lake America.",
            "2026-09-15",
            "eo:14422",
        ),
        (
            "Ports braced for the proclamation imposing Section 122 tariffs on most goods.",
            "2026-03-01",
            "proc:11012",
        ),
        (
            "Drugmakers weighed Trump's proclamation imposing tariffs on patented drugs.",
            "2026-05-01",
            "proc:11020",
        ),
        (
            "Chipmakers parsed the proclamation imposing tariffs on advanced chips.",
            "2026-02-01",
            "proc:11002",
        ),
    ],
)
def test_an_order_is_linked_by_its_subject(text: str, date: str, want: str) -> None:
    assert ids(text, date) == [want]


def test_a_national_emergency_of_2026_is_linked_by_its_subject() -> None:
    said = "Trump declared a national emergency over the bulk-power system on Wednesday."
    assert ids(said, "2026-09-01") == ["eo:14421"]
    assert "eo:14421" not in ids(said, "2026-08-01")


def test_an_order_is_never_linked_before_it_was_signed() -> None:
    told = "Within hours Trump issued an executive order ending the IEEPA tariffs."
    assert ids(told, "2026-02-10") == [None]
    dated = "Miners cheered a Feb. 11 executive order signed by President Trump."
    assert "eo:14386" not in ids(dated, "2026-02-01")
    named = "Drugmakers weighed Trump's proclamation imposing tariffs on patented drugs."
    assert "proc:11020" not in ids(named, "2026-03-01")
    wmd = "Trump signed an executive order designating fentanyl as a weapon of mass destruction."
    assert ids(wmd, "2025-12-01") == [None]
