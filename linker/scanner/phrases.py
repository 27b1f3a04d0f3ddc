"""A multi-pattern phrase matcher (Aho–Corasick) with word boundaries and case rules.

Thousands of names are matched in one pass over the text. Matching is case-insensitive,
but a capitalised word in the phrase must be capitalised in the text ("the Riot Act" is not
"the riot act"), and an all-capitals abbreviation ("INA", "ACA") must match exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

import ahocorasick

T = TypeVar("T")


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=64)
def normalise_quotes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _is_abbrev(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in phrase.strip()


@dataclass(frozen=True)
class Hit(Generic[T]):
    start: int
    end: int
    phrase: str
    payload: T


class PhraseMatcher(Generic[T]):
    """Find every listed phrase in a text, each hit carrying its payload."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, T]]] = {}
        for phrase, payload in entries:
            phrase = normalise_quotes(phrase.strip())
            if not phrase:
                continue
            table.setdefault(fold(phrase), []).append((phrase, payload))
        for key, items in table.items():
            self._automaton.add_word(key, (key, items))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[Hit[T]]:
        if self._empty:
            return
        norm = normalise_quotes(text)
        folded = fold(norm)
        for end_idx, (key, items) in self._automaton.iter(folded):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
                continue
            if end < len(folded) and (folded[end].isalnum() or folded[end] == "_"):
                continue
            surface = norm[start:end]
            for phrase, payload in items:
                if _case_ok(phrase, surface):
                    yield Hit(start, end, surface, payload)


def _case_ok(phrase: str, surface: str) -> bool:
    if _is_abbrev(phrase):
        return phrase == surface
    # Every capitalised word of the phrase must be capitalised in the text.
    for i, ch in enumerate(phrase):
        if ch.isupper() and (i == 0 or not phrase[i - 1].isalpha()) and not surface[i].isupper():
            return False
    return True
