"""An agency's rule the table could not tell by its words, in an article about a known suit
that challenges one rule of that agency: "A coalition of health groups sued the EPA on
Wednesday … A rule finalized by the EPA last week revokes …" is the rule the suit
challenges. A follow-up pass, after the lawsuits and the suits' back-references.

The suits are the ``case`` mentions the article links to a row of ``linker/data/lawsuits.csv``
whose ``challenges`` column holds ``fr:`` ids (rules). Only when the article's suits challenge
exactly one rule, of the agency the mention names, printed by the article's date; the agency
rule that stays unresolved otherwise ("a rule of the agency; not in linker's list") takes its
id. A mention linked to some rule already, a proposal, or a rule of another agency stays.
"""

from __future__ import annotations

from ..datafiles import one_challenged
from ..models import Mention
from . import agencyrules
from .doc import Doc
from .namedrules import _after_article
from .orderdata import Rule, rules_by_target
from .registry import Pass
from .ruleagencies import agency_word

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


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not any(_unresolved(m) for m in mentions):
        return mentions
    rule = _challenged(mentions, doc.date)
    if rule is None:
        return mentions
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
