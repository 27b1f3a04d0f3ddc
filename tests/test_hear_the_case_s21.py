"""A case the court agrees to hear, hears or takes up is one still to be decided: "the case"
after such a verb never refers back to a precedent decided years before the article
(issue 13, twenty-first session). Made-up sentences."""

from __future__ import annotations

import pytest

from conftest import mentions

ROE = "cite:410:us:113"


@pytest.mark.parametrize(
    "text",
    [
        "Clinics have closed since the justices overturned Roe v. Wade. The court said on "
        "Friday it had been wrong to agree to hear the case at all.",
        "Lawmakers still cite Roe v. Wade in speeches. The justices took up the case in "
        "January and dismissed it in June.",
        "Roe v. Wade was long the law. This spring the court declined to review the case "
        "that Idaho brought.",
    ],
)
def test_the_case_heard_is_not_an_old_precedent(text: str) -> None:
    found = [m for m in mentions(text, "2024-06-28") if m.kind == "case"]
    assert [m.authority for m in found if m.text.lower() != "roe v. wade"].count(ROE) == 0


def test_a_case_heard_in_its_own_term_still_refers_back() -> None:
    text = (
        "The justices weighed Loper Bright Enterprises v. Raimondo this term. "
        "They agreed to hear the case last spring."
    )
    found = [m for m in mentions(text, "2024-01-15") if m.kind == "case"]
    assert [m.authority for m in found].count("cite:603:us:369") == 2


def test_the_case_otherwise_still_refers_back_to_a_precedent() -> None:
    text = "Roe v. Wade was decided in 1973. Critics of the case say it went too far."
    found = [m for m in mentions(text, "2024-06-28") if m.kind == "case"]
    assert [m.authority for m in found].count(ROE) == 2
