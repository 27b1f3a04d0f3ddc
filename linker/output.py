"""Machine-readable output (SPEC §3)."""

from __future__ import annotations

import json
from typing import Any

from .models import LinkedArticle, Mention


def mention_json(m: Mention) -> dict[str, Any]:
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "kind": m.kind,
        "authority": m.authority,
        "court": m.court,
        "name": m.name,
        "confidence": round(m.confidence, 3),
        "anaphor": m.anaphor,
        "url": m.url,
        "evidence": m.evidence,
    }


def to_json_obj(linked: LinkedArticle) -> dict[str, Any]:
    a = linked.article
    authorities: dict[str, Any] = {}
    for key, auth in linked.authorities.items():
        src = auth.source
        authorities[key] = {
            "title": auth.title,
            "url": auth.url,
            "kind": auth.kind,
            "source": src.source if src else None,
            "fetched_at": src.fetched_at if src else None,
            "snippet": src.snippet if src else None,
            "citation": src.citation if src else None,
            "error": auth.error,
        }
    return {
        "schema": 1,
        "article": {
            "source": a.source,
            "title": a.title,
            "date": a.date,
            "text_length": len(a.text),
        },
        "mentions": [mention_json(m) for m in linked.mentions],
        "authorities": authorities,
        "quotes": [
            {"start": q.start, "end": q.end, "authority": q.authority, "found": q.found}
            for q in linked.quotes
        ],
    }


def to_json(linked: LinkedArticle) -> str:
    return json.dumps(to_json_obj(linked), ensure_ascii=False, indent=2) + "\n"
