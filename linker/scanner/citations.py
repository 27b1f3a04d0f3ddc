"""Formal citations: eyecite's finds, plus the statute forms news prints that eyecite misses.

eyecite reads cases (full and short forms, ``Id.``, ``supra``), C.F.R. and state codes. Our own
patterns read the U.S. Code in every form reporters write it (``10 U.S.C. 252``, ``§§ 251–255``,
"section 1983 of title 42"), public laws, the Statutes at Large and the Constitution's
abbreviations. A cheap prefilter hands eyecite only the paragraphs where a citation can start,
which keeps the whole scanner faster than eyecite alone on news text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # eyecite is imported only when the prefilter finds a possible citation
    from eyecite.models import FullCaseCitation

from .. import courts, ids
from ..models import Mention
from .doc import Anchor, Doc, merged_windows
from .registry import Pass
from .sentences import sentences
from .trie import find_all, matches_at, trie_regex, whole_word

_SEC = r"\d+[A-Za-z]{0,4}(?:[-–]\d+[A-Za-z]{0,3})?"
_SUB = r"(?:\([A-Za-z0-9]{1,4}\))*"
_DASH = "[-–—]"

# A section number: "1983", "2339B", "300gg-13", "288–1" (an en dash read as the hyphen).
_ONE = r"\d+[A-Za-z]{0,4}(?:[-–]\d+[A-Za-z]{0,3})?"
USC = re.compile(
    r"\b(?P<title>\d{1,2})\s*(?:U\.?\s?S\.?\s?C\.?(?:\s?A\.?|\s?S\.?)?|u\.?s\.?c\.?|U\.\s?S\.\s+Code\b)"
    r"\s*,?\s*"
    rf"(?P<sign>§§?|[Ss]ecs?\.|[Ss]ections?)?\s*(?P<sec>{_ONE})(?P<sub>{_SUB})"
    rf"(?P<etseq>\s+et\s+seq\.?)?"
)
# After "§§ 251": "–255" (a range), or ", 1512(k)" / "and 1519" (more sections of the title).
RANGE_AFTER = re.compile(rf"^\s*(?:{_DASH}|to\b|through\b)\s*(?:§\s*)?(?P<b>\d+[A-Za-z]{{0,4}})")
LIST_AFTER = re.compile(
    rf"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:§\s*)?(?P<sec>{_ONE})(?P<sub>{_SUB})"
)
# "§ 1512(c)" with no title: the short form of the last U.S. Code citation's title.
SHORT_SECTION = re.compile(rf"(?<![\w.§])§\s*(?P<sec>{_ONE})(?P<sub>{_SUB})")
# "section 89, title 14" and "title 14, section 89": the U.S. Code unless a state's code or the
# C.F.R. follows (see ``_code_follows``).
SECTION_COMMA_TITLE = re.compile(
    rf"\b[Ss]ection\s+(?P<sec>{_ONE})(?P<sub>{_SUB}),\s+[Tt]itle\s+(?P<title>\d{{1,2}})\b"
)
TITLE_COMMA_SECTION = re.compile(
    rf"\b[Tt]itle\s+(?P<title>\d{{1,2}}),\s+(?:[Ss]ection|§)\s*(?P<sec>{_ONE})(?P<sub>{_SUB})"
    r"(?![\w–-]|\.\d)"
)
NOT_USC_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:Code\s+of\s+Federal\s+Regulations|C\.?F\.?R\b|[A-Z][a-z]+\s+"
    r"(?:Code|Statutes|Laws|Revised|General|Consolidated|Penal|Civil)\b)"
)
SECTION_OF_TITLE = re.compile(
    rf"\b[Ss]ection\s+(?P<sec>\d+[A-Za-z]{{0,4}})(?P<sub>{_SUB})\s+of\s+[Tt]itle\s+(?P<title>\d{{1,2}})"
    r"(?:\s+of\s+the\s+(?:U\.S\.|United\s+States)\s+Code)?\b"
)
# "Title 42 of the U.S. Code, section 1983"; "Title 18, United States Code, Section 1001" (how
# Justice Department releases cite), "Sections 1325 and 1326".
TITLE_SECTION = re.compile(
    r"\b[Tt]itle\s+(?P<title>\d{1,2})(?:\s+of\s+the|,)\s+(?:U\.\s?S\.|United\s+States)\s+Code,?\s+"
    rf"(?P<sign>[Ss]ections?|§§?)\s*(?P<sec>{_ONE})(?P<sub>{_SUB})"
)
PUBL = re.compile(
    r"\b(?:Pub(?:lic)?\.?\s*L(?:aw)?\.?|P\.?\s?L\.?|Public\s+Law)\s*(?:No\.?\s*)?"
    rf"(?P<congress>\d{{2,3}}){_DASH}(?P<number>\d{{1,3}})\b"
)
STAT = re.compile(r"\b(?P<vol>\d{1,3})\s+Stat\.\s+(?P<page>\d{1,5})\b")
# In any case: "U.S. Const. art. I", "u.s. const. art. ii", "U.S. CONST. ART. III, § 2".
CONST = re.compile(
    r"\bU\.\s?S\.\s+Const(?:itution)?\.?,?\s+(?P<which>amend|art)\.?\s*"
    r"(?P<num>[IVXLC]+|\d+)\b(?:,\s*(?:§|sec\.)\s*(?P<sec>\d+))?(?:,\s*cl\.\s*(?P<cl>\d+))?",
    re.IGNORECASE,
)
BARE_ART = re.compile(r"(?<![A-Za-z])art\.\s+(?P<num>[IVX]+)\b(?:,\s*§\s*(?P<sec>\d+))?")
ILCS = re.compile(r"\b(?P<ch>\d+)\s+ILCS\s+(?P<act>\d+)/(?P<sec>[\w.-]+\w)")

# Where eyecite could find something: a number next to a capitalised abbreviation, a section
# sign, "Id." or "supra". Paragraphs without any of these are never handed to eyecite.
# Reporters may hold "&" ("Serg. & Rawle") and parentheses ("IL App (1st)"); neutral citations
# may be hyphenated ("2017-Ohio-1234", "2015-NMSC-001").
# (Written to open on one character set, which the regex engine skips ahead to; each branch
# then checks its own first character and the word boundary before it by looking behind. It
# finds what "\d+\s+[A-Z][A-Za-z0-9.'’&() ]{0,30}?\s\d|\b(?:1[89]|20)\d\d-[A-Z][A-Za-z]{1,6}-\d
# |§|\b[Ii]d\.|\bsupra\b|\bIbid\b" finds, about twice as fast.)
PREFILTER = re.compile(
    r"[\d§Iis](?:(?<=\d)\d*\s+[A-Z][A-Za-z0-9.'’&() ]{0,30}?\s\d"
    r"|(?<=[12])(?<!\w.)(?:(?<=1)[89]|(?<=2)0)\d\d-[A-Z][A-Za-z]{1,6}-\d"
    r"|(?<=§)|(?<=[Ii])(?<!\w.)d\.|(?<=s)(?<!\w.)upra\b|(?<=I)(?<!\w.)bid\b)"
)


def _m(match: re.Match[str], kind: str, authority: str | None, **kw: object) -> Mention:
    return Mention(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        kind=kind,
        authority=authority,
        matcher="citations",
        **kw,  # type: ignore[arg-type]
    )


def _strip_trailing(match: re.Match[str], text: str) -> tuple[int, int]:
    s, e = match.start(), match.end()
    while e > s and text[e - 1] in " ,;":
        e -= 1
    return s, e


# Every U.S. Code citation holds one of these spellings ("U.S.C.", "USC", "U. S. C", "usc",
# "U.S. Code"); a literal start lets the regex engine skip ahead to them.
_USC_WORD = re.compile(r"U\.?\s?S\.?\s?C(?![a-z])|U\.\s?S\.\s+Code")
# the lower-case spelling ("5 usc 552") apart: a pattern opening on "u" is tried at every
# "u" of the text, so it runs only when one of its four spellings is there at all
_USC_LOWER = re.compile(r"u\.?s\.?c(?![a-z])")
_USC_LOWER_FORMS = ("usc", "u.sc", "us.c", "u.s.c")
# Every constitution citation: "Const. art.", "Constitution, amend." in any case.
_CONST_WORD = re.compile(
    r"[Cc][Oo][Nn][Ss][Tt](?:[Ii][Tt][Uu][Tt][Ii][Oo][Nn])?\.?,?\s+(?:[Aa][Mm][Ee][Nn][Dd]|[Aa][Rr][Tt])"
)
# Every bare article citation: "art. II" (not the "art." of "start.").
_ART_WORD = re.compile(r"art\.\s+[IVX]")
# Every public law citation opens on "Pub", "P.L", "PL", "P. L" or "Public Law".
_PUBL_WORD = re.compile(r"P(?:ub|\.?\s?L)")


# Rare words the tests below ask about, found in the Doc's one automaton walk over the article
# (which finds every place of each, exactly as str.find would) rather than each searched for
# again: every search of a whole article costs about a microsecond. ("Id." is not one: its
# folded form stands in every "said.")
CITE_WORDS = Anchor("cite_word", (*_USC_LOWER_FORMS, "§", "supra", "Ibid", "Stat.", "ILCS"), 0, 0)


class _Words:
    """Where the words of ``CITE_WORDS`` stand in ``text``: read from the Doc's anchor hits
    when there is an index, else found with ``str.find`` (the same places)."""

    def __init__(self, text: str, doc: Doc | None = None) -> None:
        self.text = text
        self.at: dict[str, list[int]] | None = None
        if doc is not None and doc.index is not None and CITE_WORDS.name in doc.index.anchors:
            at: dict[str, list[int]] = {}
            for s, e in doc.hits(CITE_WORDS.name):
                at.setdefault(text[s:e], []).append(s)
            self.at = at

    def has(self, word: str) -> bool:
        return word in self.text if self.at is None else word in self.at

    def places(self, word: str) -> list[int]:
        if self.at is None:
            return find_all(self.text, word)
        return sorted(self.at.get(word, ()))


def _usc_matches(text: str, words: _Words | None = None) -> Iterator[re.Match[str]]:
    """``USC.finditer(text)``, run only around the spellings of "U.S.C."."""
    words = words or _Words(text)
    spans = [m.span() for m in _USC_WORD.finditer(text)]
    if any(words.has(f) for f in _USC_LOWER_FORMS):
        spans = sorted(spans + [m.span() for m in _USC_LOWER.finditer(text)])
    windows = merged_windows(spans, 8, 80, len(text))
    return (m for ws, we in windows for m in USC.finditer(text, ws, we))


def _const_words(text: str) -> list[int]:
    """Where ``_CONST_WORD`` matches: tried at each "onst"/"ONST" found with ``str.find`` (a
    pattern opening on [Cc] is tried at every C of the text)."""
    at = sorted(i - 1 for part in ("onst", "ONST") for i in find_all(text, part, 1))
    return [m.start() for m in matches_at(_CONST_WORD, text, at)]


def _publ_matches(text: str) -> Iterator[re.Match[str]]:
    """``PUBL.finditer(text)``, run only around "Pub. L.", "P.L.", "Public Law"."""
    windows = merged_windows((m.span() for m in _PUBL_WORD.finditer(text)), 0, 40, len(text))
    return (m for ws, we in windows for m in PUBL.finditer(text, ws, we))


def find_statutes(text: str, words: _Words | None = None) -> list[Mention]:
    """U.S. Code, public laws, Statutes at Large, constitutional abbreviations, ILCS."""
    words = words or _Words(text)
    out: list[Mention] = []
    for m in _usc_matches(text, words):
        title, plural = (
            m.group("title"),
            (m.group("sign") or "").lower() in ("§§", "secs.", "sections"),
        )
        auth = ids.usc(title, m.group("sec").replace("–", "-"))
        s, e = _strip_trailing(m, text)
        rng = RANGE_AFTER.match(text[e : e + 30]) if plural and not m.group("sub") else None
        if rng:
            auth = ids.usc(title, m.group("sec"), rng.group("b"))
            e += rng.end()
        out.append(Mention(s, e, text[s:e], "statute", auth, confidence=0.99, matcher="citations"))
        while plural and (more := LIST_AFTER.match(text[e : e + 40])):
            ms, me = e + more.start("sec"), e + more.end()
            out.append(
                Mention(
                    ms,
                    me,
                    text[ms:me],
                    "statute",
                    ids.usc(title, more.group("sec")),
                    confidence=0.95,
                    matcher="citations",
                )
            )
            e = me
    out.extend(_short_sections(text, out, words))
    sections = "itle" in text and ("ection" in text or words.has("§"))  # "Section 5 of Title 8"
    # these patterns open on a word boundary, which the regex engine cannot skip ahead to:
    # they are tried only at each "[Ss]ection" or "[Tt]itle", where each of their matches
    # starts (found with str.find)
    at_section = [i - 1 for i in find_all(text, "ection", 1)] if sections else []
    at_title = [i - 1 for i in find_all(text, "itle", 1)] if sections else []
    for rx, at in ((SECTION_OF_TITLE, at_section), (TITLE_SECTION, at_title)) if sections else ():
        for m in matches_at(rx, text, at):
            out.append(_m(m, "statute", ids.usc(m.group("title"), m.group("sec")), confidence=0.97))
            plural = (m.groupdict().get("sign") or "").lower() in ("§§", "sections")
            e = m.end()
            while plural and (more := LIST_AFTER.match(text[e : e + 40])):
                ms, me = e + more.start("sec"), e + more.end()
                auth = ids.usc(m.group("title"), more.group("sec"))
                out.append(
                    Mention(
                        ms, me, text[ms:me], "statute", auth, confidence=0.95, matcher="citations"
                    )
                )
                e = me
    for rx, at in (
        ((SECTION_COMMA_TITLE, at_section), (TITLE_COMMA_SECTION, at_title)) if sections else ()
    ):
        for m in matches_at(rx, text, at):
            if NOT_USC_AFTER.match(text, m.end()):
                continue  # "title 14, section 91.3 of the Code of Federal Regulations"
            sec = m.group("sec").replace("–", "-")
            out.append(_m(m, "statute", ids.usc(m.group("title"), sec), confidence=0.9))
    for m in _publ_matches(text):
        out.append(
            _m(m, "statute", ids.publ(m.group("congress"), m.group("number")), confidence=0.98)
        )
    for m in STAT.finditer(text) if words.has("Stat.") else ():
        out.append(_m(m, "statute", ids.stat(m.group("vol"), m.group("page")), confidence=0.95))
    const_at = _const_words(text)  # (it finds "onst"/"ONST" first: none, nothing tried)
    const_windows = merged_windows(((a, a) for a in const_at), 12, 60, len(text))
    for m in (m for ws, we in const_windows for m in CONST.finditer(text, ws, we)):
        num = m.group("num")
        n = int(num) if num.isdigit() else ids.roman_to_int(num)
        if not n:
            continue
        sec = int(m.group("sec")) if m.group("sec") else None
        amend = m.group("which").lower() == "amend"
        auth = ids.amendment(n, sec) if amend else ids.article(n, sec)
        out.append(_m(m, "constitution", auth, confidence=0.99))
    # (every match starts where "art. I…" does: tried only there, not after every letter)
    for m in matches_at(BARE_ART, text, [a.start() for a in _ART_WORD.finditer(text)]):
        n = ids.roman_to_int(m.group("num"))
        if n and n <= 7:
            sec = int(m.group("sec")) if m.group("sec") else None
            out.append(_m(m, "constitution", ids.article(n, sec), confidence=0.75))
    for m in ILCS.finditer(text) if words.has("ILCS") else ():
        path = f"{m.group('ch')}-{m.group('act')}-{m.group('sec')}".replace("/", "-").lower()
        out.append(_m(m, "statute", f"state:il:ilcs:{path}", confidence=0.95))
    return out


_QUICK = re.compile(r"[0-9](?:\s+|-)[A-Z]")


_OTHER_CODE = re.compile(r"C\.?F\.?R\.?|Code\s+§|Stat\.\s*§|ILCS")


def _short_sections(text: str, full: list[Mention], words: _Words | None = None) -> list[Mention]:
    """'§ 1512(c)' after '18 U.S.C. § 1512(c)(2)': the title of the last full U.S. Code cite.

    Only when that cite is the last code citation before it (no C.F.R. or state code in
    between, which would own a bare section sign) and not far away.
    """
    words = words or _Words(text)
    if not words.has("§"):
        return []
    usc_cites = sorted(
        (m for m in full if m.authority and m.authority.startswith("usc:")), key=lambda m: m.start
    )
    other = [m.start() for m in _OTHER_CODE.finditer(text)]
    out: list[Mention] = []
    # every match starts at its section sign: tried only there (the pattern opens on a
    # look-behind, which the regex engine cannot skip ahead to)
    for m in matches_at(SHORT_SECTION, text, words.places("§")):
        if any(c.start <= m.start() < c.end for c in full):
            continue
        before = [c for c in usc_cites if c.end <= m.start() and m.start() - c.end <= 3000]
        if not before:
            continue
        last = before[-1]
        if any(last.end <= o < m.start() for o in other):
            continue
        title = last.authority.split(":")[1] if last.authority else ""
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "statute",
                ids.usc(title, m.group("sec")),
                confidence=0.8,
                evidence=f"short form after {last.text}",
                matcher="citations",
            )
        )
    return out


def _marker_positions(text: str, words: _Words | None = None) -> set[int]:
    """Where "§", "Id."/"id.", "supra" or "Ibid" stand as words: found with ``str.find`` (or
    read from the Doc's walk), many times faster than a regex opening on a word boundary."""
    words = words or _Words(text)
    out: set[int] = set(words.places("§"))
    for word in ("Id.", "id.", "supra", "Ibid"):
        for i in words.places(word) if word in ("supra", "Ibid") else find_all(text, word):
            # a word of its own (the full stop of "Id." ends it whatever follows)
            j = i + len(word) if word[-1] != "." else len(text)
            if whole_word(text, i, j):
                out.add(i)
    return out


def _sentences_of_hits(
    text: str, hits: list[tuple[int, int, re.Match[str]]]
) -> list[tuple[int, int]]:
    """The sentences that hold a possible citation (``hits``: each prefilter hit with its
    line): eyecite costs about a millisecond a kilobyte, and a citation with its case name
    stands in one sentence ("… Gonzalez v. Google LLC, 143 S. Ct. 1191 (2023) …"; "Id." is a
    hit itself)."""
    spans = sentences(text)
    starts = [a for a, _ in spans]
    out: list[tuple[int, int]] = []
    for s, e, hit in hits:  # each in its line [s, e)
        i = max(0, bisect_right(starts, hit.start()) - 1)
        a, b = max(s, spans[i][0]), min(e, spans[i][1])
        j = i
        while b < hit.end() and j + 1 < len(spans):  # a hit across a sentence end
            j += 1
            b = min(e, spans[j][1])
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _regions(text: str, words: _Words | None = None) -> list[tuple[int, int]]:
    """Paragraph (line) spans that contain a possible citation start: a marker, or a number
    before a capital that the full prefilter confirms right there (every prefilter match of
    a number holds such a place: "143 S. Ct. 1191", "2017-Ohio-1234")."""
    marks = _marker_positions(text, words)
    quick = [m.start() for m in _QUICK.finditer(text)]
    if not marks and not quick:
        return []  # most articles: not one number before a capital, no section sign
    spans: list[tuple[int, int]] = []
    for pos in sorted(set(marks) | set(quick)):
        if spans and pos < spans[-1][1]:
            continue  # this line is in already
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if pos in marks or PREFILTER.search(text, max(start, pos - 12), min(end, pos + 40)):
            spans.append((start, end))
    return spans


@lru_cache(maxsize=512)
def _state_slug(key: str, reporter: str) -> tuple[str, str] | None:
    """(postal, code slug) of a state code citation: the state from reporters-db's entry
    ``key`` (eyecite's corrected reporter, e.g. "Cal. Code"), the slug from the code as
    printed ("Cal. Penal Code" → "penal-code")."""
    try:
        from reporters_db import LAWS
    except ImportError:  # pragma: no cover - reporters_db comes with eyecite
        return None
    entries = LAWS.get(key) or next(
        (v for k, v in LAWS.items() if any(reporter in e.get("variations", []) for e in v)), None
    )
    if not entries:
        return None
    st = courts.state_by_name().get(str(entries[0].get("jurisdiction", "")).lower())
    if st is None:
        return None
    words = re.sub(r"[^A-Za-z0-9 ]", " ", reporter).lower().split()
    # Drop the state's own abbreviation at the front ("Cal.", "Tex.", "N.Y.").
    slug_words = words[1:] if len(words) > 1 else words
    if (
        reporter.startswith(("N.", "S.", "W.", "R."))
        and len(slug_words) > 1
        and len(slug_words[0]) == 1
    ):
        slug_words = slug_words[1:]
    return st.postal.lower(), code_slug(" ".join(slug_words))


def _case_name(c: FullCaseCitation) -> str | None:
    md = c.metadata
    if md.plaintiff and md.defendant:
        return f"{md.plaintiff} v. {md.defendant}"
    return None


_OWN_FORMS = ("usc:", "publ:", "stat:")


def _only_own_forms(
    text: str,
    found: Iterable[tuple[int, int]] | None = None,
    hits: list[re.Match[str]] | None = None,
    words: _Words | None = None,
) -> bool:
    """Whether every place the prefilter marks lies inside a U.S. Code, public law or Statutes
    at Large citation our own patterns read: eyecite's finds there are all dropped below, so
    eyecite need not even be imported ("10 U.S.C. § 252" alone). ``found``: the spans of
    those the statute pass made, short forms among them ("§1512(c)" after "18 U.S.C. §
    1512": a bare section sign is no citation eyecite reads alone); else found here."""
    if found is None:
        words = words or _Words(text)
        found = [m.span() for m in _usc_matches(text, words)]
        found += [m.span() for m in _publ_matches(text)]
        found += [m.span() for m in (STAT.finditer(text) if words.has("Stat.") else ())]
    own = sorted(found)
    if not own:
        return False
    starts = [s for s, _ in own]
    reach = list(accumulate((e for _, e in own), max))  # furthest end among spans so far
    for hit in PREFILTER.finditer(text) if hits is None else hits:
        i = bisect_right(starts, hit.start()) - 1
        if i < 0 or hit.end() > reach[i]:
            return False
    return True


def find_eyecite(
    text: str, own: Iterable[tuple[int, int]] | None = None, words: _Words | None = None
) -> list[Mention]:
    """Cases and other reporters through eyecite, on prefiltered paragraphs only."""
    words = words or _Words(text)
    regions = _regions(text, words)
    if not regions:
        return []
    # the prefilter's places, looked for in those lines only (every one lies in such a line)
    hits = [(s, e, h) for s, e in regions for h in PREFILTER.finditer(text, s, e)]
    if _only_own_forms(text, own, [h for _, _, h in hits], words):
        return []
    regions = _sentences_of_hits(text, hits)
    if not regions:
        return []
    from eyecite import get_citations, resolve_citations
    from eyecite.models import (
        CaseCitation,
        FullCaseCitation,
        FullLawCitation,
        IdCitation,
        ShortCaseCitation,
        SupraCitation,
    )

    # Run eyecite once over the joined regions so that Id./supra/short forms still find
    # their antecedents across paragraphs; map offsets back through the region table.
    parts: list[str] = []
    table: list[tuple[int, int]] = []  # (offset in joined, offset in text)
    joined_len = 0
    for s, e in regions:
        table.append((joined_len, s))
        parts.append(text[s:e])
        joined_len += e - s
        parts.append("\n")
        joined_len += 1
    joined = "".join(parts)

    def back(pos: int) -> int:
        base_j, base_t = table[0]
        for j, t in table:
            if j <= pos:
                base_j, base_t = j, t
            else:
                break
        return base_t + (pos - base_j)

    cites = get_citations(joined)
    out: list[Mention] = []
    try:
        resolutions = resolve_citations(cites)
    except Exception:  # eyecite can trip on odd overlaps; keep the full citations then
        resolutions = {}
    antecedent: dict[int, FullCaseCitation] = {}
    for resource, members in resolutions.items():
        full = getattr(resource, "citation", None)
        if isinstance(full, FullCaseCitation):
            for member in members:
                antecedent[id(member)] = full

    for c in cites:
        if isinstance(c, FullCaseCitation):
            g = c.groups
            if not (g.get("volume") and g.get("reporter") and g.get("page")):
                continue
            fs, fe = c.full_span()
            s, e = back(fs), back(fe)
            auth = ids.cite(g["volume"], c.corrected_reporter() or g["reporter"], g["page"])
            out.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    "case",
                    auth,
                    name=_case_name(c),
                    confidence=0.99,
                    matcher="citations",
                )
            )
        elif isinstance(c, ShortCaseCitation | IdCitation | SupraCitation):
            full = antecedent.get(id(c))
            if full is None:
                continue
            g = full.groups
            if not (g.get("volume") and g.get("page")):
                continue
            span = c.full_span() if isinstance(c, CaseCitation) else c.span()
            s, e = back(span[0]), back(span[1])
            auth = ids.cite(g["volume"], full.corrected_reporter() or g["reporter"], g["page"])
            out.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    "case",
                    auth,
                    name=_case_name(full),
                    confidence=0.9,
                    matcher="citations",
                )
            )
        elif isinstance(c, FullLawCitation):
            g = c.groups
            reporter = g.get("reporter", "")
            s, e = back(c.span()[0]), back(c.span()[1])
            if reporter == "C.F.R." and g.get("chapter") and g.get("section"):
                out.append(
                    Mention(
                        s,
                        e,
                        text[s:e],
                        "regulation",
                        ids.cfr(g["chapter"], g["section"]),
                        confidence=0.98,
                        matcher="citations",
                    )
                )
            elif reporter in ("U.S.C.", "Pub. L.", "Stat."):
                continue  # our own patterns read these more completely
            elif g.get("section"):
                printed = re.split(r"§|\bsec(?:tion|\.)", c.matched_text())[0].strip(" ,")
                st = _state_slug(c.corrected_reporter() or reporter, printed or reporter)
                if st:
                    sec = re.sub(r"[^0-9a-z.\-]", "-", g["section"].lower()).strip("-")
                    out.append(
                        Mention(
                            s,
                            e,
                            text[s:e],
                            "statute",
                            f"state:{st[0]}:{st[1]}:{sec}",
                            confidence=0.9,
                            matcher="citations",
                        )
                    )
    return out


# A state's code eyecite does not read: "California Penal Code Section 187", "Conn. Gen. Stat.
# § 46b-137", "Texas Health and Safety Code § 171.204", "Florida Statutes section 776.012".
_CODE_WORD = r"(?:[A-Z][A-Za-z'’]*\.?|and|&|of)"
_CODE_END = (
    r"(?:Code(?:\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})?(?:\s+Ann\.?)?"
    r"|Stat(?:s|utes)?\.?(?:\s+Ann\.?)?|Laws?(?:\s+Ann\.?)?)"
)
_STATE_SEC = r"\d+[A-Za-z]{0,3}(?:[-–.:]\d+[A-Za-z]{0,3}){0,3}"
# Full words of a code's name, as eyecite's abbreviations spell them in an id's slug.
_SLUG_WORDS = {
    "general": "gen",
    "statutes": "stat",
    "statute": "stat",
    "stats": "stat",
    "revised": "rev",
    "compiled": "comp",
    "consolidated": "cons",
    "civil": "civ",
    "criminal": "crim",
    "procedure": "proc",
    "government": "gov t",
}
_SLUG_DROP = {"and", "of", "the", "ann", "annotated"}


# Bluebook abbreviations of states AP style spells out, so courts.py does not list them.
BLUEBOOK_STATES = {
    "Tex.": "TX",
    "Or.": "OR",
    "Haw.": "HI",
    "Me.": "ME",
    "W. Va.": "WV",
    "D.C.": "DC",
}


def _state_postal(name: str) -> str | None:
    if name in BLUEBOOK_STATES:
        return BLUEBOOK_STATES[name].lower()
    st = courts.state_by_name().get(name.lower())
    return st.postal.lower() if st else None


def _has_section_mark(text: str, ws: int, we: int) -> bool:
    return any(text.find(w, ws, we) >= 0 for w in ("§", "ection", "ec.", "ecs."))


@lru_cache(maxsize=1)
def _state_code_re() -> re.Pattern[str]:
    names = sorted(
        {s.name for s in courts.states().values()}
        | set(courts.STATE_ABBREVIATIONS)
        | set(BLUEBOOK_STATES),
        key=len,
        reverse=True,
    )
    alt = trie_regex(names)  # factored prefixes: a failing position costs one character
    code = rf"(?:{_CODE_WORD}\s+){{0,4}}?{_CODE_END}"
    return re.compile(
        rf"(?<![\w.])(?P<state>{alt})(?:['’]s)?\s+(?P<code>{code})\s*,?\s*"
        rf"(?:§§?|[Ss]ec(?:tion|s?\.)|[Ss]ection)\s*(?P<sec>{_STATE_SEC})(?P<sub>{_SUB})"
        # "Section 187 of the California Penal Code"
        rf"|\b[Ss]ection\s+(?P<sec2>{_STATE_SEC})(?P<sub2>{_SUB})\s+of\s+(?:the\s+)?"
        rf"(?P<state2>{alt})(?:['’]s)?\s+(?P<code2>{code})(?![\w'’])"
    )


def code_slug(printed: str) -> str:
    """A state code's slug from its name as printed: "Penal Code" → "penal-code", "General
    Statutes" and "Gen. Stat." → "gen-stat", "Health and Safety Code" → "health-safety-code"."""
    words = re.sub(r"[^A-Za-z0-9 ]", " ", printed).lower().split()
    out: list[str] = []
    for w in words:
        if w not in _SLUG_DROP:
            out.extend(_SLUG_WORDS.get(w, w).split())
    return "-".join(out)


def state_section(section: str) -> str:
    return re.sub(r"[^0-9a-z.\-]", "-", section.lower().replace("–", "-")).strip("-")


def find_state_codes(text: str, words: _Words | None = None) -> list[Mention]:
    # every citation holds its code's last word ("Code", "Stat", "Laws"): run only near one
    at = sorted(i for w in ("Code", "Stat", "Law") for i in find_all(text, w))
    if not at:
        return []
    if not (words or _Words(text)).has("§") and "ection" not in text and "ec." not in text:
        return []  # every state code citation has a section sign or word
    out: list[Mention] = []
    windows = merged_windows(((i, i + 4) for i in at), 120, 90, len(text))
    # and only windows that hold a section sign or word ("§", "Section", "Sec.", "Secs."),
    # which every match holds too
    windows = [(ws, we) for ws, we in windows if _has_section_mark(text, ws, we)]
    for m in (m for ws, we in windows for m in _state_code_re().finditer(text, ws, we)):
        postal = _state_postal(m.group("state") or m.group("state2"))
        slug = code_slug(m.group("code") or m.group("code2"))
        if postal is None or not slug:
            continue
        auth = f"state:{postal}:{slug}:{state_section(m.group('sec') or m.group('sec2'))}"
        out.append(_m(m, "statute", auth, confidence=0.9))
    return out


# "Id." where a citation can stand: after a sentence or clause ends, "See", a parenthesis, or a
# line's start (never "the Freudian id.").
ID_CITE = re.compile(
    r"(?:(?<=[.;:]\s)|(?<=[Ss]ee\s)|(?<=\()|(?<=\n)|^)[Ii]d\."
    rf"(?:,?\s*(?P<sign>§)\s*(?P<sec>{_ONE})(?P<sub>{_SUB}))?"
)


def _id_after_law(text: str, found: list[Mention]) -> list[Mention]:
    """'Id.' right after a statute or C.F.R. citation is that law again; 'Id. § 1002' is
    another section of the same title. After a case, eyecite has it already."""
    has_id = "Id." in text or any(
        i == 0 or not text[i - 1].isalpha() for i in find_all(text, "id.")
    )
    hits = list(ID_CITE.finditer(text)) if has_id else []
    if not hits:
        return []
    from .regulations import CFR as CFR_CITE  # the C.F.R. forms news prints

    cites = [(m.start, m.end, m.kind, m.authority) for m in found if m.authority]
    cites += [
        (c.start(), c.end(), "regulation", ids.cfr(c.group("title"), part))
        for c in CFR_CITE.finditer(text)
        if (part := c.group("part") or c.group("sec"))
    ]
    cites.sort()
    out: list[Mention] = []
    for m in hits:
        before = [c for c in cites if c[1] <= m.start()]
        if not before or m.start() - before[-1][1] > 600:
            continue
        _, _, kind, auth = before[-1]
        if kind == "case" or auth is None:
            continue
        if m.group("sec"):
            prefix = auth.split(":")
            if prefix[0] == "usc":
                auth = ids.usc(prefix[1], m.group("sec"))
            elif prefix[0] == "cfr":
                auth = ids.cfr(prefix[1], m.group("sec"))
            else:
                continue
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                kind,
                auth,
                confidence=0.85,
                evidence="Id. after " + auth,
                matcher="citations",
            )
        )
        cites.append((m.start(), m.end(), kind, auth))
        cites.sort()
    return out


def find(doc: Doc) -> list[Mention]:
    words = _Words(doc.text, doc)
    statutes = find_statutes(doc.text, words)
    own = [(m.start, m.end) for m in statutes if (m.authority or "").startswith(_OWN_FORMS)]
    found = statutes + find_state_codes(doc.text, words) + find_eyecite(doc.text, own, words)
    return found + _id_after_law(doc.text, found)


PASS = Pass(
    name="citations",
    emits=("statute", "case", "constitution", "regulation"),
    anchors=(CITE_WORDS,),
    run=find,
)
