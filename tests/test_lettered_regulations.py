"""Lettered regulations ("Regulation V", "Regulation II", "Regulation S-K") link their C.F.R.
part; a letter two agencies use is chosen by the article's words or left out."""

from __future__ import annotations

import pytest

from conftest import mentions


def regs(text: str) -> set[tuple[str, str | None]]:
    return {(m.text, m.authority) for m in mentions(text, "2025-08-01") if m.kind == "regulation"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the shape of a law-firm alert: the letter after "amended"
        (
            "The final rule would have amended Regulation V of the Fair Credit Reporting Act.",
            ("Regulation V", "cfr:12:1022"),
        ),
        # the Federal Reserve's own regulation, named with the agency
        (
            "In 2011 the Federal Reserve issued Regulation II, which caps what banks charge.",
            ("Regulation II", "cfr:12:235"),
        ),
        ("Lenders must disclose the APR under Regulation Z.", ("Regulation Z", "cfr:12:1026")),
        ("Issuers list risks as Regulation S-K asks.", ("Regulation S-K", "cfr:17:229")),
        ("A servicer broke Regulation X, CFPB said.", ("Regulation X", "cfr:12:1024")),
    ],
)
def test_a_lettered_regulation_links_its_part(text: str, want: tuple[str, str]) -> None:
    assert want in regs(text)


def test_a_letter_two_agencies_use_is_chosen_by_the_article() -> None:
    sec = "The SEC said Regulation D offerings to accredited investors rose last year."
    fed = "Banks dropped the Regulation D limit of six withdrawals a month from savings accounts."
    assert ("Regulation D", "cfr:17:230.500") in regs(sec)
    assert ("Regulation D", "cfr:12:204") in regs(fed)
    # neither agency's words: left out, not guessed
    assert not any(t == "Regulation D" for t, _ in regs("Regulation D was changed again."))


@pytest.mark.parametrize(
    "text",
    [
        "Regulation In Practice is a new column on compliance.",
        "Regulation Is Coming, the panel was titled.",
        "The Regulation Q-Tip amendment failed.",
        "Regulation JJ does not exist.",
    ],
)
def test_a_capital_word_or_an_unknown_letter_is_no_regulation(text: str) -> None:
    assert not any(t.startswith("Regulation") for t, _ in regs(text))


def test_the_sec_share_repurchase_rule_is_a_named_rule() -> None:
    # rules.csv: 88 FR 36002 (June 1, 2023), vacated by the Fifth Circuit in December 2023
    text = (
        "The Fifth Circuit vacated the SEC's Share Repurchase Disclosure Modernization Rule. "
        "Issuers had fought the Rule for months."
    )
    assert ("Share Repurchase Disclosure Modernization Rule", "fr:88:36002") in regs(text)
    assert ("share repurchase rule", "fr:88:36002") in regs(
        "Companies no longer face the SEC's share repurchase rule after the court acted."
    )
