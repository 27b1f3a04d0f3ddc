"""A multi-pattern phrase matcher (Aho–Corasick) with word boundaries and case rules.

Thousands of names are matched in one pass over the text. Matching is case-insensitive,
but a capitalised word in the phrase must be capitalised in the text ("the Riot Act" is not
"the riot act"; but a capital after a hyphen, "Anti-stalling", and an act's last word after
two capitalised words, "the Budget Freeze act", may be lower case), and an all-capitals
abbreviation ("INA", "ACA") must match exactly.

The passes' phrase tables (acts, cases, rules, clauses, orders) also share **one** automaton,
the bank: ``matcher.hits_in(doc)`` walks the article once for all of them and keeps every
table's hits in the ``Doc``, instead of one walk per table.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, Protocol, TypeVar

import ahocorasick

from ..models import quick_init
from .lazyre import deferred

T = TypeVar("T")
F = TypeVar("F", bound=Callable[[], object])


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=64)
def normalise_quotes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


_fold = fold.__wrapped__
_normalise_quotes = normalise_quotes.__wrapped__


def folded_word(word: str) -> str:
    """``fold(normalise_quotes(word))``, the key a word has in the walk's automaton, without
    the caches (made for a table's words: many short strings, each asked once)."""
    return _fold(_normalise_quotes(word))


def _is_abbrev(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in phrase.strip()


@quick_init  # (an article's walk makes a dozen or so)
@dataclass(frozen=True)
class Hit(Generic[T]):
    start: int
    end: int
    phrase: str
    payload: T


class _Memo(Protocol):
    @property
    def text(self) -> str: ...

    def memo(self, key: str, make: Any) -> Any: ...


class PhraseMatcher(Generic[T]):
    """Find every listed phrase in a text, each hit carrying its payload.

    A ``shared`` matcher (the default) joins the bank: ``hits_in(doc)`` then reads its hits
    from the one walk over the article that serves every shared table."""

    def __init__(self, entries: Iterable[tuple[str, T]], *, shared: bool = True) -> None:
        table: dict[str, list[tuple[str, T]]] = {}
        for phrase, payload in entries:
            # (the uncached functions: thousands of phrases, each once, would only churn
            # their caches, kept for the article's text)
            phrase = _normalise_quotes(phrase.strip())
            if not phrase:
                continue
            table.setdefault(_fold(phrase), []).append((phrase, payload))
        self.table = table
        self._empty = not table
        # its own automaton, made on first need: a shared table is read from the bank's walk
        # and never needs one (making it cost start-up time for nothing)
        self._own: Any = None
        self.serial = _BANK.join(self) if shared and table else -1

    def _automaton(self) -> Any:
        if self._own is None:
            automaton = ahocorasick.Automaton()
            for key, items in self.table.items():
                automaton.add_word(key, (len(key), items))
            automaton.make_automaton()
            self._own = automaton
        return self._own

    def finditer(self, text: str) -> Iterator[Hit[T]]:
        if self._empty:
            return
        norm = normalise_quotes(text)
        folded = fold(norm)
        yield from _walk(self._automaton(), norm, folded)

    def hits_in(self, doc: _Memo) -> list[Hit[T]]:
        """This table's hits in ``doc``'s text, from the bank's one walk over it (a ``Doc``
        makes that walk together with its anchor pass: see ``Doc.phrase_bank``)."""
        if self.serial < 0:
            return list(self.finditer(doc.text))
        bank = getattr(doc, "phrase_bank", None)
        if bank is not None:
            hits: dict[int, list[Hit[Any]]] = bank()
        else:
            gen = _BANK.generation
            hits = doc.memo(f"phrase-bank:{gen}", lambda: _BANK.run(doc.text))
        return hits.get(self.serial, [])


def _whole_words(automaton: Any, norm: str, folded: str) -> Iterator[tuple[int, int, str, Any]]:
    """The automaton's hits that are whole words: (start, end, the text there, payload)."""
    size = len(folded)
    for end_idx, (n, payload) in automaton.iter(folded):
        start = end_idx - n + 1
        end = end_idx + 1
        if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
            continue
        if end < size and (folded[end].isalnum() or folded[end] == "_"):
            continue
        yield start, end, norm[start:end], payload


def _walk(automaton: Any, norm: str, folded: str) -> Iterator[Hit[Any]]:
    for start, end, surface, items in _whole_words(automaton, norm, folded):
        for phrase, payload in items:
            if _case_ok(phrase, surface):
                yield Hit(start, end, surface, payload)


class _Bank:
    """Every shared matcher's phrases in one automaton; a hit's payload says whose it is."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._members: list[PhraseMatcher[Any]] = []
        self._automaton: Any = None
        self._merged_automaton: Any = None
        self._merged_key: tuple[int, int, int] | None = None
        self.generation = 0

    def join(self, matcher: PhraseMatcher[Any]) -> int:
        with self._lock:
            self._members.append(matcher)
            self._automaton = None
            self.generation += 1
            return len(self._members) - 1

    def _built(self) -> Any:
        _make_tables()
        with self._lock:
            if self._automaton is None:
                table: dict[str, list[tuple[int, list[Any]]]] = {}
                for serial, member in enumerate(self._members):
                    for key, items in member.table.items():
                        table.setdefault(key, []).append((serial, items))
                automaton = ahocorasick.Automaton()
                for key, owners in table.items():
                    automaton.add_word(key, (len(key), owners))
                automaton.make_automaton()
                self._automaton = automaton
            return self._automaton

    def run(self, text: str) -> dict[int, list[Hit[Any]]]:
        automaton = self._built()
        norm = normalise_quotes(text)
        out: dict[int, list[Hit[Any]]] = {}
        for start, end, surface, owners in _whole_words(automaton, norm, fold(norm)):
            for serial, items in owners:
                for phrase, payload in items:
                    if _case_ok(phrase, surface):
                        out.setdefault(serial, []).append(Hit(start, end, surface, payload))
        return out

    def _merged(
        self, words: Mapping[str, Any], edges: Mapping[str, tuple[bool, bool]] | None = None
    ) -> Any:
        """The bank's phrases and ``words`` (exact, case-sensitive words, each with a payload
        of its own) in one automaton over the folded text; rebuilt when a matcher joins.
        ``edges`` says of a word whether a letter, digit or underscore right before it (after
        it) rules out every hit of it; a place where that holds of every word folded alike is
        not reported."""
        _make_tables()  # every registered table first: one build, not one per new table
        with self._lock:
            key = (self.generation, id(words), id(edges))
            if self._merged_key != key:
                table: dict[str, tuple[int, list[tuple[int, Any]], list[tuple[str, Any]]]] = {}
                for serial, member in enumerate(self._members):
                    for k, items in member.table.items():
                        table.setdefault(k, (len(k), [], []))[1].append((serial, items))
                for word, payload in words.items():
                    k = fold(normalise_quotes(word))
                    if len(k) != len(word):
                        raise ValueError(f"a word whose folded form is longer: {word!r}")
                    table.setdefault(k, (len(k), [], []))[2].append((word, payload))
                automaton = ahocorasick.Automaton()
                for k, (n, owners, exact) in table.items():
                    bounded = [edges.get(w, (False, False)) for w, _ in exact] if edges else []
                    before = bool(bounded) and all(b for b, _ in bounded)
                    after = bool(bounded) and all(a for _, a in bounded)
                    # (the exact words by their spelling: a hit's own text finds its one word)
                    automaton.add_word(k, (n, tuple(owners), dict(exact), before, after))
                automaton.make_automaton()
                self._merged_automaton, self._merged_key = automaton, key
            return self._merged_automaton

    def walk(
        self,
        text: str,
        words: Mapping[str, Any],
        edges: Mapping[str, tuple[bool, bool]] | None = None,
    ) -> tuple[dict[int, list[Hit[Any]]], list[tuple[int, int, Any]]]:
        """``run(text)`` and, in the same walk, every place one of ``words`` may stand: as
        ``(start, end, {word: payload, …})`` for the words whose folded form is there, in
        the order an automaton over the raw text finds them (``exact_hits`` keeps those that
        stand there exactly), but for the places their ``edges`` rule out (see ``_merged``:
        "v" inside every word that holds one, a word inside a longer one). One pass over the
        article serves the phrase tables and the anchor pass alike."""
        automaton = self._merged(words, edges)
        norm = normalise_quotes(text)
        folded = fold(norm)
        size = len(folded)
        out: dict[int, list[Hit[Any]]] = {}
        exact_hits: list[tuple[int, int, Any]] = []
        for end_idx, (n, owners, exact, before, after) in automaton.iter(folded):
            start = end_idx - n + 1
            end = end_idx + 1
            if exact and not (
                (before and start and (text[start - 1].isalnum() or text[start - 1] == "_"))
                or (after and end < size and (text[end].isalnum() or text[end] == "_"))
            ):
                exact_hits.append((start, end, exact))
            if not owners:
                continue
            if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
                continue
            if end < size and (folded[end].isalnum() or folded[end] == "_"):
                continue
            surface = norm[start:end]
            for serial, items in owners:
                for phrase, payload in items:
                    if _case_ok(phrase, surface):
                        out.setdefault(serial, []).append(Hit(start, end, surface, payload))
        return out, exact_hits

    def walk_anchors(
        self,
        text: str,
        words: Mapping[str, Any],
        edges: Mapping[str, tuple[bool, bool]] | None,
        settled: Mapping[str, tuple[str, ...]],
        add_groups: Callable[[str, int, int, Any, dict[str, list[tuple[int, int]]]], None],
    ) -> tuple[dict[int, list[Hit[Any]]], dict[str, list[tuple[int, int]]]]:
        """``walk`` with its exact hits gathered by anchor in the same loop, as
        ``AnchorIndex.collect(text, exact_hits, walked=True)`` gathers them: a spelling in
        ``settled`` is its anchors' hit as it stands; another is tested by ``add_groups``
        (the walk's hits come in order, so each anchor's list is the same). No list of exact
        hits is made and read again (the anchor walk is a tenth of a news article's scan)."""
        automaton = self._merged(words, edges)
        norm = normalise_quotes(text)
        folded = fold(norm)
        size = len(folded)
        out: dict[int, list[Hit[Any]]] = {}
        anchors: dict[str, list[tuple[int, int]]] = {}
        settled_get = settled.get
        for end_idx, (n, owners, exact, before, after) in automaton.iter(folded):
            start = end_idx - n + 1
            end = end_idx + 1
            if exact and not (
                (before and start and (text[start - 1].isalnum() or text[start - 1] == "_"))
                or (after and end < size and (text[end].isalnum() or text[end] == "_"))
            ):
                word = text[start:end]
                names = settled_get(word)
                if names is not None:
                    for name in names:
                        if name in anchors:
                            anchors[name].append((start, end))
                        else:
                            anchors[name] = [(start, end)]
                elif (groups := exact.get(word)) is not None:
                    add_groups(text, start, end, groups, anchors)
            if not owners:
                continue
            if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
                continue
            if end < size and (folded[end].isalnum() or folded[end] == "_"):
                continue
            surface = norm[start:end]
            for serial, items in owners:
                for phrase, payload in items:
                    if _case_ok(phrase, surface):
                        out.setdefault(serial, []).append(Hit(start, end, surface, payload))
        return out, anchors


_BANK = _Bank()


def _case_rule(phrase: str) -> tuple[int, ...] | None:
    """What a hit of ``phrase`` must keep of its case: ``None`` for an abbreviation (all of
    it), else the places of its capitalised words' first letters (often none)."""
    if _is_abbrev(phrase):
        return None
    caps = [
        i
        for i, ch in enumerate(phrase)
        if ch.isupper()
        and (i == 0 or not phrase[i - 1].isalpha())
        # a capital after a hyphen inside a word whose first letter is a capital is not asked
        # for: "the Anti-stalling Act" is "the Anti-Stalling Act" (issue 13, sixteenth session)
        and not (i > 1 and phrase[i - 1] == "-" and phrase[i - 2].isalpha())
    ]
    if phrase.endswith(" Act") and len(caps) >= 3 and caps[-1] == len(phrase) - 3:
        # "the Budget Freeze act": an act's name of two capitalised words or more before its
        # last word may print that word in lower case (``names`` reads what follows it)
        caps.pop()
    if _ACT_WORD.search(phrase):
        # "the Keep it Safe Act" after "the Keep It Safe Act": a function word inside an act's
        # name may be printed in either case (twenty-eighth session, census41 P15); its first
        # word and every content word keep their capital, and two of them at least remain
        loose = [i for i in caps if i > 0 and _FUNCTION_WORD.match(phrase, i)]
        if loose and len(caps) - len(loose) >= 2:
            caps = [i for i in caps if i not in loose]
    return tuple(caps)


# the words of an act's name whose case news varies ("Take it Down", "Made in America"):
# each whole, followed by a space (never a name's last word)
_FUNCTION_WORD = deferred(r"(?:of|the|and|it|to|for|on|in|a|an|at|by|or)(?= )", re.IGNORECASE)
_ACT_WORD = deferred(r"(?<!\w)Act(?!\w)")


# each phrase's rule, made when a hit of it first differs from it in case (making the rules
# of the tables' thousands of phrases up front cost a short article's start-up ~7 ms)
_RULES: dict[str, tuple[int, ...] | None] = {}


def _case_ok(phrase: str, surface: str) -> bool:
    """Whether ``surface``, a hit of ``phrase`` (equal to it but for case), keeps what
    ``phrase`` asks of its case (``_case_rule``)."""
    if surface == phrase:
        return True  # (the common case: it keeps every letter's case)
    try:
        rule = _RULES[phrase]
    except KeyError:
        rule = _RULES[phrase] = _case_rule(phrase)
    return _rule_ok(rule, phrase, surface)


def _rule_ok(rule: tuple[int, ...] | None, phrase: str, surface: str) -> bool:
    if rule is None:
        return phrase == surface
    return all(surface[i].isupper() for i in rule)


_INNER_HYPHEN = deferred(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def hyphen_variants(phrase: str) -> tuple[str, ...]:
    """A name's other spellings where it holds a hyphen between letters: spaced and closed up
    ("Non-Compete Clause Rule" → "Non Compete Clause Rule", "Noncompete Clause Rule"), as
    news prints a table's hyphenated name (issue 13, sixteenth session). The closed form
    writes the letter after the hyphen in lower case."""
    if "-" not in phrase or not _INNER_HYPHEN.search(phrase):
        return ()
    spaced = _INNER_HYPHEN.sub(" ", phrase)
    closed = re.sub(r"(?<=[A-Za-z])-([A-Za-z])", lambda m: m.group(1).lower(), phrase)
    return (spaced, closed)


_TABLES: list[Callable[[], object]] = []
_MADE = [0]  # how many registered tables have been made


def bank_table(factory: F) -> F:
    """Register a shared table's (cached) factory: the bank makes every registered table
    before it builds its automaton, so that the first scan builds it once, not once for each
    table a pass happens to ask for later."""
    _TABLES.append(factory)
    return factory


def _make_tables() -> None:
    while _MADE[0] < len(_TABLES):
        _MADE[0] += 1
        _TABLES[_MADE[0] - 1]()


def bank_walk(
    text: str, words: Mapping[str, Any], edges: Mapping[str, tuple[bool, bool]] | None = None
) -> tuple[dict[int, list[Hit[Any]]], list[tuple[int, int, Any]]]:
    """The shared phrase tables' hits and the exact hits of ``words``, from one walk (see
    ``_Bank.walk`` for ``edges``)."""
    return _BANK.walk(text, words, edges)


def bank_walk_anchors(
    text: str,
    words: Mapping[str, Any],
    edges: Mapping[str, tuple[bool, bool]] | None,
    settled: Mapping[str, tuple[str, ...]],
    add_groups: Callable[[str, int, int, Any, dict[str, list[tuple[int, int]]]], None],
) -> tuple[dict[int, list[Hit[Any]]], dict[str, list[tuple[int, int]]]]:
    """The shared phrase tables' hits and the anchors' hits, from one walk (see
    ``_Bank.walk_anchors``)."""
    return _BANK.walk_anchors(text, words, edges, settled, add_groups)


def bank_generation() -> int:
    """The bank's generation once every registered table is in it (it changes when a table
    joins)."""
    _make_tables()
    return _BANK.generation
