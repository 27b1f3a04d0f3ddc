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
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

import httpx

from . import courts as C
from .links import public_url
from .models import Mention

DEFAULT_BASE_URL = "https://www.courtlistener.com"
PUBLIC_ORIGIN = "https://www.courtlistener.com"
SEARCH_PATH = "/api/rest/v4/search/"

# A candidate is linked only with at least this score and this lead over the runner-up.
MIN_SCORE = 7.0
MIN_MARGIN = 3.0

Candidate = Mapping[str, Any]


# ------------------------------------------------------------------------------- evidence


@dataclass(frozen=True)
class Evidence:
    """What the article says about one ruling."""

    court: str | None
    parties: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    judge: str | None = None  # surname
    date: str | None = None  # best estimate of the ruling's date (ISO)
    date_from: str | None = None  # window for the ruling's date
    date_to: str | None = None
    docket_number: str | None = None
    notes: tuple[str, ...] = field(default=())


_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"  # noqa: E501


def _iso(d: dt.date) -> str:
    return d.isoformat()


def date_window(
    sentence: str, article_date: str | None
) -> tuple[str | None, str | None, str | None]:
    """The ruling's likely date and a window ``(estimate, from, to)`` from the words around it.

    "on June 12" → that day (of the article's year, or the year before if that day is later
    than the article); "on Saturday" → the last Saturday on or before the article's date;
    "yesterday"/"today"; "last week"; "in June"/"last month" → that month. With no date words,
    the two weeks before the article. Without an article date only an explicit full date
    ("June 12, 2025") gives anything.
    """
    full = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),\s+(\d{{4}})\b", sentence)
    if full:
        try:
            d = dt.date(int(full.group(3)), _MONTHS[full.group(1).lower()], int(full.group(2)))
            return _iso(d), _iso(d - dt.timedelta(days=1)), _iso(d + dt.timedelta(days=1))
        except ValueError:
            pass
    if not article_date:
        return None, None, None
    try:
        today = dt.date.fromisoformat(article_date[:10])
    except ValueError:
        return None, None, None
    md = re.search(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})\b", sentence)
    if md:
        try:
            d = dt.date(today.year, _MONTHS[md.group(1).lower()], int(md.group(2)))
            if d > today:
                d = d.replace(year=today.year - 1)
            return _iso(d), _iso(d - dt.timedelta(days=1)), _iso(d + dt.timedelta(days=1))
        except ValueError:
            pass
    low = sentence.lower()
    wd = re.search(r"\b(?:on\s+|late\s+|early\s+)?(" + "|".join(_WEEKDAYS) + r")\b", low)
    if wd:
        back = (today.weekday() - _WEEKDAYS.index(wd.group(1))) % 7
        d = today - dt.timedelta(days=back)
        return _iso(d), _iso(d - dt.timedelta(days=1)), _iso(d + dt.timedelta(days=1))
    if re.search(r"\byesterday\b", low):
        d = today - dt.timedelta(days=1)
        return _iso(d), _iso(d - dt.timedelta(days=1)), _iso(today)
    if re.search(r"\btoday(?:['’]s)?\b|\bthis morning\b|\bearlier today\b", low):
        return _iso(today), _iso(today - dt.timedelta(days=1)), _iso(today)
    if re.search(r"\blast week\b", low):
        return None, _iso(today - dt.timedelta(days=14)), _iso(today - dt.timedelta(days=3))
    mo = re.search(rf"\b(?:in|on|since)\s+({_MONTH_RE})\b(?!\s+\d)", sentence)
    if mo or re.search(r"\blast month\b", low):
        month = _MONTHS[mo.group(1).lower()] if mo else (today.month - 2) % 12 + 1
        year = today.year if month <= today.month else today.year - 1
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return None, _iso(first), _iso(min(today, nxt - dt.timedelta(days=1)))
    return None, _iso(today - dt.timedelta(days=14)), _iso(today)


_PRESIDENTS = ("Trump", "Biden", "Obama")
_STOP = frozenset(
    """the a an and or of to in on at by for with from as that this is was were be been has
    have had it its his her their they he she not no but if than so into over under about
    after before against judge federal court ruling order decision said says wrote also
    would could will may might can which who what when where while temporarily district
    saying descriptions there false president administration’s administration's bid trump’s
    trump's blocked blocks halted ruled struck upheld granted denied""".split()  # noqa: SIM905
)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    b_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    b = min(b_candidates) + 1 if b_candidates else len(text)
    return a, b


@lru_cache(maxsize=4)
def _judges_by_court(text: str) -> dict[str, str]:
    """The first judge the article names for each court: found once per article, not once per
    ruling (every ruling of an article asks)."""
    from .scanner.rulings import court_phrases

    out: dict[str, str] = {}
    for ref in court_phrases(text):
        if ref.judge and ref.court:
            out.setdefault(ref.court, ref.judge)
    return out


@lru_cache(maxsize=4)
def _docket_number(text: str) -> str | None:
    """The first federal docket number the article prints ("1:25-cv-01234" → 25-cv-01234)."""
    dn = re.search(r"\b(?:\d:)?(\d{2})-(cv|cr|mc)-(\d{3,5})\b", text)
    return f"{dn.group(1)}-{dn.group(2)}-{dn.group(3)}" if dn else None


@lru_cache(maxsize=1)
def _place_automaton() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in C.place_names():
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


def _places_in(near: str) -> set[str]:
    """Every place name that stands as a whole word in ``near``, nested ones included
    ("Virginia" in "West Virginia"), in one pass."""
    out = set()
    for last, name in _place_automaton().iter(near):
        start = last - len(name) + 1
        before = near[start - 1] if start > 0 else " "
        after = near[last + 1] if last + 1 < len(near) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            out.add(name)
    return out


def build_evidence(mention: Mention, text: str, article_date: str | None) -> Evidence:
    """Parties, terms, judge, date window and docket number for ``mention`` from its article.

    Parties are states and cities (from linker's court data) and presidents named in the
    mention's sentence and the one after it, and "the city of X"/"X County" phrases; terms are
    the sentence's content words; the judge is a titled judge of the same court named anywhere
    in the article.
    """
    a, b = _sentence_bounds(text, mention.start, mention.end)
    sent = text[a:b]
    a2, b2 = _sentence_bounds(text, min(len(text), b + 1), min(len(text), b + 1))
    after = text[a2:b2] if a2 >= b else ""
    near = sent + " " + after if len(after) < 400 else sent
    parties: list[str] = []
    present = _places_in(near)
    for name in C.place_names():
        if len(name) > 3 and name in present and not any(name in p for p in parties):
            parties.append(name)
    for p in _PRESIDENTS:
        if re.search(rf"\b{p}\b", near):
            parties.append(p)
    for m in re.finditer(r"\b(?:[Cc]ity|[Ss]tate) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", near):
        if m.group(1) not in parties:
            parties.append(m.group(1))
    words = re.findall(r"[A-Za-z][A-Za-z’'-]{3,}", text[mention.start : b])
    terms: list[str] = []
    for w in words:
        lw = w.lower()
        if lw in _STOP or w in parties or lw in (t.lower() for t in terms):
            continue
        terms.append(w)
    judge = _judges_by_court(text).get(mention.court) if mention.court else None
    est, lo, hi = date_window(sent, article_date)
    docket = _docket_number(text)
    return Evidence(
        court=mention.court,
        parties=tuple(parties[:6]),
        terms=tuple(terms[:8]),
        judge=judge,
        date=est,
        date_from=lo,
        date_to=hi,
        docket_number=docket,
    )


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
