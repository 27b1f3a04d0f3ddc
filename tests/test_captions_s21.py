"""A union's federation after its name stays in the caption's party ("…, AFL-CIO v. …"),
in every word order a caption is printed. Made-up captions."""

from __future__ import annotations

import pytest

from conftest import mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The unions sued in Federation of Park Rangers, AFL-CIO v. Rollins last spring.",
            "Federation of Park Rangers, AFL-CIO v. Rollins",
        ),
        (
            "A judge heard Federation of Park Rangers, AFL-CIO, et al. v. Rollins, et al., "
            "No. 3:25-cv-01234 (N.D. Cal. May 2, 2025).",
            "Federation of Park Rangers, AFL-CIO v. Rollins",
        ),
        (
            "Lawyers cited Rollins v. Federation of Park Rangers, AFL-CIO on appeal.",
            "Rollins v. Federation of Park Rangers, AFL-CIO",
        ),
        (
            "The brief relies on Union of Harbor Pilots, AFL-CIO, CLC v. Marsh as well.",
            "Union of Harbor Pilots, AFL-CIO, CLC v. Marsh",
        ),
    ],
)
def test_the_federation_stays_in_the_party(text: str, name: str) -> None:
    cases = [m for m in mentions(text, "2025-06-01") if m.kind == "case"]
    assert [m.name for m in cases] == [name]


def test_the_federation_alone_is_still_a_party() -> None:
    cases = [m for m in mentions("The ruling in AFL-CIO v. Marsh came Friday.", "2025-06-01")]
    assert [m.name for m in cases if m.kind == "case"] == ["AFL-CIO v. Marsh"]
