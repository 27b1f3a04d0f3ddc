"""Court phrases: every court or judge an article names ("a federal judge in Oregon", "U.S.
District Judge April Perry", "the 9th U.S. Circuit Court of Appeals", "Breyer"), each with its
CourtListener court id where its words give one.

The module finds them; the patterns and their anchors are in ``courtpatterns``, the building
of a reference from a match in ``courtmatch``, the clean-up after in ``courtcleanup``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from ... import courts as C
from ...models import quick_replace as replace
from ..doc import Doc
from ..lazyre import deferred
from ..spans import Intervals
from ..trie import WORD_START, head_matches
from .courtcleanup import (
    _TO_BEFORE,
    BY_DESTINATION,
    DESTINATION,
    IN_DESTINATION,
    JUDGE_FROM,
    PENDING_AFTER,
    REACH_BEFORE,
    SEAT_BEFORE,
    WITH_DESTINATION,
    _appositive_courts,
    _bare_surnames,
    _bare_surnames_placed,
    _high_court_named_before,
    _judges_named_in_full,
    _judges_of_another_state,
    _named_after,
    _named_before_description,
    _named_judges_first,
    _placed_after,
    _shared_cities,
    _title_modifier,
    _visiting_judges,
    appositive_end,
    judges_of_named_courts,
)
from .courtmatch import _court_ref
from .courtpatterns import (
    _HEADED,
    APOS,
    COURT_WORDS,
    FOREIGN_COURT_WORDS,
    HEAD_WORDS,
    PATTERN_WORDS,
    CourtRef,
    _compiled,
    _kinds,
    _patterns,
    foreign_anchor,
    head_starts,
    place_re,
    place_set,
)
from .suitjudges import suit_judges

__all__ = [
    "APOS",
    "COURT_WORDS",
    "DESTINATION",
    "FOREIGN_COURT_WORDS",
    "HEAD_WORDS",
    "JUDGE_FROM",
    "PATTERN_WORDS",
    "PENDING_AFTER",
    "CourtRef",
    "_patterns",
    "appositive_end",
    "court_phrases",
    "foreign_anchor",
    "place_re",
    "place_set",
]


def court_phrases(source: str | Doc) -> list[CourtRef]:
    """Every court or judge named in the text, without overlaps, in text order (found once
    per ``Doc``: the rulings and the foreign-law passes both read them)."""
    doc = Doc.of(source) if isinstance(source, str) else source
    return list(doc.memo("court_phrases", lambda: _court_phrases(doc)))


# how a kind is tried before its heads (``courtpatterns._HEADED``)
_Headed = tuple[str, int, re.Pattern[str] | Callable[[str, int, int], Iterable[int]]]

# What every match of a kind holds, where many of its windows lack it (a country, "Federal",
# "top" or "International" named with no court near): those windows are not searched at all
_MUST_HOLD = {"foreign": "ourt", "uscfc": "ourt", "cit": "ourt", "state_supreme": "ourt"}


@cache
def _kind_specs() -> tuple[tuple[int, str, str, str | None, _Headed | None], ...]:
    """Each kind's priority, name, anchor, what its windows must hold and how it is tried
    before its heads: looked up once, not in three tables for each kind of each article."""
    return tuple(
        (
            prio,
            kind,
            (foreign_anchor() if kind == "foreign" else PATTERN_WORDS.get(kind, COURT_WORDS)).name,
            _MUST_HOLD.get(kind),
            _HEADED.get(kind),
        )
        for prio, kind in enumerate(_kinds())
    )


def _court_phrases(doc: Doc) -> list[CourtRef]:
    text = doc.text
    found: list[tuple[int, int, int, CourtRef]] = []
    seen: set[tuple[int, int, int]] = set()
    hits = doc.anchor_hits
    for prio, kind, name, must, headed in _kind_specs():
        if name not in hits:
            continue  # (an anchor without hits has no windows: most kinds in most articles)
        windows = doc.windows(name)
        if must is not None:
            windows = [w for w in windows if text.find(must, w[0], w[1]) >= 0]
        if not windows:
            continue
        pat = _compiled(kind)
        heads = doc.hits(headed[0]) if headed else []
        starts = head_starts(headed[2]) if headed else WORD_START
        for ws, we in windows:
            matches = (
                head_matches(text, pat, heads, headed[1], starts, ws, we)
                if headed
                else pat.finditer(text, ws, we)
            )
            for m in matches:
                if (prio, m.start(), m.end()) in seen:
                    continue
                seen.add((prio, m.start(), m.end()))
                ref = _court_ref(kind, m, text, doc.date)
                if ref is not None:
                    found.append((ref.start, -(ref.end - ref.start), prio, ref))
    found.sort(key=lambda t: (-(t[3].end - t[3].start), t[2]))
    chosen: list[CourtRef] = []
    taken = Intervals()
    for _s, _l, _p, ref in found:
        if ref.end > ref.start and taken.free(ref.start, ref.end):
            chosen.append(ref)
            taken.add(ref.start, ref.end)
    chosen.sort(key=lambda r: r.start)
    chosen = [r for r in chosen if not _title_modifier(text, r)]
    chosen = _high_court_named_before(text, chosen)
    # (the seat a judge is named to, only where the text has the words for it)
    seats = any(doc.holds(w) for w in ("onfirm", "ominat", "ppoint", "levat"))
    chosen = [
        replace(r, destination=True)
        if (
            _TO_BEFORE.search(text, max(0, r.start - 30), r.start)
            and DESTINATION().search(text, max(0, r.start - 80), r.start)
        )
        or PENDING_AFTER.match(text, r.end)
        or text.endswith(REACH_BEFORE, 0, r.start)
        or (seats and SEAT_BEFORE().search(text, max(0, r.start - 120), r.start) is not None)
        or (
            text.endswith(("in ", "in the "), 0, r.start)
            and IN_DESTINATION().search(text, max(0, r.start - 70), r.start) is not None
        )
        or (
            text.endswith(("with ", "with the "), 0, r.start)
            and WITH_DESTINATION().search(text, max(0, r.start - 50), r.start) is not None
        )
        or (
            text.endswith(("by ", "by the "), 0, r.start)
            and BY_DESTINATION.search(text, max(0, r.start - 110), r.start) is not None
        )
        else r
        for r in chosen
    ]
    chosen = _named_after(text, _judges_of_another_state(text, _appositive_courts(text, chosen)))
    chosen = _named_before_description(text, _named_judges_first(text, chosen))
    chosen = _judges_named_in_full(text, _bare_surnames_placed(text, chosen, doc.holds))
    chosen = _bankruptcy(text, _bare_surnames(text, suit_judges(text, chosen)))
    chosen = judges_of_named_courts(text, _visiting_judges(text, chosen))
    chosen = _defined_acronyms(text, _without_former_judges(text, chosen))
    chosen = _cited_courts(text, _header_courts(doc, chosen))
    chosen = _party_courts(text, _placed_after(text, _shared_cities(text, chosen)))
    return _where_caption_courts(text, chosen)


# A line in capitals that names a court (a legal memo's or a court paper's heading):
# "UNITED STATES COURT OF FEDERAL CLAIMS", "IN THE UNITED STATES DISTRICT COURT FOR THE
# DISTRICT OF MARYLAND" — the line alone, with no lower-case letter and no sentence after it
_CAPS_LINE = deferred(r"(?m)^[ \t]*(?P<l>[A-Z][A-Z.'’,\- ]{8,110}[A-Z.])[ \t]*$")
# the small words of a court's name, written in lower case once the line is in title case
_SMALL = frozenset({"OF", "THE", "FOR", "AND", "IN", "AT", "ON"})
# what a heading may say besides the court's name
_HEADING_REST = frozenset({"IN", "THE", "UNITED", "STATES", "U.S.", "FOR", "OF", "US"})


def _title_line(line: str) -> str:
    """ "UNITED STATES COURT OF FEDERAL CLAIMS" → "United States Court of Federal Claims"
    (the same length: offsets in one are offsets in the other; initials kept as printed)."""
    out = []
    for k, w in enumerate(line.split(" ")):
        if "." in w or len(w) < 2:
            out.append(w)
        elif k and w in _SMALL:
            out.append(w.lower())
        else:
            out.append(w[0] + w[1:].lower())
    return " ".join(out)


def _header_courts(doc: Doc, refs: list[CourtRef]) -> list[CourtRef]:
    """ "UNITED STATES COURT OF FEDERAL CLAIMS" above "The Court granted …": a heading in
    capitals that names a court is that court, named (an anchor for "the Court" after it, as
    the same heading in title case is). Read in title case, one line at a time; only a line
    that is the court's name and nothing else (a headline in capitals, "SUPREME COURT
    STRIKES DOWN …", says more than a court's name and is left alone)."""
    text = doc.text
    if "COURT" not in text:
        return refs
    added: list[CourtRef] = []
    taken = Intervals()
    for r in refs:
        taken.add(r.start, r.end)
    for m in _CAPS_LINE.finditer(text):
        line = m.group("l")
        if "COURT" not in line or len(line.split()) > 14:
            continue
        base = m.start("l")
        for r in _court_phrases(Doc.of(_title_line(line))):
            if r.role != "court" or not r.court or r.anaphoric or r.generic:
                continue
            rest = (line[: r.start] + " " + line[r.end :]).replace(",", " ").split()
            if any(w not in _HEADING_REST for w in rest):
                continue
            a, b = base + r.start, base + r.end
            if taken.free(a, b):
                taken.add(a, b)
                added.append(replace(r, start=a, end=b, anchor=True))
    return sorted([*refs, *added], key=lambda x: x.start) if added else refs


# A caption's citation parenthetical that dates a decision: "No. 25-0012 (Fed. Cl. May 2,
# 2025)", "(D. Md. 2025)", "(9th Cir. May 2, 2025)": the court's abbreviation and a year
_CITED_PAREN = deferred(
    r"\((?P<c>[A-Z0-9][A-Za-z0-9.'’ ]{1,24}?),?\s+(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s+)?)?\d{4}\)"
)


_SENTENCE_STOP = deferred(r"[a-z]{2}[.!?;]\s+[A-Z]")


def _cited_courts(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "In Acme v. United States, No. 25-0012 (Fed. Cl. May 2, 2025), the Court held …":
    the court a caption's dated parenthetical gives (The Bluebook R. 10.4) is named there, an
    anchor for "the Court" after it. Only right after a caption ("v." before it in the same
    sentence), only a court the abbreviation names outright."""
    if " v" not in text or "(" not in text:
        return refs
    from ..captions import _court_from_paren

    added: list[CourtRef] = []
    taken = Intervals()
    for r in refs:
        taken.add(r.start, r.end)
    for m in _CITED_PAREN.finditer(text):
        before = text[max(0, m.start() - 160) : m.start()]
        v = max(before.rfind(" v. "), before.rfind(" vs. "), before.rfind(" v "))
        if v < 0 or _SENTENCE_STOP.search(before, v + 3):
            continue
        court = _court_from_paren(m.group("c"))
        if court is None:
            continue
        # ("The appeals court in Texas v. United States, 23-40653 (5th Cir. 2025), found …",
        # "In Teller v. Marsh, (D. Mass., Jan. 9, 2026), a federal district court refused …":
        # a sentence that names its court by words of its own, before the caption or after
        # it, has its anchor already; only "the Court" after the caption wants one)
        lo = m.start() - 200
        if any(
            lo <= r.end <= m.start() and not _SENTENCE_STOP.search(text, r.end, m.start())
            for r in refs
        ) or any(
            m.end() <= r.start <= m.end() + 200
            and not r.anaphoric
            and not _SENTENCE_STOP.search(text, m.end(), r.start)
            for r in refs
        ):
            continue
        a, b = m.start("c"), m.end("c")
        if taken.free(a, b):
            taken.add(a, b)
            added.append(CourtRef(a, b, "court", court=court, level=C.level_of(court), anchor=True))
    return sorted([*refs, *added], key=lambda x: x.start) if added else refs


# "the U.S. Court of Federal Claims (CFC)": the initials a court is given in parentheses right
# after its name (two to six letters, two of them capitals at least)
# (quoted or not: 'the Court of Federal Claims ("CFC")', "(the “CIT”)")
_ACRONYM_AFTER = deferred(r"\s*\((?:the\s+)?[\"“”'‘’]?(?P<a>[A-Z][A-Za-z]{1,5})[\"“”'‘’]?\)")
_THE_BEFORE = deferred(r"(?:[Tt]he|[Ii]ts)\s+$")


def _defined_acronyms(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "the U.S. Court of Federal Claims (CFC) … The CFC held …", "The CFC's Ruling": a court
    named in full with its initials in parentheses after it is named by those initials in the
    rest of the article (the same court, named outright, not a back-reference). Only
    initials of two capitals or more, said as a word of their own, after the definition; a
    place where a phrase already stands keeps it."""
    if "(" not in text:
        return refs
    defined: list[tuple[str, CourtRef, int]] = []
    for r in refs:
        if r.role != "court" or not r.court or not text.startswith(("(", " ("), r.end):
            continue
        m = _ACRONYM_AFTER.match(text, r.end)
        if m is None or sum(c.isupper() for c in m.group("a")) < 2:
            continue
        defined.append((m.group("a"), r, m.end()))
    if not defined:
        return refs
    taken = Intervals()
    for r in refs:
        taken.add(r.start, r.end)
    added: list[CourtRef] = []
    for acr, r, after in defined:
        for m in re.finditer(rf"(?<![\w.&-]){re.escape(acr)}(?![\w&-]|\.\w)", text[after:]):
            a, b = after + m.start(), after + m.end()
            the = _THE_BEFORE.search(text, max(0, a - 5), a)
            if the is not None and text[the.start()].lower() == "t":
                a = the.start()
            if not taken.free(a, b):
                continue
            taken.add(a, b)
            added.append(replace(r, start=a, end=b, anaphoric=False, destination=False))
    return sorted([*refs, *added], key=lambda x: x.start) if added else refs


# A caption's first party, before its "v." ("Purl v. HHS", "Loper Bright Enterprises v.
# Raimondo"): up to three capitalised words, the last right before the "v."
_PARTY_BEFORE_V = deferred(r"(?:[A-Z][\w'’.&-]*\s+){0,2}[A-Z][\w'’&-]*\s+$")
# (words a caption may open on that name no party a court is called after)
_NOT_A_PARTY = frozenset({"The", "In", "State", "States", "United", "People", "America", "Inc"})


def _told_before_court(text: str, parties: dict[str, int]) -> bool:
    """Whether a party stands right before white space and "court" or "Court" somewhere:
    what every match of ``_party_courts``'s search holds (most articles have none, and that
    search is a pattern made for the article, compiled each time)."""
    size = len(text)
    for p in parties:
        i = text.find(p)
        while i >= 0:
            j = k = i + len(p)
            while k < size and text[k].isspace():  # (what ``\s`` matches)
                k += 1
            if k > j and text.startswith(("Court", "court"), k):
                return True
            i = text.find(p, i + 1)
    return False


def _party_courts(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "… vacated the rule in Purl v. HHS. The Purl court held …": a court called by the
    first party of a case the article named before is the court of that case, told before;
    a reference back, as "the court" is (the discourse gives its court). One search of the
    text for every party the article's captions give, only where it names a case and says
    "court"."""
    if " v" not in text or "ourt" not in text:
        return refs
    parties: dict[str, int] = {}  # a party's words -> where its caption ends
    i = text.find(" v", 1)
    while i >= 0:
        j = i + 2
        if text.startswith(".", j):
            j += 1
        if j < len(text) and text[j] == " " and text[j + 1 : j + 2].isupper():
            m = _PARTY_BEFORE_V.search(text, max(0, i - 60), i + 1)
            if m is not None:
                words = [w.rstrip(",") for w in text[m.start() : i].split()]
                # (a sentence's first word is no party's: "In Purl v. HHS" is Purl's)
                while words and words[0] in _NOT_A_PARTY:
                    words = words[1:]
                # ("Marlow Farms v. …": "the Marlow Farms court", "the Marlow court")
                for name in {" ".join(words[k:]) for k in range(len(words))} | {
                    " ".join(words[:k]) for k in range(1, len(words))
                }:
                    if name not in _NOT_A_PARTY and len(name) > 2:
                        parties.setdefault(name, j)
        i = text.find(" v", i + 2)
    if not parties or not _told_before_court(text, parties):
        return refs
    alts = "|".join(re.escape(p) for p in sorted(parties, key=len, reverse=True))
    taken = Intervals()
    for r in refs:
        taken.add(r.start, r.end)
    added: list[CourtRef] = []
    for m in re.finditer(rf"\b[Tt]he\s+(?P<p>{alts})\s+[Cc]ourt\b(?!['’]?s?\s+of\b)", text):
        if m.start() < parties[m.group("p")] or not taken.free(m.start(), m.end()):
            continue  # (only after its caption; a court phrase already there keeps it)
        taken.add(m.start(), m.end())
        added.append(CourtRef(m.start(), m.end(), "court", anaphoric=True))
    return sorted([*refs, *added], key=lambda x: x.start) if added else refs


# "… as seen in Smith v. Agency, where the court upheld the agency's refusal …" (an appeals
# round-up that never names the court): the words of a caption's parties before ", where "
_PARTY_WORD = deferred(r"^(?:[A-Z][\w.&'’-]*,?|of|and|the|for|&)$")


def where_caption_court(text: str, at: int) -> str | None:
    """The court of the caption right before ", where " and the "the court" at ``at``:
    that of its suit when ``lawsuits.csv`` knows it in one court, else None."""
    from ..captioncourts import _rows_by_key
    from ..casenames import caption_key

    if text[at - 8 : at] != ", where " or not text.startswith(("the court", "the Court"), at):
        return None
    p = at - 8
    head = text[max(0, p - 200) : p]
    v = head.rfind(" v. ")
    if v < 0 or any(c in head[v + 3 :] for c in ".;:!?\n"):
        return None
    right = head[v + 4 :].split()
    left = head[:v].split()[-8:]
    if not right or not all(_PARTY_WORD.match(w) for w in right):
        return None
    for k in range(len(left)):
        words = left[k:]
        if not words[0][:1].isupper() or not all(_PARTY_WORD.match(w) for w in words):
            continue
        rows = _rows_by_key().get(caption_key(" ".join([*words, "v.", *right])), ())
        if rows:
            courts = {row.court for row in rows}
            return courts.pop() if len(courts) == 1 else None
    return None


def _where_caption_courts(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "X v. Agency, where the court affirmed …": "the court" right after a caption and
    ", where" is the court of that caption's suit when ``lawsuits.csv`` knows it in one court
    (census35 P10); any other caption, or a court the words name, is left as it was."""
    if ", where " not in text or " v. " not in text:
        return refs
    out = list(refs)
    for i, r in enumerate(out):
        if r.role != "court" or r.court is not None:
            continue
        if (court := where_caption_court(text, r.start)) is not None:
            out[i] = replace(r, court=court, level=C.level_of(court))
    return out


_FORMER = deferred(r"\b(?:[Ff]ormer|[Ee]x-|[Rr]etired)\s*(?:[A-Z][\w.'’-]*\s+){0,2}$")


def _without_former_judges(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "Former Ouachita County Judge Mike Hesterly … pleaded guilty … a judge sentenced
    Hesterly": a former (or retired) judge holds no court in the story, so neither the title
    nor the name said again later lends a court to a ruling or a sentence. Only judges; a
    judge's name said again is dropped only when said with no title of its own."""
    # (only a judge is ever dropped: most articles name none of these, and three searches of
    # the whole text cost more than a look at the few references)
    if not any(r.role == "judge" for r in refs) or (
        "ormer" not in text and "etired" not in text and "ex-" not in text
    ):
        return refs
    former: set[str] = set()
    out: list[CourtRef] = []
    for r in refs:
        if r.role == "judge":
            words = text[r.start : r.end].split()
            last = words[-1] if words else ""
            if _FORMER.search(text, max(0, r.start - 40), r.start):
                if last[:1].isupper() and last.lower() != "judge":
                    former.add(last)
                continue
            if len(words) == 1 and last in former:
                continue
        out.append(r)
    return out


def _bankruptcy(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "A U.S. bankruptcy judge in Delaware": the district's bankruptcy court, not the
    district court its place gives."""
    out = []
    for r in refs:
        if r.court and "ankruptcy" in text[r.start : r.end]:
            bk = C.bankruptcy_court(r.court)
            if bk is not None:
                r = replace(r, court=bk)
        out.append(r)
    return out
