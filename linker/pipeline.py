"""The only place that knows the order: load → scan → resolve → fetch → render.

``scan_article`` never touches the network or writes the cache; ``link_article`` resolves
rulings online, fetches every authority's source and records the article in the cache.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

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
    from .fetch import FetchReport, Policy, Progress


def popular_names(db: sqlite_utils.Database | None) -> tuple[tuple[str, str | None], ...]:
    """Act names from the cached Popular Name Table (empty when never downloaded)."""
    if db is None:
        return ()
    from .names_compare import names_for_scanner

    try:
        return tuple(names_for_scanner(db))
    except Exception:  # an old or foreign cache must not stop a scan
        return ()


def _linked(article: Article, mentions: list[Mention]) -> LinkedArticle:
    final = tuple(link_mention(m) for m in mentions)
    return LinkedArticle(article=article, mentions=final, authorities=authorities_for(final))


def resolve_case_names(
    mentions: list[Mention],
    client: Any,
    *,
    base_url: str,
    token: str | None = None,
) -> list[Mention]:
    """Case names without a citation ("Trump v. CASA") linked to their CourtListener opinion,
    searched once per name, the most mentioned first (a spent CourtListener budget then costs
    the least); a name the search does not single out keeps its search link."""
    from .resolve_rulings import resolve_case_name

    found: dict[tuple[str, str | None], Mention | None] = {}
    wanted = [m for m in mentions if m.kind == "case" and not m.authority and m.name]
    counts: dict[tuple[str, str | None], int] = {}
    first: dict[tuple[str, str | None], Mention] = {}
    for m in wanted:
        key = (str(m.name), m.court)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, m)
    for key in sorted(counts, key=lambda k: -counts[k]):  # stable: ties keep article order
        m = first[key]
        if key not in found:
            match = resolve_case_name(key[0], m.court, client, base_url=base_url, token=token)
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
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "case" or m.authority or not m.name:
            out.append(m)
            continue
        hit = found[(m.name, m.court)]
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
    policy: Policy | None = None,
) -> tuple[LinkedArticle, FetchReport]:
    """Scan, resolve rulings online (through the cache), fetch every source into the cache.

    Quotations of a ruling whose text was fetched are checked against it (``quotes``).
    ``client`` is None when offline. One ``fetch.Http`` serves the whole run: the ruling
    searches and the source fetches share its network budget and the persistent
    CourtListener budget (``search_transport`` is accepted for compatibility and unused).
    The run's notes (no token, a throttle, a spent budget) become page warnings and
    ``FetchReport.notes``.
    """
    from .fetch import TOKEN_NOTE, Http, attach_sources, redact_url
    from .resolve_rules import resolve_rules
    from .resolve_rulings import resolve_rulings
    from .searchcache import Searcher
    from .sources.federalregister import SERVICE as FR_SERVICE

    del search_transport
    off = offline or config.offline
    # an article URL given as https://user:pass@host/… keeps its credentials out of the
    # page and the cache
    article = replace(article, source=redact_url(article.source))
    mentions = _scan(article, min_confidence=min_confidence, extra_names=popular_names(db))
    http = None if off or client is None else Http(client, config, policy, db=db)
    searcher = Searcher(db, http, config, offline=off, refresh=refresh)
    mentions = resolve_rulings(
        mentions,
        article.text,
        article.date,
        searcher,
        base_url=config.courtlistener_url,
        token=config.courtlistener_token,
    )
    mentions = resolve_case_names(
        mentions, searcher, base_url=config.courtlistener_url, token=config.courtlistener_token
    )
    mentions = attach_lawsuits(article.text, mentions)
    fr_searcher = Searcher(db, http, config, offline=off, refresh=refresh, service=FR_SERVICE)
    mentions = resolve_rules(mentions, article.date, fr_searcher, base_url=config.fedreg_url)
    linked = _linked(article, mentions)
    notes: list[str] = []
    if searcher.not_sent and not off:
        notes.append(TOKEN_NOTE)
    notes.extend(searcher.problems + fr_searcher.problems)
    if notes:
        linked = replace(linked, warnings=linked.warnings + tuple(notes))
    linked, report = attach_sources(
        linked,
        db=db,
        client=client,
        config=config,
        offline=off,
        refresh=refresh,
        progress=progress,
        http=http,
    )
    all_notes = tuple(dict.fromkeys([*notes, *report.notes]))
    report = replace(report, notes=all_notes)
    from .quotes import find_quotes

    return find_quotes(replace(linked)), report
