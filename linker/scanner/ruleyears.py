"""A rule told by the year its agency made it and what it was for, and "These rules" right after
it (twenty-eighth session, census41 P6). A follow-up pass, after ``ruledescribed``.

"In 2015, during the Obama administration, the FCC classified broadband as a Title II service,
establishing regulations to enforce net neutrality. These rules were repealed in 2017 …": the
sentence opens with a year, names an agency, and the agency makes rules "to" do something.
That is the agency's final rule of that year in ``linker/data/rules.csv``: among the versions
of the rules the article links (rows sharing an alias, as ``ruleversions`` reads them) when
one of them is that agency's of that year, else the one row of the table of that agency and
year whose name, aliases or topics share a content word with the purpose. Two rows, or none:
nothing. The span is the rule word and its purpose ("regulations to enforce net neutrality").
A sentence right after it that opens with "These rules" / "Those regulations" refers back to
it.

Also a defined term in quotes that several versions of one rule share as their alias ("its
definition of the Clean Water Act term “waters of the United States” (WOTUS)"): the version
in force at the article's date, the newest final one printed by then (nothing in an undated
article, or when two were printed that day). The span is the quoted term and its
abbreviation.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .orderdata import Rule, rules
from .registry import Pass
from .spans import by_span

ANCHOR = Anchor(
    "rule_years", ("rules", "regulations", "Rules", "Regulations"), 0, 0, "word", "word"
)
TERM_ANCHOR = Anchor("rule_defined_term", ("definition",), 0, 0, "word", "word")
# "its definition of the Clean Water Act jurisdictional term “waters of the United States”
# (WOTUS)", "the agency's definition of “waters of the United States”" (an owner's: "the
# definition of “fiduciary”" alone is the statute's word as often as a rule's)
_DEFINED = deferred(
    r"(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:agency|agencies)['’]s?|[A-Z][\w.&]*['’]s)\s+"
    r"(?:(?:current|existing|regulatory|legal)\s+)?definition\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,5}(?:['’]s)?\s+)?"
    r"(?:(?:jurisdictional|statutory|key|regulatory|legal)\s+)?(?:(?:term|phrase)\s+)?"
    r"(?P<span>[“\"](?P<term>[A-Za-z][\w .'’-]{2,60}?)[,.]?[”\"]"
    r"(?:\s+\((?P<abbr>[A-Z]{2,6})\))?)"
)
# the sentence's opening year: "In 2015, …", "In 2012 the commission …"
_OPENS = deferred(r"\s*(?:[Bb]ack\s+)?[Ii]n\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)")
# the verb of making right before the rule word, and the purpose after it
_MADE = deferred(
    r"\b(?:establish|adopt|issu|promulgat|finaliz|finalis|approv|creat|enact)(?:ed|ing|es|e)?"
    r"\s+(?:new\s+|its\s+|the\s+|federal\s+|formal\s+)?$"
)
_PURPOSE = deferred(
    r"\s+(?:(?:that\s+were\s+|which\s+were\s+)?(?:meant|designed|intended|aimed)\s+)?to\s+"
    r"(?P<verb>[a-z]+)\b[^.;:,()—–]{0,80}"
)
# "These rules were repealed …": the next sentence's opening back-reference
_THESE = deferred(r"\s*(?P<ref>(?:These|Those)\s+(?:rules|regulations))\b")
# words of a purpose that say nothing of which rule it is
_PLAIN = frozenset(
    (
        *("to", "the", "a", "an", "and", "or", "of", "for", "on", "in", "that", "with", "by"),
        *("rules", "regulations", "rule", "regulation", "new", "federal", "its", "their"),
        *("ensure", "guarantee", "enforce", "protect", "require", "prevent", "stop", "set"),
        *("make", "keep", "give", "allow", "limit", "all", "more", "other", "such", "as"),
    )
)


@cache
def _finals_by_year() -> dict[int, tuple[Rule, ...]]:
    out: dict[int, list[Rule]] = {}
    for r in rules():
        if not r.proposed and r.target and r.year is not None:
            out.setdefault(r.year, []).append(r)
    return {y: tuple(rows) for y, rows in out.items()}


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in _PLAIN)


def _row(agency: str, year: int, purpose: str, linked: dict[str, Rule]) -> Rule | None:
    """The agency's one final rule of ``year`` the purpose tells (see the module's doc)."""
    from .ruledescribed import _agency_fits, _vocabulary

    of_year = [r for r in _finals_by_year().get(year, ()) if _agency_fits(agency, r)]
    among = {r.target for r in of_year if r.target in linked}
    if len(among) == 1:
        return next(r for r in of_year if r.target in among)
    said = _words(purpose)
    fits = {r.target: r for r in of_year if r.target and said & _vocabulary(r.target)}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _in_force(term: str, abbr: str | None, date: str) -> Rule | None:
    """The newest final version printed by ``date`` of the one rule whose versions share
    ``term`` (or ``abbr``) as an alias; None when the term is no such alias, is another
    rule's too, or two versions were printed that day."""
    from .agencyrules import group_of

    said = {term.lower(), *([abbr.lower()] if abbr else [])}
    rows = [r for r in rules() if r.target and any(a.lower() in said for a in r.aliases)]
    if len({r.name for r in rows}) < 2 or len({group_of(r.name) for r in rows}) != 1:
        return None
    printed = [r for r in rows if not r.proposed and r.published and r.published <= date]
    if not printed:
        return None
    newest = max(r.published or "" for r in printed)
    last = [r for r in printed if r.published == newest]
    return last[0] if len(last) == 1 else None


def _defined_terms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    from .ruledescribed import rule_backref

    if not doc.date:
        return []
    text = doc.text
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for hs, _ in doc.hits(TERM_ANCHOR.name):
        m = _DEFINED.search(text, max(0, hs - 40), hs + 200)
        if m is None or not m.start() < hs < m.start("span"):
            continue
        s, e = m.start("span"), m.end("span")
        if any(a < e and s < b for a, b in taken):
            continue
        row = _in_force(m.group("term"), m.group("abbr"), doc.date)
        if row is None or row.target is None:
            continue
        how = f"a term its versions define, the version in force on {doc.date}: {row.name}"
        out.append(_plain(rule_backref(text, s, e, row.target, row, "ruleyears", how)))
        taken.append((s, e))
    return out


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    defined = _defined_terms(doc, mentions)
    if defined:
        mentions = sorted([*mentions, *defined], key=by_span)
    hits = doc.hits(ANCHOR.name)
    if not hits:
        return mentions
    from .ruleagencies import agency_word
    from .ruledescribed import _candidates, rule_backref

    text = doc.text
    taken = [(m.start, m.end) for m in mentions]
    linked: dict[str, Rule] | None = None
    added: list[Mention] = []
    for hs, he in hits:
        sent_s, sent_e = doc.sentence_at(hs)
        opens = _OPENS.match(text, sent_s)
        if opens is None or not _MADE.search(text, max(sent_s, hs - 30), hs):
            continue
        agencies = list(agency_word().finditer(text, opens.end(), hs))
        purpose = _PURPOSE.match(text, he, sent_e)
        if not agencies or purpose is None:
            continue
        s, e = hs, purpose.end()
        while e > s and text[e - 1] in " \t":
            e -= 1
        if any(a < e and s < b for a, b in taken):
            continue
        if linked is None:
            linked = _candidates(mentions)
        row = _row(agencies[-1].group(0), int(opens.group("year")), purpose.group(0), linked)
        if row is None or row.target is None:
            continue
        how = f"the agency's rule of {opens.group('year')} told by what it was for, {row.name}"
        added.append(rule_backref(text, s, e, row.target, row, "ruleyears", how))
        added[-1] = _plain(added[-1])
        taken.append((s, e))
        these = _THESE.match(text, sent_e)
        if these is not None and not any(
            a < these.end("ref") and these.start("ref") < b for a, b in taken
        ):
            rs, re_ = these.start("ref"), these.end("ref")
            added.append(
                rule_backref(text, rs, re_, row.target, row, "ruleyears", f"refers back to {how}")
            )
            taken.append((rs, re_))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


def _plain(m: Mention) -> Mention:
    """The rule told by its year is a mention of its own, not a back-reference."""
    from dataclasses import replace

    return replace(m, anaphor=False)


PASS = Pass(
    name="ruleyears",
    emits=("regulation",),
    anchors=(ANCHOR, TERM_ANCHOR),
    run=run,
    gated=True,
    needs_anaphora=True,
)
