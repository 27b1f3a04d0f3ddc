"""Every ruling verb in ``linker/data/ruling_verbs.csv`` is tried on its own two sentences: the
example (a court's ruling) is found as a ruling that holds the verb, the counterexample (the
same verb in other news) is not a ruling at all."""

from __future__ import annotations

import re

import pytest

from conftest import mentions
from linker.scanner.rulings.verbforms import past_of, present_of, verb_rows

ROWS = verb_rows()


def _label(row: object) -> str:
    return getattr(row, "verb", "") or getattr(row, "pattern", "")[:30]


@pytest.mark.parametrize("row", ROWS, ids=_label)
def test_the_example_is_a_ruling_with_its_verb(row) -> None:  # type: ignore[no-untyped-def]
    verb = re.compile(row.pattern or r"\s+".join(map(re.escape, row.past.split())))
    rulings = [m for m in mentions(row.example, "2025-06-02") if m.kind == "ruling"]
    # the verb phrase starts inside the mention (a pattern may look ahead past its end:
    # "agreed with the challengers (?=that)")
    starts = [verb.search(row.example, m.start) for m in rulings]
    inside = [v is not None and v.start() < m.end for v, m in zip(starts, rulings, strict=True)]
    assert any(inside), (row.example, rulings)


@pytest.mark.parametrize("row", ROWS, ids=_label)
def test_the_counterexample_is_no_ruling(row) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in mentions(row.counterexample, "2025-06-02") if m.kind == "ruling"]
    assert found == [], row.counterexample


def test_inflections_are_generated_as_news_writes_them() -> None:
    assert [past_of(v) for v in ("block", "deny", "rule", "side with", "stay")] == [
        "blocked", "denied", "ruled", "sided with", "stayed",
    ]  # fmt: skip
    assert [present_of(v) for v in ("toss", "deny", "strike down", "stay")] == [
        "tosses", "denies", "strikes down", "stays",
    ]  # fmt: skip


def test_forms_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    """``active_verbs`` groups the branches behind their first letter (the engine then tries
    only one letter's branches at a place): the same matches as the plain alternation."""
    from linker.scanner.rulings.verbforms import by_first_letter

    forms = ["blocked", "barred", "a|b", "struck\\s+down", "sent\\s+back", "s?x", "\\d+"]
    grouped = re.compile(f"(?:{by_first_letter(forms)})\\b")
    plain = re.compile(f"(?:{'|'.join(forms)})\\b")
    for text in ("blocked it", "barred", "struck  down", "sent back", "x", "sx", "12", "a", "b"):
        g, p = grouped.match(text), plain.match(text)
        assert (g and g.group(0)) == (p and p.group(0)), text
