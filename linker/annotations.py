"""The mentions as W3C Web Annotations (JSON-LD), for other tools to use.

One ``AnnotationCollection`` whose single page lists one ``Annotation`` per mention
(https://www.w3.org/TR/annotation-model/). Each annotation targets the article with a
``TextQuoteSelector`` (the exact text, with up to 32 characters of prefix and suffix) and a
``TextPositionSelector`` (``start``/``end`` in code points, end exclusive — the same offsets as
SPEC §3, into the article's plain text; for HTML input that is the extracted text, which
``linker scan --json`` prints). The bodies say what the mention is: the public page it links
to (``SpecificResource`` with purpose ``linking``), the canonical id (``identifying``), the
kind (``classifying``), the title (``describing``) and, for informal mentions, why it was
linked (``commenting``).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .models import LinkedArticle, Mention
from .render import court_label

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_WINDOW = 32


def _article_iri(source: str) -> str:
    """An IRI for the article: its URL, a ``file:`` URI for a path, or a URN for stdin."""
    if source.lower().startswith(("http://", "https://")):
        return source
    if source == "-":
        return "urn:linker:stdin"
    try:
        return Path(source).resolve().as_uri()
    except (OSError, ValueError):
        return f"urn:linker:{source}"


def _bodies(linked: LinkedArticle, m: Mention) -> list[dict[str, Any]]:
    auth = linked.authorities.get(m.authority) if m.authority else None
    url = m.url or (auth.url if auth else None)
    bodies: list[dict[str, Any]] = []
    if url and url.lower().startswith(("http://", "https://")):
        bodies.append(
            {
                "type": "SpecificResource",
                "source": {"id": url, "type": "Text", "format": "text/html"},
                "purpose": "linking",
            }
        )
    if m.authority:
        bodies.append(
            {
                "type": "TextualBody",
                "value": m.authority,
                "purpose": "identifying",
                "format": "text/plain",
            }
        )
    bodies.append({"type": "TextualBody", "value": m.kind, "purpose": "classifying"})
    title = auth.title if auth else (m.name or None)
    if m.court and not title:
        title = court_label(m.court)
    if title:
        bodies.append({"type": "TextualBody", "value": title, "purpose": "describing"})
    if m.evidence:
        bodies.append({"type": "TextualBody", "value": m.evidence, "purpose": "commenting"})
    return bodies


def to_annotations_obj(linked: LinkedArticle) -> dict[str, Any]:
    """The collection as a JSON-serialisable dict."""
    a = linked.article
    text = a.text
    target_iri = _article_iri(a.source)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    items: list[dict[str, Any]] = []
    for i, m in enumerate(linked.mentions):
        selectors: list[dict[str, Any]] = [
            {
                "type": "TextQuoteSelector",
                "exact": text[m.start : m.end],
                "prefix": text[max(0, m.start - CONTEXT_WINDOW) : m.start],
                "suffix": text[m.end : m.end + CONTEXT_WINDOW],
            },
            {"type": "TextPositionSelector", "start": m.start, "end": m.end},
        ]
        items.append(
            {
                "id": f"urn:linker:{digest}:m{i}",
                "type": "Annotation",
                "motivation": "linking",
                "body": _bodies(linked, m),
                "target": {
                    "source": target_iri,
                    "format": "text/html" if a.html is not None else "text/plain",
                    "selector": selectors,
                },
            }
        )
    return {
        "@context": CONTEXT,
        "id": f"urn:linker:{digest}",
        "type": "AnnotationCollection",
        "label": f"Laws and rulings mentioned in {a.title or a.source}",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def to_annotations(linked: LinkedArticle) -> str:
    """The collection as JSON-LD text."""
    return json.dumps(to_annotations_obj(linked), ensure_ascii=False, indent=2) + "\n"
