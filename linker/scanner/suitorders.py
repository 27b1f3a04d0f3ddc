"""A president's executive order told without its number beside the suit that challenges it:
"The lawsuit, filed in May, claims that President Lane's executive order issued earlier that
month violates …" is the one order the suit's row of ``linker/data/lawsuits.csv`` lists in its
``challenges`` column. A follow-up pass, after the lawsuits and the suits' back-references.

The same order called unlawful in a quotation ("this is a plainly unconstitutional order," the
plaintiffs' lawyer said) is a back-reference to it, when the article names that order and a
known suit.

Only an order told by the president's possessive and a time after it ("issued earlier that
month", "signed last month"): a bare "Lane's executive order" may be any of his orders. Only
in a sentence that holds a ``case`` mention of a known suit, when the article's known suits
challenge exactly one executive order, of that president, signed by the article's date.
"""

from __future__ import annotations

from ..datafiles import one_challenged, suits_challenging
from ..models import Mention
from .doc import Doc
from .eodescribed import _PRES_AT_WORD
from .lazyre import deferred
from .orderdata import ExecOrder, order_mention, orders_by_id
from .registry import Pass
from .rulings.common import in_quotes
from .sentences import quote_spans
from .spans import by_span

# "President Lane's executive order issued earlier that month", "Lane's executive order,
# signed last month,"
TOLD = deferred(
    rf"(?:(?:former\s+)?President\s+)?(?:[A-Z][a-z]+\s+)?(?P<pres>{_PRES_AT_WORD})['’]s\s+"
    r"executive\s+order,?\s+(?:issued|signed)\s+(?:(?:earlier|later)\s+(?:that|the\s+same|this)"
    r"\s+(?:month|week|year)|(?:last|that)\s+(?:month|week)|the\s+(?:same\s+)?(?:month|week)"
    r"\s+before)\b"
)


# "this is a blatantly unconstitutional order" in a plaintiff's quoted words: the order the
# suit challenges, called unlawful (a quality no court's own order is told by in its suit)
QUALIFIED = deferred(
    r"\b(?:[Tt]his|[Ii]t|[Tt]hat)\s+(?:is|was)\s+(?P<np>an?\s+(?:(?:blatantly|plainly|clearly|"
    r"patently|flagrantly|obviously)\s+)?(?:unconstitutional|unlawful|illegal)\s+"
    r"(?:executive\s+)?order)\b"
)


def _challenged(mentions: list[Mention]) -> ExecOrder | None:
    """The one executive order the article's known suits challenge (None with none or two)."""
    found = one_challenged((m.name or "" for m in mentions if m.kind == "case"), "eo:")
    return orders_by_id().get(found) if found else None


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    if "order" not in text or not any(m.kind == "case" for m in mentions):
        return mentions
    # (its words hold "executive": most articles with a case have none, and a search of the
    # whole text for ``TOLD`` tries it at every capital)
    hits = list(TOLD.finditer(text)) if "executive" in text else []
    qualified = list(QUALIFIED.finditer(text)) if "order" in text else []
    if not hits and not qualified:
        return mentions
    order = _challenged(mentions)
    if order is None or (doc.date and order.signing_date > doc.date[:10]):
        return mentions
    table = suits_challenging("eo:")
    added: list[Mention] = []
    for hit in hits:
        s, e = hit.span()
        if hit.group("pres") != order.president:
            continue
        if any(m.start < e and s < m.end for m in mentions):
            continue
        a, b = doc.sentence_at(s)
        if not any(m.kind == "case" and m.name in table and a <= m.start < b for m in mentions):
            continue  # only beside the suit that challenges it
        added.append(
            order_mention(
                text,
                s,
                e,
                order.authority,
                order.title,
                0.7,
                f"the one executive order the suit its sentence names challenges: {order.title}",
            )
        )
    told = any(m.kind == "executive-action" and m.authority == order.authority for m in mentions)
    quotes = quote_spans(text) if qualified and told else []
    for q in qualified:
        s, e = q.span("np")
        if not in_quotes(s, quotes) or any(m.start < e and s < m.end for m in mentions):
            continue
        if not any(m.kind == "case" and m.name in table for m in mentions):
            continue
        added.append(
            order_mention(
                text,
                s,
                e,
                order.authority,
                order.title,
                0.65,
                f"the order the article's suit challenges, called unlawful in a quotation: "
                f"{order.title}",
            ).with_(anaphor=True)
        )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=by_span)


PASS = Pass(name="suitorders", emits=("executive-action",), anchors=(), run=run)
