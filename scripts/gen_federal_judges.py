"""Generate ``linker/data/federal_judges.csv``: every Article III judge still in service (active
or senior: no termination date) on a federal district court, a court of appeals, the Court of
International Trade or the Supreme Court, with the court's CourtListener id.

Input: the Federal Judicial Center's export of its "Biographical Directory of Article III
Federal Judges" (https://www.fjc.gov/sites/default/files/history/judges.csv: one row per
judge, columns ``jid, Last Name, First Name, Middle Name, Suffix, ...`` and, for each of up to
six appointments N, ``Court Type (N)``, ``Court Name (N)``, ``Senior Status Date (N)``,
``Termination Date (N)``). An appointment with no termination date is a court the judge still
sits on. Its ``Court Name`` ("U.S. District Court for the Southern District of New York",
"U.S. Court of Appeals for the Ninth Circuit") is mapped to a CourtListener id ("nysd", "ca9")
and every id is checked against ``courts_db.json`` (a federal court whose label is a
district's or a circuit's, in the state the name gives) and ``federal_districts.csv``; a name
that does not map, or maps to an id that fails the check, stops the script.

Hand rows: the rows of the existing table whose source is not this export (judges confirmed
after the export, each checked against a public page) are kept when the export has no judge
of that name on that court; a hand row for a judge the export puts on another court (a judge
elevated after the export) replaces the export's row for that judge.

The export used for the committed table (no network is needed to rerun it from it):

  python scripts/gen_federal_judges.py judges.csv \
    --label 'FJC export of the Biographical Directory of Article III Federal Judges, June 2023'

  judges.csv: the FJC's export as kept in github.com/jordangalvin05/federal-judges at commit
  30370b39bb2680eb53a3b9e7b5f81142c73d3d65, file judges.csv (3,918 judges; the last
  commission in it is of 2023-06-06).

It also writes ``former_federal_judges.csv`` (``--former``): every appointment of the same
courts that HAS ended, on or after 1990-01-01, with its commission and termination dates (ISO),
so that a judge a story of its time names ("U.S. District Judge Sam Kent", 2009) finds the
court they sat on then, and a judge since elevated ("J. Michelle Childs", D.S.C. until 2022)
finds the court of the story's date.

Usage: python scripts/gen_federal_judges.py EXPORT [--label LABEL] [--out OUT] [--former OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from linker.datafiles import write_rows

DATA = Path(__file__).resolve().parent.parent / "linker" / "data"
DEFAULT_OUT = DATA / "federal_judges.csv"
DEFAULT_FORMER = DATA / "former_federal_judges.csv"
COLUMNS = ("name", "surname", "court", "status", "source")
FORMER_COLUMNS = ("name", "surname", "court", "commissioned", "ended", "jid")
FORMER_SINCE = "1990-01-01"  # (news this tool reads tells of rulings since; older ones by case)
FJC_SOURCE = "FJC export"

DIRECTIONS = {"Northern": "n", "Southern": "s", "Eastern": "e", "Western": "w", "Middle": "m",
              "Central": "c"}  # fmt: skip
CIRCUITS = {"First": "ca1", "Second": "ca2", "Third": "ca3", "Fourth": "ca4", "Fifth": "ca5",
            "Sixth": "ca6", "Seventh": "ca7", "Eighth": "ca8", "Ninth": "ca9", "Tenth": "ca10",
            "Eleventh": "ca11", "District of Columbia": "cadc", "Federal": "cafc"}  # fmt: skip
_DISTRICT = re.compile(
    r"U\.\s?S\. District Court for the (?:(?P<dir>[A-Z][a-z]+) District of|District of)"
    r" (?:the )?(?P<state>[A-Z][A-Za-z .]+?)\s*$"
)
_APPEALS = re.compile(r"U\.\s?S\. Court of Appeals for the (?P<cir>.+?) Circuit\s*$")


def _states() -> dict[str, tuple[str, list[str]]]:
    """State name → (postal, its district ids), from federal_districts.csv."""
    with (DATA / "federal_districts.csv").open(encoding="utf-8") as f:
        return {r["state"]: (r["postal"], r["districts"].split()) for r in csv.DictReader(f)}


def _courts_db() -> dict[str, dict[str, object]]:
    data = json.loads((DATA / "courts_db.json").read_text(encoding="utf-8"))
    cols = data["columns"]
    return {r[0]: dict(zip(cols, r, strict=True)) for r in data["courts"]}


def court_id(name: str, states: dict[str, tuple[str, list[str]]],
             cdb: dict[str, dict[str, object]]) -> str | None:  # fmt: skip
    """The CourtListener id of an FJC court name, checked against courts-db; None for a court
    outside the table's scope (territorial courts, the Court of Federal Claims ...). Raises
    ValueError for a district or circuit name that does not map to a checked id."""
    name = " ".join(name.split())
    if name == "Supreme Court of the United States":
        return "scotus"
    if name == "U.S. Court of International Trade":
        court, kind, where = "cit", None, None
    elif m := _APPEALS.match(name):
        court = CIRCUITS.get(m.group("cir"), "")
        kind, where = "appellate", None
    elif m := _DISTRICT.match(name):
        state = m.group("state").strip()
        if state == "Columbia":
            state = "District of Columbia"
        if state not in states:
            raise ValueError(f"unknown state in {name!r}")
        postal, districts = states[state]
        court = postal.lower() + DIRECTIONS.get(m.group("dir") or "", "") + "d"
        if court not in districts:
            raise ValueError(f"{name!r} → {court}, not a district of {state}")
        kind, where = "trial", "Washington D.C." if postal == "DC" else state
    else:
        return None
    # (courts-db's own "type" and end dates are not reliable for these: it files D.N.J. as
    # appellate and gives E.D.N.Y. an end date; its label and place are)
    row = cdb.get(court)
    if row is None or row["system"] != "federal":
        raise ValueError(f"{name!r} → {court!r}: not a federal court in courts-db")
    label = str(row["label"])
    if kind == "trial" and (row["location"] != where or "D." not in label):
        raise ValueError(f"{name!r} → {court}: courts-db has {label} in {row['location']}")
    if kind == "appellate" and not label.endswith("Cir."):
        raise ValueError(f"{name!r} → {court}: courts-db has {label}")
    return court


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(".", "")


# Words that open a two-word surname ("Amy J. St. Eve", "Gregory F. Van Tatenhove")
PARTICLES = frozenset({"st", "van", "von", "de", "del", "della", "la", "le", "di", "da", "mc"})


def hand_surname(name: str) -> str:
    words = name.split(",")[0].split()
    if len(words) > 2 and _fold(words[-2]) in PARTICLES:
        return " ".join(words[-2:])
    return words[-1]


def _full_name(r: dict[str, str]) -> str:
    parts = [r["First Name"], r["Middle Name"], r["Last Name"]]
    name = " ".join(p.strip() for p in parts if p and p.strip())
    suffix = (r.get("Suffix") or "").strip()
    return f"{name}, {suffix}" if suffix else name


def export_rows(path: Path, label: str) -> list[dict[str, str]]:
    states, cdb = _states(), _courts_db()
    out: list[dict[str, str]] = []
    with path.open(encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if (r.get("Death Year") or "").strip():
                continue  # (the export leaves a few old appointments without an end)
            for n in range(1, 7):
                cname = (r.get(f"Court Name ({n})") or "").strip()
                if not cname or (r.get(f"Termination Date ({n})") or "").strip():
                    continue
                court = court_id(cname, states, cdb)
                if court is None:
                    continue
                senior = (r.get(f"Senior Status Date ({n})") or "").strip()
                out.append({
                    "name": _full_name(r),
                    "surname": r["Last Name"].strip(),
                    "court": court,
                    "status": "senior" if senior else "active",
                    "source": f"{label}, jid {r['jid']}",
                })  # fmt: skip
    return out


def iso_date(s: str) -> str:
    """The export's dates, "8/10/1994" or "1886-04-12", as ISO; "" for none."""
    s = s.strip()
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s):
        return f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s
    if s:
        raise ValueError(f"unreadable date {s!r}")
    return ""


def former_rows(path: Path) -> list[dict[str, str]]:
    """Every ended appointment (on or after ``FORMER_SINCE``) on a court of the table's scope."""
    states, cdb = _states(), _courts_db()
    out: list[dict[str, str]] = []
    with path.open(encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            for n in range(1, 7):
                cname = (r.get(f"Court Name ({n})") or "").strip()
                ended = iso_date(r.get(f"Termination Date ({n})") or "")
                if not cname or not ended or ended < FORMER_SINCE:
                    continue
                court = court_id(cname, states, cdb)
                if court is None:
                    continue
                out.append({
                    "name": _full_name(r),
                    "surname": r["Last Name"].strip(),
                    "court": court,
                    "commissioned": iso_date(r.get(f"Commission Date ({n})") or ""),
                    "ended": ended,
                    "jid": r["jid"].strip(),
                })  # fmt: skip
    out.sort(key=lambda r: (_fold(r["surname"]), r["name"], r["commissioned"], r["court"]))
    return out


def _given(name: str, surname: str) -> list[str]:
    head = name.split(",")[0]
    if head.endswith(" " + surname):
        head = head[: -len(surname)]
    return [_fold(w) for w in head.split()]


def _same_judge(hand: dict[str, str], row: dict[str, str]) -> bool:
    if _fold(hand["surname"]) != _fold(row["surname"]):
        return False
    said = _given(hand["name"], hand["surname"])
    known = _given(row["name"], row["surname"])
    full = [w for w in said if len(w) > 1]

    def fits(w: str) -> bool:
        if len(w) == 1:
            return any(k.startswith(w) for k in known)
        return w in known or any(len(k) == 1 and w.startswith(k) for k in known)

    return bool(said) and all(fits(w) for w in said) and (not full or full[0] in known)


def merge(export: list[dict[str, str]], hand: list[dict[str, str]]) -> list[dict[str, str]]:
    rows = list(export)
    for h in hand:
        same = [r for r in rows if _same_judge(h, r)]
        if any(r["court"] == h["court"] for r in same):
            if h["source"].startswith("hand row kept") and not any(
                r["name"] == h["name"] for r in same
            ):
                rows.append(h)  # the name news prints beside the export's ("David Counts")
            continue  # the export has it
        for r in same:
            print(f"hand row {h['name']} ({h['court']}) replaces {r['name']} ({r['court']})",
                  file=sys.stderr)  # fmt: skip
            rows.remove(r)
        rows.append(h)
    rows.sort(key=lambda r: (_fold(r["surname"]), r["name"], r["court"]))
    return rows


def hand_rows(path: Path) -> list[dict[str, str]]:
    """The current table's rows that did not come from an FJC export."""
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["source"].startswith(FJC_SOURCE):
                continue
            name = r["name"]
            surname = r.get("surname") or hand_surname(name)
            out.append({"name": name, "surname": surname, "court": r["court"],
                        "status": r.get("status") or "", "source": r["source"]})  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export", type=Path)
    ap.add_argument(
        "--label", default=f"{FJC_SOURCE} of the Biographical Directory of Article III Judges"
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--former", type=Path, default=None,
                    help="past appointments (default: beside OUT)")  # fmt: skip
    ap.add_argument("--hand", type=Path, default=None,
                    help="table whose non-FJC rows are kept (default: OUT)")  # fmt: skip
    args = ap.parse_args(argv)
    if not args.label.startswith(FJC_SOURCE):
        ap.error(f"--label must start with {FJC_SOURCE!r} (hand rows are told apart by it)")
    hand = hand_rows(args.hand or args.out)
    known = _courts_db()
    for h in hand:
        if h["court"] not in known:  # (a hand row's id is checked too: "ncmd", never "mdnc")
            ap.error(f"hand row {h['name']}: court {h['court']!r} is not in courts_db.json")
    rows = merge(export_rows(args.export, args.label), hand)
    write_rows(args.out, COLUMNS, rows)
    print(f"{len(rows)} rows → {args.out}", file=sys.stderr)
    former = former_rows(args.export)
    former_out = args.former or args.out.with_name(DEFAULT_FORMER.name)
    write_rows(former_out, FORMER_COLUMNS, former)
    print(f"{len(former)} rows → {former_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
