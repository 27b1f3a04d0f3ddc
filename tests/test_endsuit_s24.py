"""Last short round of the twenty-fourth session (s24-endsuit): a state bill number in a
sentence that names "members of Congress" only among the people a state law protects is
still the state's. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

OHIO_HB512 = "state:oh:bill:hb512"
LEAD = "New rules start July 1 for residents across Ohio.\n\n"


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2025-07-01") if m.kind == "statute"]


def test_members_of_congress_among_protected_people_keeps_the_state_bill() -> None:
    text = LEAD + (
        "RECORDS: A law (HB 512) will shield the phone numbers of judges, members of Congress "
        "and county clerks from release."
    )
    assert _statutes(text) == [("HB 512", OHIO_HB512)]


def test_a_member_of_congress_as_object_keeps_the_state_bill() -> None:
    text = LEAD + "SAFETY: A law (HB 512) makes it a crime to threaten a member of Congress."
    assert _statutes(text) == [("HB 512", OHIO_HB512)]


def test_a_bill_in_congress_is_still_not_the_states() -> None:
    text = LEAD + "RECORDS: A bill (HB 512) in Congress would shield the phone numbers of judges."
    assert _statutes(text) == []


def test_members_of_congress_voting_is_still_about_congress() -> None:
    text = LEAD + (
        "RECORDS: A bill (HB 512) that members of Congress backed in a federal vote would "
        "shield the phone numbers of judges."
    )
    assert _statutes(text) == []


def test_the_states_right_to_a_healthy_environment_is_its_section() -> None:
    text = (
        "The Montana Supreme Court ruled Thursday that a warming climate falls within the "
        "state's constitutional right to a healthy environment."
    )
    found = [
        (m.text, m.authority) for m in mentions(text, "2025-03-06") if m.kind == "constitution"
    ]
    assert found == [
        ("the state's constitutional right to a healthy environment", "state:mt:const:2-3")
    ]


def test_a_healthy_environment_with_no_constitution_is_nothing() -> None:
    text = "Montana ranchers say the river needs a healthy environment for trout."
    assert [m for m in mentions(text, "2025-03-06") if m.kind == "constitution"] == []


def _actions(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "executive-action"]


def test_a_proclamation_told_by_its_effect_is_the_presidents_own() -> None:
    # ("southern border" is also another president's order's topic)
    text = (
        "On Tuesday, Biden issued a proclamation that restricts access to asylum at the "
        "southern border."
    )
    assert _actions(text, "2024-06-12") == [
        (
            "proclamation that restricts access to asylum at the southern border",
            "proc:10773",
        )
    ]


def test_a_proclamation_of_another_topic_gets_no_id() -> None:
    text = "On Tuesday, Biden issued a proclamation that honors veterans at the southern border."
    assert all(auth is None for _, auth in _actions(text, "2024-06-12"))
