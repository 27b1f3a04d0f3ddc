"""The official Popular Name Table of the U.S. Code (OLRC), in the cache and for the scanner.

``linker data update-names`` downloads ``{LINKER_USCODE_URL}/popularnames/popularnames.htm``
(one page of about 11 MB, SOURCES.md §2), parses every ``div.popular-name-table-entry`` with
BeautifulSoup into :class:`PopularName` rows and upserts them into the ``popular_names`` table
of the SQLite cache. :func:`names_for_scanner` turns the cached table into (alias, authority)
pairs for the act-name matcher, and :func:`compare_with_curated` reports where the table and
``linker/data/acts.csv`` disagree.

Ids follow SPEC §2 and are never invented: a row gets ``usc:T:S`` only when its citation names
exactly one U.S. Code home (the first section of an "et seq." range is the act's home, the range
end is never guessed), else ``publ:`` from its Table III key, else ``stat:`` from its Statutes
at Large page, else no id at all (a name only).
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

if TYPE_CHECKING:  # only downloading and parsing need these; a scan reading the table does not
    import httpx
    from bs4 import Tag

from . import ids
from .errors import CacheError, FetchError

TABLE = "popular_names"
PATH = "/popularnames/popularnames.htm"
DEFAULT_ORIGIN = "https://uscode.house.gov"
MAX_BYTES = 64 * 1024 * 1024
ENTRY_CLASS = "popular-name-table-entry"

SPACE = re.compile(r"\s+")
_PUBL = re.compile(r"\bPub\.\s*L\.\s*(\d+)\s*[-–]\s*(\d+)")
_STAT = re.compile(r"\b(\d+)\s+Stat\.\s+(\d+)\b")
# "42 U.S.C. 7401", "15 U.S.C. 12(b)", "42 U.S.C. 300aa-1 note"; what follows tells a home
# ("et seq." or nothing) from a note ("note": the act sits in a note, not at that section).
_USC = re.compile(
    r"\b(?P<title>\d+[A-Za-z]?)\s+U\.\s?S\.\s?C\.\s+(?P<sec>[0-9][0-9A-Za-z\-–.]*?)"
    r"(?P<sub>(?:\([0-9A-Za-z]+\))*)(?=[\s,;)]|$)(?P<note>\s+note\b)?"
)
_USCKEY = re.compile(r"^(?P<title>\d+[A-Za-z]?):(?P<sec>[0-9][0-9A-Za-z\-.]*?)(?:\(.*)?$")
_T3_LAW = re.compile(r"^(\d+)-(\d+)$")
OF_YEAR = re.compile(r"\s+of\s+\d{4}$")


@dataclass(frozen=True)
class PopularName:
    """One entry of the Popular Name Table.

    ``see`` is set for ``content-type='see'`` rows ("ERISA" → "Employee Retirement Income
    Security Act"); such rows carry no citation of their own. The citation fields come from the
    first ``content-type='cite'`` paragraph; ``cite_count`` says how many there were (a name
    that cites several laws has no single id). ``usckey`` is OLRC's ``title:section`` key of the
    citation (it may hold a subsection, "15:12(b)"); ``short_title_usckey`` the key of the
    "Short title, see …" paragraph. ``public_law`` is "90-148" when the citation text has
    "Pub. L. 90-148"; ``date`` is the ``datekey`` (YYYY-MM-DD).
    """

    name: str
    release_point: str | None = None
    item: int | None = None
    see: str | None = None
    usckey: str | None = None
    t3searchkey: str | None = None
    stat_volume: int | None = None
    stat_page: int | None = None
    public_law: str | None = None
    date: str | None = None
    cite_text: str | None = None
    cite_count: int = 0
    short_title_usckey: str | None = None

    @property
    def authority(self) -> str | None:
        """The canonical id this row supports (SPEC §2), or None (see :func:`canonical_id`)."""
        return canonical_id(self)


@dataclass(frozen=True)
class Disagreement:
    """Where the Popular Name Table and the curated ``acts.csv`` differ about one name.

    ``kind`` is ``conflict`` (two ids for the same act), ``granularity`` (one side has a U.S.
    Code id, the other a ``publ:``/``stat:`` id), ``curated-unlinked`` (the curated row has no
    id but the table supports one) or ``missing`` (no curated name or alias is in the table).
    """

    kind: str
    name: str
    curated: str | None
    pnt: str | None
    pnt_name: str | None = None


def _text(node: Tag) -> str:
    return SPACE.sub(" ", node.get_text()).strip()


def _attr(node: Tag, name: str) -> str | None:
    value = node.get(name)
    if isinstance(value, list):
        value = " ".join(value)
    value = (value or "").strip()
    return value or None


def _has_class(node: Tag, cls: str) -> bool:
    value = node.get("class")
    classes = value if isinstance(value, list) else (value or "").split()
    return cls in classes


def _entry(div: Tag) -> PopularName | None:
    from bs4 import Tag

    name_p = div.find("p", class_="popular-name")
    if not isinstance(name_p, Tag):
        return None
    name = _text(name_p)
    if not name:
        return None
    item = _attr(div, "item")
    see: str | None = None
    cites: list[Tag] = []
    short_key: str | None = None
    for p in div.find_all("p", class_="popular-name-information"):
        if not isinstance(p, Tag):
            continue
        ctype = (_attr(p, "content-type") or "").lower()
        if ctype == "see" and see is None:
            see = re.sub(r"^See(?:\s+also)?\s+", "", _text(p)).strip() or None
        elif ctype == "cite":
            cites.append(p)
        elif ctype == "short-title-ref" and short_key is None:
            short_key = _attr(p, "usckey")
    fields: dict[str, Any] = {}
    if cites:
        first = cites[0]
        text = _text(first)
        stat = _STAT.search(text)
        publ = _PUBL.search(text)
        fields = {
            "usckey": _attr(first, "usckey"),
            "t3searchkey": _attr(first, "t3searchkey"),
            "date": _attr(first, "datekey"),
            "cite_text": text,
            "stat_volume": int(stat.group(1)) if stat else None,
            "stat_page": int(stat.group(2)) if stat else None,
            "public_law": f"{int(publ.group(1))}-{int(publ.group(2))}" if publ else None,
        }
    return PopularName(
        name=name,
        release_point=_attr(div, "release-point"),
        item=int(item) if item and item.isdigit() else None,
        see=see,
        cite_count=len(cites),
        short_title_usckey=short_key,
        **fields,
    )


def parse_popular_names(html: str) -> list[PopularName]:
    """Parse the Popular Name Table page (or any fragment of it) into rows, in page order.

    Only ``div.popular-name-table-entry`` elements with a non-empty ``p.popular-name`` count;
    anything else on the page is ignored. A name listed twice yields one row; when the two
    entries support different ids the row gets no id (``cite_count`` counts both). Never raises
    on odd markup: a malformed entry is skipped.
    """
    from bs4 import BeautifulSoup, FeatureNotFound, SoupStrainer, Tag  # type: ignore[attr-defined]

    strainer = SoupStrainer("div", class_=ENTRY_CLASS)
    try:
        soup = BeautifulSoup(html, "lxml", parse_only=strainer)
    except FeatureNotFound:  # pragma: no cover - lxml comes with eyecite
        soup = BeautifulSoup(html, "html.parser", parse_only=strainer)
    out: dict[str, PopularName] = {}
    for div in soup.find_all("div"):
        if isinstance(div, Tag) and _has_class(div, ENTRY_CLASS):
            row = _entry(div)
            if row is None:
                continue
            first = out.get(row.name)
            if first is None or (first.see and not first.cite_count):
                out[row.name] = row
            elif row.cite_count and row.authority != first.authority:
                # one name, two laws: keep the first row but make it cite both (no id)
                out[row.name] = replace(first, cite_count=first.cite_count + row.cite_count)
    return list(out.values())


def _usc_home(row: PopularName) -> str | None:
    """``usc:T:S`` when the citation names exactly one U.S. Code home that matches usckey."""
    if not row.usckey or not row.cite_text:
        return None
    key = _USCKEY.match(row.usckey)
    if not key:
        return None
    refs = {
        (m.group("title").upper(), m.group("sec").rstrip(".").replace("–", "-"), bool(m["note"]))
        for m in _USC.finditer(row.cite_text)
    }
    if len(refs) != 1:
        return None
    title, sec, note = refs.pop()
    first, last = ids.usc_range(sec)  # "15 U.S.C. 1-7": a range the citation itself gives
    if note or title != key.group("title").upper() or first != key.group("sec").rstrip("."):
        return None
    if not title.isdigit():  # appendix titles ("50A") have no id form
        return None
    return ids.usc(title, first, last)


def canonical_id(row: PopularName) -> str | None:
    """The SPEC §2 id a Popular Name Table row supports, or None for a name only.

    In order: ``usc:T:S`` when the row's only citation has one U.S. Code home (``usckey`` and
    the citation text agree, not a "note"; a subsection "15:12(b)" gives the section
    ``usc:15:12``; a range only when the text itself states it, "15 U.S.C. 1-7"); else
    ``publ:C-N`` from a ``congress-law`` Table III key (or, without a key, from the one
    "Pub. L." in the citation); else ``stat:V:P``; else None. A ``see`` row and a name that
    cites several laws get None.
    """
    if row.see or row.cite_count != 1:
        return None
    home = _usc_home(row)
    if home:
        return home
    t3 = _T3_LAW.match(row.t3searchkey or "")
    if t3:
        return ids.publ(t3.group(1), t3.group(2))
    if not row.t3searchkey and row.public_law and len(_PUBL.findall(row.cite_text or "")) == 1:
        congress, number = row.public_law.split("-")
        return ids.publ(congress, number)
    if row.stat_volume is not None and row.stat_page is not None:
        return ids.stat(row.stat_volume, row.stat_page)
    return None


# --- the cache ---------------------------------------------------------------------------

_COLUMNS = [f for f in PopularName.__dataclass_fields__]


def save_popular_names(
    db: sqlite_utils.Database, rows: Iterable[PopularName], fetched_at: str
) -> int:
    """Upsert ``rows`` into the ``popular_names`` table (primary key ``name``) in one transaction.

    Each stored row also carries its derived ``authority`` and ``fetched_at``. A later row with
    the same name replaces an earlier one. Returns the number of rows written.
    """
    records = [{**asdict(r), "authority": r.authority, "fetched_at": fetched_at} for r in rows]
    if not records:
        return 0
    conn = db.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        db.table(TABLE).upsert_all(
            records,
            pk="name",
            alter=True,
            column_order=["name", "authority"],
            columns={"item": int, "stat_volume": int, "stat_page": int, "cite_count": int},
        )
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if own and conn.in_transaction:
        conn.execute("COMMIT")
    return len(records)


def load_popular_names(db: sqlite_utils.Database) -> list[PopularName]:
    """All cached rows, ordered by item number then name; empty when never downloaded."""
    if not db.table(TABLE).exists():
        return []
    out = []
    for r in db.query(f"select * from [{TABLE}] order by item, name"):
        fields: dict[str, Any] = {k: r[k] for k in _COLUMNS if k in r}
        if fields.get("cite_count") is None:
            fields["cite_count"] = 0
        out.append(PopularName(**fields))
    return out


# --- download ------------------------------------------------------------------------------


def default_origin() -> str:
    """The U.S. Code origin from the environment (``LINKER_USCODE_URL``, SPEC §5)."""
    from .config import Config

    return Config.from_env().uscode_url


def _looks_like_maintenance(text: str) -> bool:
    head = text[:20000].lower()
    return "under maintenance" in head or "site maintenance" in head


def fetch_popular_names_html(client: httpx.Client, origin: str = DEFAULT_ORIGIN) -> str:
    """GET ``{origin}/popularnames/popularnames.htm``, streamed with a 64 MB cap.

    Raises ``FetchError`` (one line) on a network error, a non-200 status, a body over the cap
    or a 200 "Under Maintenance" page.
    """
    import httpx

    url = origin.rstrip("/") + PATH
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code != 200:
                raise FetchError(f"Popular Name Table: HTTP {resp.status_code} from {url}")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FetchError(
                        f"Popular Name Table: response over {MAX_BYTES // (1024 * 1024)} MB "
                        f"from {url}"
                    )
                chunks.append(chunk)
            encoding = resp.charset_encoding or "utf-8"
    except httpx.HTTPError as e:
        raise FetchError(f"Popular Name Table: {type(e).__name__}: {e} ({url})") from e
    try:
        text = b"".join(chunks).decode(encoding, errors="replace")
    except LookupError:
        text = b"".join(chunks).decode("utf-8", errors="replace")
    if _looks_like_maintenance(text):
        raise FetchError(f"Popular Name Table: {url} answered with an 'Under Maintenance' page")
    return text


def update_names(
    db: sqlite_utils.Database,
    client: httpx.Client,
    origin: str = DEFAULT_ORIGIN,
    fetched_at: str | None = None,
) -> int:
    """Download, parse and cache the Popular Name Table; return the number of rows saved.

    Raises ``FetchError`` when the page cannot be fetched or holds no table entries (the cache
    is then left as it was).
    """
    from datetime import UTC, datetime

    text = fetch_popular_names_html(client, origin)
    rows = parse_popular_names(text)
    if not rows:
        raise FetchError(
            f"Popular Name Table: no '{ENTRY_CLASS}' entries in {origin.rstrip('/')}{PATH}"
        )
    when = fetched_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return save_popular_names(db, rows, when)


# --- command line (``linker data …``) -----------------------------------------------------


def _open_db(path: Path, create: bool) -> sqlite_utils.Database:
    if not create and not path.exists():
        raise CacheError(f"no cache at {path}; run `linker data update-names` first")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA journal_mode = WAL")
        return sqlite_utils.Database(conn)
    except (OSError, sqlite3.DatabaseError) as e:
        raise CacheError(f"cannot open cache {path}: {e}") from e


def _format_table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines) + "\n"


def run_data_command(command: str, cache: str | None) -> int:
    """Run ``linker data update-names`` or ``linker data names-diff``; return the exit code.

    ``update-names`` downloads the table from ``LINKER_USCODE_URL`` into the cache (``--cache``,
    else ``LINKER_CACHE``) and prints the row count; ``names-diff`` prints the disagreements
    with ``acts.csv`` as a table (exit 0). Errors are raised as ``LinkerError`` for the CLI.
    """
    from .config import Config
    from .datafiles import acts
    from .names_compare import compare_with_curated

    config = Config.from_env()
    path = Path(cache) if cache else config.cache_path
    if command == "update-names":
        db = _open_db(path, create=True)
        try:
            from .fetch import make_bounded_client

            # bounded: a 60 s deadline a trickling server cannot stretch, the size cap
            # checked while reading (compressed bodies too), http(s) redirects only
            with make_bounded_client(config, deadline=60.0, max_bytes=MAX_BYTES) as client:
                n = update_names(db, client, config.uscode_url)
        except sqlite3.DatabaseError as e:
            raise CacheError(f"cannot write cache {path}: {e}") from e
        finally:
            db.close()
        print(f"linker: {n} popular names saved to {path}", file=sys.stderr)
        print(n)
        return 0
    db = _open_db(path, create=False)
    try:
        rows = load_popular_names(db)
    except sqlite3.DatabaseError as e:
        raise CacheError(f"cannot read cache {path}: {e}") from e
    finally:
        db.close()
    if not rows:
        raise CacheError(f"no Popular Name Table in {path}; run `linker data update-names`")
    diffs = compare_with_curated(rows, acts())
    table = [["kind", "name", "curated", "popular name table"]]
    for d in diffs:
        pnt = d.pnt or "-"
        if d.pnt_name and d.pnt_name != d.name:
            pnt += f" ({d.pnt_name})"
        table.append([d.kind, d.name, d.curated or "-", pnt])
    sys.stdout.write(_format_table(table))
    counts = {k: sum(1 for d in diffs if d.kind == k) for k in dict.fromkeys(d.kind for d in diffs)}
    summary = ", ".join(f"{v} {k}" for k, v in counts.items()) or "no disagreements"
    print(
        f"linker: {summary} ({len(rows)} popular names, release point "
        f"{rows[0].release_point or 'unknown'})",
        file=sys.stderr,
    )
    return 0
