"""Regexes compiled with their optional groups matched as alternations.

CPython's regex engine (3.11) runs an optional group ``(?:the\\s+)?`` that can match more
than one character through its general repeat machinery, which allocates a repeat context
each time the group is tried: an attempt of a court pattern at a word start spends about half
its work there. The alternation ``(?:the\\s+|)`` tries the same two things in the same order
(the group first, then nothing) with a plain branch, at a fraction of the cost. ``compile``
parses a pattern with ``re``'s own parser, rewrites each greedy ``X?`` whose ``X`` is more
than one character into that alternation (a capturing group stays inside it, so it is unset,
never empty, when skipped) and compiles the result: the pattern matches exactly what
``re.compile`` of its source matches, with the same groups. On a Python whose ``re``
internals differ, it is ``re.compile``."""

from __future__ import annotations

import re
from typing import Any

try:  # (CPython's own parser and code generator; absent or different elsewhere)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re._constants import (  # type: ignore[import-not-found]
        ASSERT,
        ASSERT_NOT,
        ATOMIC_GROUP,
        BRANCH,
        GROUPREF_EXISTS,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        SUBPATTERN,
    )
except ImportError:  # pragma: no cover
    _parser = None

# An alternation of more branches than this is a word list's trie (``trie_regex`` of the
# places: thousands of nodes); walking it cost a pattern's compiling (on an article's first
# scan: start-up) about an eighth more, for little: its optional groups are tried only
# inside a word of the list, so they are left as ``re`` compiles them.
_LIST = 12

_REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) if _parser is not None else ()


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, each greedy optional group matched as an alternation."""
    if _parser is None:  # pragma: no cover
        return re.compile(source, flags)
    try:
        tree = _parser.parse(source, flags)
        _rewrite(tree)
        code = _compiler._code(tree, flags)
        groupindex = tree.state.groupdict
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        pattern: re.Pattern[str] = _sre.compile(
            source,
            flags | tree.state.flags,
            code,
            tree.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        return pattern
    except Exception:  # pragma: no cover - another Python's internals: the plain pattern
        return re.compile(source, flags)


def _rewrite(sub: Any) -> None:
    """Rewrite ``sub`` (a parsed pattern) in place, its parts first."""
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op is SUBPATTERN:
            _rewrite(av[3])
        elif op is BRANCH:
            if len(av[1]) > _LIST:
                continue  # a word list's trie (the places): left as it is, see below
            for alt in av[1]:
                _rewrite(alt)
        elif op in _REPEATS:
            _rewrite(av[2])
            if op is MAX_REPEAT and av[0] == 0 and av[1] == 1 and not _compiler._simple(av[2]):
                # X? -> (?:X|): the same two tries in the same order, a branch for a repeat
                data[i] = (BRANCH, (None, [av[2], _parser.SubPattern(sub.state, [])]))
        elif op in (ASSERT, ASSERT_NOT):
            _rewrite(av[1])
        elif op is ATOMIC_GROUP:
            _rewrite(av)
        elif op is GROUPREF_EXISTS:
            _rewrite(av[1])
            if av[2] is not None:
                _rewrite(av[2])
