"""Bill name forms (twenty-seventh session, census40 P7): a full name with its initials set in
before its last words ("the Safeguard American Voter Eligibility (SAVE) America Act") is the
bill of its short name; a bare number set beside "the Senate version of <a bill>" takes that
bill's Congress. Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def _bills(text: str, date: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "bill"]


def test_initials_inside_the_name_give_the_short_name() -> None:
    text = (
        "Voting-rights groups rallied against the Safeguard American Voter Eligibility (SAVE) "
        "America Act this week."
    )
    assert _bills(text, "2026-02-20") == [
        ("Safeguard American Voter Eligibility (SAVE) America Act", "bill:119:hr:7296")
    ]


def test_initials_inside_the_name_beside_its_number() -> None:
    text = (
        "H.R. 7296, the Safeguard American Voter Eligibility (SAVE) America Act, cleared the "
        "chamber after a long debate over proof of citizenship."
    )
    found = dict(_bills(text))
    assert found["Safeguard American Voter Eligibility (SAVE) America Act"] == "bill:119:hr:7296"


def test_initials_that_do_not_spell_the_words_are_no_such_name() -> None:
    text = "Lawmakers took up the Clean Bank Accounts (SAFE) Banking Act on Monday."
    assert not any("SAFE" in t for t, _ in _bills(text, "2021-04-20"))


def test_initials_of_an_unknown_name_link_nothing() -> None:
    text = "Lawmakers took up the Quiet Lakes Under Boats (QLUB) Harbor Act on Monday."
    assert all(a is None for _, a in _bills(text, "2021-04-20"))


def test_senate_version_number_takes_the_bills_congress() -> None:
    text = (
        "The House approved H.R. 7296, the SAVE America Act, on a party-line vote. A week "
        "later Sen. Lee filed the Senate version of the SAVE America Act, S. 3000, with ten "
        "cosponsors."
    )
    assert ("S. 3000", "bill:119:s:3000") in _bills(text)


def test_a_number_not_beside_a_version_stays_unknown() -> None:
    text = (
        "The House approved H.R. 7296, the SAVE America Act, on a party-line vote. A week "
        "later Sen. Lee praised the SAVE America Act, and S. 3000 was filed with ten "
        "cosponsors."
    )
    assert dict(_bills(text)).get("S. 3000") is None
