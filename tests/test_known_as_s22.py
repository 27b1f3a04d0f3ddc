"""A description with the name right after it and no comma ("the controversial state law
known as AB1955") is one noun phrase: the name is the mention, the description no second one
(``anaphora``). A description set off by a comma still refers back. Made-up sentences."""

from __future__ import annotations

from conftest import mentions

_FIRST = "California passed AB1955 in 2024. "


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-06-01") if m.kind == "statute"]


def test_the_description_known_as_the_name_is_no_second_mention() -> None:
    text = _FIRST + "The board voted to challenge the disputed state law known as AB1955."
    assert [t for t, _ in _statutes(text)] == ["AB1955", "AB1955"]


def test_a_plain_back_reference_stays() -> None:
    text = _FIRST + "The board voted to challenge the disputed state law in court."
    assert ("the disputed state law", "state:ca:bill:ab1955") in _statutes(text)
