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


@cache
def table() -> dict[str, tuple[tuple[str, str, re.Pattern[str]], ...]]:
    """Each bare title's rows: (id, the title's name, its cue pattern)."""
    out: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
    for r in read_rows("bare_titles.csv"):
        cues = split_field(r["cues"])
        rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, cues)) + r")(?!\w)")
        out.setdefault(r["title"], []).append((r["authority"], r["act"], rx))
    return {t: tuple(rows) for t, rows in out.items()}


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    for s, _ in doc.hits(ANCHOR.name):
        m = BARE.match(text, s)
        if m is None:
            continue
        rows = table().get(f"Title {m.group('n')}")
        if not rows:
            continue
        lo, hi = max(0, s - BEFORE), min(len(text), m.end() + AFTER)
        cued = [r for r in rows if r[2].search(text, lo, hi)]
        if len(cued) != 1:
            continue  # no law's words near it, or two laws' words: which title is unsaid
        authority, name, _ = cued[0]
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


PASS = Pass(name="bare_titles", emits=("statute",), anchors=(ANCHOR,), run=find, gated=True)
