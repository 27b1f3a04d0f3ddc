"""A district judge named by bare surname alone, in a story that starts mid-way (census32 P3):
"Officials may not enforce the statute, known as SB 12, and must notify counties …, said
Okafor, named to the bench by …". No "Judge" title and no court phrase appear anywhere; the
surname is the judge when the judges' table holds one judge of that surname (not a common
one) and a hand-checked suit (``lawsuits.csv``) before that judge's court, with that judge, is
backed by the text (a party or law of the row with a number, or two of its parties). The
reported order ("…, said <judge>") is that judge's ruling: an antecedent for "The 90-page
ruling", "Today's ruling", "the court's decision" after it, not reported itself (the news
tells its content, not a ruling phrase)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import ahocorasick

from ... import courts as C
from ...datafiles import lawsuits
from ...models import quick_replace as replace
from ..lazyre import deferred
from ..sentences import sentence_start
from ..trie import words_in
from .courtpatterns import CourtRef

if TYPE_CHECKING:  # (common imports courtrefs, which imports this module)
    from .common import Found


@cache
def _suit_judges() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(surname as written, court, parties) of each hand row's judge whose surname is one
    judge's in the judges' table, of that row's court, and no common surname."""
    by_last: dict[str, list[C.Judge]] = {}
    for j in C.judges():
        by_last.setdefault(j.last, []).append(j)
    common = C._common_surnames()
    out = []
    for row in lawsuits():
        if row.generated or not row.court:
            continue
        for name in row.judges:
            surname = name.split(",")[0].split()[-1] if name.strip() else ""
            key = surname.lower()
            js = by_last.get(key, [])
            if len(surname) < 4 or key in common or len(js) != 1 or js[0].court != row.court:
                continue
            out.append((surname, row.court, row.parties))
    return tuple(out)


@cache
def _row_surnames() -> ahocorasick.Automaton | None:
    """An automaton over the surname of every hand row's judge, before ``_suit_judges``'s
    checks (which read the judges' table): an article naming none of them needs no table."""
    surnames = {
        name.split(",")[0].split()[-1]
        for row in lawsuits()
        if not row.generated and row.court
        for name in row.judges
        if name.strip()
    }
    surnames = {s for s in surnames if len(s) >= 4}
    if not surnames:
        return None
    automaton = ahocorasick.Automaton()
    for s in surnames:
        automaton.add_word(s, s)
    automaton.make_automaton()
    return automaton


@cache
def _surnames() -> ahocorasick.Automaton | None:
    """An automaton over the surnames of ``_suit_judges``: which of them a text holds is one
    walk of it, not a search of the whole text for each (about 150 of them)."""
    rows = _suit_judges()
    if not rows:
        return None
    automaton = ahocorasick.Automaton()
    for s, _, _ in rows:
        automaton.add_word(s, s)
    automaton.make_automaton()
    return automaton


def _backed(text: str, parties: tuple[str, ...]) -> bool:
    told = [p for p in parties if len(p) >= 4 and words_in(text, [p])]
    return any(any(c.isdigit() for c in p) for p in told) or len(told) >= 2


def suit_judges(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """``refs`` with the first bare occurrence of a suit's judge's surname (see the module's
    note) added, when the article names that judge in no other way; later occurrences are
    ``_bare_surnames``'s."""
    if any(r.role == "judge" and r.judge for r in refs):
        return refs
    named = _row_surnames()
    if named is None or next(named.iter(text), None) is None:
        return refs  # (no row's judge named: the judges' table is not read)
    rows = _suit_judges()
    if not rows:
        return refs
    automaton = _surnames()
    # (every occurrence, overlapping ones too: the surnames ``s in text`` finds)
    hits = {s for _, s in automaton.iter(text)} if automaton is not None else set()
    if not hits:
        return refs
    taken = [(r.start, r.end) for r in refs]
    added: list[CourtRef] = []
    for surname, court, parties in rows:
        if surname not in hits or not _backed(text, parties):
            continue
        if any(a.judge == surname for a in added):
            continue
        for s, e, _ in sorted(words_in(text, [surname])):
            if any(a <= s < b for a, b in taken):
                continue
            before = text[max(0, s - 30) : s].split()
            if before and before[-1][:1].isupper() and before[-1][-1:] not in ",.;:":
                continue  # "Stephen Breyer": another person of that surname
            level = C.level_of(court)
            trial = level == C.LEVEL_DISTRICT
            ref = CourtRef(s, e, "judge", court, level, judge=surname, federal=True)
            added.append(replace(ref, trial_title=trial))
            break
    if not added:
        return refs
    return sorted([*refs, *added], key=lambda r: r.start)


# what a court tells an official, reported as the judge's words: "may not enforce", "must
# notify", "is unconstitutional"
_ORDERED = deferred(
    r"\b(?:cannot|can\s+not|may\s+not|must\s+not|are\s+barred\s+from|is\s+barred\s+from)\s+"
    r"(?:enforce|implement|apply|carry\s+out)\b|\b(?:is|are|was)\s+unconstitutional\b"
)
_SAID_BEFORE = deferred(r",\s+(?:said|wrote|ruled|held)\s+$")


def said_rulings(text: str, refs: list[CourtRef], clauses: list[Found]) -> list[Found]:
    """ "Officials may not enforce the law …, said <judge>": the judge's order told as the
    judge's words (content first, then the verb and the judge), for the nouns after it."""
    from .common import Found

    out: list[Found] = []
    for r in refs:
        if r.role != "judge" or not r.court or not r.judge:
            continue
        if not _SAID_BEFORE.search(text, max(0, r.start - 12), r.start):
            continue
        s0 = sentence_start(text, r.start)
        if _ORDERED.search(text, s0, r.start) is None:
            continue
        if any(s0 <= f.start < r.end or f.start <= s0 < f.end for f in clauses):
            continue
        out.append(Found(s0, r.end, r.court, False, 0.7, "said", r))
    return out


def unreported(found: list[Found], said: list[Found]) -> list[Found]:
    """``found`` without the reported orders of ``said_rulings`` (see the module's note)."""
    if not said:
        return found
    at = {(f.start, f.end) for f in said}
    return [f for f in found if (f.start, f.end) not in at]


__all__ = ["said_rulings", "suit_judges", "unreported"]


# "After declining to stay the policy in her first opinion granting …, Judge X ruled …": a
# judge's possessive ruling noun in a fronted adjunct, before the judge is named
_FRONTED = deferred(
    r"(?:After|Before|Despite|Having|Since|Following)\b[^.;:!?\n]{0,160}?\b(?P<n>(?:her|his)\s+"
    r"(?:(?:original|first|initial|earlier|prior|previous|own)\s+)?"
    r"(?:opinion|ruling|order|decision))\b"
)


def fronted_possessives(
    text: str, refs: list[CourtRef], clauses: list[Found], taken: list[Found]
) -> list[Found]:
    """The ruling nouns of ``_FRONTED``: the ruling of the judge whose ruling the sentence's
    main clause tells after the adjunct (that judge's court), when no pronoun's owner came
    before it in the sentence."""
    from .common import Found

    out: list[Found] = []
    for f in clauses:
        r = f.ref
        if r is None or r.role != "judge" or not r.court or f.start != r.start:
            continue
        s0 = sentence_start(text, f.start)
        m = _FRONTED.match(text, s0)
        if m is None or m.end() >= r.start or "," not in text[m.end() : r.start]:
            continue
        a, b = m.span("n")
        if any(g.start < b and a < g.end for g in (*clauses, *taken)):
            continue
        if any(s0 <= x.start < a for x in refs if x.role == "judge"):
            continue  # (a judge named before the pronoun owns it)
        out.append(Found(a, b, r.court, False, 0.7, "", r))
    return out
