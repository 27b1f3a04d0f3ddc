"""Cataphora: a bill told first, named after. "The Senate approved another … measure" in the
article's lead is the bill the next sentence opens by naming (``bill_names.described``); "HB
44, the Renters’ Bill of Rights," gives the name to that bill wherever the article prints
it, before too (``statebills``), and a list of such names after a description is no
apposition (``statedesc``). Made-up sentences."""

from __future__ import annotations

from conftest import mentions

KOSA = "bill:119:s:1748"  # the Kids Online Safety Act of the 119th Congress
DATE = "2025-07-30"


def _found(text: str, date: str | None = DATE) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date) if m.kind in ("bill", "statute")}


_NEXT = (
    "The Kids Online Safety Act, sponsored by two senators, passed 91 to 3 after a long "
    "debate over its reach."
)


def test_another_measure_in_the_lead_is_the_bill_named_next() -> None:
    text = "The Senate approved another major online safety measure on Thursday.\n\n" + _NEXT
    assert _found(text).get("another major online safety measure") == KOSA


def test_another_measure_further_on_stays_unlinked() -> None:
    text = (
        "The Senate approved a sweeping spending package on Monday after weeks of talks. "
        "Leaders said the package would keep agencies open through the fall, and members of "
        "both parties praised the deal as the best that could be had this year. The vote came "
        "after a long night of amendments, most of which failed along party lines, and several "
        "senators warned that the next round of talks would be harder still.\n\n"
        "The Senate approved another major online safety measure on Thursday. " + _NEXT
    )
    assert "another major online safety measure" not in _found(text)


def test_another_measure_before_a_bill_told_aside_stays_unlinked() -> None:
    text = (
        "The Senate approved another major online safety measure on Thursday.\n\n"
        "The Kids Online Safety Act, meanwhile, is still waiting for a vote."
    )
    assert "another major online safety measure" not in _found(text)


_RENTERS = (
    "Texas lawmakers passed a Renters’ Bill of Rights this spring, along with a new budget. "
    "Several other measures take effect Monday. One is HB 44, the Renters’ Bill of Rights, "
    "which caps application fees."
)


def test_a_name_in_apposition_to_a_state_bill_number_is_that_bill_before_too() -> None:
    found = [(m.text, m.authority) for m in mentions(_RENTERS, DATE) if m.kind == "statute"]
    names = [a for t, a in found if t == "Renters’ Bill of Rights"]
    assert names == ["state:tx:bill:hb44", "state:tx:bill:hb44"]


def test_a_name_given_two_numbers_is_neither_elsewhere() -> None:
    text = _RENTERS + " Another is HB 45, the Renters’ Bill of Rights, which the Senate changed."
    found = [(m.text, m.authority) for m in mentions(text, DATE) if m.kind == "statute"]
    names = [a for t, a in found if t == "Renters’ Bill of Rights"]
    assert names == ["state:tx:bill:hb44", "state:tx:bill:hb45"]  # (each beside its number)


def test_a_described_law_before_a_list_of_names_is_still_described() -> None:
    text = (
        "Texas lawmakers kept their word this session, approving the state’s new voucher "
        "bill, a Renters’ Bill of Rights, a Farmers’ Bill of Rights and more. "
        "SB 2 set up the voucher program for families. "
        "Another is HB 44, the Renters’ Bill of Rights, which caps application fees."
    )
    found = _found(text)
    assert found.get("the state’s new voucher bill") == "state:tx:bill:sb2"
