"""Acts by their popular names ("the Insurrection Act", "Obamacare", "Section 702 of FISA").

Names come from ``linker/data/acts.csv`` (curated, each row with its source). A name in the
text becomes a ``statute`` mention (or ``bill`` for acts never enacted) carrying the act's id.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import courts
from ..datafiles import DATA, Act, acts, bill_key, bill_names, bill_numbers, bill_of_act
from ..ids import congress_for_date
from ..models import Mention
from .actnames import ACT_ANCHOR, INITIALS_INSIDE, LEADING, NOT_ACT_NAME, generic_acts
from .context import ScanContext
from .doc import Doc, held_in, places_in
from .lazyre import deferred
from .phrases import PhraseMatcher, bank_table, hyphen_variants
from .registry import Pass
from .sentences import sentence_end, sentence_start
from .signals import legal_article
from .spans import SpanSet
from .trie import is_word_char


@cache
def _state_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns for a state's own law, from the states table (compiled on first use)."""
    names = sorted(
        [
            *(st.name for st in courts.states().values()),
            "state",
            "State",
            "city",
            "City",
            "county",
            "County",
        ],
        key=len,
        reverse=True,
    )
    alt = "|".join(re.escape(n) for n in names)
    before = re.compile(rf"(?:{alt})(?:'s|’s)?\s+$")  # "the Illinois Civil Rights Act"
    first = re.compile(rf"(?:{alt})\b")
    appositive = re.compile(  # "the Clean Energy Act, a Minnesota law"
        rf"^,?\s+(?:a|an|the)\s+(?:new\s+|\d{{4}}\s+)?(?:{alt})(?:\s+state)?\s+"
        r"(?:law|statute|measure|bill|act)\b"
    )
    return before, first, appositive


# An act's abbreviation that is something else here: "IRC" the chat protocol, "ACA" a school.
NOT_LAW_AFTER = deferred(
    r"\s+(?:channels?|clients?|chats?|servers?|networks?|bots?|logs?|rooms?|nicks?|protocol|"
    r"messages?|users?|app|software)\b",
    re.IGNORECASE,
)
NOT_LAW_BEFORE = deferred(
    r"\b(?:chat(?:ting|ted|s)?\s+(?:on|in|over|via)|via|using|(?:users|channels?)\s+on)\s+$",
    re.IGNORECASE,
)
# A section's number spelled out: "Section Two of the Voting Rights Act"
_SPELLED: tuple[str, ...] = ("One", "Two", "Three", "Four", "Five", "Six")
_SPELLED += ("Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")
SPELLED_NUMBER = {w: str(i) for i, w in enumerate(_SPELLED, 1)}
_NUMBER = rf"(?P<n>\d+[A-Za-z]?|(?:{'|'.join(_SPELLED)})(?![\w-]))"
SECTION_BEFORE = deferred(
    rf"(?:\b[Ss](?:ection|ec\.)\s+|§\s*){_NUMBER}(?:\([a-z0-9]+\))*\s+of\s+(?:the\s+)?$"
)
# (on the same line: "2022\n\nVAWA Reauthorization Act of 2022" under a dateline is no "2022 …")
YEAR_BEFORE = deferred(r"\b(1[6-9]\d\d|20\d\d)[ \u00a0]+$")
YEAR_AFTER = deferred(r"^\s+of\s+(1[6-9]\d\d|20\d\d)\b")
# "Sections 2 and 5 of the Voting Rights Act", "Sections 4, 5 and 6 of the Act": each its own
_SUBSEC = r"(?:\([A-Za-z0-9]{1,4}\))*"
SECTIONS_BEFORE = deferred(
    rf"\b[Ss]ections\s+(?P<list>\d+[A-Za-z]?{_SUBSEC}(?:(?:\s*,\s*(?:and\s+|or\s+)?|"
    rf"\s+(?:and|or)\s+)\d+[A-Za-z]?{_SUBSEC})+)\s+of\s+(?:the\s+)?$"
)
_LISTED = deferred(rf"(?P<n>\d+[A-Za-z]?){_SUBSEC}")
# "the Voting Rights Act Section 2", "INA § 101(a)" (the act's section, given in acts.csv).
SECTION_AFTER = deferred(
    r"^\s+(?:[Ss](?:ection|ec\.)\s+|§\s*)(?P<n>\d+[A-Za-z]?)(?:\([A-Za-z0-9]{1,4}\))*(?![\w-])"
)
# "Section 702", "Section 10(j)" (the subsection stays in the span; the id is the section's)
BARE_SECTION = deferred(
    rf"\b[Ss]ection\s+{_NUMBER}(?:\([A-Za-z0-9]{{1,4}}\))*(?![\w(–-])(?!\s+of\b)"
)


def section_number(m: re.Match[str]) -> str:
    """A match's section number in digits ("Two" → "2")."""
    n = m.group("n")
    return SPELLED_NUMBER.get(n, n)


# A section of a law the article named before, by a word for it: "Section 2 of the historic
# law", "Section 7 of the Act", "the law's Section 4(e)" (never "of the act of 1965" or "of
# the Act's": another law's name or a part of one follows).
SECTION_OF_THE_LAW = deferred(
    r"[Ss]ection\s+(?P<n>\d+[A-Za-z]?)(?:\([A-Za-z0-9]{1,4}\))*\s+of\s+the\s+"
    r"(?:(?:historic|landmark|federal|same|original|underlying)\s+)?(?:law|[Aa]ct|statute)"
    r"(?![\w'’-]|\s+(?:of|to|on|that\s+created)\b)"
)
THE_LAWS_SECTION = deferred(
    r"[Tt]he\s+(?:law|[Aa]ct|statute)['’]s\s+[Ss]ection\s+(?P<n>\d+[A-Za-z]?)"
    r"(?:\([A-Za-z0-9]{1,4}\))*(?![\w(–-])"
)
THE_LAWS_BEFORE = deferred(r"[Tt]he\s+(?:law|[Aa]ct|statute)['’]s\s+$")
# "Title 42 of the U.S. Code" is a title of the Code, not the policy known as "Title 42".
CODE_AFTER = deferred(r"^(?:\s+of\s+the\s+(?:U\.\s?S\.|United\s+States)\s+Code|\s*U\.\s?S\.\s?C)")


# An act's name in quotation marks before "fund" or "account" names a state fund after the
# act (Colorado's bills: 'the "Infrastructure Investment and Jobs Act" cash fund'), not the act.
FUND_AFTER = deferred(r"[”\"]\s+(?:cash\s+|trust\s+|special\s+)?(?:fund|account)\b", re.IGNORECASE)


def _fund_named(text: str, start: int, end: int) -> bool:
    return start > 0 and text[start - 1] in '“"' and FUND_AFTER.match(text, end) is not None


_SHORT_FORM = deferred(r"[A-Z][a-z]+ Act")
# An appropriations act's official name ends on its fiscal year after a comma
# ("Consolidated Appropriations Act, 2023"); news writes the year other ways.
_FISCAL_NAME = deferred(r"(?P<base>.+ Act), (?P<year>(?:19|20)\d\d)")


def year_forms(alias: str) -> tuple[str, ...]:
    """The ways news writes an official "NAME, YEAR" act name: "NAME of YEAR", "NAME for
    Fiscal Year YEAR", "NAME of FY YEAR", "FY YEAR NAME" (the year stays: without it
    the name fits every year's act). Not for continuing resolutions (see below)."""
    m = _FISCAL_NAME.fullmatch(alias)
    if m is None or "Continuing" in alias:
        # a fiscal year has several continuing resolutions, each extending the one before,
        # and news names whichever funded the agency loosely ("the Continuing
        # Appropriations Act of FY 2024" for the full-year act): only the exact name is one
        return ()
    base, year = m.group("base"), m.group("year")
    return (
        f"{base} {year}",  # "The Consolidated Appropriations Act 2019" (a headline's)
        f"{base} of {year}",
        f"{base} for Fiscal Year {year}",
        f"{base} for fiscal year {year}",
        f"{base} of FY {year}",
        f"{base} of FY{year}",
        f"{base} for FY {year}",
        f"{base} for FY{year}",
        f"FY {year} {base}",
        f"FY{year} {base}",
        f"Fiscal Year {year} {base}",
    )


# a nickname after a year, all lower-case: "2018 farm bill"
_YEAR_NICKNAME = deferred(r"(?:19|20)\d\d [a-z][\w-]*(?: [a-z][\w-]*)*")
# a hyphen between two capitalised names ("Sarbanes-Oxley", "Dodd-Frank", "Taft-Hartley")
_HYPHENATED = deferred(r"(?<=[a-z])-(?=[A-Z])")


@cache
def _matcher(extra: tuple[tuple[str, str | None], ...] = ()) -> PhraseMatcher[Act]:
    """One automaton over every curated alias, plus names from the Popular Name Table that
    the curated file does not know (the curated row wins where both have a name)."""
    entries: list[tuple[str, Act]] = []
    known: set[str] = set()
    owner: dict[str, Act] = {}  # (the row that put a lower-cased form in ``known``)
    for act in acts():
        for alias in (act.name, *act.aliases):
            for form in (alias, *year_forms(alias)):
                if form.islower() and owner.get(form) is act and (form, act) not in entries:
                    # an alias the row also writes in lower case ("the bankruptcy code"): a
                    # name news prints either way, found in any case
                    entries.append((form, act))
                elif form.lower() not in known:
                    known.add(form.lower())
                    owner[form.lower()] = act
                    entries.append((form, act))
                    if "-" in form and _HYPHENATED.search(form):
                        # "the Sarbanes–Oxley Act": the name with an en dash, as pages
                        # copied from encyclopedias print it
                        entries.append((_HYPHENATED.sub("–", form), act))
                    for variant in hyphen_variants(form) if " " in form else ():
                        # "the Anti Stalling Act", "the Antistalling Act" (sixteenth session)
                        if variant.lower() not in known:
                            known.add(variant.lower())
                            entries.append((variant, act))
            if _YEAR_NICKNAME.fullmatch(alias):
                # "the 2018 federal farm bill": a year's nickname with "federal" inserted
                form = f"{alias[:4]} federal{alias[4:]}"
                if form.lower() not in known:
                    known.add(form.lower())
                    entries.append((form, act))
            if _SHORT_FORM.fullmatch(alias):
                # a quoted ruling's editor's brackets: "The [Exchange] Act exists …"
                entries.append((f"[{alias[:-4]}] Act", act))
    for name in bill_names():
        # a popular bill by its short title ("the STABLE Act", "the PRESS Act"): a bill with no
        # id here; ``bill_names`` gives it the number of the article's Congress, or none
        if name.lower() not in known:
            known.add(name.lower())
            entries.append((name, Act(None, name, (name,), (), "bill", None, "bill_numbers.csv")))
    for name in bill_names():
        # its short title with "bill" for "Act" ("the Kids Online Safety bill", seventeenth
        # session): a name of two words or more before "Act", never one word alone ("the
        # Equality bill" may be any bill on equality)
        base = name[:-4] if name.endswith(" Act") else ""
        form = f"{base} bill"
        if len(base.split()) >= 2 and form.lower() not in known:
            known.add(form.lower())
            entries.append((form, Act(None, name, (form,), (), "bill", None, "bill_numbers.csv")))
    for name, authority in extra:
        if name.lower() in known:
            continue
        known.add(name.lower())
        year = re.search(r"\bof (\d{4})$", name)
        act = Act(
            authority=authority,
            name=name,
            aliases=(name,),
            sections=(),
            kind="statute",
            year=int(year.group(1)) if year else None,
            source="OLRC Popular Name Table (cached)",
        )
        entries.append((name, act))
    return PhraseMatcher(entries, shared=not extra)


bank_table(lambda: _matcher(()))  # the shared table: the one without extra names


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    out = _named(text, doc)
    out += _bare_sections(text, out)
    out += _bare_numbers(text, out)
    out += _acronym_titles(text, out) if ") Act" in text else []
    out = _inner_acronym_names(text, out) if ") " in text else out
    out += _unknown_acts(doc, out)
    return out


# A long title with the initialism it spells set in before "Act": "the Formerly Incarcerated
# Reenter Society Transformed Safely Transitioning Every Person (FIRST STEP) Act" (census34 P7)
_ACRONYM_TITLE = deferred(
    r"\b(?P<long>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|and|the|for|to)){3,14})\s+"
    r"\((?P<acr>[A-Z][A-Z -]{1,24}[A-Z])\)\s+Act\b"
)


def _acronym_titles(text: str, named: list[Mention]) -> list[Mention]:
    """Each long title whose initials the parenthesis spells, when ``acts.csv`` has the title
    as an alias of an act the article names elsewhere: that act's mention again."""
    by_alias = {a.lower(): act for act in acts() for a in (act.name, *act.aliases)}
    out: list[Mention] = []
    for m in _ACRONYM_TITLE.finditer(text):
        long = re.sub(r"\s+", " ", m.group("long"))
        initials = "".join(w[0] for w in long.split() if w[0].isupper())
        if initials != re.sub(r"[^A-Z]", "", m.group("acr")):
            continue
        act = by_alias.get(f"{long} act".lower())
        if act is None or act.authority is None:
            continue
        other = next((x for x in named if x.authority == act.authority and x.name), None)
        if other is None or any(x.start < m.end() and m.start() < x.end for x in named):
            continue
        out.append(
            other.with_(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                anaphor=False,
                confidence=0.8,
                evidence=f"{act.name} by its long title and the initials it spells",
            )
        )
    return out


# A name with its initials set in before its last words: "the Safeguard American Voter
# Eligibility (SAVE) America Act" (twenty-seventh session, census40 P7)
_INNER_ACRONYM = deferred(
    r"(?P<long>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|and|the|for|to|in|on)){1,14})\s+"
    r"\((?P<acr>[A-Z]{2,10})\)\s+(?P<tail>(?:[A-Z][a-z]+\s+){1,4})Act\b"
)
# words an acronym may skip ("Clean And Open …" is CAO… or CO…)
_ACRONYM_SKIPS = frozenset({"of", "and", "the", "for", "to", "in", "on"})


def _spells(acr: str, words: list[str]) -> bool:
    """Whether ``acr`` is spelled by the first letters of ``words``, each content word giving
    the first one or more letters of itself and a joining word ("and", "of") its first letter
    or none: "Safeguard American Voter Eligibility" spells SAVE, "Clean And Open Records"
    CORE."""
    if not words:
        return not acr
    w, rest = words[0], words[1:]
    if w.lower() in _ACRONYM_SKIPS and _spells(acr, rest):
        return True
    for k in range(1, min(len(w), len(acr)) + 1):
        if w[:k].upper() != acr[:k]:
            break
        if _spells(acr[k:], rest):
            return True
    return False


@cache
def _names_by_key() -> dict[str, Act]:
    """Every act's name and alias and every popular bill's name, lower case → its row (the
    first row that gives it)."""
    out: dict[str, Act] = {}
    for act in acts():
        for alias in (act.name, *act.aliases):
            out.setdefault(alias.lower(), act)
    for name in bill_names():
        out.setdefault(name.lower(), Act(None, name, (name,), (), "bill", None, "bill_numbers.csv"))
    return out


def _inner_acronym_names(text: str, named: list[Mention]) -> list[Mention]:
    """``named`` plus each name with its initials set in before its last words ("Safeguard
    American Voter Eligibility (SAVE) America Act", "Clean And Open Records (CORE) Transparency
    Act"), the initials spelling the words before them, rebuilt as the short name ("SAVE America
    Act") or, failing that, the long one ("Clean And Open Records Transparency Act") and found
    when the data knows it; what the table found inside its span gives way to it."""
    out = list(named)
    by_key = _names_by_key()
    for m in _INNER_ACRONYM.finditer(text):
        words = m.group("long").split()
        acr, tail = m.group("acr"), " ".join(m.group("tail").split())
        # the first content word from which on the words spell the initials
        first = next(
            (
                i
                for i in range(len(words))
                if words[i].lower() not in _ACRONYM_SKIPS and _spells(acr, words[i:])
            ),
            None,
        )
        if first is None:
            continue
        long = " ".join(words[first:])
        act = by_key.get(f"{acr} {tail} Act".lower()) or by_key.get(f"{long} {tail} Act".lower())
        if act is None:
            continue
        start = m.start("long") + [w.start() for w in re.finditer(r"\S+", m.group("long"))][first]
        end = m.end()
        if any(x.start < start < x.end or x.start < end < x.end for x in out):
            continue  # (a mention reaching across the name's edge: not this name's part)
        out = [x for x in out if not (start <= x.start and x.end <= end)]
        authority = act.authority
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                act.kind if act.kind in ("statute", "bill") else "statute",
                authority,
                name=act.name,
                confidence=0.9 if authority else 0.7,
                evidence=f"{act.name}, the initials set inside its name",
                matcher="names",
            )
        )
    return out


@cache
def _acts_by_name() -> dict[str, Act]:
    return {a.name: a for a in acts()}


def _single_section(authority: str | None) -> bool:
    """Whether an id names one U.S. Code section ("usc:42:5121"), not a range or a law."""
    if authority is None or not authority.startswith("usc:"):
        return False
    return "-" not in authority.split(":", 2)[-1]


def _bare_section_matches(text: str) -> list[re.Match[str]]:
    """``BARE_SECTION.finditer(text)``, tried only at each "ection" (found with str.find):
    the pattern opens on a word boundary, which the regex engine cannot skip ahead to; and
    a section of the law the article named, told as "Section 2 of the historic law" or "the
    law's Section 4(e)" (``SECTION_OF_THE_LAW``, ``THE_LAWS_SECTION``)."""
    out: list[re.Match[str]] = []
    for j in places_in(text, "ection", 1):
        i = j - 1
        # only where "ection" is the word "section" ("election", "protection" are not)
        if text[i] not in "Ss" or (i > 0 and is_word_char(text[i - 1])):
            continue
        m = BARE_SECTION.match(text, i) or SECTION_OF_THE_LAW.match(text, i)
        if m is None and text[i - 3 : i - 1] in ("'s", "’s"):
            before = THE_LAWS_BEFORE.search(text, max(0, i - 24), i)
            m = THE_LAWS_SECTION.match(text, before.start()) if before else None
        if m is not None:
            out.append(m)
    return out


# How far after a bare "Section N" its act may be named (about two sentences)
SECTION_AHEAD = 400
# Texts with sections of their own, named before a bare "Section N"
OTHER_TEXT = deferred(
    r"\b(?:[Bb]ills?|[Oo]rdinances?|[Mm]easures?|[Pp]roposals?|[Cc]harters?|[Cc]ontracts?|"
    r"[Aa]greements?|[Rr]esolutions?|[Pp]olic(?:y|ies)|[Tt]reaty|[Aa]mendments?|[Cc]odes?)\b"
    r"|\b[SH]\.?\s?B\.?\s?\d"
)


def _act_having(named: list[Mention], by_name: dict[str, Act], n: str, authority: str) -> Act:
    """The act named in ``named`` whose section ``n`` is ``authority``."""
    return next(
        by_name[x.name]
        for x in named
        if x.name in by_name and dict(by_name[x.name].sections).get(n) == authority
    )


def _bare_sections(text: str, named: list[Mention]) -> list[Mention]:
    """'Section 702' alone, once the article has named the act whose section 702 it is."""
    if not held_in(text, "ection"):
        return []  # no "Section N" at all
    by_name = _acts_by_name()
    taken = SpanSet([(x.start, x.end) for x in named])
    # for each section number, the named acts that have it: (end of the mention, its id)
    having: dict[str, list[tuple[int, str]]] = {}
    for x in named:
        if x.name in by_name:
            for number, authority in dict(by_name[x.name].sections).items():
                having.setdefault(number, []).append((x.end, authority))
    out: list[Mention] = []
    confirmed: dict[str, Mention] = {}  # section number → a nickname its sentence confirmed
    pending: list[re.Match[str]] = []  # nicknames whose own sentence has none of the words
    for m in _bare_section_matches(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        n = section_number(m)
        owners = {authority for end, authority in having.get(n, ()) if end <= m.start()}
        ahead = False
        if not owners:
            nick = _nickname(text, m)
            if nick is not None:
                out.append(nick)
                confirmed.setdefault(n, nick)
                continue
            # "Section 2 bars … The Voting Rights Act …": printed before its act is named,
            # the one act the article names that has the section, named soon after it (also
            # for a number a nickname row has, whose words its sentence lacks)
            owners = {authority for _, authority in having.get(n, ())}
            if (
                len(owners) != 1
                or not any(m.end() < end <= m.end() + SECTION_AHEAD for end, _ in having.get(n, ()))
                or OTHER_TEXT.search(text, max(0, m.start() - SECTION_AHEAD), m.start())
            ):
                if n in _nicknames():
                    pending.append(m)
                continue  # (after a bill or an ordinance, "Section 2" is most likely its own)
            ahead = True
        if len(owners) != 1:
            continue  # two acts named before have this section
        (authority,) = owners
        act = _act_having(named, by_name, n, authority)
        out.append(
            Mention.statute_at(
                m,
                authority,
                name=act.name,
                confidence=0.75 if ahead else 0.8,
                evidence=f"section {n} of the {act.name}, named "
                + ("right after it" if ahead else "earlier"),
                matcher="names",
            )
        )
    # "… asked the court to bar enforcement of § 71113": a bare section sign after a word,
    # its number a section of the one act named before that has it (twenty-seventh session)
    if "§" in text:
        for m in _BARE_SIGN.finditer(text):
            n = m.group("n")
            owners = {authority for end, authority in having.get(n, ()) if end <= m.start()}
            if len(owners) != 1 or taken.overlaps(m.start(), m.end()):
                continue
            if not _WORD_BEFORE_SIGN.search(text, max(0, m.start() - 24), m.start()):
                continue  # ("42 U.S.C. § 1983", "Tex. Penal Code § 12": a code's section)
            (authority,) = owners
            act = _act_having(named, by_name, n, authority)
            out.append(
                Mention.statute_at(
                    m,
                    authority,
                    name=act.name,
                    confidence=0.75,
                    evidence=f"section {n} of the {act.name}, named earlier",
                    matcher="names",
                )
            )
    # "What is Section 702?": the article's other "Section 702" had the words of its row, or
    # the article names that section of its act ("Section 702 of the Foreign Intelligence
    # Surveillance Act"), so this one is the same section ("…, known as Section 702, …", a
    # heading, a lead sentence before the act is named).
    if pending:
        named_ids = {x.authority for x in (*named, *out) if x.authority}
        for n in {section_number(m) for m in pending} - set(confirmed):
            nick = _nickname_of(n)
            if nick is not None and nick.authority in named_ids:
                confirmed[n] = nick
    for m in pending:
        if (nick := confirmed.get(section_number(m))) is not None:
            out.append(
                nick.with_(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(0),
                    confidence=0.75,
                    evidence=f"{nick.evidence}, as elsewhere in the article",
                )
            )
    return sorted(out, key=lambda x: x.start)


# "§ 71113" alone (no code's title before it, no "of" after it), and the lower-case word
# that must stand right before it ("enforcement of § 71113", "under § 80512")
_BARE_SIGN = deferred(
    r"(?<=[\s(])§\s?(?P<n>\d{1,6}[A-Za-z]?)(?:\([A-Za-z0-9]{1,4}\))*(?![\w(–-]|\.\d|\s+of\b)"
)
_WORD_BEFORE_SIGN = deferred(r"(?<![\w.])[a-z]{2,}[\s(]+$")


@dataclass(frozen=True)
class _Nickname:
    phrase: str
    name: str  # the act's name, or "18 U.S.C. § 1512" for a title's own section
    authority: str
    context: re.Pattern[str]
    # the number as news prints it with no "Section" ("287(g)", "230"), and the nouns one of
    # which must follow it right there ("287(g) agreements", "230 protections")
    bare: str = ""
    after: re.Pattern[str] | None = None


@cache
def _nicknames() -> dict[str, _Nickname]:
    """Section number → the section news calls by its number alone ("Section 232 tariffs"),
    from ``section_nicknames.csv``; each row names its act and the words that must stand in
    the sentence."""
    by_name = {a.name: a for a in acts()}
    out: dict[str, _Nickname] = {}
    with (DATA / "section_nicknames.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            number = r["phrase"].split()[-1]
            words = "|".join(re.escape(w) for w in r["context"].split("|"))
            title = CODE_TITLE.fullmatch(r["act"])
            if title:  # a section of a title enacted as law: "Section 1512" is 18 U.S.C. 1512
                name = f"{title.group(1)} U.S.C. § {number}"
                authority = f"usc:{title.group(1)}:{number}"
            else:
                name, authority = r["act"], dict(by_name[r["act"]].sections)[number]
            after = None
            if r.get("bare"):
                nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in r["after"].split("|"))
                after = re.compile(rf"(?:^|[ \u00a0]+)(?:{nouns})\b", re.IGNORECASE)
            out[number] = _Nickname(
                r["phrase"],
                name,
                authority,
                re.compile(rf"\b(?:{words})\b", re.IGNORECASE),
                r.get("bare") or "",
                after,
            )
    return out


# Before a bare number that could be a year ("1983"): words that make it one ("in 1983
# claims …", "since 1983 lawsuits …", "May 1983 suits").
_YEARISH = deferred(r"^(?:1[6-9]|20)\d\d$")
_YEAR_WORD_BEFORE = deferred(
    r"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Oo]f|[Tt]o|[Tt]hrough|[Bb]etween|[Bb]efore|"
    r"[Aa]fter|[Cc]irca|[Yy]ear|[Dd]uring|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)"
    r"[a-z]*\.?)\s+$"
)


def _bare_numbers(text: str, named: list[Mention]) -> list[Mention]:
    """A section printed by its number alone, no "Section" ("counties signed 287(g)
    agreements", "their 230 protections", "a 1983 claim"): a ``section_nicknames.csv`` row's
    ``bare`` number with one of its ``after`` nouns right after it. A number with no
    subsection letter ("230") also needs the row's context words in its sentence, or the
    article naming that section elsewhere; one that could be a year ("1983") never follows
    "in", "since", a month and the like."""
    rows = [n for n in _nicknames().values() if n.bare and n.after is not None]
    if not rows:
        return []
    taken = SpanSet([(x.start, x.end) for x in named])
    ids = {x.authority for x in named if x.authority}
    out: list[Mention] = []
    for nick in rows:
        assert nick.after is not None
        i = text.find(nick.bare)
        while i >= 0:
            e = i + len(nick.bare)
            at = i
            i = text.find(nick.bare, e)
            if (at > 0 and (is_word_char(text[at - 1]) or text[at - 1] in "$§.,-–()/#")) or (
                e < len(text) and (is_word_char(text[e]) or text[e] in "(-–%")
            ):
                continue  # part of another number, an amount, "§ 230", "287(g)(1)"
            noun = nick.after.match(text, e)
            if noun is None or taken.overlaps(at, e):
                continue
            if _YEARISH.match(nick.bare) and _YEAR_WORD_BEFORE.search(text, max(0, at - 12), at):
                continue  # "in 1983 claims …": a year
            if "(" not in nick.bare and nick.authority not in ids:
                a = sentence_start(text, at)
                b = sentence_end(text, at)
                # (its nouns are no context: "232 tariffs" needs "steel" or the like, and
                # "232 tariffs and 301 investigations" is a count of each)
                words = nick.after.sub(" ", text[a:at] + " " + text[noun.end() : b])
                if not nick.context.search(words):
                    continue
            out.append(
                Mention(
                    at,
                    e,
                    text[at:e],
                    "statute",
                    nick.authority,
                    name=nick.name,
                    confidence=0.8,
                    evidence=f"{nick.phrase} ({nick.name}) by its number alone, as news prints it",
                    matcher="names",
                )
            )
    return out


CODE_TITLE = deferred(r"(\d{1,2}) U\.S\.C\.")


def _nickname_of(n: str) -> Mention | None:
    """The nickname row's mention for section ``n``, placed nowhere yet (the caller gives
    its span)."""
    nick = _nicknames().get(n)
    if nick is None:
        return None
    return Mention(
        0,
        0,
        "",
        "statute",
        nick.authority,
        name=nick.name,
        confidence=0.8,
        evidence=f"{nick.phrase}, as the article names it elsewhere",
        matcher="names",
    )


def _nickname(text: str, m: re.Match[str]) -> Mention | None:
    """A bare "Section 232" with no act named before it: the nickname table's section when
    the sentence has one of its words ("Section 232 tariffs on steel"), else nothing."""
    nick = _nicknames().get(section_number(m))
    if nick is None:
        return None
    a = sentence_start(text, m.start())
    b = sentence_end(text, m.start())
    if not nick.context.search(text[a : m.start()] + " " + text[m.end() : b]):
        return None
    return Mention.statute_at(
        m,
        nick.authority,
        name=nick.name,
        confidence=0.8,
        evidence=(
            f"{nick.phrase} ({nick.name}), as news calls it"
            if "U.S.C." in nick.name
            else f"{nick.phrase} of the {nick.name}, as news calls it"
        ),
        matcher="names",
    )


def _loose(name: str) -> str:
    """A name with case, punctuation, plural endings and a trailing year folded away (an
    apostrophe dropped, not a space: "the Fair Labor Standard’s Act" is the Standards Act)."""
    words = re.sub(r"[^a-z0-9 ]", " ", re.sub(r"['’]", "", name.lower())).split()
    if len(words) > 2 and words[-2] == "of" and words[-1].isdigit():
        words = words[:-2]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


@cache
def _loose_names() -> dict[str, Act]:
    table: dict[str, Act] = {}
    clashes: set[str] = set()
    for act in acts():
        for n in {_loose(x) for x in (act.name, *act.aliases)}:
            if n in table and table[n].name != act.name:
                clashes.add(n)
            table[n] = act
    return {k: v for k, v in table.items() if k not in clashes and len(k.split()) >= 3}


# Words that order or join a name and tell nothing of which act it is: "the Violence Against
# Women Reauthorization Act of 2022" is the Violence Against Women Act Reauthorization Act of
# 2022, whatever the order of its words and however often it says "Act".
_BAG_SKIP = frozenset({"act", "of", "the", "and", "a", "an", "to", "for", "on", "in", "s"})
_NAME_YEAR = deferred(r"(?:\bof|,)\s+((?:1[6-9]|20)\d\d)$")


def _bag(name: str) -> frozenset[str]:
    """A name's telling words (year aside) as a set, folded like ``_loose``."""
    words = re.sub(r"[^a-z0-9 ]", " ", _NAME_YEAR.sub("", name).lower()).split()
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _BAG_SKIP
    )


def _name_year(name: str) -> int | None:
    m = _NAME_YEAR.search(name.strip())
    return int(m.group(1)) if m else None


@cache
def _bag_names() -> dict[tuple[frozenset[str], int], Act]:
    """Each act's names that carry a year, by their telling words and that year (a key two
    acts share is dropped)."""
    table: dict[tuple[frozenset[str], int], Act] = {}
    clashes: set[tuple[frozenset[str], int]] = set()
    for act in acts():
        for n in (act.name, *act.aliases):
            year = _name_year(n)
            key = (_bag(n), year or 0)
            if year is None or len(key[0]) < 3:
                continue
            if key in table and table[key].name != act.name:
                clashes.add(key)
            table[key] = act
    return {k: v for k, v in table.items() if k not in clashes}


def _act_years(act: Act) -> set[int]:
    """The years an act's names print, and the year it was signed."""
    years = {y for n in (act.name, *act.aliases) if (y := _name_year(n))}
    return years | ({act.year} if act.year else set())


def same_act(phrase: str) -> Act | None:
    """The known act a name the data does not list stands for: the same words in another
    order with the same year ("Violence Against Women Reauthorization Act of 2022"), else a
    near spelling of its name (``_loose``) — never one of another year (the 2013 act is not
    "… Act of 2022")."""
    year = _name_year(phrase)
    if year is not None:
        act = _bag_names().get((_bag(phrase), year))
        if act is not None:
            return act
    act = _loose_names().get(_loose(phrase))
    if act is not None and year is not None and year not in _act_years(act):
        return None
    return act


# Below the CLI's threshold: a foreign law absorbs back-references but is never emitted.
FOREIGN_CONFIDENCE = 0.3


@cache
def _foreign_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(n) for n, _ in courts.countries())
    adjectives = "|".join(re.escape(a) for a in {a for _, a in courts.countries()})
    before = re.compile(
        rf"\b(?:(?:the\s+)?(?:{names})['’]s?|(?:{adjectives}))\s+(?:new\s+|landmark\s+)?$"
    )
    first = re.compile(rf"^(?:(?:{names})(?:['’]s)?|{adjectives})\s")
    return before, first


@cache
def _foreign_before_reversed() -> re.Pattern[str]:
    """``_foreign_patterns()[0]`` for the reversed text: a pattern anchored at the end is
    searched from every position, its mirror is matched at the first one only."""
    names = "|".join(re.escape(n[::-1]) for n, _ in courts.countries())
    adjectives = "|".join(re.escape(a[::-1]) for a in {a for _, a in courts.countries()})
    return re.compile(
        rf"(?:\s+wen|\s+kramdnal)?\s+(?:s?['’](?:{names})(?:\s+eht)?|(?:{adjectives}))\b"
    )


@cache
def _state_before_reversed() -> re.Pattern[str]:
    """``_state_patterns()[0]`` for the reversed text (see ``_foreign_before_reversed``)."""
    names = [*(st.name for st in courts.states().values()), "state", "State", "city", "City"]
    names += ["county", "County"]
    alt = "|".join(re.escape(n[::-1]) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\s+(?:s'|s’)?(?:{alt})")


def _foreign_before(before: str) -> bool:
    """Whether ``before`` ends with another country's name or adjective ("Britain's new ")."""
    return _foreign_before_reversed().match(before[::-1]) is not None


def _state_before(before: str) -> bool:
    """Whether ``before`` ends with a state's name ("Illinois's ", "the state ")."""
    return _state_before_reversed().match(before[::-1]) is not None


def _foreign_first(phrase: str) -> bool:
    return _foreign_patterns()[1].match(phrase) is not None


# A capitalised word right before a known name makes it part of a longer name ("Consumer
# Privacy Act"); not "The", a possessive ("Obama's"), a year or a sentence's first word.
_LONGER_NAME = deferred(r"(?<![.!?]\s)(?<![.!?])\b(?!(?:The|This|That|A|An)\s)[A-Z][a-z]+\s+$")


# An initialism right before an initialism's act: one longer name ("FAIR PREP Act"); not
# "U.S." nor a party's initials before a possessive.
_ACRONYM_BEFORE = deferred(r"(?<![\w.])(?!(?:US|USA|GOP|FY|AP|UK|EU)\s)[A-Z]{2,}\s$")


# "Breaking Down the New No Surprises Act" (a headline's capitals): "the New" before a known
# name is the adjective, no word of a longer name (twenty-eighth session, census43)
_THE_NEW = deferred(r"\b(?:[Tt]he|[Aa])\s+New\s+$")


def _longer_name_before(before: str) -> bool:
    return (
        _LONGER_NAME.search(before) is not None
        and not re.search(r"[\n]\S*\s*$", before)
        and _THE_NEW.search(before) is None
    )


# "(HR 6513)", "(S. 1549)": a bill's number in brackets after a name
_BILL_IN_BRACKETS = deferred(r"\s*\((?:H\.?\s?R\.?|S\.?)\s?[1-9]\d{0,4}\)")


def _numbered_acronym(text: str, words: list[str], end: int) -> bool:
    """Whether a short name is a bill's acronym with its number in brackets: "the COCOA Act of
    2024 (HR 6513)" (a one-word name is too little to name a law without it)."""
    head = words[0] if words else ""
    return (
        len(head) >= 3
        and head.isupper()
        and head.isalpha()
        and _BILL_IN_BRACKETS.match(text, end) is not None
    )


def _unknown_acts(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Acts by a name the data does not know: found, named, linked to a search only."""
    text = doc.text
    out: list[Mention] = []
    foreign: set[str] = set()
    state_house: bool | None = None  # (asked only when an unknown act is met)
    known_spans = SpanSet([(x.start, x.end) for x in known])
    for m in generic_acts(doc):
        start, phrase = m.start(), m.group(0)
        lead = LEADING.match(phrase)
        if lead:
            start += lead.end()
            phrase = phrase[lead.end() :]
        words = [w for w in phrase.split() if w[:1].isupper()]
        if (len(words) < 3 and not _numbered_acronym(text, words, m.end())) or NOT_ACT_NAME.match(
            phrase
        ):
            continue  # "the Act", "Riot Act": too little to name a law
        _, state_first, state_appositive = _state_patterns()
        if _state_before(text[max(0, start - 40) : start]) or state_first.match(phrase):
            continue
        if state_appositive.match(text[m.end() : m.end() + 60]):
            continue  # "the Clean Energy Act, a Minnesota law"
        if known_spans.overlaps(start, m.end()) or _fund_named(text, start, m.end()):
            continue
        if (
            _foreign_before(text[max(0, start - 40) : start])
            or _foreign_first(phrase)
            or _loose(phrase) in foreign
        ):
            # "Britain's Online Safety Act", "the EU AI Act": another country's law. Kept as
            # a mention below the threshold, so that "the Act" after it is not an act of
            # Congress named before; never shown.
            foreign.add(_loose(phrase))
            foreign.add(_loose(_foreign_patterns()[1].sub("", phrase)))
            out.append(
                _by_name(start, m.end(), phrase, FOREIGN_CONFIDENCE, "another country's law")
            )
            continue
        known_act = same_act(INITIALS_INSIDE.sub("", phrase))
        if known_act is not None:  # a misprint of a known name ("…for Student Act")
            out.append(
                Mention(
                    start,
                    m.end(),
                    phrase,
                    known_act.kind,
                    known_act.authority,
                    name=known_act.name,
                    confidence=0.75,
                    evidence=f"close to the name of the {known_act.name}",
                    matcher="names",
                )
            )
            continue
        if state_house is None:
            state_house = _state_legislature_story(text)
        if state_house:
            # "The Omnibus Bond Authorization Act, House Bill 3, came up for a second vote"
            # on a state House's blog: a state's act, whose search on congress.gov would be
            # wrong; kept below the threshold (as another country's) so that "the bill"
            # after it is not an act of Congress
            out.append(_by_name(start, m.end(), phrase, STATE_CONFIDENCE, "a state's act"))
            continue
        nick = _nickname_before(text, start, m.end(), phrase)
        if nick is not None:
            out.append(nick)  # "Section 1983 of the Civil Rights Act": the section news names
            continue
        out.append(
            _by_name(
                start,
                m.end(),
                phrase,
                0.6,
                "named like an act of Congress; not in linker's list, linked to a search",
            )
        )
    return out


def _nickname_before(text: str, start: int, end: int, phrase: str) -> Mention | None:
    """ "Section 1983 of the Civil Rights Act", its act's name one several acts share or none
    in linker's list: a section the nickname table knows by its number, when the row's words
    stand in the name or its sentence, is that section (span: the section through the name;
    twenty-seventh session)."""
    before = text[max(0, start - 40) : start]
    if not _ends_of_or_of_the(before):
        return None
    sec = SECTION_BEFORE.search(before)
    if sec is None or not sec.group(0).lstrip().startswith(("Section", "section", "Sec.")):
        return None
    nick = _nicknames().get(section_number(sec))
    if nick is None:
        return None
    a, b = sentence_start(text, start), sentence_end(text, start)
    if not nick.context.search(text[a:b]):
        return None
    s = max(0, start - 40) + sec.start()
    s += len(text[s:start]) - len(text[s:start].lstrip())
    return Mention(
        s,
        end,
        text[s:end],
        "statute",
        nick.authority,
        name=nick.name,
        confidence=0.8,
        evidence=f"{nick.phrase} ({nick.name}), as news calls it, of the {phrase}",
        matcher="names",
    )


# A story of a state's legislature: its bills by the state's forms ("House Bill 633", "SB
# 8"), its chambers or its governor's pen, and no word of Congress or of a federal bill.
_STATE_HOUSE = deferred(
    r"\b(?:House|Senate|Assembly)\s+Bill\s+(?:No\.\s*)?\d|\b[HS]B\s?\d|General\s+Assembly|"
    r"[Ss]tate\s+(?:[Ll]egislature|House|Senate|lawmakers)|[Gg]overnor['’]s\s+(?:pen|desk)"
)
_FEDERAL_HOUSE = deferred(
    r"\bCongress|\bcongressional|\bH\.\s?R\.\s?\d|\bS\.\s?\d|U\.S\.\s+(?:House|Senate)|"
    r"\bfederal\b|\bPresident\b"
)
STATE_CONFIDENCE = 0.45


def _state_legislature_story(text: str) -> bool:
    """Whether ``text`` tells of a state's legislature and never of Congress (plain substring
    tests first: most stories name Congress, a president or something federal)."""
    if any(w in text for w in ("Congress", "congressional", "federal", "President")):
        return False
    return _STATE_HOUSE.search(text) is not None and _FEDERAL_HOUSE.search(text) is None


# A name of an act right before an initialism offered for it: "Florida's Administrative
# Procedures Act, or the APA", "the Texas Administrative Procedure Act (the APA)"
_ACT_OFFERING = deferred(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:of|and|for|the|on)\s+)*){1,8}Act)"
    r"(?:\s+of\s+(?:19|20)\d\d)?,?\s+(?:\(\s*)?(?:or\s+(?:simply\s+)?)?(?:the\s+)?[“\"]?$"
)


def _state_act_offered(text: str, start: int) -> bool:
    """Whether the initialism at ``start`` is offered for a state's act named right before it
    ("Florida's Administrative Procedures Act, or the APA"): the state's own act, never the
    act of Congress those initials stand for elsewhere."""
    m = _ACT_OFFERING.search(text, max(0, start - 160), start)
    if m is None:
        return False
    ns = m.start("name")
    first = m.group("name").split()[0]
    # the state's name opens the name ("Florida's …", "Texas …") or stands right before it
    # ("the state's …" is the owner too)
    return _state_before(text[max(0, ns - 40) : ns]) or _state_before(
        text[ns : ns + len(first)] + " "
    )


def _by_name(start: int, end: int, phrase: str, confidence: float, evidence: str) -> Mention:
    """A statute known only by the name the text gives it (no id), without the initials a
    page sets inside it ("Safeguard American Voter Eligibility (SAVE) Act")."""
    return Mention(
        start,
        end,
        phrase,
        "statute",
        None,
        name=INITIALS_INSIDE.sub("", phrase) if "(" in phrase else phrase,
        confidence=confidence,
        evidence=evidence,
        matcher="names",
    )


def _before_signing(date: str | None, enacted: str) -> bool:
    """Whether an article of ``date`` predates the signing on ``enacted``. Days count, but a
    date on the first of a month may be a URL's /2021/11/ with no day of its own: then only
    an earlier month counts."""
    if not date:
        return False
    if date.endswith("-01"):
        return date[:7] < enacted[:7]
    return date < enacted


_TITLE_N = deferred(r"Title \d+")
# "Title VII of the Dodd-Frank Act": a title of the law named after it, not the act whose
# alias the title alone is ("Title VII" is the Civil Rights Act's only when no other law
# follows).
_TITLE_ROMAN = deferred(r"Title [IVXLC]+")
_OTHER_LAW_AFTER = deferred(
    r"\s+of\s+(?:the\s+)?(?P<law>(?:[A-Z0-9][\w'’.-]*\s+){0,8}?"
    r"(?:Act|Code|Amendments|Constitution)(?![\w-]))"
)


def _title_of_other_law(text: str, end: int, act_name: str) -> bool:
    """Whether the title the alias ending at ``end`` names is a title "of" another law."""
    m = _OTHER_LAW_AFTER.match(text, end, end + 90)
    if m is None:
        return False
    base = re.sub(r"\s+of\s+\d{4}$", "", act_name.split(",")[0])
    return base not in m.group("law")


_COURT_AFTER = deferred(r"\s+[Cc]ourts?\b")
_OF_AFTER = deferred(r"\s+of\b")


def _ends_of_or_of_the(before: str) -> bool:
    """Whether ``before`` ends in "of " or "of the " (white space of any kind and length),
    as every ``SECTION_BEFORE`` match does: else that pattern need not be tried."""
    core = before.rstrip()
    if len(core) == len(before):
        return False
    if core.endswith("the"):
        rest = core[:-3]
        core = rest.rstrip()
        if len(core) == len(rest):
            return False
    return core.endswith("of")


# What follows an act's name printed with "act" in lower case ("the Budget Freeze act") when
# "act" is the plain noun: "an act of", "act to", not "act of 2025".
# An act's initials opening an organisation's name: "the ERISA Industry Committee", "the
# HIPAA Compliance Council" (census35 P11) — the body, not the act
_ORGANISATION_AFTER = deferred(
    r"(?:\s+[A-Z][\w&’'-]*){0,3}?\s+(?:Committee|Council|Coalition|Association|Institute|"
    r"Center|Centre|Foundation|Group|Alliance|Society|Caucus|Federation|League)\b"
)
_LOWER_ACT_AFTER = deferred(r"\s+(?:of\b(?!\s+(?:1[6-9]|20)\d\d\b)|to\b|by\b)")


# An act's initials before "regulations" that are any agency's, as ``namedrules`` reads them
# ("their own NEPA regulations", "agency-specific NEPA regulations and procedures", "to
# issue binding NEPA regulations"): the act is not named there, only the kind of rules.
_GENERIC_REGS_AFTER = deferred(r"\s+regulations\b")
_GENERIC_REGS_BEFORE = deferred(
    r"\b(?:(?:their|its|our|your)\s+own|agency-specific|agencies['’]|(?:to|may|can|could)"
    r"\s+issue(?:\s+binding)?)\s+$",
    re.IGNORECASE,
)
_REGS_AND_PROCEDURES = deferred(r"\s+regulations\s+(?:and|or)\s+(?:procedures|requirements)\b")


# A caption's first party: capitalised words (and the small words between them) before " v. "
_CAPTION_PARTY = deferred(
    r"(?<![\w.])([A-Z][\w&'’.-]*(?:,?\s+(?:of|and|for|the|on|in|[A-Z][\w&'’.-]*))*?)"
    r"(?:,?\s+et\s+al\.?,?)?\s+v\.?\s"
)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in"})


@lru_cache(maxsize=4)
def _party_initials(text: str) -> frozenset[str]:
    """The initials of each first party of a caption the text prints ("American Health Care
    Association, et al., v. …" → "AHCA"), of three letters or more."""
    out = set()
    for m in _CAPTION_PARTY.finditer(text):
        words = [w for w in m.group(1).replace(",", " ").split() if w not in _SMALL_WORDS]
        if len(words) >= 3:
            out.add("".join(w[0] for w in words).upper())
    return frozenset(out)


def _named(text: str, ctx: ScanContext) -> list[Mention]:
    out: list[Mention] = []
    hits = _matcher(ctx.extra_names).hits_in(ctx)
    # An act the article names in words: its initials are the act too ("the Fair Labor
    # Standards Act … a violation under the FLSA"), whatever else the article says (made
    # only when an initialism is met).
    spelled: set[str] | None = None
    funds: list[tuple[int, int]] | None = None  # acts' names that name a fund
    # a bill's short name holds no shorter act's name: "COPPA 2.0" is not COPPA
    # (sorted by start: the one that starts last at or before a hit is the one to ask)
    bills = sorted((h.start, h.end) for h in hits if h.payload.source == "bill_numbers.csv")
    bill_starts = [a for a, _ in bills]
    for hit in hits:
        act = hit.payload
        start, end = hit.start, hit.end
        k = bisect.bisect_right(bill_starts, start) - 1 if bills else -1
        if k >= 0 and end <= bills[k][1] and bills[k][1] - bills[k][0] > end - start:
            continue
        ya = YEAR_AFTER.match(text[end : end + 10]) if act.source == "bill_numbers.csv" else None
        if ya and same_act(f"{hit.phrase} of {ya.group(1)}") is not None:
            continue  # "… Reauthorization Act of 2022": a known act of that year, not a bill
        before = text[max(0, start - 40) : start]
        if _state_before(before) or _foreign_before(before):
            continue
        if " " in hit.phrase and _longer_name_before(before):
            continue  # "the Biometric Information Privacy Act" is not the Privacy Act
        if (
            before.endswith(" ")
            and hit.phrase[:2].isupper()
            and hit.phrase.split()[0].isupper()
            and _ACRONYM_BEFORE.search(before, len(before) - 12)
        ):
            continue  # "the FAIR PREP Act of 2025" is a bill, not the PREP Act
        if funds is None:
            funds = [
                (h.start, h.end)
                for h in hits
                if text[h.start - 1 : h.start] in ("“", '"') and _fund_named(text, h.start, h.end)
            ]
        if any(a <= start and end <= b for a, b in funds):
            continue  # the "Infrastructure Investment and Jobs Act" cash fund: a fund's name
        if _TITLE_N.fullmatch(hit.phrase) and CODE_AFTER.match(text[end : end + 30]):
            continue
        if _TITLE_ROMAN.fullmatch(hit.phrase) and _title_of_other_law(text, end, act.name):
            continue
        if hit.phrase.isupper() and _COURT_AFTER.match(text[end : end + 8]):
            continue  # "the FISA court" is the court the act created, not the act
        if hit.phrase.isupper() and _ORGANISATION_AFTER.match(text, end):
            continue  # "the ERISA Industry Committee": an organisation's name
        # (a bill's own short name, "COPPA 2.0", is never another thing's initials)
        initials = hit.phrase.isupper() and act.source != "bill_numbers.csv"
        if initials and spelled is None:
            spelled = {h.payload.name for h in hits if not h.phrase.isupper()}
        if initials and (
            NOT_LAW_AFTER.match(text, end)
            or NOT_LAW_BEFORE.search(text, max(0, start - 25), start)
            or not (act.name in (spelled or ()) or legal_article(ctx))
        ):
            continue  # "the IRC channel", "chatting on IRC", an abbreviation in no legal story
        if initials and act.name not in (spelled or ()) and hit.phrase in _party_initials(text):
            # "American Health Care Association v. Kennedy … a case filed by AHCA": the
            # initials of a party the article names in a caption, not the act's (census37 P1)
            continue
        if initials and _state_act_offered(text, start):
            continue  # "Florida's Administrative Procedures Act, or the APA": the state's act
        if (
            initials
            and _GENERIC_REGS_AFTER.match(text, end)
            and (
                _GENERIC_REGS_BEFORE.search(text, max(0, start - 30), start)
                or _REGS_AND_PROCEDURES.match(text, end)
            )
        ):
            continue  # "their own NEPA regulations": any agency's rules, not the act
        if hit.phrase.startswith("Section") and _OF_AFTER.match(text[end : end + 6]):
            continue  # "Section 1983 of the tax code" is another law's section
        if hit.phrase.endswith(" act") and _LOWER_ACT_AFTER.match(text, end):
            continue  # "a Homeland Security act of retaliation": the noun, not the law's name
        authority = act.authority
        confidence = 0.95 if " " in hit.phrase else 0.85
        evidence = f"named act: {act.name}"
        if act.source.startswith("OLRC Popular Name Table"):
            confidence, evidence = 0.8, f"Popular Name Table: {act.name}"
        if authority is None:
            confidence = min(confidence, 0.7)
        sec = SECTION_BEFORE.search(before) if _ends_of_or_of_the(before) else None
        if sec is None and _ends_of_or_of_the(before) and "ections" in before:
            wide = max(0, start - 80)
            listed = SECTIONS_BEFORE.search(text, wide, start)
            parts = (
                list(_LISTED.finditer(text, listed.start("list"), listed.end("list")))
                if listed
                else []
            )
            mapped_all = [dict(act.sections).get(p.group("n")) for p in parts]
            if listed and parts and all(mapped_all):
                # one mention a section: "Sections 2", …, "5 of the Voting Rights Act"
                for i, (p, auth) in enumerate(zip(parts[:-1], mapped_all, strict=False)):
                    ps = listed.start() if i == 0 else p.start()
                    out.append(
                        Mention(
                            start=ps,
                            end=p.end(),
                            text=text[ps : p.end()],
                            kind="statute",
                            authority=auth,
                            name=act.name,
                            confidence=confidence,
                            evidence=f"section {p.group('n')} of the {act.name}",
                            matcher="names",
                        )
                    )
                last = parts[-1]
                out.append(
                    Mention(
                        start=last.start(),
                        end=end,
                        text=text[last.start() : end],
                        kind="statute",
                        authority=mapped_all[-1],
                        name=act.name,
                        confidence=confidence,
                        evidence=f"section {last.group('n')} of the {act.name}",
                        matcher="names",
                    )
                )
                continue
        if sec:
            mapped = dict(act.sections).get(section_number(sec))
            if mapped:
                start = start - (len(before) - sec.start())
                authority = mapped
                evidence = f"section {section_number(sec)} of the {act.name}"
            elif _single_section(authority):
                # "section 102 of the Stafford Act" is not the act's first section (42 U.S.C.
                # 5121): the act's name alone is linked, its section left unnamed
                sec = None
            else:
                # a public law or Statutes page holds every section of its act
                start = start - (len(before) - sec.start())
                confidence = min(confidence, 0.8)
        y = YEAR_BEFORE.search(text[max(0, start - 6) : start])
        if y and not sec and (act.year is None or int(y.group(1)) == act.year):
            start -= len(text[max(0, start - 6) : start]) - y.start()
        ya = YEAR_AFTER.match(text[end : end + 10])
        if ya and (act.year is None or int(ya.group(1)) == act.year):
            end += ya.end()
        elif ya and int(ya.group(1)) not in _act_years(act):
            continue  # "the Civil Rights Act of 1991" is not the 1964 act: another year's law
        sa = SECTION_AFTER.match(text[end : end + 20]) if not sec else None
        if sa and dict(act.sections).get(sa.group("n")):
            authority = dict(act.sections)[sa.group("n")]
            evidence = f"section {sa.group('n')} of the {act.name}"
            end += sa.end()
        kind = act.kind if act.kind in ("statute", "bill") else "statute"
        pending = bill_of_act(act.authority)
        if pending and authority == act.authority and _before_signing(ctx.date, pending[1]):
            # "the One Big Beautiful Bill Act" before it was signed is still H.R. 1
            kind, authority = "bill", pending[0]
            evidence = f"{act.name}, not yet enacted on the article's date ({pending[1]})"
            congress = congress_for_date(ctx.date)
            rows = bill_numbers().get(bill_key(act.name), {})
            # "the SECURE Act" in June 2019 is H.R. 1994, the bill of that short title, not
            # the H.R. 1865 whose division O enacted it in December: the name as printed
            own = bill_numbers().get(bill_key(text[start:end]), {}).get(congress or 0)
            if own and own[0] != pending[0] and bill_key(text[start:end]) != bill_key(act.name):
                authority = own[0]
                evidence = f"{text[start:end]}: the bill of that name in the {congress}th Congress"
            elif congress and (
                congress < int(pending[0].split(":")[1])
                or rows.get(congress, (pending[0], ""))[0] != pending[0]
            ):
                # "the Laken Riley Act" in March 2024 is the bill of the 118th Congress, not
                # the 119th's that became law; the TikTok act in March 2024 is H.R. 7521,
                # not the H.R. 815 that enacted it: ``bill_names`` finds it by name, or nothing
                authority = None
                evidence = f"{act.name}: a bill of the {congress}th Congress, not the one enacted"
        out.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                authority=authority,
                name=act.name,
                confidence=confidence,
                evidence=evidence,
                matcher="names",
            )
        )
    return out


PASS = Pass(name="names", emits=("statute", "bill"), anchors=(ACT_ANCHOR,), run=find)
