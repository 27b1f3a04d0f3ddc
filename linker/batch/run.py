"""``run_batch``: link an archive in stages that fit the work.

1. **scan** (parallel): the main process reads each article and hashes it; workers scan
   partitions of articles (no network, no cache). Results go to the spool (``state.py``).
2. **search** (main process): rulings and case names are searched once through one caching
   client for the whole batch, so a search made for one article is never made again.
3. **fetch** (main process): the distinct authorities of all articles are fetched once each
   by ``fetch_sources``, with its per-service politeness; the cache has one writer.
4. **render** (parallel): each article is rendered from its mentions and the sources of its
   own authorities (a read-only copy travels with the task).
5. **index**: ``mentions.jsonl``, ``article_mentions`` in the cache, ``index.html``,
   ``batch-report.json``.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

import httpx
import sqlite_utils

from .. import store
from ..config import Config
from ..errors import InputError, LinkerError
from ..fetch import TOKEN_NOTE, FetchReport, Http, Policy, fetch_sources, make_bounded_client
from ..load import load_article
from ..models import Mention, Source
from ..output import write_atomic
from ..pipeline import attach_lawsuits, popular_names, resolve_case_names
from ..resolve import link_mention
from .inputs import Item, RawArticle, iter_items, read_item
from .pool import DaskPool, LocalPool, Pool, stream
from .progress import Bar
from .report import BatchReport, IndexPage, mention_line
from .state import State, mentions_from, mentions_json
from .tasks import (
    FORMATS,
    Lookup,
    Rendered,
    RenderJob,
    Scanned,
    render_part,
    scan_part,
)
from .tasks import peak_rss_kb as _rss
from .tasks import write_pages as _write_pages


@dataclass(frozen=True)
class BatchOptions:
    """What ``linker batch`` was asked to do (see the CLI for each option's meaning)."""

    out: Path
    formats: tuple[str, ...] = ("html",)
    workers: int = 0  # 0: one per core
    offline: bool = False
    resume: bool = False
    limit: int | None = None
    scheduler: str | None = None
    refresh: bool = False
    partition: int = 0  # articles per task; 0: 8 locally, 32 on Dask
    progress: bool | None = None  # None: only on a terminal


def _db_file(db: sqlite_utils.Database) -> str | None:
    """The cache's file path ("" or None for an in-memory database)."""
    for _seq, name, path in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(path) or None
    return None


def _item_dict(item: Item) -> dict[str, Any]:
    return {k: v for k, v in asdict(item).items() if v is not None}


def _outputs_exist(out: Path, aid: str, formats: Sequence[str]) -> bool:
    return all((out / f"{aid}.{FORMATS[f]}").is_file() for f in formats)


class _Batch:
    """One run: the stages share the options, the pool, the spool and the report."""

    def __init__(
        self,
        options: BatchOptions,
        pool: Pool,
        state: State,
        config: Config,
        db: sqlite_utils.Database,
        http: Http | None,
    ) -> None:
        self.o = options
        self.http = http  # the batch's one Http: searches and fetches share its budgets
        self.offline = options.offline or config.offline
        self.searches_not_sent = 0
        self.pool = pool
        self.state = state
        self.config = config
        self.db = db
        self.run = f"{store.now_iso()}-{uuid.uuid4().hex[:8]}"
        self.report = BatchReport(workers=pool.workers, executor=pool.kind)
        self.formats = ",".join(options.formats)
        self.worker_rss = 0
        size = options.partition or (8 if pool.kind == "local" else 32)
        self.partition = max(1, size)
        self.in_flight = max(2, pool.workers * (4 if pool.kind == "local" else 2))
        # local workers resolve rulings from the cache's searches themselves (read-only)
        cache_file = _db_file(db)
        self.lookup = (
            Lookup(cache_file, config.courtlistener_url, self.offline)
            if pool.kind == "local" and not options.refresh and cache_file
            else None
        )

    def fail(self, aid: str, source: str, stage: str, error: str, *, row: bool = True) -> None:
        if row:
            self.state.set(aid, status="failed", error=error)
            got = self.state.conn.execute("SELECT source FROM articles WHERE id = ?", [aid])
            source = (got.fetchone() or [source])[0]
        self.report.failed += 1
        self.report.failures.append({"id": aid, "source": source, "stage": stage, "error": error})

    # 1. scan ------------------------------------------------------------------------------

    def _raw(self, item: Item, seq: int, client: httpx.Client | None) -> RawArticle | None:
        """Read one article (fetch a URL) or record why not."""
        try:
            if item.kind == "url":
                if self.offline or client is None:
                    raise InputError(f"{item.source}: a URL cannot be read offline")
                with make_bounded_client(self.config) as page_client:
                    a = load_article(item.source, client=page_client, date=item.date)
                text, is_html = (a.html, True) if a.html is not None else (a.text, False)
                return RawArticle(item.id, item.source, text, is_html, item.date, item.title)
            return read_item(item)
        except (InputError, OSError, ValueError) as exc:
            self.report.articles += 1
            self.fail(item.id, item.source, "load", f"load: {exc}", row=False)
            return None

    def _partitions(
        self, items: Iterable[Item], client: httpx.Client | None, bar: Bar
    ) -> Iterator[tuple[list[str], tuple[Any, ...]]]:
        part: list[RawArticle] = []
        for seq, item in enumerate(items):
            prev = self.state.previous(item.id)
            if prev is not None and prev["run"] == self.run:
                self.report.articles += 1
                self.fail(item.id, item.source, "load", "load: duplicate id", row=False)
                bar.update()
                continue
            raw = self._raw(item, seq, client)
            if raw is None:
                bar.update()
                continue
            self.report.articles += 1
            digest = raw.digest
            if (
                self.o.resume
                and prev is not None
                and prev["hash"] == digest
                and prev["status"] in ("ok", "skipped")
                and prev["formats"] == self.formats
                and _outputs_exist(self.o.out, item.id, self.o.formats)
            ):
                self.state.skip(item.id, self.run, seq)
                self.report.skipped += 1
                bar.update()
                continue
            self.state.start(
                item.id, self.run, seq, raw.source, _item_dict(item), digest, self.formats
            )
            if item.kind == "url":
                self.state.keep_page(item.id, raw.text, raw.is_html)
            part.append(raw)
            if len(part) >= self.partition:
                yield [r.id for r in part], (part, self.pool.names_arg, self.lookup)
                part = []
        if part:
            yield [r.id for r in part], (part, self.pool.names_arg, self.lookup)

    def scan(self, items: Iterable[Item], client: httpx.Client | None, total: int | None) -> None:
        bar = Bar("scan", total, self.o.progress)

        def done(ids: list[str], result: tuple[list[Scanned], int]) -> None:
            scanned, rss = result
            self.worker_rss = max(self.worker_rss, rss)
            for s in scanned:
                if not s.ok:
                    self.fail(s.id, s.id, "scan", s.error or "scan failed")
                    continue
                auths = " ".join(dict.fromkeys(m.authority for m in s.mentions if m.authority))
                self.state.set(
                    s.id,
                    status="scanned" if not s.linked else "linked",
                    mentions=mentions_json(s.mentions),
                    authorities=auths,
                    search_text=s.text,
                    search_date=s.date,
                )
            bar.update(len(ids))

        def crashed(ids: list[str], reason: str) -> None:
            for aid in ids:
                self.fail(aid, aid, "scan", reason)
            bar.update(len(ids))

        try:
            stream(
                self.pool,
                scan_part,
                self._partitions(items, client, bar),
                done,
                crashed,
                self.in_flight,
            )
        finally:
            bar.close()
            self.state.commit()

    # 2. search ----------------------------------------------------------------------------

    def search(self) -> None:
        """Rulings and case names the workers could not answer from the cache, searched by
        one ``Searcher`` an article (as ``link`` does) over the batch's one ``Http``, so the
        network and CourtListener budgets cover the whole batch and a search made for one
        article is answered from the cache for every other."""
        from ..fetch import TOKEN_NOTE
        from ..resolve_rulings import resolve_rulings
        from ..searchcache import Searcher

        off = self.offline
        total = self.state.count(self.run, "scanned")
        bar = Bar("search", total, self.o.progress and total > 0)
        base, token = self.config.courtlistener_url, self.config.courtlistener_token
        for (aid,) in self.state.rows(self.run, ["scanned"], "id"):
            row = self.state.conn.execute(
                "SELECT mentions, search_text, search_date FROM articles WHERE id = ?", [aid]
            ).fetchone()
            searcher = Searcher(
                self.db, self.http, self.config, offline=off, refresh=self.o.refresh
            )
            try:
                mentions: list[Mention] = list(mentions_from(row[0]))
                mentions = resolve_rulings(
                    mentions, row[1], row[2], searcher, base_url=base, token=token
                )
                mentions = resolve_case_names(mentions, searcher, base_url=base, token=token)
                final = [link_mention(m) for m in attach_lawsuits(row[1], mentions)]
            except Exception as exc:  # a resolver bug fails this article, not the batch
                self.fail(aid, aid, "search", f"search: {type(exc).__name__}: {exc}")
            else:
                notes = [TOKEN_NOTE] if searcher.not_sent and not off else []
                notes.extend(searcher.problems)
                self.searches_not_sent += searcher.not_sent
                auths = " ".join(dict.fromkeys(m.authority for m in final if m.authority))
                self.state.set(
                    aid,
                    status="linked",
                    mentions=mentions_json(final),
                    authorities=auths,
                    search_text=None,
                    notes=json.dumps(notes) if notes else None,
                )
            bar.update()
        if self.http is not None:
            self.report.searches = self.http.requests_made
        bar.close()
        self.state.commit()

    # 3. fetch -----------------------------------------------------------------------------

    def fetch(self, client: httpx.Client | None) -> FetchReport:
        """Each distinct authority of the batch fetched once, the most cited first (so a
        spent budget costs the least cited), over the batch's one ``Http``."""
        counts: dict[str, int] = {}
        for (auths,) in self.state.rows(self.run, ["linked"], "authorities"):
            for a in (auths or "").split():
                counts[a] = counts.get(a, 0) + 1
        self.report.authorities = len(counts)
        ranked = sorted(counts, key=lambda a: -counts[a])
        bar = Bar("fetch", len(counts), self.o.progress and len(counts) > 0)
        report = fetch_sources(
            list(counts),
            db=self.db,
            client=None if self.offline else client,
            config=self.config,
            offline=self.offline,
            refresh=self.o.refresh,
            progress=lambda _a, _d, _t: bar.update(),
            http=self.http,
            priority={a: float(i) for i, a in enumerate(ranked)},
        )
        bar.close()
        self.report.sources = {
            "fetched": report.fetched,
            "from_cache": report.from_cache,
            "failed": report.failed,
            "linked_only": len(report.skipped),
            "requests": report.requests,
        }
        self.report.source_failures = dict(report.failures)
        self.report.notes = list(report.notes)
        if self.searches_not_sent and TOKEN_NOTE not in self.report.notes:
            self.report.notes.insert(0, TOKEN_NOTE)
        return report

    # 4. render ----------------------------------------------------------------------------

    def _raw_again(self, aid: str, source: str, item_json: str) -> RawArticle:
        item = Item(**json.loads(item_json))
        if item.kind == "url":
            text, is_html = self.state.page_of(aid)
            return RawArticle(aid, source, text, is_html, item.date, item.title)
        return read_item(item)

    def _jobs(self, fetched: FetchReport) -> Iterator[tuple[list[str], tuple[Any, ...]]]:
        out_dir = str(self.o.out) if self.pool.writes_outputs else None
        part: list[RenderJob] = []
        cols = "id, source, item, mentions, authorities, notes"
        run_notes = [n for n in fetched.notes if n != TOKEN_NOTE]
        for aid, source, item_json, mentions, auths, notes in self.state.rows(
            self.run, ["linked"], cols
        ):
            try:
                raw = self._raw_again(aid, source, item_json)
            except (InputError, OSError, ValueError) as exc:
                self.fail(aid, source, "render", f"render: the input changed or went: {exc}")
                continue
            wanted = (auths or "").split()
            sources: dict[str, Source] = {
                a: fetched.sources[a] for a in wanted if a in fetched.sources
            }
            failures = {a: fetched.failures[a] for a in wanted if a in fetched.failures}
            own: list[str] = json.loads(notes) if notes else []
            if TOKEN_NOTE in fetched.notes and any(
                a.startswith("cl:") and a in fetched.skipped for a in wanted
            ):
                run_notes_here = [TOKEN_NOTE, *run_notes]
            else:
                run_notes_here = run_notes
            page_notes = tuple(dict.fromkeys([*own, *run_notes_here]))
            part.append(RenderJob(raw, mentions_from(mentions), sources, failures, page_notes))
            if len(part) >= self.partition:
                yield [j.raw.id for j in part], (part, self.o.formats, out_dir)
                part = []
        if part:
            yield [j.raw.id for j in part], (part, self.o.formats, out_dir)

    def render(self, fetched: FetchReport) -> None:
        bar = Bar("render", self.state.count(self.run, "linked"), self.o.progress)

        def done(ids: list[str], result: tuple[list[Rendered], int]) -> None:
            rendered, rss = result
            self.worker_rss = max(self.worker_rss, rss)
            for r in rendered:
                if not r.ok:
                    self.fail(r.id, r.id, "render", r.error or "render failed")
                    continue
                if r.pages:
                    try:
                        _write_pages(self.o.out, r.id, r.pages)
                    except OSError as exc:
                        self.fail(r.id, r.id, "write", f"write: {exc}")
                        continue
                self.state.set(r.id, status="ok", error=None, page=None)
                self.report.linked += 1
            bar.update(len(ids))

        def crashed(ids: list[str], reason: str) -> None:
            for aid in ids:
                self.fail(aid, aid, "render", reason)
            bar.update(len(ids))

        try:
            stream(self.pool, render_part, self._jobs(fetched), done, crashed, self.in_flight)
        finally:
            bar.close()
            self.state.commit()

    # 5. index -----------------------------------------------------------------------------

    def record(self) -> None:
        """The cache's ``article_mentions``: one transaction per page of articles."""
        rows = self.state.rows(self.run, ["ok"], "id, mentions")
        while True:
            page = list(itertools.islice(rows, 500))
            if not page:
                return
            with store.transaction(self.db):
                for aid, mentions in page:
                    store.record_mentions(self.db, aid, mentions_from(mentions))

    def index(self) -> None:
        """``mentions.jsonl`` (and ``index.html`` with html pages), written atomically."""
        out = self.o.out
        lines = out / "mentions.jsonl"
        html = out / "index.html" if "html" in self.o.formats else None
        tmp_lines = out / f".mentions.jsonl.{self.run[-8:]}.tmp"
        tmp_html = out / f".index.html.{self.run[-8:]}.tmp"
        try:
            with tmp_lines.open("w", encoding="utf-8") as f, IndexPage(tmp_html, html) as page:
                for aid, source, mentions in self.state.rows(
                    self.run, ["ok", "skipped"], "id, source, mentions"
                ):
                    ms = mentions_from(mentions)
                    for m in ms:
                        f.write(json.dumps(mention_line(aid, m), ensure_ascii=False) + "\n")
                    self.report.mentions += len(ms)
                    page.add(aid, source, ms)
            os.replace(tmp_lines, lines)
            if html is not None:
                os.replace(tmp_html, html)
        finally:
            tmp_lines.unlink(missing_ok=True)
            tmp_html.unlink(missing_ok=True)


def run_batch(
    inputs: Sequence[str],
    options: BatchOptions,
    *,
    config: Config,
    db: sqlite_utils.Database,
    client: httpx.Client | None = None,
    policy: Policy | None = None,
    dask_client: Any = None,
    stdin: IO[str] | None = None,
) -> BatchReport:
    """Link every article ``inputs`` name; write the outputs under ``options.out``.

    ``db`` is the cache (the main process is its only writer); ``client`` fetches sources
    and URL articles (``None`` offline). ``dask_client`` (a ``distributed.Client``) or
    ``options.scheduler`` runs the scan and render stages on Dask, else local processes do.
    Raises ``LinkerError`` only for what stops the whole batch (the output folder, the
    cache, the scheduler); a failing article is recorded in the report.
    """
    started = time.perf_counter()
    cpu = time.process_time()
    out = options.out
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: --out must be a folder, and this is a file")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LinkerError(f"cannot create {out}: {exc.strerror or exc}") from None
    unknown = [f for f in options.formats if f not in FORMATS]
    if unknown:
        raise InputError(f"unknown format {unknown[0]!r} (html, json, annotations)")
    names = popular_names(db)
    try:
        state = State(out)
    except sqlite3.Error as exc:
        raise LinkerError(f"cannot write {out}: {exc}") from None
    pool: Pool
    try:
        if dask_client is not None or options.scheduler:
            pool = DaskPool(names, address=options.scheduler, client=dask_client)
        else:
            _warm_scanner()
            pool = LocalPool(options.workers or os.cpu_count() or 1, names)
    except BaseException:
        state.close()
        raise
    off = options.offline or config.offline
    http = None if off or client is None else Http(client, config, policy, db=db)
    batch = _Batch(options, pool, state, config, db, http)
    if pool.kind == "dask":
        batch.report.scheduler = getattr(pool, "address", None)
    try:
        items: Iterable[Item] = _outside(iter_items(inputs, stdin), out, inputs)
        if options.limit is not None:
            items = itertools.islice(items, options.limit)
        total = None
        if Bar.enabled(options.progress) and "-" not in inputs:
            # a cheap first pass: no article is read
            total = sum(1 for _ in _outside(iter_items(inputs), out, inputs))
            if options.limit is not None:
                total = min(total, options.limit)
        stages = batch.report.stages
        t = time.perf_counter()
        batch.scan(items, client, total)
        stages["scan"] = time.perf_counter() - t
        t = time.perf_counter()
        batch.search()
        stages["search"] = time.perf_counter() - t
        t = time.perf_counter()
        fetched = batch.fetch(client)
        stages["fetch"] = time.perf_counter() - t
        t = time.perf_counter()
        batch.render(fetched)
        stages["render"] = time.perf_counter() - t
        t = time.perf_counter()
        batch.record()
        batch.index()
        stages["index"] = time.perf_counter() - t
        stages = {k: round(v, 3) for k, v in stages.items()}
        batch.report.stages = stages
    finally:
        pool.close()
        state.close()
    batch.report.peak_rss_mb = {
        "main": round(_rss() / 1024, 1),
        "worker": round(batch.worker_rss / 1024, 1),
    }
    batch.report.wall_s = round(time.perf_counter() - started, 3)
    batch.report.main_cpu_s = round(time.process_time() - cpu, 3)
    write_atomic(out / "batch-report.json", batch.report.to_json())
    return batch.report


def _outside(items: Iterator[Item], out: Path, inputs: Sequence[str]) -> Iterator[Item]:
    """``items`` without the batch's own outputs, when ``--out`` lies inside an input folder."""
    o = out.resolve()
    if not any(Path(i).is_dir() and o.is_relative_to(Path(i).resolve()) for i in inputs):
        yield from items
        return
    for item in items:
        if item.path is None or not Path(item.path).resolve().is_relative_to(o):
            yield item


def _warm_scanner() -> None:
    """Run one small article through scan, ruling resolution and every renderer before
    forking, so local workers start with the scanner's tables, the compiled patterns and the
    page templates already built instead of each building them again."""
    from ..config import Config
    from ..load import from_text
    from ..pipeline import link_article
    from ..scanner import scan

    text = (
        "WASHINGTON, Oct. 8, 2025\n\nA federal judge in Oregon blocked the order. He cited "
        "Roe v. Wade, 410 U.S. 113 (1973).\n\nTrump may invoke the Insurrection Act.\n"
    )
    article = from_text(text, "warm.txt")
    scan(article)
    db = store.open_cache(":memory:")
    try:
        linked, _ = link_article(article, db=db, client=None, config=Config(), offline=True)
    finally:
        db.close()
    from .tasks import render_pages

    render_pages(linked, tuple(FORMATS))
