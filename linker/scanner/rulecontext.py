"""Rules the article settles by its context (a part of the ``regulations`` pass): a rule
named by its agency ("the Labor Department's rule", through ``agencyrules``), "the proposed
rule" of the one rule the article is about, and the indefinite "a Final Rule in the federal
register".
"""

from __future__ import annotations

import re

from ..models import Mention
from . import agencyrules
from .doc import Doc
from .namedrules import _after_article, _choose, _Hit
from .orderdata import rules, rules_by_target


def _by_agency(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Rules named by their agency ("the Labor Department's rule"): ``agencyrules``."""
    by_id = rules_by_target()
    spans = [(m.start, m.end, by_id.get(m.authority or "")) for m in named]
    out: list[Mention] = []
    for f in agencyrules.find(doc, spans):
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
                matcher="regulations",
                evidence=f"the agency's rule: {name}" if name else "the agency's rule",
            )
        )
    return out


PROPOSAL = re.compile(r"\b[Tt]he\s+(?:[Pp]roposed\s+[Rr]ule|NPRM)\b(?!\s+(?:of|on|to)\b)")


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
    proposals = [
        r
        for r in rules()
        if r.proposed and agencyrules.group_of(r.name) in groups and not _after_article(r, doc.date)
    ]
    if len(proposals) != 1:
        return []
    (rule,) = proposals
    out: list[Mention] = []
    for ws, we in doc.windows("agency_rule"):
        for m in PROPOSAL.finditer(doc.text, ws, we):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "regulation",
                    rule.target,
                    name=rule.name,
                    confidence=0.7,
                    anaphor=True,
                    matcher="regulations",
                    evidence="the proposal of the rule the article is about",
                )
            )
    return out


# "a Final Rule in the federal register", "by promulgating a Final Rule": the capitalised
# defined term, or any final rule said to be printed in the Federal Register.
INDEFINITE_FINAL = re.compile(
    r"\b[Aa]\s+(?:(?P<cap>Final\s+Rule)|[Ff]inal\s+[Rr]ule)"
    r"(?P<fr>\s+(?:in|to)\s+the\s+[Ff]ederal\s+[Rr]egister)?"
)


def _indefinite_final(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "A Final Rule in the federal register" in an article that names one final rule and no
    other is that rule ("DHS had cured the defect in DACA by promulgating a Final Rule in the
    federal register", after "the Biden administration's DACA rule"). With two rules named, or
    none, it is left alone: a new rule is introduced this way too."""
    named = {m.authority for m in found if m.authority and not m.anaphor}
    if len(named) != 1:
        return []  # (asked first: it needs no search of the text)
    if "inal Rule" not in doc.text and "inal rule" not in doc.text:
        return []  # every phrase holds "final rule" in some case
    by_id = rules_by_target()
    (target,) = named
    rule = by_id.get(target)
    if rule is None or rule.proposed:
        return []
    out: list[Mention] = []
    for ws, we in doc.windows("agency_rule"):
        for m in INDEFINITE_FINAL.finditer(doc.text, ws, we):
            if not (m.group("cap") or m.group("fr")):
                continue
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            if not any(f.end <= m.start() for f in found if f.authority == target):
                continue  # the rule must have been named before
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "regulation",
                    target,
                    name=rule.name,
                    confidence=0.7,
                    anaphor=True,
                    matcher="regulations",
                    evidence="a final rule, in an article about this one rule",
                )
            )
    return out
