"""The U.S. Code from the Office of the Law Revision Counsel (uscode.house.gov).

``usc:T:S`` is fetched as the section page
``/view.xhtml?req=granuleid:USC-prelim-title{T}-section{S}&num=0&edition=prelim``; a range
``usc:T:A-B`` as its first section plus (``follow_up``) the others when they can be counted
(numeric sections, at most 20), shown together under the chapter they share. ``parse`` also
reads USLM XML (``<section identifier="/us/usc/t16/s1">``) when that is what is cached.

The page structure (comment-delimited fields, ``h3.section-head``, ``p.statutory-body``,
``p.source-credit``) is documented in SOURCES.md §2. A 200 "Under Maintenance" page is an
error and is not cached; a page without the requested section is "not found".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from bs4 import BeautifulSoup

from ..config import Config
from ..errors import FetchError
from ..ids import usc_range
from ..links import public_url
from ..models import Source
from ..store import RawResponse
from .base import DAY, NotFound, Request, cap, clean, snippet

SERVICE = "uscode"
HOST = "uscode.house.gov"
FRESH_FOR = 30 * DAY
MAX_RANGE = 20

_SECTION_RE = re.compile(r"^[0-9]+[a-z0-9]*(?:-[0-9]+[a-z0-9]*)?$")


def _parts(authority: str) -> tuple[str, str, str | None] | None:
    p = authority.split(":")
    if len(p) != 3 or p[0] != "usc" or not p[1].isdigit():
        return None
    first, last = usc_range(p[2])
    if not _SECTION_RE.match(first) or (last is not None and not _SECTION_RE.match(last)):
        return None
    return p[1], first, last


def section_request(title: str, section: str, config: Config) -> Request:
    url = (
        f"{config.uscode_url}/view.xhtml?req=granuleid:USC-prelim-title{title}-section{section}"
        "&num=0&edition=prelim"
    )
    return Request(SERVICE, url, fresh_for=FRESH_FOR, accept="text/html,application/xhtml+xml")


def request_for(authority: str, config: Config) -> Request | None:
    parts = _parts(authority)
    if parts is None:
        return None
    title, first, _last = parts
    return section_request(title, first, config)


def follow_up(authority: str, raw: RawResponse, config: Config) -> list[Request]:
    """The other sections of a range, when both ends are plain numbers."""
    parts = _parts(authority)
    if parts is None or parts[2] is None:
        return []
    title, first, last = parts
    if not (first.isdigit() and last is not None and last.isdigit()):
        return [section_request(title, last, config)] if last else []
    a, b = int(first), int(last)
    return [section_request(title, str(n), config) for n in range(a + 1, min(b, a + MAX_RANGE) + 1)]


def check(raw: RawResponse) -> None:
    body = raw.body
    low = body[:20_000].lower()
    if "under maintenance" in low and "section-head" not in low:
        raise FetchError(f"{HOST} is under maintenance")
    if not body.strip():
        raise FetchError(f"{HOST} sent an empty page")


@dataclass(frozen=True)
class _Section:
    number: str
    heading: str
    text: str
    credit: str
    chapter: str | None  # e.g. "ch. 13 — Insurrection"


def _chapter_from_expcite(html: str) -> str | None:
    m = re.search(r"<!--\s*expcite:(.*?)-->", html, re.S)
    if not m:
        return None
    for level in m.group(1).split("!@!"):
        cm = re.match(r"\s*CHAPTER\s+([0-9A-Z]+)\s*[-—–]\s*(.+)", level.strip())
        if cm:
            return f"ch. {cm.group(1)} — {cm.group(2).strip().title()}"
    return None


def _norm_num(s: str) -> str:
    return re.sub(r"[^0-9a-z-]", "", s.lower())


def _parse_html(html: str, section: str) -> _Section | None:
    soup = BeautifulSoup(html, "html.parser")
    heads = soup.select(".section-head")
    head = None
    for h in heads:
        m = re.match(r"\s*§+\s*([0-9A-Za-z-]+)\.?", h.get_text())
        if m and _norm_num(m.group(1)) == _norm_num(section):
            head = h
            break
    if head is None:
        return None
    head_text = " ".join(head.get_text().split())
    heading = re.sub(r"^§+\s*[0-9A-Za-z-]+\.?\s*", "", head_text).strip()
    fm = re.search(
        r"<!--\s*field-start:statute\s*-->(.*?)<!--\s*field-end:statute\s*-->", html, re.S
    )
    if fm:
        body = BeautifulSoup(fm.group(1), "html.parser")
        paras = [p.get_text(" ") for p in body.find_all("p")] or [body.get_text(" ")]
    else:
        paras = [p.get_text(" ") for p in soup.select("p.statutory-body")]
    text = clean("\n\n".join(paras))
    credit_el = soup.select_one("p.source-credit")
    credit = " ".join(credit_el.get_text().split()) if credit_el else ""
    return _Section(section, heading, text, credit, _chapter_from_expcite(html))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_uslm(xml: str, title: str, section: str) -> _Section | None:
    try:
        root = ET.fromstring(xml.encode("utf-8"))
    except ET.ParseError as exc:
        raise FetchError(f"{HOST} sent malformed XML ({exc})") from None
    want = f"/us/usc/t{title}/s{section}".lower()
    chapter = None
    for el in root.iter():
        if _local(el.tag) == "chapter":
            chapter = el
        ident = (el.get("identifier") or "").replace("\u2013", "-").lower()
        if _local(el.tag) != "section" or ident != want:
            continue
        heading = ""
        credit = ""
        paras: list[str] = []
        for child in el:
            name = _local(child.tag)
            if name == "heading":
                heading = " ".join("".join(child.itertext()).split())
            elif name == "sourceCredit":
                credit = " ".join("".join(child.itertext()).split())
            elif name in ("content", "subsection", "chapeau", "paragraph", "continuation"):
                paras.append("".join(child.itertext()))
        chap = None
        if chapter is not None:
            num = chapter.find("{*}num")
            head = chapter.find("{*}heading")
            if num is not None and head is not None:
                chap = f"ch. {num.get('value')} — {' '.join((head.text or '').split()).title()}"
        return _Section(section, heading.rstrip("."), clean("\n\n".join(paras)), credit, chap)
    return None


def _sections(authority: str, raws: Sequence[RawResponse]) -> list[_Section]:
    parts = _parts(authority)
    if parts is None:
        raise NotFound(f"not a U.S. Code id: {authority}")
    title = parts[0]
    found: list[_Section] = []
    for raw in raws:
        m = re.search(r"section([0-9A-Za-z-]+)", raw.url)
        section = m.group(1) if m else parts[1]
        body = raw.body.lstrip()
        if body.startswith("<?xml") or "xml.house.gov/schemas/uslm" in body[:2000]:
            sec = _parse_uslm(raw.body, title, section)
        else:
            sec = _parse_html(raw.body, section)
        if sec is not None:
            found.append(sec)
    return found


def parse(authority: str, raw: RawResponse, extras: Sequence[RawResponse] = ()) -> Source:
    parts = _parts(authority)
    if parts is None:
        raise NotFound(f"not a U.S. Code id: {authority}")
    title, first, last = parts
    first_sec = _sections(authority, [raw])
    if not first_sec:
        raise NotFound(f"{title} U.S.C. § {first} is not on {HOST}")
    secs = first_sec + _sections(authority, extras)
    url = public_url(authority) or f"https://{HOST}/"
    if last is None:
        s = secs[0]
        citation = f"{title} U.S.C. § {s.number}"
        body = s.text or s.heading or s.credit  # a repealed section has only its heading
        full = "\n\n".join(x for x in (s.text, s.credit) if x)
        return Source(
            authority=authority,
            title=f"{citation} — {s.heading}" if s.heading else citation,
            url=url,
            source=HOST,
            fetched_at=raw.checked_at,
            citation=citation,
            snippet=snippet(body),
            text=cap(full),
        )
    citation = f"{title} U.S.C. §§ {first}–{last}"
    chapters = {s.chapter for s in secs}
    label = citation
    if len(chapters) == 1 and None not in chapters:
        label = f"{citation} ({chapters.pop()})"
    lines = [f"§ {s.number}. {s.heading}".rstrip() for s in secs]
    full = "\n\n".join(f"§ {s.number}. {s.heading}\n{s.text}".strip() for s in secs)
    return Source(
        authority=authority,
        title=label,
        url=url,
        source=HOST,
        fetched_at=raw.checked_at,
        citation=citation,
        snippet=snippet("; ".join(lines)),
        text=cap(full),
    )
