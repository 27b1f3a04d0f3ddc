"""Criminal charges told by the offence ("charged with wire fraud", "a felony charge of witness
tampering", "two counts of making false statements") link the federal section when the
article's prosecution is a federal one, and nothing when it is a state's or unsaid (issue 13,
twenty-first session). Made-up sentences."""

from __future__ import annotations

from conftest import mentions


def found(text: str) -> dict[str, str | None]:
    return {m.text: m.authority for m in mentions(text, "2025-03-01")}


def kinds(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in mentions(text, "2025-03-01")}


def test_a_list_of_charges_after_charged_with() -> None:
    text = (
        "Federal prosecutors said Tom Reyes was charged with wire fraud, bank fraud and "
        "aggravated identity theft."
    )
    got = found(text)
    assert got["wire fraud"] == "usc:18:1343"
    assert got["bank fraud"] == "usc:18:1344"
    assert got["aggravated identity theft"] == "usc:18:1028a"


def test_a_felony_charge_of_in_a_federal_trial() -> None:
    text = (
        "A jury in the federal trial found Carla Monroe guilty on a felony charge of witness "
        "tampering."
    )
    got = found(text)
    assert got["a felony charge of witness tampering"] == "usc:18:1512"
    # the jury's verdict is no court's ruling
    assert "ruling" not in kinds(text).values()


def test_counts_of_with_the_us_attorney_named_elsewhere() -> None:
    text = (
        "The former aide faces two counts of making false statements to FBI agents.\n\n"
        "The U.S. Attorney's office declined to comment."
    )
    assert found(text)["two counts of making false statements"] == "usc:18:1001"


def test_charges_after_the_offence() -> None:
    text = "The mail fraud charges against the dealer were dropped on Friday."
    assert found(text)["mail fraud charges"] == "usc:18:1341"


def test_a_state_prosecution_is_not_linked() -> None:
    text = "The Kings County District Attorney charged him with wire fraud on Monday."
    assert "usc:18:1343" not in found(text).values()


def test_a_state_charge_in_a_federal_story_is_not_linked() -> None:
    text = "The state charges of bank fraud were dismissed, the U.S. Attorney said Tuesday."
    assert "usc:18:1344" not in found(text).values()


def test_no_prosecutor_named_is_not_linked() -> None:
    assert "usc:18:1344" not in found("He was charged with bank fraud last year.").values()


def test_conspiracy_to_commit_is_its_own_section() -> None:
    text = "He pleaded guilty in federal court to conspiracy to commit wire fraud."
    assert "usc:18:1343" not in found(text).values()


def test_a_false_statement_to_a_bank_is_another_section() -> None:
    text = "Federal prosecutors charged her with making false statements on a loan application."
    assert "usc:18:1001" not in found(text).values()


def test_an_offence_only_federal_law_makes_needs_no_prosecutor() -> None:
    text = "Officers arrested the man on Thursday and he was charged with illegal reentry."
    assert found(text)["illegal reentry"] == "usc:8:1326"


def test_the_offence_without_a_charge_is_not_linked() -> None:
    text = "Federal regulators warned that wire fraud schemes target retirees."
    assert "usc:18:1343" not in found(text).values()


def test_counts_told_one_by_one_after_a_colon() -> None:
    text = (
        "The special counsel charged the former official with three felony counts: two for "
        "obstruction of an official proceeding and one for conspiracy against rights."
    )
    got = found(text)
    assert got["obstruction of an official proceeding"] == "usc:18:1512"
    assert got["conspiracy against rights"] == "usc:18:241"


def test_charges_including_and_a_hyphenated_offence() -> None:
    got = found("Federal prosecutors filed charges including wire fraud against the broker.")
    assert got["wire fraud"] == "usc:18:1343"
    got = found("The bank-fraud counts were dropped by the Justice Department on Monday.")
    assert got["bank-fraud counts"] == "usc:18:1344"


def test_an_accusation_told_in_passing_is_no_charge() -> None:
    from linker.load import from_text as _ft
    from linker.pipeline import scan_article as _scan

    def ids(text: str) -> list[str | None]:
        return [m.authority for m in _scan(_ft(text, "x.txt", date="2026-01-10")).mentions]

    assert "usc:18:1344" not in ids(
        "A federal judge in Toledo on Friday threw out two indictments brought by an interim"
        " prosecutor. Dalworth faced charges of perjury; Mennick was accused of bank fraud"
        " related to an Ohio boat loan application."
    )
    assert "usc:18:1344" in ids(
        "A federal grand jury indicted Mennick, who was accused of bank fraud in two counts."
    )
