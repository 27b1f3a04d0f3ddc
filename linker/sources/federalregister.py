"""Federal Register API v1 (www.federalregister.gov): presidential documents and citations.

The API's own lookups (usnationalarchives/federalregister-api-core):

- ``eo:N`` → ``GET /api/v1/documents.json?conditions[executive_order_numbers][]=N`` (the
  ``executive_order_numbers`` filter of ``EsEntrySearch``), restricted to presidential
  executive orders, with ``include_pre_1994_docs=true`` (otherwise orders published before
  1994 are left out);
- ``proc:N`` → the same search by term (the API has no proclamation-number filter), also
  with pre-1994 documents;
- ``fr:V:P`` → ``GET /api/v1/documents/V FR P.json``: the documents endpoint takes a
  citation in place of a document number (``ApiController#render_via_citations``: volume V,
  ``start_page ≤ P ≤ end_page``) and answers ``{"count", "results", "errors": {"not_found"}}``.

Whatever comes back, a result is used only when its own ``executive_order_number`` /
``proclamation_number`` equals N, or its ``volume`` is V and ``start_page ≤ P ≤ end_page``: a
wrong link is worse than none. Both the envelope and a bare list of results are read
(SOURCES.md §5). The source's link is the document's own page (``html_url``). The
maintainers ask for about 5 requests a second (``fetch.Policy.service_intervals``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from ..config import Config
from ..errors import FetchError
from ..links import public_url
from ..models import Source
from ..store import RawResponse
from .base import DAY, NotFound, Request, cap, clean, load_json, snippet

SERVICE = "federalregister"
HOST = "www.federalregister.gov"
FIELDS = (
    "title",
    "type",
    "subtype",
    "document_number",
    "citation",
    "volume",
    "start_page",
    "end_page",
    "executive_order_number",
    "proclamation_number",
    "signing_date",
    "publication_date",
    "president",
    "abstract",
    "html_url",
    "pdf_url",
)
_DOC_TYPE = {"eo": "executive_order", "proc": "proclamation"}


def _parse_id(authority: str) -> tuple[str, int, int | None] | None:
    p = authority.split(":")
    try:
        if p[0] in _DOC_TYPE and len(p) == 2:
            return p[0], int(p[1]), None
        if p[0] == "fr" and len(p) == 3:
            return "fr", int(p[1]), int(p[2])
    except ValueError:
        return None
    return None


def request_for(authority: str, config: Config) -> Request | None:
    parsed = _parse_id(authority)
    if parsed is None:
        return None
    kind, a, b = parsed
    fields = [("fields[]", f) for f in FIELDS]
    if kind == "fr":
        citation = quote(f"{a} FR {b}", safe="")
        url = f"{config.fedreg_url}/api/v1/documents/{citation}.json?{urlencode(fields)}"
        return Request(SERVICE, url, fresh_for=30 * DAY, accept="application/json")
    params: list[tuple[str, str]] = [
        ("conditions[type][]", "PRESDOCU"),
        ("conditions[presidential_document_type][]", _DOC_TYPE[kind]),
    ]
    if kind == "eo":
        params.append(("conditions[executive_order_numbers][]", str(a)))
    else:
        params.append(("conditions[term]", str(a)))
    params += [("include_pre_1994_docs", "true"), *fields, ("per_page", "20")]
    url = f"{config.fedreg_url}/api/v1/documents.json?{urlencode(params)}"
    return Request(SERVICE, url, fresh_for=30 * DAY, accept="application/json")


def check(raw: RawResponse) -> None:
    """A search envelope (or a list of documents); ``errors`` other than ``not_found`` mean
    the request was rejected, which is not cached."""
    data = load_json(raw, HOST)
    if isinstance(data, list):
        return
    if not isinstance(data, dict):
        raise FetchError(f"{HOST} sent an unexpected answer")
    errors = data.get("errors")
    if errors and not data.get("results"):
        if isinstance(errors, dict) and set(errors) <= {"not_found"}:
            return
        raise FetchError(f"{HOST} rejected the request: {str(errors)[:150]}")
    if not isinstance(data.get("results", []), list):
        raise FetchError(f"{HOST} sent an unexpected answer (results is not a list)")


def _results(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [r for r in data if isinstance(r, dict)]
    if isinstance(data, dict):
        return [r for r in data.get("results") or [] if isinstance(r, dict)]
    return []


def _as_int(v: Any) -> int | None:
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _match(kind: str, a: int, b: int | None, doc: dict[str, Any]) -> bool:
    if kind == "eo":
        return _as_int(doc.get("executive_order_number")) == a
    if kind == "proc":
        return _as_int(doc.get("proclamation_number")) == a
    start, end = _as_int(doc.get("start_page")), _as_int(doc.get("end_page"))
    if _as_int(doc.get("volume")) != a or start is None or b is None:
        return False
    return start <= b <= (end if end is not None else start)


def _public_doc_url(doc: dict[str, Any], authority: str) -> str:
    url = doc.get("html_url")
    if isinstance(url, str) and urlsplit(url).hostname == HOST:
        return url
    volume, start = _as_int(doc.get("volume")), _as_int(doc.get("start_page"))
    if volume and start:  # the site's own citation route (RouteBuilder ``citation``)
        return f"https://{HOST}/citation/{volume}-FR-{start}"
    return public_url(authority) or f"https://{HOST}/"


def parse(authority: str, raw: RawResponse, extras: Sequence[RawResponse] = ()) -> Source:
    parsed = _parse_id(authority)
    if parsed is None:
        raise NotFound(f"not a Federal Register id: {authority}")
    kind, a, b = parsed
    docs = [d for d in _results(load_json(raw, HOST)) if _match(kind, a, b, d)]
    if not docs:
        what = {"eo": f"Executive Order {a}", "proc": f"Proclamation {a}"}.get(kind, f"{a} FR {b}")
        raise NotFound(f"{what} not found on {HOST}")
    # the original document, not a later correction
    doc = min(docs, key=lambda d: str(d.get("publication_date") or ""))
    title = clean(str(doc.get("title") or "")) or authority
    label = {"eo": f"Executive Order {a}", "proc": f"Proclamation {a}"}.get(kind)
    cite = doc.get("citation")
    citation = f"{label}, {cite}" if label and cite else (label or cite)
    president = doc.get("president")
    who = president.get("name") if isinstance(president, dict) else None
    facts = [
        f"Signed {doc['signing_date']}" + (f" by {who}" if who else "")
        if doc.get("signing_date")
        else None,
        f"published {doc['publication_date']}" if doc.get("publication_date") else None,
        f"document {doc['document_number']}" if doc.get("document_number") else None,
    ]
    line = ", ".join(f for f in facts if f)
    abstract = clean(str(doc.get("abstract") or ""))
    text = "\n\n".join(x for x in (line + "." if line else "", abstract) if x)
    return Source(
        authority=authority,
        title=f"{label}: {title}" if label and not title.startswith(label) else title,
        url=_public_doc_url(doc, authority),
        source=HOST,
        fetched_at=raw.checked_at,
        citation=citation,
        snippet=snippet(abstract or line or title),
        text=cap(text) or None,
    )
