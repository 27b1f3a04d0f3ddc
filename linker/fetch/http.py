"""``Http``: the one way a run sends a request, inside its network budget and every service's
limits; a 429 is "rate limited", never "not found"."""

from __future__ import annotations

import errno
import random
import re
import socket
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx
import sqlite_utils

from ..config import Config
from ..errors import FetchError
from ..sources.base import NotFound, Request
from ..store import RawResponse
from .limits import LIMITED_SERVICES, HostGate, Limiter, retry_after
from .transport import (
    REDIRECT_STATUSES,
    RETRY_STATUSES,
    HttpResult,
    Policy,
    RateLimited,
    deadline_of,
    read_bounded,
    redirect_target,
    user_agent,
)


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
        self._gates: dict[tuple[str, str], HostGate] = {}
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

    def _gate(self, host: str, service: str) -> HostGate:
        with self._gates_lock:
            gate = self._gates.get((host, service))
            if gate is None:
                # one request at a time to a service with a small budget: a throttle seen
                # by one stops the others before they are sent
                limit = 1 if service in LIMITED_SERVICES else self.policy.host_concurrency
                gate = HostGate(limit, self.policy.interval_for(service), self.sleep)
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
                    wait = retry_after(resp_headers, body)
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
                    hint = retry_after(resp_headers, body) if status == 503 else None
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
                                nxt = redirect_target(url, location)
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
