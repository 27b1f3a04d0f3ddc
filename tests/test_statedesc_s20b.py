"""A described state law shares no topic with another of the state's laws for the state's
name alone (issue 13, twentieth session, s20b-devs). The sentences are our own, made up in
the shapes of real news pages."""

from __future__ import annotations

from conftest import mentions


def linked(text: str, surface: str) -> str | None:
    at = text.index(surface)
    for m in mentions(text):
        if m.kind == "statute" and m.start == at:
            return m.authority
    return None


FIRST = (
    "A federal appeals court on Friday blocked Senate Bill 12, a 2023 Ohio law that bars"
    " drones over Ohio state parks."
)


def test_the_state_name_alone_is_no_shared_topic() -> None:
    for later in (
        " Separately, families sued over a new state law mandating cursive lessons in every"
        " Ohio classroom.",
        " Parents filed suit against a new state law requiring every Ohio classroom to teach"
        " cursive.",
        " In Ohio, a state law that requires cursive lessons in every classroom drew a lawsuit.",
    ):
        text = FIRST + later
        assert linked(text, "Senate Bill 12") == "state:oh:bill:sb12"
        assert linked(text, "a new state law" if "new state" in text else "a state law") is None


def test_a_shared_topic_word_still_links_the_description() -> None:
    text = FIRST + " Hobbyists said the state law banning drones over parks went too far."
    assert linked(text, "the state law banning") == "state:oh:bill:sb12"
