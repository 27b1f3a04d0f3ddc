"""Provisions of a regulation that news describes instead of citing: "an obscure clause in the
federal regulation" that lets agencies end grants (2 CFR 200.340), "the termination clause".

``linker/data/regulation_provisions.csv`` lists such provisions with the phrases that name them
and the words that tell them apart (``topics``). A description ("a clause in the federal
regulation", "a provision of the grant regulations") is the provision whose topic words stand
at least twice in its sentence, the two before it and the one after it; a named phrase ("the
termination clause") needs one. Anything less is left alone. What refers back to a provision
("that clause", "the Clause") is the anaphora pass's (``families``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_rows, split_field
from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .phrases import fold, normalise_quotes

DESCRIBED = deferred(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}?(?:clause|provision)\s+"
    r"(?:in|of)\s+(?:the\s+)?(?:federal\s+|[A-Z]\w+\s+)?(?:grant\s+)?regulations?\b"
)
MIN_TOPICS = 2  # topic words a description needs around it


@dataclass(frozen=True)
class Provision:
    cfr: str
    name: str
    phrases: tuple[str, ...]
    topics: tuple[str, ...]


@cache
def provisions() -> tuple[Provision, ...]:
    out = []
    for r in read_rows("regulation_provisions.csv"):
        if r.get("cfr", "").startswith("cfr:") and r.get("name") and r.get("source"):
            out.append(
                Provision(
                    r["cfr"], r["name"], split_field(r.get("phrases", "")), split_field(r["topics"])
                )
            )
    return tuple(out)


@cache
def _word(phrase: str) -> re.Pattern[str]:
    flags = 0 if any(c.isupper() for c in phrase) else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", flags)


_QUOTES = frozenset("'’‘")


def _lower_text(text: str) -> str:
    """What ``text.lower()`` holds for a phrase without quotation marks: the phrase bank's
    folded, quote-normalised text, which its walk over the article has made already (the
    same string but for quotation marks, unless a letter lengthens in lower case, as "İ"
    alone does)."""
    if "\u0130" in text:
        return text.lower()
    return fold(normalise_quotes(text))


@cache
def _lowered(p: Provision) -> tuple[tuple[str, str], ...]:
    """The provision's phrases, each with its lower-cased form."""
    return tuple((phrase, phrase.lower()) for phrase in p.phrases)


def _topic_count(p: Provision, text: str) -> int:
    return sum(1 for t in p.topics if _word(t).search(text))


def _best(text: str, need: int) -> Provision | None:
    scored = sorted(((_topic_count(p, text), p) for p in provisions()), key=lambda s: -s[0])
    if not scored or scored[0][0] < need:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # two provisions fit equally well
    return scored[0][1]


def _around(doc: Doc, s: int, e: int) -> str:
    """The mention's sentence, the two before it and the one after it."""
    return doc.around(s, e)


def find(doc: Doc) -> list[Mention]:
    """Provisions described or named in ``doc`` (runs near the regulation words)."""
    if not provisions():
        return []
    text = doc.text
    out: list[Mention] = []
    # every description holds "clause" or "provision" in lower case: only windows that
    # hold one are searched (a pattern opening on a word boundary is tried at every place)
    described = doc.holds("clause") or doc.holds("provision")
    for ws, we in doc.windows("agency_rule") if described else ():
        if text.find("clause", ws, we) < 0 and text.find("provision", ws, we) < 0:
            continue
        for m in DESCRIBED.finditer(text, ws, we):
            p = _best(_around(doc, m.start(), m.end()), MIN_TOPICS)
            if p is not None:
                out.append(_mention(m.start(), m.end(), text, p, "a provision described"))
    low = _lower_text(text)
    # (a phrase stands in the text only where its last word does: each last word is looked
    # for once, not each phrase that ends in it; "clause" and "provision" end them all now)
    ends: dict[tuple[bool, str], bool] = {}
    for p in provisions():
        for phrase, lowered in _lowered(p):
            plain = _QUOTES.isdisjoint(lowered)
            last = lowered.rsplit(None, 1)[-1] if lowered.strip() else lowered
            seen = ends.get((plain, last))
            if seen is None:
                seen = ends[(plain, last)] = last in (low if plain else text.lower())
            if not seen or lowered not in (low if plain else text.lower()):
                continue  # not in the text in any case: no need for its pattern
            for m in _word(phrase).finditer(text):
                if any(o.start < m.end() and m.start() < o.end for o in out):
                    continue
                if _best(_around(doc, m.start(), m.end()), 1) is p:
                    out.append(_mention(m.start(), m.end(), text, p, "a provision named"))
    return out


def _mention(s: int, e: int, text: str, p: Provision, how: str) -> Mention:
    return Mention(
        s,
        e,
        text[s:e],
        "regulation",
        p.cfr,
        name=p.name,
        confidence=0.75,
        matcher="regulations",
        evidence=f"{how}: {p.name}",
    )
