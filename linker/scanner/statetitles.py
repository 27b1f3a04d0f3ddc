"""A state's laws by name: acts ("Mississippi’s Gestational Age Act", "the Clean Energy Act,
a Minnesota law") and titles with "law" ("California's Unfair Competition Law"). Named, with
no id: linker has no state session-law source. An act printed without its state is the
state's too when its state's citation stands beside it ("the 2006 Photo ID Act (OCGA
21-2-417)", "Workplace Transparency Act: Public Act 101-221") or its sentence says a
governor signed it ("the “Heartbeat Protection Act,” signed by Republican Governor Mike
DeWine"): never a congress.gov search.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache

from .. import courts
from ..datafiles import acts, bill_key, bill_names, read_rows, split_field
from ..models import Mention
from .actnames import LEADING, NOT_ACT_NAME, generic_acts
from .doc import Doc
from .lazyre import deferred, lazy
from .sentences import sentences as _sentences
from .statecodes import CODE_INITIALS
from .statenames import maker_of_sentence, state_before, state_names, state_re

# "the Clean Energy Act, a Minnesota law"
_STATE_LAW_AFTER = deferred(
    r",?\s+(?:a|an|the)\s+(?:new\s+|\d{4}\s+)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"(?:\s+state)?\s+(?:law|statute|measure)\b"
)


@cache
def _federal_names() -> frozenset[str]:
    """Every name and alias of an act of Congress ``acts.csv`` knows, lower-cased."""
    return frozenset(n.lower() for a in acts() for n in (a.name, *a.aliases))


def acts_named(doc: Doc) -> list[Mention]:
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
        first = state_re().match(phrase)
        state = None
        if first:
            state = first.group("state")
            rest = phrase[first.end() :].lstrip()
        else:
            before = state_before().search(text, max(0, start - 40), start)
            after = _STATE_LAW_AFTER.match(text[m.end() : m.end() + 60])
            if before:
                state = before.group("state")
            elif after and after.group("state") in state_names():
                state = after.group("state")
            elif phrase.lower() in _federal_names():
                continue  # "the Voting Rights Act" in a state's sentence is still Congress's
            elif _short_form_of_longer(text, phrase):
                continue  # "The SAFE Act" after "the SAFE Banking Act": that act's short form
            else:
                state = maker_of_sentence(text, spans, start, memo)
                inside = _state_inside(text, phrase, start)
                if state is None and inside is not None:
                    # "the Protect Illinois Communities Act" in a story about Illinois: the
                    # name carries its state already
                    out.append(_named(start, m.end(), phrase, phrase, inside))
                    continue
                if state is None:
                    # "its new Stop WOKE Act" in a story that names Florida: a name the table
                    # lists for one state the article names
                    state = _table_state(text, phrase) or _lone_table_state(text, phrase)
            rest = phrase
        if state is None or not rest or NOT_ACT_NAME.match(rest):
            continue
        if len([w for w in rest.split() if w[:1].isupper()]) < 2:
            continue  # "Texas Act": too little to name a law
        out.append(_named(start, m.end(), phrase, f"{state} {rest}", state))
    if "s Law" in text:
        out.extend(m for m in _possessive_laws(text) if not _overlapping(m, out))
    if ") Act" in text or ") Law" in text:
        out.extend(m for m in _expanded_acronyms(text) if not _overlapping(m, out))
    return out


# "Georgia’s LIFE (Living Infants Fairness and Equality) Act": an act's acronym with its words
# spelled out in parentheses before "Act" (the act-name finder stops at the parenthesis)
_EXPANDED = lazy(
    r"(?<![\w-])(?P<acr>[A-Z][A-Z0-9-]+)\s+\((?P<exp>[A-Z][^()\n]{3,150}?)\)\s+(?P<kind>Act|Law)\b"
)


def _expanded_acronyms(text: str) -> list[Mention]:
    """A state's act the table knows, printed as its acronym with the words spelled out in
    parentheses ("LIFE (Living Infants Fairness and Equality) Act"): the state printed before
    it, else the one state the article names of those with either name, else the one state
    whose row alone lists it in a story of a state's lawmakers."""
    out: list[Mention] = []
    for m in _EXPANDED().finditer(text):
        names = [f"{m.group('acr')} {m.group('kind')}", f"{m.group('exp')} {m.group('kind')}"]
        before = state_before().search(text, max(0, m.start() - 40), m.start())
        for name in names:
            state = (
                before.group("state")
                if before
                else _table_state(text, name) or _lone_table_state(text, name)
            )
            if state is not None and (state, _plain(name)) in _state_acts():
                # (the span opens at the state printed before it: "Georgia’s LIFE (…) Act")
                s = before.start("state") if before else m.start()
                out.append(_named(s, m.end(), text[s : m.end()], f"{state} {name}", state))
                break
    return out


def _overlapping(m: Mention, others: list[Mention]) -> bool:
    return any(x.start < m.end and m.start < x.end for x in others)


# "Deb's Law", "Iryna’s Law": a law named after a person, its name ending "'s Law"
_POSSESSIVE_LAW = lazy(r"['’]s Law\b")
# the capitalized words of such a name before its possessive ("Deb", "Iryna", "Kari Ann")
_NAME_BEFORE = lazy(r"(?<![\w.-])(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*$")


@cache
def _possessive_names() -> frozenset[str]:
    """The names and aliases ``state_acts.csv`` lists that end "'s Law" ("Deb's Law"), as
    ``_plain`` spells them."""
    return frozenset(
        _plain(n)
        for r in read_rows("state_acts.csv")
        for n in (r["name"], *split_field(r.get("aliases", "")))
        if _POSSESSIVE_LAW().search(n) and n.endswith("Law")
    )


def _possessive_laws(text: str) -> list[Mention]:
    """A law the table names "X's Law" ("Deb's Law", "Iryna’s Law"), the name printed with its
    possessive (which the act-name finder reads as the end of a name), taking the state
    printed before it, else the one state the article names of those with that name, else the
    one state whose row alone lists it in a story of a state's lawmakers."""
    out: list[Mention] = []
    names = _possessive_names()
    for m in _POSSESSIVE_LAW().finditer(text) if names else ():
        words = _NAME_BEFORE().search(text, max(0, m.start() - 40), m.start())
        if words is None:
            continue
        # (the longest name the table knows among the words: "Kari Ann's Law" before "Ann's")
        start = next(
            (
                words.start() + k
                for k in [0, *(i + 1 for i, c in enumerate(words.group(0)) if c.isspace())]
                if _plain(text[words.start() + k : m.end()]) in names
            ),
            None,
        )
        if start is None:
            continue
        phrase = text[start : m.end()]
        before = state_before().search(text, max(0, start - 40), start)
        state = (
            before.group("state")
            if before
            else _table_state(text, phrase) or _lone_table_state(text, phrase)
        )
        if state is None or (state, _plain(phrase)) not in _state_acts():
            continue
        out.append(_named(start, m.end(), phrase, f"{state} {phrase}", state))
    return out


def _named(start: int, end: int, phrase: str, name: str, state: str) -> Mention:
    """A state's act by name: its id from ``state_acts.csv`` when the table knows it."""
    authority = _state_acts().get((state, _plain(name)))
    if authority is None:
        rest = name[len(state) + 1 :] if name.startswith(state + " ") else name
        authority = _state_acts().get((state, _plain(rest)))
    year = _OF_YEAR().search(name)
    if authority is None and year is not None:
        # "the Texas Dream Act of 2001": the act the table names without its year
        bare = name[: year.start()]
        authority = _state_acts().get((state, _plain(bare)))
        name = bare if authority is not None else name
    evidence = f"named as a law of {state}; state laws are named, not linked"
    if authority is not None and "-" not in name:
        # ("the Colorado Antidiscrimination Act" for the table's "Anti-Discrimination"): the
        # name as the table spells it
        name = _hyphenated().get((state, _plain(name)), name)
    if authority is not None:
        evidence = f"named as a law of {state}, {authority} (state_acts.csv)"
    return Mention(
        start,
        end,
        phrase,
        "statute",
        authority,
        name=name,
        confidence=0.7,
        evidence=evidence,
        matcher="state_laws",
    )


_POSSESSIVE = lazy(r"['’]s\b")
# an act's year printed after its name ("… Act of 2001")
_OF_YEAR = lazy(r",?\s+of\s+(?:1[89]|20)\d\d$")


# a hyphen between two letters ("Anti-Discrimination"): news prints the name closed up as
# often ("the Colorado Antidiscrimination Act"), so names are compared without it
_INNER_HYPHEN = lazy(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def _plain(name: str) -> str:
    return _INNER_HYPHEN().sub("", _POSSESSIVE().sub("", name)).lower()


@cache
def _state_acts() -> dict[tuple[str, str], str]:
    """(state, act name lower-cased) → id, from ``data/state_acts.csv`` (name and aliases)."""
    out: dict[tuple[str, str], str] = {}
    for r in read_rows("state_acts.csv"):
        for n in (r["name"], *split_field(r.get("aliases", ""))):
            out[(r["state"], _plain(n))] = r["authority"]
    return out


@cache
def _hyphenated() -> dict[tuple[str, str], str]:
    """(state, act name as ``_plain`` spells it) → the name as the table prints it, for the
    names and aliases that hold a hyphen between letters (the state before it, as mentions
    name a state's act)."""
    out: dict[tuple[str, str], str] = {}
    for r in read_rows("state_acts.csv"):
        for n in (r["name"], *split_field(r.get("aliases", ""))):
            if _INNER_HYPHEN().search(n):
                full = n if n.startswith(r["state"] + " ") else f"{r['state']} {n}"
                out.setdefault((r["state"], _plain(full)), full)
    return out


@cache
def _states_of_name() -> dict[str, tuple[str, ...]]:
    """An act's name or alias in ``state_acts.csv`` (lower-cased) → the states that have an
    act of that name ("heartbeat protection act" → Ohio, Florida)."""
    out: dict[str, set[str]] = {}
    for state, name in _state_acts():
        out.setdefault(name, set()).add(state)
    return {n: tuple(sorted(states)) for n, states in out.items()}


def _short_form_of_longer(text: str, phrase: str) -> bool:
    """Whether ``phrase`` ("SAFE Act") is the short form of a longer act's name the article
    prints ("Secure And Fair Enforcement (SAFE) Banking Act", "the SAFE Banking Act"): its
    first word, then more capitalised words, then its last ("Act"). Such a phrase is that
    act, not a state's act of the short name (twenty-eighth session: Ohio's SAFE Act)."""
    words = phrase.split()
    if len(words) != 2:
        return False
    first, last = map(re.escape, words)
    longer = rf"(?<![\w-]){first}\s+(?:[A-Z][\w'’-]*\s+){{1,4}}{last}\b"
    return re.search(longer, text) is not None


def _table_state(text: str, phrase: str) -> str | None:
    """The one state the article names of those whose act the table calls ``phrase``; None
    when the table has no such act, or the article names none or two of their states."""
    states = _states_of_name().get(_plain(phrase))
    if not states:
        return None
    named = [s for s in states if s in text]
    return named[0] if len(named) == 1 else None


# A state's lawmakers at work somewhere in the article: "Gov. Jared Polis signed …", "state
# Sen. …", "the Legislature"
_STATE_MAKERS = deferred(
    r"\b(?:Gov\.|Governor|[Ss]tate\s+(?:Sen\.|Senator|Rep\.|Representative|Del\.|lawmakers|"
    r"legislators|legislature|House|Senate|Capitol)|Legislature|General\s+Assembly|statehouse)"
)


@cache
def _federal_bill_keys() -> frozenset[str]:
    """The popular federal bills' names (``bill_numbers.csv``), as ``bill_key`` spells them."""
    return frozenset(bill_key(n) for n in bill_names())


def _lone_table_state(text: str, phrase: str) -> str | None:
    """The one state whose act the table calls ``phrase``, for an article that names no state
    at all but tells of a state's lawmakers ("Gov. Jared Polis signed the Kelly Loving Act"):
    a name one state's row alone lists, no federal act's or bill's, is that state's law."""
    states = _states_of_name().get(_plain(phrase))
    if not states or len(states) != 1 or bill_key(phrase) in _federal_bill_keys():
        return None
    if state_re().search(text) is not None or not _STATE_MAKERS.search(text):
        return None
    return states[0]


def _state_inside(text: str, phrase: str, start: int) -> str | None:
    """The state whose name stands inside an act's name ("Protect Illinois Communities
    Act") when the article names that state outside the name too (a story about the state);
    else None (a federal act may carry a state's name: only a story about it tells)."""
    for m in state_re().finditer(phrase, 1):
        state = m.group("state")
        if phrase[m.start() - 1] != " ":
            continue
        outside = text.find(state)
        while outside != -1 and start <= outside < start + len(phrase):
            outside = text.find(state, start + len(phrase))
        if outside != -1:
            return state
    return None


# A state's law named by its title and "law" rather than "Act": "California's Unfair
# Competition Law", "Florida's Parental Rights in Education law", "the New Jersey Law Against
# Discrimination" is left to the act names (it opens on "Law").
_TITLE_WORD = r"(?:[A-Z][A-Za-z'’-]*|in|of|and|for|the|on|to|&)"
_NAMED_LAW_BEFORE = deferred(
    # ("The Minnesota Paid Leave Law" opening a sentence: "The" is no state's word)
    rf"(?:^|[\s(“\"])(?P<state>(?!(?:The|A|An|This|That)\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"(?:['’]s?)?\s+"
    # ("Texas's new Ten Commandments law", "Ohio's 2025 Heartbeat law": kept only when the
    # title tells one row of the state's table)
    r"(?P<pre>(?:new|(?:19|20)\d\d)\s+)?"
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


@cache
def _law_stems() -> dict[str, list[tuple[str, str, str]]]:
    """A table act's name as news prints it with "law" ("LEARNS" of "LEARNS Act": the
    "Arkansas LEARNS law"; "Minor Conversion Therapy" of "Minor Conversion Therapy Law"),
    lower-cased, by its last word → [(stem, state, id)]. A one-word stem is an acronym only
    ("LEARNS", "ELVIS"): "the Heartbeat law" is no name."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in read_rows("state_acts.csv"):
        for n in (r["name"], *split_field(r.get("aliases", ""))):
            stem = re.sub(r"\s+(?:Act|Law)$", "", n)
            if stem == n or not stem:
                continue
            if stem.startswith(r["state"] + " "):
                stem = stem[len(r["state"]) + 1 :]
            if " " not in stem and not (stem.isupper() and len(stem) > 2):
                continue
            last = stem.lower().split()[-1]
            out.setdefault(last, []).append((stem.lower(), r["state"], r["authority"]))
    return out


def table_laws(text: str, starts: list[int]) -> list[Mention]:
    """A table act printed with "law" ("the new Arkansas LEARNS law"), or a table "Law" by
    its title alone ("the Minor Conversion Therapy Law"): the row of the state right before
    it, else of the one state, among those whose rows have that name, the article names.
    ``starts`` are where "law"/"Law" start."""
    out: list[Mention] = []
    stems = _law_stems()
    for w in starts:
        j = text.rfind(" ", max(0, w - 40), w - 1)
        last = text[j + 1 : w - 1].lower()
        rows = stems.get(last)
        if not rows or text[w - 1 : w] != " ":
            continue
        # (the longest name first: "Slow Down or Move Over" before "Move Over")
        for stem, state, authority in sorted(rows, key=lambda r: -len(r[0])):
            s = w - 1 - len(stem)
            if s < 0 or text[s : w - 1].lower() != stem or (s and text[s - 1].isalnum()):
                continue
            before = state_before().search(text, max(0, s - 40), s)
            start = before.start("state") if before else s
            if before is not None and before.group("state") != state:
                continue
            if before is None and _table_state(text, text[s : w - 1] + " Act") != state:
                named = [st for _, st, a in rows if a == authority and st in text]
                if len({st for _, st, _ in rows if st in text}) != 1 or not named:
                    continue
                if any(o.group("state") != state for o in state_re().finditer(text)):
                    # ("the Move Over law", a title many states' laws share, with no state
                    # before it: the row's only in a story that names no other state)
                    continue
            end = w + 3
            out.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    "statute",
                    authority,
                    name=f"{state} {text[s : w - 1]} Law",
                    confidence=0.7,
                    evidence=f"named as a law of {state}, {authority} (state_acts.csv)",
                    matcher="state_laws",
                )
            )
            break
    return out


_JOINERS = frozenset(("in", "of", "and", "for", "on", "to", "&"))


def titled_laws(text: str, starts: list[int]) -> list[Mention]:
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
        if m is None or m.group("state") not in state_names():
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
        row = _topic_row(state, words, m.group("pre"))
        if row is None and m.group("pre"):
            continue
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "statute",
                row,
                name=f"{state} {' '.join(words)} Law",
                confidence=0.7,
                evidence=(
                    f"named as a law of {state} by words of one state_acts.csv row's topic"
                    if row
                    else f"named as a law of {state}; state laws are named, not linked"
                ),
                matcher="state_laws",
            )
        )
    return out


@cache
def _topics_by_state() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Each state's ``state_acts.csv`` rows with topics: (id, topics lower-cased and joined by
    "|", year)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in read_rows("state_acts.csv"):
        if r["authority"] and r.get("topics"):
            topics = "|" + r["topics"].lower().replace("’", "'") + "|"
            out.setdefault(r["state"], []).append((r["authority"], topics, r.get("year") or ""))
    return {k: tuple(v) for k, v in out.items()}


def _topic_row(state: str, words: list[str], pre: str | None) -> str | None:
    """The one row of ``state``'s table whose topics hold the title's words as a phrase
    ("Ten Commandments law": "ten commandments in classrooms"), of the year the phrase gives
    if it gives one; None when no row or two rows do."""
    phrase = " ".join(words).lower().replace("’", "'")
    if len(phrase) < 6:
        return None
    pat = re.compile(r"(?<![\w'-])" + re.escape(phrase) + r"(?![\w'-])")
    year = pre.strip() if pre and pre.strip().isdigit() else None
    found = {
        a
        for a, topics, y in _topics_by_state().get(state, ())
        if pat.search(topics) and (year is None or y == year)
    }
    return found.pop() if len(found) == 1 else None


# Right after an act's name, its state's citation: "(OCGA 21-2-417", ": Public Act 101-221"
_BESIDE = deferred(r"[”\"]?\s*[(:,–—-]\s*")
_INITIAL_STATE = {i: postal for i, postal, _ in CODE_INITIALS}
_MARKS = frozenset("(:,–—-")
# A governor signed it: "signed by Republican Governor Mike DeWine", "Gov. Kemp signed"
_GOVERNOR = deferred(r"\b(?:Gov\.|Governor)\s")
_SIGN = deferred(r"\bsign(?:ed|s|ing)?\b")
# …unless the sentence has a President or Congress in it too ("President Biden signed the
# act, and Ohio Gov. Mike DeWine praised it")
_FEDERAL_SIGNER = deferred(r"\b(?:President|Congress|White House)\b")


def stateless_acts(
    doc: Doc,
    laws: list[Mention],
    state_at: Callable[[], Callable[[int], str | None]],
    governor: bool,
) -> list[Mention]:
    """Acts printed without their state, shown to be a state's by a citation of that state
    beside the name or by a governor's signature in their sentence (``state_at()`` makes the
    finder of the state the article is about, asked only for a governor's sentence)."""
    text = doc.text
    out: list[Mention] = []
    # (``governor``: whether "Gov." or "Governor" stands in the text at all, from the walk)
    starts = {m.start: m for m in laws if not m.anaphor}
    if not governor and not starts and not _initials_cited(doc):
        return out  # no sign can hold anywhere: most articles stop here
    finder: list[Callable[[int], str | None]] = []
    for m in generic_acts(doc):
        # (the cheap tests first: a mark of apposition within the next three characters)
        near = text[m.end() : m.end() + 3]
        beside = _BESIDE.match(text, m.end()) if _MARKS.intersection(near) else None
        if beside is not None and not (
            beside.end() in starts
            or any(text.startswith(i + " ", beside.end()) for i in _INITIAL_STATE)
        ):
            beside = None  # a comma, but no state's citation after it
        if beside is None and not governor:
            continue  # neither sign can hold
        start, phrase = m.start(), m.group(0)
        lead = LEADING.match(phrase)
        if lead:
            start += lead.end()
            phrase = phrase[lead.end() :]
        if (
            phrase.lower() in _federal_names()
            or NOT_ACT_NAME.match(phrase)
            or len([w for w in phrase.split() if w[:1].isupper()]) < 3
            or state_re().match(phrase)
            or any(x.start < m.end() and start < x.end for x in laws)
        ):
            continue
        state: str | None = None
        if beside is not None:
            after = beside.end()
            law = starts.get(after)
            if law is not None:
                state = next((n for n in state_names() if (law.name or "").startswith(n)), None)
            else:
                postal = next(
                    (p for i, p in _INITIAL_STATE.items() if text.startswith(i + " ", after)),
                    None,
                )
                st = courts.states().get(postal.upper()) if postal else None
                state = st.name if st is not None else None
        if state is None and governor:
            spans = _sentences(text)
            i = max(0, bisect.bisect_right(spans, (start, len(text) + 1)) - 1)
            a, b = spans[i] if spans else (0, len(text))
            if (
                _GOVERNOR.search(text, a, b)
                and _SIGN.search(text, a, b)
                and not _FEDERAL_SIGNER.search(text, a, b)
            ):
                finder = finder or [state_at()]
                state = finder[0](start)
        if state is None:
            continue
        out.append(_named(start, m.end(), phrase, f"{state} {phrase}", state))
    return out


def _initials_cited(doc: Doc) -> bool:
    """Whether a state code's initials stand in the text (from the citation words' walk)."""
    text = doc.text
    return any(text[s:e] in _INITIAL_STATE for s, e in doc.hits("cite_word"))
