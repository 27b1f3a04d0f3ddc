"""What the parts of the rulings pass share: the ruling found (``Found``), the article's
sentences and quotations."""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass

from ...models import quick_init
from ..sentences import sentences
from .courtrefs import CourtRef


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return sentences(text)


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The sentence that holds ``pos`` (the whole text when none does)."""
    spans = sentence_spans(text)
    k = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    if k >= 0 and spans[k][0] <= pos < spans[k][1]:
        return spans[k]
    return (0, len(text))


@quick_init  # built several times an article (see models.quick_init)
@dataclass(frozen=True)
class Found:
    start: int
    end: int
    court: str | None
    anaphor: bool
    confidence: float
    act: str
    ref: CourtRef | None = None
    background: bool = False  # "had blocked": an earlier ruling recalled, not the news
    salient: bool = True  # False for a ruling told as another's object ("a lower court ruling")


def in_quotes(at: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``at`` is inside one of ``quotes`` (sorted, disjoint spans)."""
    i = bisect.bisect_right(quotes, (at, sys.maxsize)) - 1
    return i >= 0 and quotes[i][0] <= at < quotes[i][1]
