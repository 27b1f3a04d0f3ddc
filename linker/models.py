"""The data model: frozen dataclasses with no I/O.

Offsets (``start``/``end``) are Python ``str`` indices (code points, end exclusive) into
``Article.text``, the article's plain text.
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any, Literal, TypeVar, cast, get_args

C = TypeVar("C", bound=type)
T = TypeVar("T")

Kind = Literal[
    "statute",
    "constitution",
    "case",
    "ruling",
    "executive-action",
    "bill",
    "regulation",
]

KINDS: tuple[str, ...] = get_args(Kind)


def quick_init(cls: C) -> C:
    """Give a frozen dataclass an ``__init__`` that calls ``object.__setattr__`` through one
    bound name, instead of looking it up again for each field as a frozen class's own
    ``__init__`` does: the same signature and defaults, Mention() 1.09 → 0.92 µs. (Not by
    writing to ``__dict__``: an instance whose ``__dict__`` was asked for loses Python's
    fast attribute reads, three times slower after.) Only for fields with a plain default
    (or none), and a class without ``__post_init__``; equality, hashing and the frozen
    attributes stay the dataclass's."""
    if "__post_init__" in vars(cls):
        raise TypeError(f"{cls.__name__} has a __post_init__")
    params: list[str] = []
    names: list[str] = []
    namespace: dict[str, Any] = {"_set": object.__setattr__}
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain defaults")
        names.append(f.name)
        if f.default is MISSING:
            params.append(f.name)
        else:
            params.append(f"{f.name}=_default_{f.name}")
            namespace[f"_default_{f.name}"] = f.default
    sets = "".join(f"    _set(self, {name!r}, {name})\n" for name in names)
    source = f"def __init__(self, {', '.join(params)}):\n{sets}"
    exec(source, namespace)  # as dataclasses makes its own __init__
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    type.__setattr__(cls, "__init__", init)
    # and ``quick_replace``'s copy: each field a keyword that defaults to "keep", one call of
    # the class (``dataclasses.replace`` walks ``fields()`` and builds a dict: 3.4 µs for a
    # CourtRef of 20 fields, this 1.2 µs)
    keep = ", ".join(f"{name}=_KEEP" for name in names)
    args = ", ".join(f"self.{name} if {name} is _KEEP else {name}" for name in names)
    namespace.update(_KEEP=_KEEP, _cls=cls)
    exec(f"def _quick_replace(self, /, *, {keep}):\n    return _cls({args})\n", namespace)
    type.__setattr__(cls, "_quick_replace", namespace["_quick_replace"])
    return cls


_KEEP = object()  # (a field ``quick_replace`` is not asked to change)


def quick_replace(obj: T, /, **changes: Any) -> T:
    """``dataclasses.replace(obj, **changes)``, faster for a ``quick_init`` class (the same
    object made by the same ``__init__``; an unknown field is a TypeError as there)."""
    fast = getattr(type(obj), "_quick_replace", None)
    if fast is None:
        return replace(obj, **changes)  # type: ignore[type-var]
    return cast(T, fast(obj, **changes))


@dataclass(frozen=True)
class TextMap:
    """Where each run of the plain text came from in an HTML document.

    ``segments`` holds ``(text_start, node_index, node_offset, length)`` tuples: plain-text
    characters ``text_start … text_start+length`` are characters ``node_offset …`` of the
    ``node_index``-th text node (document order) of the parsed HTML. Characters that belong
    to no segment (block separators) were inserted by the extractor.
    """

    segments: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True)
class Article:
    """An article as linker sees it: its plain text plus what is known about it."""

    source: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    html: str | None = None  # the original markup, for HTML input
    text_map: TextMap | None = None
    byline: str | None = None
    #: where the article lives on the web: the URL it was fetched from, or the page's own
    #: ``<base>``/canonical URL, or a text's ``source:`` line; None when unknown
    url: str | None = None

    @property
    def stem(self) -> str:
        """A file-name stem for the article's outputs."""
        import re

        base = self.source.rstrip("/").rsplit("/", 1)[-1] or "article"
        base = base.split("?", 1)[0]
        if "." in base:
            base = base.rsplit(".", 1)[0]
        base = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-.")
        return base or "article"


@quick_init
@dataclass(frozen=True)
class Mention:
    """One mention of an authority in the article text.

    ``authority`` is a canonical id (SPEC §2) or ``None`` when the mention is found but not
    resolved (a ruling whose record is unknown keeps its ``court``). ``evidence`` says in a
    few words why an informal mention was linked; it is shown to the reader.
    """

    start: int
    end: int
    text: str
    kind: str
    authority: str | None = None
    court: str | None = None
    name: str | None = None
    confidence: float = 1.0
    anaphor: bool = False
    url: str | None = None
    evidence: str | None = None
    matcher: str = ""

    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def with_(self, **changes: object) -> Mention:
        return quick_replace(self, **changes)

    @classmethod
    def statute_at(
        cls,
        m: re.Match[str],
        authority: str | None,
        *,
        confidence: float,
        evidence: str,
        matcher: str,
        name: str | None = None,
    ) -> Mention:
        """The statute mention spanning the whole match ``m`` (a citation, a bill number)."""
        return cls(
            m.start(),
            m.end(),
            m.group(0),
            "statute",
            authority,
            name=name,
            confidence=confidence,
            evidence=evidence,
            matcher=matcher,
        )


@dataclass(frozen=True)
class Source:
    """A fetched primary source, parsed from a cached raw response."""

    authority: str
    title: str
    url: str
    source: str  # the service, e.g. "uscode.house.gov"
    fetched_at: str | None = None
    citation: str | None = None
    snippet: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Authority:
    """A canonical authority with the public link the reader follows."""

    id: str
    kind: str
    title: str
    url: str
    source: Source | None = None
    error: str | None = None


@dataclass(frozen=True)
class Quote:
    """A quotation in the article attributed to a ruling, checked against its text.

    ``start``/``end`` cover the words inside the quotation marks (offsets into
    ``Article.text``); ``authority`` is the quoted ruling's id; ``found`` says whether the
    ruling's fetched text contains the words; ``source_offset`` is where they begin in
    ``Source.text`` (``None`` when not found or not placeable).
    """

    start: int
    end: int
    authority: str
    found: bool
    source_offset: int | None = None


@dataclass(frozen=True)
class LinkedArticle:
    """The pipeline's result: the article, its mentions and their authorities."""

    article: Article
    mentions: tuple[Mention, ...]
    authorities: dict[str, Authority] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
