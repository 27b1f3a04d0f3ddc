"""Rules by a name the data does not know ("the final Beneficial Ownership Information
Reporting Rule": linked to a Federal Register search), and by part of a known rule's title
(a part of the ``regulations`` pass).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..links import federal_register_search
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred, lazy
from .orderdata import Rule, rules
from .ruleagencies import agency_word
from .signals import legal_article

RULE_ANCHOR = Anchor("rule", ("Rule", "Regulation", "Regulations"), 200, 40, "word", "word")
_CAP = r"[A-Z][\w'’-]*"
_LINK = r"(?:of|and|for|the|on|in|to|&)"
# A rule by a name the data does not know: "the final Beneficial Ownership Information
# Reporting Rule". Named, linked to a Federal Register search, never given an id.
UNKNOWN_RULE = lazy(
    rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|{_LINK}))*?\s+(?:Rule|Regulations?))\b"
    r"(?!\s+(?:of\b|\d|[IVXL]+\b))"
)
# Words that open a description, not a name ("the final …", "Trump-era …").
NOT_RULE_WORDS = frozenset({
    "final", "proposed", "interim", "new", "latest", "the", "a", "an", "this", "that",
    "federal", "senate", "house", "court", "supreme", "golden", "gag", "global", "home",
    "majority", "minority", "mercy", "rooney", "hastert", "byrd", "thurmond", "in", "under",
    "after", "his", "her", "its", "trump", "biden", "obama", "bush", "clinton",
    "administration", "era", "agency", "judge",
})  # fmt: skip


def _headline(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a title-case line ("Judge Vacates Biden Border Rule")."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)]
    big = 0
    for w in line.split():
        first = w[:1]
        if not first.isalpha() or w in _SMALL_WORDS:
            continue
        if not first.isupper():
            return False  # prose: the first lower-case word settles it
        big += 1
    return big >= 4


def _heading_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills its line and ends in "Regulations" (a section heading
    over a list of bills, "Drone Privacy Regulations"): a topic's heading, capitalised as
    headings are. A heading naming one rule ("Overdraft Fees Rule") stays a name."""
    if not text.endswith("Regulations", start, end):
        return False
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return not text[a:start].strip(" \t#*•-") and not text[end : b if b >= 0 else len(text)].strip(
        " \t:"
    )


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with"}
)


_POSSESSIVE_OR_ERA = deferred(r"(?:['’]s|-era)$")


def _plain(word: str) -> str:
    return _POSSESSIVE_OR_ERA.sub("", word.lower())


# Something federal an article names before an unknown rule's name may be a federal rule's
_FEDERAL = deferred(
    r"[Ff]ederal|U\.S\.|United States|Congress|C\.F\.R\.|\bCFR\b|Register|White House|"
    r"President|[Aa]dministration|Trump|Biden|Obama"
)


_POSSESSIVE_END = lazy(r"['’]s?$")
# a capitalised noun right after "… Regulation" ("Regulation Cuts", "Regulation Relief")
_NOUN_AFTER = deferred(r"[ \t]+[A-Z][a-z]+\b(?![-'’])")
# Heads of the names of publications and bodies that write about rules ("Journal on
# Regulation", "Institute for Regulation"): a name holding one is no rule's.
_BODY_WORDS = frozenset({
    "Journal", "Review", "Quarterly", "Center", "Centre", "Institute", "Council", "Society",
    "School", "Foundation", "Program", "Project", "Initiative", "Forum", "Association",
    "Conference", "Symposium", "Committee", "Subcommittee", "Caucus", "Office", "Bureau",
})  # fmt: skip


def _unknown(doc: Doc, named: list[Mention]) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    hits = [m for ws, we in doc.windows("rule") for m in UNKNOWN_RULE().finditer(text, ws, we)]
    legal: bool | None = None
    federal: bool | None = None
    for m in hits:
        if _headline(text, m.start()) or _heading_line(text, m.start(), m.end()):
            continue  # a headline capitalises every word: no sign of a name
        words = m.group("name").split()
        while words and (_plain(words[0]) in NOT_RULE_WORDS or _POSSESSIVE_END().search(words[0])):
            words.pop(0)  # "the final …", "FinCEN’s …": not part of the name
        if any(_plain(w) in NOT_RULE_WORDS - {"the", "a", "an", "in"} for w in words[:-1]):
            continue  # "Biden Administration Border Rule" describes, it does not name
        if any(w in _BODY_WORDS for w in words[:-1]):
            continue  # "the Yale Journal on Regulation", "the Center for Financial
            # Regulation": a publication or a body named after its subject, no rule
        content = [w for w in words[:-1] if w[:1].isupper()]
        if len(content) < 2:
            continue  # "the Byrd Rule", "the Final Rule": not a rule's name
        name = " ".join(words)
        if name.endswith(("Regulation", "Regulations")) and _NOUN_AFTER.match(text, m.end()):
            continue  # "the Greatest Tax and Regulation Relief yet": "Regulation" modifies
            # the capitalised noun after it (a slogan's "Regulation Relief"), no rule's name
        if name.endswith(("Regulation", "Regulations")):
            # a rulebook's name ("the TSL Rules and Regulations", a league's) is a federal
            # regulation's only in an article about law
            legal = legal_article(doc) if legal is None else legal
        start = m.end() - len(name)
        found = Mention(
            start,
            m.end(),
            name,
            "regulation",
            None,
            name=name,
            confidence=0.6,
            url=federal_register_search(name),
            evidence="named like a federal rule; not in linker's list, linked to a search",
            matcher="regulations",
        )
        if federal is None:
            federal = bool(_FEDERAL.search(text) or agency_word().search(text))
        if not federal:
            continue  # a rulebook of an article that names nothing federal (a football
            # association's "Disciplinary Regulations"): no Federal Register search
        if legal is False and not agency_word().search(text, doc.sentence_start(start), start):
            # outside an article about law and with no federal agency before it in its
            # sentence, only as part of a known rule's title that the article confirms,
            # never as a search (a league's "Rules and Regulations")
            resolved = _part_of_known(doc, named, [found])
            if resolved[0].authority is None:
                continue
        out.append(found)
    return out


def _words(s: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", s.lower()))


@cache
def _titles() -> tuple[tuple[str, Rule], ...]:
    """Each final rule's Federal Register title (without its note in parentheses) as its words
    between spaces (" pfas national primary drinking water regulation ")."""
    note = re.compile(r"\s*\([^)]*\)\s*$")
    return tuple(
        (" " + " ".join(_words(note.sub("", r.name))) + " ", r) for r in rules() if not r.proposed
    )


@cache
def _holders(part: tuple[str, ...]) -> tuple[Rule, ...]:
    """The final rules whose title holds ``part`` and more."""
    key = f" {' '.join(part)} "
    return tuple(r for words, r in _titles() if key in words and len(words) > len(key))


def _part_of_known(doc: Doc, named: list[Mention], unknown: list[Mention]) -> list[Mention]:
    """A rule named by part of a known rule's title ("EPA's first-ever National Primary
    Drinking Water Regulation" for the "PFAS National Primary Drinking Water Regulation") is
    that rule when it is the only title holding those words and the article says which: it
    names that rule elsewhere, or the mention's sentence holds one of its aliases or topics
    ("… for six PFAS compounds"). Otherwise it stays a search."""
    if not unknown:
        return unknown
    linked = {m.authority for m in named if m.authority}
    out: list[Mention] = []
    for m in unknown:
        cands = _holders(_words(m.text))
        rule = cands[0] if len({r.target for r in cands}) == 1 else None
        if rule is not None and rule.target not in linked:
            a, b = doc.sentence_start(m.start), doc.text.find(". ", m.end)
            b = b if b >= 0 else len(doc.text)
            # the words around the mention, not its own ("drinking water" is in the name)
            sentence = f"{doc.text[a : m.start]} {doc.text[m.end : b]}".lower()
            said = (*rule.aliases, *rule.topics)
            if not any(re.search(rf"\b{re.escape(w.lower())}\b", sentence) for w in said):
                rule = None
        if rule is None:
            out.append(m)
            continue
        out.append(
            m.with_(
                authority=rule.target,
                name=rule.name,
                url=None,
                confidence=0.75,
                evidence=f"part of a known rule's title: {rule.name}",
            )
        )
    return out


def _by_topics(doc: Doc, unknown: list[Mention]) -> list[Mention]:
    """A name the table lacks ("the Supervisory Authority of Nonbanks Rule", a law firm's
    label) whose own words and sentence fit one row of the agency that sentence names by at
    least two of its aliases or topics ("supervisory authority", "nonbanks", "digital
    payment") is that row. Otherwise it stays a search."""
    if all(m.authority is not None for m in unknown):
        return unknown
    from . import agencyrules

    out: list[Mention] = []
    for m in unknown:
        if m.authority is not None:
            out.append(m)
            continue
        a = doc.sentence_start(m.start)
        b = doc.text.find(". ", m.end)
        b = b if b >= 0 else len(doc.text)
        owner = agency_word().search(doc.text, a, b)
        agency = agencyrules._agency_of(owner.group(0)) if owner else None
        if agency is None:
            out.append(m)
            continue
        words = doc.text[a:b]
        # "DHS's proposed Public Charge Bond Rule": the agency's proposals, not its final rules
        proposed = PROPOSED_BEFORE.search(doc.text, max(a, m.start - 30), m.start) is not None
        pool = _agency_pool(doc.date, agency.words, proposed)
        cands, _ = agencyrules._best(pool, words)
        targets = {r.target for r in cands}
        if len(targets) != 1 or agencyrules._fits(cands[0], words) < 2:
            out.append(m)
            continue
        rule = cands[0]
        out.append(
            m.with_(
                authority=rule.target,
                name=rule.name,
                url=None,
                confidence=0.7,
                evidence=f"a name of the article's own for {rule.name}",
            )
        )
    return out


# "proposed" (or "draft") right before a rule's name: the name of a proposal
PROPOSED_BEFORE = deferred(r"\b(?:[Pp]roposed|[Dd]raft)\s+$")


@lru_cache(maxsize=64)
def _agency_pool(
    written: str | None, words: tuple[str, ...], proposed: bool = False
) -> tuple[Rule, ...]:
    """The final rules (or the proposals) of an agency (its ``agency`` words) that existed by
    ``written``."""
    from . import agencyrules

    pool = agencyrules._pool(written, proposed)
    return tuple(r for r in pool if any(w in r.agency for w in words))
