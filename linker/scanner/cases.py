"""Case names without a citation: "Roe v. Wade", "Trump v. CASA", short forms ("Dobbs").

Landmark cases come from ``linker/data/cases.csv`` with their citations, so they link
offline. Any other "Party v. Party" name in the text is still a ``case`` mention with its
``name`` and a CourtListener search link. A short name alone ("Dobbs", "Roe") counts only when
the article also gives the full name, or when the words around it say it is a case.
"""

from __future__ import annotations

import re
from functools import cache

from .. import courts
from ..datafiles import Case, cases
from ..models import Mention
from .doc import Anchor, Doc
from .phrases import PhraseMatcher, bank_table
from .registry import Pass
from .signals import legal_article
from .spans import SpanSet
from .trie import head_matches, words_in

_PARTY_WORD = r"(?:[A-Z][\w.'’&-]*|[A-Z]\.|of|the|for|and|&|de|del|la|ex rel\.)(?![\w'’])"
# A party: capitalised words (initialisms with their periods, "A.B.C. Holdings"), and a
# corporate suffix after them ("A.B.C. Holdings, Inc.").
_PARTY = (
    rf"(?:\d+\s+)?[A-Z][\w.'’&-]*(?: {_PARTY_WORD}){{0,6}}"
    rf"(?:,? (?:Inc|Co|Corp|Ltd|LLC|L\.L\.C|N\.A)\.?)?"
)
# "et al." after a party, with or without its comma and period ("Gresham, et al v. Azar").
_ET_AL = r"(?:,?\s+et\s+al\b\.?)"
GENERIC = re.compile(
    rf"(?P<p>{_PARTY}){_ET_AL}?,?\s+v(?:s)?\.?\s+(?P<d>{_PARTY})(?:{_ET_AL}(?=[\s,;:)]|$))?"
)
# A docket number and a court parenthetical right after the name belong to the mention:
# "No. 24-1188", "Civil Action No. 18-1900 (JEB) (March 27, 2019)", "23-40653 (5th Cir. 2025)".
TAIL = re.compile(
    r"^,?\s*(?:(?:Civil\s+Action|Case|Docket|Appeal)\s+)?(?:Nos?\.\s*)?"
    r"(?P<docket>\d{1,2}:\d{2}-[a-z]{2}-\d{3,6}(?:-[A-Z]{1,4})*|\d{2}-[a-z]{2}-\d{3,6}|\d{2}-\d{1,5})?"
    r"(?:\s*\((?P<judge>[A-Z]{2,4})\))?"
    r"\s*(?:\((?P<paren>[^()]{2,80})\))?"
)
# The United States as a party, however the caption spells it (Bluebook rule 10.2.2).
_USA = re.compile(r"^(?:U\.\s?S\.\s?A\.?|USA|United\s+States\s+of\s+America)$")
# Words before "and" that make "for Arkansas and Stewart v. Azar" two things, not one party.
_PREP_BEFORE = re.compile(r"\b(?:for|from|about|to|of)\s+$")
LEADING_NOISE = re.compile(
    r"^(?:(?:In|The|After|Under|But|And|When|While|Since|Before|Like|Unlike|Both|Then|Also|"
    r"Citing|Cites|See|Following|Overturning|Overturn|Overruling|Per|Justice|Judge|Chief|If|As|"
    r"Even|Although|Though|Because|With|Without|From|During|Until|That|This|Its|Their|His|Her)\s+)+"
)
SHORT_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|under|overturn(?:ed|ing)?|overrul(?:e|ed|ing)|reverse(?:d)?|uph(?:e|o)ld|"
    r"since|after|post|pre|of|cite[sd]?|citing|by|with|and|invok(?:e[sd]?|ing)|apply(?:ing)?|"
    r"applie[sd]|extend(?:s|ed|ing)?|narrow(?:s|ed|ing)?|distinguish(?:es|ed|ing)?|"
    r"rel(?:y|ied|ies|ying)\s+(?:\w+\s+)?on)\s+$)",
    re.IGNORECASE,
)
SHORT_CONTEXT_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:decision|ruling|precedent|case|opinion|holding|framework|test|standard|"
    r"era|majority|dissent|doctrine|deference|line\s+of\s+cases)\b"
    # apposition: "Loper Bright, last year's decision", "Korematsu, which the court repudiated"
    r"|^,\s+(?:(?:the|a|an|its|that|this|last\s+year['’]s|(?:19|20)\d\d)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:decision|ruling|precedent|case|opinion|landmark)\b"
    r"|^,\s+which\s+the\s+(?:court|justices|Supreme\s+Court)\b",
    re.IGNORECASE,
)
# Words before a short name that still leave it a case ("In Dobbs", "After Bruen").
_LEAD_WORDS = frozenset({
    "In", "After", "Since", "Under", "Before", "Like", "Unlike", "Following", "Citing", "With",
    "Without", "Post", "Overturning", "Overruling", "The", "That", "Applying", "Both", "And",
})  # fmt: skip
_PERSON_AFTER = re.compile(
    r"^(?:,\s+(?:who|whose|\d{1,3},)|\s+(?:said|says|told|argued|testified|pleaded|was\s+"
    r"(?:charged|arrested|convicted|sentenced|born|known))\b|\s+(?:for|of)\s+[A-Z]|\s+[A-Z][a-z]"
    # "Obergefell, a Democrat", "Marbury, a new restaurant": an apposition that is no ruling
    r"|,\s+(?:a|an)\s+(?!(?:\d{4}\s+|\d+-\d+\s+)?(?:landmark|decision|ruling|case|precedent|"
    r"holding|opinion)\b)"
    # "Chevron shares", "the Roe family", "The Dobbs show", "the Dobbs name"
    r"|\s+(?:family|families|shares|stock|stocks|show|name|Inc\.?|Corp\.?|Co\.|restaurant|"
    r"reunion|brand|company|spokes(?:man|woman|person))\b)"
)
# "Shares of Chevron", "said Dobbs", "according to Roe": a company or a person
_PERSON_BEFORE = re.compile(
    r"\b(?:[Ss]hares\s+of|[Ss]tock\s+of|owning|[Mm]r\.|[Mm]s\.|"
    r"[Mm]rs\.|[Dd]r\.)\s+$"
)
_POSSESSIVE_NOT_RULING = re.compile(
    r"^['’]s\s+(?!(?:decision|ruling|precedent|case|opinion|holding|framework|test|standard|"
    r"majority|dissent|reasoning|logic|rule|analysis|approach|reach|protections?|rights?|"
    r"legacy|promise|viability|guarantee|overturning|reversal|fall|demise)\b)[a-z]"
)


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _a_person_or_a_body(text: str, s: int, e: int) -> bool:
    """Whether a short name is a party's own name here, not the case: "Zackey Rahimi, who
    was charged …", "Students for Fair Admissions", "Harvard's program"."""
    prev = _NAME_BEFORE.search(text[max(0, s - 20) : s])
    if prev and prev.group(1) not in _LEAD_WORDS:
        return True  # a given name or another part of a longer proper name
    if _PERSON_BEFORE.search(text, max(0, s - 20), s):
        return True
    after = text[e : e + 40]
    return bool(_PERSON_AFTER.match(after) or _POSSESSIVE_NOT_RULING.match(after))


# Every "X v. Y" caption has its "v." — the costly party pattern only runs near one.
VERSUS = re.compile(r"\sv(?:s)?\.?\s")
VERSUS_ANCHOR = Anchor("versus", ("v", "vs", "v.", "vs."), 161, 201, "space", "space")
_CAPTION_START = re.compile(r"[A-Z0-9]")
JOINED = re.compile(r",?\s+(?:and|or)\s+(?=[A-Z])")
# A game, a fight or a title, not a suit: "the Steelers vs. Bills game", "the film Kramer vs.
# Kramer".
CONTEST_AFTER = re.compile(
    r"['’]?\s+(?:game|games|match|matchup|rivalry|fight|bout|series|showdown|clash|playoffs?|"
    r"tournament|rematch|debate|premiere|sequel|franchise|kickoff|tip-off)\b",
    re.IGNORECASE,
)
CONTEST_BEFORE = re.compile(
    r"\b(?:film|movie|musical|play|show|episode|novel|album|song|game|match|bout)\s+[“\"]?$",
    re.IGNORECASE,
)
# A party's name never ends in a law's head word: "the First Amendment and Heller v. …".
LAW_HEAD = re.compile(
    r"\b(?:Amendments?|Act|Clause|Constitution|Code|Statutes?|Rule|Regulation|"
    r"(?:Title|Article)\s+[IVXLC]+|(?:Title|Section|Bill|Order)\s+\d+\w*)$"
)
SENTENCE_END = re.compile(r"\.\s+")
ABBREV_END = re.compile(
    r"(?:\b[A-Z]|\b(?:Inc|Co|Corp|Ltd|Dept|St|Mt|No|Bros|Assn|Ass'n|rel|al))$"
)  # "ex rel." and "et al." end no sentence
COURT_PARENS = {
    "n.d. cal.": "cand",
    "c.d. cal.": "cacd",
    "s.d. cal.": "casd",
    "e.d. cal.": "caed",
    "d. or.": "ord",
    "n.d. ill.": "ilnd",
    "d. mass.": "mad",
    "d. md.": "mdd",
    "w.d. wash.": "wawd",
    "d.d.c.": "dcd",
    "s.d.n.y.": "nysd",
    "e.d.n.y.": "nyed",
    "n.d. tex.": "txnd",
    "s.d. tex.": "txsd",
    "w.d. tex.": "txwd",
    "e.d. tex.": "txed",
    "d.n.h.": "nhd",
    "d. kan.": "ksd",
    "9th cir.": "ca9",
    "7th cir.": "ca7",
    "5th cir.": "ca5",
    "1st cir.": "ca1",
    "2d cir.": "ca2",
    "3d cir.": "ca3",
    "4th cir.": "ca4",
    "6th cir.": "ca6",
    "8th cir.": "ca8",
    "10th cir.": "ca10",
    "11th cir.": "ca11",
    "d.c. cir.": "cadc",
    "fed. cir.": "cafc",
}


@bank_table
@cache
def _full_matcher() -> PhraseMatcher[Case]:
    entries: list[tuple[str, Case]] = []
    for c in cases():
        for n in {v for name in (c.name, *c.aliases) for v in _variants(name)}:
            entries.append((n, c))
            if " v. " in n:
                entries.append((n.replace(" v. ", " vs. "), c))
                entries.append((n.replace(" v. ", " v "), c))
    return PhraseMatcher(entries)


def _variants(name: str) -> set[str]:
    """How news rewrites a caption: '&' as 'and', corporate suffixes dropped."""
    out = {name}
    for v in list(out):
        out.add(re.sub(r",?\s+(?:Inc|Co|Corp|Ltd|LLC|L\.L\.C)\.?(?=\s+v\.|$)", "", v))
    for v in list(out):
        out.add(v.replace(" & ", " and "))
    return out


@bank_table
@cache
def _short_matcher() -> PhraseMatcher[Case]:
    return PhraseMatcher((s, c) for c in cases() for s in c.short_names)


_ET_AL_END = re.compile(rf"{_ET_AL}$")


def _clean_party(p: str) -> str:
    """A party as a caption names it (The Bluebook R. 10.2): without "et al.", the United
    States however spelt, a state without "State of" ("State of Texas" → "Texas"). An
    agency keeps the name the article prints: "EPA" and "Environmental Protection Agency"
    are both in use, and nothing says which a reader's source will show."""
    party = _ET_AL_END.sub("", p.strip()).rstrip(",")
    if _USA.match(party):
        return "United States"
    state = _STATE_OF.match(party)
    if state and state.group(1) in _state_names():
        return state.group(1)
    return party


@cache
def _state_names() -> frozenset[str]:
    return frozenset(st.name for st in courts.states().values())


_STATE_OF = re.compile(r"^(?:State|Commonwealth)\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")


def _court_from_paren(paren: str | None) -> str | None:
    if not paren:
        return None
    low = paren.lower()
    for key, court in COURT_PARENS.items():
        if key in low:
            return court
    return None


_CAPITAL_WORD = re.compile(r"[A-Z][\w'’-]+")
_LEADING_NUMBER = re.compile(r"\d+\s+")
_TITLE_BEFORE = re.compile(r"\b(?:Justice|Judge|Chief)\s+$")
_FOUR_DIGITS = re.compile(r"\d{4}")
_ET_AL_START = re.compile(rf"^{_ET_AL}?,?\s*")
_VERSUS_BEFORE = re.compile(r"\bvs?\.?\s+$")


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    full_seen: dict[str, int] = {}  # case name -> first position of a full mention
    for hit in _full_matcher().hits_in(doc):
        c = hit.payload
        full_seen.setdefault(c.name, hit.start)
        out.append(
            Mention(
                hit.start,
                hit.end,
                text[hit.start : hit.end],
                "case",
                c.authority,
                court=None,
                name=c.name,
                confidence=0.97,
                evidence=f"landmark case: {c.name}",
                matcher="cases",
            )
        )
    for hit in _short_matcher().hits_in(doc):
        c = hit.payload
        start, end = hit.start, hit.end
        before = text[max(0, start - 30) : start]
        after = text[end : end + 30]
        if text[end : end + 3] in (" v.", " v ") or text[end : end + 4] == " vs.":
            continue  # part of a full name, handled above or by the generic pattern
        if _VERSUS_BEFORE.search(before):
            continue  # the second party of a caption ("Allen v. Milligan"), not a short name
        ctx_ok = bool(SHORT_CONTEXT_BEFORE.search(before) or SHORT_CONTEXT_AFTER.match(after))
        if not (c.name in full_seen or ctx_ok):
            continue
        if not SHORT_CONTEXT_AFTER.match(after) and _a_person_or_a_body(text, start, end):
            continue
        conf = 0.9 if c.name in full_seen and ctx_ok else (0.8 if c.name in full_seen else 0.7)
        a = SHORT_CONTEXT_AFTER.match(after)
        if a and not a.group(0).startswith(",") and before.endswith(("the ", "The ")):
            start -= 4
            end += a.end()
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "case",
                c.authority,
                name=c.name,
                confidence=conf,
                evidence=f"short name of {c.name}",
                matcher="cases",
            )
        )
    landmark_spans = [(x.start, x.end) for x in out if x.matcher == "cases"]
    generic: list[Mention] = []
    generic_hits: dict[tuple[int, int], re.Match[str]] = {}
    versus = doc.hits("versus")
    for ws, we in doc.windows("versus"):
        # a caption holds its "v." at most the anchor's reach after its start, which is a
        # capital or a digit: only those places shortly before a "v." are tried
        for m in head_matches(text, GENERIC, versus, VERSUS_ANCHOR.before, _CAPTION_START, ws, we):
            generic_hits[m.span()] = m
            # "Smith v. Jones and Brown v. Green": two captions, the second one swallowed.
            joined = JOINED.search(m.group("d"))
            if joined and VERSUS.match(text, m.end()):
                second = GENERIC.match(text, m.start("d") + joined.end(), we)
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
        num = _LEADING_NUMBER.match(plaintiff)
        if num and LEADING_NOISE.match(plaintiff[num.end() :]):  # "3 In National …" (a list)
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
            if LAW_HEAD.search(left) or any(
                start < le and ls < start + j.start() for ls, le in landmark_spans
            ):
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
        if not plaintiff or not (plaintiff[0].isupper() or plaintiff[0].isdigit()):
            continue
        d_raw, end = m.group("d"), m.end()
        stop = next(
            (c for c in SENTENCE_END.finditer(d_raw) if not ABBREV_END.search(d_raw[: c.start()])),
            None,
        )
        if stop is not None:  # "… v. Bruen. That ruling" ends at "Bruen"
            end = m.start("d") + stop.start()
            d_raw = d_raw[: stop.start()]
        elif d_raw.endswith(".") and not ABBREV_END.search(d_raw[:-1]):
            end -= 1  # "The case is Washington v. Trump." at the end of the text
            d_raw = d_raw[:-1]
        joined = JOINED.search(d_raw)
        if joined and VERSUS.match(text, end):
            end = m.start("d") + joined.start()
            d_raw = d_raw[: joined.start()]
        defendant = _clean_party(d_raw)
        name = f"{_clean_party(plaintiff)} v. {defendant}"
        tail = TAIL.match(text[end : end + 120])
        court = None
        if tail and (tail.group("docket") or tail.group("paren")):
            court = _court_from_paren(tail.group("paren"))
            if tail.group("docket") or court or _FOUR_DIGITS.search(tail.group("paren") or ""):
                end += tail.end()
        while end > start and text[end - 1] in " ,;":
            end -= 1
        if not court and not (tail and tail.group("docket")):
            sep = _ET_AL_START.sub("", text[m.end("p") : m.start("d")]).strip()
            if not legal and sep != "v.":
                continue  # "Kramer vs. Kramer" in an article that never speaks of law
            if CONTEST_AFTER.match(text, end) or CONTEST_BEFORE.search(
                text, max(0, start - 30), start
            ):
                continue  # "the Steelers vs. Bills game", "the film Kramer vs. Kramer"
        if any(start < le and ls < end for ls, le in landmark_spans):
            continue  # the data file knows this case better
        generic.append(
            Mention(
                start,
                end,
                text[start:end],
                "case",
                None,
                court=court,
                name=name,
                confidence=0.85,
                evidence="case name in the text",
                matcher="cases",
            )
        )
    out.extend(generic)
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
            and m.text.split()[-1] in parties
        )
    ]
    out.extend(_party_short_names(text, fulls, out))
    return out


_WHO = r"(?P<who>(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?){0,2}[A-Z][a-z]+(?:\s+(?:Jr|Sr)\.)?)"
_PLACE = r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?)?"
# A federal prosecution is captioned "United States v. <defendant>": stating that is not a
# guess, so a federal indictment of a named person is a mention of that case.
FEDERAL_INDICTMENT = [
    re.compile(rf"{_WHO}['’]s\s+(?P<span>indictment\s+by\s+a\s+federal\s+grand\s+jury{_PLACE})"),
    re.compile(
        rf"(?P<span>[Aa]\s+federal\s+grand\s+jury{_PLACE}\s+(?:has\s+|on\s+\w+\s+)?"
        rf"indicted\s+){_WHO}"
    ),
    re.compile(
        rf"{_WHO}\s+(?P<span>(?:was|has\s+been|had\s+been)\s+indicted\s+(?:by\s+a\s+"
        rf"federal\s+grand\s+jury|on\s+federal\s+charges){_PLACE})"
    ),
    # "The indictment released today by the Jan. 6 grand jury in Washington, D.C., charges
    # former President Donald J. Trump with …" (federal only where the article says so)
    re.compile(
        r"(?P<span>[Tt]he\s+(?:federal\s+)?indictment(?:\s+(?:released|unsealed|returned|filed|"
        r"handed\s+up)\b(?:[^.;]|\.(?!\s+[A-Z][a-z])){0,100}?)?),?\s+charges\s+(?:former\s+|ex-)?(?:President\s+|"
        rf"Sen\.\s+|Rep\.\s+|Gov\.\s+|Mayor\s+|Judge\s+)?{_WHO}\s+with\b"
    ),
]
# What makes a prosecution federal when the indictment itself does not say.
FEDERAL_MARK = re.compile(
    r"U\.S\.C\.|U\.S\. Code|\bfederal\b|[Ss]pecial [Cc]ounsel|Justice Department|"
    r"Department of Justice|U\.S\. [Aa]ttorney"
)
INDICT_ANCHOR = Anchor("indict", ("indict",), 120, 160)
_TITLES = {"Former", "President", "Senator", "Sen", "Rep", "Mayor", "Governor", "Gov", "Judge"}


# "In re Grand Jury Subpoena", "In re Gault": a case with no adversary, named by its subject.
IN_RE_ANCHOR = Anchor("in_re", ("In re",), 0, 120, "word", "space")
IN_RE = re.compile(rf"\bIn re\s+(?P<p>{_PARTY})")


def _in_re(doc: Doc, landmark_spans: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for ws, we in doc.windows("in_re"):
        for m in IN_RE.finditer(doc.text, ws, we):
            subject = m.group("p")
            stop = next(
                (
                    c
                    for c in SENTENCE_END.finditer(subject)
                    if not ABBREV_END.search(subject[: c.start()])
                ),
                None,
            )
            end = m.start("p") + (stop.start() if stop else len(subject))
            while doc.text[end - 1] in " ,;.":
                end -= 1
            if any(m.start() < le and ls < end for ls, le in landmark_spans):
                continue  # the data file knows this case better ("In re Gault")
            name = "In re " + doc.text[m.start("p") : end]
            out.append(
                Mention(
                    m.start(),
                    end,
                    doc.text[m.start() : end],
                    "case",
                    None,
                    name=name,
                    confidence=0.85,
                    evidence="case name in the text",
                    matcher="cases",
                )
            )
    return out


def _federal_indictments(doc: Doc) -> list[Mention]:
    text = doc.text
    windows = doc.windows("indict")  # every "indict" (the anchor has no boundaries)
    if not windows:
        return []
    out: list[Mention] = []
    for rx in FEDERAL_INDICTMENT:
        for m in (m for ws, we in windows for m in rx.finditer(text, ws, we)):
            words = [w for w in m.group("who").split() if w.rstrip(".") not in _TITLES]
            if not words:
                continue
            surname = words[-1] if words[-1] not in ("Jr.", "Sr.") else words[-2]
            s, e = m.span("span")
            if rx is FEDERAL_INDICTMENT[1]:
                e = m.end("who")
            if rx is FEDERAL_INDICTMENT[3] and not FEDERAL_MARK.search(text):
                continue
            name = f"United States v. {surname}"
            out.append(
                Mention(
                    s,
                    e,
                    text[s:e].rstrip(),
                    "case",
                    None,
                    name=name,
                    confidence=0.75,
                    evidence=f"federal prosecution of {surname}",
                    matcher="cases",
                )
            )
    return out


# Parties too common to stand for one case on their own.
_NOT_SHORT = frozenset(
    [
        "United",
        "States",
        "America",
        "State",
        "People",
        "Commonwealth",
        "City",
        "County",
        "Town",
        "Village",
        "Trump",
        "Biden",
        "Obama",
        "Bush",
        "Clinton",
        "Department",
        "Dept",
        "Secretary",
        "Board",
        "Commissioner",
        "Government",
        "President",
        "Federal",
        "National",
        "American",
        "New",
        "North",
        "South",
        "East",
        "West",
        "Doe",
        "Roe",
    ]
)
# Surnames too common to stand for a case alone, but not when the article calls them one:
# "the Smith challenge", "Jones' case" after "Smith v. Jones".
_COMMON_SURNAMES = frozenset(
    [
        "Smith",
        "Jones",
        "Johnson",
        "Williams",
        "Brown",
        "Davis",
        "Miller",
        "Wilson",
        "Moore",
        "Taylor",
        "Anderson",
        "Thomas",
        "Jackson",
    ]
)
_NOT_SHORT = _NOT_SHORT | frozenset(
    [
        "Inc",
        "Co",
        "Corp",
        "LLC",
        "In",
        "Re",
        "Ex",
        "Parte",
        "Matter",
        "Estate",
        "University",
        "College",
        "School",
        "District",
        "Association",
        "Company",
    ]
)


@cache
def _is_place(word: str) -> bool:
    from ..courts import state_by_name

    return word.lower() in state_by_name() or word in ("United", "U.S.", "America")


_CORPORATE_END = re.compile(r",?\s+(?:Inc|Co|Corp|Ltd|LLC|L\.L\.C|N\.A)\.?$")


def _rest_of_party(party: str) -> str:
    """A party's words after its first, without a corporate suffix: " Management" of
    "Braidwood Management, Inc."."""
    words = _CORPORATE_END.sub("", party).split()[1:4]
    return "".join(" " + w for w in words)


# A party's name used as the case's ("the Held plaintiffs", "the Smith challenge", "Jones' case",
# "the NetChoice lawsuit") after the article named the case in full.
PARTY_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:challenge|plaintiffs|petitioners|lawsuit|suit|litigation|case|decision|"
    r"ruling|appeal)\b(?![-–])"
)


PAIRED = re.compile(r"^\s+(?:and|or|&)\s+([A-Z][\w'’-]+)\b")


def _party_short_names(text: str, full: list[Mention], taken: list[Mention]) -> list[Mention]:
    """'In Hurley, the Court …' after 'Hurley v. Irish-American Gay …': a party's name
    standing for a case the article gave in full, when the words around it say 'case' (a
    common surname only when they call it the case: "the Smith challenge")."""
    shorts: dict[str, Mention] = {}
    rest: dict[str, str] = {}  # a party's words after its first ("Braidwood" → " Management")
    for m in full:
        if not m.name or " v. " not in m.name:
            continue
        for party in m.name.split(" v. ", 1):
            word = party.split()[0].strip(",.")
            if _is_place(word):
                continue  # "In Texas, lawmakers met" is the state, not Lawrence v. Texas
            if len(word) > 2 and word[0].isupper() and word not in _NOT_SHORT:
                shorts.setdefault(word, m)
                rest.setdefault(word, _rest_of_party(party))
    out: list[Mention] = []
    if not shorts:
        return out
    occupied = SpanSet([(x.start, x.end) for x in (*full, *taken)])
    # One pass for every short name; the hits are then taken name by name, as before.
    hits: dict[str, list[tuple[int, int]]] = {}
    for s, e, word in words_in(text, shorts):
        hits.setdefault(word, []).append((s, e))
    for word, case in shorts.items():
        for s, e in hits.get(word, ()):
            if s < case.end or occupied.overlaps(s, e):
                continue
            more = rest.get(word, "")
            tail = text[e + len(more) : e + len(more) + 30]
            if more and text.startswith(more, e) and PARTY_AFTER.match(tail):
                e += len(more)  # "the Braidwood Management case": the party's whole name
            before, after = text[max(0, s - 30) : s], text[e : e + 30]
            called = PARTY_AFTER.match(after)
            if word in _COMMON_SURNAMES and not called:
                continue
            a = called or SHORT_CONTEXT_AFTER.match(after)
            pair = PAIRED.match(after)
            paired = bool(
                pair and pair.group(1) in shorts and shorts[pair.group(1)].name != case.name
            )  # "Gonzalez and Taamneh are a story about …": two cases the article named
            if not (SHORT_CONTEXT_BEFORE.search(before) or a or paired):
                continue
            if not a and _a_person_or_a_body(text, s, e):
                continue
            if a and not a.group(0).startswith(",") and before.endswith(("the ", "The ")):
                s, e = s - 4, e + a.end()
            elif called and called.group(0)[:1] in "'’":
                e += called.end()  # "Jones' case", "Juliana's case"
            out.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    "case",
                    case.authority,
                    court=case.court,
                    name=case.name,
                    confidence=0.75,
                    evidence=f"short for {case.name}, named earlier",
                    matcher="cases",
                )
            )
            occupied.add(s, e)
    return out


PASS = Pass(
    name="cases", emits=("case",), anchors=(VERSUS_ANCHOR, INDICT_ANCHOR, IN_RE_ANCHOR), run=find
)
