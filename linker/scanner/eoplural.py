"""Several executive orders or proclamations described together, for the ``executive`` pass:
"two anti-DEI executive orders issued by President Trump", "both executive orders on
birthright citizenship". The count said ("two", "both", "three", "a pair of") must be the
number of the table's orders the topic words fit (of the president named with them, signed
before the article); the mention then links the first of them signed, since a mention has one
id. Any other count, or no topic, leaves it to the anaphora pass. With no count, a plural a
president "signed" or "issued" ("Trump signed proclamations to impose new tariffs on
foreign-made steel and aluminum") is taken when two or more orders signed the same day fit;
a president's plural told by what it aims at ("Trump's executive orders aimed at ending
birthright citizenship") that one order alone fits is that order (a loose plural).
"""

from __future__ import annotations

import re

from ..lexicon import months
from ..models import Mention
from .context import ScanContext
from .eodated import _norm_words, own_hits
from .eodescribed import (
    DESCRIBED_ANCHOR,
    PRES_POSS,
    _clause_end,
    _president_cue,
    _sitting_president,
)
from .lazyre import deferred
from .orderdata import (
    ExecOrder,
    order_mention,
    register,
    topic_matcher,
)

_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "a pair of": 2}
PLURAL_AT = deferred(r"(?:[Ee]xecutive\s+[Oo]rders|[Pp]roclamations)\b")
# The count and at most three words between it and the anchor ("two anti-DEI", "both of
# Trump's", "three new immigration").
COUNT_BEFORE = deferred(
    r"(?:^|[^\w])(?P<count>[Tt]wo|[Bb]oth|[Tt]hree|[Ff]our|[Aa]\s+pair\s+of)\s+"
    r"(?:of\s+)?(?P<mid>(?:[\w’'$%.,/-]+\s+){0,3})$"
)


# A president's verb right before a bare plural: "Trump signed proclamations …", "formally
# signed the tariff proclamations".
SIGNED_BEFORE = deferred(
    r"(?:^|[^\w])(?:signed|issued)\s+(?:(?:the|two|new|tariff|formal)\s+){0,2}$"
)


# What a plural with no count aims at: "executive orders aimed at …", "… targeting …".
AIMED_AFTER = deferred(r"\s+(?:aimed\s+at|targeting|addressing|meant\s+to|intended\s+to)\b")


# "two executive orders, on mortgage credit and on …": the subjects after a comma
ON_AFTER_COMMA = deferred(r",\s+(?:on|aimed\s+at|targeting|addressing)\s")
ONE_FOR = deferred(r",\s+one\s+(?:for|on|to|of|covering|imposing)\b")
_MONTH_DAY = deferred(
    r"\b(?P<month>"
    + "|".join(sorted((m.capitalize() for m in months()), key=len, reverse=True))
    + r")\.?\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)?\b"
)


def _days_named(text: str, start: int, end: int) -> set[str]:
    """The month-days ("03-08") written between ``start`` and ``end``."""
    out = set()
    for m in _MONTH_DAY.finditer(text, start, end):
        month = months().get(m.group("month").lower())
        if month is not None:
            out.add(f"{month:02d}-{int(m.group('day')):02d}")
    return out


def _same_orders_before(
    text: str, start: int, end: int, want: int, taken: list[Mention], out: list[Mention]
) -> Mention | None:
    """A counted plural no topic words name ("two executive orders Trump signed soon after
    his inauguration") as the orders the article named before it, when those are exactly as
    many: an earlier plural of the same count ("two anti-DEI executive orders") and no other
    order, or ``want`` different orders by number and nothing else. It links the first of them
    (as the earlier plural does; gold lists the others as alternatives); else None."""
    before = [m for m in (*taken, *out) if m.kind == "executive-action" and m.end <= start]
    if not before or any(not m.authority for m in before):
        return None  # (an order the text told without its id may be one of them)
    counted = [(m, c) for m in before if (c := _COUNT_IN.match(m.text))]
    ids = {m.authority for m in before}
    if counted:
        first = counted[0][0]
        if ids != {first.authority} or any(
            _COUNTS[re.sub(r"\s+", " ", c.group("count").lower())] != want for _, c in counted
        ):
            return None
        evidence = f"the same {_WORDS[want]} orders as “{first.text}”"
    else:
        if len(ids) != want:
            return None
        first = min(before, key=lambda m: m.start)
        evidence = f"the {_WORDS[want]} orders the article names, the first “{first.text}”"
    return order_mention(text, start, end, first.authority, first.name, 0.7, evidence).with_(
        anaphor=True
    )


_WORDS = {2: "two", 3: "three", 4: "four"}
# a plural's own count at its start ("two anti-DEI executive orders")
_COUNT_IN = deferred(r"(?P<count>[Tt]wo|[Bb]oth|[Tt]hree|[Ff]our|[Aa]\s+pair\s+of)\b")


def _plural(text: str, ctx: ScanContext, taken: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    hits = None
    for s, _e in ctx.hits(DESCRIBED_ANCHOR.name):
        m = PLURAL_AT.match(text, s)
        if m is None:
            continue
        c = COUNT_BEFORE.search(text, max(0, s - 60), s)
        signed = None if c is not None else SIGNED_BEFORE.search(text, max(0, s - 40), s)
        if signed is None and c is None:
            # "the executive orders aimed at …": orders told by what they aim at, taken as
            # the signed ones are (all of one day)
            signed = AIMED_AFTER.match(text, m.end())
        if c is None and signed is None:
            continue
        # "signed proclamations to impose … tariffs on … steel and aluminum": no count, but
        # orders signed together, each fitting the topic, all of one day
        want = _COUNTS[re.sub(r"\s+", " ", c.group("count").lower())] if c else 0
        start, e = (c.start("count") if c else s), m.end()
        post_end = _clause_end(text, e)
        if ONE_FOR.match(text, post_end) or ON_AFTER_COMMA.match(text, post_end):
            # "two separate proclamations, one for imports of steel and one for aluminum"
            post_end = _clause_end(text, text.find(" ", post_end + 2))
        if any(start < x.end and x.start < post_end for x in taken):
            continue
        if hits is None:
            hits = topic_matcher().hits_in(ctx)
        near = [h for h in hits if start <= h.start and h.end <= post_end]
        if not near:
            if want and (monthly := _of_month(ctx, start, post_end, want, None)) is not None:
                out.append(monthly)
            elif want and (again := _same_orders_before(text, start, e, want, taken, out)):
                out.append(again)
            continue
        poss = PRES_POSS.search(text, max(0, start - 60), s)
        president = poss.group("name") if poss else _president_cue(text, start, e, post_end)
        fit: dict[str, ExecOrder] = {}
        for h in near:
            o = h.payload
            if president is not None and o.president != president:
                continue
            if ctx.date and o.signing_date > ctx.date:
                continue
            fit[o.authority] = o
        if len({o.signing_date for o in fit.values()}) > 1:
            # orders of several days fit ("steel and aluminum" tariffs of 2018 and of 2025):
            # the day the sentence names keeps its own ("On March 8, President Donald Trump
            # signed proclamations imposing …")
            named = _days_named(text, ctx.sentence_start(start), post_end)
            of_day = {k: o for k, o in fit.items() if o.signing_date[5:] in named}
            fit = of_day or fit
        if want and len(fit) != want:
            if (monthly := _of_month(ctx, start, post_end, want, president)) is not None:
                out.append(monthly)
            elif not fit and (again := _same_orders_before(text, start, e, want, taken, out)):
                out.append(again)
            continue
        if not want and len(fit) == 1 and signed is not None and poss is not None:
            # "Trump's executive orders aimed at ending birthright citizenship": a president's
            # plural told by what it aims at, which one order alone fits, is that order
            pass
        elif not want and (len(fit) < 2 or len({o.signing_date for o in fit.values()}) != 1):
            continue
        # the first signed, of the kind the plural names ("executive orders": an order)
        kind = "proc:" if m.group(0).lower().startswith("proc") else "eo:"
        first = min(
            fit.values(),
            key=lambda o: (not o.authority.startswith(kind), o.signing_date, o.number),
        )
        end = max(e, max(h.end for h in near))
        out.append(
            order_mention(
                text,
                start,
                end,
                first.authority,
                first.title,
                0.7,
                "the first of " + " and ".join(f"{o.authority} ({o.title})" for o in fit.values()),
            )
        )
    return out


# "two executive orders on … signed in April", "in March 2026": a month without its day.
_MONTH_ALONE = deferred(
    r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|mid-)\s*(?P<month>"
    + "|".join(sorted((m.capitalize() for m in months()), key=len, reverse=True))
    + r")\b\.?(?:\s*,?\s*(?P<year>(?:19|20)\d\d))?(?!\s*\d)"
)


def _of_month(
    ctx: ScanContext, start: int, end: int, want: int, president: str | None
) -> Mention | None:
    """A counted plural told by the month its orders were signed and their subjects ("two
    executive orders on home construction and mortgage credit signed in March"): of the
    Federal Register table's orders of that month (the last such month on or before the
    article's date, or of the year given), those a word of its own title (or curated
    topics), no other order of the month's, picks in the plural's words; linked to the first
    of them when they are exactly as many as the count says (``eodated.own_hits``). None
    otherwise."""
    text = ctx.text
    lo, hi = ctx.sentence_at(start)
    named = _MONTH_ALONE.search(text, lo, hi)
    if named is None or not ctx.date:
        return None
    month = months().get(named.group("month").lower().rstrip("."))
    if month is None:
        return None
    year = int(named.group("year") or ctx.date[:4])
    if not named.group("year") and f"{year}-{month:02d}" > ctx.date[:7]:
        year -= 1
    prefix = f"{year}-{month:02d}-"
    president = president or _sitting_president(ctx.date[:10])
    reg = register()
    cands = [
        o
        for d, orders in reg.by_day.items()
        if d.startswith(prefix)
        for o in orders
        if o.president == president and o.signing_date <= ctx.date
    ]
    if len(cands) < want:
        return None
    words = _norm_words(text[start:end])
    hit = own_hits(cands, words)
    picked = [o for o in cands if o.number in hit]
    if len(picked) != want:
        return None
    first = min(picked, key=lambda o: o.number)
    return order_mention(
        text,
        start,
        end,
        first.authority,
        first.title,
        0.7,
        "the first of the month's orders the words pick: "
        + " and ".join(f"{o.authority} ({o.title})" for o in picked),
    )
