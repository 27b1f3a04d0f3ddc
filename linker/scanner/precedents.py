"""A Supreme Court precedent cited in passing by its year: "pointing to a 2020 U.S. Supreme
Court ruling that employment discrimination against transgender people is … sex
discrimination", "In its 1984 ruling …" after "the Chevron doctrine", "the court's landmark
1973 decision legalizing abortion".

News names a precedent by its year and what it held far more often than by its caption. The
phrase is that case when exactly one case fits: a Supreme Court case the article names
elsewhere that was decided that year, or a row of ``linker/data/case_topics.csv`` for that
year whose topic words all stand in the phrase's sentence (each row one landmark with what
it held). Two that fit, or none, leave the phrase to the rulings pass: a wrong case is worse
than none. The phrase must be the Supreme Court's: it says so ("a 2020 U.S. Supreme Court
ruling", "the high court's 2022 decision"), or the sentence or the two before it name the
Supreme Court or the justices.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import cases, read_rows
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span

_WORDS = ("ruling", "decision", "opinion", "precedent")
# The anchor is the year's last digit (or "Court") with the word after it, so that the many
# "ruling"s with no year before them cost nothing.
ANCHOR = Anchor(
    "precedent_year",
    tuple(f"{d} {w}" for d in "0123456789" for w in _WORDS)
    + tuple(f"{c} {w}" for c in ("Court", "court") for w in _WORDS),
    100,
    0,
    "",
    "word",
)

# "a 2020 U.S. Supreme Court ruling", "its 1984 ruling", "the court's landmark 1973
# decision", "the Supreme Court's 2022 decision", "a 6-3 2024 ruling": read back from the
# anchor word over at most 90 characters.
PHRASE = deferred(
    r"(?P<phrase>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|(?:[Tt]he\s+)?(?:(?:U\.S\.\s+|United\s+States\s+)?Supreme\s+"
    r"Court|high\s+court|[Cc]ourt|justices)['’]s?)\s+(?:(?:landmark|historic|seminal|"
    r"famous|controversial|unanimous|clarifying|pivotal|major|key|sweeping|blockbuster|"
    r"follow-up|\d-\d|\d–\d|\d-to-\d)\s+)*(?P<year>(?:19|20)\d\d)\s+"
    r"(?P<court>(?:U\.S\.\s+)?Supreme\s+Court\s+|high\s+court\s+)?"
    r"(?:ruling|decision|opinion|precedent))$"
)
YEAR_TAIL = deferred(
    r"[12][09]\d\d\s+(?:(?:U\.S\.\s+)?Supreme\s+Court\s+|high\s+court\s+)?"
    r"(?:ruling|decision|opinion|precedent)$"
)
# The case's name printed right after the phrase, when no other pass read it as a case:
# capitalised words and the small words inside names ("Students for Fair Admissions").
NAME_AFTER = deferred(
    r"\s+in\s+[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|the|v\.|vs\.|&)\s+)?[A-Z][\w.&'’-]*)*"
)
SUPREME = deferred(r"Supreme Court|high court|[Jj]ustices\b|SCOTUS")


_WORD_START = deferred(r"(?<!\S)\S")


def _case_ref(text: str, s: int, e: int, cap: Mention, evidence: str) -> Mention:
    """A reference at ``text[s:e]`` back (or ahead) to the case of the caption ``cap``."""
    return Mention(
        s,
        e,
        text[s:e],
        "case",
        cap.authority,
        name=cap.name,
        court=cap.court,
        confidence=0.75,
        anaphor=True,
        evidence=evidence,
        matcher="precedents",
    )


def _phrase(window: str) -> re.Match[str] | None:
    """``PHRASE`` at the first word start of ``window`` where it matches (a match tried at a
    few word starts costs far less than a search tried at every character)."""
    for w in _WORD_START.finditer(window):
        m = PHRASE.match(window, w.start())
        if m:
            return m
    return None


@dataclass(frozen=True)
class _Topic:
    name: str
    year: int
    groups: tuple[tuple[str, ...], ...]  # every group must match, by one of its words
    state: str = ""  # the state whose law the case tested ("a Colorado case")


@cache
def _topics() -> dict[int, tuple[_Topic, ...]]:
    out: dict[int, list[_Topic]] = {}
    for r in read_rows("case_topics.csv"):
        groups = tuple(
            tuple(w.strip().lower() for w in g.split("|") if w.strip())
            for g in r["words"].split("+")
        )
        out.setdefault(int(r["year"]), []).append(
            _Topic(r["name"], int(r["year"]), groups, r.get("state") or "")
        )
    return {y: tuple(ts) for y, ts in out.items()}


# "the Supreme Court heard arguments in a Colorado case that could resolve the issue", "agreed
# in March to hear a Colorado case about whether …": a Supreme Court case told by the state
# whose law it tests (``case_topics.csv``'s ``state``)
_STATES = (
    *("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut"),
    *("Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa"),
    *("Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan"),
    *("Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio"),
    *("Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont"),
    *("Virginia", "Washington", "Wisconsin", "Wyoming", "New Hampshire", "New Jersey"),
    *("New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island"),
    *("South Carolina", "South Dakota", "West Virginia"),
)
STATE_CASE_ANCHOR = Anchor(
    "precedent_state_case", tuple(f"{st} case" for st in _STATES), 3, 0, "word", "word"
)
_STATE_CASE = deferred(r"\b[Aa]n?\s+$")


def _state_cases(doc: Doc) -> list[Mention]:
    """A Supreme Court case told as "a <State> case" in a sentence about the Supreme Court:
    the one ``case_topics.csv`` row of that state whose topic words the sentence, the next
    one, or else the article holds (two rows, or none, leave it alone)."""
    text = doc.text
    rows = [t for ts in _topics().values() for t in ts if t.state]
    known = _scotus_by_name()
    out: list[Mention] = []
    for s, e in doc.hits("precedent_state_case"):
        det = _STATE_CASE.search(text, max(0, s - 4), s)
        if det is None:
            continue
        state = text[s : e - len(" case")]
        k = doc.sentence_index(s)
        a, b = doc.sentences[k] if doc.sentences else (0, len(text))
        if not SUPREME.search(text, a, b):
            continue
        mine = [t for t in rows if t.state == state]
        nxt = doc.sentences[k + 1][1] if doc.sentences and k + 1 < len(doc.sentences) else b
        fits = {t.name for t in mine if _fits(t, text[a:nxt])}
        if not fits:
            fits = {t.name for t in mine if _fits(t, text)}
        if len(fits) != 1:
            continue
        name = fits.pop()
        out.append(
            Mention(
                det.start(),
                e,
                text[det.start() : e],
                "case",
                known.get(name, (None, None))[0],
                name=name,
                confidence=0.75,
                evidence=f"the Supreme Court's case from {state} on what the article tells: {name}",
                matcher="precedents",
            )
        )
    return out


_THE_BEFORE = deferred(r"\b[Tt]he\s+$")


def _state_case_named(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The Norland case, known as Pell v. Orton, challenged …": a case told by its state
    and named by the caption set in apposition right after it ("known as", "called") is that
    caption's case (the state tells which of several cases the article means; a bare "The
    case, known as …" is left to the caption alone)."""
    text = doc.text
    by_start = {m.start: m for m in mentions if _is_caption(m)}
    if not by_start:
        return mentions
    taken = SpanSet([(m.start, m.end) for m in mentions])
    new: list[Mention] = []
    for s, e in doc.hits("precedent_state_case"):
        det = _THE_BEFORE.search(text, max(0, s - 4), s)
        gap = _CAPTION_APPOSED.match(text, e)
        if det is None or gap is None or not gap.group("says") or gap.end() not in by_start:
            continue
        if taken.overlaps(det.start(), e):
            continue
        cap = by_start[gap.end()]
        new.append(
            _case_ref(text, det.start(), e, cap, f"the case named right after it, {cap.text}")
        )
    return sorted([*mentions, *new], key=by_span) if new else mentions


@cache
def _scotus_by_name() -> dict[str, tuple[str | None, int | None]]:
    return {c.name: (c.authority, c.year) for c in cases() if c.court == "scotus"}


def _fits(topic: _Topic, sentence: str) -> bool:
    low = sentence.lower()
    return all(any(w in low for w in group) for group in topic.groups)


# "a landmark case that legalized abortion in 1973": the year after the noun, in a clause on
# what the case did (read only after "landmark"/"historic", whose case is a precedent).
LATE_ANCHOR = Anchor(
    "precedent_late_year",
    tuple(
        f"{a} {w}"
        for a in ("landmark", "historic", "Landmark")
        for w in ("case", "decision", "ruling", "precedent")
    ),
    0,
    160,
    "word",
    "word",
)
_LATE_PHRASE_BEFORE = deferred(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+$")
_LATE_CLAUSE = deferred(
    r"\s+(?:that|which)\s+(?:[a-z][\w-]*\s+){1,8}?in\s+(?P<year>(?:17|18|19|20)\d\d)\b"
)


def _late_year(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Cases told by a holding with their year after the noun ("a landmark case that legalized
    abortion in 1973"): the one ``case_topics.csv`` row of that year whose words stand in
    the clause's sentence, when the Supreme Court is named nearby."""
    text = doc.text
    out: list[Mention] = []
    for s, e in doc.hits("precedent_late_year"):
        det = _LATE_PHRASE_BEFORE.search(text, max(0, s - 8), s)
        clause = _LATE_CLAUSE.match(text, e)
        if det is None or clause is None:
            continue
        k = doc.sentence_index(s)
        a, b = doc.sentences[k] if doc.sentences else (0, len(text))
        if clause.end() > b:
            continue  # the year is in another sentence
        lo = doc.sentences[max(0, k - 2)][0] if doc.sentences else 0
        if not SUPREME.search(text, min(lo, max(0, s - 250)), b):
            continue
        year = int(clause.group("year"))
        fits = {t.name for t in _topics().get(year, ()) if _fits(t, text[a:b])}
        if len(fits) != 1:
            continue
        name = fits.pop()
        start = det.start()
        out.append(
            Mention(
                start,
                e,
                text[start:e],
                "case",
                _scotus_by_name().get(name, (None, None))[0],
                name=name,
                confidence=0.75,
                evidence=f"the Supreme Court's {year} decision the article describes: {name}",
                matcher="precedents",
            )
        )
    return out


# "… dating back to Humphrey's Executor v. United States, 295 U.S. 602 (1935). … the
# Government argued that the decision does not apply", "… the Supreme Court's landmark 2022
# ruling in … v. Bruen. That ruling affirmed …": a bare "the decision" right after a Supreme
# Court precedent the article cites is that precedent, not a ruling of the story.
BACK_ANCHOR = Anchor(
    "precedent_back",
    tuple(
        f"{d} {v}{w}"
        for d in ("the", "The", "that", "That", "this", "This")
        # (a word of its weight between: "That landmark ruling held …")
        # (a vote is read from the year anchor's "4 ruling": ``_backs``)
        for v in ("", "landmark ", "unanimous ")
        for w in ("ruling", "decision")
    ),
    0,
    0,
    "word",
    "word",
)
# "That 5-4 ruling", "the 6-3 decision": a bare back-reference with the vote it was decided by
_VOTE_BACK = deferred(r"(?:[Tt]hat|[Tt]his|[Tt]he)\s+\d{1,2}[-–]\d{1,2}\s+(?:ruling|decision)")
# Words after the phrase that say which ruling it is ("the decision in Bruen", "the ruling
# by Judge …", "that ruling that …"): not a bare back-reference.
_SAYS_WHICH = deferred(r"\s*(?:in|of|on|by|from|to|that|which|last|this|earlier)\b")
_US_REPORTS = deferred(r"cite:\d+:us:\d+$")
_PAREN_YEAR = deferred(r"\((?:[^()]*\s)?((?:17|18|19|20)\d\d)\)$")
_ANY_YEAR = deferred(r"\b(?:19|20)\d\d\b")
# The story's own news in the phrase's sentence: a ruling of this week, of a judge.
_STORY_NEWS = deferred(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"this\s+week|last\s+week|Judge|judge)\b"
)


# A ruling of the story told between the precedent and the phrase ("Citing … Loper Bright,
# the court found that FDA lacked authority … This Alert analyzes the opinion … the
# decision"): the phrase is more likely that one.
_STORY_RULING_BETWEEN = deferred(
    r"\b(?:court|judge|panel|justices?)\s+(?:found|held|ruled|vacated|struck|blocked|granted|"
    r"denied|issued|ordered|enjoined|concluded|agreed|reversed|affirmed|sided)\b|\bopinion\b"
)


@cache
def _scotus_years() -> dict[str, int]:
    return {c.authority: c.year for c in cases() if c.authority and c.year is not None}


# "That 5-4 ruling", "the 6–3 decision": a back-reference with the justices' vote, read from
# the year anchor's hit on "4 ruling".
_VOTED = deferred(r"(?<![\w'’])(?:[Tt]he|[Tt]hat|[Tt]his)\s+[5-9][-–][0-4]$")


# Between a Supreme Court ruling and the precedent that is its own: "rejected in Doe v. Roe".
_TOLD_IN = deferred(r"\s+(?:in|by)\s+")


def _backs(doc: Doc) -> list[tuple[int, int]]:
    """The back-reference phrases: the anchor's, and those with a vote ("That 5-4 ruling")."""
    out = list(doc.hits("precedent_back"))
    for s, e in doc.hits("precedent_year"):
        v = _VOTED.search(doc.text, max(0, s - 12), s + 1)
        if v is not None:
            out.append((v.start(), e))
    return sorted(out)


def _precedent_back(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bare "the decision", "that ruling" whose nearest case or ruling before it, in its
    sentence or the one before, is a Supreme Court precedent (a U.S. Reports cite decided
    before the article's year, else before the latest year it prints): that case. A ruling
    referring back at the same words gives way; nothing else at them is touched."""
    if not any(m.kind == "case" and _US_REPORTS.match(m.authority or "") for m in mentions):
        return mentions  # (most articles cite no Supreme Court case by its reporter)
    text = doc.text
    legal = sorted((m for m in mentions if m.kind in ("case", "ruling")), key=lambda m: m.end)
    ends = [m.end for m in legal]
    starts: list[int] | None = None
    article_year: int | None = int(doc.date[:4]) if doc.date else None
    drop: set[int] = set()
    new: list[Mention] = []
    # ("That 5-4 ruling held …": a vote between the determiner and the noun, read from the
    # rulings found there: no anchor of its own)
    voted = {
        (m.start, m.end) for m in mentions if m.kind == "ruling" and _VOTE_BACK.fullmatch(m.text)
    }
    for s, e in sorted({*_backs(doc), *voted}):
        if _SAYS_WHICH.match(text, e):
            continue
        i = bisect.bisect_right(ends, s) - 1
        if i < 0:
            continue
        p = legal[i]
        if p.kind != "case" or p.anaphor or not p.authority or not _US_REPORTS.match(p.authority):
            continue
        k = doc.sentence_index(s)
        if doc.sentences and p.start < doc.sentences[max(0, k - 1)][0]:
            continue  # further back than the sentence before
        if _STORY_RULING_BETWEEN.search(text, p.end, s):
            continue
        pa, pb = doc.sentence_at(p.start)
        if any(
            r.kind == "ruling"
            and not r.anaphor
            and pa <= r.start < pb
            and not (r.court == "scotus" and _TOLD_IN.fullmatch(text, r.end, p.start))
            for r in legal[max(0, i - 5) : i]
        ):
            continue  # "The District Court … ruled in the Corner Post … case": that ruling's
            # (not "the justices rejected in Doe v. Roe": the precedent's own ruling)
        if _CITES.search(text, pa, p.start):
            continue  # "…, echoing the Court's stance in Roe v. Wade. This decision": the one
            # that cites or echoes it
        if _story_ruling_meant(doc, legal, s, p.start):
            continue  # a paragraph's "The ruling" after one that only named the precedent
        a, b = doc.sentence_at(s)
        if _STORY_NEWS.search(text, a, b):
            continue  # "The ruling came Tuesday": the story's own
        decided = _scotus_years().get(p.authority)
        if decided is None and (paren := _PAREN_YEAR.search(p.text)):
            decided = int(paren.group(1))
        if decided is None:
            continue
        if article_year is None:
            article_year = max((int(y) for y in _ANY_YEAR.findall(text)), default=0)
        if starts is None:
            starts = [m.start for m in mentions]
        j = bisect.bisect_left(starts, e)
        here = [x for x in range(max(0, j - 3), j) if mentions[x].end > s]
        if decided > article_year or (decided == article_year and here):
            continue  # the story's own decision, cited already (a ruling there refers to it)
        # (twenty-third session: "Lower courts have barely begun to apply Loper Bright, yet
        # the landmark decision could upend …" in the year it was decided: that case still,
        # when nothing else was found at the phrase)
        if any(
            not (
                mentions[x].kind == "ruling"
                and (mentions[x].anaphor or (mentions[x].start, mentions[x].end) == (s, e))
            )
            for x in here
        ):
            continue  # a mention of its own there
        drop.update(here)
        new.append(
            Mention(
                s,
                e,
                text[s:e],
                "case",
                p.authority,
                name=p.name,
                confidence=0.75,
                anaphor=True,
                evidence=f"refers back to the precedent {p.text}",
                matcher="precedents",
            )
        )
    if not new:
        return mentions
    kept = [m for x, m in enumerate(mentions) if x not in drop]
    return sorted([*kept, *new], key=by_span)


# "The decision, known as Harlan v. Ostrowski, held …", "The ruling, Doe v. Roe, …": the
# caption set in apposition right after the phrase names its case.
_CAPTION_APPOSED = deferred(
    r",\s+(?P<says>(?:(?:also|better|commonly|widely|now)\s+)?(?:(?:known|referred\s+to)\s+as|"
    r"called|dubbed|titled|named)\s+)?"
)


# A court's ruling that cites the caption, told before it in its sentence
_CITES = deferred(
    r"\b(?:[Cc]it(?:ed|ing|es)|[Rr]el(?:ied|ying|ies)\s+on|[Pp]ointed\s+to|[Ii]nvok(?:ed|ing)|"
    # a precedent the ruling is likened to ("…, echoing its stance in Doe v. Roe. This decision
    # …" is the ruling that echoes it)
    r"[Ee]cho(?:ed|ing|es)|[Mm]irror(?:ed|ing|s)|[Ll]iken(?:ed|ing|s)|[Cc]ompar(?:ed|ing|es))\b"
)


# "The ruling cited by the panel was Doe v. Roe", "The decision at issue is …": the phrase and
# a caption joined by the copula name one case (the caption right after "was"/"is")
_COPULAR_NAMED = deferred(
    r"\s+(?:(?:cited|relied\s+(?:up)?on|invoked|applied|at\s+issue|in\s+question)\b"
    r"(?:[^.;\n]|\.(?!\s)){0,60}?\s+)?(?:was|is)\s+"
)


def _news_ruling_before(doc: Doc, mentions: list[Mention], at: int) -> bool:
    """Whether a ruling the story tells as its news ("the 6th Circuit on Thursday ruled"): one
    with a court, not pointing back, whose sentence dates it to this week, stands before
    ``at``."""
    for r in mentions:
        if r.start >= at:
            break
        if r.kind != "ruling" or r.anaphor or not r.court or r.confidence < 0.7:
            continue
        a, b = doc.sentences[doc.sentence_index(r.start)] if doc.sentences else (r.start, r.end)
        if _STORY_NEWS.search(doc.text, a, b):
            return True
    return False


def _story_ruling_meant(doc: Doc, mentions: list[Mention], s: int, named: int) -> bool:
    """Whether a "The ruling" opening a paragraph at ``s`` means the story's news ruling rather
    than the precedent named at ``named`` in the paragraph before: the story tells a dated news
    ruling before that name, and the paragraph before only names the precedent (it tells no
    ruling of the Supreme Court's: "the judges wrote, applying Loper Bright …")."""
    text = doc.text
    if text[max(0, s - 1) : s] != "\n":
        return False
    before = text.rfind("\n", 0, max(0, s - 1)) + 1
    if before > named or SUPREME.search(text, before, s):
        return False
    return _news_ruling_before(doc, mentions, named)


def _is_caption(m: Mention) -> bool:
    return (
        m.kind == "case"
        and not m.anaphor
        and m.confidence >= 0.5
        and bool(m.name)
        and " v. " in (m.name or "")
    )


def _caption_back(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The decision"/"The ruling" that is a caption's own decision: set in apposition right
    before it ("The decision, known as Harlan v. Ostrowski, held …"), or opening the sentence
    right after the one that names it ("… Harlan v. Ostrowski, held that … The ruling also
    established …") when that sentence tells no ruling of its own ("The judge ruled …, citing
    Doe v. Roe" is left to the rulings pass). Any case of the caption's, known to the tables or
    not; a ruling referring back at the same words gives way."""
    text = doc.text
    by_start = {m.start: m for m in mentions if _is_caption(m)}
    if not by_start:
        return mentions
    legal = sorted((m for m in mentions if m.kind in ("case", "ruling")), key=lambda m: m.end)
    ends = [m.end for m in legal]
    new: list[Mention] = []
    told: dict[int, Mention] = {}  # a phrase's start → the caption it was found to name
    # ("That 5-4 ruling held …": a vote between the determiner and the noun, read from the
    # rulings found there: no anchor of its own)
    voted = {
        (m.start, m.end) for m in mentions if m.kind == "ruling" and _VOTE_BACK.fullmatch(m.text)
    }
    for s, e in sorted({*doc.hits("precedent_back"), *voted}):
        if _SAYS_WHICH.match(text, e):
            continue
        cap: Mention | None = None
        gap = _CAPTION_APPOSED.match(text, e)
        copula = _COPULAR_NAMED.match(text, e)
        if copula is not None and copula.end() in by_start:
            cap = by_start[copula.end()]
        elif gap is not None and gap.end() in by_start:
            cap = by_start[gap.end()]
            if not gap.group("says") and not text.startswith(",", cap.end):
                continue  # "After the ruling, Doe v. Roe went back …": no apposition
        elif text[s].isupper() and doc.sentences:
            k = doc.sentence_index(s)
            if doc.sentences[k][0] != s or k == 0:
                continue  # not opening its sentence
            pa, pb = doc.sentences[k - 1]
            i = bisect.bisect_right(ends, s) - 1
            # the last case or ruling before the phrase, in the sentence before it
            while i >= 0 and legal[i].anaphor and legal[i].start in told:
                i -= 1  # (a phrase that named the caption there: "The decision, known as …")
            p = legal[i] if i >= 0 else None
            if p is None or not _is_caption(p) or p.start < pa:
                continue
            if any(
                r.kind == "ruling" and not r.anaphor and pa <= r.start < pb
                for r in legal[max(0, i - 6) : i]
            ):
                continue  # "The judge ruled …, citing Doe v. Roe": the ruling is the judge's
            if _STORY_RULING_BETWEEN.search(text, pa, p.start) or _CITES.search(text, pa, pb):
                # "the appeals court cited Doe v. Roe …", "Citing Doe v. Roe, the judge said
                # …": a ruling that cites it
                continue
            if _story_ruling_meant(doc, legal, s, p.start):
                # a paragraph opened by "The ruling" after one that only named a precedent,
                # in a story that tells a ruling as its news: that ruling is meant
                continue
            cap = p
        if cap is None:
            continue
        told[s] = cap
        new.append(_case_ref(text, s, e, cap, f"the decision of {cap.text}, named right there"))
    if not new:
        return mentions
    spans = SpanSet([(n.start, n.end) for n in new])
    kept = [
        x
        for x in mentions
        if not (x.kind == "ruling" and x.anaphor and spans.overlaps(x.start, x.end))
    ]
    taken = SpanSet([(x.start, x.end) for x in kept])
    kept.extend(n for n in new if not taken.overlaps(n.start, n.end))
    return sorted(kept, key=by_span)


# (twenty-eighth session, census42 P4) a precedent told as "a Supreme Court case" of its year
# after its name: "the Howey test—established in a Supreme Court case in 1946—…"
CASE_YEAR_ANCHOR = Anchor(
    "precedent_case_year",
    ("Supreme Court case", "high court case"),
    30,
    30,
    "word",
    "word",
)
_CASE_OF_YEAR = deferred(
    r"\b[Aa]\s+(?:landmark\s+|seminal\s+|famous\s+)?(?:U\.S\.\s+)?(?:Supreme\s+Court|high\s+court)"
    r"\s+case\s+(?:in|from|of|decided\s+in)\s+(?P<year>(?:17|18|19|20)\d\d)\b"
)


def _case_of_year(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "a Supreme Court case in 1946" after the article named a Supreme Court case decided
    that year ("Howey", "the Howey test"): that case, when it is the only one of that year
    the article names before the phrase."""
    text = doc.text
    out: list[Mention] = []
    taken = SpanSet([(m.start, m.end) for m in mentions])
    years = _scotus_years()
    for s, e in doc.hits("precedent_case_year"):
        for m in _CASE_OF_YEAR.finditer(text, max(0, s - 30), min(len(text), e + 30)):
            if taken.overlaps(m.start(), m.end()):
                continue
            year = int(m.group("year"))
            named = [
                x
                for x in mentions
                if x.kind == "case"
                and x.end <= m.start()
                and x.authority
                and _US_REPORTS.match(x.authority)
                and years.get(x.authority) == year
            ]
            if len({x.authority for x in named}) != 1:
                continue
            case = named[-1]
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "case",
                    case.authority,
                    name=case.name,
                    confidence=0.75,
                    anaphor=True,
                    evidence=f"the Supreme Court case of {year} the article names: {case.text}",
                    matcher="precedents",
                )
            )
            taken.add(m.start(), m.end())
    return out


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if doc.hits("precedent_case_year"):
        mentions = sorted([*mentions, *_case_of_year(doc, mentions)], key=by_span)
    if (
        doc.hits("precedent_back")
        or doc.hits("precedent_year")
        or any(m.kind == "ruling" and _VOTE_BACK.fullmatch(m.text) for m in mentions)
    ):
        mentions = _precedent_back(doc, mentions)
        mentions = _caption_back(doc, mentions)
    late = _late_year(doc, mentions) if doc.hits("precedent_late_year") else []
    if late:  # beside a ruling on the same words ("the court overturned a landmark case …")
        taken = SpanSet([(x.start, x.end) for x in mentions if x.kind == "case"])
        mentions = sorted(
            [*mentions, *(n for n in late if not taken.overlaps(n.start, n.end))], key=by_span
        )
    if doc.hits("precedent_overturn"):
        mentions = with_cases(mentions, _overturning(doc, mentions))
    if doc.hits("precedent_state_case"):
        mentions = with_cases(mentions, _state_cases(doc))
        mentions = _state_case_named(doc, mentions)
    hits = doc.hits("precedent_year")
    if not hits:
        return mentions
    text = doc.text
    known = _scotus_by_name()
    named: dict[int, set[str]] | None = None  # year -> Supreme Court cases the article names
    case_starts: list[int] | None = None  # (sorted: looked up by bisection, not each compared)
    new: list[Mention] = []
    merged: set[int] = set()  # the captions a dated phrase before them took in
    for _s, e in hits:
        # the year first (a quick search that opens on its digit), the words before it only
        # where there is one: most anchors are "a 6-3 ruling" or "a lower court ruling"
        y = YEAR_TAIL.search(text, max(0, e - 45), e)
        if y is None:
            voted = _voted_caption(text, mentions, e)
            if voted is not None:
                merged.add(id(voted[1]))
                new.append(_vote_decision(text, *voted))
            continue
        m = _phrase(text[max(0, y.start() - 60) : e])
        if m is None:
            continue
        start = e - len(m.group("phrase"))
        year = int(m.group("year"))
        k = doc.sentence_index(start)
        a, b = doc.sentences[k] if doc.sentences else (0, len(text))
        if not m.group("court") and "court" not in m.group("phrase").lower():
            lo = doc.sentences[max(0, k - 2)][0] if doc.sentences else 0
            if not SUPREME.search(text, lo, b):
                continue  # "its 1984 ruling" of no court the article names
        elif "Supreme" not in m.group("phrase") and "high court" not in m.group("phrase"):
            lo = doc.sentences[max(0, k - 2)][0] if doc.sentences else 0
            if not SUPREME.search(text, lo, b):
                continue  # "the court's 2019 decision": a court, not known to be the Supreme one
        if named is None:
            named = {}
            for x in mentions:
                if x.kind == "case" and x.name in known:
                    decided = known[x.name][1]
                    if decided is not None:
                        named.setdefault(decided, set()).add(x.name)
        if case_starts is None:
            case_starts = sorted(x.start for x in mentions if x.kind == "case")
        i = bisect.bisect_left(case_starts, e)
        if i < len(case_starts) and case_starts[i] <= e + 5:
            # "the Supreme Court's landmark 2022 ruling in … v. Bruen": named there; the
            # phrase is that caption's decision when the caption is a Supreme Court case of
            # the phrase's year (twenty-eighth session: "a 2007 Supreme Court ruling in
            # Massachusetts v. EPA", "the Supreme Court's 2023 decision in Sackett v. …")
            # (one mention from the phrase to the caption's end, as "… decision in Students
            # for Fair Admissions" below: the caption is read as part of it)
            own = _caption_of_year(text, mentions, e, case_starts[i], year)
            if own is not None:
                merged.add(id(own))
                new.append(own_decision(text, start, own, year))
            continue
        fits = set(named.get(year, ()))
        fits |= {t.name for t in _topics().get(year, ()) if _fits(t, text[a:b])}
        if len(fits) != 1:
            continue
        name = fits.pop()
        end = e
        named_after = NAME_AFTER.match(text, e)
        if named_after:  # "… 2023 decision in Students for Fair Admissions": the name too
            if named_after.group(0).split()[1] not in name.split():
                continue  # "… 2022 decision in Kennedy": another case than the one that fits
            end = named_after.end()
        authority = known.get(name, (None, None))[0]
        new.append(
            Mention(
                start,
                end,
                text[start:end],
                "case",
                authority,
                name=name,
                confidence=0.8,
                evidence=f"the Supreme Court's {year} decision the article describes: {name}",
                matcher="precedents",
            )
        )
    if merged:
        mentions = [x for x in mentions if id(x) not in merged]
    return with_cases(mentions, new)


# "In a 6-3 decision in United States v. Doe on Wednesday, the Court upheld …": a ruling told
# by its vote, read back from the anchor's "3 decision"
_VOTE_PHRASE = deferred(
    r"(?<![\w'’])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?"
    r"\d{1,2}(?:[-–]|-to-|\s+to\s+)\d{1,2}\s+(?:ruling|decision|opinion)$"
)


def _voted_caption(text: str, mentions: list[Mention], e: int) -> tuple[int, Mention] | None:
    """A ruling told by its vote that ends at ``e`` right before "in" and a caption found as a
    case ("a 6-3 decision in United States v. Doe"): where the phrase starts, and the caption
    (any court's: the vote and the name tell one decision)."""
    v = _VOTE_PHRASE.search(text, max(0, e - 40), e)
    if v is None or not text.startswith(" in ", e):
        return None
    for x in mentions:
        if x.start == e + 4 and x.kind == "case" and not x.anaphor and _is_caption(x):
            return v.start(), x
    return None


def _vote_decision(text: str, start: int, cap: Mention) -> Mention:
    """The vote phrase from ``start`` and the caption ``cap`` after it: that case."""
    return Mention(
        start,
        cap.end,
        text[start : cap.end],
        "case",
        cap.authority,
        name=cap.name,
        court=cap.court,
        confidence=max(0.8, cap.confidence),
        evidence=f"the decision by its vote in the caption after it, {cap.text}",
        matcher="precedents",
    )


# Between a dated phrase and the caption it decided: "… 2023 decision in Sackett v. …"
_IN_CAPTION = deferred(r"\s+in\s+$")


def _caption_of_year(
    text: str, mentions: list[Mention], e: int, at: int, year: int
) -> Mention | None:
    """The caption starting at ``at`` right after "in" that ends the dated phrase at ``e``,
    when it is a Supreme Court case the tables know was decided in ``year``."""
    if not _IN_CAPTION.fullmatch(text, e, at):
        return None
    for x in mentions:
        if x.start == at and x.kind == "case" and not x.anaphor and x.name and x.authority:
            decided = _scotus_by_name().get(x.name, (None, None))[1]
            return x if decided == year and _US_REPORTS.match(x.authority) else None
    return None


def own_decision(text: str, start: int, cap: Mention, year: int) -> Mention:
    """The dated phrase from ``start`` and the caption ``cap`` after it: that case."""
    return Mention(
        start,
        cap.end,
        text[start : cap.end],
        "case",
        cap.authority,
        name=cap.name,
        confidence=max(0.8, cap.confidence),
        evidence=f"the Supreme Court's {year} decision in the caption after it, {cap.text}",
        matcher="precedents",
    )


# "the U.S. Supreme Court's 2022 decision to overturn Roe", "the high court's ruling
# overturning Chevron": the decision is the one that overruled the case named right after it
# (``overruled`` in ``case_topics.csv``), not that case; the case named stays its own mention.
OVERTURN_ANCHOR = Anchor(
    "precedent_overturn",
    (
        "to overturn",
        "overturning",
        "that overturned",
        "which overturned",
        "to overrule",
        "overruling",
        "that overruled",
        "which overruled",
    ),
    0,
    0,
    "word",
    "word",
)
# The phrase before the clause, read back from it: "the U.S. Supreme Court's 2022 decision",
# "a 6-3 Supreme Court ruling", "the justices' landmark decision", "its decision".
_OVERTURNING = deferred(
    r"(?P<phrase>(?<![\w'’])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<owner>(?:(?:U\.S\.|US)\s+)?Supreme\s+"
    r"Court|[Hh]igh\s+court|[Cc]ourt|justices)?(?:['’]s?\s+)?(?:(?:landmark|historic|"
    r"controversial|sweeping|blockbuster|\d-\d|\d–\d|\d-to-\d)\s+)*"
    r"(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<court>(?:(?:U\.S\.|US)\s+)?Supreme\s+Court\s+|"
    r"high\s+court\s+)?(?:ruling|decision|opinion))(?:\s+(?P<ago>two|three|four|five|\d+|a)\s+"
    r"years?\s+ago|\s+in\s+(?P<in_year>(?:19|20)\d\d)|"
    # (twenty-third session: "the Supreme Court's landmark ruling earlier this year that
    # overturned Chevron deference": the article's year, or the one before it)
    r"\s+(?P<rel>(?:earlier\s+|late\s+)?this(?=\s+(?:year|spring|summer|June|July)\b)|"
    r"last(?=\s+year\b))\s+\w+)?\s+$"
)
_AGO = {"a": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# Between the clause and the case: "overturning the landmark Roe v. Wade", "to overturn its
# 1973 decision in Roe v. Wade".
_TO_CASE = deferred(
    r"\s+(?:(?:the|its)\s+)?(?:(?:landmark|historic|(?:19|20)\d\d|nearly\s+\w+-year-old|"
    r"\w+-year-old)\s+)*(?:(?:decision|ruling|precedent)\s+in\s+)?"
)


@cache
def _overruled_by() -> dict[str, tuple[str, int]]:
    """The name of each case a row overruled → the overruling case's name and year."""
    out: dict[str, tuple[str, int]] = {}
    for r in read_rows("case_topics.csv"):
        for n in (r.get("overruled") or "").split("|"):
            if n.strip():
                out[n.strip()] = (r["name"], int(r["year"]))
    return out


def _overturning(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the Supreme Court's 2022 decision to overturn Roe": the decision that overruled the
    case named right after the clause, a case of ``case_topics.csv`` with its ``overruled``
    cases. The phrase must be the Supreme Court's (it says so, or the sentence or the two
    before it name the Court or the justices), and a year it prints must be the row's."""
    text = doc.text
    by_start = {m.start: m for m in mentions if m.kind == "case" and not m.anaphor and m.name}
    if not by_start:
        return []
    table = _overruled_by()
    known = _scotus_by_name()
    out: list[Mention] = []
    for s, e in doc.hits("precedent_overturn"):
        gap = _TO_CASE.match(text, e)
        x = by_start.get(gap.end()) if gap else None
        if x is None or x.name not in table:
            continue
        name, year = table[x.name]
        m = _OVERTURNING.search(text, max(0, s - 110), s)
        if m is None:
            continue
        told = m.group("year") or m.group("in_year")
        if told and int(told) != year:
            continue  # another year's decision: not the one that overruled it
        rel = m.group("rel")
        if rel and doc.date:
            back = 1 if rel == "last" else 0
            if int(doc.date[:4]) - back != year:
                continue  # "the ruling earlier this year": a year the row's is not
        elif rel:
            continue  # (no date: which year "this year" is is unsaid)
        if m.group("ago"):
            ago = _AGO.get(m.group("ago")) or int(m.group("ago"))
            now = (
                int(doc.date[:4]) if doc.date else max(map(int, _ANY_YEAR.findall(text)), default=0)
            )
            if now - ago not in (year, year + 1):
                continue  # "the decision two years ago": the row's year, by the article's
        owner = m.group("owner") or m.group("court") or ""
        if "Supreme" not in owner and "high" not in owner.lower():
            k = doc.sentence_index(m.start())
            lo = doc.sentences[max(0, k - 2)][0] if doc.sentences else 0
            if not SUPREME.search(text, lo, e):
                continue  # "the court's decision to overturn …" of no court known Supreme
        a = m.start("phrase")
        b = a + len(text[a : m.end()].rstrip())  # (with its time: "the decision two years ago")
        out.append(
            Mention(
                a,
                b,
                text[a:b],
                "case",
                known.get(name, (None, None))[0],
                name=name,
                confidence=0.8,
                evidence=f"the decision that overruled {x.name}: {name}",
                matcher="precedents",
            )
        )
    return out


def with_cases(mentions: list[Mention], new: list[Mention]) -> list[Mention]:
    """``mentions`` with the ``new`` case mentions a follow-up found: a case replaces a
    ruling of the same words (not one referring back); a case already found there stays."""
    if not new:
        return mentions
    kept = []
    # (spans looked up by bisection: a long text has thousands of mentions and new cases)
    spans = SpanSet([(n.start, n.end) for n in new])
    for x in mentions:
        if x.kind == "ruling" and not x.anaphor and spans.overlaps(x.start, x.end):
            continue
        kept.append(x)
    taken = SpanSet([(x.start, x.end) for x in kept if x.kind == "case"])
    kept.extend(n for n in new if not taken.overlaps(n.start, n.end))
    return sorted(kept, key=by_span)


PASS = Pass(
    name="precedents",
    emits=("case",),
    anchors=(
        ANCHOR,
        LATE_ANCHOR,
        BACK_ANCHOR,
        OVERTURN_ANCHOR,
        STATE_CASE_ANCHOR,
        CASE_YEAR_ANCHOR,
    ),
    run=run,
    gated=True,
)
