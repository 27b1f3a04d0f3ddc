"""Captions for the ``cases`` pass: the "Party v. Party" pattern and what a caption holds or
is cut at (parties with "et al.", the United States and states as The Bluebook names them, a
docket number and a court parenthetical after the name, a game or a film that is no suit),
and "In re" cases named by their subject.
"""

from __future__ import annotations

import re
from functools import cache

from .. import courts
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred, lazy

# (a word may open on "&" where a page lost its space: "Rifle &Pistol Association")
# ("to" only in an organisation's "Right to …": "Iowa Right to Life v. Tooker", "National Right
# to Work Committee v. …"; twenty-sixth session)
_PARTY_WORD = (
    r"(?:[A-Z][\w.'’&-]*(?:/[A-Z][\w.'’&-]*)?|&[A-Z][\w.'’-]*|[A-Z]\.|"
    r"(?:of|the|for|and|&|de|del|la|ex rel\.|(?<=Right )to)"
    # (a joining word joins: it never ends a party, "In Smith v. Jones the court held" names
    # no "Jones the"; twenty-sixth session)
    r"(?=\s+(?:[A-Z&]|(?:of|the|for|and|de|del|la)\s+[A-Z])))"
    r"(?![\w'’])"
)
# A party: capitalised words (initialisms with their periods, "A.B.C. Holdings"), and a
# corporate suffix after them ("A.B.C. Holdings, Inc."), or a union's federation after its name
# ("American Federation of Government Employees, AFL-CIO", "…, AFL-CIO, CLC").
_PARTY = (
    # (a federal department named in full takes more words than a party's seven: "United States
    # Department of Housing and Urban Development" is eight; twenty-eighth session, census43)
    rf"(?:(?:United\s+States|U\.\s?S\.|US)\s+(?:Department|Dep't|Office|Bureau)\s+of"
    rf"(?: {_PARTY_WORD}){{1,7}}"
    rf"|(?:\d+\s+)?[A-Z][\w.'’&-]*(?:/[A-Z][\w.'’&-]*)?(?: {_PARTY_WORD}){{0,6}})"
    # (a suffix is a word of its own: the "Co" of "…, Court Nos. 25-01234" is no company's)
    rf"(?:,? (?:Inc|Co|Corp|Ltd|LLC|L\.L\.C|N\.A|P\.C|P\.A|L\.P|LLP|PLLC)\.?(?![\w'’])"
    r"|, AFL-CIO(?:, CLC)?(?![\w-]))?"
)
# "City of Grants Pass, Oregon v. Johnson": a town before its state, which the party pattern
# stops at (checked on the few captions whose first party is a state).
TOWN_BEFORE = lazy(
    r"(?:City|County|Town|Village|Borough|Township)\s+of\s+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,3},\s+$"
)
# "et al." after a party, with or without its comma and period ("Gresham, et al v. Azar").
_ET_AL = r"(?:,?\s+et\s+al\b\.?)"
# "American Widget Association (AWA) v. EPA": a report's initials for the first party, in
# parentheses after its name, belong to the caption (``_clean_party`` drops them)
_INITIALS_PAREN = r"(?:\s\([A-Z][A-Z&]{1,7}\))"
GENERIC = lazy(
    rf"(?P<p>{_PARTY}{_INITIALS_PAREN}?){_ET_AL}?,?\s+v(?:s)?\.?\s+(?P<d>{_PARTY})"
    rf"(?:{_ET_AL}(?=[\s,;:)]|$))?"
)
# A court paper's caption names each side's role after its party ("PAUL F. KENDALL, et al.,
# Plaintiffs, v. HOWARD COUNTY, MARYLAND, et al., Defendants."): the role is no party, the
# party is the name before it.
ROLE = re.compile(
    r"(?:Plaintiffs?|Petitioners?|Appellants?|Appellees?|Respondents?|Defendants?)"
    r"(?:[-–](?:Appellants?|Appellees?|Petitioners?|Respondents?))?"
)
PARTY_BEFORE_ROLE = lazy(rf"(?<![\w.'’&-])(?P<p>{_PARTY}){_ET_AL}?,\s+$")
# A docket number and a court parenthetical right after the name belong to the mention:
# "No. 24-1188", "Civil Action No. 18-1900 (JEB) (March 27, 2019)", "23-40653 (5th Cir. 2025)".
TAIL = re.compile(
    r"^,?\s*(?:(?:Civil\s+Action|Case|Docket|Appeal|Court)\s+)?(?:Nos?\.\s*)?"
    r"(?P<docket>\d{1,2}:\d{2}-[a-z]{2}-\d{3,6}(?:-[A-Z]{1,4})*|\d{2}-[a-z]{2}-\d{3,6}|\d{2}-\d{1,5})?"
    # a second docket and a trade court's slip-opinion number: "Court Nos. 25-01234 and
    # 25-01235, Slip Op. 25-4 (Ct. Int'l Trade …)"
    r"(?:(?<=\d),?\s+(?:and|&)\s+\d{2}-\d{1,5})?(?:(?<=\d),\s+Slip\s+Op\.\s+\d{2}-\d{1,4})?"
    r"(?:\s*\((?P<judge>[A-Z]{2,4})\))?"
    r"\s*(?:\((?P<paren>[^()]{2,80})\))?"
)
# The United States as a party, however the caption spells it (Bluebook rule 10.2.2).
_USA = re.compile(r"^(?:U\.\s?S\.(?:\s?A\.?)?|USA|United\s+States\s+of\s+America)$")
# Words before "and" that make "for Arkansas and Stewart v. Azar" two things, not one party.
_PREP_BEFORE = re.compile(r"\b(?:for|from|about|to|of)\s+$")
LEADING_NOISE = re.compile(
    r"^(?:(?:In|The|After|Under|But|And|When|While|Since|Before|Like|Unlike|Both|Then|Also|"
    r"Citing|Cites|See|Following|Overturning|Overturn|Overruling|Per|Justice|Judge|Chief|If|As|"
    r"Even|Although|Though|Because|With|Without|From|During|Until|That|This|Its|Their|His|Her|"
    # a tracker's or a table's label before the caption: "Case Name Doe v. Roe"
    r"Case\s+(?:Name|Caption|Title):?)\s+)+"
)


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
    r"(?:\b[A-Z]|\b(?:Inc|Co|Corp|Ltd|Dept|St|Mt|No|Bros|Assn|Ass'n|rel|al|"
    # Bluebook T6 words inside a party's name ("In re Elec. Books Antitrust Litig.")
    r"Elec|Litig|Pharm|Prods|Ins|Int'l|Nat'l|Mfg|Sys|Tech|Commc'ns|Fin|Indus|Mgmt|Servs|"
    r"Transp|Univ|Cnty|Dist|Sch|Bd|Educ|Envtl|Hosp|Mun|Equip|Ctr|Comm'n|Dep't|Gov't|Sec'y|"
    # more T6 words law-firm alerts print ("Chamber of Com. of the USA v. SEC", "Am. Hosp.
    # Ass'n v. Becerra"); none of them ends an English sentence capitalised
    r"Am|Com|Cmty|Coal|Cont'l|Econ|Emps|Hous|Inst|Invs|Mfrs|Mut|Rsch|Soc'y|Tel|Util|Ass'ns))$"
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
    # the two national trial courts of claims and trade (Bluebook T1: "Fed. Cl.", "Ct. Int'l
    # Trade")
    "fed. cl.": "uscfc",
    "ct. int'l trade": "cit",
    "ct. int’l trade": "cit",
}


_ET_AL_END = re.compile(rf"{_ET_AL}$")
_INITIALS_END = re.compile(rf"{_INITIALS_PAREN}$")


def _clean_party(p: str) -> str:
    """A party as a caption names it (The Bluebook R. 10.2): without "et al.", the United
    States however spelt, a state without "State of" ("State of Texas" → "Texas"). An
    agency keeps the name the article prints: "EPA" and "Environmental Protection Agency"
    are both in use, and nothing says which a reader's source will show."""
    party = _ET_AL_END.sub("", p.strip()).rstrip(",")
    party = _INITIALS_END.sub("", party)  # "American Widget Association (AWA)"
    if _USA.match(party):
        return "United States"
    state = _STATE_OF.match(party)
    if state and state.group(1) in _state_names():
        return state.group(1)
    person = _PERSON_WITH_INITIAL.match(party)
    if person:
        return person.group(1)  # "Donald J. Trump" → "Trump" (R. 10.2.1(g): a surname only)
    # (a party cut by its length on a joining word: "… Disclosures for" is no party's end)
    party = _JOINING_END.sub("", party)
    second = _SECOND_BODY.match(party)
    if second:
        return second.group("first")  # (R. 10.2.1(a): the first listed party only)
    return party


_JOINING_END = deferred(r"(?:\s+(?:of|the|for|and|&|de|del|la|to))+$")
# Two bodies of one government listed as one side, each opening on the government's name:
# "Pennsylvania Department of Environmental Protection and Pennsylvania Environmental Quality
# Board", cut by the party's length as "… Protection and Pennsylvania" (twenty-sixth session):
# the caption keeps the first ("Department of Health and Human Services" opens no second body
# on its first word, and stays whole)
_SECOND_BODY = deferred(r"(?P<first>(?P<w>[A-Z][\w.'’-]*)\s+\S.*?)\s+and\s+(?P=w)(?:\s+[A-Z]|$)")


# A person's name with a middle initial ("Donald J. Trump", "Joseph R. Biden Jr."): nothing
# else is written so, and a caption gives only the surname (The Bluebook R. 10.2.1(g)). A name
# without an initial is left as printed: "Tim Walz" and "Planned Parenthood" look alike.
_PERSON_WITH_INITIAL = deferred(
    r"^[A-Z][a-z]+\s+[A-Z]\.\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,?\s+Jr\.)?$"
)


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
    return district_in_paren(paren)


# A federal district as a caption's parenthetical prints it, Bluebook or not: "(N.D. Cal.
# 2025)", "(SD CA, June 13, 2025)", "(D. Minn.)", "(S.D.N.Y.)", "(W.D. Wash.)". The id is the
# state's postal code and the district's letter, kept only when 28 U.S.C. ch. 5 has that
# district (``federal_districts.csv``): "(N.D. Minn.)" is no court.
_DISTRICT_PAREN = deferred(
    r"(?:^|[\s(,])(?:(?P<dir>[NSEWCM])\.?\s?)?D\.?\s?"
    r"(?P<st>[A-Z][A-Za-z]{0,5}\.?)(?P<st2>\s?[A-Z][a-z]?\.)?(?=[\s,)]|\d|$)"
)
# Bluebook T10 abbreviations ``courts.STATE_ABBREVIATIONS`` lacks, and states spelt whole
_MORE_STATE_ABBREVIATIONS = {
    "Tex.": "TX", "Or.": "OR", "Me.": "ME", "Haw.": "HI", "Utah": "UT", "Idaho": "ID",
    "Iowa": "IA", "Ohio": "OH", "Alaska": "AK", "W. Va.": "WV",
}  # fmt: skip


def _postal(st: str) -> str | None:
    for form in (st, st + "." if not st.endswith(".") else st):
        postal = courts.STATE_ABBREVIATIONS.get(form) or _MORE_STATE_ABBREVIATIONS.get(form)
        if postal:
            return postal
    plain = st.replace(".", "").replace(" ", "")
    return plain if re.fullmatch(r"[A-Z]{2}", plain) else None


def district_in_paren(paren: str) -> str | None:
    for m in _DISTRICT_PAREN.finditer(paren):
        st, st2 = m.group("st"), m.group("st2")
        # "N.Y." / "W. Va." span both groups; "Md. Mar." is a state and a month
        postal = (_postal(st + st2) if st2 else None) or _postal(st)
        state = courts.states().get(postal or "")
        if state is None:
            continue
        court = state.postal.lower() + (m.group("dir") or "").lower() + "d"
        if court in state.districts:
            return court
    return None


# "In re Grand Jury Subpoena", "In re Gault": a case with no adversary, named by its subject.
# Legal news services print it "In Re: Rothstein Rosenfeldt Adler, No. 09-34791" and "IN RE".
# "Ex parte Young" is the same shape: a case named by one party.
IN_RE_ANCHOR = Anchor(
    "in_re",
    ("In re", "In re:", "In Re", "In Re:", "IN RE", "IN RE:", "Ex parte", "In the Matter of"),
    0,
    120,
    "word",
    "space",
)
# (opened on its literal, which the regex engine searches for quickly; the word boundary
# before it is the anchor's own "word" rule, checked again on each match)
IN_RE = lazy(
    rf"(?:I(?:n [Rr]e|N RE):?|(?P<ex>Ex parte)|(?P<mat>In the Matter of(?:\s+the)?))\s+"
    rf"(?P<p>{_PARTY})"
)


_NEXT_IN_RE = deferred(r",?\s+(?:and|or)\s+(?:Ex|In)\b")


def _in_re(doc: Doc, landmark_spans: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for ws, we in doc.windows("in_re"):
        pos = ws
        while (m := IN_RE().search(doc.text, pos, we)) is not None:
            pos = m.start("p")  # (a second caption may stand inside this one's party)
            if m.start() and (doc.text[m.start() - 1].isalnum() or doc.text[m.start() - 1] == "_"):
                continue
            subject = m.group("p")
            joined = _NEXT_IN_RE.search(subject)
            if joined:  # "Ex parte Milligan and Ex parte Young": two cases
                subject = subject[: joined.start()]
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
            if m.group("mat"):
                # "In the Matter of the Adoption of A.W.S.": the caption as printed
                name = doc.text[m.start() : end]
            else:
                name = ("Ex parte " if m.group("ex") else "In re ") + doc.text[m.start("p") : end]
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
