"""A state's bills and ballot measures by number: "Texas’ Senate Bill 4", "S.B. 4", "HB 1557",
"Proposition 22", "Ohio's Issue 1". A number is a state law only when the text says which
state (``statenames``); it carries SPEC §2's id ``state:POSTAL:bill:SLUG``.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterator
from functools import cache

from .. import courts
from ..datafiles import DATA, read_rows
from ..models import Mention
from . import ballots
from .billstarts import STATE_START
from .lazyre import deferred
from .sentences import sentences as _sentences
from .statenames import (
    CONGRESS,
    LAWMAKER_HOW,
    NOT_IN_SENTENCE,
    OUTLET_HOW,
    federal_sentence,
    header_state,
    one_state_named,
    only_state,
    only_state_mentioned,
    sentence_of,
    state_before,
    state_names,
    state_of_article,
    state_re,
    washington_state,
)
from .trie import find_all, is_word_char, matches_at

BILL_NUMBER = re.compile(
    r"\b(?:(?P<chamber>Senate|House|Assembly|Legislative)\s+(?P<form>Bill|File)(?:\s+No\.)?"
    # "House Bill (HB) 1126": the abbreviation the article will use, in brackets
    r"(?:\s+\([SHAL]\.?\s?[BF]\.?\))?\s+(?:(?P<yy1>\d\d[A-C]?)-(?=\d{3,4}(?![\w-])))?(?P<n1>\d{1,5})"
    # ("S. B. No. 7", "HB No. 12": Texas's and Mississippi's style, "No." after the letters)
    r"|(?P<abbr>[SHAL])\.?\s?(?P<kind>[BF])\.?\s?(?:No\.\s?)?"
    r"(?:(?P<yy2>\d\d[A-C]?)-(?=\d{3,4}(?![\w-])))?"
    # a special session's letter after the number: Florida's "SB 4-C", "HB 1-B" (its own
    # bill, not the regular session's SB 4); the id keeps the letter with no hyphen, as
    # SPEC §2's slug is the chamber letters and the number run together: ``state:fl:bill:sb4c``
    # (Colorado's session year keeps its hyphen: ``hb25-1321``, see ``COLORADO``)
    r"(?P<n2>\d{1,5}))(?P<session>-[A-H](?![\w-]))?\b(?![-–.]\d)"
)
# Indiana's enrolled acts: a bill the General Assembly passed keeps its number as an enrolled
# act ("Senate Enrolled Act 1", "SEA 1" is S.B. 1 of its session; "House Enrolled Act 1001",
# "HEA 1001" is H.B. 1001; iga.in.gov). Wyoming also prints "House Enrolled Act 88", but
# numbers its enrolled acts apart from its bills, so the form links only a state that keeps
# the bill's number: Indiana (``ENROLLED_STATES``).
ENROLLED = re.compile(
    r"\b(?:(?P<chamber>Senate|House)\s+Enrolled\s+Act(?:\s+No\.)?\s+|(?P<abbr>[SH])EA\s?)"
    r"(?P<n>\d{1,4})\b(?![-–.,/]\d)"
)
ENROLLED_STATES = frozenset({"Indiana"})
# a special session's bill as ``_bill_label`` writes its number ("4-c")
SESSION_LETTER = deferred(r"\d{1,5}-[a-h]")
CHAMBERS = {"S": "Senate", "H": "House", "A": "Assembly", "L": "Legislative"}
FORMS = {"B": "Bill", "F": "File"}
# Iowa's and Minnesota's bills are House and Senate Files ("HF 732", "Senate File 2095");
# only Nebraska's one-house Legislature numbers Legislative Bills ("LB 574"), so that label
# is Nebraska's wherever the article names Nebraska.
NO_SUCH_BILL = frozenset({"Assembly File", "Legislative File"})
NEBRASKA_ONLY = "Legislative Bill"
# Colorado numbers its bills with the session's year: "HB25-1321", "SB24-205", "House Bill
# 25-1117" (the General Assembly's own form, leg.colorado.gov/bills/HB25-1321; ``BILL_NUMBER``'s
# ``yy1``/``yy2``); no other state writes the year into the number, so the form names the
# state. The id keeps the year: ``state:co:bill:hb25-1321``. An extraordinary session's bills
# carry its letter after the year ("SB25B-004", "Senate Bill 25B-004": the August 2025
# session's, leg.colorado.gov/bills/SB25B-004); the id keeps it, lower-cased:
# ``state:co:bill:sb25b-004``.
COLORADO = "Colorado"
COLORADO_FORMS = frozenset({"House Bill", "Senate Bill"})


def _bill_numbers(text: str, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """``BILL_NUMBER.finditer(text)``, tried only where a state bill number can start
    (``starts``, as ``billstarts.state_starts`` gives them)."""
    if starts is None:
        starts = [c.start() for c in STATE_START.finditer(text)]
    return matches_at(BILL_NUMBER, text, starts)


def _colorado(text: str, m: re.Match[str]) -> bool:
    """Whether ``m`` is a Colorado number with its session year, not inside a word or a web
    address ("leg.colorado.gov/bills/HB25-1321")."""
    if not (m.group("yy1") or m.group("yy2")):
        return False
    return m.start() == 0 or not (is_word_char(text[m.start() - 1]) or text[m.start() - 1] in "/=")


def bill_id(state: str, label: str) -> str | None:
    """SPEC §2's id of a state bill: "Texas", "Senate Bill 4" → ``state:tx:bill:sb4``; of a
    ballot proposition, a measure named by its number as a bill is: "California",
    "Proposition 22" → ``state:ca:bill:prop22``."""
    st = courts.state_by_name().get(state.lower())
    words = label.split()
    if st is not None and len(words) == 2 and words[0] == PROPOSITION_LABEL:
        return f"state:{st.postal.lower()}:bill:prop{words[1].lower()}"
    if st is None or len(words) != 3:
        return None
    # ("Senate Bill 0001", as Tennessee prints its numbers, is SB 1)
    number = words[2].lstrip("0") or words[2] if words[2].isdigit() else words[2]
    if SESSION_LETTER.fullmatch(number):
        number = number.replace("-", "")  # "4-c" → "4c": a special session's bill
    slug = f"{words[0][0]}{words[1][0]}{number}".lower()  # ("25B-004" → "25b-004")
    return f"state:{st.postal.lower()}:bill:{slug}"


# A ballot proposition by number: "Proposition 22", "Prop 22", "Prop. 22", "Proposition 2A".
# Only states number propositions (California, Arizona, Texas, Colorado …), so one is a state
# law once the text says which state, as a bill number is. Tried only where "Prop" starts a
# word (found with str.find).
PROPOSITION = re.compile(r"Prop(?:osition\s+|\.\s*|\s+)(?P<n>\d{1,3}[A-Z]?)\b(?![-–.,/]\d)")
PROPOSITION_LABEL = "Proposition"


@cache
def _proposition_names() -> dict[tuple[str, str], list[tuple[int, str]]]:
    """(state, number) → [(year, name of the act the measure enacted)], oldest first, from
    ``data/propositions.csv``: states number their propositions anew each election, so a
    number names one measure only with its year."""
    out: dict[tuple[str, str], list[tuple[int, str]]] = {}
    with (DATA / "propositions.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            out.setdefault((r["state"], r["number"]), []).append((int(r["year"]), r["name"]))
    return {k: sorted(v) for k, v in out.items()}


def proposition_name(state: str, number: str, date: str | None, text: str) -> str | None:
    """The name of the act a state's proposition enacted: the latest measure of that number
    voted on by the article's year, or, with no date, by the latest year the text prints
    (a story is written after the dates it tells). Else None (the table knows only some
    measures)."""
    rows = _proposition_names().get((state, number.upper()), [])
    if not rows:
        return None
    if date is not None and date[:4].isdigit():
        year = int(date[:4])
    else:
        year = max((int(y.group(0)) for y in _YEAR.finditer(text)), default=0)
    before = [name for y, name in rows if y <= year]
    return before[-1] if before else None


_YEAR = deferred(r"(?<![\d,.$])(?:19|20)\d\d(?![\d,])")


def _propositions(text: str, starts: list[int] | None = None) -> list[re.Match[str]]:
    """Every ballot proposition by number in ``text``, in order (tried only at ``starts``,
    the places "Prop" starts a word: the Doc's anchor hits, else found here)."""
    if starts is None:
        starts = [i for i in find_all(text, "Prop") if i == 0 or not is_word_char(text[i - 1])]
    return list(matches_at(PROPOSITION, text, starts)) if starts else []


# A state act named right before its bill number: "the Texas Heartbeat Act, or Senate Bill
# No. 8", "the Parental Rights in Education Act (House Bill 1557)".
ACT_THEN_NUMBER = deferred(
    r"[”\"]?\s*(?:,\s*)?(?:\(\s*|(?:or|also\s+known\s+as|known\s+as|aka)\s+)(?:the\s+)?[“\"]?$"
)


def _bill_label(m: re.Match[str]) -> str:
    """ "Senate Bill 4" for a ``BILL_NUMBER`` match ("S.B. 4", "Senate Bill No. 4", …)."""
    session = (m.group("session") or "").lower()
    if m.group("chamber"):
        yy = f"{m.group('yy1')}-" if m.group("yy1") else ""
        return f"{m.group('chamber')} {m.group('form')} {yy}{m.group('n1')}{session}"
    yy = f"{m.group('yy2')}-" if m.group("yy2") else ""
    return f"{CHAMBERS[m.group('abbr')]} {FORMS[m.group('kind')]} {yy}{m.group('n2')}{session}"


# Several bills of one chamber: "Assembly Bills 438 and 439", "Assembly Bills 465, 133, and
# 394", "Senate Files 2095 and 2096": each number is a bill of its own.
LISTED_BILLS = re.compile(
    r"(?P<chamber>Senate|House|Assembly)\s+(?P<form>Bill|File)s\s+(?:Nos?\.\s+)?"
    r"(?P<list>\d{1,5}(?:\s*(?:,\s*(?:and\s+|or\s+|&\s+)?|and\s+|or\s+|&\s+)\d{1,5}){1,9})"
    r"(?![\d-]|\.\d)"
)
LIST_NUMBER = deferred(r"\d{1,5}")


def _listed_bills(text: str, starts: list[int] | None) -> list[tuple[re.Match[str], str]]:
    """The bills of a plural list, each with its label ("Assembly Bill 439"); the first spans
    "Assembly Bills 438", the others their number alone."""
    if starts is None:
        starts = [c.start() for c in STATE_START.finditer(text)]
    out: list[tuple[re.Match[str], str]] = []
    for m in matches_at(LISTED_BILLS, text, starts):
        form = f"{m.group('chamber')} {m.group('form')}"
        numbers = list(LIST_NUMBER.finditer(text, m.start("list"), m.end("list")))
        head = re.compile(re.escape(text[m.start() : numbers[0].end()])).match(text, m.start())
        if head is None:
            continue
        out.append((head, f"{form} {numbers[0].group(0)}"))
        out.extend((n, f"{form} {n.group(0)}") for n in numbers[1:])
    return out


def _enrolled_acts(text: str, starts: list[int] | None) -> list[tuple[re.Match[str], str]]:
    """Indiana's enrolled acts, each with its bill's label ("Senate Enrolled Act 1", "SEA 1"
    → "Senate Bill 1")."""
    if "Enrolled" not in text and "EA" not in text:
        return []
    if starts is None:
        starts = [c.start() for c in STATE_START.finditer(text)]
    out: list[tuple[re.Match[str], str]] = []
    for m in matches_at(ENROLLED, text, starts):
        chamber = m.group("chamber") or CHAMBERS[m.group("abbr")]
        out.append((m, f"{chamber} Bill {m.group('n').lstrip('0') or '0'}"))
    return out


def state_bills(
    text: str,
    acts: list[Mention] | None = None,
    starts: list[int] | None = None,
    date: str | None = None,
    props: list[int] | None = None,
) -> list[Mention]:
    out: list[Mention] = []
    names: list[tuple[str, int, Mention]] = []  # (a name given beside a number, its end, the bill)
    spans = _sentences(text)
    acts = acts or []
    found: list[tuple[re.Match[str], str, str | None, str]] = []
    unsure: set[int] = set()  # numbers in a sentence of several states, none theirs for sure
    i = 0
    numbered = [(m, _bill_label(m)) for m in _bill_numbers(text, starts)]
    numbered += _listed_bills(text, starts)
    numbered += _enrolled_acts(text, starts)
    numbered += [(m, f"{PROPOSITION_LABEL} {m.group('n')}") for m in _propositions(text, props)]
    numbered.sort(key=lambda x: x[0].start())
    for m, label in numbered:
        form = label.rsplit(" ", 1)[0]
        if form in NO_SUCH_BILL:
            continue
        if "-" in label and not (m.re is BILL_NUMBER and m.group("session")):
            # a session year in the number: Colorado's, or nobody's
            if form in COLORADO_FORMS and _colorado(text, m):
                found.append(
                    (
                        m,
                        label,
                        COLORADO,
                        "only Colorado writes the session year in its bill numbers",
                    )
                )
            continue
        if form == NEBRASKA_ONLY:
            if "Nebraska" in text:
                found.append((m, label, "Nebraska", "only Nebraska numbers Legislative Bills"))
            continue
        while i < len(spans) - 1 and spans[i][1] <= m.start():
            i += 1
        before = state_before().search(text, max(0, m.start() - 60), m.start())
        state = before.group("state") if before else None
        if state is None:
            # "proposals in Arkansas (SB 258), Georgia (SB 111) …": the state, then its number
            # in brackets
            state = _state_bracketing(text, m.start())
        how = "the state named before it"
        if state is None:
            act = next((a for a in acts if ACT_THEN_NUMBER.fullmatch(text, a.end, m.start())), None)
            if act is not None and act.name:
                state = next((n for n in state_names() if act.name.startswith(n + " ")), None)
                how = f"the state of {act.text}, named beside it"
        if state is None:
            state = only_state(text, spans[i][0], spans[i][1])
            how = "the one state its sentence names as a lawmaker"
        if state is None:
            state = one_state_named(text, spans[i][0], spans[i][1])
            how = "the one state its sentence names"
        if state is None:
            # "SB8 blocks abortions in Texas" in a Tulsa station's story: the sentence's one
            # state, named in passing, beats the sentence before's lawmaker, the article's
            # lawmaker and the outlet's state
            state = only_state_mentioned(text, spans[i][0], spans[i][1])
            how = "the one state its sentence mentions"
        if state is None:
            # a sentence of several states: the one whose clause tells this number ("Kentucky
            # amended its law with the passage of HB 473 and Texas introduced …")
            state = _clause_state(text, spans[i][0], m.start())
            how = "the state whose clause tells it"
        if state is None and _several_states(text, *spans[i]):
            unsure.add(m.start())
        if state is None and i > 0:
            state = only_state(text, spans[i - 1][0], spans[i - 1][1])
            how = "the one state the sentence before names"
        if state is None:
            state = header_state(text, m.start())
            how = "the state whose header line heads its line"
        found.append((m, label, state, how))
    # The state one mention of a number has is every mention's ("the state's Senate Bill 8 …
    # What is Texas Senate Bill 8?"); else the one state the article names as a lawmaker.
    known: dict[str, str] = {}
    named: dict[str, str] = {}  # a number's state printed right before it ("Texas House Bill 1280")
    for _m, label, state, how in found:
        if state is not None:
            known.setdefault(label, state)
            if how == "the state named before it":
                named.setdefault(label, state)
    article_state: str | None = None
    article_how = LAWMAKER_HOW
    if any(state is None and label not in known for _m, label, state, _h in found):
        article_state, article_how = state_of_article(text)
        if article_state is None:
            article_state = county_state(text)
            article_how = COUNTY_HOW
    seen: set[str] = set()
    for m, label, state, how in found:
        if how == "the one state its sentence mentions" and named.get(label, state) != state:
            # "The governor signed House Bill 1280 into law shortly after the U.S. Supreme
            # Court agreed to hear a Mississippi case … the Texas House Bill 1280": a state
            # named in passing yields to the one printed before the number elsewhere
            state, how = named[label], "another mention of the same bill, its state before it"
        if state is None and label in known:
            state, how = known[label], "another mention of the same bill"
        elif label in seen and how in _SENTENCE_HOWS and known.get(label, state) != state:
            # "In Florida, the governor signed House Bill 1557 … akin to Texas’ S.B. 8 … in
            # both S.B. 8 and H.B. 1557": the sentence's one state is S.B. 8's; the number
            # named before keeps the state it had
            state, how = known[label], "another mention of the same bill, before"
        seen.add(label)
        if state is None and (article_state is None or article_how == OUTLET_HOW):
            # an article about two states, a sentence naming none: the text's own nearer
            # evidence before the outlet's state, or before giving up
            near, near_how = _state_nearby(text, spans, m.start())
            if near is not None:
                state, how = near, near_how
                known.setdefault(label, state)
        if state is None and article_state is not None and m.start() in unsure:
            a, b = sentence_of(spans, m)
            if article_state not in {h.group("state") for h in state_re().finditer(text, a, b)}:
                continue  # a round-up of other states' bills: a wrong state is worse than none
        if state is None and article_state is not None:
            if article_how != LAWMAKER_HOW and _about_congress(text, *sentence_of(spans, m)):
                continue  # a dateline's or a passing state, but the sentence is about Congress
            if (
                article_how != LAWMAKER_HOW
                and label.startswith(PROPOSITION_LABEL)
                and not BALLOT_WORDS.search(text)
            ):
                continue  # "Proposition 3 follows from …" in a paper from Texas: no ballot
            state, how = article_state, article_how
            known.setdefault(label, state)
        if state is None or (m.re is ENROLLED and state not in ENROLLED_STATES):
            continue
        name = f"{state} {label}"
        if label.startswith(PROPOSITION_LABEL):
            name = proposition_name(state, label.split()[1], date, text) or name
        out.append(
            Mention.statute_at(
                m,
                bill_id(state, label),
                name=name,
                confidence=0.7,
                evidence=f"bill number of {state} ({how}); state laws are named, not linked",
                matcher="state_laws",
            )
        )
        nick = NICKNAME_AFTER.match(text, m.end()) if text.startswith(",", m.end()) else None
        if nick is None and text.startswith(",", m.end()):
            nick = NAME_AFTER.match(text, m.end()) or THE_NAME_AFTER.match(text, m.end())
            if nick is not None and nick.group("nick").split()[0] in NOT_NAME_START:
                nick = None
            if nick is not None and any(a.start == nick.start("nick") for a in acts):
                nick = None  # an act a table knows: ``numbered_act`` gives it the number
            if nick is not None:
                # (named as the state's act of that name is: "Texas Safe Rivers Act")
                bill = out[-1].with_(name=f"{state} {nick.group('nick')}")
                names.append((nick.group("nick"), nick.end("nick"), bill))
        if nick is not None:
            out.append(
                (names[-1][2] if names and names[-1][1] == nick.end("nick") else out[-1]).with_(
                    start=nick.start("nick"),
                    end=nick.end("nick"),
                    text=nick.group("nick"),
                    evidence=f"the nickname of {m.group(0)}, given beside it",
                )
            )
    out += _maine_papers(text, spans)
    out += names_again(text, names, whole=True)
    return out


# Maine numbers its bills as Legislative Documents and, by the chamber they start in, as House
# and Senate Papers: "LD 1088", "L.D. 1088", "HP 710", "SP 12" (one bill printed "LD 1088/HP
# 710"; the Legislature's weekly report lists bills "by LD #, H.P. # or S.P. #", and its Bill
# Status page is searched by LD number: legislature.maine.gov). No other state uses these
# letters, but they are
# common ones, so a number is Maine's only where its sentence names Maine.
MAINE = "Maine"
_MAINE_PAPER = deferred(
    r"(?<![\w.])(?:L\.\s?D\.|LD|(?P<paper>[HS])\.?\s?P\.?)\s?(?P<n>\d{1,4})\b(?![-–.,/]\d)"
)


def _maine_papers(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """Maine's bills by their Legislative Document or paper number, in a sentence that names
    Maine: ``state:me:bill:ld1088``, ``state:me:bill:hp710``."""
    if MAINE not in text:
        return []
    out: list[Mention] = []
    for m in _MAINE_PAPER.finditer(text):
        a, b = sentence_of(spans, m)
        if MAINE not in {h.group("state") for h in state_re().finditer(text, a, b)}:
            continue
        letters = f"{m.group('paper')}P" if m.group("paper") else "LD"
        out.append(
            Mention.statute_at(
                m,
                f"state:me:bill:{letters.lower()}{m.group('n')}",
                name=f"Maine {letters} {m.group('n')}",
                confidence=0.7,
                evidence="bill number of Maine (its Legislative Document or paper number, "
                "in a sentence that names Maine); state laws are named, not linked",
                matcher="state_laws",
            )
        )
    return out


# A state, then its bill's number in brackets: "Arkansas (SB 258", "Maine (LD 1088/" — the
# text between the state's name and the number
_BRACKETED = deferred(r"\s*\(\s*(?:[A-Z][A-Z.]{0,4}\s?\d{1,5}\s*[/,;]\s*)?")
# A state as the subject of a clause of lawmaking: "Kentucky amended", "Texas introduced",
# "Ohio lawmakers passed", "Georgia's Senate approved"
_LAWMAKING_AFTER = deferred(
    r"(?:['’]s?)?\s+(?:(?:[Ll]egislature|[Gg]eneral\s+[Aa]ssembly|lawmakers|legislators|"
    r"[Gg]overnor|House|Senate)\s+)?(?:(?:also|has|have|had|recently|then|quickly|finally|"
    r"just)\s+)*(?:introduced|amended|passed|enacted|adopted|approved|signed|advanced|filed|"
    r"proposed|unveiled|considered|overrode|vetoed)\b"
)
# "…, and in Ohio, HB 68 …": a clause opening on the state
_IN_BEFORE = deferred(r"(?:^|[,;]\s*|\b(?:and|while|but|whereas)\s+)[Ii]n\s+$")
# How far a clause's state may stand before the number it tells
_CLAUSE_REACH = 120


def _state_bracketing(text: str, at: int) -> str | None:
    """The state named right before the bracket that opens on the number at ``at``
    ("Georgia (SB 111)"), or None."""
    lo = max(0, at - 40)
    for h in state_re().finditer(text, lo, at):
        if _BRACKETED.fullmatch(text, h.end(), at) and h.group("state") not in NOT_IN_SENTENCE:
            return h.group("state")
    return None


def _named_states(text: str, a: int, b: int) -> list[re.Match[str]]:
    """The states ``text[a:b]`` names (Washington only when written as the state)."""
    return [
        h
        for h in state_re().finditer(text, a, b)
        if h.group("state") not in NOT_IN_SENTENCE or washington_state(text, h)
    ]


def _several_states(text: str, a: int, b: int) -> bool:
    return len({h.group("state") for h in _named_states(text, a, b)}) > 1


def _clause_state(text: str, a: int, at: int) -> str | None:
    """In a sentence that names several states, the state of the number at ``at``: the
    nearest state named before it, when it is the subject of a clause of lawmaking
    ("Kentucky amended its law with the passage of HB 473") or the place a clause opens on
    ("…, while in Ohio, HB 68 …"), and stands at most ``_CLAUSE_REACH`` before it; else
    None."""
    hits = _named_states(text, a, at)
    if not hits:
        return None
    h = hits[-1]
    if at - h.end() > _CLAUSE_REACH:
        return None
    if _LAWMAKING_AFTER.match(text, h.end()):
        return h.group("state")
    if text.startswith(",", h.end()) and (
        text[a : h.start()].strip() in ("In", "in")
        or _IN_BEFORE.search(text, max(a, h.start() - 12), h.start())
    ):
        return h.group("state")
    return None


# How many sentences back a bill number's state is looked for as a lawmaker ("Gov. Pike and
# the Norland Legislature imposed a flag mandate … The suit filed in Easton says Senate Bill
# 14 …").
_LAWMAKER_BACK = 4
# A court placed in a city: "a U.S. district court in San Antonio", "a federal judge in Austin"
# (a trial court's: an appeals court sits in another state's city — the 4th Circuit in
# Richmond hears Maryland's laws)
_COURT_IN_CITY = deferred(
    r"\b(?:[Dd]istrict\s+[Cc]ourt|[Ff]ederal\s+[Cc]ourt|[Tt]rial\s+[Cc]ourt|courthouse|"
    r"(?:[Ff]ederal|[Dd]istrict)\s+[Jj]udge)\s+(?:[a-z]\w*\s+){0,2}?in\s+"
    r"(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b"
)
# (a sentence about Congress names its members' states: "Texas Republicans in Congress";
# "a federal court" is no reason to doubt "the Texas Legislature")
_CONGRESS_WORDS = deferred(
    r"\b(?:Congress|congressional|White\s+House|U\.S\.\s+(?:House|Senate))\b"
)
# "members of Congress" as a noun among others a state law protects ("shields the records of
# judges, members of Congress and county clerks"): no sign the sentence is about Congress
_CONGRESS_MEMBERS = deferred(
    r"\b(?:[Mm]embers?|[Ss]taff(?:ers)?)\s+of\s+Congress\b"
    # (maps drawn for Congress — "a commission to draw maps for Congress, legislature and …",
    # "the congressional map" — are a redistricting story's, not Congress lawmaking)
    r"|\b(?:maps?|districts?|boundaries|lines)\s+for\s+Congress\b"
    r"|\b[Cc]ongressional\s+(?:maps?|districts?|district\s+lines|boundaries)\b"
)


COUNTY_HOW = "the one state of the counties the article names"
# "Fort Bend County", "in Fort Bend and Brazoria counties", "Dallas, Collin and Denton counties"
_COUNTIES = deferred(
    r"(?P<names>(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
    r"(?:,?\s+(?:and|or)\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)\s+(?:County|counties|Counties)\b"
)
_COUNTY_SPLIT = deferred(r",\s+(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+")


@cache
def _county_states() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """A county's name → the one state with a county of that name (``county_states.csv``),
    and a name several states' counties share → those states (``shared_county_names.csv``)."""
    one = {r["county"]: r["state"] for r in read_rows("county_states.csv")}
    shared = {
        r["county"]: frozenset(r["states"].split()) for r in read_rows("shared_county_names.csv")
    }
    return one, shared


def county_state(text: str) -> str | None:
    """The name of the one state whose counties the article names ("new judicial
    districts in Fort Bend and Brazoria counties"), when every county named fits it and one
    at least is of that state alone; else None."""
    one, shared = _county_states()
    states: set[str] = set()
    fits: list[frozenset[str]] = []
    for m in _COUNTIES.finditer(text):
        for name in _COUNTY_SPLIT.split(m.group("names")):
            # ("In Fort Bend County": the last words before "County" are its name)
            words = name.split()
            for k in (2, 1):
                key = " ".join(words[-k:])
                if len(words) >= k and (key in one or key in shared):
                    if key in one:
                        states.add(one[key])
                    else:
                        fits.append(shared[key])
                    break
    if len(states) != 1:
        return None
    (postal,) = states
    if not all(postal in f for f in fits):
        return None
    st = courts.states().get(postal)
    return st.name if st else None


def _about_congress(text: str, a: int, b: int) -> bool:
    """``federal_sentence`` for ``text[a:b]``, once "members of Congress" (a group of people
    named, not the lawmaker of the bill) and maps "for Congress" are set aside."""
    part = _CONGRESS_MEMBERS.sub(lambda c: " " * len(c.group()), text[a:b])
    return federal_sentence(part, 0, len(part))


NEARBY_LAWMAKER_HOW = "the one state a sentence shortly before names as a lawmaker"
COURT_CITY_HOW = "the state of the court's city in its sentence or the one before"


def _state_nearby(text: str, spans: list[tuple[int, int]], at: int) -> tuple[str | None, str]:
    """The state of a bill number whose sentence, and the sentence before, name none, in an
    article that names two states: the nearest sentence before (within ``_LAWMAKER_BACK``)
    that names a state, when it names only one and as a lawmaker ("the Norland
    Legislature"); else the state of a court's city (``court_cities.csv``) in its sentence
    or the one before ("a federal court in Easton"); else the one state the headline names;
    else None."""
    i = bisect.bisect_right(spans, (at, len(text) + 1)) - 1
    if i < 0:
        return None, ""
    if any(True for _ in state_re().finditer(text, *spans[i])):
        return None, ""  # ("… mirrors laws in Texas and Louisiana": its own states, two)
    for j in range(i - 1, max(-1, i - 1 - _LAWMAKER_BACK), -1):
        a, b = spans[j]
        named = {h.group("state") for h in state_re().finditer(text, a, b)}
        if not named:
            continue
        state = only_state(text, a, b) if len(named) == 1 else None
        if state is not None and not _CONGRESS_WORDS.search(text, a, b):
            return state, NEARBY_LAWMAKER_HOW
        break
    lo = spans[i - 1][0] if i > 0 else spans[i][0]
    places = set()
    for c in _COURT_IN_CITY.finditer(text, lo, at):
        hits = courts.cities().get(courts._fold(c.group("city")), [])
        places |= {postal for postal, _ in hits}
        if not hits:
            return None, ""
    if len(places) == 1:
        st = courts.states().get(places.pop())
        if st is not None and st.name not in NOT_IN_SENTENCE:
            return st.name, COURT_CITY_HOW
    head = _headline_state(text)
    return (head, HEADLINE_HOW) if head is not None else (None, "")


HEADLINE_HOW = "the one state the headline names"
# How long a headline may be (its first lines before a blank one)
_HEADLINE_MAX = 200


def _headline_state(text: str) -> str | None:
    """The one state the article's headline names: its first lines up to a blank one (after
    a "source:" line), when they are short and end in no period."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].startswith("source:")):
        i += 1
    block: list[str] = []
    while i < len(lines) and lines[i].strip():
        block.append(lines[i].strip())
        i += 1
    head = " ".join(block)
    if not head or len(head) > _HEADLINE_MAX or head.endswith("."):
        return None
    named = {h.group("state") for h in state_re().finditer(head)} - NOT_IN_SENTENCE
    return named.pop() if len(named) == 1 else None


def names_again(
    text: str, names: list[tuple[str, int, Mention]], whole: bool = False
) -> list[Mention]:
    """A name given a bill number beside it ("House Bill 812, also called Tamsin's Law"),
    printed again later in the article: the same bill (sixteenth session). A name given two
    numbers is neither's. ``whole``: printed anywhere else in the article, before it too
    ("the legislature passed … a Renters’ Bill of Rights … Another is HB 44, the Renters’
    Bill of Rights, which …": twenty-third session); ``names`` then end where the name
    given beside the number does."""
    owners: dict[str, set[str | None]] = {}
    for name, _end, bill in names:
        owners.setdefault(name, set()).add(bill.authority)
    out: list[Mention] = []
    for name, end, bill in names:
        if len(owners[name]) != 1:
            continue
        own = end - len(name)  # (where the name beside the number starts, when ``whole``)
        at = text.find(name, 0 if whole else end)
        while at >= 0:
            after = at + len(name)
            if whole and at == own:
                pass  # the name beside the number: its own mention
            elif not (text[at - 1 : at].isalnum() or text[after : after + 1].isalnum()):
                out.append(
                    bill.with_(
                        start=at,
                        end=after,
                        text=name,
                        confidence=min(bill.confidence, 0.7),
                        evidence=f"a name given beside {bill.text}",
                    )
                )
            at = text.find(name, after)
    return out


# A bill number, then the name news gives it, unquoted: "House Bill 812, also called
# Tamsin's Law", "Senate Bill 9, known as the Safe Rivers Act" (capitalised words, the last
# "Law" or "Act"; sixteenth session).
NAME_AFTER = deferred(
    r",\s*(?:also\s+|better\s+|widely\s+|commonly\s+|popularly\s+)?"
    r"(?:known\s+as|called|dubbed|nicknamed)\s+(?:the\s+)?"
    r"(?P<nick>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the)){0,5}?\s+(?:Law|Act))\b"
)
# A bill number, then its name in apposition, capitalised and closed by a comma or the
# sentence's end: "HB 44, the Renters’ Bill of Rights, which …", "House Bill 5, the Safe
# Streets Act." (twenty-third session)
THE_NAME_AFTER = deferred(
    r",\s*the\s+(?P<nick>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|to)){0,5}?"
    r"\s+(?:Law|Act|Bill\s+of\s+Rights))(?=\s*[,.;)]|\s+[—–])"
)
# First words that make the words after "called" a description, not a name.
NOT_NAME_START = frozenset({"The", "A", "An", "This", "That", "State", "Federal", "New"})


# A bill number, then the nickname news gives it, in quotation marks: "House Bill 2127, also
# known as the “Death Star bill”", "Senate Bill 4, dubbed the 'show me your papers' law",
# "House Bill 121, commonly known as the “bathroom bill.”".
NICKNAME_AFTER = deferred(
    r",\s*(?:(?:also\s+|better\s+|widely\s+|commonly\s+|popularly\s+)?"
    r"(?:known|called|dubbed|nicknamed)\s+(?:as\s+)?"
    r"|or\s+)(?:the\s+)?[“\"](?P<nick>[^”\"\n]{2,40}?\s(?:bill|law))[,.]?[”\"]"
)


# A bill number, then the name it is known by: "Senate Bill 36, also known as the Georgia
# Religious Freedom Restoration Act".
NUMBER_THEN_ACT = deferred(
    r"\s*,\s*(?:(?:also\s+|better\s+)?(?:known|called)\s+as\s+)?(?:the\s+)?[“\"]?"
)


def numbered_act(text: str, act: Mention, bills: list[Mention]) -> Mention:
    """``act`` with the id of the bill number of its own state named right after it ("the
    Texas Heartbeat Act, or Senate Bill No. 8") or right before it ("Senate Bill 36, also
    known as the Georgia Religious Freedom Restoration Act")."""
    for b in bills:
        after = act.end <= b.start <= act.end + 14
        before = b.end <= act.start <= b.end + 30
        if not (after or before):
            continue
        same_state = b.name and act.name and b.name.split()[0] == act.name.split()[0]
        if not (b.authority and same_state):
            continue
        if (after and ACT_THEN_NUMBER.fullmatch(text, act.end, b.start)) or (
            before and NUMBER_THEN_ACT.fullmatch(text, b.end, act.start)
        ):
            return act.with_(authority=b.authority, evidence=f"{act.evidence}; {b.text}")
    return act


# How a bill number took a state from its sentence rather than from words beside it.
_SENTENCE_HOWS = frozenset(
    (
        "the one state its sentence names as a lawmaker",
        "the one state its sentence names",
        "the one state its sentence mentions",
        "the one state the sentence before names",
    )
)


# Other states' ballot measures by number ("Florida's Amendment 4", "Ohio voters approved
# Issue 1", "Michigan's Proposal 3", "Oregon's Measure 110", "Question 4", "Nebraska's
# Initiative 434", Montana's "CI-128"): common words, so only with the state right before, or a
# sentence that names one state and its voters or ballot, or (for a label
# ``ballot_measures.csv`` knows) the state the article is about.
BALLOT_MEASURE = deferred(
    r"(?:(?P<label>Amendment|Issue|Proposal|Measure|Question|Initiative)\s+|(?P<ci>CI)-)"
    r"(?P<n>\d{1,3})(?![\w.,-]\d|\w)(?!\s+of\b)"
    # (an amendment to a bill: "Amendment 3 to H.R. 1", "… to the bill"; not "Question 4 to
    # legalize psychedelics")
    r"(?!\s+to\s+(?:the\s+)?(?:H\.|S\.|[Bb]ill|House|Senate|[Ss]ubstitute|[Aa]mendment|"
    r"[Rr]esolution|[A-Z]{1,4}\.?\s?\d))"
)
BALLOT_WORDS = deferred(r"\b(?:voters|ballot|initiative|referendum|proposition)\b")
# An amendment to a bill, not a ballot measure: "Senate Amendment 3", "floor amendment 3",
# "Amendment 3 to H.R. 1" (``BALLOT_MEASURE`` refuses "of", and "to" a bill, after the number)
FLOOR_BEFORE = deferred(
    r"(?:Senate|House|Assembly|[Ff]loor|[Cc]ommittee|[Mm]anager['’]s|[Ss]ubstitute|No\.)\s+$"
)
# a sentence of lawmaking: a label in it whose state is only the article's may be an amendment
# to a bill ("Senators adopted Amendment 2 on a voice vote")
LAWMAKING = deferred(
    r"\b(?:lawmakers|legislators|senators|representatives|committee|floor|bill|"
    r"the\s+(?:Senate|House|Assembly|Legislature|General\s+Assembly))\b"
)
# the article tells a vote (for a label whose state is only the article's)
VOTE_WORDS = deferred(
    r"\b(?:voters?|votes?|voted|ballot|initiative|referendum|electorate|constitutional\s+"
    r"amendment|passed|approved|approval|adopted|rejected|defeated)\b",
    re.IGNORECASE,
)


def ballot_measures(text: str, starts: list[int], date: str | None = None) -> list[Mention]:
    out: list[Mention] = []
    spans: list[tuple[int, int]] | None = None
    article_state: str | bool | None = False  # (asked once, when needed)
    for at in starts:
        m = BALLOT_MEASURE.match(text, at)
        if m is None or FLOOR_BEFORE.search(text, max(0, at - 12), at):
            continue
        word = m.group("label") or m.group("ci")
        label = f"{word} {m.group('n')}" if m.group("label") else f"CI-{m.group('n')}"
        slug = ballots.label_slug(label)
        before = state_before().search(text, max(0, at - 40), at)
        state = before.group("state") if before else None
        how = "the state named before it"
        spans = spans or _sentences(text)
        a, b = sentence_of(spans, m)
        if state is None:
            found = {x.group("state") for x in state_re().finditer(text, a, b)}
            if (
                len(found) == 1
                and BALLOT_WORDS.search(text, a, b)
                and not CONGRESS.search(text, a, b)
            ):
                state, how = found.pop(), "the one state of its sentence, which speaks of voters"
        tabled = False
        if (
            state is None
            and ballots.states_of(slug)
            and not CONGRESS.search(text, a, b)
            and not LAWMAKING.search(text, a, b)
        ):
            # a label the table knows, in an article about one of its states that tells a
            # vote: "Amendment 3 won approval with 51.6% of the votes" in a Missouri story
            if article_state is False:
                article_state = state_of_article(text)[0] if VOTE_WORDS.search(text) else None
            if isinstance(article_state, str) and article_state in ballots.states_of(slug):
                state, how, tabled = article_state, "the state the article is about", True
        if state is None or state in NOT_IN_SENTENCE:
            continue
        st = courts.state_by_name().get(state.lower())
        if st is None:
            continue
        mention = Mention.statute_at(
            m,
            f"state:{st.postal.lower()}:bill:{slug}",
            name=f"{state} {label}",
            confidence=0.7,
            evidence=f"a ballot measure of {state} ({how})",
            matcher="state_laws",
        )
        i = bisect.bisect_right(spans, (m.start(), 1 << 62)) - 1
        window = (spans[max(0, i - 2)][0], b)
        measure = ballots.pick(state, slug, date, text, window, (a, b), m.start())
        section = ballots.section_mention(mention, measure, how) if measure else None
        if section is not None:
            out.append(section)
        elif not tabled:
            out.append(mention)
    return out


def as_section(text: str, m: Mention, date: str | None) -> Mention:
    """A state's proposition by number (``state_bills``: "Arizona's Proposition 139") as the
    section of the state constitution it made, when ``ballot_measures.csv`` has it adopted;
    else ``m``."""
    if not m.authority or ":bill:prop" not in m.authority or not m.name:
        return m
    state = next((n for n in state_names() if m.name.startswith(n + " ")), None)
    if state is None or not ballots.states_of(m.authority.rsplit(":", 1)[1]):
        return m
    spans = _sentences(text)
    i = max(0, bisect.bisect_right(spans, (m.start, 1 << 62)) - 1)
    window = (spans[max(0, i - 2)][0], spans[i][1])
    measure = ballots.pick(
        state, m.authority.rsplit(":", 1)[1], date, text, window, spans[i], m.start
    )
    section = ballots.section_mention(m, measure, "its number") if measure else None
    return section or m


@cache
def _codified() -> dict[tuple[str, str], str]:
    """(state, act name) → the code section ``state_acts.csv`` gives the act, for acts that a
    proposition enacted and a code holds (not a bill's id)."""
    out: dict[tuple[str, str], str] = {}
    for r in read_rows("state_acts.csv"):
        if r["name"] and r["authority"] and ":bill:" not in r["authority"]:
            out[(r["state"], r["name"])] = r["authority"]
    return out


def codified(m: Mention) -> Mention:
    """A state's proposition (or its act's name, or "the law" for it) whose act
    ``propositions.csv`` names and ``state_acts.csv`` places in the state's code: that code
    section ("Proposition 34" → Cal. Welf. & Inst. Code 14124.39 et seq.); else ``m``."""
    if not m.authority or ":bill:prop" not in m.authority or not m.name:
        return m
    postal = m.authority.split(":")[1]
    st = courts.states().get(postal.upper())
    if st is None:
        return m
    name = m.name.removeprefix(st.name + " ")
    section = _codified().get((st.name, m.name)) or _codified().get((st.name, name))
    if not section:
        return m
    return m.with_(
        authority=section,
        evidence=f"{m.evidence + '; ' if m.evidence else ''}the act it enacted is codified at "
        f"{section} (state_acts.csv)",
    )
