"""A state's own laws: acts by name ("Mississippi's Gestational Age Act") and bills by number
("Texas’ Senate Bill 4", "S.B. 4", "HB 1557").

They are mentions of a law a reader may want to look up, but never of a federal act: the name
carries the state ("Texas Senate Bill 4"), no congress.gov search is offered, and a bill by
number carries its SPEC §2 id ``state:POSTAL:bill:SLUG`` (``state:tx:bill:sb4``) though linker
has no state session-law source to fetch it from; an act by name has no id. A bill number is
only a state law when the text says which state: the state right before it, the state an
earlier mention of the same number had, or the one state its sentence (or the one before) names
as a lawmaker ("Texas’", "Texas lawmakers", "the Texas law").
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Callable, Iterator
from functools import cache

from .. import courts
from ..datafiles import DATA, acts
from ..models import Mention
from . import statecodenames
from .actnames import LEADING, NOT_ACT_NAME, generic_acts
from .billstarts import STATE_START, state_starts
from .doc import Anchor, Doc
from .registry import Pass
from .sentences import sentences as _sentences
from .trie import at_word_start, find_all, is_word_char, matches_at

BILL_NUMBER = re.compile(
    r"\b(?:(?P<chamber>Senate|House|Assembly|Legislative)\s+(?P<form>Bill|File)(?:\s+No\.)?"
    # "House Bill (HB) 1126": the abbreviation the article will use, in brackets
    r"(?:\s+\([SHAL]\.?\s?[BF]\.?\))?\s+(?P<n1>\d{1,5})"
    r"|(?P<abbr>[SHAL])\.?\s?(?P<kind>[BF])\.?\s?(?P<n2>\d{1,5}))\b(?![-–.]\d)"
)
CHAMBERS = {"S": "Senate", "H": "House", "A": "Assembly", "L": "Legislative"}
FORMS = {"B": "Bill", "F": "File"}
# Iowa's and Minnesota's bills are House and Senate Files ("HF 732", "Senate File 2095");
# only Nebraska's one-house Legislature numbers Legislative Bills ("LB 574"), so that label
# is Nebraska's wherever the article names Nebraska.
NO_SUCH_BILL = frozenset({"Assembly File", "Legislative File"})
NEBRASKA_ONLY = "Legislative Bill"


def _bill_numbers(text: str, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """``BILL_NUMBER.finditer(text)``, tried only where a state bill number can start
    (``starts``, as ``billstarts.state_starts`` gives them)."""
    if starts is None:
        starts = [c.start() for c in STATE_START.finditer(text)]
    return matches_at(BILL_NUMBER, text, starts)


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
    return f"state:{st.postal.lower()}:bill:{words[0][0].lower()}{words[1][0].lower()}{words[2]}"


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


_YEAR = re.compile(r"(?<![\d,.$])(?:19|20)\d\d(?![\d,])")


def _propositions(text: str, starts: list[int] | None = None) -> list[re.Match[str]]:
    """Every ballot proposition by number in ``text``, in order (tried only at ``starts``,
    the places "Prop" starts a word: the Doc's anchor hits, else found here)."""
    if starts is None:
        starts = [i for i in find_all(text, "Prop") if i == 0 or not is_word_char(text[i - 1])]
    return list(matches_at(PROPOSITION, text, starts)) if starts else []


# "Washington" in a sentence is usually the capital, not the state; it counts only right
# before the law ("Washington's House Bill 1110").
NOT_IN_SENTENCE = {"Washington", "District of Columbia"}


@cache
def state_names() -> tuple[str, ...]:
    """The states' names, longest first."""
    return _state_names()


@cache
def _state_names() -> tuple[str, ...]:
    return tuple(sorted((s.name for s in courts.states().values()), key=len, reverse=True))


def _opening_on_first_letters(names: tuple[str, ...]) -> str:
    """What ``\\b(?:name|name…)`` matches (names that open on a letter, tried in the given
    order), written to open on the set of their first letters, which the regex engine skips
    ahead to; a pattern opening on a word boundary is tried at every place of the text. The
    look-behind after the first letter asks what the word boundary before it would; names
    with another first letter cannot match where one does, so grouping them by it keeps the
    order in which each place's names are tried."""
    groups: dict[str, list[str]] = {}
    for n in names:
        if not n[:1].isalpha():
            raise ValueError(f"a name that does not open on a letter: {n!r}")
        groups.setdefault(n[0], []).append(n)
    firsts = "".join(re.escape(c) for c in sorted(groups))
    alts = "|".join(
        rf"(?<={re.escape(c)})(?:{'|'.join(re.escape(n[1:]) for n in groups[c])})"
        for c in sorted(groups)
    )
    return rf"[{firsts}](?<!\w.)(?:{alts})"


@cache
def _state_re() -> re.Pattern[str]:
    alt = _opening_on_first_letters(_state_names())
    return re.compile(rf"(?P<state>{alt})\b(?P<poss>['’]s?)?")


@cache
def _state_before() -> re.Pattern[str]:
    alt = _opening_on_first_letters(_state_names())
    return re.compile(
        rf"(?P<state>{alt})(?:['’]s?)?\s+(?:(?:new|controversial|contested|so-called|"
        rf"anti-immigrant|immigration|abortion|law,?|bill,?)\s+)*$"
    )


# A state named as a lawmaker: "Texas’", "Texas lawmakers", "the Texas law", "the governor of
# Texas".
LAWMAKER_AFTER = re.compile(
    r"\s+(?:Gov\.|(?:(?:state|new|recent)\s+)?(?:laws?|[Ll]egislature|lawmakers|legislators|"
    r"[Gg]overnor|Senate|House|statutes?|bills?|measures?|Republicans|Democrats|officials)\b)"
    r"|,?\s+(?:\w+,\s+)?(?:enacted|passed|adopted|approved)\b"  # "Texas, meanwhile, enacted"
)
LAWMAKER_BEFORE = re.compile(r"(?:[Ss]tate|[Gg]overnor|[Ll]egislature|[Ll]awmakers\s+in)\s+of\s+$")


def _only_state(text: str, a: int, b: int) -> str | None:
    """The one state the span names as the maker of a law, or None."""
    found = set()
    for m in _state_re().finditer(text, a, b):
        state = m.group("state")
        if state in NOT_IN_SENTENCE:
            continue
        if (
            m.group("poss")
            or LAWMAKER_AFTER.match(text, m.end())
            or LAWMAKER_BEFORE.search(text, max(0, m.start() - 20), m.start())
        ):
            found.add(state)
    return found.pop() if len(found) == 1 else None


def _one_state_named(text: str, a: int, b: int) -> str | None:
    """The state a sentence opens on ("In Ohio, a judge blocked the state's ban, House Bill
    68"), when it names no other and nothing federal; else None."""
    m = _IN_STATE.match(text, a, b)
    if m is None or CONGRESS.search(text, a, b):
        return None
    state = _state_re().match(text, m.end("at"))
    if state is None or state.group("state") in NOT_IN_SENTENCE:
        return None
    found = {x.group("state") for x in _state_re().finditer(text, a, b)}
    return state.group("state") if found == {state.group("state")} else None


_IN_STATE = re.compile(r"\s*(?:In|Across)\s+(?P<at>)")


# A state act named right before its bill number: "the Texas Heartbeat Act, or Senate Bill
# No. 8", "the Parental Rights in Education Act (House Bill 1557)".
ACT_THEN_NUMBER = re.compile(
    r"[”\"]?\s*(?:,\s*)?(?:\(\s*|(?:or|also\s+known\s+as|known\s+as|aka)\s+)(?:the\s+)?[“\"]?$"
)


def _bill_label(m: re.Match[str]) -> str:
    """ "Senate Bill 4" for a ``BILL_NUMBER`` match ("S.B. 4", "Senate Bill No. 4", …)."""
    if m.group("chamber"):
        return f"{m.group('chamber')} {m.group('form')} {m.group('n1')}"
    return f"{CHAMBERS[m.group('abbr')]} {FORMS[m.group('kind')]} {m.group('n2')}"


def _bills(
    text: str,
    acts: list[Mention] | None = None,
    starts: list[int] | None = None,
    date: str | None = None,
    props: list[int] | None = None,
) -> list[Mention]:
    out: list[Mention] = []
    spans = _sentences(text)
    acts = acts or []
    found: list[tuple[re.Match[str], str, str | None, str]] = []
    i = 0
    numbered = [(m, _bill_label(m)) for m in _bill_numbers(text, starts)]
    numbered += [(m, f"{PROPOSITION_LABEL} {m.group('n')}") for m in _propositions(text, props)]
    numbered.sort(key=lambda x: x[0].start())
    for m, label in numbered:
        form = label.rsplit(" ", 1)[0]
        if form in NO_SUCH_BILL:
            continue
        if form == NEBRASKA_ONLY:
            if "Nebraska" in text:
                found.append((m, label, "Nebraska", "only Nebraska numbers Legislative Bills"))
            continue
        while i < len(spans) - 1 and spans[i][1] <= m.start():
            i += 1
        before = _state_before().search(text, max(0, m.start() - 60), m.start())
        state = before.group("state") if before else None
        how = "the state named before it"
        if state is None:
            act = next((a for a in acts if ACT_THEN_NUMBER.fullmatch(text, a.end, m.start())), None)
            if act is not None and act.name:
                state = next((n for n in state_names() if act.name.startswith(n + " ")), None)
                how = f"the state of {act.text}, named beside it"
        if state is None:
            state = _only_state(text, spans[i][0], spans[i][1])
            how = "the one state its sentence names as a lawmaker"
        if state is None:
            state = _one_state_named(text, spans[i][0], spans[i][1])
            how = "the one state its sentence names"
        if state is None and i > 0:
            state = _only_state(text, spans[i - 1][0], spans[i - 1][1])
            how = "the one state the sentence before names"
        found.append((m, label, state, how))
    # The state one mention of a number has is every mention's ("the state's Senate Bill 8 …
    # What is Texas Senate Bill 8?"); else the one state the article names as a lawmaker.
    known: dict[str, str] = {}
    for _m, label, state, _how in found:
        if state is not None:
            known.setdefault(label, state)
    article_state: str | None = None
    article_how = LAWMAKER_HOW
    if any(state is None and label not in known for _m, label, state, _h in found):
        article_state = _only_state(text, 0, len(text))
        if article_state is None:
            article_state, article_how = dateline_state(text), DATELINE_HOW
        if article_state is None:
            article_state, article_how = _one_state_of_article(text), ONE_STATE_HOW
    for m, label, state, how in found:
        if state is None and label in known:
            state, how = known[label], "another mention of the same bill"
        if state is None and article_state is not None:
            if article_how != LAWMAKER_HOW and _federal_sentence(text, *_sentence_of(spans, m)):
                continue  # a dateline's or a passing state, but the sentence is about Congress
            if (
                article_how != LAWMAKER_HOW
                and label.startswith(PROPOSITION_LABEL)
                and not _BALLOT_WORDS.search(text)
            ):
                continue  # "Proposition 3 follows from …" in a paper from Texas: no ballot
            state, how = article_state, article_how
            known.setdefault(label, state)
        if state is None:
            continue
        name = f"{state} {label}"
        if label.startswith(PROPOSITION_LABEL):
            name = proposition_name(state, label.split()[1], date, text) or name
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "statute",
                bill_id(state, label),
                name=name,
                confidence=0.7,
                evidence=f"bill number of {state} ({how}); state laws are named, not linked",
                matcher="state_laws",
            )
        )
    return out


# A wire-style dateline opening the article, or one of its first lines: "Chattanooga, TN –",
# "AUSTIN, Texas (AP) —", "Des Moines, Iowa —", "JACKSON, Miss. (WLBT) -".
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Za-z.'’ -]{1,30},[ \t]+(?P<state>[A-Z][A-Za-z.]*(?:[ \t][A-Z][a-z.]+)?)"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[–—-]"
)
DATELINE_REACH = 400
DATELINE_HOW = "the state of the dateline"
CONGRESS = re.compile(r"\b(?:Congress|congressional|federal|U\.S\.|White\s+House)\b")


LAWMAKER_HOW = "the one state the article names as a lawmaker"
ONE_STATE_HOW = "the one state the article names"


def _federal_sentence(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` speaks of Congress or of Washington (the capital): a bill
    number there is not the state's the article names elsewhere."""
    return CONGRESS.search(text, a, b) is not None or "Washington" in text[a:b]


def _one_state_of_article(text: str) -> str | None:
    """The one state the article names at all, in any role ("… children under 14 in Florida
    …" above a list of "HB 931: …" lines), when it names no other (nor Washington, which
    is usually the capital): a state's bill numbers in a story about one state are its own."""
    found = {m.group("state") for m in _state_re().finditer(text)}
    if len(found) != 1 or found & NOT_IN_SENTENCE:
        return None
    return found.pop()


def _sentence_of(spans: list[tuple[int, int]], m: re.Match[str]) -> tuple[int, int]:
    i = bisect.bisect_right(spans, (m.start(), 1 << 62)) - 1
    return spans[i] if i >= 0 else (0, m.end())


def dateline_state(text: str) -> str | None:
    """The state of a dateline at the head of the article (within its first few hundred
    characters), by name, AP abbreviation or postal code, or None."""
    m = DATELINE.search(text, 0, DATELINE_REACH)
    if m is None:
        return None
    word = m.group("state")
    st = courts.states().get(word) if len(word) == 2 else None
    st = st or courts.state_by_name().get(word.lower())
    if st is None or st.name in NOT_IN_SENTENCE:
        return None  # "Washington, D.C. —": the capital's dateline names no state's lawmaker
    return st.name


# Congress or the federal government in a sentence: its act is no state's.
FEDERAL = re.compile(
    at_word_start(
        (
            *("Congress", "congressional", "federal", r"U\.S\.", "President", r"Sen\.", r"Rep\."),
            *("Senators?", "senators?", "Capitol", r"White\s+House"),
            r"House\s+(?:Republicans|Democrats|passed|voted)",
        )
    )
    + r"\b"
)


def state_maker(text: str, a: int, b: int) -> str | None:
    """The one state ``text[a:b]`` names as a lawmaker, when it names nothing federal."""
    return None if FEDERAL.search(text, a, b) else _only_state(text, a, b)


def _maker_of_sentence(
    text: str, spans: list[tuple[int, int]], at: int, memo: dict[int, str | None]
) -> str | None:
    """The one state the sentence holding ``at`` names as a lawmaker ("Florida Gov. Ron
    DeSantis signed …", "…, which Florida lawmakers passed in 2022"), when it names nothing
    federal (``memo`` keeps each sentence's answer)."""
    i = bisect.bisect_right(spans, (at, len(text) + 1)) - 1
    if not 0 <= i < len(spans):
        return None
    if i not in memo:
        a, b = spans[i]
        memo[i] = None if FEDERAL.search(text, a, b) else _only_state(text, a, b)
    return memo[i]


# "the Clean Energy Act, a Minnesota law"
_STATE_LAW_AFTER = re.compile(
    r",?\s+(?:a|an|the)\s+(?:new\s+|\d{4}\s+)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"(?:\s+state)?\s+(?:law|statute|measure)\b"
)


@cache
def _federal_names() -> frozenset[str]:
    """Every name and alias of an act of Congress ``acts.csv`` knows, lower-cased."""
    return frozenset(n.lower() for a in acts() for n in (a.name, *a.aliases))


def _acts(doc: Doc) -> list[Mention]:
    """'the Texas Heartbeat Act', 'Mississippi’s Gestational Age Act', 'the Clean Energy Act,
    a Minnesota law'."""
    text = doc.text
    out: list[Mention] = []
    spans = _sentences(text)
    memo: dict[int, str | None] = {}
    for m in generic_acts(doc):
        start, phrase = m.start(), m.group(0)
        lead = LEADING.match(phrase)
        if lead:
            start += lead.end()
            phrase = phrase[lead.end() :]
        first = _state_re().match(phrase)
        state = None
        if first:
            state = first.group("state")
            rest = phrase[first.end() :].lstrip()
        else:
            before = _state_before().search(text, max(0, start - 40), start)
            after = _STATE_LAW_AFTER.match(text[m.end() : m.end() + 60])
            if before:
                state = before.group("state")
            elif after and after.group("state") in _state_names():
                state = after.group("state")
            elif phrase.lower() in _federal_names():
                continue  # "the Voting Rights Act" in a state's sentence is still Congress's
            else:
                state = _maker_of_sentence(text, spans, start, memo)
            rest = phrase
        if state is None or not rest or NOT_ACT_NAME.match(rest):
            continue
        if len([w for w in rest.split() if w[:1].isupper()]) < 2:
            continue  # "Texas Act": too little to name a law
        out.append(
            Mention(
                start,
                m.end(),
                phrase,
                "statute",
                None,
                name=f"{state} {rest}",
                confidence=0.7,
                evidence=f"named as a law of {state}; state laws are named, not linked",
                matcher="state_laws",
            )
        )
    return out


# A state's law named by its title and "law" rather than "Act": "California's Unfair
# Competition Law", "Florida's Parental Rights in Education law", "the New Jersey Law Against
# Discrimination" is left to the act names (it opens on "Law").
_TITLE_WORD = r"(?:[A-Z][A-Za-z'’-]*|in|of|and|for|the|on|to|&)"
_NAMED_LAW_BEFORE = re.compile(
    rf"(?:^|[\s(“\"])(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s?)?\s+"
    rf"(?P<name>[A-Z][A-Za-z'’-]*(?:\s+{_TITLE_WORD}){{1,7}})\s+$"
)
# Words that make a phrase no law's title: parties, chambers, courts, offices, times.
_NOT_LAW_TITLE = frozenset(
    [
        "Republican",
        "Republicans",
        "Democratic",
        "Democrats",
        "GOP",
        "Senate",
        "House",
        "Assembly",
        "Supreme",
        "Court",
        "Gov",
        "Governor",
        "Attorney",
        "General",
        "Legislature",
        "State",
        "New",
        "Old",
        "Federal",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


_JOINERS = frozenset(("in", "of", "and", "for", "on", "to", "&"))


def _titled_laws(text: str, starts: list[int]) -> list[Mention]:
    """A state's law by its title and the word "law": the state right before the title.
    ``starts`` are where the whole words "law" and "Law" start (the Doc's anchor hits)."""
    out: list[Mention] = []
    for w in starts:
        i, end = w - 1, w + 3
        if i < 1 or text[i] != " ":
            continue
        # a title ends on a capitalized word: most "law"s follow a lower-case one ("the law",
        # "state law"), and the pattern need not be tried there
        j = text.rfind(" ", max(0, i - 40), i)
        if j < 1 or not text[j + 1 : j + 2].isupper():
            continue
        # and a title has two words at least, the one before its last capitalized or a
        # joining word ("Rights in Education"): "the Texas law" is no title
        k = text.rfind(" ", max(0, j - 40), j)
        before = text[k + 1 : j]
        if not (before[:1].isupper() or before in _JOINERS):
            continue
        m = _NAMED_LAW_BEFORE.search(text, max(0, i - 90), i + 1)
        if m is None or m.group("state") not in _state_names():
            continue
        words = m.group("name").split()
        capitals = [x for x in words if x[:1].isupper()]
        if (
            len(capitals) < 2
            or not words[-1][:1].isupper()
            or any(x.strip("'’") in _NOT_LAW_TITLE for x in capitals)
        ):
            continue
        state = m.group("state")
        start = m.start("state")
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "statute",
                None,
                name=f"{state} {' '.join(words)} Law",
                confidence=0.7,
                evidence=f"named as a law of {state}; state laws are named, not linked",
                matcher="state_laws",
            )
        )
    return out


def _numbered(text: str, act: Mention, bills: list[Mention]) -> Mention:
    """``act`` with the id of the bill number of its own state named right after it ("the
    Texas Heartbeat Act, or Senate Bill No. 8")."""
    for b in bills:
        if not act.end <= b.start <= act.end + 14:
            continue
        same_state = b.name and act.name and b.name.split()[0] == act.name.split()[0]
        if b.authority and same_state and ACT_THEN_NUMBER.fullmatch(text, act.end, b.start):
            return act.with_(authority=b.authority, evidence=f"{act.evidence}; {b.text}")
    return act


# What refers back to a state's law by its state: "the Texas law", "Texas's law", "the
# Florida ban", "the state law", "the state's new measure".
_REF_TAIL = (
    r"\s+(?:(?:new|controversial|contested|so-called|strict|sweeping|near-total|total|"
    r"immigration|abortion|\w+-week)\s+){0,2}(?P<head>law|ban|measure|statute)\b(?![-–])"
)
# (Each opens on its first letter, the word boundary before it asked by looking behind after
# it: a pattern opening on a word boundary is tried at every place of the text.)
STATE_REF = re.compile(rf"[Tt](?<!\w.)he\s+state(?:['’]s)?{_REF_TAIL}")


@cache
def _named_ref() -> re.Pattern[str]:
    """``(?:\\b[Tt]he\\s+(?P<a>…)(?:['’]s?)?|\\b(?P<b>…)['’]s?)`` and the tail, over the states'
    names: written to open on the letters its branches open on (see
    ``_opening_on_first_letters``)."""
    alt = "|".join(re.escape(n) for n in _state_names())
    first = _opening_on_first_letters(_state_names())
    return re.compile(
        rf"(?:[Tt](?<!\w.)he\s+(?P<a>{alt})(?:['’]s?)?|(?P<b>{first})['’]s?){_REF_TAIL}"
    )


# "the state law known as AB5": the phrase introduces the law it names, it refers to none.
_NAMED_NEXT = re.compile(r",?\s+(?:(?:also|now|commonly|widely)\s+)?(?:known|called)\s+as\b")


def _state_of(m: Mention) -> str | None:
    return next((n for n in _state_names() if (m.name or "").startswith(n + " ")), None)


def _refs(text: str, laws: list[Mention]) -> list[Mention]:
    """Back-references to the state laws found: the latest law of the state named (for "the
    state law", of the state of the latest state law) before the phrase."""
    if not laws:
        return []
    laws = sorted(laws, key=lambda m: m.start)
    taken = [(m.start, m.end) for m in laws]
    out: list[Mention] = []
    hits = [(h, h.group("a") or h.group("b")) for h in _named_ref().finditer(text)]
    hits += [(h, None) for h in STATE_REF.finditer(text)]
    for h, state in sorted(hits, key=lambda x: x[0].start()):
        s, e = h.span()
        if any(a < e and s < b for a, b in taken) or _NAMED_NEXT.match(text, e):
            continue
        before = [m for m in laws if m.end <= s]
        if state is not None:
            before = [m for m in before if _state_of(m) == state]
        if not before:
            continue
        ante = before[-1]
        if state is None and len({_state_of(m) for m in before}) != 1:
            continue  # "the state law" after two states' laws: which one?
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                "statute",
                ante.authority,
                name=ante.name,
                confidence=0.7,
                anaphor=True,
                evidence=f"refers back to “{ante.text}”",
                matcher="state_laws",
            )
        )
        taken.append((s, e))
    return out


def _state_at(text: str) -> Callable[[int], str | None]:
    """The state a law named at a place belongs to, when the text names none right before
    it: the one state its sentence names as a lawmaker (or opens on), else the one the
    article names as a lawmaker, its dateline's, or the one state it names at all (each
    computed once, on first need)."""
    spans = _sentences(text)
    article: list[str | None] = []

    def state_at(at: int) -> str | None:
        i = max(0, bisect.bisect_right(spans, (at, len(text) + 1)) - 1)
        a, b = spans[i] if spans else (0, len(text))
        state = _only_state(text, a, b) or _one_state_named(text, a, b)
        if state is not None:
            return state
        if _federal_sentence(text, a, b):
            return None
        if not article:
            article.append(
                _only_state(text, 0, len(text))
                or dateline_state(text)
                or _one_state_of_article(text)
            )
        return article[0]

    return state_at


# Where the words this pass reads start, from the Doc's one anchor walk: "law" (shared with
# ``described_laws``), "Law" and "Code" (titled laws, codes named by subject), "Prop"
# (ballot propositions). Their reach is unused: the pass reads the hits' places only.
LAW_ANCHOR = Anchor("law", ("law", "statute"), 60, 20, "word", "word")
TITLE_WORDS = Anchor("state_law_titles", ("Law", "Code"), 0, 0, "word", "word")
PROP_WORD = Anchor("proposition", ("Prop",), 0, 0, "word", "")
MEASURE_WORDS = Anchor(
    "ballot_measure",
    ("Amendment", "Issue", "Proposal", "Measure", "Question"),
    0,
    0,
    "word",
    "word",
)

# Other states' ballot measures by number ("Florida's Amendment 4", "Ohio voters approved
# Issue 1", "Michigan's Proposal 3", "Oregon's Measure 110", "Question 4"): common words, so
# only with the state right before, or a sentence that names one state and its voters or
# ballot.
BALLOT_MEASURE = re.compile(
    r"(?P<label>Amendment|Issue|Proposal|Measure|Question)\s+(?P<n>\d{1,3})(?![\w.,-]\d|\w)"
    r"(?!\s+of\b)"
)
_BALLOT_WORDS = re.compile(r"\b(?:voters|ballot|initiative|referendum)\b")


def _ballot_measures(text: str, starts: list[int]) -> list[Mention]:
    out: list[Mention] = []
    spans: list[tuple[int, int]] | None = None
    for at in starts:
        m = BALLOT_MEASURE.match(text, at)
        if m is None:
            continue
        before = _state_before().search(text, max(0, at - 40), at)
        state = before.group("state") if before else None
        how = "the state named before it"
        if state is None:
            spans = spans or _sentences(text)
            a, b = _sentence_of(spans, m)
            found = {x.group("state") for x in _state_re().finditer(text, a, b)}
            if (
                len(found) == 1
                and _BALLOT_WORDS.search(text, a, b)
                and not CONGRESS.search(text, a, b)
            ):
                state, how = found.pop(), "the one state of its sentence, which speaks of voters"
        if state is None or state in NOT_IN_SENTENCE:
            continue
        st = courts.state_by_name().get(state.lower())
        if st is None:
            continue
        label = f"{m.group('label')} {m.group('n')}"
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "statute",
                f"state:{st.postal.lower()}:bill:{m.group('label').lower()}{m.group('n')}",
                name=f"{state} {label}",
                confidence=0.7,
                evidence=f"a ballot measure of {state} ({how})",
                matcher="state_laws",
            )
        )
    return out


# A law's nickname in quotation marks: "Texas' “death star” law", "the so-called
# “bathroom bill”", "Florida's 'Don't Say Gay' law" (the head word inside the quotes too).
_NICK_HEADS = (" law", " bill", " Law", " Bill")
_NICK_OPEN = re.compile(r"(?<!\w)[“\"']([^“”\"\n]{2,40})$")
_NICK_LEAD = re.compile(
    r"(?:(?:the|an?|The|An?)\s+)?(?:so-called\s+)?"
    r"(?:(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s?)?\s+)?$"
)
_PLURAL_LAWS = re.compile(r"\b(?:laws|bills|measures)\b")
_APPOSED = re.compile(r"\s*[,(]?\s*(?:(?:a|an|the)\s+)?")


def _nicknamed(text: str, laws: list[Mention]) -> list[Mention]:
    """A state law called by a nickname in quotation marks, when the article names one state
    law and no other (by number or name): the nickname is that law ("the so-called
    “bathroom bill” … Abbott signed Senate Bill 8")."""
    named = {(m.authority, m.name) for m in laws if not m.anaphor}
    if len(named) != 1:
        return []
    authority, name = named.pop()
    out: list[Mention] = []
    for head in _NICK_HEADS:
        for i in find_all(text, head):
            end = i + len(head)
            if end < len(text) and is_word_char(text[end]):
                continue
            # the quotes close right before the head ("“death star” law") or after it
            # ("“bathroom bill”")
            if text[i - 1 : i] in ("”", '"', "'"):
                q = _NICK_OPEN.search(text, max(0, i - 44), i - 1)
                close = end
            elif text[end : end + 1] in ("”", '"', "'"):
                q = _NICK_OPEN.search(text, max(0, i - 44), i)
                close = end + 1
            else:
                continue
            if q is None:
                continue
            lead = _NICK_LEAD.search(text, max(0, q.start() - 40), q.start())
            start = q.start()
            if lead and lead.group(0).strip():
                state = lead.group("state")
                start = lead.start() if state is None or state in _state_names() else start
            # a roundup of many laws ("more than 200 laws took effect … one of these laws,
            # dubbed the 'don't say period' bill"): the nickname may be another law's
            para = text.rfind("\n", 0, start) + 1
            if _PLURAL_LAWS.search(text, max(para, start - 400), start):
                continue
            # "House Bill (HB) 1126, an \u201cI.D.-for-Speech\u201d law": a description in
            # apposition to the name, not a mention of its own
            if any(
                0 <= start - m.end <= 8 and _APPOSED.fullmatch(text, m.end, start) for m in laws
            ):
                continue
            out.append(
                Mention(
                    start,
                    close,
                    text[start:close],
                    "statute",
                    authority,
                    name=name,
                    confidence=0.7,
                    evidence="a nickname in quotation marks; the article names this state law "
                    "and no other",
                    matcher="state_laws",
                )
            )
    return out


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    acts = _acts(doc)
    props = [s for s, _ in doc.hits("proposition")]
    bills = _bills(text, acts, state_starts(doc), doc.date, props)
    laws = bills + [_numbered(text, a, bills) for a in acts]
    # (a measure's number follows its word: "Issue 1")
    numbered = [
        s for s, e in doc.hits("ballot_measure") if e + 1 < len(text) and text[e + 1].isdigit()
    ]
    if numbered:
        laws += _ballot_measures(text, numbered)
    titles = doc.hits("state_law_titles")
    words = [s for s, _ in doc.hits("law") if text.startswith("law", s)]
    words += [s for s, _ in titles if text[s] == "L"]
    if words:
        laws += _titled_laws(text, sorted(words))
    codes = [s for s, _ in titles if text[s] == "C"]
    found = statecodenames.find(text, _state_at(text), codes) if codes else []
    nicknames = _nicknamed(text, laws) if laws else []
    return laws + found + nicknames + _refs(text, laws)


PASS = Pass(
    name="state_laws",
    emits=("statute",),
    anchors=(LAW_ANCHOR, TITLE_WORDS, PROP_WORD, MEASURE_WORDS),
    run=find,
)
