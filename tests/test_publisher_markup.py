"""Mentions and the publisher's markup: names split by inline markup are one mention, a phrase
split around a publisher's link is one mention in adjacent pieces, and a mention inside a
publisher's link is counted and reachable like any other (links never nest)."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from linker.cli import main

PAGE = """<html><head><link rel=canonical href="https://news.example/2025/story.html"></head>
<body><article><h1>Guard</h1><p>He cited <a href="/topics/insurrection-act">the Insurrection
Act</a> and the Posse <em>Comitatus</em> Act, as <a href="https://example.org/x">a federal judge
in Oregon</a> blocked Trump's bid to deploy troops in Portland.</p></article></body></html>"""


def _page(tmp_path: Path) -> BeautifulSoup:
    src = tmp_path / "story.html"
    src.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.html"
    assert (
        main(["link", str(src), "--offline", "-o", str(out), "--cache", str(tmp_path / "c")]) == 0
    )
    return BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")


def test_every_mention_counted_has_a_target_and_a_jump(tmp_path: Path) -> None:
    soup = _page(tmp_path)
    header = soup.find("header")
    assert isinstance(header, Tag)
    m = re.search(r"(\d+) mentions?", header.get_text(" "))
    assert m is not None
    count = int(m.group(1))
    targets = {
        t["id"] for t in soup.select("#article-text [id]") if re.fullmatch(r"m\d+", str(t["id"]))
    }
    jumps = {str(a["href"])[1:] for a in soup.select("#toa a[href^='#m']")}
    assert count == 3 and len(targets) == count and jumps == targets


def test_links_never_nest_and_the_publisher_link_stays(tmp_path: Path) -> None:
    soup = _page(tmp_path)
    body = soup.find(id="article-text")
    assert isinstance(body, Tag)
    for a in body.find_all("a"):
        assert a.find("a") is None and not any(p.name == "a" for p in a.parents)
    hrefs = [a["href"] for a in body.find_all("a")]
    assert "https://news.example/topics/insurrection-act" in hrefs  # resolved, not dropped
    inside = body.find("span", class_="lk-in")
    assert isinstance(inside, Tag) and " ".join(inside.get_text().split()) == "Insurrection Act"


def test_a_name_split_by_inline_markup_is_one_mention(tmp_path: Path) -> None:
    soup = _page(tmp_path)
    pieces = soup.select("#article-text a.lk[data-mention='m1']")
    assert "".join(p.get_text() for p in pieces) == "Posse Comitatus Act"
    assert [p.get("tabindex") for p in pieces] == [None, "-1", "-1"]  # one tab stop


def test_a_phrase_split_around_a_publisher_link_is_one_mention(tmp_path: Path) -> None:
    soup = _page(tmp_path)
    marked = soup.select("#article-text [data-mention='m2']")
    text = " ".join(" ".join(p.get_text() for p in marked).split())
    assert text == "a federal judge in Oregon blocked Trump's bid to deploy troops in Portland"
    links = [p for p in marked if p.name == "a"]
    assert links and links[0].get("tabindex") is None  # reachable from the keyboard
