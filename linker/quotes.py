"""Quotations of rulings, checked against the rulings' fetched text.

``find_quotes(linked)`` (pure) looks, near every ``ruling`` or ``case`` mention whose authority
has an opinion's text, for quotations of four words or more (``resolve_rulings.check_quotes``)
and records each as a ``Quote``: found in the text (with the place it begins), or not. A
quotation near several such mentions belongs to one: a ruling whose text contains it first,
then the nearest mention. ``quote_url`` is the link to the quoted place: the source's public
page with a text fragment (``#:~:text=…``), which browsers scroll to and highlight.

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


def locate(quotation: str, text: str) -> tuple[int, int] | None:
    """Where the first part of ``quotation`` (before any ellipsis or bracketed insertion)
    begins and ends in ``text``, compared as ``check_quotes`` compares; ``None`` if absent."""
    parts = [p for p in _PARTS.split(quotation) if normalized(p)[0]]
    if not parts:
        return None
    needle = normalized(parts[0])[0]
    hay, where = normalized(text)
    at = hay.find(needle)
    if at < 0:
        return None
    return where[at], where[at + len(needle) - 1] + 1


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
        for start, end, found in check_quotes(text, m, src.text):
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
