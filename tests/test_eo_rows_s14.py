"""Executive orders of May to September 2025 that the Federal Register table's sample lacked,
added by hand in the fourteenth session (``data/executive_orders_fr.csv``, each row read on its
Federal Register printing): a story that names such an order only by its signing day now gets
its id when the table is complete for that day or the day's titles tell the order. The
sentences are our own, in the shapes news prints."""

from __future__ import annotations

import pytest

from conftest import mentions


def ids(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


def test_the_register_holds_the_added_orders_with_their_printing() -> None:
    from linker.scanner.orderdata import register

    reg = register()
    assert reg.by_number[14317].signing_date == "2025-07-17"
    assert reg.by_number[14317].citation == "90 FR 34753"
    assert reg.by_number[14352].title == "Saving TikTok While Protecting National Security"
    assert reg.complete("2025-07-17")


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # the only order of a day the table is now complete for
        (
            "The agency relied on a July 17 executive order signed by President Donald Trump.",
            "2025-09-01",
            "eo:14317",
        ),
        # two orders that day in the table: the title word the sentence echoes picks one
        (
            "Universities braced for an Aug. 7 executive order signed by President Trump on "
            "federal grantmaking.",
            "2025-10-01",
            "eo:14332",
        ),
    ],
)
def test_an_added_order_is_linked_by_its_day(text: str, date: str, want: str) -> None:
    assert [a for _, a in ids(text, date)] == [want]


def test_a_day_the_table_is_not_complete_for_needs_a_title_word() -> None:
    # May 12, 2025: the table holds one order that day but not the next number, so it cannot
    # know that one is the only one; a word of its title in the article still tells it
    bare = "Lawyers studied a May 12 executive order signed by President Trump."
    assert [a for _, a in ids(bare, "2025-10-01")] == [None]
    told = "Drug makers weighed a May 12 executive order signed by President Trump."
    assert [a for _, a in ids(told, "2025-10-01")] == ["eo:14297"]
