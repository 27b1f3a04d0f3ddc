"""Congressional bills and resolutions by number: "H.R. 3684", "HR 1319", "S. 2296", "H.J.Res. 7".

The id is ``bill:CONGRESS:TYPE:NUMBER``. Bill numbers restart every Congress, so the Congress
comes from, in order: the text right around the number ("H.R. 1 in the 117th Congress"), the
article's date (``ctx.congress``), the dates the number's own sentence gives for the bill's
steps ("S. 96, introduced … on January 15, 2025", ``billdates``), the one fiscal year its
sentence names when that year's bills fall in one Congress ("the fiscal 2024 spending bill"),
a single Congress the article names ("the 118th Congress", "118TH CONGRESS"), a single
Congress of the public laws it cites ("P.L. 117-58"), the one Congress every dated legislative
step of the article falls in, or the Congress of when an undated story was written — its
latest date, narrowed by the sitting president and leaders it names
(``billdates.article_time_congress``; lower confidence each). With none of these the mention
is kept without an id and with a lower confidence: the Congress is never guessed.

Near misses it leaves alone: reporters' "S. Ct.", "So. 2d", "U.S. 2296", "S. 2d", "Section 2",
state bills ("SB 8", "HB 2", "Senate Bill 4"), and "S." as someone's middle initial.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import ids
from ..datafiles import acts, bill_of_act
from ..ids import congress_for_date
from ..models import Mention
from .billdates import article_event_congress, article_time_congress, own_event_congress
from .billstarts import FEDERAL_START, federal_starts
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .trie import matches_at

_D = r"\.?\s?"
TYPES: tuple[tuple[str, str], ...] = (
    # Longest first: "H.Con.Res." must not be read as "H." + something.
    ("hconres", rf"H{_D}Con{_D}Res"),
    ("sconres", rf"S{_D}Con{_D}Res"),
    ("hjres", rf"H{_D}J{_D}Res"),
    ("sjres", rf"S{_D}J{_D}Res"),
    ("hres", rf"H{_D}Res"),
    ("sres", rf"S{_D}Res"),
    ("hr", r"H\.\s?R|HR"),
    ("s", r"S"),
)
BILL = re.compile(
    r"(?<![A-Za-z0-9.])(?<![^A-Za-z][A-Z]\.\s)(?<![A-Z]\.)"
    r"(?P<type>" + "|".join(f"(?P<{t}>{rx})" for t, rx in TYPES) + r")"
    r"(?P<dot>\.?)\s?(?P<num>[1-9]\d{0,4})(?![\d,]\d|\w|-\d|\.\d)"
)


# A number written with a dash ("S-1409", "HR-1234", "H.R.-815"): found with ``str.find`` (the
# two heads are rare), taken only in a sentence that speaks of Congress and never as an SEC
# form ("Form S-1", "an S-1 filing"), a visa ("H-1B": a letter follows) or a Russian missile
# system ("S-400 missiles")
DASHED = deferred(
    r"(?P<type>(?P<hr>H\.?R\.?)|(?P<s>S))-(?P<num>[1-9]\d{0,4})(?![\d,]\d|\w|-\d|\.\d)"
)
# (one pass over the text: a pattern opening on a literal is searched for fast)
_DASH_DIGIT = deferred(r"-[1-9]")
_CONGRESS_WORDS = deferred(
    r"\b(?:Congress|congressional|Senate|[Ss]enators?|Sen\.|House|Rep\.|[Cc]ongress(?:wo)?man|"
    r"[Ll]awmakers?)(?![A-Za-z])"
)
_NOT_A_BILL_AFTER = deferred(
    r"\s*(?:[Ff]ilings?|[Rr]egistration|[Ss]tatement|[Ff]orms?|[Oo]ffering|IPO|prospectus|"
    r"missiles?|[Ss]ystems?|air\b|anti-|rockets?|launchers?|batter(?:y|ies)|jets?|aircraft|engines?)"
)
_NOT_A_BILL_BEFORE = deferred(r"\b(?:Forms?|SEC|Russian|Russia['’]s|an)\s+$")


def dashed_matches(doc: Doc) -> list[re.Match[str]]:
    """The bill numbers written with a dash ("S-1409", "HR-1234") in a sentence about Congress:
    found from the dash before a digit, which is rare, looking back for the bill's type."""
    text = doc.text
    out: list[re.Match[str]] = []
    for d in _DASH_DIGIT.finditer(text):
        j = d.start()
        if text[j - 1 : j] == "S":
            start = j - 1
        elif text.endswith("HR", 0, j):
            start = j - 2
        elif text.endswith("H.R.", 0, j):
            start = j - 4
        else:
            continue
        m = DASHED.match(text, start)
        if m is not None and _dashed_ok(doc, m):
            out.append(m)
    return out


def _dashed_ok(doc: Doc, m: re.Match[str]) -> bool:
    text = doc.text
    s = m.start()
    if s and (text[s - 1].isalnum() or text[s - 1] in ".-"):
        return False  # inside a word or a code ("PS-2", "ITS-90")
    if _NOT_A_BILL_AFTER.match(text, m.end()):
        return False
    if _NOT_A_BILL_BEFORE.search(text, max(0, s - 12), s):
        return False
    a, b = doc.sentence_at(s)
    return _CONGRESS_WORDS.search(text, a, b) is not None


def _bill_matches(text: str, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """``BILL.finditer(text)``, tried only where a bill number can start (``starts``, as
    ``billstarts.federal_starts`` gives them)."""
    if starts is None:
        starts = [c.start() for c in FEDERAL_START.finditer(text)]
    return matches_at(BILL, text, starts)


ORDINAL = r"(?P<n>\d{2,3})(?:st|nd|rd|th)"
CONGRESS_NAMED = deferred(rf"\b{ORDINAL}\s+Congress\b")
PUBL = re.compile(
    r"\b(?:Pub(?:lic)?\.?\s*L(?:aw)?\.?|P\.\s?L\.|Public\s+Law)\s*(?:No\.\s*)?"
    r"(?P<congress>\d{2,3})[-–](?P<number>\d{1,3})\b"
)
NEAR = 120


def _type_of(m: re.Match[str]) -> str:
    for t, _ in TYPES:
        if m.group(t):
            return t
    raise AssertionError("unreachable")


_PAGE_BEFORE = deferred(r"\b(?:at|p|pp|pg|ch|art)\.?\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
_NOT_A_NAME_BEFORE = deferred(
    r"\b(?:bill|Bill|as|is|passed|introduced|and|or|of|to|with|by|under|called|named)\s$"
)
_HR_SPACE = deferred(r"HR\s")
# "signed into law a bill (S 47) to reauthorize …", "Congressional Budget Office Data Access
# Act (S 1549)": a bill's number in brackets right after the word or an act's name, the one
# place "S" without its period is still a Senate bill
_BILL_PAREN_BEFORE = deferred(r"\b(?:bill|measure|legislation|Act(?:\s+of\s+\d{4})?)\s*\($")


def _plausible(m: re.Match[str], text: str, btype: str) -> bool:
    """Reject the forms that look like a bill number but are not one."""
    surface = m.group(0)
    if btype == "s":
        # "S." must carry its period ("S 2296" is not how bills are written) and the number
        # must not be a reporter's series ("S. 2d") or a page after "at".
        if not m.group("dot") and not _BILL_PAREN_BEFORE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            return False
        before = text[max(0, m.start() - 12) : m.start()]
        if _PAGE_BEFORE.search(before):
            return False
        # A middle initial: "Harry S. 1945" never happens, but "John S. 3" in lists might;
        # require that a capitalised name does not directly precede it.
        if _NAME_BEFORE.search(before) and not _NOT_A_NAME_BEFORE.search(before):
            return False
    # "HR1" is a hashtag or a department, not how reporters write bills.
    return not (btype == "hr" and surface.startswith("HR") and not _HR_SPACE.match(surface))


_CONGRESS_AFTER = deferred(rf"\W{{0,3}}(?:\(|,)?\s*(?:in\s+)?(?:the\s+)?{ORDINAL}\s+Congress\b")
_CONGRESS_BEFORE = deferred(rf"\b{ORDINAL}\s+Congress(?:'s|’s)?\s+(?:bill\s+)?$")


def _congress_near(text: str, start: int, end: int) -> int | None:
    window = text[end : min(len(text), end + NEAR)]
    m = _CONGRESS_AFTER.match(window)
    if m:
        return int(m.group("n"))
    before = text[max(0, start - 40) : start]
    b = _CONGRESS_BEFORE.search(before)
    return int(b.group("n")) if b else None


# "in March 2024", "in 2021", "on Feb. 1, 2024" right after the number
YEAR_BESIDE = deferred(
    r"[,\s]{1,3}(?:in|on|during)\s+(?:(?:early|late|mid-)?[A-Z][a-z]{2,8}\.?\s+"
    r"(?:\d{1,2},\s+)?)?((?:19|20)\d\d)\b"
)


def _year_beside(text: str, start: int, end: int) -> int | None:
    m = YEAR_BESIDE.match(text, end, min(len(text), end + 40))
    return int(m.group(1)) if m else None


# The same two patterns opened on a digit and a capital (cheap to search a whole article
# with); the word boundary before them is checked on each of the few hits.
_CONGRESS_NAMED_FAST = deferred(
    r"(?P<n>\d{2,3})(?:st|nd|rd|th|ST|ND|RD|TH)\s+(?:Congress|CONGRESS)\b|"
    # a bill's or resolution's own heading: "One Hundred Nineteenth Congress"
    r"(?:One|ONE)\s+(?:Hundred|HUNDRED)\s+(?P<spelled>[A-Za-z]+)\s+(?:Congress|CONGRESS)\b"
)
# the ordinals after "One Hundred" in the Congresses news still prints
_SPELLED = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip


def _named_number(m: re.Match[str]) -> int | None:
    """The Congress a match of ``_CONGRESS_NAMED_FAST`` names ("118TH CONGRESS": 118)."""
    if m.group("n"):
        return int(m.group("n"))
    k = _SPELLED.get(m.group("spelled").lower())
    return 100 + k if k else None


_PUBL_FAST = deferred(
    r"(?:Pub(?:lic)?\.?\s*L(?:aw)?\.?|P\.\s?L\.|Public\s+Law)\s*(?:No\.\s*)?"
    r"(?P<congress>\d{2,3})[-–](?P<number>\d{1,3})\b"
)


def _after_boundary(text: str, m: re.Match[str]) -> bool:
    i = m.start()
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def _article_congress(text: str) -> tuple[int | None, str]:
    named = {
        n
        for m in _CONGRESS_NAMED_FAST.finditer(text)
        if _after_boundary(text, m) and (n := _named_number(m)) is not None
    }
    if len(named) == 1:
        return next(iter(named)), "the Congress the article names"
    if named:
        return None, ""
    laws = {int(m.group("congress")) for m in _PUBL_FAST.finditer(text) if _after_boundary(text, m)}
    if len(laws) == 1:
        return next(iter(laws)), "the Congress of the public law the article cites"
    return None, ""


# "the fiscal 2024 spending bill", "FY2024 appropriations", "for fiscal year 2024"
_FISCAL_YEAR = deferred(r"\b(?:[Ff]iscal(?:\s+[Yy]ear)?|FY)\s?(?P<y>(?:19|20)\d\d)\b")


def _fiscal_year_congress(doc: Doc, start: int) -> tuple[int | None, str]:
    """The Congress of the one fiscal year the number's sentence names, when the whole year
    the bill for it is written and passed in (the calendar year before it and the year it
    ends in) falls in one Congress: fiscal 2024's bills are the 118th's (2023–24); fiscal
    2025's may be the 118th's or, passed late, the 119th's: none."""
    text = doc.text
    a, e = doc.sentence_at(start)
    years = {int(f.group("y")) for f in _FISCAL_YEAR.finditer(text, a, e)}
    if len(years) != 1:
        return None, ""
    year = years.pop()
    first = congress_for_date(f"{year - 1}-06-30")
    if first is None or first != congress_for_date(f"{year}-06-30"):
        return None, ""
    return first, f"the Congress of fiscal {year}'s bills, the year its sentence names"


def find(doc: Doc) -> list[Mention]:
    """Every bill or resolution number in the text, with its Congress when the article says."""
    text, ctx = doc.text, doc
    out: list[Mention] = []
    fallback: tuple[int | None, str] | None = None
    fallback_conf = 0.8
    listed: tuple[int | None, str] | None = None
    found = [(m, _type_of(m)) for m in _bill_matches(text, federal_starts(doc))]
    found = [(m, t) for m, t in found if _plausible(m, text, t)]
    dashed = dashed_matches(doc)
    if dashed:
        found = sorted(
            found + [(m, "hr" if m.group("hr") else "s") for m in dashed],
            key=lambda mt: mt[0].start(),
        )
    for m, btype in found:
        number = int(m.group("num"))
        congress = _congress_near(text, m.start(), m.end())
        confidence, evidence = 0.95, "bill number with the Congress named beside it"
        year = _year_beside(text, m.start(), m.end())
        if congress is None and year is not None and (ctx.date is None or f"{year}" < ctx.date):
            # "passed H.R. 7521 in March 2024": the Congress of the year the sentence gives
            congress = congress_for_date(f"{year}-06-30")
            confidence, evidence = 0.9, f"Congress of {year}, the year the sentence gives"
        if congress is None and ctx.congress:
            congress, confidence, evidence = ctx.congress, 0.93, "Congress from the article date"
        if congress is None:
            # an undated article: the dates it gives for this bill's own steps
            congress, evidence = own_event_congress(doc, m.start(), m.end())
            confidence = 0.8
        if congress is None:
            congress, evidence = _fiscal_year_congress(doc, m.start())
            confidence = 0.75
        if congress is None:
            if fallback is None:
                fallback = _article_congress(text)
                if fallback[0] is None:
                    fallback = article_event_congress(doc)
                    fallback_conf = 0.7
                if fallback[0] is None:
                    # when the undated article was written: its dates, its president
                    fallback = article_time_congress(doc)
                    fallback_conf = 0.65
            congress, evidence = fallback
            confidence = fallback_conf
        if congress is None and _apposed_title(text, m.start()):
            if listed is None:
                listed = _listed_title_congress(text, [f[0] for f in found])
            congress, evidence = listed
            confidence = 0.7
        if congress is None:
            # an undated note on an act the article names ("the First Step Act of 2018 …
            # S. 756"): the Congress that passed it (``act_bills.csv``), surest when the
            # number is the very bill the act was
            congress, evidence, confidence = _named_act_congress(text, btype, number)
        authority = ids.bill(congress, btype, number) if congress else None
        if authority is None:
            confidence, evidence = 0.6, "bill number; Congress unknown (no article date)"
        if btype == "s" and authority is None:
            confidence = 0.55
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "bill",
                authority,
                confidence=confidence,
                matcher="bills",
                evidence=evidence,
            )
        )
    return out + _law_names(text, out)


# A bill's short title right before its number, as a list of bills prints them: "- The Rural
# Spectrum Act, H.R. 901, requires …", "the Safe Harbors Act of 2023 (H.R. 77)"; the year
# of a title that has one.
_APPOSED_TITLE = deferred(
    r"\b(?:Act|Bill|Resolution)(?:\s+of\s+(?P<year>(?:19|20)\d\d))?\s*[,(]\s*$"
)


def _apposed_title(text: str, start: int) -> re.Match[str] | None:
    return _APPOSED_TITLE.search(text, max(0, start - 30), start)


def _listed_title_congress(text: str, numbers: list[re.Match[str]]) -> tuple[int | None, str]:
    """The Congress of an undated list of bills (two or more), each a short title and its
    number: the year a title in it prints ("the Chip Supply Act of 2023, H.R. 752" — a bill
    is titled for the year it is introduced), when every such year falls in one Congress. A
    list without a titled year, or with years of two Congresses, gives none."""
    said: dict[int, str] = {}
    titled = 0
    for n in numbers:
        t = _apposed_title(text, n.start())
        titled += t is not None
        if t is not None and t.group("year"):
            c = congress_for_date(f"{t.group('year')}-06-30")
            if c is not None:
                said.setdefault(c, t.group("year"))
    if len(said) != 1 or titled < 2:
        # (one titled bill alone is no list: "The X Act of 2025, H.R. 2110" may be a bill
        # brought back in a later Congress under its old name)
        return None, ""
    ((c, year),) = said.items()
    return c, f"Congress of {year}, the year a bill title of the article's list of bills prints"


# The article tells the act as just made law.
_NEW_LAW = deferred(
    r"\b(?:signed\s+(?:the\s+bill\s+|it\s+)?into\s+law|signing\s+of|newly\s+enacted|new\s+law)\b"
)


def _named_act_congress(text: str, btype: str, number: int) -> tuple[int | None, str, float]:
    """The Congress of the one enacted act of ``act_bills.csv`` the text names by one of its
    ``acts.csv`` names: (congress, evidence, confidence), or (None, …) when none or several."""
    named: dict[int, str] = {}
    for act in acts():
        bill = bill_of_act(act.authority)
        if bill is None:
            continue
        if any(len(a) > 6 and a in text for a in (act.name, *act.aliases)):
            congress = int(bill[0].split(":")[1])
            if bill[0] == ids.bill(congress, btype, number):
                return congress, f"the bill {act.name} was, named in the article", 0.9
            named[congress] = act.name
    if len(named) == 1 and _NEW_LAW.search(text):
        # (other bills of a note on a law just signed: the same Congress, "H.R. 5682", its
        # House version; an old act named in passing gives no Congress to a new bill)
        ((congress, name),) = named.items()
        return congress, f"Congress that passed {name}, the act the article names", 0.6
    return None, "", 0.6


def _law_names(text: str, bills: list[Mention]) -> list[Mention]:
    """A bill number, then a name ending in "Law" news gives it ("H.R. 812, also called
    Tamsin's Law"): that bill, and so is the name printed again later (sixteenth session;
    a name ending in "Act" is the act names' pass's, joined to the number by ``apposition``)."""
    from . import statebills
    from .statebills import NOT_NAME_START, names_again

    names: list[tuple[str, int, Mention]] = []
    for b in bills:
        if b.authority is None or not text.startswith(",", b.end):
            continue
        # (read from its module, not imported: a deferred pattern puts itself there)
        nick = statebills.NAME_AFTER.match(text, b.end)
        if nick is None or not nick.group("nick").endswith("Law"):
            continue
        if nick.group("nick").split()[0] in NOT_NAME_START:
            continue
        names.append((nick.group("nick"), nick.start("nick"), b.with_(name=nick.group("nick"))))
    return names_again(text, names)


PASS = Pass(name="bills", emits=("bill",), anchors=(), run=find)
