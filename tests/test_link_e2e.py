"""`linker link` end to end against local stand-ins for the real services.

The U.S. Code, Constitution and other sources come from ``fakeservers.FakeServer``; the
CourtListener search holds the Oregon National Guard docket among distractors (the server of
``test_resolve_rulings``). What a user sees: the ruling linked to its docket, the act's text
in the preview, and a second run that makes no request at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakeservers import FakeServer
from test_resolve_rulings import _Handler, server  # noqa: F401  (fixture)

from linker.cli import main

SEED = (
    "Trump has faced other setbacks. A federal judge in Oregon blocked Trump’s bid to deploy "
    "troops in Portland, saying his descriptions of an emergency there were false and that the "
    "US is a “nation of Constitutional law, not martial law”.\n"
    "Trump says he could invoke the rarely used Insurrection Act to force deployments of troops "
    "around the country if courts or local officials are “holding us up”.\n"
)


@pytest.fixture
def services(server: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeServer]:  # noqa: F811
    with FakeServer(synthetic_sections=True) as fake:
        for var in (
            "LINKER_USCODE_URL",
            "LINKER_FEDREG_URL",
            "LINKER_CONGRESS_URL",
            "LINKER_ECFR_URL",
            "LINKER_GOVINFO_URL",
            "LINKER_CONSTITUTION_URL",
        ):
            monkeypatch.setenv(var, fake.origin)
        monkeypatch.setenv("LINKER_COURTLISTENER_URL", server)
        monkeypatch.setenv("LINKER_CACHE", str(tmp_path / "cache.sqlite"))
        monkeypatch.delenv("LINKER_OFFLINE", raising=False)
        monkeypatch.setenv("COURTLISTENER_TOKEN", "test-token-0123")
        monkeypatch.setenv("LINKER_COURTLISTENER_LIMITS", "1000/min")
        yield fake


def _run(article: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    assert (
        main(["link", str(article), "--format", "json", "-o", str(out), "--date", "2025-10-08"])
        == 0
    )
    captured = capsys.readouterr()
    assert captured.out.strip().splitlines()[-1] == str(out)
    return json.loads(out.read_text(encoding="utf-8"))


def test_link_resolves_ruling_and_fetches_source_then_reuses_cache(
    services: FakeServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(SEED, encoding="utf-8")
    data = _run(article, tmp_path / "one.json", capsys)

    ruling = next(m for m in data["mentions"] if m["kind"] == "ruling")
    assert ruling["court"] == "ord"
    assert ruling["authority"] == "cl:docket:71481149"
    assert ruling["url"].startswith("https://www.courtlistener.com/docket/71481149/")
    act = next(m for m in data["mentions"] if m["text"] == "Insurrection Act")
    source = data["authorities"][act["authority"]]
    assert source["fetched_at"] and source["snippet"]
    assert source["url"].startswith("https://")  # the public origin, not the local server

    requests_before = services.count() + len(_Handler.requests)
    again = _run(article, tmp_path / "two.json", capsys)
    assert services.count() + len(_Handler.requests) == requests_before  # nothing new asked
    assert again["mentions"] == data["mentions"]


def test_offline_link_touches_nothing_and_says_so(
    services: FakeServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(SEED, encoding="utf-8")
    assert main(["link", str(article), "--offline", "-o", str(tmp_path / "p.html")]) == 0
    err = capsys.readouterr().err
    assert services.count() == 0 and _Handler.requests == []
    assert "offline" in err and err.count("\n") <= 2
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert 'data-court="ord"' in page or "ord" in page


def test_case_name_without_citation_is_found_online_once(
    services: FakeServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import test_resolve_rulings as trr

    recent = {
        "absolute_url": "/opinion/11111111/noem-v-vasquez-perdomo/",
        "caseName": "Noem v. Vasquez Perdomo",
        "citeCount": 4,
        "cluster_id": 11111111,
        "court_id": "scotus",
        "dateFiled": "2025-09-08",
        "docket_id": 9,
        "opinions": [],
    }
    monkeypatch.setattr(trr, "OPINIONS", [*trr.OPINIONS, recent])
    article = tmp_path / "stops.txt"
    article.write_text(
        "In Noem v. Vasquez Perdomo, the justices let roving patrols resume in Los Angeles. "
        "Critics of Noem v. Vasquez Perdomo say it licenses racial profiling.\n",
        encoding="utf-8",
    )
    data = _run(article, tmp_path / "stops.json", capsys)
    cases = [m for m in data["mentions"] if m["kind"] == "case"]
    assert len(cases) == 2
    assert {m["authority"] for m in cases} == {"cl:cluster:11111111"}
    assert all(
        m["url"].startswith("https://www.courtlistener.com/opinion/11111111/") for m in cases
    )
    searches = [q for q in _Handler.requests if q.get("type") == ["o"]]
    assert len(searches) == 1  # one search per distinct name


def test_the_lawsuit_links_to_the_docket_the_ruling_was_found_in(
    services: FakeServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "suit.txt"
    article.write_text(
        SEED.replace(
            "Trump says",
            "Oregon and Portland filed the lawsuit after the Guard was federalized.\nTrump says",
        ),
        encoding="utf-8",
    )
    data = _run(article, tmp_path / "suit.json", capsys)
    suit = next(m for m in data["mentions"] if m["text"] == "the lawsuit")
    assert suit["kind"] == "case" and suit["authority"] == "cl:docket:71481149"
    assert suit["anaphor"] is True


def test_offline_the_lawsuit_stays_plain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINKER_CACHE", str(tmp_path / "c.sqlite"))
    article = tmp_path / "suit.txt"
    article.write_text(
        SEED + "Oregon and Portland filed the lawsuit in September.\n", encoding="utf-8"
    )
    assert main(["scan", str(article), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert not any(m["text"] == "the lawsuit" for m in data["mentions"])


def test_without_a_token_no_courtlistener_request_and_the_page_says_why(
    services: FakeServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("COURTLISTENER_TOKEN")
    article = tmp_path / "seed.txt"
    article.write_text(SEED + "It cited Obergefell v. Hodges, 576 U.S. 644 (2015).\n", "utf-8")
    out = tmp_path / "p.html"
    assert main(["link", str(article), "-o", str(out), "--date", "2025-10-08"]) == 0
    err = capsys.readouterr().err
    assert _Handler.requests == [] and services.count("/api/rest/v4/") == 0
    assert err.count("COURTLISTENER_TOKEN") == 1  # said once
    page = out.read_text(encoding="utf-8")
    assert page.count("COURTLISTENER_TOKEN") == 1 and "courtlistener.com/help/api" in page


def test_offline_never_fetches_an_article_url(
    services: FakeServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = services.origin.replace("http://", "http://user:secret@") + "/article.html"
    assert main(["link", url, "--offline", "-o", str(tmp_path / "p.html")]) == 2
    err = capsys.readouterr().err
    assert services.count() == 0 and "--offline" in err and "secret" not in err


def test_a_trickling_service_cannot_hang_a_run(
    services: FakeServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.fail("/view.xhtml", "trickle", times=20, every=0.2, ctype="text/html")
    monkeypatch.setenv("LINKER_NETWORK_BUDGET", "3")
    article = tmp_path / "seed.txt"
    article.write_text(SEED, encoding="utf-8")
    out = tmp_path / "p.html"
    assert main(["link", str(article), "-o", str(out), "--date", "2025-10-08"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "could not fetch usc:" in page  # the page says what could not be fetched
    assert "failed" in capsys.readouterr().err
