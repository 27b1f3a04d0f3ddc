"""Fetching sources through the real client against local fake services.

Each test says what the user sees (the report and its summary line) and what the cache holds
afterwards. Waits are injected (``Sleeps``), so retries and rate limits cost no time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlite_utils
from fakeservers import FakeServer, Sleeps, fast_policy

from linker import store
from linker.config import Config
from linker.errors import LinkerError
from linker.fetch import USER_AGENT, FetchReport, fetch_sources, make_client

ROOT = Path(__file__).resolve().parent.parent
SEC = "/view.xhtml"


@pytest.fixture
def srv() -> Iterator[FakeServer]:
    with FakeServer() as s:
        yield s


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    return store.open_cache(tmp_path / "cache" / "linker.sqlite")


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client() as c:
        yield c


def run(
    ids: list[str],
    db: sqlite_utils.Database,
    client: httpx.Client | None,
    config: Config,
    sleeps: Sleeps | None = None,
    **kw: Any,
) -> FetchReport:
    policy = kw.pop("policy", fast_policy())
    return fetch_sources(
        ids, db=db, client=client, config=config, policy=policy, sleep=sleeps or Sleeps(), **kw
    )


def rows(db: sqlite_utils.Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# --- configuration ---------------------------------------------------------------------------


def test_config_reads_spec_variables_and_hides_tokens() -> None:
    cfg = Config.from_env(
        {
            "LINKER_CACHE": "/tmp/x.sqlite",
            "LINKER_OFFLINE": "1",
            "COURTLISTENER_TOKEN": "cl-secret-123",
            "CONGRESS_API_KEY": "cg-secret-456",
            "LINKER_USCODE_URL": "http://127.0.0.1:8000/",
        }
    )
    assert str(cfg.cache_path) == "/tmp/x.sqlite" and cfg.offline
    assert cfg.uscode_url == "http://127.0.0.1:8000"
    assert cfg.courtlistener_url == "https://www.courtlistener.com"
    assert cfg.ecfr_url == "https://www.ecfr.gov"
    assert "secret" not in repr(cfg) and "secret" not in str(cfg)
    default = Config.from_env({})
    assert str(default.cache_path) == "cache/linker.sqlite" and not default.offline
    assert default.courtlistener_token is None


def test_config_rejects_an_origin_with_a_path() -> None:
    with pytest.raises(LinkerError, match="LINKER_FEDREG_URL"):
        Config.from_env({"LINKER_FEDREG_URL": "https://www.federalregister.gov/api/v1"})


# --- the normal path -------------------------------------------------------------------------


def test_cold_then_warm_fetch(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    ids = ["usc:10:12406", "usc:10:251-255", "usc:18:1385", "const:amendment:1"]
    report = run(ids, db, client, srv.config())
    # The user sees four sources with real titles and a one-line summary.
    assert report.summary() == "4 sources: 3 fetched, 0 from cache, 1 from linker's data, 0 failed"
    assert report.sources["usc:10:12406"].title == (
        "10 U.S.C. § 12406 — National Guard in Federal service: call"
    )
    assert report.sources["usc:10:251-255"].title == "10 U.S.C. §§ 251–255 (ch. 13 — Insurrection)"
    assert "posse comitatus" in (report.sources["usc:18:1385"].text or "")
    # Links shown to the reader use the public site, never the local origin.
    assert all("127.0.0.1" not in s.url for s in report.sources.values())
    # The cache holds one raw response per request and one source per id.
    # (the Constitution ships with linker: no request)
    assert rows(db, "raw") == srv.count() == 3 + 4
    assert rows(db, "sources") == 4
    # A second run of the same ids makes zero requests.
    srv.reset_counts()
    again = run(ids, db, client, srv.config())
    assert srv.count() == 0 and again.requests == 0
    assert again.summary() == "4 sources: 0 fetched, 3 from cache, 1 from linker's data, 0 failed"
    assert again.sources == report.sources


def test_every_service_through_one_run(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    cfg = srv.config(courtlistener_token="tok", congress_api_key="key")
    ids = ["cite:576:us:644", "cite:135:sct:2584", "cite:1:us:200", "eo:14336", "cfr:8:287.8"]
    report = run(ids, db, client, cfg)
    assert report.sources["cite:576:us:644"].title == "Obergefell v. Hodges"
    assert report.sources["eo:14336"].citation == "Executive Order 14336, 90 FR 40223"
    assert report.sources["cfr:8:287.8"].title == (
        "8 C.F.R. § 287.8 — Standards for enforcement activities"
    )
    assert report.failures == {
        "cite:1:us:200": "citation not found on www.courtlistener.com: 1 U.S. 200"
    }
    # The three case citations went out in ONE citation-lookup call.
    assert srv.count("/api/rest/v4/citation-lookup/") == 1
    # The unknown citation is remembered as "not found", not cached as a source.
    assert rows(db, "fetch_errors") == 1
    assert store.get_source(db, "cite:1:us:200") is None
    srv.reset_counts()
    again = run(ids, db, client, cfg)
    assert srv.count() == 0
    assert again.failures == report.failures


def test_ids_no_service_fetches_are_linked_only(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    # No CONGRESS_API_KEY: bills are linked, not fetched; publ:/state: have no fetcher.
    report = run(
        ["bill:119:hr:1", "publ:119-21", "state:il:ilcs:5-805-15"], db, client, srv.config()
    )
    assert srv.count() == 0
    assert report.skipped == ("bill:119:hr:1", "publ:119-21", "state:il:ilcs:5-805-15")
    assert report.summary() == "0 sources: 0 fetched, 0 from cache, 0 failed, 3 linked only"


def test_progress_is_reported_per_source(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    seen: list[tuple[str, int, int]] = []
    run(
        ["usc:10:252", "usc:10:253"],
        db,
        client,
        srv.config(),
        progress=lambda a, d, t: seen.append((a, d, t)),
    )
    assert sorted(seen)[-1][1:] in {(1, 2), (2, 2)} and len(seen) == 2
    assert {d for _a, d, _t in seen} == {1, 2}


# --- revalidation, refresh, offline ----------------------------------------------------------


def _age(db: sqlite_utils.Database, days: int) -> None:
    old = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - days * 86400))
    db.execute("UPDATE raw SET checked_at = ?", [old])


def test_stale_copy_is_revalidated_with_its_etag(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    run(["usc:10:252"], db, client, srv.config())
    body_before = db.execute("SELECT body FROM raw").fetchone()[0]
    _age(db, 60)  # older than the U.S. Code freshness period (30 days)
    srv.reset_counts()
    report = run(["usc:10:252"], db, client, srv.config())
    # One conditional request, answered 304: the user sees the source as from cache.
    assert srv.count() == 1
    assert srv.requests[0].headers.get("if-none-match", "").startswith('"')
    assert report.summary() == "1 source: 0 fetched, 1 from cache, 0 failed"
    # The cache keeps the body and records the check.
    body_after, checked = db.execute("SELECT body, checked_at FROM raw").fetchone()
    assert body_after == body_before
    assert store.age_seconds(checked) < 60


def test_stale_copy_is_used_when_the_refresh_fails(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    run(["usc:10:252"], db, client, srv.config())
    _age(db, 60)
    srv.fail(SEC, "status", times=10, code=503)
    report = run(["usc:10:252"], db, client, srv.config())
    assert report.sources["usc:10:252"].title.startswith("10 U.S.C. § 252")
    assert report.failed == 0
    assert "503" in report.stale["usc:10:252"]
    assert "stale" in report.summary()
    # The cache still holds the old successful answer, still marked old.
    assert store.age_seconds(db.execute("SELECT checked_at FROM raw").fetchone()[0]) > 86400


def test_refresh_asks_again_and_offline_never_does(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    run(["usc:10:252"], db, client, srv.config())
    srv.reset_counts()
    refreshed = run(["usc:10:252"], db, client, srv.config(), refresh=True)
    # --refresh asks the service at once, politely: a conditional request, answered 304.
    assert srv.count() == 1 and "if-none-match" in srv.requests[0].headers
    assert refreshed.sources["usc:10:252"].citation == "10 U.S.C. § 252"
    srv.reset_counts()
    _age(db, 400)
    off = run(["usc:10:252", "usc:10:253"], db, None, srv.config(offline=True))
    assert srv.count() == 0
    # Offline, even a year-old copy is used; what was never fetched fails with a reason.
    assert list(off.sources) == ["usc:10:252"]
    assert off.failures == {"usc:10:253": "not in the cache (offline)"}
    assert off.summary().startswith("2 sources: 0 fetched, 1 from cache, 1 failed")


# --- faults ----------------------------------------------------------------------------------


def test_5xx_is_retried_with_growing_backoff(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "status", times=2, code=500)
    sleeps = Sleeps()
    report = run(["usc:10:252"], db, client, srv.config(), sleeps)
    assert report.fetched == 1 and srv.count() == 3
    assert len(sleeps.calls) == 2
    # exponential with jitter: 0.5 s × 2^n × [0.5, 1.5)
    assert 0.25 <= sleeps.calls[0] < 0.75 and 0.5 <= sleeps.calls[1] < 1.5


def test_persistent_503_fails_and_caches_nothing(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "status", times=3, code=503)  # the first try and 2 retries
    report = run(["usc:10:252"], db, client, srv.config())
    assert report.failures == {"usc:10:252": "127.0.0.1 answered HTTP 503 after 3 tries"}
    assert srv.count() == 3
    assert rows(db, "raw") == rows(db, "sources") == rows(db, "fetch_errors") == 0
    # The next run tries again (an outage is not remembered as "not found").
    srv.reset_counts()
    assert run(["usc:10:252"], db, client, srv.config()).fetched == 1


def test_429_with_retry_after_waits_that_long(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "429", retry_after=7)
    sleeps = Sleeps()
    report = run(["usc:10:252"], db, client, srv.config(), sleeps)
    assert report.fetched == 1
    assert sleeps.calls == [7.0]


def test_429_without_retry_after_backs_off(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "429")
    sleeps = Sleeps()
    assert run(["usc:10:252"], db, client, srv.config(), sleeps).fetched == 1
    assert len(sleeps.calls) == 1 and 0.25 <= sleeps.calls[0] < 0.75


def test_courtlistener_wait_until_is_honoured(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail("/api/rest/v4/citation-lookup/", "429", wait_until=10)
    sleeps = Sleeps()
    cfg = srv.config(courtlistener_token="tok")
    report = run(["cite:576:us:644", "cite:135:sct:2584"], db, client, cfg, sleeps)
    assert report.fetched == 2
    assert len(sleeps.calls) == 1 and 8 <= sleeps.calls[0] <= 10


def test_a_long_rate_limit_fails_fast(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "429", retry_after=3600)
    sleeps = Sleeps()
    report = run(["usc:10:252"], db, client, srv.config(), sleeps)
    assert report.failures["usc:10:252"].startswith("rate limited by 127.0.0.1 until ")
    assert sleeps.calls == [] and rows(db, "raw") == 0


def test_connection_reset_is_retried(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "reset")
    assert run(["usc:10:252"], db, client, srv.config()).fetched == 1
    srv.fail("/view", "reset", times=10)
    report = run(["usc:10:253"], db, client, srv.config())
    assert report.failures["usc:10:253"].startswith("127.0.0.1: connection failed")
    assert store.get_source(db, "usc:10:253") is None


def test_truncated_body_is_never_cached(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "truncate", times=4)
    report = run(["usc:10:252"], db, client, srv.config())
    assert "connection failed" in report.failures["usc:10:252"]
    assert rows(db, "raw") == 0
    srv.fail(SEC, "truncate", times=1)  # one bad answer, then a good one
    assert run(["usc:10:252"], db, client, srv.config()).fetched == 1


def test_invalid_json_is_an_error_not_a_source(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail("/api/v1/documents.json", "badjson")
    report = run(["eo:14336"], db, client, srv.config())
    assert report.failures["eo:14336"].startswith("www.federalregister.gov returned invalid JSON")
    assert rows(db, "raw") == rows(db, "fetch_errors") == 0
    assert run(["eo:14336"], db, client, srv.config()).fetched == 1


def test_maintenance_page_is_an_error(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "maintenance")
    report = run(["usc:10:252"], db, client, srv.config())
    assert report.failures == {"usc:10:252": "uscode.house.gov is under maintenance"}
    assert rows(db, "raw") == 0
    # With a cached copy, the maintenance page does not replace it.
    run(["usc:10:252"], db, client, srv.config())
    _age(db, 60)
    srv.fail(SEC, "maintenance")
    stale = run(["usc:10:252"], db, client, srv.config())
    assert stale.stale == {"usc:10:252": "uscode.house.gov is under maintenance"}
    assert "§252" in db.execute("SELECT body FROM raw").fetchone()[0]


@pytest.mark.parametrize("declared", [True, False])
def test_a_50_mb_body_is_refused(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client, declared: bool
) -> None:
    srv.fail(SEC, "huge", length=declared)
    started = time.monotonic()
    report = run(["usc:10:252"], db, client, srv.config(), policy=fast_policy(max_bytes=2_000_000))
    assert "too large" in report.failures["usc:10:252"]
    assert rows(db, "raw") == 0
    assert time.monotonic() - started < 5


def test_redirects_stay_on_the_same_host(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    port = srv.origin.rsplit(":", 1)[1]
    srv.fail(SEC, "redirect", location=f"http://localhost:{port}/view.xhtml?evil=1")
    report = run(["usc:10:252"], db, client, srv.config())
    assert report.failures == {
        "usc:10:252": f"127.0.0.1:{port} redirected to another host (localhost:{port})"
    }
    assert srv.count() == 1  # the redirect was not followed
    target = "/view.xhtml?req=granuleid:USC-prelim-title10-section252&num=0&edition=prelim"
    srv.fail("/view.xhtml", "redirect", location=target)
    assert run(["usc:10:252"], db, client, srv.config()).fetched == 1


# --- manners and secrets ---------------------------------------------------------------------


def test_tokens_are_sent_but_never_stored(
    srv: FakeServer, tmp_path: Path, client: httpx.Client
) -> None:
    path = tmp_path / "c.sqlite"
    db = store.open_cache(path)
    cfg = srv.config(courtlistener_token="cltoken0123456789", congress_api_key="cgkey0123456789")
    ids = ["cite:576:us:644", "cite:135:sct:2584", "usc:10:252"]
    if (ROOT.parent / "shared" / "fixtures" / "congress").is_dir():
        ids.append("bill:117:hr:21")
    report = run(ids, db, client, cfg)
    assert not report.failures
    lookups = [r for r in srv.requests if r.path.startswith("/api/rest/v4/")]
    assert lookups and all(r.headers["authorization"] == "Token cltoken0123456789" for r in lookups)
    others = [r for r in srv.requests if not r.path.startswith("/api/rest/v4/")]
    assert all("authorization" not in r.headers for r in others)  # only CourtListener gets it
    bills = [r for r in srv.requests if r.path.startswith("/v3/")]
    assert all(r.headers["x-api-key"] == "cgkey0123456789" and "key" not in r.path for r in bills)
    assert all(r.headers["user-agent"] == USER_AGENT for r in srv.requests)
    assert USER_AGENT.startswith("linker/")
    db.close()
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"cltoken0123456789" not in blob and b"cgkey0123456789" not in blob
    assert "cltoken" not in report.summary()


def test_without_a_token_no_courtlistener_request_is_made(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    from linker.fetch import TOKEN_NOTE

    report = run(["cite:576:us:644", "cl:cluster:10376225", "usc:10:252"], db, client, srv.config())
    # CourtListener refuses anonymous requests (401): none is sent, and the ids stay linked.
    assert srv.count("/api/rest/v4/") == 0
    assert set(report.skipped) == {"cite:576:us:644", "cl:cluster:10376225"}
    assert not report.failures and report.fetched == 1
    # The user is told once what a token would add and where to get one.
    assert report.notes == (TOKEN_NOTE,) and "COURTLISTENER_TOKEN" in TOKEN_NOTE


def test_requests_to_one_host_are_spaced(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    sleeps = Sleeps()
    policy = fast_policy(min_interval=10.0, host_concurrency=1)
    run(["usc:10:252", "usc:10:253", "usc:10:254"], db, client, srv.config(), sleeps, policy=policy)
    # The 2nd and 3rd request starts were pushed ~10 s and ~20 s back.
    assert sorted(round(s, -1) for s in sleeps.calls) == [10.0, 20.0]


def test_concurrent_fetch_beats_serial_time(
    db: sqlite_utils.Database, client: httpx.Client
) -> None:
    with FakeServer(latency=0.2, synthetic_sections=True) as slow:
        ids = [f"usc:5:{n}" for n in range(1, 13)]
        started = time.monotonic()
        report = fetch_sources(
            ids,
            db=db,
            client=client,
            config=slow.config(),
            policy=fast_policy(host_concurrency=6, workers=12),
        )
        elapsed = time.monotonic() - started
    assert report.fetched == 12
    assert elapsed < 0.5 * 12 * 0.2  # serial would take 2.4 s


# --- several processes, interrupted runs -----------------------------------------------------

CHILD = textwrap.dedent(
    """
    import sys
    from linker.config import Config
    from linker.fetch import Policy, fetch_sources, make_client
    from linker.store import open_cache
    origin, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    env = {v: origin for v in ("LINKER_USCODE_URL", "LINKER_CONSTITUTION_URL")}
    cfg = Config.from_env(env)
    ids = [f"usc:5:{i}" for i in range(1, n + 1)] + ["const:amendment:1"]
    with make_client() as client:
        r = fetch_sources(ids, db=open_cache(path), client=client, config=cfg,
                          policy=Policy(min_interval=0, service_intervals=(), host_concurrency=2,
                                        workers=2))
    print(r.summary())
    sys.exit(1 if r.failures else 0)
    """
)


def _child(origin: str, path: Path, n: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, origin, str(path), str(n)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def test_two_processes_share_one_cache(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    with FakeServer(latency=0.02, synthetic_sections=True) as s:
        procs = [_child(s.origin, path, 8), _child(s.origin, path, 8)]
        outs = [p.communicate(timeout=60) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert out.startswith("9 sources:") and "0 failed" in out
    db = store.open_cache(path)
    assert rows(db, "sources") == 9
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_killed_run_leaves_a_cache_the_next_run_uses(
    tmp_path: Path, client: httpx.Client
) -> None:
    path = tmp_path / "killed.sqlite"
    with FakeServer(latency=0.15, synthetic_sections=True) as s:
        proc = _child(s.origin, path, 40)
        deadline = time.monotonic() + 20
        done = 0
        while time.monotonic() < deadline and done < 3:
            time.sleep(0.05)
            if path.exists():
                try:
                    probe = sqlite_utils.Database(path)
                    done = rows(probe, "sources") if "sources" in probe.table_names() else 0
                    probe.close()
                except Exception:
                    done = 0
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=10)
        assert 3 <= done < 41
        db = store.open_cache(path)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        cached = rows(db, "sources")
        ids = [f"usc:5:{i}" for i in range(1, 41)] + ["const:amendment:1"]
        cfg = replace(s.config())
        report = fetch_sources(
            ids, db=db, client=client, config=cfg, policy=fast_policy(host_concurrency=8, workers=8)
        )
    assert report.failed == 0
    assert report.from_cache >= cached >= 3
    assert report.fetched + report.from_cache == 40 and report.packaged == 1


def test_attach_sources_fills_the_page_authorities(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    from linker.fetch import attach_sources
    from linker.models import Article, Authority, LinkedArticle, Mention

    text = "Trump cited 10 U.S.C. 12406 and 10 U.S.C. 99999."
    ms = (
        Mention(12, 27, "10 U.S.C. 12406", "statute", authority="usc:10:12406"),
        Mention(32, 47, "10 U.S.C. 99999", "statute", authority="usc:10:99999"),
    )
    auths = {
        m.authority: Authority(m.authority, "statute", m.authority, "https://law/x")
        for m in ms
        if m.authority
    }
    linked = LinkedArticle(Article("a.txt", text), ms, auths)
    out, report = attach_sources(linked, db=db, client=client, config=srv.config())
    good, bad = out.authorities["usc:10:12406"], out.authorities["usc:10:99999"]
    # The page shows the fetched source's title and text; the missing one says why, still links.
    assert good.source is not None and good.title.startswith("10 U.S.C. § 12406 — National")
    assert bad.source is None and bad.error == "10 U.S.C. § 99999 is not on uscode.house.gov"
    assert bad.url == "https://law/x"
    assert out.warnings == ("could not fetch usc:10:99999: " + bad.error,)
    assert report.summary().startswith("2 sources: 1 fetched, 0 from cache, 1 failed")
    # The cache records which article mentioned which authority.
    assert rows(db, "article_mentions") == 2


def test_cache_commands(srv: FakeServer, tmp_path: Path, client: httpx.Client) -> None:
    import io
    import json

    path = tmp_path / "c.sqlite"
    run(["usc:10:252", "usc:10:253"], store.open_cache(path), client, srv.config())
    out = io.StringIO()
    assert store.run_cache_command("stats", path, out=out) == 0
    assert "sources: 2\n" in out.getvalue()
    assert "sources_by_service: uscode.house.gov 2" in out.getvalue()
    out = io.StringIO()
    store.run_cache_command("export", path, out=out)
    exported = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [e["authority"] for e in exported] == ["usc:10:252", "usc:10:253"]
    db = store.open_cache(path)
    _age(db, 10)
    db.execute("UPDATE raw SET checked_at = '2099-01-01T00:00:00Z' WHERE url LIKE '%section253%'")
    db.close()
    out = io.StringIO()
    store.run_cache_command("prune", path, older_than_days=5, out=out)
    # § 252's response and its source went; § 253 (checked recently) stays.
    assert out.getvalue() == "pruned 2 rows not checked for 5 days\n"
    assert [s["authority"] for s in store.export_sources(store.open_cache(path))] == ["usc:10:253"]
