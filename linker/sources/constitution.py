"""The U.S. Constitution, from linker's own package data (``linker/data/constitution.json``).

The Constitution Annotated (constitution.congress.gov) answers automated clients with a bot
wall (HTTP 403 and a challenge page), so linker ships the Constitution's text (public domain)
and never asks the site: ``const:`` previews work offline and need no request. Reader links
still go to constitution.congress.gov (``links.public_url``).

Ids: ``const:amendment:N``, ``const:article:N``, ``const:article:N:section:M``, and with
``:clause:K`` one clause (or paragraph) of an article, a section or an amendment. The data
holds the articles by section and clause and the amendments by section (by paragraph where an
amendment has no sections).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from ..config import Config
from ..errors import FetchError
from ..links import default_title, public_url
from ..models import Source
from ..store import RawResponse
from .base import NotFound, Request, cap, snippet

SERVICE = "constitution"
HOST = "constitution.congress.gov"
DATA_SOURCE = "the U.S. Constitution (linker's package data)"
FETCHED_AT = "1992-05-07T00:00:00Z"  # the 27th Amendment, the text's last change


@cache
def text_data() -> dict[str, Any]:
    """The packaged text: ``{"preamble", "article": {N: …}, "amendment": {N: …}}``."""
    raw = resources.files("linker").joinpath("data/constitution.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _parts(authority: str) -> tuple[str, int, int | None, int | None] | None:
    m = re.fullmatch(
        r"const:(amendment|article):(\d+)(?::section:(\d+))?(?::clause:(\d+))?", authority
    )
    if not m:
        return None
    sec = int(m.group(3)) if m.group(3) else None
    clause = int(m.group(4)) if m.group(4) else None
    return m.group(1), int(m.group(2)), sec, clause


def passage(authority: str) -> list[str] | None:
    """The paragraphs (clauses) of ``authority``, or ``None`` when it does not exist."""
    parts = _parts(authority)
    if parts is None:
        return None
    kind, n, sec, clause = parts
    unit = text_data().get(kind, {}).get(str(n))
    if not isinstance(unit, dict):
        return None
    sections: dict[str, list[str]] = unit.get("sections") or {}
    if sec is not None:
        paras = sections.get(str(sec))
    elif sections:
        paras = [f"Section {k}. {' '.join(v)}" for k, v in sorted(sections.items(), key=_num_key)]
    else:
        paras = unit.get("clauses")
    if not paras:
        return None
    if clause is not None:
        if sec is None and sections:
            return None  # a clause is numbered within its section
        if not 1 <= clause <= len(paras):
            return None
        return [paras[clause - 1]]
    return list(paras)


def _num_key(item: tuple[str, Any]) -> int:
    return int(item[0])


def _citation(authority: str) -> str:
    base = default_title(re.sub(r":clause:\d+$", "", authority))
    base = base.replace("U.S. Constitution, ", "U.S. Const. ")
    parts = _parts(authority)
    if parts is not None and parts[3] is not None:
        base += f", cl. {parts[3]}"
    return base


def local_source(authority: str) -> Source | None:
    """The ``Source`` for ``authority`` from the packaged text (no request), or ``None``."""
    paras = passage(authority)
    if paras is None:
        return None
    text = "\n\n".join(paras)
    title = default_title(re.sub(r":clause:\d+$", "", authority))
    parts = _parts(authority)
    if parts is not None and parts[3] is not None:
        title += f", Clause {parts[3]}"
    base = re.sub(r":clause:\d+$", "", authority)
    return Source(
        authority=authority,
        title=title,
        url=public_url(base) or f"https://{HOST}/",
        source=DATA_SOURCE,
        fetched_at=FETCHED_AT,
        citation=_citation(authority),
        snippet=snippet(text),
        text=cap(text),
    )


def request_for(authority: str, config: Config) -> Request | None:
    """Never a request: the text ships with linker (the site walls off automated clients)."""
    return None


def check(raw: RawResponse) -> None:
    raise FetchError(f"{HOST} is not asked: the Constitution ships with linker")


def parse(authority: str, raw: RawResponse, extras: Sequence[RawResponse] = ()) -> Source:
    src = local_source(authority)
    if src is None:
        raise NotFound(f"not in the Constitution: {authority}")
    return src
