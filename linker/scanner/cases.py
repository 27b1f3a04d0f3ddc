"""Case names without a citation: "Roe v. Wade", "Trump v. CASA", short forms ("Dobbs").

Landmark cases come from ``linker/data/cases.csv`` with their citations, so they link
offline. Any other "Party v. Party" name in the text is still a ``case`` mention with its
``name`` and a CourtListener search link. A short name alone ("Dobbs", "Roe") counts only when
the article also gives the full name, or when the words around it say it is a case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from ..datafiles import Case
from ..models import Mention
from ..models import quick_replace as replace
from .captions import (
    _CAPTION_START,
    _ET_AL,
    _ET_AL_END,
    _PARTY,
    _PARTY_WORD,
    _PREP_BEFORE,
    _STATE_OF,
    _USA,
    ABBREV_END,
    CONTEST_AFTER,
    CONTEST_BEFORE,
    COURT_PARENS,
    GENERIC,
    IN_RE,
    IN_RE_ANCHOR,
    JOINED,
    LAW_HEAD,
    LEADING_NOISE,
    PARTY_BEFORE_ROLE,
    ROLE,
    SENTENCE_END,
    TAIL,
    TOWN_BEFORE,
    VERSUS,
    VERSUS_ANCHOR,
    _clean_party,
    _court_from_paren,
    _in_re,
    _state_names,
)
from .casenames import (
    _COMMON_SURNAMES,
    _CORPORATE_END,
    _LEAD_WORDS,
    _NAME_BEFORE,
    _NOT_SHORT,
    _PERSON_AFTER,
    _PERSON_BEFORE,
    _POSSESSIVE_NOT_RULING,
    PAIRED,
    PAREN_REST,
    PARTY_AFTER,
    SHORT_CASE_NOUN_BEFORE,
    SHORT_CONTEXT_AFTER,
    SHORT_CONTEXT_BEFORE,
    _a_person_or_a_body,
    _full_matcher,
    _is_place,
    _named_in_full,
    _party_short_names,
    _rest_of_party,
    _short_matcher,
    _variants,
    case_possessive,
    is_known_suit,
    known_caption,
    known_plaintiff_start,
    known_suit_name,
)
from .doc import Doc
from .indictments import (
    _PLACE,
    _TITLES,
    _WHO,
    FEDERAL_INDICTMENT,
    FEDERAL_MARK,
    INDICT_ANCHOR,
    _federal_indictments,
)
from .lazyre import deferred
from .phrases import Hit
from .registry import Pass
from .sentences import sentence_start
from .signals import legal_article
from .spans import SpanSet
from .trie import head_matches

# Words before a short name that make it a case only in a sentence about law ("relied on
# Katz" is enough; "an interview with Katz" is not).
# A Bluebook T6 word after a period continues the party: "Austin Ind. Sch. Dist." ("Ind." is
# also Indiana's abbreviation, which may end a sentence; before "Sch." it does not).
_T6_NEXT = deferred(r"(?:Sch|Dist|Bd|Educ|Cnty|Hosp|Univ|Auth|Dep't|Comm'n)\.")
# The rest of a caption's first party after its first word: "Chevron| U.S.A., v. …".
_PARTY_GOES_ON = deferred(r"(?:,?\s+(?:[A-Z][\w.&'’-]*|of|the|and|&)){1,6},?\s+(?:v\.?|vs\.?)\s")
# a short name alone in brackets, as an example: "(Smith Bakery, for instance)", "(e.g.,
# Smith Bakery)", "(such as Smith Bakery)"
_BRACKET_OPEN = deferred(r"\((?:e\.g\.,?\s+|such\s+as\s+|see\s+)?$")
_EXAMPLE_BEFORE = deferred(r"\b(?:such\s+as|e\.g\.,?)\s+$")
_BRACKET_CLOSE = deferred(r"(?:,\s+(?:for\s+(?:instance|example)|e\.g\.))?\s*[),.;]")
WEAK_BEFORE = deferred(r"(?:^|\s)(?:[Ww]ith|[Bb]y|[Aa]nd|[Oo]f)\s+$")
LAW_CUE = deferred(
    r"\b(?:[Cc]ourts?|[Jj]ustices?|[Jj]udges?|rul(?:ing|ings|ed|e)|precedents?|held|holding|"
    r"decisions?|cases?|doctrine|overrul\w*|overturn\w*|opinions?|[Cc]onstitution\w*|"
    r"[Aa]mendment|statutes?|unconstitutional|[Ss]upreme)\b"
)

# The names this module held before it was split by idea (``captions``, ``casenames``,
# ``indictments``), still importable from here.
__all__ = [
    "ABBREV_END",
    "CONTEST_AFTER",
    "CONTEST_BEFORE",
    "COURT_PARENS",
    "FEDERAL_INDICTMENT",
    "FEDERAL_MARK",
    "GENERIC",
    "INDICT_ANCHOR",
    "IN_RE",
    "IN_RE_ANCHOR",
    "JOINED",
    "LAW_HEAD",
    "LEADING_NOISE",
    "PAIRED",
    "PARTY_AFTER",
    "PASS",
    "SENTENCE_END",
    "SHORT_CASE_NOUN_BEFORE",
    "SHORT_CONTEXT_AFTER",
    "SHORT_CONTEXT_BEFORE",
    "TAIL",
    "VERSUS",
    "VERSUS_ANCHOR",
    "_CAPITAL_WORD",
    "_CAPTION_START",
    "_COMMON_SURNAMES",
    "_CORPORATE_END",
    "_ET_AL",
    "_ET_AL_END",
    "_ET_AL_START",
    "_FOUR_DIGITS",
    "_LEADING_NUMBER",
    "_LEAD_WORDS",
    "_NAME_BEFORE",
    "_NOT_SHORT",
    "_PARTY",
    "_PARTY_WORD",
    "_PERSON_AFTER",
    "_PERSON_BEFORE",
    "_PLACE",
    "_POSSESSIVE_NOT_RULING",
    "_PREP_BEFORE",
    "_STATE_OF",
    "_TITLES",
    "_TITLE_BEFORE",
    "_USA",
    "_VERSUS_BEFORE",
    "_WHO",
    "_a_person_or_a_body",
    "_clean_party",
    "_court_from_paren",
    "_federal_indictments",
    "_full_matcher",
    "_in_re",
    "_is_place",
    "_party_short_names",
    "_rest_of_party",
    "_short_matcher",
    "_state_names",
    "_variants",
    "find",
]


_CAPITAL_WORD = deferred(r"[A-Z][\w'’-]+")
# (twenty-fifth session, census31 P8) "… v. Dana Whitcomb, Commissioner of …": a party
# the caption goes on to give an office is a person, named by the surname alone (The Bluebook
# R. 10.2.1(g))
_PERSON_PARTY = deferred(r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_OFFICE_AFTER = deferred(
    r",\s+(?:(?:Acting|Deputy|Former)\s+)?(?:Commissioner|Secretary|Director|Administrator|"
    r"Attorney\s+General|Governor|Sheriff|Mayor|Superintendent|Comptroller|Treasurer|Warden|"
    r"Chair(?:man|woman)?|in\s+(?:his|her|their)\s+official\s+capacit(?:y|ies))\b"
)


def _surname_of_officer(text: str, party: str, end: int) -> str:
    """``party`` ("Dana Whitcomb") as its surname when the text after it (at ``end``) gives
    that person's office; else ``party``."""
    person = _PERSON_PARTY.fullmatch(party)
    if person is None or _OFFICE_AFTER.match(text, end) is None:
        return party
    return person.group(1)


# A case whose short name is a place party ("City of Grants Pass v. Johnson" → "Grants Pass"):
# news names the town as a town too ("Grants Pass is a city of 40,000", "homeless residents in
# Grants Pass"), so a preposition of place before it is no case cue, and the town's own shapes
# after it ("… is a city", "… residents") read it as the place even after the caption.
TOWN_CONFIDENCE = 0.3  # (``scan`` drops what is below 0.5)
_PLACE_PARTY = r"\b(?:City|Town|Village|County|Borough|Township|Parish)\s+of\s+"
_PLACE_PREP_BEFORE = deferred(
    r"(?:^|\s)(?:in|of|by|with|and|from|near|at|to|outside|across|around|throughout)\s+$",
    re.IGNORECASE,
)
_PLACE_USE_AFTER = deferred(
    r"^(?:['’]s)?\s+(?:(?:is|was|remains)\s+(?:a|an|the)\s+(?:[\w,.-]+\s+){0,3}?"
    r"(?:city|town|village|county|community|suburb|municipality)\b"
    r"|(?:residents?|police|officials|streets|parks|downtown|neighborhoods?|shelters?|"
    r"council|mayor|voters)\b)"
)


@cache
def _place_short(name: str, aliases: tuple[str, ...], short: str) -> bool:
    """Whether ``short`` is the case's place party ("City of Grants Pass")."""
    words = " ".join((name, *aliases))
    party = name.split(" v. ", 1)[0]
    if short.endswith((" County", " Parish")) and (party == short or party.startswith(short + ",")):
        # ("Shelby County v. Holder": the county, the party, is named as the place as often
        # as the case: "was barred from being enforced in Shelby County", census37 P3; not
        # "Seven County Infrastructure Coalition", no county)
        return True
    return re.search(_PLACE_PARTY + re.escape(short) + r"\b", words) is not None


def is_town_of_case(m: Mention) -> bool:
    """Whether ``m`` is a town a case is named for, kept below the output's floor (see
    ``_short_mentions``): no mention, but what a later "the case" refers back to."""
    return m.kind == "case" and m.confidence == TOWN_CONFIDENCE and m.matcher == "cases"


def _place_use(text: str, c: Case, start: int, end: int) -> bool:
    """Whether a place-party short name stands as the place here, with no case cue."""
    if not _place_short(c.name, tuple(c.aliases), text[start:end]):
        return False
    before = text[max(0, start - 30) : start]
    if SHORT_CASE_NOUN_BEFORE.search(before) or SHORT_CONTEXT_AFTER.match(text[end : end + 48]):
        return False
    after = text[end : end + 60]
    if _PLACE_USE_AFTER.match(after):
        return True
    return bool(_PLACE_PREP_BEFORE.search(before)) or not SHORT_CONTEXT_BEFORE.search(before)


# Adjectives that name a side of a question, never a party on their own ("Federal vs. State
# Authority", "Public vs. Private Schools" as a heading); "State" and "People" stay parties.
_ADJECTIVE_PARTIES = frozenset(
    {"Federal", "Public", "Private", "Local", "National", "Domestic", "Foreign", "Individual"}
)
_LEADING_NUMBER = deferred(r"\d+\s+")
_UNION_NUMBER = deferred(r"\s\d{1,4}\b")
_DBA_BEFORE = deferred(
    r"(?P<p>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}(?:,?\s+(?:Inc|Co|Corp|LLC|Ltd)\.?)?),?"
    r"\s+d/?b/?a/?\s+$"
)
# A month before a caption's leading number makes the number a day: "Appeal · Feb. 11
# Dellinger v. Bessent" (a tracker's date column before the case).
_MONTH_BEFORE = deferred(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$|\b(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s+$"
)
_TITLE_BEFORE = deferred(r"\b(?:Justice|Judge|Chief)\s+$")
_FOUR_DIGITS = re.compile(r"\d{4}")
# a defendant's last word that is the next sentence's first ("U.S. The")
_OPENER_TAIL = deferred(r"\.\s+(?:The|A|An|It|In|On|This|That|These|Those|He|She|They|We|But|And)$")
_ET_AL_START = deferred(rf"^{_ET_AL}?,?\s*")
# A caption printed as a line's heading with no stop after it runs into the next sentence:
# "State v. Broadnax The trial court …", "State v. Robert Prather Prather was convicted …",
# "Gonzalez v. State Gonzalez filed …". The party ends before a sentence's first word, a
# word said twice, or the other party's name after a government party.
_RUN_ON_OPENER = deferred(r"\s+(?:The|A|An|In|On|This|That|After|When|At|Here)$")
_GOVERNMENT_PARTY = frozenset({"State", "People", "Commonwealth", "United States"})


_CAPS_WORD = deferred(r"\b[A-Z][A-Z'’-]{3,}\b")


def _uncapitalised(party: str) -> str:
    """A party a court paper prints in capitals, as a caption writes it ("PAUL F. KENDALL"
    → "Paul F. Kendall"); words of three capitals or fewer stay ("LLC", "USA")."""
    if not party.isupper():
        return party
    return _CAPS_WORD.sub(lambda w: w.group(0).capitalize(), party)


def _run_on(plaintiff: str, defendant: str) -> int:
    """How many characters at the end of ``defendant`` belong to the next sentence (0: none)."""
    opener = _RUN_ON_OPENER.search(defendant)
    if opener:
        return len(defendant) - opener.start()
    words = defendant.split()
    if len(words) < 2:
        return 0
    last = words[-1]
    rest = defendant[: len(defendant) - len(last)].rstrip()
    if last == words[-2] or (rest in _GOVERNMENT_PARTY and last in plaintiff.split()):
        return len(defendant) - len(rest)
    return 0


_VERSUS_BEFORE = deferred(r"\bvs?\.?\s+$")


# A short name in a list that opens on a caption: "cited Marbury v. Madison, as well as
# Obergefell and Citizens United" — the list is of cases ("Citizens United" is a group's name
# too, and "and" alone leaves a surname a person).
_LIST_JOIN = deferred(r"(?:,\s*|\s)(?:(?:and|or|as\s+well\s+as|along\s+with)\s+)?$")
_CAPTION_IN = deferred(r"\s(?:v|vs)\.\s+[A-Z]")


def _listed_with_a_caption(text: str, start: int) -> bool:
    """Whether the short name at ``start`` joins a list whose sentence names a caption before
    it, with nothing but names and list words between (at most 120 characters back)."""
    a = max(sentence_start(text, start), start - 120)
    head = text[a:start]
    if not _LIST_JOIN.search(head) or not _CAPTION_IN.search(head):
        return False
    last = max(head.rfind(" v. "), head.rfind(" vs. "))
    between = head[last:]
    # after the caption: only capitalised names, commas and list words
    return _NAMES_AND_LIST_WORDS.fullmatch(between) is not None


_NAMES_AND_LIST_WORDS = deferred(
    r"\s(?:v|vs)\.\s+(?:(?:[A-Z][\w.'’&-]*|and|or|as|well|along|with|of|the|&)[,\s]+)*"
)


# (an article without a landmark case: nothing to look up, nothing to build; never added to)
_NO_SPANS = SpanSet()


# A footnote's numeral printed against a caption's last word ("Dale v. Harper1", "Harper.1"):
# a digit right after a lowercase letter (or its period) ends the name; "Local 32BJ", "3M" and
# "Doe 1" keep theirs.
_FOOTNOTE = deferred(r"(?<=[a-z])\.?\d{1,3}(?![\w'’-])")


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    full_seen: dict[str, int] = {}  # case name -> first position of a full mention
    for hit in _full_matcher().hits_in(doc):
        c = hit.payload
        full_seen.setdefault(c.name, hit.start)
        end = hit.end
        if text.startswith((", No", " No"), end):  # "Patel v. Garland, No. 20-979"
            tail = TAIL.match(text[end : end + 120])
            if tail and tail.group("docket"):
                end += len(tail.group(0).rstrip(" ,;\t\r\n"))
        out.append(
            Mention(
                hit.start,
                end,
                text[hit.start : end],
                "case",
                c.authority,
                court=None,
                name=c.name,
                confidence=0.97,
                evidence=f"landmark case: {c.name}",
                matcher="cases",
            )
        )
    # A short name the article once calls a case ("After Bruen", "the Heller ruling") is that
    # case wherever else it stands bare ("Bruen was a resounding triumph"), as after a full
    # name; the checks for a person or a company still apply.
    shorts = list(_short_matcher().hits_in(doc))
    called: set[str] = set()
    for hit in shorts:
        if hit.payload.name in called or hit.payload.name in full_seen:
            continue
        b = text[max(0, hit.start - 30) : hit.start]
        if SHORT_CONTEXT_AFTER.match(text[hit.end : hit.end + 48]):
            pass  # "the Heller ruling"
        elif SHORT_CASE_NOUN_BEFORE.search(b):
            pass  # "the 2022 Supreme Court case Bruen"
        elif (
            (_BRACKET_OPEN.search(b) or _EXAMPLE_BEFORE.search(b))
            and _BRACKET_CLOSE.match(text, hit.end)
            and LAW_CUE.search(text, sentence_start(text, hit.start), min(len(text), hit.end + 200))
        ):
            pass  # "some wins were narrow (Smith Bakery, for instance), the ruling …": an
            # example in brackets, in a sentence about the law (twenty-seventh session,
            # census40 P8)
        elif not SHORT_CONTEXT_BEFORE.search(b) or (
            WEAK_BEFORE.search(b)
            and not LAW_CUE.search(
                text, sentence_start(text, hit.start), min(len(text), hit.end + 200)
            )
        ):
            continue  # "met with Myers and Buckley": no case word, no law talk
        if _place_use(text, hit.payload, hit.start, hit.end):
            continue  # "residents in Grants Pass": the town, no call of its case
        if not _a_person_or_a_body(text, hit.start, hit.end) and not _person_named(
            text, text[hit.start : hit.end]
        ):
            called.add(hit.payload.name)
    out.extend(_short_mentions(text, shorts, full_seen, called))
    landmark_spans = [(x.start, x.end) for x in out if x.matcher == "cases"]
    # (looked up by bisection: a long text has thousands of landmarks and of captions)
    landmarks = SpanSet(landmark_spans) if landmark_spans else _NO_SPANS
    generic: list[Mention] = []
    generic_hits: dict[tuple[int, int], re.Match[str]] = {}
    longs: dict[str, str] = {}  # a party's abbreviation → its defined long form
    versus = doc.hits("versus")
    for ws, we in doc.windows("versus"):
        # a caption holds its "v." at most the anchor's reach after its start, which is a
        # capital or a digit: only those places shortly before a "v." are tried
        caption = GENERIC()
        for m in head_matches(text, caption, versus, VERSUS_ANCHOR.before, _CAPTION_START, ws, we):
            generic_hits[m.span()] = m
            # "Smith v. Jones and Brown v. Green": two captions, the second one swallowed.
            joined = JOINED.search(m.group("d"))
            if joined and VERSUS.match(text, m.end()):
                second = caption.match(text, m.start("d") + joined.end(), we)
                if second:
                    generic_hits[second.span()] = second
    legal = legal_article(doc) if generic_hits else True
    for _span, m in sorted(generic_hits.items()):
        start = m.start()
        plaintiff = m.group("p")
        # A party never runs across a sentence end ("…in Los Angeles. Critics of Noem v. …").
        cut = [
            c
            for c in SENTENCE_END.finditer(plaintiff)
            if not ABBREV_END.search(plaintiff[: c.start()])
        ]
        if cut:
            start += cut[-1].end()
            plaintiff = plaintiff[cut[-1].end() :]
        gap = plaintiff.rfind("\n\n")  # nor across a blank line ("— April 8\n\nGlen Oaks v. …")
        if gap != -1:
            start += gap + 2
            plaintiff = plaintiff[gap + 2 :]
        num = _LEADING_NUMBER.match(plaintiff)
        if (
            num
            and (
                "\n" in num.group(0)  # "December 3, 2017\nState of Oklahoma v. FCC": a date line
                or LEADING_NOISE.match(plaintiff[num.end() :])  # "3 In National …" (a list)
                or _MONTH_BEFORE.search(text, max(0, start - 12), start)  # "Feb. 11 Dellinger v."
            )
        ):
            start += num.end()
            plaintiff = plaintiff[num.end() :]
        lead = LEADING_NOISE.match(plaintiff)
        if lead:
            start += lead.end()
            plaintiff = plaintiff[lead.end() :]
            joined = JOINED.search(plaintiff)
            if joined and _TITLE_BEFORE.search(lead.group(0)):
                # "Judge Smith and Doe v. Roe": the judge is a person, the case begins after
                start += joined.end()
                plaintiff = plaintiff[joined.end() :]
        # "the First Amendment and Heller v. District of Columbia", "Roe and Heller v. …": the
        # words before "and" are a law or another case, the neighbour of this caption.
        for j in reversed(list(JOINED.finditer(plaintiff))):
            left = plaintiff[: j.start()]
            if LAW_HEAD.search(left) or landmarks.overlaps(start, start + j.start()):
                start += j.end()
                plaintiff = plaintiff[j.end() :]
                break
        # "the cases for Arkansas and Stewart v. Azar": a state after a preposition is where
        # the case is from, and the caption begins after "and".
        joined = JOINED.search(plaintiff)
        if (
            joined
            and _is_place(plaintiff[: joined.start()])
            and _PREP_BEFORE.search(text, max(0, start - 8), start)
        ):
            start += joined.end()
            plaintiff = plaintiff[joined.end() :]
        if plaintiff in _state_names() and text[start - 2 : start] == ", ":
            town = TOWN_BEFORE().search(text, max(0, start - 60), start)
            if town:  # "City of Grants Pass, Oregon v. Johnson"
                plaintiff = text[town.start() : start] + plaintiff
                start = town.start()
        # "an amicus brief in National League of Widget Makers in Rural America v. Smith": the
        # pattern's party stops at "in"; a known caption with the whole name begins earlier
        whole = known_plaintiff_start(text, start, plaintiff, _clean_party(m.group("d")))
        if whole is not None:
            plaintiff = text[whole : m.end("p")]
            start = whole
        paper = ROLE.fullmatch(plaintiff) is not None
        if paper:
            # "PAUL F. KENDALL, et al., Plaintiffs, v. HOWARD COUNTY": the party before its role
            named = PARTY_BEFORE_ROLE().search(text, max(0, start - 120), start)
            if named is None:
                continue  # "Plaintiffs v. …" with no party: no caption
            plaintiff, start = named.group("p"), named.start()
        if not plaintiff or not (plaintiff[0].isupper() or plaintiff[0].isdigit()):
            continue
        d_raw, end = m.group("d"), m.end()
        note = _FOOTNOTE.search(d_raw)
        if note is not None:  # "… v. Harper1 and", "… v. Crane.2 Judge": a footnote ends it
            end = m.start("d") + note.start()
            d_raw = d_raw[: note.start()]
        stop = next(
            (
                c
                for c in SENTENCE_END.finditer(d_raw)
                if not ABBREV_END.search(d_raw[: c.start()]) and not _T6_NEXT.match(d_raw, c.end())
            ),
            None,
        )
        if stop is not None:  # "… v. Bruen. That ruling" ends at "Bruen"
            end = m.start("d") + stop.start()
            d_raw = d_raw[: stop.start()]
        elif opener := _OPENER_TAIL.search(d_raw):
            # "… and Moyle v. U.S. The court allowed …": an abbreviation's period that ends
            # the sentence, the next one's first word after it
            end = m.start("d") + opener.start() + 1
            d_raw = d_raw[: opener.start() + 1]
        elif d_raw.endswith(".") and not ABBREV_END.search(d_raw[:-1]):
            end -= 1  # "The case is Washington v. Trump." at the end of the text
            d_raw = d_raw[:-1]
        run_on = _run_on(plaintiff, d_raw) if text[end : end + 1] == " " else 0
        if run_on:
            end -= run_on
            d_raw = d_raw[:-run_on]
        joined = JOINED.search(d_raw)
        if joined and VERSUS.match(text, end):
            end = m.start("d") + joined.start()
            d_raw = d_raw[: joined.start()]
        union = _UNION_NUMBER.match(text, end) if d_raw.endswith(" No.") else None
        if union:  # "… Teamsters Local Union No. 174": the local's number is its name's
            end = union.end()
            d_raw = text[m.start("d") : end]
        dba = (
            _DBA_BEFORE.search(text, max(0, start - 80), start)
            if "/b/" in text[max(0, start - 10) : start]
            or " dba " in text[max(0, start - 6) : start]
            else None
        )
        if dba:  # "Glacier Northwest, Inc., d/b/a Calportland v. …": the company, as Bluebook
            plaintiff = dba.group("p")
            start = dba.start()
        if paper:  # a court paper's capitals are its typography: "Kendall v. Howard County"
            plaintiff, d_raw = _uncapitalised(plaintiff), _uncapitalised(d_raw)
        defendant = _defined_long_form(
            text, _surname_of_officer(text, _clean_party(d_raw), end), longs
        )
        name = f"{_defined_long_form(text, _clean_party(plaintiff), longs)} v. {defendant}"
        joined = JOINED.search(d_raw)
        if joined and not is_known_suit(name) and known_caption(name) is None:
            # "… v. EPA and Michael S. Regan, administrator": a caption names one party a
            # side (The Bluebook R. 10.2.1(a)); the first one, when a known suit is captioned so
            first = _clean_party(d_raw[: joined.start()])
            shorter = f"{_clean_party(plaintiff)} v. {first}"
            if is_known_suit(shorter) or known_suit_name(shorter):
                end = m.start("d") + joined.start()
                d_raw, name = d_raw[: joined.start()], shorter
        tail = TAIL.match(text[end : end + 120])
        court = None
        if tail and (tail.group("docket") or tail.group("paren")):
            court = _court_from_paren(tail.group("paren"))
            if tail.group("docket") or court or _FOUR_DIGITS.search(tail.group("paren") or ""):
                end += tail.end()
        while end > start and (text[end - 1] in " ,;" or text[end - 1].isspace()):
            end -= 1  # (the docket's tail may end on the line break after it)
        if _clean_party(plaintiff) in _ADJECTIVE_PARTIES:
            continue  # "Federal vs. State Authority:": two sides of a question, no caption
        if not court and not (tail and tail.group("docket")):
            sep = _ET_AL_START.sub("", text[m.end("p") : m.start("d")]).strip()
            if not legal and sep != "v.":
                continue  # "Kramer vs. Kramer" in an article that never speaks of law
            if CONTEST_AFTER.match(text, end) or CONTEST_BEFORE.search(
                text, max(0, start - 30), start
            ):
                continue  # "the Steelers vs. Bills game", "the film Kramer vs. Kramer"
        if landmarks.overlaps(start, end):
            continue  # the data file knows this case better
        known = known_caption(name)
        if known is not None and court in (None, known.court):
            # "Federal Election Comm'n v. Ted Cruz for Senate", "U.S. v. Rahimi": a landmark
            # printed with abbreviations, initials or a corporate suffix the data lacks
            generic.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    "case",
                    known.authority,
                    name=known.name,
                    confidence=0.95,
                    evidence=f"landmark case: {known.name} (as printed)",
                    matcher="cases",
                )
            )
            continue
        # a suit the lawsuits table knows, printed with an agency's initials or without a
        # corporate suffix ("Ryan v. FTC"): the table's caption names it
        suit = known_suit_name(name)
        generic.append(
            Mention(
                start,
                end,
                text[start:end],
                "case",
                None,
                court=court,
                name=suit or name,
                confidence=0.85,
                evidence="case name in the text"
                + (f" (the lawsuits table's {suit})" if suit and suit != name else ""),
                matcher="cases",
            )
        )
    out.extend(_abbreviated_captions(generic))
    # "U.S. v. Rahimi … in Rahimi": a landmark printed with abbreviations makes its bare
    # short name the case too, as a full name from the data file does
    printed = {
        g.name: g.start
        for g in generic
        if g.name
        and g.authority
        and g.name not in full_seen
        and g.evidence
        and g.evidence.endswith("(as printed)")
    }
    if printed:
        taken = [(x.start, x.end) for x in out]
        full_seen.update(printed)
        out.extend(
            x
            for x in _short_mentions(
                text, [h for h in shorts if h.payload.name in printed], full_seen, called
            )
            if not any(x.start < e and s < x.end for s, e in taken)
        )
    out.extend(_in_re(doc, landmark_spans))
    out.extend(_federal_indictments(doc))
    fulls = [m for m in out if m.evidence and not m.evidence.startswith("short name")]
    # "Allen v. Milligan … since Milligan": a landmark's short name (Ex parte Milligan) that
    # is a party of another case the article names in full, while the landmark itself is
    # never named in full, is that other case's (left to the party short names below)
    parties = {w for f in fulls if f.name for w in _CAPITAL_WORD.findall(f.name)}
    out = [
        m
        for m in out
        if not (
            m.evidence
            and m.evidence.startswith("short name")
            and m.name not in full_seen
            # every word of it ("Citizens United" is no party of "United States v. Texas")
            and all(w in parties for w in m.text.split() if w not in ("the", "The"))
        )
    ]
    out.extend(_party_short_names(text, fulls, out))
    if " by " in text:
        out.extend(_filed_by_party(text, fulls, out))
    return out


# "a case filed by AHCA", "the challenge brought by Acme": a suit told by its party (census37 P1)
_FILED_BY = deferred(
    # ("a lawsuit filed by Newsom" is the suit phrases' own, the span "a lawsuit")
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:case|challenge)\s+"
    r"(?:(?:first|originally|jointly)\s+)?(?:filed|brought)\s+by\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w&'’.-]*[\w&])"
)


def _filed_by_party(text: str, full: list[Mention], taken: list[Mention]) -> list[Mention]:
    """ "American Health Care Association v. Kennedy … this ruling in a case filed by AHCA":
    a suit told as filed by a caption's first party (its first word or its initials), of the
    one caption the article names with that party, is that caption's case."""
    out: list[Mention] = []
    occupied = SpanSet([(x.start, x.end) for x in taken])
    if "by" not in text or ("filed" not in text and "brought" not in text):
        return out  # (its words: a search of the whole text tries it at every word)
    for m in _FILED_BY.finditer(text):
        who = m.group("who")
        fits = {
            c.name: c
            for c in full
            if c.name and " v. " in c.name and c.end <= m.start() and _party_is(c.name, who)
        }
        if len(fits) != 1 or occupied.overlaps(m.start(), m.end()):
            continue
        (case,) = fits.values()
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "case",
                case.authority,
                court=case.court,
                name=case.name,
                confidence=0.7,
                anaphor=True,
                evidence=f"the suit {who} filed: {case.name}, named earlier",
                matcher="cases",
            )
        )
        occupied.add(m.start(), m.end())
    return out


_SMALL = frozenset({"of", "and", "for", "the", "on", "in", "et", "al.", "al"})


def _party_is(caption: str, who: str) -> bool:
    """Whether ``who`` is the caption's first party by its first word ("Acme" of "Acme
    Corp. v. Roe") or its initials ("AHCA" of "American Health Care Association v. …")."""
    party = caption.split(" v. ", 1)[0].replace(",", " ")
    words = [w for w in party.split() if w not in _SMALL]
    if not words:
        return False
    if words[0] == who:
        return True
    return len(who) >= 3 and who.isupper() and "".join(w[0] for w in words).upper() == who


# Words that may stand between "Judge" and a case's short name and are no given name.
_NOT_GIVEN = (
    "In|After|Under|Since|The|Unlike|Citing|Before|With|And|Of|Like|Overturning|Following|"
    "Both|Post|Pre|Per|See|But|When|While|If|As"
)


def _bare_uses(text: str, word: str) -> Iterator[int]:
    """Where a single capitalised ``word`` stands alone in the text, not as a caption's first
    party ("Marbury v."): its starts (found by ``str.find``)."""
    if " " in word or not word[:1].isupper():
        return
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (
            (not at or not text[at - 1].isalnum())
            and not text[end : end + 1].isalnum()
            and not text.startswith(" v", end)
        ):
            yield at
        at = text.find(word, end)


@lru_cache(maxsize=64)  # (asked once a word an article: each asks walk its occurrences)
def _person_named(text: str, word: str) -> bool:
    """Whether the text names a judge of surname ``word`` ("U.S. District Judge Jesse
    Furman", "Judge Furman"): then the bare word is that judge, not a landmark the article
    never names in full (a party of the landmark, "Otis McDonald, the plaintiff", is no
    judge)."""
    return any(_PREV_NAME.search(text, max(0, at - 30), at) for at in _bare_uses(text, word))


def _introduced_as_person(text: str, word: str) -> bool:
    """Whether the text gives ``word`` a given name or a title inside a sentence ("said
    plaintiff Dana Marbury", "Ms. Marbury"): the article's person of that surname, so its bare
    surname is no landmark it never names in full."""
    for at in _bare_uses(text, word):
        given = _GIVEN_BEFORE.search(text, max(0, at - 40), at)
        if given and given.group(1) not in _NOT_PERSON_BEFORE:
            return True
    return False


# A given name inside a sentence (after a lower-case word or a comma, so never a sentence's
# first word: "When Dobbs came down"), or a courtesy title, just before a surname.
# (a middle initial may stand between them: "editor Dana J. Marbury")
_GIVEN_BEFORE = deferred(r"(?:[a-z,;]\s+([A-Z][a-z]+)(?:\s+[A-Z]\.)?|\b(Mr|Ms|Mrs|Dr)\.)\s+$")
_NOT_PERSON_BEFORE = frozenset(
    {"Judge", "Justice", "Court", "Circuit", "Supreme", "Post", "Pre", "Under", "After", "In"}
)


_PREV_NAME = deferred(
    r"\b(?:Judge|Justice)\s+(?:(?!(?:" + _NOT_GIVEN + r")\s)[A-Z][a-z]+\s+)?"
    r"(?:[A-Z]\.\s+)?$"
)


_ACRONYM = deferred(r"[A-Z][A-Z&]{1,7}")
# the long form's small words, which give no letter of the abbreviation
_SMALL = frozenset({"of", "for", "the", "and", "on", "in", "to", "&"})
# a defined name that is the government's: a case name keeps its abbreviation ("v. FDA")
_GOVERNMENT = deferred(
    r"(?:Administration|Agency|Department|Commission|Bureau|Service|Office)$|^(?:U\.S\.|United)"
)


def _defined_long_form(text: str, party: str, memo: dict[str, str]) -> str:
    """A party printed as an abbreviation the article defines ("the American Clinical
    Laboratory Association (“ACLA”) … ACLA v. FDA"): its long form, the words before the
    definition whose initials spell it. A government body keeps its abbreviation, as case
    names print it ("v. FDA"); an undefined abbreviation stays as printed."""
    if not _ACRONYM.fullmatch(party):
        return party
    if party not in memo:  # (each abbreviation's definition is looked for once an article)
        memo[party] = _long_form(text, party)
    return memo[party]


def _long_form(text: str, party: str) -> str:
    for form in (f"“{party}”", f'"{party}"', f"({party})"):
        at = text.find(form)
        while at != -1:
            paren = text.rfind("(", max(0, at - 4), at + 1)
            if paren != -1:
                long_form = _initials_before(text, paren, party)
                if long_form:
                    return party if _GOVERNMENT.search(long_form) else long_form
            at = text.find(form, at + 1)
    return party


def _initials(party: str) -> str:
    """The initials of a party's capitalised words ("American Clinical Laboratory
    Association" → "ACLA"), small words giving none; "" when a word is not capitalised."""
    words = [w for w in party.split() if w.lower() not in _SMALL]
    if not words or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _abbreviated_captions(found: list[Mention]) -> list[Mention]:
    """A caption printed with a party's initials after the article names it in full
    ("American Clinical Laboratory Association v. FDA (“ACLA v. FDA”) … ACLA v. FDA") has the
    full caption's name: the one other caption whose party those initials spell, beside the
    same other party."""
    full: dict[tuple[str, str, int], set[str]] = {}
    for m in found:
        if m.name and " v. " in m.name and m.authority is None:
            a, b = m.name.split(" v. ", 1)
            for i, (party, other) in enumerate(((a, b), (b, a))):
                if len(party.split()) > 1 and (ini := _initials(party)):
                    full.setdefault((ini, other, i), set()).add(m.name)
    if not full:
        return found
    out = []
    for m in found:
        if m.name and " v. " in m.name and m.authority is None:
            a, b = m.name.split(" v. ", 1)
            for i, (party, other) in enumerate(((a, b), (b, a))):
                names = (
                    full.get((party.replace("&", ""), other, i))
                    if _ACRONYM.fullmatch(party)
                    else None
                )
                if names and len(names) == 1:
                    name = next(iter(names))
                    m = replace(m, name=name, evidence=f"{m.evidence}: {name}, by its initials")
                    break
        out.append(m)
    return out


def _initials_before(text: str, paren: int, abbr: str) -> str | None:
    """The shortest run of words right before ``paren`` whose capitalised words' initials
    spell ``abbr`` (small words between them give no letter)."""
    words = text[max(0, paren - 120) : paren].split()
    letters = abbr.replace("&", "")
    for n in range(1, min(len(words), 12) + 1):
        run = words[-n:]
        if run[0].lower() in _SMALL:
            continue
        initials = "".join(w[0] for w in run if w.lower() not in _SMALL)
        if not all(w[0].isupper() for w in run if w.lower() not in _SMALL):
            return None
        if initials == letters:
            # (the long form as a possessive: "the Federal Trade Commission’s (FTC) rule")
            return _POSSESSIVE_END.sub("", " ".join(run))
    return None


_POSSESSIVE_END = deferred(r"['’]s?$")


def _short_mentions(
    text: str, shorts: list[Hit[Case]], full_seen: dict[str, int], called: set[str]
) -> list[Mention]:
    """Each bare short name of ``shorts`` that reads as its case here (see ``find``)."""
    found: list[Mention] = []
    for hit in shorts:
        c = hit.payload
        start, end = hit.start, hit.end
        before = text[max(0, start - 30) : start]
        after = text[end : end + 30]
        if text[end : end + 3] in (" v.", " v ") or text[end : end + 4] == " vs.":
            continue  # part of a full name, handled above or by the generic pattern
        if " v" in text[end : end + 60] and _PARTY_GOES_ON.match(text, end):
            continue  # "Chevron U.S.A., v. Natural Resources …": the first party of a caption
        if _VERSUS_BEFORE.search(before):
            continue  # the second party of a caption ("Allen v. Milligan"), not a short name
        paren = PAREN_REST.match(text, end)
        if paren:
            if paren.group("d") not in c.name.split():
                continue  # "Miranda (v. Texas)": another case of that party
            end = paren.end()
            after = text[end : end + 30]
        listed = _listed_with_a_caption(text, start)
        if not (paren or listed) and _place_use(text, c, start, end):
            # "Grants Pass is a city of 40,000": the town its case is named for, no mention;
            # kept below the output's confidence floor as what a later "the case" refers to
            # (not a county's: "enforced in Shelby County" in a story of another case)
            if text[start:end].endswith((" County", " Parish")):
                continue
            found.append(
                _short_name(text, start, end, c, TOWN_CONFIDENCE, "the town {} is named for")
            )
            continue
        ctx_ok = paren is not None or bool(
            listed
            or SHORT_CONTEXT_BEFORE.search(before)
            or SHORT_CASE_NOUN_BEFORE.search(before)
            or SHORT_CONTEXT_AFTER.match(after)
        )
        if not (c.name in full_seen or ctx_ok or c.name in called):
            continue
        if (
            c.name not in full_seen
            and c.name not in called
            and not listed
            and WEAK_BEFORE.search(before)
            and not SHORT_CONTEXT_AFTER.match(after)
            and not LAW_CUE.search(text, sentence_start(text, start), min(len(text), end + 200))
        ):
            continue  # "an interview with Katz", "drafted by Jacobson": a person
        if (
            not (listed or SHORT_CONTEXT_AFTER.match(after))
            and _a_person_or_a_body(text, start, end)
            and not (
                # "regarding Howey’s application to crypto-assets" where the article calls
                # the case so elsewhere ("the Howey test"), no person of the name in full
                c.name in called
                and case_possessive(text, end)
                and not _named_in_full(text, text[start:end])
            )
        ):
            continue
        if c.name not in full_seen and _word_opening_a_sentence(text, start, end):
            continue  # "Relentless pressure followed": an adjective opening a sentence
        if c.name not in full_seen and _person_named(text, text[start:end]):
            continue  # "Furman’s decision" after "U.S. District Judge Jesse Furman": the judge's
        if c.name not in full_seen and _introduced_as_person(text, text[start:end]):
            continue  # "Marbury said" after "plaintiff Dana Marbury": the plaintiff, not the case
        conf = 0.9 if c.name in full_seen and ctx_ok else (0.8 if c.name in full_seen else 0.7)
        a = SHORT_CONTEXT_AFTER.match(after)
        if a and not a.group(0).startswith(",") and before.endswith(("the ", "The ")):
            start -= 4
            end += a.end()
        found.append(_short_name(text, start, end, c, conf, "short name of {}"))
    return found


# What a one-word short name opening a sentence may be followed by and still be the case's
# subject: a verb ("Relentless made clear …", "Bruen held", "Heller is …"), not a noun it
# qualifies ("Relentless pressure followed").
_VERB_AFTER = deferred(
    r"\s+(?:[a-z]+(?:ed|es)|is|was|has|had|did|does|made|held|said|left|set|put|"
    r"will|would|can|could|may|might|must|should|also|then|now|still|thus|only|not|"
    r"overruled|upheld|struck|found|came|became|began|broke|gave|took|went|says|holds|makes)\b"
)
_LOWER_WORD_AFTER = deferred(r"\s+[a-z]")


def _word_opening_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether a one-word short name opens its sentence and reads as a word of the sentence,
    not the case: followed by a lower-case word that is no verb ("Relentless pressure from
    lawmakers followed": the capital is the sentence's, not a name's)."""
    if " " in text[start:end] or sentence_start(text, start) != start:
        return False
    return bool(_LOWER_WORD_AFTER.match(text, end)) and not _VERB_AFTER.match(text, end)


def _short_name(text: str, start: int, end: int, c: Case, confidence: float, why: str) -> Mention:
    """A case told by its short name at ``start:end``; ``why`` is the evidence, ``{}`` the
    case's name."""
    return Mention(
        start,
        end,
        text[start:end],
        "case",
        c.authority,
        name=c.name,
        confidence=confidence,
        evidence=why.format(c.name),
        matcher="cases",
    )


PASS = Pass(
    name="cases", emits=("case",), anchors=(VERSUS_ANCHOR, INDICT_ANCHOR, IN_RE_ANCHOR), run=find
)
