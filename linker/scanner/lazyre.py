"""Patterns compiled on their first use.

Compiling every pattern of every pass when the scanner is imported costs a short article's
``linker scan`` most of its start-up: most patterns serve words the article never holds. A
pattern a pass needs only near rare words is declared with ``lazy`` and called where it is
used (``AMENDMENT().finditer(...)``): it is compiled once, the first time, and a hot loop
reads it into a local name first.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import cache
from typing import cast


def lazy(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """``re.compile(source, flags)``, done on the first call and kept."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(source, flags)

    return compiled


class _Deferred:
    """A module's pattern compiled on its first use: the first attribute asked of it
    (``NAME.finditer``) compiles the pattern and puts it in the module's namespace in place
    of this stand-in, so that every later ``NAME.…`` of the module reads the pattern itself
    (no call, no look-up more than an eager pattern costs). Only for a pattern its module
    reads as ``NAME.attribute`` in its functions: never imported by another module, kept in
    a container, bound as a default or compared with ``is`` (those would keep the stand-in)."""

    __slots__ = ("_args", "_module", "_pattern")

    def __init__(self, source: str, flags: int, module: dict[str, object]) -> None:
        self._args = (source, flags)
        self._module = module
        self._pattern: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> object:
        pattern = self._pattern
        if pattern is None:
            pattern = self._pattern = re.compile(*self._args)
            module = self._module
            for key, value in list(module.items()):
                if value is self:
                    module[key] = pattern
        return getattr(pattern, name)


def deferred(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` at module level, done on the pattern's first use (see
    ``_Deferred``): a short article's start-up does not compile what it never reads."""
    module = sys._getframe(1).f_globals
    return cast("re.Pattern[str]", _Deferred(source, flags, module))
