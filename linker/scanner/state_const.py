"""A state's constitution by article and section: "Article IV, Section 4 of the Wisconsin
Constitution", "Section 7 of Article I of the Florida Constitution", "the Texas
Constitution's Article I, Section 3a", "Article I, Section 1 of the state constitution",
"Wis. Const. art. IV, § 4".

The id is SPEC §2's ``state:POSTAL:const:ARTICLE[-SECTION]`` (article as an arabic number):
``state:wi:const:4-4``. "The state constitution" takes the one state its sentence or the two
before it name (else the mention is left out: the article is not guessed). Claiming these spans
keeps the U.S. Constitution's "Article I, Section 1" from being read into them.

A state's constitution named with no article ("the Arizona Constitution", "Ohio's
constitution", "the state constitution", "the constitution's “title provision”", "the
constitutional “one-subject rule”") is a mention of that constitution with no id (SPEC §2 has
none for a whole constitution, and a section is never guessed from a clause's nickname, which
may be in two sections: Arizona's one-subject rule is art. 4, pt. 2, § 13 for acts and § 20 for
appropriation bills). It links to an overview of that constitution with each article's text
(Ballotpedia's ``STATE_Constitution`` page), better than no link; "the state constitution"
needs the one state its sentence or the two before name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace as dc_replace
from functools import cache, lru_cache
from urllib.parse import quote

from .. import courts, ids
from ..datafiles import read_rows
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .sentences import sentences as _sentences
from .state_laws import state_names
from .statenames import one_state_of_article, outlet_state
from .trie import head_matches

ANCHOR = Anchor("state_const", ("Constitution", "constitution", "Const."), 140, 64, "word")
# "the state's right to bear arms clause", "Norland's clause": a state's clause by its
# possessive, no constitution named
CLAUSE_ANCHOR = Anchor("state_clause", ("clause",), 0, 0, "word", "word")
# "the state's right to privacy", "Norland's right to bear arms": a state's clause by the
# state's possessive and the right it grants, no constitution named
RIGHT_ANCHOR = Anchor("state_right", ("right to", "right of"), 0, 0, "word", "word")
_ART = r"(?:[Aa]rticle|Art\.|art\.)\s+(?P<art>[IVXL]+|\d{1,2})"
# a subsection ("Section 2(a)") is linked at its section
_SEC = r"(?:[Ss]ection|Sec\.|sec\.|§)\s*(?P<sec>\d{1,3}[a-z]?)(?:\([a-z0-9]{1,4}\))*"
_ART2 = _ART.replace("art>", "art2>")
_SEC2 = _SEC.replace("sec>", "sec2>")
_STATE_CONST = (
    r"(?:the\s+)?(?:(?P<state>{states})(?:['’]s)?|(?P<generic>state(?:['’]s)?))\s+"
    r"[Cc]onstitution"
)
_ABBR_CONST = r"(?P<abbr>{abbrs})\s*Const\."


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    names = sorted((s.name for s in courts.states().values()), key=len, reverse=True)
    states = "|".join(re.escape(n) for n in names)
    abbrs = "|".join(
        re.escape(a) for a in sorted(courts.STATE_ABBREVIATIONS, key=len, reverse=True)
    )
    const = _STATE_CONST.format(states=states)
    const2 = const.replace("?P<state>", "?P<state2>").replace("?P<generic>", "?P<generic2>")
    return (
        # "Article IV, Section 4 of the Wisconsin Constitution"; "Section 7 of Article I of …";
        # set off by commas too: "Article 5, Section 1, of the Arkansas Constitution"
        re.compile(rf"\b{_ART}(?:,?\s+{_SEC})?,?\s+of\s+{const}"),
        re.compile(rf"\b{_SEC},?\s+of\s+{_ART},?\s+of\s+{const}"),
        # "the Texas Constitution's Article I, Section 3a"; "the Florida Constitution (Art. I,
        # § 23)"
        re.compile(rf"\b{const2}(?:['’]s\s+|\s*\(\s*|,\s+){_ART2}(?:,?\s+{_SEC2})?\)?"),
        # "Wis. Const. art. IV, § 4"
        re.compile(rf"{_ABBR_CONST.format(abbrs=abbrs)}\s+{_ART}(?:,?\s+{_SEC})?"),
        # "The Constitution of the State of Georgia, Article III, Section V, Paragraph XIII"
        # (Georgia numbers its sections in roman numerals too)
        re.compile(
            rf"\b[Tt]he\s+Constitution\s+of\s+(?:the\s+State\s+of\s+)?(?P<state2>{states}),?"
            rf"\s+{_ART2}(?:,?\s+(?:[Ss]ection|Sec\.)\s+(?P<secr>[IVXL]+\b|\d{{1,3}}[a-z]?))?"
        ),
    )


# A constitution named with no article. Lowercase "constitution" alone is not a state's: only
# "the state('s) constitution" and a clause of "the constitution" in quotation marks are.
_CLAUSE = r"[“\"](?P<clause>[^”\"\n]{3,40})[”\"]"
_WHOLE = (
    r"(?:(?P<st>(?:[Tt]he\s+)?(?P<state>{states})(?:['’]s)?\s+(?:[Ss]tate\s+)?[Cc]onstitution"
    r"|[Tt]he\s+[Cc]onstitution\s+of\s+(?:the\s+[Ss]tate\s+of\s+)?(?P<state2>{states}))\b"
    r"|(?P<generic>\b[Tt]he\s+state(?:['’]s)?\s+[Cc]onstitution\b)"
    rf"|\b[Tt]he\s+(?:state(?:['’]s)?\s+)?constitution(?:['’]s|al)\s+{_CLAUSE})"
)


@cache
def _whole() -> re.Pattern[str]:
    names = sorted((s.name for s in courts.states().values()), key=len, reverse=True)
    states = "|".join(re.escape(n) for n in names)
    return re.compile(_WHOLE.replace("{states}", states))


# how far before "constitution" a whole-constitution phrase may start ("the South Carolina
# state constitution")
_WHOLE_REACH = 32
_CLAUSE_AFTER = deferred(r"(?:['’]s|al)\s+[“\"]")


@cache
def _last_words() -> frozenset[str]:
    """What may stand right before "constitution" in a whole-constitution phrase: a state
    name's last word (possessive too) or "state"."""
    words = {"state", "state's", "state’s"}
    for name in state_names():
        last = name.split()[-1].lower()
        words |= {last, f"{last}'s", f"{last}’s"}
    return frozenset(words)


def _may_be_whole(text: str, h: int) -> bool:
    """A cheap look around one "constitution" before the pattern runs: most are the U.S.
    Constitution ("the Constitution", "the U.S. Constitution")."""
    before = text[max(0, h - 24) : h].split()
    if before and before[-1].lower() in _last_words():
        return True
    return text.startswith("Constitution of ", h) or (
        text.startswith("constitution", h) and _CLAUSE_AFTER.match(text, h + 12) is not None
    )


# A clause or right named right before a state's constitution: "the privacy provision in the
# state's constitution", "the equal protection clause of the Montana Constitution", "the right
# to privacy in the state constitution" (its words are looked up from the right: "the court
# read the privacy clause of …" is the privacy clause)
_CLAUSE_BEFORE = deferred(
    r"(?P<clause>(?:[A-Za-z][a-z-]{1,20}\s+){0,3}[A-Za-z][a-z-]{2,20})\s+"
    r"(?:[Pp]rovision|[Cc]lause|[Gg]uarantee|[Aa]mendment)\s+(?:in|of|to)\s+$"
    r"|(?:[Tt]he\s+|an?\s+)?(?:individual\s+)?rights?\s+(?:to|of)\s+(?:individual\s+)?"
    r"(?P<right>(?:[a-z][a-z-]{1,20}\s+){0,3}?[a-z][a-z-]{2,20})\s+"
    r"(?:in|under|of|guaranteed\s+by|protected\s+by)\s+$"
)
# ... and right after it: "the state Constitution's right to individual privacy", "the Idaho
# Constitution's “Open Courts” provision", "the Montana Constitution, which provides: “The
# right of individual privacy …”", "a clause in the Montana Constitution that promises an
# individual right to privacy"
_CLAUSE_AFTER_CUE = deferred(
    r"['’]s\s+|,?\s+(?:which|that)\s+(?:provides|promises|guarantees|protects|enshrines|"
    r"says|states)(?:\s+(?:for|that))?[:,]?\s+"
)
# what may stand before a clause's key words: "the", "an individual right to", a quotation mark
# (or the duty the clause sets: "the state Constitution's requirement for open courts")
_KEY_LEAD = deferred(
    r"(?:(?:requirement|guarantee|promise|mandate)\s+(?:for|of)\s+)?"
    r"[“\"']?(?:(?:the|an?)\s+)?(?:individual\s+)?"
    # ("right to “a clean and healthful environment”": the article inside the quotation)
    r"(?:rights?\s+(?:to|of)\s+(?:(?:the|an?)\s+)?(?:individual\s+)?)?"
    r"(?:[“\"'](?:(?:the|an?)\s+)?)?",
    re.IGNORECASE,
)
# ... and after them: a closing quotation mark and the clause's noun
_KEY_TAIL = deferred(
    r"[”\"']?(?:\s+(?:clause|provision|guarantee|protections?|rights?|amendment)\b)?[”\"']?",
    re.IGNORECASE,
)


@cache
def _state_clauses() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(postal, clause words) → (article, section, title): a state constitution's clause that
    only one of its sections holds (``data/state_clauses.csv``, each row with its source)."""
    return {
        (r["state"].upper(), r["clause"]): (r["article"], r["section"], r["name"])
        for r in read_rows("state_clauses.csv")
    }


@cache
def _keys_of(postal: str) -> tuple[str, ...]:
    """A state's clause words, the longest first ("free and equal elections" before …)."""
    keys = [k for p, k in _state_clauses() if p == postal.upper()]
    return tuple(sorted(keys, key=len, reverse=True))


def _row_of(postal: str, words: str) -> tuple[str, tuple[str, str, str]] | None:
    """The clause whose words end ``words`` ("court read the privacy" → privacy), and its row."""
    words = " ".join(words.lower().split())
    for key in _keys_of(postal):
        if words == key or words.endswith(" " + key):
            return key, _state_clauses()[(postal.upper(), key)]
    return None


def _key_at(text: str, at: int, postal: str) -> tuple[int, tuple[str, str, str]] | None:
    """A state's clause named from ``at`` on ("right to individual privacy", "equal
    protection clause", "“Open Courts” provision"): where its phrase ends, and its row."""
    q = _KEY_LEAD.match(text, at)
    i = q.end() if q else at
    for key in _keys_of(postal):
        end = i + len(key)
        if " ".join(text[i:end].lower().split()) == key and not text[end : end + 1].isalnum():
            t = _KEY_TAIL.match(text, end)
            return (t.end() if t else end), _state_clauses()[(postal.upper(), key)]
    return None


def _named_clause(
    text: str, start: int, end: int, postal: str
) -> tuple[int, int, str, str, str] | None:
    """A clause or right named right before or after a state's constitution (``start``/
    ``end``): the span of the whole phrase, and the article, section and title of the one
    section of that name."""
    c = _CLAUSE_BEFORE.search(text, max(0, start - 64), start)
    if c is not None:
        found = _row_of(postal, c.group("clause") or c.group("right"))
        if found:
            key, row = found
            at = c.start()
            if c.group("clause"):
                # the phrase starts at the clause's own words (and their "the")
                at = c.end("clause") - len(key)
                at -= 4 if text[max(0, at - 4) : at].lower() == "the " else 0
            return (at, end, *row)
    cue = _CLAUSE_AFTER_CUE.match(text, end)
    if cue is not None:
        after = _key_at(text, cue.end(), postal)
        if after:
            return (start, after[0], *after[1])
    return None


# What the constitution is the law of: "not subject to a partial veto under the Wisconsin
# Constitution", "violates the Utah Constitution" (not "added a right to the state
# constitution": the whole document, which the new section is not yet)
_UNDER_BEFORE = deferred(r"\b(?:under|violat(?:e|es|ed|ing))\s+$")


def _sentence_clause(text: str, start: int, end: int, postal: str) -> tuple[str, str, str] | None:
    """The one clause of several words ("partial veto", "equal protection") that the sentence
    holding a state's constitution (``start``/``end``) names elsewhere in it, as its row; None
    when it names none or two sections (a one-word key, "hunt", is too often another word)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi_dot, hi_nl = text.find(". ", end), text.find("\n", end)
    hi = min(h for h in (hi_dot, hi_nl, len(text)) if h >= 0)
    folded = " ".join(text[lo:hi].lower().split())
    rows = {
        _state_clauses()[(postal.upper(), key)]
        for key in _keys_of(postal)
        if " " in key and re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", folded)
    }
    return next(iter(rows)) if len(rows) == 1 else None


# "… due process and equal protection": the word joining a second clause to the first
_AND_KEY = deferred(r"\s+(?:and|or)\s+(?=[a-z“\"])")


def overview_url(state_name: str) -> str:
    """Ballotpedia's page on a state's constitution: what it is, and each article's text."""
    return "https://ballotpedia.org/" + quote(f"{state_name} Constitution".replace(" ", "_"))


def _whole_constitutions(
    doc: Doc, taken: list[tuple[int, int]], spans: list[tuple[int, int]] | None
) -> list[Mention]:
    text = doc.text
    by_name = courts.state_by_name()
    out: list[Mention] = []
    seen: set[int] = set()
    only: str | None = None  # the one state the whole article names ("" when not one)
    named_at: list[tuple[int, str]] | None = None  # where the article names states, in order
    heads = [h for h in doc.hits("state_const") if _may_be_whole(text, h[0])]
    if not heads:
        return out
    for m in head_matches(text, _whole(), heads, _WHOLE_REACH):
        if m.start() in seen or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        seen.add(m.start())
        named = m.group("state") or m.group("state2")
        if named:
            st = by_name.get(named.lower())
            postal = st.postal if st else None
        else:
            spans = spans or _sentences(text)
            postal = _state_near(text, spans, m.start())
            if named_at is None:
                named_at = _states_named(text)
            k = bisect.bisect_left(named_at, (m.start(), ""))
            # (an item heading after the last state named: a round-up's next item, whose
            # state its text does not tell)
            new_item = (
                bool(k)
                and _heading_at_or_after(text, named_at[k - 1][0], m.start()) > (named_at[k - 1][0])
            )
            if postal is None and not new_item:
                if only is None:
                    only = _only_state(text)
                postal = only or None
            if postal is None and not new_item:
                # "the state's constitution" several sentences after the article named its
                # state: the last state named before it
                lone = k and named_at[k - 1][0] < _window(text, spans, m.start())[0]
                postal = named_at[k - 1][1] if lone else None  # (two states near: neither)
            if postal is None and new_item:
                continue
            if postal is None:
                postal = _outlet_postal(text)  # a local outlet's story: its own state's
        if postal is None:
            continue
        state = courts.states()[postal].name
        clause = m.group("clause")
        named_clause = _named_clause(text, m.start(), m.end(), postal)
        if named_clause is not None:
            start, end, art, sec, title = named_clause
            out.append(
                _section_mention(
                    text,
                    (start, end),
                    (postal, state, art, sec),
                    0.8,
                    f"the {state} Constitution's {title.lower()} clause "
                    f"(its one section of that name: state_clauses.csv)",
                )
            )
            # "the Norland Constitution's due process and equal protection rights": a second
            # clause of the same constitution joined to the first
            joined = _AND_KEY.match(text, end)
            second = _key_at(text, joined.end(), postal) if joined else None
            if joined is not None and second is not None:
                s_end, (art2, sec2, title2) = second
                out.append(
                    _section_mention(
                        text,
                        (joined.end(), s_end),
                        (postal, state, art2, sec2),
                        0.75,
                        f"the {state} Constitution's {title2.lower()} clause, joined to its "
                        f"{title.lower()} clause (state_clauses.csv)",
                    )
                )
            continue
        in_sentence = (
            _sentence_clause(text, m.start(), m.end(), postal)
            if not clause and _UNDER_BEFORE.search(text, max(0, m.start() - 16), m.start())
            else None
        )
        if in_sentence is not None:
            # "… not subject to a partial veto under the Wisconsin Constitution": the one
            # clause of several words its sentence names is the section meant
            art, sec, title = in_sentence
            out.append(
                _section_mention(
                    text,
                    (m.start(), m.end()),
                    (postal, state, art, sec),
                    0.7,
                    f"the {state} Constitution, its {title.lower()} clause named in the same "
                    f"sentence (state_clauses.csv)",
                )
            )
            continue
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "constitution",
                None,
                name=f"{state} Constitution",
                confidence=0.7,
                url=overview_url(state),
                evidence=(
                    f"the {state} Constitution"
                    + (f"'s “{clause}”" if clause else "")
                    + "; no article named, so linked to an overview of it"
                ),
                matcher="state_const",
            )
        )
    return out


# "Montana's constitutional right to privacy", "the state constitutional open courts
# provision", "Montana state constitutional equal protection": a state's own right named with
# the adjective; its section comes from state_clauses.csv, else nothing is linked
_ADJ_BEFORE = (
    r"(?:(?:[Tt]he\s+)?(?P<state>{states})(?:['’]s)?(?:\s+[Ss]tate)?"
    r"|(?P<generic>(?:[Tt]he\s+)?[Ss]tate(?:['’]s)?))\s+$"
)


@cache
def _adj_before() -> re.Pattern[str]:
    names = sorted(state_names(), key=len, reverse=True)
    return re.compile(_ADJ_BEFORE.replace("{states}", "|".join(re.escape(n) for n in names)))


def _key_words(text: str, h: int, end: int) -> str:
    """The clause words of a "constitutional right to …" phrase from ``h`` to ``end``, its
    leading words and its noun left out ("a clean and healthful environment" → "clean and
    healthful environment")."""
    words = text[h + len("constitutional ") : end].lower().split()
    lead = {"right", "rights", "to", "of", "the", "a", "an", "individual"}
    tail = {"clause", "provision", "guarantee", "protection", "protections", "amendment"}
    while words and words[0].strip("“\"'") in lead:
        words.pop(0)
    while words and words[-1].strip("”\"'") in tail | {"right", "rights"}:
        words.pop()
    return " ".join(words)


def _constitutional_rights(
    doc: Doc, taken: list[tuple[int, int]], spans: list[tuple[int, int]] | None
) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    by_name = courts.state_by_name()
    last = _last_words()
    for h, _ in doc.hits("state_const"):
        if not text.startswith("constitutional ", h):
            continue
        before = text[max(0, h - 24) : h].split()
        b = None
        if before and before[-1].lower() in last:
            b = _adj_before().search(text, max(0, h - 40), h)
        if b is None:
            # "young people's constitutional right to a clean and healthful environment": no
            # state before it, but a right of several words only one state's constitution
            # names, of the state its sentences (or the article) name
            spans = spans or _sentences(text)
            postal = _state_near(text, spans, h) or _only_state(text) or _outlet_postal(text)
            if postal is None:
                continue
            found = _key_at(text, h + len("constitutional "), postal)
            if found is None or " " not in _key_words(text, h, found[0]):
                continue
            end, (art, sec, title) = found
            if any(x < end and h < y for x, y in taken):
                continue
            state = courts.states()[postal].name
            out.append(
                _section_mention(
                    text,
                    (h, end),
                    (postal, state, art, sec),
                    0.7,
                    f"a right of the {state} Constitution, the state its sentences name: its "
                    f"{title.lower()} section (the one section of that name: state_clauses.csv)",
                )
            )
            continue
        if b.group("state"):
            st = by_name.get(b.group("state").lower())
            postal = st.postal if st else None
        else:
            spans = spans or _sentences(text)
            postal = _state_near(text, spans, h) or _only_state(text) or _outlet_postal(text)
        if postal is None or not _keys_of(postal):
            continue
        found = _key_at(text, h + len("constitutional "), postal)
        if found is None:
            continue
        end, (art, sec, title) = found
        start = b.start()
        if any(x < end and start < y for x, y in taken):
            continue
        state = courts.states()[postal].name
        out.append(
            _section_mention(
                text,
                (start, end),
                (postal, state, art, sec),
                0.75,
                f"a right of the {state} Constitution: its {title.lower()} section "
                f"(the one section of that name: state_clauses.csv)",
            )
        )
    return out


# "the state's right to bear arms clause", "Norland's privacy clause": a clause of a state's
# constitution by the state's possessive and the clause's words; "Norland's clause" alone
# refers back to the one clause of that state told before
_POSSESSED = (
    r"(?<![\w-])(?:(?P<generic>[Tt]he\s+state)|(?P<state>{states}))['’]s?\s+"
    r"(?P<words>(?:[a-z][a-z-]*\s+){{0,5}}?)clause\b"
)


@cache
def _with_states(pattern: str) -> re.Pattern[str]:
    """``pattern`` with every state's name (the longest first) in its ``{states}`` slot."""
    names = sorted(state_names(), key=len, reverse=True)
    return re.compile(pattern.format(states="|".join(re.escape(n) for n in names)))


def _possessed() -> re.Pattern[str]:
    return _with_states(_POSSESSED)


def _possessed_clauses(
    doc: Doc, taken: list[tuple[int, int]], spans: list[tuple[int, int]] | None
) -> list[Mention]:
    """ "Georgia's high court upheld the law under the state's right to bear arms clause …
    declined to read federal standards into Georgia's clause": the state's section whose
    clause words (``state_clauses.csv``) end the words before "clause" (a U.S. amendment of
    the same right is not meant: the phrase says whose), the state its own name or, for "the
    state's", the one its sentence or the two before name; then the bare "<State>'s clause"
    after it, a reference back to that section."""
    text = doc.text
    by_name = courts.state_by_name()
    out: list[Mention] = []
    told: dict[str, set[str]] = {}  # postal → the ids of its clauses found so far
    for h, _ in doc.hits("state_clause"):
        end = h + len("clause")
        found_at = _possessed().finditer(text, max(0, h - 80), end)
        m = next((x for x in found_at if x.end() == end), None)
        if m is None:
            continue
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if m.group("state"):
            st = by_name.get(m.group("state").lower())
            postal = st.postal if st else None
        else:
            spans = spans or _sentences(text)
            postal = _state_near(text, spans, m.start())
        if postal is None:
            continue
        state = courts.states()[postal].name
        words = m.group("words").strip()
        if not words:
            ids_told = told.get(postal, set())
            if m.group("state") and len(ids_told) == 1:
                (auth,) = ids_told
                art, sec = auth.rsplit(":", 1)[1].split("-")
                ref = _section_mention(
                    text,
                    m.span(),
                    (postal, state, art, sec),
                    0.7,
                    f"“{state}'s clause” refers back to the {state} Constitution's clause "
                    "told before",
                )
                out.append(dc_replace(ref, anaphor=True))
            continue
        found = _row_of(postal, words)
        if found is None:
            continue
        _, (art, sec, title) = found
        # (the phrase opens at its determiner and state, and ends at "clause")
        mention = _section_mention(
            text,
            m.span(),
            (postal, state, art, sec),
            0.8,
            f"the {state} Constitution's {title.lower()} clause, told by the state's "
            f"possessive (its one section of that name: state_clauses.csv)",
        )
        out.append(mention)
        told.setdefault(postal, set()).add(mention.authority or "")
    return out


# "the state's right to privacy", "Norland's right to keep and bear arms", "the state's
# constitutional right …" is _constitutional_rights'
_POSSESSED_RIGHT = (
    r"(?<![\w-])(?:(?P<generic>[Tt]he\s+state)|(?P<state>{states}))['’]s?\s+"
    r"(?:own\s+)?(?:individual\s+)?$"
)


def _possessed_right() -> re.Pattern[str]:
    return _with_states(_POSSESSED_RIGHT)


def _possessed_rights(
    doc: Doc, taken: list[tuple[int, int]], spans: list[tuple[int, int]] | None
) -> list[Mention]:
    """ "… the ban breaches the state's right to privacy", "Norland's right to bear arms": a
    right that only one section of the state's constitution grants (``state_clauses.csv``),
    told by the state's possessive with no constitution named; the state is its own name or,
    for "the state's", the one its sentence or the two before name."""
    text = doc.text
    by_name = courts.state_by_name()
    out: list[Mention] = []
    for h, _ in doc.hits("state_right"):
        m = _possessed_right().search(text, max(0, h - 40), h)
        if m is None or any(a < h and m.start() < b for a, b in taken):
            continue
        if m.group("state"):
            st = by_name.get(m.group("state").lower())
            postal = st.postal if st else None
        else:
            spans = spans or _sentences(text)
            postal = _state_near(text, spans, m.start())
        if postal is None or not _keys_of(postal):
            continue
        found = _key_at(text, h, postal)
        if found is None:
            continue
        end, (art, sec, title) = found
        if any(a < end and m.start() < b for a, b in taken):
            continue
        state = courts.states()[postal].name
        out.append(
            _section_mention(
                text,
                (m.start(), end),
                (postal, state, art, sec),
                0.75,
                f"a right of the {state} Constitution, told by the state's possessive: its "
                f"{title.lower()} section (the one section of that name: state_clauses.csv)",
            )
        )
    return out


def _section_mention(
    text: str,
    span: tuple[int, int],
    where: tuple[str, str, int | str, int | str],
    confidence: float,
    evidence: str,
) -> Mention:
    """A mention of a section of a state's constitution (``where``: postal code, the state's
    name, article, section), named as such."""
    start, end = span
    postal, state, art, sec = where
    return Mention(
        start,
        end,
        text[start:end],
        "constitution",
        f"state:{postal.lower()}:const:{art}-{sec}",
        name=f"{state} Constitution, Article {art}, Section {sec}",
        confidence=confidence,
        evidence=evidence,
        matcher="state_const",
    )


def _arabic(article: str) -> int | None:
    return int(article) if article.isdigit() else ids.roman_to_int(article)


# A state's name that begins a newspaper's ("per the New York Times", "the Texas Tribune")
# names the paper, not the state whose constitution the article means.
_PAPER_AFTER = r"(?!\s+(?:Times|Post|Daily\s+News|Tribune|Herald|Journal|Gazette|Sun)\b)"


@cache
def _state_word() -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in state_names() if n != "Washington")
    return re.compile(rf"\b(?:{alt})\b{_PAPER_AFTER}")


def _window(text: str, spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The sentence holding ``at`` and the two before it, from the item heading (a case's
    caption) above it if one stands between: a round-up's next item is another state's case."""
    i = bisect.bisect_right(spans, (at, len(text) + 1)) - 1
    i = min(max(i, 0), len(spans) - 1)
    lo = spans[max(0, i - 2)][0]
    return _heading_at_or_after(text, lo, at), spans[i][1]


# how long a heading line may be: a round-up item's caption, no sentence
_HEADING_LEN = 80
# a case's caption ("Pell v. Orton"): the heading of a round-up's item
_CAPTION_LINE = deferred(r"\S\s+vs?\.?\s+\S")


def _heading_at_or_after(text: str, lo: int, at: int) -> int:
    """Where the last item heading between ``lo`` and ``at`` starts (a short line with no
    closing stop between line breaks that is a case's caption: "Doe v. Roe"), else ``lo``."""
    end = text.rfind("\n", lo, at)
    while end > lo:
        start = text.rfind("\n", lo, end)
        if start < 0:
            break
        line = text[start + 1 : end].strip()
        if (
            line
            and len(line) <= _HEADING_LEN
            and line[-1] not in ".!?:;,\"”'’)"
            and _CAPTION_LINE.search(line)
        ):
            return start + 1
        end = start
    return lo


def _state_near(text: str, spans: list[tuple[int, int]], at: int) -> str | None:
    """The one state named in the sentence holding ``at``, else (when it names none) in the
    two before it ("the Wisconsin Supreme Court … the state constitution"): "In Idaho, …
    the state constitution" after a paragraph on South Carolina is Idaho's."""
    lo, hi = _window(text, spans, at)
    by_name = courts.state_by_name()
    named = [
        (m.start(), by_name[m.group(0).lower()].postal)
        for m in _state_word().finditer(text, lo, hi)
    ]
    own = {p for s, p in named if s >= _sentence_start(spans, at)}
    found = own or {p for _, p in named}
    return found.pop() if len(found) == 1 else None


def _sentence_start(spans: list[tuple[int, int]], at: int) -> int:
    i = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return spans[i][0] if i >= 0 else 0


def _outlet_postal(text: str) -> str | None:
    """The postal code of the local outlet's state when the text names no other
    (``statenames.outlet_state``), else None."""
    name = outlet_state(text)
    st = courts.state_by_name().get(name.lower()) if name else None
    return st.postal if st else None


def _states_named(text: str) -> list[tuple[int, str]]:
    """Where the article names a state, with its postal code, in order."""
    by_name = courts.state_by_name()
    return [(m.start(), by_name[m.group(0).lower()].postal) for m in _state_word().finditer(text)]


@lru_cache(maxsize=4)
def _only_state(text: str) -> str:
    """The postal code of the one state the article names anywhere, else "" (asked once an
    article: a long text's state words are many)."""
    by_name = courts.state_by_name()
    found = {by_name[m.group(0).lower()].postal for m in _state_word().finditer(text)}
    if not found and (one := one_state_of_article(text)) is not None:
        # (the one the state words leave out: "Spokane, Washington", "Washington state")
        found = {by_name[one.lower()].postal}
    return found.pop() if len(found) == 1 else ""


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    spans: list[tuple[int, int]] | None = None
    by_name = courts.state_by_name()
    seen: set[tuple[int, int]] = set()
    if not (doc.holds("rticle") or doc.holds("Art.") or doc.holds("art.")):
        # (the other patterns name an article)
        out = _whole_constitutions(doc, [], None)
        out += _constitutional_rights(doc, [(m.start, m.end) for m in out], None)
        out += _possessed_clauses(doc, [(m.start, m.end) for m in out], None)
        out += _possessed_rights(doc, [(m.start, m.end) for m in out], None)
        return _of_the_one_section(out)
    for ws, we in doc.windows("state_const"):
        for rx in _patterns():
            for m in rx.finditer(text, ws, we):
                if m.span() in seen:
                    continue
                seen.add(m.span())
                g = m.groupdict()
                art = g.get("art") or g.get("art2")
                sec = g.get("sec") or g.get("sec2")
                if g.get("secr"):
                    sec = str(_arabic(g["secr"]) or g["secr"])
                state = g.get("state") or g.get("state2") or g.get("abbr")
                if art is None:
                    continue
                n = _arabic(art)
                if not n:
                    continue
                if state:
                    st = by_name.get(state.lower())
                    postal = st.postal if st else None
                else:
                    # "Article 3, Section 2 of the state constitution": the one state its
                    # sentence or the two before name, else the one the article names, else
                    # its local outlet's
                    spans = spans or _sentences(text)
                    postal = (
                        _state_near(text, spans, m.start())
                        or _only_state(text)
                        or _outlet_postal(text)
                    )
                if postal is None:
                    continue
                out.append(
                    _article(m, postal, art, n, sec, 0.9, "article of a state's constitution")
                )
    out += _whole_constitutions(doc, [(m.start, m.end) for m in out], spans)
    out += _constitutional_rights(doc, [(m.start, m.end) for m in out], spans)
    out += _possessed_clauses(doc, [(m.start, m.end) for m in out], spans)
    out += _possessed_rights(doc, [(m.start, m.end) for m in out], spans)
    return _of_the_one_section(out + _bare_articles(text, out))


# How far after a whole constitution the one section named may stand and still be what it
# meant: "… violates the state's constitution. … In a 3-2 decision, the court ruled that
# the ban violates the state's right to privacy" (census37 P9)
_SECTION_AHEAD = 400


def _of_the_one_section(found: list[Mention]) -> list[Mention]:
    """ "… a constitutional right to a clean and healthful environment. … that right,
    enshrined in the state constitution": a state's whole constitution named after the
    article gave one section of it, and no other, is that section told again (its id, at a
    lower confidence). Two sections of it named: the whole one stays whole."""
    sections: dict[str, list[Mention]] = {}
    for m in found:
        if m.authority and m.authority.startswith("state:") and m.name:
            sections.setdefault(m.name.split(" Constitution")[0], []).append(m)
    if not sections:
        return found
    out: list[Mention] = []
    for m in found:
        state = (m.name or "").removesuffix(" Constitution")
        named = sections.get(state) if m.authority is None and m.name else None
        if (
            named
            and len({x.authority for x in named}) == 1
            and (named[0].start < m.start or named[0].start - m.end < _SECTION_AHEAD)
        ):
            one = named[0]
            m = m.with_(
                authority=one.authority,
                name=one.name,
                confidence=min(m.confidence, 0.7),
                url=None,
                evidence=f"the {state} Constitution the article names by its one section "
                f"“{one.text}”",
            )
        out.append(m)
    return out


# "Article X, Section 22" with no constitution named: the U.S. Constitution has seven articles,
# so an eighth or later is a state's, and the state's when the article names one state's
# constitution and no other.
_BARE = deferred(rf"(?<![\w.]){_ART}(?:,?\s+{_SEC})?")
US_ARTICLES = 7
# "… of the U.S. Constitution" right after an article and section: the federal one
_US_AFTER = deferred(
    r"\s*(?:,\s*)?(?:of|in)\s+the\s+(?:U\.\s?S\.|United\s+States|federal|US)\s+Constitution"
)


def _article(
    m: re.Match[str],
    postal: str,
    art: str,
    n: int,
    sec: str | None,
    confidence: float,
    evidence: str,
) -> Mention:
    """A state constitution's article (and section) as SPEC §2 names it:
    ``state:POSTAL:const:ARTICLE[-SECTION]``, the article as an arabic number."""
    slug = f"{n}-{sec.lower()}" if sec else f"{n}"
    return Mention(
        m.start(),
        m.end(),
        m.group(0),
        "constitution",
        f"state:{postal.lower()}:const:{slug}",
        name=f"{courts.states()[postal].name} Constitution, Article {art}"
        + (f", Section {sec}" if sec else ""),
        confidence=confidence,
        evidence=evidence,
        matcher="state_const",
    )


def _bare_articles(text: str, found: list[Mention]) -> list[Mention]:
    states = {
        (m.name or "").removesuffix(" Constitution").split(" Constitution,")[0] for m in found
    }
    if len(states) != 1:
        return []
    state = states.pop()
    st = courts.state_by_name().get(state.lower())
    if st is None:
        return []
    taken = [(m.start, m.end) for m in found]
    # where each article and section the text gave as this state's was first given: a bare
    # "Article 3, Section 2" after "Article 3, Section 2 of the state constitution" is the
    # same provision named again
    given: dict[str, int] = {}
    for f in found:
        if f.authority and f.authority.startswith("state:") and "-" in f.authority:
            given.setdefault(f.authority, f.start)
    out: list[Mention] = []
    for m in _BARE.finditer(text):
        n = _arabic(m.group("art"))
        if not n or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        art = m.group("art")
        if n <= US_ARTICLES:
            sec = m.group("sec")
            slug = f"state:{st.postal.lower()}:const:{n}-{sec.lower()}" if sec else ""
            if given.get(slug, len(text)) >= m.start() or _US_AFTER.match(text, m.end()):
                continue
            evidence = (
                f"Article {art}, Section {sec} again: the article gave it as the {st.name} "
                "Constitution's before"
            )
            out.append(_article(m, st.postal, art, n, sec, 0.75, evidence))
            continue
        evidence = (
            f"Article {art}: the U.S. Constitution has seven, and the article names the "
            f"{st.name} Constitution and no other"
        )
        out.append(_article(m, st.postal, art, n, m.group("sec"), 0.75, evidence))
    return out


PASS = Pass(
    name="state_const",
    emits=("constitution",),
    anchors=(ANCHOR, CLAUSE_ANCHOR, RIGHT_ANCHOR),
    run=find,
    gated=True,
)
