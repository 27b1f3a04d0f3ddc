"""One name, one id in an article (issue 13, sixteenth session). A follow-up pass.

A rule or an act the article names in two spellings is found twice: once by the spelling a
table knows, with its id, and once by another ("the BRA Sand-Stone Setback Rule" beside the
table's "Sandstone Setback Rule"; a state act's name again after the number it was given
with), as a name only. The name-only mention, and the back-references that copied it, take
the id of the mention whose name is the same once case, spaces, hyphens and punctuation are
set aside (and, for a rule, once the agency's initials or words before it are), when the
article links that name to one id only.

Two more shapes that refer back to a rule the article linked:

- a ruling clause that runs over the rule's defined term ("A judge set aside the Rule"): the
  clause ends before it, and "the Rule" is the rule the article named last before it;
- the agency's action told as a noun after a rule that is a repeal or a rescission ("the
  repeal", "the rescission", "the agency's decision to rescind …", "the move to repeal …"):
  that rule.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..models import Mention
from .doc import Doc
from .lazyre import deferred
from .orderdata import Rule, rules, rules_by_target
from .registry import Pass

_NOTE = deferred(r"(?:\s*\([^)]*\))+\s*$")
_NOT_KEY = deferred(r"[^a-z0-9]+")
_RULE_WORD = deferred(r"\s+(?:final\s+)?(?:rules?|regulations?)$", re.IGNORECASE)
KINDS = ("regulation", "statute")
# The shortest key a name is matched by ("titleix" is too short to tell one rule).
MIN_KEY = 10


def key(name: str) -> str:
    """A name with case, spaces, hyphens, punctuation and a note in parentheses set aside."""
    return _NOT_KEY.sub("", _NOTE.sub("", name).lower().replace("’", "'").replace("'s", "s"))


def _rule_keys(name: str) -> list[str]:
    """A rule's name as keys: whole, without its rule word, and without the words before it
    one by one while two words stay ("BRA Sandstone Setback Rule" → "sandstone setback rule",
    "setback rule"); a key shorter than ``MIN_KEY`` is never asked."""
    words = _NOTE.sub("", name).split()
    out: list[str] = []
    while len(words) >= 2:
        whole = " ".join(words)
        out.append(key(whole))
        bare = _RULE_WORD.sub("", whole)
        if bare != whole and len(bare.split()) >= 2:
            out.append(key(bare))
        words = words[1:]
    return [k for k in out if len(k) >= MIN_KEY]


@cache
def _row_keys(authority: str) -> frozenset[str]:
    """The keys of a rule row's title and aliases of two words or more."""
    row = rules_by_target().get(authority)
    if row is None:
        return frozenset()
    names = [row.name, *(a for a in row.aliases if len(a.split()) >= 2)]
    out = {key(n) for n in names}
    out |= {key(_RULE_WORD.sub("", _NOTE.sub("", n))) for n in names}
    return frozenset(k for k in out if len(k) >= MIN_KEY)


def _linked_names(mentions: list[Mention]) -> dict[tuple[str, str], set[str]]:
    """(kind, key) → the ids the article's linked mentions of that name carry."""
    out: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if m.kind not in KINDS or not m.authority or not m.name or m.anaphor:
            continue  # (a back-reference's name is its antecedent's, not its own)
        keys = {key(m.name)}
        if m.kind == "regulation":
            keys |= _row_keys(m.authority)
        for k in keys:
            if len(k) >= MIN_KEY:
                out.setdefault((m.kind, k), set()).add(m.authority)
    return out


@cache
def _table_keys() -> dict[str, tuple[Rule, ...]]:
    """Every final rule row by the keys of its title and of its aliases of two words or more
    (the note in parentheses set aside)."""
    out: dict[str, list[Rule]] = {}
    for r in rules():
        if r.proposed or not r.target:
            continue
        for k in _row_keys(r.target) | {key(r.name)}:
            if r not in out.setdefault(k, []):
                out[k].append(r)
    return {k: tuple(v) for k, v in out.items()}


def _parts(name: str) -> int:
    """How many words a name has besides its rule word, a hyphenated word counting each part."""
    return len(re.split(r"[\s-]+", _RULE_WORD.sub("", name).strip()))


def _in_table(m: Mention, written: str | None) -> Rule | None:
    """The one final rule of the table, existing when the article was written, whose title or
    alias is the name once spelling is set aside ("the BRA Sand-Stone Setback Rule" for a
    "Sandstone Setback Rule"): the whole name, or the name without words before it, of two
    words or more besides its rule word."""
    from .namedrules import _after_article

    assert m.name is not None
    words = _NOTE.sub("", m.name).split()
    table = _table_keys()
    for n in range(len(words)):
        tail = " ".join(words[n:])
        if _parts(tail) < 2:
            break
        for k in (key(tail), key(_RULE_WORD.sub("", tail))):
            rows = [r for r in table.get(k, ()) if not _after_article(r, written)]
            if len({r.target for r in rows}) == 1:
                return rows[0]
    return None


@cache
def _idless_acts() -> frozenset[str]:
    """The acts the table names on purpose without an id (reauthorized many times)."""
    from ..datafiles import acts

    return frozenset(a.name for a in acts() if a.authority is None)


def _synced(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not any(m.kind in KINDS and not m.authority and m.name for m in mentions):
        return mentions
    linked = _linked_names(mentions)
    out = list(mentions)
    resolved: dict[tuple[str, str], str] = {}  # (kind, a name-only mention's name) → its id
    for i, m in enumerate(mentions):
        if m.kind not in KINDS or m.authority or not m.name:
            continue
        if m.kind == "statute" and m.name in _idless_acts():
            continue  # "the Violence Against Women Act": the table gives it no one id
        keys = _rule_keys(m.name) if m.kind == "regulation" else [key(m.name)]
        authority: str | None = None
        how = "the name the article links elsewhere"
        for k in keys:
            ids = linked.get((m.kind, k))
            if ids is not None and len(ids) == 1:
                (authority,) = ids
                break
        if authority is None and m.kind == "regulation" and not m.anaphor:
            found = _in_table(m, doc.date)
            if found is not None:
                authority, how = found.target, "the table's name for it, spelled otherwise"
        if authority is None:
            authority = resolved.get((m.kind, m.name))  # (a back-reference that copied it)
        if authority is None:
            continue
        resolved.setdefault((m.kind, m.name), authority)
        out[i] = _given(m, authority, how)
    return out


def _given(m: Mention, authority: str, how: str) -> Mention:
    row = rules_by_target().get(authority) if m.kind == "regulation" else None
    return m.with_(
        authority=authority,
        name=row.name if row is not None else m.name,
        url=None,
        confidence=max(m.confidence, 0.7),
        evidence=f"{how}: {m.name}",
    )


# A rule's defined term as the object at the end of a ruling clause ("A Texas judge set
# aside the Rule", "… blocked the Final Rule nationwide"): capitalised, as a defined term is.
_TERM_IN_RULING = deferred(
    r"\s(?P<term>(?:the|this)\s+(?:(?:Final\s+)?(?:Rule|Rules|Regulation|Regulations)\b"
    r"(?!\s*(?:of\b|\d|[-’']))"
    r"|(?P<plain>(?:final\s+)?(?:rule|rules|regulation|regulations|standards))\b"
    r"(?!\s*(?:(?:of|that|in|against|on|for|to)\b|\d|[-’']))))"
)
# A plain "the rule" is the rule only when the article named it shortly before.
PLAIN_REACH = 1200
_RULE_WORDS = deferred(r"[Rr]ule|[Rr]egulation|standards")
# How far back the rule the defined term stands for may be named.
TERM_REACH = 3000


def _last_rule_before(regs: list[Mention], ends: list[int], at: int) -> Mention | None:
    i = bisect.bisect_right(ends, at) - 1
    if i < 0 or at - regs[i].end > TERM_REACH:
        return None
    return regs[i]


def _terms_out_of_rulings(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A ruling clause that ends on (or runs over) a rule's defined term is cut before it,
    and the term refers back to the rule the article named last before it."""
    if not any(m.kind == "ruling" and _RULE_WORDS.search(m.text) for m in mentions):
        return mentions
    regs = [m for m in mentions if m.kind == "regulation" and m.authority]
    if not regs:
        return mentions
    regs.sort(key=lambda m: m.end)
    ends = [m.end for m in regs]
    out: list[Mention] = []
    changed = False
    for m in mentions:
        if m.kind != "ruling" or not _RULE_WORDS.search(m.text):
            out.append(m)
            continue
        t = _TERM_IN_RULING.search(m.text)
        rule = _last_rule_before(regs, ends, m.start) if t else None
        if t and rule and t.group("plain") and m.start - rule.end > PLAIN_REACH:
            rule = None
        if t is None or rule is None or t.start() < 8:
            out.append(m)
            continue
        head = m.text[: t.start()].rstrip(" ,")
        s = m.start + t.start("term")
        e = m.start + t.end("term")
        out.append(m.with_(end=m.start + len(head), text=head))
        out.append(
            rule.with_(
                start=s,
                end=e,
                text=doc.text[s:e],
                anaphor=True,
                confidence=0.75,
                evidence=f"the rule's defined term, after {rule.text}",
                matcher="namesync",
            )
        )
        changed = True
    if not changed:
        return mentions
    return sorted(out, key=lambda m: (m.start, m.end))


# The agency's action, told as a noun ("the repeal", "The rescission", "the agency's decision to
# rescind the standards", "the EPA's move to repeal …", "the administration's proposal to
# withdraw …"): the repeal or rescission rule linked before it.
_ACTION = deferred(
    # ("The current DOE's action": the owner in office now)
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:current\s+)?(?:(?P<owner>agency|department|administration|"
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s?\s+)?"
    r"|(?<![\w.])(?P<owner2>[A-Z][\w.&-]*)['’]s?\s+)(?:(?:recent|latest|proposed|planned|"
    r"final|new|controversial)\s+)?"
    r"(?:(?P<noun>repeal|rescission|withdrawal|rollback|roll-back|reversal|revocation|revoking)\b"
    r"(?!\s+(?:of|bill|act|effort)\b)(?![-–])"
    r"|(?P<decision>decision)\b(?!\s+(?:to|of|on|in|by|that|whether)\b)"
    # "The Trump EPA's action", "the administration's action": an agency's or an
    # administration's only, as the repeal told before (not its "action on …")
    r"|(?P<action>action)\b(?!\s+(?:on|to|against|in|plan|over|toward|towards|that|was)\b)"
    r"|(?:decision|move|plan|proposal|effort|push|bid)\s+to\s+(?P<verb>repeal|rescind|withdraw|"
    r"revoke|roll\s+back|undo|scrap|eliminate)\b)"
)
# A verb that tells an agency's undoing of a rule ("rescinded the 2024 rule", "is rolling back")
_UNDOING_VERB = deferred(
    r"\b(?:rescind(?:s|ed|ing)?|repeal(?:s|ed|ing)?|revok(?:es|ed|ing)|roll(?:s|ed|ing)?\s+back"
    r"|undid|undoes|undoing|scrapp(?:ed|ing)|scraps)\b"
)
_LAST_PART = deferred(r";\s+and\s+(?:Repeal|Rescission|Withdrawal)\b[^;()]*")
_UNDOING_ROW = deferred(r"\b(?:[Rr]epeal|[Rr]escission|[Rr]escinding|[Rr]escind|[Ww]ithdrawal)")
# A rule named as what a verb undoes ("repealed the 2024 standards", "rescinding its rule")
_UNDONE_OBJECT = deferred(
    r"\b(?:rescind(?:s|ed|ing)?|repeal(?:s|ed|ing)?|revok(?:es|ed|ing)|roll(?:s|ed|ing)?\s+back"
    r"|scrapp(?:ed|ing)|scraps|undid|undoes|undoing)\s+(?:the\s+|its\s+|their\s+)?$"
)
# Owners whose repeal is of a law or a ruling, not of a rule.
NOT_RULE_MAKERS = frozenset(
    {"Congress", "House", "Senate", "Legislature", "Court", "Circuit", "Assembly", "Council"}
)
# How far back a court's ruling makes "the reversal" the court's.
REVERSAL_REACH = 600
# How far back the repeal may be named.
ACTION_REACH = 2500


@cache
def _undoing(authority: str) -> bool:
    """Whether a rule row is a repeal, a rescission or a withdrawal (by its title or aliases)."""
    row = rules_by_target().get(authority)
    if row is None:
        return False
    return any(_UNDOING_ROW.search(n) for n in (row.name, *row.aliases))


@cache
def _mainly_undoing(authority: str) -> bool:
    """``_undoing``, but not a rule whose title's last part alone undoes ("…; and Repeal of the
    Affordable Clean Energy Rule": a rule that sets standards, which "the repeal" after it
    does not mean when a rule that is all undoing was linked before it)."""
    row = rules_by_target().get(authority)
    if row is None:
        return False
    return any(_UNDOING_ROW.search(_LAST_PART.sub("", n)) for n in (row.name, *row.aliases))


GENERIC_OWNERS = frozenset({"agency", "department", "administration"})


def _agency_owner(owner: str | None) -> bool:
    """Whether an owner is an agency: named ("the EPA's"), or "the agency's", "the
    department's" (never a court's, a judge's or a state's decision)."""
    from .ruleagencies import agency_word

    if owner is None:
        return False
    return owner in ("agency", "department") or agency_word().fullmatch(owner) is not None


def _first_action(
    doc: Doc, s: int, e: int, owner: str | None, told: bool = False, undone: Rule | None = None
) -> Mention | None:
    """An agency's action named before any rule ("the Interior Department's decision to
    rescind the Public Lands Rule's protections"): the one repeal or rescission row of the
    agency named (as the owner, else in the sentence) whose words its sentence holds.

    ``told``: a noun alone ("The rescission takes effect in July") after sentences that tell
    the agency's undoing by a verb ("The Labor Department in April rescinded the 2018 rule
    …"): the agency and the words are those of the noun's sentence and the two before it,
    and one of them must hold that verb. ``undone``: the rule the article linked last before
    it; a repeal row of its C.F.R. part printed after it is the one, when only one is."""
    from . import agencyrules
    from .ruleagencies import agency_word
    from .unknownrules import _agency_pool

    a, b = doc.sentence_at(s)
    if told:
        if a > 0:  # (the sentence and the two before it)
            a = doc.sentence_start(a - 1)
            a = doc.sentence_start(a - 1) if a > 0 else a
        if _UNDOING_VERB.search(doc.text, a, s) is None:
            return None
    named = agency_word().fullmatch(owner) if owner else None
    if named is None:
        found = list(agency_word().finditer(doc.text, a, s)) if told else []
        named = found[-1] if found else agency_word().search(doc.text, a, b)
    if named is None and owner in GENERIC_OWNERS and a > 0:
        # "the agency's decision to repeal …" after a sentence that names the agency
        named = agency_word().search(doc.text, doc.sentence_start(a - 1), a)
    agency = agencyrules._agency_of(named.group(0)) if named else None
    if agency is None:
        return None
    proposed = "propos" in doc.text[s:e].lower()
    pool = [r for r in _agency_pool(doc.date, agency.words, proposed) if _undoing(r.target or "")]
    words = doc.text[a:b]
    later = [
        r
        for r in pool
        if undone is not None
        and undone.cfr
        and r.cfr == undone.cfr
        and (r.published or "") > (undone.published or "9")
    ]
    if len({r.target for r in later}) == 1:
        rule = later[0]  # the rescission of the rule the article told of
    else:
        cands, _ = agencyrules._best(pool, words)
        if len({r.target for r in cands}) != 1 or agencyrules._fits(cands[0], words) < 1:
            return None
        rule = cands[0]
    return Mention(
        s,
        e,
        doc.text[s:e],
        "regulation",
        rule.target,
        name=rule.name,
        confidence=0.7,
        evidence=f"the agency's action, told by its words: {rule.name}",
        matcher="namesync",
    )


def _actions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    if not any(
        w in text
        for w in (
            "epeal",
            "escission",
            "escind",
            "ithdraw",
            "ollback",
            "oll-back",
            "eversal",
            "evocation",
            "evoking",
        )
    ):
        return mentions
    regs = [
        m
        for m in mentions
        if m.kind == "regulation" and m.authority and _mainly_undoing(m.authority)
    ]
    regs.sort(key=lambda m: m.end)
    ends = [m.end for m in regs]
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    added: list[Mention] = []
    for a in _ACTION.finditer(text):
        s, e = a.span()
        i = bisect.bisect_left(starts, e)
        if (i and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
            continue  # inside or over a mention already made
        owner = a.group("owner") or a.group("owner2")
        if owner and owner.split()[-1] in NOT_RULE_MAKERS:
            continue  # "Congress's decision to repeal …": a law's repeal, not a rule's
        if a.group("decision") and not _agency_owner(owner):
            continue  # a bare "decision" is the repeal only as the agency's ("the EPA's decision")
        if a.group("action") and not (
            owner == "administration" or (owner is not None and _agency_owner(owner.split()[-1]))
        ):
            continue  # ("the group's action"): an agency's or the administration's only
        if (a.group("noun") or "").startswith("revers") and any(
            m.kind == "ruling" and s - REVERSAL_REACH <= m.end <= s for m in mentions
        ):
            continue  # "The appeals court reversed … The reversal …": a court's, not a rule
        i = bisect.bisect_right(ends, s) - 1
        if i < 0 or s - regs[i].end > ACTION_REACH:
            # (a verb names the action; "the repeal" refers back, to a repeal the sentences
            # before it told by a verb: "the bureau rescinded the 2024 rule. The rescission …")
            before = [
                m
                for m in mentions
                if m.kind == "regulation"
                and m.authority
                and m.end <= s
                and s - m.end <= ACTION_REACH
            ]
            last = (
                rules_by_target().get(max(before, key=lambda m: m.end).authority or "")
                if before
                else None
            )
            first = _first_action(doc, s, e, owner, told=not a.group("verb"), undone=last)
            if first is not None and (a.group("verb") or a.group("noun")):
                added.append(first)
                k = bisect.bisect_right(ends, first.end)
                regs.insert(k, first)
                ends.insert(k, first.end)
            continue
        # (the repeal or rescission named last: a rule named since that undoes nothing, the
        # rule it undid most often, does not stand between)
        rule = regs[i]
        if _UNDONE_OBJECT.search(text, max(0, rule.start - 40), rule.start):
            # "The EPA repealed the 2024 standards (a rule that itself repealed an older one).
            # The repeal …": the undoing of that rule, which the table has no row for
            continue
        added.append(_back_to(rule, text, s, e, f"the agency's action, after {rule.text}"))
    return _with_added(mentions, added)


# "the Interior Department's repeal of its 2024 rule", "the agency's rescission of the
# 2018 rule": the action, of a rule the article names right after it
_ACTION_OF = deferred(
    r"(?:\b(?:[Tt]he|[Ii]ts)\s+(?:(?P<owner>agency|department|bureau|commission|board|"
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s?\s+)?"
    r"|(?<![\w.])(?P<owner2>[A-Z][\w.&-]*)['’]s?\s+)"
    r"(?:(?:recent|latest|final|new|controversial|planned|proposed)\s+)?"
    r"(?:repeal|rescission|rollback|reversal|withdrawal|revocation)\s+of\s+"
)


_OBJECT_DET = deferred(r"(?:the|its|their)\s+")


def _actions_of(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An agency's repeal told with the rule it undoes ("the Interior Department's repeal of
    its 2024 public lands rule", "the agency's rescission of the 2018 rule"): the one undoing
    row of that rule's C.F.R. part printed after it (before the article), when the rule right
    after "of" is linked to a row that undoes nothing. A law's repeal ("Congress's repeal of
    the act") or a rule the article did not link is no such action."""
    from .agencyrules import _pool

    text = doc.text
    regs = {m.start: m for m in mentions if m.kind == "regulation" and m.authority}
    if not regs:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    added: list[Mention] = []
    for a in _ACTION_OF.finditer(text):
        s, e = a.start(), a.end()
        owner = a.group("owner") or a.group("owner2")
        if owner and owner.split()[-1] in NOT_RULE_MAKERS:
            continue
        det = _OBJECT_DET.match(text, e)
        obj = regs.get(e) or (regs.get(det.end()) if det else None)
        row = rules_by_target().get(obj.authority or "") if obj is not None else None
        if row is None or _undoing(row.target or "") or not row.cfr:
            continue
        end = e - len(" of ") if text[e - 4 : e] == " of " else text.rfind(" of", s, e)
        i = bisect.bisect_left(starts, end)
        if (i and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < end):
            continue
        proposed = "propos" in text[s:end].lower()
        later = [
            r
            for r in _pool(doc.date, proposed)
            if r.cfr == row.cfr
            and _undoing(r.target or "")
            and (r.published or "") > (row.published or "9")
        ]
        if len({r.target for r in later}) != 1:
            continue
        rule = later[0]
        added.append(
            Mention(
                s,
                end,
                text[s:end],
                "regulation",
                rule.target,
                name=rule.name,
                confidence=0.7,
                evidence=f"the agency's action on {obj.text if obj else 'a rule'}: {rule.name}",
                matcher="namesync",
            )
        )
    return _with_added(mentions, added)


def _back_to(rule: Mention, text: str, s: int, e: int, evidence: str) -> Mention:
    """``text[s:e]`` as a mention that refers back to ``rule``."""
    return rule.with_(
        start=s,
        end=e,
        text=text[s:e],
        anaphor=True,
        confidence=0.7,
        evidence=evidence,
        matcher="namesync",
    )


def _with_added(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


# A rule called by the head noun of its own name ("the Endangerment Finding … the finding",
# "the Star Rating Rule … the rating"): the words news uses for what a rule sets, when a title
# or an alias of the rule the article named last before ends on the word.
_OWN_HEAD = deferred(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:new|final|federal|agency['’]s)\s+)?"
    r"(?P<head>findings?|ratings?|bans?|mandates?|moratorium)\b"
    r"(?!\s+(?:of|on|for|to|in|under)\b)(?![-–’'])"
    # ("the finding that the court made" is another finding; "the finding that held that
    # carbon dioxide endangers …" is the rule, the subject of its own verb of finding)
    r"(?!\s+that\b(?!\s+(?:held|concluded|determined|declared|established)\b))"
)
OWN_HEAD_REACH = 1500


# A name that tells an undoing by what it undoes ("repeal of the endangerment finding",
# "Rescission of the … Finding and … Standards"): its last word is the rule undone's, never
# the undoing row's own head.
_UNDOING_NAME = deferred(
    r"^(?:[Rr]epeal|[Rr]escission|[Ww]ithdrawal|[Rr]evocation|[Tt]ermination|[Rr]eversal|"
    r"[Rr]econsideration|[Rr]ollback)\s+of\b"
)


@cache
def _name_words(authority: str) -> frozenset[str]:
    """The head nouns of a rule row's title and aliases: the last word of each, its note in
    parentheses and its rule word set aside ("endangerment finding" → "finding"); a name
    that opens on what it undoes ("repeal of the endangerment finding") gives none."""
    row = rules_by_target().get(authority)
    if row is None:
        return frozenset()
    out = set()
    for n in (row.name, *row.aliases):
        if _UNDOING_NAME.match(n):
            continue
        words = re.findall(r"[a-z]+", _RULE_WORD.sub("", _NOTE.sub("", n)).lower())
        if len(words) >= 2:
            out.add(words[-1])
    return frozenset(out)


def _head_fits(head: str, authority: str) -> bool:
    words = _name_words(authority)
    return head in words or head.rstrip("s") in words or head + "s" in words


def _undone_before(before: list[Mention], authority: str) -> Mention | None:
    """The latest of ``before`` whose rule the repeal row ``authority`` undoes."""
    from .ruleundoings import _undoes

    undoer = rules_by_target().get(authority)
    if undoer is None or not _mainly_undoing(authority):
        return None
    for m in reversed(before):
        row = rules_by_target().get(m.authority or "")
        if row is not None and _undoes(undoer, row):
            return m
    return None


def _own_heads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    regs = sorted(
        (m for m in mentions if m.kind == "regulation" and m.authority), key=lambda m: m.end
    )
    if not regs:
        return mentions
    text = doc.text
    ends = [m.end for m in regs]
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    added: list[Mention] = []
    for h in _OWN_HEAD.finditer(text, regs[0].end):
        s, e = h.span()
        i = bisect.bisect_left(starts, e)
        if (i and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
            continue
        j = bisect.bisect_right(ends, s) - 1
        if j < 0 or s - regs[j].end > OWN_HEAD_REACH:
            continue
        rule = regs[j]
        assert rule.authority is not None
        head = h.group("head").lower()
        if not _head_fits(head, rule.authority):
            # "The repeal stems from … Zeldin called the finding …": after a repeal, the
            # rule it undoes, named before it, when its own name ends on the word
            undone = _undone_before(regs[:j], rule.authority)
            if undone is None or not _head_fits(head, undone.authority or ""):
                continue
            rule = undone
        # no other law or order named between: "the ban" would be that one's (a finding or a
        # rating is no law's)
        if head.rstrip("s") not in ("finding", "rating") and any(
            m.kind in ("statute", "executive-action", "bill") and regs[j].end <= m.start < s
            for m in mentions
        ):
            continue
        added.append(
            _back_to(rule, text, s, e, f"a word of the rule's own name, after {rule.text}")
        )
    return _with_added(mentions, added)


# A repeal named with the rule it undoes ("repeal of the endangerment finding", an alias of the
# repeal's row): two mentions, the undoing noun for the repeal and the rule's own words for
# the rule, the shortest span that names each (nineteenth session).
_UNDO_SPAN = deferred(
    r"^(?P<noun>[Rr]epeal|[Rr]escission|[Ww]ithdrawal|[Rr]evocation|[Tt]ermination|[Rr]eversal|"
    r"[Rr]ollback)\s+of\s+(?P<rest>(?:the\s+)?\S.*)$"
)
_THE = deferred(r"^the\s+", re.IGNORECASE)


@cache
def _undone_rows() -> dict[str, tuple[str, ...]]:
    """The rows that undo nothing, by each of their aliases and titles in lower case."""
    out: dict[str, set[str]] = {}
    for r in rules():
        if r.target is None or _undoing(r.target):
            continue
        for n in (_NOTE.sub("", r.name), *r.aliases):
            out.setdefault(n.lower(), set()).add(r.target)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _split_undoings(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    changed = False
    for m in mentions:
        u = _UNDO_SPAN.match(m.text) if m.kind == "regulation" and m.authority else None
        if u is None or not _undoing(m.authority or ""):
            out.append(m)
            continue
        undone = _undone_rows().get(_THE.sub("", u.group("rest")).lower(), ())
        row = rules_by_target().get(undone[0]) if len(undone) == 1 else None
        own = rules_by_target().get(m.authority or "")
        if row is None or own is None or (row.published or "") > (own.published or "9"):
            out.append(m)
            continue
        s = m.start + u.start("rest")
        out.append(m.with_(end=m.start + u.end("noun"), text=u.group("noun")))
        out.append(
            Mention(
                s,
                m.end,
                doc.text[s : m.end],
                "regulation",
                row.target,
                name=row.name,
                confidence=m.confidence,
                evidence=f"the rule {m.text!r} undoes",
                matcher="namesync",
            )
        )
        changed = True
    return sorted(out, key=lambda m: (m.start, m.end)) if changed else mentions


# A rule's finding or standard called back by a synonym head and a word that ties it to the
# rule (nineteenth session): an era or a year ("The Obama-era finding", "the 2009
# determination"), a word of the rule's own ("the endangerment determination"), or "new",
# "final", "proposed" right after the rule ("… a rule limiting heat exposure. The new standard
# would …"). The rule's own names must call it a finding or a determination (those two are
# one), or a standard; never "the standard of review", "a legal standard", "a higher
# standard" (an article, or another word before it, is no such head).
_SYNONYM_HEAD = deferred(
    r"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat)\s+"
    r"(?:(?P<era>[A-Z][a-z]+)[-\s]era\s+|(?P<year>(?:19|20)\d\d)\s+)?"
    r"(?:(?P<mod>new|final|proposed|federal|original)\s+)?"
    r"(?:(?P<topic>[a-z]+)\s+)?"
    r"(?P<head>findings?|determinations?|standards?)\b"
    r"(?!\s+(?:of|on|for|to|that|in|under|by|against)\b)(?![-–’'])"
)
_SYNONYMS = {
    "finding": frozenset({"finding", "findings", "determination", "determinations"}),
    "standard": frozenset({"standard", "standards"}),
}
# Words before the head that make it another thing's ("the legal standard", "the same
# finding", "the court's finding" is no match at all: its determiner is an owner).
_NOT_TOPICS = frozenset(
    {
        "legal", "higher", "lower", "same", "different", "constitutional", "evidentiary",
        "pleading", "industry", "gold", "double", "strict", "court", "judge", "jury", "factual",
        "initial", "preliminary", "key", "main", "central", "critical", "crucial", "other",
    }
)  # fmt: skip
_COURT_WORDS = re.compile(r"\b(?:[Cc]ourts?|[Jj]udges?|[Jj]ury|[Jj]ustices?|[Pp]anel)\b")
SYNONYM_REACH = 3000  # with an era, a year or a word of the rule's own


@cache
def _head_words(authority: str) -> frozenset[str]:
    """The row's head nouns (``_name_words``) and the last word of its note ("(2024 proposed
    OSHA heat standard)" → "standard")."""
    row = rules_by_target().get(authority)
    if row is None:
        return frozenset()
    out = set(_name_words(authority))
    for note in re.findall(r"\(([^()]*)\)\s*$", row.name):
        words = re.findall(r"[a-z]+", _RULE_WORD.sub("", note).lower())
        if len(words) >= 2:
            out.add(words[-1])
    return frozenset(out)


@cache
def _row_words(authority: str) -> frozenset[str]:
    row = rules_by_target().get(authority)
    if row is None:
        return frozenset()
    return frozenset(re.findall(r"[a-z]+", " ".join((row.name, *row.aliases, *row.topics)).lower()))


def _agrees(m: Mention, era: str | None, year: str | None, topic: str | None) -> bool:
    from .namedrules import ADMIN_TERMS, in_term

    row = rules_by_target().get(m.authority or "")
    if row is None:
        return False
    if era is not None and (era not in ADMIN_TERMS or not in_term(row, era)):
        return False
    if year is not None and row.year != int(year) and (row.published or "")[:4] != year:
        return False
    return topic is None or topic in _row_words(m.authority or "")


def _synonym_heads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    regs = sorted(
        (m for m in mentions if m.kind == "regulation" and m.authority), key=lambda m: m.end
    )
    if not regs:
        return mentions
    text = doc.text
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    others = [m.end for m in mentions if m.kind in ("ruling", "case")]
    added: list[Mention] = []
    for h in _SYNONYM_HEAD.finditer(text, regs[0].end):
        s, e = h.span()
        i = bisect.bisect_left(starts, e)
        if (i and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
            continue
        head = h.group("head").lower().rstrip("s")
        syn = _SYNONYMS["standard" if head == "standard" else "finding"]
        era, year, topic = h.group("era"), h.group("year"), h.group("topic")
        if topic in _NOT_TOPICS or (topic is not None and topic.endswith("ly")):
            continue
        a, _b = doc.sentence_at(s)
        if _COURT_WORDS.search(text, a, s):
            continue  # "the court said the new standard …": a court's
        # an era or a year ties any head to the rule; a word of the rule's own ties "the
        # endangerment determination", but "the ozone standard" only right after the rule
        tied = era is not None or year is not None or (topic is not None and head != "standard")
        if (
            not tied
            and h.group("mod") is None
            and topic is None
            and head == "standard"
            and (h.group("det").lower() == "the" or h.group("head") != "standard")
        ):
            # "the standard" alone: too often another's ("this standard" is the rule named
            # in its sentence or the one before: "… a proposed heat rule. This new standard
            # would … If implemented, this standard would …")
            continue
        before = [m for m in regs if m.end <= s]
        if tied:
            # the latest rule that agrees with every word tying it
            near = [m for m in before if s - m.end <= SYNONYM_REACH]
            fits = [
                m
                for m in near
                if syn & _head_words(m.authority or "") and _agrees(m, era, year, topic)
            ]
        else:
            # the rule named last, in this sentence or the one before it
            prev = doc.sentence_start(a - 1) if a > 0 else a
            last = before[-1] if before else None
            fits = (
                [last]
                if last is not None
                and last.start >= prev
                and syn & _head_words(last.authority or "")
                and _agrees(last, None, None, topic)
                else []
            )
        if not fits:
            continue
        rule = fits[-1]
        if any(rule.end <= x <= s for x in others):
            continue  # a ruling between: "the finding" may be the court's
        added.append(
            _back_to(rule, text, s, e, f"a synonym of the rule's own head, after {rule.text}")
        )
        # (the next phrase may refer back to this one: "This new standard would … If
        # implemented, this standard would …")
        bisect.insort(regs, added[-1], key=lambda m: m.end)
    return _with_added(mentions, added)


# An agency's undoing told as a noun on a thing it names only by kind, often in a lead before
# the rule is named ("sued the EPA on Wednesday, challenging the rescinding of a scientific
# finding that …. A rule finalized by the EPA last week revoked …"; "over the reversal of a
# crucial scientific determination"; "the revoking of a safety standard"): the one repeal or
# rescission rule the article links in that sentence, the two after it or the two before it.
_ACTION_ON_KIND = deferred(
    r"(?<![\w-])(?:[Tt]he|[Ii]ts)\s+(?:(?P<owner>agency|department|administration|"
    r"[A-Z][\w.&-]*)['’]s?\s+)?(?:(?:recent|latest|final|planned|proposed|controversial|"
    r"sweeping)\s+)?"
    r"(?P<noun>rescinding|rescission|repeal|repealing|reversal|revocation|revoking|rollback|"
    r"roll-back|undoing|withdrawal|scrapping)\s+of\s+(?P<obj>(?:an?|one)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<kind>finding|determination|declaration|rule|regulation|standard|"
    r"safeguard|protection)s?)\b"
)
ACTION_ON_KIND_SENTENCES = 2


def _actions_on_kind(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    regs = [
        m
        for m in mentions
        if m.kind == "regulation" and m.authority and _mainly_undoing(m.authority)
    ]
    if not regs:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    added: list[Mention] = []
    for a in _ACTION_ON_KIND.finditer(text):
        s, e = a.span()
        i = bisect.bisect_left(starts, e)
        if (i and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
            continue  # inside or over a mention already made
        owner = a.group("owner")
        if owner and owner in NOT_RULE_MAKERS:
            continue  # "the Court's reversal of a ruling": a court's, not an agency's
        k = doc.sentence_index(s)
        if doc.sentences:
            lo = doc.sentences[max(0, k - ACTION_ON_KIND_SENTENCES)][0]
            hi = doc.sentences[min(len(doc.sentences) - 1, k + ACTION_ON_KIND_SENTENCES)][1]
        else:
            lo, hi = 0, len(text)
        near = [m for m in regs if lo <= m.start and m.end <= hi]
        if len({m.authority for m in near}) != 1:
            continue  # none, or two undoings: which one is not told
        if (a.group("noun") or "").startswith("revers") and any(
            m.kind == "ruling" and lo <= m.start < e for m in mentions
        ):
            continue  # "the appeals court's reversal of a ruling": a court's
        rule = min(near, key=lambda m: abs(m.start - s))
        undone = _undone_of_kind(rule.authority or "", a.group("kind"))
        if undone is not None:
            # "the reversal of a scientific finding": the undoing is the undoing rule, the
            # thing undone the one rule of that kind the undoing rule repeals (the gold of
            # three readable sets splits the phrase so)
            added.append(
                rule.with_(
                    start=s,
                    end=a.end("noun"),
                    text=text[s : a.end("noun")],
                    anaphor=rule.end <= s,
                    confidence=0.7,
                    evidence=f"the agency's undoing of a {a.group('kind')}: {rule.text}",
                    matcher="namesync",
                )
            )
            os_, oe = a.span("obj")
            added.append(
                Mention(
                    os_,
                    oe,
                    text[os_:oe],
                    "regulation",
                    undone.target,
                    name=undone.name,
                    confidence=0.7,
                    evidence=f"the {a.group('kind')} {rule.text} undoes: {undone.name}",
                    matcher="namesync",
                )
            )
            continue
        added.append(
            rule.with_(
                start=s,
                end=e,
                text=text[s:e],
                anaphor=rule.end <= s,
                confidence=0.7,
                evidence=f"the agency's undoing, told of a {text[s:e].split()[-1]}: {rule.text}",
                matcher="namesync",
            )
        )
    return _with_added(mentions, added)


_FINDING_WORDS = frozenset(("finding", "determination", "declaration"))


def _undone_of_kind(authority: str, kind: str) -> Rule | None:
    """The one rule the undoing rule ``authority`` repeals whose name or aliases hold the word
    ``kind`` ("finding": the endangerment finding); None with none or two."""
    from .ruleundoings import _undoes

    undoer = rules_by_target().get(authority)
    if undoer is None:
        return None
    # (a finding is what news also calls a determination or a declaration)
    kinds = "finding|determination|declaration" if kind in _FINDING_WORDS else re.escape(kind)
    word = re.compile(rf"\b(?:{kinds})s?\b", re.IGNORECASE)
    found = {
        r.target: r
        for r in rules()
        if r.target
        and not r.proposed
        and _undoes(undoer, r)
        and any(word.search(n) for n in (r.name, *r.aliases))
    }
    return next(iter(found.values())) if len(found) == 1 else None


# A rule named, then an apposition that dates it by its administration ("the 2009
# endangerment finding, an Obama-era determination that …", "the rule, a Biden-era
# regulation that …"): the same rule, when it was printed in that administration's years.
_ERA_APPOSED = deferred(
    r"[’'\"”]?\s*,\s*[’'\"”]?\s*(?P<np>(?:[Aa]n?|[Tt]he)\s+(?P<era>[A-Z][a-z]+)[-–\s]era\s+"
    r"(?:[a-z]+\s+)?(?:finding|determination|conclusion|declaration|rule|regulation|standard|"
    r"policy|ban|mandate)s?)\b"
)


def _era_apposed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    from .namedrules import ADMIN_TERMS, in_term

    text = doc.text
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    added: list[Mention] = []
    for m in mentions:
        if m.kind != "regulation" or not m.authority:
            continue
        a = _ERA_APPOSED.match(text, m.end)
        if a is None:
            continue
        s, e = a.span("np")
        i = bisect.bisect_left(starts, e)
        if (i and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
            continue
        row = rules_by_target().get(m.authority)
        era = a.group("era")
        if row is None or era not in ADMIN_TERMS or not in_term(row, era):
            continue  # no era of the table's, or another administration's rule
        added.append(_back_to(m, text, s, e, f"an apposition dating {m.text} by its era"))
    return _with_added(mentions, added)


# A kind of rule in a list of kinds ("the legal foundation for vehicle emission standards,
# power plant regulations, and other climate rules"): a bare plural, with no determiner or
# owner, before "and other … rules" in its sentence, or counted as several, names a class of
# rules, not one.
_BARE_PLURAL = deferred(r"[a-z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:regulations|rules|standards)")
_OTHERS_AFTER = deferred(
    r"[^.;]{0,80}?,?\s+(?:and|or)\s+other\s+(?:[\w-]+\s+){0,3}?"
    r"(?:rules|regulations|standards|protections|safeguards|policies)\b"
)
_LIST_BEFORE = deferred(r"(?:,|\b(?:for|of|on|to|including|like|as))\s+$")


# "several Trump-era union election rules", "a number of Biden-era rules": rules counted as
# several are no one rule.
_SEVERAL_BEFORE = deferred(
    r"\b(?:several|many|multiple|numerous|various|a\s+number\s+of|a\s+series\s+of|a\s+raft\s+of|"
    r"dozens\s+of)\s+(?:[A-Z][a-z]+[-–]era\s+|[a-z]+[-–]era\s+)?$"
)


def _kinds_in_lists(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    drop = {
        id(m)
        for m in mentions
        if m.kind == "regulation"
        and not m.anaphor
        and _BARE_PLURAL.fullmatch(m.text)
        and (
            (
                _LIST_BEFORE.search(text, max(0, m.start - 12), m.start)
                and _OTHERS_AFTER.match(text, m.end)
            )
            or _SEVERAL_BEFORE.search(text, max(0, m.start - 40), m.start)
        )
    }
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _terms_where_defined(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A rule's term where the article defines it ("(the MCL Rule)", "(the “Final Rule”)"):
    the rule all its later uses were linked to (``defined_terms``, ``anaphora``), when the
    term has a word of its own ("the Rule" alone is left: pages use it as a bare label).
    Read after the back-references, which the term's own mention must not change."""
    from . import defined_terms
    from .defined_terms import _RULE_HEADS, DEFINITION

    text = doc.text
    uses = [m for m in mentions if m.kind == "regulation" and m.anaphor]
    if not uses:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    added: list[Mention] = []
    for s, _ in doc.hits("defined_term"):
        d = DEFINITION.match(text, s) or defined_terms.BARE.match(text, s)
        if d is None or d["head"] not in _RULE_HEADS:
            continue
        if d.re is DEFINITION:
            a, b, term = d.start("term"), d.end("head"), d["term"]
            if re.search(r"[”\"],?\s+or\s", text[s:a]) or re.search(r"\sor\s", text[b : d.end()]):
                continue  # two names defined at once ("(the “Repurchase Rule” or “Rule”)")
        else:
            a, b = d.start("whole"), d.end("head")
            term = (d["t1"] or d["t2"] or "") + d["head"]
        if term == d["head"]:
            continue  # "(the “Rule”)": no word of its own
        after = [m for m in uses if m.start >= d.end() and m.text.endswith(term) and m.authority]
        if not after or len({m.authority for m in after}) != 1:
            continue
        i = bisect.bisect_left(starts, b)
        if (i and taken[i - 1][1] > a) or (i < len(taken) and taken[i][0] < b):
            continue
        added.append(_back_to(after[0], text, a, b, f"the term the article defines: {term}"))
    return _with_added(mentions, added)


# "vacated the entire set of regulations, including amendments to existing rules
# (collectively, the Rules)": the description a set term is defined for, in its sentence.
_SET_DESCRIBED = deferred(
    r"\b[Tt]he\s+(?:(?:entire|full|whole|complete)\s+)?(?:(?:set|package|suite)\s+of\s+)?"
    r"(?:(?:new|final)\s+)?(?:rules|regulations)\b(?=[^()]{0,80}\((?:collectively|together),?\s+"
    r"the\s+(?:Rules|Regulations)\))"
)


def _sets_described(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The description a "(collectively, the Rules)" term is defined for, linked as the rule
    the term's uses were linked to (each use the same)."""
    text = doc.text
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    added: list[Mention] = []
    for d in _SET_DESCRIBED.finditer(text):
        s, e = d.span()
        close = text.find(")", e) + 1
        if doc.sentence_start(s) != doc.sentence_start(close - 1):
            continue
        uses = [m for m in mentions if m.kind == "regulation" and m.authority and m.start >= close]
        uses = [m for m in uses if m.text.lower().endswith(("the rules", "the regulations"))]
        if not uses or len({m.authority for m in uses}) != 1:
            continue
        i = bisect.bisect_left(starts, e)
        if (i and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
            continue
        added.append(_back_to(uses[0], text, s, e, "the set the article defines as the Rules"))
    return _with_added(mentions, added)


# A headline's "<State> <Topic> Law" ("Ohio Campus Speech Law Halted")
_HEADLINE_STATE_LAW = deferred(r"[A-Z][a-z]+\s+(?:[A-Z][\w-]*\s+){1,5}(?:Law|Act)")
# How far into the body the bill that tells the headline's law may stand
_HEADLINE_LEAD = 400


def _headline_state_law(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A headline's unresolved "<State> <Topic> Law" is the bill the lead names first when
    that is the one bill of that state the article names ("Texas College Protest Law Blocked
    … A federal judge has blocked Texas Senate Bill 2972 (SB 2972), a law limiting …")."""
    from .. import courts
    from .headlines import _headline

    line = _headline(doc.text)
    if line is None:
        return mentions
    a, b = line
    todo = [
        m
        for m in mentions
        if m.kind == "statute" and m.authority is None and a <= m.start and m.end <= b
    ]
    if not todo:
        return mentions
    out = list(mentions)
    for m in todo:
        said = _HEADLINE_STATE_LAW.fullmatch(m.text)
        words = m.text.split()
        state = None
        if said is not None:
            # (a state of one word or two: "Texas College …", "New Mexico …")
            state = courts.state_by_name().get(" ".join(words[:2]).lower()) or (
                courts.state_by_name().get(words[0].lower())
            )
        if state is None:
            continue
        prefix = f"state:{state.postal.lower()}:bill:"
        bills = {
            x.authority
            for x in mentions
            if x.kind == "statute" and x.authority and x.authority.startswith(prefix)
        }
        lead = [
            x
            for x in mentions
            if x.kind == "statute" and b < x.start <= b + _HEADLINE_LEAD and not x.anaphor
        ]
        if len(bills) != 1 or not lead or lead[0].authority not in bills:
            continue
        bill = lead[0]
        out[out.index(m)] = m.with_(
            authority=bill.authority,
            name=bill.name,
            url=None,
            confidence=max(m.confidence, 0.7),
            evidence=f"a headline's name of the one bill of its state the lead names: {bill.text}",
        )
    return out


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    mentions = _kinds_in_lists(doc, mentions)
    mentions = _headline_state_law(doc, mentions)
    mentions = _split_undoings(doc, mentions)
    mentions = _synced(doc, mentions)
    mentions = _terms_out_of_rulings(doc, mentions)
    if any(w in doc.text for w in ("epeal", "escission", "ollback", "evocation")):
        mentions = _actions_of(doc, mentions)
    mentions = _actions(doc, mentions)
    if " of a" in doc.text or " of one " in doc.text:
        mentions = _actions_on_kind(doc, mentions)
    mentions = _own_heads(doc, mentions)
    if doc.hits("defined_term"):
        mentions = _terms_where_defined(doc, mentions)
        if "(collectively, the " in doc.text or "(together, the " in doc.text:
            mentions = _sets_described(doc, mentions)
    if "-era " in doc.text or " era " in doc.text:
        mentions = _era_apposed(doc, mentions)
    return _synonym_heads(doc, mentions)


PASS = Pass(name="namesync", emits=("regulation", "statute"), anchors=(), run=run)
