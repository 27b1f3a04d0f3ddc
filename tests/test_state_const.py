"""A state's constitution by article and section (issue 13, point 5; SPEC §2
``state:POSTAL:const:ARTICLE[-SECTION]``), and never the U.S. Constitution's article."""

from __future__ import annotations

import pytest

from conftest import mentions


@pytest.mark.parametrize(
    ("sentence", "surface", "authority"),
    [
        (
            "The Wisconsin Supreme Court said Article IV, Section 4 of the Wisconsin "
            "Constitution requires compact districts.",
            "Article IV, Section 4 of the Wisconsin Constitution",
            "state:wi:const:4-4",
        ),
        (
            "The justices cited Section 7 of Article I of the Florida Constitution.",
            "Section 7 of Article I of the Florida Constitution",
            "state:fl:const:1-7",
        ),
        (
            "Lawyers argued the Texas Constitution's Article I, Section 3a bars the policy.",
            "the Texas Constitution's Article I, Section 3a",
            "state:tx:const:1-3a",
        ),
        (
            "Privacy is protected by the Florida Constitution (Art. I, § 23), the court said.",
            "the Florida Constitution (Art. I, § 23)",
            "state:fl:const:1-23",
        ),
        (
            "The brief relies on Wis. Const. art. IV, § 4 and nothing else.",
            "Wis. Const. art. IV, § 4",
            "state:wi:const:4-4",
        ),
        (
            "Article I of the Texas Constitution guarantees equality under the law.",
            "Article I of the Texas Constitution",
            "state:tx:const:1",
        ),
        (
            "The Pennsylvania Supreme Court ruled on Tuesday. It held that Article I, Section 5 "
            "of the state constitution guarantees free and equal elections.",
            "Article I, Section 5 of the state constitution",
            "state:pa:const:1-5",
        ),
    ],
)
def test_an_article_of_a_state_constitution(sentence: str, surface: str, authority: str) -> None:
    found = [(m.text, m.authority, m.kind) for m in mentions(sentence)]
    assert (surface, authority, "constitution") in found


def test_the_state_constitution_of_no_single_state_is_neither() -> None:
    text = "Ohio and Michigan differ: Article I, Section 1 of the state constitution applies."
    assert mentions(text) == []


def test_the_us_constitution_keeps_its_articles() -> None:
    found = [m.authority for m in mentions("He cited Article I, Section 8 of the Constitution.")]
    assert found == ["const:article:1:section:8"]


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        (
            "The Ohio Supreme Court ruled Tuesday. It held that the state constitution "
            "protects the right.",
            "the state constitution",
            "Ohio",
        ),
        ("Ohio's constitution was amended in 2023.", "Ohio's constitution", "Ohio"),
        (
            "Lawyers cited the Constitution of the State of New York in their brief.",
            "the Constitution of the State of New York",
            "New York",
        ),
        (
            "Critics say the Texas state constitution forbids it.",
            "the Texas state constitution",
            "Texas",
        ),
        (
            "Arizona lawmakers passed the budget in June. Months later, judges said the "
            "constitution’s “title provision” had been ignored.",
            "the constitution’s “title provision”",
            "Arizona",
        ),
    ],
)
def test_a_state_constitution_named_with_no_article_links_to_its_overview(
    text: str, surface: str, state: str
) -> None:
    """No id (SPEC §2 has none for a whole constitution, and no section is guessed): a
    mention named for the state, linked to an overview of that constitution."""
    got = [m for m in mentions(text) if m.kind == "constitution"]
    assert [(m.text, m.authority, m.name) for m in got] == [
        (surface, None, f"{state} Constitution")
    ]
    assert got[0].url == "https://ballotpedia.org/" + f"{state} Constitution".replace(" ", "_")


@pytest.mark.parametrize(
    "text",
    [
        "The Constitution's commerce clause applies to every state.",
        "The state constitution is long.",  # which state: none named
        "Ohio and Texas sued; the state constitution was not at issue.",  # two states
        "Article I, Section 5 of the Pennsylvania Constitution guarantees free elections.",
    ],
)
def test_no_whole_state_constitution_without_one_state(text: str) -> None:
    got = [m for m in mentions(text) if m.kind == "constitution" and m.authority is None]
    assert got == []


def test_an_article_and_section_in_lower_case_are_the_states() -> None:
    text = (
        "The proposed amendment complies with the single-subject requirement of article XI, "
        "section 3 of the Florida Constitution, the court said."
    )
    got = [(m.text, m.authority) for m in mentions(text) if m.kind == "constitution"]
    assert got == [("article XI, section 3 of the Florida Constitution", "state:fl:const:11-3")]


def test_an_eighth_or_later_article_is_the_one_state_constitutions_the_story_names() -> None:
    text = (
        "The amendment reads: “Except as provided in Article X, Section 22, no law shall "
        "prohibit abortion before viability.” The court found it complies with the Florida "
        "Constitution. Article II, Section 1 was not at issue."
    )
    got = [(m.text, m.authority) for m in mentions(text) if m.kind == "constitution"]
    # Article X cannot be the U.S. Constitution's (it has seven); Article II could be
    assert ("Article X, Section 22", "state:fl:const:10-22") in got
    assert not any(t.startswith("Article II") and (a or "").startswith("state:") for t, a in got)


def test_a_bare_article_stays_unlinked_when_two_state_constitutions_are_named() -> None:
    text = (
        "Article X, Section 22 is cited in both the Florida Constitution and the Ohio "
        "Constitution, lawyers said."
    )
    got = [m.text for m in mentions(text) if m.kind == "constitution"]
    assert "Article X, Section 22" not in got


def test_a_sentences_own_state_beats_the_one_before() -> None:
    """A digest of states' rulings: each sentence's "the state constitution" is the state the
    sentence opens on, not ambiguous because the paragraph before named another."""
    text = (
        "In Iowa, the court found that the ban stands.\n\n"
        "In Oklahoma, the court found that the ban violates an inherent rights clause in the "
        "state constitution.\n\n"
        "In North Dakota, the court read the inalienable rights clause of the state's "
        "constitution."
    )
    found = {m.authority for m in mentions(text, "2024-06-24") if m.kind == "constitution"}
    assert found == {"state:ok:const:2-2", "state:nd:const:1-1"}


def test_privacy_clauses_of_states_that_have_one() -> None:
    text = (
        "The South Carolina Supreme Court read the privacy clause of the state constitution "
        "narrowly."
    )
    found = [m for m in mentions(text, "2024-06-24") if m.kind == "constitution"]
    assert [m.authority for m in found] == ["state:sc:const:1-10"]
