"""Formal citations: eyecite's finds, plus the statute forms news prints that eyecite misses.

eyecite reads cases (full and short forms, ``Id.``, ``supra``), C.F.R. and state codes. Our own
patterns read the U.S. Code in every form reporters write it (``10 U.S.C. 252``, ``§§ 251–255``,
"section 1983 of title 42"), public laws, the Statutes at Large and the Constitution's
abbreviations. A cheap prefilter hands eyecite only the paragraphs where a citation can start,
which keeps the whole scanner faster than eyecite alone on news text.
"""

from __future__ import annotations

from .. import ids
from ..models import Mention
from .doc import Doc
from .eyecites import (
    _OWN_FORMS,
    _QUICK,
    PREFILTER,
    SHORT_OF_TABLE,
    _case_name,
    _marker_positions,
    _only_own_forms,
    _regions,
    _sentences_of_hits,
    _state_slug,
    find_eyecite,
)
from .lazyre import deferred
from .registry import Pass
from .statecodes import (
    _CODE_END,
    _CODE_WORD,
    _STATE_SEC,
    BLUEBOOK_STATES,
    _has_section_mark,
    _state_code_re,
    _state_postal,
    find_code_initials,
    find_state_codes,
    short_state_sections,
    state_section,
)
from .stateslugs import _SLUG_DROP, _SLUG_WORDS, code_slug
from .uscites import (
    _ART_WORD,
    _CONST_WORD,
    _DASH,
    _ONE,
    _OTHER_CODE,
    _PUBL_WORD,
    _SEC,
    _SUB,
    _USC_LOWER,
    _USC_LOWER_FORMS,
    _USC_WORD,
    BARE_ART,
    CITE_WORDS,
    CONST,
    ILCS,
    LIST_AFTER,
    NOT_USC_AFTER,
    PUBL,
    RANGE_AFTER,
    SECTION_COMMA_TITLE,
    SECTION_OF_TITLE,
    SHORT_SECTION,
    STAT,
    TITLE_COMMA_SECTION,
    TITLE_SECTION,
    USC,
    _const_words,
    _m,
    _publ_matches,
    _short_sections,
    _strip_trailing,
    _usc_matches,
    _Words,
    find_statutes,
)

# The names this module held before it was split by idea (``uscites``, ``eyecites``,
# ``statecodes``), still importable from here.
__all__ = [
    "BARE_ART",
    "BLUEBOOK_STATES",
    "CITE_WORDS",
    "CONST",
    "ID_CITE",
    "ILCS",
    "LIST_AFTER",
    "NOT_USC_AFTER",
    "PASS",
    "PREFILTER",
    "PUBL",
    "RANGE_AFTER",
    "SECTION_COMMA_TITLE",
    "SECTION_OF_TITLE",
    "SHORT_SECTION",
    "STAT",
    "TITLE_COMMA_SECTION",
    "TITLE_SECTION",
    "USC",
    "_ART_WORD",
    "_CODE_END",
    "_CODE_WORD",
    "_CONST_WORD",
    "_DASH",
    "_OTHER_CODE",
    "_OWN_FORMS",
    "_PUBL_WORD",
    "_QUICK",
    "_SEC",
    "_SLUG_DROP",
    "_SLUG_WORDS",
    "_STATE_SEC",
    "_USC_LOWER",
    "_USC_LOWER_FORMS",
    "_USC_WORD",
    "_Words",
    "_case_name",
    "_const_words",
    "_has_section_mark",
    "_m",
    "_marker_positions",
    "_only_own_forms",
    "_publ_matches",
    "_regions",
    "_sentences_of_hits",
    "_short_sections",
    "_state_code_re",
    "_state_postal",
    "_state_slug",
    "_strip_trailing",
    "_usc_matches",
    "code_slug",
    "find",
    "find_code_initials",
    "find_eyecite",
    "find_state_codes",
    "find_statutes",
    "short_state_sections",
    "state_section",
]

# "Id." where a citation can stand: after a sentence or clause ends, "See", a parenthesis, or a
# line's start (never "the Freudian id.").
ID_CITE = deferred(
    r"(?:(?<=[.;:]\s)|(?<=[Ss]ee\s)|(?<=\()|(?<=\n)|^)[Ii]d\."
    rf"(?:,?\s*(?P<sign>§)\s*(?P<sec>{_ONE})(?P<sub>{_SUB}))?"
)


def _id_after_law(text: str, found: list[Mention], words: _Words | None = None) -> list[Mention]:
    """'Id.' right after a statute or C.F.R. citation is that law again; 'Id. § 1002' is
    another section of the same title. After a case, eyecite has it already."""
    words = words or _Words(text)
    has_id = bool(words.found("Id.")) or any(
        i == 0 or not text[i - 1].isalpha() for i in words.found("id.")
    )
    hits = list(ID_CITE.finditer(text)) if has_id else []
    if not hits:
        return []
    from .regulations import CFR as CFR_CITE  # the C.F.R. forms news prints

    cites = [(m.start, m.end, m.kind, m.authority) for m in found if m.authority]
    tabled = {m.authority for m in found if m.evidence == SHORT_OF_TABLE}
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
        if kind == "case" and auth in tabled:
            pass  # (after a short form read from the table, which eyecite could not resolve)
        elif kind == "case" or auth is None:
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
    found = statutes + find_state_codes(doc.text, words) + find_code_initials(doc.text, words)
    found += find_eyecite(doc.text, own, words)
    found += short_state_sections(doc.text, found, doc.sentence_index)
    return found + _id_after_law(doc.text, found, words)


PASS = Pass(
    name="citations",
    emits=("statute", "case", "constitution", "regulation"),
    anchors=(CITE_WORDS,),
    run=find,
)
