"""Acts by their popular names ("the Insurrection Act", "Obamacare", "Section 702 of FISA").

Names come from ``linker/data/acts.csv`` (curated, each row with its source). A name in the
text becomes a ``statute`` mention (or ``bill`` for acts never enacted) carrying the act's id.
"""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import Act, acts
from ..models import Mention
from .context import ScanContext
from .phrases import PhraseMatcher

STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|state|State|city|City|county|County"
)
# "the Illinois Civil Rights Act", "California's Consumer Privacy Act": a state's own law.
STATE_BEFORE = re.compile(rf"(?:{STATE_NAMES})(?:'s|’s)?\s+$")
SECTION_BEFORE = re.compile(
    r"\b[Ss](?:ection|ec\.)\s+(?P<n>\d+[A-Za-z]?)(?:\([a-z0-9]+\))*\s+of\s+(?:the\s+)?$"
)
YEAR_BEFORE = re.compile(r"\b(1[6-9]\d\d|20\d\d)\s+$")
YEAR_AFTER = re.compile(r"^\s+of\s+(1[6-9]\d\d|20\d\d)\b")


@cache
def _matcher(extra: tuple[tuple[str, str | None], ...] = ()) -> PhraseMatcher[Act]:
    """One automaton over every curated alias, plus names from the Popular Name Table that
    the curated file does not know (the curated row wins where both have a name)."""
    entries: list[tuple[str, Act]] = []
    known: set[str] = set()
    for act in acts():
        for alias in (act.name, *act.aliases):
            if alias.lower() not in known:
                known.add(alias.lower())
                entries.append((alias, act))
    for name, authority in extra:
        if name.lower() in known:
            continue
        known.add(name.lower())
        year = re.search(r"\bof (\d{4})$", name)
        act = Act(
            authority=authority,
            name=name,
            aliases=(name,),
            sections=(),
            kind="statute",
            year=int(year.group(1)) if year else None,
            source="OLRC Popular Name Table (cached)",
        )
        entries.append((name, act))
    return PhraseMatcher(entries)


def find(text: str, ctx: ScanContext) -> list[Mention]:
    out: list[Mention] = []
    for hit in _matcher(ctx.extra_names).finditer(text):
        act = hit.payload
        start, end = hit.start, hit.end
        before = text[max(0, start - 40) : start]
        if STATE_BEFORE.search(before):
            continue
        authority = act.authority
        confidence = 0.95 if " " in hit.phrase else 0.85
        evidence = f"named act: {act.name}"
        if act.source.startswith("OLRC Popular Name Table"):
            confidence, evidence = 0.8, f"Popular Name Table: {act.name}"
        if authority is None:
            confidence = min(confidence, 0.7)
        sec = SECTION_BEFORE.search(before)
        if sec:
            mapped = dict(act.sections).get(sec.group("n"))
            start = start - (len(before) - sec.start())
            if mapped:
                authority = mapped
                evidence = f"section {sec.group('n')} of the {act.name}"
            else:
                confidence = min(confidence, 0.8)
        y = YEAR_BEFORE.search(text[max(0, start - 6) : start])
        if y and not sec and (act.year is None or int(y.group(1)) == act.year):
            start -= len(text[max(0, start - 6) : start]) - y.start()
        ya = YEAR_AFTER.match(text[end : end + 10])
        if ya and (act.year is None or int(ya.group(1)) == act.year):
            end += ya.end()
        kind = act.kind if act.kind in ("statute", "bill") else "statute"
        out.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                authority=authority,
                name=act.name,
                confidence=confidence,
                evidence=evidence,
                matcher="names",
            )
        )
    return out
