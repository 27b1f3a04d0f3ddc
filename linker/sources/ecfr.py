"""eCFR versioner API (www.ecfr.gov): C.F.R. parts and sections.

The versioner needs a date no later than the title's ``up_to_date_as_of``, so ``cfr:T:P.S``
is fetched in two steps: ``GET /api/versioner/v1/titles.json`` (one cached answer serves every
title for a day), then (``follow_up``) ``GET /api/versioner/v1/full/{date}/title-T.xml?part=P
&section=P.S`` (dated, so it never changes). The XML is ``<DIV5 TYPE="PART">`` /
``<DIV8 TYPE="SECTION" N="P.S"><HEAD>…</HEAD><P>…</P>`` (SOURCES.md §5).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from ..config import Config
from ..errors import FetchError
from ..links import public_url
from ..models import Source
from ..store import RawResponse
from .base import DAY, NotFound, Request, cap, clean, snippet

SERVICE = "ecfr"
HOST = "www.ecfr.gov"
_PART = re.compile(r"^[0-9]+[a-z]?$")
_SECTION = re.compile(r"^[0-9]+[a-z]?\.[0-9a-z-]+$")


def _parts(authority: str) -> tuple[int, str, str | None] | None:
    p = authority.split(":")
    if len(p) != 3 or p[0] != "cfr" or not p[1].isdigit():
        return None
    if _SECTION.match(p[2]):
        return int(p[1]), p[2].split(".", 1)[0], p[2]
    if _PART.match(p[2]):
        return int(p[1]), p[2], None
    return None


def request_for(authority: str, config: Config) -> Request | None:
    if _parts(authority) is None:
        return None
    return Request(
        SERVICE,
        f"{config.ecfr_url}/api/versioner/v1/titles.json",
        fresh_for=1 * DAY,
        accept="application/json",
    )


def _titles(raw: RawResponse) -> list[dict[str, Any]]:
    try:
        data = json.loads(raw.body)
    except json.JSONDecodeError as exc:
        raise FetchError(f"{HOST} returned invalid JSON ({exc.msg})") from None
    titles = data.get("titles") if isinstance(data, dict) else None
    if not isinstance(titles, list):
        raise FetchError(f"{HOST} sent a title list without titles")
    return [t for t in titles if isinstance(t, dict)]


def _title_row(authority: str, raw: RawResponse) -> dict[str, Any]:
    parts = _parts(authority)
    assert parts is not None
    for t in _titles(raw):
        if str(t.get("number")) == str(parts[0]):
            if t.get("reserved"):
                raise NotFound(f"title {parts[0]} of the C.F.R. is reserved")
            return t
    raise NotFound(f"title {parts[0]} is not in the C.F.R.")


def follow_up(authority: str, raw: RawResponse, config: Config) -> list[Request]:
    parts = _parts(authority)
    if parts is None or raw.url.endswith(".xml") or "/full/" in raw.url:
        return []
    try:
        row = _title_row(authority, raw)
    except FetchError:
        return []
    date = str(row.get("up_to_date_as_of") or row.get("latest_issue_date") or "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return []
    title, part, section = parts
    query = {"part": part} | ({"section": section} if section else {})
    url = f"{config.ecfr_url}/api/versioner/v1/full/{date}/title-{title}.xml?{urlencode(query)}"
    return [Request(SERVICE, url, fresh_for=365 * DAY, accept="application/xml")]


def check(raw: RawResponse) -> None:
    if "/full/" in raw.url:
        try:
            ET.fromstring(raw.body.encode("utf-8"))
        except ET.ParseError as exc:
            raise FetchError(f"{HOST} sent malformed XML ({exc})") from None
    else:
        _titles(raw)


def _text(el: ET.Element) -> str:
    return " ".join("".join(el.itertext()).split())


def parse(authority: str, raw: RawResponse, extras: Sequence[RawResponse] = ()) -> Source:
    parts = _parts(authority)
    if parts is None:
        raise NotFound(f"not a C.F.R. id: {authority}")
    title, part, section = parts
    row = _title_row(authority, raw)
    xml = next((e for e in extras if "/full/" in e.url), None)
    if xml is None:
        raise FetchError(f"{HOST}: the text of {title} CFR {section or part} could not be fetched")
    root = ET.fromstring(xml.body.encode("utf-8"))
    want_type, want_n = ("SECTION", section) if section else ("PART", part)
    node = next(
        (
            el
            for el in root.iter()
            if el.get("TYPE") == want_type and (el.get("N") or "").lower() == want_n
        ),
        None,
    )
    if node is None:
        raise NotFound(f"{title} CFR {want_n} is not in the eCFR")
    head_el = node.find("HEAD")
    head = _text(head_el) if head_el is not None else ""
    heading = re.sub(r"^(§\s*)?" + re.escape(want_n) + r"\s*", "", head).strip()
    heading = re.sub(r"^PART\s+\S+\s*[—-]\s*", "", heading).strip().rstrip(".")
    paras = [_text(p) for p in node.iter("P")]
    text = clean("\n\n".join(p for p in paras if p))
    citation = f"{title} C.F.R. § {section}" if section else f"{title} C.F.R. part {part}"
    name = str(row.get("name") or "")
    return Source(
        authority=authority,
        title=f"{citation} — {heading}" if heading else citation,
        url=public_url(authority) or f"https://{HOST}/",
        source=HOST,
        fetched_at=xml.checked_at,
        citation=citation + (f" (Title {title}, {name})" if name else ""),
        snippet=snippet(text or heading),
        text=cap(text) or None,
    )
