"""Online resolution of rulings: from "a federal judge in Oregon blocked …" to the docket.

The scanner gives a ruling mention its court. Here the article supplies the rest of the
evidence — the parties ("Oregon", "the city of Portland", "the Trump administration"), subject
terms ("National Guard", "troops"), the judge, and a date window from the article's date and
words like "on Saturday" or "last week" — and CourtListener's search API
(``/api/rest/v4/search/``, ``type=r`` for district dockets, ``type=o`` for opinions) supplies
candidates. ``score_candidates`` (pure) ranks them; the best is linked only when it is clearly
best. Otherwise the mention is returned unchanged: its court and a prefilled search link.

I/O is injected: every function that touches the network takes an ``httpx.Client`` and the
CourtListener origin (``base_url``), so tests point them at a local server.

Entry points: ``resolve_rulings`` (all ruling mentions of an article, back-references
included), ``resolve_ruling`` (one), ``resolve_case_name`` (a case name without citation),
``check_quotes`` (quoted passages near a ruling, checked against the opinion's text).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from . import courts as C
from .evidence import _PRESIDENTS, Evidence, _iso, build_evidence
from .links import public_url
from .models import Mention

DEFAULT_BASE_URL = "https://www.courtlistener.com"
PUBLIC_ORIGIN = "https://www.courtlistener.com"
SEARCH_PATH = "/api/rest/v4/search/"

# A candidate is linked only with at least this score and this lead over the runner-up.
MIN_SCORE = 7.0
MIN_MARGIN = 3.0

Candidate = Mapping[str, Any]


# -------------------------------------------------------------------------------- scoring


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", html.unescape(s))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")


def _stem(w: str) -> str:
    w = _fold(w)
    for suf in ("ments", "ment", "ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def _date(s: object) -> dt.date | None:
    if not isinstance(s, str) or len(s) < 10:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


_RULING_DOC = re.compile(
    r"\b(?:order|opinion|injunction|restraining|judgment|memorandum|ruling|decision)\b", re.I
)


def _docket_core(s: str) -> str:
    m = re.search(r"(\d{2})-([a-z]{2})-(\d+)", s.lower())
    return f"{m.group(1)}-{m.group(2)}-{int(m.group(3)):05d}" if m else s.lower()


def score_candidates(
    evidence: Evidence, candidates: Iterable[Candidate]
) -> list[tuple[Candidate, float, list[str]]]:
    """Rank CourtListener search results (``type=r`` dockets or ``type=o`` clusters) against
    the evidence, best first. Pure: no I/O. Each result carries the reasons for its score.

    Points: same court +3 (another court −6); docket number named in the article +6; each
    party found in the case name or party list +2 (up to +6); subject terms in the case
    name, cause, nature of suit or document descriptions +1 each (up to +3); the judge named
    in the article assigned +2 (another judge −1); a docket filed no later than the ruling
    +1, filed within 120 days before it +1 more, filed after it −5; a ruling-like document
    (order, opinion, injunction) entered within the ruling's date window +3; an opinion filed
    within the window +3, within 30 days +1.
    """
    out: list[tuple[Candidate, float, list[str]]] = []
    lo, hi = _date(evidence.date_from), _date(evidence.date_to)
    est = _date(evidence.date) or hi
    for c in candidates:
        score = 0.0
        why: list[str] = []
        court = str(c.get("court_id") or "")
        if evidence.court:
            if court == evidence.court:
                score += 3
                why.append(f"court {court}")
            elif court:
                score -= 6
                why.append(f"other court {court}")
        dn = str(c.get("docketNumber") or c.get("docket_number") or "")
        if (
            evidence.docket_number
            and dn
            and _docket_core(dn) == _docket_core(evidence.docket_number)
        ):
            score += 6
            why.append(f"docket number {dn}")
        name = _fold(str(c.get("caseName") or c.get("case_name") or ""))
        party_list = c.get("party") or []
        party_text = _fold(" ; ".join(str(p) for p in party_list)) if party_list else ""
        hits = 0
        for p in evidence.parties:
            fp = _fold(p)
            if re.search(rf"\b{re.escape(fp)}\b", name) or re.search(
                rf"\b{re.escape(fp)}\b", party_text
            ):
                hits += 1
                why.append(f"party {p}")
        score += 2 * min(hits, 3)
        docs = c.get("recap_documents") or []
        opinions = c.get("opinions") or []
        blob = " ".join(
            [
                name,
                _fold(str(c.get("cause") or "")),
                _fold(str(c.get("suitNature") or "")),
                _fold(str(c.get("syllabus") or "")),
                *(_fold(str(d.get("description") or "")) for d in docs),
                *(_fold(str(d.get("short_description") or "")) for d in docs),
                *(_fold(str(d.get("snippet") or "")) for d in docs),
                *(_fold(str(o.get("snippet") or "")) for o in opinions),
            ]
        )
        blob_stems = {_stem(w) for w in re.findall(r"[a-z][a-z'-]+", blob)}
        term_hits = [t for t in evidence.terms if _stem(t) in blob_stems]
        if term_hits:
            score += min(len(term_hits), 3)
            why.append("terms " + ", ".join(term_hits[:3]))
        if evidence.judge:
            assigned = _fold(str(c.get("assignedTo") or c.get("judge") or ""))
            if assigned:
                if _fold(evidence.judge) in assigned:
                    score += 2
                    why.append(f"judge {evidence.judge}")
                else:
                    score -= 1
                    why.append("other judge")
        filed = _date(c.get("dateFiled"))
        is_opinion = "cluster_id" in c and "recap_documents" not in c
        if filed and est and not is_opinion:
            if filed > est + dt.timedelta(days=1):
                score -= 5
                why.append(f"filed {filed} after the ruling")
            else:
                score += 1
                if (est - filed).days <= 120:
                    score += 1
                    why.append(f"filed {filed}")
        if is_opinion and filed and lo and hi:
            if lo <= filed <= hi:
                score += 3
                why.append(f"decided {filed}")
            elif est and abs((filed - est).days) <= 30:
                score += 1
        if lo and hi and docs:
            for d in docs:
                when = _date(d.get("entry_date_filed"))
                desc = str(d.get("description") or d.get("short_description") or "")
                if when and lo <= when <= hi and _RULING_DOC.search(desc):
                    score += 3
                    why.append(f"{desc[:60]} ({when})")
                    break
        out.append((c, score, why))
    out.sort(key=lambda t: t[1], reverse=True)
    return out


def pick(ranked: Sequence[tuple[Candidate, float, list[str]]]) -> Candidate | None:
    """The top candidate when it is clearly best (score and lead), else ``None``."""
    if not ranked or ranked[0][1] < MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MIN_MARGIN:
        return None
    return ranked[0][0]


# ------------------------------------------------------------------------------------ I/O


def _headers(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Token {token}"} if token else {}


class SearchBackend(Protocol):
    """What the pipeline passes instead of a client: ``searchcache.Searcher`` (the run's
    bounded, budgeted, cached CourtListener searches)."""

    def search_results(self, url: str, params: Mapping[str, str]) -> list[dict[str, Any]]: ...


def search(
    client: httpx.Client | SearchBackend,
    params: Mapping[str, str],
    *,
    base_url: str = DEFAULT_BASE_URL,
    token: str | None = None,
) -> list[dict[str, Any]]:
    """One page of ``/api/rest/v4/search/`` results; ``[]`` on any HTTP or format error.

    With a ``SearchBackend`` the request goes through the run's ``fetch.Http`` and cache
    (deadline, size cap, CourtListener budget; a throttle is reported, not taken for "no
    match"). A bare ``httpx.Client`` (tests, scripts) is asked directly, with a timeout."""
    url = base_url.rstrip("/") + SEARCH_PATH
    if not isinstance(client, httpx.Client):
        return client.search_results(url, params)
    try:
        r = client.get(url, params=dict(params), headers=_headers(token), timeout=20.0)
    except httpx.HTTPError:
        return []
    if r.status_code != 200 or len(r.content) > 5_000_000:
        return []
    try:
        data = r.json()
    except ValueError:
        return []
    results = data.get("results") if isinstance(data, dict) else None
    return [x for x in results if isinstance(x, dict)] if isinstance(results, list) else []


def _queries(ev: Evidence) -> list[dict[str, str]]:
    court = ev.court or ""
    appellate = bool(court) and C.level_of(court) in (C.LEVEL_SUPREME, C.LEVEL_APPEALS)
    kind = "o" if appellate else "r"
    base: dict[str, str] = {"type": kind}
    if court:
        base["court"] = court
    if appellate:
        if ev.date_from:
            base["filed_after"] = ev.date_from
        if ev.date_to:
            base["filed_before"] = ev.date_to
    elif ev.date_to:
        base["filed_before"] = ev.date_to
        hi = _date(ev.date_to)
        if hi:
            base["filed_after"] = _iso(hi - dt.timedelta(days=365))
    out: list[dict[str, str]] = []
    if ev.docket_number and not appellate:
        out.append({"type": "r", "court": court, "docket_number": ev.docket_number})
    parties = [p for p in ev.parties if p not in _PRESIDENTS][:2]
    if parties:
        out.append({**base, "q": " OR ".join(f'"{p}"' for p in parties), "order_by": "score desc"})
    if ev.terms:
        out.append({**base, "q": " ".join(ev.terms[:3]), "order_by": "score desc"})
    if not out:
        out.append({**base, "order_by": "dateFiled desc"})
    return out[:2]


def _link_of(c: Candidate) -> tuple[str, str] | None:
    if "recap_documents" in c or ("docket_id" in c and "cluster_id" not in c):
        did = c.get("docket_id")
        if not isinstance(did, int):
            return None
        url = c.get("docket_absolute_url") or c.get("absolute_url")
        return f"cl:docket:{did}", (
            PUBLIC_ORIGIN + str(url) if isinstance(url, str) and url.startswith("/")
            else public_url(f"cl:docket:{did}") or ""
        )  # fmt: skip
    cid = c.get("cluster_id")
    if not isinstance(cid, int):
        return None
    url = c.get("absolute_url")
    return f"cl:cluster:{cid}", (
        PUBLIC_ORIGIN + str(url) if isinstance(url, str) and url.startswith("/")
        else public_url(f"cl:cluster:{cid}") or ""
    )  # fmt: skip


def resolve_ruling(
    mention: Mention,
    text: str,
    article_date: str | None,
    client: httpx.Client | SearchBackend,
    *,
    base_url: str = DEFAULT_BASE_URL,
    token: str | None = None,
) -> Mention:
    """``mention`` linked to its docket or opinion when one candidate is clearly best;
    otherwise ``mention`` unchanged (court + search link). At most two search requests."""
    if mention.kind != "ruling" or mention.authority or not mention.court:
        return mention
    ev = build_evidence(mention, text, article_date)
    seen: dict[object, dict[str, Any]] = {}
    for params in _queries(ev):
        for c in search(client, params, base_url=base_url, token=token):
            key = c.get("docket_id") if "recap_documents" in c else c.get("cluster_id")
            seen.setdefault(key if key is not None else id(c), c)
    ranked = score_candidates(ev, seen.values())
    best = pick(ranked)
    if best is None:
        return mention
    link = _link_of(best)
    if link is None:
        return mention
    authority, url = link
    why = next(w for c, _s, w in ranked if c is best)
    name = str(best.get("caseName") or "") or None
    evidence = "; ".join(x for x in (mention.evidence, "linked: " + ", ".join(why)) if x)
    return mention.with_(authority=authority, url=url, name=name, evidence=evidence)


def resolve_rulings(
    mentions: Sequence[Mention],
    text: str,
    article_date: str | None,
    client: httpx.Client | SearchBackend,
    *,
    base_url: str = DEFAULT_BASE_URL,
    token: str | None = None,
) -> list[Mention]:
    """Every ruling mention of an article resolved online; back-references (``anaphor``)
    take the record of the nearest linked ruling of the same court before them instead of
    searching. Other mentions pass through unchanged. This is the pipeline's entry point."""
    out: list[Mention] = []
    done: dict[str, Mention] = {}  # court → last linked ruling
    for m in mentions:
        if m.kind != "ruling" or m.authority or not m.court:
            out.append(m)
            continue
        if m.anaphor and m.court in done:
            src = done[m.court]
            out.append(m.with_(authority=src.authority, url=src.url, name=src.name))
            continue
        r = resolve_ruling(m, text, article_date, client, base_url=base_url, token=token)
        if r.authority:
            done[m.court] = r
        out.append(r)
    return out


# ------------------------------------------------------------------------------ case names


@dataclass(frozen=True)
class CaseMatch:
    authority: str  # cl:cluster:ID
    url: str
    name: str
    court: str | None
    date: str | None


def _norm_case(name: str) -> str:
    s = _fold(name)
    s = re.sub(r"\bvs?\.?\b", " v ", s)
    s = re.sub(r"\bet al\.?", " ", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(s.split())


def resolve_case_name(
    name: str,
    court: str | None,
    client: httpx.Client | SearchBackend,
    base_url: str = DEFAULT_BASE_URL,
    token: str | None = None,
) -> CaseMatch | None:
    """An opinion cluster for a case named without citation ("Roe v. Wade", "Trump v. CASA"),
    searched by name (and court when known). Linked only when one cluster's name matches
    exactly after normalising, or one such cluster is cited at least three times as often as
    every other match; else ``None``."""
    params = {"type": "o", "q": f'caseName:"{name}"', "order_by": "score desc"}
    if court:
        params["court"] = court
    results = search(client, params, base_url=base_url, token=token)
    want = _norm_case(name)
    exact = [r for r in results if _norm_case(str(r.get("caseName") or "")) == want]
    if not exact:
        return None
    exact.sort(key=lambda r: int(r.get("citeCount") or 0), reverse=True)
    if len(exact) > 1:
        top, nxt = int(exact[0].get("citeCount") or 0), int(exact[1].get("citeCount") or 0)
        if top < 3 * max(nxt, 1):
            return None
    best = exact[0]
    link = _link_of(best)
    if link is None:
        return None
    return CaseMatch(
        authority=link[0],
        url=link[1],
        name=str(best.get("caseName") or name),
        court=str(best.get("court_id") or "") or None,
        date=str(best.get("dateFiled") or "") or None,
    )


# ---------------------------------------------------------------------------------- quotes


def _norm_quote(s: str) -> str:
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    s = _fold(s).replace("“", '"').replace("”", '"').replace("‘", "'")
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    return " ".join(s.split())


def check_quotes(
    article_text: str, mention: Mention, opinion_text: str, *, window: int = 700
) -> list[tuple[int, int, bool]]:
    """Quoted passages near ``mention`` (its paragraph and up to ``window`` characters after
    it), each as ``(start, end, found)``: offsets of the words inside the quotation marks, and
    whether the opinion's text (plain or HTML) contains them. Quotes under four words are
    skipped; an ellipsis splits a quote into parts that must all be found."""
    para_start = article_text.rfind("\n", 0, mention.start) + 1
    lo, hi = para_start, min(len(article_text), mention.end + window)
    hay = _norm_quote(opinion_text)
    out: list[tuple[int, int, bool]] = []
    for m in re.finditer(r"“([^”]+)”|\"([^\"\n]+)\"", article_text[lo:hi]):
        g = 1 if m.group(1) is not None else 2
        inner = m.group(g)
        if len(inner.split()) < 4:
            continue
        start = lo + m.start(g)
        parts = [p for p in re.split(r"\.\.\.|…|\[[^\]]*\]", inner) if p.strip()]
        found = all(_norm_quote(p) in hay for p in parts if _norm_quote(p))
        out.append((start, start + len(inner), found))
    return out
