"""eyecite's finds for the ``citations`` pass: cases (full and short forms, ``Id.``,
``supra``), the C.F.R. and the state codes eyecite reads. A cheap prefilter hands eyecite only
the sentences where a citation can start, which keeps the whole scanner faster than eyecite
alone on news text; when every place it marks lies in a U.S. Code, public law or Statutes at
Large citation our own patterns read (``uscites.py``), eyecite is not even imported.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING, Any

from .. import courts, ids
from ..models import Mention
from .lazyre import deferred
from .sentences import NUMBER_BEFORE_CAPITAL, marks, sentences
from .stateslugs import canonical_slug, code_id
from .trie import whole_word
from .uscites import STAT, _publ_matches, _usc_matches, _Words

if TYPE_CHECKING:  # eyecite is imported only when the prefilter finds a possible citation
    from eyecite.models import FullCaseCitation, ShortCaseCitation
    from eyecite.tokenizers import Tokenizer


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


_QUICK = NUMBER_BEFORE_CAPITAL  # its places come from ``sentences.marks``


def _marker_positions(text: str, words: _Words | None = None) -> set[int]:
    """Where "§", "Id."/"id.", "supra" or "Ibid" stand as words: found with ``str.find`` (or
    read from the Doc's walk), many times faster than a regex opening on a word boundary."""
    words = words or _Words(text)
    out: set[int] = set(words.places("§"))
    for word in ("Id.", "id.", "supra", "Ibid"):
        for i in words.places(word) if word in ("supra", "Ibid") else words.found(word):
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
    markers = _marker_positions(text, words)
    quick = marks(text).numbers_before_capitals  # (found with the sentence ends)
    if not markers and not quick:
        return []  # most articles: not one number before a capital, no section sign
    spans: list[tuple[int, int]] = []
    for pos in sorted(markers | set(quick)):
        if spans and pos < spans[-1][1]:
            continue  # this line is in already
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if pos in markers or PREFILTER.search(text, max(start, pos - 12), min(end, pos + 40)):
            spans.append((start, end))
    return spans


@lru_cache(maxsize=512)
def _state_slug(key: str, reporter: str) -> tuple[str, str] | None:
    """(postal, code slug) of a state code citation: the state from reporters-db's entry
    ``key`` (eyecite's corrected reporter, e.g. "Cal. Code"), the slug from the code as
    printed, as ``stateslugs.canonical_slug`` gives it ("Cal. Penal Code" → "pen")."""
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
    postal = st.postal.lower()
    return postal, canonical_slug(postal, " ".join(slug_words))


_CAPTION_BEFORE = deferred(r"^\s*(\S.*?)\s+v\.?\s+(\S.*?)[\s,]*$", re.DOTALL)


def _name_before(text: str, start: int, cite: int) -> str | None:
    """The "X v. Y" printed between a sentence's start and its citation, if any."""
    m = _CAPTION_BEFORE.match(text[start:cite])
    return f"{m.group(1)} v. {m.group(2)}" if m else None


# A wire's parenthetical names the suit before its docket and database cite, which eyecite
# reads without a name: "(Alpha Tech Pet Inc., et al. v. LaGasse, LLC, et al., No. 16-513,
# N.D. Ill., 2017 U.S. Dist. LEXIS 182499)".
_IN_RE_BEFORE = deferred(r"\bIn re\s+(?P<p>[A-Z][\w.,'’& -]{0,100}?(?:Inc|Co|Corp|LLC)\.)\s+$")
_PAREN_CAPTION = deferred(
    r"\((?P<p>[A-Z][^()]{0,80}?)(?:,?\s+et\s+al\.?)?,?\s+v\.?\s+"
    r"(?P<d>[A-Z][^()]{0,80}?)(?:,?\s+et\s+al\.?)?,\s*$"
)


def _caption_in_parens(text: str, s: int, seam: int) -> tuple[int, str | None]:
    """(start, name) of a caption opening the parenthesis a nameless citation stands in, or
    of an "In re" caption eyecite cut at a corporate suffix ("In re FedEx Ground Package
    Sys., Inc. Employment Practices Litig., No. 3:05-CV-595, 2017 WL 632119")."""
    # (the sentence seam may fall after "Inc.", which is why eyecite lost the name)
    in_re = (
        _IN_RE_BEFORE.search(text, max(0, s - 120), s)
        if "In re " in text[max(0, s - 120) : s]
        else None
    )
    if in_re is not None:
        comma = text.find(",", s)
        if comma > s:
            return in_re.start(), "In re " + text[in_re.start("p") : comma]
    open_at = text.rfind("(", max(seam, s - 200), s)
    m = _PAREN_CAPTION.match(text, open_at, s) if open_at >= 0 else None
    if m is None:
        return s, None
    return m.start("p"), f"{m.group('p')} v. {m.group('d')}"


# what stands between two citations of a string: ", and", "; see also", "; cf.", ", accord"
_CONNECTOR = deferred(
    r"[\s,;.]*(?:(?:and|or|see|also|but|cf\.|accord|compare|with|e\.g\.,?)[\s,]+)*"
)


# the words a party's name is made of: capitalised words, initials, "&", and the small words
# names keep ("Board of Education of the City of New York", "ex rel.", "et al.")
_NAME_WORD = deferred(
    r"(?:[A-Z0-9][\w.'’-]*|&|of|the|and|for|de|la|del|ex|rel\.|et|al\.|on|in|re|d/b/a),?"
)
_V_SEP = deferred(r"\s+vs?\.?\s+")


def _string_name(text: str, a: int, b: int) -> tuple[int, str] | None:
    """(start, "X v. Y") of the caption that follows a citation at ``a`` and whose own
    citation opens at ``b``, past the connecting words ("and", "see also"); None unless the
    stretch is just a caption (no prose: "which was later applied in …" is none)."""
    m = _CONNECTOR.match(text, a, b) if a < b else None
    if m is None:
        return None
    a = m.end()
    seg = text[a:b]
    v = _V_SEP.search(seg)
    if v is None or not seg[:1].isupper():
        return None
    plaintiff, defendant = seg[: v.start()], seg[v.end() :].rstrip(" ,")
    words = (plaintiff + " " + defendant).split()
    if not defendant or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    return a, f"{plaintiff} v. {defendant}"


def _case_name(c: FullCaseCitation) -> str | None:
    md = c.metadata
    if md.plaintiff and md.defendant:
        return f"{md.plaintiff} v. {md.defendant}"
    return None


# What eyecite leaves before the name it reads: the relator's state ("State ex rel. Woods v.
# Block, 942 P.2d 428", "Indiana ex rel. Carter v. Pastrick, 384 F.Supp.2d 1261"), "In re"
# and "Ex parte" ("Ex parte Weaver, 570 So.2d 675"), or the head of a word it began inside
# ("State ex rel. Merrill v. …,130 Ohio St. 3d 30" read from "rill").
_PREFIX_BEFORE = deferred(r"(?:(?:[A-Z][a-z]+\s+){1,2}ex\s+rel\.\s+|In\s+re:?\s+|Ex\s+parte\s+)$")
_WORD_HEAD = deferred(r"[A-Za-z]+$")


def _with_prefix(text: str, s: int, floor: int, name: str | None) -> tuple[int, str | None]:
    """(start, name) of a citation's caption with the words eyecite left before it: the
    rest of a word it began inside, then a relator ("State ex rel."), "In re" or "Ex parte"
    on the same line, no further back than ``floor`` (its sentence's seam)."""
    if s > floor and text[s - 1].isalpha() and text[s].isalpha():
        head = _WORD_HEAD.search(text, floor, s)
        if head is not None:
            s = head.start()
    if name is not None and "\n" in name:
        name = name[name.rfind("\n") + 1 :]  # (eyecite's name read across a line)
    before = text[floor:s]
    if "rel." not in before and " re" not in before and "parte" not in before:
        return s, name
    m = _PREFIX_BEFORE.search(before)
    if m is None or "\n" in m.group(0):
        return s, name
    prefix = " ".join(m.group(0).split())
    if name is None:
        comma = text.find(",", s)
        name = text[s:comma] if comma > s else None
    if name is not None and not name.startswith(prefix):
        name = f"{prefix} {name}"
    return floor + m.start(), name


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


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    """eyecite's own tokenizer, but for how it picks the extractors to run on a text: eyecite
    puts them in a set, and an extractor hashes its ``repr`` (its pattern and more), which
    cost about 230 µs of a 720 µs call on two sentences. Here each extractor found by
    eyecite's own filters is hashed once a process (equal ones still count once, as in the
    set), and the chosen ones are run in the order of eyecite's list of extractors (the set's
    order changes from one process to the next with the hash seed)."""
    import re as _re

    from eyecite.tokenizers import EXTRACTORS, AhocorasickTokenizer, default_tokenizer

    if not isinstance(default_tokenizer, AhocorasickTokenizer):  # pragma: no cover
        return default_tokenizer
    place = {id(e): i for i, e in enumerate(EXTRACTORS)}
    canonical: dict[int, int] = {}  # an extractor's id -> the place of the first equal one
    first_equal: dict[object, int] = {}
    spaces = _re.compile(r"\s+")  # what eyecite strips before its filters (``_strip_ws``)

    class _Tokenizer(AhocorasickTokenizer):
        def __post_init__(self) -> None:  # the filters are the default tokenizer's
            self.unfiltered_extractors = default_tokenizer.unfiltered_extractors
            self.case_sensitive_filter = default_tokenizer.case_sensitive_filter
            self.case_insensitive_filter = default_tokenizer.case_insensitive_filter

        def get_extractors(self, text: str) -> list[Any]:  # type: ignore[override]
            stripped = spaces.sub("", text)
            found = [*self.unfiltered_extractors]
            for _, extractors in self.case_sensitive_filter.iter(stripped):
                found.extend(extractors)
            for _, extractors in self.case_insensitive_filter.iter(stripped.lower()):
                found.extend(extractors)
            chosen: dict[int, Any] = {}
            for e in found:
                at = canonical.get(id(e))
                if at is None:
                    own = place.get(id(e), len(place) + len(first_equal))
                    at = canonical[id(e)] = first_equal.setdefault(e, own)
                if at not in chosen:
                    chosen[at] = e
            return [chosen[at] for at in sorted(chosen)]

    return _Tokenizer(extractors=[])


@lru_cache(maxsize=1)
def _gate_pin_cites() -> None:
    """Gate eyecite's search for "Name at 123" references after a full case citation (once a
    process): eyecite compiles a new pattern of the citation's party names for each citation
    and searches the rest of the text with it (a compile costs about as much as scanning a
    short article, and every new article pays it). The pattern can only match where one of
    those names stands literally after the citation (each is an escaped literal, case kept),
    so where none does the answer is eyecite's own: no reference; elsewhere eyecite runs."""
    import eyecite.find as find
    from eyecite.models import ReferenceCitation

    search = find.extract_pincited_reference_citations
    if getattr(search, "gated", False):
        return
    fields = tuple(ReferenceCitation.name_fields)

    def gated(citation: Any, plain_text: str) -> list[Any]:
        end = citation.span()[-1]
        meta = citation.metadata
        for key in fields:
            value = getattr(meta, key, None)
            if isinstance(value, str) and value and plain_text.find(value, end) >= 0:
                return search(citation, plain_text)  # type: ignore[no-any-return]
        return []

    gated.gated = True  # type: ignore[attr-defined]
    gated.plain = search  # type: ignore[attr-defined]  # (eyecite's own: for the tests)
    find.extract_pincited_reference_citations = gated


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

    joined_starts = [j for j, _ in table]
    _gate_pin_cites()
    cites = get_citations(joined, tokenizer=_tokenizer())
    out: list[Mention] = []
    # (resolved only for what refers back: a short form, "Id." or "supra")
    refer_back = any(isinstance(c, ShortCaseCitation | IdCitation | SupraCitation) for c in cites)
    try:
        resolutions = resolve_citations(cites) if refer_back else {}
    except Exception:  # eyecite can trip on odd overlaps; keep the full citations then
        resolutions = {}
    antecedent: dict[int, FullCaseCitation] = {}
    for resource, members in resolutions.items():
        full = getattr(resource, "citation", None)
        if isinstance(full, FullCaseCitation):
            for member in members:
                antecedent[id(member)] = full

    last_end = -1  # where the last full case citation ended (its year's parenthesis)
    fulls = [c for c in cites if isinstance(c, FullCaseCitation) and c.groups.get("page")]
    next_core = {id(a): back(b.span()[0]) for a, b in pairwise(fulls)}
    for c in cites:
        if isinstance(c, FullCaseCitation):
            g = c.groups
            if not (g.get("volume") and g.get("reporter") and g.get("page")):
                continue
            fs, fe = c.full_span()
            s, e = back(fs), back(fe)
            name = _case_name(c)
            # eyecite reads a case name back across the joined sentences' seams: a name
            # never begins before the sentence its citation stands in ("See Chevron, 468 U.S.
            # 837 (1984). … Loper Bright Enterprises v Raimondo, 144 S Ct 2244 [2024]")
            seam = table[bisect_right(joined_starts, c.span()[0]) - 1][1]
            core = back(c.span()[0])
            strung = _string_name(text, last_end, core) if seam <= last_end < core else None
            if strung is not None and (s < last_end or strung[0] < s):
                # a string of citations ("Smith v. Jones, 500 U.S. 12, and Brown & Co. v.
                # Doe, 501 U.S. 45"): eyecite reads the second one's name back across the
                # first citation, or stops it at "&"; its caption follows the first
                s, name = strung
            elif s < seam or name is None or "  " in name:  # ("Bais Yaakov  Spring Valley")
                s = max(s, seam)
                name = _name_before(text, s, back(c.span()[0]))
            if name is None:
                s, name = _caption_in_parens(text, s, seam)
            if name and not name.startswith("In ") and text.startswith("In ", s):
                s += 3  # "In Roe v. Wade, 410 U.S. 113": the preposition opens the sentence
            # ("State ex rel. Woods v. Block": the seam may fall after "rel."; the line holds)
            s, name = _with_prefix(text, s, max(text.rfind("\n", 0, s) + 1, s - 40), name)
            nxt = next_core.get(id(c))
            if nxt is not None and nxt < e and _string_name(text, back(c.span()[1]), nxt):
                # eyecite gave the next case's court and year to this one too: it ends at
                # its own citation ("Smith v. Jones, 2019 WI 12, and Brown v. Doe, 12 F.
                # Supp. 3d 45 (D. Mass. 2014)")
                e = back(c.span()[1])
            last_end = max(last_end, e)
            auth = ids.cite(g["volume"], c.corrected_reporter() or g["reporter"], g["page"])
            out.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    "case",
                    auth,
                    name=name,
                    confidence=0.99,
                    matcher="citations",
                )
            )
        elif isinstance(c, ShortCaseCitation | IdCitation | SupraCitation):
            full = antecedent.get(id(c))
            if full is None and isinstance(c, ShortCaseCitation):
                found = _short_of_table(text, c, back)
                if found is not None:
                    out.append(found)
                continue
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
                            code_id(st[0], st[1], sec),
                            confidence=0.9,
                            matcher="citations",
                        )
                    )
    return out


# How far past a case's first page a short form's pin may point (a long opinion's pages)
_PIN_REACH = 300
SHORT_OF_TABLE = "a short form “Name, VOL U.S. at PIN” of the table's case"


def _short_of_table(text: str, c: ShortCaseCitation, back: Any) -> Mention | None:
    """A short form "Heller, 554 U.S. at 592" whose full citation the article never prints
    (census 24, P9): the one ``cases.csv`` row of that reporter's volume whose first page is
    at most the pin, not far before it, and whose name or short name the printed name is."""
    from ..datafiles import cases

    g = c.groups
    guess = (c.metadata.antecedent_guess or "").strip(" ,")
    if not (g.get("volume") and g.get("page") and guess) or not g["page"].isdigit():
        return None
    prefix = ids.cite(g["volume"], c.corrected_reporter() or g["reporter"], "").rstrip(":")
    pin = int(g["page"])
    hits = set()
    for row in cases():
        auth = row.authority or ""
        head, _, page = auth.rpartition(":")
        if head != prefix or not page.isdigit() or not 0 <= pin - int(page) <= _PIN_REACH:
            continue
        names = {row.name, *row.short_names, *row.aliases}
        first = row.name.split(" v. ")[0]
        if guess in names or guess == first:
            hits.add((auth, row.name))
    if len(hits) != 1:
        return None
    auth, name = hits.pop()
    s, e = back(c.full_span()[0]), back(c.full_span()[1])
    if not text[s:e].startswith(guess):
        return None  # (the printed name is the span's opening; anything else is eyecite's guess)
    return Mention(
        s,
        e,
        text[s:e],
        "case",
        auth,
        name=name,
        confidence=0.85,
        evidence=SHORT_OF_TABLE,
        matcher="citations",
    )


# A state's code eyecite does not read: "California Penal Code Section 187", "Conn. Gen. Stat.
