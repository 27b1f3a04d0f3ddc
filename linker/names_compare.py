"""The Popular Name Table against linker's own act data: which ids agree, which names
disagree (``linker data names-diff``), and which names the scanner may take from it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import sqlite_utils

from . import ids
from .datafiles import Act
from .popular_names import OF_YEAR, SPACE, Disagreement, PopularName, load_popular_names

# --- names and ids ------------------------------------------------------------------------


def _norm(name: str) -> str:
    name = name.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    name = SPACE.sub(" ", name).strip().casefold()
    return re.sub(r"^the\s+", "", name)


def resolved_ids(rows: Sequence[PopularName]) -> dict[str, tuple[str, str | None]]:
    """Normalised name → (table name, id), following ``see`` rows one or two hops.

    A ``see`` row takes the id of the row it points to ("ERISA" → the Employee Retirement
    Income Security Act's id); when the exact name is absent, the one row named "NAME of YEAR"
    is taken; a pointer to a missing or ambiguous name gives None.
    """
    by_name = {_norm(r.name): r for r in rows}
    dated: dict[str, list[PopularName]] = {}
    for r in rows:
        m = OF_YEAR.search(r.name)
        if m:
            dated.setdefault(_norm(r.name[: m.start()]), []).append(r)

    def lookup(name: str) -> PopularName | None:
        key = _norm(name)
        if key in by_name:
            return by_name[key]
        candidates = dated.get(key, [])
        return candidates[0] if len(candidates) == 1 else None

    out: dict[str, tuple[str, str | None]] = {}
    for r in rows:
        target: PopularName | None = r
        hops = 0
        while target is not None and target.see and hops < 3:
            target = lookup(target.see)
            hops += 1
        out[_norm(r.name)] = (r.name, target.authority if target is not None else None)
    return out


def _section_key(sec: str) -> tuple[int, str]:
    m = re.match(r"(\d+)(.*)", sec)
    return (int(m.group(1)), m.group(2)) if m else (-1, sec)


def _usc_parts(authority: str) -> tuple[str, str, str | None] | None:
    parts = authority.split(":")
    if len(parts) != 3 or parts[0] != "usc":
        return None
    first, last = ids.usc_range(parts[2])
    return parts[1], first, last


def ids_agree(curated: str, pnt: str) -> bool:
    """True when two ids name the same act: equal, or the table's home section lies inside
    the curated U.S. Code range (``usc:42:7401`` agrees with ``usc:42:7401-7671q``)."""
    if curated == pnt:
        return True
    c, p = _usc_parts(curated), _usc_parts(pnt)
    if c is None or p is None or c[0] != p[0] or p[2] is not None:
        return False
    _, first, last = c
    if last is None:
        return False
    return _section_key(first) <= _section_key(p[1]) <= _section_key(last)


def _granularity_differs(a: str, b: str) -> bool:
    return (a.startswith("usc:")) != (b.startswith("usc:"))


def compare_with_curated(
    pnt_rows: Sequence[PopularName], acts: Iterable[Act]
) -> list[Disagreement]:
    """Report where the Popular Name Table and the curated acts disagree.

    For each curated act, every name and alias found in the table (case-insensitively, "the"
    ignored, ``see`` rows followed) is compared with the act's id: different U.S. Code homes or
    different laws are a ``conflict``; ``usc`` against ``publ``/``stat`` is ``granularity``; a
    curated act with no id where the table has one is ``curated-unlinked``. A curated act none
    of whose names is in the table is ``missing``. Rows are reported once per (name, kind), in
    the curated file's order.
    """
    table = resolved_ids(pnt_rows)
    out: list[Disagreement] = []
    seen: set[tuple[str, str]] = set()
    for act in acts:
        found = False
        for alias in dict.fromkeys((act.name, *act.aliases)):
            hit = table.get(_norm(alias))
            if hit is None:
                continue
            found = True
            pnt_name, pnt_id = hit
            if pnt_id is None:
                continue
            if act.authority is None:
                kind = "curated-unlinked"
            elif ids_agree(act.authority, pnt_id):
                continue
            elif _granularity_differs(act.authority, pnt_id):
                kind = "granularity"
            else:
                kind = "conflict"
            if (alias, kind) not in seen:
                seen.add((alias, kind))
                out.append(Disagreement(kind, alias, act.authority, pnt_id, pnt_name))
        if not found:
            out.append(Disagreement("missing", act.name, act.authority, None, None))
    return out


# --- for the scanner ----------------------------------------------------------------------

_ACT_LIKE = re.compile(
    r"(?:\bAct(?:\s+of\s+\d{4}|,\s+\d{4})?|\bAmendments(?:\s+of\s+\d{4})?"
    r"|\bResolution(?:\s+of\s+\d{4})?|\bCode(?:\s+of\s+\d{4})?)$"
)
_ENDS_IN_ACT = re.compile(r"\bAct(?:\s+of\s+\d{4})?$")
# Words that make a short name generic ("the Revenue Act" is a dozen laws).
_GENERIC = frozenset(
    [
        "act",
        "acts",
        "amendment",
        "amendments",
        "appropriation",
        "appropriations",
        "authorization",
        "budget",
        "code",
        "control",
        "emergency",
        "improvement",
        "improvements",
        "protection",
        "reform",
        "relief",
        "resolution",
        "revenue",
        "safety",
        "security",
        "supplemental",
        "tariff",
        "tax",
        "the",
        "of",
        "and",
        "for",
        "a",
        "an",
        "to",
        "in",
        "on",
    ]
)


def is_act_like(name: str) -> bool:
    """Whether a Popular Name Table name reads like an act name a reporter would write.

    It must end in "Act", "Act of YEAR", "Act, YEAR", "Amendments [of YEAR]", "Resolution" or
    "Code"; names of fewer than three words must end in "Act"; and a name made only of generic
    words ("Revenue Act", "Tax Reform Act") is left out.
    """
    name = SPACE.sub(" ", name).strip()
    if not name or not name[0].isupper() or not _ACT_LIKE.search(name):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'.-]*", name)
    if len(words) < 3 and not _ENDS_IN_ACT.search(name):
        return False
    return not all(w.lower() in _GENERIC for w in words)


def names_for_scanner(db: sqlite_utils.Database) -> list[tuple[str, str | None]]:
    """(alias, authority) pairs from the cached Popular Name Table for the act-name matcher.

    Only act-like names (:func:`is_act_like`) are included; ``see`` rows resolve to their
    target's id. Names the table cannot tie to one law come with None (a name-only mention).
    Empty when the table was never downloaded.
    """
    rows = load_popular_names(db)
    out: list[tuple[str, str | None]] = []
    for _, (name, authority) in resolved_ids(rows).items():
        if is_act_like(name):
            out.append((name, authority))
    return out
