"""The statute citations news prints, read by our own patterns (eyecite misses them or reads
them less completely): the U.S. Code in every form reporters write it (``10 U.S.C. 252``,
``§§ 251–255``, "section 1983 of title 42", a short ``§ 1512(c)`` after a full cite), public
laws, the Statutes at Large, the Constitution's abbreviations and Illinois's ILCS. Part of the
``citations`` pass (``citations.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import ids
from ..models import Mention
from .doc import Anchor, Doc, merged_windows
from .lazyre import deferred
from .stateslugs import code_id
from .trie import find_all, matches_at

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
# (twenty-eighth session) a state's code after "Section 6106 of Title 18": "of the
# Pennsylvania Consolidated Statutes", "of Pennsylvania's Consolidated Statutes", ", Idaho
# Code" — that state's title, never the U.S. Code's (no state code is read from it here)
STATE_CODE_AFTER = deferred(
    r"(?:,\s*|\s+of\s+)(?:the\s+)?(?!United\b|U\.)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:['’]s)?\s+"
    r"(?:(?:Consolidated|Revised|General|Compiled|Annotated)\s+)?(?:Code|Statutes|Laws)\b"
)
SECTION_OF_TITLE = re.compile(
    rf"\b[Ss]ection\s+(?P<sec>\d+[A-Za-z]{{0,4}})(?P<sub>{_SUB})\s+of\s+[Tt]itle\s+(?P<title>\d{{1,2}})"
    r"(?:\s+of\s+the\s+(?:U\.S\.|United\s+States)\s+Code)?\b"
)
# (twenty-fifth session, census31 P5) "chapter 17 of title 38 of the U.S. Code", "chapter 5
# of title 49, United States Code": a chapter of the Code, named by its title and number (its
# section range is in no table yet: a name only, never a guessed section)
CHAPTER_OF_TITLE = re.compile(
    r"\b[Cc]hapter\s+(?P<ch>\d{1,3}[A-Z]?)\s+of\s+[Tt]itle\s+(?P<title>\d{1,2})"
    r"(?:\s+of\s+the|,)\s+(?:U\.\s?S\.|United\s+States)\s+Code\b"
)
# "Sections 1981 and 1982 of Title 42", "sections 1324, 1325 and 1326 of title 8": one mention
# a section (the first with "Sections", the last with "of Title 42")
SECTIONS_OF_TITLE = re.compile(
    rf"\b[Ss]ections\s+(?P<list>{_ONE}{_SUB}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    rf"{_ONE}{_SUB})+)\s+of\s+[Tt]itle\s+(?P<title>\d{{1,2}})"
    r"(?:\s+of\s+the\s+(?:U\.S\.|United\s+States)\s+Code)?\b"
)
_LIST_SECTION = deferred(rf"(?P<sec>{_ONE}){_SUB}")
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
# "720 ILCS 5/12-3" (chapter, act, section); an act cited whole has no section: "740 ILCS 14"
# (the Biometric Information Privacy Act) → ``state:il:ilcs:740-14``; a one-character section
# ("740 ILCS 14/1") is a section too, and "14/1, et seq." (the act's first section onward) is
# the whole act
ILCS = re.compile(
    r"\b(?P<ch>\d+)\s+ILCS\s+(?P<act>\d+)"
    r"(?:/(?P<sec>[\w.-]*\w)(?P<seq>,?\s+et\s+seq\.)?|(?![\w/]))"
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
# (and the state codes cited by their initials, ``statecodes.CODE_INITIALS``)
_CODE_INITIALS = (
    *("O.C.G.A.", "OCGA", "KRS", "RCW", "ORS", "MCL", "A.R.S.", "NRS", "C.R.S."),
    *("T.C.A.", "K.S.A.", "SDCL", "N.D.C.C.", "NDCC", "HRS", "C.G.S.", "RSMo"),
)
CITE_WORDS = Anchor(
    "cite_word",
    (*_USC_LOWER_FORMS, "§", "supra", "Ibid", "Stat.", "ILCS", *_CODE_INITIALS, "N.J.S.A."),
    0,
    0,
)


class _Words:
    """Where the words of ``CITE_WORDS`` stand in ``text``: read from the Doc's anchor hits
    when there is an index, else found with ``str.find`` (the same places)."""

    def __init__(self, text: str, doc: Doc | None = None) -> None:
        self.text = text
        self.doc = doc
        self.at: dict[str, list[int]] | None = None
        self._found: dict[str, list[int]] = {}
        if doc is not None and doc.index is not None and CITE_WORDS.name in doc.index.anchors:
            at: dict[str, list[int]] = {}
            for s, e in doc.hits(CITE_WORDS.name):
                at.setdefault(text[s:e], []).append(s)
            self.at = at

    def has(self, word: str) -> bool:
        return word in self.text if self.at is None else word in self.at

    def found(self, word: str) -> list[int]:
        """Every place of a word the walk does not look for (``find_all``), found once for
        all the citation forms that ask ("Id.", "id.": eyecite's markers and an "Id." after
        a law)."""
        done = self._found.get(word)
        if done is None:
            doc = self.doc
            done = self._found[word] = (
                find_all(self.text, word) if doc is None else doc.places(word)
            )
        return done

    def holds(self, word: str) -> bool:
        """``word in text`` (read from the Doc's walk where it looks for the word)."""
        return word in self.text if self.doc is None else self.doc.holds(word)

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


def _const_words(text: str, words: _Words | None = None) -> list[int]:
    """Where ``_CONST_WORD`` matches: tried at each "onst"/"ONST" found with ``str.find`` or
    read from the Doc's walk (a pattern opening on [Cc] is tried at every C of the text)."""
    found = words.found if words is not None else (lambda part: find_all(text, part))
    at = sorted(i - 1 for part in ("onst", "ONST") for i in found(part) if i >= 1)
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
    # "Section 5 of Title 8"
    sections = words.holds("itle") and (words.holds("ection") or words.has("§"))
    # these patterns open on a word boundary, which the regex engine cannot skip ahead to:
    # they are tried only at each "[Ss]ection" or "[Tt]itle", where each of their matches
    # starts (found with str.find)
    at_section = [i - 1 for i in words.found("ection") if i >= 1] if sections else []
    at_title = [i - 1 for i in words.found("itle") if i >= 1] if sections else []
    for rx, at in ((SECTION_OF_TITLE, at_section), (TITLE_SECTION, at_title)) if sections else ():
        for m in matches_at(rx, text, at):
            if rx is SECTION_OF_TITLE and STATE_CODE_AFTER.match(text, m.end()):
                continue  # "Section 6106 of Title 18 of the Pennsylvania Consolidated Statutes"
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
    for m in matches_at(SECTIONS_OF_TITLE, text, at_section):
        if STATE_CODE_AFTER.match(text, m.end()):
            continue  # (as above: a state's title)
        parts = list(_LIST_SECTION.finditer(text, m.start("list"), m.end("list")))
        for i, p in enumerate(parts):
            ps = m.start() if i == 0 else p.start()
            pe = m.end() if i == len(parts) - 1 else p.end()
            auth = ids.usc(m.group("title"), p.group("sec"))
            out.append(
                Mention(ps, pe, text[ps:pe], "statute", auth, confidence=0.95, matcher="citations")
            )
    for rx, at in (
        ((SECTION_COMMA_TITLE, at_section), (TITLE_COMMA_SECTION, at_title)) if sections else ()
    ):
        for m in matches_at(rx, text, at):
            if NOT_USC_AFTER.match(text, m.end()):
                continue  # "title 14, section 91.3 of the Code of Federal Regulations"
            sec = m.group("sec").replace("–", "-")
            out.append(_m(m, "statute", ids.usc(m.group("title"), sec), confidence=0.9))
    for m in CHAPTER_OF_TITLE.finditer(text) if words.holds("hapter") else ():
        title, ch = str(int(m.group("title"))), m.group("ch")
        out.append(
            _m(
                m,
                "statute",
                None,
                name=f"{title} U.S.C. chapter {ch}",
                confidence=0.9,
                url=f"https://www.law.cornell.edu/uscode/text/{title}/chapter-{ch}",
                evidence=f"chapter {ch} of title {title} of the U.S. Code",
            )
        )
    for m in _publ_matches(text):
        out.append(
            _m(m, "statute", ids.publ(m.group("congress"), m.group("number")), confidence=0.98)
        )
    for m in STAT.finditer(text) if words.has("Stat.") else ():
        out.append(_m(m, "statute", ids.stat(m.group("vol"), m.group("page")), confidence=0.95))
    const_at = _const_words(text, words)  # (it finds "onst"/"ONST" first: none, nothing tried)
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
    # (every match holds "art.": the text is searched only when the walk found one)
    art_at = [a.start() for a in _ART_WORD.finditer(text)] if words.holds("art.") else []
    for m in matches_at(BARE_ART, text, art_at):
        n = ids.roman_to_int(m.group("num"))
        if n and n <= 7:
            sec = int(m.group("sec")) if m.group("sec") else None
            out.append(_m(m, "constitution", ids.article(n, sec), confidence=0.75))
    for m in ILCS.finditer(text) if words.has("ILCS") else ():
        sec = f"-{m.group('sec')}" if m.group("sec") and not m.group("seq") else ""
        path = f"{m.group('ch')}-{m.group('act')}{sec}".replace("/", "-").lower()
        out.append(_m(m, "statute", code_id("il", "ilcs", path), confidence=0.95))
    return out


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
            Mention.statute_at(
                m,
                ids.usc(title, m.group("sec")),
                confidence=0.8,
                evidence=f"short form after {last.text}",
                matcher="citations",
            )
        )
    return out
