"""linker: find every mention of a law or a court ruling in a news article and link it.

The public API is small: load an article, scan it, link it, render it.
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .errors import CacheError, FetchError, InputError, LinkerError
    from .load import load_article
    from .models import Article, Authority, LinkedArticle, Mention, Source
    from .output import to_json
    from .pipeline import scan_article
    from .render import render_html
    from .scanner import scan

#: where each public name lives; imported on first use, so that ``linker`` itself (and the
#: command line's entry point, which Ctrl-C may interrupt) starts without loading them
_LAZY = {
    "CacheError": "errors",
    "FetchError": "errors",
    "InputError": "errors",
    "LinkerError": "errors",
    "load_article": "load",
    "Article": "models",
    "Authority": "models",
    "LinkedArticle": "models",
    "Mention": "models",
    "Source": "models",
    "to_json": "output",
    "scan_article": "pipeline",
    "render_html": "render",
    "scan": "scanner",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'linker' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


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
