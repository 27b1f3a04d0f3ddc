"""Quotations of rulings, checked against the rulings' fetched text.

``find_quotes(linked)`` (pure) looks, near every ``ruling`` or ``case`` mention whose authority
has an opinion's text, for quotations of four words or more (``resolve_rulings.check_quotes``)
and records each as a ``Quote``: found in the text (with the place it begins), or not. A
quotation near several such mentions belongs to one: a ruling whose text contains it first,
then the nearest mention. ``quote_url`` is the link to the quoted place: the source's public
page with a text fragment (``#:~:text=…``), which browsers scroll to and highlight.

Comparison: ``check_quotes`` finds the quotations and compares words; where it finds nothing,
``contains`` compares letters and digits only, so that text taken from a PDF still matches:
words broken at line ends ("El Sal- vador") and one page break inside a quotation (running
head, page number, footnote mark) are bridged, but words the article left out are not.

What counts as the ruling's text: a CourtListener opinion cluster (``cl:cluster:``) or a
citation's cluster (``cite:``). A docket's text is a line of facts, not the ruling, so dockets
are never checked. A quotation is reported as *not found* only when the text is conclusive: a
``cl:cluster`` text that was not cut short by the fetcher's size limit. Otherwise an
unfound quotation is left unmarked: accusing an article of misquoting is worse than silence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from urllib.parse import quote as urlquote

from .models import LinkedArticle, Quote
from .resolve_rulings import _fold, check_quotes
from .sources.base import TEXT_CHARS

#: Id prefixes whose ``Source.text`` is a ruling's own words (or its syllabus).
OPINION_PREFIXES = ("cl:cluster:", "cite:")
#: Of those, the ones whose full text is fetched, so that absence is meaningful.
CONCLUSIVE_PREFIXES = ("cl:cluster:",)

_KEEP = re.compile(r"[a-z0-9']")
_PARTS = re.compile(r"\.\.\.|…|\[[^\]]*\]")
_QUOTE_CHARS = {"“": '"', "”": '"', "‘": "'"}


def _truncated(text: str) -> bool:
    """Whether ``text`` was cut at the fetcher's size limit (``sources.base.cap``)."""
    return text.endswith(" …") and len(text) > TEXT_CHARS - 200


def conclusive(authority: str, text: str) -> bool:
    """Whether a quotation missing from ``text`` is really missing from the ruling."""
    return authority.startswith(CONCLUSIVE_PREFIXES) and not _truncated(text)


@lru_cache(maxsize=16)
def normalized(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` folded like ``check_quotes`` compares it (lower case, accents and punctuation
    dropped, spaces collapsed), with, for every character of the result, its index in
    ``text``."""
    out: list[str] = []
    where: list[int] = []
    space = True
    for i, c in enumerate(text):
        for ch in _fold(_QUOTE_CHARS.get(c, c)):
            if _KEEP.match(ch):
                out.append(ch)
                where.append(i)
                space = False
            elif not space:
                out.append(" ")
                where.append(i)
                space = True
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), tuple(where)


@lru_cache(maxsize=16)
def squeezed(text: str) -> tuple[str, tuple[int, ...]]:
    """Only the letters and digits of ``normalized(text)``, with their indexes in ``text``:
    words a PDF's line ends broke ("El Sal- vador") compare equal to whole ones."""
    norm, where = normalized(text)
    keep = [(c, i) for c, i in zip(norm, where, strict=True) if c.isalnum()]
    return "".join(c for c, _ in keep), tuple(i for _, i in keep)


#: Characters a page break may put inside a quotation (running head, page number, footnote).
MAX_BREAK = 200


def _bridges(gap: str) -> bool:
    """Whether ``gap``, source text between two halves of a quotation, is printing debris —
    punctuation or a footnote mark, or a page's running head (it carries a page number) —
    rather than words the article left out."""
    if not re.search(r"[^\W\d_]", gap):
        return True
    return len(gap) <= MAX_BREAK and bool(re.search(r"\d", gap))


def find_part(part: str, text: str) -> tuple[int, int] | None:
    """Where ``part`` of a quotation is in ``text`` (``(start, end)`` in ``text``), comparing
    letters and digits only; a part cut in two by a page break (see ``_bridges``) is found
    too. ``None`` when absent."""
    words = normalized(part)[0].split()
    needle = "".join(words).replace("'", "")
    hay, where = squeezed(text)
    if not needle:
        return None
    at = hay.find(needle)
    if at >= 0:
        return where[at], where[at + len(needle) - 1] + 1
    for k in range(1, len(words)):
        head = "".join(words[:k]).replace("'", "")
        tail = "".join(words[k:]).replace("'", "")
        at = hay.find(head)
        while at >= 0:
            head_end = where[at + len(head) - 1] + 1
            nxt = hay.find(tail, at + len(head), at + len(head) + MAX_BREAK + len(tail))
            if nxt >= 0 and _bridges(text[head_end : where[nxt]]):
                return where[at], where[nxt + len(tail) - 1] + 1
            at = hay.find(head, at + 1)
    return None


def _parts(quotation: str) -> list[str]:
    return [p for p in _PARTS.split(quotation) if normalized(p)[0].replace("'", "").strip()]


def contains(quotation: str, text: str) -> bool:
    """Whether ``text`` contains every part of ``quotation`` (parts are split at an ellipsis
    or a bracketed insertion)."""
    parts = _parts(quotation)
    return bool(parts) and all(find_part(p, text) for p in parts)


def locate(quotation: str, text: str) -> tuple[int, int] | None:
    """Where the first part of ``quotation`` (before any ellipsis or bracketed insertion)
    begins and ends in ``text``; ``None`` if absent."""
    parts = _parts(quotation)
    return find_part(parts[0], text) if parts else None


def _distance(start: int, end: int, m_start: int, m_end: int) -> int:
    if start >= m_end:
        return start - m_end
    if m_start >= end:
        return m_start - end
    return 0


def find_quotes(linked: LinkedArticle) -> LinkedArticle:
    """``linked`` with ``quotes``: the quotations near its rulings, checked (see the module
    docstring). Pure; quotes are sorted by position and never overlap."""
    text = linked.article.text
    best: dict[tuple[int, int], tuple[tuple[bool, int, int], Quote]] = {}
    for idx, m in enumerate(linked.mentions):
        if m.kind not in ("ruling", "case") or not m.authority:
            continue
        if not m.authority.startswith(OPINION_PREFIXES):
            continue
        auth = linked.authorities.get(m.authority)
        src = auth.source if auth else None
        if src is None or not src.text:
            continue
        for start, end, exact in check_quotes(text, m, src.text):
            found = exact or contains(text[start:end], src.text)
            if not found and not conclusive(m.authority, src.text):
                continue
            offset = None
            if found:
                place = locate(text[start:end], src.text)
                offset = place[0] if place else None
            key = (not found, _distance(start, end, m.start, m.end), idx)
            q = Quote(start, end, m.authority, found, offset)
            old = best.get((start, end))
            if old is None or key < old[0]:
                best[(start, end)] = (key, q)
    quotes: list[Quote] = []
    for q in sorted((q for _, q in best.values()), key=lambda q: (q.start, q.end)):
        if quotes and q.start < quotes[-1].end:
            continue  # overlapping quotations (mismatched marks): the first one wins
        quotes.append(q)
    return replace(linked, quotes=tuple(quotes))


def _fragment_text(s: str) -> str:
    return urlquote(s, safe="").replace("-", "%2D")


def text_fragment(passage: str, words: int = 4) -> str:
    """A URL text fragment (``#:~:text=…``) that finds ``passage``: the whole passage when
    short, else its first and last ``words`` words (``text=start,end``)."""
    ws = passage.split()
    if len(ws) <= 2 * words:
        return "#:~:text=" + _fragment_text(" ".join(ws))
    return (
        "#:~:text="
        + _fragment_text(" ".join(ws[:words]))
        + ","
        + _fragment_text(" ".join(ws[-words:]))
    )


def quote_url(linked: LinkedArticle, q: Quote) -> str | None:
    """The link to the quoted place in the ruling: its public page with a text fragment made
    of the ruling's own words; the page alone when the place is unknown; ``None`` when the
    quote was not found or the ruling has no http(s) page."""
    if not q.found:
        return None
    auth = linked.authorities.get(q.authority)
    if auth is None:
        return None
    src = auth.source
    base = next(
        (u for u in (src.url if src else None, auth.url) if u and re.match(r"https?://", u)),
        None,
    )
    if base is None:
        return None
    base = base.split("#", 1)[0]
    if src is None or not src.text or q.source_offset is None:
        return base
    place = locate(linked.article.text[q.start : q.end], src.text)
    if place is None:
        return base
    return base + text_fragment(src.text[place[0] : place[1]])
