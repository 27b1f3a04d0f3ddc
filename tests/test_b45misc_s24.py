"""blind45's census, twenty-fourth session (s24-b45misc): a grant of review told as what the
Supreme Court announced, a lawsuit taken up told by its subject, a trial court's order turned
into an injunction, a suit a coalition of attorneys general announced, and a state act told by
what it changed. Sentences of our own in the shapes of news."""

from __future__ import annotations

from conftest import mentions

SUNCOR = "Suncor Energy (U.S.A.) Inc. v. County Commissioners of Boulder County"
PSLF_SUIT = "Massachusetts v. Department of Education"
MO_SB22 = "state:mo:bill:sb22"


def _found(text: str, date: str, kind: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.authority, m.name) for m in mentions(text, date) if m.kind == kind]


def test_announced_it_will_hear_is_a_grant_of_review() -> None:
    text = (
        "The Supreme Court announced Tuesday that it will hear a dispute over a state's power "
        "to tax river barges."
    )
    spans = [t for t, _, _ in _found(text, "2026-03-03", "ruling")]
    assert spans == ["The Supreme Court announced Tuesday that it will hear"]


def test_announced_without_a_grant_is_no_ruling() -> None:
    text = "The Supreme Court announced Tuesday that its building will close for repairs."
    assert _found(text, "2026-03-03", "ruling") == []


def test_a_climate_lawsuit_the_court_will_hear_is_the_granted_case() -> None:
    text = (
        "The Supreme Court said Monday that it will hear a major climate lawsuit in which "
        "energy producers want to avoid trial in a state court. Lawyers for the towns said "
        "the case belongs before local juries."
    )
    cases = _found(text, "2026-03-02", "case")
    assert ("a major climate lawsuit", None, SUNCOR) in cases


def test_a_climate_case_before_the_grant_is_not_the_granted_case() -> None:
    text = (
        "The Supreme Court said Monday that it will hear a major climate lawsuit in which "
        "energy producers want to avoid trial in a state court."
    )
    assert all(n != SUNCOR for _, _, n in _found(text, "2024-03-04", "case"))


def test_a_climate_ruling_is_not_a_case_only_granted() -> None:
    text = "Lawyers cited the Supreme Court's climate ruling in their brief on Friday."
    assert all(n != SUNCOR for _, _, n in _found(text, "2026-05-01", "case"))


def test_converted_a_restraining_order_into_an_injunction_is_a_ruling() -> None:
    text = (
        "A federal judge converted a temporary restraining order into a preliminary "
        "injunction Friday in a case challenging a county's new zoning map."
    )
    spans = [t for t, _, _ in _found(text, "2025-09-12", "ruling")]
    assert spans == [
        "A federal judge converted a temporary restraining order into a preliminary "
        "injunction Friday"
    ]


def test_a_ruling_span_stops_before_a_case_told_by_what_it_challenges() -> None:
    text = (
        "A federal judge blocked the zoning map Wednesday in a case challenging the "
        "constitutionality of a new county rule."
    )
    spans = [t for t, _, _ in _found(text, "2025-09-12", "ruling")]
    assert spans == ["A federal judge blocked the zoning map Wednesday"]


def test_a_lawsuit_attorneys_general_announced_is_the_known_suit() -> None:
    text = (
        "On Tuesday, a group of 19 state attorneys general announced a lawsuit in the U.S. "
        "District Court for the District of Massachusetts against the U.S. Department of "
        "Education. The suit asks the court to set aside the department's final rule on "
        "Public Service Loan Forgiveness."
    )
    cases = [(t, n) for t, _, n in _found(text, "2025-11-07", "case")]
    assert cases == [("a lawsuit", PSLF_SUIT), ("The suit", PSLF_SUIT)]


def test_a_lawsuit_a_company_announced_in_another_court_is_not_the_suit() -> None:
    text = (
        "On Tuesday, a shipping company announced a lawsuit in the U.S. District Court for "
        "the Southern District of Texas against a port authority over dredging fees."
    )
    assert all(n != PSLF_SUIT for _, _, n in _found(text, "2025-11-07", "case"))


def test_a_state_act_told_by_what_it_changed_links_its_anaphors() -> None:
    text = (
        "The justices of the Missouri Supreme Court heard arguments Tuesday in a dispute over "
        "who writes the ballot wording voters read.\n"
        "Two years ago, legislators rewrote the process for challenging ballot language and "
        "handed the attorney general power to appeal preliminary injunctions against state "
        "laws.\n"
        "A county judge upheld part of the law but struck down the appeals provision.\n"
    )
    laws = [(t, a) for t, a, _ in _found(text, "2026-02-01", "statute")]
    assert ("the law", MO_SB22) in laws
