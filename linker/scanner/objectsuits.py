"""The court of a ruling told by its verb alone, from the suit over what it acts on: "A federal
judge on Tuesday blocked Executive Order 14999", "a federal judge in Texas vacated the HIPAA
Privacy Rule", "A judge agreed with them and halted the rule".

Such a sentence names no court, or only a state with several districts; but the thing the
ruling blocks is a law, order or rule the article links, and ``lawsuits.csv`` (with the rows
of the litigation tracker) knows which suits challenge it and in which court. The ruling takes
that court when exactly one fits:

- the suit challenges an authority linked in the ruling's own sentence (a mention of another
  kind than a case or ruling), was filed by the article's date (or a later past day its text
  tells; for an undated article, that day: ``_written_by``) and at most ``_YEARS`` years
  before it, and is a federal district court's (the ruling is a trial judge's: its words say
  "judge", "district court" or "federal court"; never a state or county judge, nor a judge
  named with no federal title, who may sit on a state court; never the justices; never
  several judges or courts);
- every state the ruling's words name is that district's ("a federal judge in Texas" never
  takes a Maryland suit);
- a court of appeals whose words name no circuit and no state ("A federal appeals court on
  Friday blocked Executive Order 14250") takes the circuit of the suit's district instead;
- the candidates' courts are one court; else, of the candidates, those with a party the
  article names (whole words, as ``lawsuits.csv`` lists them) are in one court.

A trial judge's ruling whose sentence links no such authority ("A federal judge on Friday
blocked the administration from freezing Harvard University's research grants") takes the court
of the one hand-curated suit of ``lawsuits.csv`` (district level, in time, as above) of which the
sentence names two parties' words, one of them the suit's own (listed by no other row): a
state, a president or the government never counts (``lawsuits._telling_parties``), and a word
inside another named one ("Harvard" in "Harvard University") counts once. The candidates'
courts must be one court.

An indefinite trial court whose words name no place ("a federal district court's decision to
vacate …") takes that one suit's court even when the discourse gave it another district named
before (an indefinite court is a new one). "The Texas court said", "the Texas decision" that
refer back to the ruling placed here are read by the ``rulingrefs`` pass that follows.

Otherwise the ruling keeps its search link: a wrong court is worse than none. A back-reference
that the rulings pass tied to that ruling ("The judge's order", "The court found") and that has
no court takes the same court.
"""

from __future__ import annotations

import re
from functools import cache

from .. import courts
from ..datafiles import Lawsuit, lawsuits
from ..ids import usc_overlap
from ..models import Mention
from . import softdate, suitdates
from .doc import Doc
from .lawsuits import _telling_parties
from .lazyre import deferred
from .registry import Pass
from .statenames import state_re

_YEARS = 6  # a suit filed longer before the article is some earlier round of the fight
_TRIAL = deferred(r"\b(?:[Jj]udge|[Dd]istrict\s+[Cc]ourt)\b")
_NOT_TRIAL = deferred(
    r"(?i)\b(?:appeal|appeals|appellate|circuit|supreme|justices?|panel|county|superior|chancery"
    r"|state\s+(?:judge|court)"
    # ("three federal district court judges blocked …": several rulings, no one suit's)
    r"|judges|courts)\b"
)
# "Judge Spencer Ludington blocked …": a judge named with no federal title, whom the table of
# federal judges does not hold, may be a state judge (a federal suit's court is not his)
_NAMED_JUDGE = deferred(r"\bJudge\s+[A-Z]")
_FEDERAL = deferred(r"U\.S\.|\bUS\b|[Ff]ederal|District\s+(?:Court\s+)?Judge")
# "a federal appeals court", "an appeals panel", "the U.S. Court of Appeals": a court of appeals
# whose circuit the words do not give (never a state's, never the Supreme Court)
_APPEALS = deferred(r"(?i)\b(?:appeals|appellate)\s+(?:court|panel)\b|\bcourt\s+of\s+appeals\b")
_NOT_APPEALS = deferred(r"(?i)\b(?:state|supreme|justices?|county)\b")
# "a federal district court's decision to vacate …", "A federal judge …": an indefinite trial
# court whose words name no place, so that any court it has is the discourse's guess from a
# court named before it (an indefinite court is a new one)
_BARE_INDEFINITE = deferred(
    r"[Aa]n?\s+(?:(?:federal|U\.S\.|US|district|trial)\s+)*(?:court|judge)\b(?![\w\s]*\bin\s+[A-Z])"
)
_EVIDENCE = "court of the suit over what it acts on"
_BACK = "refers back to the ruling before it"


@cache
def _by_challenge() -> dict[str, tuple[Lawsuit, ...]]:
    out: dict[str, list[Lawsuit]] = {}
    for row in lawsuits():
        if courts.level_of(row.court) != courts.LEVEL_DISTRICT:
            continue
        for c in row.challenges:
            out.setdefault(c, []).append(row)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _usc_keys() -> tuple[str, ...]:
    return tuple(k for k in _by_challenge() if k.startswith("usc:"))


def _suits_of(authority: str) -> tuple[Lawsuit, ...]:
    if authority.startswith("usc:"):
        return tuple(
            row for k in _usc_keys() if usc_overlap(k, authority) for row in _by_challenge()[k]
        )
    return _by_challenge().get(authority, ())


def _in_time(row: Lawsuit, date: str | None) -> bool:
    if not date:
        return False  # (an undated article: which round of a fight it tells is unknown)
    if not row.filed or row.filed > date[: len(row.filed)]:
        return False
    return int(row.filed[:4]) >= int(date[:4]) - _YEARS


def _written_by(doc: Doc) -> str | None:
    """The article's date, or the later past day its own text tells (``softdate.infer``): a
    story the loader dated by its opening's "On April 26, 2024, the agency issued …" that goes
    on "On July 3, 2024, three judges blocked …" was written after July 3, so a suit filed in
    May is in time. An undated article is as late as that day (a suit filed before an event the
    story tells in the past existed when it was written); one that tells no past day stays
    undated (which round of a fight it tells is unknown)."""
    soft = doc.memo("objectsuits-told", lambda: softdate.infer(doc.text))
    if not doc.date:
        return soft[0] if soft else None
    if soft is None or len(doc.date) != 10:
        return doc.date
    return max(doc.date, soft[0])


def _agrees(court: str, words: str) -> bool:
    named = {m.group("state") for m in state_re().finditer(words)}
    if not named:
        return True
    postal = courts.postal_of_court(court)
    return postal is not None and named == {courts.states()[postal].name}


def _named(text: str, party: str) -> bool:
    if len(party) < 4:
        return False
    return re.search(rf"(?<![\w-]){re.escape(party)}(?![\w-])", text) is not None


def _named_in_doc(doc: Doc, party: str) -> bool:
    """``_named`` over the whole article, asked once per party per ``Doc`` (a long document
    with many rulings asks it for the same parties again and again)."""
    return doc.memo(
        f"objectsuits-named:{party}", lambda: party in doc.text and _named(doc.text, party)
    )


def _circuit(district: str) -> str | None:
    postal = courts.postal_of_court(district)
    return courts.states()[postal].circuit if postal in courts.states() else None


def _court_for(doc: Doc, m: Mention, laws: list[Mention], appeals: bool) -> str | None:
    a, b = doc.sentence_at(m.start)
    objects = {o.authority for o in laws if a <= o.start < b and o.authority}
    rows = {
        row
        for auth in objects
        for row in _suits_of(auth)  # type: ignore[arg-type]
        if _in_time(row, _written_by(doc)) and _agrees(row.court, m.text)
    }
    if not rows:
        return None

    def court(row: Lawsuit) -> str | None:
        return _circuit(row.court) if appeals else row.court

    found = {court(row) for row in rows}
    if len(found) != 1:
        # several suits over it, in several courts: the one that ruled on the ruling's day
        # (``suitdates``) before the one whose parties the article names
        dated = suitdates.by_ruling_day(doc, m.start, m.end, rows, court)
        if dated is not None:
            return court(dated)
        found = {court(row) for row in rows if any(_named_in_doc(doc, p) for p in row.parties)}
    return found.pop() if len(found) == 1 else None


@cache
def _hand_district_rows() -> tuple[Lawsuit, ...]:
    return tuple(
        row
        for row in lawsuits()
        if not row.generated and courts.level_of(row.court) == courts.LEVEL_DISTRICT
    )


def _named_in(sentence: str, parties: tuple[str, ...]) -> list[str]:
    return [p for p in parties if p in sentence and _named(sentence, p)]


def _court_by_parties(doc: Doc, m: Mention) -> str | None:
    """The court of the one hand-curated suit two of whose parties (one its own) the ruling's
    sentence names."""
    a, b = doc.sentence_at(m.start)
    sentence = doc.text[a:b]
    found: set[str] = set()
    for row in _hand_district_rows():
        own, shared = _telling_parties(row)
        mine = _named_in(sentence, own)
        if not mine or not _in_time(row, _written_by(doc)) or not _agrees(row.court, m.text):
            continue
        named = [*mine, *_named_in(sentence, shared)]
        distinct = [p for p in named if not any(p != q and p in q for q in named)]
        if len(set(distinct)) >= 2:
            found.add(row.court)
    return found.pop() if len(found) == 1 else None


def _placed(m: Mention, court: str, evidence: str | None) -> Mention:
    """``m`` with ``court`` (its search link is narrowed to that court where ``scan`` ends, as
    for every court a follow-up pass gives)."""
    return m.with_(court=court, evidence=evidence)


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    laws = [
        m
        for m in mentions
        if m.kind not in ("ruling", "case") and m.authority and not m.authority.startswith("act:")
    ]
    out = list(mentions)
    order = sorted((i for i, m in enumerate(out) if m.kind == "ruling"), key=lambda i: out[i].start)
    court: str | None = None
    for i in order:
        m = out[i]
        trial = (
            bool(_TRIAL.search(m.text))
            and not _NOT_TRIAL.search(m.text)
            and not (_NAMED_JUDGE.search(m.text) and not _FEDERAL.search(m.text))
        )
        appeals = (
            not trial
            and bool(_APPEALS.search(m.text))
            and not _NOT_APPEALS.search(m.text)
            and not any(True for _ in state_re().finditer(m.text))
        )
        if m.court is None and m.authority is None and not m.anaphor and (trial or appeals):
            court = _court_for(doc, m, laws, appeals)
            if court is None and trial:
                court = _court_by_parties(doc, m)
            if court is not None:
                out[i] = _placed(
                    m, court, f"{m.evidence}; {_EVIDENCE}" if m.evidence else _EVIDENCE
                )
            continue
        if (
            m.court is not None
            and m.authority is None
            and not m.anaphor
            and trial
            and courts.level_of(m.court) == courts.LEVEL_DISTRICT
            and _BARE_INDEFINITE.match(m.text)
            and (own := _court_for(doc, m, laws, False)) is not None
            and own != m.court
        ):
            # "… dismissed an appeal of a federal district court's decision to vacate a new
            # joint employer rule" in a story that named another district's judge paragraphs
            # before: the one suit over the rule its sentence links, not that court
            court = None
            kept = [p for p in (m.evidence or "").split("; ") if p and not p.startswith("court:")]
            out[i] = _placed(m, own, "; ".join([*kept, _EVIDENCE]))
            continue
        if court and m.court is None and m.authority is None and _BACK in (m.evidence or ""):
            out[i] = _placed(m, court, m.evidence)
        else:
            court = None
    return out


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    return attach(doc, mentions)


PASS = Pass(name="objectsuits", emits=("ruling",), anchors=(), run=run)
