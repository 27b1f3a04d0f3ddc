"""Criminal charges told by the offence: "guilty on a felony charge of witness tampering",
"was charged with wire fraud", "two counts of making false statements", "the bank fraud
charges" name the federal section that makes the offence a crime (18 U.S.C. §§ 1512, 1343,
1001, 1344).

``linker/data/charged_offences.csv`` lists each offence by the words news prints for it and
the section its U.S. Code heading names. An offence name is a charge only where a charge is
told: a noun ("a felony charge of", "two counts of", "his conviction for"), a verb ("charged
with", "pleaded guilty to", "indicted on", "convicted of") or a following "charges" ("wire
fraud charges"); a list goes on from one ("charged with wire fraud, bank fraud and …").

Whose charge it is decides the section: states punish fraud, robbery and trafficking under
laws of their own. An offence is the federal section where the charge's sentence says
"federal" (or a U.S. attorney, a federal court), or where the article tells only of a federal
prosecution (a U.S. attorney, federal prosecutors, a federal court or grand jury, the Justice
Department) and of no state one (a district attorney, state prosecutors, a superior court, a
state charge). An offence that only federal law makes a crime (``only_federal``: mail fraud,
illegal reentry, contempt of Congress) needs no such word, but a sentence that calls the
charge a state one still leaves it unlinked. When the article does not say, nothing is linked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_rows, split_field
from ..models import Mention
from .doc import Anchor, Doc
from .lazyre import deferred
from .registry import Pass

TABLE = "charged_offences.csv"


@dataclass(frozen=True)
class Row:
    offence: str
    authority: str
    name: str
    only_federal: bool
    unless_after: re.Pattern[str] | None


@cache
def _by_form() -> dict[str, Row]:
    out: dict[str, Row] = {}
    for r in read_rows(TABLE):
        row = Row(
            offence=r["offence"],
            authority=r["authority"],
            name=r["name"],
            only_federal=r["only_federal"] == "yes",
            unless_after=re.compile(r["unless_after"], re.I) if r["unless_after"] else None,
        )
        for form in split_field(r["forms"]):
            out[form] = row
    return out


ANCHOR = Anchor(
    "charged_offence",
    tuple(sorted({f for r in read_rows(TABLE) for f in split_field(r["forms"])})),
    100,
    40,
    start="word",
    end="word",
)

_NUM = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|"
    r"multiple|numerous|additional|both|the|his|her|their|its)"
)
_COUNTS_OF = rf"(?:(?:{_NUM}\s+)?(?:(?:felony|misdemeanor|federal|criminal)\s+)?counts?\s+of\s+)"
# "a felony charge of", "two counts of", "his conviction for", "the indictment on"
_NOUN_CUE = deferred(
    rf"(?P<np>(?<![\w-])(?:{_NUM}\s+)?(?:(?:felony|misdemeanor|federal|state|criminal|additional|"
    r"separate|new|single|lone|remaining|underlying|[\w]+-count)\s+){0,2}"
    r"(?:charges?|counts?|convictions?|indictment)\s+(?:of|for|on|including)\s+)"
    rf"{_COUNTS_OF}?(?:(?:federal|felony)\s+)?$",
    re.I,
)
_COUNTED = deferred(rf"{_NUM}\s", re.I)
# "charged with", "was convicted of", "pleaded guilty to", "found him guilty of", "indicted
# Monday on" (one word between the verb and its preposition: a pronoun, a day)
_VERB_CUE = deferred(
    r"(?P<verb>(?<![\w-])(?:charged(?:\s+\w+)?\s+with|convicted(?:\s+\w+)?\s+(?:of|on)|"
    r"(?:not\s+)?guilty\s+(?:of|on|to)|indicted(?:\s+\w+)?\s+(?:on|for)|accused(?:\s+\w+)?\s+of|"
    r"acquitted(?:\s+\w+)?\s+(?:of|on)|arrested(?:\s+\w+)?\s+(?:on|for)|prosecuted(?:\s+\w+)?"
    r"\s+for|sentenced(?:\s+\w+)?\s+for|(?:faces?|facing)|admitted\s+to)\s+)"
    rf"{_COUNTS_OF}?(?:(?:federal|felony)\s+)?$",
    re.I,
)
# what makes "accused of" a charge: the sentence also tells the charging ("indicted", "counts")
_CHARGING = deferred(
    r"(?<![\w-])(?:charged|charges?|counts?|indicted|indictment|prosecutors?|pleaded|convicted)"
    r"(?![\w-])",
    re.I,
)
# "four felony counts: two for obstruction of an official proceeding, one for …"
_COUNTED_FOR = deferred(
    r"\b(?:charges?|counts?)\s*(?::|—|–|-)\s*(?:[^.;]{0,160}?(?:,|\band)\s*)?(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|\d+)\s+(?:counts?\s+)?(?:for|of)\s+$",
    re.I,
)
# "the wire fraud charges", "his bank fraud conviction"
_NOUN_AFTER = deferred(r"\s+(?:charges?|counts?|convictions?|indictment)\b", re.I)
# one more of a list: "charged with wire fraud, bank fraud and …"
_LIST_GAP = deferred(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)" + _COUNTS_OF + "?$", re.I)
# "conspiracy to commit wire fraud" is charged under a section of its own (§ 1349)
_CONSPIRACY = deferred(r"\b(?:conspiracy|conspiring|attempt(?:ed|ing)?)\s+to\s+commit\s+$", re.I)

# Who prosecutes: the sentence's own word first, then the article's.
_FEDERAL_HERE = deferred(
    r"\b(?:[Ff]ederal|U\.S\.\s+[Aa]ttorney|US\s+[Aa]ttorney|United\s+States\s+[Aa]ttorney|"
    r"Justice\s+Department|Department\s+of\s+Justice|U\.S\.\s+District\s+Court)\b"
)
_STATE_HERE = deferred(
    r"\b(?:[Ss]tate(?:['’]s)?\s+(?:charges?|counts?|prosecutors?|court|case|trial|law|"
    r"attorney)|[Dd]istrict\s+[Aa]ttorney|[Ss]uperior\s+[Cc]ourt|[Cc]ounty\s+(?:[Pp]rosecutor|"
    r"[Aa]ttorney))"
)
_FEDERAL_CASE = deferred(
    r"\b(?:U\.S\.\s+[Aa]ttorney|US\s+[Aa]ttorney|United\s+States\s+[Aa]ttorney|[Ff]ederal\s+"
    r"(?:prosecutors?|prosecution|grand\s+jury|jury|court|courthouse|trial|judge|charges?|"
    r"counts?|indictment|case)|Justice\s+Department|Department\s+of\s+Justice|U\.S\.\s+District\s+"
    r"(?:Court|Judge)|United\s+States\s+District\s+(?:Court|Judge)|United\s+States\s+v\.)"
)
_STATE_CASE = deferred(
    r"\b(?:[Dd]istrict\s+[Aa]ttorney|[Ss]tate\s+(?:prosecutors?|charges?|counts?|court|case|"
    r"trial|prosecution)|[Ss]uperior\s+[Cc]ourt|[Cc]ounty\s+(?:[Pp]rosecutor|[Aa]ttorney)|"
    r"[Ss]tate['’]s\s+[Aa]ttorney|[Cc]ommonwealth['’]s\s+[Aa]ttorney|[Pp]enal\s+[Cc]ode|"
    r"People\s+v\.|State\s+v\.)"
)


_STATE_WORD = deferred(r"\bstate\b", re.I)
_FEDERAL_WORD = deferred(r"\bfederal\b", re.I)


def _federal(doc: Doc, row: Row, at: int, cue: str) -> bool:
    """Whether the charge at ``at``, told by ``cue`` ("the state charges of"), is a federal
    one (see the module's docstring)."""
    text = doc.text
    if _STATE_WORD.search(cue):
        return False
    if _FEDERAL_WORD.search(cue):
        return True
    s0, s1 = doc.sentence_at(at)
    if _STATE_HERE.search(text, s0, s1) and not _FEDERAL_HERE.search(text, s0, s1):
        return False  # "the state charges of …"
    if row.only_federal or _FEDERAL_HERE.search(text, s0, s1):
        return True
    federal, state = doc.memo(
        "charges:prosecutors",
        lambda: (bool(_FEDERAL_CASE.search(text)), bool(_STATE_CASE.search(text))),
    )
    return federal and not state


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    table = _by_form()
    out: list[Mention] = []
    last_end = -1  # where the last charge found ends (a list goes on from it)
    for s, e in sorted(doc.hits(ANCHOR.name)):
        row = table.get(text[s:e])
        if row is None:
            continue
        if row.unless_after is not None and row.unless_after.match(text, e):
            continue
        lo = max(0, s - 100)
        if _CONSPIRACY.search(text, max(0, s - 40), s):
            continue
        start = s
        end = e
        if (n := _NOUN_CUE.search(text, lo, s)) is not None:
            # "a felony charge of …", "two counts of …" whole; "on federal charges of …" from
            # the offence (the charges are the indictment's, a case of their own)
            start = n.start("np") if _COUNTED.match(text, n.start("np")) else s
        elif (v := _VERB_CUE.search(text, lo, s)) is not None:
            if v.group("verb")[:7].lower() == "accused":
                cs, ce = doc.sentence_at(s)
                cs = max(cs, text.rfind(";", cs, s) + 1)  # its own clause ("…; Y was accused of")
                if not _CHARGING.search(text, cs, ce):
                    continue  # "was accused of bank fraud": an accusation in passing, no charge
            start = v.end("verb")
        elif _COUNTED_FOR.search(text, max(0, s - 220), s) is not None:
            pass
        elif (a := _NOUN_AFTER.match(text, e)) is not None:
            end = a.end()
        elif not (0 <= last_end < s and _LIST_GAP.fullmatch(text, last_end, s)):
            continue
        if not _federal(doc, row, s, text[start:s]):
            continue
        last_end = e
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "statute",
                row.authority,
                name=row.name,
                confidence=0.75,
                matcher="charges",
                evidence=f"a charge of {row.offence}: {row.name}",
            )
        )
    return out


PASS = Pass(name="charges", emits=("statute",), anchors=(ANCHOR,), run=find, gated=True)
