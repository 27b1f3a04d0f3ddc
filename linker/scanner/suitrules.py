"""An agency's rule the table could not tell by its words, in an article about a known suit
that challenges one rule of that agency: "A coalition of health groups sued the EPA on
Wednesday … A rule finalized by the EPA last week revokes …" is the rule the suit
challenges. A follow-up pass, after the lawsuits and the suits' back-references.

The suits are the ``case`` mentions the article links to a row of ``linker/data/lawsuits.csv``
whose ``challenges`` column holds ``fr:`` ids (rules). Only when the article's suits challenge
exactly one rule, of the agency the mention names, printed by the article's date; the agency
rule that stays unresolved otherwise ("a rule of the agency; not in linker's list") takes its
id. A mention linked to some rule already, a proposal, or a rule of another agency stays.

Also the agency's rule its topic words chose among the agency's versions ("a Trump
administration rule that is projected to reduce enrollment on the Affordable Care Act health
insurance exchanges" read as the 2018 short-term plan rule, which shares the topic words), in
an article whose known suits all challenge one other rule of that agency: the suits tell the
version, with the mention's back-references (twenty-eighth session, census42 P5). Never when
the article names the other rule itself (its title, a citation), a year by the mention, or an
administration the suits' rule was not made under.
"""

from __future__ import annotations

from ..datafiles import one_challenged
from ..models import Mention
from . import agencyrules
from .doc import Doc
from .lazyre import deferred
from .namedrules import ADMIN, _after_article, in_term
from .orderdata import Rule, rules_by_target
from .registry import Pass
from .ruleagencies import agency_word
from .rulerins import agencies_of

# the evidence ``agencyrules.unresolved`` gives
_UNRESOLVED = "a rule of the agency; not in"


def _challenged(mentions: list[Mention], written: str | None) -> Rule | None:
    """The one rule the article's known suits challenge (None with none or two)."""
    found = one_challenged((m.name or "" for m in mentions if m.kind == "case"), "fr:")
    if found is None:
        return None
    rule = rules_by_target().get(found)
    if rule is None or rule.proposed or _after_article(rule, written):
        return None
    return rule


def _unresolved(m: Mention) -> bool:
    return (
        m.kind == "regulation"
        and m.authority is None
        and (m.evidence or "").startswith(_UNRESOLVED)
    )


# the evidence ``rulecontext`` gives an agency's rule chosen among its versions by its words
_BY_TOPIC = "the agency's rule: "
# a year near the mention: the version was told by it
_YEAR = deferred(r"\b(?:19|20)\d\d\b")


def _soft(m: Mention) -> bool:
    return m.anaphor or (m.evidence or "").startswith(_BY_TOPIC)


def _versioned(doc: Doc, mentions: list[Mention], rule: Rule) -> list[Mention]:
    """The agency's rule chosen by its topic words, and its back-references, re-linked to
    ``rule``, the one rule the article's suits challenge, when it is another version of that
    agency (see the module's doc)."""
    text = doc.text
    by_id = rules_by_target()
    moved: dict[str, Rule] = {}
    for m in mentions:
        if m.kind != "regulation" or m.anaphor or not (m.evidence or "").startswith(_BY_TOPIC):
            continue
        old = by_id.get(m.authority or "")
        if old is None or old.target == rule.target or old.proposed or old.target in moved:
            continue
        if not agencies_of(old) & agencies_of(rule):
            continue
        sent_s, _ = doc.sentence_at(m.start)
        near = text[max(sent_s, m.start - 80) : m.end + 30]
        if _YEAR.search(near):
            continue  # ("the agency's 2018 rule": the year told the version)
        admins = [a.group("name") for a in ADMIN.finditer(text, max(sent_s, m.start - 80), m.end)]
        if admins and not in_term(rule, admins[-1]):
            continue
        same = [x for x in mentions if x.kind == "regulation" and x.authority == old.target]
        if not all(_soft(x) for x in same):
            continue  # the article names the other version itself
        if old.target is not None:
            moved[old.target] = old
    if not moved:
        return mentions
    how = f"the rule the suits the article names challenge: {rule.name}"
    return [
        m.with_(
            authority=rule.target,
            name=rule.name,
            url=None,
            evidence=how if not m.anaphor else f"{m.evidence}; {how}",
        )
        if m.kind == "regulation" and m.authority in moved
        else m
        for m in mentions
    ]


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    soft = any((m.evidence or "").startswith(_BY_TOPIC) for m in mentions)
    if not soft and not any(_unresolved(m) for m in mentions):
        return mentions
    rule = _challenged(mentions, doc.date)
    if rule is None:
        return mentions
    if soft:
        mentions = _versioned(doc, mentions, rule)
    out: list[Mention] = []
    for m in mentions:
        if (
            _unresolved(m)
            and "propos" not in m.text.lower()
            and (owner := agency_word().search(m.text)) is not None
            and (agency := agencyrules._agency_of(owner.group(0))) is not None
            and agencyrules.of_agency([rule], agency)
        ):
            m = m.with_(
                authority=rule.target,
                name=rule.name,
                url=None,
                confidence=0.7,
                evidence=f"the rule the suit the article names challenges: {rule.name}",
            )
        out.append(m)
    return out


PASS = Pass(name="suitrules", emits=("regulation",), anchors=(), run=run)
