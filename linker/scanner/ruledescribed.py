"""An agency rule told by its year, its era or its owner and a head noun, before or after the
article names it (twenty-sixth session). A follow-up pass, after every rule pass.

- "the agency's 2011 finding", "the EPA's 2011 Clean Water Act determination", "the Bush-era
  determination", "the 2023 fine-particle standard for soot": a finding or a standard told by
  year or era (and perhaps its owner and words of its name) — the one rule of that kind the
  article names, before or after the phrase, of that year or era;
- "the 2016 FAA rule", "the 2018 (Obama Administration) rule", "the Biden-era rule", "the
  prior 2019 test for contractor status": a version of a rule the article names, told by its
  year or era and its agency, its administration or its topic ("the 2024 rule" alone is
  ``ruleversions``'s);
- "a landmark finding that has justified federal limits on smog for years": an indefinite
  finding whose clause holds a topic word of the one finding the article names;
- "a final rule meant to rescind the agency's permit regulations": a rule told by what it
  undoes, where the article links the regulations undone (their C.F.R. part) in the same
  clause — the one row of the table that undoes that part (its name or its cues say so:
  "Removal of …", "rescinding … NEPA regulations"), of the stage the phrase says (interim
  final, proposed, final), printed by the article's date.

The rows asked are the rules the article links (named or referred back to) and the other
versions of those rules by the same agency (rows sharing an alias, as ``ruleversions`` reads
them). A row fits when its year (or the era's years) agrees, its name holds the head noun (a
finding or a determination for "finding|determination", a standard for "standard"), the
agency named with the phrase issued it, and every other word between the year and the head is
a word of the row's name, aliases or topics (or a generic one: "new", "final", "scientific").
Linked only when exactly one row fits; never in a sentence that names a court, where a finding
or a determination is a court's. An act named inside the phrase ("the 2011 Clean Water Act
determination") gives way to the rule.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .orderdata import Rule, rules_by_target
from .registry import Pass
from .spans import by_span

ANCHOR = Anchor(
    "rule_described",
    (
        *("finding", "findings", "determination", "standard", "standards"),
        *("rule", "regulation", "Finding", "Determination", "Standard", "test"),
    ),
    0,
    0,
    "word",
    "word",
)
# the phrase, ending at its head noun (searched back from the head)
_PHRASE = deferred(
    r"\b[Tt]he\s+(?:(?P<owner>[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,5}|agency|department|"
    r"Department)['’]s\s+)?"
    r"(?:(?:existing|current|original|previous|earlier|prior|former|old)\s+)?"
    r"(?:(?P<year>(?:19|20)\d\d)|(?P<era>[A-Z][a-z]+)[-–](?:[Ee]ra|[Aa]dministration))\s+"
    r"(?:\((?P<admin>[A-Z][a-z]+)\s+[Aa]dministration\)\s+)?"
    r"(?P<mods>(?:[A-Za-z][\w.-]*\s+){0,4}?)"
    r"(?P<head>[Ff]indings?|[Dd]eterminations?|[Ss]tandards?|[Rr]ule|[Rr]egulation|test)$"
)
# "a landmark finding that …": an indefinite finding and its clause
_INDEFINITE = deferred(
    r"\b[Aa]n?\s+(?:(?:scientific|legal|landmark|formal|federal|key)\s+)?"
    r"(?P<head>finding|determination)\s+that\s"
)
# what may follow a standard: "for particulate matter", "on soot"
_TOPIC = deferred(r"[ \t]+(?:for|on)[ \t]+([\w-]+(?:[ \t]+[\w-]+){0,3})")
# "a final rule meant to rescind …", "an interim final rule removing …"
_UNDOING = deferred(
    r"\b[Aa]n?\s+(?P<stage>(?:new\s+)?(?:interim\s+final|final|proposed)\s+)?(?:rule|regulation)"
    r"(?:\s+(?:meant|intended|designed)\s+to|\s+to|\s+that\s+would)?\s+"
    r"(?:repeal|rescind|remove|revoke)(?:s|ing|ed)?\s"
)
# a row that undoes others: its name or an alias says so, or a cue of its topics does
_UNDOES = deferred(
    r"^(?:Removal|Rescission|Repeal|Revocation|Withdrawal)\s+of\b|\b(?:rescission|repeal)\b",
    re.IGNORECASE,
)
_UNDOING_CUE = deferred(r"^(?:remov|rescind|repeal|revok)\w*\s+…", re.IGNORECASE)
# an undoing verb right before an indefinite finding ("to repeal a finding that …")
_UNDONE_BEFORE = deferred(
    r"\b(?:repeal|rescind|revok|revers|undo|undid|scrap|overturn|withdr[ae]w|roll\w*\s+back)"
    r"\w*\s+$",
    re.IGNORECASE,
)
# a verb of making right before an indefinite finding ("to issue a finding that …")
_MADE_BEFORE = deferred(
    r"\b(?:issu|mak|made|propos|reach|finaliz|adopt|publish|announc|releas|seek|sought)\w*"
    r"\s+(?:(?:a|its|their)\s+)?(?:new\s+|separate\s+|similar\s+)?$",
    re.IGNORECASE,
)
_COURTISH = deferred(r"\b(?:[Cc]ourt|[Jj]udge|[Jj]ustices?|[Cc]ircuit|[Pp]anel)\b")
_WORD = deferred(r"[A-Za-z][\w.-]*")
# where a clause ends: the words after it tell no more of what the rule undoes
_CLAUSE_END = deferred(r"[.;:—–]\s|,\s+(?:and|but|while|which|who)\s")

# the years of each administration (inclusive: a rule of its last January may be either's)
_ERAS: dict[str, tuple[tuple[int, int], ...]] = {
    "Clinton": ((1993, 2001),),
    "Bush": ((1989, 1993), (2001, 2009)),
    "Obama": ((2009, 2017),),
    "Trump": ((2017, 2021), (2025, 2029)),
    "Biden": ((2021, 2025),),
}
# words between the year and the head that say nothing of which rule it is
_GENERIC = frozenset(
    (
        *("new", "final", "original", "landmark", "scientific", "earlier", "previous", "prior"),
        *("current", "existing", "federal", "national", "key", "revised", "updated", "lower"),
        *("stricter", "tougher", "strict", "higher", "so-called", "u.s.", "agency", "legal"),
        *("formal", "first", "initial", "controversial", "sweeping", "major", "interim"),
    )
)
_HEADS = {
    "finding": ("finding", "determination"),
    "determination": ("finding", "determination"),
    "standard": ("standard", "naaqs"),
}
# an act named inside the phrase gives way to the rule
_GIVES_WAY = frozenset(("statute",))


@cache
def _vocabulary(target: str) -> frozenset[str]:
    r = rules_by_target()[target]
    words = " ".join((r.name, *r.aliases, *r.topics)).lower()
    return frozenset(re.findall(r"[a-z0-9][\w.-]*", words))


def _years(hit: re.Match[str]) -> tuple[tuple[int, int], ...] | None:
    """The years the phrase allows, () when it names an unknown era."""
    spans: tuple[tuple[int, int], ...] | None = None
    if hit.group("year"):
        y = int(hit.group("year"))
        spans = ((y, y),)
    for name in (hit.group("era"), hit.group("admin")):
        if name is None:
            continue
        era = _ERAS.get(name)
        if era is None:
            return ()
        if spans is None:
            spans = era
        else:  # "the 2018 (Obama Administration) rule": the year, inside the era
            spans = tuple(s for s in spans if any(a <= s[0] <= b for a, b in era))
    return spans


def _agency_fits(named: str, row: Rule) -> bool:
    from .ruleagencies import _agency_words, _issued_by

    words = _agency_words(named)
    return words is not None and _issued_by(row, words)


def _mods_fit(mods: str, row: Rule, target: str) -> tuple[bool, bool]:
    """Whether the words between the year and the head fit the row, and whether one of them
    said something (an agency or a word of the row's own)."""
    from .ruleagencies import agency_word

    said = False
    rest = mods
    for m in agency_word().finditer(mods):
        if not _agency_fits(m.group(0), row):
            return False, False
        said = True
        rest = rest.replace(m.group(0), " ")
    vocab = _vocabulary(target)
    for w in _WORD.findall(rest):
        low = w.lower()
        if low in _GENERIC:
            continue
        if low not in vocab and low.rstrip("s") not in vocab:
            return False, False
        said = True
    return True, said


def _topic_words(topic: str, row: Rule, target: str) -> int:
    """How many of the topic's first words are the row's (0 unless one says something)."""
    vocab = _vocabulary(target)
    n = said = 0
    for w in topic.split():
        low = w.lower()
        if low in vocab or low.rstrip("s") in vocab:
            said = n = n + 1
        elif low in _GENERIC:
            n += 1
        else:
            break
    return said


def _candidates(mentions: list[Mention]) -> dict[str, Rule]:
    """The rows of the rules the article links, and their other versions by the same
    agency."""
    from .ruleversions import _versions

    table = rules_by_target()
    out: dict[str, Rule] = {}
    versions = _versions()
    for m in mentions:
        if m.kind != "regulation" or not m.authority or m.authority not in table:
            continue
        linked = out[m.authority] = table[m.authority]
        for rows in versions.get(m.authority, {}).values():
            for r in rows:
                # (a version by another agency is another agency's rule: the NLRB's and
                # the Labor Department's joint-employer rules share a name)
                if r.target and r.agency == linked.agency:
                    out[r.target] = r
    return out


def _head_fits(head: str, row: Rule) -> bool:
    words = _HEADS.get(head.lower().rstrip("s"))
    if words is None:
        return True  # a rule, a regulation: every row is one
    if _undoes(row):
        return False  # "Rescission of the … Finding" undoes a finding: it is none
    name = " ".join((row.name, *row.aliases)).lower()
    return any(w in name for w in words)


def _fitting(
    hit: re.Match[str], cands: dict[str, Rule], mods: str, topic: str | None
) -> tuple[str, Rule, int] | None:
    """The one row the phrase tells, and how many words of the topic after it ("for
    particulate matter") are the row's too."""
    years = _years(hit)
    if years == ():
        return None
    head = hit.group("head")
    owner = hit.group("owner")
    rule_head = head.lower() in ("rule", "regulation", "test")
    if years is None:
        return None
    fits: dict[str, tuple[Rule, int]] = {}
    for target, row in cands.items():
        if row.year is None or not any(a <= row.year <= b for a, b in years):
            continue
        if not _head_fits(head, row):
            continue
        if owner and owner.lower() not in ("agency", "department") and not _agency_fits(owner, row):
            continue
        ok, said = _mods_fit(mods, row, target)
        if not ok:
            continue
        on_topic = _topic_words(topic, row, target) if topic is not None else 0
        # "the 2019 rule" alone is ``ruleversions``'s: a rule word wants its agency, its
        # administration, its era or a word of its own (before it, or its topic after it:
        # "the prior 2019 test for contractor status")
        if rule_head and not (said or on_topic or owner or hit.group("era") or hit.group("admin")):
            continue
        fits[target] = (row, on_topic)
    if len(fits) != 1:
        return None
    ((target, (row, on_topic)),) = fits.items()
    return target, row, on_topic


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    hits = doc.hits(ANCHOR.name)
    if not hits:
        return mentions
    if not any(m.kind == "regulation" for m in mentions):
        return mentions
    cands = _candidates(mentions)
    text = doc.text
    added: list[Mention] = []
    dropped: set[int] = set()
    spans = [(m.start, m.end, i) for i, m in enumerate(mentions)]

    def blockers(s: int, e: int) -> list[int] | None:
        """The mentions the span (s, e) would replace, or None when it overlaps another."""
        out = []
        for a, b, i in spans:
            if a < e and s < b:
                m = mentions[i]
                if m.kind in _GIVES_WAY and s < a and b <= e:
                    out.append(i)
                else:
                    return None
        if any(a < e and s < b for a, b, _ in ((x.start, x.end, 0) for x in added)):
            return None
        return out

    for hs, he in hits:
        hit = _PHRASE.search(text, max(0, hs - 110), he)
        if hit is not None:
            told = _told(doc, hit, cands)
            if told is not None:
                s, e, target, row = told
                gone = blockers(s, e)
                if gone is not None:
                    dropped.update(gone)
                    added.append(_mention(text, s, e, target, row, "told by its year or era"))
            continue
        if text[hs:he] in ("rule", "regulation"):
            undo = _UNDOING.match(text, _start_of_article(text, hs))
            if undo is not None:
                undoer = _undoer(doc, undo, mentions)
                if undoer is not None and blockers(undo.start(), he) == []:
                    target, row = undoer
                    how = "told by what it undoes"
                    added.append(_mention(text, undo.start(), he, target, row, how))
                continue
        lead = _INDEFINITE.search(text, max(0, hs - 30), he + 6)
        if lead is None or lead.start("head") != hs:
            continue
        found = _clause_fit(doc, lead, cands, mentions)
        if found is not None and blockers(found[0], found[1]) == []:
            s, e, target, row = found
            added.append(_mention(text, s, e, target, row, "told by what it found"))
    if not added:
        return mentions
    kept = [m for i, m in enumerate(mentions) if i not in dropped]
    return sorted([*kept, *added], key=by_span)


def _told(
    doc: Doc, hit: re.Match[str], cands: dict[str, Rule]
) -> tuple[int, int, str, Rule] | None:
    """The span and the one row a phrase of ``_PHRASE`` tells (a standard's "for TOPIC"
    after it, when the row's words hold the topic, is part of it)."""
    text = doc.text
    s, e = hit.start(), hit.end()
    after = _TOPIC.match(text, e)
    got = _fitting(hit, cands, hit.group("mods"), after.group(1) if after else None)
    if got is None:
        return None
    target, row, on_topic = got
    head = hit.group("head").lower().rstrip("s")
    if head in ("finding", "determination"):
        a, b = doc.sentence_at(s)
        if _COURTISH.search(text, a, b):
            return None  # a court's finding
    if after is not None and on_topic:
        words = list(re.finditer(r"[\w-]+", after.group(1)))
        e = after.start(1) + words[on_topic - 1].end()
    return s, e, target, row


def _clause_fit(
    doc: Doc, lead: re.Match[str], cands: dict[str, Rule], mentions: list[Mention]
) -> tuple[int, int, str, Rule] | None:
    """ "a landmark finding that …": the one finding the article names whose topic words
    stand in the clause (the clause ends the sentence, within 160 characters)."""
    text = doc.text
    s = lead.start()
    if _UNDONE_BEFORE.search(text, max(0, s - 30), s):
        return None  # "a decision to repeal a finding that …": what the undoing undoes
    if _MADE_BEFORE.search(text, max(0, s - 30), s):
        return None  # "the agency will issue a finding that …": a new one
    a, b = doc.sentence_at(s)
    if _COURTISH.search(text, a, b):
        return None
    end = len(text[:b].rstrip().rstrip(".”\"'’").rstrip())
    if end - lead.end() > 160 or end <= lead.end():
        return None
    clause = text[lead.end() : end].lower()
    named = {m.authority for m in mentions if m.kind == "regulation" and not m.anaphor}
    fits = {}
    for target, row in cands.items():
        if target not in named or not _head_fits(lead.group("head"), row):
            continue
        if any(re.search(rf"\b{re.escape(t.lower())}\b", clause) for t in row.topics):
            fits[target] = row
    if len(fits) != 1:
        return None
    target, row = next(iter(fits.items()))
    return s, end, target, row


_ARTICLE = deferred(r"\b[Aa]n?\s+(?:new\s+)?(?:(?:interim\s+final|final|proposed)\s+)?$")


def _start_of_article(text: str, head: int) -> int:
    """Where "a|an [interim final] " before the rule word at ``head`` opens (``head`` if not)."""
    m = _ARTICLE.search(text, max(0, head - 30), head)
    return m.start() if m is not None else head


def _undoes(row: Rule) -> bool:
    return any(_UNDOES.search(n) for n in (row.name, *row.aliases)) or any(
        _UNDOING_CUE.match(t) for t in row.topics
    )


def _undoer(doc: Doc, undo: re.Match[str], mentions: list[Mention]) -> tuple[str, Rule] | None:
    """The one row undoing the C.F.R. part of the regulations the clause after ``undo``
    links, of the stage the phrase says, printed by the article's date."""
    from .namedrules import _after_article
    from .orderdata import rules

    text = doc.text
    end = min(doc.sentence_at(undo.start())[1], undo.end() + 150)
    clause = _CLAUSE_END.search(text, undo.end(), end)
    if clause is not None:
        end = clause.start()
    table = rules_by_target()
    parts = set()
    for m in mentions:
        if m.kind != "regulation" or not m.authority or not (undo.end() <= m.start < end):
            continue
        part = m.authority if m.authority.startswith("cfr:") else None
        if part is None and m.authority in table:
            part = table[m.authority].cfr
        if part is not None:
            parts.add(part)
    if len(parts) != 1:
        return None
    (part,) = parts
    said = " ".join((undo.group("stage") or "final").split()).replace("new ", "")
    fits = {
        r.target: r
        for r in rules()
        if r.cfr == part
        and r.target
        and r.stage == said
        and _undoes(r)
        and not _after_article(r, doc.date)
    }
    if len(fits) != 1:
        return None
    return next(iter(fits.items()))


def rule_backref(
    text: str, s: int, e: int, target: str, row: Rule, matcher: str, evidence: str
) -> Mention:
    """A back-reference to the rule ``row`` (kind regulation, confidence 0.65), as the passes
    that link a rule told without its name write it (``ruledescribed``, ``rulechain``)."""
    return Mention(
        s,
        e,
        text[s:e],
        "regulation",
        target,
        name=row.name,
        confidence=0.65,
        anaphor=True,
        matcher=matcher,
        evidence=evidence,
    )


def _mention(text: str, s: int, e: int, target: str, row: Rule, how: str) -> Mention:
    return rule_backref(
        text,
        s,
        e,
        target,
        row,
        "ruledescribed",
        f"a rule {how}: the one the article's rules fit, {row.name}",
    )


PASS = Pass(
    name="ruledescribed",
    emits=("regulation",),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
    needs_anaphora=True,
)
