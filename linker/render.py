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
import hashlib
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import __version__
from .models import LinkedArticle
from .preview import (
    QUOTE_MISSING,
    cap,
    cap_opt,
    court_label,
    entry_key,
    href_of,
    http_only,
    preview,
    snippet_text,
    table_of_authorities,
)
from .weave import annotate_html, annotate_text

TEMPLATES = Path(__file__).parent / "templates"


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
        url = href_of(linked, m)
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
    pops = [preview(linked, i, m, toa_of[i]) for i, m in enumerate(linked.mentions) if i in placed]
    css, js = _asset("page.css"), _asset("page.js")
    source_url = http_only(a.url) or http_only(a.source)
    authorities = {entry_key(m) for m in linked.mentions}
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
            byline=cap_opt(a.byline, 200),
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


__all__ = [
    "QUOTE_MISSING",
    "content_security_policy",
    "court_label",
    "render_html",
    "snippet_text",
    "strip_annotations",
]
