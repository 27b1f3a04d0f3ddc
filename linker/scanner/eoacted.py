"""Proclamations told as what the president did, for the ``executive`` pass: "the President
expanded the tariffs on steel and aluminum", "Trump doubled tariffs on steel", "President Biden
restored Bears Ears" — no "proclamation" in the sentence, the act told by its verb and the
topic words of a curated proclamation (``executive_orders.csv``); and the executive orders
that imposed tariffs, told the same way ("the President imposed levies on Canadian goods":
the order whose topic is those tariffs, by any of the words news uses for them).

The subject is the president (his name, or "the President" in an article of his term), the
verb a past one that acts on a proclamation's subject, and the topic phrase follows within a
few words in the same clause. The proclamation must be his, signed on or before the article's
day; of several that fit, those of his run of orders the article is written in, those signed
when the words next to the verb say ("last week", "in February"); a verb that changes an
earlier act ("expanded", "raised", "doubled") takes the latest of those left. Anything less
is no mention.
"""

from __future__ import annotations

from ..models import Mention
from .doc import Doc
from .eodescribed import (
    _PRES,
    _in_window,
    _of_this_stint,
    _sitting_president,
    _when_window,
)
from .lazyre import deferred
from .orderdata import ExecOrder, order_mention, topic_matcher
from .phrases import Hit
from .sentences import sentence_start

# "<president> (has) <verb> (the) …" right before the topic words.
_ACTED = deferred(
    rf"\b(?:(?:President\s+)?(?:[A-Z][a-z]+\s+)?(?P<name>{_PRES})|(?P<the>[Tt]he\s+[Pp]resident))"
    r"\s+(?:(?:also|then|later|again|quickly|formally|has|had|legally|lawfully|validly"
    r"|unlawfully|illegally)\s+)*"
    r"(?P<verb>(?P<changed>expanded|raised|doubled|increased|hiked|extended|broadened)"
    r"|imposed|reimposed|restored|reinstated|shrank|shrunk|reduced|established|created|"
    r"suspended|lifted|rescinded|revoked|ended|"
    # (tariffs: "Trump slapped levies on Canadian goods", "announced the reciprocal tariffs")
    r"slapped|levied|announced|unveiled)\s+"
    r"(?:(?:the|his|its|their|a|an|new|existing|steep|sweeping|\d+(?:\s+percent|%)?)\s+){0,3}"
    # (what a changed act extends to: "expanded the Section 232 national security tariffs
    # onto steel and aluminum derivative products" — the duties, then the goods they reach)
    r"(?:(?:Section\s+232\s+)?(?:national[- ]security\s+)?(?:tariffs|duties|levies)\s+"
    r"(?:on|onto|to)\s+(?:(?:steel|aluminum|and|certain|some|more|other|imported)\s+){0,4})?$"
)
# The president right before topic words that open on his verb ("Trump doubled tariffs on
# steel" for the topic "doubled tariffs on steel").
_WHO = deferred(
    rf"\b(?:(?:President\s+)?(?:[A-Z][a-z]+\s+)?(?P<name>{_PRES})|(?P<the>[Tt]he\s+[Pp]resident))"
    r"\s+(?:(?:also|then|later|again|quickly|formally|has|had)\s+)*$"
)
_YEAR = deferred(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END = deferred(r"[.!?](?=[\"”’')]*(?:\s|$))|\n")
_TARIFF_WORDS = deferred(r"(?i)\b(?:tariffs?|levies|levy|duties)\b")
# How far before its topic words the president and his verb are looked for.
_REACH = 90


def acted(doc: Doc, found: list[Mention]) -> list[Mention]:
    text = doc.text
    hits = topic_matcher().hits_in(doc)
    # (a proclamation's topic; an executive order's only where it tells tariffs: "Trump
    # imposed levies on Canadian goods" is the order that imposed them, while "Trump ended
    # DACA" may be any act of his)
    procs = [
        h
        for h in hits
        if h.payload.authority.startswith("proc:")
        or (h.payload.authority.startswith("eo:") and _TARIFF_WORDS.search(h.phrase))
    ]
    if not procs:
        return []
    by_span: dict[tuple[int, int], list[Hit[ExecOrder]]] = {}
    for h in procs:
        by_span.setdefault((h.start, h.end), []).append(h)
    out: list[Mention] = []
    # (the longest topic words first: "doubled tariffs on steel" before "tariffs on steel")
    for (hs, he), group in sorted(by_span.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0])):
        if text.endswith("Act", hs, he):
            continue  # "invoked the Alien Enemies Act": the statute's own mention
        lo = max(sentence_start(text, hs), hs - _REACH)
        m = _ACTED.search(text, lo, hs)
        start = m.start("verb") if m else hs
        changed = m is not None and m.group("changed") is not None
        if m is None:
            first = text[hs:he].split(" ", 1)[0]
            if not first.endswith("ed") or first[:1].isupper():
                continue
            m = _WHO.search(text, lo, hs)
            if m is None:
                continue
        if any(start < o.end and o.start < he for o in (*found, *out)):
            continue
        president = m.group("name")
        if president is None and doc.date:
            president = _sitting_president(doc.date[:10])
        if president is None:
            continue
        orders = {
            h.payload.authority: h.payload
            for h in group
            if h.payload.president == president
            and not (doc.date and h.payload.signing_date > doc.date)
        }
        if not orders:
            continue
        auths = list(orders)
        signed = {a: o.signing_date for a, o in orders.items()}
        # the sentence tells when: a year ("in 2018"), or days ("last week", "in February")
        ss = sentence_start(text, hs)
        stop = _SENTENCE_END.search(text, he)
        se = stop.start() if stop else len(text)
        years = {y.group(0) for y in _YEAR.finditer(text, ss, se)}
        if len(years) == 1:
            auths = [a for a in auths if signed[a][:4] in years]
        window = _when_window(text, start, start, se, doc.date, anywhere=True)
        dated = [a for a in auths if _in_window(window, signed[a])]
        auths = dated or auths
        auths = _of_this_stint(text, hs, se, president, doc.date, auths, signed)
        if len(auths) > 1 and changed:
            auths = [max(auths, key=lambda a: signed[a])]
        if len(auths) != 1:
            continue
        o = orders[auths[0]]
        out.append(
            order_mention(
                text,
                start,
                he,
                o.authority,
                o.title,
                0.7,
                f"the president's act on the topic of {o.title} (signed {o.signing_date})",
            )
        )
    return out


__all__ = ["acted"]
