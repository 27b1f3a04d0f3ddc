"""A plural phrase that found its list carries it on: a later "the laws", "the bans" with no
list within reach is the list the plural phrase before it referred back to, when it stands
shortly after that phrase and no other law is named between (``anaphora._list_again``).
"The bans" refers back only to laws that ban. Made-up sentences."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-03-01"

OPENING = (
    "A state judge on Tuesday struck down Ohio House Bill 68, which bans gender-affirming "
    "care for minors, and Ohio House Bill 8, which bars some school lessons. The judge had "
    "blocked the laws twice while they were disputed.\n\n"
    "One of them was passed in 2023 over a veto. The other was signed later that year by the "
    "governor after a long fight.\n\n"
)


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "statute"]


def test_later_plural_phrases_carry_the_list_on() -> None:
    text = (
        OPENING + "The laws were challenged by three families and a clinic.\n\n"
        "The families argued the bans harmed their children and their doctors."
    )
    assert _laws(text) == [
        ("House Bill 68", "state:oh:bill:hb68"),
        ("House Bill 8", "state:oh:bill:hb8"),
        ("the laws", "state:oh:bill:hb68"),
        ("The laws", "state:oh:bill:hb68"),
        ("the bans", "state:oh:bill:hb68"),
    ]


def test_a_law_named_between_stops_the_chain() -> None:
    text = (
        OPENING + "Lawmakers then passed Ohio Senate Bill 1, a higher-education overhaul.\n\n"
        "The laws were challenged by three families and a clinic."
    )
    found = _laws(text)
    assert ("Senate Bill 1", "state:oh:bill:sb1") in found
    assert not any(t == "The laws" for t, _ in found)


def test_too_far_after_the_last_plural_phrase() -> None:
    filler = "The hearing ran long and the courtroom was crowded with parents and reporters. " * 12
    text = OPENING + filler + "\n\nThe laws were challenged by three families and a clinic."
    assert not any(t == "The laws" for t, _ in _laws(text))


def test_the_bans_only_for_laws_that_ban() -> None:
    text = (
        "A judge on Tuesday upheld Ohio House Bill 33, which funds schools, and Ohio House Bill "
        "96, which sets the state budget. The judge had reviewed the laws twice.\n\n"
        "Critics said the bans would hurt rural districts."
    )
    found = _laws(text)
    assert ("the laws", "state:oh:bill:hb33") in found
    assert not any(t == "the bans" for t, _ in found)
