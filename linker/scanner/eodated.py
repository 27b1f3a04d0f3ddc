"""Executive orders named by their signing day (and president) but not their number, for the
``executive`` pass: "a March 25 executive order issued by former President Donald Trump",
"Mr. Trump's executive order, signed on Jan. 27", "Biden's Oct. 30 order", linked through the
Federal Register table (``linker/data/executive_orders_fr.csv``, read by ``orderdata.py``);
and orders told by the first day of a term and their topic ("President Trump issued an
executive order on his first day in office, stating his intention to review California's
emissions waivers"), through that table and the curated one (``_first_day``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..lexicon import months
from ..models import Mention
from .doc import Doc
from .eodescribed import (
    _PRES,
    PRES_NAME,
    _clause_end,
    _president_before,
    _president_cue,
    _sitting_president,
    _unnamed_president,
)
from .eonumbered import _not_presidential
from .lazyre import deferred, lazy
from .orderdata import (
    STOP_WORDS,
    ExecOrder,
    RegisterOrder,
    executive_orders,
    order_mention,
    orders_by_id,
    register,
    stems,
    topic_matcher,
)
from .trie import is_word_char

_MONTH = "|".join(sorted((re.escape(w.capitalize()) for w in months()), key=len, reverse=True))
_DATE = (
    rf"(?P<month>{_MONTH})\.?\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)?(?:,\s*(?P<year>(?:19|20)\d\d),?)?"
)
# "a March 25 executive order", "Trump's Jan. 20, 2025, executive order"
DATE_BEFORE = lazy(
    rf"(?:\b(?P<poss>{_PRES})['’]s\s+|\b(?P<the>[Tt]he\s+[Pp]resident['’]s)\s+"
    rf"|\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]hat|[Tt]his)\s+)"
    rf"{_DATE}\s+$"
)
_WHO_PRES = (
    rf"(?:(?:former|then-|then)\s*)?(?:President\s+)?(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?)?"
    rf"(?P<name>{_PRES})\b"
)
# "… issued by former President Donald Trump", "… signed by Biden"
BY_WHOM = re.compile(rf"\s*,?\s*(?:issued|signed)\s+by\s+{_WHO_PRES}")
# "an executive order Trump signed on March 25", "an executive order signed March 25, 2025",
# "the executive order the president signed on March 3", "… he signed on March 3"
DATE_AFTER = lazy(
    rf"\s*,?\s*(?:(?:that|which)\s+)?(?:(?:{_WHO_PRES}|(?P<unnamed>the\s+[Pp]resident|he|she))\s+)?"
    rf"(?:signed|issued)\s+(?:on\s+)?{_DATE}"
)
NOT_A_PRESIDENTS = re.compile(
    r"\s*,?\s*(?:(?:issued|signed)\s+(?:\w+\s+){0,3}?by\s+)?(?:the\s+)?"
    r"(?:Gov\.|(?:Governor|governor|Mayor|mayor|[Ss]tate|[Cc]ity|[Cc]ounty)\b)"
)
OWNER_BEFORE = re.compile(rf"\b(?P<name>{_PRES})['’]s\s+$")
# Words of a title that name no subject ("Protecting the Integrity of …").
_TITLE_STOP = frozenset(
    [
        "protecting",
        "preserving",
        "promoting",
        "ensuring",
        "establishing",
        "addressing",
        "amending",
        "providing",
        "further",
        "additional",
        "certain",
        "measures",
        "regarding",
        "modernizing",
        "strengthening",
        "improving",
        "restoring",
        "ending",
        "integrity",
        "america",
        "america's",
        "americans",
        "national",
        "united",
        "states",
        "federal",
        "executive",
        "order",
        "president",
        "department",
        "agencies",
        "agency",
        "policy",
        "program",
        "programs",
        "administration",
        "delegation",
        "functions",
        "continuing",
        "continuance",
        "designating",
    ]
)


def _title_words(title: str) -> set[str]:
    return {
        w.rstrip("s")
        for w in re.findall(r"[a-z][a-z'’]+", title.lower())
        if len(w) >= 4 and w not in STOP_WORDS and w not in _TITLE_STOP
    }


@cache
def _topic_words(authority: str) -> frozenset[str]:
    """The words of a curated order's topics, as ``_title_words`` reads a title's."""
    return frozenset(_title_words(" ".join(orders_by_id()[authority].topics)))


def _signing_days(month: int, day: int, year: str | None, date: str | None) -> list[str]:
    """The days an undated "March 25" may be: the year given; else the last one on or
    before the article's date; else every year the table has orders that day."""
    md = f"{month:02d}-{day:02d}"
    if year:
        return [f"{year}-{md}"]
    if date:
        y = int(date[:4])
        return [f"{y}-{md}" if f"{y}-{md}" <= date else f"{y - 1}-{md}"]
    return list(_days_by_month_day().get(md, ()))


@cache
def _days_by_month_day() -> dict[str, tuple[str, ...]]:
    """The table's signing days by month and day ("03-25"), each in order: looked up, not
    every day of the table tried."""
    out: dict[str, list[str]] = {}
    for d in register().by_day:
        if len(d) >= 5:
            out.setdefault(d[-5:], []).append(d)
    return {k: tuple(sorted(v)) for k, v in out.items()}


_DIGIT = re.compile(r"\d")


def _dated(doc: Doc, anchors: list[re.Match[str]]) -> list[Mention]:
    """An executive order named by its signing day (and president) but not its number: "a
    March 25 executive order issued by former President Donald Trump". Linked when the
    Federal Register table holds exactly that president's one order of that day and is
    complete for the day, or when exactly one of that day's orders has a title word the
    article uses; otherwise a mention without an id."""
    text = doc.text
    out: list[Mention] = []
    words: set[str] | None = None
    named: frozenset[str] = frozenset()
    for a in anchors:
        if a.group("proc"):
            found = _dated_proclamation(doc, a)
            if found is not None:
                out.append(found)
            continue
        if not (a.group("exec") or a.group("order")):
            continue
        s, e = a.start(), a.end()
        if text[e : e + 1] == "s":
            continue
        # a day's number stands just before the anchor, or in the words after it
        digit_before = _DIGIT.search(text, max(0, s - 14), s) is not None
        if not digit_before and (a.group("order") or not _DIGIT.search(text, e, e + 90)):
            continue
        before = DATE_BEFORE().search(text, max(0, s - 60), s) if digit_before else None
        if a.group("order") and not (before and before.group("poss")):
            continue  # a bare "order" only as "Trump's March 25 order"
        after = None if before else DATE_AFTER().match(text, e, min(len(text), e + 90))
        when = before or after
        if when is None:
            continue
        month = months().get(when.group("month").lower())
        if month is None or not 1 <= int(when.group("day")) <= 31:
            continue
        if before:
            start = before.start("poss") if before.group("poss") else before.start("month")
            if before.group("the"):
                start = before.start("the")  # "the President's March 6 executive order"
        else:
            start = s
            own = OWNER_BEFORE.search(text, max(0, s - 20), s)
            if own and own.group("name") and after and not after.group("name"):
                start = own.start()  # "Mr. Trump's executive order, signed on Jan. 27"
        end = after.end() if after else e
        president = when.group("poss") if before else after.group("name") if after else None
        if president is None and not before:
            own = OWNER_BEFORE.search(text, max(0, s - 20), s)
            president = own.group("name") if own else None
        by = BY_WHOM.match(text, end, min(len(text), end + 80))
        if by:
            president = president or by.group("name")
            end = by.end()
        if president is None:
            president = _president_cue(text, start, e, _clause_end(text, e))
        if president is None and after and after.group("unnamed"):
            # "the executive order the president signed on March 3": the one in office when
            # the article was written ("he": the one named last)
            unnamed = after.group("unnamed").lower()
            president = (
                _sitting_president(doc.date[:10])
                if unnamed.startswith("the") and doc.date
                else _president_before(text, start)
            )
        if president is None:
            # "In an executive order signed on April 23, Trump directed …": the president the
            # rest of its sentence names
            president = _president_later(doc, end)
        if president is None and before and before.group("the"):
            # "the President's March 6 executive order": the one the article named last, else
            # the one in office when it was written
            president = _president_before(text, start) or _unnamed_president(
                text, before.end("the"), doc.date
            )
        if president and president.endswith("Johnson"):
            president = "Johnson"
        days = _signing_days(month, int(when.group("day")), when.group("year"), doc.date)
        if NOT_A_PRESIDENTS.match(text, e, min(len(text), e + 90)):
            continue  # "a March 25 executive order issued by Gov. Kathy Hochul"
        tentative = False
        if (
            president is None
            and after is not None
            and not _GOVERNORS.search(
                text, min(max(0, s - 150), doc.sentence_start(s)), doc.sentence_at(s)[1]
            )
        ):
            # "an executive order signed on March 13 directs agencies to …" in a story of the
            # president named last: his, only if its own words pick one of his (below)
            president, tentative = _president_before(text, start), True
        if president is None:
            days = []  # no president named: a governor's or a mayor's order, maybe
        if _not_presidential(text, start, 99999) and not PRES_NAME.search(
            text, max(0, start - 60), start
        ):
            continue  # "Gov. Hochul's March 25 executive order"
        if words is None:
            words = {w.rstrip("s") for w in re.findall(r"[a-z][a-z'’]+", text.lower())}
            # the orders whose curated topics the article names, from the article's one walk
            named = frozenset(h.payload.authority for h in topic_matcher().hits_in(doc))
        chosen, how = _of_days(days, president, words, named, _window_words(doc, s))
        if tentative and how not in (_NAMED_HOW, _OWN_WORDS_HOW):
            chosen, how = None, ""
        if chosen is None and a.group("order"):
            continue  # "Trump's Jan. 27 order" with no one order found: left to what refers back
        evidence = "executive order named by its signing day"
        if chosen is not None:
            evidence = f"{how} {chosen.title} (signed {chosen.signing_date}, {chosen.citation})"
        out.append(
            order_mention(
                text,
                start,
                end,
                chosen.authority if chosen else None,
                chosen.title if chosen else None,
                0.85 if chosen else 0.6,
                evidence,
            )
        )
    return out


_NAMED_HOW = "the order of that day whose topic the article names:"
_OWN_WORDS_HOW = "the order of that day whose own title words its sentence uses:"
# A state's or a city's executive, in the sentence: its orders are not the president's.
_GOVERNORS = deferred(r"\bGov\.|\b(?:[Gg]overnor|[Mm]ayor|[Ss]tate|[Cc]ounty|[Cc]ity)\b")


def _president_later(doc: Doc, at: int) -> str | None:
    """The president named in the rest of the sentence from ``at`` ("…, Trump directed"),
    else the one in office when the sentence calls him "the president"."""
    hi = doc.sentence_at(at)[1]
    named = PRES_NAME.search(doc.text, at, hi)
    if named:
        name = named.group("name")
        return "Johnson" if name.endswith("Johnson") else name
    if doc.date and _THE_PRESIDENT_LATER.search(doc.text, at, hi):
        return _sitting_president(doc.date[:10])
    return None


_THE_PRESIDENT_LATER = deferred(r"\b[Tt]he\s+[Pp]resident\b(?!\s+of\b)")


def _norm_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][a-z'’]+", text.lower())}


def _window_words(doc: Doc, at: int) -> tuple[set[str], set[str]]:
    """The words of the sentence at ``at``, and of that sentence with the next one: where an
    order told by its day says what it does ("… which directs agencies to …"; "It tells
    agencies to …")."""
    lo, hi = doc.sentence_at(at)
    sentence = _norm_words(doc.text[lo:hi])
    nxt = doc.sentence_at(hi + 1) if hi + 1 < len(doc.text) else (hi, hi)
    return sentence, sentence | _norm_words(doc.text[hi : nxt[1]])


def _distinct_pick(
    cands: list[RegisterOrder], window: tuple[set[str], set[str]]
) -> RegisterOrder | None:
    """Of one day's orders, the one that a word only its title (or curated topics) holds, of
    all that day's, picks in the sentence, else in the sentence and the next (``own_hits``);
    None when no one order is picked so."""
    for words in window:
        hit = own_hits(cands, words)
        if len(hit) == 1:
            return next(o for o in cands if o.number in hit)
        if hit:
            return None  # the sentence tells of several of the day's orders
    return None


def own_hits(cands: list[RegisterOrder], words: set[str]) -> set[int]:
    """The numbers of ``cands`` a word of ``words`` names alone among them: a word of its title
    or curated topics no other of ``cands`` has ("grants" for Improving Oversight of Federal
    Grantmaking, "banks" for Guaranteeing Fair Banking: the words' stems, or one of five
    letters or more beginning the other)."""
    by_id = orders_by_id()
    own = {
        o.number: frozenset(
            stems(" ".join((o.title, *(by_id[o.authority].topics if o.authority in by_id else ()))))
            - _stop_stems()
        )
        for o in cands
    }
    hit: set[int] = set()
    for w in stems(" ".join(words)) - _stop_stems():
        owners = [o.number for o in cands if any(_stem_fits(w, x) for x in own[o.number])]
        if len(owners) == 1:
            hit.add(owners[0])
    return hit


@cache
def _stop_stems() -> frozenset[str]:
    return frozenset(stems(" ".join(_TITLE_STOP)))


def _stem_fits(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and long.startswith(short)


def _of_days(
    days: list[str],
    president: str | None,
    words: set[str],
    named: frozenset[str] = frozenset(),
    window: tuple[set[str], set[str]] | None = None,
) -> tuple[RegisterOrder | None, str]:
    """The order of ``president``'s signed on one of ``days`` that the Federal Register table
    lists: the only one of a day the table is complete for, else the one whose curated topic
    the article names (``named``) ("Trump's March 27 executive order that removed
    collective bargaining", not the other three orders of that day), else the one a word of
    its own picks in its sentence or the next (``window``, ``_distinct_pick``), else the one
    whose title words the article (``words``) echoes most; (None, "") when none, or several,
    fit."""
    reg = register()
    by_id = orders_by_id()
    cands = [
        o
        for d in days
        for o in reg.by_day.get(d, ())
        if president is None or o.president == president
    ]
    if len(cands) == 1 and len(days) == 1 and reg.complete(days[0]):
        return cands[0], "the one order the Federal Register lists that day:"
    if len(cands) > 1 and named:
        topical = [o for o in cands if o.authority in named]
        if len(topical) == 1:
            return topical[0], _NAMED_HOW
    if len(cands) > 1 and window is not None and (pick := _distinct_pick(cands, window)):
        return pick, _OWN_WORDS_HOW
    if cands:
        # the title's words and, for an order the curated table describes, its topics' words
        scores = {
            o.number: len(
                (
                    _title_words(o.title)
                    | (_topic_words(o.authority) if o.authority in by_id else set())
                )
                & words
            )
            for o in cands
        }
        top = max(scores.values())
        best = [o for o in cands if scores[o.number] == top]
        if top >= 1 and len(best) == 1:
            return best[0], "the order of that day whose title the article echoes:"
    return None, ""


_WEEKDAY_OPT = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# "On Monday, March 6, 2017, President Trump signed a revised executive order …": the day the
# sentence opens on, its president and the signing verb right before the anchor.
# (Or its administration: "On January 21, 2025, the Trump administration issued another
# executive order …", "the administration issued …" after one named it.)
DATE_OPENS = lazy(
    rf"\b[Oo]n\s+{_WEEKDAY_OPT}{_DATE}\s*,?\s+(?:{_WHO_PRES}|[Tt]he\s+(?P<admin>{_PRES})\s+"
    r"administration|(?P<unnamed>[Tt]he\s+(?:administration|White\s+House)))\s+"
    r"(?:(?:also|formally|quietly)\s+)?"
    r"(?:signed|issued)\s+(?P<det>an?|the|his|her|another)\s+"
    r"(?:(?:new|revised|second|sweeping)\s+)?$"
)


# The title quoted right after an order: "an Executive Order titled “…”", "(“…”)".
QUOTED_TITLE_AFTER = deferred(
    r"\s*,?\s*(?:\(\s*|(?:(?:en)?titled|called)\s+)[“\"](?P<title>[^”\"]{5,200})[”\"]"
)


def _dated_opening(doc: Doc, anchors: list[re.Match[str]]) -> list[Mention]:
    """An executive order whose sentence opens on the day it was signed: "On Monday, March 6,
    2017, President Trump signed a revised executive order temporarily banning travel …".
    Linked as ``_dated`` links "a March 6 executive order" (``_of_days``); nothing when no
    order, or several, fit."""
    text = doc.text
    out: list[Mention] = []
    words: set[str] | None = None
    for a in anchors:
        if not a.group("exec") or text[a.end() : a.end() + 1] == "s":
            continue
        s, e = a.start(), a.end()
        sent = doc.sentence_start(s)
        if s - sent > 140 or not _DIGIT.search(text, sent, s):
            continue
        when = DATE_OPENS().search(text, sent, s)
        if when is None:
            continue
        month = months().get(when.group("month").lower())
        if month is None or not 1 <= int(when.group("day")) <= 31:
            continue
        president = when.group("name") or when.group("admin")
        if president is None:
            # "the administration": the president named last before it, else the one in
            # office on the article's day
            president = _president_before(text, s) or (
                _sitting_president(doc.date[:10]) if doc.date else None
            )
            if president is None:
                continue
        if president.endswith("Johnson"):
            president = "Johnson"
        if words is None:
            words = {w.rstrip("s") for w in re.findall(r"[a-z][a-z'’]+", text.lower())}
        days = _signing_days(month, int(when.group("day")), when.group("year"), doc.date)
        chosen, how = _of_days(days, president, words, window=_window_words(doc, s))
        if chosen is None:
            continue
        quoted = QUOTED_TITLE_AFTER.match(text, e)
        if quoted and len(_title_words(quoted.group("title")) & _title_words(chosen.title)) < 2:
            # "an Executive Order titled “Memorandum on Deferring Payroll Tax Obligations in
            # Light of the Ongoing COVID-19 Disaster”" is not EO 13945 on COVID-19 evictions
            continue
        start = when.start("det")  # from its determiner: "a revised executive order"
        out.append(
            order_mention(
                text,
                start,
                e,
                chosen.authority,
                chosen.title,
                0.85,
                f"{how} {chosen.title} (signed {chosen.signing_date}, {chosen.citation})",
            )
        )
    return out


# "The President's February 10 Proclamation on steel": a proclamation owned by "the President"
# with its day before it.
PRESIDENT_DATE_BEFORE = lazy(rf"\b(?:[Tt]he\s+)?President['’]s\s+{_DATE}\s+$")
# The words after a proclamation that tell its subject ("Proclamation on steel and …").
PROC_TAIL_WORDS = 4


def _dated_proclamation(doc: Doc, a: re.Match[str]) -> Mention | None:
    """A proclamation named by its signing day, not its number: "Trump's March 8
    proclamation on steel", "The President's February 10 Proclamation on steel", "a
    proclamation signed on Feb. 10 restricting aluminum imports". There is no table of every
    proclamation, so only the curated rows (``executive_orders.csv``) can give the id: the one
    row of that day (and president, if one is named) whose title or topic words the few words
    after the anchor hold. Anything less is left to the other passes."""
    text = doc.text
    s, e = a.start(), a.end()
    if text[e : e + 1] == "s" or not _DIGIT.search(text, max(0, s - 14), e + 90):
        return None
    before = DATE_BEFORE().search(text, max(0, s - 60), s) or PRESIDENT_DATE_BEFORE().search(
        text, max(0, s - 60), s
    )
    after = None if before else DATE_AFTER().match(text, e, min(len(text), e + 90))
    when = before or after
    if when is None:
        return None
    month = months().get(when.group("month").lower())
    if month is None or not 1 <= int(when.group("day")) <= 31:
        return None
    poss = before.groupdict().get("poss") if before else None
    start = s
    if before is not None:
        # "Trump's March 8 proclamation", "The President's February 10 Proclamation" from
        # the owner; "a March 8 proclamation" from the day
        start = before.start("poss") if poss else before.start("month")
        if before.re is PRESIDENT_DATE_BEFORE():
            start = before.start()
        elif before.group("the"):
            start = before.start("the")  # "The President's February 10 Proclamation"
    end = after.end() if after else e
    if NOT_A_PRESIDENTS.match(text, e, min(len(text), e + 90)) or _not_presidential(
        text, start, 99999
    ):
        return None
    president = poss or (after.group("name") if after else None)
    president = president or _president_cue(text, start, e, _clause_end(text, e))
    days = set(_signing_days(month, int(when.group("day")), when.group("year"), doc.date))
    cands = [
        o
        for o in executive_orders()
        if o.authority.startswith("proc:")
        and o.signing_date in days
        and (president is None or o.president == president)
    ]
    if not cands:
        return None
    tail = re.findall(r"[a-z][a-z'’]+", text[end : _clause_end(text, end)].lower())
    words = {w.rstrip("s") for w in tail[:PROC_TAIL_WORDS]}
    # the title's words and the topics' ("solar" is no word of Proclamation 9693's title)
    scores = {
        o.number: len((_title_words(o.title) | _title_words(" ".join(o.topics))) & words)
        for o in cands
    }
    top = max(scores.values())
    best = [o for o in cands if scores[o.number] == top]
    if top < 1 or len(best) != 1:
        return None
    chosen = best[0]
    return order_mention(
        text,
        start,
        end,
        chosen.authority,
        chosen.title,
        0.85,
        f"the proclamation of that day whose title the words after it echo: {chosen.title} "
        f"(signed {chosen.signing_date})",
    )


# "on his first day in office", "on the first day of his second term", "on Inauguration Day",
# "on Day One": the day a president's term began.
FIRST_DAY = lazy(
    r"\b(?:[Oo]n|[Ww]ithin\s+hours\s+of)\s+(?:(?:his|her)\s+first\s+(?:full\s+)?day"
    r"(?:\s+(?:back\s+)?(?:in|of)\s+(?:office|(?:his|her)\s+(?:second\s+)?(?:term|presidency)))?"
    r"|the\s+first\s+day\s+of\s+(?:his|her)\s+(?:second\s+)?(?:term|presidency)"
    r"|[Ii]nauguration\s+[Dd]ay|[Dd]ay\s+(?:[Oo]ne|1))\b"
    r"|\b[Ww]ithin\s+hours\s+of\s+(?:taking\s+office|(?:his|her)\s+inauguration|being\s+sworn"
    r"\s+in|returning\s+to\s+the\s+White\s+House)\b"
    # "the day one executive order ending …", "a Day 1 order"
    r"|\b[Dd]ay[- ](?:[Oo]ne|1)(?=\s+(?:executive\s+)?orders?\b)"
)
_SUBJECT_BEFORE = deferred(rf"{_WHO_PRES}\s+(?:(?:also|then)\s+)?(?:issued|signed)\s+(?:an?\s+)?$")
# Words of the sentence that say nothing of an order's subject.
_DAY_NOISE = frozenset({"first", "office", "term", "second", "inauguration", "issu", "sign",
                        "stat", "intention", "president", "day"})  # fmt: skip


def _term_starts(date: str) -> list[str]:
    """The days a presidential term began on or before ``date``, newest first (Jan. 20 of
    each year after a leap year's election)."""
    y = int(date[:4])
    out = []
    while y >= 1961:
        if y % 4 == 1 and f"{y}-01-20" <= date:
            out.append(f"{y}-01-20")
        y -= 1
    return out


@cache
def _curated_by_day() -> dict[tuple[str, str], tuple[ExecOrder, ...]]:
    """The curated orders by signing day and president, in the data's order."""
    out: dict[tuple[str, str], list[ExecOrder]] = {}
    for o in executive_orders():
        out.setdefault((o.signing_date, o.president), []).append(o)
    return {k: tuple(v) for k, v in out.items()}


def _curated_on(day: str, president: str) -> tuple[ExecOrder, ...]:
    return _curated_by_day().get((day, president), ())


@cache
def _last_order_day() -> str:
    """The last day a curated or Federal Register order was signed on."""
    days = [o.signing_date for o in executive_orders() if o.signing_date]
    days.extend(register().by_day)
    return max(days, default="0000-01-01")


def _holds_phrase(low: str, phrase: str) -> bool:
    r"""``re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low)``: ``phrase`` standing in
    ``low`` as words of its own, found with ``str.find`` (the curated orders' topic phrases
    are some 900: as patterns they pushed one another out of ``re``'s cache of 512, and
    each article compiled some anew)."""
    if not phrase:
        return re.search(r"(?<!\w)(?!\w)", low) is not None
    n = len(phrase)
    i = low.find(phrase)
    while i >= 0:
        if (not i or not is_word_char(low[i - 1])) and (
            i + n >= len(low) or not is_word_char(low[i + n])
        ):
            return True
        i = low.find(phrase, i + 1)
    return False


def _first_days_order(
    president: str, sentence: str, words: set[str], date: str | None
) -> tuple[str, str, str] | None:
    """The order (id, title, day) of the first day of ``president``'s term the sentence
    describes. Dated: the newest term begun before the article in which he signed orders on
    its first day, and of that day's orders the one whose curated topic phrases the sentence
    holds, else the one whose Federal Register title shares two content words with it (and
    more than any other). Undated: the one curated order, over the first days of all his
    terms, whose topic phrases the sentence holds."""
    low = sentence.lower()
    found: dict[str, tuple[str, str, str]] = {}
    # (no term begun after the last day any order was signed has orders to find: an undated
    # article walked some 2,000 "term starts" up to the year 9999, each over every order)
    for day in _term_starts(min(date or "9999-12-31", _last_order_day())):
        curated = _curated_on(day, president)
        listed = [o for o in register().by_day.get(day, ()) if o.president == president]
        if not curated and not listed:
            continue
        for o in curated:
            if any(_holds_phrase(low, t.lower()) for t in o.topics):
                found[o.authority] = (o.authority, o.title, day)
        if date is None:
            continue  # an undated article: every term he began
        if not found:
            shared = {o.authority: len(stems(o.title) & words) for o in listed}
            top = max(shared.values(), default=0)
            best = [o for o in listed if shared[o.authority] == top]
            if top >= 2 and len(best) == 1:
                found[best[0].authority] = (best[0].authority, best[0].title, day)
        break  # the newest term he began: an older one is not "his first day"
    return next(iter(found.values())) if len(found) == 1 else None


_TITLED_AFTER = deferred(r"\s*(?:,\s*)?(?:titled|entitled|called|named|[“\"])")
_ISSUED_BEFORE = deferred(r"(?:issued|signed)\s+(?:an?\s+)?$")


def _first_day(doc: Doc, anchors: list[re.Match[str]]) -> list[Mention]:
    """An executive order told by the first day of its president's term and its topic
    (``_first_days_order``). No id-less mention: a day with dozens of orders says nothing
    without its topic."""
    text = doc.text
    out: list[Mention] = []
    for a in anchors:
        bare = a.group("order") == "order"
        if not (a.group("exec") or bare) or text[a.end() : a.end() + 1] == "s":
            continue
        s, e = a.start(), a.end()
        if bare and (
            not _ISSUED_BEFORE.search(text, max(0, s - 14), s) or _TITLED_AFTER.match(text, e)
        ):
            # (a bare "order" only as "Trump issued an order", looked for below; "an order
            # titled “…”" is its title's)
            continue
        lo, hi = doc.sentence_at(s)
        day_m = FIRST_DAY().search(text, lo, hi)
        if day_m is None:
            continue
        subj = _SUBJECT_BEFORE.search(text, max(lo, s - 80), s)
        if bare and subj is None:
            continue  # a bare "order" is the president's only as what he issued or signed
        president = subj.group("name") if subj else _president_cue(text, s, e, hi)
        if president is None:
            names = list(PRES_NAME.finditer(text, lo, hi))
            president = names[0].group("name") if names else None
        if president is None and day_m.group(0)[:3].lower() == "day":
            # "This began with the day one executive order …": the president named last
            president = _president_before(text, s)
        if president is None:
            continue
        sentence = text[lo:hi]
        chosen = _first_days_order(president, sentence, stems(sentence) - _DAY_NOISE, doc.date)
        if chosen is None:
            continue
        start = subj.start() if subj else s
        if not subj and day_m.end() <= s and s - day_m.end() < 3:
            start = day_m.start()  # "the day one executive order"
            start -= 4 if text[max(0, start - 4) : start].lower() == "the " else 0
        end = day_m.end() if day_m.start() >= e and day_m.start() - e < 40 else e
        out.append(
            order_mention(
                text, start, end, chosen[0], chosen[1], 0.8,
                f"the order of the first day of the term ({chosen[2]}) whose topic the sentence"
                f" names: {chosen[1]}",
            )
        )  # fmt: skip
    return out


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "the executive order Trump issued last week", "an executive order he signed on Monday",
# "the executive order signed earlier this month": a day told relative to the article's
RELATIVE_AFTER = lazy(
    rf"\s+(?:(?:that|which)\s+)?(?:(?:{_WHO_PRES}|he|she)\s+)?(?:signed|issued)\s+"
    r"(?P<rel>last\s+week|(?:earlier\s+)?this\s+week|last\s+month|(?:earlier\s+)?this\s+month"
    r"|yesterday|(?:on\s+|last\s+)?(?P<wd>" + "|".join(_WEEKDAYS) + r"))\b"
)


WEEKDAY_BEFORE = re.compile(r"\b(?P<rel>(?P<wd>" + "|".join(_WEEKDAYS) + r"))['’]s\s+$")


def _relative_days(rel: str, weekday: str | None, date: str) -> list[str]:
    """The days ``rel`` may mean in an article of ``date``, oldest first: "last week" the
    fortnight before it (a week counted from any day of the one before), "this week" the six
    days before and the day itself, "last month" the calendar month before, a weekday the one
    of the six days before."""
    day = dt.date.fromisoformat(date)
    rel = " ".join(rel.split()).removeprefix("earlier ")
    if weekday:
        back = (day.weekday() - _WEEKDAYS.index(weekday) - 1) % 7 + 1
        return [(day - dt.timedelta(days=back)).isoformat()]
    if rel == "yesterday":
        return [(day - dt.timedelta(days=1)).isoformat()]
    if rel == "last month":
        first = day.replace(day=1)
        prev = first - dt.timedelta(days=1)
        lo, n = prev.replace(day=1), prev.day
    elif rel == "this month":
        lo, n = day.replace(day=1), day.day
    elif rel == "this week":
        lo, n = day - dt.timedelta(days=6), 7
    else:  # last week
        lo, n = day - dt.timedelta(days=14), 14
    return [(lo + dt.timedelta(days=i)).isoformat() for i in range(n)]


def _month_relative_days(rel: str, weekday: str | None, date: str) -> set[str]:
    """The days ``rel`` may mean in an article known only by its month (``date`` its 1st)."""
    first = dt.date.fromisoformat(date)
    out: set[str] = set()
    day = first
    while day.month == first.month:
        out.update(_relative_days(rel, weekday, day.isoformat()))
        day += dt.timedelta(days=1)
    return out


def _relative(doc: Doc, anchors: list[re.Match[str]]) -> list[Mention]:
    """An executive order told by a day relative to the article's and its president ("the
    executive order Trump issued last week"). Linked when one of that president's orders in
    the Federal Register and the curated table was signed in those days, or when of several
    only one has a curated topic the article names; otherwise a mention without an id (so
    that what refers back to another order does not take it)."""
    text = doc.text
    out: list[Mention] = []
    for a in anchors:
        if not a.group("exec") or text[a.end() : a.end() + 1] == "s":
            continue
        s, e = a.start(), a.end()
        rel = RELATIVE_AFTER().match(text, e, min(len(text), e + 80))
        if rel is None:
            rel = WEEKDAY_BEFORE.search(text, max(0, s - 12), s)  # "Friday's executive order"
            if rel is None:
                continue
        president = (rel.group("name") if rel.re is not WEEKDAY_BEFORE else None) or (
            _president_cue(text, s, e, _clause_end(text, e))
        )
        if president is None:
            # the president named last before it, else later in its sentence ("Friday's
            # executive order, the measure President Trump has signed")
            before = list(PRES_NAME.finditer(text, max(0, s - 300), s))
            later = next(PRES_NAME.finditer(text, e, doc.sentence_at(s)[1]), None)
            named = before[-1] if before else later
            president = named.group("name") if named else None
        if president is None or doc.date is None:
            continue
        # an article dated by its URL's month alone reads as the 1st: its "last week" is any
        # of that month's (the days each day of the month would give); only an order a topic
        # of the article singles out among them is linked
        month_only = doc.date.endswith("-01")
        days = (
            _month_relative_days(rel.group("rel"), rel.group("wd"), doc.date)
            if month_only
            else set(_relative_days(rel.group("rel"), rel.group("wd"), doc.date))
        )
        reg = register()
        cands: dict[str, str] = {
            o.authority: o.title
            for d in days
            for o in reg.by_day.get(d, ())
            if o.president == president
        }
        curated = [
            o
            for o in executive_orders()
            if o.signing_date in days and o.president == president and o.authority.startswith("eo:")
        ]
        cands.update({o.authority: o.title for o in curated})
        chosen = next(iter(cands.items())) if len(cands) == 1 and not month_only else None
        if chosen is None and cands:
            low = text.lower()
            topical = [o for o in curated if any(_holds_phrase(low, t.lower()) for t in o.topics)]
            if len(topical) == 1:
                chosen = (topical[0].authority, topical[0].title)
        start, end = s, rel.end()
        if rel.re is WEEKDAY_BEFORE:
            start, end = rel.start(), e
        det = re.search(r"(?:[Tt]he|[Aa]n)\s+$", text[max(0, start - 4) : start])
        if det:
            start -= len(det.group(0))
        out.append(
            order_mention(
                text,
                start,
                end,
                chosen[0] if chosen else None,
                chosen[1] if chosen else None,
                0.8 if chosen else 0.6,
                f"the one order of {president}'s signed {rel.group('rel')} (by the article's "
                f"date) that fits: {chosen[1]}"
                if chosen
                else f"an order of {president}'s signed {rel.group('rel')}: which one is not said",
            )
        )
    return out
