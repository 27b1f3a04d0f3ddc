"""The court a caption's parenthetical names, however the outlet abbreviates the district."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.scanner.captions import district_in_paren


@pytest.mark.parametrize(
    ("paren", "court"),
    [
        ("SD CA, June 13, 2025", "casd"),
        ("N.D. Tex. 2024", "txnd"),
        ("D. Or.", "ord"),
        ("D. Md. Mar. 3, 2025", "mdd"),
        ("S.D.N.Y. 2024", "nysd"),
        ("ED Va", "vaed"),
        ("S.D. W. Va.", "wvsd"),
        ("D. Utah 2024", "utd"),
    ],
)
def test_a_district_however_abbreviated(paren: str, court: str) -> None:
    assert district_in_paren(paren) == court


@pytest.mark.parametrize(
    "paren", ["N.D. Minn.", "9th Cir. 2024", "Decided March 2, 2025", "D-Calif."]
)
def test_no_district_where_the_law_has_none(paren: str) -> None:
    # Minnesota is one district; a circuit or a date is no district court
    assert district_in_paren(paren) is None


def test_a_caption_with_an_outlet_style_paren_carries_its_court() -> None:
    text = "In Harbor Clinic, Inc. v. Bonta, (SD CA, June 13, 2025), the clinic lost its bid."
    (case,) = [m for m in mentions(text) if m.kind == "case"]
    assert case.court == "casd"
