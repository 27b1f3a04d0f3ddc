"""An act told by a topic nickname: "the Norland divestment-or-ban bill", "the widget
divestment law", a headline's "… Sues Over Divestment Bill".

The words before the head ("bill", "law", "act", "measure"; hyphenated compounds split:
"divestment-or-ban" is "divestment", "or", "ban") are matched against the topic phrases
``act_topics.csv`` gives each federal law. A phrase fits when the nickname holds at least one
of its words and the nickname with the text around it (its sentence, the headline above, the
next sentences: ``_WINDOW``) holds all of them, two words at least. One law only: a nickname
two laws fit (or a state's row of a state the article names) stays unlinked, as does one
whose law was enacted after the article's year.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..datafiles import read_rows
from ..models import Mention
from .described_laws import DescribedLaw, federal_laws, short_words, state_rows
from .doc import Anchor, Doc
from .lazyre import deferred
from .orderdata import stems
from .registry import Pass
from .spans import SpanSet
from .statenames import state_re

HEAD = Anchor(
    "topic_bill_heads",
    ("bill", "law", "act", "measure", "Bill", "Law", "Act"),
    0,
    0,
    "word",
    "word",
)
_STATE_WORD = deferred(r"\bstate\b")
# The nicknames a bill is known by only while it is news ("the reconciliation bill" in mid-2025
# is H.R. 1 of the 119th Congress, in late 2021 the Build Back Better Act):
# ``dated_bill_nicknames.csv``, each row with the dates it holds between.
DATED = Anchor("dated_bill_nicknames", ("reconciliation",), 0, 0, "word", "word")

# A nickname: a determiner, one to three lower-case (or capitalised) words, the head.
# ("the TikTok divestment-or-ban bill"; the capitalised word may be a company's name)
# (the one capital inside a word, as "TikTok", written so that a word splits but one way:
# "[a-z]*[A-Z]?[a-z]*" splits a plain word at every letter, and a window with no nickname at
# its end tried every split of every word, about 0.25 ms a window)
_WORD = r"(?:[A-Za-z][a-z]*(?:[A-Z][a-z]*)?(?:-[a-z]+)*)"
_NICKNAME = deferred(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?P<mods>(?:" + _WORD + r"\s+){1,3})\Z")
# A headline's: "… Sues Over Divestment Bill", "… Fights Widget Ban Law" (title case, a
# preposition or verb before it, no determiner).
_HEADLINE = deferred(
    r"(?:\b(?:Over|Against|Fights?|Challenges?|Blocks?|Targets?)\s+)"
    r"(?P<mods>(?:[A-Z][a-z]+(?:-[A-Za-z]+)*\s+){1,2})\Z"
)
# Words a nickname's modifier may be that tell no topic.
_NOT_TOPIC = frozenset(
    stems(
        "new federal national proposed pending same state states congressional senate house "
        "recent sweeping controversial landmark bipartisan original final revised current "
        "whole entire first second signature spending funding"
    )
)
# Words no nickname holds: a clause or a phrase runs there, not a name.
_FUNCTION_WORDS = frozenset(
    {
        *("to", "of", "in", "on", "for", "by", "with", "from", "at", "as", "and", "or", "but"),
        *("must", "will", "would", "can", "could", "should", "may", "might", "shall"),
        *("is", "was", "are", "were", "be", "been", "has", "had", "have", "that", "which"),
        *("who", "under", "into", "against", "about", "than", "not", "no"),
    }
)
_WINDOW_BEFORE = 300
_WINDOW_AFTER = 600
_EVIDENCE = "a nickname of the {} by its topic (“{}”)"


def _words(phrase: str, head: str = "") -> set[str]:
    """The topic words of a nickname (its hyphenated compounds split)."""
    plain = phrase.replace("-", " ")
    return (stems(plain) | short_words(plain)) - _NOT_TOPIC


def _headline_end(text: str) -> int:
    """Where the article's first line with words (its headline) ends, a ``source:`` line aside."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if line and not line.lower().startswith("source:"):
            return end
        pos = end + 1
    return 0


def _fit(mods: set[str], around: set[str], pool: tuple[DescribedLaw, ...]) -> DescribedLaw | None:
    """The one law of ``pool`` a topic phrase of which the nickname's words ``mods`` touch and
    ``mods | around`` hold whole (two words at least)."""
    words = mods | around
    hits = {
        law.authority: law
        for law in pool
        for _, st in law.topics
        if len(st) >= 2 and st & mods and st <= words
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


class _Dated(NamedTuple):
    phrases: tuple[str, ...]
    authority: str
    start: str
    end: str


@cache
def _dated_rows() -> tuple[_Dated, ...]:
    return tuple(
        _Dated(tuple(r["phrases"].split("|")), r["authority"], r["from"], r["to"])
        for r in read_rows("dated_bill_nicknames.csv")
    )


# What may stand between the determiner and a dated nickname: "a federal budget reconciliation
# bill", "the House-passed reconciliation bill", "the GOP's massive reconciliation package".
_DATED_LEAD = deferred(
    r"(?<![\w-])(?:[Tt]he|[Aa])\s+(?:(?:federal|congressional|national|GOP|Republican|"
    r"Democratic|House|Senate|House-passed|Senate-passed|massive|sweeping|pending|proposed|"
    r"party-line|sprawling|\$[\d.]+[- ]trillion)\s+){0,3}\Z"
)
_DATED_EVIDENCE = "“{}” on {}: the bill that nickname meant then (dated_bill_nicknames.csv)"


def _dated(doc: Doc, taken: SpanSet) -> list[Mention]:
    """The dated nicknames of ``dated_bill_nicknames.csv`` whose dates hold the article's."""
    text, date = doc.text, doc.date
    if not date:
        return []
    out: list[Mention] = []
    for at, _ in doc.hits("dated_bill_nicknames"):
        rows = [r for r in _dated_rows() if r.start <= date <= r.end]
        if not rows:
            continue
        # (the anchor word may stand inside a phrase: "budget reconciliation bill")
        if text[max(0, at - 7) : at].lower() == "budget ":
            at -= 7
        lead = _DATED_LEAD.search(text, max(0, at - 60), at)
        if lead is None:
            continue
        low = text[lead.end() : lead.end() + 40].lower()
        best = max(
            ((len(p), r) for r in rows for p in r.phrases if low.startswith(p)),
            default=None,
            key=lambda x: x[0],
        )
        if best is None:
            continue
        n, row = best
        s, e = lead.start(), lead.end() + n
        if text[e : e + 1].isalnum() or taken.overlaps(s, e):
            continue
        kind = "bill" if row.authority.startswith("bill:") else "statute"
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                kind,
                row.authority,
                confidence=0.6,
                evidence=_DATED_EVIDENCE.format(text[lead.end() : e], date),
                matcher="topicbills",
            )
        )
        taken.add(s, e)
    return out


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    taken = SpanSet([(m.start, m.end) for m in mentions])
    dated = _dated(doc, taken)
    hits = doc.hits("topic_bill_heads")
    if not hits:
        return sorted(mentions + dated, key=lambda m: (m.start, m.end)) if dated else mentions
    year = int(doc.date[:4]) if doc.date and doc.date[:4].isdigit() else None
    named_states = {h.group("state") for h in state_re().finditer(text)}
    pool = federal_laws() + tuple(
        law for name, rows in state_rows().items() if name in named_states for law in rows
    )
    head_end = _headline_end(text)
    added: list[Mention] = dated
    for at, end in hits:
        head = text[at:end]
        if head[0].isupper():
            if at > head_end:
                continue  # (a capitalised head only in the headline)
            lead = _HEADLINE.search(text, max(0, at - 60), at)
            start = lead.start("mods") if lead else -1
        else:
            lead = _NICKNAME.search(text, max(0, at - 80), at)
            start = lead.start() if lead else -1
        if lead is None or taken.overlaps(start, end):
            continue
        raw = lead.group("mods")
        if _FUNCTION_WORDS.intersection(raw.lower().split()):
            continue  # ("the clergy that must report to law": no nickname)
        if head[0].islower() and not any(w[0].islower() for w in raw.split()):
            continue  # ("the Widget Safety Act"-like names are names, others' to read)
        if _STATE_WORD.search(raw) or any(n in raw for n in named_states):
            continue  # ("the Norland abortion law": a state's law, ``statedesc``'s to read)
        mods = _words(raw)
        if not mods:
            continue
        a, b = doc.sentence_at(at)
        around_text = text[max(0, a - _WINDOW_BEFORE) : min(len(text), b + _WINDOW_AFTER)]
        if head[0].isupper():
            around_text = text[: min(len(text), head_end + _WINDOW_AFTER)]
        law = _fit(mods, _words(around_text), pool)
        if law is None or not law.authority or (year and law.year and law.year > year):
            continue
        added.append(
            Mention(
                start,
                end,
                text[start:end],
                "statute",
                law.authority,
                name=law.name,
                confidence=0.6,
                evidence=_EVIDENCE.format(law.name, text[start:end]),
                matcher="topicbills",
            )
        )
        taken.add(start, end)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


PASS = Pass(
    name="topicbills", emits=("statute", "bill"), anchors=(HEAD, DATED), run=attach, gated=True
)
