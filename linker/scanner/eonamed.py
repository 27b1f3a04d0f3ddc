"""Executive orders and proclamations called by a name of their own, for the ``executive``
pass: "Trump's travel ban", "the Liberation Day tariffs" — no "executive order" or
"proclamation" beside them. The names are the ``names`` column of
``linker/data/executive_orders.csv``; each holds one of ``NAME_WORDS``, the anchor words.

A name is linked only when exactly one order fits: of the president the text names with it
(his possessive, or the last president named in the sentence), signed before the article,
and, when several were reissued under one name, signed in the month the words beside it say it
was signed in ("a travel ban announced in January 2017") or in the year the sentence names. "A
travel ban" is any ban, not the order, unless those words pick one.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import Mention
from .context import ScanContext
from .doc import Anchor
from .eodescribed import _NEW_BEFORE, _PRES, _of_the_year_named, _president_cue, _when_window
from .lazyre import deferred
from .orderdata import ExecOrder, order_mention, topic_matcher, unquoted
from .sentences import sentence_end

# Every name holds one of these (a test checks the table): the pass looks for names only in an
# article that has one, and "ban" or "tariffs" alone would wake it in most articles.
NAME_WORDS = (
    *("travel ban", "Travel ban", "Travel Ban", "Muslim ban", "Muslim Ban"),
    *("Liberation Day",),
    *("Schedule F",),
)
NAMED_ANCHOR = Anchor("eo_named", NAME_WORDS, 0, 0, "word", "word")

_POSS_BEFORE = deferred(rf"(?:^|[^\w])(?P<name>{_PRES})(?:'|’)s\s+$")
_VERSION_OF = deferred(r"\bversions?\s+of\s+(?:\S+\s+){0,3}$")
_HIS_BEFORE = re.compile(r"(?:^|\s)(?:[Hh]is|[Hh]er)\s+$")
_THE_BEFORE = deferred(r"(?:^|\s)[Tt]he\s+$")
_INDEFINITE_BEFORE = deferred(r"(?:^|\s)(?:[Aa]n?|[Aa]ny|[Nn]o|[Aa]nother)\s+$")
# "the original Schedule F proposal", "the first travel ban": the earliest of the orders that
# carried the name (a policy reissued by a later order)
_ORIGINAL_BEFORE = deferred(
    r"(?:^|\s)(?P<det>(?:[Tt]he|[Hh]is|[Tt]rump['’]s)\s+)?(?:original|first|initial)\s+$"
)
# what a mention picked as the first of a reissued policy's orders says it is
ORIGINAL_EVIDENCE = "named, the original of its orders:"
# the head noun a name can modify: "the original Schedule F proposal"
_HEAD_AFTER = deferred(r"\s+(?:executive\s+order|order|proposal|plan|policy)\b")


# How long after a policy's last reissue its name means the version in force.
SETTLED_DAYS = 90


def _settled(orders: list[ExecOrder], fits: list[str], date: str) -> bool:
    """Whether the article was written at least ``SETTLED_DAYS`` after the latest of the
    orders that fit was signed."""
    latest = max(o.signing_date for o in orders if o.authority in fits)
    try:
        gap = dt.date.fromisoformat(date[:10]) - dt.date.fromisoformat(latest)
    except ValueError:
        return False
    return gap.days >= SETTLED_DAYS


_NO_DATE = "2999-12-31"


def _signed_when(
    text: str, s: int, e: int, date: str | None, orders: list[ExecOrder], fits: list[str]
) -> list[str]:
    """Of the orders that fit a name, those signed in the days the words right around it say
    it was signed in ("a travel ban announced in January 2017", "the travel ban issued in
    March 2017"); none when they say no day, or a day none of them was signed in."""
    if len(fits) < 2:
        return []
    # (an undated article: only a month told with its year can say a day; read from a day no
    # order was signed near, a month without one, or "last week", finds none)
    window = _when_window(text, s, e, sentence_end(text, e), date or _NO_DATE)
    if window is None:
        return []
    first, last = window
    days = {o.authority: o.signing_date for o in orders}
    return [a for a in fits if first <= days[a] <= last]


def _named(text: str, ctx: ScanContext, taken: list[Mention]) -> list[Mention]:
    if not ctx.hits(NAMED_ANCHOR.name):
        return []
    spans: dict[tuple[int, int], list[ExecOrder]] = {}
    for h in topic_matcher().hits_in(ctx):
        o = h.payload
        if unquoted(h.phrase).lower() in {n.lower() for n in o.names}:
            spans.setdefault((h.start, h.end), []).append(o)
    out: list[Mention] = []
    for (s, e), orders in sorted(spans.items()):
        if any(s < m.end and m.start < e for m in taken):
            continue
        before = text[max(0, s - 40) : s]
        new = _NEW_BEFORE.search(before)
        if new:  # "a new travel ban", "Trump's new travel ban"
            before = before[: new.start() + (1 if before[new.start()].isspace() else 0)]
        indefinite = _INDEFINITE_BEFORE.search(before) is not None
        poss = _POSS_BEFORE.search(before)
        president = poss.group("name") if poss else _president_cue(text, s, e, e)
        fits = [
            o.authority
            for o in orders
            if (president is None or o.president == president)
            and not (ctx.date and o.signing_date > ctx.date)
        ]
        signed = _signed_when(text, s, e, ctx.date, orders, fits)
        if indefinite and len(signed) != 1:
            continue  # "a travel ban on Chinese visitors": a ban, not the order
        if signed:  # "a travel ban announced in January 2017": the one signed then
            fits = signed
        if len(fits) > 1:
            fits = _of_the_year_named(text, s, e, fits)
        original = _ORIGINAL_BEFORE.search(before) if len(fits) > 1 else None
        if original:
            fits = [
                min(fits, key=lambda a: next(o for o in orders if o.authority == a).signing_date)
            ]
        his = _HIS_BEFORE.search(before)
        the_current = False  # "the travel ban" read as the version in force
        # ("one version of Trump's travel ban" says there were several and names none)
        current = (poss is not None or his is not None) and not _VERSION_OF.search(
            text, max(0, s - 60), s
        )
        if current and len(fits) > 1:
            current = ctx.date is not None and _settled(orders, fits, ctx.date)
        elif (
            len(fits) > 1
            and _THE_BEFORE.search(before)
            and not _VERSION_OF.search(text, max(0, s - 60), s)
        ):
            # "the travel ban on visitors from some largely Muslim countries" in a story
            # written months after the last reissue: the version then in force, as "his";
            # (the article's date decides: undated, or weeks after a reissue, no id)
            current = the_current = ctx.date is not None and _settled(orders, fits, ctx.date)
        if len(fits) > 1 and (president is not None or the_current) and (new or current):
            # "Trump's new travel ban": the latest of his signed before the article; so is
            # "his travel ban" in an article written months after the last reissue, the
            # version then in force (each reissue replaced the one before: the 2018 ruling
            # upheld the third ban); weeks after a reissue news still tells of both
            fits = [
                max(fits, key=lambda a: next(o for o in orders if o.authority == a).signing_date)
            ]
        if len(fits) != 1:
            continue
        order = next(o for o in orders if o.authority == fits[0])
        start = max(0, s - 40) + poss.start("name") if poss else s
        if his and not poss and not new and len(fits) == 1:
            start = s - len(before) + his.end() - len(his.group(0).lstrip())  # "his travel ban"
        end = e
        if original:
            start = max(0, s - 40) + original.start() + (before[original.start()].isspace())
            head = _HEAD_AFTER.match(text, e)
            end = head.end() if head else e
        out.append(
            order_mention(
                text,
                start,
                end,
                order.authority,
                order.title,
                0.8,
                f"{ORIGINAL_EVIDENCE if original else 'named:'} {order.title} ({order.president})",
            )
        )
    return out
