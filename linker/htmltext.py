"""Extract an article's plain text from HTML, keeping a map back to the markup.

The plain text is what the scanner reads; the ``TextMap`` lets the renderer put each link
back into the very text node it came from, so the publisher's markup survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .models import TextMap

SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "form",
     "iframe", "button", "select", "textarea", "aside"}
)
BLOCK = frozenset(
    {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
     "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption",
     "br", "hr", "dd", "dt", "dl", "address", "body", "html"}
)
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Extracted:
    text: str
    text_map: TextMap
    title: str | None
    date: str | None
    byline: str | None


def parse(html: str) -> BeautifulSoup:
    """Parse markup the same way every time (the node order is part of the TextMap)."""
    return BeautifulSoup(html, "html.parser")


def text_nodes(soup: BeautifulSoup) -> list[NavigableString]:
    """Every text node in document order, as indexed by ``TextMap`` segments."""
    return [
        n
        for n in soup.descendants
        if isinstance(n, NavigableString) and not isinstance(n, Comment)
    ]


def _root(soup: BeautifulSoup) -> Tag:
    for sel in ("article", "main", "[role=main]", "body"):
        found = soup.select_one(sel)
        if isinstance(found, Tag):
            return found
    return soup


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find(
            "meta", attrs={"name": name}
        )
        if isinstance(tag, Tag):
            content = tag.get("content")
            if isinstance(content, str) and content.strip():
                return content.strip()
    return None


def _date(soup: BeautifulSoup) -> str | None:
    raw = _meta(soup, "article:published_time", "date", "pubdate", "dc.date", "og:published_time")
    if raw is None:
        t = soup.find("time", attrs={"datetime": True})
        if isinstance(t, Tag):
            dt = t.get("datetime")
            raw = dt if isinstance(dt, str) else None
    if raw:
        m = re.match(r"(\d{4}-\d{2}-\d{2})", raw)
        if m:
            return m.group(1)
    return None


def extract(html: str) -> Extracted:
    """Plain text of the article body, with whitespace collapsed and blocks separated."""
    soup = parse(html)
    nodes = text_nodes(soup)
    index = {id(n): i for i, n in enumerate(nodes)}
    out: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    length = 0

    def emit_break() -> None:
        nonlocal length
        if out and not out[-1].endswith("\n\n"):
            sep = "\n\n" if not out[-1].endswith("\n") else "\n"
            out.append(sep)
            length += len(sep)

    def walk(node: Tag) -> None:
        nonlocal length
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                s = str(child)
                ni = index[id(child)]
                for m in re.finditer(r"\S+|\s+", s):
                    chunk = m.group(0)
                    if chunk[0].isspace():
                        if out and not out[-1][-1:].isspace():
                            out.append(" ")
                            segments.append((length, ni, m.start(), 1))
                            length += 1
                    else:
                        out.append(chunk)
                        segments.append((length, ni, m.start(), len(chunk)))
                        length += len(chunk)
            elif isinstance(child, Tag):
                name = child.name.lower()
                if name in SKIP or child.get("hidden") is not None:
                    continue
                if name in BLOCK:
                    emit_break()
                walk(child)
                if name in BLOCK:
                    emit_break()

    walk(_root(soup))
    text = "".join(out)
    # Trim trailing separators/spaces without disturbing offsets of what stays.
    stripped = text.rstrip()
    segments = [s for s in segments if s[0] < len(stripped)]
    title_tag = soup.find("h1") or soup.find("title")
    title = _meta(soup, "og:title") or (
        title_tag.get_text(" ", strip=True) if isinstance(title_tag, Tag) else None
    )
    return Extracted(
        text=stripped,
        text_map=TextMap(tuple(segments)),
        title=title or None,
        date=_date(soup),
        byline=_meta(soup, "author", "article:author"),
    )
