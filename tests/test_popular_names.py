"""The Popular Name Table: parsing OLRC's entries, ids, the cache, the download and the CLI."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import sqlite_utils

from linker.cli import main
from linker.datafiles import Act
from linker.errors import FetchError
from linker.names_compare import compare_with_curated, ids_agree, is_act_like, names_for_scanner
from linker.popular_names import (
    PopularName,
    canonical_id,
    load_popular_names,
    parse_popular_names,
    save_popular_names,
    update_names,
)

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "popularnames" / "popularnames.htm"
MAINTENANCE = HERE / "fixtures" / "popularnames" / "maintenance.htm"
SHARED = HERE.parent.parent / "shared" / "fixtures" / "uscode" / "popularnames_rows_rp119-102.html"


def by_name(rows: list[PopularName]) -> dict[str, PopularName]:
    return {r.name: r for r in rows}


# --- parsing ------------------------------------------------------------------------------


@pytest.mark.corpus
def test_parses_the_real_rows_from_release_point_119_102() -> None:
    if not SHARED.exists():
        pytest.skip("../shared fixtures absent")
    rows = by_name(parse_popular_names(SHARED.read_text(encoding="utf-8")))
    assert set(rows) == {
        "Clean Air Act",
        "ERISA",
        "Air Pollution Control Act",
        "Immigration and Nationality Act",
        "Clayton Act",
    }
    caa = rows["Clean Air Act"]
    assert (caa.release_point, caa.item, caa.usckey, caa.t3searchkey, caa.date) == (
        "119-102",
        1695,
        "42:7401",
        "1955:360",
        "1955-07-14",
    )
    assert (caa.stat_volume, caa.stat_page, caa.public_law) == (69, 322, None)
    assert caa.cite_text == "July 14, 1955, ch. 360, 69 Stat. 322 (42 U.S.C. 7401 et seq.)"
    assert caa.short_title_usckey == "42:7401"
    assert rows["ERISA"].see == "Employee Retirement Income Security Act"
    assert rows["ERISA"].cite_count == 0 and rows["ERISA"].authority is None
    assert rows["Air Pollution Control Act"].see == "Clean Air Act"
    assert rows["Immigration and Nationality Act"].authority == "usc:8:1101"
    clayton = rows["Clayton Act"]
    assert clayton.short_title_usckey == "15:12(b)"
    assert clayton.authority == "usc:15:12"


def test_parses_own_fixture_cite_short_title_and_see_rows() -> None:
    rows = by_name(parse_popular_names(FIXTURE.read_text(encoding="utf-8")))
    assert len(rows) == 12
    aqa = rows["Air Quality Act of 1967"]
    assert aqa.public_law == "90-148"
    assert aqa.t3searchkey == "90-148"
    assert (aqa.stat_volume, aqa.stat_page) == (81, 485)
    assert aqa.date == "1967-11-21"
    erisa74 = rows["Employee Retirement Income Security Act of 1974"]
    assert erisa74.usckey is None
    assert erisa74.short_title_usckey == "29:1001"
    assert rows["Revenue Act"].cite_count == 2
    assert rows["Voting Rights Act"].see == "Voting Rights Act of 1965"


def test_ignores_markup_that_is_not_a_table_entry() -> None:
    html = (
        "<div class='header'><p class='popular-name'>Not An Act</p></div>"
        "<div class='popular-name-table-entry' item='1'><p class='popular-name'> </p></div>"
        "<div class='popular-name-table-entry' item='2'><p class='popular-name'>Real Act</p>"
        "<p class='popular-name-information' content-type='see'>See Other Act</p></div>"
    )
    rows = parse_popular_names(html)
    assert [(r.name, r.see, r.item) for r in rows] == [("Real Act", "Other Act", 2)]


# --- ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Clean Air Act", "usc:42:7401"),  # "42 U.S.C. 7401 et seq.": the act's home section
        ("Air Quality Act of 1967", "usc:42:1857"),  # U.S. Code home beats Pub. L.
        ("Posse Comitatus Act", "usc:18:1385"),  # one section, no "et seq."
        ("Clayton Act", "usc:15:12"),
        ("Sherman Act", "usc:15:1-7"),  # a range the citation itself states
        ("Authorization for Use of Military Force", "publ:107-40"),  # "50 U.S.C. 1541 note"
        ("Employee Retirement Income Security Act of 1974", "publ:93-406"),  # no U.S.C. home
        ("Judiciary Act of 1789", "stat:1:73"),  # no Pub. L. before 1957
        ("Revenue Act", None),  # two laws under one name
        ("ERISA", None),  # a see row has no citation of its own
    ],
)
def test_canonical_id_from_fixture(name: str, expected: str | None) -> None:
    rows = by_name(parse_popular_names(FIXTURE.read_text(encoding="utf-8")))
    assert canonical_id(rows[name]) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # subsection in usckey and text: the section
        (
            PopularName(
                "X Act",
                usckey="15:12(b)",
                cite_count=1,
                cite_text="Oct. 15, 1914, ch. 323, 38 Stat. 730 (15 U.S.C. 12(b))",
            ),
            "usc:15:12",
        ),
        # usckey and the text disagree: trust neither for a section
        (
            PopularName(
                "X Act",
                usckey="42:7401",
                t3searchkey="90-148",
                cite_count=1,
                cite_text="Pub. L. 90-148, Nov. 21, 1967, 81 Stat. 485 (42 U.S.C. 1857)",
            ),
            "publ:90-148",
        ),
        # two U.S. Code places: no single home
        (
            PopularName(
                "X Act",
                usckey="7:601",
                t3searchkey="1933:25",
                stat_volume=48,
                stat_page=31,
                cite_count=1,
                cite_text="May 12, 1933, ch. 25, 48 Stat. 31 (7 U.S.C. 601 et seq., "
                "16 U.S.C. 831 et seq.)",
            ),
            "stat:48:31",
        ),
        # no t3searchkey: the single Pub. L. in the text
        (
            PopularName(
                "X Act",
                cite_count=1,
                public_law="111-148",
                cite_text="Pub. L. 111-148, Mar. 23, 2010, 124 Stat. 119",
            ),
            "publ:111-148",
        ),
        # a hyphen inside a real section number is not a range
        (
            PopularName(
                "X Act",
                usckey="42:300aa-1",
                cite_count=1,
                cite_text="Pub. L. 99-660, 100 Stat. 3755 (42 U.S.C. 300aa-1 et seq.)",
            ),
            "usc:42:300aa-1",
        ),
        # a usckey without a U.S.C. citation in the text is not enough
        (PopularName("X Act", usckey="18:1385", cite_count=1, cite_text="June 18, 1878"), None),
    ],
)
def test_canonical_id_rules(row: PopularName, expected: str | None) -> None:
    assert canonical_id(row) == expected


# --- the cache ----------------------------------------------------------------------------


def test_storage_roundtrip_and_upsert_by_name() -> None:
    db = sqlite_utils.Database(memory=True)
    assert load_popular_names(db) == []
    rows = parse_popular_names(FIXTURE.read_text(encoding="utf-8"))
    assert save_popular_names(db, rows, "2026-08-02T00:00:00Z") == 12
    assert sorted(load_popular_names(db), key=lambda r: r.name) == sorted(
        rows, key=lambda r: r.name
    )
    stored = db.execute(
        "select authority, fetched_at from popular_names where name = 'Clean Air Act'"
    ).fetchone()
    assert stored == ("usc:42:7401", "2026-08-02T00:00:00Z")
    changed = PopularName("Clean Air Act", release_point="119-103", cite_count=0)
    save_popular_names(db, [changed], "2026-09-01T00:00:00Z")
    assert db.table("popular_names").count == 12
    assert by_name(load_popular_names(db))["Clean Air Act"] == changed


# --- download -----------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    body: bytes = b""
    status: int = 200

    def do_GET(self) -> None:
        if self.path != "/popularnames/popularnames.htm":
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(self.status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Handler]]]:
    handler = type("Handler", (_Handler,), {"body": FIXTURE.read_bytes(), "status": 200})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_update_names_downloads_parses_and_saves(server: tuple[str, type[_Handler]]) -> None:
    origin, _ = server
    db = sqlite_utils.Database(memory=True)
    with httpx.Client() as client:
        assert update_names(db, client, origin) == 12
    assert by_name(load_popular_names(db))["Posse Comitatus Act"].authority == "usc:18:1385"


def test_maintenance_page_is_a_clean_error(server: tuple[str, type[_Handler]]) -> None:
    origin, handler = server
    handler.body = MAINTENANCE.read_bytes()
    db = sqlite_utils.Database(memory=True)
    with httpx.Client() as client, pytest.raises(FetchError, match="Under Maintenance") as e:
        update_names(db, client, origin)
    assert "\n" not in str(e.value)
    assert not db.table("popular_names").exists()


def test_error_status_and_empty_page(server: tuple[str, type[_Handler]]) -> None:
    origin, handler = server
    db = sqlite_utils.Database(memory=True)
    handler.status = 503
    with httpx.Client() as client, pytest.raises(FetchError, match="HTTP 503"):
        update_names(db, client, origin)
    handler.status, handler.body = 200, b"<html><body>Nothing here</body></html>"
    with httpx.Client() as client, pytest.raises(FetchError, match="no 'popular-name"):
        update_names(db, client, origin)


def test_size_cap(monkeypatch: pytest.MonkeyPatch, server: tuple[str, type[_Handler]]) -> None:
    import linker.popular_names as pn

    monkeypatch.setattr(pn, "MAX_BYTES", 1000)
    origin, _ = server
    with httpx.Client() as client, pytest.raises(FetchError, match="over"):
        update_names(sqlite_utils.Database(memory=True), client, origin)


def test_connection_refused_is_a_fetch_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    transport = httpx.MockTransport(refuse)
    with httpx.Client(transport=transport) as client, pytest.raises(FetchError, match="Connect"):
        update_names(sqlite_utils.Database(memory=True), client, "http://example.invalid")


# --- curated vs table ---------------------------------------------------------------------


def _act(authority: str | None, name: str, *aliases: str) -> Act:
    return Act(authority, name, aliases or (name,), (), "statute", None, "test")


def test_ids_agree_when_the_home_section_lies_in_the_curated_range() -> None:
    assert ids_agree("usc:42:7401-7671q", "usc:42:7401")
    assert ids_agree("usc:42:7401-7671q", "usc:42:7550")
    assert not ids_agree("usc:42:7401-7671q", "usc:42:1857")
    assert not ids_agree("usc:42:7401-7671q", "usc:43:7401")
    assert not ids_agree("usc:18:1385", "usc:18:1386")


def test_compare_with_curated() -> None:
    rows = parse_popular_names(FIXTURE.read_text(encoding="utf-8"))
    curated = [
        _act("usc:42:7401-7671q", "Clean Air Act", "Clean Air Act", "CAA"),  # agrees
        _act("usc:18:1386", "Posse Comitatus Act"),  # conflict
        _act("publ:89-110", "Voting Rights Act", "Voting Rights Act", "VRA"),  # granularity
        _act(None, "ERISA"),  # the table supports an id through its see row
        _act("usc:10:251-255", "Insurrection Act", "Insurrection Act", "the 1807 law"),  # missing
    ]
    diffs = {(d.kind, d.name): d for d in compare_with_curated(rows, curated)}
    assert set(diffs) == {
        ("conflict", "Posse Comitatus Act"),
        ("granularity", "Voting Rights Act"),
        ("curated-unlinked", "ERISA"),
        ("missing", "Insurrection Act"),
    }
    assert diffs[("conflict", "Posse Comitatus Act")].pnt == "usc:18:1385"
    vra = diffs[("granularity", "Voting Rights Act")]
    assert (vra.curated, vra.pnt) == ("publ:89-110", "usc:52:10301")
    assert diffs[("curated-unlinked", "ERISA")].pnt == "publ:93-406"


# --- for the scanner ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Clean Air Act", True),
        ("Voting Rights Act of 1965", True),
        ("Department of Defense Appropriations Act, 2010", True),
        ("Clean Air Act Amendments of 1990", True),
        ("Tonkin Gulf Resolution", True),
        ("Sherman Act", True),  # short, but ends in "Act"
        ("ERISA", False),
        ("Authorization for Use of Military Force", False),
        ("Revenue Act", False),  # generic words only
        ("Tax Reform Act", False),
        ("Budget Resolution", False),
        ("Act of July 2, 1890", False),
    ],
)
def test_is_act_like(name: str, expected: bool) -> None:
    assert is_act_like(name) is expected


def test_names_for_scanner() -> None:
    db = sqlite_utils.Database(memory=True)
    assert names_for_scanner(db) == []
    save_popular_names(db, parse_popular_names(FIXTURE.read_text(encoding="utf-8")), "t")
    names = dict(names_for_scanner(db))
    assert names["Clean Air Act"] == "usc:42:7401"
    assert names["Voting Rights Act"] == "usc:52:10301"  # see row followed
    assert names["Judiciary Act of 1789"] == "stat:1:73"
    assert "ERISA" not in names and "Revenue Act" not in names
    assert "Authorization for Use of Military Force" not in names


# --- command line -------------------------------------------------------------------------


def test_cli_update_names_and_names_diff(
    server: tuple[str, type[_Handler]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    origin, _ = server
    monkeypatch.setenv("LINKER_USCODE_URL", origin)
    cache = tmp_path / "sub" / "cache.sqlite"
    assert main(["data", "update-names", "--cache", str(cache)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "12"
    assert "12 popular names" in err
    db = sqlite_utils.Database(cache)
    assert db.table("popular_names").count == 12
    db.close()

    assert main(["data", "names-diff", "--cache", str(cache)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].split() == ["kind", "name", "curated", "popular", "name", "table"]
    assert "release point 119-102" in err


def test_cli_errors(
    server: tuple[str, type[_Handler]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    origin, handler = server
    handler.body = MAINTENANCE.read_bytes()
    monkeypatch.setenv("LINKER_USCODE_URL", origin)
    cache = tmp_path / "cache.sqlite"
    assert main(["data", "update-names", "--cache", str(cache)]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("linker: ") and "Under Maintenance" in err
    assert err.count("\n") == 1

    assert main(["data", "names-diff", "--cache", str(tmp_path / "none.sqlite")]) == 1
    _, err = capsys.readouterr()
    assert "update-names" in err and err.count("\n") == 1
    assert not (tmp_path / "none.sqlite").exists()

    assert main(["data"]) == 2
    assert main(["data", "update-names", "--bogus"]) == 2


def test_a_name_listed_twice_for_different_laws_has_no_id() -> None:
    entry = (
        "<div class='popular-name-table-entry' item='{i}'><p class='popular-name'>Bank Act</p>"
        "<p class='popular-name-information' content-type='cite' t3searchkey='{k}'>"
        "Pub. L. {k}, 1 Stat. 1</p></div>"
    )
    twice = parse_popular_names(entry.format(i=1, k="90-1") + entry.format(i=2, k="91-2"))
    assert [(r.name, r.authority) for r in twice] == [("Bank Act", None)]
    same = parse_popular_names(entry.format(i=1, k="90-1") + entry.format(i=2, k="90-1"))
    assert [(r.name, r.authority) for r in same] == [("Bank Act", "publ:90-1")]
