"""State codes eyecite does not read, for the ``citations`` pass: "California Penal Code
Section 187", "Conn. Gen. Stat. § 46b-137", "Section 187 of the California Penal Code",
"section 101.161(1), Florida Statutes", and the codes news cites by their initials
("O.C.G.A. § 21-2-417", "OCGA 21-2-417", "KRS 311.772", "RCW 9.41.040"), each with its code's
customary abbreviation as the id's slug (``stateslugs.code_id``: "Ariz. Rev. Stat." and "A.R.S."
are both ``state:az:ars:…``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import courts
from ..datafiles import read_rows
from ..models import Mention
from .doc import merged_windows
from .lazyre import deferred
from .stateslugs import code_id, code_slug
from .trie import find_all, trie_regex
from .uscites import _SUB, _m, _Words

# § 46b-137", "Texas Health and Safety Code § 171.204", "Florida Statutes section 776.012".
_CODE_WORD = r"(?:[A-Z][A-Za-z'’]*\.?|and|&|of)"
_CODE_END = (
    r"(?:Code(?:\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})?(?:\s+Ann\.?)?"
    r"|Stat(?:s|utes)?\.?(?:\s+Ann\.?)?|Laws?(?:\s+Ann\.?)?)"
)
# (up to five parts: North Dakota's "12.1-19.1-02")
_STATE_SEC = r"\d+[A-Za-z]{0,3}(?:[-–.:]\d+[A-Za-z]{0,3}){0,4}"
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


# a code's last word right before a number: "Code 2907.02", "Statutes 609.75", "Code 187"
_BARE_NUMBER = deferred(r"(?:Code|Stat(?:s|utes)?\.?|Laws?)(?:\s+Ann\.?)?\s+\d")


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
        # "Section 187 of the California Penal Code"; a bill's "adds Section 1.0041 to the
        # Texas Education Code"
        rf"|\b[Ss]ection\s+(?P<sec2>{_STATE_SEC})(?P<sub2>{_SUB})\s+(?:of|to)\s+(?:the\s+)?"
        rf"(?P<state2>{alt})(?:['’]s)?\s+(?P<code2>{code})(?![\w'’])"
        # Florida's own style: "section 101.161(1), Florida Statutes"
        rf"|\b[Ss]ection\s+(?P<sec3>{_STATE_SEC})(?P<sub3>{_SUB}),\s+"
        rf"(?P<state3>{alt})\s+(?P<code3>Statutes)(?![\w'’])"
        # no section word: "Ohio Revised Code 2907.02", "California Penal Code 187" (never a
        # year: "the Texas Election Code 2023 changes")
        rf"|(?<![\w.])(?P<state4>{alt})(?:['’]s)?\s+(?P<code4>{code})\s+"
        rf"(?!(?:19|20)\d\d\b)(?P<sec4>{_STATE_SEC})(?P<sub4>{_SUB})(?![\w-])"
    )


def state_section(section: str) -> str:
    return re.sub(r"[^0-9a-z.\-]", "-", section.lower().replace("–", "-")).strip("-")


# A state code by its initials, the state in them: (initials, postal, the code's slug,
# ``data/state_code_slugs.csv``'s, the one "Ky. Rev. Stat." gets too, so both spellings
# give one id).
CODE_INITIALS = (
    ("O.C.G.A.", "ga", "ocga"),  # Official Code of Georgia Annotated
    ("OCGA", "ga", "ocga"),
    ("KRS", "ky", "krs"),  # Kentucky Revised Statutes
    ("RCW", "wa", "rcw"),  # Revised Code of Washington
    ("ORS", "or", "ors"),  # Oregon Revised Statutes
    ("MCL", "mi", "mcl"),  # Michigan Compiled Laws
    ("A.R.S.", "az", "ars"),  # Arizona Revised Statutes
    ("NRS", "nv", "nrs"),  # Nevada Revised Statutes
    ("C.R.S.", "co", "crs"),  # Colorado Revised Statutes
    ("N.J.S.A.", "nj", "njsa"),  # New Jersey Statutes Annotated
    # (twenty-third session: the initials of state_code_slugs.csv that name no other thing)
    ("T.C.A.", "tn", "tca"),  # Tennessee Code Annotated
    ("K.S.A.", "ks", "ksa"),  # Kansas Statutes Annotated
    ("SDCL", "sd", "sdcl"),  # South Dakota Codified Laws
    ("N.D.C.C.", "nd", "ndcc"),  # North Dakota Century Code
    ("NDCC", "nd", "ndcc"),
    ("HRS", "hi", "hrs"),  # Hawaii Revised Statutes
    ("C.G.S.", "ct", "cgs"),  # General Statutes of Connecticut
    (
        "RSMo",
        "mo",
        "rsmo",
    ),  # Revised Statutes of Missouri ("RSMo 188.017", "section 188.017, RSMo")
)
_INITIALS = frozenset(i for i, _, _ in CODE_INITIALS)
# Missouri's own style puts its initials after the section: "section 188.017, RSMo"
_SECTION_THEN_INITIALS = deferred(
    rf"(?<![\w-])[Ss]ection\s+(?P<sec>\d+\.\d+[A-Za-z]?)(?P<sub>{_SUB}),?\s+$"
)
_AFTER_SECTION = frozenset({"RSMo"})
# After the initials: a section sign or word, then a section with at least two parts
# ("21-2-417", "311.772", "2C:39-5"): a bare "ORS 5" is no citation.
_INITIALS_SECTION = deferred(
    r"\s*(?:§§?\s*|[Ss]ec(?:tion|\.)\s+)?(?P<sec>\d+[A-Za-z]{0,2}(?:[-.:]\d+[A-Za-z]{0,3}){1,3})"
    rf"(?P<sub>{_SUB})(?![\w-]|\.\d)"
)


def find_code_initials(text: str, words: _Words | None = None) -> list[Mention]:
    """State code citations by the code's initials: "OCGA 21-2-417" → ``state:ga:ocga:21-2-417``
    (the same id "Ga. Code Ann. § 21-2-417" gets). The initials' places come from the Doc's
    anchor walk (``uscites.CITE_WORDS`` lists them) when ``words`` has it."""
    out: list[Mention] = []
    words = words or _Words(text)
    if words.at is not None and _INITIALS.isdisjoint(words.at):
        return out  # (the anchor walk found none: one set operation)
    for initials, postal, slug in CODE_INITIALS:
        if not words.has(initials):
            continue
        for i in words.places(initials):
            end = i + len(initials)
            if i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
                continue
            if end < len(text) and text[end].isalnum():
                continue
            if not text.startswith(initials, i):
                continue  # (the walk folds case: "rsmo" is no citation)
            start, m = i, _INITIALS_SECTION.match(text, end)
            if m is None and initials in _AFTER_SECTION:
                m = _SECTION_THEN_INITIALS.search(text, max(0, i - 40), i)
                start = m.start() if m is not None else i
            if m is None:
                continue
            stop = max(m.end(), end)
            out.append(
                Mention(
                    start,
                    stop,
                    text[start:stop],
                    "statute",
                    code_id(postal, slug, state_section(m.group("sec"))),
                    confidence=0.9,
                    evidence=f"the state code's initials “{initials}” and a section",
                    matcher="citations",
                )
            )
    return out


def find_state_codes(text: str, words: _Words | None = None) -> list[Mention]:
    # every citation holds its code's last word ("Code", "Stat", "Laws"): run only near one
    found = words.found if words is not None else (lambda w: find_all(text, w))
    at = sorted(i for w in ("Code", "Stat", "Law") for i in found(w))
    if not at:
        return []
    bare = [i for i in at if _BARE_NUMBER.match(text, i)]
    if (
        not bare
        and not (words or _Words(text)).has("§")
        and not (words.holds("ection") if words is not None else "ection" in text)
        and "ec." not in text
    ):
        return []  # every state code citation has a section sign or word, or its number
    out: list[Mention] = []
    windows = merged_windows(((i, i + 4) for i in at), 120, 90, len(text))
    # and only windows that hold a section sign or word ("§", "Section", "Sec.", "Secs."),
    # or a code's name right before a number, which every match holds too
    windows = [
        (ws, we)
        for ws, we in windows
        if _has_section_mark(text, ws, we) or any(ws <= i < we for i in bare)
    ]
    for m in (m for ws, we in windows for m in _state_code_re().finditer(text, ws, we)):
        postal = _state_postal(
            m.group("state") or m.group("state2") or m.group("state3") or m.group("state4")
        )
        printed = m.group("code") or m.group("code2") or m.group("code3") or m.group("code4")
        if postal is None or not code_slug(printed):
            continue
        sec = m.group("sec") or m.group("sec2") or m.group("sec3") or m.group("sec4")
        auth = code_id(postal, printed, state_section(sec))
        out.append(_m(m, "statute", auth, confidence=0.9))
    return out


# "Section 13-3603 of the state code", "section 776.012 of state law": a section of the
# state's code told without the code's name. Only a state with one general code (Arizona's
# Revised Statutes, Idaho's Code; not California's or Texas's many codes) is read, and only a
# section written as that code numbers its sections (with hyphens or with a dot): the id is the
# one its formal citation takes (``state:az:ars:13-3603``); the states and their codes are
# ``data/state_general_codes.csv``.


@lru_cache(maxsize=1)
def _one_code() -> dict[str, tuple[str, str]]:
    """postal → (the id's code slug, how its sections are numbered: "-" or "."), from
    ``data/state_general_codes.csv``."""
    return {
        r["state"].lower(): (r["slug"], r["numbering"])
        for r in read_rows("state_general_codes.csv")
    }


_OF_STATE_CODE = deferred(
    r"\s+of\s+(?:the\s+)?state(?:['’]s)?\s+(?:(?:criminal|penal|revised)\s+)?"
    r"(?:code|law|statutes?)\b(?!\s+(?:of|enforcement)\b)"
)
_SECTION_BEFORE = deferred(
    r"(?<![\w-])[Ss]ection\s+(?P<sec>\d{1,4}[A-Za-z]?(?:[-.]\d+[A-Za-z]?){1,3})$"
)


def section_of_state_code(text: str, at: int, end: int, postal: str | None) -> Mention | None:
    """The section "Section N" just before ``at`` names, where ``text[at:end]`` is "of the
    state code", in the code of the state ``postal`` (its one general code), or None."""
    if postal is None or postal not in _one_code():
        return None
    m = _SECTION_BEFORE.search(text, max(0, at - 30), at)
    if m is None:
        return None
    slug, style = _one_code()[postal]
    sec = m.group("sec")
    if (style == "-") != ("-" in sec) or (style == "." and "." not in sec):
        return None  # (not numbered as that code numbers its sections)
    return Mention(
        m.start(),
        end,
        text[m.start() : end],
        "statute",
        code_id(postal, slug, sec.lower()),
        confidence=0.7,
        evidence="a section of “the state code”: the one general code of the state the "
        "sentence or the article names",
        matcher="state_laws",
    )


def state_code_sections(text: str, postal_at: Callable[[int], str | None]) -> list[Mention]:
    """Each "Section N of the state code" of ``text``, in the code of the state
    ``postal_at`` gives for its place (see ``section_of_state_code``)."""
    out: list[Mention] = []
    j = text.find("state")
    while j >= 0:
        # (" of the state", " of state": read back from each "state" to its " of")
        s = text.rfind(" of ", max(0, j - 9), j)
        m = _OF_STATE_CODE.match(text, s) if s > 0 else None
        if m is not None and (found := section_of_state_code(text, s, m.end(), postal_at(s))):
            out.append(found)
        j = text.find("state", j + 5)
    return out


# "§ 27540(f)" or "§§ 166.260" with no code: the short form of the state code cited just
# before it (census 24, P9): "Oregon Revised Statutes § 166.250(a) bars …, and § 166.260(b)
# requires …".
_SHORT_STATE_SECTION = deferred(
    rf"(?<![\w.§])§§?\s*(?P<sec>{_STATE_SEC})(?P<sub>{_SUB})(?![\w-]|\.\d)"
)
# After "§§ 166.250": ", 166.260(b)" / "and 166.270" (more sections of that code).
_STATE_LIST_AFTER = deferred(
    rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:§\s*)?(?P<sec>{_STATE_SEC})(?P<sub>{_SUB})"
    r"(?![\w-]|\.\d)"
)
# A federal code between the state cite and the bare section owns it.
_FEDERAL_CODE = deferred(r"U\.\s?S\.\s?C|C\.\s?F\.\s?R|United\s+States\s+Code|Code\s+of\s+Federal")


def short_state_sections(
    text: str, found: list[Mention], sentence_index: Callable[[int], int]
) -> list[Mention]:
    """Each bare "§ N" of ``text`` whose last citation before it, in its own sentence or the
    one before, is a section of a state's code (``found``'s): a section of that code. Not
    when a federal code's name stands between them, nor inside a citation found."""
    if "§" not in text:
        return []
    cites = sorted((m for m in found if m.authority), key=lambda m: m.start)
    out: list[Mention] = []
    for hit in _SHORT_STATE_SECTION.finditer(text):
        at = hit.start()
        if any(c.start <= at < c.end for c in cites):
            continue
        before = [c for c in cites if c.end <= at]
        if not before:
            continue
        last = before[-1]
        parts = (last.authority or "").split(":")
        if len(parts) != 4 or parts[0] != "state" or parts[2] in ("bill", "const", "eo"):
            continue
        if sentence_index(at) - sentence_index(last.start) > 1:
            continue
        if _FEDERAL_CODE.search(text, last.end, at):
            continue
        code = f"state:{parts[1]}:{parts[2]}:"
        found_here = [(at, hit.end(), hit.group("sec"))]
        e = hit.end()
        while hit.group(0).startswith("§§") and (more := _STATE_LIST_AFTER.match(text, e)):
            found_here.append((more.start("sec"), more.end(), more.group("sec")))
            e = more.end()
        out.extend(
            Mention(
                s,
                e,
                text[s:e],
                "statute",
                code + state_section(sec),
                confidence=0.8,
                evidence=f"{SHORT_FORM_EVIDENCE}{last.text}",
                matcher="citations",
            )
            for s, e, sec in found_here
        )
    return out


SHORT_FORM_EVIDENCE = "short form after "


def short_of_cited_code(m: Mention, others: list[Mention]) -> bool:
    """Whether ``m`` is a bare "§ N" read as a section of the state code cited in full
    among ``others`` (``short_state_sections``): a companion provision, never the law a
    back-reference or a description means while that cite stands for it."""
    auth = m.authority or ""
    if not (auth.startswith("state:") and (m.evidence or "").startswith(SHORT_FORM_EVIDENCE)):
        return False
    code = auth.rsplit(":", 1)[0] + ":"
    return any(
        (o.authority or "").startswith(code)
        and not (o.evidence or "").startswith(SHORT_FORM_EVIDENCE)
        for o in others
    )
