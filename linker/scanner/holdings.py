"""A Supreme Court precedent named by what it decided, with no year and no caption: "the
Court's affirmative action decision", "the Supreme Court's student loan ruling", an
"Affirmative Action Ruling" headline.

Some holdings belong to one Supreme Court decision only (the court ended affirmative action
in admissions once). ``linker/data/case_holdings.csv`` lists such decisions with the
compounds news makes of their subject; a compound right before "decision", "ruling",
"opinion" or "case" is that case when the phrase is the Supreme Court's (it says "Supreme
Court", "high court", "justices" or a capitalised "Court's", or the Supreme Court or the
justices are named in the two sentences before it, its own, or the sentence or 200
characters after it: a headline's court is in the lead) and the article names none of the
row's ``not_with`` words, the other cases on that subject that would make the phrase ambiguous
("Grutter", "Fisher v."). A year before the compound is read by ``precedents.py``, which
knows more; a case already found on the words stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import cases, read_rows
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .precedents import with_cases
from .registry import Pass
from .state_laws import state_names


@dataclass(frozen=True)
class _Holding:
    name: str
    not_with: tuple[str, ...]
    decided: str = ""  # YYYY-MM-DD, where two decisions share a compound
    granted: str = ""  # YYYY-MM-DD review was granted, for a case not yet decided


_NOUNS = ("decision", "ruling", "opinion", "case")


def _rows() -> tuple[dict[str, tuple[_Holding, ...]], tuple[str, ...]]:
    """Each compound (lowercase) and its holdings (one, or several told apart by their days of
    decision), and the compounds as the file prints them ("Colorado ballot", for the anchor's
    spellings): one read of the file."""
    out: dict[str, tuple[_Holding, ...]] = {}
    printed: list[str] = []
    for r in read_rows("case_holdings.csv"):
        h = _Holding(
            r["name"],
            tuple(w.strip() for w in r["not_with"].split("|") if w.strip()),
            r.get("decided", ""),
            r.get("granted", "") or "",
        )
        for c in r["compounds"].split("|"):
            if c.strip():
                out[c.strip().lower()] = (*out.get(c.strip().lower(), ()), h)
                printed.append(c.strip())
    return out, tuple(sorted(set(printed)))


def _as_of(holdings: tuple[_Holding, ...], date: str | None) -> _Holding | None:
    """The decision a compound names in an article of ``date``: its one row; of several, the
    one decided last on or before the article's day ("the birthright citizenship decision" on
    the day of Trump v. CASA is that one, a year later Trump v. Barbara). A decision made
    after the article cannot be meant; with no date, or a row with no day, none."""
    if len(holdings) == 1:
        h = holdings[0]
        return None if h.decided and date and h.decided > date[:10] else h
    if not date or not all(h.decided for h in holdings):
        return None
    before = [h for h in holdings if h.decided <= date[:10]]
    return max(before, key=lambda h: h.decided) if before else None


_HOLDINGS, _PRINTED = _rows()


def _spellings(compound: str) -> tuple[str, ...]:
    title = " ".join(w[:1].upper() + w[1:] for w in compound.split(" "))
    title = "-".join(p[:1].upper() + p[1:] for p in title.split("-"))
    return tuple(
        f"{c} {n}" for c in (compound, title) for n in (*_NOUNS, *(x.title() for x in _NOUNS))
    )


ANCHOR = Anchor(
    "holding_compound",
    tuple(sorted({s for c in _PRINTED for s in _spellings(c)})),
    0,
    0,
    "word",
    "word",
)

# The words before the compound: "the Court's", "the Supreme Court's landmark", "its", "a".
_BEFORE = deferred(
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Aa])\s+|(?:[Tt]he\s+)?(?:(?:U\.S\.\s+)?"
    r"Supreme\s+Court|[Hh]igh\s+[Cc]ourt|Court|[Jj]ustices)['’]s?\s+)(?:(?:landmark|historic|"
    r"major|recent|blockbuster|controversial|\d-\d|\d–\d)\s+)*$"
)
_SUPREME = deferred(r"Supreme Court|high court|[Jj]ustices\b|SCOTUS")
_COURT_PHRASE = deferred(r"Supreme|[Hh]igh\s+[Cc]ourt|Court['’]|[Jj]ustices")


# Another court's or a judge's ruling on the subject: "the appeals court's tariff ruling",
# "the D.C. Circuit's tariff decision" (a possessive that is not the Supreme Court's), "a tariff
# decision by the trade court".
_OTHER_OWNER = deferred(r"[\w.]+['’]s?\s+$")
_BY_ANOTHER = deferred(
    r"\s+(?:by|from|of)\s+(?:the\s+|a\s+)?(?!(?:U\.S\.\s+)?Supreme\b|[Hh]igh\s+[Cc]ourt|[Jj]ustices)"
    r"(?:[\w.'’-]+\s+){0,3}?(?:court|judge|panel|Circuit|Court)\b"
)


_COURT_OF = deferred(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:Supreme\s+Court|[Hh]igh\s+[Cc]ourt)")


def _state_court(text: str, a: int, b: int) -> bool:
    """Whether a state's high court is named between ``a`` and ``b`` ("the Colorado Supreme
    Court", "Tennessee's high court" is read as "Tennessee")."""
    for m in _COURT_OF.finditer(text, a, b):
        words = m.group(1).split()
        if any(" ".join(words[i:]) in state_names() for i in range(len(words))):
            return True
        if words[-1] in ("State", "state"):
            return True
    return False


def _us_supreme_in(text: str, a: int, b: int) -> bool:
    """Whether the U.S. Supreme Court or its justices are named between ``a`` and ``b`` (a
    state's "Tennessee Supreme Court" is not)."""
    for m in _SUPREME.finditer(text, a, b):
        if m.group(0) in ("Supreme Court", "high court") and _state_court(
            text, max(0, m.start() - 25), m.end()
        ):
            continue
        return True
    return False


@cache
def _authorities() -> dict[str, str | None]:
    return {c.name: c.authority for c in cases()}


def _hi(doc: Doc, k: int) -> int:
    """The end of the sentence after the ``k``-th (a headline's court is in the lead after
    it), or of the text."""
    if not doc.sentences:
        return len(doc.text)
    return doc.sentences[min(k + 1, len(doc.sentences) - 1)][1]


# A case the Supreme Court agreed to hear, told by its subject: "The Supreme Court agreed in
# March to hear a Colorado case about whether states can ban conversion therapy for minors".
# The case, not a ruling on its merits (none was made yet): the row whose compound stands in
# the clause after "case about/over/…", in a sentence that names the Supreme Court.
GRANTED_ANCHOR = Anchor(
    "holding_granted",
    tuple(
        f"{n} {w}"
        for w in (
            *("about", "over", "involving", "concerning", "challenging", "testing", "on"),
            *("that", "which", "from", "in which"),
        )
        # ("will hear a major climate lawsuit in which …": a lawsuit taken up is its case)
        for n in ("case", "lawsuit")
    ),
    0,
    0,
    "word",
    "word",
)
# "to hear a Colorado case", "took up an Alabama case", "will weigh a case": the noun phrase
# right before the anchor's "case", after a verb of taking a case up.
_GRANTED_NP = deferred(
    r"\b(?:hear|review|consider|decide|weigh|take\s+up|took\s+up|takes\s+up|taking\s+up|"
    r"hears|hearing|heard\s+arguments\s+in|will\s+hear)\s+"
    r"(?P<np>(?:[Aa]n?|[Aa]nother)\s+(?:[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?)?)"
    # ("a major climate lawsuit": up to two lower-case words before the noun, read with the
    # clause after it for the row's compound)
    r"(?P<mods>(?:[a-z][a-z-]+\s+){0,2})$"
)
_GRANTED_REACH = 160


@cache
def _told_of(name: str) -> str:
    """What the rows say of the case: its name and holding (the state it came from)."""
    return " ".join(
        f"{r['name']} {r.get('source', '')}"
        for r in read_rows("case_holdings.csv")
        if r["name"] == name
    )


def _to_hear(holdings: tuple[_Holding, ...], date: str | None) -> tuple[_Holding, ...]:
    """Of a compound's holdings, those the Court may still take up in an article of ``date``:
    not one already decided by then (a row with no day always), nor one whose review was
    granted after it."""
    return tuple(
        h
        for h in holdings
        if not (h.decided and date and h.decided <= date[:10])
        and not (h.granted and date and h.granted > date[:10])
    )


def _granted(doc: Doc) -> list[Mention]:
    """ "agreed to hear a Colorado case about … conversion therapy": the case of the one
    compound of ``case_holdings.csv`` in the clause after "case about", when the sentence
    names the U.S. Supreme Court and the article none of the row's ``not_with`` words."""
    text = doc.text
    out: list[Mention] = []
    for s, e in doc.hits("holding_granted"):
        np = _GRANTED_NP.search(text, max(0, s - 60), s)
        if np is None:
            continue
        a, b = doc.sentence_at(s)
        if not _us_supreme_in(text, a, s) or _state_court(text, a, s):
            continue  # a case before a state's court, or no court that takes cases up
        clause = (np.group("mods") + " " + text[e : min(b, e + _GRANTED_REACH)]).lower()
        found = {
            h.name: h
            for c, hs in _HOLDINGS.items()
            if re.search(rf"\b{re.escape(c)}\b", clause)
            for h in _to_hear(hs, doc.date)
        }
        place = " ".join(np.group("np").split()[1:])
        if not found and place in state_names():
            # "heard arguments in a Colorado case that could resolve the issue": the issue is
            # the article's, and the state the row's case comes from
            low = text.lower()
            found = {
                h.name: h
                for c, hs in _HOLDINGS.items()
                if re.search(rf"\b{re.escape(c)}\b", low)
                for h in _to_hear(hs, doc.date)
                if place in _told_of(h.name)
            }
        if len(found) != 1:
            continue
        holding = next(iter(found.values()))
        if any(w in text for w in holding.not_with):
            continue
        if place and place in state_names() and place not in _told_of(holding.name):
            continue  # "an Illinois case": a state the row's case does not come from
        start = np.start("np")
        end = text.index(" ", s)
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "case",
                _authorities().get(holding.name),
                name=holding.name,
                confidence=0.7,
                evidence=f"the case the Supreme Court took up, told by its subject: {holding.name}",
                matcher="holdings",
            )
        )
    return out


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if doc.hits("holding_granted"):
        mentions = with_cases(mentions, _granted(doc))
    hits = doc.hits("holding_compound")
    if not hits:
        return mentions
    text = doc.text
    new: list[Mention] = []
    for s, e in hits:
        noun_at = text.rfind(" ", s, e)
        holding = _as_of(_HOLDINGS.get(text[s:noun_at].lower(), ()), doc.date)
        if holding is None or (holding.granted and not holding.decided):
            continue  # (a case only taken up is told by ``_granted``, not by a compound)
        if any(w in text for w in holding.not_with):
            continue  # another case on the subject: the phrase may be that one
        before = _BEFORE.search(text, max(0, s - 60), s)
        if before is None and _OTHER_OWNER.search(text, max(0, s - 40), s):
            continue  # "the appeals court's tariff ruling": another court's
        if _BY_ANOTHER.match(text, e):
            continue  # "a tariff decision by the trade court"
        start = before.start() if before else s
        k = doc.sentence_index(s)
        a, b = doc.sentences[k] if doc.sentences else (0, len(text))
        if _state_court(text, max(a, s - 80), s) or (
            not (before and _SUPREME.search(before.group(0))) and _state_court(text, a, b)
        ):
            continue  # "the Colorado Supreme Court's ballot ruling": a state court's
        lo = doc.sentences[max(0, k - 2)][0] if doc.sentences else 0
        lo = min(lo, max(0, s - 250))  # (a list number is a sentence of its own)
        if not (
            (before and _COURT_PHRASE.search(before.group(0)))
            or _us_supreme_in(text, lo, max(_hi(doc, k), min(len(text), e + 200)))
        ):
            continue
        if text[max(0, s - 12) : s].rstrip().endswith(("19", "20")) or re.search(
            r"(?:19|20)\d\d\s+$", text[max(0, s - 6) : s]
        ):
            continue  # "its 2023 affirmative action ruling": the year pass reads it
        new.append(
            Mention(
                start,
                e,
                text[start:e],
                "case",
                _authorities().get(holding.name),
                name=holding.name,
                confidence=0.75,
                evidence=f"the Supreme Court decision the article describes: {holding.name}",
                matcher="holdings",
            )
        )
    return with_cases(mentions, new)


PASS = Pass(name="holdings", emits=("case",), anchors=(ANCHOR, GRANTED_ANCHOR), run=run, gated=True)
