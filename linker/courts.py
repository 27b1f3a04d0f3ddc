"""Courts named in prose, mapped to CourtListener court ids.

Data lives in ``linker/data``: ``federal_districts.csv`` (state → districts and circuit, from
28 U.S.C. ch. 5 and § 41), ``court_cities.csv`` (city → district, from the statute's lists of
places where court is held) and ``federal_judges.csv`` (judge → court, from the FJC directory).
State courts come from courts-db, whose ids are CourtListener's, through ``courts_db.json``: a
table ``scripts/gen_courts_table.py`` generates from courts-db (``make data-courts``), so that no
run compiles courts-db's thousands of regexes.

Everything here is pure: functions read the packaged data once and never touch the network.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from .lexicon import ordinals

CIRCUIT_ORDINALS = ordinals()  # "the Ninth Circuit" → 9, from the lexicon

STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO",
    "Conn.": "CT", "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN",
    "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI",
    "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV",
    "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD",
    "Tenn.": "TN", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY",
}  # fmt: skip
# Names a state goes by in prose that are not its name ("a federal judge in Washington state"
# is never D.C.).
# Hawaii as its own newspapers spell it, with the ʻokina or an apostrophe for it ("The
# Hawai'i Supreme Court struck down …").
STATE_ALIASES = {
    "Washington state": "WA", "Washington State": "WA",
    "Hawai'i": "HI", "Hawai’i": "HI", "Hawaiʻi": "HI",
}  # fmt: skip


@dataclass(frozen=True)
class State:
    name: str
    postal: str
    districts: tuple[str, ...]
    circuit: str
    high_courts: tuple[str, ...] = ()  # courts of last resort, civil first (tex, texcrimapp)


@dataclass(frozen=True)
class Judge:
    name: str
    last: str
    first: str
    court: str
    source: str
    given: tuple[str, ...] = ()  # every name before the surname, folded, without full stops


@lru_cache(maxsize=8192)  # a pure function of the tables, asked again and again
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("linker.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def states() -> dict[str, State]:
    """States (and D.C., territories) keyed by postal code."""
    out: dict[str, State] = {}
    for r in _rows("federal_districts.csv"):
        out[r["postal"]] = State(
            r["state"],
            r["postal"],
            tuple(r["districts"].split()),
            r["circuit"],
            tuple((r.get("high_courts") or "").split()),
        )
    return out


@cache
def state_by_name() -> dict[str, State]:
    out = {_fold(s.name): s for s in states().values()}
    for abbr, postal in (STATE_ABBREVIATIONS | STATE_ALIASES).items():
        out[_fold(abbr)] = states()[postal]
    return out


@cache
def cities() -> dict[str, list[tuple[str, str]]]:
    """City name (folded) → [(postal, district)]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in _rows("court_cities.csv"):
        out.setdefault(_fold(r["city"]), []).append((r["postal"], r["district"]))
    return out


@cache
def judges() -> tuple[Judge, ...]:
    out = []
    for r in _rows("federal_judges.csv"):
        # "John Glover Roberts, Jr.": the suffix after the comma; the surname as the table
        # gives it ("St. Eve", "Van Tatenhove"), its last word the key
        head = r["name"].split(",")[0]
        surname = r.get("surname") or head.split()[-1]
        before = head[: len(head) - len(surname)] if head.endswith(surname) else head
        parts = before.split()
        given = tuple(_fold(p).rstrip(".") for p in parts)
        last = _fold(surname.split()[-1])
        first = given[0] if given else last
        out.append(Judge(r["name"], last, first, r["court"], r["source"], given))
    return tuple(out)


@cache
def nicknames() -> dict[str, frozenset[str]]:
    """A nickname → the given names it stands for ("bill" → william), ``nicknames.csv``."""
    out: dict[str, set[str]] = {}
    for r in _rows("nicknames.csv"):
        out.setdefault(r["nickname"], set()).add(r["name"])
    return {k: frozenset(v) for k, v in out.items()}


def place_names() -> list[str]:
    """Every state and city name the data knows, longest first (for building regexes)."""
    return list(_place_names())


@cache
def _place_names() -> tuple[str, ...]:
    names = {s.name for s in states().values()}
    names |= {r["city"] for r in _rows("court_cities.csv")}
    names |= set(STATE_ABBREVIATIONS) | set(STATE_ALIASES)
    return tuple(sorted(names, key=len, reverse=True))


@dataclass(frozen=True)
class Place:
    """A place in prose: the district it pins down (if any) and its state."""

    name: str
    postal: str | None
    district: str | None


@lru_cache(maxsize=8192)  # a pure function of the tables, asked again and again
def resolve_place(name: str, qualifier: str | None = None) -> Place | None:
    """``"Chicago"`` → ilnd; ``"Oregon"`` → ord; ``"Texas"`` → state only (four districts).

    ``qualifier`` is a following state ("Portland, Maine"), which decides between cities.
    """
    key = _fold(name.strip())
    qstate = state_by_name().get(_fold(qualifier.strip())) if qualifier else None
    hits = cities().get(key, [])
    if qstate:
        hits = [h for h in hits if h[0] == qstate.postal]
    if len(hits) == 1:
        return Place(name, hits[0][0], hits[0][1])
    st = state_by_name().get(key)
    if st and not (hits and key == "washington"):
        return Place(name, st.postal, st.districts[0] if len(st.districts) == 1 else None)
    if qstate:
        d = qstate.districts[0] if len(qstate.districts) == 1 else None
        return Place(name, qstate.postal, d)
    return None


def circuit_for(place: Place) -> str | None:
    if place.postal and place.postal in states():
        return states()[place.postal].circuit
    return None


_SPACES = cache(lambda: re.compile(r"\s+"))


_ORDINAL = cache(lambda: re.compile(r"(\d{1,2})(?:st|nd|rd|th)"))


def circuit_id(token: str) -> str | None:
    """``"9th"``/``"Ninth"`` → ca9; ``"D.C."`` → cadc; ``"Federal"`` → cafc."""
    t = _SPACES().sub(" ", token.strip().lower().rstrip("."))
    if t in ("d.c", "dc", "district of columbia"):
        return "cadc"
    if t in ("federal", "fed"):  # "Fed. Circ." (trade press)
        return "cafc"
    m = _ORDINAL().fullmatch(t)
    n = int(m.group(1)) if m else CIRCUIT_ORDINALS.get(t)
    return f"ca{n}" if n and 1 <= n <= 11 else None


# Words that open a two-word surname ("St. Eve", "Van Tatenhove", "de Alba")
_SURNAME_PARTICLES = frozenset({"st", "van", "von", "de", "del", "della", "la", "le", "di", "da"})


@lru_cache(maxsize=8192)  # a pure function of the tables, asked again and again
def judge_court(
    name: str, *, justice: bool = False, date: str | None = None, middle: bool = False
) -> str | None:
    """The court of a judge named in prose, or ``None`` when unknown or ambiguous.

    ``name`` may be a surname or a full name; a first name, when given, must match.
    ``justice`` restricts to the Supreme Court ("Justice Breyer"); otherwise justices are
    excluded ("Judge Breyer" is Charles R. Breyer of N.D. Cal., not Stephen Breyer).
    ``date`` (ISO, the article's) reads the judges' past appointments
    (``former_federal_judges.csv``): the court a judge named with a given name sat on that
    day ("U.S. District Judge Sam Kent" in 2008; "J. Michelle Childs" of D.S.C. in 2015).
    ``middle`` accepts the middle name the FJC spells out after a first name as the one given
    name ("Michelle Childs"): only for a caller that then asks the article to place the court
    (``by_middle_name``), since "Daniel Moss" alone is as likely another judge.
    """
    found = judge_courts(name, justice=justice, date=date, middle=middle)
    return next(iter(found)) if len(found) == 1 else None


def _split_name(name: str) -> tuple[str, tuple[str, ...]] | None:
    parts = [p for p in re.split(r"\s+", name.strip()) if p]
    parts = [p for p in parts if _fold(p).rstrip(".") not in ("jr", "sr", "ii", "iii")]
    if not parts:
        return None
    last = _fold(parts[-1]).rstrip(",")
    given = [_fold(p).rstrip(".") for p in parts[:-1]]
    if given and given[-1] in _SURNAME_PARTICLES:
        given.pop()  # "Amy St. Eve": the particle is the surname's
    return last, tuple(given)


@lru_cache(maxsize=8192)
def judge_courts(
    name: str, *, justice: bool = False, date: str | None = None, middle: bool = False
) -> frozenset[str]:
    """Every court ``judge_court`` could mean (one: certain; a joint judgeship such as Brian
    C. Wimes's E.D. and W.D. Mo. gives both, ``joint_judge``)."""
    split = _split_name(name)
    if split is None:
        return frozenset()
    last, given = split
    if not given and not justice and last in _common_surnames():
        # "Judge Smith" alone: the table holds a few hundred federal judges, and a common
        # surname is as likely a state judge or one it lacks (an earlier full name still
        # gives the court: the article's own judges are matched by surname)
        return frozenset()
    now = _courts_of(last, given, justice)
    if not now and middle and len(given) == 1:
        # the middle name a judge goes by, the FJC's first name spelt out ("Michelle Childs"
        # for Julianna Michelle Childs): the scanner keeps it only where the article places
        # the court (``by_middle_name``)
        now = _courts_of(last, given, justice, middle=True)
    if not [g for g in given if len(g) > 1]:
        return now  # (past appointments only for a judge named with a given name)
    # a common surname reads the past only on a date the judge sat: "John Smith" of an
    # undated story is as likely anyone else as John Lewis Smith of D.D.C., gone since 1992
    common = last in _common_surnames()
    past = [
        s
        for s in _former_by_last().get(last, ())
        if (s.court == "scotus") == justice
        and (
            _given_names_agree(list(given), s.given)
            or (middle and _middle_name(list(given), s.given))
        )
    ]
    if not past:
        return now
    if date:
        held = frozenset(s.court for s in past if s.commissioned <= date <= s.ended)
        if held:
            return held  # the court the judge sat on that day
        if now or common:
            return now
        # a judge who had left before the story: the court they sat on, if one
        return frozenset(s.court for s in past if s.commissioned <= date)
    return now or (frozenset() if common else frozenset(s.court for s in past))


@lru_cache(maxsize=1024)
def by_middle_name(name: str) -> bool:
    """Whether ``name`` finds its judge only by the middle name the FJC spells out after a
    first name ("Michelle Childs", "Paul Oetken", "Brooke Jackson"): right for the judges
    who go by it, but a state judge of that name is as likely, so the scanner keeps the court
    only where the article places it, as for a bare surname."""
    split = _split_name(name)
    if split is None:
        return False
    last, given = split
    if len(given) != 1 or len(given[0]) < 2:
        return False
    judges = _judges_by_last().get(last, ()) + _former_by_last().get(last, ())
    return not any(_given_names_agree([given[0]], j.given) for j in judges) and any(
        _middle_name([given[0]], j.given) for j in judges
    )


@lru_cache(maxsize=1024)
def joint_judge(name: str) -> frozenset[str]:
    """The courts of a judge who sits on two at once (Brian C. Wimes: E.D. and W.D. Mo.):
    two or more courts, all one judge's (one FJC id); empty otherwise."""
    split = _split_name(name)
    if split is None:
        return frozenset()
    last, given = split
    rows = [
        j
        for j in _judges_by_last().get(last, ())
        if j.court != "scotus" and _given_names_agree(list(given), j.given)
    ]
    ids = {j.source.rpartition("jid ")[2] for j in rows}
    courts = frozenset(j.court for j in rows)
    if len(courts) < 2 or len(ids) != 1 or "jid " not in rows[0].source:
        return frozenset()
    return courts


def _courts_of(
    last: str, given: tuple[str, ...], justice: bool, middle: bool = False
) -> frozenset[str]:
    agree = _middle_name if middle else _given_names_agree
    return frozenset(
        j.court
        for j in _judges_by_last().get(last, ())
        if j.last == last and agree(list(given), j.given) and ((j.court == "scotus") == justice)
    )


def _middle_name(said: list[str], known: tuple[str, ...]) -> bool:
    """One full given name that is the FJC's middle name after a full first name ("Michelle"
    of Julianna Michelle Childs)."""
    return (
        len(said) == 1
        and len(said[0]) > 1
        and len(known) >= 2
        and len(known[0]) > 1
        and said[0] in known[1:]
        and said[0] != known[0]
    )


class Service(NamedTuple):
    """An ended appointment of a federal judge (``former_federal_judges.csv``; a tuple of
    strings, which the garbage collector stops tracking: the table costs the scans after it
    is read nothing)."""

    name: str
    last: str
    court: str
    commissioned: str  # ISO dates
    ended: str
    given: tuple[str, ...] = ()


@cache
def _former_by_last() -> dict[str, tuple[Service, ...]]:
    """The past appointments by folded surname, read on the first judge named with a given
    name (start-up does not pay for them)."""
    out: dict[str, list[Service]] = {}
    for r in _rows("former_federal_judges.csv"):
        head = r["name"].split(",")[0]
        surname = r["surname"]
        before = head[: len(head) - len(surname)] if head.endswith(surname) else head
        given = tuple(_fold(p).rstrip(".") for p in before.split())
        last = _fold(surname.split()[-1])
        out.setdefault(last, []).append(
            Service(r["name"], last, r["court"], r["commissioned"], r["ended"], given)
        )
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)  # a pure function of the tables
def unlisted_judge(name: str) -> bool:
    """Whether a judge named in full ("Spencer Ludington": a given name and a surname) is no
    judge of the table: the table holds every Article III judge in service when the FJC's
    export was made, so such a name is a state judge's, a magistrate's, or a judge's the
    table lacks (confirmed since). A surname alone is never unlisted."""
    parts = [p for p in name.split() if _fold(p).rstrip(".,") not in ("jr", "sr", "ii", "iii")]
    given = [_fold(p).rstrip(".") for p in parts[:-1]]
    given = [g for g in given if g not in _SURNAME_PARTICLES]
    if not parts or not [g for g in given if len(g) > 1]:
        return False
    last = _fold(parts[-1]).rstrip(",")
    nick = nicknames()
    full = [g for g in given if len(g) > 1]
    for j in _judges_by_last().get(last, ()) + _former_by_last().get(last, ()):
        # (loosely: any name of the judge's, a middle name one goes by too — "Duane Benton"
        # for William Duane Benton — since this only tells a judge the table has)
        if any(g in j.given or nick.get(g, frozenset()) & set(j.given) for g in full):
            return False
    return True


@cache
def _shared_counties() -> dict[str, frozenset[str]]:
    return {
        _fold(r["county"]): frozenset(r["states"].split()) for r in _rows("shared_county_names.csv")
    }


def county_states(name: str) -> frozenset[str]:
    """The postal codes of the states that have a county of this name ("Montgomery" →
    eighteen states), from ``shared_county_names.csv`` (the names two or more states share);
    empty for a name one state has or none."""
    return _shared_counties().get(_fold(name), frozenset())


@cache
def _common_surnames() -> frozenset[str]:
    return frozenset(_fold(r["surname"]) for r in _rows("common_surnames.csv"))


@cache
def _judges_by_last() -> dict[str, tuple[Judge, ...]]:
    out: dict[str, list[Judge]] = {}
    for j in judges():
        out.setdefault(j.last, []).append(j)
    return {k: tuple(v) for k, v in out.items()}


def _given_names_agree(said: list[str], known: tuple[str, ...]) -> bool:
    """Whether the names the text puts before a surname fit a judge's.

    One name must be one of the judge's ("Charles Breyer", "Stan Baker" for R. Stan Baker).
    With several ("R. Stan Baker", "Victoria M. Calvert") each full name must be one of the
    judge's and each initial some name's initial."""
    if not said:
        return True
    nick = nicknames()
    # a nickname for one of the judge's names ("Bill Young" for William G. Young)
    said = [w if w in known else next((n for n in nick.get(w, ()) if n in known), w) for w in said]
    if len(said) == 1:
        # a first name, or the middle name a judge goes by after an initial ("Stan Baker" for
        # R. Stan Baker, "Campbell Barker"); the FJC spells middle names out ("Randolph Daniel
        # Moss"), and one a judge does not go by is no first name ("Daniel Moss")
        if len(said[0]) == 1 or not known or said[0] == known[0]:
            return True
        return said[0] in known and len(known[0]) == 1
    if len(known) == 1 and len(known[0]) > 1 and said[0] == known[0]:
        # a row with a first name only (the table lacks the middle name): the first name
        # followed by middle initials ("Marla T. Quenby" for a row "Marla Quenby")
        return all(len(w) == 1 for w in said[1:])
    initials = {k[:1] for k in known}
    # (a middle name the table has as its initial: "Randolph Daniel Moss" is Randolph D. Moss)
    only_initials = {k for k in known if len(k) == 1}
    full = [w for w in said if len(w) > 1]
    return (
        any(w in known for w in full)
        and all(w in known or w[:1] in only_initials for w in full)
        and all(w[:1] in initials for w in said if len(w) == 1)
    ) or (not full and all(w[:1] in initials for w in said))


# The names linker asks courts-db about, each filled with every state's name from
# federal_districts.csv. ``scripts/gen_courts_table.py`` records courts-db's answer to each in
# ``courts_db.json``; a name outside these patterns has no answer there.
COURTS_DB_QUERIES = (
    "{} Supreme Court",
    "{} Court of Appeals",
    "District Court of {}",
    "Superior Court of {}",
    "{} Superior Court",
    "{} Circuit Court",
)


def courts_db_queries() -> list[str]:
    """Every name ``_courts_db_find`` can be asked (the generated table answers these)."""
    return [p.format(st.name) for st in states().values() for p in COURTS_DB_QUERIES]


@dataclass(frozen=True)
class CourtRow:
    """What linker reads of one courts-db court."""

    id: str
    label: str  # citation_string, else name, else the id
    system: str  # "state", "federal", ...
    type: str  # "trial", "appellate", ...
    location: str | None
    current: bool  # no end date in any of its date ranges


@dataclass(frozen=True)
class CourtsTable:
    courts_db_version: str
    courts: dict[str, CourtRow]
    queries: dict[str, tuple[str, ...]]  # name → courts-db's find_court ids, sorted


@cache
def courts_table() -> CourtsTable:
    """``courts_db.json``, read once: every courts-db court and its answers to our names."""
    text = resources.files("linker.data").joinpath("courts_db.json").read_text(encoding="utf-8")
    data = json.loads(text)
    cols = data["columns"]
    rows = (dict(zip(cols, r, strict=True)) for r in data["courts"])
    return CourtsTable(
        data["courts_db_version"],
        {
            r["id"]: CourtRow(
                r["id"], r["label"], r["system"], r["type"], r["location"], bool(r["current"])
            )
            for r in rows
        },
        {q: tuple(ids) for q, ids in data["queries"].items()},
    )


def bankruptcy_court(district: str) -> str | None:
    """The bankruptcy court of a federal district court (``ded`` → ``deb``, ``txsd`` →
    ``txsb``), when courts-db has it; else None."""
    row = courts_table().courts.get(district)
    if row is None or row.type != "trial" or row.system != "federal" or not district.endswith("d"):
        return None
    bk = courts_table().courts.get(district[:-1] + "b")
    return bk.id if bk is not None and bk.type == "bankruptcy" else None


def _courts_db_find(name: str) -> tuple[str, ...]:
    """courts-db's ``find_court(name)``, from the generated table (ids sorted)."""
    return courts_table().queries.get(name, ())


def state_high_court(postal: str, *, criminal: bool = False) -> str | None:
    """The state's court of last resort ("the Illinois Supreme Court" → ill; New York's is
    the Court of Appeals, ny). ``criminal`` asks for the separate court of last resort in
    criminal cases where a state has one (Texas, Oklahoma: texcrimapp, oklacrimapp); other
    states answer with their one high court. From ``federal_districts.csv``'s
    ``high_courts`` column (courts-db ids)."""
    st = states().get(postal)
    if not st or not st.high_courts:
        return None
    return st.high_courts[-1] if criminal else st.high_courts[0]


@cache
def _state_high_courts() -> frozenset[str]:
    return frozenset(c for st in states().values() for c in st.high_courts)


def state_high_courts() -> frozenset[str]:
    """Every state's court of last resort (courts-db ids)."""
    return _state_high_courts()


def is_state_high_court(court: str) -> bool:
    """Whether ``court`` is some state's court of last resort."""
    return court in _state_high_courts()


@cache
def state_of_high_court(court: str) -> str | None:
    """The postal code of the state whose court of last resort ``court`` is."""
    return next((st.postal for st in states().values() if court in st.high_courts), None)


def courts_db_trial_court(postal: str) -> str | None:
    """``state_trial_court`` where courts-db itself has the id: what "An Arkansas judge has
    blocked …" (words that may as well name a federal judge of the state) is given; an id
    only CourtListener has (``_COURTLISTENER_TRIAL_COURTS``) is kept for words or a discourse
    that make the court a state one (a county's judge, "a state judge", a state high court's
    review)."""
    court = state_trial_court(postal)
    return None if court in _COURTLISTENER_TRIAL_COURTS.values() else court


@cache
@cache
def district_court_states() -> frozenset[str]:
    """The postal codes of the states whose trial courts of general jurisdiction are called
    district courts (``state_district_courts.csv``): Montana, Texas, Oklahoma …"""
    return frozenset(r["postal"] for r in _rows("state_district_courts.csv"))


def state_trial_court(postal: str) -> str | None:
    """The state's general trial court, if courts-db (or, failing it, CourtListener) has a
    single id for it."""
    st = states().get(postal)
    if not st:
        return None
    patterns = (
        ("{} Supreme Court",)  # New York's trial court of general jurisdiction
        if postal == "NY"
        else (
            "District Court of {}",
            "Superior Court of {}",
            "{} Superior Court",
            "{} Circuit Court",
        )
    )
    for pattern in patterns:
        hits = _courts_db_find(pattern.format(st.name))
        # never a federal district's id ("District Court of Maryland" is not D. Md.), nor
        # a defunct federal court courts-db also finds ("District Court, D. Illinois")
        if (
            len(hits) == 1
            and hits[0] not in st.high_courts
            and not postal_of_court(hits[0])
            and _is_current_state_court(hits[0], st.name)
        ):
            return hits[0]
    return (
        _trial_court_by_label(st.name)
        or _UNTYPED_TRIAL_COURTS.get(postal)
        or _MISSPELT_TRIAL_COURTS.get(postal)
        or _SHORT_LABEL_TRIAL_COURTS.get(postal)
        or _COURTLISTENER_TRIAL_COURTS.get(postal)
    )


# State trial courts of general jurisdiction courts-db (0.10.27) files with no type, so that
# ``_is_current_state_court`` passes them by: "Minnesota District Courts" (minndistct), the
# district court of Minn. Const. art. VI, § 1 (Minn. Stat. § 484.01; census36's county
# district court shape: "the Ramsey County District Court ruling").
_UNTYPED_TRIAL_COURTS = {"MN": "minndistct"}

# Trial courts courts-db files under a misspelt label, so that no pattern above finds them:
# "Washingon Superior Court" (courts-db 0.10.27) is Washington's superior courts.
_MISSPELT_TRIAL_COURTS = {"WA": "washsuperct"}

# Statewide district courts of general jurisdiction that courts-db files under a short label
# only ("Iowa Dist. Ct.", "Nev. Dist. Ct."), beside ids of single counties or districts: Iowa's
# district court (Iowa Code § 602.6101) and Nevada's district courts (Nev. Const. art. 6, § 6).
# (North Carolina's "N.C. Dist. Ct." is not here: its court of general jurisdiction is the
# superior court, which courts-db has no id for.)
_SHORT_LABEL_TRIAL_COURTS = {"IA": "iadistct", "NV": "nevdistct"}

# State trial courts courts-db 0.10.27 has no id for at all, which CourtListener files under one
# id for the whole state: Texas's district courts, the trial courts of general jurisdiction
# (Tex. Const. art. 5, § 8), are "texdistct", "Texas District Court"
# (https://www.courtlistener.com/api/rest/v4/courts/texdistct/, read 2026). Only ids read
# there; a state whose id could not be read keeps none.
_COURTLISTENER_TRIAL_COURTS = {"TX": "texdistct"}


# courts-db's short labels of a state's intermediate court of appeals as a whole ("Ohio Ct.
# App.", "Ill. App. Ct.", "N.Y. App. Div.", "Fla. Dist. Ct. App.", "Tex. App.", "Md. Ct. Spec.
# App."), not of one of its districts ("Florida First District Court of Appeal")
_APPEALS_LABEL = re.compile(
    r"(?:Ct\. App\.|App\. Ct\.|App\. Div\.|Ct\. Spec\. App\.|^\w+\. App\.)$"
)


# Not "the state's appeals court": Alabama's Court of Appeals was split in 1969 into courts of
# civil and of criminal appeals; Tennessee's Court of Criminal Appeals sits beside it.
_NOT_ONE_APPEALS_COURT = frozenset({"AL", "TN"})


# States with no intermediate court of appeals, whose trial courts' rulings go straight to
# the court of last resort (List of state intermediate appellate courts, en.wikipedia.org,
# read 2026: Delaware, Maine, Montana, New Hampshire, Rhode Island, South Dakota, Vermont and
# Wyoming): "the lower court" below their high court is the trial court.
NO_INTERMEDIATE_APPEALS = frozenset({"DE", "ME", "MT", "NH", "RI", "SD", "VT", "WY"})


def trial_court_below_high_court(court: str) -> str | None:
    """The trial court whose rulings the state court of last resort ``court`` reviews
    directly, where its state has no intermediate court of appeals (and courts-db one id for
    that trial court): "The Montana Supreme Court struck down the law … the lower court had
    blocked it" is Montana's district court."""
    postal = state_of_high_court(court)
    if postal is None or postal not in NO_INTERMEDIATE_APPEALS:
        return None
    return state_trial_court(postal)


@cache
def state_appeals_court(postal: str) -> str | None:
    """The state's intermediate court of appeals, where courts-db files it under one id
    ("A Florida appeals panel" → fladistctapp, "a New York appeals court" → nyappdiv, New
    Jersey's Appellate Division → njsuperctappdiv); None where a state has none or several
    (Pennsylvania's Superior and Commonwealth Courts): never a guess. courts-db's "current"
    flag is not asked: it marks Colorado's Court of Appeals ended."""
    st = states().get(postal)
    if not st or postal in _NOT_ONE_APPEALS_COURT:
        return None
    hits = [
        c
        for c, row in courts_table().courts.items()
        if row.system == "state"
        and row.location == st.name
        and c not in st.high_courts
        and (row.type == "appellate" or row.label.endswith("App. Div."))
        and _APPEALS_LABEL.search(row.label)
    ]
    return hits[0] if len(hits) == 1 else None


@cache
def _trial_court_by_label(state: str) -> str | None:
    """The state's trial courts of general jurisdiction that courts-db files under one id
    named for the whole state ("Georgia Superior Courts" → gasuperct, "Alabama Circuit
    Courts" → alacirct, "Circuit Courts of Oregon" → orcc, "Judicial District Court of
    Montana" → mtjdct: Mont. Const. art. VII, § 4), in that order of kinds."""
    table = courts_table().courts
    for kind in ("Superior", "Circuit", "District", "Judicial District"):
        for label in (
            f"{state} {kind} Courts",
            f"{kind} Courts of {state}",
            f"{kind} Court of {state}",
            # the singular "Colorado District Court" (coldistct) only where the district
            # courts are the state's courts of general jurisdiction (state_district_courts.csv):
            # Massachusetts's and Alaska's district courts are courts of limited jurisdiction
            *((f"{state} {kind} Court",) if kind == "District" and _district_state(state) else ()),
        ):
            hits = [c for c, row in table.items() if row.label == label]
            if len(hits) == 1 and _is_current_state_court(hits[0], state):
                return hits[0]
    return None


def _district_state(state: str) -> bool:
    """Whether ``state`` (a name) is one whose trial courts of general jurisdiction are its
    district courts (``state_district_courts.csv``)."""
    return any(
        st.name == state and st.postal in district_court_states() for st in states().values()
    )


# courts-db rows that name a state's trial court the state no longer has: Louisiana's trial
# courts are its judicial district courts (La. Const. art. V, § 14), Ohio's and Pennsylvania's
# their courts of common pleas (Ohio Const. art. IV, § 1; Pa. Const. art. V, § 5).
_DEFUNCT_TRIAL_COURTS = frozenset({"lasuperct", "ohiosuperct", "pacirct"})


@cache
def _is_current_state_court(court: str, state: str) -> bool:
    """Whether courts-db files ``court`` as a trial court of ``state``'s own system, with no
    end date (not "Washington County Superior Court, Ga." for Washington)."""
    if court in _DEFUNCT_TRIAL_COURTS:
        return False
    row = courts_table().courts.get(court)
    return (
        row is not None
        and row.system == "state"
        and row.type.startswith("trial")
        and row.location in (state, "Washington D.C." if "Columbia" in state else state)
        and row.current
    )


# States whose trial court of general jurisdiction courts-db (0.10.27, ``courts_db.json``)
# files county by county, each under its own CourtListener id: the shape of those rows'
# labels (the county's name in group 1) and the court's kind, which the text must name for
# the county's id to be given. Ohio's and Pennsylvania's courts of common pleas (Ohio Const.
# art. IV, § 1; Pa. Const. art. V, § 5: "Oh. Ct. Com. Pl., Franklin" → ohctcomplfrankl,
# "Bucks Cty. Ct. Cmn. Pleas" → pactcomplbucks), Oregon's and Virginia's circuit courts
# (Or. Rev. Stat. § 3.012; Va. Code § 17.1-500: "Lane Cty. Cir. Ct., O.R." → orcclane,
# "Fairfax Cir. Ct." → vaccfairfax).
_COUNTY_TRIAL_LABELS = {
    "OH": (r"Oh\. Ct\. Com\. Pl\., (.+?)(?:\s+Civil Division)?", "common pleas"),
    "PA": (r"(.+?) Cty\. Ct\. Cmn\. Pleas", "common pleas"),
    "OR": (r"(.+?) Cty\. Cir\. Ct\., O\.R\.", "circuit"),
    "VA": (r"(.+?)(?: County)? Cir\. Ct\.", "circuit"),
}


@cache
def _county_trial_courts() -> dict[tuple[str, str], str]:
    """(postal, county folded) → the county's trial court id, for the states of
    ``_COUNTY_TRIAL_LABELS`` (a county two current rows share is left out: no guess)."""
    by_name = {st.name: st.postal for st in states().values()}
    out: dict[tuple[str, str], str] = {}
    shared: set[tuple[str, str]] = set()
    for court, row in courts_table().courts.items():
        postal = by_name.get(row.location or "")
        spec = _COUNTY_TRIAL_LABELS.get(postal or "")
        if postal is None or spec is None or not row.current or not row.type.startswith("trial"):
            continue
        m = re.fullmatch(spec[0], row.label)
        if m is None:
            continue
        key = (postal, _fold(m.group(1)))
        if key in out:
            shared.add(key)
        out[key] = court
    for key in shared:
        del out[key]
    return out


def county_trial_kind(postal: str) -> str | None:
    """The kind of court ("common pleas", "circuit") whose county ids courts-db has for the
    state ``postal``, else None (its trial court is the state's one id, or none)."""
    spec = _COUNTY_TRIAL_LABELS.get(postal)
    return spec[1] if spec else None


# counties whose row courts-db labels misspelt: Pennsylvania's Allegheny County (Pittsburgh)
# is "Alleghany Cty. Ct. Cmn. Pleas" (pactcomplallegh); the state has no Alleghany County
_MISSPELT_COUNTIES = {("PA", "allegheny"): "alleghany"}


def county_trial_court(postal: str, county: str) -> str | None:
    """The trial court of general jurisdiction of ``county`` (its name without "County") in
    the state ``postal``, where courts-db has an id for that county's court: "Franklin" in
    Ohio → ohctcomplfrankl; else None (the caller keeps the state's id)."""
    name = _fold(county)
    return _county_trial_courts().get((postal, _MISSPELT_COUNTIES.get((postal, name), name)))


def court_label(court: str) -> str:
    """A short human label: ``ord`` → "D. Or.", ``scotus`` → "U.S. Supreme Court"."""
    if court == "scotus":
        return "U.S. Supreme Court"
    row = courts_table().courts.get(court)
    return row.label if row else court


def districts_of(postal: str) -> tuple[str, ...]:
    st = states().get(postal)
    return st.districts if st else ()


@cache
def _postal_by_district() -> dict[str, str]:
    out: dict[str, str] = {}
    for st in states().values():
        for d in st.districts:
            out.setdefault(d, st.postal)
    return out


@cache
def court_clues(court: str) -> tuple[str, ...]:
    """The words that place a federal court in an article, as printed: its state's name and
    abbreviations, the cities court_cities.csv puts in the district (``mad`` → Massachusetts,
    Mass., Boston, …) and a divided state's district ("Southern District"); for a court of
    appeals its ordinal ("Ninth Circuit", "9th Circuit") and its states' names; for the D.C.
    courts "D.C.", "Washington", "District of Columbia"; the CIT's and the Federal Circuit's
    names."""
    words: list[str] = []
    if court in ("dcd", "cadc"):
        return ("D.C.", "Washington", "District of Columbia", "DC Circuit")
    if court == "cit":
        return ("Court of International Trade", "trade court")
    if court == "cafc":
        return ("Federal Circuit",)
    m = re.fullmatch(r"ca(\d{1,2})", court)
    if m:
        n = int(m.group(1))
        names = [k for k, v in CIRCUIT_ORDINALS.items() if v == n]
        words += [f"{k.capitalize()} Circuit" for k in names]
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        words.append(f"{n}{suffix} Circuit")
        postals = [st.postal for st in states().values() if st.circuit == court]
    else:
        postal = postal_of_court(court)
        postals = [postal] if postal else []
        words += [r["city"] for r in _rows("court_cities.csv") if r["district"] == court]
        direction = {"n": "Northern", "s": "Southern", "e": "Eastern", "w": "Western",
                     "m": "Middle", "c": "Central"}  # fmt: skip
        if len(court) == 4 and court[2] in direction:
            words.append(f"{direction[court[2]]} District")  # "the Southern District"
    for postal in postals:
        # (the state's name first: the likeliest, and the search stops at the first found)
        words.insert(0, states()[postal].name)
        words += [a for a, p in (STATE_ABBREVIATIONS | STATE_ALIASES).items() if p == postal]
    # (and as a dateline prints them: "BOSTON —")
    words += [w.upper() for w in words if w[:1].isupper() and not w.endswith((".", "Circuit"))]
    return tuple(dict.fromkeys(words))


def postal_of_court(court: str) -> str | None:
    """The state whose federal district ``court`` is."""
    return _postal_by_district().get(court)


LEVEL_SUPREME = "supreme"
LEVEL_FOREIGN = "foreign"
LEVEL_APPEALS = "appeals"
LEVEL_DISTRICT = "district"
LEVEL_STATE = "state"
LEVEL_SPECIAL = "special"


FOREIGN = "foreign"  # a court of another country: never linked, and no U.S. court's stand-in


@cache
def countries() -> tuple[tuple[str, str], ...]:
    """(name, adjective) of the countries and unions news names, from ``countries.csv``."""
    return tuple((r["name"], r["adjective"]) for r in _rows("countries.csv"))


@lru_cache(maxsize=1024)
def level_of(court: str) -> str:
    if court == FOREIGN:
        return LEVEL_FOREIGN
    if court == "scotus":
        return LEVEL_SUPREME
    if re.fullmatch(r"ca\d{1,2}|cadc|cafc", court):
        return LEVEL_APPEALS
    if court in ("cit", "uscfc"):
        return LEVEL_SPECIAL
    if postal_of_court(court):
        return LEVEL_DISTRICT
    return LEVEL_STATE


def is_state_law_name(name: str) -> bool:
    """Whether a law's name starts with a state's name ("Texas Senate Bill 4"): the state
    law matcher names every state law so, and federal acts by such names carry ids. An
    act's name with a state's name inside ("Protect Illinois Communities Act") is a state's
    too: the state law matcher keeps such a name as printed."""
    first = name.split(" ", 3)
    if any(_fold(" ".join(first[:n])) in state_by_name() for n in (1, 2, 3)):
        return True
    words = name.split()
    if len(words) < 3 or words[-1] != "Act":
        return False
    return any(
        _fold(" ".join(words[i : i + n])) in state_by_name()
        for i in range(1, len(words) - 1)
        for n in (1, 2)
        if i + n < len(words)
    )
