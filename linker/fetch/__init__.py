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

from .http import Http
from .limits import db_lock
from .run import TOKEN_NOTE, FetchReport, attach_sources, fetch_sources, priorities
from .transport import (
    USER_AGENT,
    Policy,
    Progress,
    RateLimited,
    make_bounded_client,
    make_client,
    redact_url,
    user_agent,
)

__all__ = [
    "TOKEN_NOTE",
    "USER_AGENT",
    "FetchReport",
    "Http",
    "Policy",
    "Progress",
    "RateLimited",
    "attach_sources",
    "db_lock",
    "fetch_sources",
    "make_bounded_client",
    "make_client",
    "priorities",
    "redact_url",
    "user_agent",
]
