"""A prosecution told by its side and not its caption: "the state murder case", "a parallel
federal death penalty prosecution", "the federal matter", "He also faces federal charges".

A criminal case is captioned by who prosecutes it: "United States v. <defendant>" for a
federal one, "People v." (California, Colorado, Illinois, Michigan, New York), "Commonwealth
v." (Kentucky, Massachusetts, Pennsylvania, Virginia) or "State v." for a state's. Such a
phrase is a mention of the prosecution ``lawsuits.csv`` lists of that side whose defendant's
surname the article names (in the phrase's sentence or the 800 characters before it): the
one such row, filed by the article's date. A row is what makes the caption certain (the
court, the judge and the charge were checked); a phrase that two rows fit, or none, or
whose sentence names no prosecution's defendant, is left alone. "state" and "federal" must
be said: "the case" alone is the ``lawsuits`` and ``suitrefs`` passes' to read.
"""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import Lawsuit, lawsuits
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .sentences import sentence_start
from .spans import SpanSet, by_span
from .state_laws import state_names

PROSECUTION_ANCHOR = Anchor(
    "prosecution_side", ("state", "federal", "State", "Federal"), 30, 60, "word", "word"
)
# "the entire state case", "the state murder case", "a parallel federal death penalty
# prosecution", "the federal matter", "federal charges", "the federal criminal case"
PHRASE = deferred(
    r"(?:\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Ii]ts|[Tt]his|[Tt]hat)\s+"
    r"(?:(?:entire|whole|separate|parallel|pending|ongoing|remaining|underlying)\s+)?)?"
    r"(?P<side>[Ss]tate|[Ff]ederal)\s+"
    r"(?:(?:murder|criminal|capital|death[- ]penalty|terrorism|homicide|weapons?|gun|"
    r"stalking|fraud|corruption|racketeering)\s+){0,2}"
    r"(?P<head>case|prosecution|matter|charges|indictment|trial)\b"
)
# After the head: "the state case law", "federal charges were filed against two others"
_NOT_AFTER = deferred(r"\s*(?:law|laws|study|of\b)")
# Before a bare "federal charges": only a defendant facing them ("He also faces federal
# charges", "Smith is charged … and faces federal charges"), never "federal charges are rare".
_FACES = deferred(r"\b(?:faces?|facing|faced|pleaded\s+not\s+guilty\s+to|on)\s+(?:\w+\s+){0,2}$")
_PROSECUTOR = deferred(r"^(?P<who>United States|People|State|Commonwealth) v\. (?P<def>.+)$")
REACH = 800


@cache
def _prosecutions() -> dict[str, tuple[tuple[str, Lawsuit], ...]]:
    """The prosecutions of the table by side ("federal", "state"), each with its defendant's
    surname (the caption's second side's last word)."""
    out: dict[str, list[tuple[str, Lawsuit]]] = {"federal": [], "state": []}
    for row in lawsuits():
        m = _PROSECUTOR.match(row.name)
        if m is None or row.generated:
            continue
        words = m.group("def").split()
        if len(words) != 1 or not words[0][:1].isupper() or words[0] in state_names():
            continue  # ("United States v. Google LLC", "United States v. Texas": no person)
        if not _criminal(row):
            continue  # ("United States v. Weber", the voter-roll suit: a civil one)
        side = "federal" if m.group("who") == "United States" else "state"
        out[side].append((words[0], row))
    return {k: tuple(v) for k, v in out.items()}


def _criminal(row: Lawsuit) -> bool:
    """Whether a row is a prosecution: a criminal docket ("1:23-cr-00257"), or a source that
    tells its indictment."""
    return "-cr-" in (row.docket or "") or "indictment" in row.source.lower()


def _surname_at(text: str, surname: str, lo: int, hi: int) -> bool:
    """Whether ``surname`` stands in ``text[lo:hi]`` as a surname, not as the first name of
    another ("James" of "James Comey")."""
    return re.search(rf"\b{re.escape(surname)}\b(?!\s+[A-Z][a-z])", text[lo:hi]) is not None


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus a ``case`` mention for each prosecution told by its side."""
    text = doc.text
    hits = [
        hit for ws, we in doc.windows("prosecution_side") for hit in PHRASE.finditer(text, ws, we)
    ]
    if not hits:
        return mentions
    table = _prosecutions()
    if not table["federal"] and not table["state"]:
        return mentions
    taken = SpanSet([(m.start, m.end) for m in mentions])
    added: list[Mention] = []
    seen: set[int] = set()
    for hit in hits:
        s, e = hit.span()
        if s in seen or taken.overlaps(s, e) or _NOT_AFTER.match(text, e):
            continue
        seen.add(s)
        bare = hit.start("side") == s  # (no determiner: "federal charges")
        if bare and (hit.group("head") != "charges" or not _FACES.search(text, max(0, s - 40), s)):
            continue  # a bare "federal charges" only as what someone faces
        side = hit.group("side").lower()
        a = sentence_start(text, s)
        stop = text.find(".", e)
        lo, hi = max(0, a - REACH), stop if stop >= 0 else len(text)
        fits = {
            row
            for surname, row in table[side]
            if _surname_at(text, surname, lo, hi)
            and not (doc.date and row.filed and doc.date[: len(row.filed)] < row.filed[:10])
        }
        if len(fits) != 1:
            continue
        row = fits.pop()
        added.append(
            Mention(
                s,
                e,
                text[s:e],
                "case",
                None,
                court=row.court,
                name=row.name,
                confidence=0.65,
                anaphor=not bare and not text[s:e].startswith(("a ", "A ")),
                url=_url(row),
                evidence=f"the {side} prosecution the table lists of a defendant the text names",
                matcher="prosecutions",
            )
        )
        taken.add(s, e)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


def _url(row: Lawsuit) -> str:
    from .lawsuits import _suit_url

    return _suit_url(row)


PASS = Pass(
    name="prosecutions",
    emits=("case",),
    anchors=(PROSECUTION_ANCHOR,),
    run=attach,
    gated=True,
    needs_anaphora=True,
)
