"""What the discourse says about courts: the court a generic phrase ("the court", "a federal
judge", "the lower court") means, from the courts and judges named around it."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import TypeVar, cast

from ... import courts as C
from ...models import quick_replace as replace
from ..lazyre import deferred
from ..sentences import sentence_start
from ..state_laws import dateline_state
from ..statenames import outlet_state
from .common import in_quotes, sentence_spans
from .courtpatterns import place_word
from .courtrefs import CourtRef, appositive_end


def _compatible(ref: CourtRef, other: CourtRef) -> bool:
    if other.court is None:
        return False
    lvl = C.level_of(other.court)
    if lvl == C.LEVEL_STATE and ref.federal:
        return False  # "a federal appeals court" is no state's court, however near one is
    if ref.trial_title and (_state_appellate(other.court) or C.is_state_high_court(other.court)):
        return False  # "District Judge Amy Clark Meachum" never sits on a court of appeals
    if ref.role == "justices":
        # "The justices, who did not state a reason …": a court of last resort's bench, never
        # the trial court or the court of appeals named beside it
        if ref.judge:
            # "Chief Justice Mike McGrath", whom the table of the U.S. Supreme Court's
            # justices does not hold: a justice of a state's court of last resort
            return C.is_state_high_court(other.court)
        return lvl == C.LEVEL_SUPREME or C.is_state_high_court(other.court)
    if ref.role == "judge" and ref.judge is None and C.is_state_high_court(other.court):
        # "The Arkansas Supreme Court … rejecting a judge's ruling", "A state judge has struck
        # down …": a judge told of without a name is a trial judge, never a justice of the
        # state's court of last resort named near it
        return False
    if (
        ref.level == C.LEVEL_DISTRICT
        and ref.role == "court"
        and lvl == C.LEVEL_STATE
        and C.is_state_high_court(other.court)
    ):
        return False  # "the trial court", "the district court": never a court of last resort
    if ref.level == C.LEVEL_STATE and ref.role == "judge" and lvl != C.LEVEL_STATE:
        return False  # "A state judge in Lafayette" is no federal court, however near one is
    if ref.level == C.LEVEL_STATE and ref.role == "court":
        # "a Colorado court": a court of that state, never a federal one
        return lvl == C.LEVEL_STATE and (
            ref.postal is None or _state_court_postal(other.court) in (None, ref.postal)
        )
    if (
        ref.postal
        and C.postal_of_court(other.court) not in (ref.postal,)
        and lvl in (C.LEVEL_DISTRICT,)
    ):
        return False
    if ref.generic and ref.level == C.LEVEL_DISTRICT and lvl == C.LEVEL_STATE:
        return False  # "a federal judge in Ohio" is no state court, however near one is named
    if ref.trial and (lvl != C.LEVEL_STATE or C.is_state_high_court(other.court)):
        return False  # "a Fulton County Superior Court judge" is no high or federal court
    if ref.bench:
        # "the full court": the whole bench of a court of appeals or of last resort
        return lvl in (C.LEVEL_APPEALS, C.LEVEL_SUPREME) or C.is_state_high_court(other.court)
    if ref.role == "panel":
        # appeals panels, the Court of International Trade's three-judge panels, and a
        # state's court of appeals' ("A unanimous three-judge panel of the N.C. Court of
        # Appeals … A unanimous three-judge panel affirmed …", John Locke Foundation)
        return lvl in (C.LEVEL_APPEALS, C.LEVEL_SPECIAL) or _state_appellate(other.court)
    if ref.level == C.LEVEL_APPEALS:
        if ref.role == "judge" and ref.judge:
            # "Circuit Judge Terry Lewis" (no federal judge of the table): a title of federal
            # appellate judges and of Florida's or Illinois' trial judges, never the state's
            # court of appeals named near it
            return lvl == C.LEVEL_APPEALS
        # "The Minnesota Court of Appeals reversed … The appellate court sent the case back":
        # a state's intermediate court of appeals too
        return lvl == C.LEVEL_APPEALS or _state_appellate(other.court)
    if ref.level == C.LEVEL_SUPREME:
        return lvl == C.LEVEL_SUPREME
    if (
        lvl == C.LEVEL_STATE
        and (
            (ref.role == "judge" and ref.judge is None)
            or (ref.level == C.LEVEL_DISTRICT and ref.role != "judge")
        )
        and _state_appellate(other.court)
        # (Pennsylvania's Commonwealth Court hears suits against the state in the first
        # instance, one judge at a time: "A state judge has struck down the law …
        # Commonwealth Court Judge Bernard McGinley said …")
        and other.court != "pacommwct"
    ):
        # "a judge's order" is a trial judge's and "the district court ruling" a trial
        # court's: never a state's court of appeals (the cheap tests first: this is asked
        # of every pair of references the discourse compares)
        return False
    if ref.role == "judge" or ref.level == C.LEVEL_DISTRICT:
        # a state's court of last resort named after a judge is where the case went next
        # ("Judge McBurney's order … appealed to the Georgia Supreme Court"), not the judge's
        return lvl in (C.LEVEL_DISTRICT, C.LEVEL_STATE, C.LEVEL_SPECIAL) and not (
            other.start >= ref.end and C.is_state_high_court(other.court)
        )
    return True


# Courts of last resort whose members are titled judges, not justices: New York's and the
# District of Columbia's Courts of Appeals, Maryland's (its Court of Appeals until 2022), and
# the criminal courts of last resort of Texas and Oklahoma
_JUDGES_OF_LAST_RESORT = frozenset({"ny", "md", "dc", "texcrimapp", "oklacrimapp"})


# the opinion of a bench, and its author: "In a nearly unanimous ruling penned by", "the
# 6-1 majority opinion written by", "a split decision authored by"
_BENCH_AUTHOR = deferred(
    r"\b(?:unanimous|majority|split|divided|\d{1,2}[-–]\d{1,2}|\d{1,2}-to-\d{1,2})\s+"
    r"(?:(?:majority|panel)\s+)?(?:ruling|decision|opinion)\s*,?\s+(?:was\s+)?"
    r"(?:penned|written|authored|delivered)\s+by\s+$"
)


# A court named as what is hoped or asked for, not as one that ruled: "Supreme Court
# intervention", "Supreme Court review"
_NO_RULING_AFTER = deferred(
    r"\s+(?:intervention|review|involvement|scrutiny|attention|action|guidance|clarity)\b"
)


def _justices_court(court: str | None) -> bool:
    """Whether ``court`` is a state's court of last resort whose members are justices."""
    return (
        court is not None and court not in _JUDGES_OF_LAST_RESORT and C.is_state_high_court(court)
    )


def _zero() -> int:
    return 0


def _once(memo: dict[str, int], key: str, make: Callable[[], int]) -> int:
    """``make()``, asked once per reference (``memo`` is that reference's)."""
    if key not in memo:
        memo[key] = make()
    return memo[key]


def _judge_named(out: list[CourtRef], r: CourtRef, ks: range) -> int:
    """The start of the first judge named by another name than ``r``'s among ``out[k]`` for
    ``k`` in ``ks`` (sys.maxsize for none)."""
    for k in ks:
        o = out[k]
        if o.role == "judge" and o.judge and o.judge != r.judge:
            return o.start
    return sys.maxsize


def _titled_judge(
    text: str | None, out: list[CourtRef], r: CourtRef, sentences: list[tuple[int, int]]
) -> int:
    """Whether ``r`` is a judge titled "Judge" (not "Justice") whose sentence and the one
    before tell of no court of last resort (1 or 0)."""
    if text is None or "Judge" not in text[r.start : r.end] or "Justice" in text[r.start : r.end]:
        return 0
    k = bisect.bisect_right(sentences, (r.start, sys.maxsize)) - 1
    if k >= 0 and r.start < sentences[k][1]:
        return int(
            not any(
                (o.high or _justices_court(o.court)) and not o.destination
                for o in refs_between(out, sentences[max(0, k - 1)][0], sentences[k][1])
                if o is not r
            )
        )
    return 1


@cache
def _state_appellate(court: str) -> bool:
    """Whether ``court`` is a state's intermediate court of appeals (courts-db type
    "appellate", not its court of last resort)."""
    row = C.courts_table().courts.get(court)
    return (
        row is not None
        and row.system == "state"
        and row.type == "appellate"
        and not C.is_state_high_court(court)
    )


def is_state_appellate(court: str) -> bool:
    """Whether ``court`` is a state's intermediate court of appeals."""
    return _state_appellate(court)


@cache
def _state_court_postal(court: str) -> str | None:
    postal = C.state_of_high_court(court)
    if postal:
        return postal
    return next((p for p in C.states() if C.state_trial_court(p) == court), None)


# Newspapers named for a state or its capital city that report national news ("the
# Washington Post", "the New York Times", "the Washington Examiner"): their name is not the
# place a story's court sits in. Mastheads as the papers print them.
_MASTHEAD = re.compile(r"[ \t]+(?:Post|Times|Examiner|Free Beacon|Monthly|Daily News)\b")


def _state_named_before(
    text: str,
    refs: list[CourtRef],
    at: int,
    reach: int = 1500,
    upto: int | None = None,
    strict: bool = False,
) -> str | None:
    """The postal code of the state the text last named before ``at`` (a state's name, or a
    court or judge tied to one among ``refs[:upto]``, sorted by start), for "the state's
    highest court"."""
    best: tuple[int, str] | None = None
    for m in place_word().finditer(text[max(0, at - reach) : at]):
        if _MASTHEAD.match(text, max(0, at - reach) + m.end()):
            continue  # "reports the Washington Post": a newspaper, not the state
        key = C._fold(m.group(0))
        st = C.state_by_name().get(key)
        if st is not None:
            best = (max(0, at - reach) + m.start(), st.postal)
    for k in range(len(refs) if upto is None else upto, 0, -1):
        r = refs[k - 1]  # the latest reference before it that names a state
        if strict and r.start < at - reach:
            break  # (``strict``: the references within ``reach`` only, as the names)
        if r.end <= at and r.postal:
            if best is None or r.start > best[0]:
                best = (r.start, r.postal)
            break
    return best[1] if best else None


def _other_state_paragraph(text: str, pick: CourtRef, r: CourtRef, court: str) -> bool:
    """Whether ``r`` stands in another paragraph than ``pick`` that names a state, none of
    them the state of the federal district ``court`` (a digest's next story, or the one
    before: "In Tennessee, … Judge William Cambell stopped the bill … \nFurther south in
    Georgia, … US District Judge Steve Jones also ruled")."""
    para = text.rfind("\n", 0, r.start) + 1
    para_end = text.find("\n", r.end)
    if pick.end > para and (para_end < 0 or pick.start < para_end):
        return False  # the same paragraph
    return paragraph_of_another_state(text, r.start, court)


_PARAGRAPH_REACH = 2000


def paragraph_of_another_state(text: str, at: int, court: str) -> bool:
    """Whether the paragraph around ``at`` names a state and none of its states is the one
    whose federal district ``court`` is ("In May, Tennessee enacted a law … Judge Aleta
    Trauger issued an injunction" is no Idaho court's ruling)."""
    postal = C.postal_of_court(court)
    if postal is None:
        return False
    # (a paragraph read at most _PARAGRAPH_REACH either side: one huge paragraph stays cheap)
    para = max(text.rfind("\n", max(0, at - _PARAGRAPH_REACH), at) + 1, at - _PARAGRAPH_REACH, 0)
    para_end = text.find("\n", at, at + _PARAGRAPH_REACH)
    if para_end < 0:
        para_end = min(len(text), at + _PARAGRAPH_REACH)
    named = False
    for m in place_word().finditer(text, para, para_end):
        if _MASTHEAD.match(text, m.end()):
            continue
        st = C.state_by_name().get(C._fold(m.group(0)))
        if st is not None:
            if st.postal == postal:
                return False
            named = True
    return named


def state_named_in(text: str, a: int, b: int) -> str | None:
    """The postal code of the first state ``text[a:b]`` names."""
    for m in place_word().finditer(text, a, b):
        if _MASTHEAD.match(text, m.end()):
            continue
        st = C.state_by_name().get(C._fold(m.group(0)))
        if st is not None:
            return st.postal
    return None


def lower_court(
    refs: list[CourtRef],
    at: int,
    sentences: list[tuple[int, int]],
    top: str | None = None,
    trial: bool = False,
    courts_below: Iterable[str | None] | None = None,
) -> str | None:
    """The court below for "a lower court ruling"/"the lower court" at ``at``: a court named
    in the same sentence (nearest first), else in the next one, else the single lower court
    the article names; else None. Supreme and state-high courts are not "lower" courts, nor
    is ``top`` (the court doing the reviewing)."""

    def lower(r: CourtRef) -> bool:
        return bool(
            r.court
            and r.court != top
            and not (r.lower and r.place is None)
            and C.level_of(r.court) != C.LEVEL_SUPREME
            and not C.is_state_high_court(r.court)
            # "a lower court judge" is a trial judge, never the appeals court beside it (a
            # state's court of appeals included)
            and not (
                trial and (C.level_of(r.court) == C.LEVEL_APPEALS or _state_appellate(r.court))
            )
        )

    # (below an appeals court told just before, by its name or its level alone: "A federal
    # appeals court … It set aside a lower court's ruling. … Judge X wrote" is not the
    # appeals judge's court)
    j = bisect.bisect_left(starts_of(refs), at) - 1
    prior = next(
        (
            r
            for r in (refs[i] for i in range(j, max(-1, j - 8), -1))
            if (r.court or r.level) and not r.lower
        ),
        None,
    )
    under_appeals = (top is not None and C.level_of(top) == C.LEVEL_APPEALS) or (
        top is None
        and prior is not None
        and (C.level_of(prior.court) if prior.court else prior.level) == C.LEVEL_APPEALS
    )

    def below_it(r: CourtRef) -> bool:
        return lower(r) and not (
            under_appeals and r.court is not None and C.level_of(r.court) == C.LEVEL_APPEALS
        )

    k = bisect.bisect_right(sentences, (at, sys.maxsize)) - 1
    idx = k if k >= 0 and sentences[k][0] <= at < sentences[k][1] else None
    if idx is not None:
        a, b = sentences[idx]
        same = [r for r in refs_between(refs, a, b) if below_it(r)]
        if same:
            return min(same, key=lambda r: abs(r.start - at)).court
        if idx + 1 < len(sentences):
            a, b = sentences[idx + 1]
            # ("overturns a lower court decision. The court underscored …": "the court"
            # after it is the reviewing court, not the one below)
            nxt = [r for r in refs_between(refs, a, b) if below_it(r) and not r.anaphoric]
            if nxt:
                return nxt[0].court
    # below a state's court of appeals (the reviewing court, else the last court named
    # before it) is that state's trial court, where courts-db has one id for it
    reviewing = top
    if reviewing is None:
        k = bisect.bisect_left(starts_of(refs), at) - 1
        last = next(
            (r for r in (refs[j] for j in range(k, max(-1, k - 8), -1)) if r.court and not r.lower),
            None,
        )
        reviewing = last.court if last is not None else None
    postal = _state_of_appeals_court(reviewing) if reviewing else None
    trial_court = C.state_trial_court(postal) if postal else None
    if trial_court:
        return trial_court
    below = lower_courts_of(refs, trial) if courts_below is None else frozenset(courts_below)
    if reviewing and C.is_state_high_court(reviewing) and not (below - {top, None}):
        # below the high court of a state with no court of appeals between, when the article
        # names no lower court of its own, stands that state's trial court
        direct = C.trial_court_below_high_court(reviewing)
        if direct:
            return direct
    below = lower_courts_of(refs, trial) if courts_below is None else frozenset(courts_below)
    courts = below - {top}
    if reviewing and C.level_of(reviewing) == C.LEVEL_APPEALS:
        # below a federal court of appeals (the last court told of) stands a trial court,
        # never that circuit nor another ("the full Eleventh Circuit … the lower court's
        # injunction … remains in effect": the district court's, whichever the page leaves
        # unnamed)
        courts = frozenset(c for c in courts if c and C.level_of(c) != C.LEVEL_APPEALS)
    if reviewing and C.is_state_high_court(reviewing):
        # below a state's court of last resort stand only state courts: a federal circuit
        # the page names elsewhere (another story: "a federal appeals court … Florida
        # law") is none ("The justices upheld a lower court ruling" — Kentucky's)
        courts = frozenset(c for c in courts if c and C.level_of(c) == C.LEVEL_STATE)
    return next(iter(courts)) if len(courts) == 1 else None


@cache
def _state_of_appeals_court(court: str) -> str | None:
    """The postal code of the state whose intermediate court of appeals ``court`` is."""
    return next((p for p in C.states() if C.state_appeals_court(p) == court), None)


_PLACE_WHERE = deferred(r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+where\s+$")


# The county a state trial court's phrase names: "a Kankakee County judge" → "Kankakee"
_COUNTY_WORDS = deferred(
    r"\b(?!(?:The|A|An|This|That|Its)\b)([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+County\b"
)


def _county_of(text: str, r: CourtRef) -> str | None:
    """The county named in the trial court phrase ``r``, or None."""
    m = _COUNTY_WORDS.search(text, r.start, r.end)
    return m.group(1) if m else None


def fill_courts(
    refs: list[CourtRef],
    window: int = 1500,
    text: str | None = None,
    quotes: list[tuple[int, int]] | None = None,
) -> list[CourtRef]:
    """Give court phrases without a court the court the discourse supplies.

    "the court"/"the district court"/"the panel" take the nearest compatible court or judge
    named before them ("the judge" prefers a judge); "a federal judge" the first compatible
    court or judge named after it (the article's "U.S. District Judge Leo Sorokin, based in
    Boston" that follows), else before it. An appeals court still without a court hears the
    appeals of the places its sentence names, else of the district court the article named
    (28 U.S.C. § 41): "an appeals court in October" after a ruling in Kansas → ca10. A
    court named inside a quotation (``quotes``, sorted spans) is the speaker's, not the
    narrative's: "“… the Supreme Court has recognized …,” the court ruled" is not the
    Supreme Court's ruling.
    """
    # (a CourtRefs keeps the starts for bisection; filling a court never moves a start, and
    # the courts below are kept up to date in ``below``, not in its cache)
    out = CourtRefs(refs)
    unknown = [k for k, o in enumerate(out) if o.court is None]
    sentences = sentence_spans(text) if text is not None else []
    embedded = _embedded(text, out) if text is not None else set()
    quoted = {k for k, o in enumerate(out) if in_quotes(o.start, quotes)} if quotes else set()
    # Only references within ``window`` of each other are compared: found by bisection.
    starts = [o.start for o in out]
    ordered = starts == sorted(starts)
    longest = max((o.end - o.start for o in out), default=0)
    # the courts that may be a court below, kept up to date as courts are filled in
    below: dict[bool, set[str | None]] = {True: set(), False: set()}

    def note(o: CourtRef) -> None:
        add_lower_court(below, o)

    for o in out:
        add_lower_court(below, o)

    judged: dict[str, str] = {}  # a judge's surname → the court filled in for that judge
    placed: dict[str, str] = {}  # a state trial judge's surname → the state filled in
    counties: dict[str, str] = {}  # a county court's place → the state filled in for it
    leads: list[int] = []  # judges described without a name whose court is still unknown
    dateline: str | None = None  # the dateline's federal district ("" for none), when asked
    # what the whole article says, asked once when first needed (never once per reference)
    memo: dict[str, object] = {}
    # "Judge Spencer Ludington" (named in full, no federal title, no judge of the table, which
    # holds every Article III judge in service): a state judge (or a magistrate, whom news
    # titles "U.S. Magistrate Judge"), never of a federal court named near him
    unlisted = _unlisted_judges(text, out) if text is not None else frozenset()
    for i, r in enumerate(out):
        if (
            r.trial
            and r.postal
            and r.place
            and text is not None
            and text.startswith(r.place + " County", r.start + text[r.start : r.end].find(r.place))
        ):
            # "A Montgomery County judge" in a story that names Maryland only: the county's
            # name is no city's (Montgomery, Ala.); the dateline's state wins ("DECATUR,
            # Ill. — A Macon County judge …" is no Georgia court), else the one state the
            # article names
            other = _dateline_postal(text) or _only_state_named(text)
            if other and other != r.postal:
                out[i] = r = replace(r, postal=other, court=C.state_trial_court(other))
            elif other is None and C.county_states(r.place or "") and _no_state_named(text):
                # "The state Supreme Court has barred a Montgomery County judge …" on a page
                # that names no state at all: a county name several states share says no
                # state (there are Montgomery Counties in eighteen), so the state is unknown,
                # not Alabama ("Los Angeles County" is California's alone)
                out[i] = r = replace(r, postal=None, court=None)
        if r.trial and r.postal and text is not None and (county := _county_of(text, r)):
            counties.setdefault(county, r.postal)
        if (
            r.role == "judge"
            and r.judge is None
            and r.place
            and not r.federal
            and r.court
            and text is not None
            and C.level_of(r.court) == C.LEVEL_DISTRICT
            and (_reviewed_by_own_high_court(text, out, i) or _state_judge_named_next(text, out, i))
        ):
            # "The Montana Supreme Court on Wednesday upheld a Missoula judge's decision": a
            # state trial judge (the state's trial court where courts-db has one id), not the
            # federal district of the city
            postal = C.postal_of_court(r.court)
            out[i] = r = replace(r, court=C.state_trial_court(postal or ""), trial=True)
        surname = r.judge if r.role == "judge" else None
        if surname:
            if r.court is None and surname in judged:
                # "Alsup's order" after "That judge, William Alsup," whose court the
                # discourse gave: the same judge's court
                out[i] = r = replace(r, court=judged[surname])
            if r.court is not None:
                judged.setdefault(surname, r.court)
            elif r.trial and r.postal is None and surname in placed:
                # "Rubin's ruling came in an adoption case … married in California": the
                # state of the trial judge named before, not a state the sentence names
                out[i] = r = replace(r, postal=placed[surname])
        if r.court is not None:
            continue
        if (
            text is not None
            and r.role == "court"
            and text[r.start - 8 : r.start] == ", where "
            and (pw := _PLACE_WHERE.search(text, max(0, r.start - 40), r.start))
            and C._fold(pw.group("place")) in C.state_by_name()
        ):
            # "Tennessee, where the court held …; New York, where the court …": a list of
            # places, each with its own court the list does not name — never the court
            # named before it
            continue
        if r.state_appeals:
            # "a state appeals court ruled Thursday" in a story about New Jersey: that
            # state's court of appeals, where courts-db has one id (else it stays unknown)
            postal = r.postal
            if postal is None and text is not None and ordered:
                para = text.rfind("\n", 0, r.start) + 1
                postal = _state_named_before(
                    text, out, r.start, reach=r.start - para, upto=i, strict=True
                ) or _state_named_before(text, out, r.start, upto=i)
            if postal is None and text is not None:
                postal = _outlet_postal(text)  # "a state appeals court" in a local paper
            court = C.state_appeals_court(postal) if postal else None
            if court:
                out[i] = replace(r, court=court, postal=postal)
                note(out[i])
            continue
        if r.high and text is not None:
            postal = (
                _state_named_before(text, out, r.start, upto=i)
                if ordered
                else _state_named_before(text, sorted(out[:i], key=lambda o: o.start), r.start)
            )
            if postal is None and not r.criminal:
                # "HARRISBURG – The state Supreme Court on Oct. 18 said …": the dateline's
                # state, else the one state the whole article names
                postal = _dateline_postal(text) or _only_state_named(text)
                if postal is None:
                    # "The state Supreme Court" in a local paper that names no state: the
                    # outlet's own
                    postal = _outlet_postal(text)
            court = C.state_high_court(postal, criminal=r.criminal) if postal else None
            if postal == "NY" and "Supreme" in text[r.start : r.end]:
                # "the state Supreme Court in Manhattan": New York's trial court; its highest
                # court is the Court of Appeals
                court = C.state_trial_court(postal)
            if court:
                out[i] = replace(r, court=court, postal=postal)
                note(out[i])
            continue
        if r.trial and text is not None and r.postal is None:
            # "A Cook County Circuit Court judge" in an article about Illinois: that state's
            # trial court (where courts-db has one); a county's name alone names no state.
            # The paragraph's own state first ("A Cook County judge ruled … The Illinois
            # Supreme Court reversed"), else the state named before it
            para = text.rfind("\n", 0, r.start) + 1
            para_end = text.find("\n", r.end)
            # (twenty-fifth session, census30 P12: "a Kankakee County judge's opinion … The
            # Kankakee County judge's ruling": the county placed before, whatever state the
            # sentences between name)
            county = _county_of(text, r)
            postal = counties.get(county) if county else None
            if postal is None and ordered:
                postal = _state_named_before(
                    text, out, r.start, reach=r.start - para, upto=i, strict=True
                )
            if postal is None:
                postal = state_named_in(text, r.end, para_end if para_end >= 0 else len(text))
            if postal is None:
                postal = (
                    _state_named_before(text, out, r.start, upto=i)
                    if ordered
                    else _state_named_before(text, sorted(out[:i], key=lambda o: o.start), r.start)
                )
            if postal is None:
                # "TALLAHASSEE, Fla. – A Leon County circuit judge …": the dateline's state
                postal = _dateline_postal(text)
            if postal is None:
                # "A Dane County circuit court judge struck down … Wisconsin Attorney General
                # J.B. Van Hollen said …": the one state the whole article names
                postal = _only_state_named(text)
            if postal is None:
                # "… a judge ruled Friday in downtown Oakland. Alameda Superior Court Judge
                # Robert Freedman wrote …": the state of the cities the article names, when
                # they all lie in one state
                postal = _only_city_state(text)
            if postal is None:
                postal = _outlet_postal(text)  # a local paper's county judge: its state's
            court = C.state_trial_court(postal) if postal else None
            if postal and surname:
                placed.setdefault(surname, postal)
            if postal and county:
                counties.setdefault(county, postal)
            if court:
                out[i] = replace(r, court=court, postal=postal)
                note(out[i])
                if surname:
                    # "Dane County Circuit Judge Juan Colas … Colas ruled": the same judge
                    judged.setdefault(surname, court)
                continue
            if postal:
                # "In Texas, a Travis County district judge": that state's trial court, which
                # has no single id; never another state's court named before
                out[i] = replace(r, postal=postal)
                continue
        if (
            r.role == "judge"
            and r.generic
            and r.level == C.LEVEL_STATE
            and r.judge is None
            and r.place is None
            and r.postal is None
            and not (r.federal or r.anaphoric or r.lower)
            and text is not None
        ):
            # "A state district court judge on Thursday struck …", "a state judge blocked …"
            # in a local outlet's story: the trial court of the article's state (its
            # dateline's, the one it names, else the outlet's) where courts-db has one id for
            # it. (Asked only of a local outlet's story: elsewhere the references around it
            # say which court, as they did before.)
            # ("COLUMBUS, Ohio (AP) — A state judge blocked …": a wire story's dateline, or the
            # one state its whole text names, says which state too, as it does for "the state
            # Supreme Court")
            outlet = _outlet_postal(text)
            postal = _dateline_postal(text) or _only_state_named(text) or outlet
            court = C.state_trial_court(postal) if postal else None
            if court:
                out[i] = replace(r, court=court, postal=postal, trial=True)
                note(out[i])
                continue
        if r.lower:
            trial = _trial_judge(text, r)
            # "the 5th Circuit upheld the lower court's injunction": the court the sentence
            # named just before is the one reviewing, never the court below
            prev = out[i - 1] if i > 0 else None
            top = (
                prev.court
                if prev is not None
                and text is not None
                and 0 <= r.start - prev.end < 200
                and not re.search(r"[.!?;]\s", text[prev.end : r.start])
                else None
            )
            court = (
                lower_court(
                    out, r.start, sentences, top=top, trial=trial, courts_below=below[trial]
                )
                if sentences
                else None
            )
            if court:
                out[i] = replace(r, court=court, level=C.level_of(court))
                note(out[i])
            continue
        unlisted_r = bool(unlisted) and i in unlisted
        lo = bisect.bisect_left(starts, r.start - window - longest) if ordered else 0
        hi = bisect.bisect_left(starts, r.end + window) if ordered else len(out)
        # "Judge Christine Weems ruled" after "The Texas Supreme Court … granted": a judge
        # titled "Judge" sits on no state court of last resort whose members are justices,
        # unless that court is told of in her sentence or the one before ("The Montana
        # Supreme Court on Wednesday upheld … In a nearly unanimous ruling penned by Judge
        # Beth Baker": a justice the paper titles judge)
        # (the three tests below are asked only of a candidate that passed the others: a
        # judge's name is in most references, and most have their court already)
        lazy: dict[str, int] = {}
        titled: Callable[[], int] = _zero
        judge_after: Callable[[], int] = _zero
        judge_before: Callable[[], int] = _zero
        if r.judge:
            titled = functools.partial(_titled_judge, text, out, r, sentences)
            judge_after = functools.partial(_judge_named, out, r, range(i + 1, max(hi, i + 1)))
            judge_before = functools.partial(_judge_named, out, r, range(i - 1, lo - 1, -1))

        # "In a nearly unanimous ruling penned by Judge Beth Baker": a judge writing for a
        # bench sits on a court of appeals or of last resort, never the trial court before
        cr = (
            replace(r, bench=True)
            if r.judge
            and text is not None
            and text.endswith(" by ", 0, r.start)
            and _BENCH_AUTHOR.search(text, max(0, r.start - 70), r.start)
            else r
        )
        # the compatible references before it, nearest first, and after it (read lazily:
        # only the first one or two are wanted)
        before = (
            o
            for k, o in ((k, out[k]) for k in range(i - 1, lo - 1, -1))
            if r.start - o.end < window
            and _compatible(cr, o)
            and k not in embedded
            and (k not in quoted or i in quoted)
            and not (r.judge and _justices_court(o.court) and _once(lazy, "titled", titled))
            # nor, for a judge named by name, a court named at or after another judge's name
            # ("District Judge Jean-Paul Boulee of the Northern District of Georgia … District
            # Judge Burke, who had issued the preliminary injunction": not Boulee's court)
            and not (r.judge and o.start >= _once(lazy, "before", judge_before))
            # "another Texas judge" is not the judge named before; "a different panel" is
            # still a panel of the court of appeals named before
            and not (r.distinct and r.role != "panel")
            and not (unlisted_r and C.level_of(o.court or "") != C.LEVEL_STATE)
            # "the court" is not where it is appealed, nor is "Judge John Cooper" a judge of
            # the court the case is expected to reach
            and not ((r.anaphoric or r.judge or r.generic) and o.destination)
            # nor the court below the one told of ("… overturns a lower court decision. The
            # court underscored …")
            and not (r.anaphoric and o.lower and r.role == "court")
            # nor the court of a ruling the article dates back to ("sparked by the June 2022
            # U.S. Supreme Court ruling striking down Roe … The court ruled that …")
            and not (r.anaphoric and text is not None and _recalled_owner(text, o))
            # "Justice Alito said the trial court's injunction was too broad. The court's
            # decision …": a court below that a higher court's sentence speaks of is not
            # what "the court" after it means
            and not (r.anaphoric and r.level is None and _spoken_of(out, k, sentences))
            # "Now, they've permanently stayed the district court's TRO … In doing so, the
            # court observed": the court whose ruling was stayed is not "the court" after it
            and not (
                r.anaphoric
                and r.level is None
                and r.role == "court"
                and text is not None
                and _owner_reviewed(text, o)
            )
        )
        after = (
            o
            for k, o in ((k, out[k]) for k in range(i + 1, max(hi, i + 1)))
            if o.start - r.end < window
            and _compatible(cr, o)
            and k not in embedded
            and (k not in quoted or i in quoted)
            and not (r.judge and _justices_court(o.court) and _once(lazy, "titled", titled))
            # "A federal appeals court ruled … The Senate confirmed him as a judge on the 3rd
            # Circuit": a court someone is named to, or a case is taken to, has not ruled
            and not (r.generic and o.destination)
            and not (unlisted_r and C.level_of(o.court or "") != C.LEVEL_STATE)
            # "A second federal judge blocked … Earlier, a judge in Rhode Island had
            # issued …": a judge described without a name is another judge
            and not (o.role == "judge" and o.judge is None and not o.anaphoric)
            # a heading's or a caption's court is the court of what comes after it, never of
            # a court phrase before it (the next post's caption in a roundup)
            and not o.anchor
            # a judge named by name takes a court named after only close by ("Judge X …
            # of the Y court"), never one paragraphs on
            and not (r.judge and o.start - r.end >= 300)
            # nor one named after another judge's name ("Judge Burke's preliminary
            # injunction … joined by District Judge Jean-Paul Boulee of the Northern District
            # of Georgia": Boulee's court, not Burke's)
            and not (r.judge and o.start >= _once(lazy, "after", judge_after))
            # "… after a trial court issued an injunction … A three-judge court in the Western
            # District of Louisiana enjoined …": a court a later sentence brings in with an
            # indefinite article is another court, never the indefinite one before it
            and not (
                r.generic
                and text is not None
                and "." in text[r.end : o.start]
                and _NEW_COURT_BEFORE.search(text, max(0, o.start - 50), o.start) is not None
            )
        )
        pick: CourtRef | None
        if r.anaphoric:
            # "the judge": the nearest judge before it, else the nearest compatible reference
            first: CourtRef | None = None
            pick = None
            cited: CourtRef | None = None
            hoped: CourtRef | None = None
            for o in before:
                if (
                    cited is None
                    and r.role == "court"
                    and r.level is None
                    and text is not None
                    and _CITED_AFTER.match(text, o.end)
                ):
                    # "Citing the Supreme Court's decision in Loper Bright …, the court
                    # found": a court whose ruling is cited by its case is a precedent, not
                    # the court the story follows (that one only when no other came before)
                    cited = o
                    continue
                if (
                    r.role == "court"
                    and text is not None
                    and o.role == "court"
                    and _NO_RULING_AFTER.match(text, o.end)
                ):
                    # "… why Supreme Court intervention is necessary. …, the Court issued a
                    # decision": a court hoped for has not ruled (only when no other came)
                    hoped = hoped or o
                    continue
                first = first or o
                if r.role != "judge" or o.role == r.role:
                    pick = o if r.role == "judge" else first
                    break
            pick = pick or first or cited or hoped
            if pick is not None and r.role == "judge" and text is not None:
                # "a judge in Montgomery County ruled … The judge's order": the judge last
                # named, even when no court is known for that judge (then none)
                last_judge = next(
                    (o for o in (out[k] for k in range(i - 1, lo - 1, -1))
                     if o.role == "judge" and o.end <= r.start and not o.lower),
                    None,
                )  # fmt: skip
                if (
                    last_judge is not None
                    and last_judge.court is None
                    and (last_judge.start > pick.start)
                ):
                    pick = None
            if pick is not None and r.role == "court" and r.level is None:
                # "A U.S. federal appeals court ruled … The court's decision …": the court
                # last told of, even when its court is unknown (then none), never an older
                # court named before it (" … a potential Supreme Court review")
                last_court = next(
                    (o for o in (out[k] for k in range(i - 1, lo - 1, -1))
                     if o.end <= r.start and o.role == "court" and not o.destination
                     and not (text is not None and _reviewed_below(text, o))
                     # (nor the court whose order the reviewing court stayed: the owner)
                     and not (text is not None and _owner_reviewed(text, o))),
                    None,
                )  # fmt: skip
                if (
                    last_court is not None
                    and last_court.court is None
                    and last_court.generic
                    and last_court.start > pick.start
                ):
                    pick = None
            if (
                pick is not None
                and r.role == "court"
                and r.level is None
                and text is not None
                and pick.court == "scotus"
                and _BACKGROUND_BEFORE.search(text, max(0, pick.start - 12), pick.start)
                and any(
                    o.role == "judge" and o.judge and o.court is None
                    for o in (out[k] for k in range(i - 1, lo - 1, -1))
                    if pick.end <= o.start and o.end <= r.start
                )
            ):
                # "… following the Supreme Court's decision to overrule Roe v. Wade. New
                # Orleans Judge Ethel Julien then sent the case … criticized the court's
                # decision": the Supreme Court recalled as background is not the court the
                # story follows since, through judges whose court is unknown (then none)
                pick = None
            if (
                r.role == "court"
                and r.level is None
                and text is not None
                and i not in quoted
                and text.startswith("the Court", r.start)
                and r.end - r.start == 9
            ):
                # "It may set up the High Court to further refine its framework. In an 8-1
                # ruling, the Court upheld the federal gun ban": "the Court" capitalised in
                # the middle of a sentence is the U.S. Supreme Court when it is the last court
                # of last resort told of (a circuit named since is not it)
                high = next(
                    (
                        o
                        for o in (out[k] for k in range(i - 1, lo - 1, -1))
                        if o.end <= r.start
                        and o.court
                        and not o.destination
                        and not _AS_MODIFIER.match(text, o.end)
                        and (o.court == "scotus" or C.is_state_high_court(o.court))
                        # ("why Supreme Court intervention is necessary": the court hoped
                        # for, no court that ruled)
                        and not _NO_RULING_AFTER.match(text, o.end)
                    ),
                    None,
                )
                if high is not None and high.court == "scotus":
                    pick = high
            if pick is None and r.role == "judge" and first is None:
                # "The judge in Ripple's case has denied … US District Judge Analisa Torres
                # determined": a lead that names its judge only after, and no judge before
                pick = next((o for o in after if o.role == "judge"), None)
        elif text is not None and _JURY.search(text, r.start, r.end):
            # "A federal jury found him guilty": the trial of the judge the article told of,
            # before the court it names next
            pick = next(before, None) or next(after, None)
        elif text is not None and r.generic and _INDEFINITE.match(text, r.start):
            # "A federal judge ordered …", "a federal appeals court halted …": an indefinite
            # court is a new one. The states its sentence names decide an appeals court's
            # circuit first ("… troops in Illinois … a federal appeals court" → ca7); else
            # the court named after it; before it only a court named as such, never another
            # judge or another indefinite court ("Judge Allison Burroughs issued … A federal
            # judge ordered the White House …" is not her court), nor what they stood for
            pick = None
            if not r.federal and _in_federal_court(text, sentences, r.start):
                # "In federal court Thursday in El Dorado, a judge sentenced Hesterly": a
                # federal judge, never the state court of the county judge sentenced
                r = replace(r, federal=True)
            if (
                r.level == C.LEVEL_APPEALS
                and r.role != "justices"
                and (r.federal or not _state_appeals_page(out, i))
            ):
                k = bisect.bisect_right(sentences, (r.start, sys.maxsize)) - 1
                s0, s1 = sentences[k] if k >= 0 and r.start < sentences[k][1] else (0, 0)
                own = circuit_from_sentence(text[s0:s1], r)
                if own:
                    pick = replace(r, court=own)
            if pick is None and r.level == C.LEVEL_DISTRICT and r.place is None:
                # "DES MOINES, Iowa — A federal judge has struck down …" opening a paragraph
                # of a digest page: that paragraph's own dateline, not the court the next
                # brief names
                own = _paragraph_dateline_district(text, r.start)
                if own:
                    pick = replace(r, court=own)
            if (
                pick is None
                and r.role == "judge"
                and not r.federal
                and _unlisted_next(out, i, unlisted)
            ):
                # "A judge today allowed a lawsuit … Judge Spencer Ludington denied …": the
                # lead's judge is the one named next, a judge of no federal court (none)
                pass
            else:
                pick = (
                    pick
                    or next(after, None)
                    or next(
                        (o for o in before if not (o.generic or o.anaphoric or o.judge or o.lower)),
                        None,
                    )
                )
        else:
            pick = next(after, None) or next(before, None)
        court = pick.court if pick is not None else None
        if (
            court is not None
            and pick is not None
            and (r.judge or r.anaphoric)
            and text is not None
            and _other_state_paragraph(text, pick, r, court)
        ):
            # "… Idaho's law (Hecox v. Little) …\nIn May, Tennessee enacted a law … U.S.
            # District Judge Aleta Trauger issued an injunction": a judge named in a later
            # paragraph about another state is not a judge of the district named in another
            court = None
        if (
            court is None
            and r.level == C.LEVEL_APPEALS
            and r.role == "judge"
            and r.judge
            and not r.federal
            and (trial_court := _memo(memo, "title", lambda: _circuit_title_trial_court(out)))[0]
        ):
            # "A Pulaski County circuit judge on Tuesday granted … Circuit Judge Mary McGowan
            # issued the ruling": a circuit judge the federal table does not know, in a story
            # about a state's circuit court that names no federal court of appeals, is that
            # court's judge (its id where the story names one), never the state's circuit
            court = trial_court[1]
        elif court is None and r.level == C.LEVEL_APPEALS and r.role != "justices":
            if text is not None:
                k = bisect.bisect_right(sentences, (r.start, sys.maxsize)) - 1
                s0, s1 = sentences[k] if k >= 0 and r.start < sentences[k][1] else (0, 0)
                court = circuit_from_sentence(text[s0:s1], r)
            court = court or _circuit_of_district(out, i)
            if court is None and r.federal and text is not None:
                # "NEW ORLEANS (AP) — A federal appeals court on Friday …" in a story that
                # names no court it hears appeals from: the circuit of the dateline's state
                # (never Washington's: the national desk's)
                postal = _dateline_postal(text)
                st = C.states().get(postal) if postal else None
                court = st.circuit if st and st.circuit else None
            if (
                court is None
                and text is not None
                and r.generic
                and not r.state_appeals
                and not r.lower
                and _APPEALS_WORD.search(text, r.start, r.end) is not None
                and _RULING_NOUN_AFTER.match(text, r.end) is not None
            ):
                # (only "an appeals court ruling/decision" the justices left standing, never
                # "an appeals court had not been asked"; "a lower-court ruling" below the
                # justices may be the trial court's)
                court = _circuit_the_justices_reviewed(text, sentences, out, i, memo)
        if court is None and r.level == C.LEVEL_DISTRICT and r.anaphoric:
            court = _district_of_circuit(out, i) or (
                _memo(memo, "district", lambda: _district_of_the_states_circuit(text, out))
                if text is not None
                else None
            )
            if court is None and text is not None:
                # (the spans are the references' own: filling a court moves none)
                spans = _memo(memo, "spans", lambda: tuple((o.start, o.end) for o in out))
                court = _district_of_circuit(out, i, text, spans)
                if court is not None:
                    # (a guess from the article's cities: a link of its own, never the
                    # ruling a back-reference after it points to)
                    out[i] = r = replace(r, guessed=True)
        if (
            court is None
            and r.role == "judge"
            and r.judge
            and text is not None
            and _CIRCUIT_COURT_JUDGE.match(text, r.start, r.end)
            # (not "Miami-Dade Circuit Court Judge …", a county's)
            and not _NAME_BEFORE.search(text, max(0, r.start - 30), r.start)
        ):
            court = _circuit_judge_court(out, i)
        reviewed = (
            _reviewing_high_court(text, out, i)
            if court is None
            and text is not None
            and not r.federal
            and (r.generic or r.anaphoric)
            and r.judge is None
            and (r.role == "judge" or r.level == C.LEVEL_DISTRICT)
            else None
        )
        if reviewed is not None:
            # "The Arkansas Supreme Court … upheld …, rejecting a judge's ruling", "The state
            # Supreme Court announced it would review July's trial court ruling": the trial
            # court of that state (where courts-db has one id for it, else none), never the
            # dateline's federal district
            court = C.state_trial_court(reviewed)
        elif (
            court is None
            and r.generic
            and r.role == "judge"
            and r.postal
            and not r.federal
            and r.place
            and C._fold(r.place) in C.state_by_name()
        ):
            # "An Arkansas judge has blocked …" (no "federal", no court named for it): that
            # state's trial court where courts-db has one id, never the dateline's district
            court = C.courts_db_trial_court(r.postal)
        elif (
            court is None
            and r.generic
            and r.level == C.LEVEL_DISTRICT
            and text is not None
            and (r.federal or not _JURY.search(text, r.start, r.end))
        ):
            # "ATLANTA — A federal judge on Wednesday dismissed …": the dateline's district,
            # when the article names no court the judge could be (not "A jury has found …"
            # under a dateline: a state court's jury as often as a federal one)
            if dateline is None:
                dateline = _dateline_district(text) or ""
            court = dateline or (_district_of_only_state(text) if r.federal else None)
            if (
                r.federal
                and text[max(0, r.start - 8) : r.start] == ", where "
                and (pw := _PLACE_WHERE.search(text, max(0, r.start - 40), r.start))
                and (pl := C.resolve_place(pw.group("place"))) is not None
                and pl.postal
            ):
                # "DENVER — … watching Utah, where a federal judge on Tuesday blocked …": the
                # place the clause is told of, its district where it has one, never the
                # dateline's
                court = pl.district
            if court and dateline and i > 0 and _reviewed_in_sentence(text, out[i - 1], r):
                # "CHICAGO – … after the 7th Circuit stayed an injunction a district court
                # entered": the court below an appeal sits anywhere in the circuit; the
                # dateline is where the news was written, not where that court sits
                court = None
            if court and dateline and _REPORTED_BEFORE.search(text, max(0, r.start - 60), r.start):
                # "Houston, TX – Harris County Attorney … announced today that a federal judge
                # has temporarily blocked …": a ruling reported by a party speaks from the
                # party's city, not the court's
                court = None
        elif (
            court is None
            and r.role == "judge"
            and r.judge
            and r.level == C.LEVEL_DISTRICT
            and text is not None
            and _FEDERAL_JUDGE.search(text, r.start, r.end)
        ):
            # "U.S. District Judge Alfred Covello" (not in the judges' table) in a story about
            # one state's law: that state's court, when the state has one district
            court = _district_of_only_state(text)
            if court is None and not _REPORTED_BEFORE.search(text, max(0, r.start - 60), r.start):
                # "PORTLAND, Ore. (AP) — … U.S. District Judge Jane Roe" (a judge the table,
                # as of its date, does not hold): the dateline's district, as "a federal judge"
                # under it is given
                if dateline is None:
                    dateline = _dateline_district(text) or ""
                court = dateline or None
        if (
            court is None
            and r.level == C.LEVEL_STATE
            and r.role == "court"
            and r.postal
            and r.judge is None
            and text is not None
            and _kept_by_supreme_court(text, out, i)
        ):
            # "The Supreme Court on Thursday divided 4-4 … The outcome keeps in place an
            # Oklahoma court decision that …": the state court whose decision the Supreme
            # Court reviews is that state's court of last resort (when the article names no
            # court of that state to be the one meant); a court below, which no "the court"
            # after it means ("The one-sentence notice from the court" is the Supreme Court's)
            court = C.state_high_court(r.postal)
            if court is not None:
                out[i] = r = replace(r, lower=True)
        if court is not None:
            out[i] = replace(r, court=court)
            note(out[i])
            if r.role == "judge" and r.judge:
                judged.setdefault(r.judge, court)
        elif r.role == "judge" and r.generic and r.judge is None and not r.distinct:
            leads.append(i)
    if text is not None and unlisted:
        _unlisted_judges_of_state_cases(text, out, unlisted)
    for i in leads:
        _lead_named_next(out, i, unlisted, text)
    if text is not None:
        _judges_of_courts_after(text, out, unknown)
        _courts_of_states_opening(text, out, frozenset(unknown))
        _appeals_of_a_state_trial_court(out)
    guesses = {o.court for o in out if o.guessed}
    if guesses:
        # "the district court" after the one placed by a guess holds the same guess
        for i, o in enumerate(out):
            if o.court in guesses and (o.anaphoric or o.generic) and not o.guessed:
                out[i] = replace(o, guessed=True)
    return out


def _appeals_of_a_state_trial_court(out: list[CourtRef]) -> None:
    """ "An appeals court ruling could allow the measure … prompting a Superior Court judge to
    issue a restraining order": an appeals court with no court of its own, in a story whose
    only courts are one state's trial court (and that state's own higher courts), no federal
    court named, hears that trial court's appeals: the state's intermediate court of appeals
    (where courts-db has one id for it; else none)."""
    todo = [
        i
        for i, o in enumerate(out)
        if o.court is None
        and o.level == C.LEVEL_APPEALS
        and o.role == "court"
        and not o.federal
        and not o.anaphoric
    ]
    if not todo or any(o.federal for o in out):
        return
    trial = {(o.court, o.postal) for o in out if o.court and o.trial and o.postal}
    if len(trial) != 1:
        return
    (trial_court, postal), *_ = trial
    appeals = C.state_appeals_court(postal) if postal else None
    if appeals is None:
        return
    own = {trial_court, appeals, C.state_high_court(postal or "")}
    if any(o.court and o.court not in own for o in out):
        return  # a federal court, or another state's
    for i in todo:
        out[i] = replace(out[i], court=appeals, postal=postal)


# "In Indiana, a court found …", "In Idaho, the court held …": a sentence opening on a
# state, then a bare court (a state-by-state roundup of rulings on states' constitutions)
_STATE_OPENING = deferred(
    r"(?:^|(?<=[.!?\n]))[\s\"“]*In\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s*$"
)
_BARE_COURT = deferred(r"(?:[Aa]|[Tt]he)\s+court$")
_BARE_JUSTICES = deferred(r"(?:[Tt]he\s+)?justices$")
# a sentence that tells of a court below the state's highest: the bare court may be that one
_BELOW_WORDS = deferred(
    r"\b(?:judges?|county|district|trial|appeals|appellate|circuit|federal|magistrate|jury)\b",
    re.IGNORECASE,
)


def _courts_of_states_opening(text: str, out: list[CourtRef], unknown: frozenset[int]) -> None:
    """A bare "a court"/"the court" still without a court, or "the justices", in a sentence that
    opens on a state ("In Indiana, a court found that the state constitution …", "In Kansas,
    the justices ruled …"), is that state's court of last resort, unless the sentence speaks
    of a judge, a county, a district, a trial or an appeals court, or a federal court (then
    the court may be a lower one, and stays unknown). The
    state named at the sentence's opening outweighs a court the discourse gave it from
    before (the U.S. Supreme Court of the article's lede)."""
    by_name = {st.name: st for st in C.states().values()}
    for i, r in enumerate(out):
        if r.role == "justices":
            # "In Kansas, the justices ruled …": that state's bench, not the U.S. Supreme
            # Court a bare "the justices" is taken for
            if r.court not in (None, "scotus") or r.place or r.judge:
                continue
            if not _BARE_JUSTICES.fullmatch(text[r.start : r.end]):
                continue
        else:
            if i not in unknown or r.role != "court" or r.federal or r.lower or r.trial:
                continue
            if r.level not in (None, C.LEVEL_STATE) or r.state_appeals:
                continue
            if not _BARE_COURT.fullmatch(text[r.start : r.end]):
                continue
        m = _STATE_OPENING.search(text, max(0, r.start - 40), r.start)
        if m is None:
            continue
        st = by_name.get(m.group("state"))
        if st is None or st.name in ("Washington", "District of Columbia"):
            continue
        end = text.find(".", r.end)
        if _BELOW_WORDS.search(text, m.start(), end if end >= 0 else len(text)):
            continue
        court = C.state_high_court(st.postal)
        if court and court != r.court:
            out[i] = replace(r, court=court, guessed=False)


# "The decision leaves intact an appellate court ruling …": a court named only as the author
# of the ruling a reviewing court left or set aside (TBA Law Blog, 2014)
_LEFT_BEFORE = deferred(
    r"(?:\b(?:leaves?|left|leaving)\s+(?:intact|in\s+place|standing)|\b(?:upheld|affirmed|"
    r"reversed|overturned|vacated|reinstated|let\s+stand|lets\s+stand))\s+(?:(?:an?|the)\s+)?$"
)
_NOUN_AFTER = deferred(r"\s+(?:ruling|decision|order|judgment)s?\b")


# "… stayed the district court's TRO": a court named as the owner of the ruling a reviewing
# act is done to (its possessive, then the ruling)
_OWNED_RULING = deferred(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:TRO|injunction|order|ruling|decision|judgment)s?\b"
)
_REVIEWED_OWNER = deferred(
    r"\b(?:upheld|affirmed|reversed|overturned|vacated|reinstated|stayed|blocked|halted|"
    r"paused|lifted|dissolved|froze)\s+(?:the\s+)?$"
    # ("granted a stay pending appeal of a district court's discovery order … The Court
    # emphasized": a stay of a court's order is the reviewing court's act)
    r"|\bstay\s+(?:pending\s+appeal\s+)?of\s+(?:the\s+|a\s+)?$"
)


_JUDGE_OF = deferred(r"\s+(?:from|of|on|at)\s+(?:the\s+)?")


def _judges_of_courts_after(text: str, out: list[CourtRef], unknown: list[int]) -> None:
    """ "struck down by Judge Robert Smith of Fulton County Superior Court": a judge whose
    court the discourse filled in (the phrase's court was still unknown when the appositive
    clean-up ran) holds the court named right after the name, and so do the later bare
    surnames given the same court from that name."""
    for i in unknown:
        r = out[i]
        if r.role != "judge" or not r.judge or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        if (
            nxt.role != "court"
            or not nxt.court
            or nxt.court == r.court
            or nxt.guessed
            or nxt.anaphoric
            or nxt.destination
            or not _JUDGE_OF.fullmatch(text, r.end, nxt.start)
        ):
            continue
        old, new = r.court, nxt.court
        for j in unknown:
            o = out[j]
            if j >= i and o.role == "judge" and o.judge == r.judge and o.court == old:
                out[j] = replace(o, court=new, level=C.level_of(new))


def _owner_reviewed(text: str, o: CourtRef) -> bool:
    """Whether the court phrase ``o`` is named as the owner of a ruling a reviewing court
    acts on ("they've permanently stayed the district court's TRO … In doing so, the court
    observed"): the court below, not the court "the court" after it means."""
    return (
        _OWNED_RULING.match(text, o.end) is not None
        and _REVIEWED_OWNER.search(text, max(0, o.start - 30), o.start) is not None
    )


def _reviewed_below(text: str, o: CourtRef) -> bool:
    """Whether the court phrase ``o`` only names the author of a ruling a reviewing court
    left in place or set aside ("leaves intact an appellate court ruling"): not the court the
    story follows, so "the court" after it may still mean the reviewing court."""
    return (
        o.generic
        and _NOUN_AFTER.match(text, o.end) is not None
        and _LEFT_BEFORE.search(text, max(0, o.start - 40), o.start) is not None
    )


def _state_appeals_page(refs: list[CourtRef], i: int) -> bool:
    """Whether the courts named before ``refs[i]`` include a state's court of appeals and no
    federal court of appeals: "A unanimous panel upheld a ruling … a Charlotte-area company"
    on a page of the N.C. Court of Appeals' opinions is that court's panel, not the circuit of
    the parties' city."""
    state = False
    for o in refs[:i]:
        if o.court is None:
            continue
        if C.level_of(o.court) == C.LEVEL_APPEALS:
            return False
        state = state or _state_appellate(o.court)
    return state


def _reviewed_in_sentence(text: str, prev: CourtRef, r: CourtRef) -> bool:
    """Whether ``prev``, a court of appeals, is named just before ``r`` in its sentence."""
    return bool(
        prev.court
        and C.level_of(prev.court) == C.LEVEL_APPEALS
        and 0 <= r.start - prev.end < 200
        and not re.search(r"[.!?;]\s", text[prev.end : r.start])
    )


def _lead_named_next(
    out: list[CourtRef], i: int, unlisted: frozenset[int], text: str | None = None
) -> None:
    """ "A judge has issued a temporary restraining order … Effingham County Judge Joshua
    Morrison issued the order Friday": a lead's judge described without a name or court is
    the judge the next sentences name, with the court the discourse gave that judge (filled
    after the lead, so asked again once every court is filled in). Only the first
    reference after it with a court, a named judge close by."""
    r = out[i]
    same: list[int] = []  # "the same judge" between them, with no court of its own
    for k in range(i + 1, len(out)):
        o = out[k]
        if k in unlisted and o.court is None:
            return  # (a judge of no federal court named next is the lead's: none)
        if o.start - r.end >= _LEAD_REACH and (
            # (census42 P10) "A judge has blocked … the same judge ruled …" and the judge
            # named paragraphs later: only "the (same) judge" told between them reaches on
            len(same) < k - i - 1 or o.start - r.end >= _LEAD_FAR
        ):
            return
        if o.court is None:
            if o.role == "judge" and o.anaphoric and not o.distinct and o.judge is None:
                same.append(k)
            continue
        if (
            o.role == "judge"
            and o.judge
            and _compatible(r, o)
            and not (text is not None and _other_state_told(text, r.start, o.court))
        ):
            out[i] = replace(r, court=o.court)
            for j in same:
                out[j] = replace(out[j], court=o.court)
        return


_LEAD_REACH = 600
_LEAD_FAR = 1500  # with only "the (same) judge" between the lead and the judge named


@cache
def _state_names() -> re.Pattern[str]:
    names = sorted((st.name for st in C.states().values()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@cache
def _court_postal(court: str) -> str | None:
    """The state a court sits in: a federal district's, a state's court of last resort, its
    trial court or its court of appeals (None for a court of appeals or the Supreme Court)."""
    postal = C.postal_of_court(court) or C.state_of_high_court(court)
    if postal:
        return postal
    for p in C.states():
        if court in (C.state_trial_court(p), C.state_appeals_court(p)):
            return p
    return None


def _other_state_told(text: str, at: int, court: str) -> bool:
    """Whether the sentence of ``at`` names a state and none of them is the state ``court``
    sits in: "Oregon lawmakers weigh a judge's March 3 ruling … Now it is Vermont's turn after
    Judge X declared …" — the first judge is no Vermont judge."""
    postal = _court_postal(court)
    if postal is None:
        return False
    a = sentence_start(text, at)
    b = text.find(". ", at)
    named = {
        st.postal
        for mm in _state_names().finditer(text, a, b if b >= 0 else len(text))
        if (st := C.state_by_name().get(C._fold(mm.group(0)))) is not None
    }
    return bool(named) and postal not in named


# what a story under a state's own law says of it: "state law", "the state case", "state
# prosecutors", "the state's terrorism statute", "state prison"
_STATE_LAW_CUE = deferred(
    r"\bstate(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:law|charges?|case|prosecution|prosecutors?|"
    r"statute|prison|court)s?\b"
)


def _unlisted_judges_of_state_cases(
    text: str, out: list[CourtRef], unlisted: frozenset[int]
) -> None:
    """ "Judge Gregory Carro deemed the evidence insufficient to support the terrorism counts
    under state law": a judge named in full whom the table of federal judges lacks, in a story
    told under a state's own law whose courts are none of them federal, is a judge of that
    state's trial court; the state is the one all the article's cities lie in, else its
    dateline's (none: no court). The bare "the judge" and the surname after, with no other
    judge named between, are the same judge."""
    todo = [
        i
        for i in sorted(unlisted)
        if out[i].court is None and out[i].role == "judge" and not out[i].federal
    ]
    if not todo or any(o.court or o.federal for o in out):
        return
    if _STATE_LAW_CUE.search(text) is None:
        return
    postal = _state_most_named(text)
    court = C.state_trial_court(postal) if postal else None
    if court is None:
        return
    for i in todo:
        r = out[i]
        out[i] = replace(r, court=court, postal=postal, level=C.LEVEL_STATE, trial=True)
        for k in range(i + 1, len(out)):
            o = out[k]
            if o.role == "judge" and o.judge and o.judge != r.judge:
                break  # another judge named: the bare "the judge" after may be that one's
            if o.court is None and o.role == "judge" and (o.judge == r.judge or o.anaphoric):
                out[k] = replace(o, court=court, postal=postal)


def _state_most_named(text: str) -> str | None:
    """The state the article's places mostly lie in: the postal code that at least two of the
    places it names (states, and cities of one district) have, and more than half of them
    ("a Maryland native … in Brooklyn … in Manhattan" is New York's story); else None."""
    counts: dict[str, int] = {}
    for m in place_word().finditer(text):
        place = C.resolve_place(m.group(0))
        if place is None or place.postal is None:
            continue
        counts[place.postal] = counts.get(place.postal, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda p: counts[p])
    total = sum(counts.values())
    return best if counts[best] >= 2 and 2 * counts[best] > total else None


def _unlisted_next(out: list[CourtRef], i: int, unlisted: frozenset[int]) -> bool:
    """Whether the first judge named after ``out[i]``, close by, is one the judges' table
    lacks ("Judge Spencer Ludington": a state judge)."""
    if not unlisted:
        return False
    r = out[i]
    for k in range(i + 1, len(out)):
        o = out[k]
        if o.start - r.end >= _LEAD_REACH:
            return False
        if o.role == "judge" and o.judge:
            return k in unlisted
    return False


_JUDGE_TITLES = frozenset({"Judge", "Justice", "Chief", "Senior", "Magistrate"})


def _unlisted_judges(text: str, refs: list[CourtRef]) -> frozenset[int]:
    """The indexes of the judges named in full, with no court and no federal title, whom the
    judges' table lacks ("Judge Spencer Ludington"; ``courts.unlisted_judge``)."""
    out: set[int] = set()
    for k, o in enumerate(refs):
        if o.role != "judge" or not o.judge or o.court is not None or o.federal:
            continue
        if o.level == C.LEVEL_SUPREME:
            continue
        words = text[o.start : o.end].split()
        j = next((n for n in range(len(words) - 1, -1, -1) if words[n].startswith(o.judge)), -1)
        first = j
        while (
            first > 0 and words[first - 1][:1].isupper() and words[first - 1] not in _JUDGE_TITLES
        ):
            first -= 1
        if 0 <= first < j and C.unlisted_judge(" ".join(words[first : j + 1])):
            out.add(k)
    return frozenset(out)


_DATED_BEFORE = deferred(
    r"\b(?:(?:19|20)\d\d|January|February|March|April|June|July|August|September|October|"
    r"November|December)\s+(?:[A-Z][\w.]*\s+){0,1}$"
)
_RULING_AFTER = deferred(r"(?:['’]s)?\s+(?:\d{4}\s+)?(?:ruling|decision|opinion)\b")


def _recalled_owner(text: str, o: CourtRef) -> bool:
    """Whether ``o`` names the court of a ruling dated before it ("the June 2022 U.S.
    Supreme Court ruling"): a court the article recalls, not the one it follows."""
    return bool(
        _RULING_AFTER.match(text, o.end, o.end + 20)
        and _DATED_BEFORE.search(text, max(0, o.start - 24), o.start)
    )


_INDEFINITE = deferred(r"[Aa]n?\s")
_JURY = deferred(r"\b(?:jury|jurors)\b")
# A ruling reported in someone's words: "… announced today that ", "said Tuesday that "
_REPORTED_BEFORE = deferred(
    r"\b(?:announced|announces|said|says|stated|reported|noted)(?:\s+(?:on\s+)?\w+day|\s+today)?"
    r"\s+that\s+$"
)
# "the Supreme Court's decision in Loper Bright", "the 9th Circuit's 2019 ruling in Doe v.
# Smith", "the Supreme Court's Bruen decision", "Supreme Court precedent": a court's ruling
# cited by its case's name, or its precedent
_CITED_AFTER = deferred(
    r"['’]s\s+(?:\d{4}\s+)?(?:landmark\s+)?(?:ruling|decision|opinion|holding)\s+in\s+[A-Z]"
    # (twenty-third session: "a recent U.S. Supreme Court decision in Trump v. CASA": no
    # possessive, the caption after it)
    r"|\s+(?:ruling|decision|opinion)\s+in\s+(?:the\s+)?[A-Z][^,.;]{0,60}?\s+v\.?\s"
    # (end of session: "the 2024 Supreme Court case Roe Corp. v. Hale, which …": the court a
    # precedent's case is told of, its caption right after "case")
    r"|\s+case,?\s+(?:the\s+)?[A-Z][^,.;]{0,60}?\s+v\.?\s"
    # "the Supreme Court's 2024 Loper Bright decision", "Supreme Court precedent"
    r"|['’]s\s+(?:\d{4}\s+)?(?:landmark\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:ruling|decision|opinion)\b"
    r"|(?:['’]s)?\s+precedents?\b"
    r"|(?=\s+(?:intervention|review|reform|nominees?|nominations?|vacanc(?:y|ies)|expansion"
    r"|packing)\b)"
)
# "why Supreme Court intervention is necessary", "a Supreme Court nominee": the court as a
# noun's modifier, no court that ruled
_AS_MODIFIER = deferred(
    r"\s+(?:intervention|review|reform|nominees?|nominations?|vacanc(?:y|ies)|expansion"
    r"|packing)\b"
)
_BACKGROUND_BEFORE = deferred(r"\b(?:following|since|after)\s+(?:the\s+)?$")


# A wire dateline opening the article: "ATLANTA —", "AUSTIN, Texas (AP) —", "Boise, Idaho -"
_DATELINE = deferred(
    r"(?m)^[ \t]*(?P<city>[A-Z][A-Za-z.'’ -]{2,30}?)(?:,[ \t]+(?P<st>[A-Z][A-Za-z.]*"
    r"(?:[ \t][A-Z][a-z.]+)?))?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[–—]|-{1,2})[ \t]"
)


_FEDERAL_JUDGE = deferred(r"U\.\s?S\.|US\s|[Ff]ederal")


def _district_of_only_state(text: str) -> str | None:
    """The federal district of the one state the article names, when that state has one
    district only ("A federal judge has upheld gun control laws … Connecticut organizations
    … sued Gov. Dannel P. Malloy" → ctd)."""
    postal = _only_state_named(text)
    districts = C.districts_of(postal) if postal else ()
    return districts[0] if len(districts) == 1 else None


_APPEALS_WORD = deferred(r"\b(?:[Aa]ppeals|[Aa]ppellate|[Cc]ircuit)\b")
_RULING_NOUN_AFTER = deferred(r"(?:['’]s)?\s+(?:ruling|decision|opinion|judgment)\b")
# An indefinite court phrase right before a named court ("A three-judge court in the",
# "a federal judge in the"): a court brought in anew
_NEW_COURT_BEFORE = deferred(
    r"(?:^|[.!?]\s+|\n)[Aa]n?\s+(?:[\w-]+\s+){0,3}(?:court|panel|judge)\s+(?:in|of|for|from)\s+"
    r"(?:the\s+)?$"
)


def _circuit_the_justices_reviewed(
    text: str,
    sentences: list[tuple[int, int]],
    refs: list[CourtRef],
    i: int,
    memo: dict[str, object],
) -> str | None:
    """ "The Supreme Court said Monday it would not intervene … The court let stand an appeals
    court ruling that …": an indefinite appeals court whose ruling the U.S. Supreme Court
    reviewed (the justices told in its sentence or the one before) in a story that names one
    state and no state court is the circuit of that state; else None."""
    r = refs[i]
    k = bisect.bisect_right(sentences, (r.start, sys.maxsize)) - 1
    if k < 0 or r.start >= sentences[k][1]:
        return None
    lo = sentences[max(0, k - 1)][0]
    if not any(o.court == "scotus" and lo <= o.start < r.start for o in refs[:i]):
        return None
    if any(o.court and C.level_of(o.court) == C.LEVEL_STATE for o in refs):
        return None
    if _STATE_COURT_WORDS.search(text, *sentences[k]):
        return None
    postal = _memo(memo, "only_state", lambda: _only_state_named(text))
    st = C.states().get(postal) if postal else None
    return st.circuit if st and st.circuit else None


def _district_of_the_states_circuit(text: str, refs: list[CourtRef]) -> str | None:
    """ "The United States sues Idaho … The district court enters a preliminary injunction,
    Idaho appeals, and the case goes to the Ninth Circuit": the one district of the one state
    the article names, when the article names the court of appeals of that state's circuit
    and no state court (a state's trial courts are "district courts" in Idaho, Texas or
    Minnesota too); else None."""
    court = _district_of_only_state(text)
    if court is None:
        return None
    postal = C.postal_of_court(court)
    circuit = C.states()[postal].circuit if postal else None
    named = {o.court for o in refs if o.court}
    if circuit not in named or any(C.level_of(c) == C.LEVEL_STATE for c in named):
        return None
    return court


def _outlet_postal(text: str) -> str | None:
    """The postal code of the state of the local outlet that published the article, when
    the text names no other state (``statenames.outlet_state``), else None."""
    name = outlet_state(text)
    st = C.state_by_name().get(C._fold(name)) if name else None
    return st.postal if st else None


@lru_cache(maxsize=4)
def _only_state_named(text: str) -> str | None:
    """The postal code of the one U.S. state the text names (by name or abbreviation), or
    None when it names none or several."""
    found: set[str] = set()
    for m in place_word().finditer(text):
        if m.group(0) == "Washington":
            continue  # the capital as often as the state ("Washington state" still counts)
        st = C.state_by_name().get(C._fold(m.group(0)))
        if st is not None:
            found.add(st.postal)
            if len(found) > 1:
                return None
    return found.pop() if found else None


@lru_cache(maxsize=4)
def _no_state_named(text: str) -> bool:
    """Whether the text names no U.S. state at all (by name or abbreviation)."""
    return not any(C._fold(m.group(0)) in C.state_by_name() for m in place_word().finditer(text))


@lru_cache(maxsize=4)
def _only_city_state(text: str) -> str | None:
    """The postal code of the one state whose cities (``court_cities.csv``) the text names,
    or None when it names none or cities of several states (a state's own name is
    ``_only_state_named``'s)."""
    found: set[str] = set()
    for m in place_word().finditer(text):
        name = m.group(0)
        if C._fold(name) in C.state_by_name() or (
            text.startswith(" County", m.end()) and C.county_states(name)
        ):
            continue  # (a county's name several states share is no city's: "Montgomery County")
        place = C.resolve_place(name)
        if place is None or place.postal is None or place.district is None:
            continue
        found.add(place.postal)
        if len(found) > 1:
            return None
    return found.pop() if found else None


@lru_cache(maxsize=4)
def _dateline_postal(text: str) -> str | None:
    """The postal code of the state a dateline at the head of the article names: its state
    ("TALLAHASSEE, Fla. –", "SPOKANE, Wash. (AP) –"), else its city's when the city is in
    one state only ("CHICAGO (CBS) –"; never Washington's, the national desk's)."""
    name = dateline_state(text)
    st = C.state_by_name().get(C._fold(name)) if name else None
    if st:
        return st.postal
    m = _DATELINE.search(text, 0, 400)
    if m is None:
        return None
    if m.group("st"):
        st = C.state_by_name().get(C._fold(m.group("st").strip()))
        return st.postal if st else None
    city = m.group("city").strip().title()
    if city.startswith("Washington"):
        return None
    place = C.resolve_place(city)
    return place.postal if place else None


def _paragraph_dateline_district(text: str, at: int) -> str | None:
    """The federal district of the city a dateline opening the paragraph of ``at`` names
    ("DES MOINES, Iowa — A federal judge …" inside a page of briefs); None when the paragraph
    opens on none, or on Washington's (the national desk's)."""
    # (a dateline opens its paragraph within a few lines: looked for in a bounded window,
    # never back to the text's start once per reference)
    para = text.rfind("\n", max(0, at - 1500), at) + 1
    if para == 0 or not text[para:at].strip():
        return None  # (the article's first line is the article's dateline, asked elsewhere)
    m = _DATELINE.match(text, para, at)
    if m is None or not m.group("st") or m.end() > at:
        return None
    city = m.group("city").strip().title()
    if city.startswith("Washington"):
        return None
    place = C.resolve_place(city, m.group("st"))
    return place.district if place and place.district else None


def _dateline_district(text: str) -> str | None:
    """The federal district of the city a dateline at the head of the article names (not
    Washington's: the national desk's dateline says nothing of where a judge sits)."""
    m = _DATELINE.search(text, 0, 400)
    if m is None or not m.group("city"):
        return None
    city = m.group("city").strip().title()
    if city.startswith("Washington"):
        return None
    place = C.resolve_place(city, m.group("st"))
    return place.district if place and place.district else None


def _spoken_of(refs: list[CourtRef], k: int, sentences: list[tuple[int, int]]) -> bool:
    """Whether ``refs[k]`` is a court below named by what it is ("the trial court", "the
    lower court", "the district court", "a judge": "The 5th Circuit said … while it considers
    an appeal of a judge's order") in a sentence that names a higher court before it."""
    o = refs[k]
    # (also a judge described without a name: "The 5th Circuit reversed a ruling by a federal
    # judge in Houston. The court affirmed …" is the appeals court)
    described = o.role == "judge" and o.judge is None
    below = o.anaphoric or o.lower or (o.generic and o.role == "judge") or described
    if not below or o.level not in (C.LEVEL_DISTRICT, None) or not sentences:
        return False
    j = bisect.bisect_right(sentences, (o.start, sys.maxsize)) - 1
    s0 = sentences[j][0] if j >= 0 else 0
    for p in range(k - 1, -1, -1):
        q = refs[p]
        if q.start < s0:
            return False
        if q.court and (
            C.level_of(q.court) in (C.LEVEL_SUPREME, C.LEVEL_APPEALS)
            or C.is_state_high_court(q.court)
        ):
            return True
    return False


def _state_judge_named_next(text: str, refs: list[CourtRef], i: int) -> bool:
    """Whether the next judge named after ``refs[i]`` (a judge told of by a federal
    district's city, "A Billings judge late Thursday halted …"), within a few sentences and
    with no federal court between, is a state trial judge of that district's state
    ("Yellowstone County District Court Judge Michael Moses granted …"): the city's judge is
    that state judge, not the federal court of the city."""
    r = refs[i]
    postal = C.postal_of_court(r.court or "")
    if not postal:
        return False
    for k in range(i + 1, min(len(refs), i + 4)):
        q = refs[k]
        if q.start - r.end > 400:
            return False
        if q.federal or (q.court and C.level_of(q.court) != C.LEVEL_STATE):
            return False
        if q.role == "judge" and q.judge:
            return bool(q.trial and q.postal in (None, postal) and q.level == C.LEVEL_STATE)
    return False


def _reviewed_by_own_high_court(text: str, refs: list[CourtRef], i: int) -> bool:
    """Whether the sentence of ``refs[i]`` (a judge named by a federal district's city)
    names before it the court of last resort of that district's state."""
    r = refs[i]
    postal = C.postal_of_court(r.court or "")
    if not postal:
        return False
    s0 = sentence_start(text, r.start)
    for k in range(i - 1, -1, -1):
        q = refs[k]
        if q.start < s0:
            break
        if q.court and C.is_state_high_court(q.court) and C.state_of_high_court(q.court) == postal:
            return True
    return False


# "Circuit Court Judge Julie Rickelman": a title of federal appellate judges and of several
# states' trial judges alike
_CIRCUIT_COURT_JUDGE = deferred(r"(?:(?:Senior|Chief)\s+)?Circuit\s+Court\s+Judge\s")
_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*[ \t]+$")


def _circuit_judge_court(refs: list[CourtRef], i: int) -> str | None:
    """ "A three-judge panel of the First Circuit Court of Appeals upheld … Circuit Court
    Judge Julie Rickelman said in a panel ruling": a "Circuit Court Judge" after a federal
    court of appeals named just before (within the last three court phrases), in an article
    that names no state court, is a judge of that court; else None (a state's circuit judge
    as likely)."""
    if any(o.court and C.level_of(o.court) == C.LEVEL_STATE for o in refs):
        return None
    for o in itertools.islice(reversed(refs[:i]), 3):
        if o.court and C.level_of(o.court) == C.LEVEL_APPEALS and not o.destination:
            return o.court
    return None


_T = TypeVar("_T")


def _memo(memo: dict[str, object], key: str, make: Callable[[], _T]) -> _T:
    """``make()``, made once per ``memo`` (one article's pass over its references)."""
    if key not in memo:
        memo[key] = make()
    return cast(_T, memo[key])


def _circuit_title_trial_court(refs: list[CourtRef]) -> tuple[bool, str | None]:
    """For a "Circuit Judge X" the federal table does not know: (False, None) when the
    story names a federal court of appeals or no state trial court (the title is then as
    likely a federal appellate judge's); else (True, the one state trial court id the story
    names, or None when it names several or none with an id)."""
    trial: set[str | None] = set()
    for o in refs:
        if o.court and C.level_of(o.court) == C.LEVEL_APPEALS:
            return False, None
        if o.trial:
            trial.add(o.court)
    if not trial:
        return False, None
    return True, (trial.pop() if len(trial) == 1 else None)


# What the Supreme Court does to a state court's decision it reviews, told just before that
# decision: "keeps in place", "left intact", "let stand", "upheld", "overturned", "reversed".
_REVIEWED_BEFORE = deferred(
    r"\b(?:(?:keeps?|kept|keeping|leaves?|left|leaving)\s+(?:in\s+place|intact|standing)"
    r"|let(?:s|ting)?\s+stand|(?:upheld|upholds?|upholding|overturn(?:ed|s|ing)?|"
    r"revers(?:ed|es|ing)|affirm(?:ed|s|ing)|vacat(?:ed|es|ing)))"
    r"\s+(?:(?:the|an?)\s+)?$"
)


def _kept_by_supreme_court(text: str, refs: list[CourtRef], i: int) -> bool:
    """Whether ``refs[i]`` ("an Oklahoma court") is told as what the Supreme Court of the
    United States, named in its sentence or the one before, reviewed ("keeps in place an
    Oklahoma court decision"), in an article that names no court of that state."""
    r = refs[i]
    if _REVIEWED_BEFORE.search(text, max(0, r.start - 40), r.start) is None:
        return False
    if any(q.court and _state_court_postal(q.court) == r.postal for q in refs):
        return False
    s0 = sentence_start(text, r.start)
    s_prev = sentence_start(text, s0 - 1) if s0 > 0 else s0
    return any(
        q.court == "scotus" and not q.destination and s_prev <= q.start < r.start for q in refs[:i]
    )


def _reviewing_high_court(text: str, refs: list[CourtRef], i: int) -> str | None:
    """The postal code of the state whose court of last resort the sentence of ``refs[i]``
    (a judge or trial court told of without a name) names before it, as the court reviewing
    it; None when it names none."""
    r = refs[i]
    s0 = sentence_start(text, r.start)
    for k in range(i - 1, -1, -1):
        q = refs[k]
        if q.start < s0:
            break
        if q.court and C.is_state_high_court(q.court) and not q.destination:
            return C.state_of_high_court(q.court)
    return None


# "a lower court's preliminary injunction", "the lower court's temporary restraining order":
# what only a trial court grants (an appeals court enjoins pending appeal, it grants no
# preliminary injunction nor TRO of its own)
_TRIAL_RELIEF = deferred(
    r"(?:['’]s?)?\s+(?:(?:\w+-)?(?:day|week)\s+)?(?:preliminary\s+injunctions?|"
    r"temporary\s+restraining\s+orders?|TROs?)\b"
)


def _trial_judge(text: str | None, r: CourtRef) -> bool:
    """ "a lower court judge", "a lower court's preliminary injunction": a trial judge, whom
    no appeals court can be."""
    return r.role == "judge" or bool(
        text
        and (
            re.match(r"\s+judges?\b", text[r.end : r.end + 8])
            or _TRIAL_RELIEF.match(text, r.end) is not None
        )
    )


def _embedded(text: str, refs: list[CourtRef]) -> set[int]:
    """Indexes of court phrases inside another's appositive ("Judge Charles Breyer, the
    brother of retired Justice Stephen Breyer, ruled"): they describe a person and are not
    what a later "the court" refers to."""
    out: set[int] = set()
    ordered = all(a.start <= b.start for a, b in itertools.pairwise(refs))
    for i, r in enumerate(refs):
        if r.role != "judge":
            continue
        end = appositive_end(text, r.end, min(len(text), r.end + 220))
        if end is None:
            continue
        inner = []
        for k in range(i + 1, len(refs)):
            if ordered and refs[k].start >= end:
                break  # sorted: none after this one can lie inside the appositive
            if refs[k].end <= end:
                inner.append(k)
        # an appositive that names the judge's own court is not a digression
        if all(refs[k].court not in (None, r.court) for k in inner):
            out.update(inner)
    return out


def _circuit_of_district(refs: list[CourtRef], i: int) -> str | None:
    """The circuit that hears appeals from the district court named nearest before ``refs[i]``
    (else first after it)."""

    def circuit(o: CourtRef) -> str | None:
        if o.court is None or C.level_of(o.court) != C.LEVEL_DISTRICT:
            return None
        postal = C.postal_of_court(o.court)
        return C.states()[postal].circuit if postal else None

    for o in [*reversed(refs[:i]), *refs[i + 1 :]]:
        c = circuit(o)
        if c:
            return c
    return None


def _single_districts() -> dict[str, str]:
    """The circuits whose appeals come from one district court only (the D.C. Circuit's
    from the District of Columbia's), each with that court."""
    by_circuit: dict[str, list[str]] = {}
    for postal, state in C.states().items():
        if state.circuit:
            by_circuit.setdefault(state.circuit, []).extend(C.districts_of(postal))
    return {c: ds[0] for c, ds in by_circuit.items() if len(ds) == 1}


def _district_of_circuit(
    refs: list[CourtRef],
    i: int,
    text: str | None = None,
    spans: tuple[tuple[int, int], ...] | None = None,
) -> str | None:
    """ "the district court" in an article about an appeal to a circuit that hears one
    district court only: that court ("the D.C. Circuit … vacated the district court's
    preliminary injunction" → the District of Columbia's). The nearest court of appeals
    named before ``refs[i]`` decides; of a circuit of several districts, the one district
    of that circuit whose cities the article names outside its court phrases ("The Fifth
    Circuit … the district court … a trial starting Aug. 6 in Austin, Texas" → txwd), else
    unknown. (``spans``: the references' spans, when the caller has them.)"""
    for j in range(i - 1, -1, -1):
        o = refs[j]
        if o.court and C.level_of(o.court) == C.LEVEL_APPEALS:
            single = _single_districts().get(o.court)
            if single is not None or text is None:
                return single
            if spans is None:
                spans = tuple((r.start, r.end) for r in refs)
            named = _districts_named(text, spans)
            of_circuit = {d for d in named if _circuits_of_districts().get(d) == o.court}
            return of_circuit.pop() if len(of_circuit) == 1 else None
    return None


@cache
def _circuits_of_districts() -> dict[str, str]:
    """Each federal district court with the circuit that hears its appeals."""
    return {
        d: state.circuit
        for postal, state in C.states().items()
        if state.circuit
        for d in C.districts_of(postal)
    }


@lru_cache(maxsize=4)
def _districts_named(text: str, court_spans: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """The federal districts of the cities the text names outside its court phrases
    (``court_spans``: "The New Orleans appeals court" names where the appeals court sits, not
    a trial court's city). One pass over the text, asked only for a district court the
    discourse could not otherwise place."""
    found: set[str] = set()
    starts = [a for a, _ in court_spans]
    for m in place_word().finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < court_spans[k][1]:
            continue
        name = m.group(0)
        if C._fold(name) in C.state_by_name():
            continue  # a state's name: no one district
        place = C.resolve_place(name)
        if place is not None and place.district:
            found.add(place.district)
    return frozenset(found)


# A state's own court named in a sentence: its appeals court there is the state's
_STATE_COURT_WORDS = deferred(
    r"[Ss]tate(?:['’]s)?\s+(?:[Ss]upreme|[Hh]igh(?:est)?|[Tt]op)\s+[Cc]ourt|Court\s+of\s+Criminal\s+Appeals"
)


# Crimes a state prosecutes: an appeals court reviewing one is a state's unless called federal
_STATE_CRIME = deferred(
    r"\b(?:[Mm]urder|[Mm]anslaughter|[Hh]omicide|[Rr]ape|[Ss]exual\s+assault|DUI|[Bb]urglary|"
    r"[Aa]rmed\s+robbery|[Dd]runk(?:en)?[-\s]driving)\b"
)


_FEDERAL_LEAD = deferred(r"\b[Ii]n\s+(?:a\s+)?federal\s+court\b")


def _in_federal_court(text: str, sentences: list[tuple[int, int]], at: int) -> bool:
    """Whether the sentence holding ``at`` says "in federal court" before it."""
    k = bisect.bisect_right(sentences, (at, sys.maxsize)) - 1
    s0 = sentences[k][0] if k >= 0 and at < sentences[k][1] else max(0, at - 200)
    return "federal court" in text[s0:at] and _FEDERAL_LEAD.search(text, s0, at) is not None


def circuit_from_sentence(sentence: str, r: CourtRef) -> str | None:
    """A federal appeals court with no circuit named hears appeals from the states its
    sentence names: "refused to let Trump deploy troops in Illinois" → ca7. Only when every
    place named maps to the same circuit."""
    if r.level != C.LEVEL_APPEALS or r.role == "justices":
        return None
    if _STATE_COURT_WORDS.search(sentence):
        return None  # "… an appeal with the state Supreme Court against an appeals court ruling"
    if not r.federal and _STATE_CRIME.search(sentence):
        # "Appeals court overturns Denver murder conviction": an appeals court not called
        # federal that reviews a murder or a burglary is the state's (Colorado's), never the
        # circuit that sits in the city
        return None
    circuits = set()
    for m in place_word().finditer(sentence):
        if (
            sentence.startswith((" Supreme Court", "'s Supreme Court", "’s Supreme Court"), m.end())
            and C._fold(m.group(0)) in C.state_by_name()
        ):
            # "The attorney general has filed an appeal with the Tennessee Supreme Court
            # challenging an appeals court ruling": a state's own court of appeals, whose
            # rulings its supreme court reviews — never the federal circuit of the state
            return None
        pl = C.resolve_place(m.group(0))
        c = C.circuit_for(pl) if pl else None
        if c:
            circuits.add(c)
    return circuits.pop() if len(circuits) == 1 else None


_LEGAL_CONTEXT = deferred(
    r"\b(?:lawsuit|sued|plaintiffs?|defendants?|injunction|unconstitutional|attorneys?\s+"
    # ("the league's constitution", "the club's constitution" are a body's rules, not law)
    r"general|complaint|statute|federal\s+court|(?<!['’]s\s)constitution|unlawful|lawyers?|"
    r"attorneys?|"
    r"prosecutors?|sentenced|indicted|convicted)\b"
)


def legal_context(text: str) -> bool:
    # the lower-cased text and a case-sensitive pattern: twice as fast as re.IGNORECASE
    return _LEGAL_CONTEXT.search(text.lower()) is not None


class CourtRefs(list[CourtRef]):
    """An article's court references, sorted by start, with what the passes look up in them
    made once: their starts (for bisection) and the courts that may be a court below."""

    def __init__(self, refs: Iterable[CourtRef] = ()) -> None:
        super().__init__(refs)
        self.starts = [r.start for r in self]
        self.lower: dict[bool, frozenset[str | None]] = {}


def starts_of(refs: list[CourtRef]) -> list[int]:
    """The starts of ``refs`` (sorted by start): kept by a ``CourtRefs``, else made here."""
    return refs.starts if isinstance(refs, CourtRefs) else [r.start for r in refs]


def add_lower_court(below: dict[bool, set[str | None]], ref: CourtRef) -> None:
    """Add to ``below[trial]`` what ``lower_courts_of([ref], trial)`` holds, for both
    values of ``trial`` at once (no set built for one reference)."""
    c = ref.court
    if c and _may_be_below(ref):
        below[False].add(c)
        if C.level_of(c) != C.LEVEL_APPEALS:
            below[True].add(c)


def _may_be_below(r: CourtRef) -> bool:
    """Whether ``r``'s court may be a court below another (a trial court or a court of
    appeals, not another country's)."""
    return bool(
        r.court
        # (a court below placed by its own words may be the one "the lower court" means:
        # "a lower court judge in East St. Louis")
        and not (r.lower and r.place is None)
        and r.court != C.FOREIGN
        and C.level_of(r.court) != C.LEVEL_SUPREME
        and not C.is_state_high_court(r.court)
    )


def lower_courts_of(refs: list[CourtRef], trial: bool) -> frozenset[str | None]:
    """Every court of ``refs`` that may be a court below (kept by a ``CourtRefs``)."""
    if isinstance(refs, CourtRefs) and trial in refs.lower:
        return refs.lower[trial]
    courts = frozenset(
        r.court
        for r in refs
        if _may_be_below(r) and not (trial and C.level_of(r.court or "") == C.LEVEL_APPEALS)
    )
    if isinstance(refs, CourtRefs):
        refs.lower[trial] = courts
    return courts


def refs_between(refs: list[CourtRef], a: int, b: int) -> list[CourtRef]:
    """The references that start in ``[a, b)`` (``refs`` sorted by start)."""
    starts = starts_of(refs)
    return refs[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
