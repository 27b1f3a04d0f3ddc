"""A law, a bill or a proclamation told by its date or what it does, its number elsewhere in
the article (twenty-seventh session). A follow-up pass, after the back-references.

- "the law passed May 3 that would bar …" before (or after) "On May 3, 2023, the
  legislature passed H.B. 55": a law told by the day it was passed or signed is the one law
  the article names, by number or name, in a sentence that gives the same day and a verb of
  passage (passed, signed, enacted, approved, adopted);
- "a bill nearly identical to the 2019 bill" after "… in 2019, when the governor signed S.B. 12
  into law": "the YEAR bill|law|measure" is the one law named before it in a sentence that
  holds that year and a verb of passage;
- "The March 4 proclamation, as implemented, …" after "the president's March 4
  Proclamation": "the MONTH DAY proclamation|order" is the one order or proclamation the
  article links whose own words (or sentence, with "signed" or "issued") give that day;
- "The House passed a bill on May 2 that would require …", the bill named after it ("The Open
  Ledger Act, introduced by …"): an indefinite bill a chamber passed, told by what it would
  do, is the first law the article names after it (within ``AHEAD``, no other law between)
  when that law's bill is known.

Each links only where exactly one law fits; a phrase inside a mention already found stays.
"""

from __future__ import annotations

from ..datafiles import bill_of_act
from ..lexicon import months
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass
from .spans import SpanSet, by_span

ANCHOR = Anchor(
    "law_dates",
    (
        *("law", "bill", "measure", "legislation", "statute"),
        *("proclamation", "Proclamation", "order", "Order"),
    ),
    60,
    40,
    "word",
    "word",
)
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = rf"(?P<month>{_MONTH})\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)?\b"
_PASSAGE = r"(?:passed|signed|enacted|approved|adopted)"
# "the law passed May 3", "the bill signed on June 9"
_PASSED_ON = deferred(
    rf"\b[Tt]he\s+(?:new\s+)?(?P<head>law|bill|measure|legislation|statute)\s+"
    rf"(?:(?:that|which)\s+(?:was\s+)?)?(?P<verb>{_PASSAGE})\s+(?:on\s+)?{_DAY}(?!,?\s*\d)"
)
# "the 2019 bill", "the 2016 law"
_YEAR_LAW = deferred(
    r"\b[Tt]he\s+(?P<year>(?:19|20)\d\d)\s+(?P<head>law|bill|measure|legislation|statute)\b"
    r"(?!\s+(?:of|on)\b)"
)
# "The March 4 proclamation", "the Jan. 20 executive order"
_DAY_ORDER = deferred(
    rf"\b[Tt]he\s+{_DAY}\s+(?P<head>[Pp]roclamation|(?:[Ee]xecutive\s+)?[Oo]rder)\b"
)
# "The House passed a bill on May 2 that would require …"
_PASSED_A_BILL = deferred(
    r"\b(?:House|Senate|[Ll]egislature|Assembly|[Ll]awmakers|Congress|chamber)\b"
    r"[^.;:!?]{0,80}?\b(?:passed|approved)\s+(?P<phrase>an?\s+(?:\w+\s+)?(?:bill|measure))"
    r"(?:\s+on\s+(?:[A-Z][a-z]+day|" + _MONTH + r"\s+[1-3]?\d))?,?\s+(?:that|which)\s+would\b"
)
_VERB = deferred(rf"\b{_PASSAGE}\b")
_ISSUED = deferred(r"\b(?:signed|issued)\b")
_LAWS = ("statute", "bill")
_DAY_ANY = deferred(_DAY)
# how far after the indefinite bill its name may come
AHEAD = 700


def _month_day(month: str, day: str) -> tuple[int, int] | None:
    n = months().get(month.lower().rstrip("."))
    return (n, int(day)) if n is not None else None


def _days_in(text: str, a: int, b: int) -> set[tuple[int, int]]:
    out = set()
    for m in _DAY_ANY.finditer(text, a, b):
        md = _month_day(m.group("month"), m.group("day"))
        if md is not None:
            out.add(md)
    return out


def _named(mentions: list[Mention], kinds: tuple[str, ...]) -> list[Mention]:
    return [m for m in mentions if m.kind in kinds and m.authority and not m.anaphor]


def _one(found: list[Mention]) -> Mention | None:
    keys = {(m.kind, m.authority) for m in found}
    return found[0] if len(keys) == 1 else None


def _back(s: int, e: int, text: str, to: Mention, how: str, kind: str | None = None,
          authority: str | None = None) -> Mention:  # fmt: skip
    return Mention(
        s,
        e,
        text[s:e],
        kind or to.kind,
        authority or to.authority,
        name=to.name,
        confidence=0.6,
        anaphor=True,
        evidence=f"{how} “{to.text}”",
        matcher="lawdates",
    )


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    laws = _named(mentions, _LAWS)
    orders = _named(mentions, ("executive-action",))
    if not laws and not orders:
        return mentions
    taken = SpanSet([(m.start, m.end) for m in mentions])
    added: list[Mention] = []

    def add(m: Mention) -> None:
        added.append(m)
        taken.add(m.start, m.end)

    dropped: set[int] = set()
    for ws, we in doc.windows(ANCHOR.name):
        for hit in _PASSED_ON.finditer(text, ws, we):
            s, e = hit.span()
            md = _month_day(hit.group("month"), hit.group("day"))
            if md is None:
                continue
            # "the law" of it a back-reference already took: the day says more
            inside = [m for m in mentions if m.start < e and s < m.end]
            if any(not (m.anaphor and s <= m.start and m.end <= e) for m in inside):
                continue
            fits = []
            for m in laws:
                if s <= m.start < e:
                    continue
                a, b = doc.sentence_at(m.start)
                if md in _days_in(text, a, b) and _VERB.search(text, a, b):
                    fits.append(m)
            if (to := _one(fits)) is not None:
                dropped.update(id(m) for m in inside)
                add(_back(s, e, text, to, "the law passed that day:"))
        for hit in _YEAR_LAW.finditer(text, ws, we):
            s, e = hit.span()
            if taken.overlaps(s, e):
                continue
            year = hit.group("year")
            fits = []
            for m in laws:
                if m.end > s:
                    continue
                a, b = doc.sentence_at(m.start)
                if s < b:
                    continue  # (its own sentence: "passed H.B. 70, a copy of the 2019 bill")
                words = text[a:b]
                if year in words.split() or f"{year}," in words or f"{year}." in words:
                    if _VERB.search(words):
                        fits.append(m)
                elif (m.name or "").endswith(year) or m.text.endswith(year):
                    fits.append(m)
            if (to := _one(fits)) is not None:
                add(_back(s, e, text, to, f"the {year} law named before:"))
        for hit in _DAY_ORDER.finditer(text, ws, we):
            s, e = hit.span()
            md = _month_day(hit.group("month"), hit.group("day"))
            if md is None or taken.overlaps(s, e):
                continue
            proc = hit.group("head").lower() == "proclamation"
            fits = []
            for m in orders:
                if m.end > s or (proc != (m.authority or "").startswith("proc:")):
                    continue
                a, b = doc.sentence_at(m.start)
                if md in _days_in(text, m.start, m.end) or (
                    md in _days_in(text, a, b) and _ISSUED.search(text, a, b)
                ):
                    fits.append(m)
            if (to := _one(fits)) is not None:
                add(_back(s, e, text, to, "the order of that day named before:"))
    passed = "passed" in text or "approved" in text  # (its verbs: else no search of the text)
    for hit in _PASSED_A_BILL.finditer(text) if passed else ():
        s, e = hit.span("phrase")
        if taken.overlaps(s, e):
            continue
        after = [m for m in mentions if m.start >= e and m.kind in _LAWS and m.authority]
        named = [m for m in after if not m.anaphor]
        if not named or named[0].start - e > AHEAD:
            continue
        first = named[0]
        if any(m.start < first.start and m.authority != first.authority for m in after):
            continue  # (another law told between)
        if any(m.kind in _LAWS and m.end <= s for m in mentions):
            continue  # (a law named before: the bill may be that one)
        if first.kind == "bill":
            kind, authority = "bill", first.authority
        elif (known := bill_of_act(first.authority)) is not None:
            kind, authority = "bill", known[0]
        else:
            continue
        add(_back(s, e, text, first, "the bill named after it:", kind, authority))
    if not added:
        return mentions
    return sorted([*(m for m in mentions if id(m) not in dropped), *added], key=by_span)


PASS = Pass(
    name="lawdates",
    emits=("statute", "bill", "executive-action"),
    anchors=(ANCHOR,),
    run=run,
    gated=True,
    needs_anaphora=True,
)
