"""Rulings described in plain words: "A federal judge in Oregon blocked Trump's bid …".

How it works, in three passes over the text:

1. **Court phrases** — "a federal judge in Oregon", "U.S. District Judge April Perry",
   "the 9th U.S. Circuit Court of Appeals", "the nation's highest court", "the panel",
   "Breyer" (a judge named earlier) — each resolved to a CourtListener court id from
   ``linker.courts`` data, or from the discourse (a generic "a federal judge" takes the court
   of the judge the article names next; "the court" the court named last).
2. **Ruling clauses** — a court phrase that is the subject of a ruling verb ("blocked",
   "struck down", "ruled", "granted", "issued a ruling", passive "was blocked by …"). The span
   is the subject plus the verb phrase, cut before a following law's name ("the Title IX
   rule", "the Alien Enemies Act") so that mention stays the statute matcher's.
3. **Ruling nouns** — "the ruling", "his 31-page decision", "today's preliminary
   injunction", "the judge's order", "the 9th Circuit's decision", "the Oregon decision".
   Those that point back are ``anaphor=True`` and take the court of the ruling before them.

Discourse decides what generic phrases mean: "the district court"/"the panel" is the
compatible court named before (a Court of International Trade panel included; courts in a
judge's aside such as "the brother of retired Justice Stephen Breyer" do not count), an
appeals court without a circuit hears appeals from the places its sentence names or from the
district court the article named, "his decision" is a ruling only when the person it points
to is a judge (the subject of its sentence, else the person named nearest before it), and
"she had already halted …" is a ruling of the judge last named.

State courts: "the Colorado Supreme Court", "Colorado's top court", "the New York Court of
Appeals", "the Texas Court of Criminal Appeals" name a court of last resort (``high_courts``
in ``federal_districts.csv``); "the state's highest court" is that of the state last named;
"Colorado court rules" is a court of that state, the one the article names next (never the
federal district). "A lower court ruling"/"the lower court" is the court named in the same
sentence or the next, else the article's single lower court, else no court.

Not rulings: what a court may or will do ("until the Supreme Court rules", "if the court
rules", "is expected to rule"), cert grants ("agreed to hear"), a justice siding with
colleagues, a ruling clause after "In <Case v. Name>," and a ruling noun describing a
landmark ("the decision overturning Roe v. Wade", "the ruling in Dobbs"): the case's name is
that mention. Spans end before a named plan or rule, a case name, a relative clause and a line
break. Back-references join only confident rulings with a court, preferring rulings told as
news over those told as another ruling's object ("reversed a lower court ruling").

Plain "the order"/"the opinion" are rulings only where no executive order or proclamation
was mentioned before them (otherwise the anaphora module decides). Clauses inside quotations
are not reported as rulings (a speaker's "the Supreme Court has upheld the Rule of Law" is
rhetoric, not a report), but back-references there are.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from .. import courts as C
from ..links import courtlistener_search
from ..models import Mention
from .doc import Anchor, Doc
from .registry import Pass
from .sentences import sentence_start, sentences
from .trie import trie_regex

# ---------------------------------------------------------------------------- court phrases


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


_APOS = "['’]"
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
    r"[A-Z][a-z]+-appointed|conservative|liberal|second|third|fourth|fifth|sixth|another|"
    r"different|separate|top|high|lower)\s+)"
)


@cache
def _place_re() -> str:
    return trie_regex(C.place_names())


@cache
def _country_re() -> str:
    return trie_regex([n for n, _ in C.countries()])


@cache
def _adjective_re() -> str:
    return trie_regex(sorted({a for _, a in C.countries()}))


@cache
def _place_set() -> frozenset[str]:
    return frozenset(C.place_names())


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    place = _place_re()
    qual = rf"(?:,\s+(?P<qual>{place}))?"
    qual2 = rf"(?:,\s+(?P<qual2>{place}))?"
    pats = [
        (
            "circuit",
            rf"\b(?:(?:[Tt]he|[Aa])\s+(?:(?:three-judge|divided|split|unanimous)\s+)?panel\s+of\s+)?"
            rf"(?:[Tt]he\s+|[Aa]n?\s+)?(?:U\.S\.\s+Court\s+of\s+Appeals\s+for\s+the\s+(?P<c1>{_ORD})"
            rf"\s+Circuit|(?P<c2>{_ORD})\s+(?:U\.S\.\s+)?Circuit(?:\s+Court\s+of\s+Appeals)?)"
            rf"(?P<panel>\s+panel)?",
        ),
        ("cit", r"\b(?:[Tt]he\s+|[Aa]\s+)?(?:U\.S\.\s+)?Court\s+of\s+International\s+Trade\b"),
        (
            # "India's Supreme Court", "the Supreme Court of Canada", "the International Court
            # of Justice", "the Court of Appeal" (Britain's; the U.S. courts are "of Appeals")
            "foreign",
            rf"\b(?:[Tt]he\s+)?(?:(?:{_country_re()})(?:{_APOS}s)?\s+|(?:{_adjective_re()})\s+)"
            r"(?:(?:Supreme|Constitutional|Federal|High|Administrative|[Tt]op|[Hh]ighest)\s+)+"
            r"[Cc]ourt\b"
            rf"|\b(?:[Tt]he\s+)?(?:Supreme|Constitutional|Federal|High)\s+Court\s+of\s+"
            rf"(?:{_country_re()})\b"
            r"|\b(?:[Tt]he\s+)?(?:International\s+Court\s+of\s+Justice|International\s+"
            r"Criminal\s+Court|European\s+Court\s+of\s+(?:Justice|Human\s+Rights)|"
            r"(?:Federal\s+)?Court\s+of\s+Appeal(?!s))\b",
        ),
        ("uscfc", r"\b(?:[Tt]he\s+)?(?:U\.S\.\s+)?Court\s+of\s+Federal\s+Claims\b"),
        (
            "state_supreme",
            rf"\b(?:[Tt]he\s+)?(?P<st>{place})(?:{_APOS}s)?\s+Supreme\s+Court\b"
            rf"|\b(?:[Tt]he\s+)?Supreme\s+Court\s+of\s+(?P<st2>{place})\b"
            rf"|\b(?P<st3>{place}){_APOS}s?\s+(?:top|highest)\s+(?:state\s+)?(?P<crim1>criminal\s+)?"
            rf"court\b"
            rf"|\b(?:[Tt]he\s+)?(?P<st4>{place}){_APOS}?s?\s+Court\s+of\s+Criminal\s+Appeals\b"
            rf"|\b(?:[Tt]he\s+)?(?P<st5>{place}){_APOS}?s?\s+Court\s+of\s+Appeals\b"
            rf"|\b[Tt]he\s+state{_APOS}?s?\s+(?:[Ss]upreme|highest|top)\s+(?P<crim2>criminal\s+)?"
            rf"[Cc]ourt\b",
        ),
        (
            "scotus",
            r"\b(?:[Tt]he\s+)?(?:U\.S\.\s+|US\s+|United\s+States\s+)?Supreme\s+Court\b"
            rf"|\b[Tt]he\s+(?:nation|country){_APOS}s\s+(?:highest|top)\s+court\b"
            r"|\b[Tt]he\s+high\s+court\b|\b[Tt]he\s+(?:nine\s+)?justices\b",
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
            "titled_judge",
            r"\b(?:(?:Senior|Chief|Presiding|Acting)\s+)?(?P<tmods>(?:(?:U\.S\.|US|federal|Federal|"
            r"state|State|county|County)\s+)?(?:(?:District|Circuit|Magistrate|Bankruptcy|"
            r"Appeals|Appellate|Superior\s+Court|Circuit\s+Court|Immigration|Trial)\s+)?)"
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
            rf"(?P<head>\b(?:[Jj]udge|[Cc]ourt|panel|[Aa]ppeals\s+court|justices|(?<!grand\s)jury)\b)"
            rf"{_HEAD_STOP}(?!\s+[A-Z])"
            rf"(?P<post>,?\s+(?:(?:who\s+is\s+)?based|sitting)\s+in\s+(?P<place2>{place}){qual}"
            rf"|\s+in\s+(?P<dir3>(?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Mm]iddle|"
            rf"[Cc]entral)\s+)?(?P<place3>{place}){qual2})?",
        ),
    ]
    return [(k, re.compile(p)) for k, p in pats]


# A court named as where an appeal goes, not as one that ruled: "appealed that decision to
# the 5th Circuit, where it is pending", "asked the Supreme Court to intervene".
DESTINATION = re.compile(
    r"\b(?:appeal(?:ed|s|ing)?|petition(?:ed|s|ing)?|ask(?:ed|s|ing)?|urg(?:ed|es|ing)|"
    r"turn(?:ed|s|ing)?|went|go(?:es|ing)?|head(?:ed|s|ing)?)\b[^.;:!?]{0,60}?\bto\s+$"
)
_TO_BEFORE = re.compile(r"\bto\s+$")
PENDING_AFTER = re.compile(r",\s+where\s+(?:it|the\s+case|the\s+appeal)\s+(?:is|remains)\s+pending")


_GENERIC_HIGH = re.compile(r"(?:[Tt]he\s+)?(?:high\s+court|(?:nine\s+)?justices)$")


def _high_court_named_before(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """ "the high court", "the justices" are the last court of last resort named before them
    (the Wisconsin Supreme Court, Israel's Supreme Court), and the U.S. Supreme Court only
    when it was that court or none was named."""
    out = list(refs)
    last: str | None = None
    for i, r in enumerate(out):
        if r.court == "scotus" and _GENERIC_HIGH.search(text[r.start : r.end]):
            if last and last != "scotus":
                out[i] = replace(r, court=last, level=C.level_of(last))
            continue
        if r.court and (r.court in ("scotus", C.FOREIGN) or C.is_state_high_court(r.court)):
            last = r.court
    return out


def _line_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t-•*":
        j -= 1
    return j < 0 or text[j] == "\n"


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[-1].lower().strip(".,") in _NOT_NAME:
        words.pop()
    return " ".join(words)


def _place_from(m: re.Match[str], *groups: str) -> C.Place | None:
    qual = m.groupdict().get("qual") or m.groupdict().get("qual2")
    for g in groups:
        v = m.groupdict().get(g)
        if v:
            return C.resolve_place(v, qual)
    return None


# Every court pattern contains one of these words; text far from all of them is skipped.
COURT_WORDS = Anchor(
    "court_word",
    (
        *("Judge", "judge", "Court", "court", "Justice", "justice", "Panel", "panel"),
        *("Circuit", "circuit", "District", "district", "JUDGE", "COURT", "Jury", "jury"),
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
    "state_supreme": Anchor("court_state_supreme", ("Court", "court"), 70, 40),
    "scotus": Anchor("court_scotus", ("Supreme", "Court", "court", "justices"), 50, 20),
    "district_formal": Anchor("court_district", ("District",), 70, 70),
    "justice": Anchor("court_justice", ("Justice",), 10, 60),
    "titled_judge": Anchor("court_titled_judge", ("Judge",), 70, 140),
    "appos_judge": Anchor("court_appos_judge", ("judge",), 140, 10),
}


@cache
def foreign_anchor() -> Anchor:
    """Where another country's court can be named: near a country, or an international court."""
    words = {n for n, _ in C.countries()} | {a for _, a in C.countries()}
    words |= {"International", "European", "Appeal"}
    return Anchor("court_foreign", tuple(sorted(w for w in words if w)), 45, 50, "word", "word")


def court_phrases(source: str | Doc) -> list[CourtRef]:
    """Every court or judge named in the text, without overlaps, in text order."""
    doc = Doc.of(source) if isinstance(source, str) else source
    text = doc.text
    found: list[tuple[int, int, int, CourtRef]] = []
    seen: set[tuple[int, int, int]] = set()
    for prio, (kind, pat) in enumerate(_patterns()):
        anchor = PATTERN_WORDS.get(kind, COURT_WORDS)
        if kind == "foreign":
            anchor = foreign_anchor()
        for ws, we in doc.windows(anchor.name):
            for m in pat.finditer(text, ws, we):
                if (prio, m.start(), m.end()) in seen:
                    continue
                seen.add((prio, m.start(), m.end()))
                ref = _court_ref(kind, m, text)
                if ref is not None:
                    found.append((ref.start, -(ref.end - ref.start), prio, ref))
    found.sort(key=lambda t: (-(t[3].end - t[3].start), t[2]))
    chosen: list[CourtRef] = []
    for _s, _l, _p, ref in found:
        if all(ref.end <= c.start or ref.start >= c.end for c in chosen):
            chosen.append(ref)
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
    nm = re.match(r"\s+([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+", text[r.end : r.end + 40])
    return bool(nm and nm.group(1) in _first_names())


_APPOS_OPEN = re.compile(r"\s*(,|—|–|--|\()\s*")
_APPOS_CLOSE = {",": ",", "—": "—", "–": "–", "--": "--", "(": ")"}
_JUDGE_FROM = re.compile(r"\s+(?:from|of|on|at|for|with)\s+(?:the\s+)?$")


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
        inner = [o for o in out[i + 1 :] if end and o.end <= end and o.court]
        if _JUDGE_FROM.fullmatch(text[r.end : nxt.start]) and nxt.role == "court" and nxt.court:
            out[i] = replace(r, court=nxt.court, level=C.level_of(nxt.court))
        elif inner and inner[0].role in ("court", "judge"):
            out[i] = replace(r, court=inner[0].court, level=C.level_of(inner[0].court or ""))
    return out


def _court_ref(kind: str, m: re.Match[str], text: str) -> CourtRef | None:
    s, e = m.start(), m.end()
    g = m.groupdict()
    court: str | None
    level: str | None
    if kind == "circuit":
        court = C.circuit_id(g.get("c1") or g.get("c2") or "")
        role = "panel" if g.get("panel") or "panel" in m.group(0) else "court"
        return CourtRef(s, e, role, court, C.LEVEL_APPEALS)
    if kind == "cit":
        return CourtRef(s, e, "court", "cit", C.LEVEL_SPECIAL)
    if kind == "foreign":
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
        if re.search(r"\b(?:state|State|county|appellate)\s+$", text[max(0, s - 10) : s]):
            return None  # "a state Supreme Court justice in Manhattan": a state's court
        role = "justices" if "justices" in m.group(0) else "court"
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
    if kind == "titled_judge":
        name = _clean_name(g["name"])
        if not name:
            return None
        end = e if g.get("post") else m.start("name") + len(name)
        tm = (g.get("tmods") or "").lower()
        level = (
            C.LEVEL_APPEALS
            if ("circuit" in tm and "court" not in tm) or "appeal" in tm
            else C.LEVEL_STATE
            if "state" in tm or "superior" in tm or "county" in tm
            else C.LEVEL_DISTRICT
        )
        court = C.judge_court(name) if level != C.LEVEL_STATE else None
        place = _place_from(m, "place2", "place3", "place4")
        postal = place.postal if place else None
        if place and place.district and level == C.LEVEL_DISTRICT:
            court = place.district
        elif court and postal and C.postal_of_court(court) not in (None, postal):
            court = None
        if court is None and place and level == C.LEVEL_STATE and place.postal:
            court = C.state_trial_court(place.postal)
        return CourtRef(s, end, "judge", court, level, postal=postal,
                        judge=name.split()[-1], place=place.name if place else None)  # fmt: skip
    # generic
    head = g["head"].lower()
    det = (g.get("det") or "").strip().lower()
    mods = (g.get("mods") or "").lower()
    place = _place_from(m, "place1", "place2", "place3")
    if place is None and det in ("a", "an", "another"):
        # "In Memphis, a federal jury …", "Meanwhile, in Alabama, a three-judge court ruled"
        lead = _place_lead().fullmatch(text, sentence_start(text, s), s)
        if lead:
            place = C.resolve_place(lead.group("pl"))
    if not (det or mods.strip() or place or _line_start(text, s)):
        return None
    if head == "court" and not (det or place or mods.strip()):
        return None
    if head in ("judge", "court") and text[m.end("head") : m.end("head") + 1] == "s":
        return None
    role = {"judge": "judge", "court": "court", "panel": "panel", "justices": "justices"}.get(
        head, "court"
    )
    if head == "jury" and not (mods.strip() or place):
        return None  # "the jury" alone: the trial's, left to the discourse around it
    if head == "appeals court" or "appeals" in mods or "appellate" in mods:
        level = C.LEVEL_APPEALS
    elif "state" in mods or "county" in mods:
        level = C.LEVEL_STATE
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
    distinct = det == "another" or bool(re.search(r"\b(?:another|different|separate)\b", mods))
    return CourtRef(s, e, role, court, level, postal=postal, anaphoric=anaphoric,
                    generic=generic, place=place.name if place else None,
                    distinct=distinct)  # fmt: skip


@cache
def _place_lead() -> re.Pattern[str]:
    """A sentence opening on its place: "In Memphis, ", "Meanwhile, in Alabama, "."""
    return re.compile(rf"[\s“\"]*(?:[A-Z]\w+,\s+)?[Ii]n\s+(?P<pl>{_place_re()}),\s+")


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

    for surname, intro in seen.items():
        intro_text = text[intro.start : intro.end]
        for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
            if m.start() < intro.end:
                continue
            if covered(m.start()):
                continue
            # "Stephen Breyer" is not "Judge Charles Breyer": another first name before it
            fn = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, m.start() - 30) : m.start()])
            if fn and fn.group(1) not in intro_text and fn.group(1) in _first_names():
                continue
            out.append(CourtRef(m.start(), m.end(), "judge", intro.court, intro.level,
                                postal=intro.postal, judge=surname))  # fmt: skip
    out.sort(key=lambda r: r.start)
    return out


def _compatible(ref: CourtRef, other: CourtRef) -> bool:
    if other.court is None:
        return False
    lvl = C.level_of(other.court)
    if ref.level == C.LEVEL_STATE and ref.role == "court":
        # "a Colorado court": a court of that state, never a federal one
        return lvl == C.LEVEL_STATE and (
            ref.postal is None or _state_court_postal(other.court) in (None, ref.postal)
        )
    if (
        ref.postal
        and C.postal_of_court(other.court) not in (ref.postal,)
        and lvl in (C.LEVEL_DISTRICT,)
    ):
        return False
    if ref.generic and ref.level == C.LEVEL_DISTRICT and lvl == C.LEVEL_STATE:
        return False  # "a federal judge in Ohio" is no state court, however near one is named
    if ref.role == "panel":
        # appeals panels, and the Court of International Trade's three-judge panels
        return lvl in (C.LEVEL_APPEALS, C.LEVEL_SPECIAL)
    if ref.level == C.LEVEL_APPEALS:
        return lvl == C.LEVEL_APPEALS
    if ref.level == C.LEVEL_SUPREME:
        return lvl == C.LEVEL_SUPREME
    if ref.role == "judge" or ref.level == C.LEVEL_DISTRICT:
        return lvl in (C.LEVEL_DISTRICT, C.LEVEL_STATE, C.LEVEL_SPECIAL)
    return True


@cache
def _state_court_postal(court: str) -> str | None:
    postal = C.state_of_high_court(court)
    if postal:
        return postal
    return next((p for p in C.states() if C.state_trial_court(p) == court), None)


def _state_named_before(text: str, refs: list[CourtRef], at: int, reach: int = 1500) -> str | None:
    """The postal code of the state the text last named before ``at`` (a state's name, or a
    court or judge tied to one), for "the state's highest court"."""
    best: tuple[int, str] | None = None
    for m in re.finditer(rf"\b(?:{_place_re()})\b", text[max(0, at - reach) : at]):
        key = C._fold(m.group(0))
        st = C.state_by_name().get(key)
        if st is not None:
            best = (max(0, at - reach) + m.start(), st.postal)
    for r in refs:
        if r.end <= at and r.postal and (best is None or r.start > best[0]):
            best = (r.start, r.postal)
    return best[1] if best else None


def _lower_court(
    refs: list[CourtRef],
    at: int,
    sentences: list[tuple[int, int]],
    top: str | None = None,
    trial: bool = False,
) -> str | None:
    """The court below for "a lower court ruling"/"the lower court" at ``at``: a court named
    in the same sentence (nearest first), else in the next one, else the single lower court
    the article names; else None. Supreme and state-high courts are not "lower" courts, nor
    is ``top`` (the court doing the reviewing)."""

    def lower(r: CourtRef) -> bool:
        return bool(
            r.court
            and r.court != top
            and not r.lower
            and C.level_of(r.court) != C.LEVEL_SUPREME
            and not C.is_state_high_court(r.court)
            # "a lower court judge" is a trial judge, never the appeals court beside it
            and not (trial and C.level_of(r.court) == C.LEVEL_APPEALS)
        )

    idx = next((k for k, (a, b) in enumerate(sentences) if a <= at < b), None)
    if idx is not None:
        a, b = sentences[idx]
        same = [r for r in refs if a <= r.start < b and lower(r)]
        if same:
            return min(same, key=lambda r: abs(r.start - at)).court
        if idx + 1 < len(sentences):
            a, b = sentences[idx + 1]
            nxt = [r for r in refs if a <= r.start < b and lower(r)]
            if nxt:
                return nxt[0].court
    courts = {r.court for r in refs if lower(r)}
    return courts.pop() if len(courts) == 1 else None


def fill_courts(
    refs: list[CourtRef], window: int = 1500, text: str | None = None
) -> list[CourtRef]:
    """Give court phrases without a court the court the discourse supplies.

    "the court"/"the district court"/"the panel" take the nearest compatible court or judge
    named before them ("the judge" prefers a judge); "a federal judge" the first compatible
    court or judge named after it (the article's "U.S. District Judge Leo Sorokin, based in
    Boston" that follows), else before it. An appeals court still without a court hears the
    appeals of the places its sentence names, else of the district court the article named
    (28 U.S.C. § 41): "an appeals court in October" after a ruling in Kansas → ca10.
    """
    out = list(refs)
    sentences = _sentences(text) if text is not None else []
    embedded = _embedded(text, out) if text is not None else set()
    for i, r in enumerate(out):
        if r.court is not None:
            continue
        if r.high and text is not None:
            postal = _state_named_before(text, out[:i], r.start)
            court = C.state_high_court(postal, criminal=r.criminal) if postal else None
            if court:
                out[i] = replace(r, court=court, postal=postal)
            continue
        if r.lower:
            court = (
                _lower_court(out, r.start, sentences, trial=_trial_judge(text, r))
                if sentences
                else None
            )
            if court:
                out[i] = replace(r, court=court, level=C.level_of(court))
            continue
        before = [
            o
            for k, o in reversed(list(enumerate(out[:i])))
            if r.start - o.end < window
            and _compatible(r, o)
            and k not in embedded
            and not r.distinct  # "another Texas judge" is not the judge named before
            and not (r.anaphoric and o.destination)  # "the court" is not where it is appealed
        ]
        after = [
            o
            for k, o in enumerate(out[i + 1 :], i + 1)
            if o.start - r.end < window and _compatible(r, o) and k not in embedded
        ]
        if r.anaphoric:
            same_role = [o for o in before if o.role == r.role] if r.role == "judge" else []
            pick = same_role[0] if same_role else (before[0] if before else None)
        else:
            pick = after[0] if after else (before[0] if before else None)
        court = pick.court if pick is not None else None
        if court is None and r.level == C.LEVEL_APPEALS and r.role != "justices":
            if text is not None:
                s0, s1 = next(((a, b) for a, b in sentences if a <= r.start < b), (0, 0))
                court = _circuit_from_sentence(text[s0:s1], r)
            court = court or _circuit_of_district(out, i)
        if court is not None:
            out[i] = replace(r, court=court)
    return out


def _trial_judge(text: str | None, r: CourtRef) -> bool:
    """ "a lower court judge": a trial judge, whom no appeals court can be."""
    return r.role == "judge" or bool(text and re.match(r"\s+judges?\b", text[r.end : r.end + 8]))


def _embedded(text: str, refs: list[CourtRef]) -> set[int]:
    """Indexes of court phrases inside another's appositive ("Judge Charles Breyer, the
    brother of retired Justice Stephen Breyer, ruled"): they describe a person and are not
    what a later "the court" refers to."""
    out: set[int] = set()
    for i, r in enumerate(refs):
        if r.role != "judge":
            continue
        end = appositive_end(text, r.end, min(len(text), r.end + 220))
        if end is None:
            continue
        inner = [k for k in range(i + 1, len(refs)) if refs[k].end <= end]
        # an appositive that names the judge's own court is not a digression
        if all(refs[k].court not in (None, r.court) for k in inner):
            out.update(inner)
    return out


def _circuit_of_district(refs: list[CourtRef], i: int) -> str | None:
    """The circuit that hears appeals from the district court named nearest before ``refs[i]``
    (else first after it)."""

    def circuit(o: CourtRef) -> str | None:
        if o.court is None or C.level_of(o.court) != C.LEVEL_DISTRICT:
            return None
        postal = C.postal_of_court(o.court)
        return C.states()[postal].circuit if postal else None

    for o in [*reversed(refs[:i]), *refs[i + 1 :]]:
        c = circuit(o)
        if c:
            return c
    return None


# --------------------------------------------------------------------------- ruling clauses

_ADV = (
    r"(?:(?:also|previously|temporarily|partially|partly|effectively|unanimously|formally|"
    r"indefinitely|again|now|already|largely|swiftly|quickly|then|later|initially|"
    r"ultimately|earlier|officially|narrowly|on\s+\w+day|last\s+(?:week|month|year)|"
    r"this\s+week|late\s+\w+day|\w+day\s+night)\s+)"
)
_VERBS = (
    r"blocked|blocks|halted|halts|paused|pauses|struck\s+down|strikes\s+down|upheld|upholds|"
    r"ruled|rules|sided\s+with|sides\s+with|enjoined|enjoins|granted|grants|denied|denies|"
    r"dismissed|dismisses|threw\s+out|throws\s+out|tossed|tosses|allowed|allows|"
    r"let\s+stand|lets\s+stand|ordered|orders|rejected|rejects|reversed|reverses|vacated|"
    r"vacates|overturned|overturns|invalidated|declared|declares|found|finds|"
    r"cleared\s+the\s+way|clears\s+the\s+way|refused|refuses|declined|declines|reinstated|"
    r"reinstates|barred|bars|stopped|stops|held|holds|affirmed|affirms|lifted|lifts|"
    r"stayed|issued|issues|handed\s+down|voted|votes|"
    r"froze|freezes|extended|extends|suspended|suspends|curtailed|curtails|limited|limits|"
    r"narrowed|narrows|restricted|restricts|rebuffed|rebuffs|turned\s+away|turns\s+away|"
    r"turned\s+aside|paved\s+the\s+way|sent\s+back|sends\s+back|remanded|gutted|"
    r"handed\s+(?:\w+\s+){0,3}(?:victory|win|defeat|loss|setback)|"
    r"dealt\s+(?:\w+\s+){0,3}blow|gave\s+(?:\w+\s+){0,3}(?:go-ahead|green\s+light)|"
    r"temporarily\s+blocked|sentenced|sentences|expanded|expands|broadened|broadens|"
    r"curbed|curbs|restored|restores|preserved|preserves|revived|revives|convicted|convicts|"
    r"acquitted|acquits|awarded|awards|returned\s+(?:a|its)\s+(?:\w+\s+)?verdict|"
    r"lets?\s+(?:\S+\s+){1,5}?(?:take\s+effect|proceed|go\s+forward|remain\s+in\s+(?:place|effect))"
)
# The term a sentence imposes: "to 33 months in prison", "to life without parole".
_TERM = (
    r"(?:(?:more\s+than|nearly|about|almost|up\s+to|just\s+over|over)\s+)?"
    r"(?:(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+(?:-[a-z]+)?)\s+(?:years?|months?|weeks?|days?)(?:\s+(?:in\s+(?:federal\s+|state\s+)?"
    r"(?:prison|jail)|behind\s+bars|of\s+(?:probation|home\s+confinement|house\s+arrest)|"
    r"in\s+custody))?|life(?:\s+in\s+prison)?(?:\s+without\s+(?:the\s+possibility\s+of\s+)?"
    r"parole)?|death|probation|time\s+served|house\s+arrest|home\s+confinement)"
)
# "sentenced Tuesday to 33 months in prison", "sentenced him to life": what lies between
# the verb and "to" is a date or the defendant, a few words at most
_SENT_TAIL = re.compile(rf"(?:\s+[\w’'.-]+){{0,4}}?\s+to\s+{_TERM}\b")
_SENTENCED = re.compile(
    rf"\b(?P<aux>was|were|is|are|has\s+been|have\s+been|had\s+been|been|being)\s+{_ADV}*"
    r"sentenced\b"
)
_VOTE = r"(?:\d{1,2}\s*(?:-|–|—|to)\s*\d{1,2}|unanimously)"
_RV = re.compile(rf"(?:(?:has|have|had)\s+)?{_ADV}*(?P<verb>{_VERBS})\b")
_PASSIVE = re.compile(
    rf"\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|been)\s+{_ADV}*"
    r"(?P<verb>blocked|halted|paused|struck\s+down|upheld|enjoined|dismissed|thrown\s+out|"
    r"tossed|rejected|reversed|vacated|overturned|invalidated|barred|stopped|affirmed|lifted|"
    r"stayed|frozen)\s+by\s+$"
)
# "has been convicted of federal firearms violations in the Eastern District of Texas",
# "has been dismissed in the county's favor in federal court": the verdict or ruling told in
# the passive, the court after "in"
_PASSIVE_IN = re.compile(
    rf"\b(?:was|were|has\s+been|have\s+been|is|are)\s+{_ADV}*"
    r"(?P<verb>convicted|acquitted|found\s+(?:not\s+)?guilty|dismissed|thrown\s+out|tossed|"
    r"struck\s+down|blocked)\b(?P<rest>[^.;:\n]{0,90}?)\s+in\s+$"
)
_IN_BEFORE = re.compile(r"\bin\s+$")
_RULING_NOUN = re.compile(
    r"\b(?:ruling|rulings|decision|opinion|order|injunction|restraining\s+order|TRO|"
    r"judgment|stay|block|pause|freeze)\b"
)
_BAD_GAP = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|will|would|could|should|may|might|must|can|"
    r"cannot|to|expected|asked|asks|urged|urges|plans|whether|if|argued|argues|claimed|"
    r"hear|heard|considering|weighing|was|were|been|being|not|never|yet|n['’]t)\b|[;:“”\"]|"
    r"['’]s\b|n['’]t\b|"
    r",\s*(?:which|who|that)\b|^\s*and\b"
)
_STOP_OBJ = re.compile(
    r"(?<!\d(?=,\d{3}(?!\d))),|[;:!?()“”\"—–]|(?<!\bv)(?<!\bvs)(?<!\b[A-Z])(?<!\bSt)\.(?!\w)|\s-\s|\b(?:that|which|who|saying|declaring|finding|arguing|writing|"
    r"because|after|while|although|but|when|where|until|pending|so|ruling\s+that|and\s+(?:said|"
    r"wrote|called|ordered|found))\b"
)
_LEGAL_NOUN = re.compile(
    r"\b(?:Acts?|law|laws|statute|statutes|rule|rules|regulations?|Amendment|Constitution|"
    r"Clause|proclamation|Proclamation|policy|policies|(?<=the\s)plans?|(?<=['’]s\s)plans?|"
    r"(?<=['’]s\s)bans?\b|(?<=['’]s\s)[a-z]+\s+bans?\b|"
    r"(?<!restraining\s)(?<!protective\s)(?<!gag\s)(?<!court\s)(?<!judge['’]s\s)(?<!her\s)(?<!his\s)(?<!its\s)(?<!earlier\s)(?<!own\s)orders?)\b|§|\bU\.S\.C\.|\bC\.F\.R\.|\bvs?\.(?=\s)"
)
_NAMED_HEAD = re.compile(
    r"(?:[Rr]ules?|[Pp]lans?|[Pp]olic(?:y|ies)|[Rr]egulations?|[Ll]aws?|Acts?|[Pp]rograms?|"
    r"[Mm]andates?|[Oo]rders?|[Pp]olicy)\b"
)
_NP_WORD = re.compile(r"^(?:[\"“'‘]*[A-Z0-9].*|the|a|an|his|her|its|their|this|that|.*['’]s)$")
_DETS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"}
_TRAIL = {
    "against", "of", "in", "on", "for", "from", "with", "by", "at", "under", "to", "and",
    "the", "a", "an",
}  # fmt: skip


def _quotes(text: str) -> list[tuple[int, int]]:
    # Curly pairs, then straight quotes paired in order within each line.
    return [m.span() for m in re.finditer(r"“[^”\n]*”|\"[^\"\n]*\"", text)]


def _sentences(text: str) -> list[tuple[int, int]]:
    return sentences(text)


def _the_news_ruling(
    text: str,
    m: re.Match[str],
    det: str,
    ante: _Found,
    salient: list[_Found],
    quotes: list[tuple[int, int]],
) -> _Found:
    """The ruling a noun means when the nearest one is not it. "Sunday's decision" is the
    ruling the text dates to Sunday; "today's decision", or "this decision" in a reaction
    quoted paragraphs after the history it follows, is the article's lead ruling (its first
    ruling told as news), not the last court the history named."""
    lead = next((f for f in sorted(salient, key=lambda f: f.start) if not f.background), None)
    day = re.match(r"(\w+)['’]s$", det)
    if day and day.group(1).lower() not in ("today", "tonight"):
        word = day.group(1).lower()
        dated = [f for f in salient if re.search(rf"\b{word}\b", text[f.start : f.end], re.I)]
        return max(dated, key=lambda f: f.end) if dated else ante
    if lead is None or lead is ante:
        return ante
    if ante.background:
        return lead  # the history has no news ruling near: the article's own one
    if day or (
        det in ("this", "the")
        and (
            _in_quotes(m.start(), quotes)
            or _REACTION.search(text, max(0, m.start() - 40), m.start())
        )
        and "\n" in text[ante.end : m.start()]
        and lead.court != ante.court
    ):
        return lead
    return ante


# Someone's reaction to a ruling is to the news: "Senator Warner praised the ruling".
_REACTION = re.compile(
    r"\b(?:praised|hailed|welcomed|criticized|criticised|blasted|condemned|decried|applauded|"
    r"celebrated|denounced|slammed|lauded|cheered|lamented|called|said|says|of)\s+$"
)


def _object_end(text: str, vstart: int, vend: int, verb: str, limit: int) -> int:
    """Where the verb phrase's object stops: a clause break, 12 words, or a law's name."""
    v = verb.lower()
    nl = text.find("\n", vend, limit)
    if nl >= 0:
        limit = nl  # a headline or subheadline ends at its line
    if v.startswith(("held", "holds", "found", "finds", "ruled", "rules")):
        rest = text[vend:limit]
        if re.match(r"\s+that\b", rest):
            return vend
    if v.startswith("sentenc"):
        tail = _SENT_TAIL.match(text, vend, limit)
        if tail:
            return tail.end()
    if v.startswith("vote"):
        vote = re.match(rf"\s+{_VOTE}", text[vend:limit])
        if vote:
            vend += vote.end()  # "voted 5–4": the dash is no clause break
    stop = _STOP_OBJ.search(text, vend, limit)
    end = stop.start() if stop else limit
    if v.startswith(("ruled", "rules")) and re.match(
        rf"\s+(?!{_DAYS}\b|{_MONTHS}\b)[A-Z]", text[vend:limit]
    ):
        return vend  # "court rules Trump can stay on ballot": the rest is what it held
    if v.startswith(("ruled", "rules")):
        # "ruled Friday in 303 Creative LLC v. Elenis", "rules in insurrection case": the
        # case is named after the act, and is its own mention
        inn = re.compile(r"\bin\b(?!\s+(?:favou?r|part)\b)").search(text, vend, end)
        if inn:
            end = inn.start()
    case_in = re.compile(r"\b(?:in|with)\s+(?:the\s+)?[A-Z][^,.;]{0,60}?\s+v\.?\s").search(
        text, vend, end
    )
    if case_in:
        end = case_in.start()
    lower = re.compile(r"\b(?:a|an|the)\s+lower[- ]court\b", re.I).search(text, vend, end)
    if lower:
        end = lower.start()  # "affirmed a lower-court ruling": that ruling is its own mention
    words = list(re.finditer(r"\S+", text[vend:end]))
    legal_at: int | None = None
    legal = _LEGAL_NOUN.search(text, vend, end)
    if legal is None and stop is not None and stop.group(0) in '“"':
        # "put on hold the EPA’s “good neighbor” plan": a name in quotes ends a named object
        after_q = re.match(
            r"[“\"][^”\"\n]{1,60}[”\"]\s+(\S+)", text[stop.start() : stop.start() + 90]
        )
        if (
            after_q
            and _NAMED_HEAD.match(after_q.group(1))
            and re.search(r"(?:\bthe|['’]s)\s+(?:\S+\s+){0,5}$", text[vend : stop.start()])
        ):
            legal_at = stop.start()
    elif legal is not None:
        legal_at = legal.start()
    if len(words) > 12 and not (legal_at and len(text[vend:legal_at].split()) <= 20):
        end = vend + words[11].end()
        words = words[:12]
        legal = _LEGAL_NOUN.search(text, vend, end)
        legal_at = legal.start() if legal else None
    if legal_at is not None:
        # walk back to the start of the law's noun phrase
        ws = [w for w in words if vend + w.start() < legal_at]
        j = len(ws)
        det_at = None
        for k in range(len(ws) - 1, max(-1, len(ws) - 7), -1):
            w = ws[k].group(0)
            lw = w.lower().strip("\"“‘'")
            if lw in _DETS or re.search(r"['’]s$", w):
                det_at = k
                break
            if lw in _TRAIL and lw not in ("the", "a", "an"):
                break
        if det_at is not None:
            j = det_at
            while j > 0 and _NP_WORD.match(ws[j - 1].group(0)):
                if ws[j - 1].group(0).lower() in _TRAIL:
                    break
                j -= 1
        else:
            j = len(ws)
            while j > 0 and ws[j - 1].group(0)[:1].isupper():
                j -= 1
        end = vend + ws[j - 1].end() if j > 0 else vend
    # drop trailing prepositions and articles
    while True:
        seg = text[vstart:end].rstrip()
        last = re.search(r"(\S+)$", seg)
        if last and last.group(1).lower() in _TRAIL and vstart + last.start() > vend - 1:
            end = vstart + last.start()
            continue
        return vstart + len(seg)


def _verb_ok(text: str, m: re.Match[str], limit: int) -> bool:
    v = m.group("verb").lower()
    after = text[m.end() : limit]
    if v in ("ruled", "rules") and re.match(r"\s+out\b", after):
        return False
    if v in ("held", "holds") and not re.match(
        r"\s+(?:that\b|(?:the|a|an|this|its|\w+['’]s)\s+(?:(?!hearings?|conferences?|meetings?|"
        r"vote|line|talks|office|session|events?|rall(?:y|ies))[\w'’-]+\s+){1,3}"
        r"(?:was|were|is|are|had|has|did|does|could|can|cannot|must|violated|violates|"
        r"lacked|lacks|exceeded|exceeds)\b)",
        after,
    ):
        return False
    if v in ("found", "finds") and not re.match(
        r"\s+(?:that\b|\S+(?:\s+\S+){0,6}\s+(?:unconstitutional|unlawful|illegal|likely|"
        r"guilty|liable|responsible)\b)",
        after,
    ):
        return False
    if v in ("refused", "refuses", "declined", "declines") and not re.match(r"\s+to\b", after):
        return False
    if v in ("stayed",) and re.match(r"\s+(?:in|at|on|with|out|away)\b", after):
        return False
    if v in ("voted", "votes"):
        # "voted 5-4 to put the plan on hold", "voted unanimously to reject"; a split vote
        # "that the law does not authorize …" is a holding too
        return bool(
            re.match(rf"\s+(?:{_VOTE}\s+)?(?:\S+\s+){{0,5}}?to\s+\w", after)
            or re.match(rf"\s+{_VOTE}\s+(?:\S+\s+){{0,4}}?that\b", after)
        )
    if v in ("sided with", "sides with") and re.match(
        r"\s+(?:the\s+)?(?:\w+\s+)?(?:liberals?|conservatives?|majority|dissent(?:ers)?|"
        r"colleagues|justices)\b",
        after,
    ):
        return False  # how a justice voted, not what the court decided
    if v in ("sentenced", "sentences"):
        return _SENT_TAIL.match(text, m.end(), limit) is not None
    if v in ("extended", "extends", "expanded", "expands", "broadened", "broadens") and re.match(
        r"\s+(?:it|them)\b", after
    ):
        # "she expanded it nationwide": ``it`` is the judge's order (a judge is the subject)
        return True
    if v in ("issued", "issues", "handed down", "extended", "extends", "expanded", "expands",
             "broadened", "broadens"):  # fmt: skip
        return bool(re.match(r"(?:\s+\S+){0,4}?\s+" + _RULING_NOUN.pattern, after))
    return not (v in ("orders",) and re.match(r"\s+(?:of|from)\b", after))


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    court: str | None
    anaphor: bool
    confidence: float
    act: str
    ref: CourtRef | None = None
    background: bool = False  # "had blocked": an earlier ruling recalled, not the news
    salient: bool = True  # False for a ruling told as another's object ("a lower court ruling")


def _appositives(text: str, refs: list[CourtRef]) -> list[CourtRef]:
    """Join "a federal judge in Maryland, U.S. District Judge Deborah Boardman," into one."""
    out: list[CourtRef] = []
    for r in refs:
        if (
            out
            and re.fullmatch(r",\s*", text[out[-1].end : r.start])
            and r.role == "judge"
            and not r.generic  # "Judge X, a senior judge on …": an appositive, see below
        ):
            p = out[-1]
            if p.role == "judge" and (p.court is None or r.court in (None, p.court)):
                out[-1] = replace(r, start=p.start, court=r.court or p.court)
                continue
        out.append(r)
    return out


# "until the Supreme Court rules", "if the court rules", "unless the justices step in": what
# a court might do is not a ruling. Conditionals always; temporal words only with a present
# tense verb ("after the court ruled" reports one).
_HYPO_ALWAYS = re.compile(r"\b(?:if|unless|should|even\s+if|in\s+case)\s+$", re.I)
_HYPO_PRESENT = re.compile(r"\b(?:until|till|once|when|whenever|before|after|whether)\s+$", re.I)


def _hypothetical(text: str, s0: int, subj_start: int, verb: re.Match[str]) -> bool:
    lead = text[max(s0, subj_start - 40) : subj_start]
    if _HYPO_ALWAYS.search(lead):
        return True
    if not _HYPO_PRESENT.search(lead):
        return False
    first = verb.group("verb").split()[0].lower()
    return first.endswith("s") and not verb.group(0).lower().startswith(("has ", "had "))


def _subject_end(text: str, in_sent: list[CourtRef], idx: int, s1: int) -> tuple[int, int]:
    """Where the subject that starts with ``in_sent[idx]`` ends, and the index of the next
    court phrase outside it. A judge's "from the U.S. District Court …" and an appositive
    followed by a ruling verb ("Judge Charles Breyer, a senior judge on the federal bench
    for the Northern District of California, ruled") belong to the subject."""
    r = in_sent[idx]
    end, k = r.end, idx + 1
    if (
        r.role == "judge"
        and k < len(in_sent)
        and in_sent[k].role == "court"
        and _JUDGE_FROM.fullmatch(text[r.end : in_sent[k].start])
    ):
        end, k = in_sent[k].end, k + 1
    app = appositive_end(text, end, s1)
    if app is not None and _RV.match(text, app + len(text[app:s1]) - len(text[app:s1].lstrip())):
        end = app
        while k < len(in_sent) and in_sent[k].start < end:
            k += 1
    return end, k


def _clauses(text: str, refs: list[CourtRef], quotes: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    legal = _legal_context(text)
    for s0, s1 in _sentences(text):
        in_sent = _appositives(text, [r for r in refs if s0 <= r.start < s1])
        inside_until = -1
        for idx, r in enumerate(in_sent):
            if r.start < inside_until:
                continue  # inside the appositive of the subject before it
            subj_end, k = _subject_end(text, in_sent, idx, s1)
            if subj_end > r.end:
                inside_until = subj_end
            nxt = in_sent[k].start if k < len(in_sent) else s1
            # active: court phrase, short gap, ruling verb
            m = None
            for cand in _RV.finditer(text, subj_end, min(s1, subj_end + 180)):
                gap = text[subj_end : cand.start()]
                if cand.start() > nxt or _BAD_GAP.search(gap):
                    break
                if _verb_ok(text, cand, s1):
                    m = cand
                    break
                if cand.group("verb").lower() not in ("found", "finds", "held", "holds"):
                    break
            start = r.start
            if m is None:
                # "A federal judge will continue to temporarily block the agency's plan"
                m = _CONTINUE.match(text, subj_end, s1)
                if m is not None and _HYPO_PRESENT.search(text[max(s0, r.start - 40) : r.start]):
                    continue  # "until the judge continues to block": not yet
            if m is None and r.role in ("court", "judge"):
                # "the 9th Circuit, which has ruled against one version of the travel ban":
                # the court's ruling told in a relative clause; the span opens at "which"
                rel = _RELATIVE.match(text, subj_end, s1)
                rv = _RV.match(text, rel.end()) if rel else None
                if (
                    rel
                    and rv
                    and (r.role == "judge") == (rel.group("w") == "who")
                    and _verb_ok(text, rv, s1)
                ):
                    m, start = rv, rel.start("w")
            if m is None:
                pm = _PASSIVE.search(text[max(s0, r.start - 80) : r.start])
                if (
                    not pm
                    and r.role == "court"
                    and _IN_BEFORE.search(text, max(0, r.start - 5), r.start)
                ):
                    pm = _PASSIVE_IN.search(text[max(s0, r.start - 130) : r.start])
                    if pm and re.search(r"\b(?:will|would|could|may|might)\b", pm.group(0)):
                        pm = None
                if not pm:
                    continue
                pstart = max(s0, r.start - (80 if pm.re is _PASSIVE else 130)) + pm.start()
                out.append(_Found(pstart, r.end, r.court, r.anaphoric, 0.8, pm.group("verb"), r))
                continue
            if _hypothetical(text, s0, r.start, m):
                continue
            if _CASE_LEAD.search(text, s0, r.start):
                continue  # "In Sackett v. EPA, the court …": the case's name is the mention
            if r.anaphoric and r.court is None and not legal:
                continue
            if r.court is None and not legal and r.level is None:
                continue
            # "The decision authored by Chief Justice John Roberts and joined by … rejects":
            # the court phrase is an agent inside the subject; the ruling noun is the subject
            lead = _RN_LEAD.match(text, s0, r.start)
            if lead and re.search(r"\bby\b", text[lead.end() : r.start]):
                start = lead.start("np")
            end = _object_end(text, m.start(), m.end(), m.group("verb"), s1)
            if any(a <= start < b for a, b in quotes):
                continue  # a speaker's words, not the article's report of a ruling
            court = r.court or _circuit_from_sentence(text[s0:s1], r)
            conf = 0.85 if r.court else 0.7 if court else 0.6
            act = re.sub(r"\s+", " ", m.group("verb").lower())
            background = (
                m.group(0).lower().startswith("had ")
                or (start > r.start and m.group(0).lower().startswith(("has ", "have ")))
                # "… to the 4th, 9th and 1st Circuits, all of which refused to lift them"
                or bool(_RELATIVE_SUBJECT.match(text, r.end, m.start()))
            )  # "the 9th Circuit, which has ruled against …": recalled, not the news
            out.append(_Found(start, end, court, r.anaphoric, conf, act, r, background))
    return out + _pronoun_clauses(text, refs, quotes) + _sentencings(text, refs, quotes)


# A court phrase that is the antecedent of a relative clause holding the ruling verb.
_RELATIVE_SUBJECT = re.compile(
    r"s?(?:,\s+(?:(?:all|each|both)\s+of\s+)?(?:which|that|who)|\s+that)\s+(?:\w+\s+){0,2}$"
)
_TIME_BEFORE = re.compile(r"\b(?:after|before|since|following|until)\s+$", re.IGNORECASE)
# A ruling noun told as the one before the news: "an earlier ruling by the D.C. Circuit".
_EARLIER = re.compile(r"\b(?:earlier|previous|prior|initial|original)\b")

_CONTINUE = re.compile(
    rf"\s+(?:will\s+|is\s+set\s+to\s+)?(?:continue|continues|keep|keeps)\s+(?:to\s+)?{_ADV}*"
    r"(?P<verb>block|blocking|bar|barring|halt|halting|pause|pausing|enjoin|enjoining|"
    r"freeze|freezing)\b"
)
_RELATIVE = re.compile(r",\s*(?P<w>which|who)\s+")


_NOT_IMPOSED = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Ww]hen|[Oo]nce|[Uu]ntil|[Ww]hether)\b[^,.;]{0,60}$"
)


def _sentencings(text: str, refs: list[CourtRef], quotes: list[tuple[int, int]]) -> list[_Found]:
    """Sentences imposed: "Kent was sentenced Tuesday to 33 months in prison". The span runs
    from the auxiliary to the term; the court is the sentencing judge's ("by Judge X"), else
    the nearest judge or trial court the article names with a known court, else unknown.
    "could be sentenced to …" and "if he is sentenced" are not sentences imposed."""
    out: list[_Found] = []
    for m in _SENTENCED.finditer(text):
        if _in_quotes(m.start(), quotes):
            continue
        s0, s1 = next(((a, b) for a, b in _sentences(text) if a <= m.start() < b), (0, len(text)))
        if _NOT_IMPOSED.search(text, s0, m.start()):
            continue
        by_judge = None
        at = m.end()
        by = re.match(r"\s+by\s+", text[at:s1])
        if by:
            by_judge = next((r for r in refs if r.start == at + by.end()), None)
            if by_judge is not None:
                at = by_judge.end
        tail = _SENT_TAIL.match(text, at, s1)
        if not tail:
            continue
        court = by_judge.court if by_judge else None
        if court is None:
            subject = [r for r in refs if r.end <= m.start() and s0 <= r.start]
            skip = subject[-1] if subject else None
            cands = [
                r
                for r in refs
                if r is not skip
                and r.court
                and (
                    r.role == "judge"
                    or C.level_of(r.court) not in (C.LEVEL_SUPREME, C.LEVEL_APPEALS)
                )
            ]
            if cands:
                court = min(cands, key=lambda r: abs(r.start - m.start())).court
        background = m.group("aux").lower().startswith("had")
        conf = 0.8 if court else 0.6
        out.append(
            _Found(m.start(), tail.end(), court, False, conf, "sentenced", by_judge, background)
        )
    return out


# A judge's rulings told with a pronoun: "she had already halted Trump's plan".
_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e)\s+")
_PRONOUN_VERBS = re.compile(
    r"blocked|blocks|halted|halts|paused|pauses|struck down|strikes down|enjoined|enjoins|"
    r"granted|grants|issued|issues|handed down|ordered|orders|barred|bars|vacated|vacates|"
    r"overturned|overturns|upheld|upholds|dismissed|dismisses|ruled|rules|sided with|"
    r"sides with|temporarily blocked|lifted|lifts|suspended|suspends|froze|freezes|"
    r"threw out|throws out|tossed|tosses|reinstated|reinstates|extended|extends|expanded|"
    r"expands|broadened|broadens|sentenced|sentences"
)
# People who are not judges, as the subject a pronoun may refer to. Titles used as
# modifiers ("a Trump appointee", "Trump's plan", "appointed by President Obama") are not.
_NON_JUDGE = re.compile(
    r"(?<!\bby\s)(?:\b(?:Trump|Biden|Obama|Bush|Clinton|Harris|Vance|Pence|President|president|"
    r"[Gg]overnor|[Ss]ecretary|[Mm]ayor|[Ss]enator|[Cc]ongress(?:wo)?man|[Aa]ttorney|[Ll]awyer|"
    r"[Ss]pokes(?:man|woman|person)|[Oo]fficial|[Pp]rosecutor|CEO|[Cc]ommissioner|[Dd]irector|"
    r"[Ss]peaker|[Ll]eader)\b|\b(?:Gov|Sec|Sen|Rep)\.)"
    r"(?!['’]s\b|\s+(?:appointee|nominee|administration|era|-appointed|appointed|"
    r"White\s+House)\b|-)"
)


def _person_before(text: str, refs: list[CourtRef], at: int, reach: int = 400) -> str | None:
    """Who a pronoun or possessive at ``at`` most likely refers to: ``"judge"`` or
    ``"other"`` (an official, party or lawyer), or None when no one is named.

    The subject of the pronoun's own sentence wins ("A federal judge … grilled a government
    attorney about whether officials had disregarded his order"); otherwise the person named
    nearest before it in the last ``reach`` characters (judges and justices included)."""
    lo = max(0, at - reach)
    judges = [r for r in refs if r.role == "judge" and lo <= r.start and r.end <= at]
    others = [m for m in _NON_JUDGE.finditer(text, lo, at)]
    s0 = max(text.rfind(". ", lo, at) + 2, text.rfind("\n", lo, at) + 1, lo)
    opening = re.match(r"[\s\"“]*(?:(?:[A-Z][a-z]+|In|On|At|By)\b[^,]{0,40},\s*)?", text[s0:at])
    subj_at = s0 + (opening.end() if opening else 0)
    if any(r.start == subj_at or (r.start <= subj_at < r.end) for r in judges):
        return "judge"
    if any(m.start() <= subj_at + 4 and m.start() >= subj_at for m in others):
        return "other"
    judge_end = max((r.end for r in judges), default=-1)
    other_end = others[-1].end() if others else -1
    if judge_end < 0 and other_end < 0:
        return None
    return "judge" if judge_end > other_end else "other"


def _pronoun_clauses(
    text: str, refs: list[CourtRef], quotes: list[tuple[int, int]]
) -> list[_Found]:
    out: list[_Found] = []
    sentences: list[tuple[int, int]] | None = None
    for pm in _PRONOUN.finditer(text):
        m = _RV.match(text, pm.end())
        if not m or not _PRONOUN_VERBS.fullmatch(re.sub(r"\s+", " ", m.group("verb").lower())):
            continue
        if any(a <= pm.start() < b for a, b in quotes):
            continue
        if sentences is None:
            sentences = _sentences(text)
        s1 = next((b for a, b in sentences if a <= pm.start() < b), len(text))
        if not _verb_ok(text, m, s1):
            continue
        if _person_before(text, refs, pm.start()) != "judge":
            continue
        judge = max(
            (r for r in refs if r.role == "judge" and r.end <= pm.start()), key=lambda r: r.end
        )
        if judge.court is None:
            continue
        end = _object_end(text, m.start(), m.end(), m.group("verb"), s1)
        act = re.sub(r"\s+", " ", m.group("verb").lower())
        background = m.group(0).lower().startswith("had ")
        out.append(_Found(pm.start(), end, judge.court, True, 0.7, act, judge, background))
    return out


def _circuit_from_sentence(sentence: str, r: CourtRef) -> str | None:
    """A federal appeals court with no circuit named hears appeals from the states its
    sentence names: "refused to let Trump deploy troops in Illinois" → ca7. Only when every
    place named maps to the same circuit."""
    if r.level != C.LEVEL_APPEALS or r.role == "justices":
        return None
    circuits = set()
    for m in re.finditer(rf"\b(?:{_place_re()})\b", sentence):
        pl = C.resolve_place(m.group(0))
        c = C.circuit_for(pl) if pl else None
        if c:
            circuits.add(c)
    return circuits.pop() if len(circuits) == 1 else None


def _legal_context(text: str) -> bool:
    return bool(
        re.search(
            r"\b(?:lawsuit|sued|plaintiffs?|defendants?|injunction|unconstitutional|attorneys?\s+"
            r"general|complaint|statute|federal\s+court|constitution|unlawful|lawyers?|attorneys?|"
            r"prosecutors?|sentenced|indicted|convicted)\b",
            text,
            re.I,
        )
    )


# ----------------------------------------------------------------------------- ruling nouns

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Yy]esterday)"
_RN_MODS = (
    r"(?:(?:latest|new|recent|unsigned|majority|split|unanimous|\d+-page|[\w-]+-page|\d+-\d+|"
    r"temporary|preliminary|permanent|nationwide|universal|emergency|written|sweeping|lengthy|"
    r"final|initial|earlier|landmark|narrow|brief|restraining|administrative|blistering|"
    r"scathing|stinging|highly\s+anticipated|long-awaited|long-anticipated|two|three|prior|"
    r"previous|original|first|second|third|lower[- ]court|(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:19|20)\d\d)\s+)"
)
_RN_HEAD = (
    r"(?P<head>ruling|decision|opinion|order|injunction|restraining\s+order|TRO|judgment|"
    r"sentence)"
)
# "before making a permanent decision", "sought a preliminary injunction": a ruling asked
# for or still to come, told with an indefinite article, is not one
_NOT_YET = re.compile(
    r"\b(?:make|makes|making|made|reach|reaches|reaching|render|renders|rendering|seek|seeks|"
    r"seeking|sought|request|requests|requesting|requested|ask(?:s|ed|ing)?\s+for|await|"
    r"awaits|awaiting|expects?|expected|want|wants|wanted|pending|without|for)\s+$"
)
_RN_DET = (
    rf"(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Mm]y|{_DAYS}{_APOS}s|"
    rf"[Ll]ast\s+week{_APOS}s|[Aa]n?)"
)
# "the decision to deploy" is an official's; "appeal the decision to the Supreme Court" is not
_NOT_DEST = r"(?!\s+(?:the|a|an|[A-Z][a-z]*)\b)"
_RN = re.compile(
    rf"\b{_RN_DET}\s+(?P<mods>{_RN_MODS}*){_RN_HEAD}\b(?!(?<!order)\s+to\b{_NOT_DEST})"
    r"(?!\s+(?:party|parties|class|coalition|elite|elites|junta|family|council|makers?)\b)"
)
# A sentence that opens with a ruling noun: "The decision authored by Chief Justice …"
_RN_LEAD = re.compile(rf"[\s\"“]*(?P<np>{_RN_DET}\s+(?P<mods>{_RN_MODS}*){_RN_HEAD}\b)")
_STRONG_MOD = re.compile(
    r"unsigned|majority|\d+-page|[\w-]+-page|split|unanimous|\d+-\d+|temporary|preliminary|"
    r"permanent|nationwide|universal|emergency|restraining|administrative"
)
_CASE_LEAD = re.compile(r"\b[Ii]n\s+(?:the\s+)?[A-Z][^,.;]{0,60}?\s+v\.?\s[^,;]{1,60},\s*")
# "the decision two years ago overturning Roe v. Wade", "the ruling in Dobbs": a landmark
# described by its name; the cases matcher owns the name, and this is not a fresh ruling
_LANDMARK_AFTER = re.compile(
    r"(?:\s+(?:\w+\s+){0,3}?)?\s*(?:overturning|overruling|that\s+overturned|which\s+overturned)\s+"
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+v\.?\s|\s*[,.;]|\s+[a-z])"
    r"|\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|"
    r"That|Court|Congress)\b)(?P<nm>[A-Z][\w'’.-]+)\b"
)


def _landmark_after(text: str, at: int) -> bool:
    lm = _LANDMARK_AFTER.match(text, at)
    if not lm:
        return False
    nm = lm.group("nm")
    return nm is None or (nm not in _place_set() and not re.search(r"['’]s$", nm))


_OWN_CASE = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+in\s+(?:the\s+)?[A-Z0-9][^,.;]{0,60}?\s+v\.?\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*"
)
_CASE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][^,.;]{0,60}?\s+v\.?\s")
_CASE_NAME = re.compile(
    r"\b[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*\s+v\.?\s+[A-Z]|"
    r"\b[Tt]he\s+(?P<nm>[A-Z][a-z]+)\s+(?:decision|ruling|case)\b"
)


_EXEC_ORDER = re.compile(
    r"\b(?:[Ee]xecutive\s+[Oo]rders?|[Pp]roclamations?|E\.O\.|EOs?\b|[Pp]residential\s+"
    r"(?:order|memorandum|directive)s?)"
)


def _exec_order_before(text: str, at: int) -> bool:
    return _EXEC_ORDER.search(text, 0, at) is not None


_VOTE_SPLIT = re.compile(r"\b\d{1,2}-\d{1,2}\b(?!-)")


def _sits_in_panels(court: str) -> bool:
    """A court whose rulings can be split votes: the Supreme Court, a court of appeals, a
    state's high court."""
    level = C.level_of(court)
    return level in (C.LEVEL_SUPREME, C.LEVEL_APPEALS) or C.is_state_high_court(court)


def _in_quotes(at: int, quotes: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in quotes)


def _nouns(
    text: str, refs: list[CourtRef], clauses: list[_Found], quotes: list[tuple[int, int]]
) -> list[_Found]:
    out: list[_Found] = []
    ruling_at = sorted(clauses, key=lambda f: f.start)
    places = _place_set()
    sentences = _sentences(text)
    justices = [r for r in refs if r.role == "judge" and r.court == "scotus"]
    poss_court = re.compile(
        rf"^(?P<ref>.*?)(?P<poss>{_APOS}s?)?\s+(?P<mods>{_RN_MODS}*){_RN_HEAD}\b(?!\s+to\b{_NOT_DEST})"
    )
    # court-possessive and place-named rulings: "the 9th Circuit's decision", "the Oregon
    # decision", "the judge's order"
    for r in refs:
        m = poss_court.match(text[r.start : r.end + 60])
        if not m or len(m.group("ref")) != r.end - r.start:
            continue
        if not m.group("poss") and not (r.role == "court" and r.court):
            continue  # "the Supreme Court decision", but not "a court order"
        end = r.start + m.end()
        if _CASE_AFTER.match(text, end) or _landmark_after(text, end):
            continue
        # "two weeks after the Supreme Court's decision": an earlier ruling the news follows
        recalled = bool(_TIME_BEFORE.search(text, max(0, r.start - 12), r.start))
        out.append(
            _Found(r.start, end, r.court, r.anaphoric, 0.8 if r.court else 0.55, "", r, recalled)
        )
    for m in re.finditer(
        rf"\b[Tt]he\s+(?P<pl>{_place_re()})\s+(?P<head>ruling|decision|injunction)\b", text
    ):
        pl = C.resolve_place(m.group("pl"))
        if pl and pl.district and m.group("pl") in places:
            out.append(_Found(m.start(), m.end(), pl.district, False, 0.7, ""))
    for m in _RN.finditer(text):
        if any(f.start <= m.start() < f.end for f in out):
            continue
        det = m.group("det").lower()
        mods = m.group("mods").lower()
        head = m.group("head").lower()
        strong = bool(_STRONG_MOD.search(mods))
        after = text[m.end() : m.end() + 40]
        person = _person_before(text, refs, m.start()) if det in ("his", "her", "my") else None
        lower = re.search(r"\blower[- ]court\b", mods)
        if lower:
            # "affirming a lower-court ruling": the court below, named in this sentence or
            # the next, else the one lower court the article names
            court = _lower_court(refs, m.start(), sentences)
            out.append(
                _Found(m.start(), m.end(), court, False, 0.7 if court else 0.55, "", salient=False)
            )
            continue
        by = re.match(
            r"\s+(?:(?:authored|written|penned|delivered|issued|handed\s+down|signed)\s+)?"
            r"(?:by|from)\s+",
            text[m.end() :],
        )
        if det in ("a", "an") and not strong and not by:
            continue
        if det in ("a", "an") and _NOT_YET.search(text, max(0, m.start() - 30), m.start()):
            continue
        if det == "its" and not any(
            r.role in ("court", "panel", "justices") and r.court
            and sentence_start(text, m.start()) <= r.start < m.start()
            for r in refs
        ):  # fmt: skip
            continue  # "The NCAA's council said its ruling …": no court is "it"
        if det in ("his", "her") and head in ("decision", "order") and person == "other":
            continue  # "saying his decision was designed …": the president's, not a judge's
        if det == "my" and not (
            head not in ("decision", "opinion", "judgment") and _in_quotes(m.start(), quotes)
        ):
            continue  # a judge's "my order" is quoted; "My decision on TikTok" is not a ruling
        if head == "opinion" and not (
            strong
            or det in ("his", "her", "its")
            or (
                det in ("the", "this")
                and not re.match(
                    r"\s+(?:of|that|on|about|polls?|pages?|section|piece|writers?|columns?)\b",
                    after,
                )
            )
        ):
            continue
        if head == "order" and not strong:
            # bare "the order" is a court's only where no executive order came before it
            if _exec_order_before(text, m.start()):
                continue
            if re.match(r"\s+(?:of|in\s+which|for|from)\b", after):
                continue
            if re.match(r"\s+to\b", after) and det not in ("his", "her", "my"):
                continue  # "the order to evacuate"; but a judge's "his order to turn … around"
            if det in ("his", "her") and person != "judge":
                continue
            if det not in ("the", "this", "that", "his", "her", "my"):
                continue
        if head == "judgment" and not strong:
            continue
        if _CASE_AFTER.match(text, m.end()) or _landmark_after(text, m.end()):
            continue
        # "by U.S. District Judge Reed O'Connor", "authored by Justice Brett Kavanaugh": the
        # ruling names its own court
        own = None
        if by:
            at = m.end() + by.end()
            own = next((r for r in refs if r.start == at), None)
        if own is not None:
            earlier = bool(_EARLIER.search(mods))
            out.append(
                _Found(m.start(), own.end, own.court, False, 0.8, "", own, earlier, not earlier)
            )
            continue
        if det in ("a", "an") and not strong:
            continue  # "a decision from …" that names no court
        # otherwise a back-reference to the ruling before it
        # only confident rulings with a court draw back-references (never a doubtful one)
        prev = [
            f for f in ruling_at + out if f.end <= m.start() and f.court and f.confidence >= 0.7
        ]
        if head == "sentence":
            # "the sentence" refers back to a sentence imposed, court known or not
            prev = [f for f in ruling_at if f.end <= m.start() and f.act == "sentenced"]
        if person == "judge" and det in ("his", "her"):
            # "whether officials had disregarded his order", "Cannon cited that concurrence in
            # her 93-page order": the judge's own ruling, the judge of the sentence first
            s0 = sentence_start(text, m.start())
            judges = [r for r in refs if r.role == "judge" and r.end <= m.start()]
            in_sentence = [r for r in judges if r.start >= s0] or judges
            judge = max(in_sentence, key=lambda r: r.end) if in_sentence else None
            if judge is not None and judge.court:
                out.append(_Found(m.start(), m.end(), judge.court, True, 0.65, "", judge))
                continue
            if not prev:
                continue
        split = bool(_VOTE_SPLIT.search(mods))
        if split:
            # "a 6-3 decision" is a bench's: the justices named right after it, or the nearest
            # ruling of a court that sits in panels, never a trial judge's ruling before it
            bench = next(
                (r for r in refs if r.court and _sits_in_panels(r.court)
                 and (0 <= r.start - m.end() < 80
                      or re.fullmatch(r",?\s+in\s+", text[r.end : m.start()]))),
                None,
            )  # fmt: skip
            if bench is not None:
                out.append(_Found(m.start(), m.end(), bench.court, False, 0.75, "", bench))
                continue
        if not prev:
            continue
        # the nearest salient ruling: not one told as another ruling's object ("This decision
        # reversed a lower court ruling … The new decision" is the reviewing court's)
        salient = [f for f in prev if f.salient] or prev
        ante = max(salient, key=lambda f: f.end)
        if split:
            panels = [f for f in salient if f.court and _sits_in_panels(f.court)]
            if not panels:
                continue
            ante = max(panels, key=lambda f: f.end)
        news = [f for f in salient if not f.background and m.start() - f.end <= 2000]
        if ante.background and news:
            ante = max(news, key=lambda f: f.end)
        nearest_ante = ante
        ante = _the_news_ruling(text, m, det, ante, salient, quotes)
        s0 = sentence_start(text, m.start())
        if any(s0 <= r.start < m.start() for r in justices):
            # "Justice Clarence Thomas, writing in dissent, said the ruling …": the Court's
            ante = max(
                (f for f in salient if f.court == "scotus"), key=lambda f: f.end, default=ante
            )
        near_court = any(r.court and 0 <= m.start() - r.end < 600 for r in refs)
        if m.start() - nearest_ante.end > 2000 and not near_court:
            continue  # too far from any ruling or court to be one of theirs
        between = text[ante.end : m.start()]
        # "its ruling in Braidwood v. Becerra", "ruled Friday in 303 Creative LLC v. Elenis":
        # the case named right after a ruling is that ruling's own
        own_case = _OWN_CASE.match(between)
        if own_case:
            between = between[own_case.end() :]
        if any(cm.group("nm") is None or cm.group("nm") not in places
               for cm in _CASE_NAME.finditer(between)):  # fmt: skip
            continue  # a case named since: "The majority opinion" is that case's
        if det in ("his", "her", "its") and m.start() - ante.end > 2500:
            continue
        court = ante.court
        wrote = re.search(
            r"\b(?:wrote|writes|authored|authors|penned|pens|delivered|joined)\s+(?:\w+\s+)?$",
            text[max(0, m.start() - 30) : m.start()],
        )
        if wrote:
            # "Justice Stephen Breyer, who wrote the majority opinion": the writer's court
            writer = [
                r for r in refs if r.role == "judge" and r.court and 0 <= m.start() - r.end < 200
            ]
            court = writer[-1].court if writer else court
        if det in ("his", "her"):
            # "In her ruling, Perry wrote": the judge named right there owns the ruling
            owner = next(
                (r for r in refs if r.role == "judge" and r.court and 0 < r.start - m.end() < 80),
                None,
            )
            court = owner.court if owner else court
        conf = 0.75 if strong or head in ("ruling", "injunction") else 0.65
        out.append(_Found(m.start(), m.end(), court, True, conf, ""))
    return out


# ------------------------------------------------------------------------------- assembling

_STOPWORDS = frozenset(
    """a an the and or of to in on at by for with from as that this these those is was were be
    been has have had it its his her their they he she we you i not no but if then than so
    into over under about after before against during without within trump’s trump's donald
    president administration bid judge federal court ruling order decision temporarily also
    would could will may might can us u.s. which who whom what when where while""".split()  # noqa: SIM905
)


def _terms(text: str, f: _Found) -> list[str]:
    seg = text[f.end - (f.end - (f.ref.end if f.ref else f.start)) : f.end]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", seg)
    out: list[str] = []
    for w in words:
        lw = w.lower()
        if lw in _STOPWORDS or len(w) < 4 or lw == f.act:
            continue
        if w not in out:
            out.append(w)
    return out[:4]


def find(doc: Doc) -> list[Mention]:
    """Ruling mentions in the text (kind ``ruling``, ``authority`` None, ``court`` set when
    known, ``url`` a CourtListener search for that court and the ruling's subject terms)."""
    text, ctx = doc.text, doc
    refs = fill_courts(court_phrases(doc), text=text)
    quotes = _quotes(text)
    clauses = _clauses(text, refs, quotes)
    if ctx.date and ctx.date[:4].isdigit():
        clauses = [_dated_earlier(text, f, int(ctx.date[:4])) for f in clauses]
    nouns = _nouns(text, refs, [c for c in clauses if c.confidence >= 0.5], quotes)
    found = _merge(text, [_one_line(text, f) for f in clauses + nouns])
    out: list[Mention] = []
    for f in found:
        if f.confidence < 0.5 and f.court is None:
            continue
        if f.court == C.FOREIGN:
            continue  # another country's court: not linked, but its "decision" is not ours
        terms = _terms(text, f)
        ev = []
        if f.court:
            label = C.court_label(f.court)
            ev.append(f"court: {label}" + (f" ({f.ref.place})" if f.ref and f.ref.place else ""))
        if f.act:
            ev.append(f"act: {f.act}")
        if terms:
            ev.append("terms: " + ", ".join(terms))
        if f.anaphor:
            ev.append("refers back to the ruling before it")
        kind = "o" if f.court and C.level_of(f.court) in (C.LEVEL_SUPREME, C.LEVEL_APPEALS) else "r"
        out.append(
            Mention(
                start=f.start,
                end=f.end,
                text=text[f.start : f.end],
                kind="ruling",
                authority=None,
                court=f.court,
                confidence=f.confidence,
                anaphor=f.anaphor,
                url=courtlistener_search(" ".join(terms), f.court, kind),
                evidence="; ".join(ev) or None,
                matcher="rulings",
            )
        )
    return out


_YEAR_IN = re.compile(r"\b(?:in|since|back\s+in)\s+((?:19|20)\d\d)\b")


def _dated_earlier(text: str, f: _Found, year: int) -> _Found:
    """A ruling its own words date to an earlier year ("The Supreme Court upheld the mandate
    in 2012") is history the article recalls, not its news."""
    y = _YEAR_IN.search(text, f.start, min(len(text), f.end + 40))
    sentence_end = text.find(". ", f.end)
    if y and int(y.group(1)) < year and (sentence_end < 0 or y.start() < sentence_end):
        return replace(f, background=True)
    return f


def _one_line(text: str, f: _Found) -> _Found:
    """A span never crosses a line break: headlines and subheadlines are lines of their own."""
    nl = text.find("\n", f.start, f.end)
    if nl < 0:
        return f
    return replace(f, end=f.start + len(text[f.start : nl].rstrip()))


def _merge(text: str, found: list[_Found]) -> list[_Found]:
    """One mention per stretch: a ruling noun right before its clause ("In an unsigned
    decision, the court cleared the way") joins it; overlapping finds keep the longer."""
    items = sorted(found, key=lambda f: (f.start, -f.end))
    out: list[_Found] = []
    for f in items:
        if out:
            p = out[-1]
            gap = text[p.end : f.start]
            if (
                f.start == p.start
                and f.end < p.end
                and f.court
                and p.court
                and _sits_in_panels(f.court)
                and not _sits_in_panels(p.court)
                and _VOTE_SPLIT.search(text, f.start, f.end)
            ):
                # "The 2-1 decision paused a restraining order issued by Judge …": the split
                # vote is the panel's; the trial judge's court belongs to the object
                out[-1] = f
                continue
            if (
                p.start < f.start
                and f.end <= p.end
                and f.court
                and p.court
                and f.court != p.court
                and f.ref is not None
                and not f.anaphor
            ):
                # "The Federal Circuit … upheld a May ruling by the U.S. Court of International
                # Trade": the object names its own court, so it is a ruling of its own
                head = text[p.start : f.start].rstrip(" ,")
                out[-1] = replace(p, end=p.start + len(head))
                out.append(f)
                continue
            if f.start < p.end or (
                len(gap) <= 3 and re.fullmatch(r"[ \t,]*", gap) and p.court == f.court
            ):
                out[-1] = replace(
                    p,
                    end=max(p.end, f.end),
                    confidence=max(p.confidence, f.confidence),
                    court=p.court or f.court,
                    act=p.act or f.act,
                    ref=p.ref or f.ref,
                )
                continue
        out.append(f)
    return out


def _anchors() -> tuple[Anchor, ...]:
    return (COURT_WORDS, *PATTERN_WORDS.values(), foreign_anchor())


PASS = Pass(name="rulings", emits=("ruling",), anchors=_anchors(), run=find)
