"""Sections named by their number alone, from real news sentences: the act the article named
before decides, or the few sections news calls by number — and the near misses."""

from __future__ import annotations

import pytest

from conftest import mentions


def sections(text: str) -> list[tuple[str, str | None, bool]]:
    return [
        (m.text, m.authority, m.anaphor)
        for m in mentions(text, "2025-06-01")
        if m.text.lower().startswith("section")
    ]


def test_a_bare_section_of_the_act_named_before_is_that_section() -> None:
    text = (
        "The Voting Rights Act bars discriminatory maps. The justices held in Allen v. "
        "Milligan that Alabama's map likely violated Section 2."
    )
    assert sections(text) == [("Section 2", "usc:52:10301", False)]


@pytest.mark.parametrize(
    ("text", "surface", "authority"),
    [
        ("The administration imposed Section 232 tariffs on steel and aluminum.",
         "Section 232", "usc:19:1862"),
        ("USTR opened a Section 301 investigation into Chinese shipbuilding.",
         "Section 301", "usc:19:2411"),
        ("Congress voted to renew Section 702, the warrantless surveillance program.",
         "Section 702", "usc:50:1881a"),
    ],
)  # fmt: skip
def test_sections_news_calls_by_number(text: str, surface: str, authority: str) -> None:
    assert sections(text) == [(surface, authority, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Section 232 of the county charter sets the mayor's term.",  # another law's
        "The landlord cited Section 232 in the lease dispute.",  # no word of trade
        "Section 2 of the contract was disputed in court.",
        "The company cited section 12 in its filing.",
        # two acts named before, both with a section 2: ambiguous
        "The Voting Rights Act and the Sherman Act were cited. Lawyers invoked Section 2.",
    ],
)
def test_a_bare_section_with_nothing_to_tie_it_to_stays_plain(text: str) -> None:
    assert [s for s in sections(text) if s[1]] == []


def test_a_subsection_stays_in_the_span_and_links_its_section() -> None:
    text = (
        "The National Labor Relations Board sued under the National Labor Relations Act. "
        "Courts weighing Section 10(j) requests must apply the usual four factors."
    )
    assert sections(text) == [("Section 10(j)", "usc:29:160", False)]
