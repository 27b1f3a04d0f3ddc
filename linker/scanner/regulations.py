"""Regulations: C.F.R. forms eyecite misses, Federal Register citations, and rules by name.

* C.F.R.: "8 CFR 287.8", "34 C.F.R. Part 106", "34 CFR 106", "part 106 of title 34 of the
  Code of Federal Regulations", "section 287.8 of title 8 of the Code of Federal Regulations"
  → ``cfr:TITLE:PART[.SECTION]``. Citations with a section sign ("8 C.F.R. § 287.8") are
  eyecite's (``linker/scanner/citations.py``) and are not repeated here.
* Federal Register: "89 FR 33474", "89 Fed. Reg. 33,474" → ``fr:VOLUME:PAGE``.
* Named rules from ``linker/data/rules.csv``: an alias that is itself a name ("the Clean Power
  Plan", "the Navigable Waters Protection Rule") or a key followed by a rule word ("the Title
  IX rule", "final Title IX rule", "Title IX regulations", "the public charge rule"). When
  several rules share a key, the mention's year ("the 2020 Title IX rule"), the president or
  administration named before it, the article's date, and the version already identified
  elsewhere in the article choose one; failing that the mention links the C.F.R. part the
  versions share. "The rule of law", "as a rule", "the filibuster rule" are not rule names and
  never match.
* The agency that issued a rule, when the article names it with the rule ("the Labor
  Department's overtime rule", "the EPA's power plant rule", "the FTC's ban on noncompetes"),
  keeps only that agency's rows: another agency's rule of the same topic is never linked. The
  FCC's rules are "orders" ("the FCC's net neutrality order"). A rule printed in the Federal
  Register more than 90 days after the article's date (signing comes weeks before printing)
  is never linked.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .. import ids
from ..lexicon import presidents
from ..links import federal_register_search
from ..models import Mention
from . import agencyrules, provisions
from .context import ScanContext
from .doc import Anchor, Doc, merged_windows
from .orderdata import Rule, rules, rules_by_target
from .phrases import PhraseMatcher, bank_table
from .registry import Pass
from .signals import legal_article
from .state_laws import state_names

CFR = re.compile(
    r"\b(?P<title>\d{1,2})\s*(?P<cfr>C\.?\s?F\.?\s?R\.?)"
    r"(?:\s*,?\s*(?:[Pp](?:ar)?ts?\.?\s*(?P<part>\d{1,4})(?!\d|\.\d)"
    r"|(?:(?P<ss>§§?)\s*|[Ss]ec(?:tion|s?\.)\s*)?(?P<sec>\d{1,4}(?:\.\d+[a-z]{0,2}(?:[-–]\d+[a-z]?)?)?)"
    r"(?P<sub>(?:\([A-Za-z0-9]{1,4}\))*)))"
    r"(?![\w§])"
)
PLAIN_SECTION = re.compile(r"\d+(?:\.\d+)?$")
# After "29 C.F.R. §§ 778.217(a)": ", 778.22" or "and 208.30", more sections of the title.
CFR_LIST_AFTER = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:§\s*)?"
    r"(?P<sec>\d{1,4}\.\d+[a-z]{0,2}(?:[-–]\d+[a-z]?)?)(?:\([A-Za-z0-9]{1,4}\))*(?![\w§])"
)
PART_OF_TITLE = re.compile(
    r"\b(?:(?P<kind>[Pp]art|[Ss]ection)\s+(?P<num>\d{1,4}(?:\.\d+[a-z]?)?)\s+of\s+)"
    r"[Tt]itle\s+(?P<title>\d{1,2})\s+of\s+the\s+Code\s+of\s+Federal\s+Regulations\b"
)
TITLE_PART = re.compile(
    r"\b[Tt]itle\s+(?P<title>\d{1,2})\s+of\s+the\s+Code\s+of\s+Federal\s+Regulations,?\s+"
    r"(?P<kind>[Pp]art|[Ss]ection|§)\s*(?P<num>\d{1,4}(?:\.\d+[a-z]?)?)"
)
FR = re.compile(
    r"\b(?P<vol>\d{1,3})\s+(?:FR|Fed\.\s?Reg\.)\s+(?P<page>\d{1,3},\d{3}|\d{1,6})(?![\d,]\d)"
)

RULE_WORDS = r"(?:(?:interim\s+)?final\s+)?(?:rules?|regulations?|regs|bans?|mandates?)"
HEADS = {
    "rule", "rules", "regulation", "regulations", "plan", "order", "ban", "standard",
    "standards", "finding", "findings",
}  # fmt: skip
# A Federal Register title is a name in itself when it has this many words ("Restoring
# Internet Freedom", "Inadmissibility on Public Charge Grounds"), not "Bump-Stock-Type Devices".
TITLE_WORDS = 3
PREFIX = re.compile(
    r"(?:\b(?P<year>(?:19|20)\d\d)\s+|\b(?P<mod>final|new|proposed|revised|updated)\s+)+$",
    re.IGNORECASE,
)
RULE_AFTER = re.compile(rf"^[”\"’']?(?:'s|’s)?\s+{RULE_WORDS}\b", re.IGNORECASE)
# "Title IX bans sex discrimination", "the law mandates that …": the verb, not a rule called a
# ban. A noun is followed by a preposition, a verb of its own or punctuation.
VERB_AFTER = re.compile(
    r"\s+(?!(?:on|in|of|for|and|or|are|were|is|was|have|had|remain|that|which|took|went|would|will|could|can|may|must)\b)[a-z]"
)
# The FCC adopts its rules as orders: "the FCC's net neutrality order", "Open Internet orders".
ORDER_AFTER = re.compile(r"^[”\"’']?\s+orders?\b", re.IGNORECASE)
# An agency named with its rule, and the words its rows' ``agency`` column uses. The Justice
# Department's rules include the ATF's; a department's include its bureaus' (OSHA, CMS, FDA).
# Each row: how news names the agency, the words its rows' ``agency`` column uses, and its
# slug on federalregister.gov (``conditions[agencies][]``; None where not checked).
AGENCIES: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    (
        r"EPA|Environmental\s+Protection\s+Agency",
        ("Environmental Protection Agency", "EPA"),
        "environmental-protection-agency",
    ),
    (
        r"OSHA|Occupational\s+Safety\s+and\s+Health\s+Administration",
        ("Occupational Safety",),
        "occupational-safety-and-health-administration",
    ),
    (
        r"Labor\s+Department|Department\s+of\s+Labor|DOL|Labor\s+Dept\.",
        ("Department of Labor",),
        "labor-department",
    ),
    (
        r"NLRB|National\s+Labor\s+Relations\s+Board|labor\s+board",
        ("National Labor Relations",),
        "national-labor-relations-board",
    ),
    (
        r"FCC|Federal\s+Communications\s+Commission",
        ("Federal Communications Commission",),
        "federal-communications-commission",
    ),
    (
        r"FTC|Federal\s+Trade\s+Commission",
        ("Federal Trade Commission",),
        "federal-trade-commission",
    ),
    (
        r"SEC|Securities\s+and\s+Exchange\s+Commission",
        ("Securities and Exchange Commission",),
        "securities-and-exchange-commission",
    ),
    (
        r"CFPB|Consumer\s+Financial\s+Protection\s+Bureau",
        ("Consumer Financial Protection Bureau",),
        "consumer-financial-protection-bureau",
    ),
    (
        r"CMS|Centers\s+for\s+Medicare\s+(?:&|and)\s+Medicaid\s+Services",
        ("Medicare & Medicaid",),
        "centers-for-medicare-medicaid-services",
    ),
    (
        r"FDA|Food\s+and\s+Drug\s+Administration",
        ("Food and Drug Administration",),
        "food-and-drug-administration",
    ),
    (
        r"HHS|(?:Department\s+of\s+)?Health\s+and\s+Human\s+Services(?:\s+Department)?",
        ("Health and Human Services",),
        "health-and-human-services-department",
    ),
    (
        r"Education\s+Department|Department\s+of\s+Education",
        ("Department of Education",),
        "education-department",
    ),
    (
        r"DHS|Homeland\s+Security(?:\s+Department)?|Department\s+of\s+Homeland\s+Security",
        ("Homeland Security",),
        "homeland-security-department",
    ),
    (
        r"ATF|Bureau\s+of\s+Alcohol,\s+Tobacco,\s+Firearms\s+and\s+Explosives",
        ("Alcohol, Tobacco",),
        "alcohol-tobacco-firearms-and-explosives-bureau",
    ),
    (
        r"Justice\s+Department|Department\s+of\s+Justice|DOJ",
        ("Department of Justice", "Alcohol, Tobacco"),
        "justice-department",
    ),
    (
        r"FinCEN|Financial\s+Crimes\s+Enforcement\s+Network",
        ("Financial Crimes Enforcement",),
        "financial-crimes-enforcement-network",
    ),
    (
        r"Treasury(?:\s+Department)?|Department\s+of\s+the\s+Treasury",
        ("Department of the Treasury",),
        "treasury-department",
    ),
    (
        r"BLM|Bureau\s+of\s+Land\s+Management",
        ("Bureau of Land Management",),
        "land-management-bureau",
    ),
    (
        r"Interior\s+Department|Department\s+of\s+the\s+Interior",
        ("Department of the Interior",),
        "interior-department",
    ),
    (
        r"Transportation\s+Department|Department\s+of\s+Transportation|DOT",
        ("Department of Transportation",),
        "transportation-department",
    ),
    (r"Army\s+Corps(?:\s+of\s+Engineers)?", ("Army Corps",), "engineers-corps"),
    (
        r"CEQ|Council\s+on\s+Environmental\s+Quality",
        ("Council on Environmental Quality",),
        "council-on-environmental-quality",
    ),
    (r"FAA|Federal\s+Aviation\s+Administration", ("Federal Aviation Administration",), None),
    (
        r"HUD|Housing\s+and\s+Urban\s+Development(?:\s+Department)?|Department\s+of\s+Housing"
        r"\s+and\s+Urban\s+Development",
        ("Housing and Urban Development",),
        "housing-and-urban-development-department",
    ),
    (
        r"USDA|Agriculture\s+Department|Department\s+of\s+Agriculture",
        ("Department of Agriculture",),
        "agriculture-department",
    ),
    # Agencies with no row yet: a rule of theirs gets a Federal Register search (slugs as the
    # API spells them, where a public client or a real response shows it; else None)
    (
        r"IRS|Internal\s+Revenue\s+Service",
        ("Internal Revenue Service",),
        "internal-revenue-service",
    ),
    (
        r"Energy\s+Department|Department\s+of\s+Energy",
        ("Department of Energy",),
        "energy-department",
    ),
    (
        r"FERC|Federal\s+Energy\s+Regulatory\s+Commission",
        ("Federal Energy Regulatory Commission",),
        "federal-energy-regulatory-commission",
    ),
    (r"Federal\s+Reserve(?:\s+Board)?", ("Federal Reserve",), "federal-reserve-system"),
    (
        r"EEOC|Equal\s+Employment\s+Opportunity\s+Commission",
        ("Equal Employment Opportunity Commission",),
        "equal-employment-opportunity-commission",
    ),
    (
        r"Commerce\s+Department|Department\s+of\s+Commerce",
        ("Department of Commerce",),
        "commerce-department",
    ),
    (
        r"EBSA|Employee\s+Benefits\s+Security\s+Administration",
        ("Employee Benefits Security",),
        "employee-benefits-security-administration",
    ),
    (r"Wage\s+and\s+Hour\s+Division", ("Wage and Hour Division",), "wage-and-hour-division"),
    (
        r"NHTSA|National\s+Highway\s+Traffic\s+Safety\s+Administration",
        ("National Highway Traffic Safety",),
        None,
    ),
    (
        r"USCIS|U\.S\.\s+Citizenship\s+and\s+Immigration\s+Services",
        ("Citizenship and Immigration",),
        None,
    ),
)
_AGENCY_ALT = "|".join(f"(?:{rx})" for rx, _, _ in AGENCIES)
# "the Labor Department's [new|final|2016] overtime rule": the agency right before the rule.
AGENCY_BEFORE = re.compile(rf"\b(?P<agency>{_AGENCY_ALT})(?:['’]s)?\s+$")
# "the FTC's ban on noncompetes": the agency owns the description.
_AGENCY_IN = re.compile(rf"\b(?:{_AGENCY_ALT})\b")
AGENCY_OWNS = re.compile(rf"(?:[Tt]he\s+)?(?P<agency>{_AGENCY_ALT})['’]s\s")
YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")
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


@dataclass(frozen=True)
class _Alias:
    phrase: str
    standalone: bool


@bank_table
@cache
def _matcher() -> PhraseMatcher[tuple[_Alias, Rule]]:
    entries: list[tuple[str, tuple[_Alias, Rule]]] = []
    for r in rules():
        for a in r.aliases:
            # a name in itself: "the Clean Power Plan", "Regulation Best Interest", "Reg BI"
            standalone = a.split()[-1].lower() in HEADS or a.split()[0] in ("Regulation", "Reg")
            standalone = standalone and a not in r.programs
            entries.append((a, (_Alias(a, standalone), r)))
            if not standalone and a[-1:].islower():
                entries.append((a + "s", (_Alias(a, False), r)))  # "a ban on bump stocks"
        title = _title(r.name)
        if title and title not in r.aliases:
            entries.append((title, (_Alias(title, title not in r.programs), r)))
    return PhraseMatcher(entries)


def _title(name: str) -> str | None:
    """A row's Federal Register title as a name news may print ("the Non-Compete Clause
    Rule", "Restoring Internet Freedom"), without the note in parentheses; None when it is
    too short or too plain to be a name by itself."""
    title = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()
    if ";" in title or ":" in title:
        return None  # a combined title ("Carbon Pollution …: Electric Utility …") is not said
    words = title.split()
    capitals = [w for w in words if w[:1].isupper()]
    if len(words) < TITLE_WORDS or len(capitals) < TITLE_WORDS or len(words) > 12:
        return None
    return title


# A rule described by what it bans or governs: "a Trump-era ban on bump stocks", "the
# administration's rule on ghost guns", "federal regulations restricting noncompetes". The
# key must follow directly; a state's, city's or court's ban is not a federal rule.
DESCRIBED_BEFORE = re.compile(
    r"\b(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[A-Z][\w.]*['’]s)\s+(?P<adj>(?:[\w-]+['’]?s?\s+){0,3}?)"
    r"(?:ban|rule|regulation|restrictions?|limits?)\s+"
    r"(?:on|banning|barring|restricting|governing|covering|targeting|for|against|of)\s+"
    r"(?:so-called\s+|the\s+use\s+of\s+)?$"
)
NOT_FEDERAL = re.compile(
    r"\b(?:state|states|city|county|local|court|judge|school|company|store|platform)\b"
    r"|\b(?:New|North|South|West)\s*$",
    re.IGNORECASE,
)


# How ``DESCRIBED_BEFORE``'s last words end ("on", "banning", "for", "against", "of",
# "so-called" …): words before a rule's key that end otherwise need not be searched.
_DESCRIBED_BEFORE_ENDS = ("on", "ng", "or", "st", "of", "ed")


def _described_start(text: str, start: int) -> int | None:
    """Where a description of a rule by its key ends at ``start`` begins, or None."""
    before = text[max(0, start - 80) : start]
    core = before.rstrip()  # every match ends in white space after one of the last words
    if len(core) == len(before) or not core.endswith(_DESCRIBED_BEFORE_ENDS):
        return None
    m = DESCRIBED_BEFORE.search(before)
    if m is None:
        return None
    words = m.group("det") + " " + m.group("adj")
    owner = m.group("det").rstrip("s").rstrip("'’")
    if NOT_FEDERAL.search(words) or owner in state_names():
        return None
    return start - (len(before) - m.start())


def _agency_of(text: str, start: int, described: bool) -> tuple[str, ...] | None:
    """The ``agency`` words of the agency named with the rule at ``start``, if one is."""
    if described:
        m = AGENCY_OWNS.match(text, start)
    else:
        m = AGENCY_BEFORE.search(text[max(0, start - 80) : start])
    if m is None:
        return None
    named = m.group("agency")
    for rx, words, _ in AGENCIES:
        if re.fullmatch(rx, named):
            return words
    return None


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


def _issued_by(rule: Rule, words: tuple[str, ...]) -> bool:
    return any(w in rule.agency for w in words)


# Every C.F.R. citation holds "CFR" spelt some way, every Federal Register one "FR" or
# "Fed. Reg."; patterns opening on a literal let the regex engine skip ahead to them, and the
# full patterns then run only around those words.
_CFR_WORD = re.compile(r"C\.?\s?F\.?\s?R")
_FR_WORD = re.compile(r"FR|Fed\.\s?Reg\.")


def _around(text: str, word: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    return merged_windows((m.span() for m in word.finditer(text)), before, after, len(text))


def _citations(text: str) -> list[Mention]:
    out: list[Mention] = []
    cfr = (m for ws, we in _around(text, _CFR_WORD, 8, 90) for m in CFR.finditer(text, ws, we))
    for m in cfr:
        part = m.group("part") or m.group("sec")
        whole = m.group("ss") == "§" and m.group("cfr") == "C.F.R." and not m.group("sub")
        if not part or (whole and PLAIN_SECTION.match(part)):
            continue  # "8 C.F.R. § 287.8" is eyecite's; it cuts "240.10b-5" to "240" and
            # leaves out subsections and lists, which ours keep
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "regulation",
                ids.cfr(m.group("title"), part),
                confidence=0.97,
                matcher="regulations",
                evidence="C.F.R. citation",
            )
        )
        e = m.end()
        while m.group("ss") == "§§" and (more := CFR_LIST_AFTER.match(text, e)):
            out.append(
                Mention(
                    more.start("sec"),
                    more.end(),
                    text[more.start("sec") : more.end()],
                    "regulation",
                    ids.cfr(m.group("title"), more.group("sec")),
                    confidence=0.95,
                    matcher="regulations",
                    evidence="C.F.R. citation, one of a list",
                )
            )
            e = more.end()
    for rx in (PART_OF_TITLE, TITLE_PART) if "Federal Regulations" in text else ():
        for m in rx.finditer(text):
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "regulation",
                    ids.cfr(m.group("title"), m.group("num")),
                    confidence=0.95,
                    matcher="regulations",
                    evidence="C.F.R. in words",
                )
            )
    for m in (m for ws, we in _around(text, _FR_WORD, 8, 24) for m in FR.finditer(text, ws, we)):
        vol, page = int(m.group("vol")), int(m.group("page").replace(",", ""))
        out.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                "regulation",
                f"fr:{vol}:{page}",
                confidence=0.96,
                matcher="regulations",
                evidence="Federal Register citation",
            )
        )
    return out


@dataclass
class _Hit:
    start: int
    end: int
    key: str
    candidates: list[Rule]
    proposed: bool
    chosen: Rule | None = None


def _choose(hit: _Hit, text: str, ctx: ScanContext) -> Rule | None:
    cands = hit.candidates
    if len(cands) == 1:
        return cands[0]
    years = [int(y) for y in YEAR_IN.findall(text[hit.start : hit.end])]
    if years:
        exact = [r for r in cands if r.year == years[0]]
        return exact[0] if len(exact) == 1 else None
    # the words of the rule's own sentence before it (at most 250 characters back)
    start = max(ctx.sentence_start(hit.start), hit.start - 250)
    admins = list(ADMIN.finditer(text, start, hit.start))
    if admins:
        lo, hi = ADMIN_YEARS[admins[-1].group("name")]
        in_term = [r for r in cands if r.year is not None and lo <= r.year <= hi]
        if len(in_term) == 1:
            return in_term[0]
    if ctx.date and ctx.date[:4].isdigit():
        year = int(ctx.date[:4])
        before = [r for r in cands if r.year is not None and r.year <= year]
        if before:
            latest = max(r.year or 0 for r in before)
            last = [r for r in before if r.year == latest]
            return last[0] if len(last) == 1 else None  # two that year: the words must tell
    return None


def _named(text: str, ctx: ScanContext) -> list[Mention]:
    hits: list[_Hit] = []
    grouped: dict[tuple[int, int], _Hit] = {}
    for h in _matcher().hits_in(ctx):
        alias, rule = h.payload
        if _after_article(rule, ctx.date):
            continue  # printed months after the article was written: not the rule it means
        start, end = h.start, h.end
        described = None
        if not alias.standalone:
            after = RULE_AFTER.match(text[end : end + 40])
            verb = after and after.group(0).lower().endswith(("bans", "mandates"))
            if verb and after and VERB_AFTER.match(text, end + after.end()):
                after = None  # "Title IX bans sex discrimination": a verb
            if after is None and rule.agency.startswith("Federal Communications"):
                after = ORDER_AFTER.match(text[end : end + 40])
            if after:
                end += after.end()
            else:
                described = _described_start(text, start)
                if described is None:
                    continue
                start = described
        pre = None if described is not None else PREFIX.search(text[max(0, start - 30) : start])
        proposed = False
        if pre:
            proposed = "proposed" in pre.group(0).lower()
            start -= len(pre.group(0))
        agency = _agency_of(text, start, described is not None)
        if agency is not None and not _issued_by(rule, agency):
            continue  # "the NLRB's joint-employer rule" is not the Labor Department's
        key = (start, end)
        if key not in grouped:
            grouped[key] = _Hit(start, end, alias.phrase.lower(), [], proposed)
            hits.append(grouped[key])
        if rule not in grouped[key].candidates:
            grouped[key].candidates.append(rule)
    for hit in hits:
        # "the proposed … rule" is the proposal, if the table has it; anything else a final rule
        staged = [r for r in hit.candidates if r.proposed == hit.proposed]
        if staged or not hit.proposed:
            hit.candidates = staged
            hit.chosen = _choose(hit, text, ctx) if staged else None
    hits = [h for h in hits if h.candidates]
    # One article, one version: an undecided mention takes the version chosen elsewhere.
    chosen_by_key: dict[frozenset[str], Counter[str]] = {}
    for hit in hits:
        if hit.chosen:
            group = frozenset(r.name for r in hit.candidates)
            chosen_by_key.setdefault(group, Counter())[hit.chosen.name] += 1
    out: list[Mention] = []
    for hit in hits:
        group = frozenset(r.name for r in hit.candidates)
        chosen: Rule | None = hit.chosen
        confidence = 0.9
        if chosen is None and group in chosen_by_key:
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
                evidence=f"named rule: {name}" if name else "named rule (version unknown)",
            )
        )
    return out


RULE_ANCHOR = Anchor("rule", ("Rule", "Regulation", "Regulations"), 200, 40, "word", "word")
_CAP = r"[A-Z][\w'’-]*"
_LINK = r"(?:of|and|for|the|on|in|to|&)"
# A rule by a name the data does not know: "the final Beneficial Ownership Information
# Reporting Rule". Named, linked to a Federal Register search, never given an id.
UNKNOWN_RULE = re.compile(
    rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|{_LINK}))*?\s+(?:Rule|Regulations?))\b"
    r"(?!\s+(?:of\b|\d|[IVXL]+\b))"
)
# Words that open a description, not a name ("the final …", "Trump-era …").
NOT_RULE_WORDS = frozenset({
    "final", "proposed", "interim", "new", "latest", "the", "a", "an", "this", "that",
    "federal", "senate", "house", "court", "supreme", "golden", "gag", "global", "home",
    "majority", "minority", "mercy", "rooney", "hastert", "byrd", "thurmond", "in", "under",
    "after", "his", "her", "its", "trump", "biden", "obama", "bush", "clinton",
    "administration", "era", "agency", "judge",
})  # fmt: skip


def _headline(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a title-case line ("Judge Vacates Biden Border Rule")."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)]
    big = 0
    for w in line.split():
        first = w[:1]
        if not first.isalpha() or w in _SMALL_WORDS:
            continue
        if not first.isupper():
            return False  # prose: the first lower-case word settles it
        big += 1
    return big >= 4


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with"}
)


_POSSESSIVE_OR_ERA = re.compile(r"(?:['’]s|-era)$")


def _plain(word: str) -> str:
    return _POSSESSIVE_OR_ERA.sub("", word.lower())


def _unknown(doc: Doc, named: list[Mention]) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    hits = [m for ws, we in doc.windows("rule") for m in UNKNOWN_RULE.finditer(text, ws, we)]
    legal: bool | None = None
    for m in hits:
        if _headline(text, m.start()):
            continue  # a headline capitalises every word: no sign of a name
        words = m.group("name").split()
        while words and (_plain(words[0]) in NOT_RULE_WORDS or re.search(r"['’]s?$", words[0])):
            words.pop(0)  # "the final …", "FinCEN’s …": not part of the name
        if any(_plain(w) in NOT_RULE_WORDS - {"the", "a", "an", "in"} for w in words[:-1]):
            continue  # "Biden Administration Border Rule" describes, it does not name
        content = [w for w in words[:-1] if w[:1].isupper()]
        if len(content) < 2:
            continue  # "the Byrd Rule", "the Final Rule": not a rule's name
        name = " ".join(words)
        if name.endswith(("Regulation", "Regulations")):
            # a rulebook's name ("the TSL Rules and Regulations", a league's) is a federal
            # regulation's only in an article about law
            legal = legal_article(doc) if legal is None else legal
        start = m.end() - len(name)
        found = Mention(
            start,
            m.end(),
            name,
            "regulation",
            None,
            name=name,
            confidence=0.6,
            url=federal_register_search(name),
            evidence="named like a federal rule; not in linker's list, linked to a search",
            matcher="regulations",
        )
        if legal is False and not _AGENCY_IN.search(text, doc.sentence_start(start), start):
            # outside an article about law and with no federal agency before it in its
            # sentence, only as part of a known rule's title that the article confirms,
            # never as a search (a league's "Rules and Regulations")
            resolved = _part_of_known(doc, named, [found])
            if resolved[0].authority is None:
                continue
        out.append(found)
    return out


def _words(s: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", s.lower()))


@cache
def _titles() -> tuple[tuple[str, Rule], ...]:
    """Each final rule's Federal Register title (without its note in parentheses) as its words
    between spaces (" pfas national primary drinking water regulation ")."""
    note = re.compile(r"\s*\([^)]*\)\s*$")
    return tuple(
        (" " + " ".join(_words(note.sub("", r.name))) + " ", r) for r in rules() if not r.proposed
    )


@cache
def _holders(part: tuple[str, ...]) -> tuple[Rule, ...]:
    """The final rules whose title holds ``part`` and more."""
    key = f" {' '.join(part)} "
    return tuple(r for words, r in _titles() if key in words and len(words) > len(key))


def _part_of_known(doc: Doc, named: list[Mention], unknown: list[Mention]) -> list[Mention]:
    """A rule named by part of a known rule's title ("EPA's first-ever National Primary
    Drinking Water Regulation" for the "PFAS National Primary Drinking Water Regulation") is
    that rule when it is the only title holding those words and the article says which: it
    names that rule elsewhere, or the mention's sentence holds one of its aliases or topics
    ("… for six PFAS compounds"). Otherwise it stays a search."""
    if not unknown:
        return unknown
    linked = {m.authority for m in named if m.authority}
    out: list[Mention] = []
    for m in unknown:
        cands = _holders(_words(m.text))
        rule = cands[0] if len({r.target for r in cands}) == 1 else None
        if rule is not None and rule.target not in linked:
            a, b = doc.sentence_start(m.start), doc.text.find(". ", m.end)
            b = b if b >= 0 else len(doc.text)
            # the words around the mention, not its own ("drinking water" is in the name)
            sentence = f"{doc.text[a : m.start]} {doc.text[m.end : b]}".lower()
            said = (*rule.aliases, *rule.topics)
            if not any(re.search(rf"\b{re.escape(w.lower())}\b", sentence) for w in said):
                rule = None
        if rule is None:
            out.append(m)
            continue
        out.append(
            m.with_(
                authority=rule.target,
                name=rule.name,
                url=None,
                confidence=0.75,
                evidence=f"part of a known rule's title: {rule.name}",
            )
        )
    return out


def _by_agency(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Rules named by their agency ("the Labor Department's rule"): ``agencyrules``."""
    by_id = rules_by_target()
    spans = [(m.start, m.end, by_id.get(m.authority or "")) for m in named]
    out: list[Mention] = []
    for f in agencyrules.find(doc, spans):
        if not f.candidates:
            if not f.proposed:
                out.append(agencyrules.unresolved(f, doc.text))
            continue
        hit = _Hit(f.start, f.end, "", list(f.candidates), False)
        chosen = _choose(hit, doc.text, doc)
        if chosen is None:
            parts = {r.cfr for r in f.candidates}
            authority, name = (parts.pop() if len(parts) == 1 else None), None
        else:
            authority, name = chosen.target, chosen.name
        if authority is None:
            continue
        out.append(
            Mention(
                f.start,
                f.end,
                doc.text[f.start : f.end],
                "regulation",
                authority,
                name=name,
                confidence=0.8 if name else 0.7,
                matcher="regulations",
                evidence=f"the agency's rule: {name}" if name else "the agency's rule",
            )
        )
    return out


PROPOSAL = re.compile(r"\b[Tt]he\s+(?:[Pp]roposed\s+[Rr]ule|NPRM)\b(?!\s+(?:of|on|to)\b)")


def _proposals(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "The proposed rule" in an article about one rule whose proposal the table lists is
    that proposal, wherever the article names the rule ("FinCEN's final rule …, with minimal
    changes from the proposed rule")."""
    by_id = rules_by_target()
    final = {by_id[m.authority] for m in found if m.authority in by_id}
    final = {r for r in final if not r.proposed}
    if len({r.cfr for r in final}) != 1:
        return []
    names = {r.name for r in final}
    groups = {agencyrules.group_of(n) for n in names}
    proposals = [
        r
        for r in rules()
        if r.proposed and agencyrules.group_of(r.name) in groups and not _after_article(r, doc.date)
    ]
    if len(proposals) != 1:
        return []
    (rule,) = proposals
    out: list[Mention] = []
    for ws, we in doc.windows("agency_rule"):
        for m in PROPOSAL.finditer(doc.text, ws, we):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "regulation",
                    rule.target,
                    name=rule.name,
                    confidence=0.7,
                    anaphor=True,
                    matcher="regulations",
                    evidence="the proposal of the rule the article is about",
                )
            )
    return out


# "a Final Rule in the federal register", "by promulgating a Final Rule": the capitalised
# defined term, or any final rule said to be printed in the Federal Register.
INDEFINITE_FINAL = re.compile(
    r"\b[Aa]\s+(?:(?P<cap>Final\s+Rule)|[Ff]inal\s+[Rr]ule)"
    r"(?P<fr>\s+(?:in|to)\s+the\s+[Ff]ederal\s+[Rr]egister)?"
)


def _indefinite_final(doc: Doc, found: list[Mention]) -> list[Mention]:
    """ "A Final Rule in the federal register" in an article that names one final rule and no
    other is that rule ("DHS had cured the defect in DACA by promulgating a Final Rule in the
    federal register", after "the Biden administration's DACA rule"). With two rules named, or
    none, it is left alone: a new rule is introduced this way too."""
    named = {m.authority for m in found if m.authority and not m.anaphor}
    if len(named) != 1:
        return []  # (asked first: it needs no search of the text)
    if "inal Rule" not in doc.text and "inal rule" not in doc.text:
        return []  # every phrase holds "final rule" in some case
    by_id = rules_by_target()
    (target,) = named
    rule = by_id.get(target)
    if rule is None or rule.proposed:
        return []
    out: list[Mention] = []
    for ws, we in doc.windows("agency_rule"):
        for m in INDEFINITE_FINAL.finditer(doc.text, ws, we):
            if not (m.group("cap") or m.group("fr")):
                continue
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            if not any(f.end <= m.start() for f in found if f.authority == target):
                continue  # the rule must have been named before
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "regulation",
                    target,
                    name=rule.name,
                    confidence=0.7,
                    anaphor=True,
                    matcher="regulations",
                    evidence="a final rule, in an article about this one rule",
                )
            )
    return out


def find(doc: Doc) -> list[Mention]:
    """C.F.R. and Federal Register citations and named rules in the text."""
    text = doc.text
    named = _named(text, doc)
    unknown = _part_of_known(doc, named, _unknown(doc, named))
    found = named + _by_agency(doc, named + unknown) + unknown
    extra = _proposals(doc, found) + _indefinite_final(doc, found)
    return _citations(text) + found + extra + provisions.find(doc)


PASS = Pass(
    name="regulations",
    emits=("regulation",),
    anchors=(RULE_ANCHOR, agencyrules.AGENCY_RULE_ANCHOR),
    run=find,
)
