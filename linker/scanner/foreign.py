"""Another country's courts and laws, named once and then called "the Supreme Court", "the
court" and "the Act" throughout (issue 13, point 7).

The passes before this one read a sentence at a time: "India's Supreme Court struck down the
scheme" is foreign, but "The Supreme Court ordered the bank to stop" three sentences later
looks like the U.S. Supreme Court, and "the Act" like a federal act. This follow-up reads the
whole article. It lists the places where the text says which country it is in: another
country's court or legislature, another country's name, or a U.S. marker ("U.S.", "Congress",
a federal circuit, a state's court). An article **about another country** is one that names a
foreign court or legislature and either never names a U.S. court or marker, or starts abroad
and stays there at least as often. In such an article a mention that is not a formal U.S.
citation and whose nearest marker before it (or, with none before, after it) is foreign is
another country's court or law, and is dropped; a U.S. law linker knows by name is kept when
it comes before the article says where it is set.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from .. import courts as C
from ..models import Mention
from .doc import Anchor, Doc
from .registry import Pass
from .rulings import court_phrases
from .trie import matches_at, trie_regex

US_MARK = re.compile(
    r"\b(?:U\.\s?S\.(?!\s?C\.)|United\s+States|America(?:ns?)?\b|Congress(?:ional)?|"
    r"congressional|Capitol\s+Hill|White\s+House|Pentagon|Washington|(?:Justice|State|Commerce|"
    r"Treasury|Homeland\s+Security)\s+Department|Department\s+of\s+(?:Justice|State|Commerce|"
    r"the\s+Treasury|Homeland\s+Security)|Biden|Trump|Obama|Bush|Clinton|Reagan)"
)
FOREIGN_LAWMAKERS = re.compile(
    r"\b(?:Parliament|parliament(?:ary)?|House\s+of\s+(?:Commons|Lords)|Lok\s+Sabha|"
    r"Rajya\s+Sabha|Bundestag|Knesset|National\s+Assembly|MPs|Westminster|Whitehall|"
    r"Downing\s+Street|[Hh]ome\s+[Ss]ecretary)\b"
)


@cache
def _country_words() -> re.Pattern[str]:
    words = {w for pair in C.countries() for w in pair if w}
    words -= {"American"}
    return re.compile(rf"(?<![\w.])(?:{trie_regex(sorted(words))})(?![\w])")


@cache
def _foreign_law() -> re.Pattern[str]:
    """Another country's law named with its country: "Australia's Online Safety Act", "the
    Indian Penal Code"."""
    words = {w for pair in C.countries() for w in pair if w} - {"American"}
    return re.compile(
        rf"(?<![\w.])(?:{trie_regex(sorted(words))})(?:['’]s)?\s+(?:new\s+)?"
        r"(?:[A-Z][\w-]*\s+){0,6}(?:Act|Code|Bill)\b"
    )


@cache
def _maybe_foreign_court() -> re.Pattern[str]:
    """A cheap test for a foreign court before the court phrases are read: a country's name
    or adjective shortly before "court", "Court of <country>", an international court."""
    words = trie_regex(sorted({w for pair in C.countries() for w in pair if w} - {"American"}))
    return re.compile(
        rf"(?<![\w.])(?:{words})(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}[Cc]ourt\b"
        rf"|\bCourt\s+of\s+(?:{words})\b|\b(?:International|European)\s+Court\b"
        r"|\bCourt\s+of\s+Appeal(?!s)\b"
    )


# FOREIGN_LAWMAKERS is searched for only when one of these occurs.
_LAWMAKER_WORDS = (
    *("arliament", "House of", "Sabha", "Bundestag", "Knesset", "National Assembly", "MPs"),
    *("Westminster", "Whitehall", "Downing", "ome Secretary", "ome secretary"),
)


@cache
def country_anchor() -> Anchor:
    """Another country's name or adjective ("India", "Indian"), as a Doc anchor."""
    words = {w for pair in C.countries() for w in pair if w} - {"American"}
    return Anchor("country", tuple(sorted(words)), 0, 0, "word", "word")


def _country_starts(doc: Doc) -> list[int]:
    """Where ``_country_words()`` matches, from the Doc's anchor hits: the longest name at
    each place, none inside another ("South Korea", not also "Korea"), none after a dot."""
    if doc.index is None:
        return [m.start() for m in _country_words().finditer(doc.text)]
    text = doc.text
    out: list[int] = []
    done = 0
    for s, e in sorted(doc.hits("country"), key=lambda h: (h[0], -h[1])):
        if s < done or (s > 0 and text[s - 1] == "."):
            continue
        out.append(s)
        done = e
    return out


def _maybe_foreign_court_at(text: str, countries: list[int]) -> bool:
    """``_maybe_foreign_court().search(text)``, tried only where it can start: at a country's
    name, or where one of its fixed phrases occurs."""
    pat = _maybe_foreign_court()
    if any(pat.match(text, p) for p in countries):
        return True
    if "Court of" in text or "International Court" in text or "European Court" in text:
        return pat.search(text) is not None
    return False


def _events(doc: Doc) -> tuple[list[tuple[int, bool]], int, int, bool]:
    """(position, is_foreign) of every marker in text order; the counts of foreign anchors
    (courts, legislatures, laws named with their country) and of U.S. markers; and whether
    the first of those (country names aside) is foreign."""
    text = doc.text
    countries = _country_starts(doc)
    events: list[tuple[int, bool]] = [(p, True) for p in countries]
    if not events:
        return events, 0, 0, False  # no other country named: nothing to do
    strong: list[tuple[int, bool]] = []
    # a foreign law's name opens on its country's
    strong += [(m.start(), True) for m in matches_at(_foreign_law(), text, countries)]
    if any(w in text for w in _LAWMAKER_WORDS):
        for m in FOREIGN_LAWMAKERS.finditer(text):
            strong.append((m.start(), True))
    if not strong and not _maybe_foreign_court_at(text, countries):
        return events, 0, 0, False  # no foreign court, legislature or law: nothing to do
    for ref in court_phrases(doc):
        if ref.court == C.FOREIGN:
            strong.append((ref.start, True))
        elif ref.court and ref.court != "scotus" and not ref.anaphoric and not ref.generic:
            strong.append((ref.start, False))  # a circuit, a district, a state's court
    for m in US_MARK.finditer(text):
        strong.append((m.start(), False))
    strong.sort()
    anchors = sum(1 for _, f in strong if f)
    first_foreign = bool(strong) and strong[0][1]
    events = sorted(events + strong)
    return events, anchors, len(strong) - anchors, first_foreign


def _about_another_country(anchors: int, us: int, first_foreign: bool) -> bool:
    """Another country's court, legislature or law is named, and the U.S. is not, or the
    article starts abroad and names foreign institutions at least as often as U.S. markers
    (country names alone never decide it: a trade story names many)."""
    if anchors == 0:
        return False
    return us == 0 or (first_foreign and anchors >= us)


def _kept(m: Mention) -> bool:
    """Mentions only U.S. law has: formal citations, landmark cases, amendments."""
    if m.matcher == "citations":
        return True
    if m.kind == "case" and m.authority:
        return True
    return m.kind == "constitution" and "mendment" in m.text


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not mentions:
        return mentions
    events, anchors, us, first_foreign = _events(doc)
    if not _about_another_country(anchors, us, first_foreign):
        return mentions
    starts = [p for p, _ in events]
    out: list[Mention] = []
    for m in mentions:
        if _kept(m) or US_MARK.search(m.text):
            out.append(m)
            continue
        # The nearest marker before the mention's end (one inside it counts: "India's
        # Supreme Court ruled"), else the article's first marker.
        # A U.S. law the data knows by name, before the article has said where it is set,
        # is the U.S. law ("The Communications Decency Act shields platforms. Britain's …").
        j = bisect.bisect_left(starts, m.end) - 1
        if j >= 0:
            nearest = events[j]
        elif m.authority and not m.anaphor and m.kind != "ruling":
            nearest = (0, False)
        else:
            nearest = events[0]  # the opening, before the article names its country
        if nearest[1]:
            continue  # another country's court or law
        out.append(m)
    return out


PASS = Pass(name="foreign", emits=(), anchors=(country_anchor(),), run=run)
