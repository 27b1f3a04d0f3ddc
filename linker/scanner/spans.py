"""Sorted, disjoint spans with logarithmic look-ups: what ``select`` and the passes use to ask
"is this span free?" and "what is the first span after here?" without comparing every pair."""

from __future__ import annotations

import bisect
from operator import attrgetter

# The sort key of mentions in text order, ``(m.start, m.end)``: made in C (a lambda costs a
# Python call a mention, and every follow-up pass sorts what it returns).
by_span = attrgetter("start", "end")


class Intervals:
    """Disjoint ``[start, end)`` spans kept sorted; ``add`` only spans that are ``free``."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def __len__(self) -> int:
        return len(self.starts)

    def free(self, start: int, end: int) -> bool:
        """No kept span overlaps ``[start, end)``."""
        j = bisect.bisect_right(self.ends, start)  # first span ending after start
        return j >= len(self.starts) or self.starts[j] >= end

    def first_overlapping(self, start: int, end: int) -> int | None:
        """The start of the first kept span that overlaps ``[start, end)``, if any."""
        j = bisect.bisect_right(self.ends, start)
        if j < len(self.starts) and self.starts[j] < end:
            return self.starts[j]
        return None

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class SpanSet:
    """Spans that may overlap one another; ``overlaps`` looks only at those that can reach."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._spans = ordered = sorted(spans) if spans else []
        self._starts = [s for s, _ in ordered]
        # (a list, not a generator, for ``max``: the passes make several of these an article)
        self._longest = max([e - s for s, e in ordered]) if ordered else 0

    def overlaps(self, start: int, end: int) -> bool:
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end, lo)
        spans = self._spans
        # (a loop, not ``any`` over a generator: most ranges are empty)
        for i in range(lo, hi):  # noqa: SIM110
            if spans[i][1] > start:
                return True
        return False

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._spans.insert(i, (start, end))
        if end - start > self._longest:
            self._longest = end - start
