"""The one scan of ``sentences.marks`` finds what the three patterns it joins find alone.

Sentence ends, numbers before a capital (eyecite's prefilter) and state bill numbers' first
letters are found in one pass over the text; each list must be what its own pattern's
``finditer`` gives, whatever the text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linker.scanner.sentences import (
    NUMBER_BEFORE_CAPITAL,
    SENTENCE_END,
    STATE_BILL_START,
    marks,
    split_sentences,
)


def _alone(text: str) -> tuple[list[int], list[int], list[int]]:
    return (
        [m.end() for m in SENTENCE_END.finditer(text)],
        [m.start() for m in NUMBER_BEFORE_CAPITAL.finditer(text)],
        [m.start() for m in STATE_BILL_START.finditer(text)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The court ruled. Then it stopped.\nSB 8 passed in 2021.",
        "Gonzalez v. Google LLC, 143 S. Ct. 1191 (2023). Next, 2017-Ohio-1234 held.",
        "In 2024\nHistoric trial. Sen. Cruz and U.S. Rep. Smith spoke. “Yes.” He left.",
        "House Bill 1234, Assembly Bill No. 12, LB 574 and H.R. 5376 (2022) were read.",
        "5 SB 8 and 7 HB 2 — 9\nAB 3.\n\nSection 230 of Title 47. A. B. C.",
        'He said "no." Then: 10 U.S.C. 252! Why? 3 Louisiana laws.',
    ],
)
def test_one_scan_finds_what_three_find(text: str) -> None:
    assert tuple(marks(text)) == _alone(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("SHALsBhx0159 .!?\n\t“”\"'-()R"), max_size=80))
def test_one_scan_finds_what_three_find_in_any_text(text: str) -> None:
    assert tuple(marks(text)) == _alone(text)
    ends = [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    spans = [(a, b) for a, b in zip([0, *ends[:-1]], ends, strict=True) if b > a]
    assert split_sentences(text) == spans
