"""Court phrases: every court or judge an article names ("a federal judge in Oregon", "U.S.
District Judge April Perry", "the 9th U.S. Circuit Court of Appeals", "Breyer"), each with its
CourtListener court id where its words give one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from ... import courts as C
from ..doc import Anchor, Doc
from ..sentences import sentence_start
from ..spans import Intervals
from ..trie import WORD_START, head_matches, trie_regex, words_in

# ---------------------------------------------------------------------------- court phrases


# Patterns the functions below ask at each call, compiled once.
_FIRST_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+")
_STATE_LEVEL_BEFORE = re.compile(r"\b(?:state|State|county|appellate)\s+$")
_DISTINCT = re.compile(r"\b(?:another|different|separate)\b")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


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


APOS = "['’]"
_ORD = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|D\.C\.|Federal|District\s+of\s+Columbia)"
)
_NAME = r"(?:[A-Z]\.\s+)?[A-Z][A-Za-z'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'’\-]+)){0,3}"
_NOT_NAME = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "on", "in", "of", "the", "and", "said", "wrote", "jr", "jr.",
}  # fmt: skip
_HEAD_STOP = (
    r"(?!\s+(?:case|cases|system|systems|fight|fights|battle|battles|challenge|challenges|"
    r"filing|filings|hearing|hearings|date|dates|records|documents|of\s+public\s+opinion|"
    r"appearance|costs|fees|reporter|clerk|house|order|orders|watchers|nominee|nominees|"
    r"nomination|pick|picks|shopping|packing)\b)"
)
_MODS = (
    r"(?:(?:federal|Federal|U\.S\.|US|district|District|state|county|trial|appeals|appellate|"
    r"immigration|bankruptcy|magistrate|senior|lone|single|three-judge|divided|split|"
    r"[A-Z][a-z]+-appointed|conservative|liberal|second|third|fourth|fifth|sixth|another|three|"
    r"different|separate|top|high|lower|full|en\s+banc)\s+)"
)


@cache
def place_re() -> str:
    return trie_regex(C.place_names())


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
    return re.compile(dict(_sources())[kind])


@cache
def _sources() -> list[tuple[str, str]]:
    place = place_re()
    qual = rf"(?:,\s+(?P<qual>{place}))?"
    qual2 = rf"(?:,\s+(?P<qual2>{place}))?"
    pats = [
        (
            "circuit",
            rf"\b(?:(?:[Tt]he|[Aa])\s+(?:(?:three-judge|divided|split|unanimous)\s+){{0,2}}panel\s+of\s+)?"
            rf"(?:[Tt]he\s+|[Aa]n?\s+)?(?P<full>(?:full|en\s+banc|divided|split|unanimous|three-judge)\s+)?"
            rf"(?:U\.S\.\s+Court\s+of\s+Appeals\s+for\s+the\s+(?P<c1>{_ORD})"
            rf"\s+Circuit|(?P<c2>{_ORD})\s+(?:U\.S\.\s+)?Circuit(?:\s+Court\s+of\s+Appeals)?)"
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
        ("uscfc", r"\b(?:[Tt]he\s+)?(?:U\.S\.\s+)?Court\s+of\s+Federal\s+Claims\b"),
        (
            "state_supreme",
            rf"\b(?:[Tt]he\s+)?(?P<st>{place})(?:{APOS}s)?\s+Supreme\s+Court\b"
            rf"|\b(?:[Tt]he\s+)?Supreme\s+Court\s+of\s+(?P<st2>{place})\b"
            rf"|\b(?P<st3>{place}){APOS}s?\s+(?:top|highest|high)\s+(?:state\s+)?(?P<crim1>criminal\s+)?"
            rf"court\b"
            rf"|\b(?:[Tt]he\s+)?(?P<st4>{place}){APOS}?s?\s+Court\s+of\s+Criminal\s+Appeals\b"
            rf"|\b(?:[Tt]he\s+)?(?P<st5>{place}){APOS}?s?\s+Court\s+of\s+Appeals\b"
            rf"|\b[Tt]he\s+state{APOS}?s?\s+(?:[Ss]upreme|highest|top)\s+(?P<crim2>criminal\s+)?"
            rf"[Cc]ourt\b",
        ),
        (
            "scotus",
            r"\b(?:[Tt]he\s+)?(?:U\.S\.\s+|US\s+|United\s+States\s+)?Supreme\s+Court\b"
            rf"|\b[Tt]he\s+(?:nation|country){APOS}s\s+(?:highest|top)\s+court\b"
            r"|\b[Tt]he\s+(?:highest|top)\s+court\s+(?:of|in)\s+the\s+(?:land|nation|country)\b"
            r"|\b[Tt]he\s+high\s+court\b|\b[Tt]he\s+(?:nine\s+)?justices\b"
            # "Justices released their unanimous opinion": a sentence's bare subject
            r"|\bJustices\b(?!\s+[A-Z])",
        ),
        (
            "district_formal",
            rf"\b(?:[Tt]he\s+)?(?:(?:U\.S\.|US|[Ff]ederal)\s+District\s+Court\s+(?:for\s+)?(?:the\s+)?)?"
            rf"(?P<dir>Northern|Southern|Eastern|Western|Middle|Central)\s+District\s+of\s+"
            rf"(?P<st>{place})\b|\b(?:[Tt]he\s+)?(?:U\.S\.|US)\s+District\s+Court\s+(?:for\s+the\s+"
            rf"District\s+of\s+(?P<st2>{place})|(?:for\s+the\s+|in\s+)(?P<st3>{place}))\b",
        ),
        (
            "justice",
            rf"\b(?:Chief\s+)?Justice\s+(?P<name>{_NAME})",
        ),
        (
            # a state's trial court: "a Los Angeles County Superior Court judge", "the Cook
            # County Circuit Court", "a Philadelphia Court of Common Pleas judge"
            "state_trial",
            rf"\b(?:(?:[Tt]he|[Aa])\s+)?(?:(?P<tplace>{place})|(?P<county>[A-Z][a-z]+(?:\s+(?!County\b)[A-Z][a-z]+)?))"
            r"(?P<cty>\s+County)?\s+(?:(?P<sup>Superior\s+Court)|(?P<cir>Circuit\s+Court)"
            r"|(?:Court\s+of\s+)?Common\s+Pleas(?:\s+Court)?)(?P<tj>\s+[Jj]udge)?\b(?!\s+[A-Z])",
        ),
        (
            "titled_judge",
            r"\b(?:(?:Senior|Chief|Presiding|Acting)\s+)?(?P<tmods>(?:(?:U\.\s?S\.|US|federal|Federal|"
            r"state|State|county|County)\s+)?(?:(?:District|Circuit|Magistrate|Bankruptcy|"
            r"Appeals|Appellate|Superior\s+Court|Circuit\s+Court|District\s+Court|Immigration|"
            r"Trial)\s+)?)"
            rf"Judge\s+(?P<name>{_NAME})"
            rf"(?P<post>,?\s+(?:(?:who\s+is\s+)?based|sitting)\s+in\s+(?P<place2>{place}){qual}"
            rf"|\s+of\s+(?:the\s+)?(?P<place3>{place})\b"
            # "U.S. District Judge Michael Farbiarz in Newark ruled"
            rf"|\s+in\s+(?P<place4>{place})\b(?!\s+v\.))?",
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
            "generic",
            rf"(?P<det>\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne|[Tt]his|[Tt]hat)\s+)?"
            rf"(?P<pre>(?P<place1>{place})(?:-based)?\s+)?(?P<mods>{_MODS}*)"
            rf"(?P<head>\b(?:[Jj]udges?|[Cc]ourt|panel|[Aa]ppeals\s+court|justices|circuit|"
            rf"(?<!grand\s)jury|[Jj]urors)\b)"
            rf"{_HEAD_STOP}(?!\s+[A-Z])"
            rf"(?P<post>,?\s+(?:(?:who\s+is\s+)?based|sitting)\s+in\s+(?P<place2>{place}){qual}"
            rf"|\s+in\s+(?P<dir3>(?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Mm]iddle|"
            rf"[Cc]entral)\s+)?(?P<place3>{place}){qual2})?",
        ),
    ]
    return pats


# A court named as where an appeal goes, not as one that ruled: "appealed that decision to
# the 5th Circuit, where it is pending", "asked the Supreme Court to intervene".
DESTINATION = re.compile(
    r"\b(?:appeal(?:ed|s|ing)?|petition(?:ed|s|ing)?|ask(?:ed|s|ing)?|urg(?:ed|es|ing)|"
    r"turn(?:ed|s|ing)?|went|go(?:es|ing)?|head(?:ed|s|ing)?)\b[^.;:!?]{0,60}?\bto\s+$"
)
_TO_BEFORE = re.compile(r"\bto\s+$")
PENDING_AFTER = re.compile(r",\s+where\s+(?:it|the\s+case|the\s+appeal)\s+(?:is|remains)\s+pending")


_DET_AT = re.compile(r"(?:[Tt]he|[Aa]n?)\s")
_BASED_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+|\b[Aa]\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+-based|[a-z]+-leaning|"
    r"\b(?:conservative|liberal))\s+$"
)
_GENERIC_HIGH = re.compile(r"(?:[Tt]he\s+)?(?:high\s+court|(?:nine\s+)?[Jj]ustices)$")


def _high_court_named_before(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "the high court", "the justices" are the last court of last resort named before them
    (the Wisconsin Supreme Court, Israel's Supreme Court), and the U.S. Supreme Court only
    when it was that court or none was named. A state's high court named in the sentence of
    the U.S. Supreme Court after it is the one reviewed, not the one "the justices" are."""
    out = list(refs)
    last: str | None = None
    scotus_end = -1
    for i, r in enumerate(out):
        if r.court == "scotus" and _GENERIC_HIGH.search(text[r.start : r.end]):
            if last and last != "scotus":
                out[i] = replace(r, court=last, level=C.level_of(last))
            continue
        if r.court == "scotus":
            scotus_end = r.end
        elif (
            r.court
            and C.is_state_high_court(r.court)
            and scotus_end >= 0  # none named yet: an article that opens on a state's court
            and 0 <= r.start - scotus_end < 200
            and not _SENTENCE_BREAK.search(text, scotus_end, r.start)
        ):
            continue  # "The Supreme Court let stand a ruling by the Colorado Supreme Court"
        if r.court and (r.court in ("scotus", C.FOREIGN) or C.is_state_high_court(r.court)):
            last = r.court
    return out


_SENTENCE_BREAK = re.compile(r"[.!?][\s”\"]")


def _line_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t-•*":
        j -= 1
    return j < 0 or text[j] == "\n"


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[-1].lower().strip(".,") in _NOT_NAME:
        words.pop()
    if words and len(words[-1]) > 2 and words[-1][-2:] in ("'s", "’s"):
        # "Judge Park's order": the possessive is the ruling's, not the name's
        words[-1] = words[-1][:-2]
    return " ".join(words)


def _place_from(
    m: re.Match[str], *groups: str, found: dict[str, str | None] | None = None
) -> C.Place | None:
    if found is None:
        found = m.groupdict()  # (a new dict at each call: asked once)
    qual = found.get("qual") or found.get("qual2")
    for g in groups:
        v = found.get(g)
        if v:
            return C.resolve_place(v, qual)
    return None


# Every court pattern contains one of these words; text far from all of them is skipped.
COURT_WORDS = Anchor(
    "court_word",
    (
        *("Judge", "judge", "Court", "court", "Justice", "justice", "Panel", "panel"),
        *("Circuit", "circuit", "District", "district", "JUDGE", "COURT", "Jury", "jury"),
        *("Jurors", "jurors"),
    ),
    100,
    140,
)
# Each court pattern's own anchor words and reach: rare patterns run only near their words.
# A multi-word anchor is its first word, its reach after grown by the words it leaves out.
PATTERN_WORDS: dict[str, Anchor] = {
    "circuit": Anchor("court_circuit", ("Circuit",), 110, 60),
    "cit": Anchor("court_cit", ("International",), 30, 16),
    "uscfc": Anchor("court_uscfc", ("Federal",), 30, 17),
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
        "court_scotus", ("Supreme", "highest", "top", "high", "justices", "Justices"), 50, 25
    ),
    "district_formal": Anchor("court_district", ("District",), 70, 70),
    "justice": Anchor("court_justice", ("Justice",), 10, 60),
    "titled_judge": Anchor("court_titled_judge", ("Judge",), 70, 140),
    "state_trial": Anchor("court_state_trial", ("Superior", "County", "Common"), 60, 40),
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
    *("fourth", "fifth", "sixth", "different", "separate", "top", "high", "lower"),
    *("full", "en", "banc"),  # "the full circuit", "the en banc court"
    *("three", "appellate"),  # "the three judges", "the appellate judges": a panel
)
_APPOINTED = re.compile(r"[A-Z][a-z]+-appointed")


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
    while True:
        k = j
        while k > lo and text[k - 1].isspace():
            k -= 1
        if k == j or k <= lo:
            break  # no white space before: the head's own word, or the reach is spent
        i = k
        while i > lo and not text[i - 1].isspace():
            i -= 1
        if i == lo and i > 0 and not text[i - 1].isspace():
            break  # a word cut by the reach: no match starts in it
        at = _opening(text[i:k], words)
        if at is None:
            break
        out.append(i + at)
        if at:
            break  # after an opening bracket or quote nothing before can join
        j = i
    out.reverse()
    return out


def _opening(word: str, words: frozenset[str]) -> int | None:
    """Where in ``word`` a generic phrase may open: 0 for a word the pattern may hold, past
    an opening bracket or quote for "(a", "“the" (nothing before those can join), else None."""
    if _generic_word(word, words):
        return 0
    lead = len(word) - len(word.lstrip("([{“‘\"'—–-"))
    if 0 < lead < len(word) and _generic_word(word[lead:], words):
        return lead
    return None


def _generic_word(word: str, words: frozenset[str]) -> bool:
    if word.endswith("-based"):
        word = word[:-6]
    return word in words or _APPOINTED.fullmatch(word) is not None


# The patterns tried only at word starts shortly before one of their anchor's words (every
# match holds one, this far from its start at most); the rare ones scan their windows.
_HEADED: dict[str, tuple[str, int, re.Pattern[str] | Callable[[str, int, int], Iterable[int]]]] = {
    "generic": (HEAD_WORDS.name, _HEAD_REACH, _generic_starts),
    "state_supreme": (PATTERN_WORDS["state_supreme"].name, 50, WORD_START),
}


def court_phrases(source: str | Doc) -> list[CourtRef]:
    """Every court or judge named in the text, without overlaps, in text order (found once
    per ``Doc``: the rulings and the foreign-law passes both read them)."""
    doc = Doc.of(source) if isinstance(source, str) else source
    return list(doc.memo("court_phrases", lambda: _court_phrases(doc)))


def _court_phrases(doc: Doc) -> list[CourtRef]:
    text = doc.text
    found: list[tuple[int, int, int, CourtRef]] = []
    seen: set[tuple[int, int, int]] = set()
    for prio, kind in enumerate(_kinds()):
        anchor = PATTERN_WORDS.get(kind, COURT_WORDS)
        if kind == "foreign":
            anchor = foreign_anchor()
        windows = doc.windows(anchor.name)
        pat = _compiled(kind) if windows else None
        for ws, we in windows:
            assert pat is not None
            headed = _HEADED.get(kind)
            matches = (
                head_matches(text, pat, doc.hits(headed[0]), headed[1], headed[2], ws, we)
                if headed
                else pat.finditer(text, ws, we)
            )
            for m in matches:
                if (prio, m.start(), m.end()) in seen:
                    continue
                seen.add((prio, m.start(), m.end()))
                ref = _court_ref(kind, m, text)
                if ref is not None:
                    found.append((ref.start, -(ref.end - ref.start), prio, ref))
    found.sort(key=lambda t: (-(t[3].end - t[3].start), t[2]))
    chosen: list[CourtRef] = []
    taken = Intervals()
    for _s, _l, _p, ref in found:
        if ref.end > ref.start and taken.free(ref.start, ref.end):
            chosen.append(ref)
            taken.add(ref.start, ref.end)
    chosen.sort(key=lambda r: r.start)
    chosen = [r for r in chosen if not _title_modifier(text, r)]
    chosen = _high_court_named_before(text, chosen)
    chosen = [
        replace(r, destination=True)
        if (
            _TO_BEFORE.search(text, max(0, r.start - 6), r.start)
            and DESTINATION.search(text, max(0, r.start - 80), r.start)
        )
        or PENDING_AFTER.match(text, r.end)
        else r
        for r in chosen
    ]
    return _bare_surnames(text, _appositive_courts(text, chosen))


@cache
def _first_names() -> frozenset[str]:
    return frozenset(j.first.capitalize() for j in C.judges()) | {"Chief", "Justice", "Judge"}


def _title_modifier(text: str, r: CourtRef) -> bool:
    """ "retired Supreme Court Stephen Breyer", "Supreme Court Justice Elena Kagan": the court
    words are part of a person's title, not a mention of the court."""
    if r.role != "court":
        return False
    nm = _FIRST_NAME_AFTER.match(text[r.end : r.end + 40])
    return bool(nm and nm.group(1) in _first_names())


_APPOS_OPEN = re.compile(r"\s*(,|—|–|--|\()\s*")
_APPOS_CLOSE = {",": ",", "—": "—", "–": "–", "--": "--", "(": ")"}
JUDGE_FROM = re.compile(r"\s+(?:from|of|on|at|for|with)\s+(?:the\s+)?$")


def appositive_end(text: str, at: int, limit: int) -> int | None:
    """End of an appositive or parenthesis that opens at ``at`` (", a Trump appointee,",
    "— a Clinton appointee who … —", "(D)"), or None when none opens there."""
    m = _APPOS_OPEN.match(text, at, limit)
    if not m:
        return None
    close = _APPOS_CLOSE[m.group(1)]
    j = text.find(close, m.end(), min(limit, m.end() + 200))
    if j < 0 or re.search(r"[;:“”\"\n]|[.!?]\s", text[m.end() : j]):
        return None
    return j + len(close)


def _appositive_courts(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """A judge whose court is unknown takes the court named in the appositive or "from the"
    phrase right after the name: "Judge Robert Smith from the U.S. District Court Western
    District of Louisiana", "Jane Doe, a senior judge on the federal bench for the Northern
    District of California"."""
    out = list(refs)
    for i, r in enumerate(out):
        if r.role != "judge" or r.court is not None or i + 1 >= len(out):
            continue
        nxt = out[i + 1]
        end = appositive_end(text, r.end, len(text))
        inner = []
        if end:
            j = i + 1
            while j < len(out) and out[j].start < end:  # (sorted by start: none after)
                if out[j].end <= end and out[j].court:
                    inner.append(out[j])
                j += 1
        if JUDGE_FROM.fullmatch(text[r.end : nxt.start]) and nxt.role == "court" and nxt.court:
            out[i] = replace(r, court=nxt.court, level=C.level_of(nxt.court))
        elif inner and inner[0].role in ("court", "judge"):
            out[i] = replace(r, court=inner[0].court, level=C.level_of(inner[0].court or ""))
    return out


def _us_place_before(text: str, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` ends the name of a U.S. place ("Texas", "New York")."""
    before = text[max(0, at - 30) : at].split()[-2:]
    names = {word} | {" ".join([*before[i:], word]) for i in range(len(before))}
    return not names.isdisjoint(place_set())


def _court_ref(kind: str, m: re.Match[str], text: str) -> CourtRef | None:
    s, e = m.start(), m.end()
    g = m.groupdict()
    court: str | None
    level: str | None
    if kind == "circuit":
        court = C.circuit_id(g.get("c1") or g.get("c2") or "")
        if s and not _DET_AT.match(text, s):
            # "the New Orleans-based 5th Circuit", "the conservative-leaning 5th Circuit": the
            # words before the court belong to it (looked for after a match, not at every
            # position the pattern is tried)
            based = _BASED_BEFORE.search(text, max(0, s - 50), s)
            if based:
                s = based.start()
        role = "panel" if g.get("panel") or "panel" in m.group(0) else "court"
        return CourtRef(s, e, role, court, C.LEVEL_APPEALS)
    if kind == "cit":
        return CourtRef(s, e, "court", "cit", C.LEVEL_SPECIAL)
    if kind == "foreign":
        if g.get("hc") and _us_place_before(text, m.start("hc"), g["hc"]):
            return None  # "the Texas High Court" is a state's
        return CourtRef(s, e, "court", C.FOREIGN, C.LEVEL_FOREIGN)
    if kind == "uscfc":
        return CourtRef(s, e, "court", "uscfc", C.LEVEL_SPECIAL)
    if kind == "state_supreme":
        name = g.get("st") or g.get("st2") or g.get("st3") or g.get("st4") or g.get("st5")
        criminal = bool(g.get("crim1") or g.get("crim2") or g.get("st4"))
        if not name:
            return CourtRef(s, e, "court", None, C.LEVEL_STATE, anaphoric=True, high=True,
                            criminal=criminal)  # fmt: skip
        if (g.get("st3") or g.get("st4") or g.get("st5")) and C._fold(
            name
        ) not in C.state_by_name():
            return None  # "Chicago's top court" is no state's court of last resort
        place = C.resolve_place(name)
        if not place or not place.postal:
            return None
        st = C.states()[place.postal]
        if g.get("st5"):
            # "the New York Court of Appeals" (its high court); Texas has fourteen
            appeals = C._courts_db_find(f"{st.name} Court of Appeals")
            one = appeals[0] if len(appeals) == 1 else None
            return CourtRef(s, e, "court", one, C.LEVEL_STATE, postal=place.postal,
                            high=bool(one and C.is_state_high_court(one)))  # fmt: skip
        direct: tuple[str, ...] = (
            tuple(C._courts_db_find(f"{st.name} Supreme Court")) if g.get("st") else ()
        )
        court = (
            direct[0] if len(direct) == 1 else C.state_high_court(place.postal, criminal=criminal)
        )
        return CourtRef(s, e, "court", court, C.LEVEL_STATE, postal=place.postal, high=True,
                        criminal=criminal)  # fmt: skip
    if kind == "scotus":
        if _STATE_LEVEL_BEFORE.search(text[max(0, s - 10) : s]):
            return None  # "a state Supreme Court justice in Manhattan": a state's court
        role = "justices" if "justices" in m.group(0).lower() else "court"
        return CourtRef(s, e, role, "scotus", C.LEVEL_SUPREME)
    if kind == "district_formal":
        place = C.resolve_place(g.get("st") or g.get("st2") or g.get("st3") or "")
        if not place or not place.postal:
            return None
        dists = C.districts_of(place.postal)
        if place.district and not g.get("dir"):
            court = place.district
        elif g.get("dir"):
            suffix = g["dir"][0].lower() + "d"
            hits = [d for d in dists if d.endswith(suffix) and len(d) == 4]
            court = hits[0] if len(hits) == 1 else None
        else:
            court = dists[0] if len(dists) == 1 else None
        return CourtRef(s, e, "court", court, C.LEVEL_DISTRICT, postal=place.postal)
    if kind == "justice":
        name = _clean_name(g["name"])
        if not name:
            return None
        court = C.judge_court(name, justice=True)
        if court is None:
            return None
        return CourtRef(s, s + len(m.group(0)) - (len(g["name"]) - len(name)), "judge", court,
                        C.LEVEL_SUPREME, judge=name.split()[-1])  # fmt: skip
    if kind == "appos_judge":
        name = g["name"]
        if name.split()[0].lower() in _NOT_NAME:
            return None
        am = (g.get("amods") or "").lower()
        level = C.LEVEL_APPEALS if "circuit" in am or "appeals" in am else C.LEVEL_DISTRICT
        return CourtRef(s, m.end("name"), "judge", C.judge_court(name), level,
                        judge=name.split()[-1])  # fmt: skip
    if kind == "state_trial":
        if g.get("cir") and not g.get("cty"):
            return None  # "the Fourth Circuit Court" is the federal court of appeals
        place = C.resolve_place(g["tplace"]) if g.get("tplace") else None
        postal = place.postal if place else None
        court = C.state_trial_court(postal) if postal else None
        role = "judge" if g.get("tj") else "court"
        return CourtRef(s, e, role, court, C.LEVEL_STATE, postal=postal,
                        place=place.name if place else None, trial=True)  # fmt: skip
    if kind == "titled_judge":
        name = _clean_name(g["name"])
        if not name:
            return None
        end = e if g.get("post") else m.start("name") + len(name)
        tm = (g.get("tmods") or "").lower()
        level = (
            # "Dane County Circuit Judge …" is a state trial judge, not a federal appeals one
            C.LEVEL_STATE
            if "state" in tm or "superior" in tm or "county" in tm
            else C.LEVEL_APPEALS
            if ("circuit" in tm and "court" not in tm) or "appeal" in tm
            else C.LEVEL_DISTRICT
        )
        court = C.judge_court(name) if level != C.LEVEL_STATE else None
        place = _place_from(m, "place2", "place3", "place4", found=g)
        postal = place.postal if place else None
        if place and place.district and level == C.LEVEL_DISTRICT:
            court = place.district
        elif court and postal and C.postal_of_court(court) not in (None, postal):
            court = None
        if court is None and place and level == C.LEVEL_STATE and place.postal:
            court = C.state_trial_court(place.postal)
        trial = level == C.LEVEL_STATE and bool(re.search(r"superior|county|circuit|trial", tm))
        return CourtRef(s, end, "judge", court, level, postal=postal, judge=name.split()[-1],
                        place=place.name if place else None, trial=trial)  # fmt: skip
    # generic
    head = g["head"].lower()
    det = (g.get("det") or "").strip().lower()
    mods = (g.get("mods") or "").lower()
    if head == "jurors":
        head = "jury"  # "Jurors in Manhattan convicted …"
    if head == "judges":
        # "the three judges", "the appellate judges": the panel named before; judges in
        # general ("judges across the country") are no court
        if det != "the" or not re.search(r"\b(?:three|appellate|appeals)\b", mods):
            return None
        return CourtRef(s, e, "panel", None, C.LEVEL_APPEALS, anaphoric=True)
    if head in ("judge", "court") and text[m.end("head") : m.end("head") + 1] == "s":
        return None  # (asked before the place: it settles the match whatever the place)
    rehearing = "full" in mods or "banc" in mods
    if head == "circuit" and not rehearing:
        return None  # "the circuit court" is a state's trial court, left to its own pattern
    place = _place_from(m, "place1", "place2", "place3", found=g)
    if place is None and det in ("a", "an", "another"):
        # "In Memphis, a federal jury …", "Meanwhile, in Alabama, a three-judge court ruled"
        lead = (
            _place_lead().fullmatch(text, sentence_start(text, s), s)
            if _after_comma(text, s)
            else None
        )
        if lead:
            place = C.resolve_place(lead.group("pl"))
    if not (det or mods.strip() or place or _line_start(text, s)):
        return None
    if head == "court" and not (det or place or mods.strip()):
        return None
    role = {"judge": "judge", "court": "court", "panel": "panel", "justices": "justices"}.get(
        head, "court"
    )
    if head == "jury" and not (mods.strip() or place):
        return None  # "the jury" alone: the trial's, left to the discourse around it
    if head == "appeals court" or "appeals" in mods or "appellate" in mods:
        level = C.LEVEL_APPEALS
    elif head == "circuit" or "banc" in mods:
        level = C.LEVEL_APPEALS  # "the full circuit", "the en banc court": a court of appeals'
    elif "state" in mods or "county" in mods:
        level = C.LEVEL_STATE
    elif "trial" in mods and head == "court":
        level = C.LEVEL_DISTRICT  # "the trial court": the court below, never the appeals court
    elif head == "justices":
        level = C.LEVEL_SUPREME
    elif head == "panel":
        level = C.LEVEL_APPEALS
    elif "high" in mods or "top" in mods:
        return None  # "the state's top court" is handled above; "a top court" is vague
    elif "lower" in mods:
        # "the lower court": the court below, which the discourse names (see fill_courts)
        return CourtRef(s, e, role, None, None, lower=True)
    elif (
        head == "court"
        and place is not None
        and not ("federal" in mods or "district" in mods)
        and C._fold(place.name) in C.state_by_name()
    ):
        # "Colorado court rules": some court of that state; which one the article says later
        level = C.LEVEL_STATE
    else:
        level = C.LEVEL_DISTRICT if ("federal" in mods or "district" in mods) else None
    court = None
    postal = place.postal if place else None
    if place:
        if level == C.LEVEL_APPEALS:
            court = None if "state" in mods else C.circuit_for(place)
        elif level == C.LEVEL_STATE and "state" not in mods and head == "court":
            court = None
        elif level == C.LEVEL_STATE:
            court = C.state_trial_court(place.postal) if place.postal else None
        else:
            court = place.district
            level = level or C.LEVEL_DISTRICT
            if court is None and g.get("dir3") and place.postal:
                # "a federal court in western Louisiana": the district its direction names
                suffix = g["dir3"].strip()[0].lower() + "d"
                hits = [d for d in C.districts_of(place.postal) if d.endswith(suffix)]
                court = hits[0] if len(hits) == 1 else None
    if "three-judge" in mods and head == "court" and level is None:
        level = C.LEVEL_DISTRICT  # a three-judge court is a district court, never the Supreme
    if head == "justices":
        court = "scotus"
    anaphoric = det in ("the", "this", "that") and not place
    generic = court is None and not anaphoric
    distinct = det == "another" or bool(mods and _DISTINCT.search(mods))
    return CourtRef(s, e, role, court, level, postal=postal, anaphoric=anaphoric,
                    generic=generic, place=place.name if place else None,
                    distinct=distinct, bench=rehearing and level is None)  # fmt: skip


def _after_comma(text: str, s: int) -> bool:
    """Whether a comma and white space stand just before ``s``, as they end every place lead
    (a cheap test before the lead's pattern runs from the sentence's start)."""
    k = s
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k < s and k > 0 and text[k - 1] == ","


@cache
def _place_lead() -> re.Pattern[str]:
    """A sentence opening on its place: "In Memphis, ", "Meanwhile, in Alabama, "."""
    return re.compile(rf"[\s“\"]*(?:[A-Z]\w+,\s+)?[Ii]n\s+(?P<pl>{place_re()}),\s+")


def _bare_surnames(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """Add later bare-surname references ("Breyer previously granted …") to judges named
    with a title earlier in the article."""
    out = list(refs)
    seen: dict[str, CourtRef] = {}
    for r in refs:
        if r.judge and r.judge not in seen:
            seen[r.judge] = r
    spans = sorted((r.start, r.end) for r in refs)
    starts = [a for a, _ in spans]

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    if not seen:
        return out
    # One pass for every surname: an alternation of them all, not a scan per judge.
    for ms, me, surname in words_in(text, seen):
        intro = seen[surname]
        intro_text = text[intro.start : intro.end]
        if ms < intro.end:
            continue
        if covered(ms):
            continue
        # "Stephen Breyer" is not "Judge Charles Breyer": another first name before it
        fn = _WORD_BEFORE.search(text[max(0, ms - 30) : ms])
        if fn and fn.group(1) not in intro_text and fn.group(1) in _first_names():
            continue
        out.append(CourtRef(ms, me, "judge", intro.court, intro.level,
                            postal=intro.postal, judge=surname))  # fmt: skip
    out.sort(key=lambda r: r.start)
    return out
