"""The agencies that issue rules: how news names each, the words its rules' ``agency``
column uses, its slug on federalregister.gov, and the agency named with a rule ("the Labor
Department's overtime rule", "the FTC's ban on noncompetes"), which keeps only that agency's
rows (a part of the ``regulations`` pass; ``agencyrules`` reads the table too).
"""

from __future__ import annotations

import re
from functools import cache

from .orderdata import Rule

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
        r"CDC|Centers\s+for\s+Disease\s+Control(?:\s+and\s+Prevention)?",
        ("Disease Control",),
        "centers-for-disease-control-and-prevention",
    ),
    (
        r"FDA|Food\s+and\s+Drug\s+Administration",
        ("Food and Drug Administration",),
        "food-and-drug-administration",
    ),
    (
        r"HHS|Department\s+of\s+Health\s+and\s+Human\s+Services(?:\s+Department)?"
        r"|Health\s+and\s+Human\s+Services(?:\s+Department)?",
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
    (r"WHD|Wage\s+and\s+Hour\s+Division", ("Wage and Hour Division",), "wage-and-hour-division"),
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
    (r"OPM|Office\s+of\s+Personnel\s+Management", ("Office of Personnel Management",), None),
    (r"FRA|Federal\s+Railroad\s+Administration", ("Federal Railroad Administration",), None),
    (
        r"FMCSA|Federal\s+Motor\s+Carrier\s+Safety\s+Administration",
        ("Federal Motor Carrier Safety",),
        None,
    ),
    (r"DEA|Drug\s+Enforcement\s+Administration", ("Drug Enforcement Administration",), None),
    (r"MSHA|Mine\s+Safety\s+and\s+Health\s+Administration", ("Mine Safety",), None),
    (r"Fish\s+and\s+Wildlife\s+Service", ("Fish and Wildlife Service",), None),
    # (fourteenth session: agencies whose rows the table holds but whose name alone did not
    # tell a rule of theirs: "the FAA's drone rule", "NOAA's proposed vessel speed rule")
    (r"FAA|Federal\s+Aviation\s+Administration", ("Federal Aviation Administration",), None),
    (
        r"NOAA(?:\s+Fisheries)?|National\s+Oceanic\s+and\s+Atmospheric\s+Administration"
        r"|NMFS|National\s+Marine\s+Fisheries\s+Service",
        ("Oceanic and Atmospheric", "National Marine Fisheries"),
        None,
    ),
    (r"Forest\s+Service", ("Forest Service",), None),
    (
        r"Army\s+Corps(?:\s+of\s+Engineers)?|Corps\s+of\s+Engineers",
        ("Army Corps",),
        None,
    ),
    (r"Food\s+and\s+Nutrition\s+Service", ("Food and Nutrition Service",), None),
    (r"FSIS|Food\s+Safety\s+and\s+Inspection\s+Service", ("Food Safety and Inspection",), None),
    (
        r"VA|Veterans\s+Affairs(?:\s+Department)?|Department\s+of\s+Veterans\s+Affairs",
        ("Veterans Affairs",),
        None,
    ),
    (r"FHWA|Federal\s+Highway\s+Administration", ("Federal Highway Administration",), None),
    (
        r"BSEE|Bureau\s+of\s+Safety\s+and\s+Environmental\s+Enforcement",
        ("Bureau of Safety and Environmental Enforcement",),
        None,
    ),
    (
        r"OCC|Office\s+of\s+the\s+Comptroller\s+of\s+the\s+Currency"
        r"|Comptroller\s+of\s+the\s+Currency",
        ("Comptroller of the Currency",),
        None,
    ),
    (r"FDIC|Federal\s+Deposit\s+Insurance\s+Corporation", ("Federal Deposit Insurance",), None),
    (r"State\s+Department|Department\s+of\s+State", ("Department of State",), None),
)
# "Dept. of Labor", "U.S. Dept. of Agriculture": news abbreviates "Department of" too.
AGENCIES = tuple(
    (rx.replace(r"Department\s+of", r"Dep(?:artment|t\.)\s+of"), words, slug)
    for rx, words, slug in AGENCIES
)


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _by_first_letter(patterns: list[str]) -> str:
    """One alternation of every agency's names, grouped by the letter each opens on
    ("C(?:DC|enters…|MS)|D(?:…)"): where a name may start, the engine tries the few names
    that open on the letter there, not all eighty (the order among those is kept, and names
    that open on other letters cannot match there, so it finds what the plain alternation
    finds). Every name must open on a letter no quantifier follows."""
    groups: dict[str, list[str]] = {}
    for rx in patterns:
        for b in _branches(rx):
            if not (b[:1].isalpha() and b[1:2] not in ("?", "*", "+", "{")):
                raise ValueError(f"an agency's name opens on no plain letter: {b!r}")
            groups.setdefault(b[0], []).append(b[1:])
    return "|".join(
        f"{c}{rest[0]}" if len(rest) == 1 else f"{c}(?:{'|'.join(rest)})"
        for c, rest in groups.items()
    )


AGENCY_ALT = _by_first_letter([rx for rx, _, _ in AGENCIES])
# The patterns of every agency's name are compiled on first need (by an article that names a
# rule), not at import: they cost a short article's start-up about 5 ms.


@cache
def agency_before() -> re.Pattern[str]:
    """ "the Labor Department's [new|final|2016] overtime rule": the agency right before the
    rule."""
    return re.compile(rf"\b(?P<agency>{AGENCY_ALT})(?:['’]s)?\s+$")


@cache
def agency_word() -> re.Pattern[str]:
    """Any agency's name, as a whole word."""
    return re.compile(rf"\b(?:{AGENCY_ALT})\b")


@cache
def agency_owns() -> re.Pattern[str]:
    """ "the FTC's ban on noncompetes": the agency owns the description."""
    return re.compile(rf"(?:[Tt]he\s+)?(?P<agency>{AGENCY_ALT})['’]s\s")


def _agency_of(text: str, start: int, described: bool) -> tuple[str, ...] | None:
    """The ``agency`` words of the agency named with the rule at ``start``, if one is."""
    if described:
        m = agency_owns().match(text, start)
    else:
        m = agency_before().search(text[max(0, start - 80) : start])
    if m is None:
        return None
    return _agency_words(m.group("agency"))


def _agency_words(named: str) -> tuple[str, ...] | None:
    """The ``agency`` words of the agency news names ``named`` ("DOJ", "the Labor
    Department")."""
    for rx, words, _ in AGENCIES:
        if re.fullmatch(rx, named):
            return words
    return None


def _issued_by(rule: Rule, words: tuple[str, ...]) -> bool:
    return any(w in rule.agency for w in words)
