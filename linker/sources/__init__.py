"""Source modules, one per service, and the authority-id → module registry.

See ``linker.sources.base`` for the module contract. ``fetch_sources`` (in ``linker.fetch``)
is the entry point the pipeline calls.
"""

from __future__ import annotations

from types import ModuleType

from . import congress, constitution, courtlistener, ecfr, federalregister, uscode

#: id prefix → module (``cl:`` and ``cite:`` both go to CourtListener)
PREFIXES: dict[str, ModuleType] = {
    "usc": uscode,
    "const": constitution,
    "cite": courtlistener,
    "cl": courtlistener,
    "eo": federalregister,
    "proc": federalregister,
    "fr": federalregister,
    "bill": congress,
    "cfr": ecfr,
}


def module_for(authority: str) -> ModuleType | None:
    """The module that fetches ``authority``, or ``None`` (``publ:``, ``stat:``, ``state:``)."""
    return PREFIXES.get(authority.split(":", 1)[0])


__all__ = [
    "PREFIXES",
    "congress",
    "constitution",
    "courtlistener",
    "ecfr",
    "federalregister",
    "module_for",
    "uscode",
]
