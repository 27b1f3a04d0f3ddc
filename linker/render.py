"""Write a linked article as a self-contained annotated HTML page.

The article text is kept exactly: each mention becomes ``<a class="lk lk-KIND">`` around the
very characters it covers, so removing the annotation markup gives back the text.
"""

from __future__ import annotations

import html
from collections import defaultdict

from .links import default_title
from .models import LinkedArticle, Mention

CSS = """
:root{--fg:#1d1d1f;--bg:#fdfdfb;--muted:#666;--line:#ddd;--statute:#1a5fb4;--constitution:#813d9c;
--case:#a51d2d;--ruling:#c64600;--executive-action:#26a269;--bill:#986a44;--regulation:#1c71d8}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#161618;--muted:#aaa;--line:#333;
--statute:#78aeed;--constitution:#c061cb;--case:#f66151;--ruling:#ffa348;--executive-action:#57e389;
--bill:#cdab8f;--regulation:#99c1f1}}
body{font:18px/1.6 Georgia,serif;color:var(--fg);background:var(--bg);max-width:46rem;margin:2rem auto;padding:0 1rem}
.article-text{white-space:pre-wrap}
a.lk{color:inherit;text-decoration:none;border-bottom:2px solid var(--k);background:color-mix(in srgb,var(--k) 10%,transparent)}
a.lk:hover,a.lk:focus{background:color-mix(in srgb,var(--k) 25%,transparent)}
""" + "".join(
    f".lk-{k}{{--k:var(--{k})}}"
    for k in ("statute", "constitution", "case", "ruling", "executive-action", "bill", "regulation")
) + """
table{border-collapse:collapse;width:100%;font:15px/1.4 system-ui,sans-serif}
td,th{border-top:1px solid var(--line);padding:.4rem;text-align:left;vertical-align:top}
.meta,.warn{font:14px system-ui,sans-serif;color:var(--muted)}
"""


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def _title_for(linked: LinkedArticle, m: Mention) -> str:
    if m.authority and m.authority in linked.authorities:
        return linked.authorities[m.authority].title
    if m.authority:
        return default_title(m.authority)
    if m.court:
        return f"Ruling ({m.court}), not yet identified"
    return m.name or m.text


def _href(linked: LinkedArticle, m: Mention) -> str:
    url = m.url
    if not url and m.authority and m.authority in linked.authorities:
        url = linked.authorities[m.authority].url
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return "#"


def annotate_text(linked: LinkedArticle) -> str:
    """The article's text as escaped HTML with each mention wrapped in a link."""
    text = linked.article.text
    parts: list[str] = []
    pos = 0
    for i, m in enumerate(linked.mentions):
        if m.start < pos:
            continue
        parts.append(_e(text[pos : m.start]))
        attrs = {
            "class": f"lk lk-{m.kind}",
            "id": f"m{i}",
            "href": _href(linked, m),
            "title": _title_for(linked, m),
            "data-kind": m.kind,
        }
        if m.authority:
            attrs["data-authority"] = m.authority
        if m.court:
            attrs["data-court"] = m.court
        attr_s = " ".join(f'{k}="{_e(v)}"' for k, v in attrs.items())
        parts.append(f"<a {attr_s}>{_e(text[m.start : m.end])}</a>")
        pos = m.end
    parts.append(_e(text[pos:]))
    return "".join(parts)


def table_of_authorities(linked: LinkedArticle) -> str:
    rows: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(linked.mentions):
        key = m.authority or (f"court:{m.court}" if m.court else f"name:{m.name or m.text}")
        rows[key].append(i)
    out = ["<table><thead><tr><th>Authority</th><th>Kind</th><th>Mentions</th></tr></thead><tbody>"]
    for key, idxs in rows.items():
        m = linked.mentions[idxs[0]]
        title = _title_for(linked, m)
        links = " ".join(f'<a href="#m{i}">{n + 1}</a>' for n, i in enumerate(idxs))
        out.append(
            f'<tr><td><a href="{_e(_href(linked, m))}">{_e(title)}</a></td>'
            f"<td>{_e(m.kind)}</td><td>{links}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def render_html(linked: LinkedArticle) -> str:
    """A complete page: inline CSS, no external requests."""
    a = linked.article
    title = a.title or a.source
    warnings = "".join(f'<p class="warn">{_e(w)}</p>' for w in linked.warnings)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{_e(title)} — linker</title><style>{CSS}</style></head><body>"
        f'<p class="meta">Source: {_e(a.source)}'
        + (f" · {_e(a.date)}" if a.date else "")
        + f" · {len(linked.mentions)} mentions</p>{warnings}"
        f'<div class="article-text">{annotate_text(linked)}</div>'
        f"<h2>Table of authorities</h2>{table_of_authorities(linked)}</body></html>\n"
    )
