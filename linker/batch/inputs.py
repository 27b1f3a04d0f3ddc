"""What ``linker batch`` reads: files, folders, JSON Lines archives and path lists, lazily.

``iter_items`` turns the command-line inputs into a stream of ``Item``s without reading any
article; ``read_item`` reads one article's raw text when a stage needs it. Nothing here
holds more than one article at a time, so an archive of any size streams through.

Article ids name the outputs (``OUT/<id>.html``): a JSON Lines record's own ``id``; for a
file, its path relative to the folder given (``2024/jan/story.txt`` → ``2024__jan__story``),
or its stem when the file was named directly. Ids are reduced to ``[A-Za-z0-9._-]``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import InputError
from ..load import HTML_SUFFIXES, MAX_BYTES, _decode, _looks_html

ARTICLE_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Item:
    """One article of the batch, not yet read.

    ``kind`` is ``file`` (``path`` is the article), ``line`` (``path`` is a JSON Lines file and
    ``offset`` the byte where the record starts), ``url`` (``url`` is fetched by the main
    process) or ``bad`` (``error`` says why the input could not become an article).
    """

    id: str
    kind: str
    source: str
    path: str | None = None
    offset: int | None = None
    url: str | None = None
    date: str | None = None
    title: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class RawArticle:
    """An article's decoded text, before extraction (``html`` tells ``from_text`` how)."""

    id: str
    source: str
    text: str
    is_html: bool
    date: str | None = None
    title: str | None = None

    @property
    def digest(self) -> str:
        """The content hash ``--resume`` compares: text, kind, date and title."""
        h = hashlib.sha256()
        for part in (self.text, str(self.is_html), self.date or "", self.title or ""):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_id(raw: str) -> str:
    """``raw`` as a file-name-safe id: path separators become ``__``, anything else ``-``."""
    parts = [_UNSAFE.sub("-", p).strip("-.") for p in re.split(r"[/\\]+", raw)]
    out = "__".join(p for p in parts if p)
    return out[:200] or "article"


def _file_id(path: Path, root: Path | None) -> str:
    rel = path.relative_to(root) if root is not None else Path(path.name)
    return safe_id(str(rel.with_suffix("")))


def _walk(folder: Path) -> Iterator[Path]:
    """Article files under ``folder``, recursively, in a stable order, hidden ones skipped."""
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES:
            yield p


def _jsonl(path: Path) -> Iterator[Item]:
    """One ``Item`` per non-blank line; a line that is not a usable record is a ``bad`` item."""
    with path.open("rb") as f:
        n = 0
        while True:
            offset = f.tell()
            line = f.readline()
            if not line:
                return
            n += 1
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except ValueError:
                yield Item(safe_id(f"{path.stem}-line{n}"), "bad", where, error="not JSON")
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("id"), str | int):
                yield Item(safe_id(f"{path.stem}-line{n}"), "bad", where, error="no id")
                continue
            aid = safe_id(str(rec["id"]))
            date = rec.get("date") if isinstance(rec.get("date"), str) else None
            title = rec.get("title") if isinstance(rec.get("title"), str) else None
            if isinstance(rec.get("text"), str) or isinstance(rec.get("html"), str):
                yield Item(
                    aid, "line", where, path=str(path), offset=offset, date=date, title=title
                )
            elif isinstance(rec.get("url"), str):
                yield Item(aid, "url", rec["url"], url=rec["url"], date=date, title=title)
            else:
                yield Item(aid, "bad", where, error="no text, html or url")


def _one(where: str, root: Path | None = None) -> Iterator[Item]:
    if re.match(r"^https?://", where, re.IGNORECASE):
        yield Item(
            safe_id(where.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]), "url", where, url=where
        )
        return
    p = Path(where)
    if p.is_dir():
        for f in _walk(p):
            yield Item(_file_id(f, p), "file", str(f), path=str(f))
    elif p.suffix.lower() in JSONL_SUFFIXES and p.is_file():
        yield from _jsonl(p)
    elif p.exists():
        yield Item(_file_id(p, root), "file", str(p), path=str(p))
    else:
        yield Item(safe_id(p.stem or where), "bad", where, error="no such file")


def check_inputs(inputs: Iterable[str]) -> None:
    """Bad usage before any work: an input argument that names nothing (``InputError``)."""
    for where in inputs:
        if where == "-" or re.match(r"^https?://", where, re.IGNORECASE):
            continue
        if not Path(where).exists():
            raise InputError(f"{where}: no such file or folder")


def iter_items(inputs: Iterable[str], stdin: IO[str] | None = None) -> Iterator[Item]:
    """Every article the inputs name, in order. ``-`` reads a list of paths (one a line)."""
    for where in inputs:
        if where == "-":
            for line in stdin if stdin is not None else sys.stdin:
                path = line.strip()
                if path and not path.startswith("#"):
                    yield from _one(path)
        else:
            yield from _one(where)


def read_item(item: Item) -> RawArticle:
    """The article's raw text. Raises ``InputError`` (one line) when it cannot be read.

    ``url`` items are not read here: the main process fetches them (``batch.run``).
    """
    if item.kind == "bad":
        raise InputError(f"{item.source}: {item.error}")
    if item.kind == "file":
        assert item.path is not None
        p = Path(item.path)
        try:
            with p.open("rb") as f:
                data = f.read(MAX_BYTES + 1)
        except OSError as e:
            raise InputError(f"{item.path}: cannot read ({e.strerror})") from None
        if len(data) > MAX_BYTES:
            raise InputError(f"{item.path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        text = _decode(data, item.path)
        suffix = p.suffix.lower()
        is_html = suffix in HTML_SUFFIXES or (suffix not in (".txt", ".md") and _looks_html(text))
        return RawArticle(item.id, item.source, text, is_html, item.date, item.title)
    if item.kind == "line":
        assert item.path is not None and item.offset is not None
        with open(item.path, "rb") as f:
            f.seek(item.offset)
            rec = json.loads(f.readline())
        if isinstance(rec.get("html"), str):
            return RawArticle(item.id, item.source, rec["html"], True, item.date, item.title)
        return RawArticle(item.id, item.source, rec["text"], False, item.date, item.title)
    raise InputError(f"{item.source}: a URL is fetched by the batch, not read")
