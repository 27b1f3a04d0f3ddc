"""Case captions in news and list shapes (issue 13, point 4, twelfth session): sentences of
our own in the shapes found on real pages, each with what a reader would see linked."""

from __future__ import annotations

from conftest import mentions


def cases(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text) if m.kind == "case"]


def test_a_date_line_above_a_caption_is_not_its_first_party() -> None:
    # a case list's entry: the date on one line, the caption on the next
    text = (
        "CASE ADDITIONS\nMarch 4, 2019\nState of Nevada v. FTC\nCase Category: Consumer\n\n"
        "CASE ADDITIONS\nFebruary 2, 2019\nGreen Valley Tenants Union v. City of Reno\n"
        "The tenants sued the city over its eviction rules.\n"
    )
    assert ("State of Nevada v. FTC", "Nevada v. FTC") in cases(text)
    names = [n for _t, n in cases(text)]
    assert "Green Valley Tenants Union v. City of Reno" in names
    assert not any(n and "2019" in n for n in names)


def test_a_number_that_begins_a_party_on_its_line_is_kept() -> None:
    # a party whose name opens on a number stays whole (no line break after the number)
    text = "The suit, 1-800 Flowers Inc. v. Doe, was filed in Manhattan federal court.\n"
    names = [n for _t, n in cases(text)]
    assert not any(n and n.startswith("Doe") for n in names)
