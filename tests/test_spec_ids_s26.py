"""Twenty-sixth session (s26-spec): every id the scanner emits has a SPEC §2 form.

SPEC §2's Constitution ids are ``const:amendment:N``, ``const:article:N`` and
``const:article:N:section:M``; an amendment's clause keeps its section
(``const:amendment:14:section:1``), the form the shared corpus's own gold gives it. No id names a
clause (``:clause:``). Every sentence here is made up.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from linker.ids import is_spec_id
from linker.load import from_text
from linker.models import Mention
from linker.pipeline import scan_article

DATA = Path(__file__).resolve().parents[1] / "linker" / "data"


def _scan(text: str) -> list[Mention]:
    return list(scan_article(from_text(text, "made-up.txt")).mentions)


def _const(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.authority, m.url) for m in _scan(text) if m.kind == "constitution"]


# --- the id check itself ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "authority",
    [
        "usc:10:12406",
        "usc:10:251-255",
        "usc:42:2000e-2",
        "usc:26:4980h",
        "publ:119-21",
        "stat:20:152",
        "const:amendment:1",
        "const:article:2",
        "const:article:1:section:8",
        "const:amendment:14:section:1",  # the shared corpus gold's form of a clause
        "cite:410:us:113",
        "cite:142:sct:2228",
        "cl:docket:71554350",
        "cl:cluster:123",
        "eo:14159",
        "proc:10949",
        "fr:89:33474",
        "bill:119:hr:1",
        "bill:118:sconres:7",
        "cfr:8:287.8",
        "cfr:8:287",
        "cfr:17:240.10b-5",
        "state:il:ilcs:5-805-15",
        "state:tx:bill:sb8",
        "state:co:bill:hb24-1174",
        "state:wi:const:4-4",
        "state:wy:const:1",
    ],
)
def test_spec_forms_pass_the_check(authority: str) -> None:
    assert is_spec_id(authority)


@pytest.mark.parametrize(
    "authority",
    [
        "const:article:1:section:8:clause:3",  # no id names a clause
        "const:amendment:14:section:1:clause:2",
        "const:Amendment:14",  # ids are lowercase
        "cite:410:U.S.:113",  # the reporter without dots, lowercase
        "bill:119:hb:1",  # a federal bill type SPEC does not list
        "usc:10:§12406",
        "cfr:8:part-287",
        "state:TX:bill:sb8",
        "eo:14159a",
    ],
)
def test_off_spec_forms_fail_the_check(authority: str) -> None:
    assert not is_spec_id(authority)


# --- the Constitution's ids ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Lawyers cited Section 2 of the Fourteenth Amendment.", "const:amendment:14:section:2"),
        ("The suit invokes the Citizenship Clause of the Fourteenth Amendment.",
         "const:amendment:14:section:1"),
        ("The complaint rests on U.S. Const. amend. XIV, § 1 alone.",
         "const:amendment:14:section:1"),
        ("The power comes from Article I, Section 8 of the Constitution.",
         "const:article:1:section:8"),
        ("The brief cites Art. I, § 9, cl. 7 for the power of the purse.",
         "const:article:1:section:9"),
        ("The group says the rule offends the Establishment Clause.", "const:amendment:1"),
    ],
)  # fmt: skip
def test_constitution_mentions_have_spec_or_shared_gold_ids(sentence: str, want: str) -> None:
    ids = [m.authority for m in _scan(sentence) if m.kind == "constitution"]
    assert ids == [want]
    assert is_spec_id(want)


# --- the data tables ----------------------------------------------------------------------------

_ID_HEAD = re.compile(r"^(?:usc|publ|stat|const|cite|cl|eo|proc|fr|bill|cfr|state):")


def test_every_id_in_the_data_tables_has_a_spec_form() -> None:
    bad = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for col, value in row.items():
                    if col in (None, "source") or not isinstance(value, str):
                        continue
                    for part in re.split(r"[|;,]", value):
                        part = part.strip()
                        if _ID_HEAD.match(part) and " " not in part and not is_spec_id(part):
                            bad.append((path.name, col, part))
    assert bad == []


def test_no_clause_row_names_a_clause_in_its_id() -> None:
    with (DATA / "clauses.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(":clause:" not in r["authority"] for r in rows)
    assert all(is_spec_id(r["authority"]) for r in rows)


# --- the SPEC's own examples and the citation forms news prints ---------------------------------

EXAMPLES = [
    "Troops went in under 10 U.S.C. § 12406, and a 42 U.S.C. 1983 claim followed.",
    "Pub. L. 119-21 and Public Law 117-58 were cited, and so was 20 Stat. 152.",
    "It relied on 10 U.S.C. §§ 251-255 and 8 U.S.C. § 1182(f).",
    "See Brandenburg v. Ohio, 395 U.S. 444 (1969), and 142 S. Ct. 2228 and 89 F.4th 1034.",
    "The court cited 123 F. Supp. 3d 456, 45 F. App'x 789 and 372 NLRB No. 130.",
    "Executive Order 14159 and Proclamation 10949 were signed; see 89 FR 33474.",
    "The House passed H.R. 1 and H.J.Res. 25 and S.Con.Res. 7 in 2025.",
    "Agents rely on 8 C.F.R. § 287.8, 8 CFR part 287 and 17 CFR 240.10b-5.",
    "U.S. Const. art. I, § 8 and U.S. Const. amend. XIV, § 1 and Art. I, § 9, cl. 7 apply.",
    "Article IV, Section 4 of the Wisconsin Constitution and Texas's SB 8 were at issue.",
    "Tex. Educ. Code § 51.9315 and 720 ILCS 5/12-3 and Fla. Stat. § 790.065 were cited.",
    "Section 3 of the Fourteenth Amendment and the Twenty-Fifth Amendment's Section 4 came up.",
    "The Supremacy Clause, the Commerce Clause and the Citizenship Clause were argued.",
]


@pytest.mark.parametrize("sentence", EXAMPLES)
def test_every_id_the_scanner_emits_has_a_spec_form(sentence: str) -> None:
    ids = [m.authority for m in _scan(sentence) if m.authority]
    assert ids, sentence
    assert [a for a in ids if not is_spec_id(a)] == []
