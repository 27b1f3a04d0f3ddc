"""An httpx transport that answers repeated search requests from the SQLite cache.

The ruling resolver searches CourtListener with plain GETs. Wrapping its client in this
transport keeps every successful answer in the cache's ``raw`` table, so a second run of the
same article makes no request at all, and an offline run reuses what an online run found.
Credentials never enter the cache key or the stored headers.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import httpx
import sqlite_utils

from . import store

FRESH_FOR = timedelta(days=7)


class CachingTransport(httpx.BaseTransport):
    """GETs come from the cache while fresh; misses go to ``inner`` (or fail when offline)."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        inner: httpx.BaseTransport | None,
        *,
        service: str = "search",
        offline: bool = False,
        refresh: bool = False,
    ) -> None:
        self.db = db
        self.inner = inner
        self.service = service
        self.offline = offline or inner is None
        self.refresh = refresh
        self.requests = 0
        self._lock = threading.Lock()

    @staticmethod
    def key(request: httpx.Request) -> str:
        return f"GET {request.url}"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        key = self.key(request)
        cached = store.get_raw(self.db, key) if request.method == "GET" else None
        fresh = cached is not None and (
            self.offline or store.age_seconds(cached.fetched_at) < FRESH_FOR.total_seconds()
        )
        if cached is not None and fresh and not self.refresh:
            return httpx.Response(
                cached.status,
                headers={"content-type": cached.headers.get("content-type", "application/json")},
                content=cached.body.encode("utf-8"),
                request=request,
            )
        if self.offline or self.inner is None:
            if cached is not None:
                return httpx.Response(cached.status, content=cached.body.encode(), request=request)
            raise httpx.ConnectError("offline: not in the cache", request=request)
        with self._lock:
            self.requests += 1
        resp = self.inner.handle_request(request)
        if request.method != "GET" or resp.status_code != 200:
            return resp
        body = resp.read()
        text = body.decode("utf-8", errors="replace")
        now = store.now_iso()
        with store.transaction(self.db):
            store.put_raw(
                self.db,
                store.RawResponse(
                    url=key,
                    status=resp.status_code,
                    headers=dict(resp.headers),
                    body=text,
                    fetched_at=now,
                    checked_at=now,
                    service=self.service,
                ),
            )
        return httpx.Response(resp.status_code, headers=resp.headers, content=body, request=request)


def caching_client(
    db: sqlite_utils.Database,
    inner: httpx.BaseTransport | None,
    *,
    offline: bool = False,
    refresh: bool = False,
    headers: dict[str, str] | None = None,
) -> httpx.Client:
    """An ``httpx.Client`` whose GETs go through ``CachingTransport``."""
    return httpx.Client(
        transport=CachingTransport(db, inner, offline=offline, refresh=refresh),
        headers=headers,
        timeout=httpx.Timeout(20.0, connect=10.0),
    )
