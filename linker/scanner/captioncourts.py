"""The court a caption settles: a ruling told without its court beside the caption of a suit
``lawsuits.csv`` knows takes that suit's court; beside a caption whose parenthetical names its
court ("(N.D. Tex. 2024)", "(SD CA, June 13, 2025)"), that court.

"One federal district court in Texas (Ryan LLC v. Federal Trade Commission) temporarily
enjoined the rule": Texas has four districts, so the words alone leave the ruling without a
court; the caption in the same sentence is a suit of the table, filed in the Northern District
of Texas.

Only a caption that matches one row (by ``caption_key``: "Ryan LLC" and "Ryan, LLC" agree), a
row filed by the article's date, and a court that agrees with any state the ruling's own words
name: "a federal judge in Maine" never takes a Texas suit's court. Two captions of different
courts in the sentence leave the ruling as it was.
"""

from __future__ import annotations

import re
from functools import cache

from .. import courts
from ..datafiles import Lawsuit, cases, lawsuits
from ..links import courtlistener_search
from ..models import Mention
from .casenames import caption_key
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .state_laws import state_names
from .statenames import state_re


@cache
def _rows_by_key() -> dict[str, tuple[Lawsuit, ...]]:
    out: dict[str, list[Lawsuit]] = {}
    for row in lawsuits():
        out.setdefault(caption_key(row.name), []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def _row(m: Mention, date: str | None) -> Lawsuit | None:
    if not m.name or " v. " not in m.name:
        return None
    rows = _rows_by_key().get(caption_key(m.name), ())
    if date:
        rows = tuple(r for r in rows if not r.filed or r.filed <= date[: len(r.filed)])
    if len({r.court for r in rows}) != 1:
        return None
    return rows[0]


def _agrees(court: str, words: str) -> bool:
    """Whether ``court`` may be the court of a ruling told in ``words``: every state the words
    name is the district's (a court that is no federal district is left alone)."""
    named = {m.group("state") for m in state_re().finditer(words)}
    if not named:
        return True
    postal = courts.postal_of_court(court)
    return postal is not None and named == {courts.states()[postal].name}


# Between a ruling and the caption of the suit it was given in: "a 2023 decision by Judge Roe
# in Smith v. Jones", "the injunction Judge Roe issued in Doe v. Roe" (the ruling's own words end
# right before).
_IN_CAPTION = deferred(r"\s+in\s+")
# A ruling a higher court acted on: "affirmed the 6th Circuit's decision in United States v.
# Skrmetti" (the caption may be the higher court's case, told after its verb)
_REVIEWED_BEFORE = deferred(
    r"\b(?:affirm|uph[eo]ld|revers|vacat|overturn|overrul|stay|stayed|reinstat|review|"
    r"left\s+in\s+place|let\s+stand|struck\s+down|threw\s+out)\w*\s+(?:the\s+|a\s+|an\s+)?$"
)


def _named_by_caption(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A ruling told right before " in <caption>" is a ruling in that caption's case: it takes
    the caption's name (its court is left as the ruling's words gave it)."""
    captions = {
        m.start: m
        for m in mentions
        if m.kind == "case" and not m.anaphor and m.name and " v. " in m.name
    }
    if not captions:
        return mentions
    text = doc.text
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "ruling" and not m.anaphor and not m.name and m.authority is None:
            gap = _IN_CAPTION.match(text, m.end)
            cap = captions.get(gap.end()) if gap is not None else None
            if (
                cap is not None
                and _REVIEWED_BEFORE.search(text, max(0, m.start - 40), m.start)
                and any(
                    r.kind == "ruling" and r.court == "scotus" and a <= r.start < m.start
                    for r in mentions
                    for a in (doc.sentence_at(m.start)[0],)
                )
            ):
                # "The Supreme Court … affirmed the 6th Circuit's decision in United States v.
                # Skrmetti": the caption is the Supreme Court's case, which names the parties
                # anew (a state's high court upholding "a decision by Judge X in Smith v.
                # Jones" keeps the case's caption)
                cap = None
            if cap is not None:
                said = f"a ruling in {cap.name}, named right after it"
                m = m.with_(name=cap.name, evidence=f"{m.evidence}; {said}" if m.evidence else said)
        out.append(m)
    return out


# "The next 6-3 decision came in Kennedy v. Braidwood Management", "The term's biggest ruling
# came down in …": a ruling noun that opens its sentence and says which case it was given in
# (a term's round-up); the noun phrase is that case's ruling
_CAME_IN = deferred(
    r"(?:^|(?<=[.!?:\n])\s*|(?<=[.!?:][”\"])\s*)(?P<r>[Tt]he\s+(?:(?:term['’]s|Court['’]s)\s+)?"
    r"(?:(?:next|first|second|third|fourth|fifth|last|latest|final|biggest|other|following)\s+)?"
    r"(?:(?:\d-\d|unanimous|divided|split|landmark|major|big)\s+)?(?:decision|ruling|opinion))"
    r"\s+(?:came|arrived|was\s+handed\s+down)\s+(?:down\s+)?in\s+$"
)


@cache
def _case_courts() -> dict[str, str]:
    return {c.name: c.court for c in cases() if c.court}


def _came_in(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A ruling noun told as coming in a landmark case named right after it ("The next 6-3
    decision came in CASE"): a ruling of the case's court, with the case's name (only a case
    ``cases.csv`` knows with its court; not where another mention stands)."""
    text = doc.text
    added: list[Mention] = []
    for cap in mentions:
        if cap.kind != "case" or cap.anaphor or not cap.name:
            continue
        court = _case_courts().get(cap.name)
        if court is None:
            continue
        lo = doc.sentence_at(cap.start)[0]
        m = _CAME_IN.search(text, max(0, lo - 3), cap.start)
        if m is None:
            continue
        a, b = m.span("r")
        if any(o.start < b and a < o.end for o in mentions):
            continue
        added.append(
            Mention(
                a,
                b,
                text[a:b],
                "ruling",
                None,
                court=court,
                name=cap.name,
                confidence=0.7,
                url=courtlistener_search(cap.name, court, "o"),
                evidence=f"court: {courts.court_label(court)}; a ruling that came in {cap.name}",
                matcher="captioncourts",
            )
        )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda x: (x.start, x.end))


# "issued a decision in two related lawsuits in favor of Harvard University": the party a
# ruling was given for, right after its words in the same sentence
# (in the ruling's own words or at most 80 characters after them)
_IN_FAVOR_OF = deferred(r"\bin\s+favou?r\s+of\s+(?:the\s+)?")
# what the ruling's words must say: a federal trial court's (no state's, no appeals court's)
_FEDERAL_TRIAL = deferred(r"\b(?:federal|U\.\s?S\.|US)\s+(?:district\s+)?(?:court\b|judge\b)", re.I)


@cache
def _party_suits() -> tuple[tuple[str, tuple[Lawsuit, ...]], ...]:
    """The suits of the table by each capitalised party word they list ("Harvard University"),
    the longest party first, so that "Harvard University" is read before "Harvard" (and the
    order never depends on string hashing)."""
    out: dict[str, list[Lawsuit]] = {}
    for row in lawsuits():
        for p in dict.fromkeys(row.parties):
            if p[:1].isupper() and len(p) > 3 and p not in state_names():
                out.setdefault(p, []).append(row)
    return tuple((k, tuple(v)) for k, v in sorted(out.items(), key=lambda kv: (-len(kv[0]), kv[0])))


def _favoured_party_court(doc: Doc, m: Mention) -> tuple[str, str] | None:
    """The court of an unplaced federal trial ruling given "in favor of" a party every suit of
    the table that lists it was filed in (two suits or more, by the article's date): "a
    federal district court judge issued a decision in two related lawsuits in favor of
    Harvard University" → D. Mass. A party of suits in two courts, or of one suit only, leaves
    the ruling as it was."""
    if not _FEDERAL_TRIAL.search(m.text):
        return None
    text = doc.text
    end = doc.sentence_at(m.start)[1]
    fav = _IN_FAVOR_OF.search(text, m.start, end)
    if fav is None or fav.start() > m.end + 80:
        return None
    tail = text[fav.end() : min(end, fav.end() + 60)]
    for party, rows in _party_suits():
        if not tail.startswith(party) or tail[len(party) : len(party) + 1].isalnum():
            continue
        if doc.date:
            rows = tuple(r for r in rows if not r.filed or r.filed <= doc.date[: len(r.filed)])
        found = {r.court for r in rows}
        # (two suits or more, all in that court: one suit of a repeat litigant, "Chamber of
        # Commerce", says nothing of where its next one was filed)
        if len(found) == 1 and len(rows) >= 2:
            (court,) = found
            if courts.postal_of_court(court) is not None and _agrees(court, m.text):
                return court, party
    return None


def _favoured(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "ruling" and m.court is None and m.authority is None and not m.anaphor:
            got = _favoured_party_court(doc, m)
            if got is not None:
                court, party = got
                said = f"court of the suits of {party}, named in its sentence"
                m = m.with_(court=court, evidence=f"{m.evidence}; {said}" if m.evidence else said)
        out.append(m)
    return out


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    mentions = _came_in(doc, _named_by_caption(doc, mentions))
    # (twenty-sixth session, blind18: a ruling "in favor of" a party of one court's suits)
    mentions = _carried(_favoured(doc, mentions))
    # each caption with the court it settles: its known suit's, else its own parenthetical's
    # ("Culture of Life Family Services, Inc. v. Bonta, (SD CA, June 13, 2025)")
    cases: list[tuple[Mention, str, str]] = []
    for m in mentions:
        if m.kind != "case" or m.anaphor:
            continue
        row = _row(m, doc.date)
        if row is not None and m.court in (None, row.court):
            cases.append((m, row.court, row.name))
        elif m.court and m.name and " v. " in m.name:
            cases.append((m, m.court, m.name))
    if not cases:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        # (the caption's own mention keeps no court: the same caption goes up on appeal,
        # and a search narrowed to the trial court would miss the Supreme Court's opinion)
        if m.kind == "ruling" and m.court is None and m.authority is None:
            a, b = doc.sentence_at(m.start)
            found = {k: name for c, k, name in cases if a <= c.start < b}
            if len(found) == 1:
                ((court, name),) = found.items()
                if _agrees(court, m.text):
                    evidence = f"court of {name}, named in its sentence"
                    m = m.with_(
                        court=court,
                        evidence=f"{m.evidence}; {evidence}" if m.evidence else evidence,
                    )
        out.append(m)
    return _carried(out)


_BACK = "refers back to the ruling before it"


def _carried(mentions: list[Mention]) -> list[Mention]:
    """A ruling that refers back to the ruling before it ("The court concluded …") and has no
    court takes the court just given to that ruling."""
    order = sorted(
        (i for i, m in enumerate(mentions) if m.kind == "ruling"), key=lambda i: mentions[i].start
    )
    court: str | None = None
    for i in order:
        m = mentions[i]
        if m.evidence and "named in its sentence" in m.evidence:
            court = m.court
        elif court and m.court is None and m.authority is None and _BACK in (m.evidence or ""):
            mentions[i] = m.with_(court=court)
        else:
            court = None
    return mentions


PASS = Pass(name="captioncourts", emits=("ruling",), anchors=(), run=attach)
