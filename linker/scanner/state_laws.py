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

import re
from collections.abc import Iterator
from functools import cache

from .. import courts
from ..models import Mention
from .actnames import LEADING, NOT_ACT_NAME, generic_acts
from .doc import Doc
from .registry import Pass
from .sentences import sentences as _sentences

BILL_NUMBER = re.compile(
    r"\b(?:(?P<chamber>Senate|House|Assembly)\s+(?P<form>Bill|File)(?:\s+No\.)?\s+(?P<n1>\d{1,5})"
    r"|(?P<abbr>[SHA])\.?\s?B\.?\s?(?P<n2>\d{1,5}))\b(?![-–.]\d)"
)
CHAMBERS = {"S": "Senate", "H": "House", "A": "Assembly"}
# Where a state bill number can start: an "S", "H" or "A" with a digit at most 20 characters
# on ("Assembly Bill No. 12"); a pattern opening on a character set is one the regex engine
# skips ahead to, and BILL_NUMBER is tried only there.
_BILL_START = re.compile(r"[SHA](?=[A-Za-z.\s]{0,20}?\d)")


def _bill_numbers(text: str) -> Iterator[re.Match[str]]:
    """``BILL_NUMBER.finditer(text)``, tried only where ``_BILL_START`` marks."""
    done = 0
    for c in _BILL_START.finditer(text):
        if c.start() < done:
            continue
        m = BILL_NUMBER.match(text, c.start())
        if m is not None:
            yield m
            done = m.end()


def bill_id(state: str, label: str) -> str | None:
    """SPEC §2's id of a state bill: "Texas", "Senate Bill 4" → ``state:tx:bill:sb4``."""
    st = courts.state_by_name().get(state.lower())
    words = label.split()
    if st is None or len(words) != 3:
        return None
    return f"state:{st.postal.lower()}:bill:{words[0][0].lower()}{words[1][0].lower()}{words[2]}"


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


@cache
def _state_re() -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in _state_names())
    return re.compile(rf"\b(?P<state>{alt})\b(?P<poss>['’]s?)?")


@cache
def _state_before() -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in _state_names())
    return re.compile(
        rf"\b(?P<state>{alt})(?:['’]s?)?\s+(?:(?:new|controversial|contested|so-called|"
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


def _bills(text: str) -> list[Mention]:
    out: list[Mention] = []
    known: dict[str, str] = {}  # "Senate Bill 4" → "Texas"
    spans = _sentences(text)
    i = 0
    for m in _bill_numbers(text):
        if m.group("chamber"):
            label = f"{m.group('chamber')} {m.group('form')} {m.group('n1')}"
        else:
            label = f"{CHAMBERS[m.group('abbr')]} Bill {m.group('n2')}"
        while i < len(spans) - 1 and spans[i][1] <= m.start():
            i += 1
        before = _state_before().search(text, max(0, m.start() - 60), m.start())
        state = before.group("state") if before else None
        how = "the state named before it"
        if state is None and label in known:
            state, how = known[label], "an earlier mention of the same bill"
        if state is None:
            state = _only_state(text, spans[i][0], spans[i][1])
            how = "the one state its sentence names"
        if state is None and i > 0:
            state = _only_state(text, spans[i - 1][0], spans[i - 1][1])
            how = "the one state the sentence before names"
        if state is None:
            continue
        known.setdefault(label, state)
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "statute",
                bill_id(state, label),
                name=f"{state} {label}",
                confidence=0.7,
                evidence=f"bill number of {state} ({how}); state laws are named, not linked",
                matcher="state_laws",
            )
        )
    return out


def _acts(doc: Doc) -> list[Mention]:
    """'the Texas Heartbeat Act', 'Mississippi’s Gestational Age Act', 'the Clean Energy Act,
    a Minnesota law'."""
    text = doc.text
    out: list[Mention] = []
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
            after = re.match(
                r",?\s+(?:a|an|the)\s+(?:new\s+|\d{4}\s+)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                r"(?:\s+state)?\s+(?:law|statute|measure)\b",
                text[m.end() : m.end() + 60],
            )
            if before:
                state = before.group("state")
            elif after and after.group("state") in _state_names():
                state = after.group("state")
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


def find(doc: Doc) -> list[Mention]:
    return _bills(doc.text) + _acts(doc)


PASS = Pass(name="state_laws", emits=("statute",), anchors=(), run=find)
