"""What every source module shares: the request description, errors and text helpers.

A source module (one per service) exposes

``SERVICE``                       the key of the service in ``config.ORIGINS``;
``request_for(aid, config)``      the ``Request`` that fetches authority ``aid``, or ``None``
                                  when the service cannot fetch it (the id is linked only);
``check(raw)``                    raise ``FetchError`` when a 200 response is really an error
                                  (a maintenance page, invalid JSON); it is then not cached;
``parse(aid, raw, extras)``       the ``Source`` from the cached raw response(s); raises
                                  ``NotFound`` when the response says the authority does not
                                  exist, ``FetchError`` when it cannot be understood;
and optionally
``local_source(aid)``             the ``Source`` from linker's own package data (the
                                  Constitution), used before and instead of any request;
``follow_up(aid, raw, config)``   further requests whose responses ``parse`` uses as ``extras``
                                  (the other sections of a range, an opinion's text);
``batch_request(reqs, config)`` / ``split_batch(reqs, raw)``  merge several requests that share
                                  a ``batch`` tag into one and split the answer back per request.

Parsers only ever read cached responses, so a better parser improves old caches without a
refetch. ``Source.url`` is always the real public page, never the configured origin.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlencode, urlsplit

from ..config import Config
from ..errors import FetchError
from ..models import Source
from ..store import RawResponse

MINUTE = 60.0
HOUR = 3600.0
DAY = 86400.0

SNIPPET_CHARS = 300
TEXT_CHARS = 20_000


class NotFound(FetchError):
    """The service answered that the authority does not exist (HTTP 404, no match)."""


@dataclass(frozen=True)
class Request:
    """One HTTP request to a service, described without performing it.

    ``url`` includes the configured origin and the query string. ``form`` is the
    form-encoded body of a POST. ``fresh_for`` is how long (seconds) a cached answer is used
    without asking the service again; after that it is revalidated (ETag/Last-Modified).
    Requests with the same ``batch`` tag may be merged into one by the module's
    ``batch_request``. ``needs_auth``: the service refuses it without the service's token, so
    without one it is answered from the cache or not at all.
    """

    service: str
    url: str
    method: str = "GET"
    form: tuple[tuple[str, str], ...] = ()
    fresh_for: float = 30 * DAY
    accept: str = "*/*"
    batch: str | None = None
    needs_auth: bool = False

    @property
    def key(self) -> str:
        """The cache key: the URL, plus the form body for a POST."""
        if self.method == "GET":
            return self.url
        return f"{self.method} {self.url} {urlencode(self.form)}"

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc


class SourceModule(Protocol):
    SERVICE: str

    def request_for(self, authority: str, config: Config) -> Request | None: ...

    def check(self, raw: RawResponse) -> None: ...

    def parse(
        self, authority: str, raw: RawResponse, extras: Sequence[RawResponse] = ()
    ) -> Source: ...


def clean(text: str) -> str:
    """Collapse runs of whitespace to one space (keeping paragraph breaks as newlines)."""
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)


def snippet(text: str | None, limit: int = SNIPPET_CHARS) -> str | None:
    """The first ``limit`` characters of ``text`` on one line, cut at a word, with an ellipsis."""
    if not text:
        return None
    one = re.sub(r"\s+", " ", text).strip()
    if len(one) <= limit:
        return one
    cut = one[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def cap(text: str | None, limit: int = TEXT_CHARS) -> str | None:
    """``text`` limited to ``limit`` characters (full text is stored where cheap)."""
    if not text:
        return None
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def load_json(raw: RawResponse, what: str) -> object:
    """The JSON body of ``raw``; ``FetchError`` naming ``what`` when it is not JSON."""
    try:
        return json.loads(raw.body)
    except json.JSONDecodeError as exc:
        raise FetchError(f"{what} returned invalid JSON ({exc.msg} at {exc.pos})") from None


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url


_BOT_WALL = re.compile(
    r"<title>\s*(?:just a moment|attention required|access denied|pardon our interruption"
    r"|are you a robot|security check|verifying you are human|robot check)"
    r"|cf-chl-|challenge-platform|_incapsula_resource|captcha-delivery|px-captcha"
    r"|enable javascript and cookies to continue|checking your browser before accessing"
    r"|request unsuccessful\. incapsula|why have i been blocked",
    re.I,
)


def looks_like_bot_wall(body: str) -> bool:
    """True when ``body`` is a bot-wall or challenge page (Cloudflare, Akamai, Incapsula,
    PerimeterX, DataDome), which a service may send with any status, even 200."""
    return bool(_BOT_WALL.search(body[:30_000]))
