"""Load an article from a file, a URL or standard input, and decode it honestly."""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .models import Article

if TYPE_CHECKING:  # imported where used: a text file needs neither HTTP nor HTML parsing
    import httpx

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: the most linker reads of one article, markup included (``--max-size`` raises it): enough
#: for the heaviest publisher pages, whose markup is mostly not text
MAX_BYTES = 8 * 1024 * 1024
#: the most article text linker scans (``--max-text`` raises it): a long article is 50,000
#: characters; a million dense with mentions scans in about 2 s of CPU, ten million in over a
#: minute (measured on the corpus repeated, with the rebuilt scanner)
MAX_CHARS = 1_000_000
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?({_MONTHS})\.?\s+(\d{{1,2}}),\s+(\d{{4}})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_MONTH_NUM = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _too_big(where: str, limit: int) -> InputError:
    return InputError(
        f"{where}: larger than {_size(limit)}, the most linker reads "
        "(raise the limit with --max-size MB)"
    )


#: byte-order marks, longest first (a UTF-32 LE mark begins like a UTF-16 LE one)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)


def _bom(data: bytes) -> tuple[str, bytes] | None:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name, data[len(mark) :]
    return None


def _codec(name: str | None) -> str | None:
    """The Python codec for a declared charset, or None when Python does not know it.

    Pages that declare ISO-8859-1 or US-ASCII are decoded as windows-1252, as browsers do.
    """
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


#: code pages for Latin scripts, which a detector confuses on short texts: when the bytes are
#: valid windows-1252 (what U.S. publishers' legacy pages use), that is the better guess
_LATIN = frozenset(
    {
        "cp1250",
        "cp1252",
        "cp1257",
        "latin_1",
        "iso8859_2",
        "iso8859_10",
        "iso8859_13",
        "iso8859_15",
        "mac_latin2",
        "mac_roman",
        "mac_iceland",
        "cp437",
        "cp775",
        "cp850",
        "cp852",
        "cp857",
    }
)


def _guess(data: bytes) -> str | None:
    """The encoding of undeclared legacy bytes: a detector's guess (charset-normalizer), with
    windows-1252 preferred among Latin code pages when the bytes are valid in it."""
    try:
        data.decode("cp1252")
        cp1252_ok = True
    except UnicodeDecodeError:
        cp1252_ok = False
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return "cp1252" if cp1252_ok else None
    results = list(from_bytes(data[:200_000]))
    names = [r.encoding for r in results]
    if cp1252_ok and (not names or "cp1252" in names or names[0] in _LATIN):
        return "cp1252"
    return _codec(names[0]) if names else None


def _text_only(text: str, where: str) -> str:
    """``text``, unless it holds NUL characters: no article does (a binary file decoded from
    behind a byte-order mark, or past the first bytes that were checked, does)."""
    if "\x00" in text:
        raise InputError(f"{where}: looks like a binary file, not an article")
    return text


def decode_text(data: bytes, where: str) -> str:
    """A plain-text article: UTF-8, or UTF-8/UTF-16/UTF-32 with a byte-order mark.

    Anything else is refused with a message that says how to convert it.
    """
    bom = _bom(data)
    if bom is not None:
        codec, body = bom
        try:
            return _text_only(body.decode(codec), where)
        except UnicodeDecodeError as e:
            raise InputError(f"{where}: not valid {codec.upper()} (byte {e.start})") from None
    if _looks_binary(data):
        raise InputError(f"{where}: looks like a binary file, not an article")
    try:
        return _text_only(data.decode("utf-8"), where)
    except UnicodeDecodeError as e:
        guess = _guess(data)
        how = (
            f"convert it with: iconv -f {guess.upper().replace('CP', 'WINDOWS-')} -t UTF-8"
            if guess and guess != "utf_8"
            else "save it as UTF-8"
        )
        raise InputError(f"{where}: not valid UTF-8 (byte {e.start}); {how}") from None


def decode_html(data: bytes, where: str, header_charset: str | None = None) -> str:
    """An HTML page, decoded as a browser would: a byte-order mark, else the HTTP header's
    charset, else the page's ``<meta charset>``, else UTF-8 when it is valid, else the
    detector's guess (charset-normalizer), else windows-1252."""
    bom = _bom(data)
    if bom is not None:
        codec, body = bom
        return _text_only(body.decode(codec, errors="replace"), where)
    if _looks_binary(data):
        raise InputError(f"{where}: looks like a binary file, not an article")
    meta = _META_CHARSET.search(data[:8192])
    declared = _codec(header_charset) or (_codec(meta.group(1).decode("ascii")) if meta else None)
    if declared and not declared.startswith(("utf_16", "utf_32")):
        return _text_only(data.decode(declared, errors="replace"), where)
    try:
        return _text_only(data.decode("utf-8"), where)
    except UnicodeDecodeError:
        pass
    return _text_only(data.decode(_guess(data) or "cp1252", errors="replace"), where)


def _decode(data: bytes, where: str) -> str:
    return decode_text(data, where)


def _sniff_html(data: bytes) -> bool:
    """Whether raw bytes look like HTML (on their first bytes, whatever the encoding)."""
    bom = _bom(data)
    if bom is not None:
        try:
            return _looks_html(bom[1][:2000].decode(bom[0], errors="ignore"))
        except LookupError:  # pragma: no cover
            return False
    return _looks_html(data[:2000].decode("latin-1"))


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(p|div|article|body|head)[\s>]", head)
    )


_URL_DATE = re.compile(
    r"/(20\d\d|19\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-]|\.\w+$|$)"
)


# A path whose folders give the date with a month unpadded or by name: "/2025/9/4/slug"
# (the Harvard Crimson), "/2023/mar/14/slug" (the Guardian, the Washington Times, the Spokesman-
# Review, many small-town papers), "/2025/Jun/25/NEWS/" — the day its own folder, as in
# ``_URL_DATE``; a month unpadded with no day ("/2024/6/slug") gives the first of the month;
# the month and day in one folder after the year's: "/USA/Justice/2023/0314/slug" (the
# Christian Science Monitor)
_URL_DATE_LOOSE = re.compile(
    rf"/(20\d\d|19\d\d)/(?:(0?[1-9]|1[0-2]|{_MONTHS})(?:/(0?[1-9]|[12]\d|3[01]))?"
    r"|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?=/|\.\w+$|$)",
    re.IGNORECASE,
)


# the date inside a slug: "…-2024-09-30-…", "/20240930/", "monday_september_30th_2024",
# "sept-30-2024" (a month's name, its day, then the year, joined by "-" or "_")
_URL_DATE_SLUG = re.compile(
    r"(?<![\d])(20\d\d|19\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?![\d])"
)
_URL_DATE_NAMED = re.compile(
    rf"(?<![a-z])({_MONTHS})[-_](\d{{1,2}})(?:st|nd|rd|th)?[-_,]+((?:19|20)\d\d)(?![\d])",
    re.IGNORECASE,
)


def date_from_url(url: str) -> str | None:
    """The date many publishers put in their article paths (``/2021/11/15/``), as ISO.

    A path with a year and month only gives the first of the month: close enough to pick the
    Congress or to bound a search, never used as a ruling's own date. Also a date written into
    the slug ("…-2024-09-30", "/20240930/", "september_30th_2024"); only in the path, never
    in the host or the query.
    """
    path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.IGNORECASE).split("?")[0]
    m = _URL_DATE.search(path)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '01'}"
    m = _URL_DATE_YMON.search(path)
    if m:
        month = _MONTH_NUM[m.group(2).lower()]
        return f"{m.group(1)}-{month:02d}-{m.group(3)}"
    m = _URL_DATE_LOOSE.search(path)
    if m:
        mon = (m.group(2) or m.group(4)).lower()
        month = int(mon) if mon.isdigit() else _MONTH_NUM[mon]
        return f"{m.group(1)}-{month:02d}-{int(m.group(3) or m.group(5) or 1):02d}"
    m = _URL_DATE_NAMED.search(path)
    if m and 1 <= int(m.group(2)) <= 31:
        month = _MONTH_NUM[m.group(1).lower()]
        return f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}"
    m = _URL_DATE_SLUG.search(path)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return None


# An archive's path with the month by name: ``/la-xpm-2013-mar-07-la-pn-…`` (Los Angeles Times)
_URL_DATE_YMON = re.compile(
    rf"[/-](20\d\d|19\d\d)-({_MONTHS})-(0[1-9]|[12]\d|3[01])(?=[/-])", re.IGNORECASE
)


_DATE_ANY = re.compile(
    rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),\s+(\d{{4}})\b(?!\s*[-–]\d)", re.IGNORECASE
)


# What every match of ``_DATE_LINE`` and ``_DATE_ANY`` holds: "…6, 2025"
_DAY_COMMA_YEAR = re.compile(r",\s+\d{4}")


def _line_starts(text: str) -> Iterator[int]:
    """Where ``^`` matches in ``text`` with ``re.MULTILINE``: at 0 and after each newline."""
    yield 0
    i = text.find("\n")
    while i >= 0:
        yield i + 1
        i = text.find("\n", i + 1)


# ``_DATE_ANY`` found from its day and year, which open on a digit (fast to search for), the
# month then read just before them: a pattern opening on a word boundary and thirteen months
# is tried at every place of the opening
_DAY_YEAR = re.compile(r"(\d{1,2}),\s+(\d{4})\b(?!\s*[-–]\d)")
_MONTH_BEFORE = re.compile(rf"\b({_MONTHS})\.?\s+$", re.IGNORECASE)


def _first_date(head: str) -> re.Match[str] | None:
    """``_DATE_ANY.search(head)``: the first "Month D, YYYY" of ``head``."""
    for d in _DAY_YEAR.finditer(head):
        s = d.start()
        if s and head[s - 1].isdigit():
            continue
        month = _MONTH_BEFORE.search(head, max(0, s - 16), s)
        if month is not None and (m := _DATE_ANY.match(head, month.start())):
            return m
    return None


# A weekly roundup's span in its heading: "This Week From the Hill (May 19 – 25, 2024)",
# "Jan. 28–Feb. 3, 2025": its last day, as the date
@cache
def _date_range() -> re.Pattern[str]:
    """(compiled on its first use: only after a ``_RANGE_TAIL``)"""
    return re.compile(
        rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}\s*[-–]\s*(?:({_MONTHS})\.?\s+)?(\d{{1,2}}),\s+(\d{{4}})\b",
        re.IGNORECASE,
    )


# (its end, opening on the dash: found fast; the whole span is then read just before it)
_RANGE_TAIL = re.compile(r"[-–]\s*(?:[A-Za-z]{3,9}\.?\s+)?\d{1,2},\s+\d{4}\b")


# A labelled date line near the top of a story ("Published 3:04 p.m. ET March 3, 2026",
# "Updated: 2026-03-05", "Posted on 3/3/2026", "date 2025-08-22"): the label opens its line or
# follows a byline's separator ("By Jane Roe | Published …"), and only a clock time or a
# weekday stands between it and the date, so a sentence of the story ("published in the
# Federal Register on April 23, 2025") is never read as one
_LABEL = re.compile(
    r"(?:^|[|•·—–]|\s-)[ \t]*(?:(?:last|originally)\s+)?"
    r"(published|updated|posted|modified|date|dated)\b[ \t]*(?:on|at)?[ \t]*:?[ \t]*"
    r"(?:\d{1,2}(?::\d{2}[ \t]*(?:[ap]\.?[ \t]?m\.?)?|[ \t]*[ap]\.?[ \t]?m\.?)"
    r"(?:[ \t]+[A-Z]{2,4}\b)?[ \t]*[,|•·-]?[ \t]*)?"
    r"(?:on[ \t]+)?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur"
    r"|thurs|fri|sat|sun)\.?,?[ \t]+)?",
    re.IGNORECASE | re.MULTILINE,
)
# The date itself, in every shape a date line prints it: "June 5, 2025", "Jun 5th 2025",
# "5th June 2025", "5 of June, 2025", "2025-06-05", "2025/06/05", "06/05/2025" (U.S. order,
# read day first only when the month cannot be: "24/04/2025"), "24-04-2025" or "24.04.2025"
# (read only when one order is impossible: "03-04-2025" is left unread)
_ORD = r"(?:st|nd|rd|th)?"
_DATE_BODY = (
    rf"(?P<d1>\d{{1,2}}){_ORD}(?:[ \t]+of)?[ \t]+(?P<m1>{_MONTHS})\.?,?[ \t]+(?P<y1>\d{{4}})"
    rf"|(?P<m4>{_MONTHS})\.?[ \t]+(?P<d4>\d{{1,2}}){_ORD},?[ \t]+(?P<y4>\d{{4}})"
    r"|(?P<y2>\d{4})(?P<s2>[-/.])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2})"
    r"|(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>\d{4}{SHORT})"
    r"|(?P<a5>\d{1,2})(?P<s5>[-.])(?P<b5>\d{1,2})(?P=s5)(?P<y5>\d{4})"
)


@cache
def _labelled_date() -> re.Pattern[str]:
    """The date after a date line's label, compiled on its first use (most stories' tops hold
    no label)."""
    return re.compile(
        "(?:" + _DATE_BODY.replace("{SHORT}", "|\\d{2}") + r")(?![\d/.-])\b",
        re.IGNORECASE,
    )


def _read_date(g: dict[str, str | None]) -> str | None:
    """The ISO date a match of ``_DATE_BODY`` holds, or None (no such day, or a numeric date
    that reads either way)."""

    def num(name: str) -> int:
        return int(g[name] or 0)

    if g["d1"]:
        return _iso(num("y1"), _MONTH_NUM[(g["m1"] or "").lower()], num("d1"))
    if g["m4"]:
        return _iso(num("y4"), _MONTH_NUM[g["m4"].lower()], num("d4"))
    if g["y2"]:
        return _iso(num("y2"), num("m2"), num("d2"))
    if g["m3"]:
        year = num("y3") + (2000 if len(g["y3"] or "") == 2 else 0)
        a, b = num("m3"), num("d3")
        return _iso(year, a, b) if a <= 12 else _iso(year, b, a)
    a, b, year = num("a5"), num("b5"), num("y5")
    if a > 12 >= b or a == b:
        return _iso(year, b, a)
    if b > 12 >= a:
        return _iso(year, a, b)
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` for a real day of a plausible year, else None."""
    import datetime

    if not 1790 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def labelled_date(text: str) -> str | None:
    """The date of a labelled date line in the first lines of a text, as ISO: the first
    "Published"/"Posted"/"Date" line's, else the first "Updated" line's (an update is later
    than the story, so it only stands in for a missing publication date). Numeric dates are
    read in the U.S. order, month first ("3/4/2026" is March 4)."""
    head = text[:2000]
    if not re.search(r"(?i)published|updated|posted|modified|date", head):
        return None
    best: dict[bool, str] = {}
    for lab in _LABEL.finditer(head):
        m = _labelled_date().match(head, lab.end())
        if m is None:
            continue
        found = _read_date(m.groupdict())
        if found:
            updated = lab.group(1).lower() in ("updated", "modified")
            best.setdefault(updated, found)
            if not updated:
                break
    return best.get(False) or best.get(True)


def _range_date(text: str) -> str | None:
    """The last day of a span the opening gives ("May 19 – 25, 2024"), as ISO."""
    tail = _RANGE_TAIL.search(text, 0, 400)
    if tail and (r := _date_range().search(text, max(0, tail.start() - 16), tail.end())):
        start_month = re.match(r"[A-Za-z]+", r.group(0))
        month = (r.group(1) or (start_month.group(0) if start_month else "")).lower()
        if month in _MONTH_NUM and 1 <= int(r.group(2)) <= 31:
            return f"{int(r.group(3)):04d}-{_MONTH_NUM[month]:02d}-{int(r.group(2)):02d}"
    return None


def date_in_text(text: str) -> str | None:
    """The article's date from its first lines, as ISO: a dateline such as 'Aug. 6, 2025'
    alone on a line, else the first full date in the opening ("Tuesday, April 16, 2024,
    12:59 PM"), else the last day of a span the opening gives ("May 19 – 25, 2024"), else a
    labelled date line ("Published 3:04 p.m. ET March 3, 2026", "Updated: 2026-03-05"; see
    ``labelled_date``), else a dated ``source:`` URL at the top of the text."""
    head = text[:600]
    # (every pattern here holds a day's number, a comma and a year: without that, none is
    # run; a date alone on a line is tried only where a line starts, not at each character)
    m = None
    if _DAY_COMMA_YEAR.search(head):
        m = next(
            (d for i in _line_starts(head) if (d := _DATE_LINE.match(head, i))), None
        ) or _first_date(text[:400])
        if not m and (found := _range_date(text)):
            return found
    if not m:
        if (labelled := labelled_date(text)) is not None:
            return labelled
        src = re.match(r"\s*source:\s*(\S+)", text)
        return date_from_url(src.group(1)) if src else None
    month = _MONTH_NUM[m.group(1).lower()]
    return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"


# A dateline that opens its line in another shape than "Month D, YYYY" alone: the day first
# ("Wednesday, 08 November 2023 | A. Writer", "29 Sept 2024 10:47 AM IST", "1 August 2025 at
# 21:04"), an ISO or U.S. numeric date with its clock time ("2024-10-25 03:36 Last updated …",
# "06/09/2015 01:16 PM EDT"), or any of them after a byline's separator ("By A. Writer |
# 08/22/2025 01:44 PM EDT"); only the line's end, a separator or a clock time may follow it, so
# a timeline's item ("April 29, 2024 - The agency released …") or a sentence is never one
_LED_DATE = re.compile(
    # (a byline before it, ended by a separator: "By A. Writer | ", "By A. Writer - ",
    # "By A. Writer, Staff Writer, ")
    r"[ \t]*(?:By\b[^|\n]{1,80}?(?:\||[ \t][-–—•·]|,)[ \t]*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    "(?:" + _DATE_BODY.replace("{SHORT}", "") + ")"
    r"(?=[ \t]*(?:$|[|·•]|,?[ \t]*(?:at[ \t]+)?\d{1,2}:\d{2}))",
    re.IGNORECASE | re.MULTILINE,
)


def _led_date(head: str) -> str | None:
    """The date of the first line of ``head`` that a dateline opens (see ``_LED_DATE``)."""
    for i in _line_starts(head):
        m = _LED_DATE.match(head, i)
        if m is None:
            continue
        found = _read_date(m.groupdict())
        if found:
            return found
    return None


# A file photo's caption line, whose date is the picture's, taken long before the story: a
# wire photo's "FILE - …" or its credit "(… via AP, File)". (Another caption's date is the
# day's news, read like a sentence's.)
_FILE_CAPTION = re.compile(
    r"^[ \t]*FILE[ \t]*(?:PHOTO[ \t]*)?[-–—:]|[,/][ \t]*File[ \t]*(?:Photo[ \t]*)?\)", re.MULTILINE
)


def _prose_date(text: str) -> str | None:
    """The first "Month D, YYYY" of the opening that no file photo's caption holds."""
    head = text[:400]
    pos = 0
    while (m := _first_date(head[pos:])) is not None:
        a = pos + m.start()
        ls = head.rfind("\n", 0, a) + 1
        le = text.find("\n", a)
        line = text[ls : len(text) if le < 0 else le]
        if not _FILE_CAPTION.search(line) and not _SINCE.search(head, max(ls, a - 80), a):
            month = _MONTH_NUM[m.group(1).lower()]
            return _iso(int(m.group(3)), month, int(m.group(2)))
        pos = pos + m.end()
    return None


# "Since President Trump took office on January 20, 2025, he has …": the start of a period
# the story tells as still running, weeks or years before it was written, never its date.
_SINCE = re.compile(r"\b[Ss]ince\b[^.;!?\n]*$")


def _url_day_known(url: str) -> bool:
    """Whether ``date_from_url`` reads a whole date from ``url``, not a year and month only."""
    path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.IGNORECASE).split("?")[0]
    m = _URL_DATE.search(path)
    if (
        m is None
        and _URL_DATE_YMON.search(path) is None
        and (m := _URL_DATE_LOOSE.search(path)) is not None
    ):
        return m.group(2) is None or m.group(3) is not None
    return m is None or m.group(3) is not None


_SOURCE_TOP = re.compile(r"\s*source:[ \t]*(\S*)[^\n]*\n\s*", re.IGNORECASE)


def article_date(text: str, url: str | None = None) -> str | None:
    """The article's date, as ISO, from its text and the address it came from.

    A dateline of its own wins: a date alone on a line, a line a dateline opens ("29 Sept 2024
    10:47 AM IST", "By A. Writer | 08/22/2025 01:44 PM EDT"), a roundup's span, a labelled
    "Published"/"Updated" line. A date in a sentence of the opening ("On April 23, 2024, the
    agency announced …") is an event's, often weeks or years before the story: a dated address
    wins over it, unless the address gives only the month and the sentence's date falls in it.
    A file photo's caption date ("FILE - … May 4, 2023") is never read. A ``source:`` line
    at the top (how the corpus notes where a text came from) is no part of the story: the
    file read by ``linker scan`` and the text ``linker.eval`` reads after that line get the
    same date.
    """
    if (top := _SOURCE_TOP.match(text)) is not None:
        url = url or top.group(1)
        text = text[top.end() :]
    head = text[:600]
    if _DAY_COMMA_YEAR.search(head) and (
        m := next((d for i in _line_starts(head) if (d := _DATE_LINE.match(head, i))), None)
    ):
        month = _MONTH_NUM[m.group(1).lower()]
        return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"
    if found := _led_date(head) or _range_date(text) or labelled_date(text):
        return found
    src = url or _source_url(text)
    prose = _prose_date(text) if _DAY_COMMA_YEAR.search(head) else None
    if prose is None:
        return date_from_url(src) if src else None
    on_url = date_from_url(src) if src else None
    if on_url is None:
        return prose
    if src and not _url_day_known(src) and prose[:7] == on_url[:7]:
        return prose
    return on_url


def _visible(text: str) -> bool:
    """Whether ``text`` has something to read: not only spaces and invisible characters."""
    from .textnorm import INVISIBLE, normalise

    body = text.lstrip()
    if body and body[0] not in INVISIBLE:
        return True  # (its first character that is no space is kept: no need to normalise)
    return bool(normalise(text).text.strip())


_WEB_SOURCE = re.compile(r"https?://\S+$", re.IGNORECASE)


def _source_url(text: str) -> str | None:
    """A ``source: https://…`` line at the top of a text (how the corpus notes where it came
    from)."""
    m = re.match(r"\s*source:\s*(https?://\S+)", text, re.IGNORECASE)
    return m.group(1) if m else None


def _first_line(text: str) -> str | None:
    """The first line with words that is no ``source:`` line, stripped: read from an opening
    of the text (lengthened while it holds none), not from all of its lines."""
    size = 2000
    while True:
        lines = text[:size].splitlines()
        whole = size >= len(text)
        for ln in lines if whole else lines[:-1]:  # (the opening's last line may be cut)
            ln = ln.strip()
            if ln and not ln.lower().startswith("source:"):
                return ln
        if whole:
            return None
        size *= 4


def from_text(
    text: str,
    source: str,
    *,
    is_html: bool = False,
    date: str | None = None,
    url: str | None = None,
) -> Article:
    """An ``Article`` from already decoded text (HTML when ``is_html``).

    ``url`` is where the article was fetched from, if it was; a page's ``<base>`` or canonical
    URL, or a text's ``source:`` line, is used otherwise.
    """
    if is_html:
        from .htmltext import extract

        try:
            ex = extract(text, url=url)
        except InputError as e:
            raise InputError(f"{source}: {e}") from None
        if not _visible(ex.text):
            raise InputError(f"{source}: no article text found in the HTML")
        return Article(
            source=source,
            text=ex.text,
            title=ex.title,
            # (a page whose markup gives no date: its text's date line, else its address's)
            date=date or ex.date or article_date(ex.text, ex.url or url or source),
            html=text,
            text_map=ex.text_map,
            byline=ex.byline,
            url=ex.url or url,
        )
    if not _visible(text):
        raise InputError(f"{source}: the article is empty")
    first = _first_line(text)
    title = first if first and len(first) < 200 else None
    return Article(
        source=source,
        text=text,
        title=title,
        date=date or article_date(text, url or _source_url(text) or source),
        # (a corpus reader passes the ``source:`` URL as the source, the line already cut)
        url=url or _source_url(text) or (source if _WEB_SOURCE.match(source) else None),
    )


def _read_stdin(limit: int) -> bytes:
    stream = sys.stdin.buffer
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise _too_big("stdin", limit)
    return b"".join(chunks)


def _read_file(where: str, limit: int) -> bytes:
    """The bytes of a regular file, refusing devices, FIFOs and sockets without blocking."""
    try:
        st = os.stat(where)
    except FileNotFoundError:
        raise InputError(f"{where}: no such file") from None
    except OSError as e:
        raise InputError(f"{where}: cannot read ({e.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{where}: is a directory, not an article")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(
            f"{where}: not a regular file (a device, FIFO or socket); "
            "give a file, a URL, or - for standard input"
        )
    if st.st_size > limit:
        raise _too_big(where, limit)
    try:
        # O_NONBLOCK: should the path become a FIFO after the check, opening it never waits.
        fd = os.open(where, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise InputError(f"{where}: cannot read ({e.strerror})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(f"{where}: not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise InputError(f"{where}: cannot read ({e.strerror})") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise _too_big(where, limit)
    return data


def load_article(
    where: str,
    *,
    client: httpx.Client | None = None,
    date: str | None = None,
    max_bytes: int = MAX_BYTES,
    max_chars: int = MAX_CHARS,
) -> Article:
    """Read ``where`` (a path, an http(s) URL or ``-`` for stdin) into an ``Article``.

    Only regular files, ``-`` and URLs are read, each up to ``max_bytes``, and an article's
    text is at most ``max_chars`` characters: more is refused, never cut. Raises
    ``InputError`` with a one-line message for anything that is not a readable article.
    """
    article = _load(where, client, date, max_bytes)
    if len(article.text) > max_chars:
        raise InputError(
            f"{where}: the article's text is {len(article.text):,} characters, more than the "
            f"{max_chars:,} linker scans (raise the limit with --max-text CHARS)"
        )
    return article


def _load(where: str, client: httpx.Client | None, date: str | None, max_bytes: int) -> Article:
    if where == "-":
        data = _read_stdin(max_bytes)
        if _sniff_html(data):
            return from_text(decode_html(data, "stdin"), "-", is_html=True, date=date)
        return from_text(decode_text(data, "stdin"), "-", date=date)
    if re.match(r"^https?://", where, re.IGNORECASE):
        return _load_url(where, client, date, max_bytes)
    data = _read_file(where, max_bytes)
    suffix = Path(where).suffix.lower()
    is_html = suffix in HTML_SUFFIXES or (suffix not in (".txt", ".md") and _sniff_html(data))
    if is_html:
        return from_text(decode_html(data, where), where, is_html=True, date=date)
    return from_text(decode_text(data, where), where, date=date)


def _load_url(url: str, client: httpx.Client | None, date: str | None, limit: int) -> Article:
    import httpx

    own = client is None
    c = client or httpx.Client(
        timeout=httpx.Timeout(20.0, connect=10.0),
        follow_redirects=True,
        headers={"User-Agent": "linker/0.1 (+https://github.com/linker)"},
    )
    try:
        with c.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise InputError(f"{url}: the server answered {resp.status_code}")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _too_big(url, limit)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    raise _too_big(url, limit)
            data = b"".join(chunks)
            ctype = resp.headers.get("content-type", "")
            charset = resp.charset_encoding
            final = str(resp.url)
    except httpx.HTTPError as e:
        raise InputError(f"{url}: could not fetch ({type(e).__name__}: {e})") from None
    finally:
        if own:
            c.close()
    if not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype or not ctype):
        raise InputError(f"{url}: not a text or HTML page ({ctype or 'unknown type'})")
    if "html" in ctype or (not ctype.startswith("text/plain") and _sniff_html(data)):
        text = decode_html(data, url, charset)
        return from_text(text, url, is_html=True, date=date, url=final)
    if charset and _bom(data) is None:
        try:
            text = _text_only(data.decode(_codec(charset) or "utf-8"), url)
        except UnicodeDecodeError:
            raise InputError(f"{url}: could not decode the page as {charset}") from None
    else:
        text = decode_text(data, url)
    return from_text(text, url, date=date, url=final)
