"""``fetch_sources`` and ``attach_sources``: every authority's source fetched at most once, in
priority order, validated before it is cached, each written in its own transaction."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx
import sqlite_utils

from .. import store
from ..config import Config
from ..errors import FetchError
from ..links import public_url
from ..models import LinkedArticle, Source
from ..sources import module_for
from ..sources.base import NotFound, Request, looks_like_bot_wall
from ..store import RawResponse
from .http import Http
from .limits import LIMITED_SERVICES, db_lock
from .transport import HttpResult, Policy, Progress

# --- fetch_sources -------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchReport:
    """What ``fetch_sources`` did, per authority id.

    ``sources`` holds every id that has a source (fetched now, from the cache or from
    linker's package data); ``failures`` maps id → one-line reason; ``skipped`` lists ids no
    service fetches (they are linked only); ``stale`` maps id → why a refresh failed when an
    older cached copy was used instead. ``requests`` is the number of HTTP requests made;
    ``notes`` the run's one-time messages (a missing token, a throttle, the network down).
    """

    sources: dict[str, Source] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()
    stale: dict[str, str] = field(default_factory=dict)
    fetched: int = 0
    from_cache: int = 0
    failed: int = 0
    requests: int = 0
    notes: tuple[str, ...] = ()
    packaged: int = 0

    def summary(self) -> str:
        """One line for the terminal, e.g. ``12 sources: 9 fetched, 3 from cache, 0 failed``
        (``1 from linker's data`` is added for the Constitution)."""
        total = self.fetched + self.from_cache + self.failed + self.packaged
        own = f", {self.packaged} from linker's data" if self.packaged else ""
        line = (
            f"{total} source{'s' if total != 1 else ''}: {self.fetched} fetched, "
            f"{self.from_cache} from cache{own}, {self.failed} failed"
        )
        if self.failures:
            reasons = "; ".join(f"{k}: {v}" for k, v in list(self.failures.items())[:3])
            more = f"; +{len(self.failures) - 3} more" if len(self.failures) > 3 else ""
            line += f" ({reasons}{more})"
        if self.stale:
            line += f", {len(self.stale)} stale copies used (refresh failed)"
        if self.skipped:
            line += f", {len(self.skipped)} linked only"
        return line


@dataclass
class _Got:
    raw: RawResponse
    new: bool  # must be written to the cache once it parses
    network: bool  # the content was downloaded now (not a 304, not the cache)
    stale_reason: str | None = None


class _NeedsToken(FetchError):
    """The request needs a token linker does not have, and the cache has no answer."""


TOKEN_NOTE = (
    "CourtListener: no COURTLISTENER_TOKEN is set, so case citations and rulings link to "
    "CourtListener searches and are not looked up (the API refuses anonymous requests). A "
    "free account's token (https://www.courtlistener.com/help/api/rest/#permissions) adds "
    "each case's name, date, court and opinion text, and links rulings to their dockets."
)


def _validated(module: ModuleType, raw: RawResponse) -> None:
    """Raise ``FetchError`` when ``raw`` is not a real answer (bot wall, error page)."""
    ctype = raw.headers.get("content-type", "")
    if ("html" in ctype or raw.body.lstrip()[:1] == "<") and looks_like_bot_wall(raw.body):
        raise FetchError(
            f"{urlsplit(raw.url.split(' ')[-1]).hostname or raw.url} answered "
            "with a bot-check page instead of the document"
        )
    module.check(raw)


class _Run:
    """One ``fetch_sources`` call: shared state for the worker jobs."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        http: Http | None,
        config: Config,
        policy: Policy,
        offline: bool,
        refresh: bool,
    ) -> None:
        self.db = db
        self.http = http
        self.config = config
        self.policy = policy
        self.offline = offline
        self.refresh = refresh
        self.db_lock = db_lock(db)
        self.prefetched: dict[str, HttpResult | FetchError] = {}

    def _no_token(self, req: Request) -> bool:
        return req.needs_auth and not self.config.auth_headers(req.service)

    def _fresh(self, req: Request, cached: RawResponse | None) -> bool:
        return (
            cached is not None
            and not self.refresh
            and store.age_seconds(cached.checked_at) < req.fresh_for
        )

    # cache-aware single request ----------------------------------------------------------

    def get(self, req: Request, module: ModuleType) -> _Got:
        """The response for ``req``: fresh from the cache, revalidated, or fetched and checked.

        Raises ``FetchError``/``NotFound`` when there is neither a usable response nor a
        cached copy. Nothing is written here; the caller stores ``new`` responses once the
        source parses.
        """
        with self.db_lock:
            cached = store.get_raw(self.db, req.key)
            negative = store.get_error(self.db, req.key)
        if cached is not None and (self._fresh(req, cached) or self.offline):
            return _Got(cached, new=False, network=False)
        if self.offline or self.http is None:
            if cached is not None:
                return _Got(cached, new=False, network=False)
            raise FetchError("not in the cache (offline)")
        if self._no_token(req):
            if cached is not None:
                return _Got(cached, new=False, network=False)
            raise _NeedsToken("needs a COURTLISTENER_TOKEN; linked to a search instead")
        if (
            negative is not None
            and not self.refresh
            and store.age_seconds(negative[1]) < self.policy.not_found_ttl
        ):
            raise NotFound(negative[0])
        try:
            pre = self.prefetched.get(req.key)
            if isinstance(pre, FetchError):
                raise pre
            result = pre if pre is not None else self.http.send(req, cached)
            now = store.now_iso()
            if result.status == 304 and cached is not None:
                # revalidated: the content still comes from the cache
                return _Got(replace(cached, checked_at=now), new=True, network=False)
            raw = RawResponse(
                url=req.key,
                status=200,
                headers=store.public_headers(result.headers),
                body=self.config.redact(result.body),
                fetched_at=now,
                checked_at=now,
                service=req.service,
                etag=result.headers.get("etag"),
                last_modified=result.headers.get("last-modified"),
            )
            _validated(module, raw)
            return _Got(raw, new=True, network=True)
        except NotFound:
            raise
        except FetchError as exc:
            if cached is not None:
                return _Got(cached, new=False, network=True, stale_reason=str(exc))
            raise

    # batching ----------------------------------------------------------------------------

    def prefetch_batches(self, planned: Sequence[tuple[str, ModuleType, Request]]) -> None:
        """Merge uncached requests that share a ``batch`` tag, fetch them in one go each."""
        if self.offline or self.http is None:
            return
        groups: dict[str, list[tuple[ModuleType, Request]]] = {}
        for _aid, module, req in planned:
            if not req.batch or self._no_token(req):
                continue
            with self.db_lock:
                cached = store.get_raw(self.db, req.key)
                negative = store.get_error(self.db, req.key)
            if self._fresh(req, cached):
                continue
            if (
                negative is not None
                and not self.refresh
                and store.age_seconds(negative[1]) < self.policy.not_found_ttl
            ):
                continue
            if any(r.key == req.key for _m, r in groups.get(req.batch, [])):
                continue
            groups.setdefault(req.batch, []).append((module, req))
        for members in groups.values():
            module = members[0][0]
            reqs = [r for _m, r in members]
            size = int(getattr(module, "BATCH_SIZE", 100))
            for i in range(0, len(reqs), size):
                chunk = reqs[i : i + size]
                if len(chunk) == 1:
                    continue  # a batch of one is just the request itself
                big = module.batch_request(chunk, self.config)
                try:
                    result = self.http.send(big)
                    parts: dict[str, str] = module.split_batch(chunk, result.body)
                except FetchError as exc:
                    for r in chunk:
                        self.prefetched[r.key] = exc
                    continue
                for r in chunk:
                    body = parts.get(r.key)
                    if body is None:
                        self.prefetched[r.key] = FetchError("missing from the batched answer")
                    else:
                        self.prefetched[r.key] = HttpResult(200, result.headers, body, r.url)

    # one authority -----------------------------------------------------------------------

    def job(
        self, aid: str, module: ModuleType, req: Request, extras_pool: ThreadPoolExecutor
    ) -> tuple[Source, bool, str | None]:
        """Fetch/parse/store one authority: returns (source, used_network, stale_reason)."""
        got = self.get(req, module)
        extras: list[_Got] = []
        follow = getattr(module, "follow_up", None)
        if follow is not None:
            more: list[Request] = list(follow(aid, got.raw, self.config))[: self.policy.max_extras]
            futures = [extras_pool.submit(self.get, r, module) for r in more]
            for fut in futures:
                try:
                    extras.append(fut.result())
                except FetchError:
                    continue  # an extra is optional; the source is still useful without it
        source: Source = module.parse(aid, got.raw, [e.raw for e in extras])
        with self.db_lock, store.transaction(self.db):
            for g in (got, *extras):
                if g.new:
                    store.put_raw(self.db, g.raw)
                    store.clear_error(self.db, g.raw.url)
            if store.get_source(self.db, aid) != source:
                store.put_source(self.db, source, raw_url=got.raw.url)
        network = got.network or any(e.network for e in extras)
        return source, network and got.stale_reason is None, got.stale_reason

    def remember_not_found(self, req: Request, aid: str, reason: str) -> None:
        with self.db_lock, store.transaction(self.db):
            store.put_error(self.db, req.key, aid, 404, reason, store.now_iso())


def fetch_sources(
    authority_ids: Iterable[str],
    *,
    db: sqlite_utils.Database,
    client: httpx.Client | None,
    config: Config,
    offline: bool = False,
    refresh: bool = False,
    progress: Progress | None = None,
    policy: Policy | None = None,
    sleep: Callable[[float], None] = time.sleep,
    http: Http | None = None,
    priority: Mapping[str, float] | None = None,
) -> FetchReport:
    """Fetch the primary source of every authority id into the cache and return them.

    - A cached response younger than its service's freshness period is used without any
      request; an older one is revalidated (ETag/Last-Modified); if that fails, the stale
      copy is used and the id is listed in ``stale``.
    - ``offline`` (or ``config.offline``) never touches the network (``client`` may be
      ``None``): cached responses of any age are used, anything else fails "not in the cache".
    - ``refresh`` ignores freshness and the "not found" memory and asks every service again.
    - Ids no service can fetch (``publ:``, ``stat:``, ``state:``, bills without
      ``CONGRESS_API_KEY``, CourtListener ids without a token and not cached) are listed in
      ``skipped``; they are neither fetched nor failures. The Constitution comes from
      linker's package data, never from the network.
    - ``http`` is the run's ``Http`` (shared with the ruling searches, so one network budget
      and one CourtListener budget cover both); by default one is made on ``client``.
    - ``priority`` (id → rank, lower first) orders the work, so a spent budget costs the
      least important ids.
    - ``progress(authority_id, done, total)`` is called after each id finishes.
    Never raises for a single source; ``CacheError`` only when the cache itself fails.
    """
    pol = policy or (http.policy if http is not None else Policy())
    off = offline or config.offline
    if off or (client is None and http is None):
        http = None
    elif http is None:
        assert client is not None
        http = Http(client, config, pol, db=db, sleep=sleep)
    run = _Run(db, http, config, pol, off, refresh)

    ids = list(dict.fromkeys(a for a in authority_ids if a))
    if priority:
        ids.sort(key=lambda a: priority.get(a, float("inf")))
    planned: list[tuple[str, ModuleType, Request]] = []
    skipped: list[str] = []
    local: dict[str, Source] = {}
    for aid in ids:
        module = module_for(aid)
        own = getattr(module, "local_source", None)
        if own is not None:
            src = own(aid)
            if src is not None:
                local[aid] = src
                continue
        req = module.request_for(aid, config) if module is not None else None
        if module is None or req is None:
            skipped.append(aid)
        else:
            planned.append((aid, module, req))

    sources: dict[str, Source] = {}
    failures: dict[str, str] = {}
    stale: dict[str, str] = {}
    fetched = from_cache = packaged = 0
    total = len(planned)
    done = 0
    run.prefetch_batches(planned)
    workers = max(1, pol.workers)
    needs_token = False
    with (
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="linker-fetch") as pool,
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="linker-extra") as extras,
        # a service with a small budget gets one worker, so its ids go strictly in priority
        # order and the budget is spent on the most important first
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="linker-limited") as limited,
    ):
        futures: dict[Future[tuple[Source, bool, str | None]], tuple[str, Request]] = {
            (limited if req.service in LIMITED_SERVICES else pool).submit(
                run.job, aid, module, req, extras
            ): (aid, req)
            for aid, module, req in planned
        }
        order = {aid: i for i, aid in enumerate(ids)}
        results: dict[str, Any] = {}
        for fut in _as_completed(futures):
            aid, req = futures[fut]
            try:
                source, network, stale_reason = fut.result()
            except _NeedsToken:
                results[aid] = ("skip",)
                needs_token = True
            except NotFound as exc:
                results[aid] = ("fail", str(exc))
                if not off:
                    run.remember_not_found(req, aid, str(exc))
            except FetchError as exc:
                results[aid] = ("fail", str(exc))
            except Exception as exc:  # a parser bug must not take the whole run down
                results[aid] = ("fail", f"could not parse the answer ({type(exc).__name__})")
            else:
                results[aid] = ("ok", source, network, stale_reason)
            done += 1
            if progress is not None:
                progress(aid, done, total)
    for aid, src in local.items():
        results[aid] = ("local", src)
    if local:  # kept in the cache's ``sources`` table too, for ``cache export`` and search
        with run.db_lock, store.transaction(db):
            for aid, src in local.items():
                if store.get_source(db, aid) != src:
                    store.put_source(db, src)
    for aid in sorted(results, key=order.__getitem__):
        r = results[aid]
        if r[0] == "skip":
            skipped.append(aid)
            continue
        if r[0] == "fail":
            failures[aid] = _one_line(config.redact(r[1]))
            continue
        if r[0] == "local":
            sources[aid] = r[1]
            packaged += 1
            continue
        _tag, source, network, stale_reason = r
        sources[aid] = source
        if stale_reason:
            stale[aid] = _one_line(config.redact(stale_reason))
        if network:
            fetched += 1
        else:
            from_cache += 1
    notes = list(http.notes) if http is not None else []
    if needs_token and TOKEN_NOTE not in notes:
        notes.insert(0, TOKEN_NOTE)
    return FetchReport(
        sources=sources,
        failures=failures,
        skipped=tuple(skipped),
        stale=stale,
        fetched=fetched,
        from_cache=from_cache,
        failed=len(failures),
        requests=http.requests_made if http is not None else 0,
        notes=tuple(notes),
        packaged=packaged,
    )


def _as_completed(futures: Iterable[Future[Any]]) -> Iterable[Future[Any]]:
    from concurrent.futures import as_completed

    return as_completed(list(futures))


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def priorities(linked: LinkedArticle) -> dict[str, float]:
    """Authority id → rank (lower first): the article's lead ruling (its first ruling or
    case), then every id by how often the article mentions it, then by first mention."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    lead: str | None = None
    for i, m in enumerate(linked.mentions):
        if not m.authority:
            continue
        counts[m.authority] = counts.get(m.authority, 0) + 1
        first.setdefault(m.authority, i)
        if lead is None and m.kind in ("ruling", "case"):
            lead = m.authority
    ranked = sorted(counts, key=lambda a: (a != lead, -counts[a], first[a]))
    return {a: float(i) for i, a in enumerate(ranked)}


#: ids whose generic link is a search or a bare record URL: once fetched, they link to the
#: record's own page (an executive order's document page, a docket's ``absolute_url``)
OWN_PAGE_PREFIXES = ("eo:", "proc:", "cl:")


def attach_sources(
    linked: LinkedArticle,
    *,
    db: sqlite_utils.Database,
    client: httpx.Client | None,
    config: Config,
    offline: bool = False,
    refresh: bool = False,
    progress: Progress | None = None,
    http: Http | None = None,
) -> tuple[LinkedArticle, FetchReport]:
    """Fetch every authority of ``linked`` and return it with sources attached.

    Each ``Authority`` gets ``source`` (and the source's title) when fetched, or ``error`` (a
    one-line reason) when not; it keeps its public ``url`` either way. The article's resolved
    mentions are recorded in ``article_mentions``. The report's ``summary()`` is the line the
    CLI prints on stderr; its ``notes`` are added to the page's warnings.
    """
    report = fetch_sources(
        linked.authorities,
        db=db,
        client=client,
        config=config,
        offline=offline,
        refresh=refresh,
        progress=progress,
        http=http,
        priority=priorities(linked),
    )
    authorities = {}
    better: dict[str, str] = {}  # id → the record's own page, where the id's link is a search
    for aid, auth in linked.authorities.items():
        src = report.sources.get(aid)
        if src is not None:
            if aid.startswith(OWN_PAGE_PREFIXES) and src.url and src.url.startswith("https://"):
                better[aid] = src.url
            authorities[aid] = replace(
                auth, source=src, title=src.title or auth.title, url=better.get(aid, auth.url)
            )
        elif aid in report.failures:
            authorities[aid] = replace(auth, error=report.failures[aid])
        else:
            authorities[aid] = auth
    mentions = tuple(
        m.with_(url=better[m.authority])
        if m.authority in better and (not m.url or m.url == public_url(m.authority))
        else m
        for m in linked.mentions
    )
    linked = replace(linked, mentions=mentions)
    with db_lock(db):
        store.record_mentions(db, linked.article.source, linked.mentions)
    warnings = tuple(f"could not fetch {k}: {v}" for k, v in report.failures.items())
    notes = tuple(n for n in report.notes if n not in linked.warnings)
    return (
        replace(linked, authorities=authorities, warnings=linked.warnings + notes + warnings),
        report,
    )
