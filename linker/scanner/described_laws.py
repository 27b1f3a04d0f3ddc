"""Federal laws described instead of named: "a federal law that effectively outlawed machine
guns", "a 1990s law prohibiting people under domestic violence restraining orders from
possessing firearms", "a law that allows the president to federalize the National Guard".

``act_topics.csv`` lists, for laws news often describes, the phrases that describe them. A
description links when its clause shares at least two content words with one law's phrase and
with no other law's as many. It runs after the named matchers, on text they left free, and
stops before the next named mention. A state's law ("a Mississippi law that …") never matches:
the anchor allows no capitalised word before "law". A description whose sentence names a
state ("Iowa can't enforce a law making it a crime for immigrants to be in the state") is
matched against that state's rows only (``state:POSTAL:bill:…`` ids), never a federal law.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import DATA
from ..models import Mention
from .doc import Anchor, Doc
from .orderdata import stems
from .registry import Pass
from .sentences import sentence_start
from .spans import SpanSet, by_span
from .state_laws import LAW_ANCHOR, state_names

_TAIL = (
    r"(?:\s+(?:in|of|from)\s+\d{4})?\s+"
    r"(?:that|which|prohibiting|banning|"
    r"barring|requiring|making|allowing|criminalizing|outlawing|letting|giving|shielding|"
    r"protecting|authorizing|permitting|governing|codifying|guaranteeing|granting|"
    r"restricting)\b"
)
ANCHOR = re.compile(
    # (``\b(?:[Aa]n?|[Tt]he)`` written to open on its first letter, which the regex engine
    # skips ahead to; the look-behind after it asks what the word boundary would)
    r"[AaTt](?<!\w.)(?:(?<=[Aa])n?|(?<=[Tt])he)\s+"
    # "a Tennessee law banning …", "the New Mexico law requiring …": one state's law
    r"(?:(?:similar|new|\d{4})\s+)?(?:(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?"
    r"(?:(?:\d{4}|\d{4}s|federal|U\.S\.|longstanding|decades-old|"
    r"century-old|centuries-old|obscure|little-known|rarely\s+used|[a-z]+-era|gun|gun\s+control|"
    r"immigration|criminal|wartime)\s+){0,3}(?:law|statute)" + _TAIL
)
# What follows "law" or "statute" in every ``ANCHOR`` match: asked first after each of the
# anchor's hits, so that most articles' windows are not searched at all
TAIL = re.compile(_TAIL)
CLAUSE_END = re.compile(
    r"[.;:!?]|\n|,\s+(?:and|but|which|who|saying|arguing|according)\b"
    r"|,\s+(?:\w+\s+){0,3}?(?:said|says|told|wrote|added|noted)\b"
)
MAX_CLAUSE = 160


@dataclass(frozen=True)
class DescribedLaw:
    authority: str
    name: str
    topics: tuple[tuple[str, frozenset[str]], ...]  # (phrase, its stems)


@cache
def _laws() -> tuple[DescribedLaw, ...]:
    path = DATA / "act_topics.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return tuple(
        DescribedLaw(
            r["authority"],
            r["name"],
            tuple((t, frozenset(stems(t))) for t in r["topics"].split("|") if t.strip()),
        )
        for r in rows
    )


@cache
def _federal_laws() -> tuple[DescribedLaw, ...]:
    return tuple(law for law in _laws() if not law.authority.startswith("state:"))


@cache
def _state_rows() -> dict[str, tuple[DescribedLaw, ...]]:
    """The state rows (``state:POSTAL:…``) by the state's name."""
    from .. import courts

    by_postal: dict[str, list[DescribedLaw]] = {}
    for law in _laws():
        if law.authority.startswith("state:"):
            by_postal.setdefault(law.authority.split(":")[1].upper(), []).append(law)
    states = courts.states()
    return {states[p].name: tuple(rows) for p, rows in by_postal.items() if p in states}


@cache
def _state_topic_words() -> frozenset[str]:
    """The words of the state rows' topics, as the text spells them (lower case)."""
    return frozenset(
        w
        for rows in _state_rows().values()
        for law in rows
        for t, _ in law.topics
        for w in t.lower().split()
    ) - {"for", "the", "of", "to", "a", "in", "on", "and", "be", "who", "with"}


def _state_laws_named(text: str, at: int) -> tuple[DescribedLaw, ...]:
    """The described state laws of every state the sentence names before ``at``."""
    before = text[sentence_start(text, at) : at]
    return tuple(law for name, rows in _state_rows().items() if name in before for law in rows)


LOCAL = re.compile(
    r"\b(?:state|states|legislature|legislators|lawmakers\s+in|governor|Gov\.|city|county|"
    r"council|municipal)\b",
    re.IGNORECASE,
)


def _local_maker(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` names a state or local lawmaker or a state."""
    before = text[sentence_start(text, at) : at]
    return bool(LOCAL.search(before) or any(n in before for n in state_names()))


def _one_law(words: set[str], pool: tuple[DescribedLaw, ...]) -> tuple[DescribedLaw, str] | None:
    """The one law of ``pool`` whose best topic phrase shares the most words (two at least)
    with ``words``, and that phrase; None when none does or two tie."""
    scores: dict[DescribedLaw, tuple[int, str]] = {}
    for law in pool:
        best = max(((len(words & st), t) for t, st in law.topics), default=(0, ""))
        if best[0] >= 2:
            scores[law] = best
    if not scores:
        return None
    top = max(v[0] for v in scores.values())
    winners = [law for law, v in scores.items() if v[0] == top]
    return (winners[0], scores[winners[0]][1]) if len(winners) == 1 else None


def _mention(text: str, s: int, end: int, law: DescribedLaw, phrase: str) -> Mention:
    return Mention(
        s,
        end,
        text[s:end],
        "statute",
        law.authority,
        name=law.name,
        confidence=0.6,
        evidence=f"described like the {law.name} (“{phrase}”)",
        matcher="described_laws",
    )


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus the described laws found in text they leave free."""
    text = doc.text
    if not doc.hits("law"):
        return mentions  # (the pass also wakes for a state row's topic word alone)
    # the mentions' spans and starts (where a mention begins, for the next one): made at
    # the first phrase that asks (most articles have none)
    taken: SpanSet | None = None
    starts: list[int] = []
    added: list[Mention] = []
    # (an ``ANCHOR`` match holds a hit of "law" or "statute" with ``TAIL`` after it)
    tails = any(TAIL.match(text, e) for _, e in doc.hits("law"))
    for ws, we in doc.windows("law") if tails else ():
        for a in ANCHOR.finditer(text, ws, we):
            if taken is None:
                taken = _spans_of(mentions)
                starts = sorted(m.start for m in mentions)
            s = a.start()
            if taken.overlaps(s, a.end()):
                continue
            limit = min(len(text), a.end() + MAX_CLAUSE)
            k = bisect.bisect_left(starts, a.end())
            if k < len(starts) and starts[k] < limit:
                limit = starts[k]
            stop = CLAUSE_END.search(text, a.end(), limit)
            end = stop.start() if stop else limit
            while end > a.end() and text[end - 1] in " ,":
                end -= 1
            state = a.group("state")
            local = "federal" not in a.group(0) and _local_maker(text, s)
            # "The state passed a law that bans …" is no federal law: only the rows of a
            # state its sentence names ("Iowa can't enforce a law making it a crime …")
            if state is not None:
                if state not in state_names():
                    continue  # "a Roman law that …": no state's, and not Congress's either
                pool = _state_rows().get(state, ()) if doc.hits("state_topic") else ()
            elif local:
                pool = _state_laws_named(text, s) if doc.hits("state_topic") else ()
            else:
                pool = _federal_laws()
            if not pool:
                continue
            found = _one_law(stems(text[a.end() : end]), pool)
            if found is None:
                continue
            added.append(_mention(text, s, end, *found))
            taken.add(s, end)
            bisect.insort(starts, s)
    added.extend(_state_laws_by_their_words(doc, taken, mentions))
    return sorted([*mentions, *added], key=by_span)


def _spans_of(mentions: list[Mention]) -> SpanSet:
    return SpanSet([(m.start, m.end) for m in mentions])


# "the state's social media age verification law", "Iowa's illegal reentry law", "an age
# verification law that targets the adult entertainment industry": the words before "law"
# describe it. Only a state's rows, and only a state its sentence names.
PREMODIFIED = re.compile(
    r"(?P<det>[Tt]he\s+state['’]s|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s|[Aa]n?|[Tt]he)\s+"
    r"(?P<mod>(?:[a-z][\w-]*\s+){1,5}?)(?:law|statute)\b"
    r"(?P<clause>\s+(?:that|which)\s+[^.;:!?\n]{0,120})?"
)


def _state_laws_by_their_words(
    doc: Doc, taken: SpanSet | None, mentions: list[Mention]
) -> list[Mention]:
    """The state laws told by their topics' words before "law" in text that ``taken`` (the
    spans of ``mentions`` and those added since; made here when None) leaves free."""
    text = doc.text
    out: list[Mention] = []
    if not doc.hits("state_topic") or not any(name in text for name in _state_rows()):
        return out  # no long word of a state row's topics, or no state the table has rows of
    words = _state_topic_words()
    for h, he in doc.hits("law"):
        # two of a state row's topic words among the words before "law", else no regex
        if len(words.intersection(text[max(0, h - 60) : h].lower().split())) < 2:
            continue
        for m in PREMODIFIED.finditer(text, max(0, h - 60), min(len(text), he + 130)):
            if m.end("mod") != h:
                continue  # another "law" of the window
            s = m.start()
            if s and text[s - 1].isalnum():
                continue  # inside a word
            end = m.end("clause") if m.group("clause") else m.end() - len(m.group("clause") or "")
            if m.group("clause"):
                stop = CLAUSE_END.search(text, m.end() - len(m.group("clause")), m.end())
                end = stop.start() if stop else m.end()
            if taken is None:
                taken = _spans_of(mentions)
            if taken.overlaps(s, end):
                continue
            # the state its paragraph names shortly before ("The state of Mississippi
            # responded … In a filing, the state argues … the state's … law")
            para = text.rfind("\n", 0, s) + 1
            near = text[max(para, s - 300) : m.end("mod")]
            pool = tuple(
                law for name, rows in _state_rows().items() if name in near for law in rows
            )
            if not pool and m.group("det").lower().startswith("the state"):
                # "the state's … law": the one state (of the table's) the article named before
                named = [rows for name, rows in _state_rows().items() if name in text[:s]]
                pool = named[0] if len(named) == 1 else ()
            if not pool:
                continue
            found = _one_law(stems(m.group("mod") + " " + text[m.end("mod") : end]), pool)
            if found is None:
                continue
            while end > s and text[end - 1] in " ,":
                end -= 1
            out.append(_mention(text, s, end, *found))
            taken.add(s, end)
    return out


_COMMON_LONG = frozenset(
    {
        *("industry", "material", "illegally", "immigrants", "migrants", "parental"),
        *("platforms", "previously", "visitors", "websites", "treatments", "deported"),
        *("deportation",),
    }
)
# The long words of the state rows' topics ("verification", "reentered"): one of them in
# the text (found by the merged anchor pass) is needed before any "law" is read for them.
STATE_TOPIC_ANCHOR = Anchor(
    "state_topic",
    tuple(
        sorted(
            {
                w
                for law in _laws()
                if law.authority.startswith("state:")
                for t, _ in law.topics
                for w in t.lower().split()
                if len(w) >= 8 and w not in _COMMON_LONG
            }
        )
    ),
    0,
    0,
)
PASS = Pass(
    name="described_laws",
    emits=("statute",),
    anchors=(LAW_ANCHOR, STATE_TOPIC_ANCHOR),
    run=attach,
    gated=True,
)
