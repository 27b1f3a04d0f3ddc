"""States' laws by number and their constitutions named again (issue 13, fourteenth session):
shapes held-back news prints that linker missed. The sentences are our own, made up in the
shapes of real news pages."""

from __future__ import annotations

import pytest

from conftest import mentions


def found(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [
        (m.text, m.authority) for m in mentions(text, date) if m.kind in ("statute", "constitution")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        # "No." after the chamber's initials, spaced or not
        ("The Texas Legislature sent S. B. No. 31 to the governor on Monday.",
         "S. B. No. 31", "state:tx:bill:sb31"),
        ("Mississippi lawmakers passed HB No. 204 over the veto.",
         "HB No. 204", "state:ms:bill:hb204"),
        # a special session's letter joins the number as SPEC §2's slug runs letters together
        ("Florida lawmakers passed HB 3-C in a special session on property insurance.",
         "HB 3-C", "state:fl:bill:hb3c"),
        ("Florida’s Senate Bill 12-A, passed in the special session, takes effect in May.",
         "Senate Bill 12-A", "state:fl:bill:sb12a"),
        # Colorado's session year keeps its hyphen
        ("Colorado Gov. Jared Polis signed HB24-1005 on Friday.",
         "HB24-1005", "state:co:bill:hb24-1005"),
        # an Illinois act cited whole, with no section
        ("The suit claims violations of 740 ILCS 14, the state's privacy statute.",
         "740 ILCS 14", "state:il:ilcs:740-14"),
        ("Prosecutors cited 720 ILCS 5/12-3 in the complaint.",
         "720 ILCS 5/12-3", "state:il:ilcs:720-5-12-3"),
    ],
)
def test_numbers(text: str, surface: str, authority: str) -> None:
    assert (surface, authority) in found(text)


def test_a_state_constitution_article_named_again() -> None:
    text = (
        "The suit says the tax violates Article 4, Section 9 of the Kansas Constitution. "
        "Lawyers for the county said Article 4, Section 9 allows it."
    )
    got = found(text)
    assert ("Article 4, Section 9", "state:ks:const:4-9") in got


def test_the_federal_article_named_after_is_not_the_states() -> None:
    text = (
        "Plaintiffs cite Article I, Section 7 of the Utah Constitution. The governor cited "
        "Article I, Section 7 of the U.S. Constitution instead."
    )
    got = found(text)
    assert ("Article I, Section 7 of the U.S. Constitution", "const:article:1:section:7") in got
    assert ("Article I, Section 7", "state:ut:const:1-7") not in got


def test_a_bare_article_the_state_never_gave_is_not_the_states() -> None:
    text = (
        "Article I, Section 8 gives Congress that power. A separate claim rests on Article I, "
        "Section 2 of the Utah Constitution."
    )
    got = found(text)
    assert ("Article I, Section 8", "state:ut:const:1-8") not in got
