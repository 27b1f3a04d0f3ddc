"""The bounded transport: a deadline no trickling server can stretch, bodies streamed and
decompressed under a size cap, redirects only within a service, credentials kept out of URLs;
and the clients built on it."""

from __future__ import annotations

import re
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpcore
import httpx

from ..config import Config
from ..errors import FetchError
from ..sources.base import DAY

try:
    VERSION = metadata.version("linker")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    VERSION = "0"

# linker has no public home page: the contact the user sets is the way to reach whoever runs it.
USER_AGENT = f"linker/{VERSION}"


def user_agent(config: Config | None = None) -> str:
    """``linker/VERSION (+contact)``: the services ask automated clients for a contact, which
    the user sets in ``LINKER_CONTACT`` (an e-mail address or a URL)."""
    contact = config.contact if config is not None else None
    if contact:
        contact = re.sub(r"[^\x20-\x7e]|[()]", "", contact).strip()[:100]
    return f"{USER_AGENT} (+{contact})" if contact else USER_AGENT


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
                    nxt = redirect_target(str(request.url), location)
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


def redirect_target(url: str, location: str) -> httpx.URL:
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
