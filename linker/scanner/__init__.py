"""Scan an article's text for mentions of laws and rulings.

The article becomes one ``Doc`` (text, date, sentences, quotations, anchor hits). Each pass
module finds one family of mentions; ``registry`` lists the passes and their anchors. ``scan``
runs the finders near their anchors, keeps the best of overlapping candidates (``select``),
then runs the follow-up passes: defined abbreviations, described laws, apposition,
back-references ("the act", "the order"), unnamed lawsuits, another country's law, and last
the consistency check of each ruling's court against its words.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import parse_qs, urlsplit

from ..courts import LEVEL_APPEALS, LEVEL_SUPREME, level_of
from ..links import courtlistener_search
from ..models import Article, Mention
from .clausecut import cut_before
from .context import ScanContext
from .doc import Doc
from .lazyre import deferred
from .registry import Pass, finders, follow_ups
from .spans import Intervals, by_span

Matcher = Callable[[Doc], list[Mention]]


def default_matchers() -> list[Matcher]:
    """The registered finders' functions, in order."""
    return [p.run for p in finders()]


def _rank(m: Mention) -> tuple[float, ...]:
    # A resolved mention beats an unresolved one; then the longer span; then confidence.
    return (
        1.0 if m.authority or m.court else 0.0,
        float(m.end - m.start),
        m.confidence,
    )


def _trim_clause(m: Mention, chosen: Intervals) -> Mention | None:
    """A ruling clause cut short before the first named mention it would swallow
    (``clausecut.cut_before``).

    Clauses are sentences' worth of words ("The Supreme Court's decision in Dobbs v. …");
    the law or case they run into is the more precise link, so the clause yields.
    """
    first = chosen.first_overlapping(m.start, m.end + 3)
    if first is None or first <= m.start:
        return None
    return cut_before(m, first)


def _swallowing_orders(ranked: list[Mention]) -> set[int]:
    """The executive orders told by a description that runs over a law, a clause of the
    Constitution or a case named inside it ("the order signed in May violates the company's
    Fourth Amendment rights"): cut short before it as a ruling clause is (``_trim_clause``),
    not let to hide it. (Their ``id``s.)"""
    orders = [m for m in ranked if m.kind == "executive-action" and m.end - m.start > 30]
    if not orders:
        return set()
    named = [
        m
        for m in ranked
        if m.kind in ("constitution", "statute", "case", "regulation", "bill") and m.authority
    ]
    # (by start: an order asks only the names that start inside it, by bisection, and the
    # odd empty or reversed span; a long document has many of both)
    named.sort(key=lambda n: n.start)
    starts = [n.start for n in named]
    odd = [n for n in named if n.end <= n.start]
    out: set[int] = set()
    for o in orders:
        lo = bisect.bisect_right(starts, o.start)
        hi = bisect.bisect_right(starts, o.end)
        inside = named[lo:hi]
        if any(
            n.end <= o.end or (n.start < o.end and _described(o))
            for n in (*inside, *(n for n in odd if o.start < n.start))
        ):
            out.add(id(o))
    return out


_NUMBERED = deferred(r"\b\d{4,5}\b")


def _described(o: Mention) -> bool:
    """Whether an order's mention is a description of it in words ("an executive order that
    would restrict the constitutional right to …"), not its number or title: such a span
    also yields to a named mention that starts inside it and runs past its end."""
    return not (o.evidence or "").startswith("title of") and not _NUMBERED.search(o.text)


def select(candidates: Iterable[Mention]) -> list[Mention]:
    """Keep a set of non-overlapping mentions, preferring resolved, long, confident ones.

    Named mentions (laws, cases, orders, rules) are settled first; a ruling clause that would
    overlap one of them is trimmed to end before it, or dropped when nothing is left.
    The kept spans sit in an interval index, so each candidate costs a bisection.
    """
    ranked = sorted(candidates, key=_rank, reverse=True)
    clauses = _swallowing_orders(ranked)
    chosen: list[Mention] = []
    taken = Intervals()
    for m in ranked:
        if m.kind == "ruling" or m.end <= m.start or id(m) in clauses:
            continue
        if taken.free(m.start, m.end):
            chosen.append(m)
            taken.add(m.start, m.end)
    for m in ranked:
        if (m.kind != "ruling" and id(m) not in clauses) or m.end <= m.start:
            continue
        trimmed = _trim_clause(m, taken)
        if trimmed is not None:
            m = trimmed  # cut before, or tidied up against, the name it runs into
        if not taken.free(m.start, m.end):
            continue
        chosen.append(m)
        taken.add(m.start, m.end)
    return sorted(chosen, key=by_span)


def scan(
    article: Article,
    *,
    matchers: Sequence[Matcher] | None = None,
    min_confidence: float = 0.5,
    anaphora: bool = True,
    extra_names: tuple[tuple[str, str | None], ...] = (),
) -> list[Mention]:
    """Every mention in ``article.text``, sorted by position, without overlaps.

    The article becomes one ``Doc``; each registered finder runs where its anchors occur,
    ``select`` settles overlaps, then the follow-up passes run in their order.
    ``extra_names`` adds act names from outside the curated data (the cached Popular Name
    Table); ``matchers`` replaces the registered finders (for tests).
    """
    doc = Doc.for_article(article, extra_names)
    found: list[Mention] = []
    if matchers is not None:
        for matcher in matchers:
            found.extend(matcher(doc))
    else:
        for p in finders():
            if p.wanted(doc):
                found.extend(p.run(doc))
    mentions = select(found)
    for p in follow_ups():
        if (anaphora or not p.needs_anaphora) and p.wanted(doc):
            mentions = p.run(doc, mentions)
    return [_narrowed(m) for m in mentions if m.confidence >= min_confidence]


_CL_SEARCH = "https://www.courtlistener.com/?"


def _narrowed(m: Mention) -> Mention:
    """A ruling whose court a follow-up pass gave, changed or took away after the rulings pass
    built its search link (a caption's court, a known suit's, the ruling before it; a court
    its words disagree with): the search asks that court, as the rulings pass's own do."""
    url = m.url
    if m.kind != "ruling" or not url or not url.startswith(_CL_SEARCH):
        return m
    if m.court is None and "&court=" not in url:
        return m  # (most rulings: nothing to ask)
    if (
        m.court is not None
        and m.court.isalnum()
        and url.endswith("&court=" + m.court)
        and url.count("&court=") == 1
    ):
        return m  # (the court the search asks already, as the rulings pass wrote it)
    query = parse_qs(urlsplit(url).query)
    if query.get("court", [None])[0] == m.court:
        return m
    kind = query.get("type", ["r"])[0]
    if m.court is not None:
        # (opinions for a court that writes them, dockets below, as the rulings pass asks)
        high = level_of(m.court) in (LEVEL_SUPREME, LEVEL_APPEALS)
        kind = "o" if high else "r"
    return m.with_(url=courtlistener_search(query.get("q", [""])[0], m.court, kind))


__all__ = ["Doc", "Matcher", "Pass", "ScanContext", "default_matchers", "scan", "select"]
