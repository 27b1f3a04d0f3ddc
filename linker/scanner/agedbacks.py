"""A law told again by its age (twenty-first session): "the 19th-century near-total ban on
abortion", "a statute that has been on the books for over 140 years", "the 160-year-old law".
A follow-up pass.

Each is a reference back to the law the article named before it whose year it fits: a
statute mention whose name or words carry its year ("an 1849 law", "the Comstock Act of
1873") or whose ``acts.csv`` row has one. Linked only where exactly one such law fits; with
two, or none whose year is known, the phrase stays plain. An age counts back from the
article's year (from 2000–2026 when the article has no date: "over 175 years" is then a law
of before 1851).
"""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import acts
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet

ANCHOR = Anchor(
    "aged_backs",
    ("century", "years", "year-old", "century-old", "centuries-old"),
    90,
    50,
    "word",
    "word",
)
_DET = r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts)\s+"
_HEAD = r"(?:law|statute|ban|provision|prohibition)"
# "the 19th-century near-total ban on abortion", "a 19th century law"
_CENTURY = deferred(
    _DET
    + r"(?P<ord>1[6-9]|20)(?:th|st|nd|rd)[- ]century\s+(?:[\w-]+\s+){0,3}?"
    + _HEAD
    + r"\b(?:\s+on\s+[a-z][\w-]+\b)?"
)
# "a statute that has been in effect for over 175 years", "the law, which has been on the
# books for more than a century"
_IN_EFFECT = deferred(
    _DET + r"(?:[\w-]+\s+)?" + _HEAD + r",?\s+(?:that|which)\s+(?:has|had)\s+been\s+"
    r"(?:in\s+effect|on\s+the\s+books|in\s+place|(?:the\s+)?law)\s+(?:since\s+\w+\s+)?for\s+"
    r"(?P<q>over|more\s+than|nearly|almost|about|roughly|some|)\s*"
    r"(?P<n>\d{2,3}|a\s+century|two\s+centuries|a\s+century\s+and\s+a\s+half)\s*(?:years)?\b"
)
# "the 150-year-old law", "a century-old ban", "the centuries-old statute"; an adjective or
# two before the age, a comma after it ("the harsh, 150-year-old law")
_OLD = deferred(
    _DET
    + r"(?:(?!(?:law|statute|ban|and|or|but)\b)[a-z][a-z-]+,?\s+){0,2}"
    + r"(?P<n>\d{2,3}-year|century|centuries)-old\s+(?:[\w-]+\s+)?"
    + _HEAD
    + r"\b"
)
_YEAR = deferred(r"\b(1[6-9]\d\d|20[0-2]\d)\b")
_WORDS = {"a century": 100, "two centuries": 200, "a century and a half": 150}


@cache
def _act_years() -> dict[str, int]:
    return {a.authority: a.year for a in acts() if a.authority and a.year}


def _year_of(m: Mention) -> int | None:
    for s in (m.name or "", m.text):
        y = _YEAR.search(s)
        if y:
            return int(y.group(1))
    return _act_years().get(m.authority or "")


def _span(doc: Doc) -> tuple[int, int]:
    """The article's year, or the years an undated article may be of."""
    if doc.date and doc.date[:4].isdigit():
        y = int(doc.date[:4])
        return y, y
    return 2000, 2026


def _years(doc: Doc, hit: re.Match[str]) -> tuple[int, int]:
    """The years of enactment the phrase allows."""
    if "ord" in hit.re.groupindex and hit.group("ord"):
        c = int(hit.group("ord"))
        return (c - 1) * 100, c * 100 - 1
    lo_now, hi_now = _span(doc)
    raw = hit.group("n")
    if raw.endswith("-year"):
        n = int(raw[: -len("-year")])
        return lo_now - n - 1, hi_now - n
    if raw == "century":
        return lo_now - 150, hi_now - 90
    if raw == "centuries":
        return 1600, hi_now - 200
    n = _WORDS.get(re.sub(r"\s+", " ", raw), 0) or int(raw)
    q = re.sub(r"\s+", " ", hit.group("q") or "")
    if q in ("over", "more than"):
        return lo_now - n - 60, hi_now - n
    if q in ("nearly", "almost"):
        return lo_now - n, hi_now - n + 10
    return lo_now - n - 5, hi_now - n + 5


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    laws = [
        (m, y)
        for m in mentions
        if m.kind == "statute" and m.authority and not m.anaphor and (y := _year_of(m))
    ]
    if not laws:
        return mentions
    text = doc.text
    taken = SpanSet([(m.start, m.end) for m in mentions])
    added: list[Mention] = []
    for ws, we in doc.windows("aged_backs"):
        for finditer in (_CENTURY.finditer, _IN_EFFECT.finditer, _OLD.finditer):
            for hit in finditer(text, ws, we):
                s, e = hit.span()
                if taken.overlaps(s, e):
                    continue
                lo, hi = _years(doc, hit)
                fits = {m.authority: m for m, y in laws if m.end <= s and lo <= y <= hi}
                if len(fits) != 1:
                    continue
                ante = next(iter(fits.values()))
                added.append(
                    Mention(
                        s,
                        e,
                        text[s:e],
                        "statute",
                        ante.authority,
                        name=ante.name,
                        confidence=0.7,
                        anaphor=True,
                        matcher="agedbacks",
                        evidence=f"a law told by its age: {ante.text}",
                    )
                )
                taken.add(s, e)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


PASS = Pass(
    name="agedbacks",
    emits=("statute",),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
    needs_anaphora=True,
)
