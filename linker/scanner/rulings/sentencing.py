"""Sentencings ("was sentenced to 10 years") and pronoun clauses ("she had already halted
…") told of the judge last named."""

from __future__ import annotations

import bisect
import re
import sys

from ... import courts as C
from ..doc import held_in
from ..lazyre import deferred
from ..sentences import sentence_start
from .common import Found, in_quotes, sentence_span, sentence_spans
from .courtrefs import CourtRef
from .discourse import CourtRefs, is_state_appellate, refs_between, starts_of
from .verbs import object_end, verb_ok
from .words import NON_JUDGE, NOT_IMPOSED, PRONOUN, PRONOUN_VERBS, RV, SENT_TAIL, SENTENCED

# Patterns the functions below ask at each call, compiled once.
_OPENING = deferred(r"[\s\"“]*(?:(?:[A-Z][a-z]+|In|On|At|By)\b[^,]{0,40},\s*)?")
# A sentence whose subject is the judge told by that word alone, right before its verb and
# the possessive: "But the judge delayed his order", "The judge later lifted her stay" (an
# opening conjunction or adverb may stand before it)
_THE_JUDGE_SUBJECT = deferred(
    r"(?:(?:But|And|Yet|Still|Later|Then|However|Instead),?\s+)?[Tt]he\s+(?:trial\s+|federal\s+)?"
    r"judge\s+(?:(?:also|later|then|quickly|has|had|since)\s+)?[a-z]+ed\s+"
)


def find_sentencings(text: str, refs: list[CourtRef], quotes: list[tuple[int, int]]) -> list[Found]:
    """Sentences imposed: "Kent was sentenced Tuesday to 33 months in prison". The span runs
    from the auxiliary to the term; the court is the sentencing judge's ("by Judge X"), else
    the nearest judge or trial court the article names with a known court, else unknown.
    "could be sentenced to …" and "if he is sentenced" are not sentences imposed."""
    out: list[Found] = []
    if not held_in(text, "sentenced"):
        return out
    # the judges and trial courts with a known court, that may have imposed a sentence
    # (a trial judge or court whose court is unknown counts too: "A Hennepin County judge"
    # nearest the sentence leaves its court unknown rather than a court farther away)
    sentencers = CourtRefs(
        r
        for r in refs
        if (r.court is None and (r.trial or (r.role == "judge" and not r.anaphoric)))
        or (
            r.court
            and (r.role == "judge" or C.level_of(r.court) not in (C.LEVEL_SUPREME, C.LEVEL_APPEALS))
            and not C.is_state_high_court(r.court)  # a court of last resort sentences no one
            # nor a state's court of appeals ("convicted … sentenced to 20 to 25 years …
            # appealing in the North Carolina Court of Appeals")
            and not (r.role != "judge" and is_state_appellate(r.court))
        )
    )
    # (an appeal's story that names no court or judge that sentences, only justices or the
    # U.S. Supreme Court: the sentence told as the appeal's background is no ruling it can
    # place, and no justice imposed it; census37 P8)
    appeal_only = not sentencers and any(r.role == "justices" or r.court == "scotus" for r in refs)
    for m in SENTENCED().finditer(text):
        if in_quotes(m.start(), quotes):
            continue
        s0, s1 = sentence_span(text, m.start())
        if NOT_IMPOSED.search(text, s0, m.start()):
            continue
        by_judge = None
        at = m.end()
        by = re.match(r"\s+by\s+", text[at:s1])
        if by:
            by_judge = next(iter(refs_between(refs, at + by.end(), at + by.end() + 1)), None)
            if by_judge is not None:
                at = by_judge.end
        tail = SENT_TAIL().match(text, at, s1)
        if not tail:
            continue
        court = by_judge.court if by_judge else None
        if by_judge is None and appeal_only:
            continue
        if court is None:
            subject = [r for r in refs_between(refs, s0, m.start()) if r.end <= m.start()]
            skip = subject[-1] if subject else None
            court = _nearest_sentencer(sentencers, m.start(), skip)
        background = m.group("aux").lower().startswith("had")
        conf = 0.8 if court else 0.6
        out.append(
            Found(m.start(), tail.end(), court, False, conf, "sentenced", by_judge, background)
        )
    return out


def _nearest_sentencer(refs: CourtRefs, at: int, skip: CourtRef | None) -> str | None:
    """The court of the reference in ``refs`` (sorted by start) whose start is nearest ``at``,
    ``skip`` aside; the earlier one on a tie (as ``min`` over them in order would choose)."""
    i = bisect.bisect_left(refs.starts, at)
    left, right = i - 1, i
    while left >= 0 and refs[left] is skip:
        left -= 1
    while right < len(refs) and refs[right] is skip:
        right += 1
    best: CourtRef | None = None
    if left >= 0:
        # the earliest of those as near as the nearest one before
        d = at - refs[left].start
        while left > 0 and refs[left - 1] is not skip and at - refs[left - 1].start == d:
            left -= 1
        best = refs[left]
    if right < len(refs) and (best is None or refs[right].start - at < at - best.start):
        best = refs[right]
    return best.court if best else None


def person_before(text: str, refs: list[CourtRef], at: int, reach: int = 400) -> str | None:
    """Who a pronoun or possessive at ``at`` most likely refers to: ``"judge"`` or
    ``"other"`` (an official, party or lawyer), or None when no one is named.

    The subject of the pronoun's own sentence wins ("A federal judge … grilled a government
    attorney about whether officials had disregarded his order"); otherwise the person named
    nearest before it in the last ``reach`` characters (judges and justices included)."""
    lo = max(0, at - reach)
    starts = starts_of(refs)
    near = refs[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, at)]
    judges = [r for r in near if r.role == "judge" and r.end <= at]
    others = [m for m in NON_JUDGE().finditer(text, lo, at)]
    s0 = max(sentence_start(text, at), lo)
    opening = _OPENING.match(text, s0, at)
    subj_at = opening.end() if opening else s0
    s_lead = s0 + len(text[s0:at]) - len(text[s0:at].lstrip(' \t\n"“'))
    if any(
        r.start == subj_at or (r.start <= subj_at < r.end) or (r.start == s_lead < at)
        for r in judges
    ):
        return "judge"
    if _THE_JUDGE_SUBJECT.fullmatch(text, s_lead, at):
        # (twenty-sixth session, blind14: "But the judge delayed his order for seven days":
        # a sentence whose subject is "the judge" itself, however the last person named was
        # a party or a lawyer)
        return "judge"
    if any(m.start() <= subj_at + 4 and m.start() >= subj_at for m in others):
        return "other"
    if subj_at == at and s0 > lo:
        # "O'Connor, an appointee of President George W. Bush, has ruled … In 2018, he
        # struck down …": a pronoun opening its sentence is the last sentence's subject
        p0 = max(sentence_start(text, s0 - 1), lo)
        prev = _OPENING.match(text, p0, s0)
        p_at = prev.end() if prev else p0
        # ("Judge Jane Roe, appointed by President X, issued the ruling. His decision …":
        # the opening the pattern skips is the judge, the subject, set off by an appositive)
        p_lead = p0 + len(text[p0:s0]) - len(text[p0:s0].lstrip(' \t\n"“'))
        if any(r.start in (p_at, p_lead) or (r.start <= p_at < r.end) for r in judges):
            return "judge"
        if _SUBJECT_PRONOUN.match(text, p_at):
            # "Judge Roe sided with the groups. She noted … In a 40-page decision, she said …
            # Accordingly, she granted …": a chain of sentences whose subject is the pronoun
            # goes back to the judge the first of them named
            who = _chained_subject(text, refs, p0)
            if who is not None:
                return who
    judge_end = max((r.end for r in judges), default=-1)
    other_end = others[-1].end() if others else -1
    if judge_end < 0 and other_end < 0:
        return None
    return "judge" if judge_end > other_end else "other"


_SUBJECT_PRONOUN = deferred(r"(?:[Ss]he|[Hh]e)\b")
_CHAIN = 4  # how many sentences of a pronoun's chain are read back
_CHAIN_REACH = 1500


def _chained_subject(text: str, refs: list[CourtRef], s0: int) -> str | None:
    """Who the pronoun opening the sentence at ``s0`` stands for, read back through the
    sentences before it whose subject is a pronoun too: ``"judge"`` when the first sentence
    of the chain opens on a judge (and none of them names anyone else first), else None."""
    lo = max(0, s0 - _CHAIN_REACH)
    starts = starts_of(refs)
    for _ in range(_CHAIN):
        if s0 <= lo:
            return None
        p0 = max(sentence_start(text, s0 - 1), lo)
        prev = _OPENING.match(text, p0, s0)
        p_at = prev.end() if prev else p0
        k = bisect.bisect_right(starts, p_at) - 1
        r = refs[k] if k >= 0 else None
        if r is not None and r.role == "judge" and (r.start == p_at or r.start <= p_at < r.end):
            return "judge"
        if not _SUBJECT_PRONOUN.match(text, p_at):
            return None
        s0 = p0
    return None


def pronoun_clauses(text: str, refs: list[CourtRef], quotes: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = []
    sentences: list[tuple[int, int]] | None = None
    # only after a judge whose court is known: "she" is that judge, or no ruling at all
    first = min((r.end for r in refs if r.role == "judge" and r.court), default=None)
    if first is None:
        return out
    judges = sorted((r for r in refs if r.role == "judge"), key=lambda r: r.end)
    judge_ends = [r.end for r in judges]
    for pm in PRONOUN.finditer(text, first):
        m = RV().match(text, pm.end())
        if not m or not PRONOUN_VERBS().fullmatch(" ".join(m.group("verb").lower().split())):
            continue
        if in_quotes(pm.start(), quotes):
            continue
        if sentences is None:
            sentences = sentence_spans(text)
        k = bisect.bisect_right(sentences, (pm.start(), sys.maxsize)) - 1
        s1 = sentences[k][1] if k >= 0 and pm.start() < sentences[k][1] else len(text)
        if not verb_ok(text, m, s1):
            continue
        if person_before(text, refs, pm.start()) != "judge":
            continue
        # the judge whose phrase ends last before it (the first of them on a tie, as max)
        k = bisect.bisect_right(judge_ends, pm.start()) - 1
        if k < 0:
            continue
        while k > 0 and judge_ends[k - 1] == judge_ends[k]:
            k -= 1
        judge = judges[k]
        if judge.court is None:
            continue
        end = object_end(text, m.start(), m.end(), m.group("verb"), s1)
        act = " ".join(m.group("verb").lower().split())
        background = m.group(0).lower().startswith("had ")
        out.append(Found(pm.start(), end, judge.court, True, 0.7, act, judge, background))
    return out
