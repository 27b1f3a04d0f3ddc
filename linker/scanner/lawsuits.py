""" "The lawsuit" a report never names, matched to a known lawsuit by what the article says.

News rarely prints a caption: "The ruling comes in a lawsuit brought against the Affordable
Care Act", "plaintiffs in the lawsuit", "the Justice Department wanted the case put on hold",
"Harvard’s case" (a "case" found at the anaphora pass's head word, not at an anchor of its
own). When the article itself has named the case, the
anaphora pass links these phrases to it. Otherwise this pass looks the lawsuit up in
``lawsuits.csv`` by the evidence the article gives:

- **court**: a ruling the article reports came from the lawsuit's court;
- **law**: the article mentions what the lawsuit challenges (an act, order or rule);
- **judge**: the article names one of the lawsuit's judges.

A lawsuit qualifies with at least two of the three; without the law, the article must also
name one of its parties, since a judge hears many cases. A ruling of its court alone is weaker
evidence that still qualifies a suit whose `parties` the article names twice over (two of
them, one named by no other suit of the table: "small businesses" and "tariffs", "buoys" and
"Rio Grande"), for a phrase whose own sentence or a neighbour names one of them; such a suit
gives way to one with stronger evidence. Who owns or filed the suit ("Harvard’s lawsuit",
"the states’ challenge", "a lawsuit filed by New Jersey") keeps only suits it is party to.
A ruling in the same or the previous sentence ("The ruling comes in a lawsuit …") decides
which: the suit must be one that ruling's court, its court of appeals or the Supreme Court
heard, and a ruling linker could not place leaves the phrase alone. Among the rest, the one
with more evidence wins, then the one whose parties the sentence (or its neighbours) names
most, then the one the article last linked a phrase to ("a lawsuit … The lawsuit"). A tie,
a lawsuit filed after the article's date, or an earlier named case leaves the phrase alone: a
wrong caption is worse than none.
"""

from __future__ import annotations

import bisect
import datetime
import re
import sys
from functools import cache, lru_cache
from typing import Any

from .. import courts
from ..datafiles import Lawsuit, lawsuits, read_rows
from ..ids import usc_overlap
from ..lexicon import months, presidents
from ..links import courtlistener_search
from ..models import Mention
from . import suitdates
from .clausecut import cut_before
from .doc import Anchor, Doc
from .families import CASE_MODIFIED
from .lazyre import deferred
from .registry import Pass
from .rulings.courtpatterns import place_word
from .rulings.courtrefs import court_phrases
from .rulings.discourse import paragraph_of_another_state
from .sentences import sentence_start
from .sentences import sentences as _sentences
from .spans import SpanSet, by_span
from .state_laws import state_names
from .trie import find_all, whole_word

PHRASE_ANCHOR = Anchor(
    "lawsuit",
    (
        "suit",
        "challenge",
        "court case",
        "litigation",
        "complaint",
        "legal action",
        "court action",
        "petition",
        "class action",
    ),
    30,
    2,
    end="word",
)
TITLE_ANCHOR = Anchor("lawsuit_judge", ("Judge", "judge", "Justice", "justice"), 0, 60)
# Who a suit belongs to when news tells them by a plain word for a group ("the teachers’
# challenge", "the union's lawsuit", "a suit filed by two counties", "the lawsuit brought by
# the hatchery workers' union"): a soft owner, which keeps the suits whose caption or parties
# hold the word when some do, and all of them when none does (``_owned_by_group``).
_GROUP_WORDS = (
    r"(?:teachers|educators|families|parents|students|counties|county|cities|city|unions?|"
    r"compan(?:y|ies)|plaintiffs|workers|tribes?|groups?|advocates|businesses|residents|"
    r"districts?|doctors|nurses|employees|farmers|landowners|retailers|universit(?:y|ies)|"
    r"hospitals?|churches|towns?|villages?|municipalities|organizations|nonprofits|coalition)"
)
PHRASE = deferred(
    # "The DOJ initiated legal action against …", "brought legal action": a suit told by the
    # verb that brings it, with no determiner (only a past verb: "may take legal action" is none)
    r"(?:(?<=initiated\s)|(?<=brought\s)|(?<=filed\s)|(?<=launched\s)|(?<=started\s)"
    r"|(?<=commenced\s)|(?<=took\s)|(?<=pursued\s))(?P<bare>(?:legal|court)\s+action)\b"
    # "The Lawsuit" opening a heading line (a short line with no full stop)
    # (``_HEADING_REST`` asks the rest of the line: the window ends just past the word)
    r"|(?<![^\n])The\s+Lawsuit\b"
    r"|\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts"
    # "the teachers’ challenge", "the union's lawsuit": a group's (``_GROUP_WORDS``)
    r"|(?:[Tt]he\s+)?(?P<group>(?:[a-z]+\s+)?" + _GROUP_WORDS + r")['’]s?(?=\s)"
    # "Harvard’s lawsuit", "the ACLU's suit", "the states’ lawsuit": the owner is a party
    # (a word that ends a sentence, "Saturday.", is no part of the owner's name; "U.S." is)
    # ("the coalition's lawsuit": the states or groups the article says sued together)
    # ("the state's lawsuit": a state's own suit, as "the states’ lawsuit" is states')
    r"|(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.&-]*(?:(?<![a-z]\.)\s+[A-Z][\w.&-]*){0,3}|states?"
    r"|coalition)['’]s?)"
    # "a separate suit brought by immigration advocacy groups": one of several the article tells
    r"\s+(?:(?P<other>separate|second|similar|related|parallel|companion)\s+)?"
    # "an ongoing lawsuit", "a wrongful death suit", "the defamation lawsuit": what kind of suit
    # ("a new state court challenge": a suit filed in a state's courts)
    r"(?:(?:federal|class-action|civil|defamation|antitrust|wrongful[- ]death|on-?going"
    r"|new(?=\s+state\s)|state(?=\s+court\s+challenge)"
    # "a multi-state lawsuit", "a racial-profiling lawsuit": a word for the kind of suit
    r"|multi-?state|[a-z]{3,}-[a-z]{3,}"
    # "the main lawsuit against the order", "the original suit": the principal one of the
    # suits told, which the evidence then picks as it does a bare "the lawsuit"
    r"|(?<=[Tt]he\s)(?:main|original|underlying|principal|lead)"
    # "its 2024 lawsuit": the year it was filed, which keeps only suits filed that year
    r"|(?P<year>(?:19|20)\d\d))\s+){0,2}"
    # "the states’ challenge": a bare "challenge" only after "states’" (a named owner's
    # "challenge against …" is the ``sued`` pass's, with what it challenges)
    # "the litigation", "the pending litigation": only with a determiner or an owner
    # "the complaint", "the states' complaint": the suit's own filing (never "a complaint",
    # often one made to an agency, nor "the complaint with/to …")
    r"(?:lawsuit|suit|legal\s+challenge|court\s+case|court\s+challenge|(?<=states['’]\s)challenge"
    r"|(?(group)challenge|(?!))"
    r"|(?<![Aa]\s)(?<![Aa]n\s)litigation"
    r"|(?<![Aa]\s)(?<![Aa]n\s)complaint(?!\s+(?:with|to|about|from)\b)"
    # "a petition for review", "a petition in the U.S. Court of Appeals for the D.C. Circuit"
    # (only so: ``PETITION_COURT`` after it)
    r"|petition"
    # "a class action by industry groups that challenges …": the suit (twenty-fifth session;
    # "a class action lawsuit" is the lawsuit's, "class action settlement" no suit's name)
    r"|class[\s-]action(?![\s-]+(?:lawsuits?|suits?|complaints?|settlements?|status)\b)"
    # "the legal action", "the court action": the suit, with a determiner or an owner (not "a
    # legal fight", "the ongoing legal fight over …": a dispute news may tell beyond one suit)
    r"|(?<![Aa]\s)(?<![Aa]n\s)(?:legal|court)\s+action)\b"
)
# What follows "petition" when it is a suit brought straight in a court of appeals against a
# rule or an act: "a petition for review", "a petition in the U.S. Court of Appeals for the
# D.C. Circuit" (never a bare "petition": one to an agency, a voters' petition, a petition
# for certiorari).
PETITION_COURT = deferred(
    r"\s+for\s+review\b|\s+(?:in|with|to|before)\s+the\s+(?:(?:U\.S\.|United\s+States|"
    r"federal)\s+)?(?:Court\s+of\s+Appeals|(?:D\.C\.|[A-Z0-9]\w*)\s+(?:U\.S\.\s+)?Circuit)"
)
# A noun the suit word only qualifies: the phrase names no suit. Any suit word's ("a lawsuit
# database", "the case tally", "the litigation tracker run by a university"), and after
# "litigation" more ("the litigation team", "litigation costs"). (Asked after a match: the
# windows end at the word. One guard where two merged branches wrote one each.)
MODIFIED_BY_LITIGATION = deferred(
    r"\s+(?:(?P<any>trackers?|databases?|tally|tallies)|team|costs?|funds?|group|center|clinic"
    r"|project|lawyers?|attorneys?|strategy|risks?|hold|expenses|unit|director|counsel|section"
    r"|updates?)\b"
)


def qualifies_a_noun(text: str, e: int, litigation: bool) -> bool:
    """Whether the suit word ending at ``e`` ("litigation" if ``litigation``) only qualifies
    the noun after it (``MODIFIED_BY_LITIGATION``)."""
    q = MODIFIED_BY_LITIGATION.match(text, e)
    return q is not None and (litigation or q.group("any") is not None)


# The rest of a heading line after "The Lawsuit": short, no full stop.
_HEADING_REST = deferred(r"[^\n.!?]{0,80}(?:\n|$)")
# A suit that does not exist yet, or one the phrase says is not the article's.
HYPOTHETICAL = deferred(
    r"\b(?:threat\w*|could|would|might|may|plans?\s+to|planning\s+to|vow\w*|expects?\s+to|"
    r"intends?\s+to|any|no)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# (nor a noun the suit word only qualifies: ``qualifies_a_noun``)
AFTER_OK = deferred(r"^(?!\s+(?:against\s+(?:him|her)\b|over\s+(?:a|an)\b))")


@cache
def _surname(judge: str) -> str:
    parts = [p for p in judge.split() if p not in ("Jr.", "Sr.", "II", "III")]
    return parts[-1] if parts else judge


# "Judge Reed O'Connor", "U.S. District Judge O'Connor", "Chief Judge James E. Boasberg".
TITLED = deferred(r"\b(?:[Jj]udge|[Jj]ustice)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)")


def _named(judge: str, text: str, after_title: set[str]) -> bool:
    """Whether the text names ``judge``: the surname after a title ("Judge O'Connor") or the
    first name with the surname ("Reed O'Connor"); a bare surname is too common to count."""
    surname = _surname(judge)
    if surname in after_title:
        return True
    if "'" not in surname and surname not in text:
        return False  # not even in the text: no need for the text's capitalised words
    if surname not in _capitalised(text):
        return False
    first = judge.split()[0]
    full = _full_name(first, surname)
    at = text.find(first)
    while at >= 0:
        if full.match(text, at):
            return True
        at = text.find(first, at + 1)
    return False


@cache
def _full_name(first: str, surname: str) -> re.Pattern[str]:
    """'James E. Boasberg', 'Reed O’Connor': the first name, initials, the surname."""
    last = re.escape(surname).replace("'", "['’]")
    return re.compile(rf"{re.escape(first)}\s+(?:[A-Z]\.\s+)*{last}\b")


@lru_cache(maxsize=4)
def _capitalised(text: str) -> frozenset[str]:
    # (a word opening on a capital: the look-behind after it asks what a leading \b would,
    # and a pattern opening on its capital is one the regex engine skips ahead to)
    return frozenset(w.replace("’", "'") for w in _CAPITALISED.findall(text))


_CAPITALISED = deferred(r"[A-Z](?<!\w[A-Z])[\w'’-]+")


def _mentioned(challenged: str, laws: set[str], usc_laws: dict[str, list[str]]) -> bool:
    """Whether the article mentions ``challenged`` (a ``usc`` id: any overlapping range)."""
    if challenged in laws:
        return True
    if not challenged.startswith("usc:"):
        return False
    return any(usc_overlap(challenged, m) for m in usc_laws.get(challenged.split(":")[1], ()))


def suit_date(doc: Doc) -> str | None:
    """The article's date as far as its source knows it: an address that gives a month alone
    (".../2025/05/slug", read as the 1st) gives "2025-05", so a suit filed later that month is
    not ruled out by its day (census35 P4); otherwise ``doc.date``."""
    date = doc.date
    if date and date.endswith("-01") and doc.url and _month_only(doc.url, date):
        return date[:7]
    return date


@lru_cache(maxsize=64)
def _month_only(url: str, date: str) -> bool:
    from ..load import _url_day_known, date_from_url

    return not _url_day_known(url) and date_from_url(url) == date


def _before_date(filed: str | None, date: str | None) -> bool:
    """Whether a suit filed on ``filed`` cannot be in an article dated ``date``."""
    if not filed or not date:
        return False
    n = min(len(filed), len(date))
    return date[:n] < filed[:n]


# A year standing before what a ruling acted on ("blocking the legislature’s 2022
# congressional map")
_OBJECT_YEAR = deferred(r"\b((?:19|20)\d\d)\s+[a-z]")


def _older_object(clause: str, suit: Lawsuit) -> bool:
    """Whether a ruling's clause tells what it acted on by a year before the suit was filed
    ("a trial court issued an injunction blocking the legislature’s 2022 congressional map",
    in a story whose named suit was filed in 2024): an earlier suit's ruling, not this one's
    (census39 P9)."""
    filed = (suit.filed or "")[:4]
    if not filed.isdigit():
        return False
    return any(int(y) < int(filed) for y in _OBJECT_YEAR.findall(clause))


def _older_suits_court(clause: str, suit: Lawsuit) -> str | None:
    """The court of the earlier suits of ``suit``'s state filed in the year the clause gives
    what the ruling acted on, one of whose party or topic words the clause holds ("blocking the
    legislature’s 2022 congressional map": the 2022 suits over the congressional map), when
    they are of one court; else None."""
    filed = (suit.filed or "")[:4]
    years = {y for y in _OBJECT_YEAR.findall(clause) if filed.isdigit() and int(y) < int(filed)}
    state = _court_state(suit.court)
    if not years or state is None:
        return None
    low = clause.lower()
    courts = {
        row.court
        for row in lawsuits()
        if row is not suit
        and not row.generated
        and (row.filed or "")[:4] in years
        and _court_state(row.court) == state
        and any(len(w) > 6 and w.lower() in low for w in (*row.parties, *row.topics))
    }
    return courts.pop() if len(courts) == 1 else None


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> int:
    """The index of the sentence that holds ``pos`` (the last one past the end)."""
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return i
    return len(spans) - 1


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus a ``case`` mention for each unnamed lawsuit the evidence settles."""
    text = doc.text
    if not (
        any(m.kind == "ruling" and m.court for m in mentions)
        or doc.has("lawsuit_judge")
        or _fresh_suits(doc)
        or filed_in_suits(doc)
        or _filed_courts(doc)
        or filed_challenging_suits(doc, mentions)
        or _plaintiff_and_law_suits(
            doc, {m.authority for m in mentions if m.authority and m.kind != "ruling"}
        )
    ):
        # no ruling placed, no judge, no suit just filed or told by its suitor and its law:
        # no suit has evidence (``known_suits``)
        return mentions
    hits: list[tuple[int, int, str, str | None, str | None]] = []
    years: dict[int, str] = {}  # a phrase's start → the year it gives ("its 2024 lawsuit")
    for ws, we in doc.windows("lawsuit"):
        for hit in PHRASE.finditer(text, ws, we):
            if hit.group(0).endswith("petition") and not PETITION_COURT.match(text, hit.end()):
                continue  # ("the petition" to an agency, for certiorari, of voters)
            owner = hit.group("owner") or hit.group("group")
            hits.append((*hit.span(), hit.group(0), owner, hit.group("other")))
            if hit.group("year"):
                years[hit.start()] = hit.group("year")
    hits += _case_phrases(doc)
    hits = [_without_lead(text, *h) for h in hits]
    if not hits or not lawsuits():
        return mentions  # (the tables are read only for a story with a phrase to link)
    hits.sort()
    rulings = sorted((m for m in mentions if m.kind == "ruling"), key=lambda m: m.start)
    ruling_starts = [m.start for m in rulings]
    named_cases = [
        m.start
        for m in mentions
        if m.kind == "case" and not m.anaphor and not (m.authority or "").startswith("cite:")
    ]
    # (the text around the phrases, where a suit known only by its parties' words must be named)
    near = " … ".join(text[max(0, s - 300) : e + 300] for s, e, *_ in hits)
    phrases = [(s, e) for s, e, *_ in hits]  # (for the text around them, if it is wanted)
    evidence = known_suits(doc, mentions, near, phrases)
    if not evidence:
        return mentions
    # (the courts of the suits the evidence points to: when they are one court, "the district
    # court" of the story is that court even if no phrase could tell which suit it is)
    doc.memo(
        _EVIDENCE_COURTS, lambda: frozenset(r.court for r, f in evidence.items() if not _weak(f))
    )

    spans = _sentences(text)
    rivals = _tracker_rivals(doc, mentions, phrases)
    laws: set[str] = set()
    if _tells_the_administration(doc):
        laws = {m.authority for m in mentions if m.authority and m.kind != "ruling"}
    last: Lawsuit | None = None
    last_at = -1  # (where the phrase linked last stands)
    unknown_at: int | None = None  # (a suit told with a court no suit of the pool fits)
    taken = SpanSet([(m.start, m.end) for m in mentions])
    added: list[Mention] = []
    cut: dict[int, int] = {}  # a ruling clause that runs over a suit phrase: where it ends
    for k, (s, e, phrase, owner, other) in enumerate(hits):
        host = None
        if taken.overlaps(s, e):
            # "granted the SEC's motion to stay a class action by …": a suit told inside a
            # ruling clause's object is a mention of its own, the clause cut before it
            host = _clause_over(mentions, s, e)
            if host is None:
                continue
        if any(p < s for p in named_cases):
            continue  # the article named a case: the anaphora pass decides
        if any(0 < p - e <= 3 and not text[e:p].strip(" ,") for p in named_cases):
            continue  # "the federal lawsuit Roe v. Doe": the caption after it is the mention
        if phrase.endswith("Lawsuit") and not _HEADING_REST.match(text, e):
            continue  # ("The Lawsuit" capitalised: only a heading's)
        if (
            not phrase.endswith("case") and HYPOTHETICAL.search(text[max(0, s - 30) : s])
        ) or not AFTER_OK.match(text[e : e + 20]):
            # ("an appeal would substantially advance the case": the suit at hand, not one
            # that may be filed)
            continue
        if qualifies_a_noun(text, e, phrase.endswith("litigation")):
            continue  # "the litigation tracker", "a lawsuit database": no suit
        # "Harvard’s lawsuit", "the states’ challenge", "a lawsuit filed by the ACLU": only a
        # suit whoever it names is party to (of two suits before one judge, the one they brought)
        pool = evidence
        by = FILED_BY.match(text, e)
        owners = [w for w in (owner, by.group("who") if by else None) if w]
        if not owners and (filer := _filer_before(text, s)) is not None:
            owners.append(filer)  # "Colorado's attorney general had filed a lawsuit"
        for who in owners:
            if who in ("state", "states"):
                # "the state's lawsuit", "the states’ suit": the suits a state brought, when
                # some of ``pool`` are (never "United States v. …" for its word "States")
                pool = {r: f for r, f in pool.items() if _owned_by(r, "states")} or pool
                if who == "state":
                    # "the state's lawsuit" is the suit of the state the text told of last,
                    # not the suit with the most evidence elsewhere in the article: none
                    # when that state brought none of them
                    told = _state_pattern().findall(text, 0, s)
                    name = told[-1] if told else None
                    pool = {r: f for r, f in pool.items() if _state_plaintiff(r) == name}
                continue
            if who[:1].islower():  # (a group told by a plain word: a soft owner)
                pool = _owned_by_group(pool, who)
                continue
            pool = {r: found for r, found in pool.items() if _owned_by(r, who)}
        # "… brought by the union against the Nevada Gaming Control Board": whom it was
        # brought against, a soft filter too (the suits naming them, when some do)
        sued = _SUED_WHOM.match(text, by.end() if by else e)
        if sued is not None and len(pool) > 1:
            pool = _against(pool, sued.group("whom"))
        if (lead := _STATE_LEAD.match(phrase)) and (postal := _state_told(lead.group(1))):
            # "the Pennsylvanian case": only a suit of a court of that state
            pool = {r: f for r, f in pool.items() if _court_state(r.court) == postal}
        if s in years:  # "its 2024 lawsuit": only a suit filed that year
            pool = {r: f for r, f in pool.items() if (r.filed or "").startswith(years[s])}
        if (when := _filed_when(text, e)) is not None and not (
            doc.date and when > doc.date[: len(when)]
        ):
            # "filed a lawsuit in January 2023", "a suit filed in 2019": only a suit filed then
            # (a time after the story's date is no filing date)
            pool = {r: f for r, f in pool.items() if (r.filed or "").startswith(when)}
        if phrase.startswith(_INDEFINITE):
            # "shipping firms filed a lawsuit … The firms asked the Court of International
            # Trade …": a suit brought in a court its words name (its sentence, or the two
            # after it up to the next suit phrase's) is a suit of that court; none of the
            # pool's: another suit, which the definite phrases after it mean too
            upto = len(spans)
            if k + 1 < len(hits):
                upto = max(_sentence_of(spans, s) + 1, _sentence_of(spans, hits[k + 1][0]))
            district, postal = _court_told(text, spans[:upto], s, judges=False)
            if (district is not None or postal is not None) and not any(
                _court_fit(district, postal, r) is not None for r in pool
            ):
                unknown_at = s
                continue
        elif not owners and unknown_at is not None and last_at < unknown_at:
            continue  # ("… asked the Court of International Trade … The lawsuit …": that suit)
        if not pool:
            continue  # "a lawsuit filed by the National Republican Senatorial Committee"
        if not owners and (apart := _set_apart(text, spans, hits, k)) is not None:
            # "The suit is similar to a case filed by Baltimore …": the suit that sentence
            # compares it with is another one, its filer's (census42 P11)
            pool = {r: f for r, f in pool.items() if not _owned_by(r, apart)} or pool
        tied: list[Lawsuit] = []
        suit = _choose(
            text,
            s,
            pool,
            rulings,
            spans,
            last,
            ruling_starts,
            doc,
            tied,
            definite=not owners and not phrase.startswith(_INDEFINITE),
        )
        dated = None
        if suit is None:
            # two suits of one court tie: the ruling beside the phrase tells which by its day
            suit = dated = _dated_tie(doc, s, tied, rulings, spans)
        if suit is None and tied:
            # "The case was brought by four states – Arizona, Illinois, Oregon and
            # Washington": the one tied suit whose parties are the states its sentence names
            suit = _states_bring(text, spans, s, tied)
        if suit is None:
            if not other and len({r.court for r in tied}) == 1:
                added.append(_court_only(s, e, phrase, tied))
            continue
        if (
            suit is not last
            and not owners
            and not phrase.startswith(_INDEFINITE)
            and _ruled_only_after(s, suit, rulings)
        ):
            continue  # "… Judge Gorton said. … The suit …": not the suit of a ruling told later
        if (
            phrase.lower().endswith("litigation")
            and not _owner_and_whom(suit, owners, sued)
            and _several_against(text, evidence, suit)
        ):
            continue  # "the litigation challenging the rule" where several suits challenge it
        if _litigation_at_large(text, spans, s, phrase):
            continue  # "… drew immediate litigation. That litigation led to injunctions …"
        if _weak(evidence[suit]) and not _named_near(text, spans, s, suit):
            continue  # only words for its parties speak for it: they must stand near the phrase
        if (
            _ruled(evidence[suit])
            and suit is not last
            and not _ruled_before(spans, s, suit, rulings)
        ):
            continue  # a word beside its court's ruling speaks for it: only just after that ruling
        if other and not _ruled_here(text, s, suit, rulings):
            continue  # "A separate legal challenge … is also moving forward": another suit
        if (
            not suit.generated
            and laws.intersection(suit.challenges)
            and (sibling := _tracker_sibling(suit, laws, doc.date)) is not None
            and not any(f.startswith("Judge ") for f in evidence[suit])
            and not (owners and all(_owned_by(suit, w) or w[:1].islower() for w in owners))
            and not _named_near(text, spans, s, suit)
            and _states_bring(text, spans, s, [suit, sibling]) is not suit
        ):
            # a hand row that only its court and the order it challenges speak for (no judge,
            # no party of its own near the phrase): the tracker lists another suit of that
            # court against that order, which fits as well
            if not other:
                added.append(_court_only(s, e, phrase, [suit, sibling]))
            continue
        local = [r for r in rivals if all(_owned_by(r, w) for w in owners if w[:1].isupper())]
        if (rival := _rival_near(text, spans, s, suit, local)) is not None:
            # "RFE/RL filed a suit": a tracker's suit of the same court whose plaintiff the
            # sentence names, and the chosen suit does not list; the two may be one judge's
            if len({suit.court, rival.court}) == 1 and not other:
                added.append(_court_only(s, e, phrase, [suit, rival]))
            continue
        if _STYLED.match(text, e):
            continue  # "in the case styled Roe v. Doe": the caption after it is the mention
        last = suit
        last_at = s
        if host is not None:
            cut[id(host)] = s
        added.append(
            Mention(
                s,
                e,
                phrase,
                "case",
                f"cl:docket:{suit.cl_docket}" if suit.cl_docket else None,
                court=suit.court,
                name=suit.name,
                confidence=_confidence(evidence[suit]),
                anaphor=not phrase.startswith(("a ", "A ", "legal action", "court action")),
                url=_suit_url(suit),
                evidence="known lawsuit ("
                + "; ".join([*evidence[suit], *(["its ruling of that day"] if dated else [])])
                + ")",
                matcher="lawsuits",
            )
        )
    if cut:
        mentions = [(cut_before(m, cut[id(m)]) or m) if id(m) in cut else m for m in mentions]
    return sorted([*mentions, *added], key=by_span)


# What sets a suit apart from another one its sentence tells after it: "The suit is similar to
# a case filed by …", "The lawsuit follows another brought by …", "separate from one filed by".
_APART = deferred(
    r"^[^.;:]{0,40}\b(?:similar|like|unlike|separate|different|distinct|another|follows?"
    r"|parallels?|mirrors?|echoes|joins?|besides|alongside|in\s+addition)\b[^.;:]{0,30}$"
)


def _set_apart(
    text: str, spans: list[tuple[int, int]], hits: list[tuple[Any, ...]], k: int
) -> str | None:
    """The filer of the next suit phrase of phrase ``k``'s sentence when that sentence sets
    the two apart ("The suit is similar to a case filed by Baltimore"), else None."""
    if k + 1 >= len(hits):
        return None
    s, e = hits[k][0], hits[k][1]
    s2, e2 = hits[k + 1][0], hits[k + 1][1]
    if _sentence_of(spans, s2) != _sentence_of(spans, s) or not _APART.match(text[e:s2]):
        return None
    by = FILED_BY.match(text, e2)
    return by.group("who") if by is not None and by.group("who")[:1].isupper() else None


# How a phrase that tells a suit as one brought opens ("a lawsuit", "an amended complaint").
_INDEFINITE = ("a ", "A ", "an ", "An ")
# A caption introduced right after the phrase ("the case styled …", "a suit captioned …")
_STYLED = deferred(r"\s+(?:styled|captioned|entitled|titled)\s+[A-Z“\"]")


def _clause_over(mentions: list[Mention], s: int, e: int) -> Mention | None:
    """The one ruling clause (told by its verb) whose span holds the phrase at ``s``–``e``
    past its first 20 characters, and which nothing else overlaps there; else None."""
    over = [m for m in mentions if m.start < e and s < m.end]
    if len(over) != 1:
        return None
    m = over[0]
    if m.kind != "ruling" or m.anaphor or "act: " not in (m.evidence or ""):
        return None
    return m if m.start + 20 <= s and e <= m.end else None


# "Three lawsuits challenging the rule are pending", "two of the cases", "several suits"
_SUITS_COUNTED = deferred(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Mm]ultiple|[Nn]umerous|[Mm]any|\d+)\s+"
    r"(?:(?:of\s+the|other|separate|federal|legal|pending)\s+)?(?:lawsuits|suits|cases|challenges)\b"
)


# "The rule took effect in August but drew immediate litigation. That litigation led to a
# number of injunctions from federal courts …": a demonstrative whose antecedent is litigation
# at large (a bare mass noun, no determiner, in the sentence before), or whose own sentence
# tells many courts or many injunctions, is no one suit (twenty-sixth session, census33 P3b)
_THAT_LITIGATION = deferred(r"(?:[Tt]hat|[Tt]his)\s+litigation$")
_BARE_LITIGATION = deferred(
    r"\b(?!(?:the|this|that|its|their|his|her|a|an|such|any|of|in|to|for)\s)[a-z]+\s+"
    r"litigation\b"
)
_MANY_COURTS = deferred(
    r"\bcourts\b|\b(?:a\s+(?:number|series|string|wave|handful)\s+of|several|multiple|"
    r"numerous|many)\s+(?:[\w-]+\s+){0,2}?injunctions\b"
)


def _litigation_at_large(text: str, spans: list[tuple[int, int]], s: int, phrase: str) -> bool:
    """Whether "That/This litigation" at ``s`` means litigation at large, not one suit."""
    if not _THAT_LITIGATION.search(phrase):
        return False
    i = _sentence_of(spans, s)
    if i < 0 or not spans[i][0] <= s < spans[i][1]:
        return False
    if _MANY_COURTS.search(text, s, spans[i][1]):
        return True
    before = spans[i - 1][0] if i > 0 else spans[i][0]
    if _BARE_LITIGATION.search(text, before, s) is not None:
        return True
    # ("… That litigation led to injunctions from courts in many states. This litigation …":
    # the one before was litigation at large, and so is its repetition)
    prior = text[before : spans[i][0]]
    return "litigation" in prior and _MANY_COURTS.search(prior) is not None


def _last_ruled(s: int, tied: list[Lawsuit], rulings: list[Mention]) -> Lawsuit | None:
    """Of suits of several courts left for a definite phrase at ``s``, the one whose court
    gave the last placed ruling before it (its court or the court of appeals above it), when
    that ruling's court heard exactly one of them (census42 P11)."""
    if len({r.court for r in tied}) < 2:
        return None
    before = [m for m in rulings if m.start < s and m.court]
    if not before:
        return None
    court = before[-1].court
    fit = [r for r in tied if court in (r.court, _appeals_court(r.court))]
    return fit[0] if len({(r.name, r.court) for r in fit}) == 1 else None


def _ruled_only_after(s: int, suit: Lawsuit, rulings: list[Mention]) -> bool:
    """Whether a definite phrase at ``s`` ("The suit") follows a ruling placed in another
    court than ``suit``'s, and ``suit``'s court rules only after the phrase: "The suit" goes
    on with the suit of the ruling told before it, which the evidence did not find (census42
    P11)."""
    before = [m for m in rulings if m.start < s and m.court]
    if not before:
        return False
    # (the courts that may hear the suit: its own, the court of appeals or state court of last
    # resort above it, the Supreme Court)
    heard = {suit.court, _appeals_court(suit.court), *_high_courts_above(suit.court), "scotus"}
    # (or another court of the suit's state: a state's appellate courts, its other districts)
    state = _court_state(suit.court)
    return not any(
        m.court in heard or (state is not None and _court_state(m.court or "") == state)
        for m in before
    ) and any(m.start > s and m.court in heard for m in rulings)


def _owner_and_whom(suit: Lawsuit, owners: list[str], sued: re.Match[str] | None) -> bool:
    """Whether the phrase names both sides of ``suit``: a named owner that is its party and
    whom it was brought against ("the Justice Department's antitrust litigation against
    Google"): one suit, not litigation at large (census42 P11)."""
    named = [w for w in owners if w[:1].isupper()]
    if sued is None or not named or not all(_owned_by(suit, w) for w in named):
        return False
    whom = sued.group("whom")
    tests = [whom] + [w for w in whom.split() if w not in _GENERIC_WHOM and len(w) > 2]
    return any(t in suit.name or any(t in p for p in suit.parties) for t in tests)


def _several_against(text: str, evidence: dict[Lawsuit, list[str]], suit: Lawsuit) -> bool:
    """Whether "the litigation" stands for several suits rather than ``suit`` (twenty-fifth
    session, census31 P6): the text counts suits, or another suit with evidence challenges
    the law ``suit`` is tied to (a collective reference has no single authority)."""
    if _SUITS_COUNTED.search(text):
        return True
    law = next((f for f in evidence[suit] if f.startswith(_CHALLENGES)), None)
    return law is not None and any(r is not suit and law in f for r, f in evidence.items())


def _dated_tie(
    doc: Doc,
    s: int,
    tied: list[Lawsuit],
    rulings: list[Mention],
    spans: list[tuple[int, int]],
) -> Lawsuit | None:
    """Of suits of one court that tie for the phrase at ``s`` ("The ruling came in a lawsuit
    brought by families", two suits of that court over one law), the one with a known ruling
    (``lawsuit_rulings.csv``) on the day of that court's ruling in the phrase's sentence or the
    one before (the nearest before the phrase, else the first after it in its sentence); None
    without such a ruling, or when the day does not tell one suit (``suitdates``)."""
    courts_ = {r.court for r in tied}
    if len(tied) < 2 or len(courts_) != 1:
        return None
    court = next(iter(courts_))
    i = _sentence_of(spans, s)
    lo, hi = spans[max(0, i - 1)][0], spans[i][1]
    near = [r for r in rulings if r.court == court and lo <= r.start < hi and not r.anaphor]
    before = [r for r in near if r.start < s]
    ruling = before[-1] if before else (near[0] if near else None)
    if ruling is None:
        return None
    return suitdates.by_ruling_day(doc, ruling.start, ruling.end, tied, court)


_STATE_LEAD = deferred(r"[Tt]he\s+([A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?)\s")


def _state_told(word: str) -> str | None:
    """The postal code of the state ``word`` names, by its name or its people's word
    ("Pennsylvanian", "Ohioan", "Texan", "Floridian")."""
    by_name = courts.state_by_name()
    low = word.lower()
    for key in (low, low[:-1], low[:-2], low[:-1] + "s", low[:-3] + "a"):
        if (state := by_name.get(key)) is not None:
            return state.postal
    return None


def _court_state(court: str) -> str | None:
    """The postal code of the state whose court ``court`` is (a federal district or a state
    court of courts-db)."""
    if (postal := courts.postal_of_court(court)) is not None:
        return postal
    row = courts.courts_table().courts.get(court)
    if row is None or row.system != "state" or not row.location:
        return None
    state = courts.state_by_name().get(row.location.lower())
    return state.postal if state else None


def _states_bring(
    text: str, spans: list[tuple[int, int]], at: int, tied: list[Lawsuit]
) -> Lawsuit | None:
    """Of suits ``tied`` on the evidence, the one that lists as parties two or more of the
    states the sentence of ``at`` names, when no other lists any of them."""
    i = _sentence_of(spans, at)
    named = set(_state_pattern().findall(text, spans[i][0], spans[i][1]))
    if len(named) < 2:
        return None
    listing = [r for r in tied if named.intersection(r.parties)]
    if len(listing) != 1 or len(named.intersection(listing[0].parties)) < 2:
        return None
    return listing[0]


def _court_only(s: int, e: int, phrase: str, suits: list[Lawsuit]) -> Mention:
    """ "the lawsuit" two known suits of one court fit equally: the court, and no caption."""
    court = suits[0].court
    return Mention(
        s,
        e,
        phrase,
        "case",
        None,
        court=court,
        confidence=0.5,
        anaphor=not phrase.startswith(("a ", "A ")),
        url=courtlistener_search(phrase, court, "r"),
        evidence="known lawsuits of one court: " + "; ".join(sorted({r.name for r in suits})),
        matcher="lawsuits",
    )


def _tracker_rivals(
    doc: Doc, mentions: list[Mention], phrases: list[tuple[int, int]]
) -> list[Lawsuit]:
    """The tracker's suits of a court a ruling of the article was placed in whose plaintiff
    (its own name, not a state) stands near a phrase: not evidence enough to link a phrase
    to one of them, but enough to doubt a hand row of the same court that does not list
    that plaintiff."""
    if not phrases or not _tells_the_administration(doc):
        return []
    courts = frozenset(m.court for m in mentions if m.kind == "ruling" and m.court)
    rows = lawsuits()
    hits = _tracker_hits(doc, courts, phrases)
    if not hits:
        return []
    around = doc.memo(_AROUND, lambda: _around(doc.text, phrases))
    return [
        rows[i]
        for i in sorted(hits)
        if not _before_date(rows[i].filed, suit_date(doc))
        and any(_own_name(p) and p not in state_names() and p in around for p in rows[i].parties)
    ]


def _tracker_sibling(suit: Lawsuit, laws: set[str], date: str | None) -> Lawsuit | None:
    """A tracker's suit of ``suit``'s court, filed by ``date``, that challenges an order the
    article mentions and ``suit`` challenges too."""
    shared = laws.intersection(suit.challenges)
    if not shared:
        return None
    rows, index = lawsuits(), _row_index()
    for i in sorted({i for law in shared for i in index.get(law, ())}):
        r = rows[i]
        if r.generated and r.court == suit.court and not _before_date(r.filed, date):
            return r
    return None


def _rival_near(
    text: str, spans: list[tuple[int, int]], at: int, suit: Lawsuit, rivals: list[Lawsuit]
) -> Lawsuit | None:
    """A rival (``_tracker_rivals``) other than ``suit`` whose plaintiff the sentence of
    ``at``, or a neighbour, names, when ``suit`` lists no such party."""
    if not rivals:
        return None
    i = _sentence_of(spans, at)
    seg = text[spans[max(0, i - 1)][0] : spans[min(len(spans) - 1, i + 1)][1]]
    for r in rivals:
        if r is suit or r.court != suit.court:
            continue
        for p in r.parties:
            if (
                _own_name(p)
                and _names_party(seg, p)
                and not any(p in q or q in p for q in suit.parties)
                and p not in suit.name
            ):
                return r
    return None


def _suit_url(suit: Lawsuit) -> str:
    """The suit's CourtListener docket when the tracker gives it, else a search for it."""
    if suit.cl_docket:
        return f"https://www.courtlistener.com/docket/{suit.cl_docket}/"
    return courtlistener_search(suit.name, suit.court, "r")


def _confidence(found: list[str]) -> float:
    if _weak(found):
        return 0.6
    return 0.75 if len(found) == 3 else 0.65


def _named_near(text: str, spans: list[tuple[int, int]], at: int, suit: Lawsuit) -> bool:
    """Whether the sentence of ``at``, or the one before or after it, names one of the
    suit's telling parties."""
    i = _sentence_of(spans, at)
    seg = text[spans[max(0, i - 1)][0] : spans[min(len(spans) - 1, i + 1)][1]]
    return any(_telling(p) and _names_party(seg, p) for p in suit.parties)


# "The case will not go to trial", "put the case on hold", "Harvard’s case": the suit the
# article tells of, found by the head word "case" of the anaphora pass's anchor (no anchor of
# its own: the word is frequent, and the pass runs only where a ruling was placed). Not the
# idioms ("in any case", "the case for", "make the case", "is the case"), nor "in this case"
# (in this instance), nor a case the words set apart ("the criminal case", "a similar case").
_CASE_BEFORE = deferred(
    r"(?:(?<![\w’'])(?P<det>[Tt]he|[Tt]his|(?P<that>[Tt]hat)|(?P<a>[Aa]))"
    r"|(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s?"
    # ("the coalition's case", "the teachers’ case": a group told by a plain word)
    r"|(?<![\w’'])(?P<group>(?:[a-z]+\s+)?" + _GROUP_WORDS + r")['’]s?)"
    # ("the Pennsylvanian case", "the Texas case": a state's name or its people's word, which
    # keeps the suits of that state's courts, ``_state_told``)
    r"\s+(?:(?<=[Tt]he\s)(?P<state>[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?)\s+)?"
    r"(?P<mods>(?:(?:federal|court|civil|legal|ongoing|pending|funding|underlying)\s+){0,2})$"
)
_CASE_IDIOM_BEFORE = deferred(
    r"(?:\b(?:is|was|be|been|make|makes|made|making|any)\s+(?:the|this)|\b[Ii]n\s+this)\s+$"
)
# "that case" is the suit only as "the ruling in that case", "that case is pending": not "In
# that case" opening a sentence, nor "if/unless/just in that case" (then, if so)
_THAT_CASE_IDIOM = deferred(r"(?:(?:^|[.!?\n]\s*)[Ii]n|\b(?:if|unless|just|even)(?:\s+in)?)\s+$")
# ("the case outcomes": "case" modifies the noun after it)
_CASE_IDIOM_AFTER = deferred(
    r"(?:[-–]|,?\s+[A-Z0-9]|\s+(?:for|of|that|against|with|in\s+point)\b"
    rf"|\s+{CASE_MODIFIED}\b)"
)


# "a case challenging the Labor Department's rule", "a case opposing the ESG rule": a suit told
# by what it challenges (the table's evidence still decides which suit, if any)
_CASE_CHALLENGING = deferred(r"\s+(?:challenging|opposing|contesting)\s")


def _case_phrases(doc: Doc) -> list[tuple[int, int, str, str | None, str | None]]:
    """ "the case", "this case", "Harvard’s case" at each head word "case" the anaphora
    pass's anchor found (start, end, phrase, owner, None)."""
    text = doc.text
    out: list[tuple[int, int, str, str | None, str | None]] = []
    for s, e in doc.hits("anaphora_head"):
        if e - s != 4 or text[s + 1 : e] != "ase" or _CASE_IDIOM_AFTER.match(text, e):
            continue
        lead = _CASE_BEFORE.search(text, max(0, s - 60), s)
        if lead is None:
            continue
        a = lead.start()
        if lead.group("det") and _CASE_IDIOM_BEFORE.search(
            text, max(0, a - 12), lead.end("det") + 1
        ):
            continue
        if lead.group("state") and _state_told(lead.group("state")) is None:
            continue  # ("the Supreme Court case", "the Harvard case": no state's)
        if lead.group("a") and not (FILED_BY.match(text, e) or _CASE_CHALLENGING.match(text, e)):
            # ("a case": only one the text says who brought, "a case brought by …", or what
            # it challenges, "a case challenging the rule")
            continue
        if lead.group("that") and (
            text[e : e + 1] == "," or _THAT_CASE_IDIOM.search(text, max(0, a - 12), a)
        ):
            continue  # ("In that case, …", "if that case arises": not a suit)
        if in_impersonal_question(doc, a, e):
            continue  # ("Is it fair for one judge to … the parties in the case?": any case)
        out.append((a, e, text[a:e], lead.group("owner") or lead.group("group"), None))
    return out


# An impersonal question ("Is it appropriate for one judge to …?", "Would it be fair that …?")
# asks about cases in general: its "the case" is no suit of the article.
_IMPERSONAL_Q = deferred(
    r"(?:^|[:;—–]\s*|[“\"]\s*)(?:Is|Was|Would|Should|Isn['’]t)\s+it\s+(?:be\s+)?"
    r"(?:\w+\s+){0,2}?(?:\w+)\s+(?:for|that|to)\b[^.!?:;]*$"
)


def in_impersonal_question(doc: Doc, a: int, e: int) -> bool:
    """Whether the case phrase ``a``–``e`` stands in an impersonal yes/no question that ends
    with "?" in its own sentence."""
    text = doc.text
    q = text.find("?", e)
    stop = min((x for x in (text.find(". ", e), text.find("\n", e)) if x >= 0), default=len(text))
    if q < 0 or q > stop:
        return False
    return _IMPERSONAL_Q.search(text, doc.sentence_start(a), a) is not None


def _ruled_here(text: str, s: int, suit: Lawsuit, rulings: list[Mention]) -> bool:
    """Whether a ruling of ``suit``'s court stands in the sentence of ``s``: "a separate
    suit" is one the article has not told yet, so only its own sentence can name it."""
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    b = min(x for x in (text.find(". ", s), text.find("\n", s), len(text)) if x >= 0)
    return any(a <= r.start < b and r.court == suit.court for r in rulings)


def known_suits(
    doc: Doc,
    mentions: list[Mention],
    near: str = "",
    phrases: list[tuple[int, int]] | None = None,
) -> dict[Lawsuit, list[str]]:
    """The suits of ``lawsuits.csv`` the article's evidence points to, each with that evidence
    (at least two of: a ruling of its court, what it challenges, one of its judges; a party
    named too when what it challenges is not mentioned)."""
    text, ctx = doc.text, doc
    rows = lawsuits()
    rulings = [m for m in mentions if m.kind == "ruling"]
    courts = {m.court for m in rulings if m.court}
    laws = {m.authority for m in mentions if m.authority and m.kind != "ruling"}
    if not courts:
        return {
            **filed_against_what_it_challenges(doc, mentions),
            **filed_challenging_suits(doc, mentions),
            **_plaintiff_and_law_suits(doc, laws),
            **filed_in_suits(doc),
            **_fresh_suits(doc),
            **_judged_suits(doc),
        }
    usc_laws: dict[str, list[str]] = {}
    for a in laws:
        if a.startswith("usc:"):
            usc_laws.setdefault(a.split(":")[1], []).append(a)
    evidence: dict[Lawsuit, list[str]] = {}
    after_title = {
        w.replace("’", "'")
        for ws, we in doc.windows("lawsuit_judge")
        for m in TITLED.finditer(text, ws, we)
        for w in m.group(1).split()
    }
    # Only a suit challenging a law the article names, or one in a ruling's court whose judge's
    # surname the text has, or (``near``: the text around the phrases) one of whose own words
    # stands near a phrase, can gather two pieces of evidence: the table is looked up by law,
    # by each court's judges and by each court's words, not read row by row.
    index = _row_index()
    wanted = {i for a in laws for i in index.get(a, ())}
    wanted |= {i for t in usc_laws for i in index.get(f"usc-title:{t}", ())}
    judges, words = _judges_by_court(), _own_words_by_court()
    # a court of appeals' ruling ("The 1st Circuit said Harvard was likely to win its
    # lawsuit"): evidence for the suits of its districts, with one of their parties named
    for c in courts:
        for surname, at in judges.get(c, ()):
            if surname in after_title or surname in text:
                wanted.update(at)
    below = _districts_below(frozenset(courts)) if any(c in _APPEALS for c in courts) else ()
    # a state court of last resort's ruling ("The Wisconsin Supreme Court … upheld the laws"):
    # evidence, as a court of appeals' is, for the suits begun in that state's trial court
    # (by their own words near a phrase, their judge or what they challenge)
    reviewed = _state_trial_courts_below(frozenset(courts))
    if reviewed:
        below = frozenset(below) | frozenset(reviewed)
    if below:
        # (below a court of appeals, only a judge the article names with a title: a circuit's
        # districts have too many judges to look each one up in the text)
        by_judge = _judge_index()
        for w in after_title:
            wanted.update(i for i in by_judge.get(w, ()) if rows[i].court in below)
    # (a court of appeals' ruling: the own words of the suits of its districts too, "The
    # full Fifth Circuit … The lawsuit regarding the buoys" is the Western District's suit)
    worded = (
        {i for c in (*courts, *below) for w, i in words.get(c, ()) if w in near} if near else set()
    )
    wanted |= worded
    administration = _tells_the_administration(doc)
    if phrases and administration:  # a tracker's suit whose plaintiff is near a phrase
        wanted |= _tracker_hits(doc, frozenset(courts), phrases)
    named: dict[str, bool] = {}  # each judge asked about once (a judge has several suits)
    for i in sorted(wanted):
        row = rows[i]
        if row.generated and (
            not administration or (row.court not in courts and row.court not in below)
        ):
            continue  # (a tracker's suit needs a ruling of its court: most are elsewhere)
        if _before_date(row.filed, suit_date(ctx)):
            continue
        found = []
        if row.court in courts:
            found.append(f"a ruling of {row.court}")
        elif row.court in below:
            found.append(
                f"a ruling of {_appeals_court(row.court) or reviewed.get(row.court)} on appeal"
            )
        law = None
        for c in row.challenges:  # (the first the article mentions)
            if c in laws or (c.startswith("usc:") and _mentioned(c, laws, usc_laws)):
                law = c
                break
        if law:
            found.append(f"the suit challenges {law}")
        if not found:
            continue  # the judge alone would be one piece of evidence, and two are needed
        if row.generated:
            if tracked := _tracker_evidence(doc, row, found, law):
                evidence[row] = tracked
            continue
        judge = None
        for j in row.judges:
            if j not in named:
                named[j] = _named(j, text, after_title)
            if named[j]:
                judge = j
                break
        if judge:
            found.append(f"Judge {judge}")
        if len(found) < 2:
            if law is None and _other_rule_told(row, laws):
                continue  # a suit against one rule, in a story about another rule's suits
            if law is None and i in worded and (named_parties := _topic_evidence(doc, row)):
                evidence[row] = [*found, _WEAK + ", ".join(named_parties)]
            continue
        if (
            (not law or row.court in below)
            and not _parties_tell(doc, row)
            and not _state_suitor_told(text, row)
        ):
            # a judge's other cases: court and judge alone need a party named too, and not a
            # state, a president or the government ("Florida" is in every story of a judge in
            # Florida, whichever of the judge's suits it tells), nor a litigant who sues in
            # several courts ("Ken Paxton": his suits before one judge are not all the table's);
            # a state counts when the text tells it as the suitor ("a lawsuit brought by
            # Illinois and 19 other states": ``_state_suitor_told``)
            continue
        evidence[row] = found
    captioned = any(
        m.kind == "case" and not m.anaphor and m.matcher not in ("lawsuits", "sued")
        for m in mentions
    )
    for row, party, court in (
        () if captioned else _sole_plaintiff_suits(doc, courts, administration)
    ):
        evidence.setdefault(row, [f"a ruling of {court} on the suit", f"brought by {party}"])
    if phrases and not captioned:
        for row, found in _ruled_suits(doc, mentions, administration).items():
            evidence.setdefault(row, found)
    for row, found in _fresh_suits(doc).items():
        evidence.setdefault(row, found)
    for row, found in filed_in_suits(doc).items():
        evidence.setdefault(row, found)
    for row, found in filed_against_what_it_challenges(doc, mentions).items():
        evidence.setdefault(row, found)
    for row, found in filed_challenging_suits(doc, mentions).items():
        evidence.setdefault(row, found)
    for row, found in _plaintiff_and_law_suits(doc, laws).items():
        evidence.setdefault(row, found)
    return {
        row: found
        for row, found in evidence.items()
        if any(f.startswith(_CHALLENGES) for f in found)
        or not (_roles_reversed(text, row) or _over_long_before(doc, row, mentions))
    }


_CHALLENGES = "the suit challenges "
# The federal government told as the one suing a state: "The Justice Department sued Georgia",
# "the United States filed a lawsuit against the State of Ohio", "DOJ brought legal action
# against a long-standing Ohio law". (The state's name follows, asked by ``_roles_reversed``.)
_GOVERNMENT_SUES = deferred(
    r"\b(?:(?:the\s+)?(?:U\.S\.\s+)?(?:Justice\s+Department|Department\s+of\s+Justice|DOJ)"
    r"|[Tt]he\s+United\s+States|[Tt]he\s+federal\s+government"
    r"|[Tt]he\s+(?:Trump|Biden|Obama)\s+administration)"
    r"(?:,?\s+(?:on\s+\w+|under\s+[A-Z][\w\s.’']{0,50}?|[a-z]+ly)\s*,?)?\s+"
    r"(?:sued|sues|is\s+suing|(?:filed|brought|initiated|launched)\s+(?:a\s+|its\s+)?"
    r"(?:lawsuit|suit|legal\s+action|complaint)\s+against)"
    r"\s+(?:(?:the\s+)?(?:[Ss]tate|[Cc]ommonwealth)\s+of\s+"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:law|statute)\b))?"
    r"(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def _roles_reversed(text: str, row: Lawsuit) -> bool:
    """Whether the article tells the federal government suing the state that brought ``row``
    ("The Justice Department sued Texas", "… initiated legal action against a Texas law"):
    the state is the story's defendant, so its own suit is another one."""
    state = _state_plaintiff(row)
    if state is None or state not in text:
        return False
    # ("sued Texas Gov. Greg Abbott": the state's name is the words' first)
    return any(
        hit.group("state") == state or hit.group("state").split()[0] == state
        for hit in _GOVERNMENT_SUES.finditer(text)
    )


# A suit filed this many years or more before the story that an appeal or the Supreme Court
# has since reviewed is over; a story naming no law it challenged tells another suit.
_OVER_YEARS = 5


def _over_long_before(doc: Doc, row: Lawsuit, mentions: list[Mention]) -> bool:
    """Whether ``row`` is an old suit long over (``_OVER_YEARS``, reviewed on appeal) and
    the article names laws, none of which it challenged: a new suit of its judge or party."""
    if row.generated or not row.reviewed_as or not row.filed or not doc.date:
        return False
    if int(doc.date[:4]) - int(row.filed[:4]) < _OVER_YEARS:
        return False
    named = {
        m.authority
        for m in mentions
        if m.kind in ("statute", "bill", "regulation", "executive-action") and m.authority
    }
    return bool(named) and named.isdisjoint(row.challenges)


def _plaintiff_and_law_suits(doc: Doc, laws: set[str]) -> dict[Lawsuit, list[str]]:
    """The hand-curated suits one of whose plaintiffs the article names that no other suit of
    the table lists (two capitalised words or more: "the Dale Harbor School District") and
    the law it challenges too ("… joined a lawsuit challenging AB 123"): the suitor and
    its law tell the suit before any ruling, as two pieces of evidence do. Never a suit
    filed after the article's date; a tracker's suit never (its challenges are orders many
    suits share)."""
    if not laws:
        return {}
    rows, index = lawsuits(), _sole_plaintiffs()
    out: dict[Lawsuit, list[str]] = {}
    for w in sorted(_capitalised(doc.text)):  # (in order: the evidence names one suitor)
        for party, i in index.get(w, ()):
            row = rows[i]
            if row in out or row.generated or _before_date(row.filed, suit_date(doc)):
                continue
            law = next((c for c in row.challenges if c in laws), None)
            if law is None or not _party_named(doc, party):
                continue
            out[row] = [f"brought by {party}", f"the suit challenges {law}"]
    return out


# The evidence of a suit that only a ruling of its court and a word of the suit's own beside
# that ruling tell ("A federal judge in Rhode Island blocked the HHS restructuring on Friday.
# The case is one of several …"): weaker than any two pieces of evidence, and good only for
# a phrase close after that ruling.
_RULED = "ruled on: "


@cache
def _rows_by_court() -> dict[str, tuple[int, ...]]:
    """Each court's suits, by their place in the table."""
    out: dict[str, list[int]] = {}
    for i, row in enumerate(lawsuits()):
        out.setdefault(row.court, []).append(i)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _court_words(
    district: str,
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], dict[str, tuple[int, ...]]]:
    """A court's suits (their places in the table) by each of their words (``_suit_words``),
    those with a word of an apostrophe (asked whatever the text holds), and by each order or
    law they challenge."""
    rows = lawsuits()
    by_word: dict[str, list[int]] = {}
    always: list[int] = []
    by_challenge: dict[str, list[int]] = {}
    for j in _rows_by_court().get(district, ()):
        words = _suit_words(rows[j])
        for w in words:
            by_word.setdefault(w, []).append(j)
        if any("'" in w for w in words):
            always.append(j)
        for c in rows[j].challenges:
            by_challenge.setdefault(c, []).append(j)
    return (
        {w: tuple(js) for w, js in by_word.items()},
        tuple(always),
        {c: tuple(js) for c, js in by_challenge.items()},
    )


@cache
def _suit_words(row: Lawsuit) -> tuple[str, ...]:
    """The words that tell a suit: a hand row's telling parties, a tracker's topics and its
    plaintiffs that are names of their own (not a state)."""
    if row.generated:
        return (*row.topics, *(p for p in row.parties if _own_name(p)))
    own, shared = _telling_parties(row)
    # (not a litigant the table lists in several courts: "Ken Paxton" sues everywhere)
    return tuple(p for p in (*own, *shared) if _suit_party(p))


def _ruled_suits(
    doc: Doc, mentions: list[Mention], administration: bool
) -> dict[Lawsuit, list[str]]:
    """For each ruling of a trial court (or a court of appeals: of its districts, by a
    capitalised word), the one suit of that court, filed by the story's date,
    a word of which the ruling's sentence or the next names ("the HHS restructuring"; in a
    court the table knows many suits of, a capitalised one), or what it challenges ("blocked
    Executive Order 14160"): none when two suits of that court are told there. A tracker's
    suit only in a story that names Trump."""
    text = doc.text
    rulings = [m for m in mentions if m.kind == "ruling"]
    told = [(m.start, m.authority) for m in mentions if m.kind != "ruling" and m.authority]
    spans = _sentences(text)
    rows, by_court = lawsuits(), _rows_by_court()
    # (a story long after the tables end may tell a ruling in a suit brought since)
    day = _day(doc.date)
    late = day is not None and day > _last_filed() + datetime.timedelta(days=FRESH_DAYS)
    out: dict[Lawsuit, list[str]] = {}
    for r in rulings:
        court = r.court
        if not court or court == "scotus":
            continue
        # a court of appeals' ruling ("The 1st Circuit upheld the block on …"): the suits of
        # its districts, told by a name of their own or the order they challenge
        below = court in _APPEALS
        districts = sorted(_districts_below(frozenset({court}))) if below else [court]
        i = _sentence_of(spans, r.start)
        lo, hi = spans[i][0], spans[min(len(spans) - 1, i + 1)][1]
        seg = text[lo:hi]
        laws = {a for at, a in told if lo <= at < hi}
        hits: dict[int, tuple[Lawsuit, str]] = {}  # (by row: one caption may be two suits)
        for district in districts:
            if district not in by_court:
                continue
            busy = below or _court_rows().get(district, 0) >= _BUSY
            # (the court's own place, "a federal judge in San Francisco", tells no suit of it)
            places = frozenset(courts.court_clues(district))
            # (only the rows a word of which the segment holds, or whose challenges it names,
            # can be told there: the others are not asked one by one)
            by_word, always, by_challenge = _court_words(district)
            maybe = set(always)
            for w, js in by_word.items():
                if w in seg:
                    maybe.update(js)
            for law in laws:
                maybe.update(by_challenge.get(law, ()))
            for j in by_court[district]:
                if j not in maybe:
                    continue
                row = rows[j]
                if (row.generated and (late or not administration)) or _before_date(
                    row.filed, suit_date(doc)
                ):
                    continue
                word = next(
                    (
                        w
                        for w in _suit_words(row)
                        # (the substring test first: most words are in no sentence)
                        if (w in seg or "'" in w)
                        and len(w) > 2
                        and (not busy or w[:1].isupper())
                        and w not in places
                        and not any(w in p for p in places)
                        and _names_party(seg, w)
                    ),
                    None,
                )
                if word is None and laws:
                    word = next((c for c in row.challenges if c in laws), None)
                if word is not None:
                    hits[j] = (row, word)
        if len(hits) > 1:
            # two suits of that court told there: the one that ruled on the ruling's day
            # (``lawsuit_rulings.csv``), none on a tie
            dated = suitdates.by_ruling_day(
                doc, r.start, r.end, [row for row, _ in hits.values()], court
            )
            hits = {j: hit for j, hit in hits.items() if hit[0] == dated} if dated else hits
        if len(hits) == 1:
            row, word = next(iter(hits.values()))
            where = f"a ruling of {court}" + (" on appeal" if below else "")
            out.setdefault(row, [where, _RULED + word])
    return out


def _ruled(found: list[str]) -> bool:
    return bool(found) and found[-1].startswith(_RULED)


def _ruled_before(
    spans: list[tuple[int, int]], at: int, suit: Lawsuit, rulings: list[Mention]
) -> bool:
    """Whether a ruling of ``suit``'s court stands in the sentence of ``at`` or the two before."""
    i = _sentence_of(spans, at)
    lo = spans[max(0, i - 2)][0]
    heard = {suit.court, _appeals_court(suit.court), *_high_courts_above(suit.court)}
    return any(lo <= r.start < at and r.court in heard for r in rulings)


# How many days after a suit was filed a story telling it ("sued … on Monday") may be dated.
FRESH_DAYS = 31
# Words of a defendant's name that do not tell one from another.
_DEFENDANT_STOP = frozenset(
    {
        "the", "of", "and", "for", "u.s.", "us", "united", "states", "department", "dept.",
        "inc.", "inc", "llc", "et", "al.", "office", "agency", "administration", "president",
    }
)  # fmt: skip


def _fresh_suits(doc: Doc) -> dict[Lawsuit, list[str]]:
    """The suits filed at most ``FRESH_DAYS`` before the article's date one of whose plaintiffs
    the article names that no other suit of the table lists, and whose other side it names too
    ("The Dale Harbor Association sued the Office of Coastal Permits on Monday"): the story
    of a suit just filed, before any ruling. Worked out once an article."""

    def find() -> dict[Lawsuit, list[str]]:
        date = _day(doc.date)
        if date is None:
            return {}
        rows, index = lawsuits(), _sole_plaintiffs()
        words: set[str] | None = None
        out: dict[Lawsuit, list[str]] = {}
        for w in _capitalised(doc.text):
            for party, i in index.get(w, ()):
                row = rows[i]
                filed = _day(row.filed)
                if filed is None or not 0 <= (date - filed).days <= FRESH_DAYS:
                    continue
                if row in out or not _party_named(doc, party):
                    continue
                if words is None:
                    words = {x.strip(",.;:’'\"()").lower() for x in doc.text.split()}
                other = _defendant_words(row.name)
                if other and other <= words:
                    out[row] = [f"filed {row.filed}", f"brought by {party} against its defendant"]
        for row, found in _sued_fresh(doc, date).items():
            out.setdefault(row, found)
        return out

    return doc.memo("lawsuits:fresh", find)


# The court a suit was brought in, told before its name: "The case, filed in the U.S. Court of
# Appeals for the Tenth Circuit", "a petition filed Friday in the", "brought in federal court".
_FILED_IN = deferred(
    r"\b(?:filed|brought|lodged|entered)\s+(?:[A-Za-z]+\s+){0,3}?in\s+(?:the\s+)?$"
)


def filed_in_suits(doc: Doc) -> dict[Lawsuit, list[str]]:
    """The suits brought in a court the article says a suit was filed in ("The case, filed in
    the U.S. Court of Appeals for the D.C. Circuit, is brought by the Dale Harbor Association,
    … The lawsuit names the Office of Coastal Permits"), one of whose plaintiffs the article
    names (a name of its own) and whose caption's other side it names too: the one such suit
    of that court, none when two fit. A tracker's suit only in a story that names Trump; never
    a suit filed after the article's date. Worked out once an article; no date is needed (the
    court, the plaintiff and the defendant together tell the suit)."""

    def find() -> dict[Lawsuit, list[str]]:
        text = doc.text
        filed = _filed_courts(doc)
        if not filed:
            return {}
        rows, by_court = lawsuits(), _rows_by_court()
        administration = _tells_the_administration(doc)
        words = {x.strip(",.;:’'\"()").lower() for x in text.split()}
        out: dict[Lawsuit, list[str]] = {}
        for court in sorted(filed):
            fits: list[tuple[Lawsuit, str, list[str]]] = []
            for j in by_court.get(court, ()):
                row = rows[j]
                if (row.generated and not administration) or _before_date(
                    row.filed, suit_date(doc)
                ):
                    continue
                other = _defendant_words(row.name)
                if not other:
                    continue
                topics: list[str] = []
                if not other <= words:
                    # "The Justice Department has filed the complaint in the Eastern District
                    # of Kentucky … in-state tuition … a Kentucky regulation": the official
                    # the caption names goes unnamed, but two of the suit's own words (no
                    # other suit's) tell it as its other side would
                    topics = _topic_evidence(doc, row)
                    if not topics:
                        continue
                plaintiff = row.name.split(" v. ", 1)[0]
                party = next(
                    (
                        p
                        for p in (plaintiff, *row.parties)
                        if len(p.split()) > 1
                        and p not in topics
                        # (with two words of its own named, the one suing may be one many
                        # suits share: "the Justice Department")
                        and (bool(topics) or _own_name(p))
                        and _party_named(doc, p)
                    ),
                    None,
                )
                if party is not None:
                    fits.append((row, party, topics))
            if len(fits) == 1:
                row, party, topics = fits[0]
                against = f"about {', '.join(topics)}" if topics else "against its defendant"
                out[row] = [f"filed in {court}", f"brought by {party} {against}"]
        return out

    return doc.memo("lawsuits:filed-in", find)


def _filed_courts(doc: Doc) -> frozenset[str]:
    """The courts the article says a suit was filed in ("The lawsuit, filed in the U.S. Court
    of Appeals for the D.C. Circuit, …"), the Supreme Court aside. Worked out once an
    article."""

    def find() -> frozenset[str]:
        text = doc.text
        return frozenset(
            ref.court
            for ref in court_phrases(doc)
            if ref.court
            and ref.court != "scotus"
            and _FILED_IN.search(text[max(0, ref.start - 40) : ref.start])
        )

    return doc.memo("lawsuits:filed-courts", find)


def filed_against_what_it_challenges(doc: Doc, mentions: list[Mention]) -> dict[Lawsuit, list[str]]:
    """The suits brought in a court the article says a suit was filed in, against a side the
    article names, that challenge a rule, order or law the article links ("A coalition of
    groups sued the EPA over the rule rescinding the finding … The lawsuit, filed in the U.S.
    Court of Appeals for the D.C. Circuit, …"): the one hand row of that court that fits,
    none when two do. (A petition for review of a rule is filed in a court of appeals, and
    names no judge until a panel hears it: the court, the side sued and the rule tell it.)
    Never a suit filed after the article's date; no date is needed."""
    filed = _filed_courts(doc)
    if not filed:
        return {}
    laws = {m.authority for m in mentions if m.authority and m.kind != "ruling"}
    if not laws:
        return {}
    rows, by_court = lawsuits(), _rows_by_court()
    # (a possessive names its owner: "the EPA's rescission")
    words = {
        x.strip(",.;:’'\"()").lower().removesuffix("’s").removesuffix("'s")
        for x in doc.text.split()
    }
    out: dict[Lawsuit, list[str]] = {}
    for court in sorted(filed):
        fits: list[tuple[Lawsuit, str]] = []
        for j in by_court.get(court, ()):
            row = rows[j]
            if row.generated or _before_date(row.filed, suit_date(doc)):
                continue
            law = next((c for c in row.challenges if c in laws), None)
            other = _defendant_words(row.name)
            if law is None or not other or not other <= words:
                continue
            fits.append((row, law))
        if len(fits) == 1:
            row, law = fits[0]
            out[row] = [f"filed in {court}", f"the suit challenges {law}"]
    return out


# "… filed a federal complaint challenging <the order>", "brought a petition for review
# challenging <the rule>": a suit told by what it challenges, right after its noun.
_FILED_CHALLENGING = deferred(
    r"\b(?:filed|brought|lodged|entered)\s+(?:a|an|their|its)\s+"
    r"(?:(?:new|federal|joint|legal|multistate|multi-state|separate)\s+){0,2}"
    r"(?:suit|lawsuit|complaint|legal\s+challenge|petition(?:\s+for\s+review)?)"
    r"(?:\s+[^.;\n]{0,60}?)?,?\s+challenging\s+"
)


def filed_challenging_suits(doc: Doc, mentions: list[Mention]) -> dict[Lawsuit, list[str]]:
    """The suits told by who filed them and what they challenge, in one sentence ("The
    Harbor Pilots Guild and two other groups filed a federal complaint challenging
    Proclamation 10999 …"): a mention right after "challenging" whose law, rule or order
    exactly one hand row of the table challenges, and one of that row's parties named before
    the verb in its sentence. Never a suit filed after the article's date; a tracker's suit
    never (its orders are shared by many suits). Worked out once an article."""

    def find() -> dict[Lawsuit, list[str]]:
        if not doc.has("suit_filed"):
            return {}
        text = doc.text
        by_start = {m.start: m for m in mentions if m.authority and m.kind != "ruling"}
        if not by_start:
            return {}
        index = _row_index()
        rows = lawsuits()
        out: dict[Lawsuit, list[str]] = {}
        for ws, we in doc.windows("suit_filed"):
            for hit in _FILED_CHALLENGING.finditer(text, ws, min(len(text), we + 80)):
                law = by_start.get(hit.end())
                if law is None or law.authority is None:
                    continue
                fits = [
                    rows[i]
                    for i in index.get(law.authority, ())
                    if not rows[i].generated
                    and law.authority in rows[i].challenges
                    and not _before_date(rows[i].filed, suit_date(doc))
                ]
                if len({(r.name, r.court) for r in fits}) != 1:
                    continue
                row = fits[0]
                said = text[sentence_start(text, hit.start()) : hit.start()]
                party = next(
                    (p for p in (row.name.split(" v. ")[0], *row.parties) if _names_party(said, p)),
                    None,
                )
                if party is not None:
                    out.setdefault(
                        row, [f"brought by {party}", f"the suit challenges {law.authority}"]
                    )
        return out

    return doc.memo("lawsuits:filed-challenging", find)


# Several states as the ones suing: "Twenty states sued …", "A coalition of attorneys general
# sued …", "Democratic attorneys general filed suit" (the lead state is the caption's plaintiff).
_STATES_SUING = deferred(r"\b(?:states|attorneys\s+general)\b")
_INCLUDING = deferred(r"\b(?:including|such\s+as|among\s+them)\b")
_JOINING = deferred(r"\bjoin(?:ed|s|ing)\b")
# The telling of a suit being brought: "sued", "filed a lawsuit", "filed a complaint",
# "brought a legal challenge" (anchored on the verb: ``FILING_ANCHOR``).
FILING_ANCHOR = Anchor("suit_filed", ("sue", "suing", "filed", "brought"), 12, 160, start="word")
FILING = deferred(
    # ("19 states sue Trump": a headline's present, not "to sue", "will sue")
    r"\b(?:sued|sues|suing|(?<!\bto\s)(?<!\bwill\s)sue(?=\s+(?:the\s+)?[A-Z])"
    r"|(?:filed|brought)\s+(?:(?:a|an|their|its)\s+)?"
    r"(?:(?:new|federal|joint|legal|multistate|multi-state|separate)\s+){0,2}"
    r"(?:suit|lawsuit|complaint|legal\s+challenge|challenge)s?"
    # "The multistate complaint was filed Friday in federal court in Boston"
    r"|(?P<passive>(?:was|were|been)\s+filed))\b"
)
# "… was filed Monday by the Harbor Pilots Guild": the one suing, after a passive verb
_BY = deferred(
    r"[^.;\n]{0,60}?\bby\s+(?:the\s+)?(?P<who>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5})"
)
_MULTISTATE = deferred(r"\bmulti-?state\b")
# "The Bureau of Harbors was sued Tuesday by …": the passive, and the one sued before it
_WAS = deferred(r"\b(?:was|were|been|being)\s+$")
_GOVERNMENT_SIDE = deferred(r"\b(?:administration|government)\s+$")
_NAME_RUN = deferred(r"[A-Z][\w.'’&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.'’&-]*){0,5}\s+$")
# "… filed a lawsuit on Tuesday against the Bureau of Harbors": the one sued, in the clause
_FILING_NAME = r"[A-Z][\w.'’&-]*(?:[^\S\n]+(?:of\s+|and\s+|for\s+)?[A-Z][\w.'’&-]*){0,5}"
_OBJECT = (
    r"(?P<obj>(?:the\s+)?(?:(?:U\.S\.|federal)\s+)?(?:"
    rf"(?P<name>{_FILING_NAME})(?:\s+(?P<admin>administration))?"
    r"|(?P<generic>government|administration)\b))"
)
_AGAINST = deferred(r"[^.;\n]{0,60}?\bagainst\s+" + _OBJECT)
_SUE = deferred(r"sue\s+" + _OBJECT)
# A complaint brought elsewhere than in a court ("filed a complaint with the FEC").
_NOT_IN_COURT = deferred(r"\s+with\s+(?:the\s+)?[A-Z]")
# The court a suit was filed in, told by its place: "in federal court in Boston", "in U.S.
# District Court in Seattle", "in a Texas federal court", "in the U.S. District Court for the
# Northern District of California", "the Court of International Trade".
_PLACE_WORD = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|[A-Z]\.(?:[A-Z]\.)+)"
_COURT_PLACE = deferred(
    rf"\b(?:(?:federal\s+[Cc]ourt|[Dd]istrict\s+[Cc]ourt|judge)\s+in\s+(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})"
    rf"(?:,\s+(?P<qual>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?))?"
    rf"|\bin\s+(?:a\s+)?(?P<before>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)\s+federal\s+court"
    # "The complaint, filed in Rhode Island, …", "filed Monday in Boston"
    rf"|\bfiled\s+(?:\w+\s+)?in\s+(?P<filed>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)(?=[\s,.;])"
    r"|District\s+Court\s+for\s+the\s+(?:(?P<dir>Northern|Southern|Eastern|Western|Middle|"
    rf"Central)\s+)?District\s+of\s+(?P<state>{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)"
    r"|(?P<cit>Court\s+of\s+International\s+Trade))"
)
# Words of an agency's name ("the Bureau of Harbors", "HHS"): an agency is no official.
_AGENCY_WORDS = frozenset(
    {
        "department", "agency", "administration", "bureau", "office", "service", "services",
        "commission", "board", "institutes", "institute", "corporation", "council", "authority",
        "secretary", "government", "states", "endowment", "foundation", "center", "centers",
    }
)  # fmt: skip
_INITIALS = deferred(r"^[A-Z]{2,6}$")
_US_BEFORE = deferred(r"^(?:The\s+)?(?:United\s+States|U\.S\.)\s+(?=[A-Z])")
_FEDERAL_SIDE = deferred(r"\b(?:Trump|Biden|United States|U\.S\.|Federal)\b")
# The first day of the second Trump administration: a hand row filed since against one person
# ("New York v. Kennedy") is a suit against one of its officials.
_OFFICIALS_FROM = datetime.date(2025, 1, 20)


def _agency(words: str) -> bool:
    """Whether ``words`` name an agency ("the Department of Education", "HHS")."""
    parts = [w.strip(",.’'") for w in words.split()]
    return any(w.lower() in _AGENCY_WORDS or _INITIALS.match(w) for w in parts)


def _official(defendant: str, row: Lawsuit) -> bool:
    """Whether a caption's second side is one official of the government ("Kennedy",
    "Noem"): one capitalised word, in a tracker's suit or a hand row filed since 2025-01-20."""
    words = defendant.split()
    if len(words) != 1 or not words[0][:1].isupper() or defendant in state_names():
        return False
    filed = _day(row.filed)
    return row.generated or (filed is not None and filed >= _OFFICIALS_FROM)


def _against_government(defendant: str, row: Lawsuit) -> bool:
    """Whether the suit's other side is the federal government ("the Trump administration"
    was sued): every suit of the tracker, a hand row against the president, the United
    States, a federal agency or one official."""
    return (
        row.generated
        or _FEDERAL_SIDE.search(defendant) is not None
        or _agency(defendant)
        or _official(defendant, row)
    )


def _defendant_fit(obj: str | None, government: bool, row: Lawsuit) -> int | None:
    """How the one a sentence says was sued fits ``row``: 2 its caption's other side (or, for
    a hand row, one of its parties; for a tracker's, one of its topics), 1 the government
    ("sued the Trump administration") or an agency where the caption names the official who
    heads one ("sued HHS" for "… v. Kennedy"), 0 no one named, None another."""
    from .sued import _matches

    defendant = row.name.partition(" v. ")[2]
    if not defendant:
        return None
    # ("United States Department of Transportation" is "the Department of Transportation")
    defendant = _US_BEFORE.sub("", defendant)
    if government:
        return 1 if _against_government(defendant, row) else None
    if obj is None:
        return 0
    if _matches(obj, defendant):
        return 2
    words = row.topics if row.generated else row.parties
    if any(_matches(obj, p) and _matches(p, obj) for p in words):
        return 2  # (all its words: "the Portland Harbor Board" is not the party "Portland")
    heads = _agency_heads().get(defendant) if _official(defendant, row) else None
    if heads is not None:
        # the official the caption names heads the agency sued ("sued DHS": "… v. Noem"),
        # or another one ("sued the Energy Department": not "… v. Noem")
        if any(_matches(obj, n) and _matches(n, obj) for n in heads):
            return 2
        if _agency(obj):
            return None
    if (
        _agency(obj)
        and _official(defendant, row)
        and defendant not in presidents(recent=True)
        and (row.generated or not any(_agency(p) for p in row.parties))
    ):
        # (a hand row that names the agency its official heads names it: another is not it)
        return 1
    return None


# The month a sentence says a suit was brought in: "sued in March", "filed a lawsuit on
# April 3, 2025", "last September".
_MONTH_TOLD = deferred(
    r"\b(?:in|on|last|this|since)\s+(?P<month>January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\w-])"
)


_WEEKDAY = deferred(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b"
)


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _on_the_day(window: tuple[Lawsuit, ...], day: str, date: datetime.date) -> tuple[Lawsuit, ...]:
    """The suits of ``window`` filed on the day a story of ``date`` calls ``day`` ("sued on
    Tuesday": the Tuesday of the week before the story or the story's own), a day either
    side for a complaint docketed late; a suit whose day the tables do not give stays (the
    caller decides what to do with it)."""
    if day in ("today", "yesterday"):
        told = [date - datetime.timedelta(days=0 if day == "today" else 1)]
    else:
        back = (date.weekday() - _DAYS.index(day)) % 7
        told = [date - datetime.timedelta(days=back)]
        if back == 0:
            told.append(date - datetime.timedelta(days=7))
    days = {d + datetime.timedelta(days=k) for d in told for k in (-1, 0, 1)}
    return tuple(r for r in window if (f := _day(r.filed)) is None or f in days)


def _month_told(sentence: str, date: datetime.date) -> tuple[int, int] | None:
    """(year, month) of the month ``sentence`` says its suit was brought in (the year it
    prints, else the last such month by the story's date), or None."""
    m = _MONTH_TOLD.search(sentence)
    if m is None:
        return None
    month = months()[m.group("month").lower().rstrip(".")]
    if m.group("year"):
        year = int(m.group("year"))
    else:
        year = date.year if month <= date.month else date.year - 1
    if (year, month) > (date.year, date.month):
        return None
    return year, month


def _filed_in_month(year: int, month: int) -> tuple[Lawsuit, ...]:
    """The suits of the tables filed in that month: a full date in it, or the month alone
    (a hand row's "2025-04"); none for a month after the tables end."""
    first = datetime.date(year, month, 1)
    if first > _last_filed():
        return ()
    after = datetime.date(year + month // 12, month % 12 + 1, 1)
    dated = _filed_between(first, after - datetime.timedelta(days=1))
    return (*dated, *_filed_month_only().get(f"{year:04d}-{month:02d}", ()))


@cache
def _filed_month_only() -> dict[str, tuple[Lawsuit, ...]]:
    """The suits whose filing the tables give by month alone, by that month."""
    out: dict[str, list[Lawsuit]] = {}
    for row in lawsuits():
        if row.filed and len(row.filed) == 7:
            out.setdefault(row.filed, []).append(row)
    return {k: tuple(v) for k, v in out.items()}


# A sentence that dates what it tells before the month of a suit just brought.
_YEAR = deferred(r"\b(?:19|20)\d\d\b")
_AGO = deferred(r"\b(?:last\s+year|years?\s+ago|previous\s+year|in\s+the\s+past)\b", re.IGNORECASE)


def _long_ago(sentence: str, date: datetime.date) -> bool:
    """Whether ``sentence`` dates its suit long before ``date``: a year before the story's
    ("In 2019, …"; the year before in January, whose suit may be December's), "last year",
    "years ago"."""
    if _AGO.search(sentence):
        return True
    years = {int(y) for y in _YEAR.findall(sentence)}
    ok = {date.year, date.year - 1} if date.month == 1 else {date.year}
    return bool(years) and not years & ok


@cache
def _agency_heads() -> dict[str, tuple[str, ...]]:
    """The names of the department each official of ``agency_heads.csv`` heads, by the
    surname a caption gives the official ("Noem": Department of Homeland Security, DHS)."""
    return {
        r["surname"]: tuple(n for n in r["names"].split("|") if n)
        for r in read_rows("agency_heads.csv")
    }


def _court_told(
    text: str, spans: list[tuple[int, int]], at: int, judges: bool = True
) -> tuple[str | None, str | None]:
    """(district, state) of the court the suit told at ``at`` was filed in, by the place its
    sentence or one of the two after it gives ("in federal court in Boston": ``mad``; "in a
    Texas federal court": Texas's districts), or (None, None). Without ``judges``, "a judge
    in Seattle" places nothing (a ruling's judge, maybe of another suit)."""
    i = _sentence_of(spans, at)
    for a, b in spans[i : i + 3]:
        for m in _COURT_PLACE.finditer(text, max(a, at if a <= at else a), b):
            if not judges and m.group(0).startswith("judge"):
                continue
            if m.group("cit"):
                return "cit", None
            if m.group("state"):
                place = courts.resolve_place(m.group("state"))
                if place is None or place.postal is None:
                    continue
                districts = courts.districts_of(place.postal)
                if m.group("dir"):
                    want = m.group("dir")[0].lower()
                    districts = tuple(
                        d for d in districts if len(d) == 4 and d[2] == want and d.endswith("d")
                    )
                if len(districts) == 1:
                    return districts[0], place.postal
                return None, place.postal
            name = m.group("place") or m.group("before") or m.group("filed")
            place = None
            words = name.split()
            while words and place is None:  # ("in Boston on Tuesday": the longest place)
                place = courts.resolve_place(" ".join(words), m.group("qual"))
                words = words[:-1]
            if place is not None:
                return place.district, place.postal
    return None, None


def _court_fit(district: str | None, postal: str | None, row: Lawsuit) -> int | None:
    """2 the suit's court is the one the place tells, 0 no place told, None another court."""
    if district is None and postal is None:
        return 0
    if district is not None:
        return 2 if row.court == district else None
    return 2 if postal and row.court in courts.districts_of(postal) else None


@cache
def _state_pattern() -> re.Pattern[str]:
    names = sorted(state_names(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def _sued_fresh(doc: Doc, date: datetime.date) -> dict[Lawsuit, list[str]]:
    """The suits a sentence tells as just brought ("Oregon sued the Department of Labor on
    Monday", "A coalition of 19 states led by New York filed a lawsuit in federal court in
    Boston against the Bureau of Harbors", "Democratic attorneys general sued the Trump
    administration"), when exactly one suit of the tables filed at most ``FRESH_DAYS``
    before the story fits: its plaintiff the one suing (a state for "states", the lead state
    when one is named), and two more points from the one sued (2 its caption's other side,
    1 the government or an agency an official of the caption heads), the court the place
    tells (2) and the suit's topic named near (1); a named other side or another court rules
    a suit out. The hits are remembered by position for the ``sued`` pass."""
    if not doc.has("suit_filed"):
        return {}
    from . import sued as sued_pass  # (``sued`` reads this module's suits)
    from .sued import _matches, _subject

    text = doc.text
    fresh: tuple[Lawsuit, ...] = ()
    if date <= _last_filed() + datetime.timedelta(days=_FILED_LAG):
        # (later, a suit brought after the tables end may be the one told)
        fresh = _filed_between(date - datetime.timedelta(days=FRESH_DAYS), date)
    if not fresh and not _MONTH_TOLD.search(text):
        return {}
    spans = _sentences(text)
    out: dict[Lawsuit, list[str]] = {}
    at_hits: dict[int, Lawsuit] = {}
    seen: set[int] = set()
    for ws, we in doc.windows("suit_filed"):
        for hit in FILING.finditer(text, ws, we):
            s = hit.start()
            if s in seen:
                continue
            seen.add(s)
            if text[s : s + 4] in ("sued", "sues", "suin"):
                # (read from its module, not imported: a deferred pattern puts itself there)
                obj_m = sued_pass.SUED.match(text, s)
            elif text[s : s + 4] == "sue ":
                obj_m = _SUE.match(text, s)
            else:
                if _NOT_IN_COURT.match(text, hit.end()):
                    continue  # "filed a complaint with the FEC": no court's
                obj_m = _AGAINST.match(text, hit.end())
            obj = obj_m.group("name") if obj_m else None
            government = bool(
                obj_m
                and (
                    obj_m.group("admin")
                    or obj_m.group("generic") in ("government", "administration")
                )
            )
            if obj_m and obj_m.group("generic") and not government:
                # "sued the city", "sued them": no one told by name; "sued the city of
                # Spokane": the caption's "City of Spokane"
                place = obj_m.group("place")
                obj = f"{obj_m.group('generic').title()} of {place}" if place else None
            a = max(sentence_start(text, s), s - 160)
            region = text[a:s]
            if HYPOTHETICAL.search(text[max(0, s - 30) : s]):
                continue  # "could sue", "plans to file a lawsuit"
            sentence = spans[_sentence_of(spans, s)]
            said = text[sentence[0] : sentence[1]]
            # (the month beside the verb, not one the sentence gives something else: "sued on
            # Monday over a rule that took effect in May" is a suit just brought)
            beside = text[max(sentence[0], s - 40) : min(sentence[1], hit.end() + 60)]
            weekday = _WEEKDAY.search(beside)
            told = None if weekday else _month_told(beside, date)
            if told is not None:
                # "sued in March", "filed a lawsuit on April 3, 2025": a suit of that month
                window = _filed_in_month(*told)
            elif _long_ago(said, date):
                continue  # "In 2019, 20 states sued …", "sued last year": no suit just brought
            else:
                window = fresh
            if not window:
                continue
            was_sued = _WAS.search(region)
            if hit.group("passive") or was_sued:
                # the whole sentence tells who: "The multistate complaint was filed Friday
                # …, led by California", "… was filed by the Harbor Pilots Guild"; "The
                # Trump administration was sued Tuesday by 19 states": the one sued before
                if was_sued:
                    sued_side = region[: was_sued.start()]
                    if _GOVERNMENT_SIDE.search(sued_side):
                        obj, government = None, True
                    elif run := _NAME_RUN.search(sued_side):
                        obj, government = run.group(0), False
                    else:
                        continue  # "He was sued": who, the sentence does not say
                region = text[a : spans[_sentence_of(spans, s)][1]]
                by = _BY.match(text, hit.end())
                subject = by.group("who") if by else ""
                states = bool(_STATES_SUING.search(region) or _MULTISTATE.search(region))
            else:
                subject = _subject(text, s)
                states = _STATES_SUING.search(region) is not None
            # neither a name right before the verb nor states: the one suing may still be
            # named earlier in the clause ("AFGE and five other unions sued", "A coalition
            # of groups led by the Harbor Pilots Guild filed a lawsuit"): one of a suit's
            # plaintiffs that are names of their own, named before the verb
            by_name = not subject and not states
            if by_name and region.islower():
                continue
            named_states = set()
            if states and not _JOINING.search(region):
                # the states named before "including" are the ones leading ("led by New
                # York", "New York and 18 other states"); those after it, or one that
                # "joined" others, are not the caption's
                lead = region[: m.start()] if (m := _INCLUDING.search(region)) else region
                lead = _COURT_PLACE.sub(" ", lead)  # ("… in federal court in Rhode Island")
                named_states = set(_state_pattern().findall(lead))
            district, postal = _court_told(text, spans, s)
            i = _sentence_of(spans, s)
            near = text[spans[max(0, i - 1)][0] : spans[min(len(spans) - 1, i + 1)][1]]
            scored: list[tuple[int, Lawsuit, list[str]]] = []
            for row in window:
                plaintiff = row.name.partition(" v. ")[0]
                if by_name:
                    ok = any(
                        _own_name(p) and p not in state_names() and _names_party(region, p)
                        for p in (row.parties if row.generated else (plaintiff,))
                    )
                elif subject and not states:
                    ok = any(_matches(subject, p) for p in (plaintiff, *row.parties))
                elif named_states:
                    ok = plaintiff in named_states
                else:
                    ok = plaintiff in state_names()
                if not ok:
                    continue
                d = _defendant_fit(obj, government, row)
                c = _court_fit(district, postal, row)
                if d is None or c is None:
                    continue
                topics = row.topics if row.generated else row.parties
                # (a topic, not the one suing again: "Harvard" is Harvard's suit's plaintiff)
                t = next(
                    (
                        p
                        for p in topics
                        if len(p) > 2
                        and p not in plaintiff
                        and not (subject and _matches(subject, p))
                        and not (obj and _matches(obj, p))
                        and not _names_party(region, p)
                        and _names_party(near, p)
                    ),
                    None,
                )
                score = d + c + (1 if t else 0)
                if score >= 2:
                    who = subject or ("states" if states else plaintiff)
                    found = [f"filed {row.filed}", f"{who} sued"]
                    if d:
                        found.append(f"against {obj or 'the government'}")
                    if c:
                        found.append(f"in {row.court}")
                    if t:
                        found.append(f"about {t}")
                    scored.append((score, row, found))
            if weekday and len({(r.name, r.court) for _sc, r, _f in scored}) > 1:
                # two suits fit: "sued … on Tuesday" keeps the one filed that day
                day = set(_on_the_day(tuple(r for _sc, r, _f in scored), weekday.group(0), date))
                scored = [x for x in scored if x[1] in day and _day(x[1].filed) is not None]
            if len({(r.name, r.court) for _sc, r, _f in scored}) == 1:
                _sc, row, found = scored[0]
                out.setdefault(row, found)
                at_hits[s] = row
    doc.memo(_FRESH_HITS, lambda: at_hits)
    return out


# The suits ``_sued_fresh`` found, by the position of the verb that tells each ("sued").
_FRESH_HITS = "lawsuits:fresh-hits"


def fresh_suit_at(doc: Doc, at: int) -> Lawsuit | None:
    """The suit just brought that the verb at ``at`` tells ("sued the Bureau of Harbors"), as
    ``_sued_fresh`` chose it, or None."""
    _fresh_suits(doc)
    hits: dict[int, Lawsuit] = doc.memo(_FRESH_HITS, dict)
    return hits.get(at)


# How many days after the last suit the tables list a story may tell a suit just brought:
# later, a suit the tables do not list may be the one told, and "exactly one fits" says little.
_FILED_LAG = 3


@cache
def _last_filed() -> datetime.date:
    """The filing day of the last suit of the tables (the tracker's scrape ends there)."""
    days, _rows = _by_filing_day()
    return days[-1] if days else datetime.date.min


@cache
def _by_filing_day() -> tuple[tuple[datetime.date, ...], tuple[Lawsuit, ...]]:
    """The suits of the tables with a full filing date, in the order of that date."""
    dated = sorted(
        ((day, i) for i, row in enumerate(lawsuits()) if (day := _day(row.filed)) is not None)
    )
    rows = lawsuits()
    return tuple(d for d, _i in dated), tuple(rows[i] for _d, i in dated)


def _filed_between(first: datetime.date, last: datetime.date) -> tuple[Lawsuit, ...]:
    days, rows = _by_filing_day()
    return rows[bisect.bisect_left(days, first) : bisect.bisect_right(days, last)]


def _day(value: str | None) -> datetime.date | None:
    """A full ISO date, or None for a month, a year or nothing."""
    if not value or len(value) != 10:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


@cache
def _defendant_words(name: str) -> frozenset[str]:
    """The telling words of a caption's second side, lowercased ("Office of Coastal Permits":
    coastal, permits)."""
    if " v. " not in name:
        return frozenset()
    side = name.split(" v. ", 1)[1]
    return frozenset(
        w.strip(",.").lower() for w in side.split() if w.lower() not in _DEFENDANT_STOP
    ) - {""}


# A plaintiff of one suit of the table whose name alone tells it: two or more capitalised
# words ("National Association of Immigration Judges"), no state and no government.
_NAME_WORDS = deferred(r"[A-Z][\w.'’&-]*")


@cache
def _sole_plaintiffs() -> dict[str, tuple[tuple[str, int], ...]]:
    """The plaintiffs only one suit of the table lists that name a suitor in two or more
    capitalised words, with the suit's place, by the party's first word (a tracker's parties
    are its plaintiffs; a hand row's, only one whose last word its caption's first side has)."""
    count = _party_rows()
    out: dict[str, list[tuple[str, int]]] = {}
    for i, row in enumerate(lawsuits()):
        plaintiff = set(_NAME_WORDS.findall(row.name.split(" v. ")[0]))
        for p in row.parties:
            if count.get(p) != 1 or not _own_name(p) or len(_NAME_WORDS.findall(p)) < 2:
                continue
            if not row.generated and _NAME_WORDS.findall(p)[-1] not in plaintiff:
                continue  # a hand row's parties name its defendants too ("Merit Systems …")
            out.setdefault(p.split()[0].replace("’", "'"), []).append((p, i))
    return {k: tuple(v) for k, v in out.items()}


def _sole_plaintiff_suits(
    doc: Doc, courts_: set[str], administration: bool
) -> list[tuple[Lawsuit, str, str]]:
    """The suits one of whose plaintiffs the article names that no other suit of the table
    lists ("The National Association of Immigration Judges argues …"), when a ruling the
    article reports came from the suit's court, its court of appeals or the Supreme Court
    (the courts that hear that suit): (suit, plaintiff, the ruling's court). A tracker's suit
    only in a story that names Trump; never one filed after the article's date. (Only in a
    story that prints no caption: one that does names its case, and ``anaphora`` decides.)"""
    index = _sole_plaintiffs()
    rows = lawsuits()
    out = []
    seen: set[int] = set()
    for w in _capitalised(doc.text):
        for party, i in index.get(w, ()):
            row = rows[i]
            if i in seen or (row.generated and not administration):
                continue
            if _before_date(row.filed, suit_date(doc)) or not _party_named(doc, party):
                continue
            # (not the Supreme Court for a suit it decided under another caption: "FDA v.
            # Alliance for Hippocratic Medicine" is what its ruling there is called)
            top = "scotus" if row.generated or not row.reviewed_as else None
            if courts.is_state_high_court(row.court) or _high_courts_above(row.court):
                # (a suit in a state's courts: the Supreme Court's ruling the article tells,
                # "when the U.S. Supreme Court overturned the right to abortion", is another
                # case's, census42 P11)
                top = None
            ladder = (row.court, _appeals_court(row.court), top)
            court = next((c for c in ladder if c and c in courts_), None)
            if court is not None:
                seen.add(i)
                out.append((row, party, court))
    return out


def _tracker_evidence(doc: Doc, row: Lawsuit, found: list[str], law: str | None) -> list[str]:
    """The evidence for a suit of the litigation tracker (no judge listed, and many siblings:
    twenty suits against one order, "Washington v. Trump" several times), or [] when it is
    not enough: a ruling of its court (``found``), what it challenges (an order the article
    mentions, else the tracker's words for the action: "Temporary Protected Status") and
    one of its plaintiffs the article names ("Harvard", "AFGE", "Oregon"), all three."""
    if not found[0].startswith("a ruling"):
        return []
    topic = None if law else next((t for t in row.topics if _party_named(doc, t)), None)
    if not law and topic is None:
        return []
    party = next((p for p in row.parties if _party_named(doc, p)), None)
    if party is None:
        return []
    # (the plaintiff is what lets a tracker's suit in at all, not a third piece of evidence:
    # a hand row with its court and its law weighs as much)
    what = found[1] if law else f"the suit is about {topic}"
    return [found[0], f"{what}, brought by {party}"]


# A sentence's first word before an owner: "While Harvard’s lawsuit …" is "Harvard’s lawsuit".
_LEAD_WORD = deferred(
    r"(?:While|When|Whereas|After|Before|But|And|Since|Though|Although|If|As|Because|In|"
    r"Meanwhile|Still|Yet|So|Now|Then)\s+"
)


# When the phrase says its suit was filed: "a lawsuit in January 2023", "a suit filed in
# March 2025", "the lawsuit, filed in 2019" (a month needs its year: "a lawsuit in May" may
# tell a ruling's month, not the filing's).
_FILED_WHEN = deferred(
    r",?\s+(?:(?:first\s+)?filed\s+|brought\s+)?(?:in|on)\s+(?:(?P<month>[A-Z][a-z]+)\.?\s+"
    r"(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
)


def _filed_when(text: str, e: int) -> str | None:
    """The filing year, or year and month (``"2023-01"``), the words right after a phrase give."""
    m = _FILED_WHEN.match(text, e)
    if m is None:
        return None
    if m.group("month") is None:
        return m.group("year")
    month = months().get(m.group("month").lower())
    return f"{m.group('year')}-{month:02d}" if month else None


def _without_lead(
    text: str, s: int, e: int, phrase: str, owner: str | None, other: str | None
) -> tuple[int, int, str, str | None, str | None]:
    """The phrase without a sentence's first word its owner swallowed."""
    if owner and (lead := _LEAD_WORD.match(owner)) is not None and lead.end() < len(owner):
        cut = text.find(owner, s) + lead.end()
        return cut, e, text[cut:e], owner[lead.end() :], other
    return s, e, phrase, owner, other


def _titled(doc: Doc) -> set[str]:
    """The words of the names the article gives after "Judge"/"Justice"."""
    text = doc.text
    return {
        w.replace("’", "'")
        for ws, we in doc.windows("lawsuit_judge")
        for m in TITLED.finditer(text, ws, we)
        for w in m.group(1).split()
    }


def _judged_suits(doc: Doc) -> dict[Lawsuit, list[str]]:
    """With no ruling placed in a court ("Harvard’s lawsuit over the $2.2 billion freeze …
    Judge Allison Burroughs … set July 21 for oral arguments"): the suits of a judge the
    article names with a title and in full, one of whose own parties it names too (a party
    that is a name of its own: not a state, a president or the government, which many suits
    share)."""
    after_title = _titled(doc)
    if not after_title:
        return {}
    rows, index = lawsuits(), _judge_index()
    text = doc.text
    out: dict[Lawsuit, list[str]] = {}
    for i in sorted({i for w in after_title for i in index.get(w, ())}):
        row = rows[i]
        if _before_date(row.filed, suit_date(doc)):
            continue
        judge = next((j for j in row.judges if _named(j, text, after_title)), None)
        if judge is None or not _full_named(judge, text):
            continue
        party = next((p for p in row.parties if _own_name(p) and _party_named(doc, p)), None)
        if party is not None and _parties_tell(doc, row):
            out[row] = [f"Judge {judge}", f"party {party}"]
    return out


# The evidence a suit has when only a ruling of its court and the words for its parties speak
# for it ("A federal court ruled … The small businesses bringing the suit …").
_WEAK = "named: "


def _topic_evidence(doc: Doc, row: Lawsuit) -> list[str]:
    """Two of the row's telling parties the article names, one of them no other suit's
    ("small businesses", "tariffs"); else []. A state, a president or "Justice Department",
    which many suits share, never counts alone."""
    own, shared = _telling_parties(row)
    named = [p for p in own if _party_named(doc, p)]
    if not named:
        return []  # (most rows stop here: their own words are the rarer ones)
    named += [p for p in shared if _party_named(doc, p)]
    # (one word inside another, "Guard" in "National Guard", is one word)
    named = [p for p in named if not any(p != q and p in q for q in named)]
    if _court_rows().get(row.court, 0) >= _BUSY and not any(
        # (a capitalised party that tells one suit: an attorney general who co-leads suits in
        # many courts tells none)
        p[:1].isupper() and _suit_party(p)
        for p in named
    ):
        # a court the table knows many suits of hears many more it does not know: common
        # nouns ("nonprofits", "funding freeze") tell one of them only with a name beside
        # them ("Judge … blocked cuts to Head Start … nonprofits … the funding freeze" is
        # not the OMB-memo suit)
        return []
    return named[:2] if len(named) >= 2 else []


# The table's rows a court must have to count as busy (the D.C., San Francisco, Boston and
# Manhattan federal courts): there, subject words alone do not tell its suits apart.
_BUSY = 10


@cache
def _court_rows() -> dict[str, int]:
    """How many suits of the table each court heard."""
    out: dict[str, int] = {}
    for row in lawsuits():
        out[row.court] = out.get(row.court, 0) + 1
    return out


@cache
def _telling_parties(row: Lawsuit) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The row's telling parties: those no other suit of the table lists, and the rest."""
    count = _party_rows()
    telling = [p for p in dict.fromkeys(row.parties) if _evidence_party(p)]
    return (
        tuple(p for p in telling if count[p] == 1),
        tuple(p for p in telling if count[p] > 1),
    )


@cache
def _judges_by_court() -> dict[str, tuple[tuple[str, tuple[int, ...]], ...]]:
    """Each court's judges' surnames, each with its suits' places in the table (a surname
    written with an apostrophe under both apostrophes)."""
    out: dict[str, dict[str, list[int]]] = {}
    for i, row in enumerate(lawsuits()):
        for j in row.judges:
            surname = _surname(j).replace("’", "'")
            for form in {surname, surname.replace("'", "’")}:
                out.setdefault(row.court, {}).setdefault(form, []).append(i)
    return {c: tuple((k, tuple(v)) for k, v in by.items()) for c, by in out.items()}


@cache
def _tracker_heads() -> dict[str, dict[str, tuple[tuple[str, int], ...]]]:
    """Each court's generated suits' plaintiffs (as news names them), with the suit's place,
    by the plaintiff's first capitalised word ("RFE" for "RFE/RL"): an article's capitalised
    words pick the few worth looking for (a busy court has hundreds)."""
    out: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for i, row in enumerate(lawsuits()):
        if not row.generated:
            continue
        for p in row.parties:
            head = _CAPITALISED.match(p)
            if head is not None:
                key = head.group(0).replace("’", "'")
                out.setdefault(row.court, {}).setdefault(key, []).append((p, i))
    return {c: {k: tuple(v) for k, v in by.items()} for c, by in out.items()}


_AROUND = "lawsuits:around"


def _tells_the_administration(doc: Doc) -> bool:
    """Whether the article names Trump: the tracker lists only suits against his
    administration, so a story that never names him tells none of them (its rows are not
    looked at)."""
    return doc.memo("lawsuits:trump", lambda: "Trump" in doc.text)


def _around(text: str, spans: list[tuple[int, int]]) -> str:
    """The text within 300 characters of the phrases, each stretch once (the phrases of a
    story often stand in one paragraph)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        a, b = max(0, s - 300), e + 300
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return " … ".join(text[a:b] for a, b in out)


def _tracker_hits(
    doc: Doc, courts: frozenset[str], phrases: list[tuple[int, int]]
) -> frozenset[int]:
    """The generated suits of ``courts`` one of whose plaintiffs the text around the phrases
    names (worked out once an article)."""

    def find() -> frozenset[int]:
        heads = [h for c in courts if (h := _tracker_heads().get(c))]
        if not heads:
            return frozenset()
        around = doc.memo(_AROUND, lambda: _around(doc.text, phrases))
        words = _capitalised(around)  # (one pass over the text around the phrases)
        return frozenset(
            i
            for by_head in heads
            for w in words
            if (rows := by_head.get(w))
            for p, i in rows
            if p in around
        )

    return doc.memo("lawsuits:tracker-hits", find)


@cache
def _own_words_by_court() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each court's suits' own telling words, with the suit's place in the table."""
    out: dict[str, list[tuple[str, int]]] = {}
    for i, row in enumerate(lawsuits()):
        if row.generated:
            continue  # (the tracker's suits are looked up by their plaintiffs: _tracker_hits)
        for w in _telling_parties(row)[0]:
            out.setdefault(row.court, []).append((w.replace("’", "'"), i))
            if "'" in w:
                out[row.court].append((w.replace("'", "’"), i))
    return {k: tuple(v) for k, v in out.items()}


def _state_suitor_told(text: str, row: Lawsuit) -> bool:
    """Whether the text tells the state that is ``row``'s plaintiff as a suitor: "brought by
    Illinois", "led by California", "Illinois's lawsuit", "Illinois and 19 other states",
    "Oregon sued". A state named only in passing is no evidence (a judge in Florida hears
    many suits), but a state told as the one suing is one of its own suits' parties."""
    plaintiff = _state_plaintiff(row)
    if plaintiff is None or plaintiff not in text:
        return False
    if _judges_state_suits().get((row.court, plaintiff, row.judges[:1]), 0) > 1:
        return False  # (Texas's two suits before Judge Tipton: the state tells neither)
    return _suitor_in(text, plaintiff)


# (the last text asked about and its answers by state: each state's pattern, which holds no
# literal for the engine to skip to, is searched through a text once, not once per suit)
_SUITORS: tuple[str, dict[str, bool]] = ("", {})


def _suitor_in(text: str, state: str) -> bool:
    """``_suitor_pattern(state).search(text) is not None``, asked once per text and state."""
    global _SUITORS
    last, told = _SUITORS
    if last is not text:
        told = {}
        _SUITORS = (text, told)
    if (hit := told.get(state)) is None:
        hit = told[state] = _suitor_at(text, state)
    return hit


def _suitor_at(text: str, state: str) -> bool:
    """``_suitor_pattern(state).search(text) is not None``, tried only at the starts a match
    can have: every match holds the state's name, after at most five words of twelve letters
    or fewer ("filed by the Commonwealth of"), so each start from that far before a place the
    name stands up to that place, not every character of a long text."""
    match = _suitor_pattern(state).match
    lo = done = 0  # (the starts tried so far: [lo, done))
    q = text.find(state)
    while q >= 0:
        i = q
        for _ in range(5):
            while i > 0 and text[i - 1].isspace():
                i -= 1
            k = 0
            while k < 12 and i > 0 and not text[i - 1].isspace():
                i -= 1
                k += 1
        first = done if lo <= i <= done else i
        for at in range(first, q + 1):
            if match(text, at) is not None:
                return True
        lo, done = (lo, q + 1) if first == done and lo <= i else (i, q + 1)
        q = text.find(state, q + 1)
    return False


def _state_plaintiff(row: Lawsuit) -> str | None:
    """The state that brought ``row`` ("State of Oregon v. …": Oregon), else None."""
    plaintiff = re.sub(r"^(?:State|Commonwealth) of ", "", row.name.split(" v. ")[0])
    return plaintiff if plaintiff in state_names() else None


@cache
def _judges_state_suits() -> dict[tuple[str, str, tuple[str, ...]], int]:
    """How many hand rows each state brought before each court's first-listed judge."""
    out: dict[tuple[str, str, tuple[str, ...]], int] = {}
    for row in lawsuits():
        if row.generated or not row.judges:
            continue
        if (state := _state_plaintiff(row)) is not None:
            key = (row.court, state, row.judges[:1])
            out[key] = out.get(key, 0) + 1
    return out


@cache
def _suitor_pattern(state: str) -> re.Pattern[str]:
    name = rf"(?:the\s+(?:[Ss]tate|[Cc]ommonwealth)\s+of\s+)?{re.escape(state)}"
    return re.compile(
        # ("led by Texas and Utah": two leads, either may be the caption's; not told)
        rf"\b(?:(?:brought|filed|led)\s+by\s+{name}\b(?!,?\s+(?:and|&)\s+(?:the\s+)?[A-Z])"
        rf"|{name}['’]s?\s+(?:(?:[a-z-]+|\d{{4}})\s+){{0,2}}(?:lawsuit|suit|legal\s+challenge|complaint)\b"
        rf"|{name}\s+and\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+other\s+states\b"
        rf"|{name}\s+(?:sued|filed\s+(?:a|the)\s+(?:law)?suit)\b)"
    )


def _parties_tell(doc: Doc, row: Lawsuit) -> bool:
    """Whether the parties of ``row`` the article names tell the suit from the judge's others:
    one party that is no repeat litigant of the table, or two of its parties ("Dominion" and
    "Fox News": each sues or is sued elsewhere, together they are one suit)."""
    named = [p for p in row.parties if _evidence_party(p) and _party_named(doc, p)]
    # ("Ken Paxton" and "Paxton" are one party twice: a name inside another counts once)
    distinct = [p for p in named if not any(p != q and p in q for q in named)]
    return any(_suit_party(p) for p in named) or len(distinct) >= 2


def _suit_party(party: str) -> bool:
    """A party that tells which of a judge's suits a story is about: evidence of a suit, and
    not a litigant the table lists in several courts (a state's attorney general, a repeat
    plaintiff), whose other suits before the same judge the table need not have: "Judge Drew
    Tipton … Ken Paxton … the lawsuit" may be a third Texas suit of his, not one of the two
    the table lists. A subject word ("social media", "tariffs") still tells."""
    if not _evidence_party(party):
        return False
    return not party[:1].isupper() or len(_party_courts().get(party, ())) < 2


@cache
def _party_courts() -> dict[str, frozenset[str]]:
    """The courts of the suits of the table that list each party word."""
    out: dict[str, set[str]] = {}
    for row in lawsuits():
        for p in row.parties:
            out.setdefault(p, set()).add(row.court)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _party_rows() -> dict[str, int]:
    """How many suits of the table list each party word."""
    out: dict[str, int] = {}
    for row in lawsuits():
        for p in set(row.parties):
            out[p] = out.get(p, 0) + 1
    return out


def _weak(found: list[str]) -> bool:
    return bool(found) and found[-1].startswith(_WEAK)


def _strength(found: list[str]) -> float:
    """The evidence count, a suit named only by its parties' words (or by a word beside its
    court's ruling) below any other two."""
    return len(found) - (0.5 if _weak(found) or _ruled(found) else 0.0)


def _full_named(judge: str, text: str) -> bool:
    """Whether the text gives the judge's first name and surname ("Allison Burroughs")."""
    first = judge.split()[0]
    full = _full_name(first, _surname(judge))
    at = text.find(first)
    while at >= 0:
        if full.match(text, at):
            return True
        at = text.find(first, at + 1)
    return False


def _own_name(party: str) -> bool:
    """A party that names one suitor: capitalised, not a state, president, or government."""
    return party[:1].isupper() and _evidence_party(party)


def _evidence_party(party: str) -> bool:
    """A party whose name is evidence of the suit: telling, and not the government's lawyers."""
    return _telling(party) and party not in _GOVERNMENT_LAWYERS


# The government's lawyers: they defend (or bring) most suits of the table, so a story naming
# them names none of a judge's suits ("The Justice Department argued the lawsuit …"); they
# still tell two suits apart where the sentence or the story names one's other parties.
_GOVERNMENT_LAWYERS = frozenset(("Justice Department", "Department of Justice"))


def _telling(party: str) -> bool:
    """A party (or a subject word: "research funding") that is not a state, a president or
    the government, which many suits share."""
    return (
        party not in state_names()
        and _NOT_OWNER.match(party) is None
        and party not in ("United States", "Trump administration", "Biden administration")
    )


@cache
def _judge_index() -> dict[str, tuple[int, ...]]:
    """The known lawsuits (by their place in the table) by each judge's surname."""
    out: dict[str, list[int]] = {}
    for i, row in enumerate(lawsuits()):
        for j in row.judges:
            out.setdefault(_surname(j), []).append(i)
    return {k: tuple(v) for k, v in out.items()}


def _choose(
    text: str,
    at: int,
    evidence: dict[Lawsuit, list[str]],
    rulings: list[Mention],
    spans: list[tuple[int, int]],
    before: Lawsuit | None = None,
    starts: list[int] | None = None,
    doc: Doc | None = None,
    tied: list[Lawsuit] | None = None,
    definite: bool = False,
) -> Lawsuit | None:
    """The one suit the evidence and the phrase's sentence pick, else None (``tied`` gets
    the suits that remain when the evidence cannot tell them apart). A ``definite`` phrase
    ("The suit", no owner) whose candidates are suits of several courts is the suit of the
    last ruling placed before it, before the parties the whole article names decide."""
    cands = list(evidence)
    i = _sentence_of(spans, at)
    lo, hi = spans[max(0, i - 1)][0], spans[i][1]
    if starts is None:
        starts = [m.start for m in rulings]  # rulings come in text order
    near = rulings[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
    if near:  # "The ruling comes in a lawsuit …": the suit is the one that ruling came in
        # (a ruling placed in the phrase's own sentence, else one in the sentence before: in
        # a digest, "Judge Bell ruled the drivers who brought the lawsuit lacked standing"
        # is Judge Bell's suit, not the previous item's)
        own = {m.court for m in near if m.court and m.start >= spans[i][0]}
        heard_by = own or {m.court for m in near if m.court}
        if not heard_by:
            return None  # a ruling linker could not place: its lawsuit is unknown too
        cands = [
            r
            for r in cands
            if heard_by & {r.court, _appeals_court(r.court), "scotus", *_high_courts_above(r.court)}
        ]
    if len(cands) > 1:
        best = max(_strength(evidence[r]) for r in cands)
        cands = [r for r in cands if _strength(evidence[r]) == best]
    # The parties the sentence names, else those its neighbours name.
    for a, b in (spans[i], (lo, spans[min(len(spans) - 1, i + 1)][1])):
        if len(cands) > 1:
            seg = text[a:b]
            named = {r: sum(1 for p in r.parties if _names_party(seg, p)) for r in cands}
            most = max(named.values())
            if most:
                cands = [r for r in cands if named[r] == most]
    if len(cands) > 1 and before in cands:
        return before  # "the lawsuit" goes on with the suit the article has just introduced
    if len(cands) > 1 and definite and (ruled := _last_ruled(at, cands, rulings)) is not None:
        return ruled  # "… Judge Gorton said. … The suit is …": the suit of that ruling
    if len(cands) > 1 and doc is not None:
        # a judge's two suits of one party ("The case will not go to trial" on a page about
        # Harvard's research grants): the one whose parties the whole article names more
        # (a state or a president, "a federal judge in Texas", tells no suit from another)
        named = {
            r: sum(1 for p in r.parties if _telling(p) and _party_named(doc, p)) for r in cands
        }
        most = max(named.values())
        cands = [r for r in cands if named[r] == most]
    if len({(r.name, r.court) for r in cands}) != 1:
        if tied is not None:
            tied.extend(cands)
        return None
    return cands[0]


# "a lawsuit filed by the ACLU", "the suit brought Tuesday by Oregon": who sued; "a suit filed
# by two counties", "brought by the hatchery workers' union": a group told by a plain word.
FILED_BY = deferred(
    r",?\s+(?:filed|brought)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<who>[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*)*"
    r"|(?:(?:[a-z]+|\d+)\s+){0,2}"
    + _GROUP_WORDS
    + r"(?:['’]s?\s+(?:union|association|group|coalition))?)\b"
)


# "… against the Maryland Lottery and Gaming Control Commission": whom a suit was brought
# against, by name
_SUED_WHOM = deferred(
    r",?\s+against\s+(?:the\s+)?(?P<whom>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*)*)"
)
# Words of a defendant's name too common to tell one suit from another.
_GENERIC_WHOM = frozenset(
    {
        *("Department", "Board", "Commission", "Office", "Administration", "Agency", "State"),
        *("County", "City", "Court", "United", "States", "Government", "Division", "Control"),
        *("Attorney", "General", "Governor", "Secretary", "U.S.", "Federal", "National"),
    }
)


def _against(pool: dict[Lawsuit, list[str]], whom: str) -> dict[Lawsuit, list[str]]:
    """The suits of ``pool`` brought against ``whom``: its whole name among a suit's parties or
    in its caption, else its telling words ("the Interior Department": "Interior"); all of
    ``pool`` when none names them."""
    tests = [whom] + [w for w in whom.split() if w not in _GENERIC_WHOM and len(w) > 2]
    for t in tests:
        fits = {r: f for r, f in pool.items() if t in r.name or any(t in p for p in r.parties)}
        if fits:
            return fits
    return pool


def _singular(word: str) -> str:
    """ "counties" → "county", "workers'" → "worker"."""
    w = re.sub(r"['’]s?$", "", word.lower())
    if w.endswith("ies"):
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _owned_by_group(pool: dict[Lawsuit, list[str]], who: str) -> dict[Lawsuit, list[str]]:
    """The suits of ``pool`` whose caption or parties hold a word of the group ("teachers":
    Jackson Federation of Teachers v. Fitch; "a student group": Students Engaged in Advancing
    Texas), its head word first, when some do; else all of ``pool`` (a group told by a plain
    word, "families", "parents", is rarely among a row's parties)."""
    for w in reversed(who.split()):
        if len(w) < 4 or w[0].isdigit():
            continue
        word = re.compile(rf"\b{re.escape(_singular(w))}", re.IGNORECASE)
        fits = {
            r: f
            for r, f in pool.items()
            if word.search(r.name) or any(word.search(p) for p in r.parties)
        }
        if fits:
            return fits
    return pool


_NOT_OWNER = deferred(rf"^(?:{'|'.join(presidents(recent=True))}|Administration|Government|Court)$")


# "Meanwhile, Nevada in mid-March had filed a lawsuit", "The ACLU also filed a suit": the
# subject that opens the clause filed the suit, so it owns it as "a lawsuit filed by" does
# (only a name with nothing but a time or an adverb between it and "filed").
_FILER_BEFORE = deferred(
    r"(?:^|[.;:!?][\"”]?\s+|,\s+|\n)(?:[Tt]he\s+)?"
    r"(?P<who>[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,5})"
    r"(?:,?\s+(?:in|on|last|this|earlier|later|mid|early|late|mid-\w+|also|then|already|"
    r"previously|jointly|separately|\d{1,4},?|"
    r"(?:Jan|Feb|Febr|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:[a-z]+|\.)?|May|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,4}"
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+|already\s+|previously\s+|separately\s+)?"
    r"filed\s+$"
)
# a clause's subject that names no party: a pronoun, or a word that opens a sentence
_NO_FILER = frozenset(
    ("It", "They", "He", "She", "We", "I", "You", "Who", "This", "That", "Plaintiffs", "Both")
)


def _filer_before(text: str, s: int) -> str | None:
    """The named subject of "… filed" right before a suit phrase at ``s``, if any."""
    m = _FILER_BEFORE.search(text, max(0, s - 160), s)
    if m is None:
        return None
    who = m.group("who")
    if (lead := _LEAD_WORD.match(who + " ")) is not None:
        who = who[lead.end() :]
    if not who or who.split()[0] in _NO_FILER:
        return None
    return who


def _owned_by(suit: Lawsuit, owner: str) -> bool:
    """Whether the possessor of "X's lawsuit" is one of the suit's parties."""
    plaintiff = suit.name.split(" v. ")[0]
    if owner == "coalition":
        return True  # (who the coalition is, the article has told: no filter of its own)
    if owner == "states":
        return _state_plaintiff(suit) is not None or any(
            re.search(r"\bstates\b|attorneys general", p) for p in suit.parties
        )
    return bool(
        not _NOT_OWNER.match(owner)
        and (
            owner in plaintiff
            or plaintiff in owner
            or any(owner == p or owner in p.split() or p in owner for p in suit.parties)
        )
    )


_APPEALS = frozenset({*(f"ca{n}" for n in range(1, 12)), "cadc", "cafc"})


@cache
def _districts_below(courts_: frozenset[str | None]) -> frozenset[str]:
    """The district courts (and the trade court) whose appeals go to one of ``courts_``."""
    return frozenset(d for d, a in _appeals_courts().items() if a in courts_) - courts_


@cache
def _appeals_courts() -> dict[str, str]:
    out = {d: st.circuit for st in courts.states().values() for d in st.districts}
    out["cit"] = "cafc"
    return out


def _appeals_court(district: str) -> str | None:
    return _appeals_courts().get(district)


@cache
def _high_courts_above(trial: str) -> tuple[str, ...]:
    """The courts of last resort of the state whose one trial court of general jurisdiction
    ``trial`` is (``wisccirct`` → ``wis``); () for any other court."""
    for st in courts.states().values():
        if st.high_courts and courts.state_trial_court(st.postal) == trial:
            return tuple(st.high_courts)
    return ()


@cache
def _state_trial_courts_below(courts_: frozenset[str | None]) -> dict[str, str]:
    """The trial courts of general jurisdiction (courts-db's one id for a state's, as
    ``courts.state_trial_court`` gives it) whose suits the state courts of last resort among
    ``courts_`` review, each with that high court: ``wis`` → {``wisccirct``: ``wis``}."""
    out: dict[str, str] = {}
    for c in sorted(c for c in courts_ if c):
        postal = courts.state_of_high_court(c)
        trial = courts.state_trial_court(postal) if postal else None
        if trial and trial not in courts_:
            out.setdefault(trial, c)
    return out


def _party_named(doc: Doc, party: str) -> bool:
    """Whether the article names ``party`` (looked for once per article)."""
    text = doc.text
    if party and party[0] != "'" and party not in text and "'" not in party:
        return False  # (most parties are in no article: a substring test settles it)

    def search() -> bool:
        if not party or not (party[0].isalnum() and party[-1].isalnum()):
            return _party(party).search(doc.text) is not None
        text = doc.text
        return any(  # what _party matches, by str.find
            whole_word(text, i, i + len(variant)) and not _attribution(text, i, i + len(variant))
            for variant in {party, party.replace("'", "’")}
            for i in find_all(text, variant)
        )

    return doc.memo(f"party-named:{party}", search)


# A news agency named as the source of the story, not as a litigant: "told The Associated
# Press", "according to the AP", "(AP)", "Reuters reported", "Associated Press writer".
_ATTRIBUTED_BEFORE = deferred(
    r"(?:\b(?:told|according\s+to|via|(?:said|wrote)\s+in\s+an?\s+\w+\s+to)\s+"
    r"(?:[Tt]he\s+)?|\(|©\s*)$"
)
_ATTRIBUTED_AFTER = deferred(
    r"^(?:\)|\s+(?:reported|reports|reporting|contributed|writers?|reporters?|photo|"
    r"found|learned|obtained|first\s+reported|analysis|review|poll)\b|\s*/)"
)


def _attribution(text: str, i: int, j: int) -> bool:
    """Whether the name at ``text[i:j]`` is told as a story's source ("told The Associated
    Press", "Reuters reported"), which no suit's party is."""
    return bool(
        _ATTRIBUTED_BEFORE.search(text, max(0, i - 40), i)
        or _ATTRIBUTED_AFTER.match(text, j, j + 30)
    )


def _names_party(seg: str, party: str) -> bool:
    """Whether ``seg`` names ``party`` as a whole word: a substring test first (most parties
    are not in most sentences), the pattern only where the name is there."""
    if party and party not in seg and party.replace("'", "’") not in seg:
        return False
    return _party(party).search(seg) is not None


@cache
def _party(word: str) -> re.Pattern[str]:
    # ("TikTok Inc." ends on a period: no word boundary follows it, only no letter)
    end = r"\b" if word[-1:].isalnum() else r"(?!\w)"
    # ("two University of Washington students": the school's name, not the state as a party)
    school = r"(?<!University of )(?<!College of )"
    return re.compile(rf"{school}\b{re.escape(word).replace(chr(39), '[’' + chr(39) + ']')}{end}")


# A ruling the article places only by its level: "the district court ruled", "blocked by an
# appeals court in October".
DISTRICT_LEVEL = deferred(
    r"\b(?:district\s+(?:court|judge)|trial\s+(?:court|judge)|federal\s+judge|"
    r"lower[- ]court)",  # "a lower court ruling": in news, the trial court the suit began in
    re.IGNORECASE,
)
APPEALS_LEVEL = deferred(
    r"\b(?:appeals\s+court|courts?\s+of\s+appeals|appellate\s+court|circuit\s+court)",
    re.IGNORECASE,
)
# "another federal judge", "a second federal judge", "a different judge": a ruling the words
# set apart from the one told before, so never the court of the one suit the article tells
_ANOTHER_JUDGE = deferred(
    r"^(?:another|a\s+(?:second|third|different|separate))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:judge|court)\b",
    re.IGNORECASE,
)
_CORPORATE = {"inc", "llc", "co", "corp", "ltd", "the", "et", "al", "pbc", "company"}


def _caption_key(name: str) -> str:
    words = re.sub(r"[^a-z0-9 ]+", " ", name.lower().replace("vs.", "v.")).split()
    return " ".join(w for w in words if w not in _CORPORATE)


@cache
def _row_index() -> dict[str, tuple[int, ...]]:
    """The known lawsuits (by their place in the table) by court, by each law they challenge
    and by the U.S. Code title of each ("usc-title:42")."""
    out: dict[str, list[int]] = {}
    for i, row in enumerate(lawsuits()):
        keys = {row.court or "", *row.challenges}
        keys |= {f"usc-title:{c.split(':')[1]}" for c in row.challenges if c.startswith("usc:")}
        for k in keys - {""}:
            out.setdefault(k, []).append(i)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _row_keys(row: Lawsuit) -> frozenset[str]:
    return frozenset(_caption_key(c) for c in (row.name, *row.reviewed_as))


@cache
def _caption_index() -> dict[str, tuple[int, ...]]:
    """The known lawsuits (by their place in the table) by each caption key of theirs."""
    out: dict[str, list[int]] = {}
    for i, row in enumerate(lawsuits()):
        for key in _row_keys(row):
            out.setdefault(key, []).append(i)
    return {k: tuple(v) for k, v in out.items()}


def _names_a_place(text: str) -> bool:
    """ "a federal judge in Washington state": placed by its words, not only by its level, so
    no suit the article names elsewhere may place it."""
    return place_word().search(text) is not None


_DECIDED = deferred(r"cite:\d+:(?:us|sct|led(?:2d)?):")
# "a lower court ruling" below the Supreme Court is the court of appeals' where the case went
# through one: an article that speaks of an appeals court leaves it unplaced
_LOWER_WORDS = deferred(r"\blower[- ]court", re.IGNORECASE)
_ON_APPEAL = deferred(r"ircuit|ppeals\s+[Cc]ourt|[Cc]ourt\s+of\s+[Aa]ppeals|ppellate")


_EVIDENCE_COURTS = "lawsuits:evidence-courts"


def place_rulings(
    mentions: list[Mention], courts_: frozenset[str] = frozenset(), text: str | None = None
) -> list[Mention]:
    """Give a court to rulings placed only by level ("the district court ruled") when the
    article names exactly one known suit, by its caption or by the caption it had on appeal
    ("Kennedy v. Braidwood Management" → the district court of Braidwood v. Becerra), or
    when every uncaptioned suit this pass linked is one and the same and no caption is named
    ("the lawsuit" … "The district court had found the freeze unlawful"), or when the suits
    the article's evidence points to (``courts_``: their courts) are all of one court."""
    if not any(
        m.kind == "ruling" and (not m.court or _trial_words_on_appeal(m) or _LOWER.match(m.text))
        for m in mentions
    ):
        return mentions
    told = {(m.name, m.court) for m in mentions if m.matcher == "lawsuits" and m.kind == "case"}
    captioned = any(
        m.kind == "case"
        and m.matcher != "lawsuits"
        and not m.anaphor
        and not _DECIDED.match(m.authority or "")
        for m in mentions
    )
    if not told and len(courts_) == 1:
        told = {(None, next(iter(courts_)))}  # a phrase the suits tie on: their one court
    if told and not captioned:
        return _place_by_told(mentions, told, text)
    unplaced = [m for m in mentions if m.kind == "ruling" and not m.court]
    if not unplaced:
        return mentions
    # a case named by its U.S. Reports citation is one the Supreme Court decided: cited as a
    # precedent ("In Loper Bright Enterprises v. Raimondo, the justices overruled Chevron"),
    # it is no suit a judge's new ruling belongs to
    named = {
        _caption_key(m.name)
        for m in mentions
        if m.kind == "case" and m.name and not _DECIDED.match(m.authority or "")
    }
    decided = False
    if not named and {m.court for m in mentions if m.kind == "ruling" and m.court} == {"scotus"}:
        # "The Supreme Court ruled for the Black voters in Allen v. Milligan … affirming a
        # lower-court ruling": where every ruling the article places is the Supreme Court's,
        # the case it decided is the news, not a precedent cited, and the courts below are
        # those of that case's suit
        decided = True
        named = {
            _caption_key(m.name)
            for m in mentions
            if m.kind == "case"
            and m.name
            and _DECIDED.match(m.authority or "")
            # (not a decision told by its year or what it overruled, "the decision two years
            # ago overturning Roe v. Wade": a precedent cited, not the one decided now)
            and m.matcher != "precedents"
        }
    if not named:
        return mentions  # no caption named: no known suit to place them by
    # the rows whose captions are named, in the table's order (looked up, not each row tried)
    index, rows = _caption_index(), lawsuits()
    suits = [rows[i] for i in sorted({i for key in named for i in index.get(key, ())})]
    if len({row.court for row in suits}) != 1:
        return mentions  # no known suit, or several: the level alone says nothing
    suit = suits[0]
    if _stand_in(suit.court):
        return mentions  # its trial court has no id: "the judge" is not the high court
    # where the suit's caption is first named, and where each other case is: a ruling told
    # before the suit's caption and after another case's ("Trump v. CASA … A federal district
    # court judge blocked this order … Kennedy v. Braidwood Management") is that case's
    own = {k for k in named if any(rows[i] in suits for i in index.get(k, ()))}
    cases = [
        (m.start, _caption_key(m.name))
        for m in mentions
        if m.kind == "case" and m.name and not m.anaphor
    ]
    first_own = min((at for at, key in cases if key in own), default=None)
    others = [at for at, key in cases if key not in own]
    out = []
    for m in mentions:
        court = None
        if (
            m.kind == "ruling"
            and not m.court
            and not _names_a_place(m.text)
            and not _ANOTHER_JUDGE.match(m.text)
            and not _elsewhere(text, m, suit.court)
            and not (
                first_own is not None and m.start < first_own and any(at < m.start for at in others)
            )
            and not _older_object(m.text, suit)
        ):
            if decided and _LOWER_WORDS.search(m.text) and _ON_APPEAL.search(text or ""):
                pass  # (below the Supreme Court, with an appeals court told: which one is unsaid)
            elif DISTRICT_LEVEL.search(m.text):
                court = suit.court
            elif APPEALS_LEVEL.search(m.text):
                court = _appeals_court(suit.court)
        if court:
            m = m.with_(
                court=court,
                evidence=f"{m.evidence + '; ' if m.evidence else ''}the {court} court of "
                f"{suit.name}, the suit the article names",
            )
        elif (
            m.kind == "ruling"
            and not m.court
            and DISTRICT_LEVEL.search(m.text)
            and (older := _older_suits_court(m.text, suit)) is not None
        ):
            m = m.with_(
                court=older,
                evidence=f"{m.evidence + '; ' if m.evidence else ''}the {older} court of the "
                "earlier suits over what the ruling acted on, filed in the year it gives",
            )
        out.append(m)
    return out


# "The district court had found …", "the trial judge": words only a trial court answers to.
# (at the ruling's start: "The 9th Circuit upheld the district court's injunction" is the 9th
# Circuit's ruling)
_TRIAL_WORDS = deferred(
    r"(?:the|a|that)\s+(?:federal\s+)?(?:district|trial)\s+(?:court|judge)", re.IGNORECASE
)
_LOWER = deferred(r"(?:the|a|that)\s+lower[- ]court\b", re.IGNORECASE)
_THE_JUDGE = deferred(r"^[Tt]he\s+judge\b")
# An appeals court's refusal to pause a ruling ("declined to pause", "refused to block").
_DECLINED = deferred(
    r"\b(?:(?:declined|declining|refused|refusing)\s+to\s+(?:pause|halt|stay|block|lift)"
    r"|(?:denied|denying|rejected|rejecting)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:request|bid|motion|application)\s+(?:to|for)\s+(?:a\s+)?"
    r"(?:pause|stay|halt))\b"
)
# A lower court decision the Supreme Court declined to pause ("declining to pause a lower
# court decision"): told as the one paused, not as a court that ruled
_KEPT_LOWER = deferred(r"^(?:a|the)\s+lower[- ]court\s+(?:decision|ruling|order|injunction)\b")


def _other_rule_told(row: Lawsuit, laws: set[str]) -> bool:
    """Whether ``row`` challenges only rules (``fr:`` ids) and the article links another rule
    but none of them: "the U.S. Chamber of Commerce" and "trade groups" near a Fifth Circuit
    ruling on the SEC's climate rule are not its suit against the NLRB's joint employer rule
    (census41: a new ruling verb placed the Fifth Circuit's ruling in such a story)."""
    return (
        bool(row.challenges)
        and all(c.startswith("fr:") for c in row.challenges)
        and any(a.startswith("fr:") for a in laws)
    )


def _trial_words_on_appeal(m: Mention) -> bool:
    """A ruling the words call a trial court's that was placed at a court of appeals or the
    Supreme Court (the court of the sentence, not the court the words name)."""
    return (
        m.court is not None
        and _TRIAL_WORDS.match(m.text) is not None
        and (m.court in _APPEALS or m.court == "scotus")
        and not _names_a_place(m.text)
    )


def _stand_in(court: str) -> bool:
    """Whether a suit's ``court`` is a state's court of last resort standing in for a trial
    court courts-db has no id for (Kansas, Missouri, Utah, Wyoming: the row stands at the court
    that reviewed it). Its rulings are evidence, but a ruling told by level ("Judge Dianna
    Gibson has ruled", "the district court") is the unnamed trial court's, never placed there."""
    postal = courts.state_of_high_court(court)
    return postal is not None and courts.state_trial_court(postal) is None


def _place_by_told(
    mentions: list[Mention], told: set[tuple[str | None, str | None]], text: str | None = None
) -> list[Mention]:
    """Place the level-only rulings by the one suit the pass linked (no caption named, no
    second suit told): "the district court", "the trial court", "the lower court", "the judge"
    take its court; "the appeals court" its court of appeals. A trial court's words a ruling
    was given a court of appeals for ("The district court had found …" after "The 1st Circuit
    said") take the suit's court too. Two suits told, or a named caption, leave them alone."""
    if len(told) != 1:
        return mentions  # two suits: "the district court" cannot tell which
    name, court = next(iter(told))
    if not court or courts.level_of(court) == courts.LEVEL_APPEALS or _stand_in(court):
        return mentions
    # another trial court's ruling in the article: its "the district court" may be that one
    trial = {
        m.court
        for m in mentions
        if m.kind == "ruling"
        and m.court
        and courts.level_of(m.court) not in (courts.LEVEL_APPEALS, courts.LEVEL_SUPREME)
    }
    if trial - {court}:
        return mentions
    appeals = _appeals_court(court)
    # "The lower court ruling was upheld" given the suit's court of appeals: below it, in a
    # story with no Supreme Court ruling, is the suit's own court
    supreme = any(m.kind == "ruling" and m.court == "scotus" for m in mentions)
    # "… declining to pause a lower court decision …", where the suit's court of appeals only
    # declined to pause it too: the decision kept in place is the trial court's (twenty-fourth
    # session)
    kept = supreme and any(
        m.kind == "ruling" and m.court == appeals and _DECLINED.search(m.text) for m in mentions
    )
    out = []
    for m in mentions:
        place = None
        if m.kind == "ruling" and not m.court and _elsewhere(text, m, court):
            pass  # a paragraph about another state: another suit's court
        elif m.kind == "ruling" and not m.court and _ANOTHER_JUDGE.match(m.text):
            pass  # "another federal judge rejected …": not the told suit's judge
        elif m.kind == "ruling" and not m.court and not _names_a_place(m.text):
            if supreme and "ower" in m.text and not (kept and _KEPT_LOWER.search(m.text)):
                pass  # below the Supreme Court, "the lower court" may be the court of appeals
            elif DISTRICT_LEVEL.search(m.text) or _THE_JUDGE.match(m.text):
                place = court
            elif APPEALS_LEVEL.search(m.text):
                place = appeals
        elif m.kind == "ruling" and (
            _trial_words_on_appeal(m)
            or (
                m.court == appeals
                and not supreme
                and _LOWER.match(m.text) is not None
                and not _names_a_place(m.text)
                and not _below_the_supreme_court(text, m)
            )
        ):
            place = court
        if place:
            m = m.with_(
                court=place,
                confidence=min(m.confidence, 0.6),
                evidence=f"{m.evidence + '; ' if m.evidence else ''}the {place} court of "
                + (f"{name}, the one suit the article tells" if name else "the known suits")
                + (" the article tells" if not name else ""),
            )
        out.append(m)
    return out


# A state as a party, however a caption spells it: "State of Montana", "Commonwealth of
# Virginia", "People of the State of New York" are "Montana", "Virginia", "New York" (on a
# caption key: lower case, punctuation gone), at the start of either party only.
_STATE_PARTY = deferred(
    r"(?:^|(?<= v ))(?:people of (?:the )?)?(?:state|commonwealth) of |^people of "
)


def _state_folded(key: str) -> str:
    return _STATE_PARTY.sub("", key)


@cache
def _folded_captions() -> dict[str, tuple[int, ...]]:
    """The known lawsuits by each caption key of theirs with the state's "State of" folded."""
    out: dict[str, set[int]] = {}
    for i, row in enumerate(lawsuits()):
        for key in _row_keys(row):
            out.setdefault(_state_folded(key), set()).add(i)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def row_captions(mentions: list[Mention]) -> list[Mention]:
    """A caption printed short of its row's ("Rowe v. Vermont" for the table's "Rowe v. State
    of Vermont"): the case, and each mention that copied its name, take the row's caption,
    when the name fits one row only once a state's "State of" / "Commonwealth of" / "People
    of" is set aside and fits no row as printed."""
    index, folded, rows = _caption_index(), _folded_captions(), lawsuits()
    out = []
    for m in mentions:
        if m.kind in ("case", "ruling") and m.name and " v" in m.name:
            key = _caption_key(m.name)
            hits = folded.get(_state_folded(key), ())
            if key not in index and len(hits) == 1 and rows[hits[0]].name != m.name:
                m = m.with_(name=rows[hits[0]].name)
        out.append(m)
    return out


# "a federal court in Texas issued an Order …", "Texas Court Blocks …": a trial court told by
# its state alone; words of a higher court keep it unplaced
_COURT_WORD = deferred(r"\b(?:[Cc]ourt|[Jj]udge)\b")
_HIGHER_WORDS = deferred(
    r"\b(?:appeals|appellate|circuit|supreme|high\s+court|justices?|panel)\b", re.IGNORECASE
)


def place_by_state(mentions: list[Mention]) -> list[Mention]:
    """A ruling told only by its state's name ("a federal court in Texas", "Texas Court Blocks
    FTC Ban") takes the court of the known suit the article names, by its caption or by the
    rule or law it challenges, when exactly one court of that state holds such suits
    (twenty-fifth session). Several districts of that state among them: left unplaced."""
    unplaced = [
        m
        for m in mentions
        if m.kind == "ruling"
        and not m.court
        and _COURT_WORD.search(m.text)
        and not _HIGHER_WORDS.search(m.text)
        and _state_pattern().search(m.text)
    ]
    if not unplaced:
        return mentions
    index, by_law, rows = _caption_index(), _row_index(), lawsuits()
    picked: set[int] = set()
    for m in mentions:
        if m.kind == "case" and m.name and not _DECIDED.match(m.authority or ""):
            picked.update(index.get(_caption_key(m.name), ()))
        elif m.kind not in ("ruling", "case") and m.authority:
            picked.update(by_law.get(m.authority, ()))
    if not picked:
        return mentions
    by_state = courts.state_by_name()
    placed: dict[int, str] = {}
    for m in unplaced:
        named = set(_state_pattern().findall(m.text))
        places = set(place_word().findall(m.text))
        if len(named) != 1 or not places <= named:
            continue  # two states, or a city too: its words place it, not the suit
        state = by_state.get(next(iter(named)).lower())
        if state is None:
            continue
        found = {
            rows[i].court for i in picked if courts.postal_of_court(rows[i].court) == state.postal
        }
        if len(found) == 1:
            placed[m.start] = next(iter(found))
    if not placed:
        return mentions
    out = []
    for m in mentions:
        court = placed.get(m.start) if m.kind == "ruling" and not m.court else None
        if court:
            m = m.with_(
                court=court,
                evidence=f"{m.evidence + '; ' if m.evidence else ''}the {court} court of the "
                "known suit the article names in that state",
            )
        out.append(m)
    return out


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Unnamed lawsuits attached, then rulings placed only by level given their suit's court."""
    out = row_captions(attach(doc, mentions))
    out = place_rulings(out, doc.memo(_EVIDENCE_COURTS, frozenset), doc.text)
    return place_by_state(out)


def _below_the_supreme_court(text: str | None, m: Mention) -> bool:
    """ "… the Supreme Court deadlocked in the case, leaving the lower court's ruling in
    place": a lower court its own sentence sets below the Supreme Court is the court of
    appeals the case came from, not the suit's trial court."""
    if text is None:
        return False
    start = max(text.rfind(". ", max(0, m.start - 300), m.start), text.rfind("\n", 0, m.start))
    return "Supreme Court" in text[max(start, m.start - 300) : m.start]


def _elsewhere(text: str | None, m: Mention, court: str | None) -> bool:
    """A ruling whose paragraph names only other states than the suit's district court's
    (a digest's next story: "In May, Tennessee enacted a law … U.S. District Judge Aleta
    Trauger issued a preliminary injunction" after an Idaho suit's caption)."""
    return (
        text is not None and court is not None and paragraph_of_another_state(text, m.start, court)
    )


PASS = Pass(
    name="lawsuits",
    emits=("case", "ruling"),
    anchors=(PHRASE_ANCHOR, TITLE_ANCHOR, FILING_ANCHOR),
    run=run,
    needs_anaphora=True,
)
