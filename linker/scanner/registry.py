"""The registry of passes: what runs, in which order, and near which words.

A **finder** pass reads the ``Doc`` and returns candidate mentions; the runner calls it only
when one of its anchors occurs in the text (a pass with no anchors always runs: its own
phrase table is its anchor). Overlapping candidates are then settled by ``select``. A
**follow-up** pass reads the settled mentions and returns them changed or extended; follow-ups
run in the order listed here, each seeing what the one before it returned.

Adding a kind of mention is one module with a ``PASS`` (or ``PASSES``) and one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..models import Mention

if TYPE_CHECKING:
    from .doc import Anchor, AnchorIndex, Doc

Finder = Callable[["Doc"], list[Mention]]
FollowUp = Callable[["Doc", list[Mention]], list[Mention]]


@dataclass(frozen=True)
class Pass:
    """One pass: its name, the kinds it emits, the anchors it reads (each with its reach), and
    its function. A ``gated`` pass runs only where one of its anchors occurs; an ungated one
    has a phrase table of its own to find its mentions with. ``needs_anaphora`` marks the
    follow-ups that ``scan(anaphora=False)`` leaves out."""

    name: str
    emits: tuple[str, ...]
    anchors: tuple[Anchor, ...]
    run: Callable[..., list[Mention]]
    gated: bool = False
    needs_anaphora: bool = False

    # its anchors' names, for ``wanted``
    _anchor_names: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_anchor_names", frozenset(a.name for a in self.anchors))

    def wanted(self, doc: Doc) -> bool:
        if not self.gated:
            return True
        # (an anchor without hits is absent from the Doc's hits)
        return not doc.anchor_hits.keys().isdisjoint(self._anchor_names)


# Finders in the order their candidates are gathered (the order breaks exact ties in select),
# then the follow-up passes in the order they run.
FINDERS = (
    "citations",
    "names",
    "described_sections",
    "charges",
    "constitution",
    "cases",
    "multicircuit",
    "executive",
    "eopolicies",
    "eostate",
    "bills",
    "signatures",
    "ndaa",
    "regulations",
    "letteredregs",
    "secrules",
    "baretitles",
    "staterules",
    "state_laws",
    "letterbills",
    "state_const",
    "rulings",
)
FOLLOW_UPS = (
    "abbreviations",
    "cited_sections",
    "initials",
    "described_laws",
    "apposition",
    "enactednames",
    "statenamesakes",
    "bill_names",
    "sponsoredbills",
    "statedesc",
    "amenddesc",
    "statetopics",
    "statecounts",
    "precedents",
    "holdings",
    "defined_terms",
    "captioncourts",
    "billvotes",
    "lawclauses",
    "anaphora",
    "rulerins",
    "topicbills",
    "forelaws",
    "datedbacks",
    "agedbacks",
    "lawdates",
    "objectsuits",
    "lawsuits",
    "rulingrefs",
    "sued",
    "prosecutions",
    "suitrefs",
    "suitrules",
    "suitorders",
    "statedecisions",
    "suitcourts",
    "latebacks",
    "headlines",
    "titles",
    "foreign",
    "namesync",
    "billversions",
    "billcompanions",
    "ruleversions",
    "ruleundoings",
    "ruleobjects",
    "ruledescribed",
    "ruleyears",
    "rulechain",
    "datedlate",
    "suitphrases",
    "predicates",
    "rightsclauses",
    "overreads",
    "consistency",
)


def _module_passes(name: str) -> tuple[Pass, ...]:
    mod: Any = import_module(f"{__package__}.{name}")
    passes = getattr(mod, "PASSES", None) or (mod.PASS,)
    return tuple(passes)


@cache
def finders() -> tuple[Pass, ...]:
    return tuple(p for n in FINDERS for p in _module_passes(n))


@cache
def follow_ups() -> tuple[Pass, ...]:
    return tuple(p for n in FOLLOW_UPS for p in _module_passes(n))


@cache
def anchor_index() -> AnchorIndex:
    """The one automaton over the anchor words of every registered pass."""
    from .doc import HELD, AnchorIndex

    # (and the words passes ask the whole text for: ``Doc.holds``, ``Doc.places``)
    return AnchorIndex([a for p in finders() + follow_ups() for a in p.anchors] + [HELD])
