"""Executive orders and proclamations: by number, by title, and as reporters describe them.

Three kinds of ``executive-action`` mentions:

* numbered: "Executive Order 14159", "Executive Order No. 14159", "E.O. 14,110", "EO 14110",
  "Executive Orders 14110, 14117 and 14144" (one mention per number), "Proclamation 10949";
  the number is the id (``eo:N``, ``proc:N``), no data needed;
* titled: an order's official title ("Protecting the Meaning and Value of American
  Citizenship") from ``linker/data/executive_orders.csv``;
* described: "Trump's executive order on birthright citizenship", "an executive order to
  revoke the policy that granted automatic citizenship to children born in the country",
  "a proclamation invoking the Alien Enemies Act". The words around an anchor ("executive
  order", "proclamation", or "order" right after a president's name or a topic) are matched
  against each data row's topic phrases; the president named with the order and the
  article's date must fit the row. One best row gives the id; several equally good rows give
  a mention without an id (lower confidence). Bare back-references ("the order", "the EO")
  are left to the anaphora pass.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cache

from ..lexicon import months, presidents
from ..models import Mention
from .context import ScanContext
from .doc import Anchor, Doc
from .orderdata import (
    STOP_WORDS,
    ExecOrder,
    executive_orders,
    orders_by_id,
    register,
    stems,
    topic_matcher,
)
from .phrases import Hit, PhraseMatcher, bank_table
from .registry import Pass
from .sentences import sentence_start
from .sentences import sentences as _sentences
from .trie import matches_at

_N = r"(?:\d{1,2},\d{3}|\d{3,5})"
_NO = r"(?:(?:No\.?|Nos\.|Number|#)\s*)?"
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
EO_HEAD = re.compile(
    r"\b(?:(?P<long>[Ee]xecutive\s+[Oo]rders?)|(?P<short>E\.\s?O\.s?|EOs?))"
    rf"\s*{_NO}(?P<num>{_N})(?![\d,.-]\d|-|\w)"
)
PROC_HEAD = re.compile(
    rf"\b(?:[Pp]roclamations?|Proc\.)\s*{_NO}(?P<num>\d{{1,2}},\d{{3}}|\d{{2,5}})(?![\d,.-]\d|-|\w)"
)
# "The executive order, No. 14257, sets …", "a second order, No. 14173": the number set in
# apposition after the word "order". Only an executive order's five-digit range.
# (``\b(?:[Ee]xecutive\s+)?[Oo]rder`` written to open on the first letter, which the regex
# engine skips ahead to; the look-behind after it asks what the word boundary would. An "E"
# can only open "Executive Order", an "O" only "Order".)
ORDER_NO = re.compile(
    r"[EeOo](?<!\w.)(?:(?<=[Ee])xecutive\s+[Oo]|(?<=[Oo]))rder,?\s+"
    r"(?P<no>(?:No\.|Number)\s*(?P<num>1[0-4],?\d{3}))"
    r"(?![\d,.-]\d|-|\w)"
)
LIST_TAIL = re.compile(rf"{_SEP}{_NO}(?P<num>{_N})(?![\d,.-]\d|-|\w)")

PRESIDENTS = presidents()  # the lexicon's, most recent first
_PRES = "|".join(PRESIDENTS)
PRES_NAME = re.compile(rf"\b(?P<name>{_PRES}|Lyndon\s+(?:B\.\s+)?Johnson)\b")
# "Trump's" / "Biden’s" right before the anchor, with at most a few words in between.
PRES_POSS = re.compile(rf"\b(?P<name>{_PRES})(?:'|’)s\s+(?P<mid>(?:[\w$%.,/-]+\s+){{0,5}})$")
BY_PRES = re.compile(rf"^\W*(?:signed\s+|issued\s+)?by\s+(?:President\s+)?(?P<name>{_PRES})\b")

ANCHOR = re.compile(
    r"\b(?:(?P<exec>[Ee]xecutive\s+[Oo]rder|[Pp]residential\s+[Oo]rder)"
    r"|(?P<proc>[Pp]roclamation)|(?P<order>[Oo]rder))\b"
    r"(?!s\b|\s*(?:No\.?|Number|#)?\s*\d)"
)
# Where the clause an anchor starts ends: sentence punctuation, a comma, a parenthesis.
CLAUSE_END = re.compile(r"[;!?\n()\[\]—–]|,\s|\.(?=\s+[A-Z\"“‘']|\s*$)|\.$")
WORD = re.compile(r"[\w'’-]+")
POST_WINDOW = 160
PRE_WINDOW = 120
MAX_TAIL_WORDS = 6


# A governor's, mayor's or county's numbered order: "Gov. Andrew Cuomo's Executive Order
# 202", "Mayor Eric Adams issued Emergency Executive Order 665".
NOT_PRESIDENTIAL = re.compile(
    r"(?:\bGov\.|\b(?:Governor|governor|Mayor|mayor)\b|\b(?:[Ss]tate|[Cc]ity|[Cc]ounty)['’]s\s)"
    r"[^.;:!?]{0,50}$|\b(?:Emergency|[Mm]unicipal|[Cc]ounty|[Ss]tate)\s+$"
)


_HIS_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+$")
_DET_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that)\s+$")
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
                t = LIST_TAIL.match(text, pos)
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
    for m in ORDER_NO.finditer(text) if "No." in text or "Number" in text else ():
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


@bank_table
@cache
def _title_matcher() -> PhraseMatcher[ExecOrder]:
    entries: list[tuple[str, ExecOrder]] = []
    for o in executive_orders():
        if len(WORD.findall(o.title)) >= 5:
            entries.append((o.title, o))
    return PhraseMatcher(entries)


def _titled(text: str, ctx: ScanContext) -> list[Mention]:
    out: list[Mention] = []
    for hit in _title_matcher().hits_in(ctx):
        o = hit.payload
        if ctx.date and o.signing_date and o.signing_date > ctx.date:
            continue
        out.append(
            Mention(
                hit.start,
                hit.end,
                text[hit.start : hit.end],
                "executive-action",
                o.authority,
                name=o.title,
                confidence=0.9,
                matcher="executive",
                evidence=f"title of {o.authority}",
            )
        )
    return out


# Where a described order's own words stop: a new clause begins ("… while a lawsuit …").
CLAUSE_TAIL = re.compile(
    r"\s+(?:while|as|after|because|when|until|but|which|who|and\s+(?:said|says|was|is))\b"
)


def _clause_end(text: str, pos: int) -> int:
    limit = min(len(text), pos + POST_WINDOW)
    m = CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit


def _president_cue(text: str, anchor_start: int, anchor_end: int, post_end: int) -> str | None:
    by = BY_PRES.match(text[anchor_end:post_end])
    if by:
        return by.group("name")
    start = max(sentence_start(text, anchor_start), anchor_start - 400)
    names = list(PRES_NAME.finditer(text, start, anchor_start))
    if names:
        name = names[-1].group("name")
        return "Johnson" if name.endswith("Johnson") else name
    return None


TAIL_START = re.compile(
    r"^\s+(?:to|in|of|for|from|on|at|across|within|into|with|born|who|whose|that|which)\b"
)
FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|said|says)\b"
)


def _tail_continues(tail: str) -> bool:
    """Whether the rest of the clause still describes the order ("… to children born here")."""
    return (
        len(WORD.findall(tail)) <= MAX_TAIL_WORDS
        and TAIL_START.match(tail) is not None
        and not FINITE.search(tail)
    )


@cache
def _topicstems() -> dict[str, set[str]]:
    return {o.authority: stems(" ".join(o.topics) + " " + o.title) for o in executive_orders()}


def _fuzzy_candidates(
    clause: str,
    poss: re.Match[str] | None,
    text: str,
    s: int,
    e: int,
    post_end: int,
    ctx: ScanContext,
    anchor: re.Match[str],
) -> tuple[str, str] | None:
    """The one order whose topics share at least two content words with the clause
    ("an executive order barring transgender people from military service"), for a known
    president, signed before the article; None when no order or several fit equally."""
    words = stems(clause)
    if len(words) < 2:
        return None
    president = poss.group("name") if poss else _president_cue(text, s, e, post_end)
    if president is None:
        return None
    by_id = orders_by_id()
    scores: dict[str, int] = {}
    for auth, topic_words in _topicstems().items():
        o = by_id[auth]
        if o.president != president or (ctx.date and o.signing_date > ctx.date):
            continue
        if anchor.group("proc") and not auth.startswith("proc:"):
            continue
        shared = len(words & topic_words)
        if shared >= 2:
            scores[auth] = shared
    if not scores:
        return None
    top = max(scores.values())
    best = [a for a, v in scores.items() if v == top]
    return (best[0], president) if len(best) == 1 else None


# A clause that describes the order it follows: "… targeting", "… to", "… that", "… on".
DESCRIBES = re.compile(
    r"\s+(?:\w+ing|to|on|that|which|aimed|meant|designed|intended|against|for|about|over|"
    r"restricting|barring|banning)\b"
)
_NOT_TOPIC = frozenset({*(p.lower() for p in PRESIDENTS), "said", "says", "only", "also"})


def _roots(words: str) -> set[str]:
    """Content-word roots loose enough that "immigrants" meets "immigration"."""
    return {w[:6] for w in stems(words) if w not in _NOT_TOPIC}


def _topic_of_article(
    text: str,
    topic_hits: list[Hit[ExecOrder]],
    poss: re.Match[str] | None,
    s: int,
    e: int,
    post_end: int,
    ctx: ScanContext,
    anchor: re.Match[str],
) -> tuple[str, str] | None:
    """The order an article is about, for an executive order it describes in other words:
    "an executive order targeting communities that protect immigrants from deportation" in an
    article whose opening names "sanctuary cities". Only when the article names the topics of
    exactly one order of that president in its opening, signed before the article, and the
    clause shares a content word with the sentence that names them ("Trump's executive order"
    with no clause needs none). The president is the one named by the order or, failing
    that, the only one the opening names."""
    clause = text[e:post_end].split("\n", 1)[0]
    described = DESCRIBES.match(clause) is not None
    his = _HIS_BEFORE.search(text[max(0, s - 5) : s]) is not None
    if not described and not poss and not his:
        return None  # "the executive order applies only to …" says something of the order
    words = _roots(clause) if described else set()
    if his and not described:
        poss = None  # "his executive order": the president comes from the sentence
    if described and not words:
        return None
    spans = _sentences(text)
    lead_end = spans[min(2, len(spans) - 1)][1]  # the headline and the opening sentences
    president = poss.group("name") if poss else _president_cue(text, s, e, post_end)
    if president is None:
        in_lead = {m.group("name") for m in PRES_NAME.finditer(text, 0, lead_end)}
        president = in_lead.pop() if len(in_lead) == 1 else None
    if president is None:
        return None
    named: set[str] = set()
    shared: set[str] = set()
    for h in topic_hits:
        if h.start >= lead_end:
            break  # what the article is about is in its opening
        o = h.payload
        if o.president != president or (ctx.date and o.signing_date > ctx.date):
            continue
        if anchor.group("proc") and not o.authority.startswith("proc:"):
            continue
        named.add(o.authority)
        a, b = next(((a, b) for a, b in spans if a <= h.start < b), (h.start, h.end))
        if not described or words & _roots(text[a:b]):
            shared.add(o.authority)  # "Trump's executive order": his order the article is about
    if len(named) == 1 and shared == named:
        return named.pop(), president
    return None


def _score(hits: Iterable[tuple[str, ExecOrder]]) -> dict[str, float]:
    seen: dict[str, set[str]] = {}
    for phrase, o in hits:
        seen.setdefault(o.authority, set()).add(phrase.lower())
    return {
        auth: sum(1.0 + 0.1 * len(p.split()) for p in phrases) for auth, phrases in seen.items()
    }


# Where ``ANCHOR`` can match: each of its branches opens on one of these words.
DESCRIBED_ANCHOR = Anchor(
    "eo_described",
    (
        *("Executive", "executive", "Presidential", "presidential"),
        *("Proclamation", "proclamation", "Order", "order"),
    ),
    0,
    0,
    "word",
)


def _anchor_matches(text: str, ctx: ScanContext) -> Iterator[re.Match[str]]:
    """``ANCHOR.finditer(text)``, tried only where one of its words starts."""
    if ctx.index is None:
        return ANCHOR.finditer(text)
    return matches_at(ANCHOR, text, (s for s, _e in ctx.hits(DESCRIBED_ANCHOR.name)))


def _described(
    text: str, ctx: ScanContext, anchors: list[re.Match[str]] | None = None
) -> list[Mention]:
    topic_hits = topic_matcher().hits_in(ctx)
    # Hits by end, then by start: each anchor looks only at the hits next to it.
    by_end = sorted(range(len(topic_hits)), key=lambda i: topic_hits[i].end)
    ends = [topic_hits[i].end for i in by_end]
    by_start = sorted(range(len(topic_hits)), key=lambda i: topic_hits[i].start)
    starts = [topic_hits[i].start for i in by_start]
    by_id = orders_by_id()
    out: list[Mention] = []
    for a in anchors if anchors is not None else _anchor_matches(text, ctx):
        s, e = a.start(), a.end()
        bare = a.group("order") is not None
        post_end = _clause_end(text, e)
        # Topic words right before the anchor ("birthright citizenship order"): hits that end
        # in the white space just before it.
        gap = s
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        near = by_end[bisect.bisect_left(ends, gap) : bisect.bisect_right(ends, s)]
        pre = [topic_hits[i] for i in sorted(near)]
        pre_start = min((h.start for h in pre), default=s)
        before = text[max(0, pre_start - PRE_WINDOW) : pre_start]
        if _not_presidential(text, s, 99999) and not PRES_NAME.search(before[-60:]):
            continue  # "Gov. Hochul signed an executive order directing state agencies"
        # (every match holds "'s" or "’s": without one the pattern is not tried at all)
        poss = PRES_POSS.search(before) if "'s" in before or "’s" in before else None
        if poss and bare and poss.group("mid").strip():
            poss = None  # "Trump's new order": only "Trump's order" or "Trump's <topic> order"
        if bare and not pre and not poss:
            continue  # "the judge's order", "a restraining order"
        if bare and pre and not poss:
            # "<topic> order" without a president: only when the topic is the whole modifier.
            det = _DET_BEFORE.search(before)
            if not det:
                continue
        after = by_start[bisect.bisect_left(starts, e) : bisect.bisect_left(starts, post_end)]
        post = [topic_hits[i] for i in sorted(after) if topic_hits[i].end <= post_end]
        if bare and not poss and post and not pre:
            continue
        hits = pre + post
        if not hits:
            if bare and not poss:
                continue
            # No listed topic phrase: compare the clause's words with each order's topics.
            fuzzy = _fuzzy_candidates(text[e:post_end], poss, text, s, e, post_end, ctx, a)
            how = "described like"
            if fuzzy is None and not bare:
                fuzzy = _topic_of_article(text, topic_hits, poss, s, e, post_end, ctx, a)
                how = "the one order whose topic the article names:"
            if fuzzy is not None:
                authority_f, president_f = fuzzy
                start = s - (len(before) - poss.start()) if poss else s
                stop = CLAUSE_TAIL.search(text, e, post_end)
                end = stop.start() if stop else post_end
                if how != "described like" and not DESCRIBES.match(text, e, post_end):
                    end = e  # "his executive order by next summer": the words after are not its
                    his = _HIS_BEFORE.search(text[max(0, s - 5) : s])
                    if his and not poss:
                        start = max(0, s - 5) + his.start()
                while end > start and text[end - 1] in " ,;:":
                    end -= 1
                order = by_id[authority_f]
                out.append(
                    Mention(
                        start,
                        end,
                        text[start:end],
                        "executive-action",
                        authority_f,
                        name=order.title,
                        confidence=0.75 if how == "described like" else 0.6,
                        matcher="executive",
                        evidence=f"{how} {order.title} ({president_f})",
                    )
                )
            continue
        if poss:
            president: str | None = poss.group("name")
        else:
            president = _president_cue(text, pre_start, e, post_end)
        start = pre_start
        if poss:
            start = pre_start - (len(before) - poss.start())
        end = e
        if post:
            end = max(h.end for h in post)
            if _tail_continues(text[end:post_end]):
                end = post_end
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        scores = _score((h.phrase, h.payload) for h in hits)
        candidates = {
            auth: sc
            for auth, sc in scores.items()
            if (president is None or by_id[auth].president == president)
            and not (ctx.date and by_id[auth].signing_date > ctx.date)
            and not (a.group("proc") and not auth.startswith("proc:"))
        }
        authority: str | None = None
        confidence = 0.6
        evidence = "described presidential action"
        if candidates:
            top = max(candidates.values())
            best = [auth for auth, sc in candidates.items() if sc == top]
            if len(best) == 1:
                authority = best[0]
                confidence = 0.9 if president else 0.85
                evidence = f"described: {by_id[authority].title}"
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "executive-action",
                authority,
                name=by_id[authority].title if authority else None,
                confidence=confidence,
                matcher="executive",
                evidence=evidence,
            )
        )
    return out


_MONTH = "|".join(sorted((re.escape(w.capitalize()) for w in months()), key=len, reverse=True))
_DATE = (
    rf"(?P<month>{_MONTH})\.?\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)?(?:,\s*(?P<year>(?:19|20)\d\d),?)?"
)
# "a March 25 executive order", "Trump's Jan. 20, 2025, executive order"
DATE_BEFORE = re.compile(
    rf"(?:\b(?P<poss>{_PRES})['’]s\s+|\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]hat|[Tt]his)\s+)"
    rf"{_DATE}\s+$"
)
_WHO_PRES = (
    rf"(?:(?:former|then-|then)\s*)?(?:President\s+)?(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?)?"
    rf"(?P<name>{_PRES})\b"
)
# "… issued by former President Donald Trump", "… signed by Biden"
BY_WHOM = re.compile(rf"\s*,?\s*(?:issued|signed)\s+by\s+{_WHO_PRES}")
# "an executive order Trump signed on March 25", "an executive order signed March 25, 2025"
DATE_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:that|which)\s+)?(?:{_WHO_PRES}\s+)?(?:signed|issued)\s+(?:on\s+)?{_DATE}"
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
    for a in anchors:
        if not (a.group("exec") or a.group("order")):
            continue
        s, e = a.start(), a.end()
        if text[e : e + 1] == "s":
            continue
        # a day's number stands just before the anchor, or in the words after it
        digit_before = _DIGIT.search(text, max(0, s - 14), s) is not None
        if not digit_before and (a.group("order") or not _DIGIT.search(text, e, e + 90)):
            continue
        before = DATE_BEFORE.search(text, max(0, s - 60), s) if digit_before else None
        if a.group("order") and not (before and before.group("poss")):
            continue  # a bare "order" only as "Trump's March 25 order"
        after = None if before else DATE_AFTER.match(text, e, min(len(text), e + 90))
        when = before or after
        if when is None:
            continue
        month = months().get(when.group("month").lower())
        if month is None or not 1 <= int(when.group("day")) <= 31:
            continue
        if before:
            start = before.start("poss") if before.group("poss") else before.start("month")
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
        if president and president.endswith("Johnson"):
            president = "Johnson"
        reg = register()
        days = _signing_days(month, int(when.group("day")), when.group("year"), doc.date)
        if NOT_A_PRESIDENTS.match(text, e, min(len(text), e + 90)):
            continue  # "a March 25 executive order issued by Gov. Kathy Hochul"
        if president is None:
            days = []  # no president named: a governor's or a mayor's order, maybe
        if _not_presidential(text, start, 99999) and not PRES_NAME.search(
            text, max(0, start - 60), start
        ):
            continue  # "Gov. Hochul's March 25 executive order"
        cands = [
            o
            for d in days
            for o in reg.by_day.get(d, ())
            if president is None or o.president == president
        ]
        chosen = None
        how = ""
        if len(cands) == 1 and len(days) == 1 and reg.complete(days[0]):
            chosen, how = cands[0], "the one order the Federal Register lists that day:"
        elif cands:
            if words is None:
                words = {w.rstrip("s") for w in re.findall(r"[a-z][a-z'’]+", text.lower())}
            scores = {o.number: len(_title_words(o.title) & words) for o in cands}
            top = max(scores.values())
            best = [o for o in cands if scores[o.number] == top]
            if top >= 1 and len(best) == 1:
                chosen, how = best[0], "the order of that day whose title the article echoes:"
        if chosen is None and a.group("order"):
            continue  # "Trump's Jan. 27 order" with no one order found: left to what refers back
        evidence = "executive order named by its signing day"
        if chosen is not None:
            evidence = f"{how} {chosen.title} (signed {chosen.signing_date}, {chosen.citation})"
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "executive-action",
                chosen.authority if chosen else None,
                name=chosen.title if chosen else None,
                confidence=0.85 if chosen else 0.6,
                matcher="executive",
                evidence=evidence,
            )
        )
    return out


def _overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(m.start < o.end and o.start < m.end for o in others)


def find(doc: Doc) -> list[Mention]:
    """Every numbered, titled, dated or described executive order or proclamation."""
    text = doc.text
    anchors = list(_anchor_matches(text, doc))
    dated = _dated(doc, anchors)
    described = _described(text, doc, anchors)
    linked = [m for m in dated if m.authority]
    described = [m for m in described if not _overlaps(m, linked)]
    dated = [m for m in dated if m.authority or not _overlaps(m, described)]
    return _numbered(doc) + _titled(text, doc) + described + dated


PASS = Pass(
    name="executive",
    emits=("executive-action",),
    anchors=(EO_ANCHOR, PROC_ANCHOR, DESCRIBED_ANCHOR),
    run=find,
)
