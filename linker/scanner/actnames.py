"""Act names the curated data does not list: what the act and state-law passes share.

"the Protecting Americans from Foreign Adversary Controlled Applications Act", "the Texas
Heartbeat Act": capitalised words ending in "Act", looked for only near the word "Act".
"""

from __future__ import annotations

import re

from ..lexicon import presidents
from .doc import Anchor, Doc
from .lazyre import deferred, lazy

# An act name not in the data: capitalised words ending in "Act" ("the Protecting Americans
# from Foreign Adversary Controlled Applications Act"). Linked by name to a search only.
_CAP = r"[A-Z](?:(?:\.[A-Z])+\.|[\w'’-]*)"  # a capitalised word or an initialism ("U.S.")
_LINK = r"(?:of|and|the|for|to|on|in|from|with|by|a|an|&)"
# (It opens on its capital letter and looks behind it for the word before, which is the same
# as a look-behind first, but lets the regex engine skip ahead to capitals.)
_HEAD = r"[A-Z](?<![\w-][A-Z])(?:(?:\.[A-Z])+\.|[\w'’-]*)"  # {_CAP}, not after a word or "-"
_TAIL = r"\s+Act\b(?:\s+of\s+(?:1[7-9]|20)\d\d\b)?"
GENERIC_ACT = re.compile(rf"{_HEAD}(?:\s+(?:{_CAP}|{_LINK}))*?{_TAIL}")
# The initials a news page sets inside a name, before its last word: "the Safeguard American
# Voter Eligibility (SAVE) Act" is the Safeguard American Voter Eligibility Act. (A pattern of
# its own, tried only in an article that prints ") Act".)
GENERIC_ACT_INITIALS = deferred(rf"{_HEAD}(?:\s+(?:{_CAP}|{_LINK}))*?\s+\([A-Z]{{2,8}}\){_TAIL}")
INITIALS_INSIDE = re.compile(r"\s+\([A-Z]{2,8}\)(?=\s+Act\b)")
# A blank line inside a match: a headline above the paragraph that opens on the name is no
# part of it (cut after the last one).
_BLANK_LINE = deferred(r"\n\s*\n")
LEADING = re.compile(
    r"^(?:(?:The|This|That|These|Those|A|An|Under|In|After|Since|When|While|But|And|If|As|By|"
    r"With|Both|Neither|Either|Its|His|Her|Their|Our|Its|Congress['’]s|Why|How|What|Unlike|"
    r"Like|Before|During|Until|Passed|Signed|Known|Called|Dubbed|Including|Despite|Although|"
    r"Because|Through|Per|Amid|Without|Beyond|Against|For|From|To|On|At|Of|Or|So|Yet|"
    rf"Senate|House|Democrats|Republicans|President|{'|'.join(presidents(recent=True))})\s+)+"
)
NOT_ACT_NAME = re.compile(
    r"^(?:Riot|Insurrection|Final|Last|Second|First|Balancing|Disappearing)\s+Act$"
)


ACT_ANCHOR = Anchor("act", ("Act",), 300, 20, "word", "word")


# Words that join two names, never inside one: "violated the Constitution and the Martial Law
# Act" is the Constitution and an act, not one act (no act's name in the data holds them).
JOIN = deferred(r"\s+(?:and|or|&)\s+the\s+")


def generic_acts(doc: Doc) -> tuple[re.Match[str], ...]:
    """Every ``GENERIC_ACT`` match, looked for only near the word "Act", cut after the last
    join ("Constitution and the Martial Law Act" is "Martial Law Act") and after a headline's
    verb ("Sen. Duckworth Introduces HOPE Act" is "HOPE Act"), made once per ``Doc``: the act
    and state-law passes both ask."""
    return doc.memo("generic_acts", lambda: _generic_acts(doc))


def _generic_acts(doc: Doc) -> tuple[re.Match[str], ...]:
    text = doc.text
    found = [m for ws, we in doc.windows("act") for m in generic_act_matches(text, ws, we)]
    if doc.holds(") Act"):
        found.extend(
            m for ws, we in doc.windows("act") for m in GENERIC_ACT_INITIALS.finditer(text, ws, we)
        )
        found.sort(key=lambda m: m.start())
    return tuple(
        _after_headline_verb(text, _after_join(text, _after_blank_line(text, m))) for m in found
    )


# The words a match can hold between its first word and "Act" (``_CAP`` or ``_LINK``), and
# the capitals a match can open on (``_HEAD``'s look-behind, asked of the text from a token's
# start or the window's, where it sees what ``finditer`` from the window's start sees).
_CAP_WORD = lazy(_CAP)
_LINK_WORDS = frozenset(_LINK[3:-1].split("|"))
_HEAD_CAPITALS = lazy(r"[A-Z](?<![\w-][A-Z])")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def generic_act_matches(text: str, ws: int, we: int) -> list[re.Match[str]]:
    """``GENERIC_ACT.finditer(text, ws, we)``, found by walking back from each "Act" instead
    of trying the pattern at every capital of the window: a match is a run of white-space
    separated words, each a capitalised word or a joining word, that ends on " Act", so it
    can open only in the run that ends on some "Act" of the window (or in the word before
    it, after a quote or a bracket). The pattern is tried at those capitals only, in text
    order, skipping the ones a match found covers: what ``finditer`` does at every place."""
    we = min(we, len(text))
    spans: list[tuple[int, int]] = []
    at = text.find("Act", ws + 1, we)
    while at >= 0:
        end = at + 3
        if text[at - 1].isspace() and not (end < we and ((c := text[end]).isalnum() or c == "_")):
            start = _run_start(text, ws, at)
            if start is not None:
                if spans and start <= spans[-1][1]:
                    spans[-1] = (min(spans[-1][0], start), end)
                else:
                    spans.append((start, end))
        at = text.find("Act", end, we)
    out: list[re.Match[str]] = []
    cur = ws
    for a, b in spans:
        for cap in _HEAD_CAPITALS().finditer(text, max(a, cur), b):
            q = cap.start()
            if q < cur:
                continue
            m = GENERIC_ACT.match(text, q, we)
            if m is not None:
                out.append(m)
                cur = m.end()
    return out


def _run_start(text: str, ws: int, at: int) -> int | None:
    """Where a ``GENERIC_ACT`` match ending on the "Act" at ``at`` can open at the earliest:
    the start of the first word, walking back, that is neither capitalised nor a joining word
    (a match may open inside it: '“Clean'), or of the last word at the window's start ``ws``;
    None when no word stands before the "Act" in the window."""
    i = at - 1
    while i > ws and text[i - 1].isspace():
        i -= 1  # (the white space before "Act")
    if i <= ws:
        return None
    while True:
        # the word ending at ``i``: after the last space or line break before it, unless
        # other white space stands inside (a tab, a no-break space: then char by char)
        j = max(text.rfind(" ", ws, i), text.rfind("\n", ws, i)) + 1
        if j < ws:
            j = ws
        word = text[j:i]
        if not word.isprintable():  # (every white space but " " is unprintable)
            j = i - 1
            while j > ws and not text[j - 1].isspace():
                j -= 1
            word = text[j:i]
        if j <= ws or not (
            word in _LINK_WORDS
            or (word[0] in _UPPER and (word.isalpha() or _CAP_WORD().fullmatch(word)))
        ):
            return j
        i = j - 1
        while i > ws and text[i - 1].isspace():
            i -= 1
        if i <= ws:
            return j


# A headline's verb in title case, never inside an act's name: "Rep. Castro Introduces Stop
# Arming Cartels Act", "Senate Passes Laken Riley Act", "Governor Signs Parental Rights Act".
HEADLINE_VERB = deferred(
    r" (?:Introduces|Reintroduces|Unveils|Files|Passes|Signs|Vetoes|Backs|Blocks|Announces|"
    r"Applauds|Praises|Slams|Urges|Sponsors|Cosponsors|Co-Sponsors|Leads|Joins|Advances|"
    r"Approves|Clears|Rejects|Pushes|Touts|Celebrates|Welcomes|Endorses|Supports|Opposes) "
)


def _after_blank_line(text: str, m: re.Match[str]) -> re.Match[str]:
    if "\n" not in m.group(0):
        return m
    blanks = list(_BLANK_LINE.finditer(text, m.start(), m.end()))
    if not blanks:
        return m
    cut = GENERIC_ACT.fullmatch(text, blanks[-1].end(), m.end())
    return cut if cut is not None else m


_HEADLINE_VERBS = frozenset(HEADLINE_VERB.pattern.strip()[3:-1].split("|"))


def _after_headline_verb(text: str, m: re.Match[str]) -> re.Match[str]:
    if _HEADLINE_VERBS.isdisjoint(m.group(0).split()):
        return m
    verbs = list(HEADLINE_VERB.finditer(text, m.start(), m.end()))
    if not verbs:
        return m
    verb = verbs[-1]
    cut = GENERIC_ACT.fullmatch(text, verb.end(), m.end())
    return cut if cut is not None else m


def _after_join(text: str, m: re.Match[str]) -> re.Match[str]:
    if " the " not in m.group(0):
        return m
    joins = list(JOIN.finditer(text, m.start(), m.end()))
    if not joins:
        return m
    cut = GENERIC_ACT.fullmatch(text, joins[-1].end(), m.end())
    return cut if cut is not None else m
