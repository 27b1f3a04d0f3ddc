"""A court joined by "and" to the subject of a ruling clause shares its verb ("A Maryland
district court and the U.S. Court of Appeals for the 4th Circuit ruled against them"): a
ruling of its own, its span the court's phrase (``rulings._coordinated``). Made-up
sentences."""

from __future__ import annotations

from conftest import rulings


def test_both_courts_ruled() -> None:
    found = rulings(
        "Parents sued over the reading policy. A Maryland district court and the U.S. Court of "
        "Appeals for the 4th Circuit ruled against them, but the Supreme Court reversed."
    )
    assert [(m.text, m.court) for m in found][:2] == [
        ("A Maryland district court", "mdd"),
        ("the U.S. Court of Appeals for the 4th Circuit ruled against them", "ca4"),
    ]


def test_a_party_joined_to_a_court_is_no_ruling() -> None:
    found = rulings(
        "The parents and the U.S. Court of Appeals for the 4th Circuit ruled against them."
    )
    assert [m.court for m in found] == ["ca4"]
