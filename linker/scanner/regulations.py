"""Regulations: C.F.R. forms eyecite misses, Federal Register citations, and rules by name.

* C.F.R.: "8 CFR 287.8", "34 C.F.R. Part 106", "34 CFR 106", "part 106 of title 34 of the
  Code of Federal Regulations", "section 287.8 of title 8 of the Code of Federal Regulations"
  → ``cfr:TITLE:PART[.SECTION]``. Citations with a section sign ("8 C.F.R. § 287.8") are
  eyecite's (``linker/scanner/citations.py``) and are not repeated here.
* Federal Register: "89 FR 33474", "89 Fed. Reg. 33,474" → ``fr:VOLUME:PAGE``.
* Named rules from ``linker/data/rules.csv``: an alias that is itself a name ("the Clean Power
  Plan", "the Navigable Waters Protection Rule") or a key followed by a rule word ("the Title
  IX rule", "final Title IX rule", "Title IX regulations", "the public charge rule"). When
  several rules share a key, the mention's year ("the 2020 Title IX rule"), the president or
  administration named before it, the article's date, and the version already identified
  elsewhere in the article choose one; failing that the mention links the C.F.R. part the
  versions share. "The rule of law", "as a rule", "the filibuster rule" are not rule names and
  never match.
* The agency that issued a rule, when the article names it with the rule ("the Labor
  Department's overtime rule", "the EPA's power plant rule", "the FTC's ban on noncompetes"),
  keeps only that agency's rows: another agency's rule of the same topic is never linked. The
  FCC's rules are "orders" ("the FCC's net neutrality order"). A rule printed in the Federal
  Register more than 90 days after the article's date (signing comes weeks before printing)
  is never linked.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from ..models import Mention
from . import agencyrules, provisions
from .doc import Doc
from .lazyre import deferred
from .namedrules import (
    ADMIN,
    ADMIN_YEARS,
    DESCRIBED_BEFORE,
    HEADS,
    NOT_FEDERAL,
    ORDER_AFTER,
    PREFIX,
    RULE_AFTER,
    RULE_WORDS,
    SIGNED_BEFORE_PRINTED,
    TITLE_WORDS,
    VERB_AFTER,
    YEAR_IN,
    _after_article,
    _choose,
    _named,
    regulating_before,
)
from .orderdata import rules, rules_by_target
from .regcitations import (
    CFR,
    CFR_LIST_AFTER,
    FR,
    PART_OF_TITLE,
    PLAIN_SECTION,
    TITLE_PART,
    _citations,
)
from .registry import Pass
from .ruleagencies import AGENCIES, agency_before, agency_owns, agency_word
from .rulecontext import (
    INDEFINITE_FINAL,
    PROPOSAL,
    _by_agency,
    _day_made,
    _defined_terms,
    _definite_first,
    _delays,
    _indefinite_effect,
    _indefinite_final,
    _indefinite_interim,
    _month_year,
    _proposals,
    _quoted_nickname,
    _stay_under_section,
)
from .spans import SpanSet
from .unknownrules import (
    NOT_RULE_WORDS,
    RULE_ANCHOR,
    UNKNOWN_RULE,
    _by_topics,
    _part_of_known,
    _unknown,
)

# The pass is split by idea: ``regcitations`` (C.F.R. and Federal Register citations),
# ``ruleagencies`` (the agency table), ``namedrules`` (rules from the table), ``unknownrules``
# (names the table lacks, parts of known titles), ``rulecontext`` (by agency, proposals, "a
# final rule"). Their names stay importable from here.
__all__ = [
    "ADMIN",
    "ADMIN_YEARS",
    "AGENCIES",
    "CFR",
    "CFR_LIST_AFTER",
    "DESCRIBED_BEFORE",
    "FR",
    "HEADS",
    "INDEFINITE_FINAL",
    "NOT_FEDERAL",
    "NOT_RULE_WORDS",
    "ORDER_AFTER",
    "PART_OF_TITLE",
    "PASS",
    "PLAIN_SECTION",
    "PREFIX",
    "PROPOSAL",
    "RULE_AFTER",
    "RULE_ANCHOR",
    "RULE_WORDS",
    "SIGNED_BEFORE_PRINTED",
    "TITLE_PART",
    "TITLE_WORDS",
    "UNKNOWN_RULE",
    "VERB_AFTER",
    "YEAR_IN",
    "_after_article",
    "_choose",
    "agency_before",
    "agency_owns",
    "find",
]


# Between a rule's name and the citation that names it: "the Telemarketing Sales Rule (TSR),
# 16 C.F.R. part 310", "the Rule, 89 Fed. Reg. 26,760", "the Rule at 45 CFR part 180".
CITED_AFTER = deferred(r"[”\"’']?\s*(?:\([A-Z]{2,8}\)\s*)?(?:,\s*|\s+at\s+|\s+\()")


def _cited_after(text: str, unknown: list[Mention], cites: list[Mention]) -> list[Mention]:
    """A rule named by a name the table lacks takes the citation printed right after it, at
    the level the citation names: a C.F.R. part ("… Sales Rule (TSR), 16 C.F.R. part 310")
    or a Federal Register document. Otherwise it stays a search."""
    if not cites or all(m.authority for m in unknown):
        return unknown
    starts = sorted((c.start, c) for c in cites if c.authority)
    keys = [st for st, _ in starts]
    out: list[Mention] = []
    for m in unknown:
        i = bisect.bisect_left(keys, m.end)
        gap = (
            CITED_AFTER.fullmatch(text, m.end, keys[i])
            if i < len(keys) and not m.authority
            else None
        )
        if gap is None or keys[i] - m.end > 24:
            out.append(m)
            continue
        cite = starts[i][1]
        assert cite.authority is not None
        target = cite.authority
        if target.startswith("cfr:"):
            title, part = target.split(":")[1:3]
            target = f"cfr:{title}:{part.split('.')[0]}"
        out.append(
            m.with_(
                authority=target,
                url=None,
                confidence=0.8,
                evidence=f"named with its citation: {cite.text}",
            )
        )
    return out


# "parts 210 and 302 of the civil service regulations", "part 88 of its regulations": C.F.R.
# parts named in prose, without their title; ends at the rule word (``doc.hits``).
PARTS_BEFORE = deferred(
    r"[Pp]arts?\s+(?P<first>\d{1,4})(?:(?:,\s*|,?\s+and\s+)\d{1,4})*\s+of\s+"
    r"(?:the|its|their|the\s+agency['’]s)\s+(?:[\w-]+\s+){0,3}$"
)
# How far back a rule or an agency may tell the C.F.R. title of such parts.
PARTS_REACH = 1500


def _prose_parts(doc: Doc, found: list[Mention]) -> list[Mention]:
    """C.F.R. parts in prose ("OPM … That rule used delegated presidential authority to amend
    parts 210 and 302 of the civil service regulations") → ``cfr:TITLE:FIRST-PART``. The
    title is never guessed: it is that of the nearest rule of the table named before (within
    ``PARTS_REACH``), else the one title every row of the agency named in the sentence or the
    two before it shares."""
    text = doc.text
    out: list[Mention] = []
    by_target = rules_by_target()
    by_end = sorted((f for f in found if f.authority), key=lambda f: f.end)
    found_ends = [f.end for f in by_end]
    for hs, he in doc.hits("agency_rule"):
        if text[hs:he] not in ("regulations", "regulation") or "art" not in text[hs - 80 : hs]:
            continue
        m = PARTS_BEFORE.search(text, max(0, hs - 80), hs)
        if m is None:
            continue
        title = None
        lo = bisect.bisect_left(found_ends, hs - PARTS_REACH)
        hi = bisect.bisect_right(found_ends, m.start())
        for f in reversed(by_end[lo:hi]):
            row = by_target.get(f.authority)
            cfr = row.cfr if row is not None else None
            if cfr:
                title = cfr.split(":")[1]
                break
        if title is None:
            title = _agency_title(doc.around(m.start(), he, 2, 0))
        if title is None:
            continue
        out.append(
            Mention(
                m.start(),
                he,
                text[m.start() : he],
                "regulation",
                f"cfr:{title}:{m.group('first')}",
                confidence=0.8,
                evidence=f"C.F.R. parts in prose, title {title} from the rule or agency before",
                matcher="regulations",
            )
        )
    return out


def _agency_title(words: str) -> str | None:
    """The one C.F.R. title of the rows of the one agency named in ``words``, if one."""
    named = {a.group(0) for a in agency_word().finditer(words)}
    titles = set()
    for a in named:
        agency = agencyrules._agency_of(a)
        if agency is None:
            continue
        titles |= {
            r.cfr.split(":")[1]
            for r in rules()
            if r.cfr and any(w in r.agency for w in agency.words)
        }
    return titles.pop() if len(titles) == 1 else None


# Little words an alias's initials leave out: "Borrower Defense to Repayment" → "BDR".
_NOT_INITIAL = frozenset({"to", "of", "the", "and", "for", "on", "in", "a", "an", "or"})
_INITIALS_RULE = r"(?![\w-])(?:\s+[Ff]inal)?\s+(?:[Rr]ules?|[Rr]egulations?)\b"


_WORD_GAP = deferred(r"[\s-]+")


def _initials(alias: str) -> str | None:
    """The initials of a multi-word alias (three letters or more), else None."""
    words = [w for w in _WORD_GAP.split(alias) if w and w.lower() not in _NOT_INITIAL]
    if len(words) < 3 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(w[0].upper() for w in words)


@cache
def _initials_pattern(abbr: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?P<det>[Tt]he|[Aa]n?|[Ii]ts)\s+)?(?:(?P<year>(?:19|20)\d\d)\s+)?"
        rf"(?<![\w-]){abbr}{_INITIALS_RULE}"
    )


def _initials_in(text: str, abbr: str) -> Iterator[re.Match[str]]:
    """``_initials_pattern(abbr).finditer(text)``, the same matches, but the pattern (whose
    optional words before the initials give the engine no literal to skip to) is tried only
    from just before each place the initials stand (``str.find``): a match's start is at most
    "its" + spaces + a year + spaces before its initials, and the initials (capitals, three or
    more) cannot stand inside those words, so no match starts before that bound."""
    match = _initials_pattern(abbr).match
    pos = 0
    while (q := text.find(abbr, pos)) >= 0:
        i = q
        while i > 0 and text[i - 1].isspace():
            i -= 1
        i -= 4  # (a year)
        while i > 0 and text[i - 1].isspace():
            i -= 1
        # (each start up to the initials, as a search would try them, and no further: a
        # match that starts after them holds a later place of the initials)
        for at in range(max(pos, i - 3), q + 1):  # (an article: "the", "an", "its")
            if (m := match(text, at)) is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = q + 1


def _by_initials(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A rule the article names, called by its alias's initials with a rule word after them,
    never defined ("the 2022 Borrower Defense to Repayment final rule … the 2022 BDR rule"):
    the same rule, or its version of the year before the initials."""
    text = doc.text
    by_target = rules_by_target()
    rows = {f.authority: by_target[f.authority] for f in found if f.authority in by_target}
    out: list[Mention] = []
    taken = SpanSet([(f.start, f.end) for f in found])
    for row in rows.values():
        for alias in row.aliases:
            abbr = _initials(alias)
            if abbr is None or abbr not in text:
                continue
            for m in _initials_in(text, abbr):
                if taken.overlaps(m.start(), m.end()):
                    continue
                if m.group(0).endswith(" regulation") and regulating_before(text, m.start()):
                    continue  # "next in LDT regulation": the regulating, not the rule
                rule = row
                if m.group("year") and row.year != int(m.group("year")):
                    group = agencyrules.group_of(row.name)
                    same = [
                        r
                        for r in rules()
                        if agencyrules.group_of(r.name) == group
                        and r.year == int(m.group("year"))
                        and r.proposed == row.proposed
                    ]
                    if len(same) != 1:
                        continue
                    rule = same[0]
                taken.add(m.start(), m.end())
                out.append(
                    Mention(
                        m.start(),
                        m.end(),
                        m.group(0),
                        "regulation",
                        rule.target,
                        name=rule.name,
                        confidence=0.8,
                        evidence=f"the initials of “{alias}”, a rule the article names",
                        matcher="regulations",
                    )
                )
    return out


# A quoted run of text long enough to be a Federal Register title
QUOTED = deferred(r"[“\"](?P<title>[A-Z][^“”\"\n]{30,300}?)[,.]?[”\"]")


@cache
def _full_titles() -> dict[str, tuple[str, ...]]:
    """Each row's whole Federal Register title (its name without the notes in brackets,
    ":" and ";" parts included), folded, with the ids of the rows that print it."""
    by_title: dict[str, list[str]] = {}
    for r in rules():
        if not r.target:
            continue
        title = re.sub(r"(?:\s*\([^)]*\))+\s*$", "", r.name).strip()
        if len(title.split()) < TITLE_WORDS + 2:
            continue  # a short title may be a phrase a quote holds for another reason
        key = _fold(title)
        if r.target not in by_title.setdefault(key, []):
            by_title[key].append(r.target)
    return {k: tuple(v) for k, v in by_title.items()}


def _fold(title: str) -> str:
    folded = re.sub(r"\s+", " ", title.replace("’", "'").replace("–", "-")).strip().lower()
    # (twenty-eighth session, census42 P9) a leading article is no part of the title: the
    # Federal Register prints "The Enhancement and Standardization of …", news quotes
    # "“Enhancement and Standardization of …” final rule"
    return folded.removeprefix("the ")


# The stage a quoted title is told as, right after its closing quotation mark: "“…” final
# rule", "“…” proposed rule"
_STAGE_AFTER = deferred(r"\s+(?P<stage>final|proposed|interim\s+final)\s+rules?\b")


def _quoted_titles(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A rule named by its whole Federal Register title in quotation marks ("EPA published
    “National Emission Standards …: Final Repeal”"), a title with colons or semicolons
    included, which name matching does not take: the one row printed under it, not
    printed after the article (a title two rows print names neither). A mention of the same
    row already over the title (its short title, "its final rule on “…”") stays as it is;
    another name inside it gives way to it in ``select``."""
    text = doc.text
    if "“" not in text and '"' not in text:
        return []
    titles = _full_titles()
    by_target = rules_by_target()
    out: list[Mention] = []
    for m in QUOTED.finditer(text):
        ids = titles.get(_fold(m.group("title")))
        if ids is None:
            continue
        s, e = m.start("title"), m.end("title")
        staged = _STAGE_AFTER.match(text, m.end())
        if staged is not None:
            # "the “…” final rule": the row of that stage, when a proposal and its final rule
            # print one title; the span takes the quotation and its stage words
            stage = re.sub(r"\s+", " ", staged.group("stage"))
            of_stage = [i for i in ids if (r := by_target.get(i)) is not None and r.stage == stage]
            if len(of_stage) == 1:
                ids = tuple(of_stage)
                s, e = m.start(), staged.end()
        if len(ids) != 1:
            continue
        rule = by_target.get(ids[0])
        if rule is None or _after_article(rule, doc.date):
            continue
        if any(f.start < e and s < f.end and f.authority == rule.target for f in found):
            continue
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                "regulation",
                rule.target,
                name=rule.name,
                confidence=0.9,
                evidence=f"the rule's Federal Register title, quoted: {rule.name}",
                matcher="regulations",
            )
        )
    return out


def find(doc: Doc) -> list[Mention]:
    """C.F.R. and Federal Register citations and named rules in the text."""
    text = doc.text
    named = _named(text, doc)
    unknown = _by_topics(doc, _part_of_known(doc, named, _unknown(doc, named)))
    cites = _citations(text)
    unknown = _cited_after(text, unknown, cites)
    found = named + _by_agency(doc, named + unknown) + unknown
    delays = _delays(doc, found)
    if delays:
        found = [m for m in found if not any(d.start == m.start for d in delays)]
    extra = _proposals(doc, found) + delays + _indefinite_final(doc, found)
    extra += _indefinite_interim(doc, found)
    extra += _indefinite_effect(doc, found)
    extra += _definite_first(doc, found + extra)
    extra += _month_year(doc, found + extra)
    extra += _day_made(doc, found + extra)
    extra += _stay_under_section(doc, found + extra)
    extra += _defined_terms(doc, found + extra)
    extra += _by_initials(doc, found + extra)
    extra += _quoted_titles(doc, found + extra)
    extra += _quoted_nickname(doc, found + extra)
    return cites + found + extra + provisions.find(doc) + _prose_parts(doc, found + extra)


PASS = Pass(
    name="regulations",
    emits=("regulation",),
    anchors=(
        RULE_ANCHOR,
        agencyrules.AGENCY_RULE_ANCHOR,
        agencyrules.AGENCY_ORDER_ANCHOR,
        agencyrules.AGENCY_NOTICE_ANCHOR,
    ),
    run=find,
)
