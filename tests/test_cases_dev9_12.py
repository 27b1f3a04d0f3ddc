"""Cases from the open development sets 9–12 (issue 13, points 2 and 4, ninth session, round
two): Supreme Court cases of the October 2024 term the data lacked, each a ``cases.csv`` row
with its source (docket number and date on supremecourt.gov). Sentences are our own, in the
shape of gun-rights trade press and a law-firm alert.
"""

from __future__ import annotations

from conftest import mentions
from linker.models import Mention


def cases(text: str) -> list[Mention]:
    return [m for m in mentions(text) if m.kind == "case"]


def test_a_caption_without_its_corporate_suffix_links_the_full_name() -> None:
    text = "The justices heard FDA v. Wages and White Lion Investments in December."
    found = cases(text)
    assert [m.text for m in found] == ["FDA v. Wages and White Lion Investments"]
    assert found[0].name == "FDA v. Wages and White Lion Investments, L.L.C."


def test_a_denied_petition_by_its_short_name_in_a_plural_cases() -> None:
    text = (
        "The Supreme Court again took no action. Presumably the Snope and Ocean State "
        "Tactical cases will be relisted for this week's conference."
    )
    names = [m.text for m in cases(text)]
    assert "Ocean State Tactical" in names


def test_both_short_names_before_a_plural_cases_are_cases() -> None:
    text = (
        "The Supreme Court again took no action. Presumably the Snope and Ocean State "
        "Tactical cases will be relisted for this week's conference."
    )
    assert [m.name for m in cases(text)] == [
        "Snope v. Brown",
        "Ocean State Tactical, LLC v. Rhode Island",
    ]


def test_a_surname_joined_to_another_person_stays_a_person() -> None:
    text = "Snope and his neighbors met at the range on Saturday."
    assert cases(text) == []


def test_the_company_behind_a_short_name_is_no_case() -> None:
    text = (
        "The court ruled in the Corner Post, Inc. v. Board of Governors of the Federal "
        "Reserve System case. Corner Post, which is a truck stop in North Dakota, sued "
        "later. The harm began when Corner Post started accepting debit cards."
    )
    assert [m.text for m in cases(text)] == [
        "Corner Post, Inc. v. Board of Governors of the Federal Reserve System"
    ]


def test_a_short_name_called_a_ruling_in_apposition_stays_a_case() -> None:
    text = (
        "The justices decided Corner Post, Inc. v. Board of Governors of the Federal Reserve "
        "System in July. In Corner Post, which was a 6-3 decision, the Court held that the "
        "claim was timely."
    )
    assert [m.text for m in cases(text)][-1] == "Corner Post"


def test_a_precedent_by_its_year_after_an_adjective() -> None:
    text = (
        "The Supreme Court has repeatedly turned away gun cases since its 2022 ruling that "
        "expanded gun rights and a clarifying 2024 decision that upheld a federal gun law "
        "meant to protect victims of domestic violence."
    )
    found = {m.text: m.authority for m in cases(text)}
    assert found.get("a clarifying 2024 decision") == "cite:602:us:680"


def test_rules_in_the_plural_told_by_what_they_regulate() -> None:
    text = (
        "A year earlier the Fifth Circuit invalidated the SEC's efforts to modernize the "
        "rules regarding disclosure of issuer share repurchases."
    )
    rules = [m for m in mentions(text, date="2024-12-20") if m.kind == "regulation"]
    assert [m.authority for m in rules] == ["fr:88:36002"]
