"""One id per state code: ``state:POSTAL:SLUG:SECTION`` with the code's customary
abbreviation as its slug (SPEC §2: ``state:il:ilcs:5-805-15``).

A code is printed many ways: "Arizona Revised Statutes § 13-3603", "Ariz. Rev. Stat.
§ 13-3603", "A.R.S. § 13-3603"; "California Penal Code Section 187", "Cal. Pen. Code § 187",
"Penal Code section 187". Every pass that composes a state code's id hands the code as printed
(or a slug it already has) to ``code_id``/``canonical_slug``, which read
``data/state_code_slugs.csv`` (each state's general code, and each of the codes of states
that name codes by subject — California's as its Legislature's site abbreviates them, Texas's
and New York's as the Bluebook does without the state) and give the one slug: ``ars``,
``pen``, ``educ``. A code the table does not list keeps the slug of its printed name
(``code_slug``: "Administrative Code" → "administrative-code").
"""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_rows
from .lazyre import deferred

# Full words of a code's name, as eyecite's abbreviations spell them in an id's slug.
_SLUG_WORDS = {
    "general": "gen",
    "statutes": "stat",
    "statute": "stat",
    "stats": "stat",
    "revised": "rev",
    "compiled": "comp",
    "consolidated": "cons",
    "civil": "civ",
    "criminal": "crim",
    "procedure": "proc",
    "government": "gov t",
    # Texas's abbreviations as courts print them ("Tex. Loc. Gov't Code"), each to its full
    # name's word, so that both spellings give one code
    "loc": "local",
    "fam": "family",
    "occ": "occupations",
    "transp": "transportation",
    "prop": "property",
}
_SLUG_DROP = {"and", "of", "the", "ann", "annotated"}


def code_slug(printed: str) -> str:
    """A state code's name as printed, reduced to words: "Penal Code" → "penal-code",
    "General Statutes" and "Gen. Stat." → "gen-stat", "Health and Safety Code" →
    "health-safety-code". (The key ``canonical_slug`` looks the code up by.)"""
    words = re.sub(r"[^A-Za-z0-9 ]", " ", printed).lower().split()
    out: list[str] = []
    for w in words:
        if w not in _SLUG_DROP:
            out.extend(_SLUG_WORDS.get(w, w).split())
    return "-".join(out)


@cache
def _table() -> tuple[dict[tuple[str, str], str], frozenset[tuple[str, str]]]:
    """(postal, printed name's key) → slug, and the (postal, slug) pairs the table gives."""
    by_name: dict[tuple[str, str], str] = {}
    slugs: set[tuple[str, str]] = set()
    for r in read_rows("state_code_slugs.csv"):
        postal, slug = r["state"].lower(), r["slug"]
        slugs.add((postal, slug))
        for name in r["names"].split("|"):
            if name.strip():
                by_name[(postal, code_slug(name))] = slug
    return by_name, frozenset(slugs)


def canonical_slug(postal: str, printed: str) -> str:
    """The slug of the code of state ``postal`` printed as ``printed`` (or already a slug):
    ("az", "Rev. Stat.") → "ars", ("ca", "Penal Code") → "pen", ("tx", "education-code") →
    "educ", ("wi", "stat") → "stat"; a code the table lacks keeps ``code_slug(printed)``."""
    postal = postal.lower()
    by_name, slugs = _table()
    if (postal, printed) in slugs:
        return printed
    key = code_slug(printed)
    return by_name.get((postal, key), key)


def code_id(postal: str, printed: str, section: str) -> str:
    """``state:POSTAL:SLUG:SECTION`` for a section of a state's code (``section`` already
    in the id's form)."""
    postal = postal.lower()
    return f"state:{postal}:{canonical_slug(postal, printed)}:{section}"


_ID = deferred(r"state:([a-z]{2}):([a-z0-9-]+):(.+)")
# the slugs of a state id that name no code: a bill, the constitution, an executive order
_NOT_CODES = frozenset({"bill", "const", "eo"})


def canonical_id(authority: str) -> str:
    """``authority`` with its code's slug made canonical, when it is a state code's section
    ("state:tn:code:39-15-213" → "state:tn:tca:39-15-213"); any other id unchanged."""
    m = _ID.fullmatch(authority)
    if m is None or m.group(2) in _NOT_CODES:
        return authority
    return code_id(m.group(1), m.group(2), m.group(3))
