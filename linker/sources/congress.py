"""congress.gov API v3 bills (api.congress.gov), only with a ``CONGRESS_API_KEY``.

``bill:C:T:N`` → ``GET /v3/bill/C/T/N?format=json`` with the key in the ``x-api-key`` header
(never in the URL, so it is never cached). Without a key ``request_for`` returns ``None``: the
bill is linked, not fetched (SPEC §5).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..config import Config
from ..errors import FetchError
from ..links import BILL_LABEL, _ordinal, public_url
from ..models import Source
from ..store import RawResponse
from .base import DAY, NotFound, Request, cap, load_json, snippet

SERVICE = "congress"
HOST = "api.congress.gov"
PUBLIC_HOST = "www.congress.gov"


def _parts(authority: str) -> tuple[int, str, int] | None:
    p = authority.split(":")
    if len(p) != 4 or p[0] != "bill" or p[2] not in BILL_LABEL:
        return None
    if not (p[1].isdigit() and p[3].isdigit()):
        return None
    return int(p[1]), p[2], int(p[3])


def request_for(authority: str, config: Config) -> Request | None:
    parts = _parts(authority)
    if parts is None or not config.congress_api_key:
        return None
    c, t, n = parts
    url = f"{config.congress_url}/v3/bill/{c}/{t}/{n}?format=json"
    return Request(SERVICE, url, fresh_for=1 * DAY, accept="application/json")


def check(raw: RawResponse) -> None:
    data = load_json(raw, HOST)
    if not isinstance(data, dict) or not isinstance(data.get("bill"), dict):
        if isinstance(data, dict) and data.get("error"):
            raise FetchError(f"{HOST}: {data['error']}")
        raise FetchError(f"{HOST} sent an answer without a bill")


def parse(authority: str, raw: RawResponse, extras: Sequence[RawResponse] = ()) -> Source:
    parts = _parts(authority)
    if parts is None:
        raise NotFound(f"not a bill id: {authority}")
    c, t, n = parts
    data = load_json(raw, HOST)
    bill: Any = data.get("bill") if isinstance(data, dict) else None
    if not isinstance(bill, dict):
        raise FetchError(f"{HOST} sent an answer without a bill")
    if (
        str(bill.get("congress")) != str(c)
        or str(bill.get("type", "")).lower() != t
        or str(bill.get("number")) != str(n)
    ):
        raise FetchError(f"{HOST} answered with another bill")
    label = f"{BILL_LABEL[t]} {n}"
    title = str(bill.get("title") or label)
    facts = []
    if bill.get("introducedDate"):
        sponsor = (bill.get("sponsors") or [{}])[0].get("fullName")
        facts.append(f"Introduced {bill['introducedDate']}" + (f" by {sponsor}" if sponsor else ""))
    latest = bill.get("latestAction") or {}
    if latest.get("text"):
        facts.append(f"Latest action ({latest.get('actionDate', '?')}): {latest['text']}")
    laws = bill.get("laws") or []
    if laws and isinstance(laws[0], dict) and laws[0].get("number"):
        facts.append(f"Became {laws[0].get('type', 'Public Law')} {laws[0]['number']}")
    text = ". ".join(f.rstrip(".") for f in facts) + ("." if facts else "")
    return Source(
        authority=authority,
        title=f"{label} — {title}",
        url=public_url(authority) or f"https://{PUBLIC_HOST}/",
        source=HOST,
        fetched_at=raw.checked_at,
        citation=f"{label}, {_ordinal(c)} Congress",
        snippet=snippet(text or title),
        text=cap(text) or None,
    )
