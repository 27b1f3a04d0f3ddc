"""Building a court reference from a court pattern's match: which court its words name,
at what level, where, and whether the text names it only in general."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ... import courts as C
from ..doc import held_in
from ..lazyre import deferred
from ..sentences import sentence_start
from .courtpatterns import CourtRef, place_re, place_set
from .verbforms import headline_verbs

# Patterns the functions below ask at each call, compiled once.
_STATE_LEVEL_BEFORE = deferred(r"\b(?:state|State|county|appellate)\s+$")
_DISTINCT = deferred(r"\b(?:another|different|separate)\b")
_COUNTY_AFTER = deferred(r"\s+(?:County|Parish)\b")
_JUDICIAL_BEFORE = deferred(r"Judicial\s+$")
# "a federal court judge", "a federal district court judge in Austin" (its place read after;
# not "judge of …", "judge based in …", which other patterns read)
_JUDGE_AFTER = deferred(r"\s+judge\b(?![s-])(?!\s+(?:of|based|sitting)\b)")
_IN_COUNTY = deferred(r"\s+in\s+(?:[A-Z][a-z]+\s+){1,2}(?:County|Parish)\b")
_NOT_NAME = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "on", "in", "of", "the", "and", "said", "wrote", "jr", "jr.",
}  # fmt: skip
_DET_AT = deferred(r"(?:[Tt]he|[Aa]n?)\s")
_US_NAMED = deferred(r"U\.S\.|US|United")
_STATE_TRIAL_TITLE = deferred(r"superior|county|circuit|trial|common pleas")
_TRIAL_TITLE = deferred(r"district|trial|superior|magistrate")
# "U.S. District Judge Marvin Katz", "federal Judge …": a title only federal judges bear
_FEDERAL_TITLE = deferred(r"u\.\s?s\.|\bus\b|federal")
_PANEL_MODS = deferred(r"\b(?:three|appellate|appeals)\b")
# "…, the judges have ruled." (twenty-fifth session): a bare "the judges" after what they held
_PERFECT_AFTER = deferred(r"\s+(?:have|has)\s+(?:ruled|held|found|concluded|decided)\.")
# Cities where the federal courts of appeals sit: the places of their regular sessions in 28
# U.S.C. § 48, Pasadena (the 9th Circuit's Los Angeles courthouse) and a few where panels
# often sit (Miami, Honolulu, Anchorage); an appeals court "in" any other city is a state's.
_CIRCUIT_SEATS = frozenset(
    {"boston", "san juan", "new york", "manhattan", "philadelphia", "richmond", "asheville",
     "new orleans", "fort worth", "jackson", "houston", "cincinnati", "chicago", "st. louis",
     "saint louis", "kansas city", "omaha", "st. paul", "saint paul", "san francisco",
     "los angeles", "pasadena", "portland", "seattle", "denver", "wichita", "oklahoma city",
     "atlanta", "jacksonville", "montgomery", "washington", "miami", "honolulu", "anchorage"}
)  # fmt: skip


# A story naming Massachusetts ("Massachusetts", "Mass."), for its bare "Appeals Court"
_MASS_BEFORE = deferred(r"\bMass(?:achusetts|\.)")
_BASED_BEFORE = deferred(
    r"(?:\b[Tt]he\s+|\b[Aa]\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+-based|[a-z]+-leaning|"
    # ("the ultra-conservative Fifth Circuit": a hyphenated prefix on the leaning)
    r"\b(?:[a-z]{2,6}-)?(?:conservative|liberal))\s+$"
)


# The states that have a court named "Court of Criminal Appeals" (courts-db ids): Texas and
# Oklahoma (their courts of last resort in criminal cases), Tennessee and Alabama (their
# intermediate courts for criminal appeals)
CRIMINAL_APPEALS = {
    "TX": "texcrimapp",
    "OK": "oklacrimapp",
    "TN": "tenncrimapp",
    "AL": "alacrimapp",
}
_CRIMINAL_APPEALS_STATES = deferred(
    r"\b(?:(?P<TX>Texas|Tex\.)|(?P<OK>Oklahoma|Okla\.)|(?P<TN>Tennessee|Tenn\.)|(?P<AL>Alabama|Ala\.))"
)
_MILITARY_BEFORE = deferred(r"(?:Army|Navy|Marine\s+Corps|Air\s+Force|Coast\s+Guard)\s+$")


def _criminal_appeals_state(text: str, s: int, e: int) -> str | None:
    """The state whose Court of Criminal Appeals "the Court of Criminal Appeals" at
    ``text[s:e]`` is: the last of the four states that have one named in the 2,000 characters
    before it, else in the dateline (the text's first 200: "NASHVILLE, Tenn."), else the first
    named in the 1,000 after it; None when none is. (Bounded windows: never the whole text
    once per mention.)"""
    last = None
    for m in _CRIMINAL_APPEALS_STATES.finditer(text, max(0, s - 2000), s):
        last = m.lastgroup
    if last is None and s > 2000:
        head = _CRIMINAL_APPEALS_STATES.search(text, 0, 200)
        last = head.lastgroup if head else None
    if last is None:
        after = _CRIMINAL_APPEALS_STATES.search(text, e, e + 1000)
        last = after.lastgroup if after else None
    return last


def _line_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t-•*":
        j -= 1
    return j < 0 or text[j] == "\n"


def _clean_name(name: str) -> str:
    words = name.split()
    for k, w in enumerate(words):
        if k < len(words) - 1 and len(w) > 2 and w[-2:] in ("'s", "’s"):
            # "Judge Perry's TRO": the name ends at its possessive
            words = words[: k + 1]
            break
    while words and words[-1].lower().strip(".,") in _NOT_NAME:
        words.pop()
    if words and len(words[-1]) > 2 and words[-1][-2:] in ("'s", "’s"):
        # "Judge Park's order": the possessive is the ruling's, not the name's
        words[-1] = words[-1][:-2]
    elif words and len(words[-1]) > 2 and words[-1][-2:] in ("s'", "s’"):
        # "Judge Michael Moses’ ruling": a surname in s takes the apostrophe alone
        words[-1] = words[-1][:-1]
    return " ".join(words)


# "Justice Department", "Equal Justice Initiative": "Justice" in a name, not a title
_NOT_JUSTICE_NAME = frozenset(
    {
        "department", "departments", "ministry", "center", "centre", "league", "project",
        "committee", "institute", "initiative", "action", "reform", "coalition", "network",
        "foundation", "fund", "caucus", "alliance", "policy", "program", "act", "system",
        "party", "council", "collaborative", "now", "for", "democrats",
    }
)  # fmt: skip
# the words a justice's title may follow: "Montana Supreme Court Justice Beth Baker",
# "Associate Justice …", "state Supreme Court Justice …" (any other capitalised word before
# it makes "Justice" part of a name: "Racial Justice Network", "Equal Justice Works")
_JUSTICE_AFTER_WORD = deferred(r"(?:Court|Associate|Senior|Acting|Presiding|Retired)[ \t]+$")
_CAPITAL_BEFORE = deferred(r"[A-Z][\w.'’-]*[ \t]+$")


# "… of Montana's Fourth Judicial District Court", "… of Iowa's 5th District Court"
_STATE_COURT_OWNED = deferred(
    r"['’]s\s+(?:[A-Z0-9][\w-]*\s+){0,2}(?:Judicial\s+)?(?:District|Circuit|Superior|County)\s+"
    r"Court\b"
)
_NOT_COUNTY_WORDS = frozenset(
    {"The", "Then", "A", "An", "In", "On", "And", "But", "When", "After", "Before", "Former",
     "Retired", "Senior", "Chief", "Presiding", "Acting", "Judge", "Now", "Last", "Later"}
)  # fmt: skip
# words before "Circuit Court" that name a federal court of appeals, not a county
_NOT_COUNTY_CIRCUITS = frozenset(
    [
        *(w.title() for w in C.CIRCUIT_ORDINALS),  # "the Ninth Circuit Court …"
        "Federal",
        "DC",
        "The",
        "A",
        "An",
        "This",
        "That",
        "Its",
        "Their",
        "Appeals",
        "United",
        "States",
        "Another",
        "Same",
        "Lower",
    ]
)


def _district_named(state: str, direction: str | None) -> str | None:
    """The federal district "the Northern District of Texas" / "the District of Idaho"
    names, where there is exactly one."""
    place = C.resolve_place(state)
    if not place or not place.postal:
        return None
    dists = C.districts_of(place.postal)
    if direction:
        hits = [d for d in dists if d.endswith(direction[0].lower() + "d") and len(d) == 4]
        return hits[0] if len(hits) == 1 else None
    return place.district or (dists[0] if len(dists) == 1 else None)


def _county_named_before(text: str, at: int) -> bool:
    """Whether a county's name stands right before ``at`` ("Franklin Circuit Court Judge"),
    not a sentence's first word, a title or a circuit's ordinal."""
    cn = _COUNTY_NAME_BEFORE.search(text, max(0, at - 30), at)
    if cn is None:
        return False
    words = text[cn.start() : at].split()
    return not any(w in _NOT_COUNTY_WORDS or w in _NOT_COUNTY_CIRCUITS for w in words)


_APPEALS_AFTER = deferred(r"\s+of\s+Appeals\b|\s+for\s+the\b")
_COUNTY_NAME_BEFORE = deferred(r"(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+[ \t]+$")
_STATE_BEFORE = deferred(r"(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+[ \t]+$")


def _state_titled(text: str, s: int) -> tuple[int, str] | None:
    """The start and postal code of a state's name written just before ``s`` as a title
    ("Montana District Judge …"), else None."""
    if s < 3 or text[s - 1] != " " or not text[s - 2].isalpha():
        return None  # (most titles open a sentence or follow a comma: asked first)
    lo = max(0, s - 30)
    if not text[max(text.rfind(" ", lo, s - 1), text.rfind("\n", lo, s - 1)) + 1].isupper():
        return None  # (… or follow a word in lower case: "said Judge …", "by Judge …")
    m = _STATE_BEFORE.search(text, max(0, s - 30), s)
    if m is None:
        return None
    words = text[m.start() : s].split()
    for k in range(len(words)):
        st = C.state_by_name().get(C._fold(" ".join(words[k:])))
        if st is not None:
            return m.start() + text[m.start() : s].find(words[k]), st.postal
    return None


def _state_justice(s: int, m: re.Match[str], text: str, name: str) -> CourtRef | None:
    """ "Chief Justice Mike McGrath", "Justice Beth Baker": a justice the table of the U.S.
    Supreme Court's justices does not hold sits on a state's court of last resort (role
    "justices": the discourse gives that court, never the U.S. Supreme Court, never a trial
    court), so that "The 70-page decision, authored by Chief Justice Mike McGrath" is the
    Montana Supreme Court's, not the trial court's named before it."""
    words = name.split()
    if not words or words[0].lower() in _NOT_JUSTICE_NAME or words[-1].lower() in _NOT_JUSTICE_NAME:
        return None
    if len(words) < 2:
        return None  # "Justice Roberts" alone: a surname the table may hold under a full name
    start = m.start()
    if text.startswith("Chief", start):
        pass
    elif _CAPITAL_BEFORE.search(text, max(0, start - 30), start) and not _JUSTICE_AFTER_WORD.search(
        text, max(0, start - 30), start
    ):
        return None
    end = m.start("name") + len(name)
    return CourtRef(s, end, "justices", None, None, judge=words[-1])


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


def _us_place_before(text: str, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` ends the name of a U.S. place ("Texas", "New York")."""
    before = text[max(0, at - 30) : at].split()[-2:]
    names = {word} | {" ".join([*before[i:], word]) for i in range(len(before))}
    return not names.isdisjoint(place_set())


# "a panel made up of Judges …", "the majority, comprising Judges …": who sat on it
_MEMBERS_BEFORE = deferred(r"\b(?:of|comprising|including|with|by|and)\s+$")
# "The majority declined …" is a court's only where a court was named this close before it
_MAJORITY_REACH = 400
_COURT_BEFORE = deferred(r"\b(?:[Cc]ourt|Circuit|[Jj]ustices|[Pp]anel|[Jj]udges)\b")


def _court_ref(kind: str, m: re.Match[str], text: str, date: str | None = None) -> CourtRef | None:
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
    if kind == "state_named":
        # the Commonwealth Court is Pennsylvania's; the Appellate Division New York's
        if g.get("crimapp"):
            if _MILITARY_BEFORE.search(text, max(0, s - 20), s):
                return None  # "the Army Court of Criminal Appeals": a military court
            postal = _criminal_appeals_state(text, s, e)
            court = CRIMINAL_APPEALS.get(postal) if postal else None
            return CourtRef(s, e, "court", court, C.LEVEL_STATE, postal=postal,
                            high=bool(court and C.is_state_high_court(court)),
                            state_appeals=court is None, criminal=True)  # fmt: skip
        if g.get("stcoa"):
            # "the state Court of Appeals": the state's intermediate court, whose state the
            # discourse says (never the federal circuit, never its supreme court)
            return CourtRef(s, e, "court", None, C.LEVEL_STATE, state_appeals=True)
        if g.get("coa"):
            return CourtRef(s, e, "court", None, C.LEVEL_STATE, state_appeals=True)
        if g.get("stapp"):
            # "the state Appellate Court", "the Illinois Appellate Court": the state's one
            # intermediate court (by its name, else the discourse's state)
            named_st = C.resolve_place(g["apst"]) if g.get("apst") else None
            if g.get("apst") and (named_st is None or not named_st.postal):
                return None
            postal = named_st.postal if named_st else None
            one = C.state_appeals_court(postal) if postal else None
            return CourtRef(s, e, "court", one, C.LEVEL_STATE, postal=postal,
                            state_appeals=one is None)  # fmt: skip
        if g.get("maapp"):
            # Massachusetts' "Appeals Court": by its state's name, or alone in a story that
            # named Massachusetts before it; otherwise no court of this pattern's (a title-case
            # headline's "Appeals Court Revives Challenge" is left to the generic one)
            if g.get("maname") or 0 <= _first_mass(text) < s:
                return CourtRef(s, e, "court", "massappct", C.LEVEL_STATE, postal="MA")
            return None
        if g.get("dca"):
            # "the 2nd District Court of Appeal": California's or Florida's, whichever the
            # text named last before it (else unknown)
            ca, fl = text.rfind("California", 0, s), text.rfind("Florida", 0, s)
            if ca == fl:
                # neither named before: the one the text names after it, if only one is
                # ("… the First District Court of Appeal … appealed to the California
                # Supreme Court")
                ca, fl = ("California" in text[e:]), ("Florida" in text[e:])
                if ca == fl:
                    return CourtRef(s, e, "court", None, C.LEVEL_STATE, state_appeals=True)
            named = ("calctapp", "CA") if ca > fl else ("fladistctapp", "FL")
        elif g.get("apd"):
            # "the First Appellate District": California's or Ohio's, whichever the text
            # named last before it (else unknown)
            ca, oh = text.rfind("California", 0, e), text.rfind("Ohio", 0, e)
            if ca == oh:
                return CourtRef(s, e, "court", None, C.LEVEL_STATE, state_appeals=True)
            named = ("calctapp", "CA") if ca > oh else ("ohioctapp", "OH")
        elif g.get("numapp"):
            # Texas numbers its courts of appeals, Ohio its district courts of appeals: the
            # state the text named last before it, else the one the words fit
            tx, oh = text.rfind("Texas", 0, e), text.rfind("Ohio", 0, e)
            if tx == oh and re.match(r"[Tt]he\s+state(?:['’]s)?\s", text[s:e]):
                # "the state's 4th District Court of Appeals" in a story that names neither:
                # the court of appeals of the state the story is about (Wisconsin's District
                # IV), which the discourse says
                return CourtRef(s, e, "court", None, C.LEVEL_STATE, state_appeals=True)
            if tx == oh:
                tx, oh = (-1, 0) if g.get("numdist") else (0, -1)
            named = ("texapp", "TX") if tx > oh else ("ohioctapp", "OH")
        elif g.get("calapp"):
            named = ("calctapp", "CA")
        else:
            named = ("pacommwct", "PA") if g.get("pacommw") else ("nyappdiv", "NY")
        return CourtRef(s, e, "court", named[0], C.LEVEL_STATE, postal=named[1])
    if kind == "uscfc":
        if g.get("dc"):
            return CourtRef(s, e, "court", "cadc", C.LEVEL_APPEALS)
        return CourtRef(s, e, "court", "tax" if g.get("tax") else "uscfc", C.LEVEL_SPECIAL)
    if kind == "state_supreme":
        if g.get("pst"):
            # "PA Supreme Court rules …": a state's postal code (not "US", nor two capitals
            # that are no state's: those are left to the other patterns)
            pst = C.states().get(g["pst"])
            if pst is None or not pst.high_courts:
                return None
            return CourtRef(s, e, "court", pst.high_courts[0], C.LEVEL_STATE,
                            postal=pst.postal, high=True)  # fmt: skip
        name = (
            g.get("st") or g.get("st2") or g.get("st3") or g.get("st4") or g.get("st5")
            or g.get("st6")
        )  # fmt: skip
        criminal = bool(g.get("crim1") or g.get("crim2") or g.get("st4"))
        if g.get("st4"):
            # "the Tennessee Court of Criminal Appeals": that state's court of that name (an
            # intermediate court in Tennessee and Alabama, the criminal court of last resort
            # in Texas and Oklahoma); none for a state without one
            pl = C.resolve_place(name)
            court = CRIMINAL_APPEALS.get(pl.postal) if pl and pl.postal else None
            if court is None:
                return None
            return CourtRef(s, e, "court", court, C.LEVEL_STATE, postal=pl.postal if pl else None,
                            high=C.is_state_high_court(court), criminal=True)  # fmt: skip
        if not name:
            return CourtRef(s, e, "court", None, C.LEVEL_STATE, anaphoric=True, high=True,
                            criminal=criminal)  # fmt: skip
        if (g.get("st3") or g.get("st4") or g.get("st5") or g.get("st6")) and C._fold(
            name
        ) not in C.state_by_name():
            return None  # "Chicago's top court" is no state's court of last resort
        place = C.resolve_place(name)
        if place and place.postal == "DC" and C._fold(name) == "washington":
            # "the Washington Supreme Court": the state's (D.C.'s highest court is its Court
            # of Appeals; it has no Supreme Court)
            place = C.resolve_place("Washington state")
        if not place or not place.postal:
            return None
        st = C.states()[place.postal]
        if g.get("st5"):
            # "the New York Court of Appeals" (its high court); Texas has fourteen
            appeals = C._courts_db_find(f"{st.name} Court of Appeals")
            one = appeals[0] if len(appeals) == 1 else None
            if not appeals:
                # "the Massachusetts Court of Appeals" (its Appeals Court): courts-db files
                # no court under that name, but the state has one intermediate court
                one = C.state_appeals_court(place.postal)
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
        if (
            role == "court"
            and m.group(0).endswith("Supreme Court")
            and not _US_NAMED.search(m.group(0))
            and _new_york_trial(text)
        ):
            # "Supreme Court rejected the Article 78 petition … the Appellate Division
            # affirmed": New York's trial court is its Supreme Court
            return CourtRef(s, e, "court", "nysupct", C.LEVEL_STATE, postal="NY", trial=True)
        return CourtRef(s, e, role, "scotus", C.LEVEL_SUPREME)
    if kind == "district_formal":
        place = C.resolve_place(
            g.get("st")
            or g.get("st2")
            or g.get("st3")
            or g.get("st4")
            or g.get("st5")
            or g.get("st6")
            or ""
        )
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
        if court is None and (g.get("st4") or g.get("st5")):
            return None  # ("the District of Texas held": no such district, nothing to link)
        return CourtRef(s, e, "court", court, C.LEVEL_DISTRICT, postal=place.postal)
    if kind == "justice":
        name = _clean_name(g["name"])
        if not name:
            return None
        court = C.judge_court(name, justice=True, date=date)
        if court is None:
            return _state_justice(s, m, text, name)
        return CourtRef(s, s + len(m.group(0)) - (len(g["name"]) - len(name)), "judge", court,
                        C.LEVEL_SUPREME, judge=name.split()[-1])  # fmt: skip
    if kind == "majority":
        sized = "-justice" in m.group(0) or "-judge" in m.group(0)
        # ("The six-justice majority": a bench by its own words, however far its court was
        # named; twenty-seventh session, census40 P4)
        if not sized and not _COURT_BEFORE.search(text, max(0, s - _MAJORITY_REACH), s):
            return None  # no court named close before: a chamber's or a poll's majority
        if "-justice" in m.group(0):
            # (justices sit on a court of last resort, never on the trial court near them)
            return CourtRef(s, e, "justices", None, None, anaphoric=True)
        return CourtRef(s, e, "court", None, None, anaphoric=True)
    if kind == "named_judges":
        if _MEMBERS_BEFORE.search(text, max(0, s - 12), s):
            return None  # "a panel - comprised of Judges …, … and … -": the panel's members
        # (their court is the discourse's, as "the three judges" is: the panel named before)
        return CourtRef(s, e, "panel", None, C.LEVEL_APPEALS, anaphoric=True)
    if kind == "appos_judge":
        name = g["name"]
        if name.split()[0].lower() in _NOT_NAME:
            return None
        am = (g.get("amods") or "").lower()
        level = C.LEVEL_APPEALS if "circuit" in am or "appeals" in am else C.LEVEL_DISTRICT
        return CourtRef(s, m.end("name"), "judge", C.judge_court(name, date=date), level,
                        judge=name.split()[-1])  # fmt: skip
    if kind == "state_trial":
        if g.get("bsup"):
            # "a Superior Court judge": a state's trial judge, the state the discourse's
            return CourtRef(s, e, "judge", None, C.LEVEL_STATE, trial=True)
        if g.get("cir") and not g.get("cty"):
            word = g.get("tplace") or g.get("county") or ""
            if word.split()[0] in _NOT_COUNTY_CIRCUITS or _APPEALS_AFTER.match(text, e):
                return None  # "the Fourth Circuit Court" is the federal court of appeals
            if C._fold(word) not in C.state_by_name():
                # "A Franklin Circuit Court judge", Kentucky's way of naming a county's
                # circuit court (no "County"): a state trial court, its state the one the
                # discourse gives (a county's name alone names no state)
                return CourtRef(s, e, "judge" if g.get("tj") else "court", None, C.LEVEL_STATE,
                                place=word, trial=True)  # fmt: skip
        word = g.get("county") or ""
        if word.endswith(" Circuit") and g.get("cj") == "":
            word = word[: -len(" Circuit")]  # ("Harlan Circuit" read as a two-word county)
        elif not (g.get("cj") or "").startswith("Circuit"):
            word = ""
        if (
            word
            and not g.get("cty")
            and word.split()[0] not in _NOT_COUNTY_CIRCUITS
            and C._fold(word) not in C.state_by_name()
        ):
            # "A Harlan Circuit judge": Kentucky's way of naming a county's circuit court
            return CourtRef(s, e, "judge", None, C.LEVEL_STATE, place=word, trial=True)
        if (g.get("cj") is not None or g.get("dist")) and not g.get("cty"):
            return None  # "a Texas judge", "the Texas District Court": not a county's court
        place = C.resolve_place(g["tplace"]) if g.get("tplace") else None
        postal = place.postal if place else None
        court = C.state_trial_court(postal) if postal else None
        role = "judge" if g.get("tj") else "court"
        return CourtRef(s, e, role, court, C.LEVEL_STATE, postal=postal,
                        place=place.name if place else None, trial=True)  # fmt: skip
    if kind == "titled_judge":
        name = _clean_name(g["name"])
        if not name or name.split()[0] in headline_verbs():  # "Judge Blocks …": a headline
            return None
        end = e if g.get("post") else m.start("name") + len(name)
        # ("United States District Judge" is a federal title: read as "u.s.")
        tm = (g.get("tmods") or "").lower().replace("united states", "u.s.")
        # "Fifteenth Judicial District Judge Edward Rubin", "19th Judicial District Court
        # Judge …": a state's judicial district (federal judges have no "judicial" title)
        judicial = g.get("ord") or (
            "district" in tm and _JUDICIAL_BEFORE.search(text, max(0, s - 12), s)
        )
        level = (
            # "Dane County Circuit Judge …" is a state trial judge, not a federal appeals one
            C.LEVEL_STATE
            if "state" in tm
            or "superior" in tm
            or "common pleas" in tm
            # "Franklin Circuit Court Judge Phillip Shepherd": a county's court, a state's
            # (not "Circuit Court Judge Julie Rikelman" after the First Circuit: a federal
            # appeals judge news titles so too)
            or (tm.startswith("circuit court") and _county_named_before(text, s))
            or "county" in tm
            or "commonwealth" in tm
            or judicial
            else C.LEVEL_APPEALS
            if ("circuit" in tm and "court" not in tm) or "appeal" in tm
            else C.LEVEL_DISTRICT
        )
        court = C.judge_court(name, date=date, middle=True) if level != C.LEVEL_STATE else None
        if court is None and level != C.LEVEL_STATE:
            court = _joint_court(name, text, s, e)
        if court is None and level == C.LEVEL_DISTRICT and g.get("fst"):
            # "United States District Judge for the Northern District of Texas Ada Roe": the
            # district the title names (one of the state's, or its only one)
            court = _district_named(g["fst"], g.get("fdir"))
        trial_owned = False
        place = _place_from(m, "place2", "place3", "place4", found=g)
        postal = place.postal if place else None
        if (
            place
            and g.get("place3")
            and level == C.LEVEL_DISTRICT
            and "federal" not in tm
            and "u" not in tm[:2]
            and _STATE_COURT_OWNED.match(text, m.end("place3"))
        ):
            # "Judge Jason Marks of Montana's Fourth Judicial District Court": the state's
            # own trial court, not the federal district of the state's name
            level, trial_owned = C.LEVEL_STATE, True
            court = C.state_trial_court(place.postal) if place.postal else None
        elif place and place.district and level == C.LEVEL_DISTRICT:
            court = place.district
        elif court and postal and C.postal_of_court(court) not in (None, postal):
            court = None
        if court is None and place and level == C.LEVEL_STATE and place.postal:
            court = C.state_trial_court(place.postal)
        if "commonwealth" in tm:
            court, postal = "pacommwct", "PA"  # Pennsylvania's Commonwealth Court
        if (
            tm.startswith(("county", "common pleas", "court of common pleas"))
            or (tm.startswith("circuit court") and level == C.LEVEL_STATE)
        ) and (cn := _COUNTY_NAME_BEFORE.search(text, max(0, s - 30), s)):
            # "Yellowstone County District Court Judge …": the county's name too (not "Former"
            # or a sentence's first word before it)
            words = text[cn.start() : s].split()
            while words and words[0] in _NOT_COUNTY_WORDS:
                words.pop(0)
            if words:
                s = s - len(text[cn.start() : s]) + text[cn.start() : s].find(words[0])
        trial = level == C.LEVEL_STATE and bool(
            trial_owned
            or judicial
            or _STATE_TRIAL_TITLE.search(tm)
            # "State District Court Judge Michael G. Moses": a state's district court
            or ("state" in tm and "district" in tm)
        )
        if (
            level == C.LEVEL_DISTRICT
            and place is None
            and (tm.startswith("district") or not tm)
            and (titled := _state_titled(text, s)) is not None
            and (court is None or C.postal_of_court(court) != titled[1])
        ):
            # "Montana District Judge Shane Vannatta", "Wisconsin Judge Maryann Sumi": a judge
            # the state's name titles, whom the federal table (every Article III judge in
            # service) does not hold in that state, is a judge of the state's trial court
            s, postal, level, trial = titled[0], titled[1], C.LEVEL_STATE, True
            court = C.state_trial_court(postal)
        return CourtRef(s, end, "judge", court, level, postal=postal, judge=name.split()[-1],
                        place=place.name if place else None, trial=trial,
                        trial_title=bool(_TRIAL_TITLE.search(tm)),
                        federal=level != C.LEVEL_STATE and bool(_FEDERAL_TITLE.search(tm)),
                        )  # fmt: skip
    if kind == "lower_judge":
        name = _clean_name(g["name"])
        court = C.judge_court(name, date=date, middle=True) if name else None
        if court is None or not name:
            return None  # (a name the judges' table does not hold: no court to give)
        return CourtRef(s, m.start("name") + len(name), "judge", court, C.level_of(court),
                        judge=name.split()[-1], federal=True)  # fmt: skip
    # generic
    head = " ".join(g["head"].lower().split())
    if head == "court of appeals":
        head = "appeals court"
    judge_place: C.Place | None = None
    if head == "court" and not g.get("post"):
        judge_after = _JUDGE_AFTER.match(text, e)
        if judge_after:
            # "a San Francisco federal court judge's April 25 preliminary injunction": the
            # judge of that court, whose ruling the possessive names
            e, head = judge_after.end(), "judge"
            judge_in = _judge_in().match(text, e)
            if judge_in:
                # "a federal district court judge in Austin": the judge's place
                e, judge_place = judge_in.end(), C.resolve_place(judge_in.group("pl"))
    det = (g.get("det") or "").strip().lower()
    mods = (g.get("mods") or "").lower()
    if head == "jurors" or head.startswith("jury and"):
        head = "jury"  # "Jurors in Manhattan convicted …", "A jury and judge awarded …"
    if head == "judges" and g.get("place3") and not _PANEL_MODS.search(mods):
        # "federal judges in Boise and Tucson paused the policy": two trial judges, each in
        # a district its place names; the phrase is the first one's when that place names one
        # district ("judges in Texas and Ohio" say no district of either)
        other = _and_place().match(text, e)
        first = _place_from(m, "place1", "place2", "place3", found=g)
        second = C.resolve_place(other.group("pl")) if other else None
        if (
            other is not None
            and first is not None
            and first.district
            and second is not None
            # (a second state of several districts, "Washington state", still says two places)
            and (second.district or second.postal != first.postal)
            and second.district != first.district
            and "state" not in mods
            and "county" not in mods
        ):
            return CourtRef(s, other.end(), "judge", first.district, C.LEVEL_DISTRICT,
                            postal=first.postal, place=first.name)  # fmt: skip
    if head == "judges":
        # "the three judges", "the appellate judges": the panel named before; judges in
        # general ("judges across the country") are no court
        if det != "the" or not (_PANEL_MODS.search(mods) or _PERFECT_AFTER.match(text, e)):
            return None  # (bare "the judges" only as "…, the judges have ruled.")
        return CourtRef(s, e, "panel", None, C.LEVEL_APPEALS, anaphoric=True)
    if head in ("judge", "court") and text[m.end("head") : m.end("head") + 1] == "s":
        return None  # (asked before the place: it settles the match whatever the place)
    rehearing = "full" in mods or "banc" in mods
    if head == "circuit" and not rehearing:
        return None  # "the circuit court" is a state's trial court, left to its own pattern
    place = _place_from(m, "place1", "place2", "place3", found=g) or judge_place
    county = _COUNTY_AFTER.match(text, e) if place is not None else None
    if county and head in ("judge", "court", "jury") and "federal" not in mods:
        # "a judge in Montgomery County": a county's court, not the city's federal district;
        # which state's, the discourse says
        return CourtRef(s, county.end(), "judge" if head == "judge" else "court", None,
                        C.LEVEL_STATE, trial=True)  # fmt: skip
    if place is None and head in ("judge", "court", "jury") and "federal" not in mods:
        county = _IN_COUNTY.match(text, e)
        if county:
            # "A judge in Effingham County has put a partial stop to …": a county the
            # places table does not know is still a county's court, whose state the
            # discourse says
            return CourtRef(s, county.end(), "judge" if head == "judge" else "court", None,
                            C.LEVEL_STATE, trial=True)  # fmt: skip
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
        if det not in ("the", "a", "an"):  # "a jury found him guilty" too
            return None
        # "The jury also awarded her $16.8 million": the trial's jury, its court the trial
        # court the discourse names (a verdict only with a verdict's verb after it)
        return CourtRef(s, e, "court", None, C.LEVEL_DISTRICT, generic=True)
    # ("a Virginia magistrate judge": a magistrate judge is a federal district court's, never
    # the state's circuit court that "a Virginia judge" is)
    federal = (
        "federal" in mods or "u.s." in mods or "US" in g.get("mods", "") or "magistrate" in mods
    )
    if (
        head == "jury"
        and place is not None
        and place.postal
        and not federal
        and C._fold(place.name) in C.state_by_name()
        and C._fold(place.name) != "washington"
    ):
        # "a South Carolina jury", "a jury in Florida": a state court's jury (a federal one
        # is "a federal jury"), never the state's only federal district
        return CourtRef(s, e, "court", C.state_trial_court(place.postal), C.LEVEL_STATE,
                        postal=place.postal, place=place.name, trial=True)  # fmt: skip
    if (
        (head == "appeals court" or "appeals" in mods or "appellate" in mods)
        and g.get("place1")
        and not federal
    ):
        # "A Minnesota appeals court", "A Florida appeals panel": that state's intermediate
        # court of appeals where courts-db has one id for it, else a state court still to
        # be named — never the federal circuit ("an appeals court in Minnesota" may be)
        of_state = C.state_by_name().get(C._fold(g["place1"]))
        if of_state:
            apps = C.state_appeals_court(of_state.postal)
            return CourtRef(s, e, role, apps, C.LEVEL_STATE, postal=of_state.postal,
                            state_appeals=apps is None)  # fmt: skip
    if (
        (head == "appeals court" or "appeals" in mods or "appellate" in mods)
        and place is not None
        and place.postal
        and not federal
        and C._fold(place.name) not in C.state_by_name()
        and C._fold(place.name) not in _CIRCUIT_SEATS
    ):
        # "the appellate court in Austin": a city where no federal court of appeals sits is
        # a state appeals court's (Texas's Third Court of Appeals), never the 5th Circuit
        apps = C.state_appeals_court(place.postal)
        return CourtRef(s, e, role, apps, C.LEVEL_STATE, postal=place.postal,
                        state_appeals=apps is None)  # fmt: skip
    if (
        g.get("place1")
        and "district" in mods
        and not federal
        and place is not None
        and place.postal in C.district_court_states()
        and C._fold(g["place1"]) not in C.state_by_name()
        and not g.get("place2")
        and not g.get("place3")
    ):
        # "A Missoula District Court judge": in a state whose trial courts are district
        # courts, a city's or county's "District Court" is the state's (a federal one is
        # "the U.S. District Court in Missoula"), never the federal district of that city
        return CourtRef(s, e, role, C.state_trial_court(place.postal), C.LEVEL_STATE,
                        postal=place.postal, place=place.name, trial=True)  # fmt: skip
    if (
        "trial" in mods
        and head in ("judge", "court")
        and g.get("place1")
        and not federal
        and "district" not in mods
        and (of_state := C.state_by_name().get(C._fold(g["place1"]))) is not None
        and C._fold(g["place1"]) != "washington"
    ):
        # (twenty-seventh session, census38 P5) "An Iowa trial court granted …", "a
        # Nebraska trial judge": the state's trial court of general jurisdiction (a federal
        # one is "a federal trial court"), never the state's federal district
        return CourtRef(s, e, role, C.state_trial_court(of_state.postal), C.LEVEL_STATE,
                        postal=of_state.postal, place=of_state.name, trial=True,
                        trial_title=True)  # fmt: skip
    if "local" in mods and head in ("judge", "court", "jury") and not federal:
        # "A local court has now halted the rules": a state's trial court, whose state the
        # place or the discourse says (as "a judge in Effingham County")
        return CourtRef(s, e, role, None, C.LEVEL_STATE, trial=True)
    if (head == "appeals court" or "appeals" in mods or "appellate" in mods) and "state" in mods:
        # "a state appeals court": a state's intermediate court, never a federal circuit
        # (courts-db has no one id for most; the court stays unknown)
        return CourtRef(s, e, role, None, C.LEVEL_STATE, state_appeals=True)
    if head == "appeals court" or "appeals" in mods or "appellate" in mods:
        level = C.LEVEL_APPEALS
    elif head == "circuit" or "banc" in mods:
        level = C.LEVEL_APPEALS  # "the full circuit", "the en banc court": a court of appeals'
    elif head == "court" and "state" in mods and ("high" in mods or "top" in mods):
        # "A divided state high court on Monday voided …": the court of last resort of the
        # state the story is about, as "the state Supreme Court" (the discourse says which)
        return CourtRef(s, e, role, None, C.LEVEL_STATE, anaphoric=True, high=True)
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
        # "the lower court": the court below, which the discourse names (see fill_courts);
        # "a lower court judge in East St. Louis": the federal district of the city it names
        # (a state's or a county's name says no district: still the discourse's)
        if place is not None and place.district and "state" not in mods:
            return CourtRef(s, e, role, place.district, C.LEVEL_DISTRICT, postal=place.postal,
                            place=place.name, lower=True)  # fmt: skip
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
            if court is None and g.get("dir3") and place.postal and (head != "jury" or federal):
                # "a federal court in western Louisiana": the district its direction names (not
                # "a jury in northwestern Florida", which may be the state's)
                suffix = g["dir3"].strip()[0].lower() + "d"
                hits = [d for d in C.districts_of(place.postal) if d.endswith(suffix)]
                court = hits[0] if len(hits) == 1 else None
    if ("three-judge" in mods or "3-judge" in mods) and head == "court" and level is None:
        level = C.LEVEL_DISTRICT  # a three-judge court is a district court, never the Supreme
    if head == "justices" and level == C.LEVEL_SUPREME:
        court = "scotus"  # (not "three appellate justices": a court of appeals' panel)
        hst = C.state_by_name().get(C._fold(place.name)) if place is not None else None
        if hst is not None and hst.high_courts and not federal and "U.S." not in mods:
            # "Wyoming justices struck down the ban": that state's court of last resort,
            # never the U.S. Supreme Court
            court, level = hst.high_courts[0], C.LEVEL_STATE
    anaphoric = det in ("the", "this", "that") and not place
    generic = court is None and not anaphoric
    distinct = det == "another" or bool(mods and _DISTINCT.search(mods))
    return CourtRef(s, e, role, court, level, postal=postal, anaphoric=anaphoric,
                    generic=generic, place=place.name if place else None,
                    distinct=distinct, bench=rehearing and level is None,
                    # "a trial judge" never sits on a court of appeals or of last resort
                    federal=federal, trial_title="trial" in mods)  # fmt: skip


@lru_cache(maxsize=4)
def _joint_court(name: str, text: str, s: int, e: int) -> str | None:
    """The court of a judge who sits on two at once (Brian C. Wimes, E.D. and W.D. Mo.) that
    the judge's own sentence or the dateline places by words only that court has ("Kansas
    City", "the Western District"); none when they name neither or both ("the St.
    Louis-based 8th Circuit" a sentence before is the appeals court's seat). (Rare: a handful
    of judges.)"""
    courts = C.joint_judge(name)
    if not courts:
        return None
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), 0)
    b = min(x for x in (text.find(". ", e), text.find("\n", e), len(text)) if x >= 0)
    where = text[a:b] + " " + text[:60]  # (the sentence, and a dateline: "KANSAS CITY, Mo. —")
    placed = []
    for c in courts:
        others = {w for o in courts if o != c for w in C.court_clues(o)}
        if any(w in where for w in C.court_clues(c) if w not in others):
            placed.append(c)
    return placed[0] if len(placed) == 1 else None


def _new_york_trial(text: str) -> bool:
    """Whether a bare "Supreme Court" in ``text`` is New York's trial court: the story names
    the Appellate Division (the court that reviews it) and never the U.S. Supreme Court."""
    return held_in(text, "Appellate Division") and not _US_SUPREME.search(text)


_US_SUPREME = deferred(
    r"(?:U\.S\.|US|United\s+States|nation['’]s)\s+(?:Supreme|highest)\s+[Cc]ourt"
)


@lru_cache(maxsize=4)
def _first_mass(text: str) -> int:
    """Where ``text`` first names Massachusetts (-1: never), found once per text."""
    m = _MASS_BEFORE.search(text)
    return m.start() if m else -1


def _after_comma(text: str, s: int) -> bool:
    """Whether a comma and white space stand just before ``s``, as they end every place lead
    (a cheap test before the lead's pattern runs from the sentence's start)."""
    k = s
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k < s and k > 0 and text[k - 1] == ","


@cache
def _and_place() -> re.Pattern[str]:
    """A second place after "judges in Boise": " and Tucson", " and in San Francisco"."""
    return re.compile(rf"\s+and\s+(?:in\s+)?(?P<pl>{place_re()})\b(?!['’-])")


@cache
def _judge_in() -> re.Pattern[str]:
    """The place after a judge: " in Austin", " in San Francisco"."""
    return re.compile(rf"\s+in\s+(?P<pl>{place_re()})\b")


@cache
def _place_lead() -> re.Pattern[str]:
    """A sentence opening on its place: "In Memphis, ", "Meanwhile, in Alabama, "."""
    return re.compile(rf"[\s“\"]*(?:[A-Z]\w+,\s+)?[Ii]n\s+(?P<pl>{place_re()}),\s+")
