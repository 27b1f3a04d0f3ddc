"""Ruling verbs as data: ``linker/data/ruling_verbs.csv``, one row a verb.

Each row gives the verb (``block``, ``strike down``), its past tense where it is irregular
(``struck down``; regular ones are generated: ``blocked``, ``denied``), whether its present
tense ("blocks") is a ruling too, its passive participle when "was … by the court" is one
(``=`` the past tense, or the form: ``thrown out``), or else a ``pattern`` for a phrase that
is no single verb ("dealt a blow", "let the policy take effect"). Every row carries an example
sentence that is a ruling and a counterexample with the same verb that is not, and
``tests/test_ruling_verbs.py`` scans both for every row. A new way of saying "the court
blocked" is one row with its two sentences.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from ...lexicon import DATA


@dataclass(frozen=True)
class VerbRow:
    verb: str
    past: str
    present: str | None
    passive: str | None
    pattern: str | None
    example: str
    counterexample: str


def past_of(verb: str) -> str:
    """The regular past tense of a (phrasal) verb: its first word inflected."""
    word, _, rest = verb.partition(" ")
    if word.endswith("e"):
        word += "d"
    elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        word = word[:-1] + "ied"
    else:
        word += "ed"
    return f"{word} {rest}".strip()


def present_of(verb: str) -> str:
    """The third person singular of a (phrasal) verb: its first word inflected."""
    word, _, rest = verb.partition(" ")
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        word += "es"
    elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        word = word[:-1] + "ies"
    else:
        word += "s"
    return f"{word} {rest}".strip()


@cache
def verb_rows() -> tuple[VerbRow, ...]:
    out = []
    with (DATA / "ruling_verbs.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            verb = r["verb"].strip()
            past = r["past"].strip() or (past_of(verb) if verb else "")
            passive = r["passive"].strip()
            out.append(
                VerbRow(
                    verb=verb,
                    past=past,
                    present=present_of(verb) if verb and r["present"].strip() == "yes" else None,
                    passive=(past if passive == "=" else passive) or None,
                    pattern=r["pattern"].strip() or None,
                    example=r["example"],
                    counterexample=r["counterexample"],
                )
            )
    return tuple(out)


def _words(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` holds a "|" outside every group and character class."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def by_first_letter(forms: list[str]) -> str:
    """``"|".join(forms)`` with the branches that open on one letter grouped behind it
    ("b(?:locked|locks|…)|s(?:truck\\s+down|…)"): the regex engine tries each branch of an
    alternation in turn, so at a position only the branches of its letter are tried, not all
    of the table's 150. The same matches: at a position only branches opening on its letter
    can match, and their order (leftmost first wins) is kept. A form that does not open on a
    plain letter, or whose first letter is quantified, or that holds a "|" of its own at the
    top, stays a branch of its own."""
    groups: dict[str, list[str]] = {}
    alone: list[str] = []
    for f in forms:
        if f[:1].isalpha() and f[1:2] not in ("?", "*", "+", "{") and not _top_level_bar(f):
            groups.setdefault(f[0], []).append(f[1:])
        else:
            alone.append(f)
    out = [
        first
        + (
            rests[0]
            if len(rests) == 1 and not _top_level_bar(rests[0])
            else f"(?:{'|'.join(rests)})"
        )
        for first, rests in groups.items()
    ]
    return "|".join(out + alone)


@cache
def active_verbs() -> str:
    """Every ruling verb form, in the table's order within each first letter, as one
    alternation (``by_first_letter``)."""
    forms: list[str] = []
    for row in verb_rows():
        if row.pattern:
            forms.append(row.pattern)
            continue
        forms.append(_words(row.past))
        if row.passive and row.passive != row.past:
            # "A federal judge has thrown out the suit", "has frozen the funds": the perfect
            # tense's participle where it is not the past tense
            forms.append(_words(row.passive))
        if row.present:
            forms.append(_words(row.present))
    emphatic = [_words(r.verb) for r in verb_rows() if r.verb and r.verb not in _NOT_EMPHATIC]
    if emphatic:
        # "The judge did dismiss the claims": the emphatic past, "did" and the plain verb
        forms.append(rf"did\s+(?:{'|'.join(emphatic)})\b")
    return by_first_letter(forms)


# Verbs whose clause ``verb_ok`` checks by their tense's own words ("found that", "held that",
# "declined to"): never read after an emphatic "did", which those checks do not know.
_NOT_EMPHATIC = frozenset(
    {"rule", "hold", "find", "conclude", "determine", "refuse", "decline", "stay", "vote",
     "side with", "sentence", "extend", "expand", "broaden", "issue", "hand down", "order"}
)  # fmt: skip


@cache
def passive_participles() -> str:
    """The participles of "was blocked by …", in the table's order."""
    return "|".join(_words(r.passive) for r in verb_rows() if r.passive)


@cache
def verb_first_words() -> tuple[str, ...]:
    """The first word of every active form ("blocked", "struck", "handed", "let"): every
    ruling verb clause holds one, so a search for the clause need only look near them."""
    words: set[str] = set()
    for row in verb_rows():
        if row.pattern:
            lead = re.match(r"[a-z]+", row.pattern)
            if lead is None:
                raise ValueError(f"ruling verb pattern opens on no word: {row.pattern!r}")
            words.add(lead.group(0))
            continue
        words.add(row.past.split()[0])
        if row.passive and row.passive != row.past:
            words.add(row.passive.split()[0])
        if row.present:
            words.add(row.present.split()[0])
    words.add("did")  # the emphatic past: "did dismiss"
    return tuple(sorted(words))


@cache
def headline_verbs() -> frozenset[str]:
    """The capitalised present tenses a title-case headline puts after "Judge" ("Judge Blocks
    Trump Order", "Judge Sentences Ex-Governor"): a verb, never a judge's first name."""
    words = {r.present.split()[0] for r in verb_rows() if r.present}
    words |= {"follows", "says", "hears", "weighs", "sets", "sentences", "signals", "slams"}
    # (a headline's judge who speaks, not rules: "Judge Warns Trump's Order May Violate …" —
    # "Trump" is no judge)
    words |= {"warns", "tells", "rebukes", "scolds", "grills", "questions", "presses", "urges",
              "asks", "admonishes", "chides", "criticizes", "lectures", "doubts", "suggests",
              "threatens", "accuses", "berates", "orders"}  # fmt: skip
    return frozenset(w.capitalize() for w in words)
