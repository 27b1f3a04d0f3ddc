"""Presidential memoranda, for the ``executive`` pass: "a Presidential Memorandum ordering the
DOL to examine the rule", "President Trump's February 3, 2017 executive memorandum", "a new
national security memorandum", "National Security Memorandum 3", "NSM-4", "President Biden
issued a memorandum to agency heads".

SPEC §2 gives a memorandum no id short of its Federal Register page, and no page is guessed:
each is an ``executive-action`` mention without an id (a National Security Memorandum keeps
its number in its name), so that "the memorandum" after it refers back to it and the article
shows it as a presidential document. A court's "memorandum opinion", a "memorandum of
understanding" and an agency's or a lawyer's memo are not presidential.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Mention
from .doc import Anchor, Doc
from .eodescribed import _PRES, _PRES_AT_WORD, _clause_end
from .eopolicies import Policy, policies
from .lazyre import deferred
from .orderdata import order_mention, stems

MEMO_ANCHOR = Anchor(
    "eo_memorandum", ("Memorandum", "memorandum", "memo", "NSM"), 120, 20, "word", ""
)

# "National Security Memorandum 3", "National Security Memorandum/NSM-4", "NSM-2"
NSM = re.compile(
    r"(?:N(?<!\w.)ational\s+Security\s+Memorandum(?:\s*/\s*NSM)?|N(?<!\w.)SM)"
    r"[-\s]*(?:No\.\s*)?(?P<n>\d{1,2})(?!\d)"
)
# "a Presidential Memorandum", "an executive memorandum", "a new national security
# memorandum", "President Trump's February 3, 2017 executive memorandum", "his memorandum"
# after the president: the words before the kind, up to the memorandum word.
QUALIFIED = deferred(
    r"(?:[Pp]residential|[Ee]xecutive|[Nn]ational\s+[Ss]ecurity|[Pp]resident['’]s)"
    r"\s+(?:[Mm]emorandum|memo)(?!\s*(?:/|-)?\s*(?:NSM|\d))\b"
)
OWNER = deferred(
    rf"(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er)\s+(?:new\s+|classified\s+|\w+-page\s+)?"
    rf"|(?:(?:former\s+)?President\s+)?(?:[A-Z][a-z]+\s+)?(?:{_PRES_AT_WORD})['’]s\s+"
    rf"(?:[\w,.]+\s+){{0,4}}?)$"
)
# "President Biden issued a memorandum to agency heads": a plain "memorandum" whose sentence
# makes a president its author (his name, then the verb, then the memorandum).
ISSUED = deferred(
    rf"(?:{_PRES_AT_WORD}|[Tt]he\s+[Pp]resident)\s+(?:(?:has|had|also|on\s+\w+(?:\s+\d{{1,2}})?,?)\s+)*"
    r"(?:issued|signed|approved|released|sent)\s+(?P<det>an?\s+(?:new\s+)?)(?:[Mm]emorandum|memo)\b$"
)
# "President Trump's January 20, 2025 memorandum", "Biden's Oct. 4 memorandum": a president's
# memorandum told by its signing day (the row of that president and day, when one alone fits)
_MONTHS = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
DATED = deferred(
    rf"(?:(?:former\s+)?President\s+)?(?:[A-Z][a-z]+\s+)?(?P<pres>{_PRES_AT_WORD})['’]s\s+"
    rf"{_MONTHS}\s+(?P<day>[1-3]?\d)(?:,\s*(?P<year>(?:19|20)\d\d),?)?\s+"
    r"(?:[Pp]residential\s+|[Ee]xecutive\s+)?$"
)
_MONTH_NUMBER = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}


def _dated_rows(doc: Doc, d: re.Match[str]) -> list[Policy]:
    """The memorandum rows of the president ``d`` names signed on its day (its year, else
    the article's year or the one before, never after the article's date)."""
    month = _MONTH_NUMBER[d.group("month")[:3].lower()]
    day = f"{month:02d}-{int(d.group('day')):02d}"
    years = (
        [d.group("year")]
        if d.group("year")
        else ([doc.date[:4], str(int(doc.date[:4]) - 1)] if doc.date else [])
    )
    fits = [
        p
        for p in policies()
        if p.kind == "memorandum"
        and p.issuer == d.group("pres")
        and p.signed in {f"{y}-{day}" for y in years}
        and not (doc.date and p.signed > doc.date[:10])
    ]
    return fits


NOT_PRESIDENTIAL = re.compile(
    r"\s+(?:opinion|of\s+understanding|of\s+law|of\s+points|order|in\s+support|decision|"
    r"of\s+agreement|ruling)\b"
)


def memoranda(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Every presidential memorandum named near a memorandum word of ``doc``."""
    text = doc.text
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in found]
    dated: list[tuple[int, int, list[Policy]]] = []  # (told by their day: settled at the end)

    def add(s: int, e: int, name: str | None, evidence: str) -> None:
        if any(a < e and s < b for a, b in taken):
            return
        row = None if name else _told_row(doc, s, e)
        if row is not None:
            # "a presidential memo barring transgender people from serving in the
            # military": the row whose own words the memo's clause holds
            end = _clause_end(text, e)
            taken.append((s, e))
            out.append(
                order_mention(
                    text,
                    s,
                    e,
                    row.authority,
                    row.name,
                    0.7,
                    f"a presidential memorandum whose words after it are its title's: "
                    f"{row.name} ({row.signed}); told in “{text[e:end].strip()[:80]}”",
                )
            )
            return
        taken.append((s, e))
        m = order_mention(text, s, e, None, name, 0.6, evidence)
        out.append(m)

    for hs, he in doc.hits(MEMO_ANCHOR.name):
        if text[he : he + 1].isalpha() or NOT_PRESIDENTIAL.match(text, he):
            continue
        lo = max(0, hs - 40)
        nsm = NSM.search(text, lo, he + 16)
        if nsm is not None and nsm.start() <= hs < nsm.end():
            add(
                nsm.start(),
                nsm.end(),
                f"National Security Memorandum {nsm.group('n')}",
                "a National Security Memorandum: no id (SPEC §2 has none but its Federal "
                "Register page, which is never guessed)",
            )
            continue
        if text[hs:he] == "NSM":
            continue
        d = DATED.search(text, max(0, hs - 90), hs)
        if d is not None and (rows := _dated_rows(doc, d)):
            if not any(a < he and d.start() < b for a, b in taken):
                taken.append((d.start(), he))
                dated.append((d.start(), he, rows))
            continue
        q = QUALIFIED.search(text, max(0, hs - 20), he)
        if q is not None and q.end() == he:
            owner = OWNER.search(text, max(0, q.start() - 80), q.start())
            if owner is None and not q.group(0)[0].isupper():
                continue  # "presidential memorandum" with no determiner: a generic use
            s = owner.start() if owner is not None else q.start()
            add(s, he, None, "a presidential memorandum: no id (never a guessed FR page)")
            continue
        issued = ISSUED.search(text, max(0, hs - 90), he)
        if issued is not None and not re.search(r"[.;!?]", text[issued.start() : hs]):
            add(
                issued.start("det"),
                he,
                None,
                "a memorandum the president issued: no id (never a guessed FR page)",
            )
    for s, e, rows in dated:
        if len(rows) > 1:
            # several signed that day: the one the article's other memorandum mentions tell
            # by their own words ("The Presidential Memorandum directed agencies to …")
            told = {m.authority for m in out if m.authority}
            rows = [p for p in rows if p.authority in told]
        row = rows[0] if len(rows) == 1 else None
        out.append(
            order_mention(
                text,
                s,
                e,
                row.authority if row else None,
                row.name if row else None,
                0.75 if row else 0.6,
                f"a president's memorandum told by its day: {row.name} ({row.signed})"
                if row
                else "a president's memorandum told by its day; several fit: no id",
            )
        )
    return sorted(out, key=lambda m: m.start)


# Words of a memorandum's title or descriptions that tell no subject apart.
_GENERIC = frozenset(
    {"memorandum", "memo", "presidential", "president", "federal", "government", "department",
     "agency", "agencie", "review", "temporary", "certain", "january", "february", "march",
     "april", "june", "july", "august", "september", "october", "november", "december",
     "policy", "united", "state", "national", "executive", "order", "light", "ongoing"}
)  # fmt: skip
# How many of a row's own words the memo's clause must hold.
MIN_SHARED = 2


@cache
def _row_words() -> tuple[tuple[Policy, frozenset[str]], ...]:
    """Each memorandum row of ``executive_actions.csv`` a president issued, with the words of
    its title, names and descriptions."""
    out = []
    for p in policies():
        if p.kind != "memorandum":
            continue
        words = stems(" ".join((p.name, *p.names, *p.descriptions))) - _GENERIC
        out.append((p, frozenset(w for w in words if not w.isdigit())))
    return tuple(out)


def _shares(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``words``, or one of five letters or more begins the other
    ("freez" of "freezing", "freeze")."""
    if word in words:
        return True
    return len(word) >= 5 and any(
        len(w) >= 5 and (w.startswith(word) or word.startswith(w)) for w in words
    )


def _told_row(doc: Doc, s: int, e: int) -> Policy | None:
    """The one memorandum row (signed on or before the article's date) that shares the most,
    and at least ``MIN_SHARED``, of its own words with the memo's words and its clause
    ("directing the Pentagon to …"), whatever their order; None when none or several do."""
    text = doc.text
    clause = stems(text[s : _clause_end(text, e)]) - _GENERIC
    if len(clause) < MIN_SHARED:
        return None
    scores: list[tuple[int, Policy]] = []
    for p, words in _row_words():
        if doc.date and (doc.date[:10] < p.signed or (p.until and doc.date[:10] > p.until)):
            continue  # (past its ``until``, its words may mean a later one)
        n = sum(1 for w in clause if _shares(w, words))
        if n >= MIN_SHARED:
            scores.append((n, p))
    if not scores:
        return None
    top = max(n for n, _ in scores)
    best = [p for n, p in scores if n == top]
    return best[0] if len(best) == 1 else None


__all__ = ["MEMO_ANCHOR", "_PRES", "memoranda"]
