"""A state's bill number in a list of new laws, a colon, and the law's title ("SB 55: The
Dignity and Pay Act, ensures …"; "SB 1: the ‘Fair and Safe … Act’"): the title is that bill
(``apposition``). Made-up list items."""

from __future__ import annotations

from conftest import mentions

DATE = "2025-06-30"
LIST = (
    "Here are the new Georgia laws that take effect July 1:\n"
    "- SB 212: The Safer Roads Act, ensures higher fines for Georgia’s reckless drivers\n"
    "- HB 45: the ‘Clean Creeks Act’ aka the Riverkeeper Act, limits dumping in streams\n"
    "- HB 77: Rural Clinics Access Act\n"
    "- HB 90: Raises the pay of state troopers\n"
)


def _laws(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, DATE) if m.kind in ("statute", "bill")}


def test_title_after_the_numbers_colon_is_that_bill() -> None:
    got = _laws(LIST)
    assert got["Safer Roads Act"] == "state:ga:bill:sb212"
    assert got["Clean Creeks Act"] == "state:ga:bill:hb45"


def test_title_without_the_colon_is_left_as_it_was() -> None:
    text = LIST.replace("SB 212: The Safer", "SB 212 passed. The Safer")
    assert _laws(text).get("Safer Roads Act") != "state:ga:bill:sb212"
