"""Generate ``linker/data/executive_orders_fr.csv``: every executive order the Federal Register
lists, with its number, signing date, president, title and citation.

Input: one or more CSV exports of the Federal Register's executive-order list (the "CSV"
button of federalregister.gov/presidential-documents/executive-orders, or the same columns
from ``/api/v1/documents.csv``: ``citation, document_number, signing_date, title,
executive_order_number, ...``), each given as ``PATH=LABEL`` where LABEL says where the file
came from (it goes into every row's ``source``, after the order's Federal Register document
number). A later file wins for a number two files
share. The Federal Register gives no president column: the president is the one in office on
the signing date (an order signed on an inauguration day is the incoming president's). Orders
signed before 1961 are left out (news names them by number, which needs no table, or by topic,
which ``executive_orders.csv`` curates).

The exports used for the committed table (no network is needed to rerun it from them):

  python scripts/gen_executive_orders.py \
    'A.csv=FR export A' \
    'B.csv=FR export B'

  A: the Federal Register's CSV export of every executive order signed 1937-01-08 to
     2024-09-26 (6,631 rows), as kept in github.com/JiayingFang01/QMSS_IBM_Practicum at
     commit f0d2114f211dbae73f03ed6f518260e63b9dd64b, file data/documents_of_type_
     presidential_document_and_of_presidential_document_type_executive_order.csv;
  B: a Federal Register CSV export of 1,000 orders signed 1994-01-15 to 2025-11-24 (a sample:
     about half of 2025's orders are in it), as kept in github.com/UCB-stat-159-f25/
     final-group05 at commit e0bfde0f62c8b4fcfaf6bf2a70652ca670a24227, file executive_orders.csv.

Usage: python scripts/gen_executive_orders.py PATH=LABEL... [--out OUT]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from linker.datafiles import write_rows

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "linker" / "data" / "executive_orders_fr.csv"
COLUMNS = ("authority", "number", "signing_date", "president", "title", "citation", "source")

# First day in office (whitehouse.gov, The Presidents), surname as linker's lexicon has it.
TERMS = (
    ("1933-03-04", "Roosevelt"),
    ("1945-04-12", "Truman"),
    ("1953-01-20", "Eisenhower"),
    ("1961-01-20", "Kennedy"),
    ("1963-11-22", "Johnson"),
    ("1969-01-20", "Nixon"),
    ("1974-08-09", "Ford"),
    ("1977-01-20", "Carter"),
    ("1981-01-20", "Reagan"),
    ("1989-01-20", "Bush"),
    ("1993-01-20", "Clinton"),
    ("2001-01-20", "Bush"),
    ("2009-01-20", "Obama"),
    ("2017-01-20", "Trump"),
    ("2021-01-20", "Biden"),
    ("2025-01-20", "Trump"),
)
FIRST_DAY = "1961-01-20"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
US_DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")


def president_on(day: str) -> str | None:
    """The president in office on ``day`` (ISO), by the table above."""
    who = None
    for start, name in TERMS:
        if day >= start:
            who = name
    return who


def iso(value: str) -> str | None:
    value = value.strip()
    if ISO.match(value):
        return value
    m = US_DATE.match(value)
    return f"{m.group(3)}-{m.group(1)}-{m.group(2)}" if m else None


def rows_of(path: Path, label: str) -> dict[int, dict[str, str]]:
    out: dict[int, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            number = (r.get("executive_order_number") or "").strip()
            day = iso(r.get("signing_date") or "")
            title = " ".join((r.get("title") or "").split())
            if not number.isdigit() or day is None or not title or day < FIRST_DAY:
                continue  # a row without its number, date or title is skipped, never guessed
            vol = re.match(r"(\d+) FR ", citation := (r.get("citation") or "").strip())
            if vol and 1935 + int(vol.group(1)) not in (int(day[:4]), int(day[:4]) + 1):
                continue  # the signing date contradicts the volume it was printed in
            president = president_on(day)
            if president is None:
                continue
            doc = (r.get("document_number") or "").strip()
            n = int(number)
            out[n] = {
                "authority": f"eo:{n}",
                "number": str(n),
                "signing_date": day,
                "president": president,
                "title": title,
                "citation": citation,
                "source": "; ".join(x for x in (citation, doc and f"FR doc {doc}", label) if x),
            }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="PATH=LABEL: a Federal Register CSV export")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    table: dict[int, dict[str, str]] = {}
    for spec in args.inputs:
        path, sep, label = spec.partition("=")
        if not sep or not label.strip():
            print(f"gen_executive_orders: {spec!r}: give PATH=LABEL", file=sys.stderr)
            return 2
        table.update(rows_of(Path(path), " ".join(label.split())))
    write_rows(args.out, COLUMNS, (table[n] for n in sorted(table)))
    print(f"{len(table)} orders -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
