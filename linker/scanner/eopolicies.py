"""Executive actions that are not numbered orders: memoranda and named agency policies, from
``linker/data/executive_actions.csv`` ("the “Remain in Mexico” policy", "a policy that makes
asylum-seekers wait in Mexico", "the 2012 DACA memorandum", "the OMB memo", "the funding
freeze", "an Executive Order titled “Memorandum on Deferring Payroll Tax …”").

A row's ``names`` stand alone (a program's or a memorandum's own name) and count from the day
it was issued; its ``descriptions`` are words news uses for it that could mean another thing
another year, so they count only in an article dated between ``signed`` and ``until`` (in an
undated one when the row has no ``until`` or the text holds one of its ``cues``). A
description that is not itself headed by a noun ("wait in Mexico") needs one before it in
its sentence ("a policy that makes asylum-seekers wait in Mexico"). ``needs`` are words of
which one must stand near the phrase ("the OMB memo" is the funding freeze's only near
"freeze", "pause" or "grants"), ``avoid`` words of which none may stand in its sentence
(Harvard's funding freeze is another).

SPEC §2 gives an id only to what the Federal Register printed (``fr:VOL:PAGE``); a memorandum
it never printed (the DACA memo, OMB M-25-13) is a mention with no id and its name, so that
the page shows it, "the policy" or "the memo" after it refers back to it, and no id is
guessed. Back-references ("the memo", "the freeze", "the policy") are the anaphora pass's,
limited by each row's ``heads`` (``heads_of``). A program a memorandum created ("DACA") is not
the memorandum: annotators of real pages link "the DACA memo", not each "DACA" (and the 2022
DACA rule is ``rules.csv``'s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_rows, split_field
from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .orderdata import order_mention
from .phrases import PhraseMatcher, bank_table
from .registry import Pass


@dataclass(frozen=True)
class Policy:
    """One row of ``executive_actions.csv``."""

    authority: str | None  # ``fr:``/``proc:``/``eo:`` when printed, else None
    name: str
    kind: str  # memorandum, policy, proclamation
    issuer: str
    signed: str  # ISO date it was issued
    until: str | None  # last ISO date its descriptions mean it
    names: tuple[str, ...]
    descriptions: tuple[str, ...]
    cues: tuple[str, ...]  # in an undated article, what ties its descriptions to it
    needs: tuple[str, ...]
    avoid: tuple[str, ...]
    heads: frozenset[str]  # back-reference heads that may mean it ("memo", "policy")
    source: str


@cache
def policies() -> tuple[Policy, ...]:
    out = []
    for r in read_rows("executive_actions.csv"):
        auth = r.get("authority") or None
        if not r.get("name") or len(r.get("signed", "")) != 10:
            continue
        if auth is not None and not auth.startswith(("fr:", "proc:", "eo:")):
            continue
        out.append(
            Policy(
                authority=auth,
                name=r["name"],
                kind=r.get("kind", ""),
                issuer=r.get("issuer", ""),
                signed=r["signed"],
                until=r.get("until") or None,
                names=split_field(r.get("names", "")),
                descriptions=split_field(r.get("descriptions", "")),
                cues=split_field(r.get("cues", "")),
                needs=split_field(r.get("needs", "")),
                avoid=split_field(r.get("avoid", "")),
                heads=frozenset(split_field(r.get("heads", ""))),
                source=r.get("source", ""),
            )
        )
    return tuple(out)


@bank_table
@cache
def policy_matcher() -> PhraseMatcher[tuple[Policy, bool]]:
    """Each row's names (payload ``True``) and descriptions (``False``) in the bank."""
    entries: list[tuple[str, tuple[Policy, bool]]] = []
    for p in policies():
        entries += [(n, (p, True)) for n in p.names]
        entries += [(d, (p, False)) for d in p.descriptions]
    return PhraseMatcher(entries)


@cache
def _heads_by_name() -> dict[str, frozenset[str]]:
    return {p.name: p.heads for p in policies()}


def heads_of(name: str | None) -> frozenset[str]:
    """The back-reference heads that may mean the action called ``name`` (none if no row)."""
    return _heads_by_name().get(name or "", frozenset())


# The nouns that head a description: "the funding freeze", "a memorandum from the Office of
# Management and Budget", "a policy that makes asylum-seekers wait in Mexico".
HEADS = frozenset(
    {"policy", "program", "programme", "protocols", "memo", "memorandum", "freeze", "pause"}
    | {"directive", "ban", "deferral", "order", "mandate"}
    | {"letter"}  # an agency's guidance letter: "the Education Department's Dear Colleague Letter"
    | {"guidance"}  # an agency's guidance document: "the EEOC's harassment guidance"
    | {"end"}  # "Trump's proposed end to birthright citizenship" (with "to", ``_PREP``)
    # "the president's new restrictions on birthright citizenship", "Trump's birthright
    # citizenship restrictions", "his attempt to restrict …" (twenty-fourth session)
    | {"restrictions", "attempt"}
)
# heads that are never verbs: "memo issued by the White House Office of Management and
# Budget" is headed by its first word ("freeze" only before a preposition)
NOUN_HEADS = frozenset(
    {"memo", "memorandum", "policy", "program", "protocols", "directive"}
    | {"pardons", "clemency"}  # "pardons granted by President Trump to …" (a proclamation's)
    | {"restrictions", "attempt"}
)
# heads that tell a president's action only with its owner before them ("Trump's attempt to
# restrict …", "the president's new restrictions on …")
_OWNED_HEADS = frozenset({"restrictions", "attempt"})
_PREP = (["on"], ["of"], ["from"], ["by"], ["to"])
# A head noun before a description that has none ("a policy that makes asylum-seekers wait
# in Mexico", "its illegal policy freezing funding", "an executive order deferring payroll
# taxes", "Trump's attempt to freeze all federal grants"): the nearest one in its sentence,
# with its determiner (``_DET_BEFORE``).
# A clause of its own between the head and the description ("the policy widely, and only a
# few thousand people were sent back to wait in Mexico"): the words are not the head's.
_NEW_CLAUSE = deferred(r",\s+(?:and|but|while|as|so|although|though)\s|;")
_HEAD_WORD = deferred(
    r"(?<![\w-])(?:policy|program|memo|memorandum|directive|order|action|freeze|initiative|"
    r"plan|effort|efforts|move|attempt|bid|push)\b"
)
# how far before a description its head noun may stand (within the sentence)
HEAD_REACH = 150
# A determiner (or an owner) and up to three modifiers before a name or a headed
# description ("the Trump administration’s federal", "a January 27", "the “"); never a
# function word among the modifiers, nor "that" ("ruled that DACA was unlawful").
_DET_BEFORE = deferred(
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
    r"[A-Z][\w.-]*['’]s)\s+"
    r"(?:(?!(?:of|to|in|on|for|by|with|from|and|or|that|which|the|a|an)\s)[\w’'.,-]+\s+){0,3}?"
    r"[“\"‘]?$"
)


def _nearest_det(text: str, lo: int, at: int) -> re.Match[str] | None:
    """The determiner phrase right before ``at`` that opens nearest it: "A judge blocked
    Trump's funding freeze" is "Trump's funding freeze", not from "A" on."""
    det = _DET_BEFORE.search(text, lo, at)
    while det is not None and (later := _DET_BEFORE.search(text, det.start() + 1, at)):
        if not _LOWER_WORD.search(text, det.start() + 1, later.start()):
            break  # "The Trump Administration's funding freeze": one owner, named in capitals
        det = later
    return det


# a lowercase word between two determiner phrases: a clause's ("judge blocked"), not a name's
_LOWER_WORD = deferred(r"(?<![\w'’])[a-z]+\b")


# An owner opening a determiner phrase ("Trump's", "the president's", "his"): a policy's.
_OWNER_DET = deferred(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*['’]s|[Tt]he\s+(?:president|administration)['’]s)\s"
)
# A name's head noun after it: "the “Remain in Mexico” policy", "the DACA program".
_HEAD_AFTER = deferred(
    r"[”\"’']?\s*(?:policy|program|programme|protocols?|memo|memorandum|initiative)\b"
)
# A name that is part of another thing: the 2022 DACA rule (``rules.csv``), a program's
# recipients, a lawsuit over it ("the DACA case").
_NOT_AFTER = deferred(
    r"[”\"’']?\s*(?:[-–]\s*)?(?:final\s+rule|rules?|regulations?|recipients|holders|"
    r"beneficiaries|participants|applicants|enrollees|youths?|students|renewals?|status|"
    r"eligible|lawsuits?|case|suit|litigation|challenge|v\.)\b"
)


def _heading_reach(text: str, se: int) -> int:
    """Where the words that tell whose thing a description is end: its sentence's end, or for
    a heading (a line with no closing stop: "From Task Force to Funding Freeze") the end of the
    sentence under it, which says whose freeze it is ("Harvard University is …")."""
    line = text[max(0, se - 2) : se + 1]
    if "\n" not in line or text[:se].rstrip()[-1:] in ".!?\"”'’":
        return se
    nxt = text.find(". ", se, se + 300)
    return nxt if nxt >= 0 else min(len(text), se + 300)


def _window_has(text: str, s: int, e: int, words: tuple[str, ...]) -> bool:
    return any(text.find(w, s, e) >= 0 for w in words)


def _in_force(p: Policy, text: str, date: str | None, is_name: bool) -> bool:
    """Whether the article's date lets the phrase mean ``p``: an undated article's
    description only when the row has no end, or the text holds one of its ``cues`` (its
    signing day, its year, its number: "a January 27 memorandum from the Office of
    Management and Budget")."""
    if date is not None and date[:10] < p.signed:
        return False
    if is_name:
        return True
    if date is None:
        return p.until is None or any(c in text for c in p.cues)
    return p.until is None or date[:10] <= p.until


def find(doc: Doc) -> list[Mention]:
    """Every named policy or memorandum, and every description that fits one row."""
    hits = policy_matcher().hits_in(doc)
    if not hits:
        return []
    text, date = doc.text, doc.date
    out: list[Mention] = []
    last_end = -1
    # each phrase's rows in force there: two rows a phrase fits alike (an undated page
    # naming both years of the Mexico City Policy) leave it unlinked
    fitting: dict[tuple[int, int], set[str]] = {}
    for h in hits:
        p, is_name = h.payload
        if _in_force(p, text, date, is_name):
            fitting.setdefault((h.start, h.end), set()).add(p.name)
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if h.start < last_end:
            continue  # inside a longer phrase kept already
        p, is_name = h.payload
        s, e = h.start, h.end
        if p.name not in fitting.get((s, e), ()) or _NOT_AFTER.match(text, e):
            continue
        if len(fitting[(s, e)]) > 1:
            last_end = e
            continue
        ss, se = doc.sentence_at(s)
        # (a name is the row's own: what a description needs around it, a name does not)
        if not is_name and p.avoid and _window_has(text, ss, _heading_reach(text, se), p.avoid):
            continue
        if (
            not is_name
            and p.needs
            and not _window_has(text, max(0, s - 400), min(len(text), e + 400), p.needs)
        ):
            continue
        words = h.phrase.lower().split()
        start, end = s, e
        # (a head first: "memorandum from the Office of …", "freeze on federal aid";
        # "freeze federal funding" is a verb's and needs a head before it)
        if (
            is_name
            or words[-1] in HEADS
            or words[0] in NOUN_HEADS
            or (words[0] in HEADS and words[1:2] in _PREP)
        ):
            if is_name and (after := _HEAD_AFTER.match(text, e)):
                end = after.end()
            det = _nearest_det(text, max(ss, s - 60), s)
            if words[0] == "end" and (det is None or not _OWNER_DET.match(det.group(0))):
                # "Trump's proposed end to birthright citizenship" is his policy; "an order
                # declaring an end to birthright citizenship" tells what the order does
                continue
            if (
                not is_name
                and {words[0], words[-1]} & _OWNED_HEADS
                and (det is None or not _OWNER_DET.match(det.group(0)))
            ):
                # "his new restrictions on birthright citizenship" is his order; "would try
                # to advance restrictions on birthright citizenship" tells of no one order
                continue
            if det is not None:
                start = det.start()
            evidence = "named" if is_name else "described"
            conf = 0.75 if is_name else 0.65
        else:
            # the nearest head noun before it, with its determiner
            lo = max(ss, s - HEAD_REACH)
            heads = list(_HEAD_WORD.finditer(text, lo, s))
            if not heads:
                continue
            at = heads[-1].start()
            det = _DET_BEFORE.search(text, max(lo, at - 60), at)
            if det is None or _NEW_CLAUSE.search(text, heads[-1].end(), s):
                continue
            start, evidence, conf = det.start(), "described after its head noun", 0.6
        out.append(
            order_mention(
                text,
                start,
                end,
                p.authority,
                p.name,
                conf,
                f"{evidence}: {p.name} ({p.issuer}, {p.signed}); {p.kind}",
            )
        )
        last_end = e
    return out


# The pass needs no anchors: its phrase table is read from the bank's one walk.
PASS = Pass(name="eopolicies", emits=("executive-action",), anchors=(), run=find)

__all__ = ["PASS", "Policy", "find", "heads_of", "policies", "policy_matcher"]
