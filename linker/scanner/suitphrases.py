"""A lawsuit told by a noun phrase, matched to a row of ``lawsuits.csv`` after every other pass
has had its say: "a lawsuit Governor Ames filed in 2021", "their flour-tax lawsuit", "The
40-page lawsuit that nine parents filed in a federal court in Tucson", "Pell's case", "Health
groups on Tuesday sued the Department of Energy … In their lawsuit …".

The ``lawsuits`` and ``sued`` passes read such phrases too, but before the rule and law passes
that run after them (a rule told as "the agency's rollback" is linked late), and with the
ruling of the suit's court as their main evidence. This pass runs last among the suit passes
and scores each phrase not yet a mention against the hand rows of the table (never a
tracker's row: its challenges are orders many suits share), by five kinds of evidence:

- **who**: the one who owns or filed the suit ("Pell's case", "a lawsuit Kaul filed", "the
  CEO of Pell Bakeries" for "Pell's") is a party; or a party with a name of its own stands in
  the phrase's sentence or the one either side; or a plaintiff of two capitalised words or
  more that no other row lists is named anywhere in the article;
- **what**: the article links a law, order or rule the suit challenges;
- **where**: the court the phrase's own sentence says it was filed in ("filed in a federal
  court in Tucson": the district that holds Tucson, ``court_cities.csv``);
- **when**: the filing the phrase's words date ("filed in 2021") or a suit just brought ("on
  Monday" beside it) fits the row's filing date and the article's;
- **against**: the one sued ("sued the Department of Energy") is the caption's other side.

A row needs two kinds, one of them who or what; an owner, a court, a year or a defendant that
do not fit rule it out. The row with the most kinds wins; a tie links nothing. A definite
phrase with no row of its own ("The suit", "The newest legal challenge", "their lawsuit")
takes the suit this pass linked last, when no other case was told in between and the phrase
stands within three paragraphs of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import ahocorasick

from .. import courts
from ..datafiles import Lawsuit, lawsuits
from ..ids import usc_overlap
from ..lexicon import months
from ..links import courtlistener_search
from ..models import Mention
from . import lawsuits as suits_table
from . import sued as sued_pass
from .doc import Anchor, Doc
from .lawsuits import (
    _GROUP_WORDS,
    FRESH_DAYS,
    _before_date,
    _capitalised,
    _court_fit,
    _court_told,
    _day,
    _defendant_fit,
    _evidence_party,
    _filed_when,
    _names_party,
    _on_the_day,
    _own_name,
    _owned_by,
    _sentence_of,
    _singular,
    _suit_party,
    suit_date,
)
from .lazyre import deferred
from .registry import Pass
from .rulings.courtrefs import court_phrases
from .sentences import sentences as _sentences
from .spans import SpanSet, by_span
from .state_laws import state_names
from .statenames import state_re
from .trie import find_all, whole_word

ANCHOR = Anchor(
    "suitphrase",
    ("lawsuit", "suit", "legal challenge", "case", "sued", "Lawsuit", "Suit"),
    90,
    160,
)

# Words that set a suit apart from the one the article tells ("a separate suit", "the criminal
# case", "a similar lawsuit"), or make it no suit at all ("a potential lawsuit").
_OTHER = frozenset(
    {
        *("separate", "second", "third", "similar", "related", "parallel", "companion", "other"),
        *("criminal", "same", "different", "potential", "possible", "future", "earlier"),
        *("previous", "prior", "another", "class", "civil", "frivolous", "defamation"),
        *("state", "county", "appeals", "court", "test", "landmark", "famous", "old", "older"),
    }
)
# "The 40-page lawsuit", "their flour-tax lawsuit", "the newest legal challenge", "Pell's case".
PHRASE = deferred(
    r"(?<![\w’'-])(?:(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)"
    r"|(?P<owner>[A-Z][\w.&-]*(?:(?<![a-z]\.)\s+[A-Z][\w.&-]*){0,3})['’]s?)\s+"
    # ("their July lawsuit", "the March 2024 suit": the month it was filed, census44 Q2)
    r"(?:(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+(?P<myear>(?:19|20)\d\d))?\s+(?=[a-z]))?"
    r"(?P<mods>(?:(?:\d+-page|[a-z]+(?:-[a-z]+)*)\s+){0,2}?)"
    r"(?P<head>lawsuit|suit|legal\s+challenge|case)\b"
)
# Words before the noun that keep it the suit the article tells (a topic word, "their
# flour-tax lawsuit", only after an owner: ``_mods_ok``).
_MODS = frozenset(
    {
        *("first", "initial", "latest", "newest", "new", "original", "federal", "joint", "main"),
        *("underlying", "pending", "ongoing", "recent", "amended", "legal", "court"),
        # "filed its own lawsuit against the union": the suit its owner brought
        "own",
        "instant",  # "the instant suit": lawyers' words for the suit they write of
    }
)
# An indefinite phrase is a suit the article tells only as one brought: "filed a lawsuit", "a
# lawsuit Kaul filed", "a suit was filed", "a lawsuit challenging the rule".
# ("a coalition of attorneys general announced a lawsuit": a suit made public as it is filed)
_FILED_BEFORE = deferred(r"\b(?:filed|brought|lodged|launched|announced)\s+(?:\w+\s+)?$")
_FILED_AFTER = deferred(
    r",?\s+(?:(?:was|were|has\s+been|had\s+been|that\s+was)\s+)?(?:\w+\s+)?(?:filed|brought)\b"
    r"|\s+(?:challenging|against|contesting)\b"
)
# The one who filed it, told after the noun: "a lawsuit Kaul filed in 2022", "The lawsuit that
# nine parents filed", "the suit the union had brought".
_FILER_AFTER = deferred(
    r"\s+(?:that\s+|which\s+)?(?P<who>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*){0,4}"
    r"|(?:\d+|[a-z]+)\s+[a-z]+)\s+(?:had\s+|has\s+|have\s+)?(?:filed|brought)\b"
)
# A word before "case" that makes it no suit: "make their case", "rest its case".
_CASE_BEFORE = deferred(
    r"\b(?:is|was|be|make|makes|made|making|argue[sd]?|press(?:ed)?|rest(?:ed)?|plead(?:ed)?|"
    r"buil[dt]|state[sd]?|in|any|just|his\s+own|her\s+own)\s+$",
    re.IGNORECASE,
)
# A suit's own papers or people "in the case" ("a court filing in the case", "the judge in the
# case"): the suit, not the idiom "in this case" (twenty-fourth session).
_PAPER_IN = deferred(
    r"\b(?:filings?|briefs?|motions?|judge|plaintiffs|defendants|hearings?|testimony|"
    r"lawyers|attorneys|parties|complaint|arguments)\s+in\s+$"
)
_CASE_AFTER = deferred(r"\s*(?:for|of|that|with|in\s+point|law|study|studies|load)\b|,?\s+[A-Z0-9]")
# The other senses of "suit": "followed suit", "a dark suit", "a space suit".
_SUIT_SENSE = deferred(
    r"\b(?:wore|wear\w*|dress\w*|jacket|tie|followed\s+suit|space\s*suit|swim\w*|card|cards)\b"
)
# "Rick Pell, CEO of Pell Bakeries": the organisation the owner of "Pell's case" speaks for.
_ROLE = (
    r"(?:CEO|chief\s+executive(?:\s+officer)?|founder|co-founder|president|chairman|chairwoman|"
    r"owner|co-owner|executive\s+director|director|head|leader)"
)
_ORG = r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.&'’-]*){0,5}"
# "a suit filed in March", "sued on Tuesday": a suit just brought.
_JUST_BROUGHT = deferred(r"\b(?:this\s+week|last\s+week)\b")
# "a new lawsuit", "the latest legal challenge", "a lawsuit has been filed": one just brought.
_FRESH_MODS = frozenset(("new", "newest", "latest"))
_FRESH_AFTER = deferred(r"\s+(?:has|have)\s+(?:just\s+)?(?:been\s+)?(?:filed|brought)\b")
_EVIDENCE = "suit told by a noun phrase"
_BACK = "refers back to the suit told before it"
# How many paragraphs a back-reference may stand after the suit it takes.
_REACH = 3


@cache
def _hand_rows() -> tuple[Lawsuit, ...]:
    return tuple(r for r in lawsuits() if not r.generated)


@cache
def _hand_counts() -> dict[str, int]:
    """How many hand rows list each party word (a tracker's twin of a row does not count)."""
    out: dict[str, int] = {}
    for row in _hand_rows():
        for p in set(row.parties):
            out[p] = out.get(p, 0) + 1
    return out


# "…, CEO of Pell Bakeries" after the owner's name; "Pell Bakeries CEO Rick …" before it.
_ROLE_AFTER = deferred(
    rf",\s+(?:the\s+)?(?:[a-z]+\s+)?{_ROLE}\s+(?:of|at)\s+(?:the\s+)?(?P<org>{_ORG})"
)
_ROLE_BEFORE = deferred(rf"\b(?P<org>{_ORG})(?:['’]s)?\s+{_ROLE}\s+(?:[A-Z][\w.'’-]*\s+)?$")


def _owner_orgs(text: str, owner: str) -> list[str]:
    """The organisations the article says ``owner`` heads ("Rick Pell, CEO of Pell Bakeries")."""
    out = []
    for at in find_all(text, owner):
        if not whole_word(text, at, at + len(owner)):
            continue
        if (m := _ROLE_AFTER.match(text, at + len(owner))) is not None:
            out.append(m.group("org"))
        if (m := _ROLE_BEFORE.search(text, max(0, at - 80), at)) is not None:
            out.append(m.group("org"))
    return out


def _only(row: Lawsuit, owner: str, text: str) -> bool:
    """Whether ``owner`` is a name of its own that only ``row`` lists: two words or more
    ("Learning Resources"), or a surname the article also prints in full as the row lists it
    ("Josh Kaul … Kaul's case"; a bare "Cook" or "Amazon" may be another suit's)."""
    if _hand_counts().get(owner) != 1 or owner not in row.parties or not _own_name(owner):
        return False
    if len(owner.split()) > 1:
        return True
    return any(
        q.endswith(" " + owner) and q[:1].isupper() and _names_party(text, q) for q in row.parties
    )


@cache
def _repeat_owner(owner: tuple[str, ...]) -> bool:
    """Whether more than one hand row is the owner's ("Oregon", "AFGE", "the Justice
    Department": who sued tells none of their suits by itself, only which it may be)."""
    return sum(1 for row in _hand_rows() if _owns(row, owner)) > 1


def _owns(row: Lawsuit, owner: tuple[str, ...]) -> bool:
    """Whether the owner (its name, then the organisations it heads) is a party of ``row``."""
    return any(_owned_by(row, o) for o in owner)


def _sole(party: str) -> bool:
    """A plaintiff no other hand row lists, a name of two capitalised words or more."""
    return (
        _hand_counts().get(party) == 1
        and _own_name(party)
        and sum(1 for w in party.split() if w[:1].isupper()) >= 2
    )


def _laws(mentions: list[Mention]) -> set[str]:
    return {m.authority for m in mentions if m.authority and m.kind not in ("ruling", "case")}


def _challenges(row: Lawsuit, laws: set[str]) -> str | None:
    for c in row.challenges:
        if c in laws:
            return c
        if c.startswith("usc:") and any(a.startswith("usc:") and usc_overlap(c, a) for a in laws):
            return c
    return None


def _filed_court(
    doc: Doc, spans: list[tuple[int, int]], s: int
) -> tuple[str | None, str | None, bool]:
    """(district, state, whether a court phrase named it) of the court the phrase's own
    sentence says the suit was filed in: "filed in the U.S. District Court for …", "filed in a
    federal court in Tucson" (a place only)."""
    i = _sentence_of(spans, s)
    a, b = spans[i]
    for ref in court_phrases(doc):
        if (
            s <= ref.start < b
            and ref.court
            and ref.court != "scotus"
            and suits_table._FILED_IN.search(doc.text[max(a, ref.start - 40) : ref.start])
        ):
            return ref.court, None, True
    if suits_table._COURT_PLACE.search(doc.text, s, b) is None:
        return None, None, False
    return (*_court_told(doc.text, spans[: i + 1], s), False)


def _place_fit(court: tuple[str | None, str | None, bool], row: Lawsuit) -> int | None:
    """How the court the words place the suit in fits ``row`` (``lawsuits._court_fit``); a
    place alone ("filed in Madison": the federal district there) says nothing of a suit in a
    state court."""
    district, postal, named = court
    if district is None and postal is None:
        return 0
    if not named and courts.level_of(row.court) != courts.LEVEL_DISTRICT:
        return 0
    return _court_fit(district, postal, row)


def _when(
    doc: Doc,
    spans: list[tuple[int, int]],
    s: int,
    after: int,
    row: Lawsuit,
    fresh: bool,
    month: str | None = None,
) -> bool | None:
    """True the filing the words tell fits the row, False it does not, None none told
    (``fresh``: the phrase tells a suit just brought, "a new lawsuit has been filed";
    ``month``: the year and month the phrase's own words give, "their July lawsuit")."""
    if month is not None and month.startswith("-"):
        return (row.filed or "")[4:7] == month if row.filed else None
    told = month or _filed_when(doc.text, after)
    if told is not None:
        if doc.date and told > doc.date[: len(told)]:
            return None  # (a time after the story's date is no filing date)
        return (row.filed or "").startswith(told) or (
            bool(row.filed) and told.startswith(row.filed or "")
        )
    date = _day(doc.date)
    if date is None:
        return None
    i = _sentence_of(spans, s)
    a, b = spans[max(0, i - 1)][0], spans[i][1]
    weekday = suits_table._WEEKDAY.search(doc.text, a, b)
    if not (fresh or weekday or _JUST_BROUGHT.search(doc.text, a, b)):
        return None
    filed = _day(row.filed)
    if filed is None:
        return None
    if not 0 <= (date - filed).days <= FRESH_DAYS:
        return False
    if weekday is not None:
        # "filed a new suit on Monday": the Monday the story's date gives (a day either side)
        return bool(_on_the_day((row,), weekday.group(0), date))
    return True


def _sued_side(party: str, sued: str | None) -> bool:
    """Whether ``party`` is the one a "sued X" phrase names as sued (no evidence of who sued).
    A state's name inside a longer party is not it: "sued California" leaves the "California
    Chamber of Commerce" among those who sued."""
    return bool(sued) and (
        sued_pass._matches(sued or "", party)
        or party in (sued or "")
        or ((sued or "") in party and sued not in state_names())
    )


# A party word that names what the suit is about, not who brought it: a law ("Senate Bill 10",
# "HB 3"), or a plain phrase that is no group of people ("endangerment finding", "tariffs").
_LAW_LIKE = deferred(
    r"\b(?:Bill|Act|Order|Rule|Proposition|Amendment|Law|Code|Ordinance)\b|\d"
    r"|\b(?:[HSA]\.\s?[BR]\.|HB|SB|AB)\b"
)
_GROUP_END = deferred(r"(?:^|\s)" + _GROUP_WORDS + r"$|\b(?:organizations|associations|people)$")


def _topic(party: str) -> bool:
    """Whether a party word tells what the suit is about rather than who brought it."""
    if party[:1].isupper():
        return _LAW_LIKE.search(party) is not None
    return _GROUP_END.search(party) is None


@cache
def _row_parties(row: Lawsuit) -> tuple[tuple[str, bool, bool, bool], ...]:
    """Each party of ``row`` that is evidence of it: (party, capitalised, a topic word, a
    plaintiff no other row lists), worked out once a row."""
    parties = dict.fromkeys(row.parties)
    return tuple(
        (p, p[:1].isupper(), _topic(p), _sole(p))
        for p in parties
        if _evidence_party(p)
        and (len(p) >= 4 or _own_initials(p, parties))
        and (not p[:1].isupper() or _suit_party(p))
    )


def _own_initials(party: str, parties: dict[str, None]) -> bool:
    """Three capitals that are the initials of another party the row lists ("NPR" beside
    "National Public Radio", "PBS" beside "Public Broadcasting Service"): the row's own
    short name, evidence as the full name is (twenty-fourth session)."""
    return (
        len(party) == 3
        and party.isupper()
        and any(q != party and sued_pass._initials_of(q, party) for q in parties)
    )


def _named_near(
    text: str, spans: list[tuple[int, int]], s: int, row: Lawsuit, sued: str | None, topic: bool
) -> str | None:
    """A party of ``row`` (a law it names when ``topic``, else one who brought it) the sentence
    of ``s`` or a neighbour names: a plain phrase for the suitors only in the phrase's own
    sentence; a plain topic ("research funding") never (many suits share one)."""
    i = _sentence_of(spans, s)
    seg = text[spans[max(0, i - 1)][0] : spans[min(len(spans) - 1, i + 1)][1]]
    own = text[spans[i][0] : spans[i][1]]
    for p, upper, is_topic, _sole_party in _row_parties(row):
        if is_topic != topic or p not in seg or _sued_side(p, sued):
            continue
        if upper:
            if _names_party(seg, p) and (topic or not _other_side(p, row)):
                return p  # (not the caption's other side: "sued Health and Human Services")
        elif not topic and " " in p and _names_party(own, p):
            return p
    return None


def _other_side(party: str, row: Lawsuit) -> bool:
    """Whether ``party`` names the caption's other side (the one sued), not one who sued.
    (``lawsuits._defendant_fit`` counts every party a hand row lists as one that may be
    sued, so a plaintiff named beside the phrase was never evidence of who brought it.)"""
    defendant = row.name.partition(" v. ")[2]
    return (
        not defendant
        or sued_pass._matches(party, defendant)
        or (sued_pass._matches(defendant, party))
    )


def _named_anywhere(text: str, row: Lawsuit, sued: str | None) -> str | None:
    """A plaintiff of ``row`` no other row lists, named anywhere in the article."""
    return next(
        (
            p
            for p, _upper, topic, sole in _row_parties(row)
            if sole
            and not topic
            and p in text
            and not _sued_side(p, sued)
            and _names_party(text, p)
        ),
        None,
    )


@dataclass(frozen=True)
class _Phrase:
    """A suit phrase no mention covers: where it stands, who the words say owns or filed it
    (each with the organisations the article says that one heads), whether it is definite,
    where a filing date may follow it, whether it tells a suit just brought, and for "sued X"
    the one sued (``government``: "sued the administration")."""

    start: int
    end: int
    owners: tuple[tuple[str, ...], ...]
    definite: bool
    when_at: int
    fresh: bool = False
    follow_on: bool = True
    sued: bool = False
    obj: str | None = None
    government: bool = False
    group: str | None = None  # "filed by two associations": the group's head word, singular
    # "its own lawsuit against the NTEU": the one the suit is brought against, named
    against: str | None = None
    # ("… sued the agency. The lawsuit, filed in the D.C. Circuit, …": the next sentence's
    # definite phrase, whose court is this suit's)
    court_at: int | None = None
    # "their July lawsuit": the year and month of its filing ("2025-07"), the year the
    # article's date gives when the phrase prints none (the month's last before that date)
    month: str | None = None


def _score(
    doc: Doc,
    spans: list[tuple[int, int]],
    p: _Phrase,
    row: Lawsuit,
    laws: set[str],
    court: tuple[str | None, str | None, bool],
) -> list[str] | None:
    """The kinds of evidence for ``row`` (None: something the phrase says rules it out)."""
    text = doc.text
    if _before_date(row.filed, suit_date(doc)):
        return None
    found: list[str] = []
    if p.owners and not all(_owns(row, w) for w in p.owners):
        return None
    if p.against is not None and _brought_by(p.against, row):
        return None  # ("its own lawsuit against the NTEU": not the union's own suit)
    if p.owners and not any(_repeat_owner(w) for w in p.owners):
        found.append(f"who: {p.owners[0][0]}")
        # ("Pell's case": a name only this row lists is enough by itself)
        if any(_only(row, o, text) for w in p.owners for o in w):
            found.append(f"only: {p.owners[0][0]}")
    elif p.group and p.group in _plaintiff_words(row):
        found.append(f"who: {p.group}")
    elif (
        not p.owners
        and (
            who := _named_near(text, spans, p.start, row, p.obj, False)
            or _named_anywhere(text, row, p.obj)
        )
        is not None
    ):
        found.append(f"who: {who}")
    if (law := _challenges(row, laws)) is not None:
        found.append(f"what: {law}")
    elif (topic := _named_near(text, spans, p.start, row, p.obj, True)) is not None:
        found.append(f"what: {topic}")
    if not found:
        return None
    fit = _place_fit(court, row)
    if fit is None:
        return None
    if fit:
        found.append(f"where: {row.court}")
    when = _when(doc, spans, p.start, p.when_at, row, p.fresh, p.month)
    if when is False:
        return None
    if when:
        found.append(f"when: {row.filed}")
    if p.sued:
        d = _defendant_fit(p.obj, p.government, row)
        if d is None:
            return None
        if d:
            found.append("against: " + (p.obj or "the government"))
    return found


def _brought_by(party: str, row: Lawsuit) -> bool:
    """Whether ``party`` (one a suit is said to be brought against) is the caption's first
    side of ``row`` and not its other: a suit against the union is not the union's suit."""
    from .sued import _matches

    first, _v, other = row.name.partition(" v. ")
    return bool(other) and _matches(party, first) and not _matches(party, other)


def _kinds(found: list[str]) -> int:
    """How many kinds of evidence ``found`` holds, 0 when they are not enough: who it is with
    one more, or what it challenges with where or when (the one sued and the rule it made
    are one fact: "sued the agency over its rule" tells no suit of the several it draws)."""
    kinds = {f.split(":", 1)[0] for f in found}
    if "who" in kinds or kinds & {"where", "when"}:
        # ("only": the owner is a name of this row alone, which counts as two)
        return len(kinds)
    return 0


def _states_near(doc: Doc, spans: list[tuple[int, int]], at: int) -> frozenset[str]:
    """The postal codes of the states the sentence of ``at`` and its neighbours name."""
    i = _sentence_of(spans, at)
    a, b = spans[max(0, i - 1)][0], spans[min(len(spans) - 1, i + 1)][1]
    out = set()
    for m in state_re().finditer(doc.text, a, b):
        place = courts.resolve_place(m.group("state"))
        if place is not None and place.postal:
            out.add(place.postal)
    return frozenset(out)


@cache
def _party_index() -> tuple[dict[str, tuple[int, ...]], ahocorasick.Automaton]:
    """The hand rows (by place) by the first word of each capitalised party, and an automaton
    over the plain party phrases giving their rows: the rows a text can name are looked up,
    not read one by one."""
    first: dict[str, list[int]] = {}
    plain: dict[str, list[int]] = {}
    for i, row in enumerate(_hand_rows()):
        for p in dict.fromkeys(row.parties):
            if p[:1].isupper():
                first.setdefault(p.split()[0].replace("’", "'"), []).append(i)
            elif len(p) > 3:
                plain.setdefault(p, []).append(i)
    automaton = ahocorasick.Automaton()
    for p, rows in plain.items():
        automaton.add_word(p, tuple(rows))
    automaton.make_automaton()
    return {k: tuple(v) for k, v in first.items()}, automaton


@cache
def _challenge_index() -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for i, row in enumerate(_hand_rows()):
        for c in row.challenges:
            out.setdefault(c, []).append(i)
    return {k: tuple(v) for k, v in out.items()}


def _candidates(doc: Doc, laws: set[str]) -> tuple[int, ...]:
    """The hand rows a party of which the article may name, or whose challenged law it links:
    the only rows that can gather evidence of who or what (worked out once an article)."""

    def find() -> tuple[int, ...]:
        text = doc.text
        first, plain = _party_index()
        # ("Kaul's case": the word without its possessive too)
        words = {w.removesuffix("'s").removesuffix("'") for w in _capitalised(text)}
        out = {i for w in words | _capitalised(text) for i in first.get(w, ())}
        for _end, rows in plain.iter(text):
            out.update(rows)
        index = _challenge_index()
        for c, rows in index.items():
            if c in laws or (
                c.startswith("usc:")
                and any(a.startswith("usc:") and usc_overlap(c, a) for a in laws)
            ):
                out.update(rows)
        return tuple(sorted(out))

    return doc.memo(_CANDIDATES, find)


_CANDIDATES = "suitphrases:candidates"
# "a lawsuit filed by two associations of online companies": a group told by a plain word,
# its head a word of the caption's first side ("… Industry Association v. …").
_GROUP_FILER = deferred(
    r",?\s+(?:filed|brought)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:[a-z]+|\d+)\s+){0,2}(?P<head>[a-z]{5,}s)\b"
)


@cache
def _plaintiff_words(row: Lawsuit) -> frozenset[str]:
    """The words of the caption's first side, lowercased (a group's head word is one of them)."""
    return frozenset(w.strip(",.").lower() for w in row.name.split(" v. ")[0].split())


def _choose(
    doc: Doc,
    spans: list[tuple[int, int]],
    p: _Phrase,
    laws: set[str],
    law_at: tuple[tuple[int, str], ...] = (),
) -> tuple[Lawsuit, list[str]] | None:
    court = _filed_court(doc, spans, p.start)
    if court == (None, None, False) and p.court_at is not None:
        court = _filed_court(doc, spans, p.court_at)
    scored = []
    rows = _hand_rows()
    for i in _candidates(doc, laws):
        row = rows[i]
        found = _score(doc, spans, p, row, laws, court)
        if found is not None and _kinds(found) >= 2:
            scored.append((_kinds(found), row, found))
    if not scored:
        return None
    top = max(k for k, _r, _f in scored)
    best = [(r, f) for k, r, f in scored if k == top]
    if len({(r.name, r.court) for r, _f in best}) > 1:
        # two suits fit as well: the one whose party the phrase's own sentence names, when
        # the others' are named only beside it ("NPR stations joined a brief in the lawsuit
        # … It would hurt NPR and PBS stations": NPR's suit, not PBS's)
        own = (
            _own_party(doc, spans, p.start, best)
            or _own_law(spans, p.start, best, law_at)
            or _their_party(doc, spans, p.start, best)
        )
        if own is not None:
            return own
        # the one of a court in the state the words name ("a new lawsuit … every Texas
        # classroom"), else none (a wrong caption is worse than none)
        states = _states_near(doc, spans, p.start)
        best = [(r, f) for r, f in best if courts.postal_of_court(r.court) in states]
        if len({(r.name, r.court) for r, _f in best}) != 1:
            return None
    if _their_other_subject(doc, spans, p.start, best[0][0]):
        return None  # "California and 20 other states went to court. Their lawsuit …"
    return best[0]


_THEIR = deferred(r"(?:[Tt]heir|[Ii]ts)\s")
# The names that open a sentence, its subject: "California and 20 other states …"
_LEAD_NAME = deferred(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*")
_NOT_SUBJECT = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "After",
        "Before",
        "As",
        "When",
        "While",
        "Judge",
        "Justice",
        "But",
        "And",
        "It",
        "They",
        "He",
        "She",
        "This",
        "That",
        "These",
        "Those",
        "Last",
        "Earlier",
        "Later",
        "Meanwhile",
        "However",
        "Since",
        "Under",
    ]
)


_OWN_AFTER = deferred(r"\w+\s+own\s")


def _their_other_subject(doc: Doc, spans: list[tuple[int, int]], at: int, row: Lawsuit) -> bool:
    """Whether "Their lawsuit" opening its sentence follows a sentence whose subject is a
    name of no party of ``row``, with no party of ``row`` named there ("their own suit": its
    own sentence's subject): "their" is that subject's, another suit than ``row`` (audit of
    the month shape, "Their July lawsuit")."""
    text = doc.text
    k = _sentence_of(spans, at)
    if _THEIR.match(text, at) is None:
        return False
    if _OWN_AFTER.match(text, at):
        ps, pe = spans[k][0], at  # "X filed their own suit": X's, in its own sentence
    elif k == 0 or text[spans[k][0] : at].strip():
        return False
    else:
        ps, pe = spans[k - 1]
    lead = _LEAD_NAME.match(text, ps, pe)
    if lead is None or lead.group(0).split()[0] in _NOT_SUBJECT:
        return False
    return not any(
        whole_word(text, i, i + len(w))
        for w in row.parties
        if len(w) > 3
        for i in find_all(text[:pe], w, ps)
    )


def _their_party(
    doc: Doc, spans: list[tuple[int, int]], at: int, best: list[tuple[Lawsuit, list[str]]]
) -> tuple[Lawsuit, list[str]] | None:
    """Of suits tied on evidence, for "their July lawsuit", the one a party of which (any
    word the table lists for its parties, a state's name too) the phrase's own sentence names
    before it, its owner "their" points to, when no other tied suit's is named there
    (census44 Q2: "Officials for Norland and 20 other states argued in their July lawsuit")."""
    text = doc.text
    if _THEIR.match(text, at) is None:
        return None
    a = spans[_sentence_of(spans, at)][0]
    hits = [
        (row, found)
        for row, found in best
        if any(
            whole_word(text, i, i + len(w))
            for w in row.parties
            if len(w) > 3
            for i in find_all(text[:at], w, a)
        )
    ]
    return hits[0] if len(hits) == 1 else None


def _own_party(
    doc: Doc, spans: list[tuple[int, int]], at: int, best: list[tuple[Lawsuit, list[str]]]
) -> tuple[Lawsuit, list[str]] | None:
    """Of suits tied on evidence, the one whose "who" party (a capitalised name) the phrase's
    own sentence names, when no other tied suit's is named there (None otherwise)."""
    a, b = spans[_sentence_of(spans, at)]
    own = doc.text[a:b]
    hits = []
    for row, found in best:
        who = [f.split(": ", 1)[1] for f in found if f.startswith("who: ")]
        if any(w[:1].isupper() and w in own and _names_party(own, w) for w in who):
            hits.append((row, found))
    if len({(r.name, r.court) for r, _f in hits}) != 1:
        return None
    return hits[0]


def _own_law(
    spans: list[tuple[int, int]],
    at: int,
    best: list[tuple[Lawsuit, list[str]]],
    law_at: tuple[tuple[int, str], ...],
) -> tuple[Lawsuit, list[str]] | None:
    """Of suits tied on evidence, the one whose challenged law a mention in the phrase's own
    sentence links ("A lawsuit was filed in federal court in Maryland alleging that the
    executive orders are unconstitutional": the suit over those orders, not another suit of
    that court over an order the article names paragraphs later), when only one's is."""
    a, b = spans[_sentence_of(spans, at)]
    here = {law for s, law in law_at if a <= s < b}
    hits = [(r, f) for r, f in best if _challenges(r, here) is not None]
    if len({(r.name, r.court) for r, _f in hits}) != 1:
        return None
    return hits[0]


_POSSESSIVE = frozenset(("their", "its", "his", "her"))


def _mods_ok(mods: list[str], owned: bool) -> bool:
    """Whether the words before the noun keep it the suit told: none sets it apart ("a
    separate suit"), each a word of ``_MODS``, a length ("40-page"), a compound ("flour-tax"),
    or after an owner one topic word ("their tariff lawsuit"; never a verb's form, "The
    plaintiffs filed suit")."""
    for w in mods:
        if w in _OTHER:
            return False
        if w in _MODS or _LENGTH_OR_COMPOUND.fullmatch(w):
            continue
        if owned and len(mods) == 1 and len(w) > 3 and not w.endswith(("ed", "ing", "ly", "s")):
            continue
        return False
    return True


_LENGTH_OR_COMPOUND = deferred(r"\d+-page|[a-z]+(?:-[a-z]+)+")


def _phrase_at(doc: Doc, m: re.Match[str]) -> _Phrase | None:
    """The suit phrase ``m`` matched, or None when its words make it no suit, or not the one
    the article tells."""
    text = doc.text
    s, e = m.span()
    head = m.group("head")
    owner = m.group("owner")
    det = (m.group("det") or "").lower()
    if owner and owner.split()[0] in _NOT_OWNER_WORDS:
        return None
    mods = m.group("mods").split()
    if not _mods_ok(mods, bool(owner) or det in _POSSESSIVE):
        return None
    if suits_table.HYPOTHETICAL.search(text, max(0, s - 30), s):
        return None  # ("could survive a legal challenge", "threatened a lawsuit")
    filer = _FILER_AFTER.match(text, e)
    if det in ("a", "an") and not (
        _FILED_BEFORE.search(text, max(0, s - 25), s) or _FILED_AFTER.match(text, e) or filer
    ):
        return None  # (a suit told as one brought, not "faces a lawsuit")
    follow_on = True
    if head == "case":
        before = _CASE_BEFORE.search(text, max(0, s - 20), s)
        if before is not None and det == "the" and _PAPER_IN.search(text, max(0, s - 40), s):
            before = None  # ("a separate court filing in the case": the suit's own papers)
        if _CASE_AFTER.match(text, e) or before is not None:
            return None
        # ("the case" only refers back to the suit this pass linked: it tells none itself)
        follow_on = bool(owner) or det in _POSSESSIVE
        if not follow_on and det not in ("the", "this"):
            return None
    a, b = doc.sentence_at(s)
    if head == "suit" and _SUIT_SENSE.search(text, a, b):
        return None
    owners = [owner] if owner else []
    when_at = e
    if filer is not None:
        if filer.group("who")[:1].isupper():
            owners.append(filer.group("who"))
        when_at = filer.end("who")
    elif (by := suits_table.FILED_BY.match(text, e)) is not None and by.group("who")[:1].isupper():
        owners.append(by.group("who"))
    group = None
    if not owners and (g := _GROUP_FILER.match(text, e)) is not None:
        group = _singular(g.group("head"))
    against = _AGAINST_AFTER.match(text, e)
    month = _month_told(doc, m)
    return _Phrase(
        s,
        e,
        tuple((w, *_owner_orgs(text, w)) for w in owners),
        definite=det in ("the", "this", *_POSSESSIVE) or bool(owner),
        when_at=when_at,
        fresh=bool(_FRESH_MODS.intersection(mods)) or bool(_FRESH_AFTER.match(text, e)),
        follow_on=follow_on,
        group=group,
        against=against.group("who") if against is not None else None,
        month=month,
    )


def _month_told(doc: Doc, m: re.Match[str]) -> str | None:
    """ "their July lawsuit": "YYYY-07", the year printed or the last July up to the
    article's date ("-07" when the article has no date: the month alone is checked); None
    with no month."""
    if not m.group("month"):
        return None
    month = months()[m.group("month").lower()]
    if m.group("myear"):
        return f"{m.group('myear')}-{month:02d}"
    if not doc.date or not doc.date[:4].isdigit() or not doc.date[5:7].isdigit():
        return f"-{month:02d}"
    year = int(doc.date[:4]) - (1 if month > int(doc.date[5:7]) else 0)
    return f"{year}-{month:02d}"


# The one a suit is brought against, named right after the phrase: "its own lawsuit against
# the NTEU", "a suit against the Department of Energy".
_AGAINST_AFTER = deferred(
    r"\s+against\s+(?:the\s+)?(?P<who>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.&'’-]*){0,5})"
)


# A capitalised word that opens a sentence, not an owner's name ("The lawsuit", "But its case").
_NOT_OWNER_WORDS = frozenset(("The", "A", "An", "This", "That", "In", "But", "And", "Its"))


def _phrases(doc: Doc, taken: SpanSet) -> list[_Phrase]:
    """Each suit phrase no mention covers."""
    out: list[_Phrase] = []
    seen: set[int] = set()
    for ws, we in doc.windows("suitphrase"):
        for m in PHRASE.finditer(doc.text, ws, we):
            if m.start() in seen or taken.overlaps(*m.span()):
                continue
            seen.add(m.start())
            if (p := _phrase_at(doc, m)) is not None:
                out.append(p)
    return out


_NO_SUBJECT = deferred(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|It|They|He|She|We|Who|This)$"
)


def _sued_phrases(doc: Doc, taken: SpanSet) -> list[_Phrase]:
    """Each "sued X" no mention covers, with the one sued and the one suing when named."""
    text = doc.text
    out: list[_Phrase] = []
    for ws, we in doc.windows("suitphrase"):
        for m in sued_pass.SUED.finditer(text, ws, we):
            s, e = m.span()
            if taken.overlaps(s, e) or any(x.start == s for x in out):
                continue
            generic = m.group("generic")
            if generic and generic not in ("government", "administration"):
                continue  # ("sued the city": whose, the sued pass's caption reading tells)
            if suits_table.HYPOTHETICAL.search(text, max(0, s - 30), s):
                continue
            government = bool(m.group("admin") or generic)
            subject = sued_pass._subject(text, s)
            owners = ((subject, *_owner_orgs(text, subject)),) if subject else ()
            if subject and _NO_SUBJECT.match(subject.split()[-1]):
                owners = ()
            out.append(
                _Phrase(
                    s,
                    e,
                    owners,
                    definite=False,
                    when_at=e,
                    sued=True,
                    obj=None if government else m.group("name"),
                    government=government,
                )
            )
    return out


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    taken = SpanSet([(m.start, m.end) for m in mentions])
    items = sorted([*_phrases(doc, taken), *_sued_phrases(doc, taken)], key=lambda p: p.start)
    if two := _two_party_cases(text, taken):
        mentions = sorted([*mentions, *two], key=by_span)
    if not items:
        return mentions
    laws = _laws(mentions)
    law_at = tuple(
        (m.start, m.authority) for m in mentions if m.authority and m.kind not in ("ruling", "case")
    )
    spans = _sentences(text)
    # (each case the article tells, by where and which: a back-reference never reaches over
    # another)
    cases = sorted((m.start, m.name or m.authority or "") for m in mentions if m.kind == "case")
    # (a caption the article prints before: its back-references are the anaphora pass's)
    named = [
        m.start
        for m in mentions
        if m.kind == "case"
        and not m.anaphor
        and not (m.authority or "").startswith("cite:")
        # (a known suit told by a noun phrase, "a lawsuit filed by the union", prints none:
        # "the agency filed its own lawsuit against the union" after it is still read)
        and m.matcher not in _SUIT_PHRASE_MATCHERS
    ]
    captioned = min(named, default=len(text))
    paragraphs = doc.paragraphs
    items = [
        replace(p, court_at=q.start)
        if q.definite and _sentence_of(spans, q.start) == _sentence_of(spans, p.start) + 1
        else p
        for p, q in zip(items, [*items[1:], items[-1]], strict=True)
    ]
    added: list[Mention] = []
    last: tuple[Lawsuit, int] | None = None
    unresolved: int | None = None  # (the last phrase that told a suit no row fits)
    # (that suit's court, when its words name one: the suit is a mention with no caption)
    unknown: str | None = None
    for p in items:
        if p.start > captioned:
            break
        if (
            p.definite
            and unresolved is not None
            and (last is None or last[1] < unresolved)
            and (
                _sentence_of(spans, p.start) - _sentence_of(spans, unresolved) <= 1
                or (unknown is not None and not p.owners)
            )
        ):
            # ("… sued the harbor board. The lawsuit …": that unknown suit; "… brought a lawsuit
            # … In the Court of International Trade, the firms say … The legal challenge …": a
            # suit whose court is told is the one the phrases after it mean, not an older one)
            continue
        a, b = doc.sentence_at(p.start)
        if any(a <= c < b for c in named):
            continue  # ("The first suit, Pell v. Crumb, …": the caption beside it is the mention)
        chosen = _choose(doc, spans, p, laws, law_at) if p.follow_on else None
        if chosen is not None:
            row, found = chosen
            anaphor = p.definite
        elif p.definite and last is not None:
            row, at = last
            if (
                any(at < c < p.start and n != row.name for c, n in cases)
                or not all(_owns(row, w) for w in p.owners)
                or _paragraph(paragraphs, p.start) - _paragraph(paragraphs, at) > _REACH
                or _place_fit(_filed_court(doc, spans, p.start), row) is None
                or _their_other_subject(doc, spans, p.start, row)
            ):
                continue
            found, anaphor = [_BACK], True
        else:
            if not p.definite:
                unresolved = p.start
                unknown = _unknown_court(doc, spans, p)
                if unknown is not None:
                    # (told with its court, it is a case between: no older suit's phrase
                    # reaches over it; it is no mention, as the gold of the open sets has it)
                    cases = sorted([*cases, (p.start, "")])
            continue
        last = (row, p.start)
        added.append(
            Mention(
                p.start,
                p.end,
                text[p.start : p.end],
                "case",
                None,
                court=row.court,
                name=row.name,
                confidence=0.6 if found == [_BACK] else 0.65,
                anaphor=anaphor,
                url=courtlistener_search(row.name, row.court, "r"),
                evidence=f"{_EVIDENCE}: known lawsuit (" + "; ".join(found) + ")",
                matcher="suitphrases",
            )
        )
        cases = sorted([*cases, (p.start, row.name)])
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


# "the case of Jane Roe and Mary Poe": a suit told by its two plaintiffs' full names
# (the word boundary asked by looking behind after the first letter: the engine skips to the
# "t"s instead of trying the pattern at every position)
_CASE_OF_TWO = deferred(
    r"[Tt](?<!\w.)he\s+(?:case|lawsuit|suit)\s+of\s+"
    r"(?P<a>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+and\s+(?P<b>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b"
)


def _two_party_cases(text: str, taken: SpanSet) -> list[Mention]:
    """ "the case of Jane Roe and Mary Poe": the one hand row of ``lawsuits.csv`` that lists
    both people, by the full names the article gives (census39 P2); none when no row, or two,
    list them both."""
    out: list[Mention] = []
    for m in _CASE_OF_TWO.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        rows = [r for r in _hand_rows() if m.group("a") in r.parties and m.group("b") in r.parties]
        if len(rows) != 1:
            continue
        row = rows[0]
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "case",
                None,
                court=row.court,
                name=row.name,
                confidence=0.7,
                url=courtlistener_search(row.name, row.court, "r"),
                evidence=f"{_EVIDENCE}: known lawsuit (its two plaintiffs named)",
                matcher="suitphrases",
            )
        )
    return out


def _unknown_court(doc: Doc, spans: list[tuple[int, int]], p: _Phrase) -> str | None:
    """The federal court a suit no row fits was brought in, when its words name one: "brought
    a lawsuit … In the Court of International Trade, the firms say …", "sued … in
    federal court in Boston" (its sentence or the two after it; a district only where the
    place has one), else None. Such a suit is no mention (the open sets' gold leaves a suit
    with no caption out, or optional: built and measured, it added only false alarms), but
    the phrases after it mean it, not an older suit."""
    if p.owners and any(_repeat_owner(w) for w in p.owners):
        return None
    district, _postal = _court_told(doc.text, spans, p.start)
    return district


# The passes whose case mentions are suits told by a noun phrase or a verb, not captions.
_SUIT_PHRASE_MATCHERS = frozenset(("lawsuits", "sued", "suitrefs"))


def _paragraph(paragraphs: list[tuple[int, int]], at: int) -> int:
    for i, (a, b) in enumerate(paragraphs):
        if a <= at < b:
            return i
    return len(paragraphs)


PASS = Pass(
    name="suitphrases",
    emits=("case",),
    anchors=(ANCHOR,),
    run=attach,
    gated=True,
    needs_anaphora=True,
)
