"""Another country's courts and laws, named once and then called "the Supreme Court", "the
court" and "the Act" throughout (issue 13, point 7).

The passes before this one read a sentence at a time: "India's Supreme Court struck down the
scheme" is foreign, but "The Supreme Court ordered the bank to stop" three sentences later
looks like the U.S. Supreme Court, and "the Act" like a federal act. This follow-up reads the
whole article. It lists the places where the text says which country it is in: another
country's court or legislature, another country's name, or a U.S. marker ("U.S.", "Congress",
a federal circuit, a state's court). Another country's institutions count even when the
article never names the country: a Constitutional Court, a Crown Court, an "apex court", a
parliament, MPs, an "Article 370 of the Constitution" (the U.S. one has seven); ministers,
like countries' names, only say where a sentence is. An
article **about another country** is one that names a foreign court, legislature or
institution and either never names a U.S. court or marker, or starts abroad and stays there at
least as often. In such an article a mention that is not a formal U.S.
citation and whose nearest marker before it (or, with none before, after it) is foreign is
another country's court or law, and is dropped; a U.S. law linker knows by name is kept when
it comes before the article says where it is set.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from .. import courts as C
from ..datafiles import acts, read_rows
from ..models import Mention
from ..outlets import outlet_abroad
from .doc import Anchor, Doc, held_in
from .lazyre import deferred
from .registry import Pass
from .rulings import court_phrases
from .rulings.courtrefs import FOREIGN_COURT_WORDS
from .trie import matches_at, trie_regex, words_in

US_MARK = deferred(
    r"\b(?:U\.\s?S\.(?!\s?C\.)|US\b(?![-.]?[a-z])|United\s+States|America(?:ns?)?\b|Congress(?:ional)?|"
    r"congressional|Capitol\s+Hill|White\s+House|Pentagon|Washington|(?:Justice|State|Commerce|"
    r"Treasury|Homeland\s+Security)\s+Department|Department\s+of\s+(?:Justice|State|Commerce|"
    r"the\s+Treasury|Homeland\s+Security)|Biden|Trump|Obama|Bush|Clinton|Reagan)"
)
# Another country's institutions, named without the country: legislatures and members the
# U.S. and its states do not have, ministers and ministries, courts only other countries have,
# their constitutions' words. Each is a literal phrase the Doc's anchor pass finds (so an
# article about the Constitutional Court of a country it never names is still abroad).
_INSTITUTIONS = (
    *("Parliament", "parliament", "parliamentary", "Parliamentary", "House of Commons"),
    *("House of Lords", "Lok Sabha", "Rajya Sabha", "Bundestag", "Bundesrat", "Knesset"),
    *("National Assembly", "Duma", "Senedd", "Oireachtas", "Riksdag", "Storting", "Sejm"),
    *("Legislative Yuan", "National People's Congress", "National People’s Congress", "MPs"),
    *("Westminster", "Whitehall", "Downing Street", "Home Secretary", "home secretary"),
    *("Home secretary", "Union government", "Union Cabinet", "apex court", "Apex Court"),
    *("Constitution Bench", "Constitutional Bench", "Basic Law", "suo motu"),
    *("Charter of Rights and Freedoms", "Supreme Federal Court", "Federal Supreme Court"),
    *("High Court of Justice", "Crown Court", "Court of Session", "Supreme People's Court"),
    *("Supreme People’s Court", "Old Bailey", "Dáil", "Seanad", "MSPs", "MLAs"),
    *("Federal High Court", "Constitution Benches", "Constitutional Benches"),
    *("employment tribunal", "Employment Tribunal", "Employment Appeal Tribunal"),
    # a bill "receives Royal Assent"; an Australian federal act is cited "(Cth)"
    *("Royal Assent", "royal assent", "Cth"),
)
# Ministers, premiers and provinces are other countries' too, but a U.S. story quotes them in
# passing ("Israeli Prime Minister Benjamin Netanyahu said the ruling was wrong"): like a
# country's name, they say where a sentence is, never by themselves that the article is abroad.
_OFFICIALS = (
    *("Minister", "Ministers", "Ministry", "prime minister", "justice minister"),
    *("foreign minister", "interior minister", "law minister", "home minister"),
    *("finance minister", "defence minister", "defense minister", "Premier", "provinces"),
    *("provincial", "Taoiseach", "Attorney-General", "attorney-general", "High Court"),
)


@cache
def _foreign_bodies() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Other countries' public bodies, parties and money, from ``foreign_institutions.csv``:
    (bodies only another country has, which decide an article like a parliament: "the
    Equality and Human Rights Commission", "Ofcom", "the Lokpal", "a Lord Justice"; the
    rest, which like a country's name only say where a sentence is: a party ("Likud"), a
    currency ("crore", "Rs"), a body U.S. stories name beside U.S. law ("the European
    Commission"))."""
    rows = read_rows("foreign_institutions.csv")
    bodies = tuple(r["name"] for r in rows if r["kind"] == "body")
    return bodies, tuple(r["name"] for r in rows if r["kind"] != "body")


OFFICIALS = Anchor("foreign_official", _OFFICIALS, 0, 0, "word", "word")
# officials that say nothing of a country even where nothing American is named: a U.S. story
# calls the Supreme Court "the High Court", a "Premier" may be a league, "provinces" a region's
_NOT_A_COUNTRY = frozenset({"High Court", "Premier", "provinces", "provincial", "Ministry"})
INSTITUTIONS = Anchor(
    "foreign_institution", _INSTITUTIONS + _foreign_bodies()[0], 0, 0, "word", "word"
)
# Other countries' constitutions: an article past the U.S. Constitution's seventh ("Article
# 370 of the Constitution", "Article XI, Section 3 of the Constitution"), an amendment
# numbered as a "Constitutional Amendment" ("the 26th Constitutional Amendment").
ACTS = Anchor("foreign_act", ("Act",), 0, 0, "word", "word")
CONSTITUTION_WORDS = Anchor(
    "foreign_constitution", ("Article", "Constitutional Amendment"), 0, 0, "word", "word"
)
_ARTICLE_OF = deferred(
    r"Article\s+(?P<art>[IVXLC]+|\d+)\b(?:\s*\(\w{1,4}\))*"
    r"(?:,?\s+(?:[Ss]ection|[Pp]aragraph|[Cc]lause|[Ss]ub-?section)\s+[\w()]{1,8})*"
    r",?\s+of\s+the\s+[Cc]onstitution\b"
)
_ORDINAL_BEFORE = deferred(r"(\d{1,3})(?:st|nd|rd|th)\s+$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def _foreign_constitution(doc: Doc) -> list[int]:
    """Where the text names another country's constitution by its article or amendment."""
    text = doc.text
    out: list[int] = []
    for s, _e in _hits(doc, CONSTITUTION_WORDS):
        if text[s] == "C":
            if _ORDINAL_BEFORE.search(text, max(0, s - 8), s):
                out.append(s)
            continue
        m = _ARTICLE_OF.match(text, s)
        if m is None:
            continue
        art = m.group("art")
        if (int(art) if art.isdigit() else _roman(art)) > 7:
            out.append(s)
    return out


# "the Finance Act 2023", "the Equality Act 2010": a year straight after "Act" is how the
# Commonwealth names its acts; Congress's are "… Act of 2023".
_BARE_YEAR = deferred(r" (?:1[89]|20)\d\d\b(?![\d,])")
_NAMED_BEFORE = deferred(r"[A-Z][\w)’'-]*\s$")


def _acts_named_with_a_bare_year(doc: Doc, mentions: list[Mention]) -> list[int]:
    """Where an act is named with a bare year after it, unless it is a U.S. law linker knows
    ("the Civil Rights Act 1964" in a foreign writer's U.S. story)."""
    text = doc.text
    known: list[tuple[int, int]] | None = None  # (the linked mentions, read when first asked)
    out: list[int] = []
    for s, e in _hits(doc, ACTS):
        year = _BARE_YEAR.match(text, e)
        if not year or not _NAMED_BEFORE.search(text, max(0, s - 40), s):
            continue
        if known is None:
            known = [(m.start, m.end) for m in mentions if m.authority]
        if any(a <= s < b for a, b in known):
            continue
        named = [m for m in mentions if m.start <= s < m.end and m.name]
        if named and f"{named[0].name} of{year.group(0)}" in _us_act_names():
            continue  # "the Civil Rights Act 1964" is the Civil Rights Act of 1964
        out.append(s)
    return out


@cache
def _us_act_names() -> frozenset[str]:
    return frozenset(n for a in acts() for n in (a.name, *a.aliases))


_COURT_WORDS = frozenset(FOREIGN_COURT_WORDS)


def _foreign_court_words(doc: Doc) -> bool:
    """Whether a court only other countries have is named ("the Constitutional Court", "the
    Court of Appeal"), read from the court phrases' anchor hits."""
    text = doc.text
    if doc.holds("Court of Appeal"):
        return True
    if doc.index is None:
        return any(w in text for w in _COURT_WORDS)
    return any(text[s:e] in _COURT_WORDS for s, e in doc.hits("court_foreign"))


def _hits(doc: Doc, anchor: Anchor) -> list[tuple[int, int]]:
    """An anchor's hits, also for a Doc made without the anchor index."""
    if doc.index is not None:
        return doc.hits(anchor.name)
    return [(s, e) for s, e, _ in words_in(doc.text, anchor.words)]


@cache
def _place_words() -> frozenset[str]:
    """Other countries' names and adjectives, and the provinces, states and cities of theirs
    that news names without the country ("Ontario", "Punjab", "Nairobi"): ``countries.csv``
    and ``foreign_places.csv``."""
    words = {w for pair in C.countries() for w in pair if w} - {"American"}
    words |= {r["name"] for r in read_rows("foreign_places.csv")}
    return frozenset(words | set(_foreign_bodies()[1]))


@cache
def _country_words() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{trie_regex(sorted(_place_words()))})(?![\w])")


@cache
def _foreign_law() -> re.Pattern[str]:
    """Another country's law named with its country: "Australia's Online Safety Act", "the
    Indian Penal Code"."""
    return re.compile(
        rf"(?<![\w.])(?:{trie_regex(sorted(_place_words()))})(?:['’]s)?\s+(?:new\s+)?"
        r"(?:[A-Z][\w-]*\s+){0,6}(?:Act|Code|Bill)\b"
    )


@cache
def _maybe_foreign_court() -> re.Pattern[str]:
    """A cheap test for a foreign court before the court phrases are read: a country's name
    or adjective shortly before "court", "Court of <country>", an international court."""
    words = trie_regex(sorted(_place_words()))
    return re.compile(
        rf"(?<![\w.])(?:{words})(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}[Cc]ourt\b"
        rf"|\bCourt\s+of\s+(?:{words})\b|\b(?:International|European)\s+Court\b"
        r"|\bCourt\s+of\s+Appeal(?!s)\b"
    )


@cache
def country_anchor() -> Anchor:
    """Another country's name or adjective ("India", "Indian"), as a Doc anchor."""
    return Anchor("country", tuple(sorted(_place_words())), 0, 0, "word", "word")


def _country_starts(doc: Doc) -> list[int]:
    """Where ``_country_words()`` matches, from the Doc's anchor hits: the longest name at
    each place, none inside another ("South Korea", not also "Korea"), none after a dot."""
    if doc.index is None:
        return [
            m.start()
            for m in _country_words().finditer(doc.text)
            if not _native(doc.text, m.start(), m.end()) and not _new_before(doc.text, m.start())
        ]
    text = doc.text
    out: list[int] = []
    done = 0
    for s, e in sorted(doc.hits("country"), key=lambda h: (h[0], -h[1])):
        if s < done or (s > 0 and text[s - 1] == ".") or _native(text, s, e):
            continue
        if _new_before(text, s):
            continue
        out.append(s)
        done = e
    return out


# Another country's money by its sign before a sum ("£25,000", "₹5 crore", "₦3bn", "€40m"):
# like a country's name, it says where a sentence is, never by itself that the article is.
_MONEY_SIGN = deferred(r"[£₹₦€]\s?\d")


def _money_abroad(text: str) -> list[int]:
    """Where a sum is written in another country's currency sign."""
    if "£" not in text and "€" not in text and "₹" not in text and "₦" not in text:
        return []
    return [m.start() for m in _MONEY_SIGN.finditer(text)]


def country_places(doc: Doc) -> list[int]:
    """Where the text names another country (its name or adjective, or a place of its),
    sorted: for passes that must not read another country's law as a federal one."""
    return _country_starts(doc)


def _new_before(text: str, s: int) -> bool:
    """Whether "New " comes before a place word: "New Mexico", "New England" are American."""
    return s >= 4 and text[s - 4 : s] == "New "


# "Indian" in U.S. law is most often about Native Americans: "Indian tribes", "Indian
# Country", "the Bureau of Indian Affairs", "American Indian", "Indian children" under ICWA.
_NATIVE_AFTER = deferred(
    r"\s+(?:[Tt]ribes?|[Tt]ribal|[Cc]ountry|[Aa]ffairs|[Hh]ealth\s+Service|[Rr]eservations?|"
    r"[Nn]ations?|[Cc]hild(?:ren)?|Gaming|[Ll]ands?|[Pp]eoples?|[Ff]amil(?:y|ies)|[Cc]ommunit)"
)
_NATIVE_BEFORE = deferred(r"(?:American|Native|Bureau\s+of|Alaska)\s+$")


def _native(text: str, s: int, e: int) -> bool:
    """Whether the country word at ``text[s:e]`` is "Indian" in its Native American sense."""
    return text[s:e] == "Indian" and bool(
        _NATIVE_AFTER.match(text, e) or _NATIVE_BEFORE.search(text, max(0, s - 20), s)
    )


# A country's court named by its country and its own words, which the U.S. court patterns do
# not read as foreign ("Japan's Fukuoka District Court", "a Japanese district court", "South
# Korea's Constitutional Court"): the country, then at most three words that are names or
# court words, then "court".
_COUNTRY_COURT_TAIL = deferred(
    r"(?:['’]s)?\s+(?:(?:[A-Z][\w-]+|district|supreme|high|top|highest|lower|appeals?|"
    r"constitutional|regional|provincial|family|criminal|civil|administrative|military|"
    r"federal|appellate)\s+){0,3}[Cc]ourts?\b"
)


def _country_courts(text: str, countries: list[int]) -> list[int]:
    """Where a country's name or adjective opens the name of one of its courts; not "New
    Mexico's" (a state) nor a U.S. court a country's name only qualifies."""
    out: list[int] = []
    for p in countries:
        word = _country_words().match(text, p)
        if word is None:
            continue
        tail = _COUNTRY_COURT_TAIL.match(text, word.end())
        if tail and "Circuit" not in tail.group(0):
            out.append(p)
    return out


def _maybe_foreign_court_at(text: str, countries: list[int]) -> bool:
    """``_maybe_foreign_court().search(text)``, tried only where it can start: at a country's
    name, or where one of its fixed phrases occurs."""
    pat = _maybe_foreign_court()
    if any(pat.match(text, p) for p in countries):
        return True
    if (
        "Court of" in text
        or held_in(text, "International Court")
        or held_in(text, "European Court")
    ):
        return pat.search(text) is not None
    return False


def _events(
    doc: Doc, mentions: list[Mention] | None = None
) -> tuple[list[tuple[int, bool]], int, int, bool]:
    """(position, is_foreign) of every marker in text order; the counts of foreign anchors
    (courts, legislatures, laws named with their country) and of U.S. markers; and whether
    the first of those (country names aside) is foreign. ``mentions`` (the settled ones)
    tell a U.S. act from another country's act named "Act 2023"."""
    text = doc.text
    countries = _country_starts(doc)
    money = _money_abroad(text)
    if money:
        countries = sorted(countries + money)
    # an outlet in another country ("….co.uk") names its country before the text's first word
    places = [-1, *countries] if outlet_abroad(doc.url) else countries
    events: list[tuple[int, bool]] = [(p, True) for p in places]
    officials = _hits(doc, OFFICIALS)
    events += [(s, True) for s, _ in officials]
    # with nothing American in the article, a minister says where it is as a country does
    # ("Justice Minister Kiri Allan said the government would introduce a bill")
    ministers = [s for s, e in officials if text[s:e] not in _NOT_A_COUNTRY]
    if ministers:
        places = sorted(places + ministers)
    bare_year_acts = _acts_named_with_a_bare_year(doc, mentions or [])
    court_words = _foreign_court_words(doc)
    if (
        not places
        and not bare_year_acts
        and not court_words
        and not _hits(doc, INSTITUTIONS)
        and not _hits(doc, CONSTITUTION_WORDS)
    ):
        return events, 0, 0, False  # no other country or its institutions named: nothing to do
    strong: list[tuple[int, bool]] = []
    # a foreign law's name opens on its country's, unless it is a U.S. act linker knows by
    # that name ("the Indian Child Welfare Act")
    known = [(m.start, m.end) for m in mentions or [] if m.authority and not m.anaphor]
    strong += [
        (m.start(), True)
        for m in matches_at(_foreign_law(), text, countries)
        if not any(a <= m.start() < b for a, b in known)
    ]
    # another country's legislature, courts or constitution, named or not
    strong += [(s, True) for s, _ in _hits(doc, INSTITUTIONS)]
    foreign_court = _country_courts(text, countries)
    strong += [(s, True) for s in foreign_court]
    strong += [(s, True) for s in _foreign_constitution(doc)]
    strong += [(s, True) for s in bare_year_acts]
    if (
        not strong
        and not court_words
        and not (
            (countries or "International Court" in text)
            and _maybe_foreign_court_at(text, countries)
        )
    ):
        if _nothing_american(doc, places, mentions or []):
            return sorted(events), len(places), 0, True  # another country, nothing American
        return events, 0, 0, False  # no foreign court, legislature or law: nothing to do
    abroad = bool(foreign_court) or court_words  # a court only another country has
    for ref in court_phrases(doc):
        if ref.court == C.FOREIGN:
            # "the US Court of Appeal": a British writer's name for a U.S. court
            ours = bool(_US_BEFORE.search(text, max(0, ref.start - 14), ref.start))
            strong.append((ref.start, not ours))
            abroad = abroad or not ours
        elif ref.court and ref.court != "scotus" and not ref.anaphoric and not ref.generic:
            strong.append((ref.start, False))  # a circuit, a district, a state's court
    if not any(f for _, f in strong):
        # no foreign anchor after all ("the High Court" read as no court of another
        # country's): the U.S. markers can wait, unless the article names nothing American
        if _nothing_american(doc, places, mentions or []):
            return sorted(events), len(places), 0, True
        return events, 0, 0, False
    for m in US_MARK.finditer(text):
        if abroad and _in_passing(text, m):
            # a court story abroad that names "U.S. President Donald Trump" in passing (a U.S.
            # trade story's "President Trump's new tariffs" beside Canada's Parliament counts)
            continue
        # "Mexico’s lower house of Congress", "the Philippine Congress": another country's
        strong.append((m.start(), _owned_abroad(text, m.start())))
    if all(f for _, f in strong):
        # with no U.S. marker, a U.S. law linker knows by a name no other country's law bears,
        # or a U.S. case, stands in for one ("The Equality Act would amend the Civil Rights Act
        # of 1964", a British commission named in passing): never more than the markers would
        # say in an article that has them (a foreign story comparing "the Clean Air Act")
        strong += [(m.start, False) for m in mentions or [] if _us_law(doc, countries, m)]
    strong.sort()
    anchors = sum(1 for _, f in strong if f)
    first_foreign = bool(strong) and strong[0][1]
    events = sorted(events + strong)
    return events, anchors, len(strong) - anchors, first_foreign


# The U.S. as an actor in another country's story: its president, its envoys and its
# government ("U.S. President Donald Trump threatens tariffs", "Washington has criticised the
# law", "the US ambassador"). Like a minister in a U.S. story, they say where their own
# sentence is, not where the story is.
_PRESIDENTS = frozenset({"Biden", "Trump", "Obama", "Bush", "Clinton", "Reagan", "Washington"})
_DIPLOMATIC_AFTER = deferred(
    r"['’]?s?\s+(?:President|Vice\s+President|[Ss]ecretary\s+of\s+State|[Aa]mbassador|[Ee]nvoy|"
    r"[Ee]mbassy|[Oo]fficials|[Aa]dministration|[Tt]ariffs?|[Mm]ilitary|[Tt]roops|[Ss]anctions|"
    r"[Dd]iplomats?|[Aa]llies|[Ff]oreign\s+[Pp]olicy)\b"
)


def _in_passing(text: str, m: re.Match[str]) -> bool:
    """Whether a U.S. marker is the U.S. acting abroad rather than U.S. law's setting."""
    return m.group(0) in _PRESIDENTS or bool(_DIPLOMATIC_AFTER.match(text, m.end()))


# The U.S. as another country's story sees it from outside: "drew reactions from the United
# States", "ties with Washington".
_FROM_ABROAD_BEFORE = deferred(r"\b(?:from|with|toward|towards)\s+(?:the\s+)?$")
_US_TITLE_BEFORE = deferred(
    r"\b(?:US|U\.S\.|American)\s+[Pp]resident\s+(?:[A-Z][a-z]*\.?\s+){0,2}$"
)


def _abroad_actor(text: str, m: re.Match[str]) -> bool:
    """Whether a U.S. marker is the U.S. as an actor in another country's story, named in
    passing ("US President Donald Trump expressed shock", "reactions from the United States"),
    not the setting of U.S. law."""
    if m.group(0) in _PRESIDENTS and m.group(0) != "Washington":
        # a president's bare name is the U.S. itself ("The Trump administration launched …"),
        # unless a U.S. title before it says he acts abroad ("US President Donald Trump")
        return bool(_US_TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start()))
    return bool(_DIPLOMATIC_AFTER.match(text, m.end())) or bool(
        _FROM_ABROAD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    )


def _us_after(doc: Doc, at: int, m: Mention) -> bool:
    """Whether the mention's own sentence names the U.S. after ``at`` (the foreign marker
    nearest before it) and before its end: "… U.S. President Donald Trump signed the act"."""
    s = max(at, doc.sentence_start(m.start))
    return any(not _owned_abroad(doc.text, u.start()) for u in US_MARK.finditer(doc.text, s, m.end))


@cache
def _state_names() -> re.Pattern[str]:
    names = sorted({s.name for s in C.states().values()})
    return re.compile(rf"\b(?:{trie_regex(names)})\b")


# A U.S. marker just before a court only other countries have ("the US Court of Appeal").
_US_BEFORE = deferred(r"(?:\bUS|U\.S\.|American|federal)\s+$")
_US_ONLY = deferred(r"U\.S\.C\.|C\.F\.R\.|\b[Ff]ederal\s+(?:judge|appeals|prosecutors?)\b")


def _nothing_american(doc: Doc, countries: list[int], mentions: list[Mention]) -> bool:
    """Whether an article that names another country (or one of its places) names nothing
    American at all: no U.S. marker, no state of the Union, no U.S. code or federal judge, no
    U.S. court but the Supreme Court, no U.S. law or case linker knows by name ("The Board of
    Control for Cricket in India said the Supreme Court's order would be implemented"). Such
    an article is abroad even when its courts have names the U.S. shares. Read only when no
    foreign anchor decided it."""
    if not countries:
        return False
    text = doc.text
    if any(
        m.authority
        and not m.anaphor
        and m.kind != "constitution"
        and not _country_in_sentence(doc, countries, m)
        for m in mentions
    ):
        return False
    if _US_ONLY.search(text) or any(
        not _owned_abroad(text, m.start()) and not _abroad_actor(text, m)
        for m in US_MARK.finditer(text)
    ):
        return False
    if _state_names().search(text):
        return False
    return not any(
        ref.court not in (None, "scotus", C.FOREIGN) and not ref.anaphoric
        for ref in court_phrases(doc)
    )


# A federal agency by its initials: an article that names one is not set abroad even when its
# only other U.S. words are a law's name.
_US_AGENCY = deferred(
    r"\b(?:EPA|FBI|IRS|FDA|FTC|FCC|SEC|ICE|DHS|DOJ|CDC|NLRB|OSHA|EEOC|HHS|USDA|FEMA|"
    r"CBP|USCIS|DEA|ATF|NOAA|NASA|HUD|FAA|FERC|CFPB|USTR)\b"
)


@cache
def _shared_act_names() -> frozenset[str]:
    """Names of U.S. acts another country's law also bears (``shared_act_names.csv``), lower
    case, without "the" or a year: "the Privacy Act" is Australia's too."""
    return frozenset(r["name"].lower() for r in read_rows("shared_act_names.csv"))


def _bare_name(surface: str) -> str:
    """A law's name as printed, lower case, without a leading "the", a trailing year or a
    "(Cth)"-style tag: "the Privacy Act 1988 (Cth)" -> "privacy act"."""
    s = re.sub(r"^the\s+", "", surface.strip(), flags=re.I)
    s = re.sub(r"\s*\([^)]*\)$", "", s)
    s = re.sub(r",?\s+(?:of\s+)?\d{4}$", "", s)
    return s.lower()


def _country_in_sentence(doc: Doc, countries: list[int], m: Mention) -> bool:
    """Whether the mention is a law by its name and its own sentence names another country
    or a place of its ("Under the Privacy Act, officials in Australia must …"): a law named
    there says nothing American about the article, whose name it shares with the other
    country's law."""
    if m.matcher != "names":
        return False  # only a law's name is shared: "a Section 301 investigation into Chinese
        # shipbuilding" is the U.S. section
    if _bare_name(doc.text[m.start : m.end]) not in _shared_act_names():
        return False  # "invoked the Alien Enemies Act to deport Venezuelan migrants": no other
        # country has a law of that name, so the sentence's country does not make it theirs
    if _US_AGENCY.search(doc.text):
        return False  # "…, the EPA said": a U.S. story after all
    s, _ = doc.sentence_at(m.start)
    _, e = doc.sentence_at(max(m.start, m.end - 1))
    j = bisect.bisect_left(countries, s)
    return j < len(countries) and countries[j] < e


def _us_law(doc: Doc, countries: list[int], m: Mention) -> bool:
    """Whether a settled mention is a U.S. statute, rule or case by its id, named (not
    referred back to), by a name no other country's law bears and in a sentence that names
    no other country."""
    return (
        m.authority is not None
        and not m.anaphor
        and m.kind in ("statute", "regulation", "case")
        and not _shared_name(doc.text, m)
        and not _country_in_sentence(doc, countries, m)
    )


def _shared_name(text: str, m: Mention) -> bool:
    """Whether the mention is a law by a name another country's law also bears ("the Equality
    Act" is Britain's too), in a text that names no federal agency: in an article about that
    country that names nothing American, its law, even before the article says where it is."""
    return (
        m.matcher == "names"
        and _bare_name(text[m.start : m.end]) in _shared_act_names()
        and not _US_AGENCY.search(text)
    )


@cache
def _owner_before() -> re.Pattern[str]:
    """A country's possessive or adjective ending the text, a few words before a noun."""
    names = trie_regex(sorted({n for n, _ in C.countries() if n}))
    adjectives = trie_regex(sorted({a for _, a in C.countries() if a} - {"American"}))
    return re.compile(
        rf"(?<![\w.])(?:(?:{names})['’]s\s+(?:(?:lower|upper|house|chamber|of|the|national|"
        rf"federal|own|new)\s+){{0,4}}|(?:{adjectives})\s+)$"
    )


# "Congress" in another country's party or union: "the All Progressives Congress (APC)",
# "the African National Congress", "the Congress party", "Congress MPs".
_PARTY_BEFORE = deferred(
    r"(?:Progressives|National|People['’]s|Peoples|Africanist|Unions?|Trades|Youth|Students|"
    r"Nepali|Trinamool|Nationalist|Liberation)\s+$"
)
_PARTY_AFTER = deferred(r"(?:\s+(?:[Pp]arty|MPs?|MLAs?|workers)\b|-led\b)")


def _owned_abroad(text: str, at: int) -> bool:
    """Whether a U.S. marker at ``at`` belongs to the country named just before it, or is
    another country's party named "Congress"."""
    if (
        text.startswith("Congress", at)
        and not text.startswith(" of American", at + 8)
        and (
            _PARTY_BEFORE.search(text, max(0, at - 20), at)
            or _PARTY_AFTER.match(text, at + len("Congress"))
        )
    ):
        return True
    return _owner_before().search(text, max(0, at - 60), at) is not None


def _about_another_country(anchors: int, us: int, first_foreign: bool) -> bool:
    """Another country's court, legislature or law is named, and the U.S. is not, or the
    article starts abroad and names foreign institutions at least as often as U.S. markers
    (country names alone never decide it: a trade story names many)."""
    if anchors == 0:
        return False
    return us == 0 or (first_foreign and anchors >= us)


def _kept(m: Mention, amended_abroad: frozenset[str]) -> bool:
    """Mentions only U.S. law has: formal citations, landmark cases, amendments (but not an
    amendment numbered like the other country's "26th Constitutional Amendment" the article
    tells of: its "26th Amendment" is that country's too)."""
    if m.matcher == "citations":
        return True
    if m.kind == "case" and m.authority:
        return True
    if m.kind != "constitution" or "mendment" not in m.text:
        return False
    if m.text[:7].lower() == "twenty ":
        return False  # "Twenty Fourth Amendment", spelt as another country's bills spell it
    number = _AMENDMENT_ID.match(m.authority or "")
    return not (number and number.group(1) in amended_abroad)


_AMENDMENT_ID = deferred(r"const:amendment:(\d+)")


def _amended_abroad(doc: Doc) -> frozenset[str]:
    """The numbers of another country's constitutional amendments the text names ("the 26th
    Constitutional Amendment")."""
    text = doc.text
    out: set[str] = set()
    for s, _e in _hits(doc, CONSTITUTION_WORDS):
        if text[s] == "C":
            ordinal = _ORDINAL_BEFORE.search(text, max(0, s - 8), s)
            if ordinal:
                out.add(ordinal.group(1))
    return frozenset(out)


@cache
def _maker() -> re.Pattern[str]:
    """Another country (or its parliament) making a law: "the European Union has proposed",
    "Britain passed", "Canada's Parliament adopted"."""
    names = trie_regex(sorted({n for n, _ in C.countries() if n}))
    return re.compile(
        rf"(?:{names})(?:['’]s\s+(?:[Pp]arliament|[Gg]overnment|lawmakers|legislature))?\s+"
        r"(?:(?:has|have|had|also|recently|just|quietly)\s+)*"
        r"(?:passed|proposed|adopted|enacted|introduced|approved|drafted|unveiled)\b"
    )


def _without_acts_made_abroad(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """In a U.S. story, an act linker does not know that its sentence says another country
    or parliament made ("Across the ocean, the European Union has proposed … the Digital
    Services Act"), with no U.S. marker between, is that country's: dropped, with what
    refers back to it."""
    unknown = [
        m
        for m in mentions
        if m.matcher == "names" and m.authority is None and not m.anaphor and m.name
    ]
    if not unknown:
        return mentions
    text = doc.text
    makers = sorted(
        [m.start() for m in matches_at(_maker(), text, _country_starts(doc))]
        + [s for s, _ in _hits(doc, INSTITUTIONS)]
    )
    if not makers:
        return mentions
    abroad: set[str] = set()
    claimed: set[int] = set()  # a maker makes the first act after it, not every one
    for m in unknown:
        j = bisect.bisect_left(makers, m.start) - 1
        if (
            j >= 0
            and j not in claimed
            and makers[j] >= doc.sentence_start(m.start)
            and not US_MARK.search(text, makers[j], m.start)
        ):
            claimed.add(j)
            abroad.add(m.name or "")
    if not abroad:
        return mentions
    return [m for m in mentions if not (m.authority is None and m.name in abroad)]


# A law report cited the Commonwealth way: the year first, in brackets, then the volume and
# a reporter without dots ("(1959) 101 CLR 298", "[2003] 1 AC 123"). U.S. reporters are
# abbreviated with dots, and California's year-first style keeps them ("(1987) 43 Cal.3d
# 1104"); eyecite would read "CLR" as the Connecticut Law Reporter.
_YEAR_FIRST_REPORT = deferred(
    r"[(\[](?:1[6-9]|20)\d\d[)\]]\s*\d+\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*\s+\d"
)


def _commonwealth_report(text: str, m: Mention) -> bool:
    """Whether a formal citation is a Commonwealth law report (year first, dotless)."""
    return m.matcher == "citations" and bool(
        _YEAR_FIRST_REPORT.search(text, max(0, m.start - 8), m.end)
    )


# A caption only the Commonwealth writes: "& Anr", "& Ors" (another, others), an Australian
# "Pty" or Indian "Pvt" company, a neutral citation's court ("UKEAT", "EWCA", "HCA").
_COMMONWEALTH_CAPTION = deferred(
    r"&\s*(?:Anr|Anor|Ors)\b|\b(?:Pty|Pvt|UKEATS?|EWCA|EWHC|UKSC|UKHL|UKPC|HCA|FCAFC|NSWSC|"
    r"NZSC|SGCA|KEHC|ZACC|ZASCA|ONCA|BCCA|LPELR|NWLR)\b"
)


# Its parties: a "Minister for …" (Commonwealth ministers are "for" their portfolio) or "the
# Commonwealth of <country>" (not the four U.S. commonwealths nor Puerto Rico's or the Northern
# Marianas')
_COMMONWEALTH_PARTY = deferred(
    r"\bv\.?\s+(?:the\s+)?(?:Minister\s+for\s+[A-Z]|Commonwealth\s+of\s+(?!Kentucky|"
    r"Massachusetts|Pennsylvania|Virginia|Puerto|the\s+Northern)[A-Z])"
)
# What follows the caption (the rest of a minister's portfolio first: "…, Citizenship and
# Multicultural Affairs"): a neutral citation with its year in brackets ("[2024] FCA 7"), a
# judge styled the Commonwealth way ("Colvin J held", "(Button J)", "Kiefel CJ").
_COMMONWEALTH_AFTER = deferred(
    r"(?:,?\s+(?:[A-Z][\w'’-]*|and|of|for|the|&))*\s*(?:\[(?:1[6-9]|20)\d\d\]\s+[A-Z][A-Za-z]{1,7}"
    r"\s+\d+|[,(]\s*(?:[A-Z][a-z]+\s+)(?:J|CJ|JA|JJ|ACJ|P)\b(?![.\w]))"
)


def _commonwealth_caption(m: Mention, text: str = "") -> bool:
    """Whether an unresolved case name is written the Commonwealth way: in its words, its
    parties, or the neutral citation or judge printed right after it."""
    if m.kind != "case" or m.authority is not None or m.anaphor:
        return False
    if _COMMONWEALTH_CAPTION.search(m.text) or _COMMONWEALTH_PARTY.search(m.text):
        return True
    return bool(text) and _COMMONWEALTH_AFTER.match(text[m.end : m.end + 160]) is not None


# A year straight after an act's name, with no "of", is how the Commonwealth names its acts
# ("the Equality Act 2010", "the Equal Pay Act 1970"); U.S. news writes "the Civil Rights Act
# of 1964". A U.S. act printed that way keeps its link only when the year is its own ("the
# Inflation Reduction Act 2022"); a bill only when the year is in its Congress.
_YEAR_AFTER_NAME = deferred(r"\s+((?:1[6-9]|20)\d\d)\b(?![-–/.,]?\d)")


@cache
def _act_years() -> frozenset[tuple[str, int]]:
    """(an act's id or bare name, a year of it): each act's own year, and the years its names
    carry ("Civil Rights Act of 1964" gives ("civil rights act", 1964))."""
    out: set[tuple[str, int]] = set()
    for a in acts():
        if a.authority and a.year:
            out.add((a.authority, a.year))
        for name in (a.name, *a.aliases):
            dated = _NAME_OF_YEAR.fullmatch(name)
            if dated:
                out.add((dated.group(1).lower(), int(dated.group(2))))
    return frozenset(out)


_NAME_OF_YEAR = deferred(r"(?:the\s+)?(.+?\bAct),?\s+of\s+((?:1[6-9]|20)\d\d)", re.I)


def _commonwealth_act_year(text: str, m: Mention) -> bool:
    """Whether a law known by name is followed by a year that is not its own, the
    Commonwealth way ("the Equality Act 2010" is the United Kingdom's act, not the U.S. bill)."""
    if m.matcher != "names" or m.kind not in ("statute", "bill") or not m.text.endswith("Act"):
        return False
    year = _YEAR_AFTER_NAME.match(text, m.end)
    if not year:
        return False
    printed = int(year.group(1))
    authority = m.authority or ""
    if authority.startswith("bill:"):
        congress = int(authority.split(":")[1])
        first = 1789 + 2 * (congress - 1)
        return printed not in (first, first + 1)
    years = _act_years()
    return (authority, printed) not in years and (_bare_name(m.text), printed) not in years


def run(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not mentions:
        return mentions
    text = doc.text
    drop = [
        m
        for m in mentions
        if (m.matcher == "citations" and _commonwealth_report(text, m))
        or (m.kind == "case" and m.authority is None and _commonwealth_caption(m, text))
        or _commonwealth_act_year(text, m)
    ]
    if drop:
        # (and the same case named again, or referred back to: "The decision")
        captions = {m.name or m.text for m in drop if m.kind == "case"}
        mentions = [
            m
            for m in mentions
            if m not in drop
            and not (m.kind == "case" and m.authority is None and (m.name or m.text) in captions)
        ]
    events, anchors, us, first_foreign = _events(doc, mentions)
    if not _about_another_country(anchors, us, first_foreign):
        return _without_acts_made_abroad(doc, mentions)
    starts = [p for p, _ in events]
    # with nothing American in the article, a law its sentence sets abroad is not the U.S.
    # law of that name even before the article has named its country
    starts_abroad = [p for p, f in events if f]
    amended_abroad = _amended_abroad(doc)
    out: list[Mention] = []
    for m in mentions:
        if _kept(m, amended_abroad) or US_MARK.search(m.text):
            out.append(m)
            continue
        # The nearest marker before the mention's end (one inside it counts: "India's
        # Supreme Court ruled"), else the article's first marker.
        # A U.S. law the data knows by name, before the article has said where it is set,
        # is the U.S. law ("The Communications Decency Act shields platforms. Britain's …").
        j = bisect.bisect_left(starts, m.end) - 1
        if j >= 0:
            nearest = events[j]
        elif (
            m.authority
            and not m.anaphor
            and m.kind != "ruling"
            and not (
                us == 0
                and (_country_in_sentence(doc, starts_abroad, m) or _shared_name(doc.text, m))
            )
        ):
            nearest = (0, False)
        else:
            nearest = events[0]  # the opening, before the article names its country
        if nearest[1] and not _us_after(doc, nearest[0], m):
            continue  # another country's court or law
        out.append(m)
    return _without_what_the_dropped_named(mentions, out)


def _without_what_the_dropped_named(mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """A law dropped as another country's is that country's wherever the article uses its
    abbreviation or refers back to it: "the General Data Protection Regulation (GDPR)" of an
    EU court's story is still the EU's "GDPR" after a sentence that says "the United States".
    Only mentions with no id of their own (a search link) and the dropped one's name go."""
    if len(kept) == len(mentions):
        return kept
    kept_ids = {id(m) for m in kept}
    names = {
        m.name or m.text
        for m in mentions
        if id(m) not in kept_ids and m.kind in ("statute", "regulation", "bill")
    }
    if not names:
        return kept
    return [
        m
        for m in kept
        if m.authority is not None
        or not (m.matcher == "abbreviations" or m.anaphor)
        or (m.name or m.text) not in names
    ]


PASS = Pass(
    name="foreign",
    emits=(),
    anchors=(country_anchor(), INSTITUTIONS, OFFICIALS, CONSTITUTION_WORDS, ACTS),
    run=run,
)
