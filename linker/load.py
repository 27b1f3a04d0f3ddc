"""Load an article from a file, a URL or standard input, and decode it honestly."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .models import Article

if TYPE_CHECKING:  # imported where used: a text file needs neither HTTP nor HTML parsing
    import httpx

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAX_BYTES = 20 * 1024 * 1024
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?({_MONTHS})\.?\s+(\d{{1,2}}),\s+(\d{{4}})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_MONTH_NUM = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def _decode(data: bytes, where: str) -> str:
    if _looks_binary(data):
        raise InputError(f"{where}: looks like a binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{where}: not valid UTF-8 (byte {e.start})") from None


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(p|div|article|body|head)[\s>]", head)
    )


_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-])")


def date_from_url(url: str) -> str | None:
    """The date many publishers put in their article paths (``/2021/11/15/``), as ISO.

    A path with a year and month only gives the first of the month: close enough to pick the
    Congress or to bound a search, never used as a ruling's own date.
    """
    m = _URL_DATE.search(url)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '01'}"


_DATE_ANY = re.compile(
    rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),\s+(\d{{4}})\b(?!\s*[-–]\d)", re.IGNORECASE
)


def date_in_text(text: str) -> str | None:
    """The article's date from its first lines, as ISO: a dateline such as 'Aug. 6, 2025'
    alone on a line, else the first full date in the opening ("Tuesday, April 16, 2024,
    12:59 PM"), else a dated ``source:`` URL at the top of the text."""
    m = _DATE_LINE.search(text[:600]) or _DATE_ANY.search(text[:400])
    if not m:
        src = re.match(r"\s*source:\s*(\S+)", text)
        return date_from_url(src.group(1)) if src else None
    month = _MONTH_NUM[m.group(1).lower()]
    return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"


def from_text(text: str, source: str, *, is_html: bool = False, date: str | None = None) -> Article:
    """An ``Article`` from already decoded text (HTML when ``is_html``)."""
    if is_html:
        from .htmltext import extract

        ex = extract(text)
        if not ex.text.strip():
            raise InputError(f"{source}: no article text found in the HTML")
        return Article(
            source=source,
            text=ex.text,
            title=ex.title,
            date=date or ex.date,
            html=text,
            text_map=ex.text_map,
            byline=ex.byline,
        )
    if not text.strip():
        raise InputError(f"{source}: the article is empty")
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    title = first[:200] if first and len(first) < 200 else None
    return Article(
        source=source,
        text=text,
        title=title,
        date=date or date_in_text(text) or date_from_url(source),
    )


def load_article(
    where: str, *, client: httpx.Client | None = None, date: str | None = None
) -> Article:
    """Read ``where`` (a path, an http(s) URL or ``-`` for stdin) into an ``Article``.

    Raises ``InputError`` with a one-line message for anything that is not a readable article.
    """
    if where == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        text = _decode(data, "stdin")
        return from_text(text, "-", is_html=_looks_html(text), date=date)
    if re.match(r"^https?://", where, re.IGNORECASE):
        return _load_url(where, client, date)
    path = Path(where)
    if not path.exists():
        raise InputError(f"{where}: no such file")
    if path.is_dir():
        raise InputError(f"{where}: is a directory, not an article")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{where}: cannot read ({e.strerror})") from None
    text = _decode(data, where)
    is_html = path.suffix.lower() in HTML_SUFFIXES or (
        path.suffix.lower() not in (".txt", ".md") and _looks_html(text)
    )
    return from_text(text, where, is_html=is_html, date=date)


def _load_url(url: str, client: httpx.Client | None, date: str | None) -> Article:
    import httpx

    own = client is None
    c = client or httpx.Client(
        timeout=httpx.Timeout(20.0, connect=10.0),
        follow_redirects=True,
        headers={"User-Agent": "linker/0.1 (+https://github.com/linker)"},
    )
    try:
        resp = c.get(url)
    except httpx.HTTPError as e:
        raise InputError(f"{url}: could not fetch ({type(e).__name__}: {e})") from None
    finally:
        if own:
            c.close()
    if resp.status_code >= 400:
        raise InputError(f"{url}: the server answered {resp.status_code}")
    data = resp.content
    if len(data) > MAX_BYTES:
        raise InputError(f"{url}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    ctype = resp.headers.get("content-type", "")
    if _looks_binary(data) or not (
        ctype.startswith("text/") or "html" in ctype or "xml" in ctype or not ctype
    ):
        raise InputError(f"{url}: not a text or HTML page ({ctype or 'unknown type'})")
    try:
        text = data.decode(resp.encoding or "utf-8")
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{url}: could not decode the page") from None
    return from_text(text, url, is_html="html" in ctype or _looks_html(text), date=date)
