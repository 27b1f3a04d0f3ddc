"""A state code's section named without its state: "Education Code section 48204.3",
"Education Code sections 51225.1 and 51225.2", "(Ed. Code, § 48980, subd. (a).)", "the
state's Penal Code Section 187", "Code of Civil Procedure section 425.16".

California and Texas call their codes by subject ("Penal Code", "Education Code"), and news
and law-firm alerts of those states print the code without the state. Such a section is the
state's the article is about (``state_laws`` finds it as for a bill number), and only when
that state has a code of that name: a "Penal Code" in a story about Ohio (whose code is the
Revised Code) is no section we can name. The id is ``state:POSTAL:CODE-SLUG:SECTION`` with
the slug ``stateslugs.canonical_slug`` gives the code's full name (its customary abbreviation,
``data/state_code_slugs.csv``), so that "Ed. Code" and "Education Code" are one code
(``state:ca:edc``), as "California Education Code" is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..models import Mention
from .lazyre import deferred
from .statecodes import state_section
from .stateslugs import canonical_slug, code_id
from .trie import find_all

# The codes each state names by subject (California's 29 codes; Texas's codes).
CODES: dict[str, frozenset[str]] = {
    "California": frozenset(
        [
            "Business and Professions",
            "Civil",
            "Commercial",
            "Corporations",
            "Education",
            "Elections",
            "Evidence",
            "Family",
            "Financial",
            "Fish and Game",
            "Food and Agricultural",
            "Government",
            "Harbors and Navigation",
            "Health and Safety",
            "Insurance",
            "Labor",
            "Military and Veterans",
            "Penal",
            "Probate",
            "Public Contract",
            "Public Resources",
            "Public Utilities",
            "Revenue and Taxation",
            "Streets and Highways",
            "Unemployment Insurance",
            "Vehicle",
            "Water",
            "Welfare and Institutions",
            "Civil Procedure",
        ]
    ),
    "Texas": frozenset(
        [
            "Agriculture",
            "Alcoholic Beverage",
            "Business and Commerce",
            "Business Organizations",
            "Civil Practice and Remedies",
            "Criminal Procedure",
            "Education",
            "Election",
            "Estates",
            "Family",
            "Finance",
            "Government",
            "Health and Safety",
            "Human Resources",
            "Insurance",
            "Labor",
            "Local Government",
            "Natural Resources",
            "Occupations",
            "Parks and Wildlife",
            "Penal",
            "Property",
            "Tax",
            "Transportation",
            "Utilities",
            "Water",
        ]
    ),
}
# The abbreviations California's courts and law firms print ("Ed. Code", "Bus. & Prof. Code").
ABBREVIATIONS = {
    "Ed.": "Education",
    "Educ.": "Education",
    "Pen.": "Penal",
    "Gov.": "Government",
    "Govt.": "Government",
    "Gov't": "Government",
    "Lab.": "Labor",
    "Civ.": "Civil",
    "Veh.": "Vehicle",
    "Fam.": "Family",
    "Evid.": "Evidence",
    "Ins.": "Insurance",
    "Elec.": "Elections",
    "Prob.": "Probate",
    "Corp.": "Corporations",
    "Health & Saf.": "Health and Safety",
    "Bus. & Prof.": "Business and Professions",
    "Welf. & Inst.": "Welfare and Institutions",
    "Rev. & Tax.": "Revenue and Taxation",
    "Pub. Res.": "Public Resources",
    "Pub. Util.": "Public Utilities",
    "Sts. & Hy.": "Streets and Highways",
    "Unemp. Ins.": "Unemployment Insurance",
    "Fish & G.": "Fish and Game",
    "Food & Agr.": "Food and Agricultural",
}

_SEC = r"\d+(?:\.\d+)*[A-Za-z]?(?:-\d+)?"
# What follows "Code": the section word or sign and the numbers ("sections 51225.1 and
# 51225.2", "§§ 48204.3, 48980"); "Code of Civil Procedure section 425.16".
# (or no section word: "Penal Code 496", "Health & Safety Code 11350", never a year:
# "the Elections Code 2024 changes")
_TAIL = deferred(
    r"Code(?P<of>\s+of\s+(?:Civil|Criminal)\s+Procedure)?,?\s*"
    r"(?:(?:§§?|[Ss]ections?|[Ss]ecs?\.)\s*|(?<=\s)(?!(?:19|20)\d\d(?!\d)))"
    rf"(?P<first>{_SEC})(?P<more>(?:(?:,\s*(?:and\s+)?|\s+and\s+){_SEC}(?!\w|\.\d))*)"
)
_MORE = deferred(_SEC)
# The code's name right before "Code" ("Health and Safety ", "Bus. & Prof. ")
_WORD = r"(?:[A-Z][a-z]*\.?|[A-Z][a-z]*'[a-z]|and|&)"
_NAME_BEFORE = re.compile(rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})\s+$")
# A state right before the name is the citation pass's ("California Penal Code Section 187").
_STATE_WORD_BEFORE = deferred(r"(?:[A-Z][a-z]+['’]s?|Calif\.|Tex\.|Cal\.)\s+$")


@cache
def _all_names() -> frozenset[str]:
    return frozenset(n for names in CODES.values() for n in names)


def _code_name(printed: str) -> str | None:
    """The code's full name from the words before "Code" ("Ed." → "Education", "the state's
    Penal" → "Penal"), or None when it names no code a state calls by subject."""
    words = printed.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        name = ABBREVIATIONS.get(tail, tail.replace(" & ", " and "))
        if name in _all_names():
            return name
    return None


def find(
    text: str, state_at: Callable[[int], str | None], starts: list[int] | None = None
) -> list[Mention]:
    """Every section of a state code named without its state, with the state ``state_at``
    gives for its place (the one the article is about), when that state has the code
    (tried at ``starts``, where the word "Code" stands, else at each "Code" found here)."""
    out: list[Mention] = []
    for i in find_all(text, "Code") if starts is None else starts:
        m = _TAIL.match(text, i)
        if m is None:
            continue
        if m.group("of"):
            name, start = m.group("of").split(None, 1)[1], i
        else:
            before = _NAME_BEFORE.search(text, max(0, i - 40), i)
            if before is None:
                continue
            name = _code_name(before.group("name")) or ""
            if not name:
                continue
            # the name's own words start where its last len(name) words do
            start = _start_of(text, before, name)
            if _STATE_WORD_BEFORE.search(text, max(0, start - 20), start):
                continue  # "California Penal Code Section 187": the citation pass's
        state = state_at(start)
        if state is None or name not in CODES.get(state, ()):
            continue
        postal = {"California": "ca", "Texas": "tx"}[state]
        full = f"Code of {name}" if m.group("of") else f"{name} Code"
        slug = canonical_slug(postal, full)
        out.append(_mention(text, start, m.end("first"), state, full, postal, slug, m["first"]))
        for n in _MORE.finditer(text, m.start("more"), m.end("more")):
            out.append(_mention(text, n.start(), n.end(), state, full, postal, slug, n[0]))
    return out


def _start_of(text: str, before: re.Match[str], name: str) -> int:
    """Where the printed code name starts: the last words of ``before`` that spell ``name``
    or its abbreviation."""
    words = list(re.finditer(r"\S+", text[before.start("name") : before.end("name")]))
    for w in words:
        tail = text[before.start("name") + w.start() : before.end("name")]
        if ABBREVIATIONS.get(tail, tail.replace(" & ", " and ")) == name:
            return before.start("name") + w.start()
    return before.start("name")


def _mention(
    text: str, s: int, e: int, state: str, full: str, postal: str, slug: str, sec: str
) -> Mention:
    return Mention(
        s,
        e,
        text[s:e],
        "statute",
        code_id(postal, slug, state_section(sec)),
        name=f"{state} {full} § {sec}",
        confidence=0.8,
        evidence=f"a section of the {full}, of {state}, the state the article is about",
        matcher="state_laws",
    )
