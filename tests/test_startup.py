"""`linker scan` starts fast: it imports only what the article needs (a behaviour test; the
timing is `make bench`'s). Each case runs the CLI in a fresh interpreter and lists which of
the heavy libraries ended up in ``sys.modules``."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import sqlite_utils

from linker.popular_names import PopularName, save_popular_names

HEAVY = ("httpx", "bs4", "sqlite_utils", "jinja2", "nh3", "eyecite", "courts_db")

PROBE = """
import contextlib, io, json, sys
import linker.cli
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rc = linker.cli.main(["scan", sys.argv[1], "--json"])
found = json.loads(out.getvalue())
print(json.dumps({
    "rc": rc,
    "kinds": sorted({m["kind"] for m in found["mentions"]}),
    "courts": sorted({m["court"] for m in found["mentions"] if m["court"]}),
    "loaded": sorted(m for m in sys.argv[2].split(",") if m in sys.modules),
}))
"""


def _scan(path: Path, cache: Path) -> dict[str, object]:
    env = {**os.environ, "LINKER_CACHE": str(cache), "LINKER_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), ",".join(HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        cwd=path.parent,
        check=True,
        timeout=120,
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    assert result["rc"] == 0
    return result


def test_scan_of_a_text_file_imports_no_http_html_cache_or_page_library(tmp_path: Path) -> None:
    article = tmp_path / "short.txt"
    article.write_text(
        "A federal judge in Oregon blocked the deployment on Monday. "
        "The Colorado Supreme Court ruled on Tuesday.\n",
        encoding="utf-8",
    )
    result = _scan(article, tmp_path / "no-cache.sqlite")
    assert result["kinds"] == ["ruling"]
    assert result["courts"] == ["colo", "ord"]  # courts-db's answer, from the generated table
    assert result["loaded"] == []  # nor eyecite: nothing here looks like a citation


def test_a_us_code_citation_alone_needs_no_eyecite(tmp_path: Path) -> None:
    # linker reads U.S. Code, public law and Statutes at Large citations itself and drops
    # eyecite's finds there, so an article citing only those never imports eyecite
    article = tmp_path / "usc.txt"
    article.write_text(
        "Trump says he could invoke the Insurrection Act, 10 U.S.C. § 252, and Pub. L. "
        "117-58, 135 Stat. 429.\n",
        encoding="utf-8",
    )
    result = _scan(article, tmp_path / "no-cache.sqlite")
    assert result["kinds"] == ["statute"]
    assert result["loaded"] == []


def test_a_cache_without_popular_names_is_not_opened_with_sqlite_utils(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    with sqlite3.connect(cache) as conn:
        conn.execute("create table meta (key text primary key, value text)")
    conn.close()
    article = tmp_path / "short.md"
    article.write_text("The Colorado Supreme Court ruled on Tuesday.\n", encoding="utf-8")
    assert _scan(article, cache)["loaded"] == []


def test_eyecite_is_imported_when_its_prefilter_fires(tmp_path: Path) -> None:
    article = tmp_path / "cite.txt"
    article.write_text(
        "The court relied on Brandenburg v. Ohio, 395 U.S. 444 (1969).\n", encoding="utf-8"
    )
    result = _scan(article, tmp_path / "no-cache.sqlite")
    assert "case" in result["kinds"]
    assert result["loaded"] == ["courts_db", "eyecite"]  # eyecite itself imports courts-db


def test_a_cached_popular_name_table_is_read_without_http_or_html(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    db = sqlite_utils.Database(cache)
    row = PopularName("Frobnication Control Act", public_law="118-999", cite_count=1)
    save_popular_names(db, [row], "2026-12-01T00:00:00Z")
    db.close()
    article = tmp_path / "short.txt"
    article.write_text("The Frobnication Control Act passed in May.\n", encoding="utf-8")
    result = _scan(article, cache)
    assert result["kinds"] == ["statute"]  # the cached name was read
    assert result["loaded"] == ["sqlite_utils"]


def test_html_input_imports_its_parser_only(tmp_path: Path) -> None:
    article = tmp_path / "page.html"
    article.write_text(
        "<!doctype html><html><body><article><p>The Colorado Supreme Court ruled on Tuesday."
        "</p></article></body></html>",
        encoding="utf-8",
    )
    assert _scan(article, tmp_path / "no-cache.sqlite")["loaded"] == ["bs4"]
