"""Extract an article's plain text from HTML, keeping a map back to the markup.

The plain text is what the scanner reads; the ``TextMap`` lets the renderer put each link
back into the very text node it came from, so the publisher's markup survives.

Contract shared with ``linker.render``: both parse the markup with :func:`parse`, find the
article body with :func:`article_root`, and walk it with :func:`is_skipped`; segment
``node_index`` values index :func:`text_nodes` of the whole parsed document.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from bs4.element import (
    CData,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

from .errors import InputError
from .models import TextMap

#: The deepest nesting of elements linker reads; deeper markup is refused, not walked.
MAX_DEPTH = 400

#: Elements whose content is never article text.
SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "nav",
        "footer",
        "form",
        "iframe",
        "button",
        "select",
        "textarea",
        "aside",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "picture",
        "input",
        "label",
        "dialog",
        "menu",
    }
)
#: Elements that start a new block of text.
BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "br",
        "hr",
        "dd",
        "dt",
        "dl",
        "address",
        "body",
        "html",
        "caption",
        "details",
        "summary",
    }
)
#: Class or id words of page furniture inside an article (share bars, promos, bylines, …): a
#: class token that starts with one of them, or has one after a ``-`` or ``_``, marks it.
_FURNITURE = re.compile(
    r"(?:^|[-_])(share|sharing|social|related|newsletter|promo|advert|ad-slot|ad-container|"
    r"adsbygoogle|sponsor|subscribe|signup|comment|breadcrumb|paywall|recirc|read-more|"
    r"more-stories|tags|toolbar|visually-hidden|sr-only|byline|entry-meta|dateline|rollover|"
    r"tooltip|popover|hovercard|hover-card)",
    re.IGNORECASE,
)
_BODY_CLASS = re.compile(
    r"(article|story|entry|post|content)[-_]?(body|content|text)|articlebody|story-?body",
    re.IGNORECASE,
)
_NON_TEXT = (Comment, CData, Declaration, Doctype, ProcessingInstruction)


@dataclass(frozen=True)
class Extracted:
    """The article's plain text, its map back to the markup, and what the page says of it."""

    text: str
    text_map: TextMap
    title: str | None
    date: str | None
    byline: str | None
    url: str | None = None


def depth(soup: BeautifulSoup) -> int:
    """How deeply the elements nest (counted without recursion)."""
    deepest = 0
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        tag, d = stack.pop()
        deepest = max(deepest, d)
        stack.extend((c, d + 1) for c in tag.children if isinstance(c, Tag))
    return deepest


def page_url(soup: BeautifulSoup, fetched_from: str | None = None) -> str | None:
    """The URL the page's relative links are relative to: ``<base href>`` (itself resolved
    against the rest), else the canonical URL, else ``og:url``, else where it was fetched."""
    canonical = None
    link = soup.find("link", attrs={"rel": "canonical"})
    if isinstance(link, Tag) and isinstance(link.get("href"), str):
        canonical = str(link.get("href")).strip() or None
    page = fetched_from or canonical or _meta(soup, "og:url")
    if page and not re.match(r"https?://", page, re.IGNORECASE):
        page = None
    base = soup.find("base", attrs={"href": True})
    if isinstance(base, Tag) and isinstance(base.get("href"), str):
        href = str(base.get("href")).strip()
        joined = urljoin(page, href) if page else href
        if re.match(r"https?://", joined, re.IGNORECASE):
            return joined
    return page


def _quiet(*names: str) -> None:
    """Libraries' log messages never reach the user's terminal (a NullHandler stops Python's
    last-resort printing; an application that configures logging still receives them)."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def reader_text(html: str) -> str | None:
    """The article's text as trafilatura reads the page (None when it finds none)."""
    _quiet("trafilatura", "htmldate", "courlan", "justext", "readability")
    import trafilatura

    try:
        found = trafilatura.extract(
            html, include_comments=False, include_tables=True, include_images=False
        )
    except Exception:  # a library's failure on odd markup leaves linker's own reading
        return None
    return found if isinstance(found, str) and found.strip() else None


def _norm_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


#: a block of this many words ending like a sentence is article prose, whatever the library says
LONG_PARAGRAPH = 30


def keep_article_blocks(
    text: str,
    segments: list[tuple[int, int, int, int]],
    reader: str | None,
    *,
    headlines: Sequence[str] = (),
) -> tuple[str, list[tuple[int, int, int, int]]]:
    """``text`` with only the blocks (separated by blank lines) the reader-mode text holds,
    and the segments of the map moved with them.

    A block of three words or more is kept when at least half of its word trigrams are in the
    reader's text; a shorter one when it is one of the reader's lines or the headline; a
    paragraph of ``LONG_PARAGRAPH`` words or more that ends like a sentence always (readers
    sometimes stop early on a page; menus and teasers do not read like that). When
    the reader found nothing, or the blocks kept would hold less than half of its words, the
    text is returned whole (the library misread the page; linker's own reading stands).
    """
    if reader is None:
        return text, segments
    lines = {" ".join(_norm_words(line)) for line in reader.splitlines()}
    lines |= {" ".join(_norm_words(h)) for h in headlines}
    rw = _norm_words(reader)
    grams = {tuple(rw[i : i + 3]) for i in range(len(rw) - 2)}
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    kept: list[tuple[int, int]] = []
    kept_words = 0
    for start, end in blocks:
        words = _norm_words(text[start:end])
        if not words:
            continue
        if len(words) >= LONG_PARAGRAPH and re.search(r"[.!?…][\"”’)]*\s*$", text[start:end]):
            keep = True  # prose the library missed: no menu item reads like this
        elif len(words) < 3:
            keep = " ".join(words) in lines
        else:
            tri = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
            keep = sum(t in grams for t in tri) * 2 >= len(tri)
        if keep:
            kept.append((start, end))
            kept_words += len(words)
    if kept_words * 2 < len(rw):
        return text, segments
    parts: list[str] = []
    moved: list[tuple[int, int, int, int]] = []
    pos = 0
    si = 0
    segments = sorted(segments)
    for start, end in kept:
        if parts:
            parts.append("\n\n")
            pos += 2
        while si < len(segments) and segments[si][0] < start:
            si += 1
        while si < len(segments) and segments[si][0] < end:
            seg = segments[si]
            moved.append((seg[0] - start + pos, seg[1], seg[2], seg[3]))
            si += 1
        parts.append(text[start:end])
        pos += end - start
    return "".join(parts), moved


#: HTML elements that end SVG or MathML content in a browser's parser ("breakout" tags)
_BREAKOUT = [
    *("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table"),
    *("blockquote", "pre", "dl", "article", "section", "main"),
]


_BARE_CHARREF = re.compile(r"&#(?![0-9]|[xX][0-9a-fA-F])")


def parse(html: str) -> BeautifulSoup:
    """Parse markup the same way every time (the node order is part of the TextMap).

    An ``<svg>`` or ``<math>`` left open (``<svg/…``) would swallow the rest of the page;
    a browser ends it at the next paragraph or block, so one that holds such blocks is
    unwrapped here and its blocks read as the article they are.
    """
    # "&#" that starts no character reference would make the parser read the rest of the page
    # as text; a browser reads it as the two characters it is
    html = _BARE_CHARREF.sub("&amp;#", html)
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["svg", "math"]):
        if isinstance(tag, Tag) and not tag.decomposed and tag.find(_BREAKOUT) is not None:
            tag.unwrap()
    _foster(soup)
    return soup


_TABLE_PARTS = ["table", "tbody", "thead", "tfoot", "tr"]
_TABLE_CHILDREN = frozenset(
    {"caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th"}
    | {"script", "template", "style"}
)


def _foster(soup: BeautifulSoup) -> None:
    """Text or elements sitting in a table outside any cell are moved before the table, as a
    browser's parser does ("foster parenting"): the page is read, and shown, in that order."""
    for part in soup.find_all(_TABLE_PARTS):
        if not isinstance(part, Tag):
            continue
        table = part if part.name.lower() == "table" else part.find_parent("table")
        if table is None:
            continue
        for child in list(part.children):
            if isinstance(child, Tag):
                stray = child.name.lower() not in _TABLE_CHILDREN
            else:
                stray = (
                    isinstance(child, NavigableString)
                    and not isinstance(child, _NON_TEXT)
                    and bool(child.strip())
                )
            if stray:
                table.insert_before(child.extract())


def text_nodes(soup: BeautifulSoup) -> list[NavigableString]:
    """Every text node in document order, as indexed by ``TextMap`` segments."""
    return [
        n
        for n in soup.descendants
        if isinstance(n, NavigableString) and not isinstance(n, _NON_TEXT)
    ]


def _attr_text(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value or ""


def is_skipped(tag: Tag) -> bool:
    """Whether ``tag`` (and everything in it) is page furniture rather than article text."""
    name = tag.name.lower()
    if name in SKIP:
        return True
    if tag.get("hidden") is not None or _attr_text(tag, "aria-hidden").lower() == "true":
        return True
    style = _attr_text(tag, "style").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if name in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li"):
        return False  # real text blocks are kept whatever their class says
    tokens = f"{_attr_text(tag, 'class')} {_attr_text(tag, 'id')}".split()
    return any(_FURNITURE.search(t) for t in tokens)


def _paragraph_chars(tag: Tag) -> int:
    return sum(len(p.get_text()) for p in tag.find_all("p"))


def article_root(soup: BeautifulSoup) -> Tag:
    """The element that holds the article body.

    Publishers mark it differently (``itemprop=articleBody``, ``<article>``, a ``story-body``
    class, ``<main>``); among the candidates the one holding the most paragraph text wins, and
    a tighter candidate wins over one that merely contains it when it keeps most of the text.
    """
    candidates: list[Tag] = []
    for sel in ("[itemprop=articleBody]", "article", "main", "[role=main]"):
        candidates.extend(t for t in soup.select(sel) if isinstance(t, Tag))
    for t in soup.find_all(True):
        if (
            isinstance(t, Tag)
            and t.name in ("div", "section")
            and _BODY_CLASS.search(f"{_attr_text(t, 'class')} {_attr_text(t, 'id')}")
        ):
            candidates.append(t)
    body = soup.body if isinstance(soup.body, Tag) else None
    if not candidates:
        return body or soup
    scored = [(t, _paragraph_chars(t)) for t in candidates]
    best, best_chars = max(scored, key=lambda tc: tc[1])
    if best_chars == 0:
        return body or soup
    # A tighter candidate inside the best one wins when it keeps most of its text.
    for t, chars in scored:
        tight = t is not best and chars >= best_chars * 0.8 and best in t.parents
        if tight and not any(
            t2 is not t and c2 >= best_chars * 0.8 and t in t2.parents for t2, c2 in scored
        ):
            best, best_chars = t, chars
            break
    # Prefer an enclosing <article> that also holds the headline, when it adds little else.
    for parent in best.parents:
        if isinstance(parent, Tag) and parent.name == "article" and parent.find("h1"):
            if _paragraph_chars(parent) <= best_chars * 1.2:
                return parent
            break
    return best


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag):
            content = tag.get("content")
            if isinstance(content, str) and content.strip():
                return content.strip()
    return None


def _json_ld(soup: BeautifulSoup) -> list[dict[str, object]]:
    """NewsArticle-like objects from ``<script type="application/ld+json">`` blocks."""
    found: list[dict[str, object]] = []
    for tag in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(tag.get_text())
        except (ValueError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                if "datePublished" in item or "headline" in item:
                    found.append(item)
    return found


def _ld_str(items: list[dict[str, object]], key: str) -> str | None:
    for item in items:
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, list) and value:
            names = [v.get("name") if isinstance(v, dict) else v for v in value]
            value = ", ".join(str(n) for n in names if n)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _date(soup: BeautifulSoup, ld: list[dict[str, object]]) -> str | None:
    raw = _meta(
        soup,
        "article:published_time",
        "date",
        "pubdate",
        "dc.date",
        "og:published_time",
        "parsely-pub-date",
        "sailthru.date",
    ) or _ld_str(ld, "datePublished")
    if raw is None:
        # microdata: <meta itemprop="datePublished" content=…>, <time itemprop=… datetime=…>
        t = soup.find(True, attrs={"itemprop": "datePublished"})
        if isinstance(t, Tag):
            dt = t.get("content") or t.get("datetime")
            raw = dt if isinstance(dt, str) else None
    if raw is None:
        t = soup.find("time", attrs={"datetime": True})
        if isinstance(t, Tag):
            dt = t.get("datetime")
            raw = dt if isinstance(dt, str) else None
    if raw:
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", raw)
        if m and int(m.group(1)[:4]) >= 1790:  # "0001-01-01" is a template's placeholder
            return m.group(1)
    return _htmldate(soup) or _time_text(soup)


def _time_text(soup: BeautifulSoup) -> str | None:
    """The date a page's first ``<time>`` prints when it has no ``datetime``: "March 3, 2026",
    "Published 3:04 p.m. ET March 3, 2026"."""
    from .load import date_in_text

    for t in soup.find_all("time", limit=3):
        if isinstance(t, Tag) and (found := date_in_text(t.get_text(" ", strip=True))):
            return found
    return None


def _htmldate(soup: BeautifulSoup) -> str | None:
    """The publication date htmldate finds in the page's markup (no guessing from the text),
    when the usual metadata is missing."""
    _quiet("htmldate")
    try:
        from htmldate import find_date

        found = find_date(str(soup), original_date=True, extensive_search=False)
    except Exception:  # a library's failure on odd markup means no date, not no article
        return None
    return found if isinstance(found, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found) else None


def _byline(soup: BeautifulSoup, ld: list[dict[str, object]]) -> str | None:
    found = _meta(soup, "author", "article:author", "parsely-author") or _ld_str(ld, "author")
    if found and not found.lower().startswith(("http://", "https://")):
        return found
    tag = soup.select_one("[rel=author], [itemprop=author], .byline, .author-name")
    if isinstance(tag, Tag):
        text = re.sub(r"\s+", " ", tag.get_text(" ", strip=True))
        text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)
        return text[:200] or None
    return None


def extract(html: str, *, url: str | None = None, reader: bool = True) -> Extracted:
    """Plain text of the article body, with whitespace collapsed and blocks separated.

    Runs of whitespace inside the markup become one space; block elements are separated by a
    blank line (``<br>`` by a newline). Every non-inserted character of the text is mapped by
    the ``TextMap`` to the text node and offset it came from.

    With ``reader`` (the default) a reader-mode library (trafilatura) decides which of those
    blocks are the article: menus, "related" lists, footers and the like are dropped, the
    headline is kept (see ``keep_article_blocks``).
    """
    soup = parse(html)
    deepest = depth(soup)
    if deepest > MAX_DEPTH:
        raise InputError(
            f"the HTML is nested {deepest} elements deep; linker reads pages up to "
            f"{MAX_DEPTH} deep (real articles rarely pass 60)"
        )
    root = article_root(soup)
    nodes = text_nodes(soup)
    index = {id(n): i for i, n in enumerate(nodes)}
    out: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    length = 0

    def emit_break(sep: str = "\n\n") -> None:
        nonlocal length
        if not out:
            return
        if out[-1] == " ":  # a trailing space before a break is dropped
            out.pop()
            length -= 1
            if segments and segments[-1][0] == length:
                segments.pop()
        tail = "".join(out[-2:])
        if tail.endswith("\n\n") or (sep == "\n" and tail.endswith("\n")):
            return
        add = sep if not tail.endswith("\n") else sep[1:]
        if add:
            out.append(add)
            length += len(add)

    def add_text(child: NavigableString) -> None:
        nonlocal length
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

    # An explicit stack, not recursion: the depth of the markup is the publisher's choice.
    # An entry is a node to visit, or ``None`` for the break that closes a block.
    stack: list[PageElement | None] = list(reversed(list(root.children)))
    while stack:
        child = stack.pop()
        if child is None:
            emit_break()
        elif isinstance(child, _NON_TEXT):
            continue
        elif isinstance(child, NavigableString):
            add_text(child)
        elif isinstance(child, Tag):
            if is_skipped(child):
                continue
            name = child.name.lower()
            if name == "br":
                emit_break("\n")
                continue
            if name in BLOCK:
                emit_break()
                stack.append(None)
            stack.extend(reversed(list(child.children)))

    text = "".join(out)
    # Trim trailing separators/spaces without disturbing offsets of what stays.
    stripped = text.rstrip()
    segments = [s for s in segments if s[0] < len(stripped)]
    ld = _json_ld(soup)
    title_tag = soup.find("h1") or soup.find("title")
    title = (
        _meta(soup, "og:title")
        or _ld_str(ld, "headline")
        or (title_tag.get_text(" ", strip=True) if isinstance(title_tag, Tag) else None)
    )
    if reader:
        h1 = root.find("h1")
        headlines = [t for t in (title, h1.get_text(" ") if isinstance(h1, Tag) else None) if t]
        stripped, segments = keep_article_blocks(
            stripped, segments, reader_text(str(soup)), headlines=headlines
        )
    return Extracted(
        text=stripped,
        text_map=TextMap(tuple(segments)),
        title=title or None,
        date=_date(soup, ld),
        byline=_byline(soup, ld),
        url=page_url(soup, url),
    )
