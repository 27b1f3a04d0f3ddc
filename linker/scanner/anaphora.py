"""Back-references ("the act", "the law", "the order", "the rule") joined to their antecedent.

A back-reference takes the authority of the nearest earlier explicit mention of a compatible
kind. It is left alone when the antecedent is ambiguous: when two different authorities of
that kind were mentioned close together and neither is clearly the nearer one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import pairwise
from operator import attrgetter

from ..datafiles import act_of_bill, acts, bill_of_act, cases, read_rows
from ..ids import usc_overlap
from ..lexicon import months, presidents
from ..models import Mention
from .agencyrules import SINCE
from .cases import is_town_of_case
from .context import ScanContext
from .described_laws import (
    called_superseded,
    dated_before,
    is_state_regulation,
    numbered_for_another,
)
from .doc import Doc
from .eodescribed import kin_named_before
from .eonamed import ORIGINAL_EVIDENCE
from .eopolicies import heads_of
from .families import (
    ACTION_HEADS,
    BANS,
    BLOCK_ADJ,
    BLOCK_AFTER,
    BLOCK_BAN_ADJ,
    BLOCK_BEFORE,
    CLOSE,
    COURT_ORDER_AFTER,
    DET_B,
    DETP,
    EO_ORDER_AFTER,
    FAMILIES,
    FAR,
    FEDERAL_MODIFIERS,
    GENERIC_MODIFIERS,
    GENERIC_SUFFIXES,
    HEAD_ANCHOR,
    HEAD_EO,
    LEAD,
    NEAR,
    POSS_B,
    PROVIDING_OF,
    STATE_MODIFIERS,
    SUBJECT_MODIFIERS,
    WINDOW,
    Family,
)
from .generalrules import bare_rules_between, generic_rule_between, tells_what_a_law_lets
from .indictments import is_prosecution
from .lazyre import deferred, lazy
from .orderdata import ExecOrder, orders_by_id, register, topic_matcher
from .phrases import Hit, fold, normalise_quotes
from .registry import Pass
from .sentences import sentence_end, sentence_start
from .spans import by_span
from .state_laws import state_names
from .statecodes import short_of_cited_code
from .staterefs import PLURAL_LAWS
from .trie import head_matches

# (sorting keys: an attribute getter costs less a call than a lambda)
_END = attrgetter("end")


@cache
def _act_years() -> dict[str, int]:
    return {a.name: a.year for a in acts() if a.year}


@cache
def _rule_years() -> dict[str, int]:
    """Each rule's year by its name: "the 2019 rule" is the 2019 conscience rule."""
    from .orderdata import rules

    return {r.name: r.year for r in rules() if r.year}


# "the Affordable Care Act provision that requires insurers to cover …", "the FTC Act's
# for-cause removal provision": an act named as the holder of the provision the article is
# about (up to three lowercase words between, none a word that ends the phrase)
_ACT_PROVISION = deferred(
    r"(?:['’]s)?(?:\s+(?!(?:and|or|but|its|the|a|an|of|to|in|on|that|which|with|for|by|as|"
    r"is|was|are|were|has|had|other|several|many|some|all|two|three)\s)[a-z][a-z-]*){0,3}"
    r"\s+provisions?\b"
)


_ACTS_WORD = deferred(r"\bActs?\b")
_RESOLUTION_ID = deferred(r"bill:\d+:[hs](?:con|j)?res:")
# What lawmakers do to a measure (its sentence, up to a little after the phrase)
_LAWMAKING = deferred(
    r"\b(?:pass(?:ed|es|ing|age)?|vot(?:e|ed|es|ing)|(?:co-?)?sponsor(?:ed|s)?|introduc\w+|"
    r"veto(?:ed|es)?|chambers?|Congressional\s+Review\s+Act|CRA|resolutions?)\b"
)
# A bill named as another's companion: "a companion in the Senate (S.J.Res.12)", "its
# companion, S. 1200", "a companion measure ("
_COMPANION_BEFORE = deferred(r"\bcompanion\b[^.;()]{0,30}[(,:]?\s*$")
# An act that is only the procedure of the resolutions the article tells (the Congressional
# Review Act, 5 U.S.C. 801–808): "the measure", "the legislation", "companion measure" never
# refer back to it
PROCEDURE_ACTS = frozenset({"usc:5:801-808"})
_SECTION_WORD = deferred(r"\b[Ss]ection\b|§")


_ADOPTED_MEASURE = deferred(r" \((?:19|20)\d\d\)$")
# a state's ballot proposition by its id ("state:ut:bill:prop4") or its name ("Utah
# Proposition 4", "Initiative 1631")
_BALLOT_ID = deferred(r"state:[a-z]{2}:bill:prop")
_BALLOT_NAME = deferred(r"\b(?:Proposition|Prop\.?|Initiative|Measure|Question|Issue)\s+\d")


def _ballot_section(m: Mention) -> bool:
    """Whether ``m`` is a state constitution's section named by the ballot label of the
    measure that made it ("Missouri Amendment 3 (2024)": ``ballots.section_mention``)."""
    return (
        m.kind == "constitution"
        and (m.authority or "").startswith("state:")
        and _ADOPTED_MEASURE.search(m.name or "") is not None
    )


def _state_code_section(authority: str | None) -> bool:
    """Whether ``authority`` is one section of a state's code ("state:wi:stat:940.04"): not a
    bill, a constitution's section, a chapter or a range."""
    parts = (authority or "").split(":")
    return (
        len(parts) == 4
        and parts[0] == "state"
        and parts[2] not in ("bill", "const", "act", "ballot", "prop")
        and "-" not in parts[3]
        and "." in parts[3]
    )


def _kind_ok(fam: Family, m: Mention, phrase: str, head: str, text: str = "") -> bool:
    """Whether ``m`` may be what ``phrase`` (its last word lowercased, ``head``) refers to."""
    if m.kind not in fam.kinds or (not m.authority and not m.name):
        return False
    if m.kind == "constitution" and head == "measure":
        return _ballot_section(m)  # "Amendment 3 … the ballot measure" (``ballots``)
    if head == "act" and _is_state_bill(m):
        return True  # a state's bill by number is an act once passed ("HB 1126 … the Act")
    if head == "act" and m.name and not _ACTS_WORD.search(m.name):
        return False  # "the act" refers back to something called an Act
    if head == "plan":
        # "the plan" only for a rule called a Plan, or an action whose row lists the head
        # ("Trump's proposed end to birthright citizenship … the plan")
        return bool(m.name and "Plan" in m.name) or (
            m.kind == "executive-action" and head in heads_of(m.name)
        )
    if head == "initiative":
        # "the initiative": a ballot measure voters passed ("Proposition 4 … The initiative,
        # better known as Prop 4, created …"), or the section one made; never another law
        return (
            _BALLOT_ID.match(m.authority or "") is not None
            or _BALLOT_NAME.search(m.name or "") is not None
            or _ballot_section(m)
        )
    if head == "resolution":
        # a resolution of Congress by its number (``bill:119:sjres:18``), or one named so
        return _RESOLUTION_ID.match(m.authority or "") is not None or "Resolution" in (m.name or "")
    if head in _SPENDING_HEADS:
        # "the deal": only a spending or budget measure by its name; "the stopgap" only a
        # continuing resolution
        pattern = _CONTINUING if head == "stopgap" else _SPENDING_NAME
        if head == "deal" and _TAX_WORD.search(phrase):
            # "the bipartisan tax relief deal": a measure named for taxes ("the Tax Relief for
            # American Families and Workers Act"), never a spending bill
            return bool(m.authority and m.name and _TAX_NAME.search(m.name))
        return bool(m.authority and m.name and pattern.search(m.name))
    if head == "proposal":
        if m.kind == "statute":
            # an act whose bill is known: "the PACT Act … The proposal had faced uncertainty in
            # the Senate" is its bill (``resolve_anaphora`` gives the bill's id)
            return bill_of_act(m.authority) is not None
        # a bill, or a rule the text calls proposed ("the proposed rule … the proposal")
        return m.kind == "bill" or "propos" in f"{m.text} {m.name or ''}".lower()
    if m.kind == "regulation" and not _stage_ok(phrase, m):
        return False
    if m.kind == "regulation" and head == "order":
        return _AGENCY_ORDER.search(f"{m.text} {m.name or ''}") is not None  # "… Order"
    if m.kind == "regulation" and head in _RULE_HEADS and _ORDER_WORD.search(m.text):
        # "the Title 42 public health order … The new rule" is another one; but an agency's
        # order by its name ("the … Open Internet Order … before the rules took effect") is
        # its rules (twenty-fourth session)
        return (
            head in _PLURAL_RULE_HEADS
            and (m.authority or "").startswith("fr:")
            and _AGENCY_ORDER.search(m.text) is not None
        )
    if head == "standard":
        # "the PM2.5 NAAQS … The standard was lowered": a rule called a standard (census32 P1)
        said = f"{m.text} {m.name or ''}"
        return m.kind == "regulation" and _STANDARD_WORD.search(said) is not None
    if head == "exemption":
        # a section named as an exemption ("the FLSA white-collar exemptions … this
        # exemption"), never the act it is in
        return m.kind == "statute" and "exemption" in m.text.lower()
    if head == "provision":
        # a single section, not a whole act or a range of sections, or an act named as the
        # provision's ("the Affordable Care Act provision that requires …"), or what the
        # article set in apposition as a provision of an act it names ("a one-year ban on …,
        # a key provision in the … Act")
        if m.matcher == "act_provisions":
            return True
        if m.kind == "constitution":
            # a constitution's section cited as such ("Article 1, Section 1 … the
            # provision"), never a whole constitution or an amendment named by its number
            return bool(m.authority) and _SECTION_WORD.search(m.text) is not None
        if m.kind == "statute" and _ACT_PROVISION.match(text, m.end):
            return True
        if m.kind == "statute" and _state_code_section(m.authority):
            return True  # a state's one section ("an 1849 law that bans …", its § 940.04)
        return bool(
            m.authority
            and m.authority.startswith("usc:")
            and "-" not in m.authority.split(":")[2]
            and _SECTION_WORD.search(m.text)
        )
    if (
        m.kind == "executive-action"
        and not (m.authority or "").startswith("eo:")
        and (row_heads := heads_of(m.name))
    ):
        # (an order a row tells as a policy, EO 14160, is still "the order")
        # a memorandum or a policy of ``executive_actions.csv``: only the heads its row lists
        # ("the memo", "the freeze" for the OMB memo; never "the order", a court's there)
        return head in row_heads
    if head in ACTION_HEADS or (head == "measure" and m.kind == "executive-action"):
        return False  # ("the memo", "the freeze", "the measure" only for such a row)
    if head == "proclamation":
        return bool(m.authority and m.authority.startswith("proc:")) or "roclamation" in m.text
    if head == "memorandum":
        return "emorandum" in f"{m.text} {m.name or ''}"
    if head == "bill" and m.kind == "statute":
        # an act whose bill is known, a state's bill by number ("Senate Bill 27 … the bill"),
        # or an act whose signing or passage its own sentence tells ("President Obama signed
        # the reauthorization of the Violence Against Women Act … the bill's passage"): the
        # story is the bill becoming law, and the article never gives the bill's number
        if m.authority and m.authority.startswith("state:") and ":bill:" not in m.authority:
            # a state's code section ("a “bell-to-bell” cell phone ban" at N.Y. Educ. Law
            # § 2803): "the bill" is the bill that enacted it (the budget), never the section
            return False
        return bill_of_act(m.authority) is not None or _is_state_bill(m) or _signing_told(text, m)
    if head == "constitution":
        # a state constitution's section by article ("state:ar:const:5-1"), never a whole one
        auth = m.authority or ""
        return auth.startswith("state:") and ":const:" in auth
    if head == "amendment":
        # an amendment of the U.S. Constitution, or the section of a state's that a ballot
        # measure voters adopted made ("Amendment 3 … the amendment": ``ballots``); "the
        # constitutional amendment" only the latter (a state's measure told as such)
        if "constitutional" in phrase:
            return _ballot_section(m)
        return bool(
            m.authority and (m.authority.startswith("const:amendment") or _ballot_section(m))
        )
    if m.kind == "case" and not fam.landmarks:
        return not (m.authority and m.authority.startswith("cite:"))
    return True


# An act's signing or passage told in its own sentence: "signed the reauthorization of the
# Violence Against Women Act", "Obama signs VAWA", "the PACT Act passed the Senate".
SIGNED = deferred(
    # (``\b(?:sign…|pass…|enact…|reauthoriz…)\b`` opening on its first letter, which the
    # regex engine skips ahead to, as ``families.DET_B`` does)
    r"[sSpPeErR](?<!\w.)(?:(?<=[sS])ign(?:s|ed|ing)|(?<=[pP])ass(?:es|ed|age)?|"
    r"(?<=[eE])nact(?:s|ed|ing|ment)|(?<=[rR])eauthoriz\w*)\b"
)


_REAUTHORIZING = deferred(r"(?P<base>.+?) Reauthorization Act of (?P<year>\d{4})")


@cache
def _reauthorizations() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """The acts named "<X> Reauthorization Act of <year>" whose bill is known, as (id, bill,
    enactment date), by the name of the act X they reauthorize ("Violence Against Women
    Reauthorization Act of 2013" and "Violence Against Women Act Reauthorization Act of 2022"
    both under "Violence Against Women Act")."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for a in acts():
        named = _REAUTHORIZING.fullmatch(a.name)
        known = bill_of_act(a.authority)
        if named is None or known is None or a.authority is None:
            continue
        base = named["base"] if named["base"].endswith(" Act") else f"{named['base']} Act"
        out.setdefault(base, []).append((a.authority, *known))
    return {k: tuple(v) for k, v in out.items()}


def _reauthorized_then(name: str | None, date: str | None) -> tuple[str, str] | None:
    """(the id, the bill) of the reauthorization of the act ``name`` signed at most two months
    before ``date``: "Obama signed into law Thursday the Violence Against Women Act … The bill
    extends …" on 2013-03-07 is S. 47, the Violence Against Women Reauthorization Act of
    2013. None without a date, or when none (or two) were signed then."""
    if not name or not date:
        return None
    then = [
        (law, bill)
        for law, bill, enacted in _reauthorizations().get(name, ())
        if enacted <= date and _months_after(date, enacted) <= 2
    ]
    return then[0] if len(then) == 1 else None


_BREAK = deferred(r"\n(?:[ \t]*\n)*")


# "the proposal" said in an article (``resolve_anaphora``: an analysis of one proposal says it
# again and again)
_PROPOSAL_WORD = deferred(r"\b[Tt]he\s+proposal\b")


def _breaks(text: str, a: int, b: int) -> int:
    """How many paragraph breaks (runs of line ends) stand between ``a`` and ``b``."""
    if "\n" not in text[a:b]:
        return 0
    return len(_BREAK.findall(text, a, b))


def _reauthorization_in(name: str | None, year: int) -> str | None:
    """The id of the reauthorization of the act ``name`` signed in ``year`` ("the 2022 act"
    after the Violence Against Women Act is its 2022 reauthorization, publ:117-103)."""
    then = [
        law
        for law, _, enacted in _reauthorizations().get(name or "", ())
        if enacted[:4] == str(year)
    ]
    return then[0] if len(then) == 1 else None


# A phrase that is what someone signs or vetoes: "in signing the law", "signed the bill".
SIGN_BEFORE = deferred(r"\b(?:sign(?:s|ed|ing)?|veto(?:es|ed|ing)?)\s+(?:into\s+law\s+)?$")


def _year_of(m: Mention) -> int | None:
    """The year an act was enacted (``acts.csv``), a bill became law (``act_bills.csv``), or
    a known rule was issued (``rules.csv``)."""
    if m.name and (y := _act_years().get(m.name)):
        return y
    if m.kind == "regulation" and m.name and (y := _rule_years().get(m.name)):
        return y  # "the new rule" after the 2024 rule and the 2021 rule it rescinds
    known = bill_of_act(m.authority) or act_of_bill(m.authority)
    return int(known[1][:4]) if known else None


def _newest(cands: list[Mention]) -> list[Mention]:
    """Of candidates for "the new law", the ones enacted last, when every one's year is known
    and the others' are at least three years older ("the Every Student Succeeds Act … the
    No Child Left Behind Act … The new legislation" is the 2015 act); else all."""
    years = {_key(m): _year_of(m) for m in cands}
    if len(years) < 2 or None in years.values():
        return cands
    known = [y for y in years.values() if y is not None]
    top = max(known)
    others = [y for y in known if y != top]
    if not others or max(others) > top - 3:
        return cands
    return [m for m in cands if years[_key(m)] == top]


def _newest_printed(cands: list[Mention]) -> list[Mention]:
    """Of rules a "new rule" may be, the one printed last, when every one's printing date
    is known and the others' are at least two months older ("a rule rescinding the Public
    Lands Rule … the 2024 rule … The new final rule" is the rescission printed in 2026, not
    the 2024 rule named nearer); else all."""
    from .orderdata import rules_by_target

    if len({m.authority for m in cands}) < 2:
        return cands
    printed: dict[str | None, str] = {}
    for m in cands:
        row = rules_by_target().get(m.authority or "")
        if m.kind != "regulation" or row is None or not row.published:
            return cands
        printed[m.authority] = row.published
    top = max(printed.values())
    others = [p for p in printed.values() if p != top]
    if not others or _months_apart(max(others), top) < 2:
        return cands
    return [m for m in cands if printed[m.authority] == top]


def _months_apart(a: str, b: str) -> int:
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])


def _printed_apart(m: Mention, year: int) -> bool:
    """Whether ``m`` is a known rule printed two years or more from ``year``: "the 2024 rule"
    after the 2026 repeal of the 2024 amendments is not that repeal, though its sentences
    say 2024."""
    y = _rule_years().get(m.name or "") if m.kind == "regulation" else None
    return y is not None and abs(y - year) >= 2


# The letters every SIGNED word holds: a text without one of them tells no signing, and the
# substring tests cost less than the pattern, which stops at every "s", "p", "e" and "r".
_SIGNED_CUES = ("sign", "Sign", "pass", "Pass", "nact", "uthoriz")


def _tells_signing(text: str, a: int = 0, b: int | None = None) -> bool:
    """Whether ``text[a:b]`` holds a SIGNED word."""
    seg = text[a:b]
    if not any(cue in seg for cue in _SIGNED_CUES):
        return False
    return SIGNED.search(seg) is not None


def _signing_told(text: str, m: Mention) -> bool:
    """Whether the sentence that names ``m`` tells its signing, passage or reauthorization
    (searched only within that sentence, at most 200 characters after the mention)."""
    a = sentence_start(text, m.start)
    b = min(len(text), m.end + 200)
    for stop in (". ", "\n"):
        i = text.find(stop, m.end, b)
        if i >= 0:
            b = i
    return _tells_signing(text, a, b)


# "the deal", "the stopgap" (``families``): a spending or budget measure's name says so
_SPENDING_HEADS = frozenset({"deal", "stopgap"})
_CONTINUING = re.compile(r"\bContinuing\b")
_SPENDING_MODIFIERS = frozenset(
    {"spending", "budget", "funding", "appropriations", "omnibus", "bipartisan", "bicameral"}
    | {"border", "shutdown", "government", "final", "compromise", "short-term", "stopgap"}
    | {"new", "latest", "two-year"}
)


# "the tax deal", "the bipartisan tax relief deal": a tax measure's deal (``_kind_ok``)
_TAX_WORD = deferred(r"\btax\b")
_TAX_NAME = deferred(r"\bTax\b")
_TAX_MODIFIERS = frozenset({"tax", "relief"})


def _spending_words(phrase: str) -> bool:
    """Whether the words before "deal" or "stopgap" are a spending measure's ("the $1.2
    trillion spending deal") or none."""
    words = _modifiers(phrase)
    tax = "tax" in (w.lower() for w in words)
    return all(
        w.lower() in _SPENDING_MODIFIERS
        or (tax and w.lower() in _TAX_MODIFIERS)
        or w[0] in "$0123456789"
        for w in words
    )


_SPENDING_NAME = re.compile(
    r"\b(?:Appropriations|Continuing|Bipartisan Budget|Fiscal Responsibility|Budget Control)\b"
)


# A regulation the text calls an order ("the Title 42 public health order", "the CDC's
# eviction order"): "the rule" or "the regulations" is not it.
_RULE_HEADS = frozenset({"rule", "rules", "regulation", "regulations"})
_STANDARD_WORD = deferred(r"\b(?:[Ss]tandards?|NAAQS)\b")
_PLURAL_RULE_HEADS = frozenset({"rules", "regulations"})
_ORDER_WORD = deferred(r"\b[Oo]rders?\b")
# An agency's rule called an Order ("the Net Neutrality Order", "FERC Order No. 2222").
_AGENCY_ORDER = deferred(r"\bOrder\b")
_SINCE = SINCE  # "Since the 1940s, the DOL’s regulations …" (``agencyrules``)
_OTHER_ORDER = deferred(
    r"\b(?:[Aa]n?|[Ii]ts|[Cc]ourt['’]s|[Jj]udge['’]s|[Pp]anel['’]s|[Cc]ircuit['’]s)\s+Order\b"
)


# A court or its order told before "The Order": the Order may be the court's.
_COURT_SINCE = deferred(
    r"\b(?:[Cc]ourts?|[Jj]udges?|[Jj]ustices?|[Ii]njunctions?|[Rr]estraining|TRO|[Rr]uling|"
    r"[Oo]pinion|[Pp]laintiffs?|[Mm]otion|[Gg]ranted|[Dd]enied|[Ee]njoined)\b"
)
# A court's decision called an order ("a temporary restraining order", "the court's order",
# "In an Order released on …", "ordered"): "The Order" after it may be the court's.
_COURT_CALLED_ORDER = deferred(
    r"\b(?:restraining|gag|court|protective|injunctive|scheduling|judge|judge['’]s|"
    r"court['’]s|panel['’]s|circuit['’]s)\s+[Oo]rder\b(?!\s+(?:No\.|\d))"
    r"|\b(?:[Ii]ts|[Aa]n?)\s+Order\b(?!\s+(?:No\.|\d))"
    r"|\b(?:issued|issues|entered|enters)\s+(?:an?|the|its|her|his)\s+(?:[\w-]+\s+)?orders?\b"
    # a court's paper: "a memorandum opinion and order (the “Order”)", "its final order"
    r"|\b(?:[Oo]pinion|[Mm]emorandum|[Mm]inute|[Rr]emand|[Ss]tanding|[Ss]cheduling)\s+(?:and\s+)?"
    r"(?:final\s+)?[Oo]rder\b"
    r"|\b(?:TRO|[Oo]rdered)\b"
)
# A court's order or injunction told in words ("issued a restraining order").
_COURTS_ORDER = deferred(
    r"\b(?:restraining|gag|court|protective|injunctive)\s+order\b|\b[Ii]njunction\b"
)


# Words that tie "the order" to a president's order rather than a court's: who signed it
# ("The order, which Trump signed in March, …"), a president, the White House.
_EO_WORDS = deferred(
    rf"\b(?:signed|signing|signs|sign|executive|White\s+House|[Pp]resident|"
    rf"(?:{'|'.join(presidents(recent=True))})(?!\s+administration))\b"
)

# What a court does to a president's order, right before "the order": "blocked the order",
# "an injunction against the order", "from enforcing the order" (the president's).
_EO_OBJECT_BEFORE = deferred(
    r"\b(?:against|block(?:s|ed|ing)?|enjoin(?:s|ed|ing)?|halt(?:s|ed|ing)?|"
    r"enforc(?:e|es|ed|ing)|implement(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|"
    r"str(?:ike|uck|iking)\s+down|suspend(?:s|ed|ing)?|pause[sd]?|paus(?:ing))\s+$"
)

_ORDERED = deferred(r"\border(?:s|ed)?\b")


# Plural rule words: what "these rules" may point at.
_PLURAL_RULE_WORDS = deferred(r"\b(?:rules|regulations|standards)\b")


# A rule told as one of a set: "this rule along with five others", "and three other rules"
_WITH_OTHERS = lazy(
    r"\b(?:along\s+with|together\s+with|as\s+well\s+as|and|plus)\s+(?:the\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|a\s+few|a\s+dozen)\s+"
    r"(?:others\b|other\s+(?:rules|regulations)\b)"
)


def _unlinked_rules_between(text: str, explicit: list[Mention], a: int, b: int) -> bool:
    """Whether the last plural rule word in ``text[a:b]`` (within the two sentences before
    ``b``) lies outside every mention of ``explicit``."""
    lo = max(a, sentence_start(text, max(0, sentence_start(text, b) - 2)))
    last = None
    for hit in _PLURAL_RULE_WORDS.finditer(text, lo, b):
        last = hit
    if last is None:
        return False
    return not any(m.start <= last.start() < m.end for m in explicit)


def _within(explicit: list[Mention], starts: list[int] | None, a: int, b: int) -> list[Mention]:
    """The mentions of ``explicit`` that may lie between ``a`` and ``b``: with ``starts``
    (theirs, sorted), only those that start there, by bisection (a long document has many);
    else all."""
    if starts is None:
        return explicit
    return explicit[bisect.bisect_left(starts, a) : bisect.bisect_right(starts, b)]


def _courts_order_told(
    text: str, explicit: list[Mention], a: int, b: int, starts: list[int] | None = None
) -> bool:
    """Whether a court's order is told between ``a`` and ``b``: in words ("a temporary
    restraining order", "an injunction"), or a court's ruling that orders ("Judge X ordered
    the agency to …", "the judge issued an order")."""
    if _COURTS_ORDER.search(text, a, b):
        return True
    return any(
        m.kind == "ruling" and m.court and m.start >= a and m.end <= b and _ORDERED.search(m.text)
        for m in _within(explicit, starts, a, b)
    )


def _courts_order_meant(
    doc: Doc, explicit: list[Mention], low: str, a: int, s: int, starts: list[int] | None = None
) -> bool:
    """Whether bare "the order" at ``s`` (``low``: the phrase in lowercase) means a court's
    order told after ``a`` (where the president's order it would refer back to ends), in a
    sentence before its own, and its own sentence neither speaks of the president's order
    ("The order, which Trump signed …") nor has a court act on it ("blocked the order")."""
    if low != "the order":
        return False
    text = doc.text
    return (
        _courts_order_told(text, explicit, a, doc.sentence_start(s), starts)
        and not _EO_WORDS.search(text, *doc.sentence_at(s))
        and not _EO_OBJECT_BEFORE.search(text, max(0, s - 30), s)
    )


# "The judge emphasized that the order …", "He noted that the order's …": what a judge says
# of an order is said of the order before the court, not of the court's own
_JUDGE_SAID = deferred(
    r"\b(?:[Jj]udge|[Cc]ourt|[Hh]e|[Ss]he|[A-Z][a-z]+)\s+(?:\w+\s+)?(?:emphasized|emphasised|"
    r"said|wrote|found|noted|concluded|held|determined|stressed|agreed|reasoned)\s+that\s+$"
)


# An undoing told right before a rule ("for rescinding the Obama-era endangerment finding",
# "the repeal of the 2024 rule")
_UNDOING_BEFORE = deferred(
    r"\b(?:rescind(?:s|ed|ing)?|repeal(?:s|ed|ing)?|revok(?:es|ed|ing)|roll(?:s|ed|ing)?\s+back|"
    r"scrapp(?:ed|ing)|undo(?:es|ing)?|undid|(?:repeal|rescission|rollback|revocation|reversal|"
    r"withdrawal)\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$"
)


# An agency's name before its initials in brackets ("the Department of Energy (DOE)")
_AGENCY_BEFORE_INITIALS = deferred(
    r"\b(?:Department|Agency|Administration|Commission|Bureau|Service|Board|Office)"
    r"(?:\s+(?:of|for|on|and|the|[A-Z][\w-]*)){0,6}\s+\($"
)


def _an_agency(word: str, text: str) -> bool:
    """Whether ``word`` names an agency: by the agency table, or as initials the text defines
    for an agency's name ("the Department of Energy (DOE)")."""
    from .ruleagencies import agency_word

    if agency_word().fullmatch(word):
        return True
    if not (word.isupper() and 2 <= len(word) <= 6):
        return False
    at = text.find(f"({word})")
    return at > 0 and _AGENCY_BEFORE_INITIALS.search(text, max(0, at - 80), at + 1) is not None


def _acting_rule(
    cands: list[Mention],
    explicit: list[Mention],
    at: int,
    mods: list[str],
    context: Callable[[Mention], str],
    phrase: str,
    doc_text: str,
) -> list[Mention]:
    """The candidates of "the <owner>'s action" (``cands``, agreeing with its modifiers) when
    they are the one rule of the article's before ``at`` that agrees with the modifiers and
    is not undone by another rule it names; an administration's action where an executive
    action is named before it too: none (which of the two is unsaid)."""
    from .ruleundoings import undone_by

    owner = _POSSESSIVE.sub("", phrase.split()[-2])
    if owner != "administration" and not _an_agency(owner, doc_text):
        return []  # "the Court's action", "the ACLU's action": no agency's
    before = [m for m in explicit if m.start < at]
    if "administration" in phrase.lower() and any(m.kind == "executive-action" for m in before):
        return []
    regs = [m for m in before if m.kind == "regulation" and m.authority]
    if mods and any(map(_constraint, mods)):
        agreeing = _agreeing(mods, regs, context)
        # (and every other rule of the agencies those are of: "the DOE's action" after two
        # rules of the Department of Energy is neither, though one only is told with "DOE")
        agencies = {_rule_agencies().get(m.authority or "") for m in agreeing} - {None, ""}
        regs = [
            m for m in regs if m in agreeing or _rule_agencies().get(m.authority or "") in agencies
        ]
    named = {m.authority for m in regs if m.authority}
    # (a rule told as what is undone, "sued the EPA for rescinding the endangerment finding",
    # is the object of the action, never it, though the undoing rule is found only later)
    undone = {
        m.authority for m in regs if _UNDOING_BEFORE.search(doc_text, max(0, m.start - 40), m.start)
    }
    acting = {a for a in named - undone if not undone_by(a, named - {a})}
    if len(acting) != 1:
        return []
    return [m for m in cands if m.authority in acting]


def _one_courts_ruling(explicit: list[Mention], at: int) -> Mention | None:
    """The last confident ruling with a court told afresh within ``WINDOW`` before ``at``,
    when every such ruling is of one court; else None."""
    told = [
        m
        for m in explicit
        if m.kind == "ruling"
        and m.court
        and not m.anaphor
        and m.confidence >= 0.7
        and 0 <= at - m.end <= WINDOW
    ]
    if len({m.court for m in told}) != 1:
        return None
    return max(told, key=_END)


def _courts_ruling_just_told(doc: Doc, mentions: list[Mention], at: int) -> Mention | None:
    """The last ruling with a court told in the sentence of ``at`` or the one before it, when
    all told there are of one court and one of them refers back to a ruling of that court (the
    story has come back to it: "… the court entered the injunction. Once in force, the order
    will block …" after a Supreme Court decision told paragraphs before). Two courts' rulings
    told afresh one after the other ("A judge in Boston blocked … A judge in Seattle ruled the
    same way. Even so, the order …") leave which unsaid: None."""
    lo = doc.sentence_start(max(0, doc.sentence_start(at) - 2))
    told = [m for m in mentions if m.kind == "ruling" and m.court and lo <= m.start and m.end <= at]
    if not any(m.anaphor for m in told) or len({m.court for m in told}) != 1:
        return None
    return max(told, key=_END)


def _told_last(m: Mention, added: list[Mention], s: int) -> int:
    """Where the article last tells of ``m``'s authority before ``s``: ``m``'s end, or a later
    back-reference's to it ("… an injunction … prevents the implementation of the executive
    order. … the order appeared retaliatory": the president's order, told again after the
    court's)."""
    ends = [r.end for r in added if r.authority == m.authority and m.end <= r.end <= s]
    return max(ends, default=m.end) if m.authority else m.end


def _told_again(m: Mention, added: list[Mention], s: int, head: str) -> int:
    """Where the article last tells of ``m``'s authority before ``s``, by its name or by a
    back-reference of the same head word: "the program" stays the program an article keeps
    calling "the program", however far its name stands (each step within reach). An action
    the Federal Register never printed has no id: its name is the same thing ("the EEOC's
    harassment guidance … that guidance … the 2024 guidance", twenty-sixth session)."""
    if not m.authority and not (m.kind == "executive-action" and m.name):
        return m.end
    word = head.lower()
    ends = [
        r.end
        for r in added
        if (r.authority == m.authority if m.authority else r.name == m.name)
        and r.kind == m.kind
        and m.end <= r.end <= s
        and r.text.lower().endswith(word)
    ]
    return max(ends, default=m.end)


def _court_ruling_between(
    explicit: list[Mention], a: int, b: int, starts: list[int] | None = None
) -> Mention | None:
    """The last confident ruling with a court told between ``a`` and ``b``, else None. (Not a
    decision recalled by the caption it decided, "a recent Supreme Court decision in Trump v.
    CASA": "the order" is a court's order, not a precedent's opinion.)"""
    told = [
        m
        for m in _within(explicit, starts, a, b)
        if m.kind == "ruling" and m.court and m.start >= a and m.end <= b and m.confidence >= 0.7
    ]
    told = [
        m
        for m in told
        if _RECALLED_CAPTION not in (m.evidence or "") or _ORDERED.search(m.text) is not None
    ]
    return max(told, key=_END, default=None)


# what ``captioncourts`` says of a ruling told right before the caption of its case
_RECALLED_CAPTION = ", named right after it"


# The heads whose antecedents differ from their family's others (see ``_kind_ok``,
# ``_stage_ok`` and ``_pool``); every other head of a family shares one pool.
_POOL_HEAD = {
    **dict.fromkeys(("law", "statute"), "law"),
    **{h: h for h in ("act", "plan", "provision", "proclamation", "memorandum", "bill")},
    **dict.fromkeys(_SPENDING_HEADS, "spending"),
    **{h: h for h in ("amendment", "clause", "mandate", "constitution")},
    **dict.fromkeys(_RULE_HEADS, "rule"),  # (never an order: see ``_kind_ok``)
}


def _news_landmark(by_end: list[Mention], date: str | None) -> list[Mention]:
    """(twenty-fourth session) "The Supreme Court ruled on Wednesday in United States v.
    Skrmetti … The Justice Department joined the lawsuit …": the mentions of the one case the
    article names before "the lawsuit", when that case is known by its reporter citation and
    was decided in the article's year (the suit whose decision is the news, not a precedent);
    else none."""
    told = [m for m in by_end if m.kind == "case"]
    if not told or not date or not date[:4].isdigit():
        return []
    auth = told[0].authority
    if not auth or not auth.startswith("cite:") or any(m.authority != auth for m in told):
        return []
    return told if _case_years().get(told[0].name or "") == int(date[:4]) else []


def _pool(
    fam: Family, head: str, by_end: list[Mention], phrase: str, text: str, date: str | None
) -> list[Mention]:
    """The family's compatible explicit mentions, in order of their ends. For "the law", "the
    statute" and "the act" a bill the article names counts as the act it became, once enacted
    by the article's date ("the CHIPS Act … passed … the new law"); for "the Act" a bill
    called an Act is still that bill before then."""
    if not (fam.kinds == ("statute",) and head in ("law", "statute", "act")):
        kinds = fam.kinds
        out = [m for m in by_end if m.kind in kinds and _kind_ok(fam, m, phrase, head, text)]
        if not out and head in ("lawsuit", "suit") and (news := _news_landmark(by_end, date)):
            out = news
        if head in _SPENDING_HEADS and len({m.authority for m in out}) != 1:
            return []  # the deal of one spending measure named, never a choice among several
        if head == "provision" and any(m.kind != "constitution" for m in out):
            # a constitution's section is "the provision" only in an article that names no
            # provision of a law ("Section 230 … Article I, Section 8 … the provision" is
            # the law's)
            out = [m for m in out if m.kind != "constitution"]
        if head == "bill" and any(m.kind == "bill" and m.authority for m in by_end):
            # an article that numbers a bill ("S. 47, the Violence Against Women
            # Reauthorization Act of 2013 … this bill") means that one: an act stands for "the
            # bill" only when its bill is known or it is a state's bill by number
            out = [
                m
                for m in out
                if m.kind != "statute" or _is_state_bill(m) or bill_of_act(m.authority)
            ]
            # an act named beside the bill it was ("S. 47, the Violence Against Women
            # Reauthorization Act of 2013") is one antecedent with it, not a second one
            named = {m.authority for m in by_end if m.kind == "bill"}
            out = [
                m.with_(kind="bill", authority=known[0])
                if m.kind == "statute"
                and (known := bill_of_act(m.authority)) is not None
                and known[0] in named
                else m
                for m in out
            ]
        return out
    out = []
    for m in by_end:
        if m.kind == "regulation" and head == "law" and is_state_regulation(m.authority):
            # ("a Kentucky regulation that provides … This law discriminates …": a state
            # agency's regulation, told by what it does, is the law its state applies)
            out.append(m)
            continue
        if m.kind != "bill" and m.kind != "statute":
            continue
        if m.kind == "bill":
            act = act_of_bill(m.authority)
            if act and (not date or act[1] <= date):
                out.append(m.with_(kind="statute", authority=act[0]))
            elif head == "act" and m.authority and _ACTS_WORD.search(f"{m.text} {m.name or ''}"):
                out.append(m)  # "the Laken Riley Act … the Act would require": still a bill
            continue
        if _kind_ok(fam, m, phrase, head, text):
            out.append(m)
    return out


_FINDING_END = lazy(r"\b[Ff]indings?$")
_CLAUSE_WORD = lazy(r"\b[Cc]lause\b")


_PLAIN_RULE = lazy(r"(?:the|this|that|these|those)\s+(?:rules?|regulations?)")
# an ordinal in a phrase ("the third lawsuit", "a second suit"): it counts one of several
_ORDINAL_PHRASE = deferred(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:nd|rd|th))\b",
    re.IGNORECASE,
)
# a participle after a rule's back-reference that says it is a proposal: "the regulations
# proposed last October", "the rule that was proposed in 2023"
_PROPOSED_AFTER = deferred(
    r"\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:first\s+)?proposed\b"
    # "The rule we are proposing today", "the regulation the agency has proposed": a relative
    # clause whose own words say the rule is still a proposal (census36 P2)
    r"|\s+(?:(?:that|which)\s+)?(?:we|it|they|the\s+(?:agency|department|administration|"
    r"commission|board|bureau|[A-Z]{2,5}))\s+(?:are|is|was|were|has|have|had)\s+"
    r"(?:now\s+|just\s+)?(?:proposing|proposed)\b"
    # (twenty-eighth session) "the rules the SEC originally proposed in March 2022": the
    # proposal, unless the clause goes on to its adoption ("… proposed in 2022 and adopted")
    r"|\s+(?:(?:that|which)\s+)?the\s+(?:agency|department|administration|commission|board|"
    r"bureau|[A-Z]{2,5})\s+(?:originally|first|initially)\s+proposed\b"
    r"(?![^.;]{0,60}\b(?:finali[sz]ed|adopted)\b)"
)


def proposed_after(text: str, end: int) -> bool:
    """Whether the words right after a rule word at ``end`` say the rule is a proposal ("the
    regulations proposed last October", "the rule we are proposing today")."""
    return _PROPOSED_AFTER.match(text, end) is not None


# "this burdensome federal mandate" (``families``): a critic's word for the one rule named
EVALUATIVE_MANDATE = deferred(r"[Tt]h(?:is|at)\s+[a-z][a-z-]+\s+federal\s+mandate")
_OPEN_QUOTES = ("“", '"')


def _quoted_at(text: str, s: int) -> bool:
    """Whether ``s`` stands inside a quotation of its paragraph (more “ than ” before it, or
    an odd number of straight quotation marks)."""
    p = text.rfind("\n", 0, s) + 1
    before = text[p:s]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _stage_ok(phrase: str, m: Mention) -> bool:
    """ "The Proposed Rule" refers back to a proposed rule, "the Final Rule" and "the ban"
    to a final one, and "the ban" or "the mandate" only to a rule called so."""
    # (a proposal named by its title: its row's name says it is one)
    proposed = "proposed" in m.text.lower() or (
        m.kind == "regulation" and "proposed" in (m.name or "").lower()
    )
    low = phrase.lower()
    if "propos" in low:
        # ("the proposed rule", "the proposal": never a final rule)
        return proposed
    if "interim" in low and "interim" not in m.text.lower():
        return False  # "the interim final rule" is not the final rule named before it
    if proposed:
        # a plain "the rule" after a proposed rule is that proposal ("NOAA's proposed vessel
        # speed rule … Boaters have fought the rule"), a final one never ("the final rule")
        return _PLAIN_RULE().fullmatch(low) is not None
    if low.endswith(("rule", "rules")) and _FINDING_END().search(m.text):
        return False  # "the final rule" after "the Endangerment Finding": a finding is no rule
    if low.endswith("clause"):
        return bool(_CLAUSE_WORD().search(m.text))  # only a provision named a clause
    if EVALUATIVE_MANDATE.fullmatch(phrase):
        return True  # (the one rule named: checked where the phrase is resolved)
    for head in ("mandate",):  # (a ban: its sentences say it bans, see ``_bans``)
        if low.endswith(head):
            return bool(re.search(rf"\b{head}", f"{m.text} {m.name or ''}", re.IGNORECASE))
    return True


BILL_HEADS = frozenset({"measure", "legislation", "package"})
# "the House-passed version of the bill", "the Senate version of the Clean Harbors Act": the
# bill told after "of" is the mention (it links on its own); the chamber's phrase before it is
# no second one
_OF_BILL_AFTER = deferred(
    r"\s+of\s+(?:(?:the|this|that|its|their)\s+)?(?:[\w’'.-]+\s+){0,8}?(?:[Bb]ill|Act|"
    r"[Mm]easure|[Ll]egislation)\b|\s+of\s+(?:H\.\s?R\.|S\.)\s?\d"
)
CHAMBER_TYPES = {
    "House": ("hr", "hres", "hjres", "hconres"),
    "Senate": ("s", "sres", "sjres", "sconres"),
}


def _of_chamber(m: Mention, chamber: str) -> bool:
    """Whether ``m`` is a bill of ``chamber`` ("the Senate version" is an S. bill), or an act
    whose bill was."""
    bill = m.authority if m.kind == "bill" else (bill_of_act(m.authority) or ("",))[0]
    parts = (bill or "").split(":")
    return len(parts) == 4 and parts[0] == "bill" and parts[2] in CHAMBER_TYPES[chamber]


def _bans(
    text: str,
    m: Mention,
    context: Callable[[Mention], str] | None = None,
    phrase: tuple[int, int] = (0, 0),
) -> bool:
    """Whether ``m`` is a ban: its name or its own sentence says it bans something ("Texas
    Senate Bill 8 bans abortion after six weeks", "Trump's travel ban"), or a sentence that
    names it again does (``context``: "The Final Rule bans most noncompetes"). The phrase
    asking (``phrase``, its span) is no evidence: "President Trump asserted INA 212(f) as the
    basis of the ban" does not say the INA bans anything."""
    if m.name and BANS.search(m.name):
        return True
    a = sentence_start(text, m.start)
    stop = text.find(". ", m.end)
    b = min(len(text) if stop < 0 else stop, m.end + 160)
    s, e = phrase
    for hit in BANS.finditer(text, a, b):
        if not s <= hit.start() < e:
            return True
    if context is None:
        return False
    own = context(m)
    if e > s:
        # (the phrase with a little of its sentence before it: the same words elsewhere, "In
        # upholding the ban, the Court found that the act …", still say it bans)
        own = own.replace(text[max(sentence_start(text, s), s - 40) : e], "")
    return BANS.search(own) is not None


# The back-references to a law by the duty it sets, and what its sentences say for each
DUTY_HEADS = frozenset({"requirement", "mandate", "prohibition"})
_REQUIRES = deferred(
    r"\b(?:require|requires|required|requiring|mandates|mandated|mandating|compels|compelled|"
    r"compelling|obligates|obligated|must)\b"
)
_DUTY_BLOCK = deferred(
    r"\b(?:own|same|other|another|next|first|last|proposed|federal|national|nationwide|"
    r"earlier|previous|old|original|similar|temporary|court|judge['’]s|court['’]s)\b",
    re.IGNORECASE,
)


def _duty_told(
    text: str,
    m: Mention,
    head: str,
    context: Callable[[Mention], str],
    phrase: tuple[int, int],
) -> bool:
    """Whether ``m`` sets the duty ``head`` names: "the prohibition" a law that bans
    (``_bans``), "the requirement"/"the mandate" one whose own sentence, or a sentence that
    names it again, says it requires or mandates (the phrase's own words are no evidence)."""
    a = sentence_start(text, m.start)
    s, e = phrase
    if sentence_start(text, s) == a:
        return False  # "SB 99 would bar …, and penalize those who violate that prohibition"
    b = min(m.end + 200, s)
    for mark in (". ", "\n"):
        stop = text.find(mark, m.end, b)
        b = b if stop < 0 else stop
    # a modifier in lower case ("the posting requirement") is one of the law's own words:
    # "the documentation requirement" after an act that mandates forms is another's
    for w in _modifiers(text[s:e]):
        if w[0].islower() and w.isalpha():
            stem = w[: max(4, len(w) - 4)].lower()
            if stem not in text[a:b].lower():
                return False
    if head == "prohibition":
        return _bans(text, m, context, phrase)
    if any(not s <= hit.start() < e for hit in _REQUIRES.finditer(text, a, b)):
        return True
    own = context(m)
    if e > s:
        own = own.replace(text[max(sentence_start(text, s), s - 40) : e], "")
    return _REQUIRES.search(own) is not None


# (a possessive pronoun stands where a determiner does: "Her lawsuit", "Their case" ask
# nothing of the antecedent's words, where "Her" read as a name had to be in the case's own)
DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
)
_QUOTED = deferred(r"[“\"][^“”\"\n]*[”\"]")
_POSSESSIVE = re.compile(r"(?:['’]s?|s['’])$")


def _modifiers(phrase: str) -> list[str]:
    """The words between a back-reference's determiner and its head ("the new Texas law":
    "new", "Texas"); an owner standing for the determiner counts ("Newsom's bill")."""
    if "“" in phrase or '"' in phrase:
        # a nickname in quotes is no modifier ("the “Don't Say Gay” law": see ``resolve_anaphora``)
        phrase = _QUOTED.sub(" ", phrase)
    words = [w.rstrip(",") for w in phrase.split()[:-1] if w != "and"]
    if words and (words[0].lower() in DETERMINERS or words[0].lower() in _DAY_OWNERS):
        words = words[1:]  # (also "today's": the day's, no owner to agree with)
    return words


def _qualities_only(phrase: str) -> bool:
    """Whether the words "and" joins in a back-reference are qualities that ask nothing of
    the antecedent ("this cruel and unjust law", "the harmful and discriminatory law"), as
    ``backref_modifiers.csv`` lists them or as their endings tell; a topic, a name or a
    state's or federal word ("the state and federal law") makes two laws of it."""
    words = _modifiers(phrase)
    return bool(words) and all(w.islower() and _constraint(w) is None for w in words)


_DAY_OWNERS = frozenset({"today's", "today’s"})


@cache
def _constraint(word: str) -> str | None:
    """What a modifier asks of the antecedent: "state", "federal", "name" (a capitalised
    word its own words must hold: "Texas", "EPA", "Newsom"), "topic" (a word one of which
    they must hold: "abortion", "overtime"), or nothing ("new", "controversial", "2019")."""
    bare = _POSSESSIVE.sub("", word)
    low = bare.lower()
    if low in STATE_MODIFIERS:
        return "state"
    if low in FEDERAL_MODIFIERS:
        return "federal"
    if not bare or low in GENERIC_MODIFIERS or "-" in bare or not bare[0].isalpha():
        return None
    if low in months():
        return None  # "the April 2024 final rule": the month tells nothing its year does not
    if bare[0].isupper():
        return "name"
    if low.endswith(GENERIC_SUFFIXES) and len(low) > 5:
        return None
    return "topic"


def _two_states_alike(
    text: str, phrase: str, cands: list[Mention], context: Callable[[Mention], str]
) -> bool:
    """Whether a phrase told by its topic alone ("the Ten Commandments requirement", no
    state among its words) agrees with the laws of two states (parallel laws on one topic):
    which state's, the phrase does not say (twenty-third session)."""
    if phrase.count(" ") < 2:
        return False
    mods = _modifiers(phrase)
    if not any(_constraint(w) in ("topic", "name") for w in mods) or any(
        _constraint(w) == "state" or w in _state_names_set() for w in mods
    ):
        return False
    cands = _agreeing(mods, cands, context)
    postals = {
        (m.authority or "").split(":")[1]
        for m in cands
        if (m.authority or "").startswith("state:") and not m.anaphor
    }
    return len(postals) > 1


@cache
def _state_names_set() -> frozenset[str]:
    from .statenames import state_names

    return frozenset(w for n in state_names() for w in n.split())


def _is_state_bill(m: Mention) -> bool:
    """Whether ``m`` is a state's bill by number (``state:ca:bill:sb27``)."""
    return (m.authority or "").startswith("state:") and ":bill:" in (m.authority or "")


def _is_state(m: Mention) -> bool:
    """Whether ``m`` is a state's law or bill (``state:…`` id, or a state's act by name)."""
    if (m.authority or "").startswith("state:") or m.matcher == "state_laws":
        return True
    return not m.authority and _state_name_start().match(m.name or "") is not None


@cache
def _postal_of_state() -> dict[str, str]:
    """Each state's name by its postal code, lowercased as ids write it ("ok": "Oklahoma")."""
    from ..courts import states

    return {postal.lower(): st.name for postal, st in states().items()}


_OWNER_MARK = deferred(r"['’]s?$")  # "Texas'" and "Texas's" are Texas


@lru_cache(maxsize=4096)
def _states_in(mods: tuple[str, ...]) -> tuple[str, ...]:
    """The states a back-reference's modifiers name ("Texas'", "New", "York's")."""
    named = " ".join(_OWNER_MARK.sub("", w) for w in mods)
    return tuple(n for n in state_names() if n in named and re.search(rf"\b{n}\b", named))


def _of_another_state(mods: list[str], m: Mention) -> bool:
    """Whether a back-reference names a state ("Texas' ban", "the New York law") and the
    antecedent is another state's law: a state named as the law's maker must be the law's
    own, not merely a word of the sentences around it (a USA Today story's "the Texas ban"
    after Oklahoma's near-total ban, both states in its headline)."""
    if not mods or not any(w[:1].isupper() for w in mods):
        return False
    states = _states_in(tuple(mods))
    if not states:
        return False
    auth = m.authority or ""
    if auth.startswith("state:"):
        own = _postal_of_state().get(auth.split(":")[1])
        return own is not None and own not in states
    if _is_state(m) and m.name:
        return not any(m.name.startswith(n + " ") for n in states)
    return False


# The ids of federal authorities: a back-reference that names a state is none of them.
_FEDERAL_IDS = ("usc:", "publ:", "stat:", "cfr:", "fr:", "eo:", "bill:", "const:")


@cache
def _state_name_start() -> re.Pattern[str]:
    """A state's name opening a law's name ("Texas Heartbeat Act")."""
    return re.compile("(?:" + "|".join(re.escape(n) for n in state_names()) + ") ")


# the characters that match an ASCII letter ignoring case (İ ı ſ and the Kelvin sign)
_FOLD_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _holds(context: str, word: str) -> bool:
    """Whether ``context`` holds ``word`` (a plural or possessive ending aside) as a word."""
    bare = _POSSESSIVE.sub("", word)
    stem = bare[:-1] if len(bare) > 4 and bare.endswith("s") else bare
    low, lowered = stem.lower(), context.lower()
    i = lowered.find(low)
    if i < 0:
        return False
    if stem.isascii() and (context.isascii() or not any(c in context for c in _FOLD_ASCII)):
        # (an ASCII stem: each place of it in the lowered context, tested for a letter
        # before it, is what the pattern below finds, and no pattern is compiled for each new
        # word; but for these four characters, no character outside ASCII matches an ASCII
        # letter ignoring case or lowers to one, and ``lower`` keeps every place)
        while i >= 0:
            if not i or not ("a" <= lowered[i - 1] <= "z"):
                return True
            i = lowered.find(low, i + 1)
        return False
    return re.search(rf"(?<![A-Za-z]){re.escape(stem)}", context, re.IGNORECASE) is not None


def _agrees(
    mods: list[str], m: Mention, context: Callable[[Mention], str], strict: bool = True
) -> bool:
    """Whether antecedent ``m`` agrees with a back-reference's modifiers: state or federal as
    it says, every name it gives among its words (its own, else the sentences that name it:
    ``context``), and one of its topic words if it gives any (with ``strict`` false only one
    of its subject words: see ``SUBJECT_MODIFIERS``)."""
    own = f"{m.text} {m.name or ''}"
    if _of_another_state(mods, m):
        return False
    topics = []
    for w in mods:
        need = _constraint(w)
        if need == "state" and not _is_state(m):
            return False
        if need == "federal" and _is_state(m):
            return False
        if need == "name" and not (
            _holds(own, w) or _holds(context(m), w) or _rule_of_agency(m, w) or _in_term(m, w)
        ):
            return False
        if need == "topic" and (strict or _POSSESSIVE.sub("", w).lower() in SUBJECT_MODIFIERS):
            topics.append(w)
    if not topics or any(_holds(own, w) for w in topics):
        return True
    ctx = context(m)
    if any(_holds(ctx, w) for w in topics):
        return True
    # the phrases the tables describe the law with ("Florida's latest illegal immigration
    # law" after a law the article told as criminalizing entry: its row's "crime of illegal
    # entry by undocumented immigrants")
    # (a long word there counts by its first seven letters: "immigration" is held by
    # "immigrants", "criminal" by "criminalizes")
    described = _table_topics().get(m.authority or "")
    return described is not None and any(
        _holds(described, _POSSESSIVE.sub("", w)[:_KIN_LETTERS]) for w in topics
    )


_KIN_LETTERS = 7


@cache
def _table_topics() -> dict[str, str]:
    """The topic phrases ``act_topics.csv`` and ``state_acts.csv`` give each law, by id."""
    out: dict[str, str] = {}
    for r in (*read_rows("act_topics.csv"), *read_rows("state_acts.csv")):
        if r.get("topics") and r.get("authority"):
            words = r["topics"].replace("|", " ; ")
            out[r["authority"]] = f"{out.get(r['authority'], '')} ; {words}"
    return out


# The years of each president's term by his number (whitehouse.gov, The Presidents), the
# year he took office to the year he left it: "Obama's signature law" is a law enacted in
# 2009–2017, whether or not the sentences naming it name him.
_TERM_YEARS = {
    37: (1969, 1974),
    39: (1977, 1981),
    40: (1981, 1989),
    41: (1989, 1993),
    42: (1993, 2001),
    43: (2001, 2009),
    44: (2009, 2017),
    45: (2017, 2021),
    46: (2021, 2025),
    47: (2025, 2029),
}


@cache
def _president_numbers() -> dict[str, tuple[int, ...]]:
    """Each president's surname as news prints it (``lexicon.csv``) with his numbers."""
    from ..lexicon import _rows

    return {w: tuple(int(n) for n in v.split("|")) for c, w, v in _rows() if c == "president"}


def _in_term(m: Mention, word: str) -> bool:
    """Whether ``word`` is a president's surname ("Obama's") and ``m`` a law enacted or a rule
    issued in a year of his term (``_year_of``)."""
    numbers = _president_numbers().get(_POSSESSIVE.sub("", word))
    if not numbers or m.kind not in ("statute", "bill", "regulation"):
        return False
    year = _year_of(m)
    return year is not None and any(
        a <= year <= b for n in numbers if (term := _TERM_YEARS.get(n)) for a, b in (term,)
    )


# The heads that mean a whole law: a section of it named between is no other antecedent.
_WHOLE_HEADS = frozenset({"law", "act", "legislation", "measure"})


def _part_of(part: Mention, whole: Mention) -> bool:
    """Whether ``part`` is a section or title of the law ``whole`` (a section within the
    range of U.S. Code sections ``whole`` is, or a name ``whole``'s name opens: "Civil Rights
    Act of 1964, Title VII")."""
    pa, wa = part.authority or "", whole.authority or ""
    if pa == wa or (part.name and part.name == whole.name):
        return False
    if pa.startswith("usc:") and wa.startswith("usc:") and "-" in wa.split(":")[-1]:
        return "-" not in pa.split(":")[-1] and usc_overlap(pa, wa)
    return bool(part.name and whole.name and part.name.startswith(whole.name + ","))


def _wholes(cands: list[Mention]) -> list[Mention]:
    """The candidates but the sections of another candidate (``_part_of``)."""
    wholes = {_key(m): m for m in cands}.values()
    # (asked only of the wholes that could hold it: a range of U.S. Code sections, or one
    # whose name is what ``m``'s name holds before a comma; a long document has many)
    ranges: list[Mention] = []
    named: dict[str, list[Mention]] = {}
    for w in wholes:
        wa = w.authority or ""
        if wa.startswith("usc:") and "-" in wa.split(":")[-1]:
            ranges.append(w)
        if w.name:
            named.setdefault(w.name, []).append(w)

    def part(m: Mention) -> bool:
        if (
            ranges
            and (m.authority or "").startswith("usc:")
            and any(_part_of(m, w) for w in ranges)
        ):
            return True
        name = m.name
        if not name or "," not in name:
            return False
        at = name.find(",")
        while at >= 0:
            if any(_part_of(m, w) for w in named.get(name[:at], ())):
                return True
            at = name.find(",", at + 1)
        return False

    # (a bare "§ 27540(f)" read as a section of the state code cited in full just before:
    # that cite is the law "the law" means)
    return [m for m in cands if not part(m) and not short_of_cited_code(m, cands)]


_CENTURY = deferred(r"(1?\d)(?:st|nd|rd|th)-century")


# A rule's taking effect told right after its back-reference, with the year ("The final
# rule becomes effective on July 1, 2024", "the rule took effect in March 2025"): a rule takes
# effect within a year or so of its printing, so it is not a rule printed years before.
_TAKES_EFFECT = deferred(
    r"\s+(?:(?:will|would|is\s+set\s+to|was\s+set\s+to|is\s+scheduled\s+to|was\s+scheduled"
    r"\s+to)\s+)?(?:becomes?|became|takes?|took|goes?|went|go|is|was|are|were)\s+"
    r"(?:effective|into\s+effect|effect)\b[^.;!?]{0,30}?\b((?:19|20)\d\d)\b"
)
_DECADE = deferred(r"\b((?:1[6-9]|20)\d0)s(?:-era)?(?![\w-])")


def _of_decade(m: Mention, decade: int) -> bool:
    """Whether ``m`` was enacted (``_year_of``) in the decade opening in ``decade``."""
    year = _year_of(m)
    return year is not None and decade <= year < decade + 10


def _of_century(m: Mention, century: int) -> bool:
    """Whether ``m`` was enacted (``_year_of``) in ``century`` (the 18th: 1701–1800)."""
    year = _year_of(m)
    return year is not None and (year - 1) // 100 + 1 == century


@cache
def _rule_versions() -> dict[int, tuple[tuple[int, str, str], ...]]:
    """The rows of each rule (``agencyrules.group_of``): (year, id, name) of each final row
    with a year and an id."""
    from .agencyrules import group_of
    from .orderdata import rules

    out: dict[int, list[tuple[int, str, str]]] = {}
    for r in rules():
        if r.year and r.target and not r.proposed:
            out.setdefault(group_of(r.name), []).append((r.year, r.target, r.name))
    return {g: tuple(v) for g, v in out.items()}


def _version_of_year(m: Mention, year: int) -> bool:
    """Whether ``m`` is a known rule of another year whose table has a version of
    ``year``."""
    if m.kind != "regulation" or not m.name or _rule_years().get(m.name) in (None, year):
        return False
    from .agencyrules import group_of

    try:
        group = group_of(m.name)
    except KeyError:
        return False
    return any(y == year for y, _, _ in _rule_versions().get(group, ()))


@cache
def _rule_groups() -> dict[str, frozenset[int]]:
    """Each known rule's id (``rules.csv``) with the rules (``agencyrules.group_of``) its
    rows are versions of."""
    from .agencyrules import group_of
    from .orderdata import rules

    out: dict[str, set[int]] = {}
    for r in rules():
        if r.target:
            out.setdefault(r.target, set()).add(group_of(r.name))
    return {k: frozenset(v) for k, v in out.items()}


def _rules_its_words_fit(mods: list[str], cands: list[Mention]) -> list[Mention]:
    """The candidates a rule's back-reference can be, by its topic words: not a known rule
    other than the one of the table its words fit best. "The 2024 methane emission
    standards" after the methane fee rule are the methane standards, a rule of their own
    (left unlinked when the article has not named them), not the fee rule the article is
    about, though the fee is on methane emissions too."""
    words = " ".join(w for w in mods if _constraint(w) == "topic")
    if not words:
        return cands
    from .agencyrules import _best, group_of
    from .orderdata import rules

    best, _ = _best(rules(), words)
    if not best:
        return cands
    fit = {group_of(r.name) for r in best}
    groups = _rule_groups()
    return [
        m
        for m in cands
        if m.kind != "regulation" or m.authority not in groups or groups[m.authority] & fit
    ]


@cache
def _rule_agencies() -> dict[str, str]:
    """Each known rule's ``agency`` column by its id (``rules.csv``)."""
    from .orderdata import rules

    return {r.target: r.agency for r in rules() if r.target}


def _rule_of_agency(m: Mention, word: str) -> bool:
    """Whether ``m`` is a rule the agency ``word`` names issued ("the new ATF rule" after
    the frame-or-receiver rule, whose agency is the Bureau of Alcohol, Tobacco, …)."""
    if m.kind != "regulation" or not m.authority:
        return False
    agency = _rule_agencies().get(m.authority)
    return bool(agency) and _agency_issued(_POSSESSIVE.sub("", word), agency or "")


@cache
def _agency_issued(word: str, agency: str) -> bool:
    from .ruleagencies import AGENCIES

    return any(
        re.fullmatch(rx, word) is not None and any(w in agency for w in words)
        for rx, words, _ in AGENCIES
    )


def _agreeing(
    mods: list[str], cands: list[Mention], context: Callable[[Mention], str]
) -> list[Mention]:
    """The candidates that agree with the modifiers; where none holds a topic word that is
    no subject ("the overtime rule" after "the salary rule"), those that agree otherwise."""
    for strict in (True, False):
        verdict: dict[str, bool] = {}  # by antecedent: its mentions agree alike
        for m in cands:
            if _key(m) not in verdict:
                verdict[_key(m)] = _agrees(mods, m, context, strict)
        if any(verdict.values()):
            return [m for m in cands if verdict[_key(m)]]
    return []


_CONTEXT_MENTIONS = 6


def _context_of(doc: Doc, ms: list[Mention]) -> str:
    """An antecedent's own words and the sentences that name it (its first few mentions; no
    more than 300 characters either side of one)."""
    text = doc.text
    parts: list[str] = []
    for m in sorted(ms, key=lambda m: m.start)[:_CONTEXT_MENTIONS]:
        a, b = doc.sentence_at(m.start)
        parts += [text[max(a, m.start - 300) : min(b, m.end + 300)], m.name or ""]
    return " ".join(parts)


# "the statute, 8 U.S.C. 1182", "The statute governing the FTC, 15 U.S.C. § 41, …"
APPOSITION = deferred(
    r"(?:\s+(?:governing|covering|behind|at\s+issue|in\s+question)(?:\s+[\w.'’-]+){0,4}?)?"
    # a comma, a parenthesis, or a dash before "known as" and the like ("the law—known as
    # Senate Bill 4—also gives judges …")
    r"(?:,\s+|\s+\(|\s*[—–]\s*)"
)
# "the bipartisan infrastructure bill, formally the Infrastructure Investment and Jobs Act":
# a law's description named after it (a case's — "The case, known as Ohio v. EPA" — is left
# to the caption, which the article names right there)
NAMED_AFTER = deferred(
    r"(?:(?:also|better|commonly|formerly|widely)\s+)?"
    r"(?:formally|officially|known\s+as|called|titled|named)\s+(?:the\s+)?"
)


_KNOWN_AS = deferred(
    r"\s+(?:(?:also|commonly|widely)\s+)?(?:known\s+as|called|(?:en)?titled)\s+(?:the\s+)?[“\"]?"
)


# (not "the DHS final rule entitled “…”": a rule's description before its printed title is
# the mention, its title the words that identify it)
_KNOWN_AS_NAME = deferred(r"\s+(?:(?:also|commonly|widely)\s+)?(?:known\s+as|called)\s")


def _appositive(
    text: str, end: int, explicit: list[Mention], starts: list[int], fam: Family
) -> Mention | None:
    """The explicit mention set right after a back-reference phrase, in apposition to it
    (``starts`` are the explicit mentions' starts, in order)."""
    gap = APPOSITION.match(text, end)
    if gap is None:
        # "the state law known as AB5" (no comma): the name right after is the one meant
        bare = _KNOWN_AS.match(text, end) if "case" not in fam.kinds else None
        if bare is None:
            return None
        i = bisect.bisect_left(starts, bare.end())
        hit = explicit[i] if i < len(explicit) and explicit[i].start == bare.end() else None
        return hit if hit is not None and hit.kind in fam.kinds else None
    at = gap.end()
    named = NAMED_AFTER.match(text, at) if "case" not in fam.kinds else None
    if named is None and gap.group(0).strip() in ("—", "–"):
        return None  # "one portion of the act – 18 U.S.C. § 794 –" names a part of it
    the = None
    if named is None and "case" not in fam.kinds and gap.group(0).rstrip().endswith(","):
        # "this long-awaited legislation, the CHIPS and Science Act, into law", "the statute
        # in question, the Sarbanes-Oxley Act of 2002, …": the name after "the" (not an item
        # of a list: "the law, the rule and the order")
        the = _THE.match(text, at)
    at = named.end() if named else the.end() if the else at
    i = bisect.bisect_left(starts, at)
    if i < len(explicit) and explicit[i].start == at and explicit[i].kind in fam.kinds:
        if the is not None and _LIST_GOES_ON.match(text, explicit[i].end):
            return None
        return explicit[i]
    return None


_THE = deferred(r"[Tt]he\s+")
# A head noun whose "of" phrase a back-reference is: "a predecessor of the current bill, NAME"
# (the name in apposition is the head's; not "the final version of this legislation, NAME":
# a version may be the bill itself)
_HEAD_OF_BEFORE = deferred(
    r"\b(?:predecessor|successor|forerunner|precursor|counterpart|companion|rival|"
    r"alternative|cousin)s?\s+(?:of|to)\s+$"
)
_LIST_GOES_ON = deferred(r"\s*,?\s*(?:and|or|as\s+well\s+as)\b")


class _Prefix:
    """A family's compatible mentions before the phrase being resolved, counted once as the
    pass moves forward through the text (phrases come in text order), so that salience costs
    nothing per phrase: how often each authority was named, its last explicit mention, and the
    cases a ruling in the text decided."""

    def __init__(self, pool: list[Mention]) -> None:
        self.pool = pool
        self.ends = [m.end for m in pool]
        self.ids = {id(m) for m in pool}
        self.upto = 0
        self.freq: dict[str, int] = {}
        self.last: dict[str, Mention] = {}
        self.first: dict[str, int] = {}  # where each authority was first named
        self.decided: dict[str, Mention] = {}

    def advance(self, at: int, text: str, ruling_ends: list[int] | None) -> None:
        k = bisect.bisect_right(self.ends, at)
        while self.upto < k:
            m = self.pool[self.upto]
            key = _key(m)
            self.freq[key] = self.freq.get(key, 0) + 1
            self.first.setdefault(key, m.start)
            if not m.anaphor:
                self.last[key] = m
            if ruling_ends is not None and _decided_in(text, m, ruling_ends):
                self.decided[key] = m
            self.upto += 1

    def in_reach(self, at: int, window: int) -> list[Mention]:
        return self.pool[bisect.bisect_left(self.ends, at - window) : self.upto]


# How far back an article's topic stays an antecedent: a long feature runs to some 30,000
# characters; a longer text (a book, an archive of articles run together) changes topics, and
# carrying every topic it ever named to each phrase made the pass grow with the square of its
# length.
TOPIC_REACH = 40_000


def _lone(prefix: _Prefix, fam: Family, ruling_ends: list[int], at: int) -> bool:
    """Whether the family's candidates before ``at`` are one authority, and (for an order)
    no ruling is told since it was named: "… a federal judge issued a temporary restraining
    order on Thursday. … The order lasts 14 days" may be the court's."""
    if len(prefix.freq) != 1 or len(prefix.last) != 1:
        return False
    if fam.kinds != EXEC_KINDS:
        return True
    (only,) = prefix.last.values()
    i = bisect.bisect_right(ruling_ends, only.end)
    return not (i < len(ruling_ends) and ruling_ends[i] < at)


# How far back the only law (rule, order) an article names, told made or fought over, stays
# the antecedent when named once: some fifteen paragraphs of news.
LONE_REACH = 2 * WINDOW


def _topics_out_of_reach(
    prefix: _Prefix,
    cands: list[Mention],
    added_freq: dict[str, int],
    at: int,
    text: str = "",
    lone: bool = False,
) -> list[Mention]:
    """The last mention of each authority the article has named three times or more before
    the phrase (at ``at``), or named in its headline or opening (``LEAD``), but not within
    reach: the law an article is about stays an antecedent (within ``TOPIC_REACH``); so does
    the only one of the family the article names, told made or fought over in its sentence
    (``_story_told``), within ``LONE_REACH`` (``lone``: see ``_lone``)."""
    keys = {_key(m) for m in cands}
    return [
        m
        for k, m in prefix.last.items()
        if (
            prefix.freq[k] + added_freq.get(k, 0) >= 3
            or prefix.first[k] < LEAD
            or (lone and m.end >= at - LONE_REACH and _story_told(text, m))
        )
        and k not in keys
        and m.end >= at - TOPIC_REACH
    ]


EXEC_KINDS = ("executive-action",)
# "prior law", "existing law", "current law" as a phrase's last words: the law as it stood
# before (or without) the bill or act the article told, never that one
_LAW_BEFORE_IT = deferred(r"\b(?:prior|previous|existing|current|earlier)\s+laws?$", re.IGNORECASE)
# "the original order", "his initial executive order", "the revised order": which of two
# orders of the article, told by when each was signed.
_OLD_WORDS = frozenset({"original", "initial", "previous", "earlier", "prior", "first", "old"})
_NEW_WORDS = frozenset({"revised", "new", "newer", "latest", "second", "amended", "updated"})


def _told_when(mods: list[str]) -> str | None:
    """ "old" or "new" when a modifier of an order tells which of two it is; else None."""
    low = {w.lower() for w in mods}
    if low & _OLD_WORDS:
        return None if low & _NEW_WORDS else "old"
    return "new" if low & _NEW_WORDS else None


# A month, and maybe its day, in an order's back-reference ("the Jan. 20 order")
_MONTH_DAY = deferred(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+(?P<day>[1-3]?\d)(?!\d))?"
)


def _signed_as_told(authority: str | None, told: re.Match[str]) -> bool:
    """Whether the order ``authority`` was signed in the month (on the day) ``told`` names;
    not when its signing day is unknown."""
    day = _signed_on(authority)
    if day is None or int(day[5:7]) != months()[told["month"].lower()]:
        return False
    return told["day"] is None or int(day[8:10]) == int(told["day"])


def _by_signing(cands: list[Mention], *, oldest: bool) -> list[Mention]:
    """Of candidate orders for "the original order" (``oldest``) or "the revised order", the
    mentions of the one signed first (last). Two orders or more must be told, each with its
    signing day known (``executive_orders.csv``, the Federal Register's table): with one the
    phrase speaks of another order the article never named, and links nothing."""
    days: dict[str, str] = {}
    for m in cands:
        day = _signed_on(m.authority)
        if day is None:
            return cands if len({m.authority for m in cands}) == 1 and not oldest else []
        days[m.authority or ""] = day
    if len(days) < 2:
        return [] if oldest else cands
    pick = min(days.values()) if oldest else max(days.values())
    return [m for m in cands if days[m.authority or ""] == pick]


@cache
def _president_mod() -> re.Pattern[str]:
    """A president's surname right before an order's head ("the Carter EO"), or before
    "administration's" ("the Trump administration's executive order")."""
    names = "|".join(presidents())
    return re.compile(
        rf"\b({names})\s+(?:administration['’]s\s+)?(?:executive\s+)?"
        r"(?:order|directive|EO|E\.O\.)"
    )


def _signed_by(authority: str | None, surname: str) -> bool:
    """Whether the order ``authority`` was signed by the president of ``surname``."""
    if not authority:
        return False
    curated = orders_by_id().get(authority)
    if curated is not None and curated.president:
        return curated.president == surname
    if authority.startswith("eo:") and authority[3:].isdigit():
        o = register().by_number.get(int(authority[3:]))
        return o is not None and o.president == surname
    return False


def _signed_on(authority: str | None) -> str | None:
    """An order's signing day (ISO), from the curated table or the Federal Register's."""
    if not authority:
        return None
    curated = orders_by_id().get(authority)
    if curated is not None and curated.signing_date:
        return curated.signing_date
    if authority.startswith("eo:") and authority[3:].isdigit():
        o = register().by_number.get(int(authority[3:]))
        return o.signing_date if o else None
    return None


def _topics_between(text: str, a: int, b: int, ctx: ScanContext) -> list[Hit[ExecOrder]]:
    """The order topics' hits in ``text[a:b]`` (offsets into ``text``), in the order
    ``topic_matcher().finditer(text[a:b])`` gives them: read from the article's one walk
    (its hits, by end) when the edges of ``[a, b)`` are edges in the text too (no word goes
    on across ``a``; white space before ``b``, where no topic ends), else walked anew."""
    folded = fold(normalise_quotes(text))
    if (a > 0 and (folded[a - 1].isalnum() or folded[a - 1] == "_")) or (
        0 < b < len(text) and not folded[b - 1].isspace()
    ):
        return [
            Hit(a + h.start, a + h.end, h.phrase, h.payload)
            for h in topic_matcher().finditer(text[a:b])
        ]
    hits, ends = ctx.memo("anaphora:topics", lambda: _by_end(topic_matcher().hits_in(ctx)))
    j = bisect.bisect_right(ends, b)
    i = bisect.bisect_right(ends, a, 0, j)  # (a hit that ends by ``a`` starts before it)
    return [h for h in hits[i:j] if h.start >= a]


def _by_end(hits: list[Hit[ExecOrder]]) -> tuple[list[Hit[ExecOrder]], list[int]]:
    """``hits`` (in walk order: by end) and their ends."""
    return hits, [h.end for h in hits]


def _rule_of_sentence_topic(
    text: str, s: int, e: int, cands: list[Mention], chosen: Mention | None
) -> Mention | None:
    """Among the rules ``cands`` holds (two or more), the latest mention of the one whose
    aliases or topics the back-reference's sentence (the phrase left out) holds, when it is the
    only one and ``chosen`` (the antecedent salience and nearness gave, if any) is not; else
    None."""
    from .agencyrules import _fits
    from .orderdata import rules_by_target

    rules = {m.authority: m for m in sorted(cands, key=_END) if m.kind == "regulation"}
    if len(rules) < 2:
        return None
    start = sentence_start(text, s)
    stop = text.find(". ", e)
    said = text[start:s] + " " + text[e : stop if stop >= 0 else len(text)]
    by_id = rules_by_target()
    fits = [
        m
        for a, m in rules.items()
        if (row := by_id.get(a or "")) is not None and _fits(row, said) > 0
    ]
    if len(fits) != 1 or (chosen is not None and fits[0].authority == chosen.authority):
        return None
    return fits[0]


def _order_of_sentence_topic(text: str, at: int, ctx: ScanContext) -> Mention | None:
    """The topic phrase, as a mention of its order, when the sentence names before ``at``
    the topic of exactly one order signed by the article's date; else None."""
    a = sentence_start(text, at)
    hits = [
        h
        for h in _topics_between(text, a, at, ctx)
        if not (ctx.date and h.payload.signing_date and h.payload.signing_date > ctx.date)
    ]
    if len({h.payload.authority for h in hits}) != 1:
        return None
    h, order = hits[-1], hits[-1].payload
    return Mention(
        h.start,
        h.end,
        text[h.start : h.end],
        "executive-action",
        order.authority,
        name=order.title,
        confidence=0.7,
        matcher="anaphora",
    )


# "that" before an owner's possessive ("that Rhode Island’s ban"): no determiner of the phrase
_CONJ_BEFORE_OWNER = lazy(r"[Tt]hat\s+(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s)")


# "Trump's executive order", "the President's order": a president's order told by its owner
# alone (twenty-eighth session, census41 P10)
_OWNERS_ORDER = lazy(
    rf"(?:[Tt]he\s+)?(?:(?P<who>{'|'.join(presidents(recent=True))})|[Pp]resident)['’]s\s+"
    r"(?:executive\s+)?order"
)
ORDER_AHEAD = 1500
_TOLD_BY_TIME = lazy(r",?\s+(?:issued|signed)\b")


def _order_ahead(text: str, phrase: str, s: int, e: int, explicit: list[Mention]) -> Mention | None:
    """For a president's order told by its owner alone ("Trump's executive order") before
    the article names any executive action, the one order the article identifies after it
    (within ``ORDER_AHEAD``), of that president: the phrase refers ahead to it. None where
    the article names two orders, or an action it cannot identify, or any before it."""
    own = _OWNERS_ORDER().fullmatch(phrase)
    if own is None or _TOLD_BY_TIME().match(text, e):
        # ("Lane's executive order issued earlier that month": told by its time, the order
        # ``suitorders`` reads beside the suit that challenges it)
        return None
    orders = [m for m in explicit if m.kind == "executive-action"]
    if not orders or any(m.start < e for m in orders):
        return None
    if len({m.authority for m in orders}) != 1:
        return None
    first = orders[0]
    auth = first.authority or ""
    if not auth.startswith("eo:") or first.start - e > ORDER_AHEAD:
        return None
    if not any(m.confidence >= 0.8 for m in orders):
        return None  # (identified by its number, day or title, not only guessed)
    who = own.group("who")
    if who and not _signed_by(auth, who):
        return None
    return first


def _referring(
    s: int,
    e: int,
    phrase: str,
    to: Mention,
    evidence: str,
    confidence: float = 0.7,
    kind: str | None = None,
    authority: str | None = None,
) -> Mention:
    """The back-reference ``phrase`` at ``[s, e)`` to antecedent ``to`` (its kind and id
    unless a bill stands for its act: ``kind``, ``authority``). "The amendment" is the whole
    amendment, not the section of it named before ("Section 3 of the 14th Amendment")."""
    target = authority if kind else to.authority
    if target and ":section:" in target and phrase.lower().endswith("amendment"):
        target = target.split(":section:")[0]
    if lead := _CONJ_BEFORE_OWNER().match(phrase):
        # ("finding that Rhode Island’s LCM ban does not …": "that" is the conjunction, the
        # owner the determiner)
        s, phrase = s + lead.end(), phrase[lead.end() :]
    return Mention(
        s,
        e,
        phrase,
        kind or to.kind,
        target,
        court=to.court,
        name=to.name,
        confidence=confidence,
        anaphor=True,
        evidence=evidence,
        matcher="anaphora",
    )


def _months_after(date: str | None, then: str) -> int:
    """Whole months from ``then`` to ``date`` (both ISO); 0 without a date."""
    if not date or len(date) < 7 or len(then) < 7:
        return 0
    return (int(date[:4]) - int(then[:4])) * 12 + int(date[5:7]) - int(then[5:7])


# "the new travel ban": an order or proclamation signed at most this many months before the
# article (a ban told "new" is not one of years before)
NEW_BAN_MONTHS = 6


def _lately(m: Mention, date: str | None) -> bool:
    """Whether ``m``, an order or proclamation, was signed at most ``NEW_BAN_MONTHS`` before
    the article's ``date`` (both known)."""
    day = _signed_on(m.authority)
    return bool(date and day and day <= date and _months_after(date, day) <= NEW_BAN_MONTHS)


# what tells a law old: a year, an age in years, a century
_OLD_TOLD = deferred(
    r"\b(?P<year>1[6-9]\d\d|20\d\d)\b|\b(?P<age>\d{2,3})-year-old\b|"
    r"\b(?:1[6-9]th|19th|20th)[-\s]century\b|\bdecades-old\b|\bcentury-old\b"
)
# how many years make a ban "old"
OLD_YEARS = 20


def _told_old(context: str, date: str | None) -> bool:
    """Whether a law's mentions tell it made ``OLD_YEARS`` or more before the article."""
    now = int(date[:4]) if date else None
    for m in _OLD_TOLD.finditer(context):
        if m.group("year"):
            if now is not None and now - int(m.group("year")) >= OLD_YEARS:
                return True
        elif m.group("age"):
            if int(m.group("age")) >= OLD_YEARS:
                return True
        else:
            return True
    return False


def _key(m: Mention) -> str:
    return m.authority or m.name or m.text


# "This case", "this law" right after a name: the demonstrative points to what was just named,
# however often the article named another.
DEMONSTRATIVE_REACH = 60
_TARIFFS_ON = deferred(r"\s+(?:on|against)\s+(?:imports\s+from\s+)?(?P<place>[A-Z][\w.]+)")
_TARIFF = deferred(r"\b[Tt]ariff")
_INDEFINITE = deferred(r"(?:[Aa]n?|[Oo]ne)\s")


# What makes a law, a rule or an order the story's own rather than one named in passing: its
# own sentence tells it made ("Congress passed …", "Trump signed …", "the agency issued …"),
# put in force, or fought over in court ("sued over …", "a judge blocked …").
_STORY = deferred(
    r"\b(?:sign(?:s|ed|ing)?|pass(?:es|ed)|enact(?:s|ed|ing)?|issu(?:es|ed|ing)|"
    r"finaliz(?:es|ed|ing)|adopt(?:s|ed|ing)?|approv(?:es|ed|ing)|"
    r"(?:took|takes|take|went|go(?:es)?)\s+(?:into\s+)?effect|"
    r"challeng(?:es|ed|ing)|su(?:es|ed|ing)|block(?:s|ed|ing)|struck|strik(?:es|ing)|"
    r"uph(?:eld|olds?|olding)|enjoin(?:s|ed|ing)?|vacat(?:es|ed|ing)|overturn(?:s|ed|ing)?)\b"
)
STORY_REACH = 200


def _story_told(text: str, m: Mention) -> bool:
    """Whether the sentence that names ``m`` tells it made, in force or fought over (up to
    ``STORY_REACH`` characters either side of it, within that sentence)."""
    if not text:
        return False
    a = max(sentence_start(text, m.start), m.start - STORY_REACH)
    b = min(len(text), m.end + STORY_REACH)
    for stop in (". ", "\n"):
        i = text.find(stop, m.end, b)
        if i >= 0:
            b = i
    return _STORY.search(text, a, b) is not None


@cache
def _rule_parts() -> dict[str, str]:
    """Each rule's Federal Register id → the one C.F.R. part its row says it wrote."""
    from .orderdata import rules

    return {r.authority: r.cfr for r in rules() if r.authority and r.cfr}


def _choose(
    cands: list[Mention],
    at: int,
    nearest: bool = False,
    proximity: bool = True,
    text: str = "",
    elsewhere: dict[str, int] | None = None,
    demonstrative: bool = False,
    that_from: int | None = None,
    lone: bool = False,
) -> Mention | None:
    """The antecedent among ``cands`` (all before ``at``), or None when it is ambiguous.

    The nearest candidate wins when it is close and clearly nearer than any other authority;
    otherwise the one the article has mentioned most (salience) wins if it leads outright.
    Salience counts ``elsewhere`` too: how many other mentions of each authority (also those
    out of reach, and back-references already resolved) come before ``at``. ``lone``: the
    candidates' authority is the only one of the family the article has named before ``at``.
    """
    parts = {p for m in cands if (p := _rule_parts().get(m.authority or ""))}
    if parts:
        # "the DOJ's implementing regulations at 28 CFR Part 202 … As noted in § 202.101, the
        # rule": the part the rule made (or a section of it) and the rule are one
        # antecedent, the rule's
        cands = [m for m in cands if (m.authority or "").split(".")[0] not in parts]
    latest: dict[str, Mention] = {}
    count: dict[str, int] = {}
    for m in sorted(cands, key=_END):
        k = _key(m)
        latest[k] = m
        count[k] = count.get(k, 0) + 1
    if elsewhere:
        for k in count:
            count[k] += elsewhere.get(k, 0)
    if len(latest) == 1:
        (only,) = latest.values()
        if (
            at - only.end > FAR
            and count[_key(only)] < 2
            and only.start > LEAD
            and not (lone and _story_told(text, only))
        ):
            # one passing mention paragraphs back is no antecedent ("… exceeded what Congress
            # allowed in the Judiciary Act of 1789"); the only one of its kinds the article
            # names, told as made or fought over ("Congress passed the … Act in 2022"), is
            return None
        return only
    by_recency = sorted(latest.values(), key=_END, reverse=True)
    near, other = by_recency[0], by_recency[1]
    gap_near, gap_other = at - near.end, at - other.end
    top = max(count.values())
    # the article's own law, named again and again, beats a passing one that is nearer
    near_ok = not (top >= 3 and count[_key(near)] * 3 <= top)
    if (
        text
        and _consolidated(text, other, near)
        and all(m.end <= other.start for m in by_recency[2:])
    ):
        # "Louisiana v. Callais; Robinson v. Callais … This case": two captions of one case
        # the Court heard together, told side by side: the first, the lead case
        return other
    if demonstrative and gap_near <= DEMONSTRATIVE_REACH and not _in_item_before(text, near, at):
        return near  # "… in the West Virginia v. EPA case. This case …": "this" points back
    if that_from is not None and near.start >= that_from and other.end <= that_from:
        return near  # "that law": the one the sentence before named, not the article's
    if near_ok and proximity and gap_near <= NEAR and gap_other >= 2 * max(gap_near, 1) + 200:
        return near
    if (
        proximity
        and gap_near <= CLOSE
        and gap_other >= gap_near + 150
        and (near_ok or (not _INDEFINITE.match(near.text) and not _in_item_before(text, near, at)))
    ):
        # (a law told in passing, "a case that challenged an age verification law", does not
        # take "the act" from the article's own law named again and again; nor does one named
        # in a list's item before the phrase's line: "• Make the 2010 Fair Sentencing Act
        # retroactive.\nThe big picture: This law will only impact …" is the First Step Act)
        return near
    if (
        proximity
        and text
        and gap_near <= NEAR
        and "\n" not in text[near.end : at]
        and "\n" in text[other.end : near.start]
    ):
        return near  # the only candidate in the phrase's own paragraph
    if (
        proximity
        and text
        and sentence_start(text, at) <= near.start
        and all(m.end <= sentence_start(text, at) for m in by_recency[1:])
    ):
        return near  # the only candidate in the phrase's own sentence
    if (
        demonstrative
        and text
        and gap_near <= NEAR
        and _own_item(text, near, other, at)
        and not _in_item_before(text, near, at)
    ):
        # "Curtis v. Altria Group: A Major Case …\nIf you … about this case" (a heading's,
        # not a bulleted list's item: "• Make the 2010 Fair Sentencing Act retroactive.")
        return near
    if (
        (proximity or demonstrative)
        and text
        and gap_near <= FAR
        and _headline_between(text, other.end, near.start + 1)
        and not _headline_between(text, near.end, at)
    ):
        # a digest's item under its own headline ("House passes bill to expand … The Senate
        # is unlikely to pass this bill"; "Curtis v. Altria Group: A Major Case Pending …
        # you need to know about this case"): the only candidate since the last headline
        return near
    ranked = sorted(count.items(), key=lambda kv: kv[1], reverse=True)
    if ranked[0][1] > ranked[1][1]:
        return latest[ranked[0][0]]
    if nearest and count[_key(near)] == ranked[0][1] and gap_near <= NEAR:
        return near
    if text and near.kind == "case":
        return _suit_over_precedents(text, [latest[k] for k, n in ranked if n == ranked[0][1]])
    return None


def _consolidated(text: str, first: Mention, second: Mention) -> bool:
    """Whether two case captions stand side by side ("A v. C; B v. C", "A v. C and B v. C")
    with the same party after "v.": cases heard together as one (twenty-fourth session)."""
    if first.kind != "case" or second.kind != "case" or first.end > second.start:
        return False
    if text[first.end : second.start].strip() not in (";", ",", "and", "&"):
        return False
    a, b = (first.name or first.text), (second.name or second.text)
    if " v. " not in a or " v. " not in b:
        return False
    return a.split(" v. ", 1)[1].strip().lower() == b.split(" v. ", 1)[1].strip().lower() and (
        a.split(" v. ", 1)[0].strip().lower() != b.split(" v. ", 1)[0].strip().lower()
    )


# What an article says before a precedent it cites: "relied on Loper Bright …", "citing …".
_CITING_BEFORE = deferred(
    r"\b(?:citing|cited|cites|quoting|quoted|invoking|invoked|under|(?:relied|relying|relies|"
    r"pointing|pointed|points)\s+(?:on|to))\s+(?:(?:the|a|an)\s+)?(?:(?:19|20)\d\d\s+)?$"
)
_DECIDED_CITE = deferred(r"cite:\d+:(?:us|sct|led(?:2d)?):")


def _suit_over_precedents(text: str, leaders: list[Mention]) -> Mention | None:
    """Of cases the article names equally often, the one suit it tells, when every other is a
    Supreme Court precedent it cites ("… relied on Loper Bright Enterprises v. Raimondo"):
    "the case" is the suit, not the precedent. None when that is not so."""
    own = [m for m in leaders if not _DECIDED_CITE.match(m.authority or "")]
    if len(own) != 1 or len(leaders) < 2:
        return None
    for m in leaders:
        if m is not own[0] and not _CITING_BEFORE.search(text, max(0, m.start - 30), m.start):
            return None
    return own[0]


def _own_item(text: str, near: Mention, other: Mention, at: int) -> bool:
    """Whether ``near`` stands in the paragraph of ``at`` or on the line right before it (an
    item's heading), and ``other`` before both."""
    para = text.rfind("\n", max(0, near.start - 200), at) + 1
    if para == 0:
        return False  # (no line break near: no item of its own to tell)
    q = para - 1
    while q > 0 and text[q - 1] == "\n":
        q -= 1
    head = text.rfind("\n", max(0, near.start - 200), q) + 1
    return near.start >= head and other.end <= head


_BULLETS = frozenset("•·▪‣*-–—")
# what says which law a phrase means, right after it: "the law requiring …", "the statute
# that bans …"
_TOLD_WHICH = deferred(
    r"\s+(?:requiring|banning|prohibiting|barring|allowing|letting|making|mandating|limiting|"
    r"restricting|creating|setting|that|which)\b"
)


def _own_item_cands(text: str, s: int, e: int, cands: list[Mention]) -> list[Mention]:
    """The candidates a phrase in a bulleted list's item (``s:e``) may refer back to. Items
    are parallel entries: where earlier items name two laws or more ("• … SB 261 … • … AB
    931 …"), a later item's "the law" means its own ("• After a district court struck the law
    down, the Ninth Circuit upheld the law requiring background checks …"), never the
    previous item's; and a phrase that says which law it means ("the law requiring …") only
    one its own item names."""
    item = text.rfind("\n", 0, s) + 1
    if _TOLD_WHICH.match(text, e):
        return [m for m in cands if m.start >= item]
    listed = [m for m in cands if m.start < item and _bullet_line(text, m.start)]
    if len({m.authority or m.name for m in listed}) < 2:
        return cands
    return [m for m in cands if not (m.start < item and _bullet_line(text, m.start))]


def _bullet_line(text: str, at: int) -> bool:
    """Whether the line of ``at`` opens on a bullet (an item of a list)."""
    line = text[text.rfind("\n", 0, at) + 1 : at].lstrip()
    return line[:1] in _BULLETS


def _in_item_before(text: str, m: Mention, at: int) -> bool:
    """Whether ``m`` stands in a list's item (a line opening on a bullet) that ends before
    ``at``: what the list's items name is what the article's own law does ("The new law will:
    • Make the 2010 Fair Sentencing Act retroactive")."""
    if not text or "\n" not in text[m.end : at]:
        return False
    line = text[text.rfind("\n", 0, m.start) + 1 : m.start].lstrip()
    return line[:1] in _BULLETS


# A headline line: a capital, 15 to 150 characters with no sentence end, the line's end.
HEADLINE_LINE = deferred(r"\n[ \t]*[A-Z‘“\"'][^\n.?!:;]{14,149}(?<![,\"”’'])[ \t]*(?=\n)")


def _headline_between(text: str, a: int, b: int) -> bool:
    """Whether a headline line (see ``HEADLINE_LINE``) opens between ``a`` and ``b``."""
    if "\n" not in text[max(0, a - 1) : b]:
        return False
    hit = HEADLINE_LINE.search(text, max(0, a - 1), b + 152)
    return hit is not None and hit.start() < b


FILED_BY = deferred(
    r",?\s+(?:filed|brought)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*)*)"
)


# "Ohio passed a similar law …, and it was challenged in a lawsuit": a suit against another
# law, told only to compare, is not the case named before
_SIMILAR_LAW = deferred(
    r"\b(?:[Aa]|[Aa]nother)\s+similar\s+(?:[\w-]+\s+)?(?:laws?|measures?|bills?|statutes?|"
    r"policy|policies|bans?|rules?|orders?|programs?)\b"
)
_INDEFINITE_SUIT = deferred(r"(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+)?(?:lawsuit|suit|challenge)\b")


def _suit_of_a_similar_law(text: str, s: int) -> bool:
    """Whether the indefinite suit phrase at ``s`` is told in a sentence, before it, of a
    similar law."""
    if _INDEFINITE_SUIT.match(text, s) is None:
        return False
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), 0)
    return _SIMILAR_LAW.search(text, a, s) is not None


# "filed a lawsuit against the Minnesota Department of Education (MDE)": the one sued
AGAINST = deferred(
    r"\s+against\s+(?:the\s+)?(?P<who>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*)*)"
)


def _filer_is_party(text: str, end: int, case: Mention) -> bool:
    """Whether whoever the text says filed the suit ("a lawsuit filed by X"), or was sued
    by it ("a lawsuit against X"), is in the caption of ``case``; true when the text does
    not say."""
    by = FILED_BY.match(text, end) or AGAINST.match(text, end)
    if by is None or not case.name:
        return True
    words = re.findall(r"[A-Z][\w'’-]{3,}", by.group("who"))
    if not words or any(w in case.name for w in words):
        return True
    # "a lawsuit against the Environmental Protection Agency" in West Virginia v. EPA
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", by.group("who")))
    return len(initials) > 1 and re.search(rf"\b{initials}\b", case.name) is not None


# A law introduced without a name ("its new law banning masks", "a Texas law"): a later "the
# law" is more likely that one than an act named before it.
# A determiner, which opens a noun phrase of its own: no word between "a" and "bill" is one.
_DETERMINER_WORD = r"(?:the|this|that|these|those|its|his|her|their|our|your)"
_NOT_BETWEEN = r"(?:from|of|to|in|on|for|with|by|at|under|against|and|or|the|an?|that|than)"
NEW_LAW = re.compile(
    # not a definition ("a bill of attainder — a law that singles out …", "is a law that")
    r"(?<!\bas )(?<!\bis )(?<!\bwas )(?<!— )(?<!– )(?<!, )"
    # nor a law in a hypothetical ("the final word on whether a duly enacted law would be …")
    r"(?<!\bwhether )"
    # nor the kind of law just told ("making Illinois the ninth state to enact such a law")
    r"(?<!\bsuch )"
    r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother|[A-Z][\w.]*['’]s?)\s+"
    # the words between are no preposition ("withhold its assistance from federal law
    # enforcement" tells no law); ("their own measure of happiness" is an amount, not a bill)
    rf"(?:(?!{_NOT_BETWEEN}\s)[a-z][\w-]*\s+){{0,3}}?"
    # (nor law as a trade: "law enforcement", "a law firm")
    r"(?:law(?!\s+(?:enforcement|firms?|schools?|professors?|students?|clerks?|offices?|"
    r"partners?|review|practice)\b)|statute|measure(?!\s+of\b)|resolution|ban)\b"
    # (nor one of a kind: "if you don’t like a new statute or regulation")
    r"(?!\s+or\b)"
)
# The same without "ban": only "the ban" takes a ban introduced since ("A statewide smoking
# ban …"); before "the law" or "the bill", "a transgender sports ban passed by the
# legislature", "an outright ban" describe the law the article is about.
NEW_LAW_NOT_BAN = lazy(NEW_LAW.pattern.replace("|ban)", ")"))


# An act named only as the vehicle of an unnamed measure: "passed a resolution under the
# Congressional Review Act": a later "the measure" is the resolution, not the act.
VEHICLE_BEFORE = deferred(
    r"\b(?:[Aa]n?|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}?(?:resolution|bill|measure|"
    r"petition)\s+(?:under|using|invoking|through|pursuant\s+to)\s+(?:the\s+)?$"
)
# A bill told by what it does to an act: "A bill that reauthorizes Section 702 of the Foreign
# Intelligence Surveillance Act", "This bill reauthorizes the Stem Cell … Act", "legislation to
# repeal the law": a later "the measure", "the legislation" or "the bill" is that bill, never
# an act named after it (tried at the end of each head word "bill", "measure", …).
ACTS_ON = deferred(
    r"\s+(?:(?:that|which|to)\s+)?(?:would\s+|will\s+)?"
    r"(?:re-?authoriz|amend|repeal|extend|overhaul|expand|reform|replac|modif|updat|renew|"
    r"revis|rewrit|codif|strengthen|weaken|gut|undo|undoing|dismantl)\w*\s"
)
VEHICLE_HEADS = frozenset({"bill", "measure", "legislation", "proposal", "package"})
# A bill introduced without a number ("a new bill that would repeal it"): a later "the bill"
# is that one, not the act or bill named before it. Not a predicate ("H.R. 3684 started off
# as a … bill", "it is a bill that …"): that says what the named bill is.
NEW_BILL = re.compile(
    r"(?<!\bas )(?<!\bis )(?<!\bwas )"
    # (no second determiner between: "in a last-minute addition the bill was amended" tells
    # no new bill; twenty-eighth session, census42 P2)
    r"\b(?:[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+"
    rf"(?:(?!{_DETERMINER_WORD}\s)[a-z][\w-]*\s+){{0,3}}?bill\b"
)


# What may stand before "bill" when a bill is told without its number ("SB3, a bill that
# seeks …", "another bill"); not a definition ("is a bill that").
_A_BILL_BEFORE = deferred(
    r"(?<!\bas )(?<!\bis )(?<!\bwas )"
    r"\b(?:[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+"
    rf"(?:(?!{_DETERMINER_WORD}\s)[a-z][\w-]*\s+){{0,3}}?$"
)


def _bill_told_between(text: str, a: int, b: int) -> bool:
    """Whether "a bill", "another … bill" (``NEW_BILL``) is told between ``a`` and ``b`` (no
    further back than ``NEAR``): found at each " bill" by looking behind it, cheaper than
    ``_new_law_between`` for the few phrases that ask."""
    a = max(a, b - NEAR)
    i = text.find(" bill", a, b)
    while i >= 0:
        j = i + 5
        if (j >= len(text) or not text[j].isalnum()) and _A_BILL_BEFORE.search(
            text, max(a, i - 60), i + 1
        ):
            return True
        i = text.find(" bill", j, b)
    return False


# What may stand before "order" when an order is told without its number: "signed an
# executive order prohibiting …", "his fourth labor-friendly executive order", "another
# order"; not a predicate ("Executive Order 13496 is an order that …").
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|latest|newest|new)"
_AN_ORDER_BEFORE = deferred(
    # (opening on the determiner's first letter, which the regex engine skips ahead to; the
    # look-behind after it asks what a word boundary would)
    r"[AaHhTt](?<!\w.)(?:"
    # (not one told only to compare: "Trump issued a similar order during his first term")
    # nor a court's: "issued a temporary restraining order", "a gag order", "a court order")
    r"(?<=[Aa])(?:n|nother)?\s+(?!(?:[\w-]+\s+){0,3}?(?:similar|earlier|previous|prior|"
    r"comparable|restraining|gag|court|judicial|protective|consent|scheduling|stay|remand|"
    r"injunctive|contempt|written|oral|standing|procedural|sealing|discovery)\b)"
    # (no second determiner between: "a lawsuit challenging the order" tells no order)
    r"(?:(?!(?:the|this|that|its|his|her|their)\s)[\w-]+\s+){0,3}?|"
    rf"(?<=[Hh])(?:is|er)\s+{_ORDINAL}\s+(?:[\w-]+\s+){{0,2}}?|"
    rf"(?<=[Tt])heir\s+{_ORDINAL}\s+(?:[\w-]+\s+){{0,2}}?"
    r")(?:executive\s+)?$"
)
# A predicate before the determiner: "Executive Order 13496 is an order that …"
_PREDICATE_BEFORE = deferred(r"(?:^|\W)(?:as|is|was)\s$")
# An order told as the one the antecedent undoes: "an executive order making English the
# official language, revoking a 2000 order by President Clinton … The order states …" is still
# the order that revokes, the subject of the story (as "a similar order" told only to compare)
_UNDONE_BEFORE = deferred(
    r"\b(?:revok|rescind|repeal|revers|overturn|supersed|replac|undo|undoing|undid|overrid)"
    r"\w*\s$"
)


_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "latest", "new")


def _may_tell_an_order(before: str) -> bool:
    """Whether ``_AN_ORDER_BEFORE`` can match in ``before`` at all: it holds "a"/"an"/
    "another" as a word, or an ordinal after "his"/"her"/"their" (substring tests, cheaper
    than the pattern at each " order")."""
    padded = f" {before}"
    if " a " in padded or " an " in padded or " A " in padded or " An " in padded:
        return True
    return "nother " in padded or any(o in padded for o in _ORDINAL_WORDS)


def _order_told_between(text: str, a: int, b: int) -> bool:
    """Whether an order is told without its number (``_AN_ORDER_BEFORE``) between ``a`` and
    ``b`` (no further back than ``NEAR``): "President Obama signed an executive order
    prohibiting … text messaging … President Obama’s order" is that one, not Executive Order
    13496 named before it. Found at each " order" by looking behind it."""
    a = max(a, b - NEAR)
    i = text.find(" order", a, b)
    while i >= 0:
        j = i + 6
        w = max(a, i - 60)
        if (
            (j >= len(text) or not text[j].isalnum())
            and _may_tell_an_order(text[w : i + 1])
            and (told := _AN_ORDER_BEFORE.search(text, w, i + 1))
        ):
            at = told.start()
            if not _PREDICATE_BEFORE.search(text, max(0, at - 5), at) and not (
                _UNDONE_BEFORE.search(text, max(0, at - 14), at)
            ):
                return True
        i = text.find(" order", j, b)
    return False


# who makes a state's laws, in the sentence of a back-reference: then "the bill" is no federal
# bill or act ("Acworth Republican state Sen. Ed Setzler, who sponsored the bill"; "Gov.
# Brian Kemp signed the bill"); unless the sentence speaks of Congress or federal law too
_STATE_MAKER = deferred(
    r"\b(?:state\s+(?:Sen\.|Rep\.|[Ss]enators?|[Rr]epresentatives?|[Ll]awmakers?|"
    r"[Ll]egislat\w+|House|Senate|Assembly)|Gov\.|[Gg]overnor|[Ll]egislature|[Aa]ssemblym[ae]n)"
)
_FEDERAL_MAKER = deferred(r"\b(?:Congress\w*|U\.S\.|federal|President|[Ff]ederal)\b")


_BILLISH = frozenset({"bill", "measure", "legislation", "proposal"})


def _nickname_in_roundup(ahead: Mention, phrase: str, text: str, s: int) -> bool:
    """Whether ``phrase`` is a quoted nickname ("the “don't say period” bill") in a paragraph
    about many laws ("More than 200 laws took effect …"), and ``ahead`` a state's law: the
    nickname may be another law's (``staterefs.nicknamed`` asks the same)."""
    if not (ahead.authority or "").startswith("state:") or not ("“" in phrase or '"' in phrase):
        return False
    para = text.rfind("\n", 0, s) + 1
    return PLURAL_LAWS.search(text, max(para, s - 400), s) is not None


def _federal_for_state_bill(m: Mention, head: str, text: str, s: int) -> bool:
    """Whether ``m``, a federal law or bill, would be taken by "the bill" (or "the
    measure", "the legislation") in a sentence of a state's lawmaking."""
    return (
        head in _BILLISH
        and bool(m.authority)
        and (m.authority or "").split(":", 1)[0] in ("usc", "publ", "bill", "stat")
        and _state_lawmaking(text, s)
    )


def _state_lawmaking(text: str, s: int) -> bool:
    """Whether the sentence of a back-reference at ``s`` names a state's lawmaker and
    nothing federal."""
    a = sentence_start(text, s)
    b = text.find(".", s)
    b = len(text) if b < 0 else b
    return _STATE_MAKER.search(text, a, b) is not None and _FEDERAL_MAKER.search(text, a, b) is None


_STATES_WORD = deferred(r"\b(?:state|State)['’]s\b|\b[Tt]he\s+state\b")


def _other_state_named(text: str, s: int, phrase: str, authority: str) -> bool:
    """Whether a back-reference that says "the state's" stands in a sentence that names a
    state, and none of them is the state of ``authority`` (``state:oh:…``)."""
    if not _STATES_WORD.search(phrase):
        return False
    from .. import courts
    from .statenames import NOT_IN_SENTENCE, state_re

    postal = authority.split(":")[1].upper()
    named = {
        m.group("state")
        for m in state_re().finditer(text, sentence_start(text, s), s)
        if m.group("state") not in NOT_IN_SENTENCE
    }
    if not named:
        return False
    own = courts.states().get(postal)
    return own is None or own.name not in named


# where a back-reference's clause ends after it
_CLAUSE_STOP = deferred(r"[.;!?]\s|,\s+(?:and|but|while|as|after|before|because)\s|\n")


def _law_state(m: Mention) -> str | None:
    """The state whose law ``m`` is (its ``state:`` id's, or the state its name opens with),
    else None."""
    auth = m.authority or ""
    if auth.startswith("state:"):
        return _postal_of_state().get(auth.split(":")[1])
    if _is_state(m) and m.name:
        return next((n for n in state_names() if m.name.startswith(n + " ")), None)
    return None


def _of_clause_state(text: str, s: int, e: int, cands: list[Mention]) -> list[Mention]:
    """Of state laws of two or more states, those of the one state the back-reference's own
    clause names (twenty-third session): "Illinois's assault weapons ban … gun owners in
    Maryland say a ban there … a county judge in Illinois blocked the gun ban" is Illinois's.
    ``cands`` as they are when one is no state's law, or the clause names none or two."""
    by_state: dict[str, list[Mention]] = {}
    for m in cands:
        st = _law_state(m)
        if st is None:
            return cands
        by_state.setdefault(st, []).append(m)
    if len(by_state) < 2:
        return cands
    from .statenames import NOT_IN_SENTENCE, state_re

    stop = _CLAUSE_STOP.search(text, e)
    b = stop.start() if stop else len(text)
    named = {
        h.group("state")
        for h in state_re().finditer(text, sentence_start(text, s), b)
        if h.group("state") not in NOT_IN_SENTENCE
    }
    if len(named) != 1 or (one := named.pop()) not in by_state:
        return cands
    return by_state[one]


def _bill_revising(text: str, nearest: Mention, cands: list[Mention]) -> Mention | None:
    """For "the bill" whose nearest antecedent is a state law told by description (no "bill"
    in its words), the state bill named by its number earlier in that sentence (whose clause
    tells what it would do to the law), else None."""
    if nearest.matcher != "described_laws" or "bill" in nearest.text.lower():
        return None
    start = sentence_start(text, nearest.start)
    named = [
        m
        for m in cands
        if start <= m.start
        and m.end <= nearest.start
        and (m.authority or "").startswith("state:")
        and m.matcher != "described_laws"
        and "bill" in m.text.lower()
    ]
    return named[-1] if named else None


# The District of Columbia as a paragraph opens on it (``state_re`` leaves "Washington" out:
# it is mostly the capital, whose laws are Congress's)
_THE_DISTRICT = deferred(r"(?:Washington,?\s+)?D\.\s?C\.|District\s+of\s+Columbia\b")
_DISTRICT = "District of Columbia"


def _another_states_paragraph(text: str, end: int, s: int, authority: str) -> bool:
    """Whether, between a state law named up to ``end`` and a back-reference at ``s``, a
    paragraph opens on another state's name ("Indiana Supreme Court keeps state abortion ban
    on hold", "The Indiana Supreme Court issued …") and the law's own state is not named
    after it: a roundup's next story, whose "the law" is that state's, not the first
    state's. (A state named inside a paragraph, as in a list of states, is no new story.)"""
    brk = text.find("\n", end, s)
    if brk < 0:
        return False
    from .. import courts
    from .statenames import NOT_IN_SENTENCE, state_re

    own = courts.states().get(authority.split(":")[1].upper())
    opened: tuple[int, str] | None = None
    while 0 <= brk < s:
        at = brk + 1
        if text.startswith("The ", at) or text.startswith("In ", at):
            at = text.index(" ", at) + 1
        m = state_re().match(text, at)
        if m is not None and m.group("state") not in NOT_IN_SENTENCE:
            opened = (at, m.group("state"))
        elif _THE_DISTRICT.match(text, at):
            opened = (at, _DISTRICT)  # "Washington, D.C., Law Requiring …": the District's
        brk = text.find("\n", at, s)
    if opened is None or (own is not None and opened[1] == own.name):
        return False
    return own is None or not any(
        m.group("state") == own.name for m in state_re().finditer(text, opened[0], s)
    )


# A verb that sets one law against another: "the law ran counter to the 2018 farm bill".
_AGAINST = lazy(
    r"\b(?:conflict(?:s|ed|ing)?|clash(?:es|ed)?|r[au]n\s+counter|contradict(?:s|ed)?|"
    r"violat(?:es|ed|ing)|preempt(?:s|ed)?|pre-empt(?:s|ed)?|inconsistent|at\s+odds|"
    r"superseded|overrid(?:es|den))\b"
)


# Tariffs told by a word of their own: "the fentanyl-related tariffs", "the steel tariffs".
_OTHER_TARIFFS = lazy(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?!tariffs\b)[\w’'-]+\s+tariffs\b")


def _set_against(text: str, e: int, ahead: Mention) -> bool:
    """Whether the text between a phrase ending at ``e`` and ``ahead``, named after it, sets
    one against the other ("… because the law conflicted with the 2018 farm bill"): the
    phrase is the other law, never the one named ahead."""
    return bool(_AGAINST().search(text, e, ahead.start))


def _another_states_story(text: str, s: int, ahead: Mention) -> bool:
    """Whether ``ahead``, a state's law named after a phrase at ``s`` that would refer ahead
    to it, is of a state the text before the phrase never names while it names another ("A
    judge in Florida … the law …" and Kentucky's ban in a later paragraph: the law is
    Florida's)."""
    authority = ahead.authority or ""
    if not authority.startswith("state:"):
        return False
    from .. import courts
    from .statenames import NOT_IN_SENTENCE, state_re

    named = {
        m.group("state")
        for m in state_re().finditer(text, 0, s)
        if m.group("state") not in NOT_IN_SENTENCE
    }
    own = courts.states().get(authority.split(":")[1].upper())
    return bool(named) and (own is None or own.name not in named)


def _starts_near(starts: list[int], at: int, slack: int) -> bool:
    """Whether a mention starts at ``at`` or within ``slack`` characters after it ("the ")."""
    i = bisect.bisect_left(starts, at)
    return i < len(starts) and starts[i] <= at + slack


def _law_starts_near(explicit: list[Mention], starts: list[int], at: int, slack: int) -> bool:
    """As ``_starts_near``, for a mention that is no case or ruling."""
    i = bisect.bisect_left(starts, at)
    return (
        i < len(starts) and starts[i] <= at + slack and explicit[i].kind not in ("case", "ruling")
    )


# A policy introduced without a name between an antecedent and "the policy": "a new policy",
# "its own policy", "another policy".
NEW_POLICY = deferred(
    r"(?<![A-Za-z])(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?"
    r"policy$"
)


# The same for the heads of ``ACTION_HEADS``: "a more recent DHS memo … the memo".
NEW_ACTION = deferred(
    r"(?<![A-Za-z])(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:memo|freeze|pause|program)$"
)


def _new_policy(text: str, a: int, b: int, word: str = "policy") -> bool:
    """Whether a policy (a ``word``) is introduced without a name between ``a`` and ``b``
    (only the few places the word stands are tried)."""
    # (a method of the pattern, not the pattern: a deferred one compiles on that first read)
    search = NEW_POLICY.search if word == "policy" else NEW_ACTION.search
    at = text.find(word, a, b)
    while at >= 0:
        if search(text, max(a, at - 60), at + len(word)):
            return True
        at = text.find(word, at + len(word), b)
    return False


# An initiative introduced without a name that is no ballot measure: "an initiative on
# literacy", "a new state initiative" (not "a citizen ballot initiative")
NEW_INITIATIVE = deferred(
    r"(?<![A-Za-z])(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother)\s+"
    r"(?:(?!ballot\s|citizens?['’]?\s|voter\s)[\w-]+\s+){0,3}?initiative$"
)


def _new_initiative(text: str, a: int, b: int) -> bool:
    """Whether an initiative that is no ballot measure is introduced between ``a`` and ``b``."""
    at = text.find("initiative", a, b)
    while at >= 0:
        if NEW_INITIATIVE.search(text, max(a, at - 60), at + len("initiative")):
            return True
        at = text.find("initiative", at + 1, b)
    return False


# A rule introduced as new, without a name: "a proposed rule", "a new regulation", "another
# rule", "a replacement rule"
NEW_UNNAMED_RULE = deferred(
    r"(?<![A-Za-z])(?:[Aa]n?\s+(?:new|proposed|replacement|revised|separate|second|different)"
    r"|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?(?:rule|regulation)$"
)
NEW_UNNAMED_REACH = 600
# A rule told as one more beside another: "a second PFAS regulation", "another rule"
_ORDINAL_RULE = lazy(
    r"(?:[Aa]n?\s+(?:second|third|separate|additional)|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rule|regulation)\b"
)


def _new_rule(text: str, a: int, b: int, same: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether a rule is introduced as new, without a name, between ``a`` and ``b``, after
    the sentence of ``a`` ("the 2024 rule, a new rule on …" describes the rule itself).
    ``same``: spans already linked to the antecedent's rule ("the new Biden asylum rule …
    Under a new interim rule, …": told as new, but found to be that rule) do not count."""
    end = _SENTENCE_END.search(text, a, b)
    if end is None:
        return False
    a = max(end.end(), b - NEW_UNNAMED_REACH)
    for word in ("rule", "regulation"):
        at = text.find(word, a, b)
        while at >= 0:
            if NEW_UNNAMED_RULE.search(text, max(a, at - 50), at + len(word)) and not any(
                x <= at < y for x, y in same
            ):
                return True
            at = text.find(word, at + len(word), b)
    return False


NEW_CASE = deferred(
    r"(?<![A-Za-z])(?P<det>[Aa]n?|[Aa]nother|[Tt]he\s+other)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:case|lawsuit|suit)$"
)
_SENTENCE_END = deferred(r"[.!?][\"”’)]?\s")
# what makes "a case" a particular one, not "argue in a case" in general
NEW_CASE_TOLD = deferred(
    r"\s+(?:that|which|in\s+which|involving|against|brought|filed|over|challenging)\b"
)


NEW_CASE_REACH = 3000


def _new_case(text: str, a: int, b: int) -> bool:
    """Whether a case is introduced without a name between ``a`` and ``b`` ("a case that has
    been granted certiorari", "the other case"), after the sentence of ``a`` ("Smith v. Jones,
    a lawsuit filed in 2023, …" describes the case itself): only where the words stand."""
    end = _SENTENCE_END.search(text, a, b)
    if end is None:
        return False
    # (no further back than ``NEW_CASE_REACH``: a case introduced pages before is no rival,
    # and each candidate's scan stays short in a long document)
    a = max(end.end(), b - NEW_CASE_REACH)
    for word in ("case", "suit"):  # ("suit" finds "lawsuit" too)
        at = text.find(word, a, b)
        while at >= 0:
            new = NEW_CASE.search(text, max(a, at - 40), at + len(word))
            if (
                new
                and (
                    new.group("det").lower() not in ("a", "an")
                    or NEW_CASE_TOLD.match(text, at + len(word))
                )
                # (twenty-third session: "(Another lawsuit, filed by …, turns on …)": a case
                # told in brackets is an aside, no rival of the one the article follows)
                and not _in_brackets(text, new.start(), at + len(word))
            ):
                return True
            at = text.find(word, at + len(word), b)
    return False


_COURT_WORDS = frozenset({"Supreme", "Court", "High"})

# (twenty-third session) What introduces a case as an aside to the one the article follows:
# "(A second suit, Doe v. Hale, turns on …)", "another case — Doe v. Hale —", "like Doe v.
# Hale in 2019"
_ASIDE_BEFORE = deferred(
    r"(?:\b(?:[Aa]nother|[Aa]\s+(?:second|separate|similar|related|third|parallel))\s+"
    r"(?:[\w-]+\s+)?(?:case|suit|lawsuit|challenge)\s*(?:,|:|—|–|--)\s*"
    r"|\b(?:[Ll]ike|[Aa]s\s+in|[Ss]uch\s+as|[Cc]ompare)\s+)$"
)
_DASHES = ("—", "–", " -- ")


def _in_brackets(text: str, s: int, e: int) -> bool:
    """Whether ``s``–``e`` stands inside brackets of its paragraph."""
    p = text.rfind("\n", 0, s) + 1
    q = text.find("\n", e)
    q = len(text) if q < 0 else q
    return text.rfind("(", p, s) > text.rfind(")", p, s) and ")" in text[e:q]


def _aside(text: str, m: Mention) -> bool:
    """Whether the case ``m`` is named in an aside: inside parentheses or between dashes in
    its paragraph, or introduced as another case or a comparison ("A second suit, X", "like
    X")."""
    if _ASIDE_BEFORE.search(text, max(0, m.start - 40), m.start):
        return True
    if _in_brackets(text, m.start, m.end):
        return True
    q = text.find("\n", m.end)
    q = len(text) if q < 0 else q
    a = sentence_start(text, m.start)
    b = _SENTENCE_END.search(text, m.end, q)
    b_at = b.start() if b else q
    return any(text.count(d, a, m.start) % 2 == 1 and d in text[m.end : b_at] for d in _DASHES)


def _main_cases(text: str, cands: list[Mention], s: int, e: int) -> list[Mention]:
    """``cands`` without the cases named only in an aside, when a case named before the
    first aside, outside any, is in play: "A case to watch is X, in which … (A second suit,
    Y, turns on …) The case may mirror …" is X. Else ``cands`` as they are (so too for a
    phrase at ``s``–``e`` in an aside itself: "(like Y in 2019, a suit the lender lost)")."""
    if len({_key(m) for m in cands}) < 2:
        return cands
    if _aside(text, Mention(s, e, text[s:e], "case", None)):
        return cands
    asides = [m for m in cands if _aside(text, m)]
    if not asides:
        return cands
    first = min(m.start for m in asides)
    main = [m for m in cands if m.end <= first and not any(m is x for x in asides)]
    if not main:
        return cands
    return [m for m in cands if not any(m is x for x in asides)]


# Words of a caption that name no one party: "United States v. Roe" is told by "Roe"
_NO_PARTY_WORDS = frozenset(
    {"United", "States", "State", "People", "Inc", "LLC", "Co", "Corp", "Association", "The",
     "New", "York", "City", "County", "Department", "Commonwealth", "America", "National",
     "American", "Company", "Board", "Office", "Trump", "Biden"}
)  # fmt: skip
_CAPTION_WORD = deferred(r"[A-Z][a-z’'-]{2,}")


def _party_told(text: str, cands: list[Mention], e: int) -> list[Mention]:
    """``cands`` cut to one case when the rest of the phrase's sentence names a person by full
    name who is a party of that case and of no other candidate (twenty-seventh session,
    census38 P12): "In the case of United States v. Roe, the Court applied the test set by
    the Bruen decision. The case involved Adam Roe, …" is Roe's case, however near the
    other was named (a precedent's name alone, "under Bruen", tells no party)."""
    keys = {_key(m) for m in cands}
    if len(keys) < 2:
        return cands
    words: dict[str, set[str]] = {}
    for m in cands:
        name = m.name or m.text
        if " v" not in name:
            continue
        words.setdefault(_key(m), set()).update(
            w for w in _CAPTION_WORD.findall(name) if w not in _NO_PARTY_WORDS
        )
    rest = text[e : sentence_end(text, e)]
    told = {
        k
        for k, ws in words.items()
        if any(
            re.search(
                rf"\b(?!(?:The|In|On|At|For|By|Of)\b)[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?{re.escape(w)}\b(?!\s+v\b)",
                rest,
            )
            for w in ws
            if not any(w in o for k2, o in words.items() if k2 != k)
        )
    }
    if len(told) != 1:
        return cands
    (one,) = told
    return [m for m in cands if _key(m) == one]


# How far back "the rules" alone (no word between) and "the policy" may find their rule.
BARE_REACH = NEAR


# The heads a phrase in an article's opening may refer ahead with ("The law was blocked after
# lawsuits were filed … House Bill 1182 requires …": the page lost its headline).
AHEAD_HEADS = frozenset(
    {"law", "statute", "act", "bill", "measure", "legislation", "rule", "regulation"}
)
AHEAD_REACH = 800
SIGNING_AHEAD = 2000
# A rule or regulation introduced with an indefinite article ("a final rule sharply
# raising …", "an interim regulation") shortly before a phrase: what the phrase refers to
_INTRODUCED_BEFORE = lazy(
    r"(?<![\w-])(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?(?:rule|regulation)(?![\w-])"
)
INTRODUCED_REACH = 300
_LAWLIKE = frozenset({"statute", "bill", "regulation", "executive-action"})
# Kinds that, named before a phrase of another family, leave it nothing to refer ahead to.
_OPENERS = frozenset({"regulation", "executive-action"})


# What injunctions do to an executive action: "halted enforcement of", "blocked the
# implementation of" (right before the phrase)
_ENFORCEMENT_HALTED = lazy(
    r"\b(?:halted|halting|blocked|blocking|enjoined|enjoining|paused|pausing|stopped|stopping"
    r"|barred|barring|froze|freezing)\s+(?:the\s+)?(?:enforcement|implementation)\s+of\s+$"
)


def _paragraph_order(text: str, explicit: list[Mention], s: int) -> Mention | None:
    """The one executive order or proclamation (one id) named in the paragraph of ``s``
    before it; None when none or two are."""
    start = text.rfind("\n", 0, s) + 1
    orders = [
        m
        for m in explicit
        if m.kind == "executive-action"
        and start <= m.start < s
        and (m.authority or "").startswith(("eo:", "proc:"))
    ]
    if len({m.authority for m in orders}) != 1:
        return None
    return orders[0]


def _named_ahead(
    prefix: _Prefix,
    s: int,
    e: int,
    head: str,
    mods: list[str],
    fam: Family,
    by_end: list[Mention],
    text: str = "",
    first_law: int = 0,
    opening_signs: bool = False,
) -> Mention | None:
    """For a phrase in the article's opening (``LEAD``) before anything of its kinds is named
    (a law, a bill), the one authority of its kinds the text names within ``AHEAD_REACH``
    after it; None when there is none or more than one, or the phrase's words ask for
    something ("the Texas law"), or it has no id.

    A story whose opening tells a signing ("Biden signs bill to help war veterans … signed
    into law long-awaited legislation") may name its bill late, after paragraphs of quotes:
    there, while nothing of its kinds, no rule and no order has been named yet (``first_law``:
    where the first of them ends), a phrase anywhere before it refers ahead up to
    ``SIGNING_AHEAD``, to an authority whose own sentence tells its passage or signing."""
    if head not in AHEAD_HEADS or any(map(_constraint, mods)):
        return None
    if (
        head in ("rule", "regulation")
        and text
        and _INTRODUCED_BEFORE().search(text, max(0, s - INTRODUCED_REACH), s)
    ):
        # "the DOL's centerpiece, a final rule raising the pay floor …, took effect in July.
        # However, the rule was struck down …": its antecedent was told before it (no row
        # found for it), never a rule the article names after it
        return None
    if s >= LEAD and s >= first_law:
        return None  # (beyond the opening only before the first law, bill, rule or order)
    signing = bool(text) and opening_signs
    if s >= LEAD and not signing:
        return None
    kinds = {*fam.kinds, "bill"} if "statute" in fam.kinds else set(fam.kinds)
    for m in by_end:  # (only phrases in the opening get here: few mentions end before them)
        if m.end > s:
            break
        if m.kind in kinds:
            return None  # something of its kinds was named before: none was good enough
        if m.kind in _OPENERS:
            # an article that opened on a rule or an order is about it: "… would not be
            # consistent with the law" is the law as such, not an act named further on
            return None
    i = bisect.bisect_right(prefix.ends, e)
    found: dict[str, Mention] = {}
    reach = SIGNING_AHEAD if signing else AHEAD_REACH
    for m in prefix.pool[i:]:
        if m.start - e > reach:
            break
        if m.start >= e and not m.anaphor and m.confidence >= 0.5:
            found.setdefault(_key(m), m)
    if not all(m.authority for m in found.values()):
        return None  # a law known only by a name: nothing to link ahead to
    if len(found) != 1:
        return None
    (only,) = found.values()
    if (s >= LEAD or only.start - e > AHEAD_REACH) and not _signing_told(text, only):
        return None  # (beyond the usual reach only the bill whose passage the text tells)
    return only


# "Joseph and Robin Wirthlin joined the suit … the panel said in Parker v. Hurley", "… their
# lawsuit … in Oregon, et al., v. Trump", a digest's item that ends on its caption ("The
# lawsuit was not actionable … Wilbur-Ellis Company, LLC v. Erikson, 103 F.4th 1352"): a
# suit told before the article prints its caption.
CASE_AHEAD_HEADS = frozenset({"lawsuit", "suit", "case"})
CASE_AHEAD_REACH = 800
# A Supreme Court decision printed after "the case" is a precedent it is compared with ("The
# case could upend Roe v. Wade"), not its caption.
_PRECEDENT_CITE = deferred(r"cite:\d+:(?:us|sct|led(?:2d)?):")
# A caption this close after the phrase, in its sentence, names it in apposition or as its
# predicate: the caption is the mention, the phrase no other one.
_APPOSED = 40
_SENTENCE_STOP = deferred(r"[.!?;:][\"”’)]?\s")


def _caption_ahead(
    text: str,
    s: int,
    e: int,
    phrase: str,
    explicit: list[Mention],
    starts: list[int],
    case_starts: list[int],
) -> Mention | None:
    """For a definite "the lawsuit", "their suit", "the case" with nothing to refer back to,
    the first caption printed after it: in its own paragraph when no case was named in that
    paragraph before it, or beyond when the article named no case before it at all (never
    further than ``CASE_AHEAD_REACH``); None when another case comes first, or the caption is
    a Supreme Court precedent. ``case_starts``: the explicit cases' starts, in order."""
    if phrase[:2] in ("a ", "A "):
        return None  # "a lawsuit like Doe v. Roe" may be another one
    para = text.rfind("\n", 0, s) + 1
    end = text.find("\n", e)
    end = len(text) if end < 0 else end
    i = bisect.bisect_left(starts, s)
    j = bisect.bisect_left(case_starts, s)  # the cases named before the phrase
    if j and case_starts[j - 1] >= para:
        return None  # the paragraph named its case before the phrase: not this one
    # ("the case" is a word of many uses: beyond its paragraph only "this case", when the
    # article names one case and no other and tells of no several ("six rulings"): "This case
    # could decide … The dispute, Doe v. Roe, began …")
    far = not j and (
        not phrase.endswith("case")
        or (
            phrase[:4] in ("this", "This")
            and _one_case_named(explicit)
            and _SEVERAL_CASES.search(text, 0, e + CASE_AHEAD_REACH) is None
        )
    )
    reach = e + CASE_AHEAD_REACH if far else min(end, e + CASE_AHEAD_REACH)
    if not far and not j and _one_case_named(explicit):
        # "Tenants, bringing a case in the Fourth Circuit, … intervened in the case.\n\nThe
        # panel in the case Doe v. HUD …": the article's one case, named first in the next
        # paragraph (census37 P1)
        nxt = text.find("\n", end + 1)
        while nxt >= 0 and not text[end:nxt].strip():
            nxt = text.find("\n", nxt + 1)
        reach = min(len(text) if nxt < 0 else nxt, e + CASE_AHEAD_REACH)
    for m in explicit[i:]:
        if m.start >= reach:
            break
        if m.start < e or m.kind != "case":
            continue
        if m.start - e <= _APPOSED and _SENTENCE_STOP.search(text, e, m.start) is None:
            return None  # "The case, known as Ohio v. EPA", "The case is NetChoice v. Fitch"
        if not m.name or " v. " not in m.name or m.confidence < 0.5:
            return None  # a case first named by a party or a short name: unsure
        if _PRECEDENT_CITE.match(m.authority or ""):
            return None
        return m
    return None


_SEVERAL_CASES = deferred(r"\b(?:cases|rulings|decisions|lawsuits|suits|opinions)\b")


def _one_case_named(explicit: list[Mention]) -> bool:
    """Whether the article names exactly one case (by one caption, however often)."""
    names = {m.name for m in explicit if m.kind == "case"}
    return len(names) == 1 and None not in names


# How far after "the executive order" a numbered order may stand to be the one it means.
NUMBERED_AHEAD = 300


def _numbered_after_original(nearest: Mention, e: int, explicit: list[Mention]) -> Mention | None:
    """When the order named last was named as "the original" of a policy reissued by a later
    order ("the original Schedule F proposal … the executive order … Executive Order 14171"),
    "the executive order" is the other order, when its number follows within
    ``NUMBERED_AHEAD``; else None (the antecedent stands)."""
    if not (nearest.evidence or "").startswith(ORIGINAL_EVIDENCE):
        return None
    for m in explicit:
        if (
            e <= m.start <= e + NUMBERED_AHEAD
            and m.kind == "executive-action"
            and m.authority
            and m.authority != nearest.authority
            and (m.evidence or "").startswith("numbered")
        ):
            return m
    return None


# "This law would fix …": what a proposal would do
WOULD_AFTER = deferred(r"\s+(?:(?:also|not|only)\s+)?would\b")


def _bill_called_act_between(
    bills: list[Mention], ends: list[int], a: int, b: int
) -> Mention | None:
    """The last of ``bills`` (sorted by their ``ends``) that ends after ``a`` and before ``b``."""
    i = bisect.bisect_left(ends, b) - 1
    return bills[i] if i >= 0 and bills[i].end > a else None


def _ends_within(ends: list[int], at: int, reach: int) -> bool:
    """Whether one of ``ends`` (sorted) lies within ``reach`` before ``at``."""
    i = bisect.bisect_right(ends, at) - 1
    return i >= 0 and at - ends[i] <= reach


# A state bill's words for what it does to an act named right after: "House Bill 55, which
# lawmakers passed to amend the Consumer Fraud Act" (census35 P7)
_AMENDING_HEADS = frozenset({"measure", "bill", "legislation"})
_AMENDS_BEFORE = deferred(r"\bamend(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?\Z")
# how far after the bill the act it amends may be named
_AMENDED_REACH = 160


def _not_amended(text: str, cands: list[Mention]) -> list[Mention]:
    """``cands`` less the acts a state bill among them amends in its own sentence ("Iowa's
    House Bill 55, which lawmakers passed to amend the Iowa Consumer Fraud Act to …"): a
    later "the measure" or "the new law" is the bill, never the old act it amends. All of
    ``cands`` when no bill amends one."""
    bills = [m for m in cands if ":bill:" in (m.authority or "")]
    if not bills:
        return cands
    out = [
        m
        for m in cands
        if any(m is b for b in bills)
        or not any(
            b.end <= m.start <= b.end + _AMENDED_REACH
            and sentence_start(text, m.start) <= b.start
            and _AMENDS_BEFORE.search(text, max(b.end, m.start - 40), m.start)
            for b in bills
        )
    ]
    return out or cands


def _acted_on(acting: list[int], nearest: Mention, at: int) -> bool:
    """Whether a bill told by what it does to an act ("a bill that would amend …", at the
    starts ``acting``) comes within reach before the phrase at ``at`` and before the act
    ``nearest``: the act is what the bill acts on, not what "the measure" refers to."""
    i = bisect.bisect_left(acting, at) - 1
    return i >= 0 and at - acting[i] <= FAR and acting[i] < nearest.start


# what stands between a named bill and its apposition: "the Equality Act again, a bill that
# would amend …" (the bill told there is the one named)
_APPOSITION_GAP = deferred(r"(?:\s+[a-z]+)?,\s+(?=(?:[Aa]n?|[Tt]he)\s)")


def _past_apposition(text: str, end: int) -> int:
    """Where a bill's apposition opens after its name, else ``end``."""
    m = _APPOSITION_GAP.match(text, end, end + 20)
    return m.end() + 2 if m else end


def _new_law_between(
    text: str,
    a: int,
    b: int,
    taken: list[tuple[int, int]],
    pattern: re.Pattern[str] = NEW_LAW,
    antecedent: Mention | None = None,
) -> bool:
    a = max(a, b - NEAR)  # a law introduced just before the phrase, not pages back
    if a >= b:
        return False
    # every match ends in its head word ("law", "statute", "measure", "resolution", "bill"):
    # only word starts shortly before one are tried
    heads = [h.span() for h in _NEW_HEAD.finditer(text, a, b)]
    if not heads:
        return False
    starts = _NEW_BILL_START if pattern is NEW_BILL else _NEW_LAW_START
    matches = head_matches(text, pattern, heads, 120, starts, ws=a, we=b)
    return any(
        not _overlaps(taken, m.start(), m.end())
        and not _lede_restates(text, m, antecedent)
        and not _law_in_general(text, m)
        for m in matches
    )


# law in general: a bare "a law", "an act", "a statute" that an infinitive takes, with nothing
# told of it after ("requires at least four justices to invalidate a statute, …", "no way to
# challenge a law.", "the power to enact a law.")
_BARE_LAW = deferred(r"[Aa]n? (?:law|statute)")
_TO_VERB_BEFORE = deferred(r"\bto\s+(?:[a-z]+\s+){1,2}$")
_NOTHING_AFTER = deferred(r"\s*[,.;:!?)]")


# "the legislature's authority to enact a law to protect …": a power over laws in general,
# whatever is told of the law after it
_POWER_TO_VERB_BEFORE = deferred(
    r"\b(?:authority|power|right|ability|prerogative)\s+to\s+(?:[a-z]+\s+){1,2}$"
)


def _law_in_general(text: str, told: re.Match[str]) -> bool:
    if _BARE_LAW.fullmatch(told.group(0)) is None:
        return False
    before = max(0, told.start() - 40)
    if _POWER_TO_VERB_BEFORE.search(text, before, told.start()) is not None:
        return True
    return (
        _NOTHING_AFTER.match(text, told.end()) is not None
        and _TO_VERB_BEFORE.search(text, before, told.start()) is not None
    )


_SOURCE_LINE = deferred(r"source:[^\n]*\n\s*")
_SIGN_VERB_BEFORE = deferred(r"\bsign(?:s|ed)\s+$")
_INTO_LAW_AFTER = deferred(r"\s+into\s+law\b")


def _lede_restates(text: str, told: re.Match[str], antecedent: Mention | None) -> bool:
    """Whether a law told without its name (``told``) is the opening's restatement of the
    act its headline names as signed: "Trump signs the Laken Riley Act into law …\nPresident
    Donald Trump on Wednesday signed an immigration detention measure into law" is that act,
    no new law."""
    if antecedent is None or told.start() >= LEAD:
        return False
    # (a saved page's address line, then its headline)
    top = source.end() if (source := _SOURCE_LINE.match(text)) else 0
    headline = text.find("\n", top)
    if not top <= antecedent.start < headline:
        return False
    lede = text.find(". ", headline)  # (only in the sentence right after the headline)
    if lede >= 0 and told.start() > lede:
        return False
    if _restated_by_its_words(text, told, antecedent, lede):
        return True
    return (
        _SIGN_VERB_BEFORE.search(text, max(0, told.start() - 8), told.start()) is not None
        and _INTO_LAW_AFTER.match(text, told.end()) is not None
        and _tells_signing(text, top, headline)
    )


# (twenty-eighth session, census42 P2) a bare "a law" in the lede, told by what it does
_BARE_LEDE_LAW = deferred(r"[Aa]n?\s+(?:(?:state|new)\s+)?(?:law|statute|measure)")
_DOES_AFTER = deferred(r"\s+(?:that|which)\s+(?:would\s+)?([a-z]{5,})")


def _restated_by_its_words(text: str, told: re.Match[str], antecedent: Mention, lede: int) -> bool:
    """Whether a bare "a law that VERBs …" in the opening sentence restates the law its
    headline names by the same verb: "5th Circuit Upholds Louisiana Law Requiring Ten
    Commandments Displays …\nA federal appellate court … stopped state officials from enforcing
    a law that requires them" is the headline's law, no new one (so "the 2024 state law" and
    "the law" after it still refer back to it)."""
    if antecedent.kind != "statute" or _BARE_LEDE_LAW.fullmatch(told.group(0)) is None:
        return False
    verb = _DOES_AFTER.match(text, told.end(), lede if lede >= 0 else len(text))
    if verb is None:
        return False
    stem = verb.group(1)[:5]
    return any(w.lower().startswith(stem) for w in re.findall(r"[A-Za-z]{5,}", antecedent.text))


# (whole words only: a match ends at its head word; opening on a letter set the engine can
# skip ahead to, the word start asked by looking behind the letter)
_NEW_HEAD = deferred(r"[lsmrb](?<!\w.)(?:aw|tatute|easure|esolution|ill|an)(?!\w)")
# The word starts where each pattern can match: its first word opens on one of these letters
# ("a", "an", "its", "their", "his", "her", "another", a capitalised owner); no other place
# is tried (the head itself still is, as at every head).
_NEW_LAW_START = re.compile(r"(?<![A-Za-z0-9_])[A-Zaith]")
_NEW_BILL_START = re.compile(r"(?<![A-Za-z0-9_])[AaHhTt]")


# A suit or appeal the article tells of without naming it: "Sarah Palin's defamation
# lawsuit", "an appeal from Kim Davis", "a lawsuit filed by …".
OWN_SUIT = deferred(
    r"\b(?:[A-Z][\w.'’-]*['’]s?|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:lawsuit|suit|prosecution|indictment)\b"
    r"|\b[A-Z][\w.'’-]*['’]s?\s+case\b"  # "the judge in Ripple's case"
    r"|\b(?:an?\s+)?appeal\s+(?:from|by)\s+[A-Z]"
)


DECIDED_BEFORE = deferred(
    r"\b(?:[Tt]he|[Tt]his|[Tt]oday['’]s|[Ii]ts)\s+(?:\d+-\d+\s+|landmark\s+|unanimous\s+)?"
    r"(?:decision|ruling|opinion)\s+in\s+$"
)
RULED_IN = deferred(r"\s+(?:\w+\s+){0,2}?(?:in|on)\s+(?:the\s+case\s+(?:of\s+)?)?$")
# The same words opening a case's own mention, the phrase and the caption joined in one
# (``precedents``: "The 5-4 decision in Trump v. Hawaii"; twenty-eighth session)
DECIDED_OPENING = deferred(
    r"(?:[Tt]he|[Tt]his|[Tt]oday['’]s|[Ii]ts)\s+(?:\d+-\d+\s+|landmark\s+|unanimous\s+)?"
    r"(?:decision|ruling|opinion)\s+in\s+"
)


def _decided_in(text: str, case: Mention, ruling_ends: list[int]) -> bool:
    """Whether ``case`` is named as the case a ruling in the text decided ("ruled 6-3 in
    Loper Bright Enterprises v. Raimondo", "the decision in Trump v. CASA")."""
    if DECIDED_BEFORE.search(text, max(0, case.start - 50), case.start):
        return True  # "The 5-4 decision in Trump v. Hawaii"
    if DECIDED_OPENING.match(text, case.start, case.end):
        return True  # (the same, one mention)
    i = bisect.bisect_left(ruling_ends, case.start - 30)
    j = bisect.bisect_right(ruling_ends, case.start)  # the rulings that end before the case
    return any(RULED_IN.fullmatch(text, end, case.start) is not None for end in ruling_ends[i:j])


def _first_suit(text: str, case_spans: list[tuple[int, int]], at: int) -> bool:
    """Whether the article told of a suit of its own, not one of its named cases, before
    ``at`` (a ruling's words may hold it: "the jury rejected Palin's lawsuit")."""
    return any(
        not _overlaps(case_spans, m.start(), m.end()) for m in OWN_SUIT.finditer(text, 0, at)
    )


# Words that give "suit" and "petition" their other sense, in the phrase's sentence or the one
# before it: clothes ("wore a dark suit"), a ballot measure's or a public petition
# ("signatures", "the ballot", "an initiative").
_OTHER_SENSE = {
    "suit": deferred(
        r"\b(?:wor[en]|wears?|wearing|dressed|tailor\w*|jacket|necktie|tie|shirt|shoes|"
        r"outfit|tuxedo|swim\w*|space\s*suit|pinstripe\w*)\b"
    ),
    "petition": deferred(
        r"\b(?:signatures?|signed|signers?|ballot|initiative|referendum|recall|circulat\w*|"
        r"canvass\w*|online|change\.org"
        # an immigration benefit's petition ("visa petitions are denied unless the petition
        # comes with the fee"; twenty-seventh session)
        r"|H-[12][ABC]?|I-\d{3}|USCIS|beneficiar(?:y|ies)|green\s+cards?|consular|approvable)\b"
    ),
}


def _caption_between(text: str, a: int, b: int, case_spans: list[tuple[int, int]]) -> bool:
    """Whether a caption linker could not read ("Does, 1-104 v. Wasden") stands between
    ``a`` and ``b``: a " v. " in no case mention (``case_spans``, sorted)."""
    at = text.find(" v. ", a, b)
    while at >= 0:
        if not _overlaps(case_spans, at, at + 4):
            return True
        at = text.find(" v. ", at + 4, b)
    return False


@cache
@cache
def _families_of(word: str) -> tuple[int, ...]:
    """The families (by their place in ``FAMILIES``) a head word ends: those listing it, or
    it without a plural "s"."""
    return tuple(
        k for k, fam in enumerate(FAMILIES) if word in fam.heads or word.rstrip("s") in fam.heads
    )


_FAMILY_KINDS = tuple(fam.kinds for fam in FAMILIES)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps any of ``spans`` (sorted, non-overlapping)."""
    i = bisect.bisect_left(spans, (s, s))
    return (i < len(spans) and spans[i][0] < e) or (i > 0 and spans[i - 1][1] > s)


# What judges do to the law as such ("judges might interpret the law differently", "apply
# the law as it stands"): no law told before (as "follow the law", ``BLOCK_BEFORE``)
_LAW_AS_SUCH_BEFORE = deferred(r"\b(?:interpret(?:s|ed|ing)?|appl(?:y|ies|ied|ying))\s+$")
_COURTS_BEFORE = deferred(r"(?:judge|court|justice)['’]s\s*$")
_YEAR = deferred(r"\b(\d{4})\b")


# The letters BLOCK_BEFORE's words end in ("above", "break", "breaks", "breaking", "broke",
# "caught in", "law is", "under", "before", "of", "follow", "followed", "obey", "ignore",
# "ignored"), with every
# character its case-insensitive match accepts for them.
_BLOCK_BEFORE_LAST = frozenset("eEkK\u212asS\u017fgGnNrRfFwWyYdD")


def _state_owned(phrase: str) -> bool:
    """Whether ``phrase`` opens on a state's possessive ("Arkansas’ law", "Ohio's ban"): a
    law that state made, even after "follow" or "obey" (which make "the law" the law as such)."""
    if not phrase[:1].isupper():
        return False
    owner = _STATE_POSS.match(phrase)
    return owner is not None and owner.group(1) in state_names()


_STATE_POSS = deferred(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s|(?<=s)['’])\s")


def _blocked_before(before: str) -> bool:
    """``BLOCK_BEFORE.search(before)``, tried only when white space ends ``before`` and one of
    those letters stands before it (so after most words it need not be tried at all), and
    after an "r" or "f" only when "under", "before" or "of" ends it."""
    core = before.rstrip()
    if len(core) == len(before) or core[-1:] not in _BLOCK_BEFORE_LAST:
        return False
    if core[-1:] in "rRfF" and not core.lower().endswith((" of", "under", "before")):
        return False
    if core[-1:] in "wWyYdD" and not core.lower().endswith(
        ("follow", "obey", "followed", "obeyed", "ignored")
    ):
        return False
    return BLOCK_BEFORE.search(before) is not None


# Each family's pattern without an owner for its determiner, run over its windows, and the
# one with an owner ("Newsom's bill", "Congress's law"), tried only where an owner before an
# apostrophe starts (an owner may open on any capital letter: trying one at each costs more
# than the rest of the pattern).
# (compiled on a family's first use: a short article needs two or three of them, and
# compiling all of them cost its start-up about 15 ms)
_OWNABLE = tuple(DETP in fam.pattern for fam in FAMILIES)


@cache
def _plain(fi: int) -> re.Pattern[str]:
    fam = FAMILIES[fi]
    return re.compile(fam.pattern.replace(DETP, DET_B) if _OWNABLE[fi] else fam.pattern)


@cache
def _owned(fi: int) -> re.Pattern[str] | None:
    fam = FAMILIES[fi]
    return re.compile(fam.pattern.replace(DETP, POSS_B)) if _OWNABLE[fi] else None


# An owner: the capitalised word an apostrophe ends ("Newsom's" before "bill"; in "the EPA's
# rule" the owned pattern finds no phrase, as "the" opens it).
_OWNER_WORD = deferred(r"[A-Z](?<!\w.)[\w.]*$")
# A determiner right before an owner: "the EPA's rule" is the determiner's phrase, not one the
# owner opens.
_DET_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
# The head words (lowercase) an owner's phrase may end in ("Newsom's bill"; not "case",
# whose family has an owner only for "lawsuit", "suit", "complaint", "petition", "litigation").
_OWNED_HEADS = frozenset(
    {"law", "statute", "legislation", "package", "measure", "ban", "bill", "rule", "plan"}
    | {"policy"}
    | {"regulation", "regulations", "lawsuit", "suit", "complaint", "petition", "litigation"}
)


def _family_hits(
    text: str, spans: dict[int, list[tuple[int, int]]], owners: list[tuple[int, str]]
) -> dict[tuple[tuple[int, int], int], tuple[re.Match[str], Family]]:
    """Each family's phrases in its windows (``spans``, by the family's place), by span and
    family; a phrase an owner opens ("Congress's law") only at the ``owners`` found before
    its head word (where the owner starts, the head word)."""
    out: dict[tuple[tuple[int, int], int], tuple[re.Match[str], Family]] = {}
    for fi in sorted(spans):  # (families in their order: on one span the first wins)
        fam, plain = FAMILIES[fi], _plain(fi)
        for ws, we in spans[fi]:
            for hit in plain.finditer(text, ws, we):
                out[(hit.span(), fi)] = (hit, fam)
    for at, w in owners:
        for fi in _families_of(w):
            owned = _owned(fi)
            if owned is not None and fi in spans and (found := owned.match(text, at)):
                out[(found.span(), fi)] = (found, FAMILIES[fi])
    return out


# What a measure still to pass is told by after its head.
_WILL_AFTER = deferred(r"\s+(?:would|will)\b")
# A possessive and "own" before the head: the owner's, set against what came before.
_THEIR_OWN = deferred(r"(?:[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+own\s")


# Heads that name a civil suit, never a criminal prosecution.
_CIVIL_HEADS = frozenset({"lawsuit", "suit", "litigation", "petition"})
# a verb that takes up a case still to be decided, right before the back-reference
_HEAR_BEFORE = deferred(
    r"\b(?:hear|hears|hearing|heard|take\s+up|takes\s+up|taking\s+up|took\s+up|taken\s+up"
    r"|review|reviewing|decide|deciding)\s+$"
)
# a case still pending: "the case before Judge Block", "the case before Block" (right after the
# phrase), or the one a party "brought"/"filed" (right before it)
_PENDING_AFTER = deferred(
    r"\s+(?:now\s+|still\s+)?(?:pending\s+)?before\s+(?:U\.S\.\s+)?"
    r"(?:(?:District|Magistrate|Circuit|Chief|Senior)\s+)?(?:Judge\s+)?(?!The\b)[A-Z][a-z]+\b"
)
_BROUGHT_BEFORE = deferred(r"\b(?:brought|filed|brings|bringing|filing)\s+$")


@cache
def _case_years() -> dict[str, int]:
    """Each ``cases.csv`` case's year by its name."""
    return {c.name: c.year for c in cases() if c.year is not None}


def _decided_before(m: Mention, date: str | None) -> bool:
    """Whether ``m`` is a known case decided two years or more before the article's date."""
    year = _case_years().get(m.name or "")
    return bool(date) and year is not None and int(str(date)[:4]) - year >= 2


# What a plural head asks for: "the laws" laws, "the bills" bills (or the acts they became).
PLURAL_KINDS = {
    "laws": ("statute",),
    "statutes": ("statute",),
    "bills": ("bill", "statute"),
    "measures": ("bill", "statute"),
    "orders": ("executive-action",),
    "lawsuits": ("case",),
    # "the bans", "the abortion bans": laws that ban, named together before
    "bans": ("statute",),
}
# How far a plural phrase may stand after the one before it that found its list, when no list
# stands within reach of it ("… struck down the state's two abortion bans. … The laws were
# challenged by four women … the bans violated …"): each one carries the list on
PLURAL_CHAIN = 800
# Between two items of a list: "H.B. 1, S.B. 2 and S.B. 3", "Executive Orders 14151 and 14173"
# (a number in parentheses may close an item: "the Kids Online Safety Act (S-1409) and the …")
# (a short parenthetical may follow an item: "Executive Order 14151 (directed at federal
# agencies) and Executive Order 14173 (directed at the private sector)")
LIST_GAP = deferred(
    r"[\s,;)\]]*(?:\([^()\n]{1,60}\)[\s,;]*)?"
    r"(?:(?:and|or|as\s+well\s+as|along\s+with)\s+)?(?:the\s+)?"
)


# A mention that names several at once ("two anti-DEI executive orders", "the bills").
_PLURAL_TEXT = deferred(r"\b(?:laws|statutes|bills|measures|[Oo]rders|lawsuits)\b")


def _list_again(
    last: tuple[Mention, int] | None,
    at: int,
    explicit: list[Mention],
    starts: list[int],
    kinds: tuple[str, ...],
) -> Mention | None:
    """The list the plural phrase before this one referred back to (``last``: its first item
    and where that phrase ends), when that phrase stands within ``PLURAL_CHAIN`` before ``at``,
    its list's kind is one this phrase asks for, and the text names no law, bill, order or
    suit of these kinds between them (a new one named since may be what "the laws" are)."""
    if last is None:
        return None
    first, end = last
    if first.kind not in kinds or at - end > PLURAL_CHAIN:
        return None
    i = bisect.bisect_left(starts, end)
    j = bisect.bisect_left(starts, at)
    if any(m.kind in kinds and (m.authority or m.name) for m in explicit[i:j]):
        return None
    return first


def _second_decision(text: str, rulings: list[tuple[int, str]], a: int, b: int) -> bool:
    """Whether two rulings of the Supreme Court (``rulings``) are told afresh between ``a``
    (a case's name) and ``b`` (a phrase referring back to a case), the later in another
    paragraph than the name: a roundup's next decision ("The Supreme Court ruled that …"),
    whose case is not the one named before the first."""
    seen: dict[str, int] = {}
    for at, court in rulings:
        if not a <= at < b:
            continue
        seen[court] = seen.get(court, 0) + 1
        if seen[court] >= 2 and "\n" in text[a:at]:
            return True
    return False


def _state_of(m: Mention) -> str | None:
    """The postal code of a state law's id ("state:wy:bill:hb152" → "wy"), else None."""
    parts = (m.authority or "").split(":")
    return parts[1] if len(parts) > 2 and parts[0] == "state" else None


def _other_state_since(explicit: list[Mention], starts: list[int], first: Mention, at: int) -> bool:
    """Whether a law of another state than ``first``'s (or a federal one beside a state's)
    is named between ``first`` and ``at``: "Wyoming's ban … and New Hampshire's ban … The
    bans" are two states' laws, no one list to refer back to."""
    i = bisect.bisect_left(starts, first.start)
    j = bisect.bisect_left(starts, at)
    own = _state_of(first)
    return any(
        m.kind == "statute" and (m.authority or m.name) and _state_of(m) != own
        for m in explicit[i:j]
    )


def _list_before(
    text: str, at: int, explicit: list[Mention], starts: list[int], kinds: tuple[str, ...]
) -> Mention | None:
    """The first item of the last list of two or more different laws (bills, orders, suits)
    of ``kinds`` the text names within reach before ``at`` in the phrase's paragraph, else the
    last mention within reach that names several ("two executive orders"); else None."""
    i = bisect.bisect_left(starts, at)
    j = bisect.bisect_left(starts, at - NEAR)
    items = [
        m
        for m in explicit[j:i]
        if m.end <= at and m.kind in kinds and (m.authority or m.name) and m.confidence >= 0.5
    ]
    run: list[Mention] = []
    best: list[Mention] = []
    for m in items:
        same = run and _key(m) == _key(run[-1]) and m.start - run[-1].end < 60
        if run and (same or LIST_GAP.fullmatch(text, run[-1].end, m.start)):
            run.append(m)
        else:
            run = [m]
        if len({_key(x) for x in run}) >= 2:
            best = run
    if best and _breaks(text, best[-1].end, at) <= 1 and not _other_between(items, best, at):
        # (in the phrase's paragraph, or ending the one before it: "… and Senate Bill 1819
        # violate the title rule.\nJustices said the Legislature titled these bills …")
        return best[0]
    # two or more different ones named in the phrase's sentence or the one before it, if not
    # as a list: "House Bill 68 … passed 64 to 28 and House Bill 8 … passed 65 to 29. The
    # bills passed during a marathon session"
    told = sentence_start(text, max(0, sentence_start(text, at) - 2))
    near = [m for m in items if m.start >= told]
    if len({_key(m) for m in near}) >= 2 and "\n" not in text[near[0].start : at]:
        return near[0]
    # else a mention that is itself plural ("two anti-DEI executive orders … Those orders")
    plural = [m for m in items if _PLURAL_TEXT.search(m.text)]
    return plural[-1] if plural else None


# A count after other words in a plural phrase ("The groups say three executive orders"): the
# words before it are a clause's, not modifiers of one phrase.
_COUNT_AMID = deferred(r"\S+\s+(?:\S+\s+)+(?:two|three|four|five)\s")
_COUNT_WORD = deferred(r"\b(two|three|four|five|both|pair)\b", re.IGNORECASE)


# A plural ranked by a superlative: "the most important laws", "the toughest bans"
_RANKED_PLURAL = deferred(
    r"\b(?:most|least|best|worst|toughest|strictest|harshest|biggest|oldest|newest)\s"
)


def _counts_differ(phrase: str, antecedent: str) -> bool:
    """Whether the phrase and a plural antecedent each say how many, and not the same number
    ("both" and "a pair" are two)."""
    a, b = _COUNT_WORD.search(phrase), _COUNT_WORD.search(antecedent)
    if a is None or b is None:
        return False
    two = {"both": "two", "pair": "two"}
    x, y = a.group(1).lower(), b.group(1).lower()
    return two.get(x, x) != two.get(y, y)


def _other_between(items: list[Mention], run: list[Mention], at: int) -> bool:
    """Whether one of ``items`` that is none of the list ``run`` ends after it, before ``at``."""
    keys = {_key(m) for m in run}
    return any(m.start >= run[-1].end and m.end <= at and _key(m) not in keys for m in items)


# A verb after "that" ("that changes tribal law", "that requires …"): a lowercase word in
# "s" that no adjective is ("famous", "previous", "class")
_THAT_VERB = deferred(r"[a-z]+(?<!ou)(?<!s)s\s")
_LOWER_WORDS = deferred(r"[a-z-]+(?:\s+[a-z-]+)*")
# A verb of saying or finding right before "that" ("concluded that …", "argue that …")
_SAID_THAT = deferred(
    r"\b(?:conclude[sd]?|concluding|sa(?:y|ys|id)|f(?:ind|inds|ound)|h(?:old|olds|eld)|rule[sd]|"
    r"argue[sd]?|believe[sd]?|wr(?:ote|ites)|note[sd]|agree[sd]?|determine[sd]?|"
    r"claim(?:s|ed)?|contend(?:s|ed)?|insist(?:s|ed)?|stat(?:ed|ing)|assert(?:s|ed)?)\s+$"
)


_JUDGE_WORD = deferred(r"\b(?:[Jj]udge|[Jj]ustice)s?\b")
_PRESIDENT_WORD = re.compile(rf"\b(?:{'|'.join(presidents(recent=True))}|[Pp]resident)\b")


def _judges_his(text: str, sent: int, at: int) -> bool:
    """Whether "his" at ``at`` is a judge's: its sentence names a judge after the last
    president before it ("The judge said his order …")."""
    judges = list(_JUDGE_WORD.finditer(text, sent, at))
    if not judges:
        return False
    return _PRESIDENT_WORD.search(text, judges[-1].end(), at) is None


def _his_of_two(doc: Doc, at: int, ruling_starts: list[int]) -> bool:
    """Whether "His order" opening its sentence may be a judge's as well as a president's: the
    sentence before tells a judge's ruling and names a president ("After the judge blocked
    those orders, President Trump signed another. His order …"); nothing says which."""
    sent = doc.sentence_start(at)
    if sent == 0 or doc.text[sent:at].strip():
        return False  # (a sentence that names someone before "his" is ``_judges_his``'s)
    prev, _ = doc.sentence_at(sent - 1)
    i = bisect.bisect_left(ruling_starts, prev)
    if i == len(ruling_starts) or ruling_starts[i] >= sent:
        return False
    return _PRESIDENT_WORD.search(doc.text, prev, sent) is not None


def _repeated(
    added: list[Mention],
    by_end: list[Mention],
    ends: list[int],
    at: int,
    head: str,
    kinds: tuple[str, ...],
) -> Mention | None:
    """The back-reference resolved last before ``at`` when it ends in ``head`` too, lies within
    ``NEAR`` and no explicit mention of ``kinds`` but of its own law ends between it and
    ``at``; else None."""
    last = max((m for m in added if m.end <= at), key=_END, default=None)
    if last is None or at - last.end > NEAR or last.text.split()[-1].lower() != head:
        return None
    i = bisect.bisect_right(ends, last.end)
    j = bisect.bisect_right(ends, at)
    if any(m.kind in kinds and _key(m) != _key(last) for m in by_end[i:j]):
        return None  # (the same law named between, as by an apposition, is no other)
    return last


def _bill_told(text: str, m: Mention, at: int, taken: list[tuple[int, int]]) -> bool:
    return _new_law_between(text, m.end, at, taken, NEW_BILL, m)


def _law_told(text: str, m: Mention, at: int, taken: list[tuple[int, int]]) -> bool:
    return _new_law_between(text, m.end, at, taken, NEW_LAW_NOT_BAN(), m)


def _ban_told(text: str, m: Mention, at: int, taken: list[tuple[int, int]]) -> bool:
    return _new_law_between(text, m.end, at, taken, NEW_LAW, m)


def _order_told(text: str, m: Mention, at: int, taken: list[tuple[int, int]]) -> bool:
    return _order_told_between(text, m.end, at)


# A law cited by its section, not by a name: "8 U.S.C. § 1623", "Section 230", "Title IX".
_SECTION_CITED = deferred(r"§|\bU\.?\s?S\.?\s?C\b|\bC\.?F\.?R\b|^(?:[Ss]ection|[Ss]ec\.|Title)\s")


def _named_law(m: Mention) -> bool:
    """Whether ``m`` is a law told by a name or a description ("the Dale Act", "a Texas law
    that …"), not a section cited by number, which no one calls "the policy"."""
    return m.authority is not None and _SECTION_CITED.search(m.text) is None


def _policy_laws(
    text: str, cands: list[Mention], explicit: list[Mention], at: int
) -> list[Mention]:
    """The laws "the policy" at ``at`` may be: one law by name (``_named_law``) told in the
    phrase's own sentence or the one before, with no rule or order named since (the policy
    may be that); none when two laws are told there."""
    own = sentence_start(text, at)
    lo = sentence_start(text, own - 2) if own > 1 else 0
    out = [m for m in cands if m.kind == "statute" and _named_law(m) and m.end >= lo]
    if len({m.authority for m in out}) != 1:
        return []
    last = max(m.end for m in out)
    if any(m.kind in ("regulation", "executive-action") and last <= m.start < at for m in explicit):
        return []
    return out


def _policy_told(text: str, m: Mention, at: int, taken: list[tuple[int, int]]) -> bool:
    return _new_policy(text, m.end, at)


# The head words a repeated phrase may take its antecedent from the back-reference before it
# ("Warren’s bill … The bill"), each with what tells a new one of its kind between them.
_TOLD_SINCE: dict[str, Callable[[str, Mention, int, list[tuple[int, int]]], bool]] = {
    "bill": _bill_told,
    **dict.fromkeys(("law", "statute", "measure", "legislation"), _law_told),
    "ban": _ban_told,
    "order": _order_told,
    "policy": _policy_told,
}


def resolve_anaphora(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    text, ctx = doc.text, doc
    explicit = [m for m in mentions if not m.anaphor]
    case_spans = sorted((m.start, m.end) for m in mentions if m.kind == "case")
    ruling_ends = sorted(m.end for m in mentions if m.kind == "ruling")
    by_end = sorted(explicit, key=_END)
    starts = [m.start for m in explicit]
    # (the starts when they are in order, as they are after ``select``: what asks for the
    # mentions between two places then bisects them)
    sorted_starts = starts if all(x <= y for x, y in pairwise(starts)) else None
    compatible: dict[tuple[int, str, bool, bool, bool], _Prefix] = {}
    added_freq: dict[str, int] = {}  # back-references resolved so far, by authority
    # every mention's span by its authority, in order (asked per candidate rule below: a
    # scan of all mentions there made long documents quadratic)
    spans_of: dict[str | None, list[tuple[int, int]]] = {}
    for x in sorted(mentions, key=lambda x: x.start):
        spans_of.setdefault(x.authority, []).append((x.start, x.end))
    # the uses of terms the article defines for rules (``defined_terms``): a rule's own
    defined_uses = [
        (m.end, m.authority)
        for m in mentions
        if m.anaphor and m.kind == "regulation" and m.authority and m.matcher == "defined_terms"
    ]
    taken = sorted((m.start, m.end) for m in mentions)
    added: list[Mention] = []
    exec_seen_positions = [m.start for m in explicit if m.kind == "executive-action"]
    # orders found with neither id nor name ("the executive order Trump issued last week"):
    # what refers back past one of them is that order, not one named before it
    unknown_orders = sorted(
        m.start for m in explicit if m.kind == "executive-action" and not m.authority and not m.name
    )
    # rules found with neither id nor name ("the FTC issued its final rule banning …", linked
    # to a search): "the rule" after one of them is that rule, not a rule named before it
    unknown_rules = sorted(
        m.end for m in explicit if m.kind == "regulation" and not m.authority and not m.name
    )
    case_starts: list[int] | None = None  # (made when a case phrase first looks ahead)
    # each antecedent's mentions, for what its sentences say ("the abortion law", "the ban");
    # a bill also under the act it became
    # the context of each antecedent asked about: its first few mentions (back-references
    # too; a bill also under the act it became), found when a phrase first asks
    contexts: dict[str, tuple[str, int]] = {}
    # the mentions by key, the back-references added so far by key, and the bills by the act
    # they became: made on the first question, so that a context costs its own mentions and
    # not a walk over the whole article's (a long document asks thousands of times)
    by_key: dict[str, list[Mention]] = {}
    added_by_key: dict[str, list[Mention]] = {}
    added_upto = 0
    bills_by_act: dict[str, list[Mention]] = {}

    def context(m: Mention) -> str:
        nonlocal added_upto
        k = _key(m)
        if k not in contexts:
            if not by_key:
                for x in mentions:
                    by_key.setdefault(_key(x), []).append(x)
                    if x.kind == "bill" and (act := act_of_bill(x.authority)):
                        bills_by_act.setdefault(act[0], []).append(x)
            for x in added[added_upto:]:
                added_by_key.setdefault(_key(x), []).append(x)
            added_upto = len(added)
            ms = by_key.get(k, [])[:_CONTEXT_MENTIONS]
            ms += added_by_key.get(k, [])
            if k.startswith("publ:"):
                ms += bills_by_act.get(k, [])
            contexts[k] = (_context_of(doc, ms or [m]), len(ms))
        return contexts[k][0]

    # a head word inside a mention already made ("Act" of "the Insurrection Act") cannot end a
    # back-reference: any phrase around it overlaps that mention
    # (``_overlaps`` written out: a call a head word)
    heads: list[tuple[int, int, str]] = []
    n_taken = len(taken)
    for s, e in (*doc.hits("anaphora_head"), *doc.hits("anaphora_head_eo")):
        i = bisect.bisect_left(taken, (s, s))
        if (i < n_taken and taken[i][0] < e) or (i and taken[i - 1][1] > s):
            continue
        heads.append((s, e, text[s:e].lower()))
    heads.sort()
    # each family's windows, from one walk over the head words
    spans: dict[int, list[tuple[int, int]]] = {}
    # a family none of whose kinds the article names has nothing to refer back to
    present = set(map(attrgetter("kind"), explicit))
    if "bill" in present:
        present.add("statute")  # (a bill may be "the law" it became)
    if "regulation" in present and any(is_state_regulation(m.authority) for m in explicit):
        present.add("statute")  # (a state agency's regulation may be "the law": ``_pool``)
    live: dict[int, bool] = {}  # (by family, asked only of the families a head word ends)
    # "the policy" looks back only BARE_REACH for a rule or an order: no window elsewhere
    policy_ends = [m.end for m in by_end if m.kind in ("regulation", "executive-action")]
    # … or for a law by name ("Enacted as the Dale Act, this policy …": ``_policy_laws``)
    law_ends = [m.end for m in by_end if m.kind == "statute" and _named_law(m)]
    # where each head of ``ACTION_HEADS`` last stood in reach: "the program" may go on
    # referring back ("… student debt relief program … the program … the program")
    action_ends: dict[str, int] = {}
    owners: list[tuple[int, str]] = []
    # "the tariffs" looks back only BARE_REACH for an order its own sentence says imposes
    # tariffs (made when the word first occurs)
    tariff_ends: list[int] | None = None
    size = len(text)
    # ("Since the 1940s, the DOL’s regulations …": read only in a text that says "since")
    says_since = "since " in text or "Since " in text
    # where the article's rulings open ("his order" after a sentence naming a judge's ruling
    # and a president is either man's)
    ruling_starts = sorted(m.start for m in explicit if m.kind == "ruling")
    # the list the last plural phrase referred back to, and where that phrase ends
    last_plural: tuple[Mention, int] | None = None
    # where each ruling told afresh (no back-reference) opens, and its court
    fresh_rulings = [
        (m.start, m.court)
        for m in explicit
        if m.kind == "ruling"
        and m.court == "scotus"
        and not m.anaphor
        # (a ruling told by its verb: "the Supreme Court's decision to reject a review of the
        # case" names the decision told before, no second one; census37 P1)
        and "act: " in (m.evidence or "")
    ]
    for s, e, w in heads:
        if (
            w == "policy"
            and not _ends_within(policy_ends, s, BARE_REACH)
            and not _ends_within(law_ends, s, BARE_REACH)
        ):
            continue
        if w in ACTION_HEADS:
            if not (
                _ends_within(policy_ends, s, BARE_REACH)
                or s - action_ends.get(w, -BARE_REACH - 1) <= BARE_REACH
            ):
                continue  # ("the memo", "the freeze": as "the policy"; or after the same
                # word shortly before, which may have referred back: ``_told_again``)
            action_ends[w] = e
        if w == "tariffs":
            if tariff_ends is None:
                tariff_ends = [
                    m.end
                    for m in by_end
                    if m.kind == "executive-action"
                    and _TARIFF.search(text, *doc.sentence_at(m.start))
                ]
            if not _ends_within(tariff_ends, s, BARE_REACH):
                continue
        ownable = False  # (whether a live family of the word takes an owner)
        for fi in _families_of(w):
            if (ok := live.get(fi)) is None:
                ok = live[fi] = not present.isdisjoint(_FAMILY_KINDS[fi])
            if not ok:
                continue
            if _OWNABLE[fi]:
                ownable = True
            a = s - 70 if s > 70 else 0
            # ("the policy unfairly disadvantaged": its look-ahead reads an adverb and a verb;
            # "the case for two hours": a length of time, no argument "for" a thing)
            after = 36 if w in ("policy", "case") else 12
            b = e + after if e + after < size else size
            fam_spans = spans.get(fi)
            if fam_spans is None:
                spans[fi] = [(a, b)]
            elif a <= (prev := fam_spans[-1])[1]:
                if b > prev[1]:
                    fam_spans[-1] = (prev[0], b)
            else:
                fam_spans.append((a, b))
        if (
            ownable
            and w in _OWNED_HEADS
            and (q := max(text.rfind("'", max(0, s - 60), s), text.rfind("’", max(0, s - 60), s)))
            > 0
        ):
            # an owner: the capitalised word the last apostrophe shortly before the head ends,
            # a name the text gave within reach before ("Newsom's bill" after "Gov. Gavin Newsom")
            # (only for a family that is live: an owner serves no other)
            owner = _OWNER_WORD.search(text, max(0, q - 30), q)
            if (
                owner
                and not _DET_BEFORE.search(text, max(0, owner.start() - 6), owner.start())
                and (
                    text.find(owner.group(0), max(0, q - WINDOW), owner.start()) >= 0
                    # a president's ("Obama's signature law": ``_in_term``)
                    or owner.group(0) in _president_numbers()
                )
            ):
                owners.append((owner.start(), w))
    # bills called an Act that are not law ("the Restoring Overtime Pay Act of 2019"), by
    # end: made when a phrase first asks
    act_bills: list[Mention] = []
    act_bill_ends: list[int] = []
    bills_listed = False
    by_end_ends: list[int] | None = None  # (made when a repeated head word first asks)
    first_law = -1  # where the first law, bill, rule or order ends (made when first asked)
    opening_signs = False  # whether the opening tells a signing (made with ``first_law``)
    # where a bill is told by what it does to an act ("a bill that would amend …")
    acting = [
        s
        for s, e, w in heads
        if w in VEHICLE_HEADS
        and (verb := ACTS_ON.match(text, e))
        # what it acts on is a law named right there (not a ruling it would write into law:
        # "a bill to codify Chevron" acts on no act, "Warren's bill, the … Act" is that bill)
        and _law_starts_near(explicit, starts, verb.end(), 5)
    ]
    hits = sorted(
        _family_hits(text, spans, owners).values(),
        key=lambda hf: (hf[0].start(), -hf[0].end()),
    )
    for hit, fam in hits:
        s, e = hit.start(), hit.end()
        if _overlaps(taken, s, e):
            continue
        phrase = hit.group(0)
        if BLOCK_AFTER.match(text[e : e + 30]) or (
            _blocked_before(text[max(0, s - 26) : s]) and not _state_owned(phrase)
        ):
            continue  # ("following Arkansas' law": a state's law, never the law as such)
        if phrase[:5] in ("that ", "That ") and _THAT_VERB.match(phrase, 5):
            continue  # "a provision that changes tribal law": a relative clause, no phrase
        if phrase.endswith((" under law", " by law")):
            continue  # "the agency's power granted under law": the idiom, bare "law" no law
        if (
            phrase[:5] == "that "
            and phrase.count(" ") > 1
            and phrase.rsplit(None, 1)[-1] in ("law", "legislation")
            and _LOWER_WORDS.fullmatch(phrase)
            and _SAID_THAT.search(text, max(0, s - 30), s)
        ):
            continue  # "We conclude that comprehensive legislation …": "that" opens what was
            # said, and the mass noun after it is legislation in general, no law told before
        if (
            phrase[:5] == "that "
            and _SAID_THAT.search(text, max(0, s - 30), s)
            and ((phrase.count(" ") > 1 and _LOWER_WORDS.fullmatch(phrase)) or phrase.endswith("s"))
        ):
            continue  # "The department believes that streamlined regulations … would": the
            # complementizer after a verb of saying, no determiner (nor before a plural)
        if phrase[:4] in ("his ", "His ") and (
            _judges_his(text, doc.sentence_start(s), s) or _his_of_two(doc, s, ruling_starts)
        ):
            continue  # "The judge said his order was clear": the judge's, not the president's
        if fam.not_after and fam.not_after.search(text, max(0, s - 8), s):
            continue
        if _THEIR_OWN.match(phrase):
            continue  # "… triggered a state law. Activists put their own measure on the
            # ballot": theirs, set against the one before, never it
        last_word = phrase.split()[-1]
        head = last_word.lower()
        if (
            head == "law"
            and phrase[:4] in ("the ", "The ")
            and _LAW_AS_SUCH_BEFORE.search(text, max(0, s - 16), s)
        ):
            continue  # "even when judges interpret the law differently": the law as such
        if fam.plural:
            if _COUNT_AMID.match(phrase):
                continue  # "The groups say three executive orders …": no one phrase
            if _RANKED_PLURAL.search(phrase):
                continue  # "to enact some of the most important laws in the state": laws
                # ranked among all, no list told before (twenty-eighth session)
            kinds = PLURAL_KINDS[head]
            first = _list_before(text, s, explicit, starts, kinds)
            how = f"refers back to the list that opens with “{first.text}”" if first else ""
            if first is None and (first := _list_again(last_plural, s, explicit, starts, kinds)):
                how = f"refers back, as the plural phrase before it, to “{first.text}” and the rest"
            if first is not None and _counts_differ(phrase, first.text):
                continue  # "those three orders" after "two executive orders"
            if (
                first is not None
                and head == "bans"
                and (
                    not _bans(text, first, context)
                    or _other_state_since(explicit, starts, first, s)
                )
            ):
                continue  # "the bans": only laws that ban, of one state
            if first is not None:
                added.append(_referring(s, e, phrase, first, how))
                bisect.insort(taken, (s, e))
                last_plural = (first, e)
            continue
        if head in _OTHER_SENSE and _OTHER_SENSE[head].search(
            text, max(0, sentence_start(text, max(0, sentence_start(text, s) - 2))), e + 80
        ):
            continue  # "wore a new suit … The suit was dark blue", "the petition had 200,000
            # signatures": clothes and a ballot petition, not a suit in court
        if head == "provision" and PROVIDING_OF.match(text, e):
            continue
        if head == "regulation" and phrase[:2] not in ("a ", "A ") and PROVIDING_OF.match(text, e):
            continue  # "noting that government regulation of non-competes can continue", "the
            # regulation of greenhouse gases": the act of regulating, not a rule
        if head in ("measure", "policy") and _ENFORCEMENT_HALTED().search(text, max(0, s - 40), s):
            # "… nationwide injunctions issued by federal judges that halted enforcement of
            # the measure": the executive order its paragraph is about, not a statute named
            # in an earlier list
            order = _paragraph_order(text, explicit, s)
            if order is not None:
                added.append(
                    _referring(
                        s,
                        e,
                        phrase,
                        order,
                        f"its enforcement halted: the order its paragraph tells, “{order.text}”",
                    )
                )
                bisect.insort(taken, (s, e))
                continue
        chamber = hit.groupdict().get("chamber")
        if chamber and chamber not in CHAMBER_TYPES:
            # "the senators' bill", "the representatives' measure": their chamber's
            chamber = "Senate" if chamber[0] in "Ss" else "House"
        if chamber and head in ("version", "companion") and _OF_BILL_AFTER.match(text, e):
            continue  # the bill after "of" is the one mention
        block = BLOCK_BAN_ADJ if head == "ban" else BLOCK_ADJ
        new_ban = old_ban = False
        words_before = phrase.rsplit(None, 1)[0]
        if head == "amendment":
            # ("the constitutional amendment": the word that blocks "constitutional law")
            words_before = words_before.replace("constitutional", "")
        if not chamber and block.search(words_before):
            told_age = BLOCK_BAN_ADJ.findall(words_before) if head == "ban" else []
            if told_age not in (["new"], ["old"]):
                continue
            new_ban = told_age == ["new"]  # "the new travel ban": only an order signed lately
            old_ban = told_age == ["old"]  # "the old ban": only a law its sentences tell old
        if (" and " in words_before or "," in words_before) and not _qualities_only(phrase):
            continue  # "the state and federal law", "the tax and spending bill": no one law
            # ("the harsh, outdated ban": two qualities, one law)
        if last_word == "order" and _COURTS_BEFORE.search(text, max(0, s - 12), s):
            continue
        if head in ("law", "laws") and _LAW_BEFORE_IT.search(phrase):
            continue  # "limits that go far beyond prior law": the law before the bill, not it
        if head in _SPENDING_HEADS and not _spending_words(phrase):
            continue  # "the trade deal", "the plea deal": another kind of deal
        year = _YEAR.search(phrase)
        low = phrase.lower()
        staged = phrase
        if head in _RULE_HEADS and _PROPOSED_AFTER.match(text, e):
            # "the regulations proposed last October": the proposal, never the final rule
            staged = f"{phrase} proposed"
            low = staged.lower()
        key = (
            id(fam),
            _POOL_HEAD.get(head, ""),
            "propos" in low,
            "interim" in low,
            _PLAIN_RULE().fullmatch(low) is not None,  # (may be a proposal: ``_stage_ok``)
        )
        if key not in compatible:
            compatible[key] = _Prefix(_pool(fam, head, by_end, staged, text, ctx.date))
        prefix = compatible[key]
        prefix.advance(s, text, None if fam.proximity else ruling_ends)
        cands = prefix.in_reach(s, WINDOW)
        lone = _lone(prefix, fam, ruling_ends, s)
        if prefix.upto > len(cands):
            cands += _topics_out_of_reach(prefix, cands, added_freq, s, text, lone)
        if fam.kinds == ("case",) and head in _CIVIL_HEADS:
            # "The April suit", "their lawsuit": a civil suit, never a prosecution the article
            # told before it ("a grand jury indicted Okafor … Parents sued the board … The
            # suit says")
            cands = [m for m in cands if not is_prosecution(m)]
        if fam.kinds == ("case",) and cands and _HEAR_BEFORE.search(text, max(0, s - 30), s):
            # "agreed to hear the case", "took up the case": a case still before the court,
            # never a precedent it decided years before the article ("… since the Court
            # overturned Roe v. Wade … mistaken to hear the case")
            cands = [m for m in cands if not _decided_before(m, ctx.date)]
        if (
            fam.kinds == ("case",)
            and cands
            and (_PENDING_AFTER.match(text, e) or _BROUGHT_BEFORE.search(text, max(0, s - 20), s))
        ):
            # "The case before Block involves …", "Texas and a think tank brought the case":
            # the suit a judge has before him, never a Supreme Court precedent the article
            # cites as authority ("… in light of Bostock v. Clayton County"); the suit tables
            # (``lawsuits``) may tell which suit it is
            cands = [m for m in cands if not (m.authority or "").startswith("cite:")]
        if head == "order" and any((m.authority or "").startswith("eo:") for m in cands):
            cands = [m for m in cands if not (m.authority or "").startswith("proc:")]
        if head == "provision" and any(m.kind == "constitution" for m in cands):
            # a constitution's section only in the phrase's own sentence, no other section
            # cited between ("Article 1, Section 1’s framers … the provision"; never "Article
            # I, Section 8 … Section 1702 of IEEPA … this provision")
            lo = doc.sentence_at(s)[0]
            cands = [
                m
                for m in cands
                if m.kind != "constitution"
                or (m.start >= lo and not _SECTION_WORD.search(text, m.end, s))
            ]
        if cands and _bullet_line(text, s):
            cands = _own_item_cands(text, s, e, cands)
        if (
            "statute" in fam.kinds
            and cands
            # (unless its own clause names one of the states: "… in Illinois blocked the ban")
            and _two_states_alike(text, phrase, _of_clause_state(text, s, e, cands), context)
        ):
            continue
        if head == "mandate" and EVALUATIVE_MANDATE.fullmatch(phrase):
            # "this burdensome federal mandate": in a quotation only, and only the one rule
            # the article has named (no other rule, order or law of the family before it)
            if not (lone and _quoted_at(text, s)):
                continue
            if any(
                m.kind in ("statute", "bill") and m.start < s and "mandat" in context(m)
                for m in explicit
            ):
                continue  # (the ACA's individual mandate may be the critic's word)
        if head == "ban":
            cands = [m for m in cands if _bans(text, m, context, (s, e))]
            if new_ban:
                cands = [m for m in cands if _lately(m, ctx.date)]
            if old_ban:
                # "… repealed the 1849 law … sought to enforce the old ban": the one ban its
                # own mentions tell as decades old (two such bans: which is unsaid)
                cands = [
                    m
                    for m in cands
                    if _told_old(
                        " ".join(x.text for x in mentions if x.end <= s and _key(x) == _key(m)),
                        ctx.date,
                    )
                ]
                if len({_key(m) for m in cands}) > 1:
                    cands = []
        if head in DUTY_HEADS and "statute" in fam.kinds:
            # "the requirement", "the mandate", "the prohibition": a law whose own sentences
            # say it requires (bans) that, named shortly before; never one another modifier
            # sets apart ("the state's own requirement", "the federal mandate")
            if _DUTY_BLOCK.search(phrase):
                continue
            s0 = sentence_start(text, s)
            cands = [
                m
                for m in cands
                if s - m.end <= FAR
                and _duty_told(text, m, head, context, (s, e))
                # ("SB 99 would bar …, and penalize those who violate that prohibition": the
                # law told in the phrase's own sentence, not referred back to)
                and not any(
                    _key(x) == _key(m)
                    for x in explicit[
                        bisect.bisect_left(starts, s0) : bisect.bisect_left(starts, s)
                    ]
                )
            ]
        if head == "policy":
            # a word for many things: only a rule or an order named shortly before, and no
            # policy introduced since ("… announced a new policy on asylum. The policy …")
            cands = [
                m for m in cands if s - m.end <= BARE_REACH and not _new_policy(text, m.end, s)
            ]
            if "statute" in fam.kinds:
                cands = _policy_laws(text, cands, explicit, s)
        if head == "initiative":
            # "The governor launched an initiative on literacy. The initiative …": another
            # initiative introduced since is meant (a ballot one, "a citizen ballot
            # initiative", is the measure told again)
            cands = [m for m in cands if not _new_initiative(text, m.end, s)]
        if head in ACTION_HEADS:
            cands = [
                m
                for m in cands
                if s - _told_again(m, added, s, head) <= BARE_REACH
                and not _new_policy(text, m.end, s, head)
            ]
        if (
            head in ("rules", "regulations")
            and phrase[:2].lower() == "th"
            and (phrase.lower().startswith(("these ", "those ")))
        ):
            # "these rules" are the rules the text has just spoken of: when the last rules
            # it names before them ("… such as the 2024 emission standards and the revised
            # reporting rules, are not affected. … these rules") are no mention linked, they
            # are those, not a rule named further back
            cands = [m for m in cands if not _unlinked_rules_between(text, explicit, m.end, s)]
            # (census42 P6) "… to invalidate this rule along with five others … these rules":
            # the rule and the others told with it are a set, no one rule
            cands = [m for m in cands if not _WITH_OTHERS().search(text, m.end, s)]
        if head in ("rule", "regulation") and phrase.lower() == f"the {head}":
            # "Vacatur operates on the legal status of a rule, causing the rule to lose …": a
            # rule spoken of in general ("a rule") since the one named is what "the rule" is
            cands = [m for m in cands if not generic_rule_between(text, explicit, m.end, s, head)]
            # "… such as the methane fee rules, it is used against regulations issued late in
            # a term. Once the regulation is disapproved, …": after rules spoken of in general
            # (a bare plural), "the regulation" is any one of them
            cands = [m for m in cands if not bare_rules_between(text, explicit, m.end, s)]
            if tells_what_a_law_lets(text, s):
                # "… enables Congress to … enact a resolution of disapproval that means the
                # rule has no force": the rule of a law's procedure, any rule
                cands = []
        if head == "tariffs":
            # only an order named shortly before that its sentences say imposes tariffs
            cands = [m for m in cands if s - m.end <= BARE_REACH and _TARIFF.search(context(m))]
            # "the steep tariffs on China, Mexico and Canada" after the Liberation Day order:
            # tariffs on a place the order's sentence never names are other tariffs
            if on := _TARIFFS_ON.match(text, e):
                cands = [m for m in cands if on["place"] in context(m)]
            else:
                # "… “Liberation Day” tariffs … ruled against the fentanyl-related tariffs …
                # enforcing the tariffs": other tariffs told since the order are meant too
                # (not "the tariffs on Vietnam", whose place tells the order's)
                cands = [m for m in cands if not _OTHER_TARIFFS().search(text, m.end, s)]
        aside: tuple[tuple[int, int], ...] = ()
        if head in ("rule", "regulation") and len(cands) > 1:
            # "the EPA also issued a second PFAS regulation … That rule was posted …" (one
            # paragraph) "… to justify the regulation": a rule told as one more beside the
            # article's is its antecedent only in its own paragraph
            aside = tuple(
                (m.start, m.end)
                for m in cands
                if "\n" in text[m.end : s] and _ORDINAL_RULE().match(m.text)
            )
            if aside and len(aside) < len(cands):
                cands = [m for m in cands if (m.start, m.end) not in aside]
            else:
                aside = ()
        if head in ("rule", "regulation") and phrase.lower().startswith(("the ", "that ", "this ")):
            # "EPA plans to issue a proposed rule this fall and finalize the rule in 2026": a
            # rule introduced without a name after the one named is the one meant
            cands = [
                m
                for m in cands
                if not _new_rule(
                    text,
                    m.end,
                    s,
                    aside
                    + tuple(
                        (x0, x1) for x0, x1 in spans_of.get(m.authority, ()) if m.end <= x0 < s
                    ),
                )
            ]
        if fam.kinds == ("case",) and head in ("case", "lawsuit", "suit"):
            # "… the other case against the EPA is PacifiCorp … a case that has been granted
            # certiorari. … The case centers around …": a case the article introduces without
            # its name since the antecedent is the one meant
            cands = [m for m in cands if not _new_case(text, m.end, s)]
            # "Trump v. CASA … The Supreme Court ruled that … [paragraphs] … The Supreme Court
            # ruled that religious families … The case centered on …": a second decision of
            # one court told afresh since the case was named is another case's, unnamed
            cands = [m for m in cands if not _second_decision(text, fresh_rulings, m.end, s)]
            cands = _main_cases(text, cands, s, e)
            cands = _party_told(text, cands, e)
        if (
            says_since
            and "regulation" in fam.kinds
            and (since := _SINCE.search(text, sentence_start(text, s), s))
        ):
            # "Since the 1940s, the DOL’s regulations have required …": what stood before a
            # rule printed decades later is not that rule
            was = int(since.group("year"))
            cands = [
                m
                for m in cands
                if m.kind != "regulation" or _rule_years().get(m.name or "", was) <= was
            ]
        if head == "order" and "regulation" in fam.kinds:
            # "In an Order released on August 1, the Court agreed … The Order": a court's
            # Order told between the agency's and the phrase is the one meant
            cands = [m for m in cands if not _OTHER_ORDER.search(text, m.end, s)]
            # a president's order is "The Order" only where his is the Order the text has
            # called so, and the text before speaks of no court ("A judge granted the motion
            # to block Executive Order 14xxx … The Order": the court's, maybe)
            # (twenty-eighth session, census43) … or where no court's decision was called an
            # order before it, and one order of a president is all the text called an order:
            # "A judge struck down an executive order targeting Acme LLP … “The Order is
            # intended to punish the firm!” the judge wrote" — a ruling, an injunction, an
            # opinion are no Order
            sole_eo = (
                len({m.authority for m in cands if m.kind == "executive-action"}) == 1
                and not any(m.kind == "regulation" for m in cands)
                and not _COURT_CALLED_ORDER.search(text, 0, s)
            )
            cands = [
                m
                for m in cands
                if m.kind != "executive-action"
                or (_AGENCY_ORDER.search(m.text) and not _COURT_SINCE.search(text, 0, s))
                or (sole_eo and _ORDER_WORD.search(m.text) is not None)
            ]
        if head == "order" and low.startswith(("that ", "this ")):
            # "… a federal judge issued a restraining order … That order was limited to one
            # inmate": a court's order told since the antecedent is the one "that order" means
            cands = [m for m in cands if not _COURTS_ORDER.search(text, m.end, s)]
        if head == "rules" and low == "the rules":
            # a word for many things: only a rule named shortly before, or called shortly
            # before by a term the article defines for it ("… (“Safeguarding Order”) … the
            # Safeguarding Order was to take effect … before the rules took effect"); an
            # agency's order (``_kind_ok``) only so
            cands = [
                m
                for m in cands
                if (s - m.end <= BARE_REACH and not _ORDER_WORD.search(m.text))
                or any(a == m.authority and 0 <= s - b <= BARE_REACH for b, a in defined_uses)
            ]
        if head == "proposal":
            # a word for many things: only an antecedent in the phrase's own paragraph, or in
            # the one before when the phrase opens its paragraph ("… filed proposed
            # regulations that would revive Schedule F.\nThe proposal, which …")
            # (a blank line between paragraphs is one break: "… didn’t make it to his
            # desk.\n\nThe proposal had faced uncertainty in the Senate")
            opens = text[max(0, s - 1) : s] == "\n"
            near = [m for m in cands if _breaks(text, m.end, s) <= (1 if opens else 0)]
            if not near and "bill" not in present and _PROPOSAL_WORD.findall(text)[2:]:
                # an analysis of one agency proposal: "the proposal", said again and again,
                # paragraphs on is still it, when the article names no bill and that proposed
                # rule is the one proposal it names ("The proposed repeal of … standards
                # finds … \n … the proposal also includes …"); said once or twice, a word for
                # many things
                proposals = {m.authority for m in cands if m.kind == "regulation"}
                if len(proposals) == 1 and None not in proposals:
                    near = [m for m in cands if m.kind == "regulation"][-1:]
            cands = near
        # (most phrases are a determiner and a head: nothing between them)
        two = phrase.count(" ") == 1 and phrase[: phrase.find(" ")].lower() in DETERMINERS
        mods = [] if two else _modifiers(phrase)
        if fam.kinds == ("case",):
            # "the Texas lawsuit": a case whose own words name Texas (a state may sue); "this
            # Supreme Court case" asks nothing of it
            mods = [w for w in mods if _constraint(w) == "name" and w not in _COURT_WORDS]
        if not chamber and fam.kinds != EXEC_KINDS and any(map(_constraint, mods)):
            # "the Texas law", "the abortion law", "the federal statute": an antecedent whose
            # own words say so
            cands = _agreeing(mods, cands, context)
            if "regulation" in fam.kinds and cands:
                cands = _rules_its_words_fit(mods, cands)
        if head == "action" and "regulation" in fam.kinds:
            # "The Trump EPA's action", "the administration's action": the one rule the
            # article names before it (of that agency or era: the modifiers above) that no
            # other rule it names undoes (the rescission, not the finding it rescinds)
            cands = _acting_rule(cands, explicit, s, mods, context, phrase, text)
        if ("“" in phrase or '"' in phrase) and (nick := _QUOTED.search(phrase)):
            # "the so-called “right to die” bill" after Assembly Bill 159 is another bill: a
            # nickname only for an antecedent the text calls so (ahead, see ``_named_ahead``)
            said = nick.group(0)[1:-1].strip().lower()
            own = text[max(sentence_start(text, s), s - 40) : e]  # (the phrase is no evidence)
            cands = [m for m in cands if said in context(m).replace(own, "").lower()]
        if chamber:
            cands = [m for m in cands if _of_chamber(m, chamber)]
        if head in BILL_HEADS and "new" in mods and _WILL_AFTER.match(text, e):
            # "the new measure would repeal Amendment 3": a measure still to pass, never a
            # state's code section named before (a state's law by its bill may be it)
            cands = [
                m
                for m in cands
                if not (m.authority or "").startswith("state:") or ":bill:" in (m.authority or "")
            ]
        if head in BILL_HEADS and any(m.kind == "bill" for m in cands):
            # "the measure", "the legislation" of an article about a bill are the bill, not
            # the law it would amend ("the Laken Riley Act, which would amend the INA …")
            cands = [m for m in cands if m.kind == "bill"]
        if head == "measure" and _LAWMAKING.search(text, sentence_start(text, s), e + 160):
            # "enough to pass the measure", "a sponsor of the measure", "the measure leverages
            # the Congressional Review Act to nullify the EPA regulation": a measure lawmakers
            # pass, vote on or sponsor is a bill or resolution, never the rule it would undo
            cands = [m for m in cands if m.kind != "regulation"]
        if len(cands) > 1 and any(m.kind == "bill" for m in cands):
            # "This bill had a companion in the Senate (S.J.Res.12) … This resolution passed
            # the House": a companion named in passing is not the bill the story follows
            followed = [
                m
                for m in cands
                if not _COMPANION_BEFORE.search(text, max(0, m.start - 40), m.start)
            ]
            cands = followed or cands
        if (
            len(cands) > 1
            and "statute" in fam.kinds
            and (head in _AMENDING_HEADS or any(w.lower() in ("new", "newly") for w in mods))
        ):
            # "House Bill 55, which lawmakers passed to amend the Consumer Fraud Act … the
            # contested measure", "the new law": the bill, never the act it amends
            cands = _not_amended(text, cands)
        if len(cands) > 1 and "statute" in fam.kinds:
            cands = _of_clause_state(text, s, e, cands)
        if len(cands) > 1 and "statute" in fam.kinds:
            before = text[max(0, s - 30) : s]
            if ("sign" in before or "veto" in before) and SIGN_BEFORE.search(before):
                # "Biden said in signing the law: …" after "The law overturns the 1996
                # Defense of Marriage Act": the law whose signing the article tells
                told = [m for m in cands if _tells_signing(context(m))]
                cands = told or cands
            if any(w.lower() in ("new", "newly") for w in mods):
                cands = _newest(cands)  # "The new legislation" is not the 2001 law it replaced
        if (
            len(cands) > 1
            and "regulation" in fam.kinds
            and any(w.lower() in ("new", "newly") for w in mods)
        ):
            cands = _newest(cands)  # "the new rule" is not the 2021 rule the 2024 one rescinds
            cands = _newest_printed(cands)
        if (
            len(cands) > 1
            and "regulation" in fam.kinds
            and (effect := _TAKES_EFFECT.match(text, e)) is not None
        ):
            # "The final rule becomes effective on July 1, 2024" after a 2024 rule rescinding
            # a 2018 one: the rule printed in that year or the one before, when one is
            took = int(effect.group(1))
            near = [
                m
                for m in cands
                if m.kind == "regulation"
                and (y := _rule_years().get(m.name or "")) is not None
                and took - 1 <= y <= took
            ]
            cands = near or cands
        if fam.kinds == EXEC_KINDS and (when := _told_when(mods)) is not None:
            cands = _by_signing(cands, oldest=when == "old")
        if fam.kinds == EXEC_KINDS and (month := _MONTH_DAY.search(phrase)) is not None:
            # "the January order", "Trump's Jan. 20 order": an order signed then
            cands = [m for m in cands if _signed_as_told(m.authority, month)]
        if fam.kinds == EXEC_KINDS and (pres := _president_mod().search(phrase)) is not None:
            # "the Carter EO", "the Obama order": only an order that president signed
            cands = [m for m in cands if _signed_by(m.authority, pres.group(1))]
        if "-century" in phrase and (century := _CENTURY.search(phrase)) is not None:
            # "the 18th-century law": only a law enacted then (its year known)
            cands = [m for m in cands if _of_century(m, int(century.group(1)))]
        if (decade := _DECADE.search(phrase)) is not None:
            # "the 1970s-era law": only a law enacted in that decade (its year known)
            cands = [m for m in cands if _of_decade(m, int(decade.group(1)))]
        if head in _WHOLE_HEADS and len(cands) > 1:
            # "the Alien Enemies Act … its key provision, 50 U.S.C. 21, … The law": a section
            # of a law named is that law told again, not a second antecedent
            cands = _wholes(cands)
        appos = _appositive(text, e, explicit, starts, fam)
        if appos is not None and _HEAD_OF_BEFORE.search(text, max(0, s - 30), s):
            # "an earlier predecessor of the current bill, the FAIR Act, …": the name after
            # is the predecessor's, the noun phrase's head, not the bill it is told beside
            appos = None
        if (
            appos is not None
            and APPOSITION.match(text, e) is None
            and _KNOWN_AS_NAME.match(text, e) is not None
        ):
            # "the controversial state law known as AB1955": one noun phrase whose name is
            # the mention (its description no second one)
            continue
        if appos is not None:
            cands = [appos]  # "the statute, 8 U.S.C. 1182(a)(4), …": it names itself
        if year:
            y = int(year.group(1))
            dated = [
                m
                for m in cands
                if m.name and y in (_act_years().get(m.name), _rule_years().get(m.name))
            ]
            if not dated and any(_version_of_year(m, y) for m in cands):
                # "The 2021 rule" after the 2024 independent contractor rule: the 2021
                # version of that rule, a mention of its own (``ruleversions``), not the
                # 2024 rule because its sentences say 2021
                continue
            # "the 2019 rule": else one whose name or sentences give the year
            # (not the phrase itself, which a back-reference's sentence may hold)
            dated = dated or [
                m
                for m in cands
                if str(y) in context(m).replace(phrase, "") and not _printed_apart(m, y)
            ]
            if not dated:
                # "the 2022 act" after the Violence Against Women Act: its 2022
                # reauthorization
                dated = [
                    m.with_(authority=r)
                    for m in cands
                    if not m.authority and (r := _reauthorization_in(m.name, y)) is not None
                ]
            # "Section 922(g)(8) of Title 18 … This 1994 law bans …": a section whose year
            # linker does not know, named just before, is what the dated phrase describes
            last = max(cands, key=lambda m: m.end, default=None)
            undated = (
                last is not None
                and not (last.name and last.name in _act_years())
                and (last.authority or "").startswith("usc:")
                and 0 <= s - last.end <= CLOSE
            )
            cands = dated or ([last] if undated and last is not None else [])
        if (
            fam.kinds == ("executive-action",)
            and "order" in phrase.lower()
            and not any(p < s for p in exec_seen_positions)
        ):
            # (but "Trump's executive order" before the one order the article identifies
            # later: that order, told ahead of its name)
            if (ahead_order := _order_ahead(text, phrase, s, e, explicit)) is not None:
                added.append(
                    _referring(
                        s, e, phrase, ahead_order, f"refers ahead to “{ahead_order.text}”", 0.6
                    )
                )
                bisect.insort(taken, (s, e))
            continue
        if fam.kinds == EXEC_KINDS and low == "the order" and COURT_ORDER_AFTER().match(text, e):
            # "… to stay her injunction until the order is reviewed on appeal", "the order will
            # block implementation": a court's order, of the one court whose ruling the
            # article tells before it (two courts: which is unsaid, none)
            court = _one_courts_ruling(explicit, s) or _courts_ruling_just_told(doc, mentions, s)
            if court is not None:
                added.append(_referring(s, e, phrase, court, f"the order of “{court.text}”"))
                bisect.insort(taken, (s, e))
            continue
        # "the groups argued the order violated the 15th Amendment": the president's order,
        # whatever court's order was told since
        eo_said = (
            fam.kinds == EXEC_KINDS
            and low == "the order"
            and EO_ORDER_AFTER().match(text, e) is not None
        )
        if not cands and two and (told_since := _TOLD_SINCE.get(head)) is not None:
            # "Warren’s bill, the Stop Corporate Capture Act, … The bill was introduced …": the
            # head word repeated takes what the back-reference before it took, when nothing
            # of its kinds is named or told between (a law found only so, by its apposition or
            # a name after it, is in no pool of the plain phrase)
            if by_end_ends is None:
                by_end_ends = [m.end for m in by_end]
            again = _repeated(added, by_end, by_end_ends, s, head, fam.kinds)
            if (
                again is not None
                and again.kind == "executive-action"
                and _courts_order_meant(doc, explicit, low, again.end, s, sorted_starts)
            ):
                continue  # (as below: the court's order told since the president's)
            if again is not None and not told_since(text, again, s, taken):
                added.append(
                    _referring(
                        s,
                        e,
                        phrase,
                        again,
                        f"repeats “{again.text}”",
                        kind=again.kind,
                        authority=again.authority,
                    )
                )
                bisect.insort(taken, (s, e))
                continue
        if not cands:
            if first_law < 0:
                # (``by_end`` is in order of ends: the first of those kinds)
                first_law = next((m.end for m in by_end if m.kind in _LAWLIKE), len(text) + 1)
                opening_signs = _tells_signing(text, 0, LEAD)
            ahead = _named_ahead(
                prefix, s, e, head, mods, fam, by_end, text, first_law, opening_signs
            )
            if ahead is None and fam.kinds == ("case",) and head in CASE_AHEAD_HEADS:
                if case_starts is None:
                    case_starts = [m.start for m in explicit if m.kind == "case"]
                ahead = _caption_ahead(text, s, e, phrase, explicit, starts, case_starts)
            if ahead is not None and _federal_for_state_bill(ahead, head, text, s):
                ahead = None
            if ahead is not None and _nickname_in_roundup(ahead, phrase, text, s):
                ahead = None
            if ahead is not None and _another_states_story(text, s, ahead):
                ahead = None
            if ahead is not None and _set_against(text, e, ahead):
                ahead = None
            if ahead is not None and called_superseded(ahead, phrase):
                ahead = None
            if ahead is not None and _ORDINAL_PHRASE.search(phrase):
                ahead = None  # "the third lawsuit": one of several counted, not the one named
            if ahead is not None:
                added.append(_referring(s, e, phrase, ahead, f"refers ahead to “{ahead.text}”"))
                bisect.insort(taken, (s, e))
            continue
        if (
            head == "bill"
            and len({_key(m) for m in cands}) > 1
            # (a state's bill and the law it revises are ``_bill_revising``'s to tell apart)
            and not any(_is_state(m) for m in cands)
        ):
            # "Congress voted to pass the One Big Beautiful Bill Act … ACA marketplace funding
            # … the bill's provisions": the act the article tells as passed or signed, not an
            # act it only names (its bill years before)
            told = [m for m in cands if m.kind == "bill" or _signing_told(text, m)]
            if told and len({_key(m) for m in told}) == 1:
                cands = told
        decided = prefix.decided
        nearest: Mention | None
        if len(decided) == 1:
            # "The justices ruled 6-3 in Loper Bright … The case": the case the ruling decided,
            # however often a precedent it overruled is named, and however far back
            (nearest,) = decided.values()
        else:
            elsewhere = dict(added_freq)
            for m in cands:
                if m.end <= s and id(m) in prefix.ids:
                    k = _key(m)
                    elsewhere[k] = elsewhere.get(k, 0) - 1
            for k, n in prefix.freq.items():
                elsewhere[k] = elsewhere.get(k, 0) + n
            that_from = None
            if phrase[:5].lower() == "that ":
                # "NCLB emphasized testing. Under that law, …": "that" points to what the
                # previous sentence (or its own) named
                that_from = sentence_start(text, max(0, sentence_start(text, s) - 2))
            nearest = _choose(
                cands,
                s,
                fam.nearest,
                fam.proximity,
                text,
                elsewhere,
                demonstrative=phrase[:5].lower() == "this ",
                that_from=that_from,
                lone=lone,
            )
            if that_from is not None:
                # "… overrode parts of the April 2024 final rule,” OPM wrote. “That rule used
                # …": the rule the sentence before referred back to, when no other is named
                # there
                told = [r for r in added if that_from <= r.start and r.end <= s and r.authority]
                named = [m for m in cands if that_from <= m.start < s]
                if told and not named:
                    last = max(told, key=_END)
                    same = [m for m in cands if m.authority == last.authority]
                    if same and last.kind in fam.kinds:
                        nearest = max(same, key=_END)
        if (
            head in _RULE_HEADS
            and "regulation" in fam.kinds
            and (nearest is None or nearest.kind == "regulation")
        ):
            # "… the overtime rule and the noncompete rule … The rule's salary threshold …":
            # the rule whose own words its sentence holds, when that is one of the candidates
            # and the one chosen is not told so
            by_topic = _rule_of_sentence_topic(text, s, e, cands, nearest)
            nearest = by_topic or nearest
            if (
                by_topic is None
                and nearest is not None
                and unknown_rules
                and (i := bisect.bisect_right(unknown_rules, nearest.end)) < len(unknown_rules)
                and unknown_rules[i] <= s
            ):
                continue  # "EEOC announced its final rule … the FTC issued its final rule
                # banning non-competes (no row) … the rule takes effect in September"
        topical = _order_of_sentence_topic(text, s, ctx) if fam.kinds == EXEC_KINDS else None
        if (
            topical is not None
            and topical.authority
            and kin_named_before(
                [m for m in mentions if m.kind == "executive-action" and m.end <= s],
                orders_by_id(),
                topical.authority,
            )
            is not None
        ):
            # "DOGE … implementing the executive order" after the DOGE workforce order is
            # named: the topic is that order's family, and the order is the one named
            topical = None
        if topical is not None and (nearest is None or nearest.authority != topical.authority):
            # "challenged the 'Liberation Day' tariffs, arguing the order exceeded IEEPA": the
            # order whose topic its own sentence names, not the order named last
            nearest = topical
        if nearest is not None and fam.kinds == EXEC_KINDS:
            nearest = _numbered_after_original(nearest, e, explicit) or nearest
            if nearest is not topical and _order_told_between(text, nearest.end, s):
                continue  # "… signed an executive order prohibiting texting … Obama's order"
            if (
                nearest is not topical
                and unknown_orders
                and (i := bisect.bisect_right(unknown_orders, nearest.end)) < len(unknown_orders)
                and unknown_orders[i] < s
            ):
                continue  # "upholding his travel ban … the executive order Trump issued last
                # week … The executive order said families would be detained together"
        if (
            nearest is not None
            and nearest is not topical
            and fam.kinds == EXEC_KINDS
            and not eo_said
            and _courts_order_meant(
                doc,
                explicit,
                low,
                _told_last(nearest, added, s)
                if _JUDGE_SAID.search(text, max(0, s - 60), s)
                else nearest.end,
                s,
                sorted_starts,
            )
        ):
            # "Judge X issued a temporary restraining order … The order bars the agency …":
            # the court's order told since the president's, unless its sentence speaks of
            # the president's (who signed it); then the court's ruling told last, else none
            court = _court_ruling_between(explicit, nearest.end, s, sorted_starts)
            if court is not None:
                added.append(_referring(s, e, phrase, court, f"the order of “{court.text}”"))
                bisect.insort(taken, (s, e))
            continue
        if nearest is None:
            continue  # ambiguous: two candidates in reach
        if head == "bill" and (billed := _bill_revising(text, nearest, cands)) is not None:
            nearest = billed  # "Senate Bill 2150, …, which would revise … the state's 2007
            # abortion trigger ban … The Senate passed the bill": the bill, not the law it revises
        if called_superseded(nearest, phrase):
            continue  # "the state's previous abortion ban … In 2023, … revised the state's
            # abortion laws. That law …": not the law the text calls previous
        if _federal_for_state_bill(nearest, head, text, s):
            continue  # "state Sen. Ed Setzler, who sponsored the bill": a state's bill, not
            # the federal act of the same name (Georgia's RFRA is no 42 U.S.C. 2000bb)
        if (
            nearest.authority
            and nearest.authority.startswith("state:")
            and _other_state_named(text, s, phrase, nearest.authority)
        ):
            continue  # "the Ohio Supreme Court dismissed a challenge to the state's heartbeat
            # law" is Ohio's, not the Wisconsin statute named paragraphs before
        if (
            nearest.authority
            and nearest.authority.startswith("state:")
            and _another_states_paragraph(text, nearest.end, s, nearest.authority)
        ):
            continue  # a roundup: "… Utah's abortion trigger law. ¶ Indiana Supreme Court keeps
            # state abortion ban on hold ¶ … Owen County Judge Kelsey Hanlon blocked the law"
        if nearest.confidence < 0.5 and not is_town_of_case(nearest):
            continue  # another country's law, kept only so that it is nobody else's "the Act"
            # (the town a case is named for is that case's: "in Grants Pass … the case")
        if "statute" in fam.kinds and _new_law_between(
            text, nearest.end, s, taken, NEW_LAW if head == "ban" else NEW_LAW_NOT_BAN(), nearest
        ):
            continue  # "sued California over its new law …, arguing that the statute …"
        if nearest.authority in PROCEDURE_ACTS and head in VEHICLE_HEADS:
            continue  # "resolutions … under the Congressional Review Act (“CRA”) … pass the
            # measure through both chambers": the resolutions, not the procedure's act
        if nearest.kind == "statute" and VEHICLE_BEFORE.search(
            text, max(0, nearest.start - 60), nearest.start
        ):
            continue  # "a resolution under the Congressional Review Act … vetoed the measure"
        if (
            nearest.kind == "statute"
            and (head in BILL_HEADS or head in ("bill", "proposal"))
            and _acted_on(acting, nearest, s)
        ):
            continue  # "A bill that reauthorizes Section 702 of FISA … The measure": the bill
        if phrase.endswith("bill") and _new_law_between(
            text, _past_apposition(text, nearest.end), s, taken, NEW_BILL, nearest
        ):
            continue  # "Republicans filed a bill to repeal the act …; the bill …"
        if (
            head in VEHICLE_HEADS
            and nearest.kind in ("bill", "statute")
            and _bill_told_between(text, _past_apposition(text, nearest.end) + 3, s)
        ):
            # "The House also passed SB3, a bill that seeks to end affirmative action. The
            # proposed legislation states …": a bill told since (its number not found), not
            # the act named paragraphs before; (not ", a bill" right after the antecedent)
            continue
        if (
            fam.kinds == ("case",)
            and (nearest.authority or "").startswith("cite:")
            and _first_suit(text, case_spans, s)
        ):
            continue  # "Palin's defamation lawsuit … the case": hers, not the precedent cited
        if fam.kinds == ("case",) and not _filer_is_party(text, e, nearest):
            continue  # "a lawsuit filed by the NRSC" is not the case named before it
        if fam.kinds == ("case",) and _suit_of_a_similar_law(text, s):
            continue  # "Ohio passed a similar law, and it was challenged in a lawsuit"
        if fam.kinds == ("case",) and _caption_between(text, nearest.end, s, case_spans):
            continue  # "Thuraissigiam v. DHS … Does, 1-104 v. Wasden … The lawsuit seeks":
            # the case whose caption linker could not read, not the one before it
        if head in ("law", "statute") and nearest.kind == "statute" and "bill" in present:
            if not bills_listed:
                act_bills = [
                    m
                    for m in by_end
                    if m.kind == "bill"
                    and (m.authority or m.name)
                    and act_of_bill(m.authority) is None
                    and _ACTS_WORD.search(m.name or m.text)
                ]
                act_bill_ends = [m.end for m in act_bills]
                bills_listed = True
            proposed = _bill_called_act_between(act_bills, act_bill_ends, nearest.end, s)
            if proposed is not None:
                # "… the Fair Labor Standards Act. The Restoring Overtime Pay Act … This law
                # would fix …": a bill called an Act, nearer, is the law the text means when it
                # says what the law would do; else the two are equally good
                if not WOULD_AFTER.match(text, e):
                    continue
                nearest = proposed
        kind, authority = nearest.kind, nearest.authority
        if (
            (head in BILL_HEADS or head in ("bill", "proposal"))
            and kind == "statute"
            and not authority
            and not year  # ("the original sponsor of the 1994 bill": the act itself)
            and (reauth := _reauthorized_then(nearest.name, ctx.date))
            and _tells_signing(context(nearest))
        ):
            # the story of an act's reauthorization signed days before: "the bill", "the
            # legislation" are the reauthorizing law (its bill for "the bill")
            if head in ("bill", "proposal"):
                kind, authority = "bill", reauth[1]
            else:
                authority = reauth[0]
        if (
            (head in ("bill", "proposal") or chamber)
            and kind == "statute"
            and not (_is_state_bill(nearest))
            and (known := bill_of_act(authority)) is not None
        ):
            # (an act whose bill the article never numbers stays the act: see ``_kind_ok``)
            bill, enacted = known
            if _months_after(ctx.date, enacted) > 2:
                continue  # long after the signing, "the bill" is more likely a new one's
            kind, authority = "bill", bill
        if authority and authority.startswith("state:") and numbered_for_another(phrase, authority):
            continue  # "the 15-week ban" after Florida's six-week act: another of its laws
        if (
            text[e : e + 2] == " ("
            and _OWN_CITATION.match(text, e + 2)
            and not any(m.start == e + 2 and m.authority == authority for m in mentions)
        ):
            # "the current continuing resolution (P.L. 113-46)": another law, cited (not "the
            # Senate version (S.1418)" of the bill itself)
            continue
        if (
            authority
            and authority.startswith(_FEDERAL_IDS)
            and any(c.isupper() for c in phrase[1:])
            and _states_in(tuple(phrase.split()))
        ):
            continue  # "the Idaho statute" after 42 U.S.C. § 1395dd, which preempts it
        if authority and authority.startswith("state:") and dated_before(phrase, authority):
            # "the territorial-era ban" after Arizona's 2022 act: an older law
            continue
        added.append(
            _referring(
                s,
                e,
                phrase,
                nearest,
                f"refers back to “{nearest.text}”",
                confidence=0.75,
                kind=kind,
                authority=authority,
            )
        )
        k = _key(added[-1])
        added_freq[k] = added_freq.get(k, 0) + 1
        if contexts.get(k, ("", _CONTEXT_MENTIONS))[1] < _CONTEXT_MENTIONS:
            # (a context of few mentions takes the new one: a bounded number of times a key)
            del contexts[k]
        bisect.insort(taken, (s, e))
    return sorted([*mentions, *added], key=by_span)


# A citation in parentheses right after the phrase names the law it means ("the current
# continuing resolution (P.L. 113-46)"): no back-reference to the story's law.
_OWN_CITATION = deferred(
    r"(?:P\.\s?L\.|Pub\.\s?L\.|Public\s+Law|H\.\s?R\.|S\.\s?\d|[HS]\.\s?J\.\s?Res|[HS]\.\s?Res)"
)


PASS = Pass(
    name="anaphora",
    emits=("statute", "case", "ruling", "executive-action", "bill", "regulation"),
    anchors=(HEAD_ANCHOR, HEAD_EO),
    run=resolve_anaphora,
    needs_anaphora=True,
)
