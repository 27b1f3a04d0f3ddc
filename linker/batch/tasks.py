"""The work a batch worker does: scan a partition, render a partition. Pure and picklable.

These functions run in a local worker process or on a Dask worker: they never touch the
network nor the cache. Everything they need comes in their arguments (the article's raw text,
its mentions, the sources its authorities have) and everything they make goes back in their
result, except the pages, which a local worker writes itself (``out_dir``) and a Dask worker,
which may not see the output folder, returns. One article's failure is recorded in its result
and never stops the partition.
"""

from __future__ import annotations

import resource
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import sqlite_utils

from ..load import from_text
from ..models import Article, LinkedArticle, Mention, Source
from ..output import write_atomic
from ..resolve import authorities_for, link_mention
from .inputs import RawArticle

FORMATS = {"html": "html", "json": "json", "annotations": "jsonld"}

Names = tuple[tuple[str, str | None], ...]

_NAMES: Names = ()  # the cached Popular Name Table, set once per local worker
_CACHES: dict[str, sqlite_utils.Database | None] = {}  # read-only cache connections


@dataclass(frozen=True)
class Lookup:
    """Where a worker may look up searches already made: the cache, read-only, on this machine.

    ``offline``: a search the cache lacks stays unanswered (as ``link --offline`` does);
    otherwise a lacking or stale one sends the article back to the main process to search.
    """

    cache: str
    courtlistener_url: str
    offline: bool


def init_worker(names: Names) -> None:
    """Process-pool initializer: remember the act names every scan adds."""
    global _NAMES
    _NAMES = names


def peak_rss_kb() -> int:
    """This process's peak resident memory (KiB on Linux)."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


@dataclass(frozen=True)
class Scanned:
    """One article after the scan stage.

    ``mentions`` are final (``linked``) unless the article has rulings or case names the main
    process must search for; then they are the scanner's and ``text``/``date`` come along.
    """

    id: str
    ok: bool
    mentions: tuple[Mention, ...] = ()
    linked: bool = True
    text: str | None = None
    date: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class RenderJob:
    """One article to render: its raw text, final mentions and its authorities' sources."""

    raw: RawArticle
    mentions: tuple[Mention, ...]
    sources: dict[str, Source] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # the page's warnings before the failures (as ``link``'s)


@dataclass(frozen=True)
class Rendered:
    """One article after rendering: the pages written (or, for Dask, returned)."""

    id: str
    ok: bool
    written: tuple[str, ...] = ()
    pages: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def article_of(raw: RawArticle) -> Article:
    """The ``Article`` the one-article pipeline would build from the same input."""
    from ..fetch import redact_url

    article = from_text(raw.text, redact_url(raw.source), is_html=raw.is_html, date=raw.date)
    return replace(article, title=raw.title) if raw.title else article


def needs_search(mentions: Sequence[Mention]) -> bool:
    """Whether a ruling or an uncited case name waits for a CourtListener search."""
    return any(
        m.kind == "ruling" or (m.kind == "case" and not m.authority and m.name) for m in mentions
    )


def _error(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:299] + "…"


def _read_only(path: str) -> sqlite_utils.Database | None:
    if path not in _CACHES:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            _CACHES[path] = sqlite_utils.Database(conn)
        except sqlite3.Error:
            _CACHES[path] = None
    return _CACHES[path]


class _CacheOnly:
    """The searches a worker may answer: those the cache holds (``searchcache.Searcher``'s
    rules: fresh, or any age offline). A search it lacks is counted in ``missed``."""

    def __init__(self, db: sqlite_utils.Database, offline: bool) -> None:
        self.db = db
        self.offline = offline
        self.missed = 0

    def search_results(self, url: str, params: Mapping[str, str]) -> list[dict[str, Any]]:
        from .. import store
        from ..searchcache import FRESH_FOR, results_in

        cached = store.get_raw(self.db, f"GET {url}?{urlencode(list(params.items()))}")
        have = results_in(cached.body) if cached is not None else None
        if (
            have is not None
            and cached is not None
            and (self.offline or store.age_seconds(cached.fetched_at) < FRESH_FOR)
        ):
            return have
        if not self.offline:
            self.missed += 1
        return have or []


def resolve_from_cache(
    mentions: list[Mention], article: Article, lookup: Lookup
) -> list[Mention] | None:
    """Rulings and case names resolved from searches the cache already holds, or ``None``
    when one is missing (online: the main process searches for it)."""
    from ..pipeline import attach_lawsuits, resolve_case_names
    from ..resolve_rulings import resolve_rulings

    db = _read_only(lookup.cache)
    if db is None:
        return None
    search = _CacheOnly(db, lookup.offline)
    base = lookup.courtlistener_url
    mentions = resolve_rulings(mentions, article.text, article.date, search, base_url=base)
    mentions = resolve_case_names(mentions, search, base_url=base)
    if search.missed:
        return None
    return attach_lawsuits(article.text, mentions)


def scan_part(
    raws: Sequence[RawArticle],
    names: Names | None = None,
    lookup: Lookup | None = None,
    min_confidence: float = 0.5,
) -> tuple[list[Scanned], int]:
    """Scan every article of a partition; returns the results and this worker's peak RSS.

    With ``lookup``, rulings and case names are resolved here from the cache's searches;
    an article that needs a search the cache lacks goes back unresolved with its text.
    """
    from ..scanner import scan

    extra = _NAMES if names is None else names
    out: list[Scanned] = []
    for raw in raws:
        try:
            article = article_of(raw)
            mentions = scan(article, min_confidence=min_confidence, extra_names=extra)
            if needs_search(mentions):
                found = None if lookup is None else resolve_from_cache(mentions, article, lookup)
                if found is None:
                    out.append(
                        Scanned(raw.id, True, tuple(mentions), False, article.text, article.date)
                    )
                    continue
                mentions = found
            out.append(Scanned(raw.id, True, tuple(link_mention(m) for m in mentions)))
        except Exception as exc:  # one broken article never stops the partition
            out.append(Scanned(raw.id, False, error=f"scan: {_error(exc)}"))
    return out, peak_rss_kb()


def linked_article(job: RenderJob) -> LinkedArticle:
    """The article with its authorities' sources attached, as ``fetch.attach_sources`` does
    for ``linker link`` (a test holds the two pages equal): a fetched order or docket links
    to its own page, and the warnings are the notes, then the failures in priority order."""
    from ..fetch import apply_sources, priorities
    from ..quotes import find_quotes

    article = article_of(job.raw)
    plain = LinkedArticle(article, job.mentions, authorities_for(job.mentions))
    authorities, mentions = apply_sources(plain, job.sources, job.failures)
    rank = priorities(plain)
    failed = sorted(
        (a for a in plain.authorities if a in job.failures),
        key=lambda a: rank.get(a, float("inf")),
    )
    warnings = job.notes + tuple(f"could not fetch {a}: {job.failures[a]}" for a in failed)
    return find_quotes(LinkedArticle(article, mentions, authorities, warnings))


def render_pages(linked: LinkedArticle, formats: Sequence[str]) -> dict[str, str]:
    """Each requested format's text, keyed by file extension."""
    pages: dict[str, str] = {}
    for fmt in formats:
        if fmt == "html":
            from ..render import render_html

            pages["html"] = render_html(linked)
        elif fmt == "json":
            from ..output import to_json

            pages["json"] = to_json(linked)
        elif fmt == "annotations":
            from ..annotations import to_annotations

            pages["jsonld"] = to_annotations(linked)
    return pages


def write_pages(out_dir: Path, article_id: str, pages: dict[str, str]) -> tuple[str, ...]:
    written = []
    for ext, data in pages.items():
        name = f"{article_id}.{ext}"
        write_atomic(out_dir / name, data)
        written.append(name)
    return tuple(written)


def render_part(
    jobs: Sequence[RenderJob], formats: Sequence[str], out_dir: str | None = None
) -> tuple[list[Rendered], int]:
    """Render a partition; write the pages under ``out_dir`` when given, else return them."""
    out: list[Rendered] = []
    for job in jobs:
        try:
            pages = render_pages(linked_article(job), formats)
            if out_dir is None:
                out.append(Rendered(job.raw.id, True, pages=pages))
            else:
                out.append(
                    Rendered(job.raw.id, True, write_pages(Path(out_dir), job.raw.id, pages))
                )
        except Exception as exc:  # one broken article never stops the partition
            out.append(Rendered(job.raw.id, False, error=f"render: {_error(exc)}"))
    return out, peak_rss_kb()
