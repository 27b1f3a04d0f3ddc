"""Abbreviations an article defines: "the Colorado Anti-Discrimination Act (CADA) … comply with
CADA". Each use of the abbreviation, the bracketed definition itself and any use before it (a
headline) too, is a mention of what it was defined for.

Acts linker knows already carry their common abbreviations in ``acts.csv``; this pass covers
the rest (state acts, acts the data does not list) from the article's own definition.
"""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import Act, acts
from ..models import Mention
from .clausecut import cut_before
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .ruleagencies import agency_word
from .spans import SpanSet, by_span
from .trie import trie_regex

# (after a name printed in quotation marks, its closing mark first: the “Harbor Bill” ("HB");
# twenty-third session: with a word that offers it as another name, "(or HDA)", "(or simply
# HDA)", "(a.k.a. HDA)", "(also known as HDA)", or set between dashes, "… Act — HDA — passed")
_OFFERED = (
    r"(?:(?:or|also|aka|a\.k\.a\.|hereafter|hereinafter)\s+(?:simply\s+|just\s+)?"
    r"|also\s+(?:known\s+as|called)\s+)?"
)
_ABBR = r"(?:the\s+)?[“\"]?(?P<abbr>[A-Z][A-Z0-9&.-]*[A-Z0-9])[”\"]?"
DEFINED = deferred(
    rf"[”\"]?\s*(?:\(\s*{_OFFERED}{_ABBR}\s*\)"
    rf"|(?<=\s)(?:—|–|--)\s*{_OFFERED}{_ABBR.replace('abbr>', 'dashed>')}\s*(?:—|–|--)\s)"
)
# ", or the APA," after a state's act: the other name the article offers for it
COMMA_OFFERED = deferred(
    r",\s+or\s+(?:simply\s+)?(?:the\s+)?[“\"]?(?P<abbr>[A-Z][A-Z0-9&.-]*[A-Z0-9])[”\"]?"
    r"(?=[,;.)]|\s)"
)
SECTION_AFTER = deferred(
    r"\s+(?:[Ss](?:ection|ec\.)\s+|§\s*)(?P<n>\d+[A-Za-z]?)(?:\([A-Za-z0-9]{1,4}\))*(?![\w-])"
)
# "Section 4o of the CEA", "§ 22(a) of the CEA": the section before the abbreviation
SECTION_BEFORE = deferred(
    r"(?:[Ss](?:ection|ec\.)\s+|§\s*)(?P<n>\d+[A-Za-z]?)(?:\([A-Za-z0-9]{1,4}\))*\s+of\s+"
    r"(?:the\s+)?$"
)
KINDS = ("statute", "bill", "regulation", "executive-action")
# A country in brackets after a headline ("Executive Order Regarding Payroll Taxes (US)" in a
# law firm's list of posts) tags where it applies; it abbreviates nothing.
COUNTRY_TAGS = frozenset({"US", "USA", "UK", "EU"})


@cache
def _curated() -> frozenset[str]:
    """Abbreviations the act matcher already knows, with its own rules ("the FISA court")."""
    return frozenset(a for act in acts() for a in act.aliases if a.isupper())


@cache
def _acts_by_name() -> dict[str, Act]:
    return {a.name: a for a in acts()}


def _initials_fit(abbr: str, *names: str | None) -> bool:
    """Every letter of ``abbr`` begins a word of one of ``names`` ("CDA", "Clean Dockets
    Act")."""
    letters = [c for c in abbr.upper() if c.isalpha()]
    for name in names:
        initials = {w[0].upper() for w in re.findall(r"[A-Za-z][\w'’]*", name or "")}
        if letters and all(c in initials for c in letters):
            return True
    return False


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus every later use of an abbreviation defined right after one of them."""
    text = doc.text
    if (
        "(" not in text
        and "—" not in text
        and "–" not in text
        and "--" not in text
        and ", or " not in text
    ):
        return mentions  # (an abbreviation is defined in brackets, between dashes or as "or")
    defined: list[tuple[Mention, int, str]] = []
    for m in mentions:
        if m.kind not in KINDS or m.anaphor or not (m.authority or m.name):
            continue
        # ``DEFINED`` opens on white space or "(": else it is not tried (white space
        # followed by neither tries it)
        at = m.end + (text[m.end : m.end + 1] in '”"')
        c = text[at : at + 1]
        state_owned = m.matcher == "state_laws" or (m.authority or "").startswith("state:")
        if c == "," and state_owned:
            # "Florida's Administrative Procedures Act, or the APA, to require …": another
            # name offered for a state's act, read only when its letters are the name's
            # initials ("the Clean Air Act, or the EPA may sue" defines nothing)
            d = COMMA_OFFERED.match(text, m.end)
            if d is None or not _initials_fit(d.group("abbr"), m.text, m.name):
                continue
            if sum(ch.isupper() for ch in d.group("abbr")) >= 2:
                defined.append((m, d.end(), d.group("abbr")))
            continue
        if c != "(" and not (
            c.isspace() and ((c2 := text[at + 1 : at + 2]) in "(—–-" or c2.isspace())
        ):
            continue
        d = DEFINED.match(text, m.end)
        if d is None:
            continue
        abbr = d.group("abbr") or d.group("dashed")
        if d.group("dashed") and not _initials_fit(abbr, m.text, m.name):
            # (dashes set off any aside: "the Clean Air Act — EPA — …" defines nothing; an
            # abbreviation there is read only when its letters are the name's initials)
            continue
        if sum(c.isupper() for c in abbr) < 2 or abbr in COUNTRY_TAGS:
            continue
        if abbr in _curated() and not (state_owned and _initials_fit(abbr, m.text, m.name)):
            continue  # (a state's act keeps the initials an act of Congress also has)
        if m.kind == "regulation" and agency_word().fullmatch(abbr):
            # "a final rule from the Food and Drug Administration (“FDA”)": the agency's
            # abbreviation, defined for the last words of the mention, not the rule's
            continue
        defined.append((m, d.end(), abbr))
    if not defined:
        return mentions
    added: list[Mention] = []
    by_name = _acts_by_name()
    # Every defined abbreviation's uses in one pass over the text.
    uses: dict[str, list[tuple[int, int]]] = {}
    every = re.compile(rf"(?<![\w.-])(?:{trie_regex({a for _, _, a in defined})})(?![\w-])")
    for hit in every.finditer(text):
        uses.setdefault(hit.group(0), []).append(hit.span())
    mentions = _clauses_cut(mentions, [u for spans in uses.values() for u in spans])
    taken = SpanSet([(m.start, m.end) for m in mentions])
    for m, after, abbr in defined:
        sections = dict(by_name[m.name].sections) if m.name in by_name else {}
        # "section 304 of the Clean Air Act (CAA)": the abbreviation is the act's, not the
        # section's the mention before it names
        whole = by_name[m.name].authority if m.name in by_name else None
        own = whole if whole and m.authority in sections.values() else m.authority
        spans = uses.get(abbr, [])
        # every use: a headline often prints the abbreviation before the text defines it
        # ("PhRMA's Legal Challenge to IRA" … "the Inflation Reduction Act (IRA)")
        for s, e in spans:
            # the definition itself too ("Section 10 of the Rivers and Harbors Act (RHA)":
            # news annotators and readers take the bracketed letters for the act)
            if taken.overlaps(s, e):
                continue
            # (the definition is read with what it follows: "Section 10 of the … Act (RHA)"
            # links where the section does; later uses are the act's)
            authority = m.authority if m.end <= s < after else own
            sec = SECTION_AFTER.match(text, e)
            if sec and sec.group("n") in sections:  # "FAA § 2": the act's section 2
                authority, e = sections[sec.group("n")], sec.end()
            before = SECTION_BEFORE.search(text, max(0, s - 40), s) if sections else None
            if before and before.group("n") in sections and not taken.overlaps(before.start(), s):
                authority, s = sections[before.group("n")], before.start()
            added.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    m.kind,
                    authority,
                    name=m.name,
                    # never surer than what it abbreviates: the "General Data Protection
                    # Regulation (GDPR)" of an EU court's story, kept below the threshold as
                    # another country's law, leaves "GDPR" there too
                    confidence=min(m.confidence, max(0.6, m.confidence - 0.05)),
                    evidence=f"the abbreviation the article defined for “{m.text}”",
                    matcher="abbreviations",
                )
            )
            taken.add(s, e)
    return sorted([*mentions, *added], key=by_span)


def _clauses_cut(mentions: list[Mention], uses: list[tuple[int, int]]) -> list[Mention]:
    """``mentions`` with each ruling clause that runs over a use of a defined abbreviation cut
    short before the first such use ("Judge Lott vacated the 2019 memo creating MPP and the
    MPP program itself": the clause ends before "MPP", which is the program's mention). A use
    inside another mention, or a clause that would be left too short, stays as it is."""
    if not uses:
        return mentions
    others = SpanSet([(m.start, m.end) for m in mentions if m.kind != "ruling" or m.anaphor])
    free = [(s, e) for s, e in uses if not others.overlaps(s, e)]
    if not free:
        return mentions
    out: list[Mention] = []
    changed = False
    for m in mentions:
        if m.kind == "ruling" and not m.anaphor:
            first = min((s for s, e in free if m.start < s < m.end), default=None)
            cut = cut_before(m, first) if first is not None else None
            if cut is not None:
                m, changed = cut, True
        out.append(m)
    return out if changed else mentions


PASS = Pass(name="abbreviations", emits=(), anchors=(), run=attach)
