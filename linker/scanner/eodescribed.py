"""Executive orders and proclamations as reporters describe them, for the ``executive`` pass:
"Trump's executive order on birthright citizenship", "an executive order to revoke the policy
that granted automatic citizenship to children born in the country", "a proclamation invoking
the Alien Enemies Act". The words around an anchor ("executive order", "proclamation", or
"order" right after a president's name or a topic) are matched against each data row's topic
phrases; the president named with the order and the article's date must fit the row. One
best row gives the id; several equally good rows give a mention without an id (lower
confidence). Also the president cues (``PRES_NAME``, ``_president_cue``) and the clause an
anchor opens (``_clause_end``) that orders named by their day (``eodated.py``) read.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import cache

from ..lexicon import months, presidents
from ..models import Mention
from .context import ScanContext
from .doc import Anchor
from .eonumbered import WORD, _not_presidential
from .lazyre import deferred
from .orderdata import (
    ExecOrder,
    RegisterOrder,
    executive_orders,
    order_mention,
    orders_by_id,
    register,
    register_titles,
    stems,
    topic_matcher,
)
from .phrases import Hit
from .sentences import sentence_start
from .sentences import sentences as _sentences
from .trie import matches_at

PRESIDENTS = presidents()  # the lexicon's, most recent first
_PRES = "|".join(PRESIDENTS)
# The presidents' names, each opening on its capital with the word boundary before it asked
# by looking behind: a pattern opening on ``\b`` is tried at every position of the text, one
# opening on these capitals only where one stands (four times faster over 1,500 characters).
_PRES_AT_WORD = "|".join(p[0] + r"(?<!\w.)" + p[1:] for p in PRESIDENTS)
PRES_NAME = re.compile(rf"(?P<name>{_PRES_AT_WORD}|L(?<!\w.)yndon\s+(?:B\.\s+)?Johnson)\b")
# "Trump's" / "Biden’s" right before the anchor, with at most a few words in between.
# (a word that ends a sentence, "… targeting Acme LLP. The executive order", is no word between
# the possessive and its order: twenty-eighth session, census43)
PRES_POSS = re.compile(
    rf"(?P<name>{_PRES_AT_WORD})(?:'|’)s\s+"
    r"(?P<mid>(?:(?![\w$%,/-]*[a-z]{2}\.\s)[\w$%.,/-]+\s+){0,5})$"
)
BY_PRES = re.compile(
    rf"^\W*(?:signed\s+|issued\s+)?(?:by|from\s+(?=(?:former\s+)?President\s))\s*(?:former\s+)?(?:President\s+)?"
    rf"(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?)?(?P<name>{_PRES})\b"
)
# "An executive order on … was signed by President Biden": the signer named later in the
# sentence, after a verb (searched only from an anchor to its sentence's end).
SIGNED_BY = deferred(
    rf"(?:signed|issued)\s+(?:\w+\s+){{0,2}}?by\s+(?:(?:former\s+)?President\s+)?(?P<name>{_PRES})\b"
)

ANCHOR = re.compile(
    r"\b(?:(?P<exec>[Ee]xecutive\s+(?:[Oo]rder|[Aa]ction)|[Pp]residential\s+[Oo]rder)"
    r"|(?P<proc>[Pp]roclamation)|(?P<order>[Oo]rder|[Dd]irective|ban))\b"
    r"(?!s\b|\s*(?:No\.?|Number|#)?\s*\d)"
)
# Where the clause an anchor starts ends: sentence punctuation, a comma, a parenthesis.
# (Not the comma of a list: "diversity, equity and inclusion", "steel, aluminum, or copper".)
CLAUSE_END = re.compile(
    r"[;!?\n()\[\]—–]|,\s(?![a-z][\w-]*,?\s+(?:and|or)\s)"
    r"|\.(?=[\"”’']?(?:\s+[A-Z\"“‘']|\s*$))|\.$"
)
POST_WINDOW = 160
PRE_WINDOW = 120
MAX_TAIL_WORDS = 6

# "Trump's March directive", "Biden's Oct. 30 order": a month (and day) between the
# president's name and a bare "order".
_MONTH_MID = deferred(
    r"^(?:"
    + "|".join(m.capitalize() for m in sorted(months(), key=len, reverse=True))
    + r")\.?(?:\s+\d{1,2})?\s+$"
)
_AIMED_AT = deferred(r"\s+(?:targeting|aimed\s+at|directed\s+at|singling\s+out|punishing)\b")
_HIS_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+$")
# (twenty-fourth session: "presidential" may follow it, "a presidential elections order")
_DET_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat"
    r"|[Tt]he\s+(?:[Pp]resident|[Aa]dministration|White\s+House)(?:'|’)s)\s+"
    r"(?:presidential\s+)?$"
)
# A determiner and at most two lowercase words before an order told by its sentence's topic:
# "a far-reaching executive order", "the president's executive order", "an executive order"
_DET_NEAR = deferred(
    r"\b(?P<det>[Aa]n?|[Hh]is|[Hh]er|[Tt]he(?:\s+(?:[Pp]resident|[Aa]dministration|White\s+House)"
    r"(?:'|’)s)?)\s+(?:[a-z][\w-]*\s+){0,2}$"
)
# "… Trump issued an order attempting to ban …": the president signs it in the clause before
_ISSUED_BEFORE = deferred(r"\b(?:signed|issued)\s+(?:an?|his|her)\s+$")
# "an executive order had a chilling effect …": the words after the anchor say something of
# the order (a finite verb), they do not describe which order it is
_PREDICATE_AFTER = deferred(
    # (an adverb may stand before the verb: "the order also breached the right to counsel")
    r"(?:\s+(?:also|further|still|then|later|already|even|effectively))?"
    r"(?:\s+(?:had|has|have|is|are|was|were|will|would|could|can|may|might|should|did|does|do)\b"
    # "Trump's order violated the rights guaranteed by …": a past verb with its object
    # ("signed Jan. 20", "issued in January" still describe the order)
    r"|\s+[a-z]+ed\s+(?:the|a|an|his|her|its|their|that|this|those|these)\s"
    r"|(?<=also|ther|till|then|ater|eady|even|vely)\s+[a-z]+ed\s+[a-z]+)"
)


# A photo caption's sheet of paper: "holds up a signed executive order", "displays an
# executive order" (twenty-seventh session)
_HELD_UP = deferred(
    r"\b(?:holds?|holding|held|displays?|displaying|displayed|shows?|showing|showed)"
    r"(?:\s+up)?\s+(?:an?|the)\s+(?:(?:signed|newly[- ]signed|new)\s+)?$"
)


# An order's own verb after the words naming it: "the order signed in May requires …".
_SAYS_AFTER = deferred(
    r"\s(?:is|was|has|had|will|would|requires|required|directs|directed|bars|barred|bans|"
    r"orders|calls|called|says|said|seeks|sought|aims|violates|violated|instructs|instructed|"
    r"prohibits|mandates|mandated|tells|told|declares|declared|remains|took|takes)\s"
)


_RELATIVE = deferred(r"\b(?:that|which|who)\s")  # "an order that seeks …" describes it


# Where a described order's own words stop: a new clause begins ("… while a lawsuit …").
CLAUSE_TAIL = re.compile(
    r"\s+(?:while|as|after|because|when|until|but|which|who|and\s+(?:said|says|was|is))\b"
)


# "… the Travel Ban in Trump v. Hawaii": a caption after the order is the case that judged it,
# no word of the order's
_CAPTION_AFTER = deferred(
    r"\s+(?:in|under|by)\s+[A-Z][\w.,'’&-]*(?:\s+[A-Z][\w.,'’&-]*){0,5}\s+vs?\b"
)


# A participle phrase set off by commas inside a clause: "directing the budget chief, assisted
# by the attorney general, to terminate DEI programs" — the clause goes on after it.
_INSERTED_BY = deferred(
    r",\s+(?:assisted|aided|helped|joined|advised|supported|backed|accompanied)\s+by\s+"
    r"[^,.;:()\n]{2,80},\s+(?=[a-z])"
)


def _clause_end(text: str, pos: int) -> int:
    limit = min(len(text), pos + POST_WINDOW)
    m = CLAUSE_END.search(text, pos, limit)
    end = m.start() if m else limit
    if m is not None and text[end] == "," and (ins := _INSERTED_BY.match(text, end)):
        limit = min(len(text), ins.end() + POST_WINDOW)
        m = CLAUSE_END.search(text, ins.end(), limit)
        end = m.start() if m else limit
    if " v" in text[pos:end]:
        cap = _CAPTION_AFTER.search(text, pos, end + 4)
        if cap and cap.start() < end:
            return cap.start()
    return end


_WORD = deferred(r"[A-Za-z]+")


def _last_shared_end(text: str, start: int, end: int, shared: set[str]) -> int:
    """The end of the last word in ``text[start:end]`` whose stem is in ``shared``, else
    ``end``."""
    last = end
    found = False
    for w in _WORD.finditer(text, start, end):
        if news_stems(w.group(0)) & shared:
            last, found = w.end(), True
    return last if found else end


# How far back an order described without its president looks for the last one named.
PRESIDENT_REACH = 1500


def _president_before(text: str, at: int) -> str | None:
    """The president the article named last before ``at`` (within ``PRESIDENT_REACH``), for
    an order described in a sentence that names none ("The executive order ending …")."""
    names = list(PRES_NAME.finditer(text, max(0, at - PRESIDENT_REACH), at))
    if not names:
        return None
    name = names[-1].group("name")
    return "Johnson" if name.endswith("Johnson") else name


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


# The words news uses for the words of an order's title and topics, one concept each
# ("tariffs" for the title's "Duties", "workers" for "Employees", "unions" for "Labor"): a
# clause and an order share a concept, not a spelling. Stems as ``stems`` gives them.
_CONCEPT_GROUPS = (
    ("tariff", "duti", "duty", "levi", "levy"),
    ("union", "unionize"),
    ("worker", "employe", "employee", "workforce"),
    ("immigrant", "immigration", "migrant", "alien", "noncitizen"),
    ("citizen", "citizenship"),
    ("vote", "voter", "voting", "election", "ballot"),
    ("transgender", "trans", "gender"),
    ("troop", "soldier", "military", "servicemember"),
    ("sport", "athlete"),
    ("refugee", "refuge"),
    ("drug", "medicin", "medicine", "pharmaceutical", "prescription"),
    ("guns", "firearm"),
    ("city", "citi"),
    ("diversity", "equity", "inclusion", "divers", "inclusive", "dei"),
    ("artificial", "intelligence"),
)
_CONCEPT = {w: g[0] for g in _CONCEPT_GROUPS for w in g}
# Words of three letters that ``stems`` drops but news writes for a title's words.
_ACRONYMS = deferred(r"\b(?:DEI|DEIA|AI)\b")
_ACRONYM_CONCEPT = {"DEI": "diversity", "DEIA": "diversity", "AI": "artificial"}


def _concepts(words: Iterable[str]) -> set[str]:
    return {_CONCEPT.get(w, w) for w in words}


def news_stems(words: str) -> set[str]:
    """``stems(words)`` as concepts (``_CONCEPT_GROUPS``), with "DEI" and "AI" read as the
    words they stand for."""
    out = _concepts(stems(words))
    if "DEI" in words or "AI" in words:
        out.update(_ACRONYM_CONCEPT[m.group(0)] for m in _ACRONYMS.finditer(words))
    return out


@cache
def _topicstems() -> dict[str, set[str]]:
    return {o.authority: news_stems(" ".join(o.topics) + " " + o.title) for o in executive_orders()}


@cache
def _topicstems_of(president: str) -> tuple[tuple[str, str, bool, set[str]], ...]:
    """``_topicstems()`` of the orders ``president`` signed, in its order, each with its
    signing date and whether it is a proclamation (a clause is compared with his alone)."""
    by_id = orders_by_id()
    return tuple(
        (auth, by_id[auth].signing_date, auth.startswith("proc:"), words)
        for auth, words in _topicstems().items()
        if by_id[auth].president == president
    )


@cache
def _topicstems_index(
    president: str,
) -> tuple[tuple[tuple[str, str, bool, set[str]], ...], dict[str, tuple[int, ...]]]:
    """``_topicstems_of(president)`` and, for each stem, the rows that hold it."""
    rows = _topicstems_of(president)
    by_word: dict[str, list[int]] = {}
    for i, (_a, _s, _p, words) in enumerate(rows):
        for w in words:
            by_word.setdefault(w, []).append(i)
    return rows, {w: tuple(v) for w, v in by_word.items()}


# A right named as what an order touches ("restricts the constitutional right to free speech",
# "limits the right to travel"): its words name the right, not the order, and an order
# whose title shares them ("Promoting Free Speech and Religious Liberty") is not told by them.
_RIGHT_TO = deferred(
    r"\b(?:(?:constitutional|fundamental|basic|legal|civil|human|First\s+Amendment)\s+)?"
    r"rights?\s+(?:to|of)\s+(?:(?:a|an|the)\s+)?[a-z-]+(?:\s+(?:speech|expression|arms|trial|"
    r"counsel|assembly|press|religion|worship|travel|protest|vote|privacy|silent))?\b"
)


# A verb of harm, then a right, between an anchor and a topic phrase
_HARMS_A_RIGHT = deferred(
    r"\b(?:restrict|curb|threaten|undermin|violat|infring|chill|trampl|erod|limit|attack|"
    r"den(?:y|ie))\w*\s+(?:\w+\s+){0,4}?rights?\s+(?:to|of)\b"
    # "violates the firm’s First Amendment rights" (twenty-eighth session, census43): a right
    # an amendment gives, harmed, is no topic of an order protecting another amendment's
    r"|\b(?:violat|infring|trampl|undermin|chill)\w*\s+(?:[\w’']+\s+){0,3}?"
    r"[A-Z][a-z]+\s+Amendment\s+rights?\b"
)


def _curbs(order: ExecOrder, phrase: str) -> bool:
    """Whether the order's own topics tell it as curbing what ``phrase`` names ("end
    birthright citizenship", "birthright citizenship ban"): then "an order that would restrict
    the right to birthright citizenship" is told by that right, not ruled out by it."""
    p = phrase.lower()
    curbed = (f"end {p}", f"ending {p}", f"end to {p}", f"{p} ban", f"restricting {p}")
    return any(t.lower() in curbed for t in order.topics)


def _not_harmed_rights(text: str, hits: list[Hit[ExecOrder]]) -> list[Hit[ExecOrder]]:
    """The topic hits but those a right harmed names ("… curbs the right to free speech and
    religious liberty": the order said to curb a liberty is not the order promoting it)."""
    out = []
    for h in hits:
        a = max(0, h.start - 100)
        a = max(a, text.rfind(". ", a, h.start) + 1)
        if (
            "right" in text[a : h.start]
            and _HARMS_A_RIGHT.search(text, a, h.start)
            and not _curbs(h.payload, h.phrase)
        ):
            continue
        out.append(h)
    return out


# A court's name in a clause ("set aside at the District Court of Columbia"): where a suit
# is, never what the order is about
_COURT_NAME = deferred(
    r"\b(?:U\.S\.\s+)?(?:District|Circuit|Federal|Superior|Supreme)\s+Court"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\s*){1,3})?"
)


def _without_rights(clause: str) -> str:
    """The clause without the rights it names (nothing of it when it says the order harms a
    right: "curbs the right to free speech and religious liberty"), nor courts it names."""
    if "Court" in clause:
        clause = _COURT_NAME.sub(" ", clause)
    if "right" not in clause:
        return clause
    if _HARMS_A_RIGHT.search(clause):
        return ""
    return _RIGHT_TO.sub(" ", clause)


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
    words = news_stems(_without_rights(clause)) - _TITLE_NOISE
    window = _when_window(text, s, e, post_end, ctx.date)
    if len(words) < (1 if window else 2):
        return None
    president = poss.group("name") if poss else _president_cue(text, s, e, post_end)
    if president is None:
        president = _president_before(text, s) or _unnamed_president(text, s, ctx.date)
    if president is None and ctx.date and PRES_NAME.search(text) is None:
        # "The executive order denying citizenship to babies born here" in a text that names
        # no president at all (a governor's order is ruled out before): the one in office
        president = _sitting_president(ctx.date[:10])
    if president is None:
        return None
    scores: dict[str, int] = {}
    dated: dict[str, int] = {}  # those signed when the words by the anchor say
    signed_on: dict[str, str] = {}
    proc = anchor.group("proc") is not None
    rows, by_word = _topicstems_index(president)
    counts: dict[int, int] = {}
    for w in words:  # (only the orders that share a word with the clause)
        for i in by_word.get(w, ()):
            counts[i] = counts.get(i, 0) + 1
    for i, shared in counts.items():
        auth, signed, is_proc, _topic_words = rows[i]
        if (ctx.date and signed > ctx.date) or (proc and not is_proc):
            continue
        signed_on[auth] = signed
        if _in_window(window, signed):
            dated[auth] = shared  # "an executive order last week targeting unions": one word
        if shared >= 2:
            scores[auth] = shared
    if dated:
        scores = dated
    elif window is not None:
        # "the executive order signed in late March …": no order signed then fits the words,
        # and one signed at another time is not the order they describe (census43)
        return None
    if not scores:
        return None
    top = max(scores.values())
    best = [a for a, v in scores.items() if v == top]
    best = _of_this_stint(text, s, post_end, president, ctx.date, best, signed_on)
    return (best[0], president) if len(best) == 1 else None


# Words that fit any order's title and tell nothing about which one it is.
_TITLE_NOISE = frozenset(
    {"certain", "additional", "amend", "national", "security", "public", "safety", "protect",
     "promot", "ensur", "establish", "policy", "polici", "program", "improv", "strengthen",
     # every order comes from the White House ("… after the White House rolled out a tighter
     # version" is no order on a White House initiative)
     "white", "house",
     # money and bodies every other order moves ("cut federal funding to the news
     # organization" is no order on United Nations organizations' funding)
     "fund", "organization",
     # every order directs agencies and is aimed at something
     "agenc", "agency", "target", "direct", "several",
     # counts of whom an order reaches ("hundreds of thousands of federal workers") tell no
     # topic: any order moves people by the thousand
     "hundred", "thousand", "million", "billion", "tens", "dozen"}
)  # fmt: skip


@cache
def _register_index(
    president: str,
) -> tuple[tuple[tuple[RegisterOrder, int], ...], dict[str, tuple[int, ...]]]:
    """The president's Federal Register orders, each with how many of its title's stems
    tell something (not ``_TITLE_NOISE``), and each stem's orders: a clause is compared
    with the orders that share one of its words only, not with every order he signed."""
    rows = tuple((o, _concepts(w)) for o, w in register_titles().get(president, ()))
    by_word: dict[str, list[int]] = {}
    for i, (_o, title_words) in enumerate(rows):
        for w in title_words:
            by_word.setdefault(w, []).append(i)
    return (
        tuple((o, len(title_words - _TITLE_NOISE)) for o, title_words in rows),
        {w: tuple(v) for w, v in by_word.items()},
    )


def _register_candidate(
    clause: str, president: str, ctx: ScanContext, window: tuple[str, str] | None = None
) -> tuple[str, str, str] | None:
    """The one Federal Register order of ``president``, signed before the article, whose title
    the clause after the anchor repeats ("an executive order restoring the death penalty" —
    Restoring the Death Penalty and Protecting Public Safety): at least two of the title's
    content words and at least half of them, and no other order of his as many. Used only when
    the curated table has no row the words fit; returns (id, title, president) or None."""
    words = news_stems(_without_rights(clause)) - _TITLE_NOISE - _NOT_TOPIC
    if len(words) < (1 if window else 2):
        return None
    orders, by_word = _register_index(president)
    shared_of: dict[int, int] = {}
    for w in words:
        for i in by_word.get(w, ()):
            shared_of[i] = shared_of.get(i, 0) + 1
    if window is not None:
        # "the executive order signed last week restoring …": of the orders signed then, one
        # title word the clause repeats is enough
        dated = {
            i: v for i, v in shared_of.items() if _in_window(window, orders[i][0].signing_date)
        }
        if dated:
            top = max(dated.values())
            fits = [orders[i][0] for i, v in dated.items() if v == top]
            if len(fits) == 1:
                return fits[0].authority, fits[0].title, president
            return None
    best: list[tuple[int, str, str]] = []
    top = 0
    for i, shared in shared_of.items():
        o, need = orders[i]
        if shared < 2 or 2 * shared < need or (ctx.date and o.signing_date > ctx.date):
            continue
        if shared > top:
            top, best = shared, [(shared, o.authority, o.title)]
        elif shared == top:
            best.append((shared, o.authority, o.title))
    if len(best) != 1:
        return None
    return best[0][1], best[0][2], president


# A clause that describes the order it follows: "… targeting", "… to", "… that", "… on".
DESCRIBES = re.compile(
    r"\s+(?:\w+ing|to|on|that|which|aimed|meant|designed|intended|against|for|about|over|"
    r"restricting|barring|banning)\b"
)
# A weekday (and its part of the day) between an order and what it does: "an executive order
# Monday ending …", "an executive order late Thursday evening to end …"
_WHEN_AFTER = deferred(
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s)"
)


def _after_when(text: str, e: int, end: int) -> int:
    """Where the words describing an order start: after a weekday right after its anchor."""
    m = _WHEN_AFTER.match(text, e, end)
    return m.end() if m else e


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
    first = 0
    if text.startswith("source:"):  # (a saved article's address line is no sentence of it)
        nl = text.find("\n")
        while first < len(spans) - 1 and (
            spans[first][0] <= nl or not text[spans[first][0] : spans[first][1]].strip()
        ):
            first += 1
    lead_end = spans[min(first + 2, len(spans) - 1)][1]  # the headline and the opening
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


_YEAR = deferred(r"(?<!\d)(?:19|20)\d\d(?!\d)")

# When an order told without its number was signed, in the words next to its anchor: "an
# executive order last week", "the executive order signed in late May", "a March executive
# order", "an executive order Trump signed on Friday", "earlier this month".
_WHEN = deferred(
    r"\b(?:(?P<lastweek>last\s+week)|(?P<thisweek>(?:earlier\s+)?this\s+week)"
    r"|(?P<lastmonth>last\s+month)|(?P<thismonth>(?:earlier\s+)?this\s+month)"
    r"|(?P<yesterday>yesterday)"
    r"|(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|(?:(?P<in>in)\s+)?(?:(?P<part>late|early|mid)[-\s]+)?(?P<month>"
    + "|".join(
        m.capitalize() for m in sorted(months(), key=len, reverse=True) if len(m) > 3 or m == "may"
    )
    + r")(?:\s+(?P<year>(?:19|20)\d\d))?(?![\w.]|\s+\d))"
)
# What may stand between an anchor and the words of its day after it: "the executive order
# signed in May", "an executive order Trump signed on Friday", "an order, issued last week,".
_WHEN_SIGNED_AFTER = deferred(
    r"\s*,?\s*(?:(?:that|which)\s+)?(?:(?:former\s+)?(?:President\s+)?"
    rf"(?:[A-Z][a-z]+\s+)?(?:{_PRES})\s+|(?:he|she)\s+)?"
    r"(?:(?:signed|issued|unveiled|announced)\s+)?"
    # "the executive order signed by Trump in late March" (twenty-eighth session, census43)
    rf"(?:by\s+(?:(?:former\s+)?President\s+)?(?:[A-Z][a-z]+\s+)?(?:{_PRES})\s+)?(?:on\s+)?$"
)
# … and between them and an anchor after them: "last week's executive order", "a March
# executive order", "Trump last week signed an executive order".
_WHEN_SIGNED_BEFORE = deferred(
    r"(?:['’]s)?\s+(?:(?:signed|issued)\s+(?:an?|the|his|her)\s+)?"
    r"(?:(?:new|sweeping|far-reaching|presidential)\s+)?$"
)
# How far before an anchor and after it the words telling its day are looked for.
_WHEN_BEFORE = 30
_WHEN_AFTER_SPAN = 60


# A sentence opening on a day with its year ("On February 29, 2025, President X signed …"):
# read here only when no calendar has the day (a valid one is ``eodated``'s)
_OPENING_DAY = deferred(
    r"\W{0,3}[Oo]n\s+(?:[A-Z][a-z]+day,?\s+)?(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>[1-3]?\d)"
    r"(?:st|nd|rd|th)?,\s*(?P<year>(?:19|20)\d\d)\b"
)


def _impossible_day_month(text: str, s: int) -> tuple[str, str] | None:
    """The month (first and last day, ISO) of the day its sentence opens on, when that day is
    one no calendar has ("On February 29, 2025, …", a typo): the month and the year still
    tell when the order was signed. None for a valid day or none."""
    m = _OPENING_DAY.match(text, sentence_start(text, s), s)
    if m is None or (month := months().get(m.group("month").lower())) is None:
        return None
    year = int(m.group("year"))
    last = calendar.monthrange(year, month)[1]
    if int(m.group("day")) <= last:
        return None
    return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()


def _when_window(
    text: str, s: int, e: int, post_end: int, date: str | None, anywhere: bool = False
) -> tuple[str, str] | None:
    """The days (first, last, ISO) the words right around an order's anchor say it was signed
    in, relative to the article's ``date``; None when they say nothing (or no date). A day no
    calendar has that opens the sentence gives its month."""
    if (month_of := _impossible_day_month(text, s)) is not None:
        return month_of
    if not date:
        return None
    try:
        today = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    lo = max(sentence_start(text, s), s - _WHEN_BEFORE)
    hi = min(post_end, e + _WHEN_AFTER_SPAN)
    if anywhere:  # (an act told by its verb: the days its sentence names, wherever they stand)
        lo, hi = sentence_start(text, s), post_end
    for m in _WHEN.finditer(text, lo, hi):
        if anywhere:
            pass
        # only words that tell when it was signed: "an executive order last week", "the order
        # signed in May", "Trump last week signed an order", "a March executive order" — not
        # "a judge last week blocked the executive order"
        elif m.start() >= e:
            if not _WHEN_SIGNED_AFTER.match(text, e, m.start()):
                continue
        elif m.end() <= s:
            if not _WHEN_SIGNED_BEFORE.match(text, m.end(), s):
                continue
        else:
            continue
        if m.group("month"):
            if not m.group("in") and (m.group("month") == "May" or m.end() > s):
                continue  # "a May executive order" is "may"; "… order March 3" is eodated's
            month = months()[m.group("month").lower()]
            year = int(m.group("year") or (today.year if month <= today.month else today.year - 1))
            first = dt.date(year, month, 1)
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            last = nxt - dt.timedelta(days=1)
            part = m.group("part")
            if part == "late":
                first = dt.date(year, month, 18)
            elif part == "early":
                last = dt.date(year, month, 12)
            elif part == "mid":
                first, last = dt.date(year, month, 8), dt.date(year, month, 24)
            return first.isoformat(), last.isoformat()
        if m.group("lastweek"):
            span = (today - dt.timedelta(days=14), today - dt.timedelta(days=1))
        elif m.group("thisweek") or m.group("weekday"):
            span = (today - dt.timedelta(days=7), today)
        elif m.group("yesterday"):
            span = (today - dt.timedelta(days=2), today)
        elif m.group("lastmonth"):
            this_first = today.replace(day=1)
            prev_last = this_first - dt.timedelta(days=1)
            span = (prev_last.replace(day=1), prev_last)
        else:
            span = (today.replace(day=1), today)
        return span[0].isoformat(), span[1].isoformat()
    return None


def _in_window(window: tuple[str, str] | None, signed: str) -> bool:
    return window is not None and window[0] <= signed <= window[1]


def _signed_then(
    clause: str,
    window: tuple[str, str],
    president: str | None,
    anchor: re.Match[str],
    candidates: dict[str, float],
) -> dict[str, float]:
    """Orders of the topic the clause tells, none signed when the words by the anchor say
    ("signed an order on Thursday meant to keep states from applying their own drone
    rules", an older drone order the topic table holds): the one order of the president signed
    then that shares two words of the clause (topic or title): an order signed that week is
    never an older one of the same topic (twenty-seventh session)."""
    words = news_stems(clause)
    proc = anchor.group("proc") is not None
    then = [
        auth
        for auth, signed, is_proc, stems_ in _topicstems_of(president or "")
        if _in_window(window, signed) and is_proc == proc and len(words & stems_) >= 2
    ]
    if len(then) == 1:
        return {then[0]: max(candidates.values())}
    # (none signed then in the table: news may misplace a day — "his executive order last
    # week" of an order signed a month before — so the topic's order stays)
    return candidates


@cache
def _stint_starts(president: str) -> tuple[str, ...]:
    """The days a president's runs of orders began: his first order's day and every one
    signed more than two years after the one before it (Trump's of 2017 and of 2025)."""
    days = sorted(
        {o.signing_date for o, _w in register_titles().get(president, ())}
        | {o.signing_date for o in executive_orders() if o.president == president}
    )
    out = []
    prev: dt.date | None = None
    for d in days:
        try:
            day = dt.date.fromisoformat(d)
        except ValueError:
            continue
        if prev is None or (day - prev).days > 730:
            out.append(d)
        prev = day
    return tuple(out)


@cache
def _sitting_president(date: str) -> str | None:
    """Who signed the last order the Federal Register table lists on or before ``date``: the
    president "the president" means in an article of that day."""
    days = sorted(d for d in register().by_day if d <= date)
    for d in reversed(days[-5:]):
        for o in register().by_day[d]:
            if o.president:
                return o.president
    return None


# "The president signed an executive order …", "the White House's order": the president in
# office, not named.
_THE_PRESIDENT = deferred(r"\b[Tt]he\s+(?:[Pp]resident|White\s+House)\b(?!\s+of\b)")


def _unnamed_president(text: str, s: int, date: str | None) -> str | None:
    """The sitting president, when the anchor's sentence calls him "the president" before it
    and names no one."""
    if not date:
        return None
    ss = sentence_start(text, s)
    if _THE_PRESIDENT.search(text, ss, s) is None or PRES_NAME.search(text, ss, s):
        return None
    return _sitting_president(date[:10])


_EARLIER_TERM = deferred(r"\b(?:first|previous|prior|earlier)\s+(?:term|administration|presidency)")


def _of_this_stint(
    text: str,
    s: int,
    post_end: int,
    president: str,
    date: str | None,
    auths: list[str],
    signed: dict[str, str],
) -> list[str]:
    """Of orders that fit, those of the president's run of orders the article is written in
    (Trump's of 2025 over his of 2017 in a 2025 article), unless the sentence names a year
    before that run or his earlier term; all of them when none, or all, are of it."""
    if not date or len(auths) < 2:
        return auths
    starts = [d for d in _stint_starts(president) if d <= date]
    if len(starts) < 2:
        return auths
    begun = starts[-1]
    recent = [a for a in auths if signed[a] >= begun]
    if not recent or len(recent) == len(auths):
        return auths
    ss = sentence_start(text, s)
    if any(m.group(0) < begun[:4] for m in _YEAR.finditer(text, ss, post_end)):
        return auths
    if _EARLIER_TERM.search(text, ss, post_end):
        return auths
    return recent


_NEW_BEFORE = re.compile(r"(?:^|\s)(?:new|latest|newest|another|(?:most\s+)?recent)\s+$")


def _of_the_year_named(text: str, s: int, post_end: int, tied: list[str]) -> list[str]:
    """Of orders that fit equally (a proclamation reissued on the same subject, Trump's
    steel tariffs of 2018 and of 2025), the one signed in the year the sentence names."""
    years = {m.group(0) for m in _YEAR.finditer(text, sentence_start(text, s), post_end)}
    if len(years) != 1:
        return tied
    by_id = orders_by_id()
    return [a for a in tied if by_id[a].signing_date[:4] in years] or tied


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
        *("Proclamation", "proclamation", "Order", "order", "Directive", "directive"),
        "ban",  # only as a president's own: "Trump's ban on transgender troops"
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


# An order named before: "Trump's order" after it refers back to it.
_ORDER_BEFORE = deferred(r"[Ee]xecutive\s+[Oo]rder|[Pp]roclamation")
# Where a sentence ends, for the topic words an order's own sentence holds.
_SENTENCE_END = deferred(r"[.!?](?=[\"”’')]*(?:\s|$))")


def _topic_nearby(
    text: str,
    topic_hits: list[Hit[ExecOrder]],
    by_start: list[int],
    starts: list[int],
    s: int,
    e: int,
    president: str,
    ctx: ScanContext,
    proc: bool,
) -> tuple[str, str] | None:
    """The one order of ``president`` (signed before the article) whose topic words the
    anchor's sentence names, else its paragraph: "… transferring three incarcerated transgender
    women to men's facilities … under an executive order signed by President Donald Trump",
    "Trump needs the executive order so … The law requiring collective bargaining …". Several
    orders named there: None (a topic two orders share picks neither)."""
    ss = sentence_start(text, s)
    nl = text.find("\n", e)
    p1 = len(text) if nl < 0 else nl
    m = _SENTENCE_END.search(text, e, p1)
    se = m.end() if m else p1
    p0 = text.rfind("\n", 0, s) + 1
    for lo, hi, where in ((ss, se, "sentence"), (p0, p1, "paragraph")):
        found: set[str] = set()
        for i in by_start[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
            h = topic_hits[i]
            o = h.payload
            if h.end > hi or o.president != president:
                continue
            if (ctx.date and o.signing_date > ctx.date) or (
                proc and not o.authority.startswith("proc:")
            ):
                continue
            found.add(o.authority)
        if len(found) == 1:
            return found.pop(), where
        if found:
            return None
    return None


_EO_NUMBER = deferred(r"\b(?:Executive\s+Order|E\.\s?O\.|EO)\s+(?:No\.\s*)?(1[0-4]\d{3})\b")


def _numbered_in(text: str) -> frozenset[str]:
    """The executive orders ``text`` names by number ("Executive Order 13942", "EO 14166")."""
    return frozenset(f"eo:{m.group(1)}" for m in _EO_NUMBER.finditer(text))


def kin_named_before(
    before: list[Mention], by_id: dict[str, ExecOrder], authority: str
) -> str | None:
    """The one other order the article described before whose title holds a topic of
    ``authority`` ("Implementing the President's “Department of Government Efficiency”
    Workforce Optimization Initiative" holds the DOGE order's "Department of Government
    Efficiency"): a later description by that family's topic ("DOGE executive order") is the
    order the article is about, not the family's first. None when there is none, or several."""
    topics = [t.lower() for t in by_id[authority].topics if len(t) > 5]
    kin = {
        m.authority
        for m in before
        if m.authority
        and m.authority != authority
        and m.authority in by_id
        and any(t in by_id[m.authority].title.lower() for t in topics)
    }
    return kin.pop() if len(kin) == 1 else None


# How many of an order's topic words the sentence before a bare possessive must hold, and by
# how many more than any other order of the president
_BEFORE_SHARED = 4
_BEFORE_MARGIN = 2


def _described_before(text: str, s: int, president: str, ctx: ScanContext) -> str | None:
    """The order of ``president`` (signed by the article's date) whose topic words the
    sentence before ``s`` (and its own sentence up to ``s``) holds most, at least
    ``_BEFORE_SHARED`` of them and ``_BEFORE_MARGIN`` more than any other; else None."""
    own = sentence_start(text, s)
    lo = sentence_start(text, max(0, own - 2)) if own > 1 else own
    words = news_stems(_without_rights(text[lo:s])) - _TITLE_NOISE
    rows, by_word = _topicstems_index(president)
    counts: dict[int, int] = {}
    for w in words:
        for i in by_word.get(w, ()):
            counts[i] = counts.get(i, 0) + 1
    by_auth: dict[str, int] = {}
    for i, n in counts.items():
        auth, signed, is_proc, _words = rows[i]
        if is_proc or (ctx.date and signed > ctx.date):
            continue
        by_auth[auth] = max(by_auth.get(auth, 0), n)
    ranked = sorted(by_auth.values(), reverse=True)
    if not ranked or ranked[0] < _BEFORE_SHARED:
        return None
    if len(ranked) > 1 and ranked[0] - ranked[1] < _BEFORE_MARGIN:
        return None
    return next(a for a, n in by_auth.items() if n == ranked[0])


def _described(
    text: str, ctx: ScanContext, anchors: list[re.Match[str]] | None = None
) -> list[Mention]:
    if anchors is not None and not anchors:
        return []  # (most articles: no words of an order to describe)
    topic_hits = _not_harmed_rights(text, topic_matcher().hits_in(ctx))
    # Hits by end, then by start: each anchor looks only at the hits next to it.
    by_end = sorted(range(len(topic_hits)), key=lambda i: topic_hits[i].end)
    ends = [topic_hits[i].end for i in by_end]
    by_start = sorted(range(len(topic_hits)), key=lambda i: topic_hits[i].start)
    starts = [topic_hits[i].start for i in by_start]
    by_id = orders_by_id()
    out: list[Mention] = []
    seen_exec = False  # an "executive order" anchor came before this one
    for a in anchors if anchors is not None else _anchor_matches(text, ctx):
        s, e = a.start(), a.end()
        bare = a.group("order") is not None
        first_exec = False
        if not seen_exec and a.group("exec") is not None:
            first_exec = seen_exec = True
        # Topic words right before the anchor ("birthright citizenship order"): hits that end
        # in the white space just before it.
        gap = s
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        near = by_end[bisect.bisect_left(ends, gap) : bisect.bisect_right(ends, s)]
        pre = [topic_hits[i] for i in sorted(near)]
        pre_start = min((h.start for h in pre), default=s)
        before = text[max(0, pre_start - PRE_WINDOW) : pre_start]
        # (every match holds "'s" or "’s": without one the pattern is not tried at all)
        poss = PRES_POSS.search(before) if "'s" in before or "’s" in before else None
        if (
            poss
            and bare
            and not pre
            and poss.group("mid").strip()
            and not _MONTH_MID.match(poss.group("mid"))
        ):
            poss = None  # "Trump's new order": only "Trump's order", "Trump's <adjective> <topic>
            # order" or "Trump's March order"
        # "the order targeting WilmerHale": an order aimed at whom its topic names
        aimed = (
            bare
            and not pre
            and not poss
            and _AIMED_AT.match(text, e) is not None
            and _DET_BEFORE.search(text, max(0, s - 6), s) is not None
        )
        # "Trump issued an order attempting to ban …": the president signs it right before
        issued = (
            bare
            and not pre
            and not poss
            and not aimed
            and text.endswith((" an ", " a ", "his ", "her "), max(0, s - 4), s)
            and _ISSUED_BEFORE.search(text, max(0, s - 12), s) is not None
            and PRES_NAME.search(text, sentence_start(text, s), s) is not None
        )
        if bare and not pre and not poss and not aimed and not issued:
            continue  # "the judge's order", "a restraining order"
        # (asked after the cheap tests above: most anchors are a court's "order")
        if _not_presidential(text, s, 99999) and not PRES_NAME.search(before[-60:]):
            continue  # "Gov. Hochul signed an executive order directing state agencies"
        post_end = _clause_end(text, e)
        if a.group("order") == "ban" and (poss is None or pre):
            continue  # a ban is an order only as the president's own, told by its topic after
        if bare and pre and not poss:
            # "<topic> order" without a president: only when the topic is the whole modifier.
            det = _DET_BEFORE.search(before)
            if not det:
                continue
        after = by_start[bisect.bisect_left(starts, e) : bisect.bisect_left(starts, post_end)]
        post = [topic_hits[i] for i in sorted(after) if topic_hits[i].end <= post_end]
        if bare and not poss and post and not pre and not aimed and not issued:
            continue
        hits = pre + post
        if not hits:
            if bare and not poss:
                continue
            de = _after_when(text, e, post_end)  # "an executive order Monday ending …"
            # No listed topic phrase: compare the clause's words with each order's topics,
            # up to where a new clause begins ("Trump's order while workers had lost …"); a
            # verb right after the anchor says something of the order, not which it is.
            fuzzy = None
            if not _PREDICATE_AFTER.match(text, de, post_end):
                tail = CLAUSE_TAIL.search(text, de, post_end)
                clause_stop = tail.start() if tail else post_end
                fuzzy = _fuzzy_candidates(text[de:clause_stop], poss, text, s, e, post_end, ctx, a)
            how = "described like"
            if fuzzy is None and (not bare or poss):
                fuzzy = _topic_of_article(text, topic_hits, poss, s, e, post_end, ctx, a)
                how = "the one order whose topic the article names:"
            titled = None
            if fuzzy is None and not a.group("proc") and DESCRIBES.match(text, de, post_end):
                who = poss.group("name") if poss else _president_cue(text, s, e, post_end)
                who = who or _president_before(text, s)
                stop = CLAUSE_TAIL.search(text, de, post_end)
                if who is not None:
                    titled = _register_candidate(
                        text[de : stop.start() if stop else post_end],
                        who,
                        ctx,
                        _when_window(text, s, e, post_end, ctx.date),
                    )
                if titled is not None:
                    fuzzy, how = (titled[0], titled[2]), "described like"
            if fuzzy is None and (
                poss
                or (
                    not bare
                    and (det := _DET_NEAR.search(text, max(0, s - 60), s)) is not None
                    # "the executive order" refers back, unless no order came before it
                    and (first_exec or det.group("det").lower() != "the")
                    # "… holding up a signed executive order at his desk": a photo's paper
                    and _HELD_UP.search(text, max(0, s - 40), s) is None
                )
            ):
                # the order whose topic its sentence (or paragraph) names, when the president
                # is known: "an executive order signed by President Donald Trump" after
                # "… transgender women to men's facilities"
                who = poss.group("name") if poss else _president_cue(text, s, e, post_end)
                who = who or _president_before(text, s)
                if who is not None:
                    proc = a.group("proc") is not None
                    told = _topic_nearby(text, topic_hits, by_start, starts, s, e, who, ctx, proc)
                    if told is not None:
                        fuzzy = (told[0], who)
                        how = f"the one order whose topic its {told[1]} names:"
                if fuzzy is None and poss is not None:
                    # "… he was bringing the city's police under federal control … read
                    # Trump's executive order": the order the sentence before describes in
                    # other words, by far the best fit of the president's orders
                    told_before = _described_before(text, s, poss.group("name"), ctx)
                    if told_before is not None:
                        fuzzy = (told_before, poss.group("name"))
                        how = "the order the sentence before describes:"
            when_end = 0
            if fuzzy is None and not bare:
                # "the executive order signed in late May": of the president's orders signed
                # when the words by the anchor say, the one whose topic the article names
                window = _when_window(text, s, e, post_end, ctx.date)
                if window is not None:
                    who = poss.group("name") if poss else _president_cue(text, s, e, post_end)
                    who = who or _president_before(text, s) or _unnamed_president(text, s, ctx.date)
                    if who is None and ctx.date and PRES_NAME.search(text) is None:
                        who = _sitting_president(ctx.date[:10])  # (no president named at all)
                    proc = a.group("proc") is not None
                    signed_then = {
                        h.payload.authority
                        for h in topic_hits
                        if h.payload.president == who
                        and _in_window(window, h.payload.signing_date)
                        and proc == h.payload.authority.startswith("proc:")
                    }
                    if len(signed_then) == 1:
                        fuzzy = (signed_then.pop(), who or "")
                        how = "the one order signed then whose topic the article names:"
                        day = _WHEN.search(text, e, min(post_end, e + _WHEN_AFTER_SPAN))
                        if day and _WHEN_SIGNED_AFTER.match(text, e, day.start()):
                            when_end = day.end()  # "the executive order signed in late May"
            if fuzzy is not None:
                authority_f, president_f = fuzzy
                start = s - (len(before) - poss.start()) if poss else s
                stop = CLAUSE_TAIL.search(text, e, post_end)
                end = stop.start() if stop else post_end
                if how != "described like" and not DESCRIBES.match(text, de, post_end):
                    end = e  # "his executive order by next summer": the words after are not its
                    his = _HIS_BEFORE.search(text[max(0, s - 5) : s])
                    if his and not poss:
                        start = max(0, s - 5) + his.start()
                end = max(end, when_end)
                if how == "described like":
                    # "… restoring the death penalty drew criticism": the description ends
                    # with the last word the order's title or topics share
                    shared = (
                        news_stems(titled[1]) if titled is not None else _topicstems()[authority_f]
                    )
                    end = _last_shared_end(text, e, end, shared)
                while end > start and text[end - 1] in " ,;:":
                    end -= 1
                title = titled[1] if titled is not None else by_id[authority_f].title
                found = order_mention(
                    text,
                    start,
                    end,
                    authority_f,
                    title,
                    0.75 if how == "described like" else 0.6,
                    f"{how} {title} ({president_f})",
                )
                if bare and how != "described like" and _ORDER_BEFORE.search(text, 0, s):
                    found = found.with_(anaphor=True)  # "Biden's directive" after his order
                out.append(found)
            continue
        if poss:
            president: str | None = poss.group("name")
        else:
            president = _president_cue(text, pre_start, e, post_end)
        if president is None:
            full_stop = text.find(". ", e, e + 300)
            signer = SIGNED_BY.search(
                text, e, full_stop if full_stop >= 0 else min(len(text), e + 300)
            )
            president = signer.group("name") if signer else None
        if president is None:
            president = _unnamed_president(text, s, ctx.date)
        # a topic phrase inside a longer one of another order counts for neither: "DEI
        # programs" inside "DEI programs in the military" is the military order's
        hits = [
            h
            for h in hits
            if not any(
                o is not h
                and o.payload is not h.payload
                and o.start <= h.start
                and h.end <= o.end
                and o.end - o.start > h.end - h.start
                for o in hits
            )
        ]
        start = pre_start
        if poss:
            start = pre_start - (len(before) - poss.start())
        end = e
        if post:
            end = max(h.end for h in post)
            if _tail_continues(text[end:post_end]):
                end = post_end
            said = _SAYS_AFTER.search(text, e, end)
            if said is not None and not _RELATIVE.search(text, e, said.start() + 1):
                # "the executive order signed in late May requires agencies to follow …": what
                # the order does, after its verb, is no part of its name (the topic still tells)
                end = said.start()
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
        if len(candidates) > 1:
            # the words by the anchor that tell when it was signed ("the executive order signed
            # in late May"), then the president's run of orders the article is written in
            window = _when_window(text, s, e, post_end, ctx.date)
            dated = [a for a in candidates if _in_window(window, by_id[a].signing_date)]
            if dated:
                candidates = {a: candidates[a] for a in dated}
        if (
            candidates
            and (window := _when_window(text, s, e, post_end, ctx.date)) is not None
            and not any(_in_window(window, by_id[a].signing_date) for a in candidates)
        ):
            candidates = _signed_then(text[e:post_end], window, president, a, candidates)
        if len(candidates) > 1:
            # "an executive order that would have forced TikTok to shut down … Executive Order
            # 13942": of the orders its topic fits, the one the article numbers
            numbered = [a for a in candidates if a in _numbered_in(text)]
            if len(numbered) == 1 and len(candidates) > 1:
                candidates = {numbered[0]: candidates[numbered[0]]}
            signers = {by_id[a].president for a in candidates}
            if len(signers) == 1:
                kept = _of_this_stint(
                    text, s, post_end, signers.pop(), ctx.date, list(candidates),
                    {a: by_id[a].signing_date for a in candidates},
                )  # fmt: skip
                candidates = {a: candidates[a] for a in kept}
        authority: str | None = None
        confidence = 0.6
        evidence = "described presidential action"
        if candidates:
            top = max(candidates.values())
            best = [auth for auth, sc in candidates.items() if sc == top]
            if len(best) > 1:
                best = _of_the_year_named(text, s, post_end, best)
            if len(best) > 1:
                # the same topic phrase for several: the one whose title shares the most
                # other words with the clause ("… DEI programs in the federal government":
                # Ending Radical and Wasteful Government DEI Programs)
                clause_words = news_stems(text[e:post_end]).difference(
                    *(news_stems(h.phrase) for h in hits)
                )  # (the words besides the topic phrase they share)
                shared_of = {a: len(clause_words & news_stems(by_id[a].title)) for a in best}
                most = max(shared_of.values())
                if list(shared_of.values()).count(most) == 1:
                    best = [a for a in best if shared_of[a] == most]
            if len(best) > 1 and _NEW_BEFORE.search(text, max(0, pre_start - 30), pre_start):
                # "a new executive order rescinding …", "a recent executive order on …": the
                # latest of them signed (by the article's day, when it has one)
                signed = [a for a in best if not ctx.date or by_id[a].signing_date <= ctx.date]
                best = [max(signed or best, key=lambda a: by_id[a].signing_date)]
            if len(best) == 1 and (kin := kin_named_before(out, by_id, best[0])) is not None:
                best = [kin]  # "DOGE executive order" after the DOGE workforce order is named
            if len(best) == 1:
                authority = best[0]
                confidence = 0.9 if president else 0.85
                evidence = f"described: {by_id[authority].title}"
        elif (
            president is not None
            and post
            and not pre
            and all(h.payload.president != president for h in hits)
        ):
            # "Biden issued a proclamation that restricts access to asylum at the southern
            # border": the topic phrase after it is another president's ("southern border"),
            # so compare the clause's words with his own orders' topics instead
            de = _after_when(text, e, post_end)
            tail = CLAUSE_TAIL.search(text, de, post_end)
            fuzzy = _fuzzy_candidates(
                text[de : tail.start() if tail else post_end], poss, text, s, e, post_end, ctx, a
            )
            if fuzzy is not None and fuzzy[1] == president:
                authority, confidence = fuzzy[0], 0.75
                evidence = f"described like {by_id[authority].title} ({president})"
        out.append(
            order_mention(
                text,
                start,
                end,
                authority,
                by_id[authority].title if authority else None,
                confidence,
                evidence,
            )
        )
    return out
