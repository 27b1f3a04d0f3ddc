"""Agency rules the table does not know, found online in the Federal Register.

The scanner links "the Treasury Department's rule on low-income housing credit compliance"
(a rule of an agency it knows, about words none of its rows has) to a federalregister.gov
search by agency and words (``scanner.agencyrules``). Online, that same search is asked of
the documents API (SOURCES.md §5):

``GET /api/v1/documents.json?conditions[term]=…&conditions[agencies][]=SLUG
&conditions[type][]=RULE&conditions[publication_date][lte]=…&fields[]=…&per_page=20``

A result links the mention only when it settles the question: a final rule (``type`` "Rule")
printed no later than 90 days after the article's date, whose title or abstract has every word
searched for, that is not a correction or a delay notice, and that is the only such result.
Anything else keeps the search link: the citation is the API's own ``volume`` and
``start_page``, never a guess. Searches go through ``searchcache.Searcher`` (the run's network
budget, the per-request limits, the cache; nothing is sent offline).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from .models import Mention

SEARCH_PATH = "/api/v1/documents.json"
FIELDS = (
    "title",
    "type",
    "document_number",
    "citation",
    "volume",
    "start_page",
    "publication_date",
    "agencies",
    "abstract",
    "html_url",
)
PER_PAGE = 20
PRINTED_AFTER = timedelta(days=90)  # a rule is announced weeks before it is printed
NOT_THE_RULE = re.compile(
    r"\b(?:correction|corrections|correcting|delay|delays|extension|withdrawal|technical\s+"
    r"amendments?|compliance\s+date)\b",
    re.IGNORECASE,
)


class Searches(Protocol):
    def search_results(
        self, url: str, params: Mapping[str, str] | Sequence[tuple[str, str]]
    ) -> list[dict[str, Any]]: ...


def query_of(m: Mention) -> tuple[str, str | None] | None:
    """The words and agency slug of a mention's Federal Register search link, if it has one
    (``links.federal_register_agency_search``)."""
    if m.kind != "regulation" or m.authority or not m.url:
        return None
    parts = urlsplit(m.url)
    if parts.hostname != "www.federalregister.gov" or parts.path != "/documents/search":
        return None
    q = parse_qs(parts.query)
    if q.get("conditions[type][]") != ["RULE"]:
        return None
    terms = (q.get("conditions[term]") or [""])[0].strip()
    slugs = q.get("conditions[agencies][]") or []
    slug = slugs[0] if slugs else None
    return (terms, slug) if terms else None


def params_for(terms: str, slug: str | None, article_date: str | None) -> list[tuple[str, str]]:
    params = [("conditions[term]", terms)]
    if slug:
        params.append(("conditions[agencies][]", slug))
    params.append(("conditions[type][]", "RULE"))
    latest = _latest(article_date)
    if latest is not None:
        params.append(("conditions[publication_date][lte]", latest.isoformat()))
    params += [("fields[]", f) for f in FIELDS]
    params += [("per_page", str(PER_PAGE)), ("order", "relevance")]
    return params


def _latest(article_date: str | None) -> date | None:
    try:
        return date.fromisoformat((article_date or "")[:10]) + PRINTED_AFTER
    except ValueError:
        return None


def _stem(word: str) -> str:
    w = word.lower().strip("-")
    for end in ("ies", "es", "s"):
        if w.endswith(end) and len(w) > len(end) + 3:
            return w[: -len(end)] + ("y" if end == "ies" else "")
    return w


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][\w-]*", text)}


def pick(
    results: Sequence[dict[str, Any]], terms: str, slug: str | None, article_date: str | None
) -> dict[str, Any] | None:
    """The one final rule among ``results`` that the search words describe, or None."""
    want = {_stem(w) for w in re.findall(r"[A-Za-z][\w-]*", terms)}
    latest = _latest(article_date)
    fits: dict[tuple[int, int], dict[str, Any]] = {}
    for doc in results:
        if doc.get("type") != "Rule":
            continue
        volume, page = doc.get("volume"), doc.get("start_page")
        if not isinstance(volume, int) or not isinstance(page, int):
            continue
        title = str(doc.get("title") or "")
        if NOT_THE_RULE.search(title):
            continue
        if latest is not None:
            try:
                if date.fromisoformat(str(doc.get("publication_date"))[:10]) > latest:
                    continue
            except ValueError:
                continue
        if slug and not any(
            isinstance(a, dict) and a.get("slug") == slug for a in doc.get("agencies") or []
        ):
            continue
        if not want <= _words(f"{title} {doc.get('abstract') or ''}"):
            continue
        fits[(volume, page)] = doc
    return next(iter(fits.values())) if len(fits) == 1 else None


def resolve_rules(
    mentions: list[Mention], article_date: str | None, searcher: Searches, *, base_url: str
) -> list[Mention]:
    """Mentions with an agency's rule search link resolved to the rule the search finds;
    each search is made once per article."""
    found: dict[tuple[str, str | None], dict[str, Any] | None] = {}
    out: list[Mention] = []
    for m in mentions:
        q = query_of(m)
        if q is None:
            out.append(m)
            continue
        if q not in found:
            results = searcher.search_results(
                f"{base_url}{SEARCH_PATH}", params_for(*q, article_date)
            )
            found[q] = pick(results, q[0], q[1], article_date)
        doc = found[q]
        if doc is None:
            out.append(m)
            continue
        title = str(doc.get("title") or "")
        out.append(
            m.with_(
                authority=f"fr:{doc['volume']}:{doc['start_page']}",
                name=title or None,
                url=None,
                confidence=max(m.confidence, 0.7),
                evidence=f"found in the Federal Register: {title} "
                f"({doc.get('citation') or ''}, {doc.get('publication_date') or 'undated'})",
            )
        )
    return out
