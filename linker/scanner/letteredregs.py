"""Lettered regulations: "Regulation V", "Regulation II", "Regulation S-K" → the C.F.R. part.

The Federal Reserve, the CFPB and the SEC name their regulations by letters, and news prints
the letters alone ("would have amended Regulation V", "the Federal Reserve issued Regulation
II"). ``linker/data/lettered_regulations.csv`` maps each designation to the C.F.R. part (or,
for the SEC's regulations that are a run of sections, the first section) the eCFR heads with
it. The CFPB's consumer regulations (B, C, E, F, M, P, V, X, Z, DD) moved from the Federal
Reserve's 12 CFR chapter II in 2011; a bare letter means the CFPB's part.

A designation two agencies use (Regulation D: the Federal Reserve's reserve requirements or
the SEC's private offerings) has cue words on each row; the article's words choose the row
whose cues occur, and a row without cues is the default. When no row or several cued rows
fit, the mention is left out rather than guessed.
"""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_rows, split_field
from ..models import Mention
from .agencyrules import AGENCY_RULE_ANCHOR
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet

ANCHOR = Anchor("lettered_regulation", ("Regulation",), 0, 12, start="word", end="space")

# The designation right after the word: capitals, an SEC hyphenated pair ("S-K"), never a
# capital that opens a word ("Regulation Best", "Regulation In").
_D = r"[A-Z]{1,3}(?:-[A-Z]{1,2})?(?![\w-])"
LETTERS = deferred(rf"Regulation\s(?P<d>{_D})")
# Two or three in the plural: "Regulations E and Z", "Regulations B, C and Z" (the CFPB
# amending several parts at once): one mention each, the first with the word.
PLURAL = deferred(rf"Regulations\s(?P<d>{_D})((?:,\s{_D}){{0,2}},?\s(?:and|or)\s{_D})")
_ONE = deferred(_D)


@cache
def table() -> dict[str, tuple[tuple[str, str, re.Pattern[str] | None], ...]]:
    """Each designation's rows: (id, name, cue pattern or None for the default)."""
    out: dict[str, list[tuple[str, str, re.Pattern[str] | None]]] = {}
    for r in read_rows("lettered_regulations.csv"):
        cues = split_field(r["cues"])
        rx = re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")(?!\w)") if cues else None
        out.setdefault(r["designation"], []).append((r["cfr"], r["name"], rx))
    return {d: tuple(rows) for d, rows in out.items()}


def _choose(doc: Doc, designation: str) -> tuple[str, str] | None:
    rows = table().get(designation)
    if not rows:
        return None
    if len(rows) == 1:
        return rows[0][0], rows[0][1]

    def pick() -> tuple[str, str] | None:
        cued = [r for r in rows if r[2] is not None and r[2].search(doc.text)]
        if len(cued) == 1:
            return cued[0][0], cued[0][1]
        if cued:
            return None
        default = [r for r in rows if r[2] is None]
        return (default[0][0], default[0][1]) if len(default) == 1 else None

    return doc.memo(f"lettered_regulation:{designation}", pick)


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    # "Regulations E and Z": read from the rule words' hits (the word is one of them)
    if "Regulations " in text:
        for s, e in doc.hits(AGENCY_RULE_ANCHOR.name):
            if e - s == 11 and text.startswith("Regulations", s):
                out.extend(_plural(doc, s))
    for s, _ in doc.hits(ANCHOR.name):
        m = LETTERS.match(text, s)
        if m is None:
            continue
        mention = _mention(doc, m.start(), m.end(), m.group("d"))
        if mention is not None:
            out.append(mention)
    return out + _by_topic(doc, out) if out else out


def _mention(doc: Doc, start: int, end: int, designation: str) -> Mention | None:
    chosen = _choose(doc, designation)
    if chosen is None:
        return None
    authority, name = chosen
    return Mention(
        start,
        end,
        doc.text[start:end],
        "regulation",
        authority,
        name=name,
        confidence=0.93,
        matcher="lettered_regulations",
        evidence=f"lettered regulation: {name}",
    )


def _plural(doc: Doc, start: int) -> list[Mention]:
    """ "Regulations E and Z": "Regulations E" and "Z", each its own part; nothing when a
    letter is no designation the table knows (then the list is not one of regulations)."""
    m = PLURAL.match(doc.text, start)
    if m is None:
        return []
    spans = [(m.start(), m.end("d"), m.group("d"))]
    spans += [
        (x.start(), x.end(), x.group(0)) for x in _ONE.finditer(doc.text, m.start(2), m.end())
    ]
    out = [_mention(doc, a, b, d) for a, b, d in spans]
    return [x for x in out if x is not None] if all(out) else []


# "the 2011 debit interchange rule" in an article naming Regulation II (Debit Card Interchange
# Fees and Routing): a rule word with two or three words of the regulation's name before it.
TOPIC_BEFORE = deferred(
    # (opening only where a word starts: tried inside words, the pattern cost 10 us a hit)
    r"(?<![A-Za-z0-9-])(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?P<mods>(?:[A-Za-z-]+\s+){2,3})$"
)
_RULE_WORDS = frozenset({"rule", "rules", "regulation", "regulations"})


def _name_words(name: str) -> frozenset[str]:
    """A regulation's name's words of four letters or more, lower case and singular."""
    title = name.split("(")[0]
    return frozenset(w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", title))


def _by_topic(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Rule phrases whose words are two or three words of the name of the one lettered
    regulation the article names ("the 2011 debit interchange rule" beside "Regulation II"):
    that regulation's part. With two lettered regulations named, or none, nothing."""
    regs = {(m.authority, m.name) for m in named}
    if len(regs) != 1:
        return []
    ((authority, name),) = regs
    words = _name_words(name or "")
    text = doc.text
    out: list[Mention] = []
    taken = SpanSet([(m.start, m.end) for m in named])
    for hs, he in doc.hits("agency_rule"):
        if text[hs:he].lower() not in _RULE_WORDS:
            continue
        m = TOPIC_BEFORE.search(text, max(0, hs - 60), hs)
        if m is None:
            continue
        mods = [w.lower().rstrip("s") for w in m.group("mods").split()]
        if not all(w in words for w in mods) or taken.overlaps(m.start(), he):
            continue
        out.append(
            Mention(
                m.start(),
                he,
                text[m.start() : he],
                "regulation",
                authority,
                name=name,
                confidence=0.8,
                matcher="lettered_regulations",
                evidence=f"told by the words of {name}, which the article names",
            )
        )
    return out


PASS = Pass(
    name="lettered_regulations",
    emits=("regulation",),
    anchors=(ANCHOR, AGENCY_RULE_ANCHOR),
    run=find,
    gated=True,
)
