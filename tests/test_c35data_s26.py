"""Rules, suits and ruling shapes blind52's census (census35 P2, P4, P8a, P10) showed,
twenty-sixth session (branch s26-c35data): a rule version named "the YEAR Rule for <topic>"
or "the YEAR Rule implementing <Act>"; the mental health parity rules and the overtime rules'
"minimum salary" name; suits told without captions (a trade group's challenge, 24 states'
case, a suit filed the week of a story dated by its month only); "the court" after a known
suit's caption and ", where"; a headline's "delays"/"puts … on hold". Sentences of our own
in the shapes of real pages."""

from __future__ import annotations

from conftest import mentions, rulings
from linker.scanner.doc import Doc
from linker.scanner.lawsuits import _before_date, suit_date

PARITY_2024 = "fr:89:77586"


def _found(text: str, date: str | None, kind: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.authority) for m in mentions(text, date) if m.kind == kind]


def doc(text: str, date: str, url: str | None) -> Doc:
    return Doc.of(text, date, url=url)


def _cases(text: str, date: str | None) -> list[str | None]:
    return [m.name for m in mentions(text, date) if m.kind == "case"]


# --- "the YEAR Rule for <topic>", "the YEAR Rule implementing <Act>" ----------------------


def test_a_year_rule_for_its_topic_is_that_years_rule() -> None:
    text = "Agencies Revisit the 2024 Rule for Mental Health Parity\n\nEmployers welcomed the news."
    assert ("2024 Rule for Mental Health Parity", PARITY_2024) in _found(
        text, "2025-06-01", "regulation"
    )


def test_a_year_rule_implementing_an_act_is_that_years_rule_and_the_act_stays() -> None:
    text = (
        "The departments will reconsider the 2024 Rule implementing the Mental Health Parity "
        "and Addiction Equity Act (MHPAEA). They will not enforce the 2024 Rule for now."
    )
    regs = _found(text, "2025-06-01", "regulation")
    assert ("2024 Rule", PARITY_2024) in regs
    assert all(a == PARITY_2024 for _, a in regs)
    statutes = [t for t, _ in _found(text, "2025-06-01", "statute")]
    assert "Mental Health Parity and Addiction Equity Act" in statutes


def test_a_year_no_row_has_names_no_rule() -> None:
    text = "Critics attacked the 2019 Rule for Mental Health Parity on Monday."
    assert _found(text, "2025-06-01", "regulation") == []


def test_an_earlier_version_by_its_year() -> None:
    text = "Plans still follow the 2013 rule on mental health parity, the agencies said."
    assert ("the 2013 rule on mental health parity", "fr:78:68240") in _found(
        text, "2025-06-01", "regulation"
    )


def test_the_minimum_salary_rule_is_the_overtime_rule_of_its_year() -> None:
    text = "2024 Minimum Salary Rule: Vacated\n\nA court in Texas set aside the rule last fall."
    assert ("2024 Minimum Salary Rule", "fr:89:32842") in _found(text, "2025-06-01", "regulation")
    older = "Employers had adjusted pay under the 2019 minimum salary rule."
    assert ("2019 minimum salary rule", "fr:84:51230") in _found(older, "2025-06-01", "regulation")


# --- suits told without captions --------------------------------------------------------


def test_a_trade_groups_challenge_to_the_rule_is_its_suit() -> None:
    text = (
        "The departments asked a court to pause a legal challenge to the 2024 Rule implementing "
        "the Mental Health Parity and Addiction Equity Act that was filed by the ERISA Industry "
        "Committee in January."
    )
    assert "ERISA Industry Committee v. U.S. Department of Health and Human Services" in _cases(
        text, "2025-05-12"
    )


def test_the_states_lawsuit_against_the_rule_with_its_judge() -> None:
    text = (
        "A federal judge in North Dakota on Wednesday blocked the Waters of the United States "
        "rule in 24 states. Virginia joined 23 other states in the lawsuit against the EPA. "
        "Judge Daniel Hovland wrote that the states would spend money complying with the rule."
    )
    assert "State of West Virginia v. U.S. Environmental Protection Agency" in _cases(
        text, "2023-04-13"
    )


SUIT = (
    "A sportswear company filed a lawsuit this week over a new state law. The lawsuit "
    "challenges Colorado's House Bill 1312, which the governor signed. XX-XY Athletics says "
    "the law forces it to use words it rejects."
)
# (an address that gives the month alone: the story reads as dated on the 1st)
MONTH_ONLY = "source: https://news.example.com/2025/05/sportswear-company-sues\n\n"


def test_a_suit_filed_in_the_month_of_a_story_dated_by_month_only() -> None:
    assert "XX-XY Athletics v. Sullivan" in _cases(MONTH_ONLY + SUIT, "2025-05-01")


def test_a_story_truly_of_the_1st_does_not_know_a_suit_filed_later() -> None:
    assert "XX-XY Athletics v. Sullivan" not in _cases(SUIT, "2025-05-01")


def test_a_suit_filed_after_a_story_of_the_month_before_is_not_it() -> None:
    earlier = MONTH_ONLY.replace("2025/05", "2025/04")
    assert "XX-XY Athletics v. Sullivan" not in _cases(earlier + SUIT, "2025-04-01")


def test_a_month_only_address_dates_suits_by_month() -> None:
    assert suit_date(doc("x", "2025-05-01", "https://a.example/2025/05/slug")) == "2025-05"
    assert suit_date(doc("x", "2025-05-01", "https://a.example/2025/05/01/slug")) == "2025-05-01"
    assert suit_date(doc("x", "2025-05-02", None)) == "2025-05-02"
    assert not _before_date("2025-05-27", "2025-05")
    assert _before_date("2025-05-27", "2025-05-01")


# --- "X v. Agency, where the court …" -----------------------------------------------------


def test_the_court_after_a_known_suits_caption_is_its_court() -> None:
    text = (
        "Judges leaned on the text, as seen in Advanced Integrative Medical Science Institute v. "
        "DEA, where the court upheld the agency's refusal to exempt a doctor's use of psilocybin."
    )
    found = rulings(text, "2025-03-20")
    assert [m.court for m in found] == ["ca9"]
    assert found[0].text.startswith("the court upheld")


def test_the_court_after_an_unknown_caption_stays_no_ruling() -> None:
    text = (
        "Judges leaned on the text, as seen in Marlow Orchards v. Pell, where the court upheld "
        "the agency's refusal to renew a permit."
    )
    assert rulings(text, "2025-03-20") == []


# --- headline verbs -----------------------------------------------------------------------


def test_a_headline_judge_delays_a_rule() -> None:
    text = (
        "Federal judge delays implementation of last-minute EPA rule\n\n"
        "A federal judge in Montana on Wednesday ruled against the agency."
    )
    found = rulings(text, "2021-01-28")
    assert any(m.text.startswith("Federal judge delays") and m.court == "mtd" for m in found)


def test_a_council_delaying_a_rule_is_no_ruling() -> None:
    text = "City council delays implementation of new parking rule\n\nMembers voted 5-2."
    assert rulings(text, "2021-01-28") == []


# --- an act with no single Code home ------------------------------------------------------


def test_the_parity_act_is_a_part_of_its_enacting_law() -> None:
    text = (
        "Congress passed the Mental Health Parity and Addiction Equity Act (MHPAEA) in 2008. "
        "Insurers say MHPAEA is hard to apply."
    )
    found = _found(text, "2025-06-01", "statute")
    assert ("Mental Health Parity and Addiction Equity Act", "publ:110-343") in found
    assert ("MHPAEA", "publ:110-343") in found


def test_a_challenged_bill_with_its_session_is_also_read_without_it() -> None:
    from linker.datafiles import _with_session_less

    assert _with_session_less(("state:co:bill:hb25-1312",)) == (
        "state:co:bill:hb25-1312",
        "state:co:bill:hb1312",
    )
    assert _with_session_less(("state:tx:bill:sb8", "fr:89:77586")) == (
        "state:tx:bill:sb8",
        "fr:89:77586",
    )
