"""Rate limits: a gate per host that spaces request starts, and CourtListener's persistent
budget (the account's minute, hour and day windows, stored in the cache and shared by
consecutive runs)."""

from __future__ import annotations

import json
import re
import threading
import time
import weakref
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import sqlite_utils

from .. import store
from ..errors import FetchError
from .transport import RateLimited

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


class HostGate:
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


def retry_after(resp_headers: Mapping[str, str], body: bytes) -> float | None:
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


#: services whose requests spend a persistent budget, with the name used in messages
LIMITED_SERVICES = {"courtlistener": "CourtListener"}
