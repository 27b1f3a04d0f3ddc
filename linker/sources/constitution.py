"""The Constitution Annotated (constitution.congress.gov) browse pages.

``const:amendment:N`` → ``/browse/amendment-N/``, ``const:article:N`` → ``/browse/article-N/``,
with ``:section:M`` → ``…/section-M/`` (SOURCES.md §7). The page's markup beyond its
``<h1>`` and ``<main>`` is not documented, so the parser reads the visible text of the main
content (scripts, navigation, header and footer removed) and names the source from the id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import BeautifulSoup

from ..config import Config
from ..errors import FetchError
from ..links import default_title, public_url
from ..models import Source
from ..store import RawResponse
from .base import DAY, NotFound, Request, cap, clean, snippet

SERVICE = "constitution"
HOST = "constitution.congress.gov"
FRESH_FOR = 90 * DAY


def _path(authority: str) -> str | None:
    p = authority.split(":")
    if len(p) not in (3, 5) or p[0] != "const" or p[1] not in ("amendment", "article"):
        return None
    if not p[2].isdigit() or int(p[2]) < 1:
        return None
    n = int(p[2])
    if (p[1] == "amendment" and n > 27) or (p[1] == "article" and n > 7):
        return None
    path = f"/browse/{p[1]}-{n}/"
    if len(p) == 5:
        if p[3] != "section" or not p[4].isdigit():
            return None
        path += f"section-{int(p[4])}/"
    return path


def request_for(authority: str, config: Config) -> Request | None:
    path = _path(authority)
    if path is None:
        return None
    return Request(SERVICE, config.constitution_url + path, fresh_for=FRESH_FOR, accept="text/html")


def check(raw: RawResponse) -> None:
    low = raw.body[:20_000].lower()
    if "under maintenance" in low or not raw.body.strip():
        raise FetchError(f"{HOST} is under maintenance")


def parse(authority: str, raw: RawResponse, extras: Sequence[RawResponse] = ()) -> Source:
    if _path(authority) is None:
        raise NotFound(f"not a Constitution id: {authority}")
    soup = BeautifulSoup(raw.body, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript", "form"]):
        tag.decompose()
    main = soup.find("main") or soup.body or soup
    h1 = main.find("h1")
    heading = " ".join(h1.get_text().split()) if h1 else ""
    if h1:
        h1.decompose()
    paras = [p.get_text(" ") for p in main.find_all(["p", "li"]) if p.get_text(strip=True)]
    text = clean("\n\n".join(paras) if paras else main.get_text("\n"))
    if not text:
        raise FetchError(f"{HOST} sent a page without text")
    title = default_title(authority)
    if heading and heading.lower() not in title.lower():
        title = f"{title} — {heading}"
    return Source(
        authority=authority,
        title=re.sub(r"\s+", " ", title),
        url=public_url(authority) or f"https://{HOST}/",
        source=HOST,
        fetched_at=raw.checked_at,
        citation=default_title(authority).replace("U.S. Constitution, ", "U.S. Const. "),
        snippet=snippet(text),
        text=cap(text),
    )
