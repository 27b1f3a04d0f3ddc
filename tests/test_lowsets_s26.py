"""Low sets of the twenty-sixth session (s26-lowsets): shapes of their non-ruling items.
Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

EEOC_GUIDANCE = "EEOC Enforcement Guidance on Harassment in the Workplace (2024)"
_FILLER = (
    "Workers in many trades have long complained about how managers and customers treat "
    "them, and complaints rose in recent years according to surveys by several groups. "
)


def _actions(text: str, date: str = "2025-06-01") -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in mentions(text, date) if m.kind == "executive-action"]


def test_an_agencys_harassment_guidance_is_its_row() -> None:
    text = (
        "A judge in Amarillo set aside parts of the Equal Employment Opportunity Commission's "
        "harassment guidance on Tuesday."
    )
    assert any("harassment guidance" in t and n == EEOC_GUIDANCE for t, n in _actions(text))


def test_harassment_guidance_needs_the_agency_near() -> None:
    text = "The school district adopted new harassment guidance for its teachers on Tuesday."
    assert _actions(text) == []


def test_the_guidance_refers_back_along_a_chain_past_the_reach_of_the_name() -> None:
    text = (
        "A judge struck down portions of an Equal Employment Opportunity Commission (EEOC) "
        "harassment guidance for workers.\n"
        + _FILLER * 2
        + "\nCritics said that guidance went too far.\n"
        + _FILLER * 2
        + "\nWhy the judge vacated parts of the 2024 guidance.\n"
    )
    found = _actions(text)
    assert ("that guidance", EEOC_GUIDANCE) in found
    assert ("the 2024 guidance", EEOC_GUIDANCE) in found


def test_the_guidance_is_no_executive_order() -> None:
    text = (
        "President Trump signed Executive Order 14168 on gender ideology. The guidance "
        "issued later by agencies repeated its words."
    )
    assert all(t != "The guidance" for t, _ in _actions(text))


def test_a_federal_judge_in_alexandria_sits_in_the_eastern_district_of_virginia() -> None:
    found = [
        (m.kind, m.court)
        for m in mentions("A federal judge in Alexandria blocked the Pentagon policy on Monday.")
    ]
    assert ("ruling", "vaed") in found


def test_a_suit_filed_in_alexandria_by_its_sole_plaintiff_is_its_row() -> None:
    text = (
        "The Fairfax County School Board voted to sue the Department of Education on Thursday "
        "over its funding designation.\n"
        "The lawsuit filed in federal court in Alexandria says the department broke the law.\n"
    )
    found = [(m.text, m.name) for m in mentions(text, "2025-08-20") if m.kind == "case"]
    assert ("The lawsuit", "Fairfax County School Board v. U.S. Department of Education") in found


def _statutes(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, "2024-02-01") if m.kind == "statute"]


def test_the_federal_tax_credits_by_name_are_their_code_sections() -> None:
    text = (
        "Congress is weighing a package. It would expand the Child Tax Credit, the Earned "
        "Income Tax Credit and the Low-Income Housing Tax Credit."
    )
    found = _statutes(text)
    assert ("the Child Tax Credit", "usc:26:24") in found
    assert ("the Earned Income Tax Credit", "usc:26:32") in found
    assert ("the Low-Income Housing Tax Credit", "usc:26:42") in found


def test_a_states_own_tax_credit_is_not_the_federal_one() -> None:
    text = (
        "Congress is weighing a package. Separately, the Colorado Child Tax Credit and "
        "Maine's Earned Income Tax Credit grew this year."
    )
    assert [a for _, a in _statutes(text) if a and a.startswith("usc:26:")] == []


def test_a_tax_credit_outside_a_federal_story_is_not_linked() -> None:
    text = "The city council said the Child Tax Credit program it runs will grow."
    assert _statutes(text) == []


def test_title_vii_sections_by_their_act_numbers() -> None:
    text = (
        "Congress amended Title VII of the Civil Rights Act of 1964 to add Section 703(k). "
        "Section 704 of Title VII bars retaliation."
    )
    found = _statutes(text)
    assert ("Section 703(k)", "usc:42:2000e-2") in found
    assert ("Section 704 of Title VII", "usc:42:2000e-3") in found


def test_the_initiative_refers_back_to_a_ballot_proposition() -> None:
    text = (
        "Utah voters passed Proposition 4 in 2018. The initiative created a commission, and "
        "lawmakers later gutted the initiative."
    )
    found = [(m.text, m.authority) for m in mentions(text) if m.anaphor]
    assert ("The initiative", "state:ut:bill:prop4") in found
    assert ("the initiative", "state:ut:bill:prop4") in found


def test_another_initiative_introduced_since_is_not_the_proposition() -> None:
    text = (
        "Utah voters passed Proposition 4 in 2018. Last week the governor launched an "
        "initiative on literacy. The initiative costs little."
    )
    assert all(m.text != "The initiative" for m in mentions(text))


def test_the_initiative_never_means_an_act() -> None:
    text = "Congress passed the Clean Air Act in 1970. The initiative cut smog."
    assert all(m.text != "The initiative" for m in mentions(text))


def test_a_party_name_that_held_or_established_that_is_the_case() -> None:
    text = (
        "The court ruled in Hadley v. Orcutt Farms, Inc., 2023 IL 128004. Hadley established "
        "that each scan is a separate violation."
    )
    found = [(m.text, m.name) for m in mentions(text) if m.kind == "case"]
    assert ("Hadley", "Hadley v. Orcutt Farms, Inc.") in found


def test_a_party_who_held_a_view_is_no_case() -> None:
    text = "The judge ruled in Smith v. Jones last year. Smith held that view for years."
    assert [m.text for m in mentions(text) if m.kind == "case"] == ["Smith v. Jones"]


def test_the_education_departments_guidance_on_nondiscrimination_is_its_letter() -> None:
    text = (
        "Teachers sued in February. They alleged the department's guidance on "
        "nondiscrimination under Title VI targeted diversity programs."
    )
    found = _actions(text, "2025-08-20")
    assert any(
        n == "Department of Education Dear Colleague Letter (Feb. 14, 2025)" for _, n in found
    )


def test_guidance_on_nondiscrimination_needs_its_subject_near() -> None:
    text = "The city issued guidance on nondiscrimination for its parks staff."
    assert _actions(text, "2025-08-20") == []
