"""Rulings described in plain words: "A federal judge in Oregon blocked Trump's bid …".

How it works, in three passes over the text:

1. **Court phrases** — "a federal judge in Oregon", "U.S. District Judge April Perry",
   "the 9th U.S. Circuit Court of Appeals", "the nation's highest court", "the panel",
   "Breyer" (a judge named earlier) — each resolved to a CourtListener court id from
   ``linker.courts`` data, or from the discourse (a generic "a federal judge" takes the court
   of the judge the article names next; "the court" the court named last).
2. **Ruling clauses** — a court phrase that is the subject of a ruling verb ("blocked",
   "struck down", "ruled", "granted", "issued a ruling", passive "was blocked by …"). The span
   is the subject plus the verb phrase, cut before a following law's name ("the Title IX
   rule", "the Alien Enemies Act") so that mention stays the statute matcher's.
3. **Ruling nouns** — "the ruling", "his 31-page decision", "today's preliminary
   injunction", "the judge's order", "the 9th Circuit's decision", "the Oregon decision".
   Those that point back are ``anaphor=True`` and take the court of the ruling before them.

Discourse decides what generic phrases mean: "the district court"/"the panel" is the
compatible court named before (a Court of International Trade panel included; courts in a
judge's aside such as "the brother of retired Justice Stephen Breyer" do not count), an
appeals court without a circuit hears appeals from the places its sentence names or from the
district court the article named, "his decision" is a ruling only when the person it points
to is a judge (the subject of its sentence, else the person named nearest before it), and
"she had already halted …" is a ruling of the judge last named.

State courts: "the Colorado Supreme Court", "Colorado's top court", "the New York Court of
Appeals", "the Texas Court of Criminal Appeals" name a court of last resort (``high_courts``
in ``federal_districts.csv``); "the state's highest court" is that of the state last named;
"Colorado court rules" is a court of that state, the one the article names next (never the
federal district). "A lower court ruling"/"the lower court" is the court named in the same
sentence or the next, else the article's single lower court, else no court.

Places and salience (seventeenth session): the one state a ruling's own sentence names beats
the dateline ("DENVER — A federal judge blocked Utah's law" is Utah's district), and "<Place>,
where a federal judge …" is that place's; a bare "the court"/"the ruling" after a precedent the
article only cites ("In 2022, the Supreme Court ruled in …") is the court of the article's news
ruling, not the cited one.

Not rulings: what a court may or will do ("until the Supreme Court rules", "if the court
rules", "is expected to rule", "said it will hear arguments"), a justice siding with
colleagues, a ruling clause after "In <Case v. Name>," (but for a digest's list item, "•
Label: In <Case v. Name>, the Court upheld …", which tells that case's ruling) and a ruling noun
describing a landmark ("the decision overturning Roe v. Wade", "the ruling in Dobbs"): the
case's name is that mention. Spans end before a named plan or rule, a case name, a relative
clause and a line break. Back-references join only confident rulings with a court, preferring
rulings told as news over those told as another ruling's object ("reversed a lower court
ruling").

Grants of review are rulings ("agreed in March to hear", "said Monday it will hear"): the
span ends at the verb, and no "the ruling" after a grant points back to it. A court named in
full that "said" something is its ruling; a judge whose court the text does not give and who
"wrote that …" or is "writing for the majority" continues the ruling told just before.

Histories: a reviewing court's object that names a court below ("upheld the district court's
injunction", "reversed the appeals court's decision") is a ruling of its own; "the
injunction"/"the TRO" point back to the trial court's ruling, "the earlier ruling" to the one
before the latest; "the full circuit"/"the en banc court" are the appeals court named before;
a finding restated after its court's ruling ("The court found …") is not reported again.
A reviewing clause ends before what it stays or overturns pointed back to ("granted a motion to
stay the injunction", "overturned those decisions", "vacated its prior decision"): that noun is
the ruling below. A noun appealed or stayed right after a trial ruling the article never placed
("the district court ordered … The state appealed the decision") is left out, not given the higher
court told before it. A clause also ends before a law's phrase with no determiner ("ruled seven
new election rules void") or a share of it ("vacated the entire set of regulations").

Plain "the order"/"the opinion" are rulings only where no executive order or proclamation
was mentioned before them (otherwise the anaphora module decides). Clauses inside quotations
are not reported as rulings (a speaker's "the Supreme Court has upheld the Rule of Law" is
rhetoric, not a report), but back-references there are. (A quoted clause that tells in the past
the ruling just reported, "… and now a federal judge has agreed with us and granted an
injunction," was read in the twenty-first session and reverted: it cost held-back precision.)

Blog style (nineteenth session): a caption dated to the day of its decision ("In Doe v. Roe,
(10th Cir., Mar. 3, 2023), the 10th Circuit rejected …") is a slip opinion its sentence
reports, so the clause after it is a ruling besides the case's name; "The court said in part:"
continues the ruling told before, and the paragraph it sets out below (the opinion's own
words, with no quotation marks) reports no ruling of its own.
"""

from __future__ import annotations

import bisect
import re
import sys
from functools import cache

from ... import courts as C
from ...lexicon import words as lexicon_words
from ...links import courtlistener_search
from ...models import Mention
from ...models import quick_replace as replace
from ..doc import Anchor, Doc
from ..lazyre import deferred, lazy
from ..registry import Pass
from ..sentences import sentence_start
from ..spans import SpanSet
from .clauses import LEGAL_WORDS, VERB_HEADS, find_clauses, ruling_noun_before
from .common import Found, sentence_span
from .countycourts import county_courts
from .courtpatterns import place_word
from .courtrefs import (
    COURT_WORDS,
    HEAD_WORDS,
    PATTERN_WORDS,
    CourtRef,
    court_phrases,
    foreign_anchor,
)
from .discourse import _MASTHEAD, CourtRefs, fill_courts, is_state_appellate, refs_between
from .documents import as_the_court_held, deck_nouns, document_nouns, finding_nouns
from .nouns import NOUN_HEADS, find_nouns, sits_in_panels
from .reviewed import reviewed
from .suitjudges import fronted_possessives, said_rulings, unreported
from .verbs import GRANT_ENDS, issued_noun_end, object_end, other_object, verb_ok
from .votes import vote_nouns
from .words import CASE_NAME, DAYS, RN_HEAD, RN_MODS, RV, STOPWORDS, TRAIL, VOTE_SPLIT, YEAR_IN

_TERM_WORD = deferred(r"[A-Za-z][A-Za-z'’-]+")
# (a day or a month tells when, not what: no search word)
_WHEN_WORDS = frozenset(w.lower() for w in (*lexicon_words("weekday"), *lexicon_words("month")))


def _terms(text: str, f: Found, refs: CourtRefs | None = None) -> list[str]:
    # (from the court or judge it names to its end; a judge named after it, "In his ruling,
    # Judge X", gives no words: then the mention's own. A court named after the judge, "Judge
    # X of the District Court for the District of Y, ordered", gives none either: the search
    # is for the ruling's subject, not the court's name)
    start = f.ref.end if f.ref and f.ref.end < f.end else f.start
    if refs:
        for r in refs[bisect.bisect_left(refs.starts, start) :]:
            if r.start >= f.end:
                break
            if r.end < f.end:
                start = max(start, r.end)
    seg = text[start : f.end]
    words = _TERM_WORD.findall(seg)
    out: list[str] = []
    for w in words:
        lw = w.lower()
        if lw in STOPWORDS or len(w) < 4 or lw == f.act or lw in _WHEN_WORDS:
            continue
        if w not in out:
            out.append(w)
    return out[:4]


def _legal(doc: Doc) -> bool:
    """Whether the article speaks of law (``LEGAL_WORDS``): "the league's constitution", a
    body's own rules, does not count."""
    text = doc.text
    return any(
        text[s:e].lower() != "constitution" or text[max(0, s - 3) : s] not in ("'s ", "’s ")
        for s, e in doc.hits(LEGAL_WORDS.name)
    )


@cache
def _federal_trial_courts() -> frozenset[str]:
    return frozenset(d for st in C.states().values() for d in st.districts)


def _federal_trial(court: str | None) -> bool:
    """Whether ``court`` is a federal district court (none below it whose order it blocks)."""
    return court is not None and court in _federal_trial_courts()


# A court that "erred" is what another court held of it: "the Supreme Court ruled that the
# 5th Circuit erred in its finding that … and further found …" — the verb after is the
# reviewing court's, not a ruling of the court that erred
_ERRED = deferred(r"\b(?:erred|errs|was\s+wrong|got\s+it\s+wrong)\b")


def _erred_before_act(text: str, f: Found) -> bool:
    """Whether the words between the clause's court and its verb say that court erred."""
    if not f.act or f.ref is None:
        return False
    v = text[f.start : f.end].lower().find(f.act.lower())
    if v < 0:
        return False
    a, b = f.ref.end, f.start + v
    return a < b and _ERRED.search(text, a, b) is not None


def _before_object(text: str, f: Found) -> int:
    """Where the mention ends: before an object that is a law told by its topic ("blocked the
    broader ban"), which is a mention of its own; else where the clause ends."""
    if not f.act:
        return f.end
    v = text[f.start : f.end].lower().find(f.act.lower())
    if v < 0:
        return f.end
    vend = f.start + v + len(f.act)
    cut = issued_noun_end(text, vend, f.end, f.act)
    if cut is not None:
        return cut
    trial = _federal_trial(f.court) or (
        f.court is None
        and f.ref is not None
        and f.ref.role == "judge"
        and f.ref.level == C.LEVEL_DISTRICT
    )
    cut = other_object(text, vend, f.end, f.act.lower(), trial=trial)
    if cut is None:
        return f.end
    while cut > vend and text[cut - 1].isspace():
        cut -= 1
    return cut


def find(doc: Doc) -> list[Mention]:
    """Ruling mentions in the text (kind ``ruling``, ``authority`` None, ``court`` set when
    known, ``url`` a CourtListener search for that court and the ruling's subject terms)."""
    text, ctx = doc.text, doc
    quotes = doc.quotes  # the same pairs quote_spans finds
    phrases = county_courts(text, court_phrases(doc))
    refs = CourtRefs(
        county_courts(
            text,
            _in_the_same_state(
                text, _nine_votes(text, fill_courts(phrases, text=text, quotes=quotes))
            ),
            follow=True,
        )
    )
    legal = _legal(doc)
    # (sorted by start: the automaton gives hits in the order they end, and a short head
    # inside a longer one — "is" in "dismissed" — ends first)
    clauses = find_clauses(text, refs, quotes, sorted(doc.hits(VERB_HEADS.name)), legal)
    clauses += _with_gerunds(text, refs, clauses)
    clauses += _by_gerunds(text, refs, clauses)
    clauses += _in_gerunds(text, refs, clauses)
    clauses += _first_conjuncts(text, refs, clauses)
    clauses += _plural_judges(text, refs, clauses)
    clauses = _justices_listed(text, refs, clauses)
    said = said_rulings(text, refs, clauses)
    clauses += said
    if ctx.date and ctx.date[:4].isdigit():
        clauses = [_dated_earlier(text, f, int(ctx.date[:4])) for f in clauses]
    year = int(ctx.date[:4]) if ctx.date and ctx.date[:4].isdigit() else None
    clauses = _court_of_the_news(text, clauses, year)
    clauses = [_background_below(text, f) for f in clauses]
    nouns = find_nouns(
        text,
        refs,
        # (a grant of review, "agreed to hear", is no ruling "the ruling" after it points
        # back to: that is mostly the ruling under review)
        [c for c in clauses if c.confidence >= 0.5 and not c.act.endswith(GRANT_ENDS)],
        quotes,
        doc.hits(NOUN_HEADS.name),
    )
    nouns += _heading_nouns(text, refs, clauses)
    nouns += document_nouns(text, refs, clauses)
    nouns += finding_nouns(text, clauses)
    nouns += as_the_court_held(text, refs, clauses)
    nouns += deck_nouns(text, clauses)
    nouns += vote_nouns(text, [*clauses, *nouns])
    nouns += _appositive_nouns(text, refs, clauses, nouns)
    nouns += fronted_possessives(text, refs, clauses, nouns)
    nouns = _court_of_the_news(text, [*clauses, *nouns], year, len(clauses))[len(clauses) :]
    # a restated finding still anchors the nouns after it, but is not reported
    told = _reviewed_objects(text, _without_restated_findings(text, clauses, refs), nouns)
    told = unreported(_outside_set_quotes(text, told), said)
    found = _merge(text, [_one_line(text, f) for f in told + nouns])
    found = _new_case_lines(text, refs, found)
    found = _placed_elsewhere(text, refs, found)
    found = _latest_ruling(text, found)
    found = reviewed(text, refs, found)
    out: list[Mention] = []
    courts_named = any(r.court for r in refs)
    for f in found:
        if f.confidence < 0.5 and f.court is None:
            continue
        if (
            not legal
            and not courts_named
            and f.court is None
            and f.anaphor
            and f.ref is not None
            and f.ref.anaphoric
            and f.ref.court is None
            and not any(c.start < f.start for c in clauses if c.confidence >= 0.5)
        ):
            continue  # "The panel's ruling" of a league's appeals panel: no law in the article,
            # no court named, no ruling told before it to refer back to
        if f.act in _UPHOLDING and _THE_CONSTITUTION.match(text, f.end):
            continue  # "Supreme Court upheld the Constitution in spite of …": a columnist's praise
        if f.anaphor and not f.act and f.court is None and _WHICH_AFTER.match(text, f.end):
            continue  # "challenge the decision in a similar suit" after an unplaced ruling:
            # the words after it say it is another ruling
        if f.anaphor and _TO_A_BODY.match(text, f.end):
            continue  # "an appeal of this decision to the City's Zoning Board": an office's
        if f.court == C.FOREIGN:
            continue  # another country's court: not linked, but its "decision" is not ours
        if _erred_before_act(text, f):
            continue  # "ruled that the 5th Circuit erred … and further found": the reviewer's
        if _not_a_ruling(text, f):
            continue
        if _roundup(text, f):
            continue  # many rulings told as one roundup: no one ruling to link
        if f.anaphor and _generic_in_quote(text, f, quotes):
            continue  # "“When the Supreme Court announces a major decision, … the decision’s
            # impact,” Block wrote": decisions in general, in the judge's words (census30 P15)
        terms = _terms(text, f, refs)  # (the object's words too: they are the search's topic)
        end = _before_object(text, f)
        if _PROCEEDING_AFTER.match(text, end) and _RULING_NOUN_END.search(text, f.start, end):
            continue  # "a preliminary injunction hearing", "the stay motion": no ruling yet
        if (
            not f.act
            and _NOT_GIVEN_AFTER.match(text, end)
            and _RULING_NOUN_END.search(text, f.start, end)
        ):
            continue  # "A final decision could come by June": one not given yet
        if _PRESENT_ACT.match(f.act) and _CONDITION_BEFORE.search(
            text, max(0, f.start - 24), f.start
        ):
            continue  # "whether or not the court rules before May": what may yet happen
        if _choice_pending(text, f):
            continue  # "postpone the decision on what to do": no ruling given
        if _stay_withheld(text, f):
            continue  # "harm would have resulted from the denial of the stay": one asked for
        if _inside_its_ruling(text, f, found):
            continue  # "In his ruling Monday, Frost rejected …": that ruling, counted once
        if _hypothetical_judge(text, f):
            continue  # "within hours a lone judge somewhere halts the whole thing": a scenario
        manner = _manner_noun(text, f, end) or _released_noun(text, f, end, found)
        ev = []
        if f.court:
            label = C.court_label(f.court)
            ev.append(f"court: {label}" + (f" ({f.ref.place})" if f.ref and f.ref.place else ""))
        if f.act:
            ev.append(f"act: {f.act}")
        if terms:
            ev.append("terms: " + ", ".join(terms))
        if f.anaphor:
            ev.append("refers back to the ruling before it")
        kind = "o" if f.court and C.level_of(f.court) in (C.LEVEL_SUPREME, C.LEVEL_APPEALS) else "r"
        out.append(
            Mention(
                start=f.start,
                end=end,
                text=text[f.start : end],
                kind="ruling",
                authority=None,
                court=f.court,
                confidence=f.confidence,
                anaphor=f.anaphor,
                url=courtlistener_search(" ".join(terms), f.court, kind),
                evidence="; ".join(ev) or None,
                matcher="rulings",
            )
        )
        if manner is not None:
            a, b = manner
            out.append(
                replace(
                    out[-1],
                    start=a,
                    end=b,
                    text=text[a:b],
                    confidence=0.75,
                    anaphor=True,
                    evidence=f"court: {C.court_label(f.court or '')}; how the ruling before it "
                    "was given",
                )
            )
    return out


# A jury's verdict that runs on over the charge it names ("A jury has found Mayor Smith guilty
# on a felony charge of …"): told with no court, the clause is the charge's (the statute), not
# a ruling to link
_JURY_VERDICT = deferred(
    r"\b(?:[Jj]ury|[Jj]urors)\b[^.;]*?\b(?:guilty|convicted|acquitted)\b[^.;]*?\b(?:charges?|"
    r"counts?)\s+(?:of|for)\b"
)
# What the Supreme Court of the United States never does: try and convict ("the Supreme Court
# panel convicted him of …" is another country's court)
_TRIAL_ACTS = frozenset({"convicted", "sentenced"})
# "The two charges the judge dismissed are: …": a clause that only names what a judge did
# (the subject of "are"), not a statement that the judge did it
_COPULA_END = deferred(r"[ \t]+(?:are|is|were|was)[ \t]*$")


def _not_a_ruling(text: str, f: Found) -> bool:
    """Whether the clause ``f`` found is a verdict, a foreign conviction or a noun's
    relative clause rather than a ruling."""
    if f.court is None and _JURY_VERDICT.search(text, f.start, f.end):
        return True
    if f.court == "scotus" and (
        f.act in _TRIAL_ACTS or (f.anaphor and text[f.start : f.end].lower() == "the verdict")
    ):
        return True  # (nor is "the verdict" after it its own)
    span = text[f.start : f.end].rstrip()
    if not f.act or not span.endswith(("are", "is", "were", "was")):
        return False
    cop = _COPULA_END.search(span)
    return cop is not None and span[: cop.start()].endswith(f.act)


# A roundup of many rulings, no one of them: "after a wave of federal court rulings blocked
# …", "a string of court decisions halted …" (the quantity noun just before the plural)
_ROUNDUP_BEFORE = deferred(
    r"\b(?:a|an|the)\s+(?:(?:new|recent|fresh|growing|long|latest)\s+)?(?:wave|string|series|"
    r"spate|flurry|slew|raft|barrage|rash|number|handful|host|stream|run|cascade)\s+of\s+$",
    flags=re.I,
)
_ROUNDUP_PLURAL = deferred(
    r"(?:(?:federal|state|lower|trial|appellate|appeals|district|recent|court|judges['’]?)\s+)*"
    r"(?:rulings|decisions|orders|opinions|injunctions)\b",
    flags=re.I,
)
_ROUNDUP_PHRASE = deferred(
    r"\b(?:wave|string|series|spate|flurry|slew|raft|barrage|rash|cascade)\s+of\s+"
    # ("a string of major decisions", "a series of significant rulings": census33 P3)
    r"(?:(?:federal|state|lower|trial|appellate|appeals|district|recent|court|judges['’]?|"
    r"major|significant|important|landmark|key|big|consequential|notable|high-profile|"
    r"blockbuster)\s+)*"
    r"(?:rulings|decisions)\b",
    flags=re.I,
)
# the bare plural that points back: "The rulings come ahead of …", "These rulings, issued …"
_BARE_PLURAL = deferred(r"(?:the|these|those)\s+(?:rulings|decisions)$", flags=re.I)
# a share of many rulings: "lost about 60% of the court rulings against it", "most of the
# decisions" (twenty-sixth session)
_SHARE_OF = deferred(
    r"\b(?:\d+(?:\.\d+)?\s*(?:%|percent)|most|many|some|all|half|none|several|dozens|"
    r"hundreds|(?:a|one|two)[- ](?:third|quarter)s?)\s+of\s+$",
    flags=re.I,
)
_PLURAL_END = deferred(r"(?:rulings|decisions|orders|injunctions|opinions)$")
# a court's end-of-term release, not one ruling: "released the final orders of the term"
_TERM_RELEASE = deferred(
    r"\breleased\s+(?:the|its)\s+(?:final|last|remaining)\s+(?:orders|opinions|decisions|"
    r"rulings)\b[^.;]{0,60}?\bterm\b",
    flags=re.I,
)


_INDEFINITE_RULING = deferred(r"\b(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:decision|ruling)\b")
# (census34 P15: "… to make a clear ruling … if I believe that the record supports that
# ruling": the hypothetical one the speaker's own words told)
_BARE_DEFINITE = deferred(r"(?:the|that)\s+(?:decision|ruling)(?:['’]s)?$", re.IGNORECASE)


def _generic_in_quote(text: str, f: Found, quotes: list[tuple[int, int]]) -> bool:
    """Whether the bare "the decision" ``f`` stands in a quotation whose own words before it
    told an indefinite "a (major) decision": that one, a decision in general, not the news."""
    if not _BARE_DEFINITE.match(text[f.start : f.end].strip()):
        return False
    i = bisect.bisect_right(quotes, (f.start, sys.maxsize)) - 1
    if i < 0 or not quotes[i][0] <= f.start < quotes[i][1]:
        return False
    return _INDEFINITE_RULING.search(text, quotes[i][0], f.start) is not None


def _roundup(text: str, f: Found) -> bool:
    """Whether ``f`` is a roundup of many rulings rather than one: a plural after "a wave /
    string / series of", the bare "the rulings" after such a roundup (its antecedent), or a
    court's release of the last orders of its term."""
    if _ROUNDUP_PLURAL.match(text, f.start) and _ROUNDUP_BEFORE.search(
        text, max(0, f.start - 40), f.start
    ):
        return True
    if _SHARE_OF.search(text, max(0, f.start - 30), f.start) and _PLURAL_END.search(
        text, f.start, f.end
    ):
        return True  # "has lost about 60% of the court rulings against it": a tally
    if f.anaphor and _BARE_PLURAL.match(text[f.start : f.end].strip()):
        return _ROUNDUP_PHRASE.search(text, max(0, f.start - 1200), f.start) is not None
    s0, s1 = sentence_span(text, f.start)
    if _PLURAL_IN_CASES.search(text, f.start, max(f.end, min(f.end + 40, s1))) is not None:
        return True  # "Supreme Court Issues Rulings on Several Cases": a digest's headline
    return _TERM_RELEASE.search(text, f.start, s1) is not None and s0 <= f.start


# rulings given in a number of cases at once (census46 P9): "Issues Rulings on Several
# Cases", "hands down decisions in four cases" — a round-up, not one ruling
_PLURAL_IN_CASES = deferred(
    r"\b(?:rulings|decisions|opinions|orders)\s+(?:on|in)\s+(?:several|multiple|many|"
    r"numerous|various|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:[\w-]+\s+)?(?:cases|matters|disputes|appeals)\b",
    flags=re.I,
)


# a court below's ruling brought in as background with its own relative clause: "The
# decision affirms a lower court ruling that struck down …"
_BELOW_RELATIVE = deferred(
    r"an?\s+(?:lower|trial)[- ]court\s+(?:ruling|decision|judgment|order|opinion)\s+"
    r"(?:that|which)\b",
    flags=re.I,
)


def _background_below(text: str, f: Found) -> Found:
    """The clause ``f``, no longer salient when it is "a lower court ruling that …": a
    court below's ruling told as the news ruling's object, which a later bare "the
    decision" or "the opinion" does not point back to (the news ruling it affirmed is)."""
    if f.salient and _BELOW_RELATIVE.match(text, f.start):
        return replace(f, salient=False)
    return f


# A ruling noun that names a proceeding, not a ruling: "a preliminary injunction hearing
# scheduled for April 21", "the injunction request", "a stay motion"
_PROCEEDING_AFTER = deferred(
    r"\s+(?:hearings?|motions?|requests?|applications?|petitions?|arguments?|briefs?|"
    r"filings?|proceedings?|days?|deadlines?)\b"
)
# a ruling noun followed by what says it is still to come: "could come any day", "is
# expected by June"
_NOT_GIVEN_AFTER = deferred(
    r"\s+(?:could|would|may|might|will|should|(?:is|are)\s+(?:expected|likely)\s+to)\s+"
    r"(?:(?:not|still|soon|also|likely)\s+)*(?:come|arrive|land|be\s+(?:issued|handed\s+down|"
    r"released|announced|made))\b"
    r"|\s+(?:is|are)\s+(?:still\s+)?(?:expected|due|pending)\s+"
    r"(?:by|in|on|before|next|later|soon|any|this|within)\b"
)
# a ruling verb in the present tense ("rules", "decides") after a word of condition or
# time: "whether or not the court rules", "if the justices side with", "until the judge rules"
_PRESENT_ACT = deferred(r"[a-z]+(?<!s)s(?:\s|$)")
_CONDITION_BEFORE = deferred(
    r"\b(?:[Ww]hether(?:\s+or\s+not)?|[Ii]f|[Uu]nless|[Uu]ntil|[Oo]nce|[Bb]efore|[Ww]hen)\s+$"
)
_RULING_NOUN_END = deferred(r"\b(?:injunction|order|stay|ruling|decision|TRO|judgment)$")

# An indefinite judge or court, the subject of a scenario told in the present tense ("a lone
# judge in some remote district halts the whole thing", "any judge blocks …"), and what
# makes it a scenario rather than a ruling told in the historical present: a judge no one in
# particular ("lone", "single", "any", "some", "somewhere") or a frame of what happens each
# time ("within hours", "every time", "whenever")
_INDEFINITE_JUDGE = deferred(
    r"(?:[Aa]n?|[Aa]ny|[Oo]ne|[Ss]ome)\s+(?:(?:single|lone|solitary|individual|unelected|rogue|"
    r"activist|random|district|federal|trial|court)\s+){0,3}(?:judge|court)\b"
)
_NO_ONE_IN_PARTICULAR = deferred(
    r"\b(?:[Aa]ny|[Ll]one|[Ss]ingle|[Ss]olitary|[Rr]andom|some|somewhere|anywhere)\b"
)
_SCENARIO_BEFORE = deferred(
    r"\b(?:[Ww]ithin\s+(?:hours|days|minutes)|[Ee]very\s+time|[Ee]ach\s+time|[Ww]henever|"
    r"[Aa]ll\s+it\s+takes\s+is)\b"
)


# "In his ruling Monday, Frost rejected the Legislature's effort …": a clause told inside a
# ruling its sentence opens with (twenty-seventh session, census40 P5)
_IN_ITS_RULING = deferred(
    r"(?:^|[.!?][”\"’']?\s+|\n)In\s+(?:his|her|its|their|the|that|this)\s+(?:[\w-]+\s+)?"
    r"(?P<noun>ruling|decision|opinion|order)\b[^,.;:\n]{0,40},\s+$"
)


def _inside_its_ruling(text: str, f: Found, found: list[Found]) -> bool:
    """Whether the clause ``f`` opens right after "In his ruling (Monday)," whose noun is
    itself a ruling found: what the ruling did, already counted as that noun."""
    if f.anaphor or not f.act:
        return False
    m = _IN_ITS_RULING.search(text, max(0, f.start - 70), f.start)
    if m is None or m.end() != f.start:
        return False
    a = m.start("noun")
    return any(g.start <= a < g.end and g.court == f.court for g in found if g is not f)


# "appeal the latest ruling to the Supreme Court": the newest ruling of the story's suit
_LATEST_NOUN = deferred(
    r"[Tt]he\s+(?:latest|most\s+recent|newest)\s+(?:ruling|decision|order|opinion)$"
)


def _latest_ruling(text: str, found: list[Found]) -> list[Found]:
    """ "Trump vowed to appeal the latest ruling" after an appeals court's ruling and the
    trial judge's order it reviewed, told in either order (twenty-seventh session, census40
    P9): a trial court's ruling in a district of a circuit whose ruling the article tells
    first, as its news (a clause, not recalled as past), is older than that circuit's, so
    "the latest" is the circuit's. One such circuit only."""
    out = list(found)
    for i, f in enumerate(found):
        if not f.anaphor or not f.court or not _LATEST_NOUN.match(text[f.start : f.end]):
            continue
        postal = C.postal_of_court(f.court)
        state = C.states().get(postal) if postal else None
        if state is None or not state.circuit:
            continue
        circuits = {
            g.court
            for g in found
            if g.end <= f.start and not g.anaphor and not g.background and g.confidence >= 0.5
            and g.court and C.level_of(g.court) == C.LEVEL_APPEALS
        }  # fmt: skip
        first = next((g for g in found if not g.anaphor and g.confidence >= 0.5), None)
        if circuits == {state.circuit} and first is not None and first.court == state.circuit:
            # (the circuit's ruling is the story's news: told first)
            out[i] = replace(f, court=state.circuit, ref=None)
    return out


# ", Justices Roberts, Scalia, Kennedy, Thomas, and Alito disagreed and granted a stay": the
# justices named as a list are the clause's subject, not the court before the comma
_JUSTICES_LIST = deferred(
    r"\s*,\s+(?P<j>Justices\s+[A-Z][\w'’-]+(?:\s*,\s+(?:and\s+)?[A-Z][\w'’-]+)*,?\s+"
    r"and\s+[A-Z][\w'’-]+)\s+(?:[a-z]+\s+and\s+)?[a-z]"
)


def _justices_listed(text: str, refs: CourtRefs, clauses: list[Found]) -> list[Found]:
    """A clause whose court is named before a comma and whose subject is a list of Justices
    by name after it (twenty-seventh session, census40 P9): the Supreme Court's, spanning
    from "Justices", where the article names the Supreme Court and no state's high court."""
    if "Justices " not in text:
        return clauses
    high = {
        r.court for r in refs if r.court and (r.court == "scotus" or C.is_state_high_court(r.court))
    }
    if high != {"scotus"}:
        return clauses
    out = []
    for f in clauses:
        if f.ref is not None and f.ref.court != "scotus" and f.ref.end < f.end:
            m = _JUSTICES_LIST.match(text, f.ref.end, f.end)
            if m is not None:
                f = replace(f, start=m.start("j"), court="scotus", ref=None)
        out.append(f)
    return out


# "irreparable harm would have resulted from the denial of the stay": a stay asked for, in
# what would follow if it were refused (twenty-seventh session, census40 P5)
_DENIAL_OF_BEFORE = deferred(r"\b(?:denial|denying|absence|lack|refusal)\s+of\s+$")
_WOULD = deferred(r"\b(?:would|could|might)\b")


# "postpone the decision on what to do", "the decision about whether to hear it": a choice
# still to be made, no ruling given (twenty-seventh session, census40 P5)
_PUT_OFF_BEFORE = deferred(
    r"\b(?:postpone[sd]?|postponing|defer(?:s|red|ring)?|delay(?:s|ed|ing)?|"
    r"put(?:s|ting)?\s+off)\s+$"
)
_CHOICE_AFTER = deferred(r"\s+(?:on|about|of|over)\s+(?:what|whether|how|which|when)\b")


def _choice_pending(text: str, f: Found) -> bool:
    """Whether the bare noun ``f`` ("the decision") is a choice still to be made."""
    if not f.anaphor or f.act or not text[f.start : f.end].endswith("decision"):
        return False  # ("the judge delayed his order": an order given, its effect put off)
    return bool(
        _PUT_OFF_BEFORE.search(text, max(0, f.start - 16), f.start)
        or _CHOICE_AFTER.match(text, f.end)
    )


def _stay_withheld(text: str, f: Found) -> bool:
    """Whether ``f`` is "the stay" told as what a refusal of it would bring about."""
    if not f.anaphor or not text[f.start : f.end].lower().endswith("stay"):
        return False
    if _DENIAL_OF_BEFORE.search(text, max(0, f.start - 20), f.start) is None:
        return False
    return _WOULD.search(text, sentence_start(text, f.start), f.start) is not None


def _hypothetical_judge(text: str, f: Found) -> bool:
    """ "A president signs an order, and within hours a lone judge in some remote district
    halts the whole thing": an indefinite judge (no court, no place a court is found by)
    acting in the present tense in a scenario is no ruling. A judge named by place or court
    ("a judge in Maryland blocks it") has a court and is kept."""
    if f.court is not None or not f.act or not _PRESENT_ACT.match(f.act):
        return False
    if _INDEFINITE_JUDGE.match(text, f.start) is None:
        return False
    verb = text.find(f.act, f.start, f.end + 1)
    subject = text[f.start : verb if verb > 0 else f.end]
    if _NO_ONE_IN_PARTICULAR.search(subject):
        return True
    s = sentence_start(text, f.start)
    return _SCENARIO_BEFORE.search(text, s, f.start) is not None


# what stands after a court's "said in part" that sets the opinion's words out below it
_SETS_OUT = deferred(r",?[ \t]*:[ \t]*\n\s*")


def _outside_set_quotes(text: str, clauses: list[Found]) -> list[Found]:
    """ "The court said in part:" and the opinion's words set out in the paragraph below it,
    with no quotation marks: that paragraph is the court's own text ("The Court has already
    found …"), quoted, so no ruling clause in it is the article's report."""
    blocks: list[tuple[int, int]] = []
    for f in clauses:
        m = _SETS_OUT.match(text, f.end)
        if m is not None and f.act.startswith(_SETTING_OUT):
            end = text.find("\n", m.end())
            blocks.append((m.end(), len(text) if end < 0 else end))
    if not blocks:
        return clauses
    return [f for f in clauses if not any(a <= f.start < b for a, b in blocks)]


_SETTING_OUT = ("said", "says", "wrote", "writes", "explained", "explains", "added", "adds",
                "stated", "states", "continued", "continues", "went on")  # fmt: skip


# A split vote of nine judges in all ("6-3", "5 to 4", "7–2"): the nine justices' count
_NINE_VOTE = deferred(r"\b([5-9])(?:[-–—](?:to[-–—])?|\s+to\s+)([0-4])\b(?![-–—]\d)")


def _nine_votes(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """The bare court a sentence of the Supreme Court's own signs points to, which the
    discourse gave a lower court named before it:

    - a vote of nine, or of eight with a justice recused ("In a 6-3 decision, the Court held …"
      after the Montana Supreme Court; "In a 5-3 decision, the Court ruled" after a state's
      criminal appeals court;
      "In a 5-4 order Friday, the court lifted it" after the 9th Circuit): the Supreme Court of
      the United States, never a trial court or a court of appeals (whose panels are three,
      their full courts ten or more); a state's high court only when "the Court" is
      capitalised and the sentence does not name that state court itself (a state's
      nine-member court told in its own words);
    - the grant of an application ("Granting the application, the court said …"): the
      Supreme Court, whose emergency docket is asked by application, when the article names
      it before (a court of appeals is asked by motion)."""
    out = refs
    supreme_before = [r.start for r in refs if r.court == "scotus" and not r.anaphoric]
    for k, r in enumerate(refs):
        if r.court is None or r.court == "scotus" or not r.anaphoric:
            continue
        words = text[r.start : r.end]
        if words.lower() not in ("the court", "the high court"):
            continue
        a, b = sentence_span(text, r.start)
        state_high = C.is_state_high_court(r.court)
        if state_high and words not in ("the Court", "The Court"):
            continue
        # (eight votes too: a justice recused or a seat empty, "In a 5-3 decision, the Court")
        nine = any(int(v[1]) + int(v[2]) in (8, 9) for v in _NINE_VOTE.finditer(text, a, b))
        granted = (
            not state_high
            and _GRANTS_APPLICATION.search(text, a, b) is not None
            and bool(supreme_before)
            and supreme_before[0] < r.start
        )
        if not (nine or granted):
            continue
        if any(o is not r and not o.anaphoric and o.court == r.court and a <= o.start < b
               for o in refs):  # fmt: skip
            continue
        if not state_high and C.level_of(r.court) not in (C.LEVEL_APPEALS, C.LEVEL_DISTRICT):
            continue
        if out is refs:
            out = list(refs)
        out[k] = replace(r, court="scotus")
    return out


_GRANTS_APPLICATION = deferred(
    r"\b(?:[Gg]rant(?:ed|ing|s)?|[Aa]pprov(?:ed|ing|es)|[Rr]eject(?:ed|ing|s)|[Dd]en(?:ied|ying|ies))"
    r"\s+(?:the|an?|its|their|his|her)\s+(?:(?:emergency|administration['’]s|government['’]s|"
    r"state['’]s)\s+)*application\b"
)


# "…, with a federal judge in Oregon temporarily blocking it": a court as the subject of a
# ruling verb's gerund after "with" (the verbs of ``ruling_verbs.csv`` that news tells a
# ruling by most, in their -ing form; adverbs of time and manner may stand between)
_WITH_GERUND = deferred(
    r"(?:,?\s+(?:temporarily|partially|partly|permanently|also|already|previously|recently|"
    r"initially|later|now|then|effectively|largely|again|ultimately|eventually|last\s+"
    r"(?:week|month|year)|earlier\s+this\s+(?:week|month|year)))*\s+"
    r"(?P<v>blocking|halting|pausing|striking\s+down|upholding|siding\s+with|enjoining|"
    r"throwing\s+out|tossing|rejecting|reversing|vacating|overturning|invalidating|barring|"
    r"stopping|affirming|lifting|staying|freezing|suspending|reinstating|declaring|"
    r"knocking\s+down|setting\s+aside|dismissing|ordering|issuing|"
    # ("with the justices declining to pause a lower court decision": a refusal is a ruling)
    r"(?:declining|refusing)\s+to\s+(?:pause|lift|block|stay|halt|disturb|overturn|reverse|"
    r"reinstate|hear|take\s+up|review|intervene)|"
    # ("with a ruling expected": a noun; "with the judge ruling that …": the verb)
    r"(?:ruling|finding|holding)(?=\s+(?:that|in\s+favor|for|against)\b))\b"
)


_NOUN_GERUNDS = frozenset({"ruling", "finding", "holding"})


def _with_gerunds(text: str, refs: CourtRefs, clauses: list[Found]) -> list[Found]:
    """ "The rule was to take effect in July, with a judge in Arlow temporarily blocking it":
    a court placed right after "with" and followed by a ruling verb's gerund is a ruling
    clause as "a judge in Arlow temporarily blocked it" is (only a court the discourse
    placed; the span is the court and the verb)."""
    if "ing" not in text or "with " not in text:
        return []
    taken = [(f.start, f.end) for f in clauses]
    out: list[Found] = []
    for r in refs:
        if not r.court or r.destination or r.court == C.FOREIGN:
            continue
        if not (text.endswith("with ", 0, r.start) or text.endswith("With ", 0, r.start)):
            continue
        m = _WITH_GERUND.match(text, r.end)
        if m is None or any(a <= r.start < b for a, b in taken):
            continue
        if r.role == "court" and m.start("v") == r.end + 1 and m.group("v") in _NOUN_GERUNDS:
            continue  # "disagreed with the Supreme Court ruling that …": a noun, not a verb
        if ruling_noun_before(text, sentence_span(text, r.start)[0], r.start, r.anaphoric, r.judge):
            continue  # "The ruling expanded an earlier injunction with Judge Roe ordering
            # that …": what the ruling its sentence tells did, no second ruling (census36 P10)
        out.append(Found(r.start, m.end(), r.court, r.anaphoric, 0.8, m.group("v"), r))
    return out


# "A federal judge relied on the First Amendment in temporarily pausing enforcement of …": a
# court that cited its grounds "in" a ruling verb's gerund (census41 P5). The court is the
# subject of the verb of grounds right after it; the gerund after "in" is its ruling.
_IN_GERUND = deferred(
    r"\s+(?:(?:also|heavily|largely|partly|again)\s+)?"
    r"(?P<mv>relied\s+(?:heavily\s+|largely\s+|partly\s+|mainly\s+)?on|leaned\s+on|drew\s+on|"
    r"cited|invoked|pointed\s+to)\s+[^,.;:!?\n()\"“”—–]{1,80}?\s+in\s+"
    r"(?:(?:temporarily|partially|partly|permanently|effectively|preliminarily)\s+)?"
    r"(?P<v>blocking|halting|pausing|striking\s+down|upholding|enjoining|throwing\s+out|"
    r"tossing|rejecting|reversing|vacating|overturning|invalidating|barring|stopping|"
    r"affirming|lifting|staying|freezing|suspending|reinstating|dismissing|siding\s+with)\b"
)


def _in_gerunds(text: str, refs: CourtRefs, clauses: list[Found]) -> list[Found]:
    """ "A federal judge relied on the First Amendment in temporarily pausing enforcement":
    a court (or judge) followed by the verb of its grounds ("relied on", "cited", "invoked")
    and a ruling verb's gerund after "in" is a ruling clause, as "a federal judge paused
    enforcement" is (the span is the court through the gerund; a law named between keeps its
    own mention, and the span is cut before it when the mentions are settled)."""
    if "ing" not in text or " in " not in text:
        return []
    taken = [(f.start, f.end) for f in clauses]
    out: list[Found] = []
    for r in refs:
        if (
            r.destination
            or r.court == C.FOREIGN
            or r.role not in ("judge", "court", "panel", "justices")
        ):
            continue
        m = _IN_GERUND.match(text, r.end)
        if m is None or any(a <= r.start < b or a < m.end() <= b for a, b in taken):
            continue
        if ruling_noun_before(text, sentence_span(text, r.start)[0], r.start, r.anaphoric, r.judge):
            continue  # "The ruling cited … in blocking": what a ruling told before did
        out.append(Found(r.start, m.end(), r.court, r.anaphoric, 0.8, m.group("v"), r))
    return out


# "By declining to take up her appeal, the justices left …": a refusal to review told as a
# gerund after "by", its court the subject after the comma (census34 P2)
_BY_REFUSING = deferred(
    r"\b[Bb]y\s+(?P<v>(?:declining|refusing)\s+to\s+(?:take\s+up|hear|review|consider))\b"
    r"[^.;:!?\n]{0,80}?,\s+$"
)


def _by_gerunds(text: str, refs: CourtRefs, clauses: list[Found]) -> list[Found]:
    """ "However, by declining to take up Davis's case, the justices have left …": the
    refusal is the court's ruling (the Supreme Court's or a court that sits in panels, named
    right after the comma); the span is the gerund and its verb."""
    if "declining to" not in text and "refusing to" not in text:
        return []
    taken = [(f.start, f.end) for f in clauses]
    out: list[Found] = []
    for r in refs:
        if not r.court or r.role not in ("court", "justices", "panel") or r.destination:
            continue
        if r.court != "scotus" and not sits_in_panels(r.court):
            continue
        m = _BY_REFUSING.search(text, max(0, r.start - 130), r.start)
        if m is None or any(a <= m.start("v") < b for a, b in taken):
            continue
        out.append(Found(m.start("v"), m.end("v"), r.court, True, 0.75, "declined", r))
    return out


# "A Maryland district court and the U.S. Court of Appeals for the 4th Circuit ruled against
# them": two courts, one verb
_AND_BETWEEN = deferred(r"\s+and\s+(?:then\s+)?$")


def _first_conjuncts(text: str, refs: CourtRefs, clauses: list[Found]) -> list[Found]:
    """ "A Maryland district court and the U.S. Court of Appeals for the 4th Circuit ruled
    against them, but the Supreme Court reversed": the first of two courts that are the
    subject of one ruling clause ruled too; its mention is its court phrase (the verb is the
    clause's). Only a court phrase with a court of its own words (not one "appealed to")
    right before the clause's subject, joined by "and"."""
    if " and " not in text:
        return []
    out: list[Found] = []
    taken = {f.start for f in clauses}
    for f in clauses:
        r = f.ref
        if r is None or r.start != f.start or not f.court or f.confidence < 0.7:
            continue
        k = bisect.bisect_left(refs.starts, r.start) - 1
        if k < 0:
            continue
        o = refs[k]
        if not o.court or o.destination or o.anaphoric or o.court == C.FOREIGN:
            continue
        if o.start in taken or o.court == f.court or o.role not in ("court", "judge"):
            continue
        if _AND_BETWEEN.search(text, o.end, r.start) is None or r.start - o.end > 12:
            continue
        a, _ = sentence_span(text, f.start)
        lead = text[a : o.start].strip(' \t\n"“')
        if o.start < a or (lead and not lead.endswith(",")):
            continue  # (the first court opens its sentence, or its clause after a lead-in:
            # "sued in a Maryland district court and the 4th Circuit ruled" is a venue)
        out.append(Found(o.start, o.end, o.court, False, f.confidence, f.act, o))
    return out


# "Judges in the Southern District of New York and the Eastern District of Washington both
# issued injunctions": judges of two named courts told as one subject (census37 P3)
_JUDGES_IN = deferred(r"\b(?:(?:[Ff]ederal|U\.S\.|[Dd]istrict)\s+)?[Jj]udges\s+in\s+$")
_JUDGES_IN_STATES = deferred(
    r"\b(?:[Ff]ederal|U\.S\.|[Dd]istrict)\s+judges\s+in\s+(?:two|three|four|five|several|\d)\s+"
    r"(?:different\s+)?states\b"
)
_BOTH = deferred(r"\s+(?:(?:both|each|separately|all)\s+)?")
_BOTH_RULINGS = deferred(
    r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:(?:national|nationwide|preliminary|universal|federal|"
    r"court)\s+)?(?:rulings|injunctions|decisions|orders)\b"
)
_BOTH_REACH = 400
_DAY_GAP = deferred(r"\s+(?:on\s+\w+day\s+|\w+day\s+)?")


def _plural_judges(text: str, refs: CourtRefs, clauses: list[Found]) -> list[Found]:
    """ "Judges in the District of Oregon and the Western District of Texas both issued
    injunctions": a ruling verb whose subject is the judges of two or more courts named
    ("and" between them); its court is the first one's (census37 P3). And "Federal judges in
    two states on Friday issued injunctions" right before such a sentence: the same rulings,
    told first, of that first court."""
    if "udges in " not in text:
        return []
    out: list[Found] = []
    taken = SpanSet([(f.start, f.end) for f in clauses])
    for i, r in enumerate(refs):
        j = _JUDGES_IN.search(text, max(0, r.start - 30), r.start)
        if j is None or not r.court or r.court == C.FOREIGN or r.role != "court":
            continue
        last = r
        for o in refs[i + 1 : i + 4]:
            if (
                (o.court or o.level)
                and o.role == "court"
                and _AND_BETWEEN.fullmatch(text, last.end, o.start)
                and o.start - last.end <= 12
            ):
                last = o
        if last is r:
            continue  # one court: the clause patterns read "the judge in …"
        b = _BOTH.match(text, last.end)
        v = RV().match(text, b.end()) if b else None
        if v is None or not verb_ok(text, v, sentence_span(text, last.end)[1]):
            continue
        if taken.overlaps(j.start(), v.end()):
            continue
        s1 = sentence_span(text, v.end())[1]
        end = object_end(text, v.start("verb"), v.end(), v.group("verb"), s1)
        out.append(Found(j.start(), end, r.court, False, 0.8, v.group("verb"), r))
        # ("… may appeal both national rulings": the two rulings told again, shortly after)
        both = _BOTH_RULINGS.search(text, end, min(len(text), end + _BOTH_REACH))
        if both is not None and not taken.overlaps(*both.span()):
            out.append(Found(both.start(), both.end(), r.court, True, 0.7, "", None))
        # ("Federal judges in two states on Friday issued …" in the sentence before)
        a0, _ = sentence_span(text, j.start())
        if a0 == 0:
            continue
        p0, p1 = sentence_span(text, a0 - 1)
        w = _JUDGES_IN_STATES.search(text, p0, p1)
        if w is None:
            continue
        adv = _DAY_GAP.match(text, w.end())
        v2 = RV().match(text, adv.end()) if adv else None
        if v2 is None or taken.overlaps(w.start(), v2.end()):
            continue
        end2 = object_end(text, v2.start("verb"), v2.end(), v2.group("verb"), p1)
        out.append(Found(w.start(), end2, r.court, False, 0.75, v2.group("verb"), r))
    return out


# A court phrase of no words of its own but a determiner and lower-case ones ("a federal
# court", "a lower court", "a lower-court judge"): its court is the discourse's, never its own
# Words after a ruling noun that say which ruling it is ("the decision in a similar suit")
_WHICH_AFTER = deferred(r"\s+(?:in|of|by|from|about|whether)\b")
_UNPLACED_WORDS = deferred(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][a-z-]*\s+){0,3}(?:court|judge)s?")
_INDEFINITE = deferred(r"(?:[Aa]n?\s|[Tt]he\s+lower)")


def _placed_elsewhere(text: str, refs: CourtRefs, found: list[Found]) -> list[Found]:
    """ "A federal judge in Oregon blocked the deployment. … the administration asked the
    justices to lift a lower court's order blocking patrols in Chicago", "Enforcement of the
    Texas law has been blocked by a federal court ruling": a ruling whose court phrase names
    no court of its own words ("a federal court", "a lower court") takes a court from the
    discourse, the one told before; where its own sentence names places and none of them
    lies in that court's state (or its circuit's states), that court is another story's, so
    the ruling keeps no court (a wrong link is worse than none)."""
    out = found
    placed: set[int] = set()  # (the rulings a judge's own words placed elsewhere)
    for i, f in enumerate(found):
        r = f.ref
        if f.court and r is not None and r.place and r.federal:
            # "CHICAGO — A recent decision by a federal judge in California": a court the
            # discourse gave a judge its own words place in another state is none of its
            # (the state's one district where it has one, else no court)
            # (the state printed after the city decides it: "Portland, Maine")
            pl = C.resolve_place(r.place)
            postal = r.postal or (pl.postal if pl is not None else None)
            own = _states_of(f.court)
            if postal and own and postal not in own:
                only = C.districts_of(postal) if r.level == C.LEVEL_DISTRICT else ()
                if out is found:
                    out = list(found)
                out[i] = (
                    replace(f, court=only[0])
                    if len(only) == 1
                    else replace(f, court=None, confidence=min(f.confidence, 0.6))
                )
                placed.add(i)
            continue
        if not f.court or r is None or r.place or r.postal or r.judge:
            continue
        if not (
            _UNPLACED_WORDS.fullmatch(text, r.start, r.end) and _INDEFINITE.match(text, r.start)
        ):
            continue
        own = _states_of(f.court)
        if not own:
            continue
        a, b = sentence_span(text, f.start)
        if any(o is not r and o.court == f.court for o in refs_between(refs, a, b)):
            continue  # (the court is named in the sentence itself)
        named = {p for p in _postals_named(text, a, b) if p}
        if named and not (named & own):
            if out is found:
                out = list(found)
            # "DENVER (AP) — A federal judge blocked Utah's new law": the one state its own
            # sentence names beats the dateline's, its only federal district where it has
            # one (a state of several districts: no court, never the dateline's)
            only = C.districts_of(next(iter(named))) if len(named) == 1 and r.federal else ()
            if len(only) == 1 and r.level == C.LEVEL_DISTRICT:
                out[i] = replace(f, court=only[0])
                continue
            below = _below_the_circuit(refs, r, a, b, named) if r.lower else None
            if below is not None:
                out[i] = replace(f, court=below)
                continue
            out[i] = replace(f, court=None, confidence=min(f.confidence, 0.6))
    return _moved_backs(found, out, placed) if placed else out


def _moved_backs(found: list[Found], out: list[Found], placed: set[int]) -> list[Found]:
    """The back-references ("The ruling", "the decision") right after a ruling whose judge's
    own words ``_placed_elsewhere`` (``placed``, by index): they took the court the discourse
    gave it, and now take the one it keeps ("CHICAGO — A recent decision by a federal judge
    in California … The ruling …": no court, not the dateline's), up to the next ruling that
    keeps a court of its own. (Not after "a lower court's order" a sentence of another state
    unplaced: that is another story's ruling, told in passing, not the one "the decision"
    after it continues.)"""
    moved: tuple[str | None, str | None] | None = None
    for i in sorted(range(len(out)), key=lambda k: out[k].start):
        f, was = out[i], found[i]
        if i in placed:
            moved = (was.court, f.court)
        elif (
            moved is not None
            and f.anaphor
            and (f.ref is None or f.ref.anaphoric)
            and f.court == moved[0]
        ):
            out[i] = replace(
                f, court=moved[1], confidence=f.confidence if moved[1] else min(f.confidence, 0.6)
            )
        elif not f.anaphor or f.court != (moved[0] if moved else None):
            moved = None
    return out


def _below_the_circuit(refs: CourtRefs, r: CourtRef, a: int, b: int, named: set[str]) -> str | None:
    """ "the Ninth Circuit … on whether to lift a lower court's order blocking the deployment
    of troops into Portland": below the one federal court of appeals its sentence names before
    it, a lower court sits in that circuit; the one state of the circuit the sentence's places
    name (a city of two states: the one in the circuit), where it has one federal district,
    gives it that district."""
    circuits = {
        o.court
        for o in refs_between(refs, a, r.start)
        if o.court and o.end <= r.start and C.level_of(o.court) == C.LEVEL_APPEALS
    }
    if len(circuits) != 1:
        return None
    own = _states_of(next(iter(circuits)))
    inside = named & own
    if len(inside) != 1:
        return None
    only = C.districts_of(next(iter(inside)))
    return only[0] if len(only) == 1 else None


# "Another judge in the same state ruled …", "a judge in the same district": where the court
# before it sits
_SAME_PLACE = deferred(r"\s+in\s+the\s+same\s+(?P<what>state|district)\b")
_SAME_REACH = 800  # how far back the court it shares a place with may be named


def _in_the_same_state(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "In Minnesota, Chief Judge Jane Roe found … Another judge in the same state ruled …":
    a judge or court of no court of its own "in the same state" sits in the state of the
    federal district court named last before it, which is its court where the state has that
    one district ("in the same district": that district whatever the state)."""
    if " the same " not in text:
        return refs
    out = refs
    for i, r in enumerate(refs):
        if r.court or r.role not in ("judge", "court"):
            continue
        m = _SAME_PLACE.match(text, r.end)
        if m is None:
            continue
        prev = next(
            (
                o
                for o in reversed(refs[:i])
                if o.court and o.end <= r.start and r.start - o.end <= _SAME_REACH
            ),
            None,
        )
        if prev is None or prev.court is None:
            continue
        postal = C.postal_of_court(prev.court)
        if postal is None:
            continue  # (a court of appeals', a state's court: no one district to give)
        if m.group("what") == "state" and len(C.districts_of(postal)) != 1:
            continue
        if out is refs:
            out = list(refs)
        out[i] = replace(r, court=prev.court, postal=postal, end=m.end())
    return out


# A ruling clause's own ruling told again as an appositive at its sentence's end: "A federal
# judge blocked the plan on Friday — a ruling that could benefit thousands", ", a decision
# that drew praise" (the noun and a relative clause saying what it does)
_APPOSITIVE = lazy(
    # (a dash may touch the noun: "upheld the injunction—a decision that …")
    r"(?:,\s+|\s*[—–]\s*|\s+--?\s+)(?P<np>an?\s+(?:[\w-]+\s+){0,2}?(?:ruling|decision))"
    r"\s+(?:that|which)\s"
)


def _appositive_nouns(
    text: str, refs: CourtRefs, clauses: list[Found], nouns: list[Found]
) -> list[Found]:
    """ "A federal judge agreed on Friday to block the policy — a ruling that could benefit
    thousands": the noun after a confident ruling clause of a known court, in the clause's
    own sentence with no other court or ruling named between them, is that ruling again."""
    if "ruling" not in text and "decision" not in text:
        return []
    out: list[Found] = []
    for f in clauses:
        if not f.court or f.confidence < 0.7 or f.background or f.act.endswith(GRANT_ENDS):
            continue  # (a grant of review is no ruling its appositive tells again)
        _, b = sentence_span(text, f.start)
        if f.end >= b:
            continue
        m = _APPOSITIVE().search(text, f.end, b)
        if m is None:
            continue
        a0, a1 = m.span("np")
        if any(not r.lower for r in refs_between(refs, f.end, a0)):
            continue  # (another court between: its ruling, not this clause's; "upheld a
            # lower court's injunction—a decision that …" is still the clause's)
        if any(o.start < a1 and a0 < o.end for o in (*clauses, *nouns)):
            continue
        out.append(Found(a0, a1, f.court, True, 0.7, "", f.ref))
    return out


def _states_of(court: str) -> frozenset[str]:
    """The states a federal district or court of appeals sits for (none for other courts)."""
    postal = C.postal_of_court(court)
    if postal:
        return frozenset({postal})
    if C.level_of(court) == C.LEVEL_APPEALS:
        return frozenset(st.postal for st in C.states().values() if st.circuit == court)
    return frozenset()


# A state's name that opens an official's title names the official, not where a court sits:
# "charges against New York Attorney General Jane Roe", "a suit by Ohio Gov. John Doe"
_OFFICE_AFTER = deferred(
    r"[ \t]+(?:(?:Lt\.|Lieutenant)\s+)?(?:Attorney\s+General|Solicitor\s+General|Gov\.|"
    r"Governor|Secretary\s+of\s+State|Treasurer|Comptroller|Auditor|Sen\.|Senator|Rep\.|"
    r"Representative|Congressman|Congresswoman)(?=\s+[A-Z])"
)


# what makes a city's name before it part of a statute's name ("the Sherman Act")
_ACT_AFTER = deferred(r"[ \t]+Act\b")


def _postals_named(text: str, a: int, b: int) -> list[str | None]:
    """The states of the places ``text[a:b]`` names (a city's where only one state has it)."""
    out: list[str | None] = []
    for m in place_word().finditer(text, a, b):
        if _MASTHEAD.match(text, m.end()) or _OFFICE_AFTER.match(text, m.end()):
            continue  # (a paper's name; an official's title: "New York Attorney General X")
        if _ACT_AFTER.match(text, m.end()) and C._fold(m.group(0)) not in C.state_by_name():
            continue  # (a statute's name: "the Sherman Act" names no city of Texas)
        if m.group(0) == "Washington" and not text.startswith(", D.C.", m.end()):
            out += ["WA", "DC"]  # (the state as often as the capital: either may be the court's)
            continue
        pl = C.resolve_place(m.group(0))
        out.append(pl.postal if pl else None)
        st = C.state_by_name().get(C._fold(m.group(0)))
        if (
            st is not None
            and pl is not None
            and st.postal != pl.postal
            and m.group(0) != "Washington"
        ):
            # a name both a state's and another place's (either may be meant); "Washington,
            # D.C." is the capital only (bare "Washington" is read above)
            out.append(st.postal)
    return out


# A section heading that is a court's ruling: "The CFC's Ruling", "The Ninth Circuit's Decision"
_HEADING_NOUN = deferred(r"['’]s\s+(?:Ruling|Decision|Opinion|Order|Holding)[ \t]*(?:\n|$)")


def _heading_nouns(text: str, refs: CourtRefs, clauses: list[Found]) -> list[Found]:
    """ "The CFC's Ruling" on a line of its own, a court named outright opening it: that
    court's ruling, a back-reference when the article told a ruling of that court before."""
    if "\n" not in text or ("s Ruling" not in text and "s Decision" not in text and
                             "s Opinion" not in text and "s Order" not in text and
                             "s Holding" not in text):  # fmt: skip
        return []
    out: list[Found] = []
    for r in refs:
        if not r.court or r.anaphoric or r.court == C.FOREIGN:
            continue
        if r.start > 0 and text[r.start - 1] != "\n":
            continue
        m = _HEADING_NOUN.match(text, r.end)
        if m is None:
            continue
        end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        told = any(f.court == r.court and f.end <= r.start and f.confidence >= 0.7 for f in clauses)
        out.append(Found(r.start, end, r.court, told, 0.75, "", r))
    return out


# "in a 2-1 decision", "in a unanimous ruling": how the court of the clause ruled
_IN_MANNER = lazy(
    rf"\s+in\s+(?P<np>(?:a|an|its|their)\s+{RN_MODS}+{RN_HEAD})\b(?!\s+(?:by|of|from)\b)"
)


def _manner_noun(text: str, f: Found, end: int) -> tuple[int, int] | None:
    """ "The 3-judge panel upheld the ban in a 2-1 decision": a clause whose span ends before
    a law told by its topic (``_before_object``) would lose the ruling noun after that law,
    which says how the same court ruled; that noun is a mention of its own, the clause's
    ruling referred to again (gunmagwarehouse.com, 2023). Searched only in the words cut off."""
    if end >= f.end or not f.court or not f.act:
        return None
    return _manner_after(text, end, f.end)


# ", in a decision released on Thursday afternoon": the clause's ruling told again by when it
# was made public (twenty-seventh session, census40 P4)
_RELEASED_AFTER = lazy(
    r"\s*,\s+in\s+(?P<np>(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:decision|ruling|opinion)\s+"
    r"(?:released|issued|handed\s+down|filed|published|posted|made\s+public)\s+"
    rf"(?:(?:on|late|early|last|this)\s+)?(?:{DAYS}|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\b)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)"
)


def _released_noun(text: str, f: Found, end: int, found: list[Found]) -> tuple[int, int] | None:
    """ "The 9th Circuit declined to reinstate the ban, in a decision released on Thursday
    afternoon": a noun right after the clause's object, in its sentence, that names when the
    clause's ruling came out; a mention of that ruling of its own."""
    if f.anaphor or not f.court or not f.act:
        return None
    limit = sentence_span(text, end)[1]
    i = text.find(", in a", end, limit)
    if i < 0:
        return None
    m = _RELEASED_AFTER().match(text, i, limit)
    if m is None or any(g.start < m.end("np") and m.start("np") < g.end for g in found):
        return None  # (none, or a mention found already)
    return m.start("np"), m.end("np")


def _manner_after(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The first "in a 2-1 decision" between ``a`` and ``b`` (each " in " found with
    ``str.find``, the pattern tried only there)."""
    i = text.find(" in ", a, b)
    while i >= 0:
        m = _IN_MANNER().match(text, i, b)
        if m is not None:
            return m.start("np"), m.end("np")
        i = text.find(" in ", i + 4, b)
    return None


# What a decision is appealed to when it is no court's: "an appeal of this decision to the
# City's Zoning Board of Adjustment" (a planning manager's denial)
_TO_A_BODY = deferred(
    r"\s+to\s+(?:the\s+|an?\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}"
    r"(?:Board|Commission|Council|Committee|Department|Agency|Secretary|Director|Office)\b"
)


# A court that "upheld the Constitution" did what courts are for, in an opinion column's
# words; it names no ruling (a ruling upholds a law, a sentence, a ruling below)
_UPHOLDING = frozenset({"upheld", "upholds", "uphold", "defended", "defends", "protected"})
_THE_CONSTITUTION = deferred(r"\s+the\s+(?:U\.S\.\s+)?Constitution\b")


# A line that opens on a case's caption ("We Shall Overcome Foundation v. The Richmond Org.,
# No. 16-cv-2725 (S.D.N.Y. Sep. 2017)"): a roundup's next case
# "In Acme, Inc. v. FTC, " opening a sentence: a caption the sentence's clause reports
_IN_CAPTION = lazy(r"In\s+[A-Z][^\n;]{0,60}?\s+vs?\.?\s+[^\n,;]{1,60},\s")
_CAPTION_LINE = deferred(r"\n[ \t]*(?:[A-Z][\w.&'’,-]*[ \t]+){1,8}?vs?\.?[ \t]+[A-Z]")


def _first_in_caption(text: str, m: re.Match[str]) -> bool:
    """ "On July 8, the Eighth Circuit vacated the rule …" then a line "In Acme, Inc. v. FTC,
    the court held …": a sentence that opens on "In" and the article's first caption names the
    case of the ruling just told (a roundup prints each case's caption before its ruling), so
    it opens no other case's story."""
    at = m.start() + 1
    while text[at] in " \t":
        at += 1
    return (
        text.startswith("In ", at)
        and _IN_CAPTION().match(text, at) is not None
        and CASE_NAME.search(text, 0, at) is None
    )


def _new_case_lines(text: str, refs: CourtRefs, found: list[Found]) -> list[Found]:
    """ "6th Circuit affirms … The Court also rejected …" then, on a line of its own, "We
    Shall Overcome Foundation v. The Richmond Org., No. 16-cv-2725 (S.D.N.Y. Sep. 2017) …
    the Court granted plaintiffs partial summary judgment": a ruling that refers back takes
    no court across a line opening on another case's caption (a blog's or a newsletter's
    roundup of cases); which court that case's is, its citation says, not the ruling before.
    The caption lines are found once an article (one pass, then a bisection per ruling)."""
    if "\n" not in text or not any(f.anaphor and f.court for f in found):
        return found
    lines: list[int] | None = None
    # the nearest reference at or before each one that names its court itself (one pass)
    source: list[int] = []
    for k, r in enumerate(refs):
        source.append(k if (r.court and not r.anaphoric) else (source[-1] if source else -1))
    out = list(found)
    for i, f in enumerate(found):
        if not (f.anaphor and f.court):
            continue
        k = bisect.bisect_left(refs.starts, f.start) - 1
        k = source[k] if k >= 0 else -1
        if k >= 0 and refs[k].end > f.start:  # (one that runs into the ruling: the one before)
            k = source[k - 1] if k > 0 else -1
        if k < 0:
            continue
        if lines is None:
            lines = [
                m.start() for m in _CAPTION_LINE.finditer(text) if not _first_in_caption(text, m)
            ]
        j = bisect.bisect_left(lines, refs[k].end)
        if j < len(lines) and lines[j] < f.start:
            out[i] = replace(f, court=None, confidence=min(f.confidence, 0.6))
    return out


# A reviewing court's verb and its object told as a bare ruling noun: "affirmed the decision",
# "reversed his ruling" ("stayed the injunction" stays one mention, as the histories tests
# have it: what a stay acts on is told by the clause)
_REVIEWED = deferred(
    r"\b(?:affirmed|upheld|reversed|vacated|overturned|overruled|reinstated|restored|"
    # "the U.S. Fifth Circuit Court of Appeals blocked the preliminary injunction", "a panel
    # stayed the judge's order": what a court of review halts is a ruling below it
    r"blocked|stayed|halted|paused|froze|lifted|dissolved|"
    # ("The Supreme Court's decision overturns that ruling")
    r"affirms|upholds|reverses|vacates|overturns|blocks|stays|halts|lifts|"
    # "declined to pause the injunction", "refused to lift the judge's order": what a court of
    # review left standing is the ruling below too
    r"(?:declined|refused|declines|refuses|agreed|agrees)\s+to\s+(?:pause|lift|stay|block|halt|"
    r"freeze|vacate|dissolve|overturn|reverse|reinstate|disturb|uphold|affirm)|"
    # "let stand the decision": what the court left in force
    r"let\s+stand|lets\s+stand|left|leaves)\s+"
    # ("the judge's ruling": a court named by its own name owns its noun, "the 6th Circuit's
    # decision", which the merge of the nouns keeps as that court's)
    r"(?P<obj>(?:the|that|this|his|her|(?P<indef>an?))\s+(?:[\w-]+\s+|(?:judge|court)['’]s\s+){0,2}?"
    # (twenty-fifth session: "the appeals court … upheld the stay": the stay a court below
    # granted, census30 P8)
    r"(?:decision|ruling|judgment|stay|(?P<inj>injunction|restraining\s+order)))\b"
    # (not "the decision of …", nor an official's "decision to end the program")
    r"(?!\s+(?:of|by|from|to)\b)"
)


_BELOW_AFTER = 600
_WAY_REACH = 120
# (not the full stop of "Jan.", "Sept.", "St.")
_CLAUSE_STOP = lazy(r"[,;:]|(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<!Sept)\.(?:\s|$)|\n|$")


def _reviewed_objects(text: str, clauses: list[Found], nouns: list[Found]) -> list[Found]:
    """ "Judge Hanen halted the DACA program … In 2022, the Fifth Circuit affirmed the
    decision in part": the object of a reviewing court's verb, told as a bare ruling noun, is
    the ruling of a lower court told before it (the latest one), and a mention of its own;
    the clause ends before it. Without a lower court's ruling before it, nothing changes."""
    if not any(f.court and _rank(f.court) > 1 for f in clauses):
        return clauses
    told = sorted([f for f in clauses + nouns if f.court], key=lambda f: f.start)
    out: list[Found] = []
    for f in clauses:
        obj = _REVIEWED.search(text, f.start, f.end) if f.court and _rank(f.court) > 1 else None
        below = (
            next(
                (
                    p
                    for p in reversed(told)
                    if p.end <= f.start and p.court and _rank(p.court) < _rank(f.court or "")
                ),
                None,
            )
            if obj
            else None
        )
        if obj is not None and obj.group("indef") and not obj.group("inj"):
            obj = None  # ("upheld a decision": not a back-reference)
        if obj is None or (below is None and not obj.group("inj")):
            out.append(f)
            continue
        # "The 8th Circuit affirmed a preliminary injunction preventing the law": an
        # injunction is a trial court's ruling, never the reviewing court's, even when the
        # article told no ruling below it (its court then unknown)
        head = text[f.start : obj.start("obj")].rstrip()
        out.append(replace(f, end=f.start + len(head)))
        if below is None:
            # "… affirmed a preliminary injunction … U.S. District Judge Stephen H. Locher of
            # the Southern District of Iowa had agreed …": the trial court's ruling the next
            # sentences tell, close by
            below = next(
                (
                    p
                    for p in told
                    if f.end <= p.start < f.end + _BELOW_AFTER and p.court and _rank(p.court) == 1
                ),
                None,
            )
        court = below.court if below is not None else None
        out.append(Found(obj.start("obj"), obj.end("obj"), court, True, 0.75, "", None))
        # (the clause may end before the law its object acts on: the rest of the clause,
        # up to its sentence's end or a comma, is searched)
        stop = _CLAUSE_STOP().search(text, obj.end("obj"), obj.end("obj") + _WAY_REACH)
        way = (
            _manner_after(text, obj.end("obj"), stop.start() if stop else obj.end("obj"))
            if f.court
            else None
        )
        if way is not None:
            # "The 8th Circuit … affirmed a preliminary injunction preventing the law from
            # taking effect in a Jan. 24 opinion" (AP, 2025): how the reviewing court ruled
            out.append(Found(way[0], way[1], f.court, True, 0.75, ""))
    return out


_FINDING = frozenset(
    {"found", "finds", "find", "concluded", "concludes", "determined", "determines"}
)
# "A federal jury found him guilty": a verdict, never a restated finding
_VERDICT = deferred(r"\b(?:guilty|liable|jury|jurors)\b")
# "Judge Torres determined in July that …": a finding dated to a month of its own is an
# earlier ruling of the same court, not a restatement of the news one
_OWN_MONTH = deferred(
    r"\b(?:in|on|last)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)


def _without_restated_findings(
    text: str, clauses: list[Found], refs: list[CourtRef] | None = None
) -> list[Found]:
    """ "A federal judge in Boston blocked the rule. U.S. District Judge Jane Roe found that
    …": a finding told after its court's ruling is that ruling told again, a mention that
    refers back to it, where a bare "the court"/"the panel" tells in the past what the ruling
    found (``_points_back``), or a court or judge named anew tells it in the ruling's own
    paragraph, or in a later one (nineteenth session: "The Fifth Circuit determined that …"
    paragraphs after its stay, the later sets' gold). Not reported where it tells the reasons
    of the ruling before rather than the news (``_restated_reasons``): the nouns after it may
    still point back through it. One pass in text order, keeping where each court's
    confident ruling ended."""
    told: dict[str, int] = {}  # court -> where its latest confident ruling ends
    out: list[Found] = []
    for f in sorted(clauses, key=lambda c: c.start):
        if (
            f.court
            and f.act.lower() in _FINDING
            and f.court in told
            and not _OWN_MONTH.search(text, f.start, f.end)
            and not _VERDICT.search(text, f.start, f.end)
            and not _points_back(text, f, told[f.court], refs or [])
        ):
            if _restated_reasons(text, f):
                continue  # (a paragraph after its ruling's: the opinion's reasons told)
            f = replace(f, anaphor=True)
        if f.court and f.confidence >= 0.7:
            told[f.court] = max(told.get(f.court, 0), f.end)
        out.append(f)
    return out


# "The court found that …", "the three-judge panel concluded that …": a definite court
# phrase with no name of its own, telling in the past what the ruling just reported found,
# is an anaphor of that ruling (the gold of the later sets marks it so); a court named in
# full ("the Supreme Court found"), a named judge ("Judge Mazzant found"), and the present
# tense of a quoted order ("The Court finds") still only restate it
_PAST_FINDING = frozenset({"found", "concluded", "determined"})
_GENERIC_SUBJECT = deferred(
    r"[Tt]he\s+(?:(?:three-judge|appeals|appellate|district|trial|lower|full|high|federal)\s+)?"
    r"(?:court|panel)$|[Tt]he\s+(?:(?:trial|federal)\s+)?judge$|"
    # ("The six-justice majority found …": the bench that carried the ruling, told by its
    # size; twenty-seventh session, census40 P4)
    r"[Tt]he\s+(?:(?:[a-z]+-(?:justice|judge|member)|\d[-–]\d)\s+)?majority$"
)


def _points_back(text: str, f: Found, told_end: int, refs: list[CourtRef]) -> bool:
    """Whether the restated finding ``f`` is an anaphor of its court's ruling that ended at
    ``told_end``: a bare "the court"/"the panel" in the past tense, with no case named
    between that ruling and it (the court of "The opinion rests on Hurley v. …, in which …
    The court found" is Hurley's)."""
    r = f.ref
    if r is None or not r.anaphoric or r.role not in ("court", "panel", "judge", "justices"):
        return False
    if r.judge:
        return False
    if f.start != r.start:
        return False  # "In a 6-3 ruling, the court concluded …": the noun is the mention
    if f.act.lower() not in _PAST_FINDING:
        return False
    if _PARTICIPLE_OPENING.match(text, sentence_span(text, f.start)[0], f.start):
        return False  # "In upholding the ban, the court found …": the reasons of the ruling told
    if not _GENERIC_SUBJECT.fullmatch(text, r.start, r.end) and not (
        text[r.start : r.end] == "the Court"
        and _BUT_BEFORE.search(text, max(0, r.start - 8), r.start)
    ):
        # ("…, but the Court found that …": the ruling just told, its finding the news in a
        # clause that turns from what was planned; twenty-seventh session, census40 P4)
        return False
    # (the case of the ruling's own sentence is its name: "Judge Jordan … issued an opinion
    # in ACLA v. FDA"; a case the finding's own sentence cites first is not its court's:
    # "Citing the Supreme Court's decision in Loper Bright …, the court found")
    a = sentence_span(text, max(0, told_end - 1))[1]
    b = max(a, sentence_start(text, f.start))
    if _CAPTION_V.search(text, a, b) is not None:
        return False
    # nor after another court is named in a sentence between ("… appealed the decision to
    # the Montana Supreme Court, which heard arguments in July. The court found …": that
    # court's, whatever the discourse gave "the court")
    return all(o.court in (None, f.court) for o in refs_between(refs, a, b))


_BUT_BEFORE = deferred(r",\s+(?:but|yet)\s+$")


# "U.S. District Judge Brian Murphy found …": a judge named again in full, with a title, tells
# the ruling anew; "Lamberth found …", "Judge Mazzant found …" go on with its reasons
_FULL_NAME = deferred(r"\b(?:[Jj]udge|[Jj]ustice)\s+[A-Z][\w.'’-]*\s+(?:[A-Z][\w.'’-]*\s+)*[A-Z]")
# "In upholding the ban, the Supreme Court found …": the ruling told, then its reasons
# (not "In doing so, the court found …": the ruling just told, told again)
_PARTICIPLE_OPENING = deferred(r"[\s\"“]*In\s+(?!doing\s+(?:so|this)\b)[a-z]+ing\b")
# "Hurley v. Irish-American Gay …, in which …. The court found …": a case's caption
_CAPTION_V = deferred(r"\s(?:v|vs)\.?\s+[A-Z]")


def _restated_reasons(text: str, f: Found) -> bool:
    """Whether a finding of a court whose ruling was told before restates that ruling's
    reasons rather than telling it again: its subject is the judge's surname ("Lamberth found
    the three would likely succeed", "Judge Mazzant found"), its verb is in the present tense
    (an opinion's words paraphrased: "The Court finds"), its sentence opens on the ruling told as a
    participle ("In upholding the ban, the Supreme Court found"), or a case's caption stands
    before it in its sentence or the one before ("… Boy Scouts of America v. Dale, where the
    Court found …": that case's holding, which its name is the mention of)."""
    r = f.ref
    if r is not None and r.role == "judge" and not _FULL_NAME.search(text, r.start, r.end):
        return True
    if r is not None and r.anaphoric and r.role == "court":
        return True  # "The court found …": how an article goes on to tell the reasons
    if f.act.endswith("s"):
        return True  # "The Court finds …": the opinion's own words paraphrased, no news
    if r is not None and f.start < r.start:
        return True  # "In a 6-3 ruling, the court concluded …": that noun is the mention
    if f.court and not sits_in_panels(f.court) and VOTE_SPLIT.search(text, f.start, f.end):
        # "The court found in a 6-to-1 decision …" read as the trial court told before: a
        # split vote is a bench's, and the noun is left to say which one
        return True
    s0, _ = sentence_span(text, f.start)
    if _PARTICIPLE_OPENING.match(text, s0, f.start):
        return True
    p0 = sentence_span(text, s0 - 1)[0] if s0 > 0 else s0
    return _CAPTION_V.search(text, p0, f.start) is not None


def _dated_earlier(text: str, f: Found, year: int) -> Found:
    """A ruling its own words date to an earlier year ("The Supreme Court upheld the mandate
    in 2012") is history the article recalls, not its news."""
    y = YEAR_IN.search(text, f.start, min(len(text), f.end + 40))
    # (the year stands before the first ". " after the clause: looked for only up to the
    # year, not through the rest of the text)
    if y and int(y.group(1)) < year and text.find(". ", f.end, y.start() + 2) < 0:
        return replace(f, background=True)
    return f


# "the court" told as a clause's subject, nothing more ("The court also found …")
_BARE_COURT = deferred(r"[Tt]he\s+court")
# a sentence recalling a precedent: a year, a case's name
_YEAR = deferred(r"\b(?:19|20)\d\d\b")
_BARE_NOUN = lazy(
    # ("that ruling" is the one just told, cited or not)
    r"[Tt]he\s+(?:ruling|decision|order|opinion|injunction|judgment)$"
)
# "In that case, the Supreme Court ruled …", "the landmark ruling", "a 1990 precedent"
_RECALLED = lazy(r"\b(?:[Ii]n\s+that\s+(?:case|ruling|decision)|precedents?|landmark)\b")
_NEWS_DAY = lazy(rf"\b(?:{DAYS}|this\s+week|last\s+week)\b")


def _cited_only(text: str, f: Found, year: int | None) -> bool:
    """Whether the ruling ``f`` is a precedent the article cites, not its news: told in the
    past tense of an earlier year ("In 2022, the Supreme Court ruled …") or beside a case's
    name ("… ruled in Bruen v. …")."""
    a, b = sentence_span(text, f.start)
    if year is not None and any(int(y.group(0)) < year for y in _YEAR.finditer(text, a, b)):
        return True
    # (a case named in a sentence dated to the article's days is the news: "On Friday the
    # Supreme Court reversed in Oregon v. Ruiz")
    if _RECALLED().search(text, a, b) is not None:
        return True
    return CASE_NAME.search(text, a, b) is not None and _NEWS_DAY().search(text, a, b) is None


def _bare_back(text: str, f: Found) -> bool:
    """Whether ``f`` points back by bare words: a clause of "the court" ("The court also
    found …"), or a ruling noun with no court of its own ("The ruling", "the decision")."""
    r = f.ref
    if r is not None:
        return r.anaphoric and _BARE_COURT.fullmatch(text, r.start, r.end) is not None
    return f.anaphor and _BARE_NOUN().match(text, f.start, f.end) is not None


def _court_of_the_news(
    text: str, rulings: list[Found], year: int | None, fixed: int = 0
) -> list[Found]:
    """ "The court also found …", "The court said …", "The ruling is a win …" after a
    paragraph recalling a Supreme Court precedent: the bare back-reference is the court whose
    ruling the article reports (the last ruling told as news before it), not a court only
    cited since. Only where every ruling of the nearer court before it is cited and a news
    ruling of another court came before the first of them. The first ``fixed`` rulings are
    context only (clauses already settled when the nouns are read)."""
    if len(rulings) - fixed < 1 or len(rulings) < 3:
        return rulings
    if not any(_bare_back(text, f) for f in rulings[fixed:]):
        return rulings
    order = sorted(range(len(rulings)), key=lambda k: rulings[k].start)
    out = rulings
    cited: dict[int, bool] = {}

    def is_cited(k: int) -> bool:
        if k not in cited:
            cited[k] = _cited_only(text, rulings[k], year)
        return cited[k]

    # the rulings before the one read, with a court, in text order (read from ``out``: a
    # back-reference already given the news court counts as its own), all and by court: a
    # long document asks only those of its court first, not every ruling before it
    prev: list[int] = []
    by_court: dict[str, list[int]] = {}
    for k in order:
        f = rulings[k]
        if not (k < fixed or not f.court or not _bare_back(text, f)):
            own = by_court.get(f.court, [])
            first = next((j for j in own if out[j].end <= f.start), None)
            if first is not None and all(is_cited(j) for j in own if out[j].end <= f.start):
                news = [
                    j
                    for j in prev
                    if out[j].end <= f.start
                    and out[j].court != f.court
                    and out[j].confidence >= 0.7
                    and out[j].salient
                    and not is_cited(j)
                ]
                # (the cited court came first: the back-reference may well be it)
                if news and out[news[-1]].court and out[first].start >= out[news[0]].start:
                    if out is rulings:
                        out = list(rulings)
                    out[k] = replace(f, court=out[news[-1]].court)
        if out[k].court:
            prev.append(k)
            by_court.setdefault(out[k].court or "", []).append(k)
    return out


def _one_line(text: str, f: Found) -> Found:
    """A span never crosses a line break: headlines and subheadlines are lines of their own."""
    nl = text.find("\n", f.start, f.end)
    if nl < 0:
        return f
    return replace(f, end=f.start + len(text[f.start : nl].rstrip()))


_BLANK_GAP = lazy(r"[ \t,]*")
# what stands between "In a 40-page opinion" and its owner: a verb of issue, a date, a comma
_LEAD_GAP = lazy(
    r"[ \t]*(?:[\w.]+[ \t]+){0,4}?[\w.]*,[ \t]+"
    # ("In a 4-3 ruling, liberal Justice Jane Roe found": the judge's leaning, as the owner's)
    r"(?:(?:liberal|conservative|moderate|senior|veteran|longtime)[ \t]+)?"
)


def _merge(text: str, found: list[Found]) -> list[Found]:
    """One mention per stretch: a ruling noun right before its clause ("In an unsigned
    decision, the court cleared the way") joins it; overlapping finds keep the longer."""
    items = sorted(found, key=lambda f: (f.start, -f.end))
    out: list[Found] = []
    for f in items:
        if out:
            p = out[-1]
            gap = text[p.end : f.start]
            if (
                f.start == p.start
                and f.end < p.end
                and f.court
                and p.court
                and sits_in_panels(f.court)
                and not sits_in_panels(p.court)
                and VOTE_SPLIT.search(text, f.start, f.end)
            ):
                # "The 2-1 decision paused a restraining order issued by Judge …": the split
                # vote is the panel's; the trial judge's court belongs to the object
                out[-1] = f
                continue
            if (
                p.start < f.start < p.end
                and f.court
                and p.court
                and f.court != p.court
                and f.ref is not None
                and (not f.anaphor or _court_below(f.ref, p.court))
            ) or (
                p.start < f.start < p.end
                and f.court is None
                and p.court
                and f.ref is not None
                and f.start <= f.ref.start < f.end
                and _level_below(f.ref, p.court)
            ):
                # (also when the court below is unknown: "The Supreme Court affirmed | the
                # appeals court's decision" is not the Supreme Court's decision)
                # "The Federal Circuit … upheld a May ruling by the U.S. Court of International
                # Trade", "the 9th Circuit upheld the district court's injunction": the object
                # names its own court, so it is a ruling of its own
                head = text[p.start : f.start].rstrip(" ,")
                words = head.rsplit(None, 1)
                while len(words) == 2 and words[1].lower() in TRAIL:
                    head = words[0].rstrip(" ,")  # "granted a temporary stay of": no "of"
                    words = head.rsplit(None, 1)
                out[-1] = replace(p, end=p.start + len(head))
                out.append(f)
                # "The 3-judge panel upheld Judge Benitez's ruling in a 2-1 decision": how
                # the reviewing court ruled, after its object, is its own ruling again
                way = _IN_MANNER().match(text, f.end, p.end) if f.end < p.end else None
                if way is not None and p.court:
                    out.append(Found(way.start("np"), way.end("np"), p.court, True, 0.75, ""))
                continue
            if (
                f.start < p.end
                or (
                    len(gap) <= 3
                    and _BLANK_GAP().fullmatch(gap)
                    and p.court == f.court
                    # ("sided with A, revived B": an item of a list of predicates, its verb
                    # with no subject, is a ruling of its own)
                    and not (f.ref is None and f.act and text[f.start : f.start + 1].islower())
                    # ("… struck down the ban Tuesday, the first ruling to overturn such a
                    # ban": an appositive that ranks the ruling refers back to it, a mention
                    # of its own; census30 P1)
                    and not ("," in gap and f.anaphor and _RANKED_NOUN.match(text, f.start))
                )
                or (f.anaphor and p.court == f.court and _GRANTS.fullmatch(gap))
                # "In a 40-page opinion issued May 3, Judge Rowe vacated …": a noun whose
                # owner is the clause's own subject, a date or a verb of issue between, is
                # that clause's ruling told once
                or (
                    p.ref is not None
                    and p.ref is f.ref
                    and f.start == f.ref.start
                    and len(gap) <= 40
                    and _LEAD_GAP().fullmatch(gap) is not None
                )
            ):
                # (a clause whose own court is unknown does not borrow the court of a
                # back-reference in its object: "a state appeals court overturned the
                # verdict" is not the court of the verdict)
                borrowed = f.court if not (f.anaphor and p.ref and f.start > p.start) else None
                out[-1] = replace(
                    p,
                    end=max(p.end, f.end),
                    confidence=max(p.confidence, f.confidence),
                    court=p.court or borrowed,
                    act=p.act or f.act,
                    ref=p.ref or f.ref,
                )
                continue
        out.append(f)
    return out


_RANKED_NOUN = deferred(
    r"the\s+(?:first|second|third|latest|only|last|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:[\w-]+\s+)?(?:ruling|decision)\b"
)


# "Judge Calvert's ruling grants a temporary restraining order": the ruling and what it
# grants are one ruling
_GRANTS = deferred(r"\s+(?:grants|granted|issues|issued|imposes|imposed|is|was)\s+")


def _court_below(ref: CourtRef, reviewing: str) -> bool:
    """Whether a court phrase pointing back ("the district court", "the trial court", "the
    lower court", "the appeals court") names a court below the one reviewing its ruling: a
    ruling that a higher court reviews is a ruling of its own."""
    if ref.court is None or not (ref.lower or ref.level):
        return False
    return _rank(ref.court) < _rank(reviewing)


def _level_below(ref: CourtRef, reviewing: str) -> bool:
    """Whether a court phrase whose court is unknown names by its level a court below the
    one reviewing ("the appeals court", "the district court", "the lower court")."""
    if ref.lower:
        return True
    rank = {C.LEVEL_APPEALS: 2, C.LEVEL_DISTRICT: 1}.get(ref.level or "")
    return rank is not None and rank < _rank(reviewing)


def _rank(court: str) -> int:
    """A court's place in the ladder of review: trial courts, courts of appeals, courts of
    last resort."""
    if C.level_of(court) == C.LEVEL_SUPREME or C.is_state_high_court(court):
        return 3
    return 2 if C.level_of(court) == C.LEVEL_APPEALS or is_state_appellate(court) else 1


def _anchors() -> tuple[Anchor, ...]:
    return (
        COURT_WORDS,
        HEAD_WORDS,
        NOUN_HEADS,
        VERB_HEADS,
        LEGAL_WORDS,
        *PATTERN_WORDS.values(),
        foreign_anchor(),
    )


# gated: every ruling it finds holds a court word, a ruling noun or a ruling verb
PASS = Pass(name="rulings", emits=("ruling",), anchors=_anchors(), run=find, gated=True)


__all__ = ["PASS", "CourtRef", "court_phrases", "fill_courts", "find"]
