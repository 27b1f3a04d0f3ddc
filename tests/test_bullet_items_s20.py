"""A bulleted roundup's items are parallel entries (twentieth session): a later item's "the
law" is not the law an earlier item named, when the items before name two laws or more, and
"the law requiring …" in an item means a law of its own item. Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

_LIST = (
    "California lawmakers have seen several new laws challenged in court:\n"
    "  • A judge paused the rule on school start times, SB 801.\n"
    "  • Unions sued over the ban on gig-worker fees, AB 1520.\n"
    "{}\n"
)


def _authorities_of(text: str, piece: str) -> list[str | None]:
    return [m.authority for m in mentions(text, "2025-10-01") if m.text == piece]


@pytest.mark.parametrize(
    "item",
    [
        "  • After a trial court struck the law down, an appeals court upheld the law "
        "requiring permits for fireworks sales.",
        "  • An appeals court upheld the law that caps late fees on parking tickets.",
        "  • A judge upheld the law, and then the appeals court upheld the law banning "
        "glitter in parades.",
    ],
)
def test_a_later_items_law_is_not_an_earlier_items(item: str) -> None:
    text = _LIST.format(item)
    assert "state:ca:bill:ab1520" not in _authorities_of(text, "the law")
    assert "state:ca:bill:sb801" not in _authorities_of(text, "the law")


def test_an_items_own_law_is_still_its_law() -> None:
    text = _LIST.format("  • Voters backed AB 77 in a poll, but a judge blocked the law in May.")
    assert "state:ca:bill:ab77" in _authorities_of(text, "the law")


def test_a_list_naming_one_law_still_lets_the_next_item_refer_to_it() -> None:
    text = (
        "California lawmakers passed SB 12 this spring. What it does:\n"
        "  • SB 12 caps rents on older apartments.\n"
        "  • Critics say the law will shrink the housing supply.\n"
    )
    assert "state:ca:bill:sb12" in _authorities_of(text, "the law")
