"""Twenty-fifth session (census30 P8): a ruling's clause ends before its verb's object when the
object is a law, a rule or a ruling below told on its own — an agency's name with its acronym
in brackets, a state constitutional amendment, a share ("portions of") of an agency's
guidance, the stay a court below granted."""

from __future__ import annotations

from conftest import rulings


def _texts(text: str) -> list[str]:
    return [m.text for m in rulings(text)]


def test_an_agency_acronym_in_brackets_does_not_end_the_object() -> None:
    text = (
        "U.S. District Judge Ann Roe in May vacated the Federal Housing Administration’s "
        "(FHA) foreclosure pause, finding that the agency lacked the power."
    )
    assert _texts(text) == ["U.S. District Judge Ann Roe in May vacated"]


def test_a_state_constitutional_amendment_is_its_own_mention() -> None:
    text = (
        "The justices left in place a Nebraska state constitutional amendment that barred "
        "tax money for private schools."
    )
    assert _texts(text) == ["The justices left in place"]


def test_a_share_of_an_agency_guidance_is_the_guidance() -> None:
    text = (
        "A federal judge in Ohio has struck down portions of an Occupational Safety and "
        "Health Administration (OSHA) heat guidance."
    )
    assert _texts(text) == ["A federal judge in Ohio has struck down"]


def test_the_stay_upheld_is_the_court_belows() -> None:
    text = (
        "U.S. District Judge Ann Roe of the Southern District of Iowa stayed her ruling in "
        "March. The U.S. Court of Appeals for the Eighth Circuit later upheld the stay."
    )
    found = [(m.text, m.court) for m in rulings(text)]
    assert ("The U.S. Court of Appeals for the Eighth Circuit later upheld", "ca8") in found
    assert ("the stay", "iasd") in found


def test_a_defined_term_in_brackets_still_ends_the_clause() -> None:
    text = (
        "On May 2, 2025, the U.S. Court of Appeals for the 8th Circuit issued a decision "
        '("Decision") invalidating the agency\'s ("EPA") Clean Water Order. The Decision '
        "may end the dispute."
    )
    found = _texts(text)
    assert "the U.S. Court of Appeals for the 8th Circuit issued a decision" in found
    assert "The Decision" in found
