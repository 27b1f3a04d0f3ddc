"""U.S. Code section ranges as SPEC §4 compares them: a hyphen inside a section number is not
a range, a range whose ends share their number is (Title VI is §§ 2000d to 2000d-7)."""

from __future__ import annotations

import pytest

from linker.ids import usc_overlap, usc_range


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("252", ("252", None)),
        ("251-255", ("251", "255")),
        ("300aa-1", ("300aa-1", None)),  # one section with a hyphen in its number
        ("288-1", ("288-1", None)),
        ("2000d-2000d-7", ("2000d", "2000d-7")),  # Title VI of the Civil Rights Act
        ("2000e-2000e-17", ("2000e", "2000e-17")),  # Title VII
        ("7901-7903", ("7901", "7903")),
    ],
)
def test_usc_range_splits_only_real_ranges(section: str, expected: tuple[str, str | None]) -> None:
    assert usc_range(section) == expected


def test_a_title_vi_link_to_its_first_section_agrees_with_the_whole_title() -> None:
    assert usc_overlap("usc:42:2000d", "usc:42:2000d-2000d-7")
    assert usc_overlap("usc:42:2000d-2000d-7", "usc:42:2000d-4a")
    assert not usc_overlap("usc:42:2000e", "usc:42:2000d-2000d-7")
    assert not usc_overlap("usc:15:2000d", "usc:42:2000d-2000d-7")
