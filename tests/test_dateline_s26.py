"""A wire story's dateline ("Washington —") opening the sentence that describes a state's law
before the article names it (twenty-sixth session, s26-near; blind14 showed the shape): the
place the story was filed from is no second state of the sentence. Sentences of our own in
the shapes of news."""

from __future__ import annotations

from conftest import mentions

LAW = "state:ga:bill:hb1105"

_AFTER = (
    "\n\nThe measure, known as HB 1105, was passed by Georgia's legislature and signed by "
    "Gov. Brian Kemp this spring. Two groups sued to block the law."
)


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-07-10") if m.kind == "statute"]


def _described(found: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    return [(t, a) for t, a in found if t.startswith("a new Georgia")]


def test_dateline_is_not_a_second_state() -> None:
    text = (
        "Washington — The Supreme Court on Monday kept in place an order against a new "
        "Georgia immigration law that imposes jail terms on migrants who enter the state "
        "without papers, declining the state's request." + _AFTER
    )
    found = _described(_laws(text))
    assert len(found) == 1 and found[0][1] == LAW


def test_dateline_with_agency_tag_is_not_a_second_state() -> None:
    text = (
        "Washington (AP) — The Supreme Court on Monday kept in place an order against a new "
        "Georgia immigration law that imposes jail terms on migrants who enter the state "
        "without papers, declining the state's request." + _AFTER
    )
    found = _described(_laws(text))
    assert len(found) == 1 and found[0][1] == LAW


def test_a_state_named_inside_the_sentence_still_blocks() -> None:
    text = (
        "The Supreme Court on Monday kept in place an order against a new Georgia immigration "
        "law that imposes jail terms on migrants, much like one Washington passed, declining "
        "the state's request." + _AFTER
    )
    assert _described(_laws(text)) == []
