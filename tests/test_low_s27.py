"""Twenty-seventh session (s27-low): shapes of the readable sets still under 0.85 F1.
Made-up sentences of the same shapes news prints."""

from __future__ import annotations

from conftest import mentions

_DATE = "2026-01-02"


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, _DATE) if m.kind == "statute"]


def test_state_possessive_before_a_row_alias_is_that_law() -> None:
    # a roundup's heading: the state's possessive, then a name its row lists (no "Act")
    found = _statutes(
        "Dozens of new laws took effect on Jan. 1.\n\nHawaii’s ‘Green Fee’ surcharge\n\n"
        "The new law adds a charge to hotel stays. Officials said the Green Fee would pay "
        "for beach repairs."
    )
    assert ("Hawaii’s ‘Green Fee’", "state:hi:bill:sb1396") in found
    assert ("The new law", "state:hi:bill:sb1396") in found
    assert ("Green Fee", "state:hi:bill:sb1396") in found


def test_unquoted_alias_after_the_possessive() -> None:
    found = _statutes(
        "Louisiana's GATOR Scholarship accounts opened this month; the law pays private "
        "school tuition."
    )
    assert found[0] == ("Louisiana's GATOR Scholarship", "state:la:bill:sb313")


def test_alias_after_another_states_possessive_is_nothing() -> None:
    assert _statutes("Oregon’s ‘Green Fee’ proposal stalled, and the new law never passed.") == []


def test_alias_without_its_state_is_nothing() -> None:
    assert _statutes("A green fee on hotel rooms was debated, but no law passed.") == []


def test_quoted_row_topic_with_its_state_named_in_the_paragraph() -> None:
    # a roundup paragraph: the district named, then a topic its row lists, in quotation marks
    found = _statutes(
        "Several new laws start this week.\n\nD.C. amended its code to add a “cashless "
        "retail prohibition” this year. The new law says shops must take bills and coins."
    )
    assert ("“cashless retail prohibition”", "state:dc:code:28-5402") in found
    assert ("The new law", "state:dc:code:28-5402") in found


def test_quoted_row_topic_without_its_state_is_nothing() -> None:
    found = _statutes(
        "Several new laws start this week.\n\nOregon added a “cashless retail prohibition” "
        "to its code. The new law says shops must take bills and coins."
    )
    assert found == []
