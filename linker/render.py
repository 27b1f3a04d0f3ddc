"""Write a linked article as a self-contained annotated HTML page.

Contract:

- Plain-text articles keep their text exactly: each mention becomes ``<a class="lk lk-KIND">``
  around the very characters it covers, inside a ``white-space: pre-wrap`` container
  (``#article-text``), so removing the annotation markup gives back ``Article.text``.
- HTML articles (``Article.html`` with a ``TextMap``) are annotated inside the publisher's own
  markup: each mention's characters are wrapped where they are, in whatever paragraph,
  heading, list or quote holds them; a mention split across inline tags becomes several link
  pieces sharing one ``data-mention`` id. Nothing is linked inside an existing link,
  ``script``, ``style``, ``code`` or an attribute. The body is then sanitised with nh3.
- Every mention names a ``role="tooltip"`` preview with ``aria-describedby``; the page has a
  table of authorities, inline CSS and JS allowed by a hash-based Content-Security-Policy, and
  makes no request of its own. Only ``http(s)`` URLs are ever used as link targets.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html as htmllib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from urllib.parse import urljoin

import jinja2
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
from markupsafe import Markup, escape

from . import __version__
from .courts import is_state_law_name
from .htmltext import BLOCK, article_root, is_skipped, parse, text_nodes
from .links import default_title
from .models import KINDS, Authority, LinkedArticle, Mention, Quote, TextMap
from .quotes import quote_url

TEMPLATES = Path(__file__).parent / "templates"

KIND_LABEL = {
    "statute": "Statute",
    "constitution": "Constitution",
    "case": "Case",
    "ruling": "Ruling",
    "executive-action": "Executive action",
    "bill": "Bill",
    "regulation": "Regulation",
}
KIND_GROUP = {
    "statute": "Statutes",
    "constitution": "Constitution",
    "case": "Cases",
    "ruling": "Rulings",
    "executive-action": "Executive actions",
    "bill": "Bills",
    "regulation": "Regulations",
}

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
#: What a quotation the ruling's text does not contain says (``<q title>`` and previews).
QUOTE_MISSING = "This quotation was not found in the ruling's text that linker fetched"


def _http(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, else ``None``."""
    if url and re.match(r"^https?://[^\s/]", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


# --- what the page says about each mention -----------------------------------------------


@cache
def _districts() -> dict[str, str]:
    """Postal code → state name, from ``data/federal_districts.csv``."""
    path = Path(__file__).parent / "data" / "federal_districts.csv"
    out: dict[str, str] = {}
    if path.exists():
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                out[(row.get("postal") or "").strip().lower()] = (row.get("state") or "").strip()
    return out


_DISTRICT_PART = {
    "nd": "Northern",
    "sd": "Southern",
    "ed": "Eastern",
    "wd": "Western",
    "md": "Middle",
    "cd": "Central",
}


def court_label(court: str) -> str:
    """A reader's name for a CourtListener court id (``ca9`` → Ninth Circuit), else the id."""
    c = court.lower()
    if c == "scotus":
        return "Supreme Court of the United States"
    if c == "cadc":
        return "U.S. Court of Appeals for the D.C. Circuit"
    if c == "cafc":
        return "U.S. Court of Appeals for the Federal Circuit"
    m = re.fullmatch(r"ca(\d{1,2})", c)
    if m:
        n = int(m.group(1))
        words = [
            "",
            "First",
            "Second",
            "Third",
            "Fourth",
            "Fifth",
            "Sixth",
            "Seventh",
            "Eighth",
            "Ninth",
            "Tenth",
            "Eleventh",
        ]
        if 1 <= n < len(words):
            return f"U.S. Court of Appeals for the {words[n]} Circuit"
    state = _districts().get(c[:2])
    if state:
        rest = c[2:]
        if rest == "d":
            return f"U.S. District Court for the District of {state} ({court})"
        if rest in _DISTRICT_PART:
            return (
                f"U.S. District Court for the {_DISTRICT_PART[rest]} District of {state} ({court})"
            )
    return court


#: the longest title, case name or citation shown on the page: text from a source is repeated
#: for every mention, so an overlong one would multiply into a huge page
MAX_LABEL = 240


def cap(text: str, limit: int = MAX_LABEL) -> str:
    """``text`` cut at a word near ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def _cap_opt(text: str | None, limit: int = MAX_LABEL) -> str | None:
    return None if text is None else cap(text, limit)


def _title(linked: LinkedArticle, m: Mention) -> str:
    return cap(_full_title(linked, m))


def _full_title(linked: LinkedArticle, m: Mention) -> str:
    auth = linked.authorities.get(m.authority) if m.authority else None
    if auth:
        return auth.source.title if auth.source and auth.source.title else auth.title
    if m.authority:
        return default_title(m.authority)
    if m.kind == "ruling" and m.court:
        return f"A ruling of the {court_label(m.court)}, not yet identified"
    return m.name or m.text


def _is_search(url: str) -> bool:
    """Whether ``url`` is one of the search links linker gives unidentified mentions."""
    return bool(
        re.match(r"https://www\.courtlistener\.com/\?", url)
        or url.startswith("https://www.congress.gov/search?")
        or url.startswith("https://www.federalregister.gov/documents/search?")
    )


def _href(linked: LinkedArticle, m: Mention) -> str | None:
    auth = linked.authorities.get(m.authority) if m.authority else None
    return (
        _http(m.url)
        or (_http(auth.url) if auth else None)
        or (_http(auth.source.url) if auth and auth.source else None)
    )


def snippet_text(raw: str | None, limit: int = 420) -> str | None:
    """The first lines of a source as plain text: markup is removed by nh3 (script and style
    content included), whitespace collapsed, and the text cut at a word near ``limit``."""
    if not raw:
        return None
    text = raw
    if "<" in text or "&" in text:
        text = htmllib.unescape(nh3.clean(text, tags=set(), clean_content_tags={"script", "style"}))
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"
    return text or None


_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def _when(fetched_at: str | None) -> str | None:
    if not fetched_at:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", fetched_at)
    if not m:
        return fetched_at[:40]
    return f"{m.group(1)} {m.group(2)} UTC" if m.group(2) else m.group(1)


def _state_own(m: Mention) -> bool:
    """A state's own law: an id under ``state:`` (a code section, a bill by number) or a
    state's act by name; linker has no source to fetch for them."""
    if m.kind != "statute":
        return False
    if m.authority:
        return m.authority.startswith("state:")
    return bool(m.name and is_state_law_name(m.name))


@dataclass(frozen=True)
class Preview:
    """The content of one mention's popover (all plain text; the template escapes it)."""

    id: str
    kind: str
    kind_label: str
    title: str
    citation: str | None
    facts: tuple[tuple[str, str], ...]
    snippet: str | None
    missing: str | None
    provenance: str
    confidence: str
    evidence: str | None
    url: str | None
    toa: str
    anaphor: bool
    quotes: tuple[QuoteLine, ...] = ()
    url_label: str = "Open the source"


@dataclass(frozen=True)
class QuoteLine:
    """A quotation of the mention's ruling, as its preview reports it."""

    text: str
    found: bool
    url: str | None


def _quote_lines(
    linked: LinkedArticle, authority: str | None, limit: int = 3
) -> tuple[QuoteLine, ...]:
    out: list[QuoteLine] = []
    for q in linked.quotes:
        if q.authority != authority or len(out) >= limit:
            continue
        words = linked.article.text[q.start : q.end]
        short = snippet_text(words, 140) or words
        out.append(QuoteLine(short, q.found, _http(quote_url(linked, q))))
    return tuple(out)


def _preview(linked: LinkedArticle, i: int, m: Mention, toa_id: str) -> Preview:
    auth: Authority | None = linked.authorities.get(m.authority) if m.authority else None
    src = auth.source if auth else None
    url = _href(linked, m)
    facts: list[tuple[str, str]] = []
    if m.kind in ("ruling", "case"):
        if m.court:
            facts.append(("Court", court_label(m.court)))
        case = m.name or (src.title if src and m.kind == "ruling" else None)
        if m.kind == "ruling":
            facts.append(("Case", cap(case or "not yet identified")))
        date = None
        for field_text in (src.citation if src else None, src.title if src else None):
            found = _ISO_DATE.search(field_text or "")
            if found:
                date = found.group(1)
                break
        if m.kind == "ruling" or date:
            facts.append(("Date", date or "unknown"))
    if src:
        where = cap(src.source or "the source", 80)
        when = _when(src.fetched_at)
        provenance = f"From {where}" + (f", fetched {when}" if when else "")
        missing = None if src.snippet else "The source was fetched but has no text preview."
    elif m.authority is None and url and _is_search(url):
        provenance = "Not yet identified"
        missing = "linker has not identified the record yet; the link searches for it."
    elif (m.authority is None or _state_own(m)) and not url:
        provenance = "No source linked"
        missing = (
            "A state's own law: linker names it but has no source for state laws yet."
            if _state_own(m)
            else "linker could not identify this authority, so there is no source to show."
        )
    else:
        provenance = "Source not fetched"
        reason = f" ({cap(auth.error)})" if auth and auth.error else ""
        if url:
            missing = f"The source has not been fetched{reason}; the link still leads to it."
        else:
            missing = f"The source has not been fetched{reason}."
    evidence = m.evidence
    if m.anaphor and not evidence:
        evidence = "refers back to an earlier mention of the same authority"
    return Preview(
        id=f"p{i}",
        kind=m.kind,
        kind_label=KIND_LABEL.get(m.kind, m.kind),
        title=_title(linked, m),
        citation=_cap_opt(src.citation) if src and src.citation else None,
        facts=tuple(facts),
        snippet=snippet_text(src.snippet) if src else None,
        missing=missing,
        provenance=provenance,
        confidence=f"{round(max(0.0, min(1.0, m.confidence)) * 100)}%",
        evidence=_cap_opt(evidence, 400),
        url=url,
        toa=toa_id,
        anaphor=m.anaphor,
        quotes=_quote_lines(linked, m.authority) if m.kind in ("ruling", "case") else (),
        url_label="Search for it" if url and _is_search(url) else "Open the source",
    )


# --- table of authorities -------------------------------------------------------------------


@dataclass
class Jump:
    id: str
    text: str


@dataclass
class Entry:
    id: str
    kind: str
    title: str
    url: str | None
    citation: str | None
    status: str | None
    jumps: list[Jump] = field(default_factory=list)
    count: int = 0


@dataclass
class Group:
    kind: str
    label: str
    entries: list[Entry]


def _entry_key(m: Mention) -> str:
    if m.authority:
        return m.authority
    if m.court:
        return f"court:{m.court}:{(m.name or '').lower()}"
    return f"{m.kind}:{(m.name or m.text).lower()}"


def table_of_authorities(
    linked: LinkedArticle, placed: set[int]
) -> tuple[list[Group], dict[int, str]]:
    """Groups of entries by kind (SPEC order), and each mention's entry id.

    ``placed`` holds the mentions that have a link in the body; only they get a jump.
    """
    entries: dict[str, Entry] = {}
    of: dict[int, str] = {}
    for i, m in enumerate(linked.mentions):
        key = _entry_key(m)
        e = entries.get(key)
        if e is None:
            auth = linked.authorities.get(m.authority) if m.authority else None
            src = auth.source if auth else None
            status = None
            if _state_own(m) and src is None:
                status = "state law, no source linked"
            elif m.authority is None:
                status = "not yet identified"
            elif src is None:
                status = "not fetched"
            e = Entry(
                id=f"toa-{len(entries) + 1}",
                kind=(auth.kind if auth and auth.kind in KINDS else m.kind),
                title=_title(linked, m),
                url=_href(linked, m),
                citation=_cap_opt(src.citation) if src else None,
                status=status,
            )
            entries[key] = e
        e.count += 1
        if i in placed:
            e.jumps.append(Jump(id=f"m{i}", text=m.text[:80]))
        of[i] = e.id
    groups: list[Group] = []
    for kind in (*KINDS, *sorted({e.kind for e in entries.values()} - set(KINDS))):
        es = [e for e in entries.values() if e.kind == kind]
        if es:
            groups.append(Group(kind=kind, label=KIND_GROUP.get(kind, kind), entries=es))
    return groups, of


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
        "href": _href(linked, m) or f"#{toa_id}",
        "title": _title(linked, m),
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
        url = _href(linked, m)
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
    url = _http(quote_url(linked, q))
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
                target = _http(value) or (
                    _http(urljoin(base, value)) if base and not value.startswith("#") else None
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
        url = _href(linked, m)
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
    _clean_publisher_attrs(root, _http(article.url) or _http(article.source))
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
            url = _href(linked, m)
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


# --- the page -------------------------------------------------------------------------------


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
    )


@cache
def _asset(name: str) -> str:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise ValueError(f"{name} must not close its own element")
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def content_security_policy(css: str, js: str) -> str:
    """Nothing may load from anywhere; only our own inline style and script (by hash) run."""
    return (
        "default-src 'none'; "
        f"style-src {_sha256(css)}; script-src {_sha256(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _footnotes(linked: LinkedArticle) -> dict[str, int]:
    notes: dict[str, int] = {}
    for m in linked.mentions:
        url = _href(linked, m)
        if url and url not in notes:
            notes[url] = len(notes) + 1
    return notes


def render_html(linked: LinkedArticle) -> str:
    """A complete, self-contained page for ``linked`` (see the module docstring)."""
    a = linked.article
    footnotes = _footnotes(linked)
    # The table needs to know which mentions were placed; placing needs the entry ids.
    _, toa_of = table_of_authorities(linked, set())
    if a.html is not None and a.text_map is not None:
        body, placed, has_h1 = annotate_html(linked, toa_of, footnotes)
        plain = False
    else:
        body, placed = annotate_text(linked, toa_of, footnotes)
        has_h1, plain = True, True  # a text's first line is its title already
    groups, _ = table_of_authorities(linked, placed)
    pops = [_preview(linked, i, m, toa_of[i]) for i, m in enumerate(linked.mentions) if i in placed]
    css, js = _asset("page.css"), _asset("page.js")
    source_url = _http(a.url) or _http(a.source)
    authorities = {_entry_key(m) for m in linked.mentions}
    return (
        _env()
        .get_template("page.html.j2")
        .render(
            lang="en",
            csp=content_security_policy(css, js),
            version=__version__,
            css=Markup(css),
            js=Markup(js),
            page_title=cap(a.title or a.stem, 200),
            show_title=not has_h1 and bool(a.title),
            byline=_cap_opt(a.byline, 200),
            date=a.date,
            source_url=source_url,
            source_label=cap(source_url, 120) if source_url else None,
            mention_count=len(linked.mentions),
            authority_count=len(authorities),
            warnings=list(linked.warnings),
            plain=plain,
            body=Markup(body),
            groups=groups,
            pops=pops,
            notes=list(footnotes),
            quote_missing=QUOTE_MISSING,
        )
    )


class _ContainerText(HTMLParser):
    """Collects the character data inside the element with ``id="article-text"``.

    The standard parser is used because BeautifulSoup folds whitespace-only strings, which a
    browser keeps.
    """

    VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "area", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        if self.depth:
            self.depth += 1
        elif ("id", "article-text") in attrs:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in self.VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def strip_annotations(page: str) -> str:
    """The article container's text with all markup removed (used by tests and tools)."""
    parser = _ContainerText()
    parser.feed(page)
    parser.close()
    return "".join(parser.parts)
