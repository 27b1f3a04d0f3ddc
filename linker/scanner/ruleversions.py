"""Another version of a rule the article is about, told by its year: "the final rule replaces
a 2011 rule", "it reversed the 2016 rule", "the 2019 regulations". A follow-up pass.

Rows of ``linker/data/rules.csv`` that share an alias are versions of one rule (the 2008,
2011, 2019 and 2024 conscience rules). A year with a rule word and a determiner names one of
them when the last rule the article named before it, within reach, has exactly one version
of that year; the same version is a back-reference, another one a mention of its own. Without
such a rule before it, or with two versions of that year, the phrase stays plain: "a 2011
rule" says nothing else about which rule it is.
"""

from __future__ import annotations

import bisect
from functools import cache

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .orderdata import Rule, rules
from .registry import Pass

ANCHOR = Anchor(
    "rule_version",
    ("rule", "regulation", "regulations", "rules", "Rule", "Rules", "Regulation", "Regulations"),
    24,
    60,
    "word",
    "word",
)
# "a 2011 rule", "the 2016 final rule", "The 2019 regulations", "the 2020 Rule", "the 2016
# Final Rule" (the year right before; a capital is how law firms write a defined term)
VERSION = deferred(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<year>(?:19|20)\d\d)\s+(?:[Ff]inal\s+)?"
    r"(?:[Rr]ules?|[Rr]egulations?)$"
)
# "rules adopted in 2016", "the regulation it issued in 2019", "a rule finalized in 2020":
# the year right after, told as when the rule was made
VERSION_AFTER = deferred(
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?(?P<head>[Rr]ules?|[Rr]egulations?)\s+"
    r"(?:(?:it|the\s+(?:agency|department|commission|board|bureau))\s+)?"
    r"(?:adopted|issued|finalized|finalised|published|promulgated|approved)\s+in\s+"
    r"(?P<year>(?:19|20)\d\d)\b"
)
# "a rule similar to the one the DOL adopted in 2021", "rules like the one it issued in 2019":
# the pronoun "the one" after a rule word, told by the year its agency made it (census36 P14)
ONE_AFTER = deferred(
    r"\s+(?:(?:that|which)(?:['’]s|\s+is|\s+was|\s+would\s+be)\s+)?"
    r"(?:(?:very|much|more|largely)\s+)?"
    r"(?:similar\s+to|like|modeled\s+(?:on|after)|based\s+on|akin\s+to|close\s+to)\s+"
    r"(?P<one>the\s+one\s+(?:that\s+)?(?:(?:it|the\s+(?:agency|department|commission|board|bureau)|"
    r"(?:the\s+)?(?P<agency>[A-Z][A-Za-z.&]{1,12}(?:\s+[A-Z][a-z]+){0,3}))\s+(?:had\s+)?|"
    # ("the one adopted in 2021", "the one that was issued in 2019": no agency told)
    r"(?:that\s+)?(?:was\s+)?)"
    r"(?:adopted|issued|finalized|finalised|published|promulgated|put\s+in\s+place)\s+in\s+"
    r"(?P<year>(?:19|20)\d\d))\b"
)
# How far back the rule the version belongs to may stand.
REACH = 1500


@cache
def _versions() -> dict[str, dict[int, list[Rule]]]:
    """Each final rule's versions by year, keyed by every version's id (and by the CFR part
    all its versions amend, when no other rule's versions amend it)."""
    from .agencyrules import group_of

    groups: dict[int, list[Rule]] = {}
    for r in rules():
        if not r.proposed and r.target:
            groups.setdefault(group_of(r.name), []).append(r)
    out: dict[str, dict[int, list[Rule]]] = {}
    shared: dict[str, dict[int, list[Rule]]] = {}
    for rows in groups.values():
        if len(rows) < 2:
            continue
        by_year: dict[int, list[Rule]] = {}
        for r in rows:
            if r.year is not None:
                by_year.setdefault(r.year, []).append(r)
        for r in rows:
            assert r.target is not None
            out[r.target] = by_year
        # a mention the scanner could only give the part ("the Disparate Impact rule", its
        # version unknown) belongs to the same rule when every version amends that one part
        parts = {r.cfr for r in rows}
        if len(parts) == 1 and (part := parts.pop()) and part not in out:
            shared[part] = by_year if part not in shared else {}
    for part, by_year in shared.items():
        if by_year:  # two rules of one part: the year alone does not say which
            out[part] = by_year
    return out


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    regs = sorted(
        (m for m in mentions if m.kind == "regulation" and m.authority), key=lambda m: m.end
    )
    if not regs:
        return mentions
    ends = [m.end for m in regs]
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    reach: list[int] = []  # the furthest end of the mentions starting up to each one
    for _, end in taken:
        reach.append(max(end, reach[-1]) if reach else end)
    versions = _versions()
    added: list[Mention] = []
    for hs, he in doc.hits(ANCHOR.name):
        m = VERSION.search(text, max(0, hs - 24), he)
        group: int | str = 0
        if m is None:
            m = VERSION_AFTER.search(text, max(0, hs - 5), he + 60)
            if m is None or m.start("head") != hs:
                m = ONE_AFTER.match(text, he)
                if m is None:
                    continue
                group = "one"  # (the span is "the one … YEAR", after the rule word)
        s, e = m.start(group), m.end(group)
        i = bisect.bisect_left(starts, e)
        if i > 0 and reach[i - 1] > s:
            continue  # inside or across a mention already made
        j = bisect.bisect_left(ends, s)
        if j == 0 or s - ends[j - 1] > REACH:
            continue
        before = regs[j - 1]
        assert before.authority is not None
        rows = versions.get(before.authority, {}).get(int(m.group("year")), [])
        if len({r.target for r in rows}) != 1:
            continue
        row = rows[0]
        if group and (agency := m.group("agency")) and not _agency_fits(agency, row):
            continue  # ("the one the FCC adopted in 2017" after a DOL rule: another's)
        added.append(
            Mention(
                s,
                e,
                m.group(group),
                "regulation",
                row.target,
                name=row.name,
                confidence=0.7,
                anaphor=row.target == before.authority,
                matcher="regulations",
                evidence=f"the {m.group('year')} version of the rule named before: {row.name}",
            )
        )
    return mentions + added if added else mentions


def _agency_fits(named: str, row: Rule) -> bool:
    from .ruleagencies import agency_word
    from .ruledescribed import _agency_fits as fits

    return agency_word().fullmatch(named) is not None and fits(named, row)


PASS = Pass(
    name="ruleversions",
    emits=("regulation",),
    anchors=(ANCHOR,),
    run=attach,
    gated=True,
    needs_anaphora=True,
)
