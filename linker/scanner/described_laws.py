"""Federal laws described instead of named: "a federal law that effectively outlawed machine
guns", "a 1990s law prohibiting people under domestic violence restraining orders from
possessing firearms", "a law that allows the president to federalize the National Guard".

``act_topics.csv`` lists, for laws news often describes, the phrases that describe them. A
description links when its clause shares at least two content words with one law's phrase and
with no other law's as many. It runs after the named matchers, on text they left free, and
stops before the next named mention. A state's law ("a Mississippi law that …") never matches:
the anchor allows no capitalised word before "law". A description whose sentence names a
state ("Iowa can't enforce a law making it a crime for immigrants to be in the state") is
matched against that state's rows only (``state:POSTAL:bill:…`` ids), never a federal law.
"""

from __future__ import annotations

import bisect
import csv
import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from .. import courts
from ..datafiles import DATA, read_rows
from ..models import Mention
from .doc import Anchor, Doc
from .families import BLOCK_BEFORE, LAW_COMPOUND_AFTER
from .foreign import country_places
from .lazyre import deferred
from .orderdata import stems
from .registry import Pass
from .sentences import sentence_start
from .spans import SpanSet, by_span
from .state_laws import LAW_ANCHOR, state_names
from .statenames import OUTLET_HOW, federal_sentence, header_state, state_of_article, state_re
from .trie import find_all

_TAIL = (
    # ("a law in Colorado that bans …": the state after the law)
    r"(?:\s+in\s+(?P<in_state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    # ("a new law in early 2025, making it a crime …": the year, a comma, then what it does)
    r"(?:\s+(?:in|of|from|since)\s+(?:(?:early|late|mid-)\s*)?\d{4},?)?\s+"
    r"(?:that|which|prohibiting|banning|"
    r"barring|requiring|making|allowing|criminalizing|outlawing|letting|giving|shielding|"
    r"protecting|authorizing|permitting|governing|codifying|guaranteeing|granting|"
    r"restricting|regulating|ending|eliminating|abolishing|limiting|forcing|mandating|providing|"
    # ("a law to ban gender-affirming care", "an Ohio law seeking to regulate kids' access …")
    r"to\s+(?:ban|bar|prohibit|outlaw|restrict|regulate|require|limit|end)|"
    r"(?:seeking|aiming|designed)\s+to|aimed\s+at)\b"
)
ANCHOR = re.compile(
    # (``\b(?:[Aa]n?|[Tt]he)`` written to open on its first letter, which the regex engine
    # skips ahead to; the look-behind after it asks what the word boundary would)
    r"[AaTt](?<!\w.)(?:(?<=[Aa])n?|(?<=[Tt])he)\s+"
    # "a Tennessee law banning …", "the New Mexico law requiring …": one state's law
    r"(?:(?:similar|new|\d{4}|[A-Z][a-z]+-backed)\s+)?"
    r"(?:(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?"
    # ("a Republican-backed state law banning …", "an Arizona state law banning …")
    r"(?P<of_state>state\s+)?"
    r"(?:(?:\d{4}|\d{4}s|federal|U\.S\.|longstanding|decades-old|"
    r"century-old|centuries-old|obscure|little-known|rarely\s+used|[a-z]+-era|gun|gun\s+control|"
    r"immigration|criminal|wartime)\s+){0,3}(?:law|statute)" + _TAIL
)
# a clause saying what a law is read as doing, before the doing: "that had been interpreted
# as", "which is widely read as"
_READ_AS = deferred(
    r"\s*(?:(?:that|which)\s+)?(?:(?:has|had|have)\s+(?:long\s+)?been|was|were|is|are)\s+"
    r"(?:widely\s+|long\s+|broadly\s+|generally\s+)?(?:interpreted|read|construed|understood|"
    r"seen|viewed|used)\s+as\s+"
)
_GERUND = deferred(r"([a-z]+ing)\b")
# What follows "law" or "statute" in every ``ANCHOR`` match: asked first after each of the
# anchor's hits, so that most articles' windows are not searched at all
TAIL = re.compile(_TAIL)
CLAUSE_END = re.compile(
    r"[.;:!?]|\n|,\s+(?:and|but|which|who|saying|arguing|according)\b"
    # ("… ban on abortion, along with a ban on abortion pills": a second law joined)
    r"|,\s+(?:along\s+with|alongside|together\s+with|as\s+well\s+as|plus|while|whereas)\b"
    r"|,\s+(?:\w+\s+){0,3}?(?:said|says|told|wrote|added|noted)\b"
)
MAX_CLAUSE = 160


@dataclass(frozen=True)
class DescribedLaw:
    authority: str
    name: str
    topics: tuple[tuple[str, frozenset[str]], ...]  # (phrase, its stems)
    year: int | None = None  # the year the law was enacted, where the table says


# "ban", "ID" and "DEI" are shorter than the words ``stems`` keeps, yet tell a state law's
# subject: a topic keeps them ("near-total abortion ban", "voter id law"), and so does a phrase
# that prints "ID" or "DEI" ("a voter ID law") or whose head is "ban" ("North Dakota's ban on
# abortion" shares "abortion" and "ban" with the first)
BAN = "ban"
# ("gun" too: "a 2005 law that shields gun companies from liability" tells its law by it;
# "age" too: "the state's social media age law" is its age-verification law)
_SHORT = deferred(r"\b(?:(ban)s?|(id)|(dei)|(gun)s?|(age)s?)\b")


def _text_state(doc: Doc) -> str | None:
    """The article's state as its text tells it, never only its outlet's (None then)."""
    state, how = doc.memo("state_of_article_how", lambda: state_of_article(doc.text))
    return None if how == OUTLET_HOW else state


def _sentence_state(doc: Doc, a: int, b: int) -> str | None:
    """The one state the sentence ``a:b`` names, else the article's as its text tells it;
    None when the sentence names two states or the state is only the outlet's."""
    named = {h.group("state") for h in state_re().finditer(doc.text, a, b)}
    if len(named) > 1:
        return None
    return named.pop() if named else _text_state(doc)


def _short_words(phrase: str) -> set[str]:
    return {w for m in _SHORT.finditer(phrase.lower()) for w in m.groups() if w}


def _topics(field: str) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((t, frozenset(stems(t) | _short_words(t))) for t in field.split("|") if t.strip())


def _with_ban(words: set[str], head: str, phrase: str = "") -> set[str]:
    """``words`` plus ``BAN`` when the phrase's head word is "ban" (or a verb of banning), and
    the short words ``phrase`` prints ("ID", "DEI"; "ban" only as its head)."""
    out = words | (_short_words(phrase) - {BAN}) if phrase else words
    head = head.lower()
    return out | {BAN} if head.startswith(BAN) or head == "prohibition" else out


@cache
def _laws() -> tuple[DescribedLaw, ...]:
    """``act_topics.csv``'s laws, then the state acts of ``state_acts.csv`` that list topics
    (one law per id: a state act both tables know takes the topics of both)."""
    path = DATA / "act_topics.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    laws = {
        r["authority"]: DescribedLaw(
            r["authority"], r["name"], _topics(r["topics"]), _year(r.get("year"))
        )
        for r in rows
    }
    for r in read_rows("state_acts.csv"):
        if not r.get("topics"):
            continue
        year = _year(r.get("year"))
        law = laws.get(r["authority"])
        if law is not None:
            laws[law.authority] = DescribedLaw(
                law.authority, law.name, law.topics + _topics(r["topics"]), year
            )
            continue
        name = r["name"] if r["state"] in r["name"] else f"{r['state']} {r['name']}"
        name = name if r["name"] else _bill_name(r)
        laws[r["authority"]] = DescribedLaw(r["authority"], name, _topics(r["topics"]), year)
    return tuple(laws.values())


def _year(field: str | None) -> int | None:
    """A row's ``year`` (a federal row gives one only where the law was enacted whole that
    year: "a 2005 law that shields gun companies" is then no 1996 law)."""
    return int(field) if field and field.isdigit() else None


def _bill_name(row: dict[str, str]) -> str:
    """ "Tennessee SB 1 (2023)": the name of a state's law the table knows by its bill only
    ("South Dakota law (2005)" with no bill either)."""
    if not row["bill"]:
        head = "regulation" if is_state_regulation(row["authority"]) else "law"
        return f"{row['state']} {head}" + (f" ({row['year']})" if row.get("year") else "")
    m = re.fullmatch(r"([a-z]+)(\d.*)", row["bill"])
    bill = f"{m.group(1).upper()} {m.group(2)}" if m else row["bill"].upper()
    return f"{row['state']} {bill}" + (f" ({row['year']})" if row.get("year") else "")


@cache
def _federal_laws() -> tuple[DescribedLaw, ...]:
    return tuple(law for law in _laws() if not law.authority.startswith("state:"))


@cache
def _state_rows() -> dict[str, tuple[DescribedLaw, ...]]:
    """The state rows (``state:POSTAL:…``) by the state's name."""
    from .. import courts

    by_postal: dict[str, list[DescribedLaw]] = {}
    for law in _laws():
        if law.authority.startswith("state:"):
            by_postal.setdefault(law.authority.split(":")[1].upper(), []).append(law)
    states = courts.states()
    return {states[p].name: tuple(rows) for p, rows in by_postal.items() if p in states}


@cache
def _state_topic_words() -> frozenset[str]:
    """The words of the state rows' topics, as the text spells them (lower case)."""
    # (not the joining words, nor those any sentence about a state's law has)
    return (
        frozenset(
            w
            for rows in _state_rows().values()
            for law in rows
            for t, _ in law.topics
            for w in t.lower().split()
        )
        - _GENERIC
    )


_GENERIC = frozenset(
    (
        *("for", "the", "of", "to", "a", "in", "on", "and", "be", "who", "with", "or", "as"),
        *("at", "from", "into", "are", "me", "your", "under", "without", "during", "being"),
        *("state", "states", "federal", "law", "laws", "bill", "about", "after"),
    )
)


def _state_laws_named(text: str, at: int) -> tuple[DescribedLaw, ...]:
    """The described state laws of every state the sentence names before ``at``."""
    before = text[sentence_start(text, at) : at]
    return tuple(law for name, rows in _state_rows().items() if name in before for law in rows)


LOCAL = deferred(
    r"\b(?:state|states|legislature|legislators|lawmakers\s+in|governor|Gov\.|city|county|"
    r"council|municipal)\b",
    re.IGNORECASE,
)


# The state's own court or lawmakers, unnamed ("the state Supreme Court", "state lawmakers",
# "the Legislature"), before a law in its sentence: the law is the article's state's
_STATE_BODY = deferred(
    r"\b(?:[Ss]tate(?:['’]s)?\s+(?:[Ss]upreme\s+[Cc]ourt|high\s+court|[Ll]egislature|"
    r"lawmakers|legislators|House|Senate)|[Ll]egislature)\b"
)


def _local_maker(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` names a state or local lawmaker or a state."""
    before = text[sentence_start(text, at) : at]
    return bool(LOCAL.search(before) or any(n in before for n in state_names()))


@cache
def _replaced() -> dict[str, frozenset[str]]:
    """A state law's id → the ids of the earlier laws it repealed and replaced
    (``state_laws_replaced.csv``, followed through: a law replaces what its predecessor did)."""
    direct: dict[str, set[str]] = {}
    for r in read_rows("state_laws_replaced.csv"):
        direct.setdefault(r["authority"], set()).add(r["replaces"])
    out: dict[str, frozenset[str]] = {}
    for a in direct:
        seen: set[str] = set()
        todo = list(direct[a])
        while todo:
            b = todo.pop()
            if b not in seen:
                seen.add(b)
                todo.extend(direct.get(b, ()))
        out[a] = frozenset(seen)
    return out


# "the state's previous abortion ban": a law the text itself calls superseded
_SUPERSEDED = deferred(r"\b(?:previous|prior|former|earlier|old|older)\b", re.IGNORECASE)


def called_superseded(m: Mention, phrase: str) -> bool:
    """Whether ``m`` is a law described as the old one ("the state's previous abortion ban")
    that ``state_laws_replaced.csv`` says another replaced, and ``phrase``, a back-reference
    after or before it, does not call its law old too: "That law", "The ban" then mean the
    law in force the article goes on to tell of, not the one it calls previous."""
    if m.matcher != "described_laws" or not _SUPERSEDED.search(m.text):
        return False
    if _SUPERSEDED.search(phrase):
        return False
    return any(m.authority in gone for gone in _replaced().values())


# The year of the article being read (its date's), where it has one: a law enacted after it
# cannot be the one the article describes. Set by ``attach`` for the pass's run.
_ARTICLE_YEAR: ContextVar[int | None] = ContextVar("_ARTICLE_YEAR", default=None)


def _current(winners: list[DescribedLaw]) -> DescribedLaw | None:
    """Of laws that tie, the one in force: a law enacted after the article's year is none it
    describes, and of the others the one that replaced all the rest ("the state's abortion
    ban" after North Dakota's 2023 ban replaced its 2007 trigger ban); else None."""
    year = _ARTICLE_YEAR.get()
    if year is not None:
        then = [w for w in winners if w.year is None or w.year <= year]
        winners = then or winners
        if len(then) == 1:
            return then[0]
    replaced, since = _replaced(), _replaced_since()
    for law in winners:
        gone = replaced.get(law.authority, frozenset())
        if all(
            w is law
            or (w.authority in gone and _in_force(since.get((law.authority, w.authority)), year))
            for w in winners
        ):
            return law
    return None


@cache
def _replaced_since() -> dict[tuple[str, str], int]:
    """(law, the law it took over from) → the year it took over, for rows that give one: an
    earlier law that took over from a later one (Tennessee's 2019 trigger law in force in 2022,
    superseding its 2020 six-week ban), which only a page dated that year or after can tell."""
    return {
        (r["authority"], r["replaces"]): int(r["since"])
        for r in read_rows("state_laws_replaced.csv")
        if r.get("since", "").isdigit()
    }


def _in_force(since: int | None, year: int | None) -> bool:
    """Whether a replacement that took effect in ``since`` (None: when enacted) had for an
    article of ``year`` (None: undated, so only a replacement with no year of its own)."""
    return since is None or (year is not None and year >= since)


# Words of a state row's topic that every state law's story holds ("in-state tuition" is
# stemmed "state"): they count toward no fit.
_WEAK_TOPIC = frozenset({"state", "law", "bill"})


def _state_fit(words: set[str], st: frozenset[str]) -> int:
    """How many words of a state row's topic phrase ``words`` share, the weak ones aside. (The
    twenty-sixth session also tried to let two shared words of a longer phrase fit only with
    the phrase's head word — "a law against harboring undocumented immigrants" shares
    "undocumented immigrants" with "in-state tuition for undocumented immigrants" — but scored
    commit by commit it cost a held-back set two right links and gained nothing once the laws
    that census read had rows; taken back.)"""
    return len(words & (st - _WEAK_TOPIC))


# Words that tell who a law is about, not what it does: a description that shares only
# these with a row's topic ("prohibits adult children and parents of adult children from
# collecting non-economic damages" and "children at adult live performances") tells its law
# only when it says little else (twenty-eighth session, census41 P1)
_WHO = frozenset(
    stems(
        "children child adults adult parents parent minors minor teens kids youth people "
        "persons person women woman students student families family residents resident"
    )
)


def _who_only(words: set[str], st: frozenset[str]) -> bool:
    """Whether the words ``words`` shares with the topic ``st`` are all ``_WHO``'s, while
    ``words`` hold as many words again that the topic lacks: the description's own subject
    is another."""
    shared = words & (st - _WEAK_TOPIC)
    return bool(shared) and shared <= _WHO and len(words - _WEAK_TOPIC) >= 2 * len(shared)


def _one_law(
    words: set[str], pool: tuple[DescribedLaw, ...], prefer: int = 0, phrase: str = ""
) -> tuple[DescribedLaw, str] | None:
    """The one law of ``pool`` whose best topic phrase shares the most words (two at least)
    with ``words``, and that phrase; None when none does or two tie. ``prefer`` breaks a tie
    of laws of different years: 1 the latest ("the new ban"), -1 the earliest ("the
    original ban"); a tie of the same year, or of a law of no known year, stays a tie, unless
    one of the laws replaced the others (``_current``; not for "the original ban"), or the
    number ``phrase`` prints is in one's topics only ("… banning abortion 15 weeks into …")."""
    # (a law enacted after the article's year is none it describes, even when it alone fits:
    # a 2024 story's "the medical exceptions in the law" is not Texas's 2025 Life of the
    # Mother Act, whose topics tell medical exceptions too)
    now = _ARTICLE_YEAR.get()
    if now is not None:
        pool = tuple(law for law in pool if law.year is None or law.year <= now)
    # (a list, not a dict keyed by the laws: hashing a law hashes all its topics)
    scores: list[tuple[int, str, DescribedLaw]] = []
    for law in pool:
        if law.authority.startswith("state:"):
            best = max(
                ((_state_fit(words, st), t) for t, st in law.topics if not _who_only(words, st)),
                default=(0, ""),
            )
        else:
            best = max(((len(words & st), t) for t, st in law.topics), default=(0, ""))
        if best[0] >= 2:
            scores.append((best[0], best[1], law))
    if not scores:
        return None
    top = max(v[0] for v in scores)
    winners = [v for v in scores if v[0] == top]
    if len(winners) > 1 and prefer and all(v[2].year is not None for v in winners):
        years = sorted({v[2].year for v in winners if v[2].year is not None})
        pick = years[-1] if prefer > 0 else years[0]
        winners = [v for v in winners if v[2].year == pick]
    wanted = _numbers(phrase) if len(winners) > 1 and phrase else set()
    if wanted:
        numbered = [v for v in winners if wanted & {n for t, _ in v[2].topics for n in _numbers(t)}]
        winners = numbered or winners
    if len(winners) > 1 and prefer >= 0:
        current = _current([v[2] for v in winners])
        winners = [v for v in winners if v[2] is current] if current is not None else winners
    if len(winners) > 1:
        # ("Wyoming's overall ban on abortion": of the laws it fits alike, the one whose topic
        # it holds whole — "abortion ban", not "abortion pill ban" or "abortion trigger ban")
        whole = [
            (top, t, law)
            for _, _, law in winners
            for t, st in law.topics
            if len(words & st) == top and st <= words
        ]
        if len({id(v[2]) for v in whole}) == 1:
            winners = whole[:1]
    return (winners[0][2], winners[0][1]) if len(winners) == 1 else None


# "the state's new abortion ban", "the original trigger ban": the age a phrase gives a law,
# to choose between two rows of one state and topic (a 2019 ban and its 2023 successor)
_NEWER = deferred(r"\b(?:new|newer|newest|latest|revised|updated|current)\b", re.IGNORECASE)
_OLDER = deferred(r"\b(?:old|older|original|earlier|previous|prior|former)\b", re.IGNORECASE)


def _age(phrase: str) -> int:
    """1 when ``phrase`` calls its law new, -1 when old, else 0 (both: 0)."""
    new, old = bool(_NEWER.search(phrase)), bool(_OLDER.search(phrase))
    return 0 if new == old else (1 if new else -1)


_NUMBER_WORDS = {
    "six": "6",
    "eight": "8",
    "twelve": "12",
    "fifteen": "15",
    "twenty": "20",
    "six-week": "6",
    "15-week": "15",
}
_NUMBER = deferred(r"\d+|[a-z]+(?=-week)")


def _numbers(phrase: str) -> set[str]:
    """The numbers a phrase prints, in digits or words ("six-week" and "6-week" are one)."""
    out = set()
    for n in _NUMBER.findall(phrase.lower()):
        n = _NUMBER_WORDS.get(n, n)
        if n.isdigit():
            out.add(n)
    return out


def numbered_for_another(phrase: str, authority: str) -> bool:
    """Whether ``phrase`` ("the 15-week ban") prints a number that the topics of the state
    law ``authority`` lack and those of another law of its state in ``state_acts.csv`` have:
    a back-reference to another of the state's laws, not to this one."""
    wanted = _numbers(phrase)
    if not wanted:
        return False
    postal = authority.split(":")[1]
    laws = [x for x in _laws() if x.authority.split(":")[:2] == ["state", postal]]
    this = next((x for x in laws if x.authority == authority), None)
    if this is None or wanted & {n for t, _ in this.topics for n in _numbers(t)}:
        return False
    return any(
        wanted & {n for t, _ in x.topics for n in _numbers(t)} for x in laws if x is not this
    )


def _of_year(pool: tuple[DescribedLaw, ...], text: str, s: int, e: int) -> tuple[DescribedLaw, ...]:
    """``pool`` less the laws of another year than the one printed in ``text[s:e]`` ("a 2019
    Colorado law"); all of it when no year is printed. A law of no known year stays."""
    # (any century's year: "an 1851 law" is not the state's 1849 law)
    y = _ANY_YEAR.search(text, s, e)
    if y is None:
        return pool
    year = int(y.group(0))
    return tuple(law for law in pool if law.year is None or law.year == year)


# a law the phrase dates by its own year before its head: "an 1849 law", "a 1931 statute"
_OWN_YEAR = deferred(r"(?:[Aa]n?|[Tt]he)\s+(?:1[6-9]\d\d|20\d\d)\s+(?:law|statute)\b")


# A clause's verb of banning: "that prohibits …", "which outlawed …".
_BANS = deferred(r"\b(?:prohibit|ban|bar|outlaw|forbid|criminaliz)(?:s|ed|ned|red|ing|es)?\b")


def _year_alone(
    doc: Doc, words: set[str], rows: tuple[DescribedLaw, ...], s: int, e: int
) -> tuple[DescribedLaw, str] | None:
    """The article's state's one row of the year "an 1849 law that prohibits …" prints, when
    its clause shares a word with one of the row's topics and, with the sentences beside it
    ("… the legality of abortion …", "… does not ban abortion today"), two: a law dated by its
    own year is rare enough that its story's words tell it (census 25, P5)."""
    if len(rows) != 1:
        return None
    (row,) = rows
    if _BANS.search(doc.text, s, e):
        words = words | {BAN}  # ("a law that prohibits …" is a ban)
    near = words | stems(doc.around(s, e, before=2, after=1))
    best = max(((len(near & st), t) for t, st in row.topics if words & st), default=(0, ""))
    return (row, best[1]) if best[0] >= 2 else None


def _only_of_year(
    pool: tuple[DescribedLaw, ...], text: str, s: int, e: int
) -> tuple[DescribedLaw, ...]:
    """The laws of ``pool`` enacted in the year printed in ``text[s:e]`` (a law of no known
    year is not one of them)."""
    y = _ANY_YEAR.search(text, s, e)
    if y is None:
        return ()
    year = int(y.group(0))
    return tuple(law for law in pool if law.year == year)


_ANY_YEAR = deferred(r"(?<!\d)(?:1[6-9]\d\d|20\d\d)(?!\d)")


def _table_law(text: str, s: int, e: int, law: DescribedLaw, evidence: str) -> Mention:
    """The mention of a law a table row names, told by the words at ``s:e``."""
    return Mention(
        s,
        e,
        text[s:e],
        "regulation" if is_state_regulation(law.authority) else "statute",
        law.authority,
        name=law.name,
        confidence=0.6,
        evidence=evidence,
        matcher="described_laws",
    )


# The slugs of the states' administrative codes in SPEC §2 ids (``state:ky:kar:13-2-045``,
# ``state:wi:admin-code:mpsw-20.02``): a row of ``state_acts.csv`` with one is an agency's
# regulation, not a statute
_ADMIN_CODES = frozenset(
    (
        *("kar", "ccr", "admin-code", "pacode", "tac", "fac", "nycrr", "aac", "oac", "iac"),
        *("wac", "oar", "ncac", "ccr-co", "mar", "arsd", "gar", "comar", "njac", "admin-rules"),
    )
)


def is_state_regulation(authority: str | None) -> bool:
    """Whether ``authority`` is a section of a state's administrative code."""
    parts = (authority or "").split(":")
    return len(parts) > 3 and parts[0] == "state" and parts[2] in _ADMIN_CODES


def _mention(text: str, s: int, end: int, law: DescribedLaw, phrase: str) -> Mention:
    return _table_law(text, s, end, law, f"described like the {law.name} (“{phrase}”)")


# "Arizona's pre-statehood ban on most abortions", "a nearly century-old abortion ban", "an
# abortion ban enacted in 1901", "the territorial-era ban": the description dates its law before
# the row it would take (a state's 2022 15-week ban, Texas' 2021 Heartbeat Act) — another,
# older law of the state the table lacks. The words that place a law before Roe (1973), and a
# year printed as the law's own ("enacted in 1901", "a 1925 law", "the law of 1864").
_ERA_WORDS = deferred(
    r"(?i)(?<![\w-])(?:(?:nearly\s+|almost\s+)?(?:a\s+)?(?:century|centuries|\d{3}-year)-old|"
    r"pre-statehood|territorial(?:-era)?|pre-Roe|19th-century|civil\s+war-era|antiquated|"
    # "… that had been blocked for nearly five decades"
    r"(?:blocked|enjoined|unenforced|on\s+the\s+books)\s+for\s+(?:nearly\s+|almost\s+|more\s+than\s+|"
    r"over\s+)?(?:(?:four|five|several|many)\s+)?(?:decades|a\s+century|centuries))(?![\w-])"
)
_ERA_YEAR = deferred(
    r"(?i)(?<![\w-])(?:(?:enacted|passed|adopted|written|signed|approved)\s+(?:in\s+)?|"
    r"dat(?:ing|es|ed)\s+(?:back\s+)?to\s+|(?:law|ban|statute)\s+of\s+|"
    # "… the law that was enjoined in 1973": a law in force (or blocked) that year
    r"(?:enjoined|blocked|struck\s+down|on\s+the\s+books)\s+(?:in|since)\s+)(1[6-9]\d\d|20\d\d)\b|"
    # "a 1925 law", "Maryland's stricter 2014 minimum-wage requirement" (two words between at most)
    r"\b(1[6-9]\d\d|20\d\d)\s+(?:[\w’'-]+\s+){0,2}?(?:law|ban|statute|act|requirement|mandate)\b"
)
PRE_ROE = 1973
_OWN_HEAD = 25


@cache
def _law_years() -> dict[str, int]:
    return {law.authority: law.year for law in _laws() if law.year is not None}


def dated_before(words: str, authority: str) -> bool:
    """Whether ``words`` (a description and the clause after it) date their law before the
    year the table gives the state law ``authority``: an era word that places it before Roe,
    or a year of its own printed earlier than the row's."""
    year = _law_years().get(authority)
    if year is None:
        return False
    if year > PRE_ROE and _ERA_WORDS.search(words):
        return True
    # ("a 1925 law" only as the phrase's own head, not "… that replaced the 2007 law")
    return any(
        int(m.group(1) or m.group(2)) < year
        for m in _ERA_YEAR.finditer(words)
        if m.group(1) or m.start() < _OWN_HEAD
    )


# A description's own year at its head: "a 2015 state law", "the state's 2011 law"
_OWN_YEAR_HEAD = deferred(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s?)\s+(?:state['’]s\s+)?"
    r"(?:[\w-]+\s+)?(1[6-9]\d\d|20\d\d)\s+(?:[\w’'-]+\s+){0,2}?(?:law|ban|statute|measure)\b"
)


def own_year(words: str) -> int | None:
    """The year a description prints at its head ("a 2015 state law", "a 1985 measure"), or
    None."""
    m = _OWN_YEAR_HEAD.match(words)
    return int(m.group(1)) if m is not None else None


def dated_otherwise(words: str, authority: str) -> bool:
    """Whether the description ``words`` prints a year of its own at its head ("a 2015 state
    law that bans …") that is not the year the table gives ``authority``: another law of the
    state (twenty-third session; a law told by an earlier year, ``dated_before``, too)."""
    year = _law_years().get(authority)
    if year is None:
        return False
    m = _OWN_YEAR_HEAD.match(words)
    return m is not None and int(m.group(1)) != year


def _dated_elsewhere(text: str, m: Mention) -> bool:
    """``dated_before`` for a described mention: its words and its sentence's next few."""
    stop = text.find(". ", m.end, m.end + 80)
    return m.authority is not None and dated_before(
        text[m.start : m.end + 80 if stop < 0 else stop], m.authority
    )


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus the described laws found in text they leave free."""
    year = doc.date[:4] if doc.date else ""
    token = _ARTICLE_YEAR.set(int(year) if year.isdigit() else None)
    try:
        out = _attach(doc, mentions)
    finally:
        _ARTICLE_YEAR.reset(token)
    if len(out) == len(mentions):
        return out
    before = {id(m) for m in mentions}
    return [m for m in out if id(m) in before or not _numbered_in_sentence(doc, mentions, m)]


def _attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    if not doc.hits("law") and not doc.hits("state_ban"):
        # (the pass also wakes for a state row's topic word alone; with no "law" or "ban",
        # only "a bill banning …" near a state's name and a topic word is read)
        if not doc.hits("state_topic"):
            return mentions
        # ("The state will now require …" in a roundup whose word "laws" is in its title)
        told = _state_will(doc, mentions)
        told += _state_regulations(doc, [*mentions, *told])
        told += _title_cased(doc, [*mentions, *told])
        if doc.hits("state_row_name"):
            topic_at = [t for t, _ in doc.hits("state_topic")]
            told += _bill_of_sentence_state(doc, [*mentions, *told], topic_at)
        if "laws " in text:
            told += _plural_laws(doc, [*mentions, *told])
        if "statutes " in text or "laws " in text:
            told += _states_plural_laws(doc, [*mentions, *told])
        told += _prompted_by(doc, [*mentions, *told])
        return sorted([*mentions, *told], key=by_span) if told else mentions
    # the mentions' spans and starts (where a mention begins, for the next one): made at
    # the first phrase that asks (most articles have none)
    taken: SpanSet | None = None
    starts: list[int] = []
    added: list[Mention] = []
    abroad: list[int] | None = None  # where another country is named (asked at need)
    # (an ``ANCHOR`` match holds a hit of "law" or "statute" with ``TAIL`` after it)
    tails = any(TAIL.match(text, e) for _, e in doc.hits("law"))
    for ws, we in doc.windows("law") if tails else ():
        for a in ANCHOR.finditer(text, ws, we):
            if taken is None:
                taken = _spans_of(mentions)
                starts = sorted(m.start for m in mentions)
            s = a.start()
            if taken.overlaps(s, a.end()):
                continue
            end = _clause_before_mention(text, a.end(), starts)
            state = a.group("state") or a.group("in_state")
            local = "federal" not in a.group(0) and _local_maker(text, s)
            # "The state passed a law that bans …" is no federal law: only the rows of a
            # state its sentence names ("Iowa can't enforce a law making it a crime …")
            if state is not None:
                if state not in state_names():
                    continue  # "a Roman law that …": no state's, and not Congress's either
                pool = _state_rows().get(state, ()) if doc.hits("state_topic") else ()
            elif local or a.group("of_state"):
                pool = _state_laws_named(text, s) if doc.hits("state_topic") else ()
                if (
                    not pool
                    and doc.hits("state_topic")
                    and (
                        a.group("of_state") or _STATE_BODY.search(text, sentence_start(text, s), s)
                    )
                ):
                    # "a state law ending cash bail" in a sentence that names no state: the
                    # article's state (never a federal law); so is "A split state Supreme
                    # Court today invalidated an 1849 law that …": a law the state's own
                    # court or lawmakers act on
                    pool = _state_rows().get(_article_state(doc) or "", ())
            else:
                if abroad is None:
                    abroad = country_places(doc)
                if _between(abroad, sentence_start(text, s), s):
                    # "Mexico's Congress approved a law that lets the president deploy the
                    # National Guard": another country's law, never the federal one it sounds
                    # like
                    continue
                pool = _federal_laws()
            # ("an 1849 law": a law dated by its own year may be the article's state's law of
            # that year, below, when none of the pool fits)
            dated = state is None and _OWN_YEAR.match(text, s, a.end()) is not None
            if not pool and not dated:
                continue
            # ("an 1849 law that had been interpreted as banning all abortions": what the
            # law is read as doing is its description; the framing words are none of it)
            read_as = _READ_AS.match(text, a.end(), end)
            head = text[text.rfind(" ", s, a.end()) + 1 : a.end()]
            at = a.end()
            if read_as is not None:
                verb = _GERUND.match(text, read_as.end(), end)
                head, at = (verb.group(1), verb.end()) if verb else (head, read_as.end())
            words = stems(text[at:end])
            if pool is _federal_laws():
                words |= _short_words(text[a.end() : end]) - {BAN}
            else:
                # ("a law banning most abortions": a state's ban, told by its verb)
                words = _with_ban(words, head, text[a.end() : end])
            found = _one_law(
                words, _of_year(pool, text, s, a.end()), _age(a.group(0)), text[a.end() : end]
            )
            if found is None and dated and doc.hits("state_topic"):
                # "A split state Supreme Court today invalidated an 1849 law that had been
                # interpreted as banning all abortions": a law dated by its own year that no
                # law of the pool (Congress's, or the state laws the article names) fits is
                # the article's state's law of that year its words fit (never another year's)
                home = _state_rows().get(_article_state(doc) or "", ())
                found = _one_law(
                    words, _only_of_year(home, text, s, a.end()), 0, text[a.end() : end]
                )
                if found is None:
                    found = _year_alone(doc, words, _only_of_year(home, text, s, a.end()), s, end)
                    # (told by its year, not its clause: "an 1849 law" is the mention)
                    own = _OWN_YEAR.match(text, s, a.end())
                    end = own.end() if found is not None and own is not None else end
                if found is None:
                    continue
            if found is None and pool is _federal_laws() and state is None and not dated:
                found = _home_law(doc, words, a, s, end)
            if found is None and not dated:
                found = _pronoun_law(doc, mentions, s, a, end)
            if found is None:
                continue
            if pool is _federal_laws() and _topic_only(text, a, s, end):
                # (a federal row matched by its topic words alone, in an article whose law
                # is a state's: the state's law, or nothing)
                found = _state_law_instead(doc, mentions, found, words, a, s, end)
                if found is None:
                    continue
            added.append(_mention(text, s, end, *found))
            taken.add(s, end)
            bisect.insort(starts, s)
    if "ederal law " in text:  # (one scan in C, not a look at each "law")
        if taken is None:
            taken = _spans_of(mentions)
            starts = sorted(m.start for m in mentions)
        added.extend(_federal_law_verb(doc, taken, starts))
    added.extend(_state_laws_by_their_words(doc, taken, mentions))
    # (the state-law shapes below read a state's name and a long topic word near: where the
    # anchor walk found them, once for the three)
    topic_at = [t for t, _ in doc.hits("state_topic")]
    names_end = [n for _, n in doc.hits("state_row_name")]
    if topic_at and names_end:
        added.extend(_possessed(doc, [*mentions, *added], topic_at, names_end))
        added.extend(_in_context(doc, [*mentions, *added], topic_at, names_end))
        added.extend(_ban_of_sentence_state(doc, [*mentions, *added], topic_at))
        added.extend(_bill_of_sentence_state(doc, [*mentions, *added], topic_at))
    if topic_at:
        added.extend(_title_cased(doc, [*mentions, *added]))
        added.extend(_state_regulations(doc, [*mentions, *added]))
        added.extend(_the_states(doc, [*mentions, *added], topic_at))
        added.extend(_state_will(doc, [*mentions, *added]))
        added.extend(_dated(doc, [*mentions, *added]))
        added.extend(_by_topic_word(doc, [*mentions, *added]))
    if "statute" in text or "law" in text:
        added.extend(_year_and_state(doc, [*mentions, *added]))
    if topic_at:
        added.extend(_the_year_law(doc, [*mentions, *added]))
        if "laws " in text:
            added.extend(_plural_laws(doc, [*mentions, *added]))
        if "statutes " in text or "laws " in text:
            added.extend(_states_plural_laws(doc, [*mentions, *added]))
    # (the names of the people whose deaths prompted a law are its evidence: no topic word)
    added.extend(_prompted_by(doc, [*mentions, *added]))
    if topic_at and names_end and topic_at[0] < OPENING and names_end[0] < OPENING:
        # (only an article whose opening holds a long word of a state row's topics and a
        # state's name)
        added.extend(_the_storys_law(doc, [*mentions, *added]))
    if added:
        added = [
            m
            for m in added
            if not _dated_elsewhere(text, m)
            and not _told_as_replaced(text, m)
            and not read_as_before(text, m.start)
        ]
    return sorted([*mentions, *added], key=by_span)


# How many words of a topic of the article's state's law a clause must share to be told by it
# with no state beside it (``_home_law``)
_HOME_FIT = 3
# A definite description of one law, nothing dated or federal: "the law which barred …"
_THE_LAW = deferred(r"[Tt]he\s+(?:law|statute)\s+(?:that|which)\Z")


def _home_law(
    doc: Doc, words: set[str], a: re.Match[str], s: int, end: int
) -> tuple[DescribedLaw, str] | None:
    """ "The justices struck the law which barred any review of water use for new wells", no
    federal law fitting it, in a story of one state: the law of the article's state (told by
    its text, not its outlet) whose topic the clause tells in three words at least, the one
    such (twenty-seventh session, census40 P6); None in a sentence about Congress."""
    text = doc.text
    if not doc.hits("state_topic") or not _THE_LAW.match(text, s, a.end()):
        return None
    if federal_sentence(text, sentence_start(text, s), end):
        return None
    state = _text_state(doc)
    if state is None:
        return None
    found = _one_law(words, _state_rows().get(state, ()))
    if found is None:
        return None
    law, topic = found
    fit = dict(law.topics).get(topic, frozenset())
    return found if _state_fit(words, fit) >= _HOME_FIT else None


# "officials from enforcing a law that requires them": a clause whose object is a pronoun
_PRONOUN_CLAUSE = deferred(
    r"\s*(?:(?:that|which)\s+)?(?:would\s+|will\s+)?[a-z]+\s+(?:them|it)\s*\Z"
)
# How many topic words, the weak ones aside, the sentence before such a law must share
_PRONOUN_FIT = 2


def _pronoun_law(
    doc: Doc, mentions: list[Mention], s: int, a: re.Match[str], end: int
) -> tuple[DescribedLaw, str] | None:
    """ "Displays of the Ten Commandments in every Norland classroom … officials from
    enforcing a law that requires them": the pronoun's words are the sentence's before the
    phrase; the one row of the article's state, the one state that sentence names, whose topic
    they fit in two words past the weak ones (or in two of any when the article links that
    law already) (census44, blind57)."""
    text = doc.text
    if not _PRONOUN_CLAUSE.match(text[a.end() : end]):
        return None
    a0 = sentence_start(text, s)
    if federal_sentence(text, a0, end):
        return None
    named = {h.group("state") for h in state_re().finditer(text, a0, s)}
    if len(named) != 1:
        return None
    state = named.pop()
    if doc.memo("state_of_article_how", lambda: state_of_article(text))[0] != state:
        return None
    words = stems(text[a0:s])
    found = _one_law(words, _state_rows().get(state, ()))
    if found is None:
        return None
    linked = {m.authority for m in mentions if not m.anaphor and m.authority}
    if found[0].authority in linked or _state_fit(words, _best(found)) >= _PRONOUN_FIT:
        return found
    return None


def _numbered_in_sentence(doc: Doc, mentions: list[Mention], m: Mention) -> bool:
    """Whether the sentence of the described law ``m`` ends on another state bill's number in
    parentheses ("…, the state now requires schools to post their policies (House Bill 310)"):
    the sentence tells its own bill, and a table row its words resemble is some other law
    (twenty-seventh session, census36 P10). A number before the description is no such label
    ("Senate Bill 5, which would revise the state's 2007 ban": the ban is another law)."""
    _s, e = doc.sentence_at(m.start)
    return any(
        m.end <= o.start < e
        and doc.text[o.start - 1 : o.start] == "("
        and not o.anaphor
        and o.authority != m.authority
        and ":bill:" in (o.authority or "")
        and (o.authority or "").startswith("state:")
        and any(c.isdigit() for c in o.text)
        for o in mentions
    )


# "an 1849 Wisconsin statute", "the 1931 Michigan law": a law told by its year and its state
# (each word boundary or look behind asked after the pattern's first letter or digit, so that a
# whole-text search skips to those: ``trie.at_word_start``)
_YEAR_THEN = deferred(
    r"[AaTt](?<!\w.)(?:(?<=[Aa])n?|(?<=[Tt])he)\s+(?P<year>1[6-9]\d\d|20\d\d)\s+(?=[A-Z])"
)
_LAW_AFTER_STATE = deferred(r"\s+(?:state\s+)?(?:law|statute)\b")


def _year_and_state(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the application of an 1849 Wisconsin statute became a legal controversy … a ban on
    abortion": the one row of that state enacted that year, when its sentence (for a law of
    before 1900, or the two after it) holds a word of one of the row's topics (a law dated by
    its year and its state is rare enough that one topic word tells it). Nothing when the
    state has no row of that year, or two."""
    text = doc.text
    taken = _spans_of(mentions)
    out: list[Mention] = []
    for m in _YEAR_THEN.finditer(text):
        st = state_re().match(text, m.end())
        if st is None or st.group("poss"):
            continue
        law = _LAW_AFTER_STATE.match(text, st.end())
        if law is None:
            continue
        s, e = m.start(), law.end()
        if taken.overlaps(s, e):
            continue
        rows = _only_of_year(_state_rows().get(st.group("state"), ()), text, s, e)
        if len(rows) != 1:
            continue
        (row,) = rows
        # (its own sentence tells what a modern law does: "a 2019 Colorado law" beside a
        # sentence on some ban is not told; a law of the nineteenth century is rare enough
        # that the two sentences after it may tell it)
        a, b = doc.sentence_at(s)
        old = (row.year or 0) < 1900
        near = stems(doc.around(s, e, before=0, after=2) if old else text[a:b])
        topic = next((t for t, st_ in row.topics if near & st_), None)
        if topic is None:
            continue
        out.append(_mention(text, s, e, row, topic))
        taken.add(s, e)
    for m in _YEAR_LAW.finditer(text):
        # "… Effects a Repeal of 1849 Abortion Ban" in a line naming one state: that state's
        # one row of the year, its topic word in the phrase or the sentence
        s, e = m.start(), m.end()
        if taken.overlaps(s, e) or _DETERMINER_BEFORE.search(text, max(0, s - 8), s):
            continue  # ("the 1849 law": a back-reference, ``anaphora``'s)
        a, b = doc.sentence_at(s)
        named = {h.group("state") for h in state_re().finditer(text, a, b)}
        if len(named) != 1:
            continue
        rows = _only_of_year(_state_rows().get(named.pop(), ()), text, s, e)
        if len(rows) != 1:
            continue
        (row,) = rows
        near = stems(text[a:b])
        topic = next((t for t, st_ in row.topics if near & st_), None)
        if topic is None:
            continue
        out.append(_mention(text, s, e, row, topic))
        taken.add(s, e)
    return out


# "ruled that the 1849 abortion law does not …", "the 1849 law's reach": the state's law of
# that year told by "the", its year and at most two words of its own (a topic word) before
# "law", "ban" or "statute", a possessive after it (twenty-eighth session, census41 P2)
# (each word boundary or look behind asked after the pattern's first letter or digit, so that a
# whole-text search skips to those: ``trie.at_word_start``)
_THE_YEAR_LAW = deferred(
    r"[Tt](?<![\w-][Tt])he\s+(?P<year>1[6-9]\d\d|20[0-2]\d)\s+"
    r"(?P<mods>(?:(?!(?:and|or|of|to|in|on|for|with|by|as|at|federal|national)\s)"
    r"[a-z][a-z-]+\s+){0,2})(?P<head>law|ban|statute)(?![\w-])"
)
# A sentence that speaks of a federal law: "the 2005 law" there may be Congress's
_FEDERAL_LAW_SENTENCE = deferred(
    r"\b(?:Congress|congressional|federal\s+(?:law|statute|ban|legislation)|[Aa]ct\s+of\s+Congress)\b"
)
# How many topic words a sentence must share with a modern law's row when the phrase has
# no topic word of its own ("the 2023 law"); a law of before ``_OLD_LAW`` needs one
_YEAR_ONLY_FIT = 2
_OLD_LAW = 1900
# (a year, a state and a topic word tell a law as surely as a back-reference does)
_YEAR_CONFIDENCE = 0.7


def _the_year_law(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Wisconsin's Supreme Court ruled that the 1849 abortion law does not …", "… the 1849
    law's applicability": "the YEAR [topic] law|ban|statute" in free text is the law of that
    year of the state its sentence names (else the article's own, told by its text) — the one
    row of that state and year, when the phrase's own words fit one of its topics, or (no
    word of its own) its sentence shares two topic words with it (one for a law of before
    1900). A first mention as much as a back-reference. Nothing when the state has no row of
    that year or two, the sentence names another state or a federal law, or the article names
    another law whose words print that year."""
    text = doc.text
    out: list[Mention] = []
    taken: SpanSet | None = None
    for m in _THE_YEAR_LAW.finditer(text):
        s, e = m.start(), m.end()
        if taken is None:
            taken = _spans_of(mentions)
        if taken.overlaps(s, e):
            continue
        year = m.group("year")
        a, b = doc.sentence_at(s)
        if _FEDERAL_LAW_SENTENCE.search(text, a, b):
            continue
        state = _sentence_state(doc, a, b)
        if state is None:
            continue
        rows = tuple(law for law in _state_rows().get(state or "", ()) if law.year == int(year))
        if len(rows) != 1:
            continue
        (row,) = rows
        if any(
            not o.anaphor
            and o.kind in ("statute", "bill")
            and o.authority != row.authority
            and (year in o.text or year in (o.name or ""))
            for o in mentions
        ):
            continue  # (another law the article names by that year: which one is unsaid)
        # ("the 2015 state law": "state" says no more than "law")
        mods = " ".join(w for w in m.group("mods").split() if w != "state")
        if mods:
            own = _with_ban(stems(mods), m.group("head"), mods)
            best = max(((len(own & st), t) for t, st in row.topics), default=(0, ""))
            if best[0] < 1 or stems(mods) - set().union(*(st for _, st in row.topics)):
                continue  # (a word of its own no topic of the row has: another law)
        else:
            near = stems(text[a:b])
            best = max(((len(near & st), t) for t, st in row.topics), default=(0, ""))
            if best[0] < (1 if int(year) < _OLD_LAW else _YEAR_ONLY_FIT):
                continue
        # (told by its own words, the year and the state, not by an antecedent: a law the
        # back-references after it may point to)
        told = _table_law(text, s, e, row, f"the {row.name} told by its year (“{best[1]}”)")
        out.append(told.with_(confidence=_YEAR_CONFIDENCE))
        taken.add(s, e)
    return out


# "upholding laws that curb the power of the governor and attorney general": a package of a
# state's laws told by what they do, with no determiner or "the" (twenty-eighth session)
_PLURAL_LAWS = deferred(
    r"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose)\s+)?(?:new\s+)?laws\s+(?:that|which)\s+"
    r"(?:would\s+|will\s+)?(?P<verb>[a-z]+)\b"
)
# What a court or lawmakers did to the package, right before it: "in upholding laws that …",
# "struck down the laws that …", "passed laws that …"
_ACTED_ON_BEFORE = deferred(
    r"\b(?:uph[eo]ld(?:s|ing)?|upheld|str(?:uck|ike|ikes|iking)\s+down|block(?:s|ed|ing)?|"
    r"enjoin(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|pass(?:ed|ing)|sign(?:ed|ing)|enact(?:ed|ing)|"
    r"invalidat(?:e|es|ed|ing)|overturn(?:s|ed|ing)?)\s+\Z"
)
# How many topic words the clause of a plural description must share with the row
_PLURAL_FIT = 3
# A title's period ("Gov. Tony Evers", "Attorney Gen. Kaul"): no clause ends there
_TITLE_DOT = deferred(r"\b(?:Gov|Lt|Sen|Rep|Atty|Gen|Sec|Supt|Dr|Mr|Mrs|Ms|St)\.\Z")


# "found Norland statutes preventing “young adults from carrying …” unconstitutional": a state's
# laws named as a bare plural right after its name, then what they do (a quotation mark may
# open the clause) — twenty-eighth session, census44 Q1
_STATES_PLURAL = deferred(
    r"\s+(?:state\s+)?(?:statutes|laws)\s+(?:(?:that|which)\s+(?:would\s+|will\s+)?)?"
    r"(?P<verb>(?:prevent|prohibit|bar|ban|restrict|forbid|requir|limit|criminaliz)[a-z]*)\s+[“\"]?"
)
# "an omnibus bill passed in the wake of the deaths of two inmates: Jane Roe and John Doe": a
# law told by what prompted it, whose row's topic holds the people's names (census44 Q1)
_PROMPTED = deferred(
    r"(?<![\w-])[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}?(?:bill|law|measure|package)\s+"
    r"(?:(?:that\s+was\s+)?(?:passed|signed|enacted|approved|introduced|written|drafted)\s+)?"
    r"(?:in\s+the\s+wake\s+of|after|following|in\s+response\s+to|prompted\s+by)\s"
)
_FULL_NAME = deferred(r"(?<![\w-])([A-Z][a-z]+)\s+([A-Z][a-z]+)(?![\w-])")


def _prompted_by(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "an omnibus bill passed in the wake of the deaths of …: Jane Roe and John Doe": the
    one row of the article's state one of whose topics holds two people's full names its
    sentence prints after the phrase (a name a row's topic holds is rare enough to tell it)."""
    text = doc.text
    out: list[Mention] = []
    taken: SpanSet | None = None
    for m in _PROMPTED.finditer(text):
        b = doc.sentence_at(m.start())[1]
        names = {
            f"{n.group(1)} {n.group(2)}".lower() for n in _FULL_NAME.finditer(text, m.end(), b)
        }
        if len(names) < 2:
            continue
        state = _text_state(doc)
        if state is None:
            continue
        fits = [
            law
            for law in _state_rows().get(state, ())
            if any(sum(n in t for n in names) >= 2 for t, _ in law.topics)
        ]
        if len(fits) != 1:
            continue
        limit = min(b, m.end() + MAX_CLAUSE)
        stop = CLAUSE_END.search(text, m.end(), limit)
        end = stop.start() if stop else limit
        if taken is None:
            taken = _spans_of(mentions)
        if taken.overlaps(m.start(), end):
            continue
        law = fits[0]
        topic = next(t for t, _ in law.topics if sum(n in t for n in names) >= 2)
        out.append(_mention(text, m.start(), end, law, topic))
        taken.add(m.start(), end)
    return out


# "Norland statutes 6106, 6107, and 6109": the state's sections by their bare numbers
_STATES_NUMBERED = deferred(
    r"\s+(?:statutes|laws)\s+(?P<nums>\d{3,5}(?:,\s+\d{3,5})*(?:,?\s+and\s+\d{3,5})?)(?![\w.-])"
)
_STATE_BEFORE_PLURAL = deferred(r"(?<![\w-])(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\Z")


def _states_plural_laws(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Norland statutes preventing “…”": the one row of the state named right before the
    plural head whose topic the clause shares three words with (as ``_plural_laws``); the
    mention is the state's name and the head, the clause its description."""
    text = doc.text
    rows = _state_rows()
    out: list[Mention] = []
    taken: SpanSet | None = None
    for head in ("statutes", "laws"):
        at = text.find(f" {head} ")
        while at >= 0:
            m = _STATES_PLURAL.match(text, at)
            nxt = text.find(f" {head} ", at + 1)
            num = None if m else _STATES_NUMBERED.match(text, at)
            st = _STATE_BEFORE_PLURAL.search(text, max(0, at - 30), at) if m or num else None
            if st is None or st.group("state") not in rows:
                at = nxt
                continue
            if num is not None:
                # (the one row of the state whose section is one of the numbers)
                nums = set(re.findall(r"\d+", num.group("nums")))
                hits = [
                    law
                    for law in rows[st.group("state")]
                    if re.split(r"[:-]", law.authority)[-1] in nums
                ]
                if taken is None:
                    taken = _spans_of([*mentions, *out])
                if len(hits) == 1 and not taken.overlaps(st.start(), num.end()):
                    law = hits[0]
                    out.append(
                        _table_law(
                            text, st.start(), num.end(), law, f"{law.name}: its section by number"
                        )
                    )
                    taken.add(st.start(), num.end())
                at = nxt
                continue
            assert m is not None
            s, e = st.start(), at + 1 + len(head)
            limit = min(len(text), m.end() + MAX_CLAUSE)
            stop = CLAUSE_END.search(text, m.end(), limit)
            end = stop.start() if stop else limit
            if taken is None:
                taken = _spans_of([*mentions, *out])
            a, b = doc.sentence_at(s)
            if taken.overlaps(s, e) or _FEDERAL_LAW_SENTENCE.search(text, a, b):
                at = nxt
                continue
            words = stems(text[m.start("verb") : end])
            found = _one_law(words, rows[st.group("state")])
            if found is not None and _state_fit(words, _best(found)) >= _PLURAL_FIT:
                out.append(_mention(text, s, e, *found))
                taken.add(s, e)
            at = nxt
    return out


def _plural_laws(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "The court sided with the Legislature in upholding laws that curb the power of the
    governor and attorney general": the one row of the state its sentence names (else the
    article's, told by its text) whose topic its clause shares three words with — a package
    of laws news tells as one, linked to the row the table keeps for it. Nothing in a sentence
    about a federal law or Congress, or where two rows fit alike."""
    text = doc.text
    taken = _spans_of(mentions)
    out: list[Mention] = []
    for m in _PLURAL_LAWS.finditer(text):
        s = m.start()
        limit = min(len(text), m.end() + MAX_CLAUSE)
        stop = CLAUSE_END.search(text, m.end(), limit)
        while stop is not None and _TITLE_DOT.search(text, max(0, stop.start() - 6), stop.end()):
            stop = CLAUSE_END.search(text, stop.end(), limit)  # ("Gov. Tony Evers": no end)
        end = stop.start() if stop else limit
        if taken.overlaps(s, end):
            continue
        if not _ACTED_ON_BEFORE.search(text, max(0, s - 30), s):
            continue  # ("one of 25 states with laws that …": laws of a kind, no package)
        a, b = doc.sentence_at(s)
        if _FEDERAL_LAW_SENTENCE.search(text, a, b) or federal_sentence(text, a, s):
            continue
        state = _sentence_state(doc, a, b)
        if state is None:
            continue
        words = stems(text[m.start("verb") : end])
        found = _one_law(words, _state_rows().get(state, ()))
        if found is None or _state_fit(words, _best(found)) < _PLURAL_FIT:
            continue
        while end > s and text[end - 1] in " ,":
            end -= 1
        out.append(_mention(text, s, end, *found))
        taken.add(s, end)
    return out


_DETERMINER_BEFORE = deferred(r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Aa]n?)\s+$")
# "1849 Abortion Ban", "Arizona's 1864 abortion law": a year and at most two words before the head
# (each word boundary or look behind asked after the pattern's first letter or digit, so that a
# whole-text search skips to those: ``trie.at_word_start``)
_YEAR_LAW = deferred(
    r"(?:1(?<![\w.,$-]1)[6-9]\d\d|2(?<![\w.,$-]2)0\d\d)\s+(?:[A-Za-z][a-z]+\s+){0,2}(?:[Bb]an|[Ll]aw|[Ss]tatute)\b"
)


# "The statute …, widely interpreted as a near-total ban on abortions, made it …": what a law
# named before is read as, a predicate of it, not a law of its own
_READ_AS_BEFORE = deferred(r"\b(?:interpreted|construed|read|understood)\s+(?:by\s+\w+\s+)?as\s+\Z")


def read_as_before(text: str, at: int) -> bool:
    """Whether the words before ``at`` say what a law named before is read as ("…, widely
    interpreted as …"): what follows is a predicate, no law of its own."""
    return _READ_AS_BEFORE.search(text, max(0, at - 40), at) is not None


# What makes a description of a federal law more than its topic words: the law dated or
# called old ("a 1968 law", "a decades-old law", "the longstanding statute": no state law of
# the article's news), or federal, Congress, Washington in its sentence
_DATED_ANCHOR = deferred(
    r"\b(?:\d{4}s?|federal|U\.S\.|longstanding|decades-old|century-old|centuries-old|"
    r"obscure|little-known|rarely\s+used|[a-z]+-era|wartime)\b"
)


def _topic_only(text: str, a: re.Match[str], s: int, end: int) -> bool:
    """Whether the federal law the description at ``s:end`` was matched to is told by its
    topic words alone: no date or age of its own, nothing federal in its sentence."""
    if _DATED_ANCHOR.search(a.group(0)):
        return False
    return not federal_sentence(text, sentence_start(text, s), end)


# "Gov. Jane Doe signed the bill", "Governor Smith signed House Bill 7 into law": a state's
# governor signing a law (the article's state)
_GOVERNOR_SIGNED = deferred(
    r"\bGov(?:\.|ernor)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:has\s+|had\s+)?signed\s+"
    r"(?:(?:it|the|a|an|this|that|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:bill|law|measure|legislation|Bill|Act)\b"
)


def _named_state_laws(mentions: list[Mention]) -> list[Mention]:
    """The state laws the article names (by number, name or code section; not a reference
    back, not a constitution)."""
    return [
        m
        for m in mentions
        if m.kind == "statute"
        and not m.anaphor
        and m.authority is not None
        and m.authority.startswith("state:")
        and ":const:" not in m.authority
    ]


def _state_law_instead(
    doc: Doc,
    mentions: list[Mention],
    found: tuple[DescribedLaw, str],
    words: set[str],
    a: re.Match[str],
    s: int,
    end: int,
) -> tuple[DescribedLaw, str] | None:
    """For a federal law ``found`` by topic words alone: ``found`` itself when the article is
    no state law's, or names that federal law elsewhere; else the law of the article's state
    whose topics fit the words, or the one state law the article names, or None (an article
    about a state's "House Bill 7" that says "a law that makes it a crime to mail abortion
    pills" before naming it tells of House Bill 7, not of the Comstock Act)."""
    law = found[0]
    if any(_names_federal(m, law) for m in mentions):
        return found
    named = _named_state_laws(mentions)
    text = doc.text
    # (a governor's signing near the description: one far off may be another law's)
    near = max(0, s - _SIGNED_NEAR), min(len(text), end + _SIGNED_NEAR)
    signed = not named and _GOVERNOR_SIGNED.search(text, *near) is not None
    if not named and not signed:
        return found
    states = {m.authority.split(":")[1].upper() for m in named if m.authority}
    names = {courts.states()[p].name for p in states if p in courts.states()}
    if signed:
        article = _article_state(doc)
        if article is None:
            return found
        names.add(article)
    rows = _state_rows()
    pool = tuple(law for n in sorted(names) for law in rows.get(n, ()))
    if pool:
        head = text[text.rfind(" ", s, a.end()) + 1 : a.end()]
        state_found = _one_law(
            _with_ban(words, head, text[a.end() : end]),
            _of_year(pool, text, s, a.end()),
            _age(a.group(0)),
            text[a.end() : end],
        )
        if state_found is not None:
            return state_found
    ids = {m.authority for m in named}
    if (
        len(ids) == 1
        and a.group(0)[0] in "Tt"
        and any(0 < m.start - s < _NAMED_AFTER for m in named)
    ):
        # ("The law that makes it a crime to …" above "The law, known as House Bill 7, …":
        # the article's one state law, named soon after; "a law that …" stays unlinked)
        m = named[0]
        return DescribedLaw(m.authority or "", m.name or m.text, ()), "the state law it names"
    return None


# How far from a description a governor's signing tells that its article's law is a state's
_SIGNED_NEAR = 1000

# How far after a description the one state law an article names may stand to be its law
_NAMED_AFTER = 700


def _names_federal(m: Mention, law: DescribedLaw) -> bool:
    """Whether ``m`` names the federal law ``law`` by its id or its name ("the Comstock Act",
    "the Gun Control Act" for the row "Gun Control Act of 1968, 18 U.S.C. 922")."""
    if m.authority == law.authority:
        return True
    if m.anaphor or m.kind != "statute" or not m.authority or m.authority.startswith("state:"):
        return False
    name = (m.name or m.text).lower().removeprefix("the ").strip()
    return len(name) > 4 and name in law.name.lower()


# How far past a described law its next words are read for what tells the law apart: the
# rest of its sentence and the next one
_TOLD_AFTER = 240


def _told_as_replaced(text: str, m: Mention) -> bool:
    """Whether ``m``, a law that replaced another, was chosen only because it replaced it (its
    own words fit both rows alike) while the words after it fit the replaced law better ("a
    state abortion ban will remain blocked … The ban was designed to take effect once the
    U.S. Supreme Court overturned Roe v. Wade": North Dakota's 2007 trigger ban, not the 2023
    law that replaced it)."""
    gone = _replaced().get(m.authority or "")
    if not gone:
        return False
    rows = {
        law.authority: law
        for law in _laws()
        if law.authority == m.authority or law.authority in gone
    }
    this = rows.get(m.authority or "")
    if this is None:
        return False

    def fit(law: DescribedLaw, words: set[str]) -> int:
        return max((len(words & st) for _, st in law.topics), default=0)

    own = stems(text[m.start : m.end])
    stop = text.find(". ", text.find(". ", m.end, m.end + _TOLD_AFTER) + 2, m.end + _TOLD_AFTER)
    after = stems(text[m.end : m.end + _TOLD_AFTER if stop < 0 else stop])
    return any(
        fit(law, own) == fit(this, own)
        and fit(law, after) >= 3
        and fit(law, after) > fit(this, after)
        for a, law in rows.items()
        if a != m.authority
    )


# "The judge had said the 2024 law was unconstitutional" (a Louisiana story about a buffer
# zone around police), "… preventing the state from trying to enforce the law" (a Utah story
# whose headline tells a transgender sports ban): the article's first law, told before any
# law is named, is the one row of the article's state its opening tells of.
_STORY_LAW = deferred(r"(?<![\w-])(?:[Tt]he|[Aa])\s+(?:(?P<year>(?:19|20)\d\d)\s+)?\Z")
# How much of the article's opening tells what it is about (its headline and lead).
OPENING = 500


def _the_storys_law(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The first "the law", "the ban" (or "the 2024 law", "a 2024 law") of an article that
    names no law before it: the one row of the one state its opening names whose topic the
    opening (and the phrase's sentence) tell — with the year printed, of that year and two
    topic words at least; without, three; none when two rows fit alike, the sentence names
    another state or Congress, or the opening names no state or several."""
    text = doc.text
    # (the state from the anchor walk's hits of the states' names: no scan of the text)
    opening = {text[s:e] for s, e in doc.hits("state_row_name") if s < OPENING}
    if len(opening) != 1:
        return []
    (state,) = opening
    rows = _state_rows().get(state, ())
    first_law = min((m.start for m in mentions if m.kind in ("statute", "bill")), default=None)
    for h, e in sorted((*doc.hits("law"), *doc.hits("state_ban"))):
        if first_law is not None and h >= first_law:
            return []
        if text[h - 1 : h] != " " or text[h - 2 : h - 1] not in "eaA0123456789":
            continue  # (not "the law", "a 2024 law": no regex)
        p = _STORY_LAW.search(text, max(0, h - 10), h)
        if p is None or text[e : e + 1] not in (" ", ",", ".", "\n", "’", "'"):
            continue
        if text[e : e + 2] in ("’s", "'s") or text[e : e + 1] == "-":
            continue  # ("the law’s setup", "law-abiding"): no mention of its own
        s = p.start()
        if BLOCK_BEFORE.search(text, max(0, s - 40), s):
            continue  # "a complicated corner of the law": the law as such, no statute
        a = sentence_start(text, s)
        if any(n in text[a:h] and n != state for n in _state_rows()):
            return []  # another state's law
        if federal_sentence(text, a, h):
            return []
        year = p.group("year")
        pool = tuple(law for law in rows if law.year == int(year)) if year else rows
        if not pool:
            return []
        b = text.find(". ", e)
        words = stems(text[:OPENING] + " " + text[a : len(text) if b < 0 else b])
        found = _one_law(words, pool)
        if found is None or (not year and len(words & _best(found)) < 3):
            return []
        return [_mention(text, s, e, *found)]
    return []


def _best(found: tuple[DescribedLaw, str]) -> frozenset[str]:
    """The stems of the topic phrase a found law matched by."""
    return next(st for t, st in found[0].topics if t == found[1])


# "Federal law prohibits possession of a firearm … by a convicted felon" (a press release's
# phrase): federal law with no article, and what it does in the present tense
FEDERAL_LAW_VERB = deferred(
    r"[Ff]ederal\s+law\s+(?:prohibits|bars|bans|forbids|criminalizes|"
    r"makes\s+it\s+(?:a\s+crime|illegal)\s+for)\b"
)


def _clause_before_mention(text: str, at: int, starts: list[int]) -> int:
    """Where the clause that opens at ``at`` ends: its end mark, the next mention (``starts``,
    sorted), or ``MAX_CLAUSE`` characters on, whichever comes first; no comma or space
    kept at its end."""
    limit = min(len(text), at + MAX_CLAUSE)
    k = bisect.bisect_left(starts, at)
    if k < len(starts) and starts[k] < limit:
        limit = starts[k]
    stop = CLAUSE_END.search(text, at, limit)
    end = stop.start() if stop else limit
    end = _before_a_states_law(text, at, end)
    while end > at and text[end - 1] in " ,":
        end -= 1
    return end


# A state's own law told by its possessive inside a clause: "… trumps Oregon's strict
# licensing ban", "… overrides California's law limiting …" (a few words before the noun).
_STATES_LAW_AFTER = deferred(
    r"\s+(?:[\w-]+\s+){0,3}?(?:laws?|bans?|statutes?|measures?|ordinances?|prohibitions?|"
    r"mandates?|Act|act|constitution|Constitution)\b"
)


def _before_a_states_law(text: str, at: int, end: int) -> int:
    """``end``, or the start of a state's law named by its possessive in ``text[at:end]``
    after at least one word (the description stops before another law's mention and leaves
    it to its own pass)."""
    if "'s " not in text[at:end] and "’s " not in text[at:end]:
        return end
    for m in state_re().finditer(text, at, end):
        if (
            m.group("poss") in ("'s", "’s")
            and m.start() > at + 2
            and _STATES_LAW_AFTER.match(text, m.end())
        ):
            return m.start()
    return end


def _federal_law_verb(doc: Doc, taken: SpanSet, starts: list[int]) -> list[Mention]:
    """ "Federal law prohibits …": the one federal law whose topic the clause tells."""
    text = doc.text
    out: list[Mention] = []
    for h, _ in doc.hits("law"):
        a = FEDERAL_LAW_VERB.match(text, max(0, h - 8))
        if a is None or taken.overlaps(a.start(), a.end()):
            continue
        end = _clause_before_mention(text, a.end(), starts)
        clause = text[a.end() : end]
        found = _one_law(stems(clause) | (_short_words(clause) - {BAN}), _federal_laws())
        if found is None:
            continue
        out.append(_mention(text, a.start(), end, *found))
        taken.add(a.start(), end)
    return out


def _rows_named_in(words: str) -> tuple[DescribedLaw, ...]:
    """The rows of every state whose name ``words`` (a sentence up to a phrase) hold."""
    return tuple(law for name, rows in _state_rows().items() if name in words for law in rows)


def _told_once(
    text: str,
    s: int,
    e: int,
    after: re.Match[str],
    pool: tuple[DescribedLaw, ...],
    h: int,
    taken: SpanSet,
) -> Mention | None:
    """The law a state's ban or bill phrase at ``s`` tells (its clause ending where ``after``
    leads), unless another mention already stands there; what it takes is marked taken."""
    end = _clause_end(text, after)
    if taken.overlaps(s, end):
        return None
    told = _law_told(text, s, e, end, pool, h)
    if told is not None:
        taken.add(s, told.end)
    return told


def _between(places: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``places`` lies in [lo, hi)."""
    k = bisect.bisect_left(places, lo)
    return k < len(places) and places[k] < hi


def _spans_of(mentions: list[Mention]) -> SpanSet:
    return SpanSet([(m.start, m.end) for m in mentions])


# "the state's social media age verification law", "Iowa's illegal reentry law", "an age
# verification law that targets the adult entertainment industry": the words before "law"
# describe it. Only a state's rows, and only a state its sentence names.
_QUOTES = deferred(r"[“”\"]")
_PREDICATE = deferred(r"\b(?:law|statute|ban|as)\s")
# Words before "law" that say it is no state's law told by its topic ("the enforcement of
# federal immigration law"), as ``statedesc``'s ``_FEDERAL_MODS``
_NOT_A_STATES = deferred(r"\b(?:federal|national|congressional|nationwide)\s")
# A preposition among them: the determiner is another noun's ("the enforcement of …"): a
# later start may still hold a state's law
_ANOTHER_NOUNS = deferred(r"\b(?:of|for|to|with|from|by)\s")
PREMODIFIED = deferred(
    r"(?P<det>[Tt]h(?:e|at)\s+state['’]s|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s|[Aa]n?|[Tt]he)\s+"
    # ("the state’s abortion “trigger” ban": a word of it may stand in quotation marks)
    r"(?P<mod>(?:[“\"]?(?:[a-z][\w-]*|[A-Z]{2,3}|(?:19|20)\d\d)[”\"]?\s+){1,5}?)"
    r"(?:law|statute|ban)\b"
    r"(?P<clause>\s+(?:that|which)\s+[^.;:!?\n]{0,120})?"
)


def _state_laws_by_their_words(
    doc: Doc, taken: SpanSet | None, mentions: list[Mention]
) -> list[Mention]:
    """The state laws told by their topics' words before "law" in text that ``taken`` (the
    spans of ``mentions`` and those added since; made here when None) leaves free."""
    text = doc.text
    out: list[Mention] = []
    if not doc.hits("state_topic") or not doc.hits("state_row_name"):
        return out  # no long word of a state row's topics, or no state the table has rows of
    words = _state_topic_words()
    # a state the table has rows of named before "law", two of a state row's topic words
    # among the words before it, one of them a long one the anchor walk found (bisected),
    # else no regex
    topic_at = [t for t, _ in doc.hits("state_topic")]
    first_name = doc.hits("state_row_name")[0][1]
    # ("North Dakota's near-total abortion ban": a ban is told the same way)
    hits = [
        (h, he)
        for h, he in (*doc.hits("law"), *doc.hits("state_ban"))
        if first_name < h
        and _topic_before(topic_at, h)
        # (the head "ban" counts as one: "North Dakota's abortion ban")
        and len(words.intersection(_QUOTES.sub(" ", text[max(0, h - 60) : h].lower()).split()))
        + (text[h : h + 3] == BAN)
        >= 2
    ]
    for h, he in hits:
        for m in PREMODIFIED.finditer(text, max(0, h - 60), min(len(text), he + 130)):
            if m.start() >= h:
                break  # (past this "law": no later match holds it)
            if m.end("mod") != h:
                continue  # another "law" of the window
            if _PREDICATE.search(m.group("mod")):
                continue  # "the law as a “consumer protection” statute": a law called so
            if _NOT_A_STATES.search(m.group("mod")) or LAW_COMPOUND_AFTER().match(text, he):
                # "the enforcement of federal immigration law": a federal law; "local law
                # enforcement": no law
                break
            if _ANOTHER_NOUNS.search(m.group("mod")):
                continue  # (twenty-third session)
            s = m.start()
            if s and text[s - 1].isalnum():
                break  # inside a word
            end = m.end("clause") if m.group("clause") else m.end() - len(m.group("clause") or "")
            if m.group("clause"):
                stop = CLAUSE_END.search(text, m.end() - len(m.group("clause")), m.end())
                end = stop.start() if stop else m.end()
            if taken is None:
                taken = _spans_of(mentions)
            if taken.overlaps(s, end):
                break
            # the state its paragraph names shortly before ("The state of Mississippi
            # responded … In a filing, the state argues … the state's … law")
            para = text.rfind("\n", 0, s) + 1
            near = text[max(para, s - 300) : m.end("mod")]
            pool = tuple(
                law for name, rows in _state_rows().items() if name in near for law in rows
            )
            if not pool and m.group("det").lower().startswith("the state"):
                # "the state's … law": the one state (of the table's) the article named before
                named = [rows for name, rows in _state_rows().items() if name in text[:s]]
                pool = named[0] if len(named) == 1 else ()
            if not pool:
                break
            found = _one_law(
                _with_ban(
                    stems(m.group("mod") + " " + text[m.end("mod") : end]),
                    text[h:he],
                    m.group("mod") + " " + text[m.end("mod") : end],
                ),
                _of_year(pool, text, s, m.end("mod")),
                _age(m.group("mod")),
                text[s:end],
            )
            if found is None:
                break
            while end > s and text[end - 1] in " ,":
                end -= 1
            out.append(_mention(text, s, end, *found))
            taken.add(s, end)
            break  # (the one match that holds this "law")
    return out


# "Colorado’s ban on conversion therapy for minors", "Arkansas’ law banning gender-affirming
# care for minors", "Tennessee's law that bans …": a state's law or ban and what it does,
# after the state's possessive. Only that state's rows, and one of them only.
# ("Wyoming's prohibition on the use of medication to end pregnancy": a ban by another word)
BAN_ANCHOR = Anchor("state_ban", ("ban", "prohibition"), 0, 0, "word", "word")
_POSSESSED_AFTER = deferred(
    r"\s+(?:on|against|banning|barring|prohibiting|outlawing|restricting|requiring|"
    r"criminalizing|allowing|letting|giving|making|ending|limiting|blacklisting|creating|tying|"
    r"that|which)\s"
)
_PARTICIPLE = deferred(r",\s+[a-z]+ing\b")
_COORDINATED = deferred(r"\s+and\s+(?:its|their|the|a|an)\s")
_POSSESSOR = deferred(
    r"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s?\s+(?:(?:19|20)\d\d\s+)?"
    # ("Wyoming's trigger ban on abortion": up to two words of its own before the head)
    r"(?P<mod>(?:[a-z][\w-]*\s+){0,2})\Z"
)


def _possessed(
    doc: Doc, mentions: list[Mention], topic_at: list[int], names_end: list[int]
) -> list[Mention]:
    """The state laws told by their state's possessive and what they do, in text
    ``mentions`` leave free."""
    text = doc.text
    out: list[Mention] = []
    taken: SpanSet | None = None
    for h, e in (*doc.hits("law"), *doc.hits("state_ban")):
        # (the cheap tests first: a state's name just before, a long word of a state row's
        # topics near, a verb or "on" after the word)
        if not _named_before(names_end, h) or not _near(topic_at, h) or text[h - 1 : h] != " ":
            continue
        after = _POSSESSED_AFTER.match(text, e)
        if after is None:
            continue
        before = text[max(0, h - 40) : h]
        if "’" not in before and "'" not in before:
            continue
        p = _POSSESSOR.search(text, max(0, h - 40), h)
        if p is None:
            continue
        pool = _state_rows().get(p.group("state"), ())
        if not pool:
            continue
        s = p.start()
        end = _topic_end(text, after, e, joined=True)
        if taken is None:
            taken = _spans_of(mentions)
        if taken.overlaps(s, e):
            continue
        told = _law_told(text, s, e, end, pool, h, p.group("mod"))
        # (the clause may run on past another mention: only the words the topic shares
        # must be free)
        if told is None or taken.overlaps(s, told.end):
            continue
        out.append(told)
        taken.add(s, told.end)
    return out


# "the state's ban on abortions after six weeks" in a story about one state (or from a
# local outlet of one, ``statenames.state_of_article``): that state's law and what it does.
_THE_STATES = deferred(
    # ("that state's trigger-law ban on abortion": up to two words of its own before the head)
    r"(?<![\w-])[Tt]h(?:e|at)\s+state['’]s\s+(?P<mod>(?:[a-z][\w-]*\s+){0,2})\Z"
)


def _the_states(doc: Doc, mentions: list[Mention], topic_at: list[int]) -> list[Mention]:
    """The state laws told as "the state's law/ban" and what they do, in text ``mentions``
    leave free: the one row of the article's state (its text's state first, else its local
    outlet's) that the words fit; none when the article has no one state."""
    text = doc.text
    out: list[Mention] = []
    # where "state's" stands (two substring scans in C; most articles have none, and then no
    # hit of "law" is read one by one)
    owners = sorted(find_all(text, "state's") + find_all(text, "state’s"))
    if not owners:
        return out
    taken: SpanSet | None = None
    pool: tuple[DescribedLaw, ...] | None = None
    for h, e in (*doc.hits("law"), *doc.hits("state_ban")):
        # (the cheap tests first: "state's" within 30 characters before, a long word of a
        # state row's topics near, a verb or "on" after the word)
        k = bisect.bisect_left(owners, h - 30)
        if k == len(owners) or owners[k] >= h or not _near(topic_at, h):
            continue
        p = _THE_STATES.search(text, max(0, h - 30), h)
        after = _POSSESSED_AFTER.match(text, e) if p else None
        if p is None or after is None:
            continue
        s = p.start()
        # the one state its sentence names before it ("In Louisiana, a judge … blocked that
        # state's trigger-law ban on abortion" in a roundup of several states), else the
        # article's
        named = {n for n in _state_rows() if n in text[sentence_start(text, s) : s]}
        if len(named) > 1:
            continue
        if named:
            here = _state_rows()[named.pop()]
        else:
            if pool is None:
                pool = _state_rows().get(_article_state(doc) or "", ())
            here = pool
        if not here:
            continue
        end = _topic_end(text, after, e, joined=False)
        if taken is None:
            taken = _spans_of(mentions)
        if taken.overlaps(s, end):
            continue
        told = _law_told(text, s, e, end, here, h, p.group("mod"))
        if told is None:
            continue
        out.append(told)
        taken.add(s, told.end)
    return out


# A roundup's new law told as what the state now does: "The state will now require landlords
# to …", "California is also requiring gyms to …", "the state will ban …" (a change the news
# reports: "will", "is now/also", "now" before the verb; the present "the state requires" may
# tell any old law, and stays out)
_STATE_WILL = deferred(
    r"(?<![\w-])(?:(?:[Tt]he\s+state|(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+"
    r"(?:will\s+(?:now\s+|also\s+)?|is\s+(?:now\s+|also\s+)|now\s+)|"
    # "A new law also allows children to sue …": a new law told by what it does now
    r"[Aa]\s+new\s+(?:(?P<law_state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?law\s+"
    r"(?:also\s+|now\s+)?)"
    r"(?P<verb>require|requiring|requires|ban|banning|bans|prohibit|prohibiting|prohibits|"
    r"mandate|mandating|mandates|allow|allowing|allows|bar|barring|bars|cap|capping|caps|"
    r"lets)\b"
)


def _state_will(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The state laws a roundup tells as what the state will now do ("The state will now
    require employers to …", "A new law also allows …"), or as one of several measures its
    sentence names ("Several new California measures …, including one requiring … and
    another allowing …"), in text ``mentions`` leave free: the one row of that state (the
    state the clause names, else its roundup's header line, else the one state named just
    before, else the article's) whose topics the clause's words fit, two words at least
    (``_one_law``)."""
    text = doc.text
    hits: list[re.Match[str]] = []
    if (
        "state will " in text
        or "state is " in text
        or " will now " in text
        or "new law " in text
        or " law also " in text
    ):
        hits.extend(_STATE_WILL.finditer(text))
    if "one " in text or "another " in text:
        for e in _ELLIPTIC.finditer(text):
            # (only after a plural of laws in its own sentence: "measures …, including one")
            if _LAWS_BEFORE.search(
                text, max(sentence_start(text, e.start()), e.start() - 300), e.start()
            ):
                hits.append(e)
    if not hits:
        return []  # (a few scans in C: most articles tell no such clause)
    out: list[Mention] = []
    taken: SpanSet | None = None
    starts: list[int] = []
    for a in sorted(hits, key=lambda h: h.start()):
        groups = a.groupdict()
        state = groups.get("state") or groups.get("law_state")
        if state is not None and state not in state_names():
            continue  # "Congress will now require …", "Smith will ban …": no state's law
        if taken is None:
            taken = _spans_of(mentions)
            starts = sorted(m.start for m in mentions)
        s = a.start()
        end = _clause_before_mention(text, a.end(), starts)
        if (nxt := _NEXT_ONE.search(text, a.end(), end)) is not None:
            end = nxt.start()  # "… one requiring X and another allowing Y": two laws
        if taken.overlaps(s, end) or federal_sentence(text, sentence_start(text, s), end):
            continue
        if "law_state" not in groups:  # (an ``_ELLIPTIC`` hit)
            named = _LAWS_BEFORE.search(
                text, max(sentence_start(text, s), s - 300), s
            )  # ("new California measures": the state before the plural)
            told = state_re().search(named.group(0)) if named is not None else None
            state = told.group("state") if told is not None else None
        where = state or header_state(text, s) or _one_state_before(text, s)
        where = where or _article_state(doc) or ""
        pool = _state_rows().get(where, ())
        if not pool:
            continue
        words = _with_ban(stems(text[a.end() : end]), a.group("verb"), text[a.end() : end])
        found = _one_law(words, _of_year(pool, text, s, a.end()), 0, text[a.end() : end])
        if found is None:
            continue
        out.append(_mention(text, s, end, *found))
        taken.add(s, end)
        bisect.insort(starts, s)
    return out


# "including one requiring …", "and another allowing …": one of the laws its sentence has
# just named in the plural
_ELLIPTIC = deferred(
    r"(?<![\w-])(?:one|another)\s+(?P<verb>requiring|allowing|banning|prohibiting|barring|"
    r"letting|making|mandating|capping|limiting|restricting)\b"
)
_LAWS_BEFORE = deferred(
    r"(?:(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:[a-z-]+\s+){0,2})?"
    r"(?:laws|measures|bills|statutes)\b"
)
_NEXT_ONE = deferred(r",?\s+and\s+(?:another|one)\s")


_STATE_REACH = 700


def _one_state_before(text: str, at: int) -> str | None:
    """The one state the text names in the ``_STATE_REACH`` characters before ``at`` (a
    roundup's paragraph on California's new laws, told before its "A new law also …"), or
    None where it names none or two."""
    named = {m.group("state") for m in state_re().finditer(text, max(0, at - _STATE_REACH), at)}
    named &= set(_state_rows())
    return named.pop() if len(named) == 1 else None


# A state's law told by the year it was enacted, with no clause after it: "Georgia's 2019
# abortion law", "the state's 2018 law", "a 2021 Texas law", "the 1864 ban" (up to three words
# of its own between the year and the head).
_DATED_MOD = r"(?P<mod>(?:[a-z][\w-]*\s+){0,3})\Z"
# (a year, or an age the article's date turns into one: "a 160-year-old law", "a
# century-old state law")
_WHEN = r"(?:(?P<year>(?:18|19|20)\d\d)|(?P<age>\d{2,3})-year-old|(?P<century>century)-old)"
_DATED_OWNER = deferred(
    r"(?:(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s?|(?<![\w-])[Tt]he\s+state['’]s)\s+"
    rf"{_WHEN}\s+{_DATED_MOD}"
)
_DATED_BEFORE = deferred(
    # ("a controversial 2023 Texas immigration law": a word of how it stands before the year)
    rf"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+"
    r"(?:(?:new|strict|controversial|contested|sweeping|so-called|landmark)\s+)?"
    rf"{_WHEN}\s+"
    rf"(?:(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?{_DATED_MOD}"
)
_DATED_YEAR = deferred(r"(?:1[89]|20)\d\d\s|\d-year-old\s|century-old\s")
# (twenty-third session) an age no younger than this is told of a law of an undated article
# too, counted from the years 2000–2026: few laws of one state that old are in the table
_OLD_AGE = 50
# a verb of banning right after an aged law's head: "a 160-year-old law bans the practice"
_BANS_AFTER = deferred(
    r",?\s+(?:(?:that|which)\s+)?(?:bans|banned|banning|outlaws|outlawed|prohibits|prohibited|"
    r"forbids|forbade|forbidding|criminalizes|criminalized)\b"
)
# words that say how a law stands, not what it does ("the state's 2019 controversial law")
_DATED_PLAIN = frozenset(
    {"new", "strict", "controversial", "contested", "sweeping", "so-called", "original", "state"}
)


def _dated(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The state laws told by the year they were enacted, in text ``mentions`` leave free:
    the one row of that state and year whose topics the phrase's own words, or its sentence,
    share a word with ("Georgia's 2019 abortion law was reinstated" → the LIFE
    Act, H.B. 481). The state is the one printed; for "the state's" and a bare "the 2019
    law", the one state its sentence names before it, else the article's. A bare year with
    no state printed needs two shared words; a year with no row of that state links nothing
    (the table does not know the law)."""
    text = doc.text
    out: list[Mention] = []
    taken: SpanSet | None = None
    for h, e in (*doc.hits("law"), *doc.hits("state_ban")):
        if text[h - 1 : h] != " " or text[e : e + 1] == "-" or text[e : e + 2] in ("’s", "'s"):
            continue
        if not _DATED_YEAR.search(text, max(0, h - 40), h):
            continue  # (no year just before: the cheap test first)
        p = _DATED_OWNER.search(text, max(0, h - 60), h)
        bare = False
        if p is None:
            p = _DATED_BEFORE.search(text, max(0, h - 60), h)
            bare = p is not None and p.group("state") is None
        if p is None:
            continue
        mod = p.group("mod")
        if any(w in _DATED_PLAIN for w in mod.split()) and len(mod.split()) == 1:
            mod = ""
        s = p.start()
        if BLOCK_BEFORE.search(text, max(0, s - 40), s):
            continue
        a = sentence_start(text, s)
        if p.group("state") is None and federal_sentence(text, a, h):
            # (a state printed in the phrase is its law's, even where a federal court blocks
            # it: "a federal appeals court blocked a 2023 Texas immigration law")
            continue
        state = _state_told(doc, p.group("state"), a, s)
        if state is None:
            continue
        if p.group("year"):
            years = {int(p.group("year"))}
        else:
            years = _years_of_age(p.group("age"))
            if not years:
                continue  # an age with no date to count it from
        pool = tuple(law for law in _state_rows().get(state, ()) if law.year in years)
        if not pool:
            continue
        year = pool[0].year
        if taken is None:
            taken = _spans_of(mentions)
        if taken.overlaps(s, e):
            continue
        # the phrase's own words, else its sentence's ("The court heard a challenge to a 2019
        # Colorado law." tells nothing of what the law does: the next sentence is not read)
        b = text.find(". ", e)
        own = _with_ban(stems(mod), text[h:e], mod)
        context = own | _with_ban(stems(text[a : len(text) if b < 0 else b]), "", text[a:e])
        need = 2 if bare else 1
        scores = sorted(
            (
                (
                    max(len(own & st) for _, st in law.topics),
                    max(len(context & st) for _, st in law.topics),
                ),
                i,
            )
            for i, law in enumerate(pool)
        )
        (best, i) = scores[-1]
        if best[1] < need or (len(scores) > 1 and scores[-2][0] == best):
            if p.group("year"):
                continue
            # (twenty-third session) a law's first mention by its age: "… asks the Ohio Supreme
            # Court to decide whether a 160-year-old law bans the practice" told what the
            # practice is a sentence before. The age fits few of the state's laws; the
            # sentences beside it, and a verb of banning after it, tell which (two words
            # shared, and one row ahead of the rest)
            context |= _aged_context(text, a, e)
            scores = sorted(
                (
                    (
                        max(len(own & st) for _, st in law.topics),
                        max(len(context & st) for _, st in law.topics),
                    ),
                    i,
                )
                for i, law in enumerate(pool)
            )
            (best, i) = scores[-1]
            if best[1] < 2 or (len(scores) > 1 and scores[-2][0] == best):
                continue
        if mod.strip() and best[0] == 0:
            continue  # the words it prints tell another subject ("Texas's 2021 voting law")
        law = pool[i]
        topic = max(law.topics, key=lambda t: len(context & t[1]))[0]
        out.append(
            _table_law(
                text,
                s,
                e,
                law,
                f"the {state} law of {year} the table knows, told by its year (“{topic}”)",
            )
        )
        taken.add(s, e)
    return out


def _years_of_age(age: str | None) -> set[int]:
    """The years a law "AGE-year-old" (``age`` None: "century-old") may have been enacted in,
    counted from the article's year; an undated article's only for an old age (from the years
    2000–2026), else none."""
    now = _ARTICLE_YEAR.get()
    n = int(age) if age else 0
    if now is None:
        if age is None:
            return set(range(2000 - 150, 2026 - 90 + 1))
        if n < _OLD_AGE:
            return set()
        return set(range(2000 - n - 1, 2026 - n + 1))
    if age is None:
        # ("century-old": about a hundred years, as ``agedbacks`` reads it)
        return set(range(now - 150, now - 90 + 1))
    # (a law enacted in 1864 is "160-year-old" through 2024 and 2025)
    return {now - n, now - n - 1}


def _aged_context(text: str, a: int, e: int) -> set[str]:
    """The words of the sentences beside an aged law's (``a``: its sentence's start, ``e``:
    its head's end), and "ban" for a verb of banning right after its head."""
    lo = sentence_start(text, a - 2) if a > 1 else 0
    end = text.find(". ", e)
    nxt = text.find(". ", end + 2) if end >= 0 else -1
    hi = len(text) if nxt < 0 else nxt
    words = stems(text[lo:hi])
    return words | {BAN} if _BANS_AFTER.match(text, e) else words


# A state's law told by its subject's word alone, before the head: "the state's strict new
# abortion law", "Florida's social media ban" (up to three words of its own, no year, nothing
# after it that tells more). The subject and head may stand in quotation marks, as news sets
# off a law's nickname: 'the state's "trigger law,"' (dev10: a closing mark must follow the head).
_TOPIC_OWNER = deferred(
    r"(?:(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s?|(?<![\w-])[Tt]he\s+state['’]s)\s+"
    r"(?P<quote>[\"“])?(?P<mod>(?:[a-z][\w-]*\s+){1,3})\Z"
)
# the closing mark after a quoted head ("trigger law,” or "trigger law”")
_QUOTE_CLOSE = deferred(r",?[\"”]")


def _by_topic_word(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The state laws told by their state and their subject's words before the head, in text
    ``mentions`` leave free: the one row of that state, enacted by the article's year, whose
    topic holds every word of the subject ("the state's strict new abortion law" in a 2022
    Florida story: the 15-week ban, the six-week ban being of 2023); none when two rows hold
    them (then "new" picks the latest, if of another year)."""
    text = doc.text
    out: list[Mention] = []
    taken: SpanSet | None = None
    now = _ARTICLE_YEAR.get()
    for h, e in (*doc.hits("law"), *doc.hits("state_ban")):
        if text[h - 1 : h] != " " or text[e : e + 1] == "-" or text[e : e + 2] in ("’s", "'s"):
            continue
        before = text[max(0, h - 48) : h]
        if "’s" not in before and "'s" not in before:
            continue  # (no possessive just before: the cheap test first)
        p = _TOPIC_OWNER.search(text, max(0, h - 60), h)
        if p is None:
            continue
        words = [w for w in p.group("mod").split() if w not in _DATED_PLAIN]
        subject = " ".join(words)
        content = stems(subject) | (_short_words(subject) - {BAN})
        if not content:
            continue
        s = p.start()
        if p.group("quote"):
            close = _QUOTE_CLOSE.match(text, e)
            if close is None:
                continue  # a quotation that goes on past the head: more than a nickname
            e = close.end()
        a = sentence_start(text, s)
        if p.group("state") is None and federal_sentence(text, a, h):
            # (a state printed in the phrase is its law's, even where a federal court blocks
            # it: "a federal appeals court blocked a 2023 Texas immigration law")
            continue
        state = _state_told(doc, p.group("state"), a, s)
        if state is None:
            continue
        pool = [
            law
            for law in _state_rows().get(state, ())
            if now is None or law.year is None or law.year <= now
        ]
        fits = [law for law in pool if any(content <= st for _, st in law.topics)]
        if len(fits) > 1 and now is not None and _age(p.group("mod")) > 0:
            latest = max((law.year or 0) for law in fits)
            fits = [law for law in fits if law.year == latest]
        if len(fits) != 1:
            continue
        if taken is None:
            taken = _spans_of(mentions)
        if taken.overlaps(s, e):
            continue
        law = fits[0]
        topic = next(t for t, st in law.topics if content <= st)
        out.append(
            _table_law(
                text, s, e, law, f"the one {state} law the table knows on “{subject}” (“{topic}”)"
            )
        )
        taken.add(s, e)
    return out


# A sentence of a roundup's paragraph that turns to one state by opening "In STATE," ("In
# Kentucky, a judge blocked that state's ban …"): the sentences after it in that paragraph
# speak of that state until another is named.
_IN_STATE = deferred(r"(?:^|(?<=[.!?]\s)|(?<=\n))In\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),")


def _state_told(doc: Doc, printed: str | None, a: int, s: int) -> str | None:
    """The state of a law told at ``s`` in the sentence from ``a``: the one printed with it,
    else the one the sentence names before it (none when it names two), else the one an
    earlier sentence of its paragraph turned to ("In Kentucky, …") with no other state named
    since, else the article's."""
    state = printed
    if state is None:
        named = {n for n in _state_rows() if n in doc.text[a:s]}
        if len(named) > 1:
            return None
        state = named.pop() if named else _paragraph_state(doc.text, a, s) or _article_state(doc)
    return state if state is not None and state in state_names() else None


def _paragraph_state(text: str, a: int, s: int) -> str | None:
    """The state the last "In STATE," sentence of the paragraph before ``a`` turned to, when
    no other state is named between it and ``s``."""
    p = text.rfind("\n", 0, a) + 1
    last = None
    for m in _IN_STATE.finditer(text, p, a):
        last = m
    if last is None or last.group("state") not in _state_rows():
        return None
    state = last.group("state")
    between = text[last.end() : s]
    if any(n != state and n in between for n in _state_rows()):
        return None
    return state


def _article_state(doc: Doc) -> str | None:
    """The state the article is about (its text's, else its local outlet's), asked once."""
    return doc.memo("state_of_article", lambda: state_of_article(doc.text)[0])


_WORD = deferred(r"[A-Za-z][A-Za-z-]*")


def _topic_end(text: str, after: re.Match[str], e: int, joined: bool) -> int:
    """Where the topic words after a state law's head end: its clause's end, or before a
    participle after a comma (", marking a victory for …": another clause), or with
    ``joined`` before a second law joined to the first ("… ban on abortion and its
    prohibition on …"); no comma or space kept, never before ``e``."""
    end = _clause_end(text, after)
    then = _PARTICIPLE.search(text, after.start(), end)
    end = then.start() if then else end
    if joined:
        then = _COORDINATED.search(text, after.start(), end)
        end = then.start() if then else end
    while end > e and text[end - 1] in " ,":
        end -= 1
    return end


def _clause_end(text: str, after: re.Match[str]) -> int:
    """Where the clause that ``after`` ("… on", "… against") opens ends: a clause break, or
    ``MAX_CLAUSE`` characters past it."""
    limit = min(len(text), after.end() + MAX_CLAUSE)
    stop = CLAUSE_END.search(text, after.start(), limit)
    return stop.start() if stop else limit


def _law_told(
    text: str, s: int, e: int, end: int, pool: tuple[DescribedLaw, ...], h: int, mod: str = ""
) -> Mention | None:
    """The one row of ``pool`` (of its year, when one is given) whose topic the words between
    ``e`` and ``end`` fit, as a mention from ``s``; None when none or several fit. The mention
    ends on the last word the topic shares ("Colorado’s ban on conversion therapy for minors
    forces her …" ends on "minors")."""
    words = _with_ban(stems(mod + " " + text[e:end]), text[h:e], mod + " " + text[e:end])
    found = _one_law(words, _of_year(pool, text, s, h), _age(text[s:h]), text[s:end])
    if found is None:
        return None
    return _mention(text, s, _last_shared(text, e, end, found[1]), *found)


def _last_shared(text: str, e: int, end: int, topic_phrase: str) -> int:
    """Where the last word of ``text[e:end]`` that ``topic_phrase`` shares ends (``end`` when
    none does): a described law's mention ends on what its topic names ("… for minors
    forces her …" ends on "minors")."""
    topic = stems(topic_phrase)
    return max(
        (w.end() for w in _WORD.finditer(text, e, end) if stems(w.group(0)) & topic),
        default=end,
    )


# How near a long word of a state row's topics (``STATE_TOPIC_ANCHOR``) must stand to a law
# told by its state for the law to be read (about a sentence each way).
NEAR_TOPIC = 250


def _topic_before(topic_at: list[int], h: int) -> bool:
    """Whether a long topic word starts within 60 characters before ``h``."""
    k = bisect.bisect_left(topic_at, h - 60)
    return k < len(topic_at) and topic_at[k] < h


def _named_before(names_end: list[int], h: int) -> bool:
    """Whether a state's name (of the table's) ends within 40 characters before ``h``."""
    k = bisect.bisect_left(names_end, h - 40)
    return k < len(names_end) and names_end[k] < h


def _near(topic_at: list[int], h: int) -> bool:
    k = bisect.bisect_left(topic_at, h - NEAR_TOPIC)
    return k < len(topic_at) and topic_at[k] <= h + NEAR_TOPIC


# "Tennessee Gov. Bill Lee signed into law a total ban on gender-affirming health care for
# transgender children": a ban its sentence's state enacted, told by what it bans.
_BAN_BEFORE = deferred(
    r"(?<![\w-])[Aa]n?\s+(?:(?:new|total|near-total|sweeping|statewide|(?:19|20)\d\d)\s+)?\Z"
)
_BAN_AFTER = deferred(r"\s+(?:on|against)\s")


# "… the 1849 law does not impose a ban on abortion", "the measure amounts to a ban on …",
# "it is not a ban on …": what a law does or is, said of it (a predicate), no law of its own
# (twenty-eighth session, census41 P2); never "there is a ban on …"
_PREDICATE_BEFORE = deferred(
    # ("Texas imposed a ban on …" is the state enacting one: only a law that imposes none,
    # or a law as the subject, "the statute imposes a ban on …")
    r"(?:(?:(?<![\w-])(?:not|never|law|statute|act|measure|bill|it)|n['’]t)\s+impos(?:e|es|ed|ing)|"
    r"(?<![\w-])(?:amount(?:s|ed|ing)?\s+to|constitut(?:e|es|ed|ing)|"
    r"(?<!there\s)(?<!There\s)(?:is|was|are|were|be|been|being|become|becomes|became)))"
    r"(?:\s+(?:not|effectively|essentially|really|simply|merely|just|in\s+effect|de\s+facto))*"
    r"\s+\Z"
)


def in_predicate(text: str, s: int) -> bool:
    """Whether the phrase at ``s`` stands after a verb that predicates it of a subject
    ("… does not impose a ban on …", "… is effectively a ban on …")."""
    return _PREDICATE_BEFORE.search(text, max(0, s - 40), s) is not None


def _ban_of_sentence_state(doc: Doc, mentions: list[Mention], topic_at: list[int]) -> list[Mention]:
    """ "a (total) ban on …" in text ``mentions`` leave free, whose sentence names before it
    a state the table has rows of: the one row of those states its words fit."""
    text = doc.text
    out: list[Mention] = []
    taken: SpanSet | None = None
    for h, e in doc.hits("state_ban"):
        if not _near(topic_at, h):
            continue
        after = _BAN_AFTER.match(text, e)
        p = _BAN_BEFORE.search(text, max(0, h - 20), h) if after else None
        if after is None or p is None:
            continue
        s = p.start()
        if in_predicate(text, s):
            continue
        a = sentence_start(text, s)
        pool = _rows_named_in(text[a:s])
        if not pool:
            continue
        if taken is None:
            taken = _spans_of(mentions)
        told = _told_once(text, s, e, after, pool, h, taken)
        if told is not None:
            out.append(told)
    return out


# "West Virginia Gov. Jim Justice signed a bill banning gender-affirming care for minors",
# "A Louisiana bill banning … will become law after lawmakers overrode the veto": a bill its
# sentence's state (or the state before it) enacted, told by what it does. A bill is often a
# proposal: only in a sentence that says it was signed, enacted or is law now.


def _bills_banning(text: str) -> list[tuple[int, int]]:
    """Where the words "bill" and "measure" stand followed by what a ban says ("a bill banning
    …", "the measure that bars …"): ``str.find`` of " bill " and " measure " and one anchored
    match each (no regex over the whole text)."""
    out: list[tuple[int, int]] = []
    for word in (" bill ", " measure "):
        i = text.find(word)
        while i >= 0:
            e = i + len(word) - 1
            if _BILL_AFTER.match(text, e):
                out.append((i + 1, e))
            i = text.find(word, e)
    if len(out) > 1:
        out.sort()
    return out


_BILL_BEFORE = deferred(
    r"(?<![\w-])[Aa]n?\s+(?:(?:new|sweeping)\s+)?"
    r"(?:(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?\Z"
)
_BILL_AFTER = deferred(
    r"\s+(?:banning|barring|prohibiting|outlawing|requiring|criminalizing|"
    r"that\s+(?:bans|bars|prohibits|outlaws|requires|criminalizes))\s"
)
_ENACTED = deferred(
    r"\b(?:signed|signs|enacted|overrode|overrid(?:e|den)|overturned|became\s+law|"
    r"become\s+law|took\s+effect|takes\s+effect|went\s+into\s+effect|blocked|struck\s+down|"
    r"upheld)\b"
)


def _bill_of_sentence_state(
    doc: Doc, mentions: list[Mention], topic_at: list[int]
) -> list[Mention]:
    """ "a (STATE) bill banning …" in text ``mentions`` leave free, in a sentence that says
    the bill was enacted: the one row of the state before "bill" (else of the states the
    sentence names before it) its words fit."""
    text = doc.text
    out: list[Mention] = []
    taken: SpanSet | None = None
    for h, e in _bills_banning(text):
        if not _near(topic_at, h):
            continue
        after = _BILL_AFTER.match(text, e)
        p = _BILL_BEFORE.search(text, max(0, h - 40), h) if after else None
        if after is None or p is None:
            continue
        s = p.start()
        a = sentence_start(text, s)
        stop = text.find(". ", e)
        sentence = text[a : len(text) if stop < 0 else stop]
        if not _ENACTED.search(sentence):
            continue
        state = p.group("state")
        pool = _state_rows().get(state, ()) if state is not None else _rows_named_in(text[a:s])
        if not pool:
            continue
        if taken is None:
            taken = _spans_of(mentions)
        told = _told_once(text, s, e, after, pool, h, taken)
        if told is not None:
            out.append(told)
    return out


# "a 2019 Colorado law", "a similar Kentucky law": a state's law with no words of its own;
# its sentence tells which of the state's rows it is ("the Texas law" refers back: see
# ``staterefs`` and the anaphora pass).
_STATE_LAW = deferred(
    r"(?<![\w-])[Aa]n?\s+(?:(?:similar|new|recent|(?:19|20)\d\d)\s+)?"
    r"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+\Z"
)


def _in_context(
    doc: Doc, mentions: list[Mention], topic_at: list[int], names_end: list[int]
) -> list[Mention]:
    """The state laws told by their state and the words of their sentence, in text
    ``mentions`` leave free: the one row of that state (of the year printed) the sentence's
    words fit."""
    text = doc.text
    out: list[Mention] = []
    taken: SpanSet | None = None
    for h, e in (*doc.hits("law"), *doc.hits("state_ban")):
        # (the cheap tests first: a state's name just before, a long word of a state row's
        # topics near)
        if not _named_before(names_end, h) or not _near(topic_at, h):
            continue
        j = text.rfind(" ", max(0, h - 16), h - 1)
        if j < 0 or not text[j + 1 : j + 2].isupper() or text[h - 1 : h] != " ":
            continue
        p = _STATE_LAW.search(text, max(0, h - 40), h)
        if p is None:
            continue
        pool = _state_rows().get(p.group("state"), ())
        if not pool:
            continue
        s = p.start()
        if taken is None:
            taken = _spans_of(mentions)
        if taken.overlaps(s, e):
            continue
        a = sentence_start(text, s)
        # (the sentence ends at ". " or at the paragraph's end, whichever comes first)
        b = text.find(". ", e)
        b = len(text) if b < 0 else b
        nl = text.find("\n", e, b)
        b = b if nl < 0 else nl
        found = _one_law(stems(text[a:b]), _of_year(pool, text, s, h), _age(text[s:h]))
        if found is None:
            continue
        out.append(_mention(text, s, e, *found))
        taken.add(s, e)
    return out


_COMMON_LONG = frozenset(
    {
        *("industry", "material", "illegally", "immigrants", "migrants", "parental"),
        *("platforms", "previously", "visitors", "websites", "treatments", "deported"),
        *("deportation",),
        # (common in any news: each row that lists one has a rarer long word too)
        *("election", "firearms", "officials", "policies", "overturned", "regulatory"),
        *("division", "buildings", "changing", "performing", "disclosure"),
        *("regulate", "restrict", "prohibition", "settings", "medication"),
    }
)
# Shorter topic words that tell a state law's subject as well as a long one does
# ("Maryland’s ban on assault weapons", "the state's trigger ban")
_SHORT_TOPIC = frozenset({"assault", "trigger", "drag", "bail", "voter"})


# The long words of the state rows' topics ("verification", "reentered"): one of them in
# the text (found by the merged anchor pass) is needed before any "law" is read for them.
def _state_topic_phrases() -> tuple[tuple[str, str], ...]:
    """(authority, topic phrase) of every state law the two tables describe: what the anchors
    below need, read without stemming every phrase (``_laws`` does that on first use, so a
    scan that never reads a described law never pays for it)."""
    with (DATA / "act_topics.csv").open(encoding="utf-8", newline="") as f:
        rows = [(r["authority"], r["topics"]) for r in csv.DictReader(f)]
    rows += [(r["authority"], r["topics"]) for r in read_rows("state_acts.csv") if r.get("topics")]
    return tuple(
        (a, t) for a, field in rows if a.startswith("state:") for t in field.split("|") if t.strip()
    )


_PHRASES = _state_topic_phrases()
STATE_TOPIC_ANCHOR = Anchor(
    "state_topic",
    tuple(
        sorted(
            {
                w
                for _, t in _PHRASES
                for w in t.lower().split()
                if (len(w) >= 8 and w not in _COMMON_LONG) or w in _SHORT_TOPIC
            }
        )
    ),
    0,
    0,
)
# The names of the states the topic rows are of ("Colorado", "New York"): where they stand,
# from the anchor walk, so that a state's law is read only right after its state's name.
STATE_NAME_ANCHOR = Anchor(
    "state_row_name",
    tuple(sorted({courts.states()[a.split(":")[1].upper()].name for a, _ in _PHRASES})),
    0,
    0,
    "word",
    "",
)
PASS = Pass(
    name="described_laws",
    emits=("statute",),
    anchors=(LAW_ANCHOR, STATE_TOPIC_ANCHOR, BAN_ANCHOR, STATE_NAME_ANCHOR),
    run=attach,
    gated=True,
)


# (for ``statedesc``, which tells a state's law by the same rows)
state_rows = _state_rows
federal_laws = _federal_laws
short_words = _short_words
one_law = _one_law
of_year = _of_year
law_age = _age
with_ban = _with_ban
told_as_replaced = _told_as_replaced


# "a Kentucky regulation that provides reduced in-state tuition …", "a state agency rule that
# would ban the practice of conversion therapy", "the new Ohio rule requiring …": a state
# agency's regulation told by what it does. Only the rows of ``state_acts.csv`` whose id is a
# section of the state's administrative code (``is_state_regulation``) are read, of the state
# named before the head word, else (for "a state rule", "a state agency rule") of the state
# the article is about; never a federal rule, never another state's.
_REGULATION = deferred(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:(?:new|proposed|emergency|final|similar|recent)\s+)?"
    r"(?:(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:state\s+)?|(?P<of_state>state\s+))"
    r"(?:(?:agency|board|administrative|licensing)\s+)?(?:regulation|rule)" + _TAIL
)
# what opens the search: the head word and the clause's first word after it
_REGULATION_HEAD = deferred(
    r"\b(?:regulation|rule)\s+(?:that|which|to|requiring|providing|"
    r"allowing|banning|barring|prohibiting|limiting|governing|letting|making|mandating)\b"
)


# the sentence's own verb after a regulation's clause: a form of "be" not opening a relative
# clause ("that is", "which was" stay)
_MAIN_VERB = deferred(r"(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s+(?:was|were|is|are)\b")


@cache
def _state_regulation_rows() -> dict[str, tuple[DescribedLaw, ...]]:
    """The state rows that are agency regulations, by the state's name."""
    return {
        name: regs
        for name, rows in _state_rows().items()
        if (regs := tuple(law for law in rows if is_state_regulation(law.authority)))
    }


@cache
def _regulation_aliases() -> tuple[tuple[str, str, str], ...]:
    """(alias as printed, the state's name, id) of the regulation rows' aliases that end on
    "regulation" or "rule" ("RGGI regulation")."""
    out = []
    for r in read_rows("state_acts.csv"):
        if not is_state_regulation(r["authority"]):
            continue
        for alias in filter(None, (a.strip() for a in r.get("aliases", "").split("|"))):
            if alias.endswith((" regulation", " rule")):
                out.append((alias, r["state"], r["authority"]))
    return tuple(out)


def _named_regulations(doc: Doc, taken: SpanSet) -> list[Mention]:
    """ "the RGGI regulation": a regulation row's alias, in an article that names the row's
    state (never a name alone: another state may call its own rule so)."""
    text = doc.text
    out: list[Mention] = []
    for alias, state, authority in _regulation_aliases():
        at = text.find(alias)
        if at < 0 or state not in text:
            continue
        law = next(x for x in _state_regulation_rows().get(state, ()) if x.authority == authority)
        while at >= 0:
            e = at + len(alias)
            if not taken.overlaps(at, e) and not text[e : e + 1].isalnum():
                out.append(_table_law(text, at, e, law, f"named as a regulation of {state}"))
                taken.add(at, e)
            at = text.find(alias, e)
    return out


def _state_regulations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The state agencies' regulations told by what they do, in text ``mentions`` leave
    free: the one regulation row of the state (named before the head, else the article's)
    whose topic shares two words at least with the clause after it; and those named by an
    alias of their row (``_named_regulations``)."""
    text = doc.text
    if "regulation" not in text and "rule " not in text:
        return []
    rows = _state_regulation_rows()
    taken: SpanSet | None = None
    out: list[Mention] = []
    if any(alias in text for alias, _, _ in _regulation_aliases()):
        taken = _spans_of(mentions)
        out = _named_regulations(doc, taken)
        taken = None
    starts: list[int] = []
    for h in _REGULATION_HEAD.finditer(text):
        a = _REGULATION.search(text, max(0, h.start() - 60), h.end() + 40)
        if a is None or not a.start() < h.start() < a.end():
            continue
        if taken is None:
            taken = _spans_of([*mentions, *out])
            starts = sorted(m.start for m in mentions)
        s = a.start()
        if taken.overlaps(s, a.end()):
            continue
        state = a.group("state")
        if state is not None and state not in state_names():
            continue  # ("a Commission rule that …": no state's)
        if state is None:
            # ("a state agency rule": the one state named just before, else the article's)
            if federal_sentence(text, sentence_start(text, s), a.end()):
                continue
            state = _one_state_before(text, s) or _article_state(doc)
        pool = rows.get(state or "", ())
        if not pool:
            continue
        end = _clause_before_mention(text, a.end(), starts)
        # ("… rule that would ban the practice of conversion therapy was unconstitutional":
        # the clause ends before the sentence's own verb)
        verb = _MAIN_VERB.search(text, a.end(), end)
        end = verb.start() if verb is not None else end
        words = stems(text[a.end() : end]) | (_short_words(text[a.end() : end]) - {BAN})
        found = _one_law(words, pool, _age(a.group(0)), text[a.end() : end])
        if found is None:
            continue
        out.append(_mention(text, s, end, *found))
        taken.add(s, end)
    return out


# A headline's "Supreme Court Upholds Tennessee’s Ban on Gender-Affirming Care for Minors",
# "Judge Blocks Ohio Law Banning Gender-Affirming Care": a state's law told in title case, its
# words read as a description's are (the state's rows only, one of them only)
_TITLE_WORD = r"(?:[A-Z][\w’'-]*|for|of|on|to|and|in|the|a|an|at|by)"
_TITLE_CASED = deferred(
    r"(?<![\w-])(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s?)?\s+(?P<head>Ban|Law)\s+"
    r"(?:On|on|Banning|Barring|Prohibiting|Restricting|Against|Requiring|Mandating|Limiting|"
    rf"Ending|Allowing|Criminalizing)\s+(?P<words>[A-Z][\w’'-]*"
    rf"(?:\s+{_TITLE_WORD}){{0,8}}?)(?=\s*(?:$|\n|[.:;,!?|]|\s+[-–—]\s))",
    re.MULTILINE,
)


def _title_cased(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The state laws a headline tells in title case ("Tennessee’s Ban on Gender-Affirming
    Care for Minors"), in text ``mentions`` leave free: the one row of that state whose topic
    the words fit, two words at least, as for "Tennessee's ban on gender-affirming care"."""
    text = doc.text
    if " Ban " not in text and " Law " not in text:
        return []
    out: list[Mention] = []
    taken: SpanSet | None = None
    for p in _TITLE_CASED.finditer(text):
        state, s, e = p.group("state"), p.start(), p.end()
        if state not in _state_rows() and " " in state:
            # ("Upholds Tennessee’s Ban …": a headline's verb before a one-word state)
            state = state.split()[1]
            s = p.start("state") + p.group("state").index(state)
        pool = _state_rows().get(state, ())
        if not pool:
            continue
        if taken is None:
            taken = _spans_of(mentions)
        if taken.overlaps(s, e):
            continue
        phrase = p.group("words").lower()
        words = _with_ban(stems(phrase), p.group("head"), phrase)
        found = _one_law(words, pool, 0, phrase)
        if found is None:
            continue
        out.append(_mention(text, s, e, *found))
        taken.add(s, e)
    return out
