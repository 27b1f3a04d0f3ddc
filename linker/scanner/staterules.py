"""Rules of a state body: "the Georgia State Election Board's hand-count rule", "six rules
passed by the State Election Board", "a state DOH regulation", then "the hand count rule".

SPEC §2 has no id for a state agency's rule: the corpus golds name one (``act:NAME``), so such
a mention is found with a name and no id (never a Federal Register search or a federal row).
A state body is a board or department with a state's name or the word "state" before it, or
"State" in its own name ("State Election Board", "State Board of Health", "New York State
Department of Health", "Missouri's Department of Health and Senior Services", "the state
DOH"); "the State Department" (federal) is none. A rule is the body's when:

1. the body owns it: "the State Election Board's new rule", "State Election Board rules";
2. the body made it: "rules passed by the Georgia State Election Board", "The board … passed
   a new rule requiring …" (the body named earlier in the sentence);
3. its topic is one already told so, or its sentence holds the body or "the board": once
   "the hand-count rule" is the board's, "the Hand Count Rule" and "the hand counting rule"
   anywhere in the article are too.

What refers back to it ("the rule") is left to ``anaphora``. The mention is unresolved: a
federal rule's candidate over the same words wins in ``select``.

A rule ``data/state_rules.csv`` knows by its state, body and topic (twenty-eighth session:
Georgia's State Election Board hand-count rule, Ga. Comp. R. & Regs. r. 183-1-12-.12) takes
that row's id and name (SPEC §2's ``state:POSTAL:CODE-SLUG:SECTION``, the slug of the state's
administrative code); a singular phrase with no topic ("this rule") takes it too when it is
the one such rule of the body the article tells.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..datafiles import read_rows
from ..models import Mention
from .agencyrules import AGENCY_RULE_ANCHOR, NOT_MOD, PLAIN_MODS
from .doc import Doc
from .lazyre import deferred
from .registry import Pass
from .statenames import (
    one_state_of_article,
    opening_on_first_letters,
    outlet_state,
    state_names,
)

# A board's or department's head word: the search opens on these literals.
_HEADS = deferred(r"Board|board|Department|DOH|DHSS")
# The body ending at its head word, read backwards from it (``_body_at``).
_BODY_BEFORE = deferred(
    r"(?:(?P<qual>(?:[Ss]tate|[Tt]he\s+state['’]s)\s+)?(?P<name>"
    r"State\s+(?:Election|Elections)\s+|(?:Election|Elections)\s+|State\s+|[Ee]lection\s+"
    r"|[Ee]lections\s+|[Ss]tate\s+[Ee]lection\s+|Air\s+Resources\s+)"
    r"|(?P<qual2>[Ss]tate\s+))$"
)
# What may follow "Board"/"Department": "of Elections", "of Health and Senior Services".
_OF = deferred(r"\s+of\s+(?:Public\s+)?[A-Z][a-z]+(?:(?:\s+and|,)?\s+[A-Z][a-z]+){0,3}")
_ACRONYM_AFTER = deferred(r"\s*\((?P<abbr>[A-Z]{2,6})\)")
# Verbs by which a body makes a rule.
_MADE = (
    r"(?:passed|approved|adopted|issued|enacted|promulgated|finalized|proposed|imposed|"
    r"voted\s+(?:\d-\d\s+)?(?:on\s+\w+\s+)?to\s+(?:approve|adopt|pass|impose))"
)
_MADE_BY = deferred(rf"\s+{_MADE}\s+by\s+(?:the\s+)?$")
_RULE_WORDS = frozenset({"rule", "rules", "regulation", "regulations", "Rule", "Rules"})
# A determiner or number that opens the phrase before the rule word.
_DET = (
    r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Nn]ew|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|[Ss]ix|[Ss]even)"
)
_PHRASE_BEFORE = deferred(rf"(?P<det>{_DET})\s+(?P<mods>(?:[\w-]+\s+){{0,3}}?)$")
# (an article or demonstrative, not "new" or a number: "the new hand count rule" keeps "the")
_DET_FIRST = deferred(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts)\s")
_SUBJECT_VERB = deferred(rf"{_MADE}\s+(?:{_DET}\s+)?(?P<mods>(?:[\w-]+\s+){{0,3}}?)$")
_POSS_GAP = deferred(r"(?P<poss>['’]s?)?\s+(?P<mods>(?:[\w-]+\s+){0,3}?)$")
_SAID_HEAD = deferred(r"[Rr](?:ules?|egulations?)\b")
_BOARD_WORD = deferred(r"\b(?:the|a|its)\s+(?:state\s+)?board\b", re.IGNORECASE)
# A clause after the rule word that says what it does: "a recent rule that mandated ballots to
# be counted by hand", "a new rule requiring …" (read to the sentence's end or a comma).
_TRAILING = deferred(
    r"\s+(?:(?:that|which)\s+(?:would\s+(?:have\s+)?)?"
    r"(?:mandated|mandates|mandate|required|requires|require|ordered|orders|directed|directs)"
    r"|requiring|mandating|directing)\s+(?P<clause>[^,;.!?—–]{3,160})"
)


@cache
def _state_before() -> re.Pattern[str]:
    alt = opening_on_first_letters(state_names())
    return re.compile(rf"(?P<state>{alt})(?:['’]s)?\s+$")


class _Body:
    """A state body named in the text: its span, its name as the article writes it, and the
    state named with it (None when only "state" says so)."""

    __slots__ = ("end", "name", "start", "state")

    def __init__(self, start: int, end: int, name: str, state: str | None) -> None:
        self.start, self.end, self.name, self.state = start, end, name, state


def _body_at(text: str, hs: int, he: int) -> _Body | None:
    """The state body whose head word is ``text[hs:he]``, if it is one."""
    head = text[hs:he]
    end = he
    of = _OF.match(text, he) if head in ("Board", "Department") else None
    if of:
        end = of.end()
    before = text[max(0, hs - 40) : hs]
    m = _BODY_BEFORE.search(before)
    start = hs - (len(before) - m.start()) if m else hs
    words = text[start:end]
    if head == "Department" and not of:
        return None  # "the State Department" is federal
    if head in ("DOH", "DHSS"):
        if not (m and (m.group("qual2") or m.group("qual"))):
            return None  # "a state DOH regulation"
    elif head == "Board" and not (of or m):
        return None
    elif head == "board" and not (m and m.group("name") and "lection" in m.group("name")):
        return None  # "state election board", "the elections board"
    st = _state_before().search(text, max(0, start - 30), start)
    state = st.group("state") if st else None
    qualified = (
        state is not None
        or "State" in words
        or (m is not None and bool(m.group("qual") or m.group("qual2")))
        or "Election" in words
        or "lection" in words
    )
    if not qualified:
        return None
    if st is not None:
        start = st.start()
    name = re.sub(r"^(?:[Tt]he\s+)?(?:state['’]s\s+|state\s+)?", "", text[start:end])
    name = re.sub(r"['’]s(?=\s)", "", name)
    return _Body(start, end, re.sub(r"\s+", " ", name), state)


def _topic(mods: str) -> str:
    """The words that say what a rule is about, normalised ("hand-counting" → "hand count")."""
    words = []
    for w in re.split(r"[\s-]+", mods.strip()):
        low = w.lower()
        if not low or low in PLAIN_MODS or low in NOT_MOD or low.isdigit():
            continue
        low = re.sub(r"(?:ing|s)$", "", low) if len(low) > 4 else low
        words.append(low)
    return " ".join(words)


@cache
def _table() -> dict[tuple[str, str], tuple[str, str]]:
    """(state's body as ``find`` names it, lower-cased; topic) → (id, name), from
    ``data/state_rules.csv``."""
    return {
        (f"{r['state']} {r['body']}".lower(), r["topic"]): (r["authority"], r["name"])
        for r in read_rows("state_rules.csv")
    }


def _stem(word: str) -> str:
    low = word.lower()
    return re.sub(r"(?:ing|ed|s)$", "", low) if len(low) > 4 else low


def _topic_end(clause: str, topic: str) -> int:
    """Where the last of ``topic``'s words ends in ``clause`` when all of them stand there in
    any order and form ("counted by hand" for "hand count"); 0 when one is missing."""
    end = 0
    for w in topic.split():
        m = next((m for m in re.finditer(r"[\w]+", clause) if _stem(m.group(0)) == _stem(w)), None)
        if m is None:
            return 0
        end = max(end, m.end())
    return end


def _mods_ok(mods: str) -> bool:
    return not any(w.lower() in NOT_MOD for w in mods.split())


def find(doc: Doc) -> list[Mention]:
    """State bodies' rules in ``doc`` (see the module's docstring)."""
    text = doc.text
    if "oard" not in text and "epartment" not in text and "DOH" not in text:
        return []
    heads = doc.hits("agency_rule")
    if not heads:
        return []
    bodies: list[_Body] = []
    for ws, we in doc.windows("agency_rule"):
        for h in _HEADS.finditer(text, ws, we):
            b = _body_at(text, h.start(), h.end())
            if b is not None and not (bodies and bodies[-1].start == b.start):
                bodies.append(b)
    if not bodies:
        return []
    # (bodies in text order, one after another: each lookup below is a bisection)
    starts = [b.start for b in bodies]
    ends = [b.end for b in bodies]
    states = {b.state for b in bodies if b.state}
    state = next(iter(states)) if len(states) == 1 else None
    main = next((b for b in bodies if b.state), bodies[0])
    found: list[tuple[int, int, str, str, str]] = []  # start, end, body name, topic, evidence
    taken: set[int] = set()
    for hs, he in heads:
        word = text[hs:he]
        if word not in _RULE_WORDS and word.lower() not in _RULE_WORDS:
            continue
        sent = doc.sentence_start(hs)
        before = text[max(sent, hs - 120) : hs]
        # 1. owned: "the State Election Board's rule", "State Election Board rules"
        i = bisect.bisect_right(ends, hs) - 1
        owner = bodies[i] if i >= 0 and ends[i] >= hs - 60 else None
        if owner is not None:
            gap = _POSS_GAP.fullmatch(text, owner.end, hs)
            if gap is not None and _mods_ok(gap.group("mods")):
                found.append(
                    (owner.start, he, owner.name, _topic(gap.group("mods")), "the state body's")
                )
                taken.add(hs)
                continue
        # 2. made by: "six rules passed by the Georgia State Election Board"
        j = bisect.bisect_right(starts, he)
        after = bodies[j] if j < len(bodies) and starts[j] <= he + 40 else None
        if after is not None and _MADE_BY.match(text, he, after.start) is not None:
            ph = _PHRASE_BEFORE.search(before)
            if ph is not None and _mods_ok(ph.group("mods")):
                s = hs - (len(before) - ph.start())
                found.append((s, after.end, after.name, _topic(ph.group("mods")), "made by"))
                taken.add(hs)
                continue
        # 2b. the body the subject: "The board on Friday passed a new rule 3-2 requiring …"
        subj = bodies[i] if i >= 0 and starts[i] >= sent else None
        verb = _SUBJECT_VERB.search(before)
        if (
            verb is not None
            and _mods_ok(verb.group("mods"))
            and (subj is not None or _BOARD_WORD.search(text, sent, hs))
        ):
            s = hs - len(verb.group("mods"))
            det = re.search(rf"{_DET}\s+$", text[max(sent, s - 12) : s])
            if det is not None:
                s -= len(det.group(0))
            body = subj or main
            found.append((s, he, body.name, _topic(verb.group("mods")), "made by"))
            taken.add(hs)
    told = {t for *_, t, _ in found if t}
    # 3. a topic already told, told in a sentence holding the body or "the board", or told
    # twice or more in an article naming the body ("the hand count rule" … "the Hand Count
    # Rule"): the article's own name for the body's rule
    phrases: list[tuple[int, int, str, bool]] = []
    for hs, he in heads:
        if hs in taken or text[hs:he].lower() not in _RULE_WORDS:
            continue
        sent = doc.sentence_start(hs)
        ph = _PHRASE_BEFORE.search(text, max(sent, hs - 60), hs)
        while ph is not None and _DET_FIRST.match(ph.group("mods")):
            # "stated that the hand-count rule": the phrase opens at its last determiner
            ph = _PHRASE_BEFORE.search(text, ph.start("mods"), hs)
        if ph is None or not _mods_ok(ph.group("mods")):
            continue
        topic = _topic(ph.group("mods"))
        if not topic:
            continue
        stop = doc.sentence_at(hs)[1]
        k = bisect.bisect_left(starts, sent)
        near = (k < len(bodies) and starts[k] < stop) or bool(_BOARD_WORD.search(text, sent, stop))
        phrases.append((ph.start(), he, topic, near))
    counts: dict[str, int] = {}
    for *_, topic, _near in phrases:
        counts[topic] = counts.get(topic, 0) + 1
    told |= {t for *_, t, near in phrases if near}
    # (a topic ``state_rules.csv`` lists for a body the article names: the table tells it)
    st = state or one_state_of_article(text) or outlet_state(text)
    named = {_full(b.name, b.state or st).lower() for b in bodies}
    told |= {t for b, t in _table() if b in named}
    for s, e, topic, _near in phrases:
        if topic in told or counts[topic] >= 2:
            found.append((s, e, main.name, topic, "the state body's"))
    # 4. a rule told by a clause after it, whose words are a topic ``state_rules.csv`` lists
    # for a body the article names: "a recent rule that mandated ballots to be counted by
    # hand" (the hand count rule of the State Election Board named sentences later)
    rows = [(b, t) for b, t in _table() if b in named]
    if rows:
        done = {f[1] for f in found}
        for hs, he in heads:
            if hs in taken or he in done or text[hs:he] not in ("rule", "regulation"):
                continue
            ph = _PHRASE_BEFORE.search(text, max(doc.sentence_start(hs), hs - 60), hs)
            if ph is None or not _mods_ok(ph.group("mods")) or _topic(ph.group("mods")):
                continue
            first = ph.group("det").lower()
            if "federal" in ph.group("mods").lower() or first not in ("a", "an", "the"):
                continue
            if _other_maker(text, doc.sentence_start(hs), ph.start(), starts):
                continue  # "the athletic association adopted a recent rule that …": its own
            tr = _TRAILING.match(text, he)
            if tr is None:
                continue
            hits = [(t, e) for b, t in rows if (e := _topic_end(tr.group("clause"), t)) > 0]
            if len(hits) != 1:
                continue
            topic, end = hits[0]
            found.append((ph.start(), tr.start("clause") + end, main.name, topic, "told after"))
    if not found:
        return []
    if state is None:
        # (once an article, and only with a state rule; a local outlet's state as the last)
        state = one_state_of_article(text) or outlet_state(text)
    out = []
    table = _table()
    # the rules of the table the article tells by their topic, per body
    known: dict[str, set[tuple[str, str]]] = {}
    for _s, _e, body_name, topic, _why in found:
        full = _full(body_name, state)
        if (row := table.get((full.lower(), topic))) is not None:
            known.setdefault(full, set()).add(row)
    for s, e, body_name, topic, _why in found:
        full = _full(body_name, state)
        said = _SAID_HEAD.search(text, s, e)
        head = "regulation" if said and said.group(0).lower().startswith("reg") else "rule"
        plural = "s" if said and said.group(0).endswith("s") else ""
        name = f"{full} {topic} {head}" if topic else f"{full} {head}{plural}"
        authority = None
        evidence = f"a rule of {full}, a state body: no federal citation"
        row = table.get((full.lower(), topic)) if topic else None
        if row is None and not topic and not plural and len(known.get(full, ())) == 1:
            row = next(iter(known[full]))  # "this rule": the one rule of the body told
        if row is not None:
            authority, name = row
            evidence = f"a rule of {full}, a state body: {authority} (state_rules.csv)"
        out.append(
            Mention(
                s,
                e,
                text[s:e],
                "regulation",
                authority,
                name=name,
                confidence=0.6,
                evidence=evidence,
                matcher="staterules",
            )
        )
    return out


# A making verb (or "has") right before a rule phrase, and what stands before it in the
# sentence: "the league adopted a recent rule that …".
_MADE_BEFORE = deferred(rf"\b{_MADE}\s+$|\b(?:has|had|have)\s+(?:also\s+)?$")
_PRONOUN_SUBJECT = deferred(r"\b(?:[Ii]t|[Tt]hey)\s+(?:\w+\s+){0,3}$")


def _other_maker(text: str, sent: int, at: int, starts: list[int]) -> bool:
    """Whether the rule phrase at ``at`` is made (or held) by a subject its sentence names
    that is no state body: no body, "the board" or pronoun stands before the verb ("The
    athletic association adopted a recent rule that mandated …" is the association's)."""
    verb = _MADE_BEFORE.search(text, sent, at)
    if verb is None:
        return False
    if any(sent <= b < verb.start() for b in starts):
        return False
    lead = text[sent : verb.start()]
    return not _BOARD_WORD.search(lead) and not _PRONOUN_SUBJECT.search(lead)


def _full(body_name: str, state: str | None) -> str:
    """The body's name with its state before it ("Georgia State Election Board")."""
    st = state or ""
    return body_name if not st or body_name.startswith(st) else f"{st} {body_name}"


# The names ``find`` gives: a body's words, then the topic, then "rule(s)"/"regulation(s)"
# in lower case (a federal row's name ends in its title or a nickname in brackets); a
# ``state_rules.csv`` name may hyphenate its topic ("hand-count rule").
STATE_RULE_NAME = deferred(
    r"(?:Board|Department of [A-Z][\w ]*|DOH|DHSS)(?: [\w -]+)? (?:rules?|regulations?)$"
)


def is_state_rule_name(name: str) -> bool:
    """Whether ``name`` is one ``find`` gave a state body's rule (no federal search for it)."""
    return STATE_RULE_NAME.search(name) is not None


PASS = Pass(
    name="staterules", emits=("regulation",), anchors=(AGENCY_RULE_ANCHOR,), run=find, gated=True
)
