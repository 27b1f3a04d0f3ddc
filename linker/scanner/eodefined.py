"""Terms an article defines for an order it cites: "Executive Order 14168 (the “Gender
Identity Order”)", then "the Gender Identity Order" wherever it is used again.

A law firm's alert or a court's summary names an order once by number and afterwards by a
term of its own, capitalised and quoted in parentheses right after the number. The term and
each later use of it are the order's mentions (back-references). Only a term ending in a word
for a presidential document after a word of its own ("Healthcare Order", "Travel Ban"), or
"EO", counts: a party's or a program's short name is never taken for the order, nor a bare
"Order" that a court's orders would share.
"""

from __future__ import annotations

from ..models import Mention
from .doc import Doc
from .eodescribed import PRES_NAME
from .lazyre import deferred
from .orderdata import register
from .trie import term_uses

# "(the “Gender Identity Order”)", "(“the EO”)", GPO's ``…'' quotes, "(hereinafter the “…”)"
TERM_AFTER = deferred(
    r"\s*\((?:hereinafter\s+)?(?:the\s+)?(?:[“\"]|``)(?:the\s+)?"
    r"(?P<term>(?:[A-Z][\w'’.-]*\s+){1,5}(?:Order|Proclamation|Memorandum|Directive|Ban)|EO)"
    r"(?:[”\"]|'')\)"
)

# Two or three quoted terms in one parenthesis: "(the “Citizenship Order” or “EO”)", "(“EO
# 14151” or the “DEI Order”)"; each that is an order's term (``TERM``) is defined.
MANY_AFTER = deferred(
    r"\s*\((?:hereinafter\s+)?(?:(?:the\s+)?(?:[“\"]|``)[^”\"()\n]{1,40}(?:[”\"]|''),?\s+"
    r"(?:or|and)\s+){1,2}(?:the\s+)?(?:[“\"]|``)[^”\"()\n]{1,40}(?:[”\"]|'')\)"
)
_QUOTED = deferred(r"(?:[“\"]|``)(?:the\s+)?(?P<term>[^”\"()\n]{1,40})(?:[”\"]|'')")
TERM = deferred(r"(?:[A-Z][\w'’.-]*\s+){1,5}(?:Order|Proclamation|Memorandum|Directive|Ban)|EO")


def _terms_after(text: str, at: int) -> list[tuple[str, int, int, int]]:
    """The order's terms defined in the parenthesis at ``at``: (term, its start, its end,
    where the parenthesis ends)."""
    t = TERM_AFTER.match(text, at)
    if t is not None:
        return [(t.group("term"), t.start("term"), t.end("term"), t.end())]
    many = MANY_AFTER.match(text, at)
    if many is None:
        return []
    out = []
    for q in _QUOTED.finditer(text, many.start(), many.end()):
        if TERM.fullmatch(q.group("term")):
            out.append((q.group("term"), q.start("term"), q.end("term"), many.end()))
    return out


def defined(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with the defined terms of its numbered or titled orders and their later uses,
    each a back-reference to the order (its id, name and kind). A later use wins over an order
    that only a name or a topic gave the same words: 'Executive Order 14173 (the "DEI
    Order")' makes each later "DEI Order" that order, not another order about DEI."""
    added = _defined(text, found)
    if not added:
        return found
    kept = [
        m
        for m in found
        if not any(a.start < m.end and m.start < a.end and _yields(m) for a in added)
    ]
    return kept + added


def _yields(m: Mention) -> bool:
    """Whether a found order gives way to a defined term over its words: one told by a name
    or a topic, not by its number."""
    return m.kind == "executive-action" and not any(ch.isdigit() for ch in m.text)


def _defined(text: str, found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in found if not _yields(m)]
    for m in found:
        if not m.authority or text[m.end : m.end + 3].lstrip()[:1] != "(":
            continue
        for term, ts, te, end in _terms_after(text, m.end):
            out.extend(_uses(text, m, term, [(ts, te), *term_uses(text, term, end)], taken))
    return out


def _uses(
    text: str, m: Mention, term: str, spans: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[Mention]:
    """The term where it is defined and each later use of it, as back-references to ``m``
    (none where a mention that does not yield stands)."""
    out: list[Mention] = []
    for s, e in spans:
        if any(a < e and s < b for a, b in taken):
            continue
        taken.append((s, e))
        out.append(
            m.with_(
                start=s,
                end=e,
                text=text[s:e],
                anaphor=True,
                confidence=min(m.confidence, 0.85),
                evidence=f"a term the article defines for {m.text}",
            )
        )
    return out


# "an executive order (EO)", "Trump's new executive order (“EO”)": an order the article
# describes before its number, with its short form defined; the number comes later.
EO_SHORT = deferred(r"\s*\((?:the\s+)?(?:[“\"]|``)?EO(?:[”\"]|'')?\)")
UNNUMBERED_BEFORE = deferred(
    r"(?:\b(?:[Tt]he\s+(?:[Pp]resident|White\s+House)['’]s|[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]his"
    r"|[Tt]hat|[A-Z][a-z]+['’]s)\s+"
    r"(?:(?:new|recent|latest|sweeping|second|separate|[\w]+-[\w]+)\s+){0,2})?"
    r"[Ee]xecutive\s+[Oo]rder$"
)
# A signing told right before the number: the number is of an order signed besides.
SIGNED_BEFORE = deferred(r"\b(?:signed|issued|signing|issuing)\s+(?:(?:an?|the|another)\s+)?$")
# How many sentences after the definition the number may come.
AHEAD_SENTENCES = 3


def ahead(doc: Doc, found: list[Mention]) -> list[Mention]:
    """``found`` with each order told first without its number and given the short form "EO"
    ("… issued an executive order (EO) requiring agencies to …"), whose number the article
    gives within the next few sentences ("Executive Order 14321 also …"), taking that number:
    the description and each "EO" before the number become the numbered order's mentions.
    Nothing when another order is named in between, or the number is not given soon."""
    text = doc.text
    out = list(found)
    pos = 0
    while (i := text.find("EO", pos)) >= 0:
        pos = i + 2
        par = text.rfind("(", max(0, i - 4), i)
        if par < 0:
            continue
        short = EO_SHORT.match(text, par - 1 if par and text[par - 1] == " " else par)
        if short is None or short.end() < i:
            continue
        head = text[max(0, par - 80) : par].rstrip()
        before = UNNUMBERED_BEFORE.search(head)
        if before is None:
            continue
        start = par - len(text[max(0, par - 80) : par]) + before.start()
        end = short.end()
        numbered = _number_ahead(doc, out, end)
        if numbered is None or not _same_president(doc, start, numbered):
            continue
        spans = [(start, end)] + [
            (s, e) for s, e in term_uses(text, "EO", end) if e <= numbered.start
        ]
        for s, e in spans:
            if any(
                m.start < e and s < m.end and (m.authority or m.kind != "executive-action")
                for m in out
            ):
                continue
            out = [m for m in out if not (m.start < e and s < m.end)]
            out.append(
                numbered.with_(
                    start=s,
                    end=e,
                    text=text[s:e],
                    anaphor=(s, e) != (start, end),
                    confidence=min(numbered.confidence, 0.8),
                    evidence=f"the order the article numbers a little later: {numbered.text}",
                )
            )
    return _signed_ahead(doc, out)


# "Trump signed an executive order requiring …", "the president issued a new executive order
# on …": one order, told before its number, that a president signed.
SIGNED_AN = deferred(
    r"\b(?:signed|issued)\s+(?P<det>an?)\s+(?:(?:new|sweeping|separate)\s+)?"
    r"[Ee]xecutive\s+[Oo]rder\b(?!s|\s*(?:No\.|#)?\s*\d)"
)
# The number told as the same order: "The order, Executive Order 14332, …", "… Executive
# Order 14332 also …".
SAME_BEFORE = deferred(r"\b[Tt]he\s+(?:executive\s+)?order\s*(?:,|—|–|\()\s*$")
SAME_AFTER = deferred(r"\s*(?:,\s*[^,;]{0,60},)?\s+also\b")
# How many sentences after its signing the number may come for an order not defined "EO".
SIGNED_SENTENCES = 2


def _signed_ahead(doc: Doc, found: list[Mention]) -> list[Mention]:
    """``found`` with each order a president signed and the article tells before its number
    ("Trump signed an executive order requiring agencies to audit grants."), whose number
    the next sentences give as the same order ("The order, Executive Order 14332, …",
    "Executive Order 14332 also …"), taking that number. Nothing when another order is named
    in between or the words make the number another order's."""
    text = doc.text
    out = found
    pos = 0
    while (i := text.find("xecutive order", pos)) >= 0:
        pos = i + 14
        m = SIGNED_AN.search(text, max(0, i - 30), min(len(text), i + 30))
        if m is None or not (m.start() < i < m.end()):
            continue
        start, end = m.start("det"), m.end()
        if any(x.start < end and start < x.end and x.authority for x in out):
            continue
        numbered = _number_ahead(doc, out, end, SIGNED_SENTENCES)
        if numbered is None or doc.sentence_index(numbered.start) == doc.sentence_index(end):
            continue
        if not (
            SAME_BEFORE.search(text, max(0, numbered.start - 20), numbered.start)
            or SAME_AFTER.match(text, numbered.end)
        ):
            continue
        if not _same_president(doc, m.start(), numbered):
            continue  # "Biden's Executive Order 14008 also …": another president's
        out = [x for x in out if not (x.start < end and start < x.end)]
        out.append(
            numbered.with_(
                start=start,
                end=end,
                text=text[start:end],
                anaphor=False,
                confidence=min(numbered.confidence, 0.75),
                evidence=f"the order the next sentences number as the same: {numbered.text}",
            )
        )
    return out


def _same_president(doc: Doc, at: int, numbered: Mention) -> bool:
    """Whether the numbered order was signed by the president the signing at ``at`` names
    (the last one named in its sentence before it), or no president is named there."""
    text = doc.text
    names = list(PRES_NAME.finditer(text, doc.sentence_start(at), at))
    if not names:
        return True
    number = int("".join(c for c in (numbered.authority or "") if c.isdigit()) or 0)
    order = register().by_number.get(number)
    if order is None:
        return False
    name = names[-1].group("name")
    return order.president == ("Johnson" if name.endswith("Johnson") else name)


def _number_ahead(
    doc: Doc, found: list[Mention], at: int, sentences: int = AHEAD_SENTENCES
) -> Mention | None:
    """The first order the article names by number after ``at``, within ``sentences``
    sentences, with no other order named in between; else None."""
    limit = doc.sentence_index(at) + sentences
    later = sorted(
        (m for m in found if m.kind == "executive-action" and m.start >= at),
        key=lambda m: m.start,
    )
    for m in later:
        if doc.sentence_index(m.start) > limit:
            return None
        if m.authority and m.authority.startswith("eo:") and any(c.isdigit() for c in m.text):
            if SIGNED_BEFORE.search(doc.text, max(0, m.start - 40), m.start):
                return None  # "He also signed Executive Order 14330": another order
            return m
        if m.authority or not m.text.lstrip("Tt").startswith("he EO"):
            return None  # another order first
    return None
