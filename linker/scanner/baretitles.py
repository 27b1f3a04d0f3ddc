"""A law's title named by its number alone: "reclassify broadband under Title II", "Title II
classification" in a story about the FCC (twentieth session).

"Title VII" and "Title IX" are each one law's title, and ``acts.csv`` lists them as aliases.
"Title II" is not: the Communications Act's (common carriers, 47 U.S.C. 201–276), the
Americans with Disabilities Act's (public services) and the Civil Rights Act of 1964's (public
accommodations) all are, and news prints each bare when its story is about that law.
``linker/data/bare_titles.csv`` lists, for such a number, each law's title with the words its
stories carry (``cues``). A bare title links to the one row whose cues stand near it (its
paragraph: the 600 characters before it and the 300 after); with none, or the cues of two
rows, it stays plain. "Title II of the …" names a title of the law after it (``names``).

"its Title II implementing regulations", "the department's Title III rules": the standing
regulations that carry the title out, not the statute (census45 P2). A row's ``regulations``
column gives that C.F.R. part; the mention (with its owner's possessive) is a regulation.
"""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_rows, split_field
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

ANCHOR = Anchor("bare_title", ("Title",), 0, 12, start="word", end="space")

# "Title II" and no "of" (nor a subtitle's letter, "Title II-B") after it
BARE = deferred(r"Title\s(?P<n>[IVX]{1,5})(?![\w-])(?!\s+of\b)(?!\s+and\b)(?!,?\s+[IVX]+\b)")
BEFORE = 600
AFTER = 300
# "Title II implementing regulations", "Title III rules": the title's regulations
REGS = deferred(r"\s+(?:implementing\s+)?(?:regulations|regs|rules)\b")
# "its", "the department's", "DOJ's" right before the title: the regulations' owner
OWNER = deferred(r"(?:\b(?:its|their)|\b[\w.]+['’]s)\s+$")


# a title this near after one told (its end) is of the same law when that law has it
NEXT_TITLE = 200


def _law(name: str) -> str:
    """The law of a title's name: "Americans with Disabilities Act of 1990, Title II" → its
    first part."""
    return name.split(", Title")[0]


@cache
def table() -> dict[str, tuple[tuple[str, str, re.Pattern[str], str], ...]]:
    """Each bare title's rows: (id, the title's name, its cue pattern, the C.F.R. part of its
    implementing regulations or "")."""
    out: dict[str, list[tuple[str, str, re.Pattern[str], str]]] = {}
    for r in read_rows("bare_titles.csv"):
        cues = split_field(r["cues"])
        rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, cues)) + r")(?!\w)")
        out.setdefault(r["title"], []).append(
            (r["authority"], r["act"], rx, r.get("regulations") or "")
        )
    return {t: tuple(rows) for t, rows in out.items()}


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    last: tuple[int, str] | None = None  # the end of the last title told and its law
    for s, _ in doc.hits(ANCHOR.name):
        m = BARE.match(text, s)
        if m is None:
            continue
        rows = table().get(f"Title {m.group('n')}")
        if not rows:
            continue
        lo, hi = max(0, s - BEFORE), min(len(text), m.end() + AFTER)
        cued = [r for r in rows if r[2].search(text, lo, hi)]
        if len(cued) != 1 and last is not None and s - last[0] <= NEXT_TITLE:
            # "its Title II implementing regulations … as well as its Title III regulations":
            # a title named right after another's (one law told) is a title of that law
            cued = [r for r in rows if _law(r[1]) == last[1]]
        if len(cued) != 1:
            continue  # no law's words near it, or two laws' words: which title is unsaid
        last = (m.end(), _law(cued[0][1]))
        authority, name, _, regs = cued[0]
        told = REGS.match(text, m.end()) if regs else None
        if told is not None:
            owner = OWNER.search(text, max(0, s - 40), s)
            start = owner.start() if owner is not None else s
            out.append(
                Mention(
                    start,
                    told.end(),
                    text[start : told.end()],
                    "regulation",
                    regs,
                    name=f"{name}: implementing regulations",
                    confidence=0.8,
                    matcher="names",
                    evidence=(
                        "a title's regulations named by its number, told by its law's "
                        f"words: {name}"
                    ),
                )
            )
            continue
        out.append(
            Mention(
                s,
                m.end(),
                m.group(0),
                "statute",
                authority,
                name=name,
                confidence=0.8,
                matcher="names",
                evidence=f"a title named by its number alone, told by its law's words: {name}",
            )
        )
    return out


PASS = Pass(
    name="bare_titles", emits=("statute", "regulation"), anchors=(ANCHOR,), run=find, gated=True
)
