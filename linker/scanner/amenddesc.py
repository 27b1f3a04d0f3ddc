"""A state-constitution amendment told by its year, backers and the right it protects: "a
2011 GOP-backed amendment, passed to curb the federal health law, protecting the right to make
one's “own health care decisions”", "a voter-approved amendment guaranteeing the right to
hunt and fish".

The head is a lower-case "amendment" after "a"/"an"/"the" and up to three modifiers (a year,
"X-backed", "voter-approved"; never an ordinal: "the First Amendment" is capitalised and the
U.S. Constitution's). Its sentence must name a right of the state's constitution that only one
section holds (``data/state_clauses.csv``: "health care decisions", "reproductive freedom",
"bear arms"), after a verb of protecting or "the right to", and name the state (else the
sentence before it, else the article its one state). A year it prints must be the year a
``ballot_measures.csv`` measure that made the section was adopted, or the year before (the
legislature's referral). An amendment to a bill or an act
("an amendment to the bill …") is no constitution's.
"""

from __future__ import annotations

import re
from functools import cache

from .. import courts
from ..datafiles import read_rows
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet
from .state_const import _keys_of, _state_clauses, _state_word
from .statenames import state_of_article

HEAD = Anchor("amend_desc", ("amendment",), 0, 0, "word", "word")

_LEAD = deferred(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?P<mods>(?:(?:(?:19|20)\d\d|[a-z]+(?:-[a-z]+)*|"
    r"[A-Z][A-Za-z]*-[a-z]+)\s+){1,3})\Z"
)
# (what such an amendment does: the right it protects follows)
_PROTECTS = deferred(
    r"\b(?:protect(?:s|ed|ing)?|guarantee(?:s|d|ing)?|enshrin(?:es|ed|ing)|secur(?:es|ed|ing)|"
    r"establish(?:es|ed|ing)|creat(?:es|ed|ing)|recogniz(?:es|ed|ing)|the\s+right\s+to)\b"
)
_OF_BILL = deferred(
    r"\s+to\s+(?:the|a|an|this|that|his|her|their)\s+(?:\w+\s+){0,2}?(?:bill|act|law|measure)\b",
    re.I,
)
# Modifiers that tell an amendment of a bill or of the U.S. Constitution.
_NOT_MODS = frozenset({"floor", "committee", "manager's", "proposed", "federal", "constitutional"})
_REACH = 240
_EVIDENCE = "a {} constitutional amendment told by the right it protects (“{}”: state_clauses.csv)"


_YEAR = deferred(r"\b(?:19|20)\d\d\b")


@cache
def _votes() -> dict[tuple[str, str, str], frozenset[int]]:
    """(state, article, section) → the years ``ballot_measures.csv`` says voters adopted a
    measure making it, and the years before them (a legislature refers an amendment the year
    before the vote: "a 2011 GOP-backed amendment" adopted in November 2012)."""
    out: dict[tuple[str, str, str], set[int]] = {}
    for r in read_rows("ballot_measures.csv"):
        if r.get("result") != "adopted" or not r.get("vote", "")[:4].isdigit():
            continue
        y = int(r["vote"][:4])
        out.setdefault((r["state"], r["article"], r["section"]), set()).update((y, y - 1))
    return {k: frozenset(v) for k, v in out.items()}


def _years_of(state: str, article: str, section: str) -> frozenset[int]:
    return _votes().get((state, article, section), frozenset())


def _state(doc: Doc, a: int, b: int) -> str | None:
    """The postal code of the one state the sentence ``a:b`` names, else the sentence before
    it, else the article's."""
    by_name = courts.state_by_name()
    text = doc.text
    lo = doc.sentence_at(a - 1)[0] if a > 0 else a
    for x, y in ((a, b), (lo, a)):
        found = {by_name[m.group(0).lower()].postal for m in _state_word().finditer(text, x, y)}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    name = doc.memo("state_of_article", lambda: state_of_article(text)[0])
    st = by_name.get(name.lower()) if name else None
    return st.postal if st else None


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    taken = SpanSet([(m.start, m.end) for m in mentions])
    added: list[Mention] = []
    for at, end in doc.hits("amend_desc"):
        lead = _LEAD.search(text, max(0, at - 60), at)
        if lead is None or taken.overlaps(lead.start(), end):
            continue
        if _NOT_MODS.intersection(lead.group("mods").lower().split()):
            continue
        if _OF_BILL.match(text, end):
            continue  # ("an amendment to the bill that protects …": a bill's)
        a, b = doc.sentence_at(at)
        postal = _state(doc, a, b)
        if postal is None:
            continue
        stop = min(b, end + _REACH)
        verb = _PROTECTS.search(text, end, stop)
        if verb is None:
            continue
        rest = " ".join(text[verb.end() : stop].lower().replace("“", " ").replace("”", " ").split())
        key = next(
            (k for k in _keys_of(postal) if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", rest)),
            None,
        )
        if key is None:
            continue
        art, sec, _ = _state_clauses()[(postal.upper(), key)]
        state = courts.states()[postal.upper()].name
        year = _YEAR.search(lead.group("mods"))
        if year is not None and int(year.group(0)) not in _years_of(state, art, sec):
            continue  # ("a 2016 voter-backed amendment …": no measure of that year made it)
        s = lead.start()
        added.append(
            Mention(
                s,
                end,
                text[s:end],
                "constitution",
                f"state:{postal.lower()}:const:{art}-{sec}",
                name=f"{state} Constitution, Article {art}, Section {sec}",
                confidence=0.6,
                evidence=_EVIDENCE.format(state, key),
                matcher="state_const",
            )
        )
        taken.add(s, end)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


PASS = Pass(name="amenddesc", emits=("constitution",), anchors=(HEAD,), run=attach, gated=True)
