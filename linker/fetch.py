"""The HTTP layer and ``fetch_sources``: polite, concurrent, revalidating, offline-first.

The caller owns the ``httpx.Client`` and passes it in (tests point it at local servers).
``fetch_sources`` runs one job per authority on a bounded thread pool; each request passes
a per-host gate (concurrency limit plus a minimum interval between request starts). Retries
use exponential backoff with jitter on connection errors and 5xx; a 429 waits for
``Retry-After`` or CourtListener's JSON ``wait_until``. Bodies are streamed and capped;
redirects are followed only within the same origin. Tokens come from ``Config`` and are sent
as headers only: they are never stored, logged or put in an error message.

All database access is serialised by one lock; each source is written in its own
transaction as soon as it is ready, so an interrupted run keeps what it finished.
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from importlib import metadata
from types import ModuleType
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import sqlite_utils

from . import store
from .config import Config
from .errors import FetchError
from .models import LinkedArticle, Source
from .sources import module_for
from .sources.base import DAY, NotFound, Request
from .store import RawResponse

try:
    VERSION = metadata.version("linker")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    VERSION = "0"

USER_AGENT = f"linker/{VERSION} (+https://pypi.org/project/linker/; news article law linker)"

RETRY_STATUSES = frozenset({500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Policy:
    """How hard linker may push the services. Defaults are polite for the real ones.

    ``min_interval`` is the least time between two request starts to one host;
    ``service_intervals`` overrides it per service (CourtListener allows an account 5
    requests a minute, so its requests are spaced and its lookups batched).
    """

    timeout: float = 20.0
    connect_timeout: float = 10.0
    retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 30.0
    max_wait: float = 120.0
    max_bytes: int = 20_000_000
    host_concurrency: int = 4
    workers: int = 8
    min_interval: float = 0.05
    service_intervals: tuple[tuple[str, float], ...] = (("courtlistener", 1.0),)
    max_redirects: int = 5
    not_found_ttl: float = 1 * DAY
    max_extras: int = 20

    def interval_for(self, service: str) -> float:
        return dict(self.service_intervals).get(service, self.min_interval)


@dataclass(frozen=True)
class HttpResult:
    """A response read in full: 200 (with body) or 304 (revalidated, no body)."""

    status: int
    headers: Mapping[str, str]
    body: str
    url: str


class _HostGate:
    """Per-host concurrency limit and spacing between request starts."""

    def __init__(self, limit: int, interval: float, sleep: Callable[[float], None]) -> None:
        self._sem = threading.BoundedSemaphore(max(1, limit))
        self._interval = interval
        self._lock = threading.Lock()
        self._next = 0.0
        self._sleep = sleep

    def __enter__(self) -> None:
        self._sem.acquire()
        if self._interval > 0:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next)
                self._next = start + self._interval
            if start > now:
                self._sleep(start - now)

    def __exit__(self, *exc: object) -> None:
        self._sem.release()


def _retry_after(resp_headers: Mapping[str, str], body: bytes) -> float | None:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or a JSON ``wait_until``."""
    value = resp_headers.get("retry-after")
    if value:
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
            return max(0.0, (when - datetime.now(UTC)).total_seconds())
        except (TypeError, ValueError):
            pass
    try:
        data = json.loads(body[:10_000] or b"null")
    except ValueError:
        return None
    if isinstance(data, dict):
        until = data.get("wait_until") or data.get("wait_util")
        if isinstance(until, str):
            try:
                return max(0.0, (store.parse_iso(until) - datetime.now(UTC)).total_seconds())
            except ValueError:
                return None
        detail = data.get("detail")
        if isinstance(detail, str):
            m = re.search(r"available in (\d+) seconds", detail)
            if m:
                return float(m.group(1))
    return None


def _charset(headers: Mapping[str, str]) -> str:
    m = re.search(r"charset=([\w.-]+)", headers.get("content-type", ""), re.I)
    return m.group(1) if m else "utf-8"


class Http:
    """Sends ``Request``s through an injected ``httpx.Client`` with linker's manners.

    ``sleep`` and ``rand`` are injectable so tests run without real waits.
    ``requests_made`` counts requests that reached the network (including retries).
    """

    def __init__(
        self,
        client: httpx.Client,
        config: Config,
        policy: Policy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.client = client
        self.config = config
        self.policy = policy or Policy()
        self.sleep = sleep
        self.rand = rand
        self._gates: dict[str, _HostGate] = {}
        self._gates_lock = threading.Lock()
        self._count_lock = threading.Lock()
        self.requests_made = 0

    def _gate(self, host: str, service: str) -> _HostGate:
        with self._gates_lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = _HostGate(
                    self.policy.host_concurrency, self.policy.interval_for(service), self.sleep
                )
                self._gates[host] = gate
            return gate

    def _backoff(self, attempt: int) -> float:
        base = min(self.policy.max_backoff, self.policy.backoff * float(2**attempt))
        return float(base * (0.5 + self.rand()))  # jitter: 50–150 % of the exponential step

    def send(self, req: Request, validators: RawResponse | None = None) -> HttpResult:
        """Perform ``req``; conditional when ``validators`` carries an ETag/Last-Modified.

        Returns a 200 or 304 result. Raises ``NotFound`` for 404/410 and ``FetchError`` (one
        line, no secrets) when the service cannot be reached or answers with an error after
        the allowed retries, or the answer is too large or redirects to another host.
        """
        headers = {"User-Agent": USER_AGENT, "Accept": req.accept}
        if validators is not None:
            if validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
        name = urlsplit(req.url).hostname or req.url
        attempt = 0
        while True:
            try:
                status, resp_headers, body, final = self._once(req, headers)
            except httpx.TimeoutException:
                reason = "timed out"
            except httpx.TransportError as exc:
                reason = f"connection failed ({type(exc).__name__})"
            else:
                if status in (200, 304) or (200 <= status < 300):
                    return HttpResult(
                        status=status if status == 304 else 200,
                        headers=resp_headers,
                        body=body.decode(_charset(resp_headers), errors="replace"),
                        url=final,
                    )
                if status in (404, 410):
                    raise NotFound(f"not found at {name} (HTTP {status})")
                if status == 429:
                    wait = _retry_after(resp_headers, body)
                    if wait is None:
                        wait = self._backoff(attempt)
                    if wait > self.policy.max_wait or attempt >= self.policy.retries:
                        raise FetchError(f"rate limited by {name} (retry in {wait:.0f} s)")
                    self.sleep(wait)
                    attempt += 1
                    continue
                if status in RETRY_STATUSES:
                    reason = f"HTTP {status}"
                    wait_hint = _retry_after(resp_headers, body) if status == 503 else None
                    if attempt < self.policy.retries:
                        wait = self._backoff(attempt)
                        if wait_hint is not None and wait_hint <= self.policy.max_wait:
                            wait = max(wait, wait_hint)
                        self.sleep(wait)
                        attempt += 1
                        continue
                    raise FetchError(f"{name} answered {reason} after {attempt + 1} tries")
                raise FetchError(f"{name} answered HTTP {status}")
            if attempt < self.policy.retries:
                self.sleep(self._backoff(attempt))
                attempt += 1
                continue
            raise FetchError(f"{name}: {reason} after {attempt + 1} tries")

    def _once(
        self, req: Request, headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes, str]:
        """One exchange, following same-origin redirects; returns status, headers, body, url."""
        url = req.url
        method = req.method
        origin = urlsplit(url)[:2]
        for _ in range(self.policy.max_redirects + 1):
            auth = self.config.auth_headers(req.service)
            send_headers = {**headers, **auth}
            timeout = httpx.Timeout(self.policy.timeout, connect=self.policy.connect_timeout)
            request = self.client.build_request(
                method,
                url,
                headers=send_headers,
                data=dict(req.form) if (req.form and method == "POST") else None,
                timeout=timeout,
            )
            with self._gate(urlsplit(url).netloc, req.service):
                with self._count_lock:
                    self.requests_made += 1
                resp = self.client.send(request, stream=True, follow_redirects=False)
                try:
                    resp_headers = {k.lower(): v for k, v in resp.headers.items()}
                    if resp.status_code in REDIRECT_STATUSES:
                        location = resp_headers.get("location", "")
                        resp.close()
                        nxt = urljoin(url, location)
                        if not location or urlsplit(nxt)[:2] != origin:
                            host = urlsplit(nxt).netloc or "?"
                            raise FetchError(f"{origin[1]} redirected to another host ({host})")
                        url = nxt
                        if resp.status_code == 303:
                            method = "GET"
                        continue
                    body = self._read_capped(resp, resp_headers)
                finally:
                    resp.close()
            return resp.status_code, resp_headers, body, url
        raise FetchError(f"too many redirects from {origin[1]}")

    def _read_capped(self, resp: httpx.Response, headers: Mapping[str, str]) -> bytes:
        cap = self.policy.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(
                f"response from {resp.url.host} too large ({int(declared) // 1_000_000} MB,"
                f" limit {cap // 1_000_000} MB)"
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(
                    f"response from {resp.url.host} too large (over {cap // 1_000_000} MB)"
                )
            chunks.append(chunk)
        return b"".join(chunks)


# --- fetch_sources -------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchReport:
    """What ``fetch_sources`` did, per authority id.

    ``sources`` holds every id that has a source (fetched now or from the cache);
    ``failures`` maps id → one-line reason; ``skipped`` lists ids no service fetches (they
    are linked only); ``stale`` maps id → why a refresh failed when an older cached copy was
    used instead. ``requests`` is the number of HTTP requests made.
    """

    sources: dict[str, Source] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()
    stale: dict[str, str] = field(default_factory=dict)
    fetched: int = 0
    from_cache: int = 0
    failed: int = 0
    requests: int = 0

    def summary(self) -> str:
        """One line for the terminal, e.g. ``12 sources: 9 fetched, 3 from cache, 0 failed``."""
        total = self.fetched + self.from_cache + self.failed
        line = (
            f"{total} source{'s' if total != 1 else ''}: {self.fetched} fetched, "
            f"{self.from_cache} from cache, {self.failed} failed"
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
        self.db_lock = threading.Lock()
        self.prefetched: dict[str, HttpResult | FetchError] = {}

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
        if (
            cached is not None
            and not self.refresh
            and (self.offline or store.age_seconds(cached.checked_at) < req.fresh_for)
        ):
            return _Got(cached, new=False, network=False)
        if self.offline or self.http is None:
            if cached is not None:
                return _Got(cached, new=False, network=False)
            raise FetchError("not in the cache (offline)")
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
                body=result.body,
                fetched_at=now,
                checked_at=now,
                service=req.service,
                etag=result.headers.get("etag"),
                last_modified=result.headers.get("last-modified"),
            )
            module.check(raw)
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
            if not req.batch:
                continue
            with self.db_lock:
                cached = store.get_raw(self.db, req.key)
            if (
                cached is not None
                and not self.refresh
                and store.age_seconds(cached.checked_at) < req.fresh_for
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
) -> FetchReport:
    """Fetch the primary source of every authority id into the cache and return them.

    - A cached response younger than its service's freshness period is used without any
      request; an older one is revalidated (ETag/Last-Modified); if that fails, the stale
      copy is used and the id is listed in ``stale``.
    - ``offline`` (or ``config.offline``) never touches the network (``client`` may be
      ``None``): cached responses of any age are used, anything else fails "not in the cache".
    - ``refresh`` ignores freshness and the "not found" memory and asks every service again.
    - Ids no service can fetch (``publ:``, ``stat:``, ``state:``, bills without
      ``CONGRESS_API_KEY``) are listed in ``skipped``; they are neither fetched nor failures.
    - ``progress(authority_id, done, total)`` is called after each id finishes.
    Never raises for a single source; ``CacheError`` only when the cache itself fails.
    """
    pol = policy or Policy()
    off = offline or config.offline
    http = None if (off or client is None) else Http(client, config, pol, sleep=sleep)
    run = _Run(db, http, config, pol, off, refresh)

    ids = list(dict.fromkeys(a for a in authority_ids if a))
    planned: list[tuple[str, ModuleType, Request]] = []
    skipped: list[str] = []
    for aid in ids:
        module = module_for(aid)
        req = module.request_for(aid, config) if module is not None else None
        if module is None or req is None:
            skipped.append(aid)
        else:
            planned.append((aid, module, req))

    sources: dict[str, Source] = {}
    failures: dict[str, str] = {}
    stale: dict[str, str] = {}
    fetched = from_cache = 0
    total = len(planned)
    done = 0
    run.prefetch_batches(planned)
    workers = max(1, pol.workers)
    with (
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="linker-fetch") as pool,
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="linker-extra") as extras,
    ):
        futures: dict[Future[tuple[Source, bool, str | None]], tuple[str, Request]] = {
            pool.submit(run.job, aid, module, req, extras): (aid, req)
            for aid, module, req in planned
        }
        order = {aid: i for i, (aid, _m, _r) in enumerate(planned)}
        results: dict[str, Any] = {}
        for fut in _as_completed(futures):
            aid, req = futures[fut]
            try:
                source, network, stale_reason = fut.result()
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
    for aid in sorted(results, key=order.__getitem__):
        r = results[aid]
        if r[0] == "fail":
            failures[aid] = _one_line(r[1])
            continue
        _tag, source, network, stale_reason = r
        sources[aid] = source
        if stale_reason:
            stale[aid] = _one_line(stale_reason)
        if network:
            fetched += 1
        else:
            from_cache += 1
    return FetchReport(
        sources=sources,
        failures=failures,
        skipped=tuple(skipped),
        stale=stale,
        fetched=fetched,
        from_cache=from_cache,
        failed=len(failures),
        requests=http.requests_made if http is not None else 0,
    )


def _as_completed(futures: Iterable[Future[Any]]) -> Iterable[Future[Any]]:
    from concurrent.futures import as_completed

    return as_completed(list(futures))


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def make_client(**kwargs: Any) -> httpx.Client:
    """The client the CLI should create and pass in (and close): pooled, no auto-redirects."""
    limits = httpx.Limits(max_connections=32, max_keepalive_connections=16)
    return httpx.Client(
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
        limits=limits,
        timeout=httpx.Timeout(20.0, connect=10.0),
        **kwargs,
    )


def attach_sources(
    linked: LinkedArticle,
    *,
    db: sqlite_utils.Database,
    client: httpx.Client | None,
    config: Config,
    offline: bool = False,
    refresh: bool = False,
    progress: Progress | None = None,
) -> tuple[LinkedArticle, FetchReport]:
    """Fetch every authority of ``linked`` and return it with sources attached.

    Each ``Authority`` gets ``source`` (and the source's title) when fetched, or ``error`` (a
    one-line reason) when not; it keeps its public ``url`` either way. The article's resolved
    mentions are recorded in ``article_mentions``. The report's ``summary()`` is the line the
    CLI prints on stderr.
    """
    report = fetch_sources(
        linked.authorities,
        db=db,
        client=client,
        config=config,
        offline=offline,
        refresh=refresh,
        progress=progress,
    )
    authorities = {}
    for aid, auth in linked.authorities.items():
        src = report.sources.get(aid)
        if src is not None:
            authorities[aid] = replace(auth, source=src, title=src.title or auth.title)
        elif aid in report.failures:
            authorities[aid] = replace(auth, error=report.failures[aid])
        else:
            authorities[aid] = auth
    store.record_mentions(db, linked.article.source, linked.mentions)
    warnings = tuple(f"could not fetch {k}: {v}" for k, v in report.failures.items())
    return replace(linked, authorities=authorities, warnings=linked.warnings + warnings), report
