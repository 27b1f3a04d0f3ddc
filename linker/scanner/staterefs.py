"""What refers back to a state law found: "the Texas law", "the state's new measure", and a
nickname in quotation marks ("the so-called “bathroom bill”") when the article names one
state law only; a law described as the one a governor signed ("The assault weapons ban
that Gov. JB Pritzker signed into law") when the article names one state law; and the name
of the act a proposition enacted, printed beside it ("Proposition 47, the “Safe
Neighborhoods and Schools Act”").
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..datafiles import acts, read_rows, split_field
from ..models import Mention
from .lazyre import deferred
from .spans import SpanSet
from .statenames import federal_sentence, opening_on_first_letters, state_names, state_re
from .trie import find_all, is_word_char

# What refers back to a state's law by its state: "the Texas law", "Texas's law", "the
# Florida ban", "the state law", "the state's new measure".
_REF_TAIL = (
    r"\s+(?:(?:new|controversial|contested|so-called|strict|sweeping|near-total|total|"
    r"immigration|abortion|\w+-week|(?:19|20)\d\d)\s+){0,2}(?P<head>law|ban|measure|statute)"
    r"\b(?![-–])"
)
# (Each opens on its first letter, the word boundary before it asked by looking behind after
# it: a pattern opening on a word boundary is tried at every place of the text.)
STATE_REF = deferred(rf"[Tt](?<!\w.)he\s+state(?:['’]s)?{_REF_TAIL}")


@cache
def _named_ref() -> re.Pattern[str]:
    """``(?:\\b[Tt]he\\s+(?P<a>…)(?:['’]s?)?|\\b(?P<b>…)['’]s?)`` and the tail, over the states'
    names: written to open on the letters its branches open on (see
    ``opening_on_first_letters``)."""
    alt = "|".join(re.escape(n) for n in state_names())
    first = opening_on_first_letters(state_names())
    return re.compile(
        # ("[Texas’s] law": a quotation's bracketed insertion, the possessive inside)
        rf"(?:[Tt](?<!\w.)he\s+(?P<a>{alt})(?:['’]s?)?|(?P<b>{first})['’]s?\]?){_REF_TAIL}"
    )


# "the state law known as AB5": the phrase introduces the law it names, it refers to none.
_NAMED_NEXT = deferred(r",?\s+(?:(?:also|now|commonly|widely)\s+)?(?:known|called)\s+as\b")


def _state_of(m: Mention) -> str | None:
    return next((n for n in state_names() if (m.name or "").startswith(n + " ")), None)


def refs(text: str, laws: list[Mention]) -> list[Mention]:
    """Back-references to the state laws found: the latest law of the state named (for "the
    state law", of the state of the latest state law) before the phrase."""
    if not laws:
        return []
    laws = sorted(laws, key=lambda m: m.start)
    out: list[Mention] = []
    hits = [(h, h.group("a") or h.group("b")) for h in _named_ref().finditer(text)]
    hits += [(h, None) for h in STATE_REF.finditer(text)]
    if not hits:
        return out
    taken = SpanSet([(m.start, m.end) for m in laws])
    # (the laws that end before a phrase read by bisection — the last one, the last of its
    # state, whether they are of one state — not every law compared with every phrase: a
    # long text has thousands of each)
    before = _Before(laws)
    one_authority: bool | None = None
    for h, state in sorted(hits, key=lambda x: x[0].start()):
        s, e = h.span()
        if "]" in h.group(0):
            if text[s - 1 : s] != "[":
                continue  # (a closing bracket only of a bracketed "[Texas’s]")
            s -= 1
        if taken.overlaps(s, e) or _NAMED_NEXT.match(text, e):
            continue
        ante = before.last(s, state)
        if ante is None:
            # the article's opening phrase, before the law is named: "the state's 2023 law
            # that bans … Senate Bill 99" (the one state law the article names, close ahead)
            ahead = _named_ahead(laws, state, e)
            # ("Texas' controversial immigration law, Senate Bill 4": the name in apposition
            # is the mention; the description beside it is not one of its own)
            if ahead is not None and _topic_unfit(text, h.group(0), e, ahead):
                ahead = None  # "Texas' abortion ban … Senate Bill 4 lets police arrest …"
            if ahead is not None and not _APPOSED.fullmatch(text, e, ahead.start):
                out.append(
                    _as_law(
                        text,
                        (s, e),
                        ahead,
                        0.65,
                        f"the one state law the article names, “{ahead.text}”, named just after",
                    )
                )
                taken.add(s, e)
            continue
        if state is None and not before.one_state(s):
            continue  # "the state law" after two states' laws: which one?
        if _YEAR_IN.search(h.group(0)):
            if one_authority is None:
                one_authority = len({m.authority for m in laws if not m.anaphor}) == 1
            if not one_authority:
                continue  # "the state's 1925 law" after SB 8: a year may tell another law
        out.append(
            _as_law(
                text,
                (s, e),
                ante,
                0.7,
                f"refers back to “{ante.text}”",
                anaphor=True,
            )
        )
        taken.add(s, e)
    return out


# The topic words a back-reference may hold ("the state's new abortion law").
_TOPIC_MODS = deferred(r"\b(?:abortion|immigration|\w+-week)\b")
# How far past the law named ahead its sentence is read for the topic.
_TOPIC_READ = 200


def _topic_unfit(text: str, phrase: str, end: int, ahead: Mention) -> bool:
    """Whether ``phrase`` (ending at ``end``), said before ``ahead`` is named, holds a topic
    word ("abortion") that the text from the phrase through the law's naming never repeats:
    another law of the state."""
    words = {w.lower() for w in _TOPIC_MODS.findall(phrase)}
    if not words:
        return False
    told = text[end : ahead.end + _TOPIC_READ].lower()
    return not any(w in told for w in words)


class _Before:
    """The state laws (sorted by start) that end before a place: the last of them, or the
    last of one state's, and whether they are all of one state, each found by bisection."""

    def __init__(self, laws: list[Mention]) -> None:
        self.laws = laws
        self.ends = [m.end for m in laws]
        # (laws that overlap may end out of order: then each question reads the whole list)
        self.ordered = all(a <= b for a, b in zip(self.ends, self.ends[1:], strict=False))
        states = [_state_of(m) for m in laws]
        self.by_state: dict[str | None, tuple[list[int], list[Mention]]] = {}
        for m, st in zip(laws, states, strict=True):
            ends, ms = self.by_state.setdefault(st, ([], []))
            ends.append(m.end)
            ms.append(m)
        # how many of the first k laws are of the first law's state
        self.same = [0]
        for st in states:
            self.same.append(self.same[-1] + (st == states[0]))

    def last(self, at: int, state: str | None) -> Mention | None:
        """The last law ending at or before ``at`` (of ``state`` when one is given)."""
        if not self.ordered:
            before = [m for m in self.laws if m.end <= at]
            if state is not None:
                before = [m for m in before if _state_of(m) == state]
            return before[-1] if before else None
        if state is None:
            k = bisect.bisect_right(self.ends, at)
            return self.laws[k - 1] if k else None
        ends, ms = self.by_state.get(state, ([], []))
        k = bisect.bisect_right(ends, at)
        return ms[k - 1] if k else None

    def one_state(self, at: int) -> bool:
        """Whether the laws ending at or before ``at`` are all of one state (no state
        counting as one)."""
        if not self.ordered:
            return len({_state_of(m) for m in self.laws if m.end <= at}) == 1
        k = bisect.bisect_right(self.ends, at)
        return k > 0 and self.same[k] == k


_YEAR_IN = deferred(r"\d{4}")
# How far ahead the law a description precedes may be named (about two sentences).
NAMED_AHEAD = 600


# A ballot measure's id (``statebills.ballot_measures``): "state:fl:bill:amendment4".
_BALLOT_ID = deferred(r":bill:(?:amendment|issue|proposal|measure|question)\d")


def _named_ahead(laws: list[Mention], state: str | None, end: int) -> Mention | None:
    """The state law named next after ``end``, within ``NAMED_AHEAD`` characters, when the
    article names that law and no other (and, for "the Texas law", a law of Texas). A phrase
    that names the state ("Wyoming's ban … Senate File 99, which is Wyoming's ban") reaches
    the one law of the state the article names wherever it names it."""
    named = [m for m in laws if not m.anaphor and m.authority]
    if len({m.authority for m in named}) != 1:
        return None
    nxt = next((m for m in named if m.start >= end), None)
    if nxt is None or (state is None and nxt.start - end > NAMED_AHEAD):
        return None
    if _BALLOT_ID.search(nxt.authority or ""):
        # "Florida's six-week ban … The state's 15-week ban … Amendment 4": a measure put to
        # the voters is what the article goes on to, not the law it has been telling
        return None
    if state is not None and _state_of(nxt) != state:
        return None
    return nxt


# A law's nickname in quotation marks: "Texas' “death star” law", "the so-called
# “bathroom bill”", "Florida's 'Don't Say Gay' law" (the head word inside the quotes too).
_NICK_HEADS = (" law", " bill", " Law", " Bill")
_NICK_OPEN = deferred(r"(?<!\w)[“\"']([^“”\"\n]{2,40})$")
_NICK_LEAD = deferred(
    r"(?:(?<![\w.])(?:the|an?|The|An?)\s+)?(?:so-called\s+)?"
    r"(?:(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s?)?\s+)?$"
)
_YEAR_BEFORE = deferred(r"\b((?:19|20)\d\d)\s+(?:so-called\s+)?$")
_SECTION_BEFORE = deferred(
    r"(?:Code|Stat(?:utes|s)?\.?|§|[Ss]ection|[Ss]ec\.)\s*\d[\w.:()-]*[,;]?\s+$"
)
PLURAL_LAWS = re.compile(r"\b(?:laws|bills|measures)\b")
# A federal citation the quoted nickname is given to: "Public Law 119-21, often referred to as
# the “…”", "Pub. L. 117-58, known as the “…”" — the nickname is that act of Congress.
_FEDERAL_CITED_BEFORE = deferred(
    r"(?:Public\s+Law|Pub\.\s*L\.|P\.\s*L\.)\s*(?:No\.\s*)?(?P<congress>\d{2,3})[-–](?P<law>\d{1,3})"
    r"\s*[,(]?\s*"
    r"(?:(?:also|often|commonly|popularly|better|widely)\s+)?(?:(?:referred\s+to|known)\s+as|"
    r"called|dubbed|nicknamed|titled|entitled)?\s*(?:the\s+)?$"
)
_APPOSED = deferred(r"\s*[,(]?\s*(?:(?:a|an|the)\s+)?")


@cache
def _federal_act_names() -> frozenset[str]:
    """The names and aliases of the acts of Congress ``acts.csv`` lists (lower-cased)."""
    out: set[str] = set()
    for act in acts():
        if act.authority and act.authority.startswith(("publ:", "usc:", "stat:")):
            out.update(a.lower() for a in (act.name, *act.aliases))
    return frozenset(out)


def federal_nickname(text: str, start: int, nick: str) -> str | None:
    """Whether a quoted nickname is an act of Congress, not a state's law: a name
    ``acts.csv`` gives an act of Congress ("the “One Big Beautiful Bill”"; "" — the names
    pass links it), or one set right after a public law's number ("Public Law 121-45, often
    referred to as the “…”"; that law's id)."""
    cited = _FEDERAL_CITED_BEFORE.search(text, max(0, start - 60), start)
    if cited is not None:
        return f"publ:{int(cited['congress'])}-{int(cited['law'])}"
    return "" if nick.lower() in _federal_act_names() else None


@cache
def _row_nicknames() -> dict[str, dict[str, set[tuple[str, str]]]]:
    """A nickname a ``state_acts.csv`` row lists among its topics or aliases (lower-cased)
    → state → the (id, name) of the rows that list it."""
    out: dict[str, dict[str, set[tuple[str, str]]]] = {}
    for r in read_rows("state_acts.csv"):
        name = r["name"] or r["bill"].upper()
        name = name if name.startswith(r["state"]) else f"{r['state']} {name}"
        for n in (*split_field(r.get("topics", "")), *split_field(r.get("aliases", ""))):
            out.setdefault(n.lower(), {}).setdefault(r["state"], set()).add((r["authority"], name))
    return out


@cache
def enacted_years() -> dict[str, int]:
    """A ``state_acts.csv`` row's id → the year it was enacted, where the table says."""
    return {
        r["authority"]: int(r["year"])
        for r in read_rows("state_acts.csv")
        if r.get("year", "").isdigit()
    }


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """A ``state_acts.csv`` row's id → the abbreviations among its aliases ("PICA")."""
    out: dict[str, tuple[str, ...]] = {}
    for r in read_rows("state_acts.csv"):
        abbr = tuple(a for a in split_field(r.get("aliases", "")) if _ABBR.fullmatch(a))
        if abbr:
            out[r["authority"]] = out.get(r["authority"], ()) + abbr
    return out


_ABBR = deferred(r"[A-Z][A-Z-]{2,9}")


def table_abbreviations(text: str, laws: list[Mention]) -> list[Mention]:
    """An abbreviation the table lists for a state act the article names, though the
    article never defines it ("PICA" in a story naming the Protect Illinois Communities
    Act)."""
    out: list[Mention] = []
    seen: set[str] = set()
    for m in laws:
        if m.anaphor or m.authority is None or m.authority in seen:
            continue
        seen.add(m.authority)
        for abbr in _abbreviations().get(m.authority, ()):
            for i in find_all(text, abbr):
                e = i + len(abbr)
                if (i and is_word_char(text[i - 1])) or (e < len(text) and is_word_char(text[e])):
                    continue
                if any(x.start < e and i < x.end for x in laws):
                    continue
                out.append(
                    Mention(
                        i,
                        e,
                        abbr,
                        "statute",
                        m.authority,
                        name=m.name,
                        confidence=0.7,
                        evidence="an abbreviation state_acts.csv lists for a state act the "
                        "article names",
                        matcher="state_laws",
                    )
                )
    return out


def year_of(authority: str) -> int | None:
    return enacted_years().get(authority)


@cache
def _possessive_index() -> tuple[re.Pattern[str], dict[tuple[str, str], set[tuple[str, str]]]]:
    """The names and aliases ``state_acts.csv`` rows give, printed capitalised, after their
    state's possessive ("Hawaii's ‘Green Fee’"), and (state, name lower-cased) → the (id,
    name) of the rows that give it."""
    index: dict[tuple[str, str], set[tuple[str, str]]] = {}
    printed: set[str] = set()
    for r in read_rows("state_acts.csv"):
        name = r["name"] or r["bill"].upper()
        name = name if name.startswith(r["state"]) else f"{r['state']} {name}"
        for n in (r["name"], *split_field(r.get("aliases", ""))):
            if n and n[0].isupper():
                index.setdefault((r["state"], n.lower()), set()).add((r["authority"], name))
                printed.add(n)
    alt = "|".join(re.escape(n) for n in sorted(printed, key=len, reverse=True))
    first = opening_on_first_letters(state_names())
    pattern = re.compile(rf"(?P<state>{first})['’]s?\s+(?P<q>[‘“\"'])?(?P<alias>{alt})(?!\w)")
    return pattern, index


@cache
def _state_possessive() -> re.Pattern[str]:
    """A state's name and an apostrophe: where every match of ``_possessive_index``'s pattern
    opens (that pattern, an alternation of every name the table prints, is compiled and
    searched only for an article that holds one: most hold none)."""
    return re.compile(rf"(?:{opening_on_first_letters(state_names())})['’]")


def possessive_names(text: str, laws: list[Mention]) -> list[Mention]:
    """A state law called by a name or alias its ``state_acts.csv`` row gives, after the
    possessive of the row's state ("Hawaii's ‘Green Fee’ tax"), in quotation marks or not:
    names that are not read as an act's name alone (no "Act" or "Law"), but with their
    state before them are one row's law. Not where a law found already lies."""
    if _state_possessive().search(text) is None:
        return []
    pattern, index = _possessive_index()
    out: list[Mention] = []
    for m in pattern.finditer(text):
        state = m.group("state")
        if state not in state_names():
            continue
        rows = index.get((state, m.group("alias").lower()), set())
        if len(rows) != 1:
            continue
        end = m.end()
        if m.group("q") and text[end : end + 1] in ("’", "”", '"', "'"):
            end += 1
        if any(o.start < end and m.start() < o.end for o in laws):
            continue
        law_id, law_name = next(iter(rows))
        out.append(
            Mention(
                m.start(),
                end,
                text[m.start() : end],
                "statute",
                law_id,
                name=law_name,
                confidence=0.7,
                evidence="a name state_acts.csv gives a law of the state whose possessive "
                "precedes it",
                matcher="state_laws",
            )
        )
    # the same name printed again later without its state ("… and the Green Fee will pay")
    for first in list(out):
        alias = first.text[len(_possessive_state(first.text)) :].lstrip("'’s \t‘“\"")
        alias = alias.rstrip("’”\"'")
        for at in find_all(text, alias):
            end = at + len(alias)
            if at <= first.start or (end < len(text) and is_word_char(text[end])):
                continue
            if at > 0 and is_word_char(text[at - 1]):
                continue
            if any(o.start < end and at < o.end for o in (*laws, *out)):
                continue
            out.append(
                Mention(
                    at,
                    end,
                    alias,
                    "statute",
                    first.authority,
                    name=first.name,
                    confidence=0.7,
                    evidence="the name of a state law found before with its state",
                    matcher="state_laws",
                )
            )
    return out


# A phrase in double quotation marks, whole ("a “cashless retail prohibition”")
_QUOTED_WHOLE = deferred(r"[“\"](?P<q>[^“”\"\n]{4,60})[”\"]")
_DC = deferred(r"\bD\.\s?C\.")
# The last word of a quoted phrase that names a law by what it does ("prohibition", "ban")
_LAW_HEADS = frozenset(
    {"prohibition", "ban", "fee", "tax", "law", "act", "mandate", "requirement", "bill"}
)


def quoted_topics(text: str, laws: list[Mention]) -> list[Mention]:
    """A phrase in quotation marks that is, whole, a topic or alias one ``state_acts.csv``
    row of a state gives and that ends in a law's head word ("prohibition", "ban", "fee"),
    where the paragraph names that state before it and no other state whose rows list the
    phrase ("D.C. amended its laws to include a “cashless retail prohibition”"): that row's
    law, also in a roundup of many laws. Not where a law found already lies."""
    table = _row_nicknames()
    out: list[Mention] = []
    for m in _QUOTED_WHOLE.finditer(text):
        phrase = m.group("q").strip(" ,.").lower()
        if phrase.rsplit(" ", 1)[-1] not in _LAW_HEADS:
            continue  # ("providing “conversion therapy”": the practice, no law's name)
        by_state = table.get(phrase)
        if not by_state:
            continue
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        states = [
            st
            for st in by_state
            if st in before or (st == "District of Columbia" and _DC.search(before))
        ]
        if len(states) != 1 or len(by_state[states[0]]) != 1:
            continue
        if any(o.start < m.end() and m.start() < o.end for o in laws):
            continue
        law_id, law_name = next(iter(by_state[states[0]]))
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "statute",
                law_id,
                name=law_name,
                confidence=0.7,
                evidence="a phrase in quotation marks one state_acts.csv row of the state "
                "its paragraph names gives",
                matcher="state_laws",
            )
        )
    return out


def _possessive_state(text: str) -> str:
    return next((n for n in state_names() if text.startswith(n)), "")


def nicknamed_row(text: str, nick: str, state: str | None) -> tuple[str, str] | None:
    """The one table row a quoted nickname names: of the state before it ("Florida's"), else
    of the one state, among those whose rows list the nickname, that the article names."""
    by_state = _row_nicknames().get(nick)
    if not by_state:
        return None
    if state is None:
        named = [s for s in by_state if s in text]
        if len(named) != 1:
            return None
        state = named[0]
    rows = by_state.get(state, set())
    return next(iter(rows)) if len(rows) == 1 else None


def nicknamed(text: str, laws: list[Mention], law_words: list[int] | None = None) -> list[Mention]:
    """A state law called by a nickname in quotation marks, when the article names one state
    law and no other (by number or name; a bill and the act it enacted, one id, are one law):
    the nickname is that law ("the so-called “bathroom bill” … Abbott signed Senate Bill 8").
    When the article names no state law, a nickname one row of ``state_acts.csv`` lists for
    the state before it (or the one table state the article names) is that row's law
    ("Florida's 'heartbeat law'"); ``law_words`` are where the words "law"/"Law" start then."""
    named: dict[str, Mention] = {}
    for m in laws:
        if not m.anaphor:
            named.setdefault(m.authority or m.name or m.text, m)
    if len(named) > 1:
        return []
    only = next(iter(named.values()), None)
    authority, name = (only.authority, only.name) if only is not None else (None, None)
    out: list[Mention] = []
    heads = _NICK_HEADS if only is not None else (" law",)
    for head in heads:
        found = find_all(text, head) if only is not None else [w - 1 for w in law_words or ()]
        for i in found:
            end = i + len(head)
            if end < len(text) and is_word_char(text[end]):
                continue
            # the quotes close right before the head ("“death star” law") or after it
            # ("“bathroom bill”")
            if text[i - 1 : i] in ("”", '"', "'"):
                q = _NICK_OPEN.search(text, max(0, i - 44), i - 1)
                close = end
            elif text[end : end + 1] in ("”", '"', "'"):
                q = _NICK_OPEN.search(text, max(0, i - 44), i)
                close = end + 1
            else:
                continue
            if q is None or not text[q.start() + 1].isalnum():
                continue  # (a quotation's closing mark: ‘," explains the bill’)
            if text[close - 1 : close] == "'" and text[close : close + 1].isalpha():
                continue  # "the bill's": an apostrophe, no closing quote
            lead = _NICK_LEAD.search(text, max(0, q.start() - 40), q.start())
            start = q.start()
            if lead and lead.group(0).strip():
                state = lead.group("state")
                start = lead.start() if state is None or state in state_names() else start
            # a code section's own nickname: "Penal Code 476a, California's “bad checks” law"
            if _SECTION_BEFORE.search(text, max(0, start - 40), start):
                continue
            # a roundup of many laws ("more than 200 laws took effect … one of these laws,
            # dubbed the 'don't say period' bill"): the nickname may be another law's
            para = text.rfind("\n", 0, start) + 1
            if PLURAL_LAWS.search(text, max(para, start - 400), start):
                continue
            # "House Bill (HB) 1126, an \u201cI.D.-for-Speech\u201d law": a description in
            # apposition to the name, not a mention of its own
            if any(
                0 <= start - m.end <= 8 and _APPOSED.fullmatch(text, m.end, start) for m in laws
            ):
                continue
            # a name Congress's act goes by, or one given to a federal citation before it, is
            # that act's even in an article that names one state law (not one a state's name
            # owns: "Oregon's “motor voter law”")
            owned = lead is not None and lead.group("state") in state_names()
            federal = (
                None
                if owned
                else federal_nickname(text, q.start(), text[q.start() + 1 : close].strip("“”\"' "))
            )
            if federal is not None:
                if federal:
                    a, b = q.start() + 1, close - (text[close - 1] in "”\"'")
                    out.append(
                        Mention(
                            a,
                            b,
                            text[a:b],
                            "statute",
                            federal,
                            confidence=0.7,
                            evidence="a nickname in quotation marks given to the public law "
                            "cited before it",
                            matcher="state_laws",
                        )
                    )
                continue
            law_id, law_name = authority, name
            if only is None:
                # no law named: the one table row of the state whose nickname this is
                nick = text[q.start() + 1 : close].strip("“”\"' ").replace("” ", " ")
                nick = nick.replace('" ', " ").replace("' ", " ").lower()
                of_state = lead.group("state") if lead else None
                row = nicknamed_row(text, nick, of_state)
                if row is None and nick.endswith(" law") and close == end:
                    # ("the state's “Make Louisiana Healthy” law": a name the row lists
                    # without the head word)
                    row = nicknamed_row(text, nick[: -len(" law")], of_state)
                if row is None:
                    continue
                law_id, law_name = row
            # "a 2018 “heartbeat” law" is not the 2023 law the article names
            year = _YEAR_BEFORE.search(text, max(0, start - 12), q.start())
            if year and law_id and year_of(law_id) not in (None, int(year.group(1))):
                continue
            out.append(
                Mention(
                    start,
                    close,
                    text[start:close],
                    "statute",
                    law_id,
                    name=law_name,
                    confidence=0.7,
                    evidence="a nickname in quotation marks; the article names this state law "
                    "and no other"
                    if only is not None
                    else "a nickname in quotation marks one state_acts.csv row of its state lists",
                    matcher="state_laws",
                )
            )
    return out


def measure_names(text: str, laws: list[Mention]) -> list[Mention]:
    """Each use of the name of an act a proposition found enacted (``propositions.csv``):
    "Proposition 47, the “Safe Neighborhoods and Schools Act”" — the name is that measure,
    not an act of Congress to search for."""
    out: list[Mention] = []
    seen: set[str] = set()
    for m in laws:
        name = m.name or ""
        if (
            m.anaphor
            or not m.authority
            or ":bill:prop" not in m.authority
            or " Proposition " in name
            or name in seen
        ):
            continue
        seen.add(name)
        # (its apostrophe as printed: "Voters' Right", "Voters’ Right", "Voters Right")
        forms = {name, name.replace("'", "’"), name.replace("'", "")}
        for i, form in sorted((i, f) for f in forms for i in find_all(text, f)):
            end = i + len(form)
            if i > 0 and is_word_char(text[i - 1]):
                continue
            if end < len(text) and is_word_char(text[end]):
                continue
            out.append(
                Mention(
                    i,
                    end,
                    form,
                    "statute",
                    m.authority,
                    name=name,
                    confidence=0.75,
                    evidence=f"the name of the act “{m.text}” enacted",
                    matcher="state_laws",
                )
            )
    return out


# "The assault weapons ban that Gov. JB Pritzker signed", "the law Gov. Kemp signed": a
# governor signs only a state's law (the text before " signed", looked back from it)
_GOVERNOR_SIGNED = deferred(
    r"(?<![\w-])(?P<law>[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:law|ban|measure|bill|statute))\s+"
    r"(?:that\s+|which\s+)?(?:(?:then-)?(?:Gov\.|Governor)\s+)(?:[A-Z][\w.’'-]*\s+){1,3}$"
)


def governor_signed(text: str, laws: list[Mention]) -> list[Mention]:
    """A law described as the one a governor signed, when the article names one state law
    (by number or name) and no other: that law."""
    named = {(m.authority, m.name) for m in laws if not m.anaphor}
    if len(named) != 1:
        return []
    first = min((m for m in laws if not m.anaphor), key=lambda m: m.start)
    out: list[Mention] = []
    for i in find_all(text, " signed"):
        h = _GOVERNOR_SIGNED.search(text, max(0, i - 90), i + 1)
        if h is None:
            continue
        s, e = h.span("law")
        if any(m.start < e and s < m.end for m in laws):
            continue
        out.append(
            _as_law(
                text,
                (s, e),
                first,
                0.65,
                f"the law a governor signed; the article names one state law, “{first.text}”",
                anaphor=first.end <= s,
            )
        )
    return out


# "a law extensively limiting the local authority of …", "a new law that bans …": a law
# described before the article names it (at a "law" hit: what stands before and after)
_A_BEFORE = deferred(
    r"(?<![\w-])[Aa]n?\s+(?:(?:new|controversial|sweeping|strict|contested|\d{4}|"
    # ("a long-standing Texas law that …": an old law, and the state it is of)
    r"long-?standing|decades-old|old)\s+){0,2}(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?$"
)
_DESCRIBED_AFTER = deferred(
    r"law\s+(?:that\s+(?:would\s+)?[a-z]+|(?:[a-z]+ly\s+)?[a-z]+ing)\b(?!\s+(?:in|at)\b)"
)


def described_ahead(text: str, laws: list[Mention], law_words: list[int]) -> list[Mention]:
    """A law described with "a" ("a law extensively limiting the local authority …") right
    before the article names its one state law ("House Bill 2127, also known as …", within
    about two sentences): that law. Never in a sentence about Congress."""
    out: list[Mention] = []
    for at in law_words:
        lead = _A_BEFORE.search(text, max(0, at - 30), at)
        tail = _DESCRIBED_AFTER.match(text, at) if lead else None
        if lead is None or tail is None:
            continue
        s, e = lead.start(), tail.end()
        if any(m.start < e and s < m.end for m in laws):
            continue
        ahead = _named_ahead(laws, None, e)
        if ahead is None:
            continue
        state = (lead.group("state") or "").strip()
        if state and state != _state_of(ahead):
            continue  # ("a Republican law …", "a Texas law …" before Ohio's act)
        a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
        if federal_sentence(text, a, ahead.start):
            continue
        if _another_state_in(text, a, e, ahead):
            continue  # ("a law banning drones took effect in Montana … Idaho's SB 12")
        out.append(
            _as_law(
                text,
                (s, e),
                ahead,
                0.6,
                f"a law described just before the article names its one state law, “{ahead.text}”",
            )
        )
    return out


# "a citizen ballot initiative", "a voter-approved ballot measure": a measure put to the
# voters, told before (or between) the article's mentions of its one ballot measure by name
_BALLOT_LEAD = deferred(
    r"(?<![\w-])[Aa]n?\s+(?:(?:citizen|citizens'|citizen-led|citizen-initiated|"
    r"voter-approved|voter-backed|statewide|successful|landmark|\d{4})\s+){1,2}"
    r"ballot\s+(?:initiative|measure)\b"
)
# The ids of measures put to the voters by their number ("Proposition 4", "Amendment 3")
_VOTED_ID = deferred(r":bill:(?:prop|amendment|issue|proposal|measure|question|initiative)\d")
# A description in apposition to the mention just before it ("Proposition 4, a citizen
# ballot initiative that …"): part of that mention, not one of its own
_APPOSED_BEFORE = deferred(r"(?:\b[A-Z][\w.’'-]*|\b\d+[A-Za-z]?)[”\"]?,\s*\Z")


def ballot_ahead(text: str, laws: list[Mention]) -> list[Mention]:
    """A measure told as "a citizen ballot initiative", when the article names one measure
    put to the voters (by its number, "Proposition 4") and no other, and names it within
    ``NAMED_AHEAD`` after the description: that measure. Not a description in apposition to a
    name before it."""
    if " ballot " not in text:
        return []
    voted = [m for m in laws if not m.anaphor and m.authority and _VOTED_ID.search(m.authority)]
    if len({m.authority for m in voted}) != 1:
        return []
    out: list[Mention] = []
    for h in _BALLOT_LEAD.finditer(text):
        s, e = h.span()
        if any(m.start < e and s < m.end for m in laws):
            continue
        if not any(0 <= m.start - e <= NAMED_AHEAD for m in voted):
            continue
        if _APPOSED_BEFORE.search(text, max(0, s - 40), s):
            continue  # ("… override of Proposition 4, a citizen ballot initiative that …")
        out.append(
            _as_law(
                text,
                (s, e),
                voted[0],
                0.6,
                f"a ballot measure told before the article names its one measure put to the "
                f"voters, “{voted[0].text}”",
            )
        )
    return out


def _another_state_in(text: str, a: int, e: int, law: Mention) -> bool:
    """Whether the sentence opening at ``a`` (its part from ``e`` on to its end) names a
    state other than ``law``'s."""
    b = text.find(". ", e)
    own = _state_of(law)
    return any(
        h.group("state") != own for h in state_re().finditer(text, a, len(text) if b < 0 else b)
    )


def _as_law(
    text: str,
    span: tuple[int, int],
    law: Mention,
    confidence: float,
    evidence: str,
    anaphor: bool = False,
) -> Mention:
    """A mention at ``span`` that stands for the state law ``law`` (its id and name)."""
    s, e = span
    return Mention(
        s,
        e,
        text[s:e],
        "statute",
        law.authority,
        name=law.name,
        confidence=confidence,
        anaphor=anaphor,
        evidence=evidence,
        matcher="state_laws",
    )
