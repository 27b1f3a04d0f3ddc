"""The only place that knows the order: load → scan → resolve → (fetch) → render."""

from __future__ import annotations

from .models import Article, LinkedArticle
from .resolve import authorities_for, link_mention
from .scan import scan


def scan_article(article: Article, *, min_confidence: float = 0.5) -> LinkedArticle:
    """Find and resolve every mention without touching the network or the cache."""
    mentions = tuple(link_mention(m) for m in scan(article, min_confidence=min_confidence))
    return LinkedArticle(
        article=article, mentions=mentions, authorities=authorities_for(mentions)
    )
