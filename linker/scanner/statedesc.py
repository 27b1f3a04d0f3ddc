"""A state law told first by description, named later (or earlier) in the article: "A Nevada
zoning law passed after that decision … Opponents said Assembly Bill 7 would …", "a
controversial law banning drones over parks … Senate Bill 12, the drone law", "the state's
social media ban on minors … HB 3".

Once the mentions are settled, each description of a law ("a/the new law that requires …",
"a state law requiring …", "the <State> zoning law", "<State>'s magazine ban", "the state's
social media ban on minors", "a law passed by the Legislature") left free in the text becomes
a mention of the state law the article names (by number, by name, by a table row) when its
words fit that law: it shares topic words with the sentences that name the law, or (the
article naming that one state law and no other) it stands within about two sentences before
its naming. A description of another state's law, one that says it is federal ("a federal
law that …") or that stands in a sentence about Congress, and one that two of the article's
state laws fit equally well, stays unlinked. It runs before ``anaphora``, so "The law …"
after the description and before the number refers back to the described law.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from typing import NamedTuple

from ..courts import states
from ..datafiles import read_rows
from ..models import Mention
from .described_laws import (
    BAN_ANCHOR,
    dated_before,
    dated_otherwise,
    in_predicate,
    law_age,
    of_year,
    one_law,
    own_year,
    read_as_before,
    state_rows,
    told_as_replaced,
    with_ban,
)
from .doc import Anchor, Doc
from .families import LAW_COMPOUND_AFTER
from .foreign import country_places
from .lazyre import deferred
from .orderdata import stems
from .registry import Pass
from .spans import SpanSet
from .state_laws import LAW_ANCHOR
from .statecodes import short_of_cited_code
from .statenames import (
    NOT_IN_SENTENCE,
    dateline_place,
    state_names,
    state_of_article,
    state_re,
    washington_state,
)
from .staterefs import NAMED_AHEAD

# The other heads a description may have ("law" and "statute" are ``LAW_ANCHOR``'s, "ban"
# and "prohibition" ``BAN_ANCHOR``'s).
HEADS = Anchor(
    "state_desc_heads",
    ("measure", "legislation", "bill", "requirement", "mandate"),
    0,
    0,
    "word",
    "word",
)

# One law of several a sentence tells of: "struck down two statutes, including one that would
# have barred …" (its head is the plural before it).
ONE_OF = Anchor("state_desc_one", ("including one",), 0, 0, "word", "word")
_ONE_BEFORE = deferred(r"\b(?:laws|statutes|measures)\s*,?\s+\Z")
_ONE_AFTER = deferred(r"\s+(?:that|which)\s+(?:would\s+(?:have\s+)?|will\s+)?[a-z]+\b")

# Words that are no modifier of the head: they end the phrase before it ("the state and law").
_NOT_MODS = frozenset(
    {
        *("of", "and", "or", "the", "a", "an", "to", "in", "on", "at", "by", "for", "with"),
        *("that", "which", "is", "was", "are", "were", "be", "been", "has", "had", "have"),
        *("its", "his", "her", "their", "this", "those", "these", "as", "not", "no", "said"),
        *("under", "from", "into", "than", "such", "same", "other", "another", "any", "every"),
    }
)
# What stands before the head: a determiner and the state ("A Nevada zoning law", "the
# state's social media ban", "a state law"), or the state's possessive ("California's magazine
# ban"), then up to three lower-case words (checked against ``_NOT_MODS``).
_MOD = (
    r"(?:(?!(?:" + "|".join(sorted(_NOT_MODS)) + r")\s)"
    r"(?:[a-z][a-z0-9-]*|(?:19|20)\d\d|[A-Z][a-z]+-[a-z]+"
    # (a quoted nickname: "Oregon's silly “one-a-week” purchase law")
    r"|[“\"][\w-]+(?:\s[\w-]+){0,3}[”\"]))\s+"
)
# What may stand between the determiner and the state: "a new Texas law", "a 2023 Indiana
# law", "A Republican-backed Kansas law".
_PRE = (
    r"(?:new|controversial|sweeping|strict|contested|recent|landmark|similar|(?:19|20)\d\d|"
    r"[A-Za-z]+-(?:backed|passed|sponsored|authored|led|era|style|old))\s+"
)
_LEAD = deferred(
    # ("One law passed this year banned …", "Another law signed in May …": a roundup's items)
    r"(?<![\w-])(?:(?P<det>[Aa]n?|[Tt]he|[Ii]ts|One|Another)\s+(?P<pre>(?:" + _PRE + r"){0,2})"
    r"(?:(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|state)(?:['’]s?)?\s+)?"
    r"|(?P<pstate>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s?\s+"
    # ("Iowa law banning robocalls draws new suit": a headline's state with no determiner,
    # opening its line)
    # (a two-word state's name on one line: "California\nOne law …" is a heading, then a lead)
    r"|(?<![^\n])(?P<hstate>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\s+"
    # ("struck down 2023 legislation barring …": a year for its determiner)
    r"|(?P<year>(?<![\w$.,’'-])(?=(?:19|20)\d\d\s))"
    # ("Gov. Pike signed legislation in May that requires …": the head after the verb)
    r"|(?<![\w-])(?P<signed>signed(?:\s+into\s+law)?)\s+)"
    r"(?P<mods>(?:" + _MOD + r"){0,3})$"
)
# A state named after the head: "a similar law out of Arkansas", "a comparable statute from Ohio".
_OUT_OF = deferred(
    r"\s+(?:out\s+of|from)\s+(?P<ostate>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?![’']s?\b)"
)
# A law told as like another: "a similar law", "a comparable statute".
_LIKE = deferred(r"\b(?:similar|comparable)\b")
# A law's verbs, for "a new law will require …" and "a new law bans …": a description with no
# "that" only after "a" or a word of its own ("the new law"), never "the law will …".
_DOES = (
    r"require|ban|bar|prohibit|allow|let|limit|restrict|create|mandate|forbid|criminalize|"
    r"outlaw|protect|end|expand|force|block|cap|raise|lower|repeal|establish|define"
)
# What follows the head in a description: a relative clause ("that requires"), a participle
# ("banning drones"), its passage ("passed by the Legislature"), or a ban's object ("on
# minors").
_TAIL = deferred(
    # ("Oregon passed its own law, placing limits on how cities …": a participle after a
    # comma, read only for a law whose state is told)
    r",\s+(?P<cing>[a-z]+ing)\b(?=\s+[a-z])|"
    # ("legislation in May that requires …", "a law last year that bans …": when it was
    # signed, then its clause)
    r"(?:\s+(?:in|on|last|this|earlier)\s+(?:[A-Z][a-z]+|week|month|year|spring|summer|fall|"
    r"winter|session)(?:\s+\d{1,2})?(?:\s+(?:night|morning|afternoon|evening))?,?"
    r"(?=\s+(?:that|which)\s)"
    # ("vetoed a bill Sunday that would have …": a weekday alone)
    r"|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?"
    r"(?=\s+(?:that|which)\s))?"
    r"\s+(?:(?:that|,\s+which|which)\s+(?:would\s+|will\s+|also\s+)?(?P<verb>[a-z]+)"
    # ("a new law will require …", "a new law bans …": what it does, with no "that")
    r"|(?P<does>(?:will|would)\s+(?:also\s+)?(?:" + _DOES + r")|(?:" + _DOES + r")s)\b"
    r"|(?P<ing>[a-z]+ing)\b"
    r"|(?:passed|signed|enacted|approved|adopted)\s+(?:by|in|last|this|after|into|earlier)\b"
    r"|(?P<obj>on|against)\s+(?=[a-z“\"]))"
)
# (a participle after a comma that tells what was said or followed, not what the law does)
_NOT_CING = frozenset(
    {
        *("saying", "citing", "arguing", "according", "including", "noting", "adding"),
        *("calling", "prompting", "sparking", "leading", "drawing", "making", "becoming"),
        *("raising", "claiming", "leaving", "following", "joining", "being", "having"),
    }
)
# ("the law during …", "the law according to …": no description)
_NOT_ING = frozenset({"during", "according", "including", "notwithstanding", "pending", "being"})
# Said to be federal: never a state's law.
_FEDERAL_MODS = frozenset({"federal", "national", "congressional", "nationwide"})
_FEDERAL_SENTENCE = deferred(
    r"\b(?:Congress|congressional|Congress(?:man|woman|members?)|White\s+House|nationwide|"
    r"U\.S\.\s+(?:Code|Senate|House|Sen\.|Rep\.)|federal\s+(?:law|statute|legislation|ban|bill))\b"
)
_APPOSED = deferred(r"\s*[,(—–]?\s*(?:(?:(?P<a>a|an)|the)\s+)?")
# another item of a list after the name: "…, a Renters’ Bill of Rights, a Farmers’ …"
_ITEM_AFTER = deferred(r"\s*,\s*(?:and\s+)?(?:a|an)\s+[A-Z]")


def _end_at(mentions: list[Mention], start: int) -> int:
    """The end of the mention that starts at ``start``."""
    return next(m.end for m in mentions if m.start == start)


# (not the periods of initials: "people in the U.S. illegally" goes on)
CLAUSE_END = deferred(r"(?<!\b[A-Z])\.|[;:!?\n]|,\s|\s[—–]\s")
MAX_CLAUSE = 140
# Words any law's sentences hold: they tell no topic.
_GENERIC = frozenset(
    stems(
        "state states law laws statute statutes measure measures legislation legislature "
        "legislative lawmakers bill bills passed signed governor would requires required "
        "require prohibits prohibited allows allowed makes made controversial year years last "
        "court courts judge judges ruling ruled said says blocked block enforcing enforce "
        "enforcement effect takes took case lawsuit challenge challenged constitutional "
        "unconstitutional also been being have were there their them they then when while "
        "earlier later month months week weeks decision amended amend version sponsored "
        "opponents supporters critics republican republicans democrat democrats democratic "
        "january february march april june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday"
    )
)


@cache
def _postal() -> dict[str, str]:
    """Each state's name → its postal code, lower-cased as ids write it."""
    return {st.name: postal.lower() for postal, st in states().items()}


def _state_of(m: Mention) -> str | None:
    """The postal code of a state law's mention: from its id, else from its name."""
    auth = m.authority or ""
    if auth.startswith("state:"):
        return auth.split(":")[1]
    name = m.name or ""
    return next((_postal()[n] for n in state_names() if name.startswith(n + " ")), None)


def _key(m: Mention) -> str:
    return m.authority or f"act:{m.name}"


def _is_state_law(m: Mention) -> bool:
    if m.kind != "statute" or m.anaphor:
        return False
    if (m.authority or "").startswith("state:"):
        return True
    return m.authority is None and bool(m.name) and _state_of(m) is not None


@cache
def _places() -> frozenset[str]:
    """The words of the states' names: they tell where a law is, never what it does ("a new
    state law mandating … in every Texas school" shares no topic with a Texas immigration law
    for the state's name)."""
    return frozenset(stems(" ".join(state_names())))


def _topic(text: str) -> set[str]:
    # (a final "e" dropped, so that "drone" and "drones", stemmed "dron", share a word)
    return {w[:-1] if w.endswith("e") else w for w in stems(text) - _GENERIC - _places()}


class _Law:
    """A state law the article names: its mentions' places and the topic words of the
    sentences that name it (all of them, and each sentence's own: its span → the spans of
    the law's mentions in it)."""

    def __init__(self, m: Mention) -> None:
        self.first = m
        self.state = _state_of(m)
        self.starts: list[int] = []
        self.words: set[str] = set()
        self.sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}
        # (each naming's sentence and the mention's span, to read a sentence again without
        # a description standing in it: ``words_besides``)
        self.named: list[tuple[int, int, int, int]] = []

    def words_besides(self, text: str, s: int, e: int) -> set[str]:
        """The topic words of the sentences naming the law, less the rest of a sentence
        from a description at ``text[s:e]`` after the law's mention: such a description
        shares its own words with the law ("X's overall ban on abortion and its prohibition
        on abortion pills")."""
        if not any(a <= s < b and me <= s for a, b, _, me in self.named):
            # (a law named after the description in its sentence is often its name: "the
            # law banning so-called “captive audience meetings,” SB 399")
            return self.words
        out = _topic(self.first.name or "")
        for a, b, ms, me in self.named:
            hi = max(b, me)
            # (the description's side of the sentence: its words run on past its span)
            cuts = [(ms, me)]
            if a <= s < b and me <= s:
                cuts = [(ms, me), (s, hi)]
            piece, at = [], a
            for cs, ce in cuts:
                piece.append(text[at:cs])
                at = max(at, ce)
            piece.append(text[at:hi])
            out |= _topic(" ".join(piece))
        return out


def _laws(doc: Doc, mentions: list[Mention]) -> dict[str, _Law]:
    out: dict[str, _Law] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        if not _is_state_law(m) or short_of_cited_code(m, mentions):
            continue
        law = out.setdefault(_key(m), _Law(m))
        law.starts.append(m.start)
        a, b = doc.sentence_at(m.start)
        law.words |= _topic(doc.text[a : max(b, m.end)].replace(m.text, " "))
        law.named.append((a, b, m.start, m.end))
        law.words |= _topic(m.name or "")
        law.sentences.setdefault((a, b), []).append((m.start, m.end))
    return out


@cache
def _topics_by_id() -> dict[str, str]:
    """The topic phrases ``state_acts.csv`` gives each state law, by id."""
    out: dict[str, str] = {}
    for r in read_rows("state_acts.csv"):
        if r.get("topics") and r.get("authority"):
            out[r["authority"]] = f"{out.get(r['authority'], '')} {r['topics'].replace('|', ' ')}"
    return out


@lru_cache(maxsize=256)
def _row_topics(authority: str | None) -> frozenset[str]:
    """The topic words of a named state law's own row: "Florida's new law criminalizes
    undocumented immigrants" fits the S.B. 4-C the article names by a different description
    ("a new law … making it a misdemeanor … to enter the state") through its row's words."""
    return frozenset(_topic(_topics_by_id().get(authority or "", "")))


def _words_beside(text: str, law: _Law, found: _Told, sentence: tuple[int, int]) -> set[str]:
    """The topic words of the sentences that name ``law``, where the description's own
    sentence is one of them read without the description and its clause: "… struck down
    Wyoming's overall ban on abortion, and upheld a ban on abortion pills" — the pill ban's
    sentence holds "abortion" only because the other ban's description does."""
    if sentence not in law.sentences:
        return law.words
    if any(found.start <= s < found.reach for s, _ in law.sentences[sentence]):
        return law.words  # (its clause runs into the law's own name: "the law banning …, SB 399")
    words = _topic(law.first.name or "")
    for (a, b), spans in law.sentences.items():
        cuts = sorted([*spans, (found.start, found.reach)] if (a, b) == sentence else spans)
        pos, parts = a, []
        for s, e in cuts:
            parts.append(text[pos : max(pos, s)])
            pos = max(pos, e)
        parts.append(text[pos : max(pos, b)])
        words |= _topic(" ".join(parts))
    return words


class _Told(NamedTuple):
    """A description: its span, the state it names (a postal code; None for "the state's"
    or none), its words, whether it names a state ("the state's …", "a state law", "A
    Nevada … law"), whether a clause follows its head ("that requires", "banning",
    "passed by"), and its head word."""

    start: int
    end: int
    state: str | None
    words: str
    told: bool
    clause: bool
    head: str
    reach: int  # where the clause its words are read from ends


def _one_of(text: str, at: int) -> _Told | None:
    """The law "one that would have barred …" at ``at`` ("including one …"), of the laws
    just before it ("struck down two statutes, including one that …"): told by its clause
    alone, no state printed."""
    if not _ONE_BEFORE.search(text, max(0, at - 30), at):
        return None
    s = at + len("including ")
    tail = _ONE_AFTER.match(text, s + 3)
    if tail is None:
        return None
    stop = CLAUSE_END.search(text, tail.end(), tail.end() + MAX_CLAUSE)
    reach = stop.start() if stop else min(len(text), tail.end() + MAX_CLAUSE)
    return _Told(s, reach, None, text[s + 3 : reach], False, True, "law", reach)


# "Lawmakers revised how ballot summaries are challenged and, in the same legislation, gave
# the attorney general …": the law the sentence tells of, by the sentence's own words
_SAME = deferred(r"(?<![\w-])\b[Ii]n\s+the\s+same\s+\Z")
_SAME_HEADS = frozenset({"legislation", "law", "bill", "measure"})


def _same_one(text: str, at: int, head: str) -> _Told | None:
    """ "in the same legislation" at ``at``: told by the words of its sentence."""
    lead = _SAME.search(text, max(0, at - 20), at)
    if lead is None:
        return None
    a = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    dot = text.find(".", at)
    b = min(dot if dot > 0 else len(text), at + 300)
    s = lead.start() + 3
    words = text[a:s] + " " + text[at + len(head) : b]
    return _Told(s, at + len(head), None, words, True, False, head, b)


def _description(text: str, at: int, head: str) -> _Told | None:
    """The description whose head word stands at ``at``."""
    if head == "including one":
        return _one_of(text, at)
    if head in _SAME_HEADS and (same := _same_one(text, at, head)) is not None:
        return same
    e = at + len(head)
    lead = _LEAD.search(text, max(0, at - 80), at)
    if lead is None:
        return None
    mods = (lead.group("pre") or "").split() + lead.group("mods").split()
    if any(w in _FEDERAL_MODS for w in mods):
        return None
    named = lead.group("state") or lead.group("pstate") or lead.group("hstate")
    state: str | None = None
    if named is not None and named != "state":
        if named not in _postal():
            return None
        state = _postal()[named]
    head_end = e
    like = named is None and any(w in ("similar", "comparable") for w in mods)
    out_of = _OUT_OF.match(text, e) if like else None
    if out_of is not None and out_of.group("ostate") in _postal():
        # ("a similar law out of Arkansas", "a comparable statute from Oklahoma": the state
        # after the head)
        named = out_of.group("ostate")
        state = _postal()[named]
        e = out_of.end()
    tail = _TAIL.match(text, e)
    if tail is not None and tail.group("ing") in _NOT_ING:
        tail = None
    if (
        tail is not None
        and tail.group("cing")
        and (
            tail.group("cing") in _NOT_CING or not (named is not None or lead.group("det") == "its")
        )
    ):
        tail = None
    if lead.group("hstate") and (
        mods or tail is None or not (tail.group("ing") or tail.group("verb"))
    ):
        return None  # (a headline's "<State> law" only with what it does: "… banning …")
    det = (lead.group("det") or "").lower()
    if tail is not None and tail.group("does") and det == "the" and not (mods or named):
        tail = None  # ("the law will require …": a back-reference, not a description)
    if lead.group("signed") and (tail is None or tail.group("obj")):
        return None  # ("signed legislation Tuesday", "signed the bill"): no description
    # ("its strict ferry law": the state its sentence tells of)
    told = named is not None or (det == "its" and bool(mods))
    if tail is None and not (told and (mods or e > head_end)):
        return None  # "the law", "the Texas law": plain back-references, others' to find
    # the clause the description opens, for its words
    stop = CLAUSE_END.search(text, e + 1, e + MAX_CLAUSE)
    clause_end = stop.start() if stop else min(len(text), e + MAX_CLAUSE)
    words = " ".join(mods) + " " + (text[e:clause_end] if tail is not None else "")
    clause = tail is not None and not tail.group("obj")
    end = tail.end() if clause and tail is not None else e
    start = lead.start("mods") if lead.group("signed") else lead.start()
    reach = clause_end if tail is not None else e
    return _Told(start, end, state, words, told, clause, head, reach)


# Heads that say what a law requires, not which law: its sentence tells it.
_DUTY_HEADS = frozenset({"requirement", "mandate"})
# A measure told by what it would do: still to pass.
_WOULD_AFTER = deferred(r"\s+(?:would|will)\b")
# Heads a bill in Congress is told by as often as a state's ("legislation that would ban …"):
# without the state, only just before the article's one state law.
_BILL_HEADS = frozenset({"legislation", "measure", "bill"})
# "a similar measure", "another similar law": one like the law told of, never it
_SIMILAR = deferred(r"\bsimilar\b")
# "Texas needs a bill that is enforceable", "what we want is a law that works", "lawmakers
# should pass a measure that …": a law wished for, told by what it ought to be, never the law
# or bill the article names
_WISHED = deferred(
    r"\b(?:needs?|needed|wants?|wanted|(?:wants?|needs?)\s+is|would\s+(?:like|prefer)|wish(?:es|ed)?|"
    r"hopes?\s+for|calls?\s+for|called\s+for|urged?\s+\w+\s+to\s+pass|(?:should|must|ought\s+to)"
    r"\s+(?:pass|enact|write|adopt|craft))\s+$",
    re.I,
)
_DESCRIBED = "the article's state law “{}”, described by its topic"
_DESCRIBED_NEAR = "a law described just before the article names its one state law, “{}”"
_DESCRIBED_ALONE = "a law told by its passage; the article names one law only, “{}”, later on"


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus the descriptions of the state laws they name (or, for a state whose
    law the article does not name, of the one ``state_acts.csv`` row the words fit)."""
    text = doc.text
    places = [(s, "law") for s, _ in doc.hits("law") if text.startswith("law", s)]
    places += [(s, "statute") for s, _ in doc.hits("law") if text.startswith("statute", s)]
    places += [(s, text[s:e].lower()) for s, e in doc.hits("state_ban")]
    places += [(s, text[s:e]) for s, e in doc.hits("state_desc_heads")]
    places += [(s, "including one") for s, _ in doc.hits("state_desc_one")]
    if not places:
        return mentions
    laws = _laws(doc, mentions)
    taken = SpanSet([(m.start, m.end) for m in mentions])
    starts = sorted(m.start for m in mentions)
    # (where the federal laws' and bills' mentions start, read by bisection)
    federal = sorted(m.start for m in mentions if _federal(m))
    # (the article's one state law is the only law it names at all: no other act, rule or
    # order, named or referred back to)
    alone = len(laws) == 1 and all(
        _key(m) in laws
        for m in mentions
        if m.kind in _LAW_KINDS and (m.authority or m.name) and not _is_state_law_ref(m, laws)
    )
    added: list[Mention] = []
    # (indefinite leads no law fits yet: read again once this pass has named the laws)
    later: list[tuple[_Told, tuple[int, int]]] = []
    for at, head in sorted(places):
        if head in ("law", "statute") and LAW_COMPOUND_AFTER().match(text, at + len(head)):
            continue  # ("the state's local law enforcement agencies": no law)
        found = _description(text, at, head)
        if found is None:
            continue
        s, e = found.start, found.end
        if _headline_lead(text, s) and not opening_paragraph(doc, s):
            continue  # (a line opening "<State> law …" in the body: no headline)
        cut: list[Mention] | None = None
        if taken.overlaps(s, e):
            # ("A judge … on Friday striking down Missouri's near-total abortion ban": the
            # ruling clause ran on into the law it struck down; it ends before the law, if
            # the description is kept)
            cut = _clause_tail_cut(text, mentions, s, e)
            if cut is None:
                continue
        a, b = doc.sentence_at(s)
        # ("a similar law out of Arkansas": another state's law like the story's)
        like = bool(
            found.state is not None
            and _LIKE.search(text, s, at)
            and _OUT_OF.match(text, at + len(head))
        )
        if "federal" in text[s:e].lower() or (not like and _FEDERAL_SENTENCE.search(text, a, b)):
            continue
        if read_as_before(text, s):
            continue  # ("The statute …, widely interpreted as a near-total ban": a predicate)
        if text.startswith(("a ", "an "), s) and in_predicate(text, s):
            continue  # ("the 1849 law does not impose a ban on abortion": a predicate)
        if text.startswith(("a ", "an ", "A ", "An "), s) and _WISHED.search(
            text, max(a, s - 40), s
        ):
            continue  # ("Texas needs a bill that is enforceable": a law wished for)
        if found.state is None and _SIMILAR.search(text, s, at):
            continue  # ("the Ohio Senate added a similar measure making those orders
            # appealable to an unrelated bill"): like the law told of, so not it
        if like:
            # ("… a ruling that blocked a similar law out of Arkansas": a law like the one the
            # story is about, of another state; its words are the story's opening paragraph's
            # and its own sentence's)
            found = found._replace(words=f"{found.words} {_opening_text(doc)} {text[a:b]}")
        if text[s : s + 4].lower() == "its ":
            # ("Virginia enacted its strict social media law", "Delaware … Its new law …":
            # the one state its sentence names before it, else the sentence before; a
            # company's or a country's "its" names none)
            owner = _owner(doc, a, s)
            if owner is None:
                continue
            found = found._replace(state=owner)
        nxt = bisect.bisect_left(starts, e)
        if (
            nxt < len(starts)
            and (apposed := _APPOSED.fullmatch(text, e, starts[nxt]))
            and not (apposed.group("a") and _ITEM_AFTER.match(text, _end_at(mentions, starts[nxt])))
        ):
            continue  # ("Texas' immigration law, Senate Bill 4": the name is the mention;
            # not "the new voucher bill, a Renters’ Bill of Rights, a Farmers’ …":
            # items of a list)
        i = bisect.bisect_left(federal, a)
        if not found.told and i < len(federal) and federal[i] < b:
            continue  # ("… the Voting Rights Act, a law that bans …": the federal act's)
        if head in _DUTY_HEADS and not found.told:
            continue  # ("a requirement that …", "the requirement that patients wait …": a
            # provision, not a state's law by its topic; "the state's new requirement" is)
        if head in _DUTY_HEADS and not found.clause:
            # "Texas cannot require schools to display …, a judge said in a ruling against
            # the state's new requirement": what is required, its own sentence tells
            found = found._replace(words=f"{found.words} {text[a:s]} {text[e:b]}")
        if head in _BILL_HEADS and _WOULD_AFTER.match(text, at + len(head)):
            # "the new measure would repeal …": a measure still to pass is a bill, never the
            # code section of a law the article named
            laws_now = {k: v for k, v in laws.items() if ":bill:" in (v.first.authority or "")}
        else:
            laws_now = laws
        # (the object of a ruling clause: the clause ran into it, or ends right before it)
        ruled = cut is not None or any(
            m.kind == "ruling" and s - 3 <= m.end <= s and not text[m.end : s].strip()
            for m in mentions
        )
        law = (
            _fitting(text, laws_now, found, (a, b), alone, ruled, opening_paragraph(doc, s))
            if laws_now
            else None
        )
        older = law is not None and (
            dated_before(text[s:e], law.first.authority or "")
            or dated_otherwise(text[s:e], law.first.authority or "")
        )
        if older:
            law = None  # ("the state's 1925 law banning abortion" after its 2021 law)
        elif law is not None and _defines_another(text, law, found, (a, b)):
            # ("a recent state statute that makes it a felony to …" after the state's
            # special-session bill on a board and grants: another law, maybe a row's)
            law, older = None, True
        other: Mention | None = None
        if law is not None and _weak_fit(text, law, found):
            # (at most one word shared with the law the article names, and a row of the
            # table its own words fit: "struck down X's overall ban on abortion and its
            # prohibition on the use of medication to end pregnancy" is the state's other law)
            other = _from_table(doc, found, (a, b), laws, named_too=True)
            if other is not None and law is not None and other.authority == law.first.authority:
                other = None
            elif other is not None:
                law = None
        if law is None:
            # (a description dated before the law the article names is another law of its
            # state: "Texas’s narrower 2023 age-verification requirement" in a story of its
            # 2025 app store law is the table's 2023 row, if one fits)
            # ("a 1985 measure allowing abortions up to fetal viability" in a story of the
            # state's 1849 law: a description dated by its own year is told apart from the
            # laws the article names, so the table's row of that year may be it)
            dated = own_year(text[s:e]) is not None
            row = other or _from_table(
                doc, found, (a, b), laws, named_too=older or dated or head == "including one"
            )
            if row is not None:
                if cut is not None:
                    mentions = cut
                added.append(row)
                taken.add(row.start, row.end)
            elif cut is None and not older and _indefinite_lead(doc, found):
                later.append((found, (a, b)))
            continue
        m = law.first
        near = any(0 <= p - e <= NAMED_AHEAD for p in law.starts)
        shared = _topic(found.words) & law.words
        how = _DESCRIBED_NEAR if near and not shared else _DESCRIBED
        if not near and not shared and alone:
            how = _DESCRIBED_ALONE
        added.append(
            Mention(
                s,
                e,
                text[s:e],
                "statute",
                m.authority,
                name=m.name,
                confidence=0.6,
                evidence=how.format(m.name or m.text),
                matcher="state_laws",
            )
        )
        if cut is not None:
            mentions = cut
        taken.add(s, e)
    if later and added:
        added += _leads_named_later(doc, sorted(mentions + added, key=lambda m: m.start), later)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


_HEADLINE_LEAD = deferred(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+[a-z]")


def _headline_lead(text: str, s: int) -> bool:
    """Whether the description at ``s`` opens its line with a state's name and no determiner
    ("Iowa law banning …"): a headline's shape."""
    return (
        (s == 0 or text[s - 1] == "\n")
        and bool(_HEADLINE_LEAD.match(text, s))
        and not text.startswith(("The ", "A ", "An ", "Its ", "One ", "Another "), s)
    )


def _indefinite_lead(doc: Doc, found: _Told) -> bool:
    """Whether ``found`` is an indefinite "a state TOPIC ban/law" in the article's opening
    paragraph."""
    return (
        found.state is None
        and found.told
        and doc.text[found.start : found.start + 2].lower() in ("a ", "an")
        and opening_paragraph(doc, found.start)
    )


def _leads_named_later(
    doc: Doc, mentions: list[Mention], later: list[tuple[_Told, tuple[int, int]]]
) -> list[Mention]:
    """The indefinite leads of ``later`` ("… a suit over a state weapons ban."), read again
    once this pass has named the state laws its table rows fit further on ("Norland's total
    ban on …"): the article's one law, when it names no other."""
    laws = _laws(doc, mentions)
    if len(laws) != 1:
        return []
    alone = all(
        _key(m) in laws
        for m in mentions
        if m.kind in _LAW_KINDS and (m.authority or m.name) and not _is_state_law_ref(m, laws)
    )
    taken = SpanSet([(m.start, m.end) for m in mentions])
    out: list[Mention] = []
    for found, sentence in later:
        if taken.overlaps(found.start, found.end):
            continue
        law = _fitting(doc.text, laws, found, sentence, alone, opening=True)
        if law is None:
            continue
        m = law.first
        out.append(
            Mention(
                found.start,
                found.end,
                doc.text[found.start : found.end],
                "statute",
                m.authority,
                name=m.name,
                confidence=0.6,
                evidence=_DESCRIBED_ALONE.format(m.name or m.text),
                matcher="state_laws",
            )
        )
    return out


# What a ruling clause cut before a law must keep: a subject and its verb at least
_CLAUSE_LEFT = deferred(r"\S+(?:\s+\S+){2,}")


# A defining clause: what the law makes a crime, bans, requires (its own words tell it).
_DEFINING = deferred(
    r"\s+(?:that|which)\s+(?:would\s+|will\s+)?(?:makes?|bans?|requires?|prohibits?|"
    r"criminalizes?|bars?|outlaws?|forbids?)\b|\s+(?:making|banning|requiring|prohibiting|"
    r"criminalizing|barring|outlawing|forbidding)\b"
)
# How many topic words a defining clause must hold to be read against the law's row
_DEFINING_WORDS = 3


def _defines_another(text: str, law: _Law, found: _Told, sentence: tuple[int, int]) -> bool:
    """Whether ``found``, a law introduced with "a"/"an" and a defining clause of its own
    ("a recent state statute that makes it a felony to …"), shares fewer than two topic words
    with both the table row of ``law`` (the law the article names) and the sentences naming
    it: the article's other law, not the one it names (census 22, P3)."""
    if text[found.start : found.start + 2].lower() not in ("a ", "an"):
        return False
    if not found.clause or not _DEFINING.search(text, found.start, found.end):
        return False
    row = _row_topics(law.first.authority)
    if not row:
        return False
    clause = text[found.end : found.reach]
    own = _topic(clause)
    if len(own) < _DEFINING_WORDS:
        return False
    return len(own & row) < 2 and len(own & _words_beside(text, law, found, sentence)) < 2


def _clause_tail_cut(text: str, mentions: list[Mention], s: int, e: int) -> list[Mention] | None:
    """``mentions`` with the ruling clauses whose tail runs into ``text[s:e]`` (a state law's
    description: "… striking down Missouri's …") ending before it, or None when anything else
    overlaps it, or a clause starts inside it, or would keep fewer than three words."""
    out: list[Mention] = []
    cut = False
    for m in mentions:
        if m.start < e and s < m.end:
            if m.kind != "ruling" or m.start >= s:
                return None
            end = m.start + len(text[m.start : s].rstrip(" ,;:"))
            if not _CLAUSE_LEFT.fullmatch(text, m.start, end):
                return None
            m = m.with_(end=end, text=text[m.start : end])
            cut = True
        out.append(m)
    return out if cut else None


# Heads a table row is told by: a state's bill may still be pending (unless signed), a
# prohibition is a provision.
_TABLE_HEADS = frozenset(
    {"law", "statute", "ban", "prohibition", "measure", "legislation", "requirement", "mandate"}
)
# How far past the description its article's words are read when its own do not tell one row
# apart: the rest of its sentence and about two more.
_CONTEXT = 400
# Words any sentence about a state's law and its fate holds: they tell no row ("a law banning
# drones over state parks" is not the row "banning TikTok in the state").
_COURT_WORDS = frozenset(
    stems(
        "state states statewide law laws statute statutes legislation lawsuit lawsuits case "
        "cases court courts judge judges ruling ruled said says challenge challenged"
    )
)


@cache
def _no_topic() -> frozenset[str]:
    """``_COURT_WORDS`` and the words that tell a place or an ordinal, not what a law does: a
    state's own name is in its rows' topics ("Norland ferry plan") and in every sentence
    about its constitution, and "first" is in "the First Amendment" as in a row's "first
    responders"."""
    return _COURT_WORDS | frozenset(
        stems(
            " ".join(state_names())
            + " constitution constitutional first second third fourth fifth sixth seventh "
            "eighth ninth tenth fourteenth"
        )
    )


# The years a sentence prints: an undated article's law is none enacted after all of them.
_YEAR = deferred(r"\b(?:1[89]|20)\d\d\b")
# A bill the governor signed is a law: "Gov. Pike signed a bill in May that bans …".
_SIGNED_BEFORE = deferred(r"\bsigned(?:\s+into\s+law)?\s+\Z")
# A law not yet passed ("the proposed legislation would require …"): no row of the table.
_PENDING = frozenset({"proposed", "pending", "draft", "planned", "possible", "potential"})
# A city's or county's lawmakers in the sentence: their ordinance, no state's law.
_LOCAL_BODY = deferred(
    r"\b(?:[Cc]ity|[Cc]ounty|[Tt]own|[Vv]illage|[Bb]orough|[Mm]unicipal|[Cc]ouncil|"
    r"[Oo]rdinance|[Ss]chool\s+[Bb]oard)\b"
    # ("affirms a 2023 Dane County ruling": a county's court, no lawmaker)
    r"(?!\s+(?:(?:Circuit|Superior|District|Chancery|Probate)\s+)?(?:[Cc]ourt|[Jj]udge|ruling|"
    r"decision|jury|prosecutors?|[Dd]istrict\s+[Aa]ttorney|[Ss]heriff)\b)"
)
_JOINED = deferred(r"\s+and\s+(?:its|their|the|a|an)\s")
_DESCRIBED_ROW = "described like the {} (“{}”), a law of {}"


def _weak_fit(text: str, law: _Law, found: _Told) -> bool:
    """Whether ``found``, standing after the law's mention in a sentence that names it,
    shares at most one topic word with the sentences naming ``law``."""
    if not any(a <= found.start < b and me <= found.start for a, b, _, me in law.named):
        return False
    return len(_topic(found.words) & law.words_besides(text, found.start, found.end)) <= 1


def _from_table(
    doc: Doc,
    found: _Told,
    sentence: tuple[int, int],
    laws: dict[str, _Law],
    named_too: bool = False,
) -> Mention | None:
    """The one ``state_acts.csv`` row of the description's state that its words fit, when the
    article names no law of that state: the state it prints ("the state's" or "its" the one
    its sentence, or the one before, names), else the one its sentence names, else the
    article's (its dateline, its outlet's state). A description that prints no state needs
    three words of the row's topic (two of its own), one that does two (one of its own, the
    rest from its next sentences: "the state's strict new ferry law … The measure requires
    signs in two languages"). None when two rows fit alike, another state or country is
    named in its sentence, or the article is dated before the row's year. ``named_too``: also
    where the article names a law of that state (one the description barely fits)."""
    text = doc.text
    signed = found.head == "bill" and _SIGNED_BEFORE.search(
        text, max(0, found.start - 30), found.start
    )
    if not (found.head in _TABLE_HEADS or signed) or _PENDING.intersection(found.words.split()):
        return None
    a, b = sentence
    if found.state is None and _LOCAL_BODY.search(text, a, b):
        return None  # ("the city council passed a new law that …": an ordinance)
    # ("Washington state" and "the state of Washington" are the state)
    in_sentence = {
        "Washington state" if washington_state(text, h) else h.group("state")
        for h in state_re().finditer(text, a, b)
    }
    if in_sentence & NOT_IN_SENTENCE and found.state is None:
        return None  # ("lawmakers in Washington passed a new law that …": the capital)
    in_sentence = {"Washington" if n == "Washington state" else n for n in in_sentence}
    in_sentence = {n for n in in_sentence if n in _postal()}
    by_postal = {v: k for k, v in _postal().items()}
    name: str | None
    if found.state is not None:
        name = by_postal.get(found.state)
        if in_sentence - {name}:
            return None
    elif len(in_sentence) > 1:
        return None
    elif in_sentence:
        (name,) = in_sentence
    else:
        name = None
        if found.told and text[found.start : found.start + 4].lower() == "the " and a > 0:
            # ("Norland passed a bill. The state's new ferry law …": the state before)
            p = doc.sentence_at(a - 1)[0]
            before = {h.group("state") for h in state_re().finditer(text, p, a)}
            before = {n for n in before if n in _postal()}
            name = before.pop() if len(before) == 1 else None
        if name is None:
            name = _heading_state(text, a)
        if name is None:
            name = doc.memo("state_of_article", lambda: state_of_article(text)[0])
    if name is None or (
        not named_too and _postal().get(name) in {law.state for law in laws.values()}
    ):
        return None
    rows = state_rows().get(name, ())
    if not rows or _abroad(doc, a, b):
        return None
    rows = of_year(rows, text, found.start, found.end)
    year = int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None
    # (undated: "a law passed during the 2021 session" is no row enacted after 2021 — a
    # check of the row found, never a filter that leaves one row to win alone)
    years_printed = [int(y.group(0)) for y in _YEAR.finditer(text, a, b)] if year is None else []
    latest = max(years_printed) if years_printed else None
    if year is not None:
        rows = tuple(r for r in rows if r.year is None or r.year <= year)
    if not rows:
        return None
    # (words any law's sentences hold — "state", "lawsuit" — tell no row)
    # (to a second law joined to it: "… ban on abortion and its prohibition on pills")
    words_own = _JOINED.split(found.words, 1)[0]
    own = with_ban(stems(words_own), found.head, words_own) - _no_topic()
    printed = found.state is not None or bool(in_sentence)
    need = 2 if printed else 3
    # (the next sentences, not the rest of its own, which may join another law: "… ban on
    # abortion and its prohibition on pills")
    limit = b + _CONTEXT
    stop = len(text) if limit >= len(text) else text.rfind(". ", b, limit)
    context = text[b : stop if stop > 0 else limit]
    phrase = text[found.start : found.end]
    # (its own words, then with the next sentences': there a number they print — "abortions
    # after 15 weeks" — tells two rows apart before the word "new" does)
    tries = ((own, phrase, law_age(phrase)), (own | (stems(context) - _no_topic()), context, 0))
    for words, number_phrase, age in tries:
        hit = one_law(words, rows, age, number_phrase)
        if hit is None:
            continue
        row, topic = hit
        shared = next(st for t, st in row.topics if t == topic) - _no_topic()
        if len(own & shared) < need - 1 or len(words & shared) < need:
            return None
        if dated_before(text[found.start : found.end + 80], row.authority):
            return None
        if latest is not None and row.year is not None and row.year > latest:
            return None
        told = Mention(
            found.start,
            found.end,
            phrase,
            "statute",
            row.authority,
            name=row.name,
            confidence=0.6,
            evidence=_DESCRIBED_ROW.format(row.name, topic, name),
            matcher="described_laws",
        )
        # (a law chosen only because it replaced another, which the next words tell)
        return None if told_as_replaced(text, told) else told
    return None


# how far above a sentence its section's heading may stand, and how long a heading is
_HEADING_REACH = 600
_HEADING_LEN = 80


def _heading_state(text: str, a: int) -> str | None:
    """The one state the section heading above the sentence at ``a`` names, when nothing
    between them names another: a round-up of several states' new laws sets each under a
    heading ("Ferry rules in Norland schools") and the paragraph under it names no state
    ("The governor signed a bill in May that requires …"). A heading is a short line with
    no closing stop; the nearest one within ``_HEADING_REACH`` only."""
    lo = max(0, a - _HEADING_REACH)
    end = text.rfind("\n", lo, a)
    while end > lo:
        start = text.rfind("\n", lo, end) + 1
        if start == 0 and lo > 0:
            return None
        line = text[start:end].strip()
        if line and len(line) <= _HEADING_LEN and line[-1] not in ".!?:;,\"”'’)":
            names = {h.group("state") for h in state_re().finditer(text, start, end)}
            between = {h.group("state") for h in state_re().finditer(text, end, a)}
            if len(names) == 1 and not (between - names) and names <= _postal().keys():
                return names.pop()
            return None
        end = start - 1
    return None


def _abroad(doc: Doc, a: int, b: int) -> bool:
    """Whether the sentence ``a:b`` names another country or a place of it."""
    places = country_places(doc)
    i = bisect.bisect_left(places, a)
    return i < len(places) and places[i] < b


def _owner(doc: Doc, a: int, s: int) -> str | None:
    """The postal code of the one state named in ``doc.text[a:s]`` (the sentence before
    "its"), else in the sentence before it; None when none is, or two are."""
    text = doc.text
    for lo, hi in ((a, s), (doc.sentence_at(a - 1)[0] if a > 0 else a, a)):
        named = {_postal().get(h.group("state")) for h in state_re().finditer(text, lo, hi)}
        named.discard(None)
        if len(named) == 1:
            return named.pop()
        if named:
            return None
    return None


def _federal(m: Mention) -> bool:
    """Whether ``m`` is a federal law's or bill's mention (an act of Congress, a U.S. Code
    section, a bill in Congress)."""
    return (
        m.kind in ("statute", "bill")
        and bool(m.authority)
        and not (m.authority or "").startswith("state:")
    )


# The kinds of mention that name a law (a case or a ruling is none).
_LAW_KINDS = frozenset({"statute", "regulation", "executive-action"})
# A description told by the law's passage: "a law passed in 2022", "a measure enacted last year".
_PASSAGE = deferred(r"\b(?:passed|enacted|adopted)\s+(?:in|last|by|earlier)\b")


def _is_state_law_ref(m: Mention, laws: dict[str, _Law]) -> bool:
    """A mention that stands for one of ``laws`` (a reference back to it)."""
    return bool(m.authority) and m.authority in laws


def _fitting(
    text: str,
    laws: dict[str, _Law],
    found: _Told,
    sentence: tuple[int, int],
    alone: bool = False,
    ruled: bool = False,
    opening: bool = False,
) -> _Law | None:
    """The one state law the description fits, or None. ``ruled``: the description is the
    object of a ruling clause ("… struck down Oregon's “one-a-week” purchase law")."""
    pool = [law for law in laws.values() if found.state is None or law.state == found.state]
    if not pool:
        return None
    # (another state named in the description's sentence: "In Kentucky, a judge blocked a
    # law that …" in a story about Florida's)
    a, b = sentence
    # (not a dateline opening the sentence: "Washington — The court blocked a new Florida
    # law that …" names no second state)
    others = {
        _postal().get(h.group("state"))
        for h in state_re().finditer(text, a, b)
        if not dateline_place(text, h)
    }
    own = {law.state for law in pool}
    if others - own - {None}:
        return None
    # ("A controversial law banning drones took effect in Idaho": its sentence names the
    # state, as "an Idaho law" would)
    told = found.told or (len(others) == 1 and None not in others)
    topic = _topic(found.words)
    # (a description that names its state — "Florida's new law criminalizes …" — may fit
    # the named law by the words of its own row as well; "the law making it a crime …" right
    # after the law is named is a back-reference, left to ``anaphora``)
    scored = sorted(
        (
            (
                len(
                    topic
                    & (
                        _words_beside(text, law, found, sentence)
                        | (_row_topics(law.first.authority) if found.told else frozenset())
                    )
                ),
                law,
            )
            for law in pool
        ),
        key=lambda x: -x[0],
    )
    best_n, best = scored[0]
    if len(scored) > 1 and scored[1][0] == best_n:
        # two laws fit equally well (or neither does), unless one is a bill that amends the
        # other in the sentence that names both ("HB 1312, which … to amend the Colorado
        # Anti-Discrimination Act to make misgendering … illegal"): the bill (census35 P7)
        tied = [law for n, law in scored if n == best_n]
        kept = [law for law in tied if not _amended_by(text, law, tied)]
        if best_n == 0 or len(kept) != 1:
            return None
        best = kept[0]
    if told and best_n >= 1 and (found.told or best.state in others):
        return best
    if best_n >= 2 and found.head not in _BILL_HEADS:
        return best
    # the article's one state law, named within about two sentences after a law described
    # by a clause ("a law passed by the Legislature last year … Senate Bill 319")
    if (
        found.clause
        and len(laws) == 1
        and any(0 <= p - found.end <= NAMED_AHEAD for p in best.starts)
    ):
        return best
    # a law told by its passage ("a law passed in 2022") in an article that names one law
    # only, a state's, whose number it gives later, however far ("… under HB 1878")
    if (
        alone
        and found.clause
        and _PASSAGE.search(text, found.start, found.end)
        and best.starts[0] >= found.end
    ):
        return best
    # a law of its state struck down or upheld by a ruling ("the 9th Circuit struck down
    # Oregon's silly “one-a-week” purchase law"), the one law of that state the article
    # names, within about two sentences of it: its words need not match the code's
    if (
        ruled
        and found.state is not None
        and found.head in ("law", "statute", "ban")
        and len(pool) == 1
        and any(abs(p - found.end) <= NAMED_AHEAD for p in best.starts)
    ):
        return best
    # an indefinite "a state TOPIC ban" in the article's opening paragraph, the article naming
    # one law only, a state's, later on, however far ("… in a suit over a state weapons ban.
    # … upheld Norland's total ban on …"): a ban only if the law is one
    if (
        alone
        and opening
        and found.state is None
        and found.told
        and text[found.start : found.start + 2].lower() in ("a ", "an")
        and best.starts[0] >= found.end
        and (found.head not in _BAN_HEADS or _is_ban(text, best))
    ):
        return best
    return None


# A verb of amending right before an act's name: "… passed to amend the Colorado …"
_AMENDS_BEFORE = deferred(r"\bamend(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?\Z")
# how far after a bill's mention the act it amends may be named
_AMENDED_REACH = 160


def _amended_by(text: str, law: _Law, laws: list[_Law]) -> bool:
    """Whether a state bill of ``laws`` amends ``law`` where its sentence names both: the
    act named right after the bill and a verb of amending."""
    return any(
        ":bill:" in (bill.first.authority or "")
        and a <= p < b
        and me <= p <= me + _AMENDED_REACH
        and _AMENDS_BEFORE.search(text, max(me, p - 40), p) is not None
        for bill in laws
        if bill is not law
        for a, b, _, me in bill.named
        for p in law.starts
    )


# Heads that tell a ban: the law they stand for must be one.
_BAN_HEADS = frozenset({"ban", "prohibition"})
_BAN_WORD = deferred(r"\b(?:ban|bans|banning|prohibition|prohibits|prohibited)\b", re.I)


def _is_ban(text: str, law: _Law) -> bool:
    """Whether the state law ``law`` is told as a ban: by its first naming, its name or its
    table row's topics."""
    row = _topics_by_id().get(law.first.authority or "", "")
    return bool(_BAN_WORD.search(f"{law.first.text} {law.first.name or ''} {row}"))


def _opening_text(doc: Doc) -> str:
    """The text of the article's first paragraph with words (no ``source:`` line)."""
    for a, b in doc.paragraphs:
        if doc.text[a:b].strip() and not doc.text[a:b].lstrip().lower().startswith("source:"):
            return doc.text[a:b]
    return ""


def opening_paragraph(doc: Doc, at: int) -> bool:
    """Whether ``at`` stands in the article's first paragraph with words (a ``source:`` line
    at the top is none)."""
    for a, b in doc.paragraphs:
        if not doc.text[a:b].strip() or doc.text[a:b].lstrip().lower().startswith("source:"):
            continue
        return a <= at < b
    return False


PASS = Pass(
    name="statedesc",
    emits=("statute",),
    anchors=(LAW_ANCHOR, BAN_ANCHOR, HEADS, ONE_OF),
    run=attach,
)
