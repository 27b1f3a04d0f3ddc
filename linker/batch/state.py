"""The batch's own small SQLite file under ``--out``: the spool between stages and ``--resume``.

``OUT/.linker-batch.sqlite`` holds one row per article id: where it came from, the content
hash of its text, its status (``scanned`` → ``linked`` → ``ok``, or ``failed``/``skipped``),
its mentions as JSON and, while the main process must search for its rulings, its plain text.
Articles stream through this file instead of memory, so 10,000 or a million articles cost
the main process the same; rows are read back in pages ordered by input position (``seq``).
A later run with ``--resume`` skips an article whose hash, formats and outputs still match.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..models import Mention

STATE_NAME = ".linker-batch.sqlite"
PAGE = 500


def mentions_json(mentions: Sequence[Mention]) -> str:
    return json.dumps([asdict(m) for m in mentions], ensure_ascii=False)


def mentions_from(data: str | None) -> tuple[Mention, ...]:
    return tuple(Mention(**d) for d in json.loads(data or "[]"))


class State:
    """The spool and resume record of one output folder (one connection, main process only)."""

    def __init__(self, out: Path) -> None:
        self.path = out / STATE_NAME
        self.conn = sqlite3.connect(str(self.path))
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.executescript(
            """CREATE TABLE IF NOT EXISTS articles (
                id TEXT PRIMARY KEY, run TEXT, seq INTEGER, source TEXT, item TEXT, hash TEXT,
                formats TEXT, status TEXT, error TEXT, mentions TEXT, authorities TEXT,
                search_text TEXT, search_date TEXT, notes TEXT, page TEXT, page_html INTEGER);
            CREATE INDEX IF NOT EXISTS articles_run ON articles (run, seq);"""
        )
        self._writes = 0

    def _wrote(self) -> None:
        self._writes += 1
        if self._writes >= PAGE:
            self.commit()

    def commit(self) -> None:
        self.conn.commit()
        self._writes = 0

    def close(self) -> None:
        self.commit()
        self.conn.close()

    def previous(self, aid: str) -> dict[str, Any] | None:
        cur = self.conn.execute(
            "SELECT run, hash, formats, status FROM articles WHERE id = ?", [aid]
        )
        row = cur.fetchone()
        return (
            None
            if row is None
            else dict(zip(("run", "hash", "formats", "status"), row, strict=True))
        )

    def start(
        self,
        aid: str,
        run: str,
        seq: int,
        source: str,
        item: dict[str, Any],
        digest: str,
        formats: str,
    ) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO articles (id, run, seq, source, item, hash, formats, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'scanning')",
            [aid, run, seq, source, json.dumps(item), digest, formats],
        )
        self._wrote()

    def keep_page(self, aid: str, text: str, is_html: bool) -> None:
        """A fetched URL's page, kept so the render stage does not fetch it again."""
        self.conn.execute(
            "UPDATE articles SET page = ?, page_html = ? WHERE id = ?", [text, int(is_html), aid]
        )

    def page_of(self, aid: str) -> tuple[str, bool]:
        row = self.conn.execute("SELECT page, page_html FROM articles WHERE id = ?", [aid])
        text, html = row.fetchone()
        return str(text), bool(html)

    def skip(self, aid: str, run: str, seq: int) -> None:
        self.conn.execute(
            "UPDATE articles SET run = ?, seq = ?, status = 'skipped' WHERE id = ?",
            [run, seq, aid],
        )
        self._wrote()

    def set(self, aid: str, **fields: Any) -> None:
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(f"UPDATE articles SET {cols} WHERE id = ?", [*fields.values(), aid])
        self._wrote()

    def rows(self, run: str, statuses: Sequence[str], cols: str) -> Iterator[tuple[Any, ...]]:
        """``cols`` of this run's rows in one of ``statuses``, in input order, page by page."""
        marks = ", ".join("?" for _ in statuses)
        last = -1
        while True:
            page = self.conn.execute(
                f"SELECT seq, {cols} FROM articles WHERE run = ? AND seq > ? "
                f"AND status IN ({marks}) ORDER BY seq LIMIT {PAGE}",
                [run, last, *statuses],
            ).fetchall()
            if not page:
                return
            for row in page:
                yield tuple(row[1:])
            last = page[-1][0]

    def count(self, run: str, status: str) -> int:
        cur = self.conn.execute(
            "SELECT count(*) FROM articles WHERE run = ? AND status = ?", [run, status]
        )
        return int(cur.fetchone()[0])
