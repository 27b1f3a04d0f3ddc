"""Bill numbers in real news sentences, with the Congress taken from the article (never guessed),
and the reporter citations, page references and state bills that must not become bills."""

from __future__ import annotations

import pytest

from conftest import doc
from linker.scanner import bills


def found(text: str, date: str | None = "2025-07-03") -> set[tuple[str, str | None]]:
    return {(m.text, m.authority) for m in bills.find(doc(text, date))}


BILLS = [
    (
        "The House passed H.R. 1, the One Big Beautiful Bill Act, by a vote of 215-214.",
        "H.R. 1",
        "bill:119:hr:1",
    ),
    ("Sen. Hawley introduced S. 2296 to ban stock trading.", "S. 2296", "bill:119:s:2296"),
    ("Republicans advanced HR 1319 through committee.", "HR 1319", "bill:119:hr:1319"),
    ("The text of H.R.3684 runs to 2,702 pages.", "H.R.3684", "bill:119:hr:3684"),
    (
        "Congress voted on H.J.Res. 7 to end the national emergency.",
        "H.J.Res. 7",
        "bill:119:hjres:7",
    ),
    (
        "The Senate took up S.J. Res. 7, a resolution of disapproval.",
        "S.J. Res. 7",
        "bill:119:sjres:7",
    ),
    ("The House adopted H. Res. 5, its rules package.", "H. Res. 5", "bill:119:hres:5"),
    ("The budget resolution, S.Con.Res. 7, passed 51-48.", "S.Con.Res. 7", "bill:119:sconres:7"),
    ("The Senate voted 51-49. S. 2296 now goes to the House.", "S. 2296", "bill:119:s:2296"),
]


@pytest.mark.parametrize(("sentence", "surface", "authority"), BILLS)
def test_bill_numbers(sentence: str, surface: str, authority: str) -> None:
    assert found(sentence) == {(surface, authority)}


def test_congress_follows_the_article_date() -> None:
    text = "The House passed H.R. 1 on party lines."
    assert found(text, "2021-03-03") == {("H.R. 1", "bill:117:hr:1")}
    assert found(text, "2025-05-22") == {("H.R. 1", "bill:119:hr:1")}
    # Jan. 1-2 still belong to the outgoing Congress.
    assert found(text, "2025-01-02") == {("H.R. 1", "bill:118:hr:1")}


def test_no_date_no_guess() -> None:
    ms = bills.find(doc("Lawmakers debated H.R. 3684 for months.", None))
    assert [(m.text, m.authority) for m in ms] == [("H.R. 3684", None)]
    assert ms[0].confidence < 0.9


def test_congress_named_in_the_text() -> None:
    text = "H.R. 1 in the 117th Congress was the For the People Act."
    assert found(text, None) == {("H.R. 1", "bill:117:hr:1")}
    # The article's own words beat its date.
    assert found(text, "2025-05-22") == {("H.R. 1", "bill:117:hr:1")}


def test_congress_of_the_public_law_the_article_cites() -> None:
    text = (
        "The Infrastructure Investment and Jobs Act (H.R. 3684) has become law (P.L. 117-58). "
        "H.R. 3684 started off as a surface transportation bill."
    )
    got = found(text, None)
    assert got == {("H.R. 3684", "bill:117:hr:3684")}


NOT_BILLS = [
    "See Dobbs v. Jackson Women's Health Organization, 142 S. Ct. 2228 (2022).",
    "The court relied on Roe v. Wade, 410 U.S. 113, and 597 U.S. 215.",
    "Smith v. State, 123 So. 2d 45 (Fla. 1960), and 5 S. 2d 1.",
    "Section 2 of the Voting Rights Act bars vote dilution.",
    "Texas SB 8 and HB 2 are state laws, as is Senate Bill 4.",
    "President Harry S. Truman desegregated the armed forces in 1948.",
    "The filing cites the transcript at S. 12 and the Congressional Record at S1234.",
    "Many companies run their HR1 payroll system on Mondays.",
]


@pytest.mark.parametrize("sentence", NOT_BILLS)
def test_near_misses(sentence: str) -> None:
    assert found(sentence) == set()


def test_a_hyphenated_party_adjective_still_refers_back_to_the_bill() -> None:
    from linker.load import from_text
    from linker.scanner import scan

    text = "The House passed H.R. 7888 on Friday. The GOP-led bill now goes to the Senate."
    found = scan(from_text(text, "t.txt", date="2024-04-12"))
    got = [(m.text, m.authority, m.anaphor) for m in found if m.kind == "bill"]
    assert got == [("H.R. 7888", "bill:118:hr:7888", False),
                   ("The GOP-led bill", "bill:118:hr:7888", True)]  # fmt: skip


def _bills_and_acts(text: str, date: str | None) -> list[tuple[str, str, str | None, bool]]:
    from linker.load import from_text
    from linker.scanner import scan

    found = scan(from_text(text, "t.txt", date=date))
    kinds = ("bill", "statute")
    return [(m.text, m.kind, m.authority, m.anaphor) for m in found if m.kind in kinds]


def test_the_bill_after_an_act_named_by_its_popular_name_is_that_acts_bill() -> None:
    # Fierce Electronics, July 2022: the act is named, then called "the bill"
    text = (
        "The U.S. Senate officially approved the $52 billion CHIPS Act on Wednesday by a vote "
        "of 64-33, and the House of Representatives reportedly could pass the bill before the "
        "weekend."
    )
    # approved by the Senate: a step of its bill (issue 13, point 6), so the bill's id
    assert _bills_and_acts(text, None) == [
        ("CHIPS Act", "bill", "bill:117:hr:4346", False),
        ("the bill", "bill", "bill:117:hr:4346", True),
    ]


def test_the_bill_is_not_an_act_whose_bill_linker_does_not_know() -> None:
    text = "The Affordable Care Act covers millions. Critics say the bill was rushed."
    assert [m[0] for m in _bills_and_acts(text, "2024-05-01")] == ["Affordable Care Act"]


def test_the_bill_after_a_new_unnumbered_bill_is_that_new_one() -> None:
    text = (
        "Democrats praised the Inflation Reduction Act. On Tuesday, Republicans introduced a "
        "bill that would repeal its energy credits, and the bill is expected to stall."
    )
    assert [m[0] for m in _bills_and_acts(text, "2025-03-04")] == ["Inflation Reduction Act"]


def test_the_bill_long_after_an_act_was_signed_is_not_that_act() -> None:
    text = "The Inflation Reduction Act cut drug prices. When the bill comes, people tip better."
    assert [m[0] for m in _bills_and_acts(text, "2025-03-04")] == ["Inflation Reduction Act"]


def test_a_year_right_after_the_number_gives_the_congress() -> None:
    text = (
        "The House had first passed a stand-alone version, H.R. 7521, in March 2024. H.R. 4, "
        "which would restore protections struck down in 2013, has not moved."
    )
    assert found(text, "2025-01-19") == {
        ("H.R. 7521", "bill:118:hr:7521"),
        ("H.R. 4", "bill:119:hr:4"),
    }


def test_congress_from_a_date_in_the_url_slug() -> None:
    # a weekly round-up dated only by its URL ("monday_september_30th_2024"): the 118th
    text = (
        "source: https://www.example.org/article/monday_september_30th_2024\n\n"
        "Continuing Resolution: Congress passed H.R.9747, which provides stopgap funding."
    )
    from linker.load import from_text
    from linker.pipeline import scan_article

    ms = [m for m in scan_article(from_text(text, "a.txt")).mentions if m.kind == "bill"]
    assert [m.authority for m in ms] == ["bill:118:hr:9747"]
