"""linker: find every mention of a law or a court ruling in a news article and link it.

The public API is small: load an article, scan it, link it, render it. Its names are imported
on first use, so that ``linker scan`` on a text file never imports the HTML, HTTP, cache or
template libraries it does not need.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .errors import CacheError, FetchError, InputError, LinkerError
from .models import Article, Authority, LinkedArticle, Mention, Source

if TYPE_CHECKING:
    from .load import load_article
    from .output import to_json
    from .pipeline import scan_article
    from .render import render_html
    from .scanner import scan

# name → module that defines it, imported by ``__getattr__`` the first time it is asked for
_LAZY = {
    "load_article": ".load",
    "render_html": ".render",
    "scan": ".scanner",
    "scan_article": ".pipeline",
    "to_json": ".output",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
