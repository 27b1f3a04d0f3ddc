"""A lawsuit told by a noun phrase, not by a caption or "sued X" alone (census 22, P1): the
suit's row in ``lawsuits.csv`` is found by who owns or filed it, what it challenges, the court
and city it was filed in, when, and whom it was brought against (``scanner/suitphrases.py``).

The sentences are our own, in the shapes news uses; each test states what a reader sees: the
caption a phrase links to, or no link at all.
"""

from __future__ import annotations

from conftest import mentions


def suits(text: str, date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.court) for m in mentions(text, date) if m.kind == "case"]


def test_a_lawsuit_its_owner_filed_in_a_year_is_that_owners_suit() -> None:
    text = (
        "The state's highest court ruled on Thursday that the old statute is void. The "
        "decision came out of a lawsuit Kaul filed in 2022 against a county prosecutor who "
        "had said the statute could be enforced again."
    )
    assert ("a lawsuit", "Kaul v. Urmanski", "wisccirct") in suits(text)


def test_the_year_the_words_give_must_be_the_rows_filing_year() -> None:
    text = (
        "The state's highest court ruled on Thursday that the old statute is void. The "
        "decision came out of a lawsuit Kaul filed in 2019 against a county prosecutor over "
        "the 1849 law."
    )
    assert [s for s in suits(text) if s[1] == "Kaul v. Urmanski"] == []


def test_a_long_lawsuit_filed_in_a_city_against_a_law_and_what_refers_back() -> None:
    text = (
        "Parents of several faiths went to federal court on Wednesday over the new classroom "
        "display rule.\n\n"
        "The 48-page lawsuit that a dozen parents filed in a federal district court in San "
        "Antonio says Senate Bill 10 favors one religion. The newest legal challenge asks a "
        "judge to stop the posters before the school year.\n\n"
        "The suit names eleven school districts as defendants."
    )
    found = suits(text, "2025-07-03")
    nathan = "Rabbi Nathan v. Alamo Heights Independent School District"
    assert ("The 48-page lawsuit", nathan, "txwd") in found
    assert ("The newest legal challenge", nathan, "txwd") in found
    assert ("The suit", nathan, "txwd") in found


def test_a_court_in_another_city_rules_the_row_out() -> None:
    text = (
        "The 48-page lawsuit that a dozen parents filed in a federal district court in "
        "Dallas on Wednesday says Senate Bill 10 favors one religion."
    )
    assert suits(text, "2025-07-03") == []


def test_a_topic_lawsuit_whose_owners_are_named_paragraphs_later() -> None:
    text = (
        "Two makers of classroom games want the justices to take up their tariff lawsuit "
        "right away.\n\n"
        "They say the International Emergency Economic Powers Act gives the president no "
        "power to tax imports.\n\n"
        "Learning Resources and hand2mind, both based near Chicago, say the duties cost them "
        "millions."
    )
    assert ("their tariff lawsuit", "Learning Resources, Inc. v. Trump", "dcd") in suits(text)


def test_a_possessive_owner_known_by_the_company_he_runs() -> None:
    text = (
        "Two makers of classroom games challenged the International Emergency Economic Powers "
        "Act tariffs in court. Dana Pell, chief executive of Learning Resources, said the "
        "duties were crushing. Pell's case was filed in Washington, D.C."
    )
    assert ("Pell's case", "Learning Resources, Inc. v. Trump", "dcd") in suits(text)


def test_two_rows_that_fit_as_well_link_nothing() -> None:
    # Two suits of the table challenge the same act and were filed the same spring: the
    # words name neither's parties, so neither is the one told.
    text = (
        "Importers have a lot riding on a lawsuit filed in 2025 challenging tariffs imposed "
        "under the International Emergency Economic Powers Act."
    )
    assert suits(text) == []


def test_a_phrase_no_row_fits_links_nothing() -> None:
    text = (
        "The Harbor Bakers Guild filed a lawsuit in 2021 over the flour tax. The suit is "
        "still pending in a county court."
    )
    assert suits(text) == []


def test_a_suit_that_may_come_is_no_suit() -> None:
    text = (
        "Learning Resources has threatened a lawsuit challenging the International Emergency "
        "Economic Powers Act tariffs."
    )
    assert suits(text) == []


def test_a_verb_between_the_article_and_the_noun_is_no_phrase() -> None:
    text = (
        "The plaintiffs filed suit over the International Emergency Economic Powers Act "
        "tariffs, and Learning Resources was among them."
    )
    assert [s for s in suits(text) if s[0].startswith("The plaintiffs")] == []


def test_the_rule_a_suit_challenges_and_the_groups_named_later() -> None:
    text = (
        "Medical and environmental groups on Monday sued the Environmental Protection Agency "
        "for rescinding the 2009 endangerment finding.\n\n"
        "In their lawsuit, the groups say the agency ignored the science.\n\n"
        "The American Lung Association and the Sierra Club are among the plaintiffs."
    )
    found = suits(text)
    apha = "American Public Health Association v. EPA"
    assert ("sued the Environmental Protection Agency", apha, "cadc") in found
    assert ("their lawsuit", apha, "cadc") in found


def test_the_one_suing_must_be_a_party() -> None:
    text = (
        "A drug makers' trade group sued the Environmental Protection Agency over the "
        "rescission of the 2009 endangerment finding. Acme Pharma Holdings sued the "
        "Environmental Protection Agency too."
    )
    assert [s for s in suits(text) if s[0].startswith("sued")] == []


def test_a_suit_filed_by_a_group_told_by_a_plain_word_in_its_caption() -> None:
    text = (
        "A Florida law that keeps children under 14 off social media accounts is on hold. A "
        "lawsuit filed by two associations of tech companies stands in its way."
    )
    found = suits(text)
    ccia = "Computer & Communications Industry Association v. Uthmeier"
    assert ("lawsuit", ccia, "flnd") in [(t.split()[-1], n, c) for t, n, c in found]


def test_a_group_word_no_caption_holds_tells_no_suit() -> None:
    text = (
        "A Florida law that keeps children under 14 off social media accounts is on hold. A "
        "lawsuit filed by two chambers of commerce stands in its way."
    )
    assert suits(text) == []


def test_a_possessive_name_only_one_row_lists_is_enough() -> None:
    text = "Attorney General Josh Kaul spoke on Friday. Kaul's case is still pending."
    assert suits(text) == [("Kaul's case", "Kaul v. Urmanski", "wisccirct")]


def test_a_bare_surname_is_not_enough_alone() -> None:
    # (no full name printed: the surname may be another litigant's)
    assert suits("Kaul's case is still pending before the justices.") == []


def test_a_city_says_nothing_of_a_state_courts_suit_but_a_federal_court_rules_it_out() -> None:
    said = "Attorney General Josh Kaul spoke on Friday. "
    assert suits(said + "Kaul's case was filed in Madison.") == [
        ("Kaul's case", "Kaul v. Urmanski", "wisccirct")
    ]
    text = "Kaul's case was filed in the U.S. District Court for the Western District of Wisconsin."
    assert suits(said + text) == []


def test_a_possessive_name_several_rows_list_is_not_enough() -> None:
    # Harvard brought more than one suit of the table: its name alone tells none of them.
    assert suits("Harvard's case is still pending.") == []
