"""Executive orders and proclamations by number and by title, for the ``executive`` pass.

* numbered: "Executive Order 14159", "Executive Order No. 14159", "E.O. 14,110", "EO 14110",
  "Executive Orders 14110, 14117 and 14144" (one mention per number), "Proclamation 10949",
  "the executive order, No. 14257"; the number is the id (``eo:N``, ``proc:N``), no data
  needed; a governor's, mayor's or county's numbered order is not a president's;
* titled: an order's official title ("Protecting the Meaning and Value of American
  Citizenship") from ``linker/data/executive_orders.csv``, or, for an order that table lacks,
  from the Federal Register's (``executive_orders_fr.csv``, titles of five words or more that
  no other order shares).
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import months
from ..models import Mention
from .context import ScanContext
from .doc import Anchor, Doc
from .lazyre import deferred, lazy
from .orderdata import (
    ExecOrder,
    RegisterOrder,
    executive_orders,
    order_mention,
    orders_by_id,
    register,
)
from .phrases import PhraseMatcher, bank_table

_N = r"(?:\d{1,2},\d{3}|\d{3,5})"
_NO = r"(?:(?:No\.?|Nos\.|Number|#)\s*)?"
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
EO_HEAD = re.compile(
    # "Executive Order (EO) 14026": the abbreviation the article defines, between
    r"\b(?:(?P<long>[Ee]xecutive\s+[Oo]rders?(?:\s*\((?:E\.\s?O\.s?|EOs?)\))?)|(?P<short>E\.\s?O\.s?|EOs?))"
    rf"\s*{_NO}(?P<num>{_N})(?![\d,.-]\d|-|[^\W¹²³⁴⁵⁶⁷⁸⁹⁰])"
)
PROC_HEAD = re.compile(
    rf"\b(?:[Pp]roclamations?|Proc\.)\s*{_NO}(?P<num>\d{{1,2}},\d{{3}}|\d{{2,5}})(?![\d,.-]\d|-|[^\W¹²³⁴⁵⁶⁷⁸⁹⁰])"
)
# "The executive order, No. 14257, sets …", "a second order, No. 14173": the number set in
# apposition after the word "order". Only an executive order's five-digit range.
# (``\b(?:[Ee]xecutive\s+)?[Oo]rder`` written to open on the first letter, which the regex
# engine skips ahead to; the look-behind after it asks what the word boundary would. An "E"
# can only open "Executive Order", an "O" only "Order".)
ORDER_NO = lazy(
    r"[EeOo](?<!\w.)(?:(?<=[Ee])xecutive\s+[Oo]|(?<=[Oo]))rder,?\s+"
    r"(?P<no>(?:No\.|Number)\s*(?P<num>1[0-4],?\d{3}))"
    r"(?![\d,.-]\d|-|[^\W¹²³⁴⁵⁶⁷⁸⁹⁰])"
)
# A footnote marker after a listed number: "14151,[i] 14173,[ii] and 14168", "14151[1]",
# "14151¹".
_MARK = r"(?:\[(?:[ivx]{1,5}|\d{1,3}|[a-z])\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?"
_LIST_SEP = rf"(?:{_MARK}\s*,\s*{_MARK}\s*(?:and\s+|or\s+)?|{_MARK}\s+(?:and|or|&)\s+)"
LIST_TAIL = lazy(rf"{_LIST_SEP}{_NO}(?P<num>{_N})(?![\d,.-]\d|-|[^\W¹²³⁴⁵⁶⁷⁸⁹⁰])")
# A list of order numbers after a colon (or a dash), its head a few words before: "The
# challenged orders (EOs) are as follows: 14151, 14173 and 14168", "two orders — 14168 and …"
COLON_LIST = deferred(
    r"(?::|[ \t\u00a0][—–])[ \t\u00a0]*(?P<num>1[0-4],?\d{3})(?![\d,.-]\d|-|[^\W¹²³⁴⁵⁶⁷⁸⁹⁰])"
)
LIST_HEAD = deferred(r"\b(?:[Ee]xecutive\s+[Oo]rders|E\.\s?O\.s|EOs|[Oo]rders)\b[^.;:!?\n]{0,60}$")
WORD = re.compile(r"[\w'’-]+")


# A governor's, mayor's or county's numbered order: "Gov. Andrew Cuomo's Executive Order
# 202", "Mayor Eric Adams issued Emergency Executive Order 665".
# "(?:\bGov\.|\b(?:Governor|governor|Mayor|mayor)\b|\b(?:[Ss]tate|[Cc]ity|[Cc]ounty)['’]s\s)
# [^.;:!?]{0,50}$|\b(?:Emergency|[Mm]unicipal|[Cc]ounty|[Ss]tate)\s+$", written to open on the
# letters its words open on, the word boundary before each asked by looking behind after it (a
# pattern opening on a word boundary is tried at every place: 1.7 → 1.1 µs a search)
NOT_PRESIDENTIAL = re.compile(
    r"[GgMmSsCc](?<!\w.)(?:(?<=G)ov\.|(?<=[Gg])overnor\b|(?<=[Mm])ayor\b"
    r"|(?<=[Ss])tate['’]s\s|(?<=[Cc])(?:ity|ounty)['’]s\s)[^.;:!?]{0,50}$"
    r"|[EMmCcSs](?<!\w.)(?:(?<=E)mergency|(?<=[Mm])unicipal|(?<=[Cc])ounty|(?<=[Ss])tate)\s+$"
)


_PRESIDENT_WORD = re.compile(r"\bPresident\b")
_PRESIDENT_NAMED = re.compile(r"\bPresident|\b(?:Roosevelt|Wilson)\b")


def _not_presidential(text: str, at: int, number: int) -> bool:
    before = text[max(0, at - 60) : at]
    if NOT_PRESIDENTIAL.search(before) and not _PRESIDENT_WORD.search(before):
        return True
    # a four-figure or smaller number is no modern president's order unless one is named
    sentence = text[max(0, at - 200) : at]
    return number < 1000 and not _PRESIDENT_NAMED.search(sentence)


def _num(s: str) -> int:
    return int(s.replace(",", ""))


# Where a numbered order or proclamation can start: "Executive Order(s)", "E.O.", "EO(s)",
# "Proclamation(s)", "Proc." (a number follows within a few words).
EO_ANCHOR = Anchor("eo_number", ("Executive", "executive", "E.O", "E. O", "EO"), 0, 60, "word")
PROC_ANCHOR = Anchor("proc_number", ("Proclamation", "proclamation", "Proc."), 0, 60, "word")


def _numbered(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    for rx, prefix, anchor in ((EO_HEAD, "eo", EO_ANCHOR), (PROC_HEAD, "proc", PROC_ANCHOR)):
        found = (m for ws, we in doc.windows(anchor.name) for m in rx.finditer(text, ws, we))
        for m in found:
            n = _num(m.group("num"))
            if prefix == "eo" and m.group("short") and n < 1000:
                continue  # "EO 12" is not an executive order number
            if _not_presidential(text, m.start(), n):
                continue  # "Gov. Cuomo's Executive Order 202", "Emergency Executive Order 665"
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    text[m.start() : m.end()],
                    "executive-action",
                    f"{prefix}:{n}",
                    confidence=0.97,
                    matcher="executive",
                    evidence="numbered presidential document",
                )
            )
            pos = m.end()
            while True:
                t = LIST_TAIL().match(text, pos)
                if not t:
                    break
                s = t.start("num")
                # Include a "No." written before this number, not the separator.
                lead = re.search(rf"{_NO}$", text[t.start() : s])
                if lead and lead.group(0):
                    s -= len(lead.group(0))
                out.append(
                    Mention(
                        s,
                        t.end(),
                        text[s : t.end()],
                        "executive-action",
                        f"{prefix}:{_num(t.group('num'))}",
                        confidence=0.95,
                        matcher="executive",
                        evidence="numbered presidential document",
                    )
                )
                pos = t.end()
    out += _colon_list(doc, out)
    for m in ORDER_NO().finditer(text) if doc.holds("No.") or doc.holds("Number") else ():
        if any(x.start <= m.start("no") < x.end for x in out):
            continue
        out.append(
            Mention(
                m.start("no"),
                m.end(),
                m.group("no"),
                "executive-action",
                f"eo:{_num(m.group('num'))}",
                confidence=0.9,
                matcher="executive",
                evidence="executive order number given after the word 'order'",
            )
        )
    return out


def _known_order(n: int, date: str | None) -> bool:
    """Whether ``n`` is an executive order the tables know, signed by ``date`` (if given)."""
    o = register().by_number.get(n)
    day = o.signing_date if o else None
    if day is None:
        known = orders_by_id().get(f"eo:{n}")
        if known is None:
            return False
        day = known.signing_date or None
    return not (date and day and day > date)


def _colon_list(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Order numbers listed after a colon whose head ("executive orders", "EOs", "orders")
    stands a few words before it ("The challenged orders (EOs) are as follows: 14151,[i]
    14173,[ii] and 14168"): each number the tables know as an order signed by the article's
    date is that order (a number they do not know is left alone)."""
    text = doc.text
    if (":" not in text and "—" not in text and "–" not in text) or not (
        doc.holds("orders") or doc.holds("Orders") or doc.holds("EOs")
    ):
        return []
    out: list[Mention] = []
    for m in COLON_LIST.finditer(text):
        if any(x.start <= m.start("num") < x.end for x in found):
            continue
        head = LIST_HEAD.search(text, max(0, m.start() - 80), m.start())
        if head is None or _not_presidential(text, head.start(), 14000):
            continue
        nums = [(m.start("num"), m.end("num"), m.group("num"))]
        pos = m.end()
        while (t := LIST_TAIL().match(text, pos)) is not None:
            nums.append((t.start("num"), t.end("num"), t.group("num")))
            pos = t.end()
        for s, e, num in nums:
            if _known_order(_num(num), doc.date):
                out.append(
                    Mention(
                        s,
                        e,
                        text[s:e],
                        "executive-action",
                        f"eo:{_num(num)}",
                        confidence=0.9,
                        matcher="executive",
                        evidence="an order number listed after executive orders named just before",
                    )
                )
    return out


# Short function words a title may print in either case: the Federal Register capitalises
# "With", "To", "That" in "Regulating Imports With a Reciprocal Tariff To Rectify …", news
# often prints them in lower case (twenty-fifth session, census31 P7). The matcher asks a
# capital only where its phrase has one, so the phrase keeps them in lower case.
_FUNCTION_WORD = deferred(
    r"(?<=\s)(?:A|An|And|As|At|But|By|For|From|In|Into|Of|On|Or|Than|That|The|To|Upon|With)"
    r"(?=\s)"
)


def _loose_case(title: str) -> str:
    """``title`` with its function words after the first word in lower case."""
    return _FUNCTION_WORD.sub(lambda m: m.group(0).lower(), title)


@bank_table
@cache
def _title_matcher() -> PhraseMatcher[ExecOrder]:
    entries: list[tuple[str, ExecOrder]] = []
    for o in executive_orders():
        if len(WORD.findall(o.title)) >= 5:
            entries.append((_loose_case(o.title), o))
    return PhraseMatcher(entries)


# A register title that is the name of an office or a body the order set up or spoke to
# ("Director of the Office of Management and Budget", "President's Commission on the
# Holocaust"): news printing those words names the office or the body, not the order.
BODY_TITLE = deferred(
    r"(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}?(?:Commission|Committee|Council|Board|Task\s+Force|"
    r"Office|Director|Administrator|Secretary|Agency|Institute|Foundation|Corps|Panel)"
    r"(?:\s+(?:on|of|for|in)\s.*)?$"
)


@cache
def _register_title_matcher() -> PhraseMatcher[RegisterOrder]:
    """The Federal Register's titles of orders the curated table lacks, five words or more; a
    title two orders share ("Adjustments of Certain Rates of Pay", every year) is left out.
    Not one of the bank's tables made before its first walk: made (and joined to the bank,
    whose next walk of an article then holds its hits) on the first article that speaks of
    an order or a proclamation, as its 3,000 titles cost start-up time (the file, the
    automaton) that an article naming no order never repays."""
    curated = {o.authority for o in executive_orders()}
    by_title: dict[str, list[RegisterOrder]] = {}
    for o in register().by_number.values():
        if BODY_TITLE.match(o.title):
            continue
        if o.authority not in curated and len(WORD.findall(o.title)) >= 5:
            by_title.setdefault(o.title.lower(), []).append(o)
    return PhraseMatcher((_loose_case(v[0].title), v[0]) for v in by_title.values() if len(v) == 1)


def _titled(text: str, ctx: ScanContext, *, register: bool = True) -> list[Mention]:
    """Orders named by their title; the Federal Register's titles only when ``register`` (the
    text speaks of an order or a proclamation somewhere: an anchor word of the pass)."""
    out: list[Mention] = []
    for rhit in _register_title_matcher().hits_in(ctx) if register else ():
        r = rhit.payload
        if ctx.date and r.signing_date > ctx.date:
            continue
        out.append(
            order_mention(
                text,
                rhit.start,
                rhit.end,
                r.authority,
                r.title,
                0.85,
                f"title of {r.authority} ({r.citation})",
            )
        )
    by_span: dict[tuple[int, int], list[ExecOrder]] = {}
    for hit in _title_matcher().hits_in(ctx):
        o = hit.payload
        if ctx.date and o.signing_date and o.signing_date > ctx.date:
            continue
        by_span.setdefault((hit.start, hit.end), []).append(o)
    out += [
        m
        for m in _short_titled(text, ctx)
        if not any(a < m.end and m.start < b for a, b in by_span)
    ]
    for (start, end), orders in by_span.items():
        one = orders[0] if len(orders) == 1 else _of_shared_title(text, start, orders)
        out.append(
            order_mention(
                text,
                start,
                end,
                one.authority if one else None,
                one.title if one else orders[0].title,
                0.9 if one else 0.6,
                f"title of {one.authority}" if one else "a title several orders share",
            )
        )
    return out


# A short title (two to four words) right before "executive order", and the year the order has
# stood since or came from after it in its clause: "revoking an Equal Employment Opportunity
# executive order in place since 1965", "the Equal Employment Opportunity executive order of
# 1965". ``_titled`` takes titles of five words or more only; a short one is a topic as often
# as a title, and is read only with its year.
SHORT_TITLE_ORDER = deferred(
    r"(?<![\w-])(?P<title>[A-Z][\w'’-]+(?:\s+(?:of|and|for|the|on|to|in|[A-Z][\w'’-]+)){1,3}?)"
    r"\s+[Ee]xecutive\s+[Oo]rder\b(?!s)"
)
SHORT_TITLE_YEAR = deferred(
    r"(?:\s+(?:(?:that\s+had\s+been|that\s+has\s+been|which\s+had\s+been)\s+)?"
    r"(?:(?:in\s+(?:place|effect|force)|on\s+the\s+books)\s+since|(?:signed|issued)\s+(?:by\s+(?:President\s+)?(?:[A-Z][a-z]+\s+){1,3})?in|from|of)"
    r"|\s*\()\s+?(?P<year>(?:19|20)\d\d)\b"
)


def _short_titled(text: str, ctx: ScanContext) -> list[Mention]:
    """Orders named by a short title and dated by a year in their clause (``SHORT_TITLE_ORDER``):
    the one order of the curated table or the Federal Register's of that title signed that
    year (the year an order stood "since" is the one it was signed in). Nothing when none or
    two fit."""
    if "xecutive" not in text:
        return []
    out: list[Mention] = []
    orders: list[ExecOrder | RegisterOrder] = []
    for m in SHORT_TITLE_ORDER.finditer(text):
        year = SHORT_TITLE_YEAR.match(text, m.end())
        if year is None:
            continue
        title = m.group("title").lower()
        if not orders:
            orders = [*executive_orders(), *register().by_number.values()]
        fits = {
            o.authority: (o.title, o.signing_date)
            for o in orders
            if o.title.lower() == title and o.signing_date[:4] == year.group("year")
        }
        if len(fits) != 1 or (ctx.date and next(iter(fits.values()))[1] > ctx.date):
            continue
        ((authority, (full, _)),) = fits.items()
        out.append(
            order_mention(
                text,
                m.start(),
                year.end(),
                authority,
                full,
                0.85,
                f"short title of {authority} with the year it was signed",
            )
        )
    return out


# A month and day: "March 6", "Jan. 27th".
_MONTH_DAY = deferred(
    r"\b(?P<month>"
    + "|".join(sorted((m.capitalize() for m in months()), key=len, reverse=True))
    + r")\.?\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)?\b"
)
SHARED_TITLE_REACH = 400


def _of_shared_title(text: str, start: int, orders: list[ExecOrder]) -> ExecOrder | None:
    """Of orders that share a title (the travel ban of January 27, 2017 and its revision of
    March 6), the one whose signing day the article names last before the title (within
    ``SHARED_TITLE_REACH`` characters): "On Monday, March 6, 2017, President Trump signed a
    revised executive order … The executive order, “Protecting the Nation …”". None when no
    day of theirs is named there: two equally good orders give no id."""
    days = {}
    for o in orders:
        if o.signing_date and len(o.signing_date) == 10:
            days[(int(o.signing_date[5:7]), int(o.signing_date[8:]))] = o
    last = None
    for m in _MONTH_DAY.finditer(text, max(0, start - SHARED_TITLE_REACH), start):
        month = months().get(m.group("month").lower())
        if month is not None and (month, int(m.group("day"))) in days:
            last = days[(month, int(m.group("day")))]
    return last
