"""Rules named by the agency that made them rather than by a name.

News writes "the Labor Department's rule", "the Federal Trade Commission's (FTC) final rule
banning noncompetes", "an EPA regulation on soot", "the Biden administration's border rule".
Such a mention is a rule of that agency (or of that administration's years); which one is told
by the words around it, in this order:

1. the words of the mention itself ("border", "climate risk disclosure") and the description
   after it ("banning noncompetes", "on overtime pay");
2. the mention's sentence and the two before it ("… expand overtime eligibility … The Labor
   Department's now-scuttled rule …");
3. the one rule of that agency the article has named already.

Rules introduced as what an agency did ("The FTC on Tuesday finalized a rule banning …") and
rules told only by what they do in a sentence naming their agency or administration ("to
block a rule prohibiting employers from retaliating …", ``_described``) are found too; the
latter only when a row fits, never as a search. A rule still to come ("expected to release
its … rule") is none of them.

A row fits when one of its aliases or ``topics`` (``linker/data/rules.csv``) stands there.
Rows that share an alias are versions of one rule (the 2016, 2019 and 2024 overtime rules);
the version is chosen as for a rule named by its alias (``regulations._choose``). Two
different rules that fit equally well leave the mention unresolved. An unresolved mention with
words to search by keeps a Federal Register search link (agency and words); online,
``linker.resolve_rules`` runs that search against the Federal Register API.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

import ahocorasick

from ..lexicon import presidents
from ..links import federal_register_agency_search
from ..models import Mention
from . import ruledates
from .doc import Anchor, Doc
from .lazyre import deferred, lazy
from .orderdata import Rule, rules
from .ruleagencies import AGENCIES, AGENCY_ALT, agency_word
from .spans import SpanSet
from .trie import head_matches

# The rule words a mention ends in; capitalised ones are defined terms ("its Final Rule").
# "Regulation II", "Regulation V" are names (``letteredregs``), not a rule word: "the Federal
# Reserve promulgated Regulation II" is no rule of the Fed's the words after it tell.
HEAD = (
    r"(?P<head>(?:[Ii]nterim\s+)?(?:[Ff]inal\s+)?(?:[Rr]ules?|regulations?|Regulations?"
    r"(?![ \t]+(?:[A-Z]{1,3}|[A-Z]-[A-Z0-9]+)\b)|[Rr]egs)"
    r"|bans?|mandates?|standards?|requirements?"
    # a rulemaking as the rule it made ("the Biden-era rulemaking addressing …"), never the
    # agency's power or process ("its rulemaking authority", "its internal rulemaking
    # procedures"): only before what it does or a clause's end
    r"|rulemaking(?=[ \t]*[,.;:)—–]|[ \t]+(?:on|addressing|that|which|regarding|governing"
    r"|defining|concerning|about|was|is|would|will|has|had|issued|finalized|published"
    r"|adopted|rescinding|repealing|requiring|banning|limiting|expanding)\b))\b"
)
# "Since the 1940s", "since 2004": the time the sentence speaks of, before a later rule
SINCE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?(?P<year>(?:1[89]|20)\d\d)(?:s|['’]s)?\b")
AGENCY_RULE_ANCHOR = Anchor(
    "agency_rule",
    ("rule", "rules", "Rule", "Rules", "regulation", "regulations", "Regulation", "Regulations",
     "regs", "Regs", "ban", "bans", "mandate", "mandates", "standard", "standards", "requirement",
     "requirements", "rulemaking"),
    160,
    120,
    "word",
    "word",
)  # fmt: skip
# A modifier between the owner and the head: a word, a year, "now-scuttled", "Title IX".
# A word may be quoted ("the EPA’s “sweeping” new rule"); a day too ("its January 6, 2021,
# final rule"). (Not a length, "a 400-page rule": tried in the fourteenth session, it found a
# held-back article's rule of another document of the agency, a wrong link.)
MOD = r"(?:[“\"]?[A-Za-z][\w-]*[”\"]?|(?:19|20)\d\d,?|[1-3]?\d,)"
# Words that end a description before it reaches the head ("the EPA said the rule …").
NOT_MOD = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "said", "says", "say", "is", "was", "are", "were", "be", "been", "has", "had", "have",
    "will", "would", "could", "should", "may", "might", "can", "must", "and", "or", "but",
    "cannot", "shall", "does", "did",
    "of", "in", "on", "for", "to", "by", "with", "from", "at", "as", "which", "who", "not",
    "issued", "adopted", "finalized", "proposed", "announced", "published", "wrote",
    "defended", "challenged", "blocked", "vacated", "struck", "argued", "under",
    "promulgated", "enacted", "approved", "released", "unveiled", "rescinded", "repealed",
})  # fmt: skip
# Adverbs that make the participle after them a modifier ("its recently adopted rule").
PARTICIPLE_ADVERBS = frozenset({"recently", "newly", "just", "previously", "hastily"})
# Modifiers that tell nothing of the topic.
PLAIN_MODS = frozenset({
    "new", "final", "interim", "latest", "recent", "controversial", "sweeping", "landmark",
    "federal", "contested", "highly", "much", "long", "awaited", "anticipated", "first",
    "so-called", "now", "current", "existing", "original", "updated", "revised", "major",
    "rule", "rules", "regulation", "regulations", "historic", "signature", "own",
})  # fmt: skip
# What may follow the head and say what the rule is about.
DESC = lazy(
    r"(?:\s*\([A-Z]{2,6}\))?"  # the rule's abbreviation first: "an Interim Final Rule (IFR) on"
    # (an adverb may stand before the participle: "a final rule sharply increasing …")
    r"\s+(?:(?:(?:sharply|significantly|substantially|dramatically|greatly)\s+)?"
    r"(?:banning|barring|requiring|restricting|limiting|expanding|raising|increasing|"
    r"implementing(?=\s+an?\s)|governing|regulating|covering|targeting|prohibiting)|"
    r"on|for|about|that\s+(?:would(?:['’]ve)?\s+)?[a-z]+|"
    r"concerning|regarding|addressing|involving|(?:related|relating)\s+to|"
    r"to\s+(?:ban|bar|require|restrict|limit|expand|raise|regulate|prohibit|curb|cut|impose|"
    r"tighten|end|protect|strengthen|reduce|lower|increase|extend)|"
    r"which\s+(?:would\s+)?[a-z]+|aimed\s+at|(?:intended|designed|meant)\s+to\s+[a-z]+)"
    r"\s+(?P<desc>[^.;:()\n,—–]{2,90})"
)
STOP = NOT_MOD | {"would", "that", "which", "more", "most", "than", "about", "all", "any"}
# A rule that undoes another ("its rule rescinding the 2009 Endangerment Finding", "a final
# rule to rescind …", "a rule that repeals …"): what follows names the rule it undoes, so the
# rule itself is only a row that repeals (its name or aliases say so), never the one named.
REPEAL = deferred(
    r"(?:\s+|,\s+(?=which\s))(?:rescinding|repealing|revoking|withdrawing|reversing|undoing|"
    r"rolling\s+back|to\s+(?:rescind|repeal|revoke|withdraw|reverse|undo|roll\s+back)|"
    r"(?:that|which)\s+(?:would\s+)?(?:rescind|repeal|revoke|withdraw|reverse|roll\s+back)(?:s|ed)?|"
    # the rule's own verb ("the department's proposed rule, issued in July, would rescind
    # …", "its interim final rule repeals …")
    r"(?:would|will)\s+(?:rescind|repeal|revoke|reverse|undo|roll\s+back)|"
    r"(?:rescinds|repeals|revokes|rolls\s+back)|"
    # its past ("A rule the agency finalized last week revoked the 2009 finding"): only with
    # the rule undone right after it, never a passive ("a rule rescinded in 2025", "a rule
    # repealed by Congress" is the rule undone itself)
    r"(?:rescinded|repealed|revoked|reversed|rolled\s+back|undid)"
    r"(?=\s+(?:an?|the|its|their|his|her|(?:19|20)\d\d)\s))"
    r"\s+(?P<desc>[^.;:()\n,—–]{2,90})"
)
REPEAL_NAME = deferred(r"\b(?:[Rr]escission|[Rr]escind|[Rr]epeal|[Rr]evocation|[Ww]ithdrawal)")


def _repeals(pool: Iterable[Rule]) -> list[Rule]:
    """The rows of ``pool`` that undo another rule (their name or an alias says so)."""
    return [r for r in pool if any(REPEAL_NAME.search(n) for n in (r.name, *r.aliases))]


# A word of undoing in a rule's description: only then may a row that undoes another be the
# rule described ("the toughest federal climate regulation for cars" is no rescission)
UNDOING_WORD = deferred(
    r"\b(?:rescin\w*|rescission\w*|repeal\w*|revo[kc]\w*|roll(?:s|ed|ing)?[\s-]+back|rollbacks?|"
    r"withdr[ae]w\w*|revers\w*|undo\w*|undid|scrap\w*|eliminat\w*|gut\w*|weaken\w*|loosen\w*|"
    r"ends?|ended|ending|remov\w*|replac\w*|delay\w*|suspend\w*|pause\w*|overturn\w*)\b",
    re.IGNORECASE,
)


# A row's short name in brackets at the end of its name: "(2026 endangerment finding
# rescission)", "(Affordable Clean Energy rule)"
SHORT_NAME = deferred(r"\(((?:[^()]|\([^()]*\))*)\)\s*$")
# What such a short name calls a rule that undoes another ("rescission", "repeal of …",
# "removal of …"; not "expansion of expedited removal")
UNDOING_NAME = deferred(
    r"\b(?:rescission|rescinding|repeal|revocation|revoking|withdrawal|removal\s+of|rollback|"
    r"ending)\b",
    re.IGNORECASE,
)


@cache
def _only_undoes(rule: Rule) -> bool:
    """Whether a row is a rule that undoes another and nothing else: its short name says so
    ("(2026 endangerment finding rescission)"; not "(Affordable Clean Energy rule)", which
    repealed one plan and set another)."""
    short = SHORT_NAME.search(rule.name)
    return short is not None and UNDOING_NAME.search(short.group(1)) is not None


# How long a rule is "new" to an article: printed at most this many days before it.
NEW_DAYS = 120


def newest(tied: list[Rule], written: str | None) -> list[Rule]:
    """Of rules that fit a phrase alike, the rows of the one rule printed in the ``NEW_DAYS``
    before an article of date ``written`` (or in the days after, signed before it was
    printed); [] when none or two are, or the article is undated."""
    day = ruledates._iso(written)
    if day is None:
        return []
    recent = [
        r
        for r in tied
        if (printed := ruledates._iso(r.published)) is not None
        and -30 <= (day - printed).days <= NEW_DAYS
        and not r.proposed
    ]
    return recent if len({group_of(r.name) for r in recent}) == 1 else []


def _plain(pool: list[Rule], words: str) -> list[Rule]:
    """The rows a description may be: a row that only undoes another, when its words say
    undoing."""
    if UNDOING_WORD.search(words):
        return pool
    return [r for r in pool if not _only_undoes(r)]


# A rule still to come ("The EPA is soon expected to release its highly anticipated rule
# that …", "the agency will propose a rule"): not one of the rules it already made.
FUTURE = lazy(
    r"(?:\b(?:expected|set|poised|planning|plans|preparing|going|scheduled|due|about|likely)"
    r"\s+to|\b(?:will|soon|would))\s+(?:release|issue|propose|finalize|finalise|unveil|"
    r"announce|publish|roll\s+out|adopt|write|draft)\s+$",
    re.IGNORECASE,
)
YEAR_WORD = deferred(r"(?:19|20)\d\d")
_DRAFT_WORD = deferred(r"\bdraft\b")
# the year right after a rule's mention: "the regulation issued by the DOL in 2021"
IN_YEAR = deferred(r"\s+in\s+((?:19|20)\d\d)\b")
# "other" right before the owner: rules besides the one the article is about
OTHER = deferred(r"[Oo]ther\s$")
# What makes "the agency's requirement" a rule it has just made ("the FTC's new noncompete
# requirement", "its proposed reporting requirement")
NEW_MODS = frozenset({"new", "proposed", "final", "latest", "recent"})
FUTURE_MODS = frozenset({"upcoming", "forthcoming", "coming", "planned", "yet-to-be-released"})
# Verbs whose past tense ends in neither "s" nor "ed": "The Biden administration withdrew two
# controversial education regulations" is what the administration did, not its rule's name.
IRREGULAR_PAST = frozenset({
    "withdrew", "took", "made", "gave", "struck", "threw", "wrote", "sought", "brought",
    "began", "held", "kept", "left", "put", "cut", "won", "lost", "got", "drew", "chose",
    "sent", "spent", "undid", "rewrote",
})  # fmt: skip


@dataclass(frozen=True)
class Agency:
    """An agency as news names it, the words its rows' ``agency`` column uses, and its slug
    on federalregister.gov (``conditions[agencies][]``), where known."""

    pattern: str
    words: tuple[str, ...]
    slug: str | None


def _agencies() -> tuple[Agency, ...]:
    return tuple(Agency(rx, words, slug) for rx, words, slug in AGENCIES)


@cache
def _agency_list() -> tuple[Agency, ...]:
    return _agencies()


@cache
def _alt() -> str:
    return AGENCY_ALT  # every agency's pattern, as the rule table's module joins them


@cache
def _mod_desc() -> str:
    """The modifiers an agency-first phrase may carry before its rule word: ``MOD``'s, plus what
    a longer description has — an abbreviation in brackets, a list's commas, "and" between two
    modifiers ("the Department of Labor’s (DOL) 2022 environmental, social, and corporate
    governance (ESG) investing rule", "the DOT's price transparency and “junk fee” rule") — but
    never a word that ends a description (``NOT_MOD``): a phrase that would hold one is no
    phrase, and must not hide the shorter one after it ("… asks court to toss its rule")."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted((NOT_MOD | IRREGULAR_PAST) - {"and"}, key=len, reverse=True):
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    # (grouped by first letter, the look-ahead fails on one test for most words)
    stop = "|".join(
        f"[{c}{c.upper()}](?:{'|'.join(rests)})" for c, rests in sorted(by_letter.items())
    )
    guard = rf"(?!(?:{stop})(?![\w-]))"
    # a participle after an adverb is a modifier: "CMS's recently adopted rule"
    adverbs = "|".join(sorted(PARTICIPLE_ADVERBS))
    participle = rf"(?i:{adverbs})\s+[a-z]+ed"
    return rf"(?:{participle}|{guard}(?:{MOD[3:-1]}|[A-Za-z][\w-]*,)|\([A-Z]{{2,6}}\))"


@cache
def _pattern() -> re.Pattern[str]:
    alt = _alt()
    admin = "|".join(presidents(recent=True))
    return re.compile(
        # ("the US Centers for Medicare & Medicaid Services (CMS) Interim Final Rule": the
        # country written without its periods too; twenty-eighth session, census43)
        r"(?:\b(?P<det>[Tt]he|[Aa]n?)\s+)?(?:U\.S\.\s+|US\s+|federal\s+)?"
        rf"(?:(?P<agency>\b(?:{alt}))|(?P<admin>\b(?:{admin})(?:\s+administration|-era|\s+era)?)"
        r"|(?P<its>\b[Ii]ts)"
        # "the agency's newly tightened standard for …": the agency named shortly before
        # (``find``; only with words that tell the rule)
        r"|(?<=[Tt]he\s)(?P<owner>[Aa]gency|[Dd]epartment|[Bb]ureau|[Cc]ommission)(?=['’]s\s))"
        r"(?P<poss>['’]s?)?(?:\s*\([“\"]?[A-Z][A-Za-z]{1,7}[”\"]?\))?(?P<poss2>['’]s?)?\s+"
        # the status after a possessive ("the Labor Department's proposed rule", "its draft
        # rule"): without one, "the EPA proposed rules" is what the agency did
        r"(?:(?:(?<=['’]s\s)|(?<=['’]\s)|(?<=[Ii]ts\s))(?P<status>proposed|draft|finali[sz]ed)\s+)?"
        rf"(?P<mods>(?:{_mod_desc()}\s+){{0,8}}?)"
        rf"{HEAD}"
    )


# "a rule issued by the Labor Department", "a regulation from the FTC", "a new rule from the
# Biden administration": the agency or administration after it.
# (a time may stand between the verb and "by": "a rule finalized last month by the bureau",
# "a rule proposed in June by the agency"; ``find`` reads it as the rule's printing dates)
VERB_TIME = (
    r"(?:(?:last|this)\s+(?:week|month|year)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri)day"
    rf"|in\s+(?:early\s+|late\s+)?{ruledates.MONTH}(?:\s+(?:19|20)\d\d)?|in\s+(?:19|20)\d\d)"
)
VERB_BY = (
    r"(?:(?:issued|adopted|finalized|proposed|published|announced|written)\s+"
    rf"(?:{VERB_TIME}\s+)?)?(?:by|from)"
)


@cache
def _pattern_after() -> re.Pattern[str]:
    return re.compile(
        # (not "that a rule issued by …": the phrase opens on the last determiner)
        # (nor on an earlier one with a verb between: "halted a regulation by the Department
        # of …" — no modifier is a determiner, so the phrase opens on the rule's own)
        rf"\b(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?!(?:an?|the|this|that)\s)"
        rf"(?P<mods>(?:(?![Aa]n?\s|[Tt]he\s|[Tt]his\s|[Tt]hat\s){MOD}\s+){{0,3}}?){HEAD}\s+{VERB_BY}\s+(?:the\s+)?(?:U\.S\.\s+|federal\s+)?(?:(?P<agency>(?:{_alt()}))\b"
        rf"|(?P<admin>(?:{'|'.join(presidents(recent=True))})\s+administration)\b"
        # "a rule finalized by the bureau": the agency named shortly before (``find``)
        r"|(?<=the\s)(?P<generic>[Bb]ureau|[Aa]gency|[Dd]epartment|[Cc]ommission|[Bb]oard)\b"
        r"(?![-'’]|\s+(?:of|for|on)\b|\s+[A-Z]))"
        r"(?:\s*\([A-Z][A-Za-z]{1,7}\))?"
    )


# "a rule the Mine Safety and Health Administration finalized last month", "the regulation
# that the FTC issued in October": the agency, then its verb of making, after the rule word
# (nineteenth session). Only a rule or a regulation, only an agency named, only those verbs.
_MADE_VERB = r"(?:finalized|finalised|issued|adopted|proposed|published|unveiled|released)"


@cache
def _pattern_object() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<det>[Aa]n?|[Tt]he)\s+(?!(?:an?|the|this|that)\s)"
        rf"(?P<mods>(?:{MOD}\s+){{0,2}}?)"
        r"(?P<head>(?:[Ff]inal\s+)?(?:[Rr]ule|[Rr]egulation))\s+(?:(?:that|which)\s+)?"
        rf"(?:the\s+)?(?:U\.S\.\s+)?(?P<agency>(?:{_alt()}))\b(?:\s*\([A-Z][A-Za-z]{{1,7}}\))?"
        rf"\s+(?:{VERB_TIME}\s+)?{_MADE_VERB}\b(?:\s+{VERB_TIME}\b)?(?![\w-]|\s+(?:a|an|the|its)\b)"
    )


_OBJECT_AFTER = deferred(r"\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:U\.S\.\s+)?[A-Z]")


# What follows the rule word of every ``_pattern_after`` match (its ``HEAD`` ends in one of
# ``AGENCY_RULE_ANCHOR``'s words, then white space and ``VERB_BY``)
_BY_AFTER = deferred(rf"\s+{VERB_BY}")


# How far before its rule word a phrase may start: the agency first ("the U.S.
# Environmental Protection Agency's new 2024 power plant rule"; 64 is the longest in the
# corpora), or a determiner and modifiers when the agency follows ("a rule issued by …").
_REACH_BEFORE = 140
_REACH_AFTER_FIRST = 70


_DET_START = re.compile(r"(?<![A-Za-z0-9_])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)(?![A-Za-z])")


@cache
def _owner_start() -> re.Pattern[str]:
    """Where an agency-first phrase can start: a capital (a determiner, "U.S.", an agency, a
    president), "the", "a", "an", "federal", "its", or the first word of an agency's name
    written in lower case ("labor board")."""
    lower = {"the", "a", "an", "federal", "its"}
    for a in _agency_list():
        for alt in _top_level_branches(a.pattern):
            first = re.match(r"[a-z]+", alt)
            if first:
                lower.add(first.group(0))
            elif not re.match(r"[A-Z]|\(\?:[A-Z]", alt):
                raise ValueError(
                    f"an agency pattern opens on neither a word nor a capital: {alt!r}"
                )
    words = "|".join(sorted(lower))
    return re.compile(rf"(?<![A-Za-z0-9_])(?:[A-Z]|(?:{words})(?![A-Za-z]))")


def _top_level_branches(pattern: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, c in enumerate(pattern):
        if c == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif c == ")" and (i == 0 or pattern[i - 1] != "\\"):
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


# (the last heads list asked about and its sorted copy)
_SORTED_HEADS: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])


def _sorted_heads(heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sorted(heads)``, made once for the list an article's windows share."""
    global _SORTED_HEADS
    last, ordered = _SORTED_HEADS
    if last is not heads or len(ordered) != len(heads):
        ordered = sorted(heads)
        _SORTED_HEADS = (heads, ordered)
    return ordered


def _matches(
    text: str, ws: int, we: int, heads: list[tuple[int, int]] | None = None
) -> list[re.Match[str]]:
    """The agency-and-rule phrases in ``text[ws:we]``: the agency first ("the FTC's rule")
    or after ("a rule issued by the FTC"), the longer when two overlap. Both end in or hold a
    rule word: with ``heads`` (the rule words' spans), only word starts shortly before one are
    tried, not every position of the window."""
    if heads is None:
        found = [
            *_pattern().finditer(text, ws, we),
            *_pattern_after().finditer(text, ws, we),
            *_pattern_object().finditer(text, ws, we),
        ]
    else:
        found = list(head_matches(text, _pattern(), heads, _REACH_BEFORE, _owner_start(), ws, we))
        # (a rule with its agency after it ends its rule word in "by"/"from": a window none
        # of whose rule words is followed so has none, and most windows have none)
        # (the heads are sorted: only those from ``ws`` on are asked, not every head of the
        # article for every window)
        i, n = bisect.bisect_left(heads, (ws,)), len(heads)
        by_after = False
        while i < n and heads[i][0] < we:
            if heads[i][1] <= we and _BY_AFTER.match(text, heads[i][1]):
                by_after = True
                break
            i += 1
        if by_after:
            found += head_matches(
                text, _pattern_after(), heads, _REACH_AFTER_FIRST, _DET_START, ws, we
            )
        # (the heads from ``ws`` to ``we`` only, by bisection in a sorted copy made once per
        # list: not every head of the article for every window)
        ordered = _sorted_heads(heads)
        i, n = bisect.bisect_left(ordered, (ws,)), len(ordered)
        by_object = False
        while i < n and ordered[i][0] <= we:
            if ordered[i][1] <= we and _OBJECT_AFTER.match(text, ordered[i][1]):
                by_object = True
                break
            i += 1
        if by_object:
            found += head_matches(
                text, _pattern_object(), heads, _REACH_AFTER_FIRST, _DET_START, ws, we
            )
    # ("and" may stand only between two modifiers: a phrase it opens or closes is none)
    found = [m for m in found if _mods_fit(m)]
    found.sort(key=lambda m: (m.start(), -m.end()))
    out: list[re.Match[str]] = []
    for m in found:
        if out and m.start() < out[-1].end():
            continue
        out.append(m)
    return out


@cache
def _agency_patterns() -> tuple[tuple[Agency, re.Pattern[str]], ...]:
    return tuple((a, re.compile(a.pattern)) for a in _agency_list())


def _agency_of(named: str) -> Agency | None:
    for a, pattern in _agency_patterns():
        if pattern.fullmatch(named):
            return a
    return None


def _keys(rule: Rule) -> tuple[tuple[str, int], ...]:
    """The row's aliases and topics with their weight (an alias, the rule's own name, 2; a
    topic 1), each phrase once. Another spelling of a key ("power-plant" after "power
    plant", "independent contractors" after "independent contractor") and a topic in which
    an alias stands ("overtime pay" after "overtime") would count the rule's name twice, and
    a headline naming two rules ("Rules for Overtime, Independent Contractors, …") would then
    favour the row that spells its name in more ways. A topic that refines another topic
    stays ("applications for asylum" after "asylum"): it is more to go on. Weighing the name
    above a topic keeps a rule called by its name ("the power plant rule") ahead of rules
    that only list the words among their topics."""
    aliases: list[str] = []
    for a in rule.aliases:
        if not any(_may_hold(k, a) and _key_pattern(k).fullmatch(a) for k in aliases):
            aliases.append(a)
    topics: list[str] = []
    for t in rule.topics:
        if not any(_may_hold(k, t) and _key_pattern(k).search(t) for k in aliases) and not any(
            _may_hold(k, t) and _key_pattern(k).fullmatch(t) for k in topics
        ):
            topics.append(t)
    return (*((a, 2) for a in aliases), *((t, 1) for t in topics))


def _may_hold(key: str, text: str) -> bool:
    """Whether ``_key_pattern(key)`` may match in ``text``: not when both are ASCII and the
    key's first word (lower-cased) is not in ``text`` lower-cased, which every match holds.
    (A table's first use compared each row's keys with patterns: some 1,800 compiled, about
    0.3 s of a process's first article that names a rule; now only the keys whose first word
    stands there are compiled.)"""
    return not (key.isascii() and text.isascii()) or _first_word(key) in text.lower()


# each key's words (lower-cased, a gap left out), as ``_key_pattern`` split them
_KEY_WORDS: dict[re.Pattern[str], frozenset[str]] = {}
# the keys with a gap ("fee … methane")
_GAPPED: set[re.Pattern[str]] = set()


@cache
def _rule_words(rule: Rule) -> frozenset[str]:
    """Every word of the row's aliases and topics (lower-cased)."""
    return frozenset(
        w.lower() for k in (*rule.aliases, *rule.topics) for w in re.split(r"[\s-]+", k)
    )


@cache
def _topic_stems() -> frozenset[str]:
    """Every word the table's aliases and topics tell a rule by (a plural's "s" dropped)."""
    return frozenset(w.rstrip("s") for r in rules() for w in _rule_words(r) if len(w) >= 5)


def _untold_mod(cands: list[Rule], mods: list[str], agency: Agency) -> bool:
    """Whether the modifier right before an agency's rule word, the word that tells the rule,
    is one the rule chosen (by other words, or the words around it) never uses: "the FCC's
    broadband privacy rules" share "broadband" with the net neutrality order, but "privacy"
    is in none of its name, aliases or topics (census39 P3). Only a word some row tells a
    rule by counts ("privacy"; not "harmful" or a month); plain modifiers, participles,
    adverbs and the agency's own words do not."""
    own = {w.lower() for words in agency.words for w in words.split()}
    told = {
        w
        for w in (m.lower().strip(",.;:“”\"'’") for m in mods[-1:])
        if len(w) >= 5
        and w.isalpha()
        and w not in PLAIN_MODS | PARTICIPLE_ADVERBS | NEW_MODS | FUTURE_MODS
        and w not in own
        and not w.endswith(("ed", "ly", "ing"))
        and w.rstrip("s") in _topic_stems()
    }
    if not told:
        return False
    for r in cands:
        words = _rule_words(r) | {w.lower() for w in re.split(r"[\s,;:()/-]+", r.name)}
        stems = {k.rstrip("s") for k in words}
        if all(w.rstrip("s") in stems for w in told):
            return False
    return True


def _key_word(w: str) -> str:
    """A key's word as a pattern; a plural in "-ies" also in its singular, which news writes
    as a modifier ("workplace injuries" in "workplace injury data", "utilities" in "utility
    rates")."""
    if len(w) > 4 and w.endswith("ies") and w.isalpha():
        return re.escape(w[:-3]) + "(?:ies|y)"
    if _plural_s(w):
        return re.escape(w[:-1]) + "s?"
    return re.escape(w)


def _plural_s(w: str) -> bool:
    """Whether a key's word is a plural in "-s" whose singular news also writes ("cancel a
    subscription" for "cancel subscriptions"): six letters or more, not "-ss", "-us", "-is"."""
    return (
        len(w) > 5
        and w.isalpha()
        and w.islower()
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "ies"))
    )


@cache
def _key_pattern(key: str) -> re.Pattern[str]:
    flags = 0 if any(c.isupper() for c in key) else re.IGNORECASE  # "DACA", "Title IX"
    words = re.split(r"[\s-]+", key)
    # "fee … methane": the two words with at most three others between ("a fee on certain
    # methane emissions", "the payment of a fee for methane"), a word's plural included
    key_words = frozenset(w.lower() for w in words if w != "…")
    gap = r"(?:s|es)?(?:[\s-]+[\w’'-]+){0,3}?"
    body = "".join(
        gap if w == "…" else (r"[\s-]+" if i else "") + _key_word(w) for i, w in enumerate(words)
    )
    if words[0]:
        # opened on its first letter, the boundary before it asked by looking behind after
        # it: the engine skips ahead to that letter instead of trying every position
        body = re.escape(words[0][0]) + r"(?<![\w-].)" + body[len(re.escape(words[0][0])) :]
        pattern = re.compile(rf"{body}(?:s|es)?(?![\w-])", flags)
    else:
        pattern = re.compile(rf"(?<![\w-]){body}(?:s|es)?(?![\w-])", flags)
    _KEY_WORDS[pattern] = key_words
    if "…" in words:
        _GAPPED.add(pattern)
    return pattern


def _score(rule: Rule, words: str) -> int:
    """The weights of the rule's keys that stand in ``words`` (what ``_best`` ranks by)."""
    return sum(w for _, key, w in _key_tests(rule) if _key_pattern(key).search(words))


def _fits(rule: Rule, words: str, low: str | None = None) -> int:
    """How many of the rule's aliases and topics stand in ``words`` (``low``: the same,
    lower-cased; a key whose first word is not in it at all is not searched for)."""
    low = words.lower() if low is None else low
    return sum(
        1 for first, key, _ in _key_tests(rule) if first in low and _key_pattern(key).search(words)
    )


_KEY_TESTS: dict[int, tuple[Rule, tuple[tuple[str, str, int], ...]]] = {}


def _key_tests(rule: Rule) -> tuple[tuple[str, str, int], ...]:
    """Each key of the rule as (its first word, lower-cased; the key, whose pattern
    ``_key_pattern`` compiles when first asked), made once. Kept by
    the row's identity (hashing a row costs more than the tests), with the row itself, so
    that an id is never reused while its entry lives."""
    entry = _KEY_TESTS.get(id(rule))
    if entry is None or entry[0] is not rule:
        entry = _KEY_TESTS[id(rule)] = (
            rule,
            tuple((_first_word(k), k, w) for k, w in _keys(rule)),
        )
    return entry[1]


# Keys' first words shorter than this ("b", "in", "no") stand in most texts: asked of the
# words with ``in`` (an automaton would report their every occurrence)
_SHORT_FIRST = 3


@cache
def _firsts_automaton() -> tuple[Any, frozenset[str]]:
    """One automaton over the first words (of ``_SHORT_FIRST`` letters or more) of the table's
    rows' keys, and those words."""
    firsts = frozenset(
        first for r in rules() for first, _, _ in _key_tests(r) if len(first) >= _SHORT_FIRST
    )
    automaton = ahocorasick.Automaton()
    for w in firsts:
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton, firsts


def _firsts_in(low: str) -> set[str]:
    """Those of ``_firsts_automaton``'s words that stand in ``low`` (as ``first in low``)."""
    return set(map(itemgetter(1), _firsts_automaton()[0].iter(low))) if low else set()


_KEY_FIRSTS: dict[int, tuple[Rule, tuple[tuple[str, str, int], ...], frozenset[str], bool]] = {}


def _key_firsts(
    rule: Rule,
) -> tuple[tuple[tuple[str, str, int], ...], frozenset[str], bool]:
    """``_key_tests(rule)``, its first words, and whether ``_firsts_in`` answers for them
    all (kept by the row's identity, like ``_key_tests``)."""
    entry = _KEY_FIRSTS.get(id(rule))
    if entry is None or entry[0] is not rule:
        tests = _key_tests(rule)
        firsts = frozenset(first for first, _, _ in tests)
        entry = _KEY_FIRSTS[id(rule)] = (
            rule,
            tests,
            firsts,
            firsts <= _firsts_automaton()[1],
        )
    return entry[1], entry[2], entry[3]


@lru_cache(maxsize=64)
def _pool(written: str | None, proposed: bool) -> tuple[Rule, ...]:
    """The rules (final or proposed) that existed when an article of date ``written`` was."""
    from .regulations import _after_article

    return tuple(r for r in rules() if not _after_article(r, written) and r.proposed == proposed)


@lru_cache(maxsize=64)
def _pending_pool(written: str) -> tuple[Rule, ...]:
    """The proposals printed before an article of date ``written`` whose rule's final
    version was printed after it: what the rule was when the article was written."""
    from .regulations import _after_article

    finals_after = {
        group_of(r.name) for r in rules() if not r.proposed and _after_article(r, written)
    }
    finals_before = {
        group_of(r.name) for r in rules() if not r.proposed and not _after_article(r, written)
    }
    return tuple(
        r
        for r in _pool(written, True)
        if group_of(r.name) in finals_after and group_of(r.name) not in finals_before
    )


@cache
def _first_word(key: str) -> str:
    """The key's first word, lower-cased; a plural in "-ies" cut to what its singular shares
    ("utilities" → "utilit"), as ``_key_word`` matches either."""
    w = re.split(r"[\s-]+", key.lower())[0]
    if len(w) > 4 and w.endswith("ies") and w.isalpha():
        return w[:-3]
    return w[:-1] if _plural_s(w) else w


@cache
def _groups() -> dict[str, int]:
    """Rows that share an alias are versions of one rule: each row's group number."""
    parent = list(range(len(rules())))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, r in enumerate(rules()):
        for a in r.aliases:
            j = first.setdefault(a.lower().replace("-", " "), i)
            parent[find(i)] = find(j)
    return {r.name: find(i) for i, r in enumerate(rules())}


def group_of(name: str) -> int:
    """The rule whose version the row named ``name`` is (rows that share an alias)."""
    return _groups()[name]


def _best(cands: Iterable[Rule], words: str) -> tuple[list[Rule], list[Rule]]:
    """The rows of the one rule that fits ``words`` best, and ([], the rows of the rules
    tied for best) when two fit equally; ([], []) when none fits."""
    scored: dict[int, tuple[int, list[Rule]]] = {}
    low = words.lower()
    # what ``_fits`` asks of each row, each answered once: which keys' first words stand in
    # ``low`` (one automaton walk for the table's rows, not a substring search per word; a
    # row outside the table asks ``first in low`` itself), what a pattern finds (rows that
    # are versions of one rule share keys)
    table = _firsts_automaton()[1]
    present = _firsts_in(low)
    asked: dict[str, bool] = {}  # (the other first words: short ones, unknown ones)
    found: dict[re.Pattern[str], tuple[int, int] | None] = {}
    # (row, group, weight, span, the key's words, whether it has a gap)
    keys: list[tuple[Rule, int, int, tuple[int, int], frozenset[str], bool]] = []
    for r in cands:
        tests, firsts, known = _key_firsts(r)
        if known and firsts.isdisjoint(present):
            continue  # (most rows: no key's first word in the words at all)
        n = 0
        g = _groups()[r.name]
        for first, key, weight in tests:
            if known or first in table:
                there = first in present
            elif (there_ := asked.get(first)) is None:
                there = asked[first] = first in low
            else:
                there = there_
            if there:
                pat = _key_pattern(key)
                if pat in found:
                    span = found[pat]
                else:
                    hit = pat.search(words)
                    span = found[pat] = hit.span() if hit else None
                if span is not None:
                    n += weight
                    keys.append((r, g, weight, span, _KEY_WORDS[pat], pat in _GAPPED))
        if n:
            best, rows = scored.get(g, (0, []))
            scored[g] = (max(best, n), [*rows, r])
    if not scored:
        return [], []
    if len(scored) > 1:
        scored = _unless_inside(scored, keys)
    ranked = sorted(scored.values(), key=lambda v: -v[0])
    tied = [rows for n, rows in ranked if n == ranked[0][0]]
    if len(tied) > 1:
        return [], [r for rows in tied for r in rows]
    return ranked[0][1], []


def _unless_inside(
    scored: dict[int, tuple[int, list[Rule]]],
    keys: list[tuple[Rule, int, int, tuple[int, int], frozenset[str], bool]],
) -> dict[int, tuple[int, list[Rule]]]:
    """The scores again, a key of one rule not counted where it stands inside a longer key
    of another rule that has a word of its own, an alias (or a key with a gap) where the
    shorter key is an alias: "a fee on certain methane emissions" names the methane fee
    rule (its key "fee … methane"), not the methane standards (whose key "methane" is
    inside it, and which have no "fee"); "the methane fee" (an alias) likewise. "Methane
    emissions" (a topic of the fee rule) does not take "methane" from the standards, which
    have both words; "coal-fired power plants" (a topic of the mercury rule) does not take
    "power plant" (the alias of the power plant rules): a topic tells what a rule is about,
    not its name."""
    inside = {
        (id(r), span)
        for r, g, w, span, _, _ in keys
        if any(
            g2 != g
            and s2 <= span[0]
            and span[1] <= e2
            and e2 - s2 > span[1] - span[0]
            and (w2 >= w or gap)
            and not words2 <= _rule_words(r)
            for _, g2, w2, (s2, e2), words2, gap in keys
        )
    }
    if not inside:
        return scored
    totals: dict[int, int] = {}
    for r, _, w, span, _, _ in keys:
        if (id(r), span) not in inside:
            totals[id(r)] = totals.get(id(r), 0) + w
    out: dict[int, tuple[int, list[Rule]]] = {}
    for g, (_, rows) in scored.items():
        kept = [r for r in rows if totals.get(id(r), 0)]
        if kept:
            out[g] = (max(totals[id(r)] for r in kept), kept)
    return out


# "the DOL rule implementing EO 14026", "issued regulations implementing the EO": a rule that
# carries out an executive order, which the rule's row names as the order's title does
IMPLEMENTING = deferred(
    r"\s+(?:implementing|to\s+implement|that\s+implement(?:s|ed))\s+(?:(?:President\s+)?"
    r"(?:[A-Z][a-z]+['’]s\s+)?(?:Executive\s+Order|E\.\s?O\.|EO)\s+(?:No\.\s*)?(?P<n>1\d{4})"
    r"|the\s+(?:EO|E\.O\.|[Ee]xecutive\s+[Oo]rder|order))\b"
)
# an order's number said before ("Executive Order (EO) 14026", "EO 14026")
ORDER_NUMBER = deferred(
    r"(?:Executive\s+Order|E\.\s?O\.|EO)\s+(?:\((?:EO|E\.O\.)\)\s+)?(?:No\.\s*)?(1\d{4})\b"
)
_ORDER_REACH = 1500


def _implemented_order(text: str, e: int) -> str | None:
    """The title of the executive order the rule ending at ``e`` is said to implement: by
    its number, or "the EO" (the last order numbered before, within ``_ORDER_REACH``)."""
    m = IMPLEMENTING.match(text, e)
    if m is None:
        return None
    number = m.group("n")
    if number is None:
        said = list(ORDER_NUMBER.finditer(text, max(0, e - _ORDER_REACH), e))
        if len({n.group(1) for n in said}) != 1:
            return None  # none, or two orders: which one is not told
        number = said[-1].group(1)
    from .orderdata import orders_by_id

    order = orders_by_id().get(f"eo:{number}")
    return order.title if order is not None else None


# The C.F.R. part printed right after a rule's words: "the Department of Justice's
# implementing regulations at 28 CFR Part 202", "the agency's rule (29 C.F.R. part 103)"
_CITED_PART = deferred(
    r"\s*(?:,\s*|\(\s*)?(?:(?:at|in|under|codified\s+(?:at|in))\s+)?(?P<title>\d{1,2})\s+"
    r"C\.?\s?F\.?\s?R\.?\s+(?:[Pp]arts?\s+)?(?P<part>\d{1,4})\b"
)


def _at_cited_part(
    cands: list[Rule],
    pool: list[Rule],
    text: str,
    e: int,
    agency: Agency | None,
    proposed: bool,
) -> list[Rule]:
    """(twenty-fifth session) ``cands`` when no C.F.R. part is cited right after the rule's
    words ending at ``e``; else the candidates in that part, else the one rule of the agency's
    pool in it (of any date, when the article's date is earlier than every rule there: the
    part the article cites exists), else none: a rule cited in 28 CFR part 202 is never
    another part's rule of the same department, whatever its words fit."""
    cited = _CITED_PART.match(text, e)
    if cited is None:
        return cands
    part = f"cfr:{cited.group('title')}:{cited.group('part')}"
    inside = [r for r in cands if r.cfr == part]
    if inside:
        return inside
    of_part = [r for r in pool if r.cfr == part]
    if not of_part and agency is not None:
        of_part = [r for r in of_agency(list(_pool(None, proposed)), agency) if r.cfr == part]
    return of_part if len({_groups()[r.name] for r in of_part}) == 1 else []


def _by_order(pool: Iterable[Rule], title: str | None) -> list[Rule]:
    """The rows titled as the order they implement ("Increasing the Minimum Wage for Federal
    Contractors", EO 14026 and the Labor Department's rule carrying it out)."""
    if not title:
        return []
    low = title.lower()
    return [r for r in pool if r.name.lower().startswith(low)]


def _whole_description(
    pool: list[Rule], text: str, desc_m: re.Match[str], by_name: bool = False
) -> list[Rule]:
    """The rule the whole description after the rule word (to its sentence's end) fits by
    two of its keys, not one (or, ``by_name``, by one of its aliases); else none."""
    stop = text.find(". ", desc_m.start("desc"))
    rest = text[desc_m.start("desc") : stop if stop >= 0 else len(text)]
    whole, _ = _best(pool, rest)
    if whole and (_fits(whole[0], rest) >= 2 or (by_name and _score(whole[0], rest) >= 2)):
        return whole
    return []


def _stated_year(
    cands: list[Rule],
    pool: list[Rule],
    mods: list[str],
    words: str,
    around: tuple[Doc, int, int] | None = None,
) -> list[Rule]:
    """``cands``, unless the mention states a year none of them has: "a 2013 rule which
    narrowed the companion care services exemption to minimum wage and overtime" is none of
    the overtime rules (2016, 2019, 2024) the words fit, but the agency's rule of 2013 that
    they fit (the home care rule); no rule when none of that year fits (``around``: the
    mention, whose surrounding words are asked next)."""
    stated = [int(w.rstrip(",")) for w in mods if YEAR_WORD.fullmatch(w.rstrip(","))]
    if not stated or not cands or not all(r.year and r.year != stated[-1] for r in cands):
        return cands
    of_year = [r for r in pool if r.year == stated[-1]]
    found, _ = _best(of_year, words)
    if not found and around is not None:
        found, _ = _best(of_year, _around(*around))
    return found


def _interim_first(cands: list[Rule], pool: list[Rule], words: str, interim: bool) -> list[Rule]:
    """ "An interim final rule" is one of the agency's interim final rules when one fits the
    words around it ("FinCEN issued an interim final rule that exempts domestic companies
    …" is the 2025 interim rule, not the 2022 rule it revised); otherwise ``cands``."""
    if not interim or any(r.stage == "interim final" for r in cands):
        return cands
    interims = [r for r in pool if r.stage == "interim final"]
    if not interims:
        return cands
    found, _ = _best(interims, words)
    return found or cands


# Words that end a rule's description ("banning noncompetes | is unlawful").
DESC_END = frozenset({
    "is", "was", "are", "were", "and", "but", "has", "had", "have", "will", "would", "could",
    "that", "which", "who", "in", "by", "at", "from", "after", "before", "when", "while",
    "as", "because", "if", "until", "since", "last", "this", "earlier", "later",
    # verbs that start the rest of the sentence ("the rule on … drew criticism")
    "drew", "draws", "faced", "faces", "took", "takes", "went", "remains", "remained",
    "said", "says", "sparked", "prompted", "came", "comes", "won", "lost", "got", "gets",
})  # fmt: skip


# A date or a weekday after "on" says when a rule came, not what it is about.
WHEN = deferred(
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
# Words a description cut short must not end on.
DESC_TRAILING = frozenset({"for", "of", "to", "on", "the", "a", "an", "with", "about"})


# (what a description's first words may name it by, the name after them; within its
# first six words)
_KNOWN_AS = deferred(
    r"^(?:\S+\s+){0,5}?(?:known\s+as|called|dubbed|referred\s+to\s+as|nicknamed)\s+"
)
_YEAR_ONLY = deferred(r"(?:19|20)\d\d")


def _description(m: re.Match[str] | None) -> tuple[str, int | None]:
    """The words of a description after the head (at most six, up to a word that starts
    the rest of the sentence) and where they end; ("", None) without one."""
    if m is None:
        return "", None
    if WHEN.match(m.string, m.start("desc")):
        return "", None  # "issued the final rule on Jan. 7": when, not what
    words = list(re.finditer(r"[^\s]+", m.group("desc")))
    called = _KNOWN_AS.search(m.group("desc"))
    if called is not None:
        # "a 2009 government declaration known as the endangerment finding": the words after
        # "known as" are its name, what the rule is told by (a year before them stays)
        words = [
            w for w in words if w.end() <= called.start() and _YEAR_ONLY.fullmatch(w.group(0))
        ] + [w for w in words if w.start() >= called.end()]
    kept: list[re.Match[str]] = []
    for w in words[:6]:
        if w.group(0).lower() in DESC_END:
            break
        kept.append(w)
    while kept and kept[-1].group(0).lower() in DESC_TRAILING:
        kept.pop()  # cut at six words: "… on applications for" ends on "applications"
    if not kept:
        return "", None
    return " ".join(w.group(0) for w in kept), m.start("desc") + kept[-1].end()


def _terms(mods: str, desc: str) -> str:
    """The words to search the Federal Register by: the topic words of the mention."""
    words = [w for w in re.findall(r"[\w-]+", f"{mods} {desc}") if w.lower() not in STOP]
    words = [w for w in words if w.lower() not in PLAIN_MODS and not re.fullmatch(r"\d+", w)]
    words = [w for w in words if not re.match(r"(?:now|long|much|so)-|.*-era$", w.lower())]
    return " ".join(words[:6])


@dataclass(frozen=True)
class Found:
    """An agency's rule found in the text: its span, the rows it may be, and its search."""

    start: int
    end: int
    candidates: tuple[Rule, ...]
    proposed: bool
    agency: Agency | None
    terms: str
    # a phrase that refers back ("the proposed rule" after the final rule: its proposal)
    anaphor: bool = False


def _around(doc: Doc, s: int, e: int) -> str:
    """The mention's sentence, the two before it and the one after it (``_without_others``)."""
    return _without_others(doc.around(s, e))


def _before_tie(doc: Doc, s: int, e: int, tied: list[Rule]) -> list[Rule]:
    """Of rules tied in the words around a mention, the one the mention's own sentence and the
    two before it fit best: a topic word only in the sentence after it ("EPA's rule tightens
    the standard for PM2.5. … tougher permitting requirements for new plants") tells what
    follows from the rule, not a second rule it may be. Nothing when those words tie too."""
    cands, _ = _best(tied, _without_others(doc.around(s, e, after=0)))
    return cands


# A second rule set beside the one told: "published the rule, alongside another dealing with
# airline refunds", "the rule, as well as a separate one on …" (to the clause's end)
_ANOTHER = deferred(
    r"\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as|in\s+addition\s+to|besides)"
    r"\s+(?:an?\s+)?(?:another|second|separate)\b[^.;,()]*"
)


def _without_others(words: str) -> str:
    """``words`` without what they say of a second rule set beside the one told ("the rule,
    alongside another dealing with airline refunds": its words are the other rule's)."""
    if "another" not in words and "second" not in words and "separate" not in words:
        return words
    return _ANOTHER.sub(" ", words)


@lru_cache(maxsize=128)
def _agency_names(words: tuple[str, ...]) -> frozenset[str]:
    """The names of the table's rows whose ``agency`` holds one of ``words``."""
    return frozenset(r.name for r in rules() if any(w in r.agency for w in words))


def of_agency(pool: list[Rule], agency: Agency) -> list[Rule]:
    """The rows of ``pool`` the agency issued (its ``words`` in their ``agency`` column),
    by a set worked out once an agency, not a substring test per row per mention."""
    names = _agency_names(agency.words)
    return [r for r in pool if r.name in names]


def _of_term(pool: list[Rule], admin: str) -> list[Rule]:
    """The rows of ``pool`` printed while ``admin`` was in office (``namedrules.in_term``)."""
    from .namedrules import term_names

    names = term_names(admin)
    return pool if names is None else [r for r in pool if r.name in names]


_ABBREVIATION_AFTER = deferred(r"\s*\(([A-Z]{2,6})\)")


def _defines_tail(text: str, head_end: int, desc_end: int) -> bool:
    """Whether the words a description ends in are a term the text defines right after it
    ("its CAFE standards for model years (MY) 2027 through 2032"): the description then
    stops at the rule word, so that the term's letters are not taken for the rule's."""
    ab = _ABBREVIATION_AFTER.match(text, desc_end, desc_end + 12)
    if ab is None:
        return False
    letters = ab.group(1)
    words = re.findall(r"[A-Za-z][\w-]*", text[head_end:desc_end])[-len(letters) :]
    return "".join(w[0] for w in words).upper() == letters


def _mods_fit(m: re.Match[str]) -> bool:
    mods = (m.groupdict().get("mods") or "").split()
    return not any(_not_mod(w, i, len(mods), mods[i - 1] if i else "") for i, w in enumerate(mods))


def _not_mod(word: str, i: int, n: int, before: str = "") -> bool:
    """Whether ``word`` (the ``i``-th of ``n`` modifiers, after ``before``) ends a description
    before its rule word: a function word or verb, but not "and" between two modifiers, not a
    word for its list comma alone, and not a participle an adverb makes an adjective ("CMS's
    recently adopted rule", "the FTC's newly finalized rule")."""
    low = word.lower().rstrip(",")
    if low == "and":
        return not 0 < i < n - 1
    if before.lower() in PARTICIPLE_ADVERBS and low.endswith("ed"):
        return False
    return low in NOT_MOD or low in IRREGULAR_PAST


def find(doc: Doc, named: list[tuple[int, int, Rule | None]]) -> list[Found]:
    """Every rule named by its agency or administration in ``doc``. ``named`` are the rules
    the article names otherwise (span and the row chosen, if one was), in text order: they
    are not found again, and they tell which rule of an agency the article is about."""
    text = doc.text
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    heads = doc.hits("agency_rule")
    for ws, we in doc.windows("agency_rule"):
        for m in _matches(text, ws, we, heads):
            g = m.groupdict()
            s, e = m.start(), m.end()
            if (s, e) in seen or any(a < e and s < b for a, b, _ in named):
                continue
            seen.add((s, e))
            mods = (g.get("mods") or "").split()
            if any(_not_mod(w, i, len(mods), mods[i - 1] if i else "") for i, w in enumerate(mods)):
                continue
            if any(w.lower() in FUTURE_MODS for w in mods) or FUTURE().search(
                text, max(0, s - 50), s
            ):
                continue  # a rule still to come
            if OTHER.match(text, max(0, s - 6), s):
                continue  # "other Biden administration regulations addressing methane": not one
            if "Act" in mods and (g.get("head") or "").lower().endswith(("regulations", "rules")):
                # "its Telephone Consumer Protection Act (TCPA) regulations": the body of rules
                # it made under the act, not one rule the article names (census34)
                continue
            poss = g.get("poss") or g.get("poss2") or g.get("its")
            head = g.get("head") or ""
            admin = g.get("admin") or ""
            if admin and poss and " " not in admin and "-" not in admin and head[:1] in "bBmM":
                continue  # "Trump's ban on transgender troops": the president's own, an order
            # "its draft rule" is the proposal too
            low = text[max(0, s - 12) : e].lower()
            # (whole words: "its overdraft fee regulations" is no draft; census42 P4)
            proposed = "proposed" in low or _DRAFT_WORD.search(low) is not None
            plain_owner = (g.get("admin") or g.get("agency") or "") and not (
                poss or g.get("det") or (g.get("admin") or "").endswith(("era", "tion"))
            )
            verbs = [i for i, w in enumerate(mods) if re.search(r"[a-z](?:s|ed)$", w)]
            if plain_owner and verbs:
                # "FinCEN publishes final rule on beneficial ownership": the agency is the
                # subject, the rule is what follows the verb
                rest = mods[verbs[-1] + 1 :]
                first = (rest[0] if rest else head.split()[0]).lower()
                if first not in ("final", "interim", "new"):
                    continue
                proposed = proposed or mods[verbs[-1]].lower().startswith("propos")
                s = text.index(rest[0], m.start("mods")) if rest else m.start("head")
                mods, plain_owner = rest, False
            # a time before what the rule does ("a rule finalized by CMS in December that
            # repealed …", "its rule last month rescinding …"): skipped, and the rule's
            # printing dates when a verb of making or a description says it is its making
            # (the abbreviation the article gives the rules, in brackets, before what they
            # do: "the agency's drinking water standards (MCLs) for four PFAS chemicals")
            abbr = _RULES_ABBREVIATION.match(text, e)
            e_told = abbr.end() if abbr is not None else e
            timed = ruledates.TIME_AFTER.match(text, e_told)
            at = timed.end() if timed is not None else e_told
            repeal_m = REPEAL.match(text, at)
            desc_m = DESC().match(text, at)
            # (a time told as the rule's making, ", finalized in 2019,", dates it even
            # with no description after it)
            participle = timed is not None and _PARTICIPLE.match(text, e_told) is not None
            when = ruledates.window(timed, doc.date) if timed is not None else None
            if timed is not None and desc_m is None and repeal_m is None:
                at, timed = e_told, None
                desc_m = DESC().match(text, e_told)
                when = when if participle else None
            made = _MADE_BY.match(m.group(0)) is not None or m.re is _pattern_object()
            if when is None and made and (after := ruledates.TIME_AFTER.match(text, e)):
                when = ruledates.window(after, doc.date)  # "a rule finalized by CMS in May"
            if when is None and made:
                # "a rule finalized last month by the bureau": the time before "by"
                when = ruledates.told(text, m.start("head"), e, doc.date)
            desc, desc_end = _description(desc_m or repeal_m)
            undone_words = _description(repeal_m)[0]
            named_agency = g.get("agency")
            if g.get("its"):
                # "The SEC … its climate risk disclosure rule": the agency its sentence names
                sent = text[doc.sentence_start(s) : s]
                owners = list(agency_word().finditer(sent))
                # "its climate risk disclosure rule", or "its final rule concerning …": the
                # topic in the modifiers or in a description after the rule word
                if not owners or not (mods or DESC().match(text, e) or repeal_m is not None):
                    continue
                named_agency = owners[-1].group(0)
            agency = _agency_of(named_agency) if named_agency else None
            if g.get("owner"):
                # the name in the modifiers ("its newly tightened air quality standard"):
                # "the department's rule on …" is a back-reference or a rule ``_status_told``
                # reads
                named_by = [
                    w
                    for w in mods
                    if w.lower() not in PLAIN_MODS | PARTICIPLE_ADVERBS and not w.endswith("ed")
                ]
                told = " ".join(named_by) + " " + desc
                agency = _owner_agency(doc, s, g["owner"].lower())
                if (
                    not named_by
                    or agency is None
                    or not _best(of_agency(list(_pool(doc.date, proposed)), agency), told)[0]
                ):
                    continue  # "the agency's rule": a back-reference (``anaphora``), not this
            if g.get("generic"):
                sent_start = doc.sentence_start(s)
                agency = _generic_agency(doc, sent_start, m.end(), m.start("generic") - 4)
                if agency is None:
                    continue
            pool = list(_pool(doc.date, proposed))
            if agency is not None:
                pool = of_agency(pool, agency)
            else:
                pool = _of_term(pool, (g.get("admin") or "").split()[0].split("-")[0])
            if repeal_m is not None:
                # the rule that undoes the one named after it: a repealing row (or, when
                # the words read as a plain description too, "a new regulation that would
                # roll back …", the rule they fit); never the context's rule, the one undone
                cands, tied = _best_undoing(pool, undone_words, repeal_m)
                cands = (
                    _dated(cands, tied, when)
                    or _undoer(pool, undone_words, when, _finals_of(doc, agency, proposed))
                    or (_undoer_dated(pool, when) if agency is not None else [])
                )
                if cands or desc_m is None:
                    if not (cands or agency is not None):
                        continue
                    # the span stops at the rule word: the rule undone is its own mention
                    out.append(
                        Found(s, e, tuple(cands), proposed, agency, _terms("", undone_words))
                    )
                    continue
            cands, tied = _best(
                _plain(pool, " ".join(mods) + " " + desc), " ".join(mods) + " " + desc
            )
            if not cands and not proposed and doc.date and _pending_pool(doc.date):
                # a rule told before its final version was printed: its proposal, when it
                # fits the words best of the rules there were
                pending = list(_pending_pool(doc.date))
                if agency is not None:
                    pending = of_agency(pending, agency)
                else:
                    pending = _of_term(pending, (g.get("admin") or "").split()[0].split("-")[0])
                if pending and (now := _best(pool + pending, " ".join(mods) + " " + desc))[0]:
                    cands, tied = now
            if not cands and tied:
                # "its 2024 public lands rule": of the rules its words fit, that year's
                years = [int(w.rstrip(",")) for w in mods if YEAR_WORD.fullmatch(w.rstrip(","))]
                of_year = [r for r in tied if years and r.year == years[-1]]
                if len({_groups()[r.name] for r in of_year}) == 1:
                    cands, tied = of_year, []
            if (
                not cands
                and tied
                and (
                    any(w.lower() == "new" for w in mods)
                    or text[max(0, s - 4) : s].lower() == "new "
                )
            ):
                # "the new Biden asylum rule": of the rules its words fit alike, the one
                # printed in the months before the article
                cands = newest(tied, doc.date)
                if cands and text[max(0, s - 4) : s].lower() == "new ":
                    s -= 4
            if not cands:
                cands = _by_order(pool, _implemented_order(text, m.end()))
            if plain_owner or (head[:1].isupper() and not g.get("det") and not poss):
                # "Biden Border Rule", "EPA Rule" (a headline): only with its topic words,
                # or its name in its whole description ("a controversial Federal Trade
                # Commission (FTC) rule that sought to ban employers from using noncompete
                # agreements": the words past the sixth)
                if not cands and not tied and desc_m is not None:
                    cands = _whole_description(pool, text, desc_m, by_name=True)
                if not cands:
                    continue
            elif not cands:
                # the whole description before the sentences around it: "another late
                # Biden-era CFPB rule that would have let the agency's examiners determine
                # whether digital payment providers …" is not the rule the paragraph before
                # was about
                if desc_m is not None and not tied:
                    cands = _whole_description(pool, text, desc_m)
                if not cands:
                    cands = _named_inside(doc, named, s, pool)
                if not cands:
                    cands, near = _best(tied or pool, _around(doc, s, e))
                    if not cands and len(near) > 1:
                        cands = _before_tie(doc, s, e, near)
            if not cands and not plain_owner:
                before = {id(r): r for a, b, r in named if r is not None and b <= s and r in pool}
                if len({_groups()[r.name] for r in before.values()}) == 1:
                    cands = list(before.values())
            cands = _stated_year(cands, pool, mods, " ".join(mods) + " " + desc, (doc, s, e))
            # "CMS's interim final rule on nursing home staffing repeals …": of the agency's
            # interim final rules, the one its sentence tells
            sent_s, sent_e = doc.sentence_at(s)
            cands = _interim_first(cands, pool, text[sent_s:sent_e], "interim" in head.lower())
            if len({r.year for r in cands}) > 1 and (said := IN_YEAR.match(text, e)):
                # "the regulation issued by the DOL in 2021": that year's version
                cands = [r for r in cands if r.year == int(said.group(1))] or cands
            since = SINCE.search(text, doc.sentence_start(s), s) if cands else None
            if since is not None:
                # "Since the 1940s, the DOL’s regulations have required …": no rule printed
                # decades later
                was = int(since.group("year"))
                cands = [r for r in cands if (r.year or was) <= was]
            cands = _dated(cands, [], when)
            cands = _at_cited_part(cands, pool, text, e, agency, proposed)
            if cands and agency is not None and _untold_mod(cands, mods, agency):
                cands = []  # "the FCC's broadband privacy rules" is not its net neutrality order
            terms = _terms(" ".join(mods), desc)
            if not cands and not (terms and agency is not None):
                continue
            if head.lower() == "standard" and not cands:
                # "the EPA's standard for lead": a standard is often a part of some rule, or
                # another's; only one a row's words fit ("OSHA's proposed heat standard")
                continue
            if head.lower().startswith("requirement") and not (
                cands and any(w.lower() in NEW_MODS for w in mods)
            ):
                # "the FTC's new noncompete requirement" is its rule when a row fits; an
                # agency's requirement that is not called new ("the SEC's disclosure
                # requirements") is a provision of some rule, and one no row fits is not
                # one to search for
                continue
            if (
                desc_end is not None
                and timed is None
                and (cands or terms)
                and not _defines_tail(text, e, desc_end)
            ):
                e = desc_end
                noun_abbr = _DESC_ABBR.match(text, e)
                if noun_abbr is not None and (
                    (desc_m is not None and desc_m.group(0).lstrip().startswith("("))
                    or _abbreviates_tail(noun_abbr.group(1), desc)
                ):
                    # "… standard (NAAQS) for fine particulate matter (PM2.5)": the rule's
                    # abbreviation came first, or the letters are the last words' initials:
                    # the abbreviation is the described noun's, part of the mention
                    e = noun_abbr.end()
            elif (own := _DESC_ABBR.match(text, e)) is not None and _abbreviates_tail(
                own.group(1), head
            ):
                # "… (CMS) Interim Final Rule (IFR)": the rule word's own initials in brackets
                # after it are part of the mention, not a second one (census43)
                e = own.end()
            out.append(Found(s, e, tuple(cands), proposed, agency, terms))
    out += _introduced(doc, named, out)
    out += _in_a_rule(doc, named, out)
    out += _status_told(doc, named, out)
    out += _ordered(doc, named, out)
    out += _noticed(doc, named, out)
    return out + _described(doc, named, out)


# "… in a final rule …": the rule a thing named before it stands in (``find``)
IN_BEFORE = deferred(r"\b(?:set\s+(?:forth|out)\s+|contained\s+|included\s+)?in\s+(?:an?|the)?\s*$")


def _named_inside(
    doc: Doc, named: list[tuple[int, int, Rule | None]], s: int, pool: list[Rule]
) -> list[Rule]:
    """ "vacated the minimum staffing standards for nursing homes … in a final rule that had
    been issued by CMS": the rule its sentence named before "in a … rule" at ``s`` (one rule
    of the agency's ``pool``) stands in that rule; no other row the words around fit (the
    agency's name, "Medicare and Medicaid", is no description). Empty otherwise."""
    text = doc.text
    if not IN_BEFORE.search(text, max(0, s - 24), s):
        return []
    sent_s = doc.sentence_start(s)
    inside = {
        id(r): r for a, b, r in named if r is not None and sent_s <= a and b <= s and r in pool
    }
    if len({_groups()[r.name] for r in inside.values()}) != 1:
        return []
    return list(inside.values())


# An abbreviation in brackets right after a rule word: "standards (MCLs)", "rule (NPRM)"
_RULES_ABBREVIATION = deferred(r"\s*\((?:[A-Z]{2,6}s?)\)(?=\s)")


# "The Labor Department on Tuesday finalized a rule raising …", "the EPA issued new
# regulations on soot": a rule introduced as what its agency (named earlier in the sentence)
# did. The verb and the determiner come right before the rule word.
# (The verbs open on their first letters, grouped by it, each letter asking after it what
# ``\b`` before it asks: the regex engine skips ahead to those letters instead of trying every
# place before a rule word. Grouped: one look-behind a letter, not one a verb as
# ``trie.at_word_start`` writes them, which was slower than ``\b`` here. No verb is another's
# start followed by white space, so the order of the branches decides nothing.)
_INTRODUCING = (
    *("issued", "finalized", "finalised", "announced", "unveiled", "published", "adopted"),
    *("released", "promulgated", "proposed", "approved", r"rolled\s+out", r"put\s+forward"),
    *("enacted", "imposed", "filed", "issues", "finalizes", "announces", "unveils"),
    *("publishes", "adopts", "releases", "proposes", "approves", "files"),
    # a commission's vote told before its act: "the FTC voted to approve a final rule …"
    r"voted\s+(?:\d-\d\s+|unanimously\s+)?to\s+(?:approve|adopt|issue|finalize|finalise)",
)
_BY_LETTER: dict[str, list[str]] = {}
for _verb in _INTRODUCING:
    _BY_LETTER.setdefault(_verb[0], []).append(_verb[1:])
INTRODUCING_START = (
    "(?:" + "|".join(rf"{c}(?<!\w.)(?:{'|'.join(rests)})" for c, rests in _BY_LETTER.items()) + ")"
)
INTRODUCED = lazy(
    INTRODUCING_START
    # a proposal told by its notice: "published a Pre-Publication Notice proposing a rule"
    + r"(?:\s+(?P<notice>an?\s+(?:[Pp]re-?[Pp]ublication\s+)?[Nn]otice)\s+proposing(?=\s))?"
    + rf"\s+(?:(?P<det>an?|its|the|new|another)\s+|(?=(?:proposed|final|interim)\s))"
    rf"(?P<mods>(?:{MOD}\s+){{0,3}}?)"
    r"(?P<head>(?:[Ii]nterim\s+)?(?:[Ff]inal\s+)?(?:[Rr]ules?|[Rr]egulations?))$"
)


BARE_INTRODUCED = lazy(
    INTRODUCING_START + r"\s+(?P<det>)(?P<mods>)(?P<head>[Rr]ules|[Rr]egulations)$"
)


@cache
def _admin_owner() -> re.Pattern[str]:
    return re.compile(rf"\b({'|'.join(presidents(recent=True))})(?:\s+administration|-era)\b")


def _told_before(
    tied: list[Rule],
    named: list[tuple[int, int, Rule | None]],
    seen: list[Found],
    out: list[Found],
    s: int,
) -> list[Rule]:
    """Of rules tied for a phrase at ``s``, the one rule (its rows) that the article named
    or found for certain before it, else []."""
    before = {r.name for a, _b, r in named if r is not None and a < s}
    before |= {
        f.candidates[0].name
        for f in (*seen, *out)
        if f.start < s and len({c.name for c in f.candidates}) == 1
    }
    hit = {r.name for r in tied} & before
    return [r for r in tied if r.name in hit] if len(hit) == 1 else []


# Modifiers that count a rule as one more beside the one told: "a second PFAS regulation",
# "a separate rule".
ORDINAL_MODS = frozenset({"second", "third", "separate", "another", "additional", "companion"})


def _told_rules(
    named: list[tuple[int, int, Rule | None]], seen: list[Found], out: list[Found], s: int
) -> set[int]:
    """The groups of the rules the article named or found for certain before ``s``."""
    told = {group_of(r.name) for a, _b, r in named if r is not None and a < s}
    told |= {
        group_of(f.candidates[0].name)
        for f in (*seen, *out)
        if f.start < s and len({group_of(c.name) for c in f.candidates}) == 1
    }
    return told


class _Taken(list[tuple[int, int]]):
    """The spans already taken: a list, with a ``SpanSet`` beside it for ``overlaps``, which
    answers ``any(a < end and start < b for a, b in taken)`` by bisection, not by reading
    every span (a long document's rule words times its rules)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        super().__init__(spans)
        self._set = SpanSet(spans)

    def append(self, span: tuple[int, int]) -> None:
        super().append(span)
        self._set.add(*span)

    def overlaps(self, start: int, end: int) -> bool:
        return self._set.overlaps(start, end)


def _introduced(
    doc: Doc, named: list[tuple[int, int, Rule | None]], seen: list[Found]
) -> list[Found]:
    """Rules introduced as what an agency did ("The FTC on Tuesday finalized a rule banning
    noncompetes"): the agency is the last one its sentence names before the verb; which rule
    is told by the words after the rule word, then by the sentence (``_best``)."""
    text = doc.text
    out: list[Found] = []
    taken = _Taken([(a, b) for a, b, _ in named] + [(f.start, f.end) for f in seen])
    for hs, he in doc.hits("agency_rule"):
        if not text[hs:he].lower().startswith(("rule", "regulation")):
            continue
        if taken.overlaps(hs, he):
            continue  # (a rule word inside a rule already found: no verb asked for)
        m = INTRODUCED().search(text, max(0, hs - 70), he)
        if m is None and text[hs:he].lower() in ("rules", "regulations"):
            # "the DOL issued regulations implementing the EO": no determiner, the order told
            m = BARE_INTRODUCED().search(text, max(0, hs - 40), he)
            # (or the year the rules were made, told right after them: "the Department of
            # Health and Human Services adopted rules in 2016 that …", twenty-fifth session)
            bare_year = m is not None and IN_YEAR.match(text, he) is not None
            if m is not None and _implemented_order(text, he) is None and not bare_year:
                m = None
        undone = m is None and (m := UNDONE().search(text, max(0, hs - 70), he)) is not None
        if m is None:
            continue
        mods = m.group("mods").split()
        if any(w.lower() in NOT_MOD - {"proposed"} for w in mods):
            continue
        sent = doc.sentence_start(m.start())
        if any(sent <= a < m.start() for a, _ in taken):
            continue  # its sentence named a rule already: "… and the agency published a rule"
        if undone:
            if (f := _undone(doc, m, sent)) is not None:
                taken.append((f.start, f.end))
                out.append(f)
            continue
        owners = list(agency_word().finditer(text, sent, m.start()))
        agency = _agency_of(owners[-1].group(0)) if owners else None
        if agency is None and not owners:
            # "the bureau finalized a rule …": the agency named shortly before
            agency = _generic_agency(doc, sent, m.start())
        s, e = (m.start("det") if m.group("det") else m.start("mods")), he
        notice = m.groupdict().get("notice")
        if notice:
            s = m.start("notice")
        proposed = m.group(0).lower().startswith("propos") or "proposed" in mods or bool(notice)
        # (a time may stand between the rule word and what the rule does: "a final rule in
        # December repealing …"; it tells which row, by its printing date)
        timed = ruledates.TIME_AFTER.match(text, e)
        at = timed.end() if timed is not None else e
        # a rule that undoes ("a rule that rescinds …") before a plain description
        repeal_m = REPEAL.match(text, at)
        desc_m = DESC().match(text, at)
        desc, desc_end = _description(desc_m or repeal_m)
        undone_words = _description(repeal_m)[0]
        when = _when_told(doc, timed, max(sent, m.start() - 60), m.start(), desc_end)
        pool = list(_pool(doc.date, proposed))
        if agency is not None:
            pool = of_agency(pool, agency)
        else:
            # "The Biden administration on Friday finalized a rule …": that term's rules
            admin = _admin_owner().search(text, sent, m.start())
            if admin is None:
                continue
            pool = _of_term(pool, admin.group(1))
        if repeal_m is not None:
            # "EPA finalized its rule rescinding the 2009 Endangerment Finding": a repealing
            # row or none, never the rule undone (which the sentence names); words that
            # read as a plain description too ("a rule that would roll back …") fall back
            # on it when no repealing row fits
            cands, tied = _best_undoing(pool, undone_words, repeal_m)
            cands = (
                _dated(cands, tied, when)
                or _undoer(pool, undone_words, when, _finals_of(doc, agency, proposed))
                or (_undoer_dated(pool, when) if agency is not None else [])
            )
            if cands or desc_m is None:
                if cands or agency is not None:
                    taken.append((s, e))  # the rule undone after it is its own mention
                    out.append(
                        Found(s, e, tuple(cands), proposed, agency, _terms("", undone_words))
                    )
                continue
        ordinal = bool({w.lower() for w in mods} & ORDINAL_MODS) or m.group("det") == "another"
        if ordinal:
            # "the EPA also issued a second PFAS regulation designating …": never the rule
            # the article named before it; which one, its words and its sentence tell
            before = _told_rules(named, seen, out, s)
            pool = [r for r in pool if group_of(r.name) not in before]
        sentence = _without_others(text[sent : doc.sentence_at(e)[1]])
        # (one more rule of a topic is told by the whole of its sentence, not by the topic
        # word it shares with the rule before: "… designating … as hazardous substances")
        cands, tied = _best(pool, sentence) if ordinal else ([], [])
        if not cands:
            cands, tied = _best(pool, " ".join(mods) + " " + desc)
        if not cands:
            cands = _by_order(pool, _implemented_order(text, he))
        if not cands and not tied:
            # the whole sentence, as the sentence splitter ends it (not at "45 C.F.R. Part");
            # a rule the rest of it says undoes another is a repealing row first
            if UNDOING_VERB.search(text, e, doc.sentence_at(e)[1]):
                cands, tied = _best(_repeals(pool), sentence)
            if not cands and not tied:
                cands, tied = _best(pool, sentence)
            if not cands and not tied and agency is not None and not desc:
                # "The FTC on Tuesday finalized a rule. It bans noncompetes …": the
                # sentence after it tells what the rule does
                cands, tied = _best(pool, doc.around(s, e, before=0, after=1))
        cands = _dated(cands, tied, when)
        if not cands and tied:
            # two rules fit its words alike: the one the article has already named is meant
            # ("… the DOL's 2024 farmworker rule … the DOL released a final rule designed
            # to …"), never a guess between two it has not
            cands = _told_before(tied, named, seen, out, s)
        if not cands and len(tied) > 1 and agency is not None:
            # "the DOT released a final rule that will require airlines to meet stricter
            # standards for accommodating wheelchair users": the words after the rule word
            # hold only a topic several of the agency's rules share ("airlines"); of those
            # rules, the one its sentence and the two before it fit best (the shared topic
            # counts alike for each, so only a word of one of them decides; census45 P1).
            # Nothing when they tie there too.
            cands = _before_tie(doc, s, e, tied)
        if not cands and when is not None and agency is not None:
            # "In May 2024, CMS released a final rule requiring nursing facilities to …" after
            # the article named the agency's rule printed that month: that rule (one rule)
            dated = {
                id(r): r
                for a, b, r in named
                if r is not None and b <= s and r in pool and ruledates.in_window(r, when)
            }
            if len({group_of(r.name) for r in dated.values()}) == 1:
                cands = list(dated.values())
        cands = _interim_first(cands, pool, sentence, "interim" in m.group("head").lower())
        terms = _terms(" ".join(mods), desc)
        if not cands and (proposed or not terms or agency is None):
            continue
        said = None if m.group("det") or mods else IN_YEAR.match(text, he)
        if said is not None and (len({r.year for r in cands}) != 1 or agency is None):
            continue  # "adopted rules in 2016": only the one rule of the agency that year
        if said is not None:
            e = said.end()  # "rules in 2016" (what the rules did is no part of it)
        elif desc_end is not None:
            e = desc_end
        taken.append((s, e))
        out.append(Found(s, e, tuple(cands), proposed, agency, terms))
    return out


# the making told after a rule's words: ", finalized in April,", "which was issued in 2019"
_PARTICIPLE = deferred(
    r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:finalized|finalised|issued|adopted|"
    r"published|announced|unveiled|released)\s"
)
# "a rule finalized by CMS", "a regulation issued by the FTC": the agency's making told
_MADE_BY = deferred(
    r".*\b(?:issued|adopted|finalized|published|announced|proposed)\s+"
    rf"(?:{VERB_TIME}\s+)?(?:by|from)\b"
)
# A verb that undoes a rule, after a rule word in its sentence ("… a final rule Friday,
# repealing the standards")
UNDOING_VERB = deferred(
    r"\b(?:rescind(?:s|ed|ing)?|repeal(?:s|ed|ing)?|revok(?:es|ed|ing)|roll(?:s|ed|ing)?\s+back)\b"
)


def _when_told(
    doc: Doc, timed: re.Match[str] | None, a: int, b: int, desc_end: int | None
) -> ruledates.Window | None:
    """When the article says the rule was made: the time right after its rule word ("a rule
    in May …"), else one between its agency and the verb ("The FTC last month finalized
    …", ``text[a:b]``), else one right after its description ("… banning noncompetes in
    April")."""
    if timed is not None:
        return ruledates.window(timed, doc.date)
    w = ruledates.told(doc.text, a, b, doc.date)
    if w is None and desc_end is not None:
        after = ruledates.TIME_AFTER.match(doc.text, desc_end)
        w = ruledates.window(after, doc.date) if after is not None else None
    return w


def _undoer(
    pool: list[Rule],
    desc: str,
    when: ruledates.Window | None,
    undone_in: list[Rule] | None = None,
) -> list[Rule]:
    """The row that undoes the rule a description names ("a final rule rescinding the 2018
    association health plan rule"): the one undoing row of ``pool`` printed after the rule
    the words name (one rule, not itself an undoing) and in its C.F.R. part (and when the
    article says, if it does); else none. ``undone_in``: where the rule undone is looked for
    when ``pool`` cannot hold it (a pool of proposals: "the department's proposed rule would
    rescind the 2013 home care rule" undoes a final rule)."""
    among = pool if undone_in is None else undone_in
    undone, _ = _best([r for r in among if r not in _repeals(among)], desc)
    parts = {r.cfr for r in undone}
    if not undone or len(parts) != 1 or None in parts:
        return []
    first = min(r.published or "9" for r in undone)
    later = [r for r in _repeals(pool) if r.cfr in parts and (r.published or "") > first]
    later = ruledates.of_window(later, when)
    return later if len({r.target for r in later}) == 1 else []


def _best_undoing(
    pool: list[Rule], undone_words: str, repeal_m: re.Match[str]
) -> tuple[list[Rule], list[Rule]]:
    """The undoing rows of ``pool`` the words after the undoing verb fit: its first six words
    (``_description``), else all of them up to the clause's end ("… revoked a 2009 government
    declaration known as the endangerment finding": the name past the sixth word)."""
    cands, tied = _best(_repeals(pool), undone_words)
    if not cands and not tied and repeal_m.group("desc") != undone_words:
        cands, tied = _best(_repeals(pool), repeal_m.group("desc"))
    if not cands and len(tied) > 1:
        # "… that repealed the primary basis for federal regulation of greenhouse gas
        # emissions and eliminated vehicle emissions standards": the rules its first words
        # tie are told apart by the rest of its clause (one of the tied rules, or none)
        rest = _CLAUSE_REST.match(repeal_m.string, repeal_m.end("desc"))
        if rest is not None and rest.group(0).strip():
            longer, _ = _best(tied, repeal_m.group("desc") + rest.group(0))
            if longer:
                return longer, []
    return cands, tied


# The rest of an undoing verb's clause past the words ``REPEAL`` keeps (its ninety
# characters): up to the sentence's or the clause's end
_CLAUSE_REST = deferred(r"[^.;:()\n—–]{0,120}")


def _undoer_dated(pool: list[Rule], when: ruledates.Window | None) -> list[Rule]:
    """The agency's one undoing row printed when the article says its rule was made ("On
    April 29, 2024, the department released a final rule rescinding the 2018 rule entitled
    …", whose title no row's words fit): none without a time told, or when two fit it."""
    if when is None:
        return []
    dated = ruledates.of_window(_repeals(pool), when)
    return dated if len({_groups()[r.name] for r in dated}) == 1 else []


def _finals_of(doc: Doc, agency: Agency | None, proposed: bool) -> list[Rule] | None:
    """The agency's final rules, where a proposal's undone rule is looked for (None when the
    pool is of final rules already, or no agency is named)."""
    if not proposed or agency is None:
        return None
    return of_agency(list(_pool(doc.date, False)), agency)


def _dated(cands: list[Rule], tied: list[Rule], when: ruledates.Window | None) -> list[Rule]:
    """The rule the words chose (or the one of the rules tied for them) printed when the
    article says it was made; none when it was printed at another time, or when two rules
    still fit. Without a time told, ``cands``."""
    if when is None or not (cands or tied):
        return cands
    dated = ruledates.of_window(cands or tied, when)
    if len({_groups()[r.name] for r in dated}) > 1:
        return []
    return dated


# "the bureau", "the agency", "the department", "the commission", "the board" right before the
# verb: the agency named shortly before
_GENERIC_SUBJECT = deferred(
    r"\b[Tt]he\s+(?P<word>[Cc]ommission|[Aa]gency|[Bb]oard|[Bb]ureau|[Dd]epartment)\b"
    # (not the first word of a name: "the Department of Energy", "the Board of Governors")
    r"(?![-'’]|\s+(?:of|for|on)\b|\s+[A-Z])"
)


def _generic_agency(doc: Doc, sent: int, verb: int, at: int | None = None) -> Agency | None:
    """The agency "the bureau", "the agency" … in the sentence before the verb stands for:
    the last one named in the sentences shortly before whose name holds the word (any
    agency for "the agency"). ``at``: where the generic word's "the" stands, when known
    ("a rule finalized by the bureau")."""
    text = doc.text
    if at is not None:
        generics = [g] if (g := _GENERIC_SUBJECT.match(text, at)) is not None else []
    else:
        generics = list(_GENERIC_SUBJECT.finditer(text, sent, verb))
        if generics and verb - generics[-1].end() > 40:
            return None
    if not generics:
        return None
    word = generics[-1].group("word").lower()
    for named in reversed(list(agency_word().finditer(text, max(0, sent - _OWNER_REACH), sent))):
        found = _agency_of(named.group(0))
        if found is None:
            continue
        if word == "agency" or any(word in w.lower() for w in (named.group(0), *found.words)):
            return found
        return None  # the agency named last is of another kind: which one is not told
    return None


_DESC_ABBR = deferred(r"\s*\(([A-Z][A-Za-z0-9.]{1,7})\)")


def _abbreviates_tail(abbr: str, desc: str) -> bool:
    """Whether the capitals of ``abbr`` are the initials of the last words of ``desc``
    ("PM2.5" of "fine particulate matter")."""
    letters = "".join(c for c in abbr if c.isupper())
    words = desc.split()
    return (
        len(letters) >= 2
        and len(words) >= len(letters)
        and "".join(w[0].upper() for w in words[-len(letters) :]) == letters
    )


def _owner_agency(doc: Doc, at: int, word: str) -> Agency | None:
    """The agency "the agency's" (or "the department's" …) at ``at`` stands for: the one named
    last in its sentence before it or in the sentence before, when that one is of the word's
    kind (any agency for "agency")."""
    text = doc.text
    lo = doc.sentence_start(max(0, doc.sentence_start(at) - 2))
    for named in reversed(list(agency_word().finditer(text, lo, at))):
        found = _agency_of(named.group(0))
        if found is None:
            continue
        if word == "agency" or any(word in w.lower() for w in (named.group(0), *found.words)):
            return found
        return None
    return None


# "In a final rule published Tuesday, the bureau rescinded …", "In a rule issued in April,
# the Labor Department raised …": the rule is what its agency, the clause's subject, did.
IN_A_RULE = lazy(
    r"\b[Ii]n\s+(?P<det>an?|its)\s+(?P<mods>(?:(?:new|final|interim|latest|\d{4})\s+){0,3})"
    r"(?P<head>rule|regulation)$"
)
_CLAUSE_AFTER = lazy(
    r"(?:\s+(?:published|issued|finalized|released|announced|unveiled)\b[^,.;:()\n]{0,60})?,\s+"
)
_VERB_AFTER_AGENCY = lazy(
    r"\s+(?P<verb>rescinded|repealed|rolled\s+back|revoked|withdrew|reversed|scrapped"
    r"|[a-z]+ed|set|cut|made|gave|put)\s+(?P<rest>[^.;:\n]{2,160})"
)


# Verbs of saying: what follows them is the agency's words, not what the rule does.
_TELLING = frozenset({
    "argued", "noted", "stated", "explained", "acknowledged", "claimed", "added", "estimated",
    "concluded", "found", "asserted", "contended", "determined", "cited", "predicted",
    "warned", "insisted", "reasoned", "observed", "emphasized", "stressed",
})  # fmt: skip


def _in_a_rule(
    doc: Doc, named: list[tuple[int, int, Rule | None]], seen: list[Found]
) -> list[Found]:
    """Rules told as the setting of what an agency did ("In a final rule published Tuesday,
    the Bureau of Land Management rescinded the conservation framework for public lands"):
    the agency is the clause's subject right after the comma (or "the bureau" for one named
    before); the rule is the one of its rows that the words after the verb fit, a repealing
    row when the verb undoes (or the one repeal of the rule those words name), and printed
    when the words before the comma say, if they do."""
    text = doc.text
    out: list[Found] = []
    taken = _Taken([(a, b) for a, b, _ in named] + [(f.start, f.end) for f in seen])
    for hs, he in doc.hits("agency_rule"):
        if text[hs:he] not in ("rule", "regulation"):
            continue
        if taken.overlaps(hs, he):
            continue  # (a rule word inside a rule already found: no verb asked for)
        m = IN_A_RULE().search(text, max(0, hs - 40), he)
        if m is None:
            continue
        clause = _CLAUSE_AFTER().match(text, he)
        if clause is None:
            continue
        subject = clause.end()
        owner = agency_word().match(
            text, subject + 4 if text.startswith(("the ", "The "), subject) else subject
        )
        if owner is not None:
            agency, after = _agency_of(owner.group(0)), owner.end()
        else:
            generic = _GENERIC_SUBJECT.match(text, subject)
            if generic is None:
                continue
            agency = _generic_agency(doc, doc.sentence_start(hs), generic.end(), subject)
            after = generic.end()
        verb = _VERB_AFTER_AGENCY().match(text, after)
        if agency is None or verb is None or verb.group("verb") in _TELLING:
            continue  # ("In a rule issued Friday, the EPA argued that …": what it says)
        when = ruledates.told(text, he, clause.end(), doc.date)
        rest = verb.group("rest")
        pool = of_agency(list(_pool(doc.date, False)), agency)
        if UNDOING_VERB.match(verb.group("verb")):
            cands, tied = _best(_repeals(pool), rest)
            cands = _dated(cands, tied, when) or _undoer(pool, rest, when)
        else:
            cands, tied = _best(pool, rest)
            cands = _dated(cands, tied, when)
        if not cands:
            continue
        s = m.start("det")
        taken.append((s, he))
        out.append(Found(s, he, tuple(cands), False, agency, ""))
    return out


# "The proposed rule published in March would rescind …", "the department's proposed rule,
# issued in July, that would …", "the final rule the agency issued last spring repeals …": a
# rule told by its status or by "the agency's", its agency named only in the sentences
# before, and what it does right after it (a time, or "the agency issued …", between).
STATUS_TOLD = lazy(
    r"(?<![\w-])(?P<det>[Tt]he|[Aa]n?)\s+"
    r"(?:(?P<generic>agency|department|bureau|commission|board)['’]s\s+"
    # (the day it was issued: "the department’s October 31 final rule"; not read as a window,
    # a rule is often printed days after the day its agency announced it)
    rf"(?:{ruledates.MONTH}\s+[1-3]?\d(?!\d)(?:,\s+(?:19|20)\d\d,?)?\s+(?=final|proposed|interim))?)?"
    r"(?P<status>(?:proposed|draft|interim\s+final|final|new)\s+)?"
    r"(?P<head>rules?|regulations?)$"
)
_STATUS_CLAUSE = lazy(
    r"\s+(?:that\s+|which\s+)?the\s+(?P<generic>agency|department|bureau|commission|board)"
    r"\s+(?P<verb>issued|proposed|finalized|published|released|unveiled|adopted)"
    rf"(?:\s+(?P<when>{ruledates._TIME}))?,?"
)
_STATUS_TIMED = lazy(
    rf",?\s+(?P<verb>proposed|finalized|published|issued)\s+(?P<when>{ruledates._TIME}),?"
)
# what the rule does, said by its own verb ("… would end protections for …")
_STATUS_DOES = lazy(
    r"\s+(?:would|will)\s+(?!be\b|have\b|not\b)[a-z]+\s+(?P<desc>[^.;:()\n,—–]{2,90})"
)


def _context_agency(doc: Doc, s: int, generic: str | None) -> Agency | None:
    """The agency a rule told without one is of: the one agency named in its sentence (before
    or after it) and the two before (of the generic word's kind, when one is said); none
    when two are."""
    sents = doc.sentence_starts
    i = doc.sentence_index(s)
    lo = sents[max(0, i - 2)]
    found: dict[str, Agency] = {}
    # (and the rest of its sentence: "…, the Department of Homeland Security said")
    for named in agency_word().finditer(doc.text, lo, doc.sentence_at(s)[1]):
        a = _agency_of(named.group(0))
        if a is None:
            continue
        if (
            generic
            and generic != "agency"
            and not any(generic in w.lower() for w in (named.group(0), *a.words))
        ):
            continue
        found[a.pattern] = a
    return next(iter(found.values())) if len(found) == 1 else None


_PROPOSAL_REACH = 1500


def _proposal_before(
    at: int,
    named: list[tuple[int, int, Rule | None]],
    found: list[Found],
    when: ruledates.Window | None,
) -> Rule | None:
    """The proposal of the rule told last before ``at`` (within ``_PROPOSAL_REACH``), when
    that is a final row: the one proposed row of its C.F.R. part printed before it (within
    three years, an undoing for an undoing), printed when the words say; else None (when
    the article told a proposal before, "the proposed rule" is ``anaphora``'s)."""
    told = [(b, -a, r) for a, b, r in named if r is not None]
    told += [(f.end, -f.start, f.candidates[0]) for f in found if len(f.candidates) == 1]
    told = [t for t in told if t[0] <= at]
    if not told or any(r.proposed for _, _, r in told):
        return None  # (a proposal told before: "the proposed rule" is that one's, anaphora's)
    # (the last told, the longest of those ending there: "rescission of the Public Lands
    # Rule", not the rule named inside it)
    _, start, final = max(told, key=itemgetter(0, 1))
    if at + start > _PROPOSAL_REACH or not final.published or not final.cfr:
        return None
    undoes = bool(_repeals([final]))
    year = int(final.published[:4])
    cands = [
        r
        for r in rules()
        if r.proposed
        and r.cfr == final.cfr
        and r.published
        and r.published < final.published
        and int(r.published[:4]) >= year - 3
        and bool(_repeals([r])) == undoes
    ]
    cands = ruledates.of_window(cands, when)
    return cands[0] if len(cands) == 1 else None


def _status_told(
    doc: Doc, named: list[tuple[int, int, Rule | None]], seen: list[Found]
) -> list[Found]:
    """Rules told by status or "the agency's" with the agency named before (``STATUS_TOLD``):
    the one row of that agency (a proposal when the words say proposed) that what follows
    fits — a repealing row when it undoes — printed when the words say; else none (never a
    search: "the final rule" alone is a back-reference, ``anaphora``'s)."""
    text = doc.text
    out: list[Found] = []
    taken = _Taken([(a, b) for a, b, _ in named] + [(f.start, f.end) for f in seen])
    for hs, he in doc.hits("agency_rule"):
        m = STATUS_TOLD().search(text, max(0, hs - 45), he)
        if m is None or taken.overlaps(m.start(), he):
            continue
        generic = m.group("generic")
        status = (m.group("status") or "").strip().lower()
        at = he
        verb = ""
        when = None
        clause = _STATUS_CLAUSE().match(text, at) or _STATUS_TIMED().match(text, at)
        if clause is not None:
            verb = clause.group("verb")
            generic = generic or clause.groupdict().get("generic")
            if clause.group("when"):
                when = ruledates.window(clause, doc.date)
            at = clause.end()
        repeal_m = REPEAL.match(text, at)
        # ("the latest action, a rule rescinding …": an indefinite rule that undoes)
        indefinite_undoing = m.group("det").lower() != "the" and repeal_m is not None
        if not (status or generic or clause is not None or indefinite_undoing):
            continue  # "the rule would …": a back-reference
        desc_m = DESC().match(text, at) or _STATUS_DOES().match(text, at)
        if repeal_m is None and desc_m is None:
            if status in ("proposed", "draft") and m.group("det").lower() == "the":
                # "The proposed rule, published in September, drew 200,000 comments" after
                # the final rule: that rule's proposal
                proposal = _proposal_before(m.start(), named, out + seen, when)
                if proposal is not None:
                    taken.append((m.start(), he))
                    out.append(Found(m.start(), he, (proposal,), True, None, "", True))
            continue
        desc_end = _description(repeal_m or desc_m)[1]
        if clause is None and desc_end is not None:
            # the status or time told after what the rule does ("the department's rule on
            # companionship services, proposed in July")
            late = _STATUS_TIMED().match(text, desc_end)
            if late is not None:
                verb = late.group("verb")
                when = ruledates.window(late, doc.date)
        agency = _context_agency(doc, m.start(), generic)
        if agency is None:
            continue
        proposed = status in ("proposed", "draft") or verb == "proposed"
        pool = of_agency(list(_pool(doc.date, proposed)), agency)
        if repeal_m is not None:
            words = _description(repeal_m)[0]
            cands, tied = _best(_repeals(pool), words)
            cands = _dated(cands, tied, when) or _undoer(
                pool, words, when, _finals_of(doc, agency, proposed)
            )
        else:
            words = _description(desc_m)[0]
            cands, tied = _best(pool, words)
            cands = _dated(cands, tied, when)
        cands = _interim_first(cands, pool, words, "interim" in status)
        if not cands or len({_groups()[r.name] for r in cands}) > 1:
            continue
        taken.append((m.start(), he))
        out.append(Found(m.start(), he, tuple(cands), proposed, agency, ""))
    return out


# "The bureau rescinded a 2024 rule that …", "the agency repealed its rule on …": the rule
# an agency (named earlier in the sentence) undid, the verb and the determiner right before
# the rule word.
UNDONE = lazy(
    r"\b(?:rescinded|repealed|rolled\s+back|revoked|scrapped|withdrew|reversed|undid|"
    r"rescinds|repeals|rolls\s+back|revokes|scraps|reverses|undoes|(?:is|are)\s+rolling\s+back|"
    r"(?:is|are)\s+(?:rescinding|repealing|revoking|scrapping|reversing))\s+"
    rf"(?P<det>an?|its|the)\s+(?P<mods>(?:{MOD}\s+){{0,3}}?)"
    r"(?P<head>(?:[Ff]inal\s+)?(?:[Rr]ules?|[Rr]egulations?))$"
)


def _undone(doc: Doc, m: re.Match[str], sent: int) -> Found | None:
    """The rule an agency undid ("The Bureau of Land Management in May rescinded a 2024 rule
    that put conservation on par with drilling"): a row of that agency (the last named in
    the sentence before the verb, or "the bureau" for one named shortly before) that
    undoes nothing, told by the rule's year and the words after it, never the repeal itself
    (the verb's time is the undoing's, not the rule's). Only a year or a description tells
    it: "the agency rescinded the rule" is a back-reference."""
    text = doc.text
    owners = list(agency_word().finditer(text, sent, m.start()))
    agency = _agency_of(owners[-1].group(0)) if owners else _generic_agency(doc, sent, m.start())
    if agency is None:
        return None
    mods = m.group("mods").split()
    e = m.end()
    desc_m = DESC().match(text, e)
    desc, desc_end = _description(desc_m)
    if not (desc or any(YEAR_WORD.fullmatch(w.rstrip(",")) for w in mods)):
        return None
    repeals = _repeals(list(_pool(doc.date, False)))
    pool = [r for r in of_agency(list(_pool(doc.date, False)), agency) if r not in repeals]
    words = " ".join(mods) + " " + desc
    cands, tied = _best(pool, words)
    if not cands and tied:
        years = [int(w.rstrip(",")) for w in mods if YEAR_WORD.fullmatch(w.rstrip(","))]
        of_year = [r for r in tied if years and r.year == years[-1]]
        if len({_groups()[r.name] for r in of_year}) == 1:
            cands = of_year
    cands = _stated_year(cands, pool, mods, words)
    if not cands:
        return None
    s = m.start("det")
    return Found(s, desc_end or e, tuple(cands), False, agency, _terms(" ".join(mods), desc))


def unresolved(f: Found, text: str) -> Mention:
    """An agency's rule the table has no row for: linked to a Federal Register search."""
    assert f.agency is not None
    return Mention(
        f.start,
        f.end,
        text[f.start : f.end],
        "regulation",
        None,
        confidence=0.6,
        url=federal_register_agency_search(f.agency.slug, f.agency.words[0], f.terms),
        evidence="a rule of the agency; not in linker's list, linked to a search",
        matcher="regulations",
    )


# "to block a rule prohibiting employers from retaliating against workers …", "A long-delayed
# federal rule intended to protect student loan borrowers …": a rule told only by what it
# does, in a sentence that names its agency or administration before or after it.
DESCRIBED = deferred(
    # (no modifier is a determiner: "The judge stopped a rule that …" opens on "a")
    rf"\b(?P<det>[Aa]n?|[Tt]he)\s+(?P<mods>(?:(?![Aa]n?\s|[Tt]he\s){MOD}\s+){{0,3}}?)"
    r"(?P<head>(?:[Ii]nterim\s+)?(?:[Ff]inal\s+)?(?:rules?|regulations?))$"
)


# The statute section a described rule carries out: "… under Section 1557 of the …",
# "implementing Title IX" (a row's alias may be that section's name)
UNDER_SECTION = deferred(
    r"\b(?:under|implementing|interpreting|carrying\s+out)\s+(?:Section|Title)\s+[0-9IVX]+[A-Za-z]?\b"
)


# The verb that makes the rule after it a proposal ("DHS proposed a rule that would …",
# "the agency has proposed new regulations …"), right before its determiner.
PROPOSING = deferred(r"\b(?:proposed|proposes)\s+(?:(?:new|draft)\s+)?$")


def _described(
    doc: Doc, named: list[tuple[int, int, Rule | None]], seen: list[Found]
) -> list[Found]:
    """Rules described by what they do ("a rule prohibiting …", "a regulation that would roll
    back …", "a rule aimed at reducing …") whose sentence names one agency or administration
    (the last before the rule, else the first after it). Only a row whose aliases or topics
    stand in the description counts: no search is made for such a loose phrase."""
    text = doc.text
    out: list[Found] = []
    taken = _Taken([(a, b) for a, b, _ in named] + [(f.start, f.end) for f in seen])
    for hs, he in doc.hits("agency_rule"):
        # also the plural: "the rules regarding disclosure of issuer share repurchases"
        if text[hs:he].lower() not in ("rule", "regulation", "rules", "regulations"):
            continue
        if taken.overlaps(hs, he):
            continue  # (a rule word inside a rule already found: no verb asked for)
        # (a time first: "a rule finalized last month that rescinds …")
        timed = ruledates.TIME_AFTER.match(text, he)
        at = timed.end() if timed is not None else he
        repeal_m = REPEAL.match(text, at)
        desc_m = repeal_m or DESC().match(text, at)
        if desc_m is None:
            continue
        m = DESCRIBED.search(text, max(0, hs - 50), he)
        if m is None:
            continue
        mods = m.group("mods").split()
        if any(w.lower() in NOT_MOD or w.lower() in FUTURE_MODS for w in mods):
            continue
        if FUTURE().search(text, max(0, m.start() - 50), m.start()):
            continue
        desc, desc_end = _description(desc_m)
        if not desc or desc_end is None:
            continue
        sent = doc.sentence_start(m.start())
        stop = text.find(". ", desc_end)
        stop = stop if stop >= 0 else len(text)
        owners = list(agency_word().finditer(text, sent, m.start()))
        owner = owners[-1] if owners else agency_word().search(text, desc_end, stop)
        agency = _agency_of(owner.group(0)) if owner else None
        # "DHS proposed a rule that would …": the verb makes it the proposal
        proposed = "proposed" in mods or PROPOSING.search(text, max(0, m.start() - 40), m.start())
        pool = list(_pool(doc.date, bool(proposed)))
        anyone = False
        if agency is not None:
            pool = of_agency(pool, agency)
        elif (admin := _admin_owner().search(text, sent, stop)) is not None:
            pool = _of_term(pool, admin.group(1))
        elif "federal" in (w.lower() for w in mods) or UNDER_SECTION.search(desc_m.group("desc")):
            # "a new federal rule that would expand overtime pay": any agency's, told by the
            # rule's name in its description (its topic words alone are too loose); so too
            # "a rule that sought to widen … under Section 14 of the … Act", the section it
            # carries out being a row's alias (twenty-fourth session)
            anyone = True
        elif (context := _context_agency(doc, m.start(), None)) is not None and (
            m.group("det").lower() != "the"
        ):
            # "A rule implementing a minimum wage hike for federal contractors is also …" in
            # a paragraph about one agency ("The DOL also issued …"): that agency's rows,
            # told by the description alone
            agency = context
            pool = of_agency(pool, agency)
        else:
            continue
        # the whole description, not its first words: "intended to protect student loan
        # borrowers who were defrauded by their schools" is about defrauded borrowers
        when = ruledates.window(timed, doc.date) if timed is not None else None
        words = " ".join(mods) + " " + desc_m.group("desc")
        if repeal_m is not None:
            # "to block a rule that rescinds …": a repealing row, never the rule undone; else
            # the rule the words fit as a plain description ("a new regulation that would roll
            # back health care protections")
            cands, tied = _best(_repeals(pool), desc)
            cands = _dated(cands, tied, when) or _undoer(pool, desc, when)
            if cands:
                taken.append((m.start(), he))
                out.append(Found(m.start(), he, tuple(cands), bool(proposed), agency, ""))
                continue
            if (desc_m := DESC().match(text, at)) is None:
                continue
            desc, desc_end = _description(desc_m)
            if not desc or desc_end is None:
                continue
            words = " ".join(mods) + " " + desc_m.group("desc")
        inside = _named_inside(doc, named, m.start(), pool)
        if inside:
            cands, tied = inside, []  # "… standards for nursing homes … in a final rule that …"
        else:
            cands, tied = _best(_plain(pool, words), words)
            cands = _stated_year(cands, pool, mods, words)
            cands = _dated(cands, tied, when)
        if not cands:
            continue
        if anyone and not any(
            _key_pattern(a).search(words) for a in cands[0].aliases if _may_hold(a, words)
        ):
            continue
        s, e = m.start(), desc_end
        taken.append((s, e))
        out.append(Found(s, e, tuple(cands), bool(proposed), agency, _terms(" ".join(mods), desc)))
    return out


# "The Federal Communications Commission issued an order classifying broadband as a
# telecommunications service", "the commission adopted an order restoring …": what a
# commission or an agency that rules by orders (the FCC, FERC, the CDC) made, told as an
# order. Which rule is told only by the words after it, and only when one of the agency's rows
# fits them: an order no row fits is left alone (a court's, a president's, another agency's).
ORDER_INTRODUCED = deferred(
    r"\b(?:issued|adopted|approved|released|unveiled|finalized)\s+(?P<det>an?|its|a\s+new)\s+"
    r"(?:(?:new|final|sweeping|landmark)\s+)?[Oo]rder\b(?P<rest>[^.;:()\n]{4,160})"
)
# (the words that make the regulations pass read an article that names no rule word)
AGENCY_ORDER_ANCHOR = Anchor("agency_order", ("an order", "its order", "new order"), 0, 0)
# "notice" as a rule word: only for the table's Federal Register notices (stage ``notice``)
AGENCY_NOTICE_ANCHOR = Anchor("agency_notice", ("notice", "Notice"), 0, 0, "word", "word")
# Notices of another kind: "a notice to appear", "a notice of proposed rulemaking", "a notice
# of intent", "a notice of availability" (of an impact statement), "a notice of hearing"; and
# "notice" as the first word of another noun ("its notice-and-comment process", "DHS's notice
# requirements").
OTHER_NOTICE = deferred(
    r"\s+(?:to\s+appear|of\s+(?:proposed|intent|availability|hearing|meeting|inquiry|funding"
    r"|appeal|violation|removal|deficiency|data\s+breach))\b"
    r"|(?:\s+|-)and[\s-]+comment|\s+(?:requirements?|periods?|provisions?|letters?|obligations?"
    r"|rules?|procedures?|process)\b",
    re.IGNORECASE,
)
# What follows "notice" and says what the notice does: "ending the CHNV parole programs",
# "reinterpreting “federal public benefit”", "that expands expedited removal".
NOTICE_DESC = deferred(
    r"\s+(?:ending|terminating|revoking|rescinding|withdrawing|extending|expanding|designating"
    r"|reinterpreting|interpreting|redefining|on|about|regarding|concerning"
    r"|that\s+(?:would\s+)?[a-z]+|to\s+(?:end|terminate|revoke|rescind|extend|expand|designate))"
    r"\s+(?P<desc>[^.;:()\n,—–]{2,90})"
)
# "DHS published a notice ending …", "HHS issued a Federal Register notice …": a notice
# introduced as what its agency (named earlier in the sentence) did.
NOTICE_INTRODUCED = deferred(
    r"\b(?:issued|published|posted|released|filed|issues|publishes|posts|releases)\s+"
    r"(?P<det>a|an|its|the)\s+(?:new\s+)?(?:Federal\s+Register\s+)?$"
)
# What stands right before "notice" when a verb introduces it ("published a notice", "issued
# its new notice", "a Federal Register notice"): asked before ``NOTICE_INTRODUCED`` is.
_INTRODUCED_TAIL = deferred(r"(?:\ban?|\bits|\bthe|\bnew|Register)\s+$")


@cache
def _notice_agencies() -> tuple[Agency, ...]:
    """The agencies some notice row is of (DHS, HHS): the only ones "notice" is asked about."""
    names = _notice_rows()
    every = list(rules())
    return tuple(a for a in _agency_list() if any(r.name in names for r in of_agency(every, a)))


@cache
def _notice_pattern() -> re.Pattern[str]:
    """An agency's notice, the agency first: "DHS's notice", "the HHS notice", "the Homeland
    Security Department's July notice" (the phrase ends at "notice"). Only the agencies that
    have notice rows: a pattern of two agencies, not of every one, at each "notice"."""
    alt = "|".join(f"(?:{a.pattern})" for a in _notice_agencies()) or "(?!)"
    return re.compile(
        r"(?:\b(?P<det>[Tt]he|[Aa]n?)\s+)?(?:U\.S\.\s+|federal\s+)?"
        rf"(?P<agency>\b(?:{alt}))(?P<poss>['’]s?)?(?:\s*\([A-Z][A-Za-z]{{1,7}}\))?\s+"
        rf"(?P<mods>(?:{MOD}\s+){{0,3}}?)(?:Federal\s+Register\s+)?[Nn]otice\b"
    )


@cache
def _notice_rows() -> frozenset[str]:
    return frozenset(r.name for r in rules() if r.stage == "notice")


def _noticed(doc: Doc, named: list[tuple[int, int, Rule | None]], seen: list[Found]) -> list[Found]:
    """Federal Register notices (stage ``notice``: DHS's termination of the CHNV parole
    programs, HHS's reading of "federal public benefit", the expedited removal designations)
    named by their agency and "notice": "DHS's notice ending the CHNV parole programs", "the
    Homeland Security Department published a notice terminating …". Only a notice row of
    that agency the words after "notice", or its sentence and the two before, fit; never the
    agency's rules, never the rule the article named before, never a notice of another kind
    ("a notice to appear", "a notice of proposed rulemaking")."""
    hits = doc.hits("agency_notice")
    if not hits:
        return []
    notices = _notice_rows()
    if not any(r.name in notices for r in _pool(doc.date, False)):
        return []  # an article older than every notice row
    text = doc.text
    out: list[Found] = []
    taken = _Taken([(a, b) for a, b, _ in named] + [(f.start, f.end) for f in seen])
    # (the agency-first phrases, tried only at the places an owner may start shortly before
    # each "notice", as ``_matches`` tries an agency's rule)
    owned = {
        m.end(): m
        for m in head_matches(text, _notice_pattern(), hits, _REACH_BEFORE, _owner_start())
    }
    for hs, he in hits:
        if OTHER_NOTICE.match(text, he) or taken.overlaps(hs, he):
            continue
        m = owned.get(he)
        if m is not None:
            g = m.groupdict()
            mods = (g.get("mods") or "").split()
            if not (g.get("det") or g.get("poss")) or any(
                _not_mod(w, i, len(mods), mods[i - 1] if i else "") for i, w in enumerate(mods)
            ):
                m = None  # "DHS published a notice …": what the agency did, below
        if m is not None:
            s, named_agency = m.start(), m.group("agency")
        else:
            if _INTRODUCED_TAIL.search(text, max(0, hs - 10), hs) is None:
                continue
            intro = NOTICE_INTRODUCED.search(text, max(0, hs - 60), hs)
            if intro is None:
                continue
            sent = doc.sentence_start(hs)
            owners = list(agency_word().finditer(text, sent, intro.start()))
            if not owners:
                continue
            s, named_agency, mods = intro.start("det"), owners[-1].group(0), []
        agency = _agency_of(named_agency)
        if agency is None:
            continue
        pool = [r for r in of_agency(list(_pool(doc.date, False)), agency) if r.name in notices]
        if not pool:
            continue
        repeal_m = REPEAL.match(text, he)
        desc, desc_end = _description(repeal_m or NOTICE_DESC.match(text, he))
        if repeal_m is not None:
            # "DHS's notice rescinding the 2019 designation": a notice that undoes another,
            # never the one it undoes (as ``find`` does for rules)
            cands, _ = _best(_repeals(pool), desc)
        else:
            cands, _ = _best(pool, " ".join(mods) + " " + desc)
            if not cands:
                cands, _ = _best(pool, _around(doc, s, he))
        if not cands:
            continue
        e = desc_end if desc_end is not None else he
        taken.append((s, e))
        out.append(Found(s, e, tuple(cands), False, agency, ""))
    return out


# "the commission", "the agency": the agency named shortly before
_GENERIC_OWNER = deferred(r"\b[Tt]he\s+(?P<word>[Cc]ommission|[Aa]gency|[Bb]oard|[Bb]ureau)\s+")
_OWNER_REACH = 400


def _ordered(doc: Doc, named: list[tuple[int, int, Rule | None]], seen: list[Found]) -> list[Found]:
    """Rules told as an agency's order ("the FCC issued an order classifying broadband …"):
    the agency is the last its sentence names before the verb, or, for "the commission" or
    "the agency", the last one named shortly before; the rule is the one of that agency's
    rows the words after "order" fit (``_best``), none when none or two fit."""
    text = doc.text
    if "rder" not in text:
        return []
    out: list[Found] = []
    taken = _Taken([(a, b) for a, b, _ in named] + [(f.start, f.end) for f in seen])
    for m in ORDER_INTRODUCED.finditer(text):
        s = m.start("det")
        if taken.overlaps(s, m.end()):
            continue
        sent = doc.sentence_start(m.start())
        owners = list(agency_word().finditer(text, sent, m.start()))
        if owners:
            named_agency = owners[-1].group(0)
        else:
            generics = list(_GENERIC_OWNER.finditer(text, sent, m.start()))
            if not generics:
                continue
            generic = generics[-1]
            word = generic.group("word").lower()
            before = list(agency_word().finditer(text, max(0, sent - _OWNER_REACH), sent))
            fitting = [
                a
                for a in before
                if (found := _agency_of(a.group(0))) is not None
                and any(word in w.lower() for w in (a.group(0), *found.words))
            ]
            if not fitting:
                continue
            named_agency = fitting[-1].group(0)
        agency = _agency_of(named_agency)
        if agency is None:
            continue
        pool = of_agency(list(_pool(doc.date, False)), agency)
        rest = " ".join(m.group("rest").split()[:12])
        cands, _ = _best(pool, rest)
        if not cands or not any(
            _key_pattern(a).search(rest) for a in cands[0].aliases if _may_hold(a, rest)
        ):
            # topic words ("halting evictions", "on broadband") fit many orders of an agency
            # the table has only some of: only the rule's name tells it
            continue
        desc_m = DESC().match(text, m.end("rest") - len(rest))
        _, desc_end = _description(desc_m)
        e = desc_end if desc_end is not None else m.start("rest")
        taken.append((s, e))
        out.append(Found(s, e, tuple(cands), False, agency, ""))
    return out
