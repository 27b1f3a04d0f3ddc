"""One bill name, two Congresses' bills (``billversions``): the sentences that tell the older
Congress ("in the last Congress", "then-Senate Majority Leader …", a date or "last fall"
before the article's Congress began) and the ones after them that go on telling it are of
the older bill; "This time", "now" or the next present-tense sentence about the bill are back
to the article's own. And "a predecessor of the current bill, NAME": the name is the
predecessor's (``anaphora``). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

NEW = "bill:119:hr:471"  # the Fix Our Forests Act of the 119th Congress
OLD = "bill:118:hr:8790"  # and of the 118th
DATE = "2025-05-10"


def _bills(text: str, date: str | None = DATE) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "bill"]


_OPENING = (
    "The House passed the Fix Our Forests Act on Tuesday by a wide margin. "
    "The bill would speed up thinning projects on federal land.\n\n"
)


def test_the_sentences_of_the_last_congress_are_its_bill() -> None:
    text = (
        _OPENING + "The Fix Our Forests Act also cleared the House in the last Congress. "
        "But the bill stalled when then-Majority Leader Pat Harlow declined to bring it up.\n\n"
        "This time, the bill has the support of Senate leaders."
    )
    found = _bills(text)
    assert found == [
        ("Fix Our Forests Act", NEW),
        ("The bill", NEW),
        ("Fix Our Forests Act", OLD),
        ("the bill", OLD),
        ("the bill", NEW),
    ]


def test_without_a_cue_every_use_is_the_articles_bill() -> None:
    text = _OPENING + "The Fix Our Forests Act heads to the Senate, where the bill may stall."
    assert {a for _, a in _bills(text)} == {NEW}


def test_a_date_of_the_older_congress_tells_it() -> None:
    text = _OPENING + "The House had passed the Fix Our Forests Act in September 2024 as well."
    assert _bills(text)[-1] == ("Fix Our Forests Act", OLD)


def test_last_fall_told_in_spring_is_the_older_congress() -> None:
    text = _OPENING + "The House had passed the Fix Our Forests Act last fall as well."
    assert _bills(text, "2025-03-20")[-1] == ("Fix Our Forests Act", OLD)
    # (with no date, "last fall" tells nothing)
    assert _bills(text, None)[-1][1] != OLD


def test_the_older_congress_and_now_in_one_sentence_is_left_alone() -> None:
    text = _OPENING + (
        "The Fix Our Forests Act, which passed the House in the previous Congress, is now "
        "before the Senate."
    )
    assert _bills(text)[-1] == ("Fix Our Forests Act", NEW)


def test_the_past_goes_on_in_the_next_paragraph_told_as_past() -> None:
    past = (
        _OPENING + "The Fix Our Forests Act passed the House in the previous Congress.\n\n"
        "Leaders previously attached the Fix Our Forests Act to a spending bill."
    )
    assert _bills(past)[-1] == ("Fix Our Forests Act", OLD)
    present = (
        _OPENING + "The Fix Our Forests Act passed the House in the previous Congress.\n\n"
        "Supporters say the Fix Our Forests Act is overdue."
    )
    assert _bills(present)[-1] == ("Fix Our Forests Act", NEW)


def test_a_date_told_aside_in_a_sentence_of_the_weeks_news_tells_nothing() -> None:
    text = "The Fix Our Forests Act, first drafted in 2023, passed the House on Thursday."
    assert _bills(text) == [("Fix Our Forests Act", NEW)]


def test_the_articles_own_congress_told_ends_the_past() -> None:
    text = (
        _OPENING + "The Fix Our Forests Act passed the House in the previous Congress. "
        "In the 119th Congress, the Fix Our Forests Act passed the House in January."
    )
    assert _bills(text)[-1] == ("Fix Our Forests Act", NEW)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fix Our Forests Act builds on forest rules then-President Obama issued in 2014.",
        "The Fix Our Forests Act, which then-Speaker Pat Harlow blocked, is back.",
    ],
)
def test_a_past_title_in_a_sentence_of_the_current_bill_tells_nothing(sentence: str) -> None:
    assert _bills(_OPENING + sentence)[-1] == ("Fix Our Forests Act", NEW)


def test_a_former_president_who_vetoes_is_of_the_older_congress() -> None:
    text = _OPENING + "Former President Biden had threatened to veto the Fix Our Forests Act."
    assert _bills(text)[-1] == ("Fix Our Forests Act", OLD)
    said = _OPENING + "Former President Biden praised the Fix Our Forests Act."
    assert _bills(said)[-1] == ("Fix Our Forests Act", NEW)


def test_a_printed_number_is_never_changed() -> None:
    text = (
        "The House passed H.R. 471, the Fix Our Forests Act, on Tuesday. "
        "Then-Speaker Kevin McCarthy had backed H.R. 471 too."
    )
    assert ("H.R. 471", NEW) in _bills(text)
    assert all(a != "bill:118:hr:471" for _, a in _bills(text))


@pytest.mark.parametrize("head", ["forerunner of", "slimmer predecessor of"])
def test_the_name_after_a_predecessor_of_the_current_bill_is_the_predecessors(
    head: str,
) -> None:
    text = (
        "Lawmakers sent the SAVE America Act to the Senate on Wednesday. "
        f"A year earlier they had backed a {head} the current bill, the SAVE Act, by 12 votes."
    )
    found = dict(_bills(text, "2026-02-20"))
    assert found["the current bill"] == "bill:119:hr:7296"
    assert found["SAVE Act"] == "bill:119:hr:22"


def test_the_current_bill_named_in_apposition_is_that_name() -> None:
    text = (
        "Lawmakers sent the SAVE America Act to the Senate on Wednesday. "
        "Critics of the current bill, the SAVE Act, held a rally."
    )
    found = dict(_bills(text, "2026-02-20"))
    assert found["the current bill"] == "bill:119:hr:22"
