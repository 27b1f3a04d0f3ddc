"""Canonical authority ids (SPEC §2): building them and reading them back."""

from __future__ import annotations

import re
from functools import cache

ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_to_int(s: str) -> int | None:
    s = s.lower()
    if not s or any(ch not in ROMAN for ch in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        va, vb = ROMAN[a], ROMAN.get(b, 0)
        total += -va if va < vb else va
    return total if total > 0 else None


def int_to_roman(n: int) -> str:
    out = []
    for v, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


_DASHES = cache(lambda: re.compile("[–—]"))
_NOT_SECTION = cache(lambda: re.compile(r"[^0-9a-z.\-]"))


def _clean(part: str) -> str:
    # An en or em dash inside a section number is the hyphen ("288–1" is section 288-1).
    return _NOT_SECTION().sub("", _DASHES().sub("-", part.lower()))


def usc(title: str | int, section: str, last: str | None = None) -> str:
    sec = _clean(str(section))
    if last:
        return f"usc:{int(title)}:{sec}-{_clean(str(last))}"
    return f"usc:{int(title)}:{sec}"


def cfr(title: str | int, section: str) -> str:
    return f"cfr:{int(title)}:{_clean(str(section))}"


_SLIP_NO = re.compile(r"\s+No\.?\s*$")


def cite(volume: str | int, reporter: str, page: str | int) -> str:
    # letters and digits only: "F. App'x" (any apostrophe) → "fappx", "L. Ed. 2d" → "led2d";
    # an agency's slip reporter numbers its decisions: "372 NLRB No. 130" is NLRB's 130th of
    # volume 372, its "No." the number's mark and no part of the reporter ("nlrb")
    rep = re.sub(r"[^0-9a-z]", "", _SLIP_NO.sub("", reporter).lower())
    return f"cite:{volume}:{rep}:{page}".lower()  # ids are lowercase (SPEC §2), pages too


def publ(congress: str | int, number: str | int) -> str:
    return f"publ:{int(congress)}-{int(number)}"


def stat(volume: str | int, page: str | int) -> str:
    return f"stat:{int(volume)}:{int(page)}"


def bill(congress: int, btype: str, number: str | int) -> str:
    return f"bill:{congress}:{btype.lower()}:{int(number)}"


def amendment(n: int, section: int | None = None) -> str:
    return f"const:amendment:{n}" + (f":section:{section}" if section else "")


def article(n: int, section: int | None = None) -> str:
    return f"const:article:{n}" + (f":section:{section}" if section else "")


# Every id form of SPEC §2, one alternative a row of its table (the check of ``is_spec_id``),
# and an amendment's section, ``const:amendment:N:section:M``: the form the shared corpus's own
# gold gives an amendment's clause ("the Citizenship Clause" → ``const:amendment:14:section:1``)
_SPEC_ID = cache(
    lambda: re.compile(
        r"usc:\d+[a-z]?:[0-9][0-9a-z.]*(?:-[0-9][0-9a-z.\-]*)?"
        r"|publ:\d+-\d+|stat:\d+:\d+"
        r"|const:(?:amendment|article):\d+(?::section:\d+)?"
        r"|cite:\d+:[a-z0-9]+:\d+"
        r"|cl:(?:cluster|docket):\d+"
        r"|eo:\d+|proc:\d+|fr:\d+:\d+"
        r"|bill:\d+:(?:hr|s|hjres|sjres|hres|sres|hconres|sconres):\d+"
        r"|cfr:\d+:\d+[a-z]?(?:\.[0-9a-z][0-9a-z\-]*)?"
        r"|state:[a-z]{2}:bill:[a-z]+[0-9][0-9a-z\-]*"
        r"|state:[a-z]{2}:const:\d+(?:-[0-9][0-9a-z]*){0,2}"
        r"|state:[a-z]{2}:(?!bill:|const:)[a-z][a-z0-9\-]*:[0-9a-z][0-9a-z.\-]*"
    )
)


def is_spec_id(authority: str) -> bool:
    """Whether ``authority`` has one of SPEC §2's forms (lowercase ASCII, ``:``-separated), or
    an amendment's section as the shared gold writes its clauses (``const:amendment:14:section:1``):
    ``const:article:1:section:8:clause:3`` does not (no id names a clause), nor ``Cite:…``,
    ``bill:119:hb:1`` or ``cfr:8:part-287``."""
    return bool(_SPEC_ID().fullmatch(authority))


_ISO_DATE = cache(lambda: re.compile(r"(\d{4})-(\d{2})-(\d{2})"))


def congress_for_date(iso_date: str | None) -> int | None:
    """The Congress sitting on a date: the 1st met in 1789, each lasts two years from Jan. 3."""
    if not iso_date:
        return None
    m = _ISO_DATE().match(iso_date)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if (month, day) < (1, 3):
        year -= 1
    return (year - 1789) // 2 + 1


def kind_of(authority: str) -> str:
    """The mention kind an id belongs to (used when a data row does not say)."""
    prefix = authority.split(":", 1)[0]
    return {
        "usc": "statute",
        "publ": "statute",
        "stat": "statute",
        "state": "statute",
        "const": "constitution",
        "cite": "case",
        "cl": "case",
        "eo": "executive-action",
        "proc": "executive-action",
        "fr": "regulation",
        "bill": "bill",
        "cfr": "regulation",
    }.get(prefix, "statute")


# (compiled once: ``re.match`` with a string looks its pattern up at every call)
_LEAD_INT = re.compile(r"\d+")
_SECTION_KEY = re.compile(r"(\d+)(.*)")


def _lead_int(s: str) -> int | None:
    m = _LEAD_INT.match(s)
    return int(m.group(0)) if m else None


def usc_range(section: str) -> tuple[str, str | None]:
    """Split a ``usc`` section part into (first, last); ``last`` is None for one section.

    Hyphens also occur inside real section numbers (42 U.S.C. § 300aa-1), so a hyphen means
    a range only when the right side's number is larger than the left side's, or when the
    right side continues the left one (``2000d-2000d-7``: Title VI, §§ 2000d to 2000d-7).
    """
    if "-" in section:
        left, right = section.split("-", 1)
        a, b = _lead_int(left), _lead_int(right)
        if a is not None and b is not None and b > a:
            return left, right
        if a is not None and a == b and right.startswith(left + "-"):
            return left, right
    return section, None


def _section_key(s: str) -> tuple[int, str]:
    m = _SECTION_KEY.match(s)
    return (int(m.group(1)), m.group(2)) if m else (0, s)


def usc_overlap(a: str, b: str) -> bool:
    """Whether two ``usc`` ids share a title and their section ranges overlap (SPEC §4)."""
    pa, pb = a.split(":"), b.split(":")
    if len(pa) < 3 or len(pb) < 3 or pa[0] != "usc" or pb[0] != "usc" or pa[1] != pb[1]:
        return False
    a1, a2 = usc_range(pa[2])
    b1, b2 = usc_range(pb[2])
    lo_a, hi_a = _section_key(a1), _section_key(a2 or a1)
    lo_b, hi_b = _section_key(b1), _section_key(b2 or b1)
    return lo_a <= hi_b and lo_b <= hi_a
