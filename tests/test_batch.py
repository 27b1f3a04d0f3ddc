"""``linker batch``: folders, JSON Lines, stdin lists, resume, failures, Dask, one fetch each."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fakeservers import FakeServer, fast_policy

from linker import store
from linker.batch import BatchOptions, run_batch
from linker.batch.inputs import iter_items, safe_id
from linker.cli import main
from linker.config import Config
from linker.fetch import make_client

STORY = (
    "WASHINGTON, Oct. 8, 2025\n\nA federal judge in Oregon blocked Trump’s bid to deploy troops "
    "in Portland. Trump says he could invoke the rarely used Insurrection Act, 10 U.S.C. § 252, "
    "and critics cite the Posse Comitatus Act.\n"
)
OTHER = (
    "The House passed H.R. 1 on Thursday. Opponents said it conflicts with Roe v. Wade, "
    "410 U.S. 113 (1973), and with the First Amendment.\n"
)
HTML = (
    "<!DOCTYPE html><html><head><title>Guard</title></head><body><article><h1>Guard</h1>"
    "<p>The governor cited 18 U.S.C. § 1385, the Posse Comitatus Act.</p></article></body></html>"
)


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def report(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder as a newsroom has one: nested, mixed formats, a hidden file, a broken one."""
    root = tmp_path / "archive"
    (root / "2025" / "oct").mkdir(parents=True)
    (root / "2025" / "oct" / "guard.txt").write_text(STORY, encoding="utf-8")
    (root / "2025" / "bill.md").write_text(OTHER, encoding="utf-8")
    (root / "page.html").write_text(HTML, encoding="utf-8")
    (root / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    (root / ".draft.txt").write_text(STORY, encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    return root


def batch(tmp_path: Path, *args: str) -> int:
    cache = str(tmp_path / "cache.sqlite")
    return main(["batch", *args, "--offline", "--cache", cache])


def test_ids_come_from_paths_and_records(archive: Path) -> None:
    ids = [i.id for i in iter_items([str(archive)])]
    assert ids == ["2025__bill", "2025__oct__guard", "broken", "page"]
    assert safe_id("a b/c?d") == "a-b__c-d"


def test_a_folder_with_a_broken_article_among_good_ones(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = batch(
        tmp_path, str(archive), "--out", str(out), "--workers", "2", "--format", "html,json"
    )
    assert code == 1  # one article failed; the others were linked
    captured = capsys.readouterr()
    assert captured.out.strip().splitlines()[-1] == str(out / "batch-report.json")
    assert "3 linked" in captured.err and "1 failed" in captured.err
    assert "\r" not in captured.err  # no progress bar outside a terminal
    for aid in ("2025__oct__guard", "2025__bill", "page"):
        assert (out / f"{aid}.html").is_file() and (out / f"{aid}.json").is_file()
    assert not (out / "broken.html").exists()
    umask = os.umask(0)
    os.umask(umask)
    assert (out / "page.html").stat().st_mode & 0o777 == 0o666 & ~umask  # servable, not 0600
    rep = report(out)
    assert rep["articles"] == 4 and rep["linked"] == 3 and rep["failed"] == 1
    assert rep["failures"][0]["id"] == "broken"
    assert "binary" in rep["failures"][0]["error"]
    assert set(rep["stages"]) == {"scan", "search", "fetch", "render", "index"}
    lines = jsonl(out / "mentions.jsonl")
    assert {ln["article"] for ln in lines} == {"2025__oct__guard", "2025__bill", "page"}
    act = next(ln for ln in lines if ln["text"] == "Insurrection Act")
    assert act["article"] == "2025__oct__guard" and act["authority"] == "usc:10:251-255"
    assert STORY[act["start"] : act["end"]] == "Insurrection Act"
    assert set(act) == {
        "article",
        "start",
        "end",
        "text",
        "kind",
        "authority",
        "court",
        "confidence",
    }
    assert 'href="page.html"' in (out / "index.html").read_text(encoding="utf-8")
    db = store.open_cache(tmp_path / "cache.sqlite")
    citing = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT article FROM article_mentions WHERE authority = 'usc:18:1385'"
        )
    ]
    assert citing == ["2025__oct__guard", "page"]  # the Posse Comitatus Act, twice
    db.close()


def test_a_batch_page_is_the_page_link_writes(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch(
        tmp_path,
        str(archive / "2025"),
        "--out",
        str(out),
        "--workers",
        "1",
        "--format",
        "html,json",
    )
    cache = str(tmp_path / "cache2.sqlite")
    path = str(archive / "2025" / "oct" / "guard.txt")
    for fmt in ("json", "html"):
        one = tmp_path / f"one.{fmt}"
        cmd = ["link", path, "--offline", "--format", fmt, "-o", str(one), "--cache", cache]
        assert main(cmd) == 0
        assert (out / f"oct__guard.{fmt}").read_text() == one.read_text()


def test_json_lines_with_dates_titles_and_bad_records(tmp_path: Path) -> None:
    src = tmp_path / "articles.jsonl"
    records = [
        {
            "id": "a/1",
            "text": "Congress passed H.R. 1 this week.",
            "date": "2025-07-03",
            "title": "The bill",
        },
        {"id": 2, "html": HTML},
        {"id": "a/1", "text": "A second record with the same id."},
        {"text": "no id"},
        {"id": "empty", "text": "   "},
    ]
    lines = [json.dumps(r) for r in records] + ["", "{not json"]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert batch(tmp_path, str(src), "--out", str(out), "--format", "json,annotations") == 1
    page = json.loads((out / "a__1.json").read_text(encoding="utf-8"))
    assert page["article"]["title"] == "The bill" and page["article"]["date"] == "2025-07-03"
    assert [m["authority"] for m in page["mentions"]] == ["bill:119:hr:1"]
    assert (out / "2.json").is_file() and (out / "2.jsonld").is_file()
    rep = report(out)
    reasons = {f["id"]: f["error"] for f in rep["failures"]}
    assert rep["linked"] == 2 and rep["failed"] == 4
    assert reasons["a__1"] == "load: duplicate id"
    assert reasons["articles-line4"].endswith("no id")
    assert reasons["articles-line7"].endswith("not JSON")
    assert "empty" in reasons["empty"]  # found by the worker: the article is empty


def test_a_list_of_paths_on_stdin(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = f"{archive / '2025' / 'bill.md'}\n\n{archive / 'page.html'}\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(paths))
    out = tmp_path / "out"
    assert batch(tmp_path, "-", "--out", str(out)) == 0
    assert sorted(p.name for p in out.glob("*.html")) == ["bill.html", "index.html", "page.html"]


def test_resume_skips_unchanged_articles(archive: Path, tmp_path: Path) -> None:
    (archive / "broken.txt").unlink()
    out = tmp_path / "out"
    assert batch(tmp_path, str(archive), "--out", str(out)) == 0
    guard = out / "2025__oct__guard.html"
    bill = out / "2025__bill.html"
    os.utime(guard, (1, 1))
    os.utime(bill, (1, 1))
    (archive / "2025" / "bill.md").write_text(OTHER + "It also cites the 14th Amendment.\n")
    assert batch(tmp_path, str(archive), "--out", str(out), "--resume") == 0
    rep = report(out)
    assert rep["skipped"] == 2 and rep["linked"] == 1
    assert guard.stat().st_mtime == 1  # not rewritten
    assert bill.stat().st_mtime != 1  # its text changed
    lines = jsonl(out / "mentions.jsonl")
    assert {ln["article"] for ln in lines} == {"2025__oct__guard", "2025__bill", "page"}
    assert any(ln["authority"] == "const:amendment:14" for ln in lines)
    # a page that went missing is made again; without --resume everything is
    guard.unlink()
    assert batch(tmp_path, str(archive), "--out", str(out), "--resume") == 0
    assert report(out)["skipped"] == 2 and guard.is_file()
    assert batch(tmp_path, str(archive), "--out", str(out)) == 0
    assert report(out)["linked"] == 3


def test_outputs_inside_the_input_folder_are_not_read_again(archive: Path, tmp_path: Path) -> None:
    (archive / "broken.txt").unlink()
    out = archive / "linked"
    assert batch(tmp_path, str(archive), "--out", str(out)) == 0
    assert batch(tmp_path, str(archive), "--out", str(out)) == 0
    assert report(out)["articles"] == 3


def test_limit_and_bad_usage(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert batch(tmp_path, str(archive), "--out", str(out), "--limit", "2") == 0
    assert report(out)["articles"] == 2
    assert batch(tmp_path, str(tmp_path / "nope"), "--out", str(out)) == 2
    assert batch(tmp_path, str(archive), "--out", str(out), "--format", "pdf") == 2
    assert batch(tmp_path, str(archive), "--out", str(out), "--workers", "0") == 2
    assert batch(tmp_path, str(archive), "--out", str(archive / "page.html")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert all(line.startswith("linker: ") for line in err)


# --- Dask ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        # any free port: None means the default 8787, busy when two test runs overlap
        dashboard_address=":0",
        worker_dashboard_address=None,
    ) as c:
        yield c


def test_dask_gives_the_mentions_the_process_pool_gives(
    archive: Path, tmp_path: Path, cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert (
        batch(
            tmp_path, str(archive), "--out", str(local), "--workers", "2", "--format", "html,json"
        )
        == 1
    )
    address = cluster.scheduler_address
    assert (
        batch(
            tmp_path,
            str(archive),
            "--out",
            str(dask),
            "--scheduler",
            address,
            "--format",
            "html,json",
        )
        == 1
    )
    assert (dask / "mentions.jsonl").read_bytes() == (local / "mentions.jsonl").read_bytes()
    for name in ("2025__oct__guard.json", "page.json", "2025__bill.html"):
        assert (dask / name).read_bytes() == (local / name).read_bytes()
    rep = report(dask)
    assert rep["executor"] == "dask" and rep["scheduler"] == address and rep["failed"] == 1
    monkeypatch.setenv("LINKER_DASK_SCHEDULER", address)
    again = tmp_path / "again"
    assert batch(tmp_path, str(archive / "2025"), "--out", str(again), "--format", "json") == 0
    assert report(again)["executor"] == "dask"


# --- online: each authority fetched once -----------------------------------------------------


def test_a_thousand_articles_fetch_twenty_authorities_once_each(tmp_path: Path) -> None:
    sections = [1001 + k for k in range(20)]
    src = tmp_path / "wire.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(1000):
            cited = [sections[(i + j) % 20] for j in (0, 7, 13)]
            text = " ".join(f"Prosecutors cited 18 U.S.C. § {s}." for s in cited)
            f.write(json.dumps({"id": f"wire-{i:04d}", "text": text}) + "\n")
    out = tmp_path / "out"
    with FakeServer(synthetic_sections=True) as srv, make_client() as client:
        db = store.open_cache(tmp_path / "cache.sqlite")
        config: Config = srv.config(cache_path=tmp_path / "cache.sqlite")
        rep = run_batch(
            [str(src)],
            BatchOptions(out=out, formats=("json",), workers=2),
            config=config,
            db=db,
            client=client,
            policy=fast_policy(),
        )
        seen = [r.path for r in srv.requests if r.path.startswith("/view.xhtml")]
        assert len(seen) == 20 and len(set(seen)) == 20
        assert rep.failed == 0 and rep.linked == 1000 and rep.authorities == 20
        assert rep.sources["fetched"] == 20 and rep.sources["requests"] == 20
        n = db.execute("SELECT count(DISTINCT article) FROM article_mentions").fetchone()[0]
        assert n == 1000
        page = json.loads((out / "wire-0000.json").read_text(encoding="utf-8"))
        assert page["authorities"]["usc:18:1001"]["source"] is not None
        db.close()


def test_rulings_and_case_names_are_searched_once_for_the_whole_batch(tmp_path: Path) -> None:
    from linker.load import from_text
    from linker.pipeline import link_article

    text = (
        "PORTLAND, Ore., Oct. 5, 2025\n\nA federal judge in Oregon blocked Trump’s bid to deploy "
        "troops in Portland on Saturday. The ruling cited Obergefell v. Hodges.\n"
    )
    with FakeServer(synthetic_sections=True) as srv, make_client() as client:
        config: Config = srv.config(courtlistener_token="tok")
        one_db = store.open_cache(tmp_path / "one.sqlite")
        link_article(
            from_text(text, "one.txt"),
            db=one_db,
            client=client,
            config=config,
            policy=fast_policy(),
        )
        one_db.close()
        searches_for_one = srv.count("/api/rest/v4/search/")
        assert searches_for_one > 0
        srv.reset_counts()
        folder = tmp_path / "in"
        folder.mkdir()
        for i in range(40):
            (folder / f"p{i:02d}.txt").write_text(text + f"\nStory {i}.\n", encoding="utf-8")
        db = store.open_cache(tmp_path / "cache.sqlite")
        rep = run_batch(
            [str(folder)],
            BatchOptions(out=tmp_path / "out", formats=("json",), workers=2),
            config=config,
            db=db,
            client=client,
            policy=fast_policy(),
        )
        db.close()
    assert rep.linked == 40 and rep.failed == 0
    assert srv.count("/api/rest/v4/search/") == searches_for_one


def test_progress_bars_on_a_terminal_only(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store.open_cache(tmp_path / "cache.sqlite")
    options = BatchOptions(out=tmp_path / "out", workers=1, offline=True, progress=True)
    run_batch([str(archive)], options, config=Config.from_env({}), db=db)
    err = capsys.readouterr().err
    assert "linker: scan" in err and "linker: render" in err and "4/4" in err
    db.close()


def test_json_lines_records_by_url(tmp_path: Path) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            hits.append(self.path)
            if self.path == "/old":
                self.send_response(301)
                self.send_header("Location", "/story")
                self.end_headers()
                return
            data = HTML.encode() if self.path == "/story" else b"gone"
            self.send_response(200 if self.path == "/story" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    src = tmp_path / "urls.jsonl"
    src.write_text(
        json.dumps({"id": "moved", "url": f"{origin}/old"})
        + "\n"
        + json.dumps({"id": "missing", "url": f"{origin}/nope"})
        + "\n",
        encoding="utf-8",
    )
    try:
        db = store.open_cache(tmp_path / "cache.sqlite")
        out = tmp_path / "out"
        rep = run_batch(
            [str(src)],
            BatchOptions(out=out, formats=("json",), workers=1),
            config=Config.from_env({"LINKER_USCODE_URL": origin}),
            db=db,
            client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(404))),
        )
        db.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert rep.linked == 1 and rep.failed == 1
    assert "404" in rep.failures[0]["error"]
    page = json.loads((out / "moved.json").read_text(encoding="utf-8"))
    assert [m["authority"] for m in page["mentions"]] == ["usc:18:1385", "usc:18:1385"]
    assert hits.count("/story") == 1  # fetched once, kept for the render stage


def _crash_on_bad(items: list[str], tag: str) -> list[str]:
    if "bad" in items:
        os._exit(3)  # a worker killed mid-task (as by the kernel's out-of-memory killer)
    return [f"{tag}:{i}" for i in items]


def test_an_article_that_kills_its_worker_fails_alone() -> None:
    from linker.batch.pool import LocalPool, stream

    pool = LocalPool(1, ())
    got: list[str] = []
    crashed: list[str] = []
    parts = [(p, (p, "ok")) for p in (["a", "b"], ["c", "bad", "d"], ["e"])]
    try:
        stream(
            pool,
            _crash_on_bad,
            iter(parts),
            lambda ids, result: got.extend(result),
            lambda ids, reason: crashed.extend(ids),
            in_flight=2,
        )
    finally:
        pool.close()
    assert crashed == ["bad"]
    assert sorted(got) == ["ok:a", "ok:b", "ok:c", "ok:d", "ok:e"]
