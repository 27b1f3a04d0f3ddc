"""linker: find every mention of a law or a court ruling in a news article and link it.

The public API is small: load an article, scan it, link it, render it.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import CacheError, FetchError, InputError, LinkerError
from .load import load_article
from .models import Article, Authority, LinkedArticle, Mention, Source
from .output import to_json
from .pipeline import scan_article
from .render import render_html
from .scanner import scan

__all__ = [
    "Article",
    "Authority",
    "CacheError",
    "FetchError",
    "InputError",
    "LinkedArticle",
    "LinkerError",
    "Mention",
    "Source",
    "__version__",
    "load_article",
    "render_html",
    "scan",
    "scan_article",
    "to_json",
]
