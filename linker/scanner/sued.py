"""A suit told by who sued whom: "Twenty states sued the Commerce Department", "Newsom —
who sued Trump — was exultant".

The phrase ("sued the Commerce Department") is a mention of a case only when the article
identifies that case: a caption it names ("New York v. Department of Commerce", before or
after) or a suit of ``lawsuits.csv`` its evidence points to (``lawsuits.known_suits``), whose
parties include the one sued (or, when the one sued is not named — "sued the government" —
the one suing). A caption the article prints is looked at first, the known suits only when
none fits. Two such cases, or none, leave the phrase alone: "Several residents had sued
the government" beside an unrelated caption is no mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..datafiles import Lawsuit, lawsuits
from ..links import courtlistener_search
from ..models import Mention
from . import lawsuits as suits_table
from .doc import Anchor, Doc
from .lawsuits import (
    _before_date,
    _day,
    _month_told,
    _strength,
    _weak,
    filed_in_suits,
    fresh_suit_at,
    known_suits,
)
from .lazyre import deferred
from .prosecutions import _criminal
from .registry import Pass
from .sentences import sentence_start, sentences
from .spans import SpanSet, by_span
from .state_laws import state_names

SUED_ANCHOR = Anchor(
    "sued",
    (
        *("sued", "sues", "suing", "sue ", "filed suit", "filed a lawsuit", "brought suit"),
        "legal action",
    ),
    0,
    90,
)
# ("a grand jury indicted Dugan": ``GRAND_JURY``, read in the words before the verb)
INDICTED_ANCHOR = Anchor("grand_jury_indicted", ("indicted",), 60, 60)
# (the words of one name stand on one line: "sued the U.S. Department of Homeland
# Security.\n\nDoes, 1-104 v. Wasden" ends at "Security.")
_NAME = r"[A-Z][\w.'’&-]*(?:[^\S\n]+(?:of\s+|and\s+|for\s+)?[A-Z][\w.'’&-]*){0,5}"
SUED = deferred(
    # ("States sue …": a headline's present, not "to sue", "will sue")
    r"\b(?:sued|sues|suing|(?<!\bto\s)(?<!\bwill\s)sue(?=\s)"
    r"|filed\s+(?:a\s+)?(?:federal\s+)?(?:suit|lawsuit)\s+against)\s+"
    r"(?!by\b)(?P<obj>(?:the\s+)?(?:(?:U\.S\.|federal|state)\s+)?(?:"
    rf"(?P<name>{_NAME})(?:\s+(?P<admin>administration))?"
    r"|(?P<generic>government|administration|state|city|county|agency|department|"
    r"company|school\s+district|district|(?:school\s+|city\s+|county\s+|state\s+)?officials|"
    r"him|her|them|it)\b"
    # ("sued the city of Spokane": the place the generic word names, for a suit's caption)
    r"(?:(?<=city|unty)\s+of\s+(?P<place>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*)?))?))"
)
# A suit told by what it is for, with no one named as sued: "A group of families sued to stop
# the districts from …", "brought suit challenging the law".
PURPOSE = deferred(
    r"\b(?:sued|(?:brought|filed)\s+(?:a\s+)?(?:federal\s+)?(?:law)?suit)\s+"
    r"(?:to\s+(?:stop|block|halt|overturn|prevent|end)|challenging|contesting)\b"
)
# Before the verb: a suit other than the one told ("Another coalition also sued …").
_ANOTHER = deferred(r"\b(?:[Aa]nother|[Ss]eparate(?:ly)?|[Aa]lso|[Oo]ther|[Ss]econd)\b")
# A habit, not one suit: "groups have been suing state and federal governments";
# "for years activists have been suing cities".
_HABITUAL = deferred(r"\b(?:have|has|had)\s+(?:long\s+)?been\s+$")
# A generic word one of two coordinated ones: "suing state and federal governments".
_COORDINATED = deferred(r"\s+(?:and|or)\s+(?:[a-z]+\s+)?[a-z]+s\b")
# A suit noun the verb only tells how it was brought: "started the court action by suing
# the county" (the noun is the mention, ``families``).
_BY_SUING = deferred(
    r"\b(?:lawsuit|suit|litigation|(?:court|legal)\s+action|case)\b[^.;!?\n]{0,40}?\bby\s+$"
)
# The suit the verb is told with: "sued the state in a landmark climate change lawsuit".
_IN_A_SUIT = deferred(r"[^\S\n]+in\s+an?\s+(?:[\w-]+\s+){0,4}?(?:law)?suit\b")
# Words that do not tell one party from another.
_STOP = frozenset(
    {
        "the", "of", "and", "for", "u.s.", "us", "federal", "state", "department", "dept.",
        "dept", "administration", "president", "gov.", "governor", "secretary", "attorney",
        "general", "sen.", "rep.", "judge", "inc.", "inc", "llc", "corp.", "corp", "co.",
        "et", "al.", "al",
    }
)  # fmt: skip


# (a party's words are keyed once, not again for each "sued" a long document has)
@lru_cache(maxsize=4096)
def _key(words: str) -> frozenset[str]:
    return frozenset(
        w.strip(",.’'").lower().removesuffix("’s").removesuffix("'s")
        for w in re.split(r"\s+", words)
        if w and w.lower().strip(",") not in _STOP
    ) - {""}


def _matches(words: str, party: str) -> bool:
    """Whether ``words`` name ``party``: every telling word of the party is there ("President
    Donald Trump" names Trump, "the Commerce Department" the Department of Commerce; "the
    Department of Education" does not name the American Association for Teacher Education),
    or one is the other's initials ("the Environmental Protection Agency" names the EPA)."""
    a, b = _key(words), _key(party)
    if bool(b) and b <= a:
        return True
    return _initials_of(words, party) or _initials_of(party, words)


# The small words an agency's initials skip ("Department of Homeland Security": DHS).
_SKIPPED = frozenset({"the", "of", "and", "for", "on", "u.s.", "us"})


@lru_cache(maxsize=4096)
def _initials_of(words: str, short: str) -> bool:
    """Whether ``short`` (two to six capitals: "EPA") is the initials of the name ``words``
    ("the Environmental Protection Agency"), every word of which is capitalised."""
    short = short.strip().removeprefix("the ").strip()
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    kept = [w for w in words.split() if w.lower() not in _SKIPPED]
    if len(kept) != len(short) or not all(w[:1].isupper() for w in kept):
        return False
    return "".join(w[0] for w in kept) == short


# Between the one suing and the verb: "Newsom (D) — who sued", "Texas, which had sued".
_LINK = re.compile(
    r"(?:\s*(?:,|—|–|--|\([A-Z][\w-]*\)|\b(?:who|which|had|has|have|also|then|first|"
    r"previously|successfully|jointly)\b))*\s*$"
)
# Words whose period is their own, not the sentence's ("U.S." has two).
_ABBREVIATIONS = frozenset({"inc", "corp", "ltd", "co", "jr", "sr", "al", "bros", "dept"})


def _full_stop(words: str) -> bool:
    """Whether the period ending ``words`` ends the sentence, not an abbreviation."""
    last = words.rsplit(None, 1)[-1]
    return last.endswith(".") and last.count(".") == 1 and last[:-1].lower() not in _ABBREVIATIONS


_RUN = deferred(r"(?:[A-Z][\w.'’&-]*\s+(?:of\s+)?){0,4}[A-Z][\w.'’&-]*$")


def _subject(text: str, at: int) -> str:
    """The capitalised name right before the verb ("Gavin Newsom" in "Gavin Newsom (D) —
    who sued"), or "" when a common noun stands there ("residents had sued")."""
    start = max(sentence_start(text, at), at - 100)
    before = text[start:at]
    link = _LINK.search(before)
    head = before[: link.start()] if link else before
    run = _RUN.search(head)
    return run.group(0) if run else ""


Cases = dict[str, tuple[tuple[str, ...], Mention | None, str | None]]


_JOINED_PARTIES = deferred(r",\s+(?:and\s+)?|\s+and\s+")


def _sides(parties: tuple[str, ...]) -> list[str]:
    """Each party, and each of several a side of the caption joins ("Minneapolis City Council
    and Mayor Jacob Frey": the council, the mayor)."""
    out = list(parties)
    for p in parties:
        if " and " in p or ", " in p:
            out += [q for q in _JOINED_PARTIES.split(p) if q]
    return out


# The one sued named by its kind ("sued the city", "sued the county"): the caption's party of
# that kind ("City of Philadelphia", "Yamhill County"), when the one suing is not a party.
_KIND_WORD = {
    "city": "City",
    "county": "County",
    "state": "State",
    "school district": "School District",
    "district": "District",
}


def _chosen(cases: Cases, obj: str | None, subject: str, generic: str | None = None) -> set[str]:
    """The cases whose parties include the one sued (or, when that one is not named, the
    one suing; or, when that one is no party either, a party of the kind the one sued is
    called by: "sued the city")."""
    out = set()
    for name, (parties, _m, _court) in cases.items():
        if obj:
            ok = any(_matches(obj, p) for p in _sides(parties))
        else:  # "sued the government": the one suing must be a party
            ok = bool(subject) and any(_matches(subject, p) for p in _sides(parties))
        if ok:
            out.add(name)
    word = _KIND_WORD.get(generic or "")
    if not out and word:
        kind = re.compile(rf"\b{word}\b")
        # ("who sued the state … Held v. Montana": a state's own name is a party of its kind)
        states = frozenset(state_names()) if word == "State" else frozenset()
        out = {
            n
            for n, (parties, _m, _c) in cases.items()
            if any(kind.search(p) or p in states for p in parties)
        }
    return out


# A suit told by its parties without a verb: "the Federal Trade Commission’s challenge against
# Meta’s social media monopoly", "a lawsuit filed by the ACLU against the city".
AGAINST_ANCHOR = Anchor(
    "suit_against",
    (
        *("challenge against", "lawsuit against", "suit against", "case against"),
        *("lawsuit filed by", "suit filed by", "lawsuit brought by", "suit brought by"),
    ),
    90,
    90,
    "word",
)
_PARTY = r"[A-Z][\w.&-]*(?:\s+(?:of\s+|and\s+|for\s+|on\s+)?[A-Z][\w.&-]*){0,6}"
OWNED_SUIT = re.compile(
    rf"(?P<the>[Tt]he\s+)?(?P<who>{_PARTY})['’]s?\s+(?:(?:antitrust|federal|legal)\s+)?"
    rf"(?P<noun>challenge|lawsuit|suit|case)\s+against\s+(?:the\s+)?(?P<name>{_PARTY})"
)
FILED_SUIT = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:(?:antitrust|federal|class-action)\s+)?(?:lawsuit|suit)\s+"
    rf"(?:filed|brought)\s+by\s+(?:the\s+)?(?P<who>{_PARTY})(?:\s+against\s+(?:the\s+)?"
    rf"(?P<name>{_PARTY}))?"
)
# A sentence that speaks of a court case, not of a race or a contest.
_LEGAL = deferred(
    r"\b(?:[Jj]udge|[Cc]ourt|ruling|ruled|decision|lawsuit|antitrust|trial|appeal|filed|"
    r"complaint|injunction|plaintiffs?|defendants?)\b"
)
_NOT_A_PARTY = frozenset({"The", "A", "An", "This", "That", "His", "Her", "Its", "Their"})


def _told_by_parties(doc: Doc) -> list[tuple[int, int, str, str | None, bool]]:
    """(start, end, the one suing, the one sued or None, whether the two may be the other
    way round) for each suit told by its parties."""
    text = doc.text
    out = []
    for ws, we in doc.windows("suit_against"):
        for rx in (OWNED_SUIT, FILED_SUIT):
            for m in rx.finditer(text, ws, we):
                who, obj = m.group("who"), m.group("name")
                if who.split()[0] in _NOT_A_PARTY or (obj or "x").split()[0] in _NOT_A_PARTY:
                    continue
                # "Ripple's case against the SEC": the owner of a "case" may be the one sued
                # (SEC v. Ripple Labs), so it names a case only when the article's caption or a
                # known suit has both parties, never a guessed "Ripple v. SEC"
                either = rx is OWNED_SUIT and m.group("noun") == "case"
                out.append((m.start(), m.end("name" if obj else "who"), who, obj, either))
    return out


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus a ``case`` mention for each "sued X" whose case the article names:
    a caption in the text, else (looked up only then) a known suit its evidence points to;
    and for each suit told by its parties ("the FTC's challenge against Meta"), that case,
    or when the article names none, a search for the two parties' caption."""
    text = doc.text
    hits = [m for ws, we in doc.windows("sued") for m in SUED.finditer(text, ws, we)]
    told = _told_by_parties(doc)
    if not hits and not told:
        spans = SpanSet([(m.start, m.end) for m in mentions])
        purposed = _told_by_purpose(doc, mentions, spans)
        purposed += _indicted_known(doc, mentions, spans)
        purposed += _government_action(doc, mentions, spans)
        return sorted([*mentions, *purposed], key=by_span) if purposed else mentions
    named: Cases = {}
    for m in mentions:
        if m.kind == "case" and not m.anaphor and m.name and " v. " in m.name:
            named.setdefault(m.name, (tuple(m.name.split(" v. ", 1)), m, m.court))
    known: Cases | None = None
    taken = SpanSet([(m.start, m.end) for m in mentions])
    added: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for hit in hits:
        s, e = hit.start(), hit.end("obj")
        if _full_stop(text[s:e]):
            e -= 1  # "… sued the Department of Homeland Security." ends before its period
        elif (with_suit := _IN_A_SUIT.match(text, e)) is not None:
            e = with_suit.end()  # "sued the state in a landmark climate lawsuit": one suit told
        if (s, e) in seen or taken.overlaps(s, e):
            continue
        seen.add((s, e))
        obj, subject = hit.group("name"), _subject(text, s)
        generic = hit.group("generic")
        if (
            _HABITUAL.search(text, max(0, s - 30), s)
            or _BY_SUING.search(text, max(0, s - 80), s)
            or (generic and _COORDINATED.match(text, hit.end("generic")))
        ):
            continue  # a habit, a coordinated generic object, or a suit its noun tells
        present = text[s : s + 4] == "sue "
        if present and named:
            continue  # ("States sue …" only as a suit just brought, told in a headline)
        if not named and (suit := fresh_suit_at(doc, s)) is not None:
            # a suit just brought that who sued whom, the court and the topic tell
            # ("19 states sued the Bureau of Harbors on Monday in federal court in Boston")
            added.append(
                _suit_mention(text, s, e, suit, 0.7, f"a suit told by who brought it: {suit.name}")
            )
            taken.add(s, e)
            continue
        if present:
            continue
        cases = named
        chosen = _chosen(named, obj, subject, generic)
        if not chosen:
            if known is None:
                known = {
                    suit.name: ((*suit.name.split(" v. ", 1), *suit.parties), None, suit.court)
                    for suit in known_suits(doc, mentions)
                }
            cases, chosen = known, _chosen(known, obj, subject, generic)
            if not chosen and generic and len(known) == 1:
                # "a coalition sued the agency … The case, filed in the D.C. Circuit, is
                # brought by X": the one suit the article tells by its court of filing
                filed = {r.name for r in filed_in_suits(doc)}
                chosen = set(known) & filed
        if (
            not chosen
            and obj
            and subject
            and not hit.group("admin")
            and not any(_side(subject, n.partition(" v. ")[0]) for n in named)
            and (row := _table_suit(subject, obj, False, doc.date)) is not None
            and _told_when_filed(text, s, hit.end(), row, doc.date)
        ):
            # "Trump sued CBS …": the one suit of the table with the one suing as its
            # plaintiff and the one sued on its other side, when no caption the article
            # prints is the one suing's own
            cases = {row.name: ((row.name,), None, row.court)}
            chosen = {row.name}
        if len(chosen) > 1 and obj and subject:
            # "The Harbor Workers Union sued the Trump administration": of the suits against
            # the one sued, the one whose other side is the one suing
            both = {n for n in chosen if any(_matches(subject, p) for p in _sides(cases[n][0]))}
            chosen = both if len(both) == 1 else chosen
        if len(chosen) > 1 and not _ANOTHER.search(text, max(0, s - 60), s):
            # "Advocacy groups sued Secretary Kristi Noem …" where two known suits are
            # against her: the one the article already refers to ("The case", linked by its
            # judge and ruling), when it refers to only one of them; never "Another group
            # also sued …", which tells the other
            referred = {m.name for m in mentions if m.kind == "case" and m.name in chosen}
            chosen = referred if len(referred) == 1 else chosen
        if not chosen and not named and (govt := _government_sued_state(text, s, obj)):
            # "The Justice Department sued Georgia": the caption the government's suits
            # against a state carry, "United States v. Georgia" (no row, no caption printed)
            added.append(_government_suit(text, s, e, govt))
            taken.add(s, e)
            continue
        if len(chosen) != 1:
            continue
        name = chosen.pop()
        if _told_just_before(text, mentions, s, name):
            continue  # "X filed a petition in the D.C. Circuit suing the government": one suit
        _parties, case, court = cases[name]
        added.append(
            Mention(
                s,
                e,
                text[s:e],
                "case",
                case.authority if case else None,
                court=court,
                name=name,
                confidence=0.7,
                url=None if case else courtlistener_search(name, court, "r"),
                evidence=f"the suit the article names: {name}",
                matcher="sued",
            )
        )
        taken.add(s, e)
    for s, e, who, obj, either in told:
        if (s, e) in seen or taken.overlaps(s, e):
            continue
        seen.add((s, e))
        gov = re.match(r"\s+(?:administration|government)\b", text[e : e + 20])
        government = gov is not None
        if gov is not None:
            e += gov.end()  # "… against the Trump administration"
        if known is None:
            known = {
                suit.name: ((*suit.name.split(" v. ", 1), *suit.parties), None, suit.court)
                for suit in known_suits(doc, mentions)
            }
        chosen, cases = set(), named
        for cases in (named, known):
            by_who = _chosen(cases, None, who)  # the cases the one suing is a party to
            chosen = by_who if government or not obj else by_who & _chosen(cases, obj, "")
            if by_who:
                break  # "Harvard's lawsuit against the Trump administration, Harvard v. DHS"
        if len(chosen) == 1:
            name = chosen.pop()
            _parties, case, court = cases[name]
            authority = case.authority if case else None
            url = None if case else courtlistener_search(name, court, "r")
            evidence, confidence = f"the suit the article names: {name}", 0.7
        elif (
            not chosen
            # (a case the article names that the one suing brought is its case: another)
            and not any(_side(who, n.partition(" v. ")[0]) for n in by_who)
            and not government
            and obj
            and (row := _table_suit(who, obj, either, doc.date)) is not None
        ):
            # "the FTC's case against Amazon": the one suit of the table whose caption has
            # the one as its plaintiff and the other among its other side's names
            name, authority, court = row.name, None, row.court
            url = courtlistener_search(name, court, "r")
            evidence, confidence = f"the one suit of the table with both parties: {name}", 0.65
        else:
            a = sentence_start(text, s)
            stop = re.search(r"[.!?](?:\s|$)", text[e : e + 300])
            if chosen or by_who or government or not obj or either:
                continue  # two cases fit, or the party's case is another, or no caption
            if not _LEGAL.search(text, a, e + (stop.start() if stop else 300)):
                continue  # the sentence tells of no court case: a race, a contest
            name, authority, court = f"{who} v. {obj}", None, None
            url = courtlistener_search(name, None, "r")
            evidence, confidence = "a suit the article tells by its parties", 0.6
        added.append(
            Mention(
                s,
                e,
                text[s:e],
                "case",
                authority,
                court=court,
                name=name,
                confidence=confidence,
                url=url,
                evidence=evidence,
                matcher="sued",
            )
        )
        taken.add(s, e)
    added += _told_by_purpose(doc, mentions, taken)
    added += _indicted_known(doc, mentions, taken)
    added += _government_action(doc, mentions, taken)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


def _told_by_purpose(doc: Doc, mentions: list[Mention], taken: SpanSet) -> list[Mention]:
    """A case mention for each suit told by what it was brought for, not whom ("A group of
    families sued to stop the districts …", "brought suit challenging the law"): the one suit
    in play, when the evidence points to exactly one (a ruling of its court with its judge, its
    court of filing …, not its parties' words alone) and that suit's parties or what it
    challenges stand in the verb's sentence or the one before. The article must name no
    case of its own: then the phrase may mean that case or another."""
    text = doc.text
    hits = [m for ws, we in doc.windows("sued") for m in PURPOSE.finditer(text, ws, we)]
    if not hits or any(m.kind == "case" and m.matcher == "cases" for m in mentions):
        return []
    # (not a suit told only by its parties' words; of several, the one the most evidence
    # points to: "a ruling of txwd" and "Judge Orlando L. Garcia" over the court's ruling alone)
    strong = {s: _strength(f) for s, f in known_suits(doc, mentions).items() if not _weak(f)}
    best = max(strong.values(), default=0.0)
    top = [r for r, v in strong.items() if v == best]
    if len({(r.name, r.court) for r in top}) != 1:
        return []
    suit = top[0]
    out = []
    for hit in hits:
        s, e = hit.span()
        if taken.overlaps(s, e) or HYPOTHETICAL_BEFORE.search(text, max(0, s - 30), s):
            continue
        if _ANOTHER.search(text, sentence_start(text, s), s):
            continue  # ("Another coalition also sued to block …": not the suit in play)
        a = sentence_start(text, max(0, sentence_start(text, s) - 2))
        stop = re.search(r"[.!?](?:\s|$)", text[e : e + 300])
        around = text[a : e + (stop.start() if stop else 300)]
        laws = {m.authority for m in mentions if m.authority and a <= m.start < e + 300}
        if not (
            any(len(p) > 3 and p in around for p in suit.parties)
            or laws.intersection(suit.challenges)
        ):
            continue
        out.append(
            _suit_mention(
                text,
                s,
                e,
                suit,
                0.65,
                f"the one suit the article's evidence points to: {suit.name}",
            )
        )
        taken.add(s, e)
    return out


def _side(words: str, party: str) -> bool:
    """Whether ``words`` and ``party`` name one side ("Harvard", "President and Fellows of
    Harvard College"; "the FTC", "Federal Trade Commission")."""
    return _matches(words, party) or _matches(party, words)


@lru_cache(maxsize=1024)  # (the table is read once for each pair of parties an article tells)
def _table_suit(who: str, obj: str, either: bool, date: str | None) -> Lawsuit | None:
    """The one suit of the tables (one caption, one court) whose plaintiff ``who`` names and
    whose other side ``obj`` names (its caption's, or one of its listed names, the same words,
    that is not the plaintiff's), filed by ``date``; with ``either``, the two may be the other
    way round. None when none or two fit."""
    found: dict[tuple[str, str], Lawsuit] = {}
    for row in lawsuits():
        plaintiff, _, defendant = row.name.partition(" v. ")
        if not defendant or _before_date(row.filed, date):
            continue
        for one, other in ((who, obj), (obj, who)) if either else ((who, obj),):
            if not _side(one, plaintiff) or _side(other, plaintiff):
                continue
            # (a listed name only when the two name each other whole: "the Portland Harbor
            # Board" is not the place "Portland" a row lists)
            if _side(other, defendant) or any(
                _matches(other, p) and _matches(p, other) and not _side(p, plaintiff)
                for p in row.parties
            ):
                found.setdefault((row.name, row.court), row)
    return next(iter(found.values())) if len(found) == 1 else None


def _told_when_filed(text: str, s: int, e: int, row: Lawsuit, date: str | None) -> bool:
    """Whether the time the verb's sentence gives ("on Monday", "in March") fits when ``row``
    was filed: a day of the week is the row's filing day (that day of the story's week, a day
    either side), a month the row's month; no time told fits any suit."""
    a = sentence_start(text, s)
    beside = text[max(a, s - 40) : e + 60]
    filed, day = _day(row.filed), _day(date)
    # (read from its module, not imported: a deferred pattern puts itself there)
    if (weekday := suits_table._WEEKDAY.search(beside)) is not None:
        if filed is None or day is None:
            return False
        return bool(suits_table._on_the_day((row,), weekday.group(0), day))
    told = _month_told(beside, day) if day is not None else None
    if told is not None:
        return (row.filed or "")[:7] == f"{told[0]:04d}-{told[1]:02d}"
    return True


# "In May, a grand jury indicted Dugan for …": an indictment whose grand jury the sentence
# does not call federal (``indictments`` reads "a federal grand jury indicted …").
GRAND_JURY = deferred(
    r"\b[Aa]\s+grand\s+jury(?:\s+in\s+[A-Z][a-z]+)?\s+(?:has\s+|on\s+\w+\s+)?indicted\s+"
    r"(?:(?:former|Judge|Mayor|Sen\.|Rep\.|Gov\.)\s+)?(?:[A-Z][a-z]+\s+){0,2}"
    r"(?P<surname>[A-Z][a-z]+)\b"
)


def _indicted_known(doc: Doc, mentions: list[Mention], taken: SpanSet) -> list[Mention]:
    """A case mention for "a grand jury indicted Dugan" when the article's evidence points to
    the federal prosecution "United States v. Dugan" of the tables (its court's ruling, its
    judge): the prosecution the story is about, whatever grand jury the sentence names."""
    text = doc.text
    hits = [
        m
        for ws, we in doc.windows("grand_jury_indicted")
        for m in GRAND_JURY.finditer(text, ws, we)
    ]
    if not hits:
        return []
    prosecutions = {
        suit.name.removeprefix("United States v. "): suit
        for suit in known_suits(doc, mentions)
        if suit.name.startswith("United States v. ") and _criminal(suit)
    }
    out = []
    for hit in hits:
        suit = prosecutions.get(hit.group("surname"))
        s, e = hit.span()
        if suit is None or taken.overlaps(s, e):
            continue
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                "case",
                None,
                court=suit.court,
                name=suit.name,
                confidence=0.65,
                url=courtlistener_search(suit.name, suit.court, "r"),
                evidence=f"the prosecution the article's evidence points to: {suit.name}",
                matcher="sued",
            )
        )
        taken.add(s, e)
    return out


# "could have sued to stop", "plans to file suit challenging": no suit brought.
# The federal government as the one suing, right before the verb: "The Justice Department
# sued", "the U.S. Department of Justice on Tuesday sued", "The United States has sued".
_GOVERNMENT_BEFORE = deferred(
    r"\b(?:(?:U\.S\.\s+)?(?:Justice\s+Department|Department\s+of\s+Justice)|DOJ"
    r"|[Tt]he\s+United\s+States|[Tt]he\s+federal\s+government"
    r"|[Tt]he\s+(?:Trump|Biden|Obama)\s+administration)"
    r"(?:\s+(?:on\s+[A-Z][a-z]+|last\s+week|this\s+week))?(?:\s+(?:has|had))?\s+$"
)
_STATE_OF = deferred(r"^(?:State|Commonwealth)\s+of\s+")


def _government_sued_state(text: str, s: int, obj: str | None) -> str | None:
    """The state "The Justice Department sued STATE" tells at ``s`` (the verb), else None."""
    if not obj:
        return None
    state = _STATE_OF.sub("", obj)
    if state not in state_names() or _ANOTHER.search(text, max(0, s - 60), s):
        return None
    gov = _GOVERNMENT_BEFORE.search(text, max(0, s - 70), s)
    if gov is None or not _leads(text, gov.start()):
        return None
    return state


# A word that makes the government no subject: "Critics of the Trump administration sued …".
_NOT_SUBJECT_BEFORE = deferred(
    r"\b(?:of|for|against|with|by|from|and|or|to|than|like|including|besides)\s+"
    r"(?:the\s+)?(?:U\.S\.\s+)?$",
    re.I,
)


def _leads(text: str, at: int) -> bool:
    """Whether the government's name at ``at`` is the subject: no preposition or "and" just
    before it ("allies of the Justice Department", "Texas and the United States")."""
    return _NOT_SUBJECT_BEFORE.search(text, max(0, at - 24), at) is None


# The federal government bringing a suit against a state's law: "The Justice Department
# initiated legal action against a long-standing Ohio law", "the United States, under its
# new attorney general, filed a lawsuit against the Georgia statute" (the suit's noun is
# the mention; the state is the defendant).
_GOVERNMENT_ACTION = deferred(
    r"\b(?:(?:U\.S\.\s+)?(?:Justice\s+Department|Department\s+of\s+Justice)|DOJ"
    r"|[Tt]he\s+United\s+States|[Tt]he\s+federal\s+government"
    r"|[Tt]he\s+(?:Trump|Biden|Obama)\s+administration)"
    r"(?:,?\s+(?:on\s+[A-Z][a-z]+|under\s+[^,.;\n]{1,60}?))?\s*,?\s+(?:has\s+|had\s+)?"
    r"(?:brought|filed|initiated|launched|started)\s+"
    r"(?P<noun>legal\s+action|a\s+(?:federal\s+)?(?:law)?suit|court\s+action)\s+against\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]?s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:law|statute|ban|measure)\b"
)


def _government_action(doc: Doc, mentions: list[Mention], taken: SpanSet) -> list[Mention]:
    """ "The Justice Department initiated legal action against a Texas law": United States
    v. Texas at the suit's noun, when the article prints no caption and no pass linked it."""
    text = doc.text
    if "legal action" not in text and "suit against" not in text and "action against" not in text:
        return []
    if any(m.kind == "case" and not m.anaphor and " v. " in (m.name or "") for m in mentions):
        return []  # (a caption the article prints, or a known suit: theirs to tell)
    out = []
    for ws, we in doc.windows("sued"):
        for hit in _GOVERNMENT_ACTION.finditer(text, max(0, ws - 120), min(len(text), we + 60)):
            s, e = hit.span("noun")
            if (
                hit.group("state") not in state_names()
                or taken.overlaps(s, e)
                or not _leads(text, hit.start())
            ):
                continue
            out.append(_government_suit(text, s, e, hit.group("state")))
            taken.add(s, e)
    return out


def _government_suit(text: str, s: int, e: int, state: str) -> Mention:
    """ "sued Georgia" told of the federal government: United States v. Georgia, in the
    district its sentence (or the next two) says it was filed in, if one."""
    court, _postal = suits_table._court_told(text, sentences(text), s)
    name = f"United States v. {state}"
    return Mention(
        s,
        e,
        text[s:e],
        "case",
        None,
        court=court,
        name=name,
        confidence=0.65,
        url=courtlistener_search(name, court, "r"),
        evidence=f"the federal government sued {state}: {name}",
        matcher="sued",
    )


HYPOTHETICAL_BEFORE = deferred(
    r"\b(?:could|would|might|may|will|plans?\s+to|threaten(?:ed|s)?\s+to|to)\s+(?:have\s+)?$"
)


PASS = Pass(
    name="sued",
    emits=("case",),
    anchors=(SUED_ANCHOR, AGAINST_ANCHOR, INDICTED_ANCHOR),
    run=attach,
    gated=True,
    needs_anaphora=True,
)


def _suit_mention(
    text: str, s: int, e: int, suit: Lawsuit, confidence: float, evidence: str
) -> Mention:
    """A mention at ``text[s:e]`` of ``suit`` (a ``lawsuits.csv`` row): its CourtListener
    docket when the row has one, else a search of its name in its court."""
    return Mention(
        s,
        e,
        text[s:e],
        "case",
        f"cl:docket:{suit.cl_docket}" if suit.cl_docket else None,
        court=suit.court,
        name=suit.name,
        confidence=confidence,
        url=courtlistener_search(suit.name, suit.court, "r")
        if not suit.cl_docket
        else f"https://www.courtlistener.com/docket/{suit.cl_docket}/",
        evidence=evidence,
        matcher="sued",
    )


def _told_just_before(text: str, mentions: list[Mention], s: int, name: str) -> bool:
    """Whether the suit ``name`` is a case mention of ``mentions`` that ends shortly before
    ``s`` in its sentence ("TikTok filed a petition in the D.C. Circuit suing the government"):
    the verb then tells the same suit a second time, no mention of its own."""
    return any(
        m.kind == "case"
        and m.name == name
        and m.end <= s
        and s - m.end <= 120
        and m.start >= sentence_start(text, s)
        for m in mentions
    )
