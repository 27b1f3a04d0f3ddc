"""The one lexicon: the plain words every part of linker reads dates, presidents and numbers by.

``linker/data/lexicon.csv`` (``category,word,value,source``) lists months and their news
abbreviations, weekdays, presidents (by the surname news uses, with their numbers), ordinals
and number words. It is read once per process; patterns built from it are cached. Ruling verbs,
with their generated inflections and example sentences, are in ``ruling_verbs.csv`` (see
``linker.scanner.rulings.verbforms``).
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Presidents since 2001: whose orders, rules and suits today's news names by surname alone.
RECENT_FROM = 43


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    with (DATA / "lexicon.csv").open(encoding="utf-8", newline="") as f:
        return tuple((r["category"], r["word"], r["value"]) for r in csv.DictReader(f))


def words(category: str) -> tuple[str, ...]:
    """The words of ``category``, in the table's order."""
    return tuple(w for c, w, _ in _rows() if c == category)


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations, lower-case, to their number (``"sept"`` → 9)."""
    return {w.lower(): int(v) for c, w, v in _rows() if c in ("month", "month_abbr", "month_short")}


@cache
def weekdays() -> tuple[str, ...]:
    """Monday to Sunday, lower-case, in ISO order (``date.weekday()`` indexes it)."""
    return tuple(w.lower() for w in words("weekday"))


@cache
def presidents(recent: bool = False) -> tuple[str, ...]:
    """Presidents' surnames, most recent first; ``recent``: those since 2001 only."""
    out = []
    for c, w, v in _rows():
        if c != "president":
            continue
        if recent and max(int(n) for n in v.split("|")) < RECENT_FROM:
            continue
        out.append(w)
    return tuple(out)


@cache
def ordinals() -> dict[str, int]:
    return {w: int(v) for c, w, v in _rows() if c == "ordinal"}


@cache
def numbers() -> dict[str, int]:
    return {w: int(v) for c, w, v in _rows() if c == "number"}


def alternation(items: tuple[str, ...] | list[str]) -> str:
    """A non-capturing regex alternation of literal words, in the order given."""
    import re

    return "(?:" + "|".join(re.escape(w) for w in items) + ")"
