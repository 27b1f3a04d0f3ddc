"""The Constitution as news tells it in prose (issue 13, ninth session): clause names in the
plural and hyphenated, lists of clauses, the Emoluments Clause, a right named by its words,
amendments with a lowercase head, "the Eighth or Fourteenth Amendment", a state
constitution's subsection, and "the amendment" after one of its sections."""

from __future__ import annotations

import pytest

from conftest import mentions


def _const(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text) if m.kind == "constitution"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # plural and hyphenated spellings of a clause's name
        (
            "What's the point of Appointments Clauses challenges?",
            [("Appointments Clauses", "const:article:2:section:2")],
        ),
        (
            "Must a claimant raise appointments-clause challenges before the agency?",
            [("appointments-clause", "const:article:2:section:2")],
        ),
        # the Emoluments Clause (the foreign one, Art. I, § 9)
        (
            "The president faces a third lawsuit based on the Emoluments Clause this year.",
            [("the Emoluments Clause", "const:article:1:section:9")],
        ),
        # two clauses sharing one plural head
        (
            "The suit claims violations of the Constitution's foreign and domestic "
            "emoluments clauses.",
            [
                ("foreign", "const:article:1:section:9"),
                ("domestic emoluments clauses", "const:article:2:section:1"),
            ],
        ),
        (
            "Readers will hear a lot about the Commerce and the General Welfare clauses.",
            [
                ("Commerce", "const:article:1:section:8"),
                ("the General Welfare clauses", "const:article:1:section:8"),
            ],
        ),
        # a right named by the amendment's words
        (
            "The inmates say the isolation amounts to cruel and unusual punishment.",
            [("cruel and unusual punishment", "const:amendment:8")],
        ),
        (
            "Prosecutors delayed so long that they violated his right to a speedy trial.",
            [("right to a speedy trial", "const:amendment:6")],
        ),
        # an amendment with a lowercase head, when its words are a right's
        (
            "Maybe federal intervention does not violate the 10th amendment?",
            [("10th amendment", "const:amendment:10")],
        ),
        (
            "The 2nd Amendment applies to individuals; no court had struck down a gun law "
            "on second amendment grounds.",
            [("2nd Amendment", "const:amendment:2"), ("second amendment", "const:amendment:2")],
        ),
        # a prefix joined by a hyphen still names the amendment (a gun blog's "anti-Second
        # Amendment" court); a compound ordinal's hyphen does not (below)
        (
            "The Ninth Circuit is notoriously anti-Second Amendment, and a pro-First Amendment "
            "group filed a brief.",
            [("Second Amendment", "const:amendment:2"), ("First Amendment", "const:amendment:1")],
        ),
        # two amendments sharing a singular head
        (
            "The question is whether the approach violates the Eighth or Fourteenth Amendment.",
            [("Eighth", "const:amendment:8"), ("Fourteenth Amendment", "const:amendment:14")],
        ),
    ],
)
def test_prose_shapes(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _const(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Senators adopted the second amendment to the bill on Tuesday.",
        "The first amendment offered by Sen. Smith failed.",
        "The 3rd amendment was withdrawn before the vote.",
        # a list of two clauses only one of which the table knows is no list
        "The state and federal governments disagree about the Commerce Clause's reach.",
        # another country's amendment act, its ordinal hyphenated
        "The bench struck down the Constitution (Ninety-ninth Amendment) Act, 2014.",
    ],
)
def test_not_the_constitution(sentence: str) -> None:
    assert all(m.text != "first amendment" for m in mentions(sentence))
    found = _const(sentence)
    assert not [t for t, _a in found if "amendment" in t.lower()]
    assert ("state", "const:article:1:section:8") not in found


def test_right_restating_the_amendment_named_before_is_not_a_second_mention() -> None:
    text = (
        "The deputies violated their Fourth Amendment rights against unreasonable searches "
        "and seizures, the suit says."
    )
    assert _const(text) == [("Fourth Amendment", "const:amendment:4")]


def test_state_constitution_subsection_is_the_state_section() -> None:
    text = (
        "The case challenged Article III, Section 2(a) of the Missouri Constitution, a "
        "provision enacted through a 2018 ballot initiative."
    )
    assert _const(text) == [
        ("Article III, Section 2(a) of the Missouri Constitution", "state:mo:const:3-2")
    ]


def test_the_amendment_after_a_section_is_the_whole_amendment() -> None:
    text = (
        "Until recently, Section 3 of the 14th Amendment was an obscure part of the U.S. "
        "Constitution. The amendment is better known for its first section."
    )
    found = _const(text)
    assert ("Section 3 of the 14th Amendment", "const:amendment:14:section:3") in found
    assert ("The amendment", "const:amendment:14") in found


@pytest.mark.parametrize(
    "text",
    [
        # a bare article and section repeating a state constitution's
        "The court held that the ordinance violated Article I, Section 1 of the Pennsylvania "
        "Constitution. Article I, Section 1 gives property owners the right to enjoy their "
        "property.",
        # a clause that a state constitution's article holds
        "The rule does not violate the equal protection clause in Article I, Section 26 of the "
        "Pennsylvania Constitution, the court found.",
        # a state constitution's words, not the Fourth Amendment's
        "Article I, Section 10 of the South Carolina Constitution says the people shall be "
        "secure against unreasonable searches and seizures and unreasonable invasions of "
        "privacy.",
    ],
)
def test_a_state_constitution_is_not_the_us_one(text: str) -> None:
    assert not [a for _t, a in _const(text) if a and a.startswith("const:")]


def test_abbreviated_article_and_section_in_prose() -> None:
    text = (
        "The domestic emoluments clause (Art. II, § 1, cl. 7) refers to the president; the "
        "privacy clause (ALASKA, Art. I, § 2) does not."
    )
    found = _const(text)
    assert ("Art. II, § 1, cl. 7", "const:article:2:section:1") in found
    assert not [t for t, a in found if t.startswith("Art. I,")]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The former aide pleaded the Fifth more than 100 times.", "the Fifth"),
        ("W and his lawyer then usually invoke the fifth and report that W declines.", "the fifth"),
        ("How do I plead the 5th?", "the 5th"),
        ("She took the Fifth when asked about the payments.", "the Fifth"),
    ],
)
def test_the_fifth_by_its_idiom(sentence: str, surface: str) -> None:
    assert _const(sentence) == [(surface, "const:amendment:5")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lakers took the fifth seed in the West.",
        "She took the fifth spot in the standings.",
        "He was taking the 5th grade math test.",
    ],
)
def test_the_fifth_as_an_ordinal_is_not_the_amendment(sentence: str) -> None:
    assert _const(sentence) == []


def test_amendment_by_roman_numeral() -> None:
    assert _const("Amendment VI guarantees the accused a speedy and public trial.") == [
        ("Amendment VI", "const:amendment:6")
    ]
    assert _const("Voters approved Amendment 4 in November.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One right protected by Montana's 1972 Constitution is the right to a clean and "
            "healthful environment (Article II, Section 3).",
            ("Article II, Section 3", "state:mt:const:2-3"),
        ),
        (
            "Delegates gathered to sign a new state Constitution.\n\nArticle II Section 3: All "
            "persons are born free.",
            None,
        ),
        (
            "The U.S. Constitution gives the president a duty under Article II, Section 3 to take "
            "care that the laws be faithfully executed.",
            ("Article II, Section 3", "const:article:2:section:3"),
        ),
    ],
)
def test_a_bare_article_belongs_to_the_constitution_named_before_it(
    text: str, expected: tuple[str, str] | None
) -> None:
    found = [(t, a) for t, a in _const(text) if t.startswith("Article")]
    assert found == ([expected] if expected else [])


def test_a_section_of_an_amendment_named_again_by_its_number() -> None:
    text = (
        "The Colorado Supreme Court ruled that Section 3 of the 14th Amendment bars him from "
        "the ballot. Section 3 was written after the Civil War; Section Three had rarely been "
        "used. Section 3(b) of the bill and Section 3 of the act are other things."
    )
    found = _const(text)
    assert found.count(("Section 3", "const:amendment:14:section:3")) == 1
    assert ("Section Three", "const:amendment:14:section:3") in found
    assert not [t for t, _a in found if t.startswith("Section 3(") or t == "Section 3 of the act"]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "The court held that Trump is disqualified under Section Three of the Fourteenth "
            "Amendment.",
            "Section Three of the Fourteenth Amendment",
        ),
        (
            "He was not disqualified from holding office under Section 3 of the US "
            "Constitution's Fourteenth Amendment.",
            "Section 3 of the US Constitution's Fourteenth Amendment",
        ),
    ],
)
def test_a_section_of_an_amendment_in_words_or_through_the_constitution(
    sentence: str, surface: str
) -> None:
    assert _const(sentence) == [(surface, "const:amendment:14:section:3")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gun owners say the county's ordinance tramples their 2A rights.",
            [("2A", "const:amendment:2")],
        ),
        ("The Class 2A state championship is on Friday.", []),
        (
            "The suit claims the law infringes the right to bear arms.",
            [("the right to bear arms", "const:amendment:2")],
        ),
        (
            "The Second Amendment protects the right to keep and bear arms, the court said.",
            [("Second Amendment", "const:amendment:2")],
        ),
    ],
)
def test_the_second_amendment_by_shorthand_and_words(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _const(sentence) == expected
