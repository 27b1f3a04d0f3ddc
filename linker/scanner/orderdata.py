"""Load the executive-order and named-rule data files once per process.

``linker/data/executive_orders.csv`` (header ``authority,number,title,president,signing_date,
topics,source``) lists presidential documents with the phrases reporters use to describe them;
``linker/data/rules.csv`` (header
``authority,name,aliases,topics,cfr,agency,year,stage,source``) lists rules known by a popular
name, with the words news uses for their subject (``topics``) and their ``stage`` (``final``,
``interim final`` or ``proposed``). Every row carries its source. Rows without the required
fields are skipped, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_rows, split_field
from ..lexicon import months
from .phrases import PhraseMatcher


@dataclass(frozen=True)
class ExecOrder:
    """An executive order or proclamation (``eo:N`` / ``proc:N``) and how prose describes it."""

    authority: str
    number: int
    title: str
    president: str
    signing_date: str  # ISO YYYY-MM-DD
    topics: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Rule:
    """A final rule known by a popular name; ``authority`` is its ``fr:`` id when certain."""

    authority: str | None
    name: str
    aliases: tuple[str, ...]
    cfr: str | None
    agency: str
    year: int | None
    source: str
    published: str | None = None  # ISO date of its Federal Register printing, from ``source``
    # what the rule is about in news words ("salary threshold", "noncompete agreements"):
    # they pick a rule the article names only by its agency ("the Labor Department's rule")
    topics: tuple[str, ...] = ()
    stage: str = "final"  # "final", "interim final" or "proposed"
    # names of a program the rule codified but did not create ("DACA", begun by a 2012 memo):
    # said alone they are the program, and link to the rule only with a rule word after them
    programs: tuple[str, ...] = ()

    @property
    def proposed(self) -> bool:
        return self.stage == "proposed"

    @property
    def target(self) -> str | None:
        """The id a mention of this rule links to: the Federal Register cite, else the part."""
        return self.authority or self.cfr


@cache
def executive_orders() -> tuple[ExecOrder, ...]:
    out = []
    for r in read_rows("executive_orders.csv"):
        auth, number = r.get("authority", ""), r.get("number", "")
        if not auth.startswith(("eo:", "proc:")) or not number.isdigit():
            continue
        out.append(
            ExecOrder(
                authority=auth,
                number=int(number),
                title=r.get("title", ""),
                president=r.get("president", ""),
                signing_date=r.get("signing_date", ""),
                topics=split_field(r.get("topics", "")),
                source=r.get("source", ""),
            )
        )
    return tuple(out)


@cache
def orders_by_id() -> dict[str, ExecOrder]:
    return {o.authority: o for o in executive_orders()}


# "89 FR 33474 (Apr. 29, 2024)": the printing's date, the first date in parentheses.
PRINTED = re.compile(r"\((?P<month>[A-Z][a-z]+\.?) (?P<day>\d{1,2}), (?P<year>(?:19|20)\d\d)\)")


def _printed(source: str) -> str | None:
    m = PRINTED.search(source)
    if m is None:
        return None
    word = m.group("month").lower()
    month = months().get(word) or months().get(word.rstrip("."))
    if month is None:
        return None
    return f"{m.group('year')}-{month:02d}-{int(m.group('day')):02d}"


@cache
def rules() -> tuple[Rule, ...]:
    out = []
    for r in read_rows("rules.csv"):
        if not r.get("name") or not (r.get("authority") or r.get("cfr")):
            continue
        year = r.get("year", "")
        out.append(
            Rule(
                authority=r.get("authority") or None,
                name=r["name"],
                aliases=split_field(r.get("aliases", "")),
                cfr=r.get("cfr") or None,
                agency=r.get("agency", ""),
                year=int(year) if year.isdigit() else None,
                source=r.get("source", ""),
                published=_printed(r.get("source", "")),
                topics=split_field(r.get("topics", "")),
                stage=r.get("stage") or "final",
                programs=split_field(r.get("program", "")),
            )
        )
    return tuple(out)


@cache
def topic_matcher() -> PhraseMatcher[ExecOrder]:
    """The phrases reporters describe each order by, in one automaton."""
    entries: list[tuple[str, ExecOrder]] = []
    for o in executive_orders():
        for t in o.topics:
            entries.append((t, o))
    return PhraseMatcher(entries)


STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "that",
        "which",
        "who",
        "his",
        "her",
        "its",
        "their",
        "this",
        "these",
        "those",
        "as",
        "at",
        "into",
        "over",
        "under",
        "against",
        "about",
        "after",
        "before",
        "would",
        "could",
        "will",
        "shall",
        "may",
        "might",
        "people",
        "person",
        "persons",
        "some",
        "all",
        "any",
        "new",
        "order",
        "orders",
        "executive",
        "president",
        "administration",
        "federal",
        "government",
        "united",
        "states",
        "america",
        "american",
        "signed",
        "issued",
        "sought",
        "seeks",
    ]
)


def stems(words: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z]+", words.lower()):
        if len(w) < 4 or w in STOP_WORDS:
            continue
        for suffix in ("ing", "ies", "es", "ed", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return out


@cache
def rules_by_target() -> dict[str | None, Rule]:
    """The rules table by the id each row links to (the last row wins, as a dict built from
    the table in order does)."""
    return {r.target: r for r in rules()}
