"""The HTTP layer and ``fetch_sources``: polite, bounded, revalidating, offline-first.

Every request linker makes goes through ``Http.send`` (sources, citation lookups, the ruling
resolver's searches) or through a ``make_client`` client (article URLs, the Popular Name
Table), and every one is bounded:

- **time**: a deadline per request (``Policy.deadline``) that a server trickling one byte a
  second cannot stretch (``make_transport`` clamps every socket read, write and connect to
  it; the body loop checks it between chunks too), inside a network budget for the whole run
  (``Config.network_budget``, ``--network-budget``); retries and ``Retry-After`` waits happen
  only when they fit in what is left;
- **size**: bodies are streamed and decompressed here, never by httpx, with the cap
  (``Policy.max_bytes``) checked while reading, so a gzip bomb stops at the cap;
- **redirects**: followed only to http(s) URLs on the same origin (article URLs: any http(s)
  host), anything else is a one-line ``FetchError``;
- **rate limits**: a per-host gate spaces request starts (CourtListener 1 s, the Federal
  Register 0.2 s); CourtListener requests also spend a persistent budget (``Limiter``: the
  account's minute/hour/day windows, stored in the cache so consecutive runs share it). A 429
  raises ``RateLimited`` ("rate limited", never "not found"); once a service throttles or its
  budget is spent, no further request goes to it in this run, and a long throttle is stored
  so the next run does not ask either;
- **no network**: the first connection failure to a host marks it unreachable for the run;
  a DNS or "network unreachable" failure marks the whole network down (nothing else is tried).

Tokens come from ``Config`` and are sent as headers only; anything stored or shown passes
``Config.redact``. All database access is serialised by one lock per database; each source is
written in its own transaction as soon as it is ready, so an interrupted run keeps what it
finished.
"""

from __future__ import annotations

import errno
import json
import random
import re
import socket
import threading
import time
import weakref
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from importlib import metadata
from types import ModuleType
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpcore
import httpx
import sqlite_utils

from . import store
from .config import Config
from .errors import FetchError
from .links import public_url
from .models import LinkedArticle, Source
from .sources import module_for
from .sources.base import DAY, NotFound, Request, looks_like_bot_wall
from .store import RawResponse

try:
    VERSION = metadata.version("linker")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    VERSION = "0"

PROJECT_URL = "https://pypi.org/project/linker/"
USER_AGENT = f"linker/{VERSION} (+{PROJECT_URL})"


def user_agent(config: Config | None = None) -> str:
    """``linker/VERSION (+URL; contact)``: the services ask automated clients for a contact,
    which the user sets in ``LINKER_CONTACT`` (an e-mail address or a URL)."""
    contact = config.contact if config is not None else None
    if contact:
        contact = re.sub(r"[^\x20-\x7e]|[()]", "", contact).strip()[:100]
    return f"linker/{VERSION} (+{PROJECT_URL}" + (f"; {contact})" if contact else ")")


RETRY_STATUSES = frozenset({500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

Progress = Callable[[str, int, int], None]


class RateLimited(FetchError):
    """The service throttled linker (HTTP 429) or linker's own budget for it is spent."""


@dataclass(frozen=True)
class Policy:
    """How hard linker may push the services. Defaults are polite for the real ones.

    ``deadline`` bounds one request from its first byte sent to its last byte read, however
    slowly the server answers; ``timeout``/``connect_timeout`` bound each single socket
    operation inside it. ``network_budget`` (default: ``Config.network_budget``) bounds all
    the network time of one run. ``max_wait`` is the longest ``Retry-After`` or budget wait
    linker sits out; a longer one fails the request as rate limited.
    ``min_interval`` is the least time between two request starts to one host;
    ``service_intervals`` overrides it per service (CourtListener: an account may make 5
    requests a minute; the Federal Register asks for about 5 a second).
    """

    timeout: float = 15.0
    connect_timeout: float = 10.0
    deadline: float = 20.0
    network_budget: float | None = None
    retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_wait: float = 15.0
    max_bytes: int = 20_000_000
    host_concurrency: int = 4
    workers: int = 8
    min_interval: float = 0.05
    service_intervals: tuple[tuple[str, float], ...] = (
        ("courtlistener", 1.0),
        ("federalregister", 0.2),
    )
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


# --- deadlines -----------------------------------------------------------------------------

_local = threading.local()


def _deadline() -> float | None:
    return getattr(_local, "deadline", None)


class deadline_of:
    """Within the block, every socket operation of this thread ends by ``seconds`` from now
    (or by an enclosing deadline, whichever is sooner). Needs a ``make_transport`` transport."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._outer: float | None = None

    def __enter__(self) -> float:
        self._outer = _deadline()
        mine = time.monotonic() + max(0.0, self.seconds)
        _local.deadline = mine if self._outer is None else min(mine, self._outer)
        return float(_local.deadline)

    def __exit__(self, *exc: object) -> None:
        _local.deadline = self._outer


def _clamp(timeout: float | None, kind: type[Exception]) -> float | None:
    end = _deadline()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise kind("deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.start_tls(
                ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)
            )
        )

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.connect_tcp(
                host,
                port,
                _clamp(timeout, httpcore.ConnectTimeout),
                local_address,
                socket_options,
            )
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.connect_unix_socket(
                path, _clamp(timeout, httpcore.ConnectTimeout), socket_options
            )
        )

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def make_transport(**kwargs: Any) -> httpx.HTTPTransport:
    """An ``httpx.HTTPTransport`` (no retries of its own) whose sockets obey ``deadline_of``."""
    transport = httpx.HTTPTransport(retries=0, **kwargs)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is not None:
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport


# --- bounded bodies ------------------------------------------------------------------------


STEP = 256 * 1024  # most bytes one decompression step may produce


class _Decoder:
    """Content-Encoding undone here, bounded: never more than ``room`` bytes out at a time."""

    def __init__(self, encoding: str, where: str) -> None:
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if not codings:
            self._z = None
        elif len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
            self._z = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header
        else:
            raise FetchError(f"{where} answered in an unsupported encoding ({encoding})")
        self.where = where

    def feed(self, data: bytes, room: int) -> Iterator[bytes]:
        if self._z is None:
            yield data
            return
        try:
            while data:
                out = self._z.decompress(data, max(1, min(room, STEP)))
                yield out
                room -= len(out)
                if room < 0:
                    return
                data = self._z.unconsumed_tail
        except zlib.error:
            raise FetchError(f"{self.where} sent a corrupt compressed answer") from None


class TooSlow(FetchError):
    """The body was still arriving when the request's deadline passed."""


def read_bounded(
    chunks: Iterable[bytes], *, encoding: str, cap: int, where: str, deadline: float | None
) -> bytes:
    """The decoded body from raw ``chunks``; ``FetchError`` once it passes ``cap`` bytes
    (compressed or not) or ``deadline`` (``time.monotonic()``) passes."""
    decoder = _Decoder(encoding, where)
    parts: list[bytes] = []  # joined once at the end: no doubling buffer while reading
    size = raw = 0
    for chunk in chunks:
        raw += len(chunk)
        if deadline is not None and time.monotonic() > deadline:
            raise TooSlow(f"{where} answered too slowly (timed out)")
        for piece in decoder.feed(chunk, cap - size + 1):
            size += len(piece)
            if size > cap or raw > cap:
                parts.clear()
                raise FetchError(f"response from {where} too large (over {cap // 1_000_000} MB)")
            parts.append(piece)
    return b"".join(parts)


def redact_url(url: str) -> str:
    """``url`` without a ``user:password@`` part."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


class BoundedTransport(httpx.BaseTransport):
    """Wraps a transport so a plain ``httpx.Client`` (article URLs, the Popular Name Table)
    gets linker's bounds: a deadline per request, a size cap checked while reading (bodies
    decompressed here), and redirects followed here, to http(s) URLs only (``same_origin``:
    on the same origin only). The client sees the final 200 (or error) response."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        deadline: float = 20.0,
        max_bytes: int = 20_000_000,
        same_origin: bool = False,
        max_redirects: int = 5,
    ) -> None:
        self.inner = inner
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.same_origin = same_origin
        self.max_redirects = max_redirects

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        origin = (request.url.scheme, request.url.netloc)
        with deadline_of(self.deadline) as end:
            for _ in range(self.max_redirects + 1):
                resp = self.inner.handle_request(request)
                if resp.status_code in REDIRECT_STATUSES:
                    location = resp.headers.get("location", "")
                    resp.close()
                    nxt = _redirect_target(str(request.url), location)
                    if self.same_origin and (nxt.scheme, nxt.netloc) != origin:
                        raise httpx.UnsupportedProtocol(
                            f"redirected to another host ({nxt.host})", request=request
                        )
                    request = httpx.Request(
                        "GET" if resp.status_code == 303 else request.method,
                        nxt,
                        headers=request.headers,
                        extensions=request.extensions,
                    )
                    continue
                try:
                    body = read_bounded(
                        resp.stream,  # type: ignore[arg-type]
                        encoding=resp.headers.get("content-encoding", ""),
                        cap=self.max_bytes,
                        where=request.url.host,
                        deadline=end,
                    )
                except TooSlow as exc:
                    raise httpx.ReadTimeout(str(exc), request=request) from None
                except FetchError as exc:
                    raise httpx.ReadError(str(exc), request=request) from None
                finally:
                    resp.close()
                headers = [
                    (k, v)
                    for k, v in resp.headers.multi_items()
                    if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
                ]
                return httpx.Response(
                    resp.status_code, headers=headers, content=body, request=request
                )
        raise httpx.TooManyRedirects("too many redirects", request=request)


def _redirect_target(url: str, location: str) -> httpx.URL:
    """The absolute http(s) URL a redirect points to; ``httpx.UnsupportedProtocol`` otherwise."""
    try:
        nxt = httpx.URL(urljoin(url, location.strip()))
    except (httpx.InvalidURL, ValueError):
        raise httpx.UnsupportedProtocol("redirected to an invalid URL") from None
    if not location.strip() or nxt.scheme not in ("http", "https") or not nxt.host:
        raise httpx.UnsupportedProtocol(
            f"redirected to a {nxt.scheme or 'relative'}: URL, which linker does not follow"
        )
    return nxt


# --- the per-run state ---------------------------------------------------------------------

_DB_LOCKS: weakref.WeakKeyDictionary[Any, threading.RLock] = weakref.WeakKeyDictionary()
_DB_LOCKS_GUARD = threading.Lock()


def db_lock(db: sqlite_utils.Database) -> threading.RLock:
    """The one lock that serialises every use of ``db`` by linker's threads."""
    with _DB_LOCKS_GUARD:
        lock = _DB_LOCKS.get(db)
        if lock is None:
            lock = threading.RLock()
            _DB_LOCKS[db] = lock
        return lock


_WINDOW_NAMES = {60.0: "minute", 3600.0: "hour", 86400.0: "day"}


def _window_name(seconds: float) -> str:
    return _WINDOW_NAMES.get(seconds, f"{seconds:g} s")


class Limiter:
    """A persistent request budget for one service (CourtListener): ``limits`` are
    (window seconds, requests) pairs; every request sent is logged in the cache, so runs
    one after another share the windows. ``acquire`` waits for a minute window when the wait
    is short, and otherwise raises ``RateLimited`` (and refuses for the rest of the run)."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        service: str,
        label: str,
        limits: Sequence[tuple[float, int]],
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self.service = service
        self.label = label
        self.limits = tuple(sorted(limits))
        self.clock = clock
        self.lock = threading.Lock()
        self.stopped: str | None = None  # no more requests this run (budget or throttle)
        self.throttled: str | None = None  # the service itself said stop

    def stop(self, reason: str, until: float | None = None) -> None:
        """Refuse every further request this run; with ``until``, later runs too until then."""
        self.stopped = self.stopped or reason
        self.throttled = self.throttled or reason
        if until is not None:
            with db_lock(self.db):
                store.budget_block(self.db, self.service, until, reason)

    def acquire(self, max_wait: Callable[[], float], sleep: Callable[[float], None]) -> None:
        with self.lock:
            for _ in range(3):
                if self.stopped:
                    raise RateLimited(self.stopped)
                now = self.clock()
                longest = max((w for w, _n in self.limits), default=0.0)
                with db_lock(self.db):
                    blocked = store.budget_blocked(self.db, self.service, now)
                    times = store.budget_times(self.db, self.service, now - longest)
                if blocked is not None:
                    when = datetime.fromtimestamp(blocked[0], UTC).strftime("%H:%M UTC")
                    self.stopped = f"{self.label} asked linker to wait until {when}: {blocked[1]}"
                    raise RateLimited(self.stopped)
                wait = 0.0
                for window, limit in self.limits:
                    inside = [t for t in times if t > now - window]
                    if len(inside) < limit:
                        continue
                    free = inside[len(inside) - limit] + window - now
                    if free > max_wait():
                        when = datetime.fromtimestamp(now + free, UTC).strftime("%H:%M UTC")
                        self.stopped = (
                            f"{self.label} request budget spent ({limit} a "
                            f"{_window_name(window)}; next at {when})"
                        )
                        raise RateLimited(self.stopped)
                    wait = max(wait, free)
                if wait <= 0:
                    with db_lock(self.db):
                        store.budget_spend(self.db, self.service, now, keep=longest)
                    return
                sleep(wait + 0.05)
            self.stopped = f"{self.label} request budget spent"
            raise RateLimited(self.stopped)


class _HostGate:
    """Per-host concurrency limit and spacing between request starts."""

    def __init__(self, limit: int, interval: float, sleep: Callable[[float], None]) -> None:
        self._sem = threading.BoundedSemaphore(max(1, limit))
        self._interval = interval
        self._lock = threading.Lock()
        self._next = 0.0
        self._sleep = sleep

    def enter(self, timeout: float) -> None:
        if not self._sem.acquire(timeout=max(0.0, timeout)):
            raise FetchError("network time budget spent while waiting for a connection")
        if self._interval > 0:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next)
                self._next = start + self._interval
            if start > now:
                self._sleep(start - now)

    def exit(self) -> None:
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
    if m:
        try:
            "".encode(m.group(1))
            return m.group(1)
        except LookupError:
            pass
    return "utf-8"


def _network_down(exc: BaseException) -> bool:
    """True when ``exc`` says the machine has no network (DNS failure, no route)."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, socket.gaierror):
            return True
        if isinstance(cur, OSError) and cur.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return True
        text = str(cur).lower()
        if "name or service not known" in text or "temporary failure in name resolution" in text:
            return True
        if "network is unreachable" in text or "nodename nor servname" in text:
            return True
        cur = cur.__cause__ or cur.__context__
    return False


#: services whose requests spend a persistent budget, with the name used in messages
LIMITED_SERVICES = {"courtlistener": "CourtListener"}


class Http:
    """Sends ``Request``s through an injected ``httpx.Client`` with linker's manners.

    One ``Http`` serves one run: it holds the run's network budget, the hosts found
    unreachable, and (given ``db``) the persistent CourtListener budget. ``sleep``, ``rand``
    and ``clock`` are injectable so tests run without real waits. ``requests_made`` counts
    requests that reached the network (including retries); ``notes`` collects the run's
    one-time messages (a throttle, a spent budget, the network found down).
    """

    def __init__(
        self,
        client: httpx.Client,
        config: Config,
        policy: Policy | None = None,
        *,
        db: sqlite_utils.Database | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client = client
        self.config = config
        self.policy = policy or Policy()
        self.sleep = sleep
        self.rand = rand
        self.db = db
        self._gates: dict[tuple[str, str], _HostGate] = {}
        self._gates_lock = threading.Lock()
        self._count_lock = threading.Lock()
        self.requests_made = 0
        self.user_agent = user_agent(config)
        budget = self.policy.network_budget
        self.budget = float(config.network_budget if budget is None else budget)
        self.started = time.monotonic()
        self.down: str | None = None
        self.hosts_down: dict[str, str] = {}
        self._timeouts: dict[str, int] = {}
        self.succeeded = False
        self.notes: list[str] = []
        self.limiters: dict[str, Limiter] = {}
        if db is not None:
            self.limiters["courtlistener"] = Limiter(
                db, "courtlistener", "CourtListener", config.courtlistener_limits, clock=clock
            )

    # run state ---------------------------------------------------------------------------

    def remaining(self) -> float:
        """Seconds left of the run's network budget."""
        return self.budget - (time.monotonic() - self.started)

    def note(self, text: str) -> None:
        with self._count_lock:
            if text not in self.notes:
                self.notes.append(text)

    def _gate(self, host: str, service: str) -> _HostGate:
        with self._gates_lock:
            gate = self._gates.get((host, service))
            if gate is None:
                # one request at a time to a service with a small budget: a throttle seen
                # by one stops the others before they are sent
                limit = 1 if service in LIMITED_SERVICES else self.policy.host_concurrency
                gate = _HostGate(limit, self.policy.interval_for(service), self.sleep)
                self._gates[(host, service)] = gate
            return gate

    def _backoff(self, attempt: int) -> float:
        base = min(self.policy.max_backoff, self.policy.backoff * float(2**attempt))
        return float(base * (0.5 + self.rand()))  # jitter: 50–150 % of the exponential step

    def _can_wait(self, seconds: float) -> bool:
        return seconds <= self.policy.max_wait and seconds < self.remaining() - 1.0

    def _refuse_early(self, req: Request, name: str) -> None:
        if self.down:
            raise FetchError(f"not tried: the network is unreachable ({self.down})")
        if name in self.hosts_down:
            why = "too slow" if self.hosts_down[name] == "too slow" else "unreachable"
            raise FetchError(f"not tried: {name} was {why} earlier in this run")
        if self.remaining() <= 0:
            self.note(f"network time budget ({self.budget:g} s) spent; later requests not made")
            raise FetchError(
                f"not tried: the run's network time budget ({self.budget:g} s) is spent"
            )
        limiter = self.limiters.get(req.service)
        if limiter is not None and limiter.stopped:
            raise RateLimited(limiter.stopped)

    def _throttled(self, req: Request, name: str, wait: float | None) -> RateLimited:
        """Record a 429 we do not sit out: no more requests to this service this run."""
        label = LIMITED_SERVICES.get(req.service, name)
        when = ""
        until = None
        if wait is not None:
            until = time.time() + wait
            when = f" until {datetime.fromtimestamp(until, UTC).strftime('%Y-%m-%d %H:%M UTC')}"
        reason = f"rate limited by {label}{when}"
        limiter = self.limiters.get(req.service)
        if limiter is not None:
            limiter.stop(reason, until if wait is not None and wait > 0 else None)
        self.note(f"{reason}; no further {label} requests in this run")
        return RateLimited(reason)

    # sending -----------------------------------------------------------------------------

    def send(self, req: Request, validators: RawResponse | None = None) -> HttpResult:
        """Perform ``req``; conditional when ``validators`` carries an ETag/Last-Modified.

        Returns a 200 or 304 result. Raises ``NotFound`` for 404/410, ``RateLimited`` for a
        throttle or a spent budget, and ``FetchError`` (one line, no secrets) when the
        service cannot be reached in time or answers with an error after the allowed
        retries, or the answer is too large or redirects where linker does not follow.
        """
        headers = {
            "User-Agent": self.user_agent,
            "Accept": req.accept,
            "Accept-Encoding": "gzip, deflate",
        }
        if validators is not None:
            if validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
        name = urlsplit(req.url).hostname or "?"
        attempt = 0
        while True:
            self._refuse_early(req, name)
            limiter = self.limiters.get(req.service)
            if limiter is not None:
                try:
                    limiter.acquire(lambda: min(self.policy.max_wait, self.remaining()), self.sleep)
                except RateLimited as exc:
                    self.note(f"{exc}; no further {limiter.label} requests in this run")
                    raise
            try:
                status, resp_headers, body, final = self._once(req, headers)
            except httpx.ConnectError as exc:
                reason = f"connection failed ({type(exc).__name__})"
                if _network_down(exc):
                    self.down = reason
                    self.note(f"the network is unreachable ({reason}); nothing else was tried")
                else:
                    self.hosts_down[name] = reason
                    if len(self.hosts_down) >= 2 and not self.succeeded:
                        self.down = reason
                        self.note(
                            "the network looks unreachable (no service answered); "
                            "nothing else was tried"
                        )
                raise FetchError(f"{name}: {reason}") from None
            except httpx.TimeoutException:
                # a server that missed a whole deadline is not asked again at once: one
                # retry at most, and after two timeouts the host is given up for the run
                reason = "timed out"
                with self._count_lock:
                    self._timeouts[name] = self._timeouts.get(name, 0) + 1
                    slow = self._timeouts[name]
                if slow >= 2:
                    self.hosts_down[name] = "too slow"
                    self.note(f"{name} timed out twice; no further requests to it in this run")
                    raise FetchError(
                        f"{name}: timed out (deadline {self.policy.deadline:g} s)"
                    ) from None
            except httpx.HTTPError as exc:
                reason = f"connection failed ({type(exc).__name__})"
            else:
                self.succeeded = True
                if 200 <= status < 300 or status == 304:
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
                    if attempt >= self.policy.retries or not self._can_wait(wait):
                        raise self._throttled(req, name, wait)
                    self.sleep(wait)
                    attempt += 1
                    continue
                if status in (401, 403):
                    what = (
                        "refused linker's credentials"
                        if self.config.auth_headers(req.service)
                        else "requires an account (no token configured)"
                    )
                    raise FetchError(f"{name} answered HTTP {status}: it {what}")
                if status in RETRY_STATUSES:
                    reason = f"HTTP {status}"
                    hint = _retry_after(resp_headers, body) if status == 503 else None
                    if attempt < self.policy.retries:
                        wait = self._backoff(attempt)
                        if hint is not None:
                            wait = max(wait, hint)
                        if self._can_wait(wait):
                            self.sleep(wait)
                            attempt += 1
                            continue
                    raise FetchError(f"{name} answered {reason} after {attempt + 1} tries")
                raise FetchError(f"{name} answered HTTP {status}")
            wait = self._backoff(attempt)
            if attempt < self.policy.retries and self._can_wait(wait + self.policy.deadline / 2):
                self.sleep(wait)
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
        with deadline_of(min(self.policy.deadline, max(0.0, self.remaining()))) as end:
            for _ in range(self.policy.max_redirects + 1):
                auth = self.config.auth_headers(req.service)
                send_headers = {**headers, **auth}
                timeout = httpx.Timeout(self.policy.timeout, connect=self.policy.connect_timeout)
                try:
                    request = self.client.build_request(
                        method,
                        url,
                        headers=send_headers,
                        data=dict(req.form) if (req.form and method == "POST") else None,
                        timeout=timeout,
                    )
                except (httpx.InvalidURL, ValueError):
                    raise FetchError(f"not a valid URL for {origin[1]}") from None
                gate = self._gate(urlsplit(url).netloc, req.service)
                gate.enter(end - time.monotonic())
                try:
                    limiter = self.limiters.get(req.service)
                    if limiter is not None and limiter.throttled:
                        raise RateLimited(limiter.throttled)  # seen while this one waited
                    with self._count_lock:
                        self.requests_made += 1
                    try:
                        resp = self.client.send(request, stream=True, follow_redirects=False)
                    except httpx.InvalidURL:  # httpx builds the next request of a redirect
                        raise FetchError(
                            f"{origin[1]} redirected to a URL linker does not follow"
                        ) from None
                    except httpx.RemoteProtocolError as exc:
                        if "location" not in str(exc).lower():
                            raise
                        raise FetchError(f"{origin[1]} redirected to an invalid URL") from None
                    try:
                        resp_headers = {
                            k.lower(): self.config.redact(v) for k, v in resp.headers.items()
                        }
                        if resp.status_code in REDIRECT_STATUSES:
                            location = resp_headers.get("location", "")
                            try:
                                nxt = _redirect_target(url, location)
                            except httpx.UnsupportedProtocol as exc:
                                raise FetchError(f"{origin[1]} {exc}") from None
                            if (nxt.scheme, nxt.netloc.decode()) != origin:
                                raise FetchError(
                                    f"{origin[1]} redirected to another host "
                                    f"({nxt.netloc.decode()})"
                                )
                            url = str(nxt)
                            if resp.status_code == 303:
                                method = "GET"
                            continue
                        body = read_bounded(
                            resp.iter_raw(),
                            encoding=resp_headers.get("content-encoding", ""),
                            cap=self.policy.max_bytes,
                            where=origin[1],
                            deadline=end,
                        )
                    finally:
                        resp.close()
                finally:
                    gate.exit()
                return resp.status_code, resp_headers, body, url
        raise FetchError(f"too many redirects from {origin[1]}")


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


def make_client(config: Config | None = None, **kwargs: Any) -> httpx.Client:
    """The client the CLI should create for ``Http`` and pass in (and close): pooled, no
    auto-redirects, sockets bounded by ``deadline_of`` (``make_transport``)."""
    limits = httpx.Limits(max_connections=32, max_keepalive_connections=16)
    kwargs.setdefault("transport", make_transport())
    return httpx.Client(
        headers={"User-Agent": user_agent(config)},
        follow_redirects=False,
        limits=limits,
        timeout=httpx.Timeout(15.0, connect=10.0),
        **kwargs,
    )


def make_bounded_client(
    config: Config | None = None,
    *,
    deadline: float = 20.0,
    max_bytes: int = 20_000_000,
    same_origin: bool = False,
    inner: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """A plain ``httpx.Client`` with linker's bounds built into its transport (for article
    URLs and the Popular Name Table): a deadline per request, a streamed size cap that
    covers compressed bodies, redirects only to http(s) URLs (``same_origin``: same origin)."""
    transport = BoundedTransport(
        inner or make_transport(),
        deadline=deadline,
        max_bytes=max_bytes,
        same_origin=same_origin,
    )
    return httpx.Client(
        transport=transport,
        headers={"User-Agent": user_agent(config), "Accept-Encoding": "gzip, deflate"},
        follow_redirects=False,
        timeout=httpx.Timeout(15.0, connect=10.0),
    )


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
