"""The states' names and the state a law belongs to: which state a sentence or an article
names as a lawmaker ("Texas’", "Texas lawmakers", "the governor of Texas"), the state of a
wire dateline, and the one state an article names at all. Shared by the state-law finders
(``statebills``, ``statetitles``, ``staterefs``, ``statecodenames``) and other passes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, lru_cache

from .. import courts, outlets
from .doc import _doc_of
from .lazyre import deferred
from .sentences import sentences as _sentences
from .trie import at_word_start

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


def opening_on_first_letters(names: tuple[str, ...]) -> str:
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
def state_re() -> re.Pattern[str]:
    alt = opening_on_first_letters(_state_names())
    # (a county named for a state is no state: "the Indiana County line", "Iowa County")
    return re.compile(rf"(?P<state>{alt})\b(?![ \t]+(?:County|Parish)\b)(?P<poss>['’]s?)?")


@cache
def state_before() -> re.Pattern[str]:
    alt = opening_on_first_letters(_state_names())
    return re.compile(
        rf"(?P<state>{alt})(?:['’]s?)?\s+(?:(?:new|controversial|contested|so-called|"
        rf"anti-immigrant|immigration|abortion|law,?|bill,?)\s+)*$"
    )


@cache
def _state_right_before() -> re.Pattern[str]:
    alt = opening_on_first_letters(_state_names())
    return re.compile(rf"(?P<state>{alt})(?:['’]s?)?\s+$")


def state_before_act(text: str, at: int) -> tuple[str, int] | None:
    """The state named right before ``at`` ("Wisconsin Act 79", "Louisiana's Act 372") and
    where its name starts, or None."""
    m = _state_right_before().search(text, max(0, at - 24), at)
    return (m.group("state"), m.start()) if m else None


# A state named as a lawmaker: "Texas’", "Texas lawmakers", "the Texas law", "the governor of
# Texas".
LAWMAKER_AFTER = deferred(
    r"\s+(?:Gov\.|(?:(?:state|new|recent)\s+)?(?:laws?|[Ll]egislature|lawmakers|legislators|"
    r"[Gg]overnor|Senate|House|statutes?|bills?|measures?|Republicans|Democrats|officials)\b)"
    r"|,?\s+(?:\w+,\s+)?(?:enacted|passed|adopted|approved)\b"  # "Texas, meanwhile, enacted"
)
LAWMAKER_BEFORE = deferred(r"(?:[Ss]tate|[Gg]overnor|[Ll]egislature|[Ll]awmakers\s+in)\s+of\s+$")


def only_state(text: str, a: int, b: int) -> str | None:
    """The one state the span names as the maker of a law, or None."""
    found = set()
    for m in state_re().finditer(text, a, b):
        state = m.group("state")
        if state in NOT_IN_SENTENCE and not washington_state(text, m):
            continue
        if (
            m.group("poss")
            or LAWMAKER_AFTER.match(text, m.end())
            or LAWMAKER_BEFORE.search(text, max(0, m.start() - 20), m.start())
        ):
            found.add(state)
    return found.pop() if len(found) == 1 else None


def only_state_mentioned(text: str, a: int, b: int) -> str | None:
    """The one state the span names at all, however ("blocks abortions in Texas", "Texas
    women"), when nothing federal (nor Washington, the capital) is named beside it; else
    None. Weaker evidence than a lawmaker (``only_state``), stronger than the article's or
    the outlet's state."""
    found = set()
    for m in state_re().finditer(text, a, b):
        state = m.group("state")
        if state in NOT_IN_SENTENCE and not washington_state(text, m):
            return None  # "Lawmakers in Washington debated House Bill 1": the capital
        found.add(state)
        if len(found) > 1:
            return None
    if len(found) != 1 or CONGRESS.search(text, a, b):
        return None
    return found.pop()


def one_state_named(text: str, a: int, b: int) -> str | None:
    """The state a sentence opens on ("In Ohio, a judge blocked the state's ban, House Bill
    68"), when it names no other and nothing federal; else None."""
    m = _IN_STATE.match(text, a, b)
    if m is None or CONGRESS.search(text, a, b):
        return None
    state = state_re().match(text, m.end("at"))
    if state is None or state.group("state") in NOT_IN_SENTENCE:
        return None
    found = {x.group("state") for x in state_re().finditer(text, a, b)}
    return state.group("state") if found == {state.group("state")} else None


_IN_STATE = deferred(r"\s*(?:In|Across)\s+(?P<at>)")


# A wire-style dateline opening the article, or one of its first lines: "Chattanooga, TN –",
# "AUSTIN, Texas (AP) —", "Des Moines, Iowa —", "JACKSON, Miss. (WLBT) -".
DATELINE = deferred(
    r"(?m)^[ \t]*(?:[A-Z][A-Za-z.'’ -]{1,30},[ \t]+(?P<state>[A-Z][A-Za-z.]*(?:[ \t][A-Z][a-z.]+)?)"
    # or a city the AP lets stand alone, in capitals: "ATLANTA -", "CHICAGO (AP) —"
    r"|(?P<city>[A-Z][A-Z. ]{3,14}[A-Z])"
    # or in brackets, as some local papers print it: "(Cheyenne, WY) –"
    r"|\([A-Z][A-Za-z.'’ -]{1,30},[ \t]+(?P<state2>[A-Z][A-Za-z.]*(?:[ \t][A-Z][a-z.]+)?)\))"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[–—-]"
)
DATELINE_REACH = 400
DATELINE_HOW = "the state of the dateline"
# (twenty-seventh session, census38 P10: a federal court is no federal lawmaker — "A federal
# judge in Austin halted Senate Bill 9 for three Texas counties", "U.S. District Judge
# Ann Roe enjoined House Bill 3" — the bill is the state's the court rules on)
CONGRESS = re.compile(
    r"\b(?:Congress|congressional|"
    r"federal(?!\s+(?:(?:district|trial|appeals|appellate)\s+)?(?:judges?|courts?)\b)|"
    r"U\.S\.(?!\s+(?:District|Circuit|Magistrate|Court\s+of\s+Appeals)\b)|White\s+House)\b"
)


LAWMAKER_HOW = "the one state the article names as a lawmaker"
ONE_STATE_HOW = "the one state the article names"


def federal_sentence(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` speaks of Congress or of Washington (the capital): a bill
    number there is not the state's the article names elsewhere."""
    return CONGRESS.search(text, a, b) is not None or "Washington" in text[a:b]


# An outlet's name after a headline's separator ("… • Florida Phoenix", "… | Texas
# Tribune"): the state in it names no state the story is about
_OUTLET_BEFORE = deferred(r"[•|]\s*\Z")
_OUTLET_AFTER = deferred(r"(?:[ \t]+[A-Z][\w.&-]*){0,3}[ \t]*(?:\n|\Z)")


def one_state_of_article(text: str) -> str | None:
    """The one state the article names at all, in any role ("… children under 14 in Florida
    …" above a list of "HB 931: …" lines), when it names no other (nor Washington, which
    is usually the capital, unless written "Washington state" or "the state of Washington"):
    a state's bill numbers in a story about one state are its own."""
    found = set()
    capital = False
    for m in state_re().finditer(text):
        state = m.group("state")
        if state in NOT_IN_SENTENCE and not washington_state(text, m):
            capital = True  # (the capital, as often as not)
            continue
        if _OUTLET_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _OUTLET_AFTER.match(
            text, m.end()
        ):
            continue  # ("… upholds an 1864 law • Florida Phoenix": the outlet's name)
        found.add(state)
    if capital and found != {"Washington"}:
        return None
    # (once "Spokane, Washington" or "Washington state" says the state, a bare
    # "Washington" — "the ACLU of Washington" — is no reason to doubt it)
    return found.pop() if len(found) == 1 else None


# A place opening its line before a dash, as a wire story's dateline prints it ("Washington
# —", "Washington (AP) —"): where the story was filed, not a state its sentence names
_DATELINE_AFTER = deferred(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[–—-][ \t]")
_LINE_START = deferred(r"(?:\A|\n)[ \t]*\Z")


def dateline_place(text: str, m: re.Match[str]) -> bool:
    """Whether the state name ``m`` found opens its line as a dateline ("Washington — The
    court …"): the place the story was filed from, which the sentence after it does not
    speak of."""
    return (
        _LINE_START.search(text, max(0, m.start() - 8), m.start()) is not None
        and _DATELINE_AFTER.match(text, m.end()) is not None
    )


# "Washington state", "the state of Washington": the state, not the capital
_WA_AFTER = deferred(r"[ \t]+[Ss]tate\b")
_WA_BEFORE = deferred(r"\b[Ss]tate\s+of\s+$")
# "Spokane, Washington": a city and its state (the city asked of ``court_cities.csv``)
_CITY_BEFORE = deferred(r"\b(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]+$")


def washington_state(text: str, m: re.Match[str]) -> bool:
    """Whether the name ``m`` found is the state of Washington written so that it cannot
    be the capital ("Washington state", "the state of Washington", "Spokane, Washington":
    after a city of the state's own, which no capital has)."""
    if m.group("state") != "Washington":
        return False
    if _WA_AFTER.match(text, m.end("state")) or _WA_BEFORE.search(
        text, max(0, m.start() - 12), m.start()
    ):
        return True
    city = _CITY_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if city is None:
        return False
    hits = courts.cities().get(courts._fold(city.group("city")), [])
    return bool(hits) and all(postal == "WA" for postal, _ in hits)


OUTLET_HOW = "the state of the local outlet that published it"


def outlet_state(text: str) -> str | None:
    """The state of the local outlet that published the article (``linker.outlets``, by the
    URL of the Doc made of ``text``), when the text names no state or names that one among
    others (Washington, usually the capital, counts only for a Washington outlet); else
    None: a national outlet, an unknown one, no URL, or a story about another state."""
    doc = _doc_of(text)
    postal = outlets.outlet_postal(doc.url) if doc is not None and doc.url else None
    if postal is None:
        return None
    st = courts.states().get(postal)
    if st is None:
        return None
    name = st.name
    return doc.memo("outlet_state", lambda: _outlet_fits(text, name)) if doc else None


def _outlet_fits(text: str, name: str) -> str | None:
    for m in state_re().finditer(text):
        state = m.group("state")
        if state == name:
            return name
        if state not in NOT_IN_SENTENCE or washington_state(text, m):
            # (another state, "Spokane, Washington" too: the story is not the outlet's)
            return _named_among(text, m.end(), name)
    return name


def _named_among(text: str, at: int, name: str) -> str | None:
    """``name`` when the text from ``at`` names it (another state was named before)."""
    return name if any(m.group("state") == name for m in state_re().finditer(text, at)) else None


def state_of_article(text: str) -> tuple[str | None, str]:
    """Which state the article is about, and how that was found: the text's own evidence
    first (the one state it names as a lawmaker, its dateline, the one state it names at
    all), the outlet's state only when the text gives none (``outlet_state``)."""
    state = only_state(text, 0, len(text))
    if state is not None:
        return state, LAWMAKER_HOW
    state = dateline_state(text)
    if state is not None:
        return state, DATELINE_HOW
    state = one_state_of_article(text)
    if state is not None:
        return state, ONE_STATE_HOW
    return outlet_state(text), OUTLET_HOW


def sentence_of(spans: list[tuple[int, int]], m: re.Match[str]) -> tuple[int, int]:
    i = bisect.bisect_right(spans, (m.start(), 1 << 62)) - 1
    return spans[i] if i >= 0 else (0, m.end())


# The cities the AP Stylebook ("datelines") lets stand alone, without their state, and their
# states (Washington, the capital, names no state's lawmaker and is left out).
CITY_STATES = {
    "ATLANTA": "Georgia",
    "BALTIMORE": "Maryland",
    "BOSTON": "Massachusetts",
    "CHICAGO": "Illinois",
    "CINCINNATI": "Ohio",
    "CLEVELAND": "Ohio",
    "DALLAS": "Texas",
    "DENVER": "Colorado",
    "DETROIT": "Michigan",
    "HONOLULU": "Hawaii",
    "HOUSTON": "Texas",
    "INDIANAPOLIS": "Indiana",
    "LAS VEGAS": "Nevada",
    "LOS ANGELES": "California",
    "MIAMI": "Florida",
    "MILWAUKEE": "Wisconsin",
    "MINNEAPOLIS": "Minnesota",
    "NEW ORLEANS": "Louisiana",
    "NEW YORK": "New York",
    "OKLAHOMA CITY": "Oklahoma",
    "PHILADELPHIA": "Pennsylvania",
    "PHOENIX": "Arizona",
    "PITTSBURGH": "Pennsylvania",
    "ST. LOUIS": "Missouri",
    "SALT LAKE CITY": "Utah",
    "SAN ANTONIO": "Texas",
    "SAN DIEGO": "California",
    "SAN FRANCISCO": "California",
    "SEATTLE": "Washington",
}


def dateline_state(text: str) -> str | None:
    """The state of a dateline at the head of the article (within its first few hundred
    characters), by name, AP abbreviation or postal code, or of a city the AP lets stand
    alone ("ATLANTA —"), or None."""
    m = DATELINE.search(text, 0, DATELINE_REACH)
    while m is not None and m.group("city") is not None:
        state = CITY_STATES.get(m.group("city"))
        if state is not None:
            return None if state in NOT_IN_SENTENCE else state
        m = DATELINE.search(text, m.end(), DATELINE_REACH)  # a heading in capitals: go on
    if m is None:
        return None
    word = m.group("state") or m.group("state2")
    st = courts.states().get(word) if len(word) == 2 else None
    st = st or courts.state_by_name().get(word.lower())
    if st is None or (st.name in NOT_IN_SENTENCE and word not in ("Wash.", "WA")):
        # "Washington, D.C. —": the capital's dateline names no state's lawmaker ("OLYMPIA,
        # Wash. —", in the AP's abbreviation, is the state's)
        return None
    return st.name


# Congress or the federal government in a sentence: its act is no state's.
FEDERAL = deferred(
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
    return None if FEDERAL.search(text, a, b) else only_state(text, a, b)


def maker_of_sentence(
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
        memo[i] = None if FEDERAL.search(text, a, b) else only_state(text, a, b)
    return memo[i]


def state_finder(text: str) -> Callable[[int], str | None]:
    """The state a law named at a place belongs to, when the text names none right before
    it: the one state its sentence names as a lawmaker (or opens on), else the one the
    article names as a lawmaker, its dateline's, or the one state it names at all (each
    computed once, on first need)."""
    spans = _sentences(text)
    article: list[str | None] = []

    def state_at(at: int) -> str | None:
        i = max(0, bisect.bisect_right(spans, (at, len(text) + 1)) - 1)
        a, b = spans[i] if spans else (0, len(text))
        state = only_state(text, a, b) or one_state_named(text, a, b)
        if state is not None:
            return state
        if federal_sentence(text, a, b):
            return None
        if not article:
            article.append(state_of_article(text)[0])
        return article[0]

    return state_at


@cache
def _header_re() -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in _state_names())
    return re.compile(rf"^[ \t]*(?:#+[ \t]*)?(?P<state>{alt})[ \t]*:?[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=4)
def _headers(text: str) -> tuple[tuple[int, str], ...]:
    """(start, state) of each line that is a state's name alone: a roundup's section headers
    ("Alaska", then "- Attorney General … announced …")."""
    if "\n" not in text:
        return ()
    return tuple((m.start(), m.group("state")) for m in _header_re().finditer(text))


def header_state(text: str, pos: int) -> str | None:
    """The state whose header line heads the line at ``pos`` in a roundup told state by state:
    the nearest line before it that is a state's name alone, when the text has two or more
    such lines (one line with a state's name alone may be a dateline or a caption)."""
    heads = _headers(text)
    if len(heads) < 2:
        return None
    i = bisect.bisect_right(heads, (pos, "\uffff")) - 1
    return heads[i][1] if i >= 0 else None
