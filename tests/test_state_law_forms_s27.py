"""State laws told by description or count (twenty-seventh session, census40 P6): "the law
which <did> <topic>" in a story of one state, no federal law fitting it, is that state's law
whose topic the clause tells (``described_laws``), before the anaphor takes it for the last
act named; a count of a state's laws ("two Norland statutes") is the laws the article names,
or the known suit it names challenges, when exactly that many (``statecounts``). Made-up
sentences."""

from __future__ import annotations

import pytest

from conftest import mentions
from linker.datafiles import Lawsuit
from linker.scanner import statecounts

HB971 = "state:mt:bill:hb971"  # the Montana law on greenhouse gas analysis in permitting


def _statutes(text: str, date: str | None = "2024-12-20") -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == "statute"]


_OPENING = (
    "The Montana Supreme Court sided with the young plaintiffs on Wednesday, in a case over "
    "the Montana Environmental Policy Act.\n\n"
)


def test_the_law_which_is_the_states_law_of_that_topic() -> None:
    text = _OPENING + (
        "The justices held that the law which barred agencies from analyzing greenhouse gas "
        "emissions in permitting decisions cannot stand."
    )
    found = _statutes(text)
    assert any(t.startswith("the law which barred") and a == HB971 for t, a in found)


def test_a_clause_of_too_few_topic_words_is_left_to_the_anaphor() -> None:
    text = _OPENING + "The justices held that the law which barred some decisions cannot stand."
    assert all(a != HB971 for _, a in _statutes(text))


def test_a_sentence_about_congress_is_no_states_law() -> None:
    text = _OPENING + (
        "Congress never passed the law that barred agencies from analyzing greenhouse gas "
        "emissions in permitting decisions."
    )
    assert all(a != HB971 for _, a in _statutes(text))


def test_an_article_of_no_state_links_nothing() -> None:
    text = (
        "The appeals court sided with the plaintiffs on Wednesday.\n\n"
        "The judges held that the law which barred agencies from analyzing greenhouse gas "
        "emissions in permitting decisions cannot stand."
    )
    assert all(a != HB971 for _, a in _statutes(text))


# Two Montana laws of 2023 the scanner links by their numbers (``state_acts.csv`` rows)
_TWO_LAWS = (
    " Senate Bill 99 restricts medical care for transgender minors, and House Bill 359 bars "
    "minors from drag shows."
)


def _counted(text: str) -> list[tuple[str, str | None]]:
    return [(t, a) for t, a in _statutes(text, "2024-01-10") if t.lower().startswith("two")]


def test_a_count_of_a_states_laws_is_the_laws_it_names() -> None:
    text = "HELENA, Mont. — A judge on Friday blocked two Montana laws." + _TWO_LAWS
    assert _counted(text) == [("two Montana laws", "state:mt:bill:sb99")]


def test_a_count_of_the_legislatures_laws_of_a_year() -> None:
    text = "HELENA, Mont. — A judge blocked two laws passed by the 2023 Legislature." + _TWO_LAWS
    assert _counted(text) == [("two laws passed by the 2023 Legislature", "state:mt:bill:sb99")]


def test_a_count_of_another_years_laws_links_nothing() -> None:
    text = "HELENA, Mont. — A judge blocked two laws passed by the 2021 Legislature." + _TWO_LAWS
    assert all(a is None for _, a in _counted(text))


def test_a_count_other_than_the_laws_named_links_nothing() -> None:
    text = "HELENA, Mont. — A judge on Friday blocked three Montana statutes." + _TWO_LAWS
    assert not any(t.startswith("three") for t, _ in _statutes(text, "2024-01-10"))


def test_a_count_with_no_law_of_the_state_named_links_nothing() -> None:
    text = "HELENA, Mont. — A judge on Friday blocked two Montana laws on drag shows."
    assert _counted(text) == []


def test_a_count_is_the_laws_the_named_suit_challenges(monkeypatch: pytest.MonkeyPatch) -> None:
    # a suit row of the test's own (none of the data's): two Montana laws it challenges
    suit = Lawsuit(
        name="Larkin v. State of Montana",
        court="mtjdct",
        docket=None,
        judges=(),
        challenges=("state:mt:bill:hb359", "state:mt:bill:sb99"),
        parties=(),
        filed="2023",
        reviewed_as=(),
        source="made up for the test",
    )
    monkeypatch.setattr(statecounts, "_suits_by_caption", lambda: {"larkin v montana": (suit,)})
    text = (
        "HELENA, Mont. — The state's high court on Friday struck down two Montana statutes in "
        "Larkin v. Montana, a case brought by parents."
    )
    assert _counted(text) == [("two Montana statutes", "state:mt:bill:hb359")]
    monkeypatch.setattr(statecounts, "_suits_by_caption", lambda: {})
    assert _counted(text) == []
