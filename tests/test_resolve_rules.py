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

# A rule linker's table does not have (the CFPB's June 2024 rule on standard-setting bodies
# for open banking), named as news names such rules: by agency and words.
CFPB_RULE = (
    "Banks are studying the Consumer Financial Protection Bureau's new rule on industry "
    "standard-setting, published in June."
)
FIXTURE = Path(__file__).parent / "fixtures" / "federalregister" / "rule_2024-12658.json"
SLUG = "consumer-financial-protection-bureau"
TERMS = "industry standard-setting"


def _rule_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    doc.pop("_about")
    return doc


def _searched(text: str, date: str) -> Mention:
    (m,) = [m for m in mentions(text, date) if m.kind == "regulation"]
    return m


def test_an_agency_rule_the_table_lacks_gets_a_search_by_agency_and_words() -> None:
    m = _searched(CFPB_RULE, "2024-07-01")
    assert m.authority is None
    assert m.text == (
        "the Consumer Financial Protection Bureau's new rule on industry standard-setting"
    )
    q = parse_qs(urlsplit(m.url or "").query)
    assert q["conditions[agencies][]"] == [SLUG]
    assert q["conditions[type][]"] == ["RULE"]
    assert q["conditions[term]"] == [TERMS]
    assert query_of(m) == (TERMS, SLUG)


def test_no_words_to_search_by_means_no_mention() -> None:
    assert not [m for m in mentions("The SEC's rule was challenged.", "2023-09-01")]


def test_the_table_row_wins_over_a_search() -> None:
    m = _searched("The Labor Department's rule on overtime pay was blocked.", "2024-11-15")
    assert m.authority == "fr:89:32842" and m.url is None


def test_pick_takes_the_one_final_rule_the_words_describe() -> None:
    doc = _rule_doc()
    day = "2024-07-01"
    assert pick([doc], TERMS, SLUG, day) == doc
    assert pick([doc], TERMS, SLUG, "2024-01-01") is None  # printed 5 months later
    assert pick([doc], "industry overdraft fees", SLUG, day) is None  # not every word
    assert pick([doc], TERMS, "federal-trade-commission", day) is None
    assert pick([{**doc, "type": "Proposed Rule"}], TERMS, SLUG, day) is None
    fix = {**doc, "title": f"{doc['title']}; Correction", "start_page": 52000}
    assert pick([doc, fix], TERMS, SLUG, day) == doc  # a correction is not the rule
    other = {**doc, "title": "Industry Standard-Setting for Payments", "start_page": 60000}
    assert pick([doc, other], TERMS, SLUG, day) is None  # two rules: no guess


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client() as c:
        yield c


def test_online_the_search_finds_the_rule_once_and_then_the_cache_answers(
    tmp_path: Path, client: httpx.Client
) -> None:
    art = Article("a.txt", CFPB_RULE, date="2024-07-01")
    with FakeServer() as fake:
        db = store.open_cache(tmp_path / "c.sqlite")
        linked, _ = link_article(art, db=db, client=client, config=fake.config())
        (m,) = [m for m in linked.mentions if m.kind == "regulation"]
        assert m.authority == "fr:89:49084"
        assert m.name == (
            "Required Rulemaking on Personal Financial Data Rights; Industry Standard-Setting"
        )
        assert (m.url or "").startswith("https://")  # the public link, not the local server
        searches = [r.path for r in fake.requests if r.path.startswith("/api/v1/documents.json")]
        assert len(searches) == 1
        q = parse_qs(urlsplit(searches[0]).query)
        assert q["conditions[publication_date][lte]"] == ["2024-09-29"]
        assert "volume" in q["fields[]"] and "start_page" in q["fields[]"]
        fake.reset_counts()
        again, _ = link_article(art, db=db, client=client, config=fake.config())
        assert not [r for r in fake.requests if r.path.startswith("/api/v1/documents.json")]
        assert again.mentions == linked.mentions


def test_offline_the_mention_keeps_its_search_link(tmp_path: Path) -> None:
    art = Article("a.txt", CFPB_RULE, date="2024-07-01")
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
    art = Article("a.txt", CFPB_RULE, date="2024-07-01")
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
