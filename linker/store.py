"""The SQLite cache (sqlite-utils): raw responses, parsed sources, article mentions.

A person can open the file with ``sqlite-utils`` or Datasette. Tables:

``raw``              one row per request key (the URL; a POST adds its form body): status,
                     response headers as JSON (never a request header, so never a token), body,
                     ``fetched_at`` (content last downloaded), ``checked_at`` (last confirmed
                     current, by a 200 or a 304), ``etag``, ``last_modified``. Only responses
                     that parsed into a source are stored: an error is never cached as a success.
``sources``          one row per canonical authority id, parsed from ``raw``; full-text search
                     over title, citation, snippet and text (``sources_fts``).
``article_mentions`` which article mentioned which authority, where and when it was linked.
``fetch_errors``     definitive "not found" answers (HTTP 404/410, a lookup with no match),
                     remembered for a short while so a rerun does not ask again; they are
                     reported as failures, never as sources.
``budget_spent``     one row per request sent to a rate-limited service (time only), so runs
                     share CourtListener's minute/hour/day windows; ``budget_blocks`` a
                     throttle the service announced, until it ends.
``meta``             ``schema_version``.

Every write happens in a ``BEGIN IMMEDIATE`` transaction, so a run killed mid-fetch leaves
only complete rows, and two processes on one file take turns (WAL + busy timeout).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from .errors import CacheError
from .models import Mention, Source

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 30_000

#: response headers that are never written to the cache
PRIVATE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)


def now_iso() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: str) -> datetime:
    """Parse an ISO-8601 time (``Z`` or offset); naive times are taken as UTC."""
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def age_seconds(iso: str | None, now: datetime | None = None) -> float:
    """Seconds since ``iso``; infinite when unknown or unparsable."""
    if not iso:
        return float("inf")
    try:
        return ((now or datetime.now(UTC)) - parse_iso(iso)).total_seconds()
    except ValueError:
        return float("inf")


@dataclass(frozen=True)
class RawResponse:
    """A cached HTTP response, as stored in the ``raw`` table."""

    url: str  # the request key
    status: int
    headers: Mapping[str, str]
    body: str
    fetched_at: str
    checked_at: str
    service: str = ""
    etag: str | None = None
    last_modified: str | None = None

    def json(self) -> Any:
        return json.loads(self.body)


def public_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` with lowercased names and every credential-bearing header removed."""
    return {k.lower(): v for k, v in headers.items() if k.lower() not in PRIVATE_HEADERS}


def cache_error(exc: BaseException, path: str | Path) -> CacheError:
    """One line for an SQLite (or file) error on the cache at ``path``, saying what to do."""
    msg = str(exc).lower()
    if isinstance(exc, CacheError):
        return exc
    if "readonly" in msg or "read-only" in msg or "permission" in msg or "access" in msg:
        what = (
            f"the cache {path} is read-only; make it writable, or use another with "
            "--cache PATH (or $LINKER_CACHE)"
        )
    elif "locked" in msg or "busy" in msg:
        what = (
            f"the cache {path} stayed locked by another process for "
            f"{BUSY_TIMEOUT_MS // 1000} s; try again when the other linker has finished"
        )
    elif "full" in msg or "no space" in msg:
        what = (
            f"no space left for the cache {path}; free some space, run "
            "`linker cache prune`, or use --cache PATH on another disk"
        )
    elif "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        what = (
            f"the cache {path} is damaged ({exc}); keep a copy (mv {path} {path}.bad), "
            "then run again to create a new one; `linker cache check` tests a cache"
        )
    elif "unable to open" in msg:
        what = f"cannot open the cache {path}; check that its folder exists and is writable"
    else:
        what = f"the cache {path} failed: {exc}; `linker cache check` tests it"
    return CacheError(what)


def _set_up(db: sqlite_utils.Database) -> None:
    db.conn.execute("PRAGMA journal_mode = WAL")
    db.conn.execute("PRAGMA synchronous = NORMAL")
    ensure_schema(db)


def _retry_while_locked(step: Callable[[], None]) -> None:
    """Run ``step``, again while another process holds the file, up to the busy timeout.

    Switching a new file to WAL and creating its tables take the whole file for a moment;
    SQLite reports a second process arriving then as locked at once, without waiting (its busy
    handler is not asked while the other connection recovers or converts the file), so two
    linkers started together on a new cache must take turns here themselves.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            msg = str(exc).lower()
            if ("locked" not in msg and "busy" not in msg) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def open_cache(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the cache at ``path`` with WAL and a busy timeout.

    The parent directory is created. The schema is ensured. Raises ``CacheError`` when the
    file cannot be opened or is not an SQLite database.
    """
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            str(p), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db = sqlite_utils.Database(conn)
        _retry_while_locked(lambda: _set_up(db))
    except (OSError, sqlite3.Error) as exc:
        raise cache_error(exc, p) from exc
    return db


def open_existing(path: str | Path) -> sqlite_utils.Database:
    """Open the cache at ``path`` read-only; never creates one (``linker cache …``).

    Raises ``CacheError`` when there is no cache there or it cannot be read.
    """
    p = Path(path)
    if not p.exists():
        raise CacheError(f"no cache at {p} (`linker link` creates it; --cache PATH names another)")
    if not p.is_file():
        raise CacheError(f"{p} is not a cache file")
    try:
        conn = sqlite3.connect(
            f"{p.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (OSError, sqlite3.Error) as exc:
        raise cache_error(exc, p) from exc
    return sqlite_utils.Database(conn)


def check(db: sqlite_utils.Database) -> list[str]:
    """Problems found in a cache: SQLite's integrity check, then the schema; empty when sound."""
    rows = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        problems.append(f"written by a newer linker (schema {version} > {SCHEMA_VERSION})")
    missing = {"raw", "sources", "article_mentions", "fetch_errors", "meta"} - set(db.table_names())
    if missing:
        problems.append(f"missing tables: {', '.join(sorted(missing))}")
    return problems


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction that takes the write lock up front (waits up to the busy timeout)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


def schema_version(db: sqlite_utils.Database) -> int:
    if "meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables, indexes and full-text index if missing; safe to call repeatedly.

    Raises ``CacheError`` for a cache written by a newer linker (higher schema version).
    """
    found = schema_version(db)
    if found > SCHEMA_VERSION:
        raise CacheError(
            f"cache schema version {found} is newer than this linker's ({SCHEMA_VERSION})"
        )
    if found == SCHEMA_VERSION:
        return
    with transaction(db):
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute(
            """CREATE TABLE IF NOT EXISTS raw (
                url TEXT PRIMARY KEY, service TEXT, status INTEGER, headers TEXT, body TEXT,
                fetched_at TEXT, checked_at TEXT, etag TEXT, last_modified TEXT)"""
        )
        db.execute(
            """CREATE TABLE IF NOT EXISTS sources (
                authority TEXT PRIMARY KEY, title TEXT, citation TEXT, url TEXT, source TEXT,
                snippet TEXT, text TEXT, fetched_at TEXT, raw_url TEXT)"""
        )
        db.execute(
            """CREATE TABLE IF NOT EXISTS article_mentions (
                article TEXT, authority TEXT, mention TEXT, start INTEGER, "end" INTEGER,
                kind TEXT, linked_at TEXT, PRIMARY KEY (article, start, "end"))"""
        )
        db.execute(
            "CREATE INDEX IF NOT EXISTS article_mentions_authority "
            "ON article_mentions (authority, linked_at)"
        )
        db.execute(
            """CREATE TABLE IF NOT EXISTS fetch_errors (
                url TEXT PRIMARY KEY, authority TEXT, status INTEGER, reason TEXT, at TEXT)"""
        )
        if not db["sources"].detect_fts():  # type: ignore[union-attr]
            db["sources"].enable_fts(  # type: ignore[union-attr]
                ["title", "citation", "snippet", "text"], create_triggers=True
            )
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
            [str(SCHEMA_VERSION)],
        )


# --- raw responses -------------------------------------------------------------------------


def _raw_from_row(row: Mapping[str, Any]) -> RawResponse:
    return RawResponse(
        url=row["url"],
        status=int(row["status"]),
        headers=json.loads(row["headers"] or "{}"),
        body=row["body"] or "",
        fetched_at=row["fetched_at"] or "",
        checked_at=row["checked_at"] or row["fetched_at"] or "",
        service=row["service"] or "",
        etag=row["etag"],
        last_modified=row["last_modified"],
    )


def get_raw(db: sqlite_utils.Database, key: str) -> RawResponse | None:
    rows = list(db.query("SELECT * FROM raw WHERE url = ?", [key]))
    return _raw_from_row(rows[0]) if rows else None


def put_raw(db: sqlite_utils.Database, raw: RawResponse) -> None:
    """Store (replace) a successful response. Credential headers are dropped."""
    db.execute(
        "INSERT OR REPLACE INTO raw (url, service, status, headers, body, fetched_at, "
        "checked_at, etag, last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            raw.url,
            raw.service,
            raw.status,
            json.dumps(public_headers(raw.headers), sort_keys=True),
            raw.body,
            raw.fetched_at,
            raw.checked_at,
            raw.etag,
            raw.last_modified,
        ],
    )


def touch_raw(db: sqlite_utils.Database, key: str, checked_at: str) -> None:
    """Record that a cached response was confirmed current (HTTP 304)."""
    db.execute("UPDATE raw SET checked_at = ? WHERE url = ?", [checked_at, key])


# --- negative cache ------------------------------------------------------------------------


def get_error(db: sqlite_utils.Database, key: str) -> tuple[str, str] | None:
    """``(reason, at)`` of a remembered "not found" answer for request ``key``."""
    row = db.execute("SELECT reason, at FROM fetch_errors WHERE url = ?", [key]).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def put_error(
    db: sqlite_utils.Database, key: str, authority: str, status: int, reason: str, at: str
) -> None:
    db.execute(
        "INSERT OR REPLACE INTO fetch_errors (url, authority, status, reason, at) "
        "VALUES (?, ?, ?, ?, ?)",
        [key, authority, status, reason, at],
    )


def clear_error(db: sqlite_utils.Database, key: str) -> None:
    db.execute("DELETE FROM fetch_errors WHERE url = ?", [key])


# --- request budgets ------------------------------------------------------------------------
#
# ``budget_spent`` logs one row per request sent to a rate-limited service (CourtListener), so
# consecutive runs share the service's minute/hour/day windows; ``budget_blocks`` remembers a
# throttle the service announced ("wait until …") so no run asks again before then. Both are
# created on first use (no schema version change) and hold no credentials.


def _ensure_budget_tables(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS budget_spent (service TEXT, at REAL)")
    db.execute("CREATE INDEX IF NOT EXISTS budget_spent_service ON budget_spent (service, at)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS budget_blocks "
        "(service TEXT PRIMARY KEY, until REAL, reason TEXT)"
    )


def budget_times(db: sqlite_utils.Database, service: str, since: float) -> list[float]:
    """Times (UNIX seconds) of the requests to ``service`` sent at or after ``since``."""
    _ensure_budget_tables(db)
    rows = db.execute(
        "SELECT at FROM budget_spent WHERE service = ? AND at >= ? ORDER BY at", [service, since]
    ).fetchall()
    return [float(r[0]) for r in rows]


def budget_spend(db: sqlite_utils.Database, service: str, at: float, keep: float) -> None:
    """Log one request to ``service`` at ``at``; forget rows older than ``keep`` seconds."""
    _ensure_budget_tables(db)
    with transaction(db):
        db.execute("INSERT INTO budget_spent (service, at) VALUES (?, ?)", [service, at])
        db.execute("DELETE FROM budget_spent WHERE service = ? AND at < ?", [service, at - keep])


def budget_block(db: sqlite_utils.Database, service: str, until: float, reason: str) -> None:
    """Remember that ``service`` asked for no requests before ``until`` (UNIX seconds)."""
    _ensure_budget_tables(db)
    with transaction(db):
        db.execute(
            "INSERT OR REPLACE INTO budget_blocks (service, until, reason) VALUES (?, ?, ?)",
            [service, until, reason],
        )


def budget_blocked(db: sqlite_utils.Database, service: str, now: float) -> tuple[float, str] | None:
    """``(until, reason)`` when ``service`` asked for no requests before a time after ``now``."""
    _ensure_budget_tables(db)
    row = db.execute(
        "SELECT until, reason FROM budget_blocks WHERE service = ?", [service]
    ).fetchone()
    if row is None or float(row[0]) <= now:
        return None
    return float(row[0]), str(row[1])


# --- sources -------------------------------------------------------------------------------


def get_source(db: sqlite_utils.Database, authority: str) -> Source | None:
    rows = list(db.query("SELECT * FROM sources WHERE authority = ?", [authority]))
    if not rows:
        return None
    r = rows[0]
    return Source(
        authority=r["authority"],
        title=r["title"],
        url=r["url"],
        source=r["source"],
        fetched_at=r["fetched_at"],
        citation=r["citation"],
        snippet=r["snippet"],
        text=r["text"],
    )


def put_source(db: sqlite_utils.Database, source: Source, raw_url: str | None = None) -> None:
    """Store (replace) a parsed source; the full-text index follows through triggers."""
    db.execute(
        "INSERT OR REPLACE INTO sources (authority, title, citation, url, source, snippet, "
        "text, fetched_at, raw_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            source.authority,
            source.title,
            source.citation,
            source.url,
            source.source,
            source.snippet,
            source.text,
            source.fetched_at,
            raw_url,
        ],
    )


def search_sources(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[str]:
    """Authority ids whose source matches the FTS5 ``query``, best first."""
    rows = db.execute(
        "SELECT sources.authority FROM sources_fts JOIN sources ON sources.rowid = "
        "sources_fts.rowid WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?",
        [query, limit],
    ).fetchall()
    return [str(r[0]) for r in rows]


# --- article mentions ----------------------------------------------------------------------


def record_mentions(
    db: sqlite_utils.Database,
    article: str,
    mentions: Iterable[Mention],
    linked_at: str | None = None,
) -> int:
    """Replace the stored mentions of ``article`` with the resolved ones in ``mentions``.

    Mentions with no authority are not stored. Returns the number of rows written.
    """
    at = linked_at or now_iso()
    rows = [
        (article, m.authority, m.text, m.start, m.end, m.kind, at) for m in mentions if m.authority
    ]
    with transaction(db):
        db.execute("DELETE FROM article_mentions WHERE article = ?", [article])
        db.conn.executemany(
            'INSERT OR REPLACE INTO article_mentions (article, authority, mention, start, "end",'
            " kind, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)


# --- maintenance (linker cache stats|prune|export) -----------------------------------------


def cache_stats(db: sqlite_utils.Database) -> dict[str, Any]:
    """Counts a person wants to see: rows per table, sources per service, bytes, age range."""

    def one(sql: str) -> Any:
        return db.execute(sql).fetchone()[0]

    by_service = {
        str(r[0]): int(r[1])
        for r in db.execute("SELECT source, count(*) FROM sources GROUP BY source ORDER BY 2 DESC")
    }
    return {
        "schema_version": schema_version(db),
        "sources": one("SELECT count(*) FROM sources"),
        "raw_responses": one("SELECT count(*) FROM raw"),
        "raw_bytes": one("SELECT coalesce(sum(length(body)), 0) FROM raw"),
        "not_found": one("SELECT count(*) FROM fetch_errors"),
        "articles": one("SELECT count(DISTINCT article) FROM article_mentions"),
        "mentions": one("SELECT count(*) FROM article_mentions"),
        "oldest": one("SELECT min(checked_at) FROM raw"),
        "newest": one("SELECT max(checked_at) FROM raw"),
        "sources_by_service": by_service,
    }


def prune(db: sqlite_utils.Database, older_than_days: float, now: datetime | None = None) -> int:
    """Delete raw responses, sources and "not found" rows not checked for ``older_than_days``.

    Article mentions are kept (they are the history). Returns the number of rows deleted.
    """
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=older_than_days)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    with transaction(db):
        n = db.execute(
            "DELETE FROM sources WHERE raw_url IN (SELECT url FROM raw WHERE checked_at < ?)",
            [cutoff],
        ).rowcount
        n += db.execute("DELETE FROM raw WHERE checked_at < ?", [cutoff]).rowcount
        n += db.execute("DELETE FROM fetch_errors WHERE at < ?", [cutoff]).rowcount
    return int(n)


def export_sources(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """Every stored source as a plain dict (for JSON lines), ordered by authority id."""
    for row in db.query(
        "SELECT authority, title, citation, url, source, fetched_at, snippet, text "
        "FROM sources ORDER BY authority"
    ):
        yield dict(row)


def run_cache_command(
    command: str,
    path: str | Path,
    *,
    older_than_days: float = 90.0,
    out: Any = None,
) -> int:
    """``linker cache stats|prune|export|check``: print to ``out`` (default stdout); exit code.

    ``stats`` prints one ``key: value`` line per figure; ``prune`` deletes what was not
    checked for ``older_than_days`` and says how many rows went; ``export`` writes every source
    as JSON lines; ``check`` runs SQLite's integrity check (exit 1 when it fails). None of them
    creates a cache; every SQLite error becomes a one-line ``CacheError``.
    """
    import sys

    stream = out or sys.stdout
    if command not in ("stats", "prune", "export", "check"):
        raise CacheError(f"unknown cache command {command!r}")
    db = open_existing(path)
    try:
        if command == "prune":  # the only one that writes: reopen read-write
            db.close()
            db = open_cache(path)
        if command == "stats":
            stream.write(f"cache: {path}\n")
            for key, value in cache_stats(db).items():
                if isinstance(value, dict):
                    value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
                stream.write(f"{key}: {value}\n")
        elif command == "prune":
            n = prune(db, older_than_days)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            stream.write(f"pruned {n} rows not checked for {older_than_days:g} days\n")
        elif command == "export":
            for row in export_sources(db):
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            problems = check(db)
            for problem in problems:
                stream.write(f"{path}: {problem}\n")
            if problems:
                raise CacheError(
                    f"the cache {path} is damaged; keep a copy (mv {path} {path}.bad), "
                    "then run again to create a new one"
                )
            stream.write(f"{path}: ok\n")
    except sqlite3.Error as exc:
        raise cache_error(exc, path) from exc
    finally:
        db.close()
    return 0
