"""The document every pass reads: made once per article.

A ``Doc`` holds the text, the article's date (and so its Congress), the extra act names, one
sentence segmentation, the paragraphs, the quotations, and the hits of **one merged anchor
pass**: a single Aho–Corasick automaton over the anchor words that every registered pass
declares. A pass asks the Doc for the windows around its own anchors (``doc.windows``) instead
of running its own keyword regex over the whole text, and the runner skips a pass whose
anchors do not occur at all.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Generic, TypeVar, cast, overload

import ahocorasick

from ..ids import congress_for_date
from ..models import Article
from .phrases import bank_generation, bank_walk, bank_walk_anchors, folded_word
from .sentences import quote_spans
from .sentences import sentences as _split_cached
from .trie import find_all

T = TypeVar("T")
_MISSING = object()  # (what ``Doc.memo`` finds for a key not made yet)
# an anchor word's groups: (what must stand before, after, the anchors it serves)
Groups = tuple[tuple[str, str, tuple[str, ...]], ...]


class cached(Generic[T]):  # (named as the decorator it stands for)
    """``functools.cached_property`` without its lock (Python 3.11 takes one at each first
    read, and a ``Doc`` is read by one thread), and without asking for the instance's
    ``__dict__``: the value is made on the first read and set as the instance's attribute,
    which later reads find before this descriptor. (An instance whose ``__dict__`` was asked
    for loses Python's fast attribute reads: every ``doc.text`` about four times slower.)"""

    def __init__(self, make: Callable[[Any], T]) -> None:
        self.make = make
        self.name = make.__name__
        self.__doc__ = make.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> cached[T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> T | cached[T]:
        if obj is None:
            return self
        value = self.make(obj)
        object.__setattr__(obj, self.name, value)  # (a frozen dataclass's own way)
        return value


@dataclass(frozen=True)
class Anchor:
    """Words that announce a pass's mention, and how far from them the mention may reach.

    ``words`` are matched literally and case-sensitively (list each spelling: "Judge",
    "judge"); ``start``/``end`` say what must stand before and after a hit: ``""`` anything,
    ``"word"`` no letter, digit or underscore, ``"space"`` white space (or the text's edge),
    ``"wordchar"`` a letter, digit or underscore.
    """

    name: str
    words: tuple[str, ...]
    before: int
    after: int
    start: str = ""
    end: str = ""


# Words the passes look for in the whole text ("clause" in text, every "Code"): a search of
# a 2,000-character article costs 1-3 us each (most of them are absent, so the whole text is
# read), about sixty microseconds an article for these. The one anchor walk finds them at no
# cost of its own: ``Doc.holds`` and ``Doc.places`` read them from it (exact and
# case-sensitive, every place, overlapping ones too: what ``in`` and ``find_all`` find).
HELD_WORDS = (
    *("clause", "provision", "No.", "Number", "itle", "orders", "actions", ") Act"),
    *("Federal Regulations", "Court of Appeal", "rticle", "Art.", "art."),
    *("Code", "Stat", "Law", "onst", "ONST", "Id.", "id.", "ection", "sentenced"),
    *("decision", "ruling", "case", "he case", "xecutive", "roclamation", "E.O.", "EO"),
    *("residential", "Appellate Division", "International Court", "European Court"),
    *("effect", "inal Rule", "inal rule"),
    *("onfirm", "ominat", "ppoint", "levat"),  # (a judge named to a seat: court phrases)
)
_HELD = frozenset(HELD_WORDS)
HELD = Anchor("held_words", HELD_WORDS, 0, 0)
# The Docs alive, by their text's identity, for the functions handed only the text
# (``held_in``, ``places_in``): a Doc keeps its text alive, so an id is not reused while its
# Doc lives, and each entry goes with its Doc.
_LIVE: dict[int, weakref.ref[Doc]] = {}


def _doc_of(text: str) -> Doc | None:
    ref = _LIVE.get(id(text))
    doc = ref() if ref is not None else None
    return doc if doc is not None and doc.text is text else None


def held_in(text: str, word: str) -> bool:
    """``word in text``, read from the anchor walk of the Doc made of ``text`` (while one
    lives) for ``HELD_WORDS``."""
    doc = _doc_of(text)
    return word in text if doc is None else doc.holds(word)


def places_in(text: str, word: str, start: int = 0) -> list[int]:
    """``find_all(text, word, start)``, read as ``held_in`` is."""
    doc = _doc_of(text)
    return find_all(text, word, start) if doc is None else doc.places(word, start)


def _drop(key: int, ref: weakref.ref[Doc]) -> None:
    if _LIVE.get(key) is ref:
        del _LIVE[key]


def _ok(text: str, i: int, rule: str) -> bool:
    if rule == "wordchar":  # a letter, digit or underscore must stand there
        return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")
    if not rule or i < 0 or i >= len(text):
        return True
    c = text[i]
    if rule == "word":
        return not (c.isalnum() or c == "_")
    return c.isspace()


class AnchorIndex:
    """One automaton over every anchor's words; ``hits`` gives each anchor's hit spans."""

    def __init__(self, anchors: Iterable[Anchor]) -> None:
        self.anchors: dict[str, Anchor] = {}
        table: dict[str, list[str]] = {}
        for a in anchors:
            if a.name in self.anchors and self.anchors[a.name] != a:
                raise ValueError(f"two anchors named {a.name!r}")
            self.anchors[a.name] = a
            for w in a.words:
                table.setdefault(w, []).append(a.name)
        self._automaton = ahocorasick.Automaton()
        # each word's anchors, grouped by what must stand before and after a hit
        self.words: dict[str, Groups] = {}
        self.edges: dict[str, tuple[bool, bool]] = {}
        for w, names in table.items():
            rules: dict[tuple[str, str], list[str]] = {}
            for name in names:
                a = self.anchors[name]
                rules.setdefault((a.start, a.end), []).append(name)
            groups = tuple((b, f, tuple(ns)) for (b, f), ns in rules.items())
            self.words[w] = groups
            # whether a word character right before (after) the word fails every group
            self.edges[w] = (
                all(b in ("word", "space") for b, _, _ in groups),
                all(f in ("word", "space") for _, f, _ in groups),
            )
            self._automaton.add_word(w, (len(w), {w: groups}))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()
        # The words whose one group's rules the walk has tested already (``walked``): a
        # "word" rule where the walk tests that side for every spelling of the word's folded
        # form (``edges``, see ``phrases._Bank.walk``), else no rule. A hit of one of them in
        # the walk is its anchors' hit as it stands (most hits: "court", "v", "law").
        done: dict[str, tuple[bool, bool]] = {}  # by folded form: both sides tested for all
        for w in table:
            k = w.lower() if w.isascii() else folded_word(w)  # (ASCII: what folding gives)
            b, f = self.edges[w]
            if k in done:
                b, f = b and done[k][0], f and done[k][1]
            done[k] = (b, f)
        self.walked: dict[str, tuple[str, ...]] = {}
        for w, groups in self.words.items():
            if len(groups) != 1:
                continue
            before, after, served = groups[0]
            if before not in ("", "word") or after not in ("", "word"):
                continue
            b, f = done[w.lower() if w.isascii() else folded_word(w)]
            if (before == "" or b) and (after == "" or f):
                self.walked[w] = served

    def hits(self, text: str) -> dict[str, list[tuple[int, int]]]:
        if self._empty:
            return {}
        found = ((last - n + 1, last + 1, w) for last, (n, w) in self._automaton.iter(text))
        return self.collect(text, found)

    def collect(
        self,
        text: str,
        found: Iterable[tuple[int, int, dict[str, Groups]]],
        walked: bool = False,
    ) -> dict[str, list[tuple[int, int]]]:
        """Each anchor's hits among ``found`` (each place where some of the words may stand,
        with their groups by spelling): where a word stands exactly and its neighbours fit the
        anchor's rules. An anchor without hits is absent. ``walked``: ``found`` is the
        phrase walk's, which has tested the rules of the words in ``self.walked``."""
        out: dict[str, list[tuple[int, int]]] = {}
        settled = self.walked if walked else {}
        for s, e, maybe in found:
            word = text[s:e]
            names = settled.get(word)
            if names is not None:
                # (the walk found this spelling here: ``maybe`` holds it)
                for name in names:
                    if name in out:
                        out[name].append((s, e))
                    else:
                        out[name] = [(s, e)]
                continue
            # (the one word spelt as the text there: looked up, not asked of each spelling)
            groups = maybe.get(word)
            if groups is not None:
                self.add_groups(text, s, e, groups, out)
        return out

    @staticmethod
    def add_groups(
        text: str, s: int, e: int, groups: Groups, out: dict[str, list[tuple[int, int]]]
    ) -> None:
        """Add the hit ``[s, e)`` of a word to the anchors of each of its ``groups`` whose
        rules its neighbours fit (``collect``'s test of a word the walk has not settled)."""
        for before, after, names in groups:
            if before:
                if before == "word":
                    if s and ((c := text[s - 1]).isalnum() or c == "_"):
                        continue
                elif not _ok(text, s - 1, before):
                    continue
            if after:
                if after == "word":
                    if e < len(text) and ((c := text[e]).isalnum() or c == "_"):
                        continue
                elif not _ok(text, e, after):
                    continue
            for name in names:
                if name in out:
                    out[name].append((s, e))
                else:
                    out[name] = [(s, e)]


def merged_windows(
    spans: Iterable[tuple[int, int]], before: int, after: int, size: int
) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` windows reaching ``before``/``after`` around sorted spans.

    (The open window is kept in two locals and clipped to ``size`` when it closes: no tuple
    built and no ``max``/``min`` called for a span that only extends it.)"""
    out: list[tuple[int, int]] = []
    it = iter(spans)
    for s0, e0 in it:
        ws, we = (s0 - before if s0 > before else 0), e0 + after
        break
    else:
        return out
    for s0, e0 in it:
        if s0 - before <= we:  # (a start clipped to 0 would be too: ``we`` is never negative)
            if e0 + after > we:
                we = e0 + after
        else:
            out.append((ws, we if we < size else size))
            ws, we = s0 - before, e0 + after
    out.append((ws, we if we < size else size))
    return out


@dataclass(frozen=True, eq=False)
class Doc:
    """An article's text with everything the passes share, computed once."""

    text: str
    date: str | None = None
    extra_names: tuple[tuple[str, str | None], ...] = ()
    index: AnchorIndex | None = field(default=None, repr=False)
    # where the article was published, if known (``Article.url``): its outlet's state is the
    # state of a local story that never names one (``statenames.outlet_state``)
    url: str | None = None
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)
    _windows: dict[str | tuple[str, int | None, int | None], list[tuple[int, int]]] = field(
        default_factory=dict, repr=False
    )
    _walked: list[Any] = field(default_factory=list, repr=False)  # [bank generation, walk]

    @classmethod
    def of(
        cls,
        text: str,
        date: str | None = None,
        extra_names: tuple[tuple[str, str | None], ...] = (),
        url: str | None = None,
    ) -> Doc:
        from .registry import anchor_index

        doc = cls(text=text, date=date, extra_names=extra_names, index=anchor_index(), url=url)
        key = id(text)
        _LIVE[key] = weakref.ref(doc, partial(_drop, key))
        return doc

    @classmethod
    def for_article(
        cls, article: Article, extra_names: tuple[tuple[str, str | None], ...] = ()
    ) -> Doc:
        return cls.of(article.text, article.date, extra_names, article.url)

    @cached
    def congress(self) -> int | None:
        """The Congress sitting on the article's date (asked once a mention by some passes:
        worked out once)."""
        return congress_for_date(self.date)

    # -- sentences, paragraphs, quotations -------------------------------------------------

    @cached
    def sentences(self) -> list[tuple[int, int]]:
        return _split_cached(self.text)

    @cached
    def sentence_starts(self) -> list[int]:
        return [a for a, _ in self.sentences]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def sentence_start(self, pos: int) -> int:
        starts = self.sentence_starts
        return starts[self.sentence_index(pos)] if starts else 0

    def sentence_at(self, pos: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(pos)] if self.sentences else (0, len(self.text))

    def around(self, start: int, end: int, before: int = 2, after: int = 1) -> str:
        """The text of the sentence holding ``[start, end)``, the ``before`` sentences before
        it and the ``after`` ones after it."""
        a = self.sentence_start(start)
        for _ in range(before):
            a = self.sentence_start(max(0, a - 2))
        _, b = self.sentence_at(end - 1)
        for _ in range(after):
            _, b = self.sentence_at(min(len(self.text) - 1, b + 1))
        return self.text[a:b]

    @cached
    def paragraphs(self) -> list[tuple[int, int]]:
        out, start = [], 0
        for m in re.finditer(r"\n\s*\n", self.text):
            if m.start() > start:
                out.append((start, m.start()))
            start = m.end()
        if start < len(self.text):
            out.append((start, len(self.text)))
        return out

    @cached
    def quotes(self) -> list[tuple[int, int]]:
        return quote_spans(self.text)

    def memo(self, key: str, make: Callable[[], T]) -> T:
        """What several passes derive from the text alike, made once per ``Doc``."""
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            value = self._memo[key] = make()
        return cast(T, value)

    # -- anchors ---------------------------------------------------------------------------

    def _walk(self) -> tuple[dict[int, list[Any]], dict[str, list[tuple[int, int]]]]:
        """One automaton walk over the text for the phrase tables and the anchors alike
        (walked again only if a phrase table joined the bank since)."""
        gen = bank_generation()
        done = self._walked
        if done and done[0] == gen:
            # (the type as a string: a subscripted type is built anew at each call)
            return cast("tuple[dict[int, list[Any]], dict[str, list[tuple[int, int]]]]", done[1])
        index = self.index
        if index is None:
            made: tuple[dict[int, list[Any]], dict[str, list[tuple[int, int]]]] = (
                bank_walk(self.text, {})[0],
                {},
            )
        else:
            # (``index.collect(text, maybe, walked=True)`` of the walk's exact hits, done in
            # the walk itself)
            made = bank_walk_anchors(
                self.text, index.words, index.edges, index.walked, index.add_groups
            )
        done[:] = [gen, made]
        return made

    def phrase_bank(self) -> dict[int, list[Any]]:
        """The shared phrase tables' hits (see ``phrases.PhraseMatcher.hits_in``)."""
        return self._walk()[0]

    @cached
    def anchor_hits(self) -> dict[str, list[tuple[int, int]]]:
        return self._walk()[1]

    def has(self, *names: str) -> bool:
        hits = self.anchor_hits
        return any(n in hits for n in names)

    @cached
    def _held(self) -> dict[str, list[int]] | None:
        """Where each of ``HELD_WORDS`` stands, from the anchor walk (None without the
        anchor: a Doc made with another index)."""
        if self.index is None or HELD.name not in self.index.anchors:
            return None
        text = self.text
        out: dict[str, list[int]] = {}
        for s, e in self.anchor_hits.get(HELD.name, ()):
            w = text[s:e]
            if w in out:
                out[w].append(s)
            else:
                out[w] = [s]
        return out

    def holds(self, word: str) -> bool:
        """``word in self.text``, read from the anchor walk for ``HELD_WORDS``."""
        held = self._held
        if held is None or word not in _HELD:
            return word in self.text
        return word in held

    def places(self, word: str, start: int = 0) -> list[int]:
        """``find_all(self.text, word, start)``, read from the anchor walk for
        ``HELD_WORDS`` (a new list)."""
        held = self._held
        if held is None or word not in _HELD:
            return find_all(self.text, word, start)
        at = held.get(word, [])
        return [i for i in at if i >= start] if start else list(at)

    def hits(self, name: str) -> list[tuple[int, int]]:
        return self.anchor_hits.get(name) or []

    def windows(
        self, name: str, before: int | None = None, after: int | None = None
    ) -> list[tuple[int, int]]:
        """Merged windows around anchor ``name``'s hits, with its declared reach unless
        ``before``/``after`` say otherwise."""
        hits = self.anchor_hits.get(name)
        if not hits:
            return []  # most anchors in most articles: nothing to merge or keep
        key = name if before is None and after is None else (name, before, after)
        # (``get``, not ``try``: each key is missed once an article, and a raised KeyError
        # costs about three times a ``get``)
        made = self._windows.get(key)
        if made is not None:
            return made
        assert self.index is not None
        a = self.index.anchors[name]
        b = a.before if before is None else before
        f = a.after if after is None else after
        made = self._windows[key] = merged_windows(hits, b, f, len(self.text))
        return made
