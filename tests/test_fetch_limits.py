"""Real limits against hostile and throttling stand-ins (issue 11).

Each test runs the real client against ``fakeservers.FakeServer``: a server that trickles one
byte a second, a gzip bomb, a bot-wall page, redirects to ``javascript:``, CourtListener's
throttles (``Retry-After`` and ``wait_until``) and its 401 to anonymous requests. No timed
assertion: a test that hung would fail by the suite's own timeout; what is checked is what the
user sees (the report, the page's notes) and what the cache holds.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlite_utils
from fakeservers import FakeServer, Sleeps, fast_policy

from linker import store
from linker.config import Config, parse_limits
from linker.fetch import (
    FetchReport,
    Http,
    fetch_sources,
    make_bounded_client,
    make_client,
    user_agent,
)
from linker.searchcache import Searcher

SEC = "/view.xhtml"
CL = "/api/rest/v4/"


@pytest.fixture
def srv() -> Iterator[FakeServer]:
    with FakeServer(synthetic_sections=True) as s:
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
    **kw: Any,
) -> FetchReport:
    policy = kw.pop("policy", fast_policy())
    return fetch_sources(
        ids, db=db, client=client, config=config, policy=policy, sleep=Sleeps(), **kw
    )


def rows(db: sqlite_utils.Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# --- time ------------------------------------------------------------------------------------


def test_a_trickling_server_cannot_stretch_a_request(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    # One byte every 0.2 s, for ever: each read is quick, so only a deadline ends it.
    srv.fail(SEC, "trickle", times=10, every=0.2)
    policy = fast_policy(deadline=1.0, network_budget=3.0, retries=1)
    report = run(["usc:10:252", "usc:10:253"], db, client, srv.config(), policy=policy)
    assert set(report.failures) == {"usc:10:252", "usc:10:253"}
    assert all("timed out" in why or "budget" in why for why in report.failures.values())
    assert rows(db, "raw") == 0


def test_the_run_budget_stops_later_requests(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "trickle", times=50, every=0.2)
    policy = fast_policy(deadline=1.0, network_budget=1.5, retries=0, workers=1)
    ids = [f"usc:10:{n}" for n in range(250, 256)]
    report = run(ids, db, client, srv.config(), policy=policy)
    assert report.failed == 6
    # a host that misses its deadline twice, or a spent budget, stops the rest
    assert any("budget" in why or "too slow" in why for why in report.failures.values())
    assert srv.count() < 6  # the later ones were never sent


def test_a_long_retry_after_is_not_sat_out(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "429", retry_after=120)
    sleeps = Sleeps()
    report = fetch_sources(
        ["usc:10:252"], db=db, client=client, config=srv.config(), policy=fast_policy(),
        sleep=sleeps,
    )  # fmt: skip
    assert report.failures["usc:10:252"].startswith("rate limited by 127.0.0.1 until ")
    assert sleeps.calls == []


def test_an_unreachable_host_is_noticed_once(
    db: sqlite_utils.Database, client: httpx.Client
) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = Config.from_env({"LINKER_USCODE_URL": f"http://127.0.0.1:{port}"})
    http = Http(client, cfg, fast_policy(workers=1), db=db, sleep=Sleeps())
    report = fetch_sources(
        [f"usc:10:{n}" for n in range(250, 256)], db=db, client=client, config=cfg, http=http
    )
    assert report.failed == 6
    assert http.requests_made == 1  # the first failure marks the host unreachable
    assert sum("unreachable earlier" in why for why in report.failures.values()) >= 4


# --- size ------------------------------------------------------------------------------------


def test_a_gzip_bomb_stops_at_the_cap_without_the_memory(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "gzipbomb", times=5, mb=200, ctype="text/html")
    tracemalloc.start()
    try:
        report = run(
            ["usc:10:252"], db, client, srv.config(), policy=fast_policy(max_bytes=5_000_000)
        )
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "too large" in report.failures["usc:10:252"]
    assert peak < 40_000_000  # 200 MB decompressed would need far more
    assert rows(db, "raw") == 0


def test_article_clients_are_bounded_too(srv: FakeServer) -> None:
    srv.fail("/page", "gzipbomb", mb=100, ctype="text/html")
    with (
        make_bounded_client(max_bytes=2_000_000) as c,
        pytest.raises(httpx.HTTPError, match="too large"),
    ):
        c.get(srv.origin + "/page")
    srv.fail("/page", "trickle", every=0.2, ctype="text/html")
    with make_bounded_client(deadline=1.0) as c, pytest.raises(httpx.TimeoutException):
        c.get(srv.origin + "/page")
    srv.fail("/page", "redirect", location="javascript:alert(1)")
    with make_bounded_client() as c, pytest.raises(httpx.HTTPError, match="javascript"):
        c.get(srv.origin + "/page")


@pytest.mark.parametrize(
    "location", ["javascript:alert(1)", "data:text/html,hi", "ftp://127.0.0.1/x", "http://[::1"]
)
def test_odd_redirects_are_one_line_failures(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client, location: str
) -> None:
    srv.fail(SEC, "redirect", location=location)
    report = run(["usc:10:252"], db, client, srv.config())
    why = report.failures["usc:10:252"]
    assert "redirect" in why and "\n" not in why


# --- answers that are not answers -------------------------------------------------------------


def test_a_bot_wall_is_a_failure_for_every_source(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    srv.fail(SEC, "botwall", code=200)
    report = run(["usc:10:252"], db, client, srv.config())
    assert "bot-check page" in report.failures["usc:10:252"]
    assert rows(db, "raw") == 0
    srv.fail("/api/v1/", "botwall", code=403)
    report = run(["eo:14336"], db, client, srv.config())
    assert "403" in report.failures["eo:14336"]


def test_the_constitution_needs_no_request(srv: FakeServer, db: sqlite_utils.Database) -> None:
    ids = ["const:amendment:14:section:1", "const:article:1:section:8:clause:3", "const:article:2"]
    report = run(ids, db, None, srv.config(), offline=True)
    assert report.packaged == 3 and not report.failures and srv.count() == 0
    equal = report.sources["const:amendment:14:section:1"]
    assert "equal protection of the laws" in (equal.text or "")
    assert equal.url == "https://constitution.congress.gov/browse/amendment-14/#14_S1"
    assert (report.sources["const:article:1:section:8:clause:3"].text or "").startswith(
        "To regulate Commerce with foreign Nations"
    )
    assert "const:amendment:28" in run(["const:amendment:28"], db, None, srv.config()).skipped


# --- CourtListener ---------------------------------------------------------------------------


def _cl_config(srv: FakeServer, limits: str) -> Config:
    return srv.config(
        courtlistener_token="tok-0123456789", courtlistener_limits=parse_limits(limits, "x")
    )


def test_the_courtlistener_budget_holds_across_runs(tmp_path: Path, client: httpx.Client) -> None:
    ids = [f"cl:docket:{n}" for n in range(1, 8)]
    with FakeServer(cl_limits=((60.0, 3),)) as s:
        cfg = _cl_config(s, "3/min,50/hour,125/day")
        first = run(ids, store.open_cache(tmp_path / "c.sqlite"), client, cfg)
        second = run(ids, store.open_cache(tmp_path / "c.sqlite"), client, cfg)
        sent = s.count(CL)
    assert sent == 3  # the minute window allows three, across both runs
    for report in (first, second):
        spent = [w for w in report.failures.values() if "budget spent" in w]
        assert spent and not any("not found at" in w for w in spent)
    assert any("CourtListener request budget spent (3 a minute" in n for n in second.notes)


def test_a_throttle_is_reported_as_rate_limited_and_remembered(
    tmp_path: Path, client: httpx.Client
) -> None:
    ids = ["cl:docket:1", "cl:docket:2", "cl:docket:3"]
    with FakeServer(cl_limits=((3600.0, 1),)) as s:
        cfg = _cl_config(s, "100/min")  # linker's own budget does not know the account's
        first = run(ids, store.open_cache(tmp_path / "c.sqlite"), client, cfg)
        second = run(ids, store.open_cache(tmp_path / "c.sqlite"), client, cfg)
        sent = s.count(CL)
    # one allowed, one throttled (hour-long: no more this run), none in the next run
    assert sent == 2
    assert sum("rate limited by CourtListener" in w for w in first.failures.values()) == 2
    for aid in ("cl:docket:2", "cl:docket:3"):  # (docket 1 answered 404: remembered)
        assert "asked linker to wait until" in second.failures[aid]
    assert any("no further CourtListener requests" in n for n in first.notes)


def test_a_throttled_citation_lookup_waits_until(srv: FakeServer, db: sqlite_utils.Database,
                                                 client: httpx.Client) -> None:  # fmt: skip
    srv.fail(CL + "citation-lookup/", "429", wait_until=3600)
    cfg = _cl_config(srv, "100/min")
    report = run(["cite:576:us:644", "cite:135:sct:2584"], db, client, cfg)
    assert all(
        w.startswith("rate limited by CourtListener until") for w in report.failures.values()
    )
    assert rows(db, "raw") == 0 and rows(db, "fetch_errors") == 0


def test_searches_share_the_budget_and_report_throttles(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    cfg = _cl_config(srv, "2/min")
    http = Http(client, cfg, fast_policy(), db=db, sleep=Sleeps())
    searcher = Searcher(db, http, cfg)
    url = srv.origin + CL + "search/"
    for q in ("a", "b", "c"):
        searcher.search_results(url, {"type": "o", "q": q})
    assert srv.count(CL) == 2
    assert any("rate limited" in p or "budget spent" in p for p in searcher.problems)
    # a cached answer needs no request, even with the budget spent
    srv.reset_counts()
    assert Searcher(db, http, cfg).search_results(url, {"type": "o", "q": "a"}) == []
    assert srv.count() == 0


def test_a_malformed_search_answer_is_never_cached(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    cfg = _cl_config(srv, "100/min")
    srv.fail(CL + "search/", "badjson")
    http = Http(client, cfg, fast_policy(), db=db, sleep=Sleeps())
    url = srv.origin + CL + "search/"
    searcher = Searcher(db, http, cfg)
    assert searcher.search_results(url, {"q": "x"}) == []
    assert searcher.problems and rows(db, "raw") == 0
    # a later run, even offline, does not crash on it
    assert Searcher(db, None, cfg, offline=True).search_results(url, {"q": "x"}) == []


def test_without_a_token_no_search_is_sent(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    cfg = srv.config()
    searcher = Searcher(db, Http(client, cfg, fast_policy(), db=db), cfg)
    assert searcher.search_results(srv.origin + CL + "search/", {"q": "x"}) == []
    assert srv.count() == 0 and searcher.not_sent == 1


# --- the Federal Register --------------------------------------------------------------------


def test_federal_register_lookups_use_the_api_filters(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    report = run(["eo:14336", "eo:10340", "fr:90:40224"], db, client, srv.config())
    assert not report.failures
    # a pre-1994 order is found (include_pre_1994_docs) and links to its own page
    old = report.sources["eo:10340"]
    assert old.url == "https://www.federalregister.gov/citation/17-FR-3139"
    assert report.sources["eo:14336"].url.startswith("https://www.federalregister.gov/documents/")
    assert report.sources["fr:90:40224"].title.startswith("Executive Order 14336") or (
        "14336" in (report.sources["fr:90:40224"].citation or "")
        or report.sources["fr:90:40224"].citation == "90 FR 40223"
    )
    paths = [r.path for r in srv.requests]
    assert any("executive_order_numbers" in p and "include_pre_1994_docs=true" in p for p in paths)
    assert any(p.startswith("/api/v1/documents/90%20FR%2040224.json") for p in paths)
    missing = run(["fr:90:1"], db, client, srv.config())
    assert "not found" in missing.failures["fr:90:1"]


# --- secrets and manners ---------------------------------------------------------------------


def test_credentials_echoed_back_are_not_stored(
    srv: FakeServer, tmp_path: Path, client: httpx.Client
) -> None:
    path = tmp_path / "c.sqlite"
    db = store.open_cache(path)
    cfg = _cl_config(srv, "100/min")
    srv.fail(CL + "search/", "echo")
    searcher = Searcher(db, Http(client, cfg, fast_policy(), db=db), cfg)
    searcher.search_results(srv.origin + CL + "search/", {"q": "x"})
    assert rows(db, "raw") == 1
    db.close()
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"tok-0123456789" not in blob and b"[redacted]" in blob


def test_the_user_agent_names_linker_and_the_contact(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    cfg = srv.config(contact="newsroom@example.org")
    run(["usc:10:252"], db, client, cfg)
    ua = srv.requests[0].headers["user-agent"]
    assert ua == user_agent(cfg) and ua.startswith("linker/") and "newsroom@example.org" in ua
    assert json.loads(json.dumps(ua))  # plain ASCII


def test_credentials_in_an_article_url_stay_out_of_the_page_and_cache(
    srv: FakeServer, tmp_path: Path, client: httpx.Client
) -> None:
    from linker.fetch import redact_url
    from linker.models import Article
    from linker.pipeline import link_article

    assert redact_url("https://u:p@ex.com/a?b=1") == "https://ex.com/a?b=1"
    path = tmp_path / "c.sqlite"
    db = store.open_cache(path)
    art = Article("https://reader:hunter2@news.example/story", "Under 10 U.S.C. 252, he acted.")
    linked, _ = link_article(art, db=db, client=client, config=srv.config())
    assert linked.article.source == "https://news.example/story"
    db.close()
    assert b"hunter2" not in b"".join(p.read_bytes() for p in tmp_path.iterdir())


def test_the_budget_is_spent_on_the_most_important_ids_first(
    srv: FakeServer, db: sqlite_utils.Database, client: httpx.Client
) -> None:
    cfg = _cl_config(srv, "1/min")
    ids = ["cl:docket:1", "cl:docket:2", "cl:docket:3"]
    report = run(ids, db, client, cfg, priority={"cl:docket:3": 0, "cl:docket:1": 1})
    asked = [r.path for r in srv.requests if r.path.startswith(CL)]
    assert asked == ["/api/rest/v4/dockets/3/"]
    assert "budget spent" in report.failures["cl:docket:1"]


def test_the_popular_name_table_download_is_bounded(srv: FakeServer) -> None:
    from linker.errors import FetchError
    from linker.popular_names import PATH, fetch_popular_names_html

    srv.fail(PATH, "trickle", every=0.2, ctype="text/html")
    with make_bounded_client(deadline=1.0) as c, pytest.raises(FetchError):
        fetch_popular_names_html(c, srv.origin)
    srv.fail(PATH, "gzipbomb", mb=100, ctype="text/html")
    with make_bounded_client(max_bytes=5_000_000) as c, pytest.raises(FetchError):
        fetch_popular_names_html(c, srv.origin)


def test_a_warm_second_run_makes_no_request(tmp_path: Path, client: httpx.Client) -> None:
    from linker.models import Article
    from linker.pipeline import link_article

    text = (
        "The order, Executive Order 14336 (90 FR 40223), relied on 10 U.S.C. 12406 and 8 C.F.R. "
        "287.8. The court cited Obergefell v. Hodges, 576 U.S. 644 (2015), and 1 U.S. 200, "
        "and the First Amendment. A federal judge in Oregon blocked the deployment on Saturday."
    )
    with FakeServer(synthetic_sections=True) as s:
        cfg = _cl_config(s, "100/min")
        db = store.open_cache(tmp_path / "c.sqlite")
        art = Article("a.txt", text, date="2025-10-08")
        first, r1 = link_article(art, db=db, client=client, config=cfg)
        assert r1.fetched >= 4 and r1.failed == 1 and s.count() > 0  # 1 U.S. 200: not found
        s.reset_counts()
        second, r2 = link_article(art, db=db, client=client, config=cfg)
        assert s.count() == 0 and r2.requests == 0
    assert second.mentions == first.mentions
