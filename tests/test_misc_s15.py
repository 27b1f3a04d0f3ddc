"""Fifteenth session (issue 13, branch s15-misc): four small gaps a census of unseen news found.

Made-up sentences of the shapes news prints: a statute section named by its number alone with
no "Section" ("287(g) agreements", "230 protections", "1983 claims"), executive order numbers
listed after a colon a few words past their head ("The orders at issue are as follows:
14151,[i] 14173 …"), and "The decision, known as X v. Y" / "The ruling also …" right after a
caption (the case's own decision).
"""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention


def at(found: list[Mention], words: str) -> Mention | None:
    return next((m for m in found if m.text == words), None)


def ids(found: list[Mention]) -> list[str | None]:
    return [m.authority for m in found]


# --- 1. a section by its number alone ---------------------------------------------------------


def test_287g_agreements_are_the_ina_section() -> None:
    found = mentions("Nine sheriffs in the valley signed 287(g) agreements over the summer.")
    m = at(found, "287(g)")
    assert m is not None and m.kind == "statute" and m.authority == "usc:8:1357"


def test_287g_program_and_task_force_too() -> None:
    found = mentions(
        "The county left the 287(g) program in 2019. Its deputies later joined a 287(g) task force."
    )
    assert [m.authority for m in found if m.text == "287(g)"] == ["usc:8:1357", "usc:8:1357"]


def test_287g_without_its_noun_stays_plain() -> None:
    found = mentions("Form 287(g) was mailed to the office with a note about parking.")
    assert at(found, "287(g)") is None


def test_230_protections_in_a_sentence_about_platforms() -> None:
    found = mentions("Social media platforms would lose their 230 protections under the plan.")
    m = at(found, "230")
    assert m is not None and m.authority == "usc:47:230"


def test_230_protections_elsewhere_stay_plain() -> None:
    found = mentions("The union contract adds 230 protections for warehouse workers.")
    assert at(found, "230") is None


def test_1983_claims_about_police_are_the_civil_rights_statute() -> None:
    found = mentions("The family brought 1983 claims against two officers over the beating.")
    m = at(found, "1983")
    assert m is not None and m.authority == "usc:42:1983"


def test_a_year_before_claims_is_no_section() -> None:
    found = mentions(
        "In 1983 claims against police officers rose sharply, and by March 1983 lawsuits "
        "over jail conditions had doubled."
    )
    assert at(found, "1983") is None


def test_1983_suit_counts_when_the_article_named_section_1983() -> None:
    found = mentions(
        "The lawyers sued under Section 1983 in May. The 1983 suit names the city as well."
    )
    assert ids([m for m in found if m.text == "1983"]) == ["usc:42:1983"]


def test_212f_authority_and_232_tariffs_on_steel() -> None:
    found = mentions(
        "The president leaned on his 212(f) authority again. New 232 tariffs on steel and "
        "aluminum took effect in June."
    )
    assert at(found, "212(f)") is not None and at(found, "212(f)").authority == "usc:8:1182"
    assert at(found, "232") is not None and at(found, "232").authority == "usc:19:1862"


def test_a_count_of_tariffs_is_no_section() -> None:
    found = mentions("By March the agency had logged 232 tariffs and 301 investigations.")
    assert at(found, "232") is None and at(found, "301") is None


# --- 2. order numbers in a list after a colon ---------------------------------------------------


def test_orders_listed_after_a_colon_with_footnote_markers() -> None:
    found = mentions(
        "The orders at issue (EOs) are as follows: 14151,[i] 14173,[ii] and 14168.[iii]",
        "2025-06-01",
    )
    assert ids([m for m in found if m.kind == "executive-action"]) == [
        "eo:14151",
        "eo:14173",
        "eo:14168",
    ]


def test_executive_orders_list_with_numbered_markers() -> None:
    found = mentions(
        "The suit challenges Executive Orders 14151,[1] 14173,[2] and 14168.", "2025-06-01"
    )
    assert ids([m for m in found if m.kind == "executive-action"]) == [
        "eo:14151",
        "eo:14173",
        "eo:14168",
    ]


def test_superscript_footnote_markers_after_order_numbers() -> None:
    found = mentions("Plaintiffs attack Executive Orders 14151¹, 14173² and 14168³.", "2025-06-01")
    assert ids([m for m in found if m.kind == "executive-action"]) == [
        "eo:14151",
        "eo:14173",
        "eo:14168",
    ]


def test_orders_set_off_by_a_dash_and_an_abbreviation_in_brackets() -> None:
    found = mentions(
        "The suit targets Executive Orders (EOs) 14151 and 14173. Two more orders — 14168 "
        "and 14187 — were added later.",
        "2025-06-01",
    )
    assert ids([m for m in found if m.kind == "executive-action"]) == [
        "eo:14151",
        "eo:14173",
        "eo:14168",
        "eo:14187",
    ]


def test_colon_list_before_the_orders_were_signed_stays_plain() -> None:
    found = mentions("The orders at issue are as follows: 14151 and 14173.", "2024-03-01")
    assert not [m for m in found if m.kind == "executive-action" and m.text[:1].isdigit()]


def test_colon_list_with_no_order_head_stays_plain() -> None:
    found = mentions("The winning tickets were as follows: 14151 and 14173.", "2025-06-01")
    assert not [m for m in found if m.kind == "executive-action"]


# --- 4. "The decision, known as X v. Y" and "The ruling also …" after a caption ---------------


def test_the_decision_known_as_a_caption_is_that_case() -> None:
    found = mentions(
        "The Supreme Court ruled in 2019 on the tribe's fishing rights. The decision, known as "
        "Harlan v. Ostrowski, held that the treaty still applied.",
        "2026-03-01",
    )
    m = at(found, "The decision")
    assert m is not None and m.kind == "case" and m.name == "Harlan v. Ostrowski" and m.anaphor


def test_the_ruling_opening_the_next_sentence_is_the_captions_decision() -> None:
    found = mentions(
        "The decision, known as Harlan v. Ostrowski, held that the treaty still applied. "
        "The ruling also established a new test for treaty claims.",
        "2026-03-01",
    )
    m = at(found, "The ruling")
    assert m is not None and m.kind == "case" and m.name == "Harlan v. Ostrowski"


def test_a_known_caption_lends_its_id() -> None:
    found = mentions(
        "The decision, known as Moody v. NetChoice, sent the cases back to the lower courts.",
        "2026-03-01",
    )
    m = at(found, "The decision")
    assert m is not None and m.kind == "case" and m.authority == "cite:603:us:707"


def test_the_ruling_after_a_judge_ruled_citing_a_caption_is_not_that_case() -> None:
    found = mentions(
        "Judge Mary Lott ruled on Tuesday that the rule was unlawful, citing Harlan v. "
        "Ostrowski. The ruling blocks the rule in four states.",
        "2026-03-01",
    )
    m = at(found, "The ruling")
    assert m is None or m.kind != "case"


def test_a_caption_spelled_as_one_word_finds_the_table_row() -> None:
    found = mentions("The justices sent Moody v. Net Choice back in 2024.", "2026-03-01")
    m = at(found, "Moody v. Net Choice")
    assert m is not None and m.authority == "cite:603:us:707"


def test_a_caption_with_other_letters_stays_unknown() -> None:
    found = mentions("Lawyers filed Moody v. Net Choices Group in state court.", "2026-03-01")
    m = at(found, "Moody v. Net Choices Group")
    assert m is None or m.authority is None


# --- 3. a description's span stops before another authority's mention -------------------------


def test_a_ruling_clause_stops_before_a_defined_abbreviation_inside_it() -> None:
    found = mentions(
        "The agency launched the Migrant Protection Protocols (MPP) in 2019. On Tuesday, Judge "
        "Dana Lott vacated the 2019 memo creating MPP and the MPP program itself.",
        "2025-08-01",
    )
    ruling = next(m for m in found if m.kind == "ruling")
    uses = [m for m in found if m.text == "MPP" and m.start > ruling.start]
    assert len(uses) == 2 and ruling.end <= uses[0].start
    assert ruling.text.startswith("Judge Dana Lott vacated")


def test_a_federal_law_description_stops_before_a_states_law() -> None:
    found = mentions(
        "Critics say a federal law barring felons possessing firearms trumps California's law "
        "limiting cooperation with federal immigration authorities.",
        "2025-08-01",
    )
    federal = next(m for m in found if m.authority == "usc:18:922")
    state = next(m for m in found if m.authority == "state:ca:bill:sb54")
    assert federal.end <= state.start and state.text.startswith("California's law")


def test_a_federal_law_about_a_states_people_keeps_its_words() -> None:
    found = mentions(
        "Prosecutors cited a federal law barring felons possessing firearms in California's "
        "northern counties.",
        "2025-08-01",
    )
    federal = next(m for m in found if m.authority == "usc:18:922")
    assert "counties" in federal.text or federal.text.endswith("firearms")


def test_an_order_description_yields_to_a_clause_starting_inside_it() -> None:
    from linker.scanner import select

    text = "an executive order that would restrict the constitutional right to bear arms"
    order = Mention(0, 60, text[:60], "executive-action", "eo:14206", confidence=0.75)
    order = order.with_(evidence="described like Protecting Second Amendment Rights (Trump)")
    clause = Mention(
        text.index("right to bear"), len(text), "right to bear arms", "constitution",
        "const:amendment:2", confidence=0.9,
    )  # fmt: skip
    kept = select([order, clause])
    assert [m.kind for m in kept] == ["executive-action", "constitution"]
    assert kept[0].end <= kept[1].start and kept[0].text.startswith("an executive order")


def test_the_ruling_after_a_court_cited_a_caption_is_not_that_case() -> None:
    found = mentions(
        "On Tuesday the appeals court cited Harlan v. Ostrowski in a short order. The ruling "
        "sends the dispute back to the trial judge.",
        "2026-03-01",
    )
    m = at(found, "The ruling")
    assert m is None or m.kind != "case"


def test_a_caption_after_a_comma_that_closes_no_apposition_is_not_the_ruling() -> None:
    found = mentions(
        "The justices ruled in March. After the ruling, Harlan v. Ostrowski went back to the "
        "trial court.",
        "2026-03-01",
    )
    m = at(found, "the ruling")
    assert m is None or m.kind != "case"
