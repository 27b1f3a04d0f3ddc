"""Ruling clauses: a court phrase that is the subject of a ruling verb ("A federal judge in
Oregon blocked …"), active or passive, with the sentencings and pronoun clauses it calls."""

from __future__ import annotations

import bisect
import re
import sys
from functools import cache

from ... import courts as C
from ...models import quick_replace as replace
from ..doc import Anchor
from ..lazyre import deferred, lazy
from ..trie import head_matches, trie_regex
from .common import Found, in_quotes, sentence_span, sentence_spans
from .courtrefs import JUDGE_FROM, CourtRef, appositive_end, where_caption_court
from .discourse import circuit_from_sentence, legal_context
from .sentencing import find_sentencings, pronoun_clauses
from .verbforms import headline_verbs, passive_participles, verb_first_words
from .verbs import GRANT_ENDS, object_end, verb_ok
from .words import (
    BAD_GAP,
    CASE_LEAD,
    CONTINUE,
    COURT_PRONOUN_VERBS,
    DAYS,
    IN_BEFORE,
    MONTHS,
    PASSIVE,
    PASSIVE_IN,
    PRONOUN_VERBS,
    RELATIVE,
    RELATIVE_SUBJECT,
    RN_LEAD,
    RN_MODS,
    RV,
    RV_OPENERS,
    hypo_always,
    hypo_present,
)

_COMMA_ONLY = lazy(r",\s*")  # (what stands between a court and its appositive)


# A ruling noun standing between a lead noun and the agent "by" of a judge
_ANOTHER_NOUN = deferred(r"\b(?:ruling|decision|opinion|injunction|judgment)s?\s+by\b")


def _appositives(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """Join "a federal judge in Maryland, U.S. District Judge Deborah Boardman," into one."""
    out: list[CourtRef] = []
    named_until = -1  # (the end of a judge's name in commas read with the judge before it)
    for r in refs:
        if r.role == "judge" and r.end <= named_until and out and out[-1].role == "judge":
            # "The United States District Judge, Randolph D. Moss, determined …": the surname
            # inside the name in commas is the judge told by role, not a subject of its own
            continue
        if (
            out
            and _COMMA_ONLY().fullmatch(text, out[-1].end, r.start)
            and r.role == "judge"
            and not r.generic  # "Judge X, a senior judge on …": an appositive, see below
        ):
            p = out[-1]
            if p.role == "judge" and (p.court is None or r.court in (None, p.court)):
                out[-1] = replace(r, start=p.start, court=r.court or p.court)
                continue
        if r.role == "judge" and (r.court is None or r.generic):
            # "The presiding judge, Wendy Beetlestone, granted …" (census30 P1): a judge's
            # name in commas after a judge told by role names the court, when the judges'
            # table knows that name (first name and surname) as one judge
            named = _NAME_IN_COMMAS.match(text, r.end)
            name = named.group("name") if named else None
            court = C.judge_court(name) if name else None
            if name and court is not None and named is not None and r.court in (None, court):
                r = replace(r, court=court, judge=name.split()[-1])
                named_until = named.end("name")
        out.append(r)
    return out


_NAME_IN_COMMAS = deferred(
    r",\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][A-Za-z'’-]+),\s+(?=[a-z])"
)


# "until the lawsuit is resolved or a judge lifts it": the second of two things that may happen
_HYPO_OR = deferred(r"\b(?:until|till|unless|if|once|whenever)\s+[^,.;:]{1,60}\s+or\s+$", re.I)
# "the policy would remain in effect … until the panel issued a decision": a counterfactual's
# past tense is still what may happen
_HYPO_UNTIL = deferred(r"\b(?:until|till|once)\s+$", re.I)
_MODAL = deferred(r"\b(?:would|could|might)\b")


# "relief that probably would not have been reached had the jury found for the state": an
# inverted conditional (tenth-session probes: Kitsap Sun, 1998)
_HAD_INVERTED = deferred(r"\b(?:would|could|might)\b[^.;:!?]{0,80}\s[Hh]ad\s+$")


def _hypothetical(text: str, s0: int, subj_start: int, verb: re.Match[str]) -> bool:
    lead = text[max(s0, subj_start - 40) : subj_start]
    if hypo_always(lead):
        return True
    if lead.endswith("ad ") and _HAD_INVERTED.search(text, max(s0, subj_start - 100), subj_start):
        return True
    temporal = hypo_present(lead)
    if not temporal and " or " not in lead:
        return False  # (the common case, decided before the verb is looked at)
    first = verb.group("verb").split()[0].lower()
    present = first.endswith("s") and not verb.group(0).lower().startswith(("has ", "had "))
    if not temporal:
        return present and _HYPO_OR.search(text, max(s0, subj_start - 80), subj_start) is not None
    if present:
        return True
    return bool(_HYPO_UNTIL.search(lead)) and _MODAL.search(text, s0, subj_start) is not None


_COMMA = deferred(r",\s*")
# ("The Ohio Supreme Court's newly seated conservative majority voted …": an adverb and a
# participle may stand before the majority's adjectives, census33 P2)
_MAJORITY = deferred(
    r"['’]s\s+(?:(?:newly|recently|now)\s+(?:elected|seated|installed|formed|minted|appointed)\s+)?"
    r"(?:(?:\d-\d|conservative|liberal|narrow|(?:five|six)-(?:justice|member))\s+)*"
    r"majority\b"
)
_CAPTION = deferred(
    r"\s+in\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:,?\s+[\w.'’&-]+){0,8}?\s+v\.?\s+[^;:()]{1,80}?"
    r"(?:\s+\([^()]{1,40}\))?,\s+(?=\S)"
)
_PARTY_CASE = deferred(
    r"\s+in\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+"
    r"(?:case|lawsuit|suit|trial|appeal)(?=\s+(?:has|had|have|is|was|on|last|this|[a-z]+ed)\b)"
)
# "said in a ruling", "wrote in a 76-page opinion", "explained in an unsigned order", "wrote
# Thursday in issuing a preliminary injunction"
SAID_IN = lazy(
    rf"\s+(?:on\s+{DAYS}\s+)?(?P<verb>said|says|wrote|writes|explained|explains|noted|notes|"
    rf"concluded|concludes|stated|states)\s+(?:{DAYS}\s+)?in\s+(?:(?:issuing|granting|entering)\s+)?(?P<np>(?P<det>a|an|the|his|her|its|their)\s+"
    # ("justices stated in a brief notice": a court's notice, its subject a court)
    rf"{RN_MODS}*(?:ruling|decision|opinion|order|judgment|injunction|notice)s?)\b"
    r"(?!\s+(?:to|of)\b)"
)
# "the 9th Circuit said on July 3 in upholding the injunction", "the panel wrote Friday in
# reversing": what a court said in giving its ruling is that ruling (the object, a ruling
# below, is a mention of its own)
SAID_GIVING = lazy(
    rf"\s+(?:on\s+{DAYS}\s+)?(?P<verb>said|says|wrote|writes|explained|noted|concluded)"
    rf"(?:\s+(?:on\s+)?(?:{DAYS}|(?:{MONTHS})\s+\d{{1,2}}))?\s+in\s+(?:(?:its|their)\s+)?"
    r"(?:upholding|affirming|reversing|vacating|overturning|blocking|rejecting|denying|"
    r"dismissing|lifting|striking\s+down|throwing\s+out)\b"
)
# A sentence opening on the ruling its subject court gave: "In an order issued late Friday,",
# "In a ruling Friday,", "In a 2-1 decision released Monday,", "In a 2-to-1 decision last
# August," (a month without its day)
IN_LEAD = lazy(
    rf"[\s\"“]*(?:[A-Z][a-z]+day,?\s+)?[Ii]n\s+(?P<np>(?P<det>an?)\s+"
    rf"{RN_MODS}*(?:ruling|decision|opinion|order|judgment)"
    r"(?:\s+(?:issued|released|filed|handed\s+down|signed|entered|published|posted))?"
    rf"(?:\s+(?:late|early|on|last|this)?\s*(?:{DAYS}|week|month|year|(?:{MONTHS})(?:\s+\d{{1,2}})?))?"
    # ("In a ruling issued Tuesday, Sept. 16,": the weekday and its date)
    rf"(?:,\s+(?:{MONTHS}|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)\s+\d{{1,2}})?"
    r"(?:\s+(?:night|morning|afternoon|evening))?),\s*"
)
# "with Judge Roe ordering that …": a gerund right after the subject of "with"
_GERUND_AFTER = deferred(r"\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
# a ruling its sentence has told before that subject
_RULING_NOUN_BEFORE = deferred(
    r"\b(?:[Rr]uling|[Dd]ecision|[Ii]njunction|[Oo]pinion|[Jj]udgment|[Oo]rder)s?\b"
)


def ruling_noun_before(text: str, a: int, b: int, anaphoric: bool, judge: str | None) -> bool:
    """Whether a ruling noun stands in ``text[a:b]`` (the sentence before a "with JUDGE
    VERB-ing" participle) and the court or judge at ``b`` is one told before (a court
    referred back to, a judge the article named before the sentence): that ruling's court,
    not a second court introduced there."""
    if _RULING_NOUN_BEFORE.search(text, a, b) is None:
        return False
    return anaphoric or (judge is not None and text.find(judge, 0, a) >= 0)


# A sentence opening on a ruling verb's participle whose subject is the court after the comma
# ("Denying the request to stay the order, except for one issue, the Ninth Circuit stated:",
# "Affirming the injunction, the panel wrote that …"): the participle, its court and the verb
# of saying, one ruling
PART_LEAD = lazy(
    r"[\s\"“]*(?P<np>(?:Denying|Granting|Rejecting|Affirming|Reversing|Upholding|Vacating|"
    r"Dismissing|Lifting|Enjoining|Overturning|Striking\s+down)\s+(?:the|an?|its|their|his|her"
    r"|[A-Z][\w.'’-]*['’]s?)\s[^.;:!?()“”\"\n]{2,160}?),\s*"
)
# The verb of saying after such a subject: what the ruling says
REPORT = deferred(
    rf"\s+(?:on\s+{DAYS}\s+)?(?P<verb>said|says|wrote|writes|explained|explains|noted|notes|"
    r"stated|states|determined|determines|found|finds|held|holds|concluded|concludes|argued|"
    # ("In a ruling issued Tuesday, Judge X deemed the evidence insufficient")
    r"deemed|declared)\b"
)
_NEXT_WORD = deferred(rf"\s+(?:on\s+{DAYS}\s+)?([a-z]+)")
_SAYING = frozenset(
    (
        *("said", "says", "wrote", "writes", "explained", "explains", "noted", "notes"),
        *("stated", "states", "determined", "determines", "found", "finds", "held", "holds"),
        *("concluded", "concludes", "argued", "deemed", "declared"),
    )
)
_UNPERSUADED = deferred(
    r"\s+(?P<verb>was\s+(?:not\s+(?:persuaded|convinced)|unpersuaded|unconvinced))\b"
)
# A court that has already ruled in the article, the subject of a verb of saying or of a
# court's own act, continues that ruling: "The court found that …", "the 8th Circuit said",
# "The court directed the SEC to …", "The Supreme Court also sent the case back" (the gold
# convention: the subject and its verb are an anaphor of the ruling told before). A judge
# speaks at hearings too, so a judge continues a ruling only by what a ruling does (wrote,
# found, held …), never by "said". "The court noted", "the judge reasoned": a remark on the
# ruling's reasons, which the gold of no open set takes for the ruling again (twenty-first
# session), does not continue it.
_GOES_ON = frozenset(("also", "further", "then", "later", "previously", "ultimately", "likewise"))
_CONTINUES = deferred(
    rf"\s+(?:(?:also|further|then|later|previously|ultimately|likewise)\s+)?(?:on\s+{DAYS}\s+)?"
    r"(?P<verb>said|says|wrote|writes|found|finds|held|holds|concluded|concludes|determined|"
    r"stated|states|explained|explains|observed|emphasized|underscored|"
    r"stressed|added|acknowledged|directed|instructed|decided|clarified(?=\s+that\b)|"
    r"sent\s+(?:the\s+cases?|it)\s+back)\b"
    # "each of the three judges wrote an opinion", "wrote a concurring opinion": a judge's
    # own opinion, not the ruling (a ruling noun after it is the nouns pass's)
    r"(?!\s+(?:an?|their|his|her|its)\s+(?:[\w-]+\s+)?(?:opinions?|concurrences?|dissents?)\b)"
    # "the court said it would hear arguments": what it will do, not what it ruled
    r"(?!\s+(?:that\s+)?(?:it|they|he|she)\s+(?:would|will|might|may|could)\b)"
    # "the nation's highest court held in West Virginia v. EPA": another ruling, by its name
    r"(?!\s+in\s+(?:the\s+)?[A-Z])"
    # "Judge Roe wrote for the court, joined by Judges Lee and Poe.": who wrote the opinion
    # told, a byline, not what it held (twenty-eighth session, census43)
    r"(?!\s+for\s+(?:the\s+)?(?:court|panel)\s*(?:,\s+joined\s+by\b|[.;]))"
)
# A determiner or a number right before a verb's form makes it an adjective ("three
# suspended players", "the blocked applicants")
_DETERMINERS = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "several", "many", "some", "other", "both",
    "those", "these",
})  # fmt: skip
# (a quotation that ends on a quotation inside it closes twice: "… ‘complex area,’” Roe wrote")
# "As the district court ruled, …", "the Court of Appeals left the injunction intact" in a
# speaker's words: a court below the Supreme Court named by its level alone, that the
# discourse placed at the court of a ruling told before (twenty-fifth session)
_LEVEL_ONLY = deferred(
    r"[Tt]he\s+(?:(?:federal\s+)?(?:district|trial|appeals|appellate|circuit)\s+court"
    r"|[Cc]ourt\s+of\s+[Aa]ppeals)"
)


def _quoted_level_back(text: str, r: CourtRef) -> bool:
    """Whether ``r``, inside a quotation, refers back to a ruling's court by its level."""
    return (
        r.anaphoric
        and r.court is not None
        and r.court != "scotus"
        and _LEVEL_ONLY.fullmatch(text, r.start, r.end) is not None
    )


# A quotation that opens on the day of the news: "“Yesterday, the United States Court of
# Appeals for the Eleventh Circuit held that …,” the statement said" (census37 P3)
_QUOTE_DAY_LEAD = deferred(
    r"[\"“]\s*(?:(?:Yesterday|Today|Earlier\s+today|This\s+(?:morning|afternoon)|"
    r"On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+)"
)


def _quoted_news(text: str, r: CourtRef, start: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether a ruling clause in a quotation is a party's statement of the day's news: the
    quotation opens on its day, then the court's full name ("the United States Court of
    Appeals for the Eleventh Circuit", no generic "the court"), its subject."""
    if not r.court or r.generic or r.anaphoric or r.start != start:
        return False
    i = bisect.bisect_right(quotes, (start, sys.maxsize)) - 1
    if i < 0:
        return False
    lead = _QUOTE_DAY_LEAD.match(text, quotes[i][0])
    if lead is None:
        return False
    the = text[lead.end() : r.start]
    return the in ("", "the ", "The ")


_AFTER_QUOTE = deferred(r"[,.?!][’']?[\"”]\s+$|[\"”],\s+$")
# the words a speaker is given as saying, ended by a comma (a quotation's closing mark after it
# or not) right before the speaker: "…, the court said", "“…,” the court said"
_AFTER_CLAUSE = deferred(r"[\w)’'],\s+$|,[\"”’]+\s+$|[\"”’],\s+$")
# "In 2022, the nation's highest court held …": an earlier ruling recalled, not this one
_YEAR_LEAD = deferred(r"[\s\"“]*(?:[Bb]ack\s+)?[Ii]n\s+(?:\w+\s+)?(?:19|20)\d\d\b")
_CONTINUING_WORDS = frozenset(
    (
        *("said", "says", "wrote", "writes", "found", "finds", "held", "holds", "concluded"),
        *("concludes", "determined", "stated", "states", "noted", "notes", "explained"),
        *("explains", "reasoned", "observed", "emphasized", "underscored", "stressed", "added"),
        *("acknowledged", "directed", "instructed", "decided", "clarified", "sent"),
        *_GOES_ON,
    )
)
_NAMED_BEFORE = deferred(r"(?:ruling|decision|opinion|order|judgment|injunction)s?\b")
_JUDGE_CONTINUES = frozenset(
    ("wrote", "writes", "found", "finds", "held", "holds", "concluded", "concludes")
)
# "The counts the judge dismissed are …", "the parts the court struck were …": a relative
# clause with no object of its own, before the verb of the sentence it sits in
_OBJECT_RELATIVE_AFTER = deferred(r"\s+(?:are|is|were|was|include|included)\b")
# "…, prompting a judge to issue a restraining order", "leading the court to block the rule":
# an event that moved a court to rule, the court's act told as an infinitive
_PROMPTED_BEFORE = deferred(r"\b(?:prompting|prompted|leading|led|forcing|causing)\s+$")
_PROMPTED_TO = deferred(
    r"\s+to\s+(?P<verb>issue|grant|block|halt|enjoin|strike\s+down|throw\s+out|void|vacate|"
    r"dismiss|order|pause|freeze)\b(?!\s+(?:a\s+)?(?:ruling|decision)\s+(?:on|soon|by)\b)"
)
# The holding first, then its court: a comma (or a quotation's closing mark) and the court's
# description before the court phrase ("…,” a sharply split Orland Supreme Court said
# Tuesday.", "…, a unanimous appeals court said.")
_INVERTED_LEAD = deferred(
    r"(?:,[\"”’]?|[\"”],?)\s+(?P<np>(?:(?:an?|the)\s+)?"
    r"(?:(?:deeply|sharply|narrowly|bitterly|closely|evenly)\s+)?"
    r"(?:(?:divided|split|splintered|fractured|unanimous|[a-z]+-(?:justice|judge|member)|"
    r"\d[-–]\d)\s+)?)$"
)
_BY_BEFORE = deferred(r"\sby\s+(?:both\s+)?$")
# a participle and its "by" right before a court phrase: ", issued by the lower court"
_BY_AGENT_BEFORE = deferred(r"\b(?:[a-z]+(?:ed|en|wn)|upheld|held|struck|put|set)\s+by\s+$")
# "… issued by the lower court in June and upheld by a First Circuit panel": the second of two
# participles of a chain, each with its own court after "by" (no auxiliary before it)
_AND_PARTICIPLE_BY = deferred(
    r"\b(?:[a-z]+(?:ed|en|wn)|upheld|held)\s+by\s+[^.;:]{3,80}?(?:,\s*|\s+)(?:and|then)\s+"
    r"(?:later\s+)?"
    r"(?P<verb>upheld|affirmed|reversed|vacated|overturned|stayed|blocked|reinstated)"
    r"(?:\s+[\w'’-]+){0,3}?\s+by\s+$"
)
# the second court of a passive's two agents: "… by both the U.S. District Court for the
# District of Maryland and the Court of Federal Claims"
_AND_AGENT = deferred(r",?\s+and\s+(?:by\s+)?$")
_WHO_AFTER = deferred(r",\s+(?:who|which)\b")
# Plural judges told by what they did to plural orders ("the judges who issued these
# injunctions"): a kind of judge, no one ruling
_JUDGES_WHO_THESE = deferred(
    r",?\s+who\s+(?:had\s+|have\s+)?[a-z]+ed\s+(?:these|those|such|many)\b"
)
# a gerund or "new" just before the verb "rules"/"orders": the noun ("listing rules")
_NOUN_RULES = deferred(r"\b(?:[a-z]{2,}ing|new)\s+$")
# "one of the three justices who …", "two of the judges who …": some of a bench
_ONE_OF = deferred(
    r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ee]ach|[Bb]oth|[Nn]either|[Ee]ither)\s+of\s+$"
)
# "was struck down Tuesday … by Obama-appointed Judge Beryl A. Howell" (Raw Story, 2013): who
# appointed the judge stands between "by" and the titled judge's phrase
_APPOINTED_BEFORE = deferred(r"\sby\s+(?P<ap>[A-Z][a-z]+-appointed\s+)$")
# "a Missouri statute ruled constitutional by a Missouri federal district court" (Topeka
# Capital-Journal, 2009): the holding as a reduced relative clause, with no auxiliary
_HELD_BY = deferred(
    r"\s(?P<verb>(?:ruled|declared|deemed|held|found)\s+(?:un)?constitutional)\s+by\s+$"
)
# a caption's parenthetical that dates its decision to the day: "(10th Cir., Mar. 3, 2023)",
# "(SD CA, June 13, 2025)", "(N.D. Tex. Aug. 20, 2024)"
_DATED_CITE = lazy(
    rf"\((?:[^()]{{1,30}}?[,\s]\s*)?(?:{MONTHS}|Mar\.|Apr\.|Jun\.|Jul\.)\s+\d{{1,2}},\s+"
    r"(?:19|20)\d\d\)"
)
# "In Doe v. Roe (1962), the Supreme Court barred …": a precedent's caption with its year in
# brackets, then the court named in full: that case's ruling told (twenty-seventh session,
# census40 P10)
_YEAR_CITE_BEFORE = lazy(r"\s\((?:1[7-9]|20)\d\d\),\s+$")
# a sentence's opening "On November 15, 2024, " or "On Friday, " before "in CASE, COURT …"
# (twenty-eighth session, census43 P1a) or "Today, " / "Yesterday, ": a blog's post of the day
_DAY_LEAD = lazy(
    rf"\s*(?:On\s+(?:(?:{MONTHS})\s+\d{{1,2}}(?:,\s+(?:19|20)\d\d)?|{DAYS})"
    r"|Today|Yesterday|Earlier\s+today|This\s+(?:morning|afternoon)),?\s+"
)
# What a court did to the law in the case its day's sentence names ("Today, in Doe v. Roe, the
# Tenth Circuit helped bring some clarity to …", "… the Tenth Circuit clarified when …"): verbs
# of a holding that ruling_verbs.csv leaves out, as they tell a precedent's doctrine as often
# ("the Supreme Court has recognized …"); read only after a day lead and the case's caption
_DAY_CASE_HOLDING = lazy(
    r"\s+(?P<verb>helped\s+(?:to\s+)?(?:bring|provide|clarify|resolve|settle|answer)|"
    r"clarified|resolved|recognized|explained|reaffirmed|settled|answered)\b"
)
# (twenty-fifth session) a digest's list item: "• Ferry tolls: In Harbor Guild v. Ames, the
# Court upheld …", "- In a 7-2 decision in Doe v. Roe, the justices ruled …" — a bullet, an
# optional short label with its colon, then "In CASE," (or "In a … ruling in CASE,"): a roundup
# tells each case's ruling after its name, so the clause is that ruling, not a precedent cited
_DIGEST_ITEM = lazy(
    r"[ \t]*(?:[•●▪◦·*–-]|\d{1,2}[.)])[ \t]+(?:[^\n:.;]{1,60}:[ \t]+)?"
    r"(?:In\s+an?\s+(?:[\w–-]+\s+){0,3}(?:ruling|decision|opinion)\s+in|In)\s+"
    r"(?:the\s+)?[A-Z][^\n;:]{0,80}?\s+vs?\.?\s+[A-Z][^\n;:]{0,80}?,\s*"
)
# "The court said in part:", "The court went on to say:", "the panel wrote, in part:" on a
# line of its own, the opinion's words set out after it: how blogs quote a ruling they told
_SAID_BLOCK = deferred(
    r"\s+(?:(?:also|further|then|later)\s+)?(?P<verb>(?:said|says|wrote|writes|explained|"
    r"explains|added|adds|stated|states|continued|continues|went\s+on\s+to\s+(?:say|write|"
    r"explain|add|state))(?:,?\s+in\s+part)?)"
    # (the words set out below; on the same line, in quotation marks, only "in part:" says
    # the words are the opinion's, not another court's the paragraph quotes)
    r"(?=,?[ \t]*:[ \t]*\n|(?<=part),?[ \t]*:[ \t]*[“\"])"
)
_BLOCK_WORDS = frozenset(
    (
        *("said", "says", "wrote", "writes", "explained", "explains", "added", "adds"),
        *("stated", "states", "continued", "continues", "went", "also", "further", "then"),
        "later",
    )
)
# "The Fifth Circuit said Tuesday Texas can keep its barrier", "the US Court of Appeals for the
# Fourth Circuit said the school board had discriminated": a court named in full that says
# something, the news the article opens on, is its ruling (a judge "says" at hearings too, so
# only a court or a panel); not what it will do, nor a statement, nor nothing
# (the day and "that" are taken whole: "said Friday that it will …" must not be read as said
# + "Friday that it will …", which the look-ahead would let through)
COURT_SAID = lazy(
    rf"\s+(?P<verb>said|says)(?>(?:\s+(?:on\s+)?{DAYS})?)(?>(?:\s+that)?)"
    # "the Fifth Circuit said oral arguments would be held in New Orleans": its calendar
    r"(?=\s+(?!(?:oral\s+)?arguments?\s+(?:will|would|are|were|is|in)\b|"
    r"(?:it|they)\s+(?:will|would|may|might|could|plans?|intends?|expects?|is|are|"
    r"has\s+(?:scheduled|received|set)|had\s+(?:scheduled|received|set)|received|"
    r"scheduled|set)\b|(?:in|through)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?(?:statement|"
    r"release|announcement|email|e-mail|notice\s+of\s+hearing)\b|(?:nothing|little|"
    r"earlier|previously)\b|"
    # "As the Supreme Court said in Brown v. Board …": another ruling, by its name
    rf"in\s+(?:the\s+)?(?!(?:{MONTHS})\b)[A-Z])[A-Za-z“\"])"
)
# "The 7th Circuit wrote that the rule lacked support", "the Supreme Court of Ohio noted that
# …": what a court named in full wrote or noted that something is, is its ruling's holding,
# as what it said (only with "that": "the 7th Circuit noted a split among the circuits" tells
# no holding; a judge writes and notes at hearings and in dissents, so only a court)
_WROTE_WORDS = frozenset(("wrote", "writes", "noted", "notes"))
# ("The Fifth Circuit emphasized that the First Amendment poses no obstacle …", a blog's
# summary of an opinion: what a court named in full stressed that something is, with "that"
# only; "the court emphasized the stakes" tells no holding)
_STRESSED_WORDS = frozenset(("emphasized", "emphasizes", "stressed", "stresses"))
COURT_STRESSED = lazy(
    rf"\s+(?P<verb>emphasized|emphasizes|stressed|stresses)(?:\s+(?:on\s+)?{DAYS})?\s+that\b"
)
COURT_WROTE = lazy(
    rf"\s+(?P<verb>wrote|writes|noted|notes)(?:\s+(?:on\s+)?{DAYS})?(?:\s+that\b|"
    # "the 7th Circuit noted the statute was ambiguous": a holding with no "that"
    r"(?=\s+(?:the|a|an|this|its|their|\w+['’]s)\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|is|are|"
    r"had|has|did|violated|violates|lacked|lacks|exceeded|exceeds|cannot|must)\b))"
)
_SEAT_AFTER = deferred(
    r"\s+(?:based\s+)?in\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s+[a-z])(?!\s+v\b)"
)
_NAMED_BENCH = deferred(
    r"(?:(?:U\.S\.\s+)?Circuit\s+)?Judges\s+[A-Z]|(?:[Tt]he|[Aa])\s+(?:[\w'’-]+\s+){0,2}"
    r"majority\b"
)
# "The Supreme Court said Monday it will hear a dispute over …" (AP, 2020): a grant of review
# told as what the court said (read here, after a court's "said", and not as a row of
# ruling_verbs.csv, whose first words are anchors: "said" is in every article); "said Monday
# it will not hear a challenge to …", "said that it would not rehear the case": a denial
SAID_GRANT = lazy(
    rf"\s+(?P<verb>(?:said|announced)(?:\s+(?:on\s+)?{DAYS})?\s+(?:that\s+)?(?:it|the\s+justices)\s+"
    r"(?:(?:will|would)"
    r"(?:\s+not)?\s+(?:hear|rehear|take\s+up|review|reconsider)|"
    # ("said Monday it would not intervene in the fight over …", "said it won't step in": a
    # denial told softly; only with the negation, "it will step in" is no ruling yet)
    r"(?:(?:will|would)\s+not|won['’]t|wouldn['’]t)\s+(?:intervene|step\s+in|get\s+involved)))"
    r"\b(?!\s+(?:oral\s+)?arguments?\b)"
)
# "the appeals court said", "a spokesman for the 9th Circuit said": the court phrase is the
# object of a preposition, not the subject
_OF_BEFORE = deferred(
    r"\b(?:for|of|at|from|with|to|by|before|on|in|and|than|against|told|asked|urged)\s+$"
)
# "Circuit Judge Don Willett, writing for the majority, stated …": the judge's opinion for
# the court is the court's ruling
_WRITING_FOR = deferred(
    r",\s+(?P<verb>writing\s+for\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:majority|court|panel))\b"
)
# 'a Sixth Circuit panel “allowed the unilateral capitulation …”' (dcquake, 2021): the
# ruling verb opens the article's quotation of the ruling
_QUOTE_GAP = deferred(r"\s*[“\"]")
# A holding verb before a clause of its own, told without "that" ("found the directive
# singled out the networks and barred them …"): a verb after it is that clause's
_HOLDING_GAP = deferred(
    r"\b(?:found|finds|concluded|concludes|determined|determines|reasoned|reasons)\s+"
    r"(?:the|this|that|its|his|her|their|a|an)\s+[^,;]*?\s(?:\w+ed|was|were|is|are|had|has)\b"
)
# A named judge whose court the article does not give continues the ruling told last, if
# that ruling is this close before it ("The Fourth Circuit said … Judge Henry Floyd wrote")
_JUDGE_NEAR = 700
# (what such a judge wrote is the holding itself: "wrote that …", not "wrote the majority
# opinion", whose noun is the mention)
_WROTE_THAT = deferred(r"\s+(?:wrote|writes)\s+that\b")
_IN_RULING = deferred(r"\s+in\s+(?:[\w-]+\s+){0,3}?(?:opinions?|orders?|rulings?|decisions?)\b")
# A sentence opening on a word that adds one more point to those told ("First,", "Second,",
# "Additionally,", "Further,"), right before its court, and how close before it the same
# court's ruling must be told for the clause to be one more holding of that ruling
_ADDING_LEAD = deferred(
    r"[\s\"“]*(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|Additionally|Moreover|"
    r"Further|Furthermore|In\s+addition|Also),\s+"
)
_ADDING_NEAR = 800
# a judge's surname: the last capitalised word of the judge's phrase
_SURNAME = deferred(r"\b[A-Z][A-Za-z'’-]+\b")
# A sentence that opens on a participle ("Reversing a trial court decision in …, the Fourth
# Circuit said"): the ruling noun after it is its object, not the ruling's own name
_PARTICIPLE_LEAD = deferred(r"[\s\"“]*[A-Z][a-z]+ing\s")
# ("… the Supreme Court's decision in Loper Bright …": a ruling noun right before the "in")
_CITED_NOUN_BEFORE = deferred(r"(?:ruling|decision|opinion|holding)\s+(?=[Ii]n\s)")
_INVERTED = deferred(
    r"\s+(?P<verb>said|wrote|concluded|decided|ruled|held|found|determined)"
    r"(?:\s+(?:(?:on\s+)?[A-Z][a-z]+day|(?:this|last)\s+week))?(?=\.|,\s)"
)
# "… won't last, an appeals court concluded this week." (Orlando Weekly, 2025), "…, a split
# 9th U.S. Circuit Court of Appeals panel decided Tuesday, adding …" (Daily Journal, 2019):
# verbs that tell a holding, whose court may be one the article names only later
_HOLDING_AFTER = frozenset(("concluded", "decided", "ruled", "held", "found", "determined"))


# A relative clause set off by commas after a court ("…, which covers …,") and one more item
# of a list of names it holds (" Louisiana,", " and Mississippi,")
_RELATIVE_OPEN = deferred(r",\s*(?:which|whose)\s")
_LIST_ITEM = deferred(r"\s+(?:and\s+|or\s+)?(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},")


# A judge told by the suit before them: "The judge overseeing the agency's lawsuit against …"
_OVERSEEING = deferred(r"\s+(?:overseeing|presiding\s+over|handling|assigned\s+to)\s")
_POSSESSIVE_S = deferred(r"['’]s\b")


def _subject_end(text: str, in_sent: list[CourtRef], idx: int, s1: int) -> tuple[int, int]:
    """Where the subject that starts with ``in_sent[idx]`` ends, and the index of the next
    court phrase outside it. A judge's "from the U.S. District Court …" and an appositive
    followed by a ruling verb ("Judge Charles Breyer, a senior judge on the federal bench
    for the Northern District of California, ruled") belong to the subject."""
    r = in_sent[idx]
    end, k = r.end, idx + 1
    if r.role == "judge" and k < len(in_sent) and in_sent[k].role == "court":
        gap, court_end = text[r.end : in_sent[k].start], in_sent[k].end
        if JUDGE_FROM.fullmatch(gap):
            end, k = court_end, k + 1
        elif _COMMA.fullmatch(gap) and text.startswith(",", court_end):
            # "Judge James E. Boasberg, U.S. District Court for the District of Columbia,
            # issued": the court in commas is the judge's
            end, k = court_end + 1, k + 1
    if r.role in ("court", "justices") and text[end : end + 1] in ("'", "’"):
        maj = _MAJORITY.match(text, end, s1)
        if maj:
            end = maj.end()  # "The Supreme Court's conservative majority ruled 6-3 that …"
    app = appositive_end(text, end, s1)
    if app is not None and _RELATIVE_OPEN.match(text, end):
        # "The 5th Circuit, which covers Texas, Louisiana, and Mississippi, granted …": the
        # relative clause's list of places runs on past the comma after its first item
        while (item := _LIST_ITEM.match(text, app, s1)) is not None:
            app = item.end()
    if app is not None and RV().match(text, app + len(text[app:s1]) - len(text[app:s1].lstrip())):
        end = app
        while k < len(in_sent) and in_sent[k].start < end:
            k += 1
    return end, k


# Every ruling verb clause ("has temporarily blocked") holds a verb's first word, reached
# from the clause's start within this many characters (an auxiliary and a few adverbs).
VERB_HEADS = Anchor("ruling_verb_head", verb_first_words(), 0, 0)
_VERB_REACH = 45  # the longest in the corpora is 23 ("had also temporarily")


@cache
def _rv_starts() -> re.Pattern[str]:
    """Where a ruling verb clause may start before its verb: a word start holding "has",
    "have", "had", an adverb's first word or a verb's, or a word ending in "day" ("Monday
    night"), not every word start (the clause pattern holds every verb form)."""
    words = trie_regex({*RV_OPENERS, *verb_first_words()})
    return re.compile(rf"(?<![A-Za-z0-9_])(?:{words}|[A-Za-z]\w*day\b)")


_LEGAL = (
    *("lawsuit", "sued", "plaintiff", "plaintiffs", "defendant", "defendants", "injunction"),
    *("unconstitutional", "complaint", "statute", "federal court", "constitution", "unlawful"),
    *("lawyer", "lawyers", "attorney", "attorneys", "prosecutor", "prosecutors", "sentenced"),
    *("indicted", "convicted", "contempt", "certiorari"),
)
_CASES = (str.lower, str.capitalize, str.title, str.upper)
# The words of ``legal_context``, in the spellings a text has them, as a Doc anchor.
LEGAL_WORDS = Anchor(
    "legal_context",
    tuple(sorted({f(w) for w in _LEGAL for f in _CASES})),
    0,
    0,
    "word",
    "word",
)


# What may not stand between a court and "and <ruling verb>": another clause, a speaker, a
# verb of what may happen.
_PREDICATE_BREAK = deferred(
    r"[;:“”\"]|\b(?:said|says|told|will|would|could|should|may|might|must|can|cannot|if|"
    r"whether|which|who|that|but|or|asked|urged|until|before|after|when)\b|n['’]t\b"
)
_FIRST_PREDICATE = deferred(
    r"\s+(?:on\s+\w+day\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:[a-z]+ed|heard|held|took|gave|sent|left|split|made|let|set)\b"
)
_AND = deferred(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?")


# what may not stand between a clause and a further predicate of its subject (", and dismissed
# another suit", ", revived a claim"): another clause of its own (a quotation, a speaker, a
# relative clause, what may happen)
_AGAIN_BREAK = deferred(
    r"[;:“”\"()]|\b(?:said|says|told|will|would|could|should|may|might|must|can|cannot|if|"
    r"whether|which|who|but|or|asked|urged|until|before|after|when|while|because)\b|n['’]t\b"
)


# What may stand between a clause and a further predicate of its subject: ", " or ", and "
# (an item of a list: "sided with A, revived B, and struck down C"), "and then", and after
# it a date set off ("and then on Aug. 1, 2024, stayed …") and a participle phrase set off by
# commas ("and then, on July 9, citing a new precedent, vacated …"): the predicate's own
# circumstances, no subject of their own
_MORE_LEAD = deferred(
    r"(?:,\s+(?:and\s+)?|\s+and\s+(?=then\b))"
    r"(?:(?:then|also|later|ultimately|eventually|finally)(?:\s*,)?\s+)?"
    rf"(?:(?:on|in)\s+(?:{MONTHS})\.?(?:\s+\d{{1,2}})?(?:,\s+(?:19|20)\d\d)?,\s+)?"
    r"(?:[a-z]+ing\s+[^,;:.“”\"()]{1,60},\s+)?"
)
# The list's items stand close together: no further item after this many characters
_MORE_GAP = 200


def _more_predicates(text: str, at: int, limit: int) -> list[tuple[int, int, int, str]]:
    """ "The justices sided with a union, revived a takings claim, and struck down a
    surcharge"; "a panel paused the rule and then on Aug. 1, relying on a new precedent,
    stayed it": the span and verb of each further ruling verb in the past tense with no
    subject of its own after the clause that ends at ``at``, in ``text[at:limit]`` — items of
    a list after a comma, or a predicate after "and then" — up to another clause (a
    quotation, a speaker, a relative clause, what may happen). Each is a ruling of the same
    subject: its news tells each item's own case, or another day. Each item is (where its
    lead starts — the comma or "and" —, where its verb starts, where its object ends, the
    verb)."""
    out: list[tuple[int, int, int, str]] = []
    pos = at
    while pos < limit:
        j, rv, k = pos, None, pos
        while rv is None:
            k = text.find(",", j, limit)
            t = text.find(" and then", j, limit)
            if t >= 0 and (k < 0 or t < k):
                k = t
            if k < 0 or k - pos > _MORE_GAP or _AGAIN_BREAK.search(text, pos, k):
                return out
            lead = _MORE_LEAD.match(text, k, limit)
            cand = RV().match(text, lead.end()) if lead is not None else None
            if cand is not None and verb_ok(text, cand, limit):
                verb = cand.group("verb")
                first = verb.split()[0].lower()
                if (first.endswith("ed") or first in _PAST_IRREGULAR) and cand.group(0) == verb:
                    rv = cand  # (past tense only, with no auxiliary: "and has …" is another clause)
                    break
            j = k + 1
        verb = rv.group("verb")
        end = object_end(text, rv.start(), rv.end(), verb, limit)
        out.append((k, rv.start(), end, " ".join(verb.lower().split())))
        pos = rv.end()  # (the next item may stand inside the reach of this one's object)
    return out


# A ruling noun's relative clause between a court and its verb: " ruling that ", " decision,
# which "
_NOUN_THAT = deferred(
    r"\b(?:ruling|decision|opinion|order|judgment|injunction)s?,?\s+(?:that|which)\s+"
    r"(?:\w+\s+)?$"
)


_PAST_IRREGULAR = frozenset(
    ("struck", "upheld", "threw", "froze", "let", "left", "set", "shot", "sent", "found", "held")
)


# what tells a bare "a court" of courts in general: "every time a court …", "the first time a
# court …", "whenever a court …"
_TIME_BEFORE_COURT = deferred(r"\b(?:times?|whenever|when|if|unless)\s+$", re.I)
_GENERIC_OBJECT = deferred(
    r"\s+(?:an?\s+(?:state|similar|federal|local|city)\s+(?:law|statute|ordinance|ban|rule)s?|"
    r"(?:state|similar|such)\s+(?:laws|statutes|ordinances|bans|rules))\b"
)
_WHEN_WORDS = deferred(rf"\b(?:{DAYS}|{MONTHS}|(?:19|20)\d\d|yesterday|today|last\s+\w+)\b")


# "lower court judges", "federal district court judges", "appeals court panels": a court phrase
# that only qualifies a bare plural of judges or panels
_GROUP_AFTER = deferred(r"\s+(?:judges|panels|courts)\b")
# what makes such a plural a definite few ("Two Sixth Circuit judges", "the 6th Circuit
# judges", "both district court judges", "its appeals court judges")
_GROUP_COUNTED = deferred(
    r"(?:\b(?:the|these|those|both|two|three|four|five|six|seven|eight|nine|ten|eleven|all|"
    r"its|their|his|her)|\d+|[\w.]+['’]s?)\s+$",
    re.I,
)


def _court_group(text: str, r: CourtRef, s0: int) -> bool:
    """Whether the court phrase ``r`` is the modifier of a bare plural ("its agenda has been
    blocked by lower court judges and appellate panels", "District court judges have halted
    dozens of its orders"): judges at large, no one ruling; "Two Sixth Circuit judges upheld
    …" and "the 6th Circuit judges struck it down" are a panel's ruling and stay."""
    if r.role not in ("court", "panel") or r.judge or not (g := _GROUP_AFTER.match(text, r.end)):
        return False
    if _JUDGES_WHO_THESE.match(text, g.end()):
        return True  # "the district court judges who issued these injunctions": a kind of judge
    first = text[r.start : r.end].split(None, 1)[0]
    return not (
        _GROUP_COUNTED.search(text, max(s0, r.start - 24), r.start)
        or _GROUP_COUNTED.fullmatch(first + " ")
    )


# A clause of time before a court ("… sent back after the Utah Supreme Court upheld the right
# last year"), and a time long past in the clause ("last year", "in 2022", "two years ago"):
# an earlier ruling recalled in passing, not the story's news (twenty-eighth session, blind14)
_ASIDE_OPENER = deferred(r"\b(?:after|since|following|before|until)\s+(?:the\s+)?$", re.I)
_LONG_PAST = deferred(
    r"\b(?:last\s+year|(?:in|of)\s+(?:19|20)\d\d|(?:\w+\s+)?(?:years?|decades?)\s+ago)\b"
)


def _dated_aside(text: str, court_at: int, verb_at: int, s1: int) -> bool:
    """Whether the clause whose court phrase opens at ``court_at`` (its verb at ``verb_at``)
    is told in a clause of time with a time long past in it, before its sentence or clause
    ends: a ruling recalled as background."""
    if _ASIDE_OPENER.search(text, max(0, court_at - 16), court_at) is None:
        return False
    stop = min(s1, verb_at + 160)
    for ch in ",;":
        k = text.find(ch, verb_at, stop)
        if k >= 0:
            stop = k
    return _LONG_PAST.search(text, verb_at, stop) is not None


def _courts_in_general(text: str, s0: int, s1: int, at: int, verb: re.Match[str]) -> bool:
    """Whether a clause whose subject is a bare "a court" tells what courts do rather than a
    ruling: in the present tense ("a court blocks a state law only when …"), after "every
    time"/"whenever", or of "a state law"/"similar laws" with no day, month or year in its
    sentence."""
    first = verb.group(0).split()[0].lower()
    headline = not text[s0:s1].rstrip().endswith((".", "!", "?", '"', "”"))
    if (
        first.endswith("s")
        and first not in ("has", "was")
        and not first.endswith("ss")
        and not headline  # ("A court blocks the tariffs" as a headline is the news)
    ):
        return True
    if _TIME_BEFORE_COURT.search(text, max(s0, at - 12), at):
        return True
    return bool(_GENERIC_OBJECT.match(text, verb.end())) and not _WHEN_WORDS.search(text, s0, s1)


def _second_predicate(text: str, at: int, limit: int) -> re.Match[str] | None:
    """The ruling verb of "<court> <predicate> and <ruling verb>" in ``text[at:limit]``; the
    "and" may be the second or third of the stretch ("has followed the decisions of the courts
    in Arizona and Texas, and denied …")."""
    j = text.find(" and ", at, limit)
    for _ in range(3):
        if j < 0 or _PREDICATE_BREAK.search(text, at, j) or not _FIRST_PREDICATE.match(text, at, j):
            return None  # none, a break, or no predicate of its own ("against Kent and limited")
        a = _AND.match(text, j if text[j - 1 : j] != "," else j - 1, limit)
        rv = RV().match(text, a.end()) if a is not None else None
        if rv is not None and verb_ok(text, rv, limit):
            return rv
        j = text.find(", and ", j + 5, limit)  # (a later "and" only after a comma)
        j += 1 if j >= 0 else 0
    return None


# the court again as the subject of a clause after its first verb: "… when it", ", as it"
_IT_AGAIN = deferred(r"(?:,\s*|\s)(?:when|as|after|because|where|and)\s+it\s+(?:also\s+)?$")


def _digest_item(text: str, subj: int) -> bool:
    """Whether the clause whose subject starts at ``subj`` opens a digest's list item on its
    line after its "In CASE," (``_DIGEST_ITEM``), with no year told in that lead (a cited
    precedent's "In Bruen (2022),")."""
    line0 = text.rfind("\n", 0, subj) + 1
    if _DIGEST_ITEM().fullmatch(text, line0, subj) is None:
        return False
    return _YEAR_IN_LEAD.search(text, line0, subj) is None


_YEAR_IN_LEAD = deferred(r"\b(?:19|20)\d\d\b")
# a headline that names a court or its judges ("Supreme Court Curtails Agency Judges")
_COURT_HEADLINE = deferred(r"\b(?:Court|Justices|Circuit|Judge)\b")
_DATE_LINE = lazy(rf"(?:{MONTHS})\s+\d{{1,2}},\s+(?:19|20)\d\d|\d{{4}}-\d\d-\d\d")


def _lead_of_story(text: str, s0: int, subj: int) -> bool:
    """Whether the sentence at ``s0``, "In CASE, the Supreme Court held …", opens the story
    right under a headline that names a court (census30 P1: "Supreme Court Curtails Agency
    Judges" / "In Doe v. Roe, the Supreme Court held that …"): the story tells that case's
    ruling as its news, not a precedent it cites (with no year told in its lead)."""
    if _YEAR_IN_LEAD.search(text, s0, subj) is not None:
        return False
    lines = [ln.strip() for ln in text[:s0].splitlines()]
    lines = [ln for ln in lines if ln and not ln.lower().startswith("source:")]
    if not lines or len(lines) > 3:
        return False
    if any(ln.endswith((".", "?", "!", ":")) for ln in lines):
        return False  # a sentence of the story stands before: this one is not its lead
    heads = [ln for ln in lines if not _DATE_LINE().fullmatch(ln)]
    return len(heads) == 1 and _COURT_HEADLINE.search(heads[0]) is not None


def find_clauses(
    text: str,
    refs: list[CourtRef],
    quotes: list[tuple[int, int]],
    verb_heads: list[tuple[int, int]] | None = None,
    legal: bool | None = None,
) -> list[Found]:
    """Ruling clauses; ``verb_heads`` are the hits of ``VERB_HEADS`` in the text and
    ``legal`` whether ``LEGAL_WORDS`` occur (the Doc's, else found here)."""
    if verb_heads is None:
        verb_heads = [
            (m.start(), m.end())
            for m in re.finditer("|".join(map(re.escape, verb_first_words())), text)
        ]
    out: list[Found] = []
    if legal is None:
        legal = legal_context(text)
    ref_starts = [r.start for r in refs]  # refs come sorted by start
    told: set[str] = set()  # the courts whose confident ruling ``out`` holds so far
    told_upto = 0
    passive_agents: set[str] = set()  # the verbs of the passives found, told before their court
    for s0, s1 in sentence_spans(text):
        lo, hi = bisect.bisect_left(ref_starts, s0), bisect.bisect_left(ref_starts, s1)
        if lo == hi:
            continue  # no court or judge in this sentence
        in_sent = _appositives(text, [r for r in refs[lo:hi] if not r.anchor])
        if not in_sent:
            continue  # (only anchors: a heading or a caption names the court, no subject)
        inside_until = -1
        for idx, r in enumerate(in_sent):
            if r.start < inside_until:
                continue  # inside the appositive of the subject before it
            if _court_group(text, r, s0):
                continue  # "blocked by lower court judges and appellate panels": courts at large
            subj_end, k = _subject_end(text, in_sent, idx, s1)
            if subj_end > r.end:
                inside_until = subj_end
            if (
                r.role == "judge"
                and text.startswith(",", subj_end)
                and _BY_BEFORE.search(text, max(s0, r.start - 6), r.start)
                # ("a ruling by Judge Lee, who struck down …": the judge's own clause)
                and not _WHO_AFTER.match(text, subj_end)
            ):
                # "The justices' order, over a dissenting vote by Justice Lee, overturns …":
                # a judge after "by" and before a comma ends a phrase inside another
                # subject's clause; the verb after the comma is not the judge's
                continue
            nxt = in_sent[k].start if k < len(in_sent) else s1
            # active: court phrase, short gap, ruling verb
            m = None
            # "The appeals court in State of Texas v. United States, No. 23-40653 (5th Cir.
            # 2025), found that …": the case's caption between the court and its verb is the
            # case's own mention; the ruling is the court phrase
            # "The judge in Ripple's case has denied …": whose case it is names no court
            caption = (
                _CAPTION.match(text, subj_end, s1) or _PARTY_CASE.match(text, subj_end, s1)
                if r.anaphoric and text.startswith(" in ", subj_end)
                else None
            )
            vs = caption.end() if caption else subj_end
            lim = min(s1, vs + 180)
            for cand in head_matches(text, RV(), verb_heads, _VERB_REACH, _rv_starts(), vs, lim):
                gap = text[vs : cand.start()]
                restart = _IT_AGAIN.search(gap)
                if (
                    restart is not None
                    and cand.start() <= nxt
                    and not cand.group("verb").split()[0].lower().endswith("s")
                ):
                    # "The court threw a lifeline to newspapers on Thursday when it decided
                    # that …": "it" is the court again, the subject of a clause of its own (a
                    # past tense: "when it rules" is still to come)
                    gap = gap[restart.end() :]
                if r.role == "judge" and _OVERSEEING.match(gap):
                    # (census42 P1) "The federal judge overseeing the SEC's lawsuit against
                    # Acme ruled …": the suit's owner in the judge's participle is no verb
                    gap = _POSSESSIVE_S.sub("", gap)
                if cand.start() > nxt or (BAD_GAP.search(gap) and not _QUOTE_GAP.fullmatch(gap)):
                    break
                if _BY_AGENT_BEFORE.search(text, max(s0, r.start - 30), r.start) and (
                    re.match(r"\s+by\b", text[cand.end("verb") : cand.end("verb") + 4])
                    # ("…, issued by the lower court in June and upheld by a First Circuit panel
                    # in September, blocked the policy": the verb after the comma is the
                    # noun's, the sentence's subject, not the agent's)
                    or (
                        "," in gap
                        and not _WHO_AFTER.match(text, subj_end)
                        and _AND_PARTICIPLE_BY.search(text, max(s0, r.start - 160), r.start)
                    )
                ):
                    # "The injunction, issued by the lower court in June and upheld by a First
                    # Circuit panel": a court that is itself a passive's agent is no subject of
                    # the next participle and its "by" (that one is the next agent's ruling)
                    break
                if _HOLDING_GAP.search(gap):
                    # "The court found the directive singled out the networks and barred them
                    # from …": the verb after a holding is its clause's (the directive's), not
                    # the court's act
                    break
                if (
                    gap[-1:].isspace()
                    and cand.group("verb").endswith(("ed", "en"))
                    and gap.strip()
                    and gap.rsplit(None, 1)[-1].lower() in _DETERMINERS
                ):
                    # "sued in federal court Thursday on behalf of three suspended players":
                    # a participle after a determiner or a number is an adjective, no verb
                    continue
                if cand.group("verb").lower().startswith(
                    ("rules", "orders")
                ) and _NOUN_RULES.search(
                    text, max(vs, cand.start("verb") - 30), cand.start("verb")
                ):
                    # "striking down Nasdaq listing rules", "new voting rules": "rules" after
                    # a gerund is the noun, no verb; the clause has run into its object
                    break
                if text[cand.start("verb") - 1] == "-":
                    # "considers arguments that voter-approved dark money law …": the half
                    # of a compound adjective is no verb
                    continue
                if verb_ok(text, cand, s1) and not (
                    cand.group("verb").lower().startswith("agreed")
                    and (
                        # "Justice Kagan agreed": a justice's agreement is a vote
                        (
                            r.role == "judge"
                            and r.court is not None
                            and (r.court == "scotus" or C.is_state_high_court(r.court))
                        )
                        # "a judge who agreed with them": what the judge is, not a ruling
                        or text.endswith("who ", 0, cand.start())
                    )
                ):
                    if (
                        r.role in ("justices", "judge", "panel")
                        and text.endswith("who ", 0, cand.start())
                        and _ONE_OF.search(text, max(s0, r.start - 24), r.start)
                    ):
                        # "Justice Lee, one of the three justices who rejected the ban, wrote
                        # …": the vote of some of the bench, not its ruling
                        break
                    m = cand
                    break
                if cand.group("verb").lower() not in ("found", "finds", "held", "holds"):
                    break
            start = r.start
            if m is None and r.role in ("court", "justices", "panel", "judge"):
                # "The Supreme Court agreed to hear the case in October and reversed the
                # judgment in June": the ruling verb is the second of two predicates
                m = _second_predicate(text, subj_end, min(s1, nxt, subj_end + 150))
            opening = None
            said_in = False
            giving = False
            # the word after the subject decides which of the rarer shapes below may apply
            # (one match instead of one per shape: most court phrases have no ruling verb)
            if (
                m is None
                and r.role in ("court", "panel")
                and r.court
                and text.startswith((" in ", " based in "), subj_end)
            ):
                # "The 7th U.S. Circuit Court of Appeals in Chicago wrote that …": the city a
                # court sits in, between it and its verb of saying, belongs to the subject
                # (only a place the table knows: "the Supreme Court in Dobbs said" names a case)
                seat = _SEAT_AFTER.match(text, subj_end, s1)
                if seat is not None and C.resolve_place(seat.group("city")) is not None:
                    subj_end = seat.end()
            nw = _NEXT_WORD.match(text, subj_end, s1) if m is None else None
            word = nw.group(1) if nw else ""
            if (
                (word in ("said", "wrote") or word in _HOLDING_AFTER)
                and r.role in ("court", "panel")
                and (r.court or (word in _HOLDING_AFTER and r.generic))
                # ("the state's top court": a high court the article's state gives)
                and (not r.anaphoric or (r.high and r.court))
                and (lead_in := _INVERTED_LEAD.search(text, max(s0, r.start - 45), r.start))
            ):
                # "The warrants violate the Fourth Amendment, a unanimous three-judge panel of
                # the U.S. Court of Appeals for the Fifth Circuit said.": the holding first, the
                # court named in full after it
                m = _INVERTED.match(text, subj_end, s1)
                if m is not None and lead_in.group("np"):
                    start = lead_in.start("np")
            if m is None and word in _SAYING and r.role in ("court", "panel", "judge", "justices"):
                # "In an order issued late Friday, U.S. District Judge … wrote that …": the
                # sentence opens on the ruling, its court the subject of a verb of saying
                if r.start - s0 < 120 and text.find("n a", s0, s0 + 30) >= 0:
                    opening = IN_LEAD().fullmatch(text, s0, r.start)
                if (
                    opening is None
                    and r.court
                    and r.start - s0 < 200
                    and "ing " in text[s0 : r.start]
                ):
                    opening = PART_LEAD().fullmatch(text, s0, r.start)
                if opening is not None:
                    m = REPORT.match(text, subj_end, s1)
                    if m is None:
                        opening = None
                if m is None:
                    # "U.S. District Judge William Young wrote in a 76-page opinion that …",
                    # "the 9th Circuit said in an unsigned order": the ruling is named as
                    # where the court said it ("wrote in his opinion" points back)
                    m = SAID_IN().match(text, subj_end, s1)
                    said_in = m is not None
                if m is None and r.role in ("court", "panel", "justices") and r.court:
                    m = SAID_GIVING().match(text, subj_end, s1)
                    giving = m is not None
            if (
                m is None
                and r.role in ("court", "panel", "justices")
                and r.court
                and not r.anaphoric
                and (day_case := CASE_LEAD.search(text, s0, r.start)) is not None
                and day_case.end() == r.start
                and _DAY_LEAD().fullmatch(text, s0, day_case.start()) is not None
            ):
                m = _DAY_CASE_HOLDING().match(text, subj_end, s1)
            continuing = False
            judge_court = None  # the court a named judge of unknown court writes for
            if (
                m is None
                and word in _BLOCK_WORDS
                and r.role in ("court", "panel", "justices")
                and any(f.start < r.start for f in out)
            ):
                # "The court said in part:" and the opinion's words set out below it: a
                # court whose ruling the article told continues it by the words it quotes
                bq = _SAID_BLOCK.match(text, subj_end)
                if bq is not None and bq.end() <= s1 + 1:
                    m, continuing = bq, True
            if (
                m is None
                and r.role == "judge"
                and r.court is None
                and not r.generic
                and (
                    _WROTE_THAT.match(text, subj_end, s1) is not None
                    or text.startswith(", writing ", subj_end)
                )
                # (not a judge who dissents: "Judge Smith, in a dissent, wrote that …")
                and "dissent" not in text[s0:s1]
            ):
                judge_court = _last_told(out, r.start)
            if m is None and word in _CONTINUING_WORDS and (r.court or judge_court):
                while told_upto < len(out):
                    f = out[told_upto]
                    told_upto += 1
                    if f.court and f.confidence >= 0.7:
                        told.add(f.court)
                # ("In her ruling, Perry wrote …": the noun before it is the mention; not
                # "Reversing a trial court decision, the court said": that noun is an object)
                if (
                    (r.court or judge_court) in told
                    and (
                        not _NAMED_BEFORE.search(text, s0, r.start)
                        or _PARTICIPLE_LEAD.match(text, s0, r.start) is not None
                    )
                    and not _YEAR_LEAD.match(text, s0, r.start)
                    # ("“…,” the judge wrote": a judge's quotation may be from the bench; a
                    # court's, "“…,” the 8th Circuit said", is its ruling's)
                    and not (
                        r.role == "judge"
                        and _AFTER_QUOTE.search(text, max(s0, r.start - 5), r.start)
                    )
                ):
                    cm = _CONTINUES.match(text, subj_end, s1)
                    if (
                        cm is not None
                        and cm.group("verb") == "clarified"
                        and text[r.start : r.end].lower() == "the court"
                    ):
                        # "the Court clarified that …": a bare "the Court" restating a
                        # holding may be any court the paragraph names; only a court
                        # named as such ("The state's Court of Appeals clarified")
                        cm = None
                    if (
                        cm is not None
                        and cm.group("verb") in ("said", "says")
                        and text[r.start : r.end].lower() == "the court"
                        and _AFTER_CLAUSE.search(text, max(s0, r.start - 4), r.start)
                    ):
                        # "This denied firms a hearing, the court said.": a bare "the court"
                        # given as the source of the words before it is an attribution, no
                        # second telling of its ruling (a court named as such, "…, the 8th
                        # Circuit said", is)
                        cm = None
                    if cm is not None and (
                        r.role in ("court", "panel", "justices")
                        or (
                            r.role == "judge"
                            and cm.group("verb") in _JUDGE_CONTINUES
                            # "Justice Kagan wrote": one justice's opinion may be a dissent
                            and r.court != "scotus"
                            and not C.is_state_high_court(r.court or judge_court or "")
                            # ("Judge Lee blocked the law. Lee wrote that …": a judge the
                            # article named before only sets out the reasons of the ruling
                            # told; the author it names first, "The court said … Judge Ann
                            # Lee wrote that …", continues that ruling)
                            and (
                                not _judge_named_before(text, r)
                                # ("Lee wrote in both opinions:": where the ruling is told)
                                or _IN_RULING.match(text, cm.end(), s1) is not None
                            )
                        )
                    ):
                        m, continuing = cm, True
            wcourt = r.court or judge_court
            if (
                m is None
                and r.role == "judge"
                and wcourt
                # (a justice's opinion is a vote the gold leaves to the court's own clause)
                and wcourt != "scotus"
                and not C.is_state_high_court(wcourt)
            ):
                wf = _WRITING_FOR.match(text, subj_end, s1)
                if wf is not None:
                    m, continuing = wf, True
            court_said = False
            if (
                m is None
                and (
                    word in ("said", "says", "announced")
                    or word in _WROTE_WORDS
                    or word in _STRESSED_WORDS
                )
                and r.role in ("court", "panel")
                and r.court
                # ("Judges Lark, Osei and Voss said the law survived", "the majority said":
                # a bench, whose court is the one named before, says what it held)
                and (
                    not r.anaphoric
                    or _NAMED_BENCH.match(text, r.start) is not None
                    # "The panel wrote that …": a bench of the court named before, in writing
                    or (r.role == "panel" and word in _WROTE_WORDS)
                )
                and not _OF_BEFORE.search(text, max(s0, r.start - 9), r.start)
                and not _YEAR_LEAD.match(text, s0, r.start)  # (an earlier ruling recalled)
            ):
                m = (
                    COURT_WROTE().match(text, subj_end, s1)
                    if word in _WROTE_WORDS
                    else COURT_STRESSED().match(text, subj_end, s1)
                    if word in _STRESSED_WORDS
                    else SAID_GRANT().match(text, subj_end, s1)
                    # ("announced Monday that it will hear": a grant told as an announcement;
                    # what else a court announced is no ruling read here)
                    or (None if word == "announced" else COURT_SAID().match(text, subj_end, s1))
                )
                court_said = m is not None
            if m is None and word == "was" and r.role in ("court", "panel", "justices") and r.court:
                # "The D.C. Circuit was not persuaded that …": not a row of ruling_verbs.csv,
                # whose first words are anchors: "was" is in every article
                m = _UNPERSUADED.match(text, subj_end, s1)
            if m is None:
                # "A federal judge will continue to temporarily block the agency's plan"
                m = CONTINUE().match(text, subj_end, s1)
                if m is not None and hypo_present(text[max(s0, r.start - 40) : r.start]):
                    continue  # "until the judge continues to block": not yet
            if (
                m is None
                and r.role in ("court", "judge", "panel")
                and _PROMPTED_BEFORE.search(text, max(s0, r.start - 12), r.start)
            ):
                # "…, prompting a state judge to issue a restraining order that …": what the
                # court was moved to do, and did
                m = _PROMPTED_TO.match(text, subj_end, s1)
            if m is None and r.role in ("court", "judge", "panel"):
                # "the 9th Circuit, which has ruled against one version of the travel ban":
                # the court's ruling told in a relative clause; the span opens at "which"
                # ("appealed to the en banc panel, which reversed both Benitez and the 3-judge
                # panel": a panel's too, gunmagwarehouse.com 2023)
                rel = RELATIVE.match(text, subj_end, s1)
                rv = RV().match(text, rel.end()) if rel else None
                if (
                    rel
                    and rv
                    and (r.role == "judge") == (rel.group("w") == "who")
                    and verb_ok(text, rv, s1)
                ):
                    # (a court the discourse cannot place, "lost in U.S. District Court,
                    # which ruled …", keeps its words: the level the suit's court is read by)
                    m, start = rv, rel.start("w") if r.court else r.start
            if m is None:
                # (every passive ends on "by " right before its court: asked first, cheaply)
                at = r.start  # where the passive's "by " ends
                if text.startswith("appointed ", r.start - 10):
                    ap = _APPOINTED_BEFORE.search(text, max(s0, r.start - 40), r.start)
                    at = ap.start("ap") if ap else at
                pm = (
                    PASSIVE().search(text[max(s0, at - 80) : at])
                    if _BY_BEFORE.search(text, max(s0, at - 11), at)
                    else None
                )
                agent = (
                    out[-1]
                    if pm is None
                    and out
                    and out[-1].ref is not None
                    and out[-1].ref.court
                    and out[-1].act in passive_agents
                    and s0 <= out[-1].ref.end < r.start
                    and _AND_AGENT.fullmatch(text, out[-1].ref.end, r.start)
                    else None
                )
                if agent is not None and r.court and r.court != agent.court:
                    # "… declared invalid by both the District Court for the District of
                    # Maryland and the Court of Federal Claims": the second court's ruling
                    # too, told by its name
                    out.append(Found(r.start, r.end, r.court, r.anaphoric, 0.8, agent.act, r))
                    continue
                if pm is None and at == r.start and text.startswith("stitutional by ", at - 15):
                    pm = _HELD_BY.search(text, max(s0, at - 40), at)
                    if pm is not None:
                        out.append(Found(pm.start("verb"), r.end, r.court, r.anaphoric, 0.8,
                                         pm.group("verb"), r))  # fmt: skip
                        continue
                if (
                    not pm
                    and r.role == "court"
                    and IN_BEFORE.search(text, max(0, r.start - 5), r.start)
                ):
                    pm = PASSIVE_IN().search(text[max(s0, r.start - 130) : r.start])
                    if pm and re.search(r"\b(?:will|would|could|may|might)\b", pm.group(0)):
                        pm = None
                if not pm and r.court and _BY_BEFORE.search(text, max(s0, at - 11), at):
                    chain = _AND_PARTICIPLE_BY.search(text, max(s0, at - 160), at)
                    if chain is not None:
                        # (the chain's second participle: its agent's own ruling)
                        out.append(Found(chain.start("verb"), r.end, r.court, r.anaphoric, 0.8,
                                         chain.group("verb"), r))  # fmt: skip
                        passive_agents.add(chain.group("verb"))
                        continue
                if not pm:
                    continue
                pstart = max(s0, at - (80 if pm.re is PASSIVE() else 130)) + pm.start()
                out.append(Found(pstart, r.end, r.court, r.anaphoric, 0.8, pm.group("verb"), r))
                passive_agents.add(pm.group("verb"))
                continue
            if _hypothetical(text, s0, r.start, m):
                continue
            if (
                text.endswith("with ", 0, r.start)
                and _GERUND_AFTER.match(text, subj_end)
                and ruling_noun_before(text, s0, r.start, r.anaphoric, r.judge)
            ):
                # "The ruling expanded an earlier injunction with Judge Roe ordering that the
                # rule be set aside": what the ruling its sentence tells did, told by a
                # participle, no second ruling (census36 P10)
                continue
            if (
                r.role in ("judge", "justices")
                and " for " in m.group("verb")
                and _AFTER_QUOTE.search(text, max(s0, r.start - 4), r.start)
                and (
                    any(f.court == r.court for f in out)
                    or _NAMED_BEFORE.search(text, 0, s0) is not None
                )
            ):
                # "“The ban cannot stand,” Justice Lee wrote for the majority": after a ruling
                # told, the author given to its quoted words is an attribution, as a judge's
                # "“…,” the judge wrote" is (no second ruling mention)
                continue
            if _OBJECT_RELATIVE_AFTER.match(text, m.end()):
                continue  # "The two charges the judge dismissed are: …": what it named
            if (lead_case := CASE_LEAD.search(text, s0, r.start)) is not None and not (
                # "Citing the Supreme Court's decision in Loper Bright …, the court found":
                # the case a participle opening the sentence cites is a precedent of the
                # ruling, not its name (the court is the one told before)
                (
                    _PARTICIPLE_LEAD.match(text, s0, r.start)
                    and _CITED_NOUN_BEFORE.search(text, s0, lead_case.start() + 3)
                )
                # "In Alvarez v. Pinecrest, (10th Cir., Mar. 3, 2023), the 10th Circuit
                # rejected …": a caption cited with its day of decision is a slip opinion the
                # sentence reports, its court the subject (the case's name a mention too)
                or _DATED_CITE().search(text, lead_case.start(), r.start) is not None
                or (
                    not r.anaphoric
                    and r.court == "scotus"
                    and _YEAR_CITE_BEFORE().search(text, max(s0, r.start - 12), r.start) is not None
                )
                # (twenty-fourth session) "On November 15, 2024, in Texas v. Department of
                # Labor, Judge Jordan ruled …": a sentence opening on the day the ruling came
                # tells that day's ruling in the case it names, not a precedent it cites
                or _DAY_LEAD().fullmatch(text, s0, lead_case.start()) is not None
                or _digest_item(text, r.start)
                or _lead_of_story(text, s0, r.start)
                # "… as in Smith v. Agency, where the court upheld …" (a round-up's item, a
                # suit ``lawsuits.csv`` places in its court): that suit's ruling, told
                or (
                    r.anaphoric
                    and r.court is not None
                    and r.court == where_caption_court(text, r.start)
                )
            ):
                continue  # "In Sackett v. EPA, the court …": the case's name is the mention
            if r.anaphoric and r.court is None and not legal:
                continue
            if r.anaphoric and r.court is None and text[r.start : r.end].lower() == "the judges":
                continue  # "…, the judges have ruled." with no panel named before: judges at large
            if r.court is None and not legal and r.level is None:
                continue
            # "The decision authored by Chief Justice John Roberts and joined by … rejects":
            # the court phrase is an agent inside the subject; the ruling noun is the subject
            lead = RN_LEAD().match(text, s0, r.start)
            if (
                lead
                and re.search(r"\bby\b", text[lead.end() : r.start])
                # (not when another ruling noun stands before the "by": "The ruling is a
                # sharp break from a 2023 decision by Judge X, who struck down …" — the agent
                # is that nearer noun's, and the lead noun another court's ruling)
                and not _ANOTHER_NOUN.search(text, lead.end(), r.start)
                # (not when the agent is another court or judge: "The 70-page decision,
                # authored by Chief Justice Mike McGrath, comes 16 months after … Judge Kathy
                # Seeley ruled" is the high court's decision, and Seeley's ruling another)
                and not any(o.start >= lead.end() and o.court != r.court for o in in_sent[:idx])
            ):
                start = lead.start("np")
            verb = m.group("verb")
            end = (
                m.end()
                if said_in or giving or continuing or court_said
                else object_end(text, m.start(), m.end(), verb, s1)
            )
            if caption is not None and m.start() >= caption.end():
                end = r.end
            elif end == m.end() and " ".join(m.group("verb").split()).endswith(GRANT_ENDS):
                # "The Supreme Court agreed to hear the case in October and reversed the
                # judgment in June": the grant and the ruling after it, one clause
                rv = _second_predicate(text, subj_end, min(s1, nxt, subj_end + 150))
                if rv is not None and rv.start() > m.end():
                    end = rv.end()
            if (
                in_quotes(start, quotes)
                and not _quoted_level_back(text, r)
                and not _quoted_news(text, r, start, quotes)
            ):
                continue  # a speaker's words, not the article's report of a ruling
            court = r.court or judge_court or circuit_from_sentence(text[s0:s1], r)
            if court is None and r.role == "court" and "certiorari" in text[m.start() : end]:
                # "On January 10, the Court denied a certiorari petition filed by …" (Bloomberg
                # BNA, 2011): a court that acts on a petition for certiorari is the Supreme
                # Court when the article names no other
                court = "scotus"
            conf = 0.65 if r.guessed else 0.85 if r.court else 0.7 if court else 0.6
            act = " ".join(m.group("verb").lower().split())
            if text[r.start : r.end].lower() == "a court" and _courts_in_general(
                text, s0, s1, r.start, m
            ):
                continue  # "a court blocks a state law only when …": what courts do, no ruling
            if caption is not None and m.start() >= caption.end():
                act = "named with its case"  # the court phrase names the case: no finding
            background = (
                m.group(0).lower().startswith("had ")
                or (start > r.start and m.group(0).lower().startswith(("has ", "have ")))
                # "… to the 4th, 9th and 1st Circuits, all of which refused to lift them"
                or bool(RELATIVE_SUBJECT.match(text, r.end, m.start()))
                or _dated_aside(text, r.start, m.start(), s1)
            )  # "the 9th Circuit, which has ruled against …": recalled, not the news
            back = r.anaphoric or continuing
            if opening is not None:
                # the ruling is the noun phrase ("a 2-1 decision issued on Aug. 13"); its
                # court is the subject after it ("In her ruling, …" is the nouns pass's)
                # "In a 2-to-1 decision last August, the US Court of Appeals for the Fourth
                # Circuit said": the noun, its court and the verb, one ruling
                start, end = opening.start("np"), m.end()
            if said_in and m.group("det") not in ("a", "an"):
                # "Judge Sorokin wrote in his 31-page decision": the noun points back to the
                # ruling of the court its sentence names
                start, back = m.start("np"), True
            elif (
                (said_in or opening is not None)
                and court
                and any(f.court == court and f.confidence >= 0.7 for f in out)
            ):
                back = True  # "the Kansas judge wrote in a 47-page order": the one told before
            if (
                court
                and start == r.start
                and _ADDING_LEAD.fullmatch(text, s0, r.start) is not None
                and any(f.court == court and f.start >= r.start - _ADDING_NEAR for f in out)
            ):
                # "The Fifth Circuit limited its ruling in several ways. First, the Fifth
                # Circuit allowed …": one more holding of the ruling just told, no new ruling
                continue
            if r.role == "judge" and start == r.start and _OVERSEEING.match(text, vs):
                # "The judge overseeing the agency's lawsuit against Acme ruled …": the suit
                # is a mention of its own; the ruling is told from its verb
                start = m.start("verb")
            out.append(Found(start, end, court, back, conf, act, r, background))
            if (
                court
                and not act.endswith(GRANT_ENDS)
                # (twenty-fifth session, census30 P15: "a Jan. 28 Commonwealth Court ruling
                # that overturned the law, Act 77, and ordered it to expire": the acts of one
                # ruling its noun's relative clause tells, no second ruling)
                and not _NOUN_THAT.search(text, r.end, m.start())
            ):
                first_found = out[-1]
                more = _more_predicates(text, m.end(), min(s1, nxt))
                if more and more[0][0] < first_found.end:
                    # ("sided with A, revived B": the first clause's object ends at the list)
                    out[-1] = replace(first_found, end=max(m.end(), more[0][0]))
                for i, (_, vs, ve, act) in enumerate(more):
                    if i + 1 < len(more):
                        ve = min(ve, more[i + 1][0])
                    out.append(replace(first_found, start=vs, end=ve, act=act, ref=None))
    out.extend(_as_did(text, refs, out))
    out.extend(_denied_when_asked(text, refs, quotes))
    out.extend(_elided_high_courts(text, out, quotes))
    out.extend(_according_to(text, refs, quotes))
    return (
        out
        + court_pronoun_clauses(text, refs, quotes)
        + pronoun_clauses(text, refs, quotes)
        + find_sentencings(text, refs, quotes)
        + list_item_clauses(text, refs)
        + title_case_headlines(text, refs, out)
    )


# "…, Oregon's upheld a fee, and Vermont's blocked a zoning plan": another state's court of
# the same kind, its noun left out, in a list after a state's high court's ruling
_ELIDED_STATE = deferred(
    r"(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?P<st>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+"
)
_HIGH_COURT_HEAD = deferred(
    r"(?:Supreme\s+(?:Judicial\s+)?Court|high(?:est)?\s+court|top\s+court)$"
)


def _elided_high_courts(
    text: str, clauses: list[Found], quotes: list[tuple[int, int]]
) -> list[Found]:
    """ "The Nevada Supreme Court rejected the tax, Oregon's upheld the fee, and Vermont's
    blocked the plan": after a ruling of a state's high court named "<State> Supreme Court",
    a state's possessive followed by a ruling verb, in the same sentence, is that state's high
    court ruling (the noun elided). Each list item's span is the possessive and its verb
    phrase."""
    out: list[Found] = []
    for f in clauses:
        r = f.ref
        if (
            r is None
            or f.anaphor
            or not f.court
            or not C.is_state_high_court(f.court)
            or not _HIGH_COURT_HEAD.search(text, r.start, r.end)
        ):
            continue
        _, s1 = sentence_span(text, f.start)
        at = f.end
        while at < s1:
            m = _ELIDED_STATE.search(text, at, s1)
            if m is None:
                break
            at = m.end()
            st = C.state_by_name().get(C._fold(m.group("st")))
            rv = RV().match(text, m.end())
            if st is None or not st.high_courts or rv is None or not verb_ok(text, rv, s1):
                continue
            if in_quotes(m.start("st"), quotes):
                continue
            end = object_end(text, rv.start(), rv.end(), rv.group("verb"), s1)
            nxt = _ELIDED_STATE.search(text, rv.end(), end)
            if nxt is not None:
                end = nxt.start()  # (the list's next item)
            act = " ".join(rv.group("verb").lower().split())
            out.append(Found(m.start("st"), end, st.high_courts[0], False, 0.8, act, None))
            at = max(at, end)
    return out


def title_case_headlines(text: str, refs: list[CourtRef], clauses: list[Found]) -> list[Found]:
    """ "Florida Supreme Court Overturns First-Degree Murder Conviction", "U.S. Supreme Court
    Refuses to Block Execution": a headline printed in title case, a court opening its line
    and a capitalised ruling verb after it, is that court's ruling. Only a court that opens a
    line holding no full stop is read; the line is read in lower case."""
    out: list[Found] = []
    found_at = {f.start for f in clauses}
    for r in refs:
        quoted_end = None
        if r.start > 0 and text[r.start - 1] != "\n":
            quoted_end = _quoted_headline_end(text, r)
            if quoted_end is None:
                tail = _tail_headline(text, r)
                if tail is None and r.start < _HEADLINE_REACH:
                    tail = _passive_headline(text, r)
                if tail is not None and r.start not in found_at:
                    out.append(tail)
                continue  # (the common case, asked first: a court inside its line)
        if r.start in found_at or text[r.end : r.end + 1] != " ":
            continue
        if not text[r.end + 1 : r.end + 2].isupper():
            continue  # (the verb in lower case: the clause finder's)
        nl = text.find("\n", r.end)
        line_end = nl if nl >= 0 else len(text)
        if quoted_end is not None:
            line_end = quoted_end
        elif line_end - r.end > 120 or "." in text[r.end : line_end]:
            continue  # a sentence, not a headline
        line = text[r.end + 1 : line_end].lower()
        skip = 0
        if line.startswith("majority "):
            # "Wisconsin Supreme Court Majority Rules That …": the court's majority is the court
            skip = len("majority ")
            line = line[skip:]
        m = RV().match(line)
        if m is None and line.startswith("says ") and not _SAYS_AHEAD.match(line, 5):
            # "7th Circ. Says Wendy's Couldn't Foresee Shooting": what the court held (not
            # "Supreme Court Says It Will Hear …": what it will do)
            out.append(Found(r.start, r.end + 5, r.court, False, 0.7, "says", r))
            continue
        if m is None or not verb_ok(line, m, len(line)):
            continue
        end = r.end + 1 + skip + object_end(line, m.start(), m.end(), m.group("verb"), len(line))
        act = re.sub(r"\s+", " ", m.group("verb").lower())
        out.append(Found(r.start, end, r.court, False, 0.75, act, r))
    return out + _judge_headlines(text, refs)


# (twenty-third session) A headline quoted in running text after its outlet: "NYT (Gift
# Article): In Birthright Citizenship Case, Supreme Court Limits Power of Judges to Block
# Trump Policies." — the outlet's name and a colon opening a sentence, at most a title-case
# phrase and a comma before the court, the run after it in title case up to its full stop
_QUOTED_LEAD = deferred(
    # (a column's kicker of small words and a date too: "Daily Bread for 7.2.25: …")
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[A-Z][\w.&'’-]*"
    r"(?:\s+(?:[A-Z][\w.&'’-]*|(?:for|of|the)(?=\s+[A-Z\d])|\d[\d.]*\d)){0,3})"
    r"(?:\s+\([^()\n]{1,40}\))?:\s+(?P<pre>[A-Z][^.:;\n]{0,60}?,\s+)?$"
)
_QUOTED_END = deferred(r"[.!?](?=\s|$)|\n")
_TITLE_WORD = deferred(r"(?:[A-Z0-9][\w.'’-]*|[Vv]s?\.)")


def _quoted_headline_end(text: str, r: CourtRef) -> int | None:
    """Where a title-case headline quoted after its outlet's name (``_QUOTED_LEAD``) ends,
    when the court ``r`` opens its claim: the full stop or line break after it, at most 120
    characters on, every word of the claim and of the phrase before the court capitalised
    but the small words of titles. None when ``r`` opens no such headline."""
    if not text[r.end + 1 : r.end + 2].isupper() or r.court is None:
        return None
    lead = _QUOTED_LEAD.search(text, max(0, r.start - 120), r.start)
    if lead is None:
        return None
    stop = _QUOTED_END.search(text, r.end, r.end + 121)
    if stop is None:
        return None
    words = [
        *(lead.group("pre") or "").replace(",", " ").split(),
        *text[r.end : stop.start()].split(),
    ]
    if any(not _TITLE_WORD.fullmatch(w) and w not in _TITLE_SMALL for w in words):
        return None
    return stop.start()


# what a court "says" it will, may or would do is no ruling
_SAYS_AHEAD = deferred(
    r"(?:it|they|justices|judges?)(?:['’]ll|\s+(?:will|would|may|might|could|won['’]t|"
    r"plans|intends|expects|needs|wants|is\s+(?:going|set|poised|likely|ready)))\b"
)
# "SPAC Investors Can't Sue Lucid Over Merger, 9th Circ. Says", "It's OK to ban camping,
# high court rules": a headline that ends on its court and a verb of holding after a comma
_TAIL_VERB = deferred(r" (?P<verb>[Ss]ays|[Rr]ules|[Ff]inds|[Hh]olds)[ \t]*(?=\n|$)")
_TAIL_BEFORE = deferred(r",\s+(?:[Tt]he\s+|[Aa]n?\s+)?$")


def _tail_headline(text: str, r: CourtRef) -> Found | None:
    """The ruling of a headline line that closes on "…, <court> Says/Rules" (no full stop
    in the line's claim, at most 160 characters). A judge "says" at hearings too: after a
    judge only "rules", "finds" or "holds" is read."""
    if text[r.end : r.end + 1] != " " or text[r.end + 1 : r.end + 2] not in "SRFHsrfh":
        return None
    v = _TAIL_VERB.match(text, r.end)
    if v is None or (r.role == "judge" and v.group("verb").lower() == "says"):
        return None
    line0 = text.rfind("\n", 0, r.start) + 1
    if r.start - line0 > 160 or not _TAIL_BEFORE.search(text, max(line0, r.start - 12), r.start):
        return None
    claim = text[line0 : r.start]
    if ". " in claim or "“" in claim or '"' in claim:
        return None  # a sentence or a quotation, not a headline's claim
    return Found(r.start, v.end(), r.court, False, 0.75, v.group("verb").lower(), r)


# "FCC Rules Struck Down by Sixth Circuit", "Mask Mandate Blocked by Federal Judge": a
# headline's passive, its participle capitalised, its court after "by" with no "was"
# (built on first use: the participles come from ``ruling_verbs.csv``)
@cache
def _head_passive() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w.])(?P<verb>{passive_participles()})\s+by\s+(?:the\s+|an?\s+)?$",
        re.IGNORECASE,
    )


def _passive_headline(text: str, r: CourtRef) -> Found | None:
    """The ruling of a title-case headline line (the article's first lines, no full stop, at
    most 160 characters) that tells it in the passive with no auxiliary: "<Thing> Struck Down
    by <court>". The participle must be printed capitalised (a headline's title case; a
    sentence's "struck down by" is the clause finder's, with its "was")."""
    if r.role not in ("court", "panel", "justices", "judge") or r.court is None:
        return None
    if not text.endswith(" by ", 0, r.start) and not text.endswith(" by the ", 0, r.start):
        return None
    line0 = text.rfind("\n", 0, r.start) + 1
    nl = text.find("\n", r.end)
    line_end = nl if nl >= 0 else len(text)
    if line_end - line0 > 160 or ". " in text[line0:line_end] or "“" in text[line0:line_end]:
        return None
    pm = _head_passive().search(text, max(line0, r.start - 40), r.start)
    if pm is None or not text[pm.start("verb")].isupper():
        return None
    # (every word before it capitalised too: a title-case line, not a sentence's fragment)
    if any(w[:1].islower() and w not in _TITLE_SMALL for w in text[line0 : pm.start()].split()):
        return None
    return Found(pm.start("verb"), r.end, r.court, False, 0.75, pm.group("verb").lower(), r)


_TITLE_SMALL = frozenset({"a", "an", "the", "of", "on", "in", "for", "to", "and", "or", "at"})


# A title-case headline's subject that names no judge: "Judge Sentences Ex-Governor …",
# "Federal Judge Blocks …" (read only at a line's start)
# (a state's name may open it: "Texas Judge Tosses Biden Overtime Expansion")
# (twenty-fourth session) or "Court" ("Texas Court Strikes Down Federal Overtime Rule"): a
# state's or a federal court not named further, placed as the bare judge is
_HEAD_JUDGE = deferred(
    r"(?:(?P<st>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?(?:(?:Federal|U\.S\.|US)\s+)?"
    r"(?P<head>Judge|Court)\s(?=[A-Z][a-z])"
)


_HEAD_ADVERBS = frozenset({"Partially", "Partly", "Temporarily", "Permanently", "Again"})


def _judge_headlines(text: str, refs: list[CourtRef]) -> list[Found]:
    """ "Judge Sentences Ex-Virginia Governor to Two Years in Prison": a title-case headline
    whose subject is a bare "Judge" (no court phrase: a capital after "Judge" reads as a
    name) and whose next word is a capitalised ruling verb, in the article's first lines (its
    headline and subheadline). Its court is that of the first judge the article names after
    it; without one, nothing is found."""
    out: list[Found] = []
    # (the lines that open on those words, each found with one ``str.find``: most articles
    # have none, and "Judge" inside a line is common)
    starts = [h.start("at") for h in _HEAD_JUDGE_LINE.finditer(text, 0, _HEADLINE_REACH)]
    # (twenty-fourth session) a section heading further down, the whole line in title case:
    # "Federal Judge Blocks Trump's Elections Order Nationwide" between two paragraphs
    starts += [
        h.start("at")
        for h in _HEAD_JUDGE_LINE.finditer(text, _HEADLINE_REACH)
        if h.group("kicker") is None and _title_case_line(text, h.start("at"))
    ]
    for line0 in starts:
        head = _HEAD_JUDGE.match(text, line0)
        if head is None:
            continue
        st = head.group("st")
        if st and st not in ("Federal", "US") and C._fold(st) not in C.state_by_name():
            continue  # ("Supreme Judge …", "Chief Judge …": no state's name)
        sp = text.find(" ", head.end(), head.end() + 20)
        if text[head.end() : sp] in _HEAD_ADVERBS:
            # "Federal Judge Partially Blocks ATF Gun Dealer Rule": the verb after the adverb
            nsp = text.find(" ", sp + 1, sp + 21)
            if text[sp + 1 : nsp] not in headline_verbs():
                continue
        elif text[head.end() : sp] not in headline_verbs():
            continue  # "Judge Allen Winsor ruled …": a judge's name opens the line
        nl = text.find("\n", head.end(), head.end() + 121)
        line_end = nl if nl >= 0 else len(text)
        if line_end - head.end() > 120:
            continue  # a sentence, not a headline
        rest = text[head.end() : line_end]
        if "." in rest:
            continue
        line = rest.lower()
        m = RV().match(line)
        roles = ("judge",) if head.group("head") == "Judge" else ("judge", "court")
        state = C.state_by_name().get(C._fold(st)) if st else None
        judge = next(
            (
                r
                for r in refs
                if line_end <= r.start < line_end + 2000
                and r.role in roles
                and (state is None or _in_state(r, state))
            ),
            None,
        )
        if m is None or judge is None or not verb_ok(line, m, len(line)):
            continue
        end = head.end() + object_end(line, m.start(), m.end(), m.group("verb"), len(line))
        if head.group("head") == "Judge":
            ref = CourtRef(
                line0, head.end() - 1, "judge", judge.court, C.LEVEL_DISTRICT, generic=True
            )
        else:  # (a "Court" is the court the article goes on to name, at its level)
            ref = CourtRef(line0, head.end() - 1, "court", judge.court, judge.level, generic=True)
        act = re.sub(r"\s+", " ", m.group("verb").lower())
        out.append(Found(line0, end, judge.court, False, 0.75, act, ref))
    return out


# (opens on the line break, so the engine skips ahead to each one)
_HEADLINE_REACH = 400  # where an article's headline and subheadline lie
# (twenty-fourth session) after a kicker and a colon on the headline's line: "Overtime
# Overruled: Texas Judge Strikes Down …" (the kicker short, with no full stop)
_HEAD_JUDGE_LINE = deferred(
    r"(?:^|\n)(?P<kicker>[A-Z][^\n:.]{0,58}:\s+)?(?P<at>(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?"
    r"(?:(?:Federal|U\.S\.|US)\s+)?(?:Judge|Court)\s[A-Z])"
)


def _in_state(r: CourtRef, state: C.State) -> bool:
    """Whether ``r`` may be a court of ``state`` ("Texas Judge …" is no judge in Seattle)."""
    if r.court is None:
        return r.postal in (None, state.postal)
    return (
        r.court in state.districts
        or r.court in state.high_courts
        or C.postal_of_court(r.court) == state.postal
        or r.postal == state.postal
    )


def _title_case_line(text: str, line0: int) -> bool:
    """Whether the line from ``line0`` is a title-case heading: no full stop, at most 120
    characters, every word capitalised but the small ones."""
    nl = text.find("\n", line0)
    line = text[line0 : nl if nl >= 0 else len(text)]
    if len(line) > 120 or "." in line:
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL or not w[:1].isalpha() for w in line.split())


def _as_did(text: str, refs: list[CourtRef], clauses: list[Found]) -> list[Found]:
    """ "A Texas federal judge agreed with them, and halted the rule nationwide, as did the
    U.S. Court of Appeals for the Fifth Circuit": a court that did as a ruling before it in
    its sentence did gave a ruling of its own."""
    out: list[Found] = []
    # (no search of the whole text first: each court's 70 characters before it are all that
    # is read, fewer than an article's)
    for r in refs:
        lo = max(0, r.start - 70)
        if not r.court or text.find(" as did ", lo, r.start) < 0:
            continue
        lead = _AS_DID.search(text, lo, r.start)
        if lead is None:
            continue
        s0, _ = sentence_span(text, r.start)
        if any(s0 <= f.start and f.end <= lead.start() for f in clauses):
            out.append(Found(lead.start(), r.end, r.court, False, 0.75, "as did", r))
    return out


def _denied_when_asked(
    text: str, refs: list[CourtRef], quotes: list[tuple[int, int]]
) -> list[Found]:
    """ "The administration appealed the order to the U.S. Court of Appeals for the Ninth
    Circuit, but it was denied": a request put to a court its sentence names, then turned down
    with no court after the passive ("by …"), is that court's ruling. Only a court the
    request's own verb reaches ("appealed … to", "asked"), and only "it" or the request's noun
    as the passive's subject."""
    out: list[Found] = []
    # (each court's 160 characters before it are read only when ", but " follows it closely)
    for r in refs:
        if not r.court or r.anaphoric or r.role not in ("court", "panel", "justices"):
            continue
        if text.find(", but ", r.end, r.end + 80) < 0 or in_quotes(r.start, quotes):
            continue
        s0, s1 = sentence_span(text, r.start)
        if _ASKED_COURT.search(text, max(s0, r.start - 160), r.start) is None:
            continue
        m = _BUT_DENIED.match(text, r.end, s1)
        if m is not None:
            out.append(Found(m.start("m"), m.end(), r.court, False, 0.75, "denied", r))
    return out


# "appealed the order to ", "asked ", "petitioned ", "turned to ": a request's verb whose
# addressee is the court right after it
_ASKED_COURT = deferred(
    r"\b(?:appeal(?:ed|s)|ask(?:ed|s)|petition(?:ed|s)|appl(?:ied|ies)|turn(?:ed|s)\s+to|"
    r"went\s+to)\s+(?:(?:[\w'’-]+\s+){0,8}?to\s+)?$"
)
# ", but it was denied", ", but the request was rejected": the request turned down
_BUT_DENIED = deferred(
    r"[^.;:!?“”\"]{0,60}?,\s+(?P<m>but\s+(?:it|the\s+(?:request|appeal|motion|bid|petition|"
    r"application))\s+was\s+(?:denied|rejected|turned\s+down|refused|dismissed))\b(?!\s+by\b)"
)


# "as did the U.S. Circuit Court of Appeals for …": what opens a court that did the same
_AS_DID = deferred(r"\bas\s+did\s+(?:(?:[A-Z][\w.]*|the|of|for)\s+){0,8}$")


# A list's item: a line opening on a dash or a bullet.
_ITEM = deferred(r"\n[ \t]*[—–•*-][ \t]*(?=[A-Z])")


def list_item_clauses(text: str, refs: list[CourtRef]) -> list[Found]:
    """ "Among the highlights, the court:\n— Left in place a lower court ruling …\n—
    Declined to hear …": a list whose lead-in ends on a court and a colon; each item that
    opens on a ruling verb is that court's ruling (the AP's summaries of order lists). Only
    the courts a colon follows are read, and then only their list's lines."""
    out: list[Found] = []
    # (every item opens on the line after the court's colon: a court not followed by ":" has
    # none, and no search of the whole text for ":\n" is needed first)
    for r in refs:
        if not r.court or text[r.end : r.end + 1] != ":" or r.role not in ("court", "justices"):
            continue
        at = r.end + 1
        while (item := _ITEM.match(text, at)) is not None:
            a = item.end()
            nl = text.find("\n", a)
            line_end = nl if nl >= 0 else len(text)
            line = text[a].lower() + text[a + 1 : line_end]
            m = RV().match(line)
            if m is not None and verb_ok(line, m, len(line)):
                end = a + object_end(line, m.start(), m.end(), m.group("verb"), len(line))
                act = re.sub(r"\s+", " ", m.group("verb").lower())
                out.append(Found(a, end, r.court, True, 0.7, act, r))
            at = line_end
    return out


# What may open a sentence before its subject: "On Friday, ", "In May, " (or nothing)
_SUBJECT_LEAD = deferred(r"[\s\"“]*(?:[A-Z][\w.]*(?:\s+[\w.]+){0,4},\s+)?")


def court_pronoun_clauses(
    text: str, refs: list[CourtRef], quotes: list[tuple[int, int]]
) -> list[Found]:
    """ "The 9th Circuit heard arguments in May. It ruled Friday that …": a sentence that
    opens on "It" and a ruling verb, after a sentence whose subject is a court, tells that
    court's ruling. Only a court that is the subject of the sentence before counts (the
    agency or the law it was about is no court), or after an opening "On Friday,"."""
    out: list[Found] = []
    starts = [r.start for r in refs]
    out.extend(_pronoun_rulings(text, refs, starts, quotes, "It ", ("court", "panel", "justices")))
    if ", it " in text:
        # "The 9th Circuit heard arguments in May. On Friday, it ruled that …"
        out.extend(
            _pronoun_rulings(text, refs, starts, quotes, "it ", ("court", "panel", "justices"))
        )
    if ", they " in text:
        # (twenty-seventh session, census38 P2) "The Fifth Circuit first upheld the ban.
        # Later, in 2021, they overturned their own ruling": news's "they" for a court named
        # as the sentence before's subject, after an opening time, with a verb of review
        out.extend(
            _pronoun_rulings(text, refs, starts, quotes, "they ", ("court", "panel", "justices"))
        )
    if "They " in text:
        # "A three-judge panel upheld the conviction. They ruled that …": a bench is "they";
        # a court too, with a verb of its holding or review ("The Supreme Court of Ohio
        # decided in March that the suit could proceed. They ruled that …")
        out.extend(
            _pronoun_rulings(text, refs, starts, quotes, "They ", ("court", "panel", "justices"))
        )
    return out


def _pronoun_rulings(
    text: str,
    refs: list[CourtRef],
    starts: list[int],
    quotes: list[tuple[int, int]],
    word: str,
    roles: tuple[str, ...],
) -> list[Found]:
    out: list[Found] = []
    n = len(word)
    at = text.find(word)
    while at >= 0:
        nxt = text.find(word, at + n)
        j = at - 1
        if word in ("it ", "they "):
            # only after an opening "On Friday," or "Later that day,": the sentence before
            # is then the one whose subject the pronoun may be
            s0 = sentence_span(text, at)[0]
            opener = _IT_OPENER.fullmatch if word == "it " else _THEY_OPENER.fullmatch
            if not opener(text, s0, at):
                at = nxt
                continue
            j = s0 - 1
        while j >= 0 and text[j] in ' \t\n“"':
            j -= 1
        if j < 0 or text[j] not in '.!?”"':
            at = nxt
            continue  # "It" inside a sentence or a word ("Mr. Pruitt "), or after a headline
        p0, _ = sentence_span(text, max(0, j))
        lo, hi = bisect.bisect_left(starts, p0), bisect.bisect_left(starts, at)
        if lo == hi:
            at = nxt
            continue  # no court named in the sentence before: the common case, decided first
        # (the subject first: a court opening the sentence before is rarer than a verb after)
        subject = next(
            (
                r
                for r in refs[lo:hi]
                if r.role in roles and r.court and _SUBJECT_LEAD.fullmatch(text, p0, r.start)
            ),
            None,
        )
        if subject is None:
            at = nxt
            continue
        m = RV().match(text, at + n)
        s1 = sentence_span(text, at)[1]
        if (
            m is None
            # (a holding after a lower-case "it" is mostly the reasons told: "But it also
            # found …"; only a capital "It" opens the news of a ruling that way)
            or not (PRONOUN_VERBS() if word == "it " else COURT_PRONOUN_VERBS()).fullmatch(
                re.sub(r"\s+", " ", m.group("verb").lower())
            )
            or (
                (word == "they " or (word == "They " and subject.role == "court"))
                and not _REVIEW_VERB.fullmatch(m.group("verb"))
            )
            or not verb_ok(text, m, s1)  # (what follows the verb, within its sentence)
            or in_quotes(at, quotes)
        ):
            at = nxt
            continue
        end = object_end(text, m.start(), m.end(), m.group("verb"), s1)
        act = re.sub(r"\s+", " ", m.group("verb").lower())
        out.append(Found(at, end, subject.court, True, 0.7, act, subject))
        at = nxt
    return out


# What may open a sentence before a lower-case "it": a day or a time ("On Friday, ", "Later
# that day, ", "In a brief order Monday, " is a ruling noun's, not this)
_IT_OPENER = deferred(
    r"[\s\"“]*(?:(?:On|Late|Early|Last|Later|Earlier|Then|Also|But|And|However|Instead|"
    rf"Ultimately|Finally)\b(?:\s+(?:on\s+)?(?:{DAYS}|that\s+day|the\s+same\s+day|"
    rf"week|month|year|this\s+week|last\s+week))?|{DAYS}),\s+"
)


# What opens a sentence before a lower-case "they" told of a court: a time, a year
# ("In 2019, ", "But in 2019, ", "Later, ")
_THEY_OPENER = deferred(
    r"[\s\"“]*(?:(?:However|But|Then|Later|Ultimately|Finally|Instead|Yet),?\s+)?"
    rf"(?:(?:[Ii]n|[Bb]y)\s+(?:(?:early|late|mid-)\s*)?(?:{MONTHS}\s+)?(?:19|20)\d\d|[Oo]n\s+{DAYS}|"
    r"Later|Then|However|Ultimately|Finally),\s+"
)
# What a court does, told with "they" (a verb of its holding or of review): "reversed their
# decision", "They ruled that …"
_REVIEW_VERB = deferred(
    r"(?:reversed|affirmed|upheld|overturned|vacated|struck\s+down|reinstated|ruled|held)", re.I
)


def _judge_named_before(text: str, r: CourtRef) -> bool:
    """Whether the judge's surname (the last word of its phrase) occurs before the phrase."""
    words = _SURNAME.findall(text, r.start, r.end)
    if r.generic or not words:
        return False
    return re.search(rf"\b{re.escape(words[-1])}\b", text[: r.start]) is not None


def _last_told(out: list[Found], before: int) -> str | None:
    """The court of the latest confident ruling in ``out`` that ends before ``before`` and
    close to it (``_JUDGE_NEAR``), else None. ``out`` is in text order, so the walk back stops
    at the first one."""
    for f in reversed(out):
        if f.end > before:
            continue
        if before - f.end > _JUDGE_NEAR:
            return None
        if f.court and f.confidence >= 0.7:
            return f.court
    return None


def _according_to(text: str, refs: list[CourtRef], quotes: list[tuple[int, int]]) -> list[Found]:
    """ "… there is no First Amendment violation, according to a Minnesota appeals court."
    (Media Law Minnesota, 2011): a holding attributed to a court that closes its clause is
    that court's ruling; the span is "according to" and the court. Not a judge (a judge
    speaks at hearings too), nor a court whose own word follows ("according to the court's
    docket")."""
    out: list[Found] = []
    for r in refs:
        if (
            r.role in ("court", "panel")
            and r.court
            and text.endswith("according to ", max(0, r.start - 13), r.start)
            and text[r.end : r.end + 1] in (".", ",", ";")
            and not in_quotes(r.start, quotes)
        ):
            out.append(Found(r.start - 13, r.end, r.court, r.anaphoric, 0.75, "according to", r))
    return out
