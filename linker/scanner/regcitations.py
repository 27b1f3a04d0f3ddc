"""C.F.R. and Federal Register citations in the forms news prints (a part of the
``regulations`` pass).

* C.F.R.: "8 CFR 287.8", "34 C.F.R. Part 106", "34 CFR 106", "part 106 of title 34 of the
  Code of Federal Regulations", "section 287.8 of title 8 of the Code of Federal Regulations"
  → ``cfr:TITLE:PART[.SECTION]``. Citations with a section sign ("8 C.F.R. § 287.8") are
  eyecite's (``linker/scanner/citations.py``) and are not repeated here.
* Federal Register: "89 FR 33474", "89 Fed. Reg. 33,474" → ``fr:VOLUME:PAGE``.
"""

from __future__ import annotations

import re

from .. import ids
from ..models import Mention
from .doc import held_in, merged_windows

# (it opens on the title's first digit, the word boundary before it asked by looking behind:
# "\b" first would be tried at every position of the text, a digit is skipped ahead to)
CFR = re.compile(
    r"(?P<title>\d(?<!\w\d)\d?)\s*(?P<cfr>C\.?\s?F\.?\s?R\.?)"
    r"(?:\s*,?\s*(?:[Pp](?:ar)?ts?\.?\s*(?P<part>\d{1,4})(?!\d|\.\d)"
    r"|(?:(?P<ss>§§?)\s*|[Ss]ec(?:tion|s?\.)\s*)?(?P<sec>\d{1,4}(?:\.\d+[a-z]{0,2}(?:[-–]\d+[a-z]?)?)?)"
    r"(?P<sub>(?:\([A-Za-z0-9]{1,4}\))*)))"
    r"(?![\w§])"
)
PLAIN_SECTION = re.compile(r"\d+(?:\.\d+)?$")
# After "29 C.F.R. §§ 778.217(a)": ", 778.22" or "and 208.30", more sections of the title.
CFR_LIST_AFTER = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:§\s*)?"
    r"(?P<sec>\d{1,4}\.\d+[a-z]{0,2}(?:[-–]\d+[a-z]?)?)(?:\([A-Za-z0-9]{1,4}\))*(?![\w§])"
)
PART_OF_TITLE = re.compile(
    r"\b(?:(?P<kind>[Pp]art|[Ss]ection)\s+(?P<num>\d{1,4}(?:\.\d+[a-z]?)?)\s+of\s+)"
    r"[Tt]itle\s+(?P<title>\d{1,2})\s+of\s+the\s+Code\s+of\s+Federal\s+Regulations\b"
)
TITLE_PART = re.compile(
    r"\b[Tt]itle\s+(?P<title>\d{1,2})\s+of\s+the\s+Code\s+of\s+Federal\s+Regulations,?\s+"
    r"(?P<kind>[Pp]art|[Ss]ection|§)\s*(?P<num>\d{1,4}(?:\.\d+[a-z]?)?)"
)
FR = re.compile(
    r"\b(?P<vol>\d{1,3})\s+(?:FR|Fed\.\s?Reg\.)\s+(?P<page>\d{1,3},\d{3}|\d{1,6})(?![\d,]\d)"
)


# Every C.F.R. citation holds "CFR" spelt some way, every Federal Register one "FR" or
# "Fed. Reg."; patterns opening on a literal let the regex engine skip ahead to them, and the
# full patterns then run only around those words.
_CFR_WORD = re.compile(r"C\.?\s?F\.?\s?R")
_FR_WORD = re.compile(r"FR|Fed\.\s?Reg\.")


def _around(text: str, word: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    return merged_windows((m.span() for m in word.finditer(text)), before, after, len(text))


def _citations(text: str) -> list[Mention]:
    out: list[Mention] = []
    cfr = (m for ws, we in _around(text, _CFR_WORD, 8, 90) for m in CFR.finditer(text, ws, we))
    for m in cfr:
        part = m.group("part") or m.group("sec")
        whole = m.group("ss") == "§" and m.group("cfr") == "C.F.R." and not m.group("sub")
        if not part or (whole and PLAIN_SECTION.match(part)):
            continue  # "8 C.F.R. § 287.8" is eyecite's; it cuts "240.10b-5" to "240" and
            # leaves out subsections and lists, which ours keep
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "regulation",
                ids.cfr(m.group("title"), part),
                confidence=0.97,
                matcher="regulations",
                evidence="C.F.R. citation",
            )
        )
        e = m.end()
        while m.group("ss") == "§§" and (more := CFR_LIST_AFTER.match(text, e)):
            out.append(
                Mention(
                    more.start("sec"),
                    more.end(),
                    text[more.start("sec") : more.end()],
                    "regulation",
                    ids.cfr(m.group("title"), more.group("sec")),
                    confidence=0.95,
                    matcher="regulations",
                    evidence="C.F.R. citation, one of a list",
                )
            )
            e = more.end()
    for rx in (PART_OF_TITLE, TITLE_PART) if held_in(text, "Federal Regulations") else ():
        for m in rx.finditer(text):
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "regulation",
                    ids.cfr(m.group("title"), m.group("num")),
                    confidence=0.95,
                    matcher="regulations",
                    evidence="C.F.R. in words",
                )
            )
    out += _bare_sections(text, out)
    for m in (m for ws, we in _around(text, _FR_WORD, 8, 24) for m in FR.finditer(text, ws, we)):
        vol, page = int(m.group("vol")), int(m.group("page").replace(",", ""))
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "regulation",
                f"fr:{vol}:{page}",
                confidence=0.96,
                matcher="regulations",
                evidence="Federal Register citation",
            )
        )
    return out


# A section sign and a section of a part, with no title: "§ 202.101", "§ 202.101(a)".
_BARE_PART_SECTION = re.compile(
    r"§(?<!§§)(?!§)\s*(?P<sec>(?P<part>\d{1,4})\.\d{1,4}[a-z]?)(?:\([A-Za-z0-9]{1,4}\))*(?![\w.§]|\.\d)"
)
# how far back the part's citation may stand
_PART_REACH = 3000


def _bare_sections(text: str, cited: list[Mention]) -> list[Mention]:
    """(twenty-fifth session) "As noted in § 202.101" after "28 CFR Part 202": a section of
    the part the article cited last, within ``_PART_REACH`` before it →
    ``cfr:28:202.101``; only a section of that very part (a section of another part has no
    title told)."""
    if "§" not in text or not cited:
        return []
    parts = sorted(
        (m.start, m.authority.split(":")[1], m.authority.split(":")[2].split(".")[0])
        for m in cited
        if m.authority and m.authority.startswith("cfr:")
    )
    if not parts:
        return []
    out: list[Mention] = []
    for m in _BARE_PART_SECTION.finditer(text):
        s = m.start()
        if any(c.start <= s < c.end for c in cited):
            continue
        before = [p for p in parts if p[0] < s and s - p[0] <= _PART_REACH]
        if not before or before[-1][2] != m.group("part"):
            continue
        out.append(
            Mention(
                s,
                m.end(),
                m.group(0),
                "regulation",
                ids.cfr(before[-1][1], m.group("sec")),
                confidence=0.9,
                matcher="regulations",
                evidence=f"a section of part {m.group('part')}, cited just before",
            )
        )
    return out
