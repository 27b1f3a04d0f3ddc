"""A caption printed with an agency's initials takes the caption the lawsuits table gives the
suit ("Ryan v. FTC" is "Ryan, LLC v. Federal Trade Commission", ``casenames.known_suit_name``);
one printed without a corporate suffix stays as printed; "Enters." spells "Enterprises" for the
landmark table. Made-up sentences."""

from __future__ import annotations

from conftest import mentions

DATE = "2024-09-01"


def _cases(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.authority) for m in mentions(text, DATE) if m.kind == "case"]


def test_agency_initials_take_the_tables_caption() -> None:
    text = "In Ryan v. FTC, a federal judge in Texas set aside the agency's noncompete rule."
    assert ("Ryan v. FTC", "Ryan, LLC v. Federal Trade Commission", None) in _cases(text)


def test_caption_without_suffix_stays_as_printed() -> None:
    text = "The trade group's suit, NetChoice v. Fitch, challenges Mississippi's age checks."
    names = [n for _, n, _ in _cases(text)]
    assert "NetChoice v. Fitch" in names


def test_unknown_suit_with_initials_stays_as_printed() -> None:
    text = "The farmers' suit, Hollister Dairy v. EPA, challenges the agency's water rule."
    names = [n for _, n, _ in _cases(text)]
    assert "Hollister Dairy v. EPA" in names


def test_enterprises_abbreviated_is_the_landmark() -> None:
    text = "The court relied on Loper Bright Enters. v. Raimondo in striking the rule."
    assert any(a == "cite:603:us:369" for _, _, a in _cases(text))
