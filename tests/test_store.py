"""The SQLite cache: what a person finds in the file after linker ran."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linker import store
from linker.errors import CacheError
from linker.models import Mention, Source


def _raw(
    url: str = "https://uscode.house.gov/view.xhtml?x", when: str | None = None
) -> store.RawResponse:
    t = when or store.now_iso()
    return store.RawResponse(
        url=url,
        status=200,
        headers={"Content-Type": "text/html", "Set-Cookie": "s=1", "Authorization": "Token x"},
        body="<html>§ 252</html>",
        fetched_at=t,
        checked_at=t,
        service="uscode",
        etag='"abc"',
    )


def test_open_cache_creates_the_directory_and_uses_wal(tmp_path: Path) -> None:
    # The user points --cache at a path in a directory that does not exist yet: it is created,
    # and the file is an SQLite database in WAL mode with the current schema version.
    path = tmp_path / "deep" / "dir" / "linker.sqlite"
    db = store.open_cache(path)
    assert path.exists()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert {"raw", "sources", "article_mentions", "fetch_errors", "meta"} <= set(db.table_names())
    assert "sources_fts" in db.table_names()


def test_schema_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = store.open_cache(path)
    with store.transaction(db):
        store.put_raw(db, _raw())
    store.ensure_schema(db)
    store.ensure_schema(db)
    db.close()
    again = store.open_cache(path)
    assert again.execute("SELECT count(*) FROM raw").fetchone()[0] == 1
    assert again.execute("SELECT count(*) FROM meta").fetchone()[0] == 1


def test_a_cache_from_a_newer_linker_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = store.open_cache(path)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.close()
    with pytest.raises(CacheError, match="newer"):
        store.open_cache(path)


def test_a_file_that_is_not_a_database_is_a_cache_error(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CacheError, match="is damaged"):
        store.open_cache(path)


def test_credentials_are_never_stored_with_a_response(tmp_path: Path) -> None:
    # The cache holds the response headers a person may want (type, validators) but never a
    # cookie or an authorization value.
    db = store.open_cache(tmp_path / "c.sqlite")
    with store.transaction(db):
        store.put_raw(db, _raw())
    got = store.get_raw(db, "https://uscode.house.gov/view.xhtml?x")
    assert got is not None
    assert got.headers == {"content-type": "text/html"}
    assert got.etag == '"abc"'
    assert "Token x" not in (tmp_path / "c.sqlite").read_bytes().decode("latin-1")


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    db = store.open_cache(tmp_path / "c.sqlite")
    with pytest.raises(RuntimeError), store.transaction(db):
        store.put_raw(db, _raw())
        raise RuntimeError("parser crashed")
    assert db.execute("SELECT count(*) FROM raw").fetchone()[0] == 0


def test_mentions_answer_which_laws_were_linked_this_month(tmp_path: Path) -> None:
    db = store.open_cache(tmp_path / "c.sqlite")
    ms = [
        Mention(10, 26, "Insurrection Act", "statute", authority="usc:10:251-255"),
        Mention(40, 55, "the 9th Circuit", "ruling", authority=None, court="ca9"),
        Mention(70, 86, "10 U.S.C. 12406", "statute", authority="usc:10:12406"),
    ]
    assert store.record_mentions(db, "a.txt", ms, linked_at="2025-10-08T12:00:00Z") == 2
    # A rerun of the same article replaces its rows instead of adding duplicates.
    store.record_mentions(db, "a.txt", ms[:1], linked_at="2025-10-09T12:00:00Z")
    store.record_mentions(db, "b.txt", ms[2:], linked_at="2025-09-01T00:00:00Z")
    rows = db.execute(
        "SELECT DISTINCT authority FROM article_mentions WHERE linked_at >= '2025-10-01' "
        "ORDER BY authority"
    ).fetchall()
    assert rows == [("usc:10:251-255",)]


def test_sources_are_searchable_by_their_text(tmp_path: Path) -> None:
    db = store.open_cache(tmp_path / "c.sqlite")
    src = Source(
        "usc:18:1385",
        "18 U.S.C. § 1385 — Use of Army … as posse comitatus",
        "https://www.law.cornell.edu/uscode/text/18/1385",
        "uscode.house.gov",
        text="Whoever … willfully uses any part of the Army … as a posse comitatus",
    )
    with store.transaction(db):
        store.put_source(db, src, raw_url="k")
    assert store.search_sources(db, "posse") == ["usc:18:1385"]
    assert store.get_source(db, "usc:18:1385") == src
    with store.transaction(db):  # replacing the row keeps the index in step
        store.put_source(db, src.__class__(**{**src.__dict__, "text": "militia"}), raw_url="k")
    assert store.search_sources(db, "posse comitatus") == ["usc:18:1385"]  # still in title
    assert store.search_sources(db, "militia") == ["usc:18:1385"]
    assert store.search_sources(db, "willfully") == []


def test_stats_prune_and_export(tmp_path: Path) -> None:
    db = store.open_cache(tmp_path / "c.sqlite")
    old = (datetime.now(UTC) - timedelta(days=400)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.transaction(db):
        store.put_raw(db, _raw("old", when=old))
        store.put_raw(db, _raw("new"))
        store.put_source(db, Source("usc:1:1", "Old", "u", "uscode.house.gov"), raw_url="old")
        store.put_source(db, Source("usc:1:2", "New", "u", "uscode.house.gov"), raw_url="new")
    stats = store.cache_stats(db)
    assert stats["sources"] == 2 and stats["raw_responses"] == 2
    assert stats["sources_by_service"] == {"uscode.house.gov": 2}
    assert stats["oldest"] == old
    deleted = store.prune(db, older_than_days=365)
    assert deleted == 2  # the old response and the source parsed from it
    assert [r["authority"] for r in store.export_sources(db)] == ["usc:1:2"]


def test_two_connections_write_in_turn(tmp_path: Path) -> None:
    # Another process holding the write lock briefly makes us wait, not fail.
    path = tmp_path / "c.sqlite"
    a = store.open_cache(path)
    b = store.open_cache(path)
    a.conn.execute("BEGIN IMMEDIATE")
    store.put_raw(a, _raw("a"))
    import threading

    t = threading.Timer(0.3, lambda: a.conn.execute("COMMIT"))
    t.start()
    with store.transaction(b):
        store.put_raw(b, _raw("b"))
    t.join()
    assert b.execute("SELECT count(*) FROM raw").fetchone()[0] == 2
    assert isinstance(a.conn, sqlite3.Connection)
