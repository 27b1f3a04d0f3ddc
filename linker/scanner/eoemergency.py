"""National emergencies a president declared, told without the document's number, for the
``executive`` pass: "President Trump declared a national emergency on March 13 because of the
coronavirus" (Proclamation 9994), "Trump declared a national emergency at the border"
(Proclamation 9844 in 2019, 10886 in 2025), "Declaring a national energy emergency, President
Trump …" (EO 14156). The declarations are rows of ``linker/data/national_emergencies.csv``
(each with its president, day, topic words and source).

A declaration is linked only when one row fits: of the president named with it (else the one
the sentence or the text before names), declared on or before the article's day, sharing the
most topic words with the sentence (a day the sentence names — "on March 13" — counts as one
more). Of rows that still tie (the border emergencies of 2019 and 2025), the one the year the
sentence names picks, else the one declared in the article's presidential term. A declaration
still to come ("may declare", "will be declaring") or one no row fits is no mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_rows, split_field
from ..lexicon import months
from ..models import Mention
from .doc import Anchor, Doc
from .eodated import FIRST_DAY
from .eodescribed import _PRES, PRES_NAME, _president_before
from .lazyre import deferred, lazy
from .orderdata import order_mention


@dataclass(frozen=True)
class Emergency:
    """A national emergency declared by proclamation or executive order."""

    authority: str
    title: str
    president: str
    declared: str  # ISO YYYY-MM-DD
    topics: tuple[str, ...]
    source: str


@cache
def emergencies() -> tuple[tuple[Emergency, re.Pattern[str]], ...]:
    """The table's rows, each with one pattern over its topic words (read on first need)."""
    out = []
    for r in read_rows("national_emergencies.csv"):
        auth, day = r.get("authority", ""), r.get("declared", "")
        if not auth.startswith(("eo:", "proc:")) or len(day) != 10 or not r.get("source"):
            continue
        e = Emergency(
            auth, r.get("title", ""), r.get("president", ""), day,
            split_field(r.get("topics", "")), r["source"],
        )  # fmt: skip
        words = "|".join(re.escape(t) for t in sorted(e.topics, key=len, reverse=True))
        out.append((e, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)))
    return tuple(out)


EMERGENCY_ANCHOR = Anchor(
    "eo_emergency",
    ("national emergency", "National Emergency", "national energy emergency",
     "National Energy Emergency"),
    0,
    0,
    "word",
    "word",
)  # fmt: skip

# What stands before "a national emergency": who declared it and the verb. A subject is a
# president's name (with "President" and a first name), "the president" or "he".
_SUBJECT = (
    rf"(?P<subj>(?:(?:former|then-)\s*)?(?:President\s+)?(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?)?"
    rf"(?P<name>{_PRES})|[Tt]he\s+[Pp]resident|[Hh]e)\s+(?:(?:has|had|also|then|formally|"
    rf"officially|first|quickly|later|is|was)\s+)*"
)
DECLARED_BEFORE = lazy(
    rf"(?:{_SUBJECT})?(?P<verb>[Dd]eclared|[Dd]eclares|[Dd]eclaring|invoked|signed)\s+"
    r"(?:(?P<what>(?:(?:the|his|its)\s+)?(?:(?!and\b|but\b|then\b)[\w'’,-]+\s+){1,5}))?"
    r"[\"“]?(?:a|an|the|his)\s+[\"“]?$"
    # "declared a national emergency", "declaring the coronavirus pandemic a national
    # emergency", "declaring trade deficits “a national emergency”"
    rf"|(?:(?P<owner>{_PRES})['’]s\s+)?(?P<noun>declaration)\s+of\s+(?:a|the)\s+$"
)
# "the national emergency he declared on his first day in office"
DECLARED_AFTER = deferred(
    rf"\s+(?:that\s+)?(?:he|(?:President\s+)?(?P<name>{_PRES})|the\s+[Pp]resident)\s+"
    r"(?:had\s+|has\s+)?declared\b"
)
# "will be declaring", "plans to declare …": a declaration still to come
_NOT_YET = deferred(r"\b(?:will|would|may|might|could|to|should|must|can)\s+(?:be\s+)?$|\bnot\s+$")
# What may stand before a declaring verb whose subject is not a president named here: the
# sentence's start, a comma, or a word that joins a clause whose subject came earlier
_UNNAMED_OK = deferred(
    r"(?:^|[,;:(—]|\b(?:and|then|had|has|have|who|which|that|after|when|also|formally|"
    r"officially|since|before|by|first|later))\s*$"
)
# "signed a national energy emergency declaration": "signed" asks for what was signed
_SIGNED_WHAT = deferred(r"[\"”]?\s+(?:declaration|proclamation|order)\b")
_DEFINITE = deferred(r"\b[Tt]he\s+$")
_YEAR = deferred(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MONTHS = "|".join(sorted((re.escape(w.capitalize()) for w in months()), key=len, reverse=True))
_DAY = deferred(rf"\b(?P<month>{_MONTHS})\.?\s+(?P<day>[1-3]?\d)\b")


def _term_start(date: str) -> str:
    """The first day of the presidential term ``date`` falls in (Jan. 20 of a year after a
    leap year's election)."""
    y = int(date[:4])
    while y % 4 != 1 or f"{y}-01-20" > date:
        y -= 1
    return f"{y}-01-20"


def _days_named(sentence: str) -> set[str]:
    out = set()
    for m in _DAY.finditer(sentence):
        month = months().get(m.group("month").lower())
        if month and 1 <= int(m.group("day")) <= 31:
            out.add(f"{month:02d}-{int(m.group('day')):02d}")
    return out


def _pick(president: str, sentence: str, date: str | None) -> Emergency | None:
    """The one declaration of ``president`` the sentence's topic words fit best, or None.
    Ties: the day the sentence names ("on March 13", "on his first day in office"), the
    year it names, else the article's presidential term. No topic word: the day alone."""
    days = _days_named(sentence)
    if date and FIRST_DAY().search(sentence):
        days.add(_term_start(date)[5:])
    scores: dict[Emergency, int] = {}
    for e, topics in emergencies():
        if e.president != president or (date and e.declared > date):
            continue
        scores[e] = len({m.group(0).lower() for m in topics.finditer(sentence)})
    top = max(scores.values(), default=0)
    best = [e for e, n in scores.items() if n == top]
    on_day = [e for e in best if e.declared[5:] in days]
    if top == 0 or (len(best) > 1 and on_day):
        best = on_day
    if len(best) > 1:
        years = set(_YEAR.findall(sentence))
        if len(years) == 1:
            best = [e for e in best if e.declared[:4] in years]
        elif date:
            start = _term_start(date)
            best = [e for e in best if e.declared >= start]
    return best[0] if len(best) == 1 else None


def declared(doc: Doc) -> list[Mention]:
    """Every national emergency the text says a president declared, when one row fits."""
    hits = doc.hits(EMERGENCY_ANCHOR.name)
    if not hits:
        return []
    text = doc.text
    out: list[Mention] = []
    for s, e in hits:
        a, b = doc.sentence_at(s)
        before = DECLARED_BEFORE().search(text, max(a, s - 90), s)
        after = the = None
        if before is None:
            after = DECLARED_AFTER.match(text, e)
            the = _DEFINITE.search(text, max(a, s - 5), s)
            if after is None or the is None:
                continue
        elif before.group("verb"):
            verb_at = before.start("verb")
            if _NOT_YET.search(text, max(a, verb_at - 20), verb_at):
                continue
            opens = not text[a:verb_at].strip(" \"“‘'(")  # the sentence opens on the verb
            if not (before.group("subj") or opens) and not _UNNAMED_OK.search(
                text, max(a, verb_at - 20), verb_at
            ):
                continue  # "the governor declared …", "Mexico's president declared …"
            if before.group("verb") == "signed" and before.group("what"):
                continue  # "signed the bill and a national emergency …"
        end = e
        if before is not None and before.group("verb") == "signed":
            what = _SIGNED_WHAT.match(text, e)
            if what is None:
                continue
            end = what.end()
        if after is not None:
            president = after.group("name")
            end = after.end()
        else:
            assert before is not None
            president = before.group("name") or before.group("owner")
        if president is None:
            names = [m.group("name") for m in PRES_NAME.finditer(text, a, b)]
            president = names[0] if names else _president_before(text, a)
        if president is None:
            continue
        president = "Johnson" if president.endswith("Johnson") else president
        row = _pick(president, text[a:b], doc.date)
        if row is None:
            continue
        if the is not None:
            start = the.start()  # "the national emergency he declared"
        elif before is not None and before.group("noun"):
            start = before.start("owner") if before.group("owner") else before.start("noun")
        elif before is not None:
            start = before.start("subj") if before.group("name") else before.start("verb")
        out.append(
            order_mention(
                text, start, end, row.authority, row.title, 0.8,
                f"national emergency declared: {row.title} ({row.president}, {row.declared})",
            )
        )  # fmt: skip
    return out
