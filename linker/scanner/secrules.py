"""SEC rules by number under the act they were made under: "Rule 35d-1 under the Investment
Company Act", "Exchange Act Rule 10b-5", "Rule 144 under the Securities Act of 1933".

The SEC numbers its rules after the section of the act each carries out, and files them in
one C.F.R. part per act (17 CFR 230 the Securities Act's, 240 the Exchange Act's, 270 the
Investment Company Act's, 275 the Advisers Act's; https://www.ecfr.gov/current/title-17/
chapter-II): the rule is the section of that part, ``cfr:17:270.35d-1``. A bare "Rule 10b-5"
with no act beside it is left out (a court's or another agency's rule numbers look alike).

A name in parentheses right after the number ("Rule 35d-1 (Names Rule)") is the rule's own
short name, defined there: it is linked to the same section.

Amendments to such a rule with a term defined for them ("the amendments (Amendments) to Rule
35d-1 (Names Rule) under the Investment Company Act") are the amending release: the one
``rules.csv`` row of the SEC for that C.F.R. part that the short name in parentheses names
(its name or an alias). The term's capitalised reuse later ("the Amendments") is the same
release. With no short name, or none or several rows named by it, nothing is linked.
"""

from __future__ import annotations

import re

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .orderdata import rules
from .registry import Pass

ANCHOR = Anchor("sec_rule", ("Rule",), 60, 80, start="word", end="space")

_PARTS = {"securities": "230", "exchange": "240", "company": "270", "advisers": "275"}
# "Securities Act" never before "Exchange": the Securities Exchange Act is the Exchange Act's
_ACT = (
    r"(?:(?P<exchange>(?:Securities\s+)?Exchange)"
    r"|(?P<securities>Securities)(?!\s+Exchange)"
    r"|(?P<company>Investment\s+Company)"
    r"|(?P<advisers>(?:Investment\s+)?Advisers))"
    r"\s+Act(?:\s+of\s+19[1-4]\d)?"
)
# an SEC rule number: section, subsection letter(s), a hyphen, the rule ("10b-5", "10b5-1",
# "15c3-3", "35d-1"), or a three-digit Securities Act rule ("144", "144A", "506")
_NUM = r"(?P<num>\d{1,3}[a-z]{1,2}\d{0,2}-\d{1,2}[a-z]?|[1-9]\d\d[A-Z]?)(?![\w(-])"
UNDER = deferred(
    rf"Rule\s+{_NUM}(?P<alias>\s+\((?P<name>[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){{0,3}})\))?"
    rf",?\s+(?:under|of|promulgated\s+under|adopted\s+under)\s+the\s+{_ACT}"
)
BEFORE = deferred(rf"{_ACT}\s+$")
AFTER_NUM = deferred(
    rf"Rule\s+{_NUM}(?P<alias>\s+\((?P<name>[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){{0,3}})\))?"
)


# "the amendments (Amendments) to ", "the final amendments (the “Amendments”) to "
AMENDED = deferred(
    r"(?<![\w-])[Tt]he\s+(?:(?:final|proposed|recent)\s+)?amendments\s+"
    r"\((?:the\s+)?[“\"]?(?P<term>(?:[A-Z][a-z]+\s+)?Amendments)[”\"]?\)\s+to\s+$"
)


def _release(part: str, short: str) -> str | None:
    """The one SEC rule row of 17 CFR ``part`` its short name names."""
    want = short.lower()
    found = {
        r.authority
        for r in rules()
        if r.authority
        and r.agency == "Securities and Exchange Commission"
        and (r.cfr or "").split(".")[0] == f"cfr:17:{part}"
        and want in (x.lower() for x in (r.name, *r.aliases))
    }
    return found.pop() if len(found) == 1 else None


def _amendments(doc: Doc, rule_at: int, part: str, short: str | None) -> list[Mention]:
    if short is None:
        return []
    m = AMENDED.search(doc.text, max(0, rule_at - 80), rule_at)
    if m is None:
        return []
    authority = _release(part, short)
    if authority is None:
        return []
    text = doc.text
    whole = m.start(), m.end("term") + (text[m.end("term")] in '”"') + 1
    out = [
        Mention(
            whole[0],
            whole[1],
            text[whole[0] : whole[1]],
            "regulation",
            authority,
            confidence=0.9,
            matcher="sec_rules",
            evidence=f"amendments to an SEC rule its short name ({short}) names",
        )
    ]
    reuse = re.compile(
        r"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hese)\s+" + re.escape(m.group("term")) + r"\b"
    )
    for r in reuse.finditer(text, whole[1]):
        out.append(
            Mention(
                r.start(),
                r.end(),
                r.group(0),
                "regulation",
                authority,
                confidence=0.88,
                matcher="sec_rules",
                evidence=f"the term defined for the amendments ({m.group('term')})",
                anaphor=True,
            )
        )
    return out


def _part(m: re.Match[str]) -> str | None:
    for key, part in _PARTS.items():
        if m.group(key):
            return part
    return None


def _mentions(
    doc: Doc, start: int, end: int, num: str, part: str, alias: re.Match[str] | None
) -> list[Mention]:
    authority = f"cfr:17:{part}.{num.lower()}"
    out = [
        Mention(
            start,
            end,
            doc.text[start:end],
            "regulation",
            authority,
            confidence=0.95,
            matcher="sec_rules",
            evidence=f"SEC rule numbered under its act: 17 CFR part {part}",
        )
    ]
    if alias is not None:
        m = alias
        s, e = m.start("name"), m.end("name")
        if doc.text[s:e].split()[-1] == "Rule":
            out.append(
                Mention(
                    s,
                    e,
                    doc.text[s:e],
                    "regulation",
                    authority,
                    confidence=0.97,
                    matcher="sec_rules",
                    evidence="the rule's short name, defined in parentheses after its number",
                )
            )
    return out


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    for s, _ in doc.hits(ANCHOR.name):
        m = UNDER.match(text, s)
        if m is not None:
            part = _part(m)
            if part is not None:
                out += _mentions(
                    doc, s, m.end("num"), m.group("num"), part, m if m.group("alias") else None
                )
                out += _amendments(doc, s, part, m.group("name"))
            continue
        b = BEFORE.search(text, max(0, s - 60), s)
        if b is None:
            continue
        n = AFTER_NUM.match(text, s)
        part = _part(b)
        if n is None or part is None:
            continue
        out += _mentions(
            doc, b.start(), n.end("num"), n.group("num"), part, n if n.group("alias") else None
        )
        out += _amendments(doc, b.start(), part, n.group("name"))
    return out


PASS = Pass(
    name="sec_rules",
    emits=("regulation",),
    anchors=(ANCHOR,),
    run=find,
    gated=True,
)
