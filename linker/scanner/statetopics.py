"""A state law told by a short form of its topic (twenty-third session): "a flag-display law in
Norland", "Norland's flag-display mandate", "lawmakers in Norland imposed a flag-display
mandate on 30 districts", and the back-references that name its state ("the new Norland
mandate", "the Norland version") or its place ("the flag law there"). A follow-up pass.

``state_acts.csv`` gives a state's law long topic phrases ("display the flag in public school
classrooms"); news calls it by their head words and a law noun. A phrase links to a row when
the words before its noun (at most three) all stand in one topic phrase of the row, two of
them at least, and its state is told beside it: "in Norland" after it, "Norland's" or "the
Norland" before it, else the one state its sentence names as a lawmaker. Two states may have
parallel laws on one topic: the adjacent state decides, and one row of that state must fit
alone. A phrase printing a year other than the row's is another law, and stays unlinked.

A phrase with one topic word ("the flag law there", "the Norland flag law") is a reference
back: it links only to a row of that state the article has linked before, "there" meaning
the one state its sentence (or the sentence before) names. "the Norland version", "the new
Norland mandate" refer back to the one law of that state found before.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..courts import states
from ..models import Mention
from .described_laws import DescribedLaw, state_rows
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span
from .state_laws import LAW_ANCHOR
from .statenames import only_state, opening_on_first_letters, state_names, state_re

HEADS = Anchor(
    "state_topic_heads",
    ("law", "mandate", "requirement", "requirements", "measure", "ban", "statute", "version"),
    90,
    30,
    "word",
    "word",
)
# (what may stand between the determiner and the topic words: it tells no topic)
_PRE = r"(?:(?:new|recent|controversial|similar|strict|sweeping|(?P<year>(?:19|20)\d\d))\s+)?"
# ("Norland's handgun licensing requirements": the plural of a requirement is one law's)
_NOUN = r"(?P<head>law|mandate|requirements?|measure|ban|statute)\b(?![-–])"
# Words that are no topic words: they end the phrase before the head ("the state and law").
_NOT_TOPIC = frozenset(
    {
        *("of", "and", "or", "the", "a", "an", "to", "in", "on", "at", "by", "for", "with"),
        *("that", "which", "is", "was", "are", "were", "be", "been", "has", "had", "have"),
        *("its", "his", "her", "their", "this", "those", "these", "as", "not", "no", "said"),
        *("new", "state", "states", "federal", "national", "same", "other", "another", "any"),
        *("every", "such", "similar", "proposed", "pending", "local", "city", "county"),
        *("law", "laws", "bill", "bills", "measure", "legislation", "statute", "public"),
    }
)
# A topic word of one letter or two ("a", "in") tells nothing: the shortest kept is three
# ("ten", "gun", "tax").
_MIN_WORD = 3
# A single topic word must be at least this long to refer back ("the flag law there").
_MIN_ONE = 4
_WORD = deferred(r"[a-z0-9]+")
# A predicate or a likeness, not a law of its own: "… interpreted as a near-total ban", "seen
# as a flag law", "like a flag law"
# (not "as well as": "… Delaware's ban as well as Norland's flag-display mandate")
_AS_BEFORE = deferred(r"\b(?:(?<!well\s)as|like|than)\s+\Z")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The described phrase ("a flag-display law in Norland", "Norland's flag-display
    mandate", "the flag law there") and the back-reference by state ("the Norland version")."""
    alt = "|".join(re.escape(n) for n in state_names())
    first = opening_on_first_letters(state_names())
    told = re.compile(
        r"(?<![\w-])(?:(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+"
        + _PRE
        + rf"(?:(?P<state>{alt})\s+)?"
        rf"|(?P<pstate>{first})['’]s?\s+" + _PRE.replace("?P<year>", "?P<pyear>") + r")"
        r"(?P<mods>(?:[A-Za-z][A-Za-z-]*\s+){1,3}?)" + _NOUN + rf"(?:\s+in\s+(?P<in_state>{alt})\b"
        r"|(?P<there>\s+there)\b)?"
    )
    back = re.compile(
        rf"(?<![\w-])[Tt]he\s+(?:(?:new|recent)\s+)?(?P<state>{alt})\s+"
        r"(?P<head>version|mandate|requirement)\b(?![-–])(?!\s+of\b)"
    )
    return told, back


# The heads of "the Norland version": back-references only
_BACK_HEADS = frozenset({"version"})
# The heads of "the new Norland mandate" (a reference back by its state)
_STATE_HEADS = frozenset({"version", "mandate", "requirement"})
# How far before a head its phrase may start, and after it end ("… law in New Hampshire there")
_BEFORE = 90
_AFTER = 30


@cache
def _vocabulary() -> frozenset[str]:
    """Every topic word of every state row (as ``_words`` spells them)."""
    return frozenset(
        w
        for rows in state_rows().values()
        for law in rows
        for t, _ in law.topics
        for w in _words(t)
        if len(w) >= _MIN_WORD and w not in _NOT_TOPIC
    )


def _topic_word_before(text: str, at: int) -> bool:
    """Whether one of the three words before ``at`` is a topic word of a state row (as
    printed, or without a plural "s"; hyphenated words apart)."""
    vocab = _vocabulary()
    for w in text[max(0, at - 40) : at].lower().replace("-", " ").split()[-3:]:
        w = w.strip(".,;:!?\"'“”‘’()")
        if w in vocab or w[:-1] in vocab:
            return True
    return False


def _words(phrase: str) -> list[str]:
    """The words of a phrase, lower-cased, hyphenated ones apart, a plural "s" dropped, and
    a gerund's "ing" or a final "e" too ("licensing" and "license" are one word)."""
    out = []
    for w in _WORD.findall(phrase.lower()):
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if len(w) > 5 and w.endswith("ing"):
            w = w[:-3]
        elif len(w) > 4 and w.endswith("e"):
            w = w[:-1]
        out.append(w)
    return out


@cache
def _row_phrases(authority: str) -> tuple[frozenset[str], ...]:
    """The word sets of each topic phrase of a state row."""
    for rows in state_rows().values():
        for law in rows:
            if law.authority == authority:
                return tuple(frozenset(_words(t)) for t, _ in law.topics)
    return ()


def _fits(words: set[str], law: DescribedLaw) -> bool:
    return any(words <= phrase for phrase in _row_phrases(law.authority))


@cache
def _by_postal() -> dict[str, str]:
    return {st.name: postal.lower() for postal, st in states().items()}


@cache
def _names_by_postal() -> dict[str, str]:
    return {v: k for k, v in _by_postal().items()}


def _state_of(m: Mention) -> str | None:
    auth = m.authority or ""
    if auth.startswith("state:"):
        return _names_by_postal().get(auth.split(":")[1])
    return None


def _one_state_in(text: str, a: int, b: int) -> str | None:
    named = {h.group("state") for h in state_re().finditer(text, a, b)}
    named &= set(_by_postal())
    return named.pop() if len(named) == 1 else None


_EVIDENCE = "a state law told by its short topic (“{}”) and its state, {}"
_EVIDENCE_BACK = "refers back to the {} law found before, “{}”, by its topic word"
_EVIDENCE_STATE = "refers back to the one {} law found before, “{}”"


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus the state laws told by short topic, and their state back-references."""
    text = doc.text
    if not (doc.hits("state_topic_heads")):
        return mentions
    told_re, back_re = _patterns()
    heads = doc.hits("state_topic_heads")
    # (a regex only where a word of a state row's topics stands just before the head, or a
    # state's name before "version", "mandate", "requirement")
    told_at = [
        (hs, he)
        for hs, he in heads
        if text[hs:he] not in _BACK_HEADS and _topic_word_before(text, hs)
    ]
    back_at = [(hs, he) for hs, he in heads if text[hs:he] in _STATE_HEADS]
    if not told_at and not back_at:
        return mentions
    found = [
        h
        for hs, he in told_at
        for h in told_re.finditer(text, max(0, hs - _BEFORE), min(len(text), he + _AFTER))
        if h.start("head") == hs
    ]
    taken = SpanSet([(m.start, m.end) for m in mentions])
    year = int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None
    added: list[Mention] = []
    # (the state laws found, in order, for the back-references: the article's and ours)
    laws = sorted(
        (m for m in mentions if m.kind == "statute" and _state_of(m) is not None),
        key=lambda m: m.start,
    )
    for h in found:
        s, e = h.span()
        if taken.overlaps(s, e) or _AS_BEFORE.search(text, max(0, s - 40), s):
            continue  # ("widely interpreted as a near-total ban": what a law is read as)
        mods = _words(h.group("mods"))
        if any(w in _NOT_TOPIC for w in mods) or any(
            w in _by_postal() for w in h.group("mods").split()
        ):
            continue
        words = {w for w in mods if len(w) >= _MIN_WORD}
        if not words or len(words) != len(set(mods)):
            continue
        a, b = doc.sentence_at(s)
        state = h.group("state") or h.group("pstate") or h.group("in_state")
        how = "named beside it"
        if state is None and h.group("there"):
            state = _one_state_in(text, a, s)
            if state is None and a > 0:
                p = doc.sentence_at(a - 1)[0]
                state = _one_state_in(text, p, a) if _one_state_in(text, a, b) is None else None
            how = "the place “there” means"
        elif state is None:
            lawmaker = only_state(text, a, b)
            state = lawmaker if lawmaker is not None and _one_state_in(text, a, b) else None
            how = "the one state its sentence names as a lawmaker"
        if state is None:
            continue
        rows = state_rows().get(state, ())
        if year is not None:
            rows = tuple(r for r in rows if r.year is None or r.year <= year)
        own_year = h.group("year") or h.group("pyear")
        if own_year is not None:
            rows = tuple(r for r in rows if r.year == int(own_year))
        fit = [r for r in rows if _fits(words, r)]
        if not fit and h.group("pstate") and len(mods) > 2:
            # "Norland's burdensome handgun licensing requirements": after the state's
            # possessive, a word that is no row's topic word may be an opinion of the law;
            # the words after it must still fit one row, two of them at least
            vocab = _vocabulary()
            rest = list(mods)
            while len(rest) > 2 and rest[0] not in vocab:
                rest.pop(0)
            if len(rest) < len(mods) and all(w in vocab for w in rest):
                words = set(rest)
                fit = [r for r in rows if _fits(words, r)]
        if len(fit) != 1:
            continue
        row = fit[0]
        seen = any(m.authority == row.authority and m.end <= s for m in laws)
        if len(words) < 2 and (max(map(len, words)) < _MIN_ONE or not seen):
            # one topic word: only a reference back to the row found before ("the flag law
            # there"), and a word long enough to tell it
            continue
        # ("the app store law" after the law was named: a reference back to it)
        anaphor = seen and (h.group("det") or "").lower() in ("the", "this", "that")
        phrase = text[s:e]
        m = Mention(
            s,
            e,
            phrase,
            "statute",
            row.authority,
            name=row.name,
            confidence=0.6,
            anaphor=anaphor,
            evidence=(
                _EVIDENCE_BACK.format(state, row.name)
                if anaphor
                else _EVIDENCE.format(" ".join(sorted(words)), how)
            ),
            matcher="described_laws",
        )
        added.append(m)
        taken.add(s, e)
        bisect.insort(laws, m, key=lambda x: x.start)
    backs = [
        h
        for hs, he in back_at
        for h in back_re.finditer(text, max(0, hs - _BEFORE), he)
        if h.start("head") == hs
    ]
    for h in backs:
        s, e = h.span()
        if taken.overlaps(s, e):
            continue
        state = h.group("state")
        before = {m.authority for m in laws if m.end <= s and _state_of(m) == state}
        if len(before) != 1:
            continue
        ante = next(m for m in reversed(laws) if m.end <= s and m.authority in before)
        m = Mention(
            s,
            e,
            text[s:e],
            "statute",
            ante.authority,
            name=ante.name,
            confidence=0.65,
            anaphor=True,
            evidence=_EVIDENCE_STATE.format(state, ante.text),
            matcher="described_laws",
        )
        added.append(m)
        taken.add(s, e)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


PASS = Pass(
    name="statetopics",
    emits=("statute",),
    anchors=(LAW_ANCHOR, HEADS),
    run=attach,
)
