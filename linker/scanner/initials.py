"""Initials of an act the article names in full: "President Biden signed the Inflation
Reduction Act … the I.R.A. was designed to …", a headline's "The IRA has benefitted 3.4
million families" above the act's name. Each use is a mention of that act.

Acts whose initials are unambiguous carry them in ``acts.csv`` already ("ACA", "ADA"), and an
abbreviation the article defines is the ``abbreviations`` pass's. This pass covers initials
the data cannot list because they mean other things in other articles ("IRA": a retirement
account): only an article that names the act in full, and never initials it defines for
something else, an agency's or another common abbreviation, or a plural ("IRAs").
"""

from __future__ import annotations

from functools import cache

from ..models import Mention
from .abbreviations import _curated
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .ruleagencies import AGENCIES
from .spans import SpanSet, by_span

# Words a name's initials skip ("the Coast Guard Authorization Act of 2018": CGAA)
_SMALL = frozenset({"of", "and", "the", "for", "to", "on", "in", "a", "an", "with", "&"})
# Initials that mean something else in news whatever the article says
_COMMON = frozenset(
    [
        "USA",
        "CIA",
        "FBI",
        "DOJ",
        "DHS",
        "ICE",
        "IRS",
        "SEC",
        "FTC",
        "FDA",
        "CDC",
        "NBA",
        "NFL",
        "NHL",
        "MLB",
        "CEO",
        "CFO",
        "GOP",
        "ACLU",
        "NPR",
        "CNN",
        "PBS",
        "DNC",
        "RNC",
        "NRA",
        "NAACP",
        "NATO",
        "AARP",
        "NCAA",
        "UAW",
        "AFL",
        "CIO",
        "DOD",
        "DOE",
        "DOT",
        "HHS",
        "HUD",
        "USDA",
        "VA",
    ]
)
_CAPS = deferred(r"\b[A-Z]{2,}\b")


@cache
def _taken_initials() -> frozenset[str]:
    """Initials that are an agency's (from the rule agencies' table) or otherwise common, or
    an act's the act matcher knows already (``acts.csv``: it finds those itself)."""
    agencies = {w for pattern, _, _ in AGENCIES for w in _CAPS.findall(pattern)}
    return _COMMON | agencies | _curated()


@cache
def initials(name: str) -> str | None:
    """The capitals of a name's words up to a year or a comma ("Inflation Reduction Act of
    2022": "IRA"); None for fewer than three, or a word that is not capitalised."""
    letters = []
    for word in name.split():
        if word.lower() in _SMALL:
            continue
        if not word[0].isalpha() or word.endswith(","):
            break
        if not word[0].isupper():
            return None
        letters.append(word[0])
    out = "".join(letters)
    return out if len(out) >= 3 else None


# what a state act's mention found through ``state_acts.csv`` says of itself
_TABLE_STATE_ACT = "(state_acts.csv)"


def _without_state(name: str) -> str | None:
    """A state act's name without the state's name it opens on ("California Voluntary …
    Act" → "Voluntary … Act"); None when it opens on none."""
    from .. import courts

    words = name.split()
    for n in (2, 1):
        if len(words) > n + 2 and " ".join(words[:n]).lower() in courts.state_by_name():
            return " ".join(words[n:])
    return None


def _defined_elsewhere(text: str, abbr: str, ends: set[int]) -> bool:
    """Whether the article defines ``abbr`` ("(IRA)") anywhere but right after the act."""
    for form in (f"({abbr})", f"(“{abbr}”)", f'("{abbr}")'):
        i = text.find(form)
        while i >= 0:
            if not any(0 <= i - e <= 2 for e in ends):
                return True
            i = text.find(form, i + 1)
    return False


def _bounded(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` stands alone: no letter, digit, dot or hyphen before it, none
    (and no "s" of a plural) after it; "I.R.A.'s" and "IRA's" are fine."""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    return not (before.isalnum() or before in ".-") and not (after.isalnum() or after == "-")


# An act named by its acronym: "ROBIN Act of 2022", "the SAFE Banking Act"
_ACRONYM_ACT = deferred(r"(?:the\s+)?(?P<abbr>[A-Z]{3,})\s+(?:[A-Z][a-z]+\s+)?Act\b")


def spelled_out(mentions: list[Mention]) -> list[Mention]:
    """ "the ROBIN Act of 2022 (HR 4321). This bipartisan Act, formally the Rural Open
    Broadband Investment Network Act, …": an act name linker does not know whose initials
    are the acronym of an act or bill the article has linked is that act or bill, told in
    full (one acronym of one authority only)."""
    known: dict[str, Mention | None] = {}
    for m in mentions:
        a = _ACRONYM_ACT.match(m.text) if m.authority and m.kind in ("statute", "bill") else None
        if a is not None and not m.anaphor:
            prev = known.setdefault(a.group("abbr"), m)
            if prev is not None and prev.authority != m.authority:
                known[a.group("abbr")] = None
    if not known:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        # ("Rural Open … Network Act" spells ROBIN and the A of its "Act")
        unknown = m.kind == "statute" and not m.authority and not m.anaphor
        spelled = (initials(m.text) or "") if unknown else ""
        full = known.get(spelled[:-1]) if spelled.endswith("A") else None
        if full is not None and not _ACRONYM_ACT.match(m.text):
            m = m.with_(
                kind=full.kind,
                authority=full.authority,
                name=full.name,
                url=full.url,
                confidence=max(m.confidence, 0.8),
                evidence=f"the full name of “{full.text}”, whose initials it spells",
                matcher="initials",
            )
        out.append(m)
    return out


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus each use of the initials of an act the article names in full."""
    text = doc.text
    acts: dict[str, Mention] = {}
    ends: dict[str, set[int]] = {}
    taken_initials = _taken_initials()
    for m in mentions:
        if m.kind != "statute" or m.anaphor or not m.authority:
            continue
        abbrs = [initials(m.text)] if m.confidence >= 0.9 else []
        if _TABLE_STATE_ACT in (m.evidence or "") and (rest := _without_state(m.text)):
            # a state's act from the table: its initials without the state's name too
            # ("the California Voluntary Carbon Market Disclosures Act … the VCMDA")
            abbrs.append(short if (short := initials(rest)) and len(short) >= 4 else None)
        for abbr in abbrs:
            if abbr is None or abbr in taken_initials:
                continue
            if acts.setdefault(abbr, m).authority != m.authority:
                acts[abbr] = m.with_(authority=None)  # two acts, one set of initials: neither
            ends.setdefault(abbr, set()).add(m.end)
    used = {
        abbr: forms
        for abbr, m in acts.items()
        if m.authority
        and (forms := [f for f in (abbr, ".".join(abbr) + ".") if f in text])
        and not _defined_elsewhere(text, abbr, ends[abbr])
    }
    if not used:
        return mentions
    taken = SpanSet([(m.start, m.end) for m in mentions])
    added: list[Mention] = []
    for abbr, forms in used.items():
        act = acts[abbr]
        for form in forms:
            i = text.find(form)
            while i >= 0:
                j = i + len(form)
                if _bounded(text, i, j) and not taken.overlaps(i, j):
                    added.append(
                        Mention(
                            i,
                            j,
                            form,
                            act.kind,
                            act.authority,
                            name=act.name,
                            confidence=0.85,
                            evidence=f"the initials of “{act.text}”, named in the article",
                            matcher="initials",
                        )
                    )
                    taken.add(i, j)
                i = text.find(form, j)
    return sorted([*mentions, *added], key=by_span) if added else mentions


PASS = Pass(name="initials", emits=(), anchors=(), run=attach)
