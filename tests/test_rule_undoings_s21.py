"""An agency's undoing of a rule told as a noun on the rule ("the repeal of the endangerment
finding", "The removal of this finding", "the decision to scrap the finding") links the rule
that undoes it (issue 13, twenty-first session). Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def found(text: str, date: str = "2026-03-01") -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, date)}


def test_the_reversal_of_the_named_rule() -> None:
    text = "Health groups sued on Tuesday over the reversal of the endangerment finding."
    assert found(text)["the reversal of the endangerment finding"] == "fr:91:7686"


def test_a_repeal_linked_by_itself_stays_two_mentions() -> None:
    text = "Health groups sued on Tuesday over the repeal of the endangerment finding."
    got = found(text)
    assert got["repeal"] == "fr:91:7686"
    assert got["the endangerment finding"] == "fr:74:66496"


def test_the_removal_of_a_back_reference() -> None:
    text = (
        "The EPA adopted the endangerment finding in 2009. The removal of this finding, "
        "critics said, leaves vehicle emissions unregulated."
    )
    got = found(text)
    assert got["The removal of this finding"] == "fr:91:7686"
    assert got["endangerment finding"] == "fr:74:66496"


def test_the_decision_to_scrap() -> None:
    text = (
        "The endangerment finding underpins vehicle rules. Lawyers said the agency's decision "
        "to scrap the finding would not survive review."
    )
    got = found(text)
    assert [v for k, v in got.items() if "scrap the finding" in k] == ["fr:91:7686"]


def test_before_the_undoing_was_printed_nothing_changes() -> None:
    text = "Health groups warned of a repeal of the endangerment finding."
    got = found(text, "2024-05-01")
    assert "fr:91:7686" not in got.values()


def test_a_rule_with_no_known_undoing_keeps_its_own_link() -> None:
    text = "Industry asked for the repeal of the endangerment finding's companion rules."
    assert "fr:91:7686" not in {v for k, v in found(text, "2026-03-01").items() if "companion" in k}


def test_congress_s_repeal_is_no_rule_of_an_agency() -> None:
    text = "Business groups cheered Congress's reversal of the endangerment finding."
    assert "fr:91:7686" not in found(text).values()
