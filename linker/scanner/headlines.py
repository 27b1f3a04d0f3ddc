"""A ruling told in the article's headline: "Texas Judge Strikes Down Agency's New Rule", "In
blow to lenders, Federal Appeals tosses CFPB's fee cap" (twenty-fourth session).

A headline is written in title case (or clipped: "Federal Appeals [Court]"), so the rulings
pass, which reads sentences, leaves it. The headline is the article's first line (after a
saved page's address line) when it has no sentence end. Its court phrase ("STATE Judge",
"Federal Judge", "Appeals Court", "Federal Appeals", "Supreme Court") followed by a ruling
verb ("Strikes Down", "Tosses", "Blocks", "Upholds" …) is a ruling only when the body tells it
again: the body's first ruling told as news with a court the headline's words fit (a judge of
that state, a court of appeals, the Supreme Court) that has the headline's verb, or whose
sentence names a law the headline names after the verb. That ruling's court is the
headline's; with none, the headline gives nothing (a wrong court is worse than none).
"""

from __future__ import annotations

import re
from functools import cache

from .. import courts as C
from ..links import courtlistener_search
from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .spans import by_span

# A saved page's address line, then blank lines
_SOURCE = deferred(r"(?:source:[^\n]*\n)?\s*")
# The ruling verbs of headlines, each with its stem ("Strikes Down" and "struck down" are one)
_VERBS = {
    "strikes down": "struck down|strikes? down|striking down",
    "struck down": "struck down|strikes? down|striking down",
    "tosses": "toss|threw out|throws out",
    "tossed": "toss|threw out|throws out",
    "throws out": "threw out|throws? out|toss",
    "threw out": "threw out|throws? out|toss",
    "blocks": "block",
    "blocked": "block",
    "halts": "halt",
    "halted": "halt",
    "vacates": "vacat",
    "vacated": "vacat",
    "overturns": "overturn",
    "overturned": "overturn",
    "upholds": "upheld|uphold",
    "upheld": "upheld|uphold",
    "voids": "void",
    "voided": "void",
    "invalidates": "invalidat",
    "invalidated": "invalidat",
    "rejects": "reject",
    "rejected": "reject",
    "pauses": "paus",
    "paused": "paus",
    "strikes": "struck|strikes? down",
    # ("Texas Court Stays Class Action": the body's "granted the motion to stay the case")
    "stays": "stay|paus|halt",
    "stayed": "stay|paus|halt",
}
# (a state's second word is no court's: "Montana Top Court", "Ohio Supreme Court")
_STATE_NAMES = (
    r"(?!(?:Federal|Supreme|Top|High|Appeals|Appellate)\b)(?P<state>[A-Z][a-z]+"
    r"(?:\s+(?!(?:Top|High|Supreme|Federal|Appeals|Court)\b)[A-Z][a-z]+)?)"
)


@cache
def _headline_ruling() -> re.Pattern[str]:
    verbs = "|".join(sorted((v.replace(" ", r"\s+") for v in _VERBS), key=len, reverse=True))
    return re.compile(
        rf"(?:(?<=\s)|^)(?:{_STATE_NAMES}\s+(?=(?:Federal\s+)?(?:Judge|Appeals|Supreme|Top|High|Court)\b)|"
        r"(?P<federal>Federal|U\.S\.)\s+)?(?:Federal\s+)?"
        r"(?P<head>Judges?|Appeals\s+Court|Appeals|Appellate\s+Court|Supreme\s+Court|Justices|"
        # ("Norland Top Court Upholds …": a state's high court; only after the state's name)
        r"(?<=[a-z]\s)(?:Top|High)\s+Court"
        # ("Norland Court Stays …": a court of that state, federal or the state's own, which
        # the body's ruling names; twenty-fifth session)
        r"|(?<=[a-z]\s)Court)"
        rf"\s+(?P<verb>(?i:{verbs}))\b"
    )


_LEAD = 600  # how far into the body the ruling that tells the headline again may stand


def _headline(text: str) -> tuple[int, int] | None:
    """The article's first line when it reads as a headline (no sentence end, not long)."""
    top = _SOURCE.match(text)
    a = top.end() if top else 0
    b = text.find("\n", a)
    b = len(text) if b < 0 else b
    line = text[a:b].rstrip()
    if not 15 <= len(line) <= 160 or line.endswith((".", "?", "!", ":")):
        return None
    return a, a + len(line)


def _fits(court: str, head: str, postal: str | None, federal: bool) -> bool:
    """Whether the headline's court words can name ``court``."""
    level = C.level_of(court)
    if head.startswith(("Appeals", "Appellate")):
        if postal:
            return court == C.state_appeals_court(postal)
        return level == C.LEVEL_APPEALS
    if head == "Court":
        return bool(postal) and (
            C.postal_of_court(court) == postal
            or court
            in (
                C.state_trial_court(postal or ""),
                C.state_appeals_court(postal or ""),
                C.state_high_court(postal or ""),
            )
        )
    if head.startswith(("Top", "High")):
        return bool(postal) and court == C.state_high_court(postal or "")
    if head.startswith(("Supreme", "Justices")):
        if postal:
            return court == C.state_high_court(postal)
        return court == "scotus"
    # a judge
    if postal:
        return C.postal_of_court(court) == postal or (
            not federal and court in (C.state_trial_court(postal), C.state_appeals_court(postal))
        )
    return level == C.LEVEL_DISTRICT


def _sentence(doc: Doc, at: int) -> tuple[int, int]:
    if not doc.sentences:
        return (at, at)
    a, _ = doc.sentences[doc.sentence_index(at)]
    k = doc.sentence_index(at)
    b = doc.sentences[min(len(doc.sentences) - 1, k + 1)][1]
    return a, b


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if "\nThe " in doc.text:
        heads = _headings(doc, mentions)
        if heads:
            mentions = sorted([*mentions, *heads], key=by_span)
    return _headline_rulings(doc, mentions)


def _headline_rulings(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    line = _headline(text)
    if line is None:
        return mentions
    a, b = line
    m = _headline_ruling().search(text, a, b)
    if m is None:
        return mentions
    # (the rulings pass may have read it already, with no court: it takes the body's)
    read = [x for x in mentions if x.kind == "ruling" and x.start < b and x.end > m.start()]
    if any(x.court or x.start != m.start() for x in read):
        return mentions
    postal = None
    if m.group("state"):
        st = C.state_by_name().get(m.group("state").lower())
        if st is None:
            return mentions
        postal = st.postal
    head = m.group("head")
    federal = bool(m.group("federal")) or "Federal" in m.group(0)
    stem = re.compile(rf"\b(?:{_VERBS[' '.join(m.group('verb').lower().split())]})", re.I)
    # the laws the headline names after its verb
    laws = {x.authority for x in mentions if x.authority and m.end() <= x.start < b}
    for r in sorted(mentions, key=lambda x: x.start):
        if r.start < b:
            continue
        if r.start > b + _LEAD:
            break
        if r.kind != "ruling" or r.anaphor or not r.court or r.confidence < 0.6:
            continue
        if not _fits(r.court, head, postal, federal):
            continue
        s, e = _sentence(doc, r.start)
        # (its verb in the ruling's words, or further on in its own sentence: "The Norland
        # Supreme Court handed a win to …, upholding …")
        own_end = doc.sentences[doc.sentence_index(r.start)][1] if doc.sentences else r.end
        same_verb = stem.search(text, r.start, max(r.end, own_end)) is not None
        same_law = any(
            x.authority in laws for x in mentions if s <= x.start < e and x.kind != "ruling"
        )
        if not (same_verb or same_law):
            continue
        told = text[m.start() : m.end()]
        new = Mention(
            m.start(),
            m.end(),
            told,
            "ruling",
            court=r.court,
            confidence=0.75,
            url=courtlistener_search(" ".join(told.split()[-2:]), r.court),
            evidence=f"headline; told again in the body: {r.text}",
            matcher="headlines",
        )
        return sorted([*(x for x in mentions if x not in read), new], key=by_span)
    return mentions


# A section heading that opens on a suit's or a ruling's noun in title case ("The Lawsuit and
# Its Immediate Effects", "The Ruling: What Comes Next"): the line has no sentence end
_HEADING = deferred(
    r"(?m)^[ \t]*(?P<noun>The\s+(?P<word>Lawsuit|Suit|Case|Legal\s+Challenge|Ruling|Decision))"
    r"(?=[ \t]*$|:|\s+(?:and|&|—|–|-)\s)(?P<rest>[^\n.?!]{0,120})$"
)
_HEADING_KIND = {"ruling": "ruling", "decision": "ruling"}


def _same(a: Mention, b: Mention) -> bool:
    return (a.kind, a.authority, a.name, a.court) == (b.kind, b.authority, b.name, b.court)


def _headings(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A heading's "The Lawsuit" or "The Ruling" back-reference: the suit (or ruling) the
    article told last before the heading when the paragraph under it tells the same one
    first (the heading names what its section is about); else nothing."""
    text = doc.text
    new: list[Mention] = []
    for h in _HEADING.finditer(text):
        s, e = h.span("noun")
        if s < 1 or any(x.start < e and x.end > s for x in mentions):
            continue
        kind = _HEADING_KIND.get(h.group("word").lower(), "case")
        fits = [x for x in mentions if x.kind == kind and (kind == "case" or x.court)]
        before = [x for x in fits if x.end <= s]
        line_end = h.end()
        para_end = text.find("\n", line_end + 1)
        para_end = len(text) if para_end < 0 else para_end
        after = [x for x in fits if line_end < x.start < para_end]
        if not before or not after or not _same(before[-1], after[0]):
            continue
        ante = before[-1]
        new.append(
            ante.with_(
                start=s,
                end=e,
                text=text[s:e],
                confidence=min(ante.confidence, 0.7),
                anaphor=True,
                evidence=f"a section heading; the same as told before it and under it: {ante.text}",
                matcher="headlines",
            )
        )
    return new


PASS = Pass(name="headlines", emits=("ruling",), anchors=(), run=run)
