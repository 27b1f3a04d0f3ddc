"""A landmark caption news prints with its parties cut to their first words still finds the
case's row, and so its full name and citation; a caption too short or too common does not."""

from __future__ import annotations

from conftest import mentions


def _cases(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.authority) for m in mentions(text) if m.kind == "case"]


def test_each_party_cut_to_its_first_words_finds_the_row() -> None:
    found = _cases("The justices struck down the law in New York State Rifle v. Bruen in 2022.")
    assert found == [("New York State Rifle v. Bruen",
                      "New York State Rifle & Pistol Association, Inc. v. Bruen",
                      "cite:597:us:1")]  # fmt: skip


def test_a_short_caption_of_a_recent_case_takes_its_full_name() -> None:
    found = _cases(
        "The court ruled in Catholic Charities v. Wisconsin that the charity was exempt."
    )
    assert [(t, n) for t, n, _ in found] == [
        (
            "Catholic Charities v. Wisconsin",
            "Catholic Charities Bureau, Inc. v. Wisconsin Labor and Industry Review Commission",
        )
    ]


def test_an_unknown_or_too_short_caption_stays_as_printed() -> None:
    # two words cannot single out one row; a party that is a common word is no party
    assert _cases("The judge cited Smith v. Jones in her order.") == [
        ("Smith v. Jones", "Smith v. Jones", None)
    ]
    found = _cases("Lawyers filed Trump v. Catholic Charities in federal court in Madison.")
    assert all(n != "Catholic Charities Bureau, Inc. v. Wisconsin Labor and Industry Review "
               "Commission" for _, n, _ in found)  # fmt: skip
