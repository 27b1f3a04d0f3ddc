"""Agency rules the table does not know: a Federal Register search link offline, the rule the
documents API finds online (a local server in the real format, never the network)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fakeservers import FakeServer, shared

from conftest import mentions
from linker import store
from linker.models import Article, Mention
from linker.pipeline import link_article, scan_article
from linker.resolve_rules import pick, query_of

# Real sentences' shape (Jones Day, Aug. 2023: "the SEC adopted final rules … cybersecurity
# risk management, strategy, governance, and incident disclosure"); the SEC rule is not in
# linker's table, so only the search can find it.
SEC_CYBER = (
    "Public companies spent the summer preparing for the Securities and Exchange Commission's "
    "new rule on cybersecurity incident disclosure, which takes effect in December."
)
FIXTURE = Path(__file__).parent / "fixtures" / "federalregister" / "rule_2023-16194.json"


def _rule_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    doc.pop("_about")
    return doc


def _searched(text: str, date: str) -> Mention:
    (m,) = [m for m in mentions(text, date) if m.kind == "regulation"]
    return m


def test_an_agency_rule_the_table_lacks_gets_a_search_by_agency_and_words() -> None:
    m = _searched(SEC_CYBER, "2023-09-01")
    assert m.authority is None
    assert (
        m.text
        == "the Securities and Exchange Commission's new rule on cybersecurity incident disclosure"
    )
    q = parse_qs(urlsplit(m.url or "").query)
    assert q["conditions[agencies][]"] == ["securities-and-exchange-commission"]
    assert q["conditions[type][]"] == ["RULE"]
    assert q["conditions[term]"] == ["cybersecurity incident disclosure"]
    assert query_of(m) == (
        "cybersecurity incident disclosure",
        "securities-and-exchange-commission",
    )


def test_no_words_to_search_by_means_no_mention() -> None:
    assert not [m for m in mentions("The SEC's rule was challenged.", "2023-09-01")]


def test_the_table_row_wins_over_a_search() -> None:
    m = _searched("The Labor Department's rule on overtime pay was blocked.", "2024-11-15")
    assert m.authority == "fr:89:32842" and m.url is None


def test_pick_takes_the_one_final_rule_the_words_describe() -> None:
    doc = _rule_doc()
    terms, slug = "cybersecurity incident disclosure", "securities-and-exchange-commission"
    assert pick([doc], terms, slug, "2023-09-01") == doc
    assert pick([doc], terms, slug, "2023-01-01") is None  # printed 7 months later
    assert pick([doc], "cybersecurity broker fees", slug, "2023-09-01") is None
    assert pick([doc], terms, "federal-trade-commission", "2023-09-01") is None
    assert pick([{**doc, "type": "Proposed Rule"}], terms, slug, "2023-09-01") is None
    fix = {**doc, "title": f"{doc['title']}; Correction", "start_page": 52000}
    assert pick([doc, fix], terms, slug, "2023-09-01") == doc  # a correction is not the rule
    other = {**doc, "title": "Cybersecurity Incident Disclosure for Funds", "start_page": 60000}
    assert pick([doc, other], terms, slug, "2023-09-01") is None  # two rules: no guess


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client() as c:
        yield c


def test_online_the_search_finds_the_rule_once_and_then_the_cache_answers(
    tmp_path: Path, client: httpx.Client
) -> None:
    art = Article("a.txt", SEC_CYBER, date="2023-09-01")
    with FakeServer() as fake:
        db = store.open_cache(tmp_path / "c.sqlite")
        linked, _ = link_article(art, db=db, client=client, config=fake.config())
        (m,) = [m for m in linked.mentions if m.kind == "regulation"]
        assert m.authority == "fr:88:51896"
        assert (
            m.name == "Cybersecurity Risk Management, Strategy, Governance, and Incident Disclosure"
        )
        assert (m.url or "").startswith("https://")  # the public link, not the local server
        searches = [r.path for r in fake.requests if r.path.startswith("/api/v1/documents.json")]
        assert len(searches) == 1
        q = parse_qs(urlsplit(searches[0]).query)
        assert q["conditions[publication_date][lte]"] == ["2023-11-30"]
        assert "volume" in q["fields[]"] and "start_page" in q["fields[]"]
        fake.reset_counts()
        again, _ = link_article(art, db=db, client=client, config=fake.config())
        assert not [r for r in fake.requests if r.path.startswith("/api/v1/documents.json")]
        assert again.mentions == linked.mentions


def test_offline_the_mention_keeps_its_search_link(tmp_path: Path) -> None:
    art = Article("a.txt", SEC_CYBER, date="2023-09-01")
    db = store.open_cache(tmp_path / "c.sqlite")
    with FakeServer() as fake:
        linked, _ = link_article(art, db=db, client=None, config=fake.config(), offline=True)
        assert fake.count() == 0
    db.close()
    (m,) = [m for m in linked.mentions if m.kind == "regulation"]
    assert m.authority is None
    assert (m.url or "").startswith("https://www.federalregister.gov/documents/search?")
    assert scan_article(art).mentions == linked.mentions


def test_a_failed_search_says_so_and_keeps_the_link(tmp_path: Path, client: httpx.Client) -> None:
    art = Article("a.txt", SEC_CYBER, date="2023-09-01")
    with FakeServer() as fake:
        fake.fail("/api/v1/documents.json", "status", times=10, code=500)
        db = store.open_cache(tmp_path / "c.sqlite")
        linked, _ = link_article(art, db=db, client=client, config=fake.config())
    (m,) = [m for m in linked.mentions if m.kind == "regulation"]
    assert m.authority is None and (m.url or "").startswith("https://www.federalregister.gov/")
    assert any("Federal Register search failed" in w for w in linked.warnings)


@pytest.mark.skipif(
    shared("federalregister/documents_results_00-111.json") is None,
    reason="needs ../shared/fixtures",
)
def test_a_real_rule_object_from_the_api_is_read(tmp_path: Path, client: httpx.Client) -> None:
    """The real documents.json Rule object of ../shared/fixtures (65 FR 2323, Treasury/IRS);
    the Notice that shares its document number is not a rule."""
    text = (
        "Housing agencies must follow the Treasury Department's final rule on low-income "
        "housing credit compliance monitoring, officials said."
    )
    art = Article("a.txt", text, date="2000-02-01")
    with FakeServer() as fake:
        db = store.open_cache(tmp_path / "c.sqlite")
        linked, _ = link_article(art, db=db, client=client, config=fake.config())
    (m,) = [m for m in linked.mentions if m.kind == "regulation"]
    assert m.authority == "fr:65:2323"
