"""What the page says about each authority: its label and title, the preview a reader opens
(source lines, court, case, date, where and when it was fetched, why it was linked), and the
table of authorities."""

from __future__ import annotations

import csv
import html as htmllib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import nh3

from .courts import is_state_law_name
from .links import default_title
from .models import KINDS, Authority, LinkedArticle, Mention
from .quotes import quote_url

KIND_LABEL = {
    "statute": "Statute",
    "constitution": "Constitution",
    "case": "Case",
    "ruling": "Ruling",
    "executive-action": "Executive action",
    "bill": "Bill",
    "regulation": "Regulation",
}
KIND_GROUP = {
    "statute": "Statutes",
    "constitution": "Constitution",
    "case": "Cases",
    "ruling": "Rulings",
    "executive-action": "Executive actions",
    "bill": "Bills",
    "regulation": "Regulations",
}
#: What a quotation the ruling's text does not contain says (``<q title>`` and previews).
QUOTE_MISSING = "This quotation was not found in the ruling's text that linker fetched"


def http_only(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, else ``None``."""
    if url and re.match(r"^https?://[^\s/]", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


# --- what the page says about each mention -----------------------------------------------


@cache
def _districts() -> dict[str, str]:
    """Postal code → state name, from ``data/federal_districts.csv``."""
    path = Path(__file__).parent / "data" / "federal_districts.csv"
    out: dict[str, str] = {}
    if path.exists():
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                out[(row.get("postal") or "").strip().lower()] = (row.get("state") or "").strip()
    return out


_DISTRICT_PART = {
    "nd": "Northern",
    "sd": "Southern",
    "ed": "Eastern",
    "wd": "Western",
    "md": "Middle",
    "cd": "Central",
}


def court_label(court: str) -> str:
    """A reader's name for a CourtListener court id (``ca9`` → Ninth Circuit), else the id."""
    c = court.lower()
    if c == "scotus":
        return "Supreme Court of the United States"
    if c == "cadc":
        return "U.S. Court of Appeals for the D.C. Circuit"
    if c == "cafc":
        return "U.S. Court of Appeals for the Federal Circuit"
    m = re.fullmatch(r"ca(\d{1,2})", c)
    if m:
        n = int(m.group(1))
        words = [
            "",
            "First",
            "Second",
            "Third",
            "Fourth",
            "Fifth",
            "Sixth",
            "Seventh",
            "Eighth",
            "Ninth",
            "Tenth",
            "Eleventh",
        ]
        if 1 <= n < len(words):
            return f"U.S. Court of Appeals for the {words[n]} Circuit"
    state = _districts().get(c[:2])
    if state:
        rest = c[2:]
        if rest == "d":
            return f"U.S. District Court for the District of {state} ({court})"
        if rest in _DISTRICT_PART:
            return (
                f"U.S. District Court for the {_DISTRICT_PART[rest]} District of {state} ({court})"
            )
    return court


#: the longest title, case name or citation shown on the page: text from a source is repeated
#: for every mention, so an overlong one would multiply into a huge page
MAX_LABEL = 240


def cap(text: str, limit: int = MAX_LABEL) -> str:
    """``text`` cut at a word near ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def cap_opt(text: str | None, limit: int = MAX_LABEL) -> str | None:
    return None if text is None else cap(text, limit)


def title_of(linked: LinkedArticle, m: Mention) -> str:
    return cap(_full_title(linked, m))


def _full_title(linked: LinkedArticle, m: Mention) -> str:
    auth = linked.authorities.get(m.authority) if m.authority else None
    if auth:
        return auth.source.title if auth.source and auth.source.title else auth.title
    if m.authority:
        return default_title(m.authority)
    if m.kind == "ruling" and m.court:
        return f"A ruling of the {court_label(m.court)}, not yet identified"
    return m.name or m.text


def _is_search(url: str) -> bool:
    """Whether ``url`` is one of the search links linker gives unidentified mentions."""
    return bool(
        re.match(r"https://www\.courtlistener\.com/\?", url)
        or url.startswith("https://www.congress.gov/search?")
        or url.startswith("https://www.federalregister.gov/documents/search?")
    )


def href_of(linked: LinkedArticle, m: Mention) -> str | None:
    auth = linked.authorities.get(m.authority) if m.authority else None
    return (
        http_only(m.url)
        or (http_only(auth.url) if auth else None)
        or (http_only(auth.source.url) if auth and auth.source else None)
    )


def snippet_text(raw: str | None, limit: int = 420) -> str | None:
    """The first lines of a source as plain text: markup is removed by nh3 (script and style
    content included), whitespace collapsed, and the text cut at a word near ``limit``."""
    if not raw:
        return None
    text = raw
    if "<" in text or "&" in text:
        text = htmllib.unescape(nh3.clean(text, tags=set(), clean_content_tags={"script", "style"}))
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"
    return text or None


_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def _when(fetched_at: str | None) -> str | None:
    if not fetched_at:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", fetched_at)
    if not m:
        return fetched_at[:40]
    return f"{m.group(1)} {m.group(2)} UTC" if m.group(2) else m.group(1)


def _state_own(m: Mention) -> bool:
    """A state's own law: an id under ``state:`` (a code section, a bill by number) or a
    state's act by name, an article of a state's constitution); linker has no source to fetch
    for them."""
    if m.kind == "constitution":
        return bool(m.authority and m.authority.startswith("state:"))
    if m.kind != "statute":
        return False
    if m.authority:
        return m.authority.startswith("state:")
    return bool(m.name and is_state_law_name(m.name))


@dataclass(frozen=True)
class Preview:
    """The content of one mention's popover (all plain text; the template escapes it)."""

    id: str
    kind: str
    kind_label: str
    title: str
    citation: str | None
    facts: tuple[tuple[str, str], ...]
    snippet: str | None
    missing: str | None
    provenance: str
    confidence: str
    evidence: str | None
    url: str | None
    toa: str
    anaphor: bool
    quotes: tuple[QuoteLine, ...] = ()
    url_label: str = "Open the source"


@dataclass(frozen=True)
class QuoteLine:
    """A quotation of the mention's ruling, as its preview reports it."""

    text: str
    found: bool
    url: str | None


def _quote_lines(
    linked: LinkedArticle, authority: str | None, limit: int = 3
) -> tuple[QuoteLine, ...]:
    out: list[QuoteLine] = []
    for q in linked.quotes:
        if q.authority != authority or len(out) >= limit:
            continue
        words = linked.article.text[q.start : q.end]
        short = snippet_text(words, 140) or words
        out.append(QuoteLine(short, q.found, http_only(quote_url(linked, q))))
    return tuple(out)


def preview(linked: LinkedArticle, i: int, m: Mention, toa_id: str) -> Preview:
    auth: Authority | None = linked.authorities.get(m.authority) if m.authority else None
    src = auth.source if auth else None
    url = href_of(linked, m)
    facts: list[tuple[str, str]] = []
    if m.kind in ("ruling", "case"):
        if m.court:
            facts.append(("Court", court_label(m.court)))
        case = m.name or (src.title if src and m.kind == "ruling" else None)
        if m.kind == "ruling":
            facts.append(("Case", cap(case or "not yet identified")))
        date = None
        for field_text in (src.citation if src else None, src.title if src else None):
            found = _ISO_DATE.search(field_text or "")
            if found:
                date = found.group(1)
                break
        if m.kind == "ruling" or date:
            facts.append(("Date", date or "unknown"))
    if src:
        where = cap(src.source or "the source", 80)
        when = _when(src.fetched_at)
        provenance = f"From {where}" + (f", fetched {when}" if when else "")
        missing = None if src.snippet else "The source was fetched but has no text preview."
    elif m.authority is None and url and _is_search(url):
        provenance = "Not yet identified"
        missing = "linker has not identified the record yet; the link searches for it."
    elif (m.authority is None or _state_own(m)) and not url:
        provenance = "No source linked"
        missing = (
            "A state's own law: linker names it but has no source for state laws yet."
            if _state_own(m)
            else "linker could not identify this authority, so there is no source to show."
        )
    else:
        provenance = "Source not fetched"
        reason = f" ({cap(auth.error)})" if auth and auth.error else ""
        if url:
            missing = f"The source has not been fetched{reason}; the link still leads to it."
        else:
            missing = f"The source has not been fetched{reason}."
    evidence = m.evidence
    if m.anaphor and not evidence:
        evidence = "refers back to an earlier mention of the same authority"
    return Preview(
        id=f"p{i}",
        kind=m.kind,
        kind_label=KIND_LABEL.get(m.kind, m.kind),
        title=title_of(linked, m),
        citation=cap_opt(src.citation) if src and src.citation else None,
        facts=tuple(facts),
        snippet=snippet_text(src.snippet) if src else None,
        missing=missing,
        provenance=provenance,
        confidence=f"{round(max(0.0, min(1.0, m.confidence)) * 100)}%",
        evidence=cap_opt(evidence, 400),
        url=url,
        toa=toa_id,
        anaphor=m.anaphor,
        quotes=_quote_lines(linked, m.authority) if m.kind in ("ruling", "case") else (),
        url_label="Search for it" if url and _is_search(url) else "Open the source",
    )


# --- table of authorities -------------------------------------------------------------------


@dataclass
class Jump:
    id: str
    text: str


@dataclass
class Entry:
    id: str
    kind: str
    title: str
    url: str | None
    citation: str | None
    status: str | None
    jumps: list[Jump] = field(default_factory=list)
    count: int = 0


@dataclass
class Group:
    kind: str
    label: str
    entries: list[Entry]


def entry_key(m: Mention) -> str:
    if m.authority:
        return m.authority
    if m.court:
        return f"court:{m.court}:{(m.name or '').lower()}"
    return f"{m.kind}:{(m.name or m.text).lower()}"


def table_of_authorities(
    linked: LinkedArticle, placed: set[int]
) -> tuple[list[Group], dict[int, str]]:
    """Groups of entries by kind (SPEC order), and each mention's entry id.

    ``placed`` holds the mentions that have a link in the body; only they get a jump.
    """
    entries: dict[str, Entry] = {}
    of: dict[int, str] = {}
    for i, m in enumerate(linked.mentions):
        key = entry_key(m)
        e = entries.get(key)
        if e is None:
            auth = linked.authorities.get(m.authority) if m.authority else None
            src = auth.source if auth else None
            status = None
            if _state_own(m) and src is None:
                status = "state law, no source linked"
            elif m.authority is None:
                status = "not yet identified"
            elif src is None:
                status = "not fetched"
            e = Entry(
                id=f"toa-{len(entries) + 1}",
                kind=(auth.kind if auth and auth.kind in KINDS else m.kind),
                title=title_of(linked, m),
                url=href_of(linked, m),
                citation=cap_opt(src.citation) if src else None,
                status=status,
            )
            entries[key] = e
        e.count += 1
        if i in placed:
            e.jumps.append(Jump(id=f"m{i}", text=m.text[:80]))
        of[i] = e.id
    groups: list[Group] = []
    for kind in (*KINDS, *sorted({e.kind for e in entries.values()} - set(KINDS))):
        es = [e for e in entries.values() if e.kind == kind]
        if es:
            groups.append(Group(kind=kind, label=KIND_GROUP.get(kind, kind), entries=es))
    return groups, of
