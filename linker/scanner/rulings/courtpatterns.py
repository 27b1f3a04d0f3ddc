"""Court patterns: the regular expressions that name a court or judge, the words they hold
and the anchors that say where in a text each may match (and ``CourtRef``, what a match
becomes)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from ... import courts as C
from ...models import quick_init
from ..doc import Anchor
from ..lazyre import deferred
from ..trie import at_word_start, trie_regex
from . import unrepeat


@quick_init  # built several times an article (see models.quick_init)
@dataclass(frozen=True)
class CourtRef:
    """A court or judge named in the text."""

    start: int
    end: int
    role: str  # judge | court | panel | justices
    court: str | None = None
    level: str | None = None  # courts.LEVEL_* hint when the court is unknown
    postal: str | None = None
    anaphoric: bool = False
    judge: str | None = None  # surname, for later bare-surname references
    generic: bool = False  # "a federal judge": court to be found in the discourse
    place: str | None = None
    high: bool = False  # "the state's highest court": a state's court of last resort
    criminal: bool = False  # "the state's highest criminal court"
    lower: bool = False  # "the lower court": the court below, found in the discourse
    distinct: bool = False  # "another judge": not the one named before
    destination: bool = False  # "appealed … to the 5th Circuit": a court that has not ruled
    bench: bool = False  # "the full court": a court that sits in panels, named before
    trial: bool = False  # "a Fulton County Superior Court judge": a state trial court's
    state_appeals: bool = False  # "a state appeals court": a state's, which the text names
    federal: bool = False  # "a federal appeals court": never a state's court
    trial_title: bool = False  # "District Judge Amy Clark Meachum": never an appeals court's
    guessed: bool = False  # the court from the cities the article names: linked, no anchor
    # a court named only where no clause is told: a heading in capitals, a caption's
    # citation parenthetical, a caption of a suit whose court is known (twenty-third session):
    # an antecedent for "the Court" after it, never a ruling's subject
    anchor: bool = False


APOS = "['’]"
_ORD = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|D\.C\.|DC|Federal|District\s+of\s+Columbia)"
)
# (a surname may open on a particle written in lower case: "John W. deGravelles", "Mary
# McElroy" is capitalised anyway)
_NAME = (
    r"(?:[A-Z]\.\s?(?:[A-Z]\.\s+)?)?[A-Z][A-Za-z'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'’\-]+|"
    # a surname with a lowercase particle: "U.S. District Judge John W. deGravelles", "Judge
    # Diane van Dyke" (tenth-session probes)
    r"(?:de|di|da|du|del|della|van|von|le|la)\s?[A-Z][A-Za-z'’\-]+)){0,3}"
)
# How news describes a bench by its majority: "newly conservative", "now-liberal",
# "Republican-controlled", "conservative-majority"
_BENCH_DESC = (
    r"(?:(?:(?:newly|now)[- ])?(?:conservative|liberal)\s+|"
    r"[A-Za-z]+-(?:majority|dominated|controlled|leaning|led)\s+)"
)
_HEAD_STOP = (
    r"(?!\s+(?:case|cases|system|systems|fight|fights|battle|battles|challenge|challenges|"
    r"filing|filings|hearing|hearings|date|dates|records|documents|of\s+public\s+opinion|"
    r"appearance|costs|fees|reporter|clerk|house|order|orders|watchers|nominee|nominees|"
    r"nomination|pick|picks|shopping|packing)\b)"
)
_MODS = (
    r"(?:(?:federal|Federal|U\.S\.|US|district|District|state|State|county|trial|appeals|appellate|"
    r"immigration|bankruptcy|magistrate|senior|lone|single|three-judge|3-judge|divided|split|"
    # ("The presiding judge, Wendy Beetlestone, granted …": census30 P1)
    r"presiding(?=\s+judge\b)|"
    r"[A-Z][a-z]+-appointed|conservative|liberal|second|third|fourth|fifth|sixth|another|three|"
    r"different|separate|top|high|lower|full|en\s+banc|unanimous|local|"
    # "a previous ruling from the same court": the court named before
    r"same|"
    # "A U.S. District Court Judge enjoined …", "a federal court judge": the judge's court
    r"[Cc]ourt(?=\s+[Jj]udge\b)|"
    # "a lower-court judge's decision" (sixteenth session): the trial judge below
    r"lower-court(?=\s+[Jj]udges?\b)|"
    # a jury by its size: "the 12-person jury", "a six-member jury"
    r"(?:\d{1,2}|six|eight|nine|ten|eleven|twelve)-(?:person|member))\s+)"
)


_US = r"(?:U\.S\.\s+|US\s+|United\s+States\s+)"
# The U.S. Supreme Court: "the Supreme Court", "the nation's highest court", "the high court",
# "the justices", and "Justices released their unanimous opinion" (a sentence's bare subject).
# Each branch opens on its letter, the word boundary looked behind after it (``at_word_start``;
# "[Tt]he" written as two branches), in the order the plain alternation ``\b(?:[Tt]he\s+)?
# {_US}?Supreme\s+Court\b|\b[Tt]he\s+…|\bJustices\b…`` tries them at a place: the engine
# then skips to a T, t, U, S or J in the windows it scans instead of trying every position
# (4.5 -> 2.4 us an article, the same matches: tests/test_speed_s10.py).
_SCOTUS = at_word_start(
    [
        *(f"{t}he\\s+{_US}?Supreme\\s+Court\\b" for t in "Tt"),
        r"U(?:\.S\.\s+|S\s+|nited\s+States\s+)Supreme\s+Court\b",
        # (twenty-sixth session, census34 P2: "The US supreme court has rejected …": a house
        # style's lower case, read only after the country's name)
        *(f"{t}he\\s+{_US}supreme\\s+court\\b" for t in "Tt"),
        r"U(?:\.S\.\s+|S\s+)supreme\s+court\b",
        r"Supreme\s+Court\b",
        *(f"{t}he\\s+(?:nation|country){APOS}s\\s+(?:highest|top)\\s+court\\b" for t in "Tt"),
        *(
            f"{t}he\\s+(?:highest|top)\\s+court\\s+(?:of|in)\\s+the\\s+(?:land|nation|country)\\b"
            for t in "Tt"
        ),
        *(f"{t}he\\s+{_US}?high\\s+court\\b" for t in "Tt"),
        *(f"{t}he\\s+(?:nine\\s+)?justices\\b" for t in "Tt"),
        # "All nine justices agreed that …" (Los Angeles Times, 2014)
        # ("All justices agreed to …", "all of the justices": the whole bench too)
        *(f"{a}ll\\s+(?:nine\\s+|the\\s+|of\\s+the\\s+)?justices\\b" for a in "Aa"),
        r"Justices\b(?!\s+[A-Z])",
        # "SCOTUS ruled 6-3 …" (the press's initials; never "SCOTUSblog")
        r"SCOTUS\b",
    ]
)


@cache
def place_re() -> str:
    return trie_regex(C.place_names())


@cache
def place_word() -> re.Pattern[str]:
    """A place's name as a word, compiled once (the rulings' discourse and the lawsuits pass
    both look for one)."""
    return re.compile(rf"\b(?:{place_re()})\b")


@cache
def _country_re() -> str:
    return trie_regex([n for n, _ in C.countries()])


@cache
def _adjective_re() -> str:
    return trie_regex(sorted({a for _, a in C.countries()}))


@cache
def place_set() -> frozenset[str]:
    return frozenset(C.place_names())


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every court pattern, compiled (tests and tools; the scan compiles each kind only when
    an article first holds its words: see ``_kinds``)."""
    return [(k, _compiled(k)) for k in _kinds()]


@cache
def _kinds() -> tuple[str, ...]:
    return tuple(k for k, _ in _sources())


@cache
def _compiled(kind: str) -> re.Pattern[str]:
    """A court pattern compiled on first need: several hold the place names some times over,
    and compiling all of them cost a short article's first scan about 50 ms."""
    return unrepeat.compile(dict(_sources())[kind])


@cache
def _sources() -> list[tuple[str, str]]:
    place = place_re()
    qual = rf"(?:,\s+(?P<qual>{place}))?"
    qual2 = rf"(?:,\s+(?P<qual2>{place}))?"
    pats = [
        (
            "circuit",
            rf"\b(?:(?:[Tt]he|[Aa])\s+(?:(?:three-judge|3-judge|divided|split|unanimous)\s+){{0,2}}panel\s+of\s+)?"
            rf"(?:[Tt]he\s+|[Aa]n?\s+)?(?P<full>(?:full|en\s+banc|divided|split|unanimous|three-judge|3-judge)\s+)?"
            # ("the US Court of Appeals for the Fourth Circuit", "the United States Court of
            # Appeals for …", "the Court of Appeals for the Ninth Circuit": all the circuit's)
            rf"(?:(?:U\.S\.\s+|US\s+|United\s+States\s+)?Court\s+of\s+Appeals\s+for\s+the\s+(?P<c1>{_ORD})"
            # (trade press abbreviates it: "9th Circ.", "Fed. Circ.", "DC Circ." — Law360)
            rf"\s+Circuit|(?P<c2>{_ORD}|Fed\.)\s+(?:U\.S\.\s+|US\s+)?"
            rf"(?:Circuit(?:\s+Court\s+of\s+Appeals)?|Circ\.))"
            rf"(?P<panel>\s+panel)?",
        ),
        ("cit", r"\b(?:[Tt]he\s+|[Aa]\s+)?(?:U\.S\.\s+)?Court\s+of\s+International\s+Trade\b"),
        (
            # "India's Supreme Court", "the Supreme Court of Canada", "the International Court
            # of Justice", "the Court of Appeal" (Britain's; the U.S. courts are "of Appeals")
            "foreign",
            rf"\b(?:[Tt]he\s+)?(?:(?:{_country_re()})(?:{APOS}s)?\s+|(?:{_adjective_re()})\s+)"
            r"(?:(?:Supreme|Constitutional|Federal|High|Administrative|[Tt]op|[Hh]ighest)\s+)+"
            r"[Cc]ourt\b"
            rf"|\b(?:[Tt]he\s+)?(?:Supreme|Constitutional|Federal|High)\s+Court\s+of\s+"
            rf"(?:{_country_re()})\b"
            r"|\b(?:[Tt]he\s+)?(?:International\s+Court\s+of\s+Justice|International\s+"
            r"Criminal\s+Court|European\s+Court\s+of\s+(?:Justice|Human\s+Rights)|"
            r"Court\s+of\s+Justice\s+of\s+the\s+European\s+Union|"
            r"(?:Federal\s+)?Court\s+of\s+Appeal(?!s))\b"
            # courts neither the U.S. nor its states have, named without their country:
            # "the Constitutional Court", "Birmingham Crown Court", "the apex court"
            r"|\b(?:[Tt]he\s+)?(?:(?:Federal\s+)?Constitutional\s+Court|(?:[A-Z][a-z]+\s+)?"
            r"Crown\s+Court|Court\s+of\s+Session|Supreme\s+People['’]s\s+Court|High\s+Court"
            r"\s+of\s+Justice|[Aa]pex\s+[Cc]ourt|(?:Federal\s+Supreme|Supreme\s+Federal)\s+"
            r"Court)\b"
            # an Indian or Pakistani state's High Court: "the Delhi High Court" (not a U.S. place's)
            r"|\b(?:[Tt]he\s+)?(?!(?:The|A|An|This|That|State|Supreme|Federal|County)\s)(?P<hc>[A-Z][a-z]+)"
            r"\s+High\s+Court\b",
        ),
        # federal courts named in full that no other pattern reads: the Court of Federal
        # Claims, the Tax Court, and "the U.S. Court of Appeals for the District of Columbia"
        # without its "Circuit" (the federal one: the city's own top court is the "District of
        # Columbia Court of Appeals")
        (
            "uscfc",
            r"\b(?:[Tt]he\s+)?(?:U\.S\.\s+)?Court\s+of\s+Federal\s+Claims\b"
            r"|\b(?:[Tt]he\s+)?(?:U\.S\.\s+|United\s+States\s+)?(?P<tax>Tax\s+Court)\b"
            r"|\b(?:[Tt]he\s+)?(?:U\.S\.|United\s+States)\s+Court\s+of\s+Appeals\s+for\s+the\s+"
            r"(?P<dc>District\s+of\s+Columbia)\b(?!\s+Circuit)",
        ),
        # a state's intermediate court that only one state has, by its own name
        (
            "state_named",
            rf"\b(?:[Tt]he\s+)?(?:(?:Pennsylvania|state){APOS}?s?\s+)?(?P<pacommw>Commonwealth\s+Court)\b"
            rf"|\b(?:[Tt]he\s+)?(?:(?:New\s+York|state){APOS}?s?\s+)?(?P<nyad>Appellate\s+Division)\b"
            # the four states' courts of criminal appeals, by their name alone ("the Court of
            # Criminal Appeals in Knoxville ruled"), and "the state Court of Appeals": which
            # state's, the text around says (see courtmatch)
            rf"|\b(?:[Tt]he\s+)?(?:state{APOS}?s?\s+)?(?P<crimapp>Court\s+of\s+Criminal\s+Appeals)\b"
            rf"|\b(?:[Tt]he\s+)?state{APOS}?s?\s+(?P<stcoa>Court\s+of\s+Appeals)\b(?!\s+for\b)"
            # (twenty-seventh session, census38 P2) "the state Appellate Court upheld …",
            # "the Connecticut Appellate Court": Connecticut's and Illinois's intermediate
            # courts are named so; which state's, the name or the discourse says
            rf"|\b(?:[Tt]he\s+)?(?:state{APOS}?s?\s+|(?P<apst>{place}){APOS}?s?\s+)(?P<stapp>Appellate\s+Court)\b"
            # Massachusetts' intermediate court is named "Appeals Court" ("The Massachusetts
            # Appeals Court today upheld …"); "the Appeals Court" alone only in a story
            # that names Massachusetts (see courtmatch)
            rf"|\b(?:[Tt]he\s+|[Aa]\s+(?:divided\s+|split\s+|unanimous\s+)?)?(?P<maname>Massachusetts{APOS}?\s+)?"
            r"(?P<maapp>Appeals\s+Court)\b"
            # a state's court of appeals by its initials, as appellate blogs write it ("the
            # COA held"); which state's, the text may not say
            r"|\b[Tt]he\s+(?P<coa>COA)\b"
            # California's courts of appeal and Florida's district courts of appeal
            r"|\b(?:[Tt]he\s+)?(?P<dca>(?:\d(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth)"
            r"\s+District\s+Court\s+of\s+Appeal)\b(?!s)"
            r"|\b(?:[Tt]he\s+)?(?P<calapp>California\s+Court\s+of\s+Appeal)\b(?!s)"
            # California's and Ohio's appellate districts: "California's First Appellate
            # District", "the 8th Appellate District"
            rf"|\b(?:[Tt]he\s+)?(?:(?:California|Ohio|state){APOS}?s?\s+)?(?P<apd>(?:\d{{1,2}}(?:st|nd|rd|th)|"
            r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)"
            r"\s+Appellate\s+District)\b"
            # Texas's fourteen numbered courts of appeals and Ohio's twelve district ones:
            # "the state's Third Court of Appeals", "Ohio's 8th District Court of Appeals"
            rf"|\b(?:[Tt]he\s+)?(?:(?:Texas|Ohio|state){APOS}?s?\s+)?(?P<numapp>(?:1[0-4]th|"
            r"[1-9](?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|"
            r"Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth)\s+(?P<numdist>District\s+)?Court\s+"
            r"of\s+Appeals)\b(?!\s+for\b)",
        ),
        (
            "state_supreme",
            # ("Wisconsin's liberal-controlled Supreme Court": a describing word or two between,
            # never a verb: "Texas asked the Supreme Court" is the U.S. one)
            # ("Massachusetts' Supreme Court": a possessive apostrophe alone after an s)
            # (first a cheap refusal of "the Supreme Court" with no "of" after, the U.S. one,
            # where every branch failed only after trying its places: ~10,000 instructions)
            r"(?![Tt]he\s+Supreme\s+Court\b(?!\s+of\s)|Supreme\s+Court\b(?!\s+of\s))(?:"
            rf"\b(?:[Tt]he\s+)?(?P<st>{place})(?:{APOS}s?)?\s+(?:(?:[a-z]+-[a-z-]+|liberal|"
            # (Massachusetts' and Maine's court of last resort: "Supreme Judicial Court")
            # ("the Vermont supreme court": news writes it in lower case too)
            r"conservative|divided|elected)\s+){0,2}?(?:Supreme\s+(?:Judicial\s+)?Court|"
            r"supreme\s+court)\b"
            rf"|\b(?:[Tt]he\s+)?Supreme\s+Court\s+of\s+(?P<st2>{place})\b"
            rf"|\b(?P<st3>{place})(?:\s+[Ss]tate)?{APOS}s?\s+(?:top|highest|high)\s+(?:state\s+)?(?P<crim1>criminal\s+)?"
            rf"court\b"
            rf"|\b(?:[Tt]he\s+)?(?P<st4>{place}){APOS}?s?\s+Court\s+of\s+Criminal\s+Appeals\b"
            rf"|\b(?:[Tt]he\s+)?(?P<st5>{place}){APOS}?s?\s+Court\s+of\s+Appeals\b"
            # ("the newly conservative state Supreme Court", "the state's Republican-majority
            # Supreme Court": its bench described before or after "state")
            rf"|\b[Tt]he\s+{_BENCH_DESC}?state{APOS}?s?\s+{_BENCH_DESC}?"
            r"(?:[Ss]upreme|highest|top|high)\s+(?P<crim2>criminal\s+)?"
            rf"[Cc]ourt\b"
            # "a split state Supreme Court ruled": the state the story is about
            r"|\b(?:split|divided|unanimous)\s+state\s+Supreme\s+Court\b"
            # "A divided state high court on Monday voided …", "the state high court"
            r"|\b(?:(?:split|divided|unanimous)\s+)?state\s+(?:high|top|highest)\s+court\b"
            # "The highest court in Massachusetts on Tuesday struck down …"
            rf"|\b(?:[Tt]he\s+)?(?:highest|top)\s+court\s+in\s+(?P<st6>{place})\b"
            # "The Supreme Judicial Court ruled today" (Massachusetts' or Maine's, its state
            # left to the discourse, as "the state Supreme Court")
            r"|\b(?:[Tt]he\s+)?(?:state\s+)?Supreme\s+Judicial\s+Court\b"
            # a state's postal code: "PA Supreme Court rules …", "the NJ Supreme Court"
            r"|\b(?:[Tt]he\s+)?(?P<pst>[A-Z]{2})\s+Supreme\s+Court\b)",
        ),
        (
            "scotus",
            _SCOTUS,
        ),
        (
            "district_formal",
            rf"\b(?:[Tt]he\s+)?(?:(?:U\.S\.|US|[Ff]ederal)\s+District\s+Court\s+(?:for\s+)?(?:the\s+)?)?"
            rf"(?P<dir>Northern|Southern|Eastern|Western|Middle|Central)\s+District\s+of\s+"
            rf"(?P<st>{place})\b|\b(?:[Tt]he\s+)?(?:U\.S\.|US)\s+District\s+Court\s+(?:for\s+the\s+"
            # (twenty-third session: "the US District Court in the District of Columbia")
            rf"District\s+of\s+(?P<st2>{place})|(?:for\s+the\s+|in\s+(?:the\s+)?)(?P<st3>{place}))\b"
            # "the District Court for the District of Massachusetts" with no "U.S." before it:
            # a court "for the District of" a state is a federal one (a state's district court
            # is "in" a county or a numbered judicial district, never "for the District of")
            rf"|\b(?:[Tt]he\s+)?(?:United\s+States\s+)?[Dd]istrict\s+[Cc]ourt\s+for\s+the\s+District\s+of\s+"
            rf"(?P<st6>{place})\b"
            # "The District of Colorado held that …": a district named without "court", as
            # the subject of a holding (never "the District of Columbia", a city and a party)
            rf"|\b[Tt]he\s+District\s+of\s+(?!Columbia\b)(?P<st4>{place})\b(?=,?\s+(?:also\s+|"
            r"likewise\s+|similarly\s+)?(?:held|ruled|found|concluded|determined|granted|denied|"
            r"dismissed|rejected|enjoined|vacated|agreed)\b)"
            # "a ruling from the District of Montana", "an injunction issued by the District of
            # Oregon": a district named without "court" after what a court hands down (not
            # "the U.S. attorney for the District of Montana", an office)
            rf"|(?:(?<=\bfrom\s)|(?<=\bby\s)|(?<=\bin\s)|(?<=\bout\sof\s))the\s+District\s+of\s+"
            r"(?!Columbia\b)"
            rf"(?P<st5>{place})\b",
        ),
        (
            "justice",
            rf"\b(?:Chief\s+)?Justice\s+(?P<name>{_NAME})",
        ),
        (
            # a state's trial court: "a Los Angeles County Superior Court judge", "the Cook
            # County Circuit Court", "a Philadelphia Court of Common Pleas judge"
            "state_trial",
            rf"\b(?:(?:[Tt]he|[Aa])\s+)?(?:"
            # "prompting a Superior Court judge to issue …": a state's trial judge whose
            # county the article does not give (its state is the discourse's)
            r"(?<=[Aa]\s)(?P<bsup>Superior\s+Court)(?=\s+judge\b)|"
            rf"(?:(?P<tplace>{place})|(?P<county>[A-Z][a-z]+(?:\s+(?!County\b)[A-Z][a-z]+)?))"
            r"(?P<cty>\s+County)?\s+(?:(?P<sup>Superior\s+Court)|(?P<cir>Circuit\s+Court)"
            r"|(?:Court\s+of\s+)?Common\s+Pleas(?:\s+Court)?|(?P<dist>District\s+Court)"
            # "Travis County district court", "Dane County circuit court": news writes a
            # county's court in lower case too (only after "County": "a Denver district
            # court" says no county)
            r"|(?<=County\s)(?:(?P<lsup>superior\s+court)|(?P<lcir>circuit\s+court)"
            r"|(?P<ldist>district\s+court))"
            # "a Hennepin County judge", "a Travis County district judge" (a county's only)
            # ("the Mobile County trial judge" too)
            r"|(?P<cj>(?:(?:[Dd]istrict|[Cc]ircuit|[Ss]uperior|[Ss]tate|[Tt]rial)\s+(?:[Cc]ourt\s+)?)?(?=[Jj]udge\b|[Jj]ury\b)))"
            r")(?P<tj>\s*[Jj]udge)?(?P<tjury>[Jj]ury)?\b(?!\s+[A-Z])",
        ),
        (
            "titled_judge",
            # ("3rd District Court Judge Adam Mow": a state's numbered judicial district;
            # federal districts have no numbers)
            # ("205th District Judge Francisco Dominguez": Texas numbers its districts past 400)
            r"\b(?P<ord>(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|"
            r"Eighth|Ninth|Tenth)\s+(?:Judicial\s+)?(?=District\s))?"
            r"(?:(?:Senior|Chief|Presiding|Acting)\s+)?(?P<tmods>(?:(?:U\.\s?S\.|US|United\s+States|"
            r"federal|Federal|"
            r"state|State|county|County)\s+)?(?:(?:District|Circuit|Magistrate|Bankruptcy|"
            r"Appeals|Appellate|Superior\s+Court|Circuit\s+Court|District\s+Court|Immigration|"
            # ("Commonwealth Court Judge Bernard McGinley": Pennsylvania's)
            r"Commonwealth\s+Court|"
            # ("Franklin County Common Pleas Judge …": Ohio's and Pennsylvania's trial courts)
            # ("Franklin County Court of Common Pleas Judge …" too)
            r"(?:Court\s+of\s+)?Common\s+Pleas(?:\s+Court)?|"
            r"Trial)\s+)?)"
            # "United States District Judge for the Northern District of Texas Ada Roe"
            # ("U.S. District Court judge Ada Roe": the court's name, then "judge" in lower
            # case, is the same title)
            r"(?:Judge|(?<=Court\s)judge)\s+(?:for\s+the\s+(?:(?P<fdir>Northern|Southern|Eastern|Western|Middle|Central)"
            rf"\s+)?District\s+of\s+(?P<fst>{place})\s+)?"
            rf"(?P<name>{_NAME})"
            rf"(?P<post>,?\s+(?:(?:who\s+is\s+)?based|sitting)\s+in\s+(?P<place2>{place}){qual}"
            rf"|\s+of\s+(?:the\s+)?(?P<place3>{place})\b"
            # "U.S. District Judge Michael Farbiarz in Newark ruled"
            rf"|\s+in\s+(?P<place4>{place})\b(?!\s+v\.))?",
        ),
        (
            # "The majority declined to reach …": the court named before, told by the judges
            # who carried its ruling (not "the majority of …", a party's or a chamber's
            # majority; "the appeals court majority" is the generic pattern's court)
            "majority",
            # ("A four-justice majority said …", "the 4-3 majority held": its size told)
            r"\b(?:[Tt]he(?:\s+(?:[a-z]+-(?:justice|judge|member)|\d[-–]\d))?|"
            r"[Aa]n?\s+(?:[a-z]+-(?:justice|judge|member)|\d[-–]\d))\s+majority\b"
            r"(?!\s+(?:of|leader|party|whip|opinion|vote|rule|owner|stake)\b|['’-])",
        ),
        (
            # "Judges Anna Lark, Ben Osei and Carla Voss upheld …": a bench named judge by
            # judge, the panel the article named before
            "named_judges",
            rf"\b(?:(?:U\.S\.\s+)?Circuit\s+)?Judges\s+{_NAME}(?:,\s+{_NAME}){{0,3}},?\s+and\s+"
            rf"(?:Judge\s+)?{_NAME}",
        ),
        (
            # "James E. Boasberg, chief judge for the U.S. District Court …": a name whose
            # appositive says it is a judge's
            "appos_judge",
            r"\b(?P<name>[A-Z][a-z'’\-]+\s+(?:[A-Z]\.\s+)?[A-Z][A-Za-z'’\-]+),\s+"
            r"(?:(?:the|a|an)\s+)?(?P<amods>(?:(?:chief|senior|presiding|federal|U\.S\.|US|"
            r"district|circuit|appeals\s+court|magistrate|bankruptcy|veteran|longtime|"
            r"[A-Z][a-z]+-appointed)\s+){0,3})judge\b(?!s)",
        ),
        (
            # "Federal judge Charles R. Breyer in a Thursday opinion said …": a judge titled in
            # lower case, named right after (twenty-seventh session, census36 P4: the court
            # written in a ruling's own words); only a judge the judges' table knows
            "lower_judge",
            r"\b(?P<lmods>(?:[Ff]ederal|U\.S\.|US)\s+(?:(?:district|magistrate)\s+)?)judge\s+"
            rf"(?P<name>{_NAME})",
        ),
        (
            "generic",
            rf"(?P<det>\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne|[Tt]his|[Tt]hat)\s+)?"
            # (a place and its judge in one paragraph: "…, city of Corpus Christi\n\nJudge
            # denies …" is a headline's last words and the next line's first)
            rf"(?P<pre>(?P<place1>{place})(?:-based)?(?:[ \t]+\n?[ \t]*|\n[ \t]*))?"
            rf"(?P<mods>{_MODS}*)"
            # ("the Court of Appeals" with no court named for it: an appeals court, never "the
            # Court" of the ruling before; "… of Appeals for the Ninth Circuit", "the 14th Court
            # of Appeals", "the Minnesota Court of Appeals" are their own patterns)
            # ("the U.S. Court of Appeals issued an order": the same, with "U.S." before it)
            # (twenty-third session: "a federal court of appeals ruled", an appeals court)
            rf"(?P<head>\b(?:[Jj]udges?|(?:(?<=[Tt]he\s|\.S\.\s)|(?<=[Ff]ederal\s))[Cc]ourt\s+of\s+[Aa]ppeals(?!\s+for\b)|"
            rf"[Cc]ourt|panel|"
            rf"[Aa]ppeals\s+[Cc]ourt|justices|circuit|"
            # ("A Vermont jury and judge awarded the families …": the trial's verdict and
            # judgment told as one, census38 P2)
            rf"(?<!grand\s)(?<!Grand\s)[Jj]ury(?:\s+and\s+(?:a\s+)?judge(?=\s+(?:awarded|ordered)\b))?|"
            rf"[Jj]urors)\b)"
            # "A unanimous jury of 12 returned a guilty verdict"
            r"(?:(?<=ury)\s+of\s+(?:\d{1,2}|six|eight|nine|ten|eleven|twelve)\b(?![-.,]\d))?"
            # (no name after the head, but a weekday may follow: "A federal judge Tuesday …")
            rf"{_HEAD_STOP}(?!\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z])"
            rf"(?P<post>,?\s+(?:(?:who\s+is\s+)?based|sitting)\s+in\s+(?P<place2>{place}){qual}"
            rf"|\s+in\s+(?P<dir3>(?:[Nn]orth(?:east|west)?ern|[Ss]outh(?:east|west)?ern|[Ee]astern|[Ww]estern|[Mm]iddle|"
            # (never a caption's first party: "the Supreme Court in Massachusetts v. EPA")
            rf"[Cc]entral)\s+)?(?P<place3>{place})(?!\s+vs?\.?\s+[A-Z]){qual2})?",
        ),
    ]
    return pats


# Every court pattern contains one of these words; text far from all of them is skipped.
COURT_WORDS = Anchor(
    "court_word",
    (
        *("Judge", "judge", "Court", "court", "Justice", "justice", "Panel", "panel"),
        *("Circuit", "circuit", "District", "district", "JUDGE", "COURT", "Jury", "jury"),
        *("Jurors", "jurors", "Circ.", "SCOTUS"),
    ),
    100,
    140,
)
# Each court pattern's own anchor words and reach: rare patterns run only near their words.
# A multi-word anchor is its first word, its reach after grown by the words it leaves out.
PATTERN_WORDS: dict[str, Anchor] = {
    "circuit": Anchor("court_circuit", ("Circuit", "Circ."), 110, 60),
    "cit": Anchor("court_cit", ("International",), 30, 16),
    "uscfc": Anchor("court_uscfc", ("Federal", "Tax", "Columbia"), 60, 17),
    # (whole words: "Appeal" is in every "Court of Appeals", which these courts are not)
    "state_named": Anchor(
        "court_state_named",
        ("Commonwealth", "Appellate", "Appeal", "Appeals", "COA"),
        50,
        20,
        "word",
        "word",
    ),
    # "the Colorado Supreme Court", "Supreme Court of Ohio", "Texas's highest criminal
    # court", "the state's top court", "the New York Court of Appeals"
    "state_supreme": Anchor(
        "court_state_supreme",
        ("Supreme", "supreme", "highest", "top", "high court", "Court of"),
        50,
        60,
    ),
    # "the U.S. Supreme Court", "the nation's highest court", "the high court", "the justices"
    "scotus": Anchor(
        "court_scotus",
        ("Supreme", "supreme", "highest", "top", "high", "justices", "Justices", "SCOTUS"),
        50,
        25,
    ),
    "district_formal": Anchor("court_district", ("District",), 70, 70),
    "justice": Anchor("court_justice", ("Justice",), 10, 60),
    "titled_judge": Anchor("court_titled_judge", ("Judge", "Court judge"), 70, 140),
    "named_judges": Anchor("court_named_judges", ("Judges",), 20, 140),
    "majority": Anchor("court_majority", ("majority",), 30, 10, "word", "word"),
    "state_trial": Anchor(
        "court_state_trial",
        ("Superior", "County", "Common", "Circuit Court", "Circuit judge"),
        60,
        40,
    ),
    "appos_judge": Anchor("court_appos_judge", ("judge",), 140, 10),
}


# Courts only other countries have, whatever country the text names (or none).
FOREIGN_COURT_WORDS = (
    *("Constitutional Court", "Crown Court", "Court of Session", "Supreme People's Court"),
    *("Supreme People’s Court", "High Court", "apex court", "Apex Court", "apex Court"),
    *("Federal Supreme Court", "Supreme Federal Court"),
)


@cache
def foreign_anchor() -> Anchor:
    """Where another country's court can be named: near a country, or an international court."""
    words = {n for n, _ in C.countries()} | {a for _, a in C.countries()}
    words |= {"International", "European", "Appeal", *FOREIGN_COURT_WORDS}
    return Anchor("court_foreign", tuple(sorted(w for w in words if w)), 45, 50, "word", "word")


# The generic pattern ("a federal judge in Oregon") ends in a head word; its words before the
# head reach at most this far (a determiner, a place, "-based", a few modifiers).
HEAD_WORDS = Anchor(
    "court_head",
    # ("judges" is found through "judge")
    (
        "judge",
        "Judge",
        "court",
        "Court",
        "panel",
        "justices",
        "jury",
        "Jury",
        "circuit",
        "jurors",
        "Jurors",
    ),
    0,
    0,
)
_HEAD_REACH = 60  # the longest in the corpora is 28 ("a Trump-appointed federal judge")
_GENERIC_WORDS = (
    *("a", "an", "the", "another", "one", "this", "that"),  # a determiner
    *("federal", "U.S.", "US", "district", "state", "county", "trial", "appeals"),  # modifiers
    *("appellate", "immigration", "bankruptcy", "magistrate", "senior", "lone", "single"),
    *("three-judge", "divided", "split", "conservative", "liberal", "second", "third"),
    "3-judge",  # "The 3-judge panel upheld" (gunmagwarehouse.com, 2023)
    *("fourth", "fifth", "sixth", "different", "separate", "top", "high", "lower"),
    *("full", "en", "banc"),  # "the full circuit", "the en banc court"
    *("three", "appellate"),  # "the three judges", "the appellate judges": a panel
    "unanimous",  # "A unanimous jury of 12 returned a guilty verdict"
    *("local", "court"),  # "a local court", "a U.S. District Court Judge"
    "same",  # "the same court"
    "presiding",  # "The presiding judge, NAME, granted …" (census30 P1)
    "lower-court",  # "a lower-court judge's decision"
)
# (and a jury by its size: "the 12-person jury", "a six-member jury")
_APPOINTED = deferred(
    r"[A-Z][a-z]+-appointed|(?:\d{1,2}|[Ss]ix|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)-(?:person|member)"
)


@cache
def _generic_words() -> frozenset[str]:
    """Every word the generic pattern's part before its head may hold (a determiner, a
    place's words, a modifier), in either case: a superset, to find where a match may start."""
    words = {w for w in _GENERIC_WORDS} | {w.capitalize() for w in _GENERIC_WORDS}
    for place in C.place_names():
        words.update(place.split())
    return frozenset(words)


def _generic_starts(text: str, lo: int, h: int) -> list[int]:
    """Where a generic court phrase holding the head word at ``h`` may start: the starts of
    the words just before it that the pattern may hold, walking back from the head until a
    word it cannot hold (so "the Supreme Court" tries only "Court", not every word before)."""
    words = _generic_words()
    out: list[int] = []
    j = h
    if h > lo and not text[h - 1].isspace():
        # the head inside a word ("judge" in "three-judge"): a match may start at that word
        i = h
        while i > lo and not text[i - 1].isspace():
            i -= 1
        e = h
        while e < len(text) and not text[e].isspace():
            e += 1
        at = _opening(text[i:e], words) if i > lo or i == 0 or text[i - 1].isspace() else None
        if at is None:
            return out
        out.append(i + at)
        if at:
            return out  # after an opening bracket or quote nothing before can join
        j = i
    # (each word before read with ``rstrip``/``rsplit``, not a character at a time: the same
    # white space as ``isspace``)
    seg = text[lo:j]
    while True:
        kept = seg.rstrip()
        if len(kept) == len(seg) or not kept:
            break  # no white space before: the head's own word, or the reach is spent
        parts = kept.rsplit(None, 1)
        word = parts[-1]
        i = lo + len(kept) - len(word)
        if i == lo and i > 0 and not text[i - 1].isspace():
            break  # a word cut by the reach: no match starts in it
        at = _opening(word, words)
        if at is None:
            break
        out.append(i + at)
        if at:
            break  # after an opening bracket or quote nothing before can join
        seg = kept[: len(kept) - len(word)]
    out.reverse()
    return out


_LEAD_CHARS = "([{“‘\"'—–-"
_LEADS = frozenset(_LEAD_CHARS)


def _opening(word: str, words: frozenset[str]) -> int | None:
    """Where in ``word`` a generic phrase may open: 0 for a word the pattern may hold, past
    an opening bracket or quote for "(a", "“the" (nothing before those can join), else None."""
    if _generic_word(word, words):
        return 0
    if word[:1] not in _LEADS:
        return None  # (no bracket, quote or dash to step past: most words)
    lead = len(word) - len(word.lstrip(_LEAD_CHARS))
    if 0 < lead < len(word) and _generic_word(word[lead:], words):
        return lead
    return None


def _generic_word(word: str, words: frozenset[str]) -> bool:
    if word.endswith("-based"):
        word = word[:-6]
    # (each of ``_APPOINTED``'s branches holds a hyphen: most words need no regex)
    return word in words or ("-" in word and _APPOINTED.fullmatch(word) is not None)


class _StateSupremeStarts:
    """Where a state's high court may be named: a word start holding "the", "The",
    "Supreme" or a place's first word (each branch of the pattern opens on one of these),
    not every word start before the anchor (compiled on first need: it holds the places)."""

    def __call__(self, text: str, lo: int, h: int) -> Iterable[int]:
        return (m.start() for m in _state_supreme_starts().finditer(text, lo, h + 1))


@cache
def _state_supreme_starts() -> re.Pattern[str]:
    words = {"the", "The", "Supreme", "split", "divided", "unanimous", "state",
             *(p.split()[0] for p in C.place_names()), *C.states()}  # fmt: skip
    return re.compile(_letter_first_trie(words))


def _letter_first_trie(words: Iterable[str]) -> str:
    """``(?<![A-Za-z0-9_])(?:{trie_regex(words)})`` for words that each open on a letter,
    written so that each branch opens on its letter and asks for the word start by looking
    behind after it: the engine skips ahead to those letters instead of trying the look-behind
    and the whole trie at every position (``head_matches`` searches 50 characters a head)."""
    by_first: dict[str, set[str]] = {}
    for w in words:
        if not (w[:1].isascii() and w[:1].isalpha()):
            raise ValueError(f"a word that opens on no plain letter: {w!r}")
        by_first.setdefault(w[0], set()).add(w[1:])
    branches = []
    for ch, rests in sorted(by_first.items()):
        body = trie_regex(rests) if rests != {""} else ""
        if "" in rests and body:
            body = f"(?:{body})?"
        branches.append(re.escape(ch) + "(?<![A-Za-z0-9_].)" + body)
    return "(?:" + "|".join(branches) + ")"


_STATE_SUPREME_STARTS = _StateSupremeStarts()


def head_starts(
    starts: re.Pattern[str] | Callable[[str, int, int], Iterable[int]],
) -> re.Pattern[str] | Callable[[str, int, int], Iterable[int]]:
    """``starts`` as ``head_matches`` is best handed it: the state high courts' compiled
    pattern itself once an article needs it (``head_matches`` runs a pattern's ``finditer``
    directly; through ``_StateSupremeStarts`` each head paid for a generator: ~0.5 µs an
    article), anything else as it is."""
    return _state_supreme_starts() if starts is _STATE_SUPREME_STARTS else starts


# The word starts a titled judge may open on: an ordinal's digit or first letter ("3rd",
# "First" … "Tenth"), "Senior"/"Chief"/"Presiding"/"Acting", "U.S."/"US"/"federal"/"state"/
# "county" (either case), a court's word ("District", "Circuit", "Magistrate", "Bankruptcy",
# "Appeals", "Superior", "Immigration", "Trial") or "Judge": the first characters of the
# titled judge's pattern (a word start on another letter was tried and always failed).
_TITLED_JUDGE_START = re.compile(r"[0-9FSTENCPAUfscDMBIJ](?<![A-Za-z0-9_].)")

# The patterns tried only at word starts shortly before one of their anchor's words (every
# match holds one, this far from its start at most); the rare ones scan their windows.
_HEADED: dict[str, tuple[str, int, re.Pattern[str] | Callable[[str, int, int], Iterable[int]]]] = {
    "generic": (HEAD_WORDS.name, _HEAD_REACH, _generic_starts),
    "state_supreme": (PATTERN_WORDS["state_supreme"].name, 50, _STATE_SUPREME_STARTS),
    # (a titled judge opens at a word start, on one of its first characters, at most the
    # window's reach before its "Judge": only those starts are tried, not every position of
    # its long windows)
    "titled_judge": (
        PATTERN_WORDS["titled_judge"].name,
        PATTERN_WORDS["titled_judge"].before,
        _TITLED_JUDGE_START,
    ),
}
