"""Federal provisions news calls by the offence or test they hold, not by number: "the federal
felon-in-possession statute" (18 U.S.C. § 922(g)(1)), "the federal gun ban for felons", "the
wire fraud statute" (§ 1343), "the same obstruction statute" in a Jan. 6 story (§ 1512(c)),
"the first fair-use factor" (17 U.S.C. § 107).

``linker/data/described_sections.csv`` lists, per phrase, the words that open it (the pass's
anchor words), what must follow them, the section, and what the article must show before the
phrase is that section:

- ``federal``: the phrase says "federal" (or "U.S.", "the nation's"), another phrase of the
  same row in the article does, or the article cites the section (``cite``): states have
  felon-in-possession laws of their own;
- ``context``: one of these words stands somewhere in the article ("the obstruction law" is
  § 1512(c) in a story of the Jan. 6 prosecutions, not in any other).

A phrase none of the rows fits stays unlinked: two sections the words fit equally ("the mail
and wire fraud statutes") are never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_rows, split_field
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .statenames import state_names


@dataclass(frozen=True)
class Row:
    words: tuple[str, ...]
    after: re.Pattern[str]
    authority: str
    name: str
    federal: bool
    cite: str
    context: re.Pattern[str] | None


@cache
def rows() -> tuple[Row, ...]:
    out = []
    for r in read_rows("described_sections.csv"):
        ctx = split_field(r["context"])
        out.append(
            Row(
                words=split_field(r["words"]),
                after=re.compile(r["after"], re.IGNORECASE),
                authority=r["authority"],
                name=r["name"],
                federal=r["federal"] == "yes",
                cite=r["cite"],
                context=re.compile(r"(?:" + "|".join(map(re.escape, ctx)) + r")(?!\w)", re.I)
                if ctx
                else None,
            )
        )
    return tuple(out)


@cache
def _by_word() -> dict[str, tuple[Row, ...]]:
    out: dict[str, list[Row]] = {}
    for r in rows():
        for w in r.words:
            out.setdefault(w, []).append(r)
    return {w: tuple(rs) for w, rs in out.items()}


# (the anchor words are the table's: read once, when the registry builds its automaton)
ANCHOR = Anchor(
    "described_section",
    tuple(
        sorted({w for r in read_rows("described_sections.csv") for w in split_field(r["words"])})
    ),
    40,
    160,
    start="word",
    end="word",
)

# What may stand before the opening words: an article or "this", up to three modifiers
# ("the federal", "the same", "a 2002", "the first", "the nation's"), an opening quote.
BEFORE = deferred(
    r"(?:(?<![\w-])(?P<det>[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts)\s+)?"
    r"(?P<mods>(?:(?:[Ff]ederal|U\.S\.|nation['’]s|country['’]s|same|first|second|third|"
    r"fourth|four|\d{4}s?|early|so-called|longstanding|decades-old)\s+){0,3})[“\"]?$"
)
_FEDERAL = deferred(r"[Ff]ederal|U\.S\.|nation|country")


@cache
def _states_own() -> re.Pattern[str]:
    """A state's own: "California's individual mandate", "its own mandate", "the state
    mandate", "the Colorado Child Tax Credit" (made at the first phrase found)."""
    names = "|".join(re.escape(n) for n in state_names())
    return re.compile(rf"(?:\bown|\b[Ss]tate(?:['’]s)?|\b(?:{names})(?:['’]s)?)\s+[“\"]?$")


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    table = _by_word()
    found: list[tuple[Row, int, int, bool]] = []
    for s, e in doc.hits(ANCHOR.name):
        for row in table.get(text[s:e], ()):
            a = row.after.match(text, e)
            if a is None:
                continue
            b = BEFORE.search(text, max(0, s - 40), s)
            start = s
            federal = False
            if b is not None:
                start = b.start("det") if b.group("det") else b.start("mods")
                start = start if start < s else s
                while start < s and text[start].isspace():
                    start += 1  # ("$" matches before a line's end: no newline opens it)
                federal = bool(_FEDERAL.search(b.group("mods")))
            if _states_own().search(text, max(0, s - 30), s):
                break
            found.append((row, start, a.end(), federal))
            break
    said_federal = {r.authority for r, _, _, f in found if f}
    out: list[Mention] = []
    for row, start, end, federal in found:
        if row.context is not None and not _told_in(doc, row.context):
            continue
        cited = bool(row.cite) and row.cite in text
        if row.federal and not federal and row.authority not in said_federal and not cited:
            continue  # a state's felon-in-possession law is its own
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "statute",
                row.authority,
                name=row.name,
                confidence=0.8,
                matcher="described_sections",
                evidence=f"{row.name}, as news calls it",
            )
        )
    return out


def _told_in(doc: Doc, words: re.Pattern[str]) -> bool:
    """Whether one of a row's context words stands in the article (asked once a row)."""
    return doc.memo(f"described_section:{words.pattern}", lambda: bool(words.search(doc.text)))


PASS = Pass(
    name="described_sections",
    emits=("statute",),
    anchors=(ANCHOR,),
    run=find,
    gated=True,
)
