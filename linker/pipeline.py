"""The only place that knows the order: load → scan → resolve → fetch → render.

``scan_article`` never touches the network or writes the cache; ``link_article`` resolves
rulings online, fetches every authority's source and records the article in the cache.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .models import Article, LinkedArticle, Mention
from .resolve import authorities_for, link_mention
from .scanner import scan
from .textnorm import normalise


def _scan(
    article: Article, *, min_confidence: float, extra_names: tuple[tuple[str, str | None], ...]
) -> list[Mention]:
    """``scan`` over the article's text normalised for reading (``textnorm``), with every
    mention's span and text mapped back to the original text."""
    norm = normalise(article.text)
    if norm.text == article.text:
        return scan(article, min_confidence=min_confidence, extra_names=extra_names)
    found = scan(
        replace(article, text=norm.text), min_confidence=min_confidence, extra_names=extra_names
    )
    out: list[Mention] = []
    for m in found:
        start, end = norm.span(m.start, m.end)
        out.append(m.with_(start=start, end=end, text=article.text[start:end]))
    return out


if TYPE_CHECKING:  # ``scan_article`` needs none of these: ``link_article`` imports them
    import httpx
    import sqlite_utils

    from .config import Config
    from .fetch import FetchReport, Progress


def popular_names(db: sqlite_utils.Database | None) -> tuple[tuple[str, str | None], ...]:
    """Act names from the cached Popular Name Table (empty when never downloaded)."""
    if db is None:
        return ()
    from .popular_names import names_for_scanner

    try:
        return tuple(names_for_scanner(db))
    except Exception:  # an old or foreign cache must not stop a scan
        return ()


def _linked(article: Article, mentions: list[Mention]) -> LinkedArticle:
    final = tuple(link_mention(m) for m in mentions)
    return LinkedArticle(article=article, mentions=final, authorities=authorities_for(final))


def resolve_case_names(
    mentions: list[Mention],
    client: httpx.Client,
    *,
    base_url: str,
    token: str | None = None,
) -> list[Mention]:
    """Case names without a citation ("Trump v. CASA") linked to their CourtListener opinion,
    searched once per name; a name the search does not single out keeps its search link."""
    from .resolve_rulings import resolve_case_name

    found: dict[tuple[str, str | None], Mention | None] = {}
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "case" or m.authority or not m.name:
            out.append(m)
            continue
        key = (m.name, m.court)
        if key not in found:
            match = resolve_case_name(m.name, m.court, client, base_url=base_url, token=token)
            found[key] = (
                None
                if match is None
                else m.with_(
                    authority=match.authority,
                    url=match.url,
                    evidence=f"{m.evidence or 'case name'}; found on CourtListener: "
                    f"{match.name} ({match.court or '?'}, {match.date or 'undated'})",
                )
            )
        hit = found[key]
        out.append(
            m
            if hit is None
            else m.with_(authority=hit.authority, url=hit.url, evidence=hit.evidence)
        )
    return out


LAWSUIT = re.compile(r"\b(?:[Aa]|[Tt]he|[Tt]his|[Tt]hat)\s+(?:federal\s+)?(?:lawsuit|suit)\b")


def attach_lawsuits(text: str, mentions: list[Mention]) -> list[Mention]:
    """'The lawsuit' after a ruling that was found online is that docket's case.

    Offline the article rarely names its lawsuit; once CourtListener has identified the
    docket a ruling belongs to, the case's name is known and the lawsuit can link to it.
    Only when every ruling linked before the phrase points to the same docket.
    """
    docket_rulings = [
        m for m in mentions if m.kind == "ruling" and m.authority and m.authority.startswith("cl:")
    ]
    if not docket_rulings:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for hit in LAWSUIT.finditer(text):
        s, e = hit.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        before = {m.authority for m in docket_rulings if m.end <= s}
        if len(before) != 1:
            continue
        ruling = next(m for m in reversed(docket_rulings) if m.end <= s)
        added.append(
            Mention(
                s,
                e,
                hit.group(0),
                "case",
                ruling.authority,
                court=ruling.court,
                name=ruling.name,
                confidence=0.7,
                anaphor=True,
                url=ruling.url,
                evidence=f"the lawsuit behind “{ruling.text}”",
                matcher="lawsuits",
            )
        )
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def scan_article(
    article: Article,
    *,
    min_confidence: float = 0.5,
    names_db: sqlite_utils.Database | None = None,
) -> LinkedArticle:
    """Find and resolve every mention without touching the network or writing the cache.

    ``names_db``, when given, is only read: it supplies the cached Popular Name Table.
    """
    mentions = _scan(article, min_confidence=min_confidence, extra_names=popular_names(names_db))
    return _linked(article, mentions)


def link_article(
    article: Article,
    *,
    db: sqlite_utils.Database,
    client: httpx.Client | None,
    config: Config,
    offline: bool = False,
    refresh: bool = False,
    progress: Progress | None = None,
    search_transport: httpx.BaseTransport | None = None,
    min_confidence: float = 0.5,
) -> tuple[LinkedArticle, FetchReport]:
    """Scan, resolve rulings online (through the cache), fetch every source into the cache.

    Quotations of a ruling whose text was fetched are checked against it (``quotes``).
    ``client`` is None when offline. ``search_transport`` is the transport the ruling
    resolver's searches use (default: ``client``'s own); its answers are cached too.
    """
    from .fetch import attach_sources
    from .resolve_rulings import resolve_rulings
    from .searchcache import caching_client

    mentions = _scan(article, min_confidence=min_confidence, extra_names=popular_names(db))
    inner = None if offline or client is None else (search_transport or client._transport)
    headers = {"User-Agent": client.headers.get("User-Agent", "linker")} if client else None
    with caching_client(db, inner, offline=offline, refresh=refresh, headers=headers) as search:
        mentions = resolve_rulings(
            mentions,
            article.text,
            article.date,
            search,
            base_url=config.courtlistener_url,
            token=config.courtlistener_token,
        )
        mentions = resolve_case_names(
            mentions, search, base_url=config.courtlistener_url, token=config.courtlistener_token
        )
    mentions = attach_lawsuits(article.text, mentions)
    linked = _linked(article, mentions)
    linked, report = attach_sources(
        linked,
        db=db,
        client=client,
        config=config,
        offline=offline,
        refresh=refresh,
        progress=progress,
    )
    from .quotes import find_quotes

    return find_quotes(replace(linked)), report
