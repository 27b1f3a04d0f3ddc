"""Terms an article defines for a law, bill, order or rule: "Executive Order 14181, “Emergency
Measures to … Disaster Response in Certain Areas” (the “Order”). The Order directs …".

Law-firm alerts, press releases and court papers name an authority once and then call it by a
capitalised term they define in brackets right after it: "(the “Order”)", "(“Act”)", "(the
“Final Rule”)", "(“IRA” or the “Act”)". Each later "the Order" ("The Order", "this Order", "the
Order’s") is that authority, however many others the text names in between: a defined term
does not drift to the nearest order as "the order" would. The term is defined for the last
mention of a kind its head word fits in the definition's own sentence; nothing is linked when
the sentence names none.

Cost: the pass runs only where one of its anchors ("(the “", "(“", ``(the "``, ``("``)
occurs, and then looks for the term's capitalised spelling after the definition only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..datafiles import bill_of_act
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import by_span

# "(the “Order”)", "(“Act”)", "(“IRA” or the “Act”)", "(the "Final Rule")", "(the “Final
# Rule” or “CMS-3442F”)": the term, one to
# three capitalised words ending in a head word; an order's nickname before "EO"
# ("(“blacklisting EO”)")
DEFINITION = re.compile(
    r"\((?:(?:the\s+)?[“\"][^”\"()\n]{1,40}[”\"],?\s+(?:or|and)\s+)?(?:the\s+)?[“\"]"
    r"(?P<term>(?:(?:[A-Z][a-z]+|(?:19|20)\d\d)\s+){0,2}(?:[a-z]{4,}\s+(?=EO))?"
    r"(?P<head>Order|EO|Act|Law|Statute|"
    r"Legislation|Bill|Measure|Rule|Regulation|Proclamation|Memorandum|Directive|"
    # a court's paper: "(the “Decision”)", "(“Opinion”)"
    r"Decision|Opinion|Ruling|Judgment|"
    # a rule by its action or its initials: "(the “Rescission”)", "(the “IFR”)"
    r"IFR|Rescission|Repeal))[”\"]"
    # (a second name after it: "(the “Final Rule” or “CMS-3442F”)")
    r"(?:,?\s+or\s+(?:the\s+)?[“\"][^”\"()\n]{1,40}[”\"])?\)"
)
# The same without quotes: "(the 2024 Rule)", "(the Rule)", "(the 2025 EO)", "(2024 Final
# Rule)" (a year opens a term with no article: "(Final Rule)" alone is too often a label)
# "(collectively, the Rules)" after a set of rules ("the entire set of regulations, including
# amendments to existing rules (collectively, the Rules)")
BARE = deferred(
    r"\((?:(?:collectively|together),?\s+)?(?P<whole>(?:the\s+(?P<t1>(?:(?:[A-Z][a-z]+|[A-Z]{2,6}|(?:19|20)\d\d)\s+)"
    r"{0,2})|(?P<t2>(?:19|20)\d\d\s+(?:[A-Z][a-z]+\s+)?))"
    r"(?P<head>Order|EO|Rules?|Regulations?|Proclamation|Directive))\)"
)
# The kinds each head word may be defined for.
KINDS = {
    # (an agency's order, a rule whose name ends in "Order", too: ``_antecedent``)
    "Order": ("executive-action", "regulation"),
    "EO": ("executive-action",),
    "Proclamation": ("executive-action",),
    "Memorandum": ("executive-action",),
    "Directive": ("executive-action",),
    "Act": ("statute", "bill"),
    "Law": ("statute", "bill"),
    "Statute": ("statute",),
    "Legislation": ("statute", "bill"),
    "Measure": ("statute", "bill"),
    "Bill": ("bill", "statute"),
    "Rule": ("regulation",),
    "Regulation": ("regulation",),
    "Rules": ("regulation",),
    "Regulations": ("regulation",),
    "IFR": ("regulation",),
    # (only a rule that undoes: ``_antecedent``)
    "Rescission": ("regulation",),
    "Repeal": ("regulation",),
    # a court's ruling told in the definition's sentence ("the Sixth Circuit issued a decision
    # (“Decision”)"): only a ruling whose court is known, right before it (``_antecedent``)
    "Decision": ("ruling",),
    "Opinion": ("ruling",),
    "Ruling": ("ruling",),
    "Judgment": ("ruling",),
}
_RULING_HEADS = ("Decision", "Opinion", "Ruling", "Judgment")
# (how far before its definition a ruling may end: "issued a decision (“Decision”)")
_RULING_GAP = 40
# an agency's order: a rule named "… Order" ("the Safeguarding and Securing the Open Internet
# Order"), never a rule told by another word
_ORDER_NAME = deferred(r"\bOrder\b")
_RULE_HEADS = ("Rule", "Regulation", "Rules", "Regulations", "IFR", "Rescission", "Repeal")
# What stands before a use of the term: a determiner ("the Order", "This Order").
_DETERMINER = deferred(r"(?:^|(?<=\W))(?:[Tt]he|[Tt]his|[Ss]uch)\s+$")
_FINAL_DETERMINER = deferred(r"(?:^|(?<=\W))(?:[Tt]he|[Tt]his)\s+final\s+$")
ANCHOR = Anchor(
    "defined_term", ("(the ", "(“", '("', "(19", "(20", "(collectively, ", "(together, "), 0, 120
)


def _sentence_mentions(
    doc: Doc, at: int, mentions: list[Mention], ends: list[int]
) -> list[Mention]:
    """The explicit mentions that end before ``at`` in its sentence, last first."""
    a = doc.sentence_start(at)
    j = bisect.bisect_right(ends, at)
    out = []
    for m in reversed(mentions[:j]):
        if m.end <= a:
            break
        # (a back-reference that found its rule may be defined: "the agency’s final rule of
        # May 6, 2024 (“Final Rule”)")
        if m.start >= a and (not m.anaphor or m.authority):
            out.append(m)
    return out


# Titles in quotes between an authority and its definition ("Executive Order 14181,
# “Emergency Measures to …” (the “Order”)"), and a court's or another paper named in between
# ("enjoined Executive Order 14168 in its opinion and order (the “Order”)"): then the term is
# that paper's, not the authority's.
_QUOTED = deferred(r"[“\"][^“”\"\n]*[”\"]")
_OTHER_PAPER = deferred(
    r"\b(?:order|opinion|ruling|injunction|decision|judgment|memorandum|complaint|"
    r"petition|motion|letter|guidance)s?\b"
)
GAP = 250


def _another_between(text: str, a: int, b: int) -> bool:
    """Whether the text between an antecedent (ending at ``a``) and its definition (at
    ``b``) is too long or names another paper outside its quoted titles."""
    if b - a > GAP:
        return True
    return _OTHER_PAPER.search(_QUOTED.sub(" ", text[a:b])) is not None


# A term that names an undoing ("the “Rescission Rule”", "the “Repeal Rule”")
_UNDOING_TERM = deferred(r"\b(?:Rescission|Rescinding|Repeal|Withdrawal|Revocation)\b")


def _antecedent(candidates: list[Mention], head: str, term: str = "") -> Mention | None:
    """The last candidate (``candidates`` come last first) of a kind the term's head fits,
    with an id or a name; for "Bill" a bill by number before any other ("H.R. 1620, a bill to
    reauthorize the Violence Against Women Act (the “Bill”)" defines H.R. 1620). A term
    that names an undoing ("a final rule rescinding the 2018 rule (the “Rescission Rule”)")
    is the undoing rule's, never the rule undone that stands nearer: none when no mention
    before it is one."""
    kinds = KINDS[head]
    fit = [
        m
        for m in candidates
        if m.kind in kinds and (m.authority or m.name or (m.kind == "ruling" and m.court))
    ]
    fit = [m for m in fit if m.confidence >= 0.5]
    if head == "Order":
        # an agency's order is a rule named "… Order" with an id: the term is its own
        fit = [
            m for m in fit if m.kind != "regulation" or (m.authority and _ORDER_NAME.search(m.text))
        ]
    if head in _RULE_HEADS and _UNDOING_TERM.search(term):
        from .namesync import _undoing

        fit = [m for m in fit if m.authority and _undoing(m.authority)]
    if head == "Bill":
        # (stable: last first among bills by number, then other bills, then acts)
        fit.sort(key=lambda m: (m.kind != "bill", not m.authority))
    return fit[0] if fit else None


# a rule word in the definition's sentence before it ("the agency’s controversial final rule
# of May 6, 2024 (“Final Rule”)")
_RULE_WORD = deferred(r"\b(?:rule|regulation)s?\b", re.IGNORECASE)


# a set of rules defined as one ("(collectively, the Rules)"): the article's one rule even
# when no rule linker does not know stands in the definition
_PLURAL_TERM = deferred(r"\((?:collectively|together),?\s+the\s+(?:Rules|Regulations)\)")


def _only_rule_before(
    doc: Doc,
    s: int,
    end: int,
    by_end: list[Mention],
    ends: list[int],
    unknown: set[tuple[int, int]],
) -> Mention | None:
    """For a rule's term defined where linker found no rule with an id (the term itself read
    as a rule's name it does not know), after a rule word in its sentence: the one rule the
    article named before it, when it named exactly one."""
    text = doc.text
    a = doc.sentence_start(s)
    made = _made_by(text, a, s)
    if (
        not any(x >= s and y <= end for x, y in unknown)
        and not _PLURAL_TERM.match(doc.text, s)
        and made is None
    ):
        return None
    if not _RULE_WORD.search(text, a, s) and made is None:
        return None
    j = bisect.bisect_right(ends, s)
    named = [m for m in by_end[:j] if m.kind == "regulation" and m.authority and not m.anaphor]
    if len({m.authority for m in named}) != 1:
        return None
    if made is not None and not _agency_made(made, named[-1].authority or ""):
        return None  # another agency's act: not the rule the article named
    return named[-1]


# The definition's sentence tells an agency making the rule, with no rule word ("On April 10,
# 2024, the EPA established Maximum Contaminant Levels … for six PFAS (the MCL Rule)"): the
# agency named, then a verb of rulemaking.
_MADE = deferred(r"\b(?:established|issued|finalized|adopted|promulgated|set)\b")


def _made_by(text: str, a: int, s: int) -> str | None:
    """The agency named before a verb of rulemaking in ``text[a:s]``, if any."""
    from .ruleagencies import agency_word

    verb = _MADE.search(text, a, s)
    if verb is None:
        return None
    named = list(agency_word().finditer(text, a, verb.start()))
    return named[-1].group(0) if named else None


def _agency_made(agency: str, authority: str) -> bool:
    """Whether the rule ``authority`` is of the agency named ``agency``."""
    from .agencyrules import _agency_of
    from .orderdata import rules_by_target

    found = _agency_of(agency)
    row = rules_by_target().get(authority)
    return found is not None and row is not None and any(w in row.agency for w in found.words)


def _only_rule_by_topic(
    doc: Doc, s: int, term: str, by_end: list[Mention], ends: list[int]
) -> Mention | None:
    """For a rule's term with a name of its own ("(the MCL Rule)", not a bare "(the Rule)")
    defined after a description linker does not know as a rule ("the EPA established
    Maximum Contaminant Levels for six PFAS (the MCL Rule)"): the one rule the article named
    before it, when it named exactly one and the definition's sentence holds one of that
    rule's topics or names (``rules.csv``)."""
    if term.split()[0] in ("Rule", "Rules", "Regulation", "Regulations", "Final", "Proposed"):
        return None
    j = bisect.bisect_right(ends, s)
    named = [m for m in by_end[:j] if m.kind == "regulation" and m.authority and not m.anaphor]
    if len({m.authority for m in named}) != 1:
        return None
    from .orderdata import rules

    words = {
        w.lower()
        for r in rules()
        if r.authority == named[-1].authority
        for w in (*r.topics, *r.aliases)
    }
    said = doc.text[doc.sentence_start(s) : s].lower()
    if not any(re.search(rf"\b{re.escape(w)}\b", said) for w in words if len(w) >= 4):
        return None
    return named[-1]


def _use(text: str, start: int, end: int, to: Mention, term: str) -> Mention:
    """A use of ``term`` at ``start``–``end``, the authority of ``to``."""
    return Mention(
        start,
        end,
        text[start:end],
        to.kind,
        to.authority,
        court=to.court,
        name=to.name,
        confidence=0.8,
        anaphor=True,
        evidence=f"the term “{term}” the article defines for “{to.text}”",
        matcher="defined_terms",
    )


def defined_terms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus each use of a term the article defines for one of them."""
    text = doc.text
    by_end = sorted(mentions, key=lambda m: m.end)
    ends = [m.end for m in by_end]
    taken = sorted((m.start, m.end) for m in mentions)
    # a rule found with no id where the term is used ("the Final Rule" read as a rule's name)
    # gives way to the defined term
    unknown = {(m.start, m.end) for m in mentions if m.kind == "regulation" and not m.authority}
    dropped: set[tuple[int, int]] = set()
    added: list[Mention] = []
    for s, _ in doc.hits("defined_term"):
        d = DEFINITION.match(text, s) or BARE.match(text, s)
        if d is None:
            continue
        head = d["head"]
        term = d["term"] if d.re is DEFINITION else (d["t1"] or d["t2"] or "") + head
        to = _antecedent(_sentence_mentions(doc, s, by_end, ends), head, term)
        if to is not None and head in _RULING_HEADS and s - to.end > _RULING_GAP:
            continue  # a ruling told far before: the term may be another paper's
        if to is not None and head not in _RULING_HEADS and _another_between(text, to.end, s):
            continue
        if to is None and head in _RULE_HEADS and not _UNDOING_TERM.search(term):
            to = _only_rule_before(doc, s, d.end(), by_end, ends, unknown)
            if to is not None:
                # the term where it is defined is that rule too
                for a, b in [sp for sp in unknown if sp[0] >= s and sp[1] <= d.end()]:
                    dropped.add((a, b))
                    added.append(_use(text, a, b, to, term))
        if (
            to is None
            and head in _RULE_HEADS
            and d.re is not DEFINITION
            and d["t1"]
            and not _UNDOING_TERM.search(term)
        ):
            to = _only_rule_by_topic(doc, s, term, by_end, ends)
            if to is not None:
                # the term where it is defined names that rule too ("(the MCL Rule)")
                a = s + 1
                i = bisect.bisect_left(taken, (a, a))
                if not (
                    (i < len(taken) and taken[i][0] < d.end() - 1) or (i and taken[i - 1][1] > a)
                ):
                    added.append(_use(text, a, d.end() - 1, to, term))
                    bisect.insort(taken, (a, d.end() - 1))
        if to is None:
            continue
        kind, authority = to.kind, to.authority
        if head == "Bill" and kind == "statute":
            known = bill_of_act(authority)
            if known is None:
                continue  # a bill the text never numbered
            kind, authority = "bill", known[0]
        at = text.find(term, d.end())
        while at >= 0:
            e = at + len(term)
            det = _DETERMINER.search(text, max(0, at - 6), at)
            if det is None and head in _RULE_HEADS:
                # "the SEC acted arbitrarily in adopting the final Rule": the term still
                det = _FINAL_DETERMINER.search(text, max(0, at - 12), at)
            if det is not None and not text[e : e + 1].isalnum():
                start = det.start()
                i = bisect.bisect_left(taken, (start, start))
                free = not ((i < len(taken) and taken[i][0] < e) or (i and taken[i - 1][1] > start))
                if not free and authority and kind == "regulation":
                    weak = [sp for sp in ((start, e), (at, e)) if sp in unknown]
                    if weak:
                        dropped.update(weak)
                        taken.remove(weak[0])
                        free = True
                if free:
                    added.append(
                        replace(_use(text, start, e, to, term), kind=kind, authority=authority)
                    )
                    bisect.insort(taken, (start, e))
            at = text.find(term, e)
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in dropped] if dropped else mentions
    return sorted([*kept, *added], key=by_span)


PASS = Pass(
    name="defined_terms",
    emits=("statute", "bill", "executive-action", "regulation"),
    anchors=(ANCHOR,),
    run=defined_terms,
    gated=True,
    needs_anaphora=True,
)
