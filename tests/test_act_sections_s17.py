"""Sections of acts the article named, told bare afterwards (seventeenth session's data)."""

from __future__ import annotations

from conftest import mentions


def test_section_6_after_the_ftc_act_is_15_usc_46() -> None:
    text = (
        "The judge said the FTC Act gives the agency no power to write such rules under "
        "Section 6(g), and that Section 5 covers only enforcement."
    )
    found = {(m.text, m.authority) for m in mentions(text)}
    assert ("Section 6(g)", "usc:15:46") in found
    assert ("Section 5", "usc:15:45") in found
