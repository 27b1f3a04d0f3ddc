"""CourtListener REST API v4: citation lookup, clusters, opinions, dockets (SOURCES.md §1).

Every request here needs a ``COURTLISTENER_TOKEN`` (``needs_auth``): since September 2025 the
API answers anonymous requests with 401 (the citation lookup has always required an account:
``permission_classes = [IsAuthenticated, …]`` in cl/citations/api_views.py). Without a token
these ids are answered from the cache or linked only.

- ``cite:V:R:P``: ``POST /api/rest/v4/citation-lookup/`` with ``volume``/``reporter``/
  ``page``; several citations are merged into one ``text=`` lookup (``batch_request``, at
  most ``BATCH_SIZE`` citations: the lookup also throttles at 60 citations a minute) and the
  answer split back per citation by ``start_index``.
- ``cl:cluster:ID`` → ``/api/rest/v4/clusters/ID/`` plus its first opinion's text
  (``/api/rest/v4/opinions/OID/``, ``follow_up``); ``cl:docket:ID`` → ``/api/rest/v4/dockets/ID/``.
  The public link is the record's ``absolute_url`` (``/docket/ID/slug/``), which is the
  page that exists.
An ambiguous citation (status 300) is an error, never a guess. Answers cached by older
linkers from the search API (``GET /search/?type=o&citation=…``) are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from ..config import Config
from ..errors import FetchError
from ..links import public_url
from ..models import Source
from ..store import RawResponse
from .base import DAY, NotFound, Request, cap, clean, load_json, snippet

SERVICE = "courtlistener"
HOST = "www.courtlistener.com"
PUBLIC = "https://www.courtlistener.com"
API = "/api/rest/v4"
BATCH = "courtlistener-citation-lookup"
BATCH_SIZE = 50  # the lookup takes 250 per request but throttles at 60 citations a minute

#: reporter key in ``cite:`` ids (lowercase, no dots or spaces) → the reporter as written
REPORTERS = {
    "us": "U.S.",
    "sct": "S. Ct.",
    "led": "L. Ed.",
    "led2d": "L. Ed. 2d",
    "f": "F.",
    "f2d": "F.2d",
    "f3d": "F.3d",
    "f4th": "F.4th",
    "fsupp": "F. Supp.",
    "fsupp2d": "F. Supp. 2d",
    "fsupp3d": "F. Supp. 3d",
    "fappx": "F. App'x",
    "fedappx": "Fed. Appx.",
    "usapp": "U.S. App.",
    "brd": "B.R.",
    "br": "B.R.",
    "fcl": "Fed. Cl.",
}

_OPINION_TEXT_FIELDS = (
    "html_with_citations",
    "html_columbia",
    "html_lawbox",
    "xml_harvard",
    "html_anon_2020",
    "html",
    "plain_text",
)


def _cite_parts(authority: str) -> tuple[str, str, str] | None:
    p = authority.split(":")
    if len(p) != 4 or p[0] != "cite" or not p[1].isdigit() or p[2] not in REPORTERS:
        return None
    if not re.fullmatch(r"[0-9]+", p[3]):
        return None
    return p[1], REPORTERS[p[2]], p[3]


def _normal(citation: str) -> str:
    return re.sub(r"[.\s]", "", citation.lower())


def request_for(authority: str, config: Config) -> Request | None:
    p = authority.split(":")
    origin = config.courtlistener_url
    if p[0] == "cite":
        parts = _cite_parts(authority)
        if parts is None:
            return None
        vol, rep, page = parts
        form = (("volume", vol), ("reporter", rep), ("page", page))
        return Request(
            SERVICE,
            f"{origin}{API}/citation-lookup/",
            method="POST",
            form=form,
            fresh_for=30 * DAY,
            accept="application/json",
            batch=BATCH,
            needs_auth=True,
        )
    if p[0] == "cl" and len(p) == 3 and p[2].isdigit():
        if p[1] == "cluster":
            url = f"{origin}{API}/clusters/{int(p[2])}/"
            return Request(
                SERVICE, url, fresh_for=30 * DAY, accept="application/json", needs_auth=True
            )
        if p[1] == "docket":
            url = f"{origin}{API}/dockets/{int(p[2])}/"
            return Request(
                SERVICE, url, fresh_for=1 * DAY, accept="application/json", needs_auth=True
            )
    return None


def batch_request(reqs: Sequence[Request], config: Config) -> Request:
    """One ``text=`` lookup for several citation requests (citations joined by "; ")."""
    text = "; ".join(" ".join(v for _k, v in r.form) for r in reqs)
    return Request(
        SERVICE,
        f"{config.courtlistener_url}{API}/citation-lookup/",
        method="POST",
        form=(("text", text),),
        accept="application/json",
        needs_auth=True,
    )


def split_batch(reqs: Sequence[Request], body: str) -> dict[str, str]:
    """Each request's own one-item answer, matched by the citation's offset in the text."""
    try:
        items = json.loads(body)
    except json.JSONDecodeError as exc:
        raise FetchError(f"{HOST} returned invalid JSON ({exc.msg})") from None
    if not isinstance(items, list):
        raise FetchError(f"{HOST} answered the citation lookup with something other than a list")
    starts: dict[int, Request] = {}
    by_norm: dict[str, Request] = {}
    pos = 0
    for r in reqs:
        cite = " ".join(v for _k, v in r.form)
        starts[pos] = r
        by_norm[_normal(cite)] = r
        pos += len(cite) + 2
    out: dict[str, str] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        req = starts.get(item.get("start_index", -1))
        if req is None:
            for n in item.get("normalized_citations") or []:
                req = by_norm.get(_normal(str(n)))
                if req:
                    break
        if req is not None and req.key not in out:
            out[req.key] = json.dumps([item])
    for r in reqs:  # a citation the lookup did not recognise at all
        out.setdefault(
            r.key,
            json.dumps(
                [
                    {
                        "citation": " ".join(v for _k, v in r.form),
                        "status": 404,
                        "error_message": "Citation not found",
                        "clusters": [],
                    }
                ]
            ),
        )
    return out


def check(raw: RawResponse) -> None:
    """A real answer is JSON: a list (citation lookup) or an object with an ``id``."""
    data = load_json(raw, HOST)
    if raw.url.startswith("POST "):
        if not isinstance(data, list) or not all(isinstance(i, dict) for i in data):
            raise FetchError(f"{HOST} answered the citation lookup with something else")
    elif "/search/" not in raw.url and not (isinstance(data, dict) and "id" in data):
        raise FetchError(f"{HOST} sent an unexpected answer (no record id)")


def follow_up(authority: str, raw: RawResponse, config: Config) -> list[Request]:
    """For a cluster: its first opinion, for the text."""
    if not authority.startswith("cl:cluster:"):
        return []
    try:
        data = json.loads(raw.body)
    except ValueError:
        return []
    subs = data.get("sub_opinions") if isinstance(data, dict) else None
    if not subs or not isinstance(subs[0], str):
        return []
    path = urlsplit(subs[0]).path
    if not re.fullmatch(rf"{API}/opinions/\d+/", path):
        return []
    return [
        Request(
            SERVICE, config.courtlistener_url + path, accept="application/json", needs_auth=True
        )
    ]


def _public(absolute_url: Any, authority: str) -> str:
    if isinstance(absolute_url, str) and absolute_url.startswith("/"):
        return PUBLIC + absolute_url
    return public_url(authority) or PUBLIC


def _format_citations(cluster: dict[str, Any]) -> str | None:
    cites = cluster.get("citations") or []
    out = []
    for c in cites:
        if isinstance(c, dict) and c.get("volume") and c.get("reporter") and c.get("page"):
            out.append(f"{c['volume']} {c['reporter']} {c['page']}")
        elif isinstance(c, str):
            out.append(c)
    out.sort(key=lambda s: (" U.S. " not in f" {s} ", s))
    return ", ".join(out) or None


def opinion_text(opinion: dict[str, Any]) -> str | None:
    """The first non-empty text field of an opinion, as plain text."""
    for name in _OPINION_TEXT_FIELDS:
        value = opinion.get(name)
        if isinstance(value, str) and value.strip():
            if name == "plain_text":
                return clean(value)
            return clean(BeautifulSoup(value, "html.parser").get_text())
    return None


def _cluster_source(
    authority: str, cluster: dict[str, Any], raw: RawResponse, text: str | None
) -> Source:
    name = cluster.get("case_name") or cluster.get("case_name_full") or "Unnamed case"
    cites = _format_citations(cluster)
    date = cluster.get("date_filed")
    summary_parts = [cluster.get(k) for k in ("syllabus", "summary", "headnotes", "headmatter")]
    summary = next(
        (
            clean(BeautifulSoup(s, "html.parser").get_text())
            for s in summary_parts
            if isinstance(s, str) and s.strip()
        ),
        None,
    )
    lead = f"{name}" + (f", decided {date}" if date else "")
    if cluster.get("judges"):
        lead += f"; judges: {cluster['judges']}"
    return Source(
        authority=authority,
        title=str(name),
        url=_public(cluster.get("absolute_url"), authority),
        source=HOST,
        fetched_at=raw.checked_at,
        citation=cites or (f"{name} ({date})" if date else None),
        snippet=snippet(summary or text or lead),
        text=cap(text or summary),
    )


def _lookup_item(authority: str, data: Any) -> dict[str, Any]:
    if not isinstance(data, list) or not data:
        raise NotFound(f"citation {authority} not found on {HOST}")
    item = data[0]
    status = item.get("status")
    if status == 200 and item.get("clusters"):
        cluster: dict[str, Any] = item["clusters"][0]
        return cluster
    if status == 300:
        options = ", ".join(item.get("normalized_citations") or [])
        raise FetchError(f"ambiguous citation on {HOST}: {options}")
    if status == 429:
        raise FetchError(f"{HOST}: too many citations in one request")
    if status == 400:
        raise NotFound(f"{HOST} does not know the reporter in {item.get('citation')}")
    raise NotFound(f"citation not found on {HOST}: {item.get('citation') or authority}")


def _search_hit(authority: str, data: Any) -> dict[str, Any]:
    parts = _cite_parts(authority)
    assert parts is not None
    want = _normal(" ".join(parts))
    results = data.get("results") if isinstance(data, dict) else None
    for r in results or []:
        if not isinstance(r, dict):
            continue
        if any(_normal(str(c)) == want for c in r.get("citation") or []):
            return {
                "case_name": r.get("caseName"),
                "case_name_full": r.get("caseNameFull"),
                "absolute_url": r.get("absolute_url"),
                "date_filed": r.get("dateFiled"),
                "judges": r.get("judge"),
                "syllabus": r.get("syllabus"),
                "citations": list(r.get("citation") or []),
                "snippet": (r.get("opinions") or [{}])[0].get("snippet"),
            }
    raise NotFound(f"citation {' '.join(parts)} not found on {HOST}")


def parse(authority: str, raw: RawResponse, extras: Sequence[RawResponse] = ()) -> Source:
    data = load_json(raw, HOST)
    p = authority.split(":")
    if p[0] == "cite":
        if raw.url.startswith("POST "):
            cluster = _lookup_item(authority, data)
            return _cluster_source(authority, cluster, raw, None)
        hit = _search_hit(authority, data)
        return _cluster_source(authority, hit, raw, None)
    if not isinstance(data, dict):
        raise FetchError(f"{HOST} sent an unexpected answer for {authority}")
    if p[:2] == ["cl", "cluster"]:
        if str(data.get("id")) != p[2]:
            raise FetchError(f"{HOST} answered with another record ({data.get('id')})")
        text = None
        for extra in extras:
            try:
                op = json.loads(extra.body)
            except ValueError:
                continue
            if isinstance(op, dict):
                text = opinion_text(op)
                if text:
                    break
        return _cluster_source(authority, data, raw, text)
    if p[:2] == ["cl", "docket"]:
        if str(data.get("id")) != p[2]:
            raise FetchError(f"{HOST} answered with another record ({data.get('id')})")
        name = data.get("case_name") or data.get("case_name_full") or "Unnamed case"
        number = data.get("docket_number")
        court = data.get("court_id") or ""
        facts = [
            f"Docket {number}" if number else None,
            f"court: {court}" if court else None,
            f"filed {data['date_filed']}" if data.get("date_filed") else None,
            f"terminated {data['date_terminated']}" if data.get("date_terminated") else None,
            f"assigned to {data['assigned_to_str']}" if data.get("assigned_to_str") else None,
            f"cause: {data['cause']}" if data.get("cause") else None,
            f"nature of suit: {data['nature_of_suit']}" if data.get("nature_of_suit") else None,
        ]
        line = "; ".join(f for f in facts if f)
        return Source(
            authority=authority,
            title=str(name),
            url=_public(data.get("absolute_url"), authority),
            source=HOST,
            fetched_at=raw.checked_at,
            citation=f"No. {number} ({court})" if number else None,
            snippet=snippet(line),
            text=line or None,
        )
    raise NotFound(f"not a CourtListener id: {authority}")
