"""A ruling told by the name of the paper it was filed as: "the court issued an Opinion and
Order", "In its Memorandum Opinion, the court …", "the Court's Order", "CFC Slip Opinion
24-1123", "the Final Judgment".

Law firms' and agencies' pages name a court's ruling by its document's title, capitalised as the
docket lists it. Those titles are rulings and nothing else (an executive order is never an
"Opinion and Order", a "Memorandum Opinion" or a "Final Judgment"), so they are found whatever
their determiner. The single words ("Order", "Opinion", "Judgment") are rulings only owned by
a court ("the Court's Order", "Judge Park's Opinion"): "the Order" alone is as often a
president's.

Which court: the one that owns it; for "an Opinion and Order", the court its sentence names
(nearest first); for "the Opinion and Order", "this Memorandum Opinion", the court of the
ruling told before it (a back-reference), else of the court named last before it.
"""

from __future__ import annotations

import bisect

from ... import courts as C
from ..lazyre import deferred
from .common import Found, sentence_span
from .courtrefs import APOS, CourtRef
from .discourse import CourtRefs, refs_between

# The titles of a court's rulings as dockets give them (capitalised: a title, not a phrase)
_TITLE = (
    r"(?:Memorandum\s+(?:Opinion(?:\s+(?:and|&)\s+Order)?|(?:and|&)\s+(?:Order|Opinion)|Order|"
    r"Decision(?:\s+(?:and|&)\s+Order)?)|Opinion\s+(?:and|&)\s+Order|"
    r"Order\s+(?:and|&)\s+(?:Opinion|Reasons)|Decision\s+(?:and|&)\s+Order|"
    r"Findings\s+of\s+Fact\s+and\s+Conclusions\s+of\s+Law|Final\s+Judgment|Slip\s+Opinion)"
)
# what may stand between the determiner and the title: "its 40-page Memorandum Opinion",
# "the July 2 Opinion and Order", "an Amended Final Judgment", "the May 9th Memorandum Opinion"
_MODS = (
    # ("with a more detailed Memorandum Opinion issued on May 6", "a separate Opinion and
    # Order": a describing word before the title, census33 P2)
    r"(?:(?:(?:more|less|much)\s+)?(?:detailed|lengthy|longer|shorter|brief|separate|"
    r"accompanying|written|unsigned|sealed|redacted|amended|final|full)\s+)?"
    r"(?:(?:[\w-]+-page|Amended|Supplemental|Redacted|Sealed|"
    # (twenty-third session: a day with its ordinal suffix, "its July 3rd Memorandum Opinion")
    r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}(?:st|nd|rd|th)?,?|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?:st|nd|rd|th)?,?|(?:19|20)\d\d)\s+){0,3}"
)
_DET_TITLE = deferred(
    rf"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Aa]n?|[Hh]is|[Hh]er)\s+{_MODS}"
    rf"(?P<head>{_TITLE})\b"
)
# a title with no determiner, as a law firm's page names the ruling it tells: a defined term
# in brackets ("… granting summary judgment (“Memorandum Opinion and Order”)") or a pin cite
# ("Memorandum Opinion and Order at 22"): the ruling told before (census33 P2, dev22)
_BARE_TITLE = deferred(
    rf"(?:(?<=\([“\"])(?P<head>{_TITLE})(?=[”\"]\))|"
    rf"(?<![\w’'] )(?<!\w)(?P<pin>{_TITLE})(?=\s+at\s+\d))"
)
# after a court or judge: "the Court's Order", "Judge Park's Opinion", "CFC Slip Opinion 24-1"
_OWNED = deferred(
    # (a single word only as a word of its own: "the 7th Circuit's Ruling Day" is no ruling;
    # "The CFC's Ruling" as a heading is ``_heading_nouns``')
    rf"(?:{APOS}s?\s+{_MODS}(?P<head>{_TITLE}|(?:Order|Opinion|Judgment)(?![ \t]+[A-Z]))\b"
    r"|\s+(?P<slip>Slip\s+Op(?:inion\b|\.)(?:\s+(?:No\.\s+)?\d[\d-]*\d)?))"
    # ("the Court's Order to show cause" is a ruling; "the Court's Opinion of the Attorney
    # General" is no such title)
    r"(?!\s+of\b)"
)
# the words one of these holds, asked before any pattern runs (a title after a determiner:
# only where the text holds one of the titles' words, so most articles are not searched)
_GATE = ("Order", "Opinion", "Judgment", "Findings")
_TITLE_GATE = (
    "Memorandum", "and Order", "& Order", "Order and", "Final Judgment", "Slip Opinion",
    "Findings of Fact",
)  # fmt: skip
_BACK = 2000  # how far before it the ruling or court a definite title points back to may be


def document_nouns(text: str, refs: CourtRefs, clauses: list[Found]) -> list[Found]:
    """Rulings told by their document's title (see the module's doc)."""
    if not any(w in text for w in _GATE):
        return []
    out: list[Found] = []
    for r in refs:
        if not r.court or r.destination or r.court == C.FOREIGN or r.anchor:
            # (a heading in capitals or a citation's parenthetical names the court only as an
            # anchor: "UNITED STATES COURT OF …" above a line "Slip Op. 31-4" is no mention)
            continue
        m = _OWNED.match(text, r.end, r.end + 60)
        if m is None:
            continue
        if m.group("slip") is not None:
            # "CFC Slip Opinion 24-1123": the court's own ruling, named by its number
            out.append(Found(r.start, m.end(), r.court, False, 0.75, "", r))
        else:
            out.append(Found(r.start, m.end(), r.court, r.anaphoric, 0.75, "", r))
    owned = [(f.start, f.end) for f in out]
    told = sorted((f for f in clauses if f.court and f.confidence >= 0.7), key=lambda f: f.end)
    told_ends = [f.end for f in told]
    gated = any(w in text for w in _TITLE_GATE)
    titles = [*_DET_TITLE.finditer(text), *_BARE_TITLE.finditer(text)] if gated else []
    for m in titles:
        if any(a <= m.start() < b for a, b in owned):
            continue
        det = (m.groupdict().get("det") or "the").lower()
        if det in ("a", "an"):
            own = _sentence_court(text, refs, m.start())
            if own is None:
                continue
            out.append(Found(m.start(), m.end(), own.court, False, 0.7, "", own))
            continue
        k = bisect.bisect_right(told_ends, m.start()) - 1
        before = told[k] if k >= 0 and m.start() - told[k].end < _BACK else None
        if before is not None:
            out.append(Found(m.start(), m.end(), before.court, True, 0.7, ""))
            continue
        last = _court_before(refs, m.start())
        if last is not None:
            out.append(Found(m.start(), m.end(), last.court, True, 0.65, "", last))
    return out


def _usable(r: CourtRef) -> bool:
    return bool(r.court) and not r.destination and not r.lower and r.court != C.FOREIGN


def _sentence_court(text: str, refs: CourtRefs, at: int) -> CourtRef | None:
    """The court the sentence of ``at`` names, the nearest to it first ("In an Opinion and
    Order issued Friday, U.S. District Judge Jane Roe held …")."""
    a, b = sentence_span(text, at)
    near = [r for r in refs_between(refs, a, b) if _usable(r)]
    return min(near, key=lambda r: abs(r.start - at)) if near else None


def _court_before(refs: CourtRefs, at: int) -> CourtRef | None:
    """The court named last before ``at``, within ``_BACK``."""
    for r in reversed(refs_between(refs, max(0, at - _BACK), at)):
        if r.end <= at and _usable(r):
            return r
    return None


# "The court found that the removal shield is likely unlawful. … the board will challenge
# this finding": a demonstrative "finding" right after a court's finding points back to it
_FINDING_NOUN = deferred(r"\b[Tt]h(?:is|at)\s+finding\b(?!s|\s+(?:of|that)\b)")
_FINDING_ACTS = ("found", "finds", "concluded", "held", "determined")
_FINDING_BACK = 600  # how far before it the court's finding may end


def finding_nouns(text: str, clauses: list[Found]) -> list[Found]:
    """ "this finding"/"that finding" after a court's confident ruling whose verb told a
    finding ("the court found", "the panel concluded"), close before it: that ruling, referred
    back to. With no such ruling just before, no mention ("this finding" of a study, an
    audit, an agency)."""
    if "finding" not in text:
        return []
    told = sorted((f for f in clauses if f.court and f.confidence >= 0.7), key=lambda f: f.end)
    if not told:
        return []
    ends = [f.end for f in told]
    out: list[Found] = []
    for m in _FINDING_NOUN.finditer(text):
        k = bisect.bisect_right(ends, m.start()) - 1
        if k < 0 or m.start() - told[k].end > _FINDING_BACK:
            continue
        # (the finding told by the nearest ruling before, or by one in the same stretch)
        near = [f for f in told[: k + 1] if m.start() - f.end <= _FINDING_BACK]
        if not any(f.act.split()[0] in _FINDING_ACTS for f in near):
            continue
        if len({f.court for f in near}) != 1:
            continue  # two courts' rulings just before: which one's finding is unsaid
        out.append(Found(m.start(), m.end(), told[k].court, True, 0.7, ""))
    return out


# "As the district court recognized, the First Amendment forbids …": a court whose ruling the
# article told, cited for what it held (in the article's words or a speaker's)
_AS_BEFORE = deferred(r"\b[Aa]s\s+$")
_AS_VERB = deferred(
    r"\s+(?:(?:rightly|correctly|properly)\s+)?(?P<verb>recognized|held|found|noted|explained|"
    r"concluded|ruled|observed|determined)\s*,"
)


def as_the_court_held(text: str, refs: CourtRefs, clauses: list[Found]) -> list[Found]:
    """ "As the court recognized, …", "as the district court correctly held,": a definite court
    phrase with no name of its own, whose court gave a confident ruling the article told
    before it, recalled for what that ruling held: a back-reference to it."""
    told = [f for f in clauses if f.court and f.confidence >= 0.7 and not f.anaphor]
    if not told:
        return []
    out: list[Found] = []
    for r in refs:
        if not r.court or not r.anaphoric or r.start < 3:
            continue
        if not _AS_BEFORE.search(text, max(0, r.start - 4), r.start):
            continue
        m = _AS_VERB.match(text, r.end)
        if m is None:
            continue
        if not any(f.court == r.court and f.end <= r.start for f in told):
            continue
        out.append(Found(r.start, m.end("verb"), r.court, True, 0.7, m.group("verb"), r))
    return out


# A deck line above the story: "- Decision preserves the law's reach", "• Ruling sends case
# back", "Majority decision, dissent show a divided bench" (a bullet or a line of its own,
# the ruling noun opening it with no determiner, a verb or a comma after it)
_DECK_NOUN = deferred(
    r"(?m)^[ \t]*(?:[-•*–][ \t]+)?(?P<np>(?:(?:Majority|Split|Unanimous|Court['’]s)[ \t]+)?"
    r"(?:[Dd]ecision|[Rr]uling))(?=,[ \t]|[ \t]+[a-z]+s\b)"
)
_DECK_REACH = 700  # how far after the deck its story's ruling may be told


def deck_nouns(text: str, clauses: list[Found]) -> list[Found]:
    """A ruling noun opening a deck line above the article's first ruling: that ruling, the
    news the deck sums up (its court; no court: nothing). Only above the first ruling, and
    only where one follows close below."""
    if "ecision" not in text and "uling" not in text:
        return []
    told = sorted((f for f in clauses if f.court and f.confidence >= 0.7), key=lambda f: f.start)
    if not told:
        return []
    first = told[0]
    out: list[Found] = []
    for m in _DECK_NOUN.finditer(text, 0, first.start):
        if first.start - m.end() > _DECK_REACH:
            continue
        if any(f.start < m.start() for f in clauses):
            continue  # (a line after some ruling the article told: no deck)
        out.append(Found(m.start("np"), m.end("np"), first.court, False, 0.7, ""))
    return out
