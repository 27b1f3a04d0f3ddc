"""Executive orders of 2025 told by their topic, not their number (issue 13, points 1-2,
twelfth session): an order without a number takes the one order whose topic words its
sentence or paragraph names (``eodescribed._topic_nearby``), a day's several orders are told
apart by the curated topics (``eodated._of_days``), what the words after an anchor say of the
order is no description of it, and 2025's orders the Federal Register table lacked
(``data/executive_orders_fr_2025.csv``). The sentences are our own, in the shapes real pages
print."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.models import Mention


def orders(text: str, date: str | None = "2025-07-01") -> list[Mention]:
    return [m for m in mentions(text, date) if m.kind == "executive-action"]


def ids(text: str, date: str | None = "2025-07-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in orders(text, date)]


TOLD_BY_TOPIC = [
    # the topic stands before the anchor, in its sentence
    (
        "A judge barred officials from moving two transgender inmates to men's prisons under "
        "an executive order signed by President Donald Trump.",
        "executive order",
        "eo:14168",
    ),
    # the topic stands in the next sentence of its paragraph
    (
        "The government says Trump needs the executive order to shrink the workforce. The law "
        "on collective bargaining exempts national security work.",
        "executive order",
        "eo:14251",
    ),
    # a president issues "an order" whose clause names the topic
    (
        "On Tuesday Trump issued an order attempting to ban gender-affirming care for people "
        "under 19.",
        "order attempting to ban gender-affirming care for people under 19",
        "eo:14187",
    ),
    # "the president's" stands for the president's name
    (
        "A judge in Maryland blocked the president's birthright citizenship order on Thursday.",
        "birthright citizenship order",
        "eo:14160",
    ),
    (
        "President Trump signed a far-reaching executive order, seeking to change how "
        "elections are run.",
        "executive order",
        "eo:14248",
    ),
    # 2025 orders the Federal Register table did not hold, and their news words
    (
        "NPR sued over President Trump's executive order cutting funding for public broadcasting.",
        "Trump's executive order cutting funding for public broadcasting",
        "eo:14290",
    ),
    (
        "President Trump's March 1 executive order made English the official language.",
        "Trump's March 1 executive order",
        "eo:14224",
    ),
]


@pytest.mark.parametrize(("text", "surface", "authority"), TOLD_BY_TOPIC)
def test_an_order_told_by_the_topic_of_its_sentence(
    text: str, surface: str, authority: str
) -> None:
    got = ids(text)
    assert any(surface in t and a == authority for t, a in got), got


def test_a_day_of_several_orders_is_told_by_its_topic() -> None:
    # March 27, 2025: EO 14250 to 14253; the curated topic picks the labor-relations order
    text = (
        "Unions sued over President Trump's March 27 executive order, saying it stripped "
        "collective bargaining rights from federal workers."
    )
    assert ("eo:14251") in [a for _t, a in ids(text)]


@pytest.mark.parametrize(
    "text",
    [
        # sanctuary: Trump's orders of 2017 (13768) and 2025 (14159, 14287) all name it
        "An executive order signed by President Trump threatened funds for sanctuary cities.",
        # what follows the anchor is said of the order, not which order it is
        "Unions said an executive order signed by Trump had a chilling effect on free speech.",
        # a new clause after the anchor ("while …") describes something else
        "The unions said they were harmed by Trump's order while workers lost protections.",
    ],
)
def test_no_id_when_nothing_singles_out_one_order(text: str) -> None:
    assert all(a is None for _t, a in ids(text)), ids(text)


def test_the_presidents_directive_refers_back() -> None:
    text = (
        "President Trump signed an executive order targeting Perkins Coie on March 6. A judge "
        "blocked key provisions of Trump's directive."
    )
    got = [(m.text, m.authority, m.anaphor) for m in orders(text)]
    assert ("Trump's directive", "eo:14230", True) in got


def test_a_field_of_policy_is_no_order() -> None:
    text = (
        "Mr. Trump's executive order on foreign aid paused programs abroad. Officials said "
        "the pause would align the projects with the administration's foreign policy."
    )
    assert [t for t, _a in ids(text) if "policy" in t] == []


def test_a_governors_order_and_a_courts_order_are_not_the_presidents() -> None:
    assert ids("Gov. Newsom signed an executive order on sanctuary cities on Monday.") == []
    text = "The judge's order kept two transgender inmates out of men's prisons."
    assert ids(text) == []


def test_the_register_holds_every_order_of_early_2025() -> None:
    from linker.scanner.orderdata import register

    reg = register()
    assert all(n in reg.by_number for n in range(14147, 14294))
    assert reg.by_number[14290].title == "Ending Taxpayer Subsidization of Biased Media"
    assert reg.by_number[14290].signing_date == "2025-05-01"


def test_that_order_after_a_courts_order_is_the_courts() -> None:
    text = (
        "President Trump signed an executive order moving transgender inmates to men's prisons "
        "on Jan. 20. On Jan. 26, a federal judge in Boston issued a restraining order in a "
        "separate challenge. That order was limited to one inmate."
    )
    got = ids(text)
    assert any(t.startswith("executive order moving") and a == "eo:14168" for t, a in got)
    assert [t for t, _a in got if t == "That order"] == []


def test_a_past_verb_with_its_object_after_the_order_is_no_description() -> None:
    """The words "Trump's order violated the rights guaranteed by the 14th Amendment's
    citizenship clause" say what the order did wrong, not which order it is: the rights and the
    amendment are no topic words of the Second Amendment order."""
    text = (
        "President Donald Trump's executive order on birthright citizenship was blocked on "
        "Thursday. The states contended that Trump's order violated the rights guaranteed by "
        "the 14th Amendment's citizenship clause."
    )
    ids = {m.authority for m in mentions(text, "2025-02-07") if m.kind == "executive-action"}
    assert "eo:14206" not in ids
