"""The command line: a thin layer over the library.

Exit codes (SPEC §5): 0 success, 1 the run failed, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .config import Config, default_out_dir
from .errors import InputError, LinkerError, OutputError
from .load import MAX_BYTES, MAX_CHARS, load_article
from .output import check_output, to_json, write_atomic
from .pipeline import scan_article

if TYPE_CHECKING:  # each command imports what it uses: `scan` needs no HTTP, cache or page
    import sqlite_utils


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _date(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}")
    return value


def _megabytes(value: str) -> int:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of megabytes, got {value!r}") from None
    if not 0 < mb <= 1024:
        raise argparse.ArgumentTypeError(f"expected 0 < MB <= 1024, got {value!r}")
    return int(mb * 1024 * 1024)


def _characters(value: str) -> int:
    try:
        n = int(value.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a number of characters, got {value!r}"
        ) from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {value!r}")
    return n


def _max_size(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-size",
        type=_megabytes,
        default=MAX_BYTES,
        metavar="MB",
        help=f"refuse inputs larger than this (default {MAX_BYTES // (1024 * 1024)} MB)",
    )
    p.add_argument(
        "--max-text",
        type=_characters,
        default=MAX_CHARS,
        metavar="CHARS",
        help=f"refuse articles whose text is longer than this (default {MAX_CHARS:,})",
    )


def _budget(value: str) -> float:
    try:
        v = float(value)
    except ValueError:
        v = -1.0
    if not 0 < v <= 86400:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}")
    return v


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="linker", description="Link the laws and rulings a news article mentions.")
    p.add_argument("--version", action="version", version=f"linker {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    link = sub.add_parser("link", help="write the article as annotated HTML (or JSON)")
    link.add_argument("article", help="a .txt, .md or .html file, an http(s) URL, or - for stdin")
    link.add_argument("-o", "--output", help="output file (default out/<stem>.html; - for stdout)")
    link.add_argument(
        "--format",
        choices=["html", "json", "annotations"],
        default="html",
        help="html page, SPEC §3 json, or W3C Web Annotations (JSON-LD)",
    )
    link.add_argument("--open", action="store_true", help="open the page in your web browser")
    link.add_argument("--offline", action="store_true", help="never touch the network")
    link.add_argument("--refresh", action="store_true", help="refetch sources even if cached")
    link.add_argument("--cache", help="path of the SQLite cache (default $LINKER_CACHE)")
    link.add_argument("--date", type=_date, help="the article's date, YYYY-MM-DD")
    link.add_argument(
        "--network-budget",
        type=_budget,
        metavar="SECONDS",
        help="most network time the run may spend (default $LINKER_NETWORK_BUDGET or 60)",
    )
    _max_size(link)

    scan = sub.add_parser("scan", help="print the mentions found (no network, no cache)")
    scan.add_argument("article", help="a .txt, .md or .html file, an http(s) URL, or - for stdin")
    scan.add_argument("--json", action="store_true", help="print SPEC §3 JSON (the default)")
    scan.add_argument("--date", type=_date, help="the article's date, YYYY-MM-DD")
    _max_size(scan)

    _batch_parser(sub)

    cache = sub.add_parser("cache", help="inspect or tidy the SQLite cache")
    cache.add_argument(
        "cache_command",
        choices=["stats", "prune", "export", "check"],
        help="stats: counts; prune: drop old responses; export: sources as JSON lines; "
        "check: test the cache's integrity",
    )
    cache.add_argument("--cache", help="path of the SQLite cache (default $LINKER_CACHE)")
    cache.add_argument(
        "--older-than",
        type=float,
        default=90.0,
        metavar="DAYS",
        help="prune: responses not checked for this many days (default 90)",
    )

    data = sub.add_parser("data", help="reference data in the cache (Popular Name Table)")
    data_sub = data.add_subparsers(dest="data_command", required=True, parser_class=_Parser)
    for name, text in (
        ("update-names", "download the U.S. Code Popular Name Table into the cache"),
        ("names-diff", "list where the Popular Name Table and linker/data/acts.csv disagree"),
    ):
        d = data_sub.add_parser(name, help=text)
        d.add_argument("--cache", help="path of the SQLite cache (default $LINKER_CACHE)")
    return p


def _formats(value: str) -> tuple[str, ...]:
    out = tuple(dict.fromkeys(f.strip() for f in value.split(",") if f.strip()))
    bad = [f for f in out if f not in ("html", "json", "annotations")]
    if bad or not out:
        raise argparse.ArgumentTypeError(f"expected html, json and/or annotations, got {value!r}")
    return out


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return int(value)


def _batch_parser(sub: Any) -> None:
    b = sub.add_parser("batch", help="link an archive of articles in parallel (or on Dask)")
    b.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, folders (.txt, .md, .html, recursively), JSON Lines (.jsonl: id and "
        "text, html or url), or - for a list of paths on stdin",
    )
    b.add_argument("--out", required=True, help="output folder (one page per article id)")
    b.add_argument(
        "--workers", type=_positive, default=0, help="worker processes (default: one per core)"
    )
    b.add_argument(
        "--format",
        type=_formats,
        default=("html",),
        help="comma-separated: html, json, annotations (default html)",
    )
    b.add_argument("--offline", action="store_true", help="never touch the network")
    b.add_argument("--refresh", action="store_true", help="refetch sources even if cached")
    b.add_argument("--resume", action="store_true", help="skip articles done and unchanged")
    b.add_argument("--limit", type=_positive, help="only the first N articles")
    b.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a Dask scheduler, e.g. tcp://host:8786 (default $LINKER_DASK_SCHEDULER)",
    )
    b.add_argument("--cache", help="path of the SQLite cache (default $LINKER_CACHE)")
    b.add_argument(
        "--network-budget",
        type=_budget,
        metavar="SECONDS",
        help="most network time the whole batch may spend (default $LINKER_NETWORK_BUDGET or 60)",
    )


def _config(args: argparse.Namespace) -> Config:
    config = Config.from_env()
    if getattr(args, "cache", None):
        config = dataclasses.replace(config, cache_path=Path(args.cache))
    return config


def _read_only_cache(path: Path) -> sqlite_utils.Database | None:
    """The cache opened read-only, or None when there is none or it holds no Popular Name
    Table, the only thing ``scan`` reads from it (``scan`` never writes it)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
        has_names = conn.execute(
            "select 1 from sqlite_master where type = 'table' and name = 'popular_names'"
        ).fetchone()
    except sqlite3.Error:
        return None
    if not has_names:
        conn.close()
        return None
    import sqlite_utils

    return sqlite_utils.Database(conn)


def _cmd_scan(args: argparse.Namespace) -> int:
    article = load_article(
        args.article, date=args.date, max_bytes=args.max_size, max_chars=args.max_text
    )
    names_db = _read_only_cache(_config(args).cache_path)
    sys.stdout.write(to_json(scan_article(article, names_db=names_db)))
    return 0


class _ProgressLine:
    """'fetching 3/12' on a terminal's stderr, only when there is more than a handful."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, authority: str, done: int, total: int) -> None:
        if total <= 5 or not sys.stderr.isatty():
            return
        sys.stderr.write(f"\rlinker: fetching sources {done}/{total}")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _cmd_link(args: argparse.Namespace) -> int:
    import webbrowser

    from . import store
    from .annotations import to_annotations
    from .fetch import make_bounded_client, make_client, redact_url
    from .pipeline import link_article
    from .render import render_html

    config = _config(args)
    if args.network_budget:
        config = dataclasses.replace(config, network_budget=args.network_budget)
    offline = args.offline or config.offline
    if args.output and args.output != "-":
        check_output(Path(args.output))  # refuse a device or a FIFO before any work
    if offline and re.match(r"^https?://", args.article, re.IGNORECASE):
        raise InputError(
            f"{redact_url(args.article)}: --offline never touches the network; "
            "save the page and pass the file"
        )
    with make_bounded_client(config) as page_client:
        article = load_article(
            args.article,
            client=page_client,
            date=args.date,
            max_bytes=args.max_size,
            max_chars=args.max_text,
        )
    db = store.open_cache(config.cache_path)
    progress = _ProgressLine()
    client = None if offline else make_client(config)
    try:
        linked, report = link_article(
            article,
            db=db,
            client=client,
            config=config,
            offline=offline,
            refresh=args.refresh,
            progress=progress,
        )
    finally:
        progress.close()
        if client is not None:
            client.close()
        db.conn.close()
    if args.format == "json":
        data = to_json(linked)
    elif args.format == "annotations":
        data = to_annotations(linked)
    else:
        data = render_html(linked)
    for note in report.notes:
        print(f"linker: note: {note}", file=sys.stderr)
    print(
        f"linker: {len(linked.mentions)} mentions, {len(linked.authorities)} authorities; "
        f"{report.summary()}",
        file=sys.stderr,
    )
    if args.output == "-":
        sys.stdout.write(data)
        return 0
    ext = {"json": "json", "annotations": "jsonld"}.get(args.format, "html")
    out = Path(args.output) if args.output else default_out_dir() / f"{article.stem}.{ext}"
    write_atomic(out, data)
    if args.open and not webbrowser.open(out.resolve().as_uri()):
        print("linker: could not open a web browser", file=sys.stderr)
    print(out)
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from . import store
    from .batch import BatchOptions, run_batch
    from .batch.inputs import check_inputs
    from .fetch import make_client

    config = _config(args)
    if args.network_budget:
        config = dataclasses.replace(config, network_budget=args.network_budget)
    offline = args.offline or config.offline
    check_inputs(args.inputs)
    options = BatchOptions(
        out=Path(args.out),
        formats=args.format,
        workers=args.workers,
        offline=offline,
        resume=args.resume,
        limit=args.limit,
        scheduler=args.scheduler or config.dask_scheduler,
        refresh=args.refresh,
    )
    db = store.open_cache(config.cache_path)
    client = None if offline else make_client(config)
    try:
        report = run_batch(args.inputs, options, config=config, db=db, client=client)
    finally:
        if client is not None:
            client.close()
        db.conn.close()
    for note in report.notes:
        print(f"linker: note: {note}", file=sys.stderr)
    print(f"linker: {report.summary()}", file=sys.stderr)
    for failure in report.failures[:5]:
        print(f"linker: failed {failure['id']}: {failure['error']}", file=sys.stderr)
    print(Path(args.out) / "batch-report.json")
    return 1 if report.failed else 0


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's exit flush stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as e:
        print(f"linker: {e}", file=sys.stderr)
        return 2
    except SystemExit as e:  # --help / --version
        return int(e.code or 0)
    cache_path: Path | None = None
    try:
        if getattr(args, "cache", None) is not None or args.command in ("link", "cache"):
            cache_path = _config(args).cache_path
        if args.command == "scan":
            return _cmd_scan(args)
        if args.command == "cache":
            from . import store

            return store.run_cache_command(
                args.cache_command, _config(args).cache_path, older_than_days=args.older_than
            )
        if args.command == "data":
            from .popular_names import run_data_command

            return run_data_command(args.data_command, args.cache)
        if args.command == "batch":
            return _cmd_batch(args)
        return _cmd_link(args)
    except (InputError, OutputError) as e:
        print(f"linker: {e}", file=sys.stderr)
        return 2
    except LinkerError as e:
        print(f"linker: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("linker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `linker scan … | head`: the reader left, nothing to say
        _quiet_stdout()
        return 1
    except sqlite3.Error as e:  # the cache failed mid-run (read-only, locked, full, damaged)
        from .store import cache_error

        print(f"linker: {cache_error(e, cache_path or '?')}", file=sys.stderr)
        return 1
    except OSError as e:
        print(
            f"linker: {e.strerror or e}: {getattr(e, 'filename', '') or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
