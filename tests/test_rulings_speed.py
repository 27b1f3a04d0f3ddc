"""The rulings pass's cheaper searches find what the plainer ones they replace find (ninth
session, speed): start patterns that open on a letter instead of a word boundary, the
titled-judge pattern tried only before its "Judge", a case looked for only where its clues
stand. Checked on the open corpora and on sentences of our own."""

from __future__ import annotations

import re

import pytest

from conftest import OPEN_CORPORA
from linker.bench import news_texts
from linker.scanner import Doc
from linker.scanner.rulings import nouns as N
from linker.scanner.rulings.courtpatterns import _HEADED, PATTERN_WORDS, _compiled
from linker.scanner.rulings.words import CASE_NAME, RN, RN_DET
from linker.scanner.trie import head_matches

_OPEN = OPEN_CORPORA

_OWN = [
    "The judge's ruling stands. Their decision, this order and that opinion: my dissent.",
    "Monday's ruling, Today's decision and last week's order; an injunction, a verdict.",
    "éThe ruling. x the decision. Sunday’s order, Wednesday's stay, Friday's judgment.",
    "U.S. District Judge April Perry ruled. 15th Judicial District Judge Edward Rubin said.",
    "Senior U.S. District Judge Charles Breyer in San Francisco blocked it. Judge Blocks Law",
    "the court in Smith v. Jones held; The Oregon decision; the ruling in Dobbs v. Jackson.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [*news_texts(_OPEN), *_OWN] if _OPEN else list(_OWN)


def test_determiner_starts_hold_every_start_of_the_pattern(texts: list[str]) -> None:
    # (what ``RN`` opens on: a determiner and white space; tenth session, s10-speed3)
    plain = re.compile(rf"\b{RN_DET}\s")
    for t in texts:
        fast = {m.start() for m in N._DET_START.finditer(t)}
        assert {m.start() for m in plain.finditer(t)} <= fast


def test_the_starts_are_the_plain_pattern(texts: list[str]) -> None:
    plain = re.compile(r"\b[Tt]he\b")
    for t in texts:
        for lo in (0, 1, 5):
            assert [m.span() for m in N._THE_START.finditer(t, lo)] == [
                m.span() for m in plain.finditer(t, lo)
            ]


def test_ruling_nouns_found_before_heads_as_everywhere(texts: list[str]) -> None:
    for t in texts:
        heads = Doc.of(t).hits(N.NOUN_HEADS.name)
        fast = [m.span() for m in head_matches(t, RN, heads, N._NOUN_REACH, N._DET_START)]
        assert fast == [m.span() for m in RN.finditer(t)]


def test_titled_judges_found_before_judge_as_in_their_windows(texts: list[str]) -> None:
    anchor = PATTERN_WORDS["titled_judge"]
    name, reach, starts = _HEADED["titled_judge"]
    pat = _compiled("titled_judge")
    for t in texts:
        doc = Doc.of(t)
        for ws, we in doc.windows(anchor.name):
            fast = head_matches(t, pat, doc.hits(name), reach, starts, ws, we)
            assert [m.span() for m in fast] == [m.span() for m in pat.finditer(t, ws, we)]


def test_every_case_name_holds_a_clue(texts: list[str]) -> None:
    for t in texts:
        for m in CASE_NAME.finditer(t):
            assert N._CASE_CLUE.search(m.group(0)) is not None, m.group(0)
    assert N._CASE_CLUE.search("no case here, the judge's decision") is None


_COURTS_ABROAD = [
    "Britain's Supreme Court ruled; the European Court of Human Rights and the apex court.",
    "the Delhi High Court, Birmingham Crown Court, the Federal Constitutional Court agreed.",
    "the U.S. Tax Court, the Court of Federal Claims and the United States Court of Appeals "
    "for the District of Columbia heard it; the Court of Appeal in London.",
    "the Wisconsin Supreme Court, Texas' highest criminal court, the state's top court and the "
    "Supreme Court of Ohio; the Court of International Trade; a split state Supreme Court.",
]


def test_every_match_of_a_gated_kind_holds_its_word(texts: list[str]) -> None:
    """The court phrases search a rare kind's windows only where they hold its word."""
    from linker.scanner.rulings.courtrefs import _MUST_HOLD

    found = 0
    for kind, must in _MUST_HOLD.items():
        pat = _compiled(kind)
        for t in [*texts, *_COURTS_ABROAD]:
            for m in pat.finditer(t):
                found += 1
                assert must in m.group(0), (kind, m.group(0))
    assert found >= 10
