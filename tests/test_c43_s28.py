"""Twenty-eighth session (census43, patterns P1–P4): a federal department named in full in a
caption, an agency's interim final rule with the agency's and the rule's initials in
brackets, rulings told by a holding verb after a caption, the second of two courts after
"rulings by", and back-references to an executive order. Made-up sentences of the shapes the
census showed."""

from __future__ import annotations

from conftest import mentions, regs


def _cases(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.kind == "case"]


def test_a_federal_department_named_in_full_stays_whole_in_a_caption() -> None:
    text = (
        "The notice follows the case of Acme Widget Growers, et al. v. United States "
        "Department of Housing and Urban Development, et al. in Kansas."
    )
    assert _cases(text) == [
        "Acme Widget Growers, et al. v. United States Department of Housing and Urban "
        "Development, et al."
    ]


def test_a_short_department_caption_is_unchanged() -> None:
    text = "The ruling in Acme Widget Growers v. U.S. Department of Labor came Friday."
    assert _cases(text) == ["Acme Widget Growers v. U.S. Department of Labor"]


def test_an_agency_after_us_and_its_interim_final_rule_with_initials() -> None:
    text = (
        "As of today, the US Centers for Medicare & Medicaid Services (CMS) Interim Final "
        "Rule (IFR) mandating vaccination of health care staff is enforceable in 25 states."
    )
    assert regs(text, "2021-11-30") == {
        (
            "the US Centers for Medicare & Medicaid Services (CMS) Interim Final Rule (IFR)",
            "fr:86:61555",
        )
    }


def test_letters_that_are_not_the_rule_words_initials_stay_outside() -> None:
    text = (
        "As of today, the CMS Interim Final Rule (ABC) mandating vaccination of health care "
        "staff is enforceable in 25 states."
    )
    assert ("the CMS Interim Final Rule", "fr:86:61555") in regs(text, "2021-11-30")
