"""An agency's act of undoing a rule, told as a noun on the rule it undoes: "the repeal of the
endangerment finding", "The removal of this standard", "the agency's decision to scrap the
rule". What is meant is the rule that undoes it, so the whole phrase links to that rule's
``fr:`` id. A follow-up pass, after the back-references have linked "this standard".

The undoing rule is the one the article itself links as undoing the named rule, else the one
row of ``linker/data/rules.csv`` that does (a repeal, rescission or withdrawal whose name or
aliases hold one of the undone rule's aliases, printed after it and by the article's date; a
proposal only where the phrase says "proposed"). With none, or two, the rule's own mention
stays as it was.
"""

from __future__ import annotations

from functools import cache

from ..models import Mention
from . import agencyrules
from .doc import Doc
from .lazyre import deferred
from .orderdata import Rule, rules
from .registry import Pass

# "the repeal of", "EPA's proposed rescission of", "The removal of" (right before the rule)
_ACT_OF = deferred(
    r"(?P<np>(?:(?<![\w-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat)\s+)?"
    r"(?:(?P<owner>[A-Z][\w.&-]*|lawmakers|legislators)['’]s?\s+)?(?P<mods>(?:(?:proposed|planned|final|formal|controversial|"
    r"attempted|recent|sweeping)\s+)?))"
    r"(?P<act>[Rr]epeal|[Rr]emoval|[Rr]eversal|[Rr]escission|[Rr]evocation|[Ee]limination|"
    r"[Ss]crapping|[Rr]ollback|[Rr]oll-back|[Ww]ithdrawal|[Uu]ndoing)\s+of\s+(?:the\s+)?$"
)
# "the decision to reverse", "the agency's move to scrap", "its plan to repeal"
_DECIDED_TO = deferred(
    r"(?P<np>(?:(?<![\w-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat)\s+)?"
    r"(?:(?P<owner>[A-Z][\w.&-]*|lawmakers|legislators)['’]s?\s+)?(?P<mods>(?:(?:proposed|planned|final|formal|controversial|"
    r"recent)\s+)?))"
    r"(?:decision|move|plan|proposal)\s+to\s+(?:formally\s+)?(?P<act>reverse|repeal|rescind|"
    r"revoke|scrap|eliminate|remove|undo|roll\s+back|withdraw|ditch)\s+(?:the\s+)?$"
)
_REACH = 70
# Who undoes a rule by law or by judgment, not by a rule of its own
_NOT_AGENCIES = frozenset(
    {"Congress", "House", "Senate", "Legislature", "Court", "Circuit", "Assembly", "Council"}
    | {"lawmakers", "legislators", "Republicans", "Democrats"}
)


@cache
def _by_target() -> dict[str, tuple[Rule, ...]]:
    out: dict[str, list[Rule]] = {}
    for r in rules():
        if r.target:
            out.setdefault(r.target, []).append(r)
    return {t: tuple(rs) for t, rs in out.items()}


def _undoes(undoer: Rule, undone: Rule) -> bool:
    """Whether ``undoer`` is a repeal row of ``undone``: its name says so, one of its words
    is an alias of the undone rule, and it was printed after it."""
    if undoer.target == undone.target:
        return False
    if not any(agencyrules.REPEAL_NAME.search(n) for n in (undoer.name, *undoer.aliases)):
        return False
    words = " ".join((undoer.name, *undoer.aliases)).lower()
    if not any(len(a) > 5 and a.lower() in words for a in undone.aliases):
        return False
    return (undoer.published or "") > (undone.published or "")


def undone_by(undone: str, undoers: set[str]) -> bool:
    """Whether the rule ``undone`` (an id) is undone by one of the rules ``undoers`` (ids):
    a repeal row of it (``_undoes``)."""
    table = _by_target()
    return any(
        _undoes(r, u) for x in undoers for r in table.get(x, ()) for u in table.get(undone, ())
    )


def _undoer(doc: Doc, mentions: list[Mention], undone: Rule, proposed: bool) -> str | None:
    """The ``fr:`` id of the rule that undoes ``undone``: the one the article links, else the
    one row of the rules table."""
    table = _by_target()
    told = {
        m.authority
        for m in mentions
        if m.kind == "regulation"
        and m.authority
        and any(_undoes(r, undone) for r in table.get(m.authority, ()))
    }
    if len(told) == 1:
        return next(iter(told))
    if told:
        return None
    rows = {r.target for r in agencyrules._pool(doc.date, proposed) if _undoes(r, undone)}
    return next(iter(rows)) if len(rows) == 1 else None


def attach(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    regs = [m for m in mentions if m.kind == "regulation" and m.authority]
    if not regs:
        return mentions
    text = doc.text
    table = _by_target()
    replaced: dict[int, Mention] = {}
    for m in regs:
        lo = max(0, m.start - _REACH)
        act = _ACT_OF.search(text, lo, m.start) or _DECIDED_TO.search(text, lo, m.start)
        if act is None:
            continue
        if act.group("owner") in _NOT_AGENCIES:
            continue  # "Congress's repeal of the rule": a law's, not an agency's rule
        start = act.start("np") if act.group("np") else act.start("act")
        rows = table.get(m.authority or "", ())
        if not rows or any(
            agencyrules.REPEAL_NAME.search(n) for r in rows for n in (r.name, *r.aliases)
        ):
            continue  # (the rule named is itself an undoing)
        proposed = "proposed" in act.group("mods")
        undoer = _undoer(doc, mentions, rows[0], proposed)
        if undoer is None:
            continue
        if any(o is not m and start < o.end and o.start < m.start for o in mentions):
            # another mention between the noun and the rule ("its repeal of the endangerment
            # finding": "repeal" the undoing, the finding itself, two mentions as told)
            continue
        name = next((r.name for r in table.get(undoer, ())), None)
        replaced[id(m)] = Mention(
            start,
            m.end,
            text[start : m.end],
            "regulation",
            undoer,
            name=name,
            confidence=0.7,
            anaphor=m.anaphor,
            matcher="regulations",
            evidence=f"the {act.group('act').lower()} of the rule named: {name}",
        )
    if not replaced:
        return mentions
    return [replaced.get(id(m), m) for m in mentions]


PASS = Pass(
    name="ruleundoings",
    emits=("regulation",),
    anchors=(),
    run=attach,
    needs_anaphora=True,
)
