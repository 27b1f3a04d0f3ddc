"""Helpers that keep many-pattern scans fast: trie-shaped alternations, keyword windows.

Compile a word list into one regex alternation shaped like a trie.

Python's ``re`` tries the branches of ``(?:a|b|c…)`` one by one at every position; for
hundreds of place names that dominates a scan. Factoring shared prefixes lets a failing
position be rejected on its first character.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator

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


WORD_START = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z]")


def head_matches(
    text: str,
    pat: re.Pattern[str],
    heads: list[tuple[int, int]],
    reach: int,
    starts: re.Pattern[str] | Callable[[str, int, int], Iterable[int]] = WORD_START,
    ws: int = 0,
    we: int | None = None,
) -> Iterator[re.Match[str]]:
    """What ``pat.finditer(text, ws, we)`` finds when every match of ``pat`` holds one of the
    ``heads`` (sorted anchor hits) no further than ``reach`` after its start, and starts where
    ``starts`` matches: only those positions shortly before a head are tried, not every
    position of the text. ("a federal judge in Oregon" ends in its head word "judge"; "his
    31-page ruling" in "ruling".)"""
    end = len(text) if we is None else we
    match = pat.match
    scan = starts.finditer if isinstance(starts, re.Pattern) else None
    i = bisect.bisect_left(heads, (ws, 0))
    n = len(heads)
    done = ws  # like finditer, resume after each match and never look behind it again
    # (one loop, the first match at each head written out in it: the scanner's hottest)
    while i < n:
        h = heads[i][0]
        if h >= end:
            return
        i += 1
        while done <= h:
            lo = h - reach if h - reach > done else done
            # the first place a match may start: each ``starts`` hit from ``lo`` (or what
            # ``starts(text, lo, h)`` gives, in order), then the head itself (a head inside a
            # word, as "blocked" in "unblocked", is tried too)
            m = None
            last = -1
            if scan is not None:
                for c in scan(text, lo, h + 1):
                    last = c.start()
                    m = match(text, last, end)
                    if m is not None:
                        break
            else:
                for last in starts(text, lo, h):  # type: ignore[operator]
                    m = match(text, last, end)
                    if m is not None:
                        break
            if m is None and last != h and h >= lo:
                m = match(text, h, end)
            if m is None:
                done = h + 1
                break
            yield m
            done = m.end()  # a match that ends before this head: look again after it


def at_word_start(branches: Iterable[str]) -> str:
    """``\\b(?:a|b|…)`` for branches that each open on a plain letter, written so that a regex
    engine can skip ahead to their first letters: each branch opens on its letter, the word
    boundary before it asked by looking behind after it ("w(?<!\\w.)as|h(?<!\\w.)ad").
    Python's engine tries a pattern opening on ``\\b`` at every position of the text."""
    out: list[str] = []
    for b in branches:
        if not (b[:1].isascii() and b[:1].isalpha() and b[1:2] not in ("?", "*", "+", "{")):
            raise ValueError(f"a branch that opens on no plain letter: {b!r}")
        out.append(b[0] + r"(?<!\w.)" + b[1:])
    return "(?:" + "|".join(out) + ")"


def is_word_char(c: str) -> bool:
    """What ``\\w`` is to Python's regex engine: a letter, a digit or an underscore."""
    return c.isalnum() or c == "_"


def whole_word(text: str, i: int, j: int) -> bool:
    """Whether ``text[i:j]`` is not part of a longer word on either side."""
    return (i == 0 or not is_word_char(text[i - 1])) and (
        j >= len(text) or not is_word_char(text[j])
    )


def find_all(text: str, word: str, start: int = 0) -> list[int]:
    """Every place ``word`` occurs in ``text`` from ``start`` (``str.find``, overlaps
    included): a literal is found many times faster so than by a regex opening on ``\\b``."""
    out: list[int] = []
    i = text.find(word, start)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def matches_at(pat: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pat.finditer(text)`` finds when every match starts at one of ``starts`` (in
    increasing order): ``pat`` is tried only there, and, as finditer, never again inside a
    match it has found."""
    done = 0
    for at in starts:
        if at >= done and (m := pat.match(text, at)) is not None:
            yield m
            done = max(m.end(), at + 1)


def words_in(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """Every whole-word occurrence of ``words`` as ``(start, end, word)``, as
    ``re.finditer(rf"\\b(?:{trie_regex(words)})\\b", text)`` finds them (the longest word
    at the leftmost place, none overlapping), with ``str.find``: an article's own few names
    (its judges, its parties) would otherwise cost a regex compiled for that article."""
    found: list[tuple[int, int, str]] = []
    size = len(text)
    for w in set(words):
        if not w:
            continue
        for i in find_all(text, w):
            j = i + len(w)
            if (i == 0 or not is_word_char(text[i - 1]) or not is_word_char(w[0])) and (
                j >= size or not is_word_char(text[j]) or not is_word_char(w[-1])
            ):
                found.append((i, j, w))
    found.sort(key=lambda h: (h[0], -h[1]))
    out: list[tuple[int, int, str]] = []
    done = 0
    for h in found:
        if h[0] >= done:
            out.append(h)
            done = h[1]
    return out


def term_uses(text: str, term: str, pos: int) -> list[tuple[int, int]]:
    """Every later use of a term the article defined (``term`` from ``pos`` on) as a whole
    word, with a "the " before it taken in: the spans of "the Final Delay Rule" after "(the
    “Final Delay Rule”)"."""
    out: list[tuple[int, int]] = []
    while (i := text.find(term, pos)) >= 0:
        pos = i + len(term)
        if text[pos : pos + 1].isalnum() or (i and text[i - 1].isalnum()):
            continue
        s = i - 4 if text[max(0, i - 4) : i] in ("the ", "The ") else i
        out.append((s, pos))
    return out
