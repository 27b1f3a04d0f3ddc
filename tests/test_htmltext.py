"""HTML → plain text with a map back to the markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from linker.htmltext import extract, parse, text_nodes

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "title", "date", "byline", "first", "last"),
    [
        (
            "wire_story.html",
            "Judge weighs whether Guard deployment broke the Posse Comitatus Act",
            "2025-08-11",
            "Jane Reporter",
            "SAN FRANCISCO (Wire) — A federal judge",
            "said a lawyer for the state, Rob Bonta.",
        ),
        (
            "local_tv_wordpress.html",
            "What the Alien Enemies Act says, and why courts keep blocking it",
            "2025-03-18",
            "Sam Anchor",
            "What the Alien Enemies Act says, and why courts",
            "Supreme Court order",
        ),
        (
            "national_daily.html",
            "Supreme Court Limits Nationwide Injunctions in Birthright Case",
            "2025-06-27",
            "Alex Court, Pat Clerk",
            "WASHINGTON — The Supreme Court on Friday",
            "for the statute text, and our explainer.",
        ),
    ],
)
def test_article_body_and_metadata(
    name: str, title: str, date: str, byline: str, first: str, last: str
) -> None:
    ex = extract(read(name))
    assert (ex.title, ex.date, ex.byline) == (title, date, byline)
    assert ex.text.startswith(first)
    assert ex.text.endswith(last)


@pytest.mark.parametrize(
    "furniture",
    [
        "Politics",
        "Advertisement",
        "Share on X",
        "More from Wire News",
        "All rights reserved",
        "dataLayer",
        "Trending",
        "Share this",
        "Tagged",
        "KXYZ 7 · An affiliate",
        "Sign up for",
        "pwned",
        "body { display",
        "Weather alert",
        "By Sam Anchor",
    ],
)
def test_page_furniture_is_not_article_text(furniture: str) -> None:
    for name in ("wire_story.html", "local_tv_wordpress.html", "national_daily.html"):
        assert furniture not in extract(read(name)).text, name


@pytest.mark.parametrize(
    "name", ["wire_story.html", "local_tv_wordpress.html", "national_daily.html"]
)
def test_every_mapped_character_comes_from_its_text_node(name: str) -> None:
    markup = read(name)
    ex = extract(markup)
    nodes = text_nodes(parse(markup))
    covered = 0
    for ts, ni, no, ln in ex.text_map.segments:
        got = ex.text[ts : ts + ln]
        src = str(nodes[ni])[no : no + ln]
        if got == " ":
            assert src.isspace()
        else:
            assert got == src
        covered += ln
    # everything but the inserted block separators is mapped
    assert covered == len(ex.text) - ex.text.count("\n")


def test_blocks_inline_tags_and_whitespace() -> None:
    ex = extract(
        "<html><body><article><h1>Head  line</h1><p>One <em>Posse\n   Comitatus</em> Act."
        "<br>Second line</p><ul><li>a</li><li>b</li></ul><p>  </p><p>End&nbsp;here</p>"
        "</article></body></html>"
    )
    assert ex.text == "Head line\n\nOne Posse Comitatus Act.\nSecond line\n\na\n\nb\n\nEnd here"


def test_split_mention_maps_to_two_nodes() -> None:
    markup = "<article><p>the <em>Posse Comitatus</em> Act says</p></article>"
    ex = extract(markup)
    start = ex.text.index("Posse Comitatus Act")
    end = start + len("Posse Comitatus Act")
    touched = {ni for ts, ni, _no, ln in ex.text_map.segments if ts < end and ts + ln > start}
    nodes = text_nodes(parse(markup))
    assert sorted(str(nodes[i]) for i in touched) == [" Act says", "Posse Comitatus"]


def test_without_an_article_element_the_body_is_used() -> None:
    ex = extract("<html><body><nav>Menu</nav><div><p>Only text.</p></div></body></html>")
    assert ex.text == "Only text."


def test_hidden_content_is_skipped() -> None:
    ex = extract(
        '<article><p>Shown.</p><p hidden>Hidden.</p><div style="display: none">Gone.</div>'
        '<span aria-hidden="true">Icon</span></article>'
    )
    assert ex.text == "Shown."
