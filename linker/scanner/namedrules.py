"""Rules named from ``linker/data/rules.csv`` (a part of the ``regulations`` pass).

An alias that is itself a name ("the Clean Power Plan", "the Navigable Waters Protection
Rule") or a key followed by a rule word ("the Title IX rule", "final Title IX rule", "Title IX
regulations", "the public charge rule"), or a rule described by its key ("a Trump-era ban on
bump stocks"). When several rules share a key, the mention's year ("the 2020 Title IX rule"),
the president or administration named before it, the article's date, and the version already
identified elsewhere in the article choose one; failing that the mention links the C.F.R. part
the versions share. "The rule of law", "as a rule", "the filibuster rule" are not rule names
and never match. The agency named with a rule keeps only its rows (``ruleagencies``); the FCC's
rules are "orders". A rule printed in the Federal Register more than 90 days after the
article's date (signing comes weeks before printing) is never linked.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from ..datafiles import read_rows
from ..lexicon import presidents
from ..links import federal_register_search
from ..models import Mention
from . import softdate
from .context import ScanContext
from .lazyre import deferred, lazy
from .orderdata import Rule, rules
from .phrases import PhraseMatcher, bank_table, hyphen_variants
from .ruleagencies import AGENCIES, _agency_of, _agency_words, _issued_by, agency_word
from .state_laws import state_names

RULE_WORDS = (
    r"(?:(?:interim\s+)?final\s+)?(?:rules?|regulations?|regs|bans?|mandates?"
    r"|(?:emergency\s+temporary\s+)?standards?)"
)
HEADS = {
    "rule", "rules", "regulation", "regulations", "plan", "order", "ban", "standard",
    "standards", "finding", "findings", "moratorium", "mandate",
    "pause",  # an order that halts a thing is a pause too: "the CDC's eviction pause"
    "naaqs",  # (National Ambient Air Quality Standards: "the PM NAAQS" is a name in itself)
    "stay",  # an agency's own stay of a rule named by its statute section: "the Section 705 Stay"
}  # fmt: skip


@cache
def nicknames() -> frozenset[str]:
    """Aliases that are a rule's nickname in news rather than a key before a rule word
    (``data/rule_nicknames.csv``, each with its source): said alone they name the rule ("the
    'wealth test' for green cards" is the 2019 public charge rule)."""
    return frozenset(r["nickname"].lower() for r in read_rows("rule_nicknames.csv"))


# A nickname links only with another alias or a topic of its row this near ("for people
# seeking green cards"): "a wealth test for club members" is no rule.
NICKNAME_REACH = 200
# A title-case name with one of these inside names a rule in itself ("Lead and Copper Rule
# Revisions"); the small words a title keeps in lower case.
_RULE_NAME_WORDS = frozenset(
    {"Rule", "Rules", "Regulation", "Regulations", "Standard", "Standards"}
)
_SMALL_WORDS = frozenset({"and", "of", "for", "on", "or", "to", "the", "in"})
# A version after a rule's name makes it another, later rule ("Clean Power Plan 2.0", "the
# Waters Rule II"): the name's own row is the original (census32 P4)
VERSIONS = frozenset({"2.0", "3.0", "II", "III"})
VERSION_AFTER = deferred(r"\s+(?:2\.0|3\.0|II|III|redux)(?![\w.])")
# A Federal Register title is a name in itself when it has this many words ("Restoring
# Internet Freedom", "Inadmissibility on Public Charge Grounds"), not "Bump-Stock-Type Devices".
TITLE_WORDS = 3
# The month of a date before a name: "HHS's May 6, 2024, Section 1557 final rule".
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
PREFIX = lazy(
    r"(?:\b(?P<year>(?:19|20)\d\d)\s+|\b(?P<mod>final|new|proposed|revised|updated)\s+"
    rf"|\b{MONTH}\.?\s+\d{{1,2}},\s+(?:19|20)\d\d,?\s+)+$",
    re.IGNORECASE,
)
# An indefinite article right before a rule's lowercase name ("An asylum ban is illegal"): a
# kind of measure, not the one rule the name is an alias of
# (only with a claim about any such measure after it: a verb "to be" or a modal, not "the
# agency issued a beryllium rule in 2017", which is the one rule)
INDEFINITE_BEFORE = deferred(r"(?:^|[^\w])[Aa]n?\s$")
GENERIC_CLAIM_AFTER = deferred(
    r"\s+(?:(?:is|was|would|could|will|can|may|might|should|must)\b|remains\b)"
)
# A year before the capitalised words of a name ends in: "the FCC's 2024 Securing and
# Safeguarding the Open Internet Order" is the 2024 order whatever words it misquotes.
YEAR_BEFORE_NAME = deferred(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?!The\s)(?:[A-Z][\w-]*\s+)(?:(?:[A-Z][\w-]*|and|of|the|on|for|to)\s+){0,7}$"
)
# "the proposed investment advice fiduciary rule": "proposed" opening the noun phrase, a few
# lower-case words of its own before the name (no preposition or article: "proposed changes
# to the fiduciary rule" is not a proposal's name).
PROPOSED_BEFORE = deferred(
    r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|DOL['’]s|[A-Z]{2,5}['’]s)\s+proposed\s+"
    r"(?:(?!(?:to|the|a|an|of|in|on|for|and|by|that|which|with|from|as|at)\s)[a-z][\w-]*\s+){1,3}$"
)
# A proposal's title quoted after what it is: "FDA issued its May 2022 Notice of Proposed
# Rulemaking, “Tobacco Product Standard for Menthol in Cigarettes.”"
# Unquoted only after a word that says a title follows: "an additional proposed rule,
# entitled Reconsideration of 2009 Endangerment Finding and …" (the whole title stands after it).
PROPOSAL_TITLED = deferred(
    r"(?:[Pp]roposed\s+[Rr]ule(?:making)?|NPRM)\s*(?:\([A-Z]{2,6}\))?"
    r"(?:(?:,\s*|:\s*|\s+(?:(?:en)?titled|called)\s+)[“\"]|,?\s+(?:(?:en)?titled|called)\s+)$"
)
# (the name's initials in brackets may stand before the rule word: "FDA’s Laboratory
# Developed Tests (LDT) Final Rule")
RULE_AFTER = lazy(
    rf"^[”\"’']?(?:'s|’s)?(?:\s+\((?-i:[A-Z]{{2,6}})\))?\s+{RULE_WORDS}\b", re.IGNORECASE
)
# (twenty-eighth session, census42 P4) a key first in a list of names that share one head
# noun: "under the SAVE, Pay As You Earn (PAYE) and Income-Contingent Repayment (ICR) plans"
_LIST_ITEM = r"(?:[A-Z][\w-]*\s+){0,5}?(?:\([A-Z][A-Za-z]{1,6}\)|[A-Z]{2,6})"
LIST_HEAD_AFTER = deferred(
    rf"(?:,\s+{_LIST_ITEM}){{0,3}},?\s+(?:and|or)\s+{_LIST_ITEM}\s+"
    r"(?P<head>plans|rules|regulations|standards)\b"
)
# "Title IX bans sex discrimination", "the law mandates that …": the verb, not a rule called a
# ban. A noun is followed by a preposition, a verb of its own or punctuation.
VERB_AFTER = re.compile(
    r"\s+(?!(?:on|in|of|for|and|or|are|were|is|was|have|had|remain|that|which|took|went|would|will|could|can|may|must)\b)[a-z]"
)
# A rule's title after the rule word: "an interim final rule, Securing the Border, on June 7",
# "a rule titled “Public Charge Ground of Inadmissibility”".
TITLED = deferred(
    r"(?:\b[Rr]ules?|\b[Rr]egulations?|\bIFR)\s*(?:,\s*|\s+(?:(?:en)?titled|called|known\s+as|named)"
    r"\s+)[“\"]?$"
)
# The FCC adopts its rules as orders: "the FCC's net neutrality order", "Open Internet orders".
ORDER_AFTER = re.compile(r"^[”\"’']?\s+orders?\b", re.IGNORECASE)
# the words that put an administration right after a rule's name: "net neutrality rules
# supported by the Biden administration", "the rule issued under the Trump administration"
BY_ADMIN = deferred(r"\s+(?:[a-z]+\s+)?(?:by|under|of)\s+(?:the\s+)?(?=[A-Z])")
YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")
# A year a named rule's span opens with (its ``PREFIX``), before the capitalised name
LEADING_YEAR = deferred(r"(?:(?:final|new|revised|updated)\s+)?(?P<year>(?:19|20)\d\d)\s+(?=[A-Z])")
# The year a clause right after the name gives: "the disparate impact rule HUD had issued in
# 2013", "the rule that the agency adopted in 2016", "net neutrality regulations originally
# implemented under President Obama in 2015".
YEAR_AFTER = deferred(
    r",?\s+(?:that\s+|which\s+)?(?:[\w.-]+\s+){0,3}?(?:had\s+|first\s+)?"
    r"(?:issued|adopted|promulgated|finalized|published|announced|enacted|wrote|written|"
    r"implemented)"
    # (the president it was made under between: "originally implemented under President
    # Obama in 2015")
    r"(?:\s+under\s+(?:(?:former\s+)?President\s+)?[A-Z][a-z]+)?"
    rf"\s+(?:in|on)\s+(?:{MONTH}\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
)
# The year right after the name with "from"/"of": "the overtime rule from 2019", "the
# independent contractor rule of 2021" (not a span of years: "of 2019-2020")
FROM_YEAR = deferred(r",?\s+(?:from|of)\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)")
# "The DOL previously issued a similar overtime final rule in 2019": the year right after the
# name, when the agency's verb of making it stands before the name in its sentence.
IN_YEAR = deferred(r"\s+in\s+(?P<year>(?:19|20)\d\d)\b")
MADE_BEFORE = deferred(
    r"\b(?:issued|adopted|promulgated|finalized|published)\s+(?:[\w'’-]+\s+){0,6}$"
)
# The date its sentence opens with, then the agency making the rule the name follows: "On
# April 23, 2024, the Department of Labor announced a final rule, Defining …" (the year the
# rule was made, so its version).
DATED_MADE = deferred(
    rf"\b(?:[Oo]n|[Ii]n)\s+(?:{MONTH}\.?\s+(?:\d{{1,2}},\s+)?)?(?P<year>(?:19|20)\d\d),?\s+"
    r"[^;]{0,150}?\b(?:issued|adopted|promulgated|finalized|published|announced|released)\s+"
    r"(?:(?:[\w'’-]+\s+){0,4}?(?:rules?|regulations?)\b[^.;]{0,12}"
    # (or the name right after the verb: "In 2019 the department issued its final overtime
    # rule")
    r"|(?:(?:its|their|a|an|the|new|final|interim|revised|updated)\s+){0,3})$"
)
# A version told as the one before another: "the previous overtime rule", "its prior
# independent contractor rule", "the earlier rule"
PREVIOUS_BEFORE = deferred(
    r"\b(?:previous|prior|earlier|former|preceding)\s+(?:(?:final|interim)\s+)?$", re.IGNORECASE
)
# Which of an administration's terms: "under President Trump's first term", "the Trump
# administration's second term"
# A president named as the one who appointed a judge, not the rule's maker: "Judge X, who was
# appointed by former President Donald Trump, ruled that the department's regulation …",
# "a Trump appointee", "the Obama-appointed judge" (census41 P4)
APPOINTED_BY = deferred(
    r"\b(?:appointed|nominated|named|picked|tapped|elevated)\s+(?:to\s+the\s+bench\s+)?by\s+"
    r"(?:(?:the|former|then|then-|ex-|Republican|Democratic|GOP|U\.S\.|President)\s*)*"
    r"(?:[A-Z][a-z]+\s+)?$"
)
APPOINTEE_AFTER = deferred(r"(?:['’]s)?(?:\s+|-)(?:appointee|appointed|nominee|pick)\b")
TERM_SAID = deferred(r"^(?:['’]s|\s+administration['’]s)?\s+(first|second)\s+term\b")
# When the rule's own sentence says it took effect: "…, a final rule raising the salary
# threshold …, took effect on July 1, 2024" (a version takes effect the year it is printed or
# the next).
TOOK_EFFECT = deferred(
    r"\b(?:took|takes|went|goes|will\s+take|would\s+take)\s+(?:into\s+)?effect\b"
    r"[^.;]{0,30}?\b(?P<year>(?:19|20)\d\d)\b"
)
# A rule's first version: "HUD first promulgated its disparate impact rule".
FIRST_BEFORE = deferred(
    r"\bfirst\s+(?:promulgated|issued|adopted|finalized|announced|published|enacted)\s+"
    r"(?:its|the|a|their)\s+(?:[\w-]+\s+){0,2}$"
)
# An order's number is a name in itself: FERC's "Order No. 2222", "Order 2222" (not
# "Executive Order 2222" nor a court's "General Order No. 2222").
ORDER_NUMBER = deferred(r"^Order (?:No\. )?\d{3,4}(?:-[A-Z])?$")
NOT_AGENCY_ORDER = lazy(
    r"\b(?:Executive|General|Court|Administrative|Standing|Special|Protective|Emergency|Public"
    r"|Health|Scheduling|Procedural)\s+$",
    re.IGNORECASE,
)
ADMIN = re.compile(
    rf"\b(?P<name>{'|'.join(presidents(recent=True))}|DeVos|Cardona)(?:'s|’s|\s+administration|\s+era|-era)?"
)
ADMIN_YEARS = {
    "Obama": (2009, 2016),
    "Trump": (2017, 2020),
    "Biden": (2021, 2024),
    "Bush": (2001, 2008),
    "DeVos": (2017, 2020),
    "Cardona": (2021, 2024),
}
# Each administration's terms, inauguration to inauguration (end exclusive): a rule is the
# administration's that was in office when the Federal Register printed it ("a Biden-era rule"
# may be one printed on January 14, 2025; "the Trump administration's rule" of 2025 is one of
# its second term).
ADMIN_TERMS: dict[str, tuple[tuple[str, str], ...]] = {
    "Obama": (("2009-01-20", "2017-01-20"),),
    "Trump": (("2017-01-20", "2021-01-20"), ("2025-01-20", "2029-01-20")),
    "Biden": (("2021-01-20", "2025-01-20"),),
    "Bush": (("2001-01-20", "2009-01-20"),),
    "Clinton": (("1993-01-20", "2001-01-20"),),
    "DeVos": (("2017-01-20", "2021-01-20"),),
    "Cardona": (("2021-01-20", "2025-01-20"),),
}


@cache
def term_names(admin: str) -> frozenset[str] | None:
    """The names of the table's rows printed while ``admin`` was in office (``in_term``),
    worked out once an administration; None for one not in ``ADMIN_TERMS``."""
    if admin not in ADMIN_TERMS:
        return None
    return frozenset(r.name for r in rules() if in_term(r, admin))


def in_term(rule: Rule, admin: str, term: int | None = None) -> bool:
    """Whether ``rule`` was printed while ``admin`` (a name of ``ADMIN``) was in office (in
    its ``term``-th term only, when given: 1 or 2): by its printing date, else by its year (a
    term's years from its first to its last full one). An administration not in the table
    holds every rule."""
    terms = ADMIN_TERMS.get(admin)
    if terms is None:
        return True
    if term is not None:
        terms = terms[term - 1 : term]
    if rule.published:
        return any(lo <= rule.published < hi for lo, hi in terms)
    return rule.year is not None and any(int(lo[:4]) <= rule.year < int(hi[:4]) for lo, hi in terms)


@dataclass(frozen=True)
class _Alias:
    phrase: str
    standalone: bool


# a topic alias of two lower-case words, no hyphen ("net neutrality", "public charge")
_COMPOUND_MODIFIER = lazy(r"[a-z]{2,} [a-z]{2,}")


@bank_table
@cache
def _matcher() -> PhraseMatcher[tuple[_Alias, Rule]]:
    entries: list[tuple[str, tuple[_Alias, Rule]]] = []
    # a retyped title that is another row's own title names that row only
    own = {t.lower() for r in rules() for t in (_title(r.name), r.name) if t}
    for r in rules():
        for a in r.aliases:
            # a name in itself: "the Clean Power Plan", "Regulation Best Interest", "Reg BI"
            standalone = a.split()[-1].lower() in HEADS or a.split()[0] in ("Regulation", "Reg")
            # a nickname news gives a rule, said alone: "the 'wealth test' for green cards"
            standalone = standalone or a.lower() in nicknames()
            # a capitalised name with a rule word inside: "Lead and Copper Rule Revisions"
            standalone = standalone or _capitalised_rule_name(a)
            standalone = standalone or ORDER_NUMBER.match(a) is not None
            # "Clean Power Plan 2.0": a head word and a version after it (its successor)
            standalone = standalone or (
                len(a.split()) > 2 and a.split()[-1] in VERSIONS and a.split()[-2].lower() in HEADS
            )
            # a long title kept as an alias (longer than ``_title`` takes) is a name in itself
            standalone = standalone or _long_title(a)
            # the program a row created, its note's name ("(Greenhouse Gas Reporting
            # Program)"): said alone, the program as it stands (``_names_program``)
            standalone = standalone or _names_program(r, a)
            standalone = standalone and a not in r.programs
            entries.append((a, (_Alias(a, standalone), r)))
            for variant in hyphen_variants(a) if standalone else ():
                # "the Noncompete Clause Rule" for "Non-Compete Clause Rule" (sixteenth session)
                entries.append((variant, (_Alias(a, standalone), r)))
            if not standalone and a[-1:].islower():
                entries.append((a + "s", (_Alias(a, False), r)))  # "a ban on bump stocks"
            if not standalone and _COMPOUND_MODIFIER().fullmatch(a):
                # "net-neutrality regulations": a two-word topic printed hyphenated as the
                # compound modifier of the rule word after it (census41 P14); still only
                # with a rule word after it, as the spaced alias
                entries.append((a.replace(" ", "-"), (_Alias(a, False), r)))
            for variant in spacing_variants(a):
                entries.append((variant, (_Alias(a, standalone), r)))  # "PM 2.5 NAAQS"
            for variant in spelled_agency_variants(r, a):
                # "the Centers for Disease Control and Prevention's (CDC) eviction pause"
                entries.append((variant, (_Alias(a, standalone), r)))
        title = _title(r.name)
        if title and title not in r.aliases:
            entries.append((title, (_Alias(title, title not in r.programs), r)))
            for variant in (
                *hyphen_variants(title),
                *serial_comma_variants(title),
                *(v for v in punctuation_variants(title) if v.lower() not in own),
            ):
                entries.append((variant, (_Alias(title, title not in r.programs), r)))
        elif title is None and (long := _said_title(r.name)) and long not in r.aliases:
            # A title too long to be said alone ("Defining and Delimiting the Exemptions for
            # Executive, …, and Computer Employees") names its rule only right after a rule
            # word: "a final rule, Defining and …" (``TITLED``), never standing by itself.
            for variant in (long, *serial_comma_variants(long), *punctuation_variants(long)):
                if variant != long and variant.lower() in own:
                    continue
                entries.append((variant, (_Alias(long, False), r)))
        for variant in reconsidered_standard(r):
            entries.append((variant, (_Alias(variant, True), r)))
    return PhraseMatcher(entries)


def _names_program(rule: Rule, alias: str) -> bool:
    """Whether ``alias`` (any case) is the program ``rule`` created, its note's name: "Mandatory
    Reporting of Greenhouse Gases (Greenhouse Gas Reporting Program)" — said alone, the program
    as it stands, its C.F.R. part (census32 P4)."""
    note = rule.name.rsplit("(", 1)[-1].rstrip(")") if rule.name.endswith("Program)") else ""
    return bool(note) and note.lower() == alias.lower()


def spelled_agency_variants(rule: Rule, alias: str) -> tuple[str, ...]:
    """An alias that opens with an agency's initials in the possessive ("CDC's eviction
    pause") as news also prints it with the agency's name spelled out, the initials in
    brackets or not: "the Centers for Disease Control and Prevention's (CDC) eviction
    pause". The name is the row's own ``agency`` (its first part), and only when the
    agency table tells both for one agency."""
    m = INITIALS_POSSESSIVE.match(alias)
    if m is None:
        return ()
    initials, rest = m.groups()
    full = rule.agency.split(",")[0].strip()
    if not any(
        re.fullmatch(pattern, initials) and re.fullmatch(pattern, full)
        for pattern, _words, _slug in AGENCIES
    ):
        return ()
    return (f"{full}'s ({initials}) {rest}", f"{full}'s {rest}")


def spacing_variants(alias: str) -> tuple[str, ...]:
    """An alias's other spelling where capitals meet a number: "PM2.5 NAAQS" ↔ "PM 2.5
    NAAQS", as news prints a pollutant's or a program's short name either way (census32
    P1). None for an alias without such a join."""
    closed = LETTERS_SPACE_NUMBER.sub(r"\1\2", alias)
    spaced = LETTERS_NUMBER.sub(r"\1 \2", alias)
    return tuple(v for v in {closed, spaced} if v != alias)


INITIALS_POSSESSIVE = deferred(r"([A-Z]{2,6})['’]s\s+(.+)")
LETTERS_NUMBER = deferred(r"\b([A-Z]{2,})(\d)")
LETTERS_SPACE_NUMBER = deferred(r"\b([A-Z]{2,}) (\d)")


def reconsidered_standard(rule: Rule) -> tuple[str, ...]:
    """The standards a final rule titled "Reconsideration of the <Standards for Topic>" set
    anew, as news names them: "the National Ambient Air Quality Standard(s) for particulate
    matter" (census32 P1). Only a final rule's, and only standards (a reconsidered program or
    finding is not what the reconsideration made)."""
    title = _title(rule.name)
    if title is None or rule.proposed:
        return ()
    said = RECONSIDERED_STANDARDS.match(title)
    if said is None:
        return ()
    head, topic = said.group("head").strip(), said.group("topic")
    # its initials in brackets ("… Standards (NAAQS) for PM 2.5"), and the row's own short
    # topics in capitals ("PM2.5") for the title's words
    initials = "".join(w[0] for w in head.split()) + "S"
    shorts = [t for t in rule.topics if any(c.isupper() for c in t)]
    topics = [topic, topic.lower(), *shorts, *(v for t in shorts for v in spacing_variants(t))]
    out = []
    for noun in ("Standards", "Standard"):
        for said_topic in topics:
            out.append(f"{head} {noun} for {said_topic}")
            out.append(f"{head} {noun} ({initials}) for {said_topic}")
    return tuple(dict.fromkeys(out))


RECONSIDERED_STANDARDS = deferred(
    r"^(?:Reconsideration|Review) of the (?P<head>(?:[A-Z][\w-]*\s+){1,6})Standards for "
    r"(?P<topic>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})$"
)


def serial_comma_variants(title: str) -> tuple[str, ...]:
    """A title's spelling with its list's last comma put in or left out ("Outside Sales and
    Computer Employees" / "Outside Sales, and Computer Employees"): the Federal Register and
    the news print one title both ways (issue 13, twentieth session). Only a list of three
    or more (a comma before the last item's words) has one."""
    if SERIAL_LIST.search(title):
        return (SERIAL_COMMA.sub(" and ", title),)
    if LIST_BEFORE_AND.search(title):
        return (LIST_BEFORE_AND.sub(r"\1, and ", title),)
    return ()


def punctuation_variants(title: str) -> tuple[str, ...]:
    """A title's spellings as news retypes its punctuation: the quotes around a defined word
    left out ("Definition of “Employer” Under …" → "Definition of Employer Under …") and its
    em dash printed spaced or as an en dash or a hyphen ("ERISA—Association Health Plans" →
    "ERISA – Association Health Plans"), each alone and both at once (issue 13, twenty-first
    session). A title with neither has none."""
    unquoted = QUOTED_WORDS.sub(r"\1", title)
    forms = {title, unquoted}
    if "—" in title:
        for form in (title, unquoted):
            for dash in (" – ", " — ", " - ", "–", " —", "— "):
                forms.add(form.replace("—", dash))
    forms.discard(title)
    return tuple(sorted(forms))


# “Employer”, "Waters of the United States": a defined term the Federal Register quotes
QUOTED_WORDS = deferred(r"[“\"]([^”\"]+)[”\"]")
# ", Outside Sales, and Computer": an Oxford comma; ", Outside Sales and Computer": none
SERIAL_LIST = deferred(r",[^,]+, and ")
SERIAL_COMMA = deferred(r"(?<=[^,]),\s+and\s+(?=[A-Z])")
LIST_BEFORE_AND = deferred(r"(,\s+[A-Z][^,]*?)\s+and\s+(?=[A-Z])")


def _said_title(name: str) -> str | None:
    """A row's Federal Register title longer than ``_title`` takes (13 to 20 words, most of
    them capitalised, no combined title), else None."""
    title = re.sub(r"(?:\s*\([^)]*\))+\s*$", "", name).strip()
    if ";" in title or ":" in title:
        return None
    words = title.split()
    capitals = [w for w in words if w[:1].isupper()]
    if not 12 < len(words) <= 20 or len(capitals) * 2 < len(words):
        return None
    return title


def _long_title(alias: str) -> bool:
    """An alias that is a whole Federal Register title of more words than ``_title`` takes
    ("Procedures for Credible Fear Screening and Consideration of Asylum, …"): quoted whole,
    it names its rule without a rule word after it."""
    words = alias.split()
    return len(words) > 12 and sum(1 for w in words if w[:1].isupper()) >= TITLE_WORDS


def _title(name: str) -> str | None:
    """A row's Federal Register title as a name news may print ("the Non-Compete Clause
    Rule", "Restoring Internet Freedom"), without the note in parentheses; None when it is
    too short or too plain to be a name by itself."""
    # every note at the end: "… Medical Information (Regulation V) (CFPB medical debt rule)"
    title = re.sub(r"(?:\s*\([^)]*\))+\s*$", "", name).strip()
    if ";" in title:
        # a combined title is said by its first part when that is long enough to be a name:
        # "Protecting Statutory Conscience Rights in Health Care; Delegations of Authority"
        title = title.split(";")[0].strip()
        if len(title.split()) < 5:
            return None
    if ":" in title:
        return None  # a combined title ("Carbon Pollution …: Electric Utility …") is not said
    words = title.split()
    capitals = [w for w in words if w[:1].isupper()]
    if len(words) < TITLE_WORDS or len(capitals) < TITLE_WORDS or len(words) > 12:
        return None
    return title


# A rule described by what it bans or governs: "a Trump-era ban on bump stocks", "the
# administration's rule on ghost guns", "federal regulations restricting noncompetes". The
# key must follow directly; a state's, city's or court's ban is not a federal rule.
DESCRIBED_BEFORE = lazy(
    r"\b(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[A-Z][\w.]*['’]s)\s+(?P<adj>(?:(?!(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s)[\w-]+['’]?s?\s+){0,5}?)"
    r"(?:ban|rule|regulation|restrictions?|limits?|standards)\s+"
    r"(?:on|banning|barring|restricting|governing|covering|targeting|for|against|of)\s+"
    r"(?:so-called\s+|the\s+use\s+of\s+)?$"
)
# a verb of saying or holding right before "that", which opens a clause there, no determiner
_SAYS_THAT = lazy(
    r"\b(?:not(?:e|es|ed|ing)|sa(?:y|ys|id|ying)|argu(?:e|es|ed|ing)|believ(?:e|es|ed|ing)|"
    r"conten(?:d|ds|ded|ding)|claim(?:s|ed|ing)?|warn(?:s|ed|ing)?|stress(?:es|ed|ing)?|"
    r"insist(?:s|ed|ing)?|add(?:s|ed|ing)?|wr(?:ote|ites|iting)|stat(?:es|ed|ing)|"
    r"maintain(?:s|ed|ing)?|f(?:ound|inds)|held|holds|ruled|rules|conclud(?:es|ed|ing)|"
    r"suggest(?:s|ed|ing)?|show(?:s|ed|ing)?|agree(?:s|d)?|explain(?:s|ed|ing)?)\s+$"
)
NOT_FEDERAL = lazy(
    r"\b(?:state|states|city|county|local|court|judge|school|company|store|platform)\b"
    r"|\b(?:New|North|South|West)\s*$",
    re.IGNORECASE,
)


# "New York's surprise billing rules", "the city's baggage fee rule": a rule a state or a local
# body owns is not the federal rule of that name. The owner is a state's name (the last words
# of the capitalized run before "'s") or a word for a state, a locality or a company.
LOCAL_OWNER = deferred(
    r"(?:\b(?:[Ss]tate|[Cc]ity|[Cc]ounty|[Tt]own|[Dd]istrict|[Ll]eague|[Cc]ompany)"
    r"|(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))['’]s\s+$"
)


def _local_owner(text: str, start: int) -> bool:
    """Whether the rule named at ``start`` is owned by a state or a local body ("Ohio's …")."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(("s ", "s\xa0")):
        return False
    m = LOCAL_OWNER.search(before)
    if m is None:
        return False
    name = m.group("name")
    if name is None:
        return True
    words = name.split()
    states = set(state_names())
    return any(" ".join(words[i:]) in states for i in range(len(words)))


# How ``DESCRIBED_BEFORE``'s last words end ("on", "banning", "for", "against", "of",
# "so-called" …): words before a rule's key that end otherwise need not be searched.
_DESCRIBED_BEFORE_ENDS = ("on", "ng", "or", "st", "of", "ed")


def _described_start(text: str, start: int) -> int | None:
    """Where a description of a rule by its key ends at ``start`` begins, or None."""
    before = text[max(0, start - 80) : start]
    core = before.rstrip()  # every match ends in white space after one of the last words
    if len(core) == len(before) or not core.endswith(_DESCRIBED_BEFORE_ENDS):
        return None
    m = DESCRIBED_BEFORE().search(before)
    if m is None:
        return None
    if m.group("det") in ("that", "That") and _SAYS_THAT().search(before, 0, m.start("det")):
        return None  # "noting that government regulation of noncompetes …": a clause's "that"
    words = m.group("det") + " " + m.group("adj")
    owner = m.group("det").rstrip("s").rstrip("'’")
    if NOT_FEDERAL().search(words) or owner in state_names():
        return None
    return start - (len(before) - m.start())


# A rule is signed or announced before it is printed: the Clean Power Plan was signed on
# Aug. 3, 2015 and printed on Oct. 23. News of those weeks already means it.
SIGNED_BEFORE_PRINTED = timedelta(days=90)


def _after_article(rule: Rule, written: str | None) -> bool:
    """Whether ``rule`` did not yet exist when an article of date ``written`` was written."""
    if not written or not written[:4].isdigit() or rule.year is None:
        return False
    try:
        day = date.fromisoformat(written[:10])
    except ValueError:
        return rule.year > int(written[:4])
    if rule.published:
        return date.fromisoformat(rule.published) - SIGNED_BEFORE_PRINTED > day
    return rule.year > day.year


def _pending_proposals(cands: list[Rule], written: str | None) -> list[Rule]:
    """The proposals among ``cands`` whose rule's final version was printed after an article
    of date ``written``: what the article's rule was when it was written (none undated)."""
    from .agencyrules import group_of

    if not written:
        return []
    groups = {group_of(r.name) for r in cands if r.proposed}
    pending = {
        group_of(r.name)
        for r in rules()
        if not r.proposed and group_of(r.name) in groups and _after_article(r, written)
    }
    return [r for r in cands if r.proposed and group_of(r.name) in pending]


# "proposed" among the words a description opens on ("the agency's proposed rule on …")
PROPOSED_WORD = deferred(r"\b(?:proposed|draft)\b", re.IGNORECASE)
# The verb that makes the rule after it a proposal: "DHS proposed a rule on public charge",
# "the department has proposed new regulations on …" (right before the rule's words).
PROPOSING_VERB = deferred(r"\b(?:proposed|proposes)\s+(?:(?:an?|the|its|their|new)\s+){0,2}$")


def _agency_in(text: str, start: int, stop: int) -> tuple[str, ...] | None:
    """The ``agency`` words of an agency named among the words before a described rule's
    rule word ("the DOJ rule on …", "a new Justice Department rule on …"), if one is."""
    names = [m.group(0) for m in agency_word().finditer(text, start, stop)]
    return _agency_words(names[-1]) if names else None


@dataclass
class _Hit:
    start: int
    end: int
    key: str
    candidates: list[Rule]
    proposed: bool
    chosen: Rule | None = None
    by_date: bool = False  # chosen as the latest version at the article's date, nothing else
    agency: tuple[str, ...] | None = None  # the agency named with it ("HUD's … rule")
    standalone: bool = False  # an alias that is a name in itself ("the Clean Power Plan")
    previous: bool = False  # told as the version before another ("the previous … rule")
    soft: str = ""  # the words of the inferred date that chose its version (undated)
    standing: bool = False  # "the CEQ NEPA regulations": the body of rules as they stand


# A statute's or topic's plural "regulations" that are any agency's, not one rule: "their own
# NEPA regulations", "agency-specific HFC regulations", "the power to issue (binding) NEPA
# regulations" (census32 P2); "… regulations and procedures" after it is the same generic.
GENERIC_REGS_BEFORE = deferred(
    r"\b(?:(?:their|its|our|your)\s+own|agency-specific|agencies['’]|(?:to|may|can|could)"
    r"\s+issue(?:\s+binding)?)\s+$",
    re.IGNORECASE,
)
GENERIC_REGS_AFTER = deferred(r"\s+(?:and|or)\s+(?:procedures|requirements|guidance)\b")
# "HFC regulations in the Technology Transition Rule": the named rule after it is the mention
IN_NAMED_RULE = deferred(r"\s+(?:in|under)\s+the\s+(?:[A-Z][\w-]*\s+){1,6}Rule\b")


# What calls a rule one still in the making or just made: "a new overtime rule", "its draft
# rule", "the long-anticipated overtime rule", "plans to finalize its … rule" (in the mention
# or the words right before it).
NEW_BEFORE = deferred(
    r"\b(?:new|newest|draft|upcoming|forthcoming|planned|pending|long-anticipated|"
    r"long-awaited|anticipated|awaited|finali[sz]e|propose)\b",
    re.IGNORECASE,
)
# How many years older than the article the version its date chooses may be before "a new
# rule" in it cannot be that version: the 2019 overtime rule is no "new overtime rule" the
# Labor Department "plans to propose" in 2023; the version the article means is not in the
# table.
STALE_YEARS = 2


def _year_fits(rule: Rule, year: int) -> bool:
    """Whether a rule printed in ``rule.year`` may be called a rule of ``year``: signed or
    announced late in the year before its printing (the FTC's "2024" junk-fees rule, 90 FR)."""
    return rule.year is not None and rule.year - 1 <= year <= rule.year


def _named_year(hit: _Hit, text: str) -> Rule | None:
    """The one candidate (or its version) the year before the name's capitalised words
    asks for; None when no row of that rule is of that year."""
    from .agencyrules import group_of

    rule = hit.candidates[0]
    m = YEAR_BEFORE_NAME.search(text, max(0, hit.start - 80), hit.start)
    if m is None or not text[hit.start : hit.start + 1].isupper():
        # the year the name's own span opens with: "the FCC's 2024 Open Internet Order" is
        # no 2015 row that holds the short name, but the 2024 version of that rule
        m = LEADING_YEAR.match(text, hit.start, hit.end)
        if m is None:
            return rule
    year = int(m.group("year"))
    if _year_fits(rule, year):
        return rule
    group = group_of(rule.name)
    versions = [r for r in rules() if group_of(r.name) == group and r.proposed == rule.proposed]
    exact = [r for r in versions if r.year == year] or [r for r in versions if _year_fits(r, year)]
    return exact[0] if len(exact) == 1 else None


# Vehicle rules cover model years: "Starting with the 2024 model year, automakers will need
# to meet … fuel economy standards" is no rule whose first model year is 2027.
MODEL_YEAR_IN_NAME = deferred(
    r"(?:Model\s+Years?|MYs?)\s+(\d{4})|(\d{4})\s+and\s+Later\s+Model\s+Year"
)
MODEL_YEAR_SAID = deferred(
    r"(\d{4})\s+model[\s-]+years?|model\s+years?\s+(?:\(MYs?\)\s+)?(\d{4})", re.IGNORECASE
)


@lru_cache(maxsize=512)
def _first_model_year(name: str) -> int | None:
    """The first model year a vehicle rule's title names ("… Model Years 2027 and Beyond")."""
    m = MODEL_YEAR_IN_NAME.search(name)
    return int(m.group(1) or m.group(2)) if m else None


def _model_year_fits(rule: Rule, hit: _Hit, text: str, ctx: ScanContext) -> bool:
    """False when the mention's sentence speaks of a model year before the rule's first."""
    first = _first_model_year(rule.name)
    if first is None:
        return True
    start = ctx.sentence_start(hit.start)
    stop = text.find(". ", hit.end)
    said = MODEL_YEAR_SAID.search(text, start, stop if stop >= 0 else len(text))
    return said is None or int(said.group(1) or said.group(2)) >= first


def _choose(hit: _Hit, text: str, ctx: ScanContext) -> Rule | None:
    fitting = [r for r in hit.candidates if _model_year_fits(r, hit, text, ctx)]
    if not fitting:
        return None
    hit.candidates = fitting
    cands = hit.candidates
    if len(cands) == 1:
        # the one version the table has at the article's date, unless a year names it
        hit.by_date = (
            YEAR_IN.search(text, hit.start, hit.end) is None
            and YEAR_BEFORE_NAME.search(text, max(0, hit.start - 80), hit.start) is None
            and YEAR_AFTER.match(text, hit.end) is None
            and FROM_YEAR.match(text, hit.end) is None
        )
        return _named_year(hit, text)
    years = [int(y) for y in YEAR_IN.findall(text[hit.start : hit.end])]
    after = YEAR_AFTER.match(text, hit.end) or FROM_YEAR.match(text, hit.end)
    if not years and after is not None:
        years = [int(after.group("year"))]  # "the disparate impact rule HUD had issued in 2013"
    if not years and (in_year := IN_YEAR.match(text, hit.end)) is not None:
        made_from = max(ctx.sentence_start(hit.start), hit.start - 80)
        if MADE_BEFORE.search(text, made_from, hit.start):
            years = [int(in_year.group("year"))]  # "issued a similar overtime final rule in 2019"
    if not years:
        made_from = max(ctx.sentence_start(hit.start), hit.start - 250)
        if (dated := DATED_MADE.search(text, made_from, hit.start)) is not None:
            # "On April 23, 2024, the Department of Labor announced a final rule, Defining …"
            years = [int(dated.group("year"))]
    if years:
        exact = [r for r in cands if r.year == years[0]]
        return exact[0] if len(exact) == 1 else None
    if (took := TOOK_EFFECT.search(text, hit.end, ctx.sentence_at(hit.start)[1])) is not None:
        year = int(took.group("year"))
        effective = [r for r in cands if r.year is not None and year - 1 <= r.year <= year]
        if len(effective) == 1:
            return effective[0]
    if FIRST_BEFORE.search(text, max(0, hit.start - 60), hit.start):
        # "HUD first promulgated its disparate impact rule": the rule's first version
        finals = [r for r in cands if r.year is not None and not r.proposed]
        first = min((r.year or 0 for r in finals), default=None)
        earliest = [r for r in finals if r.year == first]
        return earliest[0] if len(earliest) == 1 else None
    # the words of the rule's own sentence before it (at most 250 characters back)
    start = max(ctx.sentence_start(hit.start), hit.start - 250)
    admins = [
        a
        for a in ADMIN.finditer(text, start, hit.start)
        if APPOINTED_BY.search(text, max(start, a.start() - 80), a.start()) is None
        and APPOINTEE_AFTER.match(text, a.end("name")) is None
    ]
    if not admins and (by := BY_ADMIN.match(text, hit.end)) is not None:
        # "net neutrality rules supported by the Biden administration": the one after it
        admins = list(ADMIN.finditer(text, by.end(), by.end() + 40))[:1]
    if admins:
        admin = admins[-1].group("name")
        # "under President Trump's first term": that term's versions only
        said = TERM_SAID.match(text, admins[-1].end("name"))
        term = (1 if said.group(1).lower() == "first" else 2) if said else None
        of_term = [r for r in cands if in_term(r, admin, term)]
        if len(of_term) == 1:
            return of_term[0]
    # (the maker told after the name comes before the topic words of one version)
    recent = _recently_made(hit, text, ctx)
    if recent is not None:
        return recent
    cands = hit.candidates  # (only the versions of the agency told as their maker)
    told = _told_by_topics(cands, text, hit, ctx)
    if told is not None:
        return told
    if ctx.date and ctx.date[:4].isdigit():
        year = int(ctx.date[:4])
        before = [r for r in cands if r.year is not None and r.year <= year]
        if before:
            latest = max(r.year or 0 for r in before)
            last = [r for r in before if r.year == latest]
            hit.by_date = len(last) == 1
            return last[0] if len(last) == 1 else None  # two that year: the words must tell
        return None
    # an undated article: the administrations it names, if their years hold one version
    # ("… blocked a Labor Department rule that would have expanded overtime … one of President
    # Barack Obama's initiatives")
    in_terms = {
        r.name: r
        for lo, hi in _article_terms(text)
        for r in cands
        if r.year is not None and lo <= r.year <= hi
    }
    if len(in_terms) == 1:
        return next(iter(in_terms.values()))
    # else the one version printed by the latest day its own dates let it have been written
    # (``softdate``): "In March 2017, a judge kept the overtime rule on hold" is the 2016 rule
    bound = softdate.or_soft(ctx)
    by_then = [r for r in cands if not _after_article(r, bound)] if bound else []
    if len(by_then) == 1 and len(cands) > 1:
        hit.soft = softdate.said(ctx)
        return by_then[0]
    return None


# "the joint employer rule, recently adopted by the National Labor Relations Board": the maker
# told after the rule's name, and the words that make it the latest version (census39 P10)
MADE_BY_AFTER = deferred(
    r"[,\s]+(?:which\s+was\s+|that\s+was\s+)?(?P<recent>(?:recently|just|newly)\s+)?"
    r"(?:adopted|issued|finalized|finalised|promulgated|published|approved)\s+by\s+"
)
# "the newest joint-employer rule", "the recently adopted … rule": the latest version
RECENT_BEFORE = deferred(
    r"\b(?:newest|latest|(?:recently|newly|just)[\s-]+(?:adopted|issued|finalized|finalised))\s+"
    r"(?:[\w“”\"'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _recently_made(hit: _Hit, text: str, ctx: ScanContext) -> Rule | None:
    """The version an agency told after the name made recently: the candidates that agency
    issued (when the versions come from several agencies) and, told as recent, the newest of
    them on or before the article's date (its soft date when undated; with neither, the newest
    the table knows). None when the words tell neither, or two versions fit."""
    cands = hit.candidates
    by = MADE_BY_AFTER.match(text, hit.end)
    recent = (by is not None and by.group("recent") is not None) or bool(
        RECENT_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    )
    if by is not None:
        named = agency_word().match(
            text, by.end() + (4 if text.startswith("the ", by.end()) else 0)
        )
        words = _agency_words(named.group(0)) if named is not None else None
        if words is None:
            return None
        cands = [r for r in cands if _issued_by(r, words)]
        if not cands:
            return None
        # its maker told: only that agency's versions, and no namesake of another in doubt
        hit.candidates, hit.agency = cands, words
        if len(cands) == 1:
            return cands[0]
    if not recent or len(cands) < 2:
        return None
    # (an article with no date, nor any its words tell: "recently" is the newest the table
    # knows, as the article tells of it as the one in force)
    bound = softdate.or_soft(ctx)
    made = [r for r in cands if r.year is not None and not _after_article(r, bound)]
    if not made:
        return None
    latest = max(r.year or 0 for r in made)
    last = [r for r in made if r.year == latest]
    if len(last) != 1:
        return None
    hit.by_date = True
    return last[0]


def _told_by_topics(cands: list[Rule], text: str, hit: _Hit, ctx: ScanContext) -> Rule | None:
    """The one version whose own topic words (those the other versions lack) the mention's
    sentence holds: "the new H-1B lottery rule, which would … distribute visas based on the
    wage level of the salary offer" is the 2021 wage-level rule, not the 2019 registration
    rule. None when no version, or more than one, is told so."""
    shared = frozenset.intersection(*(frozenset(t.lower() for t in r.topics) for r in cands))
    start = ctx.sentence_start(hit.start)
    stop = text.find(". ", hit.end)
    said = text[start : stop if stop >= 0 else len(text)].lower()
    fits = [
        r for r in cands if any(t.lower() not in shared and t.lower() in said for t in r.topics)
    ]
    return fits[0] if len(fits) == 1 else None


@lru_cache(maxsize=8)
def _article_terms(text: str) -> frozenset[tuple[int, int]]:
    """The years of every administration an article names by name or possessive (read once
    an article, and only for an undated one whose rule's version nothing else tells); "the
    Obama-era version" names what came before, not this article's rule. Plain substring
    tests, not a search of the text with a pattern."""
    terms = set()
    for name, years in ADMIN_YEARS.items():
        i = text.find(name)
        while i >= 0:
            after = text[i + len(name) : i + len(name) + 4]
            if not (i and text[i - 1].isalpha()) and not after.startswith(("-era", " era")):
                terms.add(years)
                break
            i = text.find(name, i + 1)
    return frozenset(terms)


@cache
def _rule_agencies(name: str) -> frozenset[tuple[str, ...]]:
    """The agencies (their ``AGENCIES`` words) that issued the row named ``name``: a bureau's
    row is its department's too."""
    rule = next(r for r in rules() if r.name == name)
    found = frozenset(words for _, words, _ in AGENCIES if _issued_by(rule, words))
    return found or frozenset({(rule.agency,)})


@lru_cache(maxsize=1024)
def _holders(key: str) -> tuple[Rule, ...]:
    """The rows whose aliases or topics hold the words ``key`` (whole words, any case)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])", re.IGNORECASE)
    return tuple(r for r in rules() if any(pattern.search(w) for w in (*r.aliases, *r.topics)))


def _plain_words(words: str) -> str:
    return words.lower().replace("-", " ")


@lru_cache(maxsize=1024)
def _namesakes(key: str) -> tuple[Rule, ...]:
    """The rows one of whose aliases or topics is ``key`` itself (any case, a hyphen for a
    space): "disparate impact" is a topic of the CFPB's and the FCC's rows and an alias of
    HUD's; "DACA health care" is not "DACA"."""
    plain = _plain_words(key)
    return tuple(
        r for r in rules() if any(_plain_words(w) == plain for w in (*r.aliases, *r.topics))
    )


def _proposal_of(hit: _Hit, written: str | None) -> Rule | None:
    """The one proposal, of the agency named with a "proposed … rule" (else of the agencies
    of its final rows), whose aliases or topics hold its words, printed by the article's
    date; None when the table has none or several."""
    owners: frozenset[tuple[str, ...]] = (
        frozenset({hit.agency})
        if hit.agency is not None
        else frozenset().union(*(_rule_agencies(r.name) for r in hit.candidates))
    )
    found = {
        r.name: r
        for r in _holders(hit.key)
        if r.proposed
        and not _after_article(r, written)
        and _rule_agencies(r.name) & owners
        and not _finalised(r, written)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _finalised(proposal: Rule, written: str | None) -> bool:
    """Whether a final rule of the proposal's own rule (rows that share an alias), of its
    year or later, was printed by the article's date: the 2018 public charge proposal is no
    agency's pending "proposed rule on public charge" in 2026."""
    from .agencyrules import group_of

    group = group_of(proposal.name)
    return any(
        not r.proposed
        and group_of(r.name) == group
        and r.year is not None
        and proposal.year is not None
        and r.year >= proposal.year
        and not _after_article(r, written)
        for r in rules()
    )


def _other_agencies_share(hit: _Hit, ctx: ScanContext) -> bool:
    """Whether a rule named with no agency by words that rows of another agency have too
    (as an alias or a topic, printed by the article's date) is left untold: the sentences around
    it name no agency of its rows, or name one of the others too."""
    if hit.agency is not None or hit.standalone:
        return False
    # (the agencies of the version chosen: "the joint employer rule" of 2024 is the NLRB's
    # 2023 rule only where the NLRB is named, the Labor Department's rule sharing the name)
    mine: frozenset[tuple[str, ...]] = frozenset().union(
        *(_rule_agencies(r.name) for r in ([hit.chosen] if hit.chosen else hit.candidates))
    )
    others: frozenset[tuple[str, ...]] = frozenset().union(
        *(
            _rule_agencies(r.name)
            for r in _namesakes(hit.key)
            if not _after_article(r, ctx.date) and not _rule_agencies(r.name) & mine
        )
    )
    if not others:
        return False
    around = ctx.around(hit.start, hit.end)
    named = {_agency_words(m.group(0)) for m in agency_word().finditer(around)}
    return not (named & mine) or bool(named & others)


def _stale_groups(hits: list[_Hit], text: str, date: str | None) -> set[frozenset[str]]:
    """The rules (their candidate rows) that the article calls new, draft or coming while the
    version its date chooses is ``STALE_YEARS`` or more older than the article: the article
    is about a version the table lacks, so no mention of that rule takes a version by the
    date alone (a version named by its year, or told by an administration, stays)."""
    if not (date and date[:4].isdigit()):
        return set()
    year = int(date[:4])
    return {
        frozenset(r.name for r in hit.candidates)
        for hit in hits
        if hit.by_date
        and not hit.proposed
        and hit.chosen is not None
        and hit.chosen.year is not None
        and year - hit.chosen.year >= STALE_YEARS
        and NEW_BEFORE.search(text, max(0, hit.start - 25), hit.end) is not None
    }


# A preposition right before a rule's words with "regulation" after them and no determiner
# ("next in LDT regulation", "the future of drone regulation"): the regulating, a field of
# policy, not one rule (a rule is "the LDT regulation", "a drone regulation")
ACTIVITY_BEFORE = deferred(r"\b(?:in|of|on|over|for|about|to|from)\s+$")


def regulating_before(text: str, start: int) -> bool:
    """Whether a preposition with no determiner stands right before ``start`` (the words
    of a rule with "regulation" after them then name the field of policy)."""
    return ACTIVITY_BEFORE.search(text, max(0, start - 10), start) is not None


def _made_as_told(hit: _Hit, text: str, ctx: ScanContext) -> bool:
    """Whether the rule named is one made when its sentence says ("The FTC in January 2021
    finalized a rule banning noncompetes" is no rule printed in 2024): its versions printed
    then are kept (the one chosen among them), and a name none of whose rows was is no
    mention of them. A rule told without a time keeps its versions."""
    from . import ruledates

    sent = text.rfind(". ", 0, hit.start) + 1
    when = ruledates.made_when(text, hit.start, hit.end, sent, ctx.date)
    if when is None:
        return True
    dated = ruledates.of_window(hit.candidates, when)
    if not dated:
        return False
    if len(dated) < len(hit.candidates):
        hit.candidates = dated
        hit.chosen = dated[0] if len(dated) == 1 else _choose(hit, text, ctx)
    return True


def _older(rule: Rule, than: Rule) -> bool:
    """Whether ``rule`` was printed before ``than``."""
    if rule.published and than.published:
        return rule.published < than.published
    return rule.year is not None and than.year is not None and rule.year < than.year


def previous_version(cands: list[Rule], chosen: Rule | None, told: Rule | None) -> Rule | None:
    """The version "the previous … rule" means, ``told`` being the version of that rule the
    article named before it: of ``cands``, the one its own words chose (a year, an
    administration) when that one is older than ``told``, else the latest one printed before
    ``told``. None when the article named no version before it, or none is older."""
    if told is None:
        return None
    older = [r for r in cands if _older(r, told)]
    if chosen is not None and chosen in older:
        return chosen
    if not older:
        return None
    last = max(older, key=lambda r: (r.published or "", r.year or 0))
    ties = [r for r in older if (r.published, r.year) == (last.published, last.year)]
    return last if len(ties) == 1 else None


def _previous_versions(hits: list[_Hit]) -> None:
    """Versions told by what the article named before. A mention whose version only the
    article's date chose takes the one version the article's words named before it. A rule
    told as "the previous/prior/earlier … rule" is the version before the one the article
    named before it (the article's own version is no "previous" one): its own words' choice
    when older, else the latest older version; with no version named before it, only a
    version its own words chose (never the one the date picks)."""
    from .agencyrules import group_of

    told: dict[int, Rule] = {}
    # the versions the article's own words chose before (a year, an administration …)
    worded: dict[int, set[str]] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        if not hit.candidates:
            continue
        group = group_of(hit.candidates[0].name)
        if not hit.previous:
            named = worded.get(group, set())
            if hit.by_date and hit.chosen is not None and len(named) == 1:
                # "the 2019 overtime rule … The overtime rule had raised …" in a story of
                # 2025: the version the article named, not the one its date would pick
                (name,) = named
                hit.chosen = next((r for r in hit.candidates if r.name == name), hit.chosen)
                hit.by_date = False
            elif hit.chosen is not None and not hit.by_date:
                worded.setdefault(group, set()).add(hit.chosen.name)
            if hit.chosen is not None:
                told[group] = hit.chosen
            continue
        if group in told:
            hit.chosen = previous_version(hit.candidates, hit.chosen, told[group])
        elif hit.by_date:
            hit.chosen = None
        hit.by_date = False


# A version named by its year and what it is for: "the 2024 Rule for Mental Health Parity",
# "the 2020 rule on sexual harassment", or by the act it carries out: "the 2024 Rule
# implementing the Mental Health Parity and Addiction Equity Act (MHPAEA)" (census35 P2). The
# words after the preposition must be one row's alias, any case (or, after "implementing", the
# act's name among its `topics`), and the year that row's.
# (each word boundary or look behind asked after the pattern's first letter or digit, so that a
# whole-text search skips to those: ``trie.at_word_start``)
YEAR_RULE_OF = deferred(
    r"(?P<year>(?:1(?<!\w1)9|2(?<!\w2)0)\d\d)\s+(?:[Ff]inal\s+)?(?:[Rr]ules?|[Rr]egulations?)\s+"
    r"(?P<prep>for|on|implementing)\s+(?:the\s+)?"
)

# an act's name among a row's topics: "Mental Health Parity and Addiction Equity Act"
ACT_TOPIC = deferred(r"\bAct(?: of (?:19|20)\d\d)?$")


@cache
def _year_rule_keys(acts: bool) -> dict[str, tuple[Rule, ...]]:
    """Each alias of the table's final rules, lowercased, and the rows that hold it; with
    ``acts``, also each capitalised topic that is an act's name ("… Equity Act")."""
    keys: dict[str, list[Rule]] = {}
    for r in rules():
        if r.proposed or r.year is None:
            continue
        topics = [t for t in r.topics if acts and t[:1].isupper() and ACT_TOPIC.search(t)]
        for k in {*r.aliases, *topics}:
            if len(k) >= 4:
                keys.setdefault(k.lower(), []).append(r)
    return {k: tuple(v) for k, v in keys.items()}


def _year_rules_of(text: str, ctx: ScanContext, taken: list[Mention]) -> list[Mention]:
    """Rules named "the YEAR Rule for <alias or topic>" or "the YEAR Rule implementing <Act>"."""
    if "ule" not in text and "egulation" not in text:
        return []
    out: list[Mention] = []
    for m in YEAR_RULE_OF.finditer(text):
        year, at = int(m.group("year")), m.end()
        keys = _year_rule_keys(m.group("prep") == "implementing")
        head = text[at : at + 120]
        fits: set[Rule] = set()
        longest = 0
        for key, rows in keys.items():
            if not head.lower().startswith(key):
                continue
            if len(head) > len(key) and (head[len(key)].isalnum() or head[len(key)] == "-"):
                continue  # a word that goes on: not the key
            if m.group("prep") == "implementing" and not head[:1].isupper():
                continue  # an act carried out is named with capitals
            fit = [r for r in rows if r.year == year and not _after_article(r, ctx.date)]
            if fit and len(key) >= longest:
                if len(key) > longest:
                    fits, longest = set(), len(key)
                fits.update(fit)
        if len(fits) != 1:
            continue  # no row, or two rules of that year on that topic: name none
        rule = fits.pop()
        start = m.start()
        end = m.start("prep") - 1 if m.group("prep") == "implementing" else at + longest
        if any(t.start < end and start < t.end for t in [*taken, *out]):
            continue
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "regulation",
                rule.target,
                name=rule.name,
                confidence=0.85,
                matcher="regulations",
                evidence=f"the {year} rule its words name ({m.group('prep')} …): {rule.name}",
            )
        )
    return out


def _capitalised_rule_name(alias: str) -> bool:
    """Whether ``alias`` is a name in title case with a capitalised rule word before its last
    word ("Lead and Copper Rule Revisions", "Lead and Copper Rule Improvements"): the name of
    a rule that revises another, said alone as news and the agency print it."""
    words = alias.split()
    if len(words) < 3 or not all(w[:1].isupper() or w in _SMALL_WORDS for w in words):
        return False
    return any(w in _RULE_NAME_WORDS for w in words[1:-1])


def _head_of_list(rule: Rule, phrase: str, text: str, end: int) -> bool:
    """Whether a key in capitals ending at ``end`` opens a list of names that ends in one
    plural head noun its rule is called by ("the SAVE, Pay As You Earn (PAYE) and
    Income-Contingent Repayment (ICR) plans", with "SAVE plan" an alias of the row; "the
    LCRR, X and Y rules"): the key names its rule without a rule word of its own."""
    if not phrase.isupper() or not 2 <= len(phrase) <= 8:
        return False
    listed = LIST_HEAD_AFTER.match(text, end)
    if listed is None:
        return False
    head = listed.group("head")[:-1]  # (the singular)
    return head != "plan" or f"{phrase} plan".lower() in {a.lower() for a in rule.aliases}


def _topic_near(rule: Rule, phrase: str, text: str, start: int) -> bool:
    """Whether another alias or a topic of ``rule`` stands within ``NICKNAME_REACH`` characters
    of a nickname at ``start`` ("the 'wealth test' for people seeking green cards")."""
    window = text[max(0, start - NICKNAME_REACH) : start + NICKNAME_REACH].lower()
    words = (w.lower() for w in (*rule.aliases, *rule.topics) if w != phrase)
    return any(re.search(rf"\b{re.escape(w)}\b", window) for w in words)


def _named(text: str, ctx: ScanContext) -> list[Mention]:
    hits: list[_Hit] = []
    grouped: dict[tuple[int, int], _Hit] = {}
    for h in _matcher().hits_in(ctx):
        alias, rule = h.payload
        if _after_article(rule, ctx.date):
            continue  # printed months after the article was written: not the rule it means
        start, end = h.start, h.end
        if VERSION_AFTER.match(text, end):
            continue  # "Clean Power Plan 2.0" is its successor, never the plan itself
        program = _names_program(rule, alias.phrase)
        if program and RULE_AFTER().match(text[end : end + 40]):
            continue  # "the Greenhouse Gas Reporting Program rule": a document, not the part
        if (
            alias.standalone
            and alias.phrase[:1].islower()
            and INDEFINITE_BEFORE.search(text, max(0, start - 4), start)
            and GENERIC_CLAIM_AFTER.match(text, end)
        ):
            continue  # "An asylum ban is illegal": any such ban, not the rule the alias names
        if alias.phrase.lower() in nicknames() and not _topic_near(rule, alias.phrase, text, start):
            continue  # "a wealth test for club members": a nickname needs its rule's subject
        if alias.phrase.startswith("Order ") and NOT_AGENCY_ORDER().search(
            text, max(0, start - 20), start
        ):
            continue  # "Executive Order 2222", "General Order No. 2222": another kind of order
        if (
            not alias.standalone
            and "-" not in alias.phrase
            and "-" in (written := text[start:end])
            and not written.islower()
        ):
            continue  # (the hyphenated topic only in lower case: "BRA Negative-Option Rule" is
            # a name of its own, for the passes that read capitalised rule names)
        described = None
        if not alias.standalone:
            after = RULE_AFTER().match(text[end : end + 40])
            verb = after and after.group(0).lower().endswith(("bans", "mandates"))
            if verb and after and VERB_AFTER.match(text, end + after.end()):
                after = None  # "Title IX bans sex discrimination": a verb
            if after is None and rule.agency.startswith("Federal Communications"):
                after = ORDER_AFTER.match(text[end : end + 40])
            if (
                after
                and after.group(0).strip() == "regulation"
                and ACTIVITY_BEFORE.search(text, max(0, start - 10), start)
            ):
                continue  # "what might happen next in LDT regulation": the regulating
            if after:
                end += after.end()
            elif _head_of_list(rule, alias.phrase, text, end):
                pass  # "the SAVE, PAYE and ICR plans": the key alone is the mention
            elif text[start : start + 1].isupper() and TITLED.search(
                text, max(0, start - 60), start
            ):
                # "an interim final rule, Securing the Border,": the rule's own title (a title
                # has capitals: "Under the current rules, able-bodied adults without
                # dependents are limited …" names people, not the rule)
                pass
            else:
                described = _described_start(text, start)
                if described is None:
                    continue
                start = described
        pre = None if described is not None else PREFIX().search(text[max(0, start - 30) : start])
        proposed = False
        if pre:
            proposed = "proposed" in pre.group(0).lower()
            start -= len(pre.group(0))
        elif described is not None:
            # "the Labor Department's proposed rule on home care": the words before "rule on"
            proposed = PROPOSED_WORD.search(text, start, h.start) is not None
        elif "roposed" in text[max(0, start - 60) : start]:
            proposed = (
                PROPOSED_BEFORE.search(text, max(0, start - 60), start) is not None
                or PROPOSAL_TITLED.search(text, max(0, start - 60), start) is not None
            )
        if not proposed and PROPOSING_VERB.search(text, max(0, start - 30), start):
            proposed = True  # "DHS proposed a rule on public charge": the proposal
        if not proposed and rule.proposed and PROPOSED_WORD.search(alias.phrase):
            proposed = True  # the alias says so itself: "the proposed repeal of GHG standards"
        if described is None and _local_owner(text, start):
            continue  # "New York's surprise billing rules": the state's own rule
        agency = _agency_of(text, start, described is not None)
        if agency is None and described is not None:
            # "the DOJ rule on disparate impact": the agency's name before the rule word
            agency = _agency_in(text, start, h.start)
        if agency is not None and not _issued_by(rule, agency):
            continue  # "the NLRB's joint-employer rule" is not the Labor Department's
        standing = program and not YEAR_IN.search(text, start, end)
        if (
            described is None
            and not alias.standalone
            and text[start:end].lower().endswith("regulations")
        ):
            # "the CEQ NEPA regulations": an act's rules as they stand, its C.F.R. part (SPEC
            # §2) unless a year tells one document; "their own NEPA regulations" none at all
            if (
                GENERIC_REGS_BEFORE.search(text, max(0, start - 30), start)
                or GENERIC_REGS_AFTER.match(text, end)
                or IN_NAMED_RULE.match(text, end)
            ):
                continue
            standing = not (
                proposed
                or YEAR_IN.search(text, start, end)
                or YEAR_AFTER.match(text, end)
                or FROM_YEAR.match(text, end)
                or IN_YEAR.match(text, end)
            )
        key = (start, end)
        if key not in grouped:
            grouped[key] = _Hit(start, end, alias.phrase.lower(), [], proposed, agency=agency)
            grouped[key].standing = standing
            grouped[key].previous = (
                PREVIOUS_BEFORE.search(text, max(0, start - 30), start) is not None
            )
            hits.append(grouped[key])
        grouped[key].standalone = grouped[key].standalone or alias.standalone
        if rule not in grouped[key].candidates:
            grouped[key].candidates.append(rule)
    for hit in hits:
        # "the proposed … rule" is the proposal, if the table has it; anything else a final rule
        staged = [r for r in hit.candidates if r.proposed == hit.proposed]
        if not staged and not hit.proposed:
            # a rule named before its final version was printed is its proposal ("the Clean
            # Power Plan" in an article of 2015, months before the final rule)
            staged = _pending_proposals(hit.candidates, ctx.date)
        if staged or not hit.proposed:
            hit.candidates = staged
            hit.chosen = _choose(hit, text, ctx) if staged else None
        elif (proposal := _proposal_of(hit, ctx.date)) is not None:
            # "the Labor Department's proposed rule on home care": the agency's one proposal
            # the topic words name (a row whose alias is another), never its final rule
            hit.candidates, hit.chosen = [proposal], proposal
    hits = [h for h in hits if h.candidates and _made_as_told(h, text, ctx)]
    for hit in hits:
        if _other_agencies_share(hit, ctx):
            # "disparate impact regulations": HUD's, the CFPB's, the Justice Department's …
            # with no agency told, the words pick none of them (no version, no part)
            hit.chosen, hit.candidates = None, []
    stale = _stale_groups(hits, text, ctx.date)
    for hit in hits:
        if hit.by_date and frozenset(r.name for r in hit.candidates) in stale:
            hit.chosen = None
    _previous_versions(hits)
    # One article, one version: an undecided mention takes the version chosen elsewhere.
    chosen_by_key: dict[frozenset[str], Counter[str]] = {}
    for hit in hits:
        if hit.chosen and not hit.previous and not hit.standing:
            group = frozenset(r.name for r in hit.candidates)
            chosen_by_key.setdefault(group, Counter())[hit.chosen.name] += 1
    out: list[Mention] = []
    for hit in hits:
        if not hit.candidates:
            out.append(
                Mention(
                    hit.start,
                    hit.end,
                    text[hit.start : hit.end],
                    "regulation",
                    None,
                    confidence=0.6,
                    url=federal_register_search(hit.key),
                    matcher="regulations",
                    evidence="named rule (several agencies have rules of that name)",
                )
            )
            continue
        group = frozenset(r.name for r in hit.candidates)
        chosen: Rule | None = hit.chosen
        confidence = 0.9
        parts = {r.cfr for r in hit.candidates}
        program = _names_program(hit.candidates[0], hit.key)
        # the part as it stands: a name the table's versions share (one rule's own name is
        # that rule), unless the article named one version by that name ("the final Title IX
        # rule … the Title IX regulations"); never a version a year elsewhere chose
        standing = (
            hit.standing
            and (len(hit.candidates) > 1 or program)
            and len(parts) == 1
            and None not in parts
        )
        if standing and group in chosen_by_key and not program:
            chosen, standing = None, False  # (the version the article named, below)
        if standing:
            chosen = None
        elif (
            chosen is None
            and group in chosen_by_key
            and not hit.proposed
            and not hit.previous
            and group not in stale
        ):
            votes = chosen_by_key[group].most_common()
            if len(votes) == 1:
                chosen = next(r for r in hit.candidates if r.name == votes[0][0])
                confidence = 0.85
        if chosen is not None:
            authority, name = chosen.target, chosen.name
        else:
            parts = {r.cfr for r in hit.candidates}
            authority = parts.pop() if len(parts) == 1 else None
            name = None
            confidence = 0.75 if authority else 0.6
        out.append(
            Mention(
                hit.start,
                hit.end,
                text[hit.start : hit.end],
                "regulation",
                authority,
                name=name,
                confidence=confidence,
                matcher="regulations",
                evidence=(f"named rule: {name}" if name else "named rule (version unknown)")
                + (
                    f" (the one version printed by the inferred date: “{hit.soft}”)"
                    if hit.soft
                    else ""
                ),
            )
        )
    return out + _year_rules_of(text, ctx, out)
