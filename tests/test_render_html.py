"""The page for HTML articles: links go inside the publisher's own markup.

Golden files pin the annotated body of three publisher structures; regenerate them with
``UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_render_html.py`` and review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from renderkit import FIXTURE_MENTIONS, fixture_linked, html_article, linked

from linker.load import load_article
from linker.pipeline import scan_article
from linker.render import render_html

GOLDEN = Path(__file__).parent / "golden"
FIXTURES = sorted(FIXTURE_MENTIONS)


def body(page: str) -> Tag:
    el = BeautifulSoup(page, "html.parser").find(id="article-text")
    assert isinstance(el, Tag)
    return el


def words(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("name", FIXTURES)
def test_golden_body(name: str) -> None:
    got = body(render_html(fixture_linked(name))).decode_contents()
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FIXTURES)
def test_removing_our_links_gives_back_the_publishers_body(name: str) -> None:
    la = fixture_linked(name)
    plain = body(render_html(linked(la.article, [])))
    annotated = body(render_html(la))
    assert annotated.select("a.lk")
    for a in annotated.select("a.lk, span.lk-in"):
        a.unwrap()
    assert str(annotated) == str(plain)
    # and the visible characters are those of the extracted text (blocks aside)
    assert "".join(plain.get_text().split()) == "".join(la.article.text.split())


@pytest.mark.parametrize("name", FIXTURES)
def test_no_link_inside_a_link_code_or_script(name: str) -> None:
    b = body(render_html(fixture_linked(name)))
    for a in b.select("a.lk"):
        assert a.find_parent(["a", "code", "script", "style"]) is None
        assert not a.find("a")
    assert not b.find_all(["script", "style", "iframe", "img", "form", "nav", "footer", "aside"])
    for tag in b.find_all(True):
        for attr, value in tag.attrs.items():
            assert not attr.startswith("on"), tag
            assert attr not in ("style", "src")
            if attr == "href":
                assert re.match(r"^(https?://|#(m|toa-)\d)", str(value)), value


def test_mention_split_across_inline_tags_is_one_mention() -> None:
    b = body(render_html(fixture_linked("wire_story.html")))
    pieces = b.select('a.lk[data-mention="m0"]')
    assert [p.get_text() for p in pieces] == ["Posse Comitatus", " Act"]
    assert pieces[0].parent is not None and pieces[0].parent.name == "em"
    assert pieces[0]["id"] == "m0" and pieces[1]["id"] == "m0-2"
    assert pieces[1]["tabindex"] == "-1"  # one tab stop per mention
    assert {p["aria-describedby"] for p in pieces} == {"p0"}
    assert not pieces[0].has_attr("data-fn") and pieces[1]["data-fn"] == "1"

    nested = body(render_html(fixture_linked("national_daily.html")))
    casa = nested.select('a.lk[data-mention="m0"]')
    assert "".join(p.get_text() for p in casa) == "Trump v. CASA"
    assert [p.find_parent("em") is not None for p in casa] == [True, True]


def test_publisher_links_are_kept_and_never_wrapped() -> None:
    b = body(render_html(fixture_linked("wire_story.html")))
    existing = b.find("a", href="https://www.law.cornell.edu/uscode/text/10/12406")
    assert isinstance(existing, Tag) and existing.get_text() == "10 U.S.C. § 12406"
    assert "lk" not in (existing.get("class") or [])
    assert not existing.find("a")
    # relative links from a file have nowhere to go: the text stays, the href goes
    bonta = next(a for a in b.find_all("a") if a.get_text() == "Rob Bonta")
    assert not bonta.has_attr("href")


def test_relative_links_resolve_against_the_article_url() -> None:
    la = fixture_linked("wire_story.html", "https://news.example/2025/08/11/guard.html")
    b = body(render_html(la))
    bonta = next(a for a in b.find_all("a") if a.get_text() == "Rob Bonta")
    assert bonta["href"] == "https://news.example/people/rob-b"


def test_headings_lists_and_quotes_keep_their_structure() -> None:
    b = body(render_html(fixture_linked("local_tv_wordpress.html")))
    h1 = b.find("h1")
    assert isinstance(h1, Tag) and h1.select_one("a.lk") is not None
    anchor_heading = b.find("h2")
    assert isinstance(anchor_heading, Tag)
    assert not anchor_heading.select("a.lk")  # the heading's own anchor stays unlinked
    quote = b.find("blockquote")
    assert isinstance(quote, Tag)
    assert quote.select_one("a.lk").get_text() == "Fifth Amendment"
    assert next(li.get_text() for li in b.select("ul > li")).startswith("It was passed with the")
    assert b.select_one("ul > li a.lk").get_text() == "Sedition Act"
    # a mention inside the heading's own link is counted and has its jump like the others
    page = BeautifulSoup(render_html(fixture_linked("local_tv_wordpress.html")), "html.parser")
    entry = page.select_one("#toa li")
    assert entry is not None and "3 mentions" in entry.get_text()
    assert len(entry.select(".toa-jumps a")) == 3
    assert anchor_heading.select_one("span.lk-in") is not None


def test_page_title_comes_from_the_publisher_when_the_body_has_no_h1() -> None:
    page = BeautifulSoup(render_html(fixture_linked("national_daily.html")), "html.parser")
    head = page.select_one(".lk-head h1")
    assert head is not None
    assert head.get_text() == "Supreme Court Limits Nationwide Injunctions in Birthright Case"
    assert page.select_one(".lk-head time")["datetime"] == "2025-06-27"
    assert "Alex Court, Pat Clerk" in page.select_one(".lk-head").get_text()


def test_the_pipeline_links_inside_the_markup() -> None:
    art = load_article(str(Path(__file__).parent / "fixtures" / "html" / "wire_story.html"))
    assert art.html is not None and art.date == "2025-08-11"
    b = body(render_html(scan_article(art)))
    posse = [a for a in b.select("a.lk") if a.get("data-authority") == "usc:18:1385"]
    assert "".join(a.get_text() for a in posse[:2]) == "Posse Comitatus Act"
    assert words(b.get_text()) == words(art.text)


def test_fixture_mentions_are_where_the_table_says() -> None:
    for name in FIXTURES:
        art = html_article(name)
        for phrase, _kind, _auth, nth in FIXTURE_MENTIONS[name]:
            assert art.text.count(phrase) > nth, (name, phrase)
