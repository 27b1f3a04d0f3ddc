"""Helpers that keep many-pattern scans fast: trie-shaped alternations, keyword windows.

Compile a word list into one regex alternation shaped like a trie.

Python's ``re`` tries the branches of ``(?:a|b|c…)`` one by one at every position; for
hundreds of place names that dominates a scan. Factoring shared prefixes lets a failing
position be rejected on its first character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_regex(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly the given words (longest first)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not root:
        return "(?!)"
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = _END in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def keyword_windows(
    text: str, keywords: re.Pattern[str], *, before: int, after: int
) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` spans around every keyword hit: where a pattern that must
    contain one of the keywords can match (given its reach before and after the keyword)."""
    out: list[tuple[int, int]] = []
    for m in keywords.finditer(text):
        s, e = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
