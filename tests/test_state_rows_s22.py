"""Twenty-second session rows of ``state_acts.csv``: Florida's Dexter's Law (H.B. 255, 2025)
by its name, Georgia's teledentistry law (H.B. 567, 2025) by its topic. Made-up sentences."""

from __future__ import annotations

from conftest import mentions

_DATE = "2026-01-02"


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, _DATE) if m.kind == "statute"]


def test_dexters_law_by_name() -> None:
    found = _statutes(
        "Starting Jan. 1, Florida’s “Dexter’s Law” lets anyone look up people found guilty of "
        "animal cruelty."
    )
    assert [a for _, a in found] == ["state:fl:bill:hb255"]


def test_teledentistry_law_by_topic() -> None:
    found = _statutes(
        "Georgia Gov. Brian Kemp signed a law in May that allows dentists to treat patients "
        "through teledentistry."
    )
    assert [a for _, a in found] == ["state:ga:bill:hb567"]
