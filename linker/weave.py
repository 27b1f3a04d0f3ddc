"""Mentions woven into the article: into plain text, or into the publisher's own markup
(sanitised, with mentions split across inline markup kept as one link and never nested inside
the publisher's links)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from urllib.parse import urljoin

import nh3
from bs4 import BeautifulSoup
from bs4.element import (
    CData,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)
from markupsafe import escape

from .htmltext import BLOCK, article_root, is_skipped, parse, text_nodes
from .links import default_title
from .models import LinkedArticle, Mention, Quote, TextMap
from .preview import QUOTE_MISSING, href_of, http_only, title_of
from .quotes import quote_url

#: Ancestors inside which no link may be added.
NO_LINK_INSIDE = frozenset(
    {
        "a",
        "script",
        "style",
        "code",
        "kbd",
        "samp",
        "var",
        "textarea",
        "button",
        "select",
        "option",
        "svg",
        "math",
        "noscript",
        "template",
        "title",
        "head",
    }
)
#: Tags kept from the publisher's body; everything else is unwrapped (its text stays).
ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "blockquote",
        "br",
        "caption",
        "cite",
        "dd",
        "del",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "ins",
        "li",
        "mark",
        "ol",
        "p",
        "q",
        "s",
        "section",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
        "header",
        "address",
        "details",
        "summary",
        "pre",
        "code",
        "article",
    }
)
#: Publisher attributes kept (all others, including ``class``, ``id``, ``style`` and every
#: ``on*`` handler, are dropped before our own markup is added).
PUBLISHER_ATTRS = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "time": {"datetime"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "reversed"},
}
GENERIC_ATTRS = {"lang", "dir"}
#: Attributes our own markup uses, allowed by the final nh3 pass.
OUR_ATTRS = {"class", "id", "tabindex", "aria-describedby", "aria-label"}


# --- the article body -----------------------------------------------------------------------


def _attrs(
    linked: LinkedArticle,
    i: int,
    m: Mention,
    piece: int,
    last: bool,
    toa_id: str,
    footnote: int | None,
) -> dict[str, str]:
    attrs = {
        "class": f"lk lk-{m.kind}",
        "id": f"m{i}" if piece == 0 else f"m{i}-{piece + 1}",
        "href": href_of(linked, m) or f"#{toa_id}",
        "title": title_of(linked, m),
        "aria-describedby": f"p{i}",
        "data-mention": f"m{i}",
        "data-kind": m.kind,
    }
    if m.authority:
        attrs["data-authority"] = m.authority
    if m.court:
        attrs["data-court"] = m.court
    if piece > 0:
        attrs["tabindex"] = "-1"  # one tab stop per mention
    if last and footnote is not None:
        attrs["data-fn"] = str(footnote)
    return attrs


def _text_escape(s: str) -> str:
    # Carriage returns are written as references: HTML parsing would otherwise fold them.
    return str(escape(s)).replace("\r", "&#13;")


def annotate_text(
    linked: LinkedArticle, toa_of: dict[int, str], footnotes: dict[str, int]
) -> tuple[str, set[int]]:
    """The plain text as escaped HTML with each mention wrapped in a link; and the mentions
    placed (overlapping or out-of-range mentions are skipped)."""
    text = linked.article.text
    links: list[tuple[int, int, str]] = []
    placed: set[int] = set()
    pos = 0
    for i, m in sorted(enumerate(linked.mentions), key=lambda im: (im[1].start, im[1].end)):
        if m.start < pos or m.end <= m.start or m.end > len(text):
            continue
        url = href_of(linked, m)
        attrs = _attrs(linked, i, m, 0, True, toa_of.get(i, ""), footnotes.get(url or ""))
        links.append((m.start, m.end, _open_tag("a", attrs)))
        placed.add(i)
        pos = m.end
    quotes: list[tuple[int, int, dict[str, str], str, bool]] = []
    pos = 0
    for n, q in enumerate(linked.quotes):
        if q.start < pos or q.end <= q.start or q.end > len(text):
            continue
        quotes.append((q.start, q.end, _quote_attrs(linked, n, q), _quote_tail(linked, q), True))
        pos = q.end
    return _weave(text, links, quotes), placed


def _open_tag(name: str, attrs: dict[str, str]) -> str:
    return f"<{name} " + " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items()) + ">"


def _quote_attrs(linked: LinkedArticle, n: int, q: Quote) -> dict[str, str]:
    """The ``<q>`` of a checked quotation (its first piece; later pieces drop the id)."""
    auth = linked.authorities.get(q.authority)
    title = auth.title if auth else default_title(q.authority)
    return {
        "class": f"qv {'qv-found' if q.found else 'qv-missing'}",
        "id": f"qv{n}",
        "title": (
            f"Found in the ruling's text: {title}" if q.found else f"{QUOTE_MISSING} ({title})"
        ),
        "data-quote": f"qv{n}",
        "data-authority": q.authority,
        "data-found": "true" if q.found else "false",
    }


def _quote_tail(linked: LinkedArticle, q: Quote) -> str:
    """After a found quotation: an empty link whose label (``in the ruling ↗``) is drawn by
    the style sheet, so the article's characters stay exactly the article's."""
    url = http_only(quote_url(linked, q))
    if not url:
        return ""
    return (
        _open_tag(
            "a",
            {
                "class": "qv-link",
                "href": url,
                "aria-label": "in the ruling: the quoted passage",
                "title": "Open the ruling at the quoted passage",
            },
        )
        + "</a>"
    )


def _weave(
    s: str,
    links: Sequence[tuple[int, int, str]],
    quotes: Sequence[tuple[int, int, dict[str, str], str, bool]],
) -> str:
    """``s`` escaped, with ``links`` (``(start, end, opening tag)``, closed by ``</a>``) and
    ``quotes`` (``(start, end, attributes, tail, ends)``: ``ends`` when the span ends the
    quotation) wrapped in place; both lists are sorted and free of overlaps within themselves.

    Elements always nest: a quotation that crosses a link's edge is split there into ``<q>``
    pieces (the first keeps the id; the last gets ``qv-end`` if it ends the quotation), so
    each piece either holds whole links or lies inside one. A quotation's ``tail`` goes right
    after the outermost element that holds its end, never inside a link.
    """
    items: list[tuple[int, int, str, str, str]] = []  # start, end, open, close, tail
    for qs, qe, attrs, tail, ends in quotes:
        cuts = {ls for ls, le, _ in links if qs < ls < qe < le}
        cuts |= {le for ls, le, _ in links if ls < qs < le < qe}
        bounds = [qs, *sorted(cuts), qe]
        spans = [(a, b) for a, b in pairwise(bounds) if b > a]
        for k, (a, b) in enumerate(spans):
            at = dict(attrs)
            if k:
                at.pop("id", None)
            last = k == len(spans) - 1
            if last and ends:
                at["class"] = at.get("class", "") + " qv-end"
            items.append((a, b, _open_tag("q", at), "</q>", tail if last else ""))
    pieces = sorted(items)
    link_items = [(a, b, tag, "</a>", "") for a, b, tag in links]

    def within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
        return outer[0] <= inner[0] and inner[1] <= outer[1]

    top: list[tuple[tuple[int, int, str, str, str], list[tuple[int, int, str, str, str]]]] = []
    nested: set[tuple[int, int, str, str, str]] = set()
    for link in link_items:
        for p in pieces:
            if within(link[:2], p[:2]):
                nested.add(link)
    for p in pieces:
        for link in link_items:
            if within(p[:2], link[:2]) and p[:2] != link[:2]:
                nested.add(p)
    for el in sorted(link_items + pieces):
        if el in nested:
            continue
        kids = [x for x in sorted(link_items + pieces) if x in nested and within(x[:2], el[:2])]
        top.append((el, kids))
    out: list[str] = []
    pos = 0
    for (a, b, open_, close, tail), kids in top:
        out.append(_text_escape(s[pos:a]))
        out.append(open_)
        inner = a
        tails = [tail] if tail else []
        for ka, kb, kopen, kclose, ktail in kids:
            out.append(_text_escape(s[inner:ka]) + kopen + _text_escape(s[ka:kb]) + kclose)
            inner = kb
            if ktail:
                tails.append(ktail)
        out.append(_text_escape(s[inner:b]) + close + "".join(tails))
        pos = b
    out.append(_text_escape(s[pos:]))
    return "".join(out)


def _pieces(
    mentions: Sequence[Mention | Quote], text_map: TextMap
) -> dict[int, list[tuple[int, int, int]]]:
    """For each mention (or quotation), its ``(node_index, node_start, node_end)`` pieces in
    document order."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    segs = sorted(text_map.segments)
    for i, m in enumerate(mentions):
        spans: dict[int, list[int]] = {}
        order: list[int] = []
        for ts, ni, no, ln in segs:
            if ts >= m.end:
                break
            if ts + ln <= m.start:
                continue
            a = no + max(m.start, ts) - ts
            b = no + min(m.end, ts + ln) - ts
            if ni not in spans:
                spans[ni] = [a, b]
                order.append(ni)
            else:
                spans[ni][0] = min(spans[ni][0], a)
                spans[ni][1] = max(spans[ni][1], b)
        out[i] = [(ni, spans[ni][0], spans[ni][1]) for ni in order]
    return out


def _drop_unread_blocks(root: Tag, nodes: list[NavigableString], text_map: TextMap) -> None:
    """Remove the blocks of the body that the extractor left out of the article's text
    (menus, "related" lists, footers… that the reader-mode pass dropped): the page shows what
    was read, so every mention on it is one the scanner saw."""
    mapped = {id(nodes[seg[1]]) for seg in text_map.segments if 0 <= seg[1] < len(nodes)}
    candidates: dict[int, Tag] = {}
    strays: list[NavigableString] = []
    for node in root.descendants:
        if not isinstance(node, NavigableString) or id(node) in mapped or not node.strip():
            continue
        if isinstance(node, (Comment, CData, Declaration, Doctype, ProcessingInstruction)):
            continue
        block = next(
            (p for p in node.parents if p is root or (p.name or "").lower() in BLOCK),
            root,
        )
        strays.append(node)
        if block is not root:
            candidates[id(block)] = block
    for block in candidates.values():
        if block.decomposed:
            continue
        if not any(isinstance(d, NavigableString) and id(d) in mapped for d in block.descendants):
            block.decompose()
    for node in strays:  # left out, in a block that was kept for its other text
        if not node.decomposed and node.parent is not None:
            node.extract()


def _linkable(node: NavigableString, root: Tag, *, in_link: bool = False) -> bool:
    """Whether a mention in ``node`` can be marked: inside the article body and outside
    scripts, code and the like; inside a publisher's own link only when ``in_link``."""
    for parent in node.parents:
        if parent is root:
            return True
        name = (parent.name or "").lower()
        if in_link and name == "a":
            continue
        if name in NO_LINK_INSIDE or is_skipped(parent):
            return False
    return False  # outside the article body


def _in_publisher_link(node: NavigableString, root: Tag) -> bool:
    for parent in node.parents:
        if parent is root:
            return False
        if (parent.name or "").lower() == "a":
            return True
    return False


def _clean_publisher_attrs(root: Tag, base: str | None) -> None:
    for tag in [root, *root.find_all(True)]:
        if not isinstance(tag, Tag):
            continue
        keep = PUBLISHER_ATTRS.get(tag.name.lower(), set()) | GENERIC_ATTRS
        for name in list(tag.attrs):
            if name.lower() not in keep:
                del tag.attrs[name]
        for name in ("href", "cite"):
            value = tag.get(name)
            if isinstance(value, str):
                value = value.strip()
                target = http_only(value) or (
                    http_only(urljoin(base, value)) if base and not value.startswith("#") else None
                )
                if target:
                    tag[name] = target
                else:
                    del tag.attrs[name]


def _sanitise(body: str) -> str:
    attributes: dict[str, set[str]] = {t: set(a) for t, a in PUBLISHER_ATTRS.items()}
    attributes["a"] = attributes["a"] | {"href", "title"}
    attributes["q"] = attributes["q"] | {"title"}  # our checked quotations say why
    attributes["*"] = GENERIC_ATTRS | OUR_ATTRS
    return nh3.clean(
        body,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={
            "script",
            "style",
            "template",
            "noscript",
            "textarea",
            "select",
            "svg",
            "math",
            "iframe",
            "object",
            "embed",
            "title",
        },
        attributes=attributes,
        generic_attribute_prefixes={"data-"},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _woven_nodes(
    linked: LinkedArticle,
    s: str,
    spans: list[tuple[int, int, int, int, bool]],
    quotes: list[tuple[int, int, dict[str, str], str, bool]],
    toa_of: dict[int, str],
    footnotes: dict[str, int],
) -> list[NavigableString | Tag]:
    """One text node's replacement when quotations touch it: its link pieces (``spans``, as
    ``annotate_html`` collects them) and quotation pieces woven by ``_weave``."""
    links: list[tuple[int, int, str]] = []
    pos = 0
    for a, b, i, k, last in sorted(spans):
        if a < pos:
            continue  # overlapping mentions: the first one wins
        m = linked.mentions[i]
        url = href_of(linked, m)
        attrs = _attrs(linked, i, m, k, last, toa_of.get(i, ""), footnotes.get(url or ""))
        links.append((a, b, _open_tag("a", attrs)))
        pos = b
    qs: list[tuple[int, int, dict[str, str], str, bool]] = []
    pos = 0
    for q in sorted(quotes, key=lambda q: (q[0], q[1])):
        if q[0] >= pos:
            qs.append(q)
            pos = q[1]
    frag = BeautifulSoup(_weave(s, links, qs), "html.parser")
    return [c.extract() for c in list(frag.contents) if isinstance(c, (NavigableString, Tag))]


def annotate_html(
    linked: LinkedArticle, toa_of: dict[int, str], footnotes: dict[str, int]
) -> tuple[str, set[int], bool]:
    """The publisher's article body with each mention linked in place, sanitised.

    Returns the body HTML, the mentions that got at least one link piece, and whether the
    body has its own ``h1``.
    """
    article = linked.article
    assert article.html is not None and article.text_map is not None
    soup = parse(article.html)
    nodes = text_nodes(soup)
    root = article_root(soup)
    by_node: dict[int, list[tuple[int, int, int, int, bool]]] = {}
    pieces = _pieces(linked.mentions, article.text_map)
    placed: set[int] = set()
    for i, ps in pieces.items():
        usable = [
            (ni, a, b)
            for ni, a, b in ps
            if 0 <= ni < len(nodes)
            and b > a
            and _linkable(nodes[ni], root, in_link=True)
            and nodes[ni][a:b].strip()
        ]
        for k, (ni, a, b) in enumerate(usable):
            by_node.setdefault(ni, []).append((a, b, i, k, k == len(usable) - 1))
        if usable:
            placed.add(i)
    quoted: dict[int, list[tuple[int, int, dict[str, str], str, bool]]] = {}
    for n, qps in _pieces(linked.quotes, article.text_map).items():
        q = linked.quotes[n]
        quse = [
            (ni, a, b)
            for ni, a, b in qps
            if 0 <= ni < len(nodes) and b > a and _linkable(nodes[ni], root)
        ]
        attrs = _quote_attrs(linked, n, q)
        for k, (ni, a, b) in enumerate(quse):
            at = {key: v for key, v in attrs.items() if k == 0 or key != "id"}
            last = k == len(quse) - 1
            tail = _quote_tail(linked, q) if last else ""
            quoted.setdefault(ni, []).append((a, b, at, tail, last))
    # Furniture goes first (it is recognised by the publisher's classes), then the
    # publisher's attributes, and only then is our own markup added.
    for tag in list(root.find_all(True)):
        if isinstance(tag, Tag) and not tag.decomposed and is_skipped(tag):
            tag.decompose()
    _drop_unread_blocks(root, nodes, article.text_map)
    _clean_publisher_attrs(root, http_only(article.url) or http_only(article.source))
    tab_stop: set[int] = set()
    for ni in sorted(set(by_node) | set(quoted)):
        spans = by_node.get(ni, [])
        node = nodes[ni]
        s = str(node)
        if ni in quoted:
            node.replace_with(*_woven_nodes(linked, s, spans, quoted[ni], toa_of, footnotes))
            continue
        new: list[NavigableString | Tag] = []
        pos = 0
        in_link = _in_publisher_link(node, root)
        for a, b, i, k, last in sorted(spans):
            if a < pos:
                continue  # overlapping mentions: the first one wins
            if a > pos:
                new.append(NavigableString(s[pos:a]))
            m = linked.mentions[i]
            url = href_of(linked, m)
            attrs = _attrs(linked, i, m, k, last, toa_of.get(i, ""), footnotes.get(url or ""))
            if in_link:
                # The publisher's own link stays the link (links never nest); the mention is
                # marked in it, counted and reachable from the table like any other.
                attrs = {
                    "class": f"lk-in lk-{m.kind}",
                    "id": attrs["id"],
                    "tabindex": "-1",
                    "data-mention": attrs["data-mention"],
                }
            else:
                if i not in tab_stop:
                    attrs.pop("tabindex", None)  # the mention's first link is its tab stop
                tab_stop.add(i)
            tag = soup.new_tag("span" if in_link else "a", attrs=attrs)
            tag.string = s[a:b]
            new.append(tag)
            pos = b
        if pos < len(s):
            new.append(NavigableString(s[pos:]))
        node.replace_with(*new)
    has_h1 = root.find("h1") is not None
    inner = root.decode_contents()
    if inner.startswith("\ufeff"):  # the sanitiser's parser would take it for a byte-order mark
        inner = "&#65279;" + inner[1:]
    return _sanitise(inner), placed, has_h1
