"""Patterns compiled on their first use.

Compiling every pattern of every pass when the scanner is imported costs a short article's
``linker scan`` most of its start-up: most patterns serve words the article never holds. A
pattern a pass needs only near rare words is declared with ``lazy`` and called where it is
used (``AMENDMENT().finditer(...)``): it is compiled once, the first time, and a hot loop
reads it into a local name first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache


def lazy(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """``re.compile(source, flags)``, done on the first call and kept."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(source, flags)

    return compiled
