"""The clean-up after the court phrases are found: courts named in a judge's appositive,
later bare surnames of judges named before, "the high court" as the last high court named,
court words that are part of a person's title, and courts named as an appeal's destination."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from ... import courts as C
from ...models import quick_replace as replace
from ..lazyre import deferred, lazy
from ..trie import words_in
from .courtpatterns import CourtRef, place_word

# Patterns the functions below ask at each call, compiled once.
_FIRST_NAME_AFTER = deferred(r"\s+([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+")
_WORD_BEFORE = deferred(r"\b([A-Z][a-z]+)\s+$")


# "to the United States Court of International Trade": the nation's name before a court's
_NATION_BEFORE = r"(?:the\s+)?(?:(?:United\s+States|U\.\s?S\.|US)\s+)?"
# A court named as where an appeal goes, not as one that ruled: "appealed that decision to
# the 5th Circuit, where it is pending", "asked the Supreme Court to intervene".
DESTINATION = lazy(
    r"\b(?:appeal(?:ed|s|ing)?|petition(?:ed|s|ing)?|ask(?:ed|s|ing)?|urg(?:ed|es|ing)|"
    r"turn(?:ed|s|ing)?|went|go(?:es|ing)?|head(?:ed|s|ing)?|t(?:ake|akes|aking|aken|ook)|"
    r"transfer(?:red|s|ring)?|br(?:ing|ings|inging|ought)|sen(?:d|ds|ding|t)|"
    r"remand(?:ed|s|ing)?|refer(?:s|red|ring)?|mov(?:e|es|ed|ing)|kick(?:s|ed|ing)?|"
    r"punt(?:s|ed|ing)?)\b[^.;:!?]{0,60}?\bto\s+" + _NATION_BEFORE + "$"
)
# ... and where a case belongs or is to be heard: "any challenge belongs in the D.C. Circuit",
# "the petitions should be reviewed in the D.C. Circuit".
IN_DESTINATION = lazy(
    r"\b(?:belongs?|belonged|be(?:en|ing)?\s+(?:reviewed|heard|filed|brought|decided)|"
    # "plans on appealing the most recent ruling in the North Carolina Court of Appeals"
    r"appeal(?:ed|s|ing)?\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:ruling|decision|order|verdict|conviction|case)s?)"
    r"\s+in\s+$"
)
# ... and who is yet to decide it: "The case is expected to eventually be decided by the
# Florida Supreme Court" (a court that has not ruled, tenth-session probes)
BY_DESTINATION = re.compile(
    r"\b(?:be|been|being)\s+(?:[a-z]+ly\s+)?(?:decided|heard|resolved|reviewed|settled)\s+by\s+$"
    # "will seek review of the Fourth Circuit's decision by the US Supreme Court" (BuzzFeed
    # News, 2017): a court asked to review, which has not ruled
    r"|\b(?:seek|seeks|sought|seeking|ask|asks|asked|asking)\s+(?:for\s+)?review\b"
    r"[^.;:!?]{0,60}?\bby\s+$"
)
# "the state will appeal with the 1st District Court of Appeal"
WITH_DESTINATION = lazy(
    r"\b(?:appeal(?:ed|s|ing)?|fil(?:e|ed|es|ing))\s+(?:[a-z]+\s+){0,3}?with\s+(?:the\s+)?$"
)
_TO_BEFORE = re.compile(r"\bto\s+" + _NATION_BEFORE + "$")
# ... and a court a case is to reach: "could take six months to reach the Wisconsin Supreme
# Court", "before the case reaches the Supreme Court"
REACH_BEFORE = tuple(
    f" {verb} {the}" for verb in ("reach", "reaches", "reaching") for the in ("", "the ")
)
# ... and the seat a judge is named to: "confirmed Emil Bove … as a judge on the US Court of
# Appeals for the 3rd Circuit", "nominated her to the 9th Circuit" (a court someone joins, not
# one that has ruled on the story's matter)
SEAT_BEFORE = lazy(
    r"\b(?:confirm|nominat|appoint|elevat)\w*\b[^.;:!?\n]{0,80}?"
    r"\b(?:to|on|for|as)\s+(?:the\s+)?$"
)
PENDING_AFTER = re.compile(r",\s+where\s+(?:it|the\s+case|the\s+appeal)\s+(?:is|remains)\s+pending")
_US_SCOTUS = deferred(r"U\.S\.|US\b|United\s+States|nation|country|land\b")
_US_MATTER = deferred(
    r"\s[Vv]s?\.?\s+[A-Z]|\b(?:Roe|Dobbs|Wade|Casey|[Ff]ederal|U\.S\.|Congress|[Nn]ational|"
    r"[Nn]ationwide|[Cc]onstitutional\s+right\s+to\s+abortion|[Cc]ertiorari|[Cc]ert)\b"
)
# A state's prosecution named by its caption ("State v. King", "Gonzalez v. State"): a matter
# of that state's courts, whatever else its sentence says ("the Supreme Court granted
# certiorari" is the state's high court on a blog of South Carolina opinions)
_STATE_CAPTION = deferred(
    r"\b(?:State|People|Commonwealth)\s+v\.?\s+[A-Z]|\sv\.?\s+(?:State|People|Commonwealth)\b"
)
_BARE_SUPREME = deferred(r"(?:[Tt]he\s+)?Supreme\s+Court")
_GENERIC_HIGH = deferred(r"(?:[Tt]he\s+)?(?:high\s+court|(?:nine\s+)?[Jj]ustices)$")


# A state's court of last resort whose state the text does not say ("the state Supreme Court")
_SOME_STATE = "?state"
# What opens a clause of background before a court ("… sought to enforce the ban after the
# U.S. Supreme Court overturned Roe v. Wade in 2022"): a ruling recalled in passing, not a
# court the story turns to (twenty-seventh session, census36 P15)
_ASIDE_BEFORE = deferred(r"\b(?:after|before|since|until|following|when|once)\s+$", re.I)
_HIGH_COURT_WORDS = deferred(r"(?:[Tt]he\s+)?high\s+court$")
_RECALLED_BY_YEAR = deferred(r"(?:['’]s)?\s+(?:19|20)\d\d\s+(?:decision|ruling|opinion)\b")


def _high_court_named_before(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "the high court", "the justices" are the last court of last resort named before them
    (the Wisconsin Supreme Court, Israel's Supreme Court), and the U.S. Supreme Court only
    when it was that court or none was named. A state's high court named in the sentence of
    the U.S. Supreme Court after it is the one reviewed, not the one "the justices" are."""
    out = list(refs)
    last: str | None = None
    last_end = -1
    last_supreme = False
    scotus_end = -1
    # "the Supreme Court" with no "U.S." in an article about one state's courts (after "the
    # Wisconsin Supreme Court", never a U.S. justice or "the U.S. Supreme Court" named, no
    # other state's high court): that state's court, as the local press writes it
    high = C.state_high_courts()
    states_high = {r.court for r in refs if r.court in high}
    # (one state's high court named so far: another state's named only further down, as
    # on a page of short stories, leaves "A ruling by the North Carolina Supreme Court … In
    # a 5-2 decision, the Supreme Court restored …" North Carolina's)
    seen_high: set[str] = set()
    # (a U.S. Supreme Court named only as where an appeal goes, "there's no appeal to the
    # U.S. Supreme Court", ksal 2014, is no court of the story before it; after it, a bare
    # "the Supreme Court" may be that one)
    us_named = [
        r
        for r in refs
        if r.court == "scotus"
        and (r.role == "judge" or _US_SCOTUS.search(text, r.start, r.end) is not None)
    ]
    local = len(states_high) >= 1 and all(
        DESTINATION().search(text, max(0, r.start - 80), r.start) is not None for r in us_named
    )
    local_until = min((r.start for r in us_named), default=len(text))
    if local and len(states_high) == 1:
        _headline_court_is_the_states(text, out, next(iter(states_high)))
    # (the one state court of last resort told of before the U.S. Supreme Court was recalled
    # only in asides since, when it was)
    aside_of: str | None = None
    for i, r in enumerate(out):
        if r.court == "scotus" and _GENERIC_HIGH.search(text[r.start : r.end]):
            if (
                last == "scotus"
                and aside_of is not None
                and _HIGH_COURT_WORDS.fullmatch(text, r.start, r.end)
                and r.start - scotus_end > 200
                and _SENTENCE_BREAK.search(text, scotus_end, r.start)
            ):
                # "The Wisconsin Supreme Court struck down the ban … after the U.S. Supreme
                # Court overturned Roe v. Wade in 2022. … The high court separately
                # dismissed …": the story's court, not the one recalled in passing
                out[i] = replace(r, court=aside_of, level=C.level_of(aside_of))
                last, last_end, last_supreme = aside_of, r.end, True
                aside_of = None
                continue
            if last == _SOME_STATE:
                # "… struck down by the state Supreme Court Thursday. … The high court
                # ruled": that state's court, whichever the text leaves unsaid
                out[i] = replace(r, court=None, level=C.LEVEL_STATE)
            elif last and last != "scotus":
                out[i] = replace(r, court=last, level=C.level_of(last))
                # ("The Pennsylvania Supreme Court … The justices unanimously ruled … The
                # Supreme Court's decision overturns that ruling": the state's court was
                # just told of again, so a bare "Supreme Court" after is still near it)
                last_end = r.end
            continue
        if r.court is None and r.high and r.level == C.LEVEL_STATE:
            if last is not None and last in seen_high and len(seen_high) == 1:
                # "the Pennsylvania Supreme Court struck down … the state's highest court
                # determined …": the one state's court told of again, still a "Supreme Court"
                last_end = r.end
                continue
            last, last_end, last_supreme = _SOME_STATE, r.end, False
            continue
        if (
            r.court == "scotus"
            and last == "scotus"
            and aside_of is not None
            and r.role == "court"
            and _BARE_SUPREME.fullmatch(text, r.start, r.end)
            and r.start - scotus_end > 200
            and _SENTENCE_BREAK.search(text, scotus_end, r.start)
            and _state_matter(text, *_sentence_around(text, r.start, r.end))
        ):
            # "The Wisconsin Supreme Court struck down the ban … Following the U.S. Supreme
            # Court's 2022 decision to overturn Roe … This new ruling from the Supreme Court
            # …" (census41 P7a): a bare "the Supreme Court" sentences after the U.S. one was
            # recalled in an aside is the story's state court, as "the high court" is; never
            # one with "U.S." or "nation's" on it, nor in a sentence of a federal matter
            out[i] = replace(r, court=aside_of, level=C.level_of(aside_of))
            last, last_end, last_supreme = aside_of, r.end, True
            aside_of = None
            continue
        if (
            local
            and r.start < local_until
            and r.court == "scotus"
            and last
            and C.is_state_high_court(last)
            and last_supreme  # "the Supreme Court" is no "Court of Criminal Appeals"
            and len(seen_high) == 1
            and 0 <= r.start - last_end < 1000
            and _BARE_SUPREME.fullmatch(text, r.start, r.end)
            and _state_matter(text, *_sentence_around(text, r.start, r.end))
        ):
            # (never far from the state's court, nor in a sentence about a federal matter
            # or a case: "the Supreme Court overturned Roe v. Wade" is the U.S. Court's)
            out[i] = replace(r, court=last, level=C.level_of(last))
            last_end = r.end
            continue
        if r.court == "scotus":
            if (
                r.role == "court"
                and len(seen_high) == 1
                and (last in seen_high or (last == "scotus" and aside_of is not None))
                and _US_SCOTUS.search(text, r.start, r.end) is not None
                and (
                    _ASIDE_BEFORE.search(text, max(0, r.start - 12), r.start) is not None
                    # ("The U.S. Supreme Court's 2015 decision on … left doubt": a past
                    # ruling recalled by its year, census41 P7a)
                    or _RECALLED_BY_YEAR.match(text, r.end) is not None
                )
            ):
                aside_of = next(iter(seen_high))
            else:
                aside_of = None
            scotus_end = r.end
        elif (
            r.court
            and C.is_state_high_court(r.court)
            and scotus_end >= 0  # none named yet: an article that opens on a state's court
            and 0 <= r.start - scotus_end < 200
            and not _SENTENCE_BREAK.search(text, scotus_end, r.start)
            # (a headline's "Supreme Court: …" line above is no sentence of its own)
            and "\n" not in text[scotus_end : r.start]
        ):
            continue  # "The Supreme Court let stand a ruling by the Colorado Supreme Court"
        if r.court and (r.court in ("scotus", C.FOREIGN) or C.is_state_high_court(r.court)):
            if r.court in high:
                seen_high.add(r.court)
            # ("The Kansas Supreme Court said … the court said … The Supreme Court also sent
            # the case back", ksal 2014: "the court" after it is the same Supreme Court)
            same = r.anaphoric and r.court == last and last_supreme
            last = r.court
            last_end = r.end
            # ("Wyoming justices struck down …": the justices of that state's Supreme Court)
            last_supreme = (
                same
                or "Supreme" in text[r.start : r.end]
                or (r.role == "justices" and C.is_state_high_court(r.court))
            )
    return out


# How far before the state's court a bare "Supreme Court" may stand to be the state's
_HEADLINE_REACH = 600


def _headline_court_is_the_states(text: str, out: list[CourtRef], state: str) -> None:
    """ "Supreme Court dismisses school financing lawsuit … The Kansas Supreme Court today
    dismissed …": a bare "Supreme Court" before the one state's court of last resort the
    article names (a headline, a lead) is that court, in a story with no U.S. court or marker.
    Only the bare name, close before the state's court, in a sentence of no federal matter."""
    first = next((k for k, r in enumerate(out) if r.court == state), None)
    if first is None:
        return
    until = out[first].start
    for i in range(first):
        r = out[i]
        if (
            r.court == "scotus"
            and r.role == "court"
            and until - r.end < _HEADLINE_REACH
            # (a line of its own, a headline: "The Supreme Court let stand a ruling by the
            # Colorado Supreme Court" is the U.S. Court reviewing the state's)
            and "\n" in text[r.end : until]
            and _BARE_SUPREME.fullmatch(text, r.start, r.end)
            and _state_matter(text, *_sentence_around(text, r.start, r.end))
        ):
            out[i] = replace(r, court=state, level=C.level_of(state))


def _state_matter(text: str, a: int, b: int) -> bool:
    """Whether the sentence ``text[a:b]`` is no federal matter: none of ``_US_MATTER``'s
    words, or a state's prosecution named by its caption (``_STATE_CAPTION``) in it or just
    before it ("State v. King (Case No. 2015-001278) In this case, the Supreme Court …": the
    docket number's full stop ends no sentence)."""
    if _US_MATTER.search(text, a, b) is None:
        return True
    return _STATE_CAPTION.search(text, max(0, a - _CAPTION_BEFORE), b) is not None


_CAPTION_BEFORE = 80


def _sentence_around(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence holding ``text[a:b]``, roughly: from the last full stop before it to the
    next one after it (at most 300 characters either side)."""
    lo = max(0, a - 300)
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, lo, a)), default=lo)
    e = _SENTENCE_BREAK.search(text, b, min(len(text), b + 300))
    return start, e.start() + 1 if e else min(len(text), b + 300)


_SENTENCE_BREAK = deferred(r"[.!?][\s”\"]")


@cache
def _first_names() -> frozenset[str]:
    return frozenset(j.first.capitalize() for j in C.judges()) | {"Chief", "Justice", "Judge"}


def _title_modifier(text: str, r: CourtRef) -> bool:
    """ "retired Supreme Court Stephen Breyer", "Supreme Court Justice Elena Kagan": the court
    words are part of a person's title, not a mention of the court."""
    if r.role != "court":
        return False
    nm = _FIRST_NAME_AFTER.match(text[r.end : r.end + 40])
    return bool(nm and nm.group(1) in _first_names())


_APPOS_OPEN = deferred(r"\s*(,|—|–|--|\()\s*")
_APPOS_CLOSE = {",": ",", "—": "—", "–": "–", "--": "--", "(": ")"}
JUDGE_FROM = re.compile(r"\s+(?:from|of|on|at|for|with)\s+(?:the\s+)?$")


# (what an appositive never holds: a clause's or a sentence's end, a quotation mark)
_APPOS_BREAK = lazy(r"[;:“”\"\n]|[.!?]\s")
# (a parenthesis may hold the short name a document defines: "(the “Court”)", "('the Court')")
_PAREN_BREAK = lazy(r"[;:\n]|[.!?]\s")


def appositive_end(text: str, at: int, limit: int) -> int | None:
    """End of an appositive or parenthesis that opens at ``at`` (", a Trump appointee,",
    "— a Clinton appointee who … —", "(D)", a short name defined in quotation marks: "(the
    “Court”)"), or None when none opens there."""
    m = _APPOS_OPEN.match(text, at, limit)
    if not m:
        return None
    close = _APPOS_CLOSE[m.group(1)]
    j = text.find(close, m.end(), min(limit, m.end() + 200))
    if j < 0:
        return None
    if (_PAREN_BREAK() if close == ")" and j - m.end() <= 40 else _APPOS_BREAK()).search(
        text, m.end(), j
    ):
        return None
    return j + len(close)


_JUDGE_NAME_IN_COMMAS = deferred(
    r",\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][A-Za-z'’-]+),\s+(?=[a-z])"
)


def _appositive_courts(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """A judge whose court is unknown takes the court named in the appositive or "from the"
    phrase right after the name: "Judge Robert Smith from the U.S. District Court Western
    District of Louisiana", "Jane Doe, a senior judge on the federal bench for the Northern
    District of California"."""
    out = list(refs)
    for i, r in enumerate(out):
        if r.role != "judge" or r.court is not None or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        named = _JUDGE_NAME_IN_COMMAS.match(text, r.end) if r.generic else None
        court = C.judge_court(named.group("name")) if named is not None else None
        if named is not None and court is not None:
            # "The United States District Judge, Randolph D. Moss, determined …" (census34
            # P5): a judge told by title, then the name in commas the judges' table knows as
            # one judge; the surname inside it is that judge, no phrase of its own
            out[i] = replace(
                r, court=court, level=C.level_of(court), judge=named.group("name").split()[-1]
            )
            if nxt.role == "judge" and nxt.end <= named.end("name"):
                out[i + 1] = replace(nxt, court=court, level=C.level_of(court))
            continue
        end = appositive_end(text, r.end, len(text))
        inner = []
        if end:
            j = i + 1
            while j < len(out) and out[j].start < end:  # (sorted by start: none after)
                if out[j].end <= end and out[j].court:
                    inner.append(out[j])
                j += 1
        if JUDGE_FROM.fullmatch(text[r.end : nxt.start]) and nxt.role == "court" and nxt.court:
            out[i] = replace(r, court=nxt.court, level=C.level_of(nxt.court))
        elif inner and inner[0].role in ("court", "judge"):
            out[i] = replace(r, court=inner[0].court, level=C.level_of(inner[0].court or ""))
    return out


# "David Ruoff, a Rockingham County Superior Court judge, said …": a person's name, then the
# judge's description in commas (the name-first order of "Judge X, a senior judge on …")
_NAME_BEFORE_APPOSITIVE = deferred(
    r"(?<![\w.’'-])(?P<first>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s+$"
)


def _named_judges_first(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "David Ruoff, a Rockingham County Superior Court judge, said in a ruling …": the
    described judge's reference opens on the name before it and closes on the comma after
    it, and carries the surname, so that a later "Ruoff also ruled …" is the same judge."""
    out = []
    for r in refs:
        if (
            r.role == "judge"
            and r.judge is None
            and text.startswith(("a ", "an "), r.start)
            and text.startswith(",", r.end)
            and text.startswith(", ", r.start - 2)
        ):
            m = _NAME_BEFORE_APPOSITIVE.search(text, max(0, r.start - 40), r.start)
            if (
                m is not None
                and m.group("first") not in _NOT_FIRST_NAMES
                and m.group("last") not in _NOT_FIRST_NAMES
                and not place_word().fullmatch(text, m.start(), m.end("last"))
            ):
                r = replace(r, start=m.start(), end=r.end + 1, judge=m.group("last"))
        out.append(r)
    return out


# "Robert Pitman, a Obama appointed federal judge has blocked …", "Jeffrey Brown, a federal
# judge in Texas": a given name (an initial may follow) and a surname, a comma, then the
# description the judge reference ends ("an Obama-appointed", "a Trump appointee and")
_DESCRIPTION_OPEN = deferred(r"(?:an?|the)\s+(?:[\w-]+\s+){0,4}")
_JUDGE_NAME = deferred(r"[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")


def _name_before(text: str, comma: int) -> re.Match[str] | None:
    """The name ("Robert Pitman", "Jane Q. Doe") that ends at ``comma``, read back over two or
    three words (anchored matches, never a search)."""
    at, lo = comma, max(0, comma - 40)
    for _ in range(3):
        at = max(text.rfind(" ", lo, at), text.rfind("\n", lo, at))
        if at < 0 and lo > 0:
            return None
        m = _JUDGE_NAME.fullmatch(text, at + 1, comma)
        if m is not None or at < 0:
            return m
    return None


def _named_before_description(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "Robert Pitman, a Obama appointed federal judge has blocked the … law. Pitman says
    in his ruling …": a judge described after the full name (no title before it, no comma
    after the description) is that judge — the reference opens on the name and carries the
    surname — and has the judge's court when the table holds exactly one judge of that
    name and the description is no state's ("a Travis County judge")."""
    out = list(refs)
    for i, r in enumerate(refs):
        if (
            r.generic
            and r.role == "judge"
            and r.judge is None
            and r.court is None
            and r.level != C.LEVEL_STATE
            and not r.trial
            and not r.state_appeals
        ):
            comma = text.rfind(", ", max(0, r.start - 60), r.start)
            if comma < 0 or _DESCRIPTION_OPEN.fullmatch(text, comma + 2, r.start) is None:
                continue
            m = _name_before(text, comma)
            if m is not None and m.group(0).split()[0] not in _NOT_FIRST_NAMES:
                court = C.judge_court(m.group(0))
                if court is not None and (
                    r.postal is None or C.postal_of_court(court) in (None, r.postal)
                ):
                    out[i] = replace(
                        r, start=m.start(), court=court, judge=m.group("last"), generic=False
                    )
    return out


def _bare_surnames_placed(
    text: str, refs: list[CourtRef], holds: Callable[[str], bool]
) -> list[CourtRef]:
    """ "Judge Talwani ruled …" with no given name anywhere: a surname the judges' table
    gives exactly one sitting judge keeps that judge's court only when the article places it
    (``courts.court_clues``: the state, a city of the district, the circuit), since a state
    judge or a judge the table lacks may bear it. A surname the article names in full
    elsewhere is that judge (``_judges_named_in_full``); justices are not asked. A judge
    named by the middle name the FJC prints after a first name ("Judge Michelle Childs",
    ``courts.by_middle_name``) is placed the same way."""
    out = list(refs)
    placed: dict[str, bool] = {}
    bare: list[int] = []
    middle: set[int] = set()  # judges named by the middle name they go by
    full: set[str] = set()  # the surnames the article names with a given name
    for i, r in enumerate(out):
        if r.role != "judge" or not r.judge:
            continue
        words = [w.rstrip(",") for w in text[r.start : r.end].split()]
        k = next((j for j in range(len(words) - 1, -1, -1) if words[j].startswith(r.judge)), -1)
        if k > 0 and words[k - 1] not in _TITLES:
            if (
                r.court is not None
                and not r.place
                and not r.postal
                and (k < 2 or words[k - 2] in _TITLES)  # (one given name: not "Ketanji Brown")
                and C.by_middle_name(f"{words[k - 1]} {words[k]}")
            ):
                middle.add(i)  # "Judge Michelle Childs": placed like a bare surname
                bare.append(i)
            else:
                full.add(r.judge)  # (a given name before the surname: the judge by full name)
        elif (
            k < 0
            and (named := _JUDGE_NAME_IN_COMMAS.match(text, r.end)) is not None
            and named.group("name").endswith(r.judge)
        ):
            full.add(r.judge)  # ("The District Judge, Jane Q. Roe, …": named in full there)
        elif r.court is not None and not r.place and not r.postal:
            bare.append(i)
    for i in bare:
        r = out[i]
        if r.level == C.LEVEL_SUPREME or r.court in (None, "scotus"):
            continue
        if r.judge in full and i not in middle:
            continue
        if r.court not in placed:
            placed[r.court] = any(holds(w) for w in C.court_clues(r.court))
        if not placed[r.court]:
            out[i] = replace(r, court=None)
    return out


# Words that open a sentence or a title, not a person's first name ("In May, a federal judge")
_NOT_FIRST_NAMES = frozenset(
    {"In", "On", "At", "Last", "Early", "Late", "The", "This", "That", "Then", "But", "And"}
    | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    | {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December"}
)


def _bare_surnames(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """Add later bare-surname references ("Breyer previously granted …") to judges named
    with a title earlier in the article."""
    out = list(refs)
    seen: dict[str, CourtRef] = {}
    for r in refs:
        if r.judge and r.judge not in seen:
            seen[r.judge] = r
    for judge, r in list(seen.items()):
        if judge[:1].islower() and any(c.isupper() for c in judge[1:]):
            # "Judge John deGravelles … DeGravelles ruled": a surname of a lowercase particle
            # capitalised where it opens a sentence
            seen.setdefault(judge[:1].upper() + judge[1:], r)
    if not seen:
        return out  # (most articles name no judge: nothing to sort)
    spans = sorted((r.start, r.end) for r in refs)
    starts = [a for a, _ in spans]

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    # One pass for every surname: an alternation of them all, not a scan per judge.
    for ms, me, surname in words_in(text, seen):
        intro = seen[surname]
        intro_text = text[intro.start : intro.end]
        if ms < intro.end:
            continue
        if covered(ms):
            continue
        if _REVIEWED_BEFORE.search(text, max(0, ms - 40), ms):
            continue  # "the appeals court partly overturned Arden, keeping …": the object
        # "Stephen Breyer" is not "Judge Charles Breyer": another first name before it
        fn = _WORD_BEFORE.search(text[max(0, ms - 30) : ms])
        if fn and fn.group(1) not in intro_text and fn.group(1) in _first_names():
            continue
        out.append(CourtRef(ms, me, "judge", intro.court, intro.level,
                            postal=intro.postal, judge=surname, trial=intro.trial,
                            trial_title=intro.trial_title,
                            federal=intro.federal))  # fmt: skip
    out.sort(key=lambda r: r.start)
    return out


_TITLES = frozenset({"Judge", "Justice", "Judges", "Justices"})
# A reviewing court's verb right before a bare surname: the judge is its object, no court of
# a ruling of her own (twenty-seventh session)
_REVIEWED_BEFORE = deferred(
    r"\b(?:(?:partly|partially|largely|unanimously)\s+)?(?:overruled|overturned|reversed|"
    r"vacated|affirmed|upheld|rebuked|sided\s+with|sided\s+against)\s+$"
)


def _judges_named_in_full(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "Judge Edward Rubin ruled … Judge Rubin's ruling": a judge the article names later by
    title and surname alone is the one it named in full before, with that reference's court
    (none when the discourse gave none), never a namesake in the judges' table (Julie R.
    Rubin, D. Md.)."""
    full: dict[str, CourtRef] = {}
    out = list(refs)
    early: list[int] = []  # titled surnames before the article names that judge in full
    for i, r in enumerate(out):
        if r.role != "judge" or not r.judge:
            continue
        words = [w.rstrip(",") for w in text[r.start : r.end].split()]
        k = next((j for j in range(len(words) - 1, -1, -1) if words[j].startswith(r.judge)), -1)
        if k > 0 and words[k - 1] not in _TITLES and words[k - 1][:1].isupper():
            full.setdefault(r.judge, r)
        elif k > 0 and r.judge in full and full[r.judge].court != r.court:
            f = full[r.judge]
            out[i] = replace(r, court=f.court, level=f.level, postal=f.postal, trial=f.trial,
                             trial_title=f.trial_title)  # fmt: skip
        elif k > 0 and words[k - 1] == "Judge" and r.judge not in full:
            early.append(i)
    # "Judge Childs struck down … U.S. District Judge J. Michelle Childs ordered": a headline's
    # or lead's title and surname take the court the full name gives at the article's date
    # (not the court the table gives the surname today); never a justice's
    for i in early:
        e = out[i]
        g = full.get(e.judge or "")
        if g is not None and g.court and g.court != e.court and g.level != C.LEVEL_SUPREME:
            out[i] = replace(e, court=g.court, level=g.level, postal=g.postal, trial=g.trial,
                             trial_title=g.trial_title)  # fmt: skip
    return out


# A judge from elsewhere hearing the case: "a senior judge called in from Pensacola", "who
# was sitting by designation in the Southern District of Texas", "brought in from Florida"
_VISITING = deferred(
    r"\b(?:visiting|called in from|brought in from|sitting by designation|by designation)\b"
)
_VISITING_BEFORE = deferred(r"\b[Vv]isiting\s+(?:[A-Z][\w.'’]*\s+){0,5}$")


def _visiting_judges(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """A judge the article says is visiting (sitting by designation, called in from another
    court) decides for the court they visit, not their own: the table's court is dropped for
    every mention of that judge, and the discourse places the ruling ("HOUSTON — … Senior
    U.S. District Judge Roger Vinson, a senior judge called in from Pensacola, Fla.")."""
    # (three plain substring tests gate it: cheaper than a walk over every reference)
    if "isiting" not in text and "designation" not in text and " in from " not in text:
        return refs
    visiting: set[str] = set()
    for r in refs:
        if r.role == "judge" and r.judge and r.court and r.court != "scotus":
            # in the judge's own sentence after the name, or "Visiting … Judge" before it
            end = min(len(text), r.end + 90)
            stop = text.find("\n", r.end, end)
            end = stop if stop >= 0 else end
            stop = text.find(". ", r.end, end)
            if _VISITING.search(text, r.end, stop if stop >= 0 else end) or (
                _VISITING_BEFORE.search(text, max(0, r.start - 50), r.start)
            ):
                visiting.add(r.judge)
    if not visiting:
        return refs
    return [
        replace(r, court=None) if r.role == "judge" and r.judge in visiting else r for r in refs
    ]


def judges_of_named_courts(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """A judge the table places on one court whom the article names "of" another court right
    after the name ("Judge Ada Roe of the U.S. District Court for the Northern District of
    Ohio") sits there (by designation, or a second commission): that court, for every mention
    of the judge in the article, not the table's."""
    named: dict[str, str] = {}
    for r, nxt in pairwise(refs):
        if (
            r.role == "judge"
            and r.judge
            and r.court
            and nxt.role == "court"
            and nxt.court
            and nxt.court != r.court
            and C.level_of(nxt.court) == C.level_of(r.court)
            and _OF_BETWEEN.fullmatch(text, r.end, nxt.start)
        ):
            named.setdefault(r.judge, nxt.court)
    if not named:
        return refs
    return [
        replace(r, court=named[r.judge]) if r.role == "judge" and r.judge in named else r
        for r in refs
    ]


_OF_BETWEEN = deferred(r",?\s+of\s+")
_FEDERAL_TITLE = deferred(r"U\.S\.|[Ff]ederal|(?:District|Circuit|Appeals)\s+(?:Court\s+)?Judge")


def _judges_of_another_state(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """A judge known only by name ("Judge Michael Brown, writing for the court") whose
    federal district lies in a state the article never names, in an article about another
    state's own court (the Arizona Court of Appeals): a namesake, so no court."""
    states = {r.postal for r in refs if r.postal and r.court and not C.postal_of_court(r.court)}
    if not states:
        return refs
    out = list(refs)
    courts_named = {o.court for o in refs if o.role != "judge" and o.court}
    named: dict[str, bool] = {}  # a state's name → whether the text holds it (asked once)
    for i, r in enumerate(out):
        if r.role != "judge" or not r.court or r.place or r.postal:
            continue
        if _FEDERAL_TITLE.search(text, r.start, r.end):
            continue  # "U.S. District Judge Aileen Cannon": a federal judge by title and name
        postal = C.postal_of_court(r.court)
        if postal is None or postal in states or r.court in courts_named:
            continue
        if postal not in named:
            named[postal] = text.find(C.states()[postal].name) >= 0
        if not named[postal]:
            out[i] = replace(r, court=None)
    return out


# "That judge, William Alsup, called …", "the judge, Loren AliKhan, wrote": the name after
_NAME_APPOS = lazy(
    r",\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’-]+){1,2}),"
    r"|,\s+(?P<name2>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’-]+){1,2})\s+"
    r"(?=(?:said|wrote|ruled|called|found|ordered|granted|blocked)\b)"
)


def _named_after(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """A judge described, then named in commas ("That judge, William Alsup, called the
    firings a sham"): the description carries the judge's surname, so that "Alsup's order"
    later points back to it, and the judge's court when the name alone is certain."""
    out = list(refs)
    for i, r in enumerate(out):
        if r.role != "judge" or r.judge or not text.startswith(",", r.end):
            continue
        m = _NAME_APPOS().match(text, r.end)
        if not m:
            continue
        name = m.group("name") or m.group("name2")
        if name.split()[0] in ("Judge", "Justice", "The", "In", "On"):
            continue
        court = r.court or C.judge_court(name)
        out[i] = replace(r, court=court, judge=name.split()[-1])
    return out


@cache
def _sits_in() -> re.Pattern[str]:
    """ "…, who sits in Reno", "…, who is based in Boise", "…, who was appointed by Biden and
    sits in Reno", "…, a Biden appointee based in Reno", "…, a judge in Reno": where a judge
    named before sits."""
    from .courtpatterns import place_re

    return re.compile(
        r",\s+(?:who\s+(?:[^,.;:\n]{0,60}?\s)?(?:sits|is\s+based|serves|presides|hears\s+cases)"
        r"|an?\s+(?:[\w'’-]+\s+){0,3}?(?:based|sitting|judge))"
        rf"\s+in\s+(?P<pl>{place_re()})\b(?!['’-])"
    )


_BASED_JUDGE = deferred(r"[Tt]he\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+(?:federal\s+)?judge\b")
_BASED_REACH = 400  # "The Reno-based judge" in the sentence after the judge's, or the next


def _placed_after(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """A federal judge whose court the title and the table do not give, placed after the
    ruling: "U.S. District Judge Ada Roe blocked the rule. Roe, who sits in Reno, wrote …",
    "… The Reno-based judge wrote …". The place's one federal district is the court of every
    phrase naming that judge (a state judge, with no federal title, is never placed so: a
    city has state courts too). A place with several districts, or none, says nothing."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(refs):
        if r.role == "judge" and r.judge:
            groups.setdefault(r.judge, []).append(i)
    if not groups:
        return refs
    out = list(refs)
    for idx in groups.values():
        if any(out[i].court for i in idx) or not any(out[i].federal for i in idx):
            continue
        place: C.Place | None = None
        for i in idx:
            m = _sits_in().match(text, out[i].end)
            if m:
                place = C.resolve_place(m.group("pl"))
                break
        if place is None:
            # the judge ref right after one of the judge's, a definite "The Reno-based judge"
            for i in idx:
                k = i + 1
                if k >= len(out) or out[k].start - out[i].end > _BASED_REACH:
                    continue
                n = out[k]
                if (
                    n.role == "judge"
                    and n.judge is None
                    and n.court
                    and C.level_of(n.court) == C.LEVEL_DISTRICT
                    and _BASED_JUDGE.fullmatch(text, n.start, n.end)
                ):
                    place = C.resolve_place(n.place) if n.place else None
                    break
        if place is None or not place.district:
            continue
        for i in idx:
            out[i] = replace(out[i], court=place.district, postal=place.postal, place=place.name)
    return out


_POSTAL_AFTER = deferred(r",\s+(?P<p>[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?)")


@cache
def _shared_city_courts() -> dict[str, list[tuple[str, str]]]:
    """The cities of ``court_cities.csv`` whose federal courts are in more than one state
    (read once, not for each article)."""
    return {k: v for k, v in C.cities().items() if len({p for p, _ in v}) > 1}


def _shared_cities(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """A court phrase in a city several states' federal courts sit in ("a federal judge in
    Columbus": Ohio's Southern District and Georgia's Middle District) names the district of
    the one such state its own sentence names, else of the one such state the whole article
    names: "A federal judge in Columbus blocked Ohio's law" is S.D. Ohio. Two of them named,
    or none, leave the court unknown; a state court's phrase is left to the state's court."""
    from ..statenames import state_re
    from .common import sentence_span

    shared = _shared_city_courts()
    if not shared:
        return refs
    out = list(refs)
    named_all: set[str] | None = None
    for i, r in enumerate(out):
        if r.court is not None or r.level not in (None, C.LEVEL_DISTRICT) or r.trial:
            continue
        words = place_word().findall(text, r.start, r.end)
        hits = [shared[C._fold(w)] for w in words if C._fold(w) in shared]
        if len(hits) != 1:
            continue
        by_state = {C.states()[p].name: d for p, d in hits[0] if p in C.states()}
        a, b = sentence_span(text, r.start)
        here = {m.group("state") for m in state_re().finditer(text, a, b)} & by_state.keys()
        if not here:
            if named_all is None:
                named_all = {m.group("state") for m in state_re().finditer(text)}
            here = named_all & by_state.keys()
        if len(here) != 1:
            continue
        state = here.pop()
        district = by_state[state]
        postal = C.postal_of_court(district)
        out[i] = replace(r, court=district, postal=postal, place=words[0])
    return out
