"""Machine-readable output (SPEC §3), and writing any output file safely."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from .errors import OutputError
from .models import LinkedArticle, Mention


def mention_json(m: Mention) -> dict[str, Any]:
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "kind": m.kind,
        "authority": m.authority,
        "court": m.court,
        "name": m.name,
        "confidence": round(m.confidence, 3),
        "anaphor": m.anaphor,
        "url": m.url,
        "evidence": m.evidence,
    }


def to_json_obj(linked: LinkedArticle) -> dict[str, Any]:
    a = linked.article
    authorities: dict[str, Any] = {}
    for key, auth in linked.authorities.items():
        src = auth.source
        authorities[key] = {
            "title": auth.title,
            "url": auth.url,
            "kind": auth.kind,
            "source": src.source if src else None,
            "fetched_at": src.fetched_at if src else None,
            "snippet": src.snippet if src else None,
            "citation": src.citation if src else None,
            "error": auth.error,
        }
    return {
        "schema": 1,
        "article": {
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "date": a.date,
            "text_length": len(a.text),
        },
        "mentions": [mention_json(m) for m in linked.mentions],
        "authorities": authorities,
        "quotes": [
            {"start": q.start, "end": q.end, "authority": q.authority, "found": q.found}
            for q in linked.quotes
        ],
    }


def to_json(linked: LinkedArticle) -> str:
    return json.dumps(to_json_obj(linked), ensure_ascii=False, indent=2) + "\n"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_output(path: Path) -> Path:
    """The file to write for ``path``: ``path`` itself when it is new or a regular file, the
    file a symbolic link points to when it points to one.

    Raises ``OutputError`` (naming ``path`` as given) for a device, a FIFO, a socket, a
    directory, or a folder that cannot be created: those are never replaced.
    """
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{path}: is a directory; give a file name with -o")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(
            f"{path}: not a regular file (a device, FIFO or socket); linker only writes files"
        )
    return target


def write_atomic(path: Path, data: str) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder, then rename: never
    a partial file, never anything but a regular file replaced (see ``check_output``).

    A new file gets the usual mode (0666 less the umask); a file replaced keeps its mode.
    Errors are ``OutputError`` naming ``path``. Returns the file written.
    """
    target = check_output(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{path}: cannot create its folder ({e.strerror})") from None
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fchmod(f.fileno(), mode)
        check_output(target)  # still not a device or FIFO: checked again just before
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
