"""A rule's Regulation Identifier Number printed after it: "The rule (RIN 0938-AV61), released
by the Centers for Medicare & Medicaid Services in June, …" (twenty-eighth session, census42
P5). A follow-up pass, right after ``anaphora``.

The RIN is an exact key: the Unified Agenda gives one to each rulemaking, and the Federal
Register prints it in the rule's heading. The sources of ``linker/data/rules.csv`` cite it
("… CMS-9884-F, RIN 0938-AV61, …"; several for a joint rule: "RINs 1545-BO41, 1210-AB86 and
0938-AT48"), so they are read as an index, RIN to rows. A proposal and its final rule share
their RIN: the rule word's own "proposed" picks the proposal, else the final version; two
final versions of one RIN (an interim final rule and its final) say nothing. A regulations.gov
docket ("Docket No. EPA-HQ-OAR-2021-0317") and a CMS rule's code ("(CMS-9884-F)") the sources
cite are read the same way. (A Federal Register citation printed after the rule word needs
nothing of this pass: the citation is a mention of its own, which the back-references follow.)

The rule the RIN stands after (in parentheses or after a comma, right after the mention) is
that row's. When the article's own words had linked it to another rule of the same agency by
its topic words or as a back-reference ("a Trump administration rule that is projected to
reduce enrollment on the Affordable Care Act health insurance exchanges" read as the 2018
short-term plan rule, "the regulation", "the rule"), every such mention of that other rule
follows, as they are the one rule the RIN tells. Nothing changes when the article names the
other rule itself (its title, its citation, a year): then it is about two rules.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .orderdata import Rule, rules
from .registry import Pass

ANCHOR = Anchor(
    "rule_rin",
    ("RIN", "Regulation Identifier Number", "Docket", "docket", "CMS"),
    0,
    60,
    "word",
    "word",
)
# a docket of regulations.gov ("EPA-HQ-OAR-2021-0317", "ED-2025-OPE-0016", "FDA-2021-N-1234",
# "EERE-2014-BT-STD-0005") and a CMS rule's own code ("CMS-9884-F")
# (the Federal Register prints them with en dashes, "RIN 0938–AU97", "CMS–9899–F": read as
# hyphens)
_DOCKET = (
    r"[A-Z]{2,6}(?:[-\u2013][A-Z]{1,5}){0,3}[-\u2013]\d{4}"
    r"(?:[-\u2013][A-Z]{1,4}){0,2}[-\u2013]\d{3,5}"
    r"|CMS[-\u2013]\d{4}[-\u2013][A-Z]\d?"
)
# "(RIN 0938-AV61)", "RIN: 2060-AV45", "Regulation Identifier Number 1235-AA39"; "Docket No.
# EPA-HQ-OAR-2021-0317", "(docket ID ED-2025-OPE-0016)"; "(CMS-9884-F)"
_RIN = deferred(
    r"\b(?:RIN|Regulation\s+Identifier\s+Number)(?:\s+No\.)?[:\s]\s*"
    r"(?P<rin>\d{4}[-\u2013][A-Z]{2}\d{2})\b"
    r"|\b[Dd]ocket(?:\s+(?:No\.?|Number|ID))?[:\s]\s*(?P<docket>" + _DOCKET + r")(?![\w\-\u2013])"
    r"|(?<=\()(?P<code>CMS[-\u2013]\d{4}[-\u2013][A-Z]\d?)(?![\w-])"
)
# what may stand between the rule word and its RIN: "The rule (RIN …", "the rule, RIN …"
_BETWEEN = deferred(r"\s*[(\[,]?\s*(?:the\s+)?$")
# a source's RINs: "RIN 0938-AV61", "RINs 1545-BO41, 1210-AB86 and 0938-AT48", "RIN=2060-AV45"
_SOURCE_RINS = re.compile(
    r"\bRINs?[\s=:]+(\d{4}[-\u2013][A-Z]{2}\d{2}"
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d{4}[-\u2013][A-Z]{2}\d{2})*)"
)
_ONE_RIN = re.compile(r"\d{4}[-\u2013][A-Z]{2}\d{2}")
_SOURCE_DOCKETS = re.compile(r"(?<![\w-])(?:" + _DOCKET + r")(?![\w\-\u2013])")


@cache
def rows_by_rin() -> dict[str, tuple[Rule, ...]]:
    """The rows of ``rules.csv`` whose source cites each RIN, or each docket or CMS code."""
    out: dict[str, list[Rule]] = {}
    for r in rules():
        if r.target is None:
            continue
        keys = [rin for g in _SOURCE_RINS.finditer(r.source) for rin in _ONE_RIN.findall(g[1])]
        keys += _SOURCE_DOCKETS.findall(r.source)
        for key in (k.replace("\u2013", "-") for k in keys):
            if r not in out.setdefault(key, []):
                out[key].append(r)
    return {k: tuple(v) for k, v in out.items()}


def _row(rin: str, said: str) -> Rule | None:
    """The one row the RIN (or docket) names: the proposal when the rule word says
    "proposed", else the one final (or interim final) version. None for an unknown key or two
    versions."""
    rows = rows_by_rin().get(rin, ())
    proposed = "proposed" in said.lower()
    fit = [r for r in rows if r.proposed == proposed]
    targets = {r.target for r in fit}
    return fit[0] if len(targets) == 1 else None


def agencies_of(rule: Rule) -> frozenset[str]:
    """The agencies a row names ("Centers for Medicare & Medicaid Services, Department of
    Health and Human Services, Department of Labor and Department of the Treasury")."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=Department\b|Office\b|Centers?\b)", rule.agency)
    return frozenset(p.strip().lower() for p in parts if p.strip())


def _soft(m: Mention) -> bool:
    """A mention linked by the article's words alone: a back-reference, or an agency's rule
    chosen by its topic words (not by its title, citation or year)."""
    evidence = m.evidence or ""
    return m.anaphor or evidence.startswith("the agency's rule: ")


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    out = list(mentions)
    by_id = {r.target: r for r in rules() if r.target}
    for hit in _RIN.finditer(text):
        before = [
            i
            for i, m in enumerate(out)
            if m.kind == "regulation"
            and m.end <= hit.start()
            and (m.end >= hit.start() - 40 and _BETWEEN.match(text[m.end : hit.start()]))
        ]
        inside = [
            i
            for i, m in enumerate(out)
            if m.kind == "regulation" and m.start <= hit.start() and hit.end() <= m.end
        ]
        at = (inside or before)[-1:] if (inside or before) else []
        if not at:
            continue
        m = out[at[0]]
        key = (hit.group("rin") or hit.group("docket") or hit.group("code")).replace("\u2013", "-")
        row = _row(key, m.text)
        if row is None or row.target == m.authority:
            continue
        said = f"RIN {key}" if hit.group("rin") else key
        how = f"the rule of {said}: {row.name}"
        old = m.authority
        if old is None:
            out[at[0]] = m.with_(authority=row.target, name=row.name, evidence=how)
            continue
        same = [i for i, x in enumerate(out) if x.kind == "regulation" and x.authority == old]
        if not all(_soft(out[i]) for i in same):
            continue  # the article names the other rule itself: two rules
        other = by_id.get(old)
        if other is None or not (agencies_of(other) & agencies_of(row)):
            continue  # (another agency's rule: the words had told something else)
        for i in same:
            x = out[i]
            told = (
                how
                if i == at[0]
                else f"the agency's rule, told by the {said} printed after it: {row.name}"
                if (x.evidence or "").startswith("the agency's rule: ")
                else f"{x.evidence}; {how}"
            )
            out[i] = x.with_(authority=row.target, name=row.name, evidence=told)
    return out


PASS = Pass(
    name="rulerins",
    emits=("regulation",),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
    needs_anaphora=True,
)
