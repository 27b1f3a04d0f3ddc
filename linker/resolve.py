"""Resolve mentions to authorities: a public link and a title for every canonical id.

Offline resolution only needs the id; online resolvers (rulings, case names) may later
replace a mention's ``authority`` with a CourtListener record.
"""

from __future__ import annotations

from collections.abc import Iterable

from .courts import is_state_law_name
from .ids import kind_of
from .links import (
    congress_search,
    courtlistener_search,
    default_title,
    federal_register_search,
    public_url,
)
from .models import Authority, Mention
from .scanner.staterules import is_state_rule_name


def link_mention(m: Mention) -> Mention:
    """Give the mention the public URL a reader should follow (never a guessed one)."""
    if m.url:
        return m
    if m.authority:
        url = public_url(m.authority)
        if url:
            return m.with_(url=url)
    query = m.name or m.text
    if m.kind in ("statute", "bill") and m.name:
        if is_state_law_name(m.name) or (m.authority or "").startswith("state:"):
            # (a proposition carries its act's name: "Voters' Right to Know Act")
            return m  # a state's own law: congress.gov would search the wrong legislature
        return m.with_(url=congress_search(m.name))
    if m.kind == "regulation" and m.name:
        if is_state_rule_name(m.name):
            return m  # a state body's rule: the Federal Register does not print it
        return m.with_(url=federal_register_search(m.name))
    if m.kind in ("case", "ruling") or m.court:
        return m.with_(url=courtlistener_search(query, m.court, "o" if m.kind == "case" else "r"))
    return m


def authorities_for(mentions: Iterable[Mention]) -> dict[str, Authority]:
    """One ``Authority`` per distinct id, in order of first mention."""
    out: dict[str, Authority] = {}
    for m in mentions:
        if not m.authority or m.authority in out:
            continue
        url = public_url(m.authority) or m.url or ""
        title = default_title(m.authority)
        if m.name and not m.authority.startswith(("usc:", "cfr:", "const:")):
            title = f"{m.name} ({title})" if m.name not in title else title
        elif m.name:
            title = f"{title} — {m.name}"
        out[m.authority] = Authority(
            id=m.authority, kind=m.kind or kind_of(m.authority), title=title, url=url
        )
    return out
