"""Orders told one by one after a signing, for the ``executive`` pass: "Trump signed four new
executive orders Monday. … One of the executive actions orders reinstatement of service
members discharged over the COVID-19 vaccine mandate. Another requires the development of an
American Iron Dome …".

A sentence that opens on an enumerating word ("One of the orders", "Another", "A third",
"The next executive order", "a fourth order") is an order only when the sentences just
before it tell that a president signed several orders or actions, no judge or court stands
in it (a judge's "second order"), and the curated topics (``executive_orders.csv``) its
words hold fit exactly one order of that president, signed before the article (within 30
days of its date, when it has one: the orders of the signing the article reports).
"""

from __future__ import annotations

import re
from datetime import date

from ..models import Mention
from .doc import Doc
from .eodescribed import _president_before, _score
from .lazyre import deferred
from .orderdata import ExecOrder, order_mention, orders_by_id, topic_matcher
from .phrases import Hit

ENUM = deferred(
    r"(?:As\s+(?:[A-Z][\w.]*\s+){1,3}(?:reported|said|noted),\s+)?"  # "As Reuters reported, one …"
    r"(?P<head>(?:One|Another|(?<=,\s)(?:one|another)|A\s+(?:second|third|fourth|fifth|sixth|final)|"
    r"The\s+(?:first|second|third|fourth|fifth|sixth|next|final|last))"
    # what says the head is one of the orders: "of the (executive) orders/actions", "order",
    # or a verb in -s right after it ("Another requires …"; not "One lawmaker said")
    r"(?:\s+of\s+(?:the|them|those)(?:\s+new)?(?:\s+executive)?(?:\s+(?:orders|actions))?"
    r"|\s+(?:new\s+)?(?:executive\s+)?(?:order|action)\b"
    r"|(?=\s+(?:also\s+)?[a-z]+s\s)))"
)
# a second order told in the same sentence: "…, while a fourth order eradicates …"
INNER = deferred(
    r"(?:,\s+(?:while|and|but)\s+|;\s+|,\s+)(?P<head>(?:a|the)\s+(?:second|third|fourth|fifth|"
    r"sixth|final|last)(?:\s+(?:executive\s+)?(?:order|action))?|another)\b"
)
# the sentences before: "signed four new executive orders", "signing a slew of new actions"
SIGNED_SEVERAL = deferred(
    r"(?:signed|signing|issued|signs|announced)\s+(?:[\w'’-]+\s+){0,5}?(?:executive\s+)?"
    r"(?:orders|actions)\b"
)
COURT = re.compile(r"\b(?:[Jj]udge|[Cc]ourt|[Jj]ustice|[Ii]njunction)")
LOOK_BACK = 900
_FIRST = frozenset("OAT")  # the letters ``ENUM`` opens on
RECENT_DAYS = 30


def enumerated(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Every order told by an enumerating sentence opening (see the module's doc)."""
    text = doc.text
    if not (doc.holds("orders") or doc.holds("actions")):
        return []  # no signing of several orders told anywhere
    taken = [(m.start, m.end) for m in found]
    hits: list[Hit[ExecOrder]] | None = None
    out: list[Mention] = []
    for s, e in doc.sentences:
        if text[s : s + 1] not in _FIRST:
            continue
        m = ENUM.match(text, s)
        if m is None:
            continue
        if not SIGNED_SEVERAL.search(text, max(0, s - LOOK_BACK), s):
            continue
        if COURT.search(text, s, e):
            continue
        president = _president_before(text, s)
        if president is None:
            continue
        if hits is None:
            hits = topic_matcher().hits_in(doc)
        heads = [m.start("head"), *(i.start("head") for i in INNER.finditer(text, m.end(), e))]
        for a, b in zip(heads, [*heads[1:], e], strict=True):
            got = _one(text, a, b, hits, president, doc.date, taken)
            if got is not None:
                taken.append((got.start, got.end))
                out.append(got)
    return out


def _one(
    text: str,
    s: int,
    e: int,
    hits: list[Hit[ExecOrder]],
    president: str,
    when: str | None,
    taken: list[tuple[int, int]],
) -> Mention | None:
    """The one order of ``president`` whose topics ``text[s:e]`` holds, as a mention."""
    by_id = orders_by_id()
    inside = [h for h in hits if s <= h.start and h.end <= e]
    inside = [
        h
        for h in inside
        if not any(
            o.payload is not h.payload
            and o.start <= h.start
            and h.end <= o.end
            and o.end - o.start > h.end - h.start
            for o in inside
        )
    ]
    if not inside:
        return None
    scores = {
        auth: sc
        for auth, sc in _score((h.phrase, h.payload) for h in inside).items()
        if by_id[auth].president == president and _recent(by_id[auth].signing_date, when)
    }
    if not scores:
        return None
    top = max(scores.values())
    best = [a for a, sc in scores.items() if sc == top]
    if len(best) != 1:
        return None
    end = max(h.end for h in inside if h.payload.authority == best[0])
    if any(a < end and s < b for a, b in taken):
        return None
    o = by_id[best[0]]
    return order_mention(
        text, s, end, o.authority, o.title, 0.7, f"one of the orders signed: {o.title}"
    )


def _recent(signed: str, article: str | None) -> bool:
    """Signed before the article, and within ``RECENT_DAYS`` of it when it is dated."""
    if not article:
        return True
    try:
        days = (date.fromisoformat(article[:10]) - date.fromisoformat(signed)).days
    except ValueError:
        return False
    return 0 <= days <= RECENT_DAYS


# "the first order", "the second executive order", "the latter order": one of the orders the
# sentences just before told, by its place among them. Not "the first order of business",
# "the first order he signed" (his first ever), "the second order to …".
ORDINAL_BACK = deferred(
    r"\b[Tt]he\s+(?P<ord>first|second|third|former|latter)\s+(?:executive\s+)?order\b"
    r"(?!s|\s+(?:of|to|that|which|he|she|they|it|signed|issued|[A-Z])\b|[-'’])"
)
# an order named as what another undoes: "another executive order revoking an Equal
# Employment Opportunity executive order …" is one order told, not two
_UNDONE_BEFORE = deferred(
    r"\b(?:revok|rescind|repeal|replac|amend|supersed|overturn|revers)(?:ing|es|ed|e|s)?\s+"
    r"(?:an?|the|his|her|its)?\s*(?:[\w'’-]+\s+){0,6}$"
)
_ORDINAL_PLACE = {"first": 0, "second": 1, "third": 2}
ORDINAL_SENTENCES = 3


def ordinal_backs(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Orders told by their place among those the article just told ("On January 20 the
    administration issued an executive order … On January 21 it issued another … Plaintiffs
    argue the first order …"): the orders linked in the phrase's sentence and the
    ``ORDINAL_SENTENCES`` before it, each once in the order told, those told as what another
    undoes left out. "The first"/"the second"/"the third" is that one of them when at least
    two are told (and that many); "the former"/"the latter" only when exactly two are."""
    text = doc.text
    if "order" not in text:
        return []
    out: list[Mention] = []
    named = sorted(
        (m for m in found if m.kind == "executive-action" and m.authority and not m.anaphor),
        key=lambda m: m.start,
    )
    for p in ORDINAL_BACK.finditer(text):
        if any(m.start < p.end() and p.start() < m.end for m in found):
            continue
        lo = doc.sentence_start(p.start())
        for _ in range(ORDINAL_SENTENCES):
            lo = doc.sentence_start(max(0, lo - 2))
        told: list[Mention] = []
        for m in named:
            if not lo <= m.start < p.start() or any(t.authority == m.authority for t in told):
                continue
            if _UNDONE_BEFORE.search(text, max(0, m.start - 80), m.start):
                continue
            told.append(m)
        word = p.group("ord").lower()
        if len(told) < 2:
            continue
        if word in ("former", "latter"):
            if len(told) != 2:
                continue
            ante = told[0] if word == "former" else told[1]
        elif _ORDINAL_PLACE[word] < len(told):
            ante = told[_ORDINAL_PLACE[word]]
        else:
            continue
        out.append(
            order_mention(
                text,
                p.start(),
                p.end(),
                ante.authority,
                ante.name,
                0.75,
                f"refers back to “{ante.text}”, the {word} of the orders just told",
            ).with_(anaphor=True)
        )
    return out
