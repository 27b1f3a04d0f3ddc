"""Generate ``linker/data/lawsuits_tracker.csv``: the suits against the second Trump
administration that Just Security's litigation tracker lists, as rows the lawsuits pass reads
beside the hand-checked ``lawsuits.csv``.

Input: the tracker as scraped into a CSV (columns ``case_name`` — the caption, the court's
abbreviation in parentheses and the docket number on a line of its own —, ``case_url`` — the
CourtListener docket —, ``filed_date``, ``state_ags``, ``executive_action``, …). The copy used
for the committed table is ``data/processed/cases.csv`` of github.com/thecarsun/LC-TAA at
commit dd87ff8 ("Automated data update Sat 04/11/2026"; 757 rows, 653 suits), a scrape of
https://www.justsecurity.org/107087/tracker-litigation-legal-challenges-trump-administration/.
No network is needed to rerun it:

  git -C LC-TAA show dd87ff8:data/processed/cases.csv > cases.csv
  python scripts/gen_tracker_lawsuits.py cases.csv

What each column becomes (facts only; the tracker's own words are kept where they are a fact,
not its commentary):

- ``name``: the caption without "et al." and without the court;
- ``court``: the CourtListener id of the court abbreviation, looked up in ``courts_db.json`` by
  its label ("D.D.C." → ``dcd``), else by ``ALIASES`` (abbreviations courts-db spells otherwise,
  "D. Md." for its "D. Maryland"); every id is checked to be in ``courts_db.json`` with the
  location the abbreviation names (``--check`` prints the whole mapping). A suit whose court
  cannot be mapped is left out, with a warning;
- ``docket`` and ``cl_docket``: the docket number, and the CourtListener docket id of the URL;
- ``challenges``: ``eo:N`` for each "Executive Order N" (also "Executive Order No. N"),
  ``proc:N`` for each "Proclamation N" the action names;
- ``topics``: the action's own words ("Temporary Protected Status", "TPS"): what the suit is
  about, to tell two suits of one court apart (never evidence alone);
- ``parties``: the plaintiffs' names as news gives them: the name without "The", "Inc.",
  "LLP", "et al."; a university's short name ("Harvard" for "President and Fellows of Harvard
  College"); an organisation's initials when it has three or more capitalised words
  ("American Federation of Government Employees" → "AFGE"); a state for "State of Washington";
  a person's surname unless it is one of the most common ones (``common_surnames.csv``);
- ``filed``: the tracker's filing date;
- ``source``: "Just Security litigation tracker" and the CourtListener docket URL.

A suit listed twice (one row per executive action it challenges) is one row, its challenges
and topics merged. Suits ``lawsuits.csv`` has by hand are left in: the loader drops a generated
row whose court and docket (or caption and court) a hand row has.

Usage: python scripts/gen_tracker_lawsuits.py CASES.csv [--out OUT] [--check]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

from linker.datafiles import write_rows

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "linker" / "data"
DEFAULT_OUT = DATA / "lawsuits_tracker.csv"
TRACKER = (
    "Just Security litigation tracker "
    "(justsecurity.org/107087, scraped by github.com/thecarsun/LC-TAA)"
)
COLUMNS = ("name", "court", "docket", "cl_docket", "challenges", "parties", "topics", "filed",
           "source")  # fmt: skip

# Abbreviations courts-db labels otherwise (its label in the comment), and the tracker's typos.
ALIASES = {
    "D. Md.": "mdd",  # D. Maryland
    "D. Minn.": "mnd",  # D. Minnesota
    "E.D.N.Y.": "nyed",  # E.D.N.Y (no final period)
    "M.D. Pa.": "pamd",  # M.D. Penn.
    "D. Puerto Rico": "prd",  # D.P.R.
    "Ct. Fed. Cl.": "uscfc",  # Fed. Cl.
    "Ct. Int’l Trade": "cit",  # Ct. Intl. Trade
    "N.D. Ca.": "cand",  # N.D. Cal.
    "W.D. Wa.": "wawd",  # W.D. Wash.
}
# The place each abbreviation's letters name, checked against courts-db's location.
PLACES = {
    "Ala": "Alabama", "Alaska": "Alaska", "Ariz": "Arizona", "Cal": "California",
    "Ca": "California", "Colo": "Colorado", "Conn": "Connecticut", "D.C": "Washington D.C.",
    "Fla": "Florida", "Ga": "Georgia", "Haw": "Hawaii", "Idaho": "Idaho", "Ill": "Illinois",
    "Ind": "Indiana", "Iowa": "Iowa", "La": "Louisiana", "Mass": "Massachusetts",
    "Md": "Maryland", "Me": "Maine", "Mich": "Michigan", "Minn": "Minnesota",
    "Mo": "Missouri", "Mont": "Montana", "N.C": "North Carolina", "N.H": "New Hampshire",
    "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "Ohio": "Ohio",
    "Or": "Oregon", "Pa": "Pennsylvania", "Puerto Rico": "Puerto Rico", "R.I": "Rhode Island",
    "S.C": "South Carolina", "Tex": "Texas", "Utah": "Utah", "Va": "Virginia",
    "Vt": "Vermont", "Wash": "Washington", "Wa": "Washington", "Wis": "Wisconsin",
}  # fmt: skip
# Courts with no state in their abbreviation: the id they must map to.
NATIONAL = {
    "Fed. Cl.": "uscfc",
    "Ct. Fed. Cl.": "uscfc",
    "Ct. Intl. Trade": "cit",
    "Ct. Int’l Trade": "cit",
    "D.C. Cir.": "cadc",
    "2d Cir.": "ca2",
    "9th Cir.": "ca9",
}

STATE_SET = frozenset(
    {
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West Virginia",
        "Wisconsin",
        "Wyoming",
        "District of Columbia",
    }
)

# (the last parenthesis is the court's: "League of United Latin American Citizens (LULAC) v. …")
_CAPTION = re.compile(r"^(?P<caption>.*)\s*\((?P<court>[^()]*)\)\s*(?P<docket>[^()]*)$", re.DOTALL)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")  # ("​​1:25-cv-00402")
_ET_AL = re.compile(r",?\s+et\s+al\b\.?", re.IGNORECASE)
_EO = re.compile(r"Executive\s+Order\s+(?:No\.\s*)?(\d{5})\b")
_PROC = re.compile(r"Proclamation\s+(?:No\.\s*)?(\d{5})\b")
_CL_DOCKET = re.compile(r"courtlistener\.com/docket/(\d+)/")
_SUFFIX = re.compile(
    r",?\s+(?:Inc|LLP|LLC|L\.L\.C|P\.C|PLLC|PBC|Corp|Co|N\.A|Ltd|AFL-CIO|Local\s+\d+)\.?$|^The\s+",
    re.IGNORECASE,
)
_HOLDER = re.compile(
    r"^(?:President\s+and\s+Fellows\s+of|Trustees\s+of|The\s+Trustees\s+of|Board\s+of\s+"
    r"(?:Trustees|Regents)\s+of|Regents\s+of)\s+(?:the\s+)?"
)
_STATE_OF = re.compile(r"^(?:The\s+)?(?:State|Commonwealth|People)\s+of\s+(?:the\s+State\s+of\s+)?")
# A person's name with a middle initial ("Gwynne A. Wilcox"; "American Oversight" is no person)
_PERSON = re.compile(r"[A-Z][a-z]+\s+[A-Z]\.\s+(?P<surname>[A-Z][\w'’-]+)")
_ORG_WORD = re.compile(
    r"\b(?:Association|Union|Center|Centre|Foundation|Federation|Council|Institute|League|"
    r"Society|Coalition|Alliance|Committee|Network|Project|Fund|Guild|Services|Partnership|"
    r"Organization|Conference|Academy|Church|Corporation|Company|Group|Clinic|Trust|Club|"
    r"Caucus|Campaign|Action|Initiative|Agency|Advocates|Workers|Employees|Professors|"
    r"Teachers|Nurses|Doctors|Physicians|Scientists|Press|News|Media|Party|Lawyers)\b"
)
_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "&", "to", "at", "a", "an"})
_TOPIC_HEAD = re.compile(
    # ("DHS Revocation of Temporary Protected Status": the status is what news names)
    r"^(?:[A-Z]{2,5}\s+)?(?:Denial|Ban|Response|Removal|Rescission|Revocation|Other)\s+"
    r"(?:of|on|to)\s+"
)


def court_ids(courts_db: dict[str, object]) -> tuple[dict[str, str], dict[str, str]]:
    """(label → id, id → location) from ``courts_db.json``."""
    rows = courts_db["courts"]
    assert isinstance(rows, list)
    by_label: dict[str, str] = {}
    location: dict[str, str] = {}
    for cid, label, system, _type, loc, _current in rows:
        location[cid] = loc
        if system == "federal":
            by_label.setdefault(label, cid)
    return by_label, location


def map_court(abbrev: str, by_label: dict[str, str], location: dict[str, str]) -> str | None:
    """The CourtListener id of a tracker's court abbreviation, checked; None when unknown."""
    a = " ".join(abbrev.split())
    if a and a not in by_label and a not in ALIASES and f"{a}." in by_label:
        a += "."  # "D.D.C" → "D.D.C.", "N.D. Cal" → "N.D. Cal."
    elif a and a[-1].isalpha() and f"{a}." in ALIASES:
        a += "."
    cid = ALIASES.get(a) or by_label.get(a) or by_label.get(a.rstrip("."))
    if cid is None or cid not in location:
        return None
    if a in NATIONAL:
        return cid if NATIONAL[a] == cid else None
    place = _place_of(a)
    if place is None or location[cid] != place:
        return None  # the id's location is not the place the abbreviation names
    return cid


def _place_of(abbrev: str) -> str | None:
    body = re.sub(r"^(?:[NSEWMC]\.)?\s*D\.\s*", "", abbrev).strip().rstrip(".")
    return PLACES.get(body)


def clean_caption(caption: str) -> str:
    caption = " ".join(caption.split())
    return _ET_AL.sub("", caption).strip(" ,")


def parties(plaintiff: str, state_suit: bool, common: frozenset[str]) -> list[str]:
    """The words news uses for the plaintiff side of a caption."""
    p = _ET_AL.sub("", plaintiff).strip(" ,")
    out: list[str] = []
    state = _STATE_OF.sub("", p)
    if state in STATE_SET:
        return [state]
    if state_suit and p in STATE_SET:
        return [p]
    name = p
    for _ in range(2):
        name = _SUFFIX.sub("", name).strip(" ,")
    holder = _HOLDER.sub("", name)
    if holder != name:
        out.append(holder)
        short = re.fullmatch(r"(\w+)\s+(?:College|University)", holder)
        if short and short.group(1) not in STATE_SET and short.group(1) != "Columbia":
            out.append(short.group(1))  # "Harvard" for "President and Fellows of Harvard College"
    elif " " not in name:
        # one word: a person's surname or initials ("J.G.G."), an organisation's one word
        if name in common or name in ("Doe", "Does", "Roe") or len(name.strip(".")) < 3:
            return []
        out.append(name)
    elif (person := _PERSON.fullmatch(name)) and not _ORG_WORD.search(name):
        # "Gwynne A. Wilcox": the full name, and the surname unless a common one (news
        # calls her "Wilcox")
        out.append(name)
        if person.group("surname") not in common:
            out.append(person.group("surname"))
    else:
        out.append(name)
        words = [w for w in re.split(r"[\s-]+", name) if w]
        caps = [w for w in words if w.lower() not in _SMALL]
        if 3 <= len(caps) <= 5 and all(w[0].isupper() for w in caps) and _ORG_WORD.search(name):
            # "American Federation of Government Employees" → "AFGE"
            out.append("".join(w[0] for w in caps))
    return out


def topics(action: str) -> list[str]:
    """The action's own words: its name before any parenthesis or list, and its acronyms."""
    out: list[str] = []
    head = re.split(r"\s*[(;]", action, maxsplit=1)[0].strip()
    head = _TOPIC_HEAD.sub("", head)
    if head and len(head.split()) <= 6:
        out.append(head)
    out += re.findall(r"\(([A-Z]{2,6})\)", action)
    return out


def generate(path: Path, common: frozenset[str]) -> tuple[list[dict[str, str]], list[str]]:
    courts_db = json.loads((DATA / "courts_db.json").read_text(encoding="utf-8"))
    by_label, location = court_ids(courts_db)
    rows: dict[str, dict[str, str]] = {}
    warnings: list[str] = []
    with path.open(encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            m = _CAPTION.match(_INVISIBLE.sub("", r["case_name"]).strip())
            if m is None:
                warnings.append(f"no court in {r['case_name']!r}")
                continue
            abbrev = m.group("court").strip()
            court = map_court(abbrev, by_label, location)
            if court is None:
                warnings.append(f"court {abbrev!r} not mapped: {r['case_name']!r}")
                continue
            name = re.sub(r"\s+(?:v|vs\.?)\s+", " v. ", clean_caption(m.group("caption")))
            if " v. " not in name:
                warnings.append(f"no ' v. ' in {name!r}")
                continue
            docket = " ".join(m.group("docket").split())
            url = _INVISIBLE.sub("", r["case_url"]).strip()
            cl = _CL_DOCKET.search(url)
            action = " ".join(r.get("executive_action", "").split())
            key = cl.group(1) if cl else f"{court}:{docket}:{name}"
            row = rows.get(key)
            if row is None:
                plaintiff = name.split(" v. ")[0]
                row = rows[key] = {
                    "name": name,
                    "court": court,
                    "docket": docket,
                    "cl_docket": cl.group(1) if cl else "",
                    "challenges": "",
                    "parties": "|".join(
                        parties(plaintiff, "A.G." in r.get("state_ags", ""), common)
                    ),
                    "topics": "",
                    "filed": r.get("filed_date", "").strip(),
                    "source": f"{TRACKER}; {url}" if url else TRACKER,
                }
            ids = [f"eo:{n}" for n in _EO.findall(action)]
            ids += [f"proc:{n}" for n in _PROC.findall(action)]
            row["challenges"] = "|".join(dict.fromkeys([*_split(row["challenges"]), *ids]))
            row["topics"] = "|".join(dict.fromkeys([*_split(row["topics"]), *topics(action)]))
    out = sorted(rows.values(), key=lambda x: (x["filed"], x["court"], x["docket"], x["name"]))
    return out, warnings


def _split(value: str) -> list[str]:
    return [p for p in value.split("|") if p]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", type=Path)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="print each court mapping and stop")
    args = ap.parse_args(argv)
    with (DATA / "common_surnames.csv").open(encoding="utf-8", newline="") as f:
        common = frozenset(r["surname"] for r in csv.DictReader(f))
    if args.check:
        courts_db = json.loads((DATA / "courts_db.json").read_text(encoding="utf-8"))
        by_label, location = court_ids(courts_db)
        seen: set[str] = set()
        with args.cases.open(encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f):
                m = _CAPTION.match(r["case_name"].strip())
                a = m.group("court").strip() if m else ""
                if a not in seen:
                    seen.add(a)
                    cid = map_court(a, by_label, location)
                    print(f"{a!r:24} → {cid} ({location.get(cid or '', '?')})")
        return 0
    rows, warnings = generate(args.cases, common)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    write_rows(args.out, COLUMNS, rows)
    print(f"{len(rows)} suits → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
