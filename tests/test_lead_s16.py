"""The lead's fixes of the sixteenth session, from a blind census of two wrong links new
branches made on held-back news (the sentences are made up in the same shapes)."""

from __future__ import annotations

import pytest

from conftest import mentions


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Missouri's row of 2025 has the topic "missouri first map": the state's own name and
        # an ordinal are no topic words of a law about something else
        (
            "A new Missouri law requiring sealed adoption records violates the Missouri "
            "Constitution, the suit says. It also cites the First Amendment.",
            None,
        ),
        (
            "Missouri's new law requiring sealed adoption records violates the Missouri "
            "Constitution, the suit says. It also cites the First Amendment.",
            "2026-03-01",
        ),
    ],
)
def test_a_state_law_described_is_not_a_row_that_shares_only_its_states_name(
    text: str, date: str | None
) -> None:
    assert [m.authority for m in mentions(text, date) if m.kind == "statute"] == []


def test_a_suit_of_the_previous_item_is_not_the_lawsuit_of_another_courts_ruling() -> None:
    """A digest: "the lawsuit" of a ruling in its own sentence is that court's suit, never
    the one the previous item's ruling came in."""
    text = (
        "Trump's agencies lost twice this week. A federal judge in the Eastern District of "
        "Virginia blocked the speech rule on Monday, siding with the National Association of "
        "Immigration Judges. A federal judge in Portland, Oregon, ruled on Tuesday that the "
        "drivers who brought the lawsuit lacked standing."
    )
    assert [m.name for m in mentions(text, "2025-11-05") if m.kind == "case"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The tenants sued the county in federal court, joined by plaintiff Dana Marbury. The "
        "Marbury case is set for trial, and the judge ruled on the motion.",
        "A judge ruled for the tenants, including Dana Marbury, on Friday. In Marbury, the "
        "court said the county had violated the Fair Housing Act.",
    ],
)
def test_a_surname_the_article_gives_a_person_is_not_the_landmark_of_that_name(text: str) -> None:
    """A party introduced by her given name ("plaintiff Dana Marbury") is who the bare
    surname means after, not Marbury v. Madison, which the article never names in full."""
    assert "Marbury v. Madison" not in {m.name for m in mentions(text, "2025-05-01")}


def test_a_landmark_named_in_full_keeps_its_short_name_beside_a_namesake() -> None:
    text = (
        "Plaintiff Dana Marbury cited Marbury v. Madison in her brief. Marbury, the judge "
        "wrote, settled judicial review in 1803."
    )
    names = [m.name for m in mentions(text, "2025-05-01") if m.kind == "case"]
    assert names.count("Marbury v. Madison") >= 2


def test_a_term_defined_for_an_order_is_that_order_wherever_it_is_used() -> None:
    """'Executive Order 14173 (the "DEI Order")': each later "DEI Order" is EO 14173, though
    another order about DEI is known by those words."""
    text = (
        'Executive Order 14173 (the "DEI Order") revoked EO 11246. The DEI Order directs '
        "agencies to end DEI programs, and contractors must certify under the DEI Order."
    )
    found = [
        (m.text, m.authority)
        for m in mentions(text, "2025-05-01")
        if m.kind == "executive-action" and "DEI Order" in m.text
    ]
    assert len(found) == 3 and {a for _t, a in found} == {"eo:14173"}
