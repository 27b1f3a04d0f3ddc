"""Rules the article settles by its context (a part of the ``regulations`` pass): a rule
named by its agency ("the Labor Department's rule", through ``agencyrules``), "the proposed
rule" of the one rule the article is about, and the indefinite "a Final Rule in the federal
register".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

from ..links import federal_register_agency_search, federal_register_search
from ..models import Mention
from . import agencyrules, ruledates
from .doc import Doc
from .lazyre import deferred
from .namedrules import ADMIN, _after_article, _choose, _Hit, in_term
from .namedrules import _matcher as _named_matcher
from .orderdata import Rule, rules, rules_by_target
from .ruleagencies import agency_word as _agency_word
from .trie import term_uses

# What stands between a rule and its quoted title: "the DHS final rule entitled “…”".
ENTITLED = deferred(r",?\s+(?:(?:en)?titled|called|known\s+as)\s+[“\"]?")
# A title in apposition right after the rule: "a final rule, Defining and Delimiting …".
APPOSED_TITLE = deferred(r",\s*[“\"]?")


def _by_agency(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Rules named by their agency ("the Labor Department's rule"): ``agencyrules``."""
    by_id = rules_by_target()
    spans = [(m.start, m.end, by_id.get(m.authority or "")) for m in named]
    out: list[Mention] = []
    titled_at = {m.start: m for m in named if m.authority and m.name}
    for f in agencyrules.find(doc, spans):
        entitled = ENTITLED.match(doc.text, f.end) if titled_at else None
        if entitled is not None and (title := titled_at.get(entitled.end())) is not None:
            # "the DHS final rule entitled “Modification of Registration Requirement …”":
            # the rule its title names, whatever other rows the agency's words fit
            out.append(
                Mention(
                    f.start,
                    f.end,
                    doc.text[f.start : f.end],
                    "regulation",
                    title.authority,
                    name=title.name,
                    confidence=0.8,
                    matcher="regulations",
                    evidence=f"the agency's rule titled: {title.name}",
                )
            )
            continue
        apposed = APPOSED_TITLE.match(doc.text, f.end) if titled_at else None
        if apposed is not None and apposed.end() in titled_at:
            # "a final rule, Defining and Delimiting the Exemptions …,": the title in apposition
            # is the rule's mention; the rule word before it is no second one
            continue
        if not f.candidates:
            if not f.proposed:
                out.append(agencyrules.unresolved(f, doc.text))
            continue
        hit = _Hit(f.start, f.end, "", list(f.candidates), False)
        chosen = _choose(hit, doc.text, doc)
        if chosen is None:
            parts = {r.cfr for r in f.candidates}
            authority, name = (parts.pop() if len(parts) == 1 else None), None
        else:
            authority, name = chosen.target, chosen.name
        if authority is None:
            continue
        out.append(
            Mention(
                f.start,
                f.end,
                doc.text[f.start : f.end],
                "regulation",
                authority,
                name=name,
                confidence=0.8 if name else 0.7,
                anaphor=f.anaphor,
                matcher="regulations",
                evidence=(
                    f"the proposal of the final rule told before: {name}"
                    if f.anaphor
                    else f"the agency's rule: {name}"
                    if name
                    else "the agency's rule"
                )
                + (
                    f" (the one version printed by the inferred date: “{hit.soft}”)"
                    if hit.soft
                    else ""
                ),
            )
        )
    return out


# "the proposed rule", "the NPRM"; an owner may stand for "the": "the agency's notice of
# proposed rulemaking", "DHS's proposed rule", "its notice of proposed rulemaking"; and the
# text the final rule was first put as: "the text that the agency initially proposed".
PROPOSAL = re.compile(
    r"\b(?:(?:[Tt]he\s+)?(?:government|agency|department|administration|[A-Z]{2,6})['’]s|[Tt]he"
    r"|[Ii]ts)\s+(?:[Pp]roposed\s+[Rr]ule|NPRM|[Nn]otice\s+of\s+[Pp]roposed\s+[Rr]ulemaking)\b"
    r"(?!\s+(?:of|on|to)\b)"
    r"|\b[Tt]he\s+(?:text|language|version)\s+(?:that\s+)?(?:the\s+)?(?:[A-Z]{2,6}|agency"
    r"|department)\s+(?:had\s+)?(?:initially|first|originally)\s+proposed\b"
)


_PROPOSED: list[Any] = [None, {}]  # the rules table read, and its proposals by rule group


def _proposed_by_group() -> dict[int, list[Rule]]:
    """The table's proposed rules by the group of versions each belongs to (made once for
    the table, not by reading its hundreds of rows in each article that names one rule)."""
    table = rules()
    if _PROPOSED[0] is not table:
        by_group: dict[int, list[Rule]] = {}
        for r in table:
            if r.proposed:
                by_group.setdefault(agencyrules.group_of(r.name), []).append(r)
        _PROPOSED[:] = [table, by_group]
    return cast("dict[int, list[Rule]]", _PROPOSED[1])


def _proposals(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "The proposed rule" in an article about one rule whose proposal the table lists is
    that proposal, wherever the article names the rule ("FinCEN's final rule …, with minimal
    changes from the proposed rule")."""
    by_id = rules_by_target()
    final = {by_id[m.authority] for m in found if m.authority in by_id}
    final = {r for r in final if not r.proposed}
    if len({r.cfr for r in final}) != 1:
        return []
    names = {r.name for r in final}
    groups = {agencyrules.group_of(n) for n in names}
    by_group = _proposed_by_group()
    proposals = [r for g in groups for r in by_group.get(g, ()) if not _after_article(r, doc.date)]
    if len(proposals) != 1:
        return []
    (rule,) = proposals
    out: list[Mention] = []
    for ws, we in doc.windows("agency_rule"):
        for m in PROPOSAL.finditer(doc.text, ws, we):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            out.append(
                _rule_at(
                    m,
                    rule.target,
                    rule.name,
                    "the proposal of the rule the article is about",
                    anaphor=True,
                )
            )
    return out


# "a “delay rule”", "the postponement rule", "its suspension rule": a rule whose whole work is
# to put off another rule's effective date, its own Federal Register document.
DELAY = deferred(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+[“\"]?(?:[Dd]elay|[Pp]ostponement|[Ss]uspension)\s+[Rr]ule"
    r"(?:[”\"]|\b)"
)
# how the table names such a document ("…; Further Delay of Effective Date")
_DELAY_TITLE = deferred(r"\b(?:[Dd]elay|[Pp]ostpone\w*)\b")


def _delays(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "A delay rule" in an article about one final rule is the table's one rule that put
    off that rule's effective date (same agency and CFR part, its title a delay's, not
    printed before the rule it delays nor after the article); with two such rules (a rule
    delayed twice) or none, nothing."""
    if not any(doc.holds(w) for w in ("elay", "ostponement", "uspension")):
        return []
    by_id = rules_by_target()
    final = {by_id[m.authority] for m in found if m.authority in by_id}
    final = {r for r in final if not r.proposed and not _DELAY_TITLE.search(r.name)}
    if len(final) != 1:
        return []
    (rule,) = final
    delays = [
        r
        for r in rules()
        if r is not rule
        and r.cfr == rule.cfr
        and r.agency == rule.agency
        and not r.proposed
        and _DELAY_TITLE.search(r.name)
        and r.year is not None
        and rule.year is not None
        and r.year >= rule.year
        and not _after_article(r, doc.date)
    ]
    if len(delays) != 1:
        return []
    (delay,) = delays
    out: list[Mention] = []
    for ws, we in doc.windows("agency_rule"):
        for m in DELAY.finditer(doc.text, ws, we):
            # (a mention of the delayed rule that opens on the delay phrase — "a “delay rule”
            # to postpone the chemical disaster rule" read by the agency's-rule pass — is the
            # delay rule's; ``regulations.find`` drops it)
            if any(
                f.start < m.end()
                and m.start() < f.end
                and not (f.start == m.start() and f.authority == rule.target)
                for f in found + out
            ):
                continue
            out.append(_rule_at(m, delay.target, delay.name, f"the rule delaying {rule.name}"))
    return out


# "a Final Rule in the federal register", "by promulgating a Final Rule": the capitalised
# defined term, or any final rule said to be printed in the Federal Register.
INDEFINITE_FINAL = re.compile(
    r"\b[Aa]\s+(?:(?P<cap>Final\s+Rule)|[Ff]inal\s+[Rr]ule)"
    r"(?P<fr>\s+(?:in|to)\s+the\s+[Ff]ederal\s+[Rr]egister)?"
)


# "a rule that's set to take effect Jan. 1", "a regulation that took effect in July": a rule
# told only by when it takes effect, in an article that names one rule and no other.
INDEFINITE_EFFECT = deferred(
    r"\b[Aa]\s+(?:new\s+|federal\s+)?(?:rule|regulation)\s+(?:(?:that|which)(?:['’]s|\s+(?:is|was|"
    r"were|are|had\s+been|has\s+been))?\s+)?(?:(?:set|scheduled|slated|due)\s+to\s+(?:take|go\s+into)"
    r"\s+effect|(?:took|takes|went|goes)\s+(?:into\s+)?effect)"
)


def _indefinite_effect(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "A rule that's set to take effect Jan. 1" in an article that names one rule of the
    table and no other (before or after it) is that rule; with two named, or none, nothing."""
    named = {m.authority for m in found if m.authority and not m.anaphor}
    if len(named) != 1 or not doc.holds("effect"):
        return []
    (target,) = named
    rule = rules_by_target().get(target)
    if rule is None or rule.proposed:
        return []
    out: list[Mention] = []
    for ws, we in doc.windows("agency_rule"):
        for m in INDEFINITE_EFFECT.finditer(doc.text, ws, we):
            if any(f.start < m.end() and m.start() < f.end for f in found + out):
                continue
            out.append(
                _rule_at(
                    m,
                    target,
                    rule.name,
                    "a rule told by when it takes effect; the article's one rule",
                )
            )
    return out


# "The rule, finalized under the prior administration, is intended to strengthen borrower
# defense …": the article's first rule phrase, definite, in a sentence that names a known
# rule by one of its aliases.
DEFINITE_FIRST = deferred(
    r"\b[Tt]he\s+(?:(?:new|final|federal|long-delayed)\s+){0,2}(?:rule|regulations?)\b"
    r"(?!\s+of\b)"
)


def _definite_first(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "The rule" before any rule the article names, in a sentence holding an alias of one
    rule of the table (the version by the administration the sentence names, else as for a
    named rule): that rule. A later "the rule" is the anaphora pass's."""
    text = doc.text
    first_named = min((m.start for m in found), default=len(text))
    for ws, we in doc.windows("agency_rule"):
        if ws >= first_named:
            break
        m = DEFINITE_FIRST.search(text, ws, min(we, first_named))
        if m is None:
            continue
        a = doc.sentence_start(m.start())
        b = text.find(". ", m.end())
        b = b if b >= 0 else len(text)
        # the aliases the one walk over the text found in this sentence (no search of it)
        said = {h.payload[1] for h in _named_matcher().hits_in(doc) if a <= h.start < b}
        groups = {agencyrules.group_of(r.name) for r in said if not r.proposed}
        if len(groups) != 1:
            return []
        (group,) = groups
        cands = [
            r for r in agencyrules._pool(doc.date, False) if agencyrules.group_of(r.name) == group
        ]
        if not cands:
            return []
        sentence = text[a:b]
        # an agency the sentence names makes the rule one of its own ("The rule, released by
        # the Mine Safety and Health Administration, … silica dust" is not OSHA's silica rule)
        agencies = [agencyrules._agency_of(x.group(0)) for x in _agency_word().finditer(sentence)]
        told = [g for g in agencies if g is not None]
        if told:
            cands = [r for g in told for r in agencyrules.of_agency(cands, g)]
            if not cands:
                # the one rule of that agency the sentence's words fit, else none
                pool = list(agencyrules._pool(doc.date, False))
                mine = [r for g in told for r in agencyrules.of_agency(pool, g)]
                cands, _tied = agencyrules._best(mine, sentence)
                if len({agencyrules.group_of(r.name) for r in cands}) != 1:
                    return []
        admins = {x.group("name") for x in ADMIN.finditer(sentence)}
        if len(admins) == 1:
            admin = admins.pop()
            cands = [r for r in cands if in_term(r, admin)] or cands
        hit = _Hit(m.start(), m.end(), "", list(cands), False)
        rule = cands[0] if len(cands) == 1 else _choose(hit, text, doc)
        if rule is None:
            return []
        return [_rule_at(m, rule.target, rule.name, f"the rule its sentence names: {rule.name}")]
    return []


# "the May 2024 Rules", "its June 2023 final rule", "the January 2021 regulations": a rule told
# by the month it was made, with no agency and no name (twenty-fourth session)
MONTH_YEAR = deferred(
    rf"\b(?:[Tt]he|[Ii]ts)\s+(?P<month>{ruledates.MONTH})\s+(?:[1-3]?\d,?\s+)?"
    r"(?P<year>(?:19|20)\d\d),?\s+(?:[Ff]inal\s+)?(?:[Rr]ules?|[Rr]egulations?)\b"
)


def _month_year(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "the May 2024 Rules": of the rules the article named before it, the one printed in that
    month (or the two after it, ``ruledates``); else, when its sentence names
    an agency, the one rule of that agency printed then. Two rules that fit, or none, leave it
    alone."""
    text = doc.text
    by_id = rules_by_target()
    named = {m.authority: by_id[m.authority] for m in found if m.authority in by_id}
    # (where the article first names each)
    first = {m.authority: m.start for m in sorted(found, key=lambda x: -x.start)}
    out: list[Mention] = []
    for ws, we in doc.windows("agency_rule"):
        for m in MONTH_YEAR.finditer(text, ws, we):
            if any(f.start < m.end() and m.start() < f.end for f in found + out):
                continue
            month = ruledates._MONTHS[m.group("month")[:3].lower()]
            window = ruledates._month_window(int(m.group("year")), month)
            # (a rule the article named before it: a mention of its own, as gold has "the
            # April 2024 final rule", and the antecedent of what refers back after it)
            cands = [
                r
                for k, r in named.items()
                if first[k] < m.start() and ruledates.in_window(r, window)
            ]
            if not cands:
                a = doc.sentence_start(m.start())
                b = text.find(". ", m.end())
                sentence = text[a : b if b >= 0 else len(text)]
                told = {
                    agencyrules._agency_of(x.group(0)) for x in _agency_word().finditer(sentence)
                }
                (agency,) = told if len(told) == 1 else (None,)
                if agency is None:
                    continue
                pool = agencyrules.of_agency(list(agencyrules._pool(doc.date, False)), agency)
                # (printed that month or the next: a rule is printed weeks after its news)
                window = (window[0], ruledates._month_end(window[0].year, month + 1))
                cands = [r for r in pool if r.published and ruledates.in_window(r, window)]
            if len({r.target for r in cands}) != 1:
                continue
            rule = cands[0]
            out.append(_rule_at(m, rule.target, rule.name, f"the rule of that month: {rule.name}"))
    return out


def _indefinite_final(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "A Final Rule in the federal register" in an article that names one final rule and no
    other is that rule ("DHS had cured the defect in DACA by promulgating a Final Rule in the
    federal register", after "the Biden administration's DACA rule"). With two rules named, or
    none, it is left alone: a new rule is introduced this way too."""
    named = {m.authority for m in found if m.authority and not m.anaphor}
    if len(named) != 1:
        return []  # (asked first: it needs no search of the text)
    if not (doc.holds("inal Rule") or doc.holds("inal rule")):
        return []  # every phrase holds "final rule" in some case
    by_id = rules_by_target()
    (target,) = named
    rule = by_id.get(target)
    if rule is None or rule.proposed:
        return []
    hits = (
        m
        for ws, we in doc.windows("agency_rule")
        for m in INDEFINITE_FINAL.finditer(doc.text, ws, we)
        if m.group("cap") or m.group("fr")
    )
    return _the_one_rule_again(
        hits, found, target, rule.name, "a final rule, in an article about this one rule"
    )


def _the_one_rule_again(
    hits: Iterable[re.Match[str]], found: list[Mention], target: str, name: str, why: str
) -> list[Mention]:
    """Each of ``hits`` that no mention ``found`` overlaps and that comes after a mention of
    ``target``: that rule again, an anaphor."""
    out: list[Mention] = []
    for m in hits:
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if not any(f.end <= m.start() for f in found if f.authority == target):
            continue  # the rule must have been named before
        out.append(_rule_at(m, target, name, why, anaphor=True))
    return out


# "Under a new interim rule, the administration can …", "an interim final rule": an interim
# rule told only by its stage.
INDEFINITE_INTERIM = deferred(
    r"\b[Aa]n?\s+(?:new\s+)?[Ii]nterim(?:\s+[Ff]inal)?\s+[Rr]ule\b(?!\s+(?:on|to|that|which)\b)"
)


def _indefinite_interim(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "a new interim rule" after the article named one rule and no other, an interim final
    rule, is that rule ("the new Biden asylum rule … Under a new interim rule, the
    administration can bar …"); with two rules named, or a final one, nothing (a new rule is
    introduced this way too)."""
    named = {m.authority for m in found if m.authority and not m.anaphor}
    if len(named) != 1 or not (doc.holds("interim") or doc.holds("Interim")):
        return []
    (target,) = named
    rule = rules_by_target().get(target)
    if rule is None or rule.stage != "interim final":
        return []
    hits = (
        m
        for ws, we in doc.windows("agency_rule")
        for m in INDEFINITE_INTERIM.finditer(doc.text, ws, we)
    )
    why = "an interim rule, in an article about this one interim final rule"
    return _the_one_rule_again(hits, found, target, rule.name, why)


# "an interim final rule on October 24, 2017", "A Trump administration policy enacted July
# 16": a rule told by the day it was made (census34 P1, P9)
# (each word boundary or look behind asked after the pattern's first letter or digit, so that a
# whole-text search skips to those: ``trie.at_word_start``)
DAY_MADE = deferred(
    r"[AaTtIi](?<!\w.)(?:(?<=[Aa])n?|(?<=[Tt])he|(?<=[Ii])ts)\s+(?:(?:new|[A-Z][a-z]+|administration|agency)\s+){0,3}"
    r"(?:interim\s+final\s+rule|rule|regulation|policy)\s+(?:(?:enacted|issued|published|"
    r"finalized|adopted|announced|released)\s+)?(?:on\s+)?"
    rf"(?P<month>{ruledates.MONTH})\s+(?P<day>[1-3]?\d)(?!\d)(?:,\s+(?P<year>(?:19|20)\d\d))?"
)
_WORDS = deferred(r"[\w'’-]+")


def _day_made(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "an interim final rule on October 24, 2017": the one row of ``rules.csv`` printed that
    day (that month and day in a story that gives no year) whose agency made a rule the
    article named before, or one of whose aliases or topics its sentence holds. Two rows, or
    none: nothing."""
    text = doc.text
    by_id = rules_by_target()
    agencies = {by_id[m.authority].agency for m in found if m.authority in by_id}
    out: list[Mention] = []
    if not any(w in text for w in (" rule ", " policy ", " regulation ")):
        return out  # (most articles tell no rule so: no search of the text)
    # (the whole text: "A Trump administration policy enacted July 16" names no agency)
    for m in DAY_MADE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found + out):
            continue
        month = ruledates._MONTHS[m.group("month")[:3].lower()]
        day = f"{month:02d}-{int(m.group('day')):02d}"
        year = m.group("year")
        a = doc.sentence_start(m.start())
        b = text.find(". ", m.end())
        sentence = text[a : b if b >= 0 else len(text)].lower()
        words = set(_WORDS.findall(sentence))
        cands = {
            r.target
            for r in rules()
            if r.published
            and r.published[5:] == day
            and (year is None or r.published[:4] == year)
            and not (doc.date and r.published > doc.date)
            # (no year: a day of this year or the last one in a dated story)
            and not (year is None and doc.date and int(r.published[:4]) < int(doc.date[:4]) - 1)
            and (
                r.agency in agencies
                or any(
                    k.lower() in sentence and k.lower().split()[0] in words
                    for k in (*r.aliases, *r.topics)
                    if "…" not in k and len(k) > 4
                )
            )
        }
        if len(cands) != 1:
            continue
        (target,) = cands
        if target is None:
            continue
        rule = by_id[target]
        out.append(_rule_at(m, target, rule.name, f"the rule of that day: {rule.name}"))
    return out


# "the Department issued a stay under APA Section 705": an agency's stay told by the section
# it was issued under (census34 P1)
STAY_UNDER = deferred(
    r"\b[Aa]\s+(?P<stay>stay)\s+under\s+(?:the\s+)?(?:(?:APA|Administrative\s+Procedure\s+Act)"
    r"(?:['’]s)?\s+)?[Ss]ection\s+(?P<n>\d+)\b"
)


def _stay_under_section(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "a stay under APA Section 705" in an article that names the one agency stay of
    ``rules.csv`` called "Section 705 Stay": that stay, on the words "a stay" (the section
    stays the statute's). No such stay named, or two: nothing."""
    text = doc.text
    if " stay under " not in text:
        return []
    by_id = rules_by_target()
    out: list[Mention] = []
    for m in STAY_UNDER.finditer(text):
        name = f"section {m.group('n')} stay"
        stays = {
            f.authority
            for f in found
            if f.authority in by_id and name in (a.lower() for a in by_id[f.authority].aliases)
        }
        if len(stays) != 1:
            continue
        (target,) = stays
        a, b = m.start(), m.end("stay")
        if any(f.start < b and a < f.end for f in found + out):
            continue
        rule = by_id[target]
        out.append(
            Mention(
                a,
                b,
                text[a:b],
                "regulation",
                target,
                name=rule.name,
                confidence=0.7,
                matcher="regulations",
                anaphor=True,
                evidence=f"a stay under the section the article's stay is named by: {rule.name}",
            )
        )
    return out


# "the ‘junk fee’ rule", "the “hidden charge” regulation": a rule told by a nickname in quotes.
QUOTED_NICKNAME = deferred(
    r"\b[Tt]he\s+(?P<q>[‘“\"'])(?P<nick>[A-Za-z][\w -]{1,38}[A-Za-z])[’”\"']\s+"
    r"(?:[Rr]ules?|[Rr]egulations?)\b"
)


def _quoted_nickname(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "the ‘junk fee’ rule" after the article named a rule whose alias or topic the nickname
    is (the airline fee rule, among whose topics "junk fee" stands): that rule, even when
    another row of the table is called so; two such rules named before, or none: nothing."""
    text = doc.text
    if not any(q in text for q in "‘“\"'"):
        return []
    by_id = rules_by_target()
    out: list[Mention] = []
    for ws, we in doc.windows("agency_rule"):
        for m in QUOTED_NICKNAME.finditer(text, ws, we):
            if any(f.start < m.end() and m.start() < f.end for f in found + out):
                continue
            nick = m.group("nick")
            before = {
                f.authority: by_id[f.authority]
                for f in found
                if f.end <= m.start() and not f.anaphor and f.authority in by_id
            }
            fits = {
                agencyrules.group_of(r.name): r
                for r in before.values()
                if any(agencyrules._key_pattern(k).fullmatch(nick) for k in (*r.aliases, *r.topics))
            }
            if len(fits) != 1:
                continue
            (rule,) = fits.values()
            out.append(
                _rule_at(
                    m,
                    rule.target,
                    rule.name,
                    f"a nickname in quotes of the rule named before: {rule.name}",
                )
            )
    return out


# A rule the article names by a term it defines: "delayed the rule (the “Final Delay Rule”)",
# "adopted rules in 2019 (the “2019 Rule”)", "the Department's rule (hereinafter the
# "Rule")". The term is capitalised and ends in Rule or Regulation(s); it is quoted, in
# parentheses or after a comma.
_DEFINED_OPEN = deferred(
    r"(?:\(|,\s*)(?:(?:hereinafter|collectively|together)\s*,?\s*)?(?:the\s+)?(?:[“\"]|``)"
    r"(?P<term>(?:[A-Z0-9][\w'’.-]*\s+){0,5}(?:Rule|Regulations?))$"
)
# The closing quote (curly, straight, or the Government Publishing Office's ''), then the
# parenthesis, a comma, or "or" and a second term ("(the ``Waste Prevention Rule'' or ``Rule'')").
_DEFINED_CLOSE = deferred(r"(?:[”\"]|'')(?:\)|,|\s+or\s)")
# The words of a defined term that tell nothing of the rule searched for.
_TERM_PLAIN = frozenset({"the", "final", "interim", "rule", "regulation", "regulations", "new"})


# A term that names an undoing ("the “Rescission Rule”", "the “2026 Repeal Rule”")
_UNDOING_TERM = deferred(r"\b(?:Rescission|Rescinding|Repeal|Withdrawal|Revocation)\b")
_BACKREF_OPENS = deferred(r"\s*(?:This|The|That)\s+(?:new\s+|final\s+)?(?:rule|regulation)\b")


def _defined_terms(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Rules named by a term the article defines, and each later use of that term ("the
    2019 Rule"). The term is the rule named just before it in its sentence, if one was found;
    else the rule of the sentence's agency that its year and words single out; else, in an
    article about law or with an agency named, a Federal Register search. The definition is
    a mention only when nothing before it in its sentence names the rule."""
    text = doc.text
    heads = doc.hits("rule")
    if not heads or ("“" not in text and '"' not in text and "``" not in text):
        return []
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in found]
    legal: bool | None = None
    for hs, he in heads:
        close = _DEFINED_CLOSE.match(text, he)
        if close is None:
            continue
        m = _DEFINED_OPEN.search(text, max(0, hs - 80), he)
        if m is None:
            continue
        term = m.group("term")
        if term in ("Rule", "Regulation", "Regulations"):
            continue  # "the “Rule”": families reads the plain defined term
        sent = doc.sentence_start(m.start())
        before = [f for f in found if sent <= f.start and f.end <= m.start() + 1]
        if _UNDOING_TERM.search(term):
            # "a final rule rescinding the 2018 rule (the “Rescission Rule”)": the undoing
            # rule's term, never the rule undone that stands nearer
            from .namesync import _undoing

            before = [f for f in before if f.authority and _undoing(f.authority)]
        # the rule named last before it; of two readings of one name (the table's row and a
        # search for a name like a rule's), the one with an id
        antecedent = (
            max(before, key=lambda f: (f.end, f.authority is not None, f.confidence))
            if before
            else None
        )
        if antecedent is None and _BACKREF_OPENS.match(text, sent):
            # "This rule would have applied … (the “Final Rule”)": the sentence opens on a
            # back-reference, so the term is the rule named last before it (within reach)
            prior = [
                f
                for f in found
                if f.kind == "regulation" and f.authority and sent - 400 <= f.end <= sent
            ]
            antecedent = max(prior, key=lambda f: f.end) if prior else None
        if antecedent is not None and antecedent.kind == "regulation":
            base = antecedent.with_(anaphor=True, confidence=min(antecedent.confidence, 0.75))
            evidence = f"a term the article defines for “{antecedent.text}”"
            first = None
        else:
            base, evidence = _defined_rule(doc, term, sent, m.start())
            if base.authority is None:
                if legal is None:
                    from .signals import legal_article

                    legal = legal_article(doc)
                if not legal and "agencies" not in (base.url or ""):
                    continue
            if base.authority is None:
                base = base.with_(name=term)  # the rule as the article names it
            q = max(text.rfind(c, m.start(), he) for c in ("“", '"', "`"))
            first = (q + 1, he)
        spans = [first] if first else []
        spans.extend(term_uses(text, term, close.end()))
        for s, e in spans:
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            out.append(
                base.with_(
                    start=s,
                    end=e,
                    text=text[s:e],
                    anaphor=(s, e) != first,
                    matcher="regulations",
                    evidence=evidence,
                )
            )
    return out


def _defined_rule(doc: Doc, term: str, sent: int, at: int) -> tuple[Mention, str]:
    """What a defined term with no rule named before it stands for: the one rule of the
    sentence's agency (of the term's year, if it gives one) that the sentence's words fit, or
    a Federal Register search by agency and the term's words, or by the term."""
    from .ruleagencies import agency_word

    text = doc.text
    owners = list(agency_word().finditer(text, sent, at))
    agency = agencyrules._agency_of(owners[-1].group(0)) if owners else None
    year = re.search(r"\b((?:19|20)\d\d)\b", term)
    if agency is not None:
        pool = [
            r
            for r in agencyrules._pool(doc.date, False)
            if any(w in r.agency for w in agency.words)
            and (year is None or r.year == int(year.group(1)))
        ]
        if _UNDOING_TERM.search(term):
            pool = agencyrules._repeals(pool)
        cands, _ = agencyrules._best(pool, text[sent:at])
        if len({r.target for r in cands}) == 1:
            r = cands[0]
            return (
                Mention(0, 0, "", "regulation", r.target, name=r.name, confidence=0.7),
                f"a term the article defines for the agency's rule: {r.name}",
            )
        words = [w for w in re.findall(r"[A-Za-z][\w-]*", term) if w.lower() not in _TERM_PLAIN]
        url = federal_register_agency_search(agency.slug, agency.words[0], " ".join(words))
        return (
            Mention(0, 0, "", "regulation", None, confidence=0.6, url=url),
            "a rule the article defines a term for; not in linker's list, linked to a search",
        )
    return (
        Mention(0, 0, "", "regulation", None, confidence=0.6, url=federal_register_search(term)),
        "a rule the article defines a term for; not in linker's list, linked to a search",
    )


def _rule_at(
    m: re.Match[str], target: str | None, name: str, evidence: str, anaphor: bool = False
) -> Mention:
    """A rule mention on the whole of match ``m``."""
    return Mention(
        m.start(),
        m.end(),
        m.group(0),
        "regulation",
        target,
        name=name,
        confidence=0.7,
        anaphor=anaphor,
        matcher="regulations",
        evidence=evidence,
    )
