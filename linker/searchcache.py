"""Searches (the ruling resolver's on CourtListener, the rule resolver's on the Federal
Register) through the run's ``Http`` and the cache.

``Searcher.search_results(url, params)`` is what ``resolve_rulings.search`` calls. Every
search goes through the same ``fetch.Http`` as the sources, so it obeys the run's network
budget, the per-request deadline and size cap, and spends the same persistent CourtListener
budget. An answer is validated (a JSON object whose ``results`` is a list of objects)
*before* it is cached; a cached row that does not validate is ignored, never a crash. A fresh
cached answer is used without a request, so a second run of an article makes none.

Without a ``COURTLISTENER_TOKEN`` no search is sent (the API refuses anonymous requests);
cached answers are still used. A throttled or failed search is recorded in ``problems`` (the
page says "rate limited", never "no match") and nothing from it is cached.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

import sqlite_utils

from . import store
from .config import Config
from .errors import FetchError
from .fetch import Http, RateLimited, db_lock
from .sources.base import DAY, NotFound, Request

FRESH_FOR = 7 * DAY
SERVICE = "courtlistener"


def results_in(body: str) -> list[dict[str, Any]] | None:
    """The search results in ``body``, or ``None`` when it is not a search answer (the
    Federal Register leaves ``results`` out when ``count`` is 0)."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if isinstance(data, dict) and "results" not in data and data.get("count") == 0:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        return None
    if not all(isinstance(r, dict) for r in data["results"]):
        return None
    return list(data["results"])


class Searcher:
    """A service's search answers for one run (CourtListener unless ``service`` says
    otherwise): from the cache, else through ``http``. Only CourtListener needs a token."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        http: Http | None,
        config: Config,
        *,
        offline: bool = False,
        refresh: bool = False,
        service: str = SERVICE,
    ) -> None:
        self.db = db
        self.http = http
        self.config = config
        self.offline = offline or http is None
        self.refresh = refresh
        self.service = service
        self.label = "CourtListener" if service == SERVICE else "Federal Register"
        self.problems: list[str] = []
        self.not_sent = 0  # searches not made for want of a token
        self._lock = threading.Lock()

    def _problem(self, text: str) -> None:
        with self._lock:
            if text not in self.problems:
                self.problems.append(text)

    def search_results(
        self, url: str, params: Mapping[str, str] | Sequence[tuple[str, str]]
    ) -> list[dict[str, Any]]:
        """One page of results for ``url?params`` (a mapping, or pairs where a key repeats:
        ``fields[]``); ``[]`` when none could be had (the reason is in ``problems`` unless it
        is a plain "no match")."""
        pairs = list(params.items()) if isinstance(params, Mapping) else list(params)
        full = f"{url}?{urlencode(pairs)}"
        key = f"GET {full}"
        lock = db_lock(self.db)
        with lock:
            cached = store.get_raw(self.db, key)
        have = results_in(cached.body) if cached is not None else None
        fresh = cached is not None and store.age_seconds(cached.fetched_at) < FRESH_FOR
        if have is not None and (self.offline or (fresh and not self.refresh)):
            return have
        if self.offline or self.http is None:
            return have or []
        if self.service == SERVICE and not self.config.courtlistener_token:
            self.not_sent += 1
            return have or []
        req = Request(self.service, full, fresh_for=FRESH_FOR, accept="application/json")
        try:
            result = self.http.send(req)
        except NotFound:
            return []
        except RateLimited as exc:
            self._problem(f"{self.label} searches not made: {exc}")
            return have or []
        except FetchError as exc:
            self._problem(f"a {self.label} search failed: {exc}")
            return have or []
        body = self.config.redact(result.body)
        results = results_in(body)
        if results is None:
            self._problem(f"a {self.label} search failed: the answer was not a search result")
            return have or []
        now = store.now_iso()
        with lock, store.transaction(self.db):
            store.put_raw(
                self.db,
                store.RawResponse(
                    url=key,
                    status=200,
                    headers=store.public_headers(result.headers),
                    body=body,
                    fetched_at=now,
                    checked_at=now,
                    service="search",
                ),
            )
        return results
