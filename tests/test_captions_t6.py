"""Captions with Bluebook T6 abbreviations, as law-firm alerts print them: the period after
"Com." or "Am." ends no sentence, so the caption keeps its first words."""

from __future__ import annotations

import pytest

from conftest import mentions


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "In Chamber of Com. of the USA v. SEC, No. 23-60255 (5th Cir.), the groups sued.",
            "Chamber of Com. of the USA v. SEC",
        ),
        ("In Am. Hosp. Ass'n v. Becerra, the Court held the cuts unlawful.", "Am. Hosp. Ass'n v."),
        ("The panel followed Cmty. Fin. Servs. Ass'n v. CFPB on funding.", "Cmty. Fin. Servs."),
        ("See Nat'l Ass'n of Mfrs. v. SEC, the court said.", "Nat'l Ass'n of Mfrs. v. SEC"),
    ],
)
def test_a_t6_abbreviation_keeps_the_caption_whole(text: str, caption: str) -> None:
    cases = [m.text for m in mentions(text, "2025-06-01") if m.kind == "case"]
    assert any(c.startswith(caption) for c in cases), cases


def test_a_sentence_still_ends_before_a_caption() -> None:
    text = "The firm moved to Tulsa. Smith v. Jones was decided later."
    assert [m.text for m in mentions(text) if m.kind == "case"] == ["Smith v. Jones"]
