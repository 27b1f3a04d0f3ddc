"""Ruling nouns: "the ruling", "his 31-page decision", "the 9th Circuit's decision", "the
Oregon decision"; those that point back take the court of the ruling before them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from ... import courts as C
from ...lexicon import weekdays
from ...models import quick_replace as replace
from ..doc import Anchor, places_in
from ..families import COURT_ORDER_AFTER
from ..lazyre import deferred, lazy
from ..sentences import sentence_start
from ..spans import SpanSet
from ..trie import head_matches
from .common import Found, in_quotes, sentence_span, sentence_spans
from .courtrefs import APOS, CourtRef, place_re, place_set
from .discourse import CourtRefs, is_state_appellate, lower_court, refs_between, state_named_in
from .sentencing import person_before
from .words import (
    BY,
    CASE_AFTER,
    CASE_NAME,
    CITED_BEFORE,
    DAYS,
    EARLIER,
    EVALUATIVE,
    EXEC_ORDER,
    LANDMARK_AFTER,
    MONTHS,
    NON_JUDGE,
    NOT_DEST,
    NOT_YET,
    OWN_CASE,
    REACTION,
    RN,
    RN_DET,
    RN_HEAD,
    RN_MODS,
    STRONG_MOD,
    TIME_BEFORE,
    VOTE_SPLIT,
)

# Patterns the functions below ask at each call, compiled once.
_LOWER_COURT = deferred(r"\b(?:lower|trial)[- ]court\b")
# what a party won from a court: "won a preliminary injunction", "secured a final judgment"
_WON_BEFORE = deferred(r"\b(?:won|wins|secured|secures|obtained|obtains)\s+$")
# "a decision late last week has put that rule on hold": the noun's time, then a ruling's act
_TIME_THEN_ACT = deferred(
    r"\s+(?:(?:late|early)\s+(?:last|this)\s+(?:week|month)|(?:last|this)\s+(?:week|month)|"
    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"\s+(?:has\s+|had\s+)?(?:put|blocked|halted|paused|stayed|vacated|struck|set\s+aside|"
    r"upheld|overturned|reversed|invalidated|thrown\s+out|threw\s+out)\b"
)


def _court_next(
    refs: list[CourtRef], starts: list[int], at: int, sentences: list[tuple[int, int]]
) -> CourtRef | None:
    """The first court phrase with a court after ``at`` in its sentence or the next one."""
    k = bisect.bisect_right(sentences, (at, 1 << 62)) - 1
    if k < 0:
        return None
    stop = sentences[min(k + 1, len(sentences) - 1)][1]
    i = bisect.bisect_left(starts, at)
    while i < len(refs) and refs[i].start < stop:
        if refs[i].court and refs[i].court != C.FOREIGN:
            return refs[i]
        i += 1
    return None


# "leaving the ruling in place", "left the decision intact": what a court declined to review
_LEFT_BEFORE = re.compile(r"\b(?:leav(?:e|es|ing)|left|let(?:s|ting)?)\s+$")
_IN_PLACE = re.compile(r"\s+(?:in\s+place|intact|standing|undisturbed|in\s+effect)\b")
# "leaving the ruling in place", "left the decision intact": what a court declined to review
_LEFT_BEFORE = re.compile(r"\b(?:leav(?:e|es|ing)|left|let(?:s|ting)?)\s+$")
_IN_PLACE = re.compile(r"\s+(?:in\s+place|intact|standing|undisturbed|in\s+effect)\b")
# "the sentence sought by prosecutors": asked for, not imposed
_ASKED_FOR = deferred(r"\s+(?:sought|requested|recommended|proposed|urged)\b")
# "the ruling issued Monday afternoon": the news ruling, dated to the article's week, not
# the landmark case the paragraph before it recalls
_TOLD_TODAY = deferred(
    rf"\s+(?:issued|handed\s+down|released|announced|filed|entered)\s+(?:on\s+|late\s+|early\s+)?(?P<day>{DAYS})\b"
)


def _unplaced_news(f: Found) -> bool:
    """A ruling told as news by "a federal judge in STATE" whose state has several districts
    (so no court): kept in the history, so that "the ruling" after it follows it (with no
    court) rather than a ruling told before it (twenty-fourth session)."""
    r = f.ref
    return bool(
        f.court is None
        and not f.anaphor
        and not f.background
        and f.salient
        and f.confidence >= 0.6
        and r is not None
        and r.role == "judge"
        and r.federal
        and r.postal
        and r.judge is None
        and len(C.districts_of(r.postal)) > 1
    )


class _History:
    """The confident rulings with a court (``f.court`` and confidence ≥ 0.7) that end before a
    place, read in order of their ends as the ruling nouns are met, with what the nouns ask of
    them kept up to date: the nearest, the nearest that fits a test, the first told as news.
    Equal to filtering every ruling before each noun, without doing so (a long document has
    thousands). Ties go as ``max``/``min`` over the rulings in their first order would."""

    def __init__(self, clauses: list[Found], nouns: list[Found], confident: bool = True) -> None:
        self._confident = confident
        self._seq = 0
        self._pending: list[tuple[int, int, Found]] = []  # (end, seq, ruling) not yet reached
        self.seen: list[tuple[int, int, Found]] = []  # reached, by end
        self.salient = 0
        self._lead: dict[bool, tuple[int, int, Found] | None] = {True: None, False: None}
        # the latest ruling of a trial court (one that does not sit in panels), by salience
        self._trial: dict[bool, tuple[int, int, Found] | None] = {True: None, False: None}
        self.pos = -1
        for f in clauses:
            self.add(f)
        for f in nouns:
            self.add(f)

    def add(self, f: Found) -> None:
        seq = self._seq
        self._seq += 1
        if self._confident and not (f.court and f.confidence >= 0.7) and not _unplaced_news(f):
            return
        if f.end <= self.pos:
            self._absorb((f.end, seq, f))
        else:
            bisect.insort(self._pending, (f.end, seq, f), key=lambda t: (t[0], t[1]))

    def _absorb(self, item: tuple[int, int, Found]) -> None:
        bisect.insort(self.seen, item, key=lambda t: (t[0], t[1]))
        f = item[2]
        self.salient += f.salient
        if f.court and not sits_in_panels(f.court):
            for only_salient in (True, False):
                if only_salient and not f.salient:
                    continue
                latest = self._trial[only_salient]
                if latest is None or (item[0], -item[1]) > (latest[0], -latest[1]):
                    self._trial[only_salient] = item
        if not f.background:
            for only_salient in (True, False):
                if only_salient and not f.salient:
                    continue
                lead = self._lead[only_salient]
                if lead is None or (f.start, item[1]) < (lead[2].start, lead[1]):
                    self._lead[only_salient] = item

    def advance(self, pos: int) -> None:
        self.pos = pos
        k = 0
        while k < len(self._pending) and self._pending[k][0] <= pos:
            k += 1
        for item in self._pending[:k]:
            self._absorb(item)
        del self._pending[:k]

    def in_s(self, f: Found) -> bool:
        """Whether ``f`` is among the rulings a noun may mean: the salient ones, or all of them
        when none is salient."""
        return f.salient or not self.salient

    def last(self, test: Callable[[Found], bool], since: int = -1) -> Found | None:
        """The ruling that ends last (before the place) among those that pass ``test`` and
        end at ``since`` or after."""
        best: tuple[int, int, Found] | None = None
        for item in reversed(self.seen):
            if item[0] < since or (best is not None and item[0] < best[0]):
                break
            if self.in_s(item[2]) and test(item[2]) and (best is None or item[1] < best[1]):
                best = item
        return best[2] if best else None

    def last_trial(self) -> Found | None:
        """The trial court's ruling that ends last before the place (``last`` with a test
        for a trial court, kept up to date instead of searched)."""
        item = self._trial[bool(self.salient)]
        return item[2] if item else None

    def lead(self) -> Found | None:
        item = self._lead[bool(self.salient)]
        return item[2] if item else None


# (a participle of issue and its day may stand before the comma: "In its decision issued
# Wednesday, the state Supreme Court …", "In its ruling released late Friday, the panel …")
_COMMA_THE = re.compile(
    r"(?:\s+(?:issued|released|filed|published|entered|handed\s+down)"
    r"(?:\s+(?:on|late|early|last|this))?(?:\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?)?,\s+(?=[Tt]he\s)"
)
# The acts of a court that refused what it was asked ("refused to pause the injunction")
_REFUSALS = frozenset({"refused", "declined", "denied", "rejected", "refuses", "declines"})


def _granted_above(refused: Found) -> Callable[[Found], bool]:
    """A test for the rulings told after ``refused`` by a higher court that refused nothing."""
    rung = _ladder(refused.court or "")
    return lambda f: (
        f.court is not None
        and f.end > refused.end
        and f.act not in _REFUSALS
        and _ladder(f.court) > rung
    )


def _granted_since(refused: Found) -> Callable[[Found], bool]:
    """A test for the rulings told after ``refused`` that refused nothing."""
    return lambda f: f.end > refused.end and f.act not in _REFUSALS


# A refusal whose object is the order asked for itself: "A judge has rejected a temporary
# restraining order requested by …", "denied the request for a preliminary injunction",
# "declined to issue a TRO" (not "denied a motion to lift the injunction": that one stands)
_REFUSED_RELIEF = deferred(
    r"[^.;]*?"
    r"\b(?:refused|declined|denied|rejected|refuses|declines|denies|rejects)\s+"
    r"(?:to\s+(?:issue|grant|enter|impose|order)\s+)?"
    r"(?:(?:the|a|an|her|his|their|its|[A-Z][\w.'’-]*(?:['’]s?)?)\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:request|requests|motion|bid|petition|application)\s+"
    r"for\s+(?:an?\s+|the\s+)?)?"
    r"(?:(?:temporary|preliminary|emergency|permanent)\s+)*"
    r"(?:restraining\s+order|injunction|TRO)\b"
)


# A gerund of making a ruling that opens its sentence on "In": "In granting the stay, …"
_MAKING_BEFORE = deferred(
    r"(?:^|[.!?\n]\s*|\s)[Ii]n\s+(?:granting|issuing|entering|imposing|handing\s+down)\s+$"
)


def _owner_after(
    text: str, refs: list[CourtRef], starts: list[int], at: int, judge: bool = False
) -> CourtRef | None:
    """The court right after "In its ruling, " that owns it (a court phrase with a court);
    with ``judge``, the judge right after "In his ruling, " (a judge with a known court)."""
    c = (_COMMA_AFTER if judge else _COMMA_THE).match(text, at)
    if not c:
        return None
    k = bisect.bisect_left(starts, c.end())
    r = refs[k] if k < len(refs) else None
    if r is None or r.start != c.end() or not r.court or (r.role == "judge") != judge:
        return None
    return r


_IN_BEFORE = deferred(r"(?:^|[.!?\n]\s*)[Ii]n\s+$")
_COMMA_AFTER = re.compile(r",\s+")


def _judge_after(
    text: str, refs: list[CourtRef], starts: list[int], m: re.Match[str]
) -> CourtRef | None:
    """The judge named right after a sentence's opening "In his ruling, " ("In her ruling,
    U.S. District Judge Ann Lee wrote …"): the ruling is that judge's, not that of a judge
    told before."""
    if not _IN_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None
    return _owner_after(text, refs, starts, m.end(), judge=True)


# A court's act on another court's ruling ("vacated and remanded its prior decision"): the
# "its" after it is the court below, not the court that acts
_REVIEW_BETWEEN = deferred(
    r"\b(?:vacat|revers|overturn|overrul|affirm|uph[oe]ld|remand|set\s+aside|stay|review|"
    r"reject|revive|reinstat|block|lift|left|leav|let|declin|refus|hear|heard)"
)


# (twenty-fifth session, census31 P2) a digest's list item "• Label: In a unanimous decision
# in CASE, the Court upheld …": the noun is that case's ruling, not a landmark recalled
_DIGEST_LEAD = deferred(r"[ \t]*(?:[•●▪◦·*–-]|\d{1,2}[.)])[ \t]+(?:[^\n:.;]{1,60}:[ \t]+)?In\s+")


def _digest_lead(text: str, at: int, det: str) -> bool:
    """Whether the indefinite ruling noun at ``at`` opens a digest's list item after "In"."""
    if det not in ("a", "an"):
        return False
    return _DIGEST_LEAD.fullmatch(text, text.rfind("\n", 0, at) + 1, at) is not None


_DECIDED_TO = deferred(r"\s+to\s+[a-z]")
# (twenty-fifth session, census31 P3) "The Supreme Court ended its term. While its decision
# to curb …": a conjunction alone before "its" still opens the sentence on it
_OPENING_CONJUNCTION = deferred(r"(?:While|Although|Though|But|And|Yet|Still)\s+")


def _opens_its_sentence(text: str, a: int, at: int) -> bool:
    """Whether ``at`` opens the sentence starting at ``a`` (a conjunction may stand before)."""
    return a == at or _OPENING_CONJUNCTION.fullmatch(text, a, at) is not None


def _its_from(text: str, at: int) -> int:
    """Where the courts a noun at ``at`` may stand for ("its", a split vote's bench) are
    named from: its sentence, or the sentence before when the noun opens its own."""
    a = sentence_start(text, at)
    return sentence_start(text, max(0, a - 2)) if _opens_its_sentence(text, a, at) else a


def _its_owner(text: str, refs: list[CourtRef], at: int) -> CourtRef | None:
    """The court "its" at ``at`` stands for: the last court its sentence names before it
    (a court, panel or bench with a known court, not a judge, nor a court a case goes to),
    when no act of review and no other court's name stands between; else None (the
    discourse decides)."""
    a = sentence_start(text, at)
    if _opens_its_sentence(text, a, at):
        # "Critics blasted the Supreme Court. Its 6-3 decision in June …": "Its" opening a
        # sentence is the one court the sentence before names
        before = refs_between(refs, sentence_start(text, max(0, a - 2)), at)
        if len({r.court for r in before if r.role in ("court", "panel", "justices")}) != 1:
            return None
    else:
        before = refs_between(refs, a, at)
    if not before:
        return None
    own = before[-1]
    if own.role not in ("court", "panel", "justices") or not own.court or own.destination:
        return None
    if own.end > at or _REVIEW_BETWEEN.search(text, own.end, at):
        return None
    return own


# A date among a ruling noun's modifiers (lowercased): a month, a year, a weekday
_DATE_MOD = deferred(
    rf"\b(?:{MONTHS.lower()}|(?:19|20)\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?!\w)"
)
_DATED_HEADS = frozenset({"ruling", "decision", "opinion", "injunction", "judgment", "verdict"})
# A case named in apposition after an opening ruling noun: "In an August 1 ruling, Sierra
# Club v. FERC, the appeals court rejected …"
_CASE_APPOSITION = r"(?:,\s+(?:[A-Z][\w.&'’-]*\s+){1,6}?v\.?\s+[A-Z][^,;:\n]{0,60})?"
# What may stand between a sentence's opening ruling noun and the comma before its court:
# "In a 153-page order issued today, a federal judge in New Orleans ruled", "In a 2-1
# decision last August, the 4th Circuit said"
_LEAD_TAIL = deferred(
    r"(?:\s+(?:issued|released|filed|handed\s+down|signed|entered|published|posted))?"
    rf"(?:\s+(?:late|early|on|last|this)?\s*(?:{DAYS}|week|month|year|(?:{MONTHS})(?:\s+\d{{1,2}})?))?"
    r"(?:\s+(?:night|morning|afternoon|evening))?"
    rf"{_CASE_APPOSITION},\s+"
    # (twenty-fourth session: "In a 4-3 ruling, liberal Justice Jane Roe found …": a word
    # of the judge's leaning or standing before the title)
    r"(?:(?:liberal|conservative|moderate|senior|veteran|longtime)\s+)?"
)


_JUDGE_IN = deferred(r",?[ \t]+in[ \t]+")


def _judge_just_before(
    text: str, refs: list[CourtRef], starts: list[int], at: int
) -> CourtRef | None:
    """The judge named by name right before "in" and ``at`` ("Judge Ada Roe in a Thursday
    opinion"), when the judges' table gave that judge a court; else None."""
    k = bisect.bisect_left(starts, at) - 1
    r = refs[k] if k >= 0 else None
    if r is None or r.role != "judge" or not r.judge or r.court is None or r.destination:
        return None
    if _JUDGE_IN.fullmatch(text, r.end, at) or _JUDGE_APPOSED_IN().fullmatch(text, r.end, at):
        return r
    return None


# "U.S. District Judge Ada Roe, a Biden appointee, wrote in a 27-page opinion" (twenty-eighth
# session, census41 P3): an appositive between the judge and the verb of writing
_JUDGE_APPOSED_IN = lazy(
    r",[ \t]+(?:an?|the|who)[ \t]+[^,;.“”\"\n]{1,60},[ \t]+"
    r"(?:wrote|writes|said|says|explained|noted|concluded|stated)[ \t]+in[ \t]+"
)


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_MOD = deferred(rf"\b({_MONTH_NAMES})\b")


@lru_cache(maxsize=16)
def _month_ruling(month: str) -> re.Pattern[str]:
    """ "the August 2024 ruling by", "an Aug. 20 decision from": a ruling of ``month`` told
    with the court that gave it after it."""
    return re.compile(
        rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:{month}|{month[:3]}\.)(?:\s+\d{{1,2}}(?!\d))?"
        r"(?:,?\s+(?:19|20)\d\d)?\s+(?:[a-z]+\s+){0,2}?(?:ruling|decision|opinion|order|"
        r"injunction)\s+(?:by|from|of|in)\s+"
    )


def _same_month_ruling_after(
    text: str, refs: list[CourtRef], starts: list[int], at: int, month: str
) -> str | None:
    """The court of the rulings of ``month`` the text names with their court after ``at``
    ("the August 2024 ruling by the U.S. District Court for the Northern District of
    Texas"), where they all name one court; else None (two courts: no guess)."""
    courts: set[str | None] = set()
    for m in _month_ruling(month).finditer(text, at):
        k = bisect.bisect_left(starts, m.end())
        r = refs[k] if k < len(refs) else None
        if r is not None and r.start == m.end() and not r.destination:
            courts.add(r.court)
    return next(iter(courts)) if len(courts) == 1 else None


def _lead_owner(text: str, refs: list[CourtRef], starts: list[int], at: int) -> CourtRef | None:
    """The court phrase that opens the clause after "In a 153-page order issued today, ":
    the subject that gave the ruling the sentence opens on, its court known or not (a judge
    too: "In a one-page order, Judge X …")."""
    c = _LEAD_TAIL.match(text, at)
    if not c:
        return None
    k = bisect.bisect_left(starts, c.end())
    r = refs[k] if k < len(refs) else None
    return r if r is not None and r.start == c.end() else None


# The verb of a contact clause after a ruling noun and its court: "the injunction a lower
# court judge in East St. Louis issued April 28", "the order Judge Boasberg signed Friday"
_CONTACT_VERB = deferred(
    r"\s+(?:had\s+)?(?:issued|granted|entered|signed|imposed|handed\s+down)\b"
    rf"(?:\s+(?:on\s+|last\s+)?(?:(?:{MONTHS})\s+\d{{1,2}}\b|{DAYS}\b))?"
)


def _contact_owner(
    text: str, refs: list[CourtRef], starts: list[int], at: int
) -> tuple[CourtRef, int] | None:
    """The court of a ruling noun told by a contact or relative clause right after it ("a
    temporary injunction a lower court judge in East St. Louis issued April 28", "a ruling
    that a divided panel of the Seventh Circuit issued on Wednesday"), and where the clause
    ends."""
    # ("a ruling that the U.S. Court of Appeals for the Ninth Circuit issued on Tuesday": the
    # relative pronoun may stand before the court)
    lead = 6 if text.startswith(" that ", at) else 0
    k = bisect.bisect_left(starts, at + 1)
    r = refs[k] if k < len(refs) else None
    if r is None:
        return None
    if lead:
        if r.start != at + lead:
            return None
    elif r.start - at > 2 or not text[at : r.start].isspace():
        return None
    if r.role not in ("judge", "court", "panel", "justices"):
        return None
    v = _CONTACT_VERB.match(text, r.end)
    return (r, v.end()) if v else None


def _tells(text: str, word: str) -> Callable[[Found], bool]:
    """A test for the rulings whose words hold ``word`` (any case)."""
    said = word.lower()
    return lambda f: said in text[f.start : f.end].lower()


def _any(f: Found) -> bool:
    return True


def _before_of_another_court(latest: Found) -> Callable[[Found], bool]:
    """A test for the rulings told before ``latest`` by another court."""
    return lambda f: f.end <= latest.start and f.court != latest.court


_DAY_POSS = lazy(r"(\w+)['’]s$")  # ("Sunday's decision")
_TODAY_WORDS = frozenset({"today", "tonight", "this"})


def _day_word(det: str) -> str | None:
    """The day a possessive determiner dates its ruling to, as the text would name it
    ("Sunday's", "Sunday night's": "sunday"; "last week's": "week"), or None for the
    article's own day ("today's", "tonight's", "this morning's", "last night's")."""
    words = det.lower().replace("’", "'").removesuffix("'s").split()
    if words[0] in _TODAY_WORDS or words == ["last", "night"]:
        return None
    return words[-1] if words[0] == "last" else words[0]


def _the_news_ruling(
    text: str,
    m: re.Match[str],
    det: str,
    ante: Found,
    history: _History,
    quotes: list[tuple[int, int]],
    day_court: str | None = None,
    day_word: str | None = None,
) -> Found:
    """The ruling a noun means when the nearest one is not it. "Sunday's decision" is the
    ruling the text dates to Sunday; "today's decision", or "this decision" in a reaction
    quoted paragraphs after the history it follows, is the article's lead ruling (its first
    ruling told as news), not the last court the history named."""
    lead = history.lead()
    day = _DAY_POSS().match(det)
    word = _day_word(det) if day else day_word  # ("the Monday decision": ``day_word``)
    if word is not None:
        said = _day_said(word)
        dated = history.last(lambda f: said.search(text, f.start, f.end) is not None)
        if dated is None and day_court is not None:
            # "On Monday, the judge blocked the rule … Monday's ruling": the ruling of the
            # court whose sentence tells of that day
            dated = history.last(lambda f: f.court == day_court)
        return dated or ante
    if day and det.lower().startswith(("today", "tonight")):
        # "In 2023, a county court ruled … Today, the state supreme court ruled … Today's
        # opinion": the ruling whose own sentence dates it to the article's day
        said = _day_said(det.split()[0].lower().replace("’", "'").removesuffix("'s"))
        today = history.last(
            lambda f: said.search(text, sentence_span(text, f.start)[0], f.end) is not None
        )
        if today is not None:
            return today
    if lead is None or lead is ante:
        return ante
    if ante.background:
        return lead  # the history has no news ruling near: the article's own one
    if day or (
        det in ("this", "the")
        and (
            in_quotes(m.start(), quotes) or REACTION.search(text, max(0, m.start() - 40), m.start())
        )
        and "\n" in text[ante.end : m.start()]
        and lead.court != ante.court
    ):
        return lead
    return ante


def _the_days_one_ruling(text: str, history: _History, word: str, ante: Found) -> bool:
    """Whether ``ante`` is of the one court whose rulings told before are dated to the
    weekday ``word`` by their words or sentences ("… ruled on Wednesday … [paragraphs on an
    election] … the majority in Wednesday's decision"). Such a possessive binds however far
    back, and past the cases named since (a precedent the ruling overturned)."""
    if word.lower() not in weekdays():
        return False
    said = _day_said(word)

    def dated(f: Found) -> bool:
        # (the day in the ruling's words, or right before them in its sentence: "On
        # Wednesday, the court …")
        lo = max(sentence_span(text, f.start)[0], f.start - 16)
        return said.search(text, lo, f.end) is not None

    courts = {f.court for _, _, f in history.seen if dated(f)}
    return courts == {ante.court}


@lru_cache(maxsize=32)
def _day_said(word: str) -> re.Pattern[str]:
    """Where a text names the day ``word`` ("Monday", "tonight"), compiled once a word."""
    return re.compile(rf"\b{re.escape(word)}\b", re.I)


def _court_of_day(
    text: str,
    refs: list[CourtRef],
    starts: list[int],
    sentences: list[tuple[int, int]],
    at: int,
    word: str | None,
) -> CourtRef | None:
    """The court (a court phrase with a court, no destination of an appeal) named last
    before ``at`` in a sentence that names the day ``word`` (within 2,000 characters), or,
    for the article's own day (``word`` None), in the sentence of ``at`` or the one before."""
    k = bisect.bisect_right(sentences, (at, 1 << 62)) - 1
    if k < 0:
        return None
    lo = max(0, at - 2000) if word else sentences[max(0, k - 1)][0]
    said = _day_said(word) if word else None
    i = bisect.bisect_left(starts, at) - 1
    while i >= 0 and refs[i].start >= lo:
        r = refs[i]
        i -= 1
        if not r.court or r.court == C.FOREIGN or r.destination or r.end > at:
            continue
        if said is None:
            return r
        j = bisect.bisect_right(sentences, (r.start, 1 << 62)) - 1
        if j >= 0 and said.search(text, sentences[j][0], sentences[j][1]):
            return r
    return None


_OPENS = deferred(r"[\s\"“‘'(]*")
# "The 6-3 decision in Harlow v. Dent": a vote count, and the caption after the noun
_VOTE = deferred(r"\b\d{1,2}[-–]\d\b")
# "In the …" right before a court phrase: the ruling the clause is placed in
_IN_THE_OPINION = deferred(r"\bIn\s+(?:the\s+)?$")
_CAPTION_AFTER = deferred(r"\s+in\s+(?:the\s+)?(?P<c>[A-Z][^,.;]{0,60}?\s+v\.?\s+[A-Z][\w'’&-]*)")


def _trial_ruling_in_caption(text: str, r: CourtRef, court: str | None, end: int) -> bool:
    """Whether the ruling noun ending at ``end`` is the ruling of the trial court ``r`` names in
    full (a federal district, a state's trial court; not "the district court" referred back,
    not a court below guessed) in the case whose caption comes right after it."""
    if court is None or r.anaphoric or r.guessed or r.lower or r.role != "court":
        return False
    level = C.level_of(court)
    if level == C.LEVEL_STATE:
        if C.is_state_high_court(court) or is_state_appellate(court):
            return False
    elif level != C.LEVEL_DISTRICT:
        return False
    return CASE_AFTER.match(text, end) is not None


def _counted_story_case(text: str, at: int, end: int) -> bool:
    """ "In Harlow v. Dent, the justices weighed … The Supreme Court granted … The 6-3
    decision in Harlow v. Dent …": a vote-counted ruling noun whose caption the article told
    whole in an earlier sentence is the story's own ruling, not a case it acted on."""
    if _VOTE.search(text, at, end) is None:
        return False
    cap = _CAPTION_AFTER.match(text, end)
    return cap is not None and text.find(cap.group("c"), 0, sentence_start(text, at)) >= 0


_GENERIC_PARTY = frozenset({"United", "States", "State", "People", "America", "Commonwealth"})


def _opens_after_news_ruling(
    text: str,
    span: tuple[int, int],
    det: str,
    head: str,
    ruling_at: list[Found],
    clause_starts: list[int],
) -> bool:
    """ "A divided Supreme Court on Wednesday upheld a Tennessee law … The ruling in United
    States v. Skrmetti, written by …": "The ruling" or "This decision" opening its sentence,
    right after the article told a ruling of the news (a court known, not an earlier one
    recalled), is that ruling, the case named after it its own; a ruling noun inside a
    sentence ("cited the decision in Hale v. Corbin") names the case it cites."""
    at, end = span
    if det not in ("the", "this") or head not in ("ruling", "decision"):
        return False
    if _OPENS.fullmatch(text, sentence_start(text, at), at) is None:
        return False
    # a case the article named before ("… overturned Roe. The decision in Roe v. Wade had
    # stood …"): the case the news ruling acted on, not its own, which news names only here
    cap = CASE_AFTER.match(text, end)
    if cap is not None and not _counted_story_case(text, at, end):
        for w in re.findall(r"[A-Z][\w'’-]{2,}", cap.group(0)):
            if w not in _GENERIC_PARTY and re.search(rf"\b{re.escape(w)}\b", text[:at]):
                return False
    k = bisect.bisect_left(clause_starts, at) - 1
    while k >= 0 and ruling_at[k].end > at:
        k -= 1
    if k < 0:
        return False
    f = ruling_at[k]
    if cap is not None:
        # "In Teller v. Marsh Bay, (D. Mass., …), a federal district court refused … The ruling
        # in Keller v. Dunmore went the other way": the news ruling has a caption of its own,
        # so the one after the noun, named nowhere before, is another case's
        # (the caption's own periods may split its sentence: "(Fed. Cl. May 2, 2025), the
        # Court held": read back to the line's start, at most 250 characters)
        s0 = max(text.rfind("\n", 0, f.start) + 1, f.start - 250)
        if _VERSUS_MARK.search(text, s0, sentence_span(text, f.start)[1]) is not None:
            return False
    return bool(f.court) and f.confidence >= 0.7 and not f.background and at - f.end <= 600


_SHORT_NAME_AFTER = deferred(r"\s+in\s+(?P<nm>[A-Z][\w'’-]{2,})\b(?!\s+v\.?\s)(?![\w'’-])")


def _news_case_by_short_name(
    text: str,
    m: re.Match[str],
    det: str,
    head: str,
    ruling_at: list[Found],
    clause_starts: list[int],
) -> Found | None:
    """The news ruling "the ruling in NAME" means, when NAME is the first party of the one
    caption told in the news ruling's sentence or the next one (with no other caption between
    that and the noun): None otherwise."""
    if det != "the" or head not in ("ruling", "decision"):
        return None
    sn = _SHORT_NAME_AFTER.match(text, m.end())
    if sn is None:
        return None
    k = bisect.bisect_left(clause_starts, m.start()) - 1
    while k >= 0 and ruling_at[k].end > m.start():
        k -= 1
    if k < 0:
        return None
    f = ruling_at[k]
    if not f.court or f.confidence < 0.7 or f.background or f.anaphor:
        return None
    if m.start() - f.end > 1500:
        return None
    s0, s1 = sentence_span(text, f.start)
    _, n1 = sentence_span(text, min(len(text) - 1, s1 + 1))
    caps = list(CASE_NAME.finditer(text, s0, m.start()))
    if len(caps) != 1 or caps[0].start() >= n1:
        return None
    # (the caption's match may open on the word before it: "Act. Quillon v. Morrow")
    party = re.split(r"\s+v\.?\s", caps[0].group(0))[0].split(". ")[-1]
    first = party.split()[0] if party.split() else ""
    return f if first == sn.group("nm") else None


# "the 6th Circuit ruling overturning the FCC's order", "… overturning the EPA rule": what
# the ruling overturned is a body's act (an agency's initials or possessive after "the"), not
# a landmark case named after the verb
_BODYS_ACT_OVERTURNED = deferred(
    r"(?:overturning|overruling|overturned)\s+the\s+(?:[A-Z][\w.-]*['’]s\s|[A-Z]{2,}\b)"
)


def _landmark_after(text: str, at: int) -> bool:
    lm = LANDMARK_AFTER().match(text, at)
    if not lm:
        return False
    nm = lm.group("nm")
    if nm is None and _BODYS_ACT_OVERTURNED.search(lm.group(0)):
        return False
    if nm is not None and _COURT_NAMED.match(text, lm.start("nm")):
        return False  # "the opinion in U.S. District Court in Washington": where it was given
    return nm is None or (nm not in place_set() and not re.search(r"['’]s$", nm))


# a court's name after "in" ("in U.S. District Court", "in Federal Circuit Court"), no case's
_COURT_NAMED = deferred(r"(?:[A-Z][\w'’.-]*\s+){0,3}Court\b")


# Every EXEC_ORDER match holds one of these at its start or one character after it.
_EXEC_ORDER_WORDS = ("xecutive", "roclamation", "E.O.", "EO", "residential")


@lru_cache(maxsize=8)
def _first_exec_order_end(text: str) -> int | None:
    """Where the first executive order the text names ends: EXEC_ORDER is searched from
    just before the first of its words (read from the Doc's walk, else found with
    ``str.find``), not over the whole text."""
    at = min((p[0] for w in _EXEC_ORDER_WORDS if (p := places_in(text, w))), default=-1)
    if at < 0:
        return None
    m = EXEC_ORDER.search(text, max(0, at - 1))
    return m.end() if m else None


def _exec_order_before(text: str, at: int) -> bool:
    first = _first_exec_order_end(text)
    return first is not None and first <= at


# "Nassau County Executive Bruce Blakeman issued an order in February": an order of
# someone's, told before "the order"; a court's when its sentence names a court or judge.
_ISSUED_ORDER = deferred(
    r"\b(?:issued|signed|issues|signs|imposed|announced)\s+(?:an?|the|his|her|its)\s+"
    r"(?:[\w-]+\s+)?order\b"
)
_COURT_WORD = deferred(r"\b(?:[Jj]udges?|[Cc]ourts?|[Jj]ustices?|[Pp]anel|Circuit)\b")
_ORDER_REACH = 1500


def _someones_order_before(text: str, at: int) -> bool:
    """Whether the last order the text says someone issued before ``at`` (within
    ``_ORDER_REACH``) is no court's: its sentence names no court or judge. Searched from the
    last "order" word before it, found with ``str.rfind`` (no pattern over the whole text)."""
    lo = max(0, at - _ORDER_REACH)
    k = text.rfind(" order", lo, at)
    while k >= 0:
        m = _ISSUED_ORDER.search(text, max(lo, k - 40), k + 6)
        if m is not None:
            s = max(text.rfind(". ", lo, m.start()) + 1, text.rfind("\n", lo, m.start()) + 1, lo)
            return _COURT_WORD.search(text, s, m.start()) is None
        k = text.rfind(" order", lo, k)
    return False


# "the decision to rescind DACA was unlawful … the explanation for the decision": an
# official's decision to act, told just before a bare "the decision", is what it means
# (tenth-session probes); a court's decision "to" is followed by its destination instead
_DECISION_TO = deferred(r"decision\s+to\s+(?!(?:the|a|an|vacate|remand|enjoin|affirm)\b)[a-z]+")
_DECISION_REACH = 800


def _officials_decision_before(text: str, at: int, rulings: list[Found] | None = None) -> bool:
    """Whether the last "decision" word before ``at`` (within ``_DECISION_REACH``) is a
    "decision to <verb>": an act decided, no court's ruling (found with ``str.rfind``).
    Not when that "decision" is itself one of ``rulings`` (found so far): "a lower-court
    judge's decision to bar the state from enforcing the law" is the judge's; nor when one of
    them stands between them in ``at``'s own sentence: "In response to the ruling, the
    director said the decision vindicates …" is the court's."""
    k = text.rfind("decision", max(0, at - _DECISION_REACH), at)
    if k < 0 or _DECISION_TO.match(text, k) is None:
        return False
    s0 = max(k, sentence_start(text, at))
    return not any(
        (f.start <= k < f.end) or (s0 <= f.start and f.end <= at and f.court) for f in rulings or ()
    )


# "… but issued a forceful new order", "entered a new judgment": a ruling noun with an
# indefinite article is a ruling when a judge or court of the sentence issues it
_ISSUED_BEFORE = deferred(r"\b(?:issued|entered|signed|handed\s+down)\s+(?:also\s+)?$")


_NOT_ISSUED = deferred(
    r"\b(?:not|never|yet|will|would|could|may|might|to|n['’]t)\s+(?:(?:yet|also|have|be)\s+)*"
    r"(?:issued|entered|signed|handed\s+down)\s+(?:also\s+)?$"
)


def _issuing_court(text: str, refs: list[CourtRef], starts: list[int], at: int) -> CourtRef | None:
    """The judge or court (with a known court) that the sentence before ``at`` names last,
    when the words just before ``at`` say it issued what follows and no one else (a
    president, an official) stands between them."""
    if not text.endswith(("issued ", "entered ", "signed ", "down ", "also "), 0, at):
        return None
    if not _ISSUED_BEFORE.search(text, max(0, at - 25), at):
        return None
    if _NOT_ISSUED.search(text, max(0, at - 45), at):
        return None  # "Judge Doughty hasn't yet issued a final ruling": not yet one
    s0 = sentence_start(text, at)
    k = bisect.bisect_left(starts, at) - 1
    if k < 0 or refs[k].start < s0:
        return None
    r = refs[k]
    if not r.court or r.role not in ("judge", "court", "panel") or r.destination:
        return None
    if NON_JUDGE().search(text, r.end, at) is not None:
        return None  # "the judge ruled, and Trump then issued a new order"
    return r


# "…, reversing the order of the district court, and granting a preliminary injunction": a
# reviewing court's gerund of undoing the ruling below, then its gerund of granting relief
_AND_GRANTING_BEFORE = deferred(
    r",?\s+and\s+(?:then\s+|also\s+|instead\s+)?(?:granting|issuing|entering|imposing)\s+$"
)
_REVERSING = deferred(
    r",\s+(?:reversing|overturning|overruling|vacating|setting\s+aside)\s"
    r"(?:the|a|an|its|that|this|[A-Z][\w.'’-]*['’]s?)\b"
)


def _granter_after_reversal(
    text: str, refs: list[CourtRef], starts: list[int], at: int
) -> CourtRef | None:
    """The court that grants what follows "and granting" at ``at``, when its sentence told that
    court undoing a ruling below with a gerund before it ("[court A] ruled …, overturning
    [court B's decision] and issuing a preliminary injunction"): court A, the last court named
    before the reversing gerund in the sentence (a court with a known court, the subject)."""
    if not text.endswith("ing ", 0, at) or not _AND_GRANTING_BEFORE.search(
        text, max(0, at - 40), at
    ):
        return None
    s0 = sentence_start(text, at)
    rev = next(reversed(list(_REVERSING.finditer(text, s0, at))), None)
    if rev is None:
        return None
    k = bisect.bisect_left(starts, rev.start()) - 1
    if k < 0 or refs[k].start < s0 or refs[k].end > rev.start():
        return None
    r = refs[k]
    if not r.court or r.role not in ("judge", "court", "panel", "justices") or r.destination:
        return None
    if NON_JUDGE().search(text, r.end, rev.start()) is not None:
        return None  # an official between the court and the gerund: not the court's act
    # the court undone is another court, named after the reversing gerund
    if not any(
        x.court and x.court != r.court for x in refs[k + 1 : bisect.bisect_left(starts, at)]
    ):
        return None
    return r


def _below_of(reviewer: Found) -> Callable[[Found], bool]:
    """A test for a ruling told before ``reviewer`` by a court below it (or by no known
    court)."""
    rank = _ladder(reviewer.court or "")
    return lambda f: (
        f is not reviewer
        and f.end <= reviewer.start
        and (f.court is None or _ladder(f.court) < rank)
    )


def _ladder(court: str) -> int:
    """A court's place in the ladder of review: trial courts 1, courts of appeals 2, courts
    of last resort 3."""
    if C.level_of(court) == C.LEVEL_SUPREME or C.is_state_high_court(court):
        return 3
    return 2 if C.level_of(court) == C.LEVEL_APPEALS or is_state_appellate(court) else 1


def sits_in_panels(court: str) -> bool:
    """A court whose rulings can be split votes: the Supreme Court, a court of appeals, a
    state's high court."""
    level = C.level_of(court)
    return (
        level in (C.LEVEL_SUPREME, C.LEVEL_APPEALS)
        or C.is_state_high_court(court)
        or is_state_appellate(court)
    )


def _of_court(test: Callable[[str], bool]) -> Callable[[Found], bool]:
    """A test for the rulings whose court passes ``test``."""
    return lambda f: bool(f.court) and test(f.court or "")


def _bench_of(vote: str) -> Callable[[str], bool]:
    """Which courts a split vote fits by the judges it counts: three or fewer an appeals
    panel (or a three-judge court), five to nine a court of last resort (the nine justices,
    a state's five or seven), ten or more a court of appeals sitting en banc. "The 6-3
    decision" after a circuit's ruling is the Supreme Court's, not the circuit's."""
    a, b = re.findall(r"\d+", vote)[:2]
    total = int(a) + int(b)
    if total <= 3:
        return lambda c: C.level_of(c) in (C.LEVEL_APPEALS, C.LEVEL_SPECIAL)
    if 5 <= total <= 9:
        return lambda c: C.level_of(c) == C.LEVEL_SUPREME or C.is_state_high_court(c)
    if total >= 10:
        return lambda c: C.level_of(c) == C.LEVEL_APPEALS
    return sits_in_panels


# What may stand between "a 6-3 decision" and the bench that gave it: "by the justices",
# ", the 9th Circuit panel said", "from the full court"; not a verb ("reversed the 9th Circuit").
# A verb of asking before "<noun> from <court>": the court is asked for something
_ASKED_OF = deferred(
    r"\b(?:sought|seeks?|seeking|asked|asks|asking|requested|requests?|requesting)\b"
    r"[^.;:!?]{0,40}$"
)
BENCH_AFTER = deferred(r"\s*,?\s*(?:(?:by|from|of)\s+)?(?:the\s+|a\s+)?")


# The words that make a ruling noun a bench's ("the majority opinion", "the concurring
# opinion", "the unanimous decision"): never a trial judge's ruling before it.
_BENCH_HEADS = frozenset({"opinion", "decision", "ruling"})
_BENCH_MODS = deferred(
    # ("The unsigned opinion for the court": per curiam, a bench's; a trial judge signs)
    r"\b(?:majority|plurality|concurring|dissenting|unanimous|per\s+curiam|en\s+banc|unsigned)\b",
    re.I,
)


JUDGMENT_IDIOM_AFTER = deferred(
    r"\s+(?:of|calls?|day)\b"
    # "the judgment that the policy was unlawful": an opinion held, not a court's judgment
    r"|\s+that\s+(?:the|a|an|it|this|these|they|he|she)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:was|is|were|are|would|should|could|must)\b"
)
JUDGMENT_IDIOM_BEFORE = deferred(r"\b(?:in|to|on|by|with)\s+$", re.IGNORECASE)
_REACTED_TO = deferred(r"\b(?:respond|react|object)(?:ed|s)?\s+to\s+$")
_JUDGMENT_GIVEN_AFTER = deferred(r"\s+(?:following|issued|entered|handed\s+down)\b")


# Every ruling noun ends in one of these head words ("his 31-page ruling", "the Oregon
# decision"); the determiner and modifiers before it reach at most ``_NOUN_REACH``.
NOUN_HEADS = Anchor(
    "ruling_noun_head",
    (
        *("ruling", "decision", "opinion", "order", "injunction", "TRO", "judgment"),
        *("sentence", "stay", "dissent", "verdict", "rulings", "decisions", "injunctions"),
        *("orders", "decree", "Opinion", "Stay"),
    ),
    0,
    0,
    "word",
    "word",
)
_NOUN_HEAD_RE = deferred(
    r"\b(?:ruling|decision|opinion|order|injunction|TRO|judgment|sentence|stay|dissent|verdict|"
    r"decree|(?<=[Tt]his\s)Opinion|(?<=[Aa]\s)Stay(?=\s+of\s))\b"
)
_WROTE_BEFORE = deferred(
    r"\b(?:wrote|writes|authored|authors|penned|pens|delivered|joined)\s+(?:\w+\s+)?$"
)
_SHE_WROTE_IN = deferred(r"\b(?:[Ss]he|[Hh]e)\s+(?:wrote|writes|explained|reasoned)\s+in\s+$")
_NOUN_REACH = 70  # the longest in the corpora is 35
# Where a ruling noun phrase may start: a word start on a first letter of ``RN_DET`` (a
# superset of where ``RN``, which opens on ``\b{RN_DET}\s``, matches), opening on a character
# set the engine skips ahead to, the word boundary looked behind after it ("\b" first is
# tried at every position before each head), then the determiner and its white space asked
# from the letter on (a look-ahead inside a one-character look-behind): only the words
# ``RN`` may open on are tried, about one start a head instead of five. (The look-ahead
# never reaches past the head ``head_matches`` stops the starts at: a determiner and a space
# come before the head word.)
_DET_START = re.compile(rf"[TtHhIiMmSWFYyLlAa](?<!\w.)(?<=(?={RN_DET}\s).)")
_THE_START = re.compile(r"[Tt](?<!\w.)he\b")  # (``\b[Tt]he\b``, opening on its letter)


# A named judge's rulings in the plural: "Judge Roe's rulings", "Roe's earlier injunctions"
_JUDGE_PLURAL = deferred(
    rf"(?P<poss>{APOS}s)\s+(?P<mods>(?:earlier|previous|prior|recent|two|both|several)\s+)?"
    r"(?:preliminary\s+)?(?P<head>rulings|decisions|injunctions)\b"
)


@lru_cache(maxsize=2)
def _poss_tail(free: bool = True) -> re.Pattern[str]:
    """What follows a court phrase that owns a ruling: "'s 31-page decision", " ruling".
    A court's "decision to overturn Roe v. Wade" is its ruling (an official's "decision to
    deploy" has no court before it; newser 2022). With ``free``, after a possessive any two
    words in lower case may stand before the modifiers ("Judge X's renewed injunction",
    "the court's sweeping new order", "the judge's gag order"), and after a court named in
    full one word of topic ("a 2022 Supreme Court abortion decision"); without, only the
    modifiers (what a court phrase may hold inside itself: "the state's top court")."""
    poss_free = rf"(?:(?!{_NOT_FREE}\b)[a-z][a-z-]+\s+){{0,2}}?" if free else ""
    # (a topic only before a ruling's own nouns: "the district court jury verdict", "a
    # court filing order" are no topics of a ruling)
    topic = (
        rf"(?:(?!{_NOT_FREE}\b|{_NOT_TOPIC}\b)[a-z][a-z-]+\s+(?=(?:ruling|decision|opinion|"
        r"injunction)\b))??"
        if free
        else ""
    )
    # (a court's or judge's "order to reinstate the workers" is its ruling too)
    return re.compile(
        rf"(?:(?P<poss>{APOS}s?)\s+{poss_free}|\s+{topic})"
        rf"(?P<mods>{RN_MODS}*){RN_HEAD}\b(?!-)"
        rf"(?!(?<!decision)(?<!ruling)(?<!order)\s+to\b{NOT_DEST})"
    )


# What a word between a court's name and a ruling noun may not be: a person of the court or
# what is no ruling ("the Supreme Court nominee decision")
_NOT_TOPIC = (
    r"(?:judge|judges|justice|justices|nominee|nomination|confirmation|seat|vacancy|clerk|"
    r"building|term|case|cases|reform|ethics|majority|minority|panel|jury|grand)"
)
# What no free word before a court's ruling noun may be: a ruling noun itself (the head is
# the last), or a word that makes the noun no ruling ("the justice's personal opinion")
_NOT_FREE = (
    r"(?:ruling|decision|opinion|order|injunction|judgment|sentence|stay|dissent|verdict|"
    r"personal|public|political|executive|own|legal|expert)"
)


_REVIEWED_AFTER = deferred(
    r"\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:vacated|reversed|affirmed|overturned|remanded|"
    r"set\s+aside)\b"
)
# A reviewing court's verb right before a ruling noun: its object is a lower court's ruling
_REVIEWING_BEFORE = deferred(
    r"\b(?:affirmed|upheld|reversed|vacated|overturned|overruled|"
    r"affirms|upholds|reverses|vacates|overturns|overrules|"
    # what a court of review stays is a ruling below it: "granted an emergency stay of that
    # ruling", "a motion to stay the injunction", "stayed the order"
    r"stay\s+of|stays\s+of|stay|stayed|stays|staying|"
    # and news's plain word for a stay: "declined to pause that decision"
    r"pause|paused|pauses|pausing)\s+$"
)
_PUT_BEFORE = deferred(r"\bput(?:s|ting)?\s+$")
_ON_HOLD_AFTER = deferred(r"\s+on\s+hold\b")
# a ruling noun's own court after a comma or "out of": "The second injunction, from the
# District of Montana", "an order out of the District of Oregon"
_BY_MORE = deferred(r"(?:,\s+(?:by|from)|\s+out\s+of)\s+")
# What a stay or injunction acted on, then the court that issued it: " of the Order being
# issued by ", " of the rule granted by " (the object's end is ``obj_end``; "… was granted by
# the court" is a clause of its own)
_OF_OBJECT_BY = deferred(
    r"\s+of\s+(?:the|this|that|its|their)\s+(?:(?!(?:was|were|is|are|has|had)\b)[\w’'-]+\s+){0,3}?"
    r"(?!(?:was|were|is|are|has|had)\b)[\w’'-]+(?P<obj_end>)\s+"
    r"(?:being\s+)?(?:issued|granted|entered)\s+by\s+"
)
_OWN_LEAD = deferred(r"(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}")
# A ruling noun's when-clause that names the court whose act it was: " when a federal panel at
# the ", " when the " (then the court, then its verb of ruling)
_WHEN_COURT = deferred(r"\s+when\s+")
_WHEN_LEAD = deferred(
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:panel|court|bench)\s+(?:at|of|on|from)\s+)?"
    r"(?:the\s+)?"
)
_WHEN_ACT = deferred(
    r"\s+(?:reversed|overturned|vacated|affirmed|upheld|stayed|lifted|reinstated|blocked|"
    r"granted|denied|rejected|struck\s+down|threw\s+out|sided|ruled|agreed|declined|refused)\b"
)


# What a court's possessive may own besides a ruling noun: the act of ruling itself.
_ACT_TAIL = deferred(
    r"(?P<poss>['’]s?)\s+(?P<mods>(?:(?:unanimous|unsigned|brief|\w+-line)\s+)?)"
    # ("the panel’s finding", "the district court’s grant of a preliminary injunction":
    # thirteenth-session probe pages)
    r"(?P<head>refusal|denial|dismissal|reversal|finding|grant(?=\s+of\b)|reinstatement|"
    # (fourteenth session: "The Court's holding", "the court's move", "the Supreme Court's
    # action": not a move to the right or left)
    r"holding|action|move(?!\s+(?:to|toward|towards)\s+(?:the\s+)?(?:right|left)\b))\b"
)
# (the heads the thirteenth session added: only of a court the article names for sure, never
# of one the discourse guessed: "the district court's grant of …" with no district named)
_NEW_ACTS = frozenset({"finding", "grant", "reinstatement", "holding", "action", "move"})
# "The circuit court majority, comprising Judges …, said" (Orlando Weekly, 2025): the court
# named before, told by its majority, is its ruling again
_MAJORITY_TAIL = deferred(r"(?P<poss>)\s+(?P<head>majority)\b(?!\s+(?:of|leader|whip|party)\b)")


@lru_cache(maxsize=1)
def _place_noun() -> re.Pattern[str]:
    return re.compile(rf"\b[Tt]he\s+(?P<pl>{place_re()})\s+(?P<head>ruling|decision|injunction)\b")


# Every CASE_NAME match holds a " v" before a capital or one of these nouns: where none
# stands between a ruling and a noun, no case was named between them (found once per text,
# not by running CASE_NAME over the stretch between each noun and its antecedent).
# (It opens on its "v", a literal the regex engine skips ahead to; "\s" first would be
# tried at every space.)
_VERSUS_MARK = deferred(r"v(?<=\sv)\.?\s+[A-Z]")


# What every ``CASE_NAME`` match holds, opening on a literal or a character set the engine
# skips ahead to: a stretch without one names no case, and ``CASE_NAME`` (which opens on a
# word boundary, tried at every position) need not run over it.
_CASE_CLUE = re.compile(r"v(?<=\sv)\.?\s+[A-Z]|[Tt]he\s+[A-Z][a-z]+\s+(?:decision|ruling|case)\b")


def _case_marks(text: str) -> list[int]:
    marks = [m.start() - 1 for m in _VERSUS_MARK.finditer(text)]
    for word in ("decision", "ruling", "case"):
        marks.extend(places_in(text, word))  # (read from the Doc's walk)
    marks.sort()
    return marks


def _may_name_case(marks: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_left(marks, a)
    return i < len(marks) and marks[i] < b


_WROTE_IN = deferred(r"\b(?:wrote|writes|writing)\s+in\s+$")


_WRITER_REACH = 400


def _writer_court_before(
    text: str, a: int, b: int, judges: list[CourtRef], ends: list[int]
) -> str | None:
    """The court of the judge who "wrote in" a case named between ``a`` and ``b`` (the last
    such, within ``_WRITER_REACH`` of ``b``), when the judge's court is known."""
    k = text.rfind("wrote in ", max(a, b - _WRITER_REACH), b)
    if k < 0 or not text[k + 9 : k + 10].isupper():
        return None
    i = bisect.bisect_right(ends, k) - 1
    if i < 0 or k - judges[i].end > 2:
        return None
    return judges[i].court


def _written_in_by(
    text: str, at: int, court: str | None, judges: list[CourtRef], ends: list[int]
) -> bool:
    """Whether the case named at ``at`` follows "wrote in" whose writer, a judge named just
    before it, sits on ``court``: "Judge Ann Carter wrote in Smith v. Garland" names the
    ruling of Carter's court, not another ("As Justice Scalia wrote in Heller" after a
    circuit's ruling is a precedent: his court is not the ruling's)."""
    w = _WROTE_IN.search(text, max(0, at - 16), at)
    if w is None or court is None:
        return False
    i = bisect.bisect_right(ends, w.start()) - 1
    if i < 0:
        return False
    judge = judges[i]
    return judge.court == court and w.start() - judge.end <= 12


# "appealed the decision to the Montana Supreme Court": the ruling of the court below
_APPEALED_BEFORE = deferred(r"\bappeal(?:ed|ing|s)?\s+$")
# (a word or two may stand before "to": "appealed the decision directly to the high court")
_TO_COURT = deferred(r"\s+(?:[a-z]+ly\s+|(?:on|in)\s+\w+\s+)?to\s+(?:the\s+)?")


# News identifies a ruling's case(s) after telling it: "The case is Smith v. Jones, No. 23-1".
# (opening on its first letter, the word boundary looked behind: the engine skips ahead)
_CASES_ARE = deferred(r"[Tt](?<!\w.)he\s+cases?\s+(?:is|are|was|were)\s+(?=[A-Z])")
_CASES_ARE_AT = deferred(r"[Tt]he\s+cases?\s+(?:is|are|was|were)\s+(?=[A-Z])")


# A ruling told by a trial court's words: "the district court ordered", "a lower court
# judge's order", "the judge's order"
_TRIAL_TOLD = deferred(
    r"(?:[Tt]he|[Aa]n?|[Tt]hat)\s+(?:(?:federal\s+)?(?:district|trial)\s+(?:court|judge)|"
    r"lower[- ]court(?:\s+judge)?|judge['’]s)\b"
)


def _unplaced_trial_between(
    text: str, clauses: list[Found], nouns: list[Found], a: int, b: int
) -> bool:
    """Whether a ruling by a trial court whose court the discourse could not name is told
    between ``a`` and ``b`` (asked only of a noun that is appealed or reviewed: few)."""
    return any(
        f.court is None and a <= f.start and f.end <= b and _TRIAL_TOLD.match(text, f.start)
        for group in (clauses, nouns)
        for f in group
    )


_A_YEAR = deferred(r"\b(?:19|20)\d\d\b")
# A word that recalls an earlier ruling as its object: "following a recent", "citing the",
# "after the", "under the" (twenty-third session; see ``find_nouns``)
_RECALLED_BY = deferred(
    r"\b(?i:after|following|since|before|citing|cited|cites|cite|under|of|to|in|by|with|from|"
    r"on|per|invoking|invoked|applying|applied|despite)\s+(?:(?:the|a|an|that|this)\s+)?"
    # ("to address last year’s Illinois Supreme Court’s holding in …": its time, possessive)
    r"(?:[\w-]+\s+){0,2}(?:(?:last|this)\s+(?:year|term|month|week)['’]s\s+)?$"
)


def _unplaced_judge_between(text: str, clauses: list[Found], a: int, b: int) -> bool:
    """Whether a named judge's own ruling ("Judge Ortiz ruled"), told as news with no court
    the discourse could name and no year of its own, stands between ``a`` and ``b``
    (``clauses`` sorted by start)."""
    k = bisect.bisect_left([f.start for f in clauses], a)
    return any(
        f.court is None
        and f.end <= b
        and not f.anaphor
        and not f.background
        and f.confidence >= 0.5
        and f.ref is not None
        and f.ref.role == "judge"
        and not _A_YEAR.search(text, f.start, f.end)
        for f in clauses[k:]
        if f.start < b
    )


def _last_ending(by_end: list[CourtRef], ends: list[int], at: int) -> CourtRef | None:
    """Of the references ending at ``at`` or before, one that ends last: the first in text
    order among those (``by_end`` is sorted by end, stably), as ``max(…, key=end)`` picks."""
    i = bisect.bisect_right(ends, at) - 1
    if i < 0:
        return None
    while i > 0 and ends[i - 1] == ends[i]:
        i -= 1
    return by_end[i]


def _cases_are(text: str, a: int, b: int, found: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of what ``_CASES_ARE.search(text[a:b])`` finds, in ``text``, from ``found``:
    every match of ``_CASES_ARE`` in the whole text, sorted (no two can overlap, so they are
    every match there is). At the stretch's first character a slice's word boundary holds
    whatever precedes it; a match must end before ``b`` (its look-ahead reads the next one)."""
    if a < b and text[a] in "Tt" and (m := _CASES_ARE_AT.match(text, a, b)) is not None:
        return m.span()
    i = bisect.bisect_left(found, (a, -1))
    if i < len(found) and found[i][1] < b:
        return found[i]
    return None


def _justices_before(text: str, refs: list[CourtRef], at: int) -> bool:
    """Whether "their" at ``at`` is a bench's: the justices, a panel or judges named in its
    sentence before it, or in the sentence before when "Their …" opens its own."""
    a = sentence_start(text, at)
    if a == at:
        a = sentence_start(text, max(0, a - 2))
    return any(
        r.role in ("justices", "panel") or (r.court and "judges" in text[r.start : r.end].lower())
        for r in refs_between(refs, a, at)
    )


# the object of a review: "a petition for the Court to review | a Fifth Circuit decision"
_REVIEW_OBJECT = deferred(
    r"\b(?:review|reviewing|reconsider|appeal(?:ed|s|ing)?|appeal\s+of|overturn|reverse|"
    r"vacate|challenge\s+to|challenging)\s+$"
)


def _under_review(text: str, found: list[Found], at: int) -> str | None:
    """The court of the ruling told last before ``at`` (within its sentence or the one before)
    as the object of a review ("petition … to review a Fifth Circuit decision"): what "the
    lower court's decision" after it names."""
    prior = sentence_start(text, max(0, sentence_start(text, at) - 2))
    before = [f for f in found if f.end <= at and f.start >= prior and f.court]
    if not before:
        return None
    last = max(before, key=lambda f: f.end)
    if last.court == "scotus" or not _REVIEW_OBJECT.search(
        text, max(0, last.start - 30), last.start
    ):
        return None
    return last.court


def _court_below(
    text: str, refs: list[CourtRef], at: int, sentences: list[tuple[int, int]]
) -> str | None:
    """The court of "a lower court ruling" at ``at``. The court its sentence names before it
    reviews that ruling ("A federal appeals court upheld a lower court decision"), so it is
    never the court below; below a federal court of appeals is a trial court, which the
    sentence's one state with a single federal district also names ("… blocked Arizona's
    SB 1070": ``azd``)."""
    a = sentence_start(text, at)
    before = [r for r in refs_between(refs, a, at) if r.end <= at]
    if not before:
        # (twenty-fifth session, census30 P12: "Gov. X appealed the lower court ruling to
        # the Supreme Court": the court it is taken to is the one reviewing)
        end = next((e for s_, e in sentences if s_ <= at < e), len(text))
        before = [r for r in refs_between(refs, at, end) if r.destination and r.court][:1]
    if not before:
        # "Today's decision … overturns a lower court decision": the court told of just
        # before is the one reviewing, never the court below
        before = [r for r in refs_between(refs, max(0, at - 600), a) if r.court and not r.lower]
    reviewer = before[-1] if before else None
    top = reviewer.court if reviewer is not None else None
    appeals = reviewer is not None and (
        reviewer.level == C.LEVEL_APPEALS
        or (reviewer.court is not None and C.level_of(reviewer.court) == C.LEVEL_APPEALS)
    )
    court = lower_court(refs, at, sentences, top=top, trial=appeals)
    if court is not None or not appeals or (top is not None and not top.startswith("ca")):
        return court
    end = next((e for s_, e in sentences if s_ <= at < e), len(text))
    postal = state_named_in(text, a, end)
    st = C.states().get(postal) if postal else None
    if st is None or len(st.districts) != 1 or (top is not None and st.circuit != top):
        return None
    return st.districts[0]


# A reviewing act right before an indefinite ruling noun ("lifts an injunction", "vacated a
# ruling"): its object is a ruling below
_LIFTS_BEFORE = deferred(
    r"\b(?:lift|lifts|lifted|vacates|vacated|overturns|overturned|reverses|reversed|"
    r"reinstates|reinstated|dissolves|dissolved|upholds|upheld|affirms|affirmed|"
    r"stays|stayed|revives|revived)\s+$"
)
_REVIEWABLE = frozenset({"injunction", "ruling", "decision", "judgment", "verdict"})


# "affirmed the 6th Circuit's decision in …": what a reviewing court did to the ruling below
_REVIEWED_BEFORE = deferred(
    r"(?:affirmed|upheld|reversed|vacated|overturned|overruled|reinstated)\s+(?:the\s+)?$"
)


# "upheld a judge's ruling", "refused to stay a judge's order": what a court of review acted on
_REVIEWING_VERB_BEFORE = deferred(
    r"\b(?:affirmed|upheld|reversed|vacated|overturned|overruled|reinstated|stayed|paused|"
    r"blocked|lifted|froze|(?:declined|refused)\s+to\s+(?:stay|pause|block|lift|disturb|"
    r"overturn|reverse)|let\s+stand|left\s+in\s+place)\s+$"
)


def _reviewed_judge(text: str, r: CourtRef) -> bool:
    """Whether ``r`` is an unnamed judge ("a judge", "a federal judge") whose ruling a court
    of review's verb right before it acts on: that ruling is the court below's ("The 9th
    Circuit upheld a judge's ruling …")."""
    return (
        r.role == "judge"
        and r.generic
        and r.judge is None
        and text.startswith(("a ", "an "), r.start)
        and _REVIEWING_VERB_BEFORE.search(text, max(0, r.start - 30), r.start) is not None
    )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` opens a line or follows a sentence's end."""
    before = text[max(0, at - 20) : at]
    body = before.rstrip()
    return not body or "\n" in before[len(body) :] or body[-1] in ".!?"


# (what follows a bare "the order", "the opinion" or "the dissent" that makes it no
# ruling: see ``find_nouns``)
_ORDER_OF = lazy(r"\s+(?:of|in\s+which|for|from)\b")
_ORDER_TO = lazy(r"\s+to\b")
# "for seven days", "for 14 days", "for a week": the time a judge's order is put off or
# stayed for, not what it is for ("the order for new equipment")
_FOR_A_TIME = lazy(
    r"\s+for\s+(?:\d+|a|one|two|three|four|five|six|seven|ten|fourteen|thirty|several|a\s+few)"
    r"\s+(?:more\s+)?(?:days?|weeks?|months?|hours?)\b"
)
_OPINION_OF = lazy(r"\s+(?:of|that|on|about|polls?|pages?|section|piece|writers?|columns?)\b")
_DISSENT_FROM = lazy(r"\s+(?:from|of|among|within|against|in|over|on)\b")


# "The decision is expected in June", "the ruling could come": one not yet given
_DUE_AFTER = deferred(
    r"\s+(?:is|was|are|were|will|would|could|may|might|should|has\s+yet|had\s+yet)\b"
    r"(?:\s+(?:not|be|still|now|also))*\s+(?:expected|due|likely|set|coming|come|pending|"
    r"awaited|anticipated|to)\b|\s+(?:expected|due|pending)\b"
)

# "a ruling that gutted the law": what the ruling did, in its relative clause (the past)
_THAT_ACTED = deferred(
    r"\s+that\s+(?:(?:effectively|largely|partly|severely|sharply)\s+)?(?:gutted|struck\s+down|"
    r"blocked|upheld|overturned|narrowed|weakened|halted|invalidated|vacated|reversed|"
    r"curtailed|eliminated|revived|reinstated)\b"
)


def _opens_with_ruling(
    text: str, r: CourtRef, clauses: list[Found], clause_starts: list[int]
) -> bool:
    """Whether the court phrase ``r`` is the subject of a confident ruling clause of its
    court that opens its sentence (after an opening time: "In November, the 8th Circuit
    held …")."""
    i = bisect.bisect_left(clause_starts, r.start)
    f = clauses[i] if i < len(clauses) else None
    if f is None or f.start != r.start or f.court != r.court or f.confidence < 0.7:
        return False
    s0 = sentence_span(text, r.start)[0]
    return _SENTENCE_LEAD.fullmatch(text, s0, r.start) is not None


_SENTENCE_LEAD = deferred(r"[\s\"“]*(?:(?:In|On|Last|Earlier|Later)\b[^,.]{0,30},\s*)?")


def _ruling_ahead(
    text: str,
    m: re.Match[str],
    clauses: list[Found],
    clause_starts: list[int],
    sentences: list[tuple[int, int]],
) -> Found | None:
    """The confident ruling clause, of a court named outright, that the sentence of a ruling
    noun opening that sentence tells after it, else the next sentence; None when the noun is
    not its sentence's opening, is one still due, or no such clause follows."""
    k = bisect.bisect_right(sentences, (m.start(), 1 << 62)) - 1
    if k < 0 or text[sentences[k][0] : m.start()].strip(' "“\t') != "":
        return None
    if _DUE_AFTER.match(text, m.end()):
        return None
    stop = sentences[min(k + 1, len(sentences) - 1)][1]
    i = bisect.bisect_left(clause_starts, m.end())
    while i < len(clauses) and clauses[i].start < stop:
        f = clauses[i]
        if (
            f.court
            and f.confidence >= 0.8
            and not f.anaphor
            and not f.background
            and f.ref is not None
            and not f.ref.anaphoric
            # ("When the U.S. Supreme Court ended … in 2022, …": a precedent told as history)
            and _TOLD_AS_HISTORY.search(text, *sentence_span(text, f.start)) is None
        ):
            return f
        i += 1
    return None


# A case told as a precedent: cited ("citing Hale v. Corbin", "pointed to the 1988 ruling
# in …") or dated ("the justices' 1988 decision in …"), read in its sentence before its "v."
_PRECEDENT_WORDS = deferred(
    r"\b(?:citing|cited|cites|quoting|quoted|invoking|invoked|relied\s+on|relying\s+on|"
    r"relies\s+on|pointed\s+to|pointing\s+to|precedents?)\b"
    r"|\b(?:19|20)\d\d\s+(?:ruling|decision|opinion)\s+in\b",
    re.IGNORECASE,
)


def _precedent_at(text: str, at: int, end: int) -> bool:
    """Whether the case name at ``at``…``end`` is a precedent its sentence cites (words of
    citing in its sentence before its "v.", or "<year> ruling in" before it)."""
    v = text.find(" v", at, end)
    v = end if v < 0 else v
    s0 = max(sentence_start(text, at), at - 120)
    return _PRECEDENT_WORDS.search(text, s0, v) is not None


# A precedent told as history in its own sentence: its time ago or year ("… in the Dobbs
# ruling two years ago", "in 2019"), a clause of time or cause opening on "since"/"after", or
# a past perfect ("had overturned") (twenty-sixth session, census34 P3)
_TOLD_AS_HISTORY = deferred(
    r"\b(?:\w+\s+(?:years?|decades?)\s+ago|(?:in|since)\s+(?:19|20)\d\d|"
    r"(?:19|20)\d\d\s+(?:ruling|decision|opinion)|since\s+(?:the|a|its)|"
    r"had\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|struck|held|overturned))\b",
    re.IGNORECASE,
)


def _history_case(text: str, at: int, end: int, noun: int, det: str) -> bool:
    """Whether the case named at ``at``…``end`` is a precedent its own sentence tells as
    history, and the ruling noun at ``noun`` (this/the) stands at least a sentence after that
    sentence, so the noun is the article's news ruling, not the precedent: "… since the U.S.
    Supreme Court eliminated that right in the Dobbs v. Jackson ruling two years ago, … [a
    paragraph] … In light of this Opinion …"."""
    today = _DAY_POSS().match(det) is not None and _day_word(det) is None
    if det not in ("the", "this") and not today:
        return False
    s0, s1 = sentence_span(text, at)
    if _TOLD_AS_HISTORY.search(text, s0, s1) is None:
        return False
    # (the sentence right after the precedent's may go on telling of it: "The ruling …")
    _, nxt1 = sentence_span(text, min(len(text) - 1, s1 + 1))
    return noun >= nxt1 or ((det == "this" or today) and noun >= s1)


# A ruling clause whose court grants an injunction itself ("granted the injunction")
_OWN_INJUNCTION = deferred(
    r"\b(?:granted|grants|issued|issues|entered|enters)\s+(?:an?|the|its)\s+"
    r"(?:[a-z]+\s+){0,2}injunction\b"
)


def _its_precedent_owner(
    text: str, refs: list[CourtRef], clauses: list[Found], at: int
) -> str | None:
    """The court "its" means in "its 2021 opinion in CASE": the one court its sentence names
    before it, else, when its sentence names none before it, the court of the last confident
    ruling told in the sentence before (a court that sits in panels or the Supreme Court:
    a judge's own earlier rulings are told by name)."""
    s0 = sentence_start(text, at)
    before = [r for r in refs_between(refs, s0, at) if r.end <= at]
    if before:
        courts = {r.court for r in before if r.role in ("court", "panel", "justices")}
        court = next(iter(courts)) if len(courts) == 1 else None
    else:
        p0 = sentence_start(text, max(0, s0 - 2))
        told = [f for f in clauses if p0 <= f.start and f.end <= s0 and f.court and not f.anaphor]
        court = told[-1].court if told else None
    if court is None or not (court == "scotus" or sits_in_panels(court)):
        return None
    return court


def _granted_injunction_by(text: str, court: str | None) -> Callable[[Found], bool]:
    """A test for a ruling of ``court`` whose clause grants an injunction itself."""

    def test(f: Found) -> bool:
        if f.court != court:
            return False
        if f.act == "granted" and "injunction" in text[f.start : f.end].lower():
            return True  # "…, reversing the order below, and granting a preliminary injunction"
        return _OWN_INJUNCTION.search(text, f.start, f.end) is not None

    return test


# What a higher court halts right before its object: "to stay", "to delay implementation of"
_STAYED_OBJECT = deferred(
    r"\b(?:stay|stayed|pause|paused|delay|delayed|block|blocked|halt|halted)\s+"
    r"(?:(?:the\s+)?(?:implementation|enforcement|effect)\s+of\s+)?$"
)


def _cited(text: str, at: int) -> bool:
    """Whether the court phrase at ``at`` is told as a precedent cited ("citing a 1990 …")."""
    return CITED_BEFORE.search(text, max(0, at - 40), at) is not None


# "the decision whether to …", "the decision of whether …": a choice, no ruling
_CHOICE_AFTER = deferred(r"\s+(?:(?:of|on|about|as\s+to)\s+)?whether\b")
# how far after such a choice "that decision" still is that choice (in its paragraph)
_CHOICE_REACH = 300


def find_nouns(
    text: str,
    refs: list[CourtRef],
    clauses: list[Found],
    quotes: list[tuple[int, int]],
    heads: list[tuple[int, int]] | None = None,
) -> list[Found]:
    """Ruling nouns; ``heads`` are the hits of ``NOUN_HEADS`` in the text (the Doc's, else
    found here)."""
    if heads is None:
        heads = [m.span() for m in _NOUN_HEAD_RE.finditer(text)]
    out: list[Found] = []
    ruling_at = sorted(clauses, key=lambda f: f.start)
    clause_starts = [f.start for f in ruling_at]
    places = place_set()
    sentences = sentence_spans(text)
    justices = CourtRefs(r for r in refs if r.role == "judge" and r.court == "scotus")
    court_ends = sorted(r.end for r in refs if r.court)
    ref_starts = [r.start for r in refs]  # (refs are sorted by start)
    judges_by_end = sorted((r for r in refs if r.role == "judge"), key=lambda r: r.end)
    judge_ends = [r.end for r in judges_by_end]
    longest_ref = max((r.end - r.start for r in refs), default=0)
    tail, inner = _poss_tail(), _poss_tail(free=False)
    # court-possessive and place-named rulings: "the 9th Circuit's decision", "the Oregon
    # decision", "the judge's order"
    for r in refs:
        lim = r.end + 60
        m = tail.match(text, r.end, lim)
        if not m and r.court and (r.role != "panel" or text.startswith(("'s f", "’s f"), r.end)):
            # "the Supreme Court's refusal to hear the case", "the judge's dismissal of the
            # suit": a ruling told by what it did, owned by a court (a panel's: its finding)
            m = _ACT_TAIL.match(text, r.end, lim)
            if m is not None and r.guessed and m.group("head") in _NEW_ACTS:
                m = None
        elif not m and r.anaphoric and r.court is None and text.endswith("Court", r.start, r.end):
            # "The Court's holding should not disrupt …" (census30 P1): the capitalised Court
            # of the ruling told before, as its "The Court's decision" is (its court the
            # discourse's)
            m = _ACT_TAIL.match(text, r.end, lim)
            k = bisect.bisect_left(clause_starts, r.start) - 1
            last = ruling_at[k] if k >= 0 else None
            if (
                m is None
                or m.group("head") != "holding"
                or last is None
                or last.court is None
                or last.anaphor
                or r.start - last.end > 1500
            ):
                m = None
            else:
                r = replace(r, court=last.court)  # (the holding's court: the ruling's told)
        if not m and r.anaphoric and r.court and text.startswith(" majority", r.end):
            m = _MAJORITY_TAIL.match(text, r.end, lim)
        if not m and r.role == "judge" and r.court and r.judge:
            # (twenty-seventh session, census38 P1) "reviewing Judge Roe's rulings": a
            # named judge's rulings, all of the judge's court
            m = _JUDGE_PLURAL.match(text, r.end, lim)
        if not m or any(
            inner.match(text, p, lim)
            for p in range(r.start, r.end)
            if text[p] in "'’" or text[p].isspace()
        ):
            continue  # none, or a ruling noun inside the court phrase itself
        if not m.group("poss") and not (r.role == "court" and r.court):
            continue  # "the Supreme Court decision", but not "a court order"
        end = m.end()
        court, conf = r.court, 0.65 if r.guessed else 0.8 if r.court else 0.55
        if r.lower and court is None and (under := _under_review(text, out, r.start)):
            # "… a petition for the Court to review a Fifth Circuit decision that vacated a
            # fine. The lower court's decision was based on …": the ruling under review just
            # told is the lower court's (twenty-sixth session, blind45)
            court, conf = under, 0.7
        if (r.lower or _reviewed_judge(text, r)) and court is None:
            # "asked the 9th Circuit to block a lower court judge's order": the court below,
            # named in this sentence or the next, else the one lower court the article names
            court = _court_below(text, refs, r.start, sentences)
            conf = 0.7 if court else conf
        if court is None and m.group("head") == "order" and _ORDER_TO().match(text, end):
            continue  # (an "order to …" of no known court: nothing to link)
        if (CASE_AFTER.match(text, end) or _landmark_after(text, end)) and not (
            r.court not in (None, "scotus")
            and (
                _REVIEWED_BEFORE.search(text, max(0, r.start - 24), r.start)
                # ("the Fifth Circuit's decision in White Lion": a federal court below's
                # ruling in a Supreme Court landmark's case, before the justices heard it, is
                # that court's own ruling, not the landmark)
                or (
                    C.level_of(r.court) in (C.LEVEL_APPEALS, C.LEVEL_DISTRICT)
                    and not r.anaphoric
                    and not CASE_AFTER.match(text, end)
                    and _landmark_after(text, end)
                )
            )
        ):
            # ("The Supreme Court affirmed the 6th Circuit's decision in United States v.
            # Skrmetti": a lower court's ruling a higher court reviewed is a ruling of its
            # own; the case named after it is the higher court's)
            if (
                (court == "scotus" or (court is not None and C.is_state_high_court(court)))
                and CASE_AFTER.match(text, end)
                and not r.lower
                and not _A_YEAR.search(text, max(0, r.start - 16), end)
                and _RECALLED_BY.search(text, max(0, r.start - 40), r.start) is not None
            ):
                # (twenty-third session: "a case filed after a recent U.S. Supreme Court
                # decision in Trump v. CASA", "citing the Supreme Court's decision in Loper
                # Bright …": the Court's ruling told before the caption it decided, a ruling
                # recalled, the caption its own mention; one dated by its year, "the Court's
                # landmark 2022 ruling in …", is a precedent the precedents pass reads; only
                # as the object of a word that recalls it: "The Supreme Court's decision in
                # Dobbs v. Jackson overturned …" opening a sentence is told as the case)
                out.append(Found(r.start, end, court, r.anaphoric, conf, "", r, True, True))
            elif (
                court is not None
                and C.level_of(court) == C.LEVEL_APPEALS
                and m.group("poss")
                and CASE_AFTER.match(text, end)
                and _IN_THE_OPINION.search(text, max(0, r.start - 8), r.start)
            ):
                # "In the Sixth Circuit’s recent opinion in Ohio Telecom Association v. FCC,
                # …": a phrase opening on "In", the appeals court's own ruling in the case
                # named after it (the caption its own mention)
                out.append(Found(r.start, end, court, r.anaphoric, conf, "", r, False, True))
            elif _trial_ruling_in_caption(text, r, court, end):
                # "will not appeal the July 11 Ramsey County District Court ruling in Doe v.
                # Minnesota": a trial court named in full, its own ruling in the case named
                # after it (the caption its own mention; twenty-eighth session, dev19)
                out.append(Found(r.start, end, court, False, conf, "", r, False, True))
            continue
        # "two weeks after the Supreme Court's decision": an earlier ruling the news follows
        # ("citing a 1990 Supreme Court decision": a precedent, not the news either)
        recalled = bool(TIME_BEFORE.search(text, max(0, r.start - 12), r.start)) or _cited(
            text, r.start
        )
        # ("a lower court judge's order": the ruling below, told as another's object, as
        # "a lower court ruling" is; no noun after it points back to it)
        # (a plural, "Roe's rulings", is no antecedent of a later "this ruling")
        plural = (m.group("head") or "").endswith("s")
        out.append(
            Found(r.start, end, court, r.anaphoric, conf, "", r, recalled, not (r.lower or plural))
        )
    place_heads = [h for h in heads if text[h[0] : h[1]] in ("ruling", "decision", "injunction")]
    for m in head_matches(text, _place_noun(), place_heads, 45, _THE_START):
        pl = C.resolve_place(m.group("pl"))
        if pl and pl.district and m.group("pl") in places:
            out.append(Found(m.start(), m.end(), pl.district, False, 0.7, ""))
        elif pl and pl.postal and (by := _FROM_BY.match(text, m.end())) is not None:
            # "The Louisiana ruling by Judge John Roe says …": a state of several districts,
            # the court the judge named right after it gives (in that state)
            own = next(
                (
                    r
                    for r in refs_between(refs, by.end(), by.end() + 40)
                    if r.start == by.end() and r.court and C.postal_of_court(r.court) == pl.postal
                ),
                None,
            )
            if own is not None:
                out.append(Found(m.start(), own.end, own.court, False, 0.75, "", own))
    told = SpanSet([(f.start, f.end) for f in out])
    history = _History(ruling_at, out)
    case_marks: list[int] | None = None  # made at the first noun that needs them
    cases_are: list[tuple[int, int]] | None = None  # likewise
    he_case: list[int] | None = None
    sentenced = [f for f in ruling_at if f.act == "sentenced"]
    # the ends of rulings by an indefinite court the discourse could not name ("A federal judge
    # ordered the White House …"): a new ruling, which no noun after it may skip for an older
    # one of a known court
    unowned_ends = sorted(
        f.end
        for f in ruling_at
        if f.court is None
        and not f.anaphor
        and f.ref is not None
        and f.ref.generic
        and text.startswith(("A ", "An "), f.ref.start)
        # (opening its sentence: a new story's lead, not "blocked by an appeals court")
        and _opens_sentence(text, f.ref.start)
    )

    def keep(f: Found) -> None:
        out.append(f)
        told.add(f.start, f.end)
        history.add(f)

    choice_ends: list[int] = []  # where "the decision whether to …" (a person's choice) ends
    for m in head_matches(text, RN, heads, _NOUN_REACH, _DET_START):
        if told.overlaps(m.start(), m.start() + 1):
            continue
        det = m.group("det").lower()
        mods = m.group("mods").lower()
        head = m.group("head").lower()
        if head == "decision" and _CHOICE_AFTER.match(text, m.end()):
            # "the decision whether to have children is personal": a choice still to make,
            # no court's ruling (census37 P8)
            choice_ends.append(m.end())
            continue
        if (
            head == "decision"
            and det in ("that", "this")
            and choice_ends
            and m.start() - choice_ends[-1] < _CHOICE_REACH
            and "\n" not in text[choice_ends[-1] : m.start()]
        ):
            continue  # "… restrictions on that decision": the choice told just before
        # "an August 1 ruling", "an initial 2022 decision": a ruling dated is a specific one,
        # told as firmly as "a preliminary injunction" (not an order: "a March 3 order" may be
        # a president's)
        strong = bool(STRONG_MOD.search(mods)) or (
            head in _DATED_HEADS and _DATE_MOD.search(mods) is not None
        )
        if (
            not strong
            and det in ("a", "an")
            and head in ("ruling", "decision", "opinion", "order")
            and text[max(0, m.start() - 3) : m.start()] in ("In ", "in ")
            and (lead := _lead_owner(text, refs, ref_starts, m.end())) is not None
            and lead.role in ("judge", "court", "panel")
            and (lead.court or lead.role == "judge")
            # ("In a separate opinion, Justice Thomas said": a justice's own writing)
            and "separate" not in mods
            and not (lead.role == "judge" and lead.court == "scotus")
        ):
            # "In an opinion issued Friday, Judge Rowe vacated …": the ruling the judge or
            # court the clause opens on gave, told as firmly as "In a 40-page opinion"
            strong = True
        after = text[m.end() : m.end() + 40]
        person = person_before(text, refs, m.start()) if det in ("his", "her", "my") else None
        if (
            person == "other"
            and det in ("his", "her")
            and text[max(0, m.start() - 3) : m.start()] in ("In ", "in ")
            and (lead := _lead_owner(text, refs, ref_starts, m.end())) is not None
            and lead.role == "judge"
        ):
            # "In his 38-page order, U.S. District Judge X said …": the possessive is the
            # judge's the clause opens on, not an official's named in the sentence before
            person = "judge"
        if (
            person != "judge"
            and det in ("his", "her")
            and _SHE_WROTE_IN.search(text, max(0, m.start() - 30), m.start())
        ):
            # "…,” she wrote in her order.": what one writes in an order is the judge's
            # (an official "signed" or "issued" an order), whoever was named last
            person = "judge"
        if det in ("a", "an") and (jb := _judge_just_before(text, refs, ref_starts, m.start())):
            # "Federal judge Charles R. Breyer in a Thursday opinion said …": the opinion of
            # the judge named right before "in" (twenty-seventh session, census36 P4), not a
            # back-reference to the ruling told before it
            keep(Found(m.start(), m.end(), jb.court, False, 0.7, "", jb))
            continue
        lower = _LOWER_COURT.search(mods) if "lower" in mods or "trial" in mods else None
        if lower:
            # "affirming a lower-court ruling": the court below, named in this sentence or
            # the next, else the one lower court the article names
            court = _court_below(text, refs, m.start(), sentences)
            if (
                court is not None
                and C.level_of(court) == C.LEVEL_APPEALS
                and _STAYED_OBJECT.search(text, max(0, m.start() - 40), m.start())
                and any(
                    r.court == "scotus"
                    for r in refs_between(refs, sentence_start(text, m.start()), m.start())
                )
            ):
                # "The Supreme Court granted the request to delay implementation of a lower
                # court decision": what the justices stay is the trial court's order, the one
                # district court the article names, when it names one (census34 P5)
                trials = {
                    r.court
                    for r in refs
                    if r.court and C.level_of(r.court) == C.LEVEL_DISTRICT and not r.destination
                }
                # (none known: the court is left to the suit the article names, never the
                # circuit that only declined to stay it)
                court = next(iter(trials)) if len(trials) == 1 else None
            keep(Found(m.start(), m.end(), court, False, 0.7 if court else 0.55, "", salient=False))
            continue
        by = BY.match(text, m.end())
        if (
            by is None
            and head in ("injunction", "order")
            and text.startswith(", issued by ", m.end())
        ):
            # "The injunction, issued by the lower court in June and upheld by …": the court
            # below that issued it, set off by a comma (census34 P5; a court named outright
            # there, "The order, issued by Judge X, requires …", refers back as before)
            by = BY.match(text, m.end() + 1)
            if by is not None and not any(
                r.lower and _OWN_LEAD.fullmatch(text, by.end(), r.start)
                for r in refs_between(refs, by.end(), by.end() + 30)
            ):
                by = None
        if by is None and text[m.end() : m.end() + 1] in (",", " "):
            # "The second injunction, from the District of Montana, came …", "an order out
            # of the District of Montana": the same, kept only where a court follows
            by = _BY_MORE.match(text, m.end())
            if by is not None and not any(
                r.court and _OWN_LEAD.fullmatch(text, by.end(), r.start)
                for r in refs_between(refs, by.end(), by.end() + 30)
            ):
                by = None
        of_by = (
            _OF_OBJECT_BY.match(text, m.end())
            if head in ("stay", "injunction") and text[m.end() : m.end() + 4] == " of "
            else None
        )
        if of_by is not None:
            # "a stay of the Order being issued by the 6th Circuit": the court that issued
            # the stay, named after what it stayed
            own = next(
                (
                    r
                    for r in refs_between(refs, of_by.end(), of_by.end() + 30)
                    if r.court and _OWN_LEAD.fullmatch(text, of_by.end(), r.start)
                ),
                None,
            )
            if own is not None:
                keep(Found(m.start(), of_by.start("obj_end"), own.court, False, 0.75, "", own))
                continue
        # "an order from a Maryland federal judge", "a separate opinion by a federal judge in
        # Hawaii": a ruling noun whose own court follows it is that court's, whatever its
        # determiner (the tests of bare nouns below are for nouns that point back)
        named = (
            by is not None
            and (
                (
                    by.group(0).rstrip().endswith(("by", "from", "of"))
                    and by.group(0).strip() != "of"
                    and head in ("order", "opinion", "ruling", "decision", "injunction")
                )
                # "first by an order of the Fifth Circuit entered over the agency's objection":
                # a court named after a bare "of", no possessive after it ("a stay of the
                # Fifth Circuit's order" is the stay of another's ruling)
                or (
                    by.group(0).strip() == "of"
                    and head in ("order", "ruling", "decision", "injunction")
                    and text.startswith(" of the ", m.end())
                    and not any(
                        text.startswith(("'s", "’s"), r.end)
                        for r in refs_between(refs, by.end(), by.end() + 30)
                    )
                )
                # "The judgment of the D.C. Circuit" (not "the judgment of history")
                or (by.group(0).strip() == "of" and head == "judgment")
            )
            and any(
                r.court
                and (r.role != "judge" or by.group(0).strip() != "of")
                and _OWN_LEAD.fullmatch(text, by.end(), r.start)
                for r in refs_between(refs, by.end(), by.end() + 30)
            )
        )
        if (
            named
            and _ASKED_OF.search(text, max(0, m.start() - 50), m.start())
            # (but "asked to stay an earlier order by Judge X": an earlier ruling's author)
            and not (
                by is not None and by.group(0).rstrip().endswith("by") and EARLIER.search(mods)
            )
        ):
            # "The state sought a stay of that order from the Fifth Circuit": the court is
            # the one asked, not the noun's author (that order is the one told before)
            named = False
        when = (
            _WHEN_COURT.match(text, m.end())
            if by is None
            and det in ("a", "an")
            and head in ("order", "ruling", "decision", "opinion")
            and text[m.end() : m.end() + 6] == " when "
            else None
        )
        if when is not None:
            # "lifted Friday in a one-line order when a panel at the Fifth Circuit reversed":
            # the ruling of the court its when-clause opens on, whose act the clause tells
            own_w = next(
                (
                    r
                    for r in refs_between(refs, when.end(), when.end() + 60)
                    if r.court
                    and r.role in ("court", "panel")
                    and _WHEN_LEAD.fullmatch(text, when.end(), r.start)
                    # ("a panel" is a ref of its own; its act follows "at the … Circuit")
                    and _WHEN_ACT.match(text, r.end)
                ),
                None,
            )
            if own_w is not None:
                keep(Found(m.start(), m.end(), own_w.court, False, 0.75, "", own_w))
                continue
        contact = (
            _contact_owner(text, refs, ref_starts, m.end())
            if by is None and text[m.end() : m.end() + 1] == " "
            else None
        )
        if contact is not None:
            # "blocked a temporary injunction a lower court judge in East St. Louis issued
            # April 28": the ruling of the court its contact clause names, a mention of its
            # own (the reviewing clause before it ends at it)
            own_r, c_end = contact
            keep(Found(m.start(), c_end, own_r.court, False, 0.8 if own_r.court else 0.6, "",
                       own_r))  # fmt: skip
            continue
        if (
            det in ("a", "an")
            and not by
            and _WON_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            # "Texas secured a final judgment", "the attorneys general today won a preliminary
            # injunction": a party's win is the court's ruling, that of the court its sentence
            # or the next one names (none named: the tests below decide, as before)
            winner = _court_next(refs, ref_starts, m.end(), sentences)
            if winner is not None:
                keep(Found(m.start(), m.end(), winner.court, False, 0.7, "won", winner))
                continue
        if (
            det in ("a", "an")
            and not by
            and head in ("ruling", "decision")
            and _TIME_THEN_ACT.match(text, m.end())
            and (nxt_c := _court_next(refs, ref_starts, m.end(), sentences)) is not None
            and nxt_c.role in ("court", "panel", "judge", "justices")
            and not nxt_c.destination
            and nxt_c.start > sentence_span(text, m.start())[1]
        ):
            # "… a decision late last week has put that rule on hold indefinitely.
            # Specifically, on Friday, the Eleventh Circuit issued its decision …": a ruling
            # told by its time and act first, its court only in the next sentence (census34
            # P11)
            keep(Found(m.start(), m.end(), nxt_c.court, False, 0.7, "", nxt_c))
            continue
        if (
            det in ("a", "an")
            and not by
            and head in ("ruling", "decision")
            and (act := _THAT_ACTED.match(text, m.end())) is not None
            and (nxt_c := _court_next(refs, ref_starts, m.end(), sentences)) is not None
            and nxt_c.role in ("court", "panel", "judge")
            and not nxt_c.destination
            and nxt_c.court != "scotus"
            and nxt_c.start > sentence_span(text, m.start())[1]
            and _opens_with_ruling(text, nxt_c, ruling_at, clause_starts)
            and all(
                r.court in (None, "scotus")
                for r in refs_between(refs, sentence_span(text, m.start())[0], m.start())
            )
        ):
            # (twenty-seventh session, census38 P2) "… will not ask the justices to review a
            # ruling that gutted the statute. In May, the 4th Circuit held …": a ruling told
            # by what it did, its court the subject of the next sentence's ruling
            keep(Found(m.start(), act.end(), nxt_c.court, False, 0.7, "", nxt_c))
            continue
        if (
            det in ("a", "an")
            and not strong
            and head in ("ruling", "decision", "order", "injunction", "judgment")
            and not by
            and EARLIER.search(mods)
            and not NOT_YET.search(text, max(0, m.start() - 30), m.start())
        ):
            # "A previous order had restored the grants. U.S. District Judge Jane Roe issued
            # it in June": an earlier ruling told without its court is that of the court its
            # sentence or the next one names, where one does (not one it is appealed to)
            # (only a noun opening its sentence: "The governor signed a previous order" is
            # an official's)
            k = bisect.bisect_right(sentences, (m.start(), 1 << 62)) - 1
            opens = k >= 0 and text[sentences[k][0] : m.start()].strip(' "“\t') == ""
            nxt = _court_next(refs, ref_starts, m.end(), sentences) if opens else None
            if nxt is not None and not nxt.destination and nxt.role in ("judge", "court"):
                keep(Found(m.start(), m.end(), nxt.court, True, 0.7, "", nxt, True))
                continue
        if det in ("a", "an") and not by:
            granter = _granter_after_reversal(text, refs, ref_starts, m.start())
            if granter is not None:
                # "the Fifth Circuit issued its opinion, reversing the order of the district
                # court, and granting a preliminary injunction": the reviewing court's own
                # relief, not the reviewed court's (census41 P7b)
                keep(Found(m.start(), m.end(), granter.court, False, 0.7, "granted", granter))
                continue
            issuer = _issuing_court(text, refs, ref_starts, m.start())
            if issuer is not None:
                # "Ali … declined to hold the administration in contempt but issued a
                # forceful new order": what a judge or court issues is its ruling ("And now
                # so has the D.C. Circuit. That court initially entered a temporary,
                # administrative stay": a strong one too, the court's own, not one told before)
                keep(Found(m.start(), m.end(), issuer.court, False, 0.7, "issued", issuer))
                continue
            if (
                head in _REVIEWABLE
                and _LIFTS_BEFORE.search(text, max(0, m.start() - 14), m.start())
                and (
                    refs_between(refs, (s0 := sentence_start(text, m.start())), m.start())
                    or _NOUN_HEAD_RE.search(text, s0, m.start()) is not None
                )
            ):
                # "The 4th Circuit's ruling on Friday lifts an injunction that …": what a
                # ruling lifts, vacates or upholds is a ruling of the court below, named in
                # this sentence or the next (none named: no mention, nothing to link)
                below = _court_below(text, refs, m.start(), sentences)
                if below is not None:
                    keep(Found(m.start(), m.end(), below, False, 0.7, "", salient=False))
                    continue
            if not strong:
                continue
        if not by and EVALUATIVE.search(mods):
            continue  # "made the wrong decision": an opinion of someone's choice
        if det in ("a", "an") and NOT_YET.search(text, max(0, m.start() - 30), m.start()):
            continue
        if (
            det in ("the", "its", "this")
            and _MAKING_BEFORE.search(text, max(0, m.start() - 24), m.start())
            and (own_after := _owner_after(text, refs, ref_starts, m.end())) is not None
        ):
            # "In granting the stay, the Supreme Court said …", "In issuing the injunction,
            # the court found …": the ruling the court after the comma makes is its own, not
            # the ruling told before (of the court below)
            keep(Found(m.start(), m.end(), own_after.court, True, 0.7, "", own_after))
            continue
        if (
            (
                det == "its"
                # "In their ruling, the U.S. Court of Appeals for the Eighth Circuit found":
                # a bench's ruling, owned by the court its sentence names right after it
                or (det == "their" and text.endswith(("In ", "in "), 0, m.start()))
            )
            and (own_after := _owner_after(text, refs, ref_starts, m.end())) is not None
            and (det == "its" or own_after.role in ("court", "panel", "justices"))
            # "In its 10-3 decision, the Richmond-based court said": a vote names its bench,
            # and a court it does not fit (a district court) is not the one meant
            and (
                (split_vote := VOTE_SPLIT.search(mods)) is None
                or own_after.court is None
                or _bench_of(split_vote.group(0))(own_after.court)
            )
        ):
            # "In its ruling, the panel disagreed": the court the sentence names next
            keep(Found(m.start(), m.end(), own_after.court, True, 0.7, "", own_after))
            continue
        if (
            det in ("a", "an")
            and strong
            and m.start() >= 3
            and text[m.start() - 3 : m.start()] in ("In ", "in ")
            and (own_after := _lead_owner(text, refs, ref_starts, m.end())) is not None
            and (own_after.court or own_after.role == "judge")
            # (a vote's bench is found below, right after it; one a time or a verb of issue
            # stands before here, when it sits in such a bench)
            and (
                (split_vote := VOTE_SPLIT.search(mods)) is None
                or (
                    own_after.court is not None
                    and _bench_of(split_vote.group(0))(own_after.court)
                    and not BENCH_AFTER.fullmatch(text, m.end(), own_after.start)
                )
            )
        ):
            # "In an unsigned opinion, the panel rejected …", "In a 153-page order issued
            # today, a federal district judge in Louisiana ruled": the court the sentence
            # names next gave it, even when its court is unknown (then none: never the court
            # of the ruling told before)
            conf = 0.7 if own_after.court else 0.6
            # (a judge's or an unknown court's ruling is named there, not pointed back to)
            back = own_after.role != "judge" and own_after.court is not None
            keep(Found(m.start(), m.end(), own_after.court, back, conf, "", own_after))
            continue
        if (
            det == "its"
            and head in ("ruling", "decision", "opinion")
            and re.search(r"\b(?:19|20)\d\d\b", mods)
            and (CASE_AFTER.match(text, m.end()) or OWN_CASE.match(text, m.end()))
            and (own_p := _its_precedent_owner(text, refs, ruling_at, m.start())) is not None
        ):
            # "The Federal Circuit ruled … Relying on its 2021 opinion in Kessel Corp. v.
            # United States, …": the same court's own earlier ruling in the case named after
            # it, a precedent (census34 P2): a mention of its own, told as history
            keep(Found(m.start(), m.end(), own_p, False, 0.7, "", None, True, False))
            continue
        if det == "its" and not any(
            r.role in ("court", "panel", "justices") and r.court
            for r in refs_between(refs, _its_from(text, m.start()), m.start())
        ):  # fmt: skip
            continue  # "The NCAA's council said its ruling …": no court is "it"
        if (
            det == "its"
            and head == "decision"
            and _DECIDED_TO.match(text, m.end())
            and _its_owner(text, refs, m.start()) is None
        ):
            continue  # "its decision to VERB" is a court's ruling only where "it" is that court
        if det == "its" and (own := _its_owner(text, refs, m.start())) is not None:
            # "… waiting for the 9th Circuit to render its decision": "it" is the court its
            # clause names, not the court of the ruling told before
            keep(Found(m.start(), m.end(), own.court, True, 0.7, "", own))
            continue
        if det == "their" and not _justices_before(text, refs, m.start()):
            continue  # "lawmakers defended their decision": only a bench's is a ruling
        if det in ("his", "her") and head in ("decision", "order") and person == "other":
            continue  # "saying his decision was designed …": the president's, not a judge's
        if det == "my" and not (
            head not in ("decision", "opinion", "judgment") and in_quotes(m.start(), quotes)
        ):
            continue  # a judge's "my order" is quoted; "My decision on TikTok" is not a ruling
        if (
            head == "opinion"
            and not named
            and not (
                strong
                or det in ("his", "her", "its")
                or (det in ("the", "this") and not _OPINION_OF().match(after))
                # (twenty-fifth session, census30 P1: "Tuesday's opinion", as "Tuesday's ruling")
                or _DAY_POSS().match(det)
            )
        ):
            continue
        if head == "order" and not strong and not named:
            # bare "the order" is a court's only where no executive order came before it
            if _exec_order_before(text, m.start()) or _someones_order_before(text, m.start()):
                continue
            if _ORDER_OF().match(after) and not (
                det in ("his", "her") and person == "judge" and _FOR_A_TIME().match(after)
            ):
                continue  # (but a judge's "delayed his order for seven days": for a time)
            if _ORDER_TO().match(after) and det not in ("his", "her", "my"):
                continue  # "the order to evacuate"; but a judge's "his order to turn … around"
            if det in ("his", "her") and person != "judge":
                continue
            if det not in ("the", "this", "that", "his", "her", "my") and not (
                _DAY_POSS().match(det) or det.startswith("the judges")
            ):
                continue  # (a day's: "Monday's order", "tonight's order")
        if (
            head == "decision"
            and not strong
            and not named
            and det in ("the", "this", "that")
            and _officials_decision_before(text, m.start(), out)
        ):
            continue  # "… the decision to rescind DACA … the explanation for the decision"
        if _ASKED_FOR.match(after):
            continue  # "the sentence sought by prosecutors": asked for, not imposed
        if head == "dissent" and (
            det not in ("the", "his", "her", "this", "that") or _DISSENT_FROM().match(after)
        ):
            continue  # "the dissent from within the party": no judge's dissenting opinion
        if (
            head == "judgment"
            and not strong
            and not named
            and (
                det not in ("the", "this", "that", "its", "his", "her")
                or JUDGMENT_IDIOM_AFTER.match(text, m.end())
                or (
                    JUDGMENT_IDIOM_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    # ("Garland responded to the judgment in a statement": what a party
                    # reacts to is the ruling; twenty-seventh session, census40 P4)
                    and not (
                        det == "the"
                        and (
                            _REACTED_TO.search(text, max(0, m.start() - 24), m.start())
                            # ("In the judgment following the decision, the court found")
                            or _JUDGMENT_GIVEN_AFTER.match(text, m.end())
                        )
                    )
                )
            )
        ):
            continue  # "the judgment of history", "in his judgment": no court's judgment
        if (CASE_AFTER.match(text, m.end()) or _landmark_after(text, m.end())) and not (
            _opens_after_news_ruling(text, m.span(), det, head, ruling_at, clause_starts)
            or _digest_lead(text, m.start(), det)
        ):
            news = _news_case_by_short_name(text, m, det, head, ruling_at, clause_starts)
            if news is not None:
                # "… the Supreme Court upheld the Act. Haaland v. Brackeen, as this set of
                # cases is known, … why the ruling in Haaland matters": the news ruling, by
                # the first party of the caption told right after it
                keep(Found(m.start(), m.end(), news.court, True, 0.7, "", news.ref))
            continue
        # "by U.S. District Judge Reed O'Connor", "authored by Justice Brett Kavanaugh": the
        # ruling names its own court
        own = None
        if by:
            at = by.end()
            # "a decision by the Texas Fifth Circuit Court of Appeals": a place before the
            # court's own words
            own = next(
                (r for r in refs_between(refs, at, at + 30)
                 if _OWN_LEAD.fullmatch(text, at, r.start)),
                None,
            )  # fmt: skip
        if (
            own is not None
            and by is not None
            and by.group(0).rstrip().endswith("of")
            and text.startswith(("'s", "’s"), own.end)
        ):
            # "a decision of the 9th Circuit" is that court's; "a stay of Judge Doughty's
            # injunction" is not the judge's
            own = None
            by = None
        if own is not None:
            earlier = bool(EARLIER.search(mods))
            # "The 4th Circuit declined to lift an order from a Maryland federal judge": the
            # object of the clause just before it is no ruling "the ruling" then means
            k = bisect.bisect_left(clause_starts, m.start()) - 1
            obj = named and (
                (k >= 0 and 0 <= m.start() - ruling_at[k].end <= 2)
                # "The judgment of the D.C. Circuit is therefore vacated": reviewed, not news
                or _REVIEWED_AFTER.match(text, own.end) is not None
            )
            own_court = own
            if (
                own.role == "judge"
                and m.start() >= 3
                and text[m.start() - 3 : m.start()] in ("In ", "in ")
                and (after_own := _owner_after(text, refs, ref_starts, own.end)) is not None
            ):
                # "In an opinion by Judge Duane Benton, the 8th Circuit affirmed": the judge
                # wrote for the court the sentence names next
                own_court = after_own
            own_c = own_court.court
            if (
                own.lower
                and head in ("injunction", "tro")
                and (own_c is None or sits_in_panels(own_c))
            ):
                # "…, issued by the lower court": an injunction is a trial court's, the one
                # whose ruling the article told last
                history.advance(m.start())
                trial = history.last_trial()
                own_c = trial.court if trial is not None else None
            # ("a similar ruling by a federal court in Florida": another court's ruling told
            # beside the story's, never the one its back-references mean)
            similar = "similar" in mods
            keep(Found(m.start(), own.end, own_c, False, 0.8, "", own_court, earlier,
                       not (earlier or obj or similar)))  # fmt: skip
            continue
        if (
            det in ("a", "an")
            and (month := _MONTH_MOD.search(m.group("mods"))) is not None
            and (later := _same_month_ruling_after(text, refs, ref_starts, m.end(), month[1]))
        ):
            # "• The agency appealed an August ruling that set aside its rule" (a summary
            # at the top) … "the August 2024 ruling by the U.S. District Court for …": the
            # one court the article names later for a ruling of the same month (told as a
            # reviewing clause's object, "reversed an August ruling", not the news)
            k = bisect.bisect_left(clause_starts, m.start()) - 1
            obj = k >= 0 and 0 <= m.start() - ruling_at[k].end <= 2
            keep(Found(m.start(), m.end(), later, False, 0.65, "", None, obj, not obj))
            continue
        if det in ("a", "an") and not strong:
            continue  # "a decision from …" that names no court
        if _LEFT_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _IN_PLACE.match(
            text, m.end()
        ):
            # "The justices won't hear the case, leaving the ruling in place": the ruling of
            # the court below, named in this sentence or the next, else the one lower court
            # (never the court that left it in place: "The 1st Circuit left the decision in
            # place" is the ruling of a court below the 1st Circuit)
            leaver = next(
                (
                    r
                    for r in reversed(
                        refs_between(refs, sentence_start(text, m.start()), m.start())
                    )
                    if r.court
                ),
                None,
            )
            below = lower_court(refs, m.start(), sentences, leaver.court if leaver else None)
            keep(Found(m.start(), m.end(), below, True, 0.7 if below else 0.55, "", salient=False))
            continue
        # otherwise a back-reference to the ruling before it
        # only confident rulings with a court draw back-references (never a doubtful one)
        below_object = False
        history.advance(m.start())
        hist = history
        if head == "sentence":
            # "the sentence" refers back to a sentence imposed, court known or not
            hist = _History([f for f in sentenced if f.end <= m.start()], [], confident=False)
            hist.advance(m.start())
        prev = bool(hist.seen)
        if not prev and _DAY_POSS().match(det) and not det.startswith("the judges"):
            # "The state's Supreme Court failed on Friday to reach a majority … Friday's
            # ruling": with no ruling told before it, a day's ruling is the court's that its
            # sentence tells of on that day (the article's own day: the court named last in
            # this sentence or the one before)
            dated = _court_of_day(text, refs, ref_starts, sentences, m.start(), _day_word(det))
            if dated is not None:
                keep(Found(m.start(), m.end(), dated.court, True, 0.7, "", dated))
                continue
        if not prev and det in ("the", "this") and head in ("decision", "ruling"):
            # "The decision came Friday. The 9th U.S. Circuit Court of Appeals sided with the
            # city": a ruling noun opening an article's account, before any ruling, is that
            # of the court whose ruling its sentence or the next one tells (not one that is
            # only due: "The decision is expected in June")
            ahead = _ruling_ahead(text, m, ruling_at, clause_starts, sentences)
            if ahead is not None:
                keep(Found(m.start(), m.end(), ahead.court, True, 0.7, "", ahead.ref))
                continue
        if person == "judge" and det in ("his", "her"):
            # "whether officials had disregarded his order", "Cannon cited that concurrence in
            # her 93-page order": the judge's own ruling, the judge of the sentence first
            s0 = sentence_start(text, m.start())
            in_sentence = [
                r
                for r in refs[
                    bisect.bisect_left(ref_starts, s0) : bisect.bisect_left(ref_starts, m.start())
                ]
                if r.role == "judge" and r.end <= m.start()
            ]
            named_after = None if in_sentence else _judge_after(text, refs, ref_starts, m)
            judge = (
                max(in_sentence, key=lambda r: r.end)
                if in_sentence
                else named_after or _last_ending(judges_by_end, judge_ends, m.start())
            )
            if judge is not None and judge.court:
                # (the judge named beside it makes it as sure as a told ruling: what refers
                # back later may take it)
                sure = 0.75 if named_after is not None else 0.65
                keep(Found(m.start(), m.end(), judge.court, True, sure, "", judge))
                continue
            if not prev:
                continue
        vote = VOTE_SPLIT.search(mods)
        split = vote is not None
        fits = _bench_of(vote.group(0)) if vote else sits_in_panels
        if split:
            # "a 6-3 decision" is a bench's: the justices named right after it, or the nearest
            # ruling of a court that sits in panels, never a trial judge's ruling before it
            bench = next(
                (r for r in refs_between(refs, m.start() - 400, m.end() + 80)
                 if r.court and fits(r.court)
                 and ((0 <= r.start - m.end() < 80
                       and BENCH_AFTER.fullmatch(text, m.end(), r.start))
                      or re.fullmatch(r",?\s+in\s+", text[r.end : m.start()]))),
                None,
            )  # fmt: skip
            if bench is None and not prev and det not in ("a", "an"):
                # "The justices heard the case in October. The 7-2 decision today …": with no
                # ruling told before, the bench the vote fits, named last in this sentence or
                # the one before ("a 6-3 decision is expected": none yet)
                bench = next(
                    (r for r in reversed(refs_between(refs, _its_from(text, m.start()),
                                                      m.start()))
                     if r.court and r.role in ("court", "panel", "justices")
                     and not r.destination and fits(r.court)),
                    None,
                )  # fmt: skip
            if bench is not None:
                keep(Found(m.start(), m.end(), bench.court, False, 0.75, "", bench))
                continue
        if (
            not prev
            and head == "order"
            and det == "the"
            and COURT_ORDER_AFTER().match(text, m.end())
        ):
            # "asked Judge X to put on hold her injunction while the order is appealed": with
            # no confident ruling told before, the court's order its sentence (or the one
            # before) told, when all told there are of one court
            lo = sentence_start(text, max(0, sentence_start(text, m.start()) - 2))
            near = [
                f for f in (*ruling_at, *out) if f.court and lo <= f.start and f.end <= m.start()
            ]
            if near and len({f.court for f in near}) == 1:
                keep(Found(m.start(), m.end(), near[-1].court, True, 0.65, "", near[-1].ref))
            continue
        if not prev:
            continue
        # the nearest salient ruling: not one told as another ruling's object ("This decision
        # reversed a lower court ruling … The new decision" is the reviewing court's)
        ante = hist.last(_any)
        assert ante is not None
        if (
            head == "dissent"
            or (head in _BENCH_HEADS and _BENCH_MODS.search(mods))
            or det.startswith("the judges")
        ):
            # a dissent is a bench's: the nearest ruling of a court that sits in panels (so is
            # "the majority opinion", "the unanimous decision": no trial judge's ruling)
            bench_ruling = hist.last(_of_court(sits_in_panels))
            if bench_ruling is None or bench_ruling.end < ante.end:
                # "The unanimous ruling, issued by a three-judge panel, …": a court that sat
                # as a panel for this ruling (the Court of International Trade), its
                # sentence says so; the nearest ruling, then
                s_b = sentence_span(text, m.start())[1]
                if (
                    _SAT_AS_PANEL.search(text, m.end(), s_b)
                    and ante.court
                    and not (sits_in_panels(ante.court))
                ):
                    bench_ruling = ante
            if bench_ruling is None:
                continue
            ante = bench_ruling
        if split:
            panel = hist.last(_of_court(fits)) or hist.last(_of_court(sits_in_panels))
            if panel is None:
                continue
            ante = panel
        # "The 9th Circuit had also ruled last week … The Justice Department disagrees with
        # that ruling": "that" points at the ruling just told, background or not
        pointed = (
            det == "that"
            and ante.background
            and 0 <= m.start() - ante.end < 300
            and "\n" not in text[ante.end : m.start()]
        )
        news = hist.last(lambda f: not f.background, since=m.start() - 2000)
        if ante.background and news is not None and not pointed:
            ante = news
        elif (
            ante.background
            and not pointed
            and ante.ref is not None
            and _cited(text, ante.ref.start)
        ):
            continue  # only a precedent cited before it: "Judge Ames joined the ruling" is not its
        nearest_ante = ante
        by_day = False  # (the ruling the weekday names: bound however far back it is)
        if not pointed:
            day = _day_word(det) if _DAY_POSS().match(det) else None
            if day is None and det == "the" and mods.strip() in weekdays():
                day = mods.strip()  # "the Monday decision", as "Monday's decision"
            of_day = (
                _court_of_day(text, refs, ref_starts, sentences, m.start(), day) if day else None
            )
            ante = _the_news_ruling(
                text,
                m,
                det,
                ante,
                hist,
                quotes,
                of_day.court if of_day is not None else None,
                day if not _DAY_POSS().match(det) else None,
            )
            by_day = day is not None and _the_days_one_ruling(text, hist, day, ante)
        if ante.court == "scotus" and _REVIEWING_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue  # "An appeals court reversed that decision": no court reviews the Court
        if (
            ante.court
            and 0 <= m.start() - ante.end < 40
            and (
                _REVIEWING_BEFORE.search(text, max(0, m.start() - 12), m.start())
                # "The panel's decision Thursday puts that order on hold"
                or (
                    _PUT_BEFORE.search(text, max(0, m.start() - 10), m.start())
                    and _ON_HOLD_AFTER.match(text, m.end())
                )
            )
        ):
            # "In August, a Travis County judge issued a temporary injunction … The Texas
            # Supreme Court overturned that ruling": the object of the reviewing clause just
            # before is a ruling below that court (its court unknown when the article gives
            # none), never the reviewing court's own
            reviewed = hist.last(_below_of(ante))
            if reviewed is None:
                continue
            ante = reviewed
            # (told as the reviewing clause's object: no noun after it points back to it
            # while the reviewing ruling stands nearer, as "a lower court ruling" is not)
            below_object = True
        today = _TOLD_TODAY.match(text, m.end())
        if today:
            # "the ruling issued Monday afternoon": the ruling told of that day, else the lead
            ante = hist.last(_tells(text, today.group("day"))) or hist.lead() or ante
        if EARLIER.search(mods) and not split:
            # "The 4th Circuit reversed in March. The earlier ruling …": the one before the
            # latest, of another court
            ante = hist.last(_before_of_another_court(ante), since=m.start() - 2000) or ante
        if (
            (
                head in ("injunction", "tro")
                or "restraining" in mods
                or (head == "order" and "temporary" in mods)
            )
            and not split
            and ante.court
            and sits_in_panels(ante.court)
        ):
            # "The 4th Circuit declined to stay it … The injunction remains": an injunction
            # is the trial court's, however many courts reviewed it since
            trial = hist.last_trial()
            own_inj = hist.last(_granted_injunction_by(text, ante.court), since=m.start() - 2000)
            if own_inj is not None and (trial is None or trial.end < own_inj.start):
                # "The 5th Circuit granted the injunction … whether the injunction also
                # applies": an injunction the appeals court granted itself is its own
                pass
            elif trial is None or m.start() - trial.end >= 2000:
                continue  # the trial court's, which the article does not name
            else:
                ante = trial
        if head == "stay" and not split and ante.court and _ladder(ante.court) == 1:
            # "the Fifth Circuit issued a temporary administrative stay on a judge's order …
            # The request for the stay": a stay is the reviewing court's, told nearest
            # before, when one is (a trial judge's own stay only when none is)
            review = hist.last(
                lambda f: f.court is not None and _ladder(f.court) >= 2, since=m.start() - 2000
            )
            if review is not None:
                ante = review
        if head == "stay" and not split and ante.act in _REFUSALS:
            # "The 9th Circuit refused to pause the injunction. … The stay": a court that
            # refused a stay gave none; the stay is a higher court's told since, else unknown
            higher = hist.last(_granted_above(ante), since=ante.end)
            if higher is None:
                continue
            ante = higher
        if (
            (head in ("injunction", "tro") or "restraining" in mods)
            and not split
            and ante.act in _REFUSALS
            and _REFUSED_RELIEF.match(text, ante.start, ante.end)
            and hist.last(_granted_since(ante), since=ante.end) is None
        ):
            # "A judge has rejected a temporary restraining order requested by … an argument
            # to grant the temporary restraining order": a judge who refused the order gave
            # none; the order after it is the one asked for, no ruling (unless a court
            # granted one since)
            continue
        s0 = sentence_start(text, m.start())
        if refs_between(justices, s0, m.start()):
            # "Justice Clarence Thomas, writing in dissent, said the ruling …": the Court's
            ante = hist.last(lambda f: f.court == "scotus") or ante
        u = bisect.bisect_right(unowned_ends, ante.end)
        if not split and u < len(unowned_ends) and unowned_ends[u] <= m.start():
            # "Judge Burroughs issued an injunction … A federal judge ordered the White House
            # … This preliminary injunction": the unnamed judge's, whose court is unknown
            continue
        i = bisect.bisect_right(court_ends, m.start())
        near_court = i > 0 and m.start() - court_ends[i - 1] < 600
        if m.start() - nearest_ante.end > 2000 and not near_court and not by_day:
            continue  # too far from any ruling or court to be one of theirs
        if det in ("his", "her", "its") and m.start() - ante.end > 2500:
            continue
        # "its ruling in Braidwood v. Becerra", "ruled Friday in 303 Creative LLC v. Elenis":
        # the case named right after a ruling is that ruling's own
        wc = _writer_court_before(text, ante.end, m.start(), judges_by_end, judge_ends)
        if wc is not None and wc != ante.court and not split:
            # "…,” Judge Thomas Hardiman wrote in Range v. Garland. The opinion …": the ruling
            # of the court whose judge the article quotes last, not one told in between
            ante = hist.last(_of_court(wc.__eq__), since=m.start() - 2000) or ante
        b0, b1 = ante.end, m.start()
        own_case = OWN_CASE.match(text, b0, b1)
        if own_case:
            b0 = own_case.end()
        # the case the ruling's own sentence names is its own, or what it ruled on: the
        # article's lead ruling reached back to from a reaction ("… has sided with the
        # agency in the case of X v. Y"), or "The Supreme Court on Friday limited …,
        # ruling 6-3 in Trump v. CASA that …. The decision …"
        k = bisect.bisect_right(sentences, (ante.end, 1 << 62)) - 1
        if k >= 0 and sentences[k][0] <= ante.end < sentences[k][1]:
            b0 = max(b0, min(b1, sentences[k][1]))
        # (the stretch is read by position, and copied only when a case may be named in it:
        # an antecedent can lie far back in a long document)
        if he_case is None:
            he_case = places_in(text, "he case")
        k = bisect.bisect_left(he_case, b0)
        ident = None
        if k < len(he_case) and he_case[k] + 7 <= b1:
            if cases_are is None:  # every match in the text, found once, when first needed
                cases_are = [c.span() for c in _CASES_ARE.finditer(text)]
            ident = _cases_are(text, b0, b1, cases_are)
        if case_marks is None:
            case_marks = _case_marks(text)
        if _may_name_case(case_marks, ante.end, m.start()) and not today and not by_day:
            if ident:
                # "The cases are Gresham v. Azar … and Stewart v. Azar …": the ruling's own
                # cases, identified after it as news does; its line names no other case
                nl = text.find("\n", ident[1], b1)
                between = text[b0 : ident[0]] + (text[nl:b1] if nl >= 0 else "")
            else:
                between = text[b0:b1]
            if _CASE_CLUE.search(between) is not None and any(
                (cm.group("nm") is None or cm.group("nm") not in places)
                # a case the ruling's quoted words cite is not a new antecedent
                and not (not ident and in_quotes(b0 + cm.start(), quotes))
                # nor the case a judge of the ruling's court wrote in ("…,” Judge Ann
                # Carter wrote in Smith v. Garland. The opinion …"): the ruling's own
                and not (
                    not ident
                    and _written_in_by(text, b0 + cm.start(), ante.court, judges_by_end, judge_ends)
                )
                # nor a precedent the news ruling cites ("She cited the justices' 1988 ruling
                # in Hale v. Corbin. The ruling …"): the news ruling stays the antecedent
                and not (
                    not ident
                    and not ante.background
                    and _precedent_at(text, b0 + cm.start(), b0 + cm.end())
                )
                # nor a precedent told as history a sentence or more before the noun, when the
                # antecedent is the article's lead news ruling ("this Opinion", "the ruling")
                and not (
                    not ident
                    and not ante.background
                    and (lead_f := hist.lead()) is not None
                    and lead_f.court == ante.court
                    and _history_case(text, b0 + cm.start(), b0 + cm.end(), m.start(), det)
                )
                for cm in CASE_NAME.finditer(between)
            ):
                continue  # a case named since: "The majority opinion" is that case's
        if (
            ante.court
            and _ladder(ante.court) >= 2
            and (
                _APPEALED_BEFORE.search(text, max(0, m.start() - 25), m.start())
                or _REVIEWING_BEFORE.search(text, max(0, m.start() - 12), m.start())
            )
            and _unplaced_trial_between(text, ruling_at, out, ante.end, m.start())
        ):
            # "the district court ordered the state to take the fence down … The state appealed the
            # decision", "a judge's order to pay … a stay of the order": what is appealed or
            # stayed is the trial ruling just told, whose court the article leaves unknown,
            # not the higher court's ruling before it
            continue
        if _APPEALED_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            to = _TO_COURT.match(text, m.end())
            if to is not None and any(
                r.court == ante.court for r in refs_between(refs, m.end(), to.end() + 40)
            ):
                continue  # "appealed the decision to the Montana Supreme Court": the court below's
            if ante.court == "scotus":
                continue  # no ruling of the Supreme Court is appealed: one below it, untold
        court = ante.court
        if (
            court
            and _ladder(court) >= 2
            and _unplaced_judge_between(text, ruling_at, ante.end, m.start())
        ):
            # "the Utah Supreme Court upheld … Judge Gibson ruled … Her decision": a judge's
            # ruling whose court the article leaves unknown is told between, and the noun is
            # that one's, not the higher court's before it (the judge's court is unsaid); not
            # a judge's ruling dated to a year ("Judge X in 2023 declared"), which is recalled
            court = None
        wrote = _WROTE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        if wrote:
            # "Justice Stephen Breyer, who wrote the majority opinion": the writer's court
            writer = [
                r
                for r in refs[
                    bisect.bisect_left(
                        ref_starts, m.start() - 200 - longest_ref
                    ) : bisect.bisect_right(ref_starts, m.start())
                ]
                if r.role == "judge" and r.court and 0 <= m.start() - r.end < 200
            ]
            court = writer[-1].court if writer else court
        if det in ("his", "her"):
            # "In her ruling, Perry wrote": the judge named right there owns the ruling
            writer_after = next(
                (
                    r
                    for r in refs[
                        bisect.bisect_right(ref_starts, m.end()) : bisect.bisect_left(
                            ref_starts, m.end() + 80
                        )
                    ]
                    if r.role == "judge" and r.court and 0 < r.start - m.end() < 80
                ),
                None,
            )
            court = writer_after.court if writer_after else court
        conf = 0.75 if strong or head in ("ruling", "injunction") else 0.65
        keep(Found(m.start(), m.end(), court, True, conf, "", salient=not below_object))
    out.extend(_agreeing_modifiers(text, heads, [*ruling_at, *out], told, sentences))
    if " notice" in text:
        out.extend(_court_notices(text, refs, ref_starts, told))
    plural = [h for h in heads if text[h[0] : h[1]] in _PLURAL_HEADS]
    if plural:
        for f in _places_plural(text, plural, [*ruling_at, *out], told):
            out.append(f)
            told.add(f.start, f.end)
        out.extend(_plural_nouns(text, plural, ruling_at, out, told))
    out.extend(_plural_by(text, refs, ref_starts, heads, told))
    if "issued" in text or "entered" in text:
        out.extend(_issued_by_judge(text, refs, ruling_at, told))
    out.extend(_cert_denials(text, told))
    if "denial" in text:
        out.extend(_bare_denials(text, ruling_at, told))
    if "procedural " in text:
        out.extend(_procedural_steps(text, ruling_at, told))
    if " by " in text:
        out.extend(_denials_by(text, refs, ref_starts, told))
    out.extend(_outcomes_at(text, refs, told))
    out.extend(_court_orders_won(text, refs, ref_starts, sentences, told))
    if "In " in text:
        out.extend(_lead_adverbials(text, refs, ref_starts, told))
    if " finding " in text:
        out.extend(_own_findings(text, refs, ref_starts, told))
    if " relief " in text:
        out.extend(_relief_entered(text, refs, told))
    if " trial" in text and (" lost on " in text or " won on " in text or " prevailed on " in text):
        out.extend(_lost_after_trial(text, told))
    return out


# "Acme lost on 7 of its 8 claims after the 2019 Zenith trial": a party's result at the trial
# of a suit the table knows (twenty-seventh session, census40 P3)
_LOST_ON_CLAIMS = deferred(
    r"\b(?P<party>[A-Z][\w&'’-]+)\s+(?:lost|won|prevailed)\s+on\s+(?:[\w-]+\s+){0,6}?"
    r"(?:claims|counts)\b(?:\s+(?:out\s+)?of\s+(?:[\w-]+\s+){0,3}?(?:claims|counts))?"
    r"[^.;]{0,20}?\s+after\s+the\s+(?:(?:19|20)\d\d\s+)?(?:(?P<other>[A-Z][\w&'’-]+)\s+)?"
    r"(?:bench\s+|jury\s+)?trial\b"
)


def _lost_after_trial(text: str, told: SpanSet) -> list[Found]:
    """A party's win or loss on claims after a trial, its suit the one row of
    ``lawsuits.csv`` that has the party (and the other side the trial is named by), all its
    rows in one court: that trial court's ruling, spanning the party to the claims."""
    from ...datafiles import lawsuits

    out: list[Found] = []
    for m in _LOST_ON_CLAIMS.finditer(text):
        party, other = m.group("party"), m.group("other")
        rows = [
            r for r in lawsuits() if party in r.parties and (other is None or other in r.parties)
        ]
        courts = {r.court for r in rows}
        if len(courts) != 1:
            continue
        end = text.rfind(" after the ", m.start(), m.end())
        if told.overlaps(m.start(), end):
            continue
        out.append(Found(m.start(), end, courts.pop(), False, 0.7, "lost"))
        told.add(m.start(), end)
    return out


# "the preliminary injunctive relief that Judge Brown entered in July 2024": a remedy told
# by the judge who gave it, in a relative clause (twenty-seventh session, census40 P3)
_RELIEF_THAT = deferred(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,3}?relief\s+(?:that|which)\s+$"
)
_RELIEF_VERB = deferred(r"\s+(?:had\s+)?(?:entered|granted|issued|imposed|ordered|awarded)\b")


def _relief_entered(text: str, refs: list[CourtRef], told: SpanSet) -> list[Found]:
    """A relief noun whose relative clause has a judge, with a known court, give it: that
    judge's ruling, spanning the noun to the verb."""
    out: list[Found] = []
    for r in refs:
        if r.role != "judge" or not r.court or r.start < 10:
            continue
        m = _RELIEF_THAT.search(text, max(0, r.start - 70), r.start)
        v = _RELIEF_VERB.match(text, r.end)
        if m is None or v is None or told.overlaps(m.start(), v.end()):
            continue
        out.append(Found(m.start(), v.end(), r.court, True, 0.7, "", r))
        told.add(m.start(), v.end())
    return out


# "The perjury verdict", "the tariff ruling", "the split 2-1 asylum decision": a ruling noun
# with a free word between "the" and the head (any modifiers of ``RN_MODS`` around it), read
# back from the head.
_FREE_MOD = deferred(
    rf"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat)\s+{RN_MODS}*(?P<free>[a-z][a-z-]{{3,}})\s+{RN_MODS}*$"
)
_FREE_HEADS = frozenset({"verdict", "ruling", "decision", "opinion", "injunction"})
# Words that name a court, a level or an owner: never a modifier that agrees ("the appeals
# ruling", "the state decision", "the president's"), nor words of time, order or kind
# fmt: off
_NOT_AGREEING = frozenset((
    "court", "courts", "appeals", "appellate", "district", "circuit", "supreme", "trial",
    "lower", "higher", "high", "federal", "state", "county", "city", "justice", "justices",
    "judge", "judges", "panel", "bench", "earlier", "later", "last", "next", "first", "second",
    "third", "other", "another", "previous", "prior", "original", "same", "different",
    "separate", "similar", "related", "companion", "new", "latest", "recent", "final",
    "administration", "agency", "president", "government", "executive", "congress",
    "legislature", "trump", "biden", "obama", "department", "board", "commission", "city",
    "council", "school",
))
# fmt: on
# A level word before a ruling noun and the courts it fits: "the circuit ruling" after a court
# of appeals' ruling, "the state injunction" after a state court's (``_agreeing_modifiers``)
_LEVEL_FITS: dict[str, Callable[[str], bool]] = {
    "circuit": lambda c: C.level_of(c) == C.LEVEL_APPEALS,
    "appeals": lambda c: C.level_of(c) == C.LEVEL_APPEALS or c.endswith("ctapp"),
    "appellate": lambda c: C.level_of(c) == C.LEVEL_APPEALS or c.endswith("ctapp"),
    "district": lambda c: C.level_of(c) == C.LEVEL_DISTRICT,
    "state": lambda c: C.level_of(c) == C.LEVEL_STATE,
}
# The words a back-reference may stand after when it does not open its sentence
_FREE_AFTER_WORD = deferred(
    r"\b(?:after|before|since|following|of|in|with|about|from|on|despite|under|against|and|but|"
    r"that|while|when|by|over|"
    # (twenty-fourth session: "How did they react to the appeals ruling?": "to" before the
    # determiner is a preposition, never an infinitive's)
    r"to|"
    # a verb of saying: what follows is its clause's subject ("Officials said the tariff
    # ruling would …"), not an object the verb acts on
    r"said|says|argued|argues|noted|notes|contended|contends|"
    # a reaction to the ruling, never a review of it
    r"welcomed|welcomes|praised|praises|hailed|hails|criticized|criticizes|blasted|blasts|"
    r"slammed|slams|condemned|condemns|celebrated|celebrates|applauded|applauds|"
    # what a party seeks to undo, no ruling made ("seeks to have the felony verdict set aside",
    # "asked the judge to set aside the felony verdict")
    r"have|having|get|getting|to\s+(?:set\s+aside|throw\s+out|overturn|vacate|toss|reverse|"
    r"appeal|challenge|undo))\s+$",
    re.IGNORECASE,
)
# A noun's sentence that says its court sat as a panel: "…, issued by a three-judge panel,"
_SAT_AS_PANEL = deferred(r"\bthree-judge\s+(?:panel|court)\b")
_JURY_TOLD = deferred(r"\b(?:jury|jurors|convicted|acquitted|found\s+\w+\s+guilty|guilty)\b")
# What names another ruling after the head: "the asylum decision of the 9th Circuit", "the
# tariff ruling in Doe v. Roe", "the abortion decision to …"
_FREE_SAYS_WHICH = deferred(
    r"\s+(?:of|in|by|from|to|that|which|expected|due|"
    r"on(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]+\.?\s+\d)))\b"
)


def _agreeing_modifiers(
    text: str,
    heads: list[tuple[int, int]],
    rulings: list[Found],
    told: SpanSet,
    sentences: list[tuple[int, int]],
) -> list[Found]:
    """ "A federal jury in Manhattan convicted the mayor of perjury … The perjury verdict": a
    ruling noun whose modifier is not one ``RN`` knows refers back to the ruling nearest
    before it (at most 1,500 characters, a confident one with a court, told as news) when the
    modifier agrees with it: a word of that ruling's own sentence begins as the modifier does
    ("perjury" in "convicted … of perjury", "tariff" in "struck down the tariffs"). A modifier
    naming a court, a level or an owner ("the appeals ruling", "the state's own decision") or
    a noun that says which ruling after it ("the asylum decision of the 9th Circuit") is left
    alone."""
    cands = sorted(
        (f for f in rulings if f.court and f.confidence >= 0.7 and not f.background),
        key=lambda f: f.end,
    )
    if not cands:
        return []
    ends = [f.end for f in cands]
    out: list[Found] = []
    for h0, h1 in heads:
        if text[h0:h1] not in _FREE_HEADS or told.overlaps(h0, h1):
            continue
        m = _FREE_MOD.search(text, max(0, h0 - _NOUN_REACH), h0)
        if m is None or told.overlaps(m.start(), h1):
            continue
        free = m.group("free")
        fits = _LEVEL_FITS.get(free)
        if (
            (free in _NOT_AGREEING and fits is None)
            or free.endswith("ing")
            or _FREE_SAYS_WHICH.match(text, h1)
        ):
            continue
        if text[h1 : h1 + 2] in ("'s", "’s"):
            continue
        if (r := RN.match(text, m.start())) is not None and r.end() == h1:
            continue  # a noun the modifiers of ``RN`` read: decided above, kept or left out
        if not (
            text[sentence_start(text, m.start()) : m.start()].strip(' "“‘\t') == ""
            or _FREE_AFTER_WORD.search(text, max(0, m.start() - 16), m.start())
        ):
            continue  # ("halted the perjury verdict": a verb's object, a ruling below)
        if fits is not None:
            # "The 9th Circuit reversed the judge … the circuit ruling": a level word agrees
            # with the ruling told last when its court is of that level
            k = bisect.bisect_right(ends, m.start()) - 1
            while k >= 0 and not cands[k].salient and not fits(cands[k].court or ""):
                # ("The 9th Circuit blocked a lower court's ruling … the appeals ruling": not
                # the ruling below told as the reviewing one's object)
                k -= 1
            if text[h0:h1] == "injunction":
                # "the Texas Supreme Court lifted it … the state injunction": an injunction is
                # a trial court's, the nearest one's of that level, not the court that lifted it
                while k >= 0 and m.start() - cands[k].end <= 1500:
                    if _ladder(cands[k].court or "") == 1:
                        break
                    k -= 1
            if k >= 0 and m.start() - cands[k].end <= 1500 and fits(cands[k].court or ""):
                out.append(Found(m.start(), h1, cands[k].court, True, 0.7, ""))
                told.add(m.start(), h1)
            continue
        stem = free[: max(4, min(len(free), 5))]
        k = bisect.bisect_right(ends, m.start()) - 1
        if k < 0 or m.start() - cands[k].end > 1500:
            continue
        ante = None
        while k >= 0 and m.start() - cands[k].end <= 1500:
            f = cands[k]
            j = bisect.bisect_right(sentences, (f.start, 1 << 62)) - 1
            a, b = sentences[j] if j >= 0 else (0, len(text))
            if re.search(rf"\b{re.escape(stem)}", text[a:b], re.IGNORECASE) or (
                # "the guilty verdict", "the mixed verdict" after a jury's verdict
                text[h0:h1] == "verdict" and _JURY_TOLD.search(text, a, b)
            ):
                ante = f
                break
            k -= 1
        if ante is None:
            continue
        # (no ruling of another court told between: "the perjury verdict" past another
        # court's ruling is not sure to be the jury's)
        if any(g.court != ante.court for g in cands[k + 1 :] if g.end <= m.start()):
            continue
        out.append(Found(m.start(), h1, ante.court, True, 0.7, ""))
        told.add(m.start(), h1)
    return out


# "The one-sentence notice from the court", "a brief notice filed Tuesday": a court's short
# order told as a notice by its length (never "a notice of appeal", a party's)
_NOTICE = deferred(
    r"\b(?P<det>[Tt]he|[Aa]|[Ii]ts|[Tt]his)\s+(?:brief|short|terse|unsigned|"
    r"[\w-]+-(?:sentence|line|page|paragraph|word))\s+notice\b(?!\s+of\b)"
)


def _court_notices(
    text: str,
    refs: list[CourtRef],
    ref_starts: list[int],
    told: SpanSet,
) -> list[Found]:
    """A court's short notice ("The one-sentence notice from the court provides …", "justices
    stated in a brief notice filed Tuesday"): the ruling of the court named right after it
    ("from the court"), else of the court or justices its sentence names before it; none, no
    mention (a party files notices too)."""
    out: list[Found] = []
    for m in _NOTICE.finditer(text):
        a, b = m.span()
        if told.overlaps(a, b):
            continue
        court: CourtRef | None = None
        by = BY.match(text, b)
        if by is not None and by.group(0).rstrip().endswith(("from", "by")):
            k = bisect.bisect_left(ref_starts, by.end())
            if k < len(refs) and refs[k].start == by.end() and refs[k].court:
                court = refs[k]
        if court is None:
            s0 = sentence_start(text, a)
            named = [
                r
                for r in refs[
                    bisect.bisect_left(ref_starts, s0) : bisect.bisect_left(ref_starts, a)
                ]
                if r.court and r.role in ("court", "panel", "justices") and not r.destination
            ]
            court = named[-1] if named else None
        if court is not None:
            out.append(Found(a, b, court.court, True, 0.7, "", court))
            told.add(a, b)
    return out


# A party's win or loss at a court: "the county lost at the 6th Circuit last year", "the
# company won at the Supreme Court", "prevailed in the 9th Circuit" (what may yet happen,
# "could lose at the Supreme Court", is no ruling)
_OUTCOME_BEFORE = deferred(
    # ("After losing before the Ninth Circuit's panel": a loss told as past by "after")
    r"\b(?P<v>won|lost|prevailed|(?<=[Aa]fter\s)losing)\s+(?:(?:its|their|his|her|the)\s+"
    r"(?:case|appeal|challenge|lawsuit|suit|fight|bid|battle)\s+)?"
    # ("having lost last year before a three-judge panel": a time between verb and court;
    # twenty-seventh session, census40 P3)
    r"(?:(?:last|this|earlier\s+this)\s+(?:year|month|week|spring|summer|fall|winter)\s+|"
    r"in\s+(?:19|20)\d\d\s+)?(?:at|in|before)\s+$"
)
_OUTCOME_MODAL = deferred(r"\b(?:would|could|might|may|will|to|not|never|n['’]t)\s+(?:have\s+)?$")


def _outcomes_at(text: str, refs: list[CourtRef], told: SpanSet) -> list[Found]:
    """Wins and losses told at a court named in full (a court phrase with a court that is
    no destination of an appeal): the ruling of that court, spanning the verb to the court."""
    out: list[Found] = []
    for r in refs:
        if not r.court or r.role not in ("court", "panel") or r.destination or r.start < 4:
            continue
        if not text.startswith((" at ", " in ", " before "), text.rfind(" ", 0, r.start - 1)):
            continue
        m = _OUTCOME_BEFORE.search(text, max(0, r.start - 50), r.start)
        if m is None or _OUTCOME_MODAL.search(text, max(0, m.start() - 16), m.start()):
            continue
        if told.overlaps(m.start(), r.end):
            continue
        out.append(Found(m.start(), r.end, r.court, False, 0.7, m.group("v"), r))
        told.add(m.start(), r.end)
    return out


# (twenty-eighth session, census42 P1) A sentence opening on the ruling its subject gave, with
# words before or after the noun the shorter leads do not read: "In a significant decision
# addressing the limits of presidential power, the Supreme Court …", "In a decision issued
# Friday by its full roster of 17 judges, the 5th Circuit …", "In a surprising 7-to-2 decision
# authored by Justice Lee, the Supreme Court …". The noun's words before it are modifiers (no
# preposition: "In the weeks leading up to the decision" is no ruling); after it, a participle
# or a preposition of time or authorship opens what runs to the comma.
_LEAD_ADVERBIAL = deferred(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))[\"“]?In\s+"
    # ("In landmark 4-3 decision, the state's highest court ruled": a headline's style, no
    # article before a word of the ruling's weight)
    r"(?P<np>(?:(?:an?|his|her|its|their|the)\s+|(?=(?:landmark|unanimous|split|\d+[-–]\d+)\s))"
    r"(?:(?!(?:of|to|for|from|with|after|before|up|in|on|by|that|which)\b)[\w-]+,?\s+){0,3}?"
    r"(?:ruling|decision|opinion|order|judgment)"
    r"(?:\s+(?:[a-z]+(?:ed|ing)|written|penned|handed\s+down|by|from|on|last|late|earlier)\b"
    r"[^,.;:!?()“”\"\n]{1,110}?)?)"
    r",\s+(?P<det>(?:the|a|an)\s+(?:(?:U\.S\.|US|federal|state)\s+)?)?"
    r"(?:(?:liberal|conservative|moderate|senior|veteran|longtime)\s+)?"
)


def _lead_adverbials(
    text: str, refs: list[CourtRef], starts: list[int], told: SpanSet
) -> list[Found]:
    """The ruling noun phrase a sentence opens on ("In a … decision …,"), when the court or
    judge right after its comma, whose court is known, gave it: that court's ruling."""
    out: list[Found] = []
    for m in _LEAD_ADVERBIAL.finditer(text):
        a, b = m.span("np")
        if told.overlaps(a, b):
            continue
        # (the court phrase may open on its article: "the U.S. 5th Circuit Court of Appeals")
        lo = m.start("det") if m.group("det") else m.end()
        k = bisect.bisect_left(starts, lo)
        r = refs[k] if k < len(refs) else None
        if (
            r is None
            or not lo <= r.start <= m.end()
            or r.role not in ("judge", "court", "panel", "justices")
            or not r.court
            or r.destination
        ):
            continue
        if "separate" in m.group("np") or "concurring" in m.group("np"):
            continue  # ("In a separate opinion, Justice Thomas said": a justice's own writing)
        if r.role == "judge" and r.court == "scotus":
            continue  # (a justice's own opinion, not the Court's)
        out.append(Found(a, b, r.court, False, 0.7, "", r))
        told.add(a, b)
    return out


# (twenty-eighth session, census42 P1) "Judge X issued a ruling on remedies, following his
# prior finding that Acme unlawfully kept its monopoly": a judge's or a court's own earlier
# finding, its owner named before in the sentence, is that court's ruling
_OWN_FINDING = deferred(
    r"\b(?P<det>his|her|its)\s+(?:(?:prior|earlier|previous|initial|original|2\d{3})\s+)?"
    r"finding\s+that\b"
)


def _own_findings(text: str, refs: list[CourtRef], starts: list[int], told: SpanSet) -> list[Found]:
    """ "his prior finding that …" whose owner is the judge (his, her) or the court (its) named
    last before it in its sentence, with a court known: that court's ruling."""
    out: list[Found] = []
    for m in _OWN_FINDING.finditer(text):
        a, b = m.start(), m.end() - len(" that")
        if told.overlaps(a, b):
            continue
        s0 = sentence_start(text, a)
        k = bisect.bisect_left(starts, a) - 1
        r = refs[k] if k >= 0 else None
        if r is None or r.start < s0 or not r.court or r.destination:
            continue
        if r.role != ("court" if m.group("det") == "its" else "judge"):
            continue
        out.append(Found(a, b, r.court, True, 0.7, "", r))
        told.add(a, b)
    return out


# "The attorney general won a court order barring …", "obtained a court order from Judge X":
# a party's win of a court's order, that of the court named right after it ("from"/"by"),
# else in its sentence or the next
_COURT_ORDER_WON = deferred(
    r"\b(?:won|wins|secured|secures|obtained|obtains)\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"court\s+(?P<head>order|ruling|judgment|injunction)\b"
)
_FROM_BY = deferred(r"\s+(?:from|by)\s+")


def _court_orders_won(
    text: str,
    refs: list[CourtRef],
    starts: list[int],
    sentences: list[tuple[int, int]],
    told: SpanSet,
) -> list[Found]:
    out: list[Found] = []
    i = text.find(" court ")
    while i >= 0:
        m = _COURT_ORDER_WON.search(text, max(0, i - 45), i + 20)
        if m is not None and m.end() > i and not told.overlaps(m.start(), m.end()):
            end = m.end()
            by = _FROM_BY.match(text, end)
            k = bisect.bisect_left(starts, by.end()) if by else len(refs)
            own = refs[k] if by and k < len(refs) and refs[k].start == by.end() else None
            if own is not None and own.court:
                end = own.end
            else:
                own = _court_next(refs, starts, m.end(), sentences)
            if own is not None and own.court:
                out.append(Found(m.start(), end, own.court, False, 0.7, "won", own))
                told.add(m.start(), end)
        i = text.find(" court ", i + 7)
    return out


# "The denial of the petition for certiorari keeps a circuit split intact" (National Law
# Review, 2025), "The denial of certiorari review left intact a Second Circuit ruling"
# (Bloomberg BNA, 2011): only the Supreme Court denies certiorari of its own motion in news
_CERT_DENIAL = deferred(
    r"[Tt]he\s+(?:(?:Supreme\s+)?Court['’]s\s+)?denial\s+of\s+(?:the\s+|a\s+|its\s+)?"
    r"(?:(?:[\w.,'’-]+\s+){0,3}?petitions?\s+for\s+(?:a\s+)?(?:writ\s+of\s+)?certiorari|"
    r"certiorari(?:\s+review)?|cert(?:iorari)?\s+petitions?)\b"
)
_CERT_REACH = 90  # from "The" to "certiorari": the longest shape above
# (twenty-seventh session, census38 P2) the same act in the passive: "In Lowe v. Brandt (2019) a
# petition for a writ of certiorari was denied", "certiorari was granted in June"
_CERT_PASSIVE = deferred(
    r"\b(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w'’-]+\s+){0,2}?"
    r"petition\s+for\s+(?:a\s+)?(?:writ\s+of\s+)?certiorari|certiorari|[Cc]ert)\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:denied|granted)\b"
)
# a state's court of last resort that reviews by certiorari, named in the sentence
_STATE_CERT_COURT = deferred(
    r"\b(?:Supreme\s+Court|Court\s+of\s+Appeals)\s+of\s+[A-Z]|"
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:['’]s)?\s+(?:Supreme\s+Court|Court\s+of\s+Appeals)"
)


def _cert_denials(text: str, told: SpanSet) -> list[Found]:
    """Denials of certiorari told as a noun, found from each "certiorari"/"cert" in the text
    (a literal search; none in most articles). A state court of last resort that reviews by
    certiorari names itself ("the Colorado Supreme Court's denial …"): those are left to the
    court-possessive nouns above, so only the bare or the Supreme Court's denial is read."""
    out: list[Found] = []
    i = text.find("cert")
    while i >= 0:
        lo = max(0, i - _CERT_REACH)
        d = text.find("denial of", lo, i)
        if d >= 0:
            for m in _CERT_DENIAL.finditer(text, max(lo, d - 30), min(len(text), i + 30)):
                if m.end() >= i and not told.overlaps(m.start(), m.end()):
                    head = text[m.start() : m.end()]
                    if "Court" in head and "Supreme" not in head:
                        continue  # "the Court's denial": left to the possessive nouns
                    out.append(Found(m.start(), m.end(), "scotus", True, 0.75, "denied"))
                    told.add(m.start(), m.end())
        i = text.find("cert", i + 4)
    for m in _CERT_PASSIVE.finditer(text) if "ert" in text else ():
        if told.overlaps(m.start(), m.end()):
            continue
        s0, s1 = sentence_span(text, m.start())
        if any(
            state_named_in(text, c.start(), c.end())
            for c in _STATE_CERT_COURT.finditer(text, s0, s1)
        ):
            continue  # ("certiorari to the Colorado Supreme Court was denied": the state's)
        act = "denied" if m.group(0).endswith("denied") else "granted"
        out.append(Found(m.start(), m.end(), "scotus", False, 0.7, act))
        told.add(m.start(), m.end())
    return out


# "The denial appeared to suggest …": a bare denial as its sentence's subject (no "of" after)
_BARE_DENIAL = deferred(r"\b[Tt]he\s+denial\b(?=\s+(?!of\b)[a-z]+(?:ed|s)\b)")
# the Supreme Court's acts that deny review, and the word "denial" that names one
_DENYING_ACTS = ("denied", "declined", "refused", "left intact", "turned away", "rejected")
_DENIAL_TOLD = deferred(r"\bdenial\b")


def _two_sentences_back(text: str, at: int) -> int:
    """Where the sentence two before the one holding ``at`` starts (its own sentence and the
    two before it are the window a bare back-reference looks in)."""
    lo = sentence_start(text, max(0, sentence_start(text, at) - 2))
    return sentence_start(text, max(0, lo - 2))


def _bare_denials(text: str, clauses: list[Found], told: SpanSet) -> list[Found]:
    """ "In another significant denial, the Court left intact a lower court ruling … The
    denial appeared to suggest that the Justices …" (census34 P3): a bare "The denial" as a
    sentence's subject is the Supreme Court's denial of review told last before it, in its
    sentence or the two before, when the text has called that act a denial (the word in the
    clause's sentence)."""
    out: list[Found] = []
    for m in _BARE_DENIAL.finditer(text):
        if told.overlaps(m.start(), m.end()):
            continue
        lo = _two_sentences_back(text, m.start())
        ante = [
            f
            for f in clauses
            if lo <= f.start
            and f.end <= m.start()
            and f.court == "scotus"
            and f.confidence >= 0.7
            and f.act.startswith(_DENYING_ACTS)
        ]
        if not ante:
            continue
        s0, s1 = sentence_span(text, ante[-1].start)
        if _DENIAL_TOLD.search(text, s0, s1) is None:
            continue
        out.append(Found(m.start(), m.end(), "scotus", True, 0.7, "denied"))
        told.add(m.start(), m.end())
    return out


# "The procedural action comes just two weeks after …": a court's order told by its kind
_PROCEDURAL = deferred(r"\b[Tt]he\s+procedural\s+(?:action|step|move|order)\b")


def _procedural_steps(text: str, clauses: list[Found], told: SpanSet) -> list[Found]:
    """ "The U.S. Supreme Court on November 6 granted the request to delay … The procedural
    action comes just two weeks after …" (census34 P3): the confident ruling of a known court
    told last, in the sentence before or the one before that, when it is the only court's
    ruling told there."""
    out: list[Found] = []
    for m in _PROCEDURAL.finditer(text):
        if told.overlaps(m.start(), m.end()):
            continue
        lo = _two_sentences_back(text, m.start())
        ante = [
            f
            for f in clauses
            if lo <= f.start and f.end <= m.start() and f.court and f.confidence >= 0.7
        ]
        if not ante or len({f.court for f in ante}) != 1:
            continue
        out.append(Found(m.start(), m.end(), ante[-1].court, True, 0.7, ""))
        told.add(m.start(), m.end())
    return out


# "Yesterday's denial by the First Circuit", "the refusal by the 9th Circuit to lift the
# order", "Friday's rejection by the Supreme Court": a court's act told as a noun with the
# court after "by" (a court phrase with a court right there) is that court's ruling
_DENIAL_HEADS = ("denial", "refusal", "rejection", "dismissal")
_DENIAL_DET = deferred(
    r"(?:\b[Tt]he|\b[Tt]his|\b[Tt]hat|\b(?:[A-Z][a-z]+day|[Yy]esterday|[Tt]oday)['’]s)\s+"
    r"(?:(?:unanimous|unsigned|brief|latest|recent|swift)\s+)?$"
)


def _denials_by(text: str, refs: list[CourtRef], starts: list[int], told: SpanSet) -> list[Found]:
    """Rulings told as a court's denial, refusal, rejection or dismissal "by" the court, found
    from each literal "<head> by " in the text (none in most articles)."""
    out: list[Found] = []
    for head in _DENIAL_HEADS:
        i = text.find(f"{head} by ")
        while i >= 0:
            det = _DENIAL_DET.search(text, max(0, i - 30), i)
            at = i + len(head) + 4
            k = bisect.bisect_left(starts, at)
            r = refs[k] if k < len(refs) else None
            if (
                det is not None
                and (i == 0 or not text[i - 1].isalnum())
                and r is not None
                and r.court
                and r.role in ("court", "panel", "justices", "judge")
                and text[at : r.start] in ("", "the ")
                and not told.overlaps(det.start(), r.end)
            ):
                out.append(Found(det.start(), r.end, r.court, False, 0.75, "denied", r))
                told.add(det.start(), r.end)
            i = text.find(f"{head} by ", i + 1)
    return out


_PLURAL_BY_HEADS = frozenset({"rulings", "decisions", "injunctions", "orders"})
_PLURAL_BY = deferred(r"\s+(?:issued\s+|handed\s+down\s+)?(?:by|from)\s+")


def _plural_by(
    text: str, refs: list[CourtRef], starts: list[int], heads: list[tuple[int, int]],
    told: SpanSet,
) -> list[Found]:  # fmt: skip
    """ "lifted orders by a federal judge in Oakland and the 9th Circuit": rulings in the
    plural with the court that gave them after "by"/"from" (a court phrase with a court) are
    that court's, named there."""
    out: list[Found] = []
    for h0, h1 in heads:
        if text[h0:h1] not in _PLURAL_BY_HEADS or told.overlaps(h0, h1):
            continue
        by = _PLURAL_BY.match(text, h1)
        if by is None:
            continue
        k = bisect.bisect_left(starts, by.end())
        r = refs[k] if k < len(refs) else None
        if r is None or r.start != by.end() or not r.court:
            continue
        if text[max(0, h0 - 10) : h0].lower().endswith("executive "):
            continue  # "executive orders by …" are a president's
        out.append(Found(h0, r.end, r.court, False, 0.8, "", r))
        # (twenty-eighth session, census43 P1b) "the recent rulings by the District Court for
        # the District of Kansas and the Court of Appeals for the Tenth Circuit": the second
        # court of the plural is a ruling of its own, named where it stands
        also = _PLURAL_AND.match(text, r.end)
        k2 = bisect.bisect_left(starts, also.end()) if also is not None else len(refs)
        r2 = refs[k2] if k2 < len(refs) else None
        if (
            also is not None
            and r2 is not None
            and r2.start == also.end()
            and r2.court
            and r2.court != r.court
            and r2.role in ("court", "panel", "justices")
            and not told.overlaps(r2.start, r2.end)
        ):
            out.append(Found(r2.start, r2.end, r2.court, False, 0.75, "", r2))
    return out


_PLURAL_AND = deferred(r",?\s+and\s+(?=the\s+|[A-Z])")
_PLURAL_HEADS = frozenset({"rulings", "decisions", "injunctions"})


# (twenty-seventh session, census38 P1) a ruling noun whose relative clause names the judge
# who gave it: "setting aside the injunctions she had entered in March", "a later
# injunction Roe entered in December" (the noun needs its determiner for free words before
# it, else only a kind: "preliminary", "permanent", "temporary")
_JUDGE_ISSUED = deferred(
    r"\b(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Bb]oth|[Tt]hose|[Tt]hese|[Aa]nother)\s+(?:[\w/’'-]+\s+){0,2}?|"
    r"(?=(?:preliminary|permanent|temporary)\s))"
    r"(?:(?:preliminary|permanent|temporary)\s+)?"
    r"(?P<head>injunctions?|restraining\s+orders?|rulings?|decisions?)\s+(?:that\s+)?"
    r"(?P<subj>[Ss]he|[Hh]e|[A-Z][a-z’'-]+)\s+(?:had\s+|has\s+)?(?:issued|entered)\b"
)
_ISSUED_REACH = 1500  # how far back the judge of "she had issued" is looked for


def _issued_by_judge(
    text: str, refs: list[CourtRef], clauses: list[Found], told: SpanSet
) -> list[Found]:
    """Ruling nouns with a relative clause whose subject is the judge who gave them: a
    surname the article named as a judge of a known court, or "she"/"he" when every judge
    of a known court named within ``_ISSUED_REACH`` before it sits on one court."""
    out: list[Found] = []
    taken = SpanSet([(f.start, f.end) for f in clauses])
    for m in _JUDGE_ISSUED.finditer(text):
        if told.overlaps(m.start(), m.end()) or taken.overlaps(m.start(), m.end()):
            continue
        subj = m.group("subj")
        before = [r for r in refs if r.role == "judge" and r.court and r.end <= m.start()]
        if subj.lower() in ("she", "he"):
            near = [r for r in before if m.start() - r.end <= _ISSUED_REACH]
            if not near or len({r.court for r in near}) != 1:
                continue
            judge = near[-1]
        else:
            named = [r for r in before if r.judge == subj]
            if not named or len({r.court for r in named}) != 1:
                continue
            judge = named[-1]
        out.append(Found(m.start(), m.end(), judge.court, True, 0.7, "issued", judge))
        told.add(m.start(), m.end())
    return out


@lru_cache(maxsize=1)
def _places_before() -> re.Pattern[str]:
    pl = place_re()
    return re.compile(
        rf"\b[Tt]he\s+(?P<pl>{pl})(?:,\s+(?:{pl}))*,?\s+(?:and|or)\s+(?:{pl})\s+"
        r"(?:(?:federal|court|separate|district[- ]court)\s+)?$"
    )


def _places_plural(
    text: str, heads: list[tuple[int, int]], rulings: list[Found], told: SpanSet
) -> list[Found]:
    """ "the Idaho and Utah rulings", "the Oregon, Illinois and California decisions": the
    rulings of two or more places in one noun phrase, one mention of the first place's court
    (its only federal district, else the court of a ruling told before in its state)."""
    out: list[Found] = []
    places = place_set()
    for h0, h1 in heads:
        if told.overlaps(h0, h1):
            continue
        m = _places_before().search(text, max(0, h0 - 90), h0)
        start, end = (m.start(), h1) if m is not None else (h0, h1)
        if m is None and text[max(0, h0 - 4) : h0] in ("the ", "The "):
            # "the rulings in Idaho and Utah": the places after the noun
            m = _places_after().match(text, h1)
            start, end = h0 - 4, (m.end() if m is not None else h1)
        if m is None or m.group("pl") not in places:
            continue
        pl = C.resolve_place(m.group("pl"))
        if pl is None or not pl.postal:
            continue
        court = pl.district
        if court is None:
            court = next(
                (
                    f.court
                    for f in sorted(rulings, key=lambda f: -f.end)
                    if f.end <= start and f.court and C.postal_of_court(f.court) == pl.postal
                ),
                None,
            )
        if court is None:
            continue
        out.append(Found(start, end, court, True, 0.7, ""))
    return out


@lru_cache(maxsize=1)
def _places_after() -> re.Pattern[str]:
    pl = place_re()
    return re.compile(rf"\s+in\s+(?P<pl>{pl})(?:,\s+(?:{pl}))*,?\s+and\s+(?:{pl})\b")


_PLURAL = re.compile(
    # (modifiers in any number: "the two separate rulings", tenth session)
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth)\s+(?:(?:two|three|four|twin|separate|recent|latest|"
    r"earlier|prior|previous|conflicting|dueling|competing|court|lower[- ]court)\s+){0,3}"
    r"(?:rulings|decisions|injunctions)\b"
)


def _plural_nouns(
    text: str,
    heads: list[tuple[int, int]],
    clauses: list[Found],
    nouns: list[Found],
    told: SpanSet,
) -> list[Found]:
    """ "The two rulings", "the rulings", "those decisions": the rulings told just before it
    (within 1,500 characters); their court when the last two share one, else none."""
    out: list[Found] = []
    found = [
        m
        for m in head_matches(text, _PLURAL, heads, 40, _PLURAL_START)
        if not told.overlaps(m.start(), m.end())
        and not CASE_AFTER.match(text, m.end())
        # "left in place the rulings below": the courts below, not the rulings just told
        and not text.startswith(" below", m.end())
    ]
    if not found:
        return out
    history = _History(clauses, nouns)  # (made only when a plural is there to resolve)
    for m in found:
        history.advance(m.start())
        last = history.last(_any)
        if last is None or m.start() - last.end > 1500:
            continue
        if _UNDER_REVIEW_BEFORE.search(
            text, max(0, m.start() - 24), m.start()
        ) and last.end > sentence_start(text, m.start()):
            # "the Illinois Supreme Court put a hold on those orders and will hear an appeal of
            # those decisions": the rulings under review, not the reviewing clause's own
            # (its sentence's ruling), which none told here names (census41 P5)
            continue
        if _SEVERAL_DECIDED.search(text, last.start, last.end):
            # "The court ruled on six cases Thursday. Those rulings …": the several rulings
            # of a digest are no one ruling to link to
            continue
        other = history.last(_ended_before(last.start))
        if (
            other is not None
            and _COUNTED.search(m.group(0))
            and _SEPARATE_CASE.search(text, other.start, m.start())
        ) or text.endswith(("between ", "among "), 0, m.start()):
            # ("the primary difference between the two rulings": the rulings compared)
            # (census42 P6) "McBurney ruled in a separate case that … These two rulings
            # came …": the rulings of two suits told together are a set, no one ruling
            continue
        if (
            m.group(0).endswith("decisions")
            and not _COUNTED.search(m.group(0))
            and (other is None or m.start() - other.end > _TWO_TOLD)
        ):
            # "the decisions" may be anyone's; "those two decisions" are rulings, and so
            # are "the decisions" right after two rulings ("blasted the decisions as …")
            continue
        if _COURTS_PLURAL.search(text, sentence_start(text, m.start()), m.start()):
            # "State high courts issue thousands of opinions each year, and these court
            # decisions …": the decisions of the courts in general its sentence speaks of
            continue
        if _JUDGES_WHO.search(text, max(0, m.start() - 60), m.start()):
            # "the district court judges who issued these injunctions": what judges of a
            # kind did, no rulings told before
            continue
        court = last.court if other is None or other.court == last.court else None
        out.append(Found(m.start(), m.end(), court, True, 0.65, ""))
    return out


_COURTS_PLURAL = deferred(r"[Cc]ourts\b")
_UNDER_REVIEW_BEFORE = deferred(r"\b(?:appeals?|review|challenges?)\s+(?:of|to)\s+$")
_JUDGES_WHO = deferred(r"\bjudges\s+who\s+(?:had\s+|have\s+)?[a-z]+ed\s+$")
_SEPARATE_CASE = deferred(
    r"\b(?:a|another)\s+(?:separate|different|second|related|unrelated)\s+"
    r"(?:case|lawsuit|suit|challenge)\b"
)
_SEVERAL_DECIDED = deferred(r"\b(?:cases|appeals|lawsuits|disputes)\b")
_TWO_TOLD = 1000  # how near two rulings make a bare "the decisions" theirs


def _ended_before(at: int) -> Callable[[Found], bool]:
    return lambda f: f.end <= at


_COUNTED = deferred(r"^(?:[Tt]hose|[Bb]oth)|\b(?:two|three|twin|court|lower)\b")
_PLURAL_START = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth)\b")
